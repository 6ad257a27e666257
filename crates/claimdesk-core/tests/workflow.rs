//! The review workflow through the Workspace API: rules enforced in core, every
//! change audited, stale updates refused, concurrent writers safe.

use claimdesk_core::store::claims::{ClaimFilter, Queue};
use claimdesk_core::{
    Actor, AttributionKind, ClaimAction, ClaimStatus, ErrorCode, EvidenceInput, ReviewerInput, Role, SentenceAnalysis,
    SourceChoice, Workspace,
};

mod desk;
use desk::{desk, evidence, person, propose};

#[test]
fn a_claim_goes_from_new_to_verified_with_two_people() {
    let d = desk();
    let c = d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, Some(1), &d.ana).unwrap();
    assert_eq!((c.status, c.assignee.as_deref(), c.version), (ClaimStatus::InReview, Some("Ana Lima"), 2));
    d.ws.add_evidence(&d.claim, evidence(), &d.ana).unwrap();
    let c = d.ws.act(&d.claim, propose(), Some(2), &d.ana).unwrap();
    assert_eq!(
        (c.status, c.verdict.as_deref(), c.proposer.as_deref()),
        (ClaimStatus::Proposed, Some("true"), Some("Ana Lima"))
    );
    let c = d.ws.act(&d.claim, ClaimAction::Approve, Some(c.version), &d.eve).unwrap();
    assert_eq!(c.status, ClaimStatus::Verified);

    let detail = d.ws.claim_detail(&d.claim).unwrap();
    assert_eq!(detail.proposed_by.as_deref(), Some("Ana Lima"));
    assert_eq!(detail.approved_by.as_deref(), Some("Eve Editor"));
    let actions: Vec<(String, String)> = detail.history.iter().map(|h| (h.actor.clone(), h.action.clone())).collect();
    assert_eq!(
        actions,
        [("Ana Lima", "assign"), ("Ana Lima", "evidence.add"), ("Ana Lima", "propose"), ("Eve Editor", "approve")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(detail.history[2].before.as_ref().unwrap()["status"], "in_review");
    assert_eq!(detail.history[2].after.as_ref().unwrap()["status"], "proposed");
    assert!(detail.context_before.is_some() && detail.context_after.is_some());
}

#[test]
fn the_proposer_cannot_approve_and_a_refusal_changes_nothing() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Eve Editor".into() }, None, &d.eve).unwrap();
    d.ws.add_evidence(&d.claim, evidence(), &d.eve).unwrap();
    d.ws.act(&d.claim, propose(), None, &d.eve).unwrap();
    let before = d.ws.claim_detail(&d.claim).unwrap();
    let err = d.ws.act(&d.claim, ClaimAction::Approve, None, &d.eve).unwrap_err();
    assert_eq!((err.code, err.rule.as_deref()), (ErrorCode::Refused, Some("approve.own_proposal")));
    assert_eq!(d.ws.claim_detail(&d.claim).unwrap(), before);
    let err = d.ws.act(&d.claim, ClaimAction::Approve, None, &d.ana).unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("approve.needs_editor"));
    assert_eq!(d.ws.act(&d.claim, ClaimAction::Approve, None, &d.admin).unwrap().status, ClaimStatus::Verified);
}

#[test]
fn proposing_needs_evidence_and_the_assignee() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    assert_eq!(
        d.ws.act(&d.claim, propose(), None, &d.ana).unwrap_err().rule.as_deref(),
        Some("propose.needs_evidence")
    );
    let err = d.ws.add_evidence(&d.claim, evidence(), &d.ben).unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("edit.not_assignee"));
    let err = d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ben).unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("assign.needs_editor"));
}

