//! A report fixture with fixed ids and times, written straight into a migrated
//! database, so exports of it can be compared byte for byte with golden files.
//! `text(field, value)` lets a test replace every piece of user text (the
//! escaping test puts markup and template tags into every field).
#![allow(dead_code)]

use std::path::Path;

use claimdesk_core::store::Store;
use claimdesk_core::Workspace;
use rusqlite::params;

pub const SAMPLE: &str = include_str!("../../../../assets/sample-article.txt");

/// 2017-11-23T08:00:00Z, as `SOURCE_DATE_EPOCH`.
pub const EPOCH: &str = "1511424000";
pub const GENERATED_AT: &str = "2017-11-23T08:00:00Z";

/// Text written into every field by the escaping test.
pub const HOSTILE: &str = r#"<script>alert(1)</script> "><img src=x onerror=alert(1)> {{ 7*7 }} {% raw %}"#;
pub const HOSTILE_URL: &str = r#"javascript:alert(1)//"><img src=x onerror=alert(1)>"#;

pub fn id(kind: char, n: u32) -> String {
    format!("01890000-0000-7000-8000-{}{:011}", kind, n)
}

/// Field text: the real value, or a replacement for every field.
pub type Text<'a> = &'a dyn Fn(&str, &str) -> String;

pub fn real(_: &str, value: &str) -> String {
    value.to_string()
}

pub fn hostile(field: &str, value: &str) -> String {
    if field.ends_with("url") {
        HOSTILE_URL.to_string()
    } else if value.is_empty() {
        String::new()
    } else {
        format!("{field}: {HOSTILE} {value}")
    }
}

struct Claim<'a> {
    n: u32,
    article: u32,
    text: &'a str,
    source: Option<u32>,
    mention: Option<&'a str>,
    cue: Option<&'a str>,
    attribution: &'a str,
    status: &'a str,
    verdict: Option<&'a str>,
    rationale: Option<&'a str>,
    check: Option<&'a str>,
    proposer: Option<u32>,
    approver: Option<u32>,
    /// Minutes after 2017-11-22T09:00:00Z of the first step.
    at: u32,
}

struct Ev<'a> {
    claim: u32,
    kind: &'a str,
    url: Option<&'a str>,
    title: &'a str,
    publisher: Option<&'a str>,
    published: Option<&'a str>,
    excerpt: Option<&'a str>,
    stance: &'a str,
    reliability: &'a str,
}

fn time(minutes: u32) -> String {
    format!("2017-11-22T{:02}:{:02}:00.000Z", 9 + minutes / 60, minutes % 60)
}

