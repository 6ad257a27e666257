//! The export, settings and prior fact-check API on [`Workspace`], for every
//! front end (the desktop Export screen, the CLI).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::json;

use super::priors::{self, Prior, PriorImportReport, PriorMatch};
use super::settings::{self, Settings};
use super::{load, render, ExportFormat, ExportQuery, ExportResult, ExportStats, Report};
use crate::error::{Error, ErrorCode, Result};
use crate::model::{Evidence, EvidenceInput, Role};
use crate::store::{audit, claims, reviewers};
use crate::workspace::lock;
use crate::{Actor, Workspace};

impl Workspace {
    // ----- settings -----

    /// The desk's settings with defaults filled in. Anyone may read them.
    pub fn settings(&self) -> Result<Settings> {
        self.read(settings::load)
    }

    /// Set (or, with an empty value, clear) one setting: `organization`,
    /// `review_base_url` or `verdict_label.<code>`. Admins only; audited.
    pub fn set_setting(&self, key: &str, value: &str, actor: &Actor) -> Result<Settings> {
        let key = key.trim();
        let value = settings::validate(key, value)?;
        let now = crate::time::now();
        lock(&self.writer).write(|tx| {
            let who = actor
                .id
                .as_deref()
                .map(|id| reviewers::find(tx, id))
                .transpose()?
                .flatten()
                .filter(|r| r.active && r.role == Role::Admin)
                .ok_or_else(|| Error::new(ErrorCode::Unauthorized, "only an admin can change settings"))?;
            let before = settings::stored(tx, key)?;
            if before == value {
                return Ok(());
            }
            settings::put(tx, key, value.as_deref())?;
            audit::record(
                tx,
                &Actor { id: Some(who.id.clone()), name: who.name.clone() },
                &now,
                audit::Change {
                    entity: "setting",
                    entity_id: key,
                    action: if value.is_some() { "set" } else { "unset" },
                    before: before.map(|v| json!({ "value": v })),
                    after: value.as_ref().map(|v| json!({ "value": v })),
                },
            )
        })?;
        self.settings()
    }

    // ----- exports -----

    /// Read the report for a query in one read transaction, so every part of it
    /// comes from the same state of the database.
    fn report(&self, query: &ExportQuery, generated_at: String) -> Result<Report> {
        self.read(|c| {
            let tx = c.unchecked_transaction()?;
            let report = load::load(&tx, query, generated_at)?;
            tx.commit()?;
            Ok(report)
        })
    }

    /// Export the claims a query selects. The generated-at time is
    /// `SOURCE_DATE_EPOCH` when set, else now; nothing else varies between runs.
    pub fn export(&self, query: &ExportQuery, format: ExportFormat) -> Result<String> {
        self.export_at(query, format, &super::generated_at()?)
    }

    /// [`Workspace::export`] with an explicit generated-at time (RFC 3339).
    pub fn export_at(&self, query: &ExportQuery, format: ExportFormat, generated_at: &str) -> Result<String> {
        let report = self.report(query, generated_at.to_string())?;
        render(&report, format)
    }

    /// Export to a file, replacing it whole (written beside it, then renamed).
    pub fn export_to_file(&self, query: &ExportQuery, format: ExportFormat, path: &Path) -> Result<ExportResult> {
        let report = self.report(query, super::generated_at()?)?;
        let text = render(&report, format)?;
        let io = |e: std::io::Error| Error::new(ErrorCode::DbIo, format!("cannot write {}: {e}", path.display()));
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".claimdesk-partial");
        let tmp = PathBuf::from(tmp);
        let written = std::fs::File::create(&tmp).and_then(|mut f| {
            f.write_all(text.as_bytes())?;
            f.sync_all()
        });
        if let Err(e) = written.and_then(|_| std::fs::rename(&tmp, path)) {
            let _ = std::fs::remove_file(&tmp);
            return Err(io(e));
        }
        let stats = report.stats();
        let claims = match format {
            ExportFormat::Claimreview => stats.claimreview_items,
            _ => stats.claims,
        };
        Ok(ExportResult {
            path: path.display().to_string(),
            format,
            bytes: text.len() as u64,
            claims,
            articles: stats.articles,
        })
    }

    /// Counts for a query, for the Export screen.
    pub fn export_stats(&self, query: &ExportQuery) -> Result<ExportStats> {
        Ok(self.report(query, String::new())?.stats())
    }

    // ----- prior fact-checks -----

    /// Import ClaimReview JSON-LD files and folders as prior fact-checks. Each
    /// malformed file or item is refused in the report; the rest imports. Only a
    /// database failure is an `Err`.
    pub fn import_priors(&self, paths: &[PathBuf], actor: &Actor) -> Result<PriorImportReport> {
        let mut report = PriorImportReport::default();
        for file in priors::files(paths, &mut report) {
            let drafts = priors::read_file(&file, &mut report);
            if drafts.is_empty() {
                continue;
            }
            let now = crate::time::now();
            let shown = file.display().to_string();
            let (new, dup) = lock(&self.writer).write(|tx| {
                let (mut new, mut dup) = (0u64, 0u64);
                for (origin, d) in &drafts {
                    if priors::insert(tx, origin, d, &actor.name, &now)? {
                        new += 1;
                    } else {
                        dup += 1;
                    }
                }
                audit::record(
                    tx,
                    actor,
                    &now,
                    audit::Change {
                        entity: "priors",
                        entity_id: &shown,
                        action: "import",
                        before: None,
                        after: Some(json!({ "file": shown, "imported": new, "duplicates": dup })),
                    },
                )?;
                Ok((new, dup))
            })?;
            report.imported += new;
            report.duplicates += dup;
        }
        Ok(report)
    }

    /// Every imported prior fact-check, newest first.
    pub fn list_priors(&self) -> Result<Vec<Prior>> {
        self.read(priors::list)
    }

    /// Prior fact-checks that resemble a claim, best first.
    pub fn prior_checks(&self, claim_id: &str) -> Result<Vec<PriorMatch>> {
        self.read(|c| {
            let claim = claims::get(c, claim_id)?;
            priors::matches(c, &claim.text)
        })
    }

    /// Prior fact-checks that resemble any text (a claim being typed, a pasted sentence).
    pub fn match_priors(&self, text: &str) -> Result<Vec<PriorMatch>> {
        self.read(|c| priors::matches(c, text))
    }

    /// Attach a prior fact-check to a claim as evidence ("one click"): a web page
    /// with the fact-checker as publisher and its rating in the excerpt. The same
    /// rules as any evidence apply.
    pub fn attach_prior(&self, claim_id: &str, prior_id: &str, actor: &Actor) -> Result<Evidence> {
        let p = self.read(|c| priors::get(c, prior_id))?;
        let today = chrono::Utc::now().date_naive();
        let published = p
            .date_published
            .clone()
            .filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok_and(|d| d <= today));
        let claim: String = p.claim_reviewed.chars().take(400).collect();
        let input = EvidenceInput {
            kind: "web_page".into(),
            url: p.url.clone(),
            title: format!("{} fact-check: {claim}", p.organization),
            publisher: Some(p.organization.clone()),
            published_at: published,
            accessed_at: None,
            excerpt: Some(format!("Rated “{}”: {}", p.rating, p.claim_reviewed)),
            stance: "context".into(),
            reliability: "medium".into(),
            notes: Some(format!("Prior fact-check imported from {}", p.origin)),
            files: Vec::new(),
        };
        self.add_evidence(claim_id, input, actor)
    }
}
