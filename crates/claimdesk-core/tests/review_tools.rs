//! Splitting, merging, claims from a selection, the unassigned filter and
//! attachments leaving the workspace: every allowed and refused case through the
//! Workspace API, with the audit rows each change leaves and the versions it checks.

use claimdesk_core::store::claims::{ClaimFilter, Queue};
use claimdesk_core::{
    AttributionKind, Claim, ClaimAction, ClaimRef, ClaimStatus, ErrorCode, EvidenceInput, TextInput, Workspace,
};

mod desk;
use desk::{desk, evidence, propose, Desk};

const CUT: &str = ", the last major";

fn article_of(d: &Desk) -> String {
    d.ws.claim(&d.claim).unwrap().article_id
}

fn body(d: &Desk, article: &str) -> String {
    d.ws.article(article).unwrap().article.body
}

fn at_cut(c: &Claim) -> usize {
    c.text.find(CUT).unwrap() + 1
}

fn all_claims(ws: &Workspace) -> Vec<Claim> {
    ws.list_claims(&ClaimFilter::default()).unwrap()
}

fn r(c: &Claim) -> ClaimRef {
    ClaimRef { id: c.id.clone(), version: Some(c.version) }
}

fn history(ws: &Workspace, id: &str) -> Vec<String> {
    ws.history(id).unwrap().into_iter().map(|h| h.action).collect()
}

/// A second article that repeats the Albu Kamal claim (for merges across articles).
fn second_article(d: &Desk) -> Claim {
    let text = "BEIRUT (Reuters) - Syrian government forces took control of Albu Kamal at the weekend, the army said on Sunday. The town was the last one held by Islamic State in Syria, officials said.";
    let r =
        d.ws.import_text(TextInput { title: Some("Albu Kamal falls".into()), body: text.into(), url: None }, &d.admin)
            .unwrap();
    let article = &r.imported[0].id;
    d.ws.list_claims(&ClaimFilter { article_id: Some(article.clone()), ..Default::default() })
        .unwrap()
        .into_iter()
        .find(|c| c.text.contains("Albu Kamal"))
        .unwrap()
}

// ----- split -----

#[test]
fn a_split_keeps_the_original_as_the_first_part_and_makes_a_second_claim() {
    let d = desk();
    let c = d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    let e = d.ws.add_evidence(&d.claim, evidence(), &d.ana).unwrap();
    d.ws.add_comment(&d.claim, "Two facts in one sentence", &d.ana).unwrap();
    let c = d.ws.claim(&c.id).unwrap();
    let before = all_claims(&d.ws).len();

    let s = d.ws.split_claim(&d.claim, at_cut(&c), Some(c.version), &d.ana).unwrap();
    let (first, second) = (&s.original, &s.created);
    assert_eq!(first.id, d.claim);
    assert_eq!(first.text, "Syrian government forces and their allies at the weekend took control of Albu Kamal,");
    assert_eq!(second.text, "the last major Syrian town held by Islamic State.");
    assert_eq!(first.version, c.version + 1);
    assert_eq!(second.version, 1);
    // Both spans lie inside the original sentence span, in order, on the article's words.
    let text = body(&d, &c.article_id);
    assert!(c.start <= first.start && first.end <= second.start && second.end <= c.end);
    assert_eq!(&text[first.start as usize..first.end as usize], first.text);
    assert_eq!(&text[second.start as usize..second.end as usize], second.text);
    // The second part carries over source, attribution, status and assignee.
    assert_eq!(
        (second.source.clone(), second.attribution, second.cue.clone()),
        (c.source.clone(), c.attribution, c.cue.clone())
    );
    assert_eq!((second.status, second.assignee.as_deref()), (ClaimStatus::InReview, Some("Ana Lima")));
    assert_eq!((second.sentence_index, second.score), (c.sentence_index, c.score));
    assert_eq!(all_claims(&d.ws).len(), before + 1);

    // The original keeps its history, evidence and comments; both record the split.
    let one = d.ws.claim_detail(&first.id).unwrap();
    assert_eq!(history(&d.ws, &first.id), ["assign", "evidence.add", "comment", "split"]);
    assert_eq!(one.evidence.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), [e.id.as_str()]);
    assert_eq!(one.comments.len(), 1);
    let h = one.history.last().unwrap();
    assert_eq!(h.before.as_ref().unwrap()["text"], c.text);
    assert_eq!(h.after.as_ref().unwrap()["new_claim"]["id"], second.id);
    let two = d.ws.claim_detail(&second.id).unwrap();
    assert_eq!(history(&d.ws, &second.id), ["split"]);
    assert_eq!(two.split_from.as_ref().map(|l| l.id.as_str()), Some(d.claim.as_str()));
    assert!(two.evidence.is_empty() && two.comments.is_empty());
    // Each part shows the rest of its sentence as context.
    assert!(
        one.context_after.as_deref().unwrap().starts_with(" the last major Syrian town"),
        "{:?}",
        one.context_after
    );
    assert!(
        two.context_before.as_deref().unwrap().ends_with("took control of Albu Kamal, "),
        "{:?}",
        two.context_before
    );
    // Both parts can be searched.
    assert!(d
        .ws
        .search("last major Syrian town", 10)
        .unwrap()
        .iter()
        .any(|h| h.claim_id.as_deref() == Some(second.id.as_str())));
}

