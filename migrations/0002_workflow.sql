-- Review workflow: proposals, approvals, dismissals, evidence files, mentions, and
-- full-text search over evidence and comments.

ALTER TABLE claims ADD COLUMN rationale TEXT;
ALTER TABLE claims ADD COLUMN attribution_check TEXT CHECK (attribution_check IS NULL OR attribution_check IN ('confirmed', 'misattributed', 'unconfirmed'));
ALTER TABLE claims ADD COLUMN proposed_by TEXT REFERENCES reviewers (id);
ALTER TABLE claims ADD COLUMN proposed_at TEXT;
ALTER TABLE claims ADD COLUMN approved_by TEXT REFERENCES reviewers (id);
ALTER TABLE claims ADD COLUMN approved_at TEXT;
ALTER TABLE claims ADD COLUMN dismiss_reason TEXT;
ALTER TABLE claims ADD COLUMN duplicate_of TEXT REFERENCES claims (id);
-- Set when a reviewer corrected the extractor (attribution, text): re-extraction never overwrites it.
ALTER TABLE claims ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1));
CREATE INDEX claims_updated ON claims (updated_at);

-- Files attached to evidence, stored content-addressed by SHA-256.
CREATE TABLE attachments (
    id           TEXT PRIMARY KEY,
    evidence_id  TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    sha256       TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    size         INTEGER NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX attachments_evidence ON attachments (evidence_id);
CREATE TABLE blobs (
    sha256  TEXT PRIMARY KEY,
    data    BLOB NOT NULL
);

-- Reviewers mentioned in comments (@name); they see the claim in their queue.
CREATE TABLE mentions (
    comment_id   TEXT NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    reviewer_id  TEXT NOT NULL REFERENCES reviewers (id),
    claim_id     TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    PRIMARY KEY (comment_id, reviewer_id)
) WITHOUT ROWID;
CREATE INDEX mentions_reviewer ON mentions (reviewer_id);

CREATE VIRTUAL TABLE evidence_fts USING fts5 (title, excerpt, notes, publisher, content = 'evidence', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO evidence_fts (rowid, title, excerpt, notes, publisher) VALUES (new.rowid, new.title, new.excerpt, new.notes, new.publisher);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, title, excerpt, notes, publisher) VALUES ('delete', old.rowid, old.title, old.excerpt, old.notes, old.publisher);
END;
CREATE TRIGGER evidence_fts_update AFTER UPDATE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, title, excerpt, notes, publisher) VALUES ('delete', old.rowid, old.title, old.excerpt, old.notes, old.publisher);
    INSERT INTO evidence_fts (rowid, title, excerpt, notes, publisher) VALUES (new.rowid, new.title, new.excerpt, new.notes, new.publisher);
END;

CREATE VIRTUAL TABLE comments_fts USING fts5 (body, content = 'comments', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
    INSERT INTO comments_fts (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
    INSERT INTO comments_fts (comments_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
END;
