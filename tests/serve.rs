//! `newsgraph serve` tested with real clients: curl, Python SPARQLWrapper, and the load-test
//! script, against the real binary listening on a free loopback port.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;

/// A running `newsgraph serve`; killed when dropped unless it already exited.
struct Server {
    child: Child,
    base: String,
    stderr: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(store: &Path, extra: &[&str]) -> Server {
        let mut args = vec!["--store", s(store), "serve", "--bind", "127.0.0.1:0"];
        args.extend_from_slice(extra);
        let mut child = Command::new(bin())
            .args(&args)
            .env_remove("NEWSGRAPH_STORE")
            .env_remove("NEWSGRAPH_DATA")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting newsgraph serve");
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let pipe = child.stderr.take().unwrap();
        let lines = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                if let Some(i) = line.find("listening on http://") {
                    let url = line[i + "listening on ".len()..]
                        .split_whitespace()
                        .next()
                        .unwrap()
                        .trim_end_matches('/')
                        .to_string();
                    let _ = tx.send(url);
                }
                lines.lock().unwrap().push(line);
            }
        });
        let base = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                panic!(
                    "the server did not start: {}",
                    stderr.lock().unwrap().join("\n")
                );
            }
        };
        Server {
            child,
            base,
            stderr,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[derive(Debug)]
struct Resp {
    status: u16,
    headers: String,
    body: String,
}

impl Resp {
    fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    }
}

/// Runs curl with `args` (plus -s -i) and splits status, headers and body.
fn curl(args: &[&str]) -> Resp {
    let o = Command::new("curl")
        .args(["-s", "-S", "-i", "--max-time", "60", "-H", "Expect:"])
        .args(args)
        .output()
        .expect("running curl (apt-get install curl)");
    assert!(o.status.success(), "curl {args:?}: {}", stderr(&o));
    let text = stdout(&o);
    let mut rest = text.as_str();
    // Skip interim responses such as 100 Continue.
    loop {
        let (head, body) = rest.split_once("\r\n\r\n").expect("an HTTP response");
        let status: u16 = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        if status >= 200 {
            return Resp {
                status,
                headers: head.to_string(),
                body: body.to_string(),
            };
        }
        rest = body;
    }
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn sorted_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut rows = parse_csv(text);
    let header = rows.remove(0);
    rows.sort();
    (header, rows)
}

fn query_stdout(store: &Path, format: &str, query: &str) -> String {
    let o = newsgraph(
        &["--store", s(store), "query", "--format", format, query],
        &repo(),
    );
    assert_code(&o, 0, "newsgraph query");
    stdout(&o)
}

