//! The changes vendor/oxigraph.patch makes to Oxigraph's on-disk store keep every quad: a bulk
//! load's files are moved into the store (none left behind, none lost), and compaction, which
//! now runs the column families side by side, leaves the same store. A query keeps the strings
//! it decodes (a bounded cache, emptied when full) and still gives every term as stored. See
//! vendor/README.md.

use oxigraph::model::vocab::xsd;
use oxigraph::model::{BlankNode, GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

/// Quads spread over many graphs (one in eleven in the default graph), subjects, predicates
/// and objects, so that every index (and the string dictionary) gets many overlapping files
/// from a bulk load. The objects are terms of every encoded length (inline and dictionary
/// strings, tagged and typed literals, numbers, dates, IRIs), as the loader sorts index keys
/// in rows as wide as the longest key of a batch.
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
            let subject: NamedOrBlankNode = if i % 17 == 5 {
                BlankNode::new_from_unique_id(u128::try_from(i % 997).unwrap()).into()
            } else {
                NamedNode::new_unchecked(format!("http://example.org/s/{}", i % 997)).into()
            };
            let value = format!("value number {} of the sample", i % 5003);
            let object: Term = match i % 7 {
                0 | 1 => Literal::new_simple_literal(value).into(),
                2 => Literal::new_simple_literal(format!("v{}", i % 50)).into(),
                3 => Literal::new_language_tagged_literal_unchecked(value, "en-x-newsgraph-test")
                    .into(),
                4 => Literal::new_typed_literal(
                    value,
                    NamedNode::new_unchecked("http://example.org/datatype"),
                )
                .into(),
                5 => Literal::new_typed_literal(format!("{}", i % 5003), xsd::INTEGER).into(),
                _ => Literal::new_typed_literal(
                    format!("2026-11-{:02}T10:00:00Z", 1 + i % 28),
                    xsd::DATE_TIME,
                )
                .into(),
            };
            Quad::new(
                subject,
                NamedNode::new_unchecked(format!("http://example.org/p/{}", i % 13)),
                object,
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

/// More distinct long strings than a query's decoding cache keeps (2^17), each decoded twice
/// in a row (once for `?o`, once for its copy `?o2`, the second read from the cache): the cache
/// fills, is emptied and fills again, and every row still has its subject's own literal in both.
#[test]
fn queries_decode_every_string_as_stored_past_the_decoding_cache() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let n = 150_000;
    let predicate = NamedNode::new_unchecked("http://example.org/p");
    // Literals longer than 16 bytes are stored apart from the quads, so each is a dictionary read.
    let literal = |i: usize| format!("the literal number {i:06}, stored on its own");
    let mut loader = store.bulk_loader();
    loader
        .load_quads((0..n).map(|i| {
            Quad::new(
                NamedNode::new_unchecked(format!("http://example.org/s/{i}")),
                predicate.clone(),
                Literal::new_simple_literal(literal(i)),
                GraphName::DefaultGraph,
            )
        }))
        .unwrap();
    loader.commit().unwrap();
    let query = "SELECT ?s ?o ?o2 WHERE { ?s <http://example.org/p> ?o BIND(?o AS ?o2) }";
    let QueryResults::Solutions(solutions) = SparqlEvaluator::new()
        .parse_query(query)
        .unwrap()
        .on_store(&store)
        .execute()
        .unwrap()
    else {
        panic!("not a SELECT query");
    };
    let mut rows = 0;
    for solution in solutions {
        let solution = solution.unwrap();
        let Some(Term::NamedNode(subject)) = solution.get("s") else {
            panic!("?s is not an IRI: {solution:?}");
        };
        let i: usize = subject
            .as_str()
            .rsplit('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        for variable in ["o", "o2"] {
            match solution.get(variable) {
                Some(Term::Literal(l)) => assert_eq!(l.value(), literal(i), "?{variable} of {i}"),
                other => panic!("?{variable} of {i} is {other:?}"),
            }
        }
        rows += 1;
    }
    assert_eq!(rows, n);
}
