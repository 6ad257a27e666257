//! `claimdesk extract FILE [--json]`: analyse without a database.

use std::io::Read;
use std::process::ExitCode;

use claimdesk_core::import::{archive, decode, extract_text, Extraction, MAX_ARTICLE_BYTES};
use claimdesk_core::{Error, ErrorCode};

pub fn run(file: &str, json: bool) -> Result<ExitCode, Error> {
    let unreadable =
        |e: std::io::Error| Error::new(ErrorCode::ImportUnreadable, format!("{file}: cannot be read ({e})"));
    let lower = file.to_lowercase();
    if file != "-" {
        let meta = std::fs::metadata(file).map_err(unreadable)?;
        if !meta.is_file() {
            return Err(Error::new(ErrorCode::ImportNotRegular, format!("{file}: not a regular file")));
        }
        if lower.ends_with(".csv") || lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            return run_archive(file, json);
        }
        if meta.len() > MAX_ARTICLE_BYTES {
            return Err(Error::new(ErrorCode::ImportTooLarge, format!("{file}: over the 5 MiB limit for one article")));
        }
    }
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut bytes).map_err(unreadable)?;
        if bytes.len() as u64 > MAX_ARTICLE_BYTES {
            return Err(Error::new(ErrorCode::ImportTooLarge, "stdin: over the 5 MiB limit for one article"));
        }
    } else {
        bytes = std::fs::read(file).map_err(unreadable)?;
    }
    let text = decode::decode(&bytes, file)?;
    if text.trim().is_empty() {
        return Err(Error::new(ErrorCode::ImportEmpty, format!("{file}: there is no text to analyse")));
    }
    let markdown = lower.ends_with(".md") || lower.ends_with(".markdown");
    print(&extract_text(&text, markdown, None), json, false)?;
    Ok(ExitCode::SUCCESS)
}

fn run_archive(file: &str, json: bool) -> Result<ExitCode, Error> {
    let f = std::fs::File::open(file)
        .map_err(|e| Error::new(ErrorCode::ImportUnreadable, format!("{file}: cannot be read ({e})")))?;
    let reader = std::io::BufReader::new(f);
    let rows: Box<dyn Iterator<Item = archive::Row>> = if file.to_lowercase().ends_with(".csv") {
        Box::new(archive::csv_rows(reader, file)?)
    } else {
        Box::new(archive::jsonl_rows(reader, file))
    };
    let mut bad = 0;
    for row in rows {
        match row {
            Ok(draft) => print(&extract_text(&draft.body, false, draft.title), json, true)?,
            Err((n, e)) => {
                bad += 1;
                eprintln!("claimdesk: {file} row {n}: {}", e.message);
            }
        }
    }
    Ok(if bad > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn print(x: &Extraction, json: bool, one_line: bool) -> Result<(), Error> {
    if json {
        let s = if one_line { serde_json::to_string(x) } else { serde_json::to_string_pretty(x) }
            .map_err(|e| Error::new(ErrorCode::DbIo, e.to_string()))?;
        println!("{s}");
        return Ok(());
    }
    if let Some(t) = &x.title {
        println!("# {t}");
    }
    for s in &x.sentences {
        let who = s
            .attribution
            .as_ref()
            .map_or("-".to_string(), |a| format!("{} ({}, {})", a.source, a.kind.as_str(), a.cue));
        println!("{:>3} {} {:.2}  {:<40}  {}", s.index, if s.checkworthy { "*" } else { " " }, s.score, who, s.text);
    }
    Ok(())
}
