//! Export, prior fact-check and settings commands (docs/CLI.md). The work is the
//! core's: these functions parse arguments, call the Workspace and print.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use claimdesk_core::report::{settings, ExportFormat, ExportQuery};
use claimdesk_core::{Actor, ClaimStatus, Error, ErrorCode, Verdict, Workspace};
use clap::{Args, Subcommand};

use crate::print_json;
use crate::review::As;

#[derive(Args)]
pub struct ExportArgs {
    /// html, md, json, csv or claimreview
    #[arg(long, value_name = "FORMAT")]
    format: String,
    /// Write to FILE (replaced whole) instead of standard output
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Only claims of this article (repeatable)
    #[arg(long = "article", value_name = "ID")]
    articles: Vec<String>,
    /// Claims in this status (repeatable) [default: verified]
    #[arg(long = "status", value_name = "S")]
    statuses: Vec<String>,
    /// Only claims with this verdict (repeatable): true, mostly_true, mixed, mostly_false, false, misleading, unverifiable
    #[arg(long = "verdict", value_name = "CODE")]
    verdicts: Vec<String>,
    /// Only claims this reviewer proposed, approved or is assigned to (repeatable; name or id)
    #[arg(long = "reviewer", value_name = "NAME")]
    reviewers: Vec<String>,
    /// Reviewed on or after this day (UTC)
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<String>,
    /// Reviewed on or before this day (UTC)
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
}

#[derive(Subcommand)]
pub enum PriorsCommand {
    /// Import ClaimReview JSON-LD files or folders (.json, .jsonld) as read-only prior fact-checks
    Import {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print the import report as JSON
        #[arg(long)]
        json: bool,
        /// Record the import under this reviewer (default: the system user)
        #[command(flatten)]
        who: As,
    },
    /// List imported prior fact-checks, newest first
    List {
        #[arg(long)]
        json: bool,
    },
    /// Attach a prior fact-check to a claim as evidence
    Attach {
        claim_id: String,
        prior_id: String,
        #[command(flatten)]
        who: As,
    },
}

#[derive(Subcommand)]
pub enum SettingsCommand {
    /// Set a setting (admins only; an empty VALUE restores the default): organization, review_base_url, verdict_label.<code>
    Set {
        key: String,
        value: String,
        #[command(flatten)]
        who: As,
    },
    /// Print one setting's value, or every setting as KEY<TAB>VALUE lines
    Get {
        key: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

fn parse_all<T>(
    values: &[String],
    field: &str,
    parse: impl Fn(&str) -> Option<T>,
    known: &str,
) -> Result<Vec<T>, Error> {
    values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| parse(v).ok_or_else(|| Error::invalid(field, format!("unknown {field} {v:?}; use {known}"))))
        .collect()
}

pub fn export(ws: &Workspace, a: ExportArgs) -> Result<ExitCode, Error> {
    let format = ExportFormat::parse(&a.format).ok_or_else(|| {
        Error::invalid("format", format!("unknown format {:?}; use html, md, json, csv or claimreview", a.format))
    })?;
    let query = ExportQuery {
        article_ids: a
            .articles
            .iter()
            .flat_map(|v| v.split(','))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
        statuses: parse_all(
            &a.statuses,
            "status",
            ClaimStatus::parse,
            "new, in_review, proposed, verified or dismissed",
        )?,
        verdicts: parse_all(
            &a.verdicts,
            "verdict",
            Verdict::parse,
            "true, mostly_true, mixed, mostly_false, false, misleading or unverifiable",
        )?,
        reviewers: a.reviewers,
        from: a.from,
        to: a.to,
    };
    if format == ExportFormat::Claimreview && query.effective_statuses() != [ClaimStatus::Verified] {
        let stats = ws.export_stats(&query)?;
        let skipped = stats.claims - stats.claimreview_items;
        if skipped > 0 {
            eprintln!("note: ClaimReview publishes verified claims only; {skipped} other claim(s) left out");
        }
    }
    match a.out {
        Some(path) => {
            let r = ws.export_to_file(&query, format, &path)?;
            eprintln!(
                "exported {} claim(s) from {} article(s) to {} ({} bytes)",
                r.claims, r.articles, r.path, r.bytes
            );
        }
        None => {
            let text = ws.export(&query, format)?;
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return Err(Error::new(ErrorCode::DbIo, format!("cannot write to standard output: {e}")));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn priors(ws: &Workspace, cmd: PriorsCommand) -> Result<ExitCode, Error> {
    match cmd {
        PriorsCommand::Import { paths, json, who } => {
            let actor = match &who.as_ {
                Some(_) => who.actor(ws)?,
                None => Actor::local(std::env::var("USER").unwrap_or_else(|_| "cli".into())),
            };
            let r = ws.import_priors(&paths, &actor)?;
            if json {
                print_json(&r)?;
            } else {
                println!(
                    "imported {} prior fact-check(s) from {} file(s); {} duplicate(s) skipped; {} other node(s) ignored; {} refused",
                    r.imported,
                    r.files,
                    r.duplicates,
                    r.ignored,
                    r.refused.len()
                );
            }
            for x in &r.refused {
                eprintln!("refused: {}", crate::one_line(&x.message));
            }
            Ok(if r.refused.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        PriorsCommand::List { json } => {
            let list = ws.list_priors()?;
            if json {
                print_json(&list)?;
            } else {
                for p in &list {
                    println!(
                        "{}  {}  {}: {}  {}\n    {}",
                        p.id,
                        p.date_published.as_deref().unwrap_or("----------"),
                        p.organization,
                        crate::one_line(&p.rating),
                        p.url,
                        crate::one_line(&p.claim_reviewed)
                    );
                }
                eprintln!("{} prior fact-check(s)", list.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        PriorsCommand::Attach { claim_id, prior_id, who } => {
            let actor = who.actor(ws)?;
            let e = ws.attach_prior(&claim_id, &prior_id, &actor)?;
            println!("added evidence {} to claim {}", e.id, e.claim_id);
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn settings(ws: &Workspace, cmd: SettingsCommand) -> Result<ExitCode, Error> {
    match cmd {
        SettingsCommand::Set { key, value, who } => {
            let actor = who.actor(ws)?;
            let s = ws.set_setting(&key, &value, &actor)?;
            let now = s.get(key.trim()).unwrap_or_default();
            println!("{} = {now}", key.trim());
        }
        SettingsCommand::Get { key, json } => {
            let s = ws.settings()?;
            match key {
                Some(k) => {
                    let v = s.get(k.trim()).ok_or_else(|| {
                        Error::invalid(
                            "key",
                            format!("unknown setting {k:?}; the settings are {}", settings::keys().join(", ")),
                        )
                    })?;
                    if json {
                        let mut map = serde_json::Map::new();
                        map.insert(k.trim().to_string(), serde_json::Value::String(v));
                        print_json(&map)?;
                    } else {
                        println!("{v}");
                    }
                }
                None if json => {
                    let map: serde_json::Map<String, serde_json::Value> =
                        s.entries().into_iter().map(|(k, v)| (k, serde_json::Value::String(v))).collect();
                    print_json(&map)?;
                }
                None => {
                    for (k, v) in s.entries() {
                        println!("{k}\t{v}");
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
