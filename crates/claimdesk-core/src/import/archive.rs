//! News archives: CSV (`title,text,subject,date`, the ISOT "Fake and Real News"
//! layout) and JSON Lines with the same keys. Rows are streamed, never loaded whole.

use std::io::{BufRead, Read};

use chrono::NaiveDate;

use super::Draft;
use crate::error::{Error, ErrorCode, Result};

/// One archive row: an article draft, or why the row was refused.
pub type Row = std::result::Result<Draft, (u64, Error)>;

/// Column positions found in the header.
struct Columns {
    title: Option<usize>,
    text: usize,
    subject: Option<usize>,
    date: Option<usize>,
    url: Option<usize>,
    outlet: Option<usize>,
}

fn find(headers: &[String], names: &[&str]) -> Option<usize> {
    headers.iter().position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
}

/// Stream the rows of a CSV archive. Malformed rows come back as errors with their
/// 1-based data row number; the rest keep coming.
pub fn csv_rows<R: Read>(reader: R, origin: &str) -> Result<impl Iterator<Item = Row>> {
    let mut rdr = csv::ReaderBuilder::new().flexible(false).from_reader(reader);
    let headers: Vec<String> = rdr
        .byte_headers()
        .map_err(|e| Error::new(ErrorCode::ImportNotText, format!("{origin}: cannot read the CSV header: {e}")))?
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim_start_matches('\u{feff}').to_string())
        .collect();
    let text = find(&headers, &["text", "body", "content", "article"]).ok_or_else(|| {
        Error::new(
            ErrorCode::ImportUnsupported,
            format!("{origin}: the CSV header has no text column (expected columns such as title,text,subject,date)"),
        )
    })?;
    let cols = Columns {
        title: find(&headers, &["title", "headline"]),
        text,
        subject: find(&headers, &["subject", "section", "category"]),
        date: find(&headers, &["date", "published", "published_at"]),
        url: find(&headers, &["url", "link"]),
        outlet: find(&headers, &["outlet", "source", "publisher"]),
    };
    let origin = origin.to_string();
    let mut row_no = 0u64;
    Ok(rdr.into_byte_records().map(move |rec| {
        row_no += 1;
        let rec = rec.map_err(|e| {
            (row_no, Error::new(ErrorCode::ImportBadRow, format!("malformed CSV row: {}", csv_error(&e))))
        })?;
        let field = |i: Option<usize>| -> std::result::Result<Option<String>, (u64, Error)> {
            match i.and_then(|i| rec.get(i)) {
                None => Ok(None),
                Some(b) => std::str::from_utf8(b)
                    .map(|s| Some(s.to_string()))
                    .map_err(|_| (row_no, Error::new(ErrorCode::ImportBadRow, "the row is not valid UTF-8"))),
            }
        };
        let body = field(Some(cols.text))?.unwrap_or_default();
        Ok(Draft {
            title: field(cols.title)?,
            body,
            url: field(cols.url)?,
            outlet: field(cols.outlet)?,
            published_at: field(cols.date)?.and_then(|d| parse_date(&d)),
            subject: field(cols.subject)?.filter(|s| !s.trim().is_empty()),
            origin: format!("{origin} row {row_no}"),
        })
    }))
}

fn csv_error(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("expected {expected_len} fields, found {len}")
        }
        _ => e.to_string(),
    }
}

#[derive(serde::Deserialize)]
struct JsonArticle {
    #[serde(alias = "headline")]
    title: Option<String>,
    #[serde(alias = "body", alias = "content")]
    text: Option<String>,
    subject: Option<String>,
    #[serde(alias = "published", alias = "published_at")]
    date: Option<String>,
    #[serde(alias = "link")]
    url: Option<String>,
    #[serde(alias = "publisher")]
    outlet: Option<String>,
}

/// Stream a JSON Lines archive: one object per line with the CSV's keys.
pub fn jsonl_rows<R: BufRead>(reader: R, origin: &str) -> impl Iterator<Item = Row> {
    let origin = origin.to_string();
    reader.split(b'\n').enumerate().filter_map(move |(i, line)| {
        let row_no = i as u64 + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => return Some(Err((row_no, Error::new(ErrorCode::ImportUnreadable, e.to_string())))),
        };
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            return None;
        }
        let parsed: std::result::Result<JsonArticle, _> = serde_json::from_slice(&line);
        Some(match parsed {
            Err(e) => {
                Err((row_no, Error::new(ErrorCode::ImportBadRow, format!("not a JSON object with a text field: {e}"))))
            }
            Ok(JsonArticle { text: None, .. }) => {
                Err((row_no, Error::new(ErrorCode::ImportBadRow, "the object has no \"text\" field")))
            }
            Ok(a) => Ok(Draft {
                title: a.title,
                body: a.text.unwrap_or_default(),
                url: a.url,
                outlet: a.outlet,
                published_at: a.date.and_then(|d| parse_date(&d)),
                subject: a.subject,
                origin: format!("{origin} row {row_no}"),
            }),
        })
    })
}

/// Dates as archives write them ("December 5, 2017", "Dec 5, 2017", "19-Feb-18",
/// "2017-12-05", RFC 3339) to ISO `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive().to_string());
    }
    const FORMATS: &[&str] = &["%B %d, %Y", "%b %d, %Y", "%d-%b-%y", "%Y-%m-%d", "%d %B %Y", "%m/%d/%Y"];
    FORMATS.iter().find_map(|f| NaiveDate::parse_from_str(s, f).ok()).map(|d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archive_dates() {
        assert_eq!(parse_date("December 5, 2017 ").as_deref(), Some("2017-12-05"));
        assert_eq!(parse_date("Dec 5, 2017").as_deref(), Some("2017-12-05"));
        assert_eq!(parse_date("19-Feb-18").as_deref(), Some("2018-02-19"));
        assert_eq!(parse_date("2017-12-05T10:00:00Z").as_deref(), Some("2017-12-05"));
        assert_eq!(parse_date("sometime"), None);
    }

    #[test]
    fn malformed_csv_rows_are_reported_with_their_numbers() {
        let csv = "title,text,subject,date\nA,Body one.,news,\"December 5, 2017\"\nB,too,many,fields,here\nC,Body three.,news,\n";
        let rows: Vec<Row> = csv_rows(csv.as_bytes(), "a.csv").unwrap().collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].as_ref().unwrap().published_at.as_deref(), Some("2017-12-05"));
        let (row, err) = rows[1].as_ref().unwrap_err();
        assert_eq!(*row, 2);
        assert!(err.message.contains("expected 4 fields, found 5"), "{}", err.message);
        assert_eq!(rows[2].as_ref().unwrap().title.as_deref(), Some("C"));
    }

    #[test]
    fn csv_without_text_column_is_refused() {
        let err = csv_rows("a,b\n1,2\n".as_bytes(), "x.csv").err().unwrap();
        assert_eq!(err.code, ErrorCode::ImportUnsupported);
    }

    #[test]
    fn jsonl_rows_and_bad_lines() {
        let data = "{\"title\":\"T\",\"text\":\"Body.\"}\n\nnot json\n{\"title\":\"no text\"}\n";
        let rows: Vec<Row> = jsonl_rows(data.as_bytes(), "a.jsonl").collect();
        assert_eq!(rows.len(), 3);
        assert!(rows[0].is_ok());
        assert_eq!(rows[1].as_ref().unwrap_err().0, 3);
        assert_eq!(rows[2].as_ref().unwrap_err().0, 4);
    }
}
