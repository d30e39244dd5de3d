//! The real binary, end to end: ingest, re-ingest, replace, bad inputs, query formats,
//! stats, stdin, relative dates, help.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::*;

/// The numbers of the stderr summary line "N articles (A added, R replaced, U unchanged) from
/// F files, Q quads, X failed, in T s", by their label.
fn summary_number(stderr: &str, label: &str) -> usize {
    let line = stderr
        .lines()
        .find(|l| l.contains(" articles (") && l.contains(" failed"))
        .unwrap_or_else(|| panic!("no summary line in stderr:\n{stderr}"));
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let i = words
        .iter()
        .position(|w| *w == label)
        .unwrap_or_else(|| panic!("no '{label}' in summary {line:?}"));
    words[i - 1]
        .parse()
        .unwrap_or_else(|_| panic!("no number before '{label}' in {line:?}"))
}

#[test]
fn ingest_examples_reports_article_count() {
    let (_dir, store) = temp_store();
    let err = ingest_ok(&store, &[&examples_dir()], &[]);
    assert_eq!(summary_number(&err, "articles"), EXAMPLE_ARTICLES, "{err}");
    assert_eq!(summary_number(&err, "added"), EXAMPLE_ARTICLES, "{err}");
    assert_eq!(summary_number(&err, "files"), EXAMPLE_FILES, "{err}");
    assert_eq!(summary_number(&err, "failed"), 0, "{err}");
    assert!(store.is_dir(), "the store folder was not created");
    assert_eq!(count(&store, COUNT_GRAPHS), EXAMPLE_ARTICLES);
}

#[test]
fn ingests_that_double_the_store_compact_it_and_optimize_keeps_every_quad() {
    const COMPACTED: &str = "compacted the store for queries";
    let (_dir, store) = temp_store();
    let files = example_files();
    let (first, rest) = files.split_at(2);
    let first: Vec<&Path> = first.iter().map(PathBuf::as_path).collect();
    let rest: Vec<&Path> = rest.iter().map(PathBuf::as_path).collect();
    let err = ingest_ok(&store, &first, &[]);
    assert!(err.contains(COMPACTED), "a first ingest compacts: {err}");
    let err = ingest_ok(&store, &rest, &[]);
    assert!(
        !err.contains(COMPACTED),
        "too few articles to be worth counting the store: {err}"
    );
    let dump = dump_nquads(&store);
    let o = newsgraph(&["--store", s(&store), "optimize"], &repo());
    assert_code(&o, 0, "optimize");
    assert!(stderr(&o).contains(COMPACTED), "{}", stderr(&o));
    assert_eq!(dump_nquads(&store), dump, "optimize changed the quads");

    let (_dir, store) = temp_store();
    let err = ingest_ok(&store, &first, &["--no-optimize"]);
    assert!(!err.contains(COMPACTED), "--no-optimize compacted: {err}");

    // Later ingests compact when they at least double the store.
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("all.jsonl");
    caravan_corpus(&corpus, 200);
    let text = fs::read_to_string(&corpus).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let part = |name: &str, range: std::ops::Range<usize>| {
        let path = dir.path().join(name);
        fs::write(&path, lines[range].join("\n") + "\n").unwrap();
        path
    };
    let (a, b, c) = (
        part("a.jsonl", 0..64),
        part("b.jsonl", 64..164),
        part("c.jsonl", 164..200),
    );
    let store = dir.path().join("store");
    assert!(ingest_ok(&store, &[&a], &[]).contains(COMPACTED));
    let err = ingest_ok(&store, &[&b], &[]);
    assert!(
        err.contains(COMPACTED),
        "100 articles into 64 double the store: {err}"
    );
    let err = ingest_ok(&store, &[&c], &[]);
    assert!(
        !err.contains(COMPACTED),
        "36 articles into 164 do not: {err}"
    );
}

