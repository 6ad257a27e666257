//! Quote continuity: a sentence with no cue of its own that goes on with a speaker's
//! quotation gets that speaker, as a `continuation`. With quotation marks the marks
//! show where a quotation opens and closes. Text whose marks an archive stripped keeps
//! a trace of them: the archive put a space where each mark was, so a run of spaces
//! between words stands for a removed mark ("itself,  Intelligence Minister Israel Katz
//! said"). Without either, first-person sentences next to a speaker's quote go on with it.

use crate::lexicon::{self, FIRST_PERSON};
use crate::token::tokenize;
use crate::{Attribution, AttributionType, SourceKind};

/// Does the sentence contain any reporting cue at all (even one we could not attach)?
pub fn has_cue(sentence: &str) -> bool {
    has_cue_in(sentence, &tokenize(sentence))
}

fn has_cue_in(sentence: &str, toks: &[crate::token::Tok]) -> bool {
    toks.iter().any(|t| t.word && lexicon::cue_verb(t.text(sentence)).is_some_and(|c| SPEECH_LEMMAS.contains(&c.lemma)))
        || sentence.to_lowercase().contains("according to")
}

/// What a sentence's wording says about whether it is someone's speech, read off one
/// tokenization.
#[derive(Default)]
struct Clues {
    /// It has a reporting cue of its own.
    cue: bool,
    /// See [`sounds_spoken`].
    spoken: bool,
    /// See [`argues_in_present`].
    argues: bool,
}

fn clues(sentence: &str) -> Clues {
    let toks = tokenize(sentence);
    Clues {
        cue: has_cue_in(sentence, &toks),
        spoken: sounds_spoken(sentence, &toks),
        argues: argues_in_present(sentence, &toks),
    }
}

/// Verbs of saying: a sentence with one of these reports its own speaker, so it does not
/// go on with somebody else's quotation. Verbs of attitude ("we want", "I think") are
/// common inside quotations and do not count.
const SPEECH_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "add",
    "stress",
    "note",
    "warn",
    "accuse",
    "deny",
    "insist",
    "confirm",
    "announce",
    "claim",
    "argue",
    "explain",
    "write",
    "tweet",
    "allege",
    "acknowledge",
    "admit",
    "assert",
    "declare",
    "reply",
    "complain",
    "ask",
    "reiterate",
    "testify",
    "quote",
    "cite",
    "inform",
    "post",
];

/// Marks of spoken language that narration in news copy avoids: the first or second
/// person, a contraction ("don't", or "don t" once the apostrophe is stripped), an
/// exclamation, a question or a trailing ellipsis.
fn sounds_spoken(sentence: &str, toks: &[crate::token::Tok]) -> bool {
    let spoken_word = |i: usize| {
        let w = toks[i].text(sentence);
        FIRST_PERSON.contains(&w)
            || matches!(w, "you" | "You" | "your" | "Your" | "Let")
            || ["n't", "n\u{2019}t", "'re", "\u{2019}re", "'ll", "\u{2019}ll", "'ve", "\u{2019}ve", "'m", "\u{2019}m"]
                .iter()
                .any(|c| w.ends_with(c))
            // "don t", "we re": a contraction whose apostrophe became a space.
            || (i > 0 && matches!(w, "t" | "re" | "ll" | "ve" | "m") && toks[i].start == toks[i - 1].end + 1)
            // "It s", "that s": after a pronoun the stripped "s" is "is", not a possessive.
            || (i > 0
                && w == "s"
                && matches!(
                    toks[i - 1].text(sentence),
                    "It" | "it"
                        | "That"
                        | "that"
                        | "There"
                        | "there"
                        | "What"
                        | "what"
                        | "He"
                        | "he"
                        | "She"
                        | "she"
                        | "Here"
                        | "here"
                        | "Who"
                        | "who"
                ))
    };
    let t = sentence.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '!' && c != '?' && c != '.');
    (0..toks.len()).any(|i| toks[i].word && spoken_word(i))
        || t.ends_with('!')
        || t.ends_with('?')
        || t.ends_with("...")
}

/// A statement in the present tense or with a modal and no past-tense verb: how a
/// quotation argues ("His resignation raises more questions than it answers"), where a
/// news report narrates in the past tense.
fn argues_in_present(sentence: &str, toks: &[crate::token::Tok]) -> bool {
    let words: Vec<&str> = toks.iter().filter(|t| t.word).map(|t| t.text(sentence)).collect();
    // A participle after "be" ("should be respected", "can be made") is not a past tense.
    let past = words.iter().enumerate().any(|(i, w)| {
        let participle_after_be = i > 0 && matches!(words[i - 1], "be" | "been" | "being" | "is" | "are");
        let past_form =
            matches!(*w, "was" | "were" | "had" | "did" | "said" | "told" | "went" | "came" | "took" | "made" | "got")
                || (w.len() > 4 && w.ends_with("ed") && !w.starts_with(|c: char| c.is_uppercase()));
        past_form && !participle_after_be
    });
    // "They have to say what they have to say": "have to" is a present modal.
    let have_to = words.windows(2).any(|p| matches!(p[0], "have" | "has") && p[1] == "to");
    let present = have_to
        || words.iter().any(|w| {
            matches!(
                *w,
                "is" | "are"
                    | "must"
                    | "should"
                    | "can"
                    | "cannot"
                    | "deserve"
                    | "deserves"
                    | "need"
                    | "needs"
                    | "means"
                    | "remains"
                    | "seems"
                    | "wants"
                    | "knows"
                    | "thinks"
                    | "believes"
                    | "raises"
                    | "makes"
            )
        });
    // "HHS will continue to use the best evidence": a promise argues too; "HarperCollins
    // will publish the book on Nov. 14" schedules, in the outlet's words.
    let scheduled = || {
        let lower = sentence.to_lowercase();
        words.iter().any(|w| {
            let l = w.to_lowercase();
            w.starts_with(|c: char| c.is_ascii_digit())
                || lexicon::is_time_word(w, &l)
                || lexicon::NUMBER_WORDS.contains(l.as_str())
                || matches!(l.as_str(), "today" | "tomorrow" | "become" | "becomes")
        }) || lexicon::SCHEDULED_MARKERS.iter().any(|m| lower.contains(m))
    };
    let present = present || (words.contains(&"will") && !scheduled());
    present && !past && words.len() <= 25
}

