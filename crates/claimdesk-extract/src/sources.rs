//! One canonical source per entity per article: names, roles, pronouns, role
//! descriptions ("the Syrian leader") and anaphors ("the source").

use std::collections::HashMap;

use crate::attribution::{clean_np, Found};
use crate::lexicon::{
    self, ANONYMOUS_HEADS, COMPANY_SUFFIXES, DETERMINERS, DOCUMENT_WORDS, GOVERNMENT_BODIES, MEDIA_WORDS, NAME_LINKS,
    ORGANIZATION_HEADS, ROLE_NOUNS, TITLE_WORDS,
};
use crate::token::{is_capitalized, is_possessive, TrimEndStr};
use crate::{Attribution, AttributionType, SourceKind};

#[derive(Debug, Clone)]
struct Person {
    name: String,
    role: Option<String>,
}

/// Entities seen so far in one article.
#[derive(Debug, Default)]
pub struct Registry {
    /// Surname key -> fullest form of the person seen in the article.
    people: HashMap<String, Person>,
    /// The people most recently named as subject or speaker, most recent last (for
    /// "he"/"she", and a pronoun whose gender rules out the most recent one), with their
    /// kind: an unnamed speaker ("a police spokesman") is a person for pronouns too.
    recent_people: Vec<(Person, SourceKind)>,
    /// Described entities of the whole article ("a U.N. human rights report"), in order.
    described: Vec<crate::described::Described>,
    /// Sources resolved so far, most recent last, for short descriptions ("the sources").
    spoken: Vec<crate::described::Described>,
    /// Byte offset of the sentence being resolved: only entities before it are candidates.
    pos: usize,
    /// Where the sentence being resolved ends.
    end: usize,
    /// The country the article is mostly about (most mentioned by name, adjective or capital).
    main_country: Option<&'static crate::countries::Country>,
    /// The most recent non-person speaker (for "they", "the source", "the company").
    recent_group: Option<(String, SourceKind)>,
    /// The group before [`Registry::recent_group`], for a pronoun whose number rules the
    /// most recent one out ("they added" after "the FCC has said ..., according to the senators").
    earlier_group: Option<(String, SourceKind)>,
    /// How many sentences had been resolved when [`Registry::earlier_group`] and
    /// [`Registry::recent_group`] were named, and how many now.
    earlier_group_at: usize,
    recent_group_at: usize,
    sentences_seen: usize,
    /// First word of multi-word names -> the person, for names written family name first.
    first_names: HashMap<String, Person>,
    /// Organisations, media and institutions named in the article, by lower-case
    /// last word and by acronym ("post" -> Washington Post, "krg" -> Kurdistan Regional Government).
    groups: HashMap<String, (String, SourceKind)>,
    /// The most recent group of each kind named as a subject or speaker, for "the newspaper".
    recent_by_kind: HashMap<&'static str, String>,
    /// Organisations, media and institutions in the order the article first names them.
    order: Vec<(String, SourceKind)>,
    /// The outlet of the dateline ("Reuters"): its own reporting is not a source.
    outlet: Option<String>,
}

/// What kind of group a capitalised name is, from its last word.
fn group_kind(words: &[&str]) -> Option<SourceKind> {
    let last = *words.last()?;
    // Institutions are one or two words long ("Kremlin", "White House").
    let last_two = if words.len() >= 2 { format!("{} {}", words[words.len() - 2], last) } else { String::new() };
    if GOVERNMENT_BODIES.contains(last) || GOVERNMENT_BODIES.contains(last_two.as_str()) || last == "Bureau" {
        return Some(SourceKind::Government);
    }
    if MEDIA_WORDS.contains(last) || MEDIA_WORDS.contains(last_two.as_str()) {
        return Some(SourceKind::Media);
    }
    if ORGANIZATION_HEADS.contains(&last) {
        return Some(SourceKind::Organization);
    }
    // "Department of Health and Human Services": the head comes before "of".
    if let Some(of) = words.iter().position(|w| *w == "of" || *w == "for").filter(|&i| i > 0) {
        let head = words[of - 1];
        if matches!(head, "Department" | "Ministry" | "Administration" | "Bureau" | "Commission") {
            return Some(SourceKind::Government);
        }
        if BODY_HEADS.contains(&head) {
            return Some(SourceKind::Organization);
        }
    }
    None
}

/// Generic nouns that refer back to the last group of a kind ("the newspaper said").
fn anaphor_kind(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "newspaper" | "paper" | "agency" | "broadcaster" | "channel" | "daily" | "network" | "magazine" => "media",
        "company" | "firm" | "group" | "party" | "committee" | "organization" | "organisation" | "bank" | "union"
        | "campaign" | "coalition" => "organization",
        "ministry" | "department" | "government" | "bureau" | "administration" | "agency's" => "government",
        _ => return None,
    })
}

/// A plural-looking word: "senators", not "Congress" nor "press".
fn is_plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss")
}

/// A body named in the singular ("Federal Communications Commission", "the company").
fn singular_body(name: &str, kind: SourceKind) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    matches!(kind, SourceKind::Organization | SourceKind::Media) && !name.contains(" and ") && !is_plural(last)
}

/// A group named in the plural ("senators", "Democratic lawmakers", "X and Y").
fn plural_group(name: &str, kind: SourceKind) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    kind != SourceKind::Document
        && (name.contains(" and ")
            || (last.ends_with('s') && !last.ends_with("ss") && last.starts_with(char::is_lowercase)))
}

fn surname_key(word: &str) -> String {
    let w = word.trim_end_str("'s").trim_end_str("\u{2019}s").trim_end_matches('.');
    let w = w.strip_prefix("al-").or_else(|| w.strip_prefix("el-")).or_else(|| w.strip_prefix("Al-")).unwrap_or(w);
    // "O’Connell" and "O'Connell" are one name.
    w.to_lowercase().replace('\u{2019}', "'")
}

/// End of the run of name-like tokens starting at `i`: capitalised words, particles
/// ("al", "bin") and a role noun followed by a name ("Hezbollah leader Sayyed ...").
/// Lower-case nouns for places and things named after people.
const NAMED_AFTER_HEADS: &[&str] = &[
    "hospital",
    "airport",
    "university",
    "school",
    "college",
    "stadium",
    "street",
    "avenue",
    "bridge",
    "museum",
    "prize",
    "award",
    "foundation",
    "institute",
    "center",
    "centre",
    "library",
    "park",
    "square",
    "station",
];

