-- Prior fact-checks: ClaimReview items published by other fact-checkers, imported
-- read-only and matched against claims by full-text search (bm25) over their
-- normalized claimReviewed text. Desk settings (organization, review_base_url,
-- verdict_label.<code>) live in the existing `settings` table.

CREATE TABLE priors (
    id              TEXT PRIMARY KEY,
    claim_reviewed  TEXT NOT NULL,
    -- claimReviewed folded to lower case without diacritics, punctuation or stop words:
    -- what the FTS index holds and what claims are compared with.
    normalized      TEXT NOT NULL,
    organization    TEXT NOT NULL,
    rating          TEXT NOT NULL,
    rating_value    REAL,
    best_rating     REAL,
    worst_rating    REAL,
    url             TEXT NOT NULL,
    date_published  TEXT,
    language        TEXT,
    claim_author    TEXT,
    appearance_url  TEXT,
    -- The file and item it came from ("feed.json item 3 (/dataFeedElement/2/item/0)").
    origin          TEXT NOT NULL,
    -- SHA-256 of url, claimReviewed, organization and rating: re-importing is a no-op.
    content_hash    TEXT NOT NULL UNIQUE,
    -- The item as published, kept verbatim.
    raw             TEXT NOT NULL,
    imported_at     TEXT NOT NULL,
    imported_by     TEXT
);
CREATE INDEX priors_imported ON priors (imported_at, id);

CREATE TRIGGER priors_read_only BEFORE UPDATE ON priors
BEGIN SELECT RAISE(ABORT, 'prior fact-checks are read-only'); END;

CREATE VIRTUAL TABLE priors_fts USING fts5 (normalized, content = 'priors', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER priors_fts_insert AFTER INSERT ON priors BEGIN
    INSERT INTO priors_fts (rowid, normalized) VALUES (new.rowid, new.normalized);
END;
CREATE TRIGGER priors_fts_delete AFTER DELETE ON priors BEGIN
    INSERT INTO priors_fts (priors_fts, rowid, normalized) VALUES ('delete', old.rowid, old.normalized);
END;
