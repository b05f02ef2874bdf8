//! Shared pieces of the fuzz targets: the contract checks and input builders (the same file the
//! property tests use, `tests/contract/mod.rs`) and a small valid bundle to mutate.
//!
//! Random bytes almost never get past the bundle's magic and version, let alone into the
//! postcard body; an edit script ([`contract::mutate`]) applied to a valid bundle puts every
//! mutation deep inside a well-formed file instead, where a missing bounds check would show.

use explorer_core::bundle::{self, Bundle};
use explorer_core::corpus::{build, BuildOptions, SourceFile};
use explorer_core::Date;
use std::sync::OnceLock;

#[path = "../../tests/contract/mod.rs"]
pub mod contract;

pub use contract::mutate;

/// A few articles of different shapes (plain text with a dateline, a lead with dates, a web
/// page, a longer story with people and events), and a file that is skipped.
const SMALL_CORPUS: [(&str, &[u8]); 5] = [
    (
        "wire.txt",
        include_bytes!("../corpus/parse_article/fixture_dateline_wire_date.txt"),
    ),
    (
        "lead.txt",
        include_bytes!("../corpus/parse_article/fixture_lead_date.txt"),
    ),
    (
        "page.html",
        include_bytes!("../corpus/parse_article/fixture_html_page.html"),
    ),
    (
        "story.txt",
        include_bytes!("../corpus/parse_article/seed_000_663717cf89eb29f7.txt"),
    ),
    ("notes.csv", b"a,b\n1,2\n"),
];

/// The small corpus's bundle and its encoding, built once per process.
pub fn small_bundle() -> &'static (Bundle, Vec<u8>) {
    static BUNDLE: OnceLock<(Bundle, Vec<u8>)> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let files = SMALL_CORPUS
            .iter()
            .map(|(name, bytes)| SourceFile {
                name: (*name).into(),
                bytes: bytes.to_vec(),
            })
            .collect();
        let options = BuildOptions {
            today: Date::new(2026, 1, 1),
        };
        let b = Bundle::new(build(files, options));
        let bytes = bundle::encode(&b);
        assert_eq!(
            bundle::decode(&bytes).as_ref(),
            Ok(&b),
            "a valid bundle must decode"
        );
        (b, bytes)
    })
}
