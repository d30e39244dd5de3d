//! Ingest: read → clean → segment → extract → build quads → store, for a batch of inputs.
//! A thread reads files a chunk at a time and extracts their articles in parallel (rayon),
//! at most two chunks ahead of the writer, so memory holds a few chunks, not the corpus. The
//! writer bulk-loads new articles and commits them as [`CommitEvery`] says; a changed article
//! replaces its old graph in a transaction of its own. Either way an article is stored whole
//! or not at all.

use std::collections::HashSet;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
use oxigraph::store::{BulkLoader, Store};
use rayon::prelude::*;

use crate::article::{
    expand_inputs, read_input, read_input_in_batches, Article, Format, ReadError, ReadOptions,
    ReadOutcome, ReadWarning,
};
use crate::date::Date;
use crate::extract::extract;
use crate::gazetteer::Gazetteer;
use crate::rdf::build::{build_article, content_hash, ArticleMeta};
use crate::rdf::vocab::{prop, GAZETTEER_GRAPH};
use crate::resolve::inputs::{ArticleInputs, Inputs};
use crate::store::{StoreError, WriteOutcome};
use crate::summary::Tally;
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
    /// What cross-article resolution reads of the article.
    pub resolution_inputs: ArticleInputs,
}

/// Extracts one article into the quads of its graph.
pub fn prepare(g: &Gazetteer, article: &Article) -> Prepared {
    let cleaned = crate::text::clean(&article.text, g.cleaner());
    let hash = content_hash(&cleaned);
    prepare_cleaned(g, article, cleaned, hash)
}

/// [`prepare`] from the article's text cleaned, and the hash of that.
fn prepare_cleaned(g: &Gazetteer, article: &Article, cleaned: String, hash: String) -> Prepared {
    let doc = Doc::of_cleaned(cleaned);
    let extraction = extract(g, &doc, article.published);
    // An article is its URL when it has one, else its content: two machines that read the same
    // text make the same IRI, wherever the file lies.
    let identity = article
        .url
        .clone()
        .unwrap_or_else(|| format!("sha256:{hash}"));
    let meta = ArticleMeta {
        identity,
        content_hash: hash.clone(),
        url: article.url.clone(),
        headline: article.title.clone(),
        published: article.published,
    };
    let (iri, quads) = build_article(g, &meta, &doc, &extraction);
    Prepared {
        source: canonical_source(&article.source),
        article: iri,
        hash,
        resolution_inputs: ArticleInputs::of(g, &quads),
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
    /// What cross-article resolution decided after the batch; `None` when nothing changed
    /// since it last ran.
    pub resolution: Option<crate::resolve::cross::CrossSummary>,
    /// How long compacting the store for queries took, when the ingest did (see
    /// [`IngestOptions::optimize`]).
    pub optimized: Option<std::time::Duration>,
    /// How long counting the store's summary again took, when it was out of date (see
    /// [`crate::summary`]).
    pub summary_recounted: Option<std::time::Duration>,
    /// Whether [`IngestOptions::stop`] ended the run before all inputs were read (or before
    /// the resolution pass). The articles written are committed (a chunk or two extracted
    /// ahead of the writer are not); resolution and compaction are left to the next ingest.
    pub stopped: bool,
}

/// A problem with one input, reported as it happens.
#[derive(Debug)]
pub enum Problem {
    Error(ReadError),
    Warning(ReadWarning),
    /// An article newsgraph failed on and skipped.
    Failed(ExtractionFailed),
}

/// An article whose extraction stopped on an internal error, a bug in newsgraph: it is
/// skipped, and the ingest goes on with the other articles.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{input}: newsgraph failed on this article and skipped it ({message}); please report the article with this message")]
pub struct ExtractionFailed {
    /// Where the article came from (as [`Article::source`]).
    pub input: String,
    pub message: String,
}

/// Runs `f`, turning a panic into its message, so that one input that trips a bug stops
/// only itself, not a run over a hundred thousand. (The panic hook has printed where it
/// happened already.)
pub(crate) fn unless_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".into())
    })
}

/// Progress after each chunk of articles and each chunk of files: files done of total,
/// articles so far, time elapsed.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub files_done: usize,
    pub files_total: usize,
    pub articles: usize,
    pub elapsed: f64,
}

