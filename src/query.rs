//! SPARQL over the store: the ready queries of `queries/` (embedded in the binary) and any
//! query text, with results written as a table, CSV, TSV, JSON, XML, an RDF format or DOT.

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsSerializer, WriterSolutionsSerializer,
};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator, Variable};
use oxigraph::store::Store;

macro_rules! ready {
    ($($name:literal),*) => { &[$(($name, include_str!(concat!("../queries/", $name, ".rq")))),*] };
}

/// The ready queries: name and text. Their first comment lines say what they answer.
pub const READY: &[(&str, &str)] = ready!(
    "people",
    "officials",
    "organizations",
    "places",
    "meetings",
    "migrant-groups",
    "group-origins",
    "group-locations",
    "group-people",
    "who-met-whom",
    "meeting-timeline",
    "groups-by-size",
    "places-with-coordinates",
    "provenance",
    "articles",
    "size-reports",
    "entity-articles",
    "resolution"
);

/// The purpose of a ready query: its opening comment, joined into one line.
pub fn purpose(text: &str) -> String {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Output formats of `query`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns for reading on a terminal.
    Table,
    Csv,
    Tsv,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL Query Results XML.
    Xml,
    /// Turtle (CONSTRUCT and DESCRIBE).
    Turtle,
    /// N-Triples (CONSTRUCT and DESCRIBE).
    Ntriples,
    /// N-Quads (CONSTRUCT and DESCRIBE).
    Nquads,
    /// GraphViz DOT drawing of the triples (CONSTRUCT and DESCRIBE).
    Dot,
}

/// Why a query failed.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    #[error("query evaluation failed: {0}")]
    Evaluation(String),
    #[error("format {format:?} does not fit a {kind} query (use {hint})")]
    Format {
        format: OutputFormat,
        kind: &'static str,
        hint: &'static str,
    },
    #[error("writing results: {0}")]
    Io(#[from] std::io::Error),
}

/// Resolves what the user typed: a ready query name, a `.rq` path, or SPARQL text.
pub fn resolve_query_text(arg: &str) -> std::io::Result<String> {
    if let Some((_, text)) = READY
        .iter()
        .find(|(name, _)| *name == arg || format!("{name}.rq") == arg)
    {
        if !std::path::Path::new(arg).exists() {
            return Ok((*text).to_string());
        }
    }
    let path = std::path::Path::new(arg);
    if arg.ends_with(".rq") || arg.ends_with(".sparql") || (path.is_file() && !arg.contains('{')) {
        return std::fs::read_to_string(path);
    }
    Ok(arg.to_string())
}

/// Runs a query; the default graph is the union of all article graphs.
pub fn run_query(store: &Store, text: &str) -> Result<QueryResults<'static>, QueryError> {
    run_query_with(store, text, SparqlEvaluator::new(), &Dataset::default())
}

/// The graphs a query runs over, as the SPARQL protocol's `default-graph-uri` and
/// `named-graph-uri` give them. Empty: the default graph is the union of all graphs and every
/// named graph is available, as for `newsgraph query`.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    pub default_graphs: Vec<oxigraph::model::NamedNode>,
    pub named_graphs: Vec<oxigraph::model::NamedNode>,
}

/// Runs a query with an evaluator set up by the caller (a cancellation token, say) over
/// `dataset`; without explicit default graphs the default graph is the union of all graphs.
pub fn run_query_with(
    store: &Store,
    text: &str,
    evaluator: SparqlEvaluator,
    dataset: &Dataset,
) -> Result<QueryResults<'static>, QueryError> {
    let mut prepared = evaluator
        .parse_query(text)
        .map_err(|e| QueryError::Syntax(e.to_string()))?;
    let ds = prepared.dataset_mut();
    if dataset.default_graphs.is_empty() {
        ds.set_default_graph_as_union();
    } else {
        ds.set_default_graph(
            dataset
                .default_graphs
                .iter()
                .cloned()
                .map(Into::into)
                .collect(),
        );
    }
    if !dataset.named_graphs.is_empty() {
        ds.set_available_named_graphs(
            dataset
                .named_graphs
                .iter()
                .cloned()
                .map(Into::into)
                .collect(),
        );
    }
    prepared
        .on_store(store)
        .execute()
        .map_err(|e| QueryError::Evaluation(e.to_string()))
}

