//! Tokens and sentences. Paragraph breaks always end a sentence; a full stop ends one unless
//! it belongs to an abbreviation ("Gov.", "U.S.", an initial) followed by a name.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner apostrophes, hyphens, or the dots of "U.S.").
    Word,
    /// Digits, with inner separators ("7,500", "1.5").
    Number,
    /// One punctuation character.
    Punct,
}

/// A token: a byte range of the cleaned text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Whether every byte of the token [folds as its lowercase](crate::gazetteer::folds_as_lowercase),
    /// as in most tokens: its folded form is then its text lowercased. The tokenizer
    /// reads every byte anyway, so it tells, and no later pass reads the token again to know.
    pub plain: bool,
}

/// A sentence: byte range and token range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: std::ops::Range<usize>,
    /// Index of the paragraph (0 = headline).
    pub paragraph: usize,
}

/// Words that keep their full stop and do not end a sentence when a name follows.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "st", "jr",
    "sr", "mt", "ft", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "calif", "tex", "ariz", "fla", "pres", "prof", "rev", "gens", "adm", "cmdr", "supt",
    "atty", "dept", "corp", "inc", "co", "ltd", "messrs", "hon", "amb", "brig", "maj", "cdr",
    "cpl", "insp", "cmdre", "pol",
];

/// The length of the longest of [`ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > longest {
            longest = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    longest
};

/// Whether a word is an abbreviation of [`ABBREVIATIONS`] (which are ASCII), in any case.
/// Asked of every word before a full stop; a longer word than any is not compared.
fn is_abbreviation(word: &str) -> bool {
    word.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// The character at byte `i` of `text`, if any: ASCII (most of the text) without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// Splits text into tokens.
pub fn tokenize(text: &str, base: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    // A byte cursor, not a `char_indices` iterator: a word is scanned once, ASCII (most of the
    // text) without decoding, and the cursor jumps past what a token took ("U.S." or "Gov.").
    let mut pos = 0;
    while pos < bytes.len() {
        let start = pos;
        let b = bytes[pos];
        // Most of what lies between tokens is one ASCII space.
        if b == b' ' {
            pos += 1;
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            text[pos..].chars().next().unwrap_or_default()
        };
        pos += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        let (end, kind, plain) = if c.is_alphabetic() {
            let (end, plain) = word_end(text, start, c);
            (end, TokenKind::Word, plain)
        } else if b.is_ascii_digit() {
            let (end, plain) = number_end(text, pos);
            (end, TokenKind::Number, plain)
        } else {
            (
                pos,
                TokenKind::Punct,
                crate::gazetteer::folds_as_lowercase(b),
            )
        };
        pos = end;
        out.push(Token {
            start: base + start,
            end: base + end,
            kind,
            plain,
        });
    }
}

/// Where the word that starts at `start` with the letter `c` ends, and whether it is plain.
fn word_end(text: &str, start: usize, c: char) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut end = start + c.len_utf8();
    let mut plain = c.is_ascii();
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii_alphanumeric() {
            end += 1;
            continue;
        }
        let n = if b < 0x80 {
            b as char
        } else {
            text[end..].chars().next().unwrap_or_default()
        };
        // (An ASCII byte here is no letter or digit: the test above took those.)
        if b >= 0x80 && n.is_alphanumeric() {
            end += n.len_utf8();
            plain = false;
            continue;
        }
        // Inner apostrophe or hyphen followed by a letter; but "'s" is its own token.
        // An en dash between two names joins them as a hyphen does ("the Presidio–Ojinaga
        // International Bridge"); between numbers it is a range ("2019–2020"), no word.
        if matches!(n, '\'' | '’' | '-' | '‐' | '–') {
            let after = &text[end + n.len_utf8()..];
            let next_alpha = if n == '–' {
                c.is_alphabetic() && after.chars().next().is_some_and(char::is_alphabetic)
            } else {
                after.chars().next().is_some_and(char::is_alphanumeric)
            };
            let possessive = matches!(n, '\'' | '’')
                && (after.starts_with('s') || after.starts_with('S'))
                && !after[1..].chars().next().is_some_and(char::is_alphanumeric);
            if next_alpha && !possessive {
                end += n.len_utf8();
                plain &= n.is_ascii();
                continue;
            }
        }
        break;
    }
    // "U.S.", "D.C.", "U.N.": single letters joined by dots.
    let word = &text[start..end];
    if word.len() == c.len_utf8() && bytes.get(end) == Some(&b'.') {
        let mut j = end + 1;
        let mut joined = false;
        while let Some(next) = char_at(text, j) {
            if next.is_alphabetic() && text[j + next.len_utf8()..].starts_with('.') {
                j += next.len_utf8() + 1;
                joined = true;
            } else {
                break;
            }
        }
        let single_initial = c.is_uppercase();
        if joined || single_initial {
            return (j, false);
        }
    } else if bytes.get(end) == Some(&b'.')
        && is_abbreviation(word)
        // "No. 10", but "she said no.": the number's sign only before a number.
        && (!word.eq_ignore_ascii_case("no")
            || text[end + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit()))
    {
        return (end + 1, false);
    }
    (end, plain)
}