/// Give sentences with no cue of their own the speaker of the quotation they
/// continue. With quotation marks, a quotation run (the sentences from the one
/// that opens a quote to the one that closes it) shares the attribution found in
/// it, or else that of the sentence introducing it. Without marks (stripped by an
/// archive), a first-person sentence next to a speaker's direct quote continues it.
pub fn link_continuations(spans: &[(usize, usize)], text: &str, attrs: &mut [Option<Attribution>]) {
    let marks = crate::token::has_quote_marks(text);
    link_bare_cues(spans, text, marks, attrs);
    if marks {
        link_quote_runs(spans, text, attrs);
    } else if has_removed_marks(text) {
        link_gap_runs(spans, text, attrs);
        // Gaps are lost as often as kept: a first-person sentence next to the speaker's
        // quotation goes on with it, as in text with no gaps at all.
        link_first_person(spans, text, attrs, false);
    } else {
        link_first_person(spans, text, attrs, true);
    }
    if !marks {
        link_between_one_speaker(spans, text, attrs);
    }
}

/// Quote-stripped text: up to two sentences that sound spoken or argue in the present,
/// with no cue of their own, between two attributions of one speaker, the later a quotation (its words before its cue, or a
/// quotation going on), are that speaker's quotation too ("Trump criticized the cast in
/// tweets. The theater must be a safe place. The cast was rude. Apologize!, Trump
/// wrote."). Not after a document, and not a sentence saying whom the outlet asked.
fn link_between_one_speaker(spans: &[(usize, usize)], text: &str, attrs: &mut [Option<Attribution>]) {
    let n = attrs.len();
    let mut i = 0;
    while i < n {
        let Some(j) = (i + 1..n.min(i + 4)).find(|&j| attrs[j].is_some()) else {
            i += 1;
            continue;
        };
        if let (Some(a), Some(b)) = (&attrs[i], &attrs[j]) {
            let fill = j > i + 1
                && a.source == b.source
                && a.kind != SourceKind::Document
                && matches!(b.kind_of_quote, AttributionType::Direct | AttributionType::Continuation)
                && (i + 1..j).all(|k| {
                    let sentence = &text[spans[k].0..spans[k].1];
                    let c = clues(sentence);
                    // "Sido is also an SDF coordinator": a speaker does not name themselves.
                    let names_speaker = b.source.rsplit(' ').next().is_some_and(|last| {
                        last.len() > 2 && sentence.split(|ch: char| !ch.is_alphanumeric()).any(|w| w == last)
                    });
                    !c.cue
                        && !names_speaker
                        && (c.spoken || c.argues)
                        && !narrates_past(sentence)
                        && !reports_no_answer(sentence)
                        && !is_outlet_note(sentence)
                });
            if fill {
                let b = b.clone();
                for slot in &mut attrs[i + 1..j] {
                    *slot = Some(continuation(b.clone()));
                }
            }
        }
        i = j;
    }
}

/// "The following statements were posted to the verified Twitter accounts of U.S.
/// President Donald Trump, @realDonaldTrump and @POTUS.": the index of the notice and the
/// account holder as written; every statement after it is theirs.
pub(crate) fn posted_statements_notice(spans: &[(usize, usize)], text: &str) -> Option<(usize, String)> {
    spans.iter().take(3).enumerate().find_map(|(i, &(s, e))| {
        let sentence = &text[s..e];
        // The archive's notice opens the article; a video or post mentioned in a story does not.
        if !sentence.starts_with("The following statements") {
            return None;
        }
        let at = sentence.find("posted to the verified Twitter account")?;
        let rest = &sentence[at..];
        let of = rest.find(" of ")? + 4;
        let holder = &rest[of..];
        // "U.S. President Donald Trump, @realDonaldTrump and @POTUS.": up to the comma (a
        // full stop may be an abbreviation's).
        let end = holder.find([',', '(']).unwrap_or(holder.len());
        let holder = holder[..end].split(" and @").next().unwrap_or("").trim().trim_end_matches('.');
        (!holder.is_empty() && holder.starts_with(char::is_uppercase)).then(|| (i, holder.to_string()))
    })
}

/// The outlet's own notes in such a digest: "The opinions expressed are his own.",
/// "Reuters has not edited the statements or confirmed their accuracy."
pub(crate) fn is_outlet_note(sentence: &str) -> bool {
    ["opinions expressed", "has not edited", "confirmed their accuracy", "not independently verified"]
        .iter()
        .any(|p| sentence.contains(p))
}

/// A run of spaces between two words (not at a line break) where an archive removed a
/// quotation mark; its length in spaces.
fn gaps(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if b[i] == b' ' && i > 0 && !b[i - 1].is_ascii_whitespace() {
                let start = i;
                while i < b.len() && b[i] == b' ' {
                    i += 1;
                }
                if i - start >= 2 && i < b.len() && !b[i].is_ascii_whitespace() {
                    return Some((start, i - start));
                }
            } else {
                i += 1;
            }
        }
        None
    })
}

/// Text without quotation marks that still shows where they were. Gaps between
/// sentences may be lost paragraph breaks (texts that kept their marks have those too);
/// gaps inside a sentence ("itself,  Katz said") can only be removed marks.
fn has_removed_marks(text: &str) -> bool {
    gaps(text).filter(|&(at, _)| !text[..at].ends_with(['.', '?', '!'])).nth(1).is_some()
}

