//! Any bytes, decoded as the importer decodes them (UTF-8, invalid sequences replaced),
//! must analyse without a panic, and every sentence span must be an in-order slice of
//! the text on character boundaries whose text is exactly that slice.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = claimdesk_extract::analyze(&text);
    let mut last_end = 0;
    for s in &analysis.sentences {
        assert!(s.start <= s.end && s.end <= text.len(), "span {}..{} outside {}", s.start, s.end, text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span off a char boundary");
        assert!(s.start >= last_end, "sentences overlap or go backwards");
        assert_eq!(&text[s.start..s.end], s.text);
        assert!((0.0..=1.0).contains(&s.score));
        last_end = s.end;
    }
    if let Some(d) = &analysis.dateline {
        assert!(d.end <= text.len() && text.is_char_boundary(d.end));
    }
});
