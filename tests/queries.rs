//! The ready queries: documented, embedded, valid, and true to the query contract.

mod common;

use std::collections::BTreeMap;

use common::*;
use newsgraph::query::READY;

/// The nine contract queries and their columns (../shared/eval/QUERY-CONTRACT.md).
const CONTRACT: &[(&str, &[&str])] = &[
    ("people", &["person", "name", "role"]),
    ("officials", &["person", "name", "title", "affiliation"]),
    ("organizations", &["org", "name"]),
    ("places", &["place", "name", "type"]),
    ("meetings", &["meeting", "participant", "location", "date"]),
    ("migrant-groups", &["group", "size", "destination"]),
    ("group-origins", &["group", "origin"]),
    ("group-locations", &["group", "location"]),
    ("group-people", &["group", "person", "role"]),
];

fn query_files() -> BTreeMap<String, String> {
    std::fs::read_dir(repo().join("queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_query_file_starts_with_a_comment_and_is_embedded() {
    let files = query_files();
    assert!(files.len() >= CONTRACT.len());
    for (name, text) in &files {
        let first = text.lines().next().unwrap_or_default();
        assert!(
            first.starts_with('#') && first.trim_start_matches('#').trim().len() > 10,
            "queries/{name}.rq does not start with a # comment: {first:?}"
        );
        assert!(!newsgraph::query::purpose(text).is_empty());
    }
    let embedded: BTreeMap<String, String> = READY
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    assert_eq!(embedded.len(), READY.len(), "duplicate names in READY");
    assert_eq!(
        embedded.keys().collect::<Vec<_>>(),
        files.keys().collect::<Vec<_>>(),
        "queries/ and query::READY differ"
    );
    for (name, text) in &files {
        assert_eq!(
            &embedded[name], text,
            "embedded text of {name} differs from queries/{name}.rq"
        );
    }
}

#[test]
fn every_query_parses() {
    for (name, text) in READY {
        if let Err(e) = oxigraph::sparql::SparqlEvaluator::new().parse_query(text) {
            panic!("queries/{name}.rq does not parse: {e}");
        }
    }
}

#[test]
fn every_query_runs_on_the_examples_store() {
    let (_dir, store) = examples_store();
    for (name, _) in READY {
        let (header, rows) = query_csv(&store, name);
        assert!(!header.is_empty(), "{name}: no columns");
        for r in &rows {
            assert_eq!(r.len(), header.len(), "{name}: ragged row {r:?}");
        }
    }
    // Through the library too, on an in-memory store.
    let mem = oxigraph::store::Store::new().unwrap();
    let g = newsgraph::gazetteer::Gazetteer::builtin();
    let (files, _) = newsgraph::article::expand_inputs(&[examples_dir()]);
    for f in files {
        for a in newsgraph::article::read_input(&f, &Default::default()).articles {
            mem.extend(newsgraph::ingest::prepare(&g, &a).quads)
                .unwrap();
        }
    }
    for (name, text) in READY {
        let mut out = Vec::new();
        newsgraph::query::write_results(&mem, text, newsgraph::query::OutputFormat::Csv, &mut out)
            .unwrap_or_else(|e| panic!("{name} failed through the library: {e}"));
    }
}

#[test]
fn contract_matches_the_contract_file() {
    let path = repo()
        .join("..")
        .join("shared")
        .join("eval")
        .join("QUERY-CONTRACT.md");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "{} not found; using the hard-coded contract",
            path.display()
        );
        return;
    };
    let mut from_file = BTreeMap::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() > 3 && cells[1].ends_with(".rq") {
            let cols: Vec<String> = cells[2].split(',').map(|c| c.trim().to_string()).collect();
            from_file.insert(cells[1].trim_end_matches(".rq").to_string(), cols);
        }
    }
    let hard: BTreeMap<String, Vec<String>> = CONTRACT
        .iter()
        .map(|(n, c)| (n.to_string(), c.iter().map(|s| s.to_string()).collect()))
        .collect();
    assert_eq!(
        from_file,
        hard,
        "the contract in {} changed",
        path.display()
    );
}

