//! `stats`: what the store holds, in a few lines.

use std::io::Write;

use oxigraph::store::Store;

use crate::query::{select_values, QueryError};
use crate::rdf::vocab::{ID, NS};

fn rows(store: &Store, text: &str) -> Result<Vec<Vec<String>>, QueryError> {
    Ok(select_values(store, text)?
        .into_iter()
        .map(|r| r.into_iter().map(Option::unwrap_or_default).collect())
        .collect())
}

/// Writes the article count, entity counts per class, and the most mentioned entities.
pub fn write_stats(store: &Store, top: usize, out: &mut impl Write) -> Result<(), QueryError> {
    // Counting quads reads every key of one index (6 s at 100k articles): it runs on a
    // thread of its own while the queries run.
    let (quads, counts) = std::thread::scope(|scope| {
        let quads = scope.spawn(|| store.len());
        let counts = counts(store, top);
        (quads.join(), counts)
    });
    let quads = quads
        .map_err(|_| QueryError::Evaluation("counting quads failed".into()))?
        .map_err(|e| QueryError::Evaluation(e.to_string()))?;
    let Counts {
        articles,
        classes,
        most_mentioned,
    } = counts?;
    writeln!(out, "articles  {articles}")?;
    writeln!(out, "quads     {quads}")?;
    writeln!(out, "\nentities per class")?;
    for (class, n) in classes {
        writeln!(out, "  {class:<14}{n}")?;
    }
    writeln!(out, "\nmost mentioned (articles)")?;
    for (label, n) in most_mentioned {
        writeln!(out, "  {label:<40}{n}")?;
    }
    Ok(())
}

struct Counts {
    articles: String,
    classes: Vec<(&'static str, String)>,
    most_mentioned: Vec<(String, String)>,
}

fn first_value(rows: Vec<Vec<String>>) -> String {
    rows.into_iter()
        .next()
        .and_then(|r| r.into_iter().next())
        .unwrap_or_default()
}

fn counts(store: &Store, top: usize) -> Result<Counts, QueryError> {
    let articles = first_value(rows(
        store,
        &format!("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?a {{ ?a a <{NS}Article> }} }}"),
    )?);
    let mut classes = Vec::new();
    for class in [
        "Person",
        "Official",
        "Organization",
        "Place",
        "Meeting",
        "MigrantGroup",
    ] {
        let n = first_value(rows(
            store,
            &format!("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{NS}{class}> }}"),
        )?);
        classes.push((class, n));
    }
    Ok(Counts {
        articles,
        classes,
        most_mentioned: most_mentioned(store, top)?,
    })
}

/// The `top` entities mentioned in the most articles, with their labels. Nodes of one article
/// (its meetings, groups, people known by a surname alone) are left out: they are counted
/// with the rest, since telling them apart by IRI in the query would read every IRI's text,
/// and dropped here, asking for more rows while some were dropped and more exist. Labels are
/// read for the winners only.
fn most_mentioned(store: &Store, top: usize) -> Result<Vec<(String, String)>, QueryError> {
    let per_article = format!("{ID}article/");
    let mut limit = top;
    let counted = loop {
        let rows = rows(
            store,
            &format!(
                "SELECT ?e (COUNT(*) AS ?n) WHERE {{ GRAPH ?a {{ ?e <{NS}confidence> ?c }} }} \
                 GROUP BY ?e ORDER BY DESC(?n) LIMIT {limit}"
            ),
        )?;
        let exhausted = rows.len() < limit;
        let kept: Vec<Vec<String>> = rows
            .into_iter()
            .filter(|r| !r[0].starts_with(&per_article))
            .collect();
        if kept.len() >= top || exhausted {
            break kept;
        }
        limit *= 4;
    };
    let mut out = Vec::new();
    for r in counted.into_iter().take(top) {
        let label = rows(
            store,
            &format!(
                "SELECT (MIN(?l) AS ?label) WHERE {{ <{}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}",
                r[0]
            ),
        )?
        .into_iter()
        .next()
        .and_then(|l| l.into_iter().next())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| r[0].clone());
        out.push((label, r[1].clone()));
    }
    // Ties in the order a person reads them.
    out.sort_by(|a, b| {
        let n = |x: &str| x.parse::<u64>().unwrap_or(0);
        n(&b.1).cmp(&n(&a.1)).then_with(|| a.0.cmp(&b.0))
    });
    Ok(out)
}
