//! Tauri commands: thin wrappers over `Workspace`. No SQL, no business rules.
//! The UI calls them only through ui/src/lib/api.ts, whose `COMMANDS` list a
//! test compares with the handler list. Arguments are snake_case on both sides.

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use claimdesk_core::import::ImportControl;
use claimdesk_core::report::{
    ExportFormat, ExportQuery, ExportResult, ExportStats, Prior, PriorImportReport, PriorMatch, Settings,
};
use claimdesk_core::store::claims::ClaimFilter;
use claimdesk_core::{
    Actor, ArticleDetail, ArticlePage, Claim, ClaimAction, ClaimDetail, ClaimPage, ClaimRef, Comment, Error, ErrorCode,
    Evidence, EvidenceInput, FieldError, ImportProgress, ImportReport, MergeResult, Reviewer, ReviewerInput,
    SavedAttachment, SearchHit, SentenceAnalysis, SourceSummary, SplitResult, TextInput, Workspace, WorkspaceInfo,
};
use tauri::{AppHandle, Emitter, State};

use crate::AppState;

type CmdResult<T> = Result<T, Error>;

/// The event carrying [`ImportProgress`] while `import_paths` runs.
pub const IMPORT_PROGRESS_EVENT: &str = "import-progress";

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        workspace_info,
        list_articles,
        get_article,
        import_paths,
        cancel_import,
        import_text,
        list_reviewers,
        add_reviewer,
        update_reviewer,
        list_claims,
        claim_detail,
        claim_action,
        assign_claims,
        validate_evidence,
        add_evidence,
        update_evidence,
        remove_evidence,
        add_comment,
        search,
        article_sources,
        all_sources,
        article_sentences,
        promote_sentence,
        import_url,
        export_preview,
        export_stats,
        export_to_file,
        open_exported,
        get_settings,
        set_setting,
        import_priors,
        list_priors,
        prior_checks,
        attach_prior,
        split_claim,
        merge_claims,
        claim_from_selection,
        save_attachment,
        open_attachment
    ]
}

/// The person at this machine. Reviewer profiles arrive with the review workflow;
/// until then imports are recorded under the operating-system user name.
fn local_actor() -> Actor {
    let name = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "local user".into());
    Actor::local(name)
}

/// Run blocking database work off the async runtime's threads.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> CmdResult<T> + Send + 'static) -> CmdResult<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| Error::new(ErrorCode::DbIo, format!("the background task failed: {e}")))?
}

#[tauri::command]
async fn workspace_info(state: State<'_, AppState>) -> CmdResult<WorkspaceInfo> {
    let ws = state.workspace()?;
    blocking(move || ws.info()).await
}

#[tauri::command]
async fn list_articles(state: State<'_, AppState>, limit: Option<u32>, offset: Option<u32>) -> CmdResult<ArticlePage> {
    if limit == Some(0) {
        return Err(Error::invalid("limit", "limit must be at least 1"));
    }
    let ws = state.workspace()?;
    blocking(move || ws.list_articles(limit, offset.unwrap_or(0))).await
}

#[tauri::command]
async fn get_article(state: State<'_, AppState>, id: String) -> CmdResult<ArticleDetail> {
    if id.trim().is_empty() {
        return Err(Error::invalid("id", "no article id given"));
    }
    let ws = state.workspace()?;
    blocking(move || ws.article(&id)).await
}

#[tauri::command]
async fn import_paths(app: AppHandle, state: State<'_, AppState>, paths: Vec<String>) -> CmdResult<ImportReport> {
    if paths.is_empty() {
        return Err(Error::invalid("paths", "choose at least one file or folder to import"));
    }
    let ws = state.workspace()?;
    state.cancel_import.store(false, Ordering::SeqCst);
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    let actor = local_actor();
    let app_for_task = app.clone();
    blocking(move || {
        let state: State<'_, AppState> = tauri::Manager::state(&app_for_task);
        let progress = |p: &ImportProgress| {
            // Progress is advisory: a closed window must not fail the import.
            let _ = app_for_task.emit(IMPORT_PROGRESS_EVENT, p);
        };
        let ctl = ImportControl { progress: Some(&progress), cancel: Some(&state.cancel_import) };
        ws.import_paths(&paths, &actor, ctl)
    })
    .await
}

#[tauri::command]
fn cancel_import(state: State<'_, AppState>) {
    state.cancel_import.store(true, Ordering::SeqCst);
}

#[tauri::command]
async fn import_text(state: State<'_, AppState>, input: TextInput) -> CmdResult<ImportReport> {
    let ws = state.workspace()?;
    let actor = local_actor();
    blocking(move || ws.import_text(input, &actor)).await
}

