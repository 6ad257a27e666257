//! Review workflow commands: reviewers, claim steps, evidence, comments, search.
//! Every command that changes something needs `--as NAME`; the rules are the
//! core's, so a refusal here is the same refusal the app shows.

use std::process::ExitCode;

use claimdesk_core::{
    Actor, AttributionCheck, ClaimAction, ClaimRef, Error, ErrorCode, EvidenceInput, ReviewerInput, Role, SourceChoice,
    Verdict, Workspace,
};
use clap::{Args, Subcommand};

use crate::print_json;

#[derive(Args)]
pub struct As {
    /// The acting reviewer (name or id)
    #[arg(long = "as", value_name = "NAME")]
    pub as_: Option<String>,
}

impl As {
    pub(crate) fn actor(&self, ws: &Workspace) -> Result<Actor, Error> {
        let name = self.as_.as_deref().ok_or_else(|| {
            Error::new(ErrorCode::Unauthorized, "this command changes the workspace: say who you are with --as NAME")
        })?;
        ws.actor(name)
    }
}

#[derive(Subcommand)]
pub enum ReviewerCommand {
    /// Add a reviewer (the very first reviewer of an empty workspace needs no --as and must be an admin)
    Add {
        name: String,
        #[arg(long, value_parser = ["reviewer", "editor", "admin"])]
        role: String,
        #[arg(long, value_name = "E")]
        email: Option<String>,
        #[arg(long, value_name = "XX")]
        initials: Option<String>,
        #[command(flatten)]
        who: As,
    },
    /// List reviewers
    List {
        #[arg(long)]
        json: bool,
    },
    /// Change a reviewer's role, email or name, or deactivate them (admins only)
    Edit {
        /// Reviewer name or id
        reviewer: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = ["reviewer", "editor", "admin"])]
        role: Option<String>,
        #[arg(long)]
        email: Option<String>,
        /// Deactivate (history is kept)
        #[arg(long, conflicts_with = "activate")]
        deactivate: bool,
        #[arg(long)]
        activate: bool,
        #[command(flatten)]
        who: As,
    },
}

