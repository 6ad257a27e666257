//! How a sentence's check-worthiness reasons are stored: the extractor's short keys,
//! space-separated ("number date entity plain"), instead of a JSON list of the texts
//! reviewers read (a fifth of the bytes: 145 to about 30 per claim, and the same again
//! per sentence). Rows written before the keys existed hold that JSON list, and a
//! reason the extractor does not know is stored that way too; both still read.

use claimdesk_extract::REASONS;

/// The stored form of `reasons`.
pub fn encode(reasons: &[String]) -> String {
    let mut keys = String::with_capacity(reasons.len() * 8);
    for text in reasons {
        match REASONS.iter().find(|r| r.text == text) {
            Some(r) => {
                if !keys.is_empty() {
                    keys.push(' ');
                }
                keys.push_str(r.key);
            }
            None => return serde_json::to_string(reasons).unwrap_or_else(|_| "[]".to_string()),
        }
    }
    keys
}

/// The reasons' texts from their stored form. A key this version does not know (a
/// newer extractor's) is shown as it is.
pub fn decode(stored: &str) -> Vec<String> {
    if stored.starts_with('[') {
        return serde_json::from_str(stored).unwrap_or_default();
    }
    stored
        .split(' ')
        .filter(|k| !k.is_empty())
        .map(|k| REASONS.iter().find(|r| r.key == k).map_or(k, |r| r.text).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(keys: &[&str]) -> Vec<String> {
        keys.iter().map(|k| REASONS.iter().find(|r| r.key == *k).unwrap().text.to_string()).collect()
    }

    #[test]
    fn known_reasons_are_stored_as_their_keys_and_read_back() {
        let reasons = texts(&["number", "date", "entity", "plain"]);
        assert_eq!(encode(&reasons), "number date entity plain");
        assert_eq!(decode(&encode(&reasons)), reasons);
        assert_eq!(encode(&[]), "");
        assert!(decode("").is_empty());
        let all: Vec<String> = REASONS.iter().map(|r| r.text.to_string()).collect();
        assert_eq!(decode(&encode(&all)), all);
    }

    #[test]
    fn every_key_is_one_word_and_unique() {
        for (i, r) in REASONS.iter().enumerate() {
            assert!(!r.key.is_empty() && !r.key.contains(' ') && !r.key.starts_with('['), "{}", r.key);
            assert!(REASONS[..i].iter().all(|o| o.key != r.key && o.text != r.text), "{} twice", r.key);
        }
    }

    #[test]
    fn rows_written_as_json_and_unknown_reasons_still_read() {
        let legacy = r#"["gives a date or time","names a person, place or organisation"]"#;
        assert_eq!(decode(legacy), texts(&["date", "entity"]));
        assert!(decode("[]").is_empty());
        let odd = vec!["gives a date or time".to_string(), "a reviewer's own reason".to_string()];
        assert_eq!(decode(&encode(&odd)), odd, "an unknown text keeps the whole list as JSON");
        assert_eq!(decode("date sarcasm"), vec!["gives a date or time".to_string(), "sarcasm".to_string()]);
    }
}
