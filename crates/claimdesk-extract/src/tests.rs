//! End-to-end behaviour of `analyze` on the bundled sample (quote-stripped Reuters text).

use super::*;

const SAMPLE: &str = include_str!("../../../assets/sample-article.txt");

fn source_of(a: &Analysis, needle: &str) -> Option<String> {
    let s =
        a.sentences.iter().find(|s| s.text.contains(needle)).unwrap_or_else(|| panic!("no sentence with {needle:?}"));
    s.attribution.as_ref().map(|a| a.source.clone())
}

#[test]
fn sample_dateline_is_split_off() {
    let a = analyze(SAMPLE);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.place, "Moscow/Beirut");
    assert!(a.sentences[0].text.starts_with("Russian President"));
}

#[test]
fn sample_spans_are_slices_of_the_input() {
    let a = analyze(SAMPLE);
    assert_eq!(a.sentences.len(), 41);
    for s in &a.sentences {
        assert_eq!(&SAMPLE[s.start..s.end], s.text);
    }
}

#[test]
fn sample_speakers_are_canonical() {
    let a = analyze(SAMPLE);
    assert_eq!(source_of(&a, "Putin said he would follow up").as_deref(), Some("Vladimir Putin"));
    assert_eq!(source_of(&a, "the White House said").as_deref(), Some("White House"));
    assert_eq!(source_of(&a, "Putin told Trump").as_deref(), Some("Vladimir Putin"));
    // "stressed" + a noun object reports no proposition of Netanyahu's: the source holds it.
    assert_eq!(source_of(&a, "security concerns, the source said").as_deref(), Some("a source in Netanyahu's office"));
    assert_eq!(source_of(&a, "according to a source").as_deref(), Some("a source in Netanyahu's office"));
    assert_eq!(source_of(&a, "speaking in Moscow").as_deref(), Some("Sergei Lavrov"));
    assert_eq!(source_of(&a, "through an interpreter").as_deref(), Some("Bashar al-Assad"));
    assert_eq!(source_of(&a, "with them, said Assad").as_deref(), Some("Bashar al-Assad"));
    assert_eq!(source_of(&a, "He said the head of the Iranian").as_deref(), Some("Sayyed Hassan Nasrallah"));
    assert_eq!(source_of(&a, "took control of Albu Kamal"), None);
    assert_eq!(source_of(&a, "Officials did not release"), None);
}

#[test]
fn sample_quote_continuations_follow_the_speaker() {
    let a = analyze(SAMPLE);
    let s = a.sentences.iter().find(|s| s.text.starts_with("We still have a long way")).unwrap();
    let at = s.attribution.as_ref().unwrap();
    assert_eq!((at.source.as_str(), at.kind_of_quote), ("Vladimir Putin", AttributionType::Continuation));
    let s = a.sentences.iter().find(|s| s.text.starts_with("We will not forget it")).unwrap();
    assert_eq!(s.attribution.as_ref().unwrap().source, "Bashar al-Assad");
}

#[test]
fn garbage_never_panics_and_spans_stay_inside() {
    let inputs = [
        "",
        ".",
        "...",
        "\u{2026}",
        "a. b. c.",
        "U.S.",
        "Mr.",
        "\"",
        "((((",
        "- - -",
        "A (B) - ",
        "Путин сказал. Он ушёл.",
        "قال الأسد. ثم غادر.",
        "x\u{0}y",
        "\u{feff}Hello.",
        "WASHINGTON (Reuters) - ",
        "said said said, said.",
        ", according to",
        "according to ,",
    ];
    for input in inputs {
        let a = analyze(input);
        for s in &a.sentences {
            assert!(s.start <= s.end && s.end <= input.len());
            assert_eq!(&input[s.start..s.end], s.text);
        }
    }
    let long = "word ".repeat(20_000);
    assert_eq!(analyze(&long).sentences.len(), 1);
}

#[test]
fn a_speaker_outranks_the_subject_for_they() {
    let a = crate::analyze(
        "Freeport has asked families to relocate, company sources said. Workers have been asked to stay, they said.",
    );
    let who: Vec<Option<String>> =
        a.sentences.iter().map(|s| s.attribution.as_ref().map(|a| a.source.clone())).collect();
    assert_eq!(who, [Some("company sources".to_string()), Some("company sources".to_string())]);
}
