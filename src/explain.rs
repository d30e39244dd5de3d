//! `explain`: how newsgraph resolved an entity: the canonical node, every node and name merged
//! into it, the rule that merged each, the authorities it is identified with, the articles
//! behind it, and the near-misses it was kept apart from.

use std::collections::BTreeSet;
use std::io::Write;

use oxigraph::store::Store;

use crate::gazetteer::fold;
use crate::query::{select_values, QueryError};
use crate::rdf::vocab::NS;

const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";

fn values(store: &Store, q: &str) -> Result<Vec<Vec<String>>, QueryError> {
    Ok(select_values(store, q)?
        .into_iter()
        .map(|r| r.into_iter().map(Option::unwrap_or_default).collect())
        .collect())
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The canonical nodes an IRI or a name (any written form, accents and case ignored) refers to.
pub fn find(store: &Store, entity: &str) -> Result<Vec<String>, QueryError> {
    let nodes: Vec<String> = if entity.contains("://") {
        vec![entity.to_string()]
    } else {
        // Names are matched after folding, so the comparison happens here, not in SPARQL.
        let wanted = fold(entity);
        values(store, &format!("SELECT DISTINCT ?n ?name WHERE {{ {{ ?n <{NS}name> ?name }} UNION {{ ?n <{RDFS_LABEL}> ?name }} }}"))?
            .into_iter()
            .filter(|r| fold(&r[1]) == wanted)
            .map(|r| r[0].clone())
            .collect()
    };
    let mut canonical = BTreeSet::new();
    for n in nodes {
        let c = values(
            store,
            &format!("SELECT ?c WHERE {{ <{n}> <{NS}canonical> ?c }}"),
        )?;
        canonical.insert(c.first().map_or(n, |r| r[0].clone()));
    }
    Ok(canonical.into_iter().collect())
}

/// Writes the explanation of every canonical node `entity` refers to; returns how many.
pub fn explain(store: &Store, entity: &str, out: &mut impl Write) -> Result<usize, QueryError> {
    let found = find(store, entity)?;
    if found.is_empty() {
        writeln!(out, "no entity named {entity:?} in the store")?;
    }
    for c in &found {
        let labels = values(
            store,
            &format!("SELECT DISTINCT ?l WHERE {{ <{c}> <{RDFS_LABEL}> ?l }}"),
        )?;
        writeln!(
            out,
            "{}\n  node: {c}",
            labels.first().map_or("(no label)", |r| r[0].as_str())
        )?;
        let members = values(store, &format!("SELECT ?n ?rule WHERE {{ ?n <{NS}canonical> <{c}> ; <{NS}resolutionRule> ?rule }} ORDER BY ?n"))?;
        let mut nodes = vec![c.clone()];
        nodes.extend(members.iter().map(|r| r[0].clone()));
        let list = nodes
            .iter()
            .map(|n| format!("<{n}>"))
            .collect::<Vec<_>>()
            .join(" ");
        let names = values(store, &format!("SELECT DISTINCT ?name WHERE {{ VALUES ?n {{ {list} }} ?n <{NS}name> ?name }} ORDER BY ?name"))?;
        writeln!(
            out,
            "  names: {}",
            names
                .iter()
                .map(|r| r[0].as_str())
                .collect::<Vec<_>>()
                .join(" | ")
        )?;
        for m in &members {
            writeln!(out, "  merged: {} (rule: {})", m[0], m[1])?;
        }
        for r in values(
            store,
            &format!(
                "SELECT DISTINCT ?id WHERE {{ <{c}> <http://www.w3.org/2002/07/owl#sameAs> ?id }}"
            ),
        )? {
            writeln!(out, "  same as: {}", r[0])?;
        }
        for r in values(
            store,
            &format!(
                "SELECT DISTINCT ?title WHERE {{ VALUES ?n {{ {list} }} ?n <{NS}title> ?title }}"
            ),
        )? {
            writeln!(out, "  title: {}", r[0])?;
        }
        let articles = values(store, &format!(
            "SELECT DISTINCT ?a ?h WHERE {{ VALUES ?n {{ {list} }} GRAPH ?a {{ ?n <{NS}rule> ?r }} OPTIONAL {{ ?a <{NS}headline> ?h }} }} ORDER BY ?a"
        ))?;
        writeln!(out, "  articles: {}", articles.len())?;
        for a in &articles {
            writeln!(
                out,
                "    {} {}",
                a[0],
                if a[1].is_empty() {
                    String::new()
                } else {
                    format!("\"{}\"", escape(&a[1]))
                }
            )?;
        }
        for r in values(
            store,
            &format!(
                "SELECT ?note WHERE {{ VALUES ?n {{ {list} }} ?n <{NS}resolutionNote> ?note }}"
            ),
        )? {
            writeln!(out, "  note: {}", r[0])?;
        }
    }
    Ok(found.len())
}
