//! Crash safety: `kill -9` at random moments of a 1,000-article ingest leaves a store that opens and
//! holds whole articles only, and a rerun completes to exactly the graph an uninterrupted run
//! gives.

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
    ingest_ok(
        &reference,
        &[&input],
        &["--quiet", "--commit-every", COMMIT_EVERY],
    );
    let full_run = started.elapsed();
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
    eprintln!("crash test: CRASH_SEED={seed}, uninterrupted run {full_run:?}");
    let mut state = seed | 1;
    let mut random_fraction = || {
        // xorshift64: no dependency for a few random numbers.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 1000) as f64 / 1000.0
    };
    let moments: Vec<Duration> = (0..4)
        .map(|slot| full_run.mul_f64((slot as f64 + random_fraction()) / 4.0))
        .collect();
    let mut partial_stores = 0;
    for (attempt, delay) in moments.into_iter().enumerate() {
        let delay_ms = delay.as_millis();
        let store = dir.path().join(format!("killed-{attempt}"));
        let mut child = Command::new(bin())
            .args([
                "--store",
                s(&store),
                "ingest",
                "--quiet",
                "--commit-every",
                COMMIT_EVERY,
                s(&input),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        // SIGKILL: no chance to flush or clean up.
        let _ = child.kill();
        let _ = child.wait();
        if store.exists() {
            // Every article graph present is whole (as many quads as in the uninterrupted
            // run) and has its bookkeeping.
            let found = graph_sizes(&store);
            let articles = found.keys().filter(|g| g.contains("/article/")).count();
            eprintln!("killed at {delay_ms} ms: {articles} whole articles");
            if articles > 0 && articles < ARTICLES {
                partial_stores += 1;
            }
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
        }
        // A rerun completes to exactly the uninterrupted graph.
        ingest_ok(&store, &[&input], &["--quiet"]);
        assert_eq!(
            graph_sizes(&store),
            expected,
            "rerun after kill at {delay_ms} ms"
        );
    }
    // Otherwise the kills all fell before the first or after the last commit, and the test
    // proved little.
    assert!(
        partial_stores > 0,
        "no kill left a partly written store; the moments need adjusting"
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
