//! Queries over `evidence`, `attachments` and `blobs`.

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::model::{Attachment, Evidence, EvidenceInput};

const COLUMNS: &str = "e.id, e.claim_id, e.kind, e.url, e.title, e.publisher, e.published_at, e.accessed_at, e.excerpt,
    e.stance, e.reliability, e.notes, r.name, e.created_at, e.updated_at, e.version";

fn evidence(r: &Row) -> rusqlite::Result<Evidence> {
    Ok(Evidence {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        kind: r.get(2)?,
        url: r.get(3)?,
        title: r.get(4)?,
        publisher: r.get(5)?,
        published_at: r.get(6)?,
        accessed_at: r.get(7)?,
        excerpt: r.get(8)?,
        stance: r.get(9)?,
        reliability: r.get(10)?,
        notes: r.get(11)?,
        created_by: r.get(12)?,
        created_at: r.get(13)?,
        updated_at: r.get(14)?,
        version: r.get(15)?,
        attachments: Vec::new(),
    })
}

fn attachments(conn: &Connection, evidence_id: &str) -> Result<Vec<Attachment>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, file_name, size, sha256 FROM attachments WHERE evidence_id = ?1 ORDER BY created_at, file_name",
    )?;
    let rows = stmt.query_map([evidence_id], |r| {
        Ok(Attachment { id: r.get(0)?, file_name: r.get(1)?, size: r.get(2)?, sha256: r.get(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn list(conn: &Connection, claim_id: &str) -> Result<Vec<Evidence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM evidence e LEFT JOIN reviewers r ON r.id = e.created_by
         WHERE e.claim_id = ?1 ORDER BY e.created_at, e.id"
    ))?;
    let mut out = stmt.query_map([claim_id], evidence)?.collect::<rusqlite::Result<Vec<_>>>()?;
    for e in &mut out {
        e.attachments = attachments(conn, &e.id)?;
    }
    Ok(out)
}

pub fn get(conn: &Connection, id: &str) -> Result<Evidence> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM evidence e LEFT JOIN reviewers r ON r.id = e.created_by WHERE e.id = ?1"
    ))?;
    let mut e = stmt.query_row([id], evidence).optional()?.ok_or_else(|| Error::not_found("evidence", id))?;
    e.attachments = attachments(conn, id)?;
    Ok(e)
}

pub fn count_for_claim(conn: &Connection, claim_id: &str) -> Result<usize> {
    let n: i64 = conn.query_row("SELECT count(*) FROM evidence WHERE claim_id = ?1", [claim_id], |r| r.get(0))?;
    Ok(n as usize)
}

fn opt(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

pub fn insert(conn: &Connection, id: &str, claim_id: &str, input: &EvidenceInput, by: &str, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO evidence (id, claim_id, kind, url, title, publisher, published_at, accessed_at, excerpt, stance,
                               reliability, notes, created_by, created_at, updated_at, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, 1)",
    )?
    .execute(params![
        id,
        claim_id,
        input.kind,
        Some(input.url.trim()).filter(|u| !u.is_empty()),
        input.title.trim(),
        opt(&input.publisher),
        opt(&input.published_at),
        opt(&input.accessed_at).unwrap_or(&now[..10]),
        opt(&input.excerpt),
        input.stance,
        input.reliability,
        opt(&input.notes),
        by,
        now
    ])?;
    Ok(())
}

/// Update if the stored version is `version`; returns false when it moved on.
pub fn update(conn: &Connection, id: &str, version: i64, input: &EvidenceInput, now: &str) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "UPDATE evidence SET kind = ?3, url = ?4, title = ?5, publisher = ?6, published_at = ?7, accessed_at = ?8,
                 excerpt = ?9, stance = ?10, reliability = ?11, notes = ?12, updated_at = ?13, version = version + 1
             WHERE id = ?1 AND version = ?2",
        )?
        .execute(params![
            id,
            version,
            input.kind,
            Some(input.url.trim()).filter(|u| !u.is_empty()),
            input.title.trim(),
            opt(&input.publisher),
            opt(&input.published_at),
            opt(&input.accessed_at),
            opt(&input.excerpt),
            input.stance,
            input.reliability,
            opt(&input.notes),
            now
        ])?;
    Ok(n == 1)
}

pub fn delete(conn: &Connection, id: &str, version: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM evidence WHERE id = ?1 AND version = ?2", params![id, version])? == 1)
}

/// Store a file's bytes once per content hash and link it to the evidence.
pub fn attach(conn: &Connection, evidence_id: &str, file_name: &str, bytes: &[u8], now: &str) -> Result<Attachment> {
    use sha2::{Digest, Sha256};
    let sha256 = hex::encode(Sha256::digest(bytes));
    conn.prepare_cached("INSERT OR IGNORE INTO blobs (sha256, data) VALUES (?1, ?2)")?
        .execute(params![sha256, bytes])?;
    let id = crate::new_id();
    conn.prepare_cached("INSERT INTO attachments (id, evidence_id, sha256, file_name, size, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?
        .execute(params![id, evidence_id, sha256, file_name, bytes.len() as i64, now])?;
    Ok(Attachment { id, file_name: file_name.to_string(), size: bytes.len() as i64, sha256 })
}

/// The bytes of an attachment, by its content hash.
pub fn blob(conn: &Connection, sha256: &str) -> Result<Vec<u8>> {
    conn.query_row("SELECT data FROM blobs WHERE sha256 = ?1", [sha256], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("attachment", sha256))
}

/// An attachment's record, by its id.
pub fn attachment(conn: &Connection, id: &str) -> Result<Attachment> {
    conn.prepare_cached("SELECT id, file_name, size, sha256 FROM attachments WHERE id = ?1")?
        .query_row([id], |r| Ok(Attachment { id: r.get(0)?, file_name: r.get(1)?, size: r.get(2)?, sha256: r.get(3)? }))
        .optional()?
        .ok_or_else(|| Error::not_found("attachment", id))
}
