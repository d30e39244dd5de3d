//! Crash safety: `kill -9` at random moments of a 1,000-article ingest leaves a store that opens and
//! holds whole articles only, and a rerun completes to exactly the graph an uninterrupted run
//! gives. Ctrl-C commits the articles written before it stops.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use oxigraph::model::{GraphNameRef, NamedNodeRef};

const ARTICLES: usize = 1000;
/// Small commits, so that a kill finds the store between many of them.
const COMMIT_EVERY: &str = "25";

#[test]
fn kill_9_leaves_whole_articles_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    caravan_corpus(&input, ARTICLES);

    let (_r, reference) = temp_store();
    let started = std::time::Instant::now();
    let report = ingest_ok(&reference, &[&input], &["--commit-every", COMMIT_EVERY]);
    let full_run = started.elapsed();
    // The loading phase, when the commits happen: the summary's "in N s" covers the whole
    // ingest, so take off the resolution's "(…, X s)" and the compaction's "in Y s".
    let line = |needle: &str| report.lines().find(|l| l.contains(needle));
    // "... 0 failed, in 1.04 s", "compacted the store for queries in 0.04 s".
    let trailing_seconds =
        |l: &str| -> Option<f64> { l.rsplit(" in ").next()?.trim_end_matches(" s").parse().ok() };
    // "resolved across articles (whole store, 0.31 s): ...".
    let resolution = line("resolved across articles (")
        .and_then(|l| l.split_once(" s)"))
        .and_then(|(head, _)| head.rsplit(", ").next()?.parse::<f64>().ok())
        .unwrap_or(0.0);
    let compaction = line("compacted the store")
        .and_then(trailing_seconds)
        .unwrap_or(0.0);
    let loading = line(" articles (")
        .and_then(trailing_seconds)
        .map(|total| Duration::from_secs_f64((total - resolution - compaction).max(0.0)))
        .unwrap_or_else(|| panic!("no loading time in the ingest report:\n{report}"));
    let expected = graph_sizes(&reference);
    assert_eq!(
        expected.keys().filter(|g| g.contains("/article/")).count(),
        ARTICLES
    );

    // Random moments spread over the run (the seed is printed so a failure can be replayed).
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!(
        "crash test: CRASH_SEED={seed}, uninterrupted run {full_run:?}, of which loading {loading:?}"
    );
    let mut state = seed | 1;
    let mut random_fraction = || {
        // xorshift64: no dependency for a few random numbers.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 1000) as f64 / 1000.0
    };
    // Four moments spread over the loading, where a kill finds commits half done, and one
    // after it, in resolution or compaction.
    let after_loading = full_run.saturating_sub(loading);
    let mut moments: Vec<Duration> = (0..4)
        .map(|slot| loading.mul_f64((slot as f64 + random_fraction()) / 4.0))
        .collect();
    moments.push(loading + after_loading.mul_f64(random_fraction()));
    let mut outcomes: Vec<(Duration, usize)> = moments
        .into_iter()
        .enumerate()
        .map(|(attempt, delay)| {
            let articles = kill_and_rerun(dir.path(), &input, &expected, attempt, delay);
            (delay, articles)
        })
        .collect();
    // The reference run shares the cores with the other tests of this file, so its timing can
    // miss the killed runs' loading altogether (CI once saw nothing, then all, committed). Then
    // halve the gap between the latest kill that found nothing and the earliest that found all.
    let partial = |outcomes: &[(Duration, usize)]| {
        outcomes
            .iter()
            .any(|&(_, articles)| articles > 0 && articles < ARTICLES)
    };
    while !partial(&outcomes) && outcomes.len() < 12 {
        let too_early = outcomes
            .iter()
            .filter(|&&(_, articles)| articles == 0)
            .map(|&(delay, _)| delay)
            .max()
            .unwrap_or_default();
        let too_late = outcomes
            .iter()
            .filter(|&&(_, articles)| articles == ARTICLES)
            .map(|&(delay, _)| delay)
            .min()
            .unwrap_or(full_run * 2);
        let delay = (too_early + too_late) / 2;
        let articles = kill_and_rerun(dir.path(), &input, &expected, outcomes.len(), delay);
        outcomes.push((delay, articles));
    }
    // Otherwise the kills all fell before the first or after the last commit, and the test
    // proved little.
    assert!(
        partial(&outcomes),
        "no kill left a partly written store: {outcomes:?}"
    );
}