fn name_run(toks: &[crate::token::Tok], text: &str, i: usize) -> usize {
    let mut j = i;
    while j < toks.len() && toks[j].word {
        // "Washington, D.C.  Elbaz said", "F-35 REQUEST  Tsai said", "New  or  Upper
        // Macedonia": a name does not run across the gap of a removed mark (in archive text a
        // double space inside a name is rarer than a scare quote or a heading before one).
        // A plural's possessive apostrophe leaves a gap too ("Foreign Correspondents  Club").
        if j > i && toks[j].start >= toks[j - 1].end + 2 && !toks[j - 1].text(text).ends_with('s') {
            break;
        }
        let w = toks[j].text(text);
        let link = NAME_LINKS.contains(&w) && w != "and" && w != "of" && w != "for";
        let role_noun = ROLE_NOUNS.contains(&w) && j + 1 < toks.len() && is_capitalized(toks[j + 1].text(text));
        // "Zeid Ra ad al-Hussein": the archive turned the apostrophe of "Ra'ad" into a
        // space, leaving a short lower-case piece inside the name.
        let piece = j > i
            && is_name_piece(w)
            && toks[j].start == toks[j - 1].end + 1
            // "Jo o Louren o": a single letter may also end the name.
            && (w.len() == 1
                || toks
                    .get(j + 1)
                    .is_some_and(|t| t.word && is_capitalized(t.text(text)) || t.text(text).starts_with("al-")));
        if is_capitalized(w) || link || role_noun || piece {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// A short lower-case piece left inside a name where an archive dropped an apostrophe or a
/// letter ("ad" of "Zeid Ra ad al-Hussein", "o" of "Jo o Louren o"), not an English word.
fn is_name_piece(w: &str) -> bool {
    // Not a short English word between two names ("Clinton led Sanders", "Just ask Glenn
    // Martin"): the pieces an archive leaves are one or two letters.
    (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_lowercase()) && !lexicon::FUNCTION_WORDS.contains(&w)
}

/// A party name used as a title ("Democrat Obama", "Republican Senator ...").
fn is_party(w: &str) -> bool {
    matches!(w, "Democrat" | "Republican" | "Democratic" | "Conservative" | "Labour" | "Liberal")
}

fn is_place(word: &str) -> bool {
    lexicon::capital_country(word).is_some() || lexicon::is_country_name(word)
}

fn is_title(word: &str) -> bool {
    // "Labour MP Jess Phillips": an office written as an acronym titles the name too.
    TITLE_WORDS.contains(&word)
        || is_office_acronym(word)
        || lexicon::nationality(word).is_some()
        // "Secretary-General", "Director-General", "Attorney-General".
        || (word.contains('-') && word.split('-').any(|p| TITLE_WORDS.contains(&p)))
}

/// Split "Russian President Vladimir Putin" into (role "Russian President", name "Vladimir Putin").
fn split_role_name(words: &[&str]) -> (Option<String>, Vec<String>) {
    let mut name_start = words.len();
    while name_start > 0 {
        let w = words[name_start - 1];
        let bare = w.trim_end_str("'s");
        // "Democrat Obama": a party before a name is part of the role.
        let party = name_start < words.len() && is_party(bare);
        // "Zeid Ra ad al-Hussein": a piece of a name split at a stripped apostrophe.
        let piece = name_start >= 2
            && (name_start < words.len() || bare.len() == 1)
            && is_name_piece(bare)
            && is_capitalized(words[name_start - 2]);
        // "Peter King", "John Major": a title word that is a surname, after a first name.
        let surname_title = name_start == words.len() && name_start >= 2 && lexicon::is_surname_title(bare) && {
            let first = words[name_start - 2];
            is_capitalized(first) && !is_title(first) && !ROLE_NOUNS.contains(&first) && !is_party(first)
        };
        // "Florida's Marco Rubio": a possessive before the name is the role's (only the
        // name's last word may carry one).
        // ("People's" belongs to names: "the Supreme People's Procuracy".)
        if name_start < words.len() && is_possessive(w) && bare != "People" && !w.starts_with("People\u{2019}") {
            break;
        }
        let is_name_part = piece
            || surname_title
            || (is_capitalized(bare) && !is_title(bare) && !ROLE_NOUNS.contains(&bare) && !party)
            || (name_start < words.len()
                && NAME_LINKS.contains(&bare)
                && bare != "and"
                && bare != "of"
                && bare != "for");
        if !is_name_part {
            break;
        }
        name_start -= 1;
    }
    // "The CIA": an article opens no name.
    while name_start + 1 < words.len() && matches!(words[name_start], "The" | "the" | "A" | "a" | "An" | "an") {
        name_start += 1;
    }
    // "Minister of Sports Masoud Soltanifar", "Minister of Foreign Affairs Mevlut
    // Cavusoglu", "Ambassador to the United Nations Nikki Haley": after a title's "of"
    // or "to", the capitalised words before the last two are the portfolio, not the name.
    // "envoy on Syria Staffan de Mistura": a lower-case particle keeps three words.
    if name_start > 0 && matches!(words[name_start - 1], "of" | "for" | "to" | "on") {
        let keep = if words.len() >= 3 && NAME_LINKS.contains(&words[words.len() - 2]) { 3 } else { 2 };
        name_start = name_start.max(words.len().saturating_sub(keep));
    }
    let role_words: Vec<&str> =
        words[..name_start].iter().copied().skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str())).collect();
    let role = (!role_words.is_empty()).then(|| role_words.join(" "));
    let name = words[name_start..].iter().map(|w| w.to_string()).collect();
    (role, name)
}

impl Registry {
    /// Collect the people named anywhere in the article with their titles, so a later
    /// "Putin" or "the Syrian leader" finds "Vladimir Putin" / "Bashar al-Assad".
    #[cfg(test)]
    pub fn from_text(text: &str) -> Self {
        Self::from_tokens(text, &crate::token::tokenize(text))
    }

    /// As [`Registry::from_text`], on the article already tokenized.
    pub(crate) fn from_tokens(text: &str, toks: &[crate::token::Tok]) -> Self {
        let mut reg = Registry {
            described: crate::described::scan(text, toks),
            main_country: main_country(text, toks),
            ..Registry::default()
        };
        let mut i = 0;
        while i < toks.len() {
            let w = toks[i].text(text);
            // "Through October 2016, ...": a capitalised preposition or opener (anywhere a
            // name could start) is not part of a name.
            if !(toks[i].word && is_capitalized(w)) || is_intro_word(w) {
                i += 1;
                continue;
            }
            let start = i;
            let j = name_run(toks, text, i);
            // Most runs are one capitalised word: only a medium's name is worth keeping.
            if j == start + 1 && !toks.get(j).is_some_and(|t| matches!(t.text(text), "of" | "for")) {
                if MEDIA_WORDS.contains(w) {
                    reg.register_group(&[w], None);
                }
                i = j;
                continue;
            }
            let words: Vec<&str> = toks[start..j].iter().map(|t| t.text(text)).collect();
            // "Japanese Minister of Defense Tomomi Inada", "Secretary of State Rex Tillerson":
            // a title with "of" in it, registered whole with the name.
            let mut titled = start;
            if start >= 2 && matches!(toks[start - 1].text(text), "of" | "for" | "to") {
                let mut k = start - 1;
                while k > 0
                    && toks[k - 1].word
                    && (is_capitalized(toks[k - 1].text(text)) || toks[k - 1].text(text) == "the")
                {
                    k -= 1;
                }
                if k < start - 1 && toks[k..start - 1].iter().any(|t| is_title(t.text(text))) {
                    titled = k;
                }
            }
            // "The Jaramogi Oginga Odinga hospital", "the John F. Kennedy airport": a place named
            // after a person is not the person.
            let named_after = toks.get(j).is_some_and(|t| t.word && NAMED_AFTER_HEADS.contains(&t.text(text)));
            // "former vice-president of Catalonia Oriol Junqueras": after a lower-case title's
            // "of", the words before the last two are the place or portfolio.
            let lower_title_of = start >= 2 && toks[start - 1].text(text) == "of" && toks[start - 2].word && {
                let t = toks[start - 2].text(text);
                let bare = t.rsplit('-').next().unwrap_or(t);
                !is_capitalized(t) && (TITLE_WORDS.contains(capitalize(bare).as_str()) || ROLE_NOUNS.contains(bare))
            };
            let words = if lower_title_of && words.len() >= 3 && !words.iter().any(|w| NAME_LINKS.contains(w)) {
                words[words.len() - 2..].to_vec()
            } else {
                words
            };
            // "Former leader of Catalonia Puigdemont" after "Carles Puigdemont": the place
            // and the known surname, not a second person.
            let known_surname = lower_title_of && words.len() == 2 && reg.people.contains_key(&surname_key(words[1]));
            // "Customs Enforcement (ICE)": a name followed by its acronym in brackets is a body's.
            let acronym_after = toks.get(j).is_some_and(|t| t.text(text) == "(")
                && toks.get(j + 1).is_some_and(|t| is_acronym(t.text(text)))
                && toks.get(j + 2).is_some_and(|t| t.text(text) == ")");
            if !named_after && !known_surname && !acronym_after {
                if titled < start {
                    let with_title: Vec<&str> = toks[titled..j].iter().map(|t| t.text(text)).collect();
                    reg.register(&with_title);
                } else {
                    reg.register(&words);
                }
            }
            // "Department of Health and Human Services", "Bank of England": a body's name
            // goes on through "of"/"for" and the capitalised words after it.
            let mut g = j;
            let body_head = words.last().is_some_and(|w| BODY_HEADS.contains(w));
            // "Committee against Torture" too.
            if body_head && toks.get(g).is_some_and(|t| matches!(t.text(text), "of" | "for" | "against")) {
                let mut k = g + 1;
                while k < toks.len()
                    && toks[k].word
                    && (is_capitalized(toks[k].text(text))
                        || (toks[k].text(text) == "and"
                            && toks.get(k + 1).is_some_and(|n| is_capitalized(n.text(text)))))
                {
                    k += 1;
                }
                if k > g + 1 {
                    g = k;
                }
            }
            let group_words: Vec<&str> = toks[start..g].iter().map(|t| t.text(text)).collect();
            reg.register_group(&group_words, toks.get(g..g + 3).map(|t| t.iter().map(|t| t.text(text)).collect()));
            i = j.max(i + 1);
        }
        reg.register_acronyms(text, toks);
        reg.register_relatives(text, toks);
        reg.register_appositive_roles(text, toks);
        reg.expand_described_acronyms();
        reg
    }

    fn register(&mut self, words: &[&str]) {
        // One capitalised word is never a person's full name (a titled one has two words).
        // "Federal Bureau (of Investigation)": a body's head word ends no person's name.
        let last = words.last().unwrap_or(&"");
        if words.len() < 2 || ORGANIZATION_HEADS.contains(last) || BODY_HEADS.contains(last) {
            return;
        }
        let (mut role, mut name) = split_role_name(words);
        // "National Electoral Commission Julia Ferreira": the body is the person's role.
        if let Some(cut) = body_prefix(&name.iter().map(String::as_str).collect::<Vec<_>>()) {
            let body = name[..cut].join(" ");
            role = Some(role.map_or(body.clone(), |r| format!("{r} {body}")));
            name.drain(..cut);
        }
        // "Russia Assad s ..." (a lost comma) and "Before Carles Puigdemont addressed ...":
        // place names and sentence openers never start a personal name.
        // "U.S. Ambassador to the United Nations Nikki Haley": the body is part of the title.
        for (union, _) in crate::countries::UNIONS {
            let parts: Vec<&str> = union.split(' ').collect();
            if name.len() > parts.len() + 1 && name[..parts.len()].iter().map(String::as_str).eq(parts.iter().copied())
            {
                name.drain(..parts.len());
            }
        }
        if name.len() > 3 {
            if let Some(c) = crate::countries::by_name(&format!("{} {}", name[0], name[1])) {
                if c.name.contains(' ') {
                    name.drain(..2);
                }
            }
        }
        // After a title the words are the name even when one is also a place
        // ("Intelligence Minister Israel Katz").
        while name.len() > 1
            && ((role.is_none() && is_place(&name[0])) || lexicon::SENTENCE_STARTERS.contains(name[0].as_str()))
        {
            name.remove(0);
        }
        // "Eight Palestinians", "Two Americans": a count and a people; "Opposition MPs":
        // an office, not a name.
        if name.first().is_some_and(|w| lexicon::NUMBER_WORDS.contains(w.to_lowercase().as_str())) {
            return;
        }
        // A person needs a first and last name, or a single name after a title.
        let plausible = name.len() >= 2
            || (name.len() == 1
                && role
                    .as_ref()
                    .is_some_and(|r| r.split(' ').any(|w| TITLE_WORDS.contains(&w) || ROLE_NOUNS.contains(&w))));
        if !plausible || name.len() > 4 {
            return;
        }
        if name.iter().enumerate().any(|(i, w)| {
            lexicon::SENTENCE_STARTERS.contains(&w.as_str())
                // "Taiwan's China policy": a possessive inside is not a person's name.
                || (i + 1 < name.len() && (w.ends_with("'s") || w.ends_with("\u{2019}s")))
                // "Theresa May": a month may be a surname, after a given name; a weekday never
                // is ("Just Tuesday").
                || (lexicon::WEEKDAYS_MONTHS.contains(&w.as_str()) && (i == 0 || name.len() == 1))
                || matches!(
                    w.as_str(),
                    "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
                )
                // A capital's name is a surname after a title and a given name ("Prime
                // Minister Joseph Muscat").
                || (lexicon::capital_country(w).is_some()
                    && !(i == 0 && role.is_some())
                    && !(i + 1 == name.len()
                        && name.len() >= 2
                        && role.is_some()
                        && !is_place(name[0].trim_end_str("'s").trim_end_str("\u{2019}s"))))
        }) {
            return;
        }
        let Some(last) = name.last() else { return };
        let key = surname_key(last);
        let full = name.join(" ").replace("\u{2019}s", "").trim_end_str("'s").to_string();
        // "Naval Air Station Sigonella", "Camp David": facilities and places, not people.
        if words.iter().any(|w| FACILITY_WORDS.contains(w)) {
            return;
        }
        // "Puerto Rico", "Saudi Arabia", "New Delhi" are places, not people; "United
        // Nations" is a union of them.
        if crate::countries::by_name(&full).is_some()
            || crate::countries::by_capital(&full).is_some()
            || crate::countries::UNIONS.iter().any(|(u, _)| *u == full)
        {
            return;
        }
        // Family name first ("Yoo Yeong-ha", "Hun Sen"): the first word finds the person
        // too, unless another person already answers to it.
        if name.len() >= 2 {
            let first = surname_key(&name[0]);
            self.first_names.entry(first).or_insert_with(|| Person { name: full.clone(), role: role.clone() });
        }
        let entry = self.people.entry(key).or_insert(Person { name: full.clone(), role: None });
        // The titled mention is the authoritative one; otherwise keep the fullest.
        let better = (role.is_some() && entry.role.is_none())
            || (role.is_some() == entry.role.is_some() && full.len() > entry.name.len());
        if better {
            // "Rex Tillerson", later "Secretary of State Tillerson": the title is taken, the
            // fuller name kept.
            if !(entry.name.len() > full.len() && entry.name.ends_with(full.as_str())) {
                entry.name = full;
            }
            if role.is_some() {
                entry.role = role;
            }
        } else if full.len() > entry.name.len() && full.ends_with(entry.name.as_str()) {
            // "Secretary of State Tillerson", later "Rex Tillerson": the fuller name, same title.
            entry.name = full;
        }
    }

    /// "Mick Mulvaney, White House budget chief and acting director of the CFPB, said ...":
    /// a role in apposition after a person's name is that person's title, for a later "the
    /// budget chief", when the name came with none.
    fn register_appositive_roles(&mut self, text: &str, toks: &[crate::token::Tok]) {
        for c in 2..toks.len() {
            if toks[c].word || toks[c].text(text) != "," || !toks[c - 1].word {
                continue;
            }
            let key = surname_key(toks[c - 1].text(text));
            let Some(person) = self.people.get(&key) else { continue };
            // The name before the comma must be the person's full name.
            let name_words: Vec<&str> = person.name.split(' ').collect();
            let n = name_words.len();
            if person.role.is_some() || n < 2 || c < n || !(0..n).all(|k| toks[c - n + k].text(text) == name_words[k]) {
                continue;
            }
            // The role: up to the next comma, "and", or a verb; a role head at its end.
            let mut e = c + 1;
            while e < toks.len() && e - c <= 7 && toks[e].word && !matches!(toks[e].text(text), "and" | "who") {
                e += 1;
            }
            // A title has no verb or adverb in it ("then called the deputy director").
            let clause = (c + 1..e).any(|k| {
                let w = toks[k].text(text);
                lexicon::cue_verb(w).is_some() || matches!(w, "then" | "not" | "also" | "now") || w.ends_with("ed")
            });
            if clause {
                continue;
            }
            if e == c + 1 || e - c > 7 {
                continue;
            }
            // "the new president of the Bundestag": the head comes before "of".
            let head_at = (c + 1..e).find(|&k| toks[k].text(text) == "of").map_or(e - 1, |k| k - 1);
            let last = toks[head_at].text(text);
            // "Mulvaney, the White House budget chief, said": the article is not the title's.
            let mut b = c + 1;
            if b + 1 < e && matches!(toks[b].text(text), "the" | "a" | "an") {
                b += 1;
            }
            let first = toks[b].text(text);
            let ends_role = ROLE_HEADS.contains(&last) || (ANONYMOUS_HEADS.contains(&last) && last.ends_with("man"));
            let descriptive =
                !DETERMINERS.contains(first.to_lowercase().as_str()) && lexicon::cue_verb(first).is_none();
            if ends_role && descriptive {
                let role = text[toks[b].start..toks[e - 1].end].to_string();
                if let Some(p) = self.people.get_mut(&key) {
                    p.role = Some(role);
                }
            }
        }
    }

    /// "Rwigara's sister Anne", "Park's daughter Geun-hye": a relative named by a given
    /// name carries the family name.
    fn register_relatives(&mut self, text: &str, toks: &[crate::token::Tok]) {
        const RELATIONS: &[&str] = &[
            "sister", "brother", "mother", "father", "wife", "husband", "son", "daughter", "cousin", "uncle", "aunt",
            "niece", "nephew", "widow", "widower",
        ];
        for i in 0..toks.len() {
            let w = toks[i].text(text);
            if !RELATIONS.contains(&w) || i < 2 || i + 1 >= toks.len() || !toks[i + 1].word {
                continue;
            }
            let given = toks[i + 1].text(text);
            let (family, possessive) = match (toks[i - 2].text(text), toks[i - 1].text(text)) {
                (f, "s") => (f, true),
                (_, f) => (f.strip_suffix("'s").or_else(|| f.strip_suffix("\u{2019}s")).unwrap_or(f), f.ends_with("s")),
            };
            let next_cap = toks.get(i + 2).is_some_and(|t| t.word && is_capitalized(t.text(text)));
            if possessive
                && is_capitalized(family)
                && is_capitalized(given)
                && !next_cap
                && self.people.contains_key(&surname_key(family))
            {
                let full = format!("{given} {family}");
                self.first_names.insert(surname_key(given), Person { name: full, role: None });
            }
        }
    }

    /// "SWS survey" -> "Social Weather Stations survey": acronyms inside descriptions.
    fn expand_described_acronyms(&mut self) {
        for d in &mut self.described {
            let words: Vec<String> = d
                .name
                .split(' ')
                .map(|w| match self.groups.get(&w.to_lowercase()) {
                    Some((full, _)) if w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-') => {
                        full.clone()
                    }
                    _ => w.to_string(),
                })
                .collect();
            let name = words.join(" ");
            if name != d.name {
                d.words = name.split(' ').map(str::to_lowercase).collect();
                d.name = name;
            }
        }
    }

    /// "Cyberspace Administration of China (CAC)", "West Papua National Liberation Army
    /// (TPN-OPM)": a bracketed acronym names the capitalised phrase before it, whatever its
    /// last word, when its letters are that phrase's initials (or the phrase is a body).
    fn register_acronyms(&mut self, text: &str, toks: &[crate::token::Tok]) {
        for i in 1..toks.len().saturating_sub(2) {
            if !(toks[i].text(text) == "(" && toks[i + 2].text(text) == ")" && toks[i + 1].word) {
                continue;
            }
            let acr = toks[i + 1].text(text);
            if !(acr.len() >= 2 && is_acronym(acr)) {
                continue;
            }
            let mut s = i;
            while s > 0 && toks[s - 1].word {
                let w = toks[s - 1].text(text);
                if is_capitalized(w) || matches!(w, "of" | "for" | "and" | "the" | "on" | "de") {
                    s -= 1;
                } else {
                    break;
                }
            }
            while s < i && (toks[s].text(text) == "The" || !is_capitalized(toks[s].text(text))) {
                s += 1;
            }
            let words: Vec<&str> = toks[s..i].iter().map(|t| t.text(text)).collect();
            if words.len() < 2 {
                continue;
            }
            let initials: String =
                words.iter().filter(|w| is_capitalized(w)).filter_map(|w| w.chars().next()).collect();
            let letters: String = acr.chars().filter(|c| c.is_alphabetic()).collect();
            let kind = group_kind(&words);
            // "U.S. Immigration and Customs Enforcement (ICE)": a country before the body's
            // name is not in its acronym.
            let country_first =
                lexicon::nationality(words[0]).is_some() || crate::countries::by_name(words[0]).is_some();
            let without_country = country_first && initials.get(1..) == Some(letters.as_str());
            if initials != letters && !without_country && kind.is_none() {
                continue;
            }
            let government = words.iter().any(|w| {
                matches!(
                    *w,
                    "Administration"
                        | "Ministry"
                        | "Department"
                        | "Commission"
                        | "Agency"
                        | "Authority"
                        | "Bureau"
                        | "Command"
                )
            });
            let kind = kind.unwrap_or(if government { SourceKind::Government } else { SourceKind::Organization });
            // "the Federal Bureau of Investigation's (FBI) probe": the body, not its possessive.
            let name = words.join(" ");
            let name = name.trim_end_str("\u{2019}s").trim_end_str("'s").to_string();
            self.add_to_order(&name, kind);
            self.groups.insert(acr.to_lowercase(), (name, kind));
        }
    }

    /// Add a group to [`Registry::order`] unless the article has named it already.
    fn add_to_order(&mut self, name: &str, kind: SourceKind) {
        if !self.order.iter().any(|(n, _)| n == name) {
            self.order.push((name.to_string(), kind));
        }
    }

    /// Remember an organisation, medium or institution by its last word and acronym.
    /// `next` are the tokens after the name, to catch "(KRG)".
    fn register_group(&mut self, words: &[&str], next: Option<Vec<&str>>) {
        // Single words name a group only when they are a medium ("Reuters", "Xinhua").
        if words.len() == 1 && !MEDIA_WORDS.contains(words[0]) {
            return;
        }
        let mut words: Vec<&str> = words.iter().copied().skip_while(|w| *w == "The").collect();
        // "National Electoral Commission Julia Ferreira": the body, without the person after it.
        if group_kind(&words).is_none() {
            if let Some(cut) = body_prefix(&words) {
                words.truncate(cut);
            }
        }
        let Some(kind) = group_kind(&words) else {
            return;
        };
        if words.len() < 2 && kind != SourceKind::Media {
            return;
        }
        let name = words.join(" ").trim_end_str("'s").trim_end_str("\u{2019}s").to_string();
        let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
        self.add_to_order(&name, kind);
        self.groups.entry(last).or_insert((name.clone(), kind));
        // "Freeport-McMoRan Inc" is "Freeport" for short.
        if let Some((short, _)) = words[0].split_once('-').filter(|(a, b)| is_capitalized(a) && is_capitalized(b)) {
            self.groups.entry(short.to_lowercase()).or_insert((name.clone(), kind));
        }
        let acronym: String = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect();
        if acronym.len() >= 2 {
            self.groups.entry(acronym.to_lowercase()).or_insert((name.clone(), kind));
        }
        if let Some(next) = next {
            if next.len() == 3 && next[0] == "(" && next[2] == ")" && is_acronym(next[1]) {
                self.groups.insert(next[1].to_lowercase(), (name, kind));
            }
        }
    }

    fn group_for(&self, words: &[&str]) -> Option<(String, SourceKind)> {
        let words: Vec<&str> = words.iter().copied().filter(|w| !matches!(*w, "the" | "The")).collect();
        // "president of the European Parliament" is a person's role, not the body.
        if words.is_empty()
            || words.len() > 6
            || !words[0].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            return None;
        }
        // "A source in the White House" is someone there, not the body.
        if words.len() > 1 && (matches!(words[0], "A" | "An") || words.iter().any(|w| ANONYMOUS_HEADS.contains(w))) {
            return None;
        }
        if let Some(kind) = group_kind(&words) {
            if words.len() >= 2 || kind == SourceKind::Media {
                // A full name: prefer the registered (fullest) form of the same group.
                let key = words.last()?.to_lowercase();
                return Some(
                    self.groups
                        .get(&key)
                        .cloned()
                        .filter(|(n, _)| n.ends_with(&words.join(" ")))
                        .unwrap_or((words.join(" "), kind)),
                );
            }
        }
        if words.len() == 1 {
            let w = words[0];
            if let Some(g) = self.groups.get(&w.to_lowercase()) {
                return Some(g.clone());
            }
            // "HHS" for "Department of Health and Human Services": an acronym of a run of
            // the name's capitalised words.
            if w.len() >= 2 && w.len() <= 6 && w.chars().all(|c| c.is_ascii_uppercase()) {
                return self.order.iter().find(|(name, _)| acronym_of_run(w, name)).cloned();
            }
            // "Freeport" for "Freeport-McMoRan Inc", "Whitefish" for "Whitefish Energy
            // Holdings": a company called by the first word of its name.
            return self
                .order
                .iter()
                .find(|(name, kind)| {
                    *kind == SourceKind::Organization
                        && distinctive_first_word(w)
                        && fits_anaphor("company", name)
                        && name.strip_prefix(w).is_some_and(|rest| rest.starts_with(['-', ' ']))
                })
                .cloned();
        }
        // "SW General" for "SW General Inc": the name without its company suffix.
        let joined = words.join(" ");
        self.order
            .iter()
            .find(|(name, kind)| {
                *kind == SourceKind::Organization
                    && name
                        .strip_prefix(joined.as_str())
                        .is_some_and(|rest| fits_anaphor("company", rest.trim()) && rest.starts_with(' '))
            })
            .cloned()
    }

    fn note_group(&mut self, name: &str, kind: SourceKind) {
        if self.recent_group.as_ref().is_some_and(|(n, _)| n != name) {
            self.earlier_group = self.recent_group.take();
            self.earlier_group_at = self.recent_group_at;
        }
        self.recent_group = Some((name.to_string(), kind));
        self.recent_group_at = self.sentences_seen;
        let k = match kind {
            SourceKind::Media => "media",
            SourceKind::Government => "government",
            SourceKind::Organization => "organization",
            // A statement or an unnamed group is not what "the company" refers back to.
            _ => return,
        };
        self.recent_by_kind.insert(k, name.to_string());
    }

    /// Remember the person a sentence is about, for pronouns in later sentences.
    #[cfg(test)]
    pub fn note_subject(&mut self, sentence: &str) {
        self.note_subject_toks(sentence, &crate::token::tokenize(sentence));
    }

    /// As [`Registry::note_subject`], on an already tokenized sentence.
    pub(crate) fn note_subject_toks(&mut self, sentence: &str, toks: &[crate::token::Tok]) {
        // The subject: the first capitalised run at the start or after an introductory comma.
        let mut starts = vec![0];
        starts.extend(toks.iter().enumerate().filter(|(_, t)| !t.word && t.text(sentence) == ",").map(|(i, _)| i + 1));
        for s in starts.into_iter().take(3) {
            let s = s.min(toks.len());
            let words: Vec<&str> = toks[s..name_run(toks, sentence, s)].iter().map(|t| t.text(sentence)).collect();
            if let Some(p) = self.person_for(&words) {
                self.note_person(p, SourceKind::Person);
                return;
            }
            if let Some((name, kind)) = self.group_for(&words) {
                self.note_group(&name, kind);
                return;
            }
        }
    }

    /// "European Commission head Jean-Claude Juncker has invited ..., according to a letter
    /// seen by Reuters": an unnamed letter is the letter of the person the sentence is
    /// about, its subject ("Jean-Claude Juncker's letter").
    pub(crate) fn letter_of_subject(&self, a: Attribution, sentence: &str, toks: &[crate::token::Tok]) -> Attribution {
        let bare = a.source.strip_prefix("a ").or_else(|| a.source.strip_prefix("an ")).unwrap_or(&a.source);
        if a.kind != SourceKind::Document
            || a.cue != "according to"
            || !matches!(bare, "letter" | "letters" | "memo" | "email" | "emails")
        {
            return a;
        }
        let run = name_run(toks, sentence, 0);
        // "Musk was warned by regulators ..., according to a letter": not his letter.
        let word = |i: usize| toks.get(i).map_or("", |t| t.text(sentence));
        let participle = |w: &str| w.ends_with("ed") || w.ends_with("en");
        let passive = (matches!(word(run), "was" | "were" | "is" | "are") && participle(word(run + 1)))
            || (matches!(word(run), "has" | "have" | "had") && word(run + 1) == "been")
            || matches!(word(run), "received" | "got");
        if passive {
            return a;
        }
        let words: Vec<&str> = toks[..run].iter().map(|t| t.text(sentence)).collect();
        match self.person_for(&words).filter(|p| is_full_name(&p.name)) {
            Some(p) => Attribution { source: format!("{}'s {bare}", p.name), ..a },
            None => a,
        }
    }

    /// For "he" or "she" that nobody before can take: the one person the sentence before
    /// names with a speech verb after ", who" ("... comments by White House spokeswoman
    /// Sarah Sanders, who told reporters .... “...,” she told reporters"), if the pronoun
    /// fits their gender. Someone named only as an object or owner ("outside the office of
    /// Olaf Scholz") is not taken. Remembered for later pronouns when found.
    pub(crate) fn speaker_named_before(
        &mut self,
        found: &Found,
        sentence: &str,
        toks: &[crate::token::Tok],
    ) -> Option<Attribution> {
        let female = match found.mention.to_lowercase().as_str() {
            "she" => true,
            "he" => false,
            _ => return None,
        };
        let speakers: Vec<Person> = self
            .people_named(sentence, toks)
            .into_iter()
            .filter(|p| {
                let surname = p.name.rsplit(' ').next().unwrap_or_default();
                sentence.split(&format!("{surname}, who ")).nth(1).is_some_and(|after| {
                    after.split_whitespace().take(3).any(|w| {
                        crate::lexicon::cue_verb(w).is_some_and(|c| matches!(c.lemma, "say" | "tell" | "add" | "write"))
                    })
                })
            })
            .collect();
        let [p] = speakers.as_slice() else { return None };
        // "she" only for someone known to be a woman; "he" for anyone else.
        if (gender(p) == Gender::Female) != female {
            return None;
        }
        self.note_person(p.clone(), SourceKind::Person);
        Some(Attribution {
            source: p.name.clone(),
            kind: SourceKind::Person,
            mention: found.mention.clone(),
            role: p.role.clone(),
            cue: found.cue.clone(),
            kind_of_quote: found.kind_of_quote,
            reported_by: None,
        })
    }

    /// The known people a sentence names with two or more words, in order.
    fn people_named(&self, sentence: &str, toks: &[crate::token::Tok]) -> Vec<Person> {
        let mut named = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if !(toks[i].word && is_capitalized(toks[i].text(sentence))) {
                i += 1;
                continue;
            }
            let j = name_run(toks, sentence, i).max(i + 1);
            let mut words: Vec<&str> = toks[i..j].iter().map(|t| t.text(sentence)).collect();
            // "But Hatch said": a capitalised sentence starter is not part of the name.
            if words.len() > 1 && lexicon::SENTENCE_STARTERS.contains(words[0]) {
                words.remove(0);
            }
            let person = self.person_for(&words).filter(|p| {
                let name: Vec<&str> = p.name.split(' ').collect();
                name.len() >= 2
                    && group_kind(&name).is_none()
                    && name.iter().all(|w| {
                        w.starts_with(char::is_uppercase) && !lexicon::NUMBER_WORDS.contains(&w.to_lowercase().as_str())
                    })
            });
            if let Some(p) = person {
                named.push(p);
            }
            i = j;
        }
        named
    }

    /// "The Utah Republican said", "the budget chief said": a definite description of a
    /// person that names nobody goes back to the person last named in the two sentences
    /// before it (`before`, the nearer last), unless that person holds another office.
    /// Cataphora ("the parliament's Brexit coordinator said ... Guy Verhofstadt told
    /// reporters") is left to [`name_described_speakers`]: with nobody named just
    /// before, nothing changes here.
    pub(crate) fn person_for_description(
        &self,
        a: &Attribution,
        sentence: &str,
        before: &[crate::attribution::Sent],
    ) -> Option<Attribution> {
        let definite = a.mention.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if !definite || a.kind == SourceKind::Person && is_full_name(&a.source) {
            return None;
        }
        // "the committee's top Democrat, U.S. Representative Elijah Cummings, asked": the
        // name is right there.
        // Found by the mention's last word: the mention is tidied ("Reform's" for "Reform s").
        let then_comma = format!("{},", a.mention.rsplit(' ').next().unwrap_or_default());
        if let Some((_, after)) = sentence.split_once(then_comma.as_str()) {
            let near: String = after.split_whitespace().take(8).collect::<Vec<_>>().join(" ");
            if !self.people_named(&near, &crate::token::tokenize(&near)).is_empty() {
                return None;
            }
        }
        let head = described_head(a).filter(|h| !h.informant)?.head.to_lowercase();
        // A person's function or office ("lawmaker", "envoy", "Republican"), not a body's
        // word that titles also use ("security", "house").
        let office = OFFICE_WORDS.contains(&head.as_str());
        if !(office
            || is_demonym_noun(&capitalize(&head))
            || crate::attribution::is_agent_noun(&head)
            || PARTY_MEMBERS.contains(&head.as_str())
            || matches!(head.as_str(), "chief" | "head" | "leader"))
        {
            return None;
        }
        let lower = a.source.to_lowercase();
        let former = lower.split_whitespace().any(|w| w == "former");
        // The person the nearest sentence that names anyone names; with two or more there
        // ("Mike Lee met Joe Biden ..."), which one is meant is anyone's guess.
        // "Ryan has been touted as a candidate, but the speaker repeated ...": the person
        // the sentence named before the description comes first.
        // Only in a coordinated clause, with that person the sentence's subject.
        let prefix = written_in(sentence, &a.mention)
            .map(|at| &sentence[..at])
            .filter(|p| [", but ", ", and ", ", yet "].iter().any(|c| p.ends_with(c)));
        let here = prefix.map(|p| self.people_named(p, &crate::token::tokenize(p))).filter(|p| {
            p.first().is_some_and(|first| {
                first.name.rsplit(' ').next().is_some_and(|s| sentence.split_whitespace().take(4).any(|w| w == s))
            })
        });
        let mut named = match here {
            Some(p) => p,
            None => before.iter().rev().take(2).map(|b| self.people_named(b.s, &b.toks)).find(|p| !p.is_empty())?,
        };
        named.dedup_by(|a, b| a.name == b.name);
        let person = match named.as_slice() {
            [one] => one.clone(),
            _ => return None,
        };
        // "the interior minister" is someone the text titles so, and "the finance minister"
        // not the foreign minister; "the former finance minister" someone untitled or so titled.
        let role = person.role.as_deref().unwrap_or("").to_lowercase();
        // "the congressman" for "U.S. Representative John Conyers": a title of the same meaning.
        let titled = |w: &str| {
            let same = |r: &str| {
                r == w || lexicon::ROLE_SYNONYMS.iter().any(|&(a, b)| (a == w && b == r) || (b == w && a == r))
            };
            role.split(|c: char| !c.is_alphanumeric()).any(same)
        };
        // A "new" post implies an earlier one ("Schaeuble, the new president of the
        // Bundestag, ... the former finance minister").
        let newly = role.starts_with("new ");
        if former && person.role.is_some() && !titled(&head) && !newly {
            return None;
        }
        if office && !former && !titled(&head) {
            return None;
        }
        let portfolio_fits = lower.split_whitespace().filter(|w| PORTFOLIOS.contains(w)).all(titled);
        if person.role.is_some() && !portfolio_fits && !(former && newly) {
            return None;
        }
        // "the Utah Republican" is not someone titled a Democrat, nor the other way round.
        let other_party = match head.as_str() {
            "republican" => Some("democrat"),
            "democrat" => Some("republican"),
            _ => None,
        };
        if other_party.is_some_and(|o| role.contains(o)) {
            return None;
        }
        Some(Attribution {
            source: person.name.clone(),
            kind: SourceKind::Person,
            role: person.role.clone(),
            ..a.clone()
        })
    }

    fn person_for(&self, words: &[&str]) -> Option<Person> {
        if words.is_empty() {
            return None;
        }
        let (role, mut name) = split_role_name(words);
        // "King said" after "Representative Peter King": the surname alone, though a title.
        if name.is_empty()
            && words.len() == 1
            && lexicon::is_surname_title(words[0])
            && self.people.get(&surname_key(words[0])).is_some_and(|p| p.name.contains(' '))
        {
            name = vec![words[0].to_string()];
        }
        let last = name.last()?;
        let key = surname_key(last);
        let known =
            self.people.get(&key).or_else(|| (name.len() == 1).then(|| self.first_names.get(&key)).flatten())?;
        // "Carlos Morales" is not "Jimmy Morales": a different first name is another person;
        // but in "Former leader of Catalonia Puigdemont" the word after the title's "of" is
        // the place led.
        // "Von der Leyen" opening a sentence: a particle is the surname's, not a first name.
        let first = name.iter().find(|w| {
            let l = w.to_lowercase();
            !DETERMINERS.contains(l.as_str()) && !NAME_LINKS.contains(l.as_str())
        });
        let after_title_of = name.len() == 2 && role.as_deref().is_some_and(|r| r.ends_with(" of"));
        if name.len() >= 2
            && !after_title_of
            && first.is_some_and(|f| f != last && !known.name.split(' ').any(|w| w == f))
        {
            return None;
        }
        // The place after the title's "of" belongs to the role: "leader of Catalonia".
        let role = match (role, first) {
            (Some(r), Some(place)) if after_title_of => Some(format!("{r} {place}")),
            (r, _) => r,
        };
        Some(Person { name: known.name.clone(), role: known.role.clone().or(role) })
    }

    /// A role description ("the Syrian leader", "the minister") naming one known person.
    fn person_by_role(&self, words: &[&str]) -> Option<Person> {
        // "the president of the European Parliament": the head is before "of", and the
        // body's words must be in the role too.
        let of = words.iter().position(|w| matches!(*w, "of" | "for" | "at"));
        let reordered: Vec<&str>;
        let words = match of {
            Some(i) if i > 0 && i + 1 < words.len() => {
                reordered = words[i + 1..].iter().chain(&words[..i]).copied().collect();
                &reordered[..]
            }
            _ => words,
        };
        // "Pakistan's foreign minister": the country's possessive stands for its adjective.
        let content: Vec<String> = words
            .iter()
            .filter(|w| !DETERMINERS.contains(w.to_lowercase().as_str()) && **w != "s")
            .map(|w| {
                let bare = w.trim_end_str("'s").trim_end_str("\u{2019}s");
                match lexicon::demonym(bare) {
                    Some(adj) if bare != *w || words.contains(&"s") => adj.to_lowercase(),
                    _ => w.to_lowercase(),
                }
            })
            // "the country's top prosecutor": words that do not tell one person from another.
            .filter(|w| {
                !matches!(w.as_str(), "country's" | "nation's" | "country" | "nation" | "top" | "senior" | "new")
            })
            .collect();
        if content.is_empty() || content.len() > 5 {
            return None;
        }
        let head = content.last()?.as_str();
        // Any word that ends a known person's title can head a role description
        // ("the secretary-general", "the Brexit coordinator"), unless it names a body.
        if !ROLE_HEADS.contains(&head) {
            let body_word = ORGANIZATION_HEADS.iter().any(|h| h.eq_ignore_ascii_case(head))
                || crate::described::head_kind(head).is_some();
            let ends_a_role = || {
                self.people.values().any(|p| {
                    p.role
                        .as_deref()
                        .is_some_and(|r| r.rsplit(' ').next().is_some_and(|last| last.eq_ignore_ascii_case(head)))
                })
            };
            if body_word || !ends_a_role() {
                return None;
            }
        }
        // "the Saudi envoy" for "Saudi Ambassador Abdulaziz Alwasil": a head of the same meaning.
        let synonym = |content: &[String]| -> Option<Person> {
            let head = content.last()?.as_str();
            let other = lexicon::ROLE_SYNONYMS.iter().find_map(|&(a, b)| {
                if a == head {
                    Some(b)
                } else if b == head {
                    Some(a)
                } else {
                    None
                }
            })?;
            let mut swapped = content.to_vec();
            *swapped.last_mut()? = other.to_string();
            self.unique_with_role(&swapped)
        };
        self.unique_with_role(&content).or_else(|| synonym(&content)).or_else(|| {
            // "Pakistan's foreign minister" when the article titles him "Foreign Minister
            // Khawaja Asif": the country may be left out of the title, but not contradicted.
            let without: Vec<String> =
                content.iter().filter(|w| lexicon::nationality(&capitalize(w)).is_none()).cloned().collect();
            (without.len() < content.len() && !without.is_empty())
                .then(|| self.unique_with_role(&without))
                .flatten()
                .filter(|p| p.role.as_deref().is_none_or(|r| !r.split(' ').any(|w| lexicon::nationality(w).is_some())))
        })
    }

    /// "U.S. Representative Ruben Kihuen announced ... The first-term Nevada Democrat
    /// denied ...": a definite description of a politician, with no person known by that
    /// role, names the person the text is about, the latest subject or speaker, unless a
    /// nationality or party in it contradicts that person's title.
    fn topic_person_for(&self, words: &[&str]) -> Option<Person> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let head = lower.iter().rev().find(|w| !matches!(w.as_str(), "of" | "from" | "in" | "for"))?;
        let core_end = lower.iter().position(|w| matches!(w.as_str(), "of" | "from" | "in" | "for" | "on"));
        let head = core_end.map_or(head.as_str(), |i| lower[i.saturating_sub(1)].as_str());
        let politician = matches!(
            head,
            "senator"
                | "congressman"
                | "congresswoman"
                | "lawmaker"
                | "legislator"
                | "politician"
                | "democrat"
                | "republican"
                | "conservative"
                | "leader"
                | "coordinator"
                | "envoy"
                | "ambassador"
        );
        // "the budget chief", "the former finance minister": a function the person the text
        // is about holds (or held), when their known title does not say otherwise.
        let function = matches!(
            head,
            "minister"
                | "chief"
                | "president"
                | "chancellor"
                | "premier"
                | "governor"
                | "mayor"
                | "secretary"
                | "chairman"
                | "chairwoman"
                | "director"
                | "judge"
                | "prosecutor"
                | "executive"
                | "lawyer"
        ) && !lower.iter().any(|w| matches!(w.as_str(), "his" | "her" | "their" | "its"));
        if !(politician || function) || words.len() > 7 {
            return None;
        }
        if function {
            let former = lower.iter().any(|w| w == "former");
            // The description's other words ("finance", "Russian") must be in the title too,
            // so "the finance minister" is not Foreign Minister Lavrov.
            let modifiers: Vec<&str> = lower
                .iter()
                .map(String::as_str)
                .filter(|w| {
                    !matches!(*w, "the" | "former" | "then" | "new" | "top" | "senior" | "acting" | "deputy")
                        && *w != head
                        && !w.ends_with("-year-old")
                })
                .collect();
            return self
                .recent_people
                .iter()
                .rev()
                .filter(|(_, k)| *k == SourceKind::Person)
                .take(1)
                .map(|(p, _)| p)
                .find(|p| {
                    let role = p.role.as_deref().unwrap_or("").to_lowercase();
                    let role_words: Vec<&str> = role.split(' ').collect();
                    let titled = role_words.contains(&head)
                        && modifiers.iter().all(|m| {
                            role_words.contains(m)
                                || lexicon::demonym(&capitalize(m))
                                    .is_some_and(|d| role_words.contains(&d.to_lowercase().as_str()))
                        });
                    // "the former defense minister": a title the text need not give; but not
                    // someone it titles otherwise ("Chancellor Angela Merkel").
                    // "Schaeuble, the new president of the Bundestag, ... the former finance
                    // minister": a new post implies an earlier one.
                    let formerly = former
                        && (p.role.is_none() || role_words.contains(&head) || role_words.first() == Some(&"new"));
                    group_kind(&p.name.split(' ').collect::<Vec<_>>()).is_none() && (titled || formerly)
                })
                .cloned();
        }
        // The title the head asks for, when it asks for one ("the Iowa senator" is not a judge).
        let titles: &[&str] = match head {
            "senator" => &["Senator", "Sen."],
            "congressman" | "congresswoman" => &["Representative", "Rep.", "Congressman", "Congresswoman"],
            "envoy" | "ambassador" => &["Ambassador", "Envoy", "envoy", "ambassador"],
            "leader" | "coordinator" => &[],
            _ => &[
                "Senator",
                "Sen.",
                "Representative",
                "Rep.",
                "Congressman",
                "President",
                "Minister",
                "Governor",
                "Mayor",
                "Leader",
                "leader",
                "Speaker",
                "lawmaker",
            ],
        };
        let nationality = words.iter().find(|w| lexicon::nationality(w).is_some());
        let party = words.iter().find(|w| matches!(**w, "Democratic" | "Democrat" | "Republican"));
        let fits = |p: &Person| {
            let role = p.role.as_deref().unwrap_or("");
            let role_words: Vec<&str> = role.split(' ').collect();
            let titled = titles.is_empty() || role_words.iter().any(|r| titles.contains(r));
            let same_party = party.is_none_or(|w| {
                !role_words.iter().any(|r| matches!(*r, "Democratic" | "Democrat" | "Republican"))
                    || role_words.iter().any(|r| r[..r.len().min(8)] == w[..w.len().min(8)])
            });
            // Not a medium or a body that was taken for a person ("BuzzFeed News").
            let a_person = group_kind(&p.name.split(' ').collect::<Vec<_>>()).is_none();
            titled && same_party && a_person
        };
        // With a nationality ("the Saudi envoy"), a recent person with that nationality in
        // their title; without, the latest subject or speaker only.
        let recent = self.recent_people.iter().rev().filter(|(_, k)| *k == SourceKind::Person);
        match nationality {
            Some(n) => recent
                .take(3)
                .map(|(p, _)| p)
                .find(|p| p.role.as_deref().is_some_and(|r| r.split(' ').any(|w| w == *n)) && fits(p))
                .cloned(),
            None => recent.take(1).map(|(p, _)| p).find(|p| fits(p)).cloned(),
        }
    }

    /// The one person whose role holds every word of `content`.
    fn unique_with_role(&self, content: &[String]) -> Option<Person> {
        let mut hits = self.people.values().filter(|p| {
            let Some(role) = &p.role else { return false };
            let role_l = role.to_lowercase();
            content.iter().all(|w| {
                role_l.split(' ').any(|r| r == w)
                    || (w == "leader"
                        && (role_l.contains("president")
                            || role_l.contains("prime minister")
                            || role_l.contains("leader")
                            || role_l.contains("king")
                            || role_l.contains("chancellor")))
            })
        });
        let first = hits.next()?;
        if hits.next().is_some() {
            return None;
        }
        Some(first.clone())
    }

    fn note_person(&mut self, p: Person, kind: SourceKind) {
        self.recent_people.retain(|(q, _)| q.name != p.name);
        self.recent_people.push((p, kind));
        if self.recent_people.len() > 6 {
            self.recent_people.remove(0);
        }
    }

    /// The person "he" or "she" most likely means: the most recent one whose gender, as
    /// far as the name or title tells, does not rule the pronoun out; for "she", a person
    /// known to be a woman comes before one whose gender is unknown.
    fn person_for_pronoun(&self, female: bool) -> Option<(Person, SourceKind)> {
        let want = if female { Gender::Female } else { Gender::Male };
        let recent = self.recent_people.iter().rev();
        if female {
            if let Some(p) = recent.clone().take(4).find(|(p, _)| gender(p) == Gender::Female) {
                return Some(p.clone());
            }
        }
        recent.take(4).find(|(p, _)| matches!(gender(p), g if g == want || g == Gender::Unknown)).cloned()
    }

    /// Say which outlet the article is from, so its own reporting is not taken for a source.
    pub fn set_outlet(&mut self, outlet: Option<String>) {
        self.outlet = outlet;
    }

    /// "her lawyers", "his spokesman", "Atilla's lawyers" -> "Mehmet Hakan Atilla's lawyers".
    fn possessed_group(&self, words: &[&str]) -> Option<(String, SourceKind, Option<String>)> {
        // "Trump's spokeswoman Sarah Sanders": the person named after the role, not a group.
        let name_len = words.iter().rev().take_while(|w| is_capitalized(w) && !is_possessive(w)).count();
        if name_len >= 2
            && name_len < words.len()
            && words[words.len() - name_len - 1].chars().all(|c| c.is_lowercase() || c == '-')
        {
            return None;
        }
        let (owner, rest): (Option<String>, &[&str]) = match words {
            // "their lawyer" after "Junqueras and three other jailed members": the first
            // of the owners the text is about.
            [p, rest @ ..] if matches!(p.to_lowercase().as_str(), "his" | "her" | "their") => {
                // Not "her spokesman" for a man the text was just about.
                let wrong = match p.to_lowercase().as_str() {
                    "his" => Gender::Female,
                    "her" => Gender::Male,
                    _ => Gender::Unknown,
                };
                let owner = self
                    .recent_people
                    .last()
                    .filter(|(q, k)| *k == SourceKind::Person && (wrong == Gender::Unknown || gender(q) != wrong));
                (owner.map(|(p, _)| p.name.clone()), rest)
            }
            // "Its mission in Myanmar said": the body last spoken of.
            [p, rest @ ..] if p.eq_ignore_ascii_case("its") && !rest.is_empty() => {
                let (owner, kind) = self.recent_group.clone()?;
                if !matches!(kind, SourceKind::Organization | SourceKind::Government) {
                    return None;
                }
                let head = rest.iter().position(|w| matches!(*w, "in" | "to" | "at")).unwrap_or(rest.len());
                let noun = rest[..head].last()?.to_lowercase();
                if !matches!(
                    noun.as_str(),
                    "mission" | "embassy" | "delegation" | "office" | "spokesman" | "spokeswoman"
                ) {
                    return None;
                }
                let k = if matches!(noun.as_str(), "spokesman" | "spokeswoman") { SourceKind::Anonymous } else { kind };
                return Some((format!("{owner}'s {}", rest.join(" ")), k, None));
            }
            [name, "s", rest @ ..] => (self.person_for(&[name]).map(|p| p.name), rest),
            [name, rest @ ..] if name.ends_with("'s") || name.ends_with("\u{2019}s") => {
                let bare = name.trim_end_str("'s").trim_end_str("\u{2019}s");
                (self.person_for(&[bare]).map(|p| p.name), rest)
            }
            // "the president's office": the owner is named by a role.
            [the, role, "s", rest @ ..] if the.eq_ignore_ascii_case("the") => {
                (self.person_by_role(&["the", role]).map(|p| p.name), rest)
            }
            [the, role, rest @ ..] if the.eq_ignore_ascii_case("the") && role.ends_with("'s") => {
                (self.person_by_role(&["the", role.trim_end_str("'s")]).map(|p| p.name), rest)
            }
            _ => {
                // "U.S. President Donald Trump's defense secretary": a role held under a person.
                let at = words.iter().position(|w| *w == "s" || w.ends_with("'s") || w.ends_with("\u{2019}s"))?;
                let rest = &words[at + 1..];
                if at == 0 || rest.is_empty() {
                    return None;
                }
                let owner = self.person_for(&words[..at + usize::from(words[at] != "s")])?;
                // "British Prime Minister Theresa May's spokesman": a spokesman or lawyer is
                // the owner's own, not whoever else the article calls a spokesman.
                if rest.len() == 1
                    && matches!(
                        rest[0].to_lowercase().as_str(),
                        "spokesman" | "spokeswoman" | "spokesperson" | "lawyer" | "attorney" | "aide"
                    )
                {
                    return Some((format!("{}'s {}", owner.name, rest[0]), SourceKind::Anonymous, None));
                }
                let role: Vec<&str> = std::iter::once("the").chain(rest.iter().copied()).collect();
                return self.person_by_role(&role).map(|p| (p.name, SourceKind::Person, p.role));
            }
        };
        let owner = owner?;
        let head = rest.last()?.to_lowercase();
        // "his LinkedIn profile", "her memoir": the owner's document.
        if rest.len() <= 3
            && (DOCUMENT_WORDS.contains(head.as_str())
                || matches!(head.as_str(), "profile" | "memoir" | "book" | "blog"))
        {
            return Some((format!("{owner}'s {}", rest.join(" ")), SourceKind::Document, None));
        }
        if rest.is_empty()
            || rest.len() > 3
            || !(PEOPLE_GROUPS.contains(head.as_str())
                || ANONYMOUS_HEADS.contains(head.as_str())
                || matches!(head.as_str(), "lawyer" | "attorney" | "spokesman" | "spokeswoman" | "spokesperson")
                || head == "office"
                || head == "campaign"
                || crate::attribution::is_agent_noun(&head))
        {
            return None;
        }
        let kind = if head == "office" { SourceKind::Government } else { SourceKind::Anonymous };
        Some((format!("{owner}'s {}", rest.join(" ")), kind, None))
    }

    /// A joint holder: two or more conjuncts that each name a source.
    fn joint(&self, words: &[&str]) -> Option<(String, SourceKind, Option<String>)> {
        if !words.contains(&"and") || words.len() > 14 {
            return None;
        }
        // A name with "and" inside is one holder ("Department of Health and Human Services").
        if self.group_for(words).is_some() || government_of(words).is_some() {
            return None;
        }

        let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
        for w in words {
            let bare = w.trim_end_matches(',');
            if bare == "and" {
                parts.push(Vec::new());
                continue;
            }
            if !bare.is_empty() {
                parts.last_mut()?.push(bare);
            }
            if w.ends_with(',') && w.len() > 1 {
                parts.push(Vec::new());
            }
        }
        parts.retain(|p| !p.is_empty());
        // "Iraqi and Kurdish officials": an adjective shares the noun after the last part.
        // Only before a last part that ends in a common noun ("Iraqi and Kurdish officials");
        // "the U.S. and China" are two holders.
        let noun_last = parts.last().is_some_and(|p| {
            p.iter().any(|w| !matches!(*w, "of" | "the" | "in" | "for") && w.chars().all(|c| c.is_lowercase()))
        });
        let lone_adjective = |p: &Vec<&str>| {
            let p: Vec<&str> = p.iter().copied().filter(|w| !matches!(*w, "both" | "Both" | "the" | "The")).collect();
            noun_last && p.len() == 1 && (lexicon::nationality(p[0]).is_some() || is_party(p[0]))
        };
        // "the House Judiciary and Oversight committees": a plural noun shared by names.
        let shared_plural = parts.last().and_then(|p| p.last()).is_some_and(|w| {
            matches!(
                *w,
                "committees"
                    | "subcommittees"
                    | "panels"
                    | "agencies"
                    | "ministries"
                    | "departments"
                    | "courts"
                    | "commissions"
            )
        }) && parts[..parts.len() - 1].iter().all(|p| p.last().is_some_and(|w| is_capitalized(w)));
        // "One hundred and twenty Republican experts": a number, not two holders.
        let counted = parts[0].iter().all(|w| lexicon::NUMBER_WORDS.contains(w.to_lowercase().as_str()));
        if parts.len() < 2 || parts[..parts.len() - 1].iter().any(lone_adjective) || shared_plural || counted {
            return None;
        }
        let mut names = Vec::new();
        let mut kind = None;
        for part in &parts {
            // Conjuncts are noun phrases: a capitalised word or a known head, nothing clause-like.
            let head = part.last()?.to_lowercase();
            let named = part.iter().any(|w| is_capitalized(w))
                || PEOPLE_GROUPS.contains(head.as_str())
                || crate::described::head_kind(&head).is_some();
            if !named || part.len() > 6 {
                return None;
            }
            // A common-noun conjunct ("local security agencies in Kosovo") is kept as written
            // unless it refers back ("the government").
            let literal = || (clean_np(&strip_quantifiers(&part.join(" "))), SourceKind::Anonymous, None);
            let common = part.first().is_some_and(|w| !is_capitalized(w) && !w.eq_ignore_ascii_case("the"));
            let (name, k, _) = if common { literal() } else { self.canonical(&part.join(" ")).unwrap_or_else(literal) };
            kind.get_or_insert(k);
            names.push(name);
        }
        // "Richard Durbin, Edward Markey and Christopher Murphy".
        let joined = match names.split_last() {
            Some((last, rest)) if rest.len() >= 2 => format!("{} and {last}", rest.join(", ")),
            _ => names.join(" and "),
        };
        Some((joined, kind?, None))
    }

    /// "Federal Bureau of Investigation spokeswoman Lauren Mack", "Bank of England Governor
    /// Mark Carney", "Health and Human Services Secretary Tom Price": a body's name with
    /// "of", "for", "on", "and" or "&" in it, a title or role noun, then a person's name.
    /// The person is the holder; the body and the title are the role. Not "Schumer and
    /// House Speaker Nancy Pelosi", where the words before "and" name another person.
    fn titled_after_body(&self, words: &[&str]) -> Option<(String, SourceKind, Option<String>)> {
        let words: Vec<&str> =
            words.iter().copied().skip_while(|w| DETERMINERS.contains(w.to_lowercase().as_str())).collect();
        if words.len() < 5 || words.len() > 14 {
            return None;
        }
        let n = words.len();
        let keep = if NAME_LINKS.contains(&words[n - 2]) && n >= 6 { 3 } else { 2 };
        let (body_and_title, name) = words.split_at(n - keep);
        let name_word = |w: &&str| {
            is_capitalized(w)
                && !is_title(w)
                && !is_place(w)
                && !BODY_HEADS.contains(w)
                && !ORGANIZATION_HEADS.contains(w)
                && !is_possessive(w)
        };
        if !(name_word(&name[0]) && name_word(&name[keep - 1])) {
            return None;
        }
        let (title, body) = body_and_title.split_last()?;
        let titled = is_title(title) || ROLE_NOUNS.contains(title);
        // The body: capitalised words and the links of a name, at least one link inside,
        // opening with a capital ("U.S. Immigration and Customs Enforcement (ICE)").
        let link = |w: &str| matches!(w, "of" | "for" | "on" | "and" | "&" | "the");
        let body_word = |w: &&str| is_capitalized(w) || link(w) || (w.starts_with('(') && w.ends_with(')'));
        if !titled
            || body.len() < 3
            || !is_capitalized(body[0])
            || !body.iter().all(body_word)
            || !body.iter().any(|w| link(w) && *w != "the")
            || link(body[body.len() - 1])
        {
            return None;
        }
        // "Schumer and House Speaker Nancy Pelosi": a person before "and" makes two holders.
        let names_a_person = body
            .split(|w| link(w))
            .filter(|part| !part.is_empty())
            .any(|part| self.person_for(part).is_some_and(|p| p.name.contains(' ')));
        if names_a_person {
            return None;
        }
        let known = self.person_for(name).filter(|p| p.name.contains(' '));
        let name = known.as_ref().map_or_else(|| name.join(" "), |p| p.name.clone());
        Some((name, SourceKind::Person, Some(body_and_title.join(" "))))
    }

    /// The most recent survey or poll before the current sentence.
    fn latest_poll(&self) -> Option<(String, SourceKind, Option<String>)> {
        let earlier = self.described.iter().filter(|d| d.pos < self.pos).chain(self.spoken.iter());
        earlier
            .filter(|d| d.words.last().is_some_and(|w| matches!(w.as_str(), "survey" | "poll" | "polls" | "census")))
            // One survey asked the respondents: "national polls" in general did not.
            .max_by_key(|d| (d.words.last().is_some_and(|w| w != "polls"), d.pos))
            .map(|d| (d.name.clone(), SourceKind::Document, None))
    }

    /// A registered body whose name ends with the description's head and holds all its
    /// other words ("the electoral commission", "the commission").
    fn named_body_for(&self, words: &[&str]) -> Option<(String, SourceKind, Option<String>)> {
        let content: Vec<String> =
            words.iter().map(|w| w.to_lowercase()).filter(|w| !DETERMINERS.contains(w.as_str())).collect();
        let head = content.last()?;
        self.order
            .iter()
            .find(|(name, _)| {
                let lower: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
                lower.len() > content.len() && lower.last() == Some(head) && content.iter().all(|w| lower.contains(w))
            })
            .map(|(name, kind)| (name.clone(), *kind, None))
    }

    /// Resolve the sentence that starts at byte `pos` of the article next.
    #[cfg(test)]
    pub fn at(&mut self, pos: usize) {
        self.at_span(pos, pos);
    }

    /// Resolve the sentence `start..end` of the article next.
    pub fn at_span(&mut self, start: usize, end: usize) {
        self.pos = start;
        self.end = end;
        self.sentences_seen += 1;
    }

    /// The most recent fuller description (a source already resolved, or a mention
    /// earlier in the text) that the short description `words` refers to.
    fn described_for(&self, words: &[&str]) -> Option<(String, SourceKind, Option<String>)> {
        // Both lists are in text order: the latest match of either is the antecedent.
        let described =
            self.described.iter().rev().filter(|d| d.pos < self.pos).find(|d| crate::described::refers_to(words, d));
        let spoken = self.spoken.iter().rev().find(|d| crate::described::refers_to(words, d));
        let d = match (described, spoken) {
            (Some(a), Some(b)) => Some(if b.pos >= a.pos { b } else { a }),
            (a, b) => a.or(b),
        }?;
        Some((d.name.clone(), d.kind, None))
    }

    /// A document mention that names its owner, by the owner's canonical name: "the
    /// annual report of the U.S. China Economic and Security Review Commission" -> "U.S.
    /// China Economic and Security Review Commission report", "Bishop s letter" -> "Rob
    /// Bishop's letter". `head_end` is one past the document noun `head` in `words`.
    fn owned_document_name(&self, words: &[&str], head_end: usize, head: &str) -> Option<String> {
        if head_end == 0 || !crate::attribution::is_owned_document_head(head) {
            return None;
        }
        let owner_name = |owner: &[&str]| -> Option<String> {
            let owner: Vec<&str> = owner
                .iter()
                .copied()
                .skip_while(|w| {
                    DETERMINERS.contains(w.to_lowercase().as_str()) || matches!(*w, "While" | "But" | "And")
                })
                .collect();
            // "Tuesday's lawsuit": a day says when, not whose.
            if !owner.first().is_some_and(|w| is_capitalized(w)) || owner.iter().all(|w| names_a_day(w)) {
                return None;
            }
            let (name, kind, _) = self.canonical(&owner.join(" "))?;
            (kind != SourceKind::Document).then_some(name)
        };
        // "... report of the U.S. China ... Commission"; not "a Pew survey of Republicans",
        // whose owner is named before the noun and whose topic follows "of".
        let named_before = head_end >= 3 && is_capitalized(words[head_end - 2]);
        if words.get(head_end) == Some(&"of") && !named_before {
            let rest: Vec<&str> = words[head_end + 1..].iter().copied().skip_while(|w| *w == "the").collect();
            let mut n =
                rest.iter().take_while(|w| is_capitalized(w) || matches!(**w, "and" | "of" | "for" | "on")).count();
            while n > 0 && !is_capitalized(rest[n - 1]) {
                n -= 1;
            }
            if n > 0 && n == rest.len() && !(n == 1 && crate::attribution::names_people(rest[0])) {
                return owner_name(&rest[..n]).map(|o| format!("{o} {head}"));
            }
            return None;
        }
        // "Bishop s letter", "the U.S. government's motion".
        let before = &words[..head_end - 1];
        let i = before.iter().rposition(|w| w.ends_with("'s") || w.ends_with("\u{2019}s") || *w == "s")?;
        // Only lower-case modifiers between the possessive and the noun ("Bishop s draft letter").
        if !before[i + 1..].iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-')) {
            return None;
        }
        let mut owner: Vec<&str> = before[..=i].to_vec();
        if owner.last() == Some(&"s") {
            owner.pop();
        } else if let Some(last) = owner.last_mut() {
            *last = last.trim_end_str("'s").trim_end_str("\u{2019}s");
        }
        owner_name(&owner).map(|o| format!("{o}'s {head}"))
    }

    /// Remember the documents the sentence being resolved gives an owner
    /// ([`crate::attribution::document_owners`]), named "<owner> <noun>" ("U.S. government's
    /// motion", "Interior Department and U.S. Geological Survey report"), so that a later
    /// "the motion" or "the report" is that document. `speaker` is the sentence's own
    /// attribution, the owner of "In a report, ..., X said".
    pub(crate) fn note_documents(
        &mut self,
        owned: &[crate::attribution::OwnedDocument],
        speaker: Option<&Attribution>,
    ) {
        for d in owned {
            let owner = match &d.owner {
                Some(m) => match self.canonical(m) {
                    Some((name, kind, _)) if kind != SourceKind::Document => name,
                    _ => continue,
                },
                None => match speaker {
                    Some(a) if a.kind != SourceKind::Document && !a.mention.is_empty() => a.source.clone(),
                    _ => continue,
                },
            };
            let name = if d.possessive { format!("{owner}'s {}", d.head) } else { format!("{owner} {}", d.head) };
            // Matching words: the owner's and the modifiers', without the links of a name
            // ("for", "of"), which would end the description's head early.
            let words: Vec<String> = owner
                .split_whitespace()
                .filter(|w| !matches!(*w, "for" | "of" | "and" | "on" | "the"))
                .map(|w| w.trim_end_str("'s").to_lowercase())
                .chain(d.modifiers.iter().cloned())
                .chain([d.head.clone()])
                .collect();
            self.spoken.retain(|x| x.name != name);
            self.spoken.push(crate::described::Described { pos: self.end, name, kind: SourceKind::Document, words });
        }
    }

    /// Turn a raw mention into a canonical source, updating what pronouns refer to.
    pub fn resolve(&mut self, found: Found) -> Option<Attribution> {
        let (source, kind, role) = self.canonical(&found.mention)?;
        // "Reuters has not independently confirmed the reports": the outlet's own voice; so
        // are "data compiled by Thomson Reuters", its own figures.
        // A Reuters/Ipsos poll is a poll; Reuters data, analysis or tallies are its own reporting.
        let poll =
            source.split(' ').any(|w| matches!(w.to_lowercase().as_str(), "poll" | "polls" | "polling" | "survey"));
        let own_data = |o: &str| {
            kind == SourceKind::Document && !poll && source.split(['/', ' ']).any(|w| w.eq_ignore_ascii_case(o))
        };
        if self.outlet.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(&source) || own_data(o)) {
            return None;
        }
        let reported_by = found.reported_by.as_deref().and_then(|m| self.canonical(m)).map(|(s, _, _)| s);
        // Nobody named ("unspecified"): nothing later can refer back to it.
        if !found.mention.is_empty() {
            self.note_resolved(&source, kind, role.as_ref(), &found.cue);
        }
        Some(Attribution {
            source,
            kind,
            mention: found.mention,
            role,
            cue: found.cue,
            kind_of_quote: found.kind_of_quote,
            reported_by,
        })
    }

    /// What a resolved source changes for later sentences: who pronouns and short
    /// descriptions refer to.
    fn note_resolved(&mut self, source: &str, kind: SourceKind, role: Option<&String>, cue: &str) {
        match kind {
            SourceKind::Person => {
                self.note_person(Person { name: source.to_string(), role: role.cloned() }, SourceKind::Person)
            }
            SourceKind::Anonymous if is_singular_person(source) => {
                self.note_person(Person { name: source.to_string(), role: None }, kind);
                self.note_group(source, kind);
            }
            _ => self.note_group(source, kind),
        }
        // "X said in a statement": a later "the statement" is X's ("ICE statement").
        if cue.contains("statement") && kind != SourceKind::Document {
            let name = format!("{source} statement");
            let words = name.split_whitespace().map(|w| w.trim_end_str("'s").to_lowercase()).collect();
            self.spoken.retain(|d| d.name != name);
            // At the sentence's end, so it outranks the bare "a statement" inside it.
            self.spoken.push(crate::described::Described { pos: self.end, name, kind: SourceKind::Document, words });
        }
        if kind != SourceKind::Person {
            let ws: Vec<&str> = source.split_whitespace().collect();
            let words = ws.iter().map(|w| w.trim_end_str("'s").to_lowercase()).collect();
            // The latest mention stands for the source: an earlier one would never be chosen.
            // At the sentence's end, so that it outranks the shorter descriptions inside
            // the sentence that names it ("a source" in "according to a source familiar
            // with the legislation").
            self.spoken.retain(|d| !(d.name == source && d.kind == kind));
            self.spoken.push(crate::described::Described { pos: self.end, name: source.to_string(), kind, words });
        }
    }

    fn canonical(&self, mention: &str) -> Option<(String, SourceKind, Option<String>)> {
        if mention.is_empty() {
            return Some((crate::attribution::UNSPECIFIED.to_string(), SourceKind::Anonymous, None));
        }
        let tidied = crate::tidy::tidy(mention);
        // "the same poll": the one named before.
        let tidied = match tidied.split_once(' ') {
            Some((the, rest)) if the.eq_ignore_ascii_case("the") && rest.starts_with("same ") => {
                format!("{the} {}", &rest[5..])
            }
            _ => tidied,
        };
        // "the aide who asked not to be identified": who the aide is, not which one.
        let mention = match tidied.split_once(" who ") {
            Some((who, clause)) if lexicon::ANONYMITY_MARKERS.iter().any(|m| clause.contains(m)) => who,
            _ => tidied.as_str(),
        };
        let words: Vec<&str> = mention.split_whitespace().collect();
        // "of the failed opposition Democratic Party": a postmodifier cut from its head
        // names no one.
        if words.first() == Some(&"of") {
            return None;
        }
        // "The North defends its nuclear weapons": in an article about Korea, the North and
        // the South are the two states.
        if let [the, side @ ("North" | "South")] = words.as_slice() {
            let korea = self.main_country.is_some_and(|c| c.name.ends_with(" Korea"));
            if the.eq_ignore_ascii_case("the") && korea {
                if let Some(c) = crate::countries::by_name(&format!("{side} Korea")) {
                    return Some((c.government(), SourceKind::Government, None));
                }
            }
        }
        // "King said" after "Representative Peter King": a surname that is also a title.
        if let [w] = words.as_slice() {
            if let Some(p) = self.person_for(&[w]).filter(|_| lexicon::is_surname_title(w)) {
                return Some((p.name, SourceKind::Person, p.role));
            }
        }
        // "a copy of the letter seen by Reuters": the letter.
        if let [_, "copy" | "copies", "of", rest @ ..] = words.as_slice() {
            if !rest.is_empty() && matches!(words[0].to_lowercase().as_str(), "a" | "the") {
                return self.canonical(&rest.join(" "));
            }
        }
        // "a number of business trade groups", "a dozen civil liberties organizations": the
        // groups, however many.
        if words.len() >= 3
            && matches!(words[0], "a" | "A" | "an" | "An")
            && matches!(words[1], "number" | "handful" | "couple" | "dozen" | "host")
        {
            let rest = if words[2] == "of" { &words[3..] } else { &words[2..] };
            // "a number of" needs its "of" ("a number one seed" is no count).
            let number_without_of = words[1] == "number" && words[2] != "of";
            if !rest.is_empty() && !number_without_of {
                return self.canonical(&rest.join(" "));
            }
        }
        // "one of the Yemeni officials" is a Yemeni official; "two of the sources" are sources.
        if words.len() >= 3
            && words[1] == "of"
            && matches!(
                words[0].to_lowercase().as_str(),
                "one" | "two" | "three" | "some" | "several" | "many" | "most"
            )
        {
            // "one of three people who ...": the count of the group is not the member's.
            let rest: Vec<&str> = words[2..]
                .iter()
                .copied()
                .skip_while(|w| {
                    matches!(*w, "the" | "these" | "those")
                        || lexicon::NUMBER_WORDS.contains(w.to_lowercase().as_str())
                        || w.starts_with(|c: char| c.is_ascii_digit())
                })
                .collect();
            if let Some(h) = rest.iter().position(|w| ANONYMOUS_HEADS.contains(w)) {
                let mut named: Vec<String> = rest.iter().map(|w| w.to_string()).collect();
                let singular = words[0].eq_ignore_ascii_case("one");
                if singular {
                    named[h] = match named[h].as_str() {
                        "people" => "person".to_string(),
                        w => w.strip_suffix('s').unwrap_or(w).to_string(),
                    };
                    named.insert(0, indefinite_article(&named[0]).to_string());
                }
                return Some((named.join(" "), SourceKind::Anonymous, None));
            }
        }
        // "Many of the refugees say", "Some of his supporters": the group, however many of
        // them (not a person called "Many"); "Some in Venezuela": the description.
        if words.len() >= 3
            && matches!(
                words[0].to_lowercase().as_str(),
                "some" | "several" | "many" | "most" | "both" | "few" | "all" | "dozens" | "hundreds" | "thousands"
            )
        {
            if words[1] == "of" {
                let rest: Vec<&str> = words[2..]
                    .iter()
                    .copied()
                    .skip_while(|w| {
                        *w == "the"
                            || lexicon::NUMBER_WORDS.contains(w.to_lowercase().as_str())
                            || w.starts_with(|c: char| c.is_ascii_digit())
                    })
                    .collect();
                if !rest.is_empty() && !rest[0].eq_ignore_ascii_case("them") {
                    let joined = rest.join(" ");
                    return self.canonical(&joined).or(Some((joined, SourceKind::Anonymous, None)));
                }
            } else if matches!(words[1], "in" | "at" | "on" | "from" | "among" | "within" | "inside") {
                let mut described = mention.to_string();
                described.replace_range(..1, &mention[..1].to_lowercase());
                return Some((described, SourceKind::Anonymous, None));
            }
        }
        // "Two people familiar with the talks said ... , one added": one of them.
        if words.len() == 1 && words[0].eq_ignore_ascii_case("one") {
            if let Some((group, SourceKind::Anonymous)) = &self.recent_group {
                // A group of several, not one already ("a person familiar with the talks").
                let one_already = group.starts_with("a ") || group.starts_with("an ");
                if one_already {
                    return Some((group.clone(), SourceKind::Anonymous, None));
                }
                if group.ends_with('s') || group.contains("people") {
                    return self.canonical(&format!("one of the {group}"));
                }
            }
            return None;
        }
        // "State Department officials said ... , one official said": one of the group
        // just named, "a State Department official".
        if words.len() == 2 && words[0].eq_ignore_ascii_case("one") && ANONYMOUS_HEADS.contains(words[1]) {
            // Not of "the owners and employees": one of two groups is neither's member.
            if let Some((group, SourceKind::Anonymous)) =
                self.recent_group.as_ref().filter(|(g, _)| !g.contains(" and "))
            {
                let plural = format!("{}s", words[1]);
                if let Some(modifiers) = group.strip_suffix(plural.as_str()).filter(|m| m.ends_with(' ')) {
                    // "two senior U.S. officials": one of them is "a senior U.S. official".
                    let modifiers = match modifiers.split_once(' ') {
                        Some((n, rest))
                            if lexicon::NUMBER_WORDS.contains(n.to_lowercase().as_str())
                                || n.starts_with(|c: char| c.is_ascii_digit())
                                || matches!(n.to_lowercase().as_str(), "some" | "several" | "many" | "other") =>
                        {
                            rest
                        }
                        _ => modifiers,
                    };
                    let first = modifiers.split_whitespace().next().unwrap_or(words[1]);
                    let member = format!("{} {modifiers}{}", indefinite_article(first), words[1]);
                    return Some((member, SourceKind::Anonymous, None));
                }
            }
        }
        // "the Changi Airport Group website": a body's website is its document, not a medium.
        if words.len() >= 3
            && words.last() == Some(&"website")
            && (BODY_HEADS.contains(&words[words.len() - 2]) || ORGANIZATION_HEADS.contains(&words[words.len() - 2]))
        {
            return Some((strip_quantifiers(mention), SourceKind::Document, None));
        }
        // "Human Rights Watch's website": a body's own page is its document, not a medium.
        if words.len() >= 3
            && words.last() == Some(&"website")
            && (words[words.len() - 2].ends_with("'s") || words[words.len() - 2].ends_with("\u{2019}s"))
            && is_capitalized(words[words.len() - 2])
        {
            return Some((strip_quantifiers(mention), SourceKind::Document, None));
        }
        // "Bild newspaper", "state-run Anadolu news agency": the medium's own name.
        if let Some(name) = crate::tidy::media_name(&words) {
            // "Israel’s Haaretz newspaper": one apostrophe for every name.
            let name = name.replace('\u{2019}', "'");
            let name = self.group_for(&[name.as_str()]).map_or(name, |(n, _)| n.replace('\u{2019}', "'"));
            return Some((name, SourceKind::Media, None));
        }
        // "Ecuador's government".
        if let Some(name) = crate::tidy::possessive_government(&words) {
            return Some((name, SourceKind::Government, None));
        }
        // "Chicago lawyer and former federal prosecutor Patrick Cotter", "Denmark's energy
        // and climate minister Lars Christian Lilleholt": one person with two titles, or one
        // title with "and" in it; not "Tribal leaders and governor ...", two holders.
        if let Some(and) = words.iter().rposition(|w| *w == "and").filter(|&i| i > 0) {
            let (before, after) = (&words[..and], &words[and + 1..]);
            let name_len = after.iter().rev().take_while(|w| is_capitalized(w)).count();
            let lower = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
            let last_before = before[before.len() - 1];
            // "The governor and state attorney general Josh Stein": two people.
            let definite = before[0].eq_ignore_ascii_case("the");
            if name_len >= 2
                && !definite
                && name_len < after.len()
                && lower(last_before)
                && !is_plural(last_before)
                // "the U.N. human rights office and rights group Amnesty International": bodies.
                // ("prosecutor" heads a body too, but also a person's title.)
                && crate::described::head_kind(last_before).is_none_or(|k| k == SourceKind::Anonymous)
                && crate::described::head_kind(after[after.len() - name_len - 1])
                    .is_none_or(|k| matches!(k, SourceKind::Anonymous | SourceKind::Government))
                && lower(after[after.len() - name_len - 1])
            {
                if let Some((name, SourceKind::Person, _)) = self.canonical(&after.join(" ")) {
                    let role = words[..words.len() - name_len].join(" ");
                    return Some((name, SourceKind::Person, Some(role)));
                }
            }
        }
        // "her lawyers", "Atilla's lawyers": the group of a person, named by the person's full name.
        if let Some(group) = self.possessed_group(&words) {
            return Some(group);
        }
        // "Bank of England Governor Mark Carney": one person, whatever links the body's name.
        if let Some(p) = self.titled_after_body(&words) {
            return Some(p);
        }
        // "the Institute on Taxation and Economic Policy": one body, "and" and all.
        if let Some(body) = body_with_complement(&words) {
            return Some(body);
        }
        // "The charity Save the Children": no person's name has a lower-case "the" inside.
        if let Some(body) = name_with_inner_the(&words) {
            return Some((body, SourceKind::Organization, None));
        }
        // "Schumer and Pelosi", "Police and the government": each holder resolved, joined.
        if let Some(joint) = self.joint(&words) {
            return Some(joint);
        }
        // "the report", "the spokesman", "police": a fuller description earlier in the article.
        if crate::described::is_short_description(&words) && self.person_by_role(&words).is_none() {
            if let Some(d) = self.described_for(&words) {
                return Some(d);
            }
            // "the electoral commission" -> "National Electoral Commission": a body named
            // earlier whose name holds every word of the description.
            if let Some(g) = self.named_body_for(&words) {
                return Some(g);
            }
            // "the government" of an article about one country is that country's.
            // "the military government", "the interim government" too.
            // "the U.N.-backed government", "the Saudi-led government" too.
            let national = words.len() <= 2
                || (words.len() == 3
                    && (matches!(words[1], "military" | "interim" | "transitional" | "new" | "current" | "ruling")
                        || words[1].ends_with("-backed")
                        || words[1].ends_with("-led")
                        || words[1].ends_with("-recognized")
                        || words[1].ends_with("-recognised")));
            if words.last().is_some_and(|w| w.eq_ignore_ascii_case("government")) && national {
                if let Some(country) = self.main_country {
                    return Some((country.government(), SourceKind::Government, None));
                }
            }
        }
        let first_l = words.first()?.to_lowercase();
        let first_l = crate::attribution::strip_contraction(&first_l).to_string();
        // "Everyone really wants peace": nobody in particular.
        if words.len() == 1 && matches!(first_l.as_str(), "everyone" | "everybody" | "nobody" | "anyone" | "someone") {
            return None;
        }
        if words.len() == 1 && matches!(first_l.as_str(), "he" | "she" | "him" | "her") {
            let female = matches!(first_l.as_str(), "she" | "her");
            let (p, kind) = self.person_for_pronoun(female)?;
            return Some((p.name, kind, p.role));
        }
        if words.len() == 1 && matches!(first_l.as_str(), "they" | "it") {
            let (name, kind) = self.recent_group.clone()?;
            // "they" for a body named in the singular when the group before is plural.
            if first_l == "they" && singular_body(&name, kind) {
                // Only a group named in the last six sentences.
                let near = self.earlier_group_at + 6 >= self.sentences_seen;
                if let Some((earlier, k)) = self.earlier_group.clone().filter(|(n, k)| near && plural_group(n, *k)) {
                    return Some((earlier, k, None));
                }
            }
            return Some((name, kind, None));
        }
        if words.len() == 1 && matches!(first_l.as_str(), "we" | "i") {
            return None;
        }
        // "a survey by the Asia Foundation" -> "Asia Foundation survey".
        if let Some(name) = crate::described::owned_document(&words) {
            return Some((name, SourceKind::Document, None));
        }
        // "74 percent of respondents", "those surveyed": the survey that asked them.
        if crate::described::is_poll_fraction(&words) {
            if let Some(d) = self.latest_poll() {
                return Some(d);
            }
        }
        // "An overwhelming majority of scientists", "three of Obama's fellow Democrats": the
        // group counted.
        if let Some(of) = words.iter().position(|w| *w == "of").filter(|&i| i >= 1 && i + 1 < words.len()) {
            let counter = words[of - 1].to_lowercase();
            let counted = matches!(counter.as_str(), "majority" | "minority" | "plurality")
                || (of == 1 && (lexicon::NUMBER_WORDS.contains(counter.as_str()) && counter != "one"));
            // "majority of", "a majority of", "an overwhelming majority of"; "three of".
            if counted && of <= 3 {
                let rest: Vec<&str> = words[of + 1..].iter().copied().skip_while(|w| *w == "the").collect();
                if !rest.is_empty() {
                    let joined = rest.join(" ");
                    return self.canonical(&joined).or(Some((joined, SourceKind::Anonymous, None)));
                }
            }
        }
        // "the newspaper", "the company": the last group of that kind.
        if words.len() == 2 && first_l == "the" {
            if let Some(k) = anaphor_kind(&words[1].to_lowercase()) {
                let kind = match k {
                    "media" => SourceKind::Media,
                    "government" => SourceKind::Government,
                    _ => SourceKind::Organization,
                };
                // "Previously, the newspaper reported" in a Reuters story about the Los Angeles
                // Times: the outlet does not refer to itself so.
                let not_outlet = |n: &str| !self.outlet.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(n));
                if let Some(name) = self.recent_by_kind.get(k).filter(|n| not_outlet(n)) {
                    return Some((name.clone(), kind, None));
                }
                // Not a speaker yet: the first body of that kind the article names
                // ("U.S. miner Freeport-McMoRan Inc ... , the company said").
                let noun = words[1].to_lowercase();
                if let Some((name, _)) =
                    self.order.iter().find(|(n, kd)| *kd == kind && fits_anaphor(&noun, n) && not_outlet(n))
                {
                    return Some((name.clone(), kind, None));
                }
            }
        }
        // "the Post", "The KRG", "HHS": a group named earlier in the article.
        if let Some((name, kind)) = self.group_for(&words) {
            return Some((name, kind, None));
        }
        // Seats of government and capitals used as actors.
        if words.len() <= 4 {
            let stripped = strip_quantifiers(mention);
            let tail = |n: usize| (words.len() > n).then(|| words[words.len() - n..].join(" ").to_lowercase());
            let ends_with_body = words.len() <= 3
                && [tail(1), tail(2)].into_iter().flatten().any(|t| GOVERNMENT_BODIES_LOWER.contains(t.as_str()));
            if GOVERNMENT_BODIES.contains(stripped.as_str()) || ends_with_body {
                return Some((stripped, SourceKind::Government, None));
            }
        }
        // "Moscow", "Russia", "The Philippines", "the United States" as actors; but
        // "Muscat" after "Prime Minister Joseph Muscat" is the person.
        if let Some((name, kind)) = government_of(&words)
            .filter(|_| !(words.len() == 1 && self.person_for(&words).is_some_and(|p| p.name.ends_with(words[0]))))
        {
            return Some((name, kind, None));
        }
        // "the Democrats" after "Democrats on the House Financial Services Committee": the
        // group named earlier with that head and a postmodifier.
        if words.len() == 2 && first_l == "the" && is_capitalized(words[1]) && words[1].ends_with('s') {
            let head = words[1].to_lowercase();
            let earlier = self.described.iter().filter(|d| d.pos < self.pos).chain(self.spoken.iter());
            if let Some(d) = earlier
                .filter(|d| {
                    d.words.len() > 2 && d.words[0] == head && matches!(d.words[1].as_str(), "on" | "in" | "of")
                })
                .max_by_key(|d| d.pos)
            {
                return Some((d.name.clone(), d.kind, None));
            }
        }
        // "the source", "the official": the most recent unnamed source with that head.
        // "The lawyer added" after "their defense lawyer said": the one just described.
        if words.len() == 2
            && first_l == "the"
            && matches!(words[1], "lawyer" | "attorney" | "spokesman" | "spokeswoman")
        {
            if let Some(d) = self.described_for(&words) {
                return Some(d);
            }
        }
        // "The judges said" after "the High Court": that court's judges.
        if words.len() == 2 && first_l == "the" && matches!(words[1], "judges" | "justices") {
            if let Some((court, _)) = self.order.iter().rev().find(|(n, _)| n.ends_with("Court")) {
                return Some((format!("{court} {}", words[1]), SourceKind::Organization, None));
            }
        }
        // "that source said" as well.
        if words.len() == 2
            && matches!(first_l.as_str(), "the" | "that" | "this")
            && ANONYMOUS_HEADS.contains(&words[1])
        {
            if let Some((name, SourceKind::Anonymous)) = &self.recent_group {
                // "the source" may be any unnamed informant ("a person familiar with the talks").
                let informant = words[1] == "source" && is_singular_person(name);
                if informant || name.split_whitespace().any(|w| w == words[1] || w.trim_end_matches('s') == words[1]) {
                    return Some((name.clone(), SourceKind::Anonymous, None));
                }
            }
        }
        // "the Syrian leader", "Pakistan's foreign minister" -> the one person known with that role.
        // "A co-leader of Germany's Greens said" when the article later names "Greens
        // co-leader Simone Peter": a title (not "a spokesman", "an official") held by one
        // person in the whole text.
        let indefinite_title = matches!(first_l.as_str(), "a" | "an")
            && words.last().is_some_and(|w| !ANONYMOUS_HEADS.contains(&w.to_lowercase().as_str()))
            && !words.iter().any(|w| ANONYMOUS_HEADS.contains(w));
        if first_l == "the"
            || indefinite_title
            || words.first().is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"))
            || words.get(1) == Some(&"s")
        {
            // An indefinite title names the holder only if the text has not named them yet
            // ("A senator said ... Senator X said"); once named, "a senator" is someone else.
            if let Some(p) = self
                .person_by_role(&words)
                .filter(|p| !indefinite_title || !self.recent_people.iter().any(|(q, _)| q.name == p.name))
            {
                return Some((p.name, SourceKind::Person, p.role));
            }
            if first_l == "the" {
                if let Some(p) = self.topic_person_for(&words) {
                    return Some((p.name, SourceKind::Person, p.role));
                }
            }
        }
        // "Japanese Minister of Defense Tomomi Inada": a known person after a title that has
        // a preposition in it.
        // Not "a spokeswoman for May": someone who speaks for the person.
        let someone_of = words.iter().any(|w| {
            matches!(
                *w,
                "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "aide"
                    | "aides"
                    | "lawyer"
                    | "lawyers"
                    | "attorney"
                    | "attorneys"
                    | "adviser"
                    | "advisers"
                    | "advisor"
                    | "advisors"
                    | "representative"
                    | "representatives"
                    | "office"
                    | "ally"
                    | "allies"
                    | "friend"
                    | "friends"
                    | "colleague"
                    | "colleagues"
                    | "relative"
                    | "relatives"
                    // "the Rohingya resident of Ah Nauk Pyin", "voters in Arlington County": a
                    // place, not a name, after the people.
                    | "resident"
                    | "residents"
                    | "villager"
                    | "villagers"
                    | "voters"
                    | "people"
                    | "members"
                    | "supporters"
            )
        });
        // "the spokeswoman for the National Electoral Commission Julia Ferreira": the name
        // after the body is the spokeswoman's, unlike "a spokeswoman for Julia Ferreira".
        let named_after_body = words.len() >= 4 && someone_of && words.contains(&"for") && {
            let before_name = words[words.len() - 3];
            BODY_HEADS.contains(&before_name) || ORGANIZATION_HEADS.contains(&before_name)
        };
        if named_after_body {
            if let Some(p) = self.person_for(&words[words.len() - 2..]).filter(|p| p.name.contains(' ')) {
                return Some((p.name, SourceKind::Person, p.role));
            }
        }
        if words.last().is_some_and(|w| is_capitalized(w)) && words.len() >= 3 && !someone_of {
            if let Some(p) = self.person_for(&words).filter(|p| p.name.contains(' ')) {
                return Some((p.name, SourceKind::Person, p.role));
            }
        }
        // "U.S. Ambassador to the United Nations Nikki Haley": a title with "to", then the name.
        if let Some(to) = words.iter().position(|w| *w == "to").filter(|&p| p > 0 && is_title(words[p - 1])) {
            let name = &words[words.len().saturating_sub(2)..];
            if words.len() >= to + 4
                && name.iter().all(|w| is_capitalized(w) && !is_title(w) && !is_place(w))
                && !name.iter().any(|w| BODY_HEADS.contains(w) || ORGANIZATION_HEADS.contains(w))
            {
                let role = words[..words.len() - 2].join(" ");
                let role = role.strip_prefix("The ").or_else(|| role.strip_prefix("the ")).unwrap_or(&role);
                return Some((name.join(" "), SourceKind::Person, Some(role.to_string())));
            }
        }
        // The head ends at a preposition, or at a participle after a noun for people that
        // opens a reduced relative clause ("lawyers acting for him", "a user mocking ...").
        // "a source briefed on the matter", "officials involved in the talks": a past
        // participle and its preposition.
        let participle_after_people = |i: usize| {
            let (w, prev) = (words[i], words[i - 1].to_lowercase());
            let past_then_prep = w.ends_with("ed")
                && words.get(i + 1).is_some_and(|n| matches!(*n, "in" | "on" | "with" | "to" | "by" | "at" | "for"));
            // "a State Department briefing document": the "-ing" word modifies the noun after it.
            let modifies_next = words.get(i + 1).is_some_and(|n| DOCUMENT_WORDS.contains(n.to_lowercase().as_str()));
            // "the ranger unit conducting the operation": after any plain noun, an "-ing"
            // word with its object.
            let object_next = w.ends_with("ing")
                && w.len() > 6
                && i >= 2
                && prev.len() > 3
                && prev.chars().all(|c| c.is_ascii_lowercase())
                && !DETERMINERS.contains(prev.as_str())
                && words.get(i + 1).is_some_and(|n| {
                    matches!(*n, "the" | "a" | "an" | "its" | "their")
                        || (n.len() > 3 && n.ends_with('s') && !is_capitalized(n))
                });
            w.len() > 5
                && (w.ends_with("ing") || past_then_prep)
                && !modifies_next
                && !is_capitalized(w)
                && (ROLE_NOUNS.contains(prev.as_str())
                    || PEOPLE_GROUPS.contains(prev.as_str())
                    || crate::attribution::is_agent_noun(&prev)
                    || object_next)
        };
        // "the U.N. Committee against Torture"; "a close ally" is an adjective, "close to the
        // talks" a postmodifier.
        // "court records seen on Wednesday", "disclosures the firm filed": a document
        // word, then a participle or a clause without "that".
        // What the outlet did with it ("seen", "obtained") is not part of its name.
        let clause_after_document = |i: usize| {
            DOCUMENT_WORDS.contains(words[i - 1].to_lowercase().as_str())
                && matches!(
                    words[i],
                    "seen"
                        | "obtained"
                        | "reviewed"
                        | "viewed"
                        | "shown"
                        | "given"
                        | "sent"
                        | "posted"
                        | "submitted"
                        | "filed"
                        | "the"
                        | "a"
                        | "an"
                )
        };
        // "a person recently interviewed by the FBI": an adverb before such a participle.
        let adverb_then_participle = |i: usize| {
            words[i].ends_with("ly")
                && words.get(i + 1).is_some_and(|n| n.len() > 5 && (n.ends_with("ed") || n.ends_with("ing")))
                && {
                    let prev = words[i - 1].to_lowercase();
                    ROLE_NOUNS.contains(prev.as_str())
                        || PEOPLE_GROUPS.contains(prev.as_str())
                        || prev == "person"
                        || prev == "people"
                }
        };
        let ends_head = |i: usize| match words[i] {
            "in" | "during" | "from" | "at" | "with" | "familiar" | "of" | "on" | "for" | "by" | "to" | "against" => {
                true
            }
            // "sources who have read drafts of the bills": a relative clause.
            "who" | "whom" | "which" => true,
            "close" => words.get(i + 1) == Some(&"to"),
            _ => participle_after_people(i) || clause_after_document(i) || adverb_then_participle(i),
        };
        let head_len = (1..words.len()).find(|&i| ends_head(i)).unwrap_or(words.len());
        let head_part: Vec<&str> = words[..head_len].to_vec();
        let head = head_part.last().copied().unwrap_or("");
        // "leader-in-waiting", "editor-in-chief": the noun before "-in-" is the head.
        let head_l = head.to_lowercase();
        let head_l = head_l.split_once("-in-").map_or(head_l.clone(), |(first, _)| first.to_string());
        // "the news" is no medium; "News" in a name is ("BuzzFeed News").
        let media_head = |m: &str| m.eq_ignore_ascii_case(head) && !(m == "News" && head != "News");
        if MEDIA_WORDS.iter().any(|m| media_head(m) || *m == mention) {
            // "Live national television showed": how it was shown is not who.
            let name = strip_quantifiers(mention);
            let name = name.strip_prefix("Live ").or_else(|| name.strip_prefix("live ")).unwrap_or(&name);
            return Some((name.to_string(), SourceKind::Media, None));
        }
        if let Some(name) = self.owned_document_name(&words, head_part.len(), &head_l) {
            return Some((name, SourceKind::Document, None));
        }
        if DOCUMENT_WORDS.contains(&head_l.as_str()) {
            // "a Reuters/Ipsos poll with new wording": what the document is like is not its name.
            // "a Pew survey of Republicans": nor is whom it asked, once a name says whose it is.
            let named = |i: usize| words[1..i].iter().any(|w| is_capitalized(w));
            let name = match words.iter().position(|w| *w == "with").filter(|&i| i > 1) {
                // "court records seen on Wednesday": the records.
                _ if head_len < words.len() && clause_after_document(head_len) => words[..head_len].join(" "),
                Some(i) => words[..i].join(" "),
                None => match (2..words.len()).find(|&i| {
                    words[i] == "of" && DOCUMENT_WORDS.contains(words[i - 1].to_lowercase().as_str()) && named(i - 1)
                }) {
                    Some(i) => words[..i].join(" "),
                    None => mention.to_string(),
                },
            };
            // "Tuesday's lawsuit", "Tuesday s lawsuit": the day is not part of the name.
            let name = match name.split_once(' ') {
                Some((day, rest)) if names_a_day(day) => rest.strip_prefix("s ").unwrap_or(rest).to_string(),
                _ => name,
            };
            // "a CBS News poll" is named: "CBS News poll". "a report" stays as it is.
            let name = match name.split_once(' ') {
                Some((a, rest)) if matches!(a, "a" | "an" | "A" | "An") && rest.starts_with(char::is_uppercase) => {
                    rest.to_string()
                }
                _ => name,
            };
            return Some((strip_quantifiers(&name), SourceKind::Document, None));
        }
        if ANONYMOUS_HEADS.contains(&head_l.as_str()) {
            // A named person can still follow a role noun: "spokesman Dmitry Peskov" is handled below.
            return Some((common_case(&clean_np(&strip_det_keep_article(mention))), SourceKind::Anonymous, None));
        }
        // Groups of people named by what they are: "Hun Sen's critics", "Democrats".
        // "the U.S. mission to the U.N.", "the Russian embassy": a state's representation.
        if matches!(head_l.as_str(), "mission" | "embassy" | "consulate" | "delegation") {
            return Some((strip_quantifiers(mention), SourceKind::Government, None));
        }
        // "Turkey's chamber of architects", "the bar association": a body named by its kind;
        // "the chamber" later refers back to it.
        if matches!(
            head_l.as_str(),
            "chamber"
                | "association"
                | "federation"
                | "coalition"
                | "alliance"
                | "union"
                | "institute"
                | "foundation"
                | "parties"
        ) {
            if words.len() <= 2 {
                if let Some(d) = self.described_for(&words) {
                    return Some(d);
                }
            }
            return Some((clean_np(&strip_quantifiers(mention)), SourceKind::Organization, None));
        }
        if PEOPLE_GROUPS.contains(head_l.as_str()) {
            return Some((common_case(&clean_np(&strip_quantifiers(mention))), SourceKind::Anonymous, None));
        }
        // "Alphabet Inc's Google unit": the unit's own name after its owner's possessive;
        // "the ranger unit" is named by what it is.
        if matches!(head_l.as_str(), "unit" | "subsidiary" | "division" | "affiliate") {
            let before = &head_part[..head_part.len() - 1];
            let named = before.iter().rev().take_while(|w| is_capitalized(w) && !is_possessive(w)).count();
            let after_owner = named > 0 && named < before.len() && is_possessive(before[before.len() - named - 1]);
            if after_owner {
                return Some((before[before.len() - named..].join(" "), SourceKind::Organization, None));
            }
            return Some((
                common_case(&clean_np(&strip_quantifiers(&head_part.join(" ")))),
                SourceKind::Organization,
                None,
            ));
        }
        if ORGANIZATION_HEADS.iter().any(|h| h.eq_ignore_ascii_case(head)) || ROLE_NOUNS.contains(&head_l.as_str()) {
            // "the minister", "a lawyer": an unnamed person, not a body ("the commission").
            // "the Energy Information Administration": a body's capitalised head names the
            // body; "a Department of Justice spokesman" is a person.
            let body = is_body_role(&head_l) || (BODY_HEADS.contains(&head) && head_len == words.len());
            let kind = if body { SourceKind::Organization } else { SourceKind::Anonymous };
            return Some((strip_quantifiers(mention), kind, None));
        }
        if let Some(p) = self.person_for(&head_part) {
            return Some((p.name, SourceKind::Person, p.role));
        }
        // "The top Democrat on the Senate environment committee", unnamed: a described
        // person, not a person called "top Democrat".
        let party_member = head_part.len() >= 2
            && matches!(head, "Democrat" | "Republican" | "Democrats" | "Republicans")
            && head_part[head_part.len() - 2].chars().all(|c| c.is_ascii_lowercase());
        if party_member {
            return Some((common_case(&clean_np(&strip_det_keep_article(mention))), SourceKind::Anonymous, None));
        }
        // "Eight Palestinians", "Republicans": a people, not a person's name.
        if let [people] = strip_quantifiers(&head_part.join(" ")).split(' ').collect::<Vec<_>>().as_slice() {
            if is_capitalized(people) && crate::attribution::names_people(people) {
                return Some((clean_np(&strip_quantifiers(mention)), SourceKind::Anonymous, None));
            }
        }
        // "Simon & Schuster", "IBM", "AT&T": firms, not people.
        // "The CIA" too: an article before the acronym.
        let undetermined: Vec<&str> = head_part.iter().copied().skip_while(|w| matches!(*w, "The" | "the")).collect();
        if head_part.contains(&"&") || (undetermined.len() == 1 && is_company_acronym(undetermined[0])) {
            return Some((strip_quantifiers(&head_part.join(" ")), SourceKind::Organization, None));
        }
        // "Freeport in a statement": a body named earlier, before a postmodifier.
        if head_part.len() < words.len() {
            if let Some((name, kind)) = self.group_for(&head_part) {
                return Some((name, kind, None));
            }
        }
        // "opposition MP for Mathare constituency", "Opposition MPs": an office written as
        // an acronym, not a name.
        if is_office_acronym(head) {
            return Some((common_case(&clean_np(&strip_quantifiers(mention))), SourceKind::Anonymous, None));
        }
        let (role, name) = split_role_name(&head_part);
        // "the U.N. refugee agency UNHCR": a description, then the body's acronym.
        if let [acronym] = name.as_slice() {
            if is_company_acronym(acronym)
                && role.is_some()
                && !is_title(acronym)
                && !matches!(acronym.as_str(), "MP" | "MEP" | "PM" | "CEO" | "CFO")
            {
                return Some((acronym.clone(), SourceKind::Organization, None));
            }
        }
        if !name.is_empty() && name.iter().all(|w| is_capitalized(w) || NAME_LINKS.contains(&w.as_str())) {
            let name = name.join(" ");
            return Some((name, SourceKind::Person, role));
        }
        // "gun dealers", "a co-leader of Germany's Greens": people named by what they do.
        if crate::attribution::is_agent_noun(head_l.rsplit('-').next().unwrap_or("")) {
            return Some((common_case(&clean_np(&strip_det_keep_article(mention))), SourceKind::Anonymous, None));
        }
        // "press freedom group Articulo 19": a name ending in a number; not a date ("March
        // 31") nor a numbered part or channel ("Article 5", "Channel 13").
        let numbered_part = |w: &str| {
            lexicon::WEEKDAYS_MONTHS.contains(w)
                || matches!(
                    w,
                    "Article"
                        | "Section"
                        | "Chapter"
                        | "Paragraph"
                        | "Resolution"
                        | "Rule"
                        | "Clause"
                        | "Amendment"
                        | "Protocol"
                        | "Annex"
                        | "Phase"
                        | "Level"
                        | "Stage"
                        | "Route"
                        | "Highway"
                        | "Flight"
                        | "Room"
                        | "Channel"
                        | "Category"
                        | "Group"
                        | "Title"
                        | "Item"
                        | "No."
                )
        };
        if head.bytes().all(|b| b.is_ascii_digit())
            && head_part.len() >= 2
            && !numbered_part(head_part[head_part.len() - 2])
        {
            let start = (0..head_part.len() - 1)
                .rev()
                .take_while(|&i| is_capitalized(head_part[i]) || head_part[i] == "of")
                .last()
                .filter(|&i| is_capitalized(head_part[i]));
            if let Some(start) = start {
                return Some((head_part[start..].join(" "), SourceKind::Organization, None));
            }
        }
        // Any other capitalised phrase names an organisation ("Amnesty International").
        if is_capitalized(head) {
            return Some((strip_quantifiers(mention), SourceKind::Organization, None));
        }
        // "The ethanol industry", "the hedge fund", "the former intelligence chiefs": someone
        // described by what they are, with a noun in no list (the attribution checked it is
        // a speaker's).
        // Not "a region environmentalists" (a plural after "a"), "their rank", "the
        // opposition" (some party the text may not name), nor a head with words after it.
        let plural = head.ends_with('s') && !head.ends_with("ss");
        // "A top U.S. business lobby in China": a place after the head is where it is.
        let place_after = head_len + 1 < words.len()
            && words[head_len] == "in"
            && words[head_len + 1..].iter().all(|w| is_capitalized(w) || *w == "the");
        let described = (first_l == "the" || (matches!(first_l.as_str(), "a" | "an") && !plural))
            && words.len() >= 2
            && (head_len == words.len() || place_after)
            && head.len() > 3
            && head.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !matches!(head, "opposition" | "government" | "majority" | "minority" | "public" | "crowd" | "real")
            && !lexicon::PLACE_NOUNS.contains(&head)
            // "a recording leaked online": a participle inside is a clause's.
            && !words[1..words.len() - 1].iter().any(|w| w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")));
        if described {
            let one = head.strip_suffix('s').unwrap_or(head);
            let people = crate::attribution::is_agent_noun(one) || head.ends_with("ists") || ROLE_NOUNS.contains(one);
            let kind = if plural && people { SourceKind::Anonymous } else { SourceKind::Organization };
            return Some((common_case(&clean_np(&strip_quantifiers(mention))), kind, None));
        }
        // "police chiefs", "state tax officials": a bare plural of a role names its holders.
        if head_len == words.len() && head.ends_with('s') && head.chars().all(|c| c.is_ascii_lowercase()) {
            let one = &head[..head.len() - 1];
            let determined = matches!(first_l.as_str(), "a" | "an" | "the" | "this" | "that");
            if !determined && one.len() > 3 && ROLE_NOUNS.contains(one) {
                return Some((common_case(&clean_np(mention)), SourceKind::Anonymous, None));
            }
        }
        // "The heads of both firms told the AP": holders of a role, with its "of".
        if first_l == "the" && head_len + 1 < words.len() && words[head_len] == "of" {
            let one = head.strip_suffix('s').unwrap_or(head);
            if head.len() > one.len() && ROLE_NOUNS.contains(one) {
                return Some((common_case(&clean_np(&strip_quantifiers(mention))), SourceKind::Anonymous, None));
            }
        }
        None
    }
}