/// Quotation runs in text whose marks were replaced by spaces. Every gap toggles
/// whether we are inside a quotation, except that a gap of four spaces or more (several
/// marks, or a lost paragraph break) leaves us outside, and a closing attribution ("...,  Katz said.") always ends outside. A run is the
/// sentences from one that opens a quotation to the one after which it closes; it
/// takes the attribution found in it, else that of the quotation just before it (the
/// same speaker going on), else that of the quotation right after it (the archive's
/// quote-first order: "We still have a long way to go.  ..., Putin told Assad.").
fn link_gap_runs(spans: &[(usize, usize)], text: &str, attrs: &mut [Option<Attribution>]) {
    let n = spans.len();
    // For each sentence: does it open a new quotation at its start, is it inside one at
    // its start, and is the quotation still open at its end?
    let mut opens = vec![false; n];
    // A quotation that opened inside the sentence, after its cue ("..., Batchelor
    // said:  We can only look at the result ..."), and goes on after it.
    let mut opens_within = vec![false; n];
    let mut inside_start = vec![false; n];
    let mut inside_end = vec![false; n];
    let mut inside = false;
    let mut prev_end = 0;
    for (i, &(s, e)) in spans.iter().enumerate() {
        let between = &text[prev_end..s];
        // The gap between the sentences, with the last character before and the first
        // after it (a gap is only counted between two words).
        let before = text[..prev_end].chars().next_back().map_or(prev_end, |c| prev_end - c.len_utf8());
        let after = text[s..].chars().next().map_or(s, |c| s + c.len_utf8());
        if let Some(width) = gaps(&text[before..after]).map(|(_, w)| w).max() {
            if width >= 4 {
                // Several marks or a lost paragraph break: we no longer know; start afresh.
                inside = false;
            } else if !inside {
                opens[i] = true;
                inside = true;
            } else {
                inside = false;
            }
        } else if between.contains('\n') {
            inside = false;
        }
        inside_start[i] = inside;
        // Every gap inside the sentence toggles the quotation.
        let inner_gaps = gaps(&text[s..e]).count();
        if inner_gaps % 2 == 1 {
            inside = !inside;
        }
        match attrs[i].as_ref().map(|a| a.kind_of_quote) {
            // "..., Batchelor said:  We can only ...": a quotation opened after the cue.
            Some(AttributionType::Direct)
                if inner_gaps % 2 == 1 && attrs[i].as_ref().is_some_and(|a| opens_after_cue(&text[s..e], &a.cue)) =>
            {
                inside = true;
                opens_within[i] = !inside_start[i];
            }
            // "...,  Katz said.": the quotation closed before its attribution.
            Some(AttributionType::Direct) if inner_gaps > 0 => inside = false,
            // Reported speech is the outlet's voice: no quotation is open around it, so
            // the gap before it was a lost paragraph break, not an opening mark.
            Some(AttributionType::Indirect) if inner_gaps == 0 => {
                opens[i] = false;
                inside_start[i] = false;
                inside = false;
            }
            _ => {}
        }
        inside_end[i] = inside;
        prev_end = e;
    }
    // Runs: [i..=last], opened at i, continued while the quotation stays open.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        if !opens[i] && !opens_within[i] {
            i += 1;
            continue;
        }
        let mut last = i;
        while last + 1 < n
            && inside_end[last]
            && inside_start[last + 1]
            && !opens[last + 1]
            && last + 1 - i < MAX_GAP_RUN
        {
            last += 1;
        }
        // A quotation must be seen to close (a gap at or after its last sentence, or a
        // closing attribution); one that never does is a miscounted gap: keep only the
        // sentence that opened it.
        let closed = !inside_end[last]
            || (last + 1 < n && opens[last + 1])
            || (last + 1 < n && !inside_start[last + 1])
            // A quotation opened after a cue and still open where the article ends, with
            // the space its closing mark left ("... on that list.   ").
            || (opens_within[i] && last + 1 == n && text[spans[last].1..].starts_with("  "));
        if !closed {
            last = i;
        }
        runs.push((i, last));
        i = last + 1;
    }
    for (r, &(i, last)) in runs.iter().enumerate() {
        // Marks seen inside the run's own sentences, not only between sentences where
        // a lost paragraph break looks the same: opened after a cue, or closed before
        // one ("There were no doctors,  the spokesman said." with no gap since the run
        // began, so the quotation opened where the run did).
        let confirmed = (opens_within[i] && last - i < MAX_GAP_RUN)
            || (last > i
                && attrs[last].as_ref().is_some_and(|a| a.kind_of_quote == AttributionType::Direct)
                && gaps(&text[spans[last].0..spans[last].1]).count() == 1
                && (i..last).all(|k| gaps(&text[spans[k].0..spans[k].1]).next().is_none()));
        let own = (i..=last).find_map(|k| attrs[k].clone());
        // Reported speech before the run, in the outlet's voice: the quotation after it
        // is most often that speaker's ("Dreier said the marches made him sick.  It s
        // very frightening."), but present-tense narration follows reported speech too.
        let before = (i > 0).then(|| attrs[i - 1].clone()).flatten();
        let after_reported = own.is_none() && !is_quote(&attrs[i.saturating_sub(1)]);
        let after = runs.get(r + 1).filter(|&&(j, _)| j == last + 1).and_then(|&(j, l)| {
            (j..=l).find_map(|k| attrs[k].clone()).filter(|a| a.kind_of_quote == AttributionType::Direct)
        });
        // "...,  a local official told state TV.  Fortunately no deaths have been reported
        // so far.  The quake ...": a quotation that closed before its attribution, then a
        // sentence between gaps with no cue of its own: the same speaker going on, unless
        // it narrates in the past ("In Kisumu, protesters reacted angrily").
        let after_closed_quote = own.is_none()
            && i > 0
            && attrs[i - 1]
                .as_ref()
                .is_some_and(|a| a.kind_of_quote == AttributionType::Direct || a.cue.starts_with("quoted"))
            && gaps(&text[spans[i - 1].0..spans[i - 1].1]).next().is_some();
        // "Berg won the seat by a wide margin": a sentence about the speaker is not theirs.
        let speaker_surname = (i > 0)
            .then(|| attrs[i - 1].as_ref())
            .flatten()
            .filter(|a| a.kind == crate::SourceKind::Person)
            .and_then(|a| a.source.rsplit(' ').next().map(str::to_string));
        let names_speaker = |sentence: &str| speaker_surname.as_deref().is_some_and(|n| sentence.contains(n));
        let Some(a) = own.or(before).or(after) else { continue };
        // Gaps between sentences are often lost paragraph breaks, not marks: a sentence
        // the gaps alone put in a quotation must also read like speech, not narration
        // ("The Supreme Court nullified the vote on Aug. 8").
        for k in i..=last {
            let sentence = &text[spans[k].0..spans[k].1];
            if attrs[k].is_some() {
                continue;
            }
            // A sentence that names the speaker in the third person, with no cue to make it
            // the attribution, is about them.
            // First-person speech stays theirs ("I don t favor it,  McConnell, who ...").
            // (The wording is read only when needed: it tokenizes the sentence again.)
            let about_speaker = || {
                names_speaker(sentence) && {
                    let c = clues(sentence);
                    !c.cue && !c.spoken
                }
            };
            let speech = confirmed
                || ((!after_reported && gaps(sentence).next().is_some()) || {
                    let c = clues(sentence);
                    c.spoken
                        || (c.argues && !after_reported)
                        || (after_closed_quote && !c.cue && !narrates_past(sentence))
                }) && !about_speaker();
            if speech {
                fill_run(spans, text, attrs, k, k, &a, |_, sentence| has_cue(sentence));
            }
        }
    }
}

