//! Hostile input: nothing panics, nothing aborts the batch, every problem is reported once with
//! its path and a reason, and pathological text finishes in bounded time.

mod common;

use std::fs;
use std::time::{Duration, Instant};

use common::*;

#[test]
fn hostile_corpus_is_reported_and_the_rest_ingested() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    fs::create_dir(&inputs).unwrap();
    fs::write(
        inputs.join("good.txt"),
        "Caravan leaves\n\nAbout 2,000 migrants left Tapachula toward Mexico City.",
    )
    .unwrap();
    fs::write(inputs.join("empty.txt"), "").unwrap();
    fs::write(inputs.join("blank.txt"), "\n \n\t\n").unwrap();
    fs::write(
        inputs.join("binary.txt"),
        [0x89u8, b'P', b'N', b'G', 0, 0, 1, 2, 3],
    )
    .unwrap();
    fs::write(
        inputs.join("latin1.txt"),
        b"Caf\xe9 talks\n\nOfficials met in M\xe9xico City on Monday.",
    )
    .unwrap();
    fs::write(inputs.join("broken.jsonl"), "{\"text\": \"ok one\", \"url\": \"https://x.example/1\"}\n{\"text\": \n[1,2]\n{\"url\": \"https://x.example/4\"}\n").unwrap();
    let deep = format!(
        "<html><body>{}<p>Deep text about the caravan in Chiapas.</p>{}</body></html>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    fs::write(inputs.join("deep.html"), deep).unwrap();
    fs::write(inputs.join("scripts.html"), "<html><head><style>p{}</style><script>alert('<p>x</p>')</script></head><body><iframe src=x>framed</iframe><p>Real paragraph.</p></body></html>").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&inputs, inputs.join("loop")).unwrap();
    let store = dir.path().join("store");
    let o = newsgraph(&["--store", s(&store), "ingest", s(&inputs)], &repo());
    let err = stderr(&o);
    assert_code(&o, 1, "ingest of a hostile folder");
    for (path, reason) in [
        ("empty.txt", "no article text"),
        ("blank.txt", "no article text"),
        ("binary.txt", "binary"),
        ("broken.jsonl:2", "invalid JSON"),
        ("broken.jsonl:3", "invalid JSON"),
        ("broken.jsonl:4", "neither"),
    ] {
        let lines: Vec<&str> = err
            .lines()
            .filter(|l| l.contains(path) && l.contains(reason))
            .collect();
        assert_eq!(
            lines.len(),
            1,
            "{path} must be reported once with {reason:?}:\n{err}"
        );
    }
    assert!(
        err.contains("latin1.txt") && err.contains("Windows-1252"),
        "{err}"
    );
    // good.txt, latin1.txt, deep.html, scripts.html, broken.jsonl:1
    assert_eq!(count(&store, COUNT_GRAPHS), 5, "{err}");
    let (h, rows) = query_csv(&store, "places");
    let names = column(&h, &rows, "name");
    assert!(
        names.iter().any(|n| n == "Chiapas"),
        "deep HTML text lost: {names:?}"
    );
    assert!(
        names
            .iter()
            .any(|n| n == "México City" || n == "Mexico City"),
        "Windows-1252 text lost: {names:?}"
    );
}

#[test]
fn pathological_text_finishes_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    let words = [
        "migrants",
        "caravan",
        "Mexico",
        "the",
        "Blinken",
        "met",
        "in",
        "Tapachula",
        "about",
        "7,500",
        "toward",
        "said",
    ];
    // 2 MB without a full stop, 100,000 capitalised words in a row, a 1 MB line.
    let no_stop: String = (0..300_000)
        .map(|i| words[i * 7 % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    let caps: String = (0..100_000)
        .map(|i| ["John", "Smith", "Maria", "Texas", "Border", "National"][i % 6])
        .collect::<Vec<_>>()
        .join(" ");
    fs::write(
        dir.path().join("no-stop.txt"),
        format!("Run on\n\n{no_stop}"),
    )
    .unwrap();
    fs::write(dir.path().join("caps.txt"), format!("Caps\n\n{caps}")).unwrap();
    fs::write(
        dir.path().join("line.txt"),
        format!("Line\n\n{}", "x".repeat(1_000_000)),
    )
    .unwrap();
    let store = dir.path().join("store");
    let started = Instant::now();
    let o = newsgraph(&["--store", s(&store), "ingest", s(dir.path())], &repo());
    assert_code(&o, 0, "pathological ingest");
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "took {:?}",
        started.elapsed()
    );
}

