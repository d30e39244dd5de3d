//! newsgraph: news articles in, a queryable knowledge graph out.
//!
//! The pipeline, one module a stage:
//! [`article`] (read) → [`text`] (clean, segment) → [`extract`] (mentions, meetings, groups)
//! → [`resolve`] (one entity per real thing) → [`rdf`] (quads, one named graph per article)
//! → [`store`] (Oxigraph, with the counts [`summary`] keeps for [`stats`]) → [`query`] and [`export`], also over HTTP ([`serve`]). [`ingest`] runs them over a batch;
//! [`gazetteer`] holds the general knowledge they read.

// One function of the library reads without checks, where a measured hot path needs it
// ([`text::Doc::folded`]), and says why it is sound. Any other use needs its own `allow`,
// which a reviewer sees.
#![deny(unsafe_code)]

pub mod article;
pub mod date;
pub mod explain;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod ingest;
pub mod merge;
pub mod query;
pub mod rdf;
pub mod resolve;
pub mod serve;
pub mod stats;
pub mod store;
pub mod summary;
pub mod text;

/// Prefixes used when writing RDF and shortening IRIs for reading.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", rdf::vocab::NS),
    ("ngid", rdf::vocab::ID),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

/// An RDF serializer with the project's prefixes.
pub fn prefixes(mut serializer: oxigraph::io::RdfSerializer) -> oxigraph::io::RdfSerializer {
    for (p, ns) in PREFIXES {
        serializer = serializer.with_prefix(*p, *ns).expect("valid prefix IRI");
    }
    serializer
}
