//! HTML pages to article drafts: main-text extraction (dom_smoothie, a port of
//! Mozilla's readability.js, which drops navigation, ads, scripts and
//! boilerplate) plus the page's metadata (title, site, byline, published date).

use dom_smoothie::{Config, Readability, TextMode};

use super::Draft;
use crate::error::{Error, ErrorCode, Result};

/// Extract the readable article from an HTML page. `url` is where it came from
/// (for metadata and relative links), `origin` names it in messages.
pub fn to_draft(html: &str, url: Option<&str>, origin: &str) -> Result<Draft> {
    let cfg = Config { text_mode: TextMode::Formatted, max_elements_to_parse: 200_000, ..Default::default() };
    let mut reader = Readability::new(html, url, Some(cfg)).map_err(|e| not_article(origin, &e.to_string()))?;
    let article = reader.parse().map_err(|e| not_article(origin, &e.to_string()))?;
    let text = tidy(&article.text_content);
    if text.trim().is_empty() {
        return Err(Error::new(ErrorCode::ImportEmpty, format!("{origin}: the page has no readable article text")));
    }
    let title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    let outlet = article.site_name.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let published_at = article.published_time.as_deref().and_then(super::archive::parse_date);
    Ok(Draft {
        title,
        body: text,
        url: url.map(str::to_string),
        outlet,
        published_at,
        subject: None,
        origin: origin.to_string(),
    })
}

fn not_article(origin: &str, why: &str) -> Error {
    Error::new(ErrorCode::ImportNotText, format!("{origin}: no article could be read from this page ({why})"))
}

/// One paragraph per line, no runs of blank lines or trailing spaces.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
        <title>Putin hosts Assad in Sochi | World News</title>
        <meta property="og:site_name" content="Example Wire">
        <meta property="article:published_time" content="2017-11-21T10:00:00Z">
        <script>window.tracking = "<p>Tracking code must not leak</p>";</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <div class="ad">Buy now! Limited offer!</div>
        <article><h1>Putin hosts Assad in Sochi</h1>
        <p>MOSCOW (Reuters) - Russian President Vladimir Putin hosted Syrian President Bashar al-Assad for three hours of talks on Monday, the Kremlin said.</p>
        <p>Syrian government forces took control of Albu Kamal, the last major Syrian town held by Islamic State, at the weekend.</p>
        <p>Putin said he would talk soon to international leaders with influence over the conflict, among them U.S. President Donald Trump.</p>
        <p>The two leaders last met in Moscow on Oct. 20, 2015, a few weeks after Russia launched its military operation in Syria.</p>
        </article>
        <footer>Copyright Example Wire. All rights reserved. Privacy policy. Cookie settings.</footer>
        </body></html>"#;

    #[test]
    fn keeps_the_article_and_drops_the_boilerplate() {
        let d = to_draft(PAGE, Some("https://example.org/world/sochi"), "page.html").unwrap();
        assert!(d.body.contains("Russian President Vladimir Putin hosted"), "{}", d.body);
        assert!(d.body.contains("Albu Kamal"));
        for junk in ["Tracking code", "Buy now", "Cookie settings", "Sport"] {
            assert!(!d.body.contains(junk), "{junk} leaked into {}", d.body);
        }
        assert_eq!(d.title.as_deref(), Some("Putin hosts Assad in Sochi"));
        assert_eq!(d.outlet.as_deref(), Some("Example Wire"));
        assert_eq!(d.published_at.as_deref(), Some("2017-11-21"));
        assert_eq!(d.url.as_deref(), Some("https://example.org/world/sochi"));
    }

    #[test]
    fn a_page_without_text_is_refused() {
        let err = to_draft("<html><body><script>1</script></body></html>", None, "empty.html").unwrap_err();
        assert!(matches!(err.code, ErrorCode::ImportEmpty | ErrorCode::ImportNotText), "{err:?}");
    }
}
