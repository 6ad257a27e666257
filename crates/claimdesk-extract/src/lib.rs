//! Claim extraction for news text: a `&str` goes in, sentences with byte spans,
//! attributed sources and check-worthiness scores come out.
//!
//! The crate is pure on purpose: no I/O, no database, no global state. Lexicons are
//! `static` tables. Every span it returns is a valid `str` slice of the input, a
//! property the fuzz target and the tests check, so callers can highlight the text
//! they stored without re-deriving anything.

mod attribution;
mod continuity;
mod countries;
mod described;
mod lexicon;
mod score;
mod segment;
mod sources;
mod tidy;
mod token;

use serde::Serialize;

pub use score::{Reason, REASONS};
pub use segment::{detect_dateline, split_sentences, Dateline};

/// What kind of holder a source is. Stable lowercase codes: they are stored and exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Person,
    Organization,
    Government,
    Anonymous,
    Document,
    Media,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Government => "government",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Document => "document",
            SourceKind::Media => "media",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "person" => SourceKind::Person,
            "organization" => SourceKind::Organization,
            "government" => SourceKind::Government,
            "anonymous" => SourceKind::Anonymous,
            "document" => SourceKind::Document,
            "media" => SourceKind::Media,
            _ => return None,
        })
    }
}

/// How the sentence reports its source's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionType {
    /// The words are (or were, before an archive stripped the marks) quoted.
    Direct,
    /// Reported speech: "X said that ...".
    Indirect,
    /// No cue of its own; it continues an adjacent quotation by the same speaker.
    Continuation,
}

impl AttributionType {
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionType::Direct => "direct",
            AttributionType::Indirect => "indirect",
            AttributionType::Continuation => "continuation",
        }
    }
}

/// Who holds a sentence's main proposition, and how the text says so.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// Canonical name, one per entity per article ("Vladimir Putin", "a source in Netanyahu's office").
    pub source: String,
    pub kind: SourceKind,
    /// The words the sentence uses for the source ("he", "the Syrian leader", "Putin").
    pub mention: String,
    /// Title or function taken from the fullest mention ("Russian President").
    pub role: Option<String>,
    /// The reporting expression as written ("said", "according to", "told").
    pub cue: String,
    #[serde(rename = "type")]
    pub kind_of_quote: AttributionType,
    /// An outer reporter when attributions nest ("According to the Kremlin, Putin told ...").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<String>,
}

/// One sentence of the article with its analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    pub index: usize,
    /// Byte offset of the first byte in the analysed text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    pub text: String,
    pub checkworthy: bool,
    pub score: f64,
    pub reasons: Vec<String>,
    pub attribution: Option<Attribution>,
}

/// The whole analysis of one article body.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// "WASHINGTON (Reuters) - " at the top of the body, split off so it is not part of the first claim.
    pub dateline: Option<Dateline>,
    pub sentences: Vec<Sentence>,
}

/// Score at or above which a sentence counts as check-worthy.
pub const DEFAULT_THRESHOLD: f64 = 0.4;

/// Analyse an article body: segment it, attribute every sentence and score it.
///
/// Never panics, whatever the input; all spans lie on char boundaries inside `text`.
pub fn analyze(text: &str) -> Analysis {
    let dateline = segment::detect_dateline(text);
    let body_start = dateline.as_ref().map_or(0, |d| d.end);
    let spans = split_sentences(text, body_start);
    let quoted_text = token::has_quote_marks(text);

    let all_tokens = token::tokenize(text);
    let mut registry = sources::Registry::from_tokens(text, &all_tokens);
    registry.set_outlet(dateline.as_ref().and_then(|d| d.outlet.clone()));
    let mut raw: Vec<Option<Attribution>> = Vec::with_capacity(spans.len());
    let mut tokenized = Vec::with_capacity(spans.len());
    for &(s, e) in &spans {
        let sentence = &text[s..e];
        let sent = attribution::Sent::slice(text, &all_tokens, s, e);
        let found = attribution::find_in(&sent, quoted_text)
            .or_else(|| sent.without_asides().and_then(|bare| attribution::find_in(&bare, quoted_text)));
        registry.at_span(s, e);
        // "Junqueras ... will abide by the ruling, their lawyer said": the owner is the
        // sentence's own subject.
        if found.as_ref().is_some_and(|f| {
            let m = f.mention.to_lowercase();
            m.starts_with("their ") || m.starts_with("his ") || m.starts_with("her ")
        }) {
            registry.note_subject_toks(sentence, &sent.toks);
        }
        // "Austria's likely next chancellor, Sebastian Kurz, wants ..., he said": a pronoun
        // with nobody before it is the sentence's own subject.
        let pronoun = found.as_ref().is_some_and(|f| matches!(f.mention.to_lowercase().as_str(), "he" | "she"));
        let resolved = match found {
            Some(f) if pronoun => registry
                .resolve(f.clone())
                .or_else(|| {
                    registry.note_subject_toks(sentence, &sent.toks);
                    registry.resolve(f.clone())
                })
                // Else the one person the sentence before says spoke ("X, who told reporters").
                .or_else(|| {
                    let before: &attribution::Sent = tokenized.last()?;
                    registry.speaker_named_before(&f, before.s, &before.toks)
                }),
            f => f.and_then(|f| registry.resolve(f)),
        };
        // "the Utah Republican said": the person last named in the two sentences before.
        let resolved = resolved.map(|a| registry.person_for_description(&a, sentence, &tokenized).unwrap_or(a));
        let resolved = resolved.map(|a| registry.letter_of_subject(a, sentence, &sent.toks));
        // Subjects feed pronoun resolution for later sentences, unless the sentence has a
        // speaker: "..., company sources said. Workers were asked to stay, they said."
        if resolved.is_none() {
            registry.note_subject_toks(sentence, &sent.toks);
        }
        // Documents the sentence names with their owner, for a later "the report".
        let owned = attribution::document_owners(&sent);
        if !owned.is_empty() {
            registry.note_documents(&owned, resolved.as_ref());
        }
        raw.push(resolved);
        tokenized.push(sent);
    }
    sources::name_described_speakers(&mut raw);
    sources::name_lede_speaker(&mut raw, &spans, text);
    // "The following statements were posted to the verified Twitter accounts of U.S.
    // President Donald Trump ...": each statement after the notice is the holder's.
    if let Some((notice, holder)) = continuity::posted_statements_notice(&spans, text) {
        let found = attribution::Found {
            mention: holder,
            cue: "posted".to_string(),
            kind_of_quote: AttributionType::Direct,
            reported_by: None,
        };
        if let Some(a) = registry.resolve(found) {
            for (k, &(s, e)) in spans.iter().enumerate().skip(notice + 1) {
                if raw[k].is_none() && !continuity::is_outlet_note(&text[s..e]) {
                    raw[k] = Some(a.clone());
                }
            }
        }
    }
    continuity::link_continuations(&spans, text, &mut raw);

    let sentences = spans
        .iter()
        .zip(raw)
        .zip(&tokenized)
        .enumerate()
        .map(|(index, ((&(start, end), attribution), sent))| {
            let sentence = &text[start..end];
            let scored = score::score_in(sent, attribution.as_ref());
            Sentence {
                index,
                start,
                end,
                text: sentence.to_string(),
                checkworthy: scored.value >= DEFAULT_THRESHOLD,
                score: scored.value,
                reasons: scored.reasons,
                attribution,
            }
        })
        .collect();
    Analysis { dateline, sentences }
}

#[cfg(test)]
mod tests;
