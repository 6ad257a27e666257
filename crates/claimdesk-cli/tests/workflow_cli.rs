//! The review workflow through the CLI contract (docs/CLI.md): same rules as the app.

mod common;

use common::{Cli, SAMPLE};

#[test]
fn a_claim_is_verified_by_a_second_person_from_the_command_line() {
    let cli = Cli::new();
    cli.refused(&["reviewer", "add", "Ana", "--role", "reviewer"]);
    cli.ok(&["reviewer", "add", "Ada", "--role", "admin"]);
    cli.refused(&["reviewer", "add", "Ana", "--role", "reviewer"]);
    cli.ok(&["reviewer", "add", "Ana", "--role", "reviewer", "--email", "ana@desk.org", "--as", "Ada"]);
    cli.ok(&["reviewer", "add", "Eve", "--role", "editor", "--as", "Ada"]);
    let reviewers = cli.json(&["reviewer", "list", "--json"]);
    assert_eq!(reviewers.as_array().unwrap().len(), 3);

    cli.ok(&["import", SAMPLE]);
    let claims = cli.json(&["claims", "list", "--json"]);
    let claim = claims.as_array().unwrap().iter().find(|c| c["text"].as_str().unwrap().contains("Albu Kamal")).unwrap();
    let id = claim["id"].as_str().unwrap();

    let err = cli.refused(&["claim", "assign", id, "--to", "Ana"]);
    assert!(err.contains("--as NAME"), "{err}");
    cli.ok(&["claim", "assign", id, "--to", "Ana", "--as", "Ana"]);
    let mine = cli.json(&["claims", "list", "--assignee", "Ana", "--json"]);
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["status"], "in_review");
    assert_eq!(mine[0]["assignee"], "Ana");

    let err =
        cli.refused(&["claim", "propose", id, "--verdict", "true", "--rationale", "Kremlin readout", "--as", "Ana"]);
    assert!(err.contains("at least one piece of evidence"), "{err}");
    let err = cli.refused(&[
        "evidence",
        "add",
        id,
        "--kind",
        "web_page",
        "--url",
        "kremlin dot ru",
        "--title",
        "Readout",
        "--stance",
        "supports",
        "--reliability",
        "high",
        "--as",
        "Ana",
    ]);
    assert!(err.contains("--url: Enter a full web address"), "{err}");
    cli.ok(&[
        "evidence",
        "add",
        id,
        "--kind",
        "web_page",
        "--url",
        "https://en.kremlin.ru/events/president/news/56135",
        "--title",
        "Meeting with Bashar al-Assad",
        "--publisher",
        "Kremlin",
        "--published",
        "2017-11-21",
        "--excerpt",
        "Albu Kamal",
        "--stance",
        "supports",
        "--reliability",
        "high",
        "--as",
        "Ana",
    ]);
    assert_eq!(cli.json(&["evidence", "list", id, "--json"]).as_array().unwrap().len(), 1);
    cli.ok(&[
        "claim",
        "propose",
        id,
        "--verdict",
        "true",
        "--rationale",
        "Kremlin readout",
        "--attribution",
        "confirmed",
        "--as",
        "Ana",
    ]);
    let err = cli.refused(&["claim", "approve", id, "--as", "Ana"]);
    assert!(err.contains("only an editor or admin can approve"), "{err}");
    cli.ok(&["comment", "add", id, "@Eve please approve", "--as", "Ana"]);
    cli.ok(&["claim", "approve", id, "--as", "Eve"]);

    let shown = cli.json(&["claim", "show", id, "--json"]);
    assert_eq!(shown["claim"]["status"], "verified");
    assert_eq!(shown["claim"]["verdict"], "true");
    assert_eq!(shown["proposed_by"], "Ana");
    assert_eq!(shown["approved_by"], "Eve");
    let history = cli.json(&["claim", "history", id, "--json"]);
    let history = history.as_array().unwrap();
    for h in history {
        for key in ["at", "actor", "action", "before", "after"] {
            assert!(h.get(key).is_some(), "history entry lacks {key}");
        }
    }
    let who: Vec<(&str, &str)> =
        history.iter().map(|h| (h["actor"].as_str().unwrap(), h["action"].as_str().unwrap())).collect();
    assert_eq!(
        who,
        [("Ana", "assign"), ("Ana", "evidence.add"), ("Ana", "propose"), ("Ana", "comment"), ("Eve", "approve")]
    );

    let hits = cli.json(&["search", "Albu Kamal", "--json"]);
    assert!(hits.as_array().unwrap().iter().any(|h| h["kind"] == "evidence"));
    let verified = cli.json(&["claims", "list", "--status", "verified", "--json"]);
    assert_eq!(verified.as_array().unwrap().len(), 1);

    let err = cli.refused(&["claim", "reopen", id, "--reason", "", "--as", "Eve"]);
    assert!(err.contains("reason"), "{err}");
    cli.ok(&["claim", "reopen", id, "--reason", "New figures", "--as", "Eve"]);
    cli.ok(&["claim", "dismiss", id, "--reason", "duplicate", "--as", "Ada"]);
}
