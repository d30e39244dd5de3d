//! Crash safety: `kill -9` at several moments of a long ingest leaves a store that opens and
//! holds whole articles only, and a rerun completes to exactly the graph an uninterrupted run
//! gives.

mod common;

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use oxigraph::model::{GraphNameRef, NamedNodeRef};

const ARTICLES: usize = 300;

/// A JSON Lines file of distinct, realistic articles.
fn corpus(path: &std::path::Path) {
    let given = [
        "Ana", "Luis", "María", "Jorge", "Carmen", "Pedro", "Rosa", "Daniel",
    ];
    let surnames = [
        "Ortega",
        "Salinas",
        "Quiroga",
        "Benítez",
        "Paredes",
        "Villalobos",
        "Cárdenas",
        "Montoya",
    ];
    let towns = [
        "Tapachula",
        "Huixtla",
        "Mapastepec",
        "Juchitán",
        "Oaxaca",
        "Arriaga",
    ];
    let mut f = std::fs::File::create(path).unwrap();
    for i in 0..ARTICLES {
        let (a, b) = (given[i % 8], surnames[(i / 8) % 8]);
        let (c, d) = (given[(i + 3) % 8], surnames[(i / 3) % 8]);
        let town = towns[i % towns.len()];
        let text = format!(
            "Caravan number {i} moves north\n\nA caravan of about {} migrants left {town} on Monday toward the United States, organizer {a} {b} said. \
             Foreign Minister {c} {d} of Honduras met Secretary of State Antony Blinken in Washington on Thursday to discuss the caravan. \
             {b} said the group included Venezuelans, Hondurans and Haitians.",
            1000 + i
        );
        let line = serde_json::json!({"text": text, "url": format!("https://news.example/{i}"), "published": "2024-01-12"});
        writeln!(f, "{line}").unwrap();
    }
}

/// Per article graph: the number of quads, read with the library.
fn graphs(store: &std::path::Path) -> BTreeMap<String, usize> {
    // Read-write: a kill during the store's very creation leaves a folder only a writer can
    // finish setting up (the rerun does exactly that).
    let st = oxigraph::store::Store::open(store).expect("a killed store must open");
    let mut out = BTreeMap::new();
    for g in st.named_graphs() {
        let g = g.unwrap();
        let n = st
            .quads_for_pattern(None, None, None, Some(g.as_ref().into()))
            .count();
        out.insert(g.to_string(), n);
    }
    out
}

#[test]
fn kill_9_leaves_whole_articles_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    corpus(&input);

    let (_r, reference) = temp_store();
    ingest_ok(&reference, &[&input], &["--quiet"]);
    let expected = graphs(&reference);
    assert_eq!(
        expected.keys().filter(|g| g.contains("/article/")).count(),
        ARTICLES
    );

    for (attempt, delay_ms) in [60u64, 250, 900].into_iter().enumerate() {
        let store = dir.path().join(format!("killed-{attempt}"));
        let mut child = Command::new(bin())
            .args(["--store", s(&store), "ingest", "--quiet", s(&input)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        // SIGKILL: no chance to flush or clean up.
        let _ = child.kill();
        let _ = child.wait();
        if store.exists() {
            // Every article graph present is whole (as many quads as in the uninterrupted
            // run) and has its bookkeeping.
            let found = graphs(&store);
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
            graphs(&store),
            expected,
            "rerun after kill at {delay_ms} ms"
        );
    }
}
