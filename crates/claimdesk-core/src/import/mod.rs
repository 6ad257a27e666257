//! Turning files, folders, archives and pasted text into stored articles with
//! their sentences, sources and claims.

pub mod archive;
pub mod decode;
pub mod html;
pub mod web;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;
use rusqlite::Transaction;
use sha2::{Digest, Sha256};

use crate::error::{Error, ErrorCode, Result};
use crate::model::{AttributionKind, DuplicateArticle, ImportProgress, ImportReport, ImportedArticle, Rejection};
use crate::store::analysis::{self, StoredSentence};
use crate::store::bulk::ImportStatements;
use crate::store::{articles, audit, claims, reasons, Store};
use crate::Actor;

/// Largest single article file accepted (archives are streamed and may be larger).
pub const MAX_ARTICLE_BYTES: u64 = 5 * 1024 * 1024;
/// Largest archive accepted.
pub const MAX_ARCHIVE_BYTES: u64 = 4 * 1024 * 1024 * 1024;
/// Archive rows stored per transaction.
pub const BATCH_ROWS: usize = 500;

/// File name extensions imported from folders.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown"];
pub const ARCHIVE_EXTENSIONS: &[&str] = &["csv", "jsonl", "ndjson"];
const REFUSED_EXTENSIONS: &[(&str, &str)] = &[
    ("pdf", "PDF"),
    ("doc", "Word"),
    ("docx", "Word"),
    ("odt", "OpenDocument"),
    ("rtf", "RTF"),
    ("png", "image"),
    ("jpg", "image"),
    ("jpeg", "image"),
    ("gif", "image"),
    ("webp", "image"),
    ("zip", "ZIP"),
    ("gz", "compressed"),
    ("xz", "compressed"),
    ("7z", "compressed"),
    ("xls", "spreadsheet"),
    ("xlsx", "spreadsheet"),
    ("exe", "program"),
];
/// HTML pages: the main article text is extracted.
pub const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];
/// Largest HTML page accepted (pages carry markup, so more than an article).
pub const MAX_HTML_BYTES: u64 = 10 * 1024 * 1024;

/// An article before it is stored.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub title: Option<String>,
    pub body: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published_at: Option<String>,
    pub subject: Option<String>,
    pub origin: String,
}

/// Callbacks for a running import: progress after each batch, and a cancel flag
/// checked between batches (batches already committed stay).
#[derive(Default, Clone, Copy)]
pub struct ImportControl<'a> {
    pub progress: Option<&'a (dyn Fn(&ImportProgress) + Sync)>,
    pub cancel: Option<&'a AtomicBool>,
}

impl ImportControl<'_> {
    fn cancelled(&self) -> bool {
        self.cancel.is_some_and(|c| c.load(Ordering::Relaxed))
    }
    fn report(&self, p: ImportProgress) {
        if let Some(f) = self.progress {
            f(&p);
        }
    }
}

enum Outcome {
    Imported(ImportedArticle),
    Duplicate(DuplicateArticle),
}

fn rejection(origin: &str, row: Option<u64>, e: Error) -> Rejection {
    Rejection { origin: origin.to_string(), row, code: e.code, message: e.message }
}

/// Import every path: files, folders (recursively) and archives.
pub fn import_paths(store: &mut Store, paths: &[PathBuf], actor: &Actor, ctl: ImportControl) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    for path in paths {
        if ctl.cancelled() {
            report.cancelled = true;
            break;
        }
        let shown = path.display().to_string();
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                report.rejected.push(rejection(
                    &shown,
                    None,
                    Error::new(ErrorCode::ImportUnreadable, format!("{shown}: cannot be read ({e})")),
                ));
                continue;
            }
        };
        if meta.is_dir() {
            let files = folder_files(path);
            if files.is_empty() {
                report.rejected.push(rejection(
                    &shown,
                    None,
                    Error::new(
                        ErrorCode::ImportNothingFound,
                        format!("{shown}: the folder has no importable files (.txt, .md, .html, .csv, .jsonl)"),
                    ),
                ));
                continue;
            }
            let sub = import_paths(store, &files, actor, ctl)?;
            report.merge(sub);
            continue;
        }
        match import_file(store, path, &meta, actor, ctl) {
            Ok(sub) => report.merge(sub),
            Err(e) if e.code == ErrorCode::DbIo || e.code == ErrorCode::DbCorrupt => return Err(e),
            Err(e) => report.rejected.push(rejection(&shown, None, e)),
        }
    }
    Ok(report)
}

