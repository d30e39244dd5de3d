//! `export`: the store as files other tools read.
//!
//! One entity view ([`view`]) feeds the diagram-like sinks ([`dot`] for GraphViz, SVG and PNG;
//! [`graphml`]; [`geojson`]); [`rdf`] writes the quads themselves in the RDF syntaxes. The
//! format comes from `--format` or the output file's extension. SVG and PNG are drawn by
//! GraphViz's `dot` when it is installed; when it is not, the DOT file is written instead and
//! the error says how to install GraphViz.

pub mod dot;
pub mod geojson;
pub mod graphml;
pub mod rdf;
pub mod view;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Triple};
use oxigraph::store::{StorageError, Store};

use crate::rdf::vocab::prop;
pub use dot::Cluster;
pub use view::{EntityType, Filter, View};

/// The formats `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// GraphViz DOT source of the entity diagram (.dot, .gv).
    Dot,
    /// The entity diagram drawn by GraphViz as SVG (.svg).
    Svg,
    /// The entity diagram drawn by GraphViz as PNG (.png).
    Png,
    /// Turtle, one graph (.ttl).
    Turtle,
    /// N-Triples, one graph (.nt).
    Ntriples,
    /// N-Quads, every graph (.nq).
    Nquads,
    /// TriG, every graph (.trig).
    Trig,
    /// RDF/XML, one graph (.rdf, .owl, .xml).
    Rdfxml,
    /// JSON-LD with a readable context, every graph (.jsonld).
    Jsonld,
    /// GeoJSON: located places and group routes (.geojson).
    Geojson,
    /// GraphML: the entity graph for Gephi, yEd, Cytoscape (.graphml).
    Graphml,
}

impl Format {
    /// The format a file name's extension names.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "dot" | "gv" => Format::Dot,
            "svg" => Format::Svg,
            "png" => Format::Png,
            "ttl" => Format::Turtle,
            "nt" => Format::Ntriples,
            "nq" => Format::Nquads,
            "trig" => Format::Trig,
            "rdf" | "owl" | "xml" => Format::Rdfxml,
            "jsonld" => Format::Jsonld,
            "geojson" => Format::Geojson,
            "graphml" => Format::Graphml,
            _ => return None,
        })
    }

    fn syntax(self) -> Option<rdf::Syntax> {
        Some(match self {
            Format::Turtle => rdf::Syntax::Turtle,
            Format::Ntriples => rdf::Syntax::NTriples,
            Format::Nquads => rdf::Syntax::NQuads,
            Format::Trig => rdf::Syntax::TriG,
            Format::Rdfxml => rdf::Syntax::RdfXml,
            Format::Jsonld => rdf::Syntax::JsonLd,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Turtle => "turtle",
            Format::Ntriples => "ntriples",
            Format::Nquads => "nquads",
            Format::Trig => "trig",
            Format::Rdfxml => "rdfxml",
            Format::Jsonld => "jsonld",
            Format::Geojson => "geojson",
            Format::Graphml => "graphml",
        }
    }
}