#[test]
fn contract_queries_have_the_contract_columns_and_rows() {
    let (_dir, store) = examples_store();
    for (name, columns) in CONTRACT {
        assert!(
            READY.iter().any(|(n, _)| n == name),
            "{name} is not a ready query"
        );
        let (header, rows) = query_csv(&store, name);
        assert_eq!(header, *columns, "columns of {name}");
        assert!(
            !rows.is_empty(),
            "{name} returns no rows on the examples store"
        );
        // First column: an IRI.
        for r in &rows {
            assert!(
                r[0].starts_with("https://") || r[0].starts_with("http://"),
                "{name}: first column is not an IRI: {r:?}"
            );
        }
        // Other columns: literals, never IRIs (except places.type).
        for r in &rows {
            for (i, cell) in r.iter().enumerate().skip(1) {
                if *name == "places" && columns[i] == "type" {
                    continue;
                }
                assert!(
                    !cell.starts_with("https://w3id.org/newsgraph/"),
                    "{name}.{}: an IRI where a literal belongs: {r:?}",
                    columns[i]
                );
            }
        }
    }
}

#[test]
fn contract_value_shapes() {
    let (_dir, store) = examples_store();
    let (h, rows) = query_csv(&store, "people");
    for role in column(&h, &rows, "role") {
        assert!(
            ["official", "organizer", "migrant", "spokesperson", "other"].contains(&role.as_str()),
            "people.role {role:?}"
        );
    }
    let (h, rows) = query_csv(&store, "group-people");
    for role in column(&h, &rows, "role") {
        assert!(
            ["organizer", "member"].contains(&role.as_str()),
            "group-people.role {role:?}"
        );
    }
    let (h, rows) = query_csv(&store, "migrant-groups");
    for size in column(&h, &rows, "size").iter().filter(|s| !s.is_empty()) {
        assert!(
            size.parse::<u64>().is_ok(),
            "migrant-groups.size is not an integer: {size:?}"
        );
    }
    let (h, rows) = query_csv(&store, "meetings");
    for date in column(&h, &rows, "date").iter().filter(|s| !s.is_empty()) {
        let ok = date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-';
        assert!(ok, "meetings.date is not YYYY-MM-DD: {date:?}");
    }
    let (h, rows) = query_csv(&store, "places");
    let types = column(&h, &rows, "type");
    assert!(
        types.iter().any(|t| t.ends_with("Country")) && types.iter().any(|t| t.ends_with("City")),
        "{types:?}"
    );
}

#[test]
fn group_places_are_named_as_the_article_writes_them() {
    // The gazetteer calls these places "Fort Liberté" and "Profesor Salvador Mazza"; a reader
    // of the article knows them as it writes them.
    let (_dir, store) = temp_store();
    ingest_ok(
        &store,
        &[&fixture("article-names-a-place-its-way.txt")],
        &["--published", "2024-05-02"],
    );
    let (h, rows) = query_csv(&store, "group-locations");
    let locations = column(&h, &rows, "location");
    assert!(
        locations.contains(&"Fort-Liberté".to_string()),
        "{locations:?}"
    );
    assert!(
        !locations.contains(&"Fort Liberté".to_string()),
        "{locations:?}"
    );
    let (h, rows) = query_csv(&store, "migrant-groups");
    assert_eq!(column(&h, &rows, "destination"), ["Salvador Mazza"]);
}

/// Every provenance row names the rule that found its entity and that rule's confidence, which
/// the store states once, on the rule: one confidence per rule, whatever the article.
#[test]
fn provenance_rows_carry_a_rule_and_its_confidence() {
    let (_dir, store) = examples_store();
    let (h, rows) = query_csv(&store, "provenance");
    assert!(rows.len() > 10, "too few provenance rows: {}", rows.len());
    let rules = column(&h, &rows, "rule");
    let confidences = column(&h, &rows, "confidence");
    let mut of_rule = BTreeMap::new();
    for (rule, confidence) in rules.iter().zip(&confidences) {
        assert!(
            !rule.is_empty() && !rule.contains('/'),
            "a rule is its name: {rule:?}"
        );
        let c: f64 = confidence
            .parse()
            .unwrap_or_else(|_| panic!("rule {rule}: confidence {confidence:?}"));
        assert!((0.0..=1.0).contains(&c), "rule {rule}: confidence {c}");
        let first = *of_rule.entry(rule.clone()).or_insert(c);
        assert_eq!(first, c, "rule {rule} has two confidences");
    }
    assert!(of_rule.contains_key("title-name"), "{of_rule:?}");
    // Every named entity has a label there, a gazetteer place's from the gazetteer graph.
    let entities = column(&h, &rows, "entity");
    let labels = column(&h, &rows, "label");
    for (entity, label) in entities.iter().zip(&labels) {
        let named = ["/place/", "/person/", "/org/"]
            .iter()
            .any(|kind| entity.contains(kind));
        assert!(!named || !label.is_empty(), "{entity} has no label");
    }
}