#[test]
fn request_changes_reopen_and_dismiss() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.eve).unwrap();
    d.ws.add_evidence(&d.claim, evidence(), &d.ana).unwrap();
    d.ws.act(&d.claim, propose(), None, &d.ana).unwrap();
    let c =
        d.ws.act(&d.claim, ClaimAction::RequestChanges { comment: "Add the Syrian readout too".into() }, None, &d.eve)
            .unwrap();
    assert_eq!(c.status, ClaimStatus::InReview);
    assert_eq!(d.ws.claim_detail(&d.claim).unwrap().comments[0].body, "Add the Syrian readout too");
    d.ws.act(&d.claim, propose(), None, &d.ana).unwrap();
    d.ws.act(&d.claim, ClaimAction::Approve, None, &d.eve).unwrap();
    let err = d.ws.act(&d.claim, ClaimAction::Reopen { reason: " ".into() }, None, &d.eve).unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("reopen.needs_reason"));
    let c = d.ws.act(&d.claim, ClaimAction::Reopen { reason: "New figures from the UN".into() }, None, &d.eve).unwrap();
    assert_eq!(c.status, ClaimStatus::InReview);
    let c =
        d.ws.act(&d.claim, ClaimAction::Dismiss { reason: "duplicate of another claim".into() }, None, &d.admin)
            .unwrap();
    assert_eq!(c.status, ClaimStatus::Dismissed);
    assert_eq!(d.ws.claim_detail(&d.claim).unwrap().dismiss_reason.as_deref(), Some("duplicate of another claim"));
}

#[test]
fn a_stale_update_from_a_second_connection_is_a_conflict() {
    let d = desk();
    let other = Workspace::open(&d.path).unwrap();
    let seen = d.ws.claim(&d.claim).unwrap().version;
    // Window 2 assigns first.
    other.act(&d.claim, ClaimAction::Assign { to: "Ben Okafor".into() }, Some(seen), &d.eve).unwrap();
    // Window 1 still holds the old version.
    let err = d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, Some(seen), &d.eve).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(err.message.contains("Eve Editor (assign"), "{}", err.message);
    assert_eq!(d.ws.claim(&d.claim).unwrap().assignee.as_deref(), Some("Ben Okafor"));
}

#[test]
fn many_concurrent_writers_lose_nothing_and_never_see_locked() {
    let d = desk();
    let threads = 8;
    let per_thread = 25;
    std::thread::scope(|s| {
        for t in 0..threads {
            let path = d.path.clone();
            let claim = d.claim.clone();
            let actor = d.ana.clone();
            s.spawn(move || {
                let ws = Workspace::open(&path).unwrap();
                for i in 0..per_thread {
                    ws.add_comment(&claim, &format!("note {t}-{i}"), &actor).unwrap();
                }
            });
        }
    });
    let detail = d.ws.claim_detail(&d.claim).unwrap();
    assert_eq!(detail.comments.len(), threads * per_thread);
    assert_eq!(detail.history.iter().filter(|h| h.action == "comment").count(), threads * per_thread);
}

#[test]
fn versioned_updates_from_many_threads_serialize_without_lost_updates() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Eve Editor".into() }, None, &d.eve).unwrap();
    // Each thread edits the claim text with the version it read, retrying on conflict.
    std::thread::scope(|s| {
        for t in 0..6 {
            let (path, claim, actor) = (d.path.clone(), d.claim.clone(), d.eve.clone());
            s.spawn(move || {
                let ws = Workspace::open(&path).unwrap();
                let mut done = 0;
                while done < 5 {
                    let c = ws.claim(&claim).unwrap();
                    let text = format!("{} [{t}]", c.text);
                    match ws.act(&claim, ClaimAction::Edit { text: Some(text), source: None }, Some(c.version), &actor)
                    {
                        Ok(_) => done += 1,
                        Err(e) => assert_eq!(e.code, ErrorCode::Conflict, "{e:?}"),
                    }
                }
            });
        }
    });
    let c = d.ws.claim(&d.claim).unwrap();
    assert_eq!(c.text.matches(" [").count(), 30, "every accepted edit is kept: {}", c.text);
    assert_eq!(c.version, 2 + 30);
}

#[test]
fn mentions_put_the_claim_in_the_mentioned_reviewers_queue() {
    let d = desk();
    let comment = d.ws.add_comment(&d.claim, "@Ben Okafor can you check the date? cc @eve editor", &d.ana).unwrap();
    assert_eq!(comment.mentions, ["Ben Okafor", "Eve Editor"]);
    let queue = d.ws.my_queue(&d.ben).unwrap();
    assert_eq!(queue.items.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), [d.claim.as_str()]);
    assert_eq!(d.ws.my_queue(&d.ana).unwrap().total, 0);
}

