//! Running SPARQL for the server: each query or update is evaluated on a thread of its own
//! under a deadline. At the deadline its cancellation token is cancelled (Oxigraph stops at
//! its next read of the store) and the client gets 503 at once, even when the evaluation is
//! busy in memory and notices late; such late evaluations are counted, and past a bound new
//! queries are refused until they end. Results are capped in number and serialised into a
//! buffer, so that a failure midway still gets a proper status code.

use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};

use super::{negotiate, Reply, State};
use crate::query::{run_query_with, Dataset, QueryError, SolutionsWriter};

/// How long past the deadline a cancelled evaluation may take to notice before the client is
/// answered without it.
const GRACE: Duration = Duration::from_millis(250);

/// Runs `work` on a thread of its own with a cancellation token that is cancelled at the
/// server's timeout; `what` names it in the timeout message.
fn with_deadline(
    state: &Arc<State>,
    what: &str,
    work: impl FnOnce(&State, &CancellationToken) -> Reply + Send + 'static,
) -> Reply {
    let limit = 2 * state.config.max_connections.max(1);
    let running = state.evaluations.fetch_add(1, Ordering::SeqCst);
    if running >= limit {
        state.evaluations.fetch_sub(1, Ordering::SeqCst);
        return Reply::error(
            503,
            format!("too many queries are still running past their timeout ({running}); try again shortly"),
        )
        .with_header("Retry-After", "5");
    }
    let token = CancellationToken::new();
    let (tx, rx) = mpsc::channel();
    let thread_state = Arc::clone(state);
    let thread_token = token.clone();
    let spawned = std::thread::Builder::new()
        .name("sparql".into())
        .spawn(move || {
            let reply = work(&thread_state, &thread_token);
            thread_state.evaluations.fetch_sub(1, Ordering::SeqCst);
            let _ = tx.send(reply);
        });
    if let Err(e) = spawned {
        state.evaluations.fetch_sub(1, Ordering::SeqCst);
        return Reply::error(503, format!("cannot start the evaluation: {e}"));
    }
    let timeout = state.config.timeout;
    let reply = match rx.recv_timeout(timeout) {
        Ok(reply) => return reply,
        Err(RecvTimeoutError::Disconnected) => {
            return Reply::error(500, format!("the {what} failed unexpectedly"))
        }
        Err(RecvTimeoutError::Timeout) => {
            token.cancel();
            rx.recv_timeout(GRACE).ok()
        }
    };
    // Finished just in time, or noticed the token; else answer without it.
    reply.unwrap_or_else(|| timed_out(what, timeout))
}

fn timed_out(what: &str, timeout: Duration) -> Reply {
    Reply::error(
        503,
        format!(
            "{what} cancelled: it ran longer than the server's timeout of {} (newsgraph serve --timeout); narrow it, or add LIMIT",
            show(timeout)
        ),
    )
}

/// How a query's results should be written.
pub struct Wanted<'a> {
    pub accept: Option<&'a str>,
    pub format: Option<&'a str>,
}

/// Runs a query under the server's timeout and result limit; the reply holds the serialised
/// results, or a readable error with the right status.
pub fn query(state: &Arc<State>, text: &str, dataset: &Dataset, wanted: &Wanted<'_>) -> Reply {
    let text = text.to_string();
    let dataset = dataset.clone();
    let accept = wanted.accept.map(String::from);
    let format = wanted.format.map(String::from);
    with_deadline(state, "query", move |state, token| {
        let wanted = Wanted {
            accept: accept.as_deref(),
            format: format.as_deref(),
        };
        evaluate(state, &text, &dataset, &wanted, token)
    })
}

