//! Bearer tokens for the write side (SPARQL Update, `POST /ingest`): read once at start from
//! `--token-file`, compared in constant time.

use std::path::Path;

use sha2::{Digest, Sha256};

/// The token a writer must present, kept as its SHA-256 digest.
pub struct Token {
    digest: [u8; 32],
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(..)")
    }
}

/// Why a request may not write.
#[derive(Debug, PartialEq, Eq)]
pub enum Denied {
    /// No `Authorization: Bearer ...` header: 401.
    Missing,
    /// A token that is not ours: 403.
    Wrong,
}

impl Token {
    /// Reads the token from a file (surrounding whitespace and a final newline are not part
    /// of it). A missing, unreadable or empty file is an error that names the file.
    pub fn from_file(path: &Path) -> Result<Token, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the token file {}: {e}", path.display()))?;
        let token = text.trim();
        if token.is_empty() {
            return Err(format!(
                "the token file {} is empty; put a long random token in it, e.g. `head -c 32 /dev/urandom | base64 > {}`",
                path.display(),
                path.display()
            ));
        }
        Ok(Token::new(token))
    }

    pub fn new(token: &str) -> Token {
        Token {
            digest: Sha256::digest(token.as_bytes()).into(),
        }
    }

    /// Checks an `Authorization` header value. Digests of equal length are compared without
    /// an early exit, so the time taken says nothing about how much of the token was right.
    pub fn check(&self, authorization: Option<&str>) -> Result<(), Denied> {
        let given = authorization
            .map(str::trim)
            .and_then(|h| {
                let (scheme, rest) = h.split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then_some(rest.trim())
            })
            .ok_or(Denied::Missing)?;
        let digest: [u8; 32] = Sha256::digest(given.as_bytes()).into();
        let diff = digest
            .iter()
            .zip(self.digest.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        if std::hint::black_box(diff) == 0 {
            Ok(())
        } else {
            Err(Denied::Wrong)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens() {
        let t = Token::new("s3cret");
        assert_eq!(t.check(Some("Bearer s3cret")), Ok(()));
        assert_eq!(t.check(Some("bearer  s3cret ")), Ok(()));
        assert_eq!(t.check(Some("Bearer s3cre")), Err(Denied::Wrong));
        assert_eq!(t.check(Some("Basic czNjcmV0")), Err(Denied::Missing));
        assert_eq!(t.check(None), Err(Denied::Missing));
    }

    #[test]
    fn token_file_must_hold_a_token() {
        let dir = std::env::temp_dir().join(format!("ng-token-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let empty = dir.join("empty");
        std::fs::write(&empty, "\n  \n").unwrap();
        assert!(Token::from_file(&empty).unwrap_err().contains("is empty"));
        assert!(Token::from_file(&dir.join("absent"))
            .unwrap_err()
            .contains("cannot read the token file"));
        let good = dir.join("good");
        std::fs::write(&good, "abc\n").unwrap();
        assert_eq!(
            Token::from_file(&good).unwrap().check(Some("Bearer abc")),
            Ok(())
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
