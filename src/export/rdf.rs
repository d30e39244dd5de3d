//! RDF exports of the store's quads: Turtle, N-Triples, RDF/XML (one graph), N-Quads, TriG
//! and JSON-LD (the whole dataset, graph names kept), with the project's prefixes.
//!
//! Quads are sorted (graph, subject, predicate, object) so that the same store always gives
//! the same bytes: exports diff well and round trips compare equal. JSON-LD is written here
//! rather than by oxjsonld, whose keys are full IRIs: our context names every ng: property
//! by its local name ("name", "participant") so the keys read like the ontology.

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, NamedNode, Quad, Term, Triple};
use oxigraph::store::Store;
use serde_json::{json, Map, Value};

use super::ExportError;
use crate::rdf::vocab::{external, prop, NS};

/// The RDF syntaxes `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    Turtle,
    NTriples,
    RdfXml,
    NQuads,
    TriG,
    JsonLd,
}

impl Syntax {
    /// Whether the syntax keeps graph names.
    pub fn is_dataset(self) -> bool {
        matches!(self, Syntax::NQuads | Syntax::TriG | Syntax::JsonLd)
    }
}

/// What was written.
pub struct Written {
    /// Quads (or triples, for one-graph syntaxes) written.
    pub statements: usize,
    /// Named graphs merged into one, when a one-graph syntax was asked for the whole store.
    pub merged_graphs: Option<usize>,
}

/// Writes the store (or one article graph, with the gazetteer facts about the places it names)
/// in `syntax`.
///
/// One-graph syntaxes without `graph` get the union of the article graphs, which is what
/// queries see; the default graph's bookkeeping (ingest time, source path) is left out.
pub fn write(
    store: &Store,
    graph: Option<&NamedNode>,
    syntax: Syntax,
    out: &mut impl Write,
) -> Result<Written, ExportError> {
    let mut quads: Vec<Quad> = match graph {
        Some(g) => crate::store::article_quads(store, g)?,
        None => store.iter().collect::<Result<_, _>>()?,
    };
    let mut merged_graphs = None;
    if !syntax.is_dataset() {
        if graph.is_none() {
            quads.retain(|q| !q.graph_name.is_default_graph());
            merged_graphs = Some(store.named_graphs().count());
        }
        // One graph loses which article said what; ng:mentionedIn keeps which articles
        // mention each entity (those whose graph holds its rules).
        let mentioned_in = NamedNode::new_unchecked(prop::MENTIONED_IN);
        let mentions: Vec<Quad> = quads
            .iter()
            .filter(|q| q.predicate.as_str() == prop::RULE)
            .filter_map(|q| match &q.graph_name {
                GraphName::NamedNode(article) => Some(Quad::new(
                    q.subject.clone(),
                    mentioned_in.clone(),
                    article.clone(),
                    GraphName::DefaultGraph,
                )),
                _ => None,
            })
            .collect();
        quads.extend(mentions);
        let mut seen = HashSet::new();
        quads.retain(|q| seen.insert(Triple::from(q.clone())));
        for q in &mut quads {
            q.graph_name = GraphName::DefaultGraph;
        }
    }
    let key = |q: &Quad| {
        (
            q.graph_name.to_string(),
            q.subject.to_string(),
            q.predicate.to_string(),
            q.object.to_string(),
        )
    };
    quads.sort_by_cached_key(key);
    let statements = quads.len();
    let format = match syntax {
        Syntax::Turtle => RdfFormat::Turtle,
        Syntax::NTriples => RdfFormat::NTriples,
        Syntax::RdfXml => RdfFormat::RdfXml,
        Syntax::NQuads => RdfFormat::NQuads,
        Syntax::TriG => RdfFormat::TriG,
        Syntax::JsonLd => {
            json_ld(&quads, out)?;
            return Ok(Written {
                statements,
                merged_graphs,
            });
        }
    };
    let mut ser = crate::prefixes(RdfSerializer::from_format(format)).for_writer(out);
    for q in &quads {
        ser.serialize_quad(q)?;
    }
    ser.finish()?;
    Ok(Written {
        statements,
        merged_graphs,
    })
}

