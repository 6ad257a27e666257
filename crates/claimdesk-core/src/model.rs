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
    pub const ALL: [ClaimStatus; 5] = [
        ClaimStatus::New,
        ClaimStatus::InReview,
        ClaimStatus::Proposed,
        ClaimStatus::Verified,
        ClaimStatus::Dismissed,
    ];

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