#[test]
fn needs_my_approval_lists_other_peoples_proposals() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    d.ws.add_evidence(&d.claim, evidence(), &d.ana).unwrap();
    d.ws.act(&d.claim, propose(), None, &d.ana).unwrap();
    let q = |who: &Actor| {
        d.ws.claims_page(&ClaimFilter {
            queue: Some(Queue::NeedsApproval(who.id.clone().unwrap())),
            ..Default::default()
        })
        .unwrap()
        .total
    };
    assert_eq!((q(&d.eve), q(&d.admin), q(&d.ana), q(&d.ben)), (1, 1, 0, 0));
}

#[test]
fn evidence_is_validated_edited_removed_and_recorded() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    let bad = EvidenceInput { url: "not a url".into(), ..evidence() };
    let err = d.ws.add_evidence(&d.claim, bad, &d.ana).unwrap_err();
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::InvalidInput, Some("url")));
    assert!(d.ws.evidence(&d.claim).unwrap().is_empty());

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("readout.txt");
    std::fs::write(&file, b"Transcript").unwrap();
    let e =
        d.ws.add_evidence(&d.claim, EvidenceInput { files: vec![file.display().to_string()], ..evidence() }, &d.ana)
            .unwrap();
    assert_eq!(e.attachments.len(), 1);
    assert_eq!(d.ws.attachment_bytes(&e.attachments[0].sha256).unwrap(), b"Transcript");
    let e2 =
        d.ws.update_evidence(
            &e.id,
            EvidenceInput { title: "Kremlin readout (updated)".into(), ..evidence() },
            e.version,
            &d.ana,
        )
        .unwrap();
    assert_eq!(e2.version, 2);
    let stale = d.ws.update_evidence(&e.id, evidence(), e.version, &d.ana).unwrap_err();
    assert_eq!(stale.code, ErrorCode::Conflict);
    d.ws.remove_evidence(&e.id, e2.version, &d.ana).unwrap();
    let actions: Vec<String> = d.ws.history(&d.claim).unwrap().into_iter().map(|h| h.action).collect();
    assert_eq!(actions, ["assign", "evidence.add", "evidence.edit", "evidence.remove"]);
}

#[test]
fn editing_text_and_source_keeps_before_and_after() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    let source = SourceChoice::New {
        name: "Syrian Observatory for Human Rights".into(),
        kind: "organization".into(),
        role: None,
    };
    let c =
        d.ws.act(
            &d.claim,
            ClaimAction::Edit { text: Some("Syrian forces took Albu Kamal.".into()), source: Some(source) },
            None,
            &d.ana,
        )
        .unwrap();
    assert_eq!(c.text, "Syrian forces took Albu Kamal.");
    assert_eq!(c.source.as_ref().unwrap().name, "Syrian Observatory for Human Rights");
    let h = d.ws.history(&d.claim).unwrap().pop().unwrap();
    assert_eq!(h.action, "edit");
    assert!(h.before.unwrap()["text"].as_str().unwrap().contains("at the weekend took control"));
    assert_eq!(h.after.unwrap()["source"], "Syrian Observatory for Human Rights");
    let c =
        d.ws.act(&d.claim, ClaimAction::Edit { text: None, source: Some(SourceChoice::Unattributed) }, None, &d.ana)
            .unwrap();
    assert!(c.source.is_none());
    assert_eq!(c.attribution, claimdesk_core::AttributionKind::Unattributed);
}