/// Where the number whose first digit ends at `pos` ends, and whether it is plain.
fn number_end(text: &str, pos: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut end = pos;
    let mut plain = true;
    while let Some(n) = char_at(text, end) {
        if n.is_ascii_digit() {
            end += 1;
        } else if matches!(n, ',' | '.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            // An inner separator: "7,500", "1.5".
            plain &= n == ',';
            end += 1;
        } else if n.is_alphabetic() && !text[end..].starts_with("s ") {
            // "10th", "3pm", "15km"
            plain &= n.is_ascii();
            end += n.len_utf8();
        } else {
            break;
        }
    }
    (end, plain)
}

/// The longest sentence, in tokens; real sentences are far shorter.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Splits cleaned text into sentences and tokens.
pub fn segment(text: &str) -> (Vec<Sentence>, Vec<Token>) {
    // News text runs about five bytes per token: room for most articles' tokens up front,
    // instead of regrowing (and copying) the vector as it fills.
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut sentences = Vec::new();
    let mut offset = 0;
    for (paragraph, para) in paragraphs(text).enumerate() {
        let first = tokens.len();
        tokenize(para, offset, &mut tokens);
        let mut start_tok = first;
        let mut i = first;
        while i < tokens.len() {
            // A run-on "sentence" (a scraped page without full stops) is cut so that the work
            // done per sentence stays bounded: at a comma or semicolon when there is one, else hard.
            let too_long = i - start_tok >= MAX_SENTENCE_TOKENS
                || (i - start_tok >= MAX_SENTENCE_TOKENS / 2
                    && matches!(&text[tokens[i].start..tokens[i].end], ";" | ","));
            if too_long {
                push_sentence(&mut sentences, &tokens, start_tok..i + 1, paragraph);
                start_tok = i + 1;
                i += 1;
                continue;
            }
            if ends_sentence(text, &tokens, i) {
                // Closing quotes and brackets stay with the sentence they close. (A straight
                // quote after a space opens the next: `lists. "We sat down`.)
                let mut end = i + 1;
                while let Some(next) = tokens.get(end) {
                    let closer = &text[next.start..next.end];
                    let opens_next =
                        matches!(closer, "\"" | "'") && next.start > tokens[end - 1].end;
                    if !is_closer(closer) || opens_next {
                        break;
                    }
                    end += 1;
                }
                push_sentence(&mut sentences, &tokens, start_tok..end, paragraph);
                start_tok = end;
                i = end;
            } else {
                i += 1;
            }
        }
        push_sentence(&mut sentences, &tokens, start_tok..tokens.len(), paragraph);
        offset += para.len() + 2;
    }
    (sentences, tokens)
}

/// The paragraphs of a cleaned text, as `text.split("\n\n")` gives them, found by memchr's
/// vectorised search rather than the standard library's general one.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let breaks = memchr::memmem::find_iter(text.as_bytes(), b"\n\n")
        .map(|at| at..at + 2)
        .chain(std::iter::once(text.len()..text.len()));
    breaks.map(move |cut| {
        let para = &text[start..cut.start];
        start = cut.end;
        para
    })
}

/// A closing quote or bracket, which stays with the sentence it closes.
fn is_closer(token: &str) -> bool {
    matches!(token, "\"" | "”" | "’" | ")" | "'")
}

fn push_sentence(
    sentences: &mut Vec<Sentence>,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    paragraph: usize,
) {
    if range.is_empty() {
        return;
    }
    sentences.push(Sentence {
        start: tokens[range.start].start,
        end: tokens[range.end - 1].end,
        tokens: range,
        paragraph,
    });
}

fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    // Only a token ending in ".", "!", "?" or "…" (whose last byte is 0xA6) can end a sentence:
    // the last byte rules out most tokens before their text is compared.
    if !matches!(
        text.as_bytes()[tokens[i].end - 1],
        b'.' | b'!' | b'?' | 0xa6
    ) {
        return false;
    }
    let t = &text[tokens[i].start..tokens[i].end];
    let next = tokens.get(i + 1).map(|n| &text[n.start..n.end]);
    // "... keep walking.” Another migrant": what follows the closing quotes decides.
    let next_starts_upper = || {
        let after_closers = tokens[i + 1..]
            .iter()
            .map(|n| &text[n.start..n.end])
            .find(|n| !is_closer(n));
        after_closers.is_none_or(|n| {
            n.chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')
            })
        })
    };
    match t {
        "." | "!" | "?" | "…" => next_starts_upper(),
        // "... into the U.S. The next day": an abbreviation ends a sentence before a common sentence opener.
        // So does a title's ("whom the others call Prof. He said ...") where a lower-case word
        // follows the opener (not "Vice Premier He Lifeng").
        _ if tokens[i].kind == TokenKind::Word && t.ends_with('.') => {
            let lower_after_opener = || {
                tokens.get(i + 2).is_some_and(|n| {
                    text[n.start..n.end]
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
                })
            };
            t.len() > 2
                && next.is_some_and(|n| SENTENCE_OPENERS.contains(&n))
                && (t.matches('.').count() > 1 || lower_after_opener())
        }
        _ => false,
    }
}

