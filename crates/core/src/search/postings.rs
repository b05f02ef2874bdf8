//! Posting lists: for each stem, the articles that contain it (with how often, in the title and
//! in the body) and the word positions, in two byte streams.
//!
//! Both streams are cut into blocks of [`BLOCK`] articles. The document stream of a full block
//! holds the first article number as a LEB128 varint gap from the previous block, then the other
//! 127 gaps bit-packed at the block's width, then one bit per article telling whether it has a
//! frequency code, then the codes' width and the codes bit-packed. The code is `total << 2 | min(title, 3)`
//! (`total` occurrences, `title` of them in the title) and is left out in the common case, one
//! occurrence in the body. The last, partial block (and so every list of a rare stem) is plain
//! varints: the gap shifted left by one, its low bit set when a code follows, then the code.
//!
//! The position stream holds, article by article, the first position and the gaps to the next
//! ones, bit-packed at the width of the article's word count (so a short article's positions
//! cost fewer bits). The index stores the stems' position streams one after another without
//! padding, so each starts at a bit, not a byte. Positions count every word including stop words, so phrases keep their
//! shape; body positions start after the title's plus [`TITLE_GAP`], so no phrase spans the
//! two. Scoring reads only the document stream; positions are decoded for phrases only, and
//! skipping an article's positions is one multiplication.

/// Positions skipped between the title and the body.
pub const TITLE_GAP: u32 = 8;
/// Articles per block.
pub const BLOCK: usize = 128;

/// The frequency code of one occurrence, in the body.
const ONCE_IN_BODY: u32 = 4;

/// Appends `v` as a LEB128 varint.
pub fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a varint at `*pos`, advancing it. Truncated or overlong input reads as whatever was
/// there: damaged postings give wrong answers, never a panic.
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

/// Bits needed for `v`: the position width of an article with `v` word positions.
pub fn width(v: u32) -> u32 {
    32 - v.leading_zeros()
}

/// Appends `values` packed at `w` bits each, least significant bits first.
fn pack(values: &[u32], w: u32, out: &mut Vec<u8>) {
    let mut acc: u64 = 0;
    let mut bits = 0u32;
    for &v in values {
        acc |= (v as u64) << bits;
        bits += w;
        while bits >= 8 {
            out.push(acc as u8);
            acc >>= 8;
            bits -= 8;
        }
    }
    if bits > 0 {
        out.push(acc as u8);
    }
}

/// The `w`-bit value at bit offset `bit` (`w <= 32`).
#[inline]
fn read_bits(bytes: &[u8], bit: usize, w: u32) -> u32 {
    if w == 0 {
        return 0;
    }
    let i = bit / 8;
    let word = match bytes.get(i..i + 8) {
        Some(b) => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        None => {
            let mut buf = [0u8; 8];
            if let Some(tail) = bytes.get(i..) {
                buf[..tail.len().min(8)].copy_from_slice(&tail[..tail.len().min(8)]);
            }
            u64::from_le_bytes(buf)
        }
    };
    ((word >> (bit % 8)) & ((1u64 << w) - 1)) as u32
}

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

/// Builds one stem's two streams, article by article in increasing order; call
/// [`PostingsWriter::finish`] once the last article is in.
#[derive(Default)]
pub struct PostingsWriter {
    pub docs: Vec<u8>,
    pub positions: Vec<u8>,
    /// Bits of `positions` in use (the last byte may be partly padding).
    pub position_bits: u64,
    pub df: u32,
    last_doc: u32,
    /// The current block's gaps and codes.
    gaps: Vec<u32>,
    codes: Vec<u32>,
    bits: BitWriter,
}

impl PostingsWriter {
    /// Adds article `doc` (greater than any added before) with its sorted word positions, of
    /// which the first `title` are in the title, packed at `w` bits (see [`width`]).
    pub fn push(&mut self, doc: u32, positions: &[u32], title: u32, w: u32) {
        let gap = if self.df == 0 {
            doc
        } else {
            doc - self.last_doc
        };
        self.gaps.push(gap);
        self.codes.push(tf_code(positions.len() as u32, title));
        let mut prev = 0;
        for (i, &p) in positions.iter().enumerate() {
            self.bits
                .put(if i == 0 { p } else { p - prev }, w, &mut self.positions);
            prev = p;
        }
        self.position_bits += positions.len() as u64 * w as u64;
        self.last_doc = doc;
        self.df += 1;
        if self.gaps.len() == BLOCK {
            self.flush();
        }
    }