#[test]
fn splitting_follows_the_edit_rules_and_a_refusal_changes_nothing() {
    let d = desk();
    let c = d.ws.claim(&d.claim).unwrap();
    let at = at_cut(&c);
    let n = all_claims(&d.ws).len();
    // Unassigned: a reviewer may not split it, an editor may.
    let err = d.ws.split_claim(&d.claim, at, None, &d.ana).unwrap_err();
    assert_eq!((err.code, err.rule.as_deref()), (ErrorCode::Refused, Some("split.not_assignee")));
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    let err = d.ws.split_claim(&d.claim, at, None, &d.ben).unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("split.not_assignee"));
    // Proposed: locked, even for an editor.
    d.ws.add_evidence(&d.claim, evidence(), &d.ana).unwrap();
    d.ws.act(&d.claim, propose(), None, &d.ana).unwrap();
    let err = d.ws.split_claim(&d.claim, at, None, &d.eve).unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("split.locked"));
    // Bad split points are invalid input naming the field.
    let d2 = desk();
    let c2 = d2.ws.claim(&d2.claim).unwrap();
    for bad in [0, c2.text.len(), c2.text.len() + 10] {
        let err = d2.ws.split_claim(&d2.claim, bad, None, &d2.eve).unwrap_err();
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::InvalidInput, Some("at")), "at {bad}");
    }
    assert_eq!(d2.ws.split_claim("no-such-claim", 3, None, &d2.eve).unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(all_claims(&d.ws).len(), n);
    assert_eq!(all_claims(&d2.ws).len(), n);
    assert_eq!(d2.ws.claim(&d2.claim).unwrap(), c2);
}

#[test]
fn a_split_on_a_stale_version_is_a_conflict() {
    let d = desk();
    let other = Workspace::open(&d.path).unwrap();
    let seen = d.ws.claim(&d.claim).unwrap();
    other.act(&d.claim, ClaimAction::Assign { to: "Ben Okafor".into() }, Some(seen.version), &d.eve).unwrap();
    let err = d.ws.split_claim(&d.claim, at_cut(&seen), Some(seen.version), &d.eve).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(err.message.contains("Eve Editor (assign"), "{}", err.message);
    assert_eq!(d.ws.claim(&d.claim).unwrap().text, seen.text);
    // With the fresh version it goes through.
    let fresh = d.ws.claim(&d.claim).unwrap();
    assert!(d.ws.split_claim(&d.claim, at_cut(&fresh), Some(fresh.version), &d.eve).is_ok());
}

#[test]
fn an_edited_claim_splits_inside_its_article_span() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    let edited = "Syrian government forces and their allies took control of Albu Kamal, the last major Syrian town held by Islamic State.";
    let c = d.ws.act(&d.claim, ClaimAction::Edit { text: Some(edited.into()), source: None }, None, &d.ana).unwrap();
    let s = d.ws.split_claim(&c.id, at_cut(&c), Some(c.version), &d.ana).unwrap();
    assert_eq!(s.original.text, "Syrian government forces and their allies took control of Albu Kamal,");
    let text = body(&d, &c.article_id);
    assert_eq!(
        &text[s.created.start as usize..s.created.end as usize],
        "the last major Syrian town held by Islamic State."
    );
    assert!(c.start <= s.original.start && s.original.end <= s.created.start && s.created.end <= c.end);
}

