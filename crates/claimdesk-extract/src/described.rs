//! Entities named by a description rather than a proper name: documents ("a U.N. human
//! rights report"), unnamed sources ("a spokesman for the Istanbul police"), institutions
//! and groups ("Kosovo police", "U.S. intelligence agencies"). The article mentions them
//! once in full and then refers back with a shorter definite description ("the report",
//! "the spokesman", "police", "the intelligence agencies"); this module finds the full
//! mention a short one refers to.

use crate::lexicon::{self, HashSet, ANONYMOUS_HEADS, DETERMINERS, DOCUMENT_WORDS};
use crate::token::{is_capitalized, Tok};
use crate::SourceKind;
use std::sync::LazyLock;

/// One described entity as the article first wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct Described {
    /// Byte offset of the mention in the article.
    pub pos: usize,
    /// Canonical name: the mention without "the" ("a spokesman for the Istanbul police", "Kosovo police").
    pub name: String,
    pub kind: SourceKind,
    /// Lower-case content words, for matching shorter descriptions against it.
    pub words: Vec<String>,
}

/// Heads of institutions and groups that are described rather than named.
static INSTITUTION_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    HashSet::from_iter([
        "police",
        "government",
        "authorities",
        "agencies",
        "agency",
        "ministry",
        "military",
        "army",
        "forces",
        "prosecutor",
        "prosecutors",
        "prosecution",
        "coalition",
        "presidency",
        "administration",
        "court",
        "groups",
        "group",
        "company",
        "party",
    ])
});

/// Prepositions that may attach a postmodifier to an unnamed source ("a source in X's office").
fn postmodifier_prep(w: &str) -> bool {
    matches!(w, "for" | "in" | "at" | "of" | "from" | "with" | "close" | "familiar" | "within")
}

/// Lower-case words that never modify a noun inside a description.
static NOT_MODIFIERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    HashSet::from_iter([
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "that", "which", "who",
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "not", "no", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our",
        "my", "your", "said", "says", "told", "also", "when", "while", "after", "before", "since", "than", "if",
        "about", "into", "over", "under", "against", "between", "during", "through", "among", "there", "where",
    ])
});

/// The kind of entity a described head names.
pub fn head_kind(head: &str) -> Option<SourceKind> {
    if ANONYMOUS_HEADS.contains(head) {
        Some(SourceKind::Anonymous)
    } else if DOCUMENT_WORDS.contains(head) {
        Some(SourceKind::Document)
    } else if INSTITUTION_HEADS.contains(head) {
        Some(match head {
            "groups" | "group" | "company" | "party" => SourceKind::Organization,
            _ => SourceKind::Government,
        })
    } else {
        None
    }
}

fn lower_words(words: &[&str]) -> Vec<String> {
    words
        .iter()
        .map(|w| w.trim_end_matches("'s").trim_end_matches("\u{2019}s").to_lowercase())
        .filter(|w| !w.is_empty() && w != "s")
        .collect()
}

/// Every described entity of `text` (tokenized as `toks`), in the order written.
pub fn scan(text: &str, toks: &[Tok]) -> Vec<Described> {
    let mut out: Vec<Described> = Vec::new();
    for h in 0..toks.len() {
        if !toks[h].word {
            continue;
        }
        let head_w = toks[h].text(text);
        if is_capitalized(head_w) {
            continue;
        }
        let head = head_w.to_lowercase();
        let Some(kind) = head_kind(&head) else { continue };
        // Premodifiers: capitalised words, nationalities, possessives and plain adjectives.
        let mut s = h;
        let mut article = None;
        while s > 0 && h - s < 6 && toks[s - 1].word {
            let w = toks[s - 1].text(text);
            let l = w.to_lowercase();
            if matches!(l.as_str(), "a" | "an") {
                article = Some(s - 1);
                break;
            }
            if DETERMINERS.contains(l.as_str())
                || NOT_MODIFIERS.contains(l.as_str())
                || lexicon::NUMBER_WORDS.contains(l.as_str())
                || lexicon::cue_verb(w).is_some()
            {
                break;
            }
            let lower_ok = !is_capitalized(w)
                && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
                && (w.contains('-') || !(l.ends_with("ed") || l.ends_with("ing") || l.ends_with("ly")));
            if !(is_capitalized(w) || lower_ok) {
                break;
            }
            s -= 1;
        }
        // A lone head with nothing before it says nothing new ("police", "the report").
        if s == h && article.is_none() {
            continue;
        }
        // Sentence-initial capitals are not modifiers of their own ("Police said").
        let mut e = h + 1;
        if kind == SourceKind::Anonymous && e + 1 < toks.len() && postmodifier_prep(&toks[e].text(text).to_lowercase())
        {
            // "a spokesman for the Istanbul police", "people familiar with the Kremlin's thinking".
            let mut j = e + 1;
            if toks[e].text(text) == "close" || toks[e].text(text) == "familiar" {
                j += 1; // "close to", "familiar with"
            }
            let mut k = j;
            while k < toks.len() && k - j < 6 && toks[k].word {
                let w = toks[k].text(text);
                let l = w.to_lowercase();
                let ok = is_capitalized(w)
                    || matches!(l.as_str(), "the" | "s" | "thinking" | "office" | "matter" | "talks")
                    || head_kind(&l).is_some();
                if !ok {
                    break;
                }
                k += 1;
            }
            // Only keep a postmodifier that names something (ends on a capital or a known head).
            let named = (j..k).any(|i| is_capitalized(toks[i].text(text)));
            if k > j && named {
                e = k;
            }
        }
        let from = article.unwrap_or(s);
        let start = toks[from].start;
        let end = toks[e - 1].end;
        let mut name = crate::attribution::clean_np(&text[start..end]);
        if let Some(rest) = name.strip_prefix("A ").or_else(|| name.strip_prefix("An ")) {
            name = format!("{} {rest}", if name.starts_with("An ") { "an" } else { "a" });
        }
        if let Some(government) = crate::tidy::possessive_government(&name.split_whitespace().collect::<Vec<_>>()) {
            name = government;
        }
        let ws: Vec<&str> = name.split_whitespace().collect();
        let words = lower_words(&ws);
        if words.len() < 2 || out.iter().any(|d| d.name == name) {
            continue;
        }
        out.push(Described { pos: start, name, kind, words });
    }
    out
}