#[test]
fn reviewers_first_admin_then_admins_only() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(&dir.path().join("r.db")).unwrap();
    let err = ws.add_reviewer(person("Ana", Role::Reviewer), None).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("role"));
    let admin = ws.add_reviewer(person("Ada", Role::Admin), None).unwrap();
    let admin = ws.actor(&admin.name).unwrap();
    assert_eq!(ws.add_reviewer(person("Ana", Role::Reviewer), None).unwrap_err().code, ErrorCode::Unauthorized);
    let ana = ws.add_reviewer(person("Ana", Role::Reviewer), Some(&admin)).unwrap();
    let ana_actor = ws.actor("Ana").unwrap();
    assert_eq!(
        ws.add_reviewer(person("Bo", Role::Reviewer), Some(&ana_actor)).unwrap_err().code,
        ErrorCode::Unauthorized
    );
    assert_eq!(ws.add_reviewer(person("ana", Role::Editor), Some(&admin)).unwrap_err().field.as_deref(), Some("name"));
    // Deactivate: history kept, no more actions.
    let input =
        ReviewerInput { name: "Ana".into(), initials: None, email: None, role: Role::Reviewer, active: Some(false) };
    let ana = ws.update_reviewer(&ana.id, input, &admin).unwrap();
    assert!(!ana.active);
    assert_eq!(ws.actor("Ana").unwrap_err().code, ErrorCode::Unauthorized);
    // The last admin cannot demote themself.
    let demote = ReviewerInput { name: "Ada".into(), initials: None, email: None, role: Role::Editor, active: None };
    assert_eq!(
        ws.update_reviewer(&admin.id.clone().unwrap(), demote, &admin).unwrap_err().field.as_deref(),
        Some("role")
    );
}

#[test]
fn search_ranks_claims_articles_evidence_and_comments() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    d.ws.add_evidence(&d.claim, EvidenceInput { title: "Albu Kamal satellite images".into(), ..evidence() }, &d.ana)
        .unwrap();
    d.ws.add_comment(&d.claim, "Albu Kamal fell on Sunday, not Saturday", &d.ben).unwrap();
    let hits = d.ws.search("albu kam", 50).unwrap();
    let kinds: std::collections::BTreeSet<&str> = hits.iter().map(|h| h.kind.as_str()).collect();
    assert_eq!(kinds, ["article", "claim", "comment", "evidence"].into_iter().collect());
    for h in &hits {
        assert!(!h.highlights.is_empty(), "{h:?}");
        for &(s, e) in &h.highlights {
            assert!(
                h.snippet[s as usize..e as usize].to_lowercase().starts_with("albu")
                    || h.snippet[s as usize..e as usize].to_lowercase().starts_with("kam")
            );
        }
    }
    assert!(hits.windows(2).all(|w| w[0].rank <= w[1].rank));
    assert!(d.ws.search("\"unbalanced quote AND (", 10).is_ok());
}

#[test]
fn bulk_assignment_is_all_or_nothing() {
    let d = desk();
    let claims = d.ws.list_claims(&ClaimFilter::default()).unwrap();
    let ids: Vec<String> = claims.iter().take(3).map(|c| c.id.clone()).collect();
    // Close the third claim: assigning all three must then fail and change none.
    d.ws.act(&ids[2], ClaimAction::Dismiss { reason: "opinion".into() }, None, &d.eve).unwrap();
    let err = d.ws.assign_many(&ids, "Ana Lima", &d.eve).unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("assign.closed"));
    assert!(d.ws.claim(&ids[0]).unwrap().assignee.is_none());
    let done = d.ws.assign_many(&ids[..2], "Ana Lima", &d.eve).unwrap();
    assert!(done.iter().all(|c| c.assignee.as_deref() == Some("Ana Lima")));
}

