//! The Claimdesk domain: model types, the SQLite store and its migrations,
//! importing, and [`Workspace`], the one API that the desktop app, the CLI and
//! (later) a server all call with the acting reviewer.
//!
//! Nothing here depends on Tauri or GTK, so every test runs headless.

mod attachments;
mod claim_tools;
mod error;
pub mod eval;
pub mod import;
pub mod model;
pub mod report;
mod review;
mod sentences;
pub mod store;
pub mod validate;
pub mod workflow;
mod workspace;

pub use attachments::{may_run_programs, safe_file_name};
pub use error::{Error, ErrorCode, Result};
pub use model::*;
pub use workspace::Workspace;

/// Reverse-DNS identifier shared by the desktop app and the CLI, so both find the
/// same default database in the platform's data directory.
pub const APP_IDENTIFIER: &str = "org.claimdesk.desktop";
pub const DB_FILE_NAME: &str = "claimdesk.db";

/// The default database location under a platform data directory
/// (`~/.local/share` on Linux).
pub fn default_db_path(data_dir: &std::path::Path) -> std::path::PathBuf {
    data_dir.join(APP_IDENTIFIER).join(DB_FILE_NAME)
}

/// Who performs an action. Every write records it in the audit history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The reviewer's id, or `None` for the application itself (first-run sample import).
    pub id: Option<String>,
    pub name: String,
}

impl Actor {
    /// The application acting on its own behalf.
    pub fn system() -> Actor {
        Actor { id: None, name: "Claimdesk".to_string() }
    }

    /// A person at this machine who has not picked a reviewer profile.
    pub fn local(name: impl Into<String>) -> Actor {
        Actor { id: None, name: name.into() }
    }
}

/// A new UUIDv7 as text: time-ordered, so ids from different machines merge cleanly.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

pub(crate) mod time {
    /// Current UTC time, RFC 3339 with milliseconds.
    pub fn now() -> String {
        chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
    }
}

#[cfg(test)]
mod bindings;
