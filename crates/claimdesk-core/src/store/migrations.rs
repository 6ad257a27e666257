//! The embedded, append-only migration list and its runner.

use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::error::{Error, ErrorCode, Result};

/// One numbered SQL file from `migrations/`.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// One entry of [`MIGRATIONS`]: the file's name is written once, its SQL embedded from it.
macro_rules! migration {
    ($version:literal, $name:literal) => {
        Migration { version: $version, name: $name, sql: include_str!(concat!("../../../../migrations/", $name)) }
    };
}

/// Every shipped migration, in order. Append only: a test fails if a file in
/// `migrations/` is missing here, and opening fails if an applied one was edited.
pub static MIGRATIONS: &[Migration] = &[
    migration!(1, "0001_init.sql"),
    migration!(2, "0002_workflow.sql"),
    migration!(3, "0003_priors.sql"),
    migration!(4, "0004_fts_without_insert_triggers.sql"),
    migration!(5, "0005_review_tools.sql"),
    migration!(6, "0006_fts_detail.sql"),
    migration!(7, "0007_checks_without_in_lists.sql"),
    migration!(8, "0008_fts_merge_settings.sql"),
    migration!(9, "0009_sentence_analyses_per_article.sql"),
];

pub const LATEST_VERSION: i64 = 9;

fn sha256(sql: &str) -> String {
    hex::encode(Sha256::digest(sql.as_bytes()))
}

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Refuse a database written by a newer Claimdesk, before writing anything to it.
pub fn check_not_newer(conn: &Connection, migrations: &[Migration]) -> Result<()> {
    let current = user_version(conn)?;
    let latest = migrations.last().map_or(0, |m| m.version);
    if current > latest {
        return Err(Error::new(
            ErrorCode::DbTooNew,
            format!(
                "this database was written by a newer Claimdesk (schema {current}; this version knows up to {latest}); update Claimdesk to open it"
            ),
        ));
    }
    Ok(())
}

/// Apply all pending migrations in one transaction, or none of them.
///
/// Foreign keys are off while they run (SQLite ignores the pragma inside a
/// transaction, so it is set around it): a migration that rebuilds a table drops the
/// old one, which with foreign keys on would cascade into its children. Before
/// committing, `PRAGMA foreign_key_check` must find no dangling reference.
pub fn migrate(conn: &mut Connection, migrations: &[Migration]) -> Result<()> {
    check_not_newer(conn, migrations)?;
    let current = user_version(conn)?;
    let latest = migrations.last().map_or(0, |m| m.version);
    if current > 0 {
        verify_applied(conn, migrations, current)?;
    }
    if current == latest {
        return Ok(());
    }
    let foreign_keys: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    let applied = apply(conn, migrations, current, latest);
    if foreign_keys {
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
    }
    applied
}

fn apply(conn: &mut Connection, migrations: &[Migration], current: i64, latest: i64) -> Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)",
    )?;
    let now = crate::time::now();
    for m in migrations.iter().filter(|m| m.version > current) {
        tx.execute_batch(m.sql).map_err(|e| {
            Error::new(
                ErrorCode::DbIo,
                format!("migration {} ({}) failed: {e}; the database was left as it was", m.version, m.name),
            )
        })?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![m.version, m.name, sha256(m.sql), now],
        )?;
    }
    let dangling: Option<String> = tx.query_row("PRAGMA foreign_key_check", [], |r| r.get(0)).optional()?;
    if let Some(table) = dangling {
        return Err(Error::new(
            ErrorCode::DbCorrupt,
            format!("upgrading the database would leave a row of {table} pointing at nothing; the database was left as it was"),
        ));
    }
    tx.pragma_update(None, "user_version", latest)?;
    tx.commit()?;
    Ok(())
}

fn verify_applied(conn: &Connection, migrations: &[Migration], current: i64) -> Result<()> {
    let mut stmt = match conn.prepare("SELECT version, sha256 FROM schema_migrations ORDER BY version") {
        Ok(s) => s,
        Err(_) => {
            return Err(Error::new(
                ErrorCode::DbCorrupt,
                format!(
                    "the database has schema version {current} but no migration record; it is not a Claimdesk database"
                ),
            ))
        }
    };
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (version, hash) = row?;
        if let Some(m) = migrations.iter().find(|m| m.version == version) {
            if sha256(m.sql) != hash {
                return Err(Error::new(
                    ErrorCode::DbMigrationEdited,
                    format!("migration {} ({}) was changed after this database applied it; shipped migrations must never be edited", m.version, m.name),
                ));
            }
        }
    }
    Ok(())
}
