// The one module that talks to the Rust backend. Components never call `invoke`:
// they use these typed wrappers, which always reject with an `ApiError`.
// Argument names are snake_case, exactly as the Rust commands declare them.

import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type {
  ApiError,
  ArticleDetail,
  ArticlePage,
  Claim,
  ClaimAction,
  ClaimDetail,
  ClaimPage,
  ClaimQuery,
  ClaimRef,
  Comment,
  ErrorCode,
  Evidence,
  EvidenceInput,
  ExportFormat,
  ExportQuery,
  ExportResult,
  ExportStats,
  FieldError,
  ImportProgress,
  ImportReport,
  MergeResult,
  Prior,
  PriorImportReport,
  PriorMatch,
  Reviewer,
  ReviewerInput,
  SavedAttachment,
  SearchHit,
  SentenceAnalysis,
  Settings,
  SourceSummary,
  SplitResult,
  TextInput,
  WorkspaceInfo,
} from './bindings';

/** Every backend command the UI uses (compared with the Rust handler list by a test). */
export const COMMANDS = [
  'workspace_info',
  'list_articles',
  'get_article',
  'import_paths',
  'cancel_import',
  'import_text',
  'list_reviewers',
  'add_reviewer',
  'update_reviewer',
  'list_claims',
  'claim_detail',
  'claim_action',
  'assign_claims',
  'validate_evidence',
  'add_evidence',
  'update_evidence',
  'remove_evidence',
  'add_comment',
  'search',
  'article_sources',
  'all_sources',
  'article_sentences',
  'promote_sentence',
  'import_url',
  'export_preview',
  'export_stats',
  'export_to_file',
  'open_exported',
  'get_settings',
  'set_setting',
  'import_priors',
  'list_priors',
  'prior_checks',
  'attach_prior',
  'split_claim',
  'merge_claims',
  'claim_from_selection',
  'save_attachment',
  'open_attachment',
] as const;

export type Command = (typeof COMMANDS)[number];

/** Event the backend emits while `import_paths` runs. */
export const IMPORT_PROGRESS_EVENT = 'import-progress';

/** Page size for `list_articles`. */
export const PAGE_SIZE = 100;

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'db_corrupt',
  'db_too_new',
  'db_migration_edited',
  'db_io',
  'import_unreadable',
  'import_not_regular',
  'import_too_large',
  'import_empty',
  'import_not_text',
  'import_unsupported',
  'import_nothing_found',
  'import_bad_row',
  'import_cancelled',
  'invalid_input',
  'not_found',
  'refused',
  'conflict',
  'unauthorized',
]);

/** Errors that mean the workspace itself could not be opened. */
export const WORKSPACE_ERROR_CODES: readonly ErrorCode[] = ['db_corrupt', 'db_too_new', 'db_migration_edited', 'db_io'];

/** Turn whatever a rejected call produced into an `ApiError`. */
export function toApiError(e: unknown): ApiError {
  if (typeof e === 'object' && e !== null && 'code' in e && 'message' in e) {
    const { code, message, field, rule } = e as { code: unknown; message: unknown; field?: unknown; rule?: unknown };
    if (typeof code === 'string' && ERROR_CODES.has(code) && typeof message === 'string') {
      const err: ApiError = { code: code as ErrorCode, message };
      if (typeof field === 'string') err.field = field;
      if (typeof rule === 'string') err.rule = rule;
      return err;
    }
  }
  if (e instanceof Error) return { code: 'db_io', message: e.message };
  return { code: 'db_io', message: String(e) };
}

/** An error as a dialog shows it: the message, and the workflow rule that refused, if any. */
export function errorText(e: ApiError): string {
  return e.rule ? `${e.message} (${e.rule})` : e.message;
}

export function isApiError(e: unknown): e is ApiError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as ApiError).code === 'string' &&
    ERROR_CODES.has((e as ApiError).code) &&
    typeof (e as ApiError).message === 'string'
  );
}

async function call<T>(cmd: Command, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toApiError(e);
  }
}

// ----- workspace, articles, imports -----

