//! The extractor must not get worse on the annotated development set
//! (tests/devset). The floors are the figures reached so far (docs/PERFORMANCE.md);
//! raise them when the extractor improves; lower one only for a trade-off that is written
//! down beside the floors (never to make a change pass unexplained).

use claimdesk_core::eval::{evaluate, Summary};

fn summary<'a>(all: &'a [Summary], group: &str) -> &'a Summary {
    all.iter().find(|s| s.group == group).unwrap_or_else(|| panic!("no summary {group}"))
}

#[test]
fn extraction_quality_does_not_regress() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/devset");
    let report = evaluate(std::path::Path::new(dir)).unwrap();
    // (group, check-worthiness F1, attribution F1, must beat the every-sentence baseline):
    // just under the figures reached, per split, so a new batch does not move old floors.
    // dev 100 articles, heldout 27, unseen 30: all three read while writing rules from
    // 2026-12-02 on. test to test4 (batches 6 to 9, 30 articles each): annotated from a
    // brief, never read during the first session of 2026-12-02 (test to test3 scored during
    // it, test4 once at its end; docs/PERFORMANCE.md). From the second session of that day
    // test to test3 are read while writing rules; test5 (batch 10) was scored once at its
    // start, before any rule, and the "all" floor moved down with it (a new split with lower
    // figures, not a regression). test6 (batch 11) was scored once, at that session's end.
    // test7 (batch 12) was scored at the start of the third session of 2026-12-02, before
    // any rule; the "all" floors moved down with it (0.830 -> 0.825, 0.785 -> 0.780).
    // That session's rules lowered test4's attribution F1 (0.781 -> 0.779 as published,
    // 0.760 -> 0.755 archive text) while test5 rose (0.778 -> 0.784); both test4 floors
    // moved down 0.005, knowingly (test4 is unread, so its misses were not studied).
    // Two check-worthy floors moved down by 0.003 and 0.001 that session (test archive
    // text 0.890 -> 0.885, test5 mark-stripped 0.760 -> 0.755): scores follow attributions
    // (a direct quotation lowers one), and attribution F1 rose on both (0.700 -> 0.718,
    // 0.661 -> 0.698). Three attribution floors raised that session came down 0.005 again
    // after a review made five of its rules stricter (fewer wrong names; see git log).
    // Unseen archive text
    // beats the baseline by 0.002 only, so that is not asserted there. Three check-worthy
    // floors were lowered once, knowingly: the direct-quotation penalty of 2026-12-02 raised
    // check-worthy F1 on every split as published (all 0.824 -> 0.832) but cost 0.006 to
    // 0.012 on unseen and test text stripped of its marks.
    // The first session of 2026-12-03 (batch 13, test8, scored at its start with the start
    // commit and at its end) wrote rules that raised the read splits (0.800 -> 0.813) but
    // lowered two unread splits: test4 0.779 -> 0.765 (archive text 0.755 -> 0.728) and
    // test7 0.724 -> 0.714, while test6 rose 0.742 -> 0.749 and test8 0.712 -> 0.717. Those
    // floors moved down to the figures reached, knowingly; the rules that cost them are not
    // yet known (the splits are unread), see the session's closing note.
    // The second session of 2026-12-03 (batch 14, test9, scored at its start with the start
    // commit and at its end) raised every unread split but test6 (0.749 -> 0.748) and the read
    // ones (0.813 -> 0.839); the attribution floors moved up to the figures reached. Three
    // check-worthy floors moved down 0.005, knowingly, for drops of 0.001 (dev and unseen
    // marks stripped 0.810 -> 0.809, test8 archive text 0.790 -> 0.789): scores follow the
    // attributions (a direct quotation lowers one) and attribution rose on all three.
    // The third session of 2026-12-03 added batch 15 (test10, scored at its start with the
    // start commit 4e5eebe, before any rule): with it the "all" attribution floor moved down
    // 0.805 -> 0.800 (a new split with lower figures, 0.746, not a regression). Its rules
    // (many found from corpus sentences outside every unread split) raised the read splits
    // (0.839 -> 0.854) and most unread figures (all 457 articles 0.802 -> 0.814; test8
    // 0.749 -> 0.774, test7 0.720 -> 0.729, test4 0.773 -> 0.779), and every floor was reset
    // to just under the figure reached. Six unread variants fell 0.002 to 0.008 and their
    // floors moved down with them, knowingly (unread, so the rules that cost them are not
    // known): test5 archive text attribution 0.810 -> 0.802, test6 and test7 marks stripped
    // 0.760 -> 0.752 and 0.729 -> 0.724, test9 marks stripped check-worthiness 0.826 ->
    // 0.822 and archive text attribution 0.753 -> 0.747, test10 marks stripped 0.791 -> 0.789.
    // Dev archive text check-worthiness fell 0.856 -> 0.855 (a direct quotation lowers a
    // score) while its attribution rose 0.876 -> 0.887; that floor moved 0.855 -> 0.850.
    // On 2026-12-04 the scorer began setting "a" and "an" aside as it did "the" (as the
    // devset README says it does): dev 0.896 -> 0.894 and dev archive text 0.887 -> 0.883
    // ("a source" no longer matches "a company source"), heldout 0.840 -> 0.844.
    // End of the 2026-12-04 session: every floor reset to just under the figure reached
    // (never lowered where the figure rose). Two fell: unseen marks-stripped attribution
    // 0.757 -> 0.754 (a lone country adjective is no longer a government, and quotation
    // runs end differently without marks) and test3 archive-text check-worthiness 0.867 ->
    // 0.864 (more closing sentences of quotations are direct, which lowers their scores).
    // The last rules of the session moved test10's archive text 0.751 -> 0.747 (floor 0.745).
    let floors: &[(&str, f64, f64, bool)] = &[
        ("dev: as published", 0.835, 0.894, true),
        ("dev: quoted articles, marks kept", 0.810, 0.907, true),
        ("dev: quoted articles, marks stripped", 0.807, 0.876, true),
        ("dev: stripped by the archive", 0.853, 0.884, true),
        ("heldout: as published", 0.803, 0.842, true),
        ("heldout: quoted articles, marks stripped", 0.820, 0.905, true),
        ("heldout: stripped by the archive", 0.770, 0.765, true),
        ("unseen: as published", 0.835, 0.808, true),
        ("unseen: quoted articles, marks stripped", 0.807, 0.752, false),
        ("unseen: stripped by the archive", 0.860, 0.838, false),
        ("test: as published", 0.855, 0.807, true),
        ("test: quoted articles, marks stripped", 0.800, 0.782, true),
        ("test: stripped by the archive", 0.885, 0.796, true),
        ("test2: as published", 0.844, 0.863, true),
        ("test2: quoted articles, marks stripped", 0.842, 0.838, true),
        ("test2: stripped by the archive", 0.837, 0.850, true),
        ("test3: as published", 0.845, 0.846, true),
        ("test3: quoted articles, marks stripped", 0.830, 0.785, true),
        ("test3: stripped by the archive", 0.862, 0.845, true),
        ("test4: as published", 0.840, 0.777, true),
        ("test4: quoted articles, marks stripped", 0.840, 0.791, true),
        ("test4: stripped by the archive", 0.843, 0.730, true),
        ("test5: as published", 0.815, 0.805, true),
        ("test5: quoted articles, marks stripped", 0.760, 0.735, true),
        ("test5: stripped by the archive", 0.862, 0.780, true),
        ("test6: as published", 0.841, 0.755, true),
        ("test6: quoted articles, marks stripped", 0.801, 0.766, true),
        ("test6: stripped by the archive", 0.876, 0.743, true),
        ("test7: as published", 0.791, 0.765, true),
        ("test7: quoted articles, marks stripped", 0.782, 0.730, true),
        ("test7: stripped by the archive", 0.805, 0.751, true),
        ("test8: as published", 0.808, 0.797, true),
        ("test8: quoted articles, marks stripped", 0.820, 0.725, true),
        ("test8: stripped by the archive", 0.787, 0.816, true),
        ("test9: as published", 0.865, 0.762, true),
        ("test9: quoted articles, marks stripped", 0.820, 0.718, true),
        ("test9: stripped by the archive", 0.890, 0.769, true),
        ("test10: as published", 0.836, 0.775, true),
        ("test10: quoted articles, marks stripped", 0.820, 0.814, true),
        ("test10: stripped by the archive", 0.862, 0.745, true),
        // test11 was added on 2026-12-04 at 0.668 (start commit): "all" 0.814 -> 0.805.
        ("test11: as published", 0.825, 0.690, true),
        ("test11: quoted articles, marks stripped", 0.840, 0.674, true),
        ("test11: stripped by the archive", 0.822, 0.635, true),
        // test12 (batch 17) was added in the second session of 2026-12-04 at 0.780 (start
        // commit 4f75a77) and reached 0.787 at its end. That session's rules lowered four
        // unread floors, knowingly (the splits are unread, so the sentences that cost them are
        // not known): test5 as published 0.815 -> 0.810 and its archive text 0.800 -> 0.784,
        // test9 marks stripped 0.730 -> 0.721, test4 archive text 0.735 -> 0.734; held-out
        // mark-stripped check-worthiness 0.825 -> 0.823 (a direct quotation lowers a score).
        // test7 (0.744 -> 0.767), test8, test9, test11 and "all" rose and were raised.
        ("test12: as published", 0.845, 0.785, true),
        ("test12: quoted articles, marks stripped", 0.838, 0.780, true),
        ("test12: stripped by the archive", 0.853, 0.755, true),
        ("all: as published", 0.832, 0.815, true),
    ];

    let mut failures = Vec::new();
    for &(group, cw_floor, at_floor, beats_baseline) in floors {
        let s = summary(&report.summaries, group);
        let (cw, at) = (s.checkworthy.f1(), s.attribution.f1());
        if cw < cw_floor || at < at_floor {
            failures.push(format!(
                "{group}: check-worthy F1 {cw:.3} (floor {cw_floor}), attribution F1 {at:.3} (floor {at_floor})"
            ));
        }
        // Check-worthiness must beat calling every sentence check-worthy.
        if beats_baseline && cw <= s.every_sentence_baseline_f1 {
            failures.push(format!(
                "{group}: check-worthy F1 {cw:.3} vs every-sentence baseline {:.3}",
                s.every_sentence_baseline_f1
            ));
        }
    }
    assert!(failures.is_empty(), "extraction quality dropped:\n{}", failures.join("\n"));
}
