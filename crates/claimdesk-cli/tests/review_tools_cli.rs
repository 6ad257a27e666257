//! `claim split`, `claim merge` and `claims list --unassigned` (docs/CLI.md): the
//! same rules as the app, refusals on stderr that change nothing.

mod common;

use common::{Cli, SAMPLE};
use serde_json::Value;

const ALBU_KAMAL: &str = "took control of Albu Kamal";

/// A workspace with the sample article and a desk: Ada (admin), Ana (reviewer), Eve (editor).
fn desk() -> Cli {
    let cli = Cli::new();
    cli.ok(&["reviewer", "add", "Ada", "--role", "admin"]);
    cli.ok(&["reviewer", "add", "Ana", "--role", "reviewer", "--as", "Ada"]);
    cli.ok(&["reviewer", "add", "Eve", "--role", "editor", "--as", "Ada"]);
    cli.ok(&["import", SAMPLE]);
    cli
}

fn claim_with(cli: &Cli, needle: &str) -> Value {
    cli.claims().into_iter().find(|c| c["text"].as_str().unwrap().contains(needle)).unwrap()
}

fn history(cli: &Cli, id: &str) -> Vec<String> {
    let h = cli.json(&["claim", "history", id, "--json"]);
    h.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap().to_string()).collect()
}

#[test]
fn claim_split_cuts_a_claim_in_two_under_the_edit_rules() {
    let cli = desk();
    let claim = claim_with(&cli, ALBU_KAMAL);
    let id = claim["id"].as_str().unwrap();
    let text = claim["text"].as_str().unwrap();
    let at = (text.find(", the last major").unwrap() + 1).to_string();
    let n = cli.claims().len();

    let err = cli.refused(&["claim", "split", id, "--at", &at]);
    assert!(err.contains("--as NAME"), "{err}");
    let err = cli.refused(&["claim", "split", id, "--at", &at, "--as", "Ana"]);
    assert!(err.contains("only the assigned reviewer (or an editor) can split"), "{err}");
    let err = cli.refused(&["claim", "split", id, "--at", "0", "--as", "Eve"]);
    assert!(err.contains("split point"), "{err}");
    let (code, _, _) = cli.run(&["claim", "split", id, "--at", "minus-one", "--as", "Eve"]);
    assert_ne!(code, 0, "a non-numeric offset is a usage error");

    let r = cli.json(&["claim", "split", id, "--at", &at, "--json", "--as", "Eve"]);
    assert_eq!(r["original"]["id"], id);
    assert_eq!(
        r["original"]["text"],
        "Syrian government forces and their allies at the weekend took control of Albu Kamal,"
    );
    assert_eq!(r["created"]["text"], "the last major Syrian town held by Islamic State.");
    let span = |c: &Value, k: &str| c[k].as_i64().unwrap();
    assert!(span(&claim, "start") <= span(&r["original"], "start"));
    assert!(span(&r["original"], "end") < span(&r["created"], "start"));
    assert_eq!(span(&r["created"], "end"), span(&claim, "end"));
    assert_eq!(r["created"]["source"], claim["source"]);
    assert_eq!(cli.claims().len(), n + 1);
    let created = r["created"]["id"].as_str().unwrap();
    assert_eq!(history(&cli, id), ["split"]);
    assert_eq!(history(&cli, created), ["split"]);
    let shown = cli.json(&["claim", "show", created, "--json"]);
    assert_eq!(shown["split_from"]["id"], id);
    assert!(shown["context_before"].as_str().unwrap().ends_with("took control of Albu Kamal, "), "{shown}");

    // Plain output: one line per claim, with its span.
    let claim = claim_with(&cli, "Putin and Assad last met in Moscow");
    let id = claim["id"].as_str().unwrap();
    let at = (claim["text"].as_str().unwrap().find(", a few weeks").unwrap() + 1).to_string();
    let out = cli.ok(&["claim", "split", id, "--at", &at, "--as", "Ada"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].starts_with(id) && lines[0].ends_with("Oct. 20, 2015,"), "{out}");
    assert!(lines[1].contains("a few weeks after Moscow"), "{out}");
}

