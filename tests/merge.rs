//! Cross-article resolution and store merging: the merged graph must not depend on the
//! order articles arrive in, ingesting twice must change nothing, removing and re-adding an
//! article must give back the same store, and merging two half-stores must equal the store
//! built from everything.

mod common;

use std::path::{Path, PathBuf};

use common::*;

/// The store's quads without the per-run bookkeeping (ingest time, source path).
fn content(store: &Path) -> Vec<String> {
    dump_nquads(store)
        .into_iter()
        .filter(|l| !l.contains("#ingestedAt>") && !l.contains("#source>"))
        .collect()
}

/// From the `people` query: a lookup of the node that carries a written name.
fn person_nodes(store: &Path) -> impl Fn(&str) -> String {
    let (header, rows) = query_csv(store, "people");
    let person = column(&header, &rows, "person");
    let name = column(&header, &rows, "name");
    move |n: &str| {
        person[name
            .iter()
            .position(|x| x == n)
            .unwrap_or_else(|| panic!("{n} not found in {name:?}"))]
        .clone()
    }
}

fn ingest_each(store: &Path, files: &[PathBuf]) {
    for f in files {
        ingest_ok(store, &[f], &["--quiet"]);
    }
}

#[test]
fn resolution_does_not_depend_on_arrival_order() {
    let files = example_files();
    let (_a, forward) = temp_store();
    ingest_each(&forward, &files);
    let mut reversed = files.clone();
    reversed.reverse();
    let (_b, backward) = temp_store();
    ingest_each(&backward, &reversed);
    let (fc, bc) = (content(&forward), content(&backward));
    assert!(
        fc.iter().any(|l| l.contains("#canonical>")),
        "the examples should need some cross-article links"
    );
    assert_eq!(
        fc, bc,
        "one article at a time, forward and backward, must give the same graph"
    );
}

#[test]
fn ingesting_twice_is_ingesting_once() {
    let (_d, store) = examples_store();
    let once = dump_nquads(&store);
    ingest_ok(&store, &[&examples_dir()], &["--quiet"]);
    assert_eq!(once, dump_nquads(&store));
}

#[test]
fn remove_then_add_is_add() {
    let (_d, store) = examples_store();
    let before = content(&store);
    let one = examples_dir().join("04-caravan-thins-in-chiapas.txt");
    let o = newsgraph(&["--store", s(&store), "remove", s(&one)], &repo());
    assert_code(&o, 0, "remove");
    assert!(stderr(&o).contains("removed"), "{}", stderr(&o));
    let after_remove = content(&store);
    assert!(after_remove.len() < before.len());
    assert_eq!(count(&store, COUNT_GRAPHS), EXAMPLE_ARTICLES - 1);
    ingest_ok(&store, &[&one], &["--quiet"]);
    assert_eq!(before, content(&store));
}

#[test]
fn removing_an_unknown_article_fails_clearly() {
    let (_d, store) = examples_store();
    let o = newsgraph(
        &["--store", s(&store), "remove", "https://nowhere.example/x"],
        &repo(),
    );
    assert_code(&o, 1, "remove of an unknown article");
    assert!(stderr(&o).contains("no article"), "{}", stderr(&o));
}

