//! HTML pages to articles: the body text (not navigation, scripts, comments or share
//! buttons), plus headline, canonical URL and publication date from the page's metadata.
//!
//! A single forward scan with an explicit stack: no recursion, so 10,000-deep nesting is
//! as cheap as a flat page.

use std::collections::HashMap;

use super::Article;
use crate::date::Date;

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "textarea", "object", "canvas", "head",
];
/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "main",
    "blockquote",
    "tr",
    "table",
    "figcaption",
    "figure",
    "hr",
    "dd",
    "dt",
    "pre",
    "body",
];
/// Class or id words that mark page furniture.
const FURNITURE: &[&str] = &[
    "share",
    "social",
    "comment",
    "related",
    "newsletter",
    "advert",
    "promo",
    "subscribe",
    "cookie",
    "breadcrumb",
    "menu",
    "sidebar",
    "byline",
    "caption-credit",
    "author",
    "tags",
];
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Metadata and text read from a page.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct HtmlPage {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
    pub paragraphs: Vec<String>,
}

/// Reads an article out of an HTML page; `None` when the page has no text.
pub fn html_to_article(source: &str, html: &str) -> Option<Article> {
    let page = parse_page(html);
    if page.paragraphs.is_empty() {
        return None;
    }
    let title = page
        .title
        .clone()
        .or_else(|| page.paragraphs.first().cloned());
    let mut text = String::new();
    if let Some(t) = &title {
        text.push_str(t);
        text.push_str("\n\n");
    }
    let body: Vec<&String> = page
        .paragraphs
        .iter()
        .filter(|p| Some(*p) != title.as_ref())
        .collect();
    text.push_str(
        &body
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join("\n\n"),
    );
    Some(Article {
        source: source.into(),
        url: page.url,
        title,
        // A page without a date in its metadata may state it at the top of its text.
        published: page.published.or_else(|| super::date_line(&text)),
        text,
    })
}

#[derive(Default)]
struct Buffers {
    /// Paragraphs inside `<article>` (preferred), `<main>`, and anywhere in the body.
    article: Vec<String>,
    main: Vec<String>,
    body: Vec<String>,
    current: String,
    current_in_article: bool,
    current_in_main: bool,
}

impl Buffers {
    fn flush(&mut self) {
        let para = collapse_spaces(&self.current);
        self.current.clear();
        if para.is_empty() {
            return;
        }
        if self.current_in_article {
            self.article.push(para.clone());
        }
        if self.current_in_main {
            self.main.push(para.clone());
        }
        self.body.push(para);
    }
}

