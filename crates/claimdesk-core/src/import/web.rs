//! Fetching an article from a URL: http(s) only, a timeout, at most five
//! redirects, a size cap, and only HTML or plain-text responses.

use std::io::Read;
use std::time::Duration;

use super::Draft;
use crate::error::{Error, ErrorCode, Result};

/// Largest page downloaded.
pub const MAX_PAGE_BYTES: u64 = 10 * 1024 * 1024;
const TIMEOUT: Duration = Duration::from_secs(20);

fn refused(url: &str, why: impl std::fmt::Display) -> Error {
    Error::new(ErrorCode::ImportUnreadable, format!("{url}: {why}"))
}

/// Download `url` and turn it into a draft (main text and metadata for HTML).
pub fn fetch(url: &str) -> Result<Draft> {
    crate::validate::check_url(url).map_err(|m| Error::invalid("url", m))?;
    let client = reqwest::blocking::Client::builder()
        .timeout(TIMEOUT)
        .connect_timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::limited(5))
        .user_agent(concat!("Claimdesk/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| refused(url, e))?;
    let resp = client.get(url).send().map_err(|e| {
        if e.is_timeout() {
            refused(url, "the site did not answer within 20 seconds")
        } else if e.is_redirect() {
            refused(url, "too many redirects")
        } else {
            refused(url, format!("could not be fetched ({e})"))
        }
    })?;
    let status = resp.status();
    if !status.is_success() {
        return Err(refused(url, format!("the site answered {status}")));
    }
    let final_url = resp.url().to_string();
    let content_type = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let html = content_type.starts_with("text/html") || content_type.starts_with("application/xhtml+xml");
    let plain = content_type.starts_with("text/plain");
    if !(html || plain) {
        let shown = if content_type.is_empty() { "an unknown type".to_string() } else { content_type.clone() };
        return Err(Error::new(
            ErrorCode::ImportUnsupported,
            format!("{url}: the page is {shown}, not an HTML or text article"),
        ));
    }
    if resp.content_length().is_some_and(|n| n > MAX_PAGE_BYTES) {
        return Err(Error::new(ErrorCode::ImportTooLarge, format!("{url}: the page is over the 10 MiB limit")));
    }
    let charset = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("charset="))
        .map(|c| c.trim_matches('"').to_string());
    let mut bytes = Vec::new();
    resp.take(MAX_PAGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| refused(url, format!("the download failed ({e})")))?;
    if bytes.len() as u64 > MAX_PAGE_BYTES {
        return Err(Error::new(ErrorCode::ImportTooLarge, format!("{url}: the page is over the 10 MiB limit")));
    }
    let text = match charset.as_deref().and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes())) {
        Some(enc) if enc != encoding_rs::UTF_8 => enc.decode(&bytes).0.into_owned(),
        _ => super::decode::decode(&bytes, url)?,
    };
    if html {
        super::html::to_draft(&text, Some(&final_url), url)
    } else {
        let (title, at) = super::split_title(&text, false);
        Ok(Draft {
            title,
            body: text[at..].to_string(),
            url: Some(final_url),
            origin: url.to_string(),
            ..Draft::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::net::TcpListener;

    /// A one-shot HTTP server on loopback answering every request with `response`.
    fn serve(responses: Vec<String>) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            for response in responses {
                let Ok((mut stream, _)) = listener.accept() else { return };
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf);
                let _ = stream.write_all(response.as_bytes());
            }
        });
        format!("http://{addr}")
    }

    fn ok(content_type: &str, body: &str) -> String {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    }

    #[test]
    fn html_pages_become_articles_with_metadata() {
        let page = "<html><head><title>Sochi talks</title><meta property=\"og:site_name\" content=\"Wire\"></head><body><article>\
            <p>Russian President Vladimir Putin hosted Syrian President Bashar al-Assad for three hours of talks, the Kremlin said on Tuesday.</p>\
            <p>Syrian government forces took control of Albu Kamal at the weekend, the last major town held by Islamic State fighters.</p>\
            </article></body></html>";
        let base = serve(vec![ok("text/html; charset=utf-8", page)]);
        let d = fetch(&format!("{base}/story")).unwrap();
        assert!(d.body.contains("Albu Kamal"));
        assert_eq!(d.outlet.as_deref(), Some("Wire"));
        assert_eq!(d.url.as_deref(), Some(format!("{base}/story").as_str()));
    }

    #[test]
    fn other_content_types_are_refused() {
        let base = serve(vec![ok("application/pdf", "%PDF-1.4")]);
        let err = fetch(&format!("{base}/file.pdf")).unwrap_err();
        assert_eq!(err.code, ErrorCode::ImportUnsupported);
        assert!(err.message.contains("application/pdf"));
    }

    #[test]
    fn error_statuses_and_redirect_loops_are_refused() {
        let base = serve(vec!["HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".into()]);
        assert!(fetch(&format!("{base}/gone")).unwrap_err().message.contains("404"));
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            for _ in 0..10 {
                let Ok((mut s, _)) = listener.accept() else { return };
                let mut buf = [0u8; 4096];
                let _ = s.read(&mut buf);
                let _ = s.write_all(format!("HTTP/1.1 302 Found\r\nLocation: http://{addr}/again\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes());
            }
        });
        let err = fetch(&format!("http://{addr}/loop")).unwrap_err();
        assert!(err.message.contains("redirect"), "{}", err.message);
    }

    #[test]
    fn oversized_pages_are_refused() {
        let huge = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            MAX_PAGE_BYTES + 1
        );
        let base = serve(vec![huge]);
        assert_eq!(fetch(&format!("{base}/big")).unwrap_err().code, ErrorCode::ImportTooLarge);
    }

    #[test]
    fn only_http_urls_are_fetched() {
        assert_eq!(fetch("file:///etc/passwd").unwrap_err().field.as_deref(), Some("url"));
    }
}
