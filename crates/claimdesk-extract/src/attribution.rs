//! Finding who a sentence attributes its content to, from reporting cues and the
//! noun phrase next to them. Works on quote-stripped text as well as quoted text:
//! no rule depends on quotation marks being present.

use crate::lexicon::{self, AUXILIARIES, DETERMINERS, NAME_LINKS, ROLE_NOUNS};
use crate::token::{is_capitalized, is_quote_mark, Tok, TrimEndStr};
use crate::AttributionType;

/// A raw attribution before the speaker is resolved to a canonical source.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub mention: String,
    pub cue: String,
    pub kind_of_quote: AttributionType,
    pub reported_by: Option<String>,
}

/// A sentence tokenized once, shared by attribution, subject tracking and scoring.
pub(crate) struct Sent<'a> {
    pub(crate) s: &'a str,
    pub(crate) toks: Vec<Tok>,
    /// Lower-cased forms of the tokens that have capitals, all in one buffer;
    /// `lower_at[i]` is the range of token `i` in it, or empty when the token is already
    /// lower case (one allocation per sentence instead of one per capitalised token).
    lower_buf: String,
    lower_at: Vec<(u32, u32)>,
    /// The reporting verb each token is a form of, looked up once.
    cues: Vec<Option<&'static lexicon::CueVerb>>,
}

impl<'a> Sent<'a> {
    #[cfg(test)]
    pub(crate) fn new(s: &'a str) -> Sent<'a> {
        Self::with_tokens(s, crate::token::tokenize(s))
    }

    /// The sentence `text[start..end]` with the tokens of the whole text that lie in it,
    /// so an article is tokenized once.
    pub(crate) fn slice(text: &'a str, all: &[Tok], start: usize, end: usize) -> Sent<'a> {
        let from = all.partition_point(|t| t.start < start);
        let to = all.partition_point(|t| t.start < end);
        let toks = all[from..to]
            .iter()
            .filter(|t| t.end <= end)
            .map(|t| Tok { start: t.start - start, end: t.end - start, word: t.word })
            .collect();
        Self::with_tokens(&text[start..end], toks)
    }

    fn with_tokens(s: &'a str, toks: Vec<Tok>) -> Sent<'a> {
        let mut lower_buf = String::new();
        let mut lower_at = Vec::with_capacity(toks.len());
        let mut cues = Vec::with_capacity(toks.len());
        for t in &toks {
            let w = t.text(s);
            let upper = if w.is_ascii() {
                w.bytes().any(|b| b.is_ascii_uppercase())
            } else {
                w.chars().any(char::is_uppercase)
            };
            if upper {
                let from = lower_buf.len();
                if w.is_ascii() {
                    lower_buf.push_str(w);
                    lower_buf[from..].make_ascii_lowercase();
                } else {
                    lower_buf.extend(w.chars().flat_map(char::to_lowercase));
                }
                lower_at.push((from as u32, lower_buf.len() as u32));
            } else {
                lower_at.push((0, 0));
            }
            // Reporting verbs are lower case in running text ("Report" is a name).
            cues.push(if t.word && !upper { lexicon::cue_verb(w) } else { None });
        }
        Sent { s, toks, lower_buf, lower_at, cues }
    }
}

impl<'a> Sent<'a> {
    /// The sentence without its short asides in parentheses ("author Harlan Coben
    /// (@HarlanCoben) tweeted", "Lamar Smith (R-Texas) said"), to find an attribution
    /// they interrupt; `None` when it has none. An aside holds at most eight tokens and
    /// no reporting verb ("(he said)" stays).
    pub(crate) fn without_asides(&self) -> Option<Sent<'a>> {
        let mut keep = Vec::with_capacity(self.toks.len());
        let mut dropped = false;
        let mut i = 0;
        while i < self.toks.len() {
            if self.is_punct(i, "(") {
                let close = (i + 1..self.toks.len().min(i + 10)).find(|&k| self.is_punct(k, ")"));
                if let Some(close) = close.filter(|&c| (i + 1..c).all(|k| self.cue(k).is_none())) {
                    dropped = true;
                    i = close + 1;
                    continue;
                }
            }
            keep.push(self.toks[i]);
            i += 1;
        }
        dropped.then(|| Sent::with_tokens(self.s, keep))
    }

    fn w(&self, i: usize) -> &'a str {
        self.toks[i].text(self.s)
    }
    /// Token `i` in lower case; empty past the last token, so a look-ahead never panics.
    pub(crate) fn lower(&self, i: usize) -> &str {
        match self.lower_at.get(i) {
            None => "",
            Some((0, 0)) => self.w(i),
            Some(&(a, b)) => &self.lower_buf[a as usize..b as usize],
        }
    }
    /// The reporting verb token `i` is a form of, if any.
    fn cue(&self, i: usize) -> Option<&'static lexicon::CueVerb> {
        self.cues.get(i).copied().flatten()
    }
    fn is(&self, i: usize, word: &str) -> bool {
        i < self.toks.len() && self.w(i).eq_ignore_ascii_case(word)
    }
    fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.toks.len() && !self.toks[i].word && self.w(i) == p
    }
    /// Text from token `a` to token `b` (exclusive), as written.
    fn span(&self, a: usize, b: usize) -> &'a str {
        if a >= b {
            return "";
        }
        &self.s[self.toks[a].start..self.toks[b - 1].end]
    }
    /// Index one past the last content token (before final punctuation and quotes).
    fn content_end(&self) -> usize {
        let mut e = self.toks.len();
        while e > 0 && !self.toks[e - 1].word {
            e -= 1;
        }
        e
    }
}

/// Find the attribution of one sentence, if it has one.
#[cfg(test)]
pub fn find(sentence: &str, text_has_quotes: bool) -> Option<Found> {
    find_in(&Sent::new(sentence), text_has_quotes)
}

/// As [`find`], on an already tokenized sentence.
pub(crate) fn find_in(sent: &Sent, text_has_quotes: bool) -> Option<Found> {
    if sent.toks.is_empty() {
        return None;
    }
    let end = sent.content_end();

    // “If ... all six members of the committee said they believe ..., that would be a
    // problem.”: a sentence wholly inside one quotation has no cue of its own; whose words
    // they are is the quotation run's.
    // "(This version of the story amends headline to show Hun Sen said ...)": the outlet's
    // own note on its story, not a claim.
    // Only when the note is the whole sentence: a story often follows its note unsplit.
    let closes_sentence = (0..sent.toks.len())
        .rposition(|i| !sent.toks[i].word && sent.w(i) == ")")
        .is_some_and(|c| (c + 1..sent.toks.len()).all(|i| !sent.toks[i].word));
    let note = sent.toks.first().is_some_and(|t| !t.word && sent.w(0) == "(")
        && closes_sentence
        && (matches!(sent.lower(1), "corrects" | "refiles" | "updates" | "adds" | "recasts")
            || (sent.is(1, "this") && matches!(sent.lower(2), "version" | "story")));
    if note {
        return None;
    }
    // "(Additional reporting by Alana Wise; Editing by Alistair Bell) This article was
    // funded in part by SAP.": the outlet's credits, and its sponsor notes after them.
    let credits = sent.toks.first().is_some_and(|t| !t.word && sent.w(0) == "(")
        && (matches!(sent.lower(1), "reporting" | "writing" | "editing" | "compiled" | "additional")
            && (sent.is(2, "by") || sent.is(2, "reporting")));
    if credits {
        return None;
    }
    let quoted = if text_has_quotes { quoted_from_start(sent) } else { Quoted::No };
    if quoted == Quoted::Whole {
        return None;
    }

    if let Some(f) = quoted_as_saying(sent, end) {
        return Some(f);
    }

    // "According to X, ..." opening the sentence: X is the outer reporter.
    if let Some(k) = (0..end.min(4)).find(|&i| sent.is(i, "according") && sent.is(i + 1, "to")) {
        if let Some(comma) = (k + 2..end).find(|&i| sent.is_punct(i, ",")) {
            let mention = clean_np(sent.span(k + 2, comma));
            if !mention.is_empty() {
                let outer = Found {
                    mention,
                    cue: sent.span(k, k + 2).to_string(),
                    kind_of_quote: AttributionType::Indirect,
                    reported_by: None,
                };
                return Some(nest(sent, comma + 1, end, outer, text_has_quotes));
            }
        }
    }

    // "..., according to X." closing the sentence.
    if let Some(k) = (1..end.saturating_sub(1)).rev().find(|&i| sent.is(i, "according") && sent.is(i + 1, "to")) {
        let np_end = (k + 2..end).find(|&i| !sent.toks[i].word && sent.w(i) == ",").unwrap_or(end);
        // "according to a Reuters/Ipsos poll with new wording that was released on Friday":
        // a relative clause after a document is not part of its name.
        let np_end = (k + 3..np_end)
            .find(|&i| {
                matches!(sent.lower(i), "that" | "which")
                    && (k + 2..i).any(|j| lexicon::DOCUMENT_WORDS.contains(sent.lower(j)))
            })
            .unwrap_or(np_end);
        let mention = clean_np(sent.span(k + 2, np_end));
        if !mention.is_empty() && np_end - (k + 2) <= 12 {
            let content_end = if k > 0 && sent.is_punct(k - 1, ",") { k - 1 } else { k };
            let outer = Found {
                mention,
                cue: sent.span(k, k + 2).to_string(),
                kind_of_quote: AttributionType::Indirect,
                reported_by: None,
            };
            // "..., Zakharova said, according to Interfax.": the speaker, as reported.
            if let Some((inner, _)) = trailing(sent, content_end, text_has_quotes) {
                if !inner.mention.contains(" and ") && !is_pronoun_it(&inner.mention) {
                    return Some(Found { reported_by: Some(outer.mention), ..inner });
                }
            }
            // "Hun Sen has warned his party it could lose, according to a leaked recording":
            // the speaker the content opens with, as the recording has them, "that" or not.
            // Only a verb of saying: "Trump has pledged to ..., according to Census data" is
            // the data's, and "64 percent of adults say ..., according to a poll" the poll's.
            // "A majority of economists say ..., according to a Reuters poll": the poll's.
            let poll = ["poll", "polls", "survey", "study", "census"].iter().any(|w| outer.mention.ends_with(w));
            if let Some(inner) = leading_with(sent, 0, content_end, text_has_quotes, false).filter(|_| !poll) {
                let pronoun = matches!(inner.mention.to_lowercase().as_str(), "it" | "i" | "we" | "they");
                let saying = lexicon::cue_verb(inner.cue.split(' ').next().unwrap_or("")).is_some_and(|c| {
                    matches!(
                        c.lemma,
                        "say" | "tell" | "warn" | "write" | "insist" | "argue" | "claim" | "stress" | "add"
                    )
                });
                let counted =
                    inner.mention.contains("percent") || inner.mention.starts_with(|c: char| c.is_ascii_digit());
                if saying && !counted && !inner.mention.contains(" and ") && !pronoun {
                    return Some(Found { reported_by: Some(outer.mention), ..inner });
                }
            }
            return Some(nest(sent, 0, content_end, outer, text_has_quotes));
        }
    }

    // "..., X said [adverbials]." or "..., said X." closing the sentence.
    if let Some((outer, content_end)) = trailing(sent, end, text_has_quotes) {
        if let Some(name) = named_before_apposition(sent.s, &outer.mention) {
            return Some(Found { mention: name, ..outer });
        }
        return Some(nest(sent, 0, content_end, outer, text_has_quotes));
    }

    // “People said we would fail. ...: a quotation that opens the sentence and runs on past
    // it has no cue of its own but a closing one (", she said." where a mark was lost).
    if quoted == Quoted::RunsOn {
        return None;
    }

    // "The plan, he said, would fail.", "..., one added, to guard against ...": a speaker
    // and a cue set off by commas inside what was said.
    if let Some(f) = parenthetical(sent, end, text_has_quotes) {
        return Some(f);
    }

    // "X said (that) ..." / "X told Y ..." opening the sentence (after an optional intro).
    // A sentence that opens with a quotation has its subject after the quotation closes
    // (“I worry that ...,” Murphy, the sponsor, told ...): the "I worry" is the quotation's.
    let subject_from = if text_has_quotes && sent.toks.first().is_some_and(|t| !t.word && sent.w(0) == "\u{201c}") {
        // Not a quoted title ("“Fire and Fury” author Michael Wolff said"): a quotation
        // closes after its own punctuation.
        (1..end)
            .find(|&i| !sent.toks[i].word && sent.w(i) == "\u{201d}")
            .filter(|&c| !sent.toks[c - 1].word && matches!(sent.w(c - 1), "," | "." | "?" | "!"))
            .map_or(0, |c| c + 1)
    } else {
        0
    };
    if let Some(mut f) = leading(sent, subject_from, end, text_has_quotes) {
        if subject_from > 0 {
            f.kind_of_quote = AttributionType::Direct;
        }
        if let Some(name) = named_after_description(sent.s, &f.mention) {
            f.mention = name;
        }
        // "In a statement, U.S. Africa Command said ...": the statement is part of the cue.
        let intro = (0..end.min(5)).find(|&i| sent.is_punct(i, ","));
        if sent.is(0, "in")
            && intro.is_some_and(|c| (1..c).any(|i| sent.is(i, "statement")))
            && !f.cue.contains("statement")
        {
            f.cue = format!("{} in a statement", f.cue);
        }
        // "Der Spiegel reported that Gabriel had told party members that ...": the
        // speaker whose words are reported, with the medium as the reporter.
        if lexicon::cue_verb(f.cue.split(' ').next().unwrap_or("")).is_some_and(|c| c.lemma == "report") {
            if let Some(that) =
                (1..end).find(|&i| sent.is(i, "that") && i > 0 && sent.w(i - 1).eq_ignore_ascii_case(&f.cue))
            {
                if let Some(inner) = leading_with(sent, that + 1, end, text_has_quotes, true) {
                    if !inner.mention.contains(" and ") && !is_pronoun_it(&inner.mention) {
                        return Some(Found { reported_by: Some(f.mention), ..inner });
                    }
                }
            }
        }
        return Some(f);
    }
    if let Some(f) = passive_agent(sent, 0, end) {
        return Some(f);
    }
    if let Some(f) = made_clear(sent, end) {
        return Some(f);
    }

    if let Some(f) = participle_clause(sent, end) {
        return Some(f);
    }
    if let Some(f) = by_saying(sent, end) {
        return Some(f);
    }

    // "... a Kremlin spokesman declined to say ..." in mid-sentence.
    embedded(sent, end, text_has_quotes)
        .or_else(|| in_a_poll(sent, end))
        .or_else(|| attitude_held(sent, end))
        .or_else(|| agentless_passive(sent, end))
}

/// "Trump has made clear he wants a tough stance", "The European Commission has made it
/// clear to Albania it wants results": making something clear is saying it.
fn made_clear(sent: &Sent, end: usize) -> Option<Found> {
    let k = (1..end.saturating_sub(1)).find(|&i| {
        matches!(sent.lower(i), "made" | "makes")
            && (sent.is(i + 1, "clear") || (sent.is(i + 1, "it") && sent.is(i + 2, "clear")))
    })?;
    let (s, e) = sentence_subject(sent, k + 1)?;
    // "Sessions is under pressure from his boss, who has made clear ...": a relative
    // clause's verb, not the subject's (an aside closed by a comma before the verb is).
    if let Some(r) = (e..k).find(|&i| matches!(sent.lower(i), "who" | "which" | "that")) {
        if !(r..k).any(|i| sent.is_punct(i, ",")) {
            return None;
        }
    }
    // "Prices rose sharply and the central bank made clear": a clause is no subject.
    if (s..e).any(|i| {
        let l = sent.lower(i);
        sent.toks[i].word && !is_capitalized(sent.w(i)) && (l.ends_with("ed") || l.ends_with("ly")) && l.len() > 3
    }) {
        return None;
    }
    let mention = clean_np(sent.span(s, e));
    (!mention.is_empty()).then(|| Found {
        mention,
        cue: "made clear".to_string(),
        kind_of_quote: AttributionType::Indirect,
        reported_by: None,
    })
}

/// Adjectives of a stance or feeling about a state of affairs ("suspicious of", "worried
/// that"): the subject holds the view the sentence reports.
const ATTITUDE_ADJECTIVES: &[&str] = &[
    "suspicious",
    "critical",
    "wary",
    "skeptical",
    "sceptical",
    "concerned",
    "worried",
    "angered",
    "aggrieved",
    "angry",
    "furious",
    "unhappy",
    "confident",
    "optimistic",
    "pessimistic",
    "enraged",
    "outraged",
    "alarmed",
    "dismayed",
    "disappointed",
    "frustrated",
    "doubtful",
    "hopeful",
];

/// "China is deeply suspicious of any U.S.-backed military build-up", "Iranian officials
/// have been particularly aggrieved by France s criticism", "Some investors are concerned
/// about ...": a subject, a form of "be" (or "grown", "become") and an adjective of
/// attitude with its complement. The subject holds the view. Not a participle clause
/// ("with Beijing having been angered by ...") and not an adjective alone ("Conservative
/// justices were skeptical."), which reports a mood rather than a claim.
fn attitude_held(sent: &Sent, end: usize) -> Option<Found> {
    let k = (2..end.saturating_sub(1)).find(|&k| {
        ATTITUDE_ADJECTIVES.contains(&sent.w(k))
            && matches!(sent.lower(k + 1), "of" | "about" | "by" | "that" | "when" | "over" | "at" | "because")
    })?;
    let mut j = k;
    while j > 1 && sent.toks[j - 1].word && sent.lower(j - 1).ends_with("ly") {
        j -= 1;
    }
    let linking = j - 1;
    let finite = matches!(sent.lower(linking), "is" | "was" | "are" | "were" | "remains" | "remained")
        || (matches!(sent.lower(linking), "been" | "grown" | "become")
            && linking > 0
            && matches!(sent.lower(linking - 1), "has" | "have" | "had"));
    if !finite {
        return None;
    }
    let np_end = skip_aux_back(sent, 0, linking);
    // The subject: from the start, or after an opening phrase's comma.
    let starts = std::iter::once(0).chain((0..np_end).filter(|&i| sent.is_punct(i, ",")).map(|i| i + 1));
    let (s, e) = starts.map(|s| strip_parenthetical(sent, s, np_end)).find(|&(s, e)| is_np(sent, s, e))?;
    // "It is critical that ...": an empty subject holds nothing.
    if e == s + 1 && matches!(sent.lower(s), "it" | "there" | "this" | "that") {
        return None;
    }
    Some(Found {
        mention: clean_np(sent.span(s, e)),
        cue: sent.span(k, k + 2).to_string(),
        kind_of_quote: AttributionType::Indirect,
        reported_by: None,
    })
}

/// "Sharif is accused of running down a police officer", "It has been widely reported that
/// ...": the main clause reports an accusation or a report without saying whose. The claim
/// has a holder the text leaves unnamed, so its mention is empty (the source is
/// [`UNSPECIFIED`]). Not in a relative or subordinate clause ("a lawmaker who has been
/// accused of ...", "after being accused of"), and not with an agent ("accused by ...").
fn agentless_passive(sent: &Sent, end: usize) -> Option<Found> {
    let adverb =
        |i: usize| matches!(sent.lower(i), "also" | "widely" | "repeatedly" | "previously" | "formally" | "now");
    let k = (1..end.saturating_sub(1)).find(|&k| {
        (sent.is(k, "accused") && sent.is(k + 1, "of")) || (sent.is(k, "reported") && sent.is(k + 1, "that"))
    })?;
    let mut j = k - 1;
    while j > 0 && adverb(j) {
        j -= 1;
    }
    let be = matches!(sent.lower(j), "is" | "was" | "were" | "are")
        || (sent.is(j, "been") && j > 0 && matches!(sent.lower(j - 1), "has" | "have" | "had"));
    // "It has been reported that ...": only with the empty "it" as subject.
    let subject_ok = sent.is(k, "accused") || (j >= 2 && sent.is(0, "it") && j == 2);
    let subordinate = (0..j).any(|i| {
        matches!(
            sent.lower(i),
            "who"
                | "which"
                | "that"
                | "whom"
                | "whose"
                | "being"
                | "after"
                | "before"
                | "when"
                | "while"
                | "if"
                | "because"
                | "since"
                | "although"
                | "though"
                | "as"
        )
    });
    // "accused of fraud by federal prosecutors": the accuser is named after all.
    let agent = (k + 2..end).any(|i| sent.is(i, "by"));
    (be && j >= 1 && subject_ok && !subordinate && !agent).then(|| Found {
        mention: String::new(),
        cue: sent.span(k, k + 2).to_string(),
        kind_of_quote: AttributionType::Indirect,
        reported_by: None,
    })
}

/// Documents whose owner a sentence names, so that a later "the report" or "the motion"
/// is that owner's.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OwnedDocument {
    /// The owner as written ("the Interior Department and the U.S. Geological Survey",
    /// "The U.S. government"); `None` for the sentence's own speaker ("In a report, ...,
    /// the UNHCR called on ...").
    pub owner: Option<String>,
    /// The document noun ("report", "motion").
    pub head: String,
    /// Lower-case words between the article and the noun ("annual", "court").
    pub modifiers: Vec<String>,
    /// Written with a possessive ("the U.S. government's motion").
    pub possessive: bool,
}

impl OwnedDocument {
    fn new(owner: Option<&str>, head: &str, modifiers: Vec<String>, possessive: bool) -> Self {
        OwnedDocument { owner: owner.map(str::to_string), head: head.to_string(), modifiers, possessive }
    }
}

/// Documents that are referred back to by their noun alone.
const OWNED_DOCUMENT_HEADS: &[&str] = &[
    "report",
    "letter",
    "motion",
    "lawsuit",
    "complaint",
    "filing",
    "study",
    "survey",
    "poll",
    "memo",
    "proposal",
    "resolution",
    "indictment",
    "analysis",
    "assessment",
    "review",
    "statement",
];

/// Is `w` a document noun that is referred back to by itself ("the report")?
pub(crate) fn is_owned_document_head(w: &str) -> bool {
    OWNED_DOCUMENT_HEADS.contains(&w)
}

/// Past tenses that make their subject a document's author ("published a report").
const AUTHORING_VERBS: &[&str] = &[
    "published",
    "released",
    "issued",
    "filed",
    "sent",
    "wrote",
    "submitted",
    "prepared",
    "unveiled",
    "commissioned",
    "conducted",
    "produced",
    "presented",
    "drafted",
];

/// The documents `sent` gives an owner: by a possessive ("the U.S. government's motion"),
/// by "of" ("the annual report of the U.S.-China Commission"), as the subject of an
/// authoring verb ("the Interior Department published a report"), or as the speaker of
/// a sentence that opens "In a report, ...".
pub(crate) fn document_owners(sent: &Sent) -> Vec<OwnedDocument> {
    let n = sent.toks.len();
    let mut out = Vec::new();
    for h in 1..n {
        let head = sent.w(h);
        if !sent.toks[h].word || !OWNED_DOCUMENT_HEADS.contains(&head) {
            continue;
        }
        // Lower-case modifiers back to the article or possessive.
        let mut m = h;
        while m > 0 && h - m < 3 && sent.toks[m - 1].word && {
            let w = sent.w(m - 1);
            w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !DETERMINERS.contains(&w)
                && !matches!(w, "s" | "and" | "or" | "of" | "in" | "by" | "to")
                && lexicon::cue_verb(w).is_none()
                && !AUTHORING_VERBS.contains(&w)
        } {
            m -= 1;
        }
        let modifiers: Vec<String> = (m..h).map(|i| sent.w(i).to_string()).collect();
        // "The U.S. government's motion", "the Cambodia s government s letter".
        let (poss_end, possessive) = match m.checked_sub(1) {
            Some(p) if sent.toks[p].word && (sent.w(p).ends_with("'s") || sent.w(p).ends_with("\u{2019}s")) => {
                (Some(p + 1), true)
            }
            Some(p) if p > 0 && sent.is(p, "s") && sent.toks[p - 1].word => (Some(p), true),
            _ => (None, false),
        };
        // "a letter from the government's legal department": whose it is comes after it.
        if sent.is(h + 1, "from") || sent.is(h + 1, "by") {
            continue;
        }
        if let Some(pe) = poss_end {
            // The possessor: a name ("Rob Bishop's"), or an institution noun after one
            // ("The U.S. government's"), with nothing lower-case before it.
            let last = pe - 1;
            let bare = sent.w(last).trim_end_str("'s").trim_end_str("\u{2019}s");
            let institution = matches!(
                bare,
                "government"
                    | "administration"
                    | "ministry"
                    | "department"
                    | "office"
                    | "company"
                    | "commission"
                    | "committee"
                    | "party"
                    | "court"
            );
            let mut s = last;
            while s > 0
                && (sent.toks[s - 1].word && is_capitalized(sent.w(s - 1))
                    || (!sent.toks[s - 1].word && sent.w(s - 1) == "." && s >= 2 && sent.toks[s - 2].word))
                && last - s < 8
            {
                s -= 1;
            }
            // "While Bishop s letter said": an opening word is not part of the name.
            while s < last && (INTRO_WORDS.contains(sent.lower(s)) || DETERMINERS.contains(sent.lower(s))) {
                s += 1;
            }
            let named = is_capitalized(bare) || (institution && s < last);
            if named {
                let owner = sent.span(s, pe);
                let owner = owner.strip_suffix("'s").or_else(|| owner.strip_suffix("\u{2019}s")).unwrap_or(owner);
                let owner = owner.strip_suffix(" s").unwrap_or(owner);
                out.push(OwnedDocument::new(Some(owner), head, modifiers, possessive));
                continue;
            }
        }
        // "the annual report of the U.S. China Economic and Security Review Commission".
        // Not "a Pew survey of Republicans": a name before the noun is the owner, and what
        // follows "of" is the topic.
        let named_before = m > 1 && sent.toks[m - 1].word && is_capitalized(sent.w(m - 1));
        if sent.is(h + 1, "of") && !named_before {
            let mut s = h + 2;
            if sent.is(s, "the") {
                s += 1;
            }
            let mut e = s;
            // "U.S.-China": a hyphen between capitalised words stays inside the name.
            let hyphen_in_name = |e: usize| {
                e > s
                    && sent.w(e) == "-"
                    && sent.toks.get(e + 1).is_some_and(|t| t.word && is_capitalized(sent.w(e + 1)))
            };
            while e < n
                && (sent.toks[e].word || hyphen_in_name(e))
                && (is_capitalized(sent.w(e))
                    || hyphen_in_name(e)
                    || (e > s && matches!(sent.w(e), "and" | "of" | "for" | "on")))
            {
                e += 1;
            }
            while e > s && !is_capitalized(sent.w(e - 1)) {
                e -= 1;
            }
            // "a review of Boeing safety records": the name modifies a topic noun.
            let topic_noun_after = e < n && sent.toks[e].word && is_topic_noun(sent.lower(e));
            if e > s && e - s <= 8 && !topic_noun_after && !(e == s + 1 && names_people(sent.w(s))) {
                out.push(OwnedDocument::new(Some(sent.span(s, e)), head, modifiers, false));
                continue;
            }
        }
        // "... after the Interior Department and the U.S. Geological Survey published a report".
        let article =
            m.checked_sub(1).filter(|&a| matches!(sent.lower(a), "a" | "an" | "its" | "their" | "his" | "her"));
        if let Some(a) = article {
            if a > 0 && AUTHORING_VERBS.contains(&sent.lower(a - 1)) {
                let v = a - 1;
                let end = skip_aux_back(sent, 0, v);
                if let Some(s) = (end.saturating_sub(10)..end).find(|&s| is_np(sent, s, end)) {
                    out.push(OwnedDocument::new(Some(sent.span(s, end)), head, modifiers, false));
                    continue;
                }
            }
            // "In a report, ..., the UNHCR called on governments ...": the speaker's.
            if a > 0 && sent.is(a - 1, "in") && a - 1 < 2 {
                out.push(OwnedDocument::new(None, head, modifiers, false));
            }
        }
    }
    out
}

