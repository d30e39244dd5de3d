//! `stats`: what the store holds, in a few lines.

use std::io::Write;

use oxigraph::store::Store;

use crate::query::{select_count, select_values, QueryError};
use crate::rdf::vocab::NS;
use crate::store::StoreError;
use crate::summary;

fn rows(store: &Store, text: &str) -> Result<Vec<Vec<String>>, QueryError> {
    Ok(select_values(store, text)?
        .into_iter()
        .map(|r| r.into_iter().map(Option::unwrap_or_default).collect())
        .collect())
}

/// Writes the article count, the quads in article graphs, entity counts per class, and the
/// most mentioned entities. They come from the store's summary, kept up to date by every
/// newsgraph write; when a SPARQL update or an interrupted write left it out of date, they are
/// counted from the article graphs instead (seconds on a large store), and this returns false.
pub fn write_stats(store: &Store, top: usize, out: &mut impl Write) -> Result<bool, QueryError> {
    let articles: u64 = select_count(
        store,
        &format!("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?a {{ ?a a <{NS}Article> }} }}"),
    )?;
    let summary_error = |e: StoreError| QueryError::Evaluation(e.to_string());
    let kept = summary::read(store).map_err(|e| summary_error(e.into()))?;
    let current = kept.is_some();
    let (counts, most_mentioned) = match kept {
        Some(counts) => (
            counts,
            summary::most_mentioned(store, top).map_err(summary_error)?,
        ),
        // Counting reads every article graph: it runs on a thread of its own while the
        // ranking query runs.
        None => std::thread::scope(|scope| {
            let counts = scope.spawn(|| summary::count_from_articles(store));
            let ranking = ranking_from_articles(store, top);
            let counts = counts
                .join()
                .map_err(|_| QueryError::Evaluation("counting failed".into()))?
                .map_err(summary_error)?;
            Ok::<_, QueryError>((counts, ranking?))
        })?,
    };
    writeln!(out, "articles  {articles}")?;
    writeln!(out, "quads     {} in article graphs", counts.quads)?;
    writeln!(out, "\nentities per class")?;
    for (class, n) in summary::COUNTED_CLASSES.iter().zip(&counts.classes) {
        let name = class.strip_prefix(NS).unwrap_or(class);
        writeln!(out, "  {name:<14}{n}")?;
    }
    writeln!(out, "\nmost mentioned (articles)")?;
    for (label, n) in labelled(store, most_mentioned)? {
        writeln!(out, "  {label:<40}{n}")?;
    }
    Ok(current)
}

/// The `top` entities mentioned in the most articles, counted from the article graphs and
/// ranked as the summary ranks them. Nodes of one article (its meetings, groups, people known
/// by a surname alone) are left out: they are counted with the rest, since telling them apart
/// by IRI in the query would read every IRI's text, and dropped here, asking for more rows
/// while some were dropped and more exist. Then every entity tied with the last is read, so
/// that ties at the cut go by IRI.
fn ranking_from_articles(store: &Store, top: usize) -> Result<Vec<(String, u64)>, QueryError> {
    if top == 0 {
        return Ok(Vec::new());
    }
    // The rows a query gives, and those that are not an article's own nodes.
    let counts = |tail: &str| -> Result<(usize, Vec<(String, u64)>), QueryError> {
        let rows = rows(
            store,
            &format!(
                "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?a {{ ?e <{NS}rule> ?r }} }} \
                 GROUP BY ?e {tail}"
            ),
        )?;
        let given = rows.len();
        let kept = rows
            .into_iter()
            .filter(|r| !summary::is_article_own(&r[0]))
            .map(|r| (r[0].clone(), r[1].parse().unwrap_or(0)))
            .collect();
        Ok((given, kept))
    };
    let mut limit = top;
    loop {
        let (given, kept) = counts(&format!("ORDER BY DESC(?n) LIMIT {limit}"))?;
        if kept.len() >= top {
            let cut = summary::rank(kept, top).last().map_or(0, |(_, n)| *n);
            let (_, tied_or_above) = counts(&format!("HAVING (COUNT(DISTINCT ?a) >= {cut})"))?;
            return Ok(summary::rank(tied_or_above, top));
        }
        if given < limit {
            return Ok(summary::rank(kept, top));
        }
        limit *= 4;
    }
}

/// The ranked entities by label (read for these only), ties in the order a person reads them.
fn labelled(store: &Store, ranked: Vec<(String, u64)>) -> Result<Vec<(String, u64)>, QueryError> {
    let mut out = Vec::new();
    for (iri, n) in ranked {
        let label = rows(
            store,
            &format!(
                "SELECT (MIN(?l) AS ?label) WHERE {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
            ),
        )?
        .into_iter()
        .next()
        .and_then(|l| l.into_iter().next())
        .filter(|l| !l.is_empty())
        .unwrap_or(iri);
        out.push((label, n));
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(out)
}
