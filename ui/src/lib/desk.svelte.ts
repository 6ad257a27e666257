// Application state: one reactive object shared by the components.

import * as api from './api';
import { PAGE_SIZE, toApiError } from './api';
import { pickFiles, pickFolder } from './desktop';
import type {
  ApiError,
  ArticleDetail,
  ArticleSummary,
  ImportProgress,
  ImportReport,
  TextInput,
  WorkspaceInfo,
} from './bindings';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where a claim selection came from, so the other pane can follow it. */
export type SelectionOrigin = 'text' | 'list';

export class Desk {
  workspace = $state<WorkspaceInfo | null>(null);
  workspaceError = $state<ApiError | null>(null);

  articles = $state.raw<ArticleSummary[]>([]);
  total = $state(0);
  listStatus = $state<LoadStatus>('idle');
  listError = $state<ApiError | null>(null);
  loadingMore = $state(false);
  loadMoreError = $state<ApiError | null>(null);

  selectedArticleId = $state<string | null>(null);
  detail = $state.raw<ArticleDetail | null>(null);
  detailStatus = $state<LoadStatus>('idle');
  detailError = $state<ApiError | null>(null);

  selectedClaimId = $state<string | null>(null);
  selectionOrigin = $state<SelectionOrigin>('list');

  importing = $state(false);
  cancelling = $state(false);
  progress = $state<ImportProgress | null>(null);
  report = $state.raw<ImportReport | null>(null);
  importError = $state<ApiError | null>(null);

  pasteOpen = $state(false);
  dropActive = $state(false);

  #detailRequest = 0;

  get hasMore(): boolean {
    return this.articles.length < this.total;
  }

  get isEmpty(): boolean {
    return this.listStatus === 'ready' && this.total === 0 && this.articles.length === 0;
  }

  async loadWorkspace(): Promise<void> {
    try {
      this.workspace = await api.workspaceInfo();
      this.workspaceError = null;
    } catch (e) {
      this.workspaceError = e as ApiError;
    }
  }

  /** Load the first page of articles (or as many as are already shown). */
  async loadArticles(keepCount = false): Promise<void> {
    const limit = keepCount ? Math.max(PAGE_SIZE, this.articles.length) : PAGE_SIZE;
    if (!keepCount || this.listStatus !== 'ready') this.listStatus = 'loading';
    try {
      const page = await api.listArticles(limit, 0);
      this.articles = page.items;
      this.total = page.total;
      this.listError = null;
      this.listStatus = 'ready';
    } catch (e) {
      this.listError = e as ApiError;
      this.listStatus = 'error';
    }
  }

  async loadMore(): Promise<void> {
    if (this.loadingMore || !this.hasMore) return;
    this.loadingMore = true;
    try {
      const page = await api.listArticles(PAGE_SIZE, this.articles.length);
      // Articles imported meanwhile shift the pages: skip any already shown.
      const shown = this.articles.map((a) => a.id);
      this.articles = [...this.articles, ...page.items.filter((a) => !shown.includes(a.id))];
      this.total = page.total;
      this.loadMoreError = null;
    } catch (e) {
      this.loadMoreError = e as ApiError;
    } finally {
      this.loadingMore = false;
    }
  }

  async start(): Promise<void> {
    await Promise.all([this.loadWorkspace(), this.loadArticles()]);
    const first = this.articles[0];
    if (this.selectedArticleId === null && first) void this.openArticle(first.id);
  }

  async openArticle(id: string): Promise<void> {
    const request = ++this.#detailRequest;
    if (this.selectedArticleId !== id) this.selectedClaimId = null;
    this.selectedArticleId = id;
    this.detailStatus = 'loading';
    this.detailError = null;
    try {
      const detail = await api.getArticle(id);
      if (request !== this.#detailRequest) return;
      this.detail = detail;
      this.detailStatus = 'ready';
    } catch (e) {
      if (request !== this.#detailRequest) return;
      this.detail = null;
      this.detailError = e as ApiError;
      this.detailStatus = 'error';
    }
  }

  retryArticle(): void {
    if (this.selectedArticleId) void this.openArticle(this.selectedArticleId);
  }

  selectClaim(id: string | null, origin: SelectionOrigin): void {
    this.selectionOrigin = origin;
    this.selectedClaimId = id;
  }

  /** After an import: refresh counts and the list, then show what came in. */
  async #afterImport(report: ImportReport): Promise<void> {
    this.report = report;
    await Promise.all([this.loadWorkspace(), this.loadArticles(true)]);
    const only = report.imported.length === 1 ? report.imported[0] : undefined;
    if (only) await this.openArticle(only.id);
    else if (this.selectedArticleId === null && this.articles[0]) await this.openArticle(this.articles[0].id);
  }

  async importPaths(paths: string[]): Promise<void> {
    if (this.importing || paths.length === 0) return;
    this.importing = true;
    this.cancelling = false;
    this.progress = null;
    this.report = null;
    this.importError = null;
    let report: ImportReport;
    try {
      report = await api.importPaths(paths);
    } catch (e) {
      this.importError = e as ApiError;
      // Part of it may have landed before the failure.
      void this.loadWorkspace();
      void this.loadArticles(true);
      return;
    } finally {
      this.importing = false;
      this.cancelling = false;
      this.progress = null;
    }
    await this.#afterImport(report);
  }

  /** Ask the user for files or a folder, then import what they chose. */
  async importFromPicker(what: 'files' | 'folder'): Promise<void> {
    if (this.importing) return;
    let paths: string[];
    try {
      paths = what === 'files' ? await pickFiles() : await pickFolder();
    } catch (e) {
      this.report = null;
      this.importError = toApiError(e);
      return;
    }
    await this.importPaths(paths);
  }

  async cancelImport(): Promise<void> {
    if (!this.importing || this.cancelling) return;
    this.cancelling = true;
    try {
      await api.cancelImport();
    } catch (e) {
      this.cancelling = false;
      this.importError = e as ApiError;
    }
  }

  onProgress(p: ImportProgress): void {
    if (this.importing) this.progress = p;
  }

  /** Import pasted text. Resolves to the error for the dialog to show, or null. */
  async importText(input: TextInput): Promise<ApiError | null> {
    try {
      const report = await api.importText(input);
      this.importError = null;
      await this.#afterImport(report);
      return null;
    } catch (e) {
      return e as ApiError;
    }
  }

  dismissReport(): void {
    this.report = null;
    this.importError = null;
  }
}

export const desk = new Desk();
