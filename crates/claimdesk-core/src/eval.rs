//! Measuring the extractor against the annotated development set (tests/devset):
//! precision, recall and F1 for check-worthiness and for attribution, per article
//! and overall, on the text as published and on the same text with its quotation
//! marks stripped the way the archive stripped them. Every miss is listed.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};

/// One annotated article (the files written by tests/devset/prepare.py).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub corpus_row: Option<u64>,
    pub title: String,
    pub quotes: String,
    pub split: String,
    pub text: String,
    pub sentences: Vec<GoldSentence>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldSentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub checkworthy: bool,
    pub source: Option<String>,
    pub kind: Option<String>,
}

/// Counts for precision/recall/F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A sentence where the extractor and the annotation disagree.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub sentence: usize,
    pub what: &'static str,
    pub gold: String,
    pub predicted: String,
    pub text: String,
}

/// Scores of one article under one text variant.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleScore {
    pub file: String,
    pub split: String,
    pub quotes: String,
    /// "original" or "stripped".
    pub variant: &'static str,
    pub sentences: u32,
    pub checkworthy: Counts,
    pub attribution: Counts,
    /// Sentences whose attribution is exactly right (including "none").
    pub attribution_correct: u32,
    pub misses: Vec<Miss>,
}

/// Totals over a group of article scores.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub group: String,
    pub articles: u32,
    pub sentences: u32,
    pub checkworthy: Counts,
    pub attribution: Counts,
    pub attribution_accuracy: f64,
    /// F1 of the trivial baseline that calls every sentence check-worthy.
    pub every_sentence_baseline_f1: f64,
}

pub fn load_dir(dir: &Path) -> Result<Vec<(PathBuf, GoldArticle)>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d)
            .map_err(|e| Error::new(ErrorCode::ImportUnreadable, format!("{}: cannot be read ({e})", d.display())))?;
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "json") {
                files.push(p);
            }
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::new(ErrorCode::ImportNothingFound, format!("{}: no annotated .json files", dir.display())));
    }
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p)
                .map_err(|e| Error::new(ErrorCode::ImportUnreadable, format!("{}: {e}", p.display())))?;
            let a: GoldArticle = serde_json::from_str(&text).map_err(|e| {
                Error::new(ErrorCode::ImportBadRow, format!("{}: not an annotation file: {e}", p.display()))
            })?;
            Ok((p, a))
        })
        .collect()
}

/// Strip quotation marks the way the archive did: drop “ ” ‘ " and turn ’ into a
/// space. Returns the new text and, for every byte of the old text, its offset in
/// the new one.
pub fn strip_quotes(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = vec![0; text.len() + 1];
    for (i, c) in text.char_indices() {
        for b in 0..c.len_utf8() {
            map[i + b] = out.len();
        }
        match c {
            '\u{201c}' | '\u{201d}' | '\u{2018}' | '"' => {}
            '\u{2019}' => out.push(' '),
            _ => out.push(c),
        }
    }
    map[text.len()] = out.len();
    (out, map)
}

const HONORIFICS: &[&str] = &["sayyed", "sheikh", "mr", "mrs", "ms", "dr", "sir", "lord", "dame"];

/// Legal-form suffixes of company names: "General Motors Co" is "General Motors".
const COMPANY_FORMS: &[&str] = &["co", "inc", "corp", "ltd", "plc", "llc"];

/// Names compare equal when they agree after case, articles, apostrophes and
/// honorifics are set aside, or when every word of the shorter is in the longer
/// and both end with the same word ("Tayyip Erdogan" / "Recep Tayyip Erdogan").
pub fn same_source(gold: &str, predicted: &str) -> bool {
    let norm = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .replace(['\u{2019}', '\''], " ")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !matches!(*w, "the" | "a" | "an" | "s") && !HONORIFICS.contains(w))
            .filter(|w| !COMPANY_FORMS.contains(w))
            // "State TV" and "state television" are one name; so are "EU" and "European Union".
            .flat_map(|w| match w {
                "tv" => vec!["television".to_string()],
                "eu" => vec!["european".to_string(), "union".to_string()],
                _ => vec![w.to_string()],
            })
            .collect()
    };
    // "lawyers for Mehmet Hakan Atilla" and "Mehmet Hakan Atilla's lawyers" name one group.
    let (g, p) = (norm(&possessor_first(gold)), norm(&possessor_first(predicted)));
    if g.is_empty() || p.is_empty() {
        return false;
    }
    if g == p {
        return true;
    }
    let (short, long) = if g.len() <= p.len() { (&g, &p) } else { (&p, &g) };
    short.len() >= 2 && short.last() == long.last() && short.iter().all(|w| long.contains(w))
}

