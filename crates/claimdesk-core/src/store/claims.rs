//! Queries over `claims`, `sentences` and `sources`.

use rusqlite::{params, Connection, OptionalExtension, Row, Statement, Transaction};

use crate::error::Result;
use crate::model::{AttributionKind, Claim, ClaimStatus, SourceRef};

/// Find or create the source `(name, kind)`; a new mention is added to its aliases.
pub fn upsert_source(tx: &Transaction, name: &str, kind: &str, role: Option<&str>, mention: &str) -> Result<String> {
    Ok(find_or_insert_source(tx, name, kind, role, mention)?.id)
}

/// Sources already written in one run of writes (an archive import), so a speaker who
/// recurs across thousands of articles costs no lookup and no JSON round trip of its
/// aliases per sentence. Only valid while this connection is the only writer, for the
/// transactions of that run.
#[derive(Default)]
pub struct SourceCache {
    known: std::collections::HashMap<(String, String), KnownSource>,
}

/// A source row as the writer knows it.
struct KnownSource {
    id: String,
    has_role: bool,
    aliases: Vec<String>,
}

/// As [`upsert_source`], remembering each source's state in `cache`.
pub fn upsert_source_cached(
    tx: &Transaction,
    cache: &mut SourceCache,
    name: &str,
    kind: &str,
    role: Option<&str>,
    mention: &str,
) -> Result<String> {
    let key = (name.to_string(), kind.to_string());
    if let Some(k) = cache.known.get_mut(&key) {
        note_mention(tx, k, name, role, mention)?;
        return Ok(k.id.clone());
    }
    let k = find_or_insert_source(tx, name, kind, role, mention)?;
    let id = k.id.clone();
    cache.known.insert(key, k);
    Ok(id)
}

/// The source `(name, kind)` with `mention` noted, created if it is new.
fn find_or_insert_source(
    tx: &Transaction,
    name: &str,
    kind: &str,
    role: Option<&str>,
    mention: &str,
) -> Result<KnownSource> {
    let mut find =
        tx.prepare_cached("SELECT id, role IS NOT NULL, aliases FROM sources WHERE name = ?1 AND kind = ?2")?;
    let existing: Option<(String, bool, String)> =
        find.query_row(params![name, kind], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).optional()?;
    match existing {
        Some((id, has_role, aliases)) => {
            let mut k = KnownSource { id, has_role, aliases: serde_json::from_str(&aliases).unwrap_or_default() };
            note_mention(tx, &mut k, name, role, mention)?;
            Ok(k)
        }
        None => {
            let id = crate::new_id();
            let aliases: Vec<String> = if mention != name { vec![mention.to_string()] } else { vec![] };
            let mut ins =
                tx.prepare_cached("INSERT INTO sources (id, name, kind, role, aliases) VALUES (?1, ?2, ?3, ?4, ?5)")?;
            ins.execute(params![id, name, kind, role, serde_json::to_string(&aliases)?])?;
            Ok(KnownSource { id, has_role: role.is_some(), aliases })
        }
    }
}

/// Add a new way of naming the source to its aliases, and its role if it had none.
fn note_mention(tx: &Transaction, k: &mut KnownSource, name: &str, role: Option<&str>, mention: &str) -> Result<()> {
    let new_alias = mention != name && !k.aliases.iter().any(|a| a == mention);
    if new_alias {
        k.aliases.push(mention.to_string());
    }
    let gains_role = !k.has_role && role.is_some();
    if new_alias || gains_role {
        let mut upd = tx.prepare_cached("UPDATE sources SET aliases = ?2, role = coalesce(role, ?3) WHERE id = ?1")?;
        upd.execute(params![k.id, serde_json::to_string(&k.aliases)?, role])?;
        k.has_role |= gains_role;
    }
    Ok(())
}

