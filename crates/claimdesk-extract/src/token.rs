//! A small word tokenizer that keeps byte offsets.

/// A word or a punctuation mark, as a byte range into the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub word: bool,
}

impl Tok {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

/// `trim_end_matches` for a fixed suffix, without building a substring searcher on every
/// call: the possessive trims ("Putin's", "Putin’s") run for nearly every capitalised word.
pub(crate) trait TrimEndStr {
    fn trim_end_str(&self, suffix: &str) -> &str;
}

impl TrimEndStr for str {
    #[inline]
    fn trim_end_str(&self, suffix: &str) -> &str {
        let mut s = self;
        while let Some(rest) = s.strip_suffix(suffix) {
            s = rest;
        }
        s
    }
}

/// A possessive word: "Putin's", "Putin’s", "Reporters'", "Inc’s".
pub(crate) fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with('\'') || w.ends_with('\u{2019}')
}

/// The character at byte `i` of `s` and its length, with a fast path for ASCII.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = s[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

/// Split a sentence into words (letters and digits, with inner `.`, `-`, `'`, `’`, `,` in
/// numbers) and single punctuation marks. Whitespace is dropped.
pub fn tokenize(s: &str) -> Vec<Tok> {
    let len = s.len();
    let mut out = Vec::with_capacity(len / 5);
    let mut i = 0;
    while i < len {
        let (c, cl) = char_at(s, i);
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok { start: i, end: i + cl, word: false });
            i += cl;
            continue;
        }
        let start = i;
        let mut end = i + cl;
        // For "1,000": a comma joins only while the word is digits and commas so far.
        let mut digits_and_commas = c.is_ascii_digit();
        let mut has_dot = false;
        while end < len {
            let (d, dl) = char_at(s, end);
            if d.is_alphanumeric() {
                digits_and_commas &= d.is_ascii_digit();
                end += dl;
                continue;
            }
            // Inner joiner: U.S, al-Assad, Assad's, 1,000.
            if matches!(d, '.' | '-' | '\'' | '\u{2019}' | ',' | '&')
                && end + dl < len
                && char_at(s, end + dl).0.is_alphanumeric()
                && (d != ',' || digits_and_commas)
            {
                digits_and_commas &= d == ',';
                has_dot |= d == '.';
                end += dl;
                continue;
            }
            break;
        }
        // Keep the final dot of dotted acronyms ("U.S.") and of a middle initial between
        // names ("Mark K. Updegrove") with the word.
        let initial = end - start == 1 && c.is_uppercase() && is_middle_initial(s, start, end);
        if (has_dot || initial) && s[end..].starts_with('.') {
            end += 1;
        }
        out.push(Tok { start, end, word: true });
        i = end;
    }
    out
}

/// The capital letter at `start..end` is an initial between two names: "Mark K. Updegrove",
/// not "Plan B. The next".
fn is_middle_initial(s: &str, start: usize, end: usize) -> bool {
    let after = &s[end..];
    if !after.starts_with(". ") || !after[2..].starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let next_word = after[2..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if crate::lexicon::is_sentence_starter(next_word) {
        return false;
    }
    let before = s[..start].trim_end();
    before.chars().last().is_some_and(char::is_alphabetic)
        && before.rsplit(char::is_whitespace).next().is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Starts with a capital letter, or is a particle-prefixed name part ("al-Assad", "bin-Salman").
pub fn is_capitalized(w: &str) -> bool {
    let Some(first) = w.chars().next() else { return false };
    if first.is_uppercase() {
        return true;
    }
    if !matches!(first, 'a' | 'e' | 'b' | 'i' | 'd') {
        return false;
    }
    let rest = ["al-", "el-", "bin-", "ibn-", "de-"].iter().find_map(|p| w.strip_prefix(p));
    rest.is_some_and(|r| r.chars().next().is_some_and(|c| c.is_uppercase()))
}

/// True when the text contains any quotation mark (straight or curly, double).
pub fn has_quote_marks(text: &str) -> bool {
    text.contains(['"', '\u{201c}', '\u{201d}'])
}

pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\'' | '\u{2019}' | '\u{ab}' | '\u{bb}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn keeps_inner_joiners_and_acronym_dots() {
        assert_eq!(
            words("U.S. al-Assad's 1,000 men, he said."),
            vec!["U.S.", "al-Assad's", "1,000", "men", ",", "he", "said", "."]
        );
    }

    #[test]
    fn a_middle_initial_keeps_its_dot() {
        assert_eq!(words("Mark K. Updegrove said."), vec!["Mark", "K.", "Updegrove", "said", "."]);
        assert_eq!(words("Plan B. The next"), vec!["Plan", "B", ".", "The", "next"]);
    }

    #[test]
    fn handles_non_latin_scripts() {
        assert_eq!(words("Путин said: «да»"), vec!["Путин", "said", ":", "«", "да", "»"]);
    }
}
