//! A progress bar for long imports, shown only when stderr is a terminal.

use std::io::IsTerminal;

use claimdesk_core::ImportProgress;
use indicatif::{ProgressBar, ProgressStyle};

pub struct ImportBar {
    bar: Option<ProgressBar>,
}

impl ImportBar {
    pub fn new(wanted: bool) -> ImportBar {
        if !wanted || !std::io::stderr().is_terminal() {
            return ImportBar { bar: None };
        }
        let bar = ProgressBar::new(0);
        let style = ProgressStyle::with_template("{spinner} {wide_msg} [{bar:30}] {bytes}/{total_bytes} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        bar.set_style(style);
        ImportBar { bar: Some(bar) }
    }

    pub fn update(&self, p: &ImportProgress) {
        if let Some(bar) = &self.bar {
            bar.set_length(p.bytes_total);
            bar.set_position(p.bytes_done);
            bar.set_message(format!("{} articles from {}", p.articles, p.origin));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
