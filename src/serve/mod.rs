//! `newsgraph serve`: a SPARQL 1.1 endpoint over the store, safe by default.
//!
//! - [`routes`]: the paths (`/sparql`, `/store`, `/queries`, `/export.svg`, `/ingest`, `/`);
//! - [`sparql`]: queries and updates under a timeout and a result limit;
//! - [`negotiate`]: `Accept` and `?format=`;
//! - [`auth`]: the bearer token of the write side;
//! - `index.html`: the page at `/`.
//!
//! It binds to loopback unless told otherwise, is read-only unless `--allow-update` (and then
//! writes need the token of `--token-file`), serves readers concurrently while one writer
//! holds the writer lock, sends a CORS header only for `--cors ORIGIN`, and on Ctrl-C (or
//! SIGTERM) finishes the requests under way and exits.

pub mod auth;
pub mod negotiate;
pub mod routes;
pub mod sparql;

use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use oxigraph::store::Store;

use crate::gazetteer::Gazetteer;

/// How to serve.
#[derive(Clone, Debug)]
pub struct Config {
    pub store: PathBuf,
    /// Address and port; port 0 picks a free port (the address is printed on stderr).
    pub bind: String,
    /// Accept SPARQL Update and `POST /ingest` (with the token).
    pub allow_update: bool,
    /// The file holding the bearer token writers must present.
    pub token_file: Option<PathBuf>,
    /// Longest a query or update may run.
    pub timeout: Duration,
    /// Most rows (or triples) a query may return.
    pub max_results: usize,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// The origin allowed to call from a browser page on another site (`*` for any).
    pub cors: Option<String>,
    /// Connections served at once (each has a thread; more wait to be accepted).
    pub max_connections: usize,
    /// Extra gazetteer folder for `POST /ingest` (as `--data`).
    pub data: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            store: PathBuf::from("newsgraph.db"),
            bind: "127.0.0.1:7878".into(),
            allow_update: false,
            token_file: None,
            timeout: Duration::from_secs(30),
            max_results: 100_000,
            max_body: 10 << 20,
            cors: None,
            max_connections: 64,
            data: None,
        }
    }
}

/// What every request handler sees.
pub struct State {
    pub store: Store,
    pub config: Config,
    pub token: Option<auth::Token>,
    /// Loaded when writes are allowed (`POST /ingest` extracts with it).
    pub gazetteer: Option<Gazetteer>,
    /// One writer at a time; readers never take it.
    pub writer: Mutex<()>,
    /// Query and update evaluations running, including those past their timeout.
    pub evaluations: AtomicUsize,
    /// Requests being answered (shutdown waits for them).
    pub in_flight: AtomicUsize,
    /// Set by Ctrl-C or SIGTERM.
    pub stopping: Arc<AtomicBool>,
}

/// A request as the routes see it.
#[derive(Debug, Default)]
pub struct Req {
    pub method: String,
    pub path: String,
    pub params: Vec<(String, String)>,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Req {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn params_named(&self, name: &str) -> Vec<&str> {
        self.params
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The media type of the body, without parameters, in lower case.
    pub fn content_type(&self) -> String {
        self.header("content-type")
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    }
}

/// A response, buffered.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn ok(content_type: impl Into<String>, body: Vec<u8>) -> Reply {
        Reply {
            status: 200,
            content_type: content_type.into(),
            headers: Vec::new(),
            body,
        }
    }

    /// An error with a readable plain-text body.
    pub fn error(status: u16, message: impl Into<String>) -> Reply {
        let mut body = message.into().into_bytes();
        body.push(b'\n');
        Reply {
            status,
            content_type: "text/plain; charset=utf-8".into(),
            headers: Vec::new(),
            body,
        }
    }

    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            content_type: String::new(),
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Reply {
        self.headers.push((name.to_string(), value.into()));
        self
    }
}

/// Decodes `application/x-www-form-urlencoded` text (also a URL's query string).
pub fn parse_params(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Runs the server until Ctrl-C or SIGTERM.
pub fn serve(config: Config) -> Result<()> {
    let token = match (&config.token_file, config.allow_update) {
        (Some(path), _) => Some(auth::Token::from_file(path).map_err(anyhow::Error::msg)?),
        (None, true) => bail!(
            "--allow-update needs --token-file FILE: writes must present the token it holds (Authorization: Bearer TOKEN)"
        ),
        (None, false) => None,
    };
    let addr: SocketAddr = config.bind.parse().with_context(|| {
        format!(
            "--bind {:?} is not an address like 127.0.0.1:7878",
            config.bind
        )
    })?;
    let (store, gazetteer) = if config.allow_update {
        let g = match &config.data {
            Some(dir) => Gazetteer::with_extra(dir).context("reading the extra data folder")?,
            None => Gazetteer::builtin(),
        };
        (crate::store::open(&config.store)?, Some(g))
    } else {
        (crate::store::open_read_only(&config.store)?, None)
    };
    // Port 0 asks the system for a free port; the HTTP server then binds the port found.
    let bound = std::net::TcpListener::bind(addr)
        .and_then(|l| l.local_addr())
        .with_context(|| format!("cannot listen on {addr}"))?;
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .context("installing the Ctrl-C handler")?;
    }
    let state = Arc::new(State {
        store,
        token,
        gazetteer,
        writer: Mutex::new(()),
        evaluations: AtomicUsize::new(0),
        in_flight: AtomicUsize::new(0),
        stopping: Arc::clone(&stop),
        config,
    });
    let handler_state = Arc::clone(&state);
    let server = oxhttp::Server::new(move |request| handle(&handler_state, request))
        .bind(bound)
        .with_server_name(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
        .map_err(|e| anyhow::anyhow!("server name: {e}"))?
        // Idle keep-alive connections are closed after this, so they do not hold threads.
        .with_global_timeout(state.config.timeout + Duration::from_secs(30))
        .with_max_concurrent_connections(state.config.max_connections.max(1));
    // The listener runs until the process exits; it is not joined.
    let _listening = server
        .spawn()
        .with_context(|| format!("cannot listen on {bound}"))?;
    if !bound.ip().is_loopback() {
        eprintln!(
            "warning: listening on {bound}, which other machines can reach ({})",
            if state.config.allow_update {
                "writes need the token"
            } else {
                "read-only"
            }
        );
    }
    eprintln!(
        "newsgraph serve: listening on http://{bound}/ ({}; query timeout {:?}; Ctrl-C stops)",
        if state.config.allow_update {
            "updates allowed with the token"
        } else {
            "read-only"
        },
        state.config.timeout
    );
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(100));
    }
    // New requests now get 503; let those under way finish (they are bounded by the timeout).
    let deadline = std::time::Instant::now() + state.config.timeout + Duration::from_secs(5);
    while state.in_flight.load(Ordering::SeqCst) > 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    if state.config.allow_update {
        let _writer = state.writer.lock().unwrap_or_else(|e| e.into_inner());
        crate::store::flush(&state.store)?;
    }
    eprintln!("newsgraph serve: stopped");
    Ok(())
}

