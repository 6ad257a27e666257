//! The Markdown report: the HTML report's content as CommonMark / GitHub
//! Flavored Markdown. User text is escaped inline (see `escape::markdown`), so it
//! cannot open markup, raw HTML or template tags of its own.

use std::fmt::Write;

use super::escape::{markdown as m, markdown_url};
use super::{attribution_check_label, attribution_label, human_time, status_label, Report, ReportClaim};

/// `[text](url)` when the address is http(s), else the escaped text.
fn link(text: &str, url: &str) -> String {
    match markdown_url(url) {
        Some(u) => format!("[{}]({u})", m(text)),
        None => m(text),
    }
}

/// `<url>`-style address shown as a link to itself.
fn bare(url: &str) -> String {
    link(url, url)
}

fn claim(out: &mut String, r: &Report, n: usize, c: &ReportClaim) {
    let verdict = c.verdict.map_or("No verdict".to_string(), |v| r.label(v).to_string());
    let _ = writeln!(out, "### Claim {n}: {} ({})\n", m(&verdict), status_label(c.status));
    let _ = writeln!(out, "> {}\n", m(&c.text));
    let source = match &c.source {
        Some(s) => {
            let mut x = format!("**{}**", m(&s.name));
            if let Some(role) = &s.role {
                let _ = write!(x, ", {}", m(role));
            }
            let _ = write!(x, " ({})", m(&s.kind));
            if let Some(mention) = c.mention.as_deref().filter(|x| *x != s.name) {
                let _ = write!(x, ", named as “{}”", m(mention));
            }
            if let Some(cue) = &c.cue {
                let _ = write!(x, ", cue “{}”", m(cue));
            }
            let _ = write!(x, ", {}", attribution_label(c.attribution));
            x
        }
        None => match &c.cue {
            Some(cue) => format!("The outlet's own assertion, cue “{}”", m(cue)),
            None => "The outlet's own assertion".to_string(),
        },
    };
    let _ = writeln!(out, "- **Source:** {source}");
    let _ = write!(out, "- **Verdict:** **{}**", m(&verdict));
    if let Some(rat) = &c.rationale {
        let _ = write!(out, ": {}", m(rat));
    }
    out.push('\n');
    if let Some(check) = c.attribution_check {
        let _ = writeln!(out, "- **Attribution check:** {}", attribution_check_label(check));
    }
    if let Some(by) = &c.proposed_by {
        let at = c.proposed_at.as_deref().map(human_time).unwrap_or_default();
        let _ = writeln!(out, "- **Proposed by:** {}, {}", m(by), m(&at));
    }
    if let Some(by) = &c.approved_by {
        let at = c.approved_at.as_deref().map(human_time).unwrap_or_default();
        let _ = writeln!(out, "- **Approved by:** {}, {}", m(by), m(&at));
    }
    if let Some(reason) = &c.dismiss_reason {
        let _ = writeln!(out, "- **Dismissed:** {}", m(reason));
    }
    if let Some(u) = r.review_url(c) {
        let _ = writeln!(out, "- **Published review:** {}", bare(&u));
    }
    let _ = writeln!(out, "- **Claim id:** {}", m(&c.id));
    if c.evidence.is_empty() {
        out.push_str("- **Evidence:** none recorded\n");
    } else {
        let _ = writeln!(out, "- **Evidence ({}):**", c.evidence.len());
        for (i, ev) in c.evidence.iter().enumerate() {
            let title = match &ev.url {
                Some(u) => link(&ev.title, u),
                None => m(&ev.title),
            };
            let mut meta: Vec<String> = Vec::new();
            if let Some(p) = &ev.publisher {
                meta.push(m(p));
            }
            if let Some(d) = &ev.published_at {
                meta.push(format!("published {}", m(d)));
            }
            meta.push(m(&ev.kind.replace('_', " ")));
            meta.push(format!("reliability {}", m(&ev.reliability)));
            if let Some(d) = &ev.accessed_at {
                meta.push(format!("accessed {}", m(d)));
            }
            // Lines of one item end in a backslash: a hard line break in CommonMark.
            let mut lines = vec![format!("{}. {title} — *{}* ({})", i + 1, m(&ev.stance), meta.join(", "))];
            if let Some(u) = &ev.url {
                lines.push(format!("   URL: {}", bare(u)));
            }
            if let Some(x) = &ev.excerpt {
                lines.push(format!("   Excerpt: “{}”", m(x)));
            }
            let _ = writeln!(out, "  {}", lines.join("\\\n  "));
        }
    }
    out.push('\n');
}

pub(crate) fn render(r: &Report) -> String {
    let stats = r.stats();
    let mut out = String::with_capacity(4096 + r.claim_count() * 1536);
    let _ = writeln!(out, "# {}\n", m(&r.title()));
    if let Some(o) = &r.settings.organization {
        let _ = writeln!(out, "**Organization:** {}  ", m(o));
    }
    for (k, v) in r.scope_lines() {
        let _ = writeln!(out, "**{k}:** {}  ", m(&v));
    }
    let _ = writeln!(out, "**Generated:** {}\n", m(&human_time(&r.generated_at)));

    let _ = writeln!(
        out,
        "## Summary\n\n{} claim{} in {} article{}.\n\n| Verdict | Claims |\n| --- | ---: |",
        stats.claims,
        if stats.claims == 1 { "" } else { "s" },
        stats.articles,
        if stats.articles == 1 { "" } else { "s" }
    );
    for v in &stats.by_verdict {
        let _ = writeln!(out, "| {} | {} |", m(&v.label), v.count);
    }
    if stats.no_verdict > 0 {
        let _ = writeln!(out, "| No verdict | {} |", stats.no_verdict);
    }
    out.push('\n');
    if r.articles.is_empty() {
        out.push_str("*No claims match this scope.*\n\n");
    }
    for a in &r.articles {
        let _ = writeln!(out, "## {}\n", m(&a.title));
        let mut meta: Vec<String> = Vec::new();
        if let Some(o) = &a.outlet {
            meta.push(m(o));
        }
        if let Some(p) = &a.place {
            meta.push(m(p));
        }
        if let Some(d) = &a.published_at {
            meta.push(m(d));
        }
        if let Some(u) = &a.url {
            meta.push(bare(u));
        }
        if !meta.is_empty() {
            let _ = writeln!(out, "{}\n", meta.join(" · "));
        }
        for (i, c) in a.claims.iter().enumerate() {
            claim(&mut out, r, i + 1, c);
        }
    }
    let _ = writeln!(
        out,
        "---\n\n*Generated by Claimdesk{} on {}.*",
        r.settings.organization.as_deref().map(|o| format!(" for {}", m(o))).unwrap_or_default(),
        m(&human_time(&r.generated_at))
    );
    out
}
