-- Bulk import speed: the claim and article indexes keep which column a word is in
-- but not its position in it (detail=none for the one-column claim index,
-- detail=column for articles, whose title weighs more than the body in ranking).
-- Searches only ever ask for words and word prefixes, never phrases, so nothing they
-- use is lost; snippets and bm25 work as before. Writing the index is about half the
-- work. Both indexes are rebuilt from their content tables.
DROP TABLE claims_fts;
CREATE VIRTUAL TABLE claims_fts USING fts5 (text, content = 'claims', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2', detail = none);
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');

DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2', detail = column);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
