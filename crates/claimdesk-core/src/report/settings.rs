//! Desk settings kept in the `settings` table: the organization's name, the base
//! address of its published reviews, and the labels of the verdict scale.
//! Anyone reads them; only an admin changes them, and every change is audited.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::Verdict;

pub const ORGANIZATION: &str = "organization";
pub const REVIEW_BASE_URL: &str = "review_base_url";
pub const VERDICT_LABEL_PREFIX: &str = "verdict_label.";

/// The settings reports use, with defaults filled in.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Settings {
    /// The desk's organization: the ClaimReview `author` and the report's masthead.
    pub organization: Option<String>,
    /// Where reviews are published: a claim's review is at `<review_base_url>/<claim id>`.
    pub review_base_url: Option<String>,
    /// Every verdict of the scale with its label, in scale order.
    pub verdict_labels: Vec<VerdictLabel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct VerdictLabel {
    pub verdict: Verdict,
    pub label: String,
    /// True when the label is the built-in one (no setting stored).
    pub is_default: bool,
}

impl Settings {
    pub fn label(&self, v: Verdict) -> &str {
        self.verdict_labels.iter().find(|l| l.verdict == v).map_or(v.default_label(), |l| l.label.as_str())
    }

    /// Every known key with its effective value (empty when unset), in a fixed order.
    pub fn entries(&self) -> Vec<(String, String)> {
        let mut out = vec![
            (ORGANIZATION.to_string(), self.organization.clone().unwrap_or_default()),
            (REVIEW_BASE_URL.to_string(), self.review_base_url.clone().unwrap_or_default()),
        ];
        for l in &self.verdict_labels {
            out.push((format!("{VERDICT_LABEL_PREFIX}{}", l.verdict.as_str()), l.label.clone()));
        }
        out
    }

    /// The effective value of one key; `None` for a key that does not exist.
    pub fn get(&self, key: &str) -> Option<String> {
        self.entries().into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

/// Every key that can be set, for messages and the settings screen.
pub fn keys() -> Vec<String> {
    let mut k = vec![ORGANIZATION.to_string(), REVIEW_BASE_URL.to_string()];
    k.extend(Verdict::ALL.iter().map(|v| format!("{VERDICT_LABEL_PREFIX}{}", v.as_str())));
    k
}

pub fn load(conn: &Connection) -> Result<Settings> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings")?;
    let rows: Vec<(String, String)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    let value = |k: &str| rows.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).filter(|v| !v.is_empty());
    Ok(Settings {
        organization: value(ORGANIZATION),
        review_base_url: value(REVIEW_BASE_URL),
        verdict_labels: Verdict::ALL
            .iter()
            .map(|v| match value(&format!("{VERDICT_LABEL_PREFIX}{}", v.as_str())) {
                Some(label) => VerdictLabel { verdict: *v, label, is_default: false },
                None => VerdictLabel { verdict: *v, label: v.default_label().to_string(), is_default: true },
            })
            .collect(),
    })
}

/// Check a key and value; returns the value to store (`None` removes the setting).
pub fn validate(key: &str, value: &str) -> Result<Option<String>> {
    let value = value.trim();
    let too_long = |max: usize| value.chars().count() > max;
    if value.contains(|c: char| c.is_control()) {
        return Err(Error::invalid("value", "a setting is one line of text without control characters"));
    }
    if key == ORGANIZATION {
        if too_long(200) {
            return Err(Error::invalid("value", "keep the organization's name under 200 characters"));
        }
    } else if key == REVIEW_BASE_URL {
        if !value.is_empty() {
            crate::validate::check_url(value).map_err(|m| Error::invalid("value", m))?;
            if value.contains(['?', '#']) {
                return Err(Error::invalid(
                    "value",
                    "the review base address is a folder-like address (claim ids are appended): no ? or #",
                ));
            }
        }
        if too_long(500) {
            return Err(Error::invalid("value", "keep the address under 500 characters"));
        }
    } else if let Some(code) = key.strip_prefix(VERDICT_LABEL_PREFIX) {
        if Verdict::parse(code).is_none() {
            return Err(unknown_key(key));
        }
        if too_long(60) {
            return Err(Error::invalid("value", "keep verdict labels under 60 characters"));
        }
    } else {
        return Err(unknown_key(key));
    }
    Ok(Some(value.to_string()).filter(|v| !v.is_empty()))
}

fn unknown_key(key: &str) -> Error {
    Error::invalid("key", format!("unknown setting {key:?}; the settings are {}", keys().join(", ")))
}

/// The stored value of a key, if any.
pub fn stored(tx: &Transaction, key: &str) -> Result<Option<String>> {
    Ok(tx.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

pub fn put(tx: &Transaction, key: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(v) => tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, v],
        )?,
        None => tx.execute("DELETE FROM settings WHERE key = ?1", [key])?,
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values_are_checked() {
        assert_eq!(validate("organization", "  Desk Verify ").unwrap().as_deref(), Some("Desk Verify"));
        assert_eq!(validate("organization", " ").unwrap(), None);
        assert_eq!(
            validate("review_base_url", "https://desk.example/checks/").unwrap().as_deref(),
            Some("https://desk.example/checks/")
        );
        assert_eq!(
            validate("verdict_label.mostly_true", "Largely accurate").unwrap().as_deref(),
            Some("Largely accurate")
        );
        for (k, v, field) in [
            ("review_base_url", "javascript:alert(1)", "value"),
            ("review_base_url", "https://desk.example/?id=", "value"),
            ("verdict_label.pants_on_fire", "x", "key"),
            ("colour", "blue", "key"),
            ("organization", "a\nb", "value"),
        ] {
            let e = validate(k, v).unwrap_err();
            assert_eq!(e.field.as_deref(), Some(field), "{k}={v}: {}", e.message);
        }
        assert!(validate("colour", "x").unwrap_err().message.contains("verdict_label.unverifiable"));
    }
}
