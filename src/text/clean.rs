//! Cleaning: drops page furniture (share prompts, comment notices, corrections boxes,
//! bylines, photo credits) and paragraphs repeated word for word.

use std::borrow::Cow;

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashSet;

/// What the cleaner removes, read from the `boilerplate` entries of `data/triggers.tsv`
/// and the news outlet list.
#[derive(Clone, Debug)]
pub struct Cleaner {
    /// Lowercase phrases that mark a paragraph as furniture, all searched in one pass.
    boilerplate: AhoCorasick,
    /// Lowercase names of news outlets: a paragraph that is only one of them is a credit line.
    outlets: FxHashSet<String>,
}

impl Cleaner {
    /// A cleaner for these lowercase furniture phrases and outlet names.
    pub fn new(boilerplate: &[String], outlets: FxHashSet<String>) -> Self {
        let boilerplate = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(boilerplate)
            .expect("boilerplate phrases are plain strings of bounded size");
        Cleaner {
            boilerplate,
            outlets,
        }
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::new(&[], FxHashSet::default())
    }
}

/// Returns the article text without furniture: kept paragraphs joined by blank lines.
pub fn clean(raw: &str, cleaner: &Cleaner) -> String {
    let mut seen = FxHashSet::default();
    let mut out = String::with_capacity(raw.len());
    for line in raw.lines() {
        let stripped = strip_credits(line.trim());
        let mut para = stripped.trim();
        // ASCII text (most paragraphs of English news) lowercases without case tables.
        let mut lower = if para.is_ascii() {
            para.to_ascii_lowercase()
        } else {
            para.to_lowercase()
        };
        // Most paragraphs hold no furniture phrase; those that do are cut or dropped.
        let cut;
        if cleaner.boilerplate.is_match(&lower) {
            cut = cut_boilerplate(&stripped, cleaner);
            para = cut.trim();
            lower = para.to_lowercase();
        }
        if para.is_empty() {
            continue;
        }
        let words = words_of(para);
        if is_furniture(&lower, &words, cleaner)
            || (!out.is_empty() && is_credit_line(para, &words))
        {
            continue;
        }
        if !seen.insert(repeat_key(para, lower)) {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(para);
    }
    out
}

/// A furniture phrase inside a long paragraph (30 words or more) is cut out, not the
/// paragraph. (Offsets found in the lowercased text hold for the original only when
/// lowercasing kept the length, as it does for the scripts news is written in.)
fn cut_boilerplate(para: &str, cleaner: &Cleaner) -> String {
    let mut para = para.to_string();
    if para.split_whitespace().nth(29).is_some() {
        let lower = para.to_lowercase();
        if lower.len() == para.len() {
            let found: Vec<_> = cleaner.boilerplate.find_iter(&lower).collect();
            // Back to front, so that earlier ranges stay where they were.
            for m in found.into_iter().rev() {
                if para.is_char_boundary(m.start()) && para.is_char_boundary(m.end()) {
                    para.replace_range(m.range(), "");
                }
            }
        }
    }
    para
}

/// The words of a paragraph, as `split_whitespace` gives them. Splitting at ASCII spaces alone
/// is faster and gives the same words when there is no other space: no vertical tab (which
/// `split_ascii_whitespace` keeps inside a word) and no space outside ASCII.
fn words_of(para: &str) -> Vec<&str> {
    if memchr::memchr(0x0b, para.as_bytes()).is_none() && !has_space_outside_ascii(para) {
        para.split_ascii_whitespace()
            .take(MOST_WORDS_READ)
            .collect()
    } else {
        para.split_whitespace().take(MOST_WORDS_READ).collect()
    }
}

/// The most words of a paragraph [`words_of`] gives: the checks tell paragraphs of up to 40
/// words apart and only need to know that a longer one is longer, so a long paragraph's
/// words are not all listed.
const MOST_WORDS_READ: usize = 41;

/// Whether a text has a space outside ASCII (no-break, thin, ideographic, ...). Only the
/// characters that start with the lead bytes of such spaces are decoded.
fn has_space_outside_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(0xc2, 0xe1, 0xe2, bytes)
        .chain(memchr::memchr_iter(0xe3, bytes))
        .any(|i| text[i..].chars().next().is_some_and(char::is_whitespace))
}

