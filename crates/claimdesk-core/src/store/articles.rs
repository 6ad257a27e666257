//! Queries over `articles`.

use rusqlite::{params, Connection, OptionalExtension, Row, Statement, Transaction};

use crate::error::{Error, Result};
use crate::model::{Article, ArticlePage, ArticleSummary};

/// An article ready to be stored.
pub struct NewArticle<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub outlet: Option<&'a str>,
    pub url: Option<&'a str>,
    pub place: Option<&'a str>,
    pub published_at: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub body: &'a str,
    pub body_start: usize,
    pub content_hash: &'a str,
    pub origin: Option<&'a str>,
    pub imported_at: &'a str,
    pub imported_by: Option<&'a str>,
    /// Every sentence's analysis (`analysis::encode`).
    pub analysis: &'a str,
}

pub(crate) const INSERT: &str =
    "INSERT INTO articles (id, title, outlet, url, place, published_at, subject, body, body_start,
                           content_hash, origin, imported_at, imported_by, analysis)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
// The FTS row is added by the store, not by a trigger (see migration 0004).
pub(crate) const INSERT_FTS: &str =
    "INSERT INTO articles_fts (rowid, title, body) VALUES (last_insert_rowid(), ?1, ?2)";
pub(crate) const FIND_BY_HASH: &str = "SELECT id, title FROM articles WHERE content_hash = ?1";

pub fn insert(tx: &Transaction, a: &NewArticle) -> Result<()> {
    run_insert(&mut *tx.prepare_cached(INSERT)?, &mut *tx.prepare_cached(INSERT_FTS)?, a)
}

pub(crate) fn run_insert(article: &mut Statement, fts: &mut Statement, a: &NewArticle) -> Result<()> {
    article.execute(params![
        a.id,
        a.title,
        a.outlet,
        a.url,
        a.place,
        a.published_at,
        a.subject,
        a.body,
        a.body_start as i64,
        a.content_hash,
        a.origin,
        a.imported_at,
        a.imported_by,
        a.analysis
    ])?;
    fts.execute(params![a.title, a.body])?;
    Ok(())
}

/// The id and title of the article with this content hash, if already stored.
pub fn find_by_hash(conn: &Connection, hash: &str) -> Result<Option<(String, String)>> {
    run_find_by_hash(&mut *conn.prepare_cached(FIND_BY_HASH)?, hash)
}

pub(crate) fn run_find_by_hash(stmt: &mut Statement, hash: &str) -> Result<Option<(String, String)>> {
    Ok(stmt.query_row([hash], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
}

const SUMMARY_COLUMNS: &str = "a.id, a.title, a.outlet, a.place, a.published_at, a.imported_at,
    (SELECT count(*) FROM claims c WHERE c.article_id = a.id)";

fn summary(r: &Row) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: r.get(0)?,
        title: r.get(1)?,
        outlet: r.get(2)?,
        place: r.get(3)?,
        published_at: r.get(4)?,
        imported_at: r.get(5)?,
        claim_count: r.get(6)?,
    })
}

/// Newest first. `limit = None` lists every article.
pub fn list(conn: &Connection, limit: Option<u32>, offset: u32) -> Result<ArticlePage> {
    let sql =
        format!("SELECT {SUMMARY_COLUMNS} FROM articles a ORDER BY a.imported_at DESC, a.id DESC LIMIT ?1 OFFSET ?2");
    let mut stmt = conn.prepare_cached(&sql)?;
    let limit = limit.map_or(-1, i64::from);
    let items = stmt.query_map(params![limit, offset], summary)?.collect::<rusqlite::Result<Vec<_>>>()?;
    let total = count(conn)?;
    Ok(ArticlePage { items, total })
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?)
}

pub fn get(conn: &Connection, id: &str) -> Result<Article> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, outlet, url, place, published_at, subject, body, body_start, origin, imported_at
         FROM articles WHERE id = ?1",
    )?;
    stmt.query_row([id], |r| {
        Ok(Article {
            id: r.get(0)?,
            title: r.get(1)?,
            outlet: r.get(2)?,
            url: r.get(3)?,
            place: r.get(4)?,
            published_at: r.get(5)?,
            subject: r.get(6)?,
            body: r.get(7)?,
            body_start: r.get(8)?,
            origin: r.get(9)?,
            imported_at: r.get(10)?,
        })
    })
    .optional()?
    .ok_or_else(|| Error::not_found("article", id))
}