#[test]
fn claim_merge_keeps_one_claim_and_dismisses_the_duplicates() {
    let cli = desk();
    let keep = claim_with(&cli, ALBU_KAMAL)["id"].as_str().unwrap().to_string();
    let dup = claim_with(&cli, "Putin and Assad last met in Moscow")["id"].as_str().unwrap().to_string();
    let other = claim_with(&cli, "Iran is committed to him")["id"].as_str().unwrap().to_string();
    cli.ok(&["claim", "assign", &dup, "--to", "Ana", "--as", "Ana"]);
    cli.ok(&[
        "evidence",
        "add",
        &dup,
        "--kind",
        "web_page",
        "--url",
        "https://en.kremlin.ru/events/president/news/50523",
        "--title",
        "Putin and Assad in Moscow, 2015",
        "--stance",
        "context",
        "--reliability",
        "high",
        "--as",
        "Ana",
    ]);
    cli.ok(&["comment", "add", &dup, "Same meeting as the Sochi claim?", "--as", "Ana"]);

    let err = cli.refused(&["claim", "merge", &dup, "--into", &keep, "--as", "Ana"]);
    assert!(err.contains("only an editor, or the reviewer assigned to every claim involved"), "{err}");
    let err = cli.refused(&["claim", "merge", &keep, "--into", &keep, "--as", "Eve"]);
    assert!(err.contains("cannot also be merged away"), "{err}");
    let err = cli.refused(&["claim", "merge", "no-such-claim", "--into", &keep, "--as", "Eve"]);
    assert!(err.contains("no claim with id no-such-claim"), "{err}");
    let (code, _, _) = cli.run(&["claim", "merge", "--into", &keep, "--as", "Eve"]);
    assert_ne!(code, 0, "at least one duplicate is required");

    let (code, out, err) = cli.run(&["claim", "merge", &dup, &other, "--into", &keep, "--as", "Eve"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(err.contains("merged 2 claim(s); moved 1 piece(s) of evidence and 1 comment(s)"), "{err}");

    for id in [&dup, &other] {
        let shown = cli.json(&["claim", "show", id, "--json"]);
        assert_eq!(shown["claim"]["status"], "dismissed");
        assert_eq!(shown["dismiss_reason"], format!("duplicate of claim {keep}"));
        assert_eq!(shown["duplicate_of"]["id"], keep.as_str());
        assert_eq!(history(&cli, id).last().map(String::as_str), Some("merge"));
    }
    let survivor = cli.json(&["claim", "show", &keep, "--json"]);
    assert_eq!(survivor["evidence"].as_array().unwrap().len(), 1);
    assert_eq!(survivor["comments"][0]["body"], "Same meeting as the Sochi claim?");
    let merged: Vec<&str> =
        survivor["duplicates"].as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(merged.len(), 2);
    assert!(merged.contains(&dup.as_str()) && merged.contains(&other.as_str()));
    assert!(cli.ok(&["claim", "show", &dup]).contains("duplicate of: Syrian government forces"));
    assert_eq!(history(&cli, &keep), ["merge"]);
    // A dismissed duplicate cannot be merged again.
    let err = cli.refused(&["claim", "merge", &dup, "--into", &keep, "--as", "Eve"]);
    assert!(err.contains("cannot be merged away"), "{err}");
}

#[test]
fn claim_merge_json_reports_what_moved() {
    let cli = desk();
    let keep = claim_with(&cli, ALBU_KAMAL)["id"].as_str().unwrap().to_string();
    let dup = claim_with(&cli, "Iran is committed to him")["id"].as_str().unwrap().to_string();
    let r = cli.json(&["claim", "merge", &dup, "--into", &keep, "--json", "--as", "Eve"]);
    assert_eq!(r["survivor"]["id"], keep.as_str());
    assert_eq!(r["dismissed"][0]["id"], dup.as_str());
    assert_eq!(r["dismissed"][0]["status"], "dismissed");
    assert_eq!((r["evidence_moved"].as_i64(), r["comments_moved"].as_i64()), (Some(0), Some(0)));
}

#[test]
fn claims_list_unassigned_shows_claims_assigned_to_nobody() {
    let cli = desk();
    let all = cli.claims().len();
    let unassigned = cli.json(&["claims", "list", "--unassigned", "--json"]);
    assert_eq!(unassigned.as_array().unwrap().len(), all);
    let id = claim_with(&cli, ALBU_KAMAL)["id"].as_str().unwrap().to_string();
    cli.ok(&["claim", "assign", &id, "--to", "Ana", "--as", "Eve"]);
    let unassigned = cli.json(&["claims", "list", "--unassigned", "--json"]);
    let list = unassigned.as_array().unwrap();
    assert_eq!(list.len(), all - 1);
    assert!(list.iter().all(|c| c["assignee"].is_null() && c["id"] != id.as_str()));
    let new = cli.json(&["claims", "list", "--unassigned", "--status", "new", "--limit", "3", "--json"]);
    assert_eq!(new.as_array().unwrap().len(), 3);
    assert!(cli
        .json(&["claims", "list", "--unassigned", "--status", "in_review", "--json"])
        .as_array()
        .unwrap()
        .is_empty());
    // --unassigned and --assignee contradict each other.
    let (code, _, err) = cli.run(&["claims", "list", "--unassigned", "--assignee", "Ana"]);
    assert_ne!(code, 0);
    assert!(err.contains("cannot be used with"), "{err}");
}
