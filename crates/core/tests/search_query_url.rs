//! The URL form of a query: parsing is total and bounded, printing is canonical, and the two
//! round-trip.

use explorer_core::search::query::{MAX_TEXT_CHARS, MAX_VALUES};
use explorer_core::search::{DateMode, IgnoreReason, PartialDate, Query, SearchIndex, Sort};
use explorer_core::synth::{self, Rng};
use explorer_core::Status;

#[test]
fn parsing_and_canonical_printing() {
    // (input, canonical output, reasons of the ignored parts)
    let cases: &[(&str, &str, &[IgnoreReason])] = &[
        ("", "", &[]),
        ("?", "", &[]),
        ("q=ceasefire+talks", "q=ceasefire+talks", &[]),
        ("?q=ceasefire%20talks", "q=ceasefire+talks", &[]),
        ("q=T%C3%BCrkiye", "q=T%C3%BCrkiye", &[]),
        ("q=%22line+of+control%22", "q=%22line+of+control%22", &[]),
        // Pairs: codes sorted within the pair, pairs sorted, case folded, duplicates merged.
        ("pair=PAK-AFG", "pair=AFG-PAK", &[]),
        ("pair=pak-ind,AFG-PAK&pair=IND-PAK", "pair=AFG-PAK,IND-PAK", &[]),
        ("pair=AFG", "", &[IgnoreReason::Malformed]),
        ("pair=AFG-AFG", "", &[IgnoreReason::Malformed]),
        ("pair=AFG-PAK-IND", "", &[IgnoreReason::Malformed]),
        ("mediator=qat,TUR,QAT", "mediator=QAT,TUR", &[]),
        ("mediator=Q%20A", "", &[IgnoreReason::Malformed]),
        ("status=Held,agreed", "status=held,agreed", &[]),
        ("status=maybe", "", &[IgnoreReason::Malformed]),
        ("country=irn", "country=IRN", &[]),
        // Only the reader's own articles: on or off, like `undated`.
        ("own=1", "own=1", &[]),
        ("own=yes&country=IRN", "country=IRN&own=1", &[]),
        ("own=0", "", &[]),
        ("own=mine", "", &[IgnoreReason::Malformed]),
        ("own=1&own=0", "own=1", &[IgnoreReason::Repeated]),
        // Dates: partial bounds, canonical with two-digit months and days.
        ("from=2025&to=2025-1", "from=2025&to=2025-01", &[]),
        ("from=2025-10-28", "from=2025-10-28", &[]),
        ("from=2025-02-30", "", &[IgnoreReason::Malformed]),
        ("from=25", "", &[IgnoreReason::Malformed]),
        ("to=2025-13", "", &[IgnoreReason::Malformed]),
        ("dates=within&from=2024", "from=2024&dates=within", &[]),
        ("dates=overlap", "", &[]),
        ("dates=sometimes", "", &[IgnoreReason::Malformed]),
        ("undated=1&from=2020", "from=2020&undated=1", &[]),
        ("undated=0", "", &[]),
        ("sort=oldest", "sort=oldest", &[]),
        ("sort=relevance", "sort=relevance", &[]),
        ("sort=best", "", &[IgnoreReason::Malformed]),
        ("page=3", "page=3", &[]),
        ("page=1", "", &[]),
        ("page=0", "", &[IgnoreReason::Malformed]),
        ("page=-2", "", &[IgnoreReason::Malformed]),
        ("article=a%20b.txt", "article=a+b.txt", &[]),
        // Fixed order whatever the input order.
        (
            "article=x.txt&page=2&sort=newest&to=2025&from=2024&own=1&country=IRN&status=held&mediator=QAT&pair=IND-PAK&q=x",
            "q=x&pair=IND-PAK&mediator=QAT&status=held&country=IRN&own=1&from=2024&to=2025&sort=newest&page=2&article=x.txt",
            &[],
        ),
        // Unknown, repeated and damaged parts.
        ("mine=1", "", &[IgnoreReason::UnknownParam]),
        ("q=a&q=b", "q=a", &[IgnoreReason::Repeated]),
        ("q=%E2%82", "q=%EF%BF%BD", &[IgnoreReason::BadEncoding]),
        ("q=100%", "q=100%25", &[IgnoreReason::BadEncoding]),
        ("q=%zz", "q=%25zz", &[IgnoreReason::BadEncoding]),
        ("&&=&q=x#fragment", "q=x", &[IgnoreReason::UnknownParam]),
    ];
    for (input, canonical, reasons) in cases {
        let p = Query::parse(input);
        assert_eq!(p.query.to_query_string(), *canonical, "{input}");
        let got: Vec<IgnoreReason> = p.ignored.iter().map(|i| i.reason).collect();
        assert_eq!(got, *reasons, "{input}");
    }
}

