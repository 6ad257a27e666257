//! schema.org ClaimReview JSON-LD: one object per verified claim, in the form
//! fact-check aggregators read (docs/claimreview.md).
//!
//! The verdict scale maps to a numeric rating where higher means truer:
//!
//! | verdict | ratingValue |
//! | --- | --- |
//! | true | 5 |
//! | mostly_true | 4 |
//! | mixed | 3 |
//! | unverifiable | 3 (the neutral midpoint: neither truer nor falser) |
//! | mostly_false | 2 |
//! | misleading | 2 |
//! | false | 1 |
//!
//! with `worstRating` 1 and `bestRating` 5; `alternateName` is the verdict's label.

use serde::Serialize;

use super::escape::safe_url;
use super::{day, Report};
use crate::error::{Error, Result};
use crate::model::{ClaimStatus, Verdict};

pub const BEST_RATING: u8 = 5;
pub const WORST_RATING: u8 = 1;

/// The numeric rating of a verdict: within WORST_RATING..=BEST_RATING, higher is truer.
pub fn rating_value(v: Verdict) -> u8 {
    match v {
        Verdict::True => 5,
        Verdict::MostlyTrue => 4,
        Verdict::Mixed => 3,
        Verdict::Unverifiable => 3,
        Verdict::MostlyFalse => 2,
        Verdict::Misleading => 2,
        Verdict::False => 1,
    }
}

#[derive(Serialize)]
struct ClaimReview<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    url: String,
    #[serde(rename = "claimReviewed")]
    claim_reviewed: &'a str,
    #[serde(rename = "datePublished")]
    date_published: String,
    author: Organization<'a>,
    #[serde(rename = "reviewRating")]
    review_rating: Rating<'a>,
    #[serde(rename = "itemReviewed")]
    item_reviewed: ClaimItem<'a>,
}

#[derive(Serialize)]
struct Organization<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Serialize)]
struct Rating<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "ratingValue")]
    rating_value: u8,
    #[serde(rename = "bestRating")]
    best_rating: u8,
    #[serde(rename = "worstRating")]
    worst_rating: u8,
    #[serde(rename = "alternateName")]
    alternate_name: &'a str,
    #[serde(rename = "ratingExplanation", skip_serializing_if = "Option::is_none")]
    rating_explanation: Option<&'a str>,
}

#[derive(Serialize)]
struct ClaimItem<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Author<'a>>,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
    appearance: Appearance<'a>,
}

#[derive(Serialize)]
struct Author<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(rename = "jobTitle", skip_serializing_if = "Option::is_none")]
    job_title: Option<&'a str>,
}

#[derive(Serialize)]
struct Appearance<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    headline: &'a str,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Organization<'a>>,
}

/// The schema.org type of a source: people (and unnamed people) are a Person;
/// organizations, governments, media and documents an Organization.
pub(crate) fn author_type(kind: &str) -> &'static str {
    match kind {
        "person" | "anonymous" => "Person",
        _ => "Organization",
    }
}

/// ClaimReview needs the desk's name and where its reviews are published.
pub(crate) fn check_settings(r: &Report) -> Result<(&str, &str)> {
    let org = r.settings.organization.as_deref().ok_or_else(|| {
        Error::invalid(
            "organization",
            "ClaimReview needs the organization's name: claimdesk settings set organization \"Name\" --as ADMIN",
        )
    })?;
    let base = r.settings.review_base_url.as_deref().ok_or_else(|| {
        Error::invalid(
            "review_base_url",
            "ClaimReview needs the address reviews are published under: claimdesk settings set review_base_url https://... --as ADMIN",
        )
    })?;
    Ok((org, base))
}

pub(crate) fn render(r: &Report) -> Result<String> {
    let (org, base) = check_settings(r)?;
    let site = url::Url::parse(base).ok().map(|u| u.origin().ascii_serialization()).filter(|o| o != "null");
    let mut items = Vec::new();
    for (a, c) in r.claims() {
        let Some(verdict) = c.verdict.filter(|_| c.status == ClaimStatus::Verified) else {
            continue;
        };
        let reviewed = c.approved_at.as_deref().or(c.proposed_at.as_deref()).unwrap_or(&c.updated_at);
        let author = match &c.source {
            Some(s) => Some(Author {
                kind: author_type(&s.kind),
                name: &s.name,
                job_title: s.role.as_deref().filter(|_| author_type(&s.kind) == "Person"),
            }),
            // The outlet's own assertion: the outlet is the claim's author.
            None => a.outlet.as_deref().map(|o| Author { kind: "Organization", name: o, job_title: None }),
        };
        items.push(ClaimReview {
            context: "https://schema.org",
            kind: "ClaimReview",
            url: super::review_url(base, &c.id),
            claim_reviewed: &c.text,
            date_published: day(reviewed),
            author: Organization { kind: "Organization", name: org, url: site.clone() },
            review_rating: Rating {
                kind: "Rating",
                rating_value: rating_value(verdict),
                best_rating: BEST_RATING,
                worst_rating: WORST_RATING,
                alternate_name: r.label(verdict),
                rating_explanation: c.rationale.as_deref(),
            },
            item_reviewed: ClaimItem {
                kind: "Claim",
                author,
                date_published: a.published_at.as_deref(),
                appearance: Appearance {
                    kind: "CreativeWork",
                    url: a.url.as_deref().and_then(safe_url),
                    headline: &a.title,
                    date_published: a.published_at.as_deref(),
                    publisher: a.outlet.as_deref().map(|o| Organization { kind: "Organization", name: o, url: None }),
                },
            },
        });
    }
    let mut out = serde_json::to_string_pretty(&items)?;
    out.push('\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rating_scale_is_ordered_and_in_range() {
        for v in Verdict::ALL {
            let n = rating_value(v);
            assert!((WORST_RATING..=BEST_RATING).contains(&n), "{v:?}");
        }
        let order = [Verdict::False, Verdict::MostlyFalse, Verdict::Mixed, Verdict::MostlyTrue, Verdict::True];
        assert!(order.windows(2).all(|w| rating_value(w[0]) < rating_value(w[1])));
        assert_eq!(rating_value(Verdict::True), BEST_RATING);
        assert_eq!(rating_value(Verdict::False), WORST_RATING);
    }

    #[test]
    fn sources_become_people_or_organizations() {
        assert_eq!(author_type("person"), "Person");
        assert_eq!(author_type("anonymous"), "Person");
        for k in ["organization", "government", "media", "document"] {
            assert_eq!(author_type(k), "Organization");
        }
    }
}
