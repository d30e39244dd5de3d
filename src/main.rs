//! The `newsgraph` binary: parses arguments, calls the library, maps errors to exit codes
//! (0 all fine, 1 some inputs failed, 2 usage or store error, 130 ingest stopped by Ctrl-C).

mod cli;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Parser;

use cli::{Cli, Command};
use newsgraph::article::ReadOptions;
use newsgraph::gazetteer::Gazetteer;
use newsgraph::ingest::{ingest, IngestOptions, Problem};
use newsgraph::query::{self, OutputFormat};

/// The exit code of an ingest stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as shells report
/// Ctrl-C.
const EXIT_STOPPED: i32 = 130;

// mimalloc: extraction makes and drops many small strings (21% faster than with glibc's
// allocator), and freed memory goes back to whichever thread needs it next. Its `override`
// feature (Cargo.toml) makes C's malloc mimalloc too: Oxigraph frees RocksDB's C error strings
// with the Rust allocator, which crashed when the two differed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`newsgraph query ... | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            let message = format!("{e:#}");
            eprintln!("error: {message}");
            if let Some(hint) = newsgraph::store::hint(&message) {
                eprintln!("hint: {hint}");
            }
            ExitCode::from(2)
        }
    }
}

/// Runs `work`, and says once that a first Ctrl-C was heard: committing up to five minutes of
/// articles takes a while, and a second Ctrl-C would lose them.
fn announcing_stop<T>(stop: &AtomicBool, work: impl FnOnce() -> T) -> T {
    // Dropping the sender wakes the watcher at once: a sleeping one would hold every ingest
    // up to its next look at the flag.
    let (done, finished) = std::sync::mpsc::channel::<()>();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            while let Err(RecvTimeoutError::Timeout) =
                finished.recv_timeout(std::time::Duration::from_millis(100))
            {
                if stop.load(Ordering::Relaxed) {
                    eprintln!(
                        "\nstopping: committing the articles written (Ctrl-C again quits at \
                         once, losing them)"
                    );
                    return;
                }
            }
        });
        let out = work();
        drop(done);
        out
    })
}

/// The line that says a store was compacted, and how long it took.
fn compacted_line(took: std::time::Duration) -> String {
    format!(
        "compacted the store for queries in {:.2} s",
        took.as_secs_f64()
    )
}

/// The line that says the store's summary was counted again, and how long it took.
fn recounted_line(took: std::time::Duration) -> String {
    format!(
        "counted the store's summary again (it was out of date) in {:.2} s",
        took.as_secs_f64()
    )
}

/// One line on what a cross-article resolution pass did.
fn resolution_line(r: &newsgraph::resolve::cross::CrossSummary) -> String {
    format!(
        "resolved across articles ({}, {:.2} s): {} people, {} linked to a fuller name, {} kept apart; {} meeting and {} group reports joined, {} left apart (another report of their article is in the cluster)",
        if r.incremental { "incremental" } else { "whole store" },
        r.elapsed.as_secs_f64(),
        r.people,
        r.people_linked,
        r.people_ambiguous,
        r.meetings_merged,
        r.groups_merged,
        r.reports_kept_apart
    )
}

