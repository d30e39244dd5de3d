//! vendor/spareval.patch makes ORDER BY evaluate each row's sort keys once instead of at every
//! comparison (see vendor/README.md). These check that the order is still SPARQL's: several
//! keys, ASC and DESC, unbound values first in ascending order, numbers compared as numbers,
//! keys that are expressions, and on a store both in memory and on disk.

use oxigraph::model::{GraphNameRef, Literal, NamedNode, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

const EX: &str = "http://example.org/";

/// One row of the sample: a subject, its name, and a number for two in three of them.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    subject: String,
    name: String,
    number: Option<i64>,
}

/// Rows whose names repeat (so the second key decides) and whose numbers cross digit counts
/// (so "10" sorting before "9" as text would show).
fn sample() -> Vec<Row> {
    (0..300)
        .map(|i: i64| Row {
            subject: format!("{EX}s/{i:03}"),
            name: format!("name {}", (i * 7919) % 23),
            number: (i % 3 != 0).then_some((i * 104_729) % 1_000 - 500),
        })
        .collect()
}

fn load(store: &Store, rows: &[Row]) {
    for row in rows {
        let subject = NamedNode::new(&row.subject).unwrap();
        let graph = GraphNameRef::DefaultGraph;
        store
            .insert(&Quad::new(
                subject.clone(),
                NamedNode::new(format!("{EX}name")).unwrap(),
                Literal::new_simple_literal(&row.name),
                graph,
            ))
            .unwrap();
        if let Some(n) = row.number {
            store
                .insert(&Quad::new(
                    subject,
                    NamedNode::new(format!("{EX}number")).unwrap(),
                    Literal::from(n),
                    graph,
                ))
                .unwrap();
        }
    }
}

/// The subjects of a query's rows, in the order it gives them.
fn subjects(store: &Store, query: &str) -> Vec<String> {
    let QueryResults::Solutions(solutions) = SparqlEvaluator::new()
        .parse_query(query)
        .unwrap()
        .on_store(store)
        .execute()
        .unwrap()
    else {
        panic!("not a SELECT query");
    };
    solutions
        .map(|s| match s.unwrap().get("s") {
            Some(Term::NamedNode(n)) => n.as_str().to_string(),
            other => panic!("?s is {other:?}"),
        })
        .collect()
}

fn expected(mut rows: Vec<Row>, order: impl Fn(&Row, &Row) -> std::cmp::Ordering) -> Vec<String> {
    rows.sort_by(order);
    rows.into_iter().map(|r| r.subject).collect()
}

fn check(store: &Store) {
    let rows = sample();
    let select = format!(
        "PREFIX ex: <{EX}> SELECT ?s WHERE {{ ?s ex:name ?name OPTIONAL {{ ?s ex:number ?n }} }}"
    );
    // Ascending: unbound first, then numbers by value; the subject breaks every tie.
    assert_eq!(
        subjects(store, &format!("{select} ORDER BY ?n ?s")),
        expected(rows.clone(), |a, b| (a.number, &a.subject)
            .cmp(&(b.number, &b.subject)))
    );
    // Descending on the first key, ascending on the others: unbound last.
    assert_eq!(
        subjects(store, &format!("{select} ORDER BY DESC(?n) ?name ?s")),
        expected(rows.clone(), |a, b| b
            .number
            .cmp(&a.number)
            .then_with(|| (&a.name, &a.subject).cmp(&(&b.name, &b.subject))))
    );
    // Keys that are expressions, evaluated per row: the name's length, then the name
    // backwards (DESC), then the subject.
    assert_eq!(
        subjects(
            store,
            &format!("{select} ORDER BY STRLEN(?name) DESC(?name) ?s")
        ),
        expected(rows.clone(), |a, b| a
            .name
            .len()
            .cmp(&b.name.len())
            .then_with(|| b.name.cmp(&a.name))
            .then_with(|| a.subject.cmp(&b.subject)))
    );
}

#[test]
fn order_by_in_memory() {
    let store = Store::new().unwrap();
    load(&store, &sample());
    check(&store);
}

#[test]
fn order_by_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    load(&store, &sample());
    check(&store);
}
