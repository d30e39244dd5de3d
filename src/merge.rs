//! `merge`: stores and RDF dumps made elsewhere (several machines, say) into one store, then
//! one cross-article resolution pass. Article graphs with the same IRI are the same article
//! (IRIs are deterministic), so merging the same article twice changes nothing.

use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphNameRef, NamedNodeRef};
use oxigraph::store::Store;

use crate::gazetteer::Gazetteer;
use crate::rdf::vocab::{RESOLUTION_GRAPH, SUMMARY_GRAPH};
use crate::resolve::cross::{recompute, CrossSummary};
use crate::store::StoreError;

/// What a merge did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MergeSummary {
    pub inputs: usize,
    pub quads_read: usize,
    pub resolution: CrossSummary,
    /// How long compacting the store took, when the merge at least doubled its articles (see
    /// [`crate::ingest::IngestOptions::optimize`]).
    pub optimized: Option<std::time::Duration>,
}

/// Merges each input (a store folder, or an N-Quads / TriG file) into `store`.
pub fn merge(store: &Store, g: &Gazetteer, inputs: &[PathBuf]) -> Result<MergeSummary, StoreError> {
    let mut summary = MergeSummary::default();
    let before = crate::store::article_count(store)?;
    let derived = [RESOLUTION_GRAPH, SUMMARY_GRAPH].map(NamedNodeRef::new_unchecked);
    crate::summary::invalidate(store)?;
    for input in inputs {
        let quads = read_input(input)?;
        // The resolution and summary graphs of an input are recomputed here, not copied.
        let quads: Vec<_> = quads
            .into_iter()
            .filter(|q| {
                !derived
                    .iter()
                    .any(|g| q.graph_name.as_ref() == GraphNameRef::NamedNode(*g))
            })
            .collect();
        summary.quads_read += quads.len();
        let mut tx = store.start_transaction()?;
        tx.extend(&quads);
        tx.commit()?;
        summary.inputs += 1;
    }
    summary.resolution = recompute(store, g).map_err(|e| StoreError::Resolution(e.to_string()))?;
    crate::summary::rebuild(store)?;
    let after = crate::store::article_count(store)?;
    if after > 0 && after >= 2 * before {
        summary.optimized = Some(crate::store::compact(store)?);
    }
    Ok(summary)
}

fn input_error(path: &Path, message: impl ToString) -> StoreError {
    StoreError::Input {
        path: path.display().to_string(),
        message: message.to_string(),
    }
}

fn read_input(path: &Path) -> Result<Vec<oxigraph::model::Quad>, StoreError> {
    if path.is_dir() {
        let other = crate::store::open_read_only(path)?;
        return other
            .iter()
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| input_error(path, e));
    }
    let format = match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("nq") | Some("nquads") => RdfFormat::NQuads,
        Some("trig") => RdfFormat::TriG,
        _ => {
            return Err(input_error(
                path,
                "not a store folder nor an .nq/.trig file",
            ))
        }
    };
    let file = std::fs::File::open(path).map_err(|e| input_error(path, e))?;
    RdfParser::from_format(format)
        .for_reader(std::io::BufReader::new(file))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| input_error(path, e))
}
