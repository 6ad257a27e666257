//! Entities named by a description rather than a proper name: documents ("a U.N. human
//! rights report"), unnamed sources ("a spokesman for the Istanbul police"), institutions
//! and groups ("Kosovo police", "U.S. intelligence agencies"). The article mentions them
//! once in full and then refers back with a shorter definite description ("the report",
//! "the spokesman", "police", "the intelligence agencies"); this module finds the full
//! mention a short one refers to.

use crate::lexicon::{self, HashSet, ANONYMOUS_HEADS, DETERMINERS, DOCUMENT_WORDS};
use crate::token::{is_capitalized, Tok, TrimEndStr};
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
        "commission",
        "council",
        "committee",
        "board",
        "parliament",
        "assembly",
        "tribunal",
        "mission",
        "embassy",
        "authority",
        "legislature",
        "consulate",
        "navy",
        "regime",
        "junta",
        "cabinet",
        "center",
        "centre",
        "forum",
        "club",
        "league",
        "network",
        "charity",
        "university",
        "school",
        "movement",
        "airline",
        "exchange",
        "utility",
        "publication",
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

/// A lower-case word that can modify a noun in a description: an adjective by its
/// ending ("international", "diplomatic", "Kurdish"), or a noun often used as a
/// modifier in news ("human rights report", "company sources", "state prosecutor").
fn is_modifier_word(l: &str) -> bool {
    const ENDINGS: &[&str] =
        &["al", "ic", "ian", "ese", "ish", "ive", "ary", "ous", "ent", "ant", "ory", "ern", "ior", "ile"];
    static NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        HashSet::from_iter([
            "human",
            "rights",
            "security",
            "intelligence",
            "military",
            "police",
            "government",
            "state",
            "company",
            "party",
            "court",
            "defense",
            "defence",
            "health",
            "foreign",
            "senior",
            "top",
            "former",
            "local",
            "aid",
            "election",
            "campaign",
            "news",
            "opposition",
            "trade",
            "finance",
            "interior",
            "justice",
            "energy",
            "oil",
            "industry",
            "union",
            "city",
            "town",
            "village",
            "ruling",
            "civil",
            "army",
            "air",
            "border",
            "family",
            "hospital",
            "school",
            "church",
            "prison",
            "transition",
            "investigation",
            "budget",
            "tax",
            "ethics",
            "congressional",
            "parliamentary",
            "presidential",
            "judicial",
            "royal",
            "palace",
            "embassy",
            "council",
            "committee",
            "agency",
            "ministry",
            "department",
            "administration",
            "white",
            "house",
            "legal",
            "anonymous",
            "unnamed",
            "independent",
            "joint",
            "new",
            "draft",
            "final",
            "annual",
            "monthly",
            "weekly",
            "official",
            "confidential",
            "secret",
            "leaked",
            "internal",
            "written",
            "separate",
            "earlier",
            "latest",
        ])
    });
    NOUNS.contains(l) || (l.len() > 4 && ENDINGS.iter().any(|e| l.ends_with(e)) && !l.ends_with("ment"))
}

/// The kind of entity a described head names.
pub fn head_kind(head: &str) -> Option<SourceKind> {
    HEAD_KINDS.get(head).copied()
}

/// Every described head with its kind, in one table.
static HEAD_KINDS: LazyLock<crate::lexicon::HashMap<&'static str, SourceKind>> = LazyLock::new(|| {
    let mut m = crate::lexicon::HashMap::default();
    for h in INSTITUTION_HEADS.iter() {
        let kind = match *h {
            "groups" | "group" | "company" | "party" | "commission" | "council" | "committee" | "board" | "center"
            | "centre" | "forum" | "club" | "league" | "network" | "charity" | "university" | "school" | "movement"
            | "airline" | "exchange" | "utility" => SourceKind::Organization,
            "publication" => SourceKind::Media,
            _ => SourceKind::Government,
        };
        m.insert(*h, kind);
    }
    for h in DOCUMENT_WORDS.iter() {
        m.insert(*h, SourceKind::Document);
    }
    for h in ANONYMOUS_HEADS.iter() {
        m.insert(*h, SourceKind::Anonymous);
    }
    m
});

fn lower_words(words: &[&str]) -> Vec<String> {
    words
        .iter()
        .map(|w| w.trim_end_str("'s").trim_end_str("\u{2019}s").to_lowercase())
        .filter(|w| !w.is_empty() && !matches!(w.as_str(), "s" | "a" | "an" | "the"))
        .collect()
}

