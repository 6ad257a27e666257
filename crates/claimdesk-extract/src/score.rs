//! Check-worthiness: a transparent additive score in 0..1 with the reasons behind it.

use crate::lexicon::{
    COMPARATIVES, EVENT_VERBS, FIRST_PERSON, NUMBER_WORDS, OPINION_WORDS, SCHEDULED_MARKERS, TRIVIAL_MARKERS,
    WEEKDAYS_MONTHS,
};
use crate::token::is_capitalized;
use crate::{Attribution, AttributionType};

/// Marker phrases by their first word: the rest of the phrase and whether it announces a
/// scheduled event (else it marks a trivial detail).
type Phrases = Vec<(Vec<&'static str>, bool)>;
static MARKER_WORDS: std::sync::LazyLock<crate::lexicon::HashMap<&'static str, Phrases>> =
    std::sync::LazyLock::new(|| {
        let mut m: crate::lexicon::HashMap<&'static str, Phrases> = crate::lexicon::HashMap::default();
        let all = SCHEDULED_MARKERS.iter().map(|p| (p, true)).chain(TRIVIAL_MARKERS.iter().map(|p| (p, false)));
        for (phrase, scheduled) in all {
            let mut words = phrase.split(' ');
            if let Some(first) = words.next() {
                m.entry(first).or_default().push((words.collect(), scheduled));
            }
        }
        m
    });

/// Does the marker phrase starting at word token `i` (lower case `first`) announce a
/// scheduled event, or dwell on a trivial detail?
fn marker_at(sent: &crate::attribution::Sent, i: usize, first: &str) -> (bool, bool) {
    let (mut scheduled, mut trivial) = (false, false);
    let Some(phrases) = MARKER_WORDS.get(first) else { return (false, false) };
    for (rest, is_scheduled) in phrases {
        let mut j = i + 1;
        let matched = rest.iter().all(|w| {
            while j < sent.toks.len() && !sent.toks[j].word {
                j += 1;
            }
            let ok = j < sent.toks.len() && sent.lower(j) == *w;
            j += 1;
            ok
        });
        if matched {
            if *is_scheduled {
                scheduled = true;
            } else {
                trivial = true;
            }
        }
    }
    (scheduled, trivial)
}

/// One reason a score moved: a stable short `key` (what the store keeps) and the
/// `text` reviewers read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub key: &'static str,
    pub text: &'static str,
}

/// The reasons a score can give.
pub mod reason {
    use super::Reason;

    pub const NUMBER: Reason = Reason { key: "number", text: "states a number, quantity or statistic" };
    pub const DATE: Reason = Reason { key: "date", text: "gives a date or time" };
    pub const ENTITY: Reason = Reason { key: "entity", text: "names a person, place or organisation" };
    pub const EVENT: Reason = Reason { key: "event", text: "asserts that an event or action happened" };
    pub const COMPARES: Reason = Reason { key: "compares", text: "compares or ranks" };
    pub const ACCUSATION: Reason = Reason { key: "accusation", text: "reports an accusation, denial or confirmation" };
    pub const ATTRIBUTED: Reason = Reason { key: "attributed", text: "attributed statement of fact" };
    pub const PLAIN: Reason = Reason { key: "plain", text: "a plain statement about a named entity" };
    pub const SCHEDULED: Reason = Reason { key: "scheduled", text: "announces a scheduled event" };
    pub const HEDGED: Reason = Reason { key: "hedged", text: "hedged or hypothetical (lowers the score)" };
    pub const QUOTATION: Reason = Reason { key: "quotation", text: "a direct quotation (lowers the score)" };
    pub const OPINION: Reason = Reason { key: "opinion", text: "opinion, intention or evaluation (lowers the score)" };
    pub const FIRST_PERSON: Reason = Reason { key: "first-person", text: "first-person statement (lowers the score)" };
    pub const QUESTION: Reason = Reason { key: "question", text: "a question (lowers the score)" };
    pub const ROUTINE: Reason = Reason { key: "routine", text: "scene-setting or routine detail (lowers the score)" };
    pub const SHORT: Reason = Reason { key: "short", text: "too short to state a checkable fact (lowers the score)" };
    pub const REPORTING: Reason =
        Reason { key: "reporting", text: "only says who spoke; what was said is around it (lowers the score)" };
}