/// A lower-case word that goes on a noun phrase after a name ("Boeing safety records"),
/// not a verb, a link or a preposition that ends it.
fn is_topic_noun(l: &str) -> bool {
    l.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !l.ends_with("ed")
        && !l.ends_with("ly")
        && lexicon::cue_verb(l).is_none()
        && !AUXILIARIES.contains(l)
        && !NP_STOP_WORDS.contains(l)
        && !matches!(
            l,
            "and"
                | "or"
                | "of"
                | "in"
                | "on"
                | "at"
                | "for"
                | "to"
                | "by"
                | "from"
                | "with"
                | "that"
                | "which"
                | "who"
                | "as"
                | "into"
                | "over"
                | "about"
                | "after"
                | "before"
                | "last"
                | "this"
                | "shows"
                | "finds"
                | "says"
        )
}

/// "Republicans", "Americans", "Democrats": a people, the topic of a survey rather than its author.
pub(crate) fn names_people(w: &str) -> bool {
    let Some(one) = w.strip_suffix('s') else { return false };
    lexicon::nationality(one).is_some()
        || matches!(
            one,
            "Republican"
                | "Democrat"
                | "Conservative"
                | "Liberal"
                | "Socialist"
                | "Communist"
                | "Muslim"
                | "Christian"
                | "Jew"
                | "Catholic"
                | "Protestant"
                | "Sunni"
                | "Shi'ite"
                | "Kurd"
                | "Arab"
                | "Palestinian"
                | "Israeli"
                | "Filipino"
        )
}

/// The source of a claim whose holder the text does not name ("X is accused of ...").
pub const UNSPECIFIED: &str = "unspecified";

/// "Moore led by six points in a CBS News poll released on Sunday": figures that a poll
/// found, with no other cue, are the poll's.
fn in_a_poll(sent: &Sent, end: usize) -> Option<Found> {
    let k =
        (0..end.saturating_sub(2)).find(|&i| sent.is(i, "in") && matches!(sent.lower(i + 1), "a" | "an" | "the"))?;
    let head = (k + 2..end.min(k + 8))
        .take_while(|&i| sent.toks[i].word || matches!(sent.w(i), "/" | "-"))
        .find(|&i| matches!(sent.lower(i), "poll" | "survey"))?;
    Some(Found {
        mention: clean_np(sent.span(k + 1, head + 1)),
        cue: format!("in {} {}", sent.w(k + 1), sent.w(head)),
        kind_of_quote: AttributionType::Indirect,
        reported_by: None,
    })
}

/// "Trump broached his idea in a tweet, saying it would be great", "Kirk broke with
/// McConnell, calling for hearings": a speech participle after the main clause reports
/// what the main clause's subject says.
fn participle_clause(sent: &Sent, end: usize) -> Option<Found> {
    // "sent a letter to every senator on Tuesday urging them to ...": after a document
    // sent, the participle needs no comma.
    let after_document = |i: usize| {
        (i.saturating_sub(12)..i).any(|j| {
            matches!(sent.lower(j), "sent" | "wrote" | "issued")
                && (j + 1..(j + 4).min(i)).any(|d| lexicon::DOCUMENT_WORDS.contains(sent.lower(d)))
                && !(j..i).any(|x| sent.is(x, "with") || sent.is_punct(x, ","))
        })
    };
    let k = (2..end).find(|&i| {
        (sent.is_punct(i - 1, ",")
            || (matches!(sent.lower(i), "urging" | "saying" | "asking" | "calling") && after_document(i)))
            && match sent.lower(i) {
                "urging" | "asking" => true,
                "saying" | "telling" | "arguing" | "adding" | "noting" | "insisting" | "warning" | "stressing"
                | "accusing" | "claiming" | "asserting" | "complaining" | "declaring" => true,
                // "calling for hearings", "calling on Congress to", "calling it a hoax".
                "calling" => {
                    matches!(sent.lower(i + 1), "for" | "on")
                        || (i + 2..(i + 6).min(end)).any(|j| matches!(sent.lower(j), "a" | "an"))
                }
                _ => false,
            }
    })?;
    // The nearest clause's subject: "..., but Republicans have pushed to ..., saying".
    let (s, e) = coordinated_subject(sent, k - 1).or_else(|| sentence_subject(sent, k - 1))?;
    // The main verb must take a stance ("defended the unit, saying", "issued a statement
    // saying"); after an act ("accepted the helicopters, calling it", "sided with Trump,
    // saying the law ...") the participle explains the act, in the outlet's words.
    // "sharply criticized": an adverb before the verb is not the verb.
    let verb = (after_time(sent, e)..k).find(|&i| {
        let l = sent.lower(i);
        sent.toks[i].word && !AUXILIARIES.contains(&l) && !(l.ends_with("ly") && l.len() > 4) && l != "first"
    })?;
    let verb_l = sent.lower(verb);
    // "telling CBS that ...", "calling for hearings": speech whatever the act before it.
    let speech_itself = sent.is(k, "telling") || (sent.is(k, "calling") && matches!(sent.lower(k + 1), "for" | "on"));
    let stance = speech_itself
        || sent.cue(verb).is_some()
        || STANCE_VERBS.iter().any(|v| verb_l.starts_with(v))
        || matches!(verb_l, "post" | "posts" | "posted")
        || (verb..k).any(|i| {
            let l = sent.lower(i);
            lexicon::DOCUMENT_WORDS.contains(l) || matches!(l, "tweet" | "interview" | "speech" | "post")
        });
    if !stance {
        return None;
    }
    Some(Found {
        mention: clean_np(sent.span(s, e)),
        cue: sent.w(k).to_string(),
        kind_of_quote: AttributionType::Indirect,
        reported_by: None,
    })
}

/// "Erdogan riled his Greek hosts by suggesting the Muslims were discriminated against",
/// "... by remarking that the treaty needs revision": what the subject did by saying
/// something is what they said.
fn by_saying(sent: &Sent, end: usize) -> Option<Found> {
    let k = (2..end).find(|&i| {
        sent.is(i - 1, "by")
            && matches!(
                sent.lower(i),
                "saying"
                    | "suggesting"
                    | "remarking"
                    | "claiming"
                    | "arguing"
                    | "insisting"
                    | "declaring"
                    | "asserting"
                    | "stating"
                    | "warning"
                    | "accusing"
                    | "alleging"
                    | "hinting"
                    | "implying"
            )
    })?;
    // What was said must be a clause ("by claiming the Muslims were mistreated"), not a
    // noun phrase ("made history by claiming his fourth title").
    // A finite verb right after its subject: "by saying voters deserve better", not "by
    // claiming the title he had lost".
    let finite =
        |l: &str| is_finite_auxiliary(l) || matches!(l, "deserve" | "deserves" | "need" | "needs" | "want" | "wants");
    let pronoun = |l: &str| matches!(l, "he" | "she" | "they" | "it" | "we" | "i" | "you");
    let clause = sent.is(k + 1, "that")
        || pronoun(sent.lower(k + 1))
        || (k + 2..(k + 10).min(end))
            // "the title he had lost": a relative clause, not the clause said.
            .take_while(|&i| !pronoun(sent.lower(i)) && !matches!(sent.lower(i), "who" | "which" | "that"))
            .any(|i| finite(sent.lower(i)));
    if !clause {
        return None;
    }
    // Not a passive ("was criticized by saying ...").
    let (s, e) = sentence_subject(sent, k - 1)?;
    if (e..k - 1).any(|i| is_be_form(sent.lower(i)) && sent.lower(i + 1).ends_with("ed")) {
        return None;
    }
    Some(Found {
        mention: clean_np(sent.span(s, e)),
        cue: sent.span(k - 1, k + 1).to_string(),
        kind_of_quote: AttributionType::Indirect,
        reported_by: None,
    })
}

/// Stems of verbs that take a position, which a participle ("saying ...") goes on to state.
const STANCE_VERBS: &[&str] = &[
    "defend", "reject", "dismiss", "respond", "react", "oppose", "object", "protest", "refus", "reiterat", "hit back",
    "push", "lash", "question", "challeng", "appeal", "vow", "insist", "back", "endors", "support", "welcom", "slam",
    "blast", "attack", "criticiz", "criticis", "condemn", "warn", "urg", "demand", "ask", "plead", "apologi", "resign",
    "single", "issu", "publish", "tweet", "wrot", "write", "sent", "spoke", "speak", "testif", "resist", "report",
    "fight", "fought", "lobb", "campaign", "press",
];

/// "Tasnim quoted Minister Masoud Soltanifar as saying ...", "Zakharova was quoted by
/// the Interfax news agency as saying ...": the speaker quoted, with the medium that
/// quoted them as the reporter.
fn quoted_as_saying(sent: &Sent, end: usize) -> Option<Found> {
    let k = (1..end).find(|&i| matches!(sent.lower(i), "quoted" | "cited"))?;
    let as_at = (k + 1..end.min(k + 16)).find(|&i| {
        i + 1 < end
            && sent.is(i, "as")
            && matches!(sent.lower(i + 1), "saying" | "telling" | "stating" | "warning" | "adding")
    })?;
    let cue = format!("{} as {}", sent.w(k), sent.w(as_at + 1));
    // "..., IRNA quoted local official X as saying.": the subject starts after the quotation.
    let subject = |b: usize| {
        let from =
            (0..b).rev().find(|&i| !sent.toks[i].word && matches!(sent.w(i), "," | ":" | ";")).map_or(0, |c| c + 1);
        let a = (from..b).find(|&i| sent.toks[i].word && !matches!(sent.lower(i), "but" | "and")).unwrap_or(b);
        let (s, e) = strip_parenthetical(sent, a, b);
        if e > s && is_np(sent, s, e) {
            return Some(clean_np(sent.span(s, e)));
        }
        // "main opposition Republican People s Party (CHP) chairman Kemal Kilicdaroglu was
        // cited as saying": an abbreviation in brackets inside the subject; the speaker
        // after it.
        let close = (s..e).rev().find(|&i| !sent.toks[i].word && sent.w(i) == ")")?;
        (e > close + 1 && is_np(sent, close + 1, e)).then(|| clean_np(sent.span(close + 1, e)))
    };
    let passive = is_be_form(sent.lower(k - 1)) && sent.is(k + 1, "by");
    // "..., Kurz was quoted as saying by Austria's Kronen Zeitung.": the reporter after the cue.
    let passive_after = is_be_form(sent.lower(k - 1)) && as_at == k + 1;
    let be_start = || {
        let mut be = k - 1;
        while be > 0 && (is_be_form(sent.lower(be - 1)) || matches!(sent.lower(be - 1), "has" | "have" | "had")) {
            be -= 1;
        }
        be
    };
    let (speaker, reporter) = if passive {
        (subject(be_start())?, (k + 2 < as_at).then(|| clean_np(sent.span(k + 2, as_at)))?)
    } else if passive_after {
        let by = as_at + 2;
        let reporter_end = (by + 1..end).find(|&i| !sent.toks[i].word && sent.w(i) == ",").unwrap_or(end);
        let reporter = (sent.is(by, "by") && by + 1 < reporter_end).then(|| clean_np(sent.span(by + 1, reporter_end)));
        (subject(be_start())?, reporter.unwrap_or_default())
    } else {
        // "quoted local official Mohammadreza Mirsadeqi as saying": a description, then a name.
        let named = as_at >= k + 3 && (as_at - 2..as_at).all(|i| sent.toks[i].word && is_capitalized(sent.w(i)));
        // "cited a forensic investigator who reviewed pictures of the bodies as saying": the
        // speaker before the relative clause.
        let relative =
            (k + 2..as_at).find(|&i| matches!(sent.lower(i), "who" | "whom")).filter(|&r| is_np(sent, k + 1, r));
        let speaker_end = match relative {
            Some(r) => r,
            None if as_at > k + 1 && (is_np(sent, k + 1, as_at) || named) => as_at,
            None => return None,
        };
        (clean_np(sent.span(k + 1, speaker_end)), subject(k)?)
    };
    // "He's never been a bad person, his father was quoted as saying by the MailOnline
    // website": the cue closes the sentence (a reporter after it at most), so the words
    // before it are the quotation.
    let mut after = as_at + 2;
    if sent.is(after, "by") {
        after = (after..end).find(|&i| !sent.toks[i].word && sent.w(i) == ",").unwrap_or(end);
    }
    let closing = after >= end && (0..k).any(|i| sent.is_punct(i, ","));
    Some(Found {
        mention: speaker,
        cue,
        kind_of_quote: if closing { AttributionType::Direct } else { AttributionType::Indirect },
        reported_by: Some(reporter).filter(|r| !r.is_empty()),
    })
}

/// "The plan, he said, would fail.": between two commas in mid-sentence, a short speaker
/// (a pronoun, a name, "one", "the official") and a saying verb, perhaps a time after it;
/// words on both sides. The words around it are the speaker's.
fn parenthetical(sent: &Sent, end: usize, text_has_quotes: bool) -> Option<Found> {
    let commas: Vec<usize> = (1..end).filter(|&i| sent.is_punct(i, ",")).collect();
    for pair in commas.windows(2) {
        let (c1, c2) = (pair[0], pair[1]);
        if c2 < c1 + 3 || c2 > c1 + 7 || c2 + 1 >= end {
            continue;
        }
        // The cue: the last word, or before a time word ("he said on Tuesday").
        let k = (c1 + 2..c2).find(|&i| {
            sent.cue(i).is_some_and(|cv| {
                matches!(cv.lemma, "say" | "add" | "note" | "write" | "explain" | "insist" | "argue" | "warn")
                    && !sent.lower(i).ends_with("ing")
            })
        })?;
        let tail_ok =
            (k + 1..c2).all(|i| sent.toks[i].word && lexicon::is_time_word(sent.w(i), sent.lower(i))) || (k + 1 == c2);
        let speaker_ok = is_np(sent, c1 + 1, k) || (k == c1 + 2 && sent.is(c1 + 1, "one"));
        let words_before = (0..c1).any(|i| sent.toks[i].word);
        if !(tail_ok && speaker_ok && words_before) {
            continue;
        }
        let quoted_content = sent.span(0, c1).chars().any(is_quote_mark_double);
        let kind = if quoted_content || !text_has_quotes { AttributionType::Direct } else { AttributionType::Indirect };
        return Some(Found {
            mention: clean_np(sent.span(c1 + 1, k)),
            cue: sent.w(k).to_string(),
            kind_of_quote: kind,
            reported_by: None,
        });
    }
    None
}

/// How much of a sentence that opens with a double quotation mark is quoted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoted {
    No,
    /// Opened and closed around every word, no other double mark between.
    Whole,
    /// Opened, and not closed in the sentence: the quotation runs on.
    RunsOn,
}

fn quoted_from_start(sent: &Sent) -> Quoted {
    let marks: Vec<usize> =
        (0..sent.toks.len()).filter(|&i| !sent.toks[i].word && sent.w(i).chars().all(is_quote_mark_double)).collect();
    let first_word = (0..sent.toks.len()).find(|&i| sent.toks[i].word);
    let last_word = (0..sent.toks.len()).rev().find(|&i| sent.toks[i].word);
    match (marks.as_slice(), first_word, last_word) {
        ([open, close], Some(f), Some(l))
            if *open < f && *close > l && sent.w(*open) == "\u{201c}" && sent.w(*close) == "\u{201d}" =>
        {
            Quoted::Whole
        }
        ([open], Some(f), Some(_)) if *open < f && sent.w(*open) == "\u{201c}" => Quoted::RunsOn,
        _ => Quoted::No,
    }
}

/// An outer reporter wraps the content `toks[a..b]`: if the content itself opens
/// with a single speaker and a cue, that speaker is the source and the outer one
/// becomes `reported_by`.
fn nest(sent: &Sent, a: usize, b: usize, outer: Found, text_has_quotes: bool) -> Found {
    // "I believe that ..., he said": the first person inside a quotation is its speaker.
    let first_person = |m: &str| matches!(m.to_lowercase().as_str(), "i" | "we");
    // "They promised they would help rebuild,  Sido said.": a report inside a quotation
    // is the quoted speaker's words.
    // With marks, only when the whole content is quoted (not "the “one China” policy").
    // Without marks, a closing mark the archive removed left two spaces after the comma.
    // ... and no gap opens a quotation inside the content ("would uphold the  one China
    // policy,  Xinhua said" quotes a phrase, not the whole content).
    let gap_closes =
        (a..=b.min(sent.toks.len().saturating_sub(1))).rev().find(|&i| sent.is_punct(i, ",")).is_some_and(|c| {
            sent.s[sent.toks[c].end..].starts_with("  ")
                && !sent.s[sent.toks.get(a).map_or(0, |t| t.start)..sent.toks[c].start].contains("  ")
        });
    // "He still firmly believes that,” she said.": or a quotation opened in an earlier
    // sentence closes in the content.
    let closes_earlier = || {
        let through = (b + 2).min(sent.toks.len());
        (a..through).any(|i| sent.w(i) == "\u{201d}") && !(a..through).any(|i| sent.w(i) == "\u{201c}")
    };
    let quoted_whole = if text_has_quotes {
        sent.toks.get(a).is_some_and(|t| !t.word && is_quote_char(sent.w(a))) || closes_earlier()
    } else {
        gap_closes
    };
    if outer.kind_of_quote == AttributionType::Direct && quoted_whole {
        return outer;
    }
    match leading_with(sent, a, b, text_has_quotes, true) {
        Some(inner)
            if !inner.mention.contains(" and ") && !is_pronoun_it(&inner.mention) && !first_person(&inner.mention) =>
        {
            Found { reported_by: Some(outer.mention), ..inner }
        }
        _ => outer,
    }
}

fn is_pronoun_it(m: &str) -> bool {
    m.eq_ignore_ascii_case("it")
}

/// "Bocanegra, a Democrat, wrote on Facebook, “...”": an indefinite description in commas
/// after the name that opens the sentence describes that name, which is the speaker.
fn named_before_apposition(s: &str, mention: &str) -> Option<String> {
    let indefinite = mention.starts_with("a ") || mention.starts_with("an ");
    // "..., Anthony Oluoch, opposition MP for Mathare constituency, told Reuters": a
    // description without an article, after a full name in mid-sentence.
    let bare_role = !indefinite && mention.starts_with(|c: char| c.is_lowercase());
    // "Pan Ei Mon, Wa Lone's wife, told Reuters": someone's relation or role.
    let possessive =
        mention.contains("'s ") && mention.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase));
    if !(indefinite || bare_role || possessive) {
        return None;
    }
    let pos = written_forms(mention).iter().find_map(|m| s.find(&format!(", {m},")))?;
    let before = s[..pos].trim_end();
    // The name is what follows the gap of a removed quotation mark (after a comma the
    // words may be an apposition to the noun before: "its rival, Goldman Sachs, a person
    // familiar with the deal, told Reuters").
    let cut = before.rfind("  ").map(|i| i + 2);
    let mid_sentence = cut.is_some();
    // Or what follows a closing quotation mark: "“...,” Frelinghuysen, a New Jersey
    // Republican, said".
    let after_quote = before.rfind(['\u{201d}', '"']).map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let cut = cut.max(after_quote);
    let name = before[cut.unwrap_or(0)..].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let min_words = if bare_role || possessive || mid_sentence { 2 } else { 1 };
    let names_only = (min_words..=4).contains(&words.len())
        && words.iter().all(|w| is_capitalized(w) && !lexicon::SENTENCE_STARTERS.contains(w))
        && !name.contains(',');
    names_only.then(|| clean_np(name))
}

/// "The ethanol industry has said", "the hedge fund said", "the firms said", "The Arizona
/// conservative said": as the subject of "say" or "tell", an article or a possessive,
/// then modifiers and a lower-case noun, is someone described by what they are, even
/// when the noun is in no list. Not a noun for a time, an act or a thing said.
fn described_speaker(sent: &Sent, a: usize, b: usize) -> bool {
    let n = b - a;
    let first = sent.lower(a);
    let determiner = matches!(first, "the" | "a" | "an" | "its" | "his" | "her" | "their")
        || (n >= 3 && sent.toks[a].word && is_capitalized(sent.w(a)) && sent.w(a + 1) == "s");
    let head = sent.lower(b - 1);
    let noun = head.len() > 3
        && head.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !head.ends_with("ly")
        && !head.ends_with("ing")
        && (head.ends_with("eed") || !head.ends_with("ed"))
        && !matches!(
            head,
            "time"
                | "times"
                | "year"
                | "years"
                | "week"
                | "month"
                | "day"
                | "way"
                | "move"
                | "decision"
                | "idea"
                | "problem"
                | "question"
                | "issue"
                | "result"
                | "thing"
                | "things"
                | "fact"
                | "case"
                | "point"
                | "number"
                | "part"
                | "rest"
                | "same"
                | "other"
                | "others"
                | "latter"
                | "former"
                | "first"
                | "last"
                | "statement"
                | "story"
                | "news"
                | "word"
                | "words"
                | "message"
                | "plan"
                | "deal"
                | "bill"
                | "law"
                | "real"
        )
        && !lexicon::PLACE_NOUNS.contains(&head);
    // Not "a region environmentalists [say is ...]": a plural after "a" starts a clause;
    // nor "a recording leaked online", whose participle does.
    let plural_after_a = matches!(first, "a" | "an") && head.ends_with('s') && !head.ends_with("ss");
    let participle = (a + 1..b - 1).any(|i| {
        let l = sent.lower(i);
        l.len() > 4 && (l.ends_with("ed") || l.ends_with("ing"))
    });
    determiner
        && (2..=6).contains(&n)
        && noun
        && !plural_after_a
        && !participle
        && (a..b).all(|i| {
            sent.toks[i].word && !NP_STOP_WORDS.contains(sent.lower(i)) && (i == b - 1 || sent.cue(i).is_none())
        })
        && sent.cue(b - 1).is_none()
}

/// How a tidied mention may be written in the sentence: as it is, with the apostrophe the
/// archive dropped ("Wa Lone s wife") or a curly one.
pub(crate) fn written_forms(mention: &str) -> [String; 3] {
    [mention.to_string(), mention.replace("'s", " s"), mention.replace('\'', "\u{2019}")]
}

/// "the committee's top Democrat, U.S. Representative Elijah Cummings, also asked": a
/// definite description of the subject, then the person's name between commas.
fn named_after_description(s: &str, mention: &str) -> Option<String> {
    let first = mention.split_whitespace().next()?;
    if !first.eq_ignore_ascii_case("the") && !first.ends_with("'s") {
        return None;
    }
    // Right after the mention.
    let at = written_forms(mention).iter().find_map(|m| s.find(&format!("{m}, ")).map(|i| i + m.len() + 2))?;
    let (run, rest) = s[at..].split_once(',')?;
    let words: Vec<&str> = run.split_whitespace().collect();
    let names = (2..=6).contains(&words.len())
        && words.iter().all(|w| is_capitalized(w) && !lexicon::SENTENCE_STARTERS.contains(w))
        && words.iter().rev().take(2).all(|w| !lexicon::TITLE_WORDS.contains(w));
    // And the cue after it ("..., Representative Eliot Engel, who backs ..., said"):
    // "said its former chief executive, John Smith, would return" is an object's apposition.
    let cue_after = rest.split_whitespace().any(|w| lexicon::cue_verb(w.trim_matches(',')).is_some());
    (names && cue_after).then(|| clean_np(run))
}

