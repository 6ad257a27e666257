// Generated from the Rust types in crates/claimdesk-core by
// `CLAIMDESK_UPDATE_BINDINGS=1 cargo test -p claimdesk-core bindings`. Do not edit by hand.

export type ErrorCode = "db_corrupt" | "db_too_new" | "db_migration_edited" | "db_io" | "import_unreadable" | "import_not_regular" | "import_too_large" | "import_empty" | "import_not_text" | "import_unsupported" | "import_nothing_found" | "import_bad_row" | "import_cancelled" | "invalid_input" | "not_found" | "refused" | "conflict" | "unauthorized";

export type ApiError = { code: ErrorCode, message: string, field?: string, 
/**
 * The workflow rule that refused a step ("approve.own_proposal").
 */
rule?: string, };

export type ClaimStatus = "new" | "in_review" | "proposed" | "verified" | "dismissed";

export type AttributionKind = "direct" | "indirect" | "continuation" | "unattributed";

export type SourceRef = { id: string, name: string, 
/**
 * person, organization, government, anonymous, document or media.
 */
kind: string, role: string | null, };

export type ArticleSummary = { id: string, title: string, outlet: string | null, place: string | null, 
/**
 * Publication date as written in ISO form (YYYY-MM-DD) when known.
 */
published_at: string | null, imported_at: string, claim_count: number, };

export type ArticlePage = { items: Array<ArticleSummary>, total: number, };

export type Article = { id: string, title: string, outlet: string | null, url: string | null, place: string | null, published_at: string | null, subject: string | null, body: string, 
/**
 * Byte offset where the story starts, after the dateline.
 */
body_start: number, 
/**
 * Where it came from: a file path, "pasted", "archive.csv row 12".
 */
origin: string | null, imported_at: string, };

export type Claim = { id: string, article_id: string, text: string, start: number, end: number, sentence_index: number, status: ClaimStatus, verdict: string | null, source: SourceRef | null, 
/**
 * The words the article uses for the source.
 */
mention: string | null, cue: string | null, attribution: AttributionKind, score: number, reasons: Array<string>, assignee: string | null, version: number, article_title: string, 
/**
 * Who proposed the current verdict.
 */
proposer: string | null, updated_at: string, };

export type ArticleDetail = { article: Article, claims: Array<Claim>, };

export type ImportedArticle = { id: string, title: string, claims: number, };

export type DuplicateArticle = { origin: string, existing_id: string, title: string, };

export type Rejection = { origin: string, 
/**
 * 1-based data row of an archive (the header is row 0), when the rejection is per row.
 */
row: number | null, code: ErrorCode, message: string, };

export type ImportReport = { imported: Array<ImportedArticle>, duplicates: Array<DuplicateArticle>, rejected: Array<Rejection>, cancelled: boolean, };

export type ImportProgress = { origin: string, bytes_done: number, bytes_total: number, articles: number, };

export type TextInput = { title: string | null, body: string, url: string | null, };

export type WorkspaceInfo = { version: string, db_path: string, schema_version: number, articles: number, claims: number, };

export type ClaimPage = { items: Array<Claim>, total: number, };

export type Role = "reviewer" | "editor" | "admin";

export type Verdict = "true" | "mostly_true" | "mixed" | "mostly_false" | "false" | "misleading" | "unverifiable";

export type AttributionCheck = "confirmed" | "misattributed" | "unconfirmed";

export type Reviewer = { id: string, name: string, initials: string, email: string | null, role: Role, active: boolean, created_at: string, };

export type ReviewerInput = { name: string, initials: string | null, email: string | null, role: Role, 
/**
 * `false` deactivates (history is kept). Ignored when adding.
 */
active: boolean | null, };

export type FieldError = { field: string, message: string, };

export type Attachment = { id: string, file_name: string, size: number, sha256: string, };

export type Evidence = { id: string, claim_id: string, kind: string, url: string | null, title: string, publisher: string | null, published_at: string | null, accessed_at: string | null, excerpt: string | null, stance: string, reliability: string, notes: string | null, created_by: string | null, created_at: string, updated_at: string, version: number, attachments: Array<Attachment>, };

