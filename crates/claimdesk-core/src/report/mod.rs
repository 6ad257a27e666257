//! The verified-claims report and the standard exports: HTML, Markdown, JSON,
//! CSV and schema.org ClaimReview JSON-LD; desk settings (organization, review
//! address, verdict labels); and prior fact-checks imported from other
//! fact-checkers' ClaimReview feeds, matched against claims.
//!
//! Every format is rendered from one [`Report`] read in a handful of queries, so
//! all formats agree on content and order. Output depends only on the database
//! and the generated-at time, which comes from `SOURCE_DATE_EPOCH` when set: the
//! same database gives byte-identical files.

pub mod claimreview;
mod csv;
pub mod escape;
mod html;
mod json;
mod load;
mod markdown;
pub mod priors;
pub mod settings;
mod workspace;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{AttributionCheck, AttributionKind, ClaimStatus, Verdict};

pub use claimreview::{rating_value, BEST_RATING, WORST_RATING};
pub use priors::{Prior, PriorImportReport, PriorMatch, PriorRefusal};
pub use settings::{Settings, VerdictLabel};

/// The JSON export's schema version (docs/export-json.md). Bumped on any
/// incompatible change; fields may be added without a bump.
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Html,
    /// Markdown (`md` on the command line).
    Markdown,
    Json,
    Csv,
    /// schema.org ClaimReview JSON-LD, one object per verified claim.
    Claimreview,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 5] =
        [ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Csv, ExportFormat::Claimreview];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
            ExportFormat::Markdown => "md",
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Claimreview => "claimreview",
        }
    }

    pub fn parse(s: &str) -> Option<ExportFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "html" => Some(ExportFormat::Html),
            "md" | "markdown" => Some(ExportFormat::Markdown),
            "json" => Some(ExportFormat::Json),
            "csv" => Some(ExportFormat::Csv),
            "claimreview" | "jsonld" => Some(ExportFormat::Claimreview),
            _ => None,
        }
    }

    /// File name extension for a save dialog.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
            ExportFormat::Markdown => "md",
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Claimreview => "jsonld",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            ExportFormat::Html => "text/html; charset=utf-8",
            ExportFormat::Markdown => "text/markdown; charset=utf-8",
            ExportFormat::Json => "application/json",
            ExportFormat::Csv => "text/csv; charset=utf-8; header=present",
            ExportFormat::Claimreview => "application/ld+json",
        }
    }
}

/// Which claims an export contains. Every list is "any" when empty, except
/// `statuses`, which defaults to verified claims only.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ExportQuery {
    /// Only claims of these articles.
    pub article_ids: Vec<String>,
    /// Workflow statuses to include; empty means `verified` only.
    pub statuses: Vec<ClaimStatus>,
    /// Only claims with one of these verdicts.
    pub verdicts: Vec<Verdict>,
    /// Only claims this reviewer (name or id) proposed, approved or is assigned to.
    pub reviewers: Vec<String>,
    /// Review date (approval, else proposal, else last change; UTC) on or after this day, YYYY-MM-DD.
    pub from: Option<String>,
    /// Review date on or before this day, YYYY-MM-DD.
    pub to: Option<String>,
}

impl ExportQuery {
    /// The statuses actually exported (verified when none are given).
    pub fn effective_statuses(&self) -> Vec<ClaimStatus> {
        if self.statuses.is_empty() {
            vec![ClaimStatus::Verified]
        } else {
            let mut s = self.statuses.clone();
            s.sort_by_key(|x| ClaimStatus::ALL.iter().position(|y| y == x));
            s.dedup();
            s
        }
    }
}

/// What a saved export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ExportResult {
    pub path: String,
    pub format: ExportFormat,
    #[ts(type = "number")]
    pub bytes: u64,
    #[ts(type = "number")]
    pub claims: u64,
    #[ts(type = "number")]
    pub articles: u64,
}

/// How many claims a query selects, for the Export screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ExportStats {
    #[ts(type = "number")]
    pub claims: u64,
    #[ts(type = "number")]
    pub articles: u64,
    /// One entry per verdict of the scale, in scale order (zero counts included).
    pub by_verdict: Vec<VerdictCount>,
    /// Claims without a verdict (only when the statuses include open claims).
    #[ts(type = "number")]
    pub no_verdict: u64,
    /// Verified claims with a verdict: the ones a ClaimReview export contains.
    #[ts(type = "number")]
    pub claimreview_items: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct VerdictCount {
    pub verdict: Verdict,
    pub label: String,
    #[ts(type = "number")]
    pub count: u64,
}

// ----- the report model every format renders -----

/// Everything an export shows, read once from the database.
#[derive(Debug, Clone)]
pub(crate) struct Report {
    pub generated_at: String,
    pub settings: Settings,
    pub scope: Scope,
    pub articles: Vec<ReportArticle>,
}

