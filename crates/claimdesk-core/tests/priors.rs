//! Prior fact-checks: importing ClaimReview JSON-LD in the shapes fact-checkers
//! publish (tests/fixtures/priors/README.md), refusing malformed items by file
//! and item, and matching them against the claims of the bundled sample article.

mod common;

use std::path::PathBuf;

use claimdesk_core::report::{ExportFormat, ExportQuery};
use claimdesk_core::store::claims::ClaimFilter;
use claimdesk_core::{Actor, ClaimAction, ReviewerInput, Role, TextInput, Workspace};

fn fixtures(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/priors").join(sub)
}

fn importer() -> Actor {
    Actor::local("tester")
}

/// A workspace with the sample article and the good fixtures imported.
fn desk() -> Workspace {
    let ws = Workspace::open_in_memory().unwrap();
    let r = ws
        .import_text(TextInput { title: Some("Sample".into()), body: common::SAMPLE.into(), url: None }, &importer())
        .unwrap();
    assert_eq!(r.imported.len(), 1);
    let r = ws.import_priors(&[fixtures("good")], &importer()).unwrap();
    assert!(r.refused.is_empty(), "{:?}", r.refused);
    ws
}

#[test]
fn feeds_of_every_shape_import_once() {
    let ws = Workspace::open_in_memory().unwrap();
    let r = ws.import_priors(&[fixtures("good")], &importer()).unwrap();
    // A JSON array (4), an @graph page (2 ClaimReviews beside 3 other nodes), one object (1), a DataFeed (4).
    assert_eq!((r.files, r.imported, r.duplicates, r.ignored), (4, 11, 0, 3));
    assert!(r.refused.is_empty());

    let priors = ws.list_priors().unwrap();
    assert_eq!(priors.len(), 11);
    let by_url = |part: &str| priors.iter().find(|p| p.url.contains(part)).unwrap();
    let tm = by_url("putin-hosted-assad-sochi");
    assert_eq!((tm.organization.as_str(), tm.rating.as_str()), ("TruthMeter", "Mostly True"));
    assert_eq!((tm.rating_value, tm.best_rating, tm.worst_rating), (Some(5.0), Some(6.0), Some(1.0)));
    assert_eq!(tm.claim_author.as_deref(), Some("Vladimir Putin"));
    assert_eq!(tm.date_published.as_deref(), Some("2017-11-22"));
    // An author without a name: the fact-check's site names it.
    assert_eq!(by_url("russia-air-strikes").organization, "truthmeter.example");
    let afp = by_url("albu-kamal-video");
    assert_eq!(
        (afp.organization.as_str(), afp.rating.as_str(), afp.language.as_deref()),
        ("Agence Vérif", "False", Some("en"))
    );
    assert_eq!(afp.appearance_url.as_deref(), Some("https://social.example/posts/8812345"));
    assert_eq!(afp.date_published.as_deref(), Some("2017-11-29"));
    assert_eq!(
        by_url("albu-kamal-recaptured").appearance_url.as_deref(),
        Some("https://news.example/syria/albu-kamal")
    );
    let uk = by_url("factcheck-uk");
    assert!(uk.rating.starts_with("Correct. Assad's last publicly declared trip"));
    assert_eq!(uk.rating_value, None);
    let es = by_url("verificado");
    assert_eq!((es.rating.as_str(), es.language.as_deref()), ("Engañoso", Some("es")));
    let de = by_url("assad-besuch-sotschi");
    assert_eq!(
        (de.organization.as_str(), de.rating.as_str(), de.language.as_deref()),
        ("Prüfstelle", "Größtenteils richtig", Some("de"))
    );
    assert!(
        by_url("soleimani").origin.ends_with("datafeed.json item 4 (/dataFeedElement/2/item)"),
        "{}",
        by_url("soleimani").origin
    );

    let again = ws.import_priors(&[fixtures("good/truthmeter.json"), fixtures("good")], &importer()).unwrap();
    assert_eq!((again.imported, again.duplicates), (0, 15));
    assert_eq!(ws.list_priors().unwrap().len(), 11);
}