/// Importable files under `dir`, sorted, skipping hidden entries.
fn folder_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            match entry.file_type() {
                Ok(t) if t.is_dir() => stack.push(p),
                Ok(t) if t.is_file() || t.is_symlink() => {
                    let ext = extension(&p);
                    if TEXT_EXTENSIONS.contains(&ext.as_str())
                        || ARCHIVE_EXTENSIONS.contains(&ext.as_str())
                        || HTML_EXTENSIONS.contains(&ext.as_str())
                    {
                        out.push(p);
                    }
                }
                _ => {}
            }
        }
    }
    out.sort();
    out
}

fn extension(p: &Path) -> String {
    p.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default()
}

fn import_file(
    store: &mut Store,
    path: &Path,
    meta: &std::fs::Metadata,
    actor: &Actor,
    ctl: ImportControl,
) -> Result<ImportReport> {
    let shown = path.display().to_string();
    if !meta.is_file() {
        return Err(Error::new(
            ErrorCode::ImportNotRegular,
            format!("{shown}: not a regular file (a pipe, device or socket); only files and folders can be imported"),
        ));
    }
    let ext = extension(path);
    if let Some((_, kind)) = REFUSED_EXTENSIONS.iter().find(|(e, _)| *e == ext) {
        return Err(Error::new(
            ErrorCode::ImportUnsupported,
            format!(
                "{shown}: {kind} files cannot be imported; save the article as plain text (.txt) or Markdown (.md)"
            ),
        ));
    }
    if ARCHIVE_EXTENSIONS.contains(&ext.as_str()) {
        if meta.len() > MAX_ARCHIVE_BYTES {
            return Err(too_large(&shown, meta.len(), MAX_ARCHIVE_BYTES));
        }
        return import_archive(store, path, &ext, meta.len(), actor, ctl);
    }
    let html = HTML_EXTENSIONS.contains(&ext.as_str());
    let limit = if html { MAX_HTML_BYTES } else { MAX_ARTICLE_BYTES };
    if meta.len() > limit {
        return Err(too_large(&shown, meta.len(), limit));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| Error::new(ErrorCode::ImportUnreadable, format!("{shown}: cannot be read ({e})")))?;
    let text = decode::decode(&bytes, &shown)?;
    if html {
        let draft = html::to_draft(&text, None, &shown)?;
        return store_one(store, draft, actor);
    }
    let (title, body_at) = split_title(&text, ext == "md" || ext == "markdown");
    let draft = Draft { title, body: text[body_at..].to_string(), origin: shown, ..Draft::default() };
    store_one(store, draft, actor)
}

fn too_large(shown: &str, len: u64, max: u64) -> Error {
    Error::new(
        ErrorCode::ImportTooLarge,
        format!("{shown}: {} is over the limit of {}", human_bytes(len), human_bytes(max)),
    )
}

fn human_bytes(n: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    if n as f64 >= 1024.0 * MIB {
        format!("{:.1} GiB", n as f64 / (1024.0 * MIB))
    } else {
        format!("{:.1} MiB", n as f64 / MIB)
    }
}

/// Store one article in its own transaction.
pub fn store_one(store: &mut Store, draft: Draft, actor: &Actor) -> Result<ImportReport> {
    let origin = draft.origin.clone();
    let now = crate::time::now();
    let outcome = store.write(|tx| store_draft(tx, draft, actor, &now, &mut claims::SourceCache::default()))?;
    let mut report = ImportReport::default();
    match outcome {
        Ok(Outcome::Imported(a)) => report.imported.push(a),
        Ok(Outcome::Duplicate(d)) => report.duplicates.push(d),
        Err(e) => report.rejected.push(rejection(&origin, None, e)),
    }
    Ok(report)
}

/// How much write-ahead log an archive import lets grow before copying it back.
const IMPORT_CHECKPOINT_BYTES: u32 = 40 << 20;