// ----- merge -----

#[test]
fn merging_moves_evidence_and_comments_and_dismisses_the_duplicates() {
    let d = desk();
    let dup = second_article(&d);
    assert_ne!(dup.article_id, article_of(&d), "the duplicate is in another article");
    let keep = d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.eve).unwrap();
    d.ws.act(&dup.id, ClaimAction::Assign { to: "Ben Okafor".into() }, None, &d.eve).unwrap();
    let e =
        d.ws.add_evidence(&dup.id, EvidenceInput { title: "SANA on Albu Kamal".into(), ..evidence() }, &d.ben).unwrap();
    d.ws.add_comment(&dup.id, "@Eve Editor this one repeats the Reuters claim", &d.ben).unwrap();
    let dup = d.ws.claim(&dup.id).unwrap();
    let keep = d.ws.claim(&keep.id).unwrap();

    let m = d.ws.merge_claims(&r(&keep), &[r(&dup)], &d.eve).unwrap();
    assert_eq!((m.evidence_moved, m.comments_moved), (1, 1));
    assert_eq!(m.survivor.version, keep.version + 1);
    let gone = &m.dismissed[0];
    assert_eq!((gone.status, gone.version), (ClaimStatus::Dismissed, dup.version + 1));

    let survivor = d.ws.claim_detail(&keep.id).unwrap();
    assert_eq!(survivor.evidence.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), [e.id.as_str()]);
    assert_eq!(survivor.evidence[0].created_by.as_deref(), Some("Ben Okafor"), "moved evidence keeps its author");
    assert_eq!(survivor.comments.len(), 1);
    assert_eq!(survivor.duplicates.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [dup.id.as_str()]);
    assert_eq!(survivor.history.last().unwrap().action, "merge");
    assert_eq!(survivor.history.last().unwrap().after.as_ref().unwrap()["merged"][0]["id"], dup.id);

    let merged = d.ws.claim_detail(&dup.id).unwrap();
    assert_eq!(merged.dismiss_reason, Some(format!("duplicate of claim {}", keep.id)));
    assert_eq!(merged.duplicate_of.as_ref().map(|l| l.id.as_str()), Some(keep.id.as_str()));
    assert!(merged.evidence.is_empty() && merged.comments.is_empty());
    assert_eq!(history(&d.ws, &dup.id), ["assign", "evidence.add", "comment", "merge"]);
    let h = merged.history.last().unwrap();
    assert_eq!(h.after.as_ref().unwrap()["evidence_moved"][0], e.id);
    // The mention follows the comment: Eve's queue points at the survivor.
    let mine: Vec<String> =
        d.ws.claims_page(&ClaimFilter { queue: Some(Queue::Mine(d.eve.id.clone().unwrap())), ..Default::default() })
            .unwrap()
            .items
            .into_iter()
            .map(|c| c.id)
            .collect();
    assert_eq!(mine, std::slice::from_ref(&keep.id));
    // Search hits for the moved evidence lead to the survivor.
    let hits = d.ws.search("SANA Albu Kamal", 10).unwrap();
    assert!(hits.iter().any(|h| h.kind == "evidence" && h.claim_id.as_deref() == Some(keep.id.as_str())));

    // Reopened, the duplicate stands on its own again.
    let merged = d.ws.claim(&dup.id).unwrap();
    d.ws.act(
        &dup.id,
        ClaimAction::Reopen { reason: "not the same claim after all".into() },
        Some(merged.version),
        &d.eve,
    )
    .unwrap();
    assert_eq!(d.ws.claim_detail(&dup.id).unwrap().duplicate_of, None);
    assert!(d.ws.claim_detail(&keep.id).unwrap().duplicates.is_empty());
}

