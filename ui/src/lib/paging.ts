// Rows of a long list fetched page by page as they scroll into view (the claims
// table over 100,000 claims). Plain TypeScript: the owner re-renders on `onchange`.

export interface Page<T> {
  items: T[];
  total: number;
}

export type FetchPage<T> = (offset: number, limit: number) => Promise<Page<T>>;

export class PagedRows<T extends { id: string }> {
  readonly pageSize: number;
  /** Matching rows in all (null until the first page arrives). */
  total: number | null = null;
  error: unknown = null;
  #pages = new Map<number, T[]>();
  #inflight = new Set<number>();
  #generation = 0;
  #fetch: FetchPage<T>;
  #onchange: () => void;

  constructor(fetch: FetchPage<T>, onchange: () => void, pageSize = 200) {
    this.#fetch = fetch;
    this.#onchange = onchange;
    this.pageSize = pageSize;
  }

  /** Forget everything (the query changed); the next `ensure` fetches afresh. */
  reset(fetch?: FetchPage<T>): void {
    if (fetch) this.#fetch = fetch;
    this.#generation++;
    this.#pages.clear();
    this.#inflight.clear();
    this.total = null;
    this.error = null;
    this.#onchange();
  }

  get loading(): boolean {
    return this.#inflight.size > 0;
  }

  /** The row at `index`, if its page has arrived. */
  get(index: number): T | undefined {
    return this.#pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Index of a loaded row by id, or -1. */
  indexOf(id: string): number {
    for (const [p, items] of this.#pages) {
      const i = items.findIndex((x) => x.id === id);
      if (i >= 0) return p * this.pageSize + i;
    }
    return -1;
  }

  /** Put a changed row in place wherever it is loaded. */
  replace(row: T): boolean {
    let found = false;
    for (const items of this.#pages.values()) {
      const i = items.findIndex((x) => x.id === row.id);
      if (i >= 0) {
        items[i] = row;
        found = true;
      }
    }
    if (found) this.#onchange();
    return found;
  }

  /** Pages needed to show rows `start..=end` that are neither loaded nor on their way. */
  missing(start: number, end: number): number[] {
    const last = this.total === null ? Math.max(end, 0) : Math.min(end, this.total - 1);
    const out: number[] = [];
    if (last < 0 && this.total !== null) return out;
    for (let p = Math.floor(Math.max(start, 0) / this.pageSize); p <= Math.floor(Math.max(last, 0) / this.pageSize); p++) {
      if (!this.#pages.has(p) && !this.#inflight.has(p)) out.push(p);
    }
    return out;
  }

  /** Fetch whatever is missing for rows `start..=end`. Resolves when those pages are in. */
  async ensure(start: number, end: number): Promise<void> {
    const gen = this.#generation;
    const wanted = this.missing(start, end);
    await Promise.all(
      wanted.map(async (p) => {
        this.#inflight.add(p);
        this.#onchange();
        try {
          const page = await this.#fetch(p * this.pageSize, this.pageSize);
          if (gen !== this.#generation) return;
          this.#pages.set(p, page.items);
          this.total = page.total;
          this.error = null;
        } catch (e) {
          if (gen !== this.#generation) return;
          this.error = e;
        } finally {
          if (gen === this.#generation) {
            this.#inflight.delete(p);
            this.#onchange();
          }
        }
      }),
    );
  }

  /**
   * Fetch rows `start..=end` again and then replace everything with them, keeping
   * the old rows on screen meanwhile (a quiet refresh after a change, no flicker).
   */
  async refresh(start: number, end: number): Promise<void> {
    const gen = ++this.#generation;
    this.#inflight.clear();
    const first = Math.floor(Math.max(start, 0) / this.pageSize);
    const last = Math.max(first, Math.floor(Math.max(end, 0) / this.pageSize));
    const pages = new Map<number, T[]>();
    let total = this.total;
    try {
      for (let p = first; p <= last; p++) {
        const page = await this.#fetch(p * this.pageSize, this.pageSize);
        if (gen !== this.#generation) return;
        pages.set(p, page.items);
        total = page.total;
        if (page.total <= (p + 1) * this.pageSize) break;
      }
    } catch (e) {
      if (gen !== this.#generation) return;
      this.error = e;
      this.#onchange();
      return;
    }
    this.#pages = pages;
    this.total = total;
    this.error = null;
    this.#onchange();
  }
}
