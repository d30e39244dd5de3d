//! Reading articles: plain text, HTML and JSON Lines, from files, folders or stdin.
//!
//! Every reader yields [`Article`]s or a [`ReadError`] that names the file (and line) and the
//! reason, so one bad input never stops a batch.

mod decode;
mod html;
mod jsonl;

use std::fs;
use std::path::{Path, PathBuf};

use crate::date::Date;
pub use decode::{decode, Decoded};
pub use html::{html_to_article, HtmlPage};

/// One article, as read, before cleaning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Where it came from: a path, `path:line` for JSON Lines, or `-` for stdin.
    pub source: String,
    /// Canonical URL when the input gives one.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<Date>,
    /// The article text: headline line, blank line, paragraphs separated by blank lines.
    pub text: String,
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Invalid { path: String, reason: String },
    #[error("{path}:{line}: {reason}")]
    Line {
        path: String,
        line: usize,
        reason: String,
    },
}

/// A warning that did not stop the article from being read (e.g. a lossy decoding).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadWarning {
    pub source: String,
    pub message: String,
}

/// The input formats newsgraph reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    JsonLines,
}

impl Format {
    /// The format for a file name's extension, if newsgraph reads it.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Self::Text),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            "jsonl" | "ndjson" => Some(Self::JsonLines),
            _ => None,
        }
    }
}

/// Options that apply to every article read.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// Publication date for inputs that do not state one.
    pub published: Option<Date>,
}

/// Expands files and folders (recursively, in sorted order, following no symlink loops) into
/// the files to read. Files with an unknown extension inside folders are skipped silently;
/// named explicitly they are an error.
pub fn expand_inputs(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<ReadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(input.clone());
            continue;
        }
        match fs::metadata(input) {
            Ok(meta) if meta.is_dir() => {
                let mut seen = std::collections::HashSet::new();
                walk(input, &mut files, &mut errors, &mut seen);
            }
            Ok(_) if Format::from_path(input).is_some() => files.push(input.clone()),
            Ok(_) => errors.push(ReadError::Invalid {
                path: input.display().to_string(),
                reason: "unknown extension (expected .txt, .html, .htm, .jsonl or .ndjson)".into(),
            }),
            Err(source) => errors.push(ReadError::Io {
                path: input.display().to_string(),
                source,
            }),
        }
    }
    (files, errors)
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ReadError>,
    seen: &mut std::collections::HashSet<PathBuf>,
) {
    // A symlink loop shows up as a folder we already entered.
    let Ok(canonical) = fs::canonicalize(dir) else {
        return;
    };
    if !seen.insert(canonical) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(ReadError::Io {
                path: dir.display().to_string(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, files, errors, seen),
            Ok(_) if Format::from_path(&path).is_some() => files.push(path),
            Ok(_) => {}
            Err(source) => errors.push(ReadError::Io {
                path: path.display().to_string(),
                source,
            }),
        }
    }
}

/// What reading one input gave: articles, per-article errors and warnings.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    pub articles: Vec<Article>,
    pub errors: Vec<ReadError>,
    pub warnings: Vec<ReadWarning>,
}

/// Reads a JSON Lines file (by its extension) `lines` lines at a time, handing each batch's
/// outcome to `each` until it returns false: a large file is never held whole. Any other input
/// is read whole by [`read_input`] and handed over at once.
pub fn read_input_in_batches(
    path: &Path,
    options: &ReadOptions,
    lines: usize,
    each: &mut dyn FnMut(ReadOutcome) -> bool,
) {
    use std::io::BufRead;
    if Format::from_path(path) != Some(Format::JsonLines) {
        each(read_input(path, options));
        return;
    }
    let name = path.display().to_string();
    let io_error = |source| ReadOutcome {
        errors: vec![ReadError::Io {
            path: name.clone(),
            source,
        }],
        ..Default::default()
    };
    let mut reader = match fs::File::open(path) {
        Ok(file) => std::io::BufReader::new(file),
        Err(e) => {
            each(io_error(e));
            return;
        }
    };
    let (mut batch, mut in_batch, mut first_line) = (Vec::new(), 0, 1);
    loop {
        let read = reader.read_until(b'\n', &mut batch);
        let done = matches!(read, Ok(0) | Err(_));
        if matches!(read, Ok(n) if n > 0) {
            in_batch += 1;
        }
        if (done || in_batch == lines) && !batch.is_empty() {
            let outcome = jsonl::read_jsonl_from(&name, &batch, first_line, options);
            first_line += in_batch;
            batch.clear();
            in_batch = 0;
            if !each(outcome) {
                return;
            }
        }
        if let Err(e) = read {
            each(io_error(e));
        }
        if done {
            return;
        }
    }
}

