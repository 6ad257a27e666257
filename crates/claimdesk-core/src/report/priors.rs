//! Prior fact-checks: ClaimReview JSON-LD published by other fact-checkers,
//! imported read-only and matched against claims.
//!
//! Import accepts the shapes feeds come in: one ClaimReview object, an array of
//! them, a document with an `@graph`, a `DataFeed` whose `dataFeedElement`
//! items carry ClaimReviews (Google's Fact Check Markup Tool feed), or a node
//! that nests them (a page's `mainEntity`). Each
//! malformed item is refused with a message naming its file, its number and its
//! JSON pointer; the rest imports. Re-importing an item is a no-op.
//!
//! Matching: claimReviewed and the claim are normalized alike ([`terms`]: lower
//! case, diacritics folded, punctuation and stop words of English, Spanish,
//! German, French, Portuguese and Italian dropped, plurals trimmed). FTS5 ranks
//! the priors sharing terms with the claim by bm25; each candidate's score is its
//! bm25 for the claim divided by its bm25 for its own text, i.e. the share of the
//! prior's (IDF-weighted) terms that the claim contains, between 0 and 1. Raw
//! bm25 values depend on how many priors are stored; the ratio does not, so one
//! threshold ([`MATCH_THRESHOLD`]) works from ten priors to a million.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::escape::safe_url;
use crate::error::{Error, Result};

/// Smallest score ([`PriorMatch::score`]) that counts as a match.
pub const MATCH_THRESHOLD: f64 = 0.5;
/// A match also needs this many distinct terms in common.
pub const MIN_SHARED_TERMS: usize = 2;
/// Largest ClaimReview file read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
const MAX_CLAIM_CHARS: usize = 5_000;
const MAX_QUERY_TERMS: usize = 48;
const CANDIDATES: u32 = 25;

/// An imported prior fact-check.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Prior {
    pub id: String,
    /// The claim as the fact-checker wrote it.
    pub claim_reviewed: String,
    /// The fact-checker (ClaimReview `author`).
    pub organization: String,
    /// Its rating as published: `alternateName`, else the number on its scale.
    pub rating: String,
    pub rating_value: Option<f64>,
    pub best_rating: Option<f64>,
    pub worst_rating: Option<f64>,
    /// The fact-check's address.
    pub url: String,
    pub date_published: Option<String>,
    /// `inLanguage`, lower case (`en`, `es`, `de`).
    pub language: Option<String>,
    /// Who made the claim (itemReviewed.author).
    pub claim_author: Option<String>,
    /// Where the claim appeared (itemReviewed.appearance or firstAppearance).
    pub appearance_url: Option<String>,
    /// The file and item it was imported from.
    pub origin: String,
    pub imported_at: String,
}

/// A prior fact-check that resembles a claim: "already checked by <organization>: <rating>".
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PriorMatch {
    pub prior_id: String,
    pub organization: String,
    pub rating: String,
    pub url: String,
    /// 0..1: the share of the prior's bm25 weight that the claim matches. Matches score at least 0.5.
    pub score: f64,
    pub claim_reviewed: String,
    pub date_published: Option<String>,
    pub language: Option<String>,
}

/// What an import of ClaimReview files did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct PriorImportReport {
    /// Files read.
    #[ts(type = "number")]
    pub files: u64,
    /// New prior fact-checks stored.
    #[ts(type = "number")]
    pub imported: u64,
    /// Items already in the workspace (same address, claim, organization and rating).
    #[ts(type = "number")]
    pub duplicates: u64,
    /// Other schema.org nodes skipped (WebPage, Organization in an `@graph`).
    #[ts(type = "number")]
    pub ignored: u64,
    /// Files and items refused, each with its reason.
    pub refused: Vec<PriorRefusal>,
}

/// A file or item that was refused.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PriorRefusal {
    pub file: String,
    /// 1-based number of the item in the file (absent when the whole file is refused).
    #[ts(type = "number | null")]
    pub item: Option<u64>,
    /// JSON pointer to the item (`/dataFeedElement/2/item/0`).
    pub pointer: Option<String>,
    /// The full message, naming the file and item.
    pub message: String,
}

// ----- normalization -----

