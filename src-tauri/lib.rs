//! The Claimdesk desktop shell: windows, plugins, state and the command list.
//! Domain logic lives in `claimdesk-core`; each command here validates its input,
//! calls one `Workspace` method and returns its typed result or typed error.

mod commands;

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use claimdesk_core::{Error, ErrorCode, Workspace};
use tauri::Manager;

/// Shared by every command. The workspace may have failed to open (a damaged or
/// newer database): commands then return that error and the UI shows it.
pub struct AppState {
    workspace: Result<Arc<Workspace>, Error>,
    cancel_import: AtomicBool,
    /// Reports saved from this window; only these may be opened with the system viewer.
    exported: std::sync::Mutex<Vec<String>>,
}

impl AppState {
    fn workspace(&self) -> Result<Arc<Workspace>, Error> {
        self.workspace.clone()
    }
}

/// `CLAIMDESK_DB` wins (tests give each run its own database); otherwise the
/// platform's app-data directory, shared with the CLI.
fn database_path(app: &tauri::App) -> Result<PathBuf, Error> {
    if let Some(p) = std::env::var_os("CLAIMDESK_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let dir = app
        .path()
        .app_data_dir()
        .map_err(|e| Error::new(ErrorCode::DbIo, format!("cannot find the application data folder: {e}")))?;
    Ok(dir.join(claimdesk_core::DB_FILE_NAME))
}

fn open_workspace(app: &tauri::App) -> Result<Arc<Workspace>, Error> {
    let ws = Workspace::open(&database_path(app)?)?;
    // First launch: show real content at once. A failure here is not fatal.
    if std::env::var_os("CLAIMDESK_NO_SAMPLE").is_none() {
        if let Err(e) = ws.import_sample_if_empty() {
            eprintln!("claimdesk: could not import the sample article: {e}");
        }
    }
    Ok(Arc::new(ws))
}

pub fn run() {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let workspace = open_workspace(app);
            if let Err(e) = &workspace {
                eprintln!("claimdesk: {}", e.message);
            }
            app.manage(AppState { workspace, cancel_import: AtomicBool::new(false), exported: Default::default() });
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("claimdesk: the application could not start: {e}");
        std::process::exit(1);
    }
}
