//! Domain and wire types. Every type here is also generated into TypeScript
//! (`ui/src/lib/bindings.ts`) so the UI never hand-copies a payload shape.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a claim is in the review workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    New,
    InReview,
    Proposed,
    Verified,
    Dismissed,
}

impl ClaimStatus {
    pub const ALL: [ClaimStatus; 5] =
        [ClaimStatus::New, ClaimStatus::InReview, ClaimStatus::Proposed, ClaimStatus::Verified, ClaimStatus::Dismissed];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::New => "new",
            ClaimStatus::InReview => "in_review",
            ClaimStatus::Proposed => "proposed",
            ClaimStatus::Verified => "verified",
            ClaimStatus::Dismissed => "dismissed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// How a claim is attributed. `Unattributed` means the outlet asserts it itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    Direct,
    Indirect,
    Continuation,
    Unattributed,
}

impl AttributionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Direct => "direct",
            AttributionKind::Indirect => "indirect",
            AttributionKind::Continuation => "continuation",
            AttributionKind::Unattributed => "unattributed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "direct" => AttributionKind::Direct,
            "indirect" => AttributionKind::Indirect,
            "continuation" => AttributionKind::Continuation,
            "unattributed" => AttributionKind::Unattributed,
            _ => return None,
        })
    }
}

/// The attributed holder of a claim, as shown beside it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SourceRef {
    pub id: String,
    pub name: String,
    /// person, organization, government, anonymous, document or media.
    pub kind: String,
    pub role: Option<String>,
}

/// A row of the article list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ArticleSummary {
    pub id: String,
    pub title: String,
    pub outlet: Option<String>,
    pub place: Option<String>,
    /// Publication date as written in ISO form (YYYY-MM-DD) when known.
    pub published_at: Option<String>,
    pub imported_at: String,
    #[ts(type = "number")]
    pub claim_count: i64,
}

/// A stored article with its full body.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Article {
    pub id: String,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub place: Option<String>,
    pub published_at: Option<String>,
    pub subject: Option<String>,
    pub body: String,
    /// Byte offset where the story starts, after the dateline.
    #[ts(type = "number")]
    pub body_start: i64,
    /// Where it came from: a file path, "pasted", "archive.csv row 12".
    pub origin: Option<String>,
    pub imported_at: String,
}

/// A claim as every front end shows it. `start`/`end` are byte offsets into the article body.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Claim {
    pub id: String,
    pub article_id: String,
    pub text: String,
    #[ts(type = "number")]
    pub start: i64,
    #[ts(type = "number")]
    pub end: i64,
    #[ts(type = "number")]
    pub sentence_index: i64,
    pub status: ClaimStatus,
    pub verdict: Option<String>,
    pub source: Option<SourceRef>,
    /// The words the article uses for the source.
    pub mention: Option<String>,
    pub cue: Option<String>,
    pub attribution: AttributionKind,
    pub score: f64,
    pub reasons: Vec<String>,
    pub assignee: Option<String>,
    #[ts(type = "number")]
    pub version: i64,
    pub article_title: String,
    /// Who proposed the current verdict.
    pub proposer: Option<String>,
    pub updated_at: String,
}

/// A page of claims and how many match in all.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClaimPage {
    pub items: Vec<Claim>,
    #[ts(type = "number")]
    pub total: i64,
}

/// An article with its claims, for the article view.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ArticleDetail {
    pub article: Article,
    pub claims: Vec<Claim>,
}

/// One page of a list query.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ArticlePage {
    pub items: Vec<ArticleSummary>,
    #[ts(type = "number")]
    pub total: i64,
}

/// An article that an import stored.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportedArticle {
    pub id: String,
    pub title: String,
    #[ts(type = "number")]
    pub claims: i64,
}

/// An input that was already in the workspace (same content hash).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DuplicateArticle {
    pub origin: String,
    pub existing_id: String,
    pub title: String,
}

/// An input, or one row of an archive, that was refused, and why.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Rejection {
    pub origin: String,
    /// 1-based data row of an archive (the header is row 0), when the rejection is per row.
    #[ts(type = "number | null")]
    pub row: Option<u64>,
    pub code: crate::ErrorCode,
    pub message: String,
}

