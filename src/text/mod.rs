//! Text preparation: cleaning (boilerplate, bylines, repeated paragraphs) and segmentation
//! into paragraphs, sentences and tokens. Offsets are byte offsets into [`Doc::text`], the
//! cleaned text; [`Doc::char_offset`] converts them to the character offsets written to RDF.

mod clean;
mod segment;

pub use clean::{clean, Cleaner};
pub use segment::{segment, tokenize, Sentence, Token, TokenKind};

/// A cleaned article, split into sentences and tokens.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Cleaned text: paragraphs separated by blank lines; the headline is the first one.
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// The character offset of each sentence's start, so that converting an offset is a
    /// binary search and a count within one sentence, not a scan of the text.
    sentence_chars: Vec<usize>,
    /// Every token folded for lookup (see [`crate::gazetteer::fold`]), computed once: the text
    /// lowercased (where most tokens find their folded form), then the folded forms of the
    /// tokens that fold otherwise. One allocation a document, not one a token.
    folded_text: String,
    /// Where each token's folded form starts and ends in `folded_text`.
    folded_spans: Vec<(usize, usize)>,
    /// Whether each token is a word that starts with a capital, asked several times per token.
    capitalised: Vec<bool>,
}

impl Doc {
    /// Cleans and segments an article text.
    pub fn new(raw: &str, cleaner: &Cleaner) -> Self {
        Self::of_cleaned(clean(raw, cleaner))
    }

    /// Segments a text already cleaned.
    pub fn of_cleaned(text: String) -> Self {
        let (sentences, tokens) = segment(&text);
        let mut sentence_chars = Vec::with_capacity(sentences.len());
        let (mut byte, mut chars) = (0, 0);
        for sentence in &sentences {
            chars += text[byte..sentence.start].chars().count();
            sentence_chars.push(chars);
            byte = sentence.start;
        }
        // Most tokens fold to their own text lowercased: the whole text is lowercased at once
        // and such a token's folded form is its own span of that copy. The others (accents,
        // dots, typographic marks) are folded one by one after it.
        let mut folded_text = String::with_capacity(text.len() + text.len() / 8);
        folded_text.push_str(&text);
        folded_text.make_ascii_lowercase();
        let mut folded_spans = Vec::with_capacity(tokens.len());
        let mut capitalised = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let first = text.as_bytes()[t.start];
            capitalised.push(
                t.kind == TokenKind::Word
                    && if first < 0x80 {
                        first.is_ascii_uppercase()
                            || arabic_article_before_capital(&text[t.start..t.end])
                    } else {
                        // ("ʻEua", "ʻAisake": the ʻokina, a letter, opens capitalised names.)
                        text[t.start..]
                            .trim_start_matches('\u{2bb}')
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                    },
            );
            if t.plain {
                // `folded` reads these spans unchecked: the tokenizer's offsets are checked here,
                // once, where a wrong one is a panic rather than undefined behaviour.
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                folded_spans.push((t.start, t.end));
            } else {
                let start = folded_text.len();
                crate::gazetteer::fold_into(&text[t.start..t.end], &mut folded_text);
                folded_spans.push((start, folded_text.len()));
            }
        }
        Self {
            text,
            sentences,
            tokens,
            sentence_chars,
            folded_text,
            folded_spans,
            capitalised,
        }
    }

    /// The text of a token.
    #[track_caller]
    pub fn token_text(&self, index: usize) -> &str {
        let t = &self.tokens[index];
        &self.text[t.start..t.end]
    }

    /// A token folded for lookup: lowercase, no accents, no dots. (An index past the end is
    /// reported where it was asked for.)
    #[inline]
    #[track_caller]
    #[allow(unsafe_code)]
    pub fn folded(&self, index: usize) -> &str {
        let (start, end) = self.folded_spans[index];
        debug_assert!(start <= end);
        debug_assert!(self.folded_text.is_char_boundary(start));
        debug_assert!(self.folded_text.is_char_boundary(end));
        // SAFETY: `of_cleaned` is the only writer of `folded_text` and `folded_spans` (both
        // private), and records each span at the ends of text it has just pushed: a token's
        // own span in the lowercased copy, whose ends it asserts are character boundaries of
        // the text (ASCII lowercasing keeps every byte in place), or a folded form appended
        // whole. So both ends are in bounds and on character boundaries. The extractors ask
        // for folded words several times per token: the checked slice's boundary tests were
        // 9% of extraction's instructions.
        unsafe { self.folded_text.get_unchecked(start..end) }
    }

    /// Whether a token is a word that starts with a capital letter.
    pub fn is_capitalised(&self, index: usize) -> bool {
        self.capitalised[index]
    }

    /// Whether a span of tokens is set in brackets: "(INM)".
    pub fn is_bracketed(&self, tokens: &std::ops::Range<usize>) -> bool {
        tokens.start > 0
            && self.token_text(tokens.start - 1) == "("
            && tokens.end < self.tokens.len()
            && self.token_text(tokens.end) == ")"
    }

    /// The folded tokens of a range, one word each (empty for tokens that fold to nothing,
    /// such as a full stop), as the sentence-level extractors read them.
    pub fn folded_words(&self, tokens: std::ops::Range<usize>) -> Vec<&str> {
        tokens.map(|t| self.folded(t)).collect()
    }

    /// The text covered by a range of tokens.
    pub fn span_text(&self, tokens: std::ops::Range<usize>) -> &str {
        if tokens.is_empty() {
            return "";
        }
        &self.text[self.tokens[tokens.start].start..self.tokens[tokens.end - 1].end]
    }

    /// The character offset of a byte offset (which must fall between characters).
    pub fn char_offset(&self, byte: usize) -> usize {
        let i = self.sentences.partition_point(|s| s.start <= byte);
        if i == 0 {
            return self.text[..byte].chars().count();
        }
        let sentence_start = self.sentences[i - 1].start;
        self.sentence_chars[i - 1] + self.text[sentence_start..byte].chars().count()
    }

    /// The sentence holding a token.
    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= token)
    }
}

