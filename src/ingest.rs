//! Ingest: read → clean → segment → extract → build quads → store, for a batch of inputs.
//! Extraction runs in parallel on bounded chunks of files; one writer stores each article in
//! its own transaction, so memory stays flat however large the batch is.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
use oxigraph::store::Store;
use rayon::prelude::*;

use crate::article::{expand_inputs, read_input, Article, ReadError, ReadOptions, ReadWarning};
use crate::date::Date;
use crate::extract::extract;
use crate::gazetteer::Gazetteer;
use crate::rdf::build::{build_article, content_hash, ArticleMeta};
use crate::rdf::vocab::{prop, GAZETTEER_GRAPH};
use crate::store::{write_articles, ArticleWrite, StoreError, WriteOutcome};
use crate::text::Doc;

/// How many files are extracted in parallel before their articles are written.
const CHUNK: usize = 64;

/// One article, extracted and turned into quads, ready to be written.
#[derive(Debug)]
pub struct Prepared {
    pub source: String,
    pub article: NamedNode,
    pub hash: String,
    pub quads: Vec<Quad>,
}

/// Extracts one article into the quads of its graph.
pub fn prepare(g: &Gazetteer, article: &Article) -> Prepared {
    let doc = Doc::new(&article.text, g.cleaner());
    let extraction = extract(g, &doc, article.published);
    let hash = content_hash(&doc.text);
    // An article is its URL when it has one, else its content: two machines that read the same
    // text make the same IRI, wherever the file lies.
    let identity = article
        .url
        .clone()
        .unwrap_or_else(|| format!("sha256:{hash}"));
    let meta = ArticleMeta {
        identity,
        url: article.url.clone(),
        headline: article.title.clone(),
        published: article.published,
    };
    let (iri, quads) = build_article(g, &meta, &doc, &extraction);
    Prepared {
        source: canonical_source(&article.source),
        article: iri,
        hash,
        quads,
    }
}

/// Where an article came from, as an absolute path (with ":LINE" for JSON Lines), so that a
/// changed file replaces the article it gave before. Stdin is "-".
fn canonical_source(source: &str) -> String {
    if let Ok(p) = std::fs::canonicalize(source) {
        return p.display().to_string();
    }
    match source.rsplit_once(':') {
        Some((path, line)) if line.chars().all(|c| c.is_ascii_digit()) => {
            std::fs::canonicalize(path).map_or_else(
                |_| source.to_string(),
                |p| format!("{}:{line}", p.display()),
            )
        }
        _ => source.to_string(),
    }
}

/// What happened during an ingest.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct IngestSummary {
    pub files: usize,
    pub articles: usize,
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub failed: usize,
    pub quads: usize,
    /// What cross-article resolution decided after the batch.
    pub resolution: crate::resolve::cross::CrossSummary,
}

/// A problem with one input, reported as it happens.
#[derive(Debug)]
pub enum Problem {
    Error(ReadError),
    Warning(ReadWarning),
}

/// Progress after each chunk: files done of total, articles so far, time elapsed.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub files_done: usize,
    pub files_total: usize,
    pub articles: usize,
    pub elapsed: f64,
}

/// Ingests files and folders into the store.
pub fn ingest(
    store: &Store,
    g: &Gazetteer,
    inputs: &[PathBuf],
    options: &ReadOptions,
    on_problem: &mut dyn FnMut(Problem),
    on_progress: &mut dyn FnMut(Progress),
) -> Result<IngestSummary, StoreError> {
    let started = Instant::now();
    let (files, errors) = expand_inputs(inputs);
    let mut summary = IngestSummary {
        files: files.len(),
        failed: errors.len(),
        ..Default::default()
    };
    for e in errors {
        on_problem(Problem::Error(e));
    }
    let ingested_at = now_literal();
    let mut reference_written = HashSet::new();
    // Files are read a chunk at a time; their articles are prepared a chunk at a time on all
    // cores and written one transaction per chunk, so memory holds one chunk, not the corpus.
    let mut pending: Vec<Article> = Vec::new();
    let mut files_done = 0;
    for file_chunk in files.chunks(CHUNK) {
        let outcomes: Vec<_> = file_chunk
            .par_iter()
            .map(|path| read_input(path, options))
            .collect();
        for outcome in outcomes {
            summary.failed += outcome.errors.len();
            for w in outcome.warnings {
                on_problem(Problem::Warning(w));
            }
            for e in outcome.errors {
                on_problem(Problem::Error(e));
            }
            pending.extend(outcome.articles);
            while pending.len() >= CHUNK {
                let batch: Vec<Article> = pending.drain(..CHUNK).collect();
                write_batch(
                    store,
                    g,
                    &batch,
                    &ingested_at,
                    &mut reference_written,
                    &mut summary,
                )?;
            }
        }
        files_done += file_chunk.len();
        on_progress(Progress {
            files_done,
            files_total: files.len(),
            articles: summary.articles,
            elapsed: started.elapsed().as_secs_f64(),
        });
    }
    write_batch(
        store,
        g,
        &pending,
        &ingested_at,
        &mut reference_written,
        &mut summary,
    )?;
    // One resolution pass for the whole batch: linear in the store, blocked by key.
    summary.resolution = crate::resolve::cross::recompute(store, g)
        .map_err(|e| StoreError::Resolution(e.to_string()))?;
    Ok(summary)
}