/// What to export and how.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The format; when absent, from the output's extension (DOT on stdout).
    pub format: Option<Format>,
    /// The file to write; stdout when absent.
    pub output: Option<PathBuf>,
    /// One article: its IRI, URL, or the path it was ingested from.
    pub graph: Option<String>,
    /// Only entities within `depth` relations of this one (name or IRI).
    pub focus: Option<String>,
    pub depth: usize,
    /// Only entities of these kinds.
    pub types: Vec<EntityType>,
    /// Only entities named in at least this many sentences (all articles together).
    pub min_mentions: usize,
    /// Boxes per article or per country in diagrams.
    pub cluster: Option<Cluster>,
    /// Draw triples instead of entities.
    pub raw: bool,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot tell the format from {path:?}: give --format, or use an extension among .dot .svg .png .ttl .nt .nq .trig .rdf .jsonld .geojson .graphml")]
    UnknownExtension { path: PathBuf },
    #[error("no article {0:?} in the store: give its IRI, its URL or the path it was ingested from (`newsgraph query articles` lists them)")]
    NoSuchArticle(String),
    #[error("no entity named {name:?} in the diagram{}", if suggestions.is_empty() { String::new() } else { format!("; did you mean {}?", suggestions.join(", ")) })]
    NoSuchEntity {
        name: String,
        suggestions: Vec<String>,
    },
    #[error("{option} shapes diagrams (dot, svg, png, graphml, geojson); a {format} export holds the store's quads as they are (use --graph to pick one article)")]
    NotForRdf {
        option: &'static str,
        format: &'static str,
    },
    #[error("--raw draws the triples of a DOT, SVG or PNG diagram; it does not apply to {0}")]
    RawFormat(&'static str),
    #[error("--raw draws every triple of the selection; {0} applies to the entity diagram only")]
    RawFilter(&'static str),
    #[error("GraphViz `dot` is not on PATH, so no {format} was drawn{}. Install GraphViz (Debian/Ubuntu: `apt-get install graphviz`, Fedora: `dnf install graphviz`, macOS: `brew install graphviz`) and run the export again", match dot_file { Some(p) => format!("; the DOT source is in {} (`dot -T{format} {} -o ...` draws it)", p.display(), p.display()), None => String::new() })]
    DotMissing {
        format: &'static str,
        dot_file: Option<PathBuf>,
    },
    #[error("GraphViz `dot` failed to draw the {format}: {message}")]
    Render {
        format: &'static str,
        message: String,
    },
    #[error("cannot write {path}: {source}")]
    Create { path: PathBuf, source: io::Error },
    #[error("writing the export: {0}")]
    Io(#[from] io::Error),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Writes the export `options` ask for, to the output file or to `stdout`. Returns lines for
/// the user (what was written, what was merged).
pub fn export(
    store: &Store,
    options: &Options,
    stdout: &mut dyn Write,
) -> Result<Vec<String>, ExportError> {
    let format = match (options.format, &options.output) {
        (Some(f), _) => f,
        (None, Some(path)) => Format::from_path(path)
            .ok_or_else(|| ExportError::UnknownExtension { path: path.clone() })?,
        (None, None) => Format::Dot,
    };
    let graph = options
        .graph
        .as_deref()
        .map(|g| article(store, g))
        .transpose()?;
    let filter = Filter {
        graph: graph.clone(),
        focus: options.focus.clone(),
        depth: options.depth,
        types: options.types.clone(),
        min_mentions: options.min_mentions,
    };
    let target = options
        .output
        .as_ref()
        .map_or("stdout".to_string(), |p| p.display().to_string());

    if let Some(syntax) = format.syntax() {
        let unused = [
            (options.focus.is_some(), "--focus"),
            (!options.types.is_empty(), "--types"),
            (options.min_mentions > 0, "--min-mentions"),
            (options.cluster.is_some(), "--cluster"),
            (options.raw, "--raw"),
        ];
        if let Some((_, option)) = unused.iter().find(|(set, _)| *set) {
            return Err(ExportError::NotForRdf {
                option,
                format: format.name(),
            });
        }
        let written = write_to(&options.output, stdout, |mut out| {
            rdf::write(store, graph.as_ref(), syntax, &mut out)
        })?;
        let mut notes = vec![format!(
            "{target}: {} {}",
            written.statements,
            if syntax.is_dataset() {
                "quads"
            } else {
                "triples"
            }
        )];
        if let Some(n) = written.merged_graphs {
            notes.push(format!(
                "{} holds one graph: wrote the union of the {n} article graphs (ingest times and sources, kept in the default graph, are left out); use .nq, .trig or .jsonld to keep graph names, or --graph for one article",
                format.name()
            ));
        }
        return Ok(notes);
    }

    if options.raw && !matches!(format, Format::Dot | Format::Svg | Format::Png) {
        return Err(ExportError::RawFormat(format.name()));
    }
    let mut text = Vec::new();
    let summary;
    if options.raw {
        let unused = [
            (options.focus.is_some(), "--focus"),
            (!options.types.is_empty(), "--types"),
            (options.min_mentions > 0, "--min-mentions"),
            (options.cluster.is_some(), "--cluster"),
        ];
        if let Some((_, option)) = unused.iter().find(|(set, _)| *set) {
            return Err(ExportError::RawFilter(option));
        }
        let triples = selected_triples(store, graph.as_ref())?;
        dot::write_triples(&triples, &mut text)?;
        summary = format!("{target}: {} triples", triples.len());
    } else {
        let view = view::build(store, &filter)?;
        summary = format!(
            "{target}: {} entities, {} relations",
            view.graph.node_count(),
            view.graph.edge_count()
        );
        match format {
            Format::Geojson => geojson::write_view(&view, &mut text)?,
            Format::Graphml => graphml::write_view(&view, &mut text)?,
            _ => dot::write_view(&view, options.cluster, &title(&view, &filter), &mut text)?,
        }
    }
    match format {
        Format::Svg | Format::Png => render(&text, format, options.output.as_deref(), stdout)?,
        _ => write_to(&options.output, stdout, |out| Ok(out.write_all(&text)?))?,
    }
    Ok(vec![summary])
}

/// The diagram's title: the article's headline, or what the diagram holds.
fn title(view: &View, filter: &Filter) -> String {
    let mut title = match &filter.graph {
        Some(g) => view.headlines.get(g.as_str()).cloned().unwrap_or_default(),
        None => format!(
            "newsgraph: {} article{}",
            view.headlines.len(),
            if view.headlines.len() == 1 { "" } else { "s" }
        ),
    };
    if let Some(f) = &filter.focus {
        title.push_str(&format!(
            " (around {f}, {} step{})",
            filter.depth,
            if filter.depth == 1 { "" } else { "s" }
        ));
    }
    title
}

/// Runs `write` on the output file (created, buffered) or on stdout.
fn write_to<T>(
    output: &Option<PathBuf>,
    stdout: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> Result<T, ExportError>,
) -> Result<T, ExportError> {
    match output {
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|source| ExportError::Create {
                path: path.clone(),
                source,
            })?;
            let mut out = io::BufWriter::new(file);
            let t = write(&mut out)?;
            out.flush()?;
            Ok(t)
        }
        None => {
            let t = write(stdout)?;
            stdout.flush()?;
            Ok(t)
        }
    }
}

/// Draws DOT `text` with GraphViz into the output file (or stdout).
fn render(
    text: &[u8],
    format: Format,
    output: Option<&Path>,
    stdout: &mut dyn Write,
) -> Result<(), ExportError> {
    let name = format.name();
    let mut cmd = Command::new("dot");
    cmd.arg(format!("-T{name}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(path) = output {
        cmd.arg("-o").arg(path);
    }
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let dot_file = match output {
                Some(path) => {
                    let p = path.with_extension("dot");
                    std::fs::write(&p, text).map_err(|source| ExportError::Create {
                        path: p.clone(),
                        source,
                    })?;
                    Some(p)
                }
                None => None,
            };
            return Err(ExportError::DotMissing {
                format: name,
                dot_file,
            });
        }
        Err(e) => return Err(e.into()),
    };
    let mut stdin = child.stdin.take().expect("piped stdin");
    let text = text.to_vec();
    // Feed dot from a thread so that a large drawing on its stdout cannot deadlock us.
    let feeder = std::thread::spawn(move || stdin.write_all(&text));
    let result = child.wait_with_output()?;
    feeder.join().expect("the feeding thread does not panic")?;
    if !result.status.success() {
        return Err(ExportError::Render {
            format: name,
            message: String::from_utf8_lossy(&result.stderr).trim().to_string(),
        });
    }
    if output.is_none() {
        stdout.write_all(&result.stdout)?;
        stdout.flush()?;
    }
    Ok(())
}

