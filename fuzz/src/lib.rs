//! What the fuzz targets run and check, one function a target. `tests/fuzz_regressions.rs`
//! includes this file too, so the kept inputs replay through exactly the same code on stable.

use std::collections::HashSet;
use std::sync::OnceLock;

use newsgraph::article::{read_bytes, text_to_article, Article, Format, ReadError, ReadOptions};
use newsgraph::date::Date;
use newsgraph::gazetteer::Gazetteer;
use newsgraph::ingest::prepare;
use newsgraph::rdf::build::{content_hash, span_of};
use newsgraph::rdf::vocab::{class, external, prop, GAZETTEER_GRAPH};
use newsgraph::text::Doc;
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Term};

/// The name the fuzzed input is read under.
const SOURCE: &str = "fuzz-input";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// The built-in gazetteer, loaded once per process: loading it costs far more than one input.
fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::builtin)
}

/// Plain text: exactly one article or one error; the headline is a trimmed line of the text.
pub fn read_text(data: &[u8]) {
    let articles = read_one(data, Format::Text);
    for a in &articles {
        assert!(!a.text.contains('\r'), "line ends not normalised");
        let title = a
            .title
            .as_deref()
            .expect("plain text always has a headline");
        assert!(
            !title.is_empty() && title == title.trim(),
            "headline {title:?}"
        );
        assert!(
            a.text.lines().any(|l| l.trim() == title),
            "headline {title:?} is not a line of the text"
        );
    }
}

/// HTML: exactly one article or one error; the article starts with its headline.
pub fn read_html(data: &[u8]) {
    for a in read_one(data, Format::Html) {
        if let Some(title) = &a.title {
            assert!(!title.trim().is_empty(), "empty headline");
            assert!(
                a.text.starts_with(title.as_str()),
                "text must open with the headline"
            );
        }
    }
}

/// JSON Lines: every article and error names a line of the input, in order.
pub fn read_jsonl(data: &[u8]) {
    let lines = data.split(|&b| b == b'\n').count();
    let out = read_bytes(SOURCE, data, Format::JsonLines, &ReadOptions::default());
    let mut last_error_line = 0;
    for e in &out.errors {
        check_error(e);
        let ReadError::Line { line, .. } = e else {
            panic!("JSON Lines errors name their line: {e}");
        };
        assert!((1..=lines).contains(line), "line {line} of {lines}");
        assert!(*line >= last_error_line, "errors out of order");
        last_error_line = *line;
    }
    let mut last_article_line = 0;
    for a in &out.articles {
        check_article(a);
        let line: usize = a
            .source
            .strip_prefix(&format!("{SOURCE}:"))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("article source {:?} names no line", a.source));
        assert!((1..=lines).contains(&line), "line {line} of {lines}");
        assert!(line > last_article_line, "two articles from one line");
        last_article_line = line;
    }
    for w in &out.warnings {
        assert!(w.source.starts_with(SOURCE) && !w.message.is_empty());
    }
}

/// Reads a single-article format and checks the outcome: one article, or one error that
/// says why, and a warning exactly when the bytes were decoded lossily.
fn read_one(data: &[u8], format: Format) -> Vec<Article> {
    let out = read_bytes(SOURCE, data, format, &ReadOptions::default());
    assert_eq!(
        out.articles.len() + out.errors.len(),
        1,
        "one input gives one article or one error: {out:?}"
    );
    out.errors.iter().for_each(check_error);
    if data.contains(&0) {
        assert!(out.articles.is_empty(), "binary input read as an article");
    }
    let lossy = !data.contains(&0) && std::str::from_utf8(data).is_err();
    assert_eq!(out.warnings.len(), usize::from(lossy), "{:?}", out.warnings);
    out.articles.iter().for_each(check_article);
    out.articles
}

fn check_error(e: &ReadError) {
    let (path, reason) = match e {
        ReadError::Io { .. } => panic!("reading bytes in memory cannot fail with I/O: {e}"),
        ReadError::Invalid { path, reason } | ReadError::Line { path, reason, .. } => {
            (path, reason)
        }
    };
    assert_eq!(path, SOURCE);
    assert!(!reason.trim().is_empty(), "error without a reason: {e:?}");
}

fn check_article(a: &Article) {
    assert!(a.source.starts_with(SOURCE), "source {:?}", a.source);
    assert!(!a.text.trim().is_empty(), "article without text");
    if let Some(d) = a.published {
        assert!(is_xsd_date(&d.to_string()), "published {d:?} writes as {d}");
    }
}

