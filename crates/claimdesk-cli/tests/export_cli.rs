//! Exports, settings and prior fact-checks through the CLI contract
//! (docs/CLI.md): a claim verified from the command line, exported in every
//! format, identical on every run with SOURCE_DATE_EPOCH set.

use std::path::PathBuf;
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

const SAMPLE: &str = include_str!("../../../assets/sample-article.txt");
const EPOCH: &str = "1511424000"; // 2017-11-23T08:00:00Z
const ARTICLE_URL: &str =
    "https://www.reuters.com/article/us-mideast-crisis-syria-russia/putin-hosts-assad-idUSKBN1DL2VB";

fn fixtures(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../claimdesk-core/tests/fixtures/priors").join(sub)
}

struct Cli {
    dir: tempfile::TempDir,
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Cli {
    fn new() -> Cli {
        Cli { dir: tempfile::tempdir().unwrap() }
    }
    fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Out {
        let mut cmd = Command::cargo_bin("claimdesk").unwrap();
        cmd.arg("--db").arg(self.dir.path().join("w.db")).args(args).env_remove("SOURCE_DATE_EPOCH");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }
    fn run(&self, args: &[&str]) -> Out {
        self.run_env(args, &[])
    }
    fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(o.code, 0, "{args:?}: {}", o.stderr);
        o.stdout
    }
    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }
    /// A refused command: non-zero, one line on stderr starting with `claimdesk: `.
    fn fails(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_ne!(o.code, 0, "{args:?} should fail");
        assert_eq!(o.stderr.trim().lines().count(), 1, "one-line message: {}", o.stderr);
        assert!(o.stderr.starts_with("claimdesk: "), "{}", o.stderr);
        o.stderr
    }
    /// The export with SOURCE_DATE_EPOCH set.
    fn export(&self, args: &[&str]) -> String {
        let mut all = vec!["export"];
        all.extend_from_slice(args);
        let o = self.run_env(&all, &[("SOURCE_DATE_EPOCH", EPOCH)]);
        assert_eq!(o.code, 0, "{all:?}: {}", o.stderr);
        o.stdout
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// A desk with one claim verified through the CLI (Ana proposes, Eve approves)
/// and one left in review. Returns the verified claim's id and the other's.
fn desk() -> (Cli, String, String) {
    let cli = Cli::new();
    cli.ok(&["reviewer", "add", "Ada", "--role", "admin"]);
    cli.ok(&["reviewer", "add", "Ana", "--role", "reviewer", "--as", "Ada"]);
    cli.ok(&["reviewer", "add", "Eve", "--role", "editor", "--as", "Ada"]);
    let row = serde_json::json!({"title": "Putin hosts Assad in Sochi, pushes for Syria peace deal", "text": SAMPLE,
        "url": ARTICLE_URL, "date": "2017-11-21", "outlet": "Reuters"});
    let archive = cli.path("sample.jsonl");
    std::fs::write(&archive, format!("{row}\n")).unwrap();
    cli.ok(&["import", archive.to_str().unwrap()]);
    let claims = cli.json(&["claims", "list", "--json"]);
    let find = |needle: &str| {
        claims.as_array().unwrap().iter().find(|c| c["text"].as_str().unwrap().contains(needle)).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let id = find("took control of Albu Kamal");
    let other = find("Hezbollah");
    cli.ok(&["claim", "assign", &id, &other, "--to", "Ana", "--as", "Ana"]);
    cli.ok(&[
        "evidence",
        "add",
        &id,
        "--kind",
        "web_page",
        "--url",
        "https://sana.sy/en/?p=118262",
        "--title",
        "Army declares Albu Kamal city fully liberated from ISIS",
        "--publisher",
        "SANA",
        "--published",
        "2017-11-19",
        "--excerpt",
        "Units of the Syrian Arab Army restored security and stability to Albu Kamal city.",
        "--stance",
        "supports",
        "--reliability",
        "medium",
        "--as",
        "Ana",
    ]);
    cli.ok(&[
        "claim",
        "propose",
        &id,
        "--verdict",
        "true",
        "--rationale",
        "The army's statement and independent control maps agree.",
        "--attribution",
        "confirmed",
        "--as",
        "Ana",
    ]);
    cli.ok(&["claim", "approve", &id, "--as", "Eve"]);
    (cli, id, other)
}

#[test]
fn settings_are_set_by_admins_and_read_by_anyone() {
    let (cli, _, _) = desk();
    let err = cli.fails(&["settings", "set", "organization", "Ana's desk", "--as", "Ana"]);
    assert!(err.contains("only an admin"), "{err}");
    let err = cli.fails(&["settings", "set", "organization", "Desk Verify"]);
    assert!(err.contains("--as NAME"), "{err}");
    let err = cli.fails(&["settings", "set", "colour", "red", "--as", "Ada"]);
    assert!(err.contains("unknown setting \"colour\""), "{err}");
    let err = cli.fails(&["settings", "set", "review_base_url", "desk.example", "--as", "Ada"]);
    assert!(err.contains("http"), "{err}");
    assert_eq!(
        cli.ok(&["settings", "set", "organization", "Desk Verify", "--as", "Ada"]),
        "organization = Desk Verify\n"
    );
    cli.ok(&["settings", "set", "verdict_label.true", "Accurate", "--as", "Ada"]);
    assert_eq!(cli.ok(&["settings", "get", "organization"]), "Desk Verify\n");
    assert_eq!(cli.ok(&["settings", "get", "review_base_url"]), "\n");
    let all = cli.ok(&["settings", "get"]);
    assert!(all.starts_with("organization\tDesk Verify\nreview_base_url\t\nverdict_label.true\tAccurate\n"), "{all}");
    assert_eq!(all.lines().count(), 9);
    let j = cli.json(&["settings", "get", "--json"]);
    assert_eq!(j["verdict_label.true"], "Accurate");
    assert_eq!(j["verdict_label.false"], "False");
    cli.fails(&["settings", "get", "colour"]);
}

fn configure(cli: &Cli) {
    cli.ok(&["settings", "set", "organization", "Desk Verify", "--as", "Ada"]);
    cli.ok(&["settings", "set", "review_base_url", "https://desk.example/checks/", "--as", "Ada"]);
}

#[test]
fn every_format_exports_the_verified_claim_identically_on_every_run() {
    let (cli, id, other) = desk();
    // ClaimReview needs the organization and the review address.
    let err = cli.fails(&["export", "--format", "claimreview"]);
    assert!(err.contains("settings set organization"), "{err}");
    configure(&cli);

    for format in ["html", "md", "json", "csv", "claimreview"] {
        let a = cli.export(&["--format", format]);
        assert_eq!(a, cli.export(&["--format", format]), "{format} differs between runs");
        let file = cli.path(&format!("out.{format}"));
        let o = cli
            .run_env(&["export", "--format", format, "--out", file.to_str().unwrap()], &[("SOURCE_DATE_EPOCH", EPOCH)]);
        assert_eq!(o.code, 0, "{}", o.stderr);
        assert!(o.stdout.is_empty());
        assert!(o.stderr.starts_with("exported 1 claim(s) from 1 article(s) to "), "{}", o.stderr);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), a, "--out {format} differs from stdout");
        assert!(!a.contains("Hezbollah leader Sayyed"), "{format}: an unverified claim was exported");
    }

    let html = cli.export(&["--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    for needle in [
        "Verified claims report",
        "Desk Verify",
        "2017-11-23 08:00 UTC",
        "took control of Albu Kamal",
        "Army declares Albu Kamal city fully liberated from ISIS",
        "SANA",
        "The army&#39;s statement and independent control maps agree.",
        "Confirmed: the source made this claim",
        "<svg class=\"chart\"",
        "@media print",
    ] {
        assert!(html.contains(needle), "HTML lacks {needle:?}");
    }
    assert!(html.contains("<dt>Proposed by</dt><dd>Ana ") && html.contains("<dt>Approved by</dt><dd>Eve "));
    for absent in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(absent), "HTML contains {absent:?}: it must be self-contained");
    }

    let md = cli.export(&["--format", "md"]);
    assert!(md.starts_with("# Verified claims report\n"));
    assert!(md.contains("**Organization:** Desk Verify"));
    assert!(md.contains("- **Approved by:** Eve, "));
    assert!(md.contains("[Army declares Albu Kamal city fully liberated from ISIS](https://sana.sy/en/?p=118262)"));

    let doc: Value = serde_json::from_str(&cli.export(&["--format", "json"])).unwrap();
    assert_eq!(doc["schema"], "claimdesk-export");
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["generated_at"], "2017-11-23T08:00:00Z");
    let article = &doc["articles"][0];
    assert_eq!((article["url"].as_str(), article["published_at"].as_str()), (Some(ARTICLE_URL), Some("2017-11-21")));
    let c = &article["claims"][0];
    assert_eq!(c["id"], id.as_str());
    assert_eq!((c["status"].as_str(), c["verdict"].as_str()), (Some("verified"), Some("true")));
    assert_eq!((c["proposed_by"].as_str(), c["approved_by"].as_str()), (Some("Ana"), Some("Eve")));
    assert_eq!(c["evidence"][0]["url"], "https://sana.sy/en/?p=118262");
    let actions: Vec<&str> = c["history"].as_array().unwrap().iter().map(|h| h["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["assign", "evidence.add", "propose", "approve"]);

    let csv = cli.export(&["--format", "csv"]);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(lines[0].starts_with("claim_id,article_id,article_title,article_outlet,article_url,"));
    assert!(lines[1].starts_with(&format!("{id},")));
    assert_eq!(lines.len(), 3, "header, one row, and the final CRLF");

    let cr: Value = serde_json::from_str(&cli.export(&["--format", "claimreview"])).unwrap();
    let cr = cr.as_array().unwrap();
    assert_eq!(cr.len(), 1);
    let r = &cr[0];
    assert_eq!(r["@type"], "ClaimReview");
    assert!(r["claimReviewed"].as_str().unwrap().contains("took control of Albu Kamal"));
    assert_eq!(r["url"], format!("https://desk.example/checks/{id}"));
    assert_eq!(r["author"]["name"], "Desk Verify");
    assert_eq!(r["reviewRating"]["alternateName"], "True");
    assert_eq!(
        (r["reviewRating"]["ratingValue"].as_u64(), r["reviewRating"]["bestRating"].as_u64()),
        (Some(5), Some(5))
    );
    assert_eq!(r["itemReviewed"]["appearance"]["url"], ARTICLE_URL);
    assert_eq!(r["itemReviewed"]["appearance"]["datePublished"], "2017-11-21");
    assert_eq!(r["itemReviewed"]["author"]["name"], "Reuters");

    // Without SOURCE_DATE_EPOCH the time is now; a malformed one is refused.
    let now = cli.run(&["export", "--format", "json"]);
    assert_ne!(serde_json::from_str::<Value>(&now.stdout).unwrap()["generated_at"], "2017-11-23T08:00:00Z");
    let o = cli.run_env(&["export", "--format", "json"], &[("SOURCE_DATE_EPOCH", "yesterday")]);
    assert_ne!(o.code, 0);
    assert!(o.stderr.contains("SOURCE_DATE_EPOCH"), "{}", o.stderr);

    // Filters.
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        let doc: Value = serde_json::from_str(&cli.export(&all)).unwrap();
        doc["articles"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|a| a["claims"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()))
            .collect()
    };
    assert_eq!(ids(&["--status", "in_review"]), [other.as_str()]);
    let both = ids(&["--status", "verified", "--status", "in_review"]);
    assert_eq!(both.len(), 2);
    assert_eq!(ids(&["--status", "verified,in_review"]), both);
    assert_eq!(ids(&["--verdict", "false"]), Vec::<String>::new());
    assert_eq!(ids(&["--verdict", "true", "--verdict", "false"]), [id.as_str()]);
    assert_eq!(ids(&["--reviewer", "Eve"]), [id.as_str()]);
    assert_eq!(ids(&["--reviewer", "Ada"]), Vec::<String>::new());
    assert_eq!(ids(&["--from", "2999-01-01"]), Vec::<String>::new());
    assert_eq!(ids(&["--to", "2999-01-01"]), [id.as_str()]);
    let article = doc["articles"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(ids(&["--article", &article]), [id.as_str()]);
    for (args, needle) in [
        (vec!["export", "--format", "pdf"], "unknown format \"pdf\""),
        (vec!["export", "--format", "json", "--status", "done"], "unknown status \"done\""),
        (vec!["export", "--format", "json", "--verdict", "pants_on_fire"], "unknown verdict"),
        (vec!["export", "--format", "json", "--reviewer", "Nobody"], "no reviewer named \"Nobody\""),
        (vec!["export", "--format", "json", "--from", "2017-13-01"], "--from: use the form YYYY-MM-DD"),
        (vec!["export", "--format", "json", "--article", "no-such-id"], "no article with id no-such-id"),
    ] {
        let err = cli.fails(&args);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    let o = cli.run_env(&["export", "--format", "claimreview", "--status", "in_review", "--status", "verified"], &[]);
    assert_eq!(o.code, 0);
    assert!(o.stderr.contains("verified claims only; 1 other claim(s) left out"), "{}", o.stderr);
    assert_eq!(serde_json::from_str::<Value>(&o.stdout).unwrap().as_array().unwrap().len(), 1);
}

#[test]
fn prior_fact_checks_are_imported_listed_and_shown_on_claims() {
    let (cli, id, other) = desk();
    let shown = cli.json(&["claim", "show", &id, "--json"]);
    assert_eq!(shown["prior_checks"], serde_json::json!([]), "prior_checks is always present");

    let good = fixtures("good");
    let out = cli.ok(&["priors", "import", good.to_str().unwrap()]);
    assert_eq!(
        out,
        "imported 11 prior fact-check(s) from 4 file(s); 0 duplicate(s) skipped; 3 other node(s) ignored; 0 refused\n"
    );
    // Malformed items are refused by file and item; the rest imports; the exit status says something was refused.
    let mixed = fixtures("bad/mixed.json");
    let o = cli.run(&["priors", "import", mixed.to_str().unwrap(), "--json"]);
    assert_ne!(o.code, 0);
    let report: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(report["imported"], 2);
    assert_eq!(report["refused"].as_array().unwrap().len(), 6);
    let first = format!("refused: {}: item 2 (/1): claimReviewed is missing", mixed.display());
    assert_eq!(o.stderr.lines().next(), Some(first.as_str()), "{}", o.stderr);
    assert!(o.stderr.contains("item 3 (/2): url must be an http(s) address"));
    let broken = fixtures("bad/broken.json");
    let o = cli.run(&["priors", "import", broken.to_str().unwrap()]);
    assert_ne!(o.code, 0);
    assert!(o.stderr.starts_with(&format!("refused: {}: is not valid JSON", broken.display())), "{}", o.stderr);

    let list = cli.json(&["priors", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 13);
    for p in list {
        for key in ["id", "claim_reviewed", "organization", "rating", "url", "date_published", "language", "origin"] {
            assert!(p.get(key).is_some(), "prior lacks {key}");
        }
    }
    assert!(cli
        .ok(&["priors", "list"])
        .contains("Agence Vérif: True  https://factcheck.agence-verif.example/albu-kamal-recaptured"));

    let shown = cli.json(&["claim", "show", &id, "--json"]);
    let checks = shown["prior_checks"].as_array().unwrap();
    assert_eq!(checks.len(), 1, "{checks:?}");
    assert_eq!(checks[0]["organization"], "Agence Vérif");
    assert_eq!(checks[0]["rating"], "True");
    assert_eq!(checks[0]["url"], "https://factcheck.agence-verif.example/albu-kamal-recaptured");
    let score = checks[0]["score"].as_f64().unwrap();
    assert!((0.5..=1.0).contains(&score), "{score}");
    assert!(cli.ok(&["claim", "show", &id]).contains("already checked by Agence Vérif: True"));

    // One step from a match to evidence on an open claim.
    let prior = list.iter().find(|p| p["url"].as_str().unwrap().ends_with("albu-kamal-recaptured")).unwrap();
    let err = cli.fails(&["priors", "attach", &other, prior["id"].as_str().unwrap()]);
    assert!(err.contains("--as NAME"), "{err}");
    let out = cli.ok(&["priors", "attach", &other, prior["id"].as_str().unwrap(), "--as", "Ana"]);
    assert!(out.starts_with("added evidence "), "{out}");
    let ev = cli.json(&["evidence", "list", &other, "--json"]);
    assert_eq!(ev[0]["publisher"], "Agence Vérif");
    assert_eq!(ev[0]["url"], "https://factcheck.agence-verif.example/albu-kamal-recaptured");
}
