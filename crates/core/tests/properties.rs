//! Bounded property tests of the functions that take untrusted input: the article parser, the
//! date phrase scanner, extraction, the URL query parser and the bundle decoder. Each property
//! runs a few hundred small cases, so the file runs in seconds with the normal tests; the fuzz
//! targets in `fuzz/` check the same contract (`tests/contract/mod.rs`) for as long as one lets
//! them run.
//!
//! Inputs are mostly made of pieces that matter to the code under test (tags, entities, date
//! words, mediation cues, query parameters, escapes) mixed with arbitrary characters or bytes,
//! so that a few hundred cases reach past the first checks.

mod contract;

use contract::{
    article_from_text, check_decode, check_extracted, check_parsed, check_query, check_scan, mutate,
};
use explorer_core::bundle::{self, Bundle, FORMAT_VERSION, MAGIC};
use explorer_core::corpus::{build, BuildOptions, SourceFile};
use explorer_core::extract::extract;
use explorer_core::{article, datephrase, Date};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use std::sync::OnceLock;

const ARTICLE_PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"share\">",
    "</div>",
    "<script>",
    "</script>",
    "<h1>",
    "</h1>",
    "<!--",
    "-->",
    "&amp;",
    "&#x2019;",
    "&#",
    "\r\n",
    "\n\n",
    "\n",
    "\u{feff}",
    "\u{2019}",
    "\u{a0}",
    "DOHA, March 3, 2024 (Reuters) - ",
    "By Jane Doe",
    "5 Comments",
    "Leave a Reply",
    "Share on Facebook",
    "Related Articles",
    "# ",
    "**",
    "[a](b",
    "---\ntitle: x\n---\n",
    "Title: ",
    "Qatar mediated talks between Afghanistan and Pakistan. ",
    "Egypt hosted a round of talks on Tuesday. ",
    "2024-01-15",
    "Tuesday, ",
];

const DATE_PIECES: &[&str] = &[
    "March",
    "Oct.",
    "October",
    "Sept",
    "3",
    "3rd",
    "28",
    "31",
    "2024",
    "2025",
    "1999",
    "0000",
    "9999",
    "10000",
    ",",
    ", ",
    " ",
    "  ",
    "-",
    "–",
    "/",
    ".",
    "(",
    ")",
    "of",
    "the",
    "in",
    "on",
    "since",
    "early",
    "mid-",
    "mid",
    "late",
    "Tuesday",
    "Saturday's",
    "15/01/2024",
    "2024-01-15",
    "2024-02-30",
    "1/2/2024",
    "last week",
    "yesterday",
    "\n",
    "é",
    "\u{2019}",
];

const STATES: &[&str] = &[
    "Qatar",
    "Turkey",
    "Egypt",
    "the United States",
    "Oman",
    "Afghanistan",
    "Pakistan",
    "Israel",
    "Iran",
    "India",
    "Sudan",
    "Hamas",
];

const CUES: &[&str] = &[
    "mediated talks",
    "brokered a ceasefire",
    "hosted talks",
    "offered to mediate",
    "hosted a round of negotiations",
    "facilitated an agreement",
];

const TAILS: &[&str] = &[
    "",
    " in Doha",
    " in Istanbul on Sunday",
    " on March 3, 2024",
    " last week",
    " in early October 2025",
    ", Foreign Minister Abbas Araghchi said",
];

const NOISE: &[&str] = &[
    "said",
    "who",
    "The",
    "and",
    "talks",
    "ceasefire",
    "agreed",
    "between",
    "rejected",
    ". ",
    ", ",
    " ",
    "\n\n",
    "\n",
    "\u{2019}s",
    "(",
    ")",
    "\"",
];