#[test]
fn curl_queries_equal_the_query_command() {
    let (_dir, store) = examples_store();
    let server = Server::start(&store, &[]);
    for name in ["meetings", "people", "officials", "migrant-groups"] {
        let r = curl(&[&server.url(&format!("/queries/{name}?format=csv"))]);
        assert_eq!(r.status, 200, "{name}: {}", r.body);
        assert!(r.header("content-type").unwrap().starts_with("text/csv"));
        let expected = query_stdout(&store, "csv", name);
        assert_eq!(
            sorted_csv(&r.body),
            sorted_csv(&expected),
            "ready query {name}"
        );
        assert!(!sorted_csv(&r.body).1.is_empty(), "{name} has rows");
    }
    // GET /sparql?query=, by Accept.
    let r = curl(&[
        "-H",
        "Accept: text/csv",
        &server.url(&format!("/sparql?query={}", encode(COUNT_QUADS))),
    ]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        sorted_csv(&r.body),
        sorted_csv(&query_stdout(&store, "csv", COUNT_QUADS))
    );
    // POST application/sparql-query, JSON results.
    let meetings = newsgraph::query::READY
        .iter()
        .find(|(n, _)| *n == "meetings")
        .unwrap()
        .1;
    let r = curl(&[
        "-X",
        "POST",
        "-H",
        "Content-Type: application/sparql-query",
        "-H",
        "Accept: application/sparql-results+json",
        "--data-binary",
        meetings,
        &server.url("/sparql"),
    ]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/sparql-results+json")
    );
    let served: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let local: serde_json::Value =
        serde_json::from_str(&query_stdout(&store, "json", "meetings")).unwrap();
    assert_eq!(served["head"], local["head"]);
    let key = |v: &serde_json::Value| {
        let mut rows: Vec<String> = v["results"]["bindings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.to_string())
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(key(&served), key(&local));
    // POST as a form, TSV and XML by Accept.
    let form = format!("query={}", encode("SELECT ?name WHERE { ?p a <https://w3id.org/newsgraph/ns#Official> ; <https://w3id.org/newsgraph/ns#name> ?name }"));
    for (accept, expected_type) in [
        ("text/tab-separated-values", "text/tab-separated-values"),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
    ] {
        let r = curl(&[
            "-X",
            "POST",
            "-H",
            &format!("Accept: {accept}"),
            "--data",
            &form,
            &server.url("/sparql"),
        ]);
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.header("content-type").unwrap().starts_with(expected_type));
        assert!(r.body.contains("name"));
    }
    // ASK
    let r = curl(&[&server.url(&format!("/sparql?query={}", encode("ASK { ?s ?p ?o }")))]);
    assert_eq!(r.status, 200);
    assert!(r.body.contains("true"), "{}", r.body);
    // CONSTRUCT in each graph format.
    let construct =
        "CONSTRUCT { ?m ?p ?o } WHERE { ?m a <https://w3id.org/newsgraph/ns#Meeting> ; ?p ?o }";
    let ntriples = curl(&[
        "-H",
        "Accept: application/n-triples",
        &server.url(&format!("/sparql?query={}", encode(construct))),
    ]);
    assert_eq!(ntriples.status, 200);
    let mut served: Vec<&str> = ntriples.body.lines().filter(|l| !l.is_empty()).collect();
    served.sort();
    let local = query_stdout(&store, "ntriples", construct);
    let mut local: Vec<&str> = local.lines().filter(|l| !l.is_empty()).collect();
    local.sort();
    assert_eq!(served, local);
    for (accept, ty) in [
        ("text/turtle", "text/turtle"),
        ("application/n-quads", "application/n-quads"),
        ("application/ld+json", "application/ld+json"),
    ] {
        let r = curl(&[
            "-H",
            &format!("Accept: {accept}"),
            &server.url(&format!("/sparql?query={}", encode(construct))),
        ]);
        assert_eq!(r.status, 200, "{accept}: {}", r.body);
        assert!(r.header("content-type").unwrap().starts_with(ty));
        if accept.contains("json") {
            serde_json::from_str::<serde_json::Value>(&r.body).expect("JSON-LD is JSON");
        }
    }
    // Errors: a bad query, an unacceptable type, no query, an unknown path or query.
    let r = curl(&[&server.url(&format!("/sparql?query={}", encode("SELEC ?x")))]);
    assert_eq!(r.status, 400);
    assert!(r.body.contains("SPARQL syntax error"), "{}", r.body);
    let r = curl(&[
        "-H",
        "Accept: image/png",
        &server.url(&format!("/sparql?query={}", encode("ASK {}"))),
    ]);
    assert_eq!(r.status, 406);
    assert!(r.body.contains("text/csv"), "{}", r.body);
    assert_eq!(curl(&[&server.url("/sparql")]).status, 400);
    assert_eq!(curl(&[&server.url("/nowhere")]).status, 404);
    assert_eq!(curl(&[&server.url("/queries/nonesuch")]).status, 404);
    // The list of ready queries.
    let r = curl(&[&server.url("/queries")]);
    assert_eq!(r.status, 200);
    let list: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(
        list.as_array().unwrap().len(),
        newsgraph::query::READY.len()
    );
    assert_eq!(list[0]["name"], newsgraph::query::READY[0].0);
}

#[test]
fn graph_store_protocol_read_side() {
    let (_dir, store) = examples_store();
    let server = Server::start(&store, &[]);
    let (_, rows) = query_csv(
        &store,
        "SELECT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/newsgraph/ns#Article> } } ORDER BY ?g",
    );
    let article = rows[0][0].clone();
    let r = curl(&[
        "-H",
        "Accept: application/n-triples",
        &server.url(&format!("/store?graph={}", encode(&article))),
    ]);
    assert_eq!(r.status, 200, "{}", r.body);
    let served = r.body.lines().filter(|l| !l.trim().is_empty()).count();
    let expected = count(
        &store,
        &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{article}> {{ ?s ?p ?o }} }}"),
    );
    assert_eq!(served, expected);
    let r = curl(&[&server.url("/store?default")]);
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/turtle"));
    assert!(r.body.contains("ng:Article"), "prefixed Turtle");
    let r = curl(&[&server.url(&format!(
        "/store?graph={}",
        encode("https://nowhere.example/none")
    ))]);
    assert_eq!(r.status, 404);
    assert_eq!(curl(&[&server.url("/store")]).status, 400);
    assert_eq!(
        curl(&["-X", "PUT", "--data", "x", &server.url("/store?default")]).status,
        405
    );
}

