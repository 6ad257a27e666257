//! Every allowed and every refused transition, one case per line, plus an
//! exhaustive sweep of (status x step x actor) for the invariants.

use super::*;
use ClaimStatus::*;

const ANA: &str = "ana"; // reviewer
const BEN: &str = "ben"; // another reviewer
const EVE: &str = "eve"; // editor
const ADA: &str = "ada"; // admin

fn actor(id: &str) -> ActorState<'_> {
    let role = match id {
        EVE => Role::Editor,
        ADA => Role::Admin,
        _ => Role::Reviewer,
    };
    ActorState { id, role, active: true }
}

fn claim<'a>(
    status: ClaimStatus,
    assignee: Option<&'a str>,
    proposer: Option<&'a str>,
    evidence: usize,
) -> ClaimState<'a> {
    ClaimState { status, assignee, proposer, evidence_count: evidence }
}

fn ok(c: ClaimState, step: Step, who: &str) -> Change {
    decide(&c, &step, &actor(who)).unwrap_or_else(|r| panic!("{step:?} by {who} on {:?} refused: {}", c.status, r.rule))
}

fn refused(c: ClaimState, step: Step, who: &str) -> &'static str {
    match decide(&c, &step, &actor(who)) {
        Ok(ch) => panic!("{step:?} by {who} on {:?} should be refused, got {ch:?}", c.status),
        Err(r) => r.rule,
    }
}

const ASSIGN_ANA: Step = Step::Assign { to: ANA, target_active: true };
const ASSIGN_BEN: Step = Step::Assign { to: BEN, target_active: true };
const PROPOSE: Step = Step::Propose { has_verdict: true, rationale: "Records show it." };

// --- new -> in_review (assign) ---
#[test]
fn reviewer_takes_an_unassigned_claim() {
    let ch = ok(claim(New, None, None, 0), ASSIGN_ANA, ANA);
    assert_eq!(ch, Change { status: InReview, assignee: Assignee::Set(ANA.into()) });
}
#[test]
fn editor_assigns_anyone() {
    assert_eq!(ok(claim(New, None, None, 0), ASSIGN_BEN, EVE).assignee, Assignee::Set(BEN.into()));
    assert_eq!(ok(claim(InReview, Some(ANA), None, 0), ASSIGN_BEN, ADA).assignee, Assignee::Set(BEN.into()));
}
#[test]
fn reviewer_cannot_assign_others() {
    assert_eq!(refused(claim(New, None, None, 0), ASSIGN_BEN, ANA), "assign.needs_editor");
}
#[test]
fn reviewer_cannot_take_a_claim_someone_else_holds() {
    assert_eq!(refused(claim(InReview, Some(BEN), None, 0), ASSIGN_ANA, ANA), "assign.taken");
}
#[test]
fn nobody_assigns_to_a_deactivated_reviewer() {
    assert_eq!(
        refused(claim(New, None, None, 0), Step::Assign { to: BEN, target_active: false }, EVE),
        "assign.target_inactive"
    );
}
#[test]
fn proposed_and_closed_claims_cannot_be_assigned() {
    assert_eq!(refused(claim(Proposed, Some(ANA), Some(ANA), 1), ASSIGN_BEN, EVE), "assign.proposed");
    assert_eq!(refused(claim(Verified, Some(ANA), Some(ANA), 1), ASSIGN_BEN, EVE), "assign.closed");
    assert_eq!(refused(claim(Dismissed, None, None, 0), ASSIGN_BEN, EVE), "assign.closed");
}

// --- in_review -> new (unassign) ---
#[test]
fn assignee_or_editor_unassigns() {
    let expected = Change { status: New, assignee: Assignee::Clear };
    assert_eq!(ok(claim(InReview, Some(ANA), None, 0), Step::Unassign, ANA), expected);
    assert_eq!(ok(claim(InReview, Some(ANA), None, 0), Step::Unassign, EVE), expected);
}
#[test]
fn reviewer_cannot_unassign_someone_else() {
    assert_eq!(refused(claim(InReview, Some(BEN), None, 0), Step::Unassign, ANA), "unassign.not_yours");
    assert_eq!(refused(claim(New, None, None, 0), Step::Unassign, EVE), "unassign.not_assigned");
    assert_eq!(refused(claim(Proposed, Some(ANA), Some(ANA), 1), Step::Unassign, EVE), "unassign.not_in_review");
}

