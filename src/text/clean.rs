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
        let stripped = strip_credits(without_trailing_credit(line.trim()));
        let stripped = strip_footnote_marks(stripped);
        let mut para = stripped.trim();
        let mut lower = lowercase(para);
        // Most paragraphs hold no furniture phrase; those that do are cut or dropped.
        let cut;
        let mut has_boilerplate = cleaner.boilerplate.is_match(&lower);
        if has_boilerplate {
            cut = cut_boilerplate(&stripped, cleaner);
            para = cut.trim();
            lower = lowercase(para);
            has_boilerplate = cleaner.boilerplate.is_match(&lower);
        }
        if para.is_empty() {
            continue;
        }
        let single_spaced = is_single_spaced(para);
        let words = word_count(para, single_spaced);
        let furniture = is_furniture(para, &lower, words, single_spaced, has_boilerplate, cleaner)
            || (!out.is_empty() && is_credit_line(para, words, single_spaced));
        if furniture {
            continue;
        }
        if !seen.insert(repeat_key(lower, single_spaced)) {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(para);
    }
    out
}

/// A text lowercased as [`str::to_lowercase`] does it, with runs of ASCII (most of any news
/// text, even a paragraph with accented names) copied and lowercased whole rather than
/// character by character.
fn lowercase(text: &str) -> String {
    // A capital sigma lowercases by its place in the word: left to the standard library.
    if text.is_ascii() || text.contains('Σ') {
        return if text.is_ascii() {
            text.to_ascii_lowercase()
        } else {
            text.to_lowercase()
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| b >= 0x80).unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_lowercase());
            rest = chars.as_str();
        }
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

/// How many words a paragraph has, as `split_whitespace` counts them, up to one more than
/// [`MOST_WORDS_CHECKED`]: the furniture checks only need to know that a longer paragraph is
/// longer.
fn word_count(para: &str, single_spaced: bool) -> usize {
    if single_spaced {
        // One ASCII space between words: counting spaces counts the words, in one pass that
        // the compiler vectorises.
        return 1 + para
            .bytes()
            .filter(|&b| b == b' ')
            .count()
            .min(MOST_WORDS_CHECKED);
    }
    para.split_whitespace().take(MOST_WORDS_CHECKED + 1).count()
}

/// Paragraphs of more words than this are article text to every furniture check.
const MOST_WORDS_CHECKED: usize = 40;

/// The words of a paragraph, as `split_whitespace` gives them.
fn words_of(para: &str, single_spaced: bool) -> Vec<&str> {
    if single_spaced {
        para.split(' ').collect()
    } else {
        para.split_whitespace().collect()
    }
}

/// Whether a text has a space outside ASCII (no-break, thin, ideographic, ...). Only the
/// characters that start with the lead bytes of such spaces are decoded.
fn has_space_outside_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(0xc2, 0xe1, 0xe2, bytes)
        .chain(memchr::memchr_iter(0xe3, bytes))
        .any(|i| text[i..].chars().next().is_some_and(char::is_whitespace))
}

/// Whether a trimmed paragraph has one ASCII space between words and no other whitespace, as
/// nearly every paragraph has.
fn is_single_spaced(para: &str) -> bool {
    let bytes = para.as_bytes();
    memchr::memmem::find(bytes, b"  ").is_none()
        && memchr::memchr3(b'\t', b'\r', b'\n', bytes).is_none()
        && memchr::memchr2(0x0b, 0x0c, bytes).is_none()
        && !has_space_outside_ascii(para)
}

/// What makes two paragraphs the same: their lowercased words, one space between them.
/// Lowercasing never makes or removes whitespace, so the lowercased paragraph is the key as it
/// is when the paragraph is [single-spaced](is_single_spaced).
fn repeat_key(lower: String, single_spaced: bool) -> String {
    if single_spaced {
        lower
    } else {
        lower.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Whether a paragraph (also given lowercased) is furniture: boilerplate in a short paragraph
/// (`has_boilerplate` tells whether it holds a phrase), a contact box, an outlet's name, a
/// source line or a byline. Each check reads the words only of paragraphs it can be true of.
fn is_furniture(
    para: &str,
    lower: &str,
    words: usize,
    single_spaced: bool,
    has_boilerplate: bool,
    cleaner: &Cleaner,
) -> bool {
    if words < 30 && has_boilerplate {
        return true;
    }
    // An e-mail address in a short paragraph is a contact box.
    if words < 40
        && memchr::memchr(b'@', para.as_bytes()).is_some()
        && para
            .split_whitespace()
            .any(|w| w.contains('@') && w.contains('.'))
    {
        return true;
    }
    is_named_furniture(lower, cleaner)
        || (words <= MOST_BYLINE_WORDS
            && memchr::memmem::find(lower.as_bytes(), b"by").is_some()
            && is_byline(&words_of(para, single_spaced)))
}

/// Whether a lowercased paragraph is an outlet's name or a source line ("Source: Reuters").
fn is_named_furniture(lower: &str, cleaner: &Cleaner) -> bool {
    let trimmed = lower.trim_matches(|c: char| !c.is_alphanumeric());
    cleaner.outlets.contains(trimmed)
        || trimmed
            .strip_prefix("source ")
            .is_some_and(|s| s.len() < 40)
}

/// A short line in Title Case without a full stop after the headline: a masthead, section
/// name or credit ("The Mazatlan Post"), not article text.
fn is_credit_line(para: &str, words: usize, single_spaced: bool) -> bool {
    words <= 4
        && !para.ends_with(['.', '!', '?', '"', '”', ':'])
        && words_of(para, single_spaced).iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || matches!(*w, "of" | "the" | "and")
        })
}