export type EvidenceInput = { kind: string, url: string, title: string, publisher: string | null, published_at: string | null, accessed_at: string | null, excerpt: string | null, stance: string, reliability: string, notes: string | null, files: Array<string>, };

export type Comment = { id: string, claim_id: string, author: string | null, body: string, created_at: string, 
/**
 * Names of the reviewers it mentions.
 */
mentions: Array<string>, };

export type HistoryEntry = { at: string, actor: string, action: string, before: unknown, after: unknown, };

export type ClaimDetail = { claim: Claim, article_title: string, 
/**
 * The article text before and after the claim, for context: the rest of its
 * sentence and the neighbouring sentence, with the white space next to the
 * claim kept (`context_before + text + context_after` reads as written).
 */
context_before: string | null, context_after: string | null, rationale: string | null, attribution_check: AttributionCheck | null, proposed_by: string | null, proposed_at: string | null, approved_by: string | null, approved_at: string | null, dismiss_reason: string | null, evidence: Array<Evidence>, comments: Array<Comment>, history: Array<HistoryEntry>, 
/**
 * The claim this one was split from, if it was made by a split.
 */
split_from: ClaimLink | null, 
/**
 * The claim this one was merged into as a duplicate.
 */
duplicate_of: ClaimLink | null, 
/**
 * Claims merged into this one as duplicates.
 */
duplicates: Array<ClaimLink>, };

export type ClaimLink = { id: string, text: string, article_title: string, };

export type ClaimRef = { id: string, 
/**
 * The version the caller read; `None` skips the check (the CLI).
 */
version: number | null, };

export type SplitResult = { original: Claim, created: Claim, };

export type MergeResult = { survivor: Claim, 
/**
 * The duplicates, now dismissed as "duplicate of claim <survivor id>".
 */
dismissed: Array<Claim>, 
/**
 * Evidence and comments moved from the duplicates to the survivor.
 */
evidence_moved: number, comments_moved: number, };

export type SavedAttachment = { path: string, file_name: string, bytes: number, };

export type SourceChoice = { "type": "existing", id: string, } | { "type": "new", name: string, kind: string, role: string | null, } | { "type": "unattributed" };

export type ClaimAction = { "type": "assign", to: string, } | { "type": "unassign" } | { "type": "propose", verdict: Verdict, rationale: string, attribution_check: AttributionCheck | null, } | { "type": "approve" } | { "type": "request_changes", comment: string, } | { "type": "dismiss", reason: string, } | { "type": "reopen", reason: string, } | { "type": "edit", text: string | null, source: SourceChoice | null, };

export type SearchHit = { 
/**
 * claim, article, evidence or comment.
 */
kind: string, id: string, article_id: string, claim_id: string | null, title: string, 
/**
 * Plain text around the match.
 */
snippet: string, 
/**
 * Byte ranges of `snippet` that matched.
 */
highlights: Array<[number, number]>, 
/**
 * bm25 rank: lower is better.
 */
rank: number, };

export type SourceSummary = { id: string, name: string, kind: string, role: string | null, aliases: Array<string>, claims: number, };

export type Queue = { "type": "mine", "reviewer": string } | { "type": "needs_approval", "reviewer": string };

export type ClaimSort = "article" | "updated" | "score" | "status";

export type ClaimQuery = { article_id: string | null, status: ClaimStatus | null, 
/**
 * Reviewer name or id.
 */
assignee: string | null, 
/**
 * Only claims assigned to nobody.
 */
unassigned: boolean, source_id: string | null, verdict: string | null, queue: Queue | null, 
/**
 * Last change on or after / on or before this day (YYYY-MM-DD).
 */
updated_from: string | null, updated_to: string | null, sort: ClaimSort, limit: number | null, offset: number, };

export type SentenceAnalysis = { index: number, start: number, end: number, text: string, score: number, checkworthy: boolean, reasons: Array<string>, source: string | null, source_kind: string | null, mention: string | null, cue: string | null, attribution: AttributionKind, 
/**
 * The claim made of this sentence, if any.
 */
claim_id: string | null, };

