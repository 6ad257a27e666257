//! Queries over `reviewers`.

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::model::{Reviewer, Role};

const COLUMNS: &str = "id, name, initials, email, role, active, created_at";

fn reviewer(r: &Row) -> rusqlite::Result<Reviewer> {
    let role: String = r.get(4)?;
    Ok(Reviewer {
        id: r.get(0)?,
        name: r.get(1)?,
        initials: r.get(2)?,
        email: r.get(3)?,
        role: Role::parse(&role).unwrap_or(Role::Reviewer),
        active: r.get(5)?,
        created_at: r.get(6)?,
    })
}

pub fn list(conn: &Connection) -> Result<Vec<Reviewer>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM reviewers ORDER BY active DESC, name"))?;
    let rows = stmt.query_map([], reviewer)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM reviewers", [], |r| r.get(0))?)
}

/// A reviewer by id, or by name (case-insensitive).
pub fn find(conn: &Connection, name_or_id: &str) -> Result<Option<Reviewer>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM reviewers WHERE id = ?1 OR name = ?1 COLLATE NOCASE ORDER BY id = ?1 DESC LIMIT 1"
    ))?;
    Ok(stmt.query_row([name_or_id.trim()], reviewer).optional()?)
}

pub fn get(conn: &Connection, name_or_id: &str) -> Result<Reviewer> {
    find(conn, name_or_id)?
        .ok_or_else(|| Error::new(crate::ErrorCode::NotFound, format!("no reviewer named {:?}", name_or_id.trim())))
}

pub fn insert(conn: &Connection, r: &Reviewer) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO reviewers (id, name, initials, email, role, active, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![r.id, r.name, r.initials, r.email, r.role.as_str(), r.active, r.created_at])?;
    Ok(())
}

pub fn update(conn: &Connection, r: &Reviewer) -> Result<()> {
    conn.prepare_cached(
        "UPDATE reviewers SET name = ?2, initials = ?3, email = ?4, role = ?5, active = ?6 WHERE id = ?1",
    )?
    .execute(params![r.id, r.name, r.initials, r.email, r.role.as_str(), r.active])?;
    Ok(())
}

pub fn active_admins(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM reviewers WHERE role = 'admin' AND active = 1", [], |r| r.get(0))?)
}