/// Reads one file (or `-` for stdin, read as plain text unless it starts with `<` or `{`).
pub fn read_input(path: &Path, options: &ReadOptions) -> ReadOutcome {
    let name = path.display().to_string();
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        if let Err(source) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf) {
            return ReadOutcome {
                errors: vec![ReadError::Io { path: name, source }],
                ..Default::default()
            };
        }
        buf
    } else {
        match fs::read(path) {
            Ok(bytes) => bytes,
            Err(source) => {
                return ReadOutcome {
                    errors: vec![ReadError::Io { path: name, source }],
                    ..Default::default()
                }
            }
        }
    };
    let format = Format::from_path(path).unwrap_or_else(|| sniff(&bytes));
    read_bytes(&name, &bytes, format, options)
}

fn sniff(bytes: &[u8]) -> Format {
    match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => Format::Html,
        Some(b'{') => Format::JsonLines,
        _ => Format::Text,
    }
}

/// Reads articles from bytes already in memory.
pub fn read_bytes(
    source: &str,
    bytes: &[u8],
    format: Format,
    options: &ReadOptions,
) -> ReadOutcome {
    let mut out = ReadOutcome::default();
    if format == Format::JsonLines {
        return jsonl::read_jsonl(source, bytes, options);
    }
    let text = match decode(bytes) {
        Decoded::Utf8(text) => text,
        Decoded::Windows1252(text) => {
            out.warnings.push(ReadWarning {
                source: source.into(),
                message: "not valid UTF-8; decoded as Windows-1252".into(),
            });
            text
        }
        Decoded::Binary => {
            out.errors.push(ReadError::Invalid {
                path: source.into(),
                reason: "binary file (contains NUL bytes)".into(),
            });
            return out;
        }
    };
    let article = match format {
        Format::Html => html_to_article(source, &text),
        _ => text_to_article(source, &text),
    };
    match article {
        Some(mut article) => {
            if article.published.is_none() {
                article.published = options.published;
            }
            out.articles.push(article);
        }
        None => out.errors.push(ReadError::Invalid {
            path: source.into(),
            reason: "no article text".into(),
        }),
    }
    out
}

/// A plain-text article: the first non-empty line is the headline.
pub fn text_to_article(source: &str, text: &str) -> Option<Article> {
    let text = text
        .trim_start_matches('\u{feff}')
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())?
        .to_string();
    Some(Article {
        source: source.into(),
        url: None,
        title: Some(title),
        published: None,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_headline_is_first_line() {
        let a = text_to_article("a.txt", "\n  Caravan heads north \n\nBody here.").unwrap();
        assert_eq!(a.title.as_deref(), Some("Caravan heads north"));
        assert!(text_to_article("e.txt", "  \n\n").is_none());
    }

    #[test]
    fn binary_is_rejected_with_reason() {
        let out = read_bytes("b.txt", b"abc\0def", Format::Text, &ReadOptions::default());
        assert!(out.articles.is_empty());
        assert!(out.errors[0].to_string().contains("binary"));
    }

    #[test]
    fn windows_1252_is_decoded_with_a_warning() {
        let out = read_bytes(
            "w.txt",
            b"Caf\xe9 talks\n\nIn M\xe9xico.",
            Format::Text,
            &ReadOptions::default(),
        );
        assert_eq!(out.articles[0].text, "Café talks\n\nIn México.");
        assert_eq!(out.warnings.len(), 1);
    }

    #[test]
    fn unknown_extensions_named_explicitly_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join("x.pdf");
        fs::write(&odd, "x").unwrap();
        fs::write(dir.path().join("a.txt"), "A\n\nB").unwrap();
        let (files, errors) = expand_inputs(&[odd, dir.path().to_path_buf()]);
        assert_eq!(files.len(), 1);
        assert_eq!(errors.len(), 1);
    }
}
