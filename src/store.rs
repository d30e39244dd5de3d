//! The embedded Oxigraph store: open it, write one article at a time atomically, and know
//! whether an article is already there unchanged.

use std::path::Path;

use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef,
    Term,
};
use oxigraph::store::{StorageError, Store};

use crate::rdf::vocab::prop;
use crate::summary::{in_class_in_an_article, Tally};

/// Why the store could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open store {path}: {message}")]
    Open { path: String, message: String },
    #[error("store {path} is in use by another newsgraph or oxigraph process (its lock is held); wait for it to finish or use another --store")]
    Locked { path: String },
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("cross-article resolution failed: {0}")]
    Resolution(String),
    #[error("reading {path}: {message}")]
    Input { path: String, message: String },
    #[error("counting the store's articles failed: {0}")]
    Count(String),
    #[error("keeping the store's summary failed: {0}")]
    Summary(String),
}

/// How many articles the store holds.
pub fn article_count(store: &Store) -> Result<usize, StoreError> {
    crate::resolve::cross::article_count(store).map_err(|e| StoreError::Count(e.to_string()))
}

/// Compacts the store (`Store::optimize`) and says how long it took. Worth it after a load
/// that at least doubled the store: see [`crate::ingest::IngestOptions::optimize`].
#[cfg(feature = "rocksdb")]
pub fn compact(store: &Store) -> Result<std::time::Duration, StoreError> {
    let started = std::time::Instant::now();
    store.optimize()?;
    Ok(started.elapsed())
}

/// Without the `rocksdb` feature every store is in memory: nothing to compact.
#[cfg(not(feature = "rocksdb"))]
pub fn compact(_in_memory: &Store) -> Result<std::time::Duration, StoreError> {
    Ok(std::time::Duration::ZERO)
}

/// Opens (creating it if needed) the RocksDB-backed store at `path`.
#[cfg(feature = "rocksdb")]
pub fn open(path: &Path) -> Result<Store, StoreError> {
    // RocksDB makes the store folder but not its parents: `--store runs/2024/store` should work.
    if let Err(e) = std::fs::create_dir_all(path) {
        return Err(StoreError::Open {
            path: path.display().to_string(),
            message: e.to_string(),
        });
    }
    Store::open(path).map_err(|e| classify(path, e))
}

/// Without the `rocksdb` feature there is no on-disk store to open.
#[cfg(not(feature = "rocksdb"))]
pub fn open(path: &Path) -> Result<Store, StoreError> {
    Err(no_disk_store(path))
}

/// Opens a store for reading only (while another process may write it).
pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
    if !path.exists() {
        return Err(StoreError::Open {
            path: path.display().to_string(),
            message: "no store there (run `newsgraph ingest` first)".into(),
        });
    }
    #[cfg(feature = "rocksdb")]
    return Store::open_read_only(path).map_err(|e| classify(path, e));
    #[cfg(not(feature = "rocksdb"))]
    return Err(no_disk_store(path));
}

/// Makes every write durable on disk before the process ends (a no-op for an in-memory store).
#[cfg(feature = "rocksdb")]
pub fn flush(store: &Store) -> Result<(), StorageError> {
    store.flush()
}

/// Without the `rocksdb` feature every store is in memory: nothing to flush.
#[cfg(not(feature = "rocksdb"))]
pub fn flush(_in_memory: &Store) -> Result<(), StorageError> {
    Ok(())
}

#[cfg(not(feature = "rocksdb"))]
fn no_disk_store(path: &Path) -> StoreError {
    StoreError::Open {
        path: path.display().to_string(),
        message:
            "this build of newsgraph has no on-disk store (built without the `rocksdb` feature)"
                .into(),
    }
}

#[cfg(feature = "rocksdb")]
fn classify(path: &Path, e: StorageError) -> StoreError {
    let message = e.to_string();
    if message.contains("lock") || message.contains("Resource temporarily unavailable") {
        StoreError::Locked {
            path: path.display().to_string(),
        }
    } else {
        StoreError::Open {
            path: path.display().to_string(),
            message,
        }
    }
}