/// Reads one request, routes it and builds the response.
fn handle(
    state: &Arc<State>,
    request: &mut oxhttp::model::Request<oxhttp::model::Body>,
) -> oxhttp::model::Response<oxhttp::model::Body> {
    state.in_flight.fetch_add(1, Ordering::SeqCst);
    let reply = if state.stopping.load(Ordering::SeqCst) {
        Reply::error(503, "the server is shutting down").with_header("Connection", "close")
    } else {
        // A bug met by one request answers that request, and the count of requests under way
        // stays true for the shutdown.
        crate::ingest::unless_panic(|| read_and_route(state, request)).unwrap_or_else(|message| {
            Reply::error(
                500,
                format!("newsgraph failed on this request ({message}); please report it with the request"),
            )
        })
    };
    let mut builder = oxhttp::model::Response::builder().status(reply.status);
    let mut headers = reply.headers;
    if !reply.content_type.is_empty() {
        headers.push(("Content-Type".into(), reply.content_type));
    }
    headers.push(("X-Content-Type-Options".into(), "nosniff".into()));
    if let Some(origin) = &state.config.cors {
        headers.push(("Access-Control-Allow-Origin".into(), origin.clone()));
        headers.push(("Vary".into(), "Origin".into()));
    }
    for (k, v) in headers {
        builder = builder.header(k, v);
    }
    let response = builder
        .body(oxhttp::model::Body::from(reply.body))
        .unwrap_or_else(|_| {
            let mut r = oxhttp::model::Response::new(oxhttp::model::Body::from(
                "cannot build the response",
            ));
            *r.status_mut() = oxhttp::model::StatusCode::INTERNAL_SERVER_ERROR;
            r
        });
    state.in_flight.fetch_sub(1, Ordering::SeqCst);
    response
}

fn read_and_route(
    state: &Arc<State>,
    request: &mut oxhttp::model::Request<oxhttp::model::Body>,
) -> Reply {
    let uri = request.uri();
    let mut req = Req {
        method: request.method().as_str().to_ascii_uppercase(),
        path: percent_decode(uri.path()),
        params: parse_params(uri.query().unwrap_or("")),
        headers: request
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_ascii_lowercase(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: Vec::new(),
    };
    let limit = state.config.max_body;
    let too_large = || {
        Reply::error(
            413,
            format!("request body over {limit} bytes (newsgraph serve --max-body)"),
        )
    };
    if request.body().len().is_some_and(|n| n > limit as u64) {
        return too_large();
    }
    match request
        .body_mut()
        .take(limit as u64 + 1)
        .read_to_end(&mut req.body)
    {
        Err(e) => Reply::error(400, format!("reading the request body: {e}")),
        Ok(n) if n > limit => too_large(),
        Ok(_) => routes::route(state, &req),
    }
}

/// Parses a duration such as `30`, `30s`, `1.5s`, `500ms` or `2m`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    let (number, unit) = match t.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(i) => t.split_at(i),
        None => (t, "s"),
    };
    let n: f64 = number
        .parse()
        .map_err(|_| format!("{s:?} is not a duration like 30s, 1.5s or 500ms"))?;
    let secs = match unit.trim() {
        "ms" => n / 1000.0,
        "s" | "" => n,
        "m" | "min" => n * 60.0,
        _ => return Err(format!("{s:?} is not a duration like 30s, 1.5s or 500ms")),
    };
    if !secs.is_finite() || secs <= 0.0 {
        return Err(format!("{s:?}: the timeout must be more than zero"));
    }
    Ok(Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_decoding() {
        assert_eq!(
            parse_params("query=SELECT+%3Fs%20WHERE&x&default-graph-uri=a%2"),
            vec![
                ("query".to_string(), "SELECT ?s WHERE".to_string()),
                ("x".to_string(), String::new()),
                ("default-graph-uri".to_string(), "a%2".to_string()),
            ]
        );
        assert_eq!(percent_decode("%C3%A9t%C3%A9%zz"), "été%zz");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("1.5s").unwrap(), Duration::from_millis(1500));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert!(parse_duration("0").is_err());
        assert!(parse_duration("soon").is_err());
    }
}