/// The query as people read it: names instead of ids.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scope {
    pub statuses: Vec<ClaimStatus>,
    pub articles: Vec<(String, String)>,
    pub verdicts: Vec<Verdict>,
    pub reviewers: Vec<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct ReportArticle {
    pub id: String,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub place: Option<String>,
    pub published_at: Option<String>,
    pub claims: Vec<ReportClaim>,
}

#[derive(Debug, Clone)]
pub(crate) struct ReportSource {
    pub name: String,
    pub kind: String,
    pub role: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct ReportClaim {
    pub id: String,
    pub text: String,
    pub start: i64,
    pub end: i64,
    pub status: ClaimStatus,
    pub verdict: Option<Verdict>,
    pub rationale: Option<String>,
    pub attribution_check: Option<AttributionCheck>,
    pub source: Option<ReportSource>,
    pub mention: Option<String>,
    pub cue: Option<String>,
    pub attribution: AttributionKind,
    pub assignee: Option<String>,
    pub proposed_by: Option<String>,
    pub proposed_at: Option<String>,
    pub approved_by: Option<String>,
    pub approved_at: Option<String>,
    pub dismiss_reason: Option<String>,
    pub updated_at: String,
    pub comments: i64,
    pub evidence: Vec<ReportEvidence>,
    pub history: Vec<HistoryItem>,
}

#[derive(Debug, Clone)]
pub(crate) struct ReportEvidence {
    pub kind: String,
    pub title: String,
    pub publisher: Option<String>,
    pub published_at: Option<String>,
    pub accessed_at: Option<String>,
    pub url: Option<String>,
    pub excerpt: Option<String>,
    pub stance: String,
    pub reliability: String,
}

#[derive(Debug, Clone)]
pub(crate) struct HistoryItem {
    pub at: String,
    pub actor: String,
    pub action: String,
}

impl Report {
    pub fn claim_count(&self) -> usize {
        self.articles.iter().map(|a| a.claims.len()).sum()
    }

    pub fn claims(&self) -> impl Iterator<Item = (&ReportArticle, &ReportClaim)> {
        self.articles.iter().flat_map(|a| a.claims.iter().map(move |c| (a, c)))
    }

    pub fn label(&self, v: Verdict) -> &str {
        self.settings.label(v)
    }

    pub fn stats(&self) -> ExportStats {
        let mut counts = [0u64; 7];
        let mut none = 0;
        let mut claimreview_items = 0;
        for (_, c) in self.claims() {
            match c.verdict {
                Some(v) => {
                    counts[Verdict::ALL.iter().position(|x| *x == v).unwrap_or(0)] += 1;
                    if c.status == ClaimStatus::Verified {
                        claimreview_items += 1;
                    }
                }
                None => none += 1,
            }
        }
        ExportStats {
            claims: self.claim_count() as u64,
            articles: self.articles.len() as u64,
            by_verdict: Verdict::ALL
                .iter()
                .zip(counts)
                .map(|(v, count)| VerdictCount { verdict: *v, label: self.label(*v).to_string(), count })
                .collect(),
            no_verdict: none,
            claimreview_items,
        }
    }

    /// The report's title, from the statuses it covers.
    pub fn title(&self) -> String {
        if self.scope.statuses == [ClaimStatus::Verified] {
            "Verified claims report".to_string()
        } else {
            "Claims report".to_string()
        }
    }

    /// One line per filter, for the scope section of a report.
    pub fn scope_lines(&self) -> Vec<(&'static str, String)> {
        let s = &self.scope;
        let statuses = s.statuses.iter().map(|x| status_label(*x)).collect::<Vec<_>>().join(", ");
        let articles = if s.articles.is_empty() {
            "all articles".to_string()
        } else {
            s.articles.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("; ")
        };
        let verdicts = if s.verdicts.is_empty() {
            "any".to_string()
        } else {
            s.verdicts.iter().map(|v| self.label(*v)).collect::<Vec<_>>().join(", ")
        };
        let reviewers = if s.reviewers.is_empty() { "anyone".to_string() } else { s.reviewers.join(", ") };
        let period = match (&s.from, &s.to) {
            (None, None) => "any time".to_string(),
            (Some(f), None) => format!("from {f}"),
            (None, Some(t)) => format!("up to {t}"),
            (Some(f), Some(t)) => format!("{f} to {t}"),
        };
        vec![
            ("Status", statuses),
            ("Articles", articles),
            ("Verdicts", verdicts),
            ("Reviewers", reviewers),
            ("Reviewed", period),
        ]
    }