/// The country mentioned most often (by name, adjective or capital), when it is
/// mentioned more than any other: "the government" of such an article is its government.
fn main_country(text: &str, toks: &[crate::token::Tok]) -> Option<&'static crate::countries::Country> {
    let mut counts: Vec<(&'static str, u32, &'static crate::countries::Country)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        let w = t.text(text);
        if !w.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let bare = if w.ends_with('s') { w.trim_end_str("'s").trim_end_str("\u{2019}s") } else { w };
        let two = toks
            .get(i + 1)
            .filter(|n| {
                crate::countries::starts_multiword(bare)
                    && n.word
                    && n.text(text).starts_with(|c: char| c.is_uppercase())
            })
            .map(|n| format!("{bare} {}", n.text(text)));
        let country = two
            .as_deref()
            .and_then(|t| crate::countries::by_name(t).or_else(|| crate::countries::by_capital(t)))
            .or_else(|| crate::countries::by_word(bare));
        if let Some(c) = country {
            match counts.iter_mut().find(|(n, _, _)| *n == c.name) {
                Some(e) => e.1 += 1,
                None => counts.push((c.name, 1, c)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(_, n, c), rest @ ..] if rest.first().is_none_or(|r| r.1 < *n) => Some(*c),
        _ => None,
    }
}