export function workspaceInfo(): Promise<WorkspaceInfo> {
  return call<WorkspaceInfo>('workspace_info');
}

/** Articles, newest first. `limit: null` means all of them. */
export function listArticles(limit: number | null, offset: number): Promise<ArticlePage> {
  return call<ArticlePage>('list_articles', { limit, offset });
}

export function getArticle(id: string): Promise<ArticleDetail> {
  return call<ArticleDetail>('get_article', { id });
}

/** Import files, folders or archives. Long-running: see `onImportProgress`. */
export function importPaths(paths: string[]): Promise<ImportReport> {
  return call<ImportReport>('import_paths', { paths });
}

/** Ask the running import to stop; it then resolves with `cancelled: true`. */
export async function cancelImport(): Promise<void> {
  await call<null>('cancel_import');
}

/** Import pasted text. Rejects with `invalid_input` and `field` "body" or "url". */
export function importText(input: TextInput): Promise<ImportReport> {
  return call<ImportReport>('import_text', { input });
}

/** Listen for import progress; resolves to the function that stops listening. */
export function onImportProgress(handler: (p: ImportProgress) => void): Promise<UnlistenFn> {
  return listen<ImportProgress>(IMPORT_PROGRESS_EVENT, (event) => handler(event.payload));
}

// ----- reviewers -----

export function listReviewers(): Promise<Reviewer[]> {
  return call<Reviewer[]>('list_reviewers');
}

/** Add a reviewer. The first one of an empty workspace: `actorId` null and role "admin". */
export function addReviewer(input: ReviewerInput, actorId: string | null): Promise<Reviewer> {
  return call<Reviewer>('add_reviewer', { input, actor_id: actorId });
}

/** Change a reviewer (admins only); `input.active = false` deactivates. */
export function updateReviewer(id: string, input: ReviewerInput, actorId: string): Promise<Reviewer> {
  return call<Reviewer>('update_reviewer', { id, input, actor_id: actorId });
}

// ----- claims -----

export function listClaims(query: ClaimQuery): Promise<ClaimPage> {
  return call<ClaimPage>('list_claims', { query });
}

export function claimDetail(id: string): Promise<ClaimDetail> {
  return call<ClaimDetail>('claim_detail', { id });
}

/**
 * One workflow step. `version` is the claim version shown to the user: when the claim
 * changed meanwhile the call rejects with code "conflict"; refused steps reject with
 * code "refused" and a `rule`.
 */
export function claimAction(id: string, action: ClaimAction, version: number | null, actorId: string): Promise<Claim> {
  return call<Claim>('claim_action', { id, action, version, actor_id: actorId });
}

/** Assign many claims at once: all of them or none. */
export function assignClaims(ids: string[], to: string, actorId: string): Promise<Claim[]> {
  return call<Claim[]>('assign_claims', { ids, to, actor_id: actorId });
}

/**
 * Split a claim in two at UTF-8 byte `at` of its text. The claim keeps the first part;
 * the second becomes a new claim. Same rules and version check as `claimAction`.
 */
export function splitClaim(id: string, at: number, version: number | null, actorId: string): Promise<SplitResult> {
  return call<SplitResult>('split_claim', { id, at, version, actor_id: actorId });
}

/** Merge duplicates into `into` (each at the version shown): all of them or none. */
export function mergeClaims(into: ClaimRef, duplicates: ClaimRef[], actorId: string): Promise<MergeResult> {
  return call<MergeResult>('merge_claims', { into, duplicates, actor_id: actorId });
}

/** Make a claim of the article text between UTF-8 byte offsets `start` and `end`. */
export function claimFromSelection(articleId: string, start: number, end: number, actorId: string): Promise<Claim> {
  return call<Claim>('claim_from_selection', { article_id: articleId, start, end, actor_id: actorId });
}

// ----- evidence and comments -----

/** Every problem with an evidence form (empty when it is valid). */
export function validateEvidence(input: EvidenceInput): Promise<FieldError[]> {
  return call<FieldError[]>('validate_evidence', { input });
}

export function addEvidence(claimId: string, input: EvidenceInput, actorId: string): Promise<Evidence> {
  return call<Evidence>('add_evidence', { claim_id: claimId, input, actor_id: actorId });
}

