//! Property: no input makes the extractor panic, and every span it returns is a
//! char-boundary slice of the input whose text matches.

use proptest::prelude::*;

fn check(input: &str) {
    let a = claimdesk_extract::analyze(input);
    let mut last_end = 0;
    for s in &a.sentences {
        assert!(s.start <= s.end && s.end <= input.len(), "span {}..{} outside {}", s.start, s.end, input.len());
        assert!(input.is_char_boundary(s.start) && input.is_char_boundary(s.end));
        assert_eq!(&input[s.start..s.end], s.text);
        assert!(s.start >= last_end, "sentences overlap or go backwards");
        assert!((0.0..=1.0).contains(&s.score));
        last_end = s.end;
    }
    if let Some(d) = &a.dateline {
        assert!(d.end <= input.len() && input.is_char_boundary(d.end));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode(s in "\\PC{0,400}") {
        check(&s);
    }

    #[test]
    fn news_like_alphabet(s in "[A-Za-z .,;:!?\"'()\\-\u{201c}\u{201d}\u{2019}\u{2026}\u{0416}\u{0628}\n0-9$%]{0,600}") {
        check(&s);
    }

    #[test]
    fn arbitrary_bytes_decoded_lossily(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn multibyte_characters_around_every_boundary() {
    let base = "WASHINGTON (Reuters) - U.S. President Donald Trump said anti-Semitism should be defeated and called the Holocaust the \u{201c}darkest chapter\u{201d} in a video. \u{201c}We will.\u{201d} Mr. \u{00c9}mile said.";
    for cut in 0..=base.len() {
        if base.is_char_boundary(cut) {
            check(&base[..cut]);
            check(&base[cut..]);
        }
    }
}

/// Inputs the cargo-fuzz target (fuzz/) once crashed on, replayed on every test run.
#[test]
fn fuzz_regressions() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz-regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("the regression folder exists") {
        let bytes = std::fs::read(entry.expect("a readable entry").path()).expect("a readable file");
        check(&String::from_utf8_lossy(&bytes));
        n += 1;
    }
    assert!(n >= 2, "the regression inputs are present");
}