/// Prepares a batch of articles in parallel (skipping extraction for those already stored
/// unchanged) and writes the changed ones, each in its own transaction.
fn write_batch(
    store: &Store,
    g: &Gazetteer,
    batch: &[Article],
    ingested_at: &Literal,
    reference_written: &mut HashSet<Quad>,
    summary: &mut IngestSummary,
) -> Result<(), StoreError> {
    if batch.is_empty() {
        return Ok(());
    }
    let prepared: Vec<Result<Option<Prepared>, StoreError>> = batch
        .par_iter()
        .map(|a| prepare_if_changed(store, g, a))
        .collect();
    let mut changed = Vec::new();
    for p in prepared {
        summary.articles += 1;
        match p? {
            Some(mut p) => {
                // Reference facts about a gazetteer place are written once a run, not once an
                // article.
                p.quads
                    .retain(|q| !is_reference(q) || reference_written.insert(q.clone()));
                changed.push(p)
            }
            None => summary.unchanged += 1,
        }
    }
    let bookkeeping: Vec<Vec<Quad>> = changed
        .iter()
        .map(|p| bookkeeping(p, ingested_at))
        .collect();
    let writes: Vec<ArticleWrite<'_>> = changed
        .iter()
        .zip(&bookkeeping)
        .map(|(p, b)| ArticleWrite {
            article: &p.article,
            hash: &p.hash,
            quads: &p.quads,
            bookkeeping: b,
            source: (p.source != "-").then_some(p.source.as_str()),
        })
        .collect();
    // One transaction per article: RocksDB's flush at the end of the run was seen to wait
    // forever after large multi-article transactions.
    let mut outcomes = Vec::with_capacity(writes.len());
    for w in &writes {
        outcomes.extend(write_articles(store, std::slice::from_ref(w))?);
    }
    for (outcome, p) in outcomes.into_iter().zip(&changed) {
        match outcome {
            WriteOutcome::Added => summary.added += 1,
            WriteOutcome::Replaced => summary.replaced += 1,
            WriteOutcome::Unchanged => summary.unchanged += 1,
        }
        summary.quads += p.quads.len();
    }
    Ok(())
}

fn is_reference(quad: &Quad) -> bool {
    matches!(&quad.graph_name, GraphName::NamedNode(g) if g.as_str() == GAZETTEER_GRAPH)
}

/// [`prepare`], unless the store already holds this article with this content: re-ingesting
/// an unchanged corpus only cleans and hashes.
fn prepare_if_changed(
    store: &Store,
    g: &Gazetteer,
    article: &Article,
) -> Result<Option<Prepared>, StoreError> {
    let cleaned = crate::text::clean(&article.text, g.cleaner());
    let hash = content_hash(&cleaned);
    let identity = article
        .url
        .clone()
        .unwrap_or_else(|| format!("sha256:{hash}"));
    if crate::store::is_unchanged(store, crate::rdf::article_iri(&identity).as_ref(), &hash)? {
        return Ok(None);
    }
    Ok(Some(prepare(g, article)))
}

/// Default-graph facts about the ingest itself; they change every run, so they stay out of
/// the article's deterministic named graph.
fn bookkeeping(p: &Prepared, ingested_at: &Literal) -> Vec<Quad> {
    vec![
        Quad::new(
            p.article.clone(),
            NamedNode::new_unchecked(prop::INGESTED_AT),
            ingested_at.clone(),
            GraphName::DefaultGraph,
        ),
        Quad::new(
            p.article.clone(),
            NamedNode::new_unchecked(prop::SOURCE),
            Literal::new_simple_literal(&p.source),
            GraphName::DefaultGraph,
        ),
    ]
}

fn now_literal() -> Literal {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let day = Date::from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    Literal::new_typed_literal(
        format!("{day}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60),
        xsd::DATE_TIME,
    )
}

/// What ingesting one article did: its IRI, whether it was added, replaced or unchanged, its
/// quads, and what cross-article resolution decided after it.
#[derive(Debug, Clone)]
pub struct OneOutcome {
    pub article: NamedNode,
    pub outcome: WriteOutcome,
    pub quads: usize,
    pub resolution: crate::resolve::cross::CrossSummary,
}

/// Ingests one article that comes from no file (an HTTP request body, say): the same steps as
/// [`ingest`] (prepare, write in one transaction, resolve across articles), and it replaces
/// only an article of the same identity (its URL, or its content).
pub fn ingest_one(
    store: &Store,
    g: &Gazetteer,
    article: &Article,
) -> Result<OneOutcome, StoreError> {
    let p = prepare(g, article);
    let bookkeeping = bookkeeping(&p, &now_literal());
    let outcome =
        crate::store::write_article(store, &p.article, &p.hash, &p.quads, &bookkeeping, None)?;
    let resolution = crate::resolve::cross::recompute(store, g)
        .map_err(|e| StoreError::Resolution(e.to_string()))?;
    Ok(OneOutcome {
        article: p.article,
        outcome,
        quads: p.quads.len(),
        resolution,
    })
}