fn trailing(sent: &Sent, end: usize, text_has_quotes: bool) -> Option<(Found, usize)> {
    // "..., he said." and, after a quoted question, "...?  he said.".
    // Also a closing quotation mark with no comma before it ("... nailed down” she said."),
    // and a comma that opens the sentence (",” said Toshihiro Nayakama, a professor").
    let closing_mark = |i: usize| {
        i > 0 && sent.w(i) == "\u{201d}" && !sent.is_punct(i - 1, ",") && sent.toks.get(i + 1).is_some_and(|t| t.word)
    };
    let commas: Vec<usize> = (0..end)
        .filter(|&i| {
            sent.is_punct(i, ",")
                || sent.is_punct(i, ":")
                || sent.is_punct(i, "?")
                || sent.is_punct(i, "!")
                || closing_mark(i)
        })
        .collect();
    for &c in commas.iter().rev() {
        let start = c + 1;
        // Skip the closing quote right after the comma, or two after a comma ("...,’” said
        // Roem"); after a colon they open a quotation (“‘Look, ...”).
        let mut start = start;
        let most = if sent.is_punct(c, ",") { 2 } else { 1 };
        while start < end && start < c + 1 + most && !sent.toks[start].word && is_quote_char(sent.w(start)) {
            start += 1;
        }
        if start >= end {
            continue;
        }
        // "He still firmly believes that,” she said.": a closing mark after the comma too.
        let quoted_content = sent.span(0, c).chars().any(is_quote_mark_double)
            || sent.toks.get(c + 1).is_some_and(|t| !t.word && sent.w(c + 1) == "\u{201d}");
        let kind = if quoted_content || !text_has_quotes { AttributionType::Direct } else { AttributionType::Indirect };
        // ", said X."
        if let Some(cv) = sent.cue(start).filter(|_| !is_capitalized(sent.w(start))) {
            if matches!(
                cv.lemma,
                "say"
                    | "add"
                    | "write"
                    | "ask"
                    | "tweet"
                    | "reply"
                    | "explain"
                    | "recall"
                    | "declare"
                    | "insist"
                    | "note"
                    | "warn"
                    | "argue"
                    | "complain"
            ) {
                let np_end = (start + 1..end).find(|&i| !sent.toks[i].word).unwrap_or(end);
                // ", warned startup founders.": the rarer inverted cues only close the sentence.
                if matches!(cv.lemma, "warn" | "argue" | "complain") && np_end < end {
                    continue;
                }
                // ", said Kihuen in a statement provided to Reuters.": the speaker, then
                // where and how; ", said one diplomat who declined to be named.": a
                // relative clause after the speaker.
                // Not ", said Senator Ron Wyden last week requested ...", where what follows
                // the name is what was said.
                let occasion = |p: usize| {
                    matches!(
                        sent.lower(p),
                        "in" | "at" | "on" | "during" | "after" | "before" | "while" | "via" | "through"
                    ) && tail_is_adverbial(sent, p, np_end)
                };
                // The speaker is then a name ("Kihuen"), or an informant the rest says is unnamed.
                let named = |p: usize| {
                    (start + 1..p).all(|i| !sent.toks[i].word || is_capitalized(sent.w(i))) && is_np(sent, start + 1, p)
                };
                let unnamed = |p: usize| {
                    sent.is(p, "who")
                        && is_np(sent, start + 1, p)
                        && lexicon::ANONYMITY_MARKERS.iter().any(|m| sent.span(p, np_end).contains(m))
                };
                // ", said White House spokesman Raj Shah in an emailed statement about ...": a
                // name, then where and how, even when the whole would pass as a noun phrase.
                // The words before it are a title and a name: capitalised, or role nouns and
                // articles ("said White House spokesman Raj Shah"), not a clause ("said
                // some 40,000 Cubans arrived in the United States in 2015").
                let titled_name = |p: usize| {
                    (start + 1..p).all(|i| {
                        sent.toks[i].word
                            && (is_capitalized(sent.w(i))
                                || ROLE_NOUNS.contains(sent.lower(i))
                                || matches!(sent.lower(i), "the" | "a" | "an" | "former" | "senior" | "deputy"))
                    })
                };
                // ", said Cantwell adding that ...": a participle opens what else was said.
                let participle = |p: usize| {
                    matches!(
                        sent.lower(p),
                        "adding" | "saying" | "noting" | "citing" | "referring" | "calling" | "speaking"
                    )
                };
                // ", said marine biologist Jackie Savitz of the Oceana conservation group": where
                // the named person works, after the name (not "Bank of America").
                let of_after_name = |p: usize| {
                    sent.is(p, "of")
                        && p >= start + 3
                        && !lexicon::ORGANIZATION_HEADS.contains(&sent.w(p - 1))
                        && !lexicon::TITLE_WORDS.contains(&sent.w(p - 1))
                        && sent.toks[p - 2].word
                        && is_capitalized(sent.w(p - 2))
                        // A first and last name right after the cue or after a lower-case title.
                        && (p == start + 3 || (sent.toks[p - 3].word && !is_capitalized(sent.w(p - 3))))
                };
                let after_name = (start + 2..np_end).find(|&p| {
                    ((occasion(p) || participle(p)) && titled_name(p) || of_after_name(p))
                        && is_capitalized(sent.w(p - 1))
                        && is_np(sent, start + 1, p)
                });
                let np_end = if let Some(p) = after_name {
                    p
                } else if is_np(sent, start + 1, np_end) || sent.lower(start).ends_with("ing") {
                    np_end
                } else {
                    (start + 2..np_end).find(|&p| unnamed(p) || (occasion(p) && named(p))).map_or(np_end, |p| {
                        if sent.is(p, "who") {
                            np_end
                        } else {
                            p
                        }
                    })
                };
                let np = sent.span(start + 1, np_end);
                let speaker_end = (start + 1..np_end).find(|&p| sent.is(p, "who")).unwrap_or(np_end);
                // The speaker's own words count, not a relative clause closing the sentence
                // ("said a Wall Street executive who asked not to be named.").
                let length = if np_end == end { speaker_end } else { np_end };
                // "Representative Jeff Duncan, another South Carolina Republican, said Diyab,
                // charged with forging passports, could pose a threat": a subject and its
                // apposition before the comma make "said" the main verb, and what follows it
                // what was said.
                let subject_before = c > 2 && {
                    let commas: Vec<usize> = (0..c).filter(|&i| sent.is_punct(i, ",")).collect();
                    let opens_role = |i: usize| {
                        matches!(sent.lower(i), "the" | "a" | "an" | "another") || ROLE_NOUNS.contains(sent.lower(i))
                    };
                    match commas.as_slice() {
                        [first] => {
                            *first >= 2
                                && (0..*first).all(|i| sent.toks[i].word)
                                && is_capitalized(sent.w(first - 1))
                                && is_np(sent, 0, *first)
                                && opens_role(first + 1)
                                && is_np(sent, first + 1, c)
                        }
                        _ => false,
                    }
                };
                if np_end > start + 1 && !subject_before && length - start <= 10 && is_np(sent, start + 1, speaker_end)
                {
                    // ", said one pilot, Zabihullah Dorandish.": the name that follows.
                    let name_end = (np_end + 1..end).find(|&i| !sent.toks[i].word).unwrap_or(end);
                    let named = np_end < end
                        && sent.is_punct(np_end, ",")
                        && name_end == end
                        && (2..=4).contains(&(name_end - np_end - 1))
                        && (np_end + 1..name_end)
                            .all(|i| is_capitalized(sent.w(i)) || NAME_LINKS.contains(&sent.lower(i)));
                    // ", said analyst Robtel Pailey who also criticized ...": the speaker
                    // without the relative clause after the name.
                    let np = if named {
                        sent.span(np_end + 1, name_end)
                    } else if speaker_end < np_end && is_capitalized(sent.w(speaker_end - 1)) {
                        sent.span(start + 1, speaker_end)
                    } else {
                        np
                    };
                    return Some((
                        Found {
                            mention: clean_np(np),
                            cue: sent.w(start).to_string(),
                            kind_of_quote: kind,
                            reported_by: None,
                        },
                        c,
                    ));
                }
            }
            continue;
        }
        // ", X said [to reporters | in a statement | through an interpreter ...]."
        // Room for an appositive: "Meadows, chairman of the House Freedom Caucus, said".
        let limit = end.min(start + 30);
        // "..., Corker, who had expressed concern about the deficit, said": the verbs of a
        // relative clause between commas are not the cue.
        let mut in_aside = false;
        for k in start + 1..limit {
            if sent.is_punct(k, ",") && in_aside {
                in_aside = false;
                continue;
            }
            if k > start + 1 && sent.is_punct(k - 1, ",") && matches!(sent.lower(k), "who" | "which") {
                in_aside = true;
            }
            if in_aside {
                continue;
            }
            // "..., the statement read.": a document's own wording.
            if matches!(sent.w(k), "read" | "reads") && lexicon::DOCUMENT_WORDS.contains(sent.lower(k - 1)) {
                if is_np(sent, start, k) && tail_is_adverbial(sent, k + 1, end) {
                    let mention = clean_np(sent.span(start, k));
                    return Some((
                        Found { mention, cue: sent.w(k).to_string(), kind_of_quote: kind, reported_by: None },
                        c,
                    ));
                }
                break;
            }
            let Some(cv) = sent.cue(k).filter(|_| !is_capitalized(sent.w(k))) else {
                continue;
            };
            if after_noun_context(sent, k) {
                continue; // "undersecretary of state": a noun, not the verb.
            }
            if !matches!(
                cv.lemma,
                "say"
                    | "tell"
                    | "add"
                    | "stress"
                    | "note"
                    | "warn"
                    | "write"
                    | "insist"
                    | "explain"
                    | "argue"
                    | "reply"
                    | "confirm"
                    | "announce"
                    | "state"
                    | "tweet"
                    | "report"
                    | "declare"
                    | "assert"
                    | "claim"
                    | "deny"
                    | "acknowledge"
                    | "admit"
                    | "estimate"
                    | "predict"
                    | "complain"
                    | "ask"
                    | "reiterate"
                    | "caution"
                    | "concede"
                    | "recall"
                    | "testify"
            ) {
                break;
            }
            let np_end = skip_aux_back(sent, start, k);
            // "..., three officials there said": "there" says where they are.
            let np_end = if np_end > start + 1 && matches!(sent.lower(np_end - 1), "there" | "here") {
                np_end - 1
            } else {
                np_end
            };
            let (ns, ne) = if np_end > start { strip_parenthetical(sent, start, np_end) } else { (start, np_end) };
            let speaks = matches!(cv.lemma, "say" | "tell") && !sent.lower(k).ends_with("ing");
            if ne > ns
                && (is_np(sent, ns, ne) || (speaks && described_speaker(sent, ns, ne)))
                && tail_is_adverbial(sent, k + 1, end)
            {
                let cue = cue_with_tail(sent, k, end);
                // "Senator Ben Cardin, the top Democrat on the committee, told ...":
                // the role description is an appositive of the name before it.
                // Not after a closing quotation mark ("... Donald Trump,” DNC interim Chair
                // Donna Brazile said"): the name before it is inside the quotation.
                let after_quote = start > c + 1;
                let apposition = if after_quote { None } else { appositive_name(sent, c, ns, ne) };
                let mention = match apposition {
                    Some(name) => name,
                    None => clean_np(sent.span(ns, ne)),
                };
                return Some((Found { mention, cue, kind_of_quote: kind, reported_by: None }, c));
            }
            break;
        }
    }
    None
}

/// When the noun phrase `toks[s..e]` right after the comma at `c` is a role
/// description ("the head of the police"), the personal name just before the
/// comma that it describes.
fn appositive_name(sent: &Sent, c: usize, s: usize, e: usize) -> Option<String> {
    // "the head of ...", "a former aide", but also "Yemen country director at the IRC",
    // "Asia Foundation's country representative": a role, with or without an article.
    // "top Democrat on the committee", "chairman of the House Foreign Affairs Committee".
    let opens_role = matches!(sent.lower(s), "the" | "a" | "an" | "former" | "deputy" | "senior" | "top" | "acting")
        || ROLE_NOUNS.contains(sent.lower(s))
        || is_capitalized(sent.w(s))
        || sent.w(s).ends_with("'s");
    if !opens_role {
        return None;
    }
    let person_role = (s..e).any(|i| {
        matches!(
            sent.lower(i),
            "head"
                | "chief"
                | "leader"
                | "president"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "minister"
                | "senator"
                | "member"
                | "chairman"
                | "chairwoman"
                | "director"
                | "official"
                | "democrat"
                | "republican"
                | "secretary"
                | "governor"
                | "mayor"
                | "ambassador"
                | "envoy"
                | "commander"
                | "adviser"
                | "advisor"
                | "lawyer"
                | "founder"
                | "representative"
                | "coordinator"
                | "professor"
                | "researcher"
                | "analyst"
                | "economist"
                | "editor"
                | "manager"
                | "executive"
                | "officer"
                | "deputy"
                | "aide"
                | "general"
                | "chair"
                | "strategist"
                | "campaigner"
                | "activist"
        ) || is_agent_noun(sent.lower(i).rsplit('-').next().unwrap_or(""))
    });
    if !person_role {
        return None;
    }
    let mut i = c;
    while i > 0 && sent.toks[i - 1].word && (is_capitalized(sent.w(i - 1)) || NAME_LINKS.contains(&sent.lower(i - 1))) {
        i -= 1;
    }
    let run: Vec<&str> = (i..c).map(|j| sent.w(j)).collect();
    let names = run.iter().filter(|w| !lexicon::TITLE_WORDS.contains(*w) && lexicon::nationality(w).is_none()).count();
    let boundary = i == 0 || !sent.toks[i - 1].word;
    (names >= 2 && boundary && run.len() <= 6).then(|| clean_np(sent.span(i, c)))
}

fn is_quote_char(w: &str) -> bool {
    w.chars().all(is_quote_mark)
}

fn is_quote_mark_double(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}')
}

/// "X said (that) ..." with X at `a` or after an introductory phrase ending in a comma.
fn leading(sent: &Sent, a: usize, b: usize, text_has_quotes: bool) -> Option<Found> {
    leading_with(sent, a, b, text_has_quotes, false)
}

/// As [`leading`]; with `require_that`, only a cue introducing a that-clause
/// ("Putin told Trump that ...") counts: used for speakers nested inside a report.
fn leading_with(sent: &Sent, a: usize, b: usize, text_has_quotes: bool, require_that: bool) -> Option<Found> {
    let mut a = a;
    // Opening conjunctions and quote marks are not part of the subject.
    while a < b && (!sent.toks[a].word || matches!(sent.lower(a), "but" | "and" | "so" | "yet" | "meanwhile")) {
        if sent.toks[a].word || !sent.is_punct(a, ",") {
            a += 1;
        } else {
            break;
        }
    }
    for k in a + 1..b.min(a + 40) {
        let Some(cv) = sent.cue(k) else {
            continue;
        };
        if !cue_usable(sent, k, cv) {
            continue;
        }
        // "He was swiftly condemned by Verhofstadt, who said": a passive's subject is not the
        // speaker; its agent may be.
        let mut before = k;
        while before > a + 1 && sent.lower(before - 1).ends_with("ly") {
            before -= 1;
        }
        if sent.lower(k).ends_with("ed") && before > a && is_be_form(sent.lower(before - 1)) && sent.is(k + 1, "by") {
            continue;
        }
        let np_end = skip_aux_back(sent, a, k);
        if np_end <= a {
            return None;
        }
        // Candidate subjects: from `a`, or after any comma before the verb; after an
        // opening "While" only when a colon opens the quotation right after the cue
        // ("While former U.N. Deputy Secretary-General Jan Eliasson said on Twitter: ...").
        let mut starts = vec![a];
        let colon_after = (k + 1..(k + 5).min(b)).any(|i| sent.is_punct(i, ":"));
        if colon_after && matches!(sent.lower(a), "while" | "although" | "though") {
            starts.push(a + 1);
        }
        // "Earlier a member of his party said": an opening adverb without its comma.
        if k > a + 2 && matches!(sent.lower(a), "earlier" | "later" | "meanwhile" | "separately" | "also" | "instead") {
            starts.push(a + 1);
        }
        // "..., but a source close to him told Reuters": the conjunction is not the subject's.
        starts.extend((a..np_end).filter(|&i| sent.is_punct(i, ",")).map(|i| {
            if matches!(sent.lower(i + 1), "but" | "and" | "yet") && i + 2 < np_end {
                i + 2
            } else {
                i + 1
            }
        }));
        let mut np = None;
        // "The House Energy and Commerce committee - one of several panels ... - said": an
        // aside between dashes before the verb.
        let dash_end = if np_end > a + 3 && sent.w(np_end - 1) == "-" {
            (a + 1..np_end - 1).find(|&i| !sent.toks[i].word && sent.w(i) == "-")
        } else {
            None
        };
        for s in starts {
            let np_s = strip_parenthetical(sent, s, np_end);
            let np_s = match dash_end {
                Some(d) if d > s => (s, d),
                _ => np_s,
            };
            let speaks = matches!(cv.lemma, "say" | "tell") && !sent.lower(k).ends_with("ing");
            if np_s.1 > np_s.0
                && (is_np(sent, np_s.0, np_s.1)
                    || is_poll_share(sent, np_s.0, np_s.1)
                    || (speaks && described_speaker(sent, np_s.0, np_s.1)))
            {
                np = Some(np_s);
                break;
            }
            // "Republican senators who have been critical of the plan said ...":
            // a restrictive relative clause after the subject.
            // The cue must come after the relative clause, not be its verb ("Activists
            // who call for pluralism are jailed").
            // "Some conservative groups that favor lower immigration said": "that" after a plural.
            let relative = |i: usize| {
                matches!(sent.lower(i), "who" | "which")
                    || (sent.is(i, "that") && i > s && {
                        let prev = sent.lower(i - 1);
                        GROUP_NOUNS.contains(prev) || PEOPLE_WORDS.contains(prev)
                    })
            };
            if let Some(rel) = (s + 1..np_s.1).find(|&i| relative(i)) {
                // A comma before "who" opens an aside, whose verbs are its own ("Galizia, who
                // had denounced corruption and accused Muscat of wrongdoing, was killed").
                if np_s.1 - rel <= 12
                    && np_s.1 - rel >= 3
                    && !sent.is_punct(rel - 1, ",")
                    && is_np(sent, s, rel)
                    && !(rel..np_s.1).any(|i| sent.is_punct(i, ","))
                {
                    np = Some((s, rel));
                    break;
                }
            }
        }
        let Some((ns, ne)) = np else { continue };
        // "A BuzzFeed News report late on Monday cited ...": after a singular indefinite
        // subject, a bare noun-like cue ("report", "claim") is the noun, not the verb ("A
        // group of senators warn", "A team of researchers report" keep theirs).
        if np_end == k
            && sent.lower(k) == cv.lemma
            && noun_like_cue(cv.lemma)
            && matches!(sent.lower(ns), "a" | "an")
            && !(ns..k).any(|i| sent.is(i, "of"))
        {
            continue;
        }
        if require_that && !introduces_that_clause(sent, k, cv.takes_addressee, b) {
            return None;
        }
        let cue = cue_with_tail(sent, k, b);
        let after = next_nonword_after_object(sent, k, cv.takes_addressee, b);
        let direct = after.is_some_and(|p| p == ":" || p.chars().all(is_quote_mark_double))
            || (!text_has_quotes && opens_stripped_quote(sent, k, b));
        // "... to Washington, D.C.  Elbaz said": a subject starts after the gap a removed
        // quotation mark left.
        let span = sent.span(ns, ne);
        // Not after a plural's possessive ("The Foreign Correspondents  Club of Myanmar").
        let span = match span.rsplit_once("  ") {
            Some((before, after)) if !before.ends_with('s') => after,
            _ => span,
        };
        let mention = clean_np(span);
        let mention = match (require_that, coordinated_speaker(sent, k, b)) {
            (false, Some(second)) => format!("{mention} and {second}"),
            _ => mention,
        };
        return Some(Found {
            mention,
            cue,
            kind_of_quote: if direct { AttributionType::Direct } else { AttributionType::Indirect },
            reported_by: None,
        });
    }
    None
}

/// "Moscow has denied the allegations, and Trump has denied any collusion.": a second
/// clause joined by "and" whose subject uses the very same cue word holds the claim
/// jointly; the second subject as written. A different verb ("and Trump has said") is a
/// separate remark about the first, so it is not joined.
fn coordinated_speaker(sent: &Sent, k: usize, b: usize) -> Option<String> {
    let cue = sent.lower(k);
    // Only denials are joint ("Smith said the tax would rise and Jones said it would not"
    // holds two claims, each its speaker's).
    if !sent.cue(k).is_some_and(|c| matches!(c.lemma, "deny" | "reject" | "dismiss")) {
        return None;
    }
    let and = (k + 2..b).find(|&j| sent.is(j, "and") && (sent.is_punct(j - 1, ",") || sent.toks[j - 1].word))?;
    // The second verb: the same word, after at most an auxiliary and an adverb.
    let m = (and + 2..b.min(and + 9)).find(|&m| sent.lower(m) == cue)?;
    let mut end = m;
    while end > and + 1
        && (matches!(sent.lower(end - 1), "has" | "have" | "had" | "also" | "again" | "repeatedly" | "consistently")
            || sent.lower(end - 1).ends_with("ly"))
    {
        end -= 1;
    }
    let start = and + 1;
    let first = sent.w(start);
    let named = (is_capitalized(first) && !lexicon::FIRST_PERSON.contains(&first))
        || (sent.is(start, "the") && start + 1 < end && is_capitalized(sent.w(start + 1)));
    (end > start && end - start <= 5 && named && (start..end).all(|i| sent.toks[i].word) && is_np(sent, start, end))
        .then(|| clean_np(sent.span(start, end)))
}

/// "said that", "told Trump that": the cue (and its addressee) is followed by "that".
fn introduces_that_clause(sent: &Sent, k: usize, addressee: bool, b: usize) -> bool {
    let limit = if addressee { (k + 7).min(b) } else { (k + 2).min(b) };
    (k + 1..limit).take_while(|&i| sent.toks[i].word).any(|i| sent.is(i, "that"))
}

/// The first punctuation mark after the cue (and its addressee, for "told Y: ...").
fn next_nonword_after_object<'a>(sent: &Sent<'a>, k: usize, addressee: bool, b: usize) -> Option<&'a str> {
    let mut i = k + 1;
    if addressee {
        while i < b && sent.toks[i].word && i < k + 6 {
            i += 1;
        }
    }
    (i < b && !sent.toks[i].word).then(|| sent.w(i))
}

/// The word before token `k` makes it a noun: a determiner, a possessive or a
/// preposition ("the report", "Obama's tweets", "undersecretary of state").
fn after_noun_context(sent: &Sent, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let prev = sent.lower(k - 1);
    matches!(
        prev,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "these"
            | "those"
            | "this"
            | "s"
            | "of"
            | "in"
            | "at"
            | "for"
            | "with"
            | "from"
    ) && !(matches!(prev, "s") && matches!(sent.lower(k), "said" | "says" | "told"))
        || ((prev.ends_with("'s") || prev.ends_with("\u{2019}s"))
        // "Moody’s said": a verb that is never a noun follows a possessive name.
        && !matches!(sent.lower(k), "said" | "says" | "told")
        // "He’s told me": a contracted "has", not a possessive.
        && !matches!(strip_contraction(prev), "he" | "she" | "it" | "that" | "there" | "who" | "what" | "where"))
        || prev.ends_with('\u{2019}')
}

/// Cues whose bare form is also a noun for what was said ("a report", "the claim").
fn noun_like_cue(lemma: &str) -> bool {
    matches!(lemma, "report" | "claim" | "note" | "comment" | "estimate" | "tweet" | "post" | "quote")
}