#[test]
fn merging_two_half_stores_equals_one_store_of_everything() {
    let files = example_files();
    let (first, second) = files.split_at(files.len() / 2);
    let (_a, half_a) = temp_store();
    ingest_each(&half_a, first);
    let (_b, half_b) = temp_store();
    ingest_each(&half_b, second);
    let (_w, whole) = temp_store();
    ingest_each(&whole, &files);

    // One half as a store folder, the other as an N-Quads dump.
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("half-b.nq");
    std::fs::write(&dump, dump_nquads(&half_b).join("\n") + "\n").unwrap();
    let (_m, merged) = temp_store();
    let o = newsgraph(
        &["--store", s(&merged), "merge", s(&half_a), s(&dump)],
        &repo(),
    );
    assert_code(&o, 0, "merge");
    assert!(stderr(&o).contains("merged 2 inputs"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("compacted the store"),
        "a merge into an empty store compacts it: {}",
        stderr(&o)
    );
    assert_eq!(content(&merged), content(&whole));
    // Merging the same again adds nothing, so nothing to compact.
    let o = newsgraph(&["--store", s(&merged), "merge", s(&dump)], &repo());
    assert_code(&o, 0, "merge again");
    assert!(!stderr(&o).contains("compacted"), "{}", stderr(&o));
    assert_eq!(content(&merged), content(&whole));
}

#[test]
fn namesakes_stay_apart_and_the_graph_says_why() {
    let (_d, store) = temp_store();
    for f in [
        "garcia-organizer.txt",
        "garcia-minister.txt",
        "garcia-surname-only.txt",
    ] {
        ingest_ok(&store, &[&fixture(f)], &["--quiet"]);
    }
    let node_of = person_nodes(&store);
    assert_ne!(
        node_of("Luis García Villagrán"),
        node_of("Marcela García Pérez")
    );
    let (h, notes) = query_csv(&store, "resolution");
    let note = column(&h, &notes, "note");
    assert!(
        note.iter().any(|n| n.contains("kept apart")),
        "a thin surname match must be reported: {notes:?}"
    );
}

#[test]
fn explain_shows_names_rules_and_articles() {
    let (_d, store) = examples_store();
    let o = newsgraph(&["--store", s(&store), "explain", "Whitcomb"], &repo());
    assert_code(&o, 0, "explain");
    let out = stdout(&o);
    assert!(out.contains("Daniel Whitcomb"), "{out}");
    let articles: usize = out
        .lines()
        .find_map(|l| l.trim().strip_prefix("articles: "))
        .and_then(|n| n.parse().ok())
        .expect("an articles line");
    assert!(
        articles >= 2,
        "Whitcomb appears in several example articles: {out}"
    );
}

#[test]
fn initials_name_the_person_they_spell() {
    let (_d, store) = temp_store();
    ingest_ok(&store, &[&fixture("initials.txt")], &["--quiet"]);
    let node_of = person_nodes(&store);
    assert_eq!(node_of("AMLO"), node_of("Andrés Manuel López Obrador"));
}

/// Ingests each fixture with its own publication date, in the order given.
fn ingest_dated(store: &Path, files: &[(&str, &str)]) {
    for (name, published) in files {
        ingest_ok(
            store,
            &[&fixture(name)],
            &["--quiet", "--published", published],
        );
    }
}

#[test]
fn two_reports_of_one_caravan_are_one_group_with_both_sizes() {
    let reports = [
        ("caravan-departs.txt", "2024-01-08"),
        ("caravan-grows.txt", "2024-01-10"),
    ];
    let (_d, store) = temp_store();
    ingest_dated(&store, &reports);
    let (_, rows) = query_csv(&store, "resolution");
    let caravan_links: Vec<_> = rows
        .iter()
        .filter(|r| r[4] == "same-towns-within-two-weeks")
        .collect();
    assert_eq!(caravan_links.len(), 1, "{rows:?}");
    // Both figures stay, side by side, under the one group.
    let (_, sizes) = query_csv(&store, "size-reports");
    let figures: Vec<(&str, &str)> = sizes
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(figures.len(), 2, "{sizes:?}");
    assert_eq!(figures[0].0, figures[1].0, "one group: {sizes:?}");
    let mut numbers: Vec<&str> = figures.iter().map(|f| f.1).collect();
    numbers.sort();
    assert_eq!(numbers, ["10000", "7500"]);

    // A month apart, the same towns are another caravan.
    let (_d2, apart) = temp_store();
    ingest_dated(
        &apart,
        &[
            ("caravan-departs.txt", "2024-01-08"),
            ("caravan-grows.txt", "2024-02-20"),
        ],
    );
    let (_, rows) = query_csv(&apart, "resolution");
    assert!(
        rows.iter().all(|r| r[4] != "same-towns-within-two-weeks"),
        "{rows:?}"
    );
}

#[test]
fn an_article_s_two_groups_are_never_one_node_and_the_graph_says_why() {
    // The second article tells of two groups that each left Tapachula that week: both match
    // the first article's caravan, but they are two groups.
    let (_d, store) = temp_store();
    ingest_dated(&store, &[("caravan-departs.txt", "2024-01-08")]);
    // The ingest says so too.
    let said = ingest_ok(
        &store,
        &[&fixture("two-groups-one-article.txt")],
        &["--published", "2024-01-09"],
    );
    assert!(
        said.contains("0 meeting and 1 group reports joined, 1 left apart"),
        "{said}"
    );
    let (h, rows) = query_csv(&store, "resolution");
    let rules = column(&h, &rows, "rule");
    let notes = column(&h, &rows, "note");
    assert_eq!(
        rules
            .iter()
            .filter(|r| *r == "same-towns-within-two-weeks")
            .count(),
        1,
        "{rows:?}"
    );
    assert_eq!(
        notes
            .iter()
            .filter(|n| n.starts_with("kept apart: another report of its article"))
            .count(),
        1,
        "{rows:?}"
    );
    let (_, groups) = query_csv(&store, "migrant-groups");
    let nodes: std::collections::BTreeSet<&str> = groups.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(nodes.len(), 2, "{groups:?}");
}

#[test]
fn two_reports_of_one_meeting_are_one_meeting_in_either_order() {
    let first = [
        ("talks-first-report.txt", "2024-01-12"),
        ("talks-second-report.txt", "2024-01-12"),
    ];
    let (_a, one) = temp_store();
    ingest_dated(&one, &first);
    let (_, rows) = query_csv(&one, "meetings");
    let meetings: std::collections::BTreeSet<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(meetings.len(), 1, "{rows:?}");
    let participants: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        participants.into_iter().collect::<Vec<_>>(),
        ["Alicia Bárcena", "Antony Blinken"]
    );

    let (_b, other) = temp_store();
    ingest_dated(&other, &[first[1], first[0]]);
    assert_eq!(content(&one), content(&other));
}