#[test]
fn malformed_files_and_items_are_refused_by_name_and_the_rest_imports() {
    let ws = Workspace::open_in_memory().unwrap();
    let missing = fixtures("no-such-file.json");
    let r =
        ws.import_priors(&[fixtures("bad"), fixtures("good/factcheck-uk.json"), missing.clone()], &importer()).unwrap();
    assert_eq!(r.imported, 3, "the two good items of mixed.json and factcheck-uk.json");
    let messages: Vec<&str> = r.refused.iter().map(|x| x.message.as_str()).collect();
    let mixed = fixtures("bad/mixed.json").display().to_string();
    let expected_items = [
        (2, "/1", "claimReviewed is missing"),
        (3, "/2", "url must be an http(s) address, not \"javascript:alert(document.cookie)\""),
        (4, "/3", "reviewRating is missing"),
        (5, "/4", "claimReviewed must be text, not a number"),
        (6, "/5", "is a string where a ClaimReview object was expected"),
        (7, "/6", "reviewRating.ratingValue is not a number"),
    ];
    for (item, pointer, why) in expected_items {
        let line = format!("{mixed}: item {item} ({pointer}): {why}");
        assert!(messages.contains(&line.as_str()), "missing {line:?} in {messages:#?}");
        let x = r.refused.iter().find(|x| x.item == Some(item)).unwrap();
        assert_eq!((x.file.as_str(), x.pointer.as_deref()), (mixed.as_str(), Some(pointer)));
    }
    let broken = fixtures("bad/broken.json").display().to_string();
    assert!(
        messages.iter().any(|m| m.starts_with(&format!("{broken}: is not valid JSON")) && m.contains("line 7")),
        "{messages:#?}"
    );
    let page = fixtures("bad/page.json").display().to_string();
    assert!(messages.contains(&format!("{page}: contains no ClaimReview items").as_str()));
    assert!(messages.iter().any(|m| m.starts_with(&format!("{}: cannot be read", missing.display()))));
    assert_eq!(r.refused.len(), 9);
    let priors = ws.list_priors().unwrap();
    let labels: Vec<&str> = priors.iter().map(|p| p.rating.as_str()).collect();
    assert!(labels.contains(&"3 on a scale of 1 to 5"), "a numeric rating without a label: {labels:?}");
    assert!(labels.contains(&"Unsupported"));
}

#[test]
fn claims_of_the_sample_article_match_the_fact_checks_about_them_and_nothing_else() {
    let ws = desk();
    let expected = [
        ("hosted Syrian President Bashar al-Assad", "TruthMeter", "Mostly True"),
        ("first publicly-declared travel outside Syria", "FactCheck UK", "Correct."),
        ("took control of Albu Kamal", "Agence Vérif", "True"),
        ("killing significant numbers of Syrian civilians", "truthmeter.example", "Half True"),
        ("Qassem Soleimani, had led the battle for Albu Kamal", "Checkpoint", "Unproven"),
    ];
    for line in common::SAMPLE.lines() {
        let found = ws.match_priors(line).unwrap();
        let want = expected.iter().find(|(needle, _, _)| line.contains(needle));
        match want {
            Some((_, org, rating)) => {
                assert_eq!(found.len(), 1, "{line}: {found:#?}");
                assert_eq!(found[0].organization, *org, "{line}");
                assert!(found[0].rating.starts_with(rating), "{line}: {}", found[0].rating);
                assert!((0.5..=1.0).contains(&found[0].score), "{line}: {}", found[0].score);
                assert!(found[0].url.starts_with("https://"));
            }
            None => assert!(found.is_empty(), "{line} should match nothing: {found:#?}"),
        }
    }
    // Other languages match texts in their own language, with accents folded.
    let es = ws.match_priors("Vladímir Putin y Bashar al Asad se reunieron el lunes en Sochi; según el Kremlin, anunciaron el fin de la operación militar en Siria.").unwrap();
    assert_eq!(
        es.iter().map(|m| (m.organization.as_str(), m.rating.as_str())).collect::<Vec<_>>(),
        [("Verificado", "Engañoso")]
    );
    assert_eq!(es[0].language.as_deref(), Some("es"));
    let de = ws.match_priors("Der syrische Präsident Baschar al-Assad besuchte am Montag Wladimir Putin in Sotschi, er blieb vier Stunden.").unwrap();
    assert_eq!(de.iter().map(|m| m.rating.as_str()).collect::<Vec<_>>(), ["Größtenteils richtig"]);
    // Sharing a name is not enough.
    for unrelated in [
        "Putin attended the opening of a stadium in Moscow.",
        "Assad spoke to state television on Sunday.",
        "Die Bundesregierung hat am Mittwoch einen neuen Haushalt beschlossen.",
        "Albu Kamal",
        "",
    ] {
        assert!(ws.match_priors(unrelated).unwrap().is_empty(), "{unrelated}");
    }
}

