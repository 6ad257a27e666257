//! Attachments leave the workspace only as whole files a person asked for: saved
//! to a path they picked, or copied into a private folder to be opened with the
//! system's viewer. Only stored attachments can be written, by their id; the bytes
//! never come from the caller.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorCode, Result};
use crate::model::{Attachment, SavedAttachment};
use crate::store::evidence;
use crate::Workspace;

/// Extensions of files that a desktop may run rather than show when "opened":
/// such attachments can be saved, never opened from the app.
const RUNNABLE: &[&str] = &[
    "appimage", "apk", "app", "bash", "bat", "bin", "cmd", "com", "command", "cpl", "csh", "deb", "desktop", "dll",
    "elf", "exe", "fish", "hta", "jar", "js", "jse", "ksh", "lnk", "msc", "msi", "msp", "pif", "pl", "ps1", "py",
    "pyw", "rb", "reg", "rpm", "run", "scr", "sh", "so", "url", "vb", "vbe", "vbs", "ws", "wsf", "zsh",
];

/// Could opening a file of this name run a program?
pub fn may_run_programs(file_name: &str) -> bool {
    let lower = file_name.trim().to_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    RUNNABLE.contains(&ext) || !lower.contains('.')
}

/// A file name safe to create on any desktop: no folders, control characters or
/// leading dots, at most 120 characters, never empty.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String =
        name.chars()
            .map(|c| {
                if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                    '_'
                } else {
                    c
                }
            })
            .collect();
    // No leading dots (hidden files) nor trailing dots and spaces, which some systems drop.
    let cleaned = cleaned.trim().trim_start_matches('.').trim_end_matches(['.', ' ']).trim();
    let mut out: String = cleaned.chars().rev().take(120).collect::<Vec<_>>().into_iter().rev().collect();
    if out.chars().count() < cleaned.chars().count() {
        // Keep the extension: cut from the front.
        out = out.trim_start_matches('.').to_string();
    }
    if out.is_empty() {
        "attachment".to_string()
    } else {
        out
    }
}

fn io(path: &Path, e: std::io::Error) -> Error {
    Error::new(ErrorCode::DbIo, format!("cannot write {}: {e}", path.display()))
}

/// Write `bytes` to `path` whole: into a uniquely named file beside it first, then
/// renamed over it, so a reader never sees half a file and two writers never clash.
fn write_whole(path: &Path, bytes: &[u8], private: bool) -> Result<()> {
    let dir = path.parent().ok_or_else(|| Error::invalid("path", format!("{} has no folder", path.display())))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".claimdesk-partial-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Never executable; a private copy is readable by its owner only.
        builder.permissions(std::fs::Permissions::from_mode(if private { 0o600 } else { 0o644 }));
    }
    #[cfg(not(unix))]
    let _ = private;
    let mut tmp = builder.tempfile_in(dir).map_err(|e| io(path, e))?;
    tmp.write_all(bytes).and_then(|_| tmp.as_file().sync_all()).map_err(|e| io(path, e))?;
    tmp.persist(path).map_err(|e| io(path, e.error))?;
    Ok(())
}

impl Workspace {
    /// An attachment's record and bytes, by the attachment's id.
    pub fn attachment(&self, id: &str) -> Result<(Attachment, Vec<u8>)> {
        if id.trim().is_empty() {
            return Err(Error::invalid("attachment", "no attachment was given"));
        }
        self.read(|c| {
            let a = evidence::attachment(c, id)?;
            let bytes = evidence::blob(c, &a.sha256)?;
            Ok((a, bytes))
        })
    }

    /// Write an attachment to `path`, a file the user chose (an existing file is
    /// replaced, as the save dialog confirmed). The folder must exist.
    pub fn save_attachment(&self, id: &str, path: &Path) -> Result<SavedAttachment> {
        if !path.is_absolute() {
            return Err(Error::invalid("path", "choose where to save the attachment (a full path)"));
        }
        if path.is_dir() {
            return Err(Error::invalid("path", format!("{} is a folder; choose a file name", path.display())));
        }
        match path.parent() {
            Some(dir) if dir.is_dir() => {}
            _ => return Err(Error::invalid("path", format!("the folder of {} does not exist", path.display()))),
        }
        let (a, bytes) = self.attachment(id)?;
        write_whole(path, &bytes, false)?;
        Ok(SavedAttachment { path: path.display().to_string(), file_name: a.file_name, bytes: bytes.len() as i64 })
    }

    /// Save an attachment where `choose` says: it gets the attachment's record (for
    /// the suggested file name) and returns the path a person picked, or `None`
    /// when they cancelled. An unknown attachment is refused before anyone is asked.
    pub fn save_attachment_as(
        &self,
        id: &str,
        choose: impl FnOnce(&Attachment) -> Option<PathBuf>,
    ) -> Result<Option<SavedAttachment>> {
        if id.trim().is_empty() {
            return Err(Error::invalid("attachment", "no attachment was given"));
        }
        let a = self.read(|c| evidence::attachment(c, id))?;
        match choose(&a) {
            Some(path) => self.save_attachment(id, &path).map(Some),
            None => Ok(None),
        }
    }

    /// A copy of an attachment to open with the system's viewer, written (once per
    /// content) to `dir/<sha256>/<file name>`, readable by its owner only. Refused
    /// for files a desktop might run instead of show (scripts, programs, launchers),
    /// judged by the name the copy gets.
    pub fn attachment_for_opening(&self, id: &str, dir: &Path) -> Result<PathBuf> {
        if id.trim().is_empty() {
            return Err(Error::invalid("attachment", "no attachment was given"));
        }
        let a = self.read(|c| evidence::attachment(c, id))?;
        let name = safe_file_name(&a.file_name);
        if may_run_programs(&name) {
            return Err(Error::invalid(
                "attachment",
                format!("{name} could run a program if opened; save it instead and open it yourself if you trust it"),
            ));
        }
        if a.sha256.len() != 64 || !a.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::new(ErrorCode::DbCorrupt, format!("attachment {id} has a damaged content hash")));
        }
        let folder = dir.join(&a.sha256);
        std::fs::create_dir_all(&folder).map_err(|e| io(&folder, e))?;
        let path = folder.join(name);
        let current = std::fs::metadata(&path).is_ok_and(|m| m.is_file() && m.len() == a.size as u64);
        if !current {
            let bytes = self.read(|c| evidence::blob(c, &a.sha256))?;
            write_whole(&path, &bytes, true)?;
        }
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_and_launchers_are_never_opened() {
        for name in ["run.sh", "Setup.EXE", "claimdesk.desktop", "notes.py", "README", "a.tar.gz.js"] {
            assert!(may_run_programs(name), "{name}");
        }
        for name in ["readout.pdf", "photo.JPG", "figures.csv", "notes.txt", "page.html"] {
            assert!(!may_run_programs(name), "{name}");
        }
    }

    #[test]
    fn file_names_lose_folders_control_characters_and_leading_dots() {
        assert_eq!(safe_file_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_file_name(".bashrc"), "bashrc");
        assert_eq!(safe_file_name("a\u{0}b\nc.pdf"), "a_b_c.pdf");
        assert_eq!(safe_file_name("   "), "attachment");
        assert_eq!(safe_file_name("setup.exe. . "), "setup.exe");
        assert!(may_run_programs(&safe_file_name("evil.exe.")), "judged by the name written");
        let long = format!("{}.pdf", "x".repeat(300));
        let short = safe_file_name(&long);
        assert_eq!(short.chars().count(), 120);
        assert!(short.ends_with(".pdf"));
    }
}
