//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and Latin-1 /
//! Windows-1252. Anything else (binary data, broken UTF-16) is refused rather
//! than stored garbled.

use crate::error::{Error, ErrorCode, Result};

/// Decode a file's bytes. `origin` names the input in messages.
pub fn decode(bytes: &[u8], origin: &str) -> Result<String> {
    let not_text = |why: &str| Error::new(ErrorCode::ImportNotText, format!("{origin}: {why}"));
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        std::str::from_utf8(rest)
            .map_err(|_| not_text("starts with a UTF-8 marker but is not valid UTF-8"))?
            .to_string()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(encoding_rs::UTF_16LE, rest)
            .ok_or_else(|| not_text("is marked UTF-16 but cannot be decoded as UTF-16"))?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(encoding_rs::UTF_16BE, rest)
            .ok_or_else(|| not_text("is marked UTF-16 but cannot be decoded as UTF-16"))?
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        s.to_string()
    } else {
        if bytes.contains(&0) {
            return Err(not_text("is a binary file, not text"));
        }
        // Not UTF-8: Latin-1 / Windows-1252 text is the common case (old newsroom systems).
        let (decoded, had_errors) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
        if had_errors {
            return Err(not_text("is neither UTF-8 nor Latin-1 text; save it as UTF-8 and import it again"));
        }
        decoded.into_owned()
    };
    if looks_binary(&text) {
        return Err(not_text("is a binary file, not text"));
    }
    Ok(text)
}

fn utf16(encoding: &'static encoding_rs::Encoding, bytes: &[u8]) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    encoding.decode_without_bom_handling_and_without_replacement(bytes).map(|s| s.into_owned())
}

/// Control characters other than tab, newline, carriage return and form feed do
/// not occur in articles; one is enough to call the input binary.
fn looks_binary(text: &str) -> bool {
    text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
}

/// Normalise line endings and strip a stray BOM, so stored offsets match what is shown.
pub fn normalize(text: &str) -> String {
    let t = text.trim_start_matches('\u{feff}');
    if t.contains('\r') {
        t.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("caf\u{e9}".as_bytes(), "f").unwrap(), "caf\u{e9}");
        assert_eq!(decode(b"\xEF\xBB\xBFhello", "f").unwrap(), "hello");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Putin said.".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le, "f").unwrap(), "Putin said.");
        let mut be = vec![0xFE, 0xFF];
        for u in "Caf\u{e9}".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be, "f").unwrap(), "Caf\u{e9}");
    }

    #[test]
    fn latin1_is_decoded_correctly() {
        assert_eq!(decode(b"Caf\xe9 in M\xfcnchen", "f").unwrap(), "Caf\u{e9} in M\u{fc}nchen");
    }

    #[test]
    fn binary_is_refused() {
        let e = decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "f").unwrap_err();
        assert_eq!(e.code, ErrorCode::ImportNotText);
        assert!(decode(b"abc\x01def", "f").is_err());
        // Odd-length UTF-16 is broken, not guessed at.
        assert!(decode(&[0xFF, 0xFE, 0x41], "f").is_err());
    }

    #[test]
    fn line_endings_are_normalised() {
        assert_eq!(normalize("\u{feff}a\r\nb\rc"), "a\nb\nc");
    }
}
