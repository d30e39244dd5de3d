//! The paths of `newsgraph serve` and what each does.
//!
//! | path | methods | what |
//! | --- | --- | --- |
//! | `/` | GET | the HTML page: a query box, the ready queries, results as a table |
//! | `/sparql` (also `/query`) | GET, POST | SPARQL 1.1 Protocol: query; update by POST with the token |
//! | `/update` | POST | SPARQL Update only (the token) |
//! | `/store?graph=IRI`, `/store?default` | GET | Graph Store Protocol, read side |
//! | `/queries`, `/queries/NAME` | GET | the ready queries (JSON), one run (`NAME.rq`: its text) |
//! | `/export.EXT` | GET | `newsgraph export` with its options as parameters |
//! | `/ingest` | POST | one article (text or HTML body), with the token |

use std::path::Path;
use std::sync::Arc;

use clap::ValueEnum;
use oxigraph::model::NamedNode;

use super::auth::Denied;
use super::sparql::{self, Wanted};
use super::{parse_params, Reply, Req, State};
use crate::query::{Dataset, READY};

const INDEX: &str = include_str!("index.html");

/// Answers one request.
pub fn route(state: &Arc<State>, req: &Req) -> Reply {
    let method = req.method.as_str();
    if method == "OPTIONS" {
        return preflight(state);
    }
    let path = req.path.as_str();
    match path {
        "/" | "/index.html" => get(method, || {
            Reply::ok("text/html; charset=utf-8", INDEX.as_bytes().to_vec())
        }),
        "/sparql" | "/query" => sparql_endpoint(state, req),
        "/update" => match method {
            "POST" => update_endpoint(state, req),
            _ => not_allowed("POST"),
        },
        "/store" => get(method, || graph_store(state, req)),
        "/queries" | "/queries/" => get(method, list_ready),
        "/ingest" => match method {
            "POST" => ingest(state, req),
            _ => not_allowed("POST"),
        },
        _ if path.starts_with("/queries/") => get(method, || {
            run_ready(state, req, &path["/queries/".len()..])
        }),
        _ if path.starts_with("/export.") => get(method, || {
            export(state, req, &path["/export.".len()..])
        }),
        _ => Reply::error(
            404,
            format!("no page {path}: this server answers /, /sparql, /store, /queries, /queries/NAME, /export.svg and /ingest"),
        ),
    }
}

fn get(method: &str, answer: impl FnOnce() -> Reply) -> Reply {
    match method {
        "GET" | "HEAD" => answer(),
        _ => not_allowed("GET, HEAD"),
    }
}

fn not_allowed(allow: &str) -> Reply {
    Reply::error(405, format!("method not allowed here; use {allow}")).with_header("Allow", allow)
}

fn preflight(state: &Arc<State>) -> Reply {
    let reply = Reply::empty(204).with_header("Allow", "GET, HEAD, POST, OPTIONS");
    if state.config.cors.is_some() {
        // GET, HEAD and POST need no Access-Control-Allow-Methods (the HTTP library drops
        // that header anyway); the headers a SPARQL client sends do need listing.
        reply
            .with_header(
                "Access-Control-Allow-Headers",
                "Accept, Authorization, Content-Type",
            )
            .with_header("Access-Control-Max-Age", "600")
    } else {
        reply
    }
}

fn text_body(req: &Req) -> Result<String, Reply> {
    String::from_utf8(req.body.clone())
        .map_err(|_| Reply::error(400, "the request body is not valid UTF-8"))
}