/// The seats of government in lower case, for "the Russian defense ministry said".
static GOVERNMENT_BODIES_LOWER: std::sync::LazyLock<lexicon::HashSet<String>> =
    std::sync::LazyLock::new(|| GOVERNMENT_BODIES.iter().map(|b| b.to_lowercase()).collect());

/// Head words of role descriptions that may name a known person ("the Syrian leader").
const ROLE_HEADS: &[&str] = &[
    "leader",
    "president",
    "minister",
    "king",
    "chancellor",
    "premier",
    "secretary",
    "spokesman",
    "spokeswoman",
    "governor",
    "senator",
    "general",
    "commander",
    "chief",
    "envoy",
    "ambassador",
    "prince",
    "prosecutor",
    "judge",
    "mayor",
    "director",
];

/// "the Department of Health and Human Services", "the left-leaning Institute on Taxation
/// and Economic Policy", "the National Association for the Advancement of Colored People
/// (NAACP)": a body's head, "of", "on" or "for", and capitalised words (with "and", "of",
/// "the" between them) make one name. Not "Federal Bureau of Investigation and the
/// National Security Agency" (two bodies) nor "Bank of England Governor Carney" (a person).
fn body_with_complement(words: &[&str]) -> Option<(String, SourceKind, Option<String>)> {
    let start = words.iter().position(|w| is_capitalized(w))?;
    let lower_modifier = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    if !words[..start].iter().all(lower_modifier) {
        return None;
    }
    let body = &words[start..];
    let body = match body.split_last() {
        Some((acronym, rest)) if acronym.starts_with('(') && acronym.ends_with(')') => rest,
        _ => body,
    };
    let of = body.iter().position(|w| matches!(*w, "of" | "on" | "for"))?;
    if of == 0 || !BODY_HEADS.contains(&body[of - 1]) || !body[..of].iter().all(|w| is_capitalized(w)) {
        return None;
    }
    let rest = &body[of + 1..];
    let link = |w: &str| matches!(w, "and" | "of" | "the" | "for" | "&");
    let last_named = rest.last().is_some_and(|w| is_capitalized(w));
    if !last_named
        || !rest.iter().all(|w| (is_capitalized(w) && !is_title(w)) || link(w))
        || rest.iter().any(|w| w.ends_with(',') || is_possessive(w))
        || rest.windows(2).any(|p| p[0] == "and" && p[1] == "the")
        || !rest.contains(&"and")
    {
        return None;
    }
    // "... of Investigation and National Security Agency": a second body after "and".
    // Not "... of College and University Business Officers", where the body's name goes on.
    if rest.last().is_some_and(|w| BODY_HEADS.contains(w) || ORGANIZATION_HEADS.contains(w)) {
        return None;
    }
    let kind = if matches!(body[of - 1], "Department" | "Ministry") || lexicon::nationality(body[0]).is_some() {
        SourceKind::Government
    } else {
        SourceKind::Organization
    };
    Some((body.join(" "), kind, None))
}