/// Write the fixture into a fresh database at `path`.
pub fn write(path: &Path, t: Text) {
    let store = Store::open(path).unwrap();
    let c = store.conn();
    let people = [
        (1, "Ada Admin", "admin"),
        (2, "Ana Lima", "reviewer"),
        (3, "Eve Editor", "editor"),
        (4, "Ben Okafor", "reviewer"),
    ];
    for (n, name, role) in people {
        let initials: String = name.split(' ').filter_map(|w| w.chars().next()).collect();
        c.execute(
            "INSERT INTO reviewers (id, name, initials, role, created_at) VALUES (?1, ?2, ?3, ?4, '2017-11-20T08:00:00.000Z')",
            params![id('r', n), t("reviewer", name), initials, role],
        )
        .unwrap();
    }
    let notes = "Hezbollah leader Sayyed Hassan Nasrallah said Iranian commanders led the battle for Albu Kamal.\nThe desk could not reach the Iranian Revolutionary Guards for comment.";
    c.execute(
        "INSERT INTO articles (id, title, outlet, url, place, published_at, body, content_hash, origin, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5, '2017-11-21', ?6, 'h1', 'fixture', '2017-11-22T08:00:00.000Z')",
        params![
            id('a', 1),
            t("article_title", "Putin hosts Assad in Sochi, pushes for Syria peace deal"),
            t("article_outlet", "Reuters"),
            t(
                "article_url",
                "https://www.reuters.com/article/us-mideast-crisis-syria-russia/putin-hosts-assad-idUSKBN1DL2VB"
            ),
            t("article_place", "MOSCOW/BEIRUT"),
            SAMPLE
        ],
    )
    .unwrap();
    c.execute(
        "INSERT INTO articles (id, title, body, content_hash, origin, imported_at)
         VALUES (?1, ?2, ?3, 'h2', 'fixture', '2017-11-22T08:30:00.000Z')",
        params![id('a', 2), t("article_title", "Desk notes: Hezbollah and Albu Kamal"), notes],
    )
    .unwrap();
    let sources = [
        (1, "Vladimir Putin", "person", Some("Russian President")),
        (2, "Kremlin", "government", None),
        (3, "Sayyed Hassan Nasrallah", "person", Some("Hezbollah leader")),
        (4, "a source in Netanyahu's office", "anonymous", None),
    ];
    for (n, name, kind, role) in sources {
        c.execute(
            "INSERT INTO sources (id, name, kind, role) VALUES (?1, ?2, ?3, ?4)",
            params![id('s', n), t("source_name", name), kind, role.map(|r| t("source_role", r))],
        )
        .unwrap();
    }
    let claims = [
        Claim {
            n: 1,
            article: 1,
            text: "Syrian government forces and their allies at the weekend took control of Albu Kamal, the last major Syrian town held by Islamic State.",
            source: None,
            mention: None,
            cue: None,
            attribution: "unattributed",
            status: "verified",
            verdict: Some("true"),
            rationale: Some("The Syrian army announced the capture on Nov. 19 and independent control maps agree.\nIslamic State still held villages near the town, which the claim does not contradict."),
            check: None,
            proposer: Some(2),
            approver: Some(3),
            at: 0,
        },
        Claim {
            n: 2,
            article: 1,
            text: "According to the Kremlin, Putin told Trump that the Syrian leader confirmed adherence to the political process, to run a constitutional reform and presidential and parliamentary elections.",
            source: Some(1),
            mention: Some("Putin"),
            cue: Some("told"),
            attribution: "indirect",
            status: "verified",
            verdict: Some("mostly_true"),
            rationale: Some("The Kremlin readout of the call says so; the White House readout does not mention elections."),
            check: Some("confirmed"),
            proposer: Some(2),
            approver: Some(3),
            at: 30,
        },
        Claim {
            n: 3,
            article: 1,
            text: "He flew in on Monday evening, held talks, and flew out four hours after landing, according to the Kremlin.",
            source: Some(2),
            mention: Some("the Kremlin"),
            cue: Some("according to"),
            attribution: "indirect",
            status: "proposed",
            verdict: Some("misleading"),
            rationale: Some("Timing taken from the Kremlin alone."),
            check: Some("unconfirmed"),
            proposer: Some(4),
            approver: None,
            at: 60,
        },
        Claim {
            n: 4,
            article: 1,
            text: "The Israeli leader stressed his country s security concerns, the source said.",
            source: Some(4),
            mention: Some("the source"),
            cue: Some("said"),
            attribution: "indirect",
            status: "dismissed",
            verdict: None,
            rationale: None,
            check: None,
            proposer: None,
            approver: None,
            at: 70,
        },
        Claim {
            n: 5,
            article: 2,
            text: "Hezbollah leader Sayyed Hassan Nasrallah said Iranian commanders led the battle for Albu Kamal.",
            source: Some(3),
            mention: Some("Hezbollah leader Sayyed Hassan Nasrallah"),
            cue: Some("said"),
            attribution: "indirect",
            status: "verified",
            verdict: Some("unverifiable"),
            rationale: Some("Only Hezbollah's own statement; the Revolutionary Guards did not answer."),
            check: Some("unconfirmed"),
            proposer: Some(4),
            approver: Some(1),
            at: 120,
        },
        Claim {
            n: 6,
            article: 1,
            text: "Russia is trying to broker an international consensus around a peace deal for Syria, over two years after Moscow began a military intervention that turned the tide of the conflict in Assad s favor.",
            source: None,
            mention: None,
            cue: None,
            attribution: "unattributed",
            status: "verified",
            verdict: Some("mixed"),
            rationale: Some("The intervention dates are right; \"consensus\" overstates the diplomatic position."),
            check: None,
            proposer: Some(4),
            approver: Some(3),
            at: 150,
        },
    ];
    for cl in &claims {
        let body = if cl.article == 1 { SAMPLE } else { notes };
        let start = body.find(cl.text).unwrap_or(0) as i64;
        let end = start + cl.text.len() as i64;
        let sentence = body[..start as usize].matches('\n').count() as i64;
        let proposed_at = cl.proposer.map(|_| time(cl.at + 10));
        let approved_at = cl.approver.map(|_| time(cl.at + 20));
        let updated_at = approved_at.clone().or(proposed_at.clone()).unwrap_or(time(cl.at));
        c.execute(
            "INSERT INTO claims (id, article_id, sentence_index, text, span_start, span_end, source_id, mention, cue,
                                 attribution_type, score, reasons, status, verdict, rationale, attribution_check,
                                 assignee_id, proposed_by, proposed_at, approved_by, approved_at, dismiss_reason,
                                 version, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0.8, '[\"number\"]', ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                     ?18, ?19, ?20, 4, '2017-11-22T08:00:00.000Z', ?21)",
            params![
                id('c', cl.n),
                id('a', cl.article),
                sentence,
                t("claim_text", cl.text),
                start,
                end,
                cl.source.map(|s| id('s', s)),
                cl.mention.map(|m| t("mention", m)),
                cl.cue.map(|m| t("cue", m)),
                cl.attribution,
                cl.status,
                cl.verdict,
                cl.rationale.map(|r| t("rationale", r)),
                cl.check,
                cl.proposer.map(|r| id('r', r)),
                cl.proposer.map(|r| id('r', r)),
                proposed_at,
                cl.approver.map(|r| id('r', r)),
                approved_at,
                (cl.status == "dismissed").then(|| t("dismiss_reason", "Not check-worthy: an opinion.")),
                updated_at,
            ],
        )
        .unwrap();
        let audit = |n: u32, at: String, actor: u32, action: &str| {
            c.execute(
                "INSERT INTO audit (id, at, actor, actor_id, entity, entity_id, action, before, after)
                 VALUES (?1, ?2, ?3, ?4, 'claim', ?5, ?6, NULL, NULL)",
                params![
                    id('h', cl.n * 10 + n),
                    at,
                    t("reviewer", people[actor as usize - 1].1),
                    id('r', actor),
                    id('c', cl.n),
                    action
                ],
            )
            .unwrap();
        };
        if let Some(p) = cl.proposer {
            audit(1, time(cl.at), p, "assign");
            audit(2, time(cl.at + 5), p, "evidence.add");
            audit(3, time(cl.at + 10), p, "propose");
        }
        if let Some(a) = cl.approver {
            audit(4, time(cl.at + 20), a, "approve");
        }
        if cl.status == "dismissed" {
            audit(5, time(cl.at), 3, "dismiss");
        }
    }
    let evidence = [
        Ev {
            claim: 1,
            kind: "web_page",
            url: Some("https://sana.sy/en/?p=118262"),
            title: "Army declares Albu Kamal city fully liberated from ISIS",
            publisher: Some("SANA"),
            published: Some("2017-11-19"),
            excerpt: Some("Units of the Syrian Arab Army, in cooperation with supporting forces, restored security and stability to Albu Kamal city."),
            stance: "supports",
            reliability: "medium",
        },
        Ev {
            claim: 1,
            kind: "dataset",
            url: Some("https://www.understandingwar.org/backgrounder/syria-situation-report-november-14-21-2017"),
            title: "Syria Situation Report: November 14 - 21, 2017",
            publisher: Some("Institute for the Study of War"),
            published: Some("2017-11-22"),
            excerpt: None,
            stance: "supports",
            reliability: "high",
        },
        Ev {
            claim: 2,
            kind: "official_record",
            url: Some("http://en.kremlin.ru/events/president/news/56136"),
            title: "Telephone conversation with US President Donald Trump",
            publisher: Some("Kremlin"),
            published: Some("2017-11-21"),
            excerpt: Some("Bashar al-Assad confirmed his commitment to the political process, constitutional reform and presidential and parliamentary elections."),
            stance: "supports",
            reliability: "high",
        },
        Ev {
            claim: 3,
            kind: "official_record",
            url: Some("http://en.kremlin.ru/events/president/news/56135"),
            title: "Meeting with President of Syria Bashar al-Assad",
            publisher: Some("Kremlin"),
            published: Some("2017-11-21"),
            excerpt: None,
            stance: "context",
            reliability: "high",
        },
        Ev {
            claim: 5,
            kind: "interview",
            url: None,
            title: "Phone call to the IRGC press office (no answer)",
            publisher: None,
            published: None,
            excerpt: Some("Two calls on Nov. 22, 2017; no one answered."),
            stance: "context",
            reliability: "low",
        },
        Ev {
            claim: 6,
            kind: "web_page",
            url: Some("https://www.reuters.com/article/us-mideast-crisis-syria-russia-idUSKCN0RU0MG20150930"),
            title: "Russia begins air strikes in Syria",
            publisher: Some("Reuters"),
            published: Some("2015-09-30"),
            excerpt: Some("Russian warplanes struck in Syria for the first time on Wednesday."),
            stance: "mixed",
            reliability: "high",
        },
    ];
    for (i, e) in evidence.iter().enumerate() {
        let cl = claims.iter().find(|c| c.n == e.claim).unwrap();
        c.execute(
            "INSERT INTO evidence (id, claim_id, kind, url, title, publisher, published_at, accessed_at, excerpt, stance,
                                   reliability, created_by, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '2017-11-22', ?8, ?9, ?10, ?11, ?12, ?12)",
            params![
                id('e', i as u32 + 1),
                id('c', e.claim),
                e.kind,
                e.url.map(|u| t("evidence_url", u)),
                t("evidence_title", e.title),
                e.publisher.map(|p| t("evidence_publisher", p)),
                e.published,
                e.excerpt.map(|x| t("evidence_excerpt", x)),
                e.stance,
                e.reliability,
                cl.proposer.map(|r| id('r', r)),
                time(cl.at + 5 + i as u32),
            ],
        )
        .unwrap();
    }
    c.execute(
        "INSERT INTO comments (id, claim_id, author_id, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id('m', 1), id('c', 1), id('r', 3), t("comment", "@Ana Lima good sourcing"), time(15)],
    )
    .unwrap();
    for (k, v) in [
        ("organization", t("organization", "Desk Verify")),
        ("review_base_url", "https://desk.example/checks/".to_string()),
        ("verdict_label.mostly_true", t("verdict_label", "Largely accurate")),
    ] {
        c.execute("INSERT INTO settings (key, value) VALUES (?1, ?2)", params![k, v]).unwrap();
    }
}

/// A workspace on a fresh copy of the fixture.
pub fn open(t: Text) -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.db");
    write(&path, t);
    let ws = Workspace::open(&path).unwrap();
    (dir, ws)
}
