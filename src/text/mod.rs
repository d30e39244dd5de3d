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
    /// Character offsets of each token's start and end, so that converting an offset is a
    /// binary search, not a scan of the text.
    token_chars: Vec<(usize, usize)>,
    /// Each token folded for lookup (see [`crate::gazetteer::fold`]), computed once.
    folded: Vec<String>,
}

impl Doc {
    /// Cleans and segments an article text.
    pub fn new(raw: &str, cleaner: &Cleaner) -> Self {
        Self::of_cleaned(clean(raw, cleaner))
    }

    /// Segments a text already cleaned.
    pub fn of_cleaned(text: String) -> Self {
        let (sentences, tokens) = segment(&text);
        let mut token_chars = Vec::with_capacity(tokens.len());
        let (mut byte, mut chars) = (0, 0);
        for t in &tokens {
            chars += text[byte..t.start].chars().count();
            let start = chars;
            chars += text[t.start..t.end].chars().count();
            token_chars.push((start, chars));
            byte = t.end;
        }
        let folded = tokens
            .iter()
            .map(|t| crate::gazetteer::fold(&text[t.start..t.end]))
            .collect();
        Self {
            text,
            sentences,
            tokens,
            token_chars,
            folded,
        }
    }

    /// The text of a token.
    pub fn token_text(&self, index: usize) -> &str {
        let t = &self.tokens[index];
        &self.text[t.start..t.end]
    }

    /// A token folded for lookup: lowercase, no accents, no dots.
    pub fn folded(&self, index: usize) -> &str {
        &self.folded[index]
    }

    /// The text covered by a range of tokens.
    pub fn span_text(&self, tokens: std::ops::Range<usize>) -> &str {
        if tokens.is_empty() {
            return "";
        }
        &self.text[self.tokens[tokens.start].start..self.tokens[tokens.end - 1].end]
    }

    /// The character offset of a byte offset at a token boundary (any other offset is
    /// counted from the nearest token before it).
    pub fn char_offset(&self, byte: usize) -> usize {
        let i = self.tokens.partition_point(|t| t.start <= byte);
        if i == 0 {
            return self.text[..byte].chars().count();
        }
        let t = &self.tokens[i - 1];
        let (start, end) = self.token_chars[i - 1];
        if byte >= t.end {
            end + self.text[t.end..byte].chars().count()
        } else {
            start + self.text[t.start..byte].chars().count()
        }
    }

    /// The sentence holding a token.
    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let doc = Doc::new("Méx ü\n\nAndrés López met Blinken.", &Cleaner::default());
        for (b, _) in doc.text.char_indices() {
            if doc.tokens.iter().any(|t| t.start == b || t.end == b) {
                assert_eq!(
                    doc.char_offset(b),
                    doc.text[..b].chars().count(),
                    "at byte {b}"
                );
            }
        }
        assert_eq!(doc.char_offset(doc.text.len()), doc.text.chars().count());
    }
}