/// What an import did. Nothing is silently dropped: every input ends in one of the lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct ImportReport {
    pub imported: Vec<ImportedArticle>,
    pub duplicates: Vec<DuplicateArticle>,
    pub rejected: Vec<Rejection>,
    pub cancelled: bool,
}

impl ImportReport {
    pub fn merge(&mut self, other: ImportReport) {
        self.imported.extend(other.imported);
        self.duplicates.extend(other.duplicates);
        self.rejected.extend(other.rejected);
        self.cancelled |= other.cancelled;
    }
}

/// Progress of a running import, reported after each batch.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportProgress {
    pub origin: String,
    #[ts(type = "number")]
    pub bytes_done: u64,
    #[ts(type = "number")]
    pub bytes_total: u64,
    #[ts(type = "number")]
    pub articles: u64,
}

/// Pasted text or text from another front end.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
pub struct TextInput {
    pub title: Option<String>,
    pub body: String,
    pub url: Option<String>,
}

/// Facts about the running workspace, for the About box and status bar.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WorkspaceInfo {
    pub version: String,
    pub db_path: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    #[ts(type = "number")]
    pub articles: i64,
    #[ts(type = "number")]
    pub claims: i64,
}

pub use crate::workflow::{AttributionCheck, Role, Verdict};

/// A member of the desk.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Reviewer {
    pub id: String,
    pub name: String,
    pub initials: String,
    pub email: Option<String>,
    pub role: Role,
    pub active: bool,
    pub created_at: String,
}

/// The reviewer form. Initials default to the name's initials.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
pub struct ReviewerInput {
    pub name: String,
    pub initials: Option<String>,
    pub email: Option<String>,
    pub role: Role,
    /// `false` deactivates (history is kept). Ignored when adding.
    pub active: Option<bool>,
}

/// A validation message for one form field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// A file attached to evidence, stored by its SHA-256.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Attachment {
    pub id: String,
    pub file_name: String,
    #[ts(type = "number")]
    pub size: i64,
    pub sha256: String,
}

/// A piece of evidence on a claim.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Evidence {
    pub id: String,
    pub claim_id: String,
    pub kind: String,
    pub url: Option<String>,
    pub title: String,
    pub publisher: Option<String>,
    pub published_at: Option<String>,
    pub accessed_at: Option<String>,
    pub excerpt: Option<String>,
    pub stance: String,
    pub reliability: String,
    pub notes: Option<String>,
    pub created_by: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[ts(type = "number")]
    pub version: i64,
    pub attachments: Vec<Attachment>,
}

/// The evidence form. Dates are `YYYY-MM-DD`; `files` are paths to attach.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct EvidenceInput {
    pub kind: String,
    pub url: String,
    pub title: String,
    pub publisher: Option<String>,
    pub published_at: Option<String>,
    pub accessed_at: Option<String>,
    pub excerpt: Option<String>,
    pub stance: String,
    pub reliability: String,
    pub notes: Option<String>,
    #[serde(default)]
    pub files: Vec<String>,
}

/// A comment in a claim's thread.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Comment {
    pub id: String,
    pub claim_id: String,
    pub author: Option<String>,
    pub body: String,
    pub created_at: String,
    /// Names of the reviewers it mentions.
    pub mentions: Vec<String>,
}

/// One change in a claim's history, from the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HistoryEntry {
    pub at: String,
    pub actor: String,
    pub action: String,
    #[ts(type = "unknown")]
    pub before: Option<serde_json::Value>,
    #[ts(type = "unknown")]
    pub after: Option<serde_json::Value>,
}

