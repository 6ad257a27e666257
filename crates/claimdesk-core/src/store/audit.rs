//! Appending to the audit history. Rows are never updated or deleted (triggers refuse it).

use rusqlite::{params, Statement, Transaction};
use serde_json::Value;

use crate::error::Result;
use crate::Actor;

/// One change to record: what changed, and its state before and after.
pub struct Change<'a> {
    pub entity: &'a str,
    pub entity_id: &'a str,
    pub action: &'a str,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

pub(crate) const INSERT: &str = "INSERT INTO audit (id, at, actor, actor_id, entity, entity_id, action, before, after)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

pub fn record(tx: &Transaction, actor: &Actor, at: &str, change: Change) -> Result<()> {
    run_record(&mut *tx.prepare_cached(INSERT)?, actor, at, change)
}

pub(crate) fn run_record(stmt: &mut Statement, actor: &Actor, at: &str, change: Change) -> Result<()> {
    stmt.execute(params![
        crate::new_id(),
        at,
        actor.name,
        actor.id,
        change.entity,
        change.entity_id,
        change.action,
        change.before.map(|v| v.to_string()),
        change.after.map(|v| v.to_string()),
    ])?;
    Ok(())
}

/// A claim's history: every audit row about it, oldest first.
pub fn history(conn: &rusqlite::Connection, entity: &str, entity_id: &str) -> Result<Vec<crate::model::HistoryEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT at, actor, action, before, after FROM audit WHERE entity = ?1 AND entity_id = ?2 ORDER BY at, id",
    )?;
    let rows = stmt.query_map(params![entity, entity_id], |r| {
        let before: Option<String> = r.get(3)?;
        let after: Option<String> = r.get(4)?;
        Ok(crate::model::HistoryEntry {
            at: r.get(0)?,
            actor: r.get(1)?,
            action: r.get(2)?,
            before: before.and_then(|s| serde_json::from_str(&s).ok()),
            after: after.and_then(|s| serde_json::from_str(&s).ok()),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
