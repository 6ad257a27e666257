//! The TypeScript bindings in `ui/src/lib/bindings.ts` are generated from the Rust
//! types here. This test fails when they drift; regenerate with
//! `CLAIMDESK_UPDATE_BINDINGS=1 cargo test -p claimdesk-core bindings`.

use ts_rs::{Config, TS};

use crate::model::*;
use crate::{Error, ErrorCode};

const TARGET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/lib/bindings.ts");

fn generate() -> String {
    let cfg = Config::new().with_large_int("number");
    let decls = [
        ErrorCode::decl(&cfg),
        Error::decl(&cfg),
        ClaimStatus::decl(&cfg),
        AttributionKind::decl(&cfg),
        SourceRef::decl(&cfg),
        ArticleSummary::decl(&cfg),
        ArticlePage::decl(&cfg),
        Article::decl(&cfg),
        Claim::decl(&cfg),
        ArticleDetail::decl(&cfg),
        ImportedArticle::decl(&cfg),
        DuplicateArticle::decl(&cfg),
        Rejection::decl(&cfg),
        ImportReport::decl(&cfg),
        ImportProgress::decl(&cfg),
        TextInput::decl(&cfg),
        WorkspaceInfo::decl(&cfg),
        ClaimPage::decl(&cfg),
        Role::decl(&cfg),
        Verdict::decl(&cfg),
        AttributionCheck::decl(&cfg),
        Reviewer::decl(&cfg),
        ReviewerInput::decl(&cfg),
        FieldError::decl(&cfg),
        Attachment::decl(&cfg),
        Evidence::decl(&cfg),
        EvidenceInput::decl(&cfg),
        Comment::decl(&cfg),
        HistoryEntry::decl(&cfg),
        ClaimDetail::decl(&cfg),
        ClaimLink::decl(&cfg),
        ClaimRef::decl(&cfg),
        SplitResult::decl(&cfg),
        MergeResult::decl(&cfg),
        SavedAttachment::decl(&cfg),
        SourceChoice::decl(&cfg),
        ClaimAction::decl(&cfg),
        SearchHit::decl(&cfg),
        SourceSummary::decl(&cfg),
        crate::store::claims::Queue::decl(&cfg),
        crate::store::claims::ClaimSort::decl(&cfg),
        crate::store::claims::ClaimFilter::decl(&cfg),
        SentenceAnalysis::decl(&cfg),
        ReextractReport::decl(&cfg),
        crate::report::ExportFormat::decl(&cfg),
        crate::report::ExportQuery::decl(&cfg),
        crate::report::ExportResult::decl(&cfg),
        crate::report::ExportStats::decl(&cfg),
        crate::report::VerdictCount::decl(&cfg),
        crate::report::Prior::decl(&cfg),
        crate::report::PriorMatch::decl(&cfg),
        crate::report::PriorImportReport::decl(&cfg),
        crate::report::PriorRefusal::decl(&cfg),
        crate::report::Settings::decl(&cfg),
        crate::report::VerdictLabel::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in crates/claimdesk-core by\n\
         // `CLAIMDESK_UPDATE_BINDINGS=1 cargo test -p claimdesk-core bindings`. Do not edit by hand.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[test]
fn typescript_bindings_are_current() {
    let fresh = generate();
    if std::env::var_os("CLAIMDESK_UPDATE_BINDINGS").is_some() {
        std::fs::write(TARGET, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(TARGET).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/lib/bindings.ts is out of date with the Rust types; run \
         CLAIMDESK_UPDATE_BINDINGS=1 cargo test -p claimdesk-core bindings"
    );
}