#[test]
fn a_claim_lists_its_prior_checks_and_can_attach_one_as_evidence() {
    let ws = desk();
    let admin = ws
        .add_reviewer(
            ReviewerInput { name: "Ada".into(), initials: None, email: None, role: Role::Admin, active: None },
            None,
        )
        .unwrap();
    let admin = ws.actor(&admin.id).unwrap();
    let claims = ws.list_claims(&ClaimFilter::default()).unwrap();
    let albu = claims.iter().find(|c| c.text.contains("took control of Albu Kamal")).unwrap();
    let checks = ws.prior_checks(&albu.id).unwrap();
    assert_eq!(checks.len(), 1);
    let p = &checks[0];
    assert_eq!((p.organization.as_str(), p.rating.as_str()), ("Agence Vérif", "True"));
    assert_eq!(p.url, "https://factcheck.agence-verif.example/albu-kamal-recaptured");
    assert!(p.score >= 0.5);
    let unrelated = claims.iter().find(|c| c.text.contains("Hezbollah leader Sayyed Hassan Nasrallah thanked"));
    if let Some(c) = unrelated {
        assert!(ws.prior_checks(&c.id).unwrap().is_empty());
    }

    ws.act(&albu.id, ClaimAction::Assign { to: "Ada".into() }, None, &admin).unwrap();
    let e = ws.attach_prior(&albu.id, &p.prior_id, &admin).unwrap();
    assert_eq!(e.url.as_deref(), Some(p.url.as_str()));
    assert_eq!(e.publisher.as_deref(), Some("Agence Vérif"));
    assert_eq!(e.published_at.as_deref(), Some("2017-11-20"));
    assert_eq!(e.stance, "context");
    assert!(e.title.starts_with("Agence Vérif fact-check: Syrian government forces recaptured"));
    assert!(e.excerpt.as_deref().unwrap().starts_with("Rated “True”: "));
    let history = ws.history(&albu.id).unwrap();
    assert_eq!(history.last().unwrap().action, "evidence.add");
    // The same rules as any evidence: someone who is not a reviewer cannot attach.
    assert!(ws.attach_prior(&albu.id, &p.prior_id, &importer()).is_err());
    assert!(ws.attach_prior(&albu.id, "no-such-prior", &admin).is_err());
}

#[test]
fn priors_are_read_only_and_imports_are_audited() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    let ws = Workspace::open(&path).unwrap();
    ws.import_priors(&[fixtures("good/factcheck-uk.json")], &importer()).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let e = conn.execute("UPDATE priors SET rating = 'False'", []).unwrap_err();
    assert!(e.to_string().contains("read-only"), "{e}");
    let (actor, action): (String, String) = conn
        .query_row("SELECT actor, action FROM audit WHERE entity = 'priors'", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((actor.as_str(), action.as_str()), ("tester", "import"));
}

#[test]
fn our_own_claimreview_export_imports_as_priors_and_matches_its_claims() {
    let (dir, ws) = common::open(&common::real);
    let path = dir.path().join("reviews.jsonld");
    ws.export_to_file(&ExportQuery::default(), ExportFormat::Claimreview, &path).unwrap();
    let r = ws.import_priors(std::slice::from_ref(&path), &importer()).unwrap();
    assert_eq!((r.imported, r.refused.len()), (4, 0));
    let checks = ws.prior_checks(&common::id('c', 2)).unwrap();
    assert_eq!(checks[0].organization, "Desk Verify");
    assert_eq!(checks[0].rating, "Largely accurate");
    assert_eq!(checks[0].score, 1.0);
    assert_eq!(checks[0].url, format!("https://desk.example/checks/{}", common::id('c', 2)));
}