/// Narration: a past tense ("-ed" or an irregular one) that is not a participle after
/// "have" or a present "be" ("were repeatedly teargassed", "reacted angrily", "the quake
/// struck", but not "has now decided" or "have been reported"), a day or month ("was in
/// the capital on Monday"), a figure, or what someone will become.
fn narrates_past(sentence: &str) -> bool {
    let words: Vec<&str> = tokenize(sentence).iter().filter(|t| t.word).map(|t| t.text(sentence)).collect();
    let adverb =
        |w: &str| w.ends_with("ly") || matches!(w, "now" | "already" | "also" | "just" | "never" | "not" | "still");
    words.iter().enumerate().any(|(i, w)| {
        // Figures and what is to become of someone are the outlet's facts too ("Trump has
        // 28.4 million followers", "He will become president of the parliament").
        let l = w.to_lowercase();
        if lexicon::WEEKDAYS_MONTHS.contains(w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            // ("one" is as often a pronoun or "not just about one party".)
            || (lexicon::NUMBER_WORDS.contains(l.as_str()) && l != "one")
            || matches!(l.as_str(), "become" | "becomes" | "weeks" | "months" | "years")
        {
            return true;
        }
        let regular = w.len() > 4 && w.ends_with("ed") && !w.starts_with(|c: char| c.is_uppercase());
        // "The quake struck a remote area", "Shares fell sharply".
        let irregular =
            !w.ends_with("ed") && lexicon::EVENT_VERBS.contains(w) && !matches!(*w, "cut" | "meet" | "travel");
        if !(regular || irregular) {
            return false;
        }
        let aux = words[..i].iter().rev().find(|w| !adverb(w));
        !aux.is_some_and(|a| matches!(*a, "have" | "has" | "had" | "be" | "been" | "being" | "is" | "are"))
    })
}

/// The sentence's last gap comes right after a colon ("said:  We"), where quotations
/// open, or after a comma that follows the cue ("posted on Twitter,  We need"), not one
/// before it ("itself,  Katz said").
fn opens_after_cue(sentence: &str, cue: &str) -> bool {
    gaps(sentence).last().is_some_and(|(at, _)| {
        let before = &sentence[..at];
        before.ends_with(':')
            || before.strip_suffix(',').is_some_and(|b| {
                !cue.is_empty()
                    && b.len() >= cue.len()
                    && b.get(b.len() - cue.len()..).is_some_and(|t| t.eq_ignore_ascii_case(cue))
            })
    })
}

/// The longest quotation run followed, in sentences; longer ones are unbalanced marks.
const MAX_RUN: usize = 10;

/// The same for runs told by gaps, which are less reliable than marks.
const MAX_GAP_RUN: usize = 4;

fn link_quote_runs(spans: &[(usize, usize)], text: &str, attrs: &mut [Option<Attribution>]) {
    let n = spans.len();
    let mut open_at_start = vec![false; n];
    let mut open_at_end = vec![false; n];
    let mut inside = false;
    let mut prev_end = 0;
    for (i, &(s, e)) in spans.iter().enumerate() {
        // Quotations do not run across paragraphs without a new opening mark.
        if text[prev_end..s].contains('\n') {
            inside = false;
        }
        open_at_start[i] = inside;
        for c in text[s..e].chars() {
            match c {
                '\u{201c}' => inside = true,
                '\u{201d}' => inside = false,
                '"' => inside = !inside,
                _ => {}
            }
        }
        open_at_end[i] = inside;
        prev_end = e;
    }
    let mut i = 0;
    while i < n {
        // A run starts where a quote opens and stays open into the next sentence,
        // or at a sentence that is a whole quotation by itself.
        let sentence = &text[spans[i].0..spans[i].1];
        let starts_quote = sentence.starts_with(['"', '\u{201c}']);
        if open_at_start[i] || !(open_at_end[i] || starts_quote) {
            i += 1;
            continue;
        }
        let mut last = i;
        while last + 1 < n && open_at_start[last + 1] && last + 1 - i < MAX_RUN {
            last += 1;
        }
        let speaker = (i..=last)
            .find_map(|k| attrs[k].clone())
            .or_else(|| (starts_quote && i > 0).then(|| attrs[i - 1].clone()).flatten());
        if let Some(a) = speaker {
            // A reporting verb inside the marks is the speaker's own word ("“I can tell you
            // that very clearly.”"); only one outside them is another report.
            fill_run(spans, text, attrs, i, last, &a, |k, sentence| {
                has_cue(&outside_quotes(sentence, open_at_start[k]))
            });
        }
        i = last + 1;
    }
}

/// Words that may follow a reporting verb in a sentence that reports nothing itself:
/// the occasion, the channel and the time ("McCain asked.", "Trump wrote on Twitter on
/// Saturday, ...", "she told reporters in Geneva."). Time words, names after a preposition
/// and numbers pass too.
const OCCASION_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "to",
    "during",
    "after",
    "before",
    "from",
    "via",
    "with",
    "through",
    "by",
    "over",
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "reporters",
    "journalists",
    "statement",
    "interview",
    "briefing",
    "conference",
    "news",
    "radio",
    "television",
    "tv",
    "show",
    "post",
    "posts",
    "message",
    "messages",
    "speech",
    "tweet",
    "tweets",
    "twitter",
    "email",
    "e-mail",
    "phone",
    "telephone",
    "later",
    "earlier",
    "then",
    "also",
    "again",
    "last",
    "this",
    "next",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "separately",
    "simply",
];

