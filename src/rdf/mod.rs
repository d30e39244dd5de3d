//! RDF: the vocabulary ([`vocab`]) and the triple builder ([`build`]) that turns one article's
//! [`crate::extract::Extraction`] into the quads of its named graph.

pub mod build;
pub mod vocab;

pub use build::{article_iri, build_article, slug, ArticleMeta};

/// A value held in memory for long (by resolution's inputs, by the summary's tally): an IRI in
/// newsgraph's id namespace without it ("i" and the rest), any other value whole ("=" and the
/// value). Hundreds of thousands of them are held at 100k articles.
pub(crate) fn pack(value: &str) -> Box<str> {
    match value.strip_prefix(vocab::ID) {
        Some(rest) => format!("i{rest}"),
        None => format!("={value}"),
    }
    .into_boxed_str()
}

/// The value [`pack`] packed.
pub(crate) fn unpack(packed: &str) -> String {
    match packed.split_at(1) {
        ("i", rest) => format!("{}{rest}", vocab::ID),
        (_, rest) => rest.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_values_give_back_their_iris() {
        for iri in [
            format!("{}person/ana-lopez", vocab::ID),
            "https://example.org/people/ana".to_string(),
        ] {
            assert_eq!(unpack(&pack(&iri)), iri);
        }
    }
}