#[test]
fn python_sparqlwrapper_equals_the_query_command() {
    let (_dir, store) = examples_store();
    let server = Server::start(&store, &[]);
    let script = r#"
import json, sys
from SPARQLWrapper import SPARQLWrapper, JSON, POST
endpoint, query, method = sys.argv[1], sys.stdin.read(), sys.argv[2]
w = SPARQLWrapper(endpoint)
w.setQuery(query)
w.setReturnFormat(JSON)
if method == "POST":
    w.setMethod(POST)
r = w.query().convert()
vars_ = r["head"]["vars"]
print(json.dumps([[b.get(v, {}).get("value", "") for v in vars_] for b in r["results"]["bindings"]]))
"#;
    for (name, method) in [("meetings", "GET"), ("people", "POST"), ("places", "GET")] {
        let text = newsgraph::query::READY
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap()
            .1;
        let mut child = Command::new("python3")
            .args(["-c", script, &server.url("/sparql"), method])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3");
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(
            o.status.success(),
            "SPARQLWrapper failed (pip install -r .ci/requirements.txt): {}",
            stderr(&o)
        );
        let mut served: Vec<Vec<String>> = serde_json::from_str(&stdout(&o)).unwrap();
        served.sort();
        let (_, expected) = sorted_csv(&query_stdout(&store, "csv", name));
        assert!(!served.is_empty(), "{name}");
        assert_eq!(served, expected, "{name} via SPARQLWrapper {method}");
    }
}

#[test]
fn page_export_and_cors() {
    let (_dir, store) = examples_store();
    let server = Server::start(&store, &[]);
    let r = curl(&[&server.url("/")]);
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert!(r.body.contains("<textarea") && r.body.contains("/queries"));
    assert_eq!(r.header("access-control-allow-origin"), None);
    let r = curl(&[&server.url("/export.svg?focus=Daniel%20Whitcomb&depth=2")]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("content-type").as_deref(), Some("image/svg+xml"));
    assert!(r.body.contains("<svg") && r.body.contains("Whitcomb"));
    let r = curl(&[&server.url("/export.dot?types=meeting,official")]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.starts_with("digraph") || r.body.contains("digraph"));
    let r = curl(&[&server.url("/export.svg?focus=Nobody%20Atall")]);
    assert_eq!(r.status, 404, "{}", r.body);
    assert_eq!(curl(&[&server.url("/export.xyz")]).status, 404);
    assert_eq!(
        curl(&[&server.url("/export.svg?depth=deep&focus=x")]).status,
        400
    );
    drop(server);

    let server = Server::start(&store, &["--cors", "https://example.org"]);
    let r = curl(&[&server.url("/queries")]);
    assert_eq!(
        r.header("access-control-allow-origin").as_deref(),
        Some("https://example.org")
    );
    let r = curl(&[
        "-X",
        "OPTIONS",
        "-H",
        "Origin: https://example.org",
        "-H",
        "Access-Control-Request-Method: POST",
        &server.url("/sparql"),
    ]);
    assert_eq!(r.status, 204);
    let allowed = r.header("access-control-allow-headers").unwrap();
    assert!(allowed.contains("Content-Type") && allowed.contains("Authorization"));
    assert_eq!(
        r.header("access-control-allow-origin").as_deref(),
        Some("https://example.org")
    );
}