/// Everything the claim detail view shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClaimDetail {
    pub claim: Claim,
    pub article_title: String,
    /// The article text before and after the claim, for context: the rest of its
    /// sentence and the neighbouring sentence, with the white space next to the
    /// claim kept (`context_before + text + context_after` reads as written).
    pub context_before: Option<String>,
    pub context_after: Option<String>,
    pub rationale: Option<String>,
    pub attribution_check: Option<AttributionCheck>,
    pub proposed_by: Option<String>,
    pub proposed_at: Option<String>,
    pub approved_by: Option<String>,
    pub approved_at: Option<String>,
    pub dismiss_reason: Option<String>,
    pub evidence: Vec<Evidence>,
    pub comments: Vec<Comment>,
    pub history: Vec<HistoryEntry>,
    /// The claim this one was split from, if it was made by a split.
    pub split_from: Option<ClaimLink>,
    /// The claim this one was merged into as a duplicate.
    pub duplicate_of: Option<ClaimLink>,
    /// Claims merged into this one as duplicates.
    pub duplicates: Vec<ClaimLink>,
}

/// Another claim, by id and text (split and merge links in the detail view).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClaimLink {
    pub id: String,
    pub text: String,
    pub article_title: String,
}

/// A claim and the version the caller read (for merging several at once).
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
pub struct ClaimRef {
    pub id: String,
    /// The version the caller read; `None` skips the check (the CLI).
    #[ts(type = "number | null")]
    pub version: Option<i64>,
}

/// What splitting a claim made: the original (now the first part, with its id,
/// history, evidence and comments) and the new claim holding the second part.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SplitResult {
    pub original: Claim,
    pub created: Claim,
}

/// What merging duplicates did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MergeResult {
    pub survivor: Claim,
    /// The duplicates, now dismissed as "duplicate of claim <survivor id>".
    pub dismissed: Vec<Claim>,
    /// Evidence and comments moved from the duplicates to the survivor.
    #[ts(type = "number")]
    pub evidence_moved: i64,
    #[ts(type = "number")]
    pub comments_moved: i64,
}

/// An attachment written to a file the user chose.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SavedAttachment {
    pub path: String,
    pub file_name: String,
    #[ts(type = "number")]
    pub bytes: i64,
}

/// Which source a corrected claim gets.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SourceChoice {
    /// An existing source.
    Existing { id: String },
    /// A new (or existing, by name and kind) source.
    New { name: String, kind: String, role: Option<String> },
    /// The outlet's own assertion.
    Unattributed,
}

/// A workflow step requested by a front end.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClaimAction {
    /// Assign to a reviewer (name or id).
    Assign {
        to: String,
    },
    Unassign,
    Propose {
        verdict: Verdict,
        rationale: String,
        attribution_check: Option<AttributionCheck>,
    },
    Approve,
    RequestChanges {
        comment: String,
    },
    Dismiss {
        reason: String,
    },
    Reopen {
        reason: String,
    },
    Edit {
        text: Option<String>,
        source: Option<SourceChoice>,
    },
}

/// A full-text search result.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SearchHit {
    /// claim, article, evidence or comment.
    pub kind: String,
    pub id: String,
    pub article_id: String,
    pub claim_id: Option<String>,
    pub title: String,
    /// Plain text around the match.
    pub snippet: String,
    /// Byte ranges of `snippet` that matched.
    #[ts(type = "Array<[number, number]>")]
    pub highlights: Vec<(u32, u32)>,
    /// bm25 rank: lower is better.
    pub rank: f64,
}

/// A source with its claims count, for the sources panel.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SourceSummary {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    #[ts(type = "number")]
    pub claims: i64,
}

/// The extractor's analysis of one sentence, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SentenceAnalysis {
    #[ts(type = "number")]
    pub index: i64,
    #[ts(type = "number")]
    pub start: i64,
    #[ts(type = "number")]
    pub end: i64,
    pub text: String,
    pub score: f64,
    pub checkworthy: bool,
    pub reasons: Vec<String>,
    pub source: Option<String>,
    pub source_kind: Option<String>,
    pub mention: Option<String>,
    pub cue: Option<String>,
    pub attribution: AttributionKind,
    /// The claim made of this sentence, if any.
    pub claim_id: Option<String>,
}

/// What re-running extraction over an article changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct ReextractReport {
    #[ts(type = "number")]
    pub updated: i64,
    #[ts(type = "number")]
    pub added: i64,
    /// Claims a reviewer corrected, left as they were.
    #[ts(type = "number")]
    pub kept_corrections: i64,
}