/// "McCain asked." or "Trump wrote on Twitter on Saturday, taking time out ...": the
/// sentence is its speaker, a reporting verb and at most the occasion, so what was said
/// is the sentence before it. Archives that strip quotation marks leave quotations
/// followed by such a sentence ("There s no comparison. ... McCain asked.").
pub(crate) fn is_bare_cue(sentence: &str, a: &Attribution) -> bool {
    let s = sentence.trim();
    let Some(rest) = s.strip_prefix(a.mention.as_str()) else {
        return false;
    };
    let Some(tail) = rest.trim_start().strip_prefix(a.cue.as_str()) else {
        return false;
    };
    let verb = a.cue.split(' ').next().unwrap_or_default();
    if !lexicon::cue_verb(verb).is_some_and(|c| BARE_LEMMAS.contains(&c.lemma)) {
        return false;
    }
    // What follows the verb up to the first comma (", taking time out ..." is about the act);
    // but ", adding that 3,000 troops ..." says something after all.
    let mut clauses = tail.split(", ");
    let tail = clauses.next().unwrap_or_default().split("; ").next().unwrap_or_default();
    let rest = clauses.collect::<Vec<_>>().join(", ");
    let first_after = rest.split_whitespace().next().unwrap_or_default();
    let says_more = (first_after.ends_with("ing") && lexicon::cue_verb(first_after).is_some())
        || rest.split_whitespace().any(|w| w == "that")
        || rest.contains(|c: char| c.is_ascii_digit());
    if says_more {
        return false;
    }
    let tail = tail.trim_end_matches(['.', '!', ' ']);
    // A name right after the verb is what was said about ("said Senator Bob Corker ...");
    // after a preposition it is the occasion ("on Twitter", "in Geneva").
    let mut after_occasion_word = false;
    tail.split_whitespace().all(|w| {
        let lower = w.to_lowercase();
        let ok = OCCASION_WORDS.contains(&lower.as_str())
            || lexicon::is_time_word(w, &lower)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || (after_occasion_word && w.starts_with(char::is_uppercase));
        after_occasion_word = ok;
        ok
    })
}

/// Verbs that report a quotation when they end a sentence with nothing said after them.
const BARE_LEMMAS: &[&str] =
    &["say", "ask", "write", "tell", "add", "tweet", "post", "explain", "reply", "insist", "declare", "note", "stress"];

/// The longest quotation a bare reporting sentence is taken to close, in sentences.
const MAX_BARE_CUE_RUN: usize = 4;

/// Give the sentence before a bare reporting sentence ([`is_bare_cue`]), when it reads as
/// a quotation, that sentence's speaker as a direct quotation, and the sentences before it
/// that sound spoken or argue in the present, as its continuation, up to
/// [`MAX_BARE_CUE_RUN`] in all.
fn link_bare_cues(spans: &[(usize, usize)], text: &str, marks: bool, attrs: &mut [Option<Attribution>]) {
    for i in 1..spans.len() {
        let Some(a) = attrs[i].clone() else {
            continue;
        };
        let (s, e) = spans[i];
        if !is_bare_cue(&text[s..e], &a) {
            continue;
        }
        let (ps, pe) = spans[i - 1];
        if attrs[i - 1].is_some() || has_cue(&text[ps..pe]) {
            continue;
        }
        // The sentence before must read as a quotation: closed by a quotation mark where the
        // text has them, spoken or argued where an archive stripped them ("The bill passed
        // 52-48 on Tuesday. Trump wrote on Twitter." is narration, then a remark about it).
        let before = &text[ps..pe];
        let quoted = if marks {
            before.trim_end().ends_with(['\u{201d}', '"'])
        } else {
            let c = clues(before);
            c.spoken || c.argues
        };
        if !quoted {
            continue;
        }
        attrs[i - 1] = Some(Attribution { kind_of_quote: AttributionType::Direct, ..a.clone() });
        for k in (i.saturating_sub(MAX_BARE_CUE_RUN)..i - 1).rev() {
            let (ks, ke) = spans[k];
            let c = clues(&text[ks..ke]);
            if attrs[k].is_some() || c.cue || !(c.spoken || c.argues) {
                break;
            }
            attrs[k] = Some(continuation(a.clone()));
        }
    }
}

/// Archives that stripped quotation marks left a space in their place, so a
/// sentence that opens after two spaces most likely opened a quotation.
fn after_removed_mark(text: &str, start: usize) -> bool {
    text[..start].ends_with("  ") && !text[..start].trim_end_matches(' ').ends_with('\n')
}

/// Quote-stripped text: a sentence that sounds spoken (first or second person, a
/// contraction, a question) next to a speaker's quotation goes on with it. Text without
/// marks or gaps passes `arguing`, and then a present-tense argument after the quotation or
/// after a gap goes on with it too; text whose gaps were already followed
/// ([`link_gap_runs`]) does not: there a gap closes as often as it opens, and present-tense
/// narration is as likely.
fn link_first_person(spans: &[(usize, usize)], text: &str, attrs: &mut [Option<Attribution>], arguing: bool) {
    let n = spans.len();
    // Only unattributed sentences can go on with a quotation: the others are not read.
    let clues: Vec<Clues> = spans
        .iter()
        .zip(attrs.iter())
        .map(|(&(s, e), a)| if a.is_none() { clues(&text[s..e]) } else { Clues::default() })
        .collect();
    let candidate: Vec<bool> = spans
        .iter()
        .zip(&clues)
        .enumerate()
        .map(|(i, (&(s, _), c))| {
            // A gap before the sentence may be a lost paragraph break: narration after one
            // ("Le Drian was in the capital on Monday") does not go on with the quote.
            // A reporting verb that found no speaker is the quotation's own word when the
            // sentence sounds spoken ("I could say anything on the subject").
            attrs[i].is_none()
                && (!c.cue || c.spoken)
                && (c.spoken || (arguing && after_removed_mark(text, s) && c.argues))
                && !reports_no_answer(&text[s..spans[i].1])
        })
        .collect();
    // Backward pass: a quotation whose attribution comes after it.
    for i in (0..n).rev() {
        if candidate[i] && i + 1 < n && is_quote(&attrs[i + 1]) {
            let next_is_first_of_run = !(i >= 1 && is_quote(&attrs[i - 1]) && !candidate[i - 1]);
            if next_is_first_of_run {
                attrs[i] = attrs[i + 1].clone().map(continuation);
            }
        }
    }
    // Forward pass: a quotation run that goes on after its attribution; there a
    // statement argued in the present tense goes on with it too.
    for i in 1..n {
        let argues = arguing && !clues[i].cue && clues[i].argues;
        // "He said the party must test its leaders. Are they ready?": a sentence that sounds
        // spoken right after a person's reported speech is their quotation too.
        let after_reported = candidate[i]
            && clues[i].spoken
            && !clues[i].cue
            && speaks_for_self(&text[spans[i].0..spans[i].1])
            && attrs[i - 1]
                .as_ref()
                .is_some_and(|a| a.kind_of_quote == AttributionType::Indirect && matches!(a.kind, SourceKind::Person));
        if (((candidate[i] || argues) && is_quote(&attrs[i - 1])) || after_reported) && attrs[i].is_none() {
            attrs[i] = attrs[i - 1].clone().map(continuation);
        }
    }
}