/// What makes two paragraphs the same: their lowercased words, one space between them.
/// Lowercasing never makes or removes whitespace, so the lowercased paragraph is the key as it
/// is when its words are already single-spaced, as they nearly always are: the paragraph is
/// trimmed, so that means one ASCII space between words and no other whitespace.
fn repeat_key(para: &str, lower: String) -> String {
    let bytes = para.as_bytes();
    let single_spaced = memchr::memmem::find(bytes, b"  ").is_none()
        && memchr::memchr3(b'\t', b'\r', b'\n', bytes).is_none()
        && memchr::memchr2(0x0b, 0x0c, bytes).is_none()
        && !has_space_outside_ascii(para);
    if single_spaced {
        lower
    } else {
        lower.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Whether a paragraph (lowercased, and its words) is furniture: boilerplate, a contact box,
/// an outlet's name, a source line or a byline.
fn is_furniture(lower: &str, words: &[&str], cleaner: &Cleaner) -> bool {
    if words.len() < 30 && cleaner.boilerplate.is_match(lower) {
        return true;
    }
    // An e-mail address in a short paragraph is a contact box.
    if words.len() < 40 && words.iter().any(|w| w.contains('@') && w.contains('.')) {
        return true;
    }
    let trimmed = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if cleaner.outlets.contains(trimmed)
        || trimmed
            .strip_prefix("source ")
            .is_some_and(|s| s.len() < 40)
    {
        return true;
    }
    is_byline(words)
}

/// A short line in Title Case without a full stop after the headline: a masthead, section
/// name or credit ("The Mazatlan Post"), not article text.
fn is_credit_line(para: &str, words: &[&str]) -> bool {
    words.len() <= 4
        && !para.ends_with(['.', '!', '?', '"', '”', ':'])
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || matches!(*w, "of" | "the" | "and")
        })
}

/// "By Jane Roe and John Doe", "- By X, CNN", "June 11, 2019 by Tracy Wilkinson".
fn is_byline(words: &[&str]) -> bool {
    if words.len() > 16 {
        return false;
    }
    let first_by = words.iter().position(|w| w.eq_ignore_ascii_case("by"));
    let Some(by) = first_by else { return false };
    let before_is_dash_or_date = words[..by].iter().all(|w| {
        w.chars()
            .all(|c| !c.is_alphabetic() || c.is_ascii_punctuation())
            || crate::date::month_number(w.trim_end_matches([',', '.'])).is_some()
            || w.trim_end_matches(',').parse::<u32>().is_ok()
    });
    let after = &words[by + 1..];
    before_is_dash_or_date
        && !after.is_empty()
        && after.iter().all(|w| {
            let w = w.trim_matches(|c: char| c.is_ascii_punctuation());
            w.is_empty()
                || w.chars().next().is_some_and(char::is_uppercase)
                || w == "and"
                || w.chars().all(|c| c.is_uppercase())
        })
}

