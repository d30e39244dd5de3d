//! The changes vendor/oxigraph.patch makes to Oxigraph's on-disk store keep every quad: a bulk
//! load's files are moved into the store (none left behind, none lost), and compaction, which
//! now runs the column families side by side, leaves the same store. See vendor/README.md.

use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
use oxigraph::store::Store;

/// Quads spread over many graphs (one in eleven in the default graph), subjects, predicates
/// and literal objects, so that every index (and the string dictionary) gets many overlapping
/// files from a bulk load.
fn sample_quads(n: usize) -> Vec<Quad> {
    (0..n)
        .map(|i| {
            let graph = if i % 11 == 0 {
                GraphName::DefaultGraph
            } else {
                GraphName::NamedNode(NamedNode::new_unchecked(format!(
                    "http://example.org/g/{}",
                    i % 101
                )))
            };
            Quad::new(
                NamedNode::new_unchecked(format!("http://example.org/s/{}", i % 997)),
                NamedNode::new_unchecked(format!("http://example.org/p/{}", i % 13)),
                Literal::new_simple_literal(format!("value number {} of the sample", i % 5003)),
                graph,
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

/// The quads matching a pattern, as the store gives them and as the list has them, sorted.
fn assert_pattern(store: &Store, quads: &[Quad], pattern: [Option<&Quad>; 4], what: &str) {
    let [s, p, o, g] = pattern;
    let mut found: Vec<Quad> = store
        .quads_for_pattern(
            s.map(|q| q.subject.as_ref()),
            p.map(|q| q.predicate.as_ref()),
            o.map(|q| q.object.as_ref()),
            g.map(|q| q.graph_name.as_ref()),
        )
        .map(Result::unwrap)
        .collect();
    let mut expected: Vec<Quad> = quads
        .iter()
        .filter(|q| {
            s.is_none_or(|x| x.subject == q.subject)
                && p.is_none_or(|x| x.predicate == q.predicate)
                && o.is_none_or(|x| x.object == q.object)
                && g.is_none_or(|x| x.graph_name == q.graph_name)
        })
        .cloned()
        .collect();
    assert!(
        !expected.is_empty(),
        "{what}: an empty pattern tests nothing"
    );
    found.sort_by_key(ToString::to_string);
    expected.sort_by_key(ToString::to_string);
    assert_eq!(found, expected, "{what}");
}

fn assert_holds_exactly(store: &Store, quads: &[Quad], when: &str) {
    assert_eq!(store.len().unwrap(), quads.len(), "{when}: quad count");
    // The graphs column family.
    let mut graphs: Vec<String> = store
        .named_graphs()
        .map(|g| g.unwrap().to_string())
        .collect();
    let mut expected_graphs: Vec<String> = quads
        .iter()
        .filter(|q| q.graph_name.is_named_node())
        .map(|q| q.graph_name.to_string())
        .collect();
    graphs.sort();
    expected_graphs.sort();
    expected_graphs.dedup();
    assert_eq!(graphs, expected_graphs, "{when}: named graphs");
    for quad in quads {
        assert!(store.contains(quad).unwrap(), "{when}: lost {quad}");
    }
    // Each pattern is answered from a different index (the string dictionary, id2str, by all
    // of them): in a named graph, by graph first or by term first, and in the default graph.
    let named = &quads[1];
    let default = &quads[0];
    assert!(named.graph_name.is_named_node() && default.graph_name.is_default_graph());
    let (n, d) = (Some(named), Some(default));
    let patterns = [
        ([n, None, None, n], "gspo"),
        ([None, n, None, n], "gpos"),
        ([None, None, n, n], "gosp"),
        ([None, None, None, n], "a whole named graph"),
        ([d, None, None, d], "dspo"),
        ([None, d, None, d], "dpos"),
        ([None, None, d, d], "dosp"),
        ([None, None, None, d], "the whole default graph"),
        ([n, None, None, None], "spog"),
        ([None, n, None, None], "posg"),
        ([None, None, n, None], "ospg"),
    ];
    for (pattern, index) in patterns {
        assert_pattern(store, quads, pattern, &format!("{when}: {index}"));
    }
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
