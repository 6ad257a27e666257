//! Tauri commands: thin wrappers over `Workspace`. No SQL, no business rules.
//! The UI calls them only through ui/src/lib/api.ts, whose `COMMANDS` list a
//! test compares with [`COMMAND_NAMES`].

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use claimdesk_core::import::ImportControl;
use claimdesk_core::{
    Actor, ArticleDetail, ArticlePage, Error, ErrorCode, ImportProgress, ImportReport, TextInput,
    WorkspaceInfo,
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
        import_text
    ]
}

/// The person at this machine. Reviewer profiles arrive with the review workflow;
/// until then imports are recorded under the operating-system user name.
fn local_actor() -> Actor {
    let name = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "local user".into());
    Actor::local(name)
}

/// Run blocking database work off the async runtime's threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> CmdResult<T> + Send + 'static,
) -> CmdResult<T> {
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
async fn list_articles(
    state: State<'_, AppState>,
    limit: Option<u32>,
    offset: Option<u32>,
) -> CmdResult<ArticlePage> {
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
async fn import_paths(
    app: AppHandle,
    state: State<'_, AppState>,
    paths: Vec<String>,
) -> CmdResult<ImportReport> {
    if paths.is_empty() {
        return Err(Error::invalid(
            "paths",
            "choose at least one file or folder to import",
        ));
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
        let ctl = ImportControl {
            progress: Some(&progress),
            cancel: Some(&state.cancel_import),
        };
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
    ];

    /// The UI's command list (ui/src/lib/api.ts) and the handler list agree.
    #[test]
    fn ui_calls_exactly_the_registered_commands() {
        let api =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ui/src/lib/api.ts"))
                .unwrap();
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
