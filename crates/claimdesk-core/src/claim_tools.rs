//! Reshaping claims: splitting one claim in two, merging duplicates into one
//! survivor, and making a claim of any stretch of an article's text. Each runs in
//! one IMMEDIATE transaction that checks the rules (crate::workflow), the versions
//! the caller read, applies the change and appends an audit row to every claim it
//! touches, so a refused or stale step changes nothing.
//!
//! Decisions, documented in docs/CLI.md:
//! - A split keeps the original claim (its id, history, evidence, comments,
//!   assignee and status) as the first part and makes a new claim of the second
//!   part, with the same source and attribution, `split_from` pointing back.
//! - A merge MOVES the duplicates' evidence and comments (with their mentions) to
//!   the survivor, so everything a verdict rests on is in one place; each duplicate
//!   is dismissed with the reason "duplicate of claim <survivor id>" and keeps its
//!   own history, which records what moved where.

use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::json;

use crate::error::{Error, ErrorCode, Result};
use crate::model::*;
use crate::review::{acting, actor_of, check_version, decide, load_claim, reviewer_name, stale};
use crate::store::{analysis, audit, claims};
use crate::workflow::Step;
use crate::workspace::lock;
use crate::{Actor, Workspace};

/// The most claims one merge may dismiss.
pub const MAX_MERGE: usize = 100;

/// The longest claim a selection may make, in characters.
pub const MAX_SELECTION_CHARS: usize = 2_000;

/// Where a split puts the two parts: their texts and their byte spans in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitPlan {
    pub first_text: String,
    pub second_text: String,
    pub first_span: (usize, usize),
    pub second_span: (usize, usize),
}

fn trimmed(s: &str, from: usize) -> (usize, usize) {
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (from + lead, from + s.len() - trail)
}

/// Where to cut the claim's span in the article for a cut at `at` in the claim's
/// text. When the text is the article's own, the two are the same point; when a
/// reviewer edited the wording, the cut is where the second part (or else the end
/// of the first) is found in the article, and failing both, at the same proportion.
fn article_cut(text: &str, at: usize, span_text: &str, first: &str, second: &str) -> usize {
    if text == span_text {
        return at;
    }
    if let Some(p) = span_text.find(second).filter(|&p| !span_text[..p].trim().is_empty()) {
        return p;
    }
    if let Some(p) = span_text.find(first).map(|p| p + first.len()).filter(|&p| !span_text[p..].trim().is_empty()) {
        return p;
    }
    let mut cut = (at as u128 * span_text.len() as u128 / text.len().max(1) as u128) as usize;
    while cut < span_text.len() && !span_text.is_char_boundary(cut) {
        cut += 1;
    }
    cut
}

/// Plan a split of a claim whose text is `text` and whose article span is
/// `span_text` starting at byte `span_start`, at byte `at` of `text`. Pure.
pub fn plan_split(text: &str, at: usize, span_text: &str, span_start: usize) -> Result<SplitPlan> {
    if at == 0 || at >= text.len() {
        return Err(Error::invalid(
            "at",
            format!(
                "choose a split point inside the claim's text (a byte offset from 1 to {})",
                text.len().saturating_sub(1)
            ),
        ));
    }
    if !text.is_char_boundary(at) {
        return Err(Error::invalid("at", "the split point falls inside a character; move it to a word boundary"));
    }
    let (first, second) = (text[..at].trim(), text[at..].trim());
    if first.is_empty() || second.is_empty() {
        return Err(Error::invalid("at", "both parts need words: move the split point away from the start or the end"));
    }
    let cut = article_cut(text, at, span_text, first, second);
    let (a, b) = (&span_text[..cut.min(span_text.len())], &span_text[cut.min(span_text.len())..]);
    if a.trim().is_empty() || b.trim().is_empty() {
        return Err(Error::invalid(
            "at",
            "this claim's edited text no longer lines up with the article, so the split point cannot be placed in it; split it where the parts are still the article's words",
        ));
    }
    Ok(SplitPlan {
        first_text: first.to_string(),
        second_text: second.to_string(),
        first_span: trimmed(a, span_start),
        second_span: trimmed(b, span_start + cut),
    })
}

/// Where a claim sits in its article.
struct Placed {
    article_id: String,
    start: i64,
    end: i64,
}