/// Some cues only report speech in particular constructions.
fn cue_usable(sent: &Sent, k: usize, cv: &lexicon::CueVerb) -> bool {
    // "Islamic State", "Report" as a name: verbs are lower case in running text.
    if is_capitalized(sent.w(k)) {
        return false;
    }
    if k > 0 {
        // Noun uses: "Obama's tweets", "the report", "undersecretary of state".
        if after_noun_context(sent, k) {
            return false;
        }
        // "a bipartisan Washington think tank".
        if sent.lower(k) == "think" && sent.is(k + 1, "tank") {
            return false;
        }
        // "A BuzzFeed News report late on Monday": a bare form after a name with "a" before it.
        let article = |i: usize| matches!(sent.lower(i), "a" | "an");
        let name_start =
            (0..k).rev().take_while(|&i| sent.toks[i].word && is_capitalized(sent.w(i)) && !article(i)).last();
        if noun_like_cue(cv.lemma) && sent.lower(k) == cv.lemma && name_start.is_some_and(|i| i > 0 && article(i - 1)) {
            return false;
        }
        // Agentless passive ("sentences were not announced"): no speaker to name.
        let mut j = k;
        while j > 0 && matches!(sent.lower(j - 1), "not" | "also" | "never" | "already" | "widely" | "previously") {
            j -= 1;
        }
        // A progressive ("are insisting", "were hinting") is active, not passive; so is a
        // feeling stated ("are worried that", "was concerned about").
        let feeling = (matches!(cv.lemma, "worry" | "concern")
            && matches!(sent.lower(k + 1), "that" | "about" | "over" | "by"))
            || matches!(cv.lemma, "surprise" | "disappoint");
        if j > 0
            && is_be_form(sent.lower(j - 1))
            && !matches!(cv.lemma, "quote" | "cite")
            && !sent.lower(k).ends_with("ing")
            && !feeling
        {
            return false;
        }
    }
    // "did not immediately respond to a request for comment", "declined to comment": no
    // reply is no claim, whoever failed to make one.
    let l = sent.lower(k);
    let answer = matches!(cv.lemma, "reply" | "respond" | "comment");
    if answer && (k.saturating_sub(3)..k).any(|i| matches!(sent.lower(i), "not" | "n't" | "never" | "no")) {
        return false;
    }
    if l.starts_with("declin") && sent.is(k + 1, "to") && sent.is(k + 2, "comment") {
        return false;
    }
    // "links to the network accused of carrying out the coup", "an official criticized for
    // writing the memos": with no object between, a passive, whoever accused them.
    // "was narrowly confirmed by the Senate on Tuesday as the top lawyer": a nominee's
    // confirmation, not a statement.
    if cv.lemma == "confirm"
        && k > 1
        && (is_be_form(sent.lower(k - 1)) || is_be_form(sent.lower(k - 2)))
        && (k + 1..(k + 8).min(sent.toks.len())).any(|i| sent.is(i, "as"))
    {
        return false;
    }
    if (l == "accused" && sent.is(k + 1, "of"))
        || (matches!(l, "criticized" | "criticised" | "praised" | "blamed" | "condemned") && sent.is(k + 1, "for"))
    {
        return false;
    }
    // "Grassley did not ask the FBI about ...", "has not said": what was not said is no
    // claim; "has not ruled out" is one (it says the door is open).
    let mut j = k;
    while j > 0
        && matches!(sent.lower(j - 1), "immediately" | "publicly" | "yet" | "explicitly" | "specifically" | "directly")
    {
        j -= 1;
    }
    let negated = j > 0 && matches!(sent.lower(j - 1), "not" | "never" | "n't");
    if negated && !matches!(cv.lemma, "rule" | "exclude" | "hesitate") {
        return false;
    }
    // "a stake that had to be written off", "wrote down the loan": an accounting verb.
    if cv.lemma == "write" && matches!(sent.lower(k + 1), "off" | "down") {
        return false;
    }
    // "6,000 people claimed asylum": a request for protection, not a claim; "the company
    // reports its quarterly results on Dec. 1": a filing; "she will testify on Nov. 15": an
    // appearance to come.
    if cv.lemma == "claim" && sent.is(k + 1, "asylum") {
        return false;
    }
    // "Democrats claimed historic gains", "claimed victory": a win taken, not a claim made;
    // "Republicans conceded the seat": a defeat accepted.
    let won = |i: usize| {
        matches!(
            sent.lower(i),
            "gains" | "victory" | "seats" | "seat" | "title" | "lives" | "defeat" | "election" | "race"
        )
    };
    if matches!(cv.lemma, "claim" | "concede") && (k + 1..(k + 4).min(sent.toks.len())).any(won) {
        return false;
    }
    // "declared the opioid crisis a public health emergency", "declared independence": an
    // official act, not a statement.
    if cv.lemma == "declare"
        && (k + 1..(k + 10).min(sent.toks.len())).take_while(|&i| sent.toks[i].word).any(|i| {
            matches!(sent.lower(i), "emergency" | "war" | "independence" | "bankruptcy" | "candidacy" | "martial")
        })
    {
        return false;
    }
    // Only a filing to come ("reports its results on Dec. 1"); "reported record profits" is
    // the company's own account.
    let to_come =
        matches!(sent.lower(k), "reports" | "report") || (k > 0 && matches!(sent.lower(k - 1), "will" | "to"));
    if cv.lemma == "report"
        && to_come
        && (k + 1..(k + 4).min(sent.toks.len()))
            .take_while(|&i| !sent.is(i, "that"))
            .any(|i| matches!(sent.lower(i), "results" | "earnings" | "profit" | "profits" | "revenue" | "sales"))
    {
        return false;
    }
    if cv.lemma == "testify" && k > 0 && matches!(sent.lower(k - 1), "will" | "to") {
        return false;
    }
    // "Native Alaskans support drilling": the verb has a subject before it and an object
    // after it; "enjoys broad bipartisan support in Congress" is the noun.
    if cv.lemma == "support" {
        // Not after a possessive or an auxiliary ("His support has", "The plan has support").
        let not_subject = |l: &str| {
            matches!(l, "his" | "her" | "its" | "their" | "our" | "my" | "your" | "the" | "a" | "an" | "no" | "any")
                // AUXILIARIES holds "is", "was", "has", "have", "had".
                || AUXILIARIES.contains(l)
                || matches!(l, "gets" | "got" | "win" | "won" | "wins" | "lose" | "lost")
                || l.ends_with("'s")
                || l.ends_with("\u{2019}s")
        };
        let prev_ok = k > 0 && {
            let p = sent.w(k - 1);
            let pl = sent.lower(k - 1);
            // "Trump s support" in archive text: a possessive too.
            let possessive = k >= 2 && sent.is(k - 1, "s") && is_capitalized(sent.w(k - 2));
            !(not_subject(pl) || possessive)
                && ((is_capitalized(p) && !matches!(pl, "democratic" | "republican" | "public" | "western"))
                    || matches!(pl, "they" | "we" | "i" | "strongly" | "also" | "still" | "now" | "firmly" | "fully")
                    || (pl.ends_with('s') && !pl.ends_with("ss")))
        };
        let next_ok = sent.toks.get(k + 1).is_some_and(|t| t.word) && {
            let n = sent.lower(k + 1);
            !matches!(n, "for" | "in" | "among" | "from" | "of" | "to" | "on" | "and" | "or" | "across" | "behind")
                && !AUXILIARIES.contains(n)
                && !matches!(n, "grew" | "fell" | "rose")
        };
        if !(prev_ok && next_ok) {
            return false;
        }
    }
    // "is now asking Sri Lanka to", "is calling on": a progressive; "a resolution calling
    // for" is a participle after a noun, not the verb of the sentence.
    if matches!(sent.lower(k), "calling" | "asking") {
        let mut j = k;
        while j > 0 && matches!(sent.lower(j - 1), "now" | "also" | "still" | "again" | "repeatedly" | "not") {
            j -= 1;
        }
        if j == 0 || !is_be_form(sent.lower(j - 1)) {
            return false;
        }
    }
    // "the report said", "the statement added": a noun before the real verb.
    if NOUN_TOO.contains(sent.lower(k)) {
        let mut j = after_time(sent, k + 1);
        while j < sent.toks.len() && AUXILIARIES.contains(&sent.lower(j)) {
            j += 1;
        }
        if j < sent.toks.len() && sent.toks[j].word && sent.cue(j).is_some() {
            return false;
        }
    }
    match cv.lemma {
        // "rejected the accusations as baseless" is a denial; "rejected the bill" is an act.
        // "rejected the opposition s complaints": a possessive may come between.
        // "rejected Brady's statement outright, saying the move would ...": a position argued.
        "reject"
            if (k + 1..(k + 12).min(sent.toks.len())).any(|i| sent.is_punct(i, ",") && sent.is(i + 1, "saying")) =>
        {
            true
        }
        "reject" => (k + 1..(k + 6).min(sent.toks.len())).any(|i| {
            matches!(
                sent.lower(i),
                "accusations"
                    | "allegations"
                    | "accusation"
                    | "allegation"
                    | "claims"
                    | "claim"
                    | "charges"
                    | "report"
                    | "reports"
                    | "criticism"
                    | "assertion"
                    | "assertions"
                    | "suggestion"
                    | "suggestions"
                    | "complaints"
                    | "complaint"
                    | "version"
                    | "account"
                    | "accounts"
                    // "rejected the idea", "rejected calls for his resignation": a position
                    // ("voters rejected a proposal" is a vote).
                    | "idea"
                    | "notion"
                    | "premise"
                    | "characterization"
                    | "comparison"
                    | "calls"
                    | "demands"
                    | "demand"
            )
        }),
        // "called for an inquiry", "called on Monday for ...", "called on Congress to ...".
        "call" => {
            // "called climate change a hoax", "called him a liar": a label given.
            // "called the opinion “highly extraordinary”", "called it “a new day”": a
            // quoted label after the object.
            let label = !matches!(sent.lower(k + 1), "a" | "an" | "for" | "on" | "off")
                && (k + 2..(k + 9).min(sent.toks.len()))
                    .take_while(|&i| sent.toks[i].word || sent.w(i).chars().all(is_quote_mark_double))
                    .any(|i| {
                        matches!(sent.lower(i), "a" | "an")
                            || (!sent.toks[i].word && sent.toks.get(i + 1).is_some_and(|t| t.word))
                            // "called the meeting  political theater": two spaces where the
                            // archive removed the quotation mark.
                            || (sent.toks[i].word && sent.toks[i].start >= sent.toks[i - 1].end + 2)
                    });
            // "called a wall along the entire border a knee-jerk reaction": an indefinite
            // object, then the label (not "called a news conference at a hotel").
            let indefinite_label = matches!(sent.lower(k + 1), "a" | "an")
                && (k + 3..(k + 11).min(sent.toks.len())).take_while(|&i| sent.toks[i].word).any(|i| {
                    matches!(sent.lower(i), "a" | "an")
                        // "called a strike a week after talks collapsed": a time.
                        && !matches!(
                            sent.lower(i + 1),
                            "week" | "day" | "month" | "year" | "decade" | "time" | "few" | "number"
                        )
                        && !matches!(
                            sent.lower(i - 1),
                            "at" | "in" | "on" | "for" | "with" | "to" | "near" | "from" | "by" | "into" | "of"
                        )
                });
            // "called the allegations very serious and disturbing", "called the opinion
            // highly extraordinary" (the marks removed): an object, then an intensified or
            // evaluative adjective.
            let object_first = matches!(
                sent.lower(k + 1),
                "the" | "it" | "him" | "her" | "them" | "this" | "that" | "his" | "their" | "its"
            );
            let evaluative = |w: &str| {
                matches!(
                    w,
                    "very"
                        | "highly"
                        | "extremely"
                        | "deeply"
                        | "totally"
                        | "completely"
                        | "absolutely"
                        | "utterly"
                        | "incredibly"
                        | "truly"
                ) || (w.len() > 6 && ["ous", "ible", "able", "ful", "less", "ive"].iter().any(|s| w.ends_with(s)))
            };
            let bare_label = object_first
                && (k + 2..(k + 7).min(sent.toks.len()))
                    .take_while(|&i| sent.toks[i].word)
                    .any(|i| evaluative(sent.lower(i)) && !sent.is(i - 1, "the"));
            label
                || indefinite_label
                || bare_label
                || (k + 1..(k + 5).min(sent.toks.len())).any(|i| sent.is(i, "for"))
                || (sent.is(k + 1, "on")
                    && sent
                        .toks
                        .get(k + 2)
                        .is_some_and(|t| t.word && !lexicon::WEEKDAYS_MONTHS.contains(&sent.w(k + 2))))
        }
        // "quoted as saying", "cited as saying"
        "quote" => sent.is(k + 1, "as"),
        // "lashed out at Sessions": criticism voiced.
        "lash" => sent.is(k + 1, "out"),
        // "Trump cited Ukrainian efforts to sabotage his campaign": a reason or evidence
        // given; not "was cited for speeding" nor "the study cited by".
        // "was cited as saying" and "cited a forensic investigator as saying" are the
        // quoted speaker's (see `quoted_as_saying`).
        "cite" => {
            let passive = k > 0 && is_be_form(sent.lower(k - 1));
            let as_saying = (k + 1..sent.toks.len()).any(|i| sent.is(i, "as") && sent.is(i + 1, "saying"))
                // "Police cited the driver for speeding": a summons.
                || (k + 1..sent.toks.len().min(k + 6)).any(|i| sent.is(i, "for"));
            sent.is(k + 1, "as") || !(sent.is(k + 1, "by") || passive || as_saying)
        }
        // "records show", "a survey released on Monday showed", "the Paradise Papers
        // published on Sunday showed": only with a document as subject.
        // "a reality TV show host" is a compound noun.
        "show"
            if k > 0
                && sent.lower(k) == "show"
                && matches!(sent.lower(k - 1), "tv" | "television" | "talk" | "game" | "reality") =>
        {
            false
        }
        "show" | "find" => (k.saturating_sub(10)..k)
            .rev()
            .take_while(|&i| sent.toks[i].word || matches!(sent.w(i), "-" | "'" | "\u{2019}"))
            .any(|i| {
                let l = sent.lower(i);
                lexicon::DOCUMENT_WORDS.contains(l) || DOCUMENT_NAMES.contains(l) || matches!(l, "television" | "tv")
            }),
        // "raised concerns over money laundering", "raised questions about": an attitude
        // stated; "raised taxes" is an act.
        "raise" => (k + 1..(k + 4).min(sent.toks.len())).any(|i| {
            matches!(sent.lower(i), "concern" | "concerns" | "questions" | "doubts" | "alarm" | "objections" | "issue")
        }),
        // "issued a statement saying ...": the statement's author speaks; "issued visas" does not.
        "issue" => {
            sent.is(k + 1, "statements")
                || (matches!(sent.lower(k + 1), "a" | "an" | "the")
                    && (k + 2..(k + 5).min(sent.toks.len()))
                        .any(|i| matches!(sent.lower(i), "statement" | "warning" | "denial" | "apology" | "rebuttal")))
        }
        // "commented, “We are disappointed ...”", "commented that ...".
        "comment" => sent.is(k + 1, "that") || sent.toks.get(k + 1).is_some_and(|t| !t.word),
        // "Paul opposed a partial repeal" holds a position; "as proposed by", "joined
        // with ... to oppose", "a proposed law" are not the subject's claim.
        // "The Council will recommend a candidate" describes a procedure, not a position.
        "propose" | "oppose" | "recommend" | "encourage" => {
            !(k > 0
                && matches!(
                    sent.lower(k - 1),
                    "as" | "to"
                        | "be"
                        | "been"
                        | "being"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "must"
                ))
        }
        // "pushed back on the report": a denial.
        "push" => sent.is(k + 1, "back") || sent.is(k + 1, "for"),
        // "voiced concern", "expressed doubts": an attitude stated.
        "voice" | "express" | "offer" | "cast" => (k + 1..(k + 4).min(sent.toks.len()))
            .any(|i| ATTITUDE_NOUNS.contains(sent.lower(i)) || matches!(sent.lower(i), "endorsement" | "praise")),
        // Only a feeling about a proposition: "was surprised that Trump fared so well".
        "surprise" | "disappoint" => matches!(sent.lower(k + 1), "that" | "by" | "at" | "with"),
        // "posted on Twitter": a statement; "posted troops" is not.
        "post" => (k + 1..(k + 5).min(sent.toks.len())).any(|i| {
            matches!(sent.lower(i), "twitter" | "facebook" | "instagram" | "telegram" | "weibo" | "wechat" | "youtube")
                || (sent.is(i, "social") && sent.is(i + 1, "media"))
        }),
        // "sees the U.N.'s actions as attempts": a view held; "saw the pope" is not.
        "see" => (k + 1..(k + 12).min(sent.toks.len()))
            .take_while(|&i| sent.toks[i].word || matches!(sent.w(i), "'" | "\u{2019}" | "-"))
            .any(|i| sent.is(i, "as")),
        // "fear for their safety" is a feeling about oneself, not a claim.
        "fear" => !sent.is(k + 1, "for"),
        // "wrote about his hiring" reports a topic, not a claim; "wrote a letter to ..." is
        // an act (what the letter says comes in another sentence).
        "write" => {
            let a_letter = matches!(sent.lower(k + 1), "a" | "an")
                && (k + 2..(k + 4).min(sent.toks.len())).any(|i| {
                    matches!(
                        sent.lower(i),
                        "letter" | "book" | "article" | "op-ed" | "memo" | "column" | "note" | "report"
                    )
                });
            !sent.is(k + 1, "about") && !a_letter
        }
        // "revealed the year's most liked tweets", "announced the formation of a party":
        // acts the outlet reports. With a clause ("announced that ...", "revealed it
        // had ...") they report a claim.
        // "has maintained that his conviction was unfair", "signaled he may run"; not
        // "maintained the roads" nor "signaled a turn".
        "reveal" | "disclose" | "announce" | "maintain" | "signal" => clause_follows(sent, k),
        // Verbs that also take a plain object ("lamented the loss", "highlighted the
        // risks"): a claim only with a clause opening right after them ("that", a pronoun)
        // or closing the sentence ("..., she observed."); "protested in freezing weather"
        // and "officials charged with drafting the budget" are not.
        "lament" | "emphasize" | "underscore" | "highlight" | "clarify" | "protest" | "forecast" | "project"
        | "advise" | "dispute" | "rebut" | "refute" | "charge" | "observe" | "calculate" | "certify" => {
            match sent.toks.get(k + 1) {
                None => true,
                Some(t) if !t.word => true,
                Some(_) => matches!(sent.lower(k + 1), "that" | "it" | "he" | "she" | "they" | "we" | "i" | "there"),
            }
        }
        // "regards X as Y", "viewed X as Y".
        "regard" | "view" => (k + 1..(k + 10).min(sent.toks.len()))
            .take_while(|&i| sent.toks[i].word || matches!(sent.w(i), "'" | "\u{2019}" | "-"))
            .any(|i| sent.is(i, "as")),
        // "agreed that ..." is a position; "agreed to pay" is an act.
        "agree" | "disagree" => sent.is(k + 1, "that") || sent.is(k + 1, "with") || sent.is(k + 1, "on"),
        // "suspected of links" describes a suspect; "China suspects Tsai wants ..." holds a view.
        "suspect" => !sent.is(k + 1, "of") && !sent.lower(k).ends_with("ed"),
        // "pointed out", "ruled out"; "ruled that ..." is a finding, "ruled the country" is not.
        // "pointed out"; "the survey pointed to a mixed picture" (a finding of a document).
        "point" => {
            sent.is(k + 1, "out")
                || (sent.is(k + 1, "to")
                    && (k.saturating_sub(12)..k).any(|i| lexicon::DOCUMENT_WORDS.contains(sent.lower(i))))
        }
        // "attacked Western democracy as divisive": a characterisation, not an assault.
        "attack" => (k + 1..(k + 8).min(sent.toks.len())).take_while(|&i| sent.toks[i].word).any(|i| sent.is(i, "as")),
        // "took aim at the crises of Western democracy".
        "take" => sent.is(k + 1, "aim") && sent.is(k + 2, "at"),
        "rule" => {
            let n = after_time(sent, k + 1);
            sent.is(k + 1, "out") || sent.is(n, "that") || (sent.is(n, "on") && clause_follows(sent, n + 1))
        }
        // "identified", "concluded": findings, when a document or body concludes.
        "identify" | "conclude" => {
            (k.saturating_sub(10)..k).rev().take_while(|&i| sent.toks[i].word).any(|i| {
                lexicon::DOCUMENT_WORDS.contains(sent.lower(i))
                    || matches!(sent.lower(i), "investigators" | "court" | "panel" | "inquiry")
            }) || sent.is(k + 1, "that")
        }
        // "wants Y to ...", "wanted to know": a position, but "want" before a bare noun
        // ("wants peace") or "worry about" are still attitudes; "expected to" in a
        // passive was refused above.
        "expect" => !sent.is(k + 1, "to"),
        // "denied bail", "denied the motion": decisions, not denials of a claim.
        "deny" => !(k + 1..(k + 3).min(sent.toks.len())).any(|i| {
            matches!(
                sent.lower(i),
                "motion"
                    | "motions"
                    | "request"
                    | "requests"
                    | "appeal"
                    | "bail"
                    | "application"
                    | "petition"
                    | "visa"
                    | "visas"
                    | "entry"
                    | "access"
                    | "permission"
                    | "parole"
            )
        }),
        // "hopes the parties will lose", "hoped to": a hope stated; "gave many hope" is a noun.
        // "hopes the parties will lose", "are hoping the Senate signs off": a hope stated;
        // the bare form may be a noun ("gave many Chinese hope") and needs a clause.
        "hope" => sent.lower(k) != "hope" || sent.is(k + 1, "that") || sent.is(k + 1, "to") || clause_follows(sent, k),
        // "questioned whether", "brushed off the warning as", "rails against".
        "question" => matches!(sent.lower(k + 1), "whether" | "if" | "why" | "how" | "the" | "claims"),
        "brush" => sent.is(k + 1, "off") || sent.is(k + 1, "aside"),
        "play" => sent.is(k + 1, "down"),
        // "Trump responded sarcastically"; "did not respond to a request for comment" is not speech.
        "respond" => {
            let negated = k > 0 && sent.is(k - 1, "not");
            !sent.is(k + 1, "to") && !negated
        }
        // "Trump shot back", "jabbed at Trump": retorts; "shot dead" is not.
        "shoot" => sent.is(k + 1, "back"),
        "jab" => sent.is(k + 1, "at"),
        "rail" => sent.is(k + 1, "against"),
        // "considers Jerusalem its capital", "considers Taiwan to be a province".
        "consider" => (k + 1..(k + 9).min(sent.toks.len())).take_while(|&i| sent.toks[i].word).any(|i| {
            (sent.is(i, "to") && sent.is(i + 1, "be"))
                || sent.is(i, "as")
                || (i > k + 1 && matches!(sent.lower(i), "its" | "their" | "his" | "her"))
        }),
        // "has defended the contract, saying it was necessary".
        "defend" => (k + 1..(k + 10).min(sent.toks.len())).any(|i| sent.is(i, "saying") || sent.is(i, "as")),
        // "The Senate confirmed Richard Griffin to the post": an appointment, not a claim.
        "confirm" => {
            !(sent.toks.get(k + 1).is_some_and(|t| t.word)
                && is_capitalized(sent.w(k + 1))
                && sent.toks.get(k + 2).is_some_and(|t| t.word)
                && is_capitalized(sent.w(k + 2)))
        }
        // "did not say what those points were": no claim is reported.
        _ if matches!(cv.lemma, "say" | "disclose" | "specify" | "explain")
            && k >= 2
            && sent.is(k - 1, "not")
            && matches!(
                sent.lower(k + 1),
                "what" | "which" | "who" | "whether" | "if" | "how" | "when" | "where" | "why"
            ) =>
        {
            false
        }
        // "said" as an adjective ("the said company") is rare in news; "saying" needs a subject.
        // "prosecutors said to have been involved": a passive report about them, no speaker.
        _ => {
            let w = sent.lower(k);
            let raising = w == "said" && sent.is(k + 1, "to") && matches!(sent.lower(k + 2), "have" | "be");
            !(raising || (w.ends_with("ing") && k > 0 && sent.is_punct(k - 1, ",")))
        }
    }
}

/// Index of the first token at or after `i` past a time adverbial ("this week",
/// "last month", "on Tuesday", "earlier this year").
fn after_time(sent: &Sent, mut i: usize) -> usize {
    let time_word = |j: usize| {
        j < sent.toks.len()
            && (lexicon::WEEKDAYS_MONTHS.contains(&sent.w(j))
                || matches!(
                    sent.lower(j),
                    "week"
                        | "month"
                        | "year"
                        | "morning"
                        | "evening"
                        | "night"
                        | "afternoon"
                        | "weekend"
                        | "day"
                        | "today"
                        | "yesterday"
                ))
    };
    loop {
        if matches!(sent.toks.get(i).map(|_| sent.lower(i)), Some("this" | "last" | "on" | "earlier" | "late" | "next"))
            && time_word(i + 1)
        {
            i += 2;
        } else if i < sent.toks.len() && matches!(sent.lower(i), "today" | "yesterday" | "earlier" | "later") {
            i += 1;
        } else {
            return i;
        }
    }
}

/// Cue forms that are also nouns for things that speak ("the report said").
static NOUN_TOO: std::sync::LazyLock<lexicon::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::HashSet::from_iter([
        "report",
        "reports",
        "statement",
        "note",
        "claims",
        "claim",
        "estimate",
        "estimates",
        "warning",
        "call",
        "calls",
        "demand",
        "demands",
        "denial",
        "tweet",
        "tweets",
        "post",
        "posts",
        "praise",
        "hope",
        "hopes",
        "fear",
        "fears",
    ])
});

/// Names of documents that are not in the document word list because they are
/// capitalised parts of a name ("the Paradise Papers").
static DOCUMENT_NAMES: std::sync::LazyLock<lexicon::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::HashSet::from_iter([
        "papers", "files", "leaks", "polls", "footage", "images", "video", "photos", "cables", "emails",
    ])
});

/// Nouns of attitude that "voiced" or "expressed" state.
static ATTITUDE_NOUNS: std::sync::LazyLock<lexicon::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::HashSet::from_iter([
        "concern",
        "concerns",
        "intention",
        "intent",
        "desire",
        "love",
        "willingness",
        "readiness",
        "admiration",
        "appreciation",
        "support",
        "opposition",
        "doubt",
        "doubts",
        "fear",
        "fears",
        "hope",
        "hopes",
        "frustration",
        "anger",
        "alarm",
        "skepticism",
        "scepticism",
        "optimism",
        "regret",
        "confidence",
        "disappointment",
        "sympathy",
        "surprise",
        "outrage",
        "condolences",
        "reservations",
        "dismay",
        "satisfaction",
        "gratitude",
        "solidarity",
        "displeasure",
        "unease",
        "worry",
        "worries",
        "objections",
        "criticism",
    ])
});

/// A clause (not a bare noun phrase) follows the verb at `k`: "that ...", a pronoun
/// subject, or a noun phrase soon followed by its own verb ("the army had ...").
fn clause_follows(sent: &Sent, k: usize) -> bool {
    let Some(next) = sent.toks.get(k + 1).filter(|t| t.word).map(|_| sent.lower(k + 1)) else {
        return false;
    };
    if matches!(next, "that" | "it" | "he" | "she" | "they" | "we" | "i" | "there" | "on" | "in" | "late" | "earlier") {
        return true;
    }
    (k + 2..(k + 8).min(sent.toks.len())).take_while(|&i| sent.toks[i].word).any(|i| {
        matches!(
            sent.lower(i),
            "is" | "was"
                | "were"
                | "are"
                | "had"
                | "has"
                | "have"
                | "would"
                | "will"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
        )
    })
}

/// Step back over auxiliaries and adverbs ("has also said") from the cue at `k`.
fn skip_aux_back(sent: &Sent, a: usize, k: usize) -> usize {
    let mut j = k;
    loop {
        // A capitalised "May" or "Will" before the verb is a name ("a spokeswoman for May said").
        if j > a && sent.toks[j - 1].word && AUXILIARIES.contains(&sent.lower(j - 1)) && !is_capitalized(sent.w(j - 1))
        {
            j -= 1;
            continue;
        }
        // "vehemently reject", "repeatedly said": a manner adverb.
        if j > a + 1 && sent.toks[j - 1].word && sent.lower(j - 1).ends_with("ly") && !is_capitalized(sent.w(j - 1)) {
            j -= 1;
            continue;
        }
        // "Saudi Arabia has since said", "has already said", "has long said": an adverb of
        // time between the auxiliary and the verb.
        if j > a + 1
            && sent.toks[j - 1].word
            && matches!(
                sent.lower(j - 1),
                "since" | "already" | "long" | "often" | "always" | "still" | "just" | "even" | "once"
            )
        {
            j -= 1;
            continue;
        }
        // "Clinton in turn jabbed at Trump", "it has so far said".
        if j >= a + 3
            && ((sent.is(j - 2, "in") && sent.is(j - 1, "turn")) || (sent.is(j - 2, "so") && sent.is(j - 1, "far")))
        {
            j -= 2;
            continue;
        }
        // "the United States in August announced", "Trump in 2016 said".
        if j >= a + 3
            && sent.is(j - 2, "in")
            && (lexicon::WEEKDAYS_MONTHS.contains(&sent.w(j - 1))
                || (sent.w(j - 1).len() == 4 && sent.w(j - 1).chars().all(|c| c.is_ascii_digit())))
        {
            j -= 2;
            continue;
        }
        // "May's spokesman earlier in the day dismissed", "later in the week".
        if j >= a + 5
            && matches!(sent.lower(j - 4), "earlier" | "later")
            && sent.is(j - 3, "in")
            && sent.is(j - 2, "the")
            && (sent.is(j - 1, "day") || lexicon::is_time_word(sent.w(j - 1), sent.lower(j - 1)))
        {
            j -= 4;
            continue;
        }
        // "on Tuesday", "on Monday evening", "last week", "earlier this month".
        let time_word = |i: usize| lexicon::is_time_word(sent.w(i), sent.lower(i));
        if j >= a + 2 && time_word(j - 1) {
            let mut i = j - 1;
            while i > a && time_word(i - 1) {
                i -= 1;
            }
            if i > a && matches!(sent.lower(i - 1), "on" | "last" | "this" | "earlier" | "late" | "early" | "next") {
                j = i - 1;
                continue;
            }
        }
        break;
    }
    // "declined to say": the cue phrase starts at "declined".
    if j >= a + 2
        && sent.is(j - 1, "to")
        && matches!(
            sent.lower(j - 2),
            "declined" | "refused" | "went" | "continued" | "wanted" | "sought" | "tried" | "seemed" | "appeared"
        )
    {
        j -= 2;
    }
    j
}

/// Cue as written, extended over a fixed tail such as "in a statement" or "through an interpreter".
fn cue_with_tail(sent: &Sent, k: usize, b: usize) -> String {
    let mut start = k;
    if k >= 2 && sent.is(k - 1, "to") && matches!(sent.lower(k - 2), "declined" | "refused") {
        start = k - 2;
    }
    sent.span(start, k + 1 + cue_tail_len(sent, k, b)).to_string()
}

/// How many words after the cue verb at `k` belong to the cue ("said in a statement",
/// "posted on Twitter").
fn cue_tail_len(sent: &Sent, k: usize, b: usize) -> usize {
    let tails: &[&[&str]] = &[
        &["in", "a", "statement"],
        &["in", "comments", "broadcast", "by"],
        &["through", "an", "interpreter"],
        &["as", "saying"],
        &["in", "an", "interview"],
        &["on", "twitter"],
    ];
    tails.iter().find(|t| (0..t.len()).all(|j| k + 1 + j < b && sent.is(k + 1 + j, t[j]))).map_or(0, |t| t.len())
}

/// Text stripped of its quotation marks: right after the cue and its tail, a colon
/// ("said on Twitter:  On migration ...") or a comma followed by the gap a removed
/// opening mark left ("posted on Twitter,  We need ...") opens the speaker's quotation.
fn opens_stripped_quote(sent: &Sent, k: usize, b: usize) -> bool {
    let p = k + 1 + cue_tail_len(sent, k, b);
    p < b
        && !sent.toks[p].word
        && (sent.w(p) == ":"
            || (sent.w(p) == "," && sent.toks.get(p + 1).is_some_and(|n| n.start >= sent.toks[p].end + 2)))
}

/// After a closing "X said", only adverbials may follow: an addressee, a time, a
/// manner (up to the next comma; after it may come an aside such as ", part of ...").
fn tail_is_adverbial(sent: &Sent, from: usize, end: usize) -> bool {
    let end = (from..end).find(|&i| sent.is_punct(i, ",")).unwrap_or(end);
    // "..., X said Russia's actions justified a probe": a complement clause, not a tail.
    if from < end && from > 0 {
        let addressee = sent.cue(from - 1).is_some_and(|c| c.takes_addressee);
        let first = sent.lower(from);
        let adverbial = matches!(
            first,
            "in" | "on"
                | "at"
                | "to"
                | "through"
                | "during"
                | "after"
                | "before"
                | "via"
                | "from"
                | "while"
                | "late"
                | "earlier"
                | "later"
                | "last"
                | "this"
                | "yesterday"
                | "today"
                | "when"
                | "as"
                | "without"
                | "with"
                | "by"
                | "adding"
                | "citing"
                | "referring"
                | "speaking"
                | "overnight"
                | "shortly"
                | "again"
                | "also"
                | "repeatedly"
                | "publicly"
                | "privately"
                | "separately"
                | "recently"
                | "previously"
                | "then"
                | "too"
                | "told"
                | "according"
                | "of"
                | "for"
                | "about"
                | "under"
                | "over"
                | "outside"
                | "inside"
                | "near"
        ) || lexicon::WEEKDAYS_MONTHS.contains(&sent.w(from));
        if !(adverbial || addressee) {
            return false;
        }
    }
    // "told reporters during a visit to London that was part of a multi-nation trip":
    // after a preposition of place or occasion the rest only says where and when.
    let occasion = (from..end.min(from + 3))
        .any(|i| matches!(sent.lower(i), "during" | "at" | "while" | "after" | "before" | "when"));
    let n = end.saturating_sub(from);
    if n > if occasion { 30 } else { 14 } {
        return false;
    }
    // "in a statement issued by his campaign": a participle after a noun is not a clause.
    // A "that" right after the verb or its addressee opens what was said; later, after
    // such a phrase, it opens a relative clause ("a visit that was part of a trip").
    !(from..end).any(|i| {
        (sent.is(i, "that") && (i <= from + 1 || !occasion))
            || (sent.cue(i).is_some_and(|c| c.lemma != "say" || !sent.is(i - 1, "as"))
                && !(sent.lower(i).ends_with("ed") && sent.is(i + 1, "by"))
                // "said when asked about ...": the occasion of the answer.
                && !(sent.lower(i) == "asked" && matches!(sent.lower(i - 1), "when" | "being" | "if" | "after"))
                // "in reply to questions", "in response to a query": a noun, not a verb.
                // "said of support for the effort": after "of" too.
                // "told reporters on a conference call": a noun after a modifier and its determiner.
                && !(i >= from + 2
                    && sent.toks[i - 1].word
                    && matches!(sent.lower(i - 2), "a" | "an" | "the" | "his" | "her" | "its" | "their"))
                && !(i > from
                    && (matches!(
                        sent.lower(i - 1),
                        "in" | "a" | "an" | "the" | "to" | "his" | "her" | "its" | "their" | "of" | "for" | "about" | "s"
                    // "on NBC's Today show": a programme, not the verb.
                    ) || (sent.lower(i) == "show"
                        && is_capitalized(sent.w(i - 1))
                        && sent.w(i - 1) != "I"
                        && i >= 2
                        && (sent.is(i - 2, "s") || sent.is(i - 2, "on") || sent.w(i - 2).ends_with("'s")
                            || sent.w(i - 2).ends_with("\u{2019}s"))))))
    })
}