/// "al-Hamdani", "el-Mandeb": a name that opens on the Arabic article, written in lower case,
/// is capitalised as a name is; so is one that opens on an elided French or Italian article
/// or particle ("d'Arguin", "l'Aquila").
fn arabic_article_before_capital(word: &str) -> bool {
    ["al-", "el-", "d'", "l'", "d’", "l’"]
        .iter()
        .any(|article| {
            word.strip_prefix(article)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_token_folds_as_fold_does() {
        let doc = Doc::new(
            "Gov. Abbott’s U.S.-bound caravan: 7,500 people, 1.5km — López `quoted` ÑANDÚ\u{7f}.\n\n\
             Straße İstanbul Dr. R. Pompeo's 3pm",
            &Cleaner::default(),
        );
        let plain = doc.tokens.iter().filter(|t| t.plain).count();
        assert!(plain > 10 && plain < doc.tokens.len() - 10, "{plain}");
        for i in 0..doc.tokens.len() {
            let token = doc.token_text(i);
            assert_eq!(doc.folded(i), crate::gazetteer::fold(token), "{token:?}");
        }
    }

    #[test]
    fn a_name_on_the_arabic_article_is_capitalised() {
        let doc = Doc::new(
            "Boats\n\nNabil al-Hamdani crossed the el-Mandeb strait, all-night, to d'Arguin \
             (d'accord).",
            &Cleaner::default(),
        );
        let capitalised: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| doc.is_capitalised(i))
            .map(|i| doc.token_text(i))
            .collect();
        assert_eq!(
            capitalised,
            ["Boats", "Nabil", "al-Hamdani", "el-Mandeb", "d'Arguin"]
        );
    }

    /// The ʻokina is a letter: "ʻEua" is one capitalised word, which folds as "Eua" does, and
    /// "Nukuʻalofa" folds as "Nuku'alofa" does.
    #[test]
    fn a_name_that_opens_on_the_okina_is_capitalised() {
        let doc = Doc::new(
            "Islands\n\nThey reached ʻEua from Nukuʻalofa.",
            &Cleaner::default(),
        );
        let capitalised: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| doc.is_capitalised(i))
            .map(|i| doc.token_text(i))
            .collect();
        assert_eq!(capitalised, ["Islands", "They", "ʻEua", "Nukuʻalofa"]);
        let folded: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.folded(i)).collect();
        assert!(folded.contains(&"eua"), "{folded:?}");
        assert!(folded.contains(&"nuku'alofa"), "{folded:?}");
    }

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let doc = Doc::new(
            "Méx ü\n\nAndrés López met Blinken. “Ñandú” — dijo.",
            &Cleaner::default(),
        );
        assert!(doc.sentences.len() >= 3);
        for (b, _) in doc.text.char_indices() {
            assert_eq!(
                doc.char_offset(b),
                doc.text[..b].chars().count(),
                "at byte {b}"
            );
        }
        assert_eq!(doc.char_offset(doc.text.len()), doc.text.chars().count());
    }
}
