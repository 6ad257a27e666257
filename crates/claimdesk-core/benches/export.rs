//! Export speed: a generated workspace with 10,000 verified claims, each with
//! two pieces of evidence and four history entries, exported in every format.
//!
//!     cargo bench -p claimdesk-core --bench export
//!
//! The figures go in docs/PERFORMANCE.md ("Exports").

use std::time::Instant;

use claimdesk_core::report::{ExportFormat, ExportQuery};
use claimdesk_core::store::Store;
use claimdesk_core::Workspace;
use criterion::{criterion_group, criterion_main, Criterion};
use rusqlite::params;

const CLAIMS: usize = 10_000;
const PER_ARTICLE: usize = 20;
const VERDICTS: [&str; 7] = ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unverifiable"];

fn id(kind: char, n: usize) -> String {
    format!("01890000-0000-7000-8000-{kind}{n:011}")
}

/// Write the workspace straight into SQLite (the workflow's rules are not what is measured).
fn generate(path: &std::path::Path) {
    let mut store = Store::open(path).unwrap();
    store
        .write(|tx| {
            for (n, name, role) in [(1, "Ada Admin", "admin"), (2, "Ana Lima", "reviewer"), (3, "Eve Editor", "editor")] {
                tx.execute(
                    "INSERT INTO reviewers (id, name, initials, role, created_at) VALUES (?1, ?2, 'XX', ?3, '2017-11-20T08:00:00.000Z')",
                    params![id('r', n), name, role],
                )?;
            }
            for (k, v) in [("organization", "Desk Verify"), ("review_base_url", "https://desk.example/checks/")] {
                tx.execute("INSERT INTO settings (key, value) VALUES (?1, ?2)", params![k, v])?;
            }
            for s in 0..200 {
                tx.execute(
                    "INSERT INTO sources (id, name, kind, role) VALUES (?1, ?2, ?3, ?4)",
                    params![
                        id('s', s),
                        format!("Source Person {s}"),
                        if s % 3 == 0 { "organization" } else { "person" },
                        format!("Minister of Example Affairs {s}")
                    ],
                )?;
            }
            let mut claim = tx.prepare(
                "INSERT INTO claims (id, article_id, sentence_index, text, span_start, span_end, source_id, mention, cue,
                    attribution_type, score, status, verdict, rationale, attribution_check, assignee_id, proposed_by,
                    proposed_at, approved_by, approved_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'the minister', 'said', 'indirect', 0.7, 'verified', ?8, ?9,
                    'confirmed', ?10, ?10, ?11, ?12, ?13, '2017-11-22T08:00:00.000Z', ?13)",
            )?;
            let mut ev = tx.prepare(
                "INSERT INTO evidence (id, claim_id, kind, url, title, publisher, published_at, accessed_at, excerpt,
                    stance, reliability, created_by, created_at, updated_at)
                 VALUES (?1, ?2, 'web_page', ?3, ?4, 'Example Statistics Office', '2017-11-19', '2017-11-22', ?5, ?6,
                    'high', ?7, ?8, ?8)",
            )?;
            let mut audit = tx.prepare(
                "INSERT INTO audit (id, at, actor, actor_id, entity, entity_id, action) VALUES (?1, ?2, ?3, ?4, 'claim', ?5, ?6)",
            )?;
            for a in 0..CLAIMS / PER_ARTICLE {
                let sentences: Vec<String> = (0..PER_ARTICLE)
                    .map(|i| {
                        format!(
                            "The minister said unemployment in region {a} fell by {i}.{a} percent in the third quarter, \
                             the fastest fall since 2009, while public spending on training rose to {} million euros.",
                            100 + i * 7
                        )
                    })
                    .collect();
                let body = sentences.join(" ");
                tx.execute(
                    "INSERT INTO articles (id, title, outlet, url, published_at, body, content_hash, imported_at)
                     VALUES (?1, ?2, 'Example Wire', ?3, ?4, ?5, ?6, '2017-11-22T08:00:00.000Z')",
                    params![
                        id('a', a),
                        format!("Jobs figures for region {a} beat forecasts"),
                        format!("https://news.example/economy/{a}"),
                        format!("2017-{:02}-{:02}", 1 + a % 12, 1 + a % 28),
                        body,
                        format!("hash{a}")
                    ],
                )?;
                let mut at = 0;
                for (i, text) in sentences.iter().enumerate() {
                    let n = a * PER_ARTICLE + i;
                    let (who, approver) = (id('r', 2), id('r', 3));
                    let t = |m: usize| format!("2017-11-22T{:02}:{:02}:00.000Z", 9 + (n / 60) % 12, (n + m) % 60);
                    claim.execute(params![
                        id('c', n),
                        id('a', a),
                        i as i64,
                        text,
                        at as i64,
                        (at + text.len()) as i64,
                        id('s', n % 200),
                        VERDICTS[n % VERDICTS.len()],
                        "The statistics office's quarterly release shows the figure; the comparison with 2009 holds for the seasonally adjusted series only.",
                        who,
                        t(10),
                        approver,
                        t(20),
                    ])?;
                    at += text.len() + 1;
                    for e in 0..2 {
                        ev.execute(params![
                            id('e', n * 2 + e),
                            id('c', n),
                            format!("https://stats.example/releases/2017/q3/region-{a}/table-{e}"),
                            format!("Quarterly labour force survey, region {a}, table {e}"),
                            "Unemployment fell from 7.9 to 7.1 percent between the second and third quarters (seasonally adjusted).",
                            if e == 0 { "supports" } else { "context" },
                            who,
                            t(5 + e),
                        ])?;
                    }
                    for (k, (action, actor)) in
                        [("assign", 2), ("evidence.add", 2), ("propose", 2), ("approve", 3)].into_iter().enumerate()
                    {
                        audit.execute(params![
                            id('h', n * 4 + k),
                            t(k * 5),
                            if actor == 2 { "Ana Lima" } else { "Eve Editor" },
                            id('r', actor),
                            id('c', n),
                            action
                        ])?;
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.db");
    let t = Instant::now();
    generate(&path);
    eprintln!("generated {CLAIMS} verified claims with 2 pieces of evidence each in {:.1?}", t.elapsed());
    let ws = Workspace::open(&path).unwrap();
    let q = ExportQuery::default();
    let mut group = c.benchmark_group("export 10,000 verified claims");
    group.sample_size(10);
    for f in ExportFormat::ALL {
        let out = ws.export_at(&q, f, "2017-11-23T08:00:00Z").unwrap();
        assert!(out.contains(&id('c', CLAIMS - 1)), "{f:?} lacks the last claim");
        eprintln!("{:<12} {:>6.1} MiB", f.as_str(), out.len() as f64 / 1048576.0);
        group.bench_function(f.as_str(), |b| b.iter(|| ws.export_at(&q, f, "2017-11-23T08:00:00Z").unwrap().len()));
    }
    group.bench_function("stats", |b| b.iter(|| ws.export_stats(&q).unwrap().claims));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
