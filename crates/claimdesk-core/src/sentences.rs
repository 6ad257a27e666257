//! The extractor's analysis of every sentence, the sources panel, and the
//! reviewer's corrections to what the extractor decided: promoting a sentence it
//! skipped, demoting a claim it should have skipped, and re-running extraction
//! without overwriting anything a reviewer corrected.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use serde_json::json;

use crate::error::{Error, ErrorCode, Result};
use crate::model::*;
use crate::store::{analysis, audit, claims, reasons, reviewers};
use crate::workflow::Role;
use crate::workspace::lock;
use crate::{Actor, Workspace};

impl Workspace {
    /// Every sentence of an article with the extractor's analysis and, when it
    /// became a claim, the claim's id.
    pub fn sentences(&self, article_id: &str) -> Result<Vec<SentenceAnalysis>> {
        self.read(|c| {
            let (body, stored) =
                analysis::body_and_analysis(c, article_id)?.ok_or_else(|| Error::not_found("article", article_id))?;
            let sentences = analysis::decode(article_id, &stored)?;
            // The claim that starts first in each sentence, and each source's name and kind.
            let mut claim_ids: HashMap<i64, String> = HashMap::new();
            let mut stmt = c.prepare_cached(
                "SELECT sentence_index, id FROM claims WHERE article_id = ?1 AND sentence_index IS NOT NULL
                 ORDER BY span_start, rowid",
            )?;
            for row in stmt.query_map([article_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
                let (index, id) = row?;
                claim_ids.entry(index).or_insert(id);
            }
            let mut named: HashMap<&str, (String, String)> = HashMap::new();
            let mut source = c.prepare_cached("SELECT name, kind FROM sources WHERE id = ?1")?;
            for id in sentences.iter().filter_map(|s| s.source_id.as_deref()) {
                if !named.contains_key(id) {
                    if let Some(name_kind) = source.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional()? {
                        named.insert(id, name_kind);
                    }
                }
            }
            Ok(sentences
                .iter()
                .map(|s| {
                    let (source, source_kind) = s
                        .source_id
                        .as_deref()
                        .and_then(|id| named.get(id))
                        .map_or((None, None), |(n, k)| (Some(n.clone()), Some(k.clone())));
                    SentenceAnalysis {
                        index: s.index,
                        start: s.start,
                        end: s.end,
                        text: body.get(s.start as usize..s.end as usize).unwrap_or_default().to_string(),
                        score: s.score,
                        checkworthy: s.checkworthy,
                        reasons: reasons::decode(&s.reasons),
                        source,
                        source_kind,
                        mention: s.mention.as_deref().map(str::to_string),
                        cue: s.cue.as_deref().map(str::to_string),
                        attribution: s.attribution,
                        claim_id: claim_ids.get(&s.index).cloned(),
                    }
                })
                .collect())
        })
    }

    /// The sources an article's claims are attributed to, with how many claims each holds.
    pub fn article_sources(&self, article_id: &str) -> Result<Vec<SourceSummary>> {
        self.read(|c| {
            crate::store::articles::get(c, article_id)?;
            let mut stmt = c.prepare_cached(
                "SELECT s.id, s.name, s.kind, s.role, s.aliases, count(c.id)
                 FROM claims c JOIN sources s ON s.id = c.source_id
                 WHERE c.article_id = ?1
                 GROUP BY s.id ORDER BY count(c.id) DESC, s.name",
            )?;
            let rows = stmt.query_map([article_id], source_summary)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Every source in the workspace, for the "pick another source" list.
    pub fn all_sources(&self) -> Result<Vec<SourceSummary>> {
        self.read(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT s.id, s.name, s.kind, s.role, s.aliases, (SELECT count(*) FROM claims c WHERE c.source_id = s.id)
                 FROM sources s ORDER BY s.name",
            )?;
            let rows = stmt.query_map([], source_summary)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Make a claim of a sentence the extractor did not consider check-worthy.
    /// Any active reviewer may promote; the claim starts as `new`.
    pub fn promote_sentence(&self, article_id: &str, index: i64, actor: &Actor) -> Result<Claim> {
        let now = crate::time::now();
        let id = lock(&self.writer).write(|tx| {
            let who = active_reviewer(tx, actor)?;
            let existing: Option<String> = tx
                .query_row(
                    "SELECT id FROM claims WHERE article_id = ?1 AND sentence_index = ?2",
                    params![article_id, index],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(id) = existing {
                return Err(Error::invalid("sentence", format!("this sentence is already claim {id}")));
            }
            let (body, stored) =
                analysis::body_and_analysis(tx, article_id)?.ok_or_else(|| Error::not_found("article", article_id))?;
            let sentences = analysis::decode(article_id, &stored)?;
            let found = sentences
                .iter()
                .find(|s| s.index == index)
                .ok_or_else(|| Error::not_found("sentence", &format!("{article_id}#{index}")))?;
            let text = body.get(found.start as usize..found.end as usize).unwrap_or_default().to_string();
            let reasons = found.reasons.to_string();
            let sentence = claims::NewSentence {
                article_id,
                index: index as usize,
                start: found.start as usize,
                end: found.end as usize,
                text: &text,
                score: found.score,
                source_id: found.source_id.as_deref(),
                mention: found.mention.as_deref(),
                cue: found.cue.as_deref(),
                attribution: found.attribution,
            };
            let id = claims::insert_claim(tx, &sentence, &reasons, &now)?;
            tx.execute("UPDATE claims SET corrected = 1 WHERE id = ?1", [&id])?;
            audit::record(
                tx,
                &Actor { id: Some(who.id.clone()), name: who.name.clone() },
                &now,
                audit::Change {
                    entity: "claim",
                    entity_id: &id,
                    action: "promote",
                    before: None,
                    after: Some(json!({"text": text, "sentence": index})),
                },
            )?;
            Ok(id)
        })?;
        self.claim(&id)
    }

    /// Take a claim out of the queue as not check-worthy: a dismissal with that
    /// reason, so the workflow rules (editor or admin) apply and history keeps it.
    pub fn demote_claim(&self, claim_id: &str, expected_version: Option<i64>, actor: &Actor) -> Result<Claim> {
        self.act(claim_id, ClaimAction::Dismiss { reason: "not check-worthy".into() }, expected_version, actor)
    }

    /// Run extraction again over an article (after an extractor upgrade). Sentence
    /// analyses are replaced; claims keep their workflow state, and any claim a
    /// reviewer corrected keeps its text and source untouched.
    pub fn reextract(&self, article_id: &str, actor: &Actor) -> Result<ReextractReport> {
        let now = crate::time::now();
        lock(&self.writer).write(|tx| {
            let who = active_reviewer(tx, actor)?;
            if who.role < Role::Editor {
                return Err(Error::new(ErrorCode::Unauthorized, "only an editor or admin can re-run extraction"));
            }
            let body: String = tx
                .query_row("SELECT body FROM articles WHERE id = ?1", [article_id], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found("article", article_id))?;
            let analysis = claimdesk_extract::analyze(&body);
            let source_ids = crate::import::source_ids(tx, &mut claims::SourceCache::default(), &analysis.sentences)?;
            let all_reasons: Vec<String> = analysis.sentences.iter().map(|s| reasons::encode(&s.reasons)).collect();
            analysis::save(tx, article_id, &crate::import::stored_analysis(&analysis.sentences, &all_reasons, &source_ids))?;
            let mut report = ReextractReport::default();
            for ((s, stored_reasons), source_id) in analysis.sentences.iter().zip(&all_reasons).zip(&source_ids) {
                let attribution = crate::import::attribution_kind(s.attribution.as_ref());
                let row = claims::NewSentence {
                    article_id,
                    index: s.index,
                    start: s.start,
                    end: s.end,
                    text: &s.text,
                    score: s.score,
                    source_id: source_id.as_deref(),
                    mention: s.attribution.as_ref().map(|a| a.mention.as_str()),
                    cue: s.attribution.as_ref().map(|a| a.cue.as_str()),
                    attribution,
                };
                // Claims on the same span that nobody corrected follow the new analysis.
                let updated = tx.execute(
                    "UPDATE claims SET source_id = ?3, mention = ?4, cue = ?5, attribution_type = ?6, score = ?7, reasons = ?8,
                            sentence_index = ?9, updated_at = ?10, version = version + 1
                     WHERE article_id = ?1 AND span_start = ?2 AND corrected = 0
                       AND (coalesce(source_id, '') != coalesce(?3, '') OR score != ?7 OR coalesce(cue, '') != coalesce(?5, ''))",
                    params![article_id, s.start as i64, row.source_id, row.mention, row.cue, attribution.as_str(), s.score, stored_reasons, s.index as i64, now],
                )?;
                report.updated += updated as i64;
                let exists: bool = tx.query_row(
                    "SELECT count(*) > 0 FROM claims WHERE article_id = ?1 AND span_start = ?2",
                    params![article_id, s.start as i64],
                    |r| r.get(0),
                )?;
                if s.checkworthy && !exists {
                    claims::insert_claim(tx, &row, stored_reasons, &now)?;
                    report.added += 1;
                }
            }
            report.kept_corrections = tx.query_row("SELECT count(*) FROM claims WHERE article_id = ?1 AND corrected = 1", [article_id], |r| r.get(0))?;
            audit::record(
                tx,
                &Actor { id: Some(who.id.clone()), name: who.name.clone() },
                &now,
                audit::Change { entity: "article", entity_id: article_id, action: "reextract", before: None, after: Some(json!(report)) },
            )?;
            Ok(report)
        })
    }
}

/// A row of (id, name, kind, role, aliases JSON, claim count).
fn source_summary(r: &rusqlite::Row) -> rusqlite::Result<SourceSummary> {
    let aliases: String = r.get(4)?;
    Ok(SourceSummary {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        role: r.get(3)?,
        aliases: serde_json::from_str(&aliases).unwrap_or_default(),
        claims: r.get(5)?,
    })
}

pub(crate) fn active_reviewer(tx: &rusqlite::Transaction, actor: &Actor) -> Result<Reviewer> {
    let id = actor.id.as_deref().ok_or_else(|| {
        Error::new(ErrorCode::Unauthorized, "choose who is reviewing first: changes are recorded under a reviewer")
    })?;
    let r = reviewers::find(tx, id)?.ok_or_else(|| {
        Error::new(ErrorCode::Unauthorized, format!("{} is not a reviewer in this workspace", actor.name))
    })?;
    if !r.active {
        return Err(Error::new(ErrorCode::Unauthorized, format!("{} has been deactivated", r.name)));
    }
    Ok(r)
}