/// Parses a page into metadata and paragraphs.
pub fn parse_page(html: &str) -> HtmlPage {
    let mut page = HtmlPage::default();
    let mut buffers = Buffers::default();
    // Open elements: (name, skipped subtree).
    let mut stack: Vec<(String, bool)> = Vec::new();
    // How many of each name are open, so that a closing tag with no open element, or a
    // `<title>` asking whether it lies in an `<svg>`, costs no scan of a deep stack.
    let mut open: HashMap<String, usize> = HashMap::new();
    let mut skip_depth = 0usize;
    let mut article_depth = 0usize;
    let mut main_depth = 0usize;
    let mut h1: Option<String> = None;
    let mut title_text: Option<String> = None;
    let mut in_title = false;
    let mut in_h1 = false;
    let mut time_attr: Option<String> = None;
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            let end = html[i..].find('<').map_or(html.len(), |j| i + j);
            let text = decode_entities(&html[i..end]);
            if in_title {
                title_text.get_or_insert_with(String::new).push_str(&text);
            } else if skip_depth == 0 {
                if in_h1 {
                    h1.get_or_insert_with(String::new).push_str(&text);
                }
                buffers.current_in_article |= article_depth > 0;
                buffers.current_in_main |= main_depth > 0;
                buffers.current.push_str(&text);
            }
            i = end;
            continue;
        }
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            i += rest.find("-->").map_or(rest.len(), |j| j + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i += rest.find('>').map_or(rest.len(), |j| j + 1);
            continue;
        }
        let Some(close) = find_tag_end(rest) else {
            break;
        };
        let tag = &rest[1..close];
        i += close + 1;
        let closing = tag.starts_with('/');
        let tag_body = tag.trim_start_matches('/').trim_end_matches('/');
        let name_end = tag_body
            .find(|c: char| c.is_whitespace())
            .unwrap_or(tag_body.len());
        let name = tag_body[..name_end].to_ascii_lowercase();
        if name.is_empty() || !name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let attrs = &tag_body[name_end..];
        if closing {
            if name == "title" {
                in_title = false;
            }
            if name == "h1" {
                in_h1 = false;
            }
            let pos = if open.get(&name).is_some_and(|&count| count > 0) {
                stack.iter().rposition(|(n, _)| *n == name)
            } else {
                None
            };
            if let Some(pos) = pos {
                for (n, skipped) in stack.drain(pos..).rev() {
                    if let Some(count) = open.get_mut(&n) {
                        *count -= 1;
                    }
                    if skipped {
                        skip_depth -= 1;
                    }
                    if n == "article" {
                        article_depth = article_depth.saturating_sub(1);
                    }
                    if n == "main" {
                        main_depth = main_depth.saturating_sub(1);
                    }
                }
            }
            if BLOCKS.contains(&name.as_str()) {
                buffers.flush();
                buffers.current_in_article = false;
                buffers.current_in_main = false;
            }
            continue;
        }
        match name.as_str() {
            "meta" => read_meta(attrs, &mut page),
            "link" if attr(attrs, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                page.url = page.url.take().or_else(|| attr(attrs, "href"));
            }
            "time" if time_attr.is_none() => {
                time_attr = attr(attrs, "datetime");
            }
            "title" if open.get("svg").is_none_or(|&count| count == 0) => in_title = true,
            "h1" => in_h1 = true,
            _ => {}
        }
        if BLOCKS.contains(&name.as_str()) {
            buffers.flush();
            buffers.current_in_article = false;
            buffers.current_in_main = false;
        }
        let raw_text = matches!(name.as_str(), "script" | "style" | "textarea");
        if raw_text {
            // Their content is not markup: jump straight to the closing tag.
            i += raw_text_len(&html[i..], &name);
            continue;
        }
        if VOID.contains(&name.as_str()) || tag.ends_with('/') || name == "title" {
            continue;
        }
        let furniture = attr(attrs, "class")
            .into_iter()
            .chain(attr(attrs, "id"))
            .any(|v| {
                let v = v.to_ascii_lowercase();
                FURNITURE.iter().any(|f| {
                    v.split(|c: char| !c.is_ascii_alphanumeric())
                        .any(|w| w == *f || w == format!("{f}s"))
                })
            });
        let skipped = SKIPPED.contains(&name.as_str()) || furniture;
        if skipped {
            skip_depth += 1;
        }
        if name == "article" {
            article_depth += 1;
        }
        if name == "main" {
            main_depth += 1;
        }
        *open.entry(name.clone()).or_default() += 1;
        stack.push((name, skipped));
    }
    buffers.flush();
    page.title = page
        .title
        .or(title_text.map(|t| collapse_spaces(&t)))
        .or(h1.map(|t| collapse_spaces(&t)));
    page.title = page.title.filter(|t| !t.is_empty());
    if page.published.is_none() {
        page.published = time_attr.as_deref().and_then(Date::parse_loose);
    }
    page.paragraphs = if !buffers.article.is_empty() {
        buffers.article
    } else if !buffers.main.is_empty() {
        buffers.main
    } else {
        buffers.body
    };
    page
}

/// The length of a raw-text element's content: up to its closing tag, in any case, or the
/// whole rest. Compared in place: lowercasing the rest of the page for every `<script>` made
/// a page of many scripts quadratic.
fn raw_text_len(rest: &str, name: &str) -> usize {
    let mut from = 0;
    while let Some(j) = rest[from..].find("</") {
        let at = from + j;
        let after = &rest.as_bytes()[at + 2..];
        if after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return at;
        }
        from = at + 2;
    }
    rest.len()
}

/// The end of a tag (`>` outside quotes), relative to `rest`.
fn find_tag_end(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (j, c) in rest.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            (None, '>') => return Some(j),
            _ => {}
        }
    }
    None
}

