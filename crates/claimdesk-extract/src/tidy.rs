//! Turning a speaker mention as written into the words that name the source: drop what
//! is said about the source rather than who it is. Each rule is a general pattern of
//! English noun phrases in news text:
//!
//! - a parenthesised acronym or aside: "the International Committee of the Red Cross (ICRC)";
//! - a time adverbial run into the subject: "A few weeks ago Ecuador's government";
//! - a participial postmodifier: "the Saudi-led coalition fighting Houthi rebels in Yemen",
//!   "the so-called Paradise Papers published on Sunday";
//! - generic media nouns and descriptors around a media name: "state-run Anadolu news
//!   agency", "Bild newspaper", "China's official Xinhua news agency", "broadcaster NHK";
//! - a country's possessive before "government": "Ecuador's government" -> "Ecuadorean government".

use crate::lexicon;
use crate::token::{is_capitalized, TrimEndStr};

/// Nouns that say a name is a medium without being part of the name.
const MEDIA_NOUNS: &[&str] = &[
    "newspaper",
    "daily",
    "agency",
    "broadcaster",
    "television",
    "tv",
    "radio",
    "website",
    "magazine",
    "outlet",
    "channel",
    "network",
    "weekly",
    "tabloid",
];

/// Lower-case descriptors of media that are not part of their name.
const MEDIA_DESCRIPTORS: &[&str] = &[
    "state-run",
    "state-owned",
    "state",
    "official",
    "government-run",
    "pro-government",
    "local",
    "news",
    "semi-official",
    "independent",
    "online",
    "national",
    "live",
    "private",
];