export function updateEvidence(id: string, input: EvidenceInput, version: number, actorId: string): Promise<Evidence> {
  return call<Evidence>('update_evidence', { id, input, version, actor_id: actorId });
}

export async function removeEvidence(id: string, version: number, actorId: string): Promise<void> {
  await call<null>('remove_evidence', { id, version, actor_id: actorId });
}

/**
 * Save an attachment where the user picks in the native save dialog (opened by the
 * backend, so only workspace attachments are ever written). Null when cancelled.
 */
export function saveAttachment(attachmentId: string): Promise<SavedAttachment | null> {
  return call<SavedAttachment | null>('save_attachment', { attachment_id: attachmentId });
}

/** Open an attachment with the system's viewer (refused for programs and scripts). */
export async function openAttachment(attachmentId: string): Promise<void> {
  await call<null>('open_attachment', { attachment_id: attachmentId });
}

/** Comment on a claim; `@Name` mentions put it in that reviewer's queue. */
export function addComment(claimId: string, body: string, actorId: string): Promise<Comment> {
  return call<Comment>('add_comment', { claim_id: claimId, body, actor_id: actorId });
}

// ----- search, sources, sentences -----

export function search(query: string, limit: number): Promise<SearchHit[]> {
  return call<SearchHit[]>('search', { query, limit });
}

export function articleSources(articleId: string): Promise<SourceSummary[]> {
  return call<SourceSummary[]>('article_sources', { article_id: articleId });
}

export function allSources(): Promise<SourceSummary[]> {
  return call<SourceSummary[]>('all_sources');
}

export function articleSentences(articleId: string): Promise<SentenceAnalysis[]> {
  return call<SentenceAnalysis[]>('article_sentences', { article_id: articleId });
}

/** Make a claim of a sentence the extractor skipped. */
export function promoteSentence(articleId: string, index: number, actorId: string): Promise<Claim> {
  return call<Claim>('promote_sentence', { article_id: articleId, index, actor_id: actorId });
}

// ----- web import, reports, settings, prior fact-checks -----

/** Fetch an article by its web address (http or https) and import it. */
export function importUrl(url: string): Promise<ImportReport> {
  return call<ImportReport>('import_url', { url });
}

/** The report as text (HTML, Markdown, JSON, CSV or ClaimReview JSON-LD). */
export function exportPreview(query: ExportQuery, format: ExportFormat): Promise<string> {
  return call<string>('export_preview', { query, format });
}

export function exportStats(query: ExportQuery): Promise<ExportStats> {
  return call<ExportStats>('export_stats', { query });
}

export function exportToFile(query: ExportQuery, format: ExportFormat, path: string): Promise<ExportResult> {
  return call<ExportResult>('export_to_file', { query, format, path });
}

/** Open a file saved by `exportToFile` in this session with the system viewer. */
export async function openExported(path: string): Promise<void> {
  await call<null>('open_exported', { path });
}

export function getSettings(): Promise<Settings> {
  return call<Settings>('get_settings');
}

/** Change one setting (admins only): `organization`, `review_base_url` or `verdict_label.<code>`. */
export function setSetting(key: string, value: string, actorId: string): Promise<Settings> {
  return call<Settings>('set_setting', { key, value, actor_id: actorId });
}

export function importPriors(paths: string[], actorId: string): Promise<PriorImportReport> {
  return call<PriorImportReport>('import_priors', { paths, actor_id: actorId });
}

export function listPriors(): Promise<Prior[]> {
  return call<Prior[]>('list_priors');
}

/** Prior fact-checks that match a claim, best first. */
export function priorChecks(claimId: string): Promise<PriorMatch[]> {
  return call<PriorMatch[]>('prior_checks', { claim_id: claimId });
}

/** Attach a prior fact-check to a claim as evidence. */
export function attachPrior(claimId: string, priorId: string, actorId: string): Promise<Evidence> {
  return call<Evidence>('attach_prior', { claim_id: claimId, prior_id: priorId, actor_id: actorId });
}
