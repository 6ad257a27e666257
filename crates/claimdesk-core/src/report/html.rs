//! The HTML report: one self-contained file with inline CSS and an inline SVG
//! chart. No scripts, no external requests (a Content-Security-Policy says so
//! too), a print stylesheet, and every piece of user text escaped.

use std::fmt::Write;

use super::escape::{html as e, link_url};
use super::{
    attribution_check_label, attribution_label, human_time, status_label, Report, ReportClaim, ReportEvidence,
};
use crate::model::Verdict;

const STYLE: &str = r#"
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --tint: #f6f8fa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 4rem; color: var(--ink); background: var(--paper);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.9rem; margin: .2rem 0 .8rem; }
h2 { font-size: 1.35rem; }
h4 { font-size: .95rem; margin: .9rem 0 .3rem; }
a { color: #0757c7; overflow-wrap: anywhere; }
.org { margin: 0; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; font-size: .85rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1.5rem; font-size: .95rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.summary { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 0 0 2rem; background: var(--tint); }
.summary h2 { margin-bottom: .4rem; }
.chart { display: block; max-width: 100%; height: auto; margin: .6rem 0; }
.chart text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
.counts { border-collapse: collapse; font-size: .9rem; }
.counts th, .counts td { text-align: left; padding: .15rem 1.2rem .15rem 0; }
.counts td.n { text-align: right; font-variant-numeric: tabular-nums; }
.empty { font-style: italic; color: var(--muted); }
.article { margin: 2.5rem 0 0; }
.article > h2 { padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
.article-meta { margin: .4rem 0 1rem; color: var(--muted); font-size: .95rem; }
.claim { border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1.1rem; margin: 1rem 0; }
.claim-head { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin: 0 0 .5rem; font-size: .9rem; }
.claim-n { font-weight: 700; color: var(--muted); }
.verdict { display: inline-block; padding: .05rem .55rem; border-radius: 999px; color: #fff; font-weight: 700; background: #6e7781; }
.v-true { background: #1a7f37; } .v-mostly_true { background: #4b8f29; } .v-mixed { background: #9a6700; }
.v-mostly_false { background: #bc4c00; } .v-false { background: #c0262d; } .v-misleading { background: #8250df; }
.v-unverifiable { background: #6e7781; } .v-none { background: #afb8c1; color: var(--ink); }
.status { color: var(--muted); }
.claim-text { margin: 0 0 .7rem; padding: .2rem 0 .2rem .9rem; border-left: 4px solid var(--line); font-size: 1.08rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; font-size: .95rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.rationale, .excerpt { white-space: pre-line; }
.rationale { margin: .2rem 0 0; }
.evidence ol { margin: 0; padding-left: 1.4rem; }
.evidence li { margin: 0 0 .6rem; }
.evidence p { margin: 0; }
.ev-meta, .ev-url { color: var(--muted); font-size: .9rem; }
.ev-url { overflow-wrap: anywhere; }
.excerpt { margin: .25rem 0 0; padding-left: .7rem; border-left: 3px solid var(--line); font-size: .93rem; }
.stance { font-size: .8rem; font-weight: 600; padding: 0 .4rem; border-radius: 4px; border: 1px solid currentColor; }
.s-supports { color: #1a7f37; } .s-refutes { color: #c0262d; } .s-mixed { color: #9a6700; } .s-context { color: #59636e; }
footer { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
@media print {
  @page { margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .summary { background: none; }
  .article { break-before: page; margin-top: 0; }
  h1, h2, h3, h4, .claim-head { break-after: avoid; }
  .claim { break-inside: avoid; }
  .evidence li, .counts, .chart { break-inside: avoid; }
  .verdict, .stance, .chart rect { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"#;

pub(crate) fn verdict_colour(v: Option<Verdict>) -> &'static str {
    match v {
        Some(Verdict::True) => "#1a7f37",
        Some(Verdict::MostlyTrue) => "#4b8f29",
        Some(Verdict::Mixed) => "#9a6700",
        Some(Verdict::MostlyFalse) => "#bc4c00",
        Some(Verdict::False) => "#c0262d",
        Some(Verdict::Misleading) => "#8250df",
        Some(Verdict::Unverifiable) => "#6e7781",
        None => "#afb8c1",
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// A link when the address is http(s), else the address as text.
fn link(out: &mut String, url: &str, text: &str) {
    match link_url(url) {
        Some(u) => {
            let _ = write!(out, r#"<a href="{}" rel="noopener noreferrer">{}</a>"#, e(u), e(text));
        }
        None => out.push_str(&e(text)),
    }
}

fn chart(out: &mut String, rows: &[(String, Option<Verdict>, u64)]) {
    const ROW: u64 = 28;
    const BAR: u64 = 400;
    let max = rows.iter().map(|r| r.2).max().unwrap_or(0).max(1);
    let height = ROW * rows.len() as u64 + 4;
    let desc = rows.iter().map(|(l, _, n)| format!("{l}: {n}")).collect::<Vec<_>>().join(", ");
    let _ = write!(
        out,
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="640" height="{height}" viewBox="0 0 640 {height}" role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">Claims by verdict</title><desc id="chart-desc">{}</desc>"#,
        e(&desc)
    );
    for (i, (label, verdict, n)) in rows.iter().enumerate() {
        let y = ROW * i as u64;
        let w = if *n == 0 { 0 } else { (n * BAR / max).max(2) };
        let _ = write!(
            out,
            r#"<g><text x="170" y="{ty}" text-anchor="end">{label}</text><rect x="178" y="{ry}" width="{w}" height="18" rx="2" fill="{fill}"/><text x="{nx}" y="{ty}">{n}</text></g>"#,
            ty = y + 17,
            ry = y + 4,
            label = e(&truncate(label, 24)),
            fill = verdict_colour(*verdict),
            nx = 178 + w + 6,
        );
    }
    out.push_str("</svg>\n");
}

fn evidence(out: &mut String, ev: &ReportEvidence) {
    out.push_str("<li><p class=\"ev-title\">");
    match ev.url.as_deref() {
        Some(u) => link(out, u, &ev.title),
        None => out.push_str(&e(&ev.title)),
    }
    let _ = write!(out, r#" <span class="stance s-{0}">{0}</span></p>"#, e(&ev.stance));
    let mut meta: Vec<String> = Vec::new();
    if let Some(p) = &ev.publisher {
        meta.push(e(p).into_owned());
    }
    if let Some(d) = &ev.published_at {
        meta.push(format!("published {}", e(d)));
    }
    meta.push(e(&ev.kind.replace('_', " ")).into_owned());
    meta.push(format!("reliability {}", e(&ev.reliability)));
    if let Some(d) = &ev.accessed_at {
        meta.push(format!("accessed {}", e(d)));
    }
    let _ = write!(out, "<p class=\"ev-meta\">{}</p>", meta.join(" · "));
    if let Some(u) = &ev.url {
        let _ = write!(out, "<p class=\"ev-url\">{}</p>", e(u));
    }
    if let Some(x) = &ev.excerpt {
        let _ = write!(out, "<blockquote class=\"excerpt\">{}</blockquote>", e(x));
    }
    out.push_str("</li>\n");
}

fn claim(out: &mut String, r: &Report, n: usize, c: &ReportClaim) {
    let (vclass, vlabel) = match c.verdict {
        Some(v) => (v.as_str(), r.label(v).to_string()),
        None => ("none", "No verdict".to_string()),
    };
    let _ = write!(
        out,
        "<article class=\"claim\" id=\"claim-{id}\">\n<p class=\"claim-head\"><span class=\"claim-n\">Claim {n}</span> <span class=\"verdict v-{vclass}\">{vlabel}</span> <span class=\"status\">{status}</span></p>\n<blockquote class=\"claim-text\">{text}</blockquote>\n<dl class=\"facts\">\n",
        id = e(&c.id),
        vlabel = e(&vlabel),
        status = status_label(c.status),
        text = e(&c.text),
    );
    out.push_str("<dt>Source</dt><dd>");
    match &c.source {
        Some(s) => {
            let _ = write!(out, "<strong>{}</strong>", e(&s.name));
            if let Some(role) = &s.role {
                let _ = write!(out, ", {}", e(role));
            }
            let _ = write!(out, " ({})", e(&s.kind));
            if let Some(m) = c.mention.as_deref().filter(|m| *m != s.name) {
                let _ = write!(out, " · named as “{}”", e(m));
            }
            if let Some(cue) = &c.cue {
                let _ = write!(out, " · cue “{}”", e(cue));
            }
            let _ = write!(out, " · {}", attribution_label(c.attribution));
        }
        None => {
            out.push_str("The outlet's own assertion");
            if let Some(cue) = &c.cue {
                let _ = write!(out, " · cue “{}”", e(cue));
            }
        }
    }
    out.push_str("</dd>\n");
    let _ = write!(out, "<dt>Verdict</dt><dd><strong>{}</strong>", e(&vlabel));
    if let Some(rat) = &c.rationale {
        let _ = write!(out, "<p class=\"rationale\">{}</p>", e(rat));
    }
    out.push_str("</dd>\n");
    if let Some(check) = c.attribution_check {
        let _ = writeln!(out, "<dt>Attribution check</dt><dd>{}</dd>", attribution_check_label(check));
    }
    if let Some(by) = &c.proposed_by {
        let at = c.proposed_at.as_deref().map(human_time).unwrap_or_default();
        let _ = writeln!(out, "<dt>Proposed by</dt><dd>{} <span class=\"status\">{}</span></dd>", e(by), e(&at));
    }
    if let Some(by) = &c.approved_by {
        let at = c.approved_at.as_deref().map(human_time).unwrap_or_default();
        let _ = writeln!(out, "<dt>Approved by</dt><dd>{} <span class=\"status\">{}</span></dd>", e(by), e(&at));
    }
    if let Some(reason) = &c.dismiss_reason {
        let _ = writeln!(out, "<dt>Dismissed</dt><dd>{}</dd>", e(reason));
    }
    if let Some(u) = r.review_url(c) {
        out.push_str("<dt>Published review</dt><dd>");
        link(out, &u, &u);
        out.push_str("</dd>\n");
    }
    out.push_str("</dl>\n");
    let _ = writeln!(out, "<section class=\"evidence\"><h4>Evidence ({})</h4>", c.evidence.len());
    if c.evidence.is_empty() {
        out.push_str("<p class=\"empty\">No evidence recorded.</p>\n");
    } else {
        out.push_str("<ol>\n");
        for ev in &c.evidence {
            evidence(out, ev);
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n</article>\n");
}

pub(crate) fn render(r: &Report) -> String {
    let stats = r.stats();
    let mut out = String::with_capacity(4096 + r.claim_count() * 2048);
    let title = r.title();
    let org = r.settings.organization.as_deref();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"Claimdesk\">\n<title>{}{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n",
        e(&title),
        org.map(|o| format!(" · {}", e(o))).unwrap_or_default()
    );
    if let Some(o) = org {
        let _ = writeln!(out, "<p class=\"org\">{}</p>", e(o));
    }
    let _ = writeln!(out, "<h1>{}</h1>\n<dl class=\"meta\">", e(&title));
    for (k, v) in r.scope_lines() {
        let _ = writeln!(out, "<dt>{k}</dt><dd>{}</dd>", e(&v));
    }
    let _ = writeln!(
        out,
        "<dt>Generated</dt><dd><time datetime=\"{}\">{}</time></dd>\n</dl>\n</header>",
        e(&r.generated_at),
        e(&human_time(&r.generated_at))
    );

    let _ = writeln!(
        out,
        "<section class=\"summary\" aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<p>{} claim{} in {} article{}.</p>",
        stats.claims,
        if stats.claims == 1 { "" } else { "s" },
        stats.articles,
        if stats.articles == 1 { "" } else { "s" }
    );
    let mut rows: Vec<(String, Option<Verdict>, u64)> =
        stats.by_verdict.iter().map(|v| (v.label.clone(), Some(v.verdict), v.count)).collect();
    if stats.no_verdict > 0 {
        rows.push(("No verdict".to_string(), None, stats.no_verdict));
    }
    chart(&mut out, &rows);
    out.push_str("<table class=\"counts\">\n<thead><tr><th scope=\"col\">Verdict</th><th scope=\"col\">Claims</th></tr></thead>\n<tbody>\n");
    for (label, _, n) in &rows {
        let _ = writeln!(out, "<tr><td>{}</td><td class=\"n\">{n}</td></tr>", e(label));
    }
    out.push_str("</tbody>\n</table>\n</section>\n");

    if r.articles.is_empty() {
        out.push_str("<p class=\"empty\">No claims match this scope.</p>\n");
    }
    for a in &r.articles {
        let _ = writeln!(
            out,
            "<section class=\"article\" id=\"article-{}\" aria-label=\"{}\">\n<h2>{}</h2>",
            e(&a.id),
            e(&a.title),
            e(&a.title)
        );
        let mut meta: Vec<String> = Vec::new();
        if let Some(o) = &a.outlet {
            meta.push(e(o).into_owned());
        }
        if let Some(p) = &a.place {
            meta.push(e(p).into_owned());
        }
        if let Some(d) = &a.published_at {
            meta.push(e(d).into_owned());
        }
        if let Some(u) = &a.url {
            let mut l = String::new();
            link(&mut l, u, u);
            meta.push(l);
        }
        if !meta.is_empty() {
            let _ = writeln!(out, "<p class=\"article-meta\">{}</p>", meta.join(" · "));
        }
        for (i, c) in a.claims.iter().enumerate() {
            claim(&mut out, r, i + 1, c);
        }
        out.push_str("</section>\n");
    }
    let _ = write!(
        out,
        "<footer>Generated by Claimdesk{} on {}.</footer>\n</body>\n</html>\n",
        org.map(|o| format!(" for {}", e(o))).unwrap_or_default(),
        e(&human_time(&r.generated_at))
    );
    out
}
