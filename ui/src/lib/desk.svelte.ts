// Application state: one reactive object shared by the components.

import * as api from './api';
import { PAGE_SIZE, WORKSPACE_ERROR_CODES, toApiError } from './api';
import { pickFiles, pickFolder } from './desktop';
import type {
  ApiError,
  ArticleDetail,
  ArticleSummary,
  Claim,
  ImportProgress,
  ImportReport,
  Reviewer,
  ReviewerInput,
  SentenceAnalysis,
  SourceSummary,
  TextInput,
  WorkspaceInfo,
} from './bindings';
import { remember, rememberedId, resolveReviewer } from './session';
import { atLeast } from './workflow';
import { ClaimPanel } from './claim.svelte';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where a claim selection came from, so the other pane can follow it. */
export type SelectionOrigin = 'text' | 'list';

export type View = 'articles' | 'claims' | 'reviewers' | 'export';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export class Desk {
  workspace = $state<WorkspaceInfo | null>(null);
  workspaceError = $state<ApiError | null>(null);
  /** The workspace has been asked for once (the window shows nothing else before). */
  booted = $state(false);

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
  urlOpen = $state(false);
  dropActive = $state(false);

  view = $state<View>('articles');

  /** Reviewers of the workspace, and who is reviewing at this machine. */
  reviewers = $state.raw<Reviewer[]>([]);
  reviewersStatus = $state<LoadStatus>('idle');
  reviewersError = $state<ApiError | null>(null);
  meId = $state<string | null>(null);
  pickerOpen = $state(false);
  setupDismissed = $state(false);

  /** The open article's sentences (for promotion) and sources (for the panel). */
  sentences = $state.raw<SentenceAnalysis[]>([]);
  sources = $state.raw<SourceSummary[]>([]);
  sourceFilter = $state<string | null>(null);
  promoting = $state<number | null>(null);
  claimingSelection = $state(false);
  promoteError = $state<ApiError | null>(null);

  /** Bumped whenever a claim changes, so lists and counts refresh. */
  claimsRevision = $state(0);
  helpOpen = $state(false);

  /** The claim open in the detail panel. */
  claim = new ClaimPanel({
    actor: () => this.me,
    changed: (c) => this.onClaimChanged(c),
  });

  #detailRequest = 0;

  get me(): Reviewer | null {
    return resolveReviewer(this.reviewers, this.meId);
  }

  get isAdmin(): boolean {
    return atLeast(this.me?.role, 'admin');
  }

  get isEditor(): boolean {
    return atLeast(this.me?.role, 'editor');
  }

  /** The workspace itself could not be opened (damaged, too new, unreadable). */
  get workspaceBroken(): boolean {
    return !!this.workspaceError && WORKSPACE_ERROR_CODES.includes(this.workspaceError.code);
  }

  /** No reviewer exists yet: the first admin must be created. */
  get needsSetup(): boolean {
    return this.reviewersStatus === 'ready' && this.reviewers.length === 0;
  }

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
    await this.loadWorkspace();
    this.booted = true;
    if (this.workspaceBroken) return;
    await Promise.all([this.loadArticles(), this.loadReviewers(true)]);
    const first = this.articles[0];
    if (this.selectedArticleId === null && first) void this.openArticle(first.id);
  }

  // ----- who is reviewing -----

  async loadReviewers(atStart = false): Promise<void> {
    if (this.reviewersStatus !== 'ready') this.reviewersStatus = 'loading';
    try {
      this.reviewers = await api.listReviewers();
      this.reviewersError = null;
      this.reviewersStatus = 'ready';
    } catch (e) {
      this.reviewersError = e as ApiError;
      this.reviewersStatus = 'error';
      return;
    }
    if (atStart) {
      const remembered = resolveReviewer(this.reviewers, rememberedId(storage(), this.workspace?.db_path));
      this.meId = remembered?.id ?? null;
      if (!remembered && this.reviewers.some((r) => r.active)) this.pickerOpen = true;
    } else if (this.meId && !this.me) {
      // Deactivated (or removed) meanwhile: choose again.
      this.meId = null;
      this.pickerOpen = this.reviewers.some((r) => r.active);
    }
  }

  /** Review as `id` from now on (remembered on this machine). */
  chooseReviewer(id: string | null): void {
    this.meId = id;
    remember(storage(), this.workspace?.db_path, id);
    this.pickerOpen = false;
    this.claimsRevision++;
  }

  /** Create the first admin of an empty workspace and review as them. */
  async setupDesk(input: ReviewerInput): Promise<ApiError | null> {
    try {
      const r = await api.addReviewer({ ...input, role: 'admin', active: null }, null);
      await this.loadReviewers();
      this.chooseReviewer(r.id);
      return null;
    } catch (e) {
      return e as ApiError;
    }
  }

  async addReviewer(input: ReviewerInput): Promise<ApiError | null> {
    try {
      await api.addReviewer(input, this.me?.id ?? null);
      await this.loadReviewers();
      return null;
    } catch (e) {
      return e as ApiError;
    }
  }

  async updateReviewer(id: string, input: ReviewerInput): Promise<ApiError | null> {
    const me = this.me;
    if (!me) return { code: 'unauthorized', message: 'Choose who is reviewing first.' };
    try {
      await api.updateReviewer(id, input, me.id);
      await this.loadReviewers();
      return null;
    } catch (e) {
      return e as ApiError;
    }
  }

  showView(view: View): void {
    if (view === 'reviewers' && !this.isAdmin) return;
    this.view = view;
  }

  // ----- claims -----

  /** A claim changed (here or in the detail panel): refresh what shows it. */
  onClaimChanged(c: Claim): void {
    this.claimsRevision++;
    const d = this.detail;
    if (d && d.article.id === c.article_id) {
      const i = d.claims.findIndex((x) => x.id === c.id);
      const claims = [...d.claims];
      if (i >= 0) claims[i] = c;
      else claims.push(c);
      this.detail = { ...d, claims };
      void this.loadArticleExtras(c.article_id);
    }
  }

  /**
   * Claims changed (anywhere in this window): fetch the open article, its sources and
   * sentences, the article counts and the status bar again, without a loading state.
   */
  async refreshAfterChange(): Promise<void> {
    const id = this.selectedArticleId;
    const work: Promise<unknown>[] = [this.loadWorkspace(), this.loadArticles(true)];
    if (id && this.detailStatus === 'ready') {
      work.push(
        api
          .getArticle(id)
          .then((d) => {
            if (this.selectedArticleId === id) this.detail = d;
          })
          .catch(() => {}),
        this.loadArticleExtras(id),
      );
    }
    await Promise.all(work);
  }

  /** Open a claim in the detail panel (from the table, a card, a highlight or a search hit). */
  openClaim(id: string, returnFocus?: HTMLElement | null): void {
    void this.claim.open(id, returnFocus ?? null);
  }

  /** Show a claim's article in the Articles view with the claim selected. */
  async showInArticle(articleId: string, claimId: string): Promise<void> {
    this.view = 'articles';
    if (this.selectedArticleId !== articleId || !this.detail) await this.openArticle(articleId);
    this.selectClaim(claimId, 'list');
  }

  async loadArticleExtras(articleId: string): Promise<void> {
    const [sentences, sources] = await Promise.allSettled([
      api.articleSentences(articleId),
      api.articleSources(articleId),
    ]);
    if (this.selectedArticleId !== articleId) return;
    this.sentences = sentences.status === 'fulfilled' ? sentences.value : [];
    this.sources = sources.status === 'fulfilled' ? sources.value : [];
    if (this.sourceFilter && !this.sources.some((s) => s.id === this.sourceFilter)) this.sourceFilter = null;
  }

  /** Make a claim of a sentence the extractor skipped, then open it. */
  async promote(articleId: string, index: number): Promise<void> {
    const me = this.me;
    if (!me) {
      this.promoteError = { code: 'unauthorized', message: 'Choose who is reviewing first: new claims are recorded under a reviewer.' };
      this.pickerOpen = true;
      return;
    }
    this.promoting = index;
    this.promoteError = null;
    try {
      const c = await api.promoteSentence(articleId, index, me.id);
      this.onClaimChanged(c);
      this.selectClaim(c.id, 'list');
      this.openClaim(c.id);
    } catch (e) {
      this.promoteError = e as ApiError;
    } finally {
      this.promoting = null;
    }
  }

  /**
   * Make a claim of the article text between UTF-8 byte offsets (a selection), then
   * open it. Resolves to true when the claim was made; a refusal shows above the text.
   */
  async claimFromSelection(articleId: string, start: number, end: number): Promise<boolean> {
    const me = this.me;
    if (!me) {
      this.promoteError = { code: 'unauthorized', message: 'Choose who is reviewing first: new claims are recorded under a reviewer.' };
      this.pickerOpen = true;
      return false;
    }
    this.claimingSelection = true;
    this.promoteError = null;
    try {
      const c = await api.claimFromSelection(articleId, start, end, me.id);
      this.onClaimChanged(c);
      this.selectClaim(c.id, 'list');
      this.openClaim(c.id);
      return true;
    } catch (e) {
      this.promoteError = e as ApiError;
      return false;
    } finally {
      this.claimingSelection = false;
    }
  }

  async openArticle(id: string): Promise<void> {
    const request = ++this.#detailRequest;
    if (this.selectedArticleId !== id) {
      this.selectedClaimId = null;
      this.sourceFilter = null;
      this.sentences = [];
      this.sources = [];
      this.promoteError = null;
    }
    this.selectedArticleId = id;
    void this.loadArticleExtras(id);
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
    if (report.imported.length > 0) this.claimsRevision++;
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

  /** Fetch and import an article by web address. Resolves to the error for the dialog to show, or null. */
  async importUrl(url: string): Promise<ApiError | null> {
    try {
      const report = await api.importUrl(url.trim());
      this.importError = null;
      this.view = 'articles';
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
