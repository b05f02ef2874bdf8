//! From bytes to clean text: byte-order marks, UTF-16, Windows-1252 repair, binary detection,
//! line endings, invisible characters, smart quotes and spaces.
//!
//! Decoding is lenient because news files come from everywhere: valid UTF-8 is taken as is, and
//! bytes that are not UTF-8 are read as Windows-1252 (the usual encoding of such files), with a
//! note so the repair is visible. What is clearly not text (NUL bytes, mostly control
//! characters) is refused.

/// Why the bytes are not text.
pub(crate) type Refusal = &'static str;

/// The decoded text and the notes on any repair.
pub(crate) struct Decoded {
    pub text: String,
    pub notes: Vec<String>,
}

/// Decodes a file's bytes into text with `\n` line endings and no control characters other than
/// `\n` and `\t`.
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, Refusal> {
    let mut notes = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8_or_1252(rest, &mut notes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        notes.push("decoded as UTF-16 (little-endian)".to_string());
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        notes.push("decoded as UTF-16 (big-endian)".to_string());
        utf16(rest, u16::from_be_bytes)
    } else {
        utf8_or_1252(bytes, &mut notes)?
    };
    if text.contains('\0') {
        return Err("not text: contains NUL bytes");
    }
    if looks_binary(&text) {
        return Err("not text: binary content");
    }
    let text = clean_controls(&text);
    if text.trim().is_empty() {
        return Err("empty file");
    }
    Ok(Decoded { text, notes })
}

fn utf8_or_1252(bytes: &[u8], notes: &mut Vec<String>) -> Result<String, Refusal> {
    if bytes.contains(&0) {
        return Err("not text: contains NUL bytes");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => {
            notes.push("invalid UTF-8: decoded as Windows-1252".to_string());
            Ok(mixed_utf8_1252(bytes))
        }
    }
}

/// Keeps every valid UTF-8 sequence and reads each invalid byte as Windows-1252, so a file that
/// was mostly UTF-8 with a few stray bytes keeps its accented letters.
fn mixed_utf8_1252(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                // `good` was just validated.
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len()).max(1).min(rest.len());
                for &b in rest.get(..bad).unwrap_or_default() {
                    out.push(windows_1252(b));
                }
                bytes = rest.get(bad..).unwrap_or_default();
            }
        }
    }
    out
}

/// The character of a Windows-1252 byte. The five bytes the code page leaves undefined map to
/// the C1 control of the same number, as browsers do; they are dropped later as controls.
pub(crate) fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}',
        '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}',
        '\u{9D}', '\u{017E}', '\u{0178}',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect()
}

/// More than one character in ten being a control character (other than whitespace) means the
/// file is not prose. Only the start is looked at: enough to judge, and cheap on large files.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut controls = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}') {
            controls += 1;
        }
    }
    controls * 10 > total
}

/// Line endings become `\n`; other controls, zero-width characters, soft hyphens and stray
/// byte-order marks are dropped; a form feed or vertical tab counts as a line break.
fn clean_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Runs of plain characters are copied whole; only the bytes that may need work are looked at.
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (0x20..0x7F).contains(&b) || b == b'\n' || b == b'\t' {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        let next = i + c.len_utf8();
        if let Some(with) = cleaned(c, bytes.get(next)) {
            out.push_str(&text[run..i]);
            out.push_str(with);
            run = next;
        }
        i = next;
    }
    out.push_str(&text[run..]);
    out
}

/// What `clean_controls` writes for a character other than plain ASCII, `\n` and `\t`
/// (`next` is the byte after it); `None` keeps the character.
fn cleaned(c: char, next: Option<&u8>) -> Option<&'static str> {
    match c {
        // "\r\n" keeps its "\n"; a lone "\r" is a line end.
        '\r' if next == Some(&b'\n') => Some(""),
        '\r' | '\u{0B}' | '\u{0C}' | '\u{2028}' => Some("\n"),
        '\u{2029}' => Some("\n\n"),
        // Zero-width characters, soft hyphens, byte-order marks, other controls.
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Some(""),
        c if c.is_control() => Some(""),
        _ => None,
    }
}

/// Curly quotes and apostrophes become ASCII, so a search for `Iran's` finds `Iran’s`; dashes
/// are kept.
pub(crate) fn straighten_quotes(s: &str) -> String {
    // Every character replaced here is encoded from a lead byte 0xE2 (U+2018..U+2033) or 0xCA
    // (U+02BC): text without either is returned as it is.
    if !s.bytes().any(|b| b == 0xE2 || b == 0xCA) {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
            c => c,
        })
        .collect()
}

/// One line of text with runs of spaces (tabs, no-break spaces) collapsed to one space and the
/// ends trimmed.
pub(crate) fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_or_refuses() {
        type Case<'a> = (&'a [u8], Result<&'a str, &'a str>, Vec<&'a str>);
        let cases: Vec<Case> = vec![
            (b"plain", Ok("plain"), vec![]),
            (b"\xEF\xBB\xBFbom", Ok("bom"), vec![]),
            (b"a\r\nb\rc\n", Ok("a\nb\nc\n"), vec![]),
            (
                b"caf\xE9 \x93q\x94",
                Ok("caf\u{e9} \u{201C}q\u{201D}"),
                vec!["invalid UTF-8: decoded as Windows-1252"],
            ),
            ("caf\u{e9} ".as_bytes(), Ok("caf\u{e9} "), vec![]),
            (
                b"\xC3\xA9t\xE9",
                Ok("\u{e9}t\u{e9}"),
                vec!["invalid UTF-8: decoded as Windows-1252"],
            ),
            (
                b"\xFF\xFEh\x00i\x00",
                Ok("hi"),
                vec!["decoded as UTF-16 (little-endian)"],
            ),
            (
                b"\xFE\xFF\x00h\x00i",
                Ok("hi"),
                vec!["decoded as UTF-16 (big-endian)"],
            ),
            (b"a\x00b", Err("not text: contains NUL bytes"), vec![]),
            (
                b"\x01\x02\x03\x04abc",
                Err("not text: binary content"),
                vec![],
            ),
            (b"", Err("empty file"), vec![]),
            (b" \n\t\r\n", Err("empty file"), vec![]),
            (
                "zero\u{200B}width soft\u{AD}hyphen".as_bytes(),
                Ok("zerowidth softhyphen"),
                vec![],
            ),
        ];
        for (bytes, want, notes) in cases {
            let got = decode(bytes).map(|d| {
                assert_eq!(d.notes, notes, "{bytes:?}");
                d.text
            });
            assert_eq!(got.as_deref().map_err(|e| *e), want, "{bytes:?}");
        }
    }

    #[test]
    fn quotes_straighten_and_spaces_collapse() {
        assert_eq!(
            straighten_quotes("\u{201C}Iran\u{2019}s offer\u{201D} \u{2013} ok"),
            "\"Iran's offer\" \u{2013} ok"
        );
        assert_eq!(collapse_spaces("  a \t b\u{a0}\u{a0}c  "), "a b c");
    }
}