fn placed(tx: &Transaction, id: &str) -> Result<Placed> {
    tx.query_row("SELECT article_id, span_start, span_end FROM claims WHERE id = ?1", [id], |r| {
        Ok(Placed { article_id: r.get(0)?, start: r.get(1)?, end: r.get(2)? })
    })
    .optional()?
    .ok_or_else(|| Error::not_found("claim", id))
}

fn state(tx: &Transaction, status: ClaimStatus, assignee: Option<&str>) -> Result<serde_json::Value> {
    Ok(json!({ "status": status.as_str(), "assignee": reviewer_name(tx, assignee)? }))
}

impl Workspace {
    /// Split a claim in two at byte `at` of its text. The claim keeps the first part
    /// (and its id, history, evidence and comments); a new claim with the same
    /// source, attribution, status and assignee gets the second. Same rules as an
    /// edit (new or in review; the assignee or an editor); `expected_version` is the
    /// version the caller read.
    pub fn split_claim(
        &self,
        claim_id: &str,
        at: usize,
        expected_version: Option<i64>,
        actor: &Actor,
    ) -> Result<SplitResult> {
        let now = crate::time::now();
        let created = lock(&self.writer).write(|tx| {
            let row = load_claim(tx, claim_id)?;
            check_version(tx, claim_id, &row, expected_version)?;
            let who = acting(tx, actor)?;
            decide(&row, 0, &Step::Split, &who)?;
            let p = placed(tx, claim_id)?;
            let body: String = tx.query_row("SELECT body FROM articles WHERE id = ?1", [&p.article_id], |r| r.get(0))?;
            let span_text = body.get(p.start as usize..p.end as usize).unwrap_or_default();
            let plan = plan_split(&row.text, at, span_text, p.start as usize)?;
            let n = tx.execute(
                "UPDATE claims SET text = ?3, span_start = ?4, span_end = ?5, corrected = 1, updated_at = ?6,
                        version = version + 1
                 WHERE id = ?1 AND version = ?2",
                params![claim_id, row.version, plan.first_text, plan.first_span.0 as i64, plan.first_span.1 as i64, now],
            )?;
            if n != 1 {
                return Err(stale(tx, claim_id, row.version, row.version + 1));
            }
            let new_id = crate::new_id();
            tx.execute(
                "INSERT INTO claims (id, article_id, sentence_index, text, span_start, span_end, source_id, mention, cue,
                                     attribution_type, score, reasons, status, assignee_id, version, created_at,
                                     updated_at, corrected, split_from)
                 SELECT ?1, article_id, sentence_index, ?2, ?3, ?4, source_id, mention, cue, attribution_type, score,
                        reasons, status, assignee_id, 1, ?5, ?5, 1, id
                   FROM claims WHERE id = ?6",
                params![new_id, plan.second_text, plan.second_span.0 as i64, plan.second_span.1 as i64, now, claim_id],
            )?;
            // The FTS row is added here, not by a trigger (see migration 0004).
            tx.execute("INSERT INTO claims_fts (rowid, text) VALUES (last_insert_rowid(), ?1)", [&plan.second_text])?;
            let by = actor_of(&who);
            let mut before = state(tx, row.status, row.assignee.as_deref())?;
            before["text"] = json!(row.text);
            before["start"] = json!(p.start);
            before["end"] = json!(p.end);
            let mut after = state(tx, row.status, row.assignee.as_deref())?;
            after["text"] = json!(plan.first_text);
            after["start"] = json!(plan.first_span.0);
            after["end"] = json!(plan.first_span.1);
            after["new_claim"] = json!({ "id": new_id, "text": plan.second_text });
            audit::record(
                tx,
                &by,
                &now,
                audit::Change {
                    entity: "claim",
                    entity_id: claim_id,
                    action: "split",
                    before: Some(before.clone()),
                    after: Some(after),
                },
            )?;
            let mut made = state(tx, row.status, row.assignee.as_deref())?;
            made["text"] = json!(plan.second_text);
            made["start"] = json!(plan.second_span.0);
            made["end"] = json!(plan.second_span.1);
            made["split_from"] = json!({ "id": claim_id, "text": plan.first_text });
            audit::record(
                tx,
                &by,
                &now,
                audit::Change { entity: "claim", entity_id: &new_id, action: "split", before: Some(before), after: Some(made) },
            )?;
            Ok(new_id)
        })?;
        Ok(SplitResult { original: self.claim(claim_id)?, created: self.claim(&created)? })
    }

    /// Merge `duplicates` into `survivor`: their evidence and comments move to the
    /// survivor and each is dismissed as "duplicate of claim <survivor id>". Claims
    /// may come from different articles. Every claim must be new or in review and
    /// workable by the actor (an editor, or the reviewer assigned to it); every
    /// version given must still be current. All of it happens, or none.
    pub fn merge_claims(&self, survivor: &ClaimRef, duplicates: &[ClaimRef], actor: &Actor) -> Result<MergeResult> {
        if duplicates.is_empty() {
            return Err(Error::invalid("duplicates", "choose at least one duplicate to merge into the claim you keep"));
        }
        if duplicates.len() > MAX_MERGE {
            return Err(Error::invalid("duplicates", format!("merge at most {MAX_MERGE} claims at once")));
        }
        let mut seen = std::collections::HashSet::new();
        for d in duplicates {
            if d.id == survivor.id {
                return Err(Error::invalid("duplicates", "the claim you keep cannot also be merged away"));
            }
            if !seen.insert(d.id.as_str()) {
                return Err(Error::invalid("duplicates", format!("claim {} is listed twice", d.id)));
            }
        }
        let now = crate::time::now();
        let (evidence_moved, comments_moved) = lock(&self.writer).write(|tx| {
            let who = acting(tx, actor)?;
            let keep = load_claim(tx, &survivor.id)?;
            check_version(tx, &survivor.id, &keep, survivor.version)?;
            decide(&keep, 0, &Step::MergeInto, &who)?;
            let reason = format!("duplicate of claim {}", survivor.id);
            let by = actor_of(&who);
            let (mut evidence_total, mut comments_total) = (0i64, 0i64);
            let mut merged = Vec::new();
            for d in duplicates {
                let row = load_claim(tx, &d.id)?;
                check_version(tx, &d.id, &row, d.version)?;
                let change = decide(&row, 0, &Step::MergeAway, &who)?;
                let evidence: Vec<String> = {
                    let mut stmt = tx.prepare_cached("SELECT id FROM evidence WHERE claim_id = ?1 ORDER BY created_at, id")?;
                    let ids = stmt.query_map([&d.id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
                    ids
                };
                tx.execute("UPDATE evidence SET claim_id = ?2 WHERE claim_id = ?1", params![d.id, survivor.id])?;
                let comments = tx.execute("UPDATE comments SET claim_id = ?2 WHERE claim_id = ?1", params![d.id, survivor.id])?;
                tx.execute("UPDATE mentions SET claim_id = ?2 WHERE claim_id = ?1", params![d.id, survivor.id])?;
                let n = tx.execute(
                    "UPDATE claims SET status = ?3, dismiss_reason = ?4, duplicate_of = ?5, updated_at = ?6, version = version + 1
                     WHERE id = ?1 AND version = ?2",
                    params![d.id, row.version, change.status.as_str(), reason, survivor.id, now],
                )?;
                if n != 1 {
                    return Err(stale(tx, &d.id, row.version, row.version + 1));
                }
                let before = state(tx, row.status, row.assignee.as_deref())?;
                let mut after = state(tx, change.status, row.assignee.as_deref())?;
                after["reason"] = json!(reason);
                after["duplicate_of"] = json!({ "id": survivor.id, "text": keep.text });
                after["evidence_moved"] = json!(evidence);
                after["comments_moved"] = json!(comments);
                audit::record(
                    tx,
                    &by,
                    &now,
                    audit::Change { entity: "claim", entity_id: &d.id, action: "merge", before: Some(before), after: Some(after) },
                )?;
                evidence_total += evidence.len() as i64;
                comments_total += comments as i64;
                merged.push(json!({ "id": d.id, "text": row.text, "evidence_moved": evidence, "comments_moved": comments }));
            }
            let n = tx.execute(
                "UPDATE claims SET updated_at = ?3, version = version + 1 WHERE id = ?1 AND version = ?2",
                params![survivor.id, keep.version, now],
            )?;
            if n != 1 {
                return Err(stale(tx, &survivor.id, keep.version, keep.version + 1));
            }
            let st = state(tx, keep.status, keep.assignee.as_deref())?;
            let mut after = st.clone();
            after["merged"] = json!(merged);
            audit::record(
                tx,
                &by,
                &now,
                audit::Change {
                    entity: "claim",
                    entity_id: &survivor.id,
                    action: "merge",
                    before: Some(st),
                    after: Some(after),
                },
            )?;
            Ok((evidence_total, comments_total))
        })?;
        Ok(MergeResult {
            survivor: self.claim(&survivor.id)?,
            dismissed: duplicates.iter().map(|d| self.claim(&d.id)).collect::<Result<_>>()?,
            evidence_moved,
            comments_moved,
        })
    }

    /// Make a claim of the article text between UTF-8 byte offsets `start` and `end`
    /// (a reviewer's selection in the article view). Surrounding white space is
    /// dropped and the range is clipped to the sentences it covers; within one
    /// sentence the claim gets that sentence's source and attribution, across
    /// several it is the outlet's own assertion. Refused: an empty or blank range,
    /// one outside every sentence (the dateline, the gap between paragraphs), one
    /// that overlaps an existing claim. Any active reviewer may add a claim.
    pub fn claim_from_range(&self, article_id: &str, start: i64, end: i64, actor: &Actor) -> Result<Claim> {
        let now = crate::time::now();
        let id = lock(&self.writer).write(|tx| {
            let who = crate::sentences::active_reviewer(tx, actor)?;
            let (body, stored) = analysis::body_and_analysis(tx, article_id)?
                .ok_or_else(|| Error::not_found("article", article_id))?;
            let (start, end) = check_range(&body, start, end)?;
            let sentences: Vec<analysis::StoredSentence> = analysis::decode(article_id, &stored)?
                .into_iter()
                .filter(|s| s.start < end as i64 && s.end > start as i64)
                .collect();
            let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
                return Err(Error::invalid(
                    "range",
                    "the selection is not part of any sentence of the article (it is the dateline or the space between paragraphs); select words of a sentence",
                ));
            };
            // Clip to the sentences covered, then drop white space at the edges.
            let (s, e) = (start.max(first.start as usize), end.min(last.end as usize));
            // Stored spans come from the database: a damaged one is an error, not a panic.
            let damaged = || Error::new(ErrorCode::DbCorrupt, format!("article {article_id} has damaged sentence spans"));
            let (s, e) = trimmed(body.get(s..e).ok_or_else(damaged)?, s);
            if e <= s {
                return Err(Error::invalid("range", "the selection holds only spaces; select the words of the claim"));
            }
            let text = body.get(s..e).ok_or_else(damaged)?;
            if text.chars().count() > MAX_SELECTION_CHARS {
                return Err(Error::invalid(
                    "range",
                    format!("a claim is one statement: select at most {MAX_SELECTION_CHARS} characters"),
                ));
            }
            let overlapping: Option<(String, String)> = tx
                .query_row(
                    "SELECT id, text FROM claims WHERE article_id = ?1 AND span_start < ?3 AND span_end > ?2
                      ORDER BY span_start LIMIT 1",
                    params![article_id, s as i64, e as i64],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((other, other_text)) = overlapping {
                let shown: String = other_text.chars().take(80).collect();
                let more = if other_text.chars().count() > 80 { "…" } else { "" };
                return Err(Error::invalid(
                    "range",
                    format!("the selection overlaps the claim “{shown}{more}” ({other}); select text outside it, or split that claim instead"),
                ));
            }
            let one = sentences.len() == 1;
            let score = sentences.iter().map(|x| x.score).fold(0.0, f64::max);
            let attribution = if one { first.attribution } else { AttributionKind::Unattributed };
            // One sentence lends the claim its stored reasons as they are; several, none.
            let stored_reasons = if one { first.reasons.as_ref() } else { "[]" };
            let sentence = claims::NewSentence {
                article_id,
                index: first.index as usize,
                start: s,
                end: e,
                text,
                score,
                source_id: if one { first.source_id.as_deref() } else { None },
                mention: if one { first.mention.as_deref() } else { None },
                cue: if one { first.cue.as_deref() } else { None },
                attribution,
            };
            let id = claims::insert_claim(tx, &sentence, stored_reasons, &now)?;
            tx.execute("UPDATE claims SET corrected = 1 WHERE id = ?1", [&id])?;
            audit::record(
                tx,
                &actor_of(&who),
                &now,
                audit::Change {
                    entity: "claim",
                    entity_id: &id,
                    action: "add",
                    before: None,
                    after: Some(json!({
                        "text": text, "start": s, "end": e,
                        "sentences": sentences.iter().map(|x| x.index).collect::<Vec<_>>(),
                    })),
                },
            )?;
            Ok(id)
        })?;
        self.claim(&id)
    }
}

/// A selection's byte range, checked against the article body: in order, inside
/// the text, on character boundaries, not blank.
pub fn check_range(body: &str, start: i64, end: i64) -> Result<(usize, usize)> {
    if start < 0 || end < 0 || start as u64 > body.len() as u64 || end as u64 > body.len() as u64 {
        return Err(Error::invalid(
            "range",
            format!("the selection {start}..{end} is outside the article's text (0..{})", body.len()),
        ));
    }
    let (s, e) = (start as usize, end as usize);
    if e <= s {
        return Err(Error::invalid("range", "the selection is empty; select the words of the claim"));
    }
    if !body.is_char_boundary(s) || !body.is_char_boundary(e) {
        return Err(Error::invalid("range", "the selection starts or ends inside a character"));
    }
    if body[s..e].trim().is_empty() {
        return Err(Error::invalid("range", "the selection holds only spaces; select the words of the claim"));
    }
    Ok((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_of_the_articles_own_words_cuts_the_span_at_the_same_point() {
        let text = "Putin met Assad in Sochi, and the two leaders agreed on talks.";
        let at = text.find(" and").unwrap() + 1;
        let p = plan_split(text, at, text, 100).unwrap();
        assert_eq!(p.first_text, "Putin met Assad in Sochi,");
        assert_eq!(p.second_text, "and the two leaders agreed on talks.");
        assert_eq!(p.first_span, (100, 100 + p.first_text.len()));
        assert_eq!(p.second_span, (100 + at, 100 + text.len()));
    }

    #[test]
    fn white_space_at_the_cut_belongs_to_neither_part() {
        let text = "One.   Two.";
        let p = plan_split(text, 5, text, 0).unwrap();
        assert_eq!((p.first_text.as_str(), p.second_text.as_str()), ("One.", "Two."));
        assert_eq!((p.first_span, p.second_span), ((0, 4), (7, 11)));
    }

    #[test]
    fn an_edited_claim_is_cut_where_its_second_part_is_in_the_article() {
        let article = "The Israeli leader stressed his country s security concerns, the source said.";
        let edited = "The Israeli leader stressed his country's security concerns, the source said.";
        let at = edited.find("the source").unwrap();
        let p = plan_split(edited, at, article, 10).unwrap();
        assert_eq!(p.first_text, "The Israeli leader stressed his country's security concerns,");
        assert_eq!(&article[p.second_span.0 - 10..p.second_span.1 - 10], "the source said.");
        assert_eq!(
            &article[p.first_span.0 - 10..p.first_span.1 - 10],
            "The Israeli leader stressed his country s security concerns,"
        );
    }

    #[test]
    fn an_edited_claim_whose_parts_are_not_in_the_article_is_cut_in_proportion() {
        let p = plan_split("aaaa bbbb", 5, "cccc dddd", 0).unwrap();
        assert_eq!((p.first_span, p.second_span), ((0, 4), (5, 9)));
    }

    #[test]
    fn split_points_at_the_edges_inside_characters_or_in_white_space_are_refused() {
        let text = "Café prices rose 5%.";
        for at in [0, text.len(), text.len() + 3] {
            assert_eq!(plan_split(text, at, text, 0).unwrap_err().field.as_deref(), Some("at"));
        }
        let inside_e_acute = text.find('é').unwrap() + 1;
        assert!(plan_split(text, inside_e_acute, text, 0).unwrap_err().message.contains("inside a character"));
        assert!(plan_split("  One", 1, "  One", 0).unwrap_err().message.contains("both parts"));
    }

    #[test]
    fn selections_are_checked_against_the_text() {
        let body = "Ünïcode text.  Next one.";
        assert_eq!(check_range(body, 0, 5).unwrap(), (0, 5));
        for (s, e) in [(-1, 3), (3, 3), (5, 2), (0, 999)] {
            assert_eq!(check_range(body, s, e).unwrap_err().field.as_deref(), Some("range"), "{s}..{e}");
        }
        assert!(check_range(body, 1, 4).unwrap_err().message.contains("inside a character"));
        let gap = body.find("  ").unwrap() as i64;
        assert!(check_range(body, gap, gap + 2).unwrap_err().message.contains("only spaces"));
    }
}
