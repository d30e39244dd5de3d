//! Content negotiation: the `Accept` header (with q-values and wildcards) or a `format`
//! parameter picks a results format (JSON, XML, CSV, TSV) or a graph format (Turtle,
//! N-Triples, N-Quads, JSON-LD, RDF/XML).

use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

/// Media types for SELECT and ASK results, in the order the server prefers them.
const RESULTS: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
];

/// Format names for `?format=` on SELECT and ASK results.
const RESULTS_NAMES: &[(&str, QueryResultsFormat)] = &[
    ("json", QueryResultsFormat::Json),
    ("xml", QueryResultsFormat::Xml),
    ("csv", QueryResultsFormat::Csv),
    ("tsv", QueryResultsFormat::Tsv),
];

/// Media types for CONSTRUCT and DESCRIBE results and graphs, in the order the server prefers.
fn graph_offers() -> Vec<(&'static str, RdfFormat)> {
    let json_ld = RdfFormat::from_media_type("application/ld+json").expect("JSON-LD is known");
    vec![
        ("text/turtle", RdfFormat::Turtle),
        ("application/x-turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/n-quads", RdfFormat::NQuads),
        ("application/ld+json", json_ld),
        ("application/rdf+xml", RdfFormat::RdfXml),
        ("application/trig", RdfFormat::TriG),
        ("text/plain", RdfFormat::NTriples),
    ]
}

fn graph_names() -> Vec<(&'static str, RdfFormat)> {
    let json_ld = RdfFormat::from_media_type("application/ld+json").expect("JSON-LD is known");
    vec![
        ("turtle", RdfFormat::Turtle),
        ("ttl", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("nt", RdfFormat::NTriples),
        ("nquads", RdfFormat::NQuads),
        ("nq", RdfFormat::NQuads),
        ("jsonld", json_ld),
        ("json-ld", json_ld),
        ("json", json_ld),
        ("rdfxml", RdfFormat::RdfXml),
        ("xml", RdfFormat::RdfXml),
        ("trig", RdfFormat::TriG),
    ]
}

/// The results format for SELECT/ASK: from `format` (a name or a media type) when given, else
/// from `accept`; JSON when neither says anything. The error says what can be asked for.
pub fn results_format(
    accept: Option<&str>,
    format: Option<&str>,
) -> Result<QueryResultsFormat, String> {
    pick(accept, format, RESULTS, RESULTS_NAMES, "SELECT and ASK")
}

/// The RDF format for CONSTRUCT/DESCRIBE results and graphs (Turtle by default).
pub fn graph_format(accept: Option<&str>, format: Option<&str>) -> Result<RdfFormat, String> {
    pick(
        accept,
        format,
        &graph_offers(),
        &graph_names(),
        "CONSTRUCT, DESCRIBE and graphs",
    )
}

fn pick<T: Copy>(
    accept: Option<&str>,
    format: Option<&str>,
    offers: &[(&str, T)],
    names: &[(&str, T)],
    what: &str,
) -> Result<T, String> {
    let offered = || {
        format!(
            "{what} results come as {} (or ?format= {})",
            offers
                .iter()
                .map(|(m, _)| *m)
                .collect::<Vec<_>>()
                .join(", "),
            names.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
        )
    };
    if let Some(f) = format.map(str::trim).filter(|f| !f.is_empty()) {
        if f.contains('/') {
            return choose(Some(f), offers).ok_or_else(|| format!("format {f:?}: {}", offered()));
        }
        let lower = f.to_ascii_lowercase();
        return names
            .iter()
            .find(|(n, _)| *n == lower)
            .map(|(_, t)| *t)
            .ok_or_else(|| format!("unknown format {f:?}: {}", offered()));
    }
    choose(accept, offers).ok_or_else(|| {
        format!(
            "none of the types in Accept: {}: {}",
            accept.unwrap_or(""),
            offered()
        )
    })
}

/// The offer the `Accept` header likes best (ties go to the earlier offer); the first offer
/// when there is no header; `None` when every offer is refused.
pub fn choose<T: Copy>(accept: Option<&str>, offers: &[(&str, T)]) -> Option<T> {
    let accept = match accept.map(str::trim) {
        None | Some("") => return offers.first().map(|(_, t)| *t),
        Some(a) => a,
    };
    let ranges: Vec<(String, String, f32)> = accept.split(',').filter_map(parse_range).collect();
    let mut best: Option<(f32, T)> = None;
    for (media, t) in offers {
        let (ty, sub) = media.split_once('/').unwrap_or((media, ""));
        // The most specific range that matches gives the quality.
        let q = ranges
            .iter()
            .filter_map(|(rt, rs, q)| {
                let specificity = match (rt.as_str(), rs.as_str()) {
                    (a, b) if a == ty && b == sub => 2,
                    (a, "*") if a == ty => 1,
                    ("*", "*") => 0,
                    _ => return None,
                };
                Some((specificity, *q))
            })
            .max_by_key(|(s, _)| *s)
            .map(|(_, q)| q)
            .unwrap_or(0.0);
        if q > 0.0 && best.as_ref().is_none_or(|(b, _)| q > *b) {
            best = Some((q, *t));
        }
    }
    best.map(|(_, t)| t)
}

fn parse_range(range: &str) -> Option<(String, String, f32)> {
    let mut parts = range.split(';');
    let media = parts.next()?.trim().to_ascii_lowercase();
    let (ty, sub) = media.split_once('/')?;
    let mut q = 1.0;
    for p in parts {
        if let Some((k, v)) = p.split_once('=') {
            if k.trim().eq_ignore_ascii_case("q") {
                q = v.trim().parse().unwrap_or(0.0);
            }
        }
    }
    Some((ty.trim().to_string(), sub.trim().to_string(), q))
}

/// The content type to send with results in `format`.
pub fn results_content_type(format: QueryResultsFormat) -> String {
    with_charset(format.media_type())
}

/// The content type to send with a graph in `format`.
pub fn graph_content_type(format: RdfFormat) -> String {
    with_charset(format.media_type())
}

fn with_charset(media: &str) -> String {
    if media.starts_with("text/") && !media.contains("charset") {
        format!("{media}; charset=utf-8")
    } else {
        media.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_with_q_values_and_wildcards() {
        let f = |a: &str| results_format(Some(a), None);
        assert_eq!(f("text/csv").unwrap(), QueryResultsFormat::Csv);
        assert_eq!(
            f("text/csv;q=0.5, application/sparql-results+xml").unwrap(),
            QueryResultsFormat::Xml
        );
        assert_eq!(f("*/*").unwrap(), QueryResultsFormat::Json);
        assert_eq!(f("text/*").unwrap(), QueryResultsFormat::Xml);
        assert_eq!(
            f("text/*;q=0.2, text/tab-separated-values").unwrap(),
            QueryResultsFormat::Tsv
        );
        assert!(f("image/png").is_err());
        assert!(f("text/csv;q=0").is_err());
        assert_eq!(
            results_format(None, None).unwrap(),
            QueryResultsFormat::Json
        );
    }

    #[test]
    fn format_parameter_wins() {
        assert_eq!(
            results_format(Some("application/json"), Some("csv")).unwrap(),
            QueryResultsFormat::Csv
        );
        assert_eq!(
            graph_format(None, Some("application/n-triples")).unwrap(),
            RdfFormat::NTriples
        );
        assert_eq!(graph_format(None, Some("nq")).unwrap(), RdfFormat::NQuads);
        assert!(graph_format(None, Some("csv")).is_err());
        assert_eq!(graph_format(None, None).unwrap(), RdfFormat::Turtle);
    }
}