export type ReextractReport = { updated: number, added: number, 
/**
 * Claims a reviewer corrected, left as they were.
 */
kept_corrections: number, };

export type ExportFormat = "html" | "markdown" | "json" | "csv" | "claimreview";

export type ExportQuery = { 
/**
 * Only claims of these articles.
 */
article_ids: Array<string>, 
/**
 * Workflow statuses to include; empty means `verified` only.
 */
statuses: Array<ClaimStatus>, 
/**
 * Only claims with one of these verdicts.
 */
verdicts: Array<Verdict>, 
/**
 * Only claims this reviewer (name or id) proposed, approved or is assigned to.
 */
reviewers: Array<string>, 
/**
 * Review date (approval, else proposal, else last change; UTC) on or after this day, YYYY-MM-DD.
 */
from: string | null, 
/**
 * Review date on or before this day, YYYY-MM-DD.
 */
to: string | null, };

export type ExportResult = { path: string, format: ExportFormat, bytes: number, claims: number, articles: number, };

export type ExportStats = { claims: number, articles: number, 
/**
 * One entry per verdict of the scale, in scale order (zero counts included).
 */
by_verdict: Array<VerdictCount>, 
/**
 * Claims without a verdict (only when the statuses include open claims).
 */
no_verdict: number, 
/**
 * Verified claims with a verdict: the ones a ClaimReview export contains.
 */
claimreview_items: number, };

export type VerdictCount = { verdict: Verdict, label: string, count: number, };

export type Prior = { id: string, 
/**
 * The claim as the fact-checker wrote it.
 */
claim_reviewed: string, 
/**
 * The fact-checker (ClaimReview `author`).
 */
organization: string, 
/**
 * Its rating as published: `alternateName`, else the number on its scale.
 */
rating: string, rating_value: number | null, best_rating: number | null, worst_rating: number | null, 
/**
 * The fact-check's address.
 */
url: string, date_published: string | null, 
/**
 * `inLanguage`, lower case (`en`, `es`, `de`).
 */
language: string | null, 
/**
 * Who made the claim (itemReviewed.author).
 */
claim_author: string | null, 
/**
 * Where the claim appeared (itemReviewed.appearance or firstAppearance).
 */
appearance_url: string | null, 
/**
 * The file and item it was imported from.
 */
origin: string, imported_at: string, };

export type PriorMatch = { prior_id: string, organization: string, rating: string, url: string, 
/**
 * 0..1: the share of the prior's bm25 weight that the claim matches. Matches score at least 0.5.
 */
score: number, claim_reviewed: string, date_published: string | null, language: string | null, };

export type PriorImportReport = { 
/**
 * Files read.
 */
files: number, 
/**
 * New prior fact-checks stored.
 */
imported: number, 
/**
 * Items already in the workspace (same address, claim, organization and rating).
 */
duplicates: number, 
/**
 * Other schema.org nodes skipped (WebPage, Organization in an `@graph`).
 */
ignored: number, 
/**
 * Files and items refused, each with its reason.
 */
refused: Array<PriorRefusal>, };

export type PriorRefusal = { file: string, 
/**
 * 1-based number of the item in the file (absent when the whole file is refused).
 */
item: number | null, 
/**
 * JSON pointer to the item (`/dataFeedElement/2/item/0`).
 */
pointer: string | null, 
/**
 * The full message, naming the file and item.
 */
message: string, };

export type Settings = { 
/**
 * The desk's organization: the ClaimReview `author` and the report's masthead.
 */
organization: string | null, 
/**
 * Where reviews are published: a claim's review is at `<review_base_url>/<claim id>`.
 */
review_base_url: string | null, 
/**
 * Every verdict of the scale with its label, in scale order.
 */
verdict_labels: Array<VerdictLabel>, };

export type VerdictLabel = { verdict: Verdict, label: string, 
/**
 * True when the label is the built-in one (no setting stored).
 */
is_default: boolean, };