#[test]
fn a_first_ingest_that_replaces_an_article_resolves_as_the_final_articles_would() {
    // A first ingest resolves from what it gathered; an article met twice in it makes it
    // fall back to reading the store, whose earlier articles listed no pending work.
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("all.jsonl");
    caravan_corpus(&corpus, 24);
    let text = fs::read_to_string(&corpus).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut changed: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    // Other people, place and meeting than the first version's.
    changed["text"] = "Caravan number 0 moves north\n\nGovernor Pedro Montoya met Rosa Salinas, \
                       the mayor, in Huixtla on Thursday to discuss the caravan."
        .into();
    let changed = changed.to_string();
    let with_replacement = dir.path().join("twice.jsonl");
    fs::write(
        &with_replacement,
        [&lines[..], &[changed.as_str()]].concat().join("\n"),
    )
    .unwrap();
    let final_articles = dir.path().join("final.jsonl");
    fs::write(
        &final_articles,
        [&lines[1..], &[changed.as_str()]].concat().join("\n"),
    )
    .unwrap();

    let resolution = |store: &Path| -> Vec<String> {
        dump_nquads(store)
            .into_iter()
            .filter(|l| l.ends_with("<https://w3id.org/newsgraph/id/resolution> ."))
            .collect()
    };
    let (twice, once) = (dir.path().join("twice"), dir.path().join("once"));
    let err = ingest_ok(&twice, &[&with_replacement], &[]);
    assert_eq!(summary_number(&err, "replaced"), 1, "{err}");
    ingest_ok(&once, &[&final_articles], &[]);
    let got = resolution(&twice);
    assert!(
        got.iter().any(|l| l.contains("#indexVersion>")),
        "the pass did not complete"
    );
    let want = resolution(&once);
    let differ: Vec<&String> = got
        .iter()
        .filter(|l| !want.contains(l))
        .chain(want.iter().filter(|l| !got.contains(l)))
        .collect();
    assert!(differ.is_empty(), "resolution graphs differ: {differ:#?}");
    assert_eq!(
        count(
            &twice,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <https://w3id.org/newsgraph/ns#pendingArticle> ?o } }"
        ),
        0
    );
}

#[test]
fn reingest_is_unchanged_and_keeps_the_quad_count() {
    let (_dir, store) = examples_store();
    let before = count(&store, COUNT_QUADS);
    assert!(before > 100, "suspiciously few quads: {before}");
    let dump_before = dump_nquads(&store);
    let err = ingest_ok(&store, &[&examples_dir()], &[]);
    assert_eq!(summary_number(&err, "added"), 0, "{err}");
    assert_eq!(summary_number(&err, "replaced"), 0, "{err}");
    assert_eq!(summary_number(&err, "unchanged"), EXAMPLE_ARTICLES, "{err}");
    assert_eq!(count(&store, COUNT_QUADS), before);
    assert_eq!(count(&store, COUNT_GRAPHS), EXAMPLE_ARTICLES);
    // Default graph included: unchanged articles keep their bookkeeping as it was.
    assert_eq!(dump_nquads(&store), dump_before);
}