/// The default-graph quad that says cross-article resolution has to look at an added or
/// replaced article: written with the article, removed by the resolution pass in the same
/// transaction as its new links, so a run stopped in between leaves the work to the next one.
pub fn pending_article(article: &NamedNode) -> Quad {
    pending(prop::PENDING_ARTICLE, article)
}

/// The default-graph quad that says cross-article resolution has to look again at a person,
/// meeting or group of a removed or replaced article (which the store no longer shows).
pub fn pending_node(node: &NamedNode) -> Quad {
    pending(prop::PENDING_NODE, node)
}

fn pending(predicate: &str, object: &NamedNode) -> Quad {
    Quad::new(
        NamedNode::new_unchecked(crate::rdf::vocab::RESOLUTION_GRAPH),
        NamedNode::new_unchecked(predicate),
        object.clone(),
        GraphName::DefaultGraph,
    )
}

/// The resolution work waiting: [`pending_article`] and [`pending_node`] quads.
pub fn pending_resolution(store: &Store) -> Result<Vec<Quad>, StorageError> {
    pending_quads(store).collect()
}

/// Whether articles changed since cross-article resolution last ran.
pub fn is_resolution_pending(store: &Store) -> Result<bool, StorageError> {
    Ok(pending_quads(store).next().transpose()?.is_some())
}

fn pending_quads(store: &Store) -> impl Iterator<Item = Result<Quad, StorageError>> + '_ {
    let resolution = NamedNodeRef::new_unchecked(crate::rdf::vocab::RESOLUTION_GRAPH);
    [prop::PENDING_ARTICLE, prop::PENDING_NODE]
        .into_iter()
        .flat_map(move |predicate| {
            store.quads_for_pattern(
                Some(resolution.into()),
                Some(NamedNodeRef::new_unchecked(predicate)),
                None,
                Some(GraphNameRef::DefaultGraph),
            )
        })
}

/// The [`pending_node`] quads for the people, meetings and groups in an article's graph,
/// read before the graph is removed or replaced.
fn pending_nodes_of(
    tx: &oxigraph::store::Transaction<'_>,
    article: &NamedNode,
) -> Result<Vec<Quad>, StorageError> {
    let mut quads = Vec::new();
    for q in tx.quads_for_pattern(
        None,
        Some(NamedNodeRef::new_unchecked(
            crate::rdf::vocab::external::RDF_TYPE,
        )),
        None,
        Some(GraphNameRef::NamedNode(article.as_ref())),
    ) {
        let q = q?;
        let resolved = match &q.object {
            oxigraph::model::Term::NamedNode(class) => crate::rdf::vocab::RESOLVED_CLASSES
                .iter()
                .any(|c| *c == class.as_str()),
            _ => false,
        };
        if let (true, oxigraph::model::NamedOrBlankNode::NamedNode(node)) = (resolved, &q.subject) {
            quads.push(pending_node(node));
        }
    }
    Ok(quads)
}

/// Advice for a storage failure a user can fix, recognised from the operating system's
/// message anywhere in the error's text.
pub fn hint(message: &str) -> Option<&'static str> {
    let disk_full =
        message.contains("No space left on device") || message.contains("Disk quota exceeded");
    // Compaction (at the end of a large ingest, or `optimize`) needs room for a second copy of
    // what it rewrites; a rerun of the ingest would add nothing and so not compact.
    let compaction = message.contains("compacting the store failed")
        || message.contains("a background compaction failed");
    if disk_full && compaction {
        Some("the disk holding the store is too full to compact it. Every article is kept, uncompacted (queries are slower); free some space and run `newsgraph optimize`")
    } else if disk_full {
        Some("the disk holding the store is full. Articles committed before it filled are kept whole and nothing half-written is; free some space (or use another --store) and run the same command again to finish")
    } else if message.contains("Read-only file system") || message.contains("Permission denied") {
        Some("the store folder cannot be written. `query`, `stats` and `export` still read it; `ingest`, `remove` and `merge` need a --store you can write")
    } else {
        None
    }
}

/// What writing an article did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteOutcome {
    /// New article.
    Added,
    /// The article was there with other content: its graph was replaced.
    Replaced,
    /// The same content (and extractor version) is already stored.
    Unchanged,
}