/// A sentence with its analysis, to be stored as a claim.
pub struct NewSentence<'a> {
    pub article_id: &'a str,
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub score: f64,
    pub source_id: Option<&'a str>,
    pub mention: Option<&'a str>,
    pub cue: Option<&'a str>,
    pub attribution: AttributionKind,
}

pub(crate) const INSERT_CLAIM: &str =
    "INSERT INTO claims (id, article_id, sentence_index, text, span_start, span_end, source_id, mention, cue,
                         attribution_type, score, reasons, status, version, created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'new', 1, ?13, ?13)";
// The FTS row is added by the store, not by a trigger (see migration 0004).
pub(crate) const INSERT_CLAIM_FTS: &str = "INSERT INTO claims_fts (rowid, text) VALUES (last_insert_rowid(), ?1)";

/// Create the claim for a check-worthy sentence; returns its id.
pub fn insert_claim(tx: &Transaction, s: &NewSentence, stored_reasons: &str, now: &str) -> Result<String> {
    run_insert_claim(
        &mut *tx.prepare_cached(INSERT_CLAIM)?,
        &mut *tx.prepare_cached(INSERT_CLAIM_FTS)?,
        s,
        stored_reasons,
        now,
    )
}

pub(crate) fn run_insert_claim(
    claim: &mut Statement,
    fts: &mut Statement,
    s: &NewSentence,
    stored_reasons: &str,
    now: &str,
) -> Result<String> {
    let id = crate::new_id();
    claim.execute(params![
        id,
        s.article_id,
        s.index as i64,
        s.text,
        s.start as i64,
        s.end as i64,
        s.source_id,
        s.mention,
        s.cue,
        s.attribution.as_str(),
        s.score,
        stored_reasons,
        now
    ])?;
    fts.execute([s.text])?;
    Ok(id)
}

/// Which claims to list. Every filter is optional; `limit = None` lists all matches.
#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(rename = "ClaimQuery")]
pub struct ClaimFilter {
    pub article_id: Option<String>,
    pub status: Option<ClaimStatus>,
    /// Reviewer name or id.
    pub assignee: Option<String>,
    /// Only claims assigned to nobody.
    pub unassigned: bool,
    pub source_id: Option<String>,
    pub verdict: Option<String>,
    pub queue: Option<Queue>,
    /// Last change on or after / on or before this day (YYYY-MM-DD).
    pub updated_from: Option<String>,
    pub updated_to: Option<String>,
    pub sort: ClaimSort,
    #[ts(type = "number | null")]
    pub limit: Option<u32>,
    #[ts(type = "number")]
    pub offset: u32,
}

