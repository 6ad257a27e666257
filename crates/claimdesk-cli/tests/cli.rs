//! The CLI contract (docs/CLI.md): commands, flags, JSON fields and exit codes.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/sample-article.txt");

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env { dir: tempfile::tempdir().unwrap() }
    }
    fn db(&self) -> PathBuf {
        self.dir.path().join("cli.db")
    }
    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("claimdesk").unwrap();
        c.env("CLAIMDESK_DB", self.db()).env_remove("RUST_BACKTRACE");
        c
    }
    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd().args(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }
    fn ok_json(&self, args: &[&str]) -> Value {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "{args:?} failed: {err}");
        serde_json::from_str(&out).unwrap()
    }
    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    }
}

fn assert_one_line_error(err: &str) {
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty(), "an error must say something on stderr");
    assert!(
        lines.last().unwrap().starts_with("claimdesk: ")
            || lines.iter().all(|l| l.starts_with("rejected:") || l.starts_with("imported")),
        "{err}"
    );
}

#[test]
fn version_prints_the_package_version() {
    let (code, out, _) = Env::new().run(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), format!("claimdesk {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn import_then_list_articles_and_claims_as_json() {
    let env = Env::new();
    let (code, out, err) = env.run(&["import", SAMPLE]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("imported 1 article(s)"), "{out}");

    let articles = env.ok_json(&["articles", "list", "--json"]);
    let articles = articles.as_array().unwrap();
    assert_eq!(articles.len(), 1);
    let article_id = articles[0]["id"].as_str().unwrap().to_string();

    let claims = env.ok_json(&["claims", "list", "--article", &article_id, "--json"]);
    let claims = claims.as_array().unwrap();
    assert!(claims.len() >= 10);
    let body = std::fs::read_to_string(SAMPLE).unwrap();
    for c in claims {
        for key in ["id", "article_id", "text", "start", "end", "status", "verdict", "source", "assignee", "version"] {
            assert!(c.get(key).is_some(), "claim JSON lacks {key}: {c}");
        }
        let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
        assert_eq!(&body[s..e], c["text"].as_str().unwrap());
        assert_eq!(c["status"], "new");
        assert!(c["verdict"].is_null() && c["assignee"].is_null());
        if !c["source"].is_null() {
            for key in ["name", "kind", "role"] {
                assert!(c["source"].get(key).is_some());
            }
        }
    }
    let told = claims.iter().find(|c| c["text"].as_str().unwrap().contains("Putin told Trump")).unwrap();
    assert_eq!(told["source"]["name"], "Vladimir Putin");
    assert_eq!(told["source"]["kind"], "person");
    assert_eq!(told["source"]["role"], "Russian President");
    let kremlin = claims.iter().find(|c| c["text"].as_str().unwrap().contains("four hours after landing")).unwrap();
    assert_eq!(kremlin["source"]["name"], "Kremlin");
    assert_eq!(kremlin["source"]["kind"], "government");
}

#[test]
fn lists_page_with_limit_and_offset_and_print_all_by_default() {
    let env = Env::new();
    let mut csv = String::from("title,text,subject,date\n");
    for i in 0..7 {
        csv.push_str(&format!(
            "T{i},\"Police said {i} men were arrested in Paris on Monday.\",news,\"December {}, 2017\"\n",
            i + 1
        ));
    }
    let p = env.file("a.csv", csv.as_bytes());
    assert_eq!(env.run(&["import", &p]).0, 0);
    assert_eq!(env.ok_json(&["articles", "list", "--json"]).as_array().unwrap().len(), 7);
    let page = env.ok_json(&["articles", "list", "--limit", "3", "--offset", "5", "--json"]);
    assert_eq!(page.as_array().unwrap().len(), 2);
    assert_eq!(env.ok_json(&["claims", "list", "--limit", "4", "--json"]).as_array().unwrap().len(), 4);
}

#[test]
fn extract_prints_the_documented_json_without_a_database() {
    let env = Env::new();
    let out = env.ok_json(&["extract", SAMPLE, "--json"]);
    assert!(!env.db().exists(), "extract must not create a database");
    let text = std::fs::read_to_string(SAMPLE).unwrap();
    assert!(out["title"].is_null());
    let sentences = out["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 41);
    for (i, s) in sentences.iter().enumerate() {
        assert_eq!(s["index"].as_u64().unwrap() as usize, i);
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[a..b], s["text"].as_str().unwrap());
        assert!(s["checkworthy"].is_boolean() && s["score"].is_f64() && s["reasons"].is_array());
        if let Some(at) = s["attribution"].as_object() {
            for key in ["source", "kind", "mention", "role", "cue", "type"] {
                assert!(at.contains_key(key), "attribution lacks {key}");
            }
        }
    }
    assert_eq!(sentences[25]["attribution"]["source"], "Bashar al-Assad");
}

#[test]
fn extract_reads_stdin_and_archives_one_object_per_line() {
    let env = Env::new();
    let mut child = env
        .cmd()
        .args(["extract", "-", "--json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"Headline\nThe mayor said 12 people were hurt.").unwrap();
    let out = child.wait_with_output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Headline");
    assert_eq!(v["sentences"][0]["start"], 9);

    let p = env.file("a.csv", b"title,text\nA,\"One said 1.\"\nB,\"Two said 2.\"\n");
    let (code, out, _) = env.run(&["extract", &p, "--json"]);
    assert_eq!(code, 0);
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["title"], "B");
}

#[test]
fn bad_input_exits_non_zero_with_a_message_and_changes_nothing() {
    let env = Env::new();
    assert_eq!(env.run(&["import", SAMPLE]).0, 0);
    let before = env.ok_json(&["claims", "list", "--json"]);
    let binary = env.file("x.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00");
    let empty = env.file("empty.txt", b"   \n");
    let folder = env.dir.path().join("empty-folder");
    std::fs::create_dir_all(&folder).unwrap();
    for path in [binary.as_str(), empty.as_str(), folder.to_str().unwrap(), "/dev/null", "/no/such/file.txt"] {
        let (code, _, err) = env.run(&["import", path]);
        assert_ne!(code, 0, "{path} should be refused");
        assert!(err.contains("rejected:"), "{path}: {err}");
        assert_one_line_error(&err);
    }
    assert_eq!(env.ok_json(&["claims", "list", "--json"]), before);
    let (code, _, err) = env.run(&["claims", "list", "--status", "bogus"]);
    assert_ne!(code, 0);
    assert!(err.starts_with("claimdesk: unknown status"), "{err}");
    let (code, _, err) = env.run(&["claims", "list", "--article", "nope"]);
    assert_ne!(code, 0);
    assert_eq!(err.trim(), "claimdesk: no article with id nope");
}

#[test]
fn a_corrupt_database_is_refused_and_never_overwritten() {
    let env = Env::new();
    let junk = b"I am not a database. ".repeat(50);
    std::fs::write(env.db(), &junk).unwrap();
    let (code, _, err) = env.run(&["import", SAMPLE]);
    assert_ne!(code, 0);
    assert!(err.starts_with("claimdesk: ") && err.contains("not an SQLite database"), "{err}");
    assert_eq!(err.trim().lines().count(), 1);
    assert_eq!(std::fs::read(env.db()).unwrap(), junk);
}

#[test]
fn malformed_csv_rows_are_reported_and_the_rest_imports() {
    let env = Env::new();
    let p = env.file(
        "a.csv",
        b"title,text,subject,date\nA,\"Police said 3 men fled.\",n,d\nB,broken\nC,\"Officials said 4 men fled.\",n,d\n",
    );
    let (code, out, err) = env.run(&["import", &p]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("imported 2 article(s)"));
    assert!(err.contains("row 2: malformed CSV row: expected 4 fields, found 2"), "{err}");
}

/// Killing the importer mid-archive leaves a consistent database: whole batches or nothing.
#[cfg(unix)]
#[test]
fn killing_an_import_leaves_the_database_intact() {
    let env = Env::new();
    let mut csv = String::from("title,text\n");
    for i in 0..20_000 {
        csv.push_str(&format!("T{i},\"WASHINGTON (Reuters) - Officials said {i} people were evacuated on Monday, the agency said in a statement.\"\n"));
    }
    let p = env.file("big.csv", csv.as_bytes());
    let mut child = env.cmd().args(["import", &p]).spawn().unwrap();
    // Wait until at least one batch is committed, then kill without warning.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        std::thread::sleep(std::time::Duration::from_millis(50));
        if count_articles(&env.db()) > 0 || std::time::Instant::now() > deadline {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let n = count_articles(&env.db());
    assert!(n > 0 && n % claimdesk_core::import::BATCH_ROWS as i64 == 0 || n == 20_000, "{n} articles");
    let orphans: i64 = conn
        .query_row("SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0);
    // The interrupted import can simply be run again.
    let (code, out, _) = env.run(&["import", &p]);
    assert_eq!(code, 0);
    assert!(out.contains(&format!("{} duplicate(s)", n)), "{out}");
}

fn count_articles(db: &Path) -> i64 {
    rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)))
        .unwrap_or(0)
}