/// Text with mediation sentences ("Qatar mediated talks between Afghanistan and Pakistan in
/// Doha.") among words and arbitrary characters, an optional publication date line and
/// headline in front (see `article_from_text`).
fn mediation_text() -> impl Strategy<Value = String> {
    let sentence = (
        prop::sample::select(STATES),
        prop::sample::select(CUES),
        prop::sample::select(STATES),
        prop::sample::select(STATES),
        prop::sample::select(TAILS),
    )
        .prop_map(|(m, c, a, b, t)| format!("{m} {c} between {a} and {b}{t}. "));
    let body = prop::collection::vec(
        prop_oneof![
            3 => sentence,
            3 => prop::sample::select(NOISE).prop_map(str::to_string),
            1 => prop::sample::select(STATES).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ],
        0..24,
    );
    let head = prop::option::of(prop::sample::select(&["2025-10-30\n", "2024-02-29\n"][..]));
    let title = prop::option::of(prop::sample::select(&["Talks in Doha\n", "\n"][..]));
    (head, title, body)
        .prop_map(|(h, t, b)| format!("{}{}{}", h.unwrap_or(""), t.unwrap_or(""), b.concat()))
}

const QUERY_PIECES: &[&str] = &[
    "q=",
    "pair=",
    "mediator=",
    "status=",
    "country=",
    "from=",
    "to=",
    "dates=",
    "undated=",
    "sort=",
    "page=",
    "article=",
    "&",
    "=",
    ",",
    "?",
    "#",
    "+",
    "%",
    "%2",
    "%20",
    "%22",
    "%2C",
    "%26",
    "%E2%80%99",
    "%C3",
    "%FF",
    "AFG-PAK",
    "QAT",
    "irn",
    "held",
    "agreed",
    "2024",
    "2024-02",
    "2024-02-29",
    "2023-02-29",
    "within",
    "1",
    "0",
    "newest",
    "oldest",
    "relevance",
    "talks",
    "\"Doha",
    " ",
    "é",
    "a.txt",
];

/// Text made of `pieces` and arbitrary characters.
fn text_of(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(pieces).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ],
        0..max,
    )
    .prop_map(|v| v.concat())
}

/// Bytes made of `pieces` and arbitrary bytes (so also invalid UTF-8 and encodings).
fn bytes_of(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(pieces).prop_map(|p| p.as_bytes().to_vec()),
            2 => prop::collection::vec(any::<u8>(), 1..8),
        ],
        0..max,
    )
    .prop_map(|v| v.concat())
}

/// Edit scripts for [`mutate`]: one to five edits anywhere in the file.
fn edit_script() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec((0u8..5, 0u32..1 << 24, any::<u8>()), 1..6).prop_map(|edits| {
        edits
            .into_iter()
            .flat_map(|(op, pos, value)| {
                let p = pos.to_le_bytes();
                [op, p[0], p[1], p[2], value]
            })
            .collect()
    })
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/parser/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A small corpus of different shapes, and a file that is skipped.
fn small_files() -> Vec<SourceFile> {
    [
        "dateline_wire_date.txt",
        "lead_date.txt",
        "html_page.html",
        "cp1252.txt",
    ]
    .into_iter()
    .map(|name| SourceFile {
        name: name.into(),
        bytes: fixture(name),
    })
    .chain([SourceFile {
        name: "notes.csv".into(),
        bytes: b"a,b\n1,2\n".to_vec(),
    }])
    .collect()
}

fn build_options() -> BuildOptions {
    BuildOptions {
        today: Date::new(2026, 1, 1),
    }
}