/// "lawyers for X" / "the spokesman of X" -> "X's lawyers": a lower-case head followed by
/// "for" or "of" and a capitalised owner is written with the owner first. Other names
/// are returned unchanged.
fn possessor_first(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "for" || *w == "of");
    match at {
        Some(i) if i > 0 && i + 1 < words.len() => {
            let head = &words[..i];
            let owner: Vec<&str> = words[i + 1..].iter().copied().skip_while(|w| *w == "the").collect();
            // "A spokeswoman for May": an article is not part of the head.
            let lower_head = head
                .iter()
                .filter(|w| !matches!(**w, "A" | "An" | "The"))
                .all(|w| w.chars().next().is_some_and(char::is_lowercase));
            let named_owner = owner.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            if lower_head && named_owner {
                let head: Vec<&str> =
                    head.iter().copied().filter(|w| !matches!(*w, "a" | "an" | "the" | "A" | "An" | "The")).collect();
                return format!("{}'s {}", owner.join(" "), head.join(" "));
            }
            name.to_string()
        }
        _ => name.to_string(),
    }
}

struct Predicted {
    start: usize,
    end: usize,
    checkworthy: bool,
    source: Option<String>,
}

/// The predicted sentence overlapping the gold span the most.
fn align(pred: &[Predicted], start: usize, end: usize) -> Option<&Predicted> {
    pred.iter()
        .map(|p| (p.end.min(end).saturating_sub(p.start.max(start)), p))
        .filter(|(o, _)| *o > 0)
        .max_by_key(|(o, _)| *o)
        .map(|(_, p)| p)
}

/// Score one article on the given text variant.
pub fn score_article(file: &str, gold: &GoldArticle, stripped: bool) -> ArticleScore {
    let (text, map) =
        if stripped { strip_quotes(&gold.text) } else { (gold.text.clone(), (0..=gold.text.len()).collect()) };
    let analysis = claimdesk_extract::analyze(&text);
    let pred: Vec<Predicted> = analysis
        .sentences
        .iter()
        .map(|s| Predicted {
            start: s.start,
            end: s.end,
            checkworthy: s.checkworthy,
            source: s.attribution.as_ref().map(|a| a.source.clone()),
        })
        .collect();
    let mut cw = Counts::default();
    let mut at = Counts::default();
    let mut correct = 0;
    let mut misses = Vec::new();
    for (i, g) in gold.sentences.iter().enumerate() {
        let (s, e) = (map[g.start.min(gold.text.len())], map[g.end.min(gold.text.len())]);
        let p = align(&pred, s, e);
        let p_cw = p.is_some_and(|p| p.checkworthy);
        let p_src = p.and_then(|p| p.source.clone());
        match (g.checkworthy, p_cw) {
            (true, true) => cw.tp += 1,
            (false, true) => cw.fp += 1,
            (true, false) => cw.fn_ += 1,
            (false, false) => {}
        }
        if g.checkworthy != p_cw {
            misses.push(Miss {
                sentence: i,
                what: "checkworthy",
                gold: g.checkworthy.to_string(),
                predicted: p_cw.to_string(),
                text: g.text.clone(),
            });
        }
        let right = match (&g.source, &p_src) {
            (Some(gs), Some(ps)) if same_source(gs, ps) => {
                at.tp += 1;
                true
            }
            (Some(_), Some(_)) => {
                at.fp += 1;
                at.fn_ += 1;
                false
            }
            (Some(_), None) => {
                at.fn_ += 1;
                false
            }
            (None, Some(_)) => {
                at.fp += 1;
                false
            }
            (None, None) => true,
        };
        if right {
            correct += 1;
        } else {
            misses.push(Miss {
                sentence: i,
                what: "source",
                gold: g.source.clone().unwrap_or_else(|| "(none)".into()),
                predicted: p_src.unwrap_or_else(|| "(none)".into()),
                text: g.text.clone(),
            });
        }
    }
    ArticleScore {
        file: file.to_string(),
        split: gold.split.clone(),
        quotes: gold.quotes.clone(),
        variant: if stripped { "stripped" } else { "original" },
        sentences: gold.sentences.len() as u32,
        checkworthy: cw,
        attribution: at,
        attribution_correct: correct,
        misses,
    }
}

/// Totals over `scores`, labelled `group`.
pub fn summarize(group: &str, scores: &[&ArticleScore], gold_cw: u32) -> Summary {
    let mut cw = Counts::default();
    let mut at = Counts::default();
    let mut sentences = 0;
    let mut correct = 0;
    for s in scores {
        cw.add(&s.checkworthy);
        at.add(&s.attribution);
        sentences += s.sentences;
        correct += s.attribution_correct;
    }
    let baseline = Counts { tp: gold_cw, fp: sentences - gold_cw, fn_: 0 };
    Summary {
        group: group.to_string(),
        articles: scores.len() as u32,
        sentences,
        checkworthy: cw,
        attribution: at,
        attribution_accuracy: ratio(correct, sentences),
        every_sentence_baseline_f1: baseline.f1(),
    }
}