/// Every reason, in the order a score lists them.
pub const REASONS: [Reason; 17] = [
    reason::NUMBER,
    reason::DATE,
    reason::ENTITY,
    reason::EVENT,
    reason::COMPARES,
    reason::ACCUSATION,
    reason::ATTRIBUTED,
    reason::PLAIN,
    reason::SCHEDULED,
    reason::HEDGED,
    reason::QUOTATION,
    reason::OPINION,
    reason::FIRST_PERSON,
    reason::QUESTION,
    reason::ROUTINE,
    reason::SHORT,
    reason::REPORTING,
];

pub struct Scored {
    pub value: f64,
    pub reasons: Vec<String>,
}

const BASE: f64 = 0.2;

/// Score one sentence. Each feature adds or removes a fixed weight and, when it
/// fires, names itself in `reasons` so reviewers see why.
#[cfg(test)]
pub fn score(sentence: &str, attribution: Option<&Attribution>) -> Scored {
    score_in(&crate::attribution::Sent::new(sentence), attribution)
}

/// Classes of lower-case words the score looks for, as bits.
const NUMBER: u16 = 1;
const EVENT: u16 = 1 << 1;
const COMPARATIVE: u16 = 1 << 2;
const OPINION: u16 = 1 << 3;
const MODAL: u16 = 1 << 4;
const ACCUSATION: u16 = 1 << 5;
const MONEY: u16 = 1 << 6;
const MARKER_START: u16 = 1 << 7;

/// Every scored word with its classes: one lookup per word instead of one per list.
static WORD_CLASSES: std::sync::LazyLock<crate::lexicon::HashMap<&'static str, u16>> = std::sync::LazyLock::new(|| {
    let mut m: crate::lexicon::HashMap<&'static str, u16> = crate::lexicon::HashMap::default();
    let mut add = |words: &mut dyn Iterator<Item = &'static str>, class: u16| {
        for w in words {
            *m.entry(w).or_default() |= class;
        }
    };
    add(&mut NUMBER_WORDS.iter().copied(), NUMBER);
    add(&mut EVENT_VERBS.iter().copied(), EVENT);
    add(&mut COMPARATIVES.iter().copied(), COMPARATIVE);
    add(&mut OPINION_WORDS.iter().copied(), OPINION);
    add(&mut ["would", "could", "might", "may", "should", "must"].into_iter(), MODAL);
    add(
        &mut [
            "accused",
            "accuses",
            "denied",
            "denies",
            "alleged",
            "allegations",
            "confirmed",
            "admitted",
            "killing",
            "killed",
        ]
        .into_iter(),
        ACCUSATION,
    );
    add(&mut ["dollars", "euros", "percent"].into_iter(), MONEY);
    add(&mut MARKER_WORDS.keys().copied(), MARKER_START);
    m
});

