//! The changes vendor/oxigraph.patch makes to Oxigraph's on-disk store keep every quad: a bulk
//! load's files are moved into the store (none left behind, none lost), and compaction, which
//! now runs the column families side by side, leaves the same store. See vendor/README.md.

use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
use oxigraph::store::Store;

/// Quads spread over many graphs, subjects, predicates and literal objects, so that every
/// index (and the string dictionary) gets many overlapping files from a bulk load.
fn sample_quads(n: usize) -> Vec<Quad> {
    (0..n)
        .map(|i| {
            Quad::new(
                NamedNode::new_unchecked(format!("http://example.org/s/{}", i % 997)),
                NamedNode::new_unchecked(format!("http://example.org/p/{}", i % 13)),
                Literal::new_simple_literal(format!("value number {i} of the sample")),
                GraphName::NamedNode(NamedNode::new_unchecked(format!(
                    "http://example.org/g/{}",
                    i % 101
                ))),
            )
        })
        .collect()
}

/// The files a bulk load writes in the store's folder before they are ingested.
fn bulk_files_left(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("bulk-"))
        .collect()
}

fn assert_holds_exactly(store: &Store, quads: &[Quad], when: &str) {
    assert_eq!(store.len().unwrap(), quads.len(), "{when}: quad count");
    for quad in quads {
        assert!(store.contains(quad).unwrap(), "{when}: lost {quad}");
    }
    // Every index answers, not only the one `contains` reads.
    let p0 = NamedNode::new_unchecked("http://example.org/p/0");
    let by_predicate = store
        .quads_for_pattern(None, Some(p0.as_ref()), None, None)
        .count();
    assert_eq!(
        by_predicate,
        quads.iter().filter(|q| q.predicate == p0).count(),
        "{when}: quads by predicate"
    );
    let g7 = GraphName::NamedNode(NamedNode::new_unchecked("http://example.org/g/7"));
    let by_graph = store
        .quads_for_pattern(None, None, None, Some(g7.as_ref()))
        .count();
    assert_eq!(
        by_graph,
        quads.iter().filter(|q| q.graph_name == g7).count(),
        "{when}: quads by graph"
    );
}

#[test]
fn bulk_loads_move_their_files_in_and_parallel_compaction_keeps_every_quad() {
    let dir = tempfile::tempdir().unwrap();
    let quads = sample_quads(40_000);
    {
        let store = Store::open(dir.path()).unwrap();
        // Two loads, each of many small batches (1 MB allows 500 quads per batch per thread):
        // many files per index, overlapping each other and the first load's.
        for half in quads.chunks(quads.len() / 2) {
            let mut loader = store
                .bulk_loader()
                .with_num_threads(2)
                .with_max_memory_size_in_megabytes(1);
            loader.load_quads(half.iter().cloned()).unwrap();
            loader.commit().unwrap();
            assert_eq!(bulk_files_left(dir.path()), Vec::<String>::new());
        }
        assert_holds_exactly(&store, &quads, "after the bulk loads");
        store.optimize().unwrap();
        assert_holds_exactly(&store, &quads, "after compaction");
        // Compacting a compacted store changes nothing either.
        store.optimize().unwrap();
        assert_holds_exactly(&store, &quads, "after a second compaction");
    }
    let reopened = Store::open(dir.path()).unwrap();
    assert_holds_exactly(&reopened, &quads, "after reopening");
}
