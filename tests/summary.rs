//! The store's summary (what `stats` prints) stays equal to a recount after every kind of
//! write, and `stats` still answers, from the article graphs, when it is out of date.

mod common;

use std::path::Path;

use common::*;

/// The summary the binary left is up to date and equal to a recount from the articles.
fn assert_summary_is_a_recount(store: &Path, after: &str) {
    let st = newsgraph::store::open(store).unwrap();
    assert_eq!(
        newsgraph::summary::differences_from_recount(&st).unwrap(),
        Vec::<String>::new(),
        "after {after}"
    );
    let kept = newsgraph::summary::stored(&st).unwrap();
    // Seven totals and the marker, then one count an entity.
    assert!(kept.len() > 8, "after {after}: no entity counted");
}

#[test]
fn every_write_keeps_the_summary_equal_to_a_recount() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let files = example_files();
    let (first, second) = files.split_at(3);
    let first_dir = dir.path().join("first");
    std::fs::create_dir_all(&first_dir).unwrap();
    for f in first {
        std::fs::copy(f, first_dir.join(f.file_name().unwrap())).unwrap();
    }
    // Into an empty store (everything counted from what is written), then into a store that
    // holds articles (each entity's earlier types looked up).
    ingest_ok(&store, &[&first_dir], &[]);
    assert_summary_is_a_recount(&store, "a first ingest");
    let second: Vec<&Path> = second.iter().map(|p| p.as_path()).collect();
    ingest_ok(&store, &second, &[]);
    assert_summary_is_a_recount(&store, "a second ingest");
    let corpus = dir.path().join("caravans.jsonl");
    caravan_corpus(&corpus, 40);
    ingest_ok(&store, &[&corpus], &[]);
    assert_summary_is_a_recount(&store, "a JSON Lines ingest");

    // A changed file replaces its article: what the old one counted goes.
    let changed = first_dir.join(first[0].file_name().unwrap());
    let text = std::fs::read_to_string(&changed).unwrap();
    std::fs::write(
        &changed,
        format!("{text}\n\nForeign Minister Lucia Benavides of Guatemala met Foreign Secretary Tomas Arriaga in Mexico City.\n"),
    )
    .unwrap();
    let out = ingest_ok(&store, &[&first_dir], &[]);
    assert!(out.contains("1 replaced"), "{out}");
    assert_summary_is_a_recount(&store, "a replacement");

    let o = newsgraph(&["--store", s(&store), "remove", s(&changed)], &repo());
    assert_code(&o, 0, "remove");
    assert_summary_is_a_recount(&store, "a removal");

    let merged = dir.path().join("merged");
    let o = newsgraph(&["--store", s(&merged), "merge", s(&store)], &repo());
    assert_code(&o, 0, "merge");
    assert_summary_is_a_recount(&merged, "a merge");
}

#[test]
fn an_article_that_names_one_person_two_ways_is_counted_once() {
    // Both spellings fold to one person node, whose facts the extractor then states twice.
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("spellings.txt");
    std::fs::write(
        &article,
        "Ministers tour the border\n\nInterior Minister Ana Lucía Gómez-Torres and Interior \
         Minister Ana Lucia Gomez Torres both visited Tapachula on Monday. The Red Cross and the \
         Red  Cross said aid was coming.\n",
    )
    .unwrap();
    ingest_ok(&store, &[&article], &[]);
    assert_summary_is_a_recount(&store, "an article with two spellings");
    ingest_ok(&store, &[&examples_dir()], &[]);
    let o = newsgraph(&["--store", s(&store), "remove", s(&article)], &repo());
    assert_code(&o, 0, "remove");
    assert_summary_is_a_recount(&store, "removing it");
}

#[test]
fn rerunning_an_ingest_that_changes_nothing_rebuilds_an_out_of_date_summary() {
    // As a run killed after its last article but before its summary leaves the store.
    let (_dir, store) = examples_store();
    let st = newsgraph::store::open(&store).unwrap();
    newsgraph::summary::invalidate(&st).unwrap();
    drop(st);
    let out = ingest_ok(&store, &[&examples_dir()], &[]);
    assert!(out.contains("0 added, 0 replaced"), "{out}");
    assert!(out.contains("counted the store's summary again"), "{out}");
    assert_summary_is_a_recount(&store, "a rerun that changed nothing");
}

#[test]
fn stats_counts_from_the_articles_when_the_summary_is_out_of_date() {
    let (_dir, store) = examples_store();
    // Small tops cut through ties (five places are in 5 articles): both ways must choose alike.
    let tops = ["1", "3", "4", "10", "1000"];
    let stats = |top: &str| newsgraph(&["--store", s(&store), "stats", "--top", top], &repo());
    let kept: Vec<String> = tops
        .iter()
        .map(|top| {
            let o = stats(top);
            assert_code(&o, 0, "stats");
            assert!(!stderr(&o).contains("out of date"), "{}", stderr(&o));
            stdout(&o)
        })
        .collect();
    assert!(kept[4].contains("in article graphs"), "{}", kept[4]);

    let st = newsgraph::store::open(&store).unwrap();
    newsgraph::summary::invalidate(&st).unwrap();
    drop(st);
    for (top, kept) in tops.iter().zip(&kept) {
        let recounted = stats(top);
        assert_code(&recounted, 0, "stats on an out-of-date summary");
        assert!(
            stderr(&recounted).contains("out of date"),
            "{}",
            stderr(&recounted)
        );
        assert_eq!(&stdout(&recounted), kept, "--top {top}");
    }

    let o = newsgraph(&["--store", s(&store), "optimize"], &repo());
    assert_code(&o, 0, "optimize");
    assert!(stderr(&o).contains("summary again"), "{}", stderr(&o));
    let again = stats("1000");
    assert!(
        !stderr(&again).contains("out of date"),
        "{}",
        stderr(&again)
    );
    assert_eq!(stdout(&again), kept[4]);
}
