-- Bulk import speed: the extractor's analysis of an article's sentences moves from
-- one `sentences` row per sentence (a b-tree insert each, about 15 per article,
-- keyed by the article's 36-byte id repeated in every row) into one JSON array in the
-- article's own row. Nothing queries single sentences across articles: every reader
-- takes one article's sentences at a time (the promote list, a claim's context, a
-- selection, re-extraction), so they now read that one value.
--
-- Each element is one sentence, in index order (store/analysis.rs reads and writes it):
--   {"i": index, "s": span start, "e": span end (UTF-8 byte offsets into body),
--    "score": 0..1, "cw": check-worthy, "r": reasons (store/reasons.rs),
--    "src": sources.id, "m": mention, "cue": cue, "t": attribution type, "by": reported by}
-- with "src", "m", "cue" and "by" left out (or null) when empty.
ALTER TABLE articles ADD COLUMN analysis TEXT NOT NULL DEFAULT '[]';
UPDATE articles SET analysis = (
    SELECT json_group_array(json(
               json_object('i', idx, 's', span_start, 'e', span_end, 'score', score,
                           'cw', json(iif(checkworthy, 'true', 'false')), 'r', reasons, 'src', source_id,
                           'm', mention, 'cue', cue, 't', attribution_type, 'by', reported_by)) ORDER BY idx)
    FROM sentences WHERE sentences.article_id = articles.id)
WHERE EXISTS (SELECT 1 FROM sentences WHERE sentences.article_id = articles.id);
DROP TABLE sentences;
