//! The promises explorer-core makes about its outputs on any input, as checks that panic with the
//! broken promise, and the two ways arbitrary input is fed to it (an article straight from text,
//! a valid bundle under an edit script). Shared by the property tests (`tests/properties.rs`)
//! and the fuzz targets (`fuzz/`), so both hold the code to the same contract.
//!
//! Only documented promises are checked: spans inside their text and on character boundaries,
//! the orders and sort orders the model documents, canonical query strings that read back as
//! the same query, bundles that re-encode to what was decoded, and search results that point
//! into the corpus they came from.

#![allow(dead_code)]

use explorer_core::bundle::{self, Bundle};
use explorer_core::datephrase::{DatePhrase, PhraseValue};
use explorer_core::extract::ExtractOptions;
use explorer_core::search::query::{MAX_IGNORED, MAX_TEXT_CHARS, MAX_VALUES};
use explorer_core::search::{Query, SearchResults};
use explorer_core::{Article, Corpus, Date, DateInterval, Span};

/// A span lies inside `text`, runs forwards and starts and ends on character boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start() <= span.end() && span.end() <= text.len(),
        "{what}: span {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()),
        "{what}: span {span:?} not on character boundaries"
    );
}

fn check_sorted_unique(v: &[impl Ord + std::fmt::Debug], what: &str) {
    assert!(
        v.windows(2).all(|w| w[0] < w[1]),
        "{what}: not sorted and unique: {v:?}"
    );
}

fn check_interval(d: &DateInterval, what: &str) {
    assert!(
        d.earliest <= d.latest,
        "{what}: interval runs backwards: {d:?}"
    );
}

/// What the parser promises about an article it returns: a title, and non-empty trimmed
/// paragraphs that tile the text with blank lines between them.
pub fn check_parsed(a: &Article) {
    assert!(!a.title.trim().is_empty(), "empty title");
    assert!(!a.paragraphs.is_empty(), "no paragraphs");
    let mut at = 0;
    for (i, &p) in a.paragraphs.iter().enumerate() {
        check_span(&a.text, p, "paragraph");
        assert_eq!(p.start(), at, "paragraph {i} does not start where expected");
        let text = &a.text[p.range()];
        assert!(!text.trim().is_empty(), "paragraph {i} is empty");
        assert_eq!(text.trim(), text, "paragraph {i} is not trimmed");
        assert!(
            !text.contains("\n\n"),
            "paragraph {i} holds a paragraph break"
        );
        at = p.end() + 2;
    }
    assert_eq!(at, a.text.len() + 2, "paragraphs do not cover the text");
    if let Some(d) = &a.published {
        check_interval(d, "published");
    }
    for r in &a.removed {
        assert!(!r.text.trim().is_empty(), "empty removed {:?}", r.kind);
    }
}

/// What extraction promises about the fields it fills.
pub fn check_extracted(a: &Article) {
    let mut last = 0;
    for m in &a.mentions {
        check_span(&a.text, m.span, "mention");
        assert!(m.span.start() < m.span.end(), "empty mention {m:?}");
        assert!(m.span.start() >= last, "mentions out of text order");
        last = m.span.start();
    }
    let mut last = 0;
    for e in &a.events {
        check_span(&a.text, e.span, "event");
        assert_eq!(
            a.text[e.span.range()],
            e.evidence,
            "event evidence is not the text of its span"
        );
        assert!(
            e.span.start() >= last,
            "events out of the order of their evidence"
        );
        last = e.span.start();
        assert_eq!(e.kind, "mediation");
        assert_eq!(e.cameo, e.status.cameo(), "cameo code of {:?}", e.status);
        check_sorted_unique(&e.mediators, "event mediators");
        check_sorted_unique(&e.parties, "event parties");
        if let Some(d) = &e.date {
            check_interval(d, "event date");
        }
    }
    check_sorted_unique(&a.countries, "countries");
    check_sorted_unique(&a.organizations, "organizations");
    for p in &a.pairs {
        assert!(p[0] < p[1], "pair not sorted: {p:?}");
    }
    check_sorted_unique(&a.pairs, "pairs");
}

/// What `datephrase::scan` promises: non-empty phrases in text order without overlaps, with
/// month and day numbers in their ranges and intervals that run forwards.
pub fn check_scan(text: &str, phrases: &[DatePhrase]) {
    let mut end = 0;
    for p in phrases {
        check_span(text, p.span, "date phrase");
        assert!(p.span.start() < p.span.end(), "empty date phrase {p:?}");
        assert!(
            p.span.start() >= end,
            "date phrases overlap or are out of order"
        );
        end = p.span.end();
        match p.value {
            PhraseValue::Day { month, day, .. } => {
                assert!(
                    (1..=12).contains(&month) && (1..=31).contains(&day),
                    "{p:?}"
                );
            }
            PhraseValue::Month { month, .. } => assert!((1..=12).contains(&month), "{p:?}"),
            PhraseValue::Year { .. } | PhraseValue::Weekday(_) => {}
        }
        if let Some(d) = p.value.to_interval("scan") {
            check_interval(&d, "date phrase interval");
        }
    }
}