/// Runs a query and writes its results.
pub fn write_results(
    store: &Store,
    text: &str,
    format: OutputFormat,
    out: &mut impl Write,
) -> Result<usize, QueryError> {
    let results = run_query(store, text)?;
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let results_format = match format {
                OutputFormat::Table => None,
                OutputFormat::Csv => Some(QueryResultsFormat::Csv),
                OutputFormat::Tsv => Some(QueryResultsFormat::Tsv),
                OutputFormat::Json => Some(QueryResultsFormat::Json),
                OutputFormat::Xml => Some(QueryResultsFormat::Xml),
                _ => {
                    return Err(QueryError::Format {
                        format,
                        kind: "SELECT",
                        hint: "table, csv, tsv, json or xml",
                    })
                }
            };
            let mut count = 0;
            match results_format {
                Some(f) => {
                    let mut ser = SolutionsWriter::start(f, out, variables)?;
                    for s in solutions {
                        ser.write(&s.map_err(|e| QueryError::Evaluation(e.to_string()))?)?;
                        count += 1;
                    }
                    ser.finish()?;
                }
                None => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s.map_err(|e| QueryError::Evaluation(e.to_string()))?;
                        rows.push(
                            variables
                                .iter()
                                .map(|v| s.get(v).map(readable).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    count = rows.len();
                    let header: Vec<String> =
                        variables.iter().map(|v| v.as_str().to_string()).collect();
                    write_table(out, &header, &rows)?;
                }
            }
            Ok(count)
        }
        QueryResults::Boolean(b) => {
            match format {
                OutputFormat::Json | OutputFormat::Xml | OutputFormat::Csv | OutputFormat::Tsv => {
                    let f = match format {
                        OutputFormat::Json => QueryResultsFormat::Json,
                        OutputFormat::Xml => QueryResultsFormat::Xml,
                        OutputFormat::Csv => QueryResultsFormat::Csv,
                        _ => QueryResultsFormat::Tsv,
                    };
                    QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(out, b)?;
                }
                _ => writeln!(out, "{b}")?,
            }
            Ok(1)
        }
        QueryResults::Graph(triples) if format == OutputFormat::Dot => {
            let triples = triples
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| QueryError::Evaluation(e.to_string()))?;
            crate::export::dot::write_triples(&triples, out)?;
            Ok(triples.len())
        }
        QueryResults::Graph(triples) => {
            let rdf = match format {
                OutputFormat::Turtle | OutputFormat::Table => RdfFormat::Turtle,
                OutputFormat::Ntriples => RdfFormat::NTriples,
                OutputFormat::Nquads => RdfFormat::NQuads,
                _ => {
                    return Err(QueryError::Format {
                        format,
                        kind: "CONSTRUCT/DESCRIBE",
                        hint: "turtle, ntriples, nquads or dot",
                    })
                }
            };
            let mut ser = crate::prefixes(RdfSerializer::from_format(rdf)).for_writer(out);
            let mut count = 0;
            for t in triples {
                ser.serialize_triple(&t.map_err(|e| QueryError::Evaluation(e.to_string()))?)?;
                count += 1;
            }
            ser.finish()?;
            Ok(count)
        }
    }
}

/// Writes SELECT solutions in a SPARQL results format. CSV is written here, not by sparesults,
/// which leaves IRIs bare although an IRI may hold a comma (the span IRIs `#char=S,E` do).
pub enum SolutionsWriter<W: Write> {
    Csv { out: W, variables: Vec<Variable> },
    Other(WriterSolutionsSerializer<W>),
}

impl<W: Write> SolutionsWriter<W> {
    /// Writes the header.
    pub fn start(
        format: QueryResultsFormat,
        mut out: W,
        variables: Vec<Variable>,
    ) -> std::io::Result<Self> {
        if format != QueryResultsFormat::Csv {
            return Ok(SolutionsWriter::Other(
                QueryResultsSerializer::from_format(format)
                    .serialize_solutions_to_writer(out, variables)?,
            ));
        }
        let header: Vec<&str> = variables.iter().map(Variable::as_str).collect();
        write!(out, "{}\r\n", header.join(","))?;
        Ok(SolutionsWriter::Csv { out, variables })
    }

