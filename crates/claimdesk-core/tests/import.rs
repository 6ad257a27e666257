//! Importing articles into a workspace: what gets stored, and what is refused
//! without changing anything.

use std::path::{Path, PathBuf};

use claimdesk_core::import::ImportControl;
use claimdesk_core::store::claims::ClaimFilter;
use claimdesk_core::{Actor, ErrorCode, ImportReport, TextInput, Workspace};

const SAMPLE: &str = include_str!("../../../assets/sample-article.txt");

struct Fixture {
    dir: tempfile::TempDir,
    ws: Workspace,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::open(&dir.path().join("w.db")).unwrap();
        Fixture { dir, ws }
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }

    fn import(&self, paths: &[&Path]) -> ImportReport {
        let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
        self.ws.import_paths(&paths, &Actor::local("tester"), ImportControl::default()).unwrap()
    }

    /// Row counts of every table, to prove a refused import changed nothing.
    fn counts(&self) -> (i64, i64) {
        let info = self.ws.info().unwrap();
        (info.articles, info.claims)
    }

    fn refused(&self, path: &Path, code: ErrorCode) -> String {
        let before = self.counts();
        let r = self.import(&[path]);
        assert!(r.imported.is_empty(), "{r:?}");
        assert_eq!(r.rejected.len(), 1, "{r:?}");
        assert_eq!(r.rejected[0].code, code, "{r:?}");
        assert_eq!(self.counts(), before, "a refused import must not change the database");
        r.rejected[0].message.clone()
    }
}

#[test]
fn the_sample_article_imports_with_dateline_claims_and_sources() {
    let f = Fixture::new();
    let path = f.file("sample.txt", SAMPLE.as_bytes());
    let r = f.import(&[&path]);
    assert_eq!(r.imported.len(), 1);
    let detail = f.ws.article(&r.imported[0].id).unwrap();
    assert_eq!(detail.article.place.as_deref(), Some("Moscow/Beirut"));
    assert_eq!(detail.article.outlet.as_deref(), Some("Reuters"));
    assert!(detail.article.title.starts_with("Russian President Vladimir Putin hosted"));
    assert!(detail.claims.len() >= 10, "{} claims", detail.claims.len());
    for c in &detail.claims {
        assert_eq!(&detail.article.body[c.start as usize..c.end as usize], c.text);
        assert!(c.start >= detail.article.body_start, "no claim includes the dateline");
    }
    let putin = detail.claims.iter().find(|c| c.text.contains("Putin told Trump")).unwrap();
    let source = putin.source.as_ref().unwrap();
    assert_eq!((source.name.as_str(), source.kind.as_str()), ("Vladimir Putin", "person"));
    assert_eq!(source.role.as_deref(), Some("Russian President"));
}

#[test]
fn reimporting_the_same_article_is_idempotent() {
    let f = Fixture::new();
    let a = f.file("a.txt", SAMPLE.as_bytes());
    let b = f.file("copy/b.txt", SAMPLE.replace('\n', "\r\n").as_bytes());
    assert_eq!(f.import(&[&a]).imported.len(), 1);
    let before = f.counts();
    let r = f.import(&[&a, &b]);
    assert_eq!((r.imported.len(), r.duplicates.len()), (0, 2));
    assert_eq!(f.counts(), before);
}

