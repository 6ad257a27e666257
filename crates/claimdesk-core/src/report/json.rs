//! The JSON export: a stable, versioned document (docs/export-json.md, JSON
//! Schema in docs/export.schema.json). Keys are always present (null when
//! unknown) and appear in a fixed order.

use serde::Serialize;

use super::{claimreview, day, Report, JSON_SCHEMA_VERSION};
use crate::error::Result;
use crate::model::Verdict;

pub(crate) const SCHEMA_NAME: &str = "claimdesk-export";

#[derive(Serialize)]
struct Export<'a> {
    schema: &'static str,
    schema_version: u32,
    generated_at: &'a str,
    title: String,
    organization: Option<&'a str>,
    review_base_url: Option<&'a str>,
    scope: Scope<'a>,
    rating_scale: RatingScale<'a>,
    summary: Summary<'a>,
    articles: Vec<Article<'a>>,
}

#[derive(Serialize)]
struct Scope<'a> {
    statuses: Vec<&'static str>,
    articles: Vec<ArticleRef<'a>>,
    verdicts: Vec<&'static str>,
    reviewers: Vec<&'a str>,
    from: Option<&'a str>,
    to: Option<&'a str>,
}

#[derive(Serialize)]
struct ArticleRef<'a> {
    id: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct RatingScale<'a> {
    best_rating: u8,
    worst_rating: u8,
    verdicts: Vec<ScaleEntry<'a>>,
}

#[derive(Serialize)]
struct ScaleEntry<'a> {
    verdict: &'static str,
    label: &'a str,
    rating_value: u8,
}

#[derive(Serialize)]
struct Summary<'a> {
    claims: u64,
    articles: u64,
    by_verdict: Vec<Count<'a>>,
    no_verdict: u64,
}

#[derive(Serialize)]
struct Count<'a> {
    verdict: &'static str,
    label: &'a str,
    count: u64,
}

#[derive(Serialize)]
struct Article<'a> {
    id: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    place: Option<&'a str>,
    published_at: Option<&'a str>,
    claims: Vec<Claim<'a>>,
}

#[derive(Serialize)]
struct Source<'a> {
    name: &'a str,
    kind: &'a str,
    role: Option<&'a str>,
}

#[derive(Serialize)]
struct Claim<'a> {
    id: &'a str,
    text: &'a str,
    start: i64,
    end: i64,
    status: &'static str,
    verdict: Option<&'static str>,
    verdict_label: Option<&'a str>,
    rating_value: Option<u8>,
    rationale: Option<&'a str>,
    attribution_check: Option<&'static str>,
    source: Option<Source<'a>>,
    mention: Option<&'a str>,
    cue: Option<&'a str>,
    attribution: &'static str,
    assignee: Option<&'a str>,
    proposed_by: Option<&'a str>,
    proposed_at: Option<&'a str>,
    approved_by: Option<&'a str>,
    approved_at: Option<&'a str>,
    dismiss_reason: Option<&'a str>,
    review_date: String,
    review_url: Option<String>,
    comments: i64,
    evidence: Vec<Evidence<'a>>,
    history: Vec<History<'a>>,
}

#[derive(Serialize)]
struct Evidence<'a> {
    title: &'a str,
    publisher: Option<&'a str>,
    published_at: Option<&'a str>,
    accessed_at: Option<&'a str>,
    url: Option<&'a str>,
    excerpt: Option<&'a str>,
    stance: &'a str,
    reliability: &'a str,
    kind: &'a str,
}

#[derive(Serialize)]
struct History<'a> {
    at: &'a str,
    actor: &'a str,
    action: &'a str,
}

pub(crate) fn render(r: &Report) -> Result<String> {
    let stats = r.stats();
    let s = &r.scope;
    let doc = Export {
        schema: SCHEMA_NAME,
        schema_version: JSON_SCHEMA_VERSION,
        generated_at: &r.generated_at,
        title: r.title(),
        organization: r.settings.organization.as_deref(),
        review_base_url: r.settings.review_base_url.as_deref(),
        scope: Scope {
            statuses: s.statuses.iter().map(|x| x.as_str()).collect(),
            articles: s.articles.iter().map(|(id, title)| ArticleRef { id, title }).collect(),
            verdicts: s.verdicts.iter().map(|v| v.as_str()).collect(),
            reviewers: s.reviewers.iter().map(String::as_str).collect(),
            from: s.from.as_deref(),
            to: s.to.as_deref(),
        },
        rating_scale: RatingScale {
            best_rating: claimreview::BEST_RATING,
            worst_rating: claimreview::WORST_RATING,
            verdicts: Verdict::ALL
                .iter()
                .map(|v| ScaleEntry {
                    verdict: v.as_str(),
                    label: r.label(*v),
                    rating_value: claimreview::rating_value(*v),
                })
                .collect(),
        },
        summary: Summary {
            claims: stats.claims,
            articles: stats.articles,
            by_verdict: Verdict::ALL
                .iter()
                .zip(&stats.by_verdict)
                .map(|(v, c)| Count { verdict: v.as_str(), label: r.label(*v), count: c.count })
                .collect(),
            no_verdict: stats.no_verdict,
        },
        articles: r
            .articles
            .iter()
            .map(|a| Article {
                id: &a.id,
                title: &a.title,
                outlet: a.outlet.as_deref(),
                url: a.url.as_deref(),
                place: a.place.as_deref(),
                published_at: a.published_at.as_deref(),
                claims: a
                    .claims
                    .iter()
                    .map(|c| Claim {
                        id: &c.id,
                        text: &c.text,
                        start: c.start,
                        end: c.end,
                        status: c.status.as_str(),
                        verdict: c.verdict.map(|v| v.as_str()),
                        verdict_label: c.verdict.map(|v| r.label(v)),
                        rating_value: c.verdict.map(claimreview::rating_value),
                        rationale: c.rationale.as_deref(),
                        attribution_check: c.attribution_check.map(|x| x.as_str()),
                        source: c.source.as_ref().map(|s| Source {
                            name: &s.name,
                            kind: &s.kind,
                            role: s.role.as_deref(),
                        }),
                        mention: c.mention.as_deref(),
                        cue: c.cue.as_deref(),
                        attribution: c.attribution.as_str(),
                        assignee: c.assignee.as_deref(),
                        proposed_by: c.proposed_by.as_deref(),
                        proposed_at: c.proposed_at.as_deref(),
                        approved_by: c.approved_by.as_deref(),
                        approved_at: c.approved_at.as_deref(),
                        dismiss_reason: c.dismiss_reason.as_deref(),
                        review_date: day(c
                            .approved_at
                            .as_deref()
                            .or(c.proposed_at.as_deref())
                            .unwrap_or(&c.updated_at)),
                        review_url: r.review_url(c),
                        comments: c.comments,
                        evidence: c
                            .evidence
                            .iter()
                            .map(|e| Evidence {
                                title: &e.title,
                                publisher: e.publisher.as_deref(),
                                published_at: e.published_at.as_deref(),
                                accessed_at: e.accessed_at.as_deref(),
                                url: e.url.as_deref(),
                                excerpt: e.excerpt.as_deref(),
                                stance: &e.stance,
                                reliability: &e.reliability,
                                kind: &e.kind,
                            })
                            .collect(),
                        history: c
                            .history
                            .iter()
                            .map(|h| History { at: &h.at, actor: &h.actor, action: &h.action })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc)?;
    out.push('\n');
    Ok(out)
}