    /// Writes the last, partial block.
    pub fn finish(&mut self) {
        self.flush();
        self.bits.flush(&mut self.positions);
    }

    fn flush(&mut self) {
        let n = self.gaps.len();
        if n >= MIN_PACKED {
            put_varint(&mut self.docs, self.gaps[0]);
            let w = self.gaps[1..].iter().copied().map(width).max().unwrap_or(0);
            self.docs.push(w as u8);
            pack(&self.gaps[1..], w, &mut self.docs);
            let mut bitmap = [0u8; BLOCK / 8];
            for (i, &c) in self.codes.iter().enumerate() {
                if c != ONCE_IN_BODY {
                    bitmap[i / 8] |= 1 << (i % 8);
                }
            }
            self.docs.extend_from_slice(&bitmap[..n.div_ceil(8)]);
            let flagged: Vec<u32> = self
                .codes
                .iter()
                .copied()
                .filter(|&c| c != ONCE_IN_BODY)
                .collect();
            let cw = flagged.iter().copied().map(width).max().unwrap_or(0);
            self.docs.push(cw as u8);
            pack(&flagged, cw, &mut self.docs);
        } else {
            for (&gap, &code) in self.gaps.iter().zip(&self.codes) {
                put_varint(&mut self.docs, gap << 1 | (code != ONCE_IN_BODY) as u32);
                if code != ONCE_IN_BODY {
                    put_varint(&mut self.docs, code);
                }
            }
        }
        self.gaps.clear();
        self.codes.clear();
    }
}

/// The lengths of the two streams of a stem with fewer than [`MIN_PACKED`] articles, read from
/// its document stream at `docs` (plain varints, so their length is not stored): the document
/// stream's own length in bytes, and the position stream's in bits, from each article's
/// occurrences and position width (`width_of(article)`). `None` when the stream is cut short.
pub fn short_list_lengths(
    docs: &[u8],
    df: u32,
    width_of: impl Fn(u32) -> u32,
) -> Option<(usize, u64)> {
    let (mut pos, mut doc, mut bits) = (0usize, 0u32, 0u64);
    for i in 0..df {
        if pos >= docs.len() {
            return None;
        }
        let v = get_varint(docs, &mut pos);
        doc = if i == 0 {
            v >> 1
        } else {
            doc.checked_add(v >> 1)?
        };
        let total = if v & 1 == 1 {
            if pos >= docs.len() {
                return None;
            }
            get_varint(docs, &mut pos) >> 2
        } else {
            1
        };
        bits += total as u64 * width_of(doc) as u64;
    }
    Some((pos, bits))
}

/// Blocks of fewer articles than this are written as varints: packing would not pay.
pub const MIN_PACKED: usize = 8;

/// Writes values of any width up to 32 bits into a byte stream, least significant bits first.
#[derive(Default)]
pub struct BitWriter {
    acc: u64,
    bits: u32,
}

impl BitWriter {
    pub fn put(&mut self, v: u32, w: u32, out: &mut Vec<u8>) {
        self.acc |= (v as u64) << self.bits;
        self.bits += w;
        while self.bits >= 8 {
            out.push(self.acc as u8);
            self.acc >>= 8;
            self.bits -= 8;
        }
    }

    /// Appends the first `bits` bits of `bytes`.
    pub fn append(&mut self, bytes: &[u8], bits: u64, out: &mut Vec<u8>) {
        let whole = (bits / 8) as usize;
        for &b in &bytes[..whole.min(bytes.len())] {
            self.put(b as u32, 8, out);
        }
        let rest = (bits % 8) as u32;
        if rest > 0 {
            let last = bytes.get(whole).copied().unwrap_or(0) as u32;
            self.put(last & ((1 << rest) - 1), rest, out);
        }
    }

    pub fn flush(&mut self, out: &mut Vec<u8>) {
        if self.bits > 0 {
            out.push(self.acc as u8);
        }
        self.acc = 0;
        self.bits = 0;
    }
}

/// Walks one stem's document stream: `(article, frequency code)` in article order.
pub struct Postings<'a> {
    bytes: &'a [u8],
    /// Next byte of the varint part (codes of a packed block, or the tail).
    pos: usize,
    left: u32,
    doc: u32,
    /// Within a packed block: articles left, the gap width, the bit of the next gap, the
    /// bitmap's offset, the index of the next article, the code width and the next code's bit.
    in_block: u32,
    w: u32,
    gap_bit: usize,
    bitmap: usize,
    index: usize,
    cw: u32,
    code_bit: usize,
}