fn read_meta(attrs: &str, page: &mut HtmlPage) {
    let key = attr(attrs, "property")
        .or_else(|| attr(attrs, "name"))
        .or_else(|| attr(attrs, "itemprop"));
    let (Some(key), Some(content)) = (key, attr(attrs, "content")) else {
        return;
    };
    let content = collapse_spaces(&decode_entities(&content));
    match key.to_ascii_lowercase().as_str() {
        "og:title" | "twitter:title" | "headline" => {
            page.title.get_or_insert(content);
        }
        "og:url" => {
            page.url.get_or_insert(content);
        }
        "article:published_time"
        | "datepublished"
        | "date"
        | "pubdate"
        | "publish-date"
        | "dc.date"
        | "dc.date.issued"
        | "parsely-pub-date"
        | "sailthru.date"
            if page.published.is_none() =>
        {
            page.published = Date::parse_loose(&content);
        }
        _ => {}
    }
}

/// The value of an attribute, entity-decoded.
fn attr(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(name) {
        let start = from + pos;
        from = start + name.len();
        let before_ok = start == 0 || lower.as_bytes()[start - 1].is_ascii_whitespace();
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_start = attrs.len() - after.len() + 1;
        let value = attrs[value_start..].trim_start();
        let v = match value.chars().next()? {
            q @ ('"' | '\'') => value[1..].split(q).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        };
        return Some(decode_entities(v));
    }
    None
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes character references: numeric ones and the named ones news pages use.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        let end = rest[1..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '#')
            .map(|j| j + 1);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let ch = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
            {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse().ok().and_then(char::from_u32)
            } else {
                named_entity(name)
            }?;
            let consumed = if rest[end..].starts_with(';') {
                end + 1
            } else {
                end
            };
            Some((ch, consumed))
        });
        match decoded {
            Some((ch, consumed)) => {
                out.push(ch);
                rest = &rest[consumed..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '’',
        "lsquo" => '‘',
        "ldquo" => '“',
        "rdquo" => '”',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "aacute" => 'á',
        "eacute" => 'é',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "Aacute" => 'Á',
        "Eacute" => 'É',
        "Iacute" => 'Í',
        "Oacute" => 'Ó',
        "Uacute" => 'Ú',
        "Ntilde" => 'Ñ',
        "uuml" => 'ü',
        "ccedil" => 'ç',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Site | Caravan</title>
<meta property="og:title" content="Caravan reaches Oaxaca">
<link rel="canonical" href="https://news.example/caravan">
<meta property="article:published_time" content="2024-03-14T09:00:00Z">
<style>p{color:red}</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a>Home</a> <a>World</a></nav>
<article><h1>Caravan reaches Oaxaca</h1><!-- ad slot -->
<p>About 3,000 migrants arrived &amp; rested.</p><div class="share-buttons">Share on Facebook</div>
<p>They head north&#8217;s way.</p></article><footer>© News</footer></body></html>"#;

    #[test]
    fn reads_metadata_and_body_only() {
        let a = html_to_article("p.html", PAGE).unwrap();
        assert_eq!(a.title.as_deref(), Some("Caravan reaches Oaxaca"));
        assert_eq!(a.url.as_deref(), Some("https://news.example/caravan"));
        assert_eq!(a.published, Date::new(2024, 3, 14));
        assert_eq!(a.text, "Caravan reaches Oaxaca\n\nAbout 3,000 migrants arrived & rested.\n\nThey head north’s way.");
    }

    #[test]
    fn deep_nesting_is_linear() {
        let html = format!(
            "{}<p>deep</p>{}",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        assert_eq!(parse_page(&html).paragraphs, vec!["deep".to_string()]);
    }

    #[test]
    fn raw_text_ends_at_its_closing_tag_in_any_case() {
        let page = parse_page("<SCRIPT>var p = '</p>';</Script><p>after</p><style>x");
        assert_eq!(page.paragraphs, vec!["after".to_string()]);
    }

    #[test]
    fn stray_tags_and_scripts_in_deep_nesting_stay_linear() {
        // Stray closing tags and `<title>`s each scanned all open elements, and each
        // `<script>` copied the rest of the page: 200 KB of them took 2 to 34 s.
        let html = format!(
            "{}<p>deep</p>{}{}{}",
            "<div>".repeat(20_000),
            "</q>".repeat(25_000),
            "<script></script>".repeat(12_000),
            "<title>".repeat(25_000),
        );
        let started = std::time::Instant::now();
        assert_eq!(parse_page(&html).paragraphs, vec!["deep".to_string()]);
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }

    #[test]
    fn decodes_entities() {
        assert_eq!(
            decode_entities("a &amp; b &#233; &#xE9; &bogus; &"),
            "a & b é é &bogus; &"
        );
    }
}