/// Starts an ingest of `input`, kills it with SIGKILL after `delay`, checks that every article
/// graph left is whole and has its bookkeeping, and that a rerun completes to `expected`.
/// Returns the number of whole articles the kill left.
fn kill_and_rerun(
    dir: &std::path::Path,
    input: &std::path::Path,
    expected: &std::collections::BTreeMap<String, usize>,
    attempt: usize,
    delay: Duration,
) -> usize {
    let delay_ms = delay.as_millis();
    let store = dir.join(format!("killed-{attempt}"));
    let mut child = Command::new(bin())
        .args([
            "--store",
            s(&store),
            "ingest",
            "--quiet",
            "--commit-every",
            COMMIT_EVERY,
            s(input),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    // SIGKILL: no chance to flush or clean up.
    let _ = child.kill();
    let _ = child.wait();
    let mut articles = 0;
    if store.exists() {
        let found = graph_sizes(&store);
        articles = found.keys().filter(|g| g.contains("/article/")).count();
        eprintln!("killed at {delay_ms} ms: {articles} whole articles");
        let st = oxigraph::store::Store::open(&store).unwrap();
        for (graph, n) in found {
            if graph.contains("/article/") {
                assert_eq!(
                    Some(&n),
                    expected.get(&graph),
                    "half-written article {graph} after kill at {delay_ms} ms"
                );
                let iri = NamedNodeRef::new(graph.trim_matches(['<', '>'])).unwrap();
                let bookkeeping = st
                    .quads_for_pattern(
                        Some(iri.into()),
                        None,
                        None,
                        Some(GraphNameRef::DefaultGraph),
                    )
                    .count();
                assert!(bookkeeping > 0, "article {graph} without its bookkeeping");
            }
        }
    } else {
        eprintln!("killed at {delay_ms} ms: no store yet");
    }
    ingest_ok(&store, &[input], &["--quiet"]);
    assert_eq!(
        graph_sizes(&store),
        *expected,
        "rerun after kill at {delay_ms} ms"
    );
    articles
}

/// Enough articles that loading them takes seconds: the signal must find the run writing.
const STOPPED_ARTICLES: usize = 4000;

#[test]
fn ctrl_c_commits_the_articles_written_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    caravan_corpus(&input, STOPPED_ARTICLES);
    let (_r, reference) = temp_store();
    // The default commits once at the end of a run this short, so what the stopped run keeps
    // is only what Ctrl-C committed.
    ingest_ok(&reference, &[&input], &["--quiet"]);
    let expected = graph_sizes(&reference);

    // The store folder appears as the run opens it; a moment later it is writing. On a busy
    // machine the first articles may not be written yet: then again, later.
    let mut attempts = [300, 1000, 3000].into_iter().enumerate();
    let (store, err, found) = loop {
        let (attempt, delay_ms) = attempts.next().expect("no stop kept any article");
        let store = dir.path().join(format!("stopped-{attempt}"));
        let child = Command::new(bin())
            .args(["--store", s(&store), "ingest", s(&input)])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        while !store.exists() {
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(delay_ms));
        let signal = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(signal.success());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(130), "stderr: {err}");
        assert!(
            err.contains("stopped: the articles counted above are committed"),
            "{err}"
        );
        let found = graph_sizes(&store);
        if found.keys().any(|g| g.contains("/article/")) {
            break (store, err, found);
        }
    };
    let articles: Vec<_> = found.keys().filter(|g| g.contains("/article/")).collect();
    assert!(
        articles.len() < STOPPED_ARTICLES,
        "the stop kept all {STOPPED_ARTICLES} articles; stderr: {err}"
    );
    // The summary counts exactly the articles committed.
    assert!(
        err.contains(&format!("({} added, 0 replaced", articles.len())),
        "{err}"
    );
    for graph in articles {
        assert_eq!(
            found.get(graph),
            expected.get(graph),
            "{graph} is not whole"
        );
    }
    ingest_ok(&store, &[&input], &["--quiet"]);
    assert_eq!(graph_sizes(&store), expected, "rerun after Ctrl-C");
}

#[test]
fn a_stop_commits_the_articles_written_and_skips_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    caravan_corpus(&input, 300);
    let store = oxigraph::store::Store::new().unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let options = newsgraph::ingest::IngestOptions {
        stop: Some(stop.clone()),
        ..Default::default()
    };
    // Stop as soon as the first chunk is written: deterministic, unlike a signal's moment.
    let summary = newsgraph::ingest::ingest(
        &store,
        &newsgraph::gazetteer::Gazetteer::builtin(),
        &[input],
        &options,
        &mut |p| panic!("{p:?}"),
        &mut |progress| {
            if progress.articles > 0 {
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        },
    )
    .unwrap();
    assert!(summary.stopped);
    // One chunk of 64: the stop is seen right after it is written.
    assert_eq!(summary.added, 64, "{summary:?}");
    assert!(newsgraph::summary::is_current(&store).unwrap());
    assert_eq!(summary.resolution, None);
    assert_eq!(summary.optimized, None);
    assert_eq!(
        newsgraph::store::article_count(&store).unwrap(),
        summary.added
    );
    let resolution_graph = NamedNodeRef::new(newsgraph::rdf::vocab::RESOLUTION_GRAPH).unwrap();
    assert_eq!(
        store
            .quads_for_pattern(None, None, None, Some(resolution_graph.into()))
            .count(),
        0,
        "resolution ran after the stop"
    );
}

#[test]
fn a_run_stopped_before_resolution_is_resolved_by_the_rerun() {
    let (_dir, store) = examples_store();
    let resolution_graph = NamedNodeRef::new(newsgraph::rdf::vocab::RESOLUTION_GRAPH).unwrap();
    let resolved = graph_sizes(&store);
    assert!(resolved[&resolution_graph.to_string()] > 0);
    {
        // What a kill between the last commit and the resolution pass leaves.
        let st = oxigraph::store::Store::open(&store).unwrap();
        assert!(!newsgraph::store::is_resolution_pending(&st).unwrap());
        st.clear_graph(resolution_graph).unwrap();
        let article = st
            .named_graphs()
            .filter_map(|g| match g.unwrap() {
                oxigraph::model::NamedOrBlankNode::NamedNode(n)
                    if n.as_str().contains("/article/") =>
                {
                    Some(n)
                }
                _ => None,
            })
            .next()
            .unwrap();
        st.insert(&newsgraph::store::pending_article(&article))
            .unwrap();
        st.flush().unwrap();
    }
    // Every article is unchanged, yet the rerun sees the pending resolution and redoes it.
    ingest_ok(&store, &[&examples_dir()], &["--quiet"]);
    assert_eq!(graph_sizes(&store), resolved);
    let st = oxigraph::store::Store::open(&store).unwrap();
    assert!(!newsgraph::store::is_resolution_pending(&st).unwrap());
}