impl<'a> Postings<'a> {
    pub fn new(bytes: &'a [u8], df: u32) -> Postings<'a> {
        Postings {
            bytes,
            pos: 0,
            left: df,
            doc: 0,
            in_block: 0,
            w: 0,
            gap_bit: 0,
            bitmap: 0,
            index: 0,
            cw: 0,
            code_bit: 0,
        }
    }
}

impl Iterator for Postings<'_> {
    type Item = (u32, u32);

    #[inline]
    fn next(&mut self) -> Option<(u32, u32)> {
        if self.left == 0 {
            return None;
        }
        if self.in_block == 0 && self.left >= MIN_PACKED as u32 {
            // A packed block: first gap, width, gaps, bitmap; the codes follow.
            let n = self.left.min(BLOCK as u32) as usize;
            self.doc = self.doc.wrapping_add(get_varint(self.bytes, &mut self.pos));
            self.w = self.bytes.get(self.pos).copied().unwrap_or(0).min(32) as u32;
            self.pos += 1;
            self.gap_bit = self.pos * 8;
            self.bitmap = self.pos + ((n - 1) * self.w as usize).div_ceil(8);
            let codes = self.bitmap + n.div_ceil(8);
            let flagged: usize = self
                .bytes
                .get(self.bitmap..codes)
                .map_or(0, |b| b.iter().map(|x| x.count_ones() as usize).sum());
            self.cw = self.bytes.get(codes).copied().unwrap_or(0).min(32) as u32;
            self.code_bit = (codes + 1) * 8;
            self.pos = codes + 1 + (flagged * self.cw as usize).div_ceil(8);
            self.in_block = n as u32 - 1;
            self.index = 0;
        } else if self.in_block > 0 {
            self.doc = self
                .doc
                .wrapping_add(read_bits(self.bytes, self.gap_bit, self.w));
            self.gap_bit += self.w as usize;
            self.in_block -= 1;
            self.index += 1;
        } else {
            let v = get_varint(self.bytes, &mut self.pos);
            self.doc = self.doc.wrapping_add(v >> 1);
            self.left -= 1;
            let code = if v & 1 == 1 {
                get_varint(self.bytes, &mut self.pos)
            } else {
                ONCE_IN_BODY
            };
            return Some((self.doc, code));
        }
        self.left -= 1;
        let flagged = self
            .bytes
            .get(self.bitmap + self.index / 8)
            .is_some_and(|b| b >> (self.index % 8) & 1 == 1);
        let code = if flagged {
            let c = read_bits(self.bytes, self.code_bit, self.cw);
            self.code_bit += self.cw as usize;
            c
        } else {
            ONCE_IN_BODY
        };
        Some((self.doc, code))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left as usize, Some(self.left as usize))
    }
}

/// Reads positions from one stem's position stream, following its document stream: call
/// [`skip`](Self::skip) or [`read`](Self::read) once for every article, in order, with the
/// article's position width.
pub struct PositionReader<'a> {
    bytes: &'a [u8],
    bit: usize,
}