#[test]
fn writes_need_the_token() {
    let (dir, store) = examples_store();
    let count_articles = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <https://w3id.org/newsgraph/ns#Article> } }";
    let insert = "INSERT DATA { <https://example.org/s> <https://example.org/p> \"served\" }";
    let ask = "ASK { <https://example.org/s> <https://example.org/p> \"served\" }";
    let article = "Envoys meet in Tapachula\n\nSenator Maria Delgado met Foreign Minister Juan Ortega in Tapachula on Monday to discuss the caravan of 2,000 migrants.\n";

    // Read-only by default: 403 for update and ingest, whatever the token.
    let server = Server::start(&store, &[]);
    for (path, ty, body) in [
        ("/sparql", "application/sparql-update", insert),
        ("/ingest", "text/plain", article),
    ] {
        let r = curl(&[
            "-X",
            "POST",
            "-H",
            &format!("Content-Type: {ty}"),
            "--data-binary",
            body,
            &server.url(path),
        ]);
        assert_eq!(r.status, 403, "{path}: {}", r.body);
        assert!(r.body.contains("read-only"));
    }
    drop(server);

    // --allow-update needs a token file, and a token in it.
    let o = newsgraph(&["--store", s(&store), "serve", "--allow-update"], &repo());
    assert_code(&o, 2, "--allow-update without --token-file");
    let empty = dir.path().join("empty-token");
    std::fs::write(&empty, "\n").unwrap();
    let o = newsgraph(
        &[
            "--store",
            s(&store),
            "serve",
            "--allow-update",
            "--token-file",
            s(&empty),
        ],
        &repo(),
    );
    assert_code(&o, 2, "empty token file");
    assert!(stderr(&o).contains("is empty"), "{}", stderr(&o));

    let token_file = dir.path().join("token");
    std::fs::write(&token_file, "correct-horse-battery\n").unwrap();
    let server = Server::start(&store, &["--allow-update", "--token-file", s(&token_file)]);
    let ask_now = || {
        let r = curl(&[
            "-H",
            "Accept: text/csv",
            &server.url(&format!("/sparql?query={}", encode(ask))),
        ]);
        r.body.trim().ends_with("true")
    };
    let articles_now = || {
        let r = curl(&[
            "-H",
            "Accept: text/csv",
            &server.url(&format!("/sparql?query={}", encode(count_articles))),
        ]);
        sorted_csv(&r.body).1[0][0].parse::<usize>().unwrap()
    };
    let quads_now = || {
        let r = curl(&[
            "-H",
            "Accept: text/csv",
            &server.url(&format!("/sparql?query={}", encode(COUNT_QUADS))),
        ]);
        sorted_csv(&r.body).1[0][0].clone()
    };
    let summary_current = || {
        let ask = "ASK { GRAPH <https://w3id.org/newsgraph/id/summary> { <https://w3id.org/newsgraph/id/summary> <https://w3id.org/newsgraph/ns#indexVersion> ?v } }";
        let r = curl(&[
            "-H",
            "Accept: text/csv",
            &server.url(&format!("/sparql?query={}", encode(ask))),
        ]);
        r.body.trim().ends_with("true")
    };
    let quads_before = quads_now();
    assert_eq!(articles_now(), EXAMPLE_ARTICLES);
    for (auth, status) in [
        (None, 401),
        (Some("Authorization: Bearer wrong"), 403),
        (Some("Authorization: Basic Y29ycmVjdC1ob3JzZQ=="), 401),
    ] {
        for (path, ty, body) in [
            ("/sparql", "application/sparql-update", insert),
            ("/update", "application/sparql-update", insert),
            ("/ingest", "text/plain", article),
        ] {
            let mut args = vec![
                "-X".to_string(),
                "POST".into(),
                "-H".into(),
                format!("Content-Type: {ty}"),
                "--data-binary".into(),
                body.into(),
            ];
            if let Some(a) = auth {
                args.extend(["-H".to_string(), a.to_string()]);
            }
            args.push(server.url(path));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let r = curl(&args);
            assert_eq!(r.status, status, "{path} with {auth:?}: {}", r.body);
            if status == 401 {
                assert!(r.header("www-authenticate").unwrap().starts_with("Bearer"));
            }
        }
        // A form update is refused the same way.
        let mut args = vec!["--data".to_string(), format!("update={}", encode(insert))];
        if let Some(a) = auth {
            args.extend(["-H".to_string(), a.to_string()]);
        }
        args.push(server.url("/sparql"));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_eq!(curl(&args).status, status);
    }
    assert!(!ask_now(), "a refused update changed nothing");
    assert_eq!(
        articles_now(),
        EXAMPLE_ARTICLES,
        "a refused ingest changed nothing"
    );
    assert_eq!(quads_now(), quads_before);
    assert!(
        summary_current(),
        "a refused update marked the summary out of date"
    );

    let bearer = "Authorization: Bearer correct-horse-battery";
    let r = curl(&[
        "-X",
        "POST",
        "-H",
        "Content-Type: application/sparql-update",
        "-H",
        bearer,
        "--data-binary",
        insert,
        &server.url("/sparql"),
    ]);
    assert_eq!(r.status, 204, "{}", r.body);
    assert!(ask_now(), "the update with the token was applied");
    assert!(
        !summary_current(),
        "an update left the summary claiming to be up to date"
    );
    let r = curl(&[
        "-X",
        "POST",
        "-H",
        "Content-Type: application/sparql-update",
        "-H",
        bearer,
        "--data-binary",
        "INSERT DATA { oops",
        &server.url("/update"),
    ]);
    assert_eq!(r.status, 400);
    assert!(r.body.contains("SPARQL syntax error"));

    let ingest = |body: &str| {
        curl(&[
            "-X",
            "POST",
            "-H",
            "Content-Type: text/plain",
            "-H",
            bearer,
            "--data-binary",
            body,
            &server.url("/ingest?published=2024-03-04&url=https%3A%2F%2Fnews.example%2Fenvoys"),
        ])
    };
    let r = ingest(article);
    assert_eq!(r.status, 201, "{}", r.body);
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(json["outcome"], "added");
    assert!(json["quads"].as_u64().unwrap() > 10);
    // A change: resolution ran and says how many people it linked.
    assert!(json["people_linked"].is_u64(), "{}", r.body);
    assert_eq!(articles_now(), EXAMPLE_ARTICLES + 1);
    assert!(
        summary_current(),
        "an ingest after an update did not rebuild the summary"
    );
    assert!(json["summary_recounted_s"].is_f64(), "{}", r.body);
    let r = ingest(article);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("\"unchanged\""));
    // No change: resolution did not run, and the reply does not pretend it found nothing.
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert!(json["people_linked"].is_null(), "{}", r.body);
    assert!(json["summary_recounted_s"].is_null(), "{}", r.body);
    assert_eq!(articles_now(), EXAMPLE_ARTICLES + 1);
    let r = curl(&[
        "-H",
        "Accept: text/csv",
        &server.url(&format!(
            "/sparql?query={}",
            encode("SELECT ?h WHERE { ?a <https://w3id.org/newsgraph/ns#url> ?u ; <https://w3id.org/newsgraph/ns#headline> ?h FILTER(STR(?u) = \"https://news.example/envoys\") }")
        )),
    ]);
    assert!(r.body.contains("Envoys meet in Tapachula"), "{}", r.body);
    let r = curl(&[
        "-X",
        "POST",
        "-H",
        "Content-Type: application/pdf",
        "-H",
        bearer,
        "--data-binary",
        "%PDF",
        &server.url("/ingest"),
    ]);
    assert_eq!(r.status, 415);
}