/// Parses a query string and checks the promises of `Query::parse`: bounded sizes, and a
/// canonical form that reads back as the same query with nothing ignored and prints the same.
/// Returns the parsed query.
pub fn check_query(input: &str) -> Query {
    let parsed = Query::parse(input);
    let q = parsed.query;
    assert!(q.page >= 1, "page {}", q.page);
    assert!(q.text.chars().count() <= MAX_TEXT_CHARS, "text not cut");
    for (v, what) in [
        (q.pairs.len(), "pairs"),
        (q.mediators.len(), "mediators"),
        (q.countries.len(), "countries"),
        (q.statuses.len(), "statuses"),
    ] {
        assert!(v <= MAX_VALUES, "{v} {what} kept");
    }
    assert!(
        parsed.ignored.len() <= MAX_IGNORED + 1,
        "ignored list unbounded"
    );
    let canonical = q.to_query_string();
    let again = Query::parse(&canonical);
    assert_eq!(
        again.query, q,
        "canonical form {canonical:?} reads back differently"
    );
    assert!(
        again.ignored.is_empty(),
        "canonical form {canonical:?} has ignored parts: {:?}",
        again.ignored
    );
    assert_eq!(
        again.query.to_query_string(),
        canonical,
        "canonical form not stable"
    );
    q
}

/// Decodes bytes as a bundle: never a panic; whatever is accepted encodes to bytes that decode
/// to the same bundle. Returns the bundle when the bytes were accepted.
pub fn check_decode(bytes: &[u8]) -> Option<Bundle> {
    let b = bundle::decode(bytes).ok()?;
    let again = bundle::encode(&b);
    assert_eq!(
        bundle::decode(&again).as_ref(),
        Ok(&b),
        "an accepted bundle does not survive re-encoding"
    );
    Some(b)
}

/// What a search promises about its results: a page in range, at most `page_size` hits, each
/// pointing at an article of the corpus, with snippets copied from its text and highlights
/// inside their strings.
pub fn check_results(corpus: &Corpus, r: &SearchResults, page_size: usize) {
    assert!(
        r.pages >= 1 && (1..=r.pages).contains(&r.page),
        "page {} of {}",
        r.page,
        r.pages
    );
    assert!(
        r.hits.len() <= page_size.max(1),
        "{} hits on a page",
        r.hits.len()
    );
    assert!(r.hits.len() <= r.total as usize, "more hits than the total");
    for h in &r.hits {
        let a = corpus
            .articles
            .get(h.article as usize)
            .unwrap_or_else(|| panic!("hit {} outside the corpus", h.article));
        for &s in &h.title_highlights {
            check_span(&a.title, s, "title highlight");
        }
        let sn = &h.snippet;
        let range = sn.start as usize..sn.end as usize;
        assert_eq!(
            a.text.get(range.clone()),
            Some(sn.text.as_str()),
            "snippet {range:?} is not a copy of the text"
        );
        for &s in &sn.highlights {
            check_span(&sn.text, s, "snippet highlight");
        }
    }
}

/// An article made straight from text, for extraction without the parser's cleaning: an
/// optional first line `YYYY-MM-DD` is the publication date (and "today" a month later), the
/// next line the headline when it is short, the rest the body, cut into paragraphs at blank
/// lines.
pub fn article_from_text(text: &str) -> (Article, ExtractOptions) {
    let (published, rest) = match text.split_once('\n') {
        Some((first, rest)) => match Date::parse_iso(first.trim()) {
            Some(d) => (Some(d), rest),
            None => (None, text),
        },
        None => (None, text),
    };
    let (title, body) = match rest.split_once('\n') {
        Some((t, b)) if !t.trim().is_empty() && t.len() <= 200 => (t.trim(), b),
        _ => ("", rest),
    };
    let mut paragraphs = Vec::new();
    let mut at = 0;
    for p in body.split("\n\n") {
        paragraphs.push(Span::new(at, at + p.len()));
        at += p.len() + 2;
    }
    let article = Article {
        file: "text.txt".into(),
        title: title.into(),
        title_derived: title.is_empty(),
        published: published.map(|d| DateInterval::day(d, "publication date")),
        text: body.into(),
        paragraphs,
        ..Article::default()
    };
    let options = ExtractOptions {
        today: published.map(|d| d.add_days(30)),
    };
    (article, options)
}

/// Applies an edit script to a copy of `valid` (a valid bundle), so that mutations land inside
/// a well-formed file rather than failing at its magic. The script is read in records of five
/// bytes: an operation, a position (24 bits, little-endian, modulo the current length) and a
/// value. Operations: set the byte, xor it, insert a byte, delete the byte, or cut the file
/// there. A trailing partial record is ignored.
pub fn mutate(valid: &[u8], script: &[u8]) -> Vec<u8> {
    let mut out = valid.to_vec();
    for r in script.chunks_exact(5) {
        let len = out.len();
        let pos = u32::from_le_bytes([r[1], r[2], r[3], 0]) as usize;
        let value = r[4];
        match r[0] % 5 {
            0 if len > 0 => out[pos % len] = value,
            1 if len > 0 => out[pos % len] ^= value.max(1),
            2 => out.insert(pos % (len + 1), value),
            3 if len > 0 => {
                out.remove(pos % len);
            }
            4 => out.truncate(pos % (len + 1)),
            _ => {}
        }
    }
    out
}