#[test]
fn a_reviewer_merges_only_claims_assigned_to_them() {
    let d = desk();
    let claims = all_claims(&d.ws);
    let (a, b) = (&claims[0], &claims[1]);
    // Unassigned claims: the reviewer may not merge them.
    let err = d.ws.merge_claims(&r(a), &[r(b)], &d.ana).unwrap_err();
    assert_eq!((err.code, err.rule.as_deref()), (ErrorCode::Refused, Some("merge.not_assignee")));
    d.ws.act(&a.id, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    d.ws.act(&b.id, ClaimAction::Assign { to: "Ben Okafor".into() }, None, &d.ben).unwrap();
    // The duplicate is Ben's.
    let err =
        d.ws.merge_claims(
            &ClaimRef { id: a.id.clone(), version: None },
            &[ClaimRef { id: b.id.clone(), version: None }],
            &d.ana,
        )
        .unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("merge.not_assignee"));
    assert_eq!(d.ws.claim(&b.id).unwrap().status, ClaimStatus::InReview);
    // Both are Ana's: she may.
    d.ws.act(&b.id, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.eve).unwrap();
    let m =
        d.ws.merge_claims(
            &ClaimRef { id: a.id.clone(), version: None },
            &[ClaimRef { id: b.id.clone(), version: None }],
            &d.ana,
        )
        .unwrap();
    assert_eq!(m.dismissed[0].status, ClaimStatus::Dismissed);
}

#[test]
fn locked_claims_cannot_be_merged_and_nothing_changes() {
    let d = desk();
    let claims = all_claims(&d.ws);
    let (a, b, c) = (claims[0].id.clone(), claims[1].id.clone(), claims[2].id.clone());
    // b is proposed.
    d.ws.act(&b, ClaimAction::Assign { to: "Eve Editor".into() }, None, &d.eve).unwrap();
    d.ws.add_evidence(&b, evidence(), &d.eve).unwrap();
    d.ws.act(&b, propose(), None, &d.eve).unwrap();
    let id = |x: &str| ClaimRef { id: x.to_string(), version: None };
    let err = d.ws.merge_claims(&id(&b), &[id(&a)], &d.admin).unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("merge.survivor_locked"));
    // All or nothing: c would merge, b (proposed) may not, so neither does.
    let err = d.ws.merge_claims(&id(&a), &[id(&c), id(&b)], &d.admin).unwrap_err();
    assert_eq!(err.rule.as_deref(), Some("merge.locked"));
    assert_eq!(d.ws.claim(&c).unwrap().status, ClaimStatus::New);
    assert_eq!(d.ws.evidence(&b).unwrap().len(), 1, "evidence stays where it was");
    assert_eq!(history(&d.ws, &a), Vec::<String>::new());
    // Verified claims are locked too.
    d.ws.act(&b, ClaimAction::Approve, None, &d.admin).unwrap();
    assert_eq!(d.ws.merge_claims(&id(&a), &[id(&b)], &d.admin).unwrap_err().rule.as_deref(), Some("merge.locked"));
    // Malformed requests are invalid input.
    for dups in [vec![], vec![id(&a)], vec![id(&c), id(&c)]] {
        let err = d.ws.merge_claims(&id(&a), &dups, &d.admin).unwrap_err();
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::InvalidInput, Some("duplicates")));
    }
    assert_eq!(d.ws.merge_claims(&id(&a), &[id("nope")], &d.admin).unwrap_err().code, ErrorCode::NotFound);
}

#[test]
fn a_merge_with_a_stale_version_is_a_conflict_and_moves_nothing() {
    let d = desk();
    let claims = all_claims(&d.ws);
    let (keep, dup) = (claims[0].clone(), claims[1].clone());
    d.ws.act(&dup.id, ClaimAction::Assign { to: "Eve Editor".into() }, None, &d.eve).unwrap();
    d.ws.add_evidence(&dup.id, evidence(), &d.eve).unwrap();
    // `dup` as read before the assignment: stale.
    let err = d.ws.merge_claims(&r(&keep), &[r(&dup)], &d.eve).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert_eq!(d.ws.evidence(&dup.id).unwrap().len(), 1);
    assert_eq!(d.ws.claim(&dup.id).unwrap().status, ClaimStatus::InReview);
    assert_eq!(d.ws.claim(&keep.id).unwrap().version, keep.version);
    let fresh = d.ws.claim(&dup.id).unwrap();
    assert_eq!(d.ws.merge_claims(&r(&keep), &[r(&fresh)], &d.eve).unwrap().evidence_moved, 1);
}

// ----- a claim from a selection -----

fn range_of(text: &str, needle: &str) -> (i64, i64) {
    let s = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is not in the article"));
    (s as i64, (s + needle.len()) as i64)
}