/// The whole evaluation of a directory: per-article scores and summaries per
/// split and text variant.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub articles: Vec<ArticleScore>,
    pub summaries: Vec<Summary>,
}

pub fn evaluate(dir: &Path) -> Result<Report> {
    let gold = load_dir(dir)?;
    let mut articles = Vec::new();
    for (path, g) in &gold {
        let name = path.strip_prefix(dir).unwrap_or(path).display().to_string();
        articles.push(score_article(&name, g, false));
        // The stripped variant only differs for articles that still have their marks.
        if g.quotes == "quoted" {
            articles.push(score_article(&name, g, true));
        }
    }
    let mut summaries = Vec::new();
    let splits: Vec<String> = {
        let mut s: Vec<String> = gold.iter().map(|(_, g)| g.split.clone()).collect();
        s.sort();
        s.dedup();
        s
    };
    let gold_cw = |pred: &dyn Fn(&GoldArticle) -> bool| -> u32 {
        gold.iter().filter(|(_, g)| pred(g)).flat_map(|(_, g)| &g.sentences).filter(|s| s.checkworthy).count() as u32
    };
    for split in splits.iter().map(String::as_str).chain(["all"]) {
        let in_split = |a: &ArticleScore| split == "all" || a.split == split;
        let gold_in_split = |g: &GoldArticle| split == "all" || g.split == split;
        let original: Vec<&ArticleScore> = articles.iter().filter(|a| in_split(a) && a.variant == "original").collect();
        summaries.push(summarize(&format!("{split}: as published"), &original, gold_cw(&gold_in_split)));
        let quoted: Vec<&ArticleScore> =
            articles.iter().filter(|a| in_split(a) && a.quotes == "quoted" && a.variant == "original").collect();
        let quoted_gold = |g: &GoldArticle| gold_in_split(g) && g.quotes == "quoted";
        summaries.push(summarize(&format!("{split}: quoted articles, marks kept"), &quoted, gold_cw(&quoted_gold)));
        let stripped: Vec<&ArticleScore> = articles.iter().filter(|a| in_split(a) && a.variant == "stripped").collect();
        summaries.push(summarize(
            &format!("{split}: quoted articles, marks stripped"),
            &stripped,
            gold_cw(&quoted_gold),
        ));
        let archive: Vec<&ArticleScore> = articles.iter().filter(|a| in_split(a) && a.quotes == "stripped").collect();
        let archive_gold = |g: &GoldArticle| gold_in_split(g) && g.quotes == "stripped";
        summaries.push(summarize(&format!("{split}: stripped by the archive"), &archive, gold_cw(&archive_gold)));
    }
    Ok(Report { articles, summaries })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripping_maps_offsets() {
        let (s, map) = strip_quotes("\u{201c}We won,\u{201d} Assad\u{2019}s aide said.");
        assert_eq!(s, "We won, Assad s aide said.");
        let text = "\u{201c}We won,\u{201d} Assad\u{2019}s aide said.";
        let start = text.find("Assad").unwrap();
        assert_eq!(&s[map[start]..map[start] + 5], "Assad");
        assert_eq!(map[text.len()], s.len());
    }

    #[test]
    fn source_names_match_leniently_but_not_loosely() {
        assert!(same_source("Vladimir Putin", "vladimir putin"));
        assert!(same_source("Hassan Nasrallah", "Sayyed Hassan Nasrallah"));
        assert!(same_source("Tayyip Erdogan", "Recep Tayyip Erdogan"));
        assert!(same_source("a source in Netanyahu's office", "a source in Netanyahu s office"));
        assert!(same_source("White House", "the White House"));
        assert!(!same_source("Vladimir Putin", "Bashar al-Assad"));
        assert!(!same_source("U.S. officials", "officials"));
        assert!(!same_source("Donald Trump", "Trump administration"));
        assert!(same_source("lawyers for Mehmet Hakan Atilla", "Mehmet Hakan Atilla's lawyers"));
        assert!(!same_source("lawyers for Mehmet Hakan Atilla", "Reza Zarrab's lawyers"));
        assert!(same_source("a spokesman for the Istanbul police", "a spokesman for the Istanbul police"));
        assert!(same_source("state television", "State TV"));
        assert!(same_source("General Motors", "General Motors Co"));
        assert!(same_source("a spokeswoman for May", "A spokeswoman for May"));
        assert!(same_source("EU parliament", "European Union parliament"));
        assert!(!same_source("EU parliament", "European Commission"));
        // Articles are set aside like "the": a bare "a" is no bridge between two names.
        assert!(same_source("lawsuit", "a lawsuit"));
        assert!(!same_source("a spokesman", "a UNITA spokesman"));
        assert!(!same_source("an official", "a State Department official"));
    }

    #[test]
    fn counts_give_f1() {
        let c = Counts { tp: 8, fp: 2, fn_: 2 };
        assert!((c.f1() - 0.8).abs() < 1e-9);
    }
}
