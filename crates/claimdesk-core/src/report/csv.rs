//! The CSV export: one row per claim, RFC 4180 (the csv crate quotes fields that
//! need it and ends records with CRLF), UTF-8, a header row. A cell that starts
//! with `= + - @`, a tab or a carriage return (or their full-width forms) gets a
//! leading apostrophe, so a spreadsheet never runs it as a formula.

use std::borrow::Cow;

use super::{day, Report};
use crate::error::{Error, ErrorCode, Result};

pub(crate) const HEADER: &[&str] = &[
    "claim_id",
    "article_id",
    "article_title",
    "article_outlet",
    "article_url",
    "article_published_at",
    "claim_text",
    "claim_start",
    "claim_end",
    "source_name",
    "source_kind",
    "source_role",
    "mention",
    "cue",
    "attribution",
    "status",
    "verdict",
    "verdict_label",
    "rating_value",
    "rationale",
    "attribution_check",
    "proposed_by",
    "proposed_at",
    "approved_by",
    "approved_at",
    "dismiss_reason",
    "review_date",
    "review_url",
    "evidence_count",
    "evidence",
    "evidence_urls",
];

/// Defuse a cell against spreadsheet formula injection (OWASP "CSV injection").
pub fn defuse(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

pub(crate) fn render(r: &Report) -> Result<String> {
    let fail = |e: csv::Error| Error::new(ErrorCode::DbIo, format!("cannot write CSV: {e}"));
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::with_capacity(1024 + r.claim_count() * 768));
    w.write_record(HEADER).map_err(fail)?;
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    for (a, c) in r.claims() {
        let evidence = c
            .evidence
            .iter()
            .map(|e| {
                let mut parts: Vec<&str> = vec![e.title.as_str()];
                if let Some(p) = &e.publisher {
                    parts.push(p);
                }
                if let Some(d) = &e.published_at {
                    parts.push(d);
                }
                format!("{} [{}]", parts.join(", "), e.stance)
            })
            .collect::<Vec<_>>()
            .join("\n");
        let urls = c.evidence.iter().filter_map(|e| e.url.as_deref()).collect::<Vec<_>>().join("\n");
        let reviewed = c.approved_at.as_deref().or(c.proposed_at.as_deref()).unwrap_or(&c.updated_at);
        let row: [String; 31] = [
            c.id.clone(),
            a.id.clone(),
            a.title.clone(),
            opt(&a.outlet),
            opt(&a.url),
            opt(&a.published_at),
            c.text.clone(),
            c.start.to_string(),
            c.end.to_string(),
            c.source.as_ref().map(|s| s.name.clone()).unwrap_or_default(),
            c.source.as_ref().map(|s| s.kind.clone()).unwrap_or_default(),
            c.source.as_ref().and_then(|s| s.role.clone()).unwrap_or_default(),
            opt(&c.mention),
            opt(&c.cue),
            c.attribution.as_str().to_string(),
            c.status.as_str().to_string(),
            c.verdict.map(|v| v.as_str().to_string()).unwrap_or_default(),
            c.verdict.map(|v| r.label(v).to_string()).unwrap_or_default(),
            c.verdict.map(|v| super::rating_value(v).to_string()).unwrap_or_default(),
            opt(&c.rationale),
            c.attribution_check.map(|x| x.as_str().to_string()).unwrap_or_default(),
            opt(&c.proposed_by),
            opt(&c.proposed_at),
            opt(&c.approved_by),
            opt(&c.approved_at),
            opt(&c.dismiss_reason),
            day(reviewed),
            r.review_url(c).unwrap_or_default(),
            c.evidence.len().to_string(),
            evidence,
            urls,
        ];
        for cell in &row {
            w.write_field(defuse(cell).as_bytes()).map_err(fail)?;
        }
        w.write_record(None::<&[u8]>).map_err(fail)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::new(ErrorCode::DbIo, format!("cannot write CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::new(ErrorCode::DbIo, format!("CSV is not UTF-8: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_defused() {
        for bad in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+1"] {
            assert_eq!(defuse(bad), format!("'{bad}"), "{bad:?}");
        }
        for ok in ["Putin said", "", "'quoted", " =not first", "2017-11-22"] {
            assert_eq!(defuse(ok), ok);
        }
    }

    #[test]
    fn header_and_rows_have_the_same_width() {
        assert_eq!(HEADER.len(), 31);
    }
}