const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "At",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "Some",
    "Many",
    "Most",
    "When",
    "While",
    "After",
    "Before",
    "According",
    "However",
    "Meanwhile",
    "Officials",
    "Migrants",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut t = Vec::new();
        tokenize(text, 0, &mut t);
        t.iter().map(|t| text[t.start..t.end].to_string()).collect()
    }

    #[test]
    fn tokens_keep_names_and_figures_whole() {
        assert_eq!(
            words("Texas Gov. Greg Abbott's U.S.-bound 7,500 Sherwood-Randall Michael R. Pompeo"),
            [
                "Texas",
                "Gov.",
                "Greg",
                "Abbott",
                "'",
                "s",
                "U.S.",
                "-",
                "bound",
                "7,500",
                "Sherwood-Randall",
                "Michael",
                "R.",
                "Pompeo"
            ]
        );
        assert_eq!(
            words("López Obrador’s plan."),
            ["López", "Obrador", "’", "s", "plan", "."]
        );
        // An en dash joins two names, not two figures.
        assert_eq!(
            words("the Presidio–Ojinaga bridge in 2019–2020"),
            [
                "the",
                "Presidio–Ojinaga",
                "bridge",
                "in",
                "2019",
                "–",
                "2020"
            ]
        );
    }

    #[test]
    fn paragraphs_split_as_the_standard_library_splits() {
        for text in ["", "a", "a\n\nb", "a\n\n\nb\n\n", "\n\n\n\na\nb\n\nc"] {
            let expected: Vec<&str> = text.split("\n\n").collect();
            assert_eq!(paragraphs(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_sentences() {
        let text = "word ".repeat(10 * MAX_SENTENCE_TOKENS);
        let (sentences, tokens) = segment(&text);
        assert_eq!(tokens.len(), 10 * MAX_SENTENCE_TOKENS);
        assert!(sentences
            .iter()
            .all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS + 1));
        assert_eq!(
            sentences.iter().map(|s| s.tokens.len()).sum::<usize>(),
            tokens.len()
        );
    }

    /// The text of each sentence `segment` finds.
    fn sentence_texts(text: &str) -> Vec<&str> {
        let (sentences, _) = segment(text);
        sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn sentences_split_on_stops_not_abbreviations() {
        let text = "Secretary Michael R. Pompeo met Gov. Abbott in Washington, D.C. on Friday. The caravan left.\n\nNew paragraph";
        let (sentences, _) = segment(text);
        let s: Vec<&str> = sentences.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            s,
            [
                "Secretary Michael R. Pompeo met Gov. Abbott in Washington, D.C. on Friday.",
                "The caravan left.",
                "New paragraph"
            ]
        );
        assert_eq!(sentences[2].paragraph, 1);
        // A title's abbreviation ends a sentence before an opener and a lower-case word, not
        // before a name.
        let text = "They call him Prof. He said so. Vice Premier He Lifeng met Gen. He Wen.";
        let s = sentence_texts(text);
        assert_eq!(
            s,
            [
                "They call him Prof.",
                "He said so.",
                "Vice Premier He Lifeng met Gen. He Wen."
            ]
        );
        // Thailand's police write "Pol." before the rank.
        let text = "The commander, Pol. Lt. Col. Sakda Phromma, said so. The men left.";
        assert_eq!(
            sentence_texts(text),
            [
                "The commander, Pol. Lt. Col. Sakda Phromma, said so.",
                "The men left."
            ]
        );
        // "No." is the number's sign only before a number.
        let text = "He lives at No. 10 Downing Street. Sheinbaum said no. Ana Ruiz agreed.";
        let s = sentence_texts(text);
        assert_eq!(
            s,
            [
                "He lives at No. 10 Downing Street.",
                "Sheinbaum said no.",
                "Ana Ruiz agreed."
            ]
        );
    }

    #[test]
    fn a_quote_that_ends_a_sentence_closes_it() {
        let text = "“We will keep walking.” Another migrant, Ana Ruiz, agreed. “Go on,” she said.";
        let s = sentence_texts(text);
        assert_eq!(
            s,
            [
                "“We will keep walking.”",
                "Another migrant, Ana Ruiz, agreed.",
                "“Go on,” she said."
            ]
        );
        // Straight quotes: one set tight after the full stop closes, one after a space opens.
        let text = "\"We walked.\" They met. \"We sat down,\" she said.";
        let s = sentence_texts(text);
        assert_eq!(
            s,
            ["\"We walked.\"", "They met.", "\"We sat down,\" she said."]
        );
    }
}