/// Does the short description `mention` (as written: "the report", "Police", "the U.N.
/// report") refer to `entity`? Its head must be the entity's, and every other word of
/// it must be one of the entity's words.
pub fn refers_to(mention: &[&str], entity: &Described) -> bool {
    let content: Vec<String> = lower_words(mention)
        .into_iter()
        .filter(|w| !DETERMINERS.contains(w.as_str()) && !lexicon::NUMBER_WORDS.contains(w.as_str()))
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let Some(head) = content.last() else { return false };
    let Some(entity_head) = entity_head(entity) else { return false };
    if !same_noun(head, entity_head) {
        return false;
    }
    content.len() < entity.words.len() && content.iter().all(|w| entity.words.iter().any(|e| same_noun(w, e)))
}

/// The head of a described entity: the last word before any postmodifier.
fn entity_head(e: &Described) -> Option<&str> {
    let core_end = e.words.iter().skip(1).position(|w| postmodifier_prep(w)).map(|p| p + 1).unwrap_or(e.words.len());
    e.words[..core_end].last().map(String::as_str)
}

/// "source" and "sources" are the same noun for reference.
fn same_noun(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a)
}

/// Is this mention a short description that may refer back (a lower-case head, at most
/// a few modifiers, "the" or no article)?
pub fn is_short_description(words: &[&str]) -> bool {
    let Some(last) = words.last() else { return false };
    let l = last.to_lowercase();
    if is_capitalized(last) && words.len() > 1 {
        return false;
    }
    if head_kind(&l).is_none() {
        return false;
    }
    let first = words[0].to_lowercase();
    !matches!(first.as_str(), "a" | "an") && words.len() <= 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn scan_text(text: &str) -> Vec<Described> {
        scan(text, &tokenize(text))
    }

    #[test]
    fn finds_documents_unnamed_sources_and_institutions() {
        let text = "A U.N. human rights report said 2,521 civilians died, a spokesman for the Istanbul police said. \
                    Kosovo police arrested five.";
        let names: Vec<String> = scan_text(text).into_iter().map(|d| d.name).collect();
        assert_eq!(
            names,
            ["a U.N. human rights report", "a spokesman for the Istanbul police", "Istanbul police", "Kosovo police"]
        );
    }

    #[test]
    fn a_short_description_refers_to_the_fuller_one() {
        let text = "A U.N. human rights report said so. U.S. intelligence agencies concluded it.";
        let found = scan_text(text);
        assert!(refers_to(&["the", "report"], &found[0]));
        assert!(refers_to(&["The", "U.N.", "report"], &found[0]));
        assert!(!refers_to(&["the", "survey"], &found[0]));
        assert!(refers_to(&["The", "intelligence", "agencies"], &found[1]));
        assert!(!refers_to(&["the", "Chinese", "agencies"], &found[1]));
    }

    #[test]
    fn the_same_description_is_not_a_reference_to_itself() {
        let found = scan_text("Kosovo police said so.");
        assert!(!refers_to(&["Kosovo", "police"], &found[0]));
        assert!(refers_to(&["Police"], &found[0]));
    }
}