#[derive(Subcommand)]
pub enum ClaimCommand {
    /// Show a claim with its evidence, comments and history
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Assign claims to a reviewer (all or none)
    Assign {
        #[arg(required = true)]
        ids: Vec<String>,
        #[arg(long, value_name = "NAME")]
        to: String,
        #[command(flatten)]
        who: As,
    },
    /// Unassign a claim
    Unassign {
        id: String,
        #[command(flatten)]
        who: As,
    },
    /// Propose a verdict (needs a rationale and at least one piece of evidence)
    Propose {
        id: String,
        #[arg(long, value_parser = ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unverifiable"])]
        verdict: String,
        #[arg(long)]
        rationale: String,
        #[arg(long, value_parser = ["confirmed", "misattributed", "unconfirmed"])]
        attribution: Option<String>,
        #[command(flatten)]
        who: As,
    },
    /// Approve a proposed verdict (an editor or admin other than the proposer)
    Approve {
        id: String,
        #[command(flatten)]
        who: As,
    },
    /// Send a proposal back with a comment
    RequestChanges {
        id: String,
        #[arg(long)]
        comment: String,
        #[command(flatten)]
        who: As,
    },
    /// Dismiss an open claim with a reason
    Dismiss {
        id: String,
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        who: As,
    },
    /// Reopen a verified or dismissed claim with a reason
    Reopen {
        id: String,
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        who: As,
    },
    /// Correct a claim's text or attributed source
    Edit {
        id: String,
        #[arg(long)]
        text: Option<String>,
        /// Source name (an existing source, or a new one of --source-kind)
        #[arg(long, conflicts_with = "unattributed")]
        source: Option<String>,
        #[arg(long, default_value = "person", value_parser = ["person", "organization", "government", "anonymous", "document", "media"])]
        source_kind: String,
        /// Mark the claim as the outlet's own assertion
        #[arg(long)]
        unattributed: bool,
        #[command(flatten)]
        who: As,
    },
    /// Split a claim in two at a byte offset of its text (same rules as edit)
    Split {
        id: String,
        /// Byte offset into the claim's text where the second part starts
        #[arg(long, value_name = "OFFSET")]
        at: usize,
        /// Print both claims as JSON
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        who: As,
    },
    /// Merge duplicate claims into one; the duplicates are dismissed
    Merge {
        /// The duplicates to merge away
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
        /// The claim to keep
        #[arg(long, value_name = "ID")]
        into: String,
        /// Print the result as JSON
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        who: As,
    },
    /// The claim's history from the audit log
    History {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

// Parsed once per process: the size of the variants does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
pub enum EvidenceCommand {
    /// Add evidence to a claim
    Add {
        claim_id: String,
        #[arg(long, value_parser = ["document", "web_page", "official_record", "dataset", "interview", "media", "expert"])]
        kind: String,
        #[arg(long)]
        url: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        publisher: Option<String>,
        /// YYYY-MM-DD
        #[arg(long)]
        published: Option<String>,
        /// YYYY-MM-DD (default: today)
        #[arg(long)]
        accessed: Option<String>,
        #[arg(long)]
        excerpt: Option<String>,
        #[arg(long, value_parser = ["supports", "refutes", "context", "mixed"])]
        stance: String,
        #[arg(long, value_parser = ["high", "medium", "low"])]
        reliability: String,
        #[arg(long)]
        notes: Option<String>,
        /// A file to attach (repeatable; 20 MiB each at most)
        #[arg(long = "file", value_name = "PATH")]
        files: Vec<String>,
        #[command(flatten)]
        who: As,
    },
    /// List a claim's evidence
    List {
        claim_id: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum CommentCommand {
    /// Comment on a claim; @Name mentions put it in that reviewer's queue
    Add {
        claim_id: String,
        text: String,
        #[command(flatten)]
        who: As,
    },
}

pub fn reviewer(ws: &Workspace, cmd: ReviewerCommand) -> Result<ExitCode, Error> {
    match cmd {
        ReviewerCommand::Add { name, role, email, initials, who } => {
            let role = Role::parse(&role).unwrap_or(Role::Reviewer);
            let actor = match &who.as_ {
                Some(_) => Some(who.actor(ws)?),
                None => None,
            };
            let r = ws.add_reviewer(ReviewerInput { name, initials, email, role, active: None }, actor.as_ref())?;
            println!("added {} ({}, {})", r.name, r.role.as_str(), r.id);
        }
        ReviewerCommand::List { json } => {
            let list = ws.reviewers()?;
            if json {
                print_json(&list)?;
            } else {
                for r in list {
                    println!(
                        "{:<4} {:<24} {:<9} {}{}",
                        r.initials,
                        r.name,
                        r.role.as_str(),
                        r.email.unwrap_or_default(),
                        if r.active { "" } else { "  (deactivated)" }
                    );
                }
            }
        }
        ReviewerCommand::Edit { reviewer, name, role, email, deactivate, activate, who } => {
            let actor = who.actor(ws)?;
            let current = ws
                .reviewers()?
                .into_iter()
                .find(|r| r.id == reviewer || r.name.eq_ignore_ascii_case(&reviewer))
                .ok_or_else(|| Error::new(ErrorCode::NotFound, format!("no reviewer named {reviewer:?}")))?;
            let input = ReviewerInput {
                name: name.unwrap_or(current.name),
                initials: Some(current.initials),
                email: email.or(current.email),
                role: role.as_deref().and_then(Role::parse).unwrap_or(current.role),
                active: Some(if deactivate { false } else { activate || current.active }),
            };
            let r = ws.update_reviewer(&current.id, input, &actor)?;
            println!("updated {} ({}, {})", r.name, r.role.as_str(), if r.active { "active" } else { "deactivated" });
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn step(ws: &Workspace, id: &str, action: ClaimAction, who: &As) -> Result<ExitCode, Error> {
    let actor = who.actor(ws)?;
    let c = ws.act(id, action, None, &actor)?;
    println!("{}  {}{}", c.id, c.status.as_str(), c.assignee.map(|a| format!("  assigned to {a}")).unwrap_or_default());
    Ok(ExitCode::SUCCESS)
}

pub fn claim(ws: &Workspace, cmd: ClaimCommand) -> Result<ExitCode, Error> {
    match cmd {
        ClaimCommand::Show { id, json } => {
            let d = ws.claim_detail(&id)?;
            let prior_checks = ws.prior_checks(&id)?;
            if json {
                let out = serde_json::json!({
                    "id": d.claim.id,
                    "claim": d.claim,
                    "article_title": d.article_title,
                    "context_before": d.context_before,
                    "context_after": d.context_after,
                    "rationale": d.rationale,
                    "attribution_check": d.attribution_check,
                    "proposed_by": d.proposed_by, "proposed_at": d.proposed_at,
                    "approved_by": d.approved_by, "approved_at": d.approved_at,
                    "dismiss_reason": d.dismiss_reason,
                    "evidence": d.evidence, "comments": d.comments, "history": d.history,
                    "prior_checks": prior_checks,
                    "split_from": d.split_from, "duplicate_of": d.duplicate_of, "duplicates": d.duplicates,
                });
                print_json(&out)?;
            } else {
                let c = &d.claim;
                println!("{}\n  {}", c.id, c.text);
                println!("  article: {}", d.article_title);
                println!(
                    "  source: {}",
                    c.source.as_ref().map_or("(the outlet's own assertion)".into(), |s| s.name.clone())
                );
                println!(
                    "  status: {}  verdict: {}  assignee: {}",
                    c.status.as_str(),
                    c.verdict.as_deref().unwrap_or("-"),
                    c.assignee.as_deref().unwrap_or("-")
                );
                if let Some(r) = &d.rationale {
                    println!("  rationale: {r}");
                }
                if let Some(l) = &d.split_from {
                    println!("  split from: {} ({})", l.text, l.id);
                }
                if let Some(l) = &d.duplicate_of {
                    println!("  duplicate of: {} ({})", l.text, l.id);
                }
                for l in &d.duplicates {
                    println!("  merged duplicate: {} ({})", l.text, l.id);
                }
                for e in &d.evidence {
                    println!(
                        "  evidence: {} ({}, {}) {}",
                        e.title,
                        e.stance,
                        e.reliability,
                        e.url.as_deref().unwrap_or("")
                    );
                }
                for m in &d.comments {
                    println!("  comment by {}: {}", m.author.as_deref().unwrap_or("?"), m.body);
                }
                for p in &prior_checks {
                    println!("  already checked by {}: {} ({}, score {:.2})", p.organization, p.rating, p.url, p.score);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ClaimCommand::Assign { ids, to, who } => {
            let actor = who.actor(ws)?;
            for c in ws.assign_many(&ids, &to, &actor)? {
                println!("{}  {}  assigned to {}", c.id, c.status.as_str(), c.assignee.unwrap_or_default());
            }
            Ok(ExitCode::SUCCESS)
        }
        ClaimCommand::Unassign { id, who } => step(ws, &id, ClaimAction::Unassign, &who),
        ClaimCommand::Propose { id, verdict, rationale, attribution, who } => {
            let verdict = Verdict::parse(&verdict).ok_or_else(|| Error::invalid("verdict", "unknown verdict"))?;
            let attribution_check = attribution.as_deref().and_then(AttributionCheck::parse);
            step(ws, &id, ClaimAction::Propose { verdict, rationale, attribution_check }, &who)
        }
        ClaimCommand::Approve { id, who } => step(ws, &id, ClaimAction::Approve, &who),
        ClaimCommand::RequestChanges { id, comment, who } => {
            step(ws, &id, ClaimAction::RequestChanges { comment }, &who)
        }
        ClaimCommand::Dismiss { id, reason, who } => step(ws, &id, ClaimAction::Dismiss { reason }, &who),
        ClaimCommand::Reopen { id, reason, who } => step(ws, &id, ClaimAction::Reopen { reason }, &who),
        ClaimCommand::Edit { id, text, source, source_kind, unattributed, who } => {
            if text.is_none() && source.is_none() && !unattributed {
                return Err(Error::invalid("text", "nothing to change: give --text, --source or --unattributed"));
            }
            let source = if unattributed {
                Some(SourceChoice::Unattributed)
            } else {
                source.map(|name| SourceChoice::New { name, kind: source_kind, role: None })
            };
            step(ws, &id, ClaimAction::Edit { text, source }, &who)
        }
        ClaimCommand::Split { id, at, json, who } => {
            let actor = who.actor(ws)?;
            let r = ws.split_claim(&id, at, None, &actor)?;
            if json {
                print_json(&r)?;
            } else {
                for c in [&r.original, &r.created] {
                    println!("{}  {:<9} {}..{}  {}", c.id, c.status.as_str(), c.start, c.end, c.text);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ClaimCommand::Merge { ids, into, json, who } => {
            let actor = who.actor(ws)?;
            let duplicates: Vec<ClaimRef> = ids.into_iter().map(|id| ClaimRef { id, version: None }).collect();
            let r = ws.merge_claims(&ClaimRef { id: into, version: None }, &duplicates, &actor)?;
            if json {
                print_json(&r)?;
            } else {
                println!("{}  {:<9} kept  {}", r.survivor.id, r.survivor.status.as_str(), r.survivor.text);
                for c in &r.dismissed {
                    println!("{}  {:<9} duplicate of {}", c.id, c.status.as_str(), r.survivor.id);
                }
                eprintln!(
                    "merged {} claim(s); moved {} piece(s) of evidence and {} comment(s)",
                    r.dismissed.len(),
                    r.evidence_moved,
                    r.comments_moved
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        ClaimCommand::History { id, json } => {
            let h = ws.history(&id)?;
            if json {
                print_json(&h)?;
            } else {
                for e in h {
                    let fmt = |v: &Option<serde_json::Value>| v.as_ref().map_or("-".to_string(), |v| v.to_string());
                    println!("{}  {:<16} {:<16} {} -> {}", e.at, e.actor, e.action, fmt(&e.before), fmt(&e.after));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn evidence(ws: &Workspace, cmd: EvidenceCommand) -> Result<ExitCode, Error> {
    match cmd {
        EvidenceCommand::Add {
            claim_id,
            kind,
            url,
            title,
            publisher,
            published,
            accessed,
            excerpt,
            stance,
            reliability,
            notes,
            files,
            who,
        } => {
            let actor = who.actor(ws)?;
            let input = EvidenceInput {
                kind,
                url,
                title,
                publisher,
                published_at: published,
                accessed_at: accessed,
                excerpt,
                stance,
                reliability,
                notes,
                files,
            };
            if let Some(e) = ws.validate_evidence(&input).into_iter().next() {
                return Err(Error::invalid(&e.field, format!("--{}: {}", cli_flag(&e.field), e.message)));
            }
            let e = ws.add_evidence(&claim_id, input, &actor)?;
            println!("added evidence {} to claim {}", e.id, e.claim_id);
        }
        EvidenceCommand::List { claim_id, json } => {
            let list = ws.evidence(&claim_id)?;
            if json {
                print_json(&list)?;
            } else {
                for e in list {
                    println!(
                        "{}  {:<15} {:<8} {:<6} {}  {}",
                        e.id,
                        e.kind,
                        e.stance,
                        e.reliability,
                        e.title,
                        e.url.unwrap_or_default()
                    );
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn cli_flag(field: &str) -> &str {
    match field {
        "published_at" => "published",
        "accessed_at" => "accessed",
        "files" => "file",
        f => f,
    }
}

pub fn comment(ws: &Workspace, cmd: CommentCommand) -> Result<ExitCode, Error> {
    let CommentCommand::Add { claim_id, text, who } = cmd;
    let actor = who.actor(ws)?;
    let c = ws.add_comment(&claim_id, &text, &actor)?;
    println!(
        "comment {} added{}",
        c.id,
        if c.mentions.is_empty() { String::new() } else { format!("; mentions {}", c.mentions.join(", ")) }
    );
    Ok(ExitCode::SUCCESS)
}

pub fn search(ws: &Workspace, query: &str, limit: u32, json: bool) -> Result<ExitCode, Error> {
    let hits = ws.search(query, limit)?;
    if json {
        print_json(&hits)?;
        return Ok(ExitCode::SUCCESS);
    }
    for h in hits {
        // Show matches in [brackets] on a terminal.
        let mut s = String::new();
        let mut at = 0usize;
        for &(a, b) in &h.highlights {
            let (a, b) = (a as usize, b as usize);
            s.push_str(&h.snippet[at..a]);
            s.push('[');
            s.push_str(&h.snippet[a..b]);
            s.push(']');
            at = b;
        }
        s.push_str(&h.snippet[at..]);
        println!("{:<8} {}  {}\n         {}", h.kind, h.claim_id.as_deref().unwrap_or(&h.id), h.title, s);
    }
    Ok(ExitCode::SUCCESS)
}
