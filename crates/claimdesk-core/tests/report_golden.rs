//! Golden files: the fixture exported in every format with SOURCE_DATE_EPOCH
//! set must match tests/golden/ byte for byte. After an intended change,
//! regenerate with `CLAIMDESK_UPDATE_GOLDEN=1 cargo test -p claimdesk-core --test report_golden`
//! and review the diff.
//!
//! This file holds one test, so setting the environment variable cannot race
//! with another test of the same process.

mod common;

use claimdesk_core::report::{ExportFormat, ExportQuery};
use claimdesk_core::ClaimStatus;

#[test]
fn every_format_matches_its_golden_file() {
    std::env::set_var("SOURCE_DATE_EPOCH", common::EPOCH);
    let (_d, ws) = common::open(&common::real);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("CLAIMDESK_UPDATE_GOLDEN").is_some();
    let all = ExportQuery { statuses: ClaimStatus::ALL.to_vec(), ..Default::default() };
    let mut stale = Vec::new();
    for (name, query) in [("report", ExportQuery::default()), ("all-statuses", all)] {
        for f in ExportFormat::ALL {
            let out = ws.export(&query, f).unwrap();
            assert!(
                out.contains(common::GENERATED_AT)
                    || matches!(f, ExportFormat::Csv | ExportFormat::Claimreview)
                    || out.contains("2017-11-23 08:00 UTC"),
                "{f:?} does not show SOURCE_DATE_EPOCH"
            );
            let path = dir.join(format!("{name}.{}", f.extension()));
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &out).unwrap();
                continue;
            }
            let golden = std::fs::read_to_string(&path).unwrap_or_default();
            if golden != out {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "exports differ from {stale:?}; if the change is intended, regenerate with \
         CLAIMDESK_UPDATE_GOLDEN=1 cargo test -p claimdesk-core --test report_golden and review the diff"
    );
}
