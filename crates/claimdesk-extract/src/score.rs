//! Check-worthiness: a transparent additive score in 0..1 with the reasons behind it.

use crate::lexicon::{
    COMPARATIVES, EVENT_VERBS, FIRST_PERSON, NUMBER_WORDS, OPINION_WORDS, SCHEDULED_MARKERS, TRIVIAL_MARKERS,
    WEEKDAYS_MONTHS,
};
use crate::token::is_capitalized;
use crate::Attribution;

/// The scheduled-event phrases, then the trivial-detail phrases, in one automaton.
static MARKERS: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(SCHEDULED_MARKERS.iter().chain(TRIVIAL_MARKERS))
        .expect("static marker phrases build an automaton")
});

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

/// As [`score`], on an already tokenized sentence.
pub(crate) fn score_in(sent: &crate::attribution::Sent, attribution: Option<&Attribution>) -> Scored {
    let sentence = sent.s;
    let toks = &sent.toks;
    let words: Vec<&str> = toks.iter().filter(|t| t.word).map(|t| t.text(sentence)).collect();
    let lower: Vec<&str> = toks.iter().zip(&sent.lowers).filter(|(t, _)| t.word).map(|(_, l)| l.as_ref()).collect();
    // One pass over the sentence for every marker phrase (ASCII case folded).
    let (mut scheduled, mut trivial) = (false, false);
    for m in MARKERS.find_overlapping_iter(sentence) {
        if m.pattern().as_usize() < SCHEDULED_MARKERS.len() {
            scheduled = true;
        } else {
            trivial = true;
        }
    }
    let mut value = BASE;
    let mut reasons = Vec::new();
    let mut add = |w: f64, reason: &str, reasons: &mut Vec<String>| {
        value += w;
        reasons.push(reason.to_string());
    };

    let has_digit = words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    let has_number_word = lower.iter().any(|w| NUMBER_WORDS.contains(w));
    let money = sentence.contains(['$', '\u{20ac}', '\u{a3}'])
        || lower.iter().any(|w| matches!(*w, "dollars" | "euros" | "percent"));
    if has_digit || has_number_word || money {
        add(0.25, "states a number, quantity or statistic", &mut reasons);
    }
    if words.iter().any(|w| WEEKDAYS_MONTHS.contains(w))
        || words.iter().any(|w| w.len() == 4 && w.starts_with(['1', '2']) && w.chars().all(|c| c.is_ascii_digit()))
    {
        add(0.1, "gives a date or time", &mut reasons);
    }
    let entities = words.iter().skip(1).filter(|w| is_capitalized(w) && !FIRST_PERSON.contains(w)).count();
    if entities >= 1 {
        add(0.15, "names a person, place or organisation", &mut reasons);
    }
    let event = lower.iter().any(|w| EVENT_VERBS.contains(w))
        || lower.iter().enumerate().any(|(i, w)| {
            i > 0
                && w.len() > 4
                && w.ends_with("ed")
                && !matches!(*w, "closely-guarded" | "supported" | "interested" | "concerned")
        });
    if event {
        add(0.2, "asserts that an event or action happened", &mut reasons);
    }
    if lower.iter().any(|w| COMPARATIVES.contains(w)) {
        add(0.05, "compares or ranks", &mut reasons);
    }
    if lower.iter().any(|w| {
        matches!(
            *w,
            "accused"
                | "accuses"
                | "denied"
                | "denies"
                | "alleged"
                | "allegations"
                | "confirmed"
                | "admitted"
                | "killing"
                | "killed"
        )
    }) {
        add(0.15, "reports an accusation, denial or confirmation", &mut reasons);
    }
    if attribution
        .is_some_and(|a| a.cue.contains("according to") || a.cue.starts_with("told") || a.cue.starts_with("said"))
        && (has_digit || entities >= 2)
    {
        add(0.05, "attributed statement of fact", &mut reasons);
    }

    // Scheduled official events are checkable: "is set to hold talks on Thursday".
    if scheduled && (entities >= 1 || words.iter().any(|w| WEEKDAYS_MONTHS.contains(w))) {
        add(0.15, "announces a scheduled event", &mut reasons);
    }
    const MODALS: &[&str] = &["would", "could", "might", "may", "should", "must"];
    if lower.iter().any(|w| MODALS.contains(w)) {
        add(-0.1, "hedged or hypothetical (lowers the score)", &mut reasons);
    }
    let opinion = lower.iter().filter(|w| OPINION_WORDS.contains(*w) && !MODALS.contains(w)).count();
    if opinion > 0 {
        add(-0.15 * opinion.min(2) as f64, "opinion, intention or evaluation (lowers the score)", &mut reasons);
    }
    if words.iter().any(|w| FIRST_PERSON.contains(w)) {
        add(-0.15, "first-person statement (lowers the score)", &mut reasons);
    }
    if sentence.trim_end().ends_with('?') {
        add(-0.3, "a question (lowers the score)", &mut reasons);
    }
    if trivial {
        add(-0.25, "scene-setting or routine detail (lowers the score)", &mut reasons);
    }
    if words.len() < 6 && !(has_digit || has_number_word || event) {
        add(-0.2, "too short to state a checkable fact (lowers the score)", &mut reasons);
    }
    Scored { value: (value.clamp(0.0, 1.0) * 100.0).round() / 100.0, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_with_numbers_and_names_score_high() {
        let s = score("Syrian government forces at the weekend took control of Albu Kamal, the last major town held by Islamic State.", None);
        assert!(s.value >= 0.5, "{}", s.value);
        assert!(s.reasons.iter().any(|r| r.contains("event")));
    }

    #[test]
    fn opinions_and_gratitude_score_low() {
        assert!(score("We will not forget it.", None).value < 0.5);
        assert!(score("We don't want to look backwards.", None).value < 0.5);
        assert!(score("The resignations would make the opposition more reasonable and realistic.", None).value < 0.5);
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