#[test]
fn articles_added_to_a_large_store_are_resolved_as_one_pass_over_everything_would() {
    // Forty articles, then the fixtures one at a time: each is few next to the store, so it is
    // resolved incrementally; the store must equal one built from everything at once.
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    caravan_corpus(&corpus, 40);
    let fixtures: Vec<PathBuf> = [
        "talks-first-report.txt",
        "garcia-minister.txt",
        "garcia-organizer.txt",
        "garcia-surname-only.txt",
        "talks-second-report.txt",
    ]
    .iter()
    .map(|f| fixture(f))
    .collect();
    let (_a, stepwise) = temp_store();
    let o = newsgraph(&["--store", s(&stepwise), "ingest", s(&corpus)], &repo());
    assert_code(&o, 0, "ingest of the corpus");
    assert!(stderr(&o).contains("(whole store"), "{}", stderr(&o));
    for f in &fixtures {
        let o = newsgraph(&["--store", s(&stepwise), "ingest", s(f)], &repo());
        assert_code(&o, 0, "ingest of one more article");
        assert!(stderr(&o).contains("(incremental"), "{}", stderr(&o));
    }
    let last = fixtures.last().unwrap();
    let o = newsgraph(&["--store", s(&stepwise), "remove", s(last)], &repo());
    assert_code(&o, 0, "remove");
    assert!(stderr(&o).contains("(incremental"), "{}", stderr(&o));
    ingest_ok(&stepwise, &[last], &["--quiet"]);

    let (_b, at_once) = temp_store();
    let mut inputs: Vec<&Path> = vec![&corpus];
    inputs.extend(fixtures.iter().map(PathBuf::as_path));
    ingest_ok(&at_once, &inputs, &["--quiet"]);
    let (stepwise, at_once) = (content(&stepwise), content(&at_once));
    assert!(stepwise
        .iter()
        .any(|l| l.contains("same-participants-place-date")));
    assert_eq!(stepwise, at_once);
}