fn import_archive(
    store: &mut Store,
    path: &Path,
    ext: &str,
    total: u64,
    actor: &Actor,
    ctl: ImportControl,
) -> Result<ImportReport> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path)
        .map_err(|e| Error::new(ErrorCode::ImportUnreadable, format!("{shown}: cannot be read ({e})")))?;
    let counted = CountingReader {
        inner: std::io::BufReader::with_capacity(256 * 1024, file),
        count: std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0)),
    };
    let bytes_read = counted.count.clone();
    let rows: Box<dyn Iterator<Item = archive::Row> + Send> = if ext == "csv" {
        Box::new(archive::csv_rows(counted, &shown)?)
    } else {
        Box::new(archive::jsonl_rows(std::io::BufReader::new(counted), &shown))
    };
    let mut report = ImportReport::default();
    let mut seen_rows = 0u64;
    // Copy the log back into the database file every ~40 MiB rather than every 1,000
    // pages while an archive streams in: index pages that every batch touches are
    // written once per checkpoint, not once per batch.
    store.set_wal_autocheckpoint_bytes(IMPORT_CHECKPOINT_BYTES)?;
    // Valid for this import only: a failed batch ends it, so no rolled-back id lingers.
    let mut sources = claims::SourceCache::default();
    // A pipeline: one thread reads the next batch and analyses it on every core while
    // this one writes the previous batch in its transaction, so the two overlap.
    let (tx_batches, rx_batches) = std::sync::mpsc::sync_channel::<(usize, Vec<PreparedRow>)>(1);
    let outcome: Result<()> = std::thread::scope(|scope| {
        let ctl_reader = &ctl;
        let reader = scope.spawn(move || {
            let mut rows = rows.peekable();
            while rows.peek().is_some() {
                if ctl_reader.cancelled() {
                    return true;
                }
                let batch: Vec<archive::Row> = rows.by_ref().take(BATCH_ROWS).collect();
                let n = batch.len();
                let prepared: Vec<PreparedRow> =
                    batch.into_par_iter().map(|row| row.map(|draft| (draft.origin.clone(), prepare(draft)))).collect();
                if tx_batches.send((n, prepared)).is_err() {
                    break; // the writer stopped (cancelled or failed)
                }
            }
            false
        });
        for (n, batch) in rx_batches {
            if ctl.cancelled() {
                report.cancelled = true;
                break;
            }
            seen_rows += n as u64;
            let now = crate::time::now();
            let outcomes = store.write(|tx| {
                let mut stmts = ImportStatements::new(tx)?;
                let mut out = Vec::with_capacity(batch.len());
                for row in batch {
                    out.push(match row {
                        Ok((origin, Ok(prepared))) => {
                            (origin, store_prepared(tx, &mut stmts, prepared, actor, &now, &mut sources)?)
                        }
                        Ok((origin, Err(e))) => (origin, Err(e)),
                        Err((row, e)) => {
                            (format!("{shown}#{row}"), Err(Error { message: format!("row {row}: {}", e.message), ..e }))
                        }
                    });
                }
                Ok(out)
            })?;
            for (origin, outcome) in outcomes {
                match outcome {
                    Ok(Outcome::Imported(a)) => report.imported.push(a),
                    Ok(Outcome::Duplicate(d)) => report.duplicates.push(d),
                    Err(e) => {
                        let row = origin
                            .rsplit_once('#')
                            .and_then(|(_, r)| r.parse().ok())
                            .or_else(|| origin.rsplit_once(" row ").and_then(|(_, r)| r.parse().ok()));
                        report.rejected.push(rejection(&shown, row, e));
                    }
                }
            }
            ctl.report(ImportProgress {
                origin: shown.clone(),
                bytes_done: bytes_read.load(Ordering::Relaxed).min(total),
                bytes_total: total,
                articles: seen_rows,
            });
        }
        // The reader stops at a cancel between batches; what it had sent is written.
        let stopped_by_cancel = match reader.join() {
            Ok(stopped) => stopped,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        if stopped_by_cancel {
            report.cancelled = true;
        }
        Ok(())
    });
    store.set_wal_autocheckpoint_bytes(crate::store::DEFAULT_CHECKPOINT_BYTES)?;
    outcome?;
    if seen_rows == 0 && !report.cancelled {
        report.rejected.push(rejection(
            &shown,
            None,
            Error::new(ErrorCode::ImportEmpty, format!("{shown}: the archive has no rows")),
        ));
    }
    Ok(report)
}