/// The most words a byline has.
const MOST_BYLINE_WORDS: usize = 16;

/// "By Jane Roe and John Doe", "- By X, CNN", "June 11, 2019 by Tracy Wilkinson".
fn is_byline(words: &[&str]) -> bool {
    if words.len() > MOST_BYLINE_WORDS {
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

/// A caption without the photographer's credit that closes it, after its last sentence:
/// "... on Wednesday. REUTERS/Anna Gruber", "... at the port. AP Photo/Juan Perez".
fn without_trailing_credit(para: &str) -> &str {
    let Some(slash) = memchr::memrchr(b'/', para.as_bytes()) else {
        return para;
    };
    let start = para[..slash].rfind(". ").map_or(0, |i| i + 2);
    let (agency, photographer) = (&para[start..slash], &para[slash + 1..]);
    let agency_words: Vec<&str> = agency.split_whitespace().collect();
    let is_agency = matches!(agency_words.len(), 1 | 2)
        && agency_words.iter().enumerate().all(|(k, w)| {
            (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
                || (k > 0 && w.eq_ignore_ascii_case("photo"))
        });
    let is_name = photographer.split_whitespace().count() <= 4
        && photographer.chars().next().is_some_and(char::is_uppercase)
        && !photographer.ends_with(['.', '!', '?', '"', '”']);
    if is_agency && is_name && start > 0 {
        para[..start].trim_end()
    } else {
        para
    }
}

/// Removes photo credits such as "(Jane Roe/Getty Images)" and "(Photo: Reuters)", and the
/// "**" of Markdown bold.
fn strip_credits(para: &str) -> Cow<'_, str> {
    let bytes = para.as_bytes();
    if memchr::memchr2(b'(', b'[', bytes).is_none() && memchr::memmem::find(bytes, b"**").is_none()
    {
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

/// A paragraph without the asterisks that mark a footnote: "said Samir*, 24," (a name changed,
/// the note at the end says), and the "* " that opens the note itself. An asterisk inside a
/// word or between spaces ("a 5 * 3 grid", "f*ck") stays.
fn strip_footnote_marks(para: Cow<'_, str>) -> Cow<'_, str> {
    if !para.contains('*') {
        return para;
    }
    let mut out = String::with_capacity(para.len());
    let mut chars = para.char_indices().peekable();
    let mut previous: Option<char> = None;
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let after_word =
            previous.is_some_and(char::is_alphanumeric) && !next.is_some_and(char::is_alphanumeric);
        let opens_note = at == 0 && next == Some(' ');
        if c == '*' && (after_word || opens_note) {
            continue;
        }
        out.push(c);
        previous = Some(c);
    }
    let opening_space = out.len() - out.trim_start().len();
    out.drain(..opening_space);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_footnote_marks_after_a_word_and_before_the_note() {
        assert_eq!(
            strip_footnote_marks("said Samir*, 24, a student".into()),
            "said Samir, 24, a student"
        );
        assert_eq!(
            strip_footnote_marks("* Samir asked that his name not be used.".into()),
            "Samir asked that his name not be used."
        );
        assert_eq!(strip_footnote_marks("a 5 * 3 grid".into()), "a 5 * 3 grid");
        assert_eq!(strip_footnote_marks("f*ck".into()), "f*ck");
    }

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
    fn the_built_in_phrases_drop_a_wire_credit_line() {
        let g = crate::gazetteer::Gazetteer::builtin();
        let raw = "Title\n\nThe caravan left.\n\n(Reporting by Ana Ruiz; Editing by Luis Paz)";
        assert_eq!(clean(raw, g.cleaner()), "Title\n\nThe caravan left.");
        // And the closing line that names who else reported.
        let raw = "Title\n\nThe caravan left.\n\nAssociated Press writer Ana Ruiz in Ottawa \
                   contributed to this report.";
        assert_eq!(clean(raw, g.cleaner()), "Title\n\nThe caravan left.");
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
            let key = repeat_key(lowercase(para), is_single_spaced(para));
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
            let single_spaced = is_single_spaced(para);
            assert_eq!(words_of(para, single_spaced), expected, "{para:?}");
            assert_eq!(word_count(para, single_spaced), expected.len(), "{para:?}");
        }
        // Words are counted only as far as a check needs, however they are spaced.
        let long = "word ".repeat(50);
        let double = long.replace(' ', "  ");
        assert_eq!(word_count(long.trim(), true), MOST_WORDS_CHECKED + 1);
        assert_eq!(word_count(double.trim(), false), MOST_WORDS_CHECKED + 1);
        assert!(has_space_outside_ascii("a\u{202f}b"));
        assert!(!has_space_outside_ascii("“a” — ¿b? ‘c’ 東京"));
    }

    #[test]
    fn lowercases_as_the_standard_library_does() {
        for text in [
            "The Caravan",
            "Andrés LÓPEZ Obrador met ÑANDÚ in İSTANBUL",
            "ΟΔΟΣ Σ ΑΣ",
            "東京 Tokyo ÇA",
            "",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text:?}");
        }
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
        // The credit that closes a caption, after its last sentence.
        for credit in ["REUTERS/Anna Gruber", "AP Photo/Juan Perez"] {
            assert_eq!(
                without_trailing_credit(&format!("Two ministers meet at the crossing. {credit}")),
                "Two ministers meet at the crossing."
            );
        }
        // Not a sentence that ends on a slash of its own, nor a line that is only a credit.
        for text in [
            "Fares rose to 400 euros a night. EU/UN talks resume.",
            "The US/Mexico border is long.",
            "REUTERS/Anna Gruber",
        ] {
            assert_eq!(without_trailing_credit(text), text);
        }
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
