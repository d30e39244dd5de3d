//! `stats`: what the store holds, in a few lines.

use std::io::Write;

use oxigraph::store::Store;

use crate::query::{select_values, QueryError};
use crate::rdf::vocab::NS;

fn rows(store: &Store, text: &str) -> Result<Vec<Vec<String>>, QueryError> {
    Ok(select_values(store, text)?
        .into_iter()
        .map(|r| r.into_iter().map(Option::unwrap_or_default).collect())
        .collect())
}

/// Writes the article count, entity counts per class, and the most mentioned entities.
pub fn write_stats(store: &Store, top: usize, out: &mut impl Write) -> Result<(), QueryError> {
    let quads = store
        .len()
        .map_err(|e| QueryError::Evaluation(e.to_string()))?;
    let articles = rows(
        store,
        &format!("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?a {{ ?a a <{NS}Article> }} }}"),
    )?;
    writeln!(
        out,
        "articles  {}",
        articles
            .first()
            .and_then(|r| r.first())
            .cloned()
            .unwrap_or_default()
    )?;
    writeln!(out, "quads     {quads}")?;
    writeln!(out, "\nentities per class")?;
    for class in [
        "Person",
        "Official",
        "Organization",
        "Place",
        "Meeting",
        "MigrantGroup",
    ] {
        let n = rows(
            store,
            &format!("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{NS}{class}> }}"),
        )?;
        writeln!(
            out,
            "  {class:<14}{}",
            n.first()
                .and_then(|r| r.first())
                .cloned()
                .unwrap_or_default()
        )?;
    }
    writeln!(out, "\nmost mentioned (articles)")?;
    // Counted per node first, labelled after: in the union default graph a label told by N
    // articles appears N times, and joining before counting multiplies the work by N.
    let q = format!(
        "SELECT ?label ?n WHERE {{ \
           {{ SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?a {{ ?e <{NS}mentionedIn> ?a }} \
              FILTER(!STRSTARTS(STR(?e), STR(?a))) }} GROUP BY ?e ORDER BY DESC(?n) LIMIT {top} }} \
           {{ SELECT ?e (MIN(?l) AS ?label) WHERE {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }} GROUP BY ?e }} \
         }} ORDER BY DESC(?n) ?label"
    );
    for r in rows(store, &q)? {
        writeln!(out, "  {:<40}{}", r[0], r[1])?;
    }
    Ok(())
}