/// How an ingest reads and writes.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    pub read: ReadOptions,
    /// When new articles, bulk-loaded, are committed: the most work a crash can lose, and how
    /// often readers of the store see progress.
    pub commit_every: CommitEvery,
    /// Whether an ingest that at least doubled the store (a first ingest, say) ends by
    /// compacting it (`Store::optimize`). Bulk loading leaves RocksDB's files overlapping
    /// until background compaction merges them, and the read-only commands that follow never
    /// compact: on such a store a query of meetings took 16 s at 10k articles and 109 s at
    /// 100k, against 2.9 s and 38 s once compacted (which took 5 s and 138 s, and made the
    /// 100k store 43% smaller). Compacting costs a fifth to a half of what loading the whole
    /// store took, hence only after ingests that are at least half of it.
    pub optimize: bool,
    /// Set (from a signal handler, say) to stop reading: the articles written so far are
    /// committed and the ingest returns with [`IngestSummary::stopped`].
    pub stop: Option<Arc<AtomicBool>>,
}

/// An ingest into a store that held articles counts them, to see whether it at least doubled
/// the store, only when it added this many: for fewer, counting would cost more than the
/// ingest (0.1-0.3 s at 100k articles).
const COMPACT_CHECK_MIN: usize = 64;

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            read: ReadOptions::default(),
            commit_every: DEFAULT_COMMIT_EVERY,
            optimize: true,
            stop: None,
        }
    }
}

/// When new articles are committed.
///
/// Each commit hands RocksDB a set of index files that overlap everything stored before, and
/// RocksDB merges them into it in the background while the ingest goes on; the final
/// compaction does that work again for the whole store. So commits are costly: at 100k
/// articles, a commit every 2,000 took 359–385 s in all, one at the end 285–293 s. Time is what
/// a crash loses and what a reader waits for, so the default counts time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommitEvery {
    /// After this many new articles.
    Articles(usize),
    /// Once the oldest article not committed is this old: checked at each new article and
    /// after each chunk, so a run of unchanged articles does not hold new ones back.
    Interval(Duration),
}

/// The default of [`IngestOptions::commit_every`].
pub const DEFAULT_COMMIT_EVERY: CommitEvery = CommitEvery::Interval(Duration::from_secs(300));

impl FromStr for CommitEvery {
    type Err = String;

    /// `2000` is a number of articles; `90s`, `5m` or `1h` a time.
    fn from_str(s: &str) -> Result<Self, String> {
        let invalid = || {
            format!("{s:?} is neither a number of articles (e.g. 2000) nor a time (90s, 5m, 1h)")
        };
        let digits = s.trim_end_matches(['s', 'm', 'h']);
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let n: u64 = digits.parse().map_err(|_| invalid())?;
        if n == 0 {
            return Err(format!(
                "{s:?}: commits need at least one article or second"
            ));
        }
        let seconds = match &s[digits.len()..] {
            "" => return Ok(CommitEvery::Articles(n.try_into().map_err(|_| invalid())?)),
            "s" => Some(n),
            "m" => n.checked_mul(60),
            "h" => n.checked_mul(3600),
            _ => None,
        };
        seconds
            .map(|s| CommitEvery::Interval(Duration::from_secs(s)))
            .ok_or_else(invalid)
    }
}

impl fmt::Display for CommitEvery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommitEvery::Articles(n) => write!(f, "{n}"),
            CommitEvery::Interval(d) => match d.as_secs() {
                _ if d.subsec_nanos() > 0 || d.is_zero() => write!(f, "{}s", d.as_secs_f64()),
                s if s % 3600 == 0 => write!(f, "{}h", s / 3600),
                s if s % 60 == 0 => write!(f, "{}m", s / 60),
                s => write!(f, "{s}s"),
            },
        }
    }
}

/// Ingests files and folders into the store.
pub fn ingest(
    store: &Store,
    g: &Gazetteer,
    inputs: &[PathBuf],
    options: &IngestOptions,
    on_problem: &mut dyn FnMut(Problem),
    on_progress: &mut dyn FnMut(Progress),
) -> Result<IngestSummary, StoreError> {
    ingest_with(
        store,
        g,
        inputs,
        options,
        &prepare_if_changed,
        on_problem,
        on_progress,
    )
}