#[test]
fn a_selection_inside_one_sentence_becomes_a_claim_with_its_attribution() {
    let d = desk();
    let article = article_of(&d);
    let text = body(&d, &article);
    let words = "the resignations would make the opposition more reasonable and realistic";
    let (s, e) = range_of(&text, words);
    // White space around the selection is dropped.
    let c = d.ws.claim_from_range(&article, s - 1, e, &d.ana).unwrap();
    assert_eq!((c.text.as_str(), c.start, c.end), (words, s, e));
    assert_eq!(c.source.as_ref().map(|x| x.name.as_str()), Some("Sergei Lavrov"));
    assert_eq!((c.status, c.attribution), (ClaimStatus::New, AttributionKind::Indirect));
    let h = d.ws.history(&c.id).unwrap();
    assert_eq!((h.len(), h[0].action.as_str(), h[0].actor.as_str()), (1, "add", "Ana Lima"));
    let detail = d.ws.claim_detail(&c.id).unwrap();
    let before = detail.context_before.unwrap();
    let after = detail.context_after.unwrap();
    assert!(before.ends_with("Sergei Lavrov, speaking in Moscow, said "), "{before:?}");
    assert!(after.starts_with(".\nOn Wednesday"), "{after:?}");
    assert_eq!(format!("{before}{}{after}", c.text).matches("the resignations").count(), 1);
    assert!(d.ws.article(&article).unwrap().claims.iter().any(|x| x.id == c.id));
}

#[test]
fn a_selection_across_sentences_is_the_outlets_own_assertion() {
    let d = desk();
    let article = article_of(&d);
    let text = body(&d, &article);
    let (s, _) = range_of(&text, "look backwards.");
    let (_, e) = range_of(&text, "We welcome all those");
    let c = d.ws.claim_from_range(&article, s, e, &d.ben).unwrap();
    assert_eq!(c.text, "look backwards.\nWe welcome all those");
    assert!(c.source.is_none());
    assert_eq!(c.attribution, AttributionKind::Unattributed);
}

#[test]
fn empty_blank_outside_and_overlapping_selections_are_refused() {
    let d = desk();
    let article = article_of(&d);
    let text = body(&d, &article);
    let n = all_claims(&d.ws).len();
    let refused = |s: i64, e: i64| {
        let err = d.ws.claim_from_range(&article, s, e, &d.ana).unwrap_err();
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::InvalidInput, Some("range")), "{s}..{e}: {err:?}");
        err.message
    };
    assert!(refused(10, 10).contains("empty"));
    let nl = text.find('\n').unwrap() as i64;
    assert!(refused(nl, nl + 1).contains("only spaces"));
    assert!(refused(0, 20).contains("not part of any sentence"), "the dateline");
    assert!(refused(-5, 3).contains("outside"));
    assert!(refused(0, text.len() as i64 + 1).contains("outside"));
    let (s, e) = range_of(&text, "took control of Albu Kamal");
    assert!(refused(s, e).contains("overlaps the claim"));
    assert!(refused(s - 30, s + 3).contains("overlaps the claim"));
    assert_eq!(all_claims(&d.ws).len(), n);
    assert_eq!(d.ws.claim_from_range("no-such-article", 0, 3, &d.ana).unwrap_err().code, ErrorCode::NotFound);
    let nobody = claimdesk_core::Actor::local("someone");
    let (s, e) = range_of(&text, "the resignations would make");
    assert_eq!(d.ws.claim_from_range(&article, s, e, &nobody).unwrap_err().code, ErrorCode::Unauthorized);
}

#[test]
fn a_selection_that_was_just_added_cannot_be_added_twice() {
    let d = desk();
    let article = article_of(&d);
    let text = body(&d, &article);
    let (s, e) = range_of(&text, "Sitting either side of a small coffee table");
    d.ws.claim_from_range(&article, s, e, &d.ana).unwrap();
    let err = d.ws.claim_from_range(&article, s, e, &d.ana).unwrap_err();
    assert!(err.message.contains("overlaps the claim “Sitting either side"), "{}", err.message);
}

// ----- the unassigned filter -----