/// The small corpus's bundle and its encoding, built once.
fn small_bundle() -> &'static (Bundle, Vec<u8>) {
    static BUNDLE: OnceLock<(Bundle, Vec<u8>)> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let b = Bundle::new(build(small_files(), build_options()));
        let bytes = bundle::encode(&b);
        (b, bytes)
    })
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn parse_and_extract_never_panic_and_keep_spans_in_bounds(
        bytes in bytes_of(ARTICLE_PIECES, 60),
        page in any::<bool>(),
    ) {
        let name = if page { "a.html" } else { "a.txt" };
        if let Ok(mut a) = article::parse(name, &bytes) {
            check_parsed(&a);
            extract(&mut a, &Default::default());
            check_extracted(&a);
        }
    }

    #[test]
    fn parse_never_panics_on_raw_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for name in ["a.txt", "a.html"] {
            if let Ok(a) = article::parse(name, &bytes) {
                check_parsed(&a);
            }
        }
    }

    #[test]
    fn date_phrases_are_in_bounds_in_order_and_in_range(text in text_of(DATE_PIECES, 40)) {
        check_scan(&text, &datephrase::scan(&text));
    }

    #[test]
    fn extraction_on_any_text_keeps_mentions_and_events_valid(
        text in mediation_text(),
    ) {
        let (mut a, options) = article_from_text(&text);
        extract(&mut a, &options);
        check_extracted(&a);
    }

    #[test]
    fn query_parse_is_total_and_its_canonical_form_round_trips(
        input in text_of(QUERY_PIECES, 40),
    ) {
        check_query(&input);
    }

    #[test]
    fn query_parse_is_total_on_any_string(input in any::<String>()) {
        check_query(&input);
    }

    #[test]
    fn bundle_decode_never_panics_on_arbitrary_bytes(
        body in prop::collection::vec(any::<u8>(), 0..200),
        with_header in any::<bool>(),
    ) {
        let mut bytes = Vec::new();
        if with_header {
            bytes.extend_from_slice(&MAGIC);
            bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        }
        bytes.extend_from_slice(&body);
        check_decode(&bytes);
    }

    #[test]
    fn bundle_decode_never_panics_on_mutated_bundles(script in edit_script()) {
        check_decode(&mutate(&small_bundle().1, &script));
    }

    #[test]
    fn truncated_bundles_are_refused(cut in any::<prop::sample::Index>()) {
        let valid = &small_bundle().1;
        let cut = cut.index(valid.len());
        prop_assert!(bundle::decode(&valid[..cut]).is_err(), "cut at {}", cut);
    }
}

proptest! {
    // Each case builds a corpus and its index: fewer cases.
    #![proptest_config(config(12))]

    #[test]
    fn bundle_bytes_do_not_depend_on_file_order(
        files in Just(small_files()).prop_shuffle(),
    ) {
        let bytes = bundle::encode(&Bundle::new(build(files, build_options())));
        prop_assert!(bytes == small_bundle().1, "the bundle changed with the file order");
    }
}

#[test]
fn an_unmutated_bundle_decodes_to_what_was_encoded() {
    let (b, bytes) = small_bundle();
    assert_eq!(b.corpus.articles.len(), 4);
    assert_eq!(b.corpus.skipped.len(), 1);
    assert_eq!(bundle::decode(bytes).as_ref(), Ok(b));
    assert_eq!(check_decode(bytes).as_ref(), Some(b));
}

/// The extraction property is only worth its cases if its inputs reach events: count the cases
/// of its strategy that have any.
#[test]
fn the_extraction_strategy_reaches_mentions_and_events() {
    let mut runner = TestRunner::deterministic();
    let strategy = mediation_text();
    let (mut with_mentions, mut with_events) = (0, 0);
    for _ in 0..256 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let (mut a, options) = article_from_text(&text);
        extract(&mut a, &options);
        with_mentions += !a.mentions.is_empty() as u32;
        with_events += !a.events.is_empty() as u32;
    }
    println!("{with_mentions} of 256 cases have mentions, {with_events} have events");
    assert!(
        with_mentions >= 192,
        "{with_mentions} of 256 cases have mentions"
    );
    assert!(with_events >= 64, "{with_events} of 256 cases have events");
}

/// The bundle committed as a fuzzing seed is of the current format. When this fails, the stored
/// shape of the bundle changed: bump `bundle::FORMAT_VERSION` if that was not done, and rebuild
/// the seed as `fuzz/README.md` says, so the fuzzer starts from a valid bundle again.
#[test]
fn the_committed_seed_bundle_is_of_the_current_format() {
    for target in ["bundle_decode", "bundle_browse"] {
        let path = format!(
            "{}/fuzz/corpus/{target}/valid_small.bin",
            env!("CARGO_MANIFEST_DIR")
        );
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let b = bundle::decode(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(b.corpus.articles.len(), 4, "{path}");
    }
}
