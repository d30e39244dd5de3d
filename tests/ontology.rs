//! The ontology declares every term the code writes, and the graphs written use only
//! declared terms.

mod common;

use std::collections::{BTreeSet, HashMap, HashSet};

use common::*;
use newsgraph::article::{expand_inputs, read_input, ReadOptions};
use newsgraph::gazetteer::Gazetteer;
use newsgraph::ingest::{prepare, Prepared};
use newsgraph::rdf::vocab::{class, external, prop, NS};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::store::Store;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const OWL_CLASS: &str = "http://www.w3.org/2002/07/owl#Class";
const RDFS_CLASS: &str = "http://www.w3.org/2000/01/rdf-schema#Class";
const OWL_DEPRECATED: &str = "http://www.w3.org/2002/07/owl#deprecated";

struct Ontology {
    /// Subject IRI -> its rdf:type IRIs.
    types: HashMap<String, HashSet<String>>,
    /// Subjects with an rdfs:label.
    labelled: HashSet<String>,
    /// Terms marked `owl:deprecated true`: declared for stores older versions wrote, never
    /// written now.
    deprecated: HashSet<String>,
    /// Namespaces under http://www.w3.org/ declared with @prefix.
    w3c_namespaces: Vec<String>,
}

fn ontology() -> Ontology {
    let path = repo().join("ontology").join("newsgraph.ttl");
    let text = std::fs::read_to_string(&path).unwrap();
    let quads: Vec<Quad> = RdfParser::from_format(RdfFormat::Turtle)
        .for_reader(text.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{} is not valid Turtle: {e}", path.display()));
    assert!(quads.len() > 100, "suspiciously small ontology");
    let mut types: HashMap<String, HashSet<String>> = HashMap::new();
    let mut labelled = HashSet::new();
    let mut deprecated = HashSet::new();
    for q in &quads {
        let NamedOrBlankNode::NamedNode(s) = &q.subject else {
            continue;
        };
        match (q.predicate.as_str(), &q.object) {
            (RDF_TYPE, Term::NamedNode(o)) => {
                types
                    .entry(s.as_str().to_string())
                    .or_default()
                    .insert(o.as_str().to_string());
            }
            (RDFS_LABEL, Term::Literal(l)) => {
                assert!(!l.value().trim().is_empty(), "empty label on {s}");
                labelled.insert(s.as_str().to_string());
            }
            (OWL_DEPRECATED, Term::Literal(l)) if l.value() == "true" => {
                deprecated.insert(s.as_str().to_string());
            }
            _ => {}
        }
    }
    let w3c_namespaces = text
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l
                .strip_prefix("@prefix")
                .or_else(|| l.strip_prefix("PREFIX"))?;
            let iri = rest.split('<').nth(1)?.split('>').next()?;
            iri.starts_with("http://www.w3.org/")
                .then(|| iri.to_string())
        })
        .collect::<Vec<_>>();
    assert!(
        w3c_namespaces
            .iter()
            .any(|n| n.ends_with("22-rdf-syntax-ns#")),
        "rdf: prefix not declared"
    );
    Ontology {
        types,
        labelled,
        deprecated,
        w3c_namespaces,
    }
}

impl Ontology {
    fn declared(&self, iri: &str) -> bool {
        self.labelled.contains(iri)
            && self.types.contains_key(iri)
            && !self.deprecated.contains(iri)
    }
    fn allowed(&self, iri: &str) -> bool {
        self.declared(iri)
            || (!iri.starts_with(NS)
                && self
                    .w3c_namespaces
                    .iter()
                    .any(|ns| iri.starts_with(ns.as_str())))
    }
}

#[test]
fn every_vocab_term_is_declared_with_a_label() {
    let o = ontology();
    let mut missing = Vec::new();
    for iri in class::ALL.iter().chain(prop::ALL).chain(external::ALL) {
        if !(o.labelled.contains(*iri) || *iri == RDF_TYPE) {
            missing.push(*iri);
        }
    }
    assert!(
        missing.is_empty(),
        "terms without rdfs:label in ontology/newsgraph.ttl: {missing:?}"
    );
    for iri in class::ALL {
        let t = o.types.get(*iri).cloned().unwrap_or_default();
        assert!(
            t.contains(OWL_CLASS) || t.contains(RDFS_CLASS),
            "{iri} is not declared a class: {t:?}"
        );
    }
    let property_types = [
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property",
        "http://www.w3.org/2002/07/owl#ObjectProperty",
        "http://www.w3.org/2002/07/owl#DatatypeProperty",
        "http://www.w3.org/2002/07/owl#AnnotationProperty",
    ];
    for iri in prop::ALL.iter().chain(external::ALL) {
        let t = o.types.get(*iri).cloned().unwrap_or_default();
        assert!(
            property_types.iter().any(|p| t.contains(*p)),
            "{iri} is not declared a property: {t:?}"
        );
    }
    // And the other way: every ng: term the ontology declares is one the code knows, unless
    // it is deprecated, which the code must not know.
    let known: HashSet<&str> = class::ALL.iter().chain(prop::ALL).copied().collect();
    let unknown: BTreeSet<&String> = o
        .labelled
        .iter()
        .filter(|i| i.starts_with(NS) && !known.contains(i.as_str()) && !o.deprecated.contains(*i))
        .collect();
    let deprecated_known: BTreeSet<&String> = o
        .deprecated
        .iter()
        .filter(|i| known.contains(i.as_str()))
        .collect();
    assert!(
        deprecated_known.is_empty(),
        "deprecated in the ontology but still in src/rdf/vocab.rs: {deprecated_known:?}"
    );
    assert!(
        o.deprecated.contains(&format!("{NS}Mention")),
        "ng:Mention, which stores before 0.4 hold, is no longer declared deprecated"
    );
    assert!(
        unknown.is_empty(),
        "declared in the ontology but not in src/rdf/vocab.rs: {unknown:?}"
    );
}

