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
        published: date_line(&text),
        text,
    })
}

/// How many paragraphs after the headline may hold an article's date line or dateline.
const DATE_LINE_PARAGRAPHS: usize = 3;

/// How far into its paragraph a dateline's dash may come ("ANTIGUA GUATEMALA, Guatemala,
/// September 14, 2024 (EFE) -" is 57 bytes long).
const DATELINE_CHARS: usize = 80;

/// The most words of a date line or byline that may carry the article's date ("By Ana Ruiz and
/// Luis Paz, Reuters, May 2, 2024").
const DATE_LINE_WORDS: usize = 16;

/// The publication date an article's text states at its top, for inputs without metadata:
/// a short line that opens with a full date ("June 11, 2019 by Ana Ruiz", "Published: 3 March
/// 2024") or a byline holding one ("By Ana Ruiz, May 2, 2024"), or a dateline with one
/// ("CHICAGO, Dec. 7, 2023 (AFP) - ..."). A date further into a paragraph tells of events
/// ("... after talks on Wednesday, June 5, 2019, in Washington"), and one without a year
/// ("MEXICO CITY, March 14 (Reuters)") is not enough.
pub fn date_line(text: &str) -> Option<Date> {
    text.split("\n")
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .skip(1)
        .take(DATE_LINE_PARAGRAPHS)
        .find_map(|line| {
            // A dateline ends at its dash: "CHICAGO, Dec. 7, 2023 (AFP) - A bus ...".
            let dateline = [" — ", " – ", " - ", ".- ", ".— "]
                .iter()
                .filter_map(|dash| line.find(dash))
                .filter(|&at| at <= DATELINE_CHARS)
                .min()
                .map(|at| &line[..at]);
            let words: Vec<&str> = dateline
                .unwrap_or(line)
                .split(|c: char| c.is_whitespace() || c == ',')
                .map(|w| w.trim_end_matches('.'))
                .filter(|w| !w.is_empty())
                .collect();
            if dateline.is_none() && words.len() > DATE_LINE_WORDS {
                return None;
            }
            let opening = words
                .iter()
                .position(|w| {
                    let w = w.trim_end_matches(':');
                    !["published", "updated", "posted"]
                        .iter()
                        .any(|label| w.eq_ignore_ascii_case(label))
                })
                .unwrap_or(words.len());
            let byline = words
                .first()
                .is_some_and(|w| matches!(*w, "By" | "BY" | "-" | "—"));
            if dateline.is_some() || byline {
                (0..words.len()).find_map(|i| full_date_at(&words, i))
            } else {
                full_date_at(&words, opening)
            }
        })
}

/// A full date written from `words[i]`: "June 11 2019", "Dec 7 2023", "11 June 2019" (commas
/// and full stops already dropped).
fn full_date_at(words: &[&str], i: usize) -> Option<Date> {
    use crate::date::month_number;
    let number = |k: usize| words.get(k).and_then(|w| w.parse::<u32>().ok());
    let (month, day) = match words.get(i).and_then(|w| month_number(w)) {
        Some(month) => (month, number(i + 1)?),
        None => (words.get(i + 1).and_then(|w| month_number(w))?, number(i)?),
    };
    let year = number(i + 2).filter(|y| (1900..=2100).contains(y))?;
    Date::new(i32::try_from(year).ok()?, month, day)
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
    fn a_text_states_its_date_in_a_date_line_a_byline_or_a_dateline() {
        let body = "The council met on Monday to discuss the budget.";
        for (top, date) in [
            ("June 11, 2019 by Ana Ruiz", (2019, 6, 11)),
            ("September 22, 2021", (2021, 9, 22)),
            ("Published: 3 March 2024", (2024, 3, 3)),
            ("By Ana Ruiz, May 2, 2024", (2024, 5, 2)),
            (
                "CHICAGO, Dec. 7, 2023 (AFP) - A bus arrived.",
                (2023, 12, 7),
            ),
            (
                "Panama City, October 6, 2023 – The two presidents met.",
                (2023, 10, 6),
            ),
        ] {
            let a = text_to_article("a.txt", &format!("Headline\n\n{top}\n\n{body}")).unwrap();
            assert_eq!(a.published, Date::new(date.0, date.1, date.2), "{top}");
        }
    }

    #[test]
    fn a_date_of_events_or_without_a_year_is_no_publication_date() {
        for text in [
            // A date further into a paragraph tells of events.
            "Headline\n\nThe minister spoke after talks on Wednesday, June 5, 2019, in Washington.",
            // A dateline without a year; a figure is no year.
            "Headline\n\nMEXICO CITY, March 14 (Reuters) - The minister spoke.",
            "Headline\n\nTAPACHULA, Mexico - Some 3,000 migrants left on May 2.",
            // The headline itself, and a paragraph far into the story.
            "June 11, 2019 talks\n\nOne.\n\nTwo.\n\nThree.\n\nJune 11, 2019 by Ana Ruiz",
        ] {
            assert_eq!(
                text_to_article("a.txt", text).unwrap().published,
                None,
                "{text}"
            );
        }
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