/// How an article is prepared for the writer: [`prepare_if_changed`], or in tests one that
/// fails on purpose.
type Preparer = dyn Fn(&Store, &Gazetteer, &Article) -> Result<Option<Prepared>, StoreError> + Sync;

/// [`ingest`], preparing each article with `prepare`.
fn ingest_with(
    store: &Store,
    g: &Gazetteer,
    inputs: &[PathBuf],
    options: &IngestOptions,
    prepare: &Preparer,
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
    let mut writer = BatchWriter::new(store, &ingested_at, options.commit_every);
    // Into an empty store, resolution can work from what the articles' quads say as they are
    // written, instead of reading them all back.
    let first_ingest = store.is_empty()?;
    if first_ingest {
        writer.gathered = Some(Inputs::default());
    }
    let stop_requested = || {
        options
            .stop
            .as_ref()
            .is_some_and(|stop| stop.load(Ordering::Relaxed))
    };
    std::thread::scope(|scope| -> Result<(), StoreError> {
        // Extraction runs on a thread of its own (and rayon's pool) at most two chunks ahead
        // of the writer, so both overlap and memory holds a few chunks, not the corpus.
        let (sender, receiver) = std::sync::mpsc::sync_channel(2);
        let files = &files;
        let read = &options.read;
        scope.spawn(move || extract_chunks(store, g, files, read, prepare, sender));
        let mut files_done = 0;
        // Leaving the loop drops the receiver, and with it the extraction thread stops.
        for step in receiver {
            match step {
                Step::Problems(outcome) => {
                    summary.failed += outcome.errors.len();
                    for w in outcome.warnings {
                        on_problem(Problem::Warning(w));
                    }
                    for e in outcome.errors {
                        on_problem(Problem::Error(e));
                    }
                }
                Step::Failed(failures) => {
                    summary.failed += failures.len();
                    for f in failures {
                        on_problem(Problem::Failed(f));
                    }
                }
                // After each chunk too: one JSON Lines file is one file for hours.
                Step::Prepared(batch) => writer.write(batch, &mut summary)?,
                Step::FilesDone(done) => files_done = done,
            }
            on_progress(Progress {
                files_done,
                files_total: files.len(),
                articles: summary.articles,
                elapsed: started.elapsed().as_secs_f64(),
            });
            // After the step in hand, which was already read and extracted, is written.
            if stop_requested() {
                summary.stopped = true;
                break;
            }
        }
        Ok(())
    })?;
    writer.flush_bulk()?;
    // Before the pass: its own peak of memory comes later, once the entities counted here are
    // written and freed.
    summary.summary_recounted = std::mem::take(&mut writer.tally).finish(store)?;
    // Stopped, the store is whole as it is: resolution has pending work, or no index at all,
    // either of which makes the next ingest's pass take the new articles in. (A stop asked
    // for during the pass or compaction, which cannot be cut short, waits for them.)
    if summary.stopped || stop_requested() {
        summary.stopped = true;
        return Ok(summary);
    }
    // One resolution pass for the whole batch: over the blocks the changed articles touch, or
    // over the whole store when much of it changed; none when nothing changed.
    summary.resolution = match writer.gathered.take() {
        Some(inputs) if summary.added > 0 => {
            crate::resolve::cross::recompute_from(store, g, inputs, &[]).map(Some)
        }
        _ => crate::resolve::cross::resolve(store, g),
    }
    .map_err(|e| StoreError::Resolution(e.to_string()))?;
    let at_least_doubled = || -> Result<bool, StoreError> {
        Ok(summary.added >= COMPACT_CHECK_MIN
            && summary.added * 2 >= crate::store::article_count(store)?)
    };
    // Compacting beside the resolution pass was no faster when compaction had one core and
    // the pass the other (compaction slowed by what the pass saved, and left the pass's files
    // apart); not measured again since compaction runs on every core.
    if options.optimize && summary.added > 0 && (first_ingest || at_least_doubled()?) {
        summary.optimized = Some(crate::store::compact(store)?);
    }
    Ok(summary)
}

