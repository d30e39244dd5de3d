//! The command line, as clap derive only: every flag documented here becomes `--help`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use newsgraph::query::OutputFormat;

/// Turn news articles about migration and diplomacy into a knowledge graph, and query it.
///
/// newsgraph finds officials (with titles and the country they serve), other people,
/// organisations, places, meetings and migrant groups in articles, and stores them as RDF in
/// an embedded Oxigraph store: one named graph per article, provenance down to the sentence.
///
/// Exit codes: 0 all fine; 1 some inputs could not be read (the rest were ingested);
/// 2 usage error or the store could not be used; 130 an ingest stopped by Ctrl-C (the
/// articles it wrote are committed).
#[derive(Parser, Debug)]
#[command(
    name = "newsgraph",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// The store folder (created when absent). A standard Oxigraph RocksDB store.
    #[arg(
        long,
        global = true,
        env = "NEWSGRAPH_STORE",
        default_value = "newsgraph.db"
    )]
    pub store: PathBuf,

    /// A folder of extra gazetteer and trigger files, added to the built-in ones (same file
    /// names and columns as the project's data/ folder).
    #[arg(long, global = true, env = "NEWSGRAPH_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read articles and add what they say to the store.
    ///
    /// Inputs are files or folders (read recursively): .txt (first line = headline), .html/.htm
    /// (body text and metadata), .jsonl/.ndjson (one JSON object a line with "text" or "html",
    /// optional "url", "title", "published"). '-' reads one article from stdin. Unchanged
    /// articles are skipped; a changed article replaces its own graph.
    ///
    /// Example: newsgraph ingest examples/articles/
    Ingest {
        /// Files, folders, or '-' for stdin.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// Publication date (YYYY-MM-DD) for articles that do not state one (in their
        /// metadata, or in a date line, byline or dateline at the top of the text, such as
        /// "June 11, 2019 by Ana Ruiz"); relative dates such as "Thursday" are resolved
        /// against it.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        published: Option<newsgraph::date::Date>,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
        /// Commit new articles this often: a number of articles (e.g. 2000) or a time (90s, 5m,
        /// 1h). That is the most a crash can lose (Ctrl-C commits what was written, and stops),
        /// and how often other readers of the store see progress. Each commit but the last
        /// makes RocksDB merge what came before again, in the background: at 100k
        /// articles, a commit every 2000 made the ingest 23-35% slower than one at the end.
        #[arg(long, value_name = "ARTICLES|TIME", default_value_t = newsgraph::ingest::DEFAULT_COMMIT_EVERY)]
        commit_every: newsgraph::ingest::CommitEvery,
        /// Skip compacting the store at the end of an ingest that at least doubled it (a first
        /// ingest, say). That step makes later queries several times faster and the store
        /// smaller, for a fifth to a half more time (see `optimize`); skip it when more ingests
        /// follow at once.
        #[arg(long)]
        no_optimize: bool,
    },
    /// Compact the store so that queries read fewer files.
    ///
    /// Worth it after ingests or merges that added less than the store held (one that at
    /// least doubles the store compacts it itself). Takes a fifth to a half of
    /// what loading the store took. Also rebuilds the summary `stats` reads when a SPARQL
    /// update or a killed write left it out of date.
    ///
    /// Example: newsgraph optimize
    Optimize,
    /// Run a ready query by name, a .rq file, or SPARQL text.
    ///
    /// The default graph is the union of all article graphs.
    ///
    /// Examples:
    ///   newsgraph query meetings
    ///   newsgraph query --format csv 'SELECT ?name WHERE { ?p a <https://w3id.org/newsgraph/ns#Person> ; <https://w3id.org/newsgraph/ns#name> ?name }'
    ///   newsgraph query --list
    #[command(verbatim_doc_comment)]
    Query {
        /// Ready query name (see --list), path to a .rq file, or SPARQL text.
        #[arg(required_unless_present = "list")]
        query: Option<String>,
        /// Output format. Default: table on a terminal, csv otherwise (turtle for graphs).
        #[arg(long, short, value_enum)]
        format: Option<OutputFormat>,
        /// List the ready queries with their purpose.
        #[arg(long)]
        list: bool,
    },
    /// Write the store as a diagram (DOT, SVG, PNG), RDF, GeoJSON or GraphML.
    ///
    /// Diagrams show entities (people, officials, organisations, places, meetings, migrant
    /// groups) by name, shaped and coloured by kind, with relations in words and a legend.
    /// The format follows the output's extension unless --format is given; without -o the
    /// export goes to stdout (DOT by default). SVG and PNG need GraphViz's `dot` on PATH.
    ///
    /// Examples:
    ///   newsgraph export --format dot -o caravan.dot
    ///   newsgraph export -o caravan.svg --focus "Antony Blinken" --depth 2
    ///   newsgraph export -o article.ttl --graph https://example.org/story
    ///   newsgraph export -o all.nq                    # the whole store, every named graph
    ///   newsgraph export -o places.geojson --types place,group
    ///   newsgraph export -o entities.graphml --min-mentions 2
    #[command(verbatim_doc_comment)]
    Export {
        /// The file to write; its extension gives the format: .dot .svg .png (diagram),
        /// .ttl .nt .rdf (one graph), .nq .trig .jsonld (every graph), .geojson, .graphml.
        /// Example: -o caravan.svg
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The format, when the extension does not say it or there is no -o.
        /// Example: --format turtle
        #[arg(long, short, value_enum)]
        format: Option<newsgraph::export::Format>,
        /// Only one article: its IRI, its URL, or the path it was ingested from.
        /// Turtle, N-Triples and RDF/XML hold one graph: without --graph they get the union
        /// of all article graphs. Example: --graph https://example.org/story
        #[arg(long, value_name = "ARTICLE")]
        graph: Option<String>,
        /// Only the entities around this one: its name as shown, or its IRI.
        /// Example: --focus "Antony Blinken"
        #[arg(long, value_name = "ENTITY")]
        focus: Option<String>,
        /// How many relations away from --focus to go. Example: --depth 1
        #[arg(long, default_value_t = 2, requires = "focus")]
        depth: usize,
        /// Only entities of these kinds, comma-separated. Example: --types meeting,official,place
        #[arg(long, value_enum, value_delimiter = ',', value_name = "KIND,...")]
        types: Vec<newsgraph::export::EntityType>,
        /// Only entities named in at least N sentences (all articles together).
        /// Example: --min-mentions 2
        #[arg(long, default_value_t = 0, value_name = "N")]
        min_mentions: usize,
        /// Draw a box around the entities of each article or each country.
        /// Example: --cluster country
        #[arg(long, value_enum)]
        cluster: Option<newsgraph::export::Cluster>,
        /// Draw every triple (IRIs, literals) instead of entities, for debugging.
        /// Example: --raw --graph https://example.org/story -o debug.svg
        #[arg(long)]
        raw: bool,
    },
    /// Show what the store holds: articles, quads in article graphs, entities per class, the
    /// most mentioned entities.
    ///
    /// The counts come from a summary every write keeps up to date, so this is quick on any
    /// store. After a SPARQL update (serve --allow-update) or a killed write they are counted
    /// from the article graphs instead, which takes seconds on a large store; the next write
    /// or `newsgraph optimize` rebuilds the summary.
    ///
    /// Example: newsgraph stats --top 20
    Stats {
        /// How many top entities to show.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
    /// Remove an article: its graph, and whatever only it supported; the rest stays resolved.
    ///
    /// Example: newsgraph remove https://news.example/caravan-story
    Remove {
        /// The article's URL, the path it was ingested from, or its IRI.
        #[arg(required = true, value_name = "ARTICLE")]
        articles: Vec<String>,
    },
    /// Merge stores and RDF dumps made elsewhere into --store, resolving across all of them.
    ///
    /// Inputs are newsgraph/Oxigraph store folders, N-Quads (.nq) or TriG (.trig) files.
    /// Example: newsgraph merge --store all.db laptop.db server-dump.nq
    Merge {
        /// Store folders, .nq or .trig files.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<std::path::PathBuf>,
    },
    /// Show how an entity was resolved: the names merged into it, the rule for each merge,
    /// gazetteer identifiers, the articles behind it, and what it was kept apart from.
    ///
    /// Example: newsgraph explain "Antony Blinken"
    Explain {
        /// A name as written in an article (case and accents ignored) or an IRI.
        entity: String,
    },
    /// Serve the store over HTTP: a SPARQL 1.1 endpoint, the ready queries, diagrams, a page.
    ///
    /// Paths: / (a page with a query box), /sparql (SPARQL 1.1 Protocol: GET ?query=, POST
    /// application/sparql-query or a form; results as JSON, XML, CSV, TSV or, for graphs,
    /// Turtle, N-Triples, N-Quads, JSON-LD by Accept or ?format=), /store?graph=IRI and
    /// /store?default (Graph Store Protocol, read side), /queries and /queries/NAME?format=csv,
    /// /export.svg?focus=NAME&depth=2 (the options of `export`), POST /ingest (an article).
    /// Safe by default: loopback only, read-only unless --allow-update, and then writes need
    /// the bearer token of --token-file. Ctrl-C finishes the requests under way and stops.
    ///
    /// Examples:
    ///   newsgraph serve --store newsgraph.db --bind 127.0.0.1:7878
    ///   curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/sparql?query=ASK%7B%3Fs%3Fp%3Fo%7D'
    ///   newsgraph serve --allow-update --token-file token.txt --timeout 10s --cors https://example.org
    #[command(verbatim_doc_comment)]
    Serve {
        /// Address and port to listen on; port 0 picks a free one (the address is printed on
        /// stderr). Anything but loopback lets other machines in. Example: --bind 127.0.0.1:7878
        #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
        bind: String,
        /// Accept SPARQL Update and POST /ingest, from clients that send the token of
        /// --token-file as `Authorization: Bearer TOKEN`. Example: --allow-update --token-file token.txt
        #[arg(long, requires = "token_file")]
        allow_update: bool,
        /// A file holding the writers' bearer token (read at start; must not be empty).
        /// Example: --token-file /etc/newsgraph/token
        #[arg(long, value_name = "FILE")]
        token_file: Option<PathBuf>,
        /// Longest a query or update may run before it is cancelled (503 with a message).
        /// Example: --timeout 10s (also 500ms, 2m; a bare number is seconds)
        #[arg(long, default_value = "30s", value_name = "DURATION", value_parser = newsgraph::serve::parse_duration)]
        timeout: std::time::Duration,
        /// Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE, /store) one answer may hold;
        /// larger answers get 400 with a message. Example: --max-results 10000
        #[arg(long, default_value_t = 100_000, value_name = "N")]
        max_results: usize,
        /// Largest request body accepted, in bytes (413 above). Example: --max-body 1048576
        #[arg(long, default_value_t = 10 << 20, value_name = "BYTES")]
        max_body: usize,
        /// Let web pages from this origin call the server (sends Access-Control-Allow-Origin);
        /// '*' for any. Without it no CORS header is sent. Example: --cors https://example.org
        #[arg(long, value_name = "ORIGIN")]
        cors: Option<String>,
        /// Connections served at the same time (one thread each; more wait to be accepted).
        /// Example: --max-connections 128
        #[arg(long, default_value_t = 64, value_name = "N")]
        max_connections: usize,
    },
}

fn parse_date(s: &str) -> Result<newsgraph::date::Date, String> {
    newsgraph::date::Date::parse_iso(s)
        .ok_or_else(|| format!("{s:?} is not a date like 2024-01-31"))
}
