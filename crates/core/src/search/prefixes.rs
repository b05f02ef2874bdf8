//! Short word beginnings, precomputed. While a word is being typed its first letters match
//! thousands of words ("m" begins a tenth of the vocabulary); reading all their postings on every
//! keystroke would cost far more than any other query. So for each beginning of one to
//! [`MAX_PREFIX_CHARS`] characters whose words have more than [`PREFIX_POSTINGS_BUDGET`]
//! postings in all, the build stores the set of articles with such a word and the few most
//! frequent stems. A query then takes its matches from the set and its scores from those stems.

use super::bytes::Bytes;
use super::postings::{get_varint, put_varint};
use serde::{Deserialize, Serialize};

/// Beginnings up to this many characters are precomputed.
pub const MAX_PREFIX_CHARS: usize = 3;
/// Beginnings whose words have more postings than this are precomputed: the most a prefix
/// query reads from the posting lists.
pub const PREFIX_POSTINGS_BUDGET: u64 = 60_000;
/// Stems scored for a precomputed beginning.
pub const PREFIX_TOP_STEMS: usize = 12;

/// A set of article numbers as stored: a bitmap, or varint gaps when that is smaller.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum PackedSet {
    Bits(Bytes),
    Gaps(Bytes),
}

impl PackedSet {
    pub fn encode(sorted: &[u32], n: usize) -> PackedSet {
        let mut gaps = Vec::new();
        let mut prev = 0;
        for (i, &a) in sorted.iter().enumerate() {
            put_varint(&mut gaps, if i == 0 { a } else { a - prev });
            prev = a;
        }
        if gaps.len() <= n.div_ceil(8) {
            return PackedSet::Gaps(Bytes(gaps));
        }
        let mut bits = vec![0u8; n.div_ceil(8)];
        for &a in sorted {
            bits[a as usize / 8] |= 1 << (a % 8);
        }
        PackedSet::Bits(Bytes(bits))
    }

    /// Calls `f` for each member, in increasing order.
    pub fn for_each(&self, mut f: impl FnMut(u32)) {
        match self {
            PackedSet::Bits(b) => {
                for (i, chunk) in b.0.chunks(8).enumerate() {
                    let mut word = [0u8; 8];
                    word[..chunk.len()].copy_from_slice(chunk);
                    let mut w = u64::from_le_bytes(word);
                    while w != 0 {
                        f(i as u32 * 64 + w.trailing_zeros());
                        w &= w - 1;
                    }
                }
            }
            PackedSet::Gaps(g) => {
                let (mut pos, mut a) = (0, 0u32);
                let mut first = true;
                while pos < g.0.len() {
                    let v = get_varint(&g.0, &mut pos);
                    a = if first { v } else { a.wrapping_add(v) };
                    first = false;
                    f(a);
                }
            }
        }
    }
}

/// One precomputed beginning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct PrefixSet {
    /// The folded beginning.
    pub prefix: String,
    /// The stems scored: the most frequent of its words' stems whose postings together fit in
    /// half the budget, most frequent first.
    pub top: Vec<u32>,
    /// How many articles have a word with this beginning.
    pub count: u32,
    pub articles: PackedSet,
}

/// The precomputed beginnings, sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Prefixes {
    pub sets: Vec<PrefixSet>,
}

impl Prefixes {
    pub fn validate(&self, terms: usize) -> Result<(), String> {
        if self
            .sets
            .iter()
            .any(|s| s.top.iter().any(|&t| t as usize >= terms))
        {
            return Err("prefix stems out of range".into());
        }
        Ok(())
    }
}

/// The first `chars` characters of `word`, if it has that many.
pub(crate) fn head(word: &str, chars: usize) -> Option<&str> {
    match word.char_indices().nth(chars) {
        Some((i, _)) => Some(&word[..i]),
        None => (word.chars().count() == chars).then_some(word),
    }
}