/// What the extraction thread hands the writer.
enum Step {
    /// Errors and warnings from reading one input (its articles follow in `Prepared`).
    Problems(ReadOutcome),
    /// Articles of a chunk that newsgraph failed on (the others follow in `Prepared`).
    Failed(Vec<ExtractionFailed>),
    /// A chunk of articles, each prepared, or `None` when stored unchanged.
    Prepared(Vec<Result<Option<Prepared>, StoreError>>),
    /// How many input files have been read.
    FilesDone(usize),
}

/// Reads the files a chunk at a time and prepares their articles in parallel, sending each
/// chunk to the writer; stops early when the writer has gone (after a store error).
fn extract_chunks(
    store: &Store,
    g: &Gazetteer,
    files: &[PathBuf],
    options: &ReadOptions,
    prepare: &Preparer,
    sender: SyncSender<Step>,
) {
    let prepare_chunk = |batch: &[Article]| -> Vec<Result<_, ExtractionFailed>> {
        batch
            .par_iter()
            .map(|a| {
                unless_panic(|| prepare(store, g, a)).map_err(|message| ExtractionFailed {
                    input: a.source.clone(),
                    message,
                })
            })
            .collect()
    };
    // False once the writer has gone.
    let send_chunk = |chunk: Vec<Result<_, ExtractionFailed>>| -> bool {
        let mut prepared = Vec::with_capacity(chunk.len());
        let mut failed = Vec::new();
        for article in chunk {
            match article {
                Ok(p) => prepared.push(p),
                Err(f) => failed.push(f),
            }
        }
        (failed.is_empty() || sender.send(Step::Failed(failed)).is_ok())
            && sender.send(Step::Prepared(prepared)).is_ok()
    };
    let mut pending: Vec<Article> = Vec::new();
    // Takes what one input (or one batch of a JSON Lines file) gave; false once the writer
    // has gone.
    let mut take = |mut outcome: ReadOutcome| -> bool {
        pending.append(&mut outcome.articles);
        if !(outcome.errors.is_empty() && outcome.warnings.is_empty())
            && sender.send(Step::Problems(outcome)).is_err()
        {
            return false;
        }
        while pending.len() >= CHUNK {
            let batch: Vec<Article> = pending.drain(..CHUNK).collect();
            if !send_chunk(prepare_chunk(&batch)) {
                return false;
            }
        }
        true
    };
    let mut files_done = 0;
    for file_chunk in files.chunks(CHUNK) {
        // Small files are read in parallel; a JSON Lines file is streamed in batches, in its
        // place in the order, so that memory does not grow with its size.
        let outcomes: Vec<Option<ReadOutcome>> = file_chunk
            .par_iter()
            .map(|path| {
                (Format::from_path(path) != Some(Format::JsonLines)).then(|| {
                    unless_panic(|| read_input(path, options))
                        .unwrap_or_else(|message| failed_reading(path, message))
                })
            })
            .collect();
        for (path, outcome) in file_chunk.iter().zip(outcomes) {
            let going = match outcome {
                Some(outcome) => take(outcome),
                None => {
                    let mut going = true;
                    let read = unless_panic(|| {
                        read_input_in_batches(path, options, CHUNK, &mut |batch| {
                            going = take(batch);
                            going
                        })
                    });
                    // The batches before the failure were taken.
                    match read {
                        Ok(()) => going,
                        Err(message) => take(failed_reading(path, message)),
                    }
                }
            };
            if !going {
                return;
            }
        }
        files_done += file_chunk.len();
        if sender.send(Step::FilesDone(files_done)).is_err() {
            return;
        }
    }
    if !pending.is_empty() {
        // The writer may have gone; then there is nobody left to tell.
        send_chunk(prepare_chunk(&pending));
    }
}

/// New articles' quads handed to the bulk loader at a time: it sorts them into index files on a
/// thread of its own while extraction goes on.
const BULK_QUADS: usize = 100_000;

/// Batches the bulk loader sorts at once. Extraction needs little of the two cores (under a
/// fifth of an ingest's time), so a second sorter shortened loading 10k articles from 22 s to
/// 18 s; it holds one more batch (about 60 MB). Smaller batches to pay for it made compaction
/// slower (more files to merge).
const BULK_THREADS: usize = 2;

