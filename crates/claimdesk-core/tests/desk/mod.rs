//! A desk of four reviewers over the sample article, shared by the workflow and
//! review-tools tests.
#![allow(dead_code)]

use claimdesk_core::store::claims::ClaimFilter;
use claimdesk_core::{Actor, ClaimAction, EvidenceInput, ReviewerInput, Role, TextInput, Verdict, Workspace};

pub const SAMPLE: &str = include_str!("../../../../assets/sample-article.txt");

pub struct Desk {
    pub _dir: tempfile::TempDir,
    pub path: std::path::PathBuf,
    pub ws: Workspace,
    pub admin: Actor,
    pub ana: Actor,
    pub ben: Actor,
    pub eve: Actor,
    pub claim: String,
}

pub fn person(name: &str, role: Role) -> ReviewerInput {
    ReviewerInput { name: name.into(), initials: None, email: None, role, active: None }
}

pub fn evidence() -> EvidenceInput {
    EvidenceInput {
        kind: "official_record".into(),
        url: "https://www.kremlin.ru/events/president/news/56135".into(),
        title: "Kremlin readout of the Sochi meeting".into(),
        publisher: Some("Kremlin".into()),
        published_at: Some("2017-11-21".into()),
        excerpt: Some("Vladimir Putin met Bashar al-Assad in Sochi.".into()),
        stance: "supports".into(),
        reliability: "high".into(),
        ..EvidenceInput::default()
    }
}

pub fn desk() -> Desk {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let ws = Workspace::open(&path).unwrap();
    let admin = ws.add_reviewer(person("Ada Admin", Role::Admin), None).unwrap();
    let admin = ws.actor(&admin.id).unwrap();
    for (n, r) in [("Ana Lima", Role::Reviewer), ("Ben Okafor", Role::Reviewer), ("Eve Editor", Role::Editor)] {
        ws.add_reviewer(person(n, r), Some(&admin)).unwrap();
    }
    let r = ws.import_text(TextInput { title: Some("Sample".into()), body: SAMPLE.into(), url: None }, &admin).unwrap();
    let claims =
        ws.list_claims(&ClaimFilter { article_id: Some(r.imported[0].id.clone()), ..Default::default() }).unwrap();
    let claim = claims.iter().find(|c| c.text.contains("Albu Kamal")).unwrap().id.clone();
    Desk {
        ana: ws.actor("Ana Lima").unwrap(),
        ben: ws.actor("ben okafor").unwrap(),
        eve: ws.actor("Eve Editor").unwrap(),
        admin,
        ws,
        path,
        _dir: dir,
        claim,
    }
}

pub fn propose() -> ClaimAction {
    ClaimAction::Propose {
        verdict: Verdict::True,
        rationale: "Confirmed by the Kremlin readout.".into(),
        attribution_check: None,
    }
}
