//! The extractor's analysis of every sentence of an article, stored as one JSON array
//! in `articles.analysis` (migration 0009): one value per article instead of one row
//! per sentence. Every reader wants one article's sentences at a time.

use std::borrow::Cow;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};
use crate::model::AttributionKind;

/// One sentence's analysis as stored. Strings borrow from the stored JSON where they
/// can (no escapes) and from the extractor's output when writing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredSentence<'a> {
    #[serde(rename = "i")]
    pub index: i64,
    /// Byte span into the article body.
    #[serde(rename = "s")]
    pub start: i64,
    #[serde(rename = "e")]
    pub end: i64,
    pub score: f64,
    #[serde(rename = "cw")]
    pub checkworthy: bool,
    /// The stored form of the reasons (`reasons::encode`).
    #[serde(rename = "r", borrow, default)]
    pub reasons: Cow<'a, str>,
    #[serde(rename = "src", borrow, default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<Cow<'a, str>>,
    #[serde(rename = "m", borrow, default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cow<'a, str>>,
    #[serde(rename = "t")]
    pub attribution: AttributionKind,
    #[serde(rename = "by", borrow, default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<Cow<'a, str>>,
}

/// The stored form of an article's sentences.
pub fn encode(sentences: &[StoredSentence]) -> String {
    // Serializing plain numbers, strings and a unit enum cannot fail.
    serde_json::to_string(sentences).unwrap_or_else(|_| "[]".to_string())
}

/// An article's sentences from their stored form, in index order. A value that does
/// not parse is a damaged database, reported as such rather than shown as no sentences.
pub fn decode<'a>(article_id: &str, stored: &'a str) -> Result<Vec<StoredSentence<'a>>> {
    let mut sentences: Vec<StoredSentence> = serde_json::from_str(stored).map_err(|e| {
        Error::new(ErrorCode::DbCorrupt, format!("article {article_id} has a damaged sentence analysis ({e})"))
    })?;
    sentences.sort_by_key(|s| s.index);
    Ok(sentences)
}

/// An article's body and stored analysis; `None` when there is no such article.
pub fn body_and_analysis(conn: &Connection, article_id: &str) -> Result<Option<(String, String)>> {
    Ok(conn
        .prepare_cached("SELECT body, analysis FROM articles WHERE id = ?1")?
        .query_row([article_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Replace an article's analysis (re-extraction) with its stored form.
pub fn save(conn: &Connection, article_id: &str, stored: &str) -> Result<()> {
    conn.prepare_cached("UPDATE articles SET analysis = ?2 WHERE id = ?1")?.execute((article_id, stored))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(index: i64, source: Option<&str>) -> StoredSentence<'static> {
        StoredSentence {
            index,
            start: index * 10,
            end: index * 10 + 9,
            score: 0.625,
            checkworthy: source.is_some(),
            reasons: "number entity".into(),
            source_id: source.map(|s| Cow::Owned(s.to_string())),
            mention: source.map(|_| "the \"minister\"".into()),
            cue: source.map(|_| "said".into()),
            attribution: if source.is_some() { AttributionKind::Indirect } else { AttributionKind::Unattributed },
            reported_by: None,
        }
    }

    #[test]
    fn round_trips_and_leaves_out_what_is_empty() {
        let stored = encode(&[sentence(0, None), sentence(1, Some("s1"))]);
        assert!(stored
            .starts_with(r#"[{"i":0,"s":0,"e":9,"score":0.625,"cw":false,"r":"number entity","t":"unattributed"}"#));
        let back = decode("a1", &stored).unwrap();
        assert_eq!(back, vec![sentence(0, None), sentence(1, Some("s1"))]);
        assert_eq!(back[1].mention.as_deref(), Some("the \"minister\""), "escaped text reads back");
    }

    #[test]
    fn reads_what_the_migration_wrote() {
        // Migration 0009 writes nulls for empty fields and may list sentences out of order.
        let stored = r#"[{"i":1,"s":10,"e":19,"score":0.5,"cw":true,"r":"entity","src":null,"m":null,"cue":null,"t":"direct","by":null},
                        {"i":0,"s":0,"e":9,"score":0.1,"cw":false,"r":"[\"names an entity\"]","t":"unattributed"}]"#;
        let back = decode("a1", stored).unwrap();
        assert_eq!(back.iter().map(|s| s.index).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(back[1].source_id, None);
        assert_eq!(back[1].attribution, AttributionKind::Direct);
    }

    #[test]
    fn a_damaged_value_is_an_error_not_an_empty_article() {
        for bad in ["", "{", r#"[{"i":0}]"#, r#"[{"i":0,"s":0,"e":1,"score":0,"cw":false,"t":"rumour"}]"#] {
            let e = decode("a1", bad).unwrap_err();
            assert_eq!(e.code, ErrorCode::DbCorrupt, "{bad}");
            assert!(e.message.contains("article a1"), "{}", e.message);
        }
    }
}
