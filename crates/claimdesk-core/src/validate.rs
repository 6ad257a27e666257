//! Form validation with one source of truth: the desktop form calls these as the
//! user types (through a command), and core calls them again before writing, so
//! both show the same messages.

use chrono::NaiveDate;

use crate::model::{EvidenceInput, FieldError, ReviewerInput};

pub const EVIDENCE_KINDS: &[&str] =
    &["document", "web_page", "official_record", "dataset", "interview", "media", "expert"];
pub const STANCES: &[&str] = &["supports", "refutes", "context", "mixed"];
pub const RELIABILITIES: &[&str] = &["high", "medium", "low"];
/// Largest file that can be attached to evidence.
pub const MAX_ATTACHMENT_BYTES: u64 = 20 * 1024 * 1024;
const MAX_TEXT: usize = 20_000;

fn err(out: &mut Vec<FieldError>, field: &str, message: impl Into<String>) {
    out.push(FieldError { field: field.to_string(), message: message.into() });
}

/// Check a web address: http(s) with a host.
pub fn check_url(url: &str) -> Result<(), String> {
    let parsed = url::Url::parse(url.trim())
        .map_err(|_| "Enter a full web address starting with http:// or https://".to_string())?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none_or(|h| h.is_empty()) {
        return Err("Enter a full web address starting with http:// or https://".into());
    }
    Ok(())
}

fn check_date(out: &mut Vec<FieldError>, field: &str, value: Option<&str>, today: NaiveDate, what: &str) {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return;
    };
    match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        Err(_) => err(out, field, "Use the form YYYY-MM-DD, for example 2017-12-05."),
        Ok(d) if d > today => err(out, field, format!("The {what} date cannot be in the future.")),
        Ok(_) => {}
    }
}

/// Every problem with an evidence form, field by field. Empty means valid.
pub fn evidence(input: &EvidenceInput, today: NaiveDate) -> Vec<FieldError> {
    let mut out = Vec::new();
    if !EVIDENCE_KINDS.contains(&input.kind.as_str()) {
        err(&mut out, "kind", "Choose what kind of evidence this is.");
    }
    let url = input.url.trim();
    if url.is_empty() {
        if !matches!(input.kind.as_str(), "interview" | "expert") {
            err(&mut out, "url", "Add the address where this evidence can be found.");
        }
    } else if let Err(m) = check_url(url) {
        err(&mut out, "url", m);
    }
    let title = input.title.trim();
    if title.is_empty() {
        err(&mut out, "title", "Give the evidence a title.");
    } else if title.chars().count() > 300 {
        err(&mut out, "title", "Keep the title under 300 characters.");
    }
    check_date(&mut out, "published_at", input.published_at.as_deref(), today, "publication");
    check_date(&mut out, "accessed_at", input.accessed_at.as_deref(), today, "access");
    for (field, value) in [("excerpt", &input.excerpt), ("notes", &input.notes), ("publisher", &input.publisher)] {
        if value.as_deref().is_some_and(|v| v.chars().count() > MAX_TEXT) {
            err(&mut out, field, format!("Keep this under {MAX_TEXT} characters."));
        }
    }
    if !STANCES.contains(&input.stance.as_str()) {
        err(&mut out, "stance", "Say whether it supports, refutes, adds context or is mixed.");
    }
    if !RELIABILITIES.contains(&input.reliability.as_str()) {
        err(&mut out, "reliability", "Rate its reliability: high, medium or low.");
    }
    for f in &input.files {
        let path = std::path::Path::new(f);
        let name = path.file_name().map_or(f.clone(), |n| n.to_string_lossy().into_owned());
        match std::fs::metadata(path) {
            Err(_) => err(&mut out, "files", format!("{name} cannot be read.")),
            Ok(m) if !m.is_file() => err(&mut out, "files", format!("{name} is not a regular file.")),
            Ok(m) if m.len() > MAX_ATTACHMENT_BYTES => err(
                &mut out,
                "files",
                format!("{name} is {:.1} MiB; attachments are limited to 20 MiB.", m.len() as f64 / 1048576.0),
            ),
            Ok(_) => {}
        }
    }
    out
}

