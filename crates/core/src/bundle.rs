//! The bundle: the file `corpus.bin` that the build writes and the browser loads.
//!
//! Layout: the 8 magic bytes `MEDEXPL\0`, the format version as a little-endian `u32`, then the
//! [`Bundle`] encoded with postcard. The same Rust types encode and decode it, so the reader can
//! never drift from the writer. Encoding is deterministic: the same corpus gives the same bytes.
//!
//! Bump [`FORMAT_VERSION`] whenever any type reachable from [`Bundle`] changes shape; a bundle of
//! another version is refused with [`BundleError::Stale`] rather than misread.

use crate::model::Corpus;
use crate::search::SearchIndex;
use serde::{Deserialize, Serialize};
use std::fmt;

pub const MAGIC: [u8; 8] = *b"MEDEXPL\0";
pub const FORMAT_VERSION: u32 = 5;

/// Everything the browser needs: the articles and what was skipped, and the search index of
/// the articles (built with [`Bundle::new`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub corpus: Corpus,
    pub index: SearchIndex,
}

impl Bundle {
    /// The bundle of a corpus, with its search index. Near-duplicates (articles with
    /// `duplicate_of`) are moved after every other article and left out of the index, so each
    /// story is found, listed and counted once, while its other copies can still be opened.
    pub fn new(mut corpus: Corpus) -> Bundle {
        // A stable partition keeps name order within each part.
        corpus.articles.sort_by_key(|a| a.duplicate_of.is_some());
        let shown = corpus
            .articles
            .iter()
            .take_while(|a| a.duplicate_of.is_none())
            .count();
        let index = SearchIndex::build(&Corpus {
            articles: corpus.articles[..shown].to_vec(),
            skipped: Vec::new(),
        });
        Bundle { corpus, index }
    }
}

/// Why bytes could not be read as a bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The bytes do not start with the bundle's magic: not a bundle at all.
    NotABundle,
    /// A bundle of another format version (an old cached copy, or a newer build).
    Stale { found: u32, expected: u32 },
    /// The header is right but the content does not decode: truncated or corrupt.
    Corrupt(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotABundle => write!(f, "the corpus file is not a Mediation Explorer bundle"),
            BundleError::Stale { found, expected } => write!(
                f,
                "the corpus file has format version {found}, this explorer reads version {expected}: rebuild or reload"
            ),
            BundleError::Corrupt(why) => write!(f, "the corpus file is damaged: {why}"),
        }
    }
}

impl std::error::Error for BundleError {}

/// Encodes a bundle.
pub fn encode(bundle: &Bundle) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 << 16);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    // Serialising plain data structures into a Vec cannot fail.
    let body = postcard::to_allocvec(bundle).expect("bundle types serialise infallibly");
    out.extend_from_slice(&body);
    out
}

/// Decodes a bundle, refusing anything that is not a whole bundle of this format version.
pub fn decode(bytes: &[u8]) -> Result<Bundle, BundleError> {
    if bytes.len() < 12 || bytes[..8] != MAGIC {
        return Err(BundleError::NotABundle);
    }
    let found = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    if found != FORMAT_VERSION {
        return Err(BundleError::Stale {
            found,
            expected: FORMAT_VERSION,
        });
    }
    let (mut bundle, rest) = postcard::take_from_bytes::<Bundle>(&bytes[12..])
        .map_err(|e| BundleError::Corrupt(e.to_string()))?;
    if !rest.is_empty() {
        return Err(BundleError::Corrupt(format!(
            "{} unexpected bytes after the end",
            rest.len()
        )));
    }
    bundle.index.find_own(&bundle.corpus);
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{build, BuildOptions, SourceFile};

    fn sample() -> Bundle {
        let files = vec![
            SourceFile {
                name: "a.txt".into(),
                bytes: b"Talks in Doha\n\nQatar hosted talks.".to_vec(),
            },
            SourceFile {
                name: "b.bin".into(),
                bytes: vec![0, 1, 2],
            },
        ];
        Bundle::new(build(files, BuildOptions::default()))
    }

    #[test]
    fn round_trips_and_is_deterministic() {
        let b = sample();
        let bytes = encode(&b);
        assert_eq!(bytes, encode(&sample()));
        assert_eq!(decode(&bytes).unwrap(), b);
    }

    #[test]
    fn wrong_magic_version_or_truncation_is_an_error_not_a_panic() {
        let bytes = encode(&sample());
        assert_eq!(decode(b"hello"), Err(BundleError::NotABundle));
        let mut stale = bytes.clone();
        stale[8] = stale[8].wrapping_add(1);
        assert!(matches!(decode(&stale), Err(BundleError::Stale { .. })));
        for cut in [13, bytes.len() / 2, bytes.len() - 1] {
            assert!(
                matches!(decode(&bytes[..cut]), Err(BundleError::Corrupt(_))),
                "cut at {cut}"
            );
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(matches!(decode(&longer), Err(BundleError::Corrupt(_))));
    }

    #[test]
    fn near_duplicates_are_kept_but_found_and_counted_once() {
        let story = "Qatar hosted a new round of talks between the government of Sudan and the Rapid Support Forces in Doha on Monday, officials said, in the latest attempt to end a war that has displaced millions of people across the region.";
        let files = vec![
            SourceFile { name: "a.txt".into(), bytes: format!("Talks in Doha\n\n{story}").into_bytes() },
            SourceFile { name: "b.txt".into(), bytes: format!("Sudan talks in Qatar\n\n{story} More soon.").into_bytes() },
            SourceFile { name: "c.txt".into(), bytes: b"Floods\n\nFloods swept the valley overnight and forced thousands of families from their homes.".to_vec() },
        ];
        let b = Bundle::new(build(files, BuildOptions::default()));
        let order: Vec<&str> = b.corpus.articles.iter().map(|a| a.file.as_str()).collect();
        assert_eq!(order, ["a.txt", "c.txt", "b.txt"]);
        let q = crate::search::Query::parse("q=talks").query;
        let r = b.index.search(&b.corpus, &q, 10);
        assert_eq!(r.total, 1);
        assert_eq!(b.corpus.articles[r.hits[0].article as usize].file, "a.txt");
        let all = b
            .index
            .search(&b.corpus, &crate::search::Query::default(), 10);
        assert_eq!(all.total, 2);
    }
}