/// A long page that names a few places again and again, one a name several places share:
/// reading it in context once took time in the square of its place names (this 11 MB page:
/// 117 s, against about 1 s now).
#[test]
fn a_long_page_of_the_same_places_reads_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let towns = ["Tapachula", "Huixtla", "Escuintla", "Oaxaca", "Guatemala"];
    let body: String = (0..200_000)
        .map(|i| {
            format!(
                "The group passed {} and {} on day {i}.",
                towns[i % 5],
                towns[i * 3 % 5]
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let page = dir.path().join("places.txt");
    fs::write(&page, format!("Long page\n\n{body}")).unwrap();
    let store = dir.path().join("store");
    let started = Instant::now();
    let o = newsgraph(&["--store", s(&store), "ingest", s(&page)], &repo());
    assert_code(&o, 0, "long page ingest");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_second_writer_gets_a_clear_message() {
    let (_d, store) = examples_store();
    // Hold the store open for writing from this process, then ask the binary to write.
    let held = oxigraph::store::Store::open(&store).expect("open");
    let o = newsgraph(
        &[
            "--store",
            s(&store),
            "ingest",
            s(&fixture("stdin-article.txt")),
        ],
        &repo(),
    );
    assert_code(&o, 2, "second writer");
    assert!(stderr(&o).contains("in use"), "{}", stderr(&o));
    // Readers still work while the writer holds the store.
    let o = newsgraph(
        &["--store", s(&store), "query", "--format", "csv", "people"],
        &repo(),
    );
    assert_code(&o, 0, "query while another process writes");
    drop(held);
}

#[test]
fn sparql_syntax_errors_point_at_the_position() {
    let (_d, store) = examples_store();
    let o = newsgraph(
        &[
            "--store",
            s(&store),
            "query",
            "SELECT ?x WHERE {\n  ?x ?y \n}}",
        ],
        &repo(),
    );
    assert_code(&o, 2, "bad query");
    let err = stderr(&o);
    assert!(
        err.contains("syntax") && (err.contains("line") || err.contains("3:")),
        "{err}"
    );
}

/// Every sentence of the project's evaluation articles, read as an article of its own (a
/// headline alone, and a one-line body under a headline, as a JSON Lines feed may send),
/// extracts without failing. Pieces reach a document's ends, where whole articles never go:
/// the five crashes found by cutting articles up were all an index one past a sentence's end
/// or one before a document's start.
#[test]
fn every_sentence_of_the_evaluation_articles_reads_alone() {
    let g = newsgraph::gazetteer::Gazetteer::builtin();
    let eval = repo().join("eval");
    let mut sets: Vec<_> = fs::read_dir(&eval)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    sets.sort();
    let mut pieces = 0;
    for set in sets {
        let mut files: Vec<_> = fs::read_dir(&set)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for sentence in text
                .split(['.', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                for piece in [sentence.to_string(), format!("X\n\n{sentence}.")] {
                    let article = newsgraph::article::Article {
                        source: format!("{}: {piece:?}", file.display()),
                        url: None,
                        title: None,
                        published: None,
                        text: piece,
                    };
                    // A panic names the piece (the article's source) in its message below.
                    let prepared = std::panic::catch_unwind(|| {
                        newsgraph::ingest::prepare(&g, &article).quads.len()
                    });
                    assert!(prepared.is_ok(), "failed on {}", article.source);
                    pieces += 1;
                }
            }
        }
    }
    assert!(pieces > 20_000, "only {pieces} pieces read");
}
