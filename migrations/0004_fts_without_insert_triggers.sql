-- Bulk import speed: an INSERT that fires a trigger runs inside a statement
-- savepoint, and FTS5 flushes its pending index data at every savepoint, so one
-- trigger per claim wrote thousands of tiny index segments per batch. The store
-- now adds FTS rows itself in the same transaction as the row (store/claims.rs,
-- store/articles.rs); the UPDATE and DELETE triggers stay.
DROP TRIGGER claims_fts_insert;
DROP TRIGGER articles_fts_insert;