/// Whether `article` is stored with this content hash and extractor version.
pub fn is_unchanged(
    store: &Store,
    article: NamedNodeRef<'_>,
    hash: &str,
) -> Result<bool, StorageError> {
    let graph = GraphNameRef::NamedNode(article);
    let hash = Literal::new_simple_literal(hash);
    let hash_quad = QuadRef::new(
        article,
        NamedNodeRef::new_unchecked(prop::CONTENT_HASH),
        &hash,
        graph,
    );
    let version = Literal::new_simple_literal(crate::rdf::build::EXTRACTOR_VERSION);
    let version_quad = QuadRef::new(
        article,
        NamedNodeRef::new_unchecked(prop::EXTRACTOR_VERSION),
        &version,
        graph,
    );
    Ok(store.contains(hash_quad)? && store.contains(version_quad)?)
}

/// Writes an article's graph (replacing any older one, and any older article read from the
/// same `source`) and its default-graph bookkeeping in one transaction: after a failure the
/// store holds the old article or the new one, never half.
pub fn write_article(
    store: &Store,
    article: &NamedNode,
    hash: &str,
    quads: &[Quad],
    bookkeeping: &[Quad],
    source: Option<&str>,
    tally: &mut Tally,
) -> Result<WriteOutcome, StorageError> {
    tally.begin(store)?;
    let mut tx = store.start_transaction()?;
    // Read through the transaction: the store itself waits for it to finish.
    let graph = GraphNameRef::NamedNode(article.as_ref());
    let hash = Literal::new_simple_literal(hash);
    let version = Literal::new_simple_literal(crate::rdf::build::EXTRACTOR_VERSION);
    if tx.contains(QuadRef::new(
        article,
        NamedNodeRef::new_unchecked(prop::CONTENT_HASH),
        &hash,
        graph,
    ))? && tx.contains(QuadRef::new(
        article,
        NamedNodeRef::new_unchecked(prop::EXTRACTOR_VERSION),
        &version,
        graph,
    ))? {
        return Ok(WriteOutcome::Unchanged);
    }
    let existed = tx.contains_named_graph(article)?;
    // Another version of the same file: the article read from this source before.
    let mut older: Vec<NamedNode> = Vec::new();
    if let Some(source) = source {
        let literal = Literal::new_simple_literal(source);
        for q in tx.quads_for_pattern(
            None,
            Some(NamedNodeRef::new_unchecked(prop::SOURCE)),
            Some(literal.as_ref().into()),
            Some(GraphNameRef::DefaultGraph),
        ) {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = q?.subject {
                if n != *article {
                    older.push(n);
                }
            }
        }
    }
    tally.add(article, quads, |entity, class| {
        in_class_in_an_article(entity, class, |p, o| {
            tx.quads_for_pattern(Some(entity.into()), Some(p), o, None)
        })
    })?;
    let mut pending = Vec::new();
    for old_article in older.iter().chain(existed.then_some(article)) {
        tally.remove(old_article, &graph_quads(&tx, old_article)?);
        pending.extend(pending_nodes_of(&tx, old_article)?);
        tx.clear_graph(old_article)?;
        if old_article != article {
            tx.remove_named_graph(old_article)?;
        }
        remove_bookkeeping(&mut tx, old_article)?;
    }
    if !existed {
        tx.insert_named_graph(article);
    }
    tx.extend(quads);
    tx.extend(bookkeeping);
    tx.extend(&pending);
    tx.commit()?;
    Ok(if existed || !older.is_empty() {
        WriteOutcome::Replaced
    } else {
        WriteOutcome::Added
    })
}

/// Whether the store holds no graph named `article` and no article read from `source`: writing
/// it adds and replaces nothing.
pub fn is_new(
    store: &Store,
    article: &NamedNode,
    source: Option<&str>,
) -> Result<bool, StorageError> {
    if store.contains_named_graph(article)? {
        return Ok(false);
    }
    let Some(source) = source else {
        return Ok(true);
    };
    let literal = Literal::new_simple_literal(source);
    Ok(store
        .quads_for_pattern(
            None,
            Some(NamedNodeRef::new_unchecked(prop::SOURCE)),
            Some(literal.as_ref().into()),
            Some(GraphNameRef::DefaultGraph),
        )
        .next()
        .transpose()?
        .is_none())
}