/// The mention with asides, time openers and participial tails removed.
pub fn tidy(mention: &str) -> String {
    let mut words: Vec<&str> = mention.split_whitespace().collect();
    // "(ICRC)", "(working with U.S. forces)": asides in brackets.
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut depth = 0usize;
    for w in &words {
        let opens = w.starts_with('(');
        let closes = w.ends_with(')');
        if opens {
            depth += 1;
        }
        if depth == 0 {
            out.push(w);
        }
        if closes && depth > 0 {
            depth -= 1;
        }
    }
    if !out.is_empty() {
        words = out;
    }
    // "A few weeks ago X", "Two days ago X".
    if let Some(ago) = words.iter().take(6).position(|w| w.eq_ignore_ascii_case("ago")) {
        if ago + 1 < words.len() {
            words.drain(..=ago);
        }
    }
    // "so-called X".
    words.retain(|w| !w.eq_ignore_ascii_case("so-called"));
    // "On Saturday Trump said": a weekday left before the name by a missing comma.
    if words.len() >= 2
        && matches!(words[0], "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
        && words[1].starts_with(|c: char| c.is_uppercase())
        // "Sunday Times", "Sunday Telegraph": a newspaper's name.
        && !matches!(words[1], "Times" | "Telegraph" | "Express" | "Mirror" | "Post" | "Herald" | "Star" | "Independent")
    {
        words.remove(0);
    }
    // "CAMPAIGN SHAKE-UP Conway": a heading in capitals glued to the sentence after it.
    let shouting = |w: &str| w.len() >= 2 && !w.contains('.') && w.chars().all(|c| c.is_uppercase() || c == '-');
    let heading = words.iter().take_while(|w| shouting(w) || matches!(**w, "OF" | "THE" | "AND")).count();
    // Not acronyms ("US CDC officials", "UK NHS doctors"): a heading has a long word, and a
    // capitalised word follows it.
    let long = words[..heading].iter().any(|w| w.len() >= 5);
    if heading >= 2
        && long
        && heading < words.len()
        && words[heading].starts_with(|c: char| c.is_uppercase())
        && words[heading].chars().any(|c| c.is_lowercase())
    {
        words.drain(..heading);
    }
    // "the results of a Gallup poll": the document itself.
    if words.len() > 3 {
        let skip = usize::from(words[0].eq_ignore_ascii_case("the"));
        if matches!(words[skip].to_lowercase().as_str(), "results" | "findings") && words[skip + 1] == "of" {
            words.drain(..skip + 2);
        }
    }
    // "171 of the 193 Democrats in the House": the group counted, not the count.
    if words.len() > 3 && words[0].chars().all(|c| c.is_ascii_digit() || c == ',') && words[1] == "of" {
        let mut k = 2;
        if words[k].eq_ignore_ascii_case("the") {
            k += 1;
        }
        if words[k].chars().all(|c| c.is_ascii_digit() || c == ',') && k + 1 < words.len() {
            k += 1;
        }
        words.drain(..k);
    }
    // "Senator Mike Rounds of South Dakota": a titled name, then the place it represents.
    if let Some(of) = words.iter().position(|w| *w == "of").filter(|&i| i >= 3 && i + 1 < words.len()) {
        let titled = words[..of - 2].iter().any(|w| lexicon::TITLE_WORDS.contains(w));
        // ("Representative Peter King of New York": a surname may be a title word.)
        let name = words[of - 2..of].iter().enumerate().all(|(i, w)| {
            is_capitalized(w) && (!lexicon::TITLE_WORDS.contains(w) || (i == 1 && lexicon::is_surname_title(w)))
        });
        if titled && name && is_capitalized(words[of + 1]) {
            words.truncate(of);
        }
    }
    // A participial postmodifier after a named or institutional head.
    if let Some(cut) = participle_at(&words) {
        words.truncate(cut);
    }
    // "U.S. intelligence agencies on Friday": a time adverbial run into the subject.
    if words.len() >= 3 {
        let n = words.len();
        if lexicon::is_time_word(words[n - 1], words[n - 1])
            && matches!(words[n - 2], "on" | "last" | "this" | "earlier" | "late")
        {
            words.truncate(n - 2);
        }
    }
    words.join(" ")
}

/// Index of a participle ("fighting", "published") that starts a postmodifier.
fn participle_at(words: &[&str]) -> Option<usize> {
    // "people familiar with the Kremlin's thinking": unnamed sources keep their description.
    let unnamed = words.iter().any(|w| {
        let l = w.to_lowercase();
        lexicon::ANONYMOUS_HEADS.contains(l.as_str()) || matches!(l.as_str(), "familiar" | "close")
    });
    if unnamed {
        return None;
    }
    (1..words.len()).find(|&i| {
        let w = words[i];
        let prev = words[i - 1];
        let after_document = lexicon::DOCUMENT_WORDS.contains(prev.to_lowercase().as_str());
        // "documents released on Monday": a bare plural document may be the first word.
        if i == 1 && !after_document {
            return false;
        }
        // Only an all-lower-case word, which is its own lower case.
        let participle = !w.contains('-')
            && w.len() > 4
            && w.chars().all(|c| c.is_lowercase())
            && (w.ends_with("ing") || w.ends_with("ed"))
            && !matches!(w, "ruling" | "united" | "leading" | "during" | "including" | "thing" | "wing" | "king");
        // "documents released by the committee": the maker stays, to name the document.
        // "a poll published in El Pais newspaper": the paper too.
        if after_document
            && crate::described::is_authorship_participle(w)
            && (words.get(i + 1) == Some(&"by")
                || (w == "published"
                    && words.get(i + 1) == Some(&"in")
                    && words.get(i + 2).is_some_and(|n| is_capitalized(n) && !lexicon::WEEKDAYS_MONTHS.contains(n))))
        {
            return false;
        }
        // "the European Union monitoring mission": an "-ing" noun modifier before a head
        // noun, not a participle opening a postmodifier.
        let modifier = w.ends_with("ing")
            && words.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "mission"
                        | "team"
                        | "group"
                        | "force"
                        | "committee"
                        | "body"
                        | "unit"
                        | "agency"
                        | "service"
                        | "center"
                        | "centre"
                        | "office"
                        | "board"
                        | "panel"
                        | "authority"
                        | "station"
                        | "company"
                )
            });
        if modifier {
            return false;
        }
        let head_before = is_capitalized(prev)
            || lexicon::DOCUMENT_WORDS.contains(prev.to_lowercase().as_str())
            || crate::described::head_kind(&prev.to_lowercase()).is_some_and(|k| k != crate::SourceKind::Anonymous);
        participle && head_before
    })
}