/// The reviewer acting in this window (the profile picked at start).
fn acting(ws: &Workspace, actor_id: &str) -> CmdResult<Actor> {
    if actor_id.trim().is_empty() {
        return Err(Error::new(ErrorCode::Unauthorized, "choose who is reviewing first"));
    }
    ws.actor(actor_id)
}

fn required(field: &str, value: &str, what: &str) -> CmdResult<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(field, format!("{what} is missing")));
    }
    Ok(())
}

/// Run `f` with the workspace on a blocking thread.
async fn with_ws<T: Send + 'static>(
    state: &State<'_, AppState>,
    f: impl FnOnce(Arc<Workspace>) -> CmdResult<T> + Send + 'static,
) -> CmdResult<T> {
    let ws = state.workspace()?;
    blocking(move || f(ws)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn list_reviewers(state: State<'_, AppState>) -> CmdResult<Vec<Reviewer>> {
    with_ws(&state, |ws| ws.reviewers()).await
}

#[tauri::command(rename_all = "snake_case")]
async fn add_reviewer(
    state: State<'_, AppState>,
    input: ReviewerInput,
    actor_id: Option<String>,
) -> CmdResult<Reviewer> {
    with_ws(&state, move |ws| {
        let actor = match actor_id.as_deref().filter(|a| !a.is_empty()) {
            Some(id) => Some(acting(&ws, id)?),
            None => None,
        };
        ws.add_reviewer(input, actor.as_ref())
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
async fn update_reviewer(
    state: State<'_, AppState>,
    id: String,
    input: ReviewerInput,
    actor_id: String,
) -> CmdResult<Reviewer> {
    required("id", &id, "the reviewer")?;
    with_ws(&state, move |ws| ws.update_reviewer(&id, input, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn list_claims(state: State<'_, AppState>, query: ClaimFilter) -> CmdResult<ClaimPage> {
    if query.limit == Some(0) {
        return Err(Error::invalid("limit", "limit must be at least 1"));
    }
    with_ws(&state, move |ws| ws.claims_page(&query)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn claim_detail(state: State<'_, AppState>, id: String) -> CmdResult<ClaimDetail> {
    required("id", &id, "the claim")?;
    with_ws(&state, move |ws| ws.claim_detail(&id)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn claim_action(
    state: State<'_, AppState>,
    id: String,
    action: ClaimAction,
    version: Option<i64>,
    actor_id: String,
) -> CmdResult<Claim> {
    required("id", &id, "the claim")?;
    with_ws(&state, move |ws| ws.act(&id, action, version, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn assign_claims(
    state: State<'_, AppState>,
    ids: Vec<String>,
    to: String,
    actor_id: String,
) -> CmdResult<Vec<Claim>> {
    required("to", &to, "the reviewer to assign")?;
    with_ws(&state, move |ws| ws.assign_many(&ids, &to, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn validate_evidence(state: State<'_, AppState>, input: EvidenceInput) -> CmdResult<Vec<FieldError>> {
    with_ws(&state, move |ws| Ok(ws.validate_evidence(&input))).await
}

#[tauri::command(rename_all = "snake_case")]
async fn add_evidence(
    state: State<'_, AppState>,
    claim_id: String,
    input: EvidenceInput,
    actor_id: String,
) -> CmdResult<Evidence> {
    required("claim_id", &claim_id, "the claim")?;
    with_ws(&state, move |ws| ws.add_evidence(&claim_id, input, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn update_evidence(
    state: State<'_, AppState>,
    id: String,
    input: EvidenceInput,
    version: i64,
    actor_id: String,
) -> CmdResult<Evidence> {
    required("id", &id, "the evidence")?;
    with_ws(&state, move |ws| ws.update_evidence(&id, input, version, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn remove_evidence(state: State<'_, AppState>, id: String, version: i64, actor_id: String) -> CmdResult<()> {
    required("id", &id, "the evidence")?;
    with_ws(&state, move |ws| ws.remove_evidence(&id, version, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn add_comment(
    state: State<'_, AppState>,
    claim_id: String,
    body: String,
    actor_id: String,
) -> CmdResult<Comment> {
    required("claim_id", &claim_id, "the claim")?;
    with_ws(&state, move |ws| ws.add_comment(&claim_id, &body, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn search(state: State<'_, AppState>, query: String, limit: Option<u32>) -> CmdResult<Vec<SearchHit>> {
    with_ws(&state, move |ws| ws.search(&query, limit.unwrap_or(50))).await
}

#[tauri::command(rename_all = "snake_case")]
async fn article_sources(state: State<'_, AppState>, article_id: String) -> CmdResult<Vec<SourceSummary>> {
    required("article_id", &article_id, "the article")?;
    with_ws(&state, move |ws| ws.article_sources(&article_id)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn all_sources(state: State<'_, AppState>) -> CmdResult<Vec<SourceSummary>> {
    with_ws(&state, |ws| ws.all_sources()).await
}

#[tauri::command(rename_all = "snake_case")]
async fn article_sentences(state: State<'_, AppState>, article_id: String) -> CmdResult<Vec<SentenceAnalysis>> {
    required("article_id", &article_id, "the article")?;
    with_ws(&state, move |ws| ws.sentences(&article_id)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn promote_sentence(
    state: State<'_, AppState>,
    article_id: String,
    index: i64,
    actor_id: String,
) -> CmdResult<Claim> {
    required("article_id", &article_id, "the article")?;
    with_ws(&state, move |ws| ws.promote_sentence(&article_id, index, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn import_url(state: State<'_, AppState>, url: String) -> CmdResult<ImportReport> {
    required("url", &url, "the web address")?;
    let actor = local_actor();
    with_ws(&state, move |ws| ws.import_url(&url, &actor)).await
}

/// The report as it would be saved (the Export screen previews the HTML).
#[tauri::command(rename_all = "snake_case")]
async fn export_preview(state: State<'_, AppState>, query: ExportQuery, format: ExportFormat) -> CmdResult<String> {
    with_ws(&state, move |ws| ws.export(&query, format)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn export_stats(state: State<'_, AppState>, query: ExportQuery) -> CmdResult<ExportStats> {
    with_ws(&state, move |ws| ws.export_stats(&query)).await
}

/// Write the report to a path the user chose in the native save dialog.
#[tauri::command(rename_all = "snake_case")]
async fn export_to_file(
    state: State<'_, AppState>,
    query: ExportQuery,
    format: ExportFormat,
    path: String,
) -> CmdResult<ExportResult> {
    required("path", &path, "where to save the report")?;
    let result = with_ws(&state, move |ws| ws.export_to_file(&query, format, std::path::Path::new(&path))).await?;
    let mut exported = state.exported.lock().unwrap_or_else(|p| p.into_inner());
    exported.push(result.path.clone());
    Ok(result)
}

/// Open a report this window saved with the system's default application.
/// Only paths written by `export_to_file` in this session can be opened.
#[tauri::command(rename_all = "snake_case")]
fn open_exported(app: AppHandle, state: State<'_, AppState>, path: String) -> CmdResult<()> {
    let known = state.exported.lock().unwrap_or_else(|p| p.into_inner()).contains(&path);
    if !known {
        return Err(Error::invalid("path", "only reports saved from this window can be opened from here"));
    }
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_path(&path, None::<&str>)
        .map_err(|e| Error::new(ErrorCode::DbIo, format!("the report could not be opened: {e}")))
}

#[tauri::command(rename_all = "snake_case")]
async fn get_settings(state: State<'_, AppState>) -> CmdResult<Settings> {
    with_ws(&state, |ws| ws.settings()).await
}

#[tauri::command(rename_all = "snake_case")]
async fn set_setting(state: State<'_, AppState>, key: String, value: String, actor_id: String) -> CmdResult<Settings> {
    required("key", &key, "the setting")?;
    with_ws(&state, move |ws| ws.set_setting(&key, &value, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn import_priors(
    state: State<'_, AppState>,
    paths: Vec<String>,
    actor_id: String,
) -> CmdResult<PriorImportReport> {
    if paths.is_empty() {
        return Err(Error::invalid("paths", "choose at least one ClaimReview file or folder"));
    }
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    with_ws(&state, move |ws| ws.import_priors(&paths, &acting(&ws, &actor_id)?)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn list_priors(state: State<'_, AppState>) -> CmdResult<Vec<Prior>> {
    with_ws(&state, |ws| ws.list_priors()).await
}

#[tauri::command(rename_all = "snake_case")]
async fn prior_checks(state: State<'_, AppState>, claim_id: String) -> CmdResult<Vec<PriorMatch>> {
    required("claim_id", &claim_id, "the claim")?;
    with_ws(&state, move |ws| ws.prior_checks(&claim_id)).await
}

#[tauri::command(rename_all = "snake_case")]
async fn attach_prior(
    state: State<'_, AppState>,
    claim_id: String,
    prior_id: String,
    actor_id: String,
) -> CmdResult<Evidence> {
    required("claim_id", &claim_id, "the claim")?;
    with_ws(&state, move |ws| ws.attach_prior(&claim_id, &prior_id, &acting(&ws, &actor_id)?)).await
}

/// Split a claim in two at byte `at` of its text.
#[tauri::command(rename_all = "snake_case")]
async fn split_claim(
    state: State<'_, AppState>,
    id: String,
    at: i64,
    version: Option<i64>,
    actor_id: String,
) -> CmdResult<SplitResult> {
    required("id", &id, "the claim")?;
    let at =
        usize::try_from(at).map_err(|_| Error::invalid("at", "the split point must be inside the claim's text"))?;
    with_ws(&state, move |ws| ws.split_claim(&id, at, version, &acting(&ws, &actor_id)?)).await
}

/// Merge duplicates into the claim `into`, each at the version the window showed.
#[tauri::command(rename_all = "snake_case")]
async fn merge_claims(
    state: State<'_, AppState>,
    into: ClaimRef,
    duplicates: Vec<ClaimRef>,
    actor_id: String,
) -> CmdResult<MergeResult> {
    required("into", &into.id, "the claim to keep")?;
    with_ws(&state, move |ws| ws.merge_claims(&into, &duplicates, &acting(&ws, &actor_id)?)).await
}

/// Make a claim of the article text between two UTF-8 byte offsets (a selection).
#[tauri::command(rename_all = "snake_case")]
async fn claim_from_selection(
    state: State<'_, AppState>,
    article_id: String,
    start: i64,
    end: i64,
    actor_id: String,
) -> CmdResult<Claim> {
    required("article_id", &article_id, "the article")?;
    with_ws(&state, move |ws| ws.claim_from_range(&article_id, start, end, &acting(&ws, &actor_id)?)).await
}

/// Save an attachment of the workspace, by id, where the user picks in the native
/// save dialog. The path never comes from the webview, so nothing else can be
/// written; `None` when the user cancels.
#[tauri::command(rename_all = "snake_case")]
async fn save_attachment(
    window: tauri::Window,
    state: State<'_, AppState>,
    attachment_id: String,
) -> CmdResult<Option<SavedAttachment>> {
    required("attachment_id", &attachment_id, "the attachment")?;
    with_ws(&state, move |ws| {
        ws.save_attachment_as(&attachment_id, |a| {
            use tauri_plugin_dialog::DialogExt;
            let picked = window
                .dialog()
                .file()
                .set_parent(&window)
                .set_title("Save attachment")
                .set_file_name(claimdesk_core::safe_file_name(&a.file_name))
                .blocking_save_file()?;
            picked.into_path().ok()
        })
    })
    .await
}

/// Open an attachment of the workspace with the system's viewer: a private copy in
/// the app's cache folder (programs and scripts are refused by core).
#[tauri::command(rename_all = "snake_case")]
async fn open_attachment(app: AppHandle, state: State<'_, AppState>, attachment_id: String) -> CmdResult<()> {
    required("attachment_id", &attachment_id, "the attachment")?;
    let cache = tauri::Manager::path(&app)
        .app_cache_dir()
        .map_err(|e| Error::new(ErrorCode::DbIo, format!("cannot find the application cache folder: {e}")))?
        .join("attachments");
    let path = with_ws(&state, move |ws| ws.attachment_for_opening(&attachment_id, &cache)).await?;
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| Error::new(ErrorCode::DbIo, format!("the attachment could not be opened: {e}")))
}

#[cfg(test)]
mod tests {
    /// Every command registered in [`super::handler`].
    const COMMAND_NAMES: &[&str] = &[
        "workspace_info",
        "list_articles",
        "get_article",
        "import_paths",
        "cancel_import",
        "import_text",
        "list_reviewers",
        "add_reviewer",
        "update_reviewer",
        "list_claims",
        "claim_detail",
        "claim_action",
        "assign_claims",
        "validate_evidence",
        "add_evidence",
        "update_evidence",
        "remove_evidence",
        "add_comment",
        "search",
        "article_sources",
        "all_sources",
        "article_sentences",
        "promote_sentence",
        "import_url",
        "export_preview",
        "export_stats",
        "export_to_file",
        "open_exported",
        "get_settings",
        "set_setting",
        "import_priors",
        "list_priors",
        "prior_checks",
        "attach_prior",
        "split_claim",
        "merge_claims",
        "claim_from_selection",
        "save_attachment",
        "open_attachment",
    ];

    /// The UI's command list (ui/src/lib/api.ts) and the handler list agree.
    #[test]
    fn ui_calls_exactly_the_registered_commands() {
        let api = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ui/src/lib/api.ts")).unwrap();
        let start = api.find("COMMANDS = [").expect("api.ts exports COMMANDS");
        let end = start + api[start..].find(']').unwrap();
        let mut ui: Vec<&str> = api[start + 12..end]
            .split(',')
            .map(|s| s.trim().trim_matches(|c| c == '"' || c == '\'').trim())
            .filter(|s| !s.is_empty())
            .collect();
        let mut rust = COMMAND_NAMES.to_vec();
        ui.sort();
        rust.sort();
        assert_eq!(ui, rust);
    }
}