/// "The charity Save the Children" -> "Save the Children": after lower-case words (a
/// determiner and what the body is), capitalised words with a lower-case "the" among them
/// and a capitalised word on each side of it ("X of the Y" is left to the other rules).
fn name_with_inner_the(words: &[&str]) -> Option<String> {
    let start = words.iter().position(|w| is_capitalized(w) && !w.eq_ignore_ascii_case("the"))?;
    if !words[..start].iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-') || *w == "The") {
        return None;
    }
    let name = &words[start..];
    let the = name.iter().position(|w| *w == "the")?;
    let ok = the > 0
        && the + 1 < name.len()
        && name.iter().all(|w| is_capitalized(w) || matches!(*w, "the" | "of"))
        && is_capitalized(name[the - 1])
        && is_capitalized(name[the + 1])
        && !name.iter().any(|w| is_title(w) || is_possessive(w));
    ok.then(|| name.join(" "))
}

/// Words that head the name of a body and may take an "of" complement in it.
const BODY_HEADS: &[&str] = &[
    "Department",
    "Ministry",
    "Bank",
    "University",
    "Council",
    "Committee",
    "Office",
    "Bureau",
    "Commission",
    "Institute",
    "Court",
    "Union",
    "Federation",
    "Association",
    "Organization",
    "Organisation",
    "Administration",
    "Agency",
    "Authority",
    "Board",
    "Chamber",
    "League",
    "Academy",
    "Party",
    "Society",
    "Service",
    "Command",
    "Conference",
    "Foundation",
    "Fund",
    "Center",
    "Centre",
    "Centers",
    "Centres",
    "Forum",
    "Alliance",
    "Coalition",
    "Network",
];