/// One article through the whole extraction (clean, segment, mentions, resolve, quads).
/// Checks that the same input gives the same quads, that every quad lies in the article's
/// graph (or, for the reference facts of a place the article names, in the gazetteer graph) and
/// uses the vocabulary, that every IRI and typed literal is valid, and that every
/// mention's character span lies inside the cleaned text.
pub fn extract_article(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Some(mut article) = text_to_article(SOURCE, &text) else {
        return;
    };
    // A publication date lets "on Thursday" and the like resolve to dates.
    article.published = Date::new(2024, 3, 14);
    let g = gazetteer();
    let first = prepare(g, &article);
    let again = prepare(g, &article);
    assert_eq!(
        first.article, again.article,
        "article IRI not deterministic"
    );
    assert!(first.quads == again.quads, "quads not deterministic");

    let doc = Doc::new(&article.text, g.cleaner());
    assert_eq!(first.hash, content_hash(&doc.text));
    let chars = doc.text.chars().count() as u64;
    let graph = GraphName::NamedNode(first.article.clone());
    let mut typed_article = false;
    let mut referenced = Vec::new();
    let mut in_article = HashSet::new();
    for q in &first.quads {
        let NamedOrBlankNode::NamedNode(subject) = &q.subject else {
            panic!("blank node subject: {q}");
        };
        if q.graph_name == graph {
            in_article.insert(subject.as_str());
            if let Term::NamedNode(o) = &q.object {
                in_article.insert(o.as_str());
            }
        } else {
            let GraphName::NamedNode(g) = &q.graph_name else {
                panic!("quad in the default graph: {q}");
            };
            assert_eq!(
                g.as_str(),
                GAZETTEER_GRAPH,
                "quad outside the article graph: {q}"
            );
            referenced.push(subject.as_str());
        }
        check_iri(subject);
        let p = q.predicate.as_str();
        assert!(
            prop::ALL.contains(&p) || external::ALL.contains(&p),
            "predicate outside the vocabulary: {q}"
        );
        match &q.object {
            Term::NamedNode(o) => {
                check_iri(o);
                if p == external::RDF_TYPE {
                    assert!(class::ALL.contains(&o.as_str()), "unknown class: {q}");
                    typed_article |= subject == &first.article && o.as_str() == class::ARTICLE;
                }
            }
            Term::Literal(l) => {
                let value = l.value();
                let valid = match l.datatype().as_str().strip_prefix(XSD) {
                    Some("integer") => value.parse::<i64>().is_ok(),
                    Some("decimal") => is_xsd_decimal(value),
                    Some("date") => is_xsd_date(value),
                    _ => true,
                };
                assert!(valid, "invalid literal: {q}");
            }
            _ => panic!("blank node or triple object: {q}"),
        }
        // Evidence and a size report's sentence are sentences: spans of the text.
        if p == prop::SENTENCE || p == prop::EVIDENCE {
            let Term::NamedNode(sentence) = &q.object else {
                panic!("a sentence that is not an IRI: {q}");
            };
            assert_span_within(sentence.as_str(), chars);
        }
    }
    assert!(typed_article, "the article is not typed ng:Article");
    for place in referenced {
        assert!(
            in_article.contains(place),
            "reference facts about {place}, which the article does not name"
        );
    }
}

/// The offsets of a span IRI (`ARTICLE#char=START,END`), checked to lie in a text of `chars`
/// characters; any other IRI (a size report's) gives the whole text.
fn assert_span_within(iri: &str, chars: u64) {
    let (start, end) = span_of(iri).unwrap_or_else(|| panic!("malformed span IRI <{iri}>"));
    assert!(
        start <= end && end <= chars,
        "<{iri}> spans {start}..{end} in a text of {chars} characters"
    );
}

fn check_iri(node: &NamedNode) {
    assert!(
        NamedNode::new(node.as_str()).is_ok(),
        "invalid IRI <{}>",
        node.as_str()
    );
}

/// `xsd:decimal`'s lexical form: optional sign, digits, optional fraction.
fn is_xsd_decimal(v: &str) -> bool {
    let v = v.strip_prefix(['-', '+']).unwrap_or(v);
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    !(int.is_empty() && frac.is_empty())
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// `xsd:date`'s lexical form (no time zone): a year of at least four digits (no leading zero
/// past four), a two-digit month and day, and a day that exists.
fn is_xsd_date(v: &str) -> bool {
    let unsigned = v.strip_prefix('-').unwrap_or(v);
    let mut parts = unsigned.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let digits = |s: &str, min: usize| s.len() >= min && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2) && m.len() == 2 && d.len() == 2) {
        return false;
    }
    if y.len() > 4 && y.starts_with('0') {
        return false;
    }
    match (y.parse::<i32>(), m.parse(), d.parse()) {
        (Ok(y), Ok(m), Ok(d)) => Date::new(if v.starts_with('-') { -y } else { y }, m, d).is_some(),
        _ => false,
    }
}
