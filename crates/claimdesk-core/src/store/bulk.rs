//! The statements an import runs for every article, prepared once per transaction.
//!
//! `prepare_cached` looks each statement up by its SQL text on every call; for the
//! six statements an imported article runs per sentence and claim that lookup was 8%
//! of the writer's instructions. These are the same statements and the same binding
//! code as the one-off functions in `articles`, `claims` and `audit`.

use rusqlite::{CachedStatement, Transaction};

use super::{articles, audit, claims};
use crate::error::Result;
use crate::Actor;

pub struct ImportStatements<'t> {
    find_by_hash: CachedStatement<'t>,
    article: CachedStatement<'t>,
    article_fts: CachedStatement<'t>,
    claim: CachedStatement<'t>,
    claim_fts: CachedStatement<'t>,
    audit: CachedStatement<'t>,
}

impl<'t> ImportStatements<'t> {
    pub fn new(tx: &'t Transaction) -> Result<Self> {
        Ok(ImportStatements {
            find_by_hash: tx.prepare_cached(articles::FIND_BY_HASH)?,
            article: tx.prepare_cached(articles::INSERT)?,
            article_fts: tx.prepare_cached(articles::INSERT_FTS)?,
            claim: tx.prepare_cached(claims::INSERT_CLAIM)?,
            claim_fts: tx.prepare_cached(claims::INSERT_CLAIM_FTS)?,
            audit: tx.prepare_cached(audit::INSERT)?,
        })
    }

    pub fn find_by_hash(&mut self, hash: &str) -> Result<Option<(String, String)>> {
        articles::run_find_by_hash(&mut self.find_by_hash, hash)
    }

    pub fn insert_article(&mut self, a: &articles::NewArticle) -> Result<()> {
        articles::run_insert(&mut self.article, &mut self.article_fts, a)
    }

    pub fn insert_claim(&mut self, s: &claims::NewSentence, stored_reasons: &str, now: &str) -> Result<String> {
        claims::run_insert_claim(&mut self.claim, &mut self.claim_fts, s, stored_reasons, now)
    }

    pub fn record(&mut self, actor: &Actor, at: &str, change: audit::Change) -> Result<()> {
        audit::run_record(&mut self.audit, actor, at, change)
    }
}