/// An IRI with a project prefix when one fits ("ngid:person/x").
fn compact(iri: &str) -> String {
    for (p, ns) in crate::PREFIXES {
        if let Some(rest) = iri.strip_prefix(ns) {
            return format!("{p}:{rest}");
        }
    }
    iri.to_string()
}

/// The JSON-LD key of a predicate: the local name of ng: properties (declared in the
/// context), "label" and "sameAs" for the reused terms, a prefixed or full IRI otherwise.
fn key(predicate: &str) -> String {
    match predicate {
        external::RDFS_LABEL => "label".into(),
        external::OWL_SAME_AS => "sameAs".into(),
        p if prop::ALL.contains(&p) => p.trim_start_matches(NS).into(),
        p => compact(p),
    }
}

fn context() -> Value {
    let mut c = Map::new();
    for (p, ns) in crate::PREFIXES {
        c.insert((*p).into(), json!(ns));
    }
    for p in prop::ALL {
        c.insert(p.trim_start_matches(NS).into(), json!(compact(p)));
    }
    c.insert("label".into(), json!("rdfs:label"));
    c.insert("sameAs".into(), json!("owl:sameAs"));
    Value::Object(c)
}

fn value(term: &Term) -> Value {
    match term {
        Term::NamedNode(n) => json!({ "@id": compact(n.as_str()) }),
        Term::BlankNode(b) => json!({ "@id": format!("_:{}", b.as_str()) }),
        Term::Literal(l) => match (l.language(), l.datatype()) {
            (Some(lang), _) => json!({ "@value": l.value(), "@language": lang }),
            (None, d) if d == xsd::STRING => json!(l.value()),
            (None, d) => json!({ "@value": l.value(), "@type": compact(d.as_str()) }),
        },
    }
}

/// Node objects of sorted quads of one graph, one per subject.
fn nodes(quads: &[&Quad]) -> Vec<Value> {
    let mut by_subject: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    for q in quads {
        let id = match &q.subject {
            oxigraph::model::NamedOrBlankNode::NamedNode(n) => compact(n.as_str()),
            oxigraph::model::NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        };
        let node = by_subject.entry(id.clone()).or_insert_with(|| {
            let mut m = Map::new();
            m.insert("@id".into(), json!(id));
            m
        });
        let (k, v) = match (&q.object, q.predicate.as_str()) {
            (Term::NamedNode(t), external::RDF_TYPE) => {
                ("@type".to_string(), json!(compact(t.as_str())))
            }
            (o, p) => (key(p), value(o)),
        };
        if let Value::Array(a) = node.entry(k).or_insert_with(|| json!([])) {
            a.push(v);
        }
    }
    by_subject.into_values().map(Value::Object).collect()
}

/// Writes sorted quads as one JSON-LD document: default-graph nodes at the top, each named
/// graph as a `{"@id": graph, "@graph": [...]}` object.
fn json_ld(quads: &[Quad], out: &mut impl Write) -> io::Result<()> {
    let mut graphs: BTreeMap<Option<String>, Vec<&Quad>> = BTreeMap::new();
    for q in quads {
        let g = match &q.graph_name {
            GraphName::NamedNode(n) => Some(compact(n.as_str())),
            GraphName::BlankNode(b) => Some(format!("_:{}", b.as_str())),
            GraphName::DefaultGraph => None,
        };
        graphs.entry(g).or_default().push(q);
    }
    let mut top = Vec::new();
    for (g, qs) in graphs {
        match g {
            None => top.extend(nodes(&qs)),
            Some(g) => top.push(json!({ "@id": g, "@graph": nodes(&qs) })),
        }
    }
    let doc = json!({ "@context": context(), "@graph": top });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