// --- in_review -> proposed ---
#[test]
fn assignee_proposes_with_verdict_rationale_and_evidence() {
    assert_eq!(ok(claim(InReview, Some(ANA), None, 1), PROPOSE, ANA).status, Proposed);
    assert_eq!(ok(claim(InReview, Some(ANA), None, 1), PROPOSE, EVE).status, Proposed);
}
#[test]
fn a_proposal_needs_verdict_rationale_and_evidence() {
    let c = claim(InReview, Some(ANA), None, 1);
    assert_eq!(refused(c, Step::Propose { has_verdict: false, rationale: "x" }, ANA), "propose.needs_verdict");
    assert_eq!(refused(c, Step::Propose { has_verdict: true, rationale: "  " }, ANA), "propose.needs_rationale");
    assert_eq!(refused(claim(InReview, Some(ANA), None, 0), PROPOSE, ANA), "propose.needs_evidence");
}
#[test]
fn only_the_assignee_proposes() {
    assert_eq!(refused(claim(InReview, Some(BEN), None, 1), PROPOSE, ANA), "propose.not_assignee");
    assert_eq!(refused(claim(New, None, None, 1), PROPOSE, ANA), "propose.not_in_review");
    assert_eq!(refused(claim(Proposed, Some(ANA), Some(ANA), 1), PROPOSE, ANA), "propose.not_in_review");
}

// --- proposed -> verified ---
#[test]
fn an_editor_who_did_not_propose_approves() {
    assert_eq!(ok(claim(Proposed, Some(ANA), Some(ANA), 1), Step::Approve, EVE).status, Verified);
    assert_eq!(ok(claim(Proposed, Some(EVE), Some(EVE), 1), Step::Approve, ADA).status, Verified);
}
#[test]
fn nobody_approves_their_own_proposal() {
    assert_eq!(refused(claim(Proposed, Some(EVE), Some(EVE), 1), Step::Approve, EVE), "approve.own_proposal");
    assert_eq!(refused(claim(Proposed, Some(ADA), Some(ADA), 1), Step::Approve, ADA), "approve.own_proposal");
}
#[test]
fn reviewers_do_not_approve() {
    assert_eq!(refused(claim(Proposed, Some(BEN), Some(BEN), 1), Step::Approve, ANA), "approve.needs_editor");
    assert_eq!(refused(claim(InReview, Some(ANA), None, 1), Step::Approve, EVE), "approve.not_proposed");
}

// --- proposed -> in_review (changes requested) ---
#[test]
fn an_editor_requests_changes_with_a_comment() {
    let proposed = claim(Proposed, Some(ANA), Some(ANA), 1);
    assert_eq!(ok(proposed, Step::RequestChanges { comment: "Need a primary source" }, EVE).status, InReview);
    assert_eq!(refused(proposed, Step::RequestChanges { comment: "" }, EVE), "request_changes.needs_comment");
    assert_eq!(refused(proposed, Step::RequestChanges { comment: "x" }, BEN), "request_changes.needs_editor");
    assert_eq!(
        refused(claim(InReview, Some(ANA), None, 1), Step::RequestChanges { comment: "x" }, EVE),
        "request_changes.not_proposed"
    );
}