/// Writes prepared articles: new ones (no graph of that name, no older article from the same
/// source) are gathered and bulk-loaded, many at a time, which is several times cheaper than a
/// transaction each; a replacement goes through its own transaction. Both are atomic: a crash
/// leaves each article whole or absent.
struct BatchWriter<'a> {
    store: &'a Store,
    ingested_at: &'a Literal,
    /// Reference facts about gazetteer places already written in this run.
    reference_written: HashSet<Quad>,
    bulk: Vec<Quad>,
    loader: Option<BulkLoader<'a>>,
    /// The articles in `bulk` or the loader, and their sources.
    bulk_articles: HashSet<NamedNode>,
    bulk_sources: HashSet<String>,
    commit_every: CommitEvery,
    /// When the oldest article not yet committed was written: the age a crash would lose.
    uncommitted_since: Option<Instant>,
    /// What resolution reads of the articles written, while the store holds nothing else.
    /// Their writing lists no pending work then: until the pass marks its index complete,
    /// the store without one says that resolution must read it all.
    gathered: Option<Inputs>,
    /// What the written articles do to the store's summary.
    tally: Tally,
}

impl<'a> BatchWriter<'a> {
    fn new(store: &'a Store, ingested_at: &'a Literal, commit_every: CommitEvery) -> Self {
        BatchWriter {
            store,
            ingested_at,
            reference_written: HashSet::new(),
            bulk: Vec::new(),
            loader: None,
            bulk_articles: HashSet::new(),
            bulk_sources: HashSet::new(),
            commit_every,
            uncommitted_since: None,
            gathered: None,
            tally: Tally::default(),
        }
    }

    fn write(
        &mut self,
        batch: Vec<Result<Option<Prepared>, StoreError>>,
        summary: &mut IngestSummary,
    ) -> Result<(), StoreError> {
        for prepared in batch {
            summary.articles += 1;
            let Some(mut p) = prepared? else {
                summary.unchanged += 1;
                continue;
            };
            // Reference facts about a gazetteer place are written once a run, not once an
            // article.
            p.quads
                .retain(|q| !is_reference(q) || self.reference_written.insert(q.clone()));
            let source = (p.source != "-").then_some(p.source.as_str());
            let bookkeeping = bookkeeping(&p, self.ingested_at, self.gathered.is_none());
            if self.is_new(&p.article, source)? {
                summary.added += 1;
                summary.quads += p.quads.len();
                if let Some(gathered) = &mut self.gathered {
                    gathered.add(p.resolution_inputs);
                }
                self.tally.begin(self.store)?;
                let store = self.store;
                self.tally.add(&p.article, &p.quads, |entity, class| {
                    crate::summary::in_class_in_a_stored_article(store, entity, class)
                })?;
                self.uncommitted_since.get_or_insert_with(Instant::now);
                self.bulk_articles.insert(p.article);
                self.bulk_sources.extend(source.map(str::to_string));
                self.bulk.append(&mut p.quads);
                self.bulk.extend(bookkeeping);
                if self.commit_due() {
                    self.flush_bulk()?;
                } else if self.bulk.len() >= BULK_QUADS {
                    self.load_bulk()?;
                }
                continue;
            }
            // A replacement must see every earlier article in the store first. What was
            // gathered no longer says what the store holds.
            self.flush_bulk()?;
            self.gathered = None;
            let outcome = crate::store::write_article(
                self.store,
                &p.article,
                &p.hash,
                &p.quads,
                &bookkeeping,
                source,
                &mut self.tally,
            )?;
            match outcome {
                WriteOutcome::Added => summary.added += 1,
                WriteOutcome::Replaced => summary.replaced += 1,
                WriteOutcome::Unchanged => summary.unchanged += 1,
            }
            if outcome != WriteOutcome::Unchanged {
                summary.quads += p.quads.len();
            }
        }
        // Also here: a chunk of unchanged articles must not hold back new ones before it.
        if self.commit_due() {
            self.flush_bulk()?;
        }
        Ok(())
    }

    /// Whether nothing stored or waiting for the bulk load is this article or came from its
    /// source.
    fn is_new(&self, article: &NamedNode, source: Option<&str>) -> Result<bool, StoreError> {
        if self.bulk_articles.contains(article)
            || source.is_some_and(|s| self.bulk_sources.contains(s))
        {
            return Ok(false);
        }
        Ok(crate::store::is_new(self.store, article, source)?)
    }