fn prepare_examples() -> Vec<Prepared> {
    let g = Gazetteer::builtin();
    let (files, errors) = expand_inputs(&[examples_dir()]);
    assert!(errors.is_empty(), "{errors:?}");
    let mut out = Vec::new();
    for f in files {
        let read = read_input(&f, &ReadOptions::default());
        assert!(read.errors.is_empty(), "{:?}", read.errors);
        out.extend(read.articles.iter().map(|a| prepare(&g, a)));
    }
    assert_eq!(out.len(), EXAMPLE_ARTICLES);
    out
}

#[test]
fn extracted_quads_use_only_ontology_terms() {
    let o = ontology();
    let store = Store::new().unwrap();
    for p in prepare_examples() {
        assert!(!p.quads.is_empty());
        let reference = GraphName::NamedNode(NamedNode::new_unchecked(
            newsgraph::rdf::vocab::GAZETTEER_GRAPH,
        ));
        for q in &p.quads {
            assert!(
                q.graph_name == GraphName::NamedNode(p.article.clone())
                    || q.graph_name == reference,
                "quad outside its article's graph and the gazetteer graph: {q}"
            );
        }
        store.extend(p.quads.clone()).unwrap();
    }
    let mut bad_predicates = BTreeSet::new();
    let mut bad_types = BTreeSet::new();
    let mut bad_datatypes = BTreeSet::new();
    let mut predicates = HashSet::new();
    let mut classes = HashSet::new();
    for q in store.iter() {
        let q = q.unwrap();
        let p = q.predicate.as_str().to_string();
        if !o.allowed(&p) {
            bad_predicates.insert(p.clone());
        }
        if p == RDF_TYPE {
            match &q.object {
                Term::NamedNode(c) if o.allowed(c.as_str()) => {
                    classes.insert(c.as_str().to_string());
                }
                other => {
                    bad_types.insert(other.to_string());
                }
            }
        }
        if let Term::Literal(l) = &q.object {
            if !o
                .w3c_namespaces
                .iter()
                .any(|ns| l.datatype().as_str().starts_with(ns.as_str()))
            {
                bad_datatypes.insert(l.datatype().as_str().to_string());
            }
        }
        predicates.insert(p);
    }
    assert!(
        bad_predicates.is_empty(),
        "predicates not declared in the ontology: {bad_predicates:?}"
    );
    assert!(
        bad_types.is_empty(),
        "rdf:type objects not declared in the ontology: {bad_types:?}"
    );
    assert!(
        bad_datatypes.is_empty(),
        "literal datatypes outside the W3C namespaces: {bad_datatypes:?}"
    );
    // The examples exercise the main terms.
    for needed in [
        class::ARTICLE,
        class::PERSON,
        class::PLACE,
        class::MEETING,
        class::MIGRANT_GROUP,
    ] {
        assert!(
            classes.contains(needed),
            "no {needed} in the examples' graphs"
        );
    }
    for needed in [
        prop::NAME,
        prop::PARTICIPANT,
        prop::EVIDENCE,
        prop::CONTENT_HASH,
        RDFS_LABEL,
    ] {
        assert!(
            predicates.contains(needed),
            "no {needed} in the examples' graphs"
        );
    }
    // Bookkeeping terms are never in an article's graph.
    assert!(!predicates.contains(prop::INGESTED_AT) && !predicates.contains(prop::SOURCE));
}

#[test]
fn binary_store_has_one_named_graph_per_article() {
    let (_dir, store) = examples_store();
    let (_, rows) = query_csv(&store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }");
    let mut graphs: BTreeSet<String> = rows.into_iter().map(|r| r[0].clone()).collect();
    // Besides the article graphs, exactly three: cross-article resolution, gazetteer facts
    // and the summary `stats` reads.
    assert!(
        graphs.remove(newsgraph::rdf::vocab::RESOLUTION_GRAPH),
        "no resolution graph"
    );
    assert!(
        graphs.remove(newsgraph::rdf::vocab::SUMMARY_GRAPH),
        "no summary graph"
    );
    assert!(
        graphs.remove(newsgraph::rdf::vocab::GAZETTEER_GRAPH),
        "no gazetteer graph"
    );
    assert_eq!(graphs.len(), EXAMPLE_ARTICLES);
    // Each graph is named by the ng:Article it holds, and holds exactly one article.
    let (_, rows) = query_csv(&store, &format!("SELECT ?g (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ ?a a <{NS}Article> }} }} GROUP BY ?g"));
    assert_eq!(rows.len(), EXAMPLE_ARTICLES);
    for r in &rows {
        assert_eq!(r[1], "1", "graph {} holds {} articles", r[0], r[1]);
    }
    let (_, rows) = query_csv(
        &store,
        &format!("SELECT ?g WHERE {{ GRAPH ?g {{ ?g a <{NS}Article> }} }}"),
    );
    assert_eq!(
        rows.len(),
        EXAMPLE_ARTICLES,
        "graphs not named by their article"
    );
    // The binary and the library agree on the article IRIs.
    let lib: BTreeSet<String> = prepare_examples()
        .iter()
        .map(|p| p.article.as_str().to_string())
        .collect();
    assert_eq!(graphs, lib);
}