#[test]
fn changed_article_replaces_its_own_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let articles = dir.path().join("in");
    fs::create_dir(&articles).unwrap();
    let file = articles.join("call.txt");
    let original =
        fs::read_to_string(examples_dir().join("03-honduras-call-with-whitcomb.txt")).unwrap();
    assert!(original.contains("Rosa Elena Canales"));
    fs::write(&file, &original).unwrap();
    let err = ingest_ok(&store, &[&articles], &[]);
    assert_eq!(summary_number(&err, "added"), 1, "{err}");
    let people = |store: &std::path::Path| {
        let (h, rows) = query_csv(store, "people");
        column(&h, &rows, "name")
    };
    let names = people(&store);
    assert!(names.iter().any(|n| n == "Rosa Elena Canales"), "{names:?}");
    let quads_before = dump_nquads(&store).len();

    let edited = original
        .replace("Rosa Elena Canales", "Maria Teresa Lozano")
        .replace("Canales", "Lozano");
    fs::write(&file, &edited).unwrap();
    let err = ingest_ok(&store, &[&articles], &[]);
    assert_eq!(summary_number(&err, "replaced"), 1, "{err}");
    assert_eq!(summary_number(&err, "added"), 0, "{err}");
    let names = people(&store);
    assert!(
        !names.iter().any(|n| n.contains("Canales")),
        "old name still there: {names:?}"
    );
    assert!(
        names.iter().any(|n| n == "Maria Teresa Lozano"),
        "new name missing: {names:?}"
    );
    assert_eq!(count(&store, COUNT_GRAPHS), 1);
    // Default-graph bookkeeping is replaced, not accumulated: one ingestedAt, one source.
    // (`query` sees the union of named graphs as its default graph, so read the real default
    // graph with the library.)
    let dump = dump_nquads(&store);
    let default_graph: Vec<&String> = dump
        .iter()
        .filter(|l| l.contains("ns#ingestedAt>") || l.contains("ns#source>"))
        .collect();
    let ingested = dump.iter().filter(|l| l.contains("ns#ingestedAt>")).count();
    let sources = dump.iter().filter(|l| l.contains("ns#source>")).count();
    assert_eq!(
        (ingested, sources),
        (1, 1),
        "bookkeeping accumulated: {default_graph:?}"
    );
    assert!(
        dump.len().abs_diff(quads_before) < quads_before / 2,
        "graph size changed too much: {quads_before} -> {}",
        dump.len()
    );
}

#[test]
fn bad_inputs_are_reported_and_good_ones_ingested() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let bad = dir.path().join("bad");
    fs::create_dir(&bad).unwrap();
    fs::write(bad.join("empty.txt"), "").unwrap();
    fs::write(bad.join("binary.txt"), b"Headline\n\nabc\0\0def\x01\x02").unwrap();
    fs::write(
        bad.join("wire.jsonl"),
        "{\"text\": \"Caravan leaves\\n\\nSecretary of State Antony Blinken met President Xiomara Castro in Tegucigalpa.\"}\n{broken json\n{\"text\": \"Second\\n\\nMexico said more migrants arrived in Tapachula.\"}\n",
    )
    .unwrap();
    fs::copy(
        examples_dir().join("01-caravan-leaves-tapachula.txt"),
        bad.join("good.txt"),
    )
    .unwrap();
    let odd = dir.path().join("notes.pdf");
    fs::write(&odd, "not an article").unwrap();
    let missing = dir.path().join("does-not-exist.txt");

    let o = newsgraph(
        &[
            "--store",
            s(&store),
            "ingest",
            s(&bad),
            s(&odd),
            s(&missing),
        ],
        dir.path(),
    );
    assert_code(&o, 1, "ingest with bad inputs");
    let err = stderr(&o);
    let error_lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error")).collect();
    for needle in [
        format!("{}", bad.join("empty.txt").display()),
        format!("{}", bad.join("binary.txt").display()),
        format!("{}:2", bad.join("wire.jsonl").display()),
        format!("{}", odd.display()),
        format!("{}", missing.display()),
    ] {
        assert!(
            error_lines.iter().any(|l| l.contains(&needle)),
            "no error line naming {needle}:\n{err}"
        );
    }
    assert!(
        !error_lines.iter().any(|l| l.contains("good.txt")),
        "good file reported:\n{err}"
    );
    assert!(
        !error_lines
            .iter()
            .any(|l| l.contains("wire.jsonl:1") || l.contains("wire.jsonl:3")),
        "good jsonl lines reported:\n{err}"
    );
    assert_eq!(error_lines.len(), 5, "{err}");
    assert_eq!(summary_number(&err, "failed"), 5, "{err}");
    assert_eq!(summary_number(&err, "articles"), 3, "{err}");
    assert_eq!(count(&store, COUNT_GRAPHS), 3);
}

