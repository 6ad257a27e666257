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

/// Split a sentence into words (letters and digits, with inner `.`, `-`, `'`, `’`, `,` in
/// numbers) and single punctuation marks. Whitespace is dropped.
pub fn tokenize(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if matches!(d, '.' | '-' | '\'' | '\u{2019}' | ',' | '&')
                    && s[j + d.len_utf8()..].chars().next().is_some_and(|n| n.is_alphanumeric())
                    && (d != ',' || s[i..j].chars().all(|x| x.is_ascii_digit() || x == ','))
                {
                    // Inner joiner: U.S, al-Assad, Assad's, 1,000.
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            // Keep the final dot of dotted acronyms ("U.S.") and of a middle initial
            // between names ("Mark K. Updegrove") with the word.
            let initial = end - i == 1
                && c.is_uppercase()
                && s[end..].starts_with(". ")
                && s[end + 2..].chars().next().is_some_and(char::is_uppercase)
                && !crate::lexicon::is_sentence_starter(
                    s[end + 2..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""),
                )
                && s[..i].trim_end().chars().last().is_some_and(char::is_alphabetic)
                && s[..i].split_whitespace().last().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            if (s[i..end].contains('.') || initial) && s[end..].starts_with('.') {
                end += 1;
                chars.next();
            }
            out.push(Tok { start: i, end, word: true });
        } else {
            out.push(Tok { start: i, end: i + c.len_utf8(), word: false });
        }
    }
    out
}

/// Starts with a capital letter, or is a particle-prefixed name part ("al-Assad", "bin-Salman").
pub fn is_capitalized(w: &str) -> bool {
    let rest = ["al-", "el-", "bin-", "ibn-", "de-"].iter().find_map(|p| w.strip_prefix(p)).unwrap_or(w);
    rest.chars().next().is_some_and(|c| c.is_uppercase())
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
