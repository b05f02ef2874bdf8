//! Regression tests for crashes found by fuzzing and the property tests, each named after what
//! it guards. The inputs are minimised; see `fuzz/README.md` for the runs that found them.

use explorer_core::bundle::{self, Bundle, BundleError};
use explorer_core::{Article, Corpus, Date, DateInterval, Span};

/// Postcard's encoding of an `i32`: zigzag, then LEB128.
fn varint_i32(n: i32) -> Vec<u8> {
    let mut v = ((n << 1) ^ (n >> 31)) as u32;
    let mut out = Vec::new();
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

/// Day numbers near `i32::MAX` overflowed in the calendar conversion (a panic in debug builds)
/// before the range check; every day number now either is a date of years 1..=9999 or is
/// refused, and a bundle that stores one is refused as damaged.
///
/// Found by the `bundle_decode` fuzz target; minimised, the input was a 25-byte bundle whose
/// first article's publication date began on day 2147462564 (hex of the body after the header:
/// `04 00 00 00 00 00 00 01 c8 b6 fd ff 0f`).
#[test]
fn day_numbers_out_of_range_are_refused_not_an_overflow() {
    let first = Date::new(1, 1, 1).unwrap().day_number();
    let last = Date::new(9999, 12, 31).unwrap().day_number();
    let cases: [(i32, bool); 11] = [
        (2_147_462_564, false),
        (i32::MAX, false),
        (i32::MAX - 719_468, false),
        (i32::MAX - 719_467, false),
        (last + 1, false),
        (last, true),
        (0, true),
        (first, true),
        (first - 1, false),
        (-719_469, false),
        (i32::MIN, false),
    ];
    for (n, valid) in cases {
        assert_eq!(
            Date::from_day_number(n).is_some(),
            valid,
            "from_day_number({n})"
        );
        let decoded = postcard::from_bytes::<Date>(&varint_i32(n));
        assert_eq!(decoded.is_ok(), valid, "decoding day number {n}");
        if let Ok(d) = decoded {
            assert_eq!(d.day_number(), n);
        }
    }

    // The same through a whole bundle: the last day there is, rewritten to `i32::MAX` wherever
    // it is stored (the article's date and the facet rows).
    let last_day = Date::new(9999, 12, 31).unwrap();
    let text = "Qatar hosted talks between the two sides in Doha.";
    let corpus = Corpus {
        articles: vec![Article {
            file: "a.txt".into(),
            title: "Talks in Doha".into(),
            text: text.into(),
            paragraphs: vec![Span::new(0, text.len())],
            published: Some(DateInterval::day(last_day, "dateline")),
            ..Article::default()
        }],
        skipped: vec![],
    };
    let bytes = bundle::encode(&Bundle::new(corpus));
    let needle = varint_i32(last);
    let mut damaged = Vec::new();
    let mut i = 0;
    let mut replaced = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(&needle) {
            damaged.extend_from_slice(&varint_i32(i32::MAX));
            i += needle.len();
            replaced += 1;
        } else {
            damaged.push(bytes[i]);
            i += 1;
        }
    }
    assert!(replaced >= 1, "the stored date was not found");
    assert!(matches!(
        bundle::decode(&damaged),
        Err(BundleError::Corrupt(_))
    ));
}

/// An article of tens of thousands of mediation statements (a runaway or hostile text) took
/// minutes to extract: resolving the statements compared each with every one before it. Only
/// the first `MAX_STATEMENTS` are read now; the article is still extracted, with events.
#[test]
fn a_runaway_article_reads_a_bounded_number_of_mediation_statements() {
    use explorer_core::corpus::{build, BuildOptions, SourceFile};
    use explorer_core::extract::MAX_STATEMENTS;
    let states = [
        "Egypt", "Ethiopia", "Sudan", "Kenya", "Somalia", "Chad", "Niger", "Mali", "Ghana", "Togo",
        "Benin", "Angola", "Rwanda", "Burundi", "Uganda", "Zambia",
    ];
    let mediators = [
        "Qatar",
        "Oman",
        "Turkey",
        "Norway",
        "Switzerland",
        "China",
        "Japan",
        "Brazil",
    ];
    let pairs: Vec<(&str, &str)> = states
        .iter()
        .enumerate()
        .flat_map(|(i, a)| states[i + 1..].iter().map(move |b| (*a, *b)))
        .collect();
    // More distinct events (mediator and pair) than are read, each stated once.
    let mut text = String::from("Talks everywhere\n\n");
    for (i, m) in mediators.iter().enumerate() {
        for (a, b) in &pairs[i * 15..] {
            text.push_str(&format!(
                "{m} mediated talks between {a} and {b} on Monday. "
            ));
        }
    }
    let corpus = build(
        vec![SourceFile {
            name: "runaway.txt".into(),
            bytes: text.into_bytes(),
        }],
        BuildOptions::default(),
    );
    let events = &corpus.articles[0].events;
    assert!(!events.is_empty());
    assert!(events.len() <= MAX_STATEMENTS, "{} events", events.len());
}