/// Every described entity of `text` (tokenized as `toks`), in the order written.
pub fn scan(text: &str, toks: &[Tok]) -> Vec<Described> {
    let mut out: Vec<Described> = Vec::new();
    // The names in `out`, which holds each name once.
    let mut seen: HashSet<String> = HashSet::default();
    for h in 0..toks.len() {
        if !toks[h].word {
            continue;
        }
        let head_w = toks[h].text(text);
        // Heads are lower-case common nouns in running text: no allocation for the rest.
        if !head_w.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let Some(kind) = head_kind(head_w) else { continue };
        // "a police officer", "company sources": a noun modifying the next one is not the head.
        if toks.get(h + 1).is_some_and(|n| n.word && head_kind(n.text(text)).is_some()) {
            continue;
        }
        let head = head_w.to_string();
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
            // "a former aide", "a senior official": adjectives among the determiners.
            let adjective = kind == SourceKind::Anonymous && matches!(l.as_str(), "former" | "senior" | "top");
            if (DETERMINERS.contains(l.as_str()) && !adjective)
                || NOT_MODIFIERS.contains(l.as_str())
                || lexicon::NUMBER_WORDS.contains(l.as_str())
                || lexicon::cue_verb(w).is_some()
            {
                break;
            }
            let lower_ok = !is_capitalized(w)
                && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
                && (w.contains('-') || is_modifier_word(&l));
            if !(is_capitalized(w) || lower_ok) {
                break;
            }
            s -= 1;
        }
        if kind == SourceKind::Document {
            // "The survey of 1,200 Filipinos by Social Weather Stations" is that organisation's survey.
            let ahead: Vec<&str> = toks[h + 1..(h + 10).min(toks.len())].iter().map(|t| t.text(text)).collect();
            if let Some(owner) = owner_after(&ahead, false) {
                let name = format!("{owner} {head}");
                if !seen.contains(&name) {
                    let words = lower_words(&name.split_whitespace().collect::<Vec<_>>());
                    seen.insert(name.clone());
                    out.push(Described { pos: toks[s].start, name, kind, words });
                }
                continue;
            }
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
        if (words.len() < 2 && article.is_none()) || seen.contains(&name) {
            continue;
        }
        seen.insert(name.clone());
        out.push(Described { pos: start, name, kind, words });
    }
    out
}

/// The organisation after "by" or "from" in the words following a document noun
/// ("of 1,200 Filipinos by Social Weather Stations (SWS)" -> "Social Weather Stations").
fn owner_after(ahead: &[&str], allow_in: bool) -> Option<String> {
    let by = ahead.iter().position(|w| matches!(*w, "by" | "from") || (allow_in && *w == "in"))?;
    // Only a short "of ..." complement may come between the noun and its owner.
    if by > 0 && ahead[0] != "of" {
        return None;
    }
    if ahead[..by].iter().any(|w| matches!(*w, "," | "." | ";" | "said" | "says" | "showed" | "shows")) {
        return None;
    }
    let rest: Vec<&str> = ahead[by + 1..].iter().copied().skip_while(|w| *w == "the" || *w == "The").collect();
    let owner: Vec<&str> =
        rest.iter().copied().take_while(|w| is_capitalized(w) || (*w == "of" || *w == "for")).collect();
    let owner: Vec<&str> = owner.into_iter().rev().skip_while(|w| !is_capitalized(w)).collect();
    let owner: Vec<&str> = owner.into_iter().rev().collect();
    (!owner.is_empty() && owner.len() <= 6).then(|| owner.join(" ").trim_end_str("'s").to_string())
}

/// A mention that names a document by its owner: "a survey by the Asia Foundation" ->
/// "Asia Foundation survey", "a report from Human Rights Watch" -> "Human Rights Watch report".
pub fn owned_document(words: &[&str]) -> Option<String> {
    // "a poll published in El Pais newspaper on Monday": the paper that ran it.
    // Not "a report published in January": the date it came out.
    let in_paper = (1..words.len()).find(|&i| {
        words[i] == "in"
            && words[i - 1] == "published"
            && words
                .get(i + 1)
                .is_some_and(|w| !lexicon::WEEKDAYS_MONTHS.contains(w) && !w.starts_with(|c: char| c.is_ascii_digit()))
    });
    let by = words.iter().position(|w| matches!(*w, "by" | "from")).or(in_paper)?;
    // "documents released by the House Appropriations Committee": who made it; but not
    // "a letter seen by Reuters", which says who read it.
    let before = if by >= 2 && is_authorship_participle(words[by - 1]) { &words[..by - 1] } else { &words[..by] };
    let head = before.iter().rev().find(|w| !w.chars().next().is_some_and(|c| c.is_ascii_digit()))?;
    let head_l = head.to_lowercase();
    if !DOCUMENT_WORDS.contains(head_l.as_str()) {
        return None;
    }
    owner_after(&words[by..], in_paper == Some(by)).map(|owner| format!("{owner} {head_l}"))
}

