//! The review workflow on [`Workspace`]: reviewers, claim steps, evidence,
//! comments, history and search. Every change runs in one IMMEDIATE transaction
//! that checks the rules (crate::workflow), the version the caller read, applies
//! the change and appends the audit row, so a refused or stale step changes nothing.

use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::json;

use crate::error::{Error, ErrorCode, Result};
use crate::model::*;
use crate::store::analysis::{self, StoredSentence};
use crate::store::claims::{ClaimFilter, Queue};
use crate::store::{audit, claims, comments, evidence, reviewers, search};
use crate::workflow::{self, ActorState, Assignee, ClaimState, Step};
use crate::workspace::lock;
use crate::{Actor, Workspace};

/// The current workflow state of a claim, read inside the transaction.
pub(crate) struct Row {
    pub status: ClaimStatus,
    pub assignee: Option<String>,
    pub proposer: Option<String>,
    pub version: i64,
    pub text: String,
    pub source_id: Option<String>,
    pub verdict: Option<String>,
}

pub(crate) fn load_claim(tx: &Transaction, id: &str) -> Result<Row> {
    tx.query_row(
        "SELECT status, assignee_id, proposed_by, version, text, source_id, verdict FROM claims WHERE id = ?1",
        [id],
        |r| {
            let status: String = r.get(0)?;
            Ok(Row {
                status: ClaimStatus::parse(&status).unwrap_or(ClaimStatus::New),
                assignee: r.get(1)?,
                proposer: r.get(2)?,
                version: r.get(3)?,
                text: r.get(4)?,
                source_id: r.get(5)?,
                verdict: r.get(6)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("claim", id))
}

/// The acting reviewer, fresh from the database (role and active flag may have changed).
pub(crate) fn acting(tx: &Transaction, actor: &Actor) -> Result<Reviewer> {
    let id = actor.id.as_deref().ok_or_else(|| {
        Error::new(ErrorCode::Unauthorized, "choose who is reviewing first: changes are recorded under a reviewer")
    })?;
    reviewers::find(tx, id)?.ok_or_else(|| {
        Error::new(ErrorCode::Unauthorized, format!("{} is not a reviewer in this workspace", actor.name))
    })
}

pub(crate) fn stale(tx: &Transaction, claim_id: &str, read: i64, now: i64) -> Error {
    let last = audit::history(tx, "claim", claim_id).ok().and_then(|h| h.into_iter().last());
    let who = last.map_or(String::new(), |h| format!(" by {} ({} at {})", h.actor, h.action, h.at));
    Error::new(
        ErrorCode::Conflict,
        format!("this claim changed since you opened it{who}: you read version {read}, it is now version {now}; reload to see the change, then apply yours again"),
    )
}

pub(crate) fn check_version(tx: &Transaction, claim_id: &str, row: &Row, expected: Option<i64>) -> Result<()> {
    match expected {
        Some(v) if v != row.version => Err(stale(tx, claim_id, v, row.version)),
        _ => Ok(()),
    }
}

pub(crate) fn decide(row: &Row, evidence_count: usize, step: &Step, who: &Reviewer) -> Result<workflow::Change> {
    let state = ClaimState {
        status: row.status,
        assignee: row.assignee.as_deref(),
        proposer: row.proposer.as_deref(),
        evidence_count,
    };
    let actor = ActorState { id: &who.id, role: who.role, active: who.active };
    workflow::decide(&state, step, &actor).map_err(Error::refused)
}

pub(crate) fn reviewer_name(tx: &Transaction, id: Option<&str>) -> Result<Option<String>> {
    match id {
        Some(id) => Ok(tx.query_row("SELECT name FROM reviewers WHERE id = ?1", [id], |r| r.get(0)).optional()?),
        None => Ok(None),
    }
}

pub(crate) fn actor_of(r: &Reviewer) -> Actor {
    Actor { id: Some(r.id.clone()), name: r.name.clone() }
}

/// The article text around a claim: from the start of the sentence before the one
/// it starts in, and up to the end of the sentence after the one it ends in. So a
/// claim that is part of a sentence (a split, a selection) shows the rest of it too.
/// The white space next to the claim is kept, so the three pieces join as written.
fn context(claim: &Claim, body: &str, sentences: &[StoredSentence]) -> (Option<String>, Option<String>) {
    let span = |idx: i64| sentences.iter().find(|s| s.index == idx).map(|s| (s.start as usize, s.end as usize));
    let first = sentences
        .iter()
        .find(|s| s.start <= claim.start && s.end > claim.start)
        .map_or(claim.sentence_index, |s| s.index);
    let last = sentences
        .iter()
        .rev()
        .find(|s| s.start < claim.end && s.end >= claim.end)
        .map_or(claim.sentence_index, |s| s.index);
    let (start, end) = (claim.start.max(0) as usize, claim.end.max(0) as usize);
    let from = span(first - 1).or(span(first)).map_or(start, |(s, _)| s.min(start));
    let to = span(last + 1).or(span(last)).map_or(end, |(_, e)| e.max(end));
    let piece = |a: usize, b: usize| body.get(a..b).map(str::to_string).filter(|t| !t.trim().is_empty());
    (piece(from, start).map(|t| t.trim_start().to_string()), piece(end, to).map(|t| t.trim_end().to_string()))
}

impl Workspace {
    // ----- reviewers -----

    pub fn reviewers(&self) -> Result<Vec<Reviewer>> {
        self.read(reviewers::list)
    }

    /// The active reviewer called `name_or_id`, as an [`Actor`] for later calls.
    pub fn actor(&self, name_or_id: &str) -> Result<Actor> {
        let r = self.read(|c| reviewers::get(c, name_or_id))?;
        if !r.active {
            return Err(Error::new(ErrorCode::Unauthorized, format!("{} has been deactivated", r.name)));
        }
        Ok(actor_of(&r))
    }

    /// Add a reviewer. The first reviewer of an empty workspace needs no actor and
    /// must be an admin; after that only an admin adds reviewers.
    pub fn add_reviewer(&self, input: ReviewerInput, actor: Option<&Actor>) -> Result<Reviewer> {
        if let Some(e) = crate::validate::reviewer(&input).into_iter().next() {
            return Err(Error::invalid(&e.field, e.message));
        }
        let now = crate::time::now();
        lock(&self.writer).write(|tx| {
            let first = reviewers::count(tx)? == 0;
            let by = if first {
                if input.role != Role::Admin {
                    return Err(Error::invalid("role", "the first reviewer of a workspace must be an admin"));
                }
                None
            } else {
                let a = actor.ok_or_else(|| {
                    Error::new(ErrorCode::Unauthorized, "only an admin can add reviewers; say who you are")
                })?;
                let who = acting(tx, a)?;
                if who.role != Role::Admin || !who.active {
                    return Err(Error::new(ErrorCode::Unauthorized, "only an admin can add reviewers"));
                }
                Some(who)
            };
            let name = input.name.trim().to_string();
            if reviewers::find(tx, &name)?.is_some() {
                return Err(Error::invalid("name", format!("there is already a reviewer called {name}")));
            }
            let r = Reviewer {
                id: crate::new_id(),
                initials: input
                    .initials
                    .as_deref()
                    .map(str::trim)
                    .filter(|i| !i.is_empty())
                    .map(str::to_uppercase)
                    .unwrap_or_else(|| crate::validate::initials(&name)),
                name,
                email: input.email.map(|e| e.trim().to_string()).filter(|e| !e.is_empty()),
                role: input.role,
                active: true,
                created_at: now.clone(),
            };
            reviewers::insert(tx, &r)?;
            let recorder = by.as_ref().map_or_else(|| actor_of(&r), actor_of);
            audit::record(
                tx,
                &recorder,
                &now,
                audit::Change {
                    entity: "reviewer",
                    entity_id: &r.id,
                    action: "add",
                    before: None,
                    after: Some(json!(r)),
                },
            )?;
            Ok(r)
        })
    }

    /// Edit or (de)activate a reviewer. Admins only; the last active admin stays an admin.
    pub fn update_reviewer(&self, id: &str, input: ReviewerInput, actor: &Actor) -> Result<Reviewer> {
        if let Some(e) = crate::validate::reviewer(&input).into_iter().next() {
            return Err(Error::invalid(&e.field, e.message));
        }
        let now = crate::time::now();
        lock(&self.writer).write(|tx| {
            let who = acting(tx, actor)?;
            if who.role != Role::Admin || !who.active {
                return Err(Error::new(ErrorCode::Unauthorized, "only an admin can change reviewers"));
            }
            let before = reviewers::get(tx, id)?;
            let mut after = before.clone();
            after.name = input.name.trim().to_string();
            if let Some(i) = input.initials.as_deref().map(str::trim).filter(|i| !i.is_empty()) {
                after.initials = i.to_uppercase();
            }
            after.email = input.email.map(|e| e.trim().to_string()).filter(|e| !e.is_empty());
            after.role = input.role;
            after.active = input.active.unwrap_or(before.active);
            if let Some(other) = reviewers::find(tx, &after.name)? {
                if other.id != before.id {
                    return Err(Error::invalid("name", format!("there is already a reviewer called {}", after.name)));
                }
            }
            let was_admin = before.role == Role::Admin && before.active;
            let stays_admin = after.role == Role::Admin && after.active;
            if was_admin && !stays_admin && reviewers::active_admins(tx)? <= 1 {
                return Err(Error::invalid("role", "the workspace needs at least one active admin"));
            }
            reviewers::update(tx, &after)?;
            audit::record(
                tx,
                &actor_of(&who),
                &now,
                audit::Change {
                    entity: "reviewer",
                    entity_id: &after.id,
                    action: if before.active && !after.active { "deactivate" } else { "edit" },
                    before: Some(json!(before)),
                    after: Some(json!(after)),
                },
            )?;
            Ok(after)
        })
    }

    // ----- claims -----

    pub fn claim(&self, id: &str) -> Result<Claim> {
        self.read(|c| claims::get(c, id))
    }

    pub fn claims_page(&self, filter: &ClaimFilter) -> Result<ClaimPage> {
        self.read(|c| Ok(ClaimPage { items: claims::list(c, filter)?, total: claims::count_matching(c, filter)? }))
    }

    pub fn claim_detail(&self, id: &str) -> Result<ClaimDetail> {
        self.read(|c| {
            let claim = claims::get(c, id)?;
            #[allow(clippy::type_complexity)]
            let (rationale, check, proposed_by, proposed_at, approved_by, approved_at, dismiss_reason): (
                Option<String>,
                Option<String>,
                Option<String>,
                Option<String>,
                Option<String>,
                Option<String>,
                Option<String>,
            ) = c.query_row(
                "SELECT c.rationale, c.attribution_check, p.name, c.proposed_at, a.name, c.approved_at, c.dismiss_reason
                 FROM claims c LEFT JOIN reviewers p ON p.id = c.proposed_by LEFT JOIN reviewers a ON a.id = c.approved_by
                 WHERE c.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
            )?;
            let (split_from, duplicate_of): (Option<String>, Option<String>) =
                c.query_row("SELECT split_from, duplicate_of FROM claims WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            let link = |other: Option<String>| -> Result<Option<ClaimLink>> {
                match other {
                    Some(o) => Ok(claims::link(c, &o)?),
                    None => Ok(None),
                }
            };
            let (body, stored) = analysis::body_and_analysis(c, &claim.article_id)?
                .ok_or_else(|| Error::not_found("article", &claim.article_id))?;
            // The context is a convenience: a damaged analysis leaves it out rather than hide
            // the claim (the sentence list and promotion still report the damage).
            let sentences = analysis::decode(&claim.article_id, &stored).unwrap_or_default();
            let (context_before, context_after) = context(&claim, &body, &sentences);
            Ok(ClaimDetail {
                context_before,
                context_after,
                article_title: claim.article_title.clone(),
                rationale,
                attribution_check: check.as_deref().and_then(AttributionCheck::parse),
                proposed_by,
                proposed_at,
                approved_by,
                approved_at,
                dismiss_reason,
                evidence: evidence::list(c, id)?,
                comments: comments::list(c, id)?,
                history: audit::history(c, "claim", id)?,
                split_from: link(split_from)?,
                duplicate_of: link(duplicate_of)?,
                duplicates: claims::duplicates_of(c, id)?,
                claim,
            })
        })
    }

    /// Take one workflow step on a claim. `expected_version` is the version the
    /// caller read; when the claim has moved on, the step is refused with a conflict.
    pub fn act(
        &self,
        claim_id: &str,
        action: ClaimAction,
        expected_version: Option<i64>,
        actor: &Actor,
    ) -> Result<Claim> {
        let now = crate::time::now();
        lock(&self.writer).write(|tx| self.act_in(tx, claim_id, &action, expected_version, actor, &now))?;
        self.claim(claim_id)
    }

    /// Assign many claims at once: all of them or none.
    pub fn assign_many(&self, claim_ids: &[String], to: &str, actor: &Actor) -> Result<Vec<Claim>> {
        if claim_ids.is_empty() {
            return Err(Error::invalid("claims", "select at least one claim"));
        }
        let now = crate::time::now();
        lock(&self.writer).write(|tx| {
            for id in claim_ids {
                self.act_in(tx, id, &ClaimAction::Assign { to: to.to_string() }, None, actor, &now)?;
            }
            Ok(())
        })?;
        claim_ids.iter().map(|id| self.claim(id)).collect()
    }

    fn act_in(
        &self,
        tx: &Transaction,
        claim_id: &str,
        action: &ClaimAction,
        expected: Option<i64>,
        actor: &Actor,
        now: &str,
    ) -> Result<()> {
        let row = load_claim(tx, claim_id)?;
        check_version(tx, claim_id, &row, expected)?;
        let who = acting(tx, actor)?;
        let evidence_count = evidence::count_for_claim(tx, claim_id)?;
        let target = match action {
            ClaimAction::Assign { to } => Some(reviewers::get(tx, to)?),
            _ => None,
        };
        let step = match action {
            ClaimAction::Assign { .. } => {
                let t = target.as_ref().ok_or_else(|| Error::invalid("to", "name the reviewer to assign"))?;
                Step::Assign { to: &t.id, target_active: t.active }
            }
            ClaimAction::Unassign => Step::Unassign,
            ClaimAction::Propose { rationale, .. } => Step::Propose { has_verdict: true, rationale },
            ClaimAction::Approve => Step::Approve,
            ClaimAction::RequestChanges { comment } => Step::RequestChanges { comment },
            ClaimAction::Dismiss { reason } => Step::Dismiss { reason },
            ClaimAction::Reopen { reason } => Step::Reopen { reason },
            ClaimAction::Edit { .. } => Step::Edit,
        };
        let change = decide(&row, evidence_count, &step, &who)?;
        let assignee = match &change.assignee {
            Assignee::Keep => row.assignee.clone(),
            Assignee::Set(id) => Some(id.clone()),
            Assignee::Clear => None,
        };
        let before = json!({
            "status": row.status.as_str(),
            "assignee": reviewer_name(tx, row.assignee.as_deref())?,
            "verdict": row.verdict,
        });
        let mut after =
            json!({ "status": change.status.as_str(), "assignee": reviewer_name(tx, assignee.as_deref())? });
        let upd = |sql: &str, extra: &[&dyn rusqlite::ToSql]| -> Result<()> {
            let status = change.status.as_str();
            let mut p: Vec<&dyn rusqlite::ToSql> = vec![&claim_id, &row.version, &status, &assignee, &now];
            p.extend_from_slice(extra);
            let n = tx.execute(
                &format!(
                    "UPDATE claims SET status = ?3, assignee_id = ?4, updated_at = ?5, version = version + 1{sql}
                     WHERE id = ?1 AND version = ?2"
                ),
                rusqlite::params_from_iter(p),
            )?;
            if n != 1 {
                return Err(stale(tx, claim_id, row.version, row.version + 1));
            }
            Ok(())
        };
        let action_name = match action {
            ClaimAction::Assign { .. } => {
                upd("", &[])?;
                "assign"
            }
            ClaimAction::Unassign => {
                upd("", &[])?;
                "unassign"
            }
            ClaimAction::Propose { verdict, rationale, attribution_check } => {
                let check = attribution_check.map(|c| c.as_str());
                upd(
                    ", verdict = ?6, rationale = ?7, attribution_check = ?8, proposed_by = ?9, proposed_at = ?5, approved_by = NULL, approved_at = NULL",
                    &[&verdict.as_str(), &rationale.trim(), &check, &who.id],
                )?;
                after["verdict"] = json!(verdict.as_str());
                after["rationale"] = json!(rationale.trim());
                after["attribution_check"] = json!(check);
                "propose"
            }
            ClaimAction::Approve => {
                upd(", approved_by = ?6, approved_at = ?5", &[&who.id])?;
                after["approved_by"] = json!(who.name);
                "approve"
            }
            ClaimAction::RequestChanges { comment } => {
                upd("", &[])?;
                comments::insert(tx, &crate::new_id(), claim_id, &who.id, comment.trim(), now)?;
                after["comment"] = json!(comment.trim());
                "request_changes"
            }
            ClaimAction::Dismiss { reason } => {
                upd(", dismiss_reason = ?6", &[&reason.trim()])?;
                after["reason"] = json!(reason.trim());
                "dismiss"
            }
            ClaimAction::Reopen { reason } => {
                // A reopened duplicate stands on its own again: no longer listed under its survivor.
                upd(", approved_by = NULL, approved_at = NULL, dismiss_reason = NULL, duplicate_of = NULL", &[])?;
                after["reason"] = json!(reason.trim());
                "reopen"
            }
            ClaimAction::Edit { text, source } => {
                let new_text = match text {
                    Some(t) if t.trim().is_empty() => return Err(Error::invalid("text", "a claim needs text")),
                    Some(t) => t.trim().to_string(),
                    None => row.text.clone(),
                };
                let (source_id, attribution) = match source {
                    None => (row.source_id.clone(), None),
                    Some(SourceChoice::Unattributed) => (None, Some("unattributed")),
                    Some(SourceChoice::Existing { id }) => {
                        let exists: Option<String> =
                            tx.query_row("SELECT id FROM sources WHERE id = ?1", [id], |r| r.get(0)).optional()?;
                        (
                            Some(exists.ok_or_else(|| Error::invalid("source", "that source no longer exists"))?),
                            Some("indirect"),
                        )
                    }
                    Some(SourceChoice::New { name, kind, role }) => {
                        if name.trim().is_empty() {
                            return Err(Error::invalid("source", "give the source a name"));
                        }
                        if claimdesk_extract::SourceKind::parse(kind).is_none() {
                            return Err(Error::invalid(
                                "kind",
                                "choose person, organization, government, anonymous, document or media",
                            ));
                        }
                        let id = claims::upsert_source(
                            tx,
                            name.trim(),
                            kind,
                            role.as_deref().filter(|r| !r.trim().is_empty()),
                            name.trim(),
                        )?;
                        (Some(id), Some("indirect"))
                    }
                };
                let source_name = match &source_id {
                    Some(id) => tx
                        .query_row("SELECT name FROM sources WHERE id = ?1", [id], |r| r.get::<_, String>(0))
                        .optional()?,
                    None => None,
                };
                let old_source = match &row.source_id {
                    Some(id) => tx
                        .query_row("SELECT name FROM sources WHERE id = ?1", [id], |r| r.get::<_, String>(0))
                        .optional()?,
                    None => None,
                };
                upd(
                    ", text = ?6, source_id = ?7, attribution_type = CASE WHEN ?8 IS NULL THEN attribution_type
                        WHEN ?8 = 'indirect' AND attribution_type != 'unattributed' THEN attribution_type ELSE ?8 END, corrected = 1",
                    &[&new_text, &source_id, &attribution],
                )?;
                let mut b = before.clone();
                b["text"] = json!(row.text);
                b["source"] = json!(old_source);
                after["text"] = json!(new_text);
                after["source"] = json!(source_name);
                audit::record(
                    tx,
                    &actor_of(&who),
                    now,
                    audit::Change {
                        entity: "claim",
                        entity_id: claim_id,
                        action: "edit",
                        before: Some(b),
                        after: Some(after),
                    },
                )?;
                return Ok(());
            }
        };
        audit::record(
            tx,
            &actor_of(&who),
            now,
            audit::Change {
                entity: "claim",
                entity_id: claim_id,
                action: action_name,
                before: Some(before),
                after: Some(after),
            },
        )
    }

    // ----- evidence -----

    /// Check an evidence form without saving it (the form calls this as the user types).
    pub fn validate_evidence(&self, input: &EvidenceInput) -> Vec<FieldError> {
        crate::validate::evidence(input, chrono::Utc::now().date_naive())
    }

    fn read_attachments(input: &EvidenceInput) -> Result<Vec<(String, Vec<u8>)>> {
        input
            .files
            .iter()
            .map(|f| {
                let path = std::path::Path::new(f);
                let name = path.file_name().map_or_else(|| f.clone(), |n| n.to_string_lossy().into_owned());
                let bytes =
                    std::fs::read(path).map_err(|e| Error::invalid("files", format!("{name} cannot be read ({e})")))?;
                if bytes.len() as u64 > crate::validate::MAX_ATTACHMENT_BYTES {
                    return Err(Error::invalid("files", format!("{name} is over the 20 MiB limit for attachments")));
                }
                Ok((name, bytes))
            })
            .collect()
    }

    fn evidence_step(tx: &Transaction, claim_id: &str, actor: &Actor) -> Result<Reviewer> {
        let row = load_claim(tx, claim_id)?;
        let who = acting(tx, actor)?;
        let n = evidence::count_for_claim(tx, claim_id)?;
        decide(&row, n, &Step::Edit, &who)?;
        Ok(who)
    }

    fn touch_claim(tx: &Transaction, claim_id: &str, now: &str) -> Result<()> {
        tx.execute("UPDATE claims SET updated_at = ?2 WHERE id = ?1", params![claim_id, now])?;
        Ok(())
    }

    pub fn add_evidence(&self, claim_id: &str, input: EvidenceInput, actor: &Actor) -> Result<Evidence> {
        if let Some(e) = self.validate_evidence(&input).into_iter().next() {
            return Err(Error::invalid(&e.field, e.message));
        }
        let files = Self::read_attachments(&input)?;
        let now = crate::time::now();
        let id = crate::new_id();
        lock(&self.writer).write(|tx| {
            let who = Self::evidence_step(tx, claim_id, actor)?;
            evidence::insert(tx, &id, claim_id, &input, &who.id, &now)?;
            for (name, bytes) in &files {
                evidence::attach(tx, &id, name, bytes, &now)?;
            }
            Self::touch_claim(tx, claim_id, &now)?;
            let stored = evidence::get(tx, &id)?;
            audit::record(
                tx,
                &actor_of(&who),
                &now,
                audit::Change {
                    entity: "claim",
                    entity_id: claim_id,
                    action: "evidence.add",
                    before: None,
                    after: Some(json!(stored)),
                },
            )?;
            Ok(stored)
        })
    }

    pub fn update_evidence(
        &self,
        evidence_id: &str,
        input: EvidenceInput,
        expected_version: i64,
        actor: &Actor,
    ) -> Result<Evidence> {
        if let Some(e) = self.validate_evidence(&input).into_iter().next() {
            return Err(Error::invalid(&e.field, e.message));
        }
        let files = Self::read_attachments(&input)?;
        let now = crate::time::now();
        lock(&self.writer).write(|tx| {
            let before = evidence::get(tx, evidence_id)?;
            let who = Self::evidence_step(tx, &before.claim_id, actor)?;
            if !evidence::update(tx, evidence_id, expected_version, &input, &now)? {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    format!("this evidence changed since you opened it (you read version {expected_version}, it is now version {}); reload it, then apply your edit again", before.version),
                ));
            }
            for (name, bytes) in &files {
                evidence::attach(tx, evidence_id, name, bytes, &now)?;
            }
            Self::touch_claim(tx, &before.claim_id, &now)?;
            let after = evidence::get(tx, evidence_id)?;
            audit::record(
                tx,
                &actor_of(&who),
                &now,
                audit::Change { entity: "claim", entity_id: &before.claim_id, action: "evidence.edit", before: Some(json!(before)), after: Some(json!(after)) },
            )?;
            Ok(after)
        })
    }

    pub fn remove_evidence(&self, evidence_id: &str, expected_version: i64, actor: &Actor) -> Result<()> {
        let now = crate::time::now();
        lock(&self.writer).write(|tx| {
            let before = evidence::get(tx, evidence_id)?;
            let who = Self::evidence_step(tx, &before.claim_id, actor)?;
            if !evidence::delete(tx, evidence_id, expected_version)? {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    "this evidence changed since you opened it; reload it first",
                ));
            }
            Self::touch_claim(tx, &before.claim_id, &now)?;
            audit::record(
                tx,
                &actor_of(&who),
                &now,
                audit::Change {
                    entity: "claim",
                    entity_id: &before.claim_id,
                    action: "evidence.remove",
                    before: Some(json!(before)),
                    after: None,
                },
            )
        })
    }

    pub fn evidence(&self, claim_id: &str) -> Result<Vec<Evidence>> {
        self.read(|c| {
            claims::get(c, claim_id)?;
            evidence::list(c, claim_id)
        })
    }

    /// The bytes of an attachment (for "open" or "save as").
    pub fn attachment_bytes(&self, sha256: &str) -> Result<Vec<u8>> {
        self.read(|c| evidence::blob(c, sha256))
    }

    // ----- comments, history, search -----

    /// Comment on a claim. `@Name` mentions put the claim in that reviewer's queue.
    pub fn add_comment(&self, claim_id: &str, body: &str, actor: &Actor) -> Result<Comment> {
        let body = body.trim();
        if body.is_empty() {
            return Err(Error::invalid("body", "write a comment first"));
        }
        if body.chars().count() > 10_000 {
            return Err(Error::invalid("body", "keep comments under 10,000 characters"));
        }
        let now = crate::time::now();
        let id = crate::new_id();
        lock(&self.writer).write(|tx| {
            let row = load_claim(tx, claim_id)?;
            let who = acting(tx, actor)?;
            decide(&row, 0, &Step::Comment, &who)?;
            comments::insert(tx, &id, claim_id, &who.id, body, &now)?;
            let all = reviewers::list(tx)?;
            let mentioned: Vec<String> = comments::mentioned(body, &all)
                .into_iter()
                .map(|r| comments::insert_mention(tx, &id, &r.id, claim_id).map(|_| r.name.clone()))
                .collect::<Result<_>>()?;
            Self::touch_claim(tx, claim_id, &now)?;
            audit::record(
                tx,
                &actor_of(&who),
                &now,
                audit::Change {
                    entity: "claim",
                    entity_id: claim_id,
                    action: "comment",
                    before: None,
                    after: Some(json!({"body": body, "mentions": mentioned})),
                },
            )?;
            Ok(Comment {
                id: id.clone(),
                claim_id: claim_id.to_string(),
                author: Some(who.name),
                body: body.to_string(),
                created_at: now.clone(),
                mentions: mentioned,
            })
        })
    }

    pub fn history(&self, claim_id: &str) -> Result<Vec<HistoryEntry>> {
        self.read(|c| {
            claims::get(c, claim_id)?;
            audit::history(c, "claim", claim_id)
        })
    }

    pub fn search(&self, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
        self.read(|c| search::search(c, query, limit.clamp(1, 500)))
    }

    /// Claims in a reviewer's queue ("My queue").
    pub fn my_queue(&self, actor: &Actor) -> Result<ClaimPage> {
        let id =
            actor.id.clone().ok_or_else(|| Error::new(ErrorCode::Unauthorized, "choose who is reviewing first"))?;
        self.claims_page(&ClaimFilter { queue: Some(Queue::Mine(id)), ..Default::default() })
    }
}
