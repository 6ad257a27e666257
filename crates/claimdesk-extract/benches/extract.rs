//! Extraction throughput on real news text: the Reuters development corpus
//! (set CLAIMDESK_CORPUS to another `title,text,...` CSV), on one thread and
//! across all cores with rayon. `cargo bench -p claimdesk-extract`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;

/// The allocator the shipped binaries use, so the figures are what an import sees.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus() -> Vec<String> {
    let path = std::env::var("CLAIMDESK_CORPUS")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/reuters-dev.csv").to_string());
    match csv::Reader::from_path(&path) {
        Ok(mut r) => {
            let text = r.headers().ok().and_then(|h| h.iter().position(|c| c == "text")).unwrap_or(1);
            r.records().filter_map(|rec| rec.ok()).filter_map(|rec| rec.get(text).map(str::to_string)).collect()
        }
        Err(_) => {
            eprintln!("{path} not found: benchmarking the bundled sample article instead");
            vec![include_str!("../../../assets/sample-article.txt").to_string(); 200]
        }
    }
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let bytes: usize = articles.iter().map(String::len).sum();
    eprintln!("{} articles, {:.2} MB", articles.len(), bytes as f64 / 1e6);
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("corpus/1-thread", |b| {
        b.iter(|| articles.iter().map(|a| claimdesk_extract::analyze(a).sentences.len()).sum::<usize>())
    });
    g.bench_function(format!("corpus/{}-threads", rayon::current_num_threads()), |b| {
        b.iter(|| articles.par_iter().map(|a| claimdesk_extract::analyze(a).sentences.len()).sum::<usize>())
    });
    g.throughput(Throughput::Elements(articles.len() as u64));
    g.bench_function("corpus/articles-per-second", |b| {
        b.iter(|| articles.iter().map(|a| claimdesk_extract::analyze(a).sentences.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