/// Work queues.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(tag = "type", content = "reviewer", rename_all = "snake_case")]
pub enum Queue {
    /// Claims in review assigned to the reviewer, and claims whose comments mention them.
    Mine(String),
    /// Proposed verdicts the reviewer may approve (not their own).
    NeedsApproval(String),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ClaimSort {
    /// Newest article first, then position in the article.
    #[default]
    Article,
    /// Most recently changed first.
    Updated,
    /// Highest check-worthiness first.
    Score,
    Status,
}

const CLAIM_COLUMNS: &str = "c.id, c.article_id, c.text, c.span_start, c.span_end, c.sentence_index, c.status,
    c.verdict, s.id, s.name, s.kind, s.role, c.mention, c.cue, c.attribution_type, c.score, c.reasons,
    r.name, c.version, a.title, p.name, c.updated_at";

const CLAIM_FROM: &str = "FROM claims c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN sources s ON s.id = c.source_id
    LEFT JOIN reviewers r ON r.id = c.assignee_id
    LEFT JOIN reviewers p ON p.id = c.proposed_by";

fn claim(row: &Row) -> rusqlite::Result<Claim> {
    let status: String = row.get(6)?;
    let attribution: String = row.get(14)?;
    let reasons: String = row.get(16)?;
    let source = match row.get::<_, Option<String>>(8)? {
        Some(id) => Some(SourceRef { id, name: row.get(9)?, kind: row.get(10)?, role: row.get(11)? }),
        None => None,
    };
    Ok(Claim {
        id: row.get(0)?,
        article_id: row.get(1)?,
        text: row.get(2)?,
        start: row.get(3)?,
        end: row.get(4)?,
        sentence_index: row.get::<_, Option<i64>>(5)?.unwrap_or(-1),
        status: ClaimStatus::parse(&status).unwrap_or(ClaimStatus::New),
        verdict: row.get(7)?,
        source,
        mention: row.get(12)?,
        cue: row.get(13)?,
        attribution: AttributionKind::parse(&attribution).unwrap_or(AttributionKind::Unattributed),
        score: row.get(15)?,
        reasons: super::reasons::decode(&reasons),
        assignee: row.get(17)?,
        version: row.get(18)?,
        article_title: row.get(19)?,
        proposer: row.get(20)?,
        updated_at: row.get(21)?,
    })
}

/// WHERE clause and parameters for a filter. Only the filters given appear, so
/// SQLite can use the matching index.
fn filter_sql(f: &ClaimFilter) -> (String, Vec<Box<dyn rusqlite::ToSql>>) {
    let mut clauses: Vec<String> = Vec::new();
    let mut params: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
    // Adds a parameter and returns its placeholder ("?3").
    let mut param = |v: Box<dyn rusqlite::ToSql>| {
        params.push(v);
        format!("?{}", params.len())
    };
    if let Some(v) = &f.article_id {
        clauses.push(format!("c.article_id = {}", param(Box::new(v.clone()))));
    }
    if let Some(v) = f.status {
        clauses.push(format!("c.status = {}", param(Box::new(v.as_str()))));
    }
    if let Some(v) = &f.assignee {
        let p = param(Box::new(v.clone()));
        clauses.push(format!(
            "c.assignee_id = (SELECT id FROM reviewers WHERE id = {p} OR name = {p} COLLATE NOCASE LIMIT 1)"
        ));
    }
    if f.unassigned {
        clauses.push("c.assignee_id IS NULL".to_string());
    }
    if let Some(v) = &f.source_id {
        clauses.push(format!("c.source_id = {}", param(Box::new(v.clone()))));
    }
    if let Some(v) = &f.verdict {
        clauses.push(format!("c.verdict = {}", param(Box::new(v.clone()))));
    }
    match &f.queue {
        Some(Queue::Mine(id)) => {
            let p = param(Box::new(id.clone()));
            clauses.push(format!(
                "((c.assignee_id = {p} AND c.status = 'in_review') OR c.id IN (SELECT claim_id FROM mentions WHERE reviewer_id = {p}))"
            ));
        }
        Some(Queue::NeedsApproval(id)) => {
            let p = param(Box::new(id.clone()));
            clauses.push(format!(
                "(c.status = 'proposed' AND c.proposed_by IS NOT {p} AND (SELECT role FROM reviewers WHERE id = {p}) IN ('editor', 'admin'))"
            ));
        }
        None => {}
    }
    if let Some(v) = &f.updated_from {
        clauses.push(format!("c.updated_at >= {}", param(Box::new(v.clone()))));
    }
    if let Some(v) = &f.updated_to {
        clauses.push(format!("c.updated_at < date({}, '+1 day')", param(Box::new(v.clone()))));
    }
    let sql = if clauses.is_empty() { String::new() } else { format!("WHERE {}", clauses.join(" AND ")) };
    (sql, params)
}

/// Claims matching `filter`, in the filter's order.
pub fn list(conn: &Connection, filter: &ClaimFilter) -> Result<Vec<Claim>> {
    let (where_sql, mut params) = filter_sql(filter);
    let order = match filter.sort {
        ClaimSort::Article => "a.imported_at DESC, c.article_id, c.span_start",
        ClaimSort::Updated => "c.updated_at DESC, c.id",
        ClaimSort::Score => "c.score DESC, c.id",
        ClaimSort::Status => "c.status, c.updated_at DESC, c.id",
    };
    params.push(Box::new(filter.limit.map_or(-1, i64::from)));
    params.push(Box::new(filter.offset));
    let n = params.len();
    let sql =
        format!("SELECT {CLAIM_COLUMNS} {CLAIM_FROM} {where_sql} ORDER BY {order} LIMIT ?{} OFFSET ?{}", n - 1, n);
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter().map(|p| p.as_ref())), claim)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// How many claims match `filter` (ignoring limit and offset).
pub fn count_matching(conn: &Connection, filter: &ClaimFilter) -> Result<i64> {
    let (where_sql, params) = filter_sql(filter);
    let sql = format!("SELECT count(*) {CLAIM_FROM} {where_sql}");
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt.query_row(rusqlite::params_from_iter(params.iter().map(|p| p.as_ref())), |r| r.get(0))?)
}