/// Capitalised words that make a name a place or a facility.
const FACILITY_WORDS: &[&str] = &[
    "Station",
    "Base",
    "Airport",
    "Port",
    "Hospital",
    "School",
    "Prison",
    "Camp",
    "Square",
    "Street",
    "Avenue",
    "Bridge",
    "Stadium",
    "Hotel",
    "Palace",
    "Tower",
    "Island",
    "Islands",
    "Mountain",
    "Mountains",
    "River",
    "Lake",
    "Sea",
    "Ocean",
    "Gulf",
    "Valley",
    "Province",
    "City",
    "Region",
];

/// In a capitalised run that names a body and then a person ("National Electoral
/// Commission Julia Ferreira"), the length of the body's part; None when no body head is
/// followed by a two-word name.
fn body_prefix(words: &[&str]) -> Option<usize> {
    let head = words.iter().rposition(|w| ORGANIZATION_HEADS.contains(w) || GOVERNMENT_BODIES.contains(w))?;
    let rest = &words[head + 1..];
    // "European Commission head Jean-Claude Juncker": a role noun may come before the name.
    // ("Democratic Senate leader Chuck Schumer" names no body "Democratic Senate".)
    let rest = match rest.split_first() {
        Some((role, name))
            if matches!(
                *role,
                "head"
                    | "chief"
                    | "president"
                    | "chairman"
                    | "chairwoman"
                    | "chair"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "director"
                    | "commissioner"
            ) && !is_party(words[0]) =>
        {
            name
        }
        _ => rest,
    };
    (head >= 1 && (2..=3).contains(&rest.len()) && rest.iter().all(|w| is_capitalized(w) && !TITLE_WORDS.contains(w)))
        .then_some(head + 1)
}

/// Written like an acronym ("KRG", "TPN-OPM", "U.S.", "AT&T"): upper-case letters, with
/// only hyphens, full stops and ampersands besides.
fn is_acronym(w: &str) -> bool {
    w.chars().any(char::is_uppercase) && w.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '&'))
}

/// Role nouns that name a body rather than a person ("the commission", "the panel").
fn is_body_role(l: &str) -> bool {
    matches!(
        l,
        "commission"
            | "tribunal"
            | "assembly"
            | "panel"
            | "inquiry"
            | "watchdog"
            | "palace"
            | "presidency"
            | "embassy"
            | "mission"
            | "delegation"
            | "secretariat"
            | "prosecution"
            | "hospital"
            | "force"
            | "regulator"
            | "militia"
            | "organizers"
            | "campaigners"
    ) || lexicon::BODIES_BY_KIND.contains(&l)
        || ORGANIZATION_HEADS.iter().any(|h| h.eq_ignore_ascii_case(l))
}

/// "IBM", "AT&T", "GE": letters in capitals only, as firms and bodies are written (not
/// "U.S.", whose full stops mark a place).
fn is_company_acronym(w: &str) -> bool {
    w.len() >= 2 && is_acronym(w) && !w.contains('.')
}

/// Is `acr` the initials of consecutive capitalised words of `name` (links such as
/// "of" and "and" skipped)? "HHS" and "Department of Health and Human Services".
fn acronym_of_run(acr: &str, name: &str) -> bool {
    let initials: Vec<char> = name
        .split(' ')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.contains('.'))
        .filter_map(|w| w.chars().next())
        .collect();
    let a: Vec<char> = acr.chars().collect();
    a.len() >= 2 && initials.windows(a.len()).any(|win| win == a.as_slice())
}

/// Can "the company" / "the party" / "the bank" refer to the body called `name`?
fn fits_anaphor(noun: &str, name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    match noun {
        "company" | "firm" => COMPANY_SUFFIXES.contains(&last),
        "party" => last == "Party",
        "bank" => last == "Bank",
        "union" => last == "Union",
        "committee" => last == "Committee",
        _ => true,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
    Unknown,
}

/// A person's gender as the first name or the title tells it, if it does.
fn gender(p: &Person) -> Gender {
    let role = p.role.as_deref().unwrap_or("").to_lowercase();
    let role_says = |words: &[&str]| role.split(' ').any(|w| words.contains(&w));
    if role_says(&[
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "queen",
        "princess",
        "mrs.",
        "ms.",
        "lady",
        "baroness",
        "dame",
        "wife",
        "widow",
        "mother",
        "sister",
        "daughter",
    ]) {
        return Gender::Female;
    }
    if role_says(&[
        "spokesman",
        "chairman",
        "congressman",
        "businessman",
        "king",
        "prince",
        "mr.",
        "lord",
        "sir",
        "husband",
        "father",
        "brother",
        "son",
    ]) {
        return Gender::Male;
    }
    let first = p.name.split(' ').next().unwrap_or("");
    if lexicon::FEMALE_NAMES.contains(first) {
        Gender::Female
    } else if lexicon::MALE_NAMES.contains(first) {
        Gender::Male
    } else {
        // Any other name, an unnamed speaker ("a police spokesman") or a lone family name
        // tells nothing.
        Gender::Unknown
    }
}

/// "pakistani" -> "Pakistani", to look lower-cased words up in the country tables.
pub(crate) fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Groups of people named by what they are ("Hun Sen's critics", "U.S. women senators").
static PEOPLE_GROUPS: std::sync::LazyLock<lexicon::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::HashSet::from_iter(lexicon::PEOPLE_PLURALS.iter().copied().chain([
        "critics",
        "agencies",
        "automakers",
        "companies",
        "organizations",
        "organisations",
        "justices",
        "eyewitnesses",
        "plaintiffs",
        "opponents",
        "supporters",
        "rivals",
        "allies",
        "protesters",
        "demonstrators",
        "lawmakers",
        "legislators",
        "democrats",
        "republicans",
        "senators",
        "congressmen",
        "governors",
        "ministers",
        "leaders",
        "voters",
        "citizens",
        "workers",
        "students",
        "doctors",
        "farmers",
        "groups",
        "nations",
        "governments",
        "countries",
        "campaigners",
        "members",
        "families",
        "relatives",
        "parents",
        "victims",
        "survivors",
        "refugees",
        "rebels",
        "militants",
        "insurgents",
        "fighters",
        "soldiers",
        "troops",
        "judges",
        "prosecutors",
        "lawyers",
        "scientists",
        "economists",
        "investors",
        "bankers",
        "traders",
        "executives",
        "employees",
        "unions",
        "backers",
        "detractors",
        "proponents",
        "advocates",
        "skeptics",
        "sceptics",
        "activists",
        "analysts",
        "experts",
        "residents",
        "witnesses",
    ]))
});

/// Drop articles, quantifiers and counts at the start: "Seven U.S. women senators" ->
/// "U.S. women senators", "Most Republicans" -> "Republicans", "the 27-page guidebook" -> "guidebook".
fn strip_quantifiers(s: &str) -> String {
    let mut ws: Vec<&str> = s.split_whitespace().collect();
    while ws.len() > 1 {
        let l = ws[0].to_lowercase();
        // "The 9th Circuit": an ordinal is part of the name, not a count.
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|x| l.ends_with(x));
        let count = (l.chars().next().is_some_and(|c| c.is_ascii_digit()) && !ordinal)
            || lexicon::NUMBER_WORDS.contains(l.as_str());
        if matches!(l.as_str(), "the" | "some" | "several" | "many" | "most" | "both" | "all" | "few" | "other")
            || count
        {
            ws.remove(0);
        } else if ws.len() > 2
            && matches!(l.as_str(), "a" | "an")
            && (matches!(ws[1], "dozen" | "handful" | "couple" | "host") || (ws[1] == "number" && ws[2] == "of"))
        {
            // "a dozen civil liberties organizations", "a handful of senators".
            ws.drain(..2);
            if ws.len() > 1 && ws[0] == "of" {
                ws.remove(0);
            }
        } else {
            break;
        }
    }
    ws.join(" ")
}

/// An unnamed source's description written as in mid-sentence: "Backers of the bill" at
/// a sentence's start is "backers of the bill"; "Democrats" and names keep their capital.
fn common_case(name: &str) -> String {
    let first = name.split(' ').next().unwrap_or("");
    let l = first.to_lowercase();
    let common = PEOPLE_GROUPS.contains(l.as_str())
        || matches!(l.as_str(), "opposition" | "rebel" | "senior" | "junior" | "government" | "ruling")
        || ROLE_NOUNS.contains(l.as_str())
        || ANONYMOUS_HEADS.contains(l.as_str())
        || DETERMINERS.contains(l.as_str())
        || crate::attribution::is_agent_noun(&l);
    // "Russian has denied", "Austrians": a nationality is a proper noun.
    let party = PARTY_MEMBERS.contains(&l.trim_end_matches('s'))
        || lexicon::nationality(first).is_some()
        || lexicon::nationality(first.trim_end_matches('s')).is_some();
    if common
        && !party
        && first.chars().next().is_some_and(char::is_uppercase)
        && first.is_ascii()
        && first[1..].bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
    {
        let mut out = l;
        out.push_str(&name[first.len()..]);
        out
    } else {
        name.to_string()
    }
}

