//! Sentence segmentation over byte spans, and dateline detection.

use serde::Serialize;

use crate::lexicon;

/// A wire-service dateline such as `MOSCOW/BEIRUT (Reuters) - `.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dateline {
    /// Place(s) in title case: "Moscow/Beirut"; empty for "(Reuters) - " alone.
    pub place: String,
    /// The outlet named in parentheses, if any: "Reuters".
    pub outlet: Option<String>,
    /// Byte span of the whole dateline including the trailing dash and spaces.
    pub start: usize,
    pub end: usize,
}

/// Recognise `PLACE (Outlet) - ` at the start of `text` (after leading whitespace).
pub fn detect_dateline(text: &str) -> Option<Dateline> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let head = &rest[..floor_char_boundary(rest, line_end.min(120))];
    // The dash separating the dateline from the story; the place part before it
    // must be upper case.
    let (dash_at, dash_len) = ["-", "\u{2013}", "\u{2014}"]
        .iter()
        .filter_map(|d| head.find(&format!(" {d} ")).map(|i| (i, d.len() + 2)))
        .min()?;
    let before = &head[..dash_at];
    let (place_raw, outlet) = match before.find('(') {
        Some(open) => {
            let close = before[open..].find(')')? + open;
            if before[close + 1..].trim() != "" {
                return None;
            }
            let outlet = before[open + 1..close].trim();
            (before[..open].trim(), (!outlet.is_empty()).then(|| outlet.to_string()))
        }
        None => (before.trim(), None),
    };
    // "(Reuters) - " with no place: the outlet alone.
    if place_raw.is_empty() && outlet.is_some() {
        return Some(Dateline { place: String::new(), outlet, start, end: start + dash_at + dash_len });
    }
    // "GLASGOW, Scotland (Reuters) - ", "MIAMI, Fla. (Reuters) - ": after an outlet in
    // parentheses, the region after the city's comma is written in title case.
    let (city, region) = match place_raw.split_once(", ") {
        Some((c, r))
            if outlet.is_some()
                && r.split(' ').count() <= 4
                && r.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase())) =>
        {
            (c, Some(r))
        }
        _ => (place_raw, None),
    };
    let letters = city.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2
        || city.chars().any(|c| c.is_lowercase())
        || !place_raw.chars().all(|c| c.is_alphabetic() || " ./,'-".contains(c))
    {
        return None;
    }
    let place = match region {
        Some(r) if r.chars().any(|c| c.is_lowercase()) => format!("{}, {r}", title_case(city)),
        _ => title_case(place_raw),
    };
    Some(Dateline { place, outlet, start, end: start + dash_at + dash_len })
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_word_start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if at_word_start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            at_word_start = false;
        } else {
            out.push(c);
            at_word_start = c != '\'';
        }
    }
    out
}

const CLOSERS: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '\u{bb}'];