/// Remove a comma-delimited aside between subject and verb: "Lavrov, speaking in
/// Moscow,", "Bob Corker, chairman of the committee,", "Klobuchar, who returned ...,".
fn strip_parenthetical(sent: &Sent, s: usize, e: usize) -> (usize, usize) {
    if e > s + 1 && sent.is_punct(e - 1, ",") {
        if let Some(first) = (s + 1..e - 1).find(|&i| sent.is_punct(i, ",")) {
            // "Pence's press secretary, Alyssa Farah, said": the name is the speaker.
            let aside = first + 1..e - 1;
            // "the chairman of the caucus, Democratic Representative Cedric Richmond,": titles
            // may open the name, but it ends in two words that are not titles.
            let aside_is_name = aside.len() >= 2
                && aside.clone().all(|i| sent.toks[i].word && is_capitalized(sent.w(i)))
                && !(e - 3..e - 1).any(|i| lexicon::TITLE_WORDS.contains(&sent.w(i)));
            // "U.N. humanitarian coordinator for Yemen, Jamie McGoldrick,": a role may end in
            // a capitalised place when a lower-case function word says it is a role.
            let role_before = !is_capitalized(sent.w(first - 1))
                || (s..first).any(|i| {
                    sent.toks[i].word && !is_capitalized(sent.w(i)) && {
                        let l = sent.lower(i);
                        is_agent_noun(l) || lexicon::ROLE_NOUNS.contains(l)
                    }
                });
            if aside_is_name && is_np(sent, s, first) && role_before {
                return (first + 1, e - 1);
            }
            // "Guatemala's foreign minister, Carlos Morales, who is not related to the
            // president, told Reuters": the name after the role, before its own aside.
            if let Some(second) = (first + 1..e - 1).find(|&i| sent.is_punct(i, ",")) {
                let run = first + 1..second;
                let name_like = run.len() >= 2
                    && run.clone().all(|i| {
                        sent.toks[i].word && (is_capitalized(sent.w(i)) || NAME_LINKS.contains(&sent.lower(i)))
                    })
                    && is_capitalized(sent.w(second - 1))
                    && !run.clone().any(|i| lexicon::TITLE_WORDS.contains(&sent.w(i)));
                if name_like && is_np(sent, s, first) && !is_capitalized(sent.w(first - 1)) {
                    return (first + 1, second);
                }
            }
            // "The Obama administration, which asked the justices to decide the case, has
            // said": a relative clause between commas is an aside, whatever verbs it has.
            if matches!(sent.lower(first + 1), "who" | "which") && is_np(sent, s, first) {
                return (s, first);
            }
            // "The NRA, a lobbying group that claims 4 million members, said": an appositive
            // with its own relative clause.
            let relative = (first + 2..e - 1).find(|&i| matches!(sent.lower(i), "that" | "who" | "which"));
            if relative.is_some_and(|r| is_np(sent, first + 1, r)) && is_np(sent, s, first) {
                return (s, first);
            }
            // "Saudi Arabia's ambassador, speaking to reporters after the kingdom announced
            // the decision, said": an aside opened by a participle is an adverbial, whatever
            // verbs it has.
            let participle = sent.lower(first + 1);
            if participle.len() > 5
                && participle.ends_with("ing")
                && sent.toks[first + 1].word
                && !is_capitalized(sent.w(first + 1))
                && is_np(sent, s, first)
            {
                return (s, first);
            }
            // "X, and Y," is coordination, not an aside.
            let coordination = sent.is(first + 1, "and") || sent.is(first + 1, "or");
            if !coordination
                && is_np(sent, s, first)
                && !(first + 1..e - 1).any(|i| {
                    sent.cue(i).is_some_and(|cv| {
                        sent.toks[i].word
                            && !is_capitalized(sent.w(i))
                            && !sent.lower(i).ends_with("ing")
                            && !after_noun_context(sent, i)
                            // "a former reality TV show host": a noun after a name.
                            && !is_capitalized(sent.w(i - 1))
                            // "filed after the president took office": not a cue here.
                            && cue_usable(sent, i, cv)
                    })
                })
            {
                return (s, first);
            }
        }
        return (s, e - 1);
    }
    (s, e)
}

/// "he’s" -> "he", "they've" -> "they": a word without its contracted auxiliary.
pub(crate) fn strip_contraction(w: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "'ve", "\u{2019}ve", "'d", "\u{2019}d", "'ll", "\u{2019}ll", "'re", "\u{2019}re"]
    {
        if let Some(stem) = w.strip_suffix(suffix) {
            return stem;
        }
    }
    w
}

/// "Just over half of the 10,000 people surveyed", "nearly 39 percent of those surveyed":
/// a share of the people a poll asked (the registry gives it the poll as source).
fn is_poll_share(sent: &Sent, a: usize, b: usize) -> bool {
    if b <= a + 2 || b - a > 12 || !(a..b).all(|i| sent.toks[i].word || matches!(sent.w(i), "%" | "-")) {
        return false;
    }
    // Cheap test first: this runs for every candidate subject that is not a noun phrase.
    if !(a..b).any(|i| matches!(sent.lower(i), "percent" | "half" | "third" | "quarter" | "majority" | "%")) {
        return false;
    }
    let words: Vec<&str> = (a..b).filter(|&i| sent.toks[i].word).map(|i| sent.w(i)).collect();
    let of = (a..b).find(|&i| sent.is(i, "of"));
    crate::described::is_poll_fraction(&words)
        && of.is_some_and(|o| {
            (o + 1..b).any(|i| {
                let l = sent.lower(i);
                PEOPLE_WORDS.contains(l)
                    || matches!(l, "respondents" | "surveyed" | "polled" | "voters" | "adults" | "americans")
                    || (is_capitalized(sent.w(i)) && l.ends_with('s'))
            })
        })
}

/// Is `toks[a..b]` plausibly a noun phrase naming a speaker?
pub(crate) fn is_np(sent: &Sent, a: usize, b: usize) -> bool {
    if a >= b {
        return false;
    }
    let words = (a..b).filter(|&i| sent.toks[i].word).count();
    if words == 0 || words > 12 {
        return false;
    }
    let first = sent.w(a);
    let first_l = sent.lower(a);
    // "Moody’s said", "Moody s said": a company called by a possessive name.
    if b >= a + 2 && sent.is(b - 1, "s") {
        let name_end = if !sent.toks[b - 2].word && is_quote_char(sent.w(b - 2)) { b - 2 } else { b - 1 };
        let all_capitalized = (a..name_end).all(|i| sent.toks[i].word && is_capitalized(sent.w(i)));
        // Not "It s" or "That s", where the "s" is "is".
        let pronoun =
            matches!(first_l, "it" | "that" | "there" | "what" | "he" | "she" | "this" | "here" | "who" | "where");
        if name_end > a && name_end - a <= 3 && all_capitalized && !pronoun {
            return true;
        }
    }
    // "said 20-year-old Cho Hyun-lee": an age before the name modifies it.
    if b > a + 1 && is_age(first_l) {
        return is_np(sent, a + 1, b);
    }
    // "He’s told me": a pronoun with a contracted auxiliary.
    let pronoun = matches!(first_l, "he" | "she" | "they" | "it" | "we" | "i")
        || matches!(strip_contraction(first_l), "he" | "she" | "they" | "it" | "we" | "i");
    if pronoun {
        return b == a + 1;
    }
    // "You want us to ...": the addressee of a quotation is never its source; nor is
    // "everyone" ("Everyone really wants peace").
    if matches!(
        first_l,
        "you"
            | "us"
            | "me"
            | "them"
            | "everyone"
            | "everybody"
            | "nobody"
            | "anyone"
            | "anybody"
            | "someone"
            | "somebody"
    ) {
        return false;
    }
    // "In Taipei", "Separately", "While Bishop's letter": an introductory word, not a subject.
    // "Just ask Glenn Martin": nor an imperative's adverb ("Just Eat said" is a company).
    if INTRO_WORDS.contains(first_l)
        || (first_l == "just" && sent.toks.get(a + 1).is_some_and(|t| t.word) && !is_capitalized(sent.w(a + 1)))
    {
        return false;
    }
    // "Speaking at a news conference, Aso said": a participle and its preposition open
    // an adverbial, not a subject.
    // Not "Beijing on Monday", "Boeing in a statement": the adverbial is closed by a comma.
    let participle_intro = first_l.len() > 5
        && first_l.ends_with("ing")
        && is_capitalized(first)
        && b > a + 1
        && (a + 1..sent.toks.len()).any(|i| sent.is_punct(i, ","))
        && crate::countries::by_capital(first).is_none()
        && matches!(sent.lower(a + 1), "at" | "in" | "on" | "to" | "after" | "before" | "from" | "with" | "during");
    if participle_intro {
        return false;
    }
    // "That", "This", "One" alone: a pronoun, not a source ("One would hope ...").
    if b == a + 1 && matches!(first_l, "that" | "this" | "one" | "these" | "those" | "what" | "which" | "some") {
        return false;
    }
    // "that source said", "this official": a demonstrative before a role noun.
    if b == a + 2 && matches!(first_l, "that" | "this") && ROLE_NOUNS.contains(sent.lower(a + 1)) {
        return true;
    }
    if !sent.toks[b - 1].word && matches!(sent.w(b - 1), "-" | "(") {
        return false;
    }
    // "Smith and": a noun phrase never ends with a conjunction, nor with a preposition
    // ("The constitutional authority for"), nor starts with "of".
    if matches!(
        sent.lower(b - 1),
        "and" | "or" | "but" | "for" | "of" | "to" | "with" | "by" | "from" | "in" | "on" | "at"
    ) || first_l == "of"
    {
        return false;
    }
    // "two officials", "171 of the 193 Democrats in the House".
    let counted = first.chars().next().is_some_and(|c| c.is_ascii_digit())
        && b > a + 1
        && (ROLE_NOUNS.contains(&sent.lower(a + 1))
            || (sent.is(a + 1, "of")
                && (a + 2..b.min(a + 6)).any(|i| {
                    let l = sent.lower(i);
                    ROLE_NOUNS.contains(l) || GROUP_NOUNS.contains(l) || PEOPLE_WORDS.contains(l)
                })));
    // "police said", "spokesman Matt Lloyd said", "officials say", "rights groups say".
    // "its leader-in-waiting": the noun before "-in-" heads it.
    // "state media in Tehran": the bare noun's phrase ends before a place after it.
    let bare_end = (a + 1..b)
        .find(|&i| matches!(sent.lower(i), "in" | "from" | "at" | "with" | "of" | "on" | "for" | "within" | "near"))
        .unwrap_or(b);
    let last_l = sent.lower(bare_end - 1);
    let last_l = last_l.split_once("-in-").map_or(last_l, |(first, _)| first);
    let bare_noun = ROLE_NOUNS.contains(&first_l)
        || GROUP_NOUNS.contains(&first_l)
        || (bare_end - a <= 3
            && (GROUP_NOUNS.contains(last_l)
                || PEOPLE_WORDS.contains(last_l)
                // "congressional aides", "military officials".
                || (last_l.ends_with('s') && (is_agent_noun(last_l) || ROLE_NOUNS.contains(last_l)))
                || last_l.strip_suffix('s').is_some_and(|one| one.len() > 3 && ROLE_NOUNS.contains(one)))
            && (a..bare_end)
                .all(|i| sent.toks[i].word && !NP_STOP_WORDS.contains(sent.lower(i)) && sent.cue(i).is_none()));
    // "retired Lieutenant General Amjad Shuaib": a lower-case modifier before a title.
    let modified_title = b > a + 1
        && !NP_STOP_WORDS.contains(&first_l)
        && lexicon::cue_verb(first).is_none()
        && lexicon::TITLE_WORDS.contains(&sent.w(a + 1));
    // "conservative lawmaker Dorothee Bär", "her liberal colleague Frank Sitta": a
    // description of a person, then the name.
    // "publisher Simon & Schuster": an ampersand between capitalised words is in the name.
    let mut name_start = b;
    while name_start > a
        && (sent.toks[name_start - 1].word && is_capitalized(sent.w(name_start - 1))
            || (sent.w(name_start - 1) == "&" && name_start - 1 > a && name_start < b))
    {
        name_start -= 1;
    }
    let described_name = b >= name_start + 2
        && name_start > a
        && sent.toks[name_start].word
        && !is_capitalized(sent.w(name_start - 1))
        && {
            let l = sent.lower(name_start - 1);
            // "said draftee Keith Soukkala": one lower-case noun before a full name.
            let sole_noun = name_start == a + 1
                && l.len() > 3
                && l.chars().all(|c| c.is_ascii_lowercase())
                && !NP_STOP_WORDS.contains(l)
                && !lexicon::FUNCTION_WORDS.contains(l)
                // "including Mr Tillerson": a preposition or participle, not a noun.
                && !l.ends_with("ing")
                && sent.cue(a).is_none();
            is_agent_noun(l) || ROLE_NOUNS.contains(l) || sole_noun
        }
        && (a..name_start - 1)
            .all(|i| sent.toks[i].word && !NP_STOP_WORDS.contains(sent.lower(i)) && sent.cue(i).is_none());
    if described_name {
        return true;
    }
    if !(is_capitalized(first) || DETERMINERS.contains(&first_l) || counted || bare_noun || modified_title) {
        return false;
    }
    // Premodifiers and head, then an optional postmodifier after a preposition
    // ("a source in Netanyahu's office", "people familiar with ...").
    let is_prep = |l: &str| {
        matches!(
            l,
            "in" | "during"
                | "from"
                | "at"
                | "with"
                | "of"
                | "close"
                | "familiar"
                | "on"
                | "for"
                | "by"
                | "within"
                | "inside"
                | "near"
                | "dated"
        )
    };
    // The core ends at a preposition or at a participle that opens a reduced relative
    // clause ("the Paradise Papers published on Sunday").
    // "Milo Yiannopoulos apologized for the remarks": after a person's name the "-ed"
    // word is the verb; after "the Paradise Papers" it opens a reduced relative clause.
    let after_person_name = |i: usize| {
        let mut j = i;
        while j > a && sent.toks[j - 1].word && is_capitalized(sent.w(j - 1)) {
            j -= 1;
        }
        // "Rohingya Muslims displaced by the violence": a people, whose participle is a
        // reduced relative clause.
        (2..=3).contains(&(i - j))
            && !names_people(sent.w(i - 1))
            && (j..i).all(|k| {
                let w = sent.w(k);
                !lexicon::ORGANIZATION_HEADS.contains(w)
                    && !lexicon::GOVERNMENT_BODIES.contains(w)
                    && !lexicon::DOCUMENT_WORDS.contains(sent.lower(k))
                    // "the Paradise Papers".
                    && !matches!(sent.lower(k), "papers" | "files" | "documents" | "records" | "leaks")
            })
    };
    let participle_then_prep = |i: usize| {
        let l = sent.lower(i);
        let prev_l = if i > a { sent.lower(i - 1) } else { "" };
        (l.ends_with("ed") || l.ends_with("ing"))
            && !is_capitalized(sent.w(i))
            && i > a
            && is_capitalized(sent.w(i - 1))
            && !(l.ends_with("ed") && after_person_name(i))
            // "The firing of Comey": a determiner before it makes it a noun.
            && !DETERMINERS.contains(&prev_l)
            && sent.toks.get(i + 1).is_some_and(|_| is_prep(sent.lower(i + 1)) || sent.is(i + 1, "last"))
            // "State Department guidance released on Friday says": after a document noun.
            || (l.ends_with("ed")
                && i > a
                && lexicon::DOCUMENT_WORDS.contains(prev_l)
                && sent.toks.get(i + 1).is_some_and(|_| is_prep(sent.lower(i + 1))))
            // "the Uzbek immigrant accused of killing eight people": what someone is accused
            // or suspected of, after any noun.
            || (matches!(l, "accused" | "suspected" | "convicted" | "charged" | "jailed" | "detained" | "arrested")
                && i > a
                && !is_capitalized(sent.w(i - 1))
                && sent.toks.get(i + 1).is_some_and(|_| matches!(sent.lower(i + 1), "of" | "with" | "in" | "for" | "over")))
            // "a person recently interviewed by the FBI", "two people closely following the matter".
            || (l.ends_with("ly")
                && i > a
                && (GROUP_NOUNS.contains(prev_l) || ROLE_NOUNS.contains(prev_l) || PEOPLE_WORDS.contains(prev_l) || prev_l == "person")
                && sent.toks.get(i + 1).is_some_and(|t| {
                    let n = sent.lower(i + 1);
                    t.word && (n.ends_with("ed") || n.ends_with("ing")) && n.len() > 5
                }))
            // "a source briefed on the matter", "officials involved in the talks".
            || (l.ends_with("ed")
                && i > a
                && (GROUP_NOUNS.contains(prev_l) || ROLE_NOUNS.contains(prev_l))
                && sent.toks.get(i + 1).is_some_and(|_| is_prep(sent.lower(i + 1))))
            // "The ranger unit conducting the operation", "automakers building cars in
            // Mexico": after a plain lower-case noun, an "-ing" participle and its object.
            || (l.ends_with("ing")
                && l.len() > 6
                && i > a + 1
                && prev_l.len() > 3
                && prev_l.chars().all(|c| c.is_ascii_lowercase())
                && !DETERMINERS.contains(&prev_l)
                && !NP_STOP_WORDS.contains(prev_l)
                && !lexicon::FUNCTION_WORDS.contains(prev_l)
                && !prev_l.ends_with("ly")
                && sent.cue(i - 1).is_none()
                && sent.toks.get(i + 1).is_some_and(|t| t.word && matches!(sent.lower(i + 1), "the" | "a" | "an" | "its" | "their") || (t.word && sent.lower(i + 1).ends_with('s') && sent.lower(i + 1).len() > 3)))
            // "The Saudi-led coalition fighting Yemen's Houthis": after a group noun, an
            // "-ing" participle and its object.
            // "two Rohingya men protesting against the move": or an object after "against",
            // an article or a possessive.
            || (l.ends_with("ing")
                && l.len() > 5
                && i > a
                && (GROUP_NOUNS.contains(prev_l) || ROLE_NOUNS.contains(prev_l) || is_agent_noun(prev_l))
                && sent.toks.get(i + 1).is_some_and(|t| {
                    t.word
                        && (is_capitalized(sent.w(i + 1))
                            || is_prep(sent.lower(i + 1))
                            || matches!(sent.lower(i + 1), "against" | "the" | "a" | "an" | "his" | "her" | "their"))
                }))
    };
    // "close to the talks" is a postmodifier; "a close ally" is an adjective.
    let prep_at = |i: usize| is_prep(sent.lower(i)) && (!sent.is(i, "close") || sent.is(i + 1, "to"));
    let core_end = (a + 1..b).find(|&i| sent.toks[i].word && (prep_at(i) || participle_then_prep(i))).unwrap_or(b);
    let Some(head) = (a..core_end).rev().find(|&i| sent.toks[i].word) else {
        return false;
    };
    let head_w = sent.w(head);
    // "a co-leader", "the ex-minister": the last part of a hyphenated head decides; in
    // "leader-in-waiting", "editor-in-chief" the first does.
    let head_l = match sent.lower(head).split_once("-in-") {
        Some((first, _)) => first,
        None => sent.lower(head).rsplit('-').next().unwrap_or(""),
    };
    let head_ok = is_capitalized(head_w)
        || head_w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || ROLE_NOUNS.contains(&head_l)
        // "the intelligence chiefs", "startup founders": the plural of a role or an agent.
        || (head_l.strip_suffix('s').is_some_and(|one| one.len() > 3 && (ROLE_NOUNS.contains(one) || is_agent_noun(one)))
            && !matches!(first_l, "a" | "an"))
        || GROUP_NOUNS.contains(&head_l)
        || PEOPLE_WORDS.contains(&head_l)
        || lexicon::DOCUMENT_WORDS.contains(&head_l)
        // "the sultan", "the chancellor": a title used as a noun.
        || (head_l.len() > 3 && lexicon::TITLE_WORDS.contains(crate::sources::capitalize(head_l).as_str()))
        // Not "a region environmentalists [say is ...]": a plural after "a" starts a clause.
        || (is_agent_noun(head_l) && !(head_l.ends_with('s') && matches!(first_l, "a" | "an")))
        // "one of the people", "most of the officials": a quantifier over a group.
        || (matches!(
            head_l,
            "one"
                | "some"
                | "many"
                | "most"
                | "two"
                | "three"
                | "several"
                | "all"
                | "none"
                | "number"
                | "handful"
                | "dozen"
                | "dozens"
                | "couple"
                | "hundreds"
                | "thousands"
        )
            && sent.is(core_end, "of")
            && (core_end + 1..b).any(|i| {
                let l = sent.lower(i);
                ROLE_NOUNS.contains(&l) || GROUP_NOUNS.contains(&l)
            }));
    if !head_ok {
        return false;
    }
    for i in a..b {
        let t = sent.toks[i];
        let w = sent.w(i);
        if !t.word {
            // Commas only inside coordination ("X, and Y,", "Democrats, some Republicans and
            // a number of companies") and possessive marks.
            if w == "," {
                // Each item of the list is a noun phrase of its own; "Two others, X and Y" is
                // an apposition.
                let item_start = (a..i).rev().find(|&j| sent.is_punct(j, ",")).map_or(a, |j| j + 1);
                let counted_head = i >= a + 2
                    && (sent.w(i - 2).starts_with(|c: char| c.is_ascii_digit())
                        || lexicon::NUMBER_WORDS.contains(sent.lower(i - 2)));
                // Not "Privately, lobbyists ..." (an adverb) nor "a former bank president,
                // current officials" (an apposition).
                let adverb = item_start + 1 == i && sent.lower(item_start).ends_with("ly");
                let appositive_first = matches!(sent.lower(a), "a" | "an")
                    || (sent.lower(a) == "the"
                        && !sent.toks.get(a + 1).is_some_and(|t| t.word && is_capitalized(sent.w(a + 1))));
                let listed = (i + 1..b).any(|j| sent.is(j, "and"))
                    && sent.toks.get(i + 1).is_some_and(|t| t.word)
                    && !matches!(sent.lower(i + 1), "who" | "which" | "that" | "the" | "a" | "an")
                    && !counted_head
                    && !adverb
                    && !appositive_first
                    && is_np(sent, item_start, i);
                if !(sent.is(i + 1, "and") || sent.is(i + 1, "or") || i + 1 == b || listed) {
                    return false;
                }
            } else if !(w == "'" || w == "\u{2019}" || w == "-" || w == "." || w == "(" || w == ")")
                // "Simon & Schuster": an ampersand between the words of a name.
                && !(w == "&" && i > a && i + 1 < b && is_capitalized(sent.w(i - 1)) && is_capitalized(sent.w(i + 1)))
            {
                return false;
            }
            continue;
        }
        if is_capitalized(w) || w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let l = sent.lower(i);
        // A cue form inside a noun phrase is a verb unless it is also a noun for a
        // document or a role ("a note", "the report").
        // "an informed source": a participle between an article and its noun is an adjective.
        let adjective = i > a
            && i + 1 < b
            && matches!(sent.lower(i - 1), "a" | "an" | "the")
            && l.ends_with("ed")
            && sent.toks[i + 1].word;
        // "the immigrant accused of killing eight people": a reduced relative clause.
        let accused_of = matches!(l, "accused" | "suspected" | "charged")
            && i > a
            && matches!(sent.toks.get(i + 1).map(|_| sent.lower(i + 1)), Some("of" | "with"));
        // "the nominee for the post", "an official on the call": in the postmodifier, a
        // cue form right after a determiner is a noun.
        let noun_after_determiner = i > core_end
            && matches!(sent.lower(i - 1), "a" | "an" | "the" | "his" | "her" | "its" | "their")
            && !l.ends_with("ed")
            && !l.ends_with("ing");
        let noun_form = lexicon::DOCUMENT_WORDS.contains(&l)
            || ROLE_NOUNS.contains(&l)
            || l == "dated"
            || adjective
            || accused_of
            || noun_after_determiner;
        let determiner_after_prep =
            i > core_end && matches!(l, "that" | "this" | "these" | "those") && i > 0 && is_prep(sent.lower(i - 1));
        // "U.S. Ambassador to the United Nations Nikki Haley": "to" inside a title; "a
        // report to the U.S. Congress", "a person with close ties to the White House".
        let title_to = l == "to"
            && i > a
            && (TITLES_WITH_TO.contains(&sent.lower(i - 1))
                || (i > core_end
                    && (lexicon::DOCUMENT_WORDS.contains(sent.lower(i - 1))
                        || matches!(sent.lower(i - 1), "ties" | "links" | "connections" | "close" | "closer"))));
        // "the statement issued by Sharif's office": a participle opening the postmodifier.
        let postmodifier_participle = i == core_end && participle_then_prep(i);
        if (NP_STOP_WORDS.contains(&l) && !determiner_after_prep && !title_to)
            || (lexicon::cue_verb(w).is_some() && !noun_form && !postmodifier_participle)
        {
            return false;
        }
        if i > a && i < core_end {
            // "Hijab headed the opposition": an article or a past tense after a
            // name inside the core means a clause, not a noun phrase.
            // "Ambassador to the United Nations": an article after a title's "to".
            let after_title_to = sent.is(i - 1, "to") && i >= 2 && TITLES_WITH_TO.contains(&sent.lower(i - 2));
            let after_link = sent.is(i - 1, "and") || sent.is(i - 1, "or") || !sent.toks[i - 1].word || after_title_to;
            if matches!(l, "the" | "a" | "an") && !after_link {
                return false;
            }
            // "Papers published on Sunday" is a reduced relative clause inside the noun phrase.
            let reduced_relative = matches!(
                sent.toks.get(i + 1).map(|_| sent.lower(i + 1)),
                Some("on" | "in" | "by" | "at" | "last" | "this" | "earlier" | "to" | "from" | "during")
            );
            // Not after a capitalised article: "The disputed acting director".
            if l.ends_with("ed")
                && !l.contains('-')
                && is_capitalized(sent.w(i - 1))
                && !DETERMINERS.contains(&sent.lower(i - 1))
                && !reduced_relative
            {
                return false;
            }
            // "the texts provided fresh fodder": a plural noun, a past tense and its object.
            let prev_l = sent.lower(i - 1);
            let noun_before = (prev_l.ends_with('s') && !prev_l.ends_with("ss"))
                || ROLE_NOUNS.contains(prev_l)
                || lexicon::DOCUMENT_WORDS.contains(prev_l);
            if l.ends_with("ed")
                && l.len() > 4
                && noun_before
                && !is_capitalized(sent.w(i - 1))
                && !reduced_relative
                && sent.toks.get(i + 1).is_some_and(|t| {
                    t.word
                        && !is_capitalized(sent.w(i + 1))
                        && !matches!(
                            sent.lower(i + 1),
                            "against" | "with" | "for" | "of" | "over" | "after" | "before" | "under" | "into" | "as"
                        )
                })
            {
                return false;
            }
        }
    }
    true
}