/// An unnamed single person ("a police spokesman", "the official"), whom "he" or
/// "she" can refer back to.
fn is_singular_person(name: &str) -> bool {
    let head = name
        .split_whitespace()
        .take_while(|w| !matches!(*w, "in" | "for" | "at" | "of" | "from" | "with" | "close" | "familiar"))
        .last()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        head.as_str(),
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "source"
            | "aide"
            | "diplomat"
            | "adviser"
            | "advisor"
            | "officer"
            | "prosecutor"
            | "lawyer"
            | "person"
            | "witness"
            | "analyst"
            | "insider"
            | "minister"
            | "commander"
    )
}

/// The government a country, its capital or a union of states names when it acts
/// ("Moscow denies", "the United States said", "Brussels warned").
fn government_of(words: &[&str]) -> Option<(String, SourceKind)> {
    let words: Vec<&str> = words.iter().copied().skip_while(|w| w.eq_ignore_ascii_case("the")).collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let name = words.join(" ");
    if let Some((union, _)) =
        crate::countries::UNIONS.iter().find(|(n, aliases)| *n == name || aliases.contains(&name.as_str()))
    {
        return Some((union.to_string(), SourceKind::Organization));
    }
    crate::countries::by_name(&name)
        .or_else(|| crate::countries::by_capital(&name))
        .map(|c| (c.government(), SourceKind::Government))
}

/// Where a tidied mention is written in the sentence (as it is, with the apostrophe the
/// archive dropped, or a curly one), case aside for its first letter.
fn written_in(sentence: &str, mention: &str) -> Option<usize> {
    crate::attribution::written_forms(mention).iter().find_map(|m| {
        sentence.find(m.as_str()).or_else(|| {
            let mut c = m.chars();
            let first = c.next()?;
            let other: String =
                if first.is_uppercase() { first.to_lowercase().collect() } else { first.to_uppercase().collect() };
            sentence.find(&format!("{other}{}", c.as_str()))
        })
    })
}

/// "a" or "an" before `next`, by how it sounds: "an official", "a European diplomat", "a
/// U.S. official", "an FBI agent".
fn indefinite_article(next: &str) -> &'static str {
    let acronym = next.len() >= 2 && next.chars().take(2).all(|c| c.is_ascii_uppercase() || c == '.');
    let vowel_sound = if acronym {
        next.starts_with(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X'])
    } else {
        let l = next.to_lowercase();
        l.starts_with(['a', 'e', 'i', 'o', 'u'])
            && !["eu", "uni", "use", "usu", "one", "once", "ukr", "ura", "uro"].iter().any(|p| l.starts_with(p))
    };
    if vowel_sound {
        "an"
    } else {
        "a"
    }
}

/// Drop "some"/"the" quantifiers but keep the indefinite article of an unnamed
/// source ("a source in X's office").
fn strip_det_keep_article(s: &str) -> String {
    let mut ws: Vec<&str> = s.split_whitespace().collect();
    while ws.len() > 1 && matches!(ws[0].to_lowercase().as_str(), "some" | "the" | "several" | "many") {
        ws.remove(0);
    }
    // "One person familiar with the talks" is "a person familiar with the talks".
    if ws.len() > 1 && ws[0].eq_ignore_ascii_case("one") && !ws[1].eq_ignore_ascii_case("of") {
        ws[0] = indefinite_article(ws[1]);
    }
    ws.join(" ")
}

/// "The parliament's Brexit coordinator said ... . “...,” Guy Verhofstadt told reporters.":
/// a speaker first described, then named by one of the next two sentences. The
/// description becomes that person when the person was not a speaker before it, no
/// other person speaks in between, and a role the article gives the person shares a
/// word with the description. Unnamed informants ("a spokesman", "an official") and
/// groups stay as described: the person named next is as likely someone else.
pub(crate) fn name_described_speakers(raw: &mut [Option<Attribution>]) {
    for i in 0..raw.len() {
        let Some(a) = &raw[i] else { continue };
        // The person named next first: it is cheaper than reading the description's head.
        let spoke_before = |name: &str, raw: &[Option<Attribution>]| {
            raw[..i].iter().flatten().any(|b| b.source == name && b.kind == SourceKind::Person)
        };
        let Some(named) = raw[i + 1..raw.len().min(i + 3)]
            .iter()
            .flatten()
            .find(|b| b.kind == SourceKind::Person)
            .filter(|b| is_full_name(&b.source) && !spoke_before(&b.source, raw))
            .cloned()
        else {
            continue;
        };
        let Some(described) = described_head(a) else { continue };
        let description = a.source.clone();
        let words: Vec<String> = description
            .split_whitespace()
            .map(|w| w.trim_end_str("'s").trim_end_str("\u{2019}s").to_lowercase())
            .collect();
        // A role-less name may take over only a definite description ("the parliament's
        // Brexit coordinator"); "a party strategist" is as likely someone else.
        let definite = !matches!(words.first().map(String::as_str), Some("a" | "an" | "one"));
        // The role, or the other words of the mention that names them ("House tax committee
        // Chairman Kevin Brady" for "the House of Representatives' top tax lawmaker").
        let described_by = |r: &str| {
            r.split_whitespace().any(|w| {
                let w = w.to_lowercase();
                w.len() > 2 && words.iter().any(|d| *d == w || d.rsplit('-').next() == Some(w.as_str()))
            })
        };
        let mention_words: String = named
            .mention
            .split_whitespace()
            .filter(|w| !named.source.split(' ').any(|n| n == *w))
            .collect::<Vec<_>>()
            .join(" ");
        let compatible = match named.role.as_deref() {
            Some(r) => described_by(r) || described_by(&mention_words),
            None => definite,
        };
        // "an official", "the source" are anyone; but "The top U.N. aid official in Yemen
        // called ... U.N. humanitarian coordinator for Yemen, Jamie McGoldrick, said": a
        // definite informant whose other words the named speaker's title shares is them.
        let informant_named = described.informant
            && definite
            && !description.contains(" and ")
            && (named.role.as_deref().is_some_and(described_by) || described_by(&mention_words));
        if !compatible || described.head.is_empty() || (described.informant && !informant_named) {
            continue;
        }
        for b in raw[i..].iter_mut().flatten().filter(|b| b.source == description) {
            b.source = named.source.clone();
            b.kind = SourceKind::Person;
            b.role = named.role.clone().or_else(|| b.role.clone());
        }
    }
}

/// "Kenyan police shot dead two people ..., a senior official said. ... forcing officers to
/// open fire, County Commissioner Josephine Onunga said by phone.": a news lede often
/// describes its speaker and names them a few sentences on. The lede's described speaker
/// ("a spokesman for the state's budget office", "Scotland's former first minister")
/// becomes the person a later sentence first names as a speaker, when within six
/// sentences after it nobody else is reported as a person in between, the description is not
/// referred back to before the name ("..., the official said" means it stays unnamed),
/// the article never says the speaker is anonymous, and the name is new to the article
/// and not part of the description ("a spokeswoman for May").
pub(crate) fn name_lede_speaker(raw: &mut [Option<Attribution>], spans: &[(usize, usize)], text: &str) {
    let Some(i) = raw.iter().take(2).position(Option::is_some) else { return };
    let Some(a) = &raw[i] else { return };
    let lower = a.source.to_lowercase();
    let indefinite = lower.starts_with("a ") || lower.starts_with("an ");
    let possessive = a.source.split_whitespace().next().is_some_and(|w| is_capitalized(w) && w.ends_with("'s"));
    if !(indefinite || possessive) || a.kind == SourceKind::Person && is_full_name(&a.source) {
        return;
    }
    // A bare "a spokesman" or "an official" says too little to be anyone in particular.
    if described_head(a).is_none() || a.source.split_whitespace().count() < 3 {
        return;
    }
    let description = a.source.clone();
    let mut named = None;
    for j in i + 1..raw.len().min(i + 7) {
        let Some(b) = &raw[j] else { continue };
        if b.source == description {
            return;
        }
        if b.kind != SourceKind::Person {
            continue;
        }
        let surname = b.source.rsplit(' ').next().unwrap_or_default();
        // Named as a speaker: "Sisi has been wary of ties" only mentions him.
        let speaks = b.cue.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "said" | "says" | "say" | "saying" | "told" | "tells" | "added" | "wrote" | "writes" | "according"
            )
        });
        let new = speaks
            && b.kind_of_quote != AttributionType::Continuation
            && b.mention.contains(surname)
            && !text[..spans[j].0].contains(surname)
            && !description.contains(surname);
        if !new {
            return;
        }
        named = Some(b.clone());
        break;
    }
    let Some(named) = named else { return };
    // "..., a senior administration official said. ... Iranian Foreign Minister Javad Zarif
    // said": someone who holds an office of their own is not the unnamed official or
    // spokesman, unless the description names such an office ("Scotland's former first
    // minister").
    let principal = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "minister" | "president" | "premier" | "chancellor" | "leader" | "king" | "queen" | "governor" | "mayor"
        )
    };
    let titled =
        named.mention.split_whitespace().chain(named.role.as_deref().unwrap_or("").split_whitespace()).any(principal);
    if titled && !description.split_whitespace().any(principal) {
        return;
    }
    let said_anonymous = raw
        .iter()
        .zip(spans)
        .filter(|(b, _)| b.as_ref().is_some_and(|b| b.source == description))
        .any(|(_, &(s, e))| lexicon::ANONYMITY_MARKERS.iter().any(|m| text[s..e].contains(m)));
    if said_anonymous {
        return;
    }
    for b in raw[i..].iter_mut().flatten().filter(|b| b.source == description) {
        b.source = named.source.clone();
        b.kind = SourceKind::Person;
        b.role = named.role.clone().or_else(|| b.role.clone());
    }
}

/// The head noun of a speaker the article only describes.
struct DescribedHead {
    head: String,
    /// An informant's ("a spokesman", "an official", "a lawyer"), who may as well stay unnamed.
    informant: bool,
}

/// The head noun of a speaker the article only describes ("parliament's Brexit
/// coordinator", "a co-leader of Germany's Greens", "a spokesman for the state's budget
/// office"): a singular lower-case noun for a person's function, not a body's. Unnamed
/// sources ("a source", "a person familiar") have none.
fn described_head(a: &Attribution) -> Option<DescribedHead> {
    if !matches!(a.kind, SourceKind::Anonymous | SourceKind::Organization | SourceKind::Person) {
        return None;
    }
    // "his father", "their lawyer": someone related to another person, not the one named next.
    if a.source
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "his" | "her" | "their" | "its"))
    {
        return None;
    }
    // "a co-leader of Germany's Greens": the head is before "of" when a name follows it;
    // in "the House of Representatives' top tax lawmaker" the "of" is inside a name.
    let source = a.source.as_str();
    let before_of = match source.split_once(" of ") {
        // "House of Representatives' top tax lawmaker": a capitalised word, "of" and a
        // capitalised word are one name; otherwise the head comes before "of" ("the head of
        // the agency", "president of the European Parliament").
        Some((head_part, body))
            if !(head_part.split_whitespace().last().is_some_and(is_capitalized)
                && body.starts_with(char::is_uppercase)) =>
        {
            head_part
        }
        _ => source,
    };
    // "A Democratic U.S. Senator from Michigan": the place is not the head.
    let before_place =
        [" from ", " in ", " for ", " with "].iter().fold(before_of, |s, sep| s.split(sep).next().unwrap_or(s));
    // "lawyers acting for him": a participle after the head is not the head.
    let mut words = before_place.split_whitespace().rev();
    let last = words.next()?;
    let head = match words.next() {
        Some(before) if last.len() > 5 && last.ends_with("ing") => before,
        _ => last,
    };
    let singular = !head.ends_with('s') || head.ends_with("ss");
    // A person's title may be capitalised ("Senator"), a function is not ("coordinator");
    // "the 33-year-old Briton" is described by nationality.
    let demonym = is_demonym_noun(head) && a.mention.split_whitespace().count() > 1;
    let lower = head.chars().all(|c| c.is_lowercase() || c == '-') || names_one_person(head) || demonym;
    // ANONYMOUS_HEADS holds "spokesman", "source", "official" and the like; only those
    // with a function can be named later.
    let informant = ANONYMOUS_HEADS.contains(head) || matches!(head, "lawyer" | "attorney");
    let functionary = matches!(
        head,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "aide"
            | "adviser"
            | "officer"
            | "lawyer"
            | "attorney"
    );
    // A person's function ("coordinator", "politician", "minister"), not a body ("police",
    // "board", "group", "office").
    let bare = head.rsplit('-').next().unwrap_or(head);
    let personal = demonym
        || crate::attribution::is_agent_noun(bare)
        || lexicon::TITLE_WORDS.contains(capitalize(bare).as_str())
        || names_one_person(bare)
        || bare == "head";
    // "The police force": a body, never the person named next.
    let personal = personal || functionary;
    (singular && lower && personal && !is_body_role(bare) && (functionary || !informant))
        .then(|| DescribedHead { head: head.to_string(), informant })
}

/// Can `w` alone stand for a company whose name it starts ("Freeport", "Whitefish")? Not a
/// country, nationality, capital or title ("China" in "China Mobile Ltd", "General" in
/// "General Motors"), nor a generic word of company names.
fn distinctive_first_word(w: &str) -> bool {
    !(lexicon::is_country_name(w)
        || lexicon::nationality(w).is_some()
        || lexicon::capital_country(w).is_some()
        || TITLE_WORDS.contains(&w)
        || matches!(
            w,
            "General"
                | "National"
                | "International"
                | "United"
                | "First"
                | "Global"
                | "Royal"
                | "New"
                | "American"
                | "Deutsche"
                | "Standard"
                | "Central"
                | "Western"
                | "Eastern"
                | "Northern"
                | "Southern"
        ))
}

/// A capitalised opener ("Through", "While"), looked up without allocating: every
/// capitalised token of an article is asked.
fn is_intro_word(w: &str) -> bool {
    let mut buf = [0u8; 12];
    if w.len() > buf.len() || !w.is_ascii() {
        return false;
    }
    for (b, c) in buf.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).is_ok_and(|l| crate::attribution::INTRO_WORDS.contains(l))
}

/// "Tuesday", "Tuesday's", "October": a day or month, which says when a document came,
/// never whose it is.
fn names_a_day(w: &str) -> bool {
    lexicon::WEEKDAYS_MONTHS.contains(w.trim_end_str("'s").trim_end_str("\u{2019}s"))
}

/// An office written as an acronym ("MP", "MEPs", "CEO"): a description, not a name.
fn is_office_acronym(w: &str) -> bool {
    matches!(w, "MP" | "MPs" | "MEP" | "MEPs" | "CEO" | "CEOs")
}

/// A noun for one person by nationality: "the 33-year-old Briton", "the American".
fn is_demonym_noun(w: &str) -> bool {
    matches!(
        w,
        "Briton" | "Frenchman" | "Frenchwoman" | "Englishman" | "Scot" | "Dane" | "Swede" | "Pole" | "Turk" | "Finn"
    ) || (is_capitalized(w) && !w.ends_with('s') && lexicon::nationality(w).is_some())
}

/// Words for an office one person holds: "the senator" is not the person whose title is "President".
const OFFICE_WORDS: &[&str] = &[
    "senator",
    "minister",
    "president",
    "governor",
    "mayor",
    "judge",
    "ambassador",
    "envoy",
    "chairman",
    "chairwoman",
    "secretary",
    "congressman",
    "congresswoman",
    "representative",
    "chancellor",
    "premier",
    "prosecutor",
    "director",
    "speaker",
];

/// "Senator", "envoy", "Republican": a word for one person by office or party, whatever
/// its capitals ("a Democratic U.S. Senator from Michigan").
fn names_one_person(word: &str) -> bool {
    let lower = word.to_lowercase();
    OFFICE_WORDS.contains(&lower.as_str()) || PARTY_MEMBERS.contains(&lower.as_str())
}

/// A member of a party, as a description ("the Utah Republican").
const PARTY_MEMBERS: &[&str] = &["republican", "democrat"];

/// A minister's portfolio: "the finance minister" must be titled with it.
const PORTFOLIOS: &[&str] = &[
    "finance",
    "foreign",
    "defense",
    "defence",
    "interior",
    "justice",
    "health",
    "trade",
    "energy",
    "economy",
    "budget",
    "education",
    "transport",
    "agriculture",
    "labor",
    "labour",
    "environment",
    "home",
];

