//! Full-text search (FTS5) over claims, articles, evidence and comments, ranked by
//! bm25, with snippets whose matches come back as byte ranges (never as markup).

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::model::SearchHit;

const OPEN: char = '\u{2}';
const CLOSE: char = '\u{3}';

/// Turn what a person typed into a safe FTS5 query: each word quoted, the last one
/// as a prefix, all required. Returns None when nothing searchable is left.
///
/// Words are cut exactly where the indexes' `unicode61` tokenizer cuts them, so every
/// quoted word is one token: a word of several tokens would be a phrase, which the
/// claim and article indexes (kept without positions, migration 0006) refuse.
pub fn fts_query(input: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in input.chars().chain([' ']) {
        match token_char(c) {
            Some(true) => word.extend(c.to_lowercase()),
            Some(false) => {} // a Latin accent, folded away by remove_diacritics
            None if !word.is_empty() => words.push(format!("\"{}\"", std::mem::take(&mut word))),
            None => {}
        }
        if words.len() == 16 {
            break;
        }
    }
    if words.is_empty() {
        return None;
    }
    let mut q = words.join(" ");
    q.push('*');
    Some(q)
}

/// How `unicode61 remove_diacritics 2` sees a character: part of a token (letters,
/// numbers, private use), a combining Latin accent it drops, or a separator (None),
/// which includes the vowel signs and marks of other scripts.
fn token_char(c: char) -> Option<bool> {
    use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};
    if c.is_ascii() {
        return c.is_ascii_alphanumeric().then_some(true);
    }
    if ('\u{300}'..='\u{36f}').contains(&c) {
        return Some(false);
    }
    match c.general_category_group() {
        GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number => Some(true),
        _ if c.general_category() == GeneralCategory::PrivateUse => Some(true),
        _ => None,
    }
}

/// Split a snippet with marker characters into plain text and match ranges.
fn unmark(s: &str) -> (String, Vec<(u32, u32)>) {
    let mut out = String::with_capacity(s.len());
    let mut ranges = Vec::new();
    let mut open = None;
    for c in s.chars() {
        match c {
            OPEN => open = Some(out.len() as u32),
            CLOSE => {
                if let Some(start) = open.take() {
                    ranges.push((start, out.len() as u32));
                }
            }
            _ => out.push(c),
        }
    }
    (out, ranges)
}

pub fn search(conn: &Connection, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
    let Some(q) = fts_query(query) else {
        return Ok(Vec::new());
    };
    let sql = "
        SELECT 'claim', c.id, c.article_id, c.id, a.title, snippet(claims_fts, 0, ?2, ?3, '…', 16), bm25(claims_fts)
          FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid JOIN articles a ON a.id = c.article_id
         WHERE claims_fts MATCH ?1
        UNION ALL
        SELECT 'article', a.id, a.id, NULL, a.title, snippet(articles_fts, -1, ?2, ?3, '…', 16), bm25(articles_fts, 5.0, 1.0)
          FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH ?1
        UNION ALL
        SELECT 'evidence', e.id, c.article_id, c.id, e.title, snippet(evidence_fts, -1, ?2, ?3, '…', 16), bm25(evidence_fts)
          FROM evidence_fts JOIN evidence e ON e.rowid = evidence_fts.rowid JOIN claims c ON c.id = e.claim_id
         WHERE evidence_fts MATCH ?1
        UNION ALL
        SELECT 'comment', m.id, c.article_id, c.id, c.text, snippet(comments_fts, 0, ?2, ?3, '…', 16), bm25(comments_fts)
          FROM comments_fts JOIN comments m ON m.rowid = comments_fts.rowid JOIN claims c ON c.id = m.claim_id
         WHERE comments_fts MATCH ?1
        ORDER BY 7 LIMIT ?4";
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params![q, OPEN.to_string(), CLOSE.to_string(), limit], |r| {
        let snippet: String = r.get(5)?;
        let (snippet, highlights) = unmark(&snippet);
        Ok(SearchHit {
            kind: r.get(0)?,
            id: r.get(1)?,
            article_id: r.get(2)?,
            claim_id: r.get(3)?,
            title: r.get(4)?,
            snippet,
            highlights,
            rank: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_input_becomes_a_safe_query() {
        assert_eq!(fts_query("Putin's \"Sochi\" talks").as_deref(), Some("\"putin\" \"s\" \"sochi\" \"talks\"*"));
        assert_eq!(fts_query("NEAR(a b) OR -x:*"), Some("\"near\" \"a\" \"b\" \"or\" \"x\"*".into()));
        assert_eq!(fts_query(" -- "), None);
    }

    /// Words of scripts whose vowel signs are combining marks, and a decomposed accent:
    /// each quoted word must be one token of the index, or FTS5 refuses the query.
    #[test]
    fn words_are_cut_where_the_index_cuts_them() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE f USING fts5 (x, tokenize = 'unicode61 remove_diacritics 2', detail = none);
             INSERT INTO f VALUES ('हिन्दी समाचार; مُحَمَّد said; the café and the cafe\u{301} in Zürich; Ⅻ ²');",
        )
        .unwrap();
        for typed in ["हिन्दी", "مُحَمَّد", "café", "cafe\u{301}", "Zürich", "ZU\u{308}RICH"] {
            let q = fts_query(typed).unwrap();
            let n: i64 = conn
                .query_row("SELECT count(*) FROM f WHERE f MATCH ?1", [&q], |r| r.get(0))
                .unwrap_or_else(|e| panic!("{typed:?} as {q:?}: {e}"));
            assert_eq!(n, 1, "{typed:?} as {q:?}");
        }
        assert_eq!(fts_query("cafe\u{301}").as_deref(), Some("\"cafe\"*"));
    }

    #[test]
    fn markers_become_ranges() {
        let (s, r) = unmark("a \u{2}Putin\u{3} said \u{2}x\u{3}");
        assert_eq!(s, "a Putin said x");
        assert_eq!(r, vec![(2, 7), (13, 14)]);
    }
}