/// Lower case without diacritics (Latin scripts); other letters only lower-cased.
fn fold_into(c: char, out: &mut String) {
    for l in c.to_lowercase() {
        let s = match l {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
            'ĥ' | 'ħ' => "h",
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
            'ĵ' => "j",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
            'œ' => "oe",
            'ŕ' | 'ŗ' | 'ř' => "r",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
            'ß' => "ss",
            'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
            'ŵ' => "w",
            'ý' | 'ÿ' | 'ŷ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'þ' => "th",
            l => {
                out.push(l);
                continue;
            }
        };
        out.push_str(s);
    }
}

/// Function words of the languages fact-checkers publish in most, plus reporting
/// verbs ("said", "dijo", "sagte"): they say nothing about what a claim is about.
const STOP_WORDS: &str = "
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers herself
him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves us may might must shall one two per via yet still even much many
said says say saying told tells tell according claim claims claimed claiming stated states reportedly allegedly
shows show shown showing image video photo post posts viral
el la los las un una unos unas y o u e de del al a en por para con sin sobre entre hasta desde que se su sus es son
fue fueron ser ha han haber hay lo le les como mas pero no si ya este esta estos estas ese esa esos esas muy tambien
dijo dice dicen afirma afirmo asegura aseguro segun
der die das den dem des ein eine einen einem einer eines und oder aber nicht ist sind waren wird werden wurde
wurden hat haben hatte mit von zu zum zur im am um auf aus bei nach fur uber unter vor durch gegen ohne als wie auch
noch nur sich er sie es wir ihr ihre sein seine dass sagte sagt laut behauptet angeblich
le les un une des du et ou mais ne pas est sont etait ete avec pour par sur dans aux ce cette ces qui que quoi dont
il elle ils elles nous vous leur leurs sa ses dit selon affirme
o os um uma uns umas e ou mas nao da das do dos na nas no nos em com sem para por pelo pela que se seu sua foi sao
disse diz afirmou segundo
il lo gli della delle dei degli di da in con su per tra fra che non sono ha hanno disse secondo
";

fn stop_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.split_whitespace().collect())
}

/// Trim English/Spanish/German plural and genitive `s` ("forces" = "force",
/// "Assads" = "assad") and `-ies` ("allies" = "ally"), the same way on both sides.
fn stem(mut w: String) -> String {
    let n = w.len();
    if n >= 5 && w.ends_with("ies") {
        w.truncate(n - 3);
        w.push('y');
    } else if n >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.truncate(n - 1);
    }
    w
}

/// The searchable terms of a text, in order (with repeats).
pub fn terms(text: &str) -> Vec<String> {
    let stop = stop_words();
    let mut out = Vec::new();
    for raw in text.split(|c: char| !c.is_alphanumeric()) {
        if raw.is_empty() {
            continue;
        }
        let mut w = String::with_capacity(raw.len());
        for c in raw.chars() {
            fold_into(c, &mut w);
        }
        let digits = w.chars().all(|c| c.is_ascii_digit());
        if (w.chars().count() < 2 && !digits) || stop.contains(w.as_str()) {
            continue;
        }
        out.push(if digits { w } else { stem(w) });
    }
    out
}

/// Distinct terms, first occurrence first.
fn distinct(terms: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    terms.into_iter().filter(|t| seen.insert(t.clone())).collect()
}

/// The normalized text stored and indexed for a claimReviewed.
pub fn normalize(text: &str) -> String {
    terms(text).join(" ")
}

fn or_query(terms: &[String]) -> String {
    terms.iter().map(|t| format!("\"{}\"", t.replace('"', ""))).collect::<Vec<_>>().join(" OR ")
}

// ----- parsing ClaimReview JSON-LD -----

/// A prior fact-check read from a feed, before it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct PriorDraft {
    pub claim_reviewed: String,
    pub organization: String,
    pub rating: String,
    pub rating_value: Option<f64>,
    pub best_rating: Option<f64>,
    pub worst_rating: Option<f64>,
    pub url: String,
    pub date_published: Option<String>,
    pub language: Option<String>,
    pub claim_author: Option<String>,
    pub appearance_url: Option<String>,
    pub raw: String,
}

/// One candidate item of a file: its JSON pointer and what became of it.
#[derive(Debug)]
pub struct ParsedItem {
    pub pointer: String,
    pub result: std::result::Result<PriorDraft, String>,
}

