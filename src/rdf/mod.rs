//! RDF: the vocabulary ([`vocab`]) and the triple builder ([`build`]) that turns one article's
//! [`crate::extract::Extraction`] into the quads of its named graph.

pub mod build;
pub mod vocab;

pub use build::{article_iri, build_article, slug, ArticleMeta};