/// The article graph a user names by IRI (full or `ngid:` prefixed), URL, or source path.
fn article(store: &Store, name: &str) -> Result<NamedNode, ExportError> {
    let trimmed = name.trim().trim_start_matches('<').trim_end_matches('>');
    let iri = crate::PREFIXES
        .iter()
        .find_map(|(p, ns)| {
            trimmed
                .strip_prefix(&format!("{p}:"))
                .map(|rest| format!("{ns}{rest}"))
        })
        .unwrap_or_else(|| trimmed.to_string());
    if let Ok(node) = NamedNode::new(&iri) {
        if store.contains_named_graph(&node)? {
            return Ok(node);
        }
    }
    let url = Literal::new_typed_literal(trimmed, xsd::ANY_URI);
    let mut sources = vec![Literal::new_simple_literal(trimmed)];
    if let Ok(abs) = std::fs::canonicalize(trimmed) {
        sources.push(Literal::new_simple_literal(abs.to_string_lossy()));
    }
    let by_url = store.quads_for_pattern(
        None,
        Some(NamedNodeRef::new_unchecked(prop::URL)),
        Some(url.as_ref().into()),
        None,
    );
    let by_source = sources.iter().flat_map(|s| {
        store.quads_for_pattern(
            None,
            Some(NamedNodeRef::new_unchecked(prop::SOURCE)),
            Some(s.as_ref().into()),
            Some(GraphNameRef::DefaultGraph),
        )
    });
    for q in by_url.chain(by_source) {
        if let NamedOrBlankNode::NamedNode(n) = q?.subject {
            if store.contains_named_graph(&n)? {
                return Ok(n);
            }
        }
    }
    Err(ExportError::NoSuchArticle(name.to_string()))
}

/// The distinct triples of one article graph, or of the union of all article graphs.
fn selected_triples(store: &Store, graph: Option<&NamedNode>) -> Result<Vec<Triple>, ExportError> {
    let quads = match graph {
        Some(g) => store.quads_for_pattern(None, None, None, Some(g.as_ref().into())),
        None => store.iter(),
    };
    let mut seen = std::collections::HashSet::new();
    let mut triples = Vec::new();
    for q in quads {
        let q = q?;
        if q.graph_name.is_default_graph() {
            continue;
        }
        let t = Triple::from(q);
        if seen.insert(t.clone()) {
            triples.push(t);
        }
    }
    triples.sort_by_cached_key(|t| t.to_string());
    Ok(triples)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_name_formats() {
        for (file, format) in [
            ("a.dot", Format::Dot),
            ("a.SVG", Format::Svg),
            ("a.ttl", Format::Turtle),
            ("a.nq", Format::Nquads),
            ("a.jsonld", Format::Jsonld),
            ("a.geojson", Format::Geojson),
            ("a.graphml", Format::Graphml),
            ("a.rdf", Format::Rdfxml),
        ] {
            assert_eq!(Format::from_path(Path::new(file)), Some(format), "{file}");
        }
        assert_eq!(Format::from_path(Path::new("a.txt")), None);
        assert_eq!(Format::from_path(Path::new("noext")), None);
    }
}