fn type_names(m: &serde_json::Map<String, Value>) -> Vec<String> {
    let strip = |s: &str| {
        s.trim()
            .trim_start_matches("https://schema.org/")
            .trim_start_matches("http://schema.org/")
            .trim_start_matches("schema:")
            .to_string()
    };
    match m.get("@type") {
        Some(Value::String(s)) => vec![strip(s)],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(strip).collect(),
        _ => Vec::new(),
    }
}

fn pointer_escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Walk a JSON-LD document and collect every ClaimReview (and every item that
/// should have been one). `at_item` is true where the shapes put items: the
/// top level, `@graph`, `dataFeedElement` and `item`; there a node that holds no
/// ClaimReview is counted as ignored and a bare value is refused. Elsewhere
/// (`mainEntity`, `review`, `hasPart`) ClaimReviews are collected wherever they
/// are nested and anything else is passed over. Returns the ignored count.
fn walk(v: &Value, ptr: &str, out: &mut Vec<ParsedItem>, at_item: bool) -> u64 {
    match v {
        Value::Array(xs) => xs.iter().enumerate().map(|(i, x)| walk(x, &format!("{ptr}/{i}"), out, at_item)).sum(),
        Value::Object(m) => {
            let types = type_names(m);
            if types.iter().any(|t| t == "ClaimReview") || (types.is_empty() && m.contains_key("claimReviewed")) {
                out.push(ParsedItem { pointer: ptr.to_string(), result: claim_review(m) });
                return 0;
            }
            if types.is_empty() && (m.contains_key("reviewRating") || m.contains_key("itemReviewed")) {
                out.push(ParsedItem {
                    pointer: ptr.to_string(),
                    result: Err("has a reviewRating or itemReviewed but no claimReviewed and no @type".into()),
                });
                return 0;
            }
            let before = out.len();
            let mut ignored = 0;
            for (k, val) in m {
                if k == "@context" || !(val.is_object() || val.is_array()) {
                    continue;
                }
                let items_here = at_item && matches!(k.as_str(), "@graph" | "dataFeedElement" | "item");
                ignored += walk(val, &format!("{ptr}/{}", pointer_escape(k)), out, items_here);
            }
            if at_item && out.len() == before {
                ignored.max(1)
            } else {
                ignored
            }
        }
        Value::Null => 0,
        other if at_item => {
            out.push(ParsedItem {
                pointer: ptr.to_string(),
                result: Err(format!("is {} where a ClaimReview object was expected", json_kind(other))),
            });
            0
        }
        _ => 0,
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The first element of an array, or the value itself.
fn first(v: &Value) -> &Value {
    match v {
        Value::Array(a) => a.first().unwrap_or(&Value::Null),
        v => v,
    }
}

fn text(v: Option<&Value>) -> Option<String> {
    match v.map(first) {
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

/// A name: a string, or an object's `name` (or `@value`).
fn name_of(v: Option<&Value>) -> Option<String> {
    match v.map(first) {
        Some(Value::Object(m)) => text(m.get("name")).or_else(|| text(m.get("@value"))),
        other => text(other),
    }
}

fn number(v: Option<&Value>) -> Option<f64> {
    match v.map(first) {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
}

fn url_of(v: Option<&Value>) -> Option<String> {
    match v.map(first) {
        Some(Value::Object(m)) => text(m.get("url")).or_else(|| text(m.get("@id"))),
        other => text(other),
    }
    .and_then(|u| safe_url(&u))
}

fn fmt_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Read one ClaimReview object; `Err` names what is wrong with it.
fn claim_review(m: &serde_json::Map<String, Value>) -> std::result::Result<PriorDraft, String> {
    let claim = match m.get("claimReviewed").map(first) {
        None | Some(Value::Null) => return Err("claimReviewed is missing".into()),
        Some(Value::String(s)) if s.trim().is_empty() => return Err("claimReviewed is empty".into()),
        Some(Value::String(s)) => s.split_whitespace().collect::<Vec<_>>().join(" "),
        Some(other) => return Err(format!("claimReviewed must be text, not {}", json_kind(other))),
    };
    if claim.chars().count() > MAX_CLAIM_CHARS {
        return Err(format!("claimReviewed is over {MAX_CLAIM_CHARS} characters"));
    }
    let url = match m.get("url").map(first) {
        None | Some(Value::Null) => return Err("url (the fact-check's address) is missing".into()),
        Some(Value::String(s)) => safe_url(s).ok_or_else(|| {
            format!("url must be an http(s) address, not {:?}", s.chars().take(80).collect::<String>())
        })?,
        Some(other) => return Err(format!("url must be text, not {}", json_kind(other))),
    };
    let rating = match m.get("reviewRating").map(first) {
        Some(Value::Object(r)) => r,
        None | Some(Value::Null) => return Err("reviewRating is missing".into()),
        Some(other) => return Err(format!("reviewRating must be a Rating object, not {}", json_kind(other))),
    };
    let rating_value = number(rating.get("ratingValue"));
    let best = number(rating.get("bestRating"));
    let worst = number(rating.get("worstRating"));
    if rating.get("ratingValue").is_some_and(|v| !v.is_null()) && rating_value.is_none() {
        return Err("reviewRating.ratingValue is not a number".into());
    }
    let label = match text(rating.get("alternateName")).or_else(|| text(rating.get("name"))) {
        Some(l) => l,
        None => match (rating_value, best, worst) {
            (Some(v), Some(b), Some(w)) => {
                format!("{} on a scale of {} to {}", fmt_number(v), fmt_number(w), fmt_number(b))
            }
            (Some(v), Some(b), None) => format!("{} of {}", fmt_number(v), fmt_number(b)),
            (Some(v), _, _) => fmt_number(v),
            (None, _, _) => return Err("reviewRating has neither alternateName nor ratingValue".into()),
        },
    };
    let host = url::Url::parse(&url).ok().and_then(|u| u.host_str().map(|h| h.trim_start_matches("www.").to_string()));
    let organization = name_of(m.get("author"))
        .or_else(|| name_of(m.get("publisher")))
        .or(host)
        .ok_or_else(|| "author (the fact-checker) is missing".to_string())?;
    let date_published = text(m.get("datePublished")).and_then(|d| {
        let day: String = d.chars().take(10).collect();
        chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok().map(|_| day)
    });
    let language = match m.get("inLanguage").map(first) {
        Some(Value::Object(l)) => text(l.get("alternateName")).or_else(|| text(l.get("name"))),
        other => text(other),
    }
    .map(|l| l.to_lowercase());
    let item = m.get("itemReviewed").map(first);
    let item = item.and_then(Value::as_object);
    let claim_author = item.and_then(|i| name_of(i.get("author")));
    let appearance_url = item.and_then(|i| url_of(i.get("appearance")).or_else(|| url_of(i.get("firstAppearance"))));
    Ok(PriorDraft {
        claim_reviewed: claim,
        organization: organization.chars().take(200).collect(),
        rating: label.chars().take(300).collect(),
        rating_value,
        best_rating: best,
        worst_rating: worst,
        url,
        date_published,
        language,
        claim_author,
        appearance_url,
        raw: serde_json::to_string(m).unwrap_or_default(),
    })
}

/// Parse a ClaimReview JSON-LD document. `Err` when it is not JSON at all.
pub fn parse(text: &str) -> std::result::Result<(Vec<ParsedItem>, u64), String> {
    let v: Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| format!("is not valid JSON ({e})"))?;
    let mut items = Vec::new();
    let ignored = walk(&v, "", &mut items, true);
    Ok((items, ignored))
}

// ----- files -----

/// The files to read: files as given, folders searched recursively for
/// `.json` and `.jsonld` (hidden entries skipped), in name order.
pub fn files(paths: &[PathBuf], report: &mut PriorImportReport) -> Vec<PathBuf> {
    fn visit(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            if p.is_dir() {
                visit(&p, out)?;
            } else if p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("jsonld"))
            {
                out.push(p);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for p in paths {
        let shown = p.display().to_string();
        let refuse = |report: &mut PriorImportReport, why: String| {
            report.refused.push(PriorRefusal {
                file: shown.clone(),
                item: None,
                pointer: None,
                message: format!("{shown}: {why}"),
            })
        };
        match std::fs::metadata(p) {
            Err(e) => refuse(report, format!("cannot be read ({e})")),
            Ok(m) if m.is_dir() => {
                let before = out.len();
                if let Err(e) = visit(p, &mut out) {
                    refuse(report, format!("cannot be read ({e})"));
                } else if out.len() == before {
                    refuse(report, "has no .json or .jsonld files".into());
                }
            }
            Ok(m) if !m.is_file() => refuse(report, "is not a regular file".into()),
            Ok(_) => out.push(p.clone()),
        }
    }
    out
}

/// Read and parse one file; refusals go into the report.
pub fn read_file(path: &Path, report: &mut PriorImportReport) -> Vec<(String, PriorDraft)> {
    let shown = path.display().to_string();
    let refuse_file = |report: &mut PriorImportReport, why: String| {
        report.refused.push(PriorRefusal {
            file: shown.clone(),
            item: None,
            pointer: None,
            message: format!("{shown}: {why}"),
        });
    };
    report.files += 1;
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            refuse_file(report, format!("is over the {} MiB limit for ClaimReview files", MAX_FILE_BYTES >> 20));
            return Vec::new();
        }
        Err(e) => {
            refuse_file(report, format!("cannot be read ({e})"));
            return Vec::new();
        }
        Ok(_) => {}
    }
    let text = match std::fs::read(path).map_err(|e| e.to_string()).and_then(|b| {
        crate::import::decode::decode(&b, &shown)
            .map_err(|e| e.message.trim_start_matches(&format!("{shown}: ")).to_string())
    }) {
        Ok(t) => t,
        Err(why) => {
            refuse_file(report, why);
            return Vec::new();
        }
    };
    let (items, ignored) = match parse(&text) {
        Ok(x) => x,
        Err(why) => {
            refuse_file(report, why);
            return Vec::new();
        }
    };
    report.ignored += ignored;
    if items.is_empty() {
        refuse_file(report, "contains no ClaimReview items".into());
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let n = i as u64 + 1;
        let pointer = if item.pointer.is_empty() { "/".to_string() } else { item.pointer };
        match item.result {
            Ok(d) => out.push((format!("{shown} item {n} ({pointer})"), d)),
            Err(why) => report.refused.push(PriorRefusal {
                file: shown.clone(),
                item: Some(n),
                pointer: Some(pointer.clone()),
                message: format!("{shown}: item {n} ({pointer}): {why}"),
            }),
        }
    }
    out
}

// ----- the store -----

fn content_hash(d: &PriorDraft) -> String {
    let mut h = Sha256::new();
    for part in [&d.url, &d.claim_reviewed, &d.organization, &d.rating] {
        h.update(part.as_bytes());
        h.update([0u8]);
    }
    hex::encode(h.finalize())
}

/// Store one prior; returns false when it was already there.
pub fn insert(tx: &Transaction, origin: &str, d: &PriorDraft, by: &str, now: &str) -> Result<bool> {
    let n = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO priors (id, claim_reviewed, normalized, organization, rating, rating_value, best_rating,
                worst_rating, url, date_published, language, claim_author, appearance_url, origin, content_hash, raw,
                imported_at, imported_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        )?
        .execute(params![
            crate::new_id(),
            d.claim_reviewed,
            normalize(&d.claim_reviewed),
            d.organization,
            d.rating,
            d.rating_value,
            d.best_rating,
            d.worst_rating,
            d.url,
            d.date_published,
            d.language,
            d.claim_author,
            d.appearance_url,
            origin,
            content_hash(d),
            d.raw,
            now,
            by
        ])?;
    Ok(n == 1)
}

const COLUMNS: &str = "id, claim_reviewed, organization, rating, rating_value, best_rating, worst_rating, url,
    date_published, language, claim_author, appearance_url, origin, imported_at";

fn prior(r: &rusqlite::Row) -> rusqlite::Result<Prior> {
    Ok(Prior {
        id: r.get(0)?,
        claim_reviewed: r.get(1)?,
        organization: r.get(2)?,
        rating: r.get(3)?,
        rating_value: r.get(4)?,
        best_rating: r.get(5)?,
        worst_rating: r.get(6)?,
        url: r.get(7)?,
        date_published: r.get(8)?,
        language: r.get(9)?,
        claim_author: r.get(10)?,
        appearance_url: r.get(11)?,
        origin: r.get(12)?,
        imported_at: r.get(13)?,
    })
}

/// Every prior, newest fact-check first.
pub fn list(conn: &Connection) -> Result<Vec<Prior>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM priors ORDER BY date_published IS NULL, date_published DESC, organization, id"
    ))?;
    let rows = stmt.query_map([], prior)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn get(conn: &Connection, id: &str) -> Result<Prior> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM priors WHERE id = ?1"))?
        .query_row([id], prior)
        .optional()?
        .ok_or_else(|| Error::not_found("prior fact-check", id))
}

/// The priors that resemble `text`, best first.
pub fn matches(conn: &Connection, text: &str) -> Result<Vec<PriorMatch>> {
    let claim_terms: Vec<String> = distinct(terms(text)).into_iter().take(MAX_QUERY_TERMS).collect();
    if claim_terms.len() < MIN_SHARED_TERMS {
        return Ok(Vec::new());
    }
    let claim_set: HashSet<&str> = claim_terms.iter().map(String::as_str).collect();
    let mut stmt = conn.prepare_cached(
        "SELECT p.rowid, p.id, p.organization, p.rating, p.url, p.claim_reviewed, p.date_published, p.language,
                p.normalized, bm25(priors_fts) AS rank
           FROM priors_fts JOIN priors p ON p.rowid = priors_fts.rowid
          WHERE priors_fts MATCH ?1
          ORDER BY rank, p.id
          LIMIT ?2",
    )?;
    #[allow(clippy::type_complexity)]
    let candidates: Vec<(i64, PriorMatch, String, f64)> = stmt
        .query_map(params![or_query(&claim_terms), CANDIDATES], |r| {
            Ok((
                r.get(0)?,
                PriorMatch {
                    prior_id: r.get(1)?,
                    organization: r.get(2)?,
                    rating: r.get(3)?,
                    url: r.get(4)?,
                    score: 0.0,
                    claim_reviewed: r.get(5)?,
                    date_published: r.get(6)?,
                    language: r.get(7)?,
                },
                r.get(8)?,
                r.get(9)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut own =
        conn.prepare_cached("SELECT bm25(priors_fts) FROM priors_fts WHERE priors_fts MATCH ?1 AND rowid = ?2")?;
    let mut out = Vec::new();
    for (rowid, mut m, normalized, rank) in candidates {
        let prior_terms: Vec<String> =
            distinct(normalized.split_whitespace().map(str::to_string).collect()).into_iter().take(64).collect();
        let shared = prior_terms.iter().filter(|t| claim_set.contains(t.as_str())).count();
        if shared < MIN_SHARED_TERMS {
            continue;
        }
        let self_rank: Option<f64> = own.query_row(params![or_query(&prior_terms), rowid], |r| r.get(0)).optional()?;
        let Some(self_rank) = self_rank.filter(|s| *s < 0.0) else { continue };
        let score = (rank / self_rank).clamp(0.0, 1.0);
        if score >= MATCH_THRESHOLD {
            m.score = (score * 1000.0).round() / 1000.0;
            out.push(m);
        }
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.prior_id.cmp(&b.prior_id)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_fold_case_accents_stop_words_and_plurals() {
        assert_eq!(
            terms("Putin's forces took Albu Kamal, the last town."),
            ["putin", "force", "took", "albu", "kamal", "last", "town"]
        );
        assert_eq!(
            terms("Las fuerzas sirias tomaron Albu Kamal, el último bastión"),
            ["fuerza", "siria", "tomaron", "albu", "kamal", "ultimo", "bastion"]
        );
        assert_eq!(
            terms("Größte Straße für Baschar al-Assads Truppen"),
            ["grosste", "strasse", "baschar", "assad", "truppen"]
        );
        assert_eq!(terms("U.N.-led talks in 2015 with allies"), ["led", "talk", "2015", "ally"]);
        assert_eq!(normalize("¿Dijo Putin que «Siria» está en paz?"), "putin siria paz");
    }

    #[test]
    fn feeds_of_every_shape_are_read() {
        let review = |claim: &str| {
            serde_json::json!({"@type": "ClaimReview", "claimReviewed": claim, "url": "https://fc.example/1",
                "author": {"@type": "Organization", "name": "FC"}, "reviewRating": {"@type": "Rating", "alternateName": "False"}})
        };
        let single = review("a b");
        let array = serde_json::json!([review("a"), review("b")]);
        let graph = serde_json::json!({"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"}, review("c")]});
        let feed = serde_json::json!({"@type": "DataFeed", "dataFeedElement": [
            {"@type": "DataFeedItem", "item": [review("d"), review("e")]}, {"@type": "DataFeedItem", "item": review("f")}]});
        for (doc, n, ignored, first) in [
            (single, 1, 0, "/"),
            (array, 2, 0, "/0"),
            (graph, 1, 1, "/@graph/1"),
            (feed, 3, 0, "/dataFeedElement/0/item/0"),
        ] {
            let (items, ig) = parse(&doc.to_string()).unwrap();
            assert_eq!(items.len(), n, "{doc}");
            assert_eq!(ig, ignored);
            assert!(items.iter().all(|i| i.result.is_ok()));
            assert_eq!(if items[0].pointer.is_empty() { "/" } else { &items[0].pointer }, first);
        }
        assert!(parse("{not json").unwrap_err().contains("not valid JSON"));
        // Nested under a page's main entity; other nodes' plain values are no items.
        let page = serde_json::json!({"@context": "https://schema.org", "@type": "WebPage", "sameAs": ["https://a.example"],
            "publisher": {"@type": "Organization", "name": "FC"}, "mainEntity": review("g")});
        let (items, ig) = parse(&page.to_string()).unwrap();
        assert_eq!((items.len(), ig), (1, 0));
        assert_eq!(items[0].pointer, "/mainEntity");
        let (items, ig) = parse(r#"{"@type": "NewsArticle", "sameAs": ["x", "y"], "a/b": {"c": 1}}"#).unwrap();
        assert_eq!((items.len(), ig), (0, 1));
        let (items, _) = parse(r#"[1, {"@type": "Thing", "x~y": [{"@type": "ClaimReview"}]}]"#).unwrap();
        assert_eq!(items[0].result.as_ref().unwrap_err(), "is a number where a ClaimReview object was expected");
        assert_eq!(items[1].pointer, "/1/x~0y/0");
        assert_eq!(items[1].result.as_ref().unwrap_err(), "claimReviewed is missing");
    }

    #[test]
    fn malformed_items_say_what_is_wrong() {
        let base = serde_json::json!({"@type": "ClaimReview", "claimReviewed": "x y", "url": "https://fc.example/1",
            "author": {"name": "FC"}, "reviewRating": {"alternateName": "False"}});
        let with = |k: &str, v: Value| {
            let mut b = base.clone();
            if v.is_null() {
                b.as_object_mut().unwrap().remove(k);
            } else {
                b[k] = v;
            }
            claim_review(b.as_object().unwrap()).unwrap_err()
        };
        assert_eq!(with("claimReviewed", Value::Null), "claimReviewed is missing");
        assert_eq!(with("claimReviewed", serde_json::json!(" ")), "claimReviewed is empty");
        assert_eq!(with("claimReviewed", serde_json::json!(42)), "claimReviewed must be text, not a number");
        assert_eq!(with("url", Value::Null), "url (the fact-check's address) is missing");
        assert!(with("url", serde_json::json!("javascript:alert(1)")).starts_with("url must be an http(s) address"));
        assert_eq!(with("reviewRating", Value::Null), "reviewRating is missing");
        assert_eq!(
            with("reviewRating", serde_json::json!({"bestRating": 5})),
            "reviewRating has neither alternateName nor ratingValue"
        );
        assert_eq!(
            with("reviewRating", serde_json::json!({"ratingValue": "high"})),
            "reviewRating.ratingValue is not a number"
        );
    }

    #[test]
    fn numeric_scales_and_text_ratings_are_kept() {
        let d = claim_review(
            serde_json::json!({"@type": ["ClaimReview"], "claimReviewed": "x", "url": "https://www.politifact.example/1",
                "reviewRating": {"ratingValue": "2", "bestRating": "6", "worstRating": "1"},
                "inLanguage": {"@type": "Language", "name": "EN"},
                "itemReviewed": {"@type": "Claim", "author": [{"@type": "Person", "name": "Jane Doe"}],
                    "appearance": [{"@type": "CreativeWork", "url": "https://video.example/v"}]},
                "datePublished": "2020-05-01T10:00:00-04:00"})
            .as_object()
            .unwrap(),
        )
        .unwrap();
        assert_eq!(d.rating, "2 on a scale of 1 to 6");
        assert_eq!((d.rating_value, d.best_rating, d.worst_rating), (Some(2.0), Some(6.0), Some(1.0)));
        assert_eq!(d.organization, "politifact.example");
        assert_eq!(d.language.as_deref(), Some("en"));
        assert_eq!(d.claim_author.as_deref(), Some("Jane Doe"));
        assert_eq!(d.appearance_url.as_deref(), Some("https://video.example/v"));
        assert_eq!(d.date_published.as_deref(), Some("2020-05-01"));
    }
}