#[test]
fn sentences_sources_promotion_and_reextraction_keep_corrections() {
    let d = desk();
    let article = d.ws.claim(&d.claim).unwrap().article_id;
    let sentences = d.ws.sentences(&article).unwrap();
    assert_eq!(sentences.len(), 41);
    assert!(sentences.iter().all(|s| s.checkworthy == s.claim_id.is_some()), "one claim per check-worthy sentence");
    let by_putin = sentences.iter().find(|s| s.source.as_deref() == Some("Vladimir Putin")).unwrap();
    assert_eq!((by_putin.source_kind.as_deref(), by_putin.attribution), (Some("person"), AttributionKind::Indirect));
    assert!(by_putin.cue.is_some() && by_putin.mention.is_some() && !by_putin.reasons.is_empty());
    let skipped = sentences.iter().find(|s| s.claim_id.is_none()).unwrap();
    let promoted = d.ws.promote_sentence(&article, skipped.index, &d.ana).unwrap();
    assert_eq!((promoted.text.as_str(), promoted.status), (skipped.text.as_str(), ClaimStatus::New));
    let again = d.ws.promote_sentence(&article, skipped.index, &d.ana).unwrap_err();
    assert_eq!(again.field.as_deref(), Some("sentence"));

    let sources = d.ws.article_sources(&article).unwrap();
    let putin = sources.iter().find(|s| s.name == "Vladimir Putin").unwrap();
    assert_eq!((putin.kind.as_str(), putin.role.as_deref()), ("person", Some("Russian President")));
    assert!(putin.claims >= 1);

    // A reviewer's correction survives re-extraction; untouched claims stay as extracted.
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    d.ws.act(
        &d.claim,
        ClaimAction::Edit {
            text: None,
            source: Some(SourceChoice::New { name: "SANA".into(), kind: "media".into(), role: None }),
        },
        None,
        &d.ana,
    )
    .unwrap();
    let claims_before =
        d.ws.list_claims(&ClaimFilter { article_id: Some(article.clone()), ..Default::default() }).unwrap().len();
    assert_eq!(d.ws.reextract(&article, &d.ana).unwrap_err().code, ErrorCode::Unauthorized);
    let report = d.ws.reextract(&article, &d.eve).unwrap();
    assert_eq!(report.added, 0);
    let spans = |all: &[SentenceAnalysis]| -> Vec<(i64, i64, Option<String>)> {
        all.iter().map(|s| (s.start, s.end, s.source.clone())).collect()
    };
    assert_eq!(spans(&d.ws.sentences(&article).unwrap()), spans(&sentences), "the analysis is stored again as it was");
    assert_eq!(report.kept_corrections, 2, "the edited claim and the promoted one");
    assert_eq!(d.ws.claim(&d.claim).unwrap().source.unwrap().name, "SANA");
    assert_eq!(
        d.ws.list_claims(&ClaimFilter { article_id: Some(article.clone()), ..Default::default() }).unwrap().len(),
        claims_before
    );
    let demoted = d.ws.demote_claim(&promoted.id, None, &d.eve).unwrap();
    assert_eq!(demoted.status, ClaimStatus::Dismissed);
}

#[test]
fn a_damaged_sentence_analysis_hides_no_claim() {
    // The context beside a claim is left out; the sentence list reports the damage.
    let d = desk();
    let article = d.ws.claim(&d.claim).unwrap().article_id;
    assert!(d.ws.claim_detail(&d.claim).unwrap().context_before.is_some());
    let c = rusqlite::Connection::open(&d.path).unwrap();
    c.execute("UPDATE articles SET analysis = '[{\"i\": 0, \"t\": \"rumour\"}]' WHERE id = ?1", [&article]).unwrap();
    drop(c);
    let detail = d.ws.claim_detail(&d.claim).unwrap();
    assert_eq!((detail.context_before, detail.context_after), (None, None));
    assert_eq!(d.ws.sentences(&article).unwrap_err().code, ErrorCode::DbCorrupt);
}

#[test]
fn a_sentence_with_two_claims_lists_the_one_that_starts_first() {
    let d = desk();
    let article = d.ws.claim(&d.claim).unwrap().article_id;
    let skipped = d.ws.sentences(&article).unwrap().into_iter().find(|s| s.claim_id.is_none()).unwrap();
    // A reviewer's selection from the middle of the sentence ...
    let cut = skipped.start + skipped.text.find(' ').unwrap() as i64 + 1;
    let part = d.ws.claim_from_range(&article, cut, skipped.end, &d.ana).unwrap();
    assert_eq!(d.ws.sentences(&article).unwrap()[skipped.index as usize].claim_id.as_deref(), Some(part.id.as_str()));
    // ... then, written later, a claim of the whole sentence (as re-extraction adds one).
    let c = rusqlite::Connection::open(&d.path).unwrap();
    c.execute(
        "INSERT INTO claims (id, article_id, sentence_index, text, span_start, span_end, attribution_type, created_at, updated_at)
         SELECT 'whole', article_id, ?2, text, ?3, span_end, attribution_type, created_at, updated_at FROM claims WHERE id = ?1",
        rusqlite::params![part.id, skipped.index, skipped.start],
    )
    .unwrap();
    drop(c);
    let listed = &d.ws.sentences(&article).unwrap()[skipped.index as usize];
    assert_eq!(listed.claim_id.as_deref(), Some("whole"), "the claim that starts first, as before migration 9");
}