/// First or second person, or a contraction: the speaker's own voice ("We don t know"),
/// where a bare question ("Will he?", "Is that fair?") may be the outlet's.
fn speaks_for_self(sentence: &str) -> bool {
    let toks = tokenize(sentence);
    toks.iter().enumerate().any(|(i, t)| {
        let w = t.text(sentence);
        t.word
            && (FIRST_PERSON.contains(&w)
                || matches!(w, "you" | "You" | "your" | "Your")
                || w.ends_with("n't")
                || w.ends_with("n\u{2019}t")
                || (i > 0 && matches!(w, "t" | "re" | "ll" | "ve" | "m") && t.start == toks[i - 1].end + 1))
    })
}

/// A direct quotation or the continuation of one.
fn is_quote(a: &Option<Attribution>) -> bool {
    a.as_ref().is_some_and(|a| matches!(a.kind_of_quote, AttributionType::Direct | AttributionType::Continuation))
}

/// Give the sentences `i..=last` of a quotation run that have no attribution, and that do
/// not report something of their own (`reports(k, sentence)`, most often a cue of their
/// own), the run's speaker `a`, as a continuation.
fn fill_run(
    spans: &[(usize, usize)],
    text: &str,
    attrs: &mut [Option<Attribution>],
    i: usize,
    last: usize,
    a: &Attribution,
    reports: impl Fn(usize, &str) -> bool,
) {
    for k in i..=last {
        let sentence = &text[spans[k].0..spans[k].1];
        if attrs[k].is_none() && !reports(k, sentence) && !reports_no_answer(sentence) {
            attrs[k] = Some(continuation(a.clone()));
        }
    }
}

