//! The claim lifecycle as a pure function: (claim state, action, actor) -> the
//! change to apply, or a refusal naming the rule. The store applies a change in
//! one transaction together with its audit row; nothing here touches SQLite.
//!
//! ```text
//! new --assign--> in_review --propose--> proposed --approve (editor, not the proposer)--> verified
//!  ^                 |   ^                  |                                               |
//!  +---unassign------+   +--request changes-+                                               |
//!  any open state --dismiss (editor)--> dismissed      verified/dismissed --reopen (editor)--+-> in_review
//!  new/in_review --merged away as a duplicate (editor or assignee)--> dismissed
//! ```
//!
//! Splitting a claim and keeping the survivor of a merge change its text or its
//! evidence, so they follow the rules of an edit (new or in review; its assignee
//! or an editor), each with its own rule codes.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::ClaimStatus;

/// Reviewer roles; each includes the powers of the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Reviewer,
    Editor,
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Reviewer, Role::Editor, Role::Admin];
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Reviewer => "reviewer",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// The verdict scale. Codes are stable (stored, exported); labels are editable in settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    True,
    MostlyTrue,
    Mixed,
    MostlyFalse,
    False,
    Misleading,
    Unverifiable,
}

impl Verdict {
    pub const ALL: [Verdict; 7] = [
        Verdict::True,
        Verdict::MostlyTrue,
        Verdict::Mixed,
        Verdict::MostlyFalse,
        Verdict::False,
        Verdict::Misleading,
        Verdict::Unverifiable,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::True => "true",
            Verdict::MostlyTrue => "mostly_true",
            Verdict::Mixed => "mixed",
            Verdict::MostlyFalse => "mostly_false",
            Verdict::False => "false",
            Verdict::Misleading => "misleading",
            Verdict::Unverifiable => "unverifiable",
        }
    }
    pub fn parse(s: &str) -> Option<Verdict> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
    /// The default label shown to people.
    pub fn default_label(self) -> &'static str {
        match self {
            Verdict::True => "True",
            Verdict::MostlyTrue => "Mostly true",
            Verdict::Mixed => "Mixed",
            Verdict::MostlyFalse => "Mostly false",
            Verdict::False => "False",
            Verdict::Misleading => "Misleading",
            Verdict::Unverifiable => "Unverifiable",
        }
    }
}

/// Did the named source actually say it?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttributionCheck {
    Confirmed,
    Misattributed,
    Unconfirmed,
}

impl AttributionCheck {
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionCheck::Confirmed => "confirmed",
            AttributionCheck::Misattributed => "misattributed",
            AttributionCheck::Unconfirmed => "unconfirmed",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [AttributionCheck::Confirmed, AttributionCheck::Misattributed, AttributionCheck::Unconfirmed]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// What the rules need to know about a claim.
#[derive(Debug, Clone, Copy)]
pub struct ClaimState<'a> {
    pub status: ClaimStatus,
    pub assignee: Option<&'a str>,
    pub proposer: Option<&'a str>,
    pub evidence_count: usize,
}

/// What the rules need to know about the acting reviewer.
#[derive(Debug, Clone, Copy)]
pub struct ActorState<'a> {
    pub id: &'a str,
    pub role: Role,
    pub active: bool,
}

/// A step in the lifecycle, with the inputs the rules check.
#[derive(Debug, Clone, Copy)]
pub enum Step<'a> {
    /// Assign to a reviewer (`target_active`: that reviewer is not deactivated).
    Assign {
        to: &'a str,
        target_active: bool,
    },
    Unassign,
    Propose {
        has_verdict: bool,
        rationale: &'a str,
    },
    Approve,
    RequestChanges {
        comment: &'a str,
    },
    Dismiss {
        reason: &'a str,
    },
    Reopen {
        reason: &'a str,
    },
    /// Change the claim's text, source or evidence.
    Edit,
    Comment,
    /// Split the claim in two at a point inside its text (the same rules as an edit).
    Split,
    /// Keep this claim and merge duplicates into it (their evidence and comments move here).
    MergeInto,
    /// Merge this claim away as a duplicate of another: it is dismissed.
    MergeAway,
}

/// How the assignee changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assignee {
    Keep,
    Set(String),
    Clear,
}

/// The change a permitted step makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub status: ClaimStatus,
    pub assignee: Assignee,
}

/// Why a step was refused. `rule` is a stable code; `message` is for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub rule: &'static str,
    pub message: String,
}

fn refuse(rule: &'static str, message: impl Into<String>) -> Result<Change, Refusal> {
    Err(Refusal { rule, message: message.into() })
}

fn is_open(s: ClaimStatus) -> bool {
    matches!(s, ClaimStatus::New | ClaimStatus::InReview | ClaimStatus::Proposed)
}

