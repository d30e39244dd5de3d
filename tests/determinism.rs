//! Same input, same graph: preparing an article is deterministic, and the stored graphs do
//! not depend on the order in which files are ingested.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::*;
use newsgraph::article::{expand_inputs, read_input, ReadOptions};
use newsgraph::gazetteer::Gazetteer;
use newsgraph::ingest::prepare;
use newsgraph::rdf::vocab::prop;

fn sorted_quads(quads: &[oxigraph::model::Quad]) -> Vec<String> {
    let mut v: Vec<String> = quads.iter().map(|q| q.to_string()).collect();
    v.sort();
    v
}

#[test]
fn preparing_an_article_twice_gives_the_same_quads() {
    let (files, _) = expand_inputs(&[examples_dir(), fixture("thursday-meeting.txt")]);
    assert!(files.len() > EXAMPLE_FILES - 1);
    let g1 = Gazetteer::builtin();
    let g2 = Gazetteer::builtin();
    let mut articles = 0;
    for f in files {
        let opts = ReadOptions {
            published: newsgraph::date::Date::parse_iso("2024-01-12"),
        };
        for a in read_input(&f, &opts).articles {
            let p1 = prepare(&g1, &a);
            let p2 = prepare(&g1, &a);
            let p3 = prepare(&g2, &a.clone());
            assert_eq!(p1.article, p2.article);
            assert_eq!(p1.hash, p2.hash);
            assert!(!p1.quads.is_empty());
            assert_eq!(
                sorted_quads(&p1.quads),
                sorted_quads(&p2.quads),
                "{}: two runs differ",
                a.source
            );
            assert_eq!(
                sorted_quads(&p1.quads),
                sorted_quads(&p3.quads),
                "{}: differs with a new gazetteer",
                a.source
            );
            // No quad is written twice.
            let mut dedup = sorted_quads(&p1.quads);
            dedup.dedup();
            assert_eq!(dedup.len(), p1.quads.len(), "{}: duplicate quads", a.source);
            articles += 1;
        }
    }
    assert_eq!(articles, EXAMPLE_ARTICLES + 1);
}

/// The store's quads without the default-graph bookkeeping (ng:ingestedAt, ng:source).
fn deterministic_dump(store: &Path) -> Vec<String> {
    let all = dump_nquads(store);
    let bookkeeping: Vec<&String> = all
        .iter()
        .filter(|l| {
            l.contains(&format!("<{}>", prop::INGESTED_AT))
                || l.contains(&format!("<{}>", prop::SOURCE))
        })
        .collect();
    assert_eq!(
        bookkeeping.len(),
        2 * count(store, COUNT_GRAPHS),
        "one ng:ingestedAt and one ng:source per article"
    );
    all.into_iter()
        .filter(|l| {
            !l.contains(&format!("<{}>", prop::INGESTED_AT))
                && !l.contains(&format!("<{}>", prop::SOURCE))
        })
        .collect()
}

#[test]
fn file_order_does_not_change_the_store() {
    // The same files (same paths, so the same article IRIs) named on the command line in
    // opposite orders, into two fresh stores.
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| newsgraph::article::Format::from_path(p).is_some())
        .collect();
    files.sort();
    assert_eq!(files.len(), EXAMPLE_FILES);
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    ingest_ok(
        &a,
        &files.iter().map(PathBuf::as_path).collect::<Vec<_>>(),
        &[],
    );
    ingest_ok(
        &b,
        &files.iter().rev().map(PathBuf::as_path).collect::<Vec<_>>(),
        &[],
    );
    let (da, db) = (deterministic_dump(&a), deterministic_dump(&b));
    assert!(da.len() > 100);
    assert_eq!(da, db, "ingest order changed the store");
}

/// Renames article IRIs (which depend on the file path) to their content hash, so that
/// stores of the same articles read from different folders can be compared.
fn normalize_article_iris(lines: Vec<String>) -> Vec<String> {
    let hash_marker = format!("<{}> \"", prop::CONTENT_HASH);
    let mut by_iri = BTreeMap::new();
    for l in &lines {
        if let Some(pos) = l.find(&hash_marker) {
            let iri = l[..pos]
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string();
            let hash = l[pos + hash_marker.len()..]
                .split('"')
                .next()
                .unwrap()
                .to_string();
            by_iri.insert(iri, hash);
        }
    }
    assert!(!by_iri.is_empty(), "no ng:contentHash found");
    let mut out: Vec<String> = lines
        .into_iter()
        .map(|mut l| {
            for (iri, hash) in &by_iri {
                l = l.replace(iri.as_str(), &format!("urn:article:{hash}"));
            }
            l
        })
        .collect();
    out.sort();
    out
}

#[test]
fn folders_walked_in_different_orders_give_the_same_graphs() {
    let dir = tempfile::tempdir().unwrap();
    // Same files, names that sort in opposite orders (z-, y-, ... prefixes reversed).
    let first = dir.path().join("first");
    let second = dir.path().join("second");
    copy_dir(&examples_dir(), &first, |n| n.to_string());
    let names: Vec<String> = {
        let mut v: Vec<String> = std::fs::read_dir(examples_dir())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    copy_dir(&examples_dir(), &second, |n| {
        let i = names.iter().position(|x| x == n).unwrap();
        format!("{}-{n}", (b'z' - i as u8) as char)
    });
    let (sa, sb) = (dir.path().join("store-a"), dir.path().join("store-b"));
    let ea = ingest_ok(&sa, &[&first], &[]);
    let eb = ingest_ok(&sb, &[&second], &[]);
    assert!(ea.contains(&format!("{EXAMPLE_ARTICLES} articles")), "{ea}");
    assert!(eb.contains(&format!("{EXAMPLE_ARTICLES} articles")), "{eb}");
    let (da, db) = (
        normalize_article_iris(deterministic_dump(&sa)),
        normalize_article_iris(deterministic_dump(&sb)),
    );
    assert!(da.len() > 100);
    if da != db {
        let only_a: Vec<&String> = da.iter().filter(|l| !db.contains(l)).take(10).collect();
        let only_b: Vec<&String> = db.iter().filter(|l| !da.contains(l)).take(10).collect();
        panic!("stores differ\nonly in the first: {only_a:#?}\nonly in the second: {only_b:#?}");
    }
}
