//! The full-text index: what is stored in the bundle, how it is built, and how it is loaded.
//!
//! Stored (in the bundle, encoded with postcard; see `StoredIndex`):
//! - every folded word form seen (not stop words), sorted and front-coded; the stems are not
//!   stored but derived from the word forms when loading, each word pointing to its stem
//!   (prefix matching and typo tolerance work on word forms, so "negotiat" finds
//!   "negotiations" whose stem is "negoti");
//! - per stem its document frequency, the lengths of its two posting streams for the stems in
//!   many articles (a rare stem's are read from its stream), and the streams themselves as two
//!   blocks (see [`super::postings`]);
//! - per article its indexed title and body lengths, and the articles in date order;
//! - the facet rows (see [`super::facets`]) and the name variants (see [`super::variants`]).
//!
//! Loading decodes those blocks (byte blocks are copied whole), checks every count and id
//! against the others, and derives the offsets and length norms; a damaged index is an error,
//! never a panic. Building is one pass over the articles; identical corpora give identical
//! bytes because every list is sorted before it is written.

use super::bitset::Bitset;
use super::bytes::Bytes;
use super::facets::{Facets, StoredFacets};
use super::postings::Postings;
use super::postings::{
    get_varint, put_varint, short_list_lengths, width, BitWriter, PostingsWriter, MIN_PACKED,
    TITLE_GAP,
};
use super::prefixes::{
    head, PackedSet, PrefixSet, Prefixes, MAX_PREFIX_CHARS, PREFIX_POSTINGS_BUDGET,
    PREFIX_TOP_STEMS,
};
use super::stem::stem_into;
use super::text::{self, is_stop_word};
use super::variants::Variants;
use crate::model::Corpus;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

/// BM25 term-frequency saturation. Typical range 1.2–2.0; higher lets repeated words count more.
pub const BM25_K1: f32 = 1.2;
/// BM25 length normalisation, 0 (none) to 1 (full); long articles are penalised this much.
pub const BM25_B: f32 = 0.75;
/// How much more an occurrence in the title counts than one in the body (BM25F field weight).
pub const TITLE_WEIGHT: f32 = 3.0;

/// A nibble of a dictionary entry's header that says "the value follows in a varint".
const LONG: usize = 15;

/// Writes a dictionary entry's header: the bytes shared with the previous entry and the length
/// of the rest, a nibble each (most words share and add fewer than 15 bytes), each nibble at
/// [`LONG`] followed by its value as a varint.
fn put_lengths(out: &mut Vec<u8>, shared: usize, rest: usize) {
    out.push((shared.min(LONG) << 4 | rest.min(LONG)) as u8);
    for v in [shared, rest] {
        if v >= LONG {
            put_varint(out, u32::try_from(v).unwrap_or(u32::MAX));
        }
    }
}

/// Reads a header written by [`put_lengths`] at `*i`, advancing it.
fn get_lengths(c: &[u8], i: &mut usize) -> Option<(usize, usize)> {
    let h = *c.get(*i)? as usize;
    *i += 1;
    let mut long = |nibble: usize| -> Option<usize> {
        if nibble < LONG {
            return Some(nibble);
        }
        if *i >= c.len() {
            return None;
        }
        Some(get_varint(c, i) as usize)
    };
    let shared = long(h >> 4)?;
    let rest = long(h & 0xf)?;
    Some((shared, rest))
}

/// A sorted list of byte strings. Stored front-coded (each entry: the number of bytes shared
/// with the previous one and the length of the rest in one header byte, then the rest), which
/// more than halves a sorted vocabulary; expanded into one block with offsets when loaded, for
/// binary search.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Dictionary {
    coded: Bytes,
    #[serde(skip)]
    bytes: Vec<u8>,
    #[serde(skip)]
    starts: Vec<u32>,
}

impl Dictionary {
    fn from_sorted(words: &[&str]) -> Dictionary {
        let mut d = Dictionary::default();
        let mut prev: &[u8] = &[];
        for w in words {
            let w = w.as_bytes();
            let shared = prev.iter().zip(w).take_while(|(a, b)| a == b).count();
            let rest = &w[shared..];
            put_lengths(&mut d.coded.0, shared, rest.len());
            d.coded.0.extend_from_slice(rest);
            prev = w;
        }
        d.derive().expect("words fit");
        d
    }