impl<'a> PositionReader<'a> {
    pub fn new(bytes: &'a [u8]) -> PositionReader<'a> {
        PositionReader::at(bytes, 0)
    }

    /// A reader of a stream that starts at bit `bit` of `bytes` (streams are not byte-aligned).
    pub fn at(bytes: &'a [u8], bit: usize) -> PositionReader<'a> {
        PositionReader { bytes, bit }
    }

    /// Skips the positions of an article with frequency code `code`.
    #[inline]
    pub fn skip(&mut self, code: u32, w: u32) {
        self.bit += (code >> 2) as usize * w as usize;
    }

    /// Reads the positions of an article with frequency code `code` into `out` (cleared).
    pub fn read(&mut self, code: u32, w: u32, out: &mut Vec<u32>) {
        out.clear();
        let mut p = 0u32;
        for i in 0..code >> 2 {
            let v = read_bits(self.bytes, self.bit, w.min(32));
            self.bit += w as usize;
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
        let mut pos = 0;
        let _ = get_varint(&[0x80, 0x80], &mut pos);
        assert_eq!(pos, 2);
    }

    /// A deterministic list of postings: articles, with positions and title counts.
    fn sample(df: usize, seed: u64) -> Vec<(u32, Vec<u32>, u32)> {
        let mut x = seed;
        let mut next = move || {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) as u32
        };
        let mut doc = next() % 50;
        (0..df)
            .map(|_| {
                doc += 1 + next() % if next() % 10 == 0 { 5000 } else { 20 };
                let tf = 1 + if next() % 4 == 0 { next() % 9 } else { 0 };
                let mut pos = next() % 700;
                let positions: Vec<u32> = (0..tf)
                    .map(|_| {
                        pos += 1 + next() % 300;
                        pos
                    })
                    .collect();
                let title = if next() % 5 == 0 { 1 } else { 0 };
                (doc, positions, title)
            })
            .collect()
    }

    /// An article long enough for these positions.
    fn doc_end(pos: &[u32]) -> u32 {
        pos.last().map_or(0, |p| p + 1)
    }

    #[test]
    fn postings_and_positions_round_trip_across_blocks() {
        for df in [1, 2, 7, 8, 9, 127, 128, 129, 135, 136, 255, 256, 300, 1000] {
            let list = sample(df, df as u64);
            let mut w = PostingsWriter::default();
            for (doc, pos, title) in &list {
                w.push(*doc, pos, *title, width(doc_end(pos)));
            }
            w.finish();
            let got: Vec<_> = Postings::new(&w.docs, w.df).collect();
            let want: Vec<_> = list
                .iter()
                .map(|(d, p, t)| (*d, tf_code(p.len() as u32, *t)))
                .collect();
            assert_eq!(got, want, "df {df}");
            // Read every third article's positions, skip the others.
            let mut r = PositionReader::new(&w.positions);
            let mut out = Vec::new();
            for (i, ((_, code), (_, pos, _))) in got.iter().zip(&list).enumerate() {
                let wd = width(doc_end(pos));
                if i % 3 == 0 {
                    r.read(*code, wd, &mut out);
                    assert_eq!(&out, pos, "df {df}, article {i}");
                } else {
                    r.skip(*code, wd);
                }
            }
        }
    }

    /// Lists written back to back without padding are read from their bit offsets, and the
    /// lengths of a short list, derived from its document stream, are the lengths written.
    #[test]
    fn streams_back_to_back_read_from_bit_offsets() {
        let lists: Vec<_> = [1usize, 3, 7, 200, 2, 5]
            .iter()
            .map(|&df| sample(df, df as u64 + 11))
            .collect();
        let (mut all, mut bits, mut starts) = (Vec::new(), BitWriter::default(), vec![0u64]);
        let mut writers = Vec::new();
        for list in &lists {
            let mut w = PostingsWriter::default();
            for (doc, pos, title) in list {
                w.push(*doc, pos, *title, width(doc_end(pos)));
            }
            w.finish();
            bits.append(&w.positions, w.position_bits, &mut all);
            starts.push(starts.last().unwrap() + w.position_bits);
            writers.push(w);
        }
        bits.flush(&mut all);
        assert_eq!(starts.last().unwrap().div_ceil(8), all.len() as u64);
        for ((list, w), start) in lists.iter().zip(&writers).zip(&starts) {
            let widths: std::collections::HashMap<u32, u32> = list
                .iter()
                .map(|(d, p, _)| (*d, width(doc_end(p))))
                .collect();
            if (w.df as usize) < MIN_PACKED {
                let lengths = short_list_lengths(&w.docs, w.df, |d| widths[&d]);
                assert_eq!(lengths, Some((w.docs.len(), w.position_bits)));
            }
            let mut r = PositionReader::at(&all, *start as usize);
            let mut out = Vec::new();
            for ((_, code), (_, pos, _)) in Postings::new(&w.docs, w.df).zip(list) {
                r.read(code, width(doc_end(pos)), &mut out);
                assert_eq!(&out, pos);
            }
        }
    }

    #[test]
    fn damaged_streams_read_without_panicking() {
        let list = sample(400, 3);
        let mut w = PostingsWriter::default();
        for (doc, pos, title) in &list {
            w.push(*doc, pos, *title, 12);
        }
        w.finish();
        for cut in [0, 1, 5, w.docs.len() / 2] {
            let _ = Postings::new(&w.docs[..cut], w.df).count();
            let mut r = PositionReader::new(&w.positions[..cut.min(w.positions.len())]);
            let mut out = Vec::new();
            for _ in 0..w.df {
                r.read(4 << 2, 40, &mut out);
            }
        }
        let junk = vec![0xFFu8; 64];
        let _ = Postings::new(&junk, 1000).count();
    }
}
