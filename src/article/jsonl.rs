//! JSON Lines: one article a line with `text` or `html`, and optional `url`, `title`, `published`.

use serde::Deserialize;

use super::{
    decode, html_to_article, text_to_article, Decoded, ReadError, ReadOptions, ReadOutcome,
    ReadWarning,
};
use crate::date::Date;

#[derive(Deserialize)]
struct Line {
    text: Option<String>,
    html: Option<String>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
}

pub(super) fn read_jsonl(source: &str, bytes: &[u8], options: &ReadOptions) -> ReadOutcome {
    read_jsonl_from(source, bytes, 1, options)
}

/// Reads lines of a JSON Lines file, numbering them from `first_line`.
pub(super) fn read_jsonl_from(
    source: &str,
    bytes: &[u8],
    first_line: usize,
    options: &ReadOptions,
) -> ReadOutcome {
    let mut out = ReadOutcome::default();
    for (index, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = first_line + index;
        let bad = |reason: String| ReadError::Line {
            path: source.into(),
            line: line_no,
            reason,
        };
        let line = match decode(raw) {
            Decoded::Utf8(s) => s,
            Decoded::Windows1252(s) => {
                out.warnings.push(ReadWarning {
                    source: format!("{source}:{line_no}"),
                    message: "not valid UTF-8; decoded as Windows-1252".into(),
                });
                s
            }
            Decoded::Binary => {
                out.errors.push(bad("binary data".into()));
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Line = match serde_json::from_str(&line) {
            Ok(parsed) => parsed,
            Err(e) => {
                out.errors.push(bad(format!("invalid JSON: {e}")));
                continue;
            }
        };
        let name = format!("{source}:{line_no}");
        let article = match (&parsed.text, &parsed.html) {
            (Some(text), _) => {
                // A separate title goes first, as the headline line of plain text.
                let full = match &parsed.title {
                    Some(t) if !text.trim_start().starts_with(t.trim()) => {
                        format!("{}\n\n{}", t.trim(), text)
                    }
                    _ => text.clone(),
                };
                text_to_article(&name, &full)
            }
            (None, Some(html)) => html_to_article(&name, html),
            (None, None) => {
                out.errors.push(bad("neither \"text\" nor \"html\"".into()));
                continue;
            }
        };
        let Some(mut article) = article else {
            out.errors.push(bad("empty article".into()));
            continue;
        };
        if let Some(url) = parsed.url {
            article.url = Some(url);
        }
        if let Some(title) = parsed.title {
            article.title = Some(title);
        }
        if let Some(p) = &parsed.published {
            match Date::parse_loose(p) {
                Some(d) => article.published = Some(d),
                None => out
                    .errors
                    .push(bad(format!("unreadable \"published\" date {p:?}"))),
            }
        }
        if article.published.is_none() {
            article.published = options.published;
        }
        out.articles.push(article);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_in_batches_keep_their_numbers() {
        let out = read_jsonl_from(
            "f.jsonl",
            b"{\"text\":\"Body.\"}\n{broken\n",
            41,
            &ReadOptions::default(),
        );
        assert_eq!(out.articles[0].source, "f.jsonl:41");
        assert!(out.errors[0].to_string().starts_with("f.jsonl:42:"));
    }

    #[test]
    fn reads_lines_and_reports_broken_ones_by_number() {
        let data = b"{\"text\":\"Body one.\",\"title\":\"One\",\"url\":\"https://x/1\",\"published\":\"2024-01-02\"}\n{broken\n\n{\"html\":\"<p>Two</p>\"}\n{\"url\":\"u\"}\n";
        let out = read_jsonl("f.jsonl", data, &ReadOptions::default());
        assert_eq!(out.articles.len(), 2);
        assert_eq!(out.articles[0].text, "One\n\nBody one.");
        assert_eq!(out.articles[0].source, "f.jsonl:1");
        assert_eq!(out.articles[0].published, Date::new(2024, 1, 2));
        let errs: Vec<String> = out.errors.iter().map(|e| e.to_string()).collect();
        assert!(errs[0].starts_with("f.jsonl:2: invalid JSON"), "{errs:?}");
        assert!(errs[1].starts_with("f.jsonl:5:"), "{errs:?}");
    }
}
