//! Byte decoding: UTF-8 first, Windows-1252 (the usual mis-encoding of scraped news) second.

/// The outcome of decoding an input.
#[derive(Debug, PartialEq, Eq)]
pub enum Decoded {
    Utf8(String),
    /// The bytes were not UTF-8 and were read as Windows-1252, which maps every byte.
    Windows1252(String),
    /// NUL bytes: not a text file.
    Binary,
}

/// Decodes bytes to text; see [`Decoded`] for the policy.
pub fn decode(bytes: &[u8]) -> Decoded {
    if bytes.contains(&0) {
        return Decoded::Binary;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Utf8(text.to_owned()),
        Err(_) => Decoded::Windows1252(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_smart_quotes() {
        assert_eq!(decode(b"\x93hi\x94"), Decoded::Windows1252("“hi”".into()));
        assert_eq!(decode("México".as_bytes()), Decoded::Utf8("México".into()));
    }
}