/// As [`score`], on an already tokenized sentence.
pub(crate) fn score_in(sent: &crate::attribution::Sent, attribution: Option<&Attribution>) -> Scored {
    let sentence = sent.s;
    let (mut scheduled, mut trivial) = (false, false);
    // One pass over the words for every word feature.
    let (mut n_words, mut entities, mut opinion) = (0usize, 0usize, 0usize);
    let (mut has_digit, mut date, mut first_person, mut classes, mut event) = (false, false, false, 0u16, false);
    for (i, t) in sent.toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        let w = t.text(sentence);
        let l = sent.lower(i);
        let first_word = n_words == 0;
        n_words += 1;
        let digits = w.bytes().any(|b| b.is_ascii_digit());
        has_digit |= digits;
        if w.starts_with(|c: char| c.is_uppercase()) {
            date |= WEEKDAYS_MONTHS.contains(w);
        }
        // The first word is capitalised anyway: it names an entity when it is an acronym
        // ("UNITA"), a country ("China"), or the speaker the sentence names ("Gulen denies").
        let named_first = first_word
            && is_capitalized(w)
            && (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.' || b == b'-')
                || crate::lexicon::is_country_name(w)
                || crate::lexicon::capital_country(w).is_some()
                || attribution.is_some_and(|a| a.mention == w || a.source.rsplit(' ').next() == Some(w)));
        if (named_first || !first_word) && is_capitalized(w) && !FIRST_PERSON.contains(&w) {
            entities += 1;
        }
        // A year: "1999", "2017".
        date |= digits && w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit());
        first_person |= FIRST_PERSON.contains(&w);
        let c = WORD_CLASSES.get(l).copied().unwrap_or(0);
        classes |= c;
        // Marker phrases, read off the lower-case words ("is set to", "declined to comment").
        if c & MARKER_START != 0 {
            let (s, t) = marker_at(sent, i, l);
            scheduled |= s;
            trivial |= t;
        }
        if c & OPINION != 0 && c & MODAL == 0 {
            opinion += 1;
        }
        event |= c & EVENT != 0
            || (!first_word
                && l.len() > 4
                && l.ends_with("ed")
                && !matches!(l, "closely-guarded" | "supported" | "interested" | "concerned"));
    }
    // "($1 = 0.8505 euros)", "(1 euro = $1.17)": the outlet's conversion rate, a footnote.
    let t = sentence.trim();
    trivial |= t.starts_with('(') && t.ends_with(')') && t.contains(" = ") && t.bytes().any(|b| b.is_ascii_digit());
    let has_number_word = classes & NUMBER != 0;
    let money = classes & MONEY != 0 || sentence.contains(['$', '\u{20ac}', '\u{a3}']);

    let mut value = BASE;
    let mut reasons = Vec::new();
    let mut add = |w: f64, reason: &'static str, reasons: &mut Vec<String>| {
        value += w;
        reasons.push(reason.to_string());
    };
    if has_digit || has_number_word || money {
        add(0.25, reason::NUMBER.text, &mut reasons);
    }
    if date {
        add(0.1, reason::DATE.text, &mut reasons);
    }
    if entities >= 1 {
        add(0.15, reason::ENTITY.text, &mut reasons);
    }
    if event {
        add(0.2, reason::EVENT.text, &mut reasons);
    }
    if classes & COMPARATIVE != 0 {
        add(0.05, reason::COMPARES.text, &mut reasons);
    }
    if classes & ACCUSATION != 0 {
        add(0.15, reason::ACCUSATION.text, &mut reasons);
    }
    if attribution
        .is_some_and(|a| a.cue.contains("according to") || a.cue.starts_with("told") || a.cue.starts_with("said"))
        && (has_digit || entities >= 2)
    {
        add(0.05, reason::ATTRIBUTED.text, &mut reasons);
    }
    // "The EU does not sell oil to Pyongyang", "Perez is now in prison": a plain
    // declarative statement about a named entity, with nothing that hedges it.
    let question = sentence.trim_end().ends_with('?');
    if entities >= 1 && opinion == 0 && classes & MODAL == 0 && !first_person && !question && !trivial {
        add(0.1, reason::PLAIN.text, &mut reasons);
    }
    // Scheduled official events are checkable: "is set to hold talks on Thursday".
    if scheduled && (entities >= 1 || date) {
        add(0.15, reason::SCHEDULED.text, &mut reasons);
    }
    if classes & MODAL != 0 {
        add(-0.1, reason::HEDGED.text, &mut reasons);
    }
    // A speaker's own words are as often opinion or rhetoric as checkable fact (in the
    // annotated set about half of the quoted sentences scored check-worthy were not).
    if attribution.is_some_and(|a| matches!(a.kind_of_quote, AttributionType::Direct | AttributionType::Continuation)) {
        add(-0.15, reason::QUOTATION.text, &mut reasons);
    }
    if opinion > 0 {
        add(-0.15 * opinion.min(2) as f64, reason::OPINION.text, &mut reasons);
    }
    if first_person {
        add(-0.15, reason::FIRST_PERSON.text, &mut reasons);
    }
    if question {
        add(-0.3, reason::QUESTION.text, &mut reasons);
    }
    if trivial {
        add(-0.25, reason::ROUTINE.text, &mut reasons);
    }
    if n_words < 6 && !(has_digit || has_number_word || event) {
        add(-0.2, reason::SHORT.text, &mut reasons);
    }
    // "McCain asked.", "Trump wrote on Twitter on Saturday, taking time out ...": the
    // claim is in the quotation this sentence closes, not in it.
    if attribution.is_some_and(|a| crate::continuity::is_bare_cue(sent.s, a)) {
        add(-0.3, reason::REPORTING.text, &mut reasons);
    }
    Scored { value: (value.clamp(0.0, 1.0) * 100.0).round() / 100.0, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlet_s_disclaimers_and_conversion_notes_are_routine() {
        for text in ["Reuters has not independently verified the documents.", "($1 = 0.8505 euros)", "(1 euro = $1.17)"]
        {
            let s = score(text, None);
            assert!(s.value < crate::DEFAULT_THRESHOLD, "{text}: {}", s.value);
            assert!(s.reasons.iter().any(|r| r.contains("routine")), "{text}");
        }
    }

    #[test]
    fn an_acronym_or_a_country_opening_the_sentence_is_a_named_entity() {
        for text in ["UNITA has previously said it will appeal the results.", "China is building aircraft carriers."] {
            assert!(score(text, None).reasons.iter().any(|r| r.contains("names a person")), "{text}");
        }
        // A common word capitalised only because it opens the sentence is not.
        assert!(!score("Attacks are up across the country.", None)
            .reasons
            .iter()
            .any(|r| r.contains("names a person")));
    }

    #[test]
    fn a_verification_stated_is_no_disclaimer() {
        let s = score("The U.N. has independently verified 300 civilian deaths in the city.", None);
        assert!(!s.reasons.iter().any(|r| r.contains("routine")), "{:?}", s.reasons);
    }

    #[test]
    fn events_with_numbers_and_names_score_high() {
        let s = score("Syrian government forces at the weekend took control of Albu Kamal, the last major town held by Islamic State.", None);
        assert!(s.value >= 0.5, "{}", s.value);
        assert!(s.reasons.iter().any(|r| r.contains("event")));
    }

    #[test]
    fn a_sentence_that_only_says_who_spoke_is_not_check_worthy() {
        let wrote = Attribution {
            source: "Donald Trump".into(),
            kind: crate::SourceKind::Person,
            mention: "Trump".into(),
            role: None,
            cue: "wrote on Twitter".into(),
            kind_of_quote: AttributionType::Indirect,
            reported_by: None,
        };
        let bare =
            score("Trump wrote on Twitter on Saturday, taking time out from his search for appointees.", Some(&wrote));
        assert!(bare.value < crate::DEFAULT_THRESHOLD, "{}", bare.value);
        assert!(bare.reasons.iter().any(|r| r == reason::REPORTING.text));
        let said = Attribution { cue: "said".into(), ..wrote };
        let content = score("Trump said 3,000 jobs would move to Mexico by 2019.", Some(&said));
        assert!(!content.reasons.iter().any(|r| r == reason::REPORTING.text));
    }

    #[test]
    fn opinions_and_gratitude_score_low() {
        assert!(score("We will not forget it.", None).value < 0.5);
        assert!(score("We don't want to look backwards.", None).value < 0.5);
        assert!(score("The resignations would make the opposition more reasonable and realistic.", None).value < 0.5);
    }

    #[test]
    fn a_direct_quotation_scores_lower_than_the_same_words_reported() {
        let said = |kind_of_quote| Attribution {
            source: "Vladimir Putin".into(),
            kind: crate::SourceKind::Person,
            mention: "Putin".into(),
            role: None,
            cue: "said".into(),
            kind_of_quote,
            reported_by: None,
        };
        let text = "The military operation in Syria is wrapping up, Putin said.";
        let direct = score(text, Some(&said(AttributionType::Direct)));
        let indirect = score(text, Some(&said(AttributionType::Indirect)));
        assert!((indirect.value - direct.value - 0.15).abs() < 1e-9, "{} vs {}", indirect.value, direct.value);
        assert!(direct.reasons.iter().any(|r| r.contains("direct quotation")));
    }

    #[test]
    fn questions_score_low() {
        assert!(score("Will the talks succeed?", None).value < 0.5);
    }

    #[test]
    fn score_stays_in_range_and_is_rounded() {
        let s = score("In 2015 Russia killed 1,000 people and seized 3 towns on Monday, accused by the U.N.", None);
        assert!((0.0..=1.0).contains(&s.value));
        assert_eq!(s.value, (s.value * 100.0).round() / 100.0);
    }
}