/// The SPARQL 1.1 Protocol: GET with `query=`, POST with `application/sparql-query`,
/// `application/sparql-update` or a form with `query=` or `update=`.
fn sparql_endpoint(state: &Arc<State>, req: &Req) -> Reply {
    match req.method.as_str() {
        "GET" | "HEAD" => {
            if req.param("update").is_some() {
                return Reply::error(
                    400,
                    "SPARQL Update goes by POST (application/sparql-update, or a form with update=)",
                );
            }
            match req.param("query") {
                Some(q) => run_query(state, req, q, &req.params),
                None => Reply::error(
                    400,
                    "missing the query parameter: GET /sparql?query=SELECT... (URL-encoded), or POST the query as application/sparql-query",
                ),
            }
        }
        "POST" => match req.content_type().as_str() {
            "application/sparql-query" => match text_body(req) {
                Ok(q) => run_query(state, req, &q, &req.params),
                Err(r) => r,
            },
            "application/sparql-update" => match text_body(req) {
                Ok(u) => write(state, req, |s| sparql::update(s, &u)),
                Err(r) => r,
            },
            "application/x-www-form-urlencoded" => {
                let form = match text_body(req) {
                    Ok(b) => parse_params(&b),
                    Err(r) => return r,
                };
                let mut params = req.params.clone();
                params.extend(form);
                let find = |name: &str| {
                    params
                        .iter()
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| v.clone())
                };
                if let Some(q) = find("query") {
                    run_query(state, req, &q, &params)
                } else if let Some(u) = find("update") {
                    write(state, req, |s| sparql::update(s, &u))
                } else {
                    Reply::error(400, "the form has neither query= nor update=")
                }
            }
            other => Reply::error(
                415,
                format!("cannot read a body of type {other:?}: send application/sparql-query, application/sparql-update, or a form (application/x-www-form-urlencoded) with query= or update="),
            ),
        },
        _ => not_allowed("GET, HEAD, POST"),
    }
}

fn update_endpoint(state: &Arc<State>, req: &Req) -> Reply {
    match req.content_type().as_str() {
        "application/sparql-update" => match text_body(req) {
            Ok(u) => write(state, req, |s| sparql::update(s, &u)),
            Err(r) => r,
        },
        "application/x-www-form-urlencoded" => {
            let form = match text_body(req) {
                Ok(b) => parse_params(&b),
                Err(r) => return r,
            };
            match form.into_iter().find(|(k, _)| k == "update") {
                Some((_, u)) => write(state, req, |s| sparql::update(s, &u)),
                None => Reply::error(400, "the form has no update="),
            }
        }
        other => Reply::error(
            415,
            format!("cannot read a body of type {other:?}: send application/sparql-update or a form with update="),
        ),
    }
}

fn run_query(state: &Arc<State>, req: &Req, text: &str, params: &[(String, String)]) -> Reply {
    let iris = |name: &str| -> Result<Vec<NamedNode>, Reply> {
        params
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| {
                NamedNode::new(v.as_str())
                    .map_err(|e| Reply::error(400, format!("{name} {v:?} is not an IRI: {e}")))
            })
            .collect()
    };
    let dataset = match (iris("default-graph-uri"), iris("named-graph-uri")) {
        (Ok(default_graphs), Ok(named_graphs)) => Dataset {
            default_graphs,
            named_graphs,
        },
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let format = params
        .iter()
        .find(|(k, _)| k == "format" || k == "output")
        .map(|(_, v)| v.as_str());
    sparql::query(
        state,
        text,
        &dataset,
        &Wanted {
            accept: req.header("accept"),
            format,
        },
    )
}

/// Checks that writes are allowed and the bearer token is right.
fn authorize(state: &Arc<State>, req: &Req) -> Result<(), Reply> {
    if !state.config.allow_update {
        return Err(Reply::error(
            403,
            "this server is read-only; start it with --allow-update --token-file FILE to accept updates and ingest",
        ));
    }
    let token = state
        .token
        .as_ref()
        .ok_or_else(|| Reply::error(500, "no token configured"))?;
    match token.check(req.header("authorization")) {
        Ok(()) => Ok(()),
        Err(Denied::Missing) => Err(Reply::error(
            401,
            "writing needs the server's token: send Authorization: Bearer TOKEN",
        )
        .with_header("WWW-Authenticate", "Bearer realm=\"newsgraph\"")),
        Err(Denied::Wrong) => Err(Reply::error(
            403,
            "the bearer token is not the one in the server's --token-file",
        )),
    }
}

/// Runs `f` (which takes the writer lock) once the request may write.
fn write(state: &Arc<State>, req: &Req, f: impl FnOnce(&Arc<State>) -> Reply) -> Reply {
    match authorize(state, req) {
        Ok(()) => f(state),
        Err(r) => r,
    }
}