/// "Bild newspaper" -> "Bild", "state-run Anadolu news agency" -> "Anadolu",
/// "broadcaster NHK" -> "NHK"; None when the words hold no media name of their own
/// ("Russian television", "local media").
pub fn media_name(words: &[&str]) -> Option<String> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // "the National Security Agency" is a body; "Xinhua News Agency" a medium.
    // "Anadolu Agency" is a medium by its name.
    let named_medium = words.iter().any(|w| lexicon::MEDIA_WORDS.contains(w) && is_capitalized(w) && *w != "Agency");
    let body_agency = |i: usize| {
        words[i] == "Agency" && !named_medium && !(i > 0 && matches!(lower[i - 1].as_str(), "news" | "press"))
    };
    if !lower.iter().enumerate().any(|(i, l)| MEDIA_NOUNS.contains(&l.as_str()) && !body_agency(i)) {
        return None;
    }
    let generic =
        |l: &str| MEDIA_NOUNS.contains(&l) || MEDIA_DESCRIPTORS.contains(&l) || lexicon::DETERMINERS.contains(l);
    // "People's Daily", "China Daily": a capitalised "Daily" next to a name is the name's.
    let daily = |i: usize| {
        matches!(words[i], "Daily" | "Weekly")
            && [i.checked_sub(1), Some(i + 1)].into_iter().flatten().any(|j| {
                words.get(j).is_some_and(|w| is_capitalized(w) && !lexicon::DETERMINERS.contains(lower[j].as_str()))
            })
    };
    // "The Daily News", "Bangor Daily News": the capitalised noun after "Daily" is the name's too.
    let in_name = |i: usize| daily(i) || (i > 0 && daily(i - 1) && is_capitalized(words[i]));
    let name: Vec<&str> = words
        .iter()
        .zip(&lower)
        .enumerate()
        .filter(|&(i, (_, l))| !generic(l) || in_name(i))
        .map(|(_, (w, _))| *w)
        .filter(|w| {
            let bare = w.trim_end_str("'s").trim_end_str("\u{2019}s");
            // Nationalities and countries' possessives describe, they do not name.
            !(lexicon::nationality(bare).is_some() || (bare != *w && lexicon::is_country_name(bare)))
        })
        .filter(|w| *w != "s")
        .collect();
    (!name.is_empty() && name.iter().all(|w| is_capitalized(w))).then(|| name.join(" "))
}

/// "Ecuador's government", "Cambodia s government" -> the country's government name.
pub fn possessive_government(words: &[&str]) -> Option<String> {
    let (country, rest) = match words {
        [c, "s", rest @ ..] => (*c, rest),
        [c, rest @ ..] => (c.strip_suffix("'s").or_else(|| c.strip_suffix("\u{2019}s"))?, rest),
        _ => return None,
    };
    if !matches!(rest, ["government"]) {
        return None;
    }
    crate::countries::by_name(country).map(|c| c.government())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asides_time_openers_and_participles_are_dropped() {
        assert_eq!(tidy("International Committee of the Red Cross (ICRC)"), "International Committee of the Red Cross");
        assert_eq!(tidy("A few weeks ago Ecuador's government"), "Ecuador's government");
        assert_eq!(tidy("Saturday Trump"), "Trump");
        assert_eq!(tidy("CAMPAIGN SHAKE-UP Conway"), "Conway");
        assert_eq!(tidy("MORE FROM REUTERS More Democrats"), "More Democrats");
        assert_eq!(tidy("US CDC officials"), "US CDC officials");
        assert_eq!(tidy("Sunday Times reporter Jane Doe"), "Sunday Times reporter Jane Doe");
        assert_eq!(tidy("NATO Secretary-General Jens Stoltenberg"), "NATO Secretary-General Jens Stoltenberg");
        assert_eq!(
            tidy("Saudi-led military coalition fighting Houthi rebels in Yemen"),
            "Saudi-led military coalition"
        );
        assert_eq!(tidy("The so-called Paradise Papers published on Sunday"), "The Paradise Papers");
        // Unnamed sources keep what describes them.
        assert_eq!(tidy("a source briefed on the talks"), "a source briefed on the talks");
        // A bare plural document, and one whose maker follows.
        assert_eq!(tidy("documents released on Monday"), "documents");
        assert_eq!(
            tidy("documents released by the House Appropriations Committee"),
            "documents released by the House Appropriations Committee"
        );
    }

    #[test]
    fn media_names_lose_their_descriptors() {
        assert_eq!(media_name(&["state-run", "Anadolu", "news", "agency"]).as_deref(), Some("Anadolu"));
        assert_eq!(media_name(&["Bild", "newspaper"]).as_deref(), Some("Bild"));
        assert_eq!(media_name(&["China's", "official", "Xinhua", "news", "agency"]).as_deref(), Some("Xinhua"));
        assert_eq!(media_name(&["broadcaster", "NHK"]).as_deref(), Some("NHK"));
        assert_eq!(media_name(&["Russian", "television"]), None);
        assert_eq!(media_name(&["Washington", "Post"]), None);
        assert_eq!(media_name(&["The", "Daily", "News"]).as_deref(), Some("Daily News"));
        assert_eq!(media_name(&["Bangor", "Daily", "News"]).as_deref(), Some("Bangor Daily News"));
        assert_eq!(media_name(&["People's", "Daily"]).as_deref(), Some("People's Daily"));
    }

    #[test]
    fn a_countrys_possessive_government_is_that_government() {
        assert_eq!(possessive_government(&["Ecuador's", "government"]).as_deref(), Some("Ecuadorean government"));
        assert_eq!(possessive_government(&["Cambodia", "s", "government"]).as_deref(), Some("Cambodian government"));
        assert_eq!(possessive_government(&["Trump's", "government"]), None);
    }
}