/// "Guy Verhofstadt", "Simone Peter": two or more capitalised words.
fn is_full_name(s: &str) -> bool {
    let ws: Vec<&str> = s.split_whitespace().collect();
    ws.len() >= 2 && ws.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_indefinite_article_follows_the_sound() {
        let got: Vec<&str> = ["official", "European", "U.S.", "FBI", "EU", "Iraqi", "union", "senior"]
            .iter()
            .map(|w| indefinite_article(w))
            .collect();
        assert_eq!(got, ["an", "a", "a", "an", "an", "an", "a", "a"]);
    }

    fn found(m: &str) -> Found {
        Found { mention: m.into(), cue: "said".into(), kind_of_quote: AttributionType::Indirect, reported_by: None }
    }

    const TEXT: &str = "Russian President Vladimir Putin hosted Syrian President Bashar al-Assad. \
        Israeli Prime Minister Benjamin Netanyahu spoke. Hezbollah leader Sayyed Hassan Nasrallah thanked them.";

    #[test]
    fn a_portfolio_after_of_belongs_to_the_title() {
        let mut r = Registry::from_text("Minister of Sports Masoud Soltanifar spoke.");
        let a = r.resolve(found("Minister of Sports Masoud Soltanifar")).unwrap();
        assert_eq!((a.source.as_str(), a.role.as_deref()), ("Masoud Soltanifar", Some("Minister of Sports")));
    }

    #[test]
    fn surname_resolves_to_full_name_and_role() {
        let mut r = Registry::from_text(TEXT);
        let a = r.resolve(found("Putin")).unwrap();
        assert_eq!((a.source.as_str(), a.role.as_deref()), ("Vladimir Putin", Some("Russian President")));
        let a = r.resolve(found("Assad")).unwrap();
        assert_eq!(a.source, "Bashar al-Assad");
    }

    #[test]
    fn role_description_resolves_when_unambiguous() {
        let mut r = Registry::from_text(TEXT);
        assert_eq!(r.resolve(found("the Syrian leader")).unwrap().source, "Bashar al-Assad");
        assert_eq!(r.resolve(found("The Israeli leader")).unwrap().source, "Benjamin Netanyahu");
    }

    #[test]
    fn pronoun_takes_the_most_recent_person() {
        let mut r = Registry::from_text(TEXT);
        r.note_subject("Hezbollah leader Sayyed Hassan Nasrallah thanked them.");
        assert_eq!(r.resolve(found("He")).unwrap().source, "Sayyed Hassan Nasrallah");
    }

    #[test]
    fn capitals_and_institutions_are_governments() {
        let mut r = Registry::default();
        let a = r.resolve(found("Moscow")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("Russian government", SourceKind::Government));
        let a = r.resolve(found("the Kremlin")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("Kremlin", SourceKind::Government));
    }

    #[test]
    fn unnamed_sources_keep_their_description_and_anaphors_find_them() {
        let mut r = Registry::default();
        let a = r.resolve(found("a source in Netanyahu's office")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("a source in Netanyahu's office", SourceKind::Anonymous));
        assert_eq!(r.resolve(found("the source")).unwrap().source, "a source in Netanyahu's office");
        let a = r.resolve(found("U.S. officials")).unwrap();
        assert_eq!(a.kind, SourceKind::Anonymous);
    }

    #[test]
    fn media_and_documents() {
        let mut r = Registry::default();
        assert_eq!(r.resolve(found("Russian television")).unwrap().kind, SourceKind::Media);
        assert_eq!(r.resolve(found("police records")).unwrap().kind, SourceKind::Document);
    }

    #[test]
    fn a_description_s_sentence_capital_is_lowered_whatever_its_letters() {
        assert_eq!(common_case("Backers of the bill"), "backers of the bill");
        assert_eq!(common_case("Democrats"), "Democrats");
        // Only plain English words are lowered: "Ölanders" reads as an agent noun ("-ers"),
        // and slicing off its first byte would cut "Ö" in half.
        assert_eq!(common_case("Ölanders in Oslo"), "Ölanders in Oslo");
    }

    #[test]
    fn groups_resolve_by_last_word_acronym_and_anaphor() {
        let text = "The Washington Post reported the cuts. The Kurdistan Regional Government (KRG) objected. \
            The U.S. Department of Health and Human Services pushed back.";
        let mut r = Registry::from_text(text);
        r.note_subject("The Washington Post reported the cuts.");
        assert_eq!(r.resolve(found("the newspaper")).unwrap().source, "Washington Post");
        assert_eq!(r.resolve(found("the Post")).unwrap().source, "Washington Post");
        let krg = r.resolve(found("The KRG")).unwrap();
        assert_eq!((krg.source.as_str(), krg.kind), ("Kurdistan Regional Government", SourceKind::Government));
    }

    #[test]
    fn groups_of_people_are_kept_as_described() {
        let mut r = Registry::default();
        let a = r.resolve(found("Hun Sen's critics")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("Hun Sen's critics", SourceKind::Anonymous));
    }

    #[test]
    fn names_written_family_name_first_and_sentence_openers() {
        let text = "Before Carles Puigdemont addressed the crowd, Park s former lawyer, Yoo Yeong-ha, told the court.";
        let mut r = Registry::from_text(text);
        assert_eq!(r.resolve(found("Puigdemont")).unwrap().source, "Carles Puigdemont");
        assert_eq!(r.resolve(found("Yoo")).unwrap().source, "Yoo Yeong-ha");
    }

    #[test]
    fn a_countrys_possessive_role_finds_the_person_and_countries_are_governments() {
        let mut r = Registry::from_text("Pakistani Foreign Minister Khawaja Asif spoke. The Philippines objected.");
        assert_eq!(r.resolve(found("Pakistan's foreign minister")).unwrap().source, "Khawaja Asif");
        assert_eq!(r.resolve(found("The Philippines")).unwrap().source, "Philippine government");
        assert_eq!(r.resolve(found("the United States")).unwrap().source, "U.S. government");
    }

    #[test]
    fn joint_holders_are_each_resolved_and_joined() {
        let mut r = Registry::from_text(
            "Senate leader Chuck Schumer and House leader Nancy Pelosi met. The Philippines voted.",
        );
        assert_eq!(r.resolve(found("Schumer and Pelosi")).unwrap().source, "Chuck Schumer and Nancy Pelosi");
        assert_eq!(r.resolve(found("Police and the government")).unwrap().source, "Police and Philippine government");
        let text = "The U.S. Department of Health and Human Services said so.";
        let mut r = Registry::from_text(text);
        assert_eq!(
            r.resolve(found("The U.S. Department of Health and Human Services")).unwrap().source,
            "U.S. Department of Health and Human Services"
        );
    }

    #[test]
    fn counts_and_quantifiers_are_not_part_of_a_group() {
        let mut r = Registry::default();
        assert_eq!(r.resolve(found("Seven U.S. women senators")).unwrap().source, "U.S. women senators");
        assert_eq!(r.resolve(found("Most Republicans")).unwrap().source, "Republicans");
        assert_eq!(r.resolve(found("The 27-page guidebook")).unwrap().source, "guidebook");
    }

    #[test]
    fn a_hyphenated_company_answers_to_its_first_part() {
        let mut r = Registry::from_text("U.S. miner Freeport-McMoRan Inc is evacuating families.");
        assert_eq!(r.resolve(found("Freeport")).unwrap().source, "Freeport-McMoRan Inc");
    }

    #[test]
    fn survey_figures_belong_to_the_survey() {
        let text = "A poll was out. The survey of 1,200 Filipinos by Social Weather Stations showed a split. \
                    Most said so. 74 percent of respondents said they wanted the list.";
        let mut r = Registry::from_text(text);
        r.at(text.find("74 percent").unwrap());
        assert_eq!(r.resolve(found("74 percent of respondents")).unwrap().source, "Social Weather Stations survey");
        assert_eq!(r.resolve(found("a survey by the Asia Foundation")).unwrap().source, "Asia Foundation survey");
    }

    #[test]
    fn a_role_description_may_leave_out_the_country_or_say_top() {
        let mut r =
            Registry::from_text("Foreign Minister Khawaja Asif spoke. Prosecutor General Rodrigo Janot filed charges.");
        assert_eq!(r.resolve(found("Pakistan's foreign minister")).unwrap().source, "Khawaja Asif");
        assert_eq!(r.resolve(found("the country's top prosecutor")).unwrap().source, "Rodrigo Janot");
        let mut r = Registry::from_text("Indian Foreign Minister Sushma Swaraj spoke.");
        assert_eq!(
            r.resolve(found("Pakistan's foreign minister")).map(|a| a.source),
            Some("Pakistan's foreign minister".into())
        );
    }

    #[test]
    fn the_outlet_is_not_its_own_source() {
        let mut r = Registry::default();
        r.set_outlet(Some("Reuters".into()));
        assert_eq!(r.resolve(found("Reuters")), None);
        assert!(r.resolve(found("Bloomberg")).is_some());
    }

    #[test]
    fn a_persons_group_is_named_by_the_persons_full_name() {
        let mut r = Registry::from_text("Halkbank executive Mehmet Hakan Atilla pleaded not guilty.");
        assert_eq!(r.resolve(found("Atilla s lawyers")).unwrap().source, "Mehmet Hakan Atilla's lawyers");
        r.note_subject("Mehmet Hakan Atilla spoke.");
        assert_eq!(r.resolve(found("his lawyers")).unwrap().source, "Mehmet Hakan Atilla's lawyers");
    }

    #[test]
    fn an_acronym_in_brackets_names_the_body_before_it() {
        let mut r = Registry::from_text("The Cyberspace Administration of China (CAC) issued rules.");
        let a = r.resolve(found("The CAC")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("Cyberspace Administration of China", SourceKind::Government));
    }

    #[test]
    fn the_company_before_any_company_spoke_is_the_first_one_named() {
        let mut r = Registry::from_text("U.S. miner Freeport-McMoRan Inc evacuated families. A vehicle was hit.");
        assert_eq!(r.resolve(found("the company")).unwrap().source, "Freeport-McMoRan Inc");
    }

    #[test]
    fn one_unnamed_person_is_a_person() {
        let mut r = Registry::default();
        assert_eq!(
            r.resolve(found("one person familiar with the talks")).unwrap().source,
            "a person familiar with the talks"
        );
        assert_eq!(r.resolve(found("the U.S. mission to the U.N.")).unwrap().source, "U.S. mission to the U.N.");
    }

    #[test]
    fn acronyms_and_short_forms_of_known_bodies() {
        let mut r =
            Registry::from_text("The U.S. Department of Health and Human Services objected. SW General Inc sued.");
        assert_eq!(r.resolve(found("The HHS")).unwrap().source, "U.S. Department of Health and Human Services");
        assert_eq!(r.resolve(found("SW General")).unwrap().source, "SW General Inc");
    }

    #[test]
    fn a_relative_named_by_a_given_name_carries_the_family_name() {
        let mut r =
            Registry::from_text("Diane Shima Rwigara was charged. Rwigara s sister Anne said they had no lawyer.");
        assert_eq!(r.resolve(found("Anne")).unwrap().source, "Anne Rwigara");
    }

    #[test]
    fn acronyms_inside_descriptions_are_spelled_out() {
        let text = "Social Weather Stations (SWS) polled 1,200 people. In the SWS survey, most said yes. The survey showed it.";
        let mut r = Registry::from_text(text);
        r.at(text.find("The survey").unwrap());
        assert_eq!(r.resolve(found("The survey")).unwrap().source, "Social Weather Stations survey");
    }

    #[test]
    fn the_same_family_name_with_another_first_name_is_another_person() {
        let mut r = Registry::from_text("President Jimmy Morales spoke. Foreign Minister Carlos Morales disagreed.");
        assert_eq!(r.resolve(found("Carlos Morales")).unwrap().source, "Carlos Morales");
        assert_eq!(r.resolve(found("President Jimmy Morales")).unwrap().source, "Jimmy Morales");
    }

    #[test]
    fn two_word_countries_are_not_people() {
        let mut r = Registry::from_text("Puerto Rico is a U.S. territory. Senator Orrin Hatch spoke.");
        r.note_subject("Puerto Rico is a U.S. territory.");
        assert_ne!(r.resolve(found("He")).map(|a| a.source), Some("Puerto Rico".into()));
    }

    #[test]
    fn she_skips_a_man_and_he_skips_a_woman() {
        let mut r = Registry::from_text("Chancellor Angela Merkel met President Donald Trump.");
        r.note_subject("Chancellor Angela Merkel spoke.");
        r.note_subject("President Donald Trump spoke.");
        assert_eq!(r.resolve(found("she")).unwrap().source, "Angela Merkel");
        assert_eq!(r.resolve(found("he")).unwrap().source, "Donald Trump");
    }

    #[test]
    fn role_descriptions_by_body_owner_and_head() {
        let mut r = Registry::from_text(
            "European Parliament President Antonio Tajani spoke. U.N. Secretary-General Antonio Guterres replied. \
             Defense Secretary Jim Mattis left. President Donald Trump stayed. The National Electoral Commission announced results.",
        );
        assert_eq!(r.resolve(found("The president of the European Parliament")).unwrap().source, "Antonio Tajani");
        assert_eq!(r.resolve(found("The secretary-general")).unwrap().source, "Antonio Guterres");
        assert_eq!(r.resolve(found("U.S. President Donald Trump's defense secretary")).unwrap().source, "Jim Mattis");
        assert_eq!(r.resolve(found("the electoral commission")).unwrap().source, "National Electoral Commission");
    }

    #[test]
    fn a_body_then_a_name_is_a_person_with_that_role() {
        let mut r =
            Registry::from_text("the spokeswoman for the National Electoral Commission Julia Ferreira rejected it.");
        let a = r.resolve(found("Ferreira")).unwrap();
        assert_eq!((a.source.as_str(), a.role.as_deref()), ("Julia Ferreira", Some("National Electoral Commission")));
    }

    #[test]
    fn a_later_title_keeps_the_fuller_name() {
        let mut r = Registry::from_text(
            "His top diplomat, Rex Tillerson, was there. Trump attacked the department under Secretary of State Tillerson.",
        );
        let a = r.resolve(found("Tillerson")).unwrap();
        assert_eq!(
            (a.source.as_str(), a.kind, a.role.as_deref()),
            ("Rex Tillerson", SourceKind::Person, Some("Secretary of State"))
        );
    }

    #[test]
    fn a_title_after_a_body_with_of_or_and_in_its_name_names_the_person() {
        let cases = [
            ("Bank of England Governor Mark Carney", "Mark Carney", "Bank of England Governor"),
            (
                "Federal Bureau of Investigation spokeswoman Lauren Mack",
                "Lauren Mack",
                "Federal Bureau of Investigation spokeswoman",
            ),
            ("Health and Human Services Secretary Tom Price", "Tom Price", "Health and Human Services Secretary"),
            (
                "House Ways and Means Committee Chairman Kevin Brady",
                "Kevin Brady",
                "House Ways and Means Committee Chairman",
            ),
            (
                "U.S. Immigration and Customs Enforcement (ICE) spokeswoman Lauren Mack",
                "Lauren Mack",
                "U.S. Immigration and Customs Enforcement spokeswoman",
            ),
        ];
        for (mention, name, role) in cases {
            let mut r = Registry::from_text(&format!("The plan failed, {mention} said."));
            let a = r.resolve(found(mention)).unwrap();
            assert_eq!(
                (a.source.as_str(), a.kind, a.role.as_deref()),
                (name, SourceKind::Person, Some(role)),
                "{mention}"
            );
        }
        // Two holders when the words before "and" name a person.
        let mut r =
            Registry::from_text("Senate leader Chuck Schumer spoke. Schumer and House Speaker Nancy Pelosi said so.");
        assert_eq!(
            r.resolve(found("Schumer and House Speaker Nancy Pelosi")).unwrap().source,
            "Chuck Schumer and Nancy Pelosi"
        );
    }

    #[test]
    fn a_body_s_name_goes_on_through_and_after_its_of() {
        let cases = [
            ("the left-leaning Institute on Taxation and Economic Policy", "Institute on Taxation and Economic Policy"),
            (
                "the National Association of College and University Business Officers (NACUBO)",
                "National Association of College and University Business Officers",
            ),
            ("the U.S. Department of Health and Human Services", "U.S. Department of Health and Human Services"),
        ];
        for (mention, name) in cases {
            let mut r = Registry::from_text(&format!("Taxes rose, {mention} said."));
            let a = r.resolve(found(mention)).unwrap();
            assert_ne!(a.kind, SourceKind::Person, "{mention}");
            assert_eq!(a.source, name, "{mention}");
        }
        // Two bodies: "and the" opens the second.
        assert!(body_with_complement(&[
            "Federal",
            "Bureau",
            "of",
            "Investigation",
            "and",
            "the",
            "National",
            "Security",
            "Agency"
        ])
        .is_none());
        assert!(body_with_complement(&["Bank", "of", "England", "Governor", "Carney"]).is_none());
        // A body's capitalised head is a body, not an unnamed person.
        let mut r = Registry::from_text("Output rose, according to the Energy Information Administration.");
        assert_eq!(r.resolve(found("the Energy Information Administration")).unwrap().kind, SourceKind::Organization);
        let mut r = Registry::from_text("It rose, a Department of Justice spokesman said.");
        assert_eq!(r.resolve(found("a Department of Justice spokesman")).unwrap().kind, SourceKind::Anonymous);
    }

    #[test]
    fn a_body_s_head_or_acronym_after_a_name_is_no_person() {
        let r = Registry::from_text("The Federal Bureau of Investigation and Customs Enforcement (ICE) agreed.");
        assert!(r.people.is_empty(), "{:?}", r.people);
    }

    #[test]
    fn outlets_named_by_one_word_and_possessive_bodies() {
        let mut r = Registry::from_text("Politico reported it. Axios said so.");
        assert_eq!(r.resolve(found("Politico")).unwrap().kind, SourceKind::Media);
        // A body's possessive is the body; a medium's owner keeps one kind of apostrophe.
        let mut r = Registry::from_text("The Federal Bureau of Investigation\u{2019}s probe ended. The FBI said so.");
        assert_eq!(r.resolve(found("The FBI")).unwrap().source, "Federal Bureau of Investigation");
        let mut r = Registry::from_text("The pact is in danger, according to Israel\u{2019}s Haaretz newspaper.");
        assert_eq!(r.resolve(found("Israel\u{2019}s Haaretz newspaper")).unwrap().source, "Israel's Haaretz");
    }

    #[test]
    fn a_lone_adjective_a_backed_government_and_a_name_with_the_inside() {
        let mut r = Registry::from_text("Talks began. The U.S. and China said so.");
        assert_eq!(r.resolve(found("the U.S. and China")).unwrap().source, "U.S. government and Chinese government");
        // Shared by the noun after it, an adjective is no holder of its own.
        assert_eq!(r.resolve(found("Iraqi and Kurdish officials")).unwrap().source, "Iraqi and Kurdish officials");
        let mut r = Registry::from_text(
            "Libya is split. Libyan families may return to Libya, the U.N.-backed government said.",
        );
        assert_eq!(r.resolve(found("the U.N.-backed government")).unwrap().source, "Libyan government");
        let mut r = Registry::from_text("The charity Save the Children said so.");
        let a = r.resolve(found("The charity Save the Children")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("Save the Children", SourceKind::Organization));
        // A country before a body's name is not in its acronym.
        let mut r = Registry::from_text("U.S. Immigration and Customs Enforcement (ICE) detained them. ICE said so.");
        assert_eq!(r.resolve(found("ICE")).unwrap().source, "U.S. Immigration and Customs Enforcement");
    }

    #[test]
    fn a_mission_to_the_united_nations_is_the_mission_and_the_union_no_person() {
        let mut r = Registry::from_text("It is genocide, the North Korean mission to the United Nations said.");
        let a = r.resolve(found("the North Korean mission to the United Nations")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("North Korean mission to the United Nations", SourceKind::Government));
        assert!(r.people.is_empty(), "{:?}", r.people);
        let mut r = Registry::from_text("The party must fight, its leader-in-waiting said.");
        assert_eq!(r.resolve(found("its leader-in-waiting")).unwrap().source, "its leader-in-waiting");
    }

    #[test]
    fn a_unit_is_named_by_its_own_name_and_counts_of_groups_are_dropped() {
        let mut r = Registry::from_text("Alphabet Inc's Google unit told regulators so.");
        let a = r.resolve(found("Alphabet Inc's Google unit")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("Google", SourceKind::Organization));
        // A curly apostrophe marks the owner as well.
        assert_eq!(r.resolve(found("Alphabet Inc\u{2019}s Google unit")).unwrap().source, "Google");
        assert_eq!(r.resolve(found("The ranger unit conducting the operation")).unwrap().source, "ranger unit");
        // "during" ends the head like any other preposition.
        assert_eq!(r.resolve(found("Trump during the debate")).unwrap().source, "Trump");
        assert_eq!(
            r.resolve(found("a dozen civil liberties organizations")).unwrap().source,
            "civil liberties organizations"
        );
    }

    #[test]
    fn lists_of_bodies_are_joined_with_commas_and_an_agency_is_no_medium() {
        let mut r =
            Registry::from_text("The CIA, Federal Bureau of Investigation and the National Security Agency said so.");
        let a = r.resolve(found("The CIA, Federal Bureau of Investigation and the National Security Agency")).unwrap();
        assert_eq!(a.source, "CIA, Federal Bureau of Investigation and National Security Agency");
        let a = r.resolve(found("the National Security Agency")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("National Security Agency", SourceKind::Organization));
        assert_eq!(r.resolve(found("The CIA")).unwrap().kind, SourceKind::Organization);
        assert_eq!(r.resolve(found("Xinhua News Agency")).unwrap().kind, SourceKind::Media);
        // "both Republican and Democratic lawmakers": an adjective shares the noun.
        assert_eq!(
            r.resolve(found("both Republican and Democratic lawmakers")).unwrap().source,
            "both Republican and Democratic lawmakers"
        );
        assert_eq!(r.resolve(found("a number of business trade groups")).unwrap().source, "business trade groups");
    }

    #[test]
    fn one_of_a_counted_group_and_a_resident_of_a_place() {
        let mut r = Registry::from_text("Go, said one of three people who described it.");
        assert_eq!(
            r.resolve(found("one of three people who described it")).unwrap().source,
            "a person who described it"
        );
        let mut r = Registry::from_text("They want us out, said the Rohingya resident of Ah Nauk Pyin.");
        let a = r.resolve(found("the Rohingya resident of Ah Nauk Pyin")).unwrap();
        assert_eq!(a.kind, SourceKind::Anonymous);
        let mut r = Registry::from_text("A top U.S. business lobby in China said so.");
        assert_eq!(r.resolve(found("A top U.S. business lobby in China")).unwrap().kind, SourceKind::Organization);
    }

    #[test]
    fn records_are_documents_and_one_of_two_groups_is_no_member() {
        let mut r = Registry::from_text("Unemployment fell, according to government statistics.");
        assert_eq!(r.resolve(found("government statistics")).unwrap().kind, SourceKind::Document);
        assert_eq!(r.resolve(found("a list seen by Reuters")).unwrap().kind, SourceKind::Document);
        let mut r = Registry::from_text("The owners and employees said so. It closed, according to one employee.");
        r.resolve(found("the owners and employees"));
        assert_eq!(r.resolve(found("one employee")).unwrap().source, "an employee");
    }

    #[test]
    fn a_named_news_agency_stays_a_medium_and_a_number_needs_its_of() {
        let mut r = Registry::from_text("It rose, Anadolu Agency said.");
        assert_eq!(r.resolve(found("Anadolu Agency")).unwrap().kind, SourceKind::Media);
        assert_eq!(strip_quantifiers("a number one seed"), "a number one seed");
    }

    #[test]
    fn local_offices_title_a_name_and_centers_head_a_body() {
        let mut r = Registry::from_text("It is fine, Los Angeles County Supervisor Sheila Kuehl said.");
        let a = r.resolve(found("Los Angeles County Supervisor Sheila Kuehl")).unwrap();
        assert_eq!((a.source.as_str(), a.role.as_deref()), ("Sheila Kuehl", Some("Los Angeles County Supervisor")));
        let mut r = Registry::from_text("Lead rose, according to the Centers for Disease Control and Prevention.");
        assert_eq!(
            r.resolve(found("the Centers for Disease Control and Prevention")).unwrap().source,
            "Centers for Disease Control and Prevention"
        );
    }

    #[test]
    fn an_unnamed_party_member_is_described_not_named() {
        let mut r = Registry::from_text("It failed, a Democrat on the committee said.");
        let a = r.resolve(found("a Democrat on the committee")).unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("a Democrat on the committee", SourceKind::Anonymous));
        assert_eq!(r.resolve(found("a senior Republican")).unwrap().kind, SourceKind::Anonymous);
    }

    #[test]
    fn a_short_word_between_names_is_no_piece_of_a_name() {
        let r = Registry::from_text("Polls show Clinton led Sanders by 20 points.");
        assert!(!r.people.values().any(|p| p.name.contains(" led ")), "{:?}", r.people);
        let mut r = Registry::from_text("Defence Minister Ursula von der Leyen spoke. Von der Leyen said so.");
        assert_eq!(r.resolve(found("Von der Leyen")).unwrap().source, "Ursula von der Leyen");
    }

    #[test]
    fn one_after_a_group_is_one_of_them() {
        let mut r = Registry::from_text("Two people familiar with the talks said so. One added more.");
        r.resolve(found("Two people familiar with the talks"));
        assert_eq!(r.resolve(found("one")).unwrap().source, "a person familiar with the talks");
        let mut r = Registry::from_text("Nothing here.");
        assert!(r.resolve(found("one")).is_none());
    }

    #[test]
    fn a_weekday_is_never_part_of_a_name() {
        let r = Registry::from_text("Just Tuesday, Republicans conceded the seat.");
        assert!(r.people.is_empty(), "{:?}", r.people);
    }
}