pub fn get(conn: &Connection, id: &str) -> Result<Claim> {
    let sql = format!("SELECT {CLAIM_COLUMNS} {CLAIM_FROM} WHERE c.id = ?1");
    conn.prepare_cached(&sql)?.query_row([id], claim).optional()?.ok_or_else(|| crate::Error::not_found("claim", id))
}

/// A claim's id, text and article title, if it exists.
pub fn link(conn: &Connection, id: &str) -> Result<Option<crate::model::ClaimLink>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.text, a.title FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?1",
    )?;
    Ok(stmt
        .query_row([id], |r| Ok(crate::model::ClaimLink { id: r.get(0)?, text: r.get(1)?, article_title: r.get(2)? }))
        .optional()?)
}

/// The claims merged into `id` as duplicates, oldest change first.
pub fn duplicates_of(conn: &Connection, id: &str) -> Result<Vec<crate::model::ClaimLink>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.text, a.title FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE c.duplicate_of = ?1 ORDER BY c.updated_at, c.id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(crate::model::ClaimLink { id: r.get(0)?, text: r.get(1)?, article_title: r.get(2)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM claims", [], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The query plan of a filtered claim list, one line per step.
    fn plan(conn: &Connection, filter: &ClaimFilter) -> String {
        let (where_sql, params) = filter_sql(filter);
        let sql = format!("EXPLAIN QUERY PLAN SELECT {CLAIM_COLUMNS} {CLAIM_FROM} {where_sql} LIMIT 200");
        let mut stmt = conn.prepare(&sql).unwrap();
        let rows = stmt
            .query_map(rusqlite::params_from_iter(params.iter().map(|p| p.as_ref())), |r| r.get::<_, String>(3))
            .unwrap();
        rows.map(|r| r.unwrap()).collect::<Vec<_>>().join("\n")
    }

    /// Lists stay fast on 100,000 claims only if each filter is served by an index.
    #[test]
    fn claim_filters_use_indexes() {
        let store = crate::store::Store::open_in_memory().unwrap();
        let c = store.conn();
        let cases = [
            (ClaimFilter { article_id: Some("a".into()), ..Default::default() }, "claims_article"),
            (ClaimFilter { status: Some(ClaimStatus::Proposed), ..Default::default() }, "claims_status"),
            (ClaimFilter { assignee: Some("Ana".into()), ..Default::default() }, "claims_assignee"),
            (ClaimFilter { source_id: Some("s".into()), ..Default::default() }, "claims_source"),
            (ClaimFilter { unassigned: true, ..Default::default() }, "claims_unassigned"),
            (
                ClaimFilter { unassigned: true, status: Some(ClaimStatus::New), ..Default::default() },
                "claims_unassigned",
            ),
        ];
        for (filter, index) in cases {
            let p = plan(c, &filter);
            assert!(p.contains(&format!("USING INDEX {index}")), "{filter:?} does not use {index}:\n{p}");
            assert!(!p.contains("SCAN c"), "{filter:?} scans the claims table:\n{p}");
        }
    }
}