/// Removes photo credits such as "(Jane Roe/Getty Images)" and "(Photo: Reuters)", and the
/// "**" of Markdown bold.
fn strip_credits(para: &str) -> Cow<'_, str> {
    if !para.contains(['(', '[']) && !para.contains("**") {
        return Cow::Borrowed(para);
    }
    let mut out = String::with_capacity(para.len());
    let mut rest = para;
    while let Some(open) = rest.find(['(', '[']) {
        let closer = if rest[open..].starts_with('(') {
            ')'
        } else {
            ']'
        };
        let Some(close) = rest[open..].find(closer).map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + 1..close];
        let lower = inner.to_lowercase();
        let credit = (inner.contains('/')
            && inner
                .split('/')
                .all(|p| p.trim().chars().next().is_some_and(char::is_uppercase)))
            || lower.starts_with("photo")
            || lower.starts_with("image")
            || lower.contains("getty")
            || lower.contains("ap photo");
        out.push_str(&rest[..open]);
        if !credit {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out.replace("**", ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaner() -> Cleaner {
        Cleaner::new(
            &["comments are closed".into(), "comment via facebook".into()],
            ["cnn".to_string()].into_iter().collect(),
        )
    }

    #[test]
    fn drops_furniture_and_repeats() {
        let raw = "Title\n\nBy Jane Roe and John Doe\n\nCNN\n\nThe caravan left.\n\nThe caravan left.\n\nComments are closed.\n\nWrite to news@example.com today";
        assert_eq!(clean(raw, &cleaner()), "Title\n\nThe caravan left.");
    }

    #[test]
    fn cuts_furniture_phrases_out_of_long_paragraphs() {
        let body = "The caravan walked north along the coastal highway for a fourth day, and its organizers said more than two thousand people had joined since the border town, many of them families with small children and few belongings.";
        let raw = format!("{body} Comments are closed. {body} Comment via Facebook.");
        let cleaned = clean(&raw, &cleaner());
        assert!(!cleaned.to_lowercase().contains("comments are closed"));
        assert!(!cleaned.to_lowercase().contains("comment via facebook"));
        assert!(cleaned.starts_with(body));
    }

    #[test]
    fn keeps_sentences_that_use_by() {
        let raw = "Migrants were stopped by the National Guard in Chiapas.";
        assert_eq!(clean(raw, &cleaner()), raw);
    }

    #[test]
    fn repeat_keys_join_lowercased_words_with_one_space() {
        for para in [
            "The caravan left",
            "The  caravan left",
            "The\u{b}caravan\u{c}left",
            "The\rcaravan left",
            "The\tcaravan left",
            "The\u{a0}caravan left",
            "The\u{2009}caravan left",
            "The\u{3000}caravan\u{205f}left",
            "“The caravan” left — ¿Qué? °C",
            "Ünïcödé ÇARAVAN",
        ] {
            let expected = para
                .to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let key = repeat_key(para, para.to_lowercase());
            assert_eq!(key, expected, "{para:?}");
        }
    }

    #[test]
    fn words_split_at_every_kind_of_space() {
        for para in [
            "The caravan  left\ttoday",
            "The\u{a0}caravan “left” — today",
            "The\u{b}caravan\u{c}left",
            "The\u{2009}caravan\u{3000}left\u{1680}now\u{85}",
            "¿Qué? Ünïcödé —",
        ] {
            let expected: Vec<&str> = para.split_whitespace().collect();
            assert_eq!(words_of(para), expected, "{para:?}");
        }
        // A long paragraph's words are listed only as far as the checks read.
        let long = "word ".repeat(100);
        assert_eq!(words_of(&long).len(), MOST_WORDS_READ);
        assert!(has_space_outside_ascii("a\u{202f}b"));
        assert!(!has_space_outside_ascii("“a” — ¿b? ‘c’ 東京"));
    }

    #[test]
    fn strips_photo_credits() {
        assert_eq!(
            strip_credits("Ebrard talks (Jane Roe/Getty Images/TNS) today"),
            "Ebrard talks  today"
        );
        assert_eq!(
            strip_credits("the INM (National Migration Institute) said"),
            "the INM (National Migration Institute) said"
        );
    }

    #[test]
    fn dated_byline() {
        assert!(is_byline(
            &"June 11, 2019 by Tracy Wilkinson"
                .split(' ')
                .collect::<Vec<_>>()
        ));
        assert!(is_byline(
            &"- By Eileen Sullivan and Zolan Kanno-Youngs NEW YORK TIMES"
                .split(' ')
                .collect::<Vec<_>>()
        ));
    }
}
