//! The embedded Oxigraph store: open it, write one article at a time atomically, and know
//! whether an article is already there unchanged.

use std::path::Path;

use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedNodeRef, Quad, QuadRef};
use oxigraph::store::{StorageError, Store};

use crate::rdf::vocab::prop;

/// Why the store could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open store {path}: {message}")]
    Open { path: String, message: String },
    #[error("store {path} is in use by another newsgraph or oxigraph process (its lock is held); wait for it to finish or use another --store")]
    Locked { path: String },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Opens (creating it if needed) the RocksDB-backed store at `path`.
pub fn open(path: &Path) -> Result<Store, StoreError> {
    Store::open(path).map_err(|e| classify(path, e))
}

/// Opens a store for reading only (while another process may write it).
pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
    if !path.exists() {
        return Err(StoreError::Open {
            path: path.display().to_string(),
            message: "no store there (run `newsgraph ingest` first)".into(),
        });
    }
    Store::open_read_only(path).map_err(|e| classify(path, e))
}

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

/// Writes an article's graph (replacing any older one) and its default-graph bookkeeping in
/// one transaction: after a failure the store holds the old article or the new one, never half.
pub fn write_article(
    store: &Store,
    article: &NamedNode,
    hash: &str,
    quads: &[Quad],
    bookkeeping: &[Quad],
) -> Result<WriteOutcome, StorageError> {
    if is_unchanged(store, article.as_ref(), hash)? {
        return Ok(WriteOutcome::Unchanged);
    }
    let existed = store.contains_named_graph(article)?;
    let mut tx = store.start_transaction()?;
    if existed {
        tx.clear_graph(article)?;
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
    } else {
        tx.insert_named_graph(article);
    }
    tx.extend(quads);
    tx.extend(bookkeeping);
    tx.commit()?;
    Ok(if existed {
        WriteOutcome::Replaced
    } else {
        WriteOutcome::Added
    })
}
