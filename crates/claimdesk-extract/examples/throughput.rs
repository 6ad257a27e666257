//! Quick throughput check over a `title,text,...` CSV: `cargo run --release --example throughput FILE`.
//! Uses the allocator the shipped binaries use (mimalloc), so the figure is what an import sees.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = std::env::args().nth(1).expect("usage: throughput FILE.csv");
    let mut r = csv::Reader::from_path(&path).expect("readable CSV");
    let texts: Vec<String> =
        r.records().filter_map(|rec| rec.ok()).filter_map(|rec| rec.get(1).map(str::to_string)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let t = std::time::Instant::now();
    let sentences: usize = texts.iter().map(|t| claimdesk_extract::analyze(t).sentences.len()).sum();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} articles, {:.2} MB, {} sentences in {:.3} s: {:.1} MB/s, {:.0} articles/s (1 thread)",
        texts.len(),
        bytes as f64 / 1e6,
        sentences,
        secs,
        bytes as f64 / 1e6 / secs,
        texts.len() as f64 / secs
    );
}
