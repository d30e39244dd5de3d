//! Extraction throughput (issue 6): the CPU part of ingest, without reading files or the store.
//!
//!     cargo bench --bench extract                 # all groups
//!     cargo bench --bench extract -- prepare      # one group
//!
//! Input: a synthetic corpus made by `scripts/gen_corpus.py` (seeded, so every run measures
//! the same text), cached under `target/bench-corpus/`. `NEWSGRAPH_BENCH_N` (default 200)
//! and `NEWSGRAPH_BENCH_SEED` (default 1) choose it; `NEWSGRAPH_BENCH_CORPUS=FILE.jsonl`
//! benchmarks any JSON Lines file instead. Throughput is reported in bytes of article text
//! (criterion prints MiB/s; the end-to-end script `scripts/bench.sh` reports articles/s).
//!
//! Groups:
//! - `doc`: clean + segment (`text::Doc::new`).
//! - `extract`: `Doc::new` + `extract::extract` (mentions, resolve, meetings, groups).
//! - `prepare`: `ingest::prepare`, i.e. the above plus building the article's quads and hash.
//! - `prepare_parallel`: `prepare` over the corpus with rayon on every core, as ingest runs it
//!   on many files (throughput per core = this / cores).

use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;

use newsgraph::article::{read_input, Article, ReadOptions};
use newsgraph::extract::extract;
use newsgraph::gazetteer::Gazetteer;
use newsgraph::ingest::prepare;
use newsgraph::text::Doc;

// The allocator of the binary (src/main.rs), so that the figures are ingest's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

/// The corpus file: given, or generated once by the Python script and cached.
fn corpus() -> PathBuf {
    if let Ok(file) = std::env::var("NEWSGRAPH_BENCH_CORPUS") {
        return PathBuf::from(file);
    }
    let n = env_or("NEWSGRAPH_BENCH_N", "200");
    let seed = env_or("NEWSGRAPH_BENCH_SEED", "1");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target =
        std::env::var("CARGO_TARGET_DIR").map_or_else(|_| root.join("target"), PathBuf::from);
    let dir = target.join("bench-corpus");
    let file = dir.join(format!("extract-n{n}-s{seed}.jsonl"));
    let script = root.join("scripts/gen_corpus.py");
    // Regenerate when the generator changed after the cached file was written.
    let stale = match (file.metadata(), script.metadata()) {
        (Ok(f), Ok(s)) => f.modified().ok() < s.modified().ok(),
        _ => true,
    };
    if stale {
        std::fs::create_dir_all(&dir).expect("create bench-corpus folder");
        let status = Command::new("python3")
            .arg(&script)
            .args(["--n", &n, "--seed", &seed, "--jsonl"])
            .arg(&file)
            .status()
            .expect(
                "run python3 scripts/gen_corpus.py (python3 is needed to make the bench corpus)",
            );
        assert!(status.success(), "gen_corpus.py failed");
    }
    file
}

fn load() -> (Gazetteer, Vec<Article>, u64) {
    let file = corpus();
    let outcome = read_input(&file, &ReadOptions::default());
    assert!(
        outcome.errors.is_empty(),
        "corpus errors: {:?}",
        outcome.errors
    );
    assert!(
        !outcome.articles.is_empty(),
        "empty corpus {}",
        file.display()
    );
    let bytes = outcome.articles.iter().map(|a| a.text.len() as u64).sum();
    eprintln!(
        "bench corpus: {} ({} articles, {:.2} MB of text)",
        file.display(),
        outcome.articles.len(),
        bytes as f64 / 1e6
    );
    (Gazetteer::builtin(), outcome.articles, bytes)
}

fn benches(c: &mut Criterion) {
    let (g, articles, bytes) = load();
    let cleaner = g.cleaner();

    let mut group = c.benchmark_group("doc");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("clean+segment", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(Doc::new(&a.text, cleaner));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("doc+extract", |b| {
        b.iter(|| {
            for a in &articles {
                let doc = Doc::new(&a.text, cleaner);
                black_box(extract(&g, &doc, a.published));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("prepare");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("one-core", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(prepare(&g, a));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("prepare_parallel");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function(format!("{}-threads", rayon::current_num_threads()), |b| {
        b.iter(|| {
            articles.par_iter().for_each(|a| {
                black_box(prepare(&g, a));
            })
        })
    });
    group.finish();
}

criterion_group!(extraction, benches);
criterion_main!(extraction);
