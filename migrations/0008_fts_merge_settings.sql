-- Bulk import speed: every import transaction (500 articles) flushes each full-text
-- index's pending terms into a new segment, and by default FTS5 merges a level as
-- soon as it holds 4 segments and flushes mid-transaction past 1 MiB of pending
-- terms. Merging at 16 segments and holding up to 16 MiB cut a 5,000-article import's
-- instructions by 7.7% (callgrind: 15.52 G -> 14.33 G). A search reads at most 16
-- segments per level instead of 4 (measured in docs/PERFORMANCE.md: no visible
-- change for word and prefix queries). The settings live in each index's config table.
INSERT INTO claims_fts (claims_fts, rank) VALUES ('automerge', 16);
INSERT INTO claims_fts (claims_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
