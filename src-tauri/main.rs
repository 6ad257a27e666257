// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Imports run a reader, the rayon pool and a writer at once; mimalloc keeps them from
/// queueing on one allocator lock (docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    claimdesk_desktop::run();
}
