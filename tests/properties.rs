//! Property tests: no input panics the readers or the extractor, extraction is a function of
//! its input, and an ingest does not depend on thread count or file order and is idempotent.

mod common;

use std::sync::OnceLock;

use common::*;
use newsgraph::article::{read_bytes, text_to_article, Format, ReadOptions};
use newsgraph::gazetteer::Gazetteer;
use newsgraph::ingest::prepare;
use proptest::prelude::*;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::builtin)
}

/// Words the extractors react to, so that random text reaches deep into them, mixed with
/// arbitrary Unicode.
fn newsy_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("President".to_string()),
        Just("Foreign Minister".to_string()),
        Just("met".to_string()),
        Just("caravan".to_string()),
        Just("migrants".to_string()),
        Just("left".to_string()),
        Just("Tapachula".to_string()),
        Just("Mexico City".to_string()),
        Just("Honduras".to_string()),
        Just("on Thursday".to_string()),
        Just("about 7,500".to_string()),
        Just("said".to_string()),
        Just("Ana".to_string()),
        Just("López".to_string()),
        Just("O'Brien-Núñez".to_string()),
        Just(".".to_string()),
        Just(",".to_string()),
        Just("\n\n".to_string()),
        Just("<p>".to_string()),
        "[A-Z][a-z]{1,8}",
        "[0-9]{1,7}",
        any::<String>(),
    ];
    prop::collection::vec(word, 0..80).prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_is_extracted_without_panic_and_the_same_twice(text in prop_oneof![any::<String>(), newsy_text()]) {
        if let Some(article) = text_to_article("prop.txt", &text) {
            let first = prepare(gazetteer(), &article);
            let second = prepare(gazetteer(), &article);
            prop_assert_eq!(&first.quads, &second.quads);
            prop_assert_eq!(first.article, second.article);
        }
    }

    #[test]
    fn any_bytes_are_read_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000), text in newsy_text()) {
        let options = ReadOptions::default();
        for input in [bytes.as_slice(), text.as_bytes()] {
            for format in [Format::Text, Format::Html, Format::JsonLines] {
                let outcome = read_bytes("prop", input, format, &options);
                for e in &outcome.errors {
                    prop_assert!(!e.to_string().is_empty());
                }
            }
        }
    }
}

/// A small corpus of distinct articles: (file name, text).
fn corpus() -> impl Strategy<Value = Vec<(String, String)>> {
    let given = prop::sample::select(vec!["Ana", "Luis", "Jorge", "Carmen", "Rosa"]);
    let surname = prop::sample::select(vec!["Ortega", "Salinas", "Quiroga", "Benítez"]);
    let town = prop::sample::select(vec!["Tapachula", "Huixtla", "Oaxaca", "Arriaga"]);
    let article = (
        given.clone(),
        surname.clone(),
        given,
        surname,
        town,
        100u32..20_000,
    );
    prop::collection::vec(article, 2..6).prop_map(|articles| {
        articles
            .into_iter()
            .enumerate()
            .map(|(i, (a, b, c, d, town, size))| {
                let text = format!(
                    "Caravan report {i}\n\nA caravan of about {size} migrants left {town} on Monday, \
                     organizer {a} {b} said. Foreign Minister {c} {d} of Honduras met Secretary of \
                     State Antony Blinken in Washington on Thursday."
                );
                (format!("article-{i}.txt"), text)
            })
            .collect()
    })
}

/// The store's quads without the ingest time (which differs from run to run by design).
fn content(store: &std::path::Path) -> Vec<String> {
    dump_nquads(store)
        .into_iter()
        .filter(|l| !l.contains("#ingestedAt>"))
        .collect()
}

fn ingest_with_threads(store: &std::path::Path, files: &[std::path::PathBuf], threads: &str) {
    let mut args = vec!["--store", s(store), "ingest", "--quiet"];
    args.extend(files.iter().map(|f| s(f)));
    let out = std::process::Command::new(bin())
        .args(&args)
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

proptest! {
    // Each case runs the binary five times.
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn ingest_ignores_thread_count_and_file_order_and_is_idempotent(articles in corpus(), rotate in 0usize..5) {
        let dir = tempfile::tempdir().unwrap();
        let mut files = Vec::new();
        for (name, text) in &articles {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            files.push(path);
        }
        let one_thread = dir.path().join("one");
        ingest_with_threads(&one_thread, &files, "1");
        let mut reordered = files.clone();
        reordered.reverse();
        let by = rotate % reordered.len();
        reordered.rotate_left(by);
        let two_threads = dir.path().join("two");
        ingest_with_threads(&two_threads, &reordered, "2");
        prop_assert_eq!(content(&one_thread), content(&two_threads));

        // Again, in yet another order: nothing changes, not even the ingest times.
        let before = dump_nquads(&one_thread);
        ingest_with_threads(&one_thread, &reordered, "2");
        prop_assert_eq!(before, dump_nquads(&one_thread));
    }
}