/// A participle that names a document's maker after it ("released by", "compiled by").
pub fn is_authorship_participle(w: &str) -> bool {
    matches!(
        w,
        "released"
            | "published"
            | "issued"
            | "compiled"
            | "prepared"
            | "written"
            | "filed"
            | "drafted"
            | "commissioned"
            | "conducted"
            | "produced"
            | "submitted"
    )
}

/// "74 percent of respondents", "those surveyed", "just under half of Afghans": a
/// share of the people a survey asked.
pub fn is_poll_fraction(words: &[&str]) -> bool {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    lower.iter().any(|w| matches!(w.as_str(), "respondents" | "surveyed" | "polled" | "interviewed"))
        || (lower.iter().any(|w| matches!(w.as_str(), "percent" | "half" | "third" | "quarter" | "majority" | "%"))
            && lower.iter().any(|w| w == "of"))
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
    // The head must agree in number: "Diplomats" is not "a Security Council diplomat".
    if head != entity_head {
        return false;
    }
    // "the statement" refers back to "a statement" as well as to "a U.N. statement".
    let definite = mention.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "this" | "that"));
    let introduced = entity.name.starts_with("a ") || entity.name.starts_with("an ");
    let more_specific =
        content.len() < entity.words.len() || (definite && introduced && content.len() == entity.words.len());
    more_specific && content.iter().all(|w| entity.words.iter().any(|e| same_noun(w, e)))
}

/// The head of a described entity: the last word before any postmodifier.
fn entity_head(e: &Described) -> Option<&str> {
    let core_end = e.words.iter().skip(1).position(|w| postmodifier_prep(w)).map(|p| p + 1).unwrap_or(e.words.len());
    e.words[..core_end].last().map(String::as_str)
}

/// "source" and "sources" are the same noun for the modifiers of a description.
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
    // "Some diplomats", "two officials": new, indefinite groups, not references back.
    let indefinite = matches!(first.as_str(), "a" | "an" | "some" | "many" | "several" | "most" | "few" | "other")
        || lexicon::NUMBER_WORDS.contains(first.as_str())
        || first.chars().next().is_some_and(|c| c.is_ascii_digit());
    // A bare plural ("officials said") is new information; mass nouns ("police") refer back.
    let bare_plural =
        first != "the" && words.len() == 1 && l.ends_with('s') && !matches!(l.as_str(), "police" | "authorities");
    !indefinite && !bare_plural && words.len() <= 4 && !words.contains(&"and")
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

    #[test]
    fn former_and_senior_are_modifiers_of_the_description() {
        let found = scan_text("Scott was accused of touching a former aide. The aide said she was dismissed.");
        assert!(found.iter().any(|d| d.name == "a former aide"), "{found:?}");
    }

    #[test]
    fn a_plural_does_not_refer_to_a_singular() {
        let found = scan_text("A Security Council diplomat said so.");
        assert!(!refers_to(&["Diplomats"], &found[0]));
        assert!(refers_to(&["the", "diplomat"], &found[0]));
    }

    #[test]
    fn documents_are_named_by_their_owner() {
        let found = scan_text("The survey of 1,200 Filipinos by Social Weather Stations (SWS) showed a split.");
        assert_eq!(found[0].name, "Social Weather Stations survey");
        assert_eq!(
            owned_document(&["a", "survey", "by", "the", "Asia", "Foundation"]).as_deref(),
            Some("Asia Foundation survey")
        );
        assert_eq!(owned_document(&["a", "spokesman", "for", "the", "Foundation"]), None);
        // Who made it, past the participle; not who read it.
        let released = ["documents", "released", "by", "the", "House", "Appropriations", "Committee"];
        assert_eq!(owned_document(&released).as_deref(), Some("House Appropriations Committee documents"));
        assert_eq!(owned_document(&["a", "letter", "seen", "by", "Reuters"]), None);
        assert!(is_poll_fraction(&["74", "percent", "of", "respondents"]));
        assert!(is_poll_fraction(&["those", "surveyed"]));
        assert!(!is_poll_fraction(&["Afghans"]));
    }

    #[test]
    fn verbs_are_not_modifiers() {
        let names: Vec<String> =
            scan_text("In both killings, however, police saw police reports.").into_iter().map(|d| d.name).collect();
        assert!(!names.iter().any(|n| n.starts_with("saw")), "{names:?}");
    }
}