/// Graph Store Protocol, read side.
fn graph_store(state: &Arc<State>, req: &Req) -> Reply {
    let query = match (req.param("graph"), req.param("default")) {
        (Some(g), None) => {
            let iri = match NamedNode::new(g) {
                Ok(i) => i,
                Err(e) => return Reply::error(400, format!("graph {g:?} is not an IRI: {e}")),
            };
            match state.store.contains_named_graph(&iri) {
                Ok(true) => {}
                Ok(false) => {
                    return Reply::error(
                        404,
                        format!("no graph {iri} in the store (GET /queries/articles lists the articles, whose IRIs name their graphs)"),
                    )
                }
                Err(e) => return Reply::error(500, e.to_string()),
            }
            format!("CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} }}")
        }
        (None, Some(_)) => "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }".to_string(),
        _ => {
            return Reply::error(
                400,
                "GET /store?graph=IRI for one graph, or /store?default for the default graph (as queries see it: the union of all graphs)",
            )
        }
    };
    sparql::query(
        state,
        &query,
        &Dataset::default(),
        &Wanted {
            accept: req.header("accept"),
            format: req.param("format"),
        },
    )
}

fn list_ready() -> Reply {
    let list: Vec<serde_json::Value> = READY
        .iter()
        .map(|(name, text)| {
            serde_json::json!({
                "name": name,
                "purpose": crate::query::purpose(text),
                "url": format!("/queries/{name}"),
                "query": text,
            })
        })
        .collect();
    Reply::ok(
        "application/json",
        serde_json::to_vec_pretty(&list).unwrap_or_default(),
    )
}

fn run_ready(state: &Arc<State>, req: &Req, name: &str) -> Reply {
    let (name, text_only) = match name.strip_suffix(".rq") {
        Some(n) => (n, true),
        None => (name, false),
    };
    let Some((_, text)) = READY.iter().find(|(n, _)| *n == name) else {
        return Reply::error(
            404,
            format!(
                "no ready query {name:?}; there are: {}",
                READY.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
            ),
        );
    };
    if text_only {
        return Reply::ok("application/sparql-query", text.as_bytes().to_vec());
    }
    run_query(state, req, text, &req.params)
}

fn export(state: &Arc<State>, req: &Req, ext: &str) -> Reply {
    use crate::export::{Cluster, EntityType, ExportError, Format, Options};
    let Some(format) = Format::from_path(Path::new(&format!("export.{ext}"))) else {
        return Reply::error(
            404,
            format!("no export format .{ext}: use /export.svg, .png, .dot, .ttl, .nt, .nq, .trig, .rdf, .jsonld, .geojson or .graphml"),
        );
    };
    let bad = |what: &str, v: &str| Reply::error(400, format!("{what}={v:?}: not understood"));
    let depth = match req.param("depth").map(str::parse::<usize>) {
        None => 2,
        Some(Ok(d)) => d,
        Some(Err(_)) => return bad("depth", req.param("depth").unwrap_or("")),
    };
    let min_mentions = match req.param("min-mentions").map(str::parse::<usize>) {
        None => 0,
        Some(Ok(d)) => d,
        Some(Err(_)) => return bad("min-mentions", req.param("min-mentions").unwrap_or("")),
    };
    let mut types = Vec::new();
    for t in req
        .params_named("types")
        .into_iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        match EntityType::from_str(t, true) {
            Ok(t) => types.push(t),
            Err(_) => return bad("types", t),
        }
    }
    let cluster = match req.param("cluster").filter(|c| !c.is_empty()) {
        None => None,
        Some(c) => match Cluster::from_str(c, true) {
            Ok(c) => Some(c),
            Err(_) => return bad("cluster", c),
        },
    };
    let options = Options {
        format: Some(format),
        output: None,
        graph: req
            .param("graph")
            .filter(|g| !g.is_empty())
            .map(String::from),
        focus: req
            .param("focus")
            .filter(|f| !f.is_empty())
            .map(String::from),
        depth,
        types,
        min_mentions,
        cluster,
        raw: req
            .param("raw")
            .is_some_and(|r| !matches!(r, "0" | "false" | "no")),
    };
    let mut body = Vec::new();
    match crate::export::export(&state.store, &options, &mut body) {
        Ok(_) => Reply::ok(export_type(format), body),
        Err(e @ (ExportError::NoSuchArticle(_) | ExportError::NoSuchEntity { .. })) => {
            Reply::error(404, e.to_string())
        }
        Err(e @ ExportError::DotMissing { .. }) => Reply::error(503, e.to_string()),
        Err(
            e @ (ExportError::Render { .. }
            | ExportError::Io(_)
            | ExportError::Storage(_)
            | ExportError::Create { .. }),
        ) => Reply::error(500, e.to_string()),
        Err(e) => Reply::error(400, e.to_string()),
    }
}

