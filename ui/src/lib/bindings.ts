// Generated from the Rust types in crates/claimdesk-core by
// `CLAIMDESK_UPDATE_BINDINGS=1 cargo test -p claimdesk-core bindings`. Do not edit by hand.

export type ErrorCode = "db_corrupt" | "db_too_new" | "db_migration_edited" | "db_io" | "import_unreadable" | "import_not_regular" | "import_too_large" | "import_empty" | "import_not_text" | "import_unsupported" | "import_nothing_found" | "import_bad_row" | "import_cancelled" | "invalid_input" | "not_found";

export type ApiError = { code: ErrorCode, message: string, field?: string, };

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
mention: string | null, cue: string | null, attribution: AttributionKind, score: number, reasons: Array<string>, assignee: string | null, version: number, };

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