/// Split `text[from..]` into sentences, returned as byte ranges into `text` with
/// surrounding whitespace trimmed. Empty input gives no sentences.
pub fn split_sentences(text: &str, from: usize) -> Vec<(usize, usize)> {
    let from = floor_char_boundary(text, from);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = from;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        let boundary_after = match b {
            b'\n' => newline_breaks(text, i),
            b'.' | b'!' | b'?' => terminal_breaks(text, i),
            // U+2026 HORIZONTAL ELLIPSIS is E2 80 A6.
            0xE2 if text[i..].starts_with('\u{2026}') => terminal_breaks(text, i),
            _ => None,
        };
        match boundary_after {
            Some(end) => {
                push_trimmed(text, start, end, &mut out);
                start = end;
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.chars().any(|c| c.is_alphanumeric()) {
        out.push((start + lead, start + lead + trimmed.len()));
    } else if let Some(last) = out.last_mut() {
        // Stray punctuation (a lone closing quote) belongs to the sentence before.
        if !trimmed.is_empty() && text[last.1..start + lead].trim().is_empty() {
            last.1 = start + lead + trimmed.len();
        }
    }
}

/// A line break ends a sentence unless the next line carries on in lower case
/// (hard-wrapped prose).
fn newline_breaks(text: &str, i: usize) -> Option<usize> {
    let next = text[i + 1..].trim_start_matches([' ', '\t', '\r']);
    if next.starts_with('\n') {
        return Some(i + 1);
    }
    match next.chars().next() {
        Some(c) if c.is_lowercase() => None,
        _ => Some(i + 1),
    }
}

/// Decide whether the terminal punctuation at byte `i` ends a sentence; if so,
/// return the byte offset just past it (closing quotes and brackets included).
fn terminal_breaks(text: &str, i: usize) -> Option<usize> {
    let ch = text[i..].chars().next()?;
    let mut end = i + ch.len_utf8();
    // Runs of terminal punctuation ("?!", "...") end together.
    while let Some(c) = text[end..].chars().next() {
        if c == '.' || c == '!' || c == '?' || c == '\u{2026}' {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    while let Some(c) = text[end..].chars().next() {
        if CLOSERS.contains(&c) {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    let after = &text[end..];
    let next_char = after.chars().next();
    match next_char {
        None => return Some(end),
        Some(c) if !c.is_whitespace() => return None, // "3.5", "U.S.-led", "example.com"
        _ => {}
    }
    let next_word = next_word(after);
    let first = next_word.chars().next();
    match first {
        None => return Some(end),
        Some(c) if c.is_lowercase() => return None,
        // Digits after "No." or a month are part of the same sentence; handled below.
        _ => {}
    }
    let ellipsis = text[i..end].starts_with("..") || text[i..end].starts_with('\u{2026}');
    // `?” McCain asked.` / `!” he said.`: a short attribution after a quoted
    // question or exclamation belongs to the same sentence.
    if ch != '.'
        && end > i + ch.len_utf8()
        && text[i + ch.len_utf8()..end].chars().any(|c| CLOSERS.contains(&c))
        && is_attribution_tail(after)
    {
        return None;
    }
    if ch != '.' || ellipsis {
        return Some(end);
    }
    if end > i + 1 {
        // A closing quote or bracket after the full stop: the sentence ended.
        return Some(end);
    }
    let word = word_before(text, i);
    let starts_sentence = lexicon::is_sentence_starter(next_word);
    let next_is_digit = first.is_some_and(|c| c.is_ascii_digit());
    if word.is_empty() {
        return Some(end);
    }
    let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if lexicon::is_title_abbreviation(bare) {
        return None;
    }
    if (lexicon::is_month_abbreviation(bare) || bare == "No" || bare == "no") && next_is_digit {
        return None;
    }
    let single_initial = bare.chars().count() == 1 && bare.chars().all(|c| c.is_uppercase());
    if single_initial {
        return starts_sentence.then_some(end);
    }
    let dotted = bare.contains('.'); // U.S, U.N, a.m
    if dotted || lexicon::is_trailing_abbreviation(bare) {
        return starts_sentence.then_some(end);
    }
    Some(end)
}

/// `after` starts with a short clause like "McCain asked." or "said Assad."
fn is_attribution_tail(after: &str) -> bool {
    let clause_end = after.find(['.', '!', '?', '\n']).unwrap_or(after.len());
    let words: Vec<&str> = after[..clause_end].split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.chars().next().is_some_and(char::is_uppercase) && lexicon::cue_verb(w).is_some()
        })
}

/// The word (letters, digits, inner dots and hyphens) ending just before byte `i`.
fn word_before(text: &str, i: usize) -> &str {
    let head = &text[..i];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || "(\"'\u{201c}\u{2018}[".contains(c))
        .map_or(0, |(j, c)| j + c.len_utf8());
    &head[start..]
}

fn next_word(after: &str) -> &str {
    let s = after.trim_start();
    let s = s.trim_start_matches(['"', '\'', '\u{201c}', '\u{2018}', '(', '[']);
    let end =
        s.char_indices().find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '-')).map_or(s.len(), |(j, _)| j);
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text, 0).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn dateline_with_outlet_is_split_off() {
        let text = "MOSCOW/BEIRUT (Reuters) - Russian President Vladimir Putin hosted talks.";
        let d = detect_dateline(text).unwrap();
        assert_eq!(d.place, "Moscow/Beirut");
        assert_eq!(d.outlet.as_deref(), Some("Reuters"));
        assert_eq!(&text[d.end..d.end + 7], "Russian");
    }

    #[test]
    fn a_region_after_the_city_may_be_in_title_case() {
        let text = "GLASGOW, Scotland (Reuters) - Scotland s former first minister believes it.";
        let d = detect_dateline(text).unwrap();
        assert_eq!((d.place.as_str(), d.outlet.as_deref()), ("Glasgow, Scotland", Some("Reuters")));
        assert!(text[d.end..].starts_with("Scotland s former"));
        assert_eq!(detect_dateline("MIAMI, Fla. (Reuters) - A storm hit.").unwrap().place, "Miami, Fla.");
        assert_eq!(detect_dateline("WASHINGTON, D.C. (Reuters) - A storm hit.").unwrap().place, "Washington, D.C.");
        // Without an outlet, a title-case part is ordinary text.
        assert_eq!(detect_dateline("GLASGOW, Scotland - A storm hit."), None);
    }

    #[test]
    fn lower_case_opening_is_not_a_dateline() {
        assert_eq!(detect_dateline("Moscow (Reuters) - said something"), None);
        let d = detect_dateline("(Reuters) - Democrats on a House panel have asked").unwrap();
        assert_eq!((d.place.as_str(), d.outlet.as_deref(), d.end), ("", Some("Reuters"), 12));
        assert_eq!(detect_dateline("He said - quietly - no."), None);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = sentences(
            "Mr. Smith met Maj. Gen. Jones on Oct. 20, 2015 at No. 10. U.S. officials said so. The U.N.-led talks resumed.",
        );
        assert_eq!(
            s,
            vec![
                "Mr. Smith met Maj. Gen. Jones on Oct. 20, 2015 at No. 10.",
                "U.S. officials said so.",
                "The U.N.-led talks resumed."
            ]
        );
    }

    #[test]
    fn acronym_at_end_of_sentence_splits_before_a_sentence_starter() {
        let s = sentences("He moved to the U.S. The move was brief.");
        assert_eq!(s, vec!["He moved to the U.S.", "The move was brief."]);
    }

    #[test]
    fn decimals_money_and_initials_stay_whole() {
        let s = sentences("Growth was 3.5 percent, or $1.2 billion, said J. R. Smith of Acme Inc. on Monday. Next.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let s = sentences("\u{201c}We will win.\u{201d} He left. \"Go!\" she said.");
        assert_eq!(s, vec!["\u{201c}We will win.\u{201d}", "He left.", "\"Go!\" she said."]);
    }

    #[test]
    fn line_breaks_split_headlines_but_not_wrapped_prose() {
        let s = sentences("Headline here\nThe body starts\nand wraps here. Done");
        assert_eq!(s, vec!["Headline here", "The body starts\nand wraps here.", "Done"]);
    }

    #[test]
    fn a_quoted_question_keeps_its_attribution() {
        let s = sentences("\u{201c}Why not?\u{201d} McCain asked. \u{201c}No!\u{201d} The crowd left.");
        assert_eq!(s, vec!["\u{201c}Why not?\u{201d} McCain asked.", "\u{201c}No!\u{201d}", "The crowd left."]);
    }

    #[test]
    fn ellipsis_before_capital_ends_sentence() {
        let s = sentences("He paused... Then he spoke.");
        assert_eq!(s, vec!["He paused...", "Then he spoke."]);
    }

    #[test]
    fn nothing_but_whitespace_gives_nothing() {
        assert!(sentences("   \n\t ").is_empty());
        assert!(sentences("").is_empty());
    }
}