/// "20-year-old", "62-year-old": an age used as an adjective.
fn is_age(l: &str) -> bool {
    l.strip_suffix("-year-old").is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
}

/// A noun for a person by what they do, from its suffix: "dealers", "co-leader",
/// "researchers", "organizers", "lobbyists", "historians", "participants". Words with
/// these endings that name things, not people, are listed.
pub(crate) fn is_agent_noun(l: &str) -> bool {
    let stem = l.strip_suffix('s').unwrap_or(l);
    // People in "-ent", listed: most such words are things ("incident", "statement").
    if matches!(
        stem,
        "superintendent"
            | "correspondent"
            | "respondent"
            | "dissident"
            | "agent"
            | "student"
            | "resident"
            | "president"
            | "vice-president"
            | "regent"
            | "opponent"
            | "proponent"
            | "adherent"
            | "patient"
            | "parent"
            | "client"
            | "pilot"
            | "chef"
            | "judge"
            | "nurse"
            | "priest"
            | "monk"
            | "cleric"
            | "delegate"
            | "man"
            | "woman"
            | "men"
            | "women"
            | "ally"
            | "allie"
            | "friend"
            | "colleague"
            | "neighbor"
            | "neighbour"
            | "relative"
    ) {
        return true;
    }
    stem.len() >= 5
        && ["er", "or", "ist", "ian", "ant", "eer"].iter().any(|suffix| stem.ends_with(suffix))
        && !matches!(
            stem,
            "number"
                | "order"
                | "paper"
                | "power"
                | "border"
                | "water"
                | "matter"
                | "other"
                | "center"
                | "centre"
                | "computer"
                | "quarter"
                | "chapter"
                | "corner"
                | "letter"
                | "error"
                | "factor"
                | "sector"
                | "motor"
                | "mirror"
                | "terror"
                | "horror"
                | "favor"
                | "labor"
                | "major"
                | "minor"
                | "floor"
                | "door"
                | "interior"
                | "exterior"
                | "behavior"
                | "behaviour"
                | "honor"
                | "rumor"
                | "tumor"
                | "vapor"
                | "meter"
                | "liter"
                | "filter"
                | "shelter"
                | "theater"
                | "theatre"
                | "charter"
                | "winter"
                | "summer"
                | "register"
                | "disaster"
                | "cancer"
                | "danger"
                | "anger"
                | "hunger"
                | "finger"
                | "manner"
                | "banner"
                | "dinner"
                | "answer"
                | "offer"
                | "layer"
                | "poster"
                | "trailer"
                | "container"
                | "barrier"
                | "carrier"
                | "frontier"
                | "plant"
                | "grant"
                | "restaurant"
                | "warrant"
                | "pageant"
                | "covenant"
                | "elephant"
                | "quadrant"
                | "remnant"
                | "constant"
                | "career"
                | "pioneer"
                | "veneer"
                | "wonder"
                | "thunder"
                | "powder"
                | "ladder"
                | "timber"
                | "chamber"
                | "november"
                | "december"
                | "october"
                | "september"
                | "weather"
                | "leather"
                | "feather"
                | "whether"
                | "together"
                | "however"
                | "either"
                | "neither"
                | "rather"
                | "further"
                | "former"
                | "latter"
                | "under"
                | "after"
                | "never"
                | "ever"
                | "over"
                | "proper"
                | "super"
                | "bitter"
                | "better"
                | "sooner"
                | "earlier"
                | "later"
                | "higher"
                | "lower"
                | "greater"
                | "larger"
                | "smaller"
                | "longer"
                | "stronger"
                | "wider"
                | "older"
                | "younger"
        )
}

/// Titles that take "to" inside a name: "Ambassador to the United Nations Nikki Haley".
/// Nouns for people and missions sent to someone ("the North Korean mission to the United
/// Nations", "an adviser to the president").
const TITLES_WITH_TO: &[&str] =
    &["ambassador", "envoy", "adviser", "advisor", "representative", "delegate", "mission", "delegation", "aide"];

/// Words that never occur inside a speaker's noun phrase.
static NP_STOP_WORDS: std::sync::LazyLock<lexicon::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::HashSet::from_iter([
        "that", "which", "who", "whom", "is", "was", "were", "are", "be", "been", "has", "have", "had", "to", "if",
        "because", "when", "not", "no", "would", "will", "can", "could", "should", "may", "might", "do", "does", "did",
        "it", "he", "she", "they", "we", "i", "there", "this", "while", "after", "before", "but", "also", "what",
        "gave", "took", "made", "got", "came", "went", "met", "left", "won", "lost", "sent", "put", "kept", "held",
        "brought", "began", "became", "found", "knew", "ran", "told", "felt", "whose", "where",
    ])
});

/// Plural nouns for groups of people that can hold a claim ("Assad's opponents").
static GROUP_NOUNS: std::sync::LazyLock<lexicon::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::HashSet::from_iter([
        "sides",
        "parties",
        "chamber",
        "association",
        "federation",
        "coalition",
        "alliance",
        "union",
        "institute",
        "foundation",
        "justices",
        "eyewitnesses",
        "automakers",
        "partners",
        "majority",
        "scientists",
        "voters",
        "citizens",
        "investors",
        "employees",
        "workers",
        "doctors",
        "students",
        "families",
        "senators",
        "diplomats",
        "ministers",
        "governors",
        "judges",
        "soldiers",
        "troops",
        "militants",
        "insurgents",
        "demonstrators",
        "farmers",
        "bankers",
        "papers",
        "region",
        "country",
        "province",
        "city",
        "companies",
        "banks",
        "firms",
        "organizations",
        "organisations",
        "lobby",
        "lobbies",
        "unit",
        "subsidiary",
        "division",
        "affiliate",
        "opponents",
        "critics",
        "supporters",
        "rivals",
        "allies",
        "forces",
        "governments",
        "countries",
        "nations",
        "states",
        "groups",
        "parties",
        "democrats",
        "republicans",
        "lawmakers",
        "legislators",
        "protesters",
        "prosecutors",
        "agencies",
        "authorities",
        "opposition",
        "office",
        "ministry",
        "government",
        "police",
        "television",
        "media",
        "council",
        "committee",
    ])
});

/// The subject that opens the sentence, when what follows it up to `limit` is its
/// predicate: a noun phrase, an optional time adverbial, then a verb in the past or
/// present tense ("Japan's defense minister on Saturday backed ...").
fn sentence_subject(sent: &Sent, limit: usize) -> Option<(usize, usize)> {
    // After an introductory phrase ("In an interview on Fox News late Thursday, Trump ...").
    let start = (0..limit.min(16)).find(|&i| sent.is_punct(i, ",")).map_or(0, |c| c + 1);
    // "Facing opposition, the White House pulled its request and said ...": an article too.
    let subject_like = |i: usize| is_capitalized(sent.w(i)) || matches!(sent.lower(i), "the" | "a" | "an");
    // "Senator John Cornyn, the Senate's No. 2 Republican, withdrew ... but said": a name,
    // then an appositive between commas, then the verb.
    // Not "On Monday, the ministry, which ..., denied it and said": an opener is no name.
    let name_first = start > 1
        && (0..start - 1).all(|i| sent.toks[i].word && is_capitalized(sent.w(i)))
        && !INTRO_WORDS.contains(sent.lower(0))
        && !lexicon::WEEKDAYS_MONTHS.contains(&sent.w(0))
        && is_np(sent, 0, start - 1);
    if name_first {
        let close = (start..limit.min(start + 16)).find(|&i| sent.is_punct(i, ","));
        if let Some(close) = close {
            // "Sung Kim, U.S. special representative for North Korea policy, met ...": a
            // role noun inside the appositive makes it one.
            let appositive = matches!(sent.lower(start), "the" | "a" | "an" | "who")
                || ROLE_NOUNS.contains(sent.lower(start))
                || (start..close).any(|i| sent.toks[i].word && ROLE_NOUNS.contains(sent.lower(i)));
            let verb_next = close + 1 < limit
                && sent.toks[close + 1].word
                && !is_capitalized(sent.w(close + 1))
                && !matches!(sent.lower(close + 1), "who" | "which" | "however")
                && !sent.lower(close + 1).ends_with("ly");
            if appositive && verb_next {
                return Some((0, start - 1));
            }
        }
    }
    let start = if start > 0 && start < limit && subject_like(start) { start } else { 0 };
    subject_at(sent, start, limit)
}

/// The subject of the last clause before `limit` that a comma and "but", "and" or "yet"
/// open ("The agency is funded by the Fed, but Republicans have pushed to move it, ...").
fn coordinated_subject(sent: &Sent, limit: usize) -> Option<(usize, usize)> {
    let c = (1..limit).rev().find(|&i| matches!(sent.lower(i), "but" | "and" | "yet") && sent.is_punct(i - 1, ","))?;
    // A clause before the conjunction, not a list ("Smith, Jones, and Brown rejected ...").
    let verb_before = (0..c).any(|i| {
        let l = sent.lower(i);
        sent.toks[i].word
            && !is_capitalized(sent.w(i))
            && (is_be_form(l)
                || matches!(l, "has" | "have" | "had" | "said" | "says")
                || (l.len() > 4 && l.ends_with("ed"))
                // "the agency receives its funding": a present tense before its object.
                || (l.len() > 3
                    && l.ends_with('s')
                    && matches!(sent.lower(i + 1), "its" | "their" | "his" | "her" | "the" | "a" | "an")))
    });
    if !verb_before {
        return None;
    }
    subject_at(sent, c + 1, limit)
}

/// The noun phrase from `start` before the clause's verb, which comes before `limit`.
fn subject_at(sent: &Sent, start: usize, limit: usize) -> Option<(usize, usize)> {
    let verb_at = (start + 1..limit.min(start + 14)).find(|&i| {
        let l = sent.lower(i);
        sent.toks[i].word
            && !is_capitalized(sent.w(i))
            // "hit back", "set out", "cut off": a verb by its particle ("tax cut negotiators" has none).
            && (l.ends_with("ed")
                || (matches!(l, "hit" | "set" | "cut") && matches!(sent.lower(i + 1), "back" | "out" | "off" | "up"))
                || matches!(
                    l,
                    "has"
                        | "have"
                        | "had"
                        | "is"
                        | "was"
                        | "said"
                        | "told"
                        | "made"
                        | "met"
                        | "took"
                        | "gave"
                        | "sent"
                        | "led"
                        | "won"
                        | "left"
                        // "Gemeda did not disclose his reasons, but said ...": an auxiliary
                        // or a modal ahead of the verb.
                        | "did"
                        | "does"
                        | "could"
                        | "would"
                        | "will"
                        | "can"
                        | "spoke"
                        | "held"
                        | "went"
                        | "came"
                        // Irregular past tenses ("Pence sought to address ..., telling").
                        | "sought"
                        | "broke"
                        | "wrote"
                        | "brought"
                        | "began"
                        | "became"
                        | "kept"
                        | "stood"
                        | "chose"
                        | "drew"
                        | "struck"
                        | "threw"
                        | "fought"
                        | "sold"
                        | "bought"
                        | "built"
                        | "got"
                        | "knew"
                        | "spent"
                        | "found"
                        | "lost"
                        | "paid"
                        | "put"
                ))
    })?;
    let mut np_end = skip_aux_back(sent, start, verb_at);
    // "WCHS-TV first reported the news, saying ...": "first" says when, it is not the subject's.
    if np_end > start + 1 && sent.is(np_end - 1, "first") {
        np_end = skip_aux_back(sent, start, np_end - 1);
    }
    (np_end > start && is_np(sent, start, np_end) && !(start..np_end).any(|i| sent.is_punct(i, ",")))
        .then_some((start, np_end))
}

/// Words that open a sentence before its subject: never part of a speaker's name.
pub(crate) static INTRO_WORDS: std::sync::LazyLock<lexicon::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::HashSet::from_iter([
        "through",
        "throughout",
        "citing",
        "quoting",
        "referring",
        "echoing",
        "in",
        "on",
        "at",
        "after",
        "before",
        "while",
        "when",
        "separately",
        "however",
        "meanwhile",
        "also",
        "but",
        "and",
        "since",
        "during",
        "for",
        "from",
        "with",
        "as",
        "if",
        "although",
        "though",
        "because",
        "following",
        "under",
        "despite",
        "amid",
        "earlier",
        "later",
        "last",
        "there",
        "here",
        "still",
        "instead",
        "yet",
        "so",
        "then",
        "now",
        "today",
        "without",
        "by",
        "unlike",
        "like",
        "whether",
        "once",
        "until",
        "unless",
        // "To add to the confusion, ...", "Nearby at a bus stop, ...", "Asked about it, ...".
        "to",
        "late",
        "nearby",
        "elsewhere",
        // "Similarly, Clinton, in a statement, called ...": sentence adverbs; "Just ask
        // Glenn Martin.": an imperative's adverb.
        "similarly",
        "likewise",
        "additionally",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "asked",
    ])
});

/// Plural nouns for people who hold views ("backers", "analysts"), besides the
/// [`GROUP_NOUNS`] ("critics", "opponents"), which every use also accepts.
static PEOPLE_WORDS: std::sync::LazyLock<lexicon::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::HashSet::from_iter(lexicon::PEOPLE_PLURALS.iter().copied().chain([
        "backers",
        "proponents",
        "detractors",
        "activists",
        "analysts",
        "experts",
        "economists",
        "officials",
        "residents",
        "witnesses",
        "eyewitnesses",
        "observers",
        "campaigners",
        "advocates",
        "skeptics",
        "sceptics",
        "conservatives",
        "liberals",
        "sources",
        "people",
    ]))
});

/// A finite auxiliary or modal ("has", "would", "did"): a clause has begun.
fn is_finite_auxiliary(l: &str) -> bool {
    matches!(
        l,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "must"
            | "should"
            | "does"
            | "did"
    )
}

/// A form of "be", the auxiliary of the passive.
fn is_be_form(l: &str) -> bool {
    matches!(l, "is" | "was" | "were" | "are" | "been" | "be" | "being")
}

/// "Gulen is blamed by Ankara for the coup": a passive reporting verb with its agent.
fn passive_agent(sent: &Sent, a: usize, b: usize) -> Option<Found> {
    for k in a + 1..b {
        let Some(cv) = sent.cue(k) else { continue };
        if is_capitalized(sent.w(k)) || !sent.is(k + 1, "by") {
            continue;
        }
        if !matches!(
            cv.lemma,
            "accuse"
                | "blame"
                | "criticize"
                | "condemn"
                | "praise"
                | "dismiss"
                | "reject"
                | "describe"
                | "announce"
                | "deny"
                | "denounce"
                | "report"
                | "confirm"
                | "claim"
                | "allege"
                | "estimate"
                | "predict"
                | "suspect"
        ) {
            continue;
        }
        let aux = (a..k).rev().take(3).any(|i| is_be_form(sent.lower(i)));
        // "was confirmed by the Senate on Tuesday as the top lawyer": a nominee confirmed.
        if cv.lemma == "confirm" && (k + 2..(k + 9).min(b)).any(|i| sent.is(i, "as")) {
            continue;
        }
        if !aux {
            continue;
        }
        // "... called for him to step down after he was accused by several women": the
        // passive is in a clause of time or cause, not what the sentence reports.
        // Not a fronted phrase ("Since 2016, the plan was rejected by voters"): no comma
        // between the subordinator and the verb.
        let subordinate = (a..k).rev().take(6).any(|i| {
            matches!(sent.lower(i), "after" | "before" | "when" | "while" | "because" | "since" | "although" | "until")
                && !(i..k).any(|j| sent.is_punct(j, ","))
        });
        if subordinate {
            continue;
        }
        let ns = k + 2;
        let ne = (ns..b)
            .find(|&i| {
                !sent.toks[i].word
                    || matches!(sent.lower(i), "for" | "of" | "in" | "on" | "as" | "after" | "over" | "to")
            })
            .unwrap_or(b);
        if ne > ns && ne - ns <= 8 && is_np(sent, ns, ne) {
            return Some(Found {
                mention: clean_np(sent.span(ns, ne)),
                cue: sent.span(k, k + 2).to_string(),
                kind_of_quote: AttributionType::Indirect,
                reported_by: None,
            });
        }
    }
    None
}

/// Normalise a mention: trim punctuation at the edges and restore stripped
/// possessives ("Netanyahu s office" -> "Netanyahu's office").
pub fn clean_np(np: &str) -> String {
    let trimmed = np.trim_matches(|c: char| c.is_whitespace() || c == ',' || is_quote_mark(c) || c == ':');
    let mut out = String::with_capacity(trimmed.len());
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        if *w == "s" && i > 0 {
            out.push_str("'s");
            continue;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&w.replace('\u{2019}', "'"));
    }
    // "the Council on American-Islamic Relations (CAIR" cut before the sentence's closing
    // bracket: the acronym is given back its bracket.
    if out.matches('(').count() > out.matches(')').count() && out.rsplit('(').next().is_some_and(|a| !a.contains(' ')) {
        out.push(')');
    }
    out.replace(" ,", ",")
}

