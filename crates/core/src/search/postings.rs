//! Compact integer lists: LEB128 varints, and the posting lists built from them.
//!
//! A term's postings are two byte streams. The document stream holds, for each article that has
//! the term, in article order: the gap from the previous article number (the first is absolute)
//! shifted left by one, its low bit set when a frequency code follows; the code is
//! `total << 2 | min(title, 3)` (`total` occurrences in title and body, `title` of them in the
//! title) and is left out for the most common case, one occurrence in the body. The position stream holds, for the same articles in the same
//! order, the `total` word positions: the first absolute, the rest as gaps. Positions count
//! every word including stop words, so phrases keep their shape; body positions start after the
//! title's plus [`TITLE_GAP`], so no phrase spans the two.
//!
//! Scoring reads only the document stream; the position stream is decoded for phrases only.

/// Positions skipped between the title and the body.
pub const TITLE_GAP: u32 = 8;

/// Appends `v` as a LEB128 varint.
pub fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a varint at `*pos`, advancing it. A truncated or overlong varint reads as what was
/// there (the index is validated when loaded, so this only guards against panics).
#[inline]
pub fn get_varint(bytes: &[u8], pos: &mut usize) -> u32 {
    let mut v: u32 = 0;
    let mut shift = 0u32;
    while let Some(&b) = bytes.get(*pos) {
        *pos += 1;
        if shift < 32 {
            v |= ((b & 0x7f) as u32) << shift;
        }
        if b & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    v
}

/// Skips `n` varints at `*pos`.
#[inline]
pub fn skip_varints(bytes: &[u8], pos: &mut usize, mut n: u32) {
    while n > 0 {
        match bytes.get(*pos) {
            Some(&b) => {
                *pos += 1;
                if b & 0x80 == 0 {
                    n -= 1;
                }
            }
            None => return,
        }
    }
}

/// The frequency code of one occurrence, in the body.
const ONCE_IN_BODY: u32 = 4;

/// The frequency code of a posting.
#[inline]
pub fn tf_code(total: u32, title: u32) -> u32 {
    total << 2 | title.min(3)
}

/// Occurrences in title (capped at 3) and body of a frequency code.
#[inline]
pub fn split_tf(code: u32) -> (u32, u32) {
    let total = code >> 2;
    let title = code & 3;
    (title, total.saturating_sub(title))
}

/// Walks one term's document stream.
pub struct Postings<'a> {
    bytes: &'a [u8],
    pos: usize,
    left: u32,
    doc: u32,
}

impl<'a> Postings<'a> {
    pub fn new(bytes: &'a [u8], df: u32) -> Postings<'a> {
        Postings {
            bytes,
            pos: 0,
            left: df,
            doc: 0,
        }
    }
}

impl Iterator for Postings<'_> {
    /// (article number, frequency code)
    type Item = (u32, u32);

    #[inline]
    fn next(&mut self) -> Option<(u32, u32)> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let v = get_varint(self.bytes, &mut self.pos);
        self.doc = self.doc.wrapping_add(v >> 1);
        let code = if v & 1 == 1 {
            get_varint(self.bytes, &mut self.pos)
        } else {
            ONCE_IN_BODY
        };
        Some((self.doc, code))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left as usize, Some(self.left as usize))
    }
}

/// Builds one term's two streams, article by article in increasing order.
#[derive(Default)]
pub struct PostingsWriter {
    pub docs: Vec<u8>,
    pub positions: Vec<u8>,
    pub df: u32,
    last_doc: u32,
}

impl PostingsWriter {
    /// Adds article `doc` (greater than any added before) with its sorted word positions, of
    /// which the first `title` are in the title.
    pub fn push(&mut self, doc: u32, positions: &[u32], title: u32) {
        let gap = if self.df == 0 {
            doc
        } else {
            doc - self.last_doc
        };
        let code = tf_code(positions.len() as u32, title);
        put_varint(&mut self.docs, gap << 1 | (code != ONCE_IN_BODY) as u32);
        if code != ONCE_IN_BODY {
            put_varint(&mut self.docs, code);
        }
        let mut prev = 0;
        for (i, &p) in positions.iter().enumerate() {
            put_varint(&mut self.positions, if i == 0 { p } else { p - prev });
            prev = p;
        }
        self.last_doc = doc;
        self.df += 1;
    }
}

/// Reads positions from one term's position stream, following its document stream.
pub struct PositionReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> PositionReader<'a> {
    pub fn new(bytes: &'a [u8]) -> PositionReader<'a> {
        PositionReader { bytes, pos: 0 }
    }

    /// Skips the positions of an article with frequency code `code`.
    pub fn skip(&mut self, code: u32) {
        skip_varints(self.bytes, &mut self.pos, code >> 2);
    }

    /// Reads the positions of an article with frequency code `code` into `out` (cleared).
    pub fn read(&mut self, code: u32, out: &mut Vec<u32>) {
        out.clear();
        let mut p = 0u32;
        for i in 0..code >> 2 {
            let v = get_varint(self.bytes, &mut self.pos);
            p = if i == 0 { v } else { p.wrapping_add(v) };
            out.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_at_every_width() {
        let values = [
            0,
            1,
            127,
            128,
            16_383,
            16_384,
            2_097_151,
            2_097_152,
            u32::MAX,
        ];
        let mut bytes = Vec::new();
        for v in values {
            put_varint(&mut bytes, v);
        }
        let mut pos = 0;
        for v in values {
            assert_eq!(get_varint(&bytes, &mut pos), v);
        }
        assert_eq!(pos, bytes.len());
        // Truncated input reads without panicking.
        let mut pos = 0;
        let _ = get_varint(&[0x80, 0x80], &mut pos);
        assert_eq!(pos, 2);
    }

    #[test]
    fn postings_and_positions_round_trip() {
        let mut w = PostingsWriter::default();
        w.push(3, &[0, 12, 40], 1);
        w.push(4, &[7], 0);
        w.push(900, &[1, 2, 3, 4, 5], 5);
        let got: Vec<_> = Postings::new(&w.docs, w.df).collect();
        assert_eq!(
            got,
            [(3, tf_code(3, 1)), (4, tf_code(1, 0)), (900, tf_code(5, 3))]
        );
        assert_eq!(split_tf(got[2].1), (3, 2));
        let mut r = PositionReader::new(&w.positions);
        let mut out = Vec::new();
        r.skip(got[0].1);
        r.read(got[1].1, &mut out);
        assert_eq!(out, [7]);
        r.read(got[2].1, &mut out);
        assert_eq!(out, [1, 2, 3, 4, 5]);
    }
}