    /// Hands the gathered quads to the bulk loader (which works on them in the background).
    fn load_bulk(&mut self) -> Result<(), StoreError> {
        if self.bulk.is_empty() {
            return Ok(());
        }
        let store = self.store;
        let loader = self
            .loader
            .get_or_insert_with(|| store.bulk_loader().with_num_threads(BULK_THREADS));
        loader.load_quads(std::mem::take(&mut self.bulk))?;
        Ok(())
    }

    fn commit_due(&self) -> bool {
        match self.commit_every {
            CommitEvery::Articles(n) => self.bulk_articles.len() >= n,
            CommitEvery::Interval(d) => self.uncommitted_since.is_some_and(|t| t.elapsed() >= d),
        }
    }

    /// Loads what is gathered and commits: all those articles appear at once, or none do.
    fn flush_bulk(&mut self) -> Result<(), StoreError> {
        self.load_bulk()?;
        if let Some(loader) = self.loader.take() {
            loader.commit()?;
        }
        self.bulk_articles.clear();
        self.bulk_sources.clear();
        self.uncommitted_since = None;
        Ok(())
    }
}

/// What reading `path` gave when newsgraph failed on it.
fn failed_reading(path: &std::path::Path, message: String) -> ReadOutcome {
    ReadOutcome {
        errors: vec![ReadError::Invalid {
            path: path.display().to_string(),
            reason: format!(
                "newsgraph failed reading this file and skipped the rest of it ({message}); please report the file with this message"
            ),
        }],
        ..Default::default()
    }
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
    Ok(Some(prepare_cleaned(g, article, cleaned, hash)))
}