/// An article's graph together with the gazetteer graph's facts about the places it names
/// (their types among them) and the rules that found its entities: all it takes to read that
/// one article on its own (in an export, say).
pub fn article_quads(store: &Store, article: &NamedNode) -> Result<Vec<Quad>, StorageError> {
    let mut quads: Vec<Quad> = store
        .quads_for_pattern(None, None, None, Some(article.as_ref().into()))
        .collect::<Result<_, _>>()?;
    let described: std::collections::BTreeSet<NamedNode> = quads
        .iter()
        .flat_map(|q| {
            let subject = match &q.subject {
                NamedOrBlankNode::NamedNode(n) => Some(n.clone()),
                _ => None,
            };
            let rule = match (q.predicate.as_str(), &q.object) {
                (prop::RULE, Term::NamedNode(rule)) => Some(rule.clone()),
                _ => None,
            };
            subject.into_iter().chain(rule)
        })
        .collect();
    let reference = NamedNodeRef::new_unchecked(crate::rdf::vocab::GAZETTEER_GRAPH);
    for node in &described {
        for q in store.quads_for_pattern(
            Some(node.as_ref().into()),
            None,
            None,
            Some(reference.into()),
        ) {
            quads.push(q?);
        }
    }
    Ok(quads)
}

/// Finds an article by its IRI, its URL, or the path it was read from.
pub fn find_article(store: &Store, ident: &str) -> Result<Option<NamedNode>, StorageError> {
    if let Ok(iri) = NamedNode::new(ident) {
        if store.contains_named_graph(&iri)? {
            return Ok(Some(iri));
        }
    }
    // URLs are stored as xsd:anyURI literals: look the literal up, don't scan every URL.
    let url_prop = NamedNodeRef::new_unchecked(prop::URL);
    let url = Literal::new_typed_literal(ident, oxigraph::model::vocab::xsd::ANY_URI);
    for q in store.quads_for_pattern(None, Some(url_prop), Some(url.as_ref().into()), None) {
        if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = q?.subject {
            return Ok(Some(n));
        }
    }
    // A path: as given, or as the canonical path newsgraph records as the article's source.
    let source_prop = NamedNodeRef::new_unchecked(prop::SOURCE);
    let mut forms = vec![ident.to_string()];
    forms.extend(
        std::fs::canonicalize(ident)
            .ok()
            .map(|p| p.display().to_string()),
    );
    for form in forms {
        let source = Literal::new_simple_literal(form);
        for q in store.quads_for_pattern(
            None,
            Some(source_prop),
            Some(source.as_ref().into()),
            Some(GraphNameRef::DefaultGraph),
        ) {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = q?.subject {
                return Ok(Some(n));
            }
        }
    }
    Ok(None)
}

/// Removes an article's graph and its bookkeeping in one transaction. What only this article
/// supported disappears with its graph; cross-article resolution must run after, for the
/// people, meetings and groups it named (left pending).
pub fn remove_article(
    store: &Store,
    article: &NamedNode,
    tally: &mut Tally,
) -> Result<(), StorageError> {
    tally.begin(store)?;
    let mut tx = store.start_transaction()?;
    tally.remove(article, &graph_quads(&tx, article)?);
    let pending = pending_nodes_of(&tx, article)?;
    tx.remove_named_graph(article)?;
    remove_bookkeeping(&mut tx, article)?;
    tx.extend(&pending);
    tx.commit()
}

/// The quads of an article's graph, read through a transaction.
fn graph_quads(
    tx: &oxigraph::store::Transaction<'_>,
    article: &NamedNode,
) -> Result<Vec<Quad>, StorageError> {
    tx.quads_for_pattern(None, None, None, Some(article.as_ref().into()))
        .collect()
}

/// Removes an article's default-graph facts (ingest time, source).
fn remove_bookkeeping(
    tx: &mut oxigraph::store::Transaction<'_>,
    article: &NamedNode,
) -> Result<(), StorageError> {
    let old: Vec<Quad> = tx
        .quads_for_pattern(
            Some(article.as_ref().into()),
            None,
            None,
            Some(GraphNameRef::DefaultGraph),
        )
        .collect::<Result<_, _>>()?;
    for q in &old {
        tx.remove(q);
    }
    Ok(())
}
