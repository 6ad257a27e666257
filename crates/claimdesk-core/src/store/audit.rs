//! Appending to the audit history. Rows are never updated or deleted (triggers refuse it).

use rusqlite::{params, Transaction};
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

pub fn record(tx: &Transaction, actor: &Actor, at: &str, change: Change) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO audit (id, at, actor, actor_id, entity, entity_id, action, before, after)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
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