#[test]
fn fields_are_read_as_documented() {
    let q = Query::parse("q=talks&pair=PAK-AFG&status=held&own=1&from=2025-10&to=2025&dates=within&undated=1&sort=oldest&page=2&article=a.txt").query;
    assert!(q.own);
    assert_eq!(q.text, "talks");
    assert_eq!(q.pairs, ["AFG-PAK"]);
    assert_eq!(q.statuses, [Status::Held]);
    assert_eq!(
        q.from,
        Some(PartialDate {
            year: 2025,
            month: Some(10),
            day: None
        })
    );
    assert_eq!(
        q.to.and_then(|d| d.last_day()).map(|d| d.to_string()),
        Some("2025-12-31".into())
    );
    assert_eq!(q.dates, DateMode::Within);
    assert!(q.include_undated);
    assert_eq!(q.sort, Some(Sort::Oldest));
    assert_eq!(q.page, 2);
    assert_eq!(q.article.as_deref(), Some("a.txt"));
}

#[test]
fn sizes_are_bounded_and_what_is_dropped_is_reported() {
    let many: Vec<String> = (0..5000).map(|i| format!("C{i}")).collect();
    let p = Query::parse(&format!("mediator={}", many.join(",")));
    assert_eq!(p.query.mediators.len(), MAX_VALUES);
    assert!(p
        .ignored
        .iter()
        .any(|i| i.reason == IgnoreReason::TooLong && i.param == "mediator"));
    let p = Query::parse(&format!("q={}", "é".repeat(20_000)));
    assert_eq!(p.query.text.chars().count(), MAX_TEXT_CHARS);
    assert!(p
        .ignored
        .iter()
        .any(|i| i.reason == IgnoreReason::TooLong && i.param == "q"));
    // Thousands of unknown parameters: the list of ignored parts stays short.
    let junk: Vec<String> = (0..5000).map(|i| format!("x{i}=1")).collect();
    let p = Query::parse(&junk.join("&"));
    assert!(p.ignored.len() <= 65);
    assert_eq!(p.ignored.last().map(|i| i.reason), Some(IgnoreReason::More));
}

/// A random query string: pieces of real syntax, random bytes and percent escapes.
fn random_input(rng: &mut Rng) -> String {
    const PIECES: [&str; 26] = [
        "q=",
        "pair=",
        "mediator=",
        "status=",
        "country=",
        "from=",
        "to=",
        "dates=",
        "undated=",
        "own=",
        "1",
        "sort=",
        "page=",
        "article=",
        "&",
        "=",
        ",",
        "-",
        "%",
        "%2",
        "%C3%BC",
        "+",
        "AFG",
        "held",
        "2025-10",
        "\"",
    ];
    let mut s = String::new();
    for _ in 0..rng.below(30) {
        match rng.below(4) {
            0 => s.push(char::from_u32(rng.below(0x3000) as u32).unwrap_or('?')),
            1 => s.push((b'a' + rng.below(26) as u8) as char),
            2 => s.push_str(&rng.below(3000).to_string()),
            _ => {
                let piece: &&str = rng.pick(&PIECES);
                s.push_str(piece)
            }
        }
    }
    s
}

#[test]
fn parsing_is_total_and_printing_round_trips() {
    let mut rng = Rng::new(99);
    for _ in 0..20_000 {
        let input = random_input(&mut rng);
        let q = Query::parse(&input).query;
        let printed = q.to_query_string();
        let again = Query::parse(&printed);
        assert_eq!(again.query, q, "{input:?} printed as {printed:?}");
        assert!(again.ignored.is_empty(), "{printed:?}: {:?}", again.ignored);
        assert_eq!(again.query.to_query_string(), printed);
    }
}

#[test]
fn unknown_codes_are_removed_and_named_by_validate() {
    let corpus = synth::corpus(50, 3);
    let index = SearchIndex::build(&corpus);
    let known_pair = index.facet_keys().0[0].key.clone();
    let mut q = Query::parse(&format!(
        "pair={known_pair},XXX-YYY&mediator=NOWHERE&country=ZZZ&status=held"
    ))
    .query;
    let ignored = index.validate(&mut q);
    assert_eq!(q.pairs, [known_pair]);
    assert!(q.mediators.is_empty() && q.countries.is_empty());
    assert_eq!(q.statuses, [Status::Held]);
    let named: Vec<(&str, &str)> = ignored
        .iter()
        .map(|i| (i.param.as_str(), i.value.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            ("pair", "XXX-YYY"),
            ("mediator", "NOWHERE"),
            ("country", "ZZZ")
        ]
    );
    assert!(ignored
        .iter()
        .all(|i| i.reason == IgnoreReason::UnknownValue));
}

#[test]
fn own_only_is_dropped_and_named_by_validate_where_the_reader_has_none() {
    let index = SearchIndex::build(&synth::corpus(20, 3));
    let mut q = Query::parse("own=1&status=held").query;
    let ignored = index.validate(&mut q);
    assert!(!q.own);
    assert_eq!(q.statuses, [Status::Held]);
    assert_eq!(ignored.len(), 1);
    assert_eq!(ignored[0].reason, IgnoreReason::NoOwnArticles);
    assert_eq!(ignored[0].param, "own");
}
