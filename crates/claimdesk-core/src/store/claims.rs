//! Queries over `claims`, `sentences` and `sources`.

use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::error::Result;
use crate::model::{AttributionKind, Claim, ClaimStatus, SourceRef};

/// Find or create the source `(name, kind)`; a new mention is added to its aliases.
pub fn upsert_source(tx: &Transaction, name: &str, kind: &str, role: Option<&str>, mention: &str) -> Result<String> {
    let mut find = tx.prepare_cached("SELECT id, role, aliases FROM sources WHERE name = ?1 AND kind = ?2")?;
    let existing: Option<(String, Option<String>, String)> = find
        .query_row(params![name, kind], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    match existing {
        Some((id, old_role, aliases)) => {
            let mut list: Vec<String> = serde_json::from_str(&aliases).unwrap_or_default();
            let new_alias = mention != name && !list.iter().any(|a| a == mention);
            if new_alias {
                list.push(mention.to_string());
            }
            if new_alias || (old_role.is_none() && role.is_some()) {
                let mut upd = tx.prepare_cached("UPDATE sources SET aliases = ?2, role = coalesce(role, ?3) WHERE id = ?1")?;
                upd.execute(params![id, serde_json::to_string(&list)?, role])?;
            }
            Ok(id)
        }
        None => {
            let id = crate::new_id();
            let aliases: Vec<&str> = if mention != name { vec![mention] } else { vec![] };
            let mut ins = tx.prepare_cached("INSERT INTO sources (id, name, kind, role, aliases) VALUES (?1, ?2, ?3, ?4, ?5)")?;
            ins.execute(params![id, name, kind, role, serde_json::to_string(&aliases)?])?;
            Ok(id)
        }
    }
}

/// The analysis of one sentence as stored.
pub struct NewSentence<'a> {
    pub article_id: &'a str,
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub score: f64,
    pub checkworthy: bool,
    pub reasons: &'a [String],
    pub source_id: Option<&'a str>,
    pub mention: Option<&'a str>,
    pub cue: Option<&'a str>,
    pub attribution: AttributionKind,
    pub reported_by: Option<&'a str>,
}

pub fn insert_sentence(tx: &Transaction, s: &NewSentence, reasons_json: &str) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO sentences (article_id, idx, span_start, span_end, score, checkworthy, reasons, source_id,
                                mention, cue, attribution_type, reported_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    stmt.execute(params![
        s.article_id,
        s.index as i64,
        s.start as i64,
        s.end as i64,
        s.score,
        s.checkworthy,
        reasons_json,
        s.source_id,
        s.mention,
        s.cue,
        s.attribution.as_str(),
        s.reported_by
    ])?;
    Ok(())
}

/// Create the claim for a check-worthy sentence; returns its id.
pub fn insert_claim(tx: &Transaction, s: &NewSentence, reasons_json: &str, now: &str) -> Result<String> {
    let id = crate::new_id();
    let mut stmt = tx.prepare_cached(
        "INSERT INTO claims (id, article_id, sentence_index, text, span_start, span_end, source_id, mention, cue,
                             attribution_type, score, reasons, status, version, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'new', 1, ?13, ?13)",
    )?;
    stmt.execute(params![
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
        reasons_json,
        now
    ])?;
    Ok(id)
}

/// Which claims to list.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub article_id: Option<String>,
    pub status: Option<ClaimStatus>,
    pub assignee: Option<String>,
    pub limit: Option<u32>,
    pub offset: u32,
}

const CLAIM_COLUMNS: &str = "c.id, c.article_id, c.text, c.span_start, c.span_end, c.sentence_index, c.status,
    c.verdict, s.id, s.name, s.kind, s.role, c.mention, c.cue, c.attribution_type, c.score, c.reasons,
    r.name, c.version";

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
        reasons: serde_json::from_str(&reasons).unwrap_or_default(),
        assignee: row.get(17)?,
        version: row.get(18)?,
    })
}

/// Claims matching `filter`, in article order (then by article import time).
pub fn list(conn: &Connection, filter: &ClaimFilter) -> Result<Vec<Claim>> {
    let sql = format!(
        "SELECT {CLAIM_COLUMNS}
         FROM claims c
         LEFT JOIN sources s ON s.id = c.source_id
         LEFT JOIN reviewers r ON r.id = c.assignee_id
         WHERE (?1 IS NULL OR c.article_id = ?1)
           AND (?2 IS NULL OR c.status = ?2)
           AND (?3 IS NULL OR r.name = ?3 COLLATE NOCASE OR r.id = ?3)
         ORDER BY c.article_id, c.span_start
         LIMIT ?4 OFFSET ?5"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![
            filter.article_id,
            filter.status.map(|s| s.as_str()),
            filter.assignee,
            filter.limit.map_or(-1, i64::from),
            filter.offset
        ],
        claim,
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM claims", [], |r| r.get(0))?)
}