/// Decide whether `actor` may take `step` on `claim`, and what it changes.
pub fn decide(claim: &ClaimState, step: &Step, actor: &ActorState) -> Result<Change, Refusal> {
    use ClaimStatus::*;
    if !actor.active {
        return refuse("reviewer.inactive", "deactivated reviewers cannot change claims");
    }
    let editor = actor.role >= Role::Editor;
    let is_assignee = claim.assignee == Some(actor.id);
    let keep = |status| Ok(Change { status, assignee: Assignee::Keep });
    match *step {
        Step::Assign { to, target_active } => {
            match claim.status {
                New | InReview => {}
                Proposed => {
                    return refuse("assign.proposed", "a proposed claim cannot be reassigned; request changes first")
                }
                Verified | Dismissed => {
                    return refuse("assign.closed", "a closed claim cannot be assigned; reopen it first")
                }
            }
            if !target_active {
                return refuse("assign.target_inactive", "claims cannot be assigned to a deactivated reviewer");
            }
            if !editor {
                if to != actor.id {
                    return refuse("assign.needs_editor", "only an editor or admin can assign claims to someone else");
                }
                if claim.assignee.is_some_and(|a| a != actor.id) {
                    return refuse("assign.taken", "this claim is already assigned to another reviewer");
                }
            }
            Ok(Change { status: InReview, assignee: Assignee::Set(to.to_string()) })
        }
        Step::Unassign => {
            if !matches!(claim.status, New | InReview) {
                return refuse("unassign.not_in_review", "only claims in review can be unassigned");
            }
            if claim.assignee.is_none() {
                return refuse("unassign.not_assigned", "this claim is not assigned");
            }
            if !(editor || is_assignee) {
                return refuse("unassign.not_yours", "reviewers can only unassign themselves");
            }
            Ok(Change { status: New, assignee: Assignee::Clear })
        }
        Step::Propose { has_verdict, rationale } => {
            if claim.status != InReview {
                return refuse("propose.not_in_review", "only a claim in review can be proposed");
            }
            if !(is_assignee || editor) {
                return refuse(
                    "propose.not_assignee",
                    "only the assigned reviewer (or an editor) can propose a verdict",
                );
            }
            if !has_verdict {
                return refuse("propose.needs_verdict", "a proposal needs a verdict");
            }
            if rationale.trim().is_empty() {
                return refuse("propose.needs_rationale", "a proposal needs a rationale");
            }
            if claim.evidence_count == 0 {
                return refuse("propose.needs_evidence", "a proposal needs at least one piece of evidence");
            }
            keep(Proposed)
        }
        Step::Approve => {
            if claim.status != Proposed {
                return refuse("approve.not_proposed", "only a proposed verdict can be approved");
            }
            if !editor {
                return refuse("approve.needs_editor", "only an editor or admin can approve a verdict");
            }
            if claim.proposer == Some(actor.id) {
                return refuse("approve.own_proposal", "a verdict must be approved by someone other than its proposer");
            }
            keep(Verified)
        }
        Step::RequestChanges { comment } => {
            if claim.status != Proposed {
                return refuse("request_changes.not_proposed", "changes can only be requested on a proposed verdict");
            }
            if !editor {
                return refuse("request_changes.needs_editor", "only an editor or admin can request changes");
            }
            if comment.trim().is_empty() {
                return refuse("request_changes.needs_comment", "say what needs to change in a comment");
            }
            keep(InReview)
        }
        Step::Dismiss { reason } => {
            if !is_open(claim.status) {
                return refuse("dismiss.not_open", "only an open claim can be dismissed");
            }
            if !editor {
                return refuse("dismiss.needs_editor", "only an editor or admin can dismiss a claim");
            }
            if reason.trim().is_empty() {
                return refuse("dismiss.needs_reason", "a dismissal needs a reason");
            }
            keep(Dismissed)
        }
        Step::Reopen { reason } => {
            if !matches!(claim.status, Verified | Dismissed) {
                return refuse("reopen.not_closed", "only a verified or dismissed claim can be reopened");
            }
            if !editor {
                return refuse("reopen.needs_editor", "only an editor or admin can reopen a claim");
            }
            if reason.trim().is_empty() {
                return refuse("reopen.needs_reason", "reopening needs a reason");
            }
            keep(if claim.assignee.is_some() { InReview } else { New })
        }
        Step::Edit => {
            if !matches!(claim.status, New | InReview) {
                return refuse(
                    "edit.locked",
                    "a proposed or closed claim is locked; request changes or reopen it first",
                );
            }
            if !(is_assignee || editor) {
                return refuse("edit.not_assignee", "only the assigned reviewer (or an editor) can change this claim");
            }
            keep(claim.status)
        }
        Step::Comment => keep(claim.status),
        Step::Split => {
            if !matches!(claim.status, New | InReview) {
                return refuse(
                    "split.locked",
                    "a proposed or closed claim cannot be split; request changes or reopen it first",
                );
            }
            if !(is_assignee || editor) {
                return refuse("split.not_assignee", "only the assigned reviewer (or an editor) can split this claim");
            }
            keep(claim.status)
        }
        Step::MergeInto => {
            if !matches!(claim.status, New | InReview) {
                return refuse(
                    "merge.survivor_locked",
                    "the claim to keep must be new or in review: its evidence and comments change; request changes or reopen it first",
                );
            }
            if !(is_assignee || editor) {
                return refuse(
                    "merge.not_assignee",
                    "only an editor, or the reviewer assigned to every claim involved, can merge claims",
                );
            }
            keep(claim.status)
        }
        Step::MergeAway => {
            if !matches!(claim.status, New | InReview) {
                return refuse(
                    "merge.locked",
                    "a proposed or closed claim cannot be merged away as a duplicate; request changes or reopen it first",
                );
            }
            if !(is_assignee || editor) {
                return refuse(
                    "merge.not_assignee",
                    "only an editor, or the reviewer assigned to every claim involved, can merge claims",
                );
            }
            keep(Dismissed)
        }
    }
}

#[cfg(test)]
mod tests;
