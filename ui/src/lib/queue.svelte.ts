// The Claims view: queue tabs, filters, the paged rows of the table, the selection
// for bulk assignment, and search.

import { SvelteSet } from 'svelte/reactivity';
import * as api from './api';
import type { ApiError, Claim, SearchHit } from './bindings';
import { PagedRows } from './paging';
import { NO_FILTERS, buildQuery, type ClaimFilters, type QueueTab } from './workflow';

export const ROW_PAGE = 200;
export const SEARCH_LIMIT = 60;

type Counts = Record<QueueTab, number | null>;

export class ClaimQueue {
  tab = $state<QueueTab>('all');
  filters = $state<ClaimFilters>({ ...NO_FILTERS });
  /** Bumped when rows arrive or change (the table re-reads `rows`). */
  revision = $state(0);
  counts = $state<Counts>({ mine: null, approval: null, all: null });
  /** Index of the row with the keyboard cursor. */
  active = $state(0);
  selected = new SvelteSet<string>();
  reviewerId = $state<string | null>(null);
  /** Rows currently on screen (for quiet refreshes). */
  visible = { start: 0, end: 60 };

  search = $state('');
  hits = $state.raw<SearchHit[]>([]);
  searchStatus = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  searchError = $state<ApiError | null>(null);
  #searchTimer: ReturnType<typeof setTimeout> | null = null;
  #searchRequest = 0;

  rows = new PagedRows<Claim>(
    (offset, limit) => api.listClaims(buildQuery(this.tab, this.reviewerId, this.filters, limit, offset)),
    () => this.revision++,
    ROW_PAGE,
  );

  get total(): number {
    return this.rows.total ?? 0;
  }

  /** Start over: tab, filters or reviewer changed. */
  reload(): void {
    this.selected.clear();
    this.active = 0;
    this.rows.reset();
    void this.rows.ensure(0, ROW_PAGE - 1);
    void this.loadCounts();
  }

  /** Something changed elsewhere: fetch what is on screen again, quietly. */
  refresh(): void {
    void this.rows.refresh(this.visible.start, this.visible.end);
    void this.loadCounts();
  }

  setTab(tab: QueueTab): void {
    if (this.tab === tab) return;
    this.tab = tab;
    this.reload();
  }

  setFilter<K extends keyof ClaimFilters>(key: K, value: ClaimFilters[K]): void {
    if (this.filters[key] === value) return;
    this.filters = { ...this.filters, [key]: value };
    this.reload();
  }

  clearFilters(): void {
    this.filters = { ...NO_FILTERS, sort: this.filters.sort };
    this.reload();
  }

  async loadCounts(): Promise<void> {
    const count = async (tab: QueueTab): Promise<number | null> => {
      if (tab !== 'all' && !this.reviewerId) return null;
      try {
        const page = await api.listClaims(buildQuery(tab, this.reviewerId, { ...NO_FILTERS }, 1, 0));
        return page.total;
      } catch {
        return null;
      }
    };
    const [mine, approval, all] = await Promise.all([count('mine'), count('approval'), count('all')]);
    this.counts = { mine, approval, all };
  }

  toggle(id: string): void {
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
  }

  /** Assign claims to a reviewer, all or none. Resolves to the error, or null. */
  async assign(ids: string[], to: string, actorId: string): Promise<ApiError | null> {
    try {
      await api.assignClaims(ids, to, actorId);
      for (const id of ids) this.selected.delete(id);
      return null;
    } catch (e) {
      return e as ApiError;
    }
  }

  /** Type into the search box: searches after a short pause. */
  setSearch(q: string): void {
    this.search = q;
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    if (q.trim() === '') {
      this.#searchRequest++;
      this.hits = [];
      this.searchStatus = 'idle';
      this.searchError = null;
      return;
    }
    this.searchStatus = 'loading';
    this.#searchTimer = setTimeout(() => void this.runSearch(), 180);
  }

  async runSearch(): Promise<void> {
    const q = this.search.trim();
    if (!q) return;
    const request = ++this.#searchRequest;
    try {
      const hits = await api.search(q, SEARCH_LIMIT);
      if (request !== this.#searchRequest) return;
      this.hits = hits;
      this.searchStatus = 'ready';
      this.searchError = null;
    } catch (e) {
      if (request !== this.#searchRequest) return;
      this.searchError = e as ApiError;
      this.searchStatus = 'error';
    }
  }
}

export const queue = new ClaimQueue();
