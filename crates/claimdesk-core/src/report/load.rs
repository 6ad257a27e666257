//! Reading a [`Report`] for an [`ExportQuery`]: three queries (claims with their
//! articles, sources and reviewers; evidence; history), each ordered so the
//! output is the same on every run.

use std::collections::HashMap;

use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension};

use super::{HistoryItem, Report, ReportArticle, ReportClaim, ReportEvidence, ReportSource, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::model::{AttributionCheck, AttributionKind, ClaimStatus, Verdict};
use crate::report::ExportQuery;
use crate::store::reviewers;

/// The WHERE clause over `claims c` for a query, with its parameters.
struct Filter {
    sql: String,
    params: Vec<Box<dyn ToSql>>,
}

impl Filter {
    fn params(&self) -> impl Iterator<Item = &dyn ToSql> {
        self.params.iter().map(|p| p.as_ref())
    }
}

fn check_day(field: &str, v: &Option<String>) -> Result<Option<String>> {
    match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(|d| Some(d.format("%Y-%m-%d").to_string()))
            .map_err(|_| Error::invalid(field, format!("--{field}: use the form YYYY-MM-DD, for example 2017-11-22"))),
    }
}

/// Check the query against the database and turn it into SQL and a scope.
fn resolve(conn: &Connection, q: &ExportQuery) -> Result<(Filter, Scope)> {
    let mut scope = Scope { statuses: q.effective_statuses(), ..Scope::default() };
    let mut clauses: Vec<String> = Vec::new();
    let mut params: Vec<Box<dyn ToSql>> = Vec::new();
    let list = |values: Vec<String>, params: &mut Vec<Box<dyn ToSql>>| -> String {
        let start = params.len();
        for v in values {
            params.push(Box::new(v));
        }
        (start + 1..=params.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
    };

    let statuses = scope.statuses.iter().map(|s| s.as_str().to_string()).collect();
    clauses.push(format!("c.status IN ({})", list(statuses, &mut params)));

    if !q.article_ids.is_empty() {
        let mut ids: Vec<String> = q.article_ids.iter().map(|s| s.trim().to_string()).collect();
        ids.sort();
        ids.dedup();
        for id in &ids {
            let title: Option<String> =
                conn.query_row("SELECT title FROM articles WHERE id = ?1", [id], |r| r.get(0)).optional()?;
            let title = title.ok_or_else(|| Error::not_found("article", id))?;
            scope.articles.push((id.clone(), title));
        }
        clauses.push(format!("c.article_id IN ({})", list(ids, &mut params)));
    }

    if !q.verdicts.is_empty() {
        let mut v = q.verdicts.clone();
        v.sort_by_key(|x| Verdict::ALL.iter().position(|y| y == x));
        v.dedup();
        scope.verdicts = v.clone();
        clauses
            .push(format!("c.verdict IN ({})", list(v.iter().map(|x| x.as_str().to_string()).collect(), &mut params)));
    }

    if !q.reviewers.is_empty() {
        let mut ids = Vec::new();
        for name in &q.reviewers {
            let r = reviewers::find(conn, name)?
                .ok_or_else(|| Error::new(ErrorCode::NotFound, format!("no reviewer named {:?}", name.trim())))?;
            if !ids.contains(&r.id) {
                ids.push(r.id);
                scope.reviewers.push(r.name);
            }
        }
        let p = list(ids, &mut params);
        clauses.push(format!("(c.proposed_by IN ({p}) OR c.approved_by IN ({p}) OR c.assignee_id IN ({p}))"));
    }

    scope.from = check_day("from", &q.from)?;
    scope.to = check_day("to", &q.to)?;
    if let (Some(f), Some(t)) = (&scope.from, &scope.to) {
        if f > t {
            return Err(Error::invalid("from", format!("--from {f} is after --to {t}")));
        }
    }
    let reviewed = "substr(coalesce(c.approved_at, c.proposed_at, c.updated_at), 1, 10)";
    if let Some(f) = &scope.from {
        params.push(Box::new(f.clone()));
        clauses.push(format!("{reviewed} >= ?{}", params.len()));
    }
    if let Some(t) = &scope.to {
        params.push(Box::new(t.clone()));
        clauses.push(format!("{reviewed} <= ?{}", params.len()));
    }
    Ok((Filter { sql: format!("WHERE {}", clauses.join(" AND ")), params }, scope))
}

/// Where a claim is in the report; rows come grouped by claim, so the last
/// answer is reused while the id stays the same.
fn locate(
    index: &HashMap<String, (usize, usize)>,
    last: &mut Option<(String, Option<(usize, usize)>)>,
    claim_id: &str,
) -> Option<(usize, usize)> {
    match last {
        Some((id, found)) if id == claim_id => *found,
        _ => {
            let found = index.get(claim_id).copied();
            *last = Some((claim_id.to_string(), found));
            found
        }
    }
}

/// Articles by publication date (undated last), then title and id; claims in
/// article order.
const ORDER: &str = "a.published_at IS NULL, a.published_at, a.title, a.id, c.span_start, c.span_end, c.id";

pub(crate) fn load(conn: &Connection, q: &ExportQuery, generated_at: String) -> Result<Report> {
    let settings = super::settings::load(conn)?;
    let (filter, scope) = resolve(conn, q)?;
    let where_sql = &filter.sql;

    let mut articles: Vec<ReportArticle> = Vec::new();
    let mut index: HashMap<String, (usize, usize)> = HashMap::new();
    {
        let sql = format!(
            "SELECT a.id, a.title, a.outlet, a.url, a.place, a.published_at,
                    c.id, c.text, c.span_start, c.span_end, c.status, c.verdict, c.rationale, c.attribution_check,
                    s.name, s.kind, s.role, c.mention, c.cue, c.attribution_type,
                    asg.name, p.name, c.proposed_at, ap.name, c.approved_at, c.updated_at,
                    (SELECT count(*) FROM comments m WHERE m.claim_id = c.id), c.dismiss_reason
               FROM claims c
               JOIN articles a ON a.id = c.article_id
               LEFT JOIN sources s ON s.id = c.source_id
               LEFT JOIN reviewers asg ON asg.id = c.assignee_id
               LEFT JOIN reviewers p ON p.id = c.proposed_by
               LEFT JOIN reviewers ap ON ap.id = c.approved_by
             {where_sql}
             ORDER BY {ORDER}"
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(filter.params()))?;
        while let Some(r) = rows.next()? {
            let article_id = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            if articles.last().is_none_or(|a| a.id != article_id) {
                articles.push(ReportArticle {
                    id: article_id.to_string(),
                    title: r.get(1)?,
                    outlet: r.get(2)?,
                    url: r.get(3)?,
                    place: r.get(4)?,
                    published_at: r.get(5)?,
                    claims: Vec::new(),
                });
            }
            let status: String = r.get(10)?;
            let verdict: Option<String> = r.get(11)?;
            let check: Option<String> = r.get(13)?;
            let attribution: String = r.get(19)?;
            let source = match r.get::<_, Option<String>>(14)? {
                Some(name) => Some(ReportSource { name, kind: r.get(15)?, role: r.get(16)? }),
                None => None,
            };
            let claim = ReportClaim {
                id: r.get(6)?,
                text: r.get(7)?,
                start: r.get(8)?,
                end: r.get(9)?,
                status: ClaimStatus::parse(&status).unwrap_or(ClaimStatus::New),
                verdict: verdict.as_deref().and_then(Verdict::parse),
                rationale: r.get(12)?,
                attribution_check: check.as_deref().and_then(AttributionCheck::parse),
                source,
                mention: r.get(17)?,
                cue: r.get(18)?,
                attribution: AttributionKind::parse(&attribution).unwrap_or(AttributionKind::Unattributed),
                assignee: r.get(20)?,
                proposed_by: r.get(21)?,
                proposed_at: r.get(22)?,
                approved_by: r.get(23)?,
                approved_at: r.get(24)?,
                updated_at: r.get(25)?,
                comments: r.get(26)?,
                dismiss_reason: r.get(27)?,
                evidence: Vec::new(),
                history: Vec::new(),
            };
            let a = articles.len() - 1;
            index.insert(claim.id.clone(), (a, articles[a].claims.len()));
            articles[a].claims.push(claim);
        }
    }
    if articles.is_empty() {
        return Ok(Report { generated_at, settings, scope, articles });
    }

    let selected = format!("SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id {where_sql}");
    {
        let sql = format!(
            "SELECT e.claim_id, e.kind, e.title, e.publisher, e.published_at, e.accessed_at, e.url, e.excerpt,
                    e.stance, e.reliability
               FROM evidence e
              WHERE e.claim_id IN ({selected})
              ORDER BY e.claim_id, e.created_at, e.id"
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(filter.params()))?;
        let mut last = None;
        while let Some(r) = rows.next()? {
            let Some((a, c)) = locate(&index, &mut last, r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?) else {
                continue;
            };
            articles[a].claims[c].evidence.push(ReportEvidence {
                kind: r.get(1)?,
                title: r.get(2)?,
                publisher: r.get(3)?,
                published_at: r.get(4)?,
                accessed_at: r.get(5)?,
                url: r.get(6)?,
                excerpt: r.get(7)?,
                stance: r.get(8)?,
                reliability: r.get(9)?,
            });
        }
    }
    {
        let sql = format!(
            "SELECT entity_id, at, actor, action FROM audit
              WHERE entity = 'claim' AND entity_id IN ({selected})
              ORDER BY entity_id, at, id"
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(filter.params()))?;
        let mut last = None;
        while let Some(r) = rows.next()? {
            let Some((a, c)) = locate(&index, &mut last, r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?) else {
                continue;
            };
            articles[a].claims[c].history.push(HistoryItem { at: r.get(1)?, actor: r.get(2)?, action: r.get(3)? });
        }
    }
    Ok(Report { generated_at, settings, scope, articles })
}
