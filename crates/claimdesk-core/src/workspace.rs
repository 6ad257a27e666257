//! [`Workspace`]: the one API every front end calls. Methods take the acting
//! reviewer where they change something; all writes go through one writer
//! connection, reads through a second connection so a long import never blocks
//! the article list.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, ErrorCode, Result};
use crate::import::{self, Draft, ImportControl};
use crate::model::*;
use crate::store::claims::ClaimFilter;
use crate::store::{articles, claims, Store};
use crate::Actor;

/// The bundled sample article (a real Reuters story, quote marks stripped by its archive).
pub const SAMPLE_ARTICLE: &str = include_str!("../../../assets/sample-article.txt");

pub struct Workspace {
    pub(crate) writer: Mutex<Store>,
    reader: Option<Mutex<Connection>>,
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock cannot leave SQLite half-written (the
    // transaction rolls back on drop), so the guard is safe to reuse.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Workspace {
    /// Open (or create) the workspace database at `path`.
    pub fn open(path: &Path) -> Result<Workspace> {
        let store = Store::open(path)?;
        let reader =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|e| Error::new(ErrorCode::DbIo, format!("cannot open {} for reading: {e}", path.display())))?;
        reader.busy_timeout(std::time::Duration::from_secs(10))?;
        Ok(Workspace { writer: Mutex::new(store), reader: Some(Mutex::new(reader)) })
    }

    /// A throwaway in-memory workspace (tests, dry runs).
    pub fn open_in_memory() -> Result<Workspace> {
        Ok(Workspace { writer: Mutex::new(Store::open_in_memory()?), reader: None })
    }

    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        match &self.reader {
            Some(r) => f(&lock(r)),
            None => f(lock(&self.writer).conn()),
        }
    }

    pub fn info(&self) -> Result<WorkspaceInfo> {
        let (path, schema_version) = {
            let w = lock(&self.writer);
            (w.path().display().to_string(), w.schema_version()?)
        };
        self.read(|c| {
            Ok(WorkspaceInfo {
                version: env!("CARGO_PKG_VERSION").to_string(),
                db_path: path,
                schema_version,
                articles: articles::count(c)?,
                claims: claims::count(c)?,
            })
        })
    }

    /// Articles, newest first. `limit = None` lists all of them.
    pub fn list_articles(&self, limit: Option<u32>, offset: u32) -> Result<ArticlePage> {
        self.read(|c| articles::list(c, limit, offset))
    }

    pub fn article(&self, id: &str) -> Result<ArticleDetail> {
        self.read(|c| {
            let article = articles::get(c, id)?;
            let claims = claims::list(c, &ClaimFilter { article_id: Some(id.to_string()), ..Default::default() })?;
            Ok(ArticleDetail { article, claims })
        })
    }

    pub fn list_claims(&self, filter: &ClaimFilter) -> Result<Vec<Claim>> {
        self.read(|c| claims::list(c, filter))
    }

    /// Import files, folders and archives. Per-input problems are reported in the
    /// result, not as an error; only a database failure is an `Err`.
    pub fn import_paths(&self, paths: &[PathBuf], actor: &Actor, ctl: ImportControl) -> Result<ImportReport> {
        import::import_paths(&mut lock(&self.writer), paths, actor, ctl)
    }

    /// Import pasted text.
    pub fn import_text(&self, input: TextInput, actor: &Actor) -> Result<ImportReport> {
        if input.body.trim().is_empty() {
            return Err(Error::invalid("body", "Paste the article text first: it is empty."));
        }
        if input.body.len() as u64 > import::MAX_ARTICLE_BYTES {
            return Err(Error::invalid("body", "The text is over the 5 MiB limit for one article."));
        }
        if let Some(url) = input.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(Error::invalid("url", "The address must start with http:// or https://"));
            }
        }
        let (split_title, body) = match input.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            Some(_) => (None, input.body),
            None => {
                let (title, at) = import::split_title(&input.body, false);
                (title, input.body[at..].to_string())
            }
        };
        let draft = Draft {
            title: input.title.filter(|t| !t.trim().is_empty()).or(split_title),
            body,
            url: input.url,
            origin: "pasted text".to_string(),
            ..Draft::default()
        };
        import::store_one(&mut lock(&self.writer), draft, actor)
    }

    /// Fetch an article from a web address and import it.
    pub fn import_url(&self, url: &str, actor: &Actor) -> Result<ImportReport> {
        let url = url.trim();
        let draft = match import::web::fetch(url) {
            Ok(d) => d,
            Err(e) if e.code == ErrorCode::InvalidInput => return Err(e),
            Err(e) => {
                let mut report = ImportReport::default();
                report.rejected.push(Rejection {
                    origin: url.to_string(),
                    row: None,
                    code: e.code,
                    message: e.message,
                });
                return Ok(report);
            }
        };
        import::store_one(&mut lock(&self.writer), draft, actor)
    }

    /// On first launch, import the bundled sample so a new user sees real content.
    /// Does nothing when the workspace already holds an article.
    pub fn import_sample_if_empty(&self) -> Result<Option<ImportReport>> {
        if self.read(articles::count)? > 0 {
            return Ok(None);
        }
        let draft = Draft {
            title: None,
            body: SAMPLE_ARTICLE.to_string(),
            origin: "bundled sample article".to_string(),
            ..Draft::default()
        };
        import::store_one(&mut lock(&self.writer), draft, &Actor::system()).map(Some)
    }
}
