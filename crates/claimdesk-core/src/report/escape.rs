//! Escaping user text for the HTML and Markdown reports, and deciding which
//! addresses may become links.
//!
//! Written here rather than taken from a crate because the reports need one thing
//! the HTML-escaping crates do not do: `{` and `}` are encoded too, so a report
//! pasted into a page that runs a template engine (Vue, Angular, Jinja, Liquid)
//! cannot have `{{ ... }}` evaluated. The rules are a dozen lines and tested below.

use std::borrow::Cow;

/// Escape text for HTML element content and for double- or single-quoted
/// attribute values: `& < > " '` and the template delimiters `{ }`.
/// Control characters other than tab and newline are dropped.
pub fn html(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| matches!(c, '&' | '<' | '>' | '"' | '\'' | '{' | '}') || is_stray_control(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '{' => out.push_str("&#123;"),
            '}' => out.push_str("&#125;"),
            c if is_stray_control(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn is_stray_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Escape text for inline Markdown (CommonMark and GitHub Flavored Markdown).
///
/// Line breaks and runs of white space become one space, so a field can never
/// start a paragraph, table or code block of its own, and a leading `-`, `+`,
/// `=` or `1.` is escaped so it cannot start a list or heading where the field
/// begins a line (a quote). The characters that open inline markup
/// (`` \ ` * _ [ ] # | ~ ``) are backslash-escaped; `&`, `<` and `>` become
/// entities, so raw HTML (`<script>`, `<img onerror>`) stays text; `{` and `}`
/// are escaped so `{{ }}` / `{% %}` reach no template engine (Jekyll's Liquid)
/// as delimiters.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut space = false;
    let mut prev = ' ';
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() || c.is_control() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        let after_brace = std::mem::replace(&mut prev, c) == '{';
        match c {
            // `{%` and `%}` are template tags whatever escapes the brace.
            '%' if after_brace || chars.peek() == Some(&'}') => out.push_str("\\%"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if out.is_empty() => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if !out.is_empty() && out.bytes().all(|b| b.is_ascii_digit()) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// An address that may be written as a link: http or https with a host.
/// Anything else (javascript:, data:, relative paths) is shown as text only.
pub fn safe_url(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none_or(str::is_empty) {
        return None;
    }
    Some(parsed.to_string())
}

/// The cheap check the renderers use for every link: `http://` or `https://`
/// (any case), then a host, and no white space or control characters. Returns
/// the trimmed address, to be escaped for its context. (Addresses were already
/// parsed when they were entered; [`safe_url`] is for untrusted input.)
pub fn link_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = |n: usize| url.get(..n).map(str::to_ascii_lowercase);
    let rest = if lower(7).as_deref() == Some("http://") {
        &url[7..]
    } else if lower(8).as_deref() == Some("https://") {
        &url[8..]
    } else {
        return None;
    };
    let host_ok = rest.chars().next().is_some_and(|c| !matches!(c, '/' | '?' | '#' | '@' | ':'));
    (host_ok && !url.chars().any(|c| c.is_whitespace() || c.is_control())).then_some(url)
}

/// A safe address made fit for a Markdown link destination: every character
/// that could end or break the destination is percent-encoded.
pub fn markdown_url(url: &str) -> Option<String> {
    let url = link_url(url)?;
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '(' | ')' | '<' | '>' | '[' | ']' | '"' | '\'' | '`' | '\\' | '{' | '}' | '|' | '^' | ' ' | '*' | '_'
            | '~' => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_quotes_and_template_braces() {
        assert_eq!(html("plain text"), "plain text");
        assert!(matches!(html("plain"), Cow::Borrowed(_)));
        assert_eq!(
            html(r#"<script>alert("x")</script> & "><img src=x onerror='y'> {{ 7*7 }}"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;&gt;&lt;img src=x onerror=&#39;y&#39;&gt; &#123;&#123; 7*7 &#125;&#125;"
        );
        assert_eq!(html("a\u{0}b\u{7}c\td\ne"), "abc\td\ne");
        assert_eq!(html("Assad’s «visit» — ü"), "Assad’s «visit» — ü");
    }

    #[test]
    fn markdown_text_cannot_start_markup() {
        let md =
            markdown("# Title\n- item\n> quote\n\n| a | b |\n1. one `code` *em* _u_ [l](javascript:x) ![i](y) ~~s~~");
        assert!(!md.contains('\n'));
        assert_eq!(
            md,
            r"\# Title - item &gt; quote \| a \| b \| 1. one \`code\` \*em\* \_u\_ \[l\](javascript:x) !\[i\](y) \~\~s\~\~"
        );
        assert_eq!(markdown("- item"), r"\- item");
        assert_eq!(markdown("+1"), r"\+1");
        assert_eq!(markdown("=== "), r"\===");
        assert_eq!(markdown("2017. A year"), r"2017\. A year");
        assert_eq!(markdown("20) x"), r"20\) x");
        assert_eq!(markdown("U.S. officials, 2.5 million"), "U.S. officials, 2.5 million");
        assert_eq!(markdown("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(markdown("\"><img src=x onerror=alert(1)>"), "\"&gt;&lt;img src=x onerror=alert(1)&gt;");
        assert_eq!(
            markdown("{{ site.secret }} {% include x %} 50% { %}"),
            r"\{\{ site.secret \}\} \{\% include x \%\} 50% \{ \%\}"
        );
        assert_eq!(markdown("  Putin  told\tAssad  "), "Putin told Assad");
        assert_eq!(markdown("a &lt; b"), "a &amp;lt; b");
    }

    #[test]
    fn only_http_addresses_become_links() {
        assert_eq!(
            safe_url(" https://en.kremlin.ru/events/56135 ").as_deref(),
            Some("https://en.kremlin.ru/events/56135")
        );
        for bad in ["javascript:alert(1)", "data:text/html,<script>", "/relative", "ftp://x.org/a", "http://", "x"] {
            assert_eq!(safe_url(bad), None, "{bad}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "/relative",
            "ftp://x.org",
            "http://",
            "https:///x",
            "https://a b",
        ] {
            assert_eq!(link_url(bad), None, "{bad}");
        }
        assert_eq!(link_url(" HTTPS://Example.org/a?b#c "), Some("HTTPS://Example.org/a?b#c"));
        assert_eq!(
            markdown_url("https://x.org/a/(c)\"><img>?q=[1]").as_deref(),
            Some("https://x.org/a/%28c%29%22%3E%3Cimg%3E?q=%5B1%5D")
        );
    }
}