// --- open -> dismissed ---
#[test]
fn an_editor_dismisses_any_open_claim_with_a_reason() {
    for status in [New, InReview, Proposed] {
        assert_eq!(
            ok(claim(status, Some(ANA), Some(ANA), 1), Step::Dismiss { reason: "opinion" }, EVE).status,
            Dismissed
        );
    }
    assert_eq!(refused(claim(New, None, None, 0), Step::Dismiss { reason: " " }, EVE), "dismiss.needs_reason");
    assert_eq!(refused(claim(New, None, None, 0), Step::Dismiss { reason: "x" }, ANA), "dismiss.needs_editor");
    assert_eq!(
        refused(claim(Verified, Some(ANA), Some(ANA), 1), Step::Dismiss { reason: "x" }, EVE),
        "dismiss.not_open"
    );
    assert_eq!(refused(claim(Dismissed, None, None, 0), Step::Dismiss { reason: "x" }, EVE), "dismiss.not_open");
}

// --- verified -> in_review (reopened) ---
#[test]
fn an_editor_reopens_with_a_reason() {
    let verified = claim(Verified, Some(ANA), Some(ANA), 1);
    assert_eq!(ok(verified, Step::Reopen { reason: "new facts" }, EVE).status, InReview);
    assert_eq!(ok(claim(Dismissed, None, None, 0), Step::Reopen { reason: "was check-worthy" }, ADA).status, New);
    assert_eq!(refused(verified, Step::Reopen { reason: "" }, EVE), "reopen.needs_reason");
    assert_eq!(refused(verified, Step::Reopen { reason: "x" }, ANA), "reopen.needs_editor");
    assert_eq!(refused(claim(InReview, Some(ANA), None, 1), Step::Reopen { reason: "x" }, EVE), "reopen.not_closed");
}

// --- edits and comments ---
#[test]
fn the_assignee_or_an_editor_edits_open_unproposed_claims() {
    assert_eq!(ok(claim(InReview, Some(ANA), None, 0), Step::Edit, ANA).status, InReview);
    assert_eq!(ok(claim(New, None, None, 0), Step::Edit, EVE).status, New);
    assert_eq!(refused(claim(InReview, Some(BEN), None, 0), Step::Edit, ANA), "edit.not_assignee");
    assert_eq!(refused(claim(New, None, None, 0), Step::Edit, ANA), "edit.not_assignee");
    for status in [Proposed, Verified, Dismissed] {
        assert_eq!(refused(claim(status, Some(ANA), Some(ANA), 1), Step::Edit, ANA), "edit.locked");
    }
}
#[test]
fn anyone_active_comments_in_any_state() {
    for status in ClaimStatus::ALL {
        assert_eq!(ok(claim(status, Some(BEN), None, 0), Step::Comment, ANA).status, status);
    }
}
#[test]
fn deactivated_reviewers_cannot_act() {
    let inactive = ActorState { id: ADA, role: Role::Admin, active: false };
    assert_eq!(decide(&claim(New, None, None, 0), &Step::Comment, &inactive).unwrap_err().rule, "reviewer.inactive");
}