fn gazetteer(cli: &Cli) -> Result<Gazetteer> {
    match &cli.data {
        Some(dir) => Gazetteer::with_extra(dir).context("reading the extra data folder"),
        None => Ok(Gazetteer::builtin()),
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match &cli.command {
        Command::Ingest {
            inputs,
            published,
            quiet,
            commit_every,
            no_optimize,
        } => {
            let g = gazetteer(&cli)?;
            let store = newsgraph::store::open(&cli.store)?;
            // The first Ctrl-C (or SIGTERM) commits what was written and stops; a second one
            // while that goes on ends the process at once, losing what was not committed.
            let stop = Arc::new(AtomicBool::new(false));
            for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
                signal_hook::flag::register_conditional_shutdown(
                    signal,
                    EXIT_STOPPED,
                    Arc::clone(&stop),
                )
                .and_then(|_| signal_hook::flag::register(signal, Arc::clone(&stop)))
                .context("installing the Ctrl-C handler")?;
            }
            let show_progress = !quiet && std::io::stderr().is_terminal();
            let started = std::time::Instant::now();
            let mut stderr = std::io::stderr();
            let mut on_problem = |p: Problem| match p {
                Problem::Error(e) => eprintln!("error: {e}"),
                Problem::Failed(f) => eprintln!("error: {f}"),
                Problem::Warning(w) => {
                    if !quiet {
                        eprintln!("warning: {}: {}", w.source, w.message)
                    }
                }
            };
            // Redrawn at most ten times a second: re-reading unchanged articles reports
            // hundreds of chunks a second.
            let mut drawn_at = f64::NEG_INFINITY;
            let mut on_progress = |p: newsgraph::ingest::Progress| {
                let last = p.files_done == p.files_total;
                if show_progress && (last || p.elapsed - drawn_at >= 0.1) {
                    drawn_at = p.elapsed;
                    let rate = p.articles as f64 / p.elapsed.max(1e-9);
                    let _ = write!(
                        stderr,
                        "\r{}/{} files, {} articles, {:.0} articles/s ",
                        p.files_done, p.files_total, p.articles, rate
                    );
                }
            };
            let options = IngestOptions {
                read: ReadOptions {
                    published: *published,
                },
                commit_every: *commit_every,
                optimize: !no_optimize,
                stop: Some(Arc::clone(&stop)),
            };
            let summary = announcing_stop(&stop, || {
                ingest(
                    &store,
                    &g,
                    inputs,
                    &options,
                    &mut on_problem,
                    &mut on_progress,
                )
            })?;
            newsgraph::store::flush(&store)?;
            if show_progress {
                eprintln!();
            }
            if !quiet {
                eprintln!(
                    "{} articles ({} added, {} replaced, {} unchanged) from {} files, {} quads, {} failed, in {:.2} s",
                    summary.articles, summary.added, summary.replaced, summary.unchanged, summary.files, summary.quads, summary.failed,
                    started.elapsed().as_secs_f64()
                );
                if let Some(r) = &summary.resolution {
                    eprintln!("{}", resolution_line(r));
                }
                if let Some(took) = summary.summary_recounted {
                    eprintln!("{}", recounted_line(took));
                }
                if let Some(took) = summary.optimized {
                    eprintln!("{}", compacted_line(took));
                }
            }
            if summary.stopped {
                eprintln!(
                    "stopped: the articles counted above are committed; the same command adds \
                     the rest (skipping those) and resolves them; `newsgraph optimize` compacts \
                     the store for queries"
                );
                return Ok(ExitCode::from(EXIT_STOPPED as u8));
            }
            Ok(if summary.failed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Query {
            query: text,
            format,
            list,
        } => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            if *list {
                for (name, text) in query::READY {
                    writeln!(out, "{name:<26} {}", query::purpose(text))?;
                }
                out.flush()?;
                return Ok(ExitCode::SUCCESS);
            }
            let text = query::resolve_query_text(text.as_deref().unwrap_or_default())
                .context("reading the query file")?;
            let store = newsgraph::store::open_read_only(&cli.store)?;
            let format = format.unwrap_or(if std::io::stdout().is_terminal() {
                OutputFormat::Table
            } else {
                OutputFormat::Csv
            });
            query::write_results(&store, &text, format, &mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            output,
            format,
            graph,
            focus,
            depth,
            types,
            min_mentions,
            cluster,
            raw,
        } => {
            let store = newsgraph::store::open_read_only(&cli.store)?;
            let options = newsgraph::export::Options {
                format: *format,
                output: output.clone(),
                graph: graph.clone(),
                focus: focus.clone(),
                depth: *depth,
                types: types.clone(),
                min_mentions: *min_mentions,
                cluster: *cluster,
                raw: *raw,
            };
            for note in newsgraph::export::export(&store, &options, &mut std::io::stdout().lock())?
            {
                eprintln!("{note}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Optimize => {
            let store = newsgraph::store::open(&cli.store)?;
            if let Some(took) = newsgraph::summary::Tally::default().finish(&store)? {
                eprintln!("{}", recounted_line(took));
            }
            let took = newsgraph::store::compact(&store)?;
            eprintln!("{}", compacted_line(took));
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { top } => {
            let store = newsgraph::store::open_read_only(&cli.store)?;
            let mut out = std::io::stdout().lock();
            if !newsgraph::stats::write_stats(&store, *top, &mut out)? && !store.is_empty()? {
                eprintln!(
                    "note: the store's summary was out of date (after a SPARQL update, or a write \
                     that stopped early), so these were counted from the article graphs; \
                     `newsgraph optimize` or the next ingest brings it up to date"
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Remove { articles } => {
            let g = gazetteer(&cli)?;
            let store = newsgraph::store::open(&cli.store)?;
            let (mut missing, mut removed) = (0, 0);
            let mut tally = newsgraph::summary::Tally::default();
            for a in articles {
                match newsgraph::store::find_article(&store, a)? {
                    Some(iri) => {
                        newsgraph::store::remove_article(&store, &iri, &mut tally)?;
                        eprintln!("removed {iri}");
                        removed += 1;
                    }
                    None => {
                        eprintln!(
                            "error: no article {a:?} in the store (give its URL, path or IRI)"
                        );
                        missing += 1;
                    }
                }
            }
            if let Some(took) = tally.finish(&store)? {
                eprintln!("{}", recounted_line(took));
            }
            if removed > 0 {
                if let Some(r) = newsgraph::resolve::cross::resolve(&store, &g)? {
                    eprintln!("{}", resolution_line(&r));
                }
            }
            newsgraph::store::flush(&store)?;
            Ok(if missing > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Merge { inputs } => {
            let g = gazetteer(&cli)?;
            let store = newsgraph::store::open(&cli.store)?;
            let summary = newsgraph::merge::merge(&store, &g, inputs)?;
            newsgraph::store::flush(&store)?;
            eprintln!(
                "merged {} inputs ({} quads read)",
                summary.inputs, summary.quads_read
            );
            eprintln!("{}", resolution_line(&summary.resolution));
            if let Some(took) = summary.optimized {
                eprintln!("{}", compacted_line(took));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve {
            bind,
            allow_update,
            token_file,
            timeout,
            max_results,
            max_body,
            cors,
            max_connections,
        } => {
            newsgraph::serve::serve(newsgraph::serve::Config {
                store: cli.store.clone(),
                bind: bind.clone(),
                allow_update: *allow_update,
                token_file: token_file.clone(),
                timeout: *timeout,
                max_results: *max_results,
                max_body: *max_body,
                cors: cors.clone(),
                max_connections: *max_connections,
                data: cli.data.clone(),
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { entity } => {
            let store = newsgraph::store::open_read_only(&cli.store)?;
            let mut out = std::io::stdout().lock();
            let found = newsgraph::explain::explain(&store, entity, &mut out)?;
            Ok(if found == 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}