fn export_type(format: crate::export::Format) -> &'static str {
    use crate::export::Format;
    match format {
        Format::Dot => "text/vnd.graphviz; charset=utf-8",
        Format::Svg => "image/svg+xml",
        Format::Png => "image/png",
        Format::Turtle => "text/turtle; charset=utf-8",
        Format::Ntriples => "application/n-triples",
        Format::Nquads => "application/n-quads",
        Format::Trig => "application/trig",
        Format::Rdfxml => "application/rdf+xml",
        Format::Jsonld => "application/ld+json",
        Format::Geojson => "application/geo+json",
        Format::Graphml => "application/graphml+xml",
    }
}

/// `POST /ingest`: one article in the body (plain text, first line the headline; or HTML),
/// with `?url=`, `?published=YYYY-MM-DD` and `?title=` when the body does not say them.
fn ingest(state: &Arc<State>, req: &Req) -> Reply {
    use crate::article::{read_bytes, Format, ReadOptions};
    if let Err(r) = authorize(state, req) {
        return r;
    }
    let format = match req.content_type().as_str() {
        "text/html" | "application/xhtml+xml" => Format::Html,
        "text/plain" | "" => Format::Text,
        other => {
            return Reply::error(
                415,
                format!("cannot ingest a body of type {other:?}: send text/plain (first line the headline) or text/html"),
            )
        }
    };
    let published = match req.param("published").filter(|p| !p.is_empty()) {
        None => None,
        Some(p) => match crate::date::Date::parse_iso(p) {
            Some(d) => Some(d),
            None => {
                return Reply::error(
                    400,
                    format!("published={p:?} is not a date like 2024-01-31"),
                )
            }
        },
    };
    let outcome = read_bytes(
        "POST /ingest",
        &req.body,
        format,
        &ReadOptions { published },
    );
    if let Some(e) = outcome.errors.first() {
        return Reply::error(400, e.to_string());
    }
    let warnings: Vec<String> = outcome.warnings.iter().map(|w| w.message.clone()).collect();
    let Some(mut article) = outcome.articles.into_iter().next() else {
        return Reply::error(400, "no article in the request body");
    };
    if let Some(url) = req.param("url").filter(|u| !u.is_empty()) {
        article.url = Some(url.to_string());
    }
    if let Some(title) = req.param("title").filter(|t| !t.is_empty()) {
        article.title = Some(title.to_string());
    }
    let Some(g) = state.gazetteer.as_ref() else {
        return Reply::error(500, "no gazetteer loaded");
    };
    let _writer = state.writer.lock().unwrap_or_else(|e| e.into_inner());
    match crate::ingest::ingest_one(&state.store, g, &article) {
        Ok(one) => {
            let outcome = match one.outcome {
                crate::store::WriteOutcome::Added => "added",
                crate::store::WriteOutcome::Replaced => "replaced",
                crate::store::WriteOutcome::Unchanged => "unchanged",
            };
            let body = serde_json::json!({
                "article": one.article.as_str(),
                "outcome": outcome,
                "quads": one.quads,
                // null: the store did not change, so resolution did not run again.
                "people_linked": one.resolution.map(|r| r.people_linked),
                // Seconds spent counting the store's summary again (after a SPARQL update),
                // or null.
                "summary_recounted_s": one.summary_recounted.map(|d| d.as_secs_f64()),
                "warnings": warnings,
            });
            let mut reply = Reply::ok(
                "application/json",
                serde_json::to_vec_pretty(&body).unwrap_or_default(),
            );
            if one.outcome == crate::store::WriteOutcome::Added {
                reply.status = 201;
            }
            reply
        }
        Err(e) => Reply::error(500, format!("ingest failed: {e}")),
    }
}
