//! Helpers shared by the integration tests: run the real binary, make temp stores, read CSV.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Articles in examples/articles/: four .txt, one .html and three .jsonl lines (README.md is
/// not an article and is skipped).
pub const EXAMPLE_ARTICLES: usize = 8;
/// Files in examples/articles/ the reader accepts (.txt, .html, .jsonl).
pub const EXAMPLE_FILES: usize = 6;

pub const COUNT_QUADS: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
/// Article graphs (the resolution graph is not an article).
pub const COUNT_GRAPHS: &str = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <https://w3id.org/newsgraph/ns#Article> } }";
pub const COUNT_DISTINCT_TRIPLES: &str =
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }";
pub const CONSTRUCT_ALL: &str = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn examples_dir() -> PathBuf {
    repo().join("examples").join("articles")
}

pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests").join("fixtures").join(name)
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_newsgraph")
}

fn command(args: &[&str], cwd: &Path) -> Command {
    let mut c = Command::new(bin());
    c.args(args)
        .current_dir(cwd)
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_DATA");
    c
}

/// Runs the newsgraph binary with `args` in `cwd`, stdin closed.
pub fn newsgraph(args: &[&str], cwd: &Path) -> Output {
    command(args, cwd)
        .stdin(Stdio::null())
        .output()
        .expect("running newsgraph")
}

/// Runs the newsgraph binary with `input` piped to its stdin.
pub fn newsgraph_stdin(args: &[&str], cwd: &Path, input: &[u8]) -> Output {
    let mut child = command(args, cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("running newsgraph");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Panics with the command's output unless it exited with `code`.
pub fn assert_code(o: &Output, code: i32, what: &str) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "{what}: expected exit code {code}\n--- stdout\n{}\n--- stderr\n{}",
        stdout(o),
        stderr(o)
    );
}

/// A fresh temp dir; the store is `<dir>/store` (not created yet).
pub fn temp_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    (dir, store)
}

pub fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Ingests `inputs` into `store`, asserting exit 0; returns the stderr summary.
pub fn ingest_ok(store: &Path, inputs: &[&Path], extra: &[&str]) -> String {
    let mut args = vec!["--store", s(store), "ingest"];
    args.extend_from_slice(extra);
    args.extend(inputs.iter().map(|p| s(p)));
    let o = newsgraph(&args, &repo());
    assert_code(&o, 0, "ingest");
    stderr(&o)
}

/// The example articles' files (not their README), in name order.
pub fn example_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "md"))
        .collect();
    files.sort();
    files
}

/// A store in a temp dir holding examples/articles/.
pub fn examples_store() -> (tempfile::TempDir, PathBuf) {
    let (dir, store) = temp_store();
    ingest_ok(&store, &[&examples_dir()], &[]);
    (dir, store)
}

/// Runs a query with `--format csv`, asserting exit 0; returns the header and the rows.
pub fn query_csv(store: &Path, query: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let o = newsgraph(
        &["--store", s(store), "query", "--format", "csv", query],
        &repo(),
    );
    assert_code(&o, 0, &format!("query {query}"));
    let mut rows = parse_csv(&stdout(&o));
    assert!(!rows.is_empty(), "CSV output without a header for {query}");
    let header = rows.remove(0);
    (header, rows)
}

/// The single number a `SELECT (COUNT(..) AS ?n)` query returns.
pub fn count(store: &Path, query: &str) -> usize {
    let (header, rows) = query_csv(store, query);
    assert_eq!(header.len(), 1, "one column expected from {query}");
    assert_eq!(rows.len(), 1, "one row expected from {query}");
    rows[0][0]
        .parse()
        .unwrap_or_else(|_| panic!("not a number: {:?}", rows[0][0]))
}

/// A minimal RFC 4180 CSV parser (quoted fields, doubled quotes, CRLF or LF).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                any = false;
            }
            _ => field.push(c),
        }
    }
    if any {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The column `name` of CSV rows.
pub fn column(header: &[String], rows: &[Vec<String>], name: &str) -> Vec<String> {
    let i = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"));
    rows.iter()
        .map(|r| r.get(i).cloned().unwrap_or_default())
        .collect()
}

/// Every quad of a store written by the binary, as sorted N-Quads lines (read with the
/// oxigraph library, read-only).
pub fn dump_nquads(store: &Path) -> Vec<String> {
    let st = oxigraph::store::Store::open_read_only(store).expect("opening the store read-only");
    let mut lines: Vec<String> = st
        .iter()
        .map(|q| format!("{} .", q.expect("reading a quad")))
        .collect();
    lines.sort();
    lines
}

/// Copies a folder's files (not recursive) into `to`, renaming each with `rename`.
pub fn copy_dir(from: &Path, to: &Path, rename: impl Fn(&str) -> String) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            let name = e.file_name().to_string_lossy().into_owned();
            std::fs::copy(e.path(), to.join(rename(&name))).unwrap();
        }
    }
}

/// Runs an external consumer (dot, python3, the oxigraph CLI), failing with an install hint
/// when it is missing or fails.
pub fn run_tool(cmd: &mut std::process::Command, what: &str, install: &str) -> Output {
    let o = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}; {install}"));
    assert!(
        o.status.success(),
        "{what} failed ({}); if it is not installed, {install}\n--- stdout\n{}\n--- stderr\n{}",
        o.status,
        stdout(&o),
        stderr(&o)
    );
    o
}

/// A JSON Lines file of `articles` distinct, realistic articles.
pub fn caravan_corpus(path: &Path, articles: usize) {
    let given = [
        "Ana", "Luis", "María", "Jorge", "Carmen", "Pedro", "Rosa", "Daniel",
    ];
    let surnames = [
        "Ortega",
        "Salinas",
        "Quiroga",
        "Benítez",
        "Paredes",
        "Villalobos",
        "Cárdenas",
        "Montoya",
    ];
    let towns = [
        "Tapachula",
        "Huixtla",
        "Mapastepec",
        "Juchitán",
        "Oaxaca",
        "Arriaga",
    ];
    let mut f = std::fs::File::create(path).unwrap();
    for i in 0..articles {
        let (a, b) = (given[i % 8], surnames[(i / 8) % 8]);
        let (c, d) = (given[(i + 3) % 8], surnames[(i / 3) % 8]);
        let town = towns[i % towns.len()];
        let text = format!(
            "Caravan number {i} moves north\n\nA caravan of about {} migrants left {town} on Monday toward the United States, organizer {a} {b} said. \
             Foreign Minister {c} {d} of Honduras met Secretary of State Antony Blinken in Washington on Thursday to discuss the caravan. \
             {b} said the group included Venezuelans, Hondurans and Haitians.",
            1000 + i
        );
        let line = serde_json::json!({"text": text, "url": format!("https://news.example/{i}"), "published": "2024-01-12"});
        writeln!(f, "{line}").unwrap();
    }
}

/// Per named graph: the number of quads, read with the library.
pub fn graph_sizes(store: &Path) -> std::collections::BTreeMap<String, usize> {
    // Read-write: a kill during the store's very creation leaves a folder only a writer can
    // finish setting up (the rerun does exactly that).
    let st = oxigraph::store::Store::open(store).expect("a killed store must open");
    let mut out = std::collections::BTreeMap::new();
    for g in st.named_graphs() {
        let g = g.unwrap();
        let n = st
            .quads_for_pattern(None, None, None, Some(g.as_ref().into()))
            .count();
        out.insert(g.to_string(), n);
    }
    out
}
