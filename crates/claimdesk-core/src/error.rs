//! One error type for every front end: a stable machine code, a message for
//! people, and optionally the input field it concerns.

use serde::Serialize;
use ts_rs::TS;

/// Stable error codes. The UI branches on them; the CLI prints the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The database file is not SQLite or is damaged; it was left untouched.
    DbCorrupt,
    /// The database was written by a newer Claimdesk.
    DbTooNew,
    /// A shipped migration differs from the one applied to this database.
    DbMigrationEdited,
    /// The database could not be opened or written (permissions, disk full, locked).
    DbIo,
    /// A file or folder to import does not exist or cannot be read.
    ImportUnreadable,
    /// Not a regular file (FIFO, device, socket).
    ImportNotRegular,
    ImportTooLarge,
    ImportEmpty,
    /// Binary content or an encoding that cannot be decoded safely.
    ImportNotText,
    ImportUnsupported,
    /// A folder with nothing importable in it.
    ImportNothingFound,
    /// A malformed archive row (reported per row; the rest imports).
    ImportBadRow,
    ImportCancelled,
    /// A form or argument value failed validation; `field` names it.
    InvalidInput,
    NotFound,
    /// A workflow rule refused the step; `rule` names it.
    Refused,
    /// The record changed since it was read (optimistic concurrency); reload or reapply.
    Conflict,
    /// The acting person is not a known, active reviewer with the needed role.
    Unauthorized,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::DbCorrupt => "db_corrupt",
            ErrorCode::DbTooNew => "db_too_new",
            ErrorCode::DbMigrationEdited => "db_migration_edited",
            ErrorCode::DbIo => "db_io",
            ErrorCode::ImportUnreadable => "import_unreadable",
            ErrorCode::ImportNotRegular => "import_not_regular",
            ErrorCode::ImportTooLarge => "import_too_large",
            ErrorCode::ImportEmpty => "import_empty",
            ErrorCode::ImportNotText => "import_not_text",
            ErrorCode::ImportUnsupported => "import_unsupported",
            ErrorCode::ImportNothingFound => "import_nothing_found",
            ErrorCode::ImportBadRow => "import_bad_row",
            ErrorCode::ImportCancelled => "import_cancelled",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Refused => "refused",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Unauthorized => "unauthorized",
        }
    }
}

/// The error every core function returns. Serialises as `{code, message, field}`
/// (`ApiError` in TypeScript, so it does not shadow the JavaScript `Error`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[ts(rename = "ApiError")]
#[error("{message}")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The workflow rule that refused a step ("approve.own_proposal").
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error { code, message: message.into(), field: None, rule: None }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Error { code: ErrorCode::InvalidInput, message: message.into(), field: Some(field.to_string()), rule: None }
    }

    /// A workflow refusal naming its rule.
    pub fn refused(r: crate::workflow::Refusal) -> Self {
        Error { code: ErrorCode::Refused, message: r.message, field: None, rule: Some(r.rule.to_string()) }
    }

    pub fn not_found(what: &str, id: &str) -> Self {
        Error::new(ErrorCode::NotFound, format!("no {what} with id {id}"))
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::NotADatabase) | Some(C::DatabaseCorrupt) => Error::new(
                ErrorCode::DbCorrupt,
                "the database file is damaged or is not a Claimdesk database; it was left untouched",
            ),
            _ => Error::new(ErrorCode::DbIo, format!("database error: {e}")),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::new(ErrorCode::DbIo, format!("stored JSON could not be read: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_code_message_field() {
        let e = Error::invalid("url", "not a valid URL");
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"invalid_input","message":"not a valid URL","field":"url"}"#
        );
        let e = Error::new(ErrorCode::DbTooNew, "x");
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"code":"db_too_new","message":"x"}"#);
        assert_eq!(ErrorCode::DbTooNew.as_str(), "db_too_new");
    }
}