/// The words of `sentence` outside quotation marks; `open` says whether a quotation is
/// already open where it starts.
fn outside_quotes(sentence: &str, open: bool) -> String {
    let mut inside = open;
    let mut out = String::with_capacity(sentence.len());
    for c in sentence.chars() {
        match c {
            '\u{201c}' => inside = true,
            '\u{201d}' => inside = false,
            '"' => inside = !inside,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// "Son could not be reached for comment", "her office did not respond to calls from
/// Reuters": the outlet saying whom it asked, never a speaker's words.
fn reports_no_answer(sentence: &str) -> bool {
    let l = sentence.to_lowercase();
    [
        "could not be reached",
        "not be reached for",
        "did not respond",
        "did not immediately respond",
        "did not return",
        "not immediately available",
        "declined to comment",
        "asked for comment",
        "reached for comment",
        "reuters could not",
        "requests for comment",
    ]
    .iter()
    .any(|p| l.contains(p))
}

fn continuation(mut a: Attribution) -> Attribution {
    a.kind_of_quote = AttributionType::Continuation;
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::find;

    #[test]
    fn a_double_space_marks_a_removed_quotation_in_stripped_text() {
        let text = "The vote went ahead, the governor said. It is a stark violation of the constitution,  Karbouli said.  It must be stopped. Turnout was 70 percent.";
        let spans = crate::split_sentences(text, 0);
        let mut attrs: Vec<Option<Attribution>> = spans
            .iter()
            .map(|&(s, e)| {
                find(&text[s..e], false).map(|f| Attribution {
                    source: f.mention.clone(),
                    kind: crate::SourceKind::Person,
                    mention: f.mention,
                    role: None,
                    cue: f.cue,
                    kind_of_quote: f.kind_of_quote,
                    reported_by: None,
                })
            })
            .collect();
        link_continuations(&spans, text, &mut attrs);
        let who: Vec<Option<&str>> = attrs.iter().map(|a| a.as_ref().map(|a| a.source.as_str())).collect();
        assert_eq!(who, [Some("the governor"), Some("Karbouli"), Some("Karbouli"), None]);
    }

    fn attributed(text: &str) -> Vec<Option<String>> {
        crate::analyze(text).sentences.into_iter().map(|s| s.attribution.map(|a| a.source)).collect()
    }

    #[test]
    fn gaps_left_by_removed_marks_delimit_quotations() {
        // As the archive wrote it: a space where each mark was, a double space between paragraphs.
        let text = "Trump said he would act.  If nothing changes, Israel will act,  Intelligence Minister Israel Katz said.  \
                    There are changes that can be made.  Israel struck Iraq in 1981. Japan relies on the U.S. military.  \
                    We will not allow it,  he said.";
        assert_eq!(
            attributed(text),
            [Some("Trump"), Some("Israel Katz"), Some("Israel Katz"), None, None, Some("Israel Katz")]
                .map(|s| s.map(String::from))
        );
    }

    #[test]
    fn a_sentence_between_gaps_after_a_closed_quotation_goes_on_with_it_unless_it_narrates() {
        // (Each text starts with scare quotes, so that it shows its removed marks.)
        let text = "A lawyer called the law  unfair  on Friday. The quake destroyed some houses,  a local official \
                    told state TV.  Fortunately no deaths have been reported so far.  The quake struck in a remote area.";
        assert_eq!(attributed(text)[2].as_deref(), Some("a local official"));
        let text = "A lawyer called the law  unfair  on Friday. The king must serve his people,  Sultan Hassanal \
                    Bolkiah told an audience.  Together, the king and the people hold the trust of the nation.  \
                    Brunei relies on oil.";
        assert_eq!(attributed(text)[2].as_deref(), Some("Hassanal Bolkiah"));
        // Past-tense narration, dates and figures are the outlet's.
        for narration in [
            "In Kisumu, protesters reacted angrily when police turned water cannon on them.",
            "Le Drian was in the American capital on Monday.",
            "Trump currently has 28.4 million followers.",
            "He will become president of the German parliament.",
            "Shares fell sharply in Asia.",
            // The speaker named in the third person.
            "Berg is the longest-serving member of the party.",
        ] {
            let text = format!(
                "A lawyer called the law  unfair  on Friday. The vote must be respected,  opposition leader Anna \
                 Berg said.  {narration}  The end."
            );
            assert_eq!(attributed(&text)[2], None, "{narration}");
        }
    }

    #[test]
    fn have_to_argues_in_the_present() {
        let argues = |s: &str| argues_in_present(s, &tokenize(s));
        assert!(argues("They have to say what they have to say."));
        assert!(!argues("They have a majority in both houses and passed the bill."));
    }

    #[test]
    fn figures_narrate_but_one_as_a_pronoun_or_determiner_does_not() {
        assert!(narrates_past("Trump has 28.4 million followers."));
        assert!(narrates_past("Two people were killed."));
        assert!(!narrates_past("This is not just about one political party."));
        assert!(!narrates_past("No one knew them."));
    }

    #[test]
    fn a_quotation_opened_after_a_colon_runs_to_its_closing_gap() {
        // "said:  We ..." opens inside the sentence; the sentences after it read like
        // narration but are inside the quotation until the gap that closes it, or the end.
        // (Each text starts with scare quotes, so that it shows its removed marks.)
        let text = "A lawyer called the law  unfair  on Friday. Asked about it, Batchelor said:  We can only look at \
                    the result. Myanmar has a nationality law. The Rohingya are not on that list.  The vote is on Monday.";
        let who = attributed(text);
        assert_eq!(who[1..4].iter().map(Option::as_deref).collect::<Vec<_>>(), [Some("Batchelor"); 3]);
        assert_eq!(who[4], None, "after the closing gap");
        let text = "A lawyer called the law  unfair  on Friday. Asked about it, Batchelor said:  We can only look at \
                    the result. Myanmar has a nationality law.   ";
        assert_eq!(attributed(text)[2].as_deref(), Some("Batchelor"), "the article's end closes it");
        // A closing attribution without a colon ends the quotation at its own gap.
        let text = "A lawyer called the law  unfair  on Friday. It is wrong,  Batchelor said. Myanmar has a \
                    nationality law.  The vote is on Monday.";
        assert_eq!(attributed(text)[2], None);
    }

    #[test]
    fn a_quotation_opens_after_the_cue_and_its_tail_with_a_colon_or_a_comma_and_a_gap() {
        // (Each text starts with scare quotes, so that it shows its removed marks.)
        for text in [
            "A lawyer called the law  unfair  on Friday. Jan Egeland posted on Twitter,  We need all ports to open. \
             Humanitarian aid alone cannot avert hunger.   The Red Cross said on Wednesday that it evacuated staff.",
            "A lawyer called the law  unfair  on Friday. Jan Egeland said on Twitter:  We need all ports to open. \
             Humanitarian aid alone cannot avert hunger.   The Red Cross said on Wednesday that it evacuated staff.",
        ] {
            let who = attributed(text);
            assert_eq!(who[2].as_deref(), Some("Jan Egeland"), "{text}");
            assert_eq!(who[3].as_deref(), Some("Red Cross"), "{text}");
        }
        // A comma before the cue closes a quotation instead.
        let text = "A lawyer called the law  unfair  on Friday. We need all ports to open,  Jan Egeland said. \
                    Humanitarian aid alone cannot avert hunger.  The Red Cross evacuated staff.";
        assert_eq!(attributed(text)[2], None);
    }

    #[test]
    fn a_spoken_sentence_after_a_persons_reported_speech_is_their_quotation() {
        // Text with no marks and no gaps.
        let who = attributed(
            "Democrats face a test. Simon Rosenberg said the party must test its future leaders. We don t \
             know if they are ready. In November, Democrats will get an early read.",
        );
        assert_eq!(who[2].as_deref(), Some("Simon Rosenberg"));
        assert_eq!(who[3], None);
        // A bare question may be the outlet's.
        let who =
            attributed("Democrats face a test. Trump said the Fed was crazy. Is that fair? The Fed meets in March.");
        assert_eq!(who[2], None);
        // Not after an organization's statement, nor a sentence with a cue of its own, nor
        // one that only argues ("The bill is flawed.").
        let who = attributed(
            "Democrats face a test. The committee said the bill would pass. Are they ready? Rosenberg said the \
             party must act. I could say more, an aide said. Rosenberg said the vote was close. The bill is flawed.",
        );
        assert_eq!(who[2], None);
        assert_eq!(who[6], None);
    }

    #[test]
    fn spoken_sentences_between_two_attributions_of_one_speaker_are_hers() {
        let who = attributed(
            "Haley called it a new day at the United Nations. We now have a very strong voice. \
             People know what the United States is for. They know what we are against,  Haley said. \
             Haley arrived in New York on Monday.",
        );
        assert_eq!(who[1].as_deref(), Some("Haley"));
        assert_eq!(who[2].as_deref(), Some("Haley"));
        assert_eq!(who[4], None);
        // Narration in the past, or naming the speaker, stays the outlet's.
        let who = attributed(
            "Haley called it a new day. Haley is a former governor. It is a big day,  Haley said. \
             Haley called it a new day. The envoy arrived on Monday. It is a big day,  Haley said.",
        );
        assert_eq!(who[1], None);
        assert_eq!(who[4], None);
    }

    #[test]
    fn a_pronoun_then_a_stripped_s_is_a_contraction_of_spoken_words() {
        // "He s" is "He's": a pronoun has no possessive "s".
        let who = attributed(
            "The boy was arrested on Saturday. He s a nice kid and a quiet one,  his father Paul Davey said. \
             He s never been violent before. The court meets on Monday.",
        );
        assert_eq!(who[2].as_deref(), Some("Paul Davey"));
        assert_eq!(who[3], None);
    }

    #[test]
    fn where_gaps_were_lost_a_first_person_sentence_goes_on_with_the_quotation() {
        // The gaps show removed marks, but none surrounds the sentences after the quotation.
        let text = "A lawyer called the law  unfair  on Friday. It is wrong,  Batchelor said. We will appeal. \
                    Myanmar has a nationality law. The vote is on Monday.";
        let who = attributed(text);
        assert_eq!(who[2].as_deref(), Some("Batchelor"));
        // Present-tense narration does not: it is as likely the outlet's here.
        assert_eq!(who[3], None);
    }

    #[test]
    fn a_reporting_verb_inside_the_marks_is_the_speaker_s_own_word() {
        let text = "“We will appeal,” Batchelor said. “I can tell you that very clearly. They said no.” \
                    Prices rose, the ministry said.";
        let who = attributed(text);
        assert_eq!(who[1].as_deref(), Some("Batchelor"));
        assert_eq!(who[2].as_deref(), Some("Batchelor"));
    }

    #[test]
    fn a_spoken_sentence_with_a_reporting_verb_of_its_own_goes_on_with_the_quotation() {
        // Quote-stripped text: no marks, no gaps.
        let text = "It is wrong, Batchelor said. My experience led me to believe that I could say anything. \
                    Prices rose in May.";
        let who = attributed(text);
        assert_eq!(who[1].as_deref(), Some("Batchelor"));
        assert_eq!(who[2], None);
    }

    #[test]
    fn statements_posted_to_an_account_are_its_holder_s() {
        let text = "The following statements were posted to the verified Twitter accounts of U.S. President \
                    Donald Trump, @realDonaldTrump and @POTUS.  The opinions expressed are his own. Reuters has not \
                    edited the statements or confirmed their accuracy.  @realDonaldTrump : - Go get the new book. \
                    They are HEROES, and they are living witnesses to American History.";
        let who = attributed(text);
        assert_eq!(who[..3], [None, None, None]);
        assert_eq!(who[3].as_deref(), Some("Donald Trump"));
        assert_eq!(who[4].as_deref(), Some("Donald Trump"));
        // A post mentioned in a story is no digest.
        let text = "A video posted to the verified Twitter account of President Volodymyr Zelenskiy showed him in \
                    Kyiv. Russian forces shelled the city overnight.";
        assert_eq!(attributed(text)[1], None);
    }

    #[test]
    fn the_outlet_saying_whom_it_asked_is_never_a_continuation() {
        let text = "A lawyer called the law  unfair  on Friday. We will appeal,  Batchelor said.  Batchelor s office \
                    did not respond to calls from Reuters.  We will win,  he said.";
        assert_eq!(attributed(text)[2], None);
    }

    #[test]
    fn a_closing_attribution_confirms_the_sentences_since_the_quotation_opened() {
        let text = "A lawyer called the law  unfair  on Friday. A Taliban spokesman confirmed that the centers had \
                    closed.  In most of these centers there was no proper medication. There were no doctors,  the \
                    spokesman said.  Uruzgan was overrun last year.";
        let who = attributed(text);
        assert_eq!(who[2].as_deref(), Some("a Taliban spokesman"));
        assert_eq!(who[4], None);
        // Without a closing attribution, gaps between sentences may be paragraph breaks.
        let text = "A lawyer called the law  unfair  on Friday. A Taliban spokesman confirmed that the centers had \
                    closed.  In most of these centers there was no proper medication.  Uruzgan was overrun last year.";
        assert_eq!(attributed(text)[2], None);
    }

    #[test]
    fn a_quotation_after_reported_speech_is_that_speaker_s_when_it_sounds_spoken() {
        let text = "A lawyer called the law  unfair  on Friday. Dreier said the marches made him sick.  It s very \
                    frightening.  The men formed a band in 2014.";
        let who = attributed(text);
        assert_eq!(who[2].as_deref(), Some("Dreier"));
        assert_eq!(who[3], None);
        // Present-tense background after reported speech is still the outlet's, and so
        // are scare quotes within it.
        for text in [
            "A lawyer called the law  unfair  on Friday. Officials said the quake killed 12 people.  Iran is one of \
             the most earthquake-prone countries.  Rescue work went on.",
            "A lawyer called the law  unfair  on Friday. Tasnim said police arrested a man.  Officials have \
             arrested several businessmen in a crackdown on  Western infiltration .  The court meets on Monday.",
        ] {
            assert_eq!(attributed(text)[2], None, "{text}");
        }
    }

    #[test]
    fn a_bare_reporting_sentence_closes_the_quotation_before_it() {
        // Marks stripped by an archive: the quotation, then "McCain asked."
        let text = "McCain said Iraq should not be on the list. There s no comparison. There s thousands of \
                    Americans fighting in Iraq as we speak. What if the Iraqis decided to refuse them visas? McCain asked. \
                    The order took effect on Friday.";
        let who = attributed(text);
        assert_eq!(who[1..5].iter().map(Option::as_deref).collect::<Vec<_>>(), [Some("McCain"); 4]);
        assert_eq!(who[5], None, "narration after the quotation");
        // The occasion may follow the verb.
        let text = "The senator spoke on Friday. The cast of the show should apologize to a good man! \
                    Trump wrote on Twitter on Saturday, taking time out from his search for appointees.";
        assert_eq!(attributed(text)[1].as_deref(), Some("Trump"));
        // Narration before it stays the outlet's, with marks or without.
        for text in [
            "Officials said \u{201c}the plan is sound.\u{201d} The bill passed the Senate 52-48 on Tuesday. Trump wrote on Twitter.",
            "Growth was the lowest since 2000. The economy grew faster than expected in May. Obama said in a speech.",
        ] {
            assert_eq!(attributed(text)[1], None, "{text}");
        }
    }

    #[test]
    fn a_promise_goes_on_with_the_quotation_and_a_schedule_does_not() {
        let text = "The report is a complete mischaracterization, spokesman Matt Lloyd said in a statement. \
                    HHS will continue to use the best scientific evidence available.";
        assert_eq!(attributed(text)[1].as_deref(), Some("Matt Lloyd"));
        for after in ["HarperCollins will publish the book on Nov. 14.", "The agency will hold public hearings first."]
        {
            let text = format!("The book is a portrait of two presidents, author Mark Updegrove said. {after}");
            assert_eq!(attributed(&text)[1], None, "{after}");
        }
    }

    #[test]
    fn a_reporting_sentence_with_content_of_its_own_takes_nothing_before_it() {
        for tail in [
            "said he thought Iraq should not be on the list.",
            "said that the list was wrong.",
            "asked whether it would work.",
            "said Senator Bob Corker would block the bill.",
            "responded with a tweet, defining the word.",
            "said on Monday, adding that 3,000 troops had been sent.",
        ] {
            let text =
                format!("The order took effect on Friday. Many travellers were stranded at airports. McCain {tail}");
            assert_eq!(attributed(&text)[1], None, "{tail}");
        }
    }

    #[test]
    fn reported_speech_closes_a_miscounted_quotation() {
        let text = "We need all ports to open,  Jan Egeland wrote.  Aid alone cannot avert hunger.   \
                    The Red Cross said on Wednesday that it had evacuated five staff. The coalition has bombed Sanaa since 2015.";
        let who = attributed(text);
        assert_eq!(who[0].as_deref(), Some("Jan Egeland"));
        assert_eq!(who[2].as_deref(), Some("Red Cross"));
        assert_eq!(who[3], None, "the outlet's own sentence after reported speech");
    }
}