    /// A dictionary of sorted words that is derived, not stored: expanded only.
    fn expanded(words: &[&str]) -> Dictionary {
        let mut d = Dictionary::default();
        d.starts.push(0);
        for w in words {
            d.bytes.extend_from_slice(w.as_bytes());
            d.starts.push(d.bytes.len() as u32);
        }
        d
    }

    fn derive(&mut self) -> Result<(), String> {
        let c = &self.coded.0;
        let mut bytes = Vec::with_capacity(c.len() * 2);
        let mut starts = vec![0u32];
        let (mut i, mut prev_start) = (0usize, 0usize);
        while i < c.len() {
            let (shared, len) = get_lengths(c, &mut i).ok_or("dictionary cut short")?;
            let start = bytes.len();
            if shared > start - prev_start {
                return Err("dictionary entry shares more than its predecessor has".into());
            }
            bytes.extend_from_within(prev_start..prev_start + shared);
            bytes.extend_from_slice(c.get(i..i + len).ok_or("dictionary cut short")?);
            prev_start = start;
            starts.push(bytes.len() as u32);
            i += len;
        }
        self.bytes = bytes;
        self.starts = starts;
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    #[inline]
    pub fn get(&self, i: usize) -> &[u8] {
        &self.bytes[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The number of `key`, if present.
    pub fn find(&self, key: &[u8]) -> Option<u32> {
        let i = self.lower_bound(|w| w < key);
        (i < self.len() && self.get(i) == key).then_some(i as u32)
    }

    /// The numbers of the entries starting with `prefix`.
    pub fn prefix_range(&self, prefix: &[u8]) -> std::ops::Range<usize> {
        let cut = |w: &[u8]| -> usize { w.len().min(prefix.len()) };
        let lo = self.lower_bound(|w| &w[..cut(w)] < prefix);
        let hi = self.lower_bound(|w| &w[..cut(w)] <= prefix);
        lo..hi
    }

    fn lower_bound(&self, below: impl Fn(&[u8]) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if below(self.get(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

/// The index as stored in the bundle. Every field is written by [`SearchIndex::build`] and read
/// back by the same type.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct StoredIndex {
    pub articles: u32,
    /// Indexed (non-stop) words in each article's title and body: BM25 length norms.
    pub title_len: Vec<u32>,
    pub body_len: Vec<u32>,
    /// Word positions used by each article (title, gap, body): the width of its positions.
    pub positions_end: Vec<u32>,
    /// Articles newest first; the first `dated` have a date, the rest follow in corpus order.
    pub by_date: Vec<u32>,
    pub dated: u32,
    /// Stems with postings, sorted. Not stored: every stem is the stem of a stored word form,
    /// so loading derives them, and each word's stem, from `words`.
    #[serde(skip)]
    pub terms: Dictionary,
    /// Per stem: articles that have it. The lengths of its two posting streams (the document
    /// stream in bytes, the position stream in bits, the position streams being stored
    /// back to back without padding) are stored only for stems in [`MIN_PACKED`] articles or more; the others' are read from
    /// their streams when loading (see [`short_list_lengths`]), which saves most of these
    /// numbers, since most stems are rare.
    pub df: Vec<u32>,
    pub doc_stream_len: Vec<u32>,
    pub pos_stream_len: Vec<u32>,
    pub doc_streams: Bytes,
    pub pos_streams: Bytes,
    /// Every folded word form that is not a stop word, sorted.
    pub words: Dictionary,
    /// The letters of the vocabulary, most frequent first: the substitutions tried for typos.
    pub alphabet: String,
    pub facets: StoredFacets,
    pub variants: Variants,
    pub prefixes: Prefixes,
}

impl StoredIndex {
    /// Where each stem's two posting streams start (one more entry than stems: the ends): the
    /// document streams' starts in bytes, the position streams' in bits.
    fn stream_starts(&self) -> Result<(Vec<u32>, Vec<u64>), String> {
        let cut = || "posting stream lengths do not add up".to_string();
        let (docs, positions) = (&self.doc_streams.0, &self.pos_streams.0);
        let position_bits = positions.len() as u64 * 8;
        let mut doc_start = Vec::with_capacity(self.df.len() + 1);
        let mut pos_start = Vec::with_capacity(self.df.len() + 1);
        let (mut d, mut p, mut stored) = (0usize, 0u64, 0usize);
        doc_start.push(0);
        pos_start.push(0);
        for &df in &self.df {
            let (dl, pl) = if df as usize >= MIN_PACKED {
                stored += 1;
                (
                    self.doc_stream_len[stored - 1] as usize,
                    self.pos_stream_len[stored - 1] as u64,
                )
            } else {
                let width_of = |doc: u32| {
                    self.positions_end
                        .get(doc as usize)
                        .map_or(32, |&end| width(end))
                };
                short_list_lengths(docs.get(d..).ok_or_else(cut)?, df, width_of).ok_or_else(cut)?
            };
            d = d
                .checked_add(dl)
                .filter(|&e| e <= docs.len())
                .ok_or_else(cut)?;
            p = p
                .checked_add(pl)
                .filter(|&e| e <= position_bits)
                .ok_or_else(cut)?;
            doc_start.push(u32::try_from(d).map_err(|_| cut())?);
            pos_start.push(p);
        }
        if d != docs.len() || p.div_ceil(8) != positions.len() as u64 {
            return Err(cut());
        }
        Ok((doc_start, pos_start))
    }

    /// Derives the stem dictionary from the word forms (each stem once, sorted, as the builder
    /// wrote the postings) and gives the stem number of each word form.
    fn derive_terms(&mut self) -> Result<Vec<u32>, String> {
        let n = self.words.len();
        let mut buf = String::new();
        let mut stems: Vec<u8> = Vec::with_capacity(self.words.bytes.len());
        let mut spans: Vec<(u32, u32)> = Vec::with_capacity(n);
        for i in 0..n {
            let word = std::str::from_utf8(self.words.get(i))
                .map_err(|_| "a word form is not UTF-8".to_string())?;
            stem_into(word, &mut buf);
            let start = stems.len() as u32;
            stems.extend_from_slice(buf.as_bytes());
            spans.push((start, stems.len() as u32));
        }
        let stem = |i: u32| {
            let (a, b) = spans[i as usize];
            &stems[a as usize..b as usize]
        };
        // Sorted by the first eight bytes as a number, then by the rest: most comparisons are
        // of two integers.
        let head = |i: u32| {
            let st = stem(i);
            let mut key = [0u8; 8];
            key[..st.len().min(8)].copy_from_slice(&st[..st.len().min(8)]);
            u64::from_be_bytes(key)
        };
        let mut order: Vec<(u64, u32)> = (0..n as u32).map(|i| (head(i), i)).collect();
        order.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| stem(a.1).cmp(stem(b.1))));
        let mut terms = Dictionary::default();
        terms.starts.push(0);
        let mut word_term = vec![0u32; n];
        let mut prev: Option<&[u8]> = None;
        for &(_, w) in &order {
            let st = stem(w);
            if prev != Some(st) {
                terms.bytes.extend_from_slice(st);
                terms.starts.push(terms.bytes.len() as u32);
                prev = Some(st);
            }
            word_term[w as usize] = terms.len() as u32 - 1;
        }
        self.terms = terms;
        Ok(word_term)
    }
}

/// The search index of one corpus, built once ([`SearchIndex::build`]), stored in the bundle and
/// loaded in the browser. Queries go through [`SearchIndex::search`].
#[derive(Clone, Default)]
pub struct SearchIndex {
    pub(crate) s: StoredIndex,
    pub(crate) doc_start: Vec<u32>,
    /// In bits: position streams are stored without padding.
    pub(crate) pos_start: Vec<u64>,
    /// `1 / (1 - b + b · len / avg_len)` of each article's title and body.
    pub(crate) title_norm: Vec<f32>,
    pub(crate) body_norm: Vec<f32>,
    /// The stem of each word form.
    pub(crate) word_term: Vec<u32>,
    /// The word forms of each stem (inverse of `word_term`): highlighting by word form.
    pub(crate) term_words_start: Vec<u32>,
    pub(crate) term_words: Vec<u32>,
    /// Each article's place in the newest-first order: ties of relevance go to the newest.
    pub(crate) date_rank: Vec<u32>,
    /// Bits per position of each article.
    pub(crate) pos_width: Vec<u8>,
    pub(crate) facets: Facets,
    /// The reader's own articles (file names starting with [`crate::own::OWN_PREFIX`]), sorted.
    /// Not stored: derived from the corpus when the index is built or its bundle decoded.
    pub(crate) own: Vec<u32>,
}

impl PartialEq for SearchIndex {
    fn eq(&self, other: &SearchIndex) -> bool {
        self.s == other.s
    }
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("articles", &self.s.articles)
            .field("terms", &self.s.terms.len())
            .field("words", &self.s.words.len())
            .field(
                "posting_bytes",
                &(self.s.doc_streams.0.len() + self.s.pos_streams.0.len()),
            )
            .finish()
    }
}

impl Serialize for SearchIndex {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.s.serialize(s)
    }
}

impl<'de> Deserialize<'de> for SearchIndex {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SearchIndex, D::Error> {
        let stored = StoredIndex::deserialize(d)?;
        SearchIndex::load(stored).map_err(serde::de::Error::custom)
    }
}

/// A fast, deterministic hasher for the build's word tables (FxHash). Output order never
/// depends on it: everything is sorted before it is stored.
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The display name of a facet code: the reference name when known, else the code.
pub(crate) fn display_name(code: &str) -> String {
    crate::reference::reference()
        .display_name(code)
        .unwrap_or(code)
        .to_string()
}

/// The name-variant groups of the reference data: each country's name, official name and
/// variants; each organisation's and group's name and aliases; each officeholder's name and
/// variants. Demonyms and capitals are not variants of the name (a search for "Iran" is not a
/// search for "Tehran"), a country's names flagged ambiguous are left out (except its display
/// name: "Turkey" must find "Türkiye"), and so is any variant that folds to a common English
/// word ("US" would find every "us").
pub(crate) fn reference_variants() -> Vec<Vec<String>> {
    let r = crate::reference::reference();
    let mut groups: Vec<Vec<String>> = Vec::new();
    let keep = |v: &str| {
        let f = text::fold(v);
        let substantial = f
            .split(' ')
            .any(|w| w.chars().count() >= 2 && !is_stop_word(w));
        substantial && !COMMON_WORDS.contains(&f.as_str())
    };
    for c in &r.countries {
        let mut g = vec![c.name.to_string(), c.official.to_string()];
        g.extend(
            c.variants
                .iter()
                .filter(|v| !c.ambiguous.contains(v))
                .map(|v| v.to_string()),
        );
        groups.push(g);
    }
    for o in &r.organizations {
        groups.push(
            std::iter::once(o.name)
                .chain(o.aliases.iter().copied())
                .map(str::to_string)
                .collect(),
        );
    }
    for g in &r.groups {
        groups.push(
            std::iter::once(g.name)
                .chain(g.aliases.iter().copied())
                .map(str::to_string)
                .collect(),
        );
    }
    let mut people: Vec<(&str, Vec<&str>)> = Vec::new();
    for t in &r.terms {
        match people.iter_mut().find(|p| p.0 == t.person) {
            Some(p) => p.1.extend(t.variants.iter().copied()),
            None => people.push((
                t.person,
                std::iter::once(t.person)
                    .chain(t.variants.iter().copied())
                    .collect(),
            )),
        }
    }
    groups.extend(
        people
            .into_iter()
            .map(|(_, v)| v.into_iter().map(str::to_string).collect()),
    );
    for g in &mut groups {
        g.retain(|v| keep(v));
    }
    groups
}

/// Short English words that some acronyms fold to; never expanded as name variants.
const COMMON_WORDS: [&str; 5] = ["us", "it", "who", "no", "may"];

impl SearchIndex {
    /// Builds the index of a corpus, with the name variants of the reference data.
    pub fn build(corpus: &Corpus) -> SearchIndex {
        SearchIndex::build_with_variants(corpus, &reference_variants())
    }

    /// Builds the index with the given name-variant groups (each a list of spellings of one
    /// name) instead of the reference data's.
    pub fn build_with_variants(corpus: &Corpus, variant_groups: &[Vec<String>]) -> SearchIndex {
        let mut b = Builder::default();
        let mut s = StoredIndex {
            articles: corpus.articles.len() as u32,
            ..StoredIndex::default()
        };
        for (doc, a) in corpus.articles.iter().enumerate() {
            let (title_len, body_len, end) = b.add(doc as u32, &a.title, &a.text);
            s.title_len.push(title_len);
            s.body_len.push(body_len);
            s.positions_end.push(end);
        }
        b.finish(&mut s);

        let mut dated: Vec<(i64, u32)> = Vec::new();
        let mut undated = Vec::new();
        for (i, a) in corpus.articles.iter().enumerate() {
            match a.date() {
                // Twice the midpoint, to stay in integers.
                Some(d) => dated.push((
                    d.earliest.day_number() as i64 + d.latest.day_number() as i64,
                    i as u32,
                )),
                None => undated.push(i as u32),
            }
        }
        dated.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        s.dated = dated.len() as u32;
        s.by_date = dated.into_iter().map(|(_, i)| i).chain(undated).collect();

        s.facets = StoredFacets::build(corpus, &display_name);
        let has_words = |phrase: &str| {
            let mut stem = String::new();
            phrase.split(' ').filter(|w| !is_stop_word(w)).all(|w| {
                stem_into(w, &mut stem);
                s.terms.find(stem.as_bytes()).is_some()
            })
        };
        s.variants = Variants::build(variant_groups, has_words);
        let mut index = SearchIndex::load(s).expect("a freshly built index is consistent");
        index.s.prefixes = index.build_prefixes();
        index.find_own(corpus);
        index
    }

    /// Notes which indexed articles of `corpus` (the corpus the index was built from) are the
    /// reader's own.
    pub(crate) fn find_own(&mut self, corpus: &Corpus) {
        self.own = corpus
            .articles
            .iter()
            .take(self.article_count())
            .enumerate()
            .filter(|(_, a)| crate::own::is_own(&a.file))
            .map(|(i, _)| i as u32)
            .collect();
    }

    /// The number of the reader's own articles indexed.
    pub fn own_count(&self) -> usize {
        self.own.len()
    }

    /// The precomputed beginnings (see [`super::prefixes`]).
    fn build_prefixes(&self) -> Prefixes {
        let n = self.article_count();
        let mut sets = Vec::new();
        for chars in 1..=MAX_PREFIX_CHARS {
            let mut i = 0;
            let words = self.s.words.len();
            while i < words {
                let word = std::str::from_utf8(self.s.words.get(i)).unwrap_or("");
                let Some(p) = head(word, chars) else {
                    i += 1;
                    continue;
                };
                let p = p.to_string();
                let range = self.s.words.prefix_range(p.as_bytes());
                let end = range.end.max(i + 1);
                let mut stems: Vec<u32> = self.word_term[range].to_vec();
                stems.sort_unstable();
                stems.dedup();
                let total: u64 = stems.iter().map(|&t| self.s.df[t as usize] as u64).sum();
                if total > PREFIX_POSTINGS_BUDGET {
                    let mut members = Bitset::empty(n);
                    for &t in &stems {
                        for (d, _) in Postings::new(self.doc_stream(t), self.s.df[t as usize]) {
                            members.insert(d);
                        }
                    }
                    // Scored: the most frequent stems that fit in half the budget together.
                    stems.sort_by(|a, b| {
                        self.s.df[*b as usize]
                            .cmp(&self.s.df[*a as usize])
                            .then(a.cmp(b))
                    });
                    let mut spent = 0u64;
                    stems.retain(|&t| {
                        let df = self.s.df[t as usize] as u64;
                        let keep = spent + df <= PREFIX_POSTINGS_BUDGET / 2;
                        spent += if keep { df } else { 0 };
                        keep
                    });
                    stems.truncate(PREFIX_TOP_STEMS);
                    let list = members.to_vec();
                    sets.push(PrefixSet {
                        prefix: p,
                        top: stems,
                        count: list.len() as u32,
                        articles: PackedSet::encode(&list, n),
                    });
                }
                i = end;
            }
        }
        sets.sort_by(|a, b| a.prefix.cmp(&b.prefix));
        Prefixes { sets }
    }

    /// Derives the query-time tables, checking the stored index for consistency.
    pub(crate) fn load(mut s: StoredIndex) -> Result<SearchIndex, String> {
        let n = s.articles as usize;
        s.words.derive()?;
        let word_term = s.derive_terms()?;
        let terms = s.terms.len();
        if s.title_len.len() != n
            || s.body_len.len() != n
            || s.positions_end.len() != n
            || s.by_date.len() != n
            || s.dated as usize > n
        {
            return Err("article tables do not match the number of articles".into());
        }
        let mut seen = vec![false; n];
        for &d in &s.by_date {
            match seen.get_mut(d as usize) {
                Some(x) if !*x => *x = true,
                _ => return Err("date order is not a permutation".into()),
            }
        }
        let long = s.df.iter().filter(|&&df| df as usize >= MIN_PACKED).count();
        if s.df.len() != terms || s.doc_stream_len.len() != long || s.pos_stream_len.len() != long {
            return Err("term tables do not match the dictionary".into());
        }
        let (doc_start, pos_start) = s.stream_starts()?;
        s.variants.validate()?;
        s.prefixes.validate(terms)?;
        let facets = Facets::load(&s.facets, n)?;

        let avg = |v: &[u32]| {
            (v.iter().map(|&x| x as f64).sum::<f64>() / n.max(1) as f64).max(1.0) as f32
        };
        let (avg_title, avg_body) = (avg(&s.title_len), avg(&s.body_len));
        let norm = |len: u32, avg: f32| 1.0 / (1.0 - BM25_B + BM25_B * len as f32 / avg);
        let title_norm = s.title_len.iter().map(|&l| norm(l, avg_title)).collect();
        let body_norm = s.body_len.iter().map(|&l| norm(l, avg_body)).collect();
        let mut term_words_start = vec![0u32; terms + 1];
        for &t in &word_term {
            term_words_start[t as usize + 1] += 1;
        }
        for i in 0..terms {
            term_words_start[i + 1] += term_words_start[i];
        }
        let mut fill = term_words_start.clone();
        let mut term_words = vec![0u32; word_term.len()];
        for (w, &t) in word_term.iter().enumerate() {
            term_words[fill[t as usize] as usize] = w as u32;
            fill[t as usize] += 1;
        }
        let mut date_rank = vec![0u32; n];
        for (i, &a) in s.by_date.iter().enumerate() {
            date_rank[a as usize] = i as u32;
        }
        let pos_width = s.positions_end.iter().map(|&e| width(e) as u8).collect();
        Ok(SearchIndex {
            pos_width,
            word_term,
            s,
            doc_start,
            pos_start,
            title_norm,
            body_norm,
            term_words_start,
            term_words,
            date_rank,
            facets,
            own: Vec::new(),
        })
    }

    /// The number of articles indexed.
    pub fn article_count(&self) -> usize {
        self.s.articles as usize
    }

    /// The number of distinct stems and word forms.
    pub fn vocabulary(&self) -> (usize, usize) {
        (self.s.terms.len(), self.s.words.len())
    }

    pub(crate) fn doc_stream(&self, term: u32) -> &[u8] {
        let t = term as usize;
        &self.s.doc_streams.0[self.doc_start[t] as usize..self.doc_start[t + 1] as usize]
    }

    /// The position stream of a stem: the bytes that hold it, and the bit it starts at.
    pub(crate) fn pos_stream(&self, term: u32) -> (&[u8], usize) {
        let t = term as usize;
        let (start, end) = (self.pos_start[t], self.pos_start[t + 1]);
        let bytes = &self.s.pos_streams.0[(start / 8) as usize..end.div_ceil(8) as usize];
        (bytes, (start % 8) as usize)
    }

    /// BM25 inverse document frequency of a stem.
    pub(crate) fn idf(&self, term: u32) -> f32 {
        let n = self.s.articles as f32;
        let df = self.s.df[term as usize] as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }
}

/// Letters tried as substitutions and insertions for typos: the most frequent of the vocabulary.
const MAX_ALPHABET: usize = 40;

/// The stem number of stop words in the build's word table.
const STOP: u32 = u32::MAX;

/// Accumulates postings article by article.
#[derive(Default)]
struct Builder {
    /// Folded word form → (word number, stem number), both in order of first sight.
    words: FxMap<String, (u32, u32)>,
    stems: FxMap<String, u32>,
    stem_names: Vec<String>,
    postings: Vec<PostingsWriter>,
    /// (stem, position) of the current article.
    occurrences: Vec<(u32, u32)>,
    positions: Vec<u32>,
    stem_buf: String,
}

impl Builder {
    /// Indexes one article; gives the number of indexed words in its title and its body, and
    /// the end of its positions.
    fn add(&mut self, doc: u32, title: &str, body: &str) -> (u32, u32, u32) {
        self.occurrences.clear();
        let mut pos = 0u32;
        let title_len = self.add_field(title, &mut pos);
        let title_end = pos;
        pos += TITLE_GAP;
        let body_len = self.add_field(body, &mut pos);
        let w = width(pos);
        let mut occ = std::mem::take(&mut self.occurrences);
        occ.sort_unstable();
        for group in occ.chunk_by(|a, b| a.0 == b.0) {
            self.positions.clear();
            self.positions.extend(group.iter().map(|o| o.1));
            let in_title = self
                .positions
                .iter()
                .take_while(|&&p| p < title_end)
                .count() as u32;
            self.postings[group[0].0 as usize].push(doc, &self.positions, in_title, w);
        }
        self.occurrences = occ;
        (title_len, body_len, pos)
    }

    fn add_field(&mut self, text: &str, pos: &mut u32) -> u32 {
        let mut count = 0;
        text::for_each_word(text, |_, _, w| {
            let p = *pos;
            *pos = pos.saturating_add(1);
            if w.is_empty() {
                return;
            }
            // Stop words are remembered as such, so the stop list is consulted once per form.
            let stem = match self.words.get(w) {
                Some(&(_, stem)) => stem,
                None if is_stop_word(w) => {
                    self.words.insert(w.to_string(), (u32::MAX, STOP));
                    STOP
                }
                None => {
                    stem_into(w, &mut self.stem_buf);
                    let next = self.stems.len() as u32;
                    let stem = *self.stems.entry(self.stem_buf.clone()).or_insert(next);
                    if stem == next {
                        self.stem_names.push(self.stem_buf.clone());
                        self.postings.push(PostingsWriter::default());
                    }
                    let word_no = self.words.len() as u32;
                    self.words.insert(w.to_string(), (word_no, stem));
                    stem
                }
            };
            if stem != STOP {
                self.occurrences.push((stem, p));
                count += 1;
            }
        });
        count
    }

    fn finish(self, s: &mut StoredIndex) {
        let mut order: Vec<u32> = (0..self.stem_names.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            self.stem_names[a as usize].cmp(&self.stem_names[b as usize])
        });
        let mut rank = vec![0u32; order.len()];
        for (r, &t) in order.iter().enumerate() {
            rank[t as usize] = r as u32;
        }
        let names: Vec<&str> = order
            .iter()
            .map(|&t| self.stem_names[t as usize].as_str())
            .collect();
        s.terms = Dictionary::expanded(&names);
        let mut postings = self.postings;
        let mut positions = BitWriter::default();
        for &t in &order {
            let mut p = std::mem::take(&mut postings[t as usize]);
            p.finish();
            s.df.push(p.df);
            if p.df as usize >= MIN_PACKED {
                s.doc_stream_len.push(p.docs.len() as u32);
                s.pos_stream_len
                    .push(u32::try_from(p.position_bits).unwrap_or(u32::MAX));
            }
            s.doc_streams.0.extend_from_slice(&p.docs);
            positions.append(&p.positions, p.position_bits, &mut s.pos_streams.0);
        }
        positions.flush(&mut s.pos_streams.0);
        let mut names: Vec<&str> = self
            .words
            .iter()
            .filter(|(_, &(_, stem))| stem != STOP)
            .map(|(w, _)| w.as_str())
            .collect();
        names.sort_unstable();
        s.words = Dictionary::from_sorted(&names);
        let mut letters: FxMap<char, u64> = FxMap::default();
        for w in &names {
            for c in w.chars() {
                *letters.entry(c).or_default() += 1;
            }
        }
        let mut letters: Vec<(char, u64)> = letters.into_iter().collect();
        letters.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        s.alphabet = letters
            .into_iter()
            .take(MAX_ALPHABET)
            .map(|l| l.0)
            .collect();
    }
}

impl SearchIndex {
    /// Encoded bytes of each part of the index, for size reports: (part, bytes).
    pub fn size_report(&self) -> Vec<(&'static str, usize)> {
        let size = |v: &dyn erased::Encode| v.encoded_len();
        vec![
            ("doc streams", self.s.doc_streams.0.len()),
            ("position streams", self.s.pos_streams.0.len()),
            (
                "stems",
                size(&self.s.df) + size(&self.s.doc_stream_len) + size(&self.s.pos_stream_len),
            ),
            ("word forms", size(&self.s.words) + size(&self.s.alphabet)),
            (
                "articles",
                size(&self.s.title_len) + size(&self.s.body_len) + size(&self.s.by_date),
            ),
            ("facets", size(&self.s.facets)),
            ("variants", size(&self.s.variants)),
            ("prefix sets", size(&self.s.prefixes)),
        ]
    }
}

mod erased {
    pub trait Encode {
        fn encoded_len(&self) -> usize;
    }
    impl<T: serde::Serialize> Encode for T {
        fn encoded_len(&self) -> usize {
            postcard::to_allocvec(self).map_or(0, |v| v.len())
        }
    }
}