#[test]
fn the_unassigned_filter_lists_claims_assigned_to_nobody() {
    let d = desk();
    let total = all_claims(&d.ws).len() as i64;
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    let page = d.ws.claims_page(&ClaimFilter { unassigned: true, ..Default::default() }).unwrap();
    assert_eq!(page.total, total - 1);
    assert!(page.items.iter().all(|c| c.assignee.is_none()));
    assert!(!page.items.iter().any(|c| c.id == d.claim));
    let new =
        d.ws.claims_page(&ClaimFilter { unassigned: true, status: Some(ClaimStatus::New), ..Default::default() })
            .unwrap();
    assert_eq!(new.total, total - 1);
    let in_review =
        d.ws.claims_page(&ClaimFilter { unassigned: true, status: Some(ClaimStatus::InReview), ..Default::default() })
            .unwrap();
    assert_eq!(in_review.total, 0);
    // Unassigning puts it back.
    d.ws.act(&d.claim, ClaimAction::Unassign, None, &d.ana).unwrap();
    assert_eq!(d.ws.claims_page(&ClaimFilter { unassigned: true, ..Default::default() }).unwrap().total, total);
}

// ----- attachments -----

#[test]
fn an_attachment_is_saved_whole_to_the_chosen_path() {
    let d = desk();
    d.ws.act(&d.claim, ClaimAction::Assign { to: "Ana Lima".into() }, None, &d.ana).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("readout.pdf");
    let bytes: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    std::fs::write(&file, &bytes).unwrap();
    let e =
        d.ws.add_evidence(&d.claim, EvidenceInput { files: vec![file.display().to_string()], ..evidence() }, &d.ana)
            .unwrap();
    let a = &e.attachments[0];

    let out = dir.path().join("saved copy.pdf");
    std::fs::write(&out, b"old").unwrap();
    let saved = d.ws.save_attachment(&a.id, &out).unwrap();
    assert_eq!((saved.file_name.as_str(), saved.bytes), ("readout.pdf", 70_000));
    assert_eq!(std::fs::read(&out).unwrap(), bytes, "the file is replaced by the attachment's bytes");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2, "no partial file is left behind");

    for (path, what) in [
        (std::path::PathBuf::from("relative.pdf"), "full path"),
        (dir.path().to_path_buf(), "is a folder"),
        (dir.path().join("missing").join("x.pdf"), "does not exist"),
    ] {
        let err = d.ws.save_attachment(&a.id, &path).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("path"));
        assert!(err.message.contains(what), "{}", err.message);
    }
    assert_eq!(d.ws.save_attachment("no-such-attachment", &out).unwrap_err().code, ErrorCode::NotFound);
    // Through a picker (the save dialog): it is asked with the file name, and may cancel.
    let asked = std::cell::RefCell::new(Vec::new());
    let picked = dir.path().join("picked.pdf");
    let saved = d.ws.save_attachment_as(&a.id, |x| {
        asked.borrow_mut().push(x.file_name.clone());
        Some(picked.clone())
    });
    assert_eq!(saved.unwrap().map(|s| s.bytes), Some(70_000));
    assert_eq!(std::fs::read(&picked).unwrap(), bytes);
    assert_eq!(d.ws.save_attachment_as(&a.id, |_| None).unwrap(), None, "cancelled: nothing written");
    let unknown =
        d.ws.save_attachment_as("no-such-attachment", |_| panic!("nobody is asked about an unknown attachment"));
    assert_eq!(unknown.unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(asked.into_inner(), ["readout.pdf"]);
    assert_eq!(d.ws.save_attachment(" ", &out).unwrap_err().code, ErrorCode::InvalidInput);

    // Opening: a private, non-executable copy; programs are refused.
    let cache = dir.path().join("cache");
    let copy = d.ws.attachment_for_opening(&a.id, &cache).unwrap();
    assert!(copy.starts_with(cache.join(&a.sha256)));
    assert_eq!(std::fs::read(&copy).unwrap(), bytes);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600);
    }
    assert_eq!(d.ws.attachment_for_opening(&a.id, &cache).unwrap(), copy, "opened again: the same copy");
    let script = dir.path().join("cleanup.sh");
    std::fs::write(&script, b"#!/bin/sh\nrm -rf ~\n").unwrap();
    let e2 =
        d.ws.add_evidence(&d.claim, EvidenceInput { files: vec![script.display().to_string()], ..evidence() }, &d.ana)
            .unwrap();
    let err = d.ws.attachment_for_opening(&e2.attachments[0].id, &cache).unwrap_err();
    assert!(err.message.contains("could run a program"), "{}", err.message);
    assert!(d.ws.save_attachment(&e2.attachments[0].id, &dir.path().join("kept.sh")).is_ok(), "saving it is allowed");
}
