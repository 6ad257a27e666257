//! `claimdesk`: the headless command line over the same `Workspace` API as the
//! desktop app. Exit status 0 on success; on any error a one-line message on
//! stderr and a non-zero status. Documented in docs/CLI.md.

mod export;
mod extract;
mod progress;
mod review;

use std::path::PathBuf;
use std::process::ExitCode;

use claimdesk_core::import::ImportControl;
use claimdesk_core::store::claims::ClaimFilter;
use claimdesk_core::{Actor, ClaimStatus, Error, ErrorCode, ImportReport, Workspace};
use clap::{Args, Parser, Subcommand};

/// Bulk imports run a reader, the rayon pool and a writer at once; mimalloc keeps them
/// from queueing on one allocator lock (docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "claimdesk", version, about = "Claim extraction and review for fact-checking desks (headless CLI)")]
struct Cli {
    /// Workspace database file [default: the platform data directory, shared with the desktop app]
    #[arg(long, global = true, env = "CLAIMDESK_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import article files (.txt, .md, .html), archives (.csv, .jsonl), folders and web addresses
    Import {
        #[arg(required = true, value_name = "FILE|URL")]
        files: Vec<PathBuf>,
        /// Print the import report as JSON
        #[arg(long)]
        json: bool,
    },
    /// Analyse a file without storing it (`-` reads stdin); prints sentences, sources and scores
    Extract {
        #[arg(value_name = "FILE")]
        file: String,
        /// Print JSON (one object per article)
        #[arg(long)]
        json: bool,
    },
    /// Articles in the workspace
    Articles {
        #[command(subcommand)]
        command: ArticlesCommand,
    },
    /// Claims in the workspace
    Claims {
        #[command(subcommand)]
        command: ClaimsCommand,
    },
    /// One claim: show, assign, propose, approve, request changes, dismiss, reopen, edit, split, merge, history
    Claim {
        #[command(subcommand)]
        command: review::ClaimCommand,
    },
    /// Reviewers of the workspace
    Reviewer {
        #[command(subcommand)]
        command: review::ReviewerCommand,
    },
    /// Evidence on a claim
    Evidence {
        #[command(subcommand)]
        command: review::EvidenceCommand,
    },
    /// Comments on a claim
    Comment {
        #[command(subcommand)]
        command: review::CommentCommand,
    },
    /// Measure the extractor against an annotated development set (tests/devset)
    Eval {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Print the full report as JSON
        #[arg(long)]
        json: bool,
    },
    /// Export claims: an HTML or Markdown report, JSON, CSV, or ClaimReview JSON-LD
    Export(export::ExportArgs),
    /// Prior fact-checks: ClaimReview JSON-LD published by other fact-checkers
    Priors {
        #[command(subcommand)]
        command: export::PriorsCommand,
    },
    /// Desk settings: organization, review_base_url, verdict labels
    Settings {
        #[command(subcommand)]
        command: export::SettingsCommand,
    },
    /// Full-text search over claims, articles, evidence and comments
    Search {
        query: String,
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum ArticlesCommand {
    /// List articles, newest first (all of them unless --limit is given)
    List(ListArgs),
}

#[derive(Subcommand)]
enum ClaimsCommand {
    /// List claims in article order (all matches unless --limit is given)
    List {
        /// Only claims of this article
        #[arg(long, value_name = "ID")]
        article: Option<String>,
        /// Only claims in this status: new, in_review, proposed, verified, dismissed
        #[arg(long, value_name = "S")]
        status: Option<String>,
        /// Only claims assigned to this reviewer (name or id)
        #[arg(long, value_name = "NAME", conflicts_with = "unassigned")]
        assignee: Option<String>,
        /// Only claims assigned to nobody
        #[arg(long)]
        unassigned: bool,
        #[command(flatten)]
        list: ListArgs,
    },
}

#[derive(Args)]
struct ListArgs {
    #[arg(long, value_name = "N")]
    limit: Option<u32>,
    #[arg(long, value_name = "N", default_value_t = 0)]
    offset: u32,
    /// Print a JSON array
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("claimdesk: {}", one_line(&e.message));
            ExitCode::FAILURE
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn db_path(cli_db: Option<PathBuf>) -> Result<PathBuf, Error> {
    if let Some(p) = cli_db {
        return Ok(p);
    }
    let data = dirs::data_dir().ok_or_else(|| {
        Error::new(ErrorCode::DbIo, "cannot find the platform data directory; pass --db PATH or set CLAIMDESK_DB")
    })?;
    Ok(claimdesk_core::default_db_path(&data))
}

pub(crate) fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(value).map_err(|e| Error::new(ErrorCode::DbIo, e.to_string()))?;
    println!("{s}");
    Ok(())
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Extract { file, json } => extract::run(&file, json),
        Command::Import { files, json } => {
            let ws = Workspace::open(&db_path(cli.db)?)?;
            let actor = Actor::local(std::env::var("USER").unwrap_or_else(|_| "cli".into()));
            let (urls, paths): (Vec<PathBuf>, Vec<PathBuf>) = files.into_iter().partition(|f| {
                let s = f.to_string_lossy();
                s.starts_with("http://") || s.starts_with("https://")
            });
            let mut report = claimdesk_core::ImportReport::default();
            for url in &urls {
                report.merge(ws.import_url(&url.to_string_lossy(), &actor)?);
            }
            let bar = progress::ImportBar::new(!json);
            let progress = |p: &claimdesk_core::ImportProgress| bar.update(p);
            let ctl = ImportControl { progress: Some(&progress), cancel: None };
            report.merge(ws.import_paths(&paths, &actor, ctl)?);
            bar.finish();
            if json {
                print_json(&report)?;
            } else {
                print_import_report(&report);
            }
            Ok(import_exit_code(&report))
        }
        Command::Eval { dir, json } => eval(&dir, json),
        Command::Claim { command } => review::claim(&Workspace::open(&db_path(cli.db)?)?, command),
        Command::Reviewer { command } => review::reviewer(&Workspace::open(&db_path(cli.db)?)?, command),
        Command::Evidence { command } => review::evidence(&Workspace::open(&db_path(cli.db)?)?, command),
        Command::Comment { command } => review::comment(&Workspace::open(&db_path(cli.db)?)?, command),
        Command::Export(args) => export::export(&Workspace::open(&db_path(cli.db)?)?, args),
        Command::Priors { command } => export::priors(&Workspace::open(&db_path(cli.db)?)?, command),
        Command::Settings { command } => export::settings(&Workspace::open(&db_path(cli.db)?)?, command),
        Command::Search { query, limit, json } => {
            review::search(&Workspace::open(&db_path(cli.db)?)?, &query, limit, json)
        }
        Command::Articles { command: ArticlesCommand::List(args) } => {
            let ws = Workspace::open(&db_path(cli.db)?)?;
            let page = ws.list_articles(args.limit, args.offset)?;
            if args.json {
                return print_json(&page.items).map(|_| ExitCode::SUCCESS);
            }
            for a in &page.items {
                let meta = [a.outlet.as_deref(), a.place.as_deref(), a.published_at.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                println!(
                    "{}  {:>3} claims  {}{}",
                    a.id,
                    a.claim_count,
                    a.title,
                    if meta.is_empty() { String::new() } else { format!("  ({meta})") }
                );
            }
            eprintln!("{} of {} articles", page.items.len(), page.total);
            Ok(ExitCode::SUCCESS)
        }
        Command::Claims { command: ClaimsCommand::List { article, status, assignee, unassigned, list } } => {
            let status = match status {
                Some(s) => Some(ClaimStatus::parse(&s).ok_or_else(|| {
                    Error::invalid(
                        "status",
                        format!("unknown status {s:?}; use new, in_review, proposed, verified or dismissed"),
                    )
                })?),
                None => None,
            };
            let ws = Workspace::open(&db_path(cli.db)?)?;
            if let Some(id) = &article {
                ws.article(id)?; // a clear "no article with id" instead of an empty list
            }
            let filter = ClaimFilter {
                article_id: article,
                status,
                assignee,
                unassigned,
                limit: list.limit,
                offset: list.offset,
                ..Default::default()
            };
            let claims = ws.list_claims(&filter)?;
            if list.json {
                return print_json(&claims).map(|_| ExitCode::SUCCESS);
            }
            for c in &claims {
                let source = c.source.as_ref().map_or("(outlet)".to_string(), |s| s.name.clone());
                println!("{}  {:<9} {:<28} {}", c.id, c.status.as_str(), truncate(&source, 28), c.text);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}\u{2026}", s.chars().take(n - 1).collect::<String>())
    }
}

fn print_import_report(r: &ImportReport) {
    let claims: i64 = r.imported.iter().map(|a| a.claims).sum();
    println!(
        "imported {} article(s) with {} claim(s); {} duplicate(s) skipped; {} rejected",
        r.imported.len(),
        claims,
        r.duplicates.len(),
        r.rejected.len()
    );
    for d in &r.duplicates {
        eprintln!("duplicate: {} is already in the workspace as {:?} ({})", d.origin, d.title, d.existing_id);
    }
    for x in &r.rejected {
        eprintln!("rejected: {}", one_line(&x.message));
    }
    if r.cancelled {
        eprintln!("cancelled: the rest was not imported");
    }
}

/// Non-zero when a whole input was refused, or when nothing at all could be
/// imported from inputs that had rows rejected. A few bad rows in an archive
/// that otherwise imported are reported on stderr but are not a failure.
fn import_exit_code(r: &ImportReport) -> ExitCode {
    let whole_input_refused = r.rejected.iter().any(|x| x.row.is_none());
    let only_bad_rows = r.imported.is_empty() && r.duplicates.is_empty() && !r.rejected.is_empty();
    if whole_input_refused || only_bad_rows || r.cancelled {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn eval(dir: &std::path::Path, json: bool) -> Result<ExitCode, Error> {
    let report = claimdesk_core::eval::evaluate(dir)?;
    if json {
        print_json(&report)?;
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:<24} {:<8} {:<9} {:>4}   check-worthy P/R/F1    attribution P/R/F1",
        "article", "split", "variant", "sent"
    );
    for a in &report.articles {
        println!(
            "{:<24} {:<8} {:<9} {:>4}   {:.2} {:.2} {:.2}         {:.2} {:.2} {:.2}",
            a.file,
            a.split,
            a.variant,
            a.sentences,
            a.checkworthy.precision(),
            a.checkworthy.recall(),
            a.checkworthy.f1(),
            a.attribution.precision(),
            a.attribution.recall(),
            a.attribution.f1()
        );
    }
    println!();
    for s in &report.summaries {
        println!(
            "{:<40} {:>2} articles {:>4} sentences  check-worthy P {:.3} R {:.3} F1 {:.3} (every-sentence baseline F1 {:.3})  attribution P {:.3} R {:.3} F1 {:.3} accuracy {:.3}",
            s.group,
            s.articles,
            s.sentences,
            s.checkworthy.precision(),
            s.checkworthy.recall(),
            s.checkworthy.f1(),
            s.every_sentence_baseline_f1,
            s.attribution.precision(),
            s.attribution.recall(),
            s.attribution.f1(),
            s.attribution_accuracy
        );
    }
    println!();
    for a in &report.articles {
        for m in &a.misses {
            println!(
                "miss {} [{}] s{} {}: gold {:?}, predicted {:?} | {}",
                a.file, a.variant, m.sentence, m.what, m.gold, m.predicted, m.text
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
