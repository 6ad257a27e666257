-- Claimdesk schema, version 1. Migrations are append-only: never edit a shipped file;
-- add 0002_*.sql instead. The runner records each file's SHA-256 and refuses a
-- database whose applied migrations differ from the shipped ones.
-- All ids are UUIDv7 text; all times are UTC RFC 3339 text.

CREATE TABLE reviewers (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    initials    TEXT NOT NULL,
    email       TEXT,
    role        TEXT NOT NULL CHECK (role IN ('reviewer', 'editor', 'admin')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    outlet        TEXT,
    url           TEXT,
    place         TEXT,
    published_at  TEXT,
    subject       TEXT,
    body          TEXT NOT NULL,
    body_start    INTEGER NOT NULL DEFAULT 0,
    content_hash  TEXT NOT NULL UNIQUE,
    origin        TEXT,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT
);
CREATE INDEX articles_imported ON articles (imported_at DESC, id DESC);

-- One row per entity; claims link to it. (name, kind) identifies a source across articles.
CREATE TABLE sources (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'government', 'anonymous', 'document', 'media')),
    role     TEXT,
    aliases  TEXT NOT NULL DEFAULT '[]',
    UNIQUE (name, kind)
);

-- The extractor's analysis of every sentence, kept so a reviewer can promote one it skipped.
CREATE TABLE sentences (
    article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx               INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    score             REAL NOT NULL,
    checkworthy       INTEGER NOT NULL CHECK (checkworthy IN (0, 1)),
    reasons           TEXT NOT NULL DEFAULT '[]',
    source_id         TEXT REFERENCES sources (id),
    mention           TEXT,
    cue               TEXT,
    attribution_type  TEXT NOT NULL CHECK (attribution_type IN ('direct', 'indirect', 'continuation', 'unattributed')),
    reported_by       TEXT,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE claims (
    id                TEXT PRIMARY KEY,
    article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_index    INTEGER,
    text              TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    source_id         TEXT REFERENCES sources (id),
    mention           TEXT,
    cue               TEXT,
    attribution_type  TEXT NOT NULL CHECK (attribution_type IN ('direct', 'indirect', 'continuation', 'unattributed')),
    score             REAL NOT NULL DEFAULT 0,
    reasons           TEXT NOT NULL DEFAULT '[]',
    status            TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_review', 'proposed', 'verified', 'dismissed')),
    verdict           TEXT CHECK (verdict IS NULL OR verdict IN ('true', 'mostly_true', 'mixed', 'mostly_false', 'false', 'misleading', 'unverifiable')),
    assignee_id       TEXT REFERENCES reviewers (id),
    version           INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX claims_article ON claims (article_id, span_start);
CREATE INDEX claims_status ON claims (status);
CREATE INDEX claims_assignee ON claims (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX claims_source ON claims (source_id) WHERE source_id IS NOT NULL;

CREATE TABLE evidence (
    id            TEXT PRIMARY KEY,
    claim_id      TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    url           TEXT,
    title         TEXT NOT NULL,
    publisher     TEXT,
    published_at  TEXT,
    accessed_at   TEXT,
    excerpt       TEXT,
    stance        TEXT NOT NULL,
    reliability   TEXT NOT NULL,
    notes         TEXT,
    created_by    TEXT REFERENCES reviewers (id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX evidence_claim ON evidence (claim_id);

CREATE TABLE comments (
    id          TEXT PRIMARY KEY,
    claim_id    TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    author_id   TEXT REFERENCES reviewers (id),
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX comments_claim ON comments (claim_id, created_at);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Append-only history of every change.
CREATE TABLE audit (
    id         TEXT PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    actor_id   TEXT,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    action     TEXT NOT NULL,
    before     TEXT,
    after      TEXT
);
CREATE INDEX audit_entity ON audit (entity, entity_id, at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit history is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit history is append-only'); END;

-- Full-text search over claims and articles, kept in step by triggers in the same transaction.
CREATE VIRTUAL TABLE claims_fts USING fts5 (text, content = 'claims', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO claims_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