#[test]
fn query_list_names_every_query_file() {
    let o = newsgraph(&["query", "--list"], &repo());
    assert_code(&o, 0, "query --list");
    let listed: Vec<String> = stdout(&o)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect();
    let mut files: Vec<String> = fs::read_dir(repo().join("queries"))
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "rq").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    files.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(sorted, files);
    // Every line carries a purpose.
    for l in stdout(&o).lines() {
        assert!(l.split_whitespace().count() > 2, "no purpose on {l:?}");
    }
}

#[test]
fn query_formats_and_embedded_queries() {
    let (dir, store) = examples_store();
    // From a folder without queries/: the ready queries are embedded.
    let elsewhere = dir.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    let o = newsgraph(
        &["--store", s(&store), "query", "--format", "csv", "meetings"],
        &elsewhere,
    );
    assert_code(&o, 0, "query meetings from elsewhere");
    let rows = parse_csv(&stdout(&o));
    assert_eq!(rows[0], ["meeting", "participant", "location", "date"]);
    assert!(rows.len() > 1, "no meetings");

    let run = |format: &str, q: &str| {
        let o = newsgraph(
            &["--store", s(&store), "query", "--format", format, q],
            &elsewhere,
        );
        assert_code(&o, 0, &format!("query --format {format}"));
        stdout(&o)
    };
    // JSON
    let json: serde_json::Value = serde_json::from_str(&run("json", "people")).expect("valid JSON");
    assert_eq!(
        json["head"]["vars"],
        serde_json::json!(["person", "name", "role"])
    );
    let bindings = json["results"]["bindings"]
        .as_array()
        .expect("bindings array");
    assert!(!bindings.is_empty());
    assert_eq!(bindings[0]["person"]["type"], "uri");
    assert_eq!(bindings[0]["name"]["type"], "literal");
    // XML
    let xml = run("xml", "people");
    assert!(xml.starts_with("<?xml"), "{}", &xml[..xml.len().min(200)]);
    assert!(xml.contains("<sparql") && xml.trim_end().ends_with("</sparql>"));
    assert_eq!(xml.matches("<result>").count(), bindings.len());
    // TSV
    let tsv = run("tsv", "people");
    let mut lines = tsv.lines();
    assert_eq!(lines.next().unwrap(), "?person\t?name\t?role");
    let body: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    assert_eq!(body.len(), bindings.len());
    assert!(
        body.iter()
            .all(|l| l.split('\t').count() == 3 && l.starts_with('<')),
        "{body:?}"
    );
    // CSV
    let csv = parse_csv(&run("csv", "people"));
    assert_eq!(csv[0], ["person", "name", "role"]);
    assert_eq!(csv.len() - 1, bindings.len());
    assert!(csv[1..].iter().all(|r| r.len() == 3));

    // CONSTRUCT as N-Triples and Turtle.
    let construct = "CONSTRUCT { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?p a <https://w3id.org/newsgraph/ns#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
    let nt = run("ntriples", construct);
    let nt_lines: Vec<&str> = nt.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!nt_lines.is_empty());
    for l in &nt_lines {
        assert!(
            l.starts_with("<https://w3id.org/newsgraph/id/") && l.ends_with(" ."),
            "not an N-Triples line: {l:?}"
        );
        assert!(
            l.contains("<http://www.w3.org/2000/01/rdf-schema#label>"),
            "{l}"
        );
    }
    let ttl = run("turtle", construct);
    assert!(ttl.contains("@prefix") || ttl.contains("PREFIX"), "{ttl}");
    let triples: Vec<_> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_reader(ttl.as_bytes())
        .collect::<Result<_, _>>()
        .expect("valid Turtle");
    assert_eq!(triples.len(), nt_lines.len());

    // A syntax error: exit 2 and a message saying so.
    let o = newsgraph(
        &["--store", s(&store), "query", "SELECT * WHERE { ?s ?p }"],
        &elsewhere,
    );
    assert_code(&o, 2, "query with a syntax error");
    assert!(
        stderr(&o).to_lowercase().contains("syntax"),
        "{}",
        stderr(&o)
    );
    // A graph format for a SELECT is a usage error.
    let o = newsgraph(
        &[
            "--store",
            s(&store),
            "query",
            "--format",
            "turtle",
            "people",
        ],
        &elsewhere,
    );
    assert_code(&o, 2, "SELECT with --format turtle");
}

