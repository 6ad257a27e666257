//! The SQLite store: opening a database file safely and migrating it.
//!
//! Opening follows one fixed order: refuse anything that is not an SQLite file
//! without touching it; set connection pragmas (outside any transaction, since
//! WAL cannot be switched inside one); then apply every pending migration in ONE
//! transaction, recording each file's SHA-256, and set `user_version`.

pub mod analysis;
pub mod articles;
pub mod audit;
pub mod bulk;
pub mod claims;
pub mod comments;
pub mod evidence;
mod migrations;
pub mod reasons;
pub mod reviewers;
pub mod search;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, ErrorCode, Result};
pub use migrations::{Migration, LATEST_VERSION, MIGRATIONS};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
/// The page size of databases this version creates.
pub const PAGE_SIZE: u32 = 16384;

/// SQLite's default checkpoint interval (1,000 pages of 4 KiB), kept whatever the page size.
pub const DEFAULT_CHECKPOINT_BYTES: u32 = 4 << 20;

/// An open, migrated database connection.
pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Open (creating if missing) the database at `path` and bring it to the latest schema.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, MIGRATIONS)
    }

    /// As [`Store::open`], with an explicit migration list (tests use it to simulate
    /// old versions and failing upgrades).
    pub fn open_with(path: &Path, migrations: &[Migration]) -> Result<Store> {
        check_header(path)?;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| {
                Error::new(ErrorCode::DbIo, format!("cannot create the folder {}: {e}", parent.display()))
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| Error::new(ErrorCode::DbIo, format!("cannot open {}: {e}", path.display())))?;
        // Refuse a newer schema before anything (even the journal mode) is written.
        migrations::check_not_newer(&conn, migrations)?;
        let mut store = Store { conn, path: path.to_path_buf() };
        store.configure()?;
        migrations::migrate(&mut store.conn, migrations)?;
        Ok(store)
    }

    /// A private in-memory database, for tests and `extract` dry runs.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store { conn, path: PathBuf::from(":memory:") };
        store.configure()?;
        migrations::migrate(&mut store.conn, MIGRATIONS)?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn.busy_timeout(Duration::from_secs(10))?;
        // A new database gets 16 KiB pages (SQLite's default is 4 KiB): an article's
        // body and analysis fill several small pages each, and a 20,000-article import
        // spent a tenth of its writer's time in b-tree splits, overflow chains and one
        // log frame per page. Three paired runs took 12% less time (docs/PERFORMANCE.md).
        // It only applies before the first page is written: an existing file keeps its size.
        self.conn.execute_batch(&format!("PRAGMA page_size = {PAGE_SIZE};"))?;
        // The first real read of the file: a damaged header surfaces here.
        let mode: String = self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(Error::from)?;
        if mode != "wal" && mode != "memory" {
            return Err(Error::new(
                ErrorCode::DbIo,
                format!("cannot enable write-ahead logging (journal mode is {mode})"),
            ));
        }
        // A 16 MiB page cache (the default is 2 MiB) keeps a bulk import's index pages in
        // memory instead of spilling them to the log mid-transaction.
        self.conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             PRAGMA synchronous = NORMAL;
             PRAGMA temp_store = MEMORY;
             PRAGMA cache_size = -16384;",
        )?;
        self.conn.set_prepared_statement_cache_capacity(64);
        self.set_wal_autocheckpoint_bytes(DEFAULT_CHECKPOINT_BYTES)?;
        Ok(())
    }

    /// How much write-ahead log a commit lets grow before copying it back into the
    /// database, in bytes (SQLite counts pages, and pages differ between files).
    pub fn set_wal_autocheckpoint_bytes(&mut self, bytes: u32) -> Result<()> {
        let pages = (bytes / self.page_size()?.max(512)).max(1);
        self.conn.query_row(&format!("PRAGMA wal_autocheckpoint = {pages}"), [], |_| Ok(()))?;
        Ok(())
    }

    /// The database's page size in bytes.
    pub fn page_size(&self) -> Result<u32> {
        Ok(self.conn.query_row("PRAGMA page_size", [], |r| r.get(0))?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Run `f` inside one IMMEDIATE transaction: all of it commits or none of it does.
    pub fn write<T>(&mut self, f: impl FnOnce(&rusqlite::Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// Refuse, without writing anything, a non-empty file that is not SQLite.
fn check_header(path: &Path) -> Result<()> {
    use std::io::Read;
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::new(ErrorCode::DbIo, format!("cannot read {}: {e}", path.display()))),
    };
    if !meta.is_file() {
        return Err(Error::new(
            ErrorCode::DbCorrupt,
            format!("{} is not a regular file, so it cannot be a Claimdesk database", path.display()),
        ));
    }
    if meta.len() == 0 {
        return Ok(());
    }
    let mut header = [0u8; 16];
    let mut f = std::fs::File::open(path)
        .map_err(|e| Error::new(ErrorCode::DbIo, format!("cannot open {}: {e}", path.display())))?;
    let n = f.read(&mut header).unwrap_or(0);
    if n < 16 || &header != SQLITE_HEADER {
        return Err(Error::new(
            ErrorCode::DbCorrupt,
            format!("{} is not an SQLite database (or is damaged); it was left untouched", path.display()),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
