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
}

impl Doc {
    /// Cleans and segments an article text.
    pub fn new(raw: &str, cleaner: &Cleaner) -> Self {
        let text = clean(raw, cleaner);
        let (sentences, tokens) = segment(&text);
        Self {
            text,
            sentences,
            tokens,
        }
    }

    /// The text of a token.
    pub fn token_text(&self, index: usize) -> &str {
        let t = &self.tokens[index];
        &self.text[t.start..t.end]
    }

    /// The text covered by a range of tokens.
    pub fn span_text(&self, tokens: std::ops::Range<usize>) -> &str {
        if tokens.is_empty() {
            return "";
        }
        &self.text[self.tokens[tokens.start].start..self.tokens[tokens.end - 1].end]
    }

    /// The character offset of a byte offset.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.text[..byte].chars().count()
    }

    /// The sentence holding a token.
    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= token)
    }
}