#[test]
fn stats_prints_the_article_count() {
    let (_dir, store) = examples_store();
    let o = newsgraph(&["--store", s(&store), "stats"], &repo());
    assert_code(&o, 0, "stats");
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.starts_with("articles"))
        .unwrap_or_else(|| panic!("no articles line:\n{out}"));
    let n: usize = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert_eq!(n, EXAMPLE_ARTICLES, "{out}");
    assert!(
        out.contains("Person") && out.contains("Meeting") && out.contains("MigrantGroup"),
        "{out}"
    );
}

#[test]
fn stats_on_a_missing_store_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = newsgraph(
        &["--store", s(&dir.path().join("nothing")), "stats"],
        dir.path(),
    );
    assert_code(&o, 2, "stats on a missing store");
    assert!(
        !dir.path().join("nothing").exists(),
        "stats created a store"
    );
}

#[test]
fn ingest_from_stdin() {
    let (_dir, store) = temp_store();
    let text = fs::read(fixture("stdin-article.txt")).unwrap();
    let o = newsgraph_stdin(&["--store", s(&store), "ingest", "-"], &repo(), &text);
    assert_code(&o, 0, "ingest -");
    assert_eq!(summary_number(&stderr(&o), "articles"), 1, "{}", stderr(&o));
    let (h, rows) = query_csv(&store, "articles");
    assert_eq!(rows.len(), 1);
    assert_eq!(
        column(&h, &rows, "headline")[0],
        "Honduras and Mexico discuss migration"
    );
    let (h, rows) = query_csv(&store, "people");
    let names = column(&h, &rows, "name");
    assert!(
        names.iter().any(|n| n.contains("Xiomara Castro")),
        "{names:?}"
    );
    // The same text again from stdin is the same article, unchanged.
    let o = newsgraph_stdin(&["--store", s(&store), "ingest", "-"], &repo(), &text);
    assert_code(&o, 0, "ingest - again");
    assert_eq!(
        summary_number(&stderr(&o), "unchanged"),
        1,
        "{}",
        stderr(&o)
    );
}

#[test]
fn relative_weekday_resolves_against_published() {
    let (_dir, store) = temp_store();
    ingest_ok(
        &store,
        &[&fixture("thursday-meeting.txt")],
        &["--published", "2024-01-12"],
    );
    let (h, rows) = query_csv(&store, "meetings");
    assert!(!rows.is_empty(), "no meeting found");
    let participants = column(&h, &rows, "participant");
    assert!(
        participants.iter().any(|p| p == "Antony Blinken"),
        "{participants:?}"
    );
    assert!(
        participants.iter().any(|p| p.contains("Ana Ruiz")),
        "{participants:?}"
    );
    let dates = column(&h, &rows, "date");
    assert!(
        dates.iter().all(|d| d == "2024-01-11"),
        "Thursday before Friday 2024-01-12 is 2024-01-11: {dates:?}"
    );
    let (h, rows) = query_csv(&store, "articles");
    assert_eq!(column(&h, &rows, "published"), ["2024-01-12"]);
}

