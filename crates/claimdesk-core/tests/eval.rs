//! The extractor must not get worse on the annotated development set
//! (tests/devset). The floors are the figures reached so far (docs/PERFORMANCE.md);
//! raise them when the extractor improves, never lower them to make a change pass.

use claimdesk_core::eval::{evaluate, Summary};

fn summary<'a>(all: &'a [Summary], group: &str) -> &'a Summary {
    all.iter().find(|s| s.group == group).unwrap_or_else(|| panic!("no summary {group}"))
}

#[test]
fn extraction_quality_does_not_regress() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/devset");
    let report = evaluate(std::path::Path::new(dir)).unwrap();
    let floors: &[(&str, f64, f64)] = &[
        // (group, check-worthiness F1, attribution F1): just under the figures reached on the
        // 127-article set (0.804/0.789, 0.797/0.812, 0.800/0.749, 0.809/0.771, 0.808/0.677, 0.777/0.627)
        ("all: as published", 0.800, 0.785),
        ("all: quoted articles, marks kept", 0.795, 0.810),
        ("all: quoted articles, marks stripped", 0.795, 0.745),
        ("all: stripped by the archive", 0.805, 0.770),
        ("heldout: as published", 0.805, 0.675),
        ("heldout: stripped by the archive", 0.775, 0.625),
    ];

    let mut failures = Vec::new();
    for &(group, cw_floor, at_floor) in floors {
        let s = summary(&report.summaries, group);
        let (cw, at) = (s.checkworthy.f1(), s.attribution.f1());
        if cw < cw_floor || at < at_floor {
            failures.push(format!(
                "{group}: check-worthy F1 {cw:.3} (floor {cw_floor}), attribution F1 {at:.3} (floor {at_floor})"
            ));
        }
        // Check-worthiness must beat calling every sentence check-worthy.
        assert!(cw > s.every_sentence_baseline_f1, "{group}: {cw:.3} vs baseline {:.3}", s.every_sentence_baseline_f1);
    }
    assert!(failures.is_empty(), "extraction quality dropped:\n{}", failures.join("\n"));
}