    /// The address of a verified claim's review on the organization's site
    /// (`None` for claims without a published verdict).
    pub fn review_url(&self, c: &ReportClaim) -> Option<String> {
        if c.status != ClaimStatus::Verified || c.verdict.is_none() {
            return None;
        }
        self.settings.review_base_url.as_deref().map(|base| review_url(base, &c.id))
    }
}

/// `base` + claim id, with exactly one `/` between them.
pub fn review_url(base: &str, claim_id: &str) -> String {
    format!("{}/{}", base.trim().trim_end_matches('/'), claim_id)
}

pub(crate) fn status_label(s: ClaimStatus) -> &'static str {
    match s {
        ClaimStatus::New => "new",
        ClaimStatus::InReview => "in review",
        ClaimStatus::Proposed => "proposed",
        ClaimStatus::Verified => "verified",
        ClaimStatus::Dismissed => "dismissed",
    }
}

pub(crate) fn attribution_check_label(c: AttributionCheck) -> &'static str {
    match c {
        AttributionCheck::Confirmed => "Confirmed: the source made this claim",
        AttributionCheck::Misattributed => "Misattributed: the source did not make this claim",
        AttributionCheck::Unconfirmed => "Unconfirmed: it could not be established who made this claim",
    }
}

pub(crate) fn attribution_label(a: AttributionKind) -> &'static str {
    match a {
        AttributionKind::Direct => "direct quote",
        AttributionKind::Indirect => "reported speech",
        AttributionKind::Continuation => "continued quote",
        AttributionKind::Unattributed => "the outlet's own assertion",
    }
}

/// An RFC 3339 time as people read it: `2017-11-22 09:30 UTC`. Dates and
/// unparseable values are shown as stored.
pub(crate) fn human_time(s: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(s) {
        Ok(t) => t.with_timezone(&chrono::Utc).format("%Y-%m-%d %H:%M UTC").to_string(),
        Err(_) => s.to_string(),
    }
}

/// The day part (YYYY-MM-DD, UTC) of an RFC 3339 time or a date.
pub(crate) fn day(s: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(s) {
        Ok(t) => t.with_timezone(&chrono::Utc).format("%Y-%m-%d").to_string(),
        Err(_) => s.chars().take(10).collect(),
    }
}

// ----- generated-at -----

/// The generated-at time: `SOURCE_DATE_EPOCH` (seconds since 1970, the
/// reproducible-builds convention) when set, else now. UTC, RFC 3339, seconds.
pub fn generated_at() -> Result<String> {
    generated_at_from(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(), chrono::Utc::now())
}

/// [`generated_at`] with its inputs explicit (tests).
pub fn generated_at_from(source_date_epoch: Option<&str>, now: chrono::DateTime<chrono::Utc>) -> Result<String> {
    let t = match source_date_epoch.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => {
            let secs: i64 = s.parse().map_err(|_| {
                Error::invalid(
                    "SOURCE_DATE_EPOCH",
                    format!("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, not {s:?}"),
                )
            })?;
            chrono::DateTime::from_timestamp(secs, 0).ok_or_else(|| {
                Error::invalid("SOURCE_DATE_EPOCH", format!("SOURCE_DATE_EPOCH {secs} is out of range"))
            })?
        }
        None => now,
    };
    Ok(t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

/// Render a report in a format.
pub(crate) fn render(report: &Report, format: ExportFormat) -> Result<String> {
    match format {
        ExportFormat::Html => Ok(html::render(report)),
        ExportFormat::Markdown => Ok(markdown::render(report)),
        ExportFormat::Json => json::render(report),
        ExportFormat::Csv => csv::render(report),
        ExportFormat::Claimreview => claimreview::render(report),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_from_their_command_line_names() {
        for f in ExportFormat::ALL {
            assert_eq!(ExportFormat::parse(f.as_str()), Some(f));
        }
        assert_eq!(ExportFormat::parse("Markdown"), Some(ExportFormat::Markdown));
        assert_eq!(ExportFormat::parse("pdf"), None);
    }

    #[test]
    fn generated_at_comes_from_source_date_epoch() {
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 123_000_000).unwrap();
        assert_eq!(generated_at_from(Some("1511308800"), now).unwrap(), "2017-11-22T00:00:00Z");
        assert_eq!(generated_at_from(None, now).unwrap(), "2027-01-15T08:00:00Z");
        assert_eq!(generated_at_from(Some(""), now).unwrap(), "2027-01-15T08:00:00Z");
        let e = generated_at_from(Some("yesterday"), now).unwrap_err();
        assert!(e.message.contains("SOURCE_DATE_EPOCH"), "{}", e.message);
    }

    #[test]
    fn review_urls_join_with_one_slash() {
        assert_eq!(review_url("https://desk.example/checks/", "abc"), "https://desk.example/checks/abc");
        assert_eq!(review_url("https://desk.example/checks", "abc"), "https://desk.example/checks/abc");
    }

    #[test]
    fn times_read_as_utc_minutes() {
        assert_eq!(human_time("2017-11-22T09:30:12.345Z"), "2017-11-22 09:30 UTC");
        assert_eq!(human_time("2017-11-22"), "2017-11-22");
        assert_eq!(day("2017-11-22T23:30:00+00:00"), "2017-11-22");
        assert_eq!(day("2017-11-22"), "2017-11-22");
    }
}