#[test]
fn a_long_query_is_cut_at_the_timeout_while_others_are_served() {
    let (_dir, store) = examples_store();
    let server = Server::start(&store, &["--timeout", "1"]);
    // Ten million rows, each looking the store up again: minutes without the timeout.
    let long = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER EXISTS { ?g ?h ?c } }";
    let url = server.url(&format!("/sparql?query={}", encode(long)));
    let started = Instant::now();
    let slow = std::thread::spawn(move || {
        let r = curl(&[&url]);
        (r, started.elapsed())
    });
    std::thread::sleep(Duration::from_millis(200));
    // Meanwhile, other queries are answered at once.
    for _ in 0..5 {
        let t = Instant::now();
        let r = curl(&[&server.url("/queries/meetings?format=csv")]);
        assert_eq!(r.status, 200);
        assert!(
            t.elapsed() < Duration::from_millis(900),
            "{:?}",
            t.elapsed()
        );
    }
    let (r, took) = slow.join().unwrap();
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(
        r.body.contains("timeout") && r.body.contains("1 s"),
        "{}",
        r.body
    );
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_secs(10),
        "{took:?}"
    );
    // And it still serves.
    assert_eq!(
        curl(&[&server.url("/queries/people?format=csv")]).status,
        200
    );
    let r = curl(&[
        "-H",
        "Accept: text/csv",
        &server.url(&format!(
            "/sparql?query={}",
            encode("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        )),
    ]);
    assert_eq!(r.status, 200);
    drop(server);

    // The result-size limit.
    let server = Server::start(&store, &["--max-results", "10"]);
    let r = curl(&[&server.url(&format!(
        "/sparql?query={}",
        encode("SELECT * WHERE { ?s ?p ?o }")
    ))]);
    assert_eq!(r.status, 400);
    assert!(r.body.contains("more than 10 rows"), "{}", r.body);
    let r = curl(&[&server.url(&format!(
        "/sparql?query={}",
        encode("SELECT * WHERE { ?s ?p ?o } LIMIT 10")
    ))]);
    assert_eq!(r.status, 200);
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let (_dir, store) = examples_store();
    let mut server = Server::start(&store, &[]);
    assert_eq!(curl(&[&server.url("/queries")]).status, 200);
    let pid = server.child.id().to_string();
    let o = Command::new("kill").args(["-INT", &pid]).output().unwrap();
    assert!(o.status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not stop on SIGINT"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
    std::thread::sleep(Duration::from_millis(100));
    let lines = server.stderr.lock().unwrap().join("\n");
    assert!(lines.contains("stopped"), "{lines}");
    // The store is free again for a writer.
    ingest_ok(&store, &[&examples_dir()], &[]);
}

#[test]
fn bounded_load_from_sixteen_connections() {
    let (_dir, store) = examples_store();
    let server = Server::start(&store, &["--max-connections", "32"]);
    let o = Command::new("python3")
        .arg(repo().join("scripts").join("load_test.py"))
        .args([
            "--url",
            &server.base,
            "--requests",
            "1000",
            "--concurrency",
            "16",
            "--max-seconds",
            "60",
        ])
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "load test failed:\n{}\n{}",
        stdout(&o),
        stderr(&o)
    );
    assert!(stdout(&o).contains("errors 0"), "{}", stdout(&o));
    eprintln!("{}", stdout(&o));
}