    pub fn write(&mut self, solution: &QuerySolution) -> std::io::Result<()> {
        match self {
            SolutionsWriter::Other(ser) => ser.serialize(solution),
            SolutionsWriter::Csv { out, variables } => {
                let fields: Vec<String> = variables
                    .iter()
                    .map(|v| {
                        solution
                            .get(v)
                            .map_or_else(String::new, |t| csv_field(&plain(t)))
                    })
                    .collect();
                write!(out, "{}\r\n", fields.join(","))
            }
        }
    }

    pub fn finish(self) -> std::io::Result<W> {
        match self {
            SolutionsWriter::Other(ser) => ser.finish(),
            SolutionsWriter::Csv { out, .. } => Ok(out),
        }
    }
}

/// A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a
/// line break.
fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// Runs a SELECT query and returns its rows as plain values: IRIs without brackets, literals
/// without quotes or datatype; `None` where a variable is unbound.
pub fn select_values(store: &Store, text: &str) -> Result<Vec<Vec<Option<String>>>, QueryError> {
    let mut out = Vec::new();
    for_each_row(store, text, |row| out.push(row))?;
    Ok(out)
}

/// The number a `SELECT (COUNT(...) AS ?n)` query answers (0 when it answers nothing).
pub fn select_count<N: std::str::FromStr + Default>(
    store: &Store,
    text: &str,
) -> Result<N, QueryError> {
    Ok(select_values(store, text)?
        .first()
        .and_then(|r| r[0].as_deref())
        .and_then(|n| n.parse().ok())
        .unwrap_or_default())
}

/// [`select_values`] a row at a time, for results too large to hold.
pub fn for_each_row(
    store: &Store,
    text: &str,
    mut each: impl FnMut(Vec<Option<String>>),
) -> Result<(), QueryError> {
    if let QueryResults::Solutions(solutions) = run_query(store, text)? {
        let vars = solutions.variables().to_vec();
        for s in solutions {
            let s = s.map_err(|e| QueryError::Evaluation(e.to_string()))?;
            each(vars.iter().map(|v| s.get(v).map(plain)).collect());
        }
    }
    Ok(())
}

/// A term's plain value, as SPARQL CSV gives it: an IRI without brackets, a literal without
/// quotes or datatype.
pub fn plain(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// A term as a person reads it: literals without quotes or datatypes, IRIs shortened.
fn readable(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => {
            let iri = n.as_str();
            for (prefix, ns) in crate::PREFIXES {
                if let Some(rest) = iri.strip_prefix(ns) {
                    return format!("{prefix}:{rest}");
                }
            }
            iri.to_string()
        }
        other => other.to_string(),
    }
}

fn write_table(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    const MAX: usize = 60;
    let clip = |s: &str| -> String {
        if s.chars().count() > MAX {
            format!("{}…", s.chars().take(MAX - 1).collect::<String>())
        } else {
            s.to_string()
        }
    };
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(clip(c).chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{:<w$}", clip(c), w = widths[i]))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for r in rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal, NamedNode, Quad};

    #[test]
    fn csv_quotes_iris_and_literals_that_need_it() {
        let store = Store::new().unwrap();
        store
            .insert(&Quad::new(
                NamedNode::new_unchecked("https://example.org/a#char=1,5"),
                NamedNode::new_unchecked("https://example.org/says"),
                Literal::new_simple_literal("\"yes\", she said"),
                GraphName::DefaultGraph,
            ))
            .unwrap();
        let mut out = Vec::new();
        let rows = write_results(
            &store,
            "SELECT ?s ?o ?none WHERE { ?s ?p ?o }",
            OutputFormat::Csv,
            &mut out,
        )
        .unwrap();
        assert_eq!(rows, 1);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "s,o,none\r\n\"https://example.org/a#char=1,5\",\"\"\"yes\"\", she said\",\r\n"
        );
    }
}