fn evaluate(
    state: &State,
    text: &str,
    dataset: &Dataset,
    wanted: &Wanted<'_>,
    token: &CancellationToken,
) -> Reply {
    let evaluator = SparqlEvaluator::new().with_cancellation_token(token.clone());
    let failed = |e: &dyn std::fmt::Display| {
        if token.is_cancelled() {
            timed_out("query", state.config.timeout)
        } else {
            Reply::error(500, format!("query evaluation failed: {e}"))
        }
    };
    let results = match run_query_with(&state.store, text, evaluator, dataset) {
        Ok(r) => r,
        Err(QueryError::Syntax(e)) => {
            return Reply::error(400, format!("SPARQL syntax error: {e}"))
        }
        Err(e) => return failed(&e),
    };
    let max = state.config.max_results;
    let too_many = |what: &str| {
        Reply::error(
            400,
            format!("the query gives more than {max} {what}, the server's limit (newsgraph serve --max-results); add LIMIT, or narrow the query"),
        )
    };
    let mut body = Vec::new();
    match results {
        QueryResults::Solutions(solutions) => {
            let format = match negotiate::results_format(wanted.accept, wanted.format) {
                Ok(f) => f,
                Err(e) => return Reply::error(406, e),
            };
            let variables = solutions.variables().to_vec();
            let mut ser = match SolutionsWriter::start(format, &mut body, variables) {
                Ok(s) => s,
                Err(e) => return failed(&e),
            };
            for (i, s) in solutions.enumerate() {
                if i >= max {
                    return too_many("rows");
                }
                let written = match s {
                    Ok(s) => ser.write(&s),
                    Err(e) => return failed(&e),
                };
                if let Err(e) = written {
                    return failed(&e);
                }
            }
            if let Err(e) = ser.finish() {
                return failed(&e);
            }
            Reply::ok(negotiate::results_content_type(format), body)
        }
        QueryResults::Boolean(b) => {
            let format = match negotiate::results_format(wanted.accept, wanted.format) {
                Ok(f) => f,
                Err(e) => return Reply::error(406, e),
            };
            if let Err(e) = QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut body, b)
            {
                return failed(&e);
            }
            Reply::ok(negotiate::results_content_type(format), body)
        }
        QueryResults::Graph(triples) => {
            let format = match negotiate::graph_format(wanted.accept, wanted.format) {
                Ok(f) => f,
                Err(e) => return Reply::error(406, e),
            };
            let mut ser = serializer(format).for_writer(&mut body);
            for (i, t) in triples.enumerate() {
                if i >= max {
                    return too_many("triples");
                }
                let written = match t {
                    Ok(t) => ser.serialize_triple(&t),
                    Err(e) => return failed(&e),
                };
                if let Err(e) = written {
                    return failed(&e);
                }
            }
            if let Err(e) = ser.finish() {
                return failed(&e);
            }
            Reply::ok(negotiate::graph_content_type(format), body)
        }
    }
}

fn serializer(format: RdfFormat) -> RdfSerializer {
    match format {
        RdfFormat::NTriples | RdfFormat::NQuads => RdfSerializer::from_format(format),
        _ => crate::prefixes(RdfSerializer::from_format(format)),
    }
}

/// Runs a SPARQL Update under the timeout, as the one writer (the caller has checked the
/// token). 204 when done.
pub fn update(state: &Arc<State>, text: &str) -> Reply {
    let text = text.to_string();
    with_deadline(state, "update", move |state, token| {
        let prepared = match SparqlEvaluator::new()
            .with_cancellation_token(token.clone())
            .parse_update(&text)
        {
            Ok(p) => p,
            Err(e) => return Reply::error(400, format!("SPARQL syntax error: {e}")),
        };
        let _writer = state.writer.lock().unwrap_or_else(|e| e.into_inner());
        // An update can change anything: the summary is rebuilt by the next write instead.
        if let Err(e) = crate::summary::invalidate(&state.store) {
            return Reply::error(500, format!("update failed: {e}"));
        }
        match prepared.on_store(&state.store).execute() {
            Ok(()) => Reply::empty(204),
            Err(_) if token.is_cancelled() => timed_out("update", state.config.timeout),
            Err(e) => Reply::error(500, format!("update failed: {e}")),
        }
    })
}

fn show(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_well() {
        assert_eq!(show(Duration::from_secs(1)), "1 s");
        assert_eq!(show(Duration::from_millis(1500)), "1500 ms");
    }
}
