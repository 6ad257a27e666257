//! A `claimdesk` process on a workspace of its own, for the CLI contract tests.
#![allow(dead_code)] // each test binary uses its own part of it

use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

pub const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/sample-article.txt");

pub struct Cli {
    pub dir: tempfile::TempDir,
}

impl Cli {
    /// An empty workspace in a folder of its own.
    pub fn new() -> Cli {
        Cli { dir: tempfile::tempdir().unwrap() }
    }

    /// Exit code, stdout and stderr of `claimdesk --db <workspace> args...`.
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = Command::cargo_bin("claimdesk")
            .unwrap()
            .arg("--db")
            .arg(self.dir.path().join("w.db"))
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    pub fn claims(&self) -> Vec<Value> {
        self.json(&["claims", "list", "--json"]).as_array().unwrap().clone()
    }

    /// Runs a refused command; returns its one-line stderr and checks nothing changed.
    pub fn refused(&self, args: &[&str]) -> String {
        let before = self.claims();
        let (code, _, err) = self.run(args);
        assert_ne!(code, 0, "{args:?} should fail");
        assert_eq!(err.trim().lines().count(), 1, "one-line message: {err}");
        assert!(err.starts_with("claimdesk: "), "{err}");
        assert_eq!(self.claims(), before, "a refused command changed the workspace");
        err
    }
}