/// Every problem with a reviewer form.
pub fn reviewer(input: &ReviewerInput) -> Vec<FieldError> {
    let mut out = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        err(&mut out, "name", "Enter the reviewer's name.");
    } else if name.chars().count() > 100 {
        err(&mut out, "name", "Keep the name under 100 characters.");
    } else if name.starts_with('@') || name.contains(['\n', '\t']) {
        err(&mut out, "name", "A name cannot start with @ or contain line breaks.");
    }
    if let Some(i) = input.initials.as_deref().map(str::trim).filter(|i| !i.is_empty()) {
        if i.chars().count() > 4 {
            err(&mut out, "initials", "Initials are at most 4 characters.");
        }
    }
    if let Some(e) = input.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        let ok = e
            .split_once('@')
            .is_some_and(|(a, d)| !a.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.'))
            && !e.contains(char::is_whitespace);
        if !ok {
            err(&mut out, "email", "Enter an email address like name@example.org.");
        }
    }
    out
}

/// Initials from a name: "Ana María Lima" -> "AML".
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .take(3)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn valid() -> EvidenceInput {
        EvidenceInput {
            kind: "web_page".into(),
            url: "https://www.kremlin.ru/events/55".into(),
            title: "Transcript of the Sochi meeting".into(),
            stance: "supports".into(),
            reliability: "high".into(),
            ..EvidenceInput::default()
        }
    }

    fn fields(input: &EvidenceInput) -> Vec<String> {
        evidence(input, today()).into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_complete_form_is_valid() {
        assert!(evidence(&valid(), today()).is_empty());
    }

    #[test]
    fn each_field_is_checked_with_its_own_message() {
        let input = EvidenceInput {
            kind: "rumour".into(),
            url: "javascript:alert(1)".into(),
            title: " ".into(),
            published_at: Some("2027-01-01".into()),
            accessed_at: Some("05/12/2017".into()),
            stance: "".into(),
            reliability: "certain".into(),
            ..EvidenceInput::default()
        };
        assert_eq!(fields(&input), ["kind", "url", "title", "published_at", "accessed_at", "stance", "reliability"]);
        let msgs = evidence(&input, today());
        assert_eq!(msgs[1].message, "Enter a full web address starting with http:// or https://");
        assert_eq!(msgs[3].message, "The publication date cannot be in the future.");
    }

    #[test]
    fn urls_need_http_and_a_host() {
        for bad in ["example.org", "ftp://example.org/x", "http://", "https:// spaces.org", "<script>"] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
        assert!(check_url("http://localhost:8080/a?b=c#d").is_ok());
    }

    #[test]
    fn interviews_need_no_url() {
        let input = EvidenceInput { kind: "interview".into(), url: String::new(), ..valid() };
        assert!(evidence(&input, today()).is_empty());
    }

    #[test]
    fn oversized_and_missing_attachments_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.bin");
        let f = std::fs::File::create(&big).unwrap();
        f.set_len(25 * 1024 * 1024).unwrap();
        let input = EvidenceInput { files: vec![big.display().to_string(), "/no/such.pdf".into()], ..valid() };
        let msgs: Vec<String> = evidence(&input, today()).into_iter().map(|e| e.message).collect();
        assert_eq!(msgs, ["big.bin is 25.0 MiB; attachments are limited to 20 MiB.", "such.pdf cannot be read."]);
    }

    #[test]
    fn reviewer_form() {
        let ok = ReviewerInput {
            name: "Ana Lima".into(),
            initials: None,
            email: Some("ana@desk.org".into()),
            role: crate::Role::Reviewer,
            active: None,
        };
        assert!(reviewer(&ok).is_empty());
        let bad = ReviewerInput { name: " ".into(), initials: Some("ABCDE".into()), email: Some("ana@".into()), ..ok };
        let f: Vec<String> = reviewer(&bad).into_iter().map(|e| e.field).collect();
        assert_eq!(f, ["name", "initials", "email"]);
        assert_eq!(initials("Ana María Lima"), "AML");
    }
}