/// Default-graph facts about the ingest itself; they change every run, so they stay out of
/// the article's deterministic named graph. With `pending`, the article is listed as work for
/// cross-article resolution.
fn bookkeeping(p: &Prepared, ingested_at: &Literal, pending: bool) -> Vec<Quad> {
    let mut quads = vec![
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
    ];
    if pending {
        quads.push(crate::store::pending_article(&p.article));
    }
    quads
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
    /// What cross-article resolution decided, or `None` when nothing changed since it last ran.
    pub resolution: Option<crate::resolve::cross::CrossSummary>,
    /// How long counting the store's summary again took, when it was out of date (after a
    /// SPARQL update, say).
    pub summary_recounted: Option<std::time::Duration>,
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
    let bookkeeping = bookkeeping(&p, &now_literal(), true);
    let mut tally = Tally::default();
    let outcome = crate::store::write_article(
        store,
        &p.article,
        &p.hash,
        &p.quads,
        &bookkeeping,
        None,
        &mut tally,
    )?;
    let summary_recounted = tally.finish(store)?;
    let resolution = crate::resolve::cross::resolve(store, g)
        .map_err(|e| StoreError::Resolution(e.to_string()))?;
    Ok(OneOutcome {
        article: p.article,
        outcome,
        quads: p.quads.len(),
        resolution,
        summary_recounted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_every_reads_articles_or_a_time() {
        let parse = |s: &str| s.parse::<CommitEvery>();
        assert_eq!(parse("2000"), Ok(CommitEvery::Articles(2000)));
        assert_eq!(
            parse("90s"),
            Ok(CommitEvery::Interval(Duration::from_secs(90)))
        );
        assert_eq!(
            parse("5m"),
            Ok(CommitEvery::Interval(Duration::from_secs(300)))
        );
        assert_eq!(
            parse("1h"),
            Ok(CommitEvery::Interval(Duration::from_secs(3600)))
        );
        for bad in [
            "",
            "0",
            "0s",
            "m",
            "5ms",
            "1.5m",
            "-3",
            "5 m",
            "2d",
            "99999999999999999999h",
            "+5m",
            "+2000",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn an_interval_counts_from_the_oldest_article_not_committed() {
        let store = Store::new().unwrap();
        let at = now_literal();
        let mut writer = BatchWriter::new(&store, &at, CommitEvery::Interval(Duration::ZERO));
        assert!(!writer.commit_due(), "nothing to commit is never due");
        writer.uncommitted_since = Some(Instant::now());
        assert!(writer.commit_due());
        writer.flush_bulk().unwrap();
        assert!(!writer.commit_due(), "a commit starts the count again");
        writer.commit_every = CommitEvery::Interval(Duration::from_secs(3600));
        writer.uncommitted_since = Some(Instant::now());
        assert!(!writer.commit_due());
    }

    #[test]
    fn an_article_newsgraph_fails_on_is_skipped_and_the_others_are_stored() {
        let dir = tempfile::tempdir().unwrap();
        let article = |n: usize, trap: &str| {
            format!("Migrants reach Tapachula {n}\n\nTAPACHULA, Mexico — {trap}About {n}0 migrants arrived on Monday, officials said.")
        };
        for (name, text) in [
            ("a.txt", article(1, "")),
            ("b.txt", article(2, "TRIPWIRE ")),
            ("c.txt", article(3, "")),
        ] {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let feed: String = [article(4, ""), article(5, "TRIPWIRE "), article(6, "")]
            .iter()
            .map(|text| serde_json::json!({ "text": text }).to_string() + "\n")
            .collect();
        std::fs::write(dir.path().join("feed.jsonl"), feed).unwrap();
        let store = Store::new().unwrap();
        let g = Gazetteer::builtin();
        let options = IngestOptions {
            optimize: false,
            ..Default::default()
        };
        let tripping = |s: &Store, g: &Gazetteer, a: &Article| {
            assert!(!a.text.contains("TRIPWIRE"), "tripped on {}", a.source);
            prepare_if_changed(s, g, a)
        };
        let inputs = [dir.path().to_path_buf()];
        let mut failed = Vec::new();
        let mut on_problem = |p: Problem| match p {
            Problem::Failed(f) => failed.push(f),
            other => panic!("unexpected {other:?}"),
        };
        let summary = ingest_with(
            &store,
            &g,
            &inputs,
            &options,
            &tripping,
            &mut on_problem,
            &mut |_| {},
        )
        .unwrap();
        assert_eq!((summary.added, summary.failed), (4, 2), "{summary:?}");
        assert_eq!(crate::store::article_count(&store).unwrap(), 4);
        let mut sources: Vec<&str> = failed.iter().map(|f| f.input.as_str()).collect();
        sources.sort_unstable();
        let in_dir = |name: &str| dir.path().join(name).display().to_string();
        assert_eq!(sources, [in_dir("b.txt"), in_dir("feed.jsonl") + ":2"]);
        assert!(
            failed.iter().all(|f| f.message.contains("tripped on")),
            "{failed:?}"
        );
        // Nothing is lost: once mended, the same command adds the two and skips the rest.
        let again = ingest(
            &store,
            &g,
            &inputs,
            &options,
            &mut |p| panic!("{p:?}"),
            &mut |_| {},
        )
        .unwrap();
        assert_eq!((again.added, again.unchanged, again.failed), (2, 4, 0));
    }

    #[test]
    fn unless_panic_gives_the_message_of_any_panic() {
        assert_eq!(unless_panic(|| 7), Ok(7));
        assert_eq!(
            unless_panic(|| panic!("static")),
            Err::<(), _>("static".into())
        );
        let n = 3;
        assert_eq!(
            unless_panic(|| panic!("formatted {n}")),
            Err::<(), _>("formatted 3".into())
        );
        assert_eq!(
            unless_panic(|| std::panic::panic_any(42)),
            Err::<(), _>("a panic without a message".into())
        );
    }

    #[test]
    fn commit_every_prints_what_it_reads() {
        for text in ["2000", "90s", "5m", "2h", "3601s"] {
            assert_eq!(text.parse::<CommitEvery>().unwrap().to_string(), text);
        }
        assert_eq!(DEFAULT_COMMIT_EVERY.to_string(), "5m");
        assert_eq!("120s".parse::<CommitEvery>().unwrap().to_string(), "2m");
        // Only the library makes these.
        assert_eq!(CommitEvery::Interval(Duration::ZERO).to_string(), "0s");
        assert_eq!(
            CommitEvery::Interval(Duration::from_millis(1500)).to_string(),
            "1.5s"
        );
    }
}