#[test]
fn binary_files_are_refused() {
    let f = Fixture::new();
    let p = f.file("photo.dat", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    assert!(f.refused(&p, ErrorCode::ImportNotText).contains("binary"));
    let p = f.file("doc.pdf", b"%PDF-1.4 ...");
    assert!(f.refused(&p, ErrorCode::ImportUnsupported).contains("PDF"));
}

#[test]
fn empty_and_whitespace_only_files_are_refused() {
    let f = Fixture::new();
    f.refused(&f.file("empty.txt", b""), ErrorCode::ImportEmpty);
    f.refused(&f.file("blank.txt", b"  \n\t\r\n  "), ErrorCode::ImportEmpty);
}

#[test]
fn missing_paths_and_empty_folders_are_refused() {
    let f = Fixture::new();
    f.refused(&f.dir.path().join("nope.txt"), ErrorCode::ImportUnreadable);
    let folder = f.dir.path().join("nothing-here");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("notes.pdf"), b"x").unwrap();
    std::fs::write(folder.join(".hidden.txt"), b"Hidden text.").unwrap();
    assert!(f.refused(&folder, ErrorCode::ImportNothingFound).contains("no importable files"));
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_refused_without_blocking() {
    let f = Fixture::new();
    let fifo = f.dir.path().join("pipe");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    f.refused(&fifo, ErrorCode::ImportNotRegular);
    f.refused(Path::new("/dev/null"), ErrorCode::ImportNotRegular);
}

#[test]
fn files_over_the_size_limit_are_refused() {
    let f = Fixture::new();
    let big = "Officials said the plan would cost $3 billion. ".repeat(120_000);
    let p = f.file("big.txt", big.as_bytes());
    assert!(f.refused(&p, ErrorCode::ImportTooLarge).contains("over the limit of 5.0 MiB"));
}

#[test]
fn other_encodings_are_decoded_not_garbled() {
    let f = Fixture::new();
    let text = "Caf\u{e9} owners in M\u{fc}nchen said prices rose 5 percent in 2017.\n";
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let latin1: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    for (name, bytes) in [("u16.txt", utf16), ("latin1.txt", latin1)] {
        let p = f.file(name, &bytes);
        let f2 = Fixture::new();
        let r = f2.import(&[&p]);
        assert_eq!(r.imported.len(), 1, "{name}: {r:?}");
        let body = f2.ws.article(&r.imported[0].id).unwrap().article.body;
        assert_eq!(body, text.trim_end(), "{name}");
    }
}

#[test]
fn a_folder_imports_every_supported_file_inside() {
    let f = Fixture::new();
    f.file("desk/one.txt", b"Headline one\nThe ministry said 40 people died on Monday.");
    f.file("desk/sub/two.md", b"# Headline two\n\nPolice arrested 3 men in Paris on Tuesday, officials said.");
    f.file("desk/skip.pdf", b"%PDF");
    let r = f.import(&[&f.dir.path().join("desk")]);
    let mut titles: Vec<&str> = r.imported.iter().map(|a| a.title.as_str()).collect();
    titles.sort();
    assert_eq!(titles, vec!["Headline one", "Headline two"]);
    assert!(r.rejected.is_empty());
}

#[test]
fn csv_archives_import_good_rows_and_report_bad_ones() {
    let f = Fixture::new();
    let csv = "title,text,subject,date\n\
        First,\"WASHINGTON (Reuters) - The Senate voted 51-49 on Tuesday to pass the bill, lawmakers said.\",politicsNews,\"December 5, 2017 \"\n\
        Broken,only,three\n\
        Empty,\"   \",politicsNews,\"December 6, 2017\"\n\
        Second,\"LONDON (Reuters) - Britain's economy grew 0.4 percent in the third quarter, official data showed.\",worldnews,\"December 7, 2017\"\n";
    let p = f.file("dump.csv", csv.as_bytes());
    let r = f.import(&[&p]);
    assert_eq!(r.imported.len(), 2, "{r:?}");
    let rows: Vec<Option<u64>> = r.rejected.iter().map(|x| x.row).collect();
    assert_eq!(rows, vec![Some(2), Some(3)]);
    assert!(r.rejected[0].message.contains("row 2"));
    let page = f.ws.list_articles(None, 0).unwrap();
    let first = page.items.iter().find(|a| a.title == "First").unwrap();
    assert_eq!(first.published_at.as_deref(), Some("2017-12-05"));
    assert_eq!(first.place.as_deref(), Some("Washington"));
    // Importing the archive again only finds duplicates.
    let again = f.import(&[&p]);
    assert_eq!((again.imported.len(), again.duplicates.len()), (0, 2));
}

#[test]
fn cancelling_keeps_what_was_committed() {
    use std::sync::atomic::AtomicBool;
    let f = Fixture::new();
    let mut csv = String::from("title,text\n");
    for i in 0..1200 {
        csv.push_str(&format!("T{i},\"Officials said {i} people were evacuated on Monday.\"\n"));
    }
    let p = f.file("many.csv", csv.as_bytes());
    let cancel = AtomicBool::new(false);
    let progress = |_: &claimdesk_core::ImportProgress| cancel.store(true, std::sync::atomic::Ordering::SeqCst);
    let r =
        f.ws.import_paths(&[p], &Actor::local("t"), ImportControl { progress: Some(&progress), cancel: Some(&cancel) })
            .unwrap();
    assert!(r.cancelled);
    assert_eq!(r.imported.len(), claimdesk_core::import::BATCH_ROWS);
    assert_eq!(f.counts().0, claimdesk_core::import::BATCH_ROWS as i64);
}

#[test]
fn pasted_text_is_validated_and_imported() {
    let f = Fixture::new();
    let empty =
        f.ws.import_text(TextInput { title: None, body: " \n".into(), url: None }, &Actor::local("t")).unwrap_err();
    assert_eq!((empty.code, empty.field.as_deref()), (ErrorCode::InvalidInput, Some("body")));
    let bad_url = f
        .ws
        .import_text(TextInput { title: None, body: "Text.".into(), url: Some("ftp://x".into()) }, &Actor::local("t"))
        .unwrap_err();
    assert_eq!(bad_url.field.as_deref(), Some("url"));
    assert_eq!(f.counts(), (0, 0));
    let r =
        f.ws.import_text(
            TextInput { title: Some("Pasted".into()), body: SAMPLE.into(), url: Some("https://example.org/a".into()) },
            &Actor::local("t"),
        )
        .unwrap();
    assert_eq!(r.imported[0].title, "Pasted");
    let claims =
        f.ws.list_claims(&ClaimFilter { article_id: Some(r.imported[0].id.clone()), ..Default::default() }).unwrap();
    assert_eq!(claims.len() as i64, r.imported[0].claims);
}

#[test]
fn the_sample_is_imported_only_into_an_empty_workspace() {
    let f = Fixture::new();
    assert!(f.ws.import_sample_if_empty().unwrap().is_some());
    assert!(f.ws.import_sample_if_empty().unwrap().is_none());
    assert_eq!(f.counts().0, 1);
}

#[test]
fn every_import_is_in_the_audit_history() {
    let f = Fixture::new();
    let p = f.file("a.txt", SAMPLE.as_bytes());
    let r = f.import(&[&p]);
    drop(f.ws);
    let conn = rusqlite::Connection::open(f.dir.path().join("w.db")).unwrap();
    let (actor, action, after): (String, String, String) = conn
        .query_row(
            "SELECT actor, action, after FROM audit WHERE entity = 'article' AND entity_id = ?1",
            [&r.imported[0].id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((actor.as_str(), action.as_str()), ("tester", "import"));
    assert!(after.contains("\"claims\""));
}

#[test]
fn full_text_search_indexes_claims_in_the_same_transaction() {
    let f = Fixture::new();
    let p = f.file("a.txt", SAMPLE.as_bytes());
    f.import(&[&p]);
    drop(f.ws);
    let conn = rusqlite::Connection::open(f.dir.path().join("w.db")).unwrap();
    let n: i64 =
        conn.query_row("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'Albu'", [], |r| r.get(0)).unwrap();
    assert!(n >= 1);
    let n: i64 =
        conn.query_row("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Sochi'", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
}

#[test]
fn html_files_import_their_main_text_and_metadata() {
    let f = Fixture::new();
    let page = r#"<!doctype html><html><head><title>Sochi talks | Wire</title>
        <meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2017-11-21T08:00:00Z">
        <script>document.write("<p>injected</p>")</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Sochi talks</h1>
        <p>MOSCOW (Reuters) - Russian President Vladimir Putin hosted Syrian President Bashar al-Assad for three hours of talks, the Kremlin said on Tuesday.</p>
        <p>Syrian government forces took control of Albu Kamal at the weekend, the last major town held by Islamic State, officials said.</p>
        <p>Putin and Assad last met in Moscow on Oct. 20, 2015, a few weeks after Russia launched its military operation in Syria.</p>
        </article><footer>Cookie settings and privacy policy</footer></body></html>"#;
    let p = f.file("story.html", page.as_bytes());
    let r = f.import(&[&p]);
    assert_eq!(r.imported.len(), 1, "{r:?}");
    let a = f.ws.article(&r.imported[0].id).unwrap();
    assert_eq!(a.article.outlet.as_deref(), Some("Example Wire"));
    assert_eq!(a.article.published_at.as_deref(), Some("2017-11-21"));
    assert!(!a.article.body.contains("injected") && !a.article.body.contains("Cookie"), "{}", a.article.body);
    assert!(a.claims.iter().any(|c| c.text.contains("Albu Kamal")));
}