/// A reporting cue in mid-sentence: walk back from the verb over the noun phrase.
fn embedded(sent: &Sent, end: usize, text_has_quotes: bool) -> Option<Found> {
    for k in 1..end {
        let Some(cv) = sent.cue(k) else {
            continue;
        };
        if !cue_usable(sent, k, cv) || sent.lower(k).ends_with("ing") {
            continue;
        }
        let np_end = skip_aux_back(sent, 0, k);
        // "Japan's defense minister on Saturday backed the plan ... and said Tokyo wanted
        // ...": a verb coordinated with the main one shares its subject.
        let says = matches!(
            cv.lemma,
            "say"
                | "tell"
                | "add"
                | "warn"
                | "note"
                | "stress"
                | "explain"
                | "argue"
                | "acknowledge"
                | "admit"
                | "confirm"
                | "vow"
                | "promise"
                | "pledge"
                | "deny"
                | "accuse"
                | "call"
                | "ask"
                | "urge"
        );
        // "Schoen could not be reached, but denied ...": "but" too. Not inside a relative
        // clause ("Galizia, who had denounced corruption and accused Muscat of wrongdoing,
        // was killed"): that verb is the relative clause's.
        // That is: the last comma before the verb opens "who" or "which".
        let in_relative = || {
            (0..np_end)
                .rev()
                .find(|&j| sent.is_punct(j, ","))
                .is_some_and(|c| matches!(sent.lower(c + 1), "who" | "which"))
        };
        if says && np_end > 0 && (sent.is(np_end - 1, "and") || sent.is(np_end - 1, "but")) && !in_relative() {
            if let Some(subject) = sentence_subject(sent, np_end - 1) {
                return Some(Found {
                    mention: clean_np(sent.span(subject.0, subject.1)),
                    cue: cue_with_tail(sent, k, end),
                    kind_of_quote: AttributionType::Indirect,
                    reported_by: None,
                });
            }
        }
        // "Puerto Rico is a U.S. territory and some critics of the bill have expressed
        // concerns": the subject of a coordinated clause, after "and", "but" or "while".
        if let Some(c) = (1..np_end).rev().take(12).find(|&i| {
            matches!(sent.lower(i), "and" | "but" | "yet") && (sent.is_punct(i - 1, ",") || sent.toks[i - 1].word)
        }) {
            let ns = c + 1;
            let clause_verb_before = (0..c)
                .any(|i| sent.toks[i].word && (is_finite_auxiliary(sent.lower(i)) || sent.lower(i).ends_with("ed")));
            // "..., and he told Congress last week he sees no basis": a personal pronoun
            // subject of the coordinated clause resolves like any other.
            let personal = np_end == ns + 1 && matches!(sent.lower(ns), "he" | "she");
            if ns < np_end
                && np_end - ns <= 8
                && clause_verb_before
                && (personal || !matches!(sent.lower(ns), "he" | "she" | "they" | "it" | "we" | "i"))
                && is_np(sent, ns, np_end)
                && (personal
                    || (ns..np_end).any(|i| {
                        let l = sent.lower(i);
                        PEOPLE_WORDS.contains(l) || ROLE_NOUNS.contains(l) || GROUP_NOUNS.contains(l)
                    }))
            {
                return Some(Found {
                    mention: clean_np(sent.span(ns, np_end)),
                    cue: cue_with_tail(sent, k, end),
                    kind_of_quote: AttributionType::Indirect,
                    reported_by: None,
                });
            }
        }
        let mut s = np_end;
        while s > 0 {
            let t = sent.toks[s - 1];
            let w = sent.w(s - 1);
            let l = sent.lower(s - 1);
            // ("Just ask Glenn Martin": an imperative's adverb.)
            let just = l == "just" && sent.toks.get(s).is_some_and(|n| n.word && !is_capitalized(sent.w(s)));
            let ok = t.word
                && (is_capitalized(w) || ROLE_NOUNS.contains(&l) || DETERMINERS.contains(&l) || l == "s")
                && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
                && !INTRO_WORDS.contains(l)
                && !just;
            if !ok {
                break;
            }
            s -= 1;
            if DETERMINERS.contains(&l) {
                break;
            }
        }
        // A speaker inside a subordinate clause ("... when Germany accused ...",
        // "activists who authorities say ...") does not hold the sentence's main claim.
        // Only the subject's own clause counts: "After the talks, a spokesman declined to say".
        let clause_start = (0..s).rev().find(|&i| sent.is_punct(i, ",")).map_or(0, |c| c + 1);
        let subordinate = (clause_start..s).any(|i| {
            matches!(
                sent.lower(i),
                "when"
                    | "that"
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
                    | "where"
                    | "as"
                    | "after"
                    | "because"
                    | "since"
                    | "while"
                    | "before"
                    | "until"
                    | "although"
                    | "though"
                    | "if"
                    | "whether"
                    | "unless"
                    | "what"
            ) && !(sent.is(i, "as") && (sent.is(i + 1, "well") || i > 0 && sent.is(i - 1, "such")))
        });
        // Months and weekdays never speak ("in August announced").
        let month = (s..np_end).all(|i| lexicon::WEEKDAYS_MONTHS.contains(&sent.w(i)));
        // "His firing of FBI Director James Comey has raised concerns": the object of a
        // preposition is not the verb's subject.
        let prep_object = s > 0
            && sent.toks[s - 1].word
            && matches!(sent.lower(s - 1), "of" | "for" | "with" | "against" | "from" | "about" | "over" | "into")
            // "Head of Relief and Rescue Organization of Iran s Red Crescent Morteza Salimi":
            // an "of" inside a title or name.
            && !(s >= 2 && sent.is(s - 1, "of") && is_capitalized(sent.w(s - 2)))
            // "the immigrant accused of killing eight people in New York said": a place
            // after "in" or "at" (but "Reports in the Iranian media said" have their subject).
            || (s > 0
                && matches!(sent.lower(s - 1), "in" | "at")
                && (s..np_end).all(|i| sent.toks[i].word && is_capitalized(sent.w(i))))
            // "Nancy Pelosi, the top Democrat, on Twitter called ...": nor a medium after an
            // adverbial "on" (not "talk show hosts on Fox News", nor "on Saturday Trump").
            // (Only a medium: "But on Capitol Hill Republicans warned" keeps its subject.)
            || (s > 1
                && matches!(sent.lower(s - 1), "on" | "via")
                && (!sent.toks[s - 2].word || matches!(sent.lower(s - 2), "and" | "but" | "has" | "have" | "had"))
                && np_end == s + 1
                && matches!(sent.w(s), "Twitter" | "Facebook" | "Instagram" | "YouTube" | "Weibo" | "WeChat" | "Telegram"));
        if s < np_end && np_end - s <= 8 && !subordinate && !month && !prep_object {
            let head = sent.lower(np_end - 1);
            let head_ok = is_capitalized(sent.w(np_end - 1)) || ROLE_NOUNS.contains(&head);
            // Sentence-initial capitalised words are not a speaker on their own.
            if head_ok && !(s == 0 && np_end == 1 && lexicon::is_sentence_starter(sent.w(0))) {
                let _ = text_has_quotes;
                return Some(Found {
                    mention: clean_np(sent.span(s, np_end)),
                    cue: cue_with_tail(sent, k, end),
                    kind_of_quote: AttributionType::Indirect,
                    reported_by: None,
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Option<(String, String, AttributionType)> {
        find(s, false).map(|f| (f.mention, f.cue, f.kind_of_quote))
    }

    fn mention(s: &str) -> Option<String> {
        find(s, false).map(|f| f.mention)
    }

    #[test]
    fn delegates_hospitals_and_police_forces_are_speakers() {
        assert_eq!(
            mention("We agree with the actions, a Chinese delegate told the meeting.").as_deref(),
            Some("a Chinese delegate")
        );
        assert_eq!(mention("It had admitted 20 patients, the hospital said.").as_deref(), Some("the hospital"));
        assert_eq!(
            mention("The police force has repeatedly denied any wrongdoing.").as_deref(),
            Some("The police force")
        );
        assert_eq!(mention("He was one of those guys, the man said.").as_deref(), Some("the man"));
    }

    #[test]
    fn a_reporting_noun_after_the_addressee_is_not_a_second_verb() {
        for text in [
            "There are no grounds, an official told Reuters in reply to questions.",
            "There are no grounds, an official told Reuters in response to a query.",
        ] {
            assert_eq!(mention(text).as_deref(), Some("an official"), "{text}");
        }
    }

    #[test]
    fn a_verb_coordinated_after_an_auxiliary_shares_the_subject() {
        for text in [
            "Abadula Gemeda did not disclose reasons, but said he would disclose them later.",
            "Abadula Gemeda could not be reached, but said later he was fine.",
        ] {
            assert_eq!(mention(text).as_deref(), Some("Abadula Gemeda"), "{text}");
        }
    }

    #[test]
    fn first_before_the_verb_is_not_part_of_the_subject() {
        let f = find("WCHS-TV first reported the news, saying Blankenship filed his papers.", false).unwrap();
        assert_eq!(f.mention, "WCHS-TV");
        // Who reported first is the outlet's own statement.
        assert_eq!(
            mention("The investigation was first reported by The Daily Beast.").as_deref(),
            Some("The Daily Beast")
        );
    }

    #[test]
    fn a_participle_after_people_ends_the_speaker_s_head() {
        for (text, who) in [
            (
                "Most refugees had no link to crime, two Rohingya men protesting against the move told the agency.",
                "two Rohingya men protesting against the move",
            ),
            ("Lawyers acting for him told the court that the party bought support.", "Lawyers acting for him"),
        ] {
            assert_eq!(mention(text).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn a_passive_agent_in_a_clause_of_time_is_not_the_source() {
        assert_eq!(
            mention("Senators distanced themselves from Moore after he was accused by several women of assault."),
            None
        );
        assert_eq!(mention("Moore was accused by several women of assault.").as_deref(), Some("several women"));
    }

    #[test]
    fn a_description_then_a_name_with_an_ampersand() {
        assert_eq!(
            mention("The same day, publisher Simon & Schuster said it canceled the book.").as_deref(),
            Some("publisher Simon & Schuster")
        );
        assert_eq!(
            mention("It is wrong, conservative lawmaker Dorothee Baer said.").as_deref(),
            Some("conservative lawmaker Dorothee Baer")
        );
    }

    #[test]
    fn what_the_subject_did_by_saying_something_is_what_they_said() {
        for text in [
            "A day earlier, Erdogan riled his Greek hosts by suggesting the Muslims in the region were mistreated.",
            "Erdogan has put Athens on the defensive by remarking that a decades-old treaty needs revision.",
        ] {
            let f = find(text, false).unwrap();
            assert_eq!(f.mention, "Erdogan", "{text}");
            assert!(f.cue.starts_with("by "), "{text}");
        }
        // A passive done by saying something names no speaker.
        assert_eq!(mention("The risk was reduced by saying less in public."), None);
    }

    #[test]
    fn a_label_after_an_indefinite_object_is_the_caller_s_view() {
        assert_eq!(
            mention("Michael McCaul has called a wall along the entire border a knee-jerk reaction.").as_deref(),
            Some("Michael McCaul")
        );
        assert_eq!(mention("The mayor called a news conference at a hotel downtown."), None);
    }

    #[test]
    fn a_past_tense_after_a_person_s_name_is_the_verb_not_a_reduced_relative() {
        let f = find("Milo Yiannopoulos apologized for the remarks and called the firestorm a disgrace.", false);
        assert_eq!(f.map(|f| f.mention).as_deref(), Some("Milo Yiannopoulos"));
        assert!(!is_np(&Sent::new("Smith and Jones and"), 0, 4), "a conjunction ends no noun phrase");
        let a = crate::analyze("The so-called Paradise Papers published on Sunday showed that he owned a firm.");
        assert_eq!(a.sentences[0].attribution.as_ref().map(|a| a.source.as_str()), Some("Paradise Papers"));
    }

    #[test]
    fn a_participle_after_a_coordinated_clause_is_that_clause_s_subject_s() {
        let text = "The agency is funded by the Federal Reserve, but Republicans have pushed to move it into the \
                    budget, saying that would increase oversight.";
        assert_eq!(mention(text).as_deref(), Some("Republicans"));
    }

    #[test]
    fn a_speaker_after_while_whose_quotation_follows_a_colon() {
        assert_eq!(
            mention("While former envoy Jan Eliasson said on Twitter: On migration, national solutions do not exist.")
                .as_deref(),
            Some("former envoy Jan Eliasson")
        );
        // Without the colon the main clause comes after ("While X said A, Y said B").
        assert_ne!(
            mention("While Jan Eliasson said migration was good, the minister said it was not.").as_deref(),
            Some("Jan Eliasson")
        );
    }

    #[test]
    fn rejecting_someone_s_complaints_is_a_denial() {
        assert_eq!(
            mention("The spokeswoman rejected the opposition s complaints as having a lack of clarity.").as_deref(),
            Some("The spokeswoman")
        );
    }

    #[test]
    fn quoted_as_saying_with_a_relative_clause_after_the_speaker() {
        let f = find(
            "It cited a forensic investigator who reviewed pictures of the bodies as saying they were shot.",
            false,
        )
        .unwrap();
        assert_eq!((f.mention.as_str(), f.reported_by.as_deref()), ("a forensic investigator", Some("It")));
    }

    #[test]
    fn allies_friends_and_colleagues_are_speakers() {
        assert_eq!(
            mention("Spending will fall, a close ally of President Mauricio Macri said on Sunday.").as_deref(),
            Some("a close ally of President Mauricio Macri")
        );
        assert_eq!(mention("He was quiet, a colleague said.").as_deref(), Some("a colleague"));
    }

    #[test]
    fn a_participle_between_an_article_and_its_noun_is_an_adjective() {
        let f =
            find("Tasnim quoted an informed source as saying on Wednesday that the case was closed.", false).unwrap();
        assert_eq!((f.mention.as_str(), f.reported_by.as_deref()), ("an informed source", Some("Tasnim")));
    }

    #[test]
    fn what_was_not_said_or_asked_is_no_claim() {
        assert_eq!(
            mention("Grassley, however, did not ask the FBI about the possibility that it offered a briefing."),
            None
        );
        assert_eq!(mention("The ministry has not publicly said when the talks will resume."), None);
        assert_eq!(mention("Trump has not ruled out a strike.").as_deref(), Some("Trump"));
    }

    #[test]
    fn a_verb_coordinated_inside_a_relative_clause_is_not_the_sentence_s() {
        assert_eq!(
            mention("Galizia, who had denounced corruption and accused Muscat of wrongdoing, was killed on Oct. 16."),
            None
        );
        assert_eq!(
            mention("Galizia, a blogger, had denounced corruption and accused Muscat of wrongdoing.").as_deref(),
            Some("Galizia")
        );
    }

    #[test]
    fn a_relative_clause_between_commas_is_an_aside_whatever_its_verbs() {
        for (text, who) in [
            (
                "The Obama administration, which asked the justices to decide the case, has said hearings can be permitted.",
                "The Obama administration",
            ),
            (
                "Representative Luis Gutierrez, who has announced he will not seek re-election, said on Wednesday he wanted a change.",
                "Representative Luis Gutierrez",
            ),
        ] {
            assert_eq!(mention(text).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn telling_someone_and_calling_for_something_are_speech_after_any_act() {
        for (text, who) in [
            (
                "Pence sought to address the concerns, telling CBS in an interview that Trump has a great heart.",
                "Pence",
            ),
            ("Kirk broke with McConnell last month, calling for hearings and a vote on the nominee.", "Kirk"),
            ("Jane Goodall sent a letter to every senator on Tuesday urging them to oppose the plan.", "Jane Goodall"),
        ] {
            assert_eq!(mention(text).as_deref(), Some(who), "{text}");
        }
        // After an act, "calling it" explains the act in the outlet's words.
        assert_eq!(mention("The company accepted the helicopters, calling it a gift."), None);
    }

    #[test]
    fn telling_someone_to_do_something_is_a_directive_of_the_teller() {
        // Requests and directives are the requester's, as "asked X to" is.
        assert_eq!(mention("Trump tells the Treasury Department to examine two powers.").as_deref(), Some("Trump"));
        assert_eq!(
            mention("The military government has told people to wear bright clothes from Monday.").as_deref(),
            Some("The military government")
        );
    }

    #[test]
    fn an_adjective_before_a_plural_role_noun() {
        assert_eq!(
            mention("Just a day after the vote, congressional aides told Reuters the lawmakers wanted to meet.")
                .as_deref(),
            Some("congressional aides")
        );
    }

    #[test]
    fn a_request_coordinated_with_an_act_is_the_subject_s() {
        assert_eq!(
            mention("Fusion last week sued the bank and asked the court to issue an injunction.").as_deref(),
            Some("Fusion")
        );
    }

    #[test]
    fn asylum_claims_results_filed_and_testimony_to_come_are_no_reports() {
        for text in [
            "Last year, more than 6,000 people claimed asylum in Denmark.",
            "The Springfield, Massachusetts, company reports its October-quarter results on December 1.",
            "She will testify before the Judiciary Committee on Nov. 15.",
        ] {
            assert_eq!(mention(text), None, "{text}");
        }
        assert_eq!(mention("The company reported that sales fell.").as_deref(), Some("The company"));
    }

    #[test]
    fn a_report_inside_a_quotation_is_the_quoted_speaker_s_words() {
        // The gap before "Sido" is where the archive removed the closing mark.
        let f = find("They promised that they would help rebuild Raqqa,  Sido said.", false).unwrap();
        assert_eq!((f.mention.as_str(), f.reported_by), ("Sido", None));
        // A phrase quoted inside the content does not make the whole of it a quotation.
        let f = find("Trump told Xi that the U.S. would uphold the  one China policy,  Xinhua said.", false).unwrap();
        assert_eq!((f.mention.as_str(), f.reported_by.as_deref()), ("Trump", Some("Xinhua")));
        // Reported speech nests: the inner speaker holds the claim.
        let f = find("Trump told Xi that the U.S. upheld the policy, Xinhua said.", false).unwrap();
        assert_eq!((f.mention.as_str(), f.reported_by.as_deref()), ("Trump", Some("Xinhua")));
    }

    #[test]
    fn a_name_after_a_closing_gap_before_a_description_in_commas() {
        for text in [
            "They came here and attacked Raila,  Anthony Oluoch, opposition MP for Mathare constituency, told Reuters.",
            "The brawl was bad,  Anthony Oluoch, an opposition MP, told Reuters.",
        ] {
            assert_eq!(mention(text).as_deref(), Some("Anthony Oluoch"), "{text}");
        }
        // An opening phrase, or an apposition to the noun before, is no name.
        assert_eq!(
            mention("In New York, a city official, speaking on Monday, said prices rose.").as_deref(),
            Some("a city official")
        );
        assert_eq!(
            mention("It sold its stake to its rival, Goldman Sachs, a person familiar with the deal, told Reuters.")
                .as_deref(),
            Some("a person familiar with the deal")
        );
    }

    #[test]
    fn the_review_s_counterexamples_keep_their_readings() {
        // A list before "and" is no clause.
        assert_ne!(
            mention("Smith, Jones, and Brown rejected the plan, saying it was unfair.").as_deref(),
            Some("Brown")
        );
        // Winning is no claim; a strike called a week after talks is no label.
        assert_eq!(mention("Kipchoge made history by claiming his fourth marathon title."), None);
        assert_eq!(mention("Nadal regained the top ranking by claiming the title he had lost last year."), None);
        assert_eq!(mention("The minister hit back by saying voters deserve better.").as_deref(), Some("The minister"));
        assert_eq!(
            mention("Investigators found traces of the drug in his blood, saying it was a poisoning.").as_deref(),
            Some("Investigators")
        );
        assert_eq!(mention("The union called a strike a week after talks collapsed."), None);
        // A people's participle is a reduced relative; a noun modifier is no verb.
        assert_eq!(
            mention("Rohingya Muslims displaced by the violence told Reuters they feared for their lives.").as_deref(),
            Some("Rohingya Muslims displaced by the violence")
        );
        assert_eq!(
            mention("Senate tax cut negotiators rejected the idea, saying it would cost too much.").as_deref(),
            Some("Senate tax cut negotiators")
        );
        // A company's past results are its own account.
        assert_eq!(mention("Tesla reported record profits of $1.1 billion.").as_deref(), Some("Tesla"));
    }

    #[test]
    fn writing_off_a_loss_is_no_report() {
        assert_eq!(mention("It bought Ocean Bank, which had to be completely written off."), None);
        assert_eq!(mention("The bank wrote off the loans last year."), None);
        assert_eq!(mention("The bank wrote that the loans were lost.").as_deref(), Some("The bank"));
    }

    #[test]
    fn a_name_then_an_indefinite_description_in_commas() {
        let f =
            find("Bocanegra, a Democrat, wrote on Facebook on Nov. 20, “News stories were reported.”", true).unwrap();
        assert_eq!(f.mention, "Bocanegra");
        // Not when the description is the subject after an opening phrase.
        let f = find("On Monday, a spokesman, speaking anonymously, said the talks failed.", false);
        assert_ne!(f.map(|f| f.mention).as_deref(), Some("On Monday"));
    }

    #[test]
    fn a_short_aside_in_parentheses_does_not_hide_the_speaker() {
        let sent = Sent::new("“Not a chance,” author Harlan Coben (@HarlanCoben) tweeted Tuesday.");
        assert!(find_in(&sent, true).is_none(), "the aside splits the name from its verb");
        let bare = sent.without_asides().unwrap();
        let found = find_in(&bare, true).unwrap();
        assert_eq!((found.mention.as_str(), found.cue.as_str()), ("author Harlan Coben", "tweeted"));
        // Nothing to drop: no parentheses, or an aside that is itself a report.
        assert!(Sent::new("Prices rose, he said.").without_asides().is_none());
        assert!(Sent::new("Prices rose 3 percent (he said) in May.").without_asides().is_none());
    }

    #[test]
    fn subject_said_that() {
        assert_eq!(
            f("Putin said he would follow up his meeting."),
            Some(("Putin".into(), "said".into(), AttributionType::Indirect))
        );
    }

    #[test]
    fn closing_x_said() {
        assert_eq!(
            f("Now the most important thing is peace, Putin said."),
            Some(("Putin".into(), "said".into(), AttributionType::Direct))
        );
    }

    #[test]
    fn closing_said_x() {
        assert_eq!(mention("We are ready to have a dialogue with them, said Assad."), Some("Assad".into()));
    }

    #[test]
    fn an_infinitive_adverb_or_participle_phrase_opening_the_sentence_is_no_subject() {
        assert_eq!(mention("To add to the confusion, these fighters despise the Houthis."), None);
        assert_eq!(
            mention("Late on Thursday, Franks, a congressman, issued a statement saying he quit."),
            Some("Franks".into())
        );
        assert_eq!(
            mention("Nearby at a bus stop downtown, Republican Sara Teet, 35, said she remained conflicted."),
            Some("Republican Sara Teet".into())
        );
        assert_eq!(
            mention("Speaking at a news conference, Aso, who is also finance minister, said so."),
            Some("Aso".into())
        );
        assert_eq!(
            mention("Appearing on several television shows, Collins said she wanted relief."),
            Some("Collins".into())
        );
    }

    #[test]
    fn closing_speakers_with_a_place_a_mission_or_a_hyphenated_title() {
        assert_eq!(
            mention("There is high anxiety in parts of DHS,  three officials there said."),
            Some("three officials".into())
        );
        assert_eq!(
            mention("The sanctions are genocide, the North Korean mission to the United Nations said in a statement."),
            Some("the North Korean mission to the United Nations".into())
        );
        assert_eq!(mention("The party must fight, its leader-in-waiting said."), Some("its leader-in-waiting".into()));
        // The name ends where the occasion begins, however long what follows it.
        assert_eq!(
            mention("This is pure speculation, said White House spokesman Raj Shah in an emailed statement about staff moves."),
            Some("White House spokesman Raj Shah".into())
        );
        // Not a clause after the cue.
        assert_eq!(
            mention("Ben Rhodes, an adviser, said some 40,000 Cubans arrived in the United States in 2015."),
            Some("Ben Rhodes".into())
        );
    }

    #[test]
    fn subjects_with_a_participle_an_adverbial_or_an_appositive_before_a_coordinated_cue() {
        assert_eq!(
            mention("The ranger unit conducting the operation said the shot was fired from a heavier weapon."),
            Some("The ranger unit conducting the operation".into())
        );
        assert_eq!(
            mention("All four Japanese automakers building cars in Mexico said they have no plans."),
            Some("All four Japanese automakers building cars in Mexico".into())
        );
        assert_eq!(
            mention("Trump during the debate again said allies must pay."),
            Some("Trump during the debate".into())
        );
        assert_eq!(
            mention("Senator John Cornyn, the Senate's No. 2 Republican, withdrew his endorsement but said voters should decide."),
            Some("Senator John Cornyn".into())
        );
        assert_eq!(
            mention("In a letter on Tuesday, a dozen civil liberties organizations said the bill would threaten free speech."),
            Some("a dozen civil liberties organizations".into())
        );
        // A growing number is no participle phrase after a noun.
        assert_eq!(mention("The growing number of attacks said nothing."), None);
    }

    #[test]
    fn a_list_of_holders_with_commas_is_one_subject_but_an_apposition_is_not() {
        assert_eq!(
            mention("Democrats, some Republicans and a number of large companies have pushed for it."),
            Some("Democrats, some Republicans and a number of large companies".into())
        );
        assert_eq!(
            mention("Robert Kelner, Stephen Anthony and Brian Smith said they would not comment."),
            Some("Robert Kelner, Stephen Anthony and Brian Smith".into())
        );
        // Not an adverb opening the list, nor a count before names in apposition.
        assert!(!mention("Privately, lobbyists, economists, and analysts expressed concern.")
            .unwrap()
            .starts_with("Privately"));
        assert_eq!(
            mention(
                "Two others, Representative Ruben Kihuen and Representative Blake Farenthold, have said they will go."
            ),
            Some("Representative Ruben Kihuen and Representative Blake Farenthold".into())
        );
        assert_eq!(mention("A number of lawyers said the plea could help."), Some("A number of lawyers".into()));
        assert_eq!(
            mention("The NRA, a lobbying group that claims 4 million members, said it was happy."),
            Some("The NRA".into())
        );
    }

    #[test]
    fn speakers_with_a_place_a_participle_a_restrictive_that_or_a_closing_relative_clause() {
        assert_eq!(mention("It was part of drills, state media in Tehran said."), Some("state media in Tehran".into()));
        assert_eq!(
            mention("The Saudi-led coalition fighting in Yemen said it would keep the port open."),
            Some("The Saudi-led coalition fighting in Yemen".into())
        );
        assert_eq!(
            mention("Some conservative groups that favor lower immigration said they would welcome curbs."),
            Some("Some conservative groups".into())
        );
        assert_eq!(
            mention("Cohn would give advisers the upper hand, said a Wall Street executive who asked not to be named."),
            Some("a Wall Street executive who asked not to be named".into())
        );
        assert_eq!(
            mention("Corruption is a slap in the face, said analyst Robtel Pailey who also criticized the president."),
            Some("analyst Robtel Pailey".into())
        );
        // A programme's name before "show" is not a verb's subject.
        assert_eq!(
            mention("He put his objectivity in question, Graham said on NBC s Today show."),
            Some("Graham".into())
        );
        // The clause after a cue inside the quotation stays the quotation's.
        assert_eq!(
            mention("Mulvaney, the director of the Office of Management and Budget, told MSNBC: I think we will release it."),
            Some("Mulvaney".into())
        );
    }

    #[test]
    fn a_sentence_wholly_inside_one_quotation_has_no_cue_of_its_own() {
        let quoted =
            "\u{201c}If all six members of the committee said they believe it, that would be a problem.\u{201d}";
        assert_eq!(find(quoted, true), None);
        // Without marks, or with the cue after the closing mark, the cue is the sentence's.
        assert!(find("\u{201c}It is a problem,\u{201d} Graham said.", true).is_some());
        assert!(find("Six members said they believe it.", true).is_some());
        // A quotation running on past the sentence keeps only a closing cue.
        assert_eq!(find("\u{201c}People said we would fail. ", true), None);
        let f = find("\u{201c}There is a lot of anger, she said.", true).unwrap();
        assert_eq!(f.mention, "she");
        // A quotation opened earlier closes here: its words are the closing speaker's.
        let f = find("He still firmly believes that,\u{201d} she said.", true).unwrap();
        assert_eq!((f.mention.as_str(), f.kind_of_quote), ("she", AttributionType::Direct));
    }

    #[test]
    fn said_after_a_subject_and_its_apposition_is_the_main_verb() {
        assert_eq!(
            mention("Representative Jeff Duncan, another South Carolina Republican, said Diyab, charged with forging passports, could pose a threat."),
            Some("Representative Jeff Duncan".into())
        );
        // A quotation before ", said X" leaves X the speaker, whatever follows the name.
        assert_eq!(
            mention("It seemed good, said Koichiro Iizuka, an infant abandoned when his mother, Yaeko Taguchi, was abducted."),
            Some("Koichiro Iizuka".into())
        );
        // Plural roles and agents head a subject; a rarer inverted cue only closes the sentence.
        assert_eq!(
            mention("In their statement, however, the intelligence chiefs warned that it would end."),
            Some("the intelligence chiefs".into())
        );
        assert_eq!(mention("The bills would soar, warned the founders."), Some("the founders".into()));
        assert_eq!(
            mention("Senator John McCain warned Iraq's government of severe consequences."),
            Some("Senator John McCain".into())
        );
        assert_eq!(
            mention("A lobby coalition rejected Brady's statement outright, saying the move would penalize taxpayers."),
            Some("A lobby coalition".into())
        );
    }

    #[test]
    fn a_label_given_without_its_quotation_marks() {
        assert_eq!(mention("Lemisch called the opinion highly extraordinary."), Some("Lemisch".into()));
        assert_eq!(mention("Trump called the sold-out show highly overrated on Sunday."), Some("Trump".into()));
        assert_eq!(mention("They called the police on Monday."), None);
    }

    #[test]
    fn openers_and_names_are_not_confused() {
        // An opener is no name before an apposition.
        assert_ne!(
            mention("On Monday, the ministry, which oversees police, denied it and said it would act.").as_deref(),
            Some("On Monday")
        );
        // A capitalised "-ing" name is a subject, not an adverbial.
        assert_eq!(mention("Boeing in a statement said it would cut jobs."), Some("Boeing in a statement".into()));
        assert_eq!(
            mention("Running on pledges to cut taxes, the party won, its leader said."),
            Some("its leader".into())
        );
        // "show" after a document is the verb.
        assert!(find("Prices rose, data from the Commerce Department show.", false).is_some());
    }

    #[test]
    fn a_speaker_set_off_by_commas_inside_the_words() {
        assert_eq!(mention("The plan, he said, would fail."), Some("he".into()));
        assert_eq!(
            mention("The deal will ensure support, one added, to guard against the stance."),
            Some("one".into())
        );
        // Not a relative clause's verb, nor a list.
        assert_eq!(mention("The plan, which he said was good, would fail."), None);
        assert_eq!(mention("Apples, pears, plums, and figs were sold."), None);
    }

    #[test]
    fn playing_down_an_incident_is_a_stance() {
        assert_eq!(mention("But May's spokeswoman played down the incident."), Some("May's spokeswoman".into()));
        assert_eq!(mention("The band played songs all night."), None);
    }

    #[test]
    fn acts_and_notes_are_no_claims() {
        assert_eq!(mention("Just Tuesday, Republicans conceded the seat."), None);
        assert_eq!(mention("Democrats claimed historic gains in the statehouse."), None);
        assert_eq!(mention("Trump last week declared the opioid crisis a public health emergency."), None);
        assert_eq!(mention("(This version of the story amends headline to show Hun Sen said so)"), None);
        // Claims and concessions that are statements stay.
        assert_eq!(mention("Republicans conceded that the bill would fail."), Some("Republicans".into()));
        assert_eq!(mention("Trump declared that the crisis was over."), Some("Trump".into()));
        // A name inside a quotation is no apposition to the speaker after it.
        let f = find("\u{201c}That is Donald Trump,\u{201d} DNC interim Chair Donna Brazile said.", true).unwrap();
        assert_eq!(f.mention, "DNC interim Chair Donna Brazile");
    }

    #[test]
    fn asides_between_dashes_adverbs_of_time_and_a_workplace_after_a_name() {
        assert_eq!(
            mention("The House Energy and Commerce committee - one of several panels - said in its letter that help is needed."),
            Some("The House Energy and Commerce committee".into())
        );
        assert_eq!(mention("Saudi Arabia has since said that aid can go through."), Some("Saudi Arabia".into()));
        assert_eq!(
            mention("Earlier a member of his party said Hariri will leave."),
            Some("a member of his party".into())
        );
        assert_eq!(
            mention("We hope he will withdraw,  said marine biologist Jackie Savitz of the Oceana conservation group."),
            Some("marine biologist Jackie Savitz".into())
        );
        assert_eq!(mention("It rose, said Bank of America."), Some("Bank of America".into()));
        assert_eq!(mention("This is a miracle,  said Zhong on the second day of the visit."), Some("Zhong".into()));
        assert_eq!(
            mention("The disputed acting director of the bureau said in a filing that she will sue."),
            Some("The disputed acting director of the bureau".into())
        );
        // A phrase ending in a preposition is no subject.
        assert_eq!(mention("The authority for who can end the deal - Trump or Congress - is disputed."), None);
    }

    #[test]
    fn according_to_at_end_and_start() {
        assert_eq!(
            mention("He flew out four hours after landing, according to the Kremlin."),
            Some("the Kremlin".into())
        );
        assert_eq!(mention("According to police, the man fled."), Some("police".into()));
        // The sentence's closing bracket is the acronym's.
        assert_eq!(
            mention("Output rose, according to the Energy Information Administration (EIA)."),
            Some("the Energy Information Administration (EIA)".into())
        );
    }

    #[test]
    fn nested_reporter_gives_the_inner_speaker() {
        let found = find("According to the Kremlin, Putin told Trump that the leader confirmed it.", false).unwrap();
        assert_eq!(found.mention, "Putin");
        assert_eq!(found.reported_by.as_deref(), Some("the Kremlin"));
    }

    #[test]
    fn told_addressee_with_colon_is_direct() {
        let found = find("Assad told the Russian leader: At this stage we move on.", false).unwrap();
        assert_eq!(found.mention, "Assad");
        assert_eq!(found.kind_of_quote, AttributionType::Direct);
    }

    #[test]
    fn parenthetical_between_subject_and_verb() {
        assert_eq!(
            mention("Russian Foreign Minister Sergei Lavrov, speaking in Moscow, said the resignations would help."),
            Some("Russian Foreign Minister Sergei Lavrov".into())
        );
    }

    #[test]
    fn through_an_interpreter_tail() {
        let found = find("We count on support, he said through an interpreter.", false).unwrap();
        assert_eq!(found.mention, "he");
        assert_eq!(found.cue, "said through an interpreter");
    }

    #[test]
    fn statement_form() {
        let found = find("The talks were useful, the White House said in a statement.", false).unwrap();
        assert_eq!(found.mention, "the White House");
        assert_eq!(found.cue, "said in a statement");
    }

    #[test]
    fn anonymous_with_stripped_possessive() {
        assert_eq!(
            mention("The call dealt with Iran, according to a source in Netanyahu s office."),
            Some("a source in Netanyahu's office".into())
        );
        assert_eq!(
            mention("Some people familiar with the Kremlin s thinking say that Russia would not insist."),
            Some("Some people familiar with the Kremlin's thinking".into())
        );
    }

    #[test]
    fn declined_to_say_mid_sentence() {
        let found =
            find("After the talks in October, 2015 a Kremlin spokesman declined to say if it came up.", false).unwrap();
        assert_eq!(found.mention, "a Kremlin spokesman");
        assert_eq!(found.cue, "declined to say");
    }

    #[test]
    fn no_cue_no_attribution() {
        assert_eq!(mention("Syrian government forces took control of Albu Kamal."), None);
        assert_eq!(mention("Hijab headed the committee, and had insisted on his removal."), None);
    }

    #[test]
    fn intro_phrase_before_subject() {
        assert_eq!(
            mention("Sitting at a small table in Sochi, southern Russia, Putin told Assad it was time."),
            Some("Putin".into())
        );
    }

    #[test]
    fn coordinated_subject_keeps_the_outer_reporter() {
        let found = find("On Tuesday, Trump and Putin stressed the process, the White House said.", false).unwrap();
        assert_eq!(found.mention, "the White House");
    }

    #[test]
    fn quoted_with_straight_quotes() {
        let found = find("\"We will win,\" she said.", true).unwrap();
        assert_eq!(found.mention, "she");
        assert_eq!(found.kind_of_quote, AttributionType::Direct);
    }

    #[test]
    fn quoted_as_saying() {
        let found = find("The minister was quoted as saying the plan would work.", false).unwrap();
        assert_eq!(found.mention, "The minister");
        assert_eq!(found.cue, "quoted as saying");
    }

    #[test]
    fn a_closing_cue_may_end_in_a_call_or_post_with_its_determiner() {
        for text in [
            "“I worry that the plan will fail,” Democratic Senator Chris Murphy told reporters on a conference call.",
            "“I worry that the plan will fail,” Murphy said in a Twitter post.",
        ] {
            let found = find(text, true).unwrap();
            assert!(found.mention.ends_with("Murphy"), "{text}: {}", found.mention);
            assert_eq!(found.kind_of_quote, AttributionType::Direct, "{text}");
        }
    }

    #[test]
    fn the_subject_of_a_sentence_that_opens_with_a_quotation_comes_after_it() {
        let found =
            find("“I don’t know why he’s saying that,” she said of Sanders calling her unqualified.", true).unwrap();
        assert_eq!((found.mention.as_str(), found.kind_of_quote), ("she", AttributionType::Direct));
        let found = find(
            "“I’m encouraged by the choice,” Senate Majority Leader Mitch McConnell said in a statement that pledged \
             “timely” consideration.",
            true,
        )
        .unwrap();
        assert_eq!(found.mention, "Senate Majority Leader Mitch McConnell");
    }

    #[test]
    fn a_cue_form_after_a_determiner_in_a_postmodifier_is_a_noun() {
        for (text, mention) in [
            ("Rules need refinement, the nominee for the post told lawmakers.", "the nominee for the post"),
            (
                "The two could no longer talk, two people familiar with the call told Reuters.",
                "two people familiar with the call",
            ),
        ] {
            assert_eq!(find(text, false).unwrap().mention, mention, "{text}");
        }
    }

    #[test]
    fn a_speaker_opening_the_content_of_according_to_is_its_source() {
        let found = find(
            "Cambodian Prime Minister Hun Sen has warned his party it could lose the election, according to a \
             recording leaked online on Thursday.",
            false,
        )
        .unwrap();
        assert_eq!(found.mention, "Cambodian Prime Minister Hun Sen");
        assert_eq!(found.reported_by.as_deref(), Some("a recording leaked online on Thursday"));
        // Not a pledge or a count: those are the document's.
        for text in [
            "Trump has pledged to shrink deficits that stood at $63 billion, according to U.S. Census Bureau data.",
            "Some 64 percent of U.S. adults say they are worried, according to a Gallup poll.",
        ] {
            assert!(find(text, false).unwrap().reported_by.is_none(), "{text}");
        }
    }

    #[test]
    fn making_something_clear_is_saying_it() {
        for (text, mention) in [
            ("Trump has made clear he wants to take a tough stance against Iran.", Some("Trump")),
            ("The European Commission has made it clear to Albania it wants results.", Some("The European Commission")),
            ("Sessions is under pressure from his boss, who has made clear he wants a probe.", None),
        ] {
            assert_eq!(find(text, false).map(|f| f.mention).as_deref(), mention, "{text}");
        }
    }

    #[test]
    fn the_outlets_credits_report_nothing() {
        for text in [
            "(Additional reporting by Alana Wise in Washington; Editing by Alistair Bell) This article was funded in part by SAP.",
            "(Reporting by Steve Holland; Editing by Peter Cooney)",
        ] {
            assert!(find(text, true).is_none(), "{text}");
        }
    }

    #[test]
    fn two_clauses_with_the_same_cue_word_hold_the_claim_jointly() {
        for (text, mention) in [
            ("Moscow has denied the allegations, and Trump has denied any collusion.", "Moscow and Trump"),
            ("Russia denies the allegations and Trump denies any collusion.", "Russia and Trump"),
            ("The Kremlin has repeatedly denied meddling and Trump has denied collusion.", "The Kremlin and Trump"),
            // A different verb is a separate remark; a pronoun is not a second holder.
            ("Russia has denied meddling and Trump has said there was no collusion.", "Russia"),
            ("Lopez said he would run and I said he should.", "Lopez"),
        ] {
            assert_eq!(find(text, false).unwrap().mention, mention, "{text}");
        }
    }

    #[test]
    fn quoted_as_saying_after_a_subject_with_an_abbreviation_in_brackets() {
        let found = find(
            "It is an eclipse of the mind,  main opposition Republican People s Party (CHP) chairman Kemal \
             Kilicdaroglu was cited as saying by broadcaster CNN Turk.",
            false,
        )
        .unwrap();
        assert_eq!(found.mention, "chairman Kemal Kilicdaroglu");
        assert_eq!(found.kind_of_quote, AttributionType::Direct, "the quotation closes before its cue");
        assert_eq!(found.reported_by.as_deref(), Some("broadcaster CNN Turk"));
    }

    #[test]
    fn appositive_after_the_name_is_not_the_speaker() {
        assert_eq!(
            mention("\u{201c}Russia attacked us,\u{201d} Senator Ben Cardin, the top Democrat on the committee, told a news conference."),
            Some("Senator Ben Cardin".into())
        );
    }

    #[test]
    fn a_name_between_commas_after_a_role_is_the_speaker() {
        assert_eq!(
            mention("Pence\u{2019}s press secretary, Alyssa Farah, said the trip would go ahead."),
            Some("Alyssa Farah".into())
        );
    }

    #[test]
    fn relative_clause_between_subject_and_verb() {
        assert_eq!(
            mention("Senator Amy Klobuchar, who just returned from Ukraine and Georgia with Graham, said the actions justified a probe."),
            Some("Senator Amy Klobuchar".into())
        );
    }

    #[test]
    fn time_adverbial_between_subject_and_verb() {
        assert_eq!(
            mention("Iraq s prime minister on Tuesday said the country would not retaliate."),
            Some("Iraq's prime minister".into())
        );
        assert_eq!(mention("A note on Wednesday said the official was dismissed."), Some("A note".into()));
    }

    #[test]
    fn agentless_passives_name_no_speaker() {
        assert_eq!(mention("Sentences were not announced."), None);
        assert_eq!(mention("The plan was announced on Monday."), None);
    }

    #[test]
    fn nouns_that_look_like_cues_are_not_cues() {
        assert_eq!(mention("Former President Barack Obama s tweets were more liked than any other."), None);
        assert_eq!(mention("The report was published in May."), None);
    }

    #[test]
    fn a_closing_report_outranks_an_instruction_inside_it() {
        // The instruction is the administration's, as the Post reports it.
        assert_eq!(
            mention("The administration has told agencies to avoid certain words, the Washington Post reported."),
            Some("the Washington Post".into())
        );
        assert_eq!(
            mention("The administration has told agencies to avoid certain words.").as_deref(),
            Some("The administration")
        );
        assert_eq!(mention("Putin told Assad it was time to pivot to a peaceful solution."), Some("Putin".into()));
    }

    #[test]
    fn an_inner_speaker_needs_a_that_clause() {
        assert_eq!(
            mention("The Israeli leader stressed his country s security concerns, the source said."),
            Some("the source".into())
        );
        assert_eq!(
            mention("Trump said that Putin told him that nothing happened, the newspaper reported."),
            Some("Trump".into())
        );
    }

    #[test]
    fn speakers_inside_relative_clauses_do_not_hold_the_main_claim() {
        assert_eq!(
            mention("A crackdown made headlines this year when Germany accused Vietnam of kidnapping a businessman."),
            None
        );
    }

    #[test]
    fn a_complement_clause_is_not_a_closing_attribution() {
        assert_eq!(
            find(
                "He returned from a trip to Ukraine and Georgia with McCain, said Russia s actions justified a probe.",
                false
            )
            .map(|f| f.mention),
            None
        );
    }

    #[test]
    fn bare_role_nouns_and_titles_without_article() {
        assert_eq!(
            mention("Five officials were prosecuted, police said on Friday, part of a wider crackdown."),
            Some("police".into())
        );
        assert_eq!(
            mention("The claim is false, spokesman Matt Lloyd said in a statement."),
            Some("spokesman Matt Lloyd".into())
        );
    }

    #[test]
    fn show_and_find_need_a_document_subject() {
        assert_eq!(mention("He fled after police found explosives at his house."), None);
        assert_eq!(mention("Police records show the car was stolen."), Some("Police records".into()));
    }

    #[test]
    fn calls_for_are_positions_but_phone_calls_are_not() {
        assert_eq!(
            mention("Democratic lawmakers called on Monday for an independent commission."),
            Some("Democratic lawmakers".into())
        );
        assert_eq!(mention("The two leaders called each other on Tuesday."), None);
    }

    #[test]
    fn restrictive_relative_clause_after_the_subject() {
        assert_eq!(
            mention("Republican senators who have been critical of the plan said that some taxpayers could lose."),
            Some("Republican senators".into())
        );
    }

    #[test]
    fn groups_and_quantified_groups_as_speakers() {
        assert_eq!(mention("Critics of that approach say it lacks nuance."), Some("Critics of that approach".into()));
        assert_eq!(
            mention("Both sides in the battle say they have the law on their side."),
            Some("Both sides in the battle".into())
        );
        assert_eq!(mention("He went hiking on Nov. 29, one of the people said."), Some("one of the people".into()));
    }

    #[test]
    fn long_appositives_before_a_closing_cue() {
        assert_eq!(
            mention("\u{201c}We will spend more,\u{201d} Meadows, chairman of the small but influential House Freedom Caucus, said on the program."),
            Some("Meadows".into())
        );
    }

    #[test]
    fn a_modifier_before_a_title() {
        assert_eq!(
            mention("The plan follows a blueprint, retired Lieutenant General Amjad Shuaib told Reuters."),
            Some("retired Lieutenant General Amjad Shuaib".into())
        );
    }

    #[test]
    fn a_closing_attribution_after_a_quoted_question() {
        assert_eq!(mention("Is there any place that holds demonstrations like this?  he said."), Some("he".into()));
    }

    #[test]
    fn nouns_after_prepositions_are_not_cues() {
        assert_eq!(
            mention(
                "Huy Vannak, undersecretary of state at the Interior Ministry, said 56 passports had been revoked."
            ),
            Some("Huy Vannak".into())
        );
    }

    #[test]
    fn rejecting_accusations_is_a_denial_but_rejecting_a_bill_is_an_act() {
        assert_eq!(mention("Washington has rejected the accusations as baseless."), Some("Washington".into()));
        assert_eq!(mention("Parliament rejected the bill on Tuesday."), None);
        // An idea or a call rejected is a position too; a proposal put to a vote is not.
        assert_eq!(mention("On Wednesday, Gutierrez rejected the idea."), Some("Gutierrez".into()));
        assert_eq!(mention("Oettinger rejected calls for breaking off the talks."), Some("Oettinger".into()));
        assert_eq!(mention("Arizona voters rejected a similar proposal."), None);
    }

    #[test]
    fn a_document_noun_before_the_verb_is_the_subject_not_the_cue() {
        assert_eq!(
            mention("At least 74 mass graves were found, the U.N. report said."),
            Some("the U.N. report".into())
        );
        assert_eq!(mention("The U.N. report also called on Iraq to investigate."), Some("The U.N. report".into()));
    }

    #[test]
    fn show_needs_a_document_anywhere_in_its_subject() {
        assert_eq!(
            mention("The so-called Paradise Papers published on Sunday showed the investments of wealthy people."),
            Some("The so-called Paradise Papers published".into())
        );
        assert_eq!(mention("The fighters published on Sunday showed their weapons."), None);
    }

    #[test]
    fn phrasal_and_attitude_cues_need_their_complement() {
        assert_eq!(mention("The HHS pushed back on the report."), Some("The HHS".into()));
        assert_eq!(mention("The army pushed the rebels out of the town."), None);
        assert_eq!(mention("Rights groups have voiced concern over the arrests."), Some("Rights groups".into()));
        assert_eq!(mention("The singer voiced a character in the film."), None);
        assert_eq!(mention("Jan Egeland posted on Twitter that all ports must open."), Some("Jan Egeland".into()));
        assert_eq!(
            mention("Most Republicans see the U.N.'s actions as attempts to influence U.S. policy."),
            Some("Most Republicans".into())
        );
        assert_eq!(mention("Trump will see the pope on Wednesday."), None);
    }

    #[test]
    fn topics_feelings_and_acts_are_not_claims() {
        assert_eq!(mention("More than 70 percent of Afghans fear for their personal safety."), None);
        assert_eq!(mention("Bloomberg News wrote about his hiring earlier on Friday."), None);
        assert_eq!(mention("Twitter revealed the year's most liked tweets on Tuesday."), None);
        assert_eq!(mention("The ministry revealed the army had lost 40 tanks."), Some("The ministry".into()));
        // "maintain" and "signal" report a claim only with a clause after them.
        assert_eq!(mention("He has long maintained that his conviction was unfair."), Some("He".into()));
        assert_eq!(mention("China signaled on Wednesday it was willing to back an inquiry."), Some("China".into()));
        assert_eq!(mention("The city maintained the roads."), None);
        assert_eq!(mention("The driver signaled a left turn."), None);
        // Verbs that take a plain object report a claim with a clause or at the end.
        assert_eq!(mention("Trump charged that the department is trying to help Clinton."), Some("Trump".into()));
        assert_eq!(mention("The economy will shrink, the minister observed."), Some("the minister".into()));
        assert_eq!(mention("Officials charged with drafting the budget met on Monday."), None);
        assert_eq!(mention("Thousands protested in freezing weather on Sunday."), None);
        assert_eq!(mention("He lamented the loss of his seat."), None);
        // Speech acts: "quipped", "boasted".
        assert_eq!(mention("When nothing is left they will sell their souls, he quipped."), Some("he".into()));
    }

    #[test]
    fn progressives_are_active_and_adverbs_sit_between_subject_and_verb() {
        assert_eq!(mention("Democrats are insisting that any increase be matched."), Some("Democrats".into()));
        assert_eq!(
            mention("Police and the government vehemently reject those allegations."),
            Some("Police and the government".into())
        );
        assert_eq!(
            mention("Schumer and Pelosi instead said they would continue their talks."),
            Some("Schumer and Pelosi".into())
        );
    }

    #[test]
    fn the_verb_of_a_relative_clause_or_a_subordinate_clause_is_not_the_main_cue() {
        assert_eq!(mention("Activists who call for pluralism are regularly jailed."), None);
        assert_eq!(
            mention("Sessions ducked a question about a second counsel, as some Republicans have demanded."),
            None
        );
        assert_eq!(mention("The survey comes as the United States in August announced a boost in troops."), None);
    }

    #[test]
    fn more_verbs_of_position_each_with_its_complement() {
        assert_eq!(
            mention("Justice Anthony Kennedy questioned whether the limits mattered."),
            Some("Justice Anthony Kennedy".into())
        );
        assert_eq!(
            mention("Some diplomats brushed off the warning as aimed at voters."),
            Some("Some diplomats".into())
        );
        assert_eq!(mention("Israel considers Jerusalem its eternal capital."), Some("Israel".into()));
        assert_eq!(mention("The court will consider the case next week."), None);
        assert_eq!(
            mention("Governor Ricardo Rossello has defended the contract saying it was necessary."),
            Some("Governor Ricardo Rossello".into())
        );
        assert_eq!(
            mention("Congo's highest court ruled last week that the president could stay."),
            Some("Congo's highest court".into())
        );
    }

    #[test]
    fn appointments_and_letters_are_acts() {
        assert_eq!(mention("The Senate ultimately confirmed Richard Griffin to the post in 2013."), None);
        assert_eq!(mention("Senators Maria Cantwell and Ron Wyden wrote a letter to Eugene Dodaro."), None);
        assert_eq!(mention("Freeport confirmed the evacuation plan."), Some("Freeport".into()));
    }

    #[test]
    fn introductory_words_and_what_clauses_are_not_speakers() {
        assert_eq!(
            mention("In Taipei, Chiu Chui-cheng, deputy minister of the Mainland Affairs Council, said China should respect Taiwan."),
            Some("Chiu Chui-cheng".into())
        );
        assert_eq!(
            mention("Japan trained with France in what sources earlier told Reuters was a show of force."),
            None
        );
        assert_eq!(mention("“One would hope that he at least gets some feedback,” Engel said."), Some("Engel".into()));
    }

    #[test]
    fn a_verb_coordinated_with_the_main_one_shares_its_subject() {
        assert_eq!(
            mention(
                "In an interview on Fox News late Thursday, Trump attacked the department and said he alone decides."
            ),
            Some("Trump".into())
        );
    }

    #[test]
    fn retorts_and_responses() {
        assert_eq!(mention("“Because you’d be in jail,” Trump shot back."), Some("Trump".into()));
        assert_eq!(mention("“I’m shocked to hear that,” Trump responded sarcastically."), Some("Trump".into()));
        assert_eq!(mention("Clinton in turn jabbed at Trump for his remarks."), Some("Clinton".into()));
        assert_eq!(mention("Edmonton police did not immediately respond to a request for comment."), None);
        assert_eq!(mention("Police shot dead two gunmen."), None);
    }

    #[test]
    fn a_passive_reporting_verb_names_its_agent() {
        assert_eq!(
            mention("Gulen is blamed by Ankara for instigating the coup, but denies any involvement."),
            Some("Ankara".into())
        );
        assert_eq!(mention("The plan was announced by the ministry on Monday."), Some("the ministry".into()));
    }

    #[test]
    fn the_subject_of_a_coordinated_clause_after_and_or_but() {
        assert_eq!(
            mention("Kabila is ineligible to stand again, but opponents accuse him of trying to delay the poll."),
            Some("opponents".into())
        );
        assert_eq!(
            mention("Puerto Rico is a U.S. territory and some critics of the bill have expressed concerns that it is unfair."),
            Some("some critics of the bill".into())
        );
    }

    #[test]
    fn a_name_after_a_role_and_before_its_own_aside() {
        assert_eq!(
            mention("Guatemala s foreign minister, Carlos Morales, who is not related to the president, told Reuters there was no request."),
            Some("Carlos Morales".into())
        );
        assert_eq!(
            mention("A community leader, Mahamad Accord, who did not speak to Sharif, said he was quiet."),
            Some("Mahamad Accord".into())
        );
    }

    #[test]
    fn a_medium_reporting_a_speaker_gives_the_speaker() {
        let f = find(
            "News magazine Der Spiegel reported that Gabriel had told party members that he was interested.",
            false,
        )
        .unwrap();
        assert_eq!((f.mention.as_str(), f.reported_by.as_deref()), ("Gabriel", Some("News magazine Der Spiegel")));
    }

    #[test]
    fn labels_characterisations_and_feelings_held() {
        assert_eq!(mention("Donald Trump has called climate change a hoax."), Some("Donald Trump".into()));
        assert_eq!(mention("The senator called a press conference on Monday."), None);
        assert_eq!(mention("Xinhua attacked Western democracy as divisive on Tuesday."), Some("Xinhua".into()));
        assert_eq!(mention("Rebels attacked the town on Tuesday."), None);
        assert_eq!(mention("In a commentary, Xinhua took aim at the crises of democracy."), Some("Xinhua".into()));
        assert_eq!(
            mention("Security agencies in Kosovo are worried that fighters will return."),
            Some("Security agencies in Kosovo".into())
        );
        assert_eq!(mention("The survey pointed to a mixed picture."), Some("The survey".into()));
        assert_eq!(mention("Backers of the bill are hoping the Senate signs off."), Some("Backers of the bill".into()));
    }

    #[test]
    fn positions_and_proposals_are_held_by_their_subject() {
        assert_eq!(mention("Juncker proposed a dinner with the leaders of four nations."), Some("Juncker".into()));
        assert_eq!(mention("Democrats oppose it as a give-away to the rich."), Some("Democrats".into()));
        assert_eq!(mention("It also encouraged stricter prescribing guidelines."), Some("It".into()));
        // A vote cast, a procedure, a passive: no position of a speaker.
        assert_eq!(mention("In September, Paul opposed a partial repeal of the law."), None);
        assert_eq!(mention("The Security Council will recommend a candidate for election."), None);
        assert_eq!(mention("As proposed by the Republicans, the corporate rate would fall."), None);
    }

    #[test]
    fn raised_concerns_is_an_attitude_raised_taxes_is_not() {
        assert_eq!(
            mention("European Union lawmakers have raised concerns over money laundering in Malta."),
            Some("European Union lawmakers".into())
        );
        assert_eq!(mention("The government raised taxes on fuel."), None);
        // The object of "of" is not the subject of "has raised".
        assert_eq!(mention("His firing of former FBI Director James Comey has raised concerns about a probe."), None);
    }

    #[test]
    fn commented_before_a_quotation() {
        assert_eq!(
            mention("The White House’s director of legislative affairs, Marc Short, commented, “We are disappointed.”"),
            Some("Marc Short".into())
        );
    }

    #[test]
    fn said_to_have_and_alleged_after_a_possessive_report_no_speaker() {
        assert_eq!(mention("The law froze assets of investigators and prosecutors said to have been involved."), None);
        assert_eq!(mention("The pledges were eclipsed by the furor over Russia’s alleged meddling in the vote."), None);
    }

    #[test]
    fn quoted_as_saying_gives_the_speaker_and_the_medium() {
        let f =
            find("Tasnim news agency quoted Minister of Sports Masoud Soltanifar as saying centers were open.", false)
                .unwrap();
        assert_eq!(
            (f.mention.as_str(), f.reported_by.as_deref()),
            ("Minister of Sports Masoud Soltanifar", Some("Tasnim news agency"))
        );
        let f = find("Minister Reza Ardakanian was quoted by ISNA news agency as saying that the dam held.", false)
            .unwrap();
        assert_eq!(
            (f.mention.as_str(), f.reported_by.as_deref()),
            ("Minister Reza Ardakanian", Some("ISNA news agency"))
        );
        assert_eq!(f.cue, "quoted as saying");
    }

    #[test]
    fn speaker_before_closing_according_to_is_the_source() {
        let f = find("We will widen the list, Zakharova said, according to Interfax.", false).unwrap();
        assert_eq!((f.mention.as_str(), f.reported_by.as_deref()), ("Zakharova", Some("Interfax")));
    }

    #[test]
    fn labels_in_quotation_marks_after_called() {
        assert_eq!(
            mention(
                "Daniel Lemisch, acting U.S. Attorney for the district, called the opinion “highly extraordinary.”"
            ),
            Some("Daniel Lemisch".into())
        );
        assert_eq!(mention("The mayor called the police to the scene."), None);
    }

    #[test]
    fn asides_with_noun_compounds_and_adverbs_before_the_cue() {
        assert_eq!(
            mention("Trump, a former reality TV show host who never held office, responded in a post that it was bad."),
            Some("Trump".into())
        );
        assert_eq!(
            mention("Erdogan, who served as mayor of Istanbul, has long argued for the need to replace it."),
            Some("Erdogan".into())
        );
        assert_eq!(
            mention("In a statement, the chairman of the caucus, Democratic Representative Cedric Richmond, called it a sham."),
            Some("Democratic Representative Cedric Richmond".into())
        );
    }

    #[test]
    fn inverted_speaker_with_a_counted_noun() {
        assert_eq!(mention("Macron in a very Trumpian mood, wrote one Twitter user."), Some("one Twitter user".into()));
    }

    #[test]
    fn a_speech_participle_after_the_main_clause() {
        assert_eq!(
            mention("Trump broached his idea in a tweet earlier this week, saying it would be great to repeal it."),
            Some("Trump".into())
        );
        assert_eq!(
            mention("Republicans have pushed to move the agency, saying that would make it accountable."),
            Some("Republicans".into())
        );
        assert_eq!(mention("The protests spread across the country, prompting a crackdown."), None);
    }

    #[test]
    fn issued_a_statement_is_speech_issued_visas_is_not() {
        assert_eq!(
            mention("House Speaker Paul Ryan issued a statement earlier calling the report “extremely troubling.”"),
            Some("House Speaker Paul Ryan".into())
        );
        assert_eq!(mention("The embassy issued visas to 300 people."), None);
        assert_eq!(
            mention(
                "“It is in the best interests of my family,” Kihuen, 37, said in a statement issued by his campaign."
            ),
            Some("Kihuen".into())
        );
    }

    #[test]
    fn quoted_as_saying_after_the_quotation() {
        let f =
            find("Teams are surveying the areas,  IRNA quoted local official Mohammadreza Mirsadeqi as saying.", false)
                .unwrap();
        assert_eq!(
            (f.mention.as_str(), f.reported_by.as_deref()),
            ("local official Mohammadreza Mirsadeqi", Some("IRNA"))
        );
        // The words before a closing "quoted as saying" are the quotation itself.
        assert_eq!(f.kind_of_quote, AttributionType::Direct);
        let f = find("Kurz was quoted as saying by OE24 that talks would be quick.", false).unwrap();
        assert_eq!(f.kind_of_quote, AttributionType::Indirect);
    }

    #[test]
    fn television_shows_but_a_tv_show_host_does_not() {
        assert_eq!(
            mention("Local television showed police escorting him from the chamber."),
            Some("Local television".into())
        );
        assert_eq!(mention("Trump, a former reality TV show host, won the vote."), None);
    }

    #[test]
    fn the_first_person_inside_a_quotation_is_its_speaker() {
        let f =
            find("I believe that preserving the unity of the 27 is of paramount importance, he said.", false).unwrap();
        assert_eq!((f.mention.as_str(), f.reported_by), ("he", None));
    }

    #[test]
    fn coordinated_clauses_share_or_name_their_subject() {
        assert_eq!(
            mention("He can only fire Mueller for good cause, and he told Congress last week he sees no basis."),
            Some("he".into())
        );
        assert_eq!(
            mention("Schoen could not be reached Thursday, but denied inappropriate contact in a statement."),
            Some("Schoen".into())
        );
    }

    #[test]
    fn bodies_named_by_their_kind_and_groups_with_a_participle() {
        assert_eq!(
            mention("Turkey s chamber of architects said in a statement that demolishing it was a crime."),
            Some("Turkey's chamber of architects".into())
        );
        assert_eq!(
            mention("The Saudi-led coalition fighting Yemen s Houthi movement said it had closed all ports."),
            Some("The Saudi-led coalition fighting Yemen's Houthi movement".into())
        );
    }

    #[test]
    fn attitudes_offered_cast_or_felt() {
        assert_eq!(
            mention("Senator Orrin Hatch on Tuesday offered qualified support for the House bill."),
            Some("Senator Orrin Hatch".into())
        );
        assert_eq!(
            mention("Senator Lindsey Graham cast some doubt on Congress' ability to pass it."),
            Some("Senator Lindsey Graham".into())
        );
        assert_eq!(
            mention("U.S. officials have grown increasingly concerned about the satellites."),
            Some("U.S. officials".into())
        );
        assert_eq!(
            mention("Like many Americans, George W. Bush was surprised that Trump fared so well."),
            Some("George W. Bush".into())
        );
        assert_eq!(mention("He offered a job to his nephew."), None);
        assert_eq!(mention("The team cast its net wide."), None);
        assert_eq!(mention("The crowd was surprised."), None);
    }
}