struct CountingReader<R> {
    inner: R,
    count: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<R: std::io::Read> std::io::Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A short first line followed by more text is a headline; Markdown `# Title` too.
/// Returns the title and the byte offset where the body starts in `text`.
pub fn split_title(text: &str, markdown: bool) -> (Option<String>, usize) {
    let trimmed = text.trim_start_matches(['\u{feff}', '\n', '\r', ' ', '\t']);
    let lead = text.len() - trimmed.len();
    let Some((first, rest)) = trimmed.split_once('\n') else {
        return (None, 0);
    };
    let body_at = lead + first.len() + 1;
    let first_t = first.trim();
    if markdown {
        if let Some(h) = first_t.strip_prefix("# ") {
            return (Some(h.trim().to_string()), body_at);
        }
    }
    let headline = !first_t.is_empty()
        && first_t.chars().count() <= 150
        && !first_t.ends_with(['.', '!', '?', ':', ',', ';'])
        && !rest.trim().is_empty()
        && claimdesk_extract::split_sentences(first_t, 0).len() == 1
        && claimdesk_extract::detect_dateline(first_t).is_none();
    if headline {
        (Some(first_t.to_string()), body_at)
    } else {
        (None, 0)
    }
}

/// Each sentence's source, stored once (`cache` holds the ones already stored).
pub(crate) fn source_ids(
    tx: &Transaction,
    cache: &mut claims::SourceCache,
    sentences: &[claimdesk_extract::Sentence],
) -> Result<Vec<Option<String>>> {
    sentences
        .iter()
        .map(|s| {
            s.attribution
                .as_ref()
                .map(|a| {
                    claims::upsert_source_cached(tx, cache, &a.source, a.kind.as_str(), a.role.as_deref(), &a.mention)
                })
                .transpose()
        })
        .collect()
}

/// How the store keeps the extractor's analysis of an article (`articles.analysis`),
/// given each sentence's stored reasons and source id.
pub(crate) fn stored_analysis(
    sentences: &[claimdesk_extract::Sentence],
    stored_reasons: &[String],
    source_ids: &[Option<String>],
) -> String {
    let stored: Vec<StoredSentence> = sentences
        .iter()
        .zip(stored_reasons)
        .zip(source_ids)
        .map(|((s, reasons), source_id)| {
            let a = s.attribution.as_ref();
            StoredSentence {
                index: s.index as i64,
                start: s.start as i64,
                end: s.end as i64,
                score: s.score,
                checkworthy: s.checkworthy,
                reasons: reasons.as_str().into(),
                source_id: source_id.as_deref().map(Into::into),
                mention: a.map(|a| a.mention.as_str().into()),
                cue: a.map(|a| a.cue.as_str().into()),
                attribution: attribution_kind(a),
                reported_by: a.and_then(|a| a.reported_by.as_deref()).map(Into::into),
            }
        })
        .collect();
    analysis::encode(&stored)
}

/// The stored attribution type of an extractor attribution.
pub(crate) fn attribution_kind(a: Option<&claimdesk_extract::Attribution>) -> AttributionKind {
    match a.map(|a| a.kind_of_quote) {
        None => AttributionKind::Unattributed,
        Some(claimdesk_extract::AttributionType::Direct) => AttributionKind::Direct,
        Some(claimdesk_extract::AttributionType::Indirect) => AttributionKind::Indirect,
        Some(claimdesk_extract::AttributionType::Continuation) => AttributionKind::Continuation,
    }
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// A title for untitled text: the first sentence, shortened at a word boundary.
fn derived_title(body: &str, analysis: &claimdesk_extract::Analysis) -> String {
    let first = analysis.sentences.first().map_or(body.trim(), |s| s.text.as_str());
    let first = first.trim_end_matches(['.', ' ']);
    if first.chars().count() <= 90 {
        return first.to_string();
    }
    let cut: String = first.chars().take(90).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}\u{2026}", cut.trim_end_matches([',', ';', ':']))
}

/// Analyse and store one article inside the caller's transaction. Input problems
/// come back as the inner `Err` (the caller records a rejection and goes on);
/// database failures as the outer one (the transaction rolls back).
/// An archive row after analysis: its origin and prepared draft (or why it was
/// refused), or a malformed row with its number.
type PreparedRow = std::result::Result<(String, std::result::Result<Prepared, Error>), (u64, Error)>;

/// A draft with its normalised body, content hash and analysis: the pure part of
/// importing, done before (and for archives in parallel with) the write transaction.
struct Prepared {
    draft: Draft,
    body: String,
    hash: String,
    analysis: claimdesk_extract::Analysis,
    /// Each sentence's reasons as stored, encoded here, off the writer thread.
    stored_reasons: Vec<String>,
}

fn prepare(draft: Draft) -> std::result::Result<Prepared, Error> {
    let body = decode::normalize(&draft.body);
    let body = body.trim_end().to_string();
    if body.trim().is_empty() {
        return Err(Error::new(ErrorCode::ImportEmpty, format!("{}: there is no text to import", draft.origin)));
    }
    if body.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(too_large(&draft.origin, body.len() as u64, MAX_ARTICLE_BYTES));
    }
    let hash = sha256_hex(body.trim());
    let analysis = claimdesk_extract::analyze(&body);
    let stored_reasons = analysis.sentences.iter().map(|s| reasons::encode(&s.reasons)).collect();
    Ok(Prepared { draft, body, hash, analysis, stored_reasons })
}