#[test]
fn a_date_line_at_the_top_of_a_text_dates_the_article_and_its_meetings() {
    let (dir, store) = temp_store();
    let article = dir.path().join("dated.txt");
    let text = fs::read_to_string(fixture("thursday-meeting.txt")).unwrap();
    // The headline, then a date line (Friday), then the story.
    let (headline, story) = text.split_once("\n\n").unwrap();
    fs::write(
        &article,
        format!("{headline}\n\nJanuary 12, 2024 by Luis Paz\n\n{story}"),
    )
    .unwrap();
    ingest_ok(&store, &[&article], &[]);
    let (h, rows) = query_csv(&store, "meetings");
    let dates = column(&h, &rows, "date");
    assert!(
        !dates.is_empty() && dates.iter().all(|d| d == "2024-01-11"),
        "Thursday before the date line's Friday 2024-01-12 is 2024-01-11: {dates:?}"
    );
    let (h, rows) = query_csv(&store, "articles");
    assert_eq!(column(&h, &rows, "published"), ["2024-01-12"]);
    // Nor is the date line anyone's name.
    let (h, rows) = query_csv(&store, "people");
    let people = column(&h, &rows, "person");
    assert!(!people.iter().any(|p| p.contains("Paz")), "{people:?}");
}

#[test]
fn commit_every_takes_articles_or_a_time_and_rejects_the_rest() {
    let (dir, store) = temp_store();
    let ingest_with = |value: &str| {
        let o = newsgraph(
            &[
                "--store",
                s(&store),
                "ingest",
                "--commit-every",
                value,
                s(&examples_dir()),
            ],
            dir.path(),
        );
        (o, format!("ingest --commit-every {value}"))
    };
    for good in ["3", "90s"] {
        let (o, what) = ingest_with(good);
        assert_code(&o, 0, &what);
    }
    for bad in ["0", "5x", "1.5m"] {
        let (o, what) = ingest_with(bad);
        assert_code(&o, 2, &what);
        // Our message, not only clap's echo of the value.
        assert!(
            stderr(&o).contains("nor a time (90s, 5m, 1h)")
                || stderr(&o).contains("at least one article or second"),
            "{}",
            stderr(&o)
        );
    }
    let help = newsgraph(&["ingest", "--help"], dir.path());
    assert!(stdout(&help).contains("[default: 5m]"), "{}", stdout(&help));
}

#[test]
fn bad_published_date_is_a_usage_error() {
    let (dir, store) = temp_store();
    let o = newsgraph(
        &[
            "--store",
            s(&store),
            "ingest",
            "--published",
            "12/01/2024",
            s(&fixture("thursday-meeting.txt")),
        ],
        dir.path(),
    );
    assert_code(&o, 2, "ingest --published 12/01/2024");
    assert!(stderr(&o).contains("12/01/2024"), "{}", stderr(&o));
}

fn assert_help_shows_example(sub: &str) {
    let o = newsgraph(&[sub, "--help"], &repo());
    assert_code(&o, 0, &format!("{sub} --help"));
    let out = stdout(&o);
    assert!(
        out.to_lowercase().contains("example"),
        "`newsgraph {sub} --help` shows no example:\n{out}"
    );
    assert!(
        out.contains(&format!("newsgraph {sub}")),
        "`newsgraph {sub} --help` shows no example command line:\n{out}"
    );
}

#[test]
fn help_of_ingest_shows_an_example() {
    assert_help_shows_example("ingest");
}

#[test]
fn help_of_query_shows_an_example() {
    assert_help_shows_example("query");
}

#[test]
fn help_of_stats_shows_an_example() {
    assert_help_shows_example("stats");
}

#[test]
fn top_level_help_lists_the_subcommands() {
    let o = newsgraph(&["--help"], &repo());
    assert_code(&o, 0, "--help");
    for sub in ["ingest", "query", "stats"] {
        assert!(stdout(&o).contains(sub), "{sub} missing from --help");
    }
    let o = newsgraph(&["stats", "--help"], &repo());
    assert_code(&o, 0, "stats --help");
}