// --- split and merge ---
#[test]
fn the_assignee_or_an_editor_splits_open_claims() {
    assert_eq!(ok(claim(InReview, Some(ANA), None, 0), Step::Split, ANA).status, InReview);
    assert_eq!(ok(claim(New, None, None, 0), Step::Split, EVE).status, New);
    assert_eq!(ok(claim(InReview, Some(ANA), None, 1), Step::Split, ADA).assignee, Assignee::Keep);
    assert_eq!(refused(claim(InReview, Some(BEN), None, 0), Step::Split, ANA), "split.not_assignee");
    assert_eq!(refused(claim(New, None, None, 0), Step::Split, ANA), "split.not_assignee");
    for status in [Proposed, Verified, Dismissed] {
        assert_eq!(refused(claim(status, Some(ANA), Some(ANA), 1), Step::Split, ANA), "split.locked");
        assert_eq!(refused(claim(status, Some(ANA), Some(ANA), 1), Step::Split, EVE), "split.locked");
    }
}
#[test]
fn the_survivor_of_a_merge_must_be_open_and_workable_by_the_actor() {
    assert_eq!(ok(claim(InReview, Some(ANA), None, 0), Step::MergeInto, ANA).status, InReview);
    assert_eq!(ok(claim(New, None, None, 0), Step::MergeInto, EVE).status, New);
    assert_eq!(refused(claim(New, None, None, 0), Step::MergeInto, ANA), "merge.not_assignee");
    assert_eq!(refused(claim(InReview, Some(BEN), None, 0), Step::MergeInto, ANA), "merge.not_assignee");
    for status in [Proposed, Verified, Dismissed] {
        assert_eq!(refused(claim(status, Some(ANA), Some(ANA), 1), Step::MergeInto, EVE), "merge.survivor_locked");
    }
}
#[test]
fn a_duplicate_merged_away_is_dismissed_by_its_assignee_or_an_editor() {
    let ch = ok(claim(InReview, Some(ANA), None, 1), Step::MergeAway, ANA);
    assert_eq!(ch, Change { status: Dismissed, assignee: Assignee::Keep });
    assert_eq!(ok(claim(New, None, None, 0), Step::MergeAway, EVE).status, Dismissed);
    assert_eq!(ok(claim(InReview, Some(BEN), None, 0), Step::MergeAway, ADA).status, Dismissed);
    assert_eq!(refused(claim(New, None, None, 0), Step::MergeAway, ANA), "merge.not_assignee");
    assert_eq!(refused(claim(InReview, Some(BEN), None, 0), Step::MergeAway, ANA), "merge.not_assignee");
    for status in [Proposed, Verified, Dismissed] {
        assert_eq!(refused(claim(status, Some(ANA), Some(ANA), 1), Step::MergeAway, ADA), "merge.locked");
    }
}

/// Exhaustive sweep: whatever the state and actor, the invariants hold.
#[test]
fn invariants_hold_for_every_cell() {
    let steps = [
        ASSIGN_ANA,
        ASSIGN_BEN,
        Step::Unassign,
        PROPOSE,
        Step::Approve,
        Step::RequestChanges { comment: "c" },
        Step::Dismiss { reason: "r" },
        Step::Reopen { reason: "r" },
        Step::Edit,
        Step::Comment,
        Step::Split,
        Step::MergeInto,
        Step::MergeAway,
    ];
    let mut cells = 0;
    for status in ClaimStatus::ALL {
        for assignee in [None, Some(ANA), Some(BEN), Some(EVE)] {
            for proposer in [None, Some(ANA), Some(EVE), Some(ADA)] {
                for evidence in [0, 1] {
                    let c = claim(status, assignee, proposer, evidence);
                    for step in steps {
                        for who in [ANA, BEN, EVE, ADA] {
                            cells += 1;
                            let a = actor(who);
                            let Ok(change) = decide(&c, &step, &a) else {
                                continue;
                            };
                            if change.status == Verified && status != Verified {
                                assert!(
                                    matches!(step, Step::Approve) && a.role >= Role::Editor && proposer != Some(who)
                                );
                            }
                            if a.role == Role::Reviewer {
                                assert!(!matches!(
                                    step,
                                    Step::Approve
                                        | Step::Dismiss { .. }
                                        | Step::Reopen { .. }
                                        | Step::RequestChanges { .. }
                                ));
                            }
                            if matches!(status, Verified | Dismissed) && change.status != status {
                                assert!(matches!(step, Step::Reopen { .. }));
                            }
                            if change.status == Proposed && status != Proposed {
                                assert!(evidence > 0);
                            }
                            if matches!(step, Step::Split | Step::MergeInto | Step::MergeAway) {
                                assert!(matches!(status, New | InReview), "{step:?} on {status:?}");
                                assert!(a.role >= Role::Editor || assignee == Some(who));
                                assert_eq!(change.assignee, Assignee::Keep);
                            }
                            if change.status == Dismissed && status != Dismissed {
                                assert!(matches!(step, Step::Dismiss { .. } | Step::MergeAway));
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(cells, 5 * 4 * 4 * 2 * 13 * 4);
}