fn store_draft(
    tx: &Transaction,
    draft: Draft,
    actor: &Actor,
    now: &str,
    sources: &mut claims::SourceCache,
) -> Result<std::result::Result<Outcome, Error>> {
    match prepare(draft) {
        Ok(p) => store_prepared(tx, &mut ImportStatements::new(tx)?, p, actor, now, sources),
        Err(e) => Ok(Err(e)),
    }
}

fn store_prepared(
    tx: &Transaction,
    stmts: &mut ImportStatements,
    prepared: Prepared,
    actor: &Actor,
    now: &str,
    sources: &mut claims::SourceCache,
) -> Result<std::result::Result<Outcome, Error>> {
    let Prepared { draft, body, hash, analysis, stored_reasons } = prepared;
    if let Some((existing_id, title)) = stmts.find_by_hash(&hash)? {
        return Ok(Ok(Outcome::Duplicate(DuplicateArticle { origin: draft.origin, existing_id, title })));
    }
    let title = draft
        .title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| derived_title(&body, &analysis));
    let place = analysis.dateline.as_ref().map(|d| d.place.clone()).filter(|p| !p.is_empty());
    let outlet = draft
        .outlet
        .filter(|o| !o.trim().is_empty())
        .or_else(|| analysis.dateline.as_ref().and_then(|d| d.outlet.clone()));
    // Sources first: the stored analysis names each sentence's source by its id.
    let source_ids = source_ids(tx, sources, &analysis.sentences)?;
    let id = crate::new_id();
    stmts.insert_article(&articles::NewArticle {
        id: &id,
        title: &title,
        outlet: outlet.as_deref(),
        url: draft.url.as_deref().filter(|u| !u.trim().is_empty()),
        place: place.as_deref(),
        published_at: draft.published_at.as_deref(),
        subject: draft.subject.as_deref(),
        body: &body,
        body_start: analysis.dateline.as_ref().map_or(0, |d| d.end),
        content_hash: &hash,
        origin: Some(&draft.origin),
        imported_at: now,
        imported_by: actor.id.as_deref(),
        analysis: &stored_analysis(&analysis.sentences, &stored_reasons, &source_ids),
    })?;
    let mut claim_count = 0i64;
    for ((s, stored_reasons), source_id) in analysis.sentences.iter().zip(&stored_reasons).zip(&source_ids) {
        if !s.checkworthy {
            continue;
        }
        let row = claims::NewSentence {
            article_id: &id,
            index: s.index,
            start: s.start,
            end: s.end,
            text: &s.text,
            score: s.score,
            source_id: source_id.as_deref(),
            mention: s.attribution.as_ref().map(|a| a.mention.as_str()),
            cue: s.attribution.as_ref().map(|a| a.cue.as_str()),
            attribution: attribution_kind(s.attribution.as_ref()),
        };
        stmts.insert_claim(&row, stored_reasons, now)?;
        claim_count += 1;
    }
    stmts.record(
        actor,
        now,
        audit::Change {
            entity: "article",
            entity_id: &id,
            action: "import",
            before: None,
            after: Some(serde_json::json!({
                "title": title, "origin": draft.origin, "sentences": analysis.sentences.len(), "claims": claim_count
            })),
        },
    )?;
    Ok(Ok(Outcome::Imported(ImportedArticle { id, title, claims: claim_count })))
}

/// The analysis of one document without storing it (`claimdesk extract`).
/// Offsets index the text as given (after decoding), title line included.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Extraction {
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dateline: Option<claimdesk_extract::Dateline>,
    pub sentences: Vec<claimdesk_extract::Sentence>,
}

/// Analyse `text`, splitting off a headline first line like an import does.
pub fn extract_text(text: &str, markdown: bool, title: Option<String>) -> Extraction {
    let (split, offset) = match title {
        Some(t) => (Some(t), 0),
        None => split_title(text, markdown),
    };
    let body = &text[offset..];
    let mut analysis = claimdesk_extract::analyze(body);
    for s in &mut analysis.sentences {
        s.start += offset;
        s.end += offset;
    }
    let dateline = analysis.dateline.map(|mut d| {
        d.start += offset;
        d.end += offset;
        d
    });
    Extraction { title: split, dateline, sentences: analysis.sentences }
}
