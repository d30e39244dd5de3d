//! Real consumers read what newsgraph writes: Python rdflib parses its N-Quads and Turtle
//! exports, and the official Oxigraph CLI (PyPI package `oxigraph`) opens its store.
//!
//! These tools are required: CI installs them with `pip install rdflib oxigraph`. When they
//! are missing the tests fail with that instruction rather than pass silently.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

const INSTALL: &str =
    "install the validators with `python3 -m pip install rdflib oxigraph` (CI does this)";

/// Runs a Python snippet that parses `file` with rdflib as `format` and prints the number
/// of triples (or quads for a dataset format).
fn rdflib_count(file: &Path, format: &str) -> usize {
    let script = r#"
import sys
try:
    import rdflib
except ImportError:
    sys.exit("rdflib is not installed")
path, fmt = sys.argv[1], sys.argv[2]
if fmt in ("nquads", "trig"):
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    print(sum(1 for _ in ds.quads((None, None, None, None))))
else:
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    print(len(g))
"#;
    let o = run_tool(
        Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(file)
            .arg(format),
        &format!("python3 rdflib parsing {format}"),
        INSTALL,
    );
    stdout(&o)
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("rdflib printed no count: {}", stdout(&o)))
}

#[test]
fn rdflib_parses_the_cli_exports() {
    let (dir, store) = examples_store();
    let expected = count(&store, COUNT_DISTINCT_TRIPLES);
    assert!(expected > 100);
    for (format, ext, rdflib_format) in [
        ("nquads", "nq", "nquads"),
        ("turtle", "ttl", "turtle"),
        ("ntriples", "nt", "nt"),
    ] {
        let o = newsgraph(
            &[
                "--store",
                s(&store),
                "query",
                "--format",
                format,
                CONSTRUCT_ALL,
            ],
            dir.path(),
        );
        assert_code(&o, 0, &format!("export as {format}"));
        let file = dir.path().join(format!("export.{ext}"));
        std::fs::write(&file, &o.stdout).unwrap();
        assert_eq!(
            rdflib_count(&file, rdflib_format),
            expected,
            "rdflib reads a different number of triples from the {format} export"
        );
    }
}

#[test]
fn rdflib_parses_the_full_dataset_with_graph_names() {
    let (dir, store) = examples_store();
    // Every quad, named graphs and the default-graph bookkeeping included.
    let lines = dump_nquads(&store);
    let named = count(&store, COUNT_QUADS);
    assert!(
        lines.len() > named,
        "no default-graph bookkeeping in the dump"
    );
    assert_eq!(
        lines.len() - named,
        2 * EXAMPLE_ARTICLES,
        "expected ng:ingestedAt and ng:source for each article"
    );
    let file = dir.path().join("all.nq");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    assert_eq!(rdflib_count(&file, "nquads"), lines.len());
}

#[test]
fn oxigraph_cli_reads_the_store() {
    let help = run_tool(
        Command::new("oxigraph").arg("--help"),
        "oxigraph --help",
        INSTALL,
    );
    assert!(
        stdout(&help).contains("query"),
        "`oxigraph` is not the Oxigraph CLI; {INSTALL}"
    );
    let (_dir, store) = examples_store();
    let ours = count(&store, COUNT_QUADS);
    let o = run_tool(
        Command::new("oxigraph").args([
            "query",
            "--location",
            s(&store),
            "--query",
            COUNT_QUADS,
            "--results-format",
            "csv",
        ]),
        "oxigraph query",
        INSTALL,
    );
    let rows = parse_csv(&stdout(&o));
    assert_eq!(rows.len(), 2, "{}", stdout(&o));
    assert_eq!(rows[0], ["n"]);
    assert_eq!(rows[1][0].parse::<usize>().unwrap(), ours);
    // A ready query gives the same rows through the official CLI (union default graph).
    let people = newsgraph::query::READY
        .iter()
        .find(|(n, _)| *n == "people")
        .unwrap()
        .1;
    let o = run_tool(
        Command::new("oxigraph").args([
            "query",
            "--location",
            s(&store),
            "--union-default-graph",
            "--query",
            people,
            "--results-format",
            "csv",
        ]),
        "oxigraph query people",
        INSTALL,
    );
    let mut theirs = parse_csv(&stdout(&o));
    let (header, mut rows) = query_csv(&store, "people");
    assert_eq!(theirs.remove(0), header);
    theirs.sort();
    rows.sort();
    assert_eq!(theirs, rows);
    // And newsgraph can still read the store afterwards.
    assert_eq!(count(&store, COUNT_QUADS), ours);
}

/// Python's `csv` module reads `query --format csv` as RFC 4180 says: the provenance query's
/// sentence IRIs (`ARTICLE#char=S,E`) hold a comma, and each stays one field.
#[test]
fn python_csv_reads_fields_that_hold_commas() {
    let (dir, store) = examples_store();
    let out = dir.path().join("provenance.csv");
    let o = newsgraph(
        &[
            "--store",
            s(&store),
            "query",
            "--format",
            "csv",
            "provenance",
        ],
        &repo(),
    );
    assert_code(&o, 0, "query provenance");
    std::fs::write(&out, stdout(&o)).unwrap();
    let script = r##"
import csv, sys
with open(sys.argv[1], newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
sentence = header.index("sentence")
ragged = [r for r in body if len(r) != len(header)]
with_comma = sum(1 for r in body if "#char=" in r[sentence] and "," in r[sentence])
print(len(body), len(ragged), with_comma)
"##;
    let o = run_tool(
        Command::new("python3").arg("-c").arg(script).arg(&out),
        "python3 csv",
        INSTALL,
    );
    let counts: Vec<usize> = stdout(&o)
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    let [rows, ragged, with_comma] = counts[..] else {
        panic!("python printed {:?}", stdout(&o));
    };
    assert!(rows > 10, "too few provenance rows: {rows}");
    assert_eq!(ragged, 0, "rows with the wrong number of fields");
    assert_eq!(
        with_comma, rows,
        "every sentence IRI is one field holding its span"
    );
}
