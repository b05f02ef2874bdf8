//! Date ranges: partial bounds, uncertain dates that overlap or lie within the range, and
//! undated articles left out unless asked for.

use explorer_core::search::{PartialDate, Query, SearchIndex};
use explorer_core::{Article, Corpus, DateInterval};

#[test]
fn partial_bounds_cover_whole_years_months_and_days() {
    let cases = [
        ("2025", Some(("2025-01-01", "2025-12-31"))),
        ("2024-02", Some(("2024-02-01", "2024-02-29"))),
        ("2025-02", Some(("2025-02-01", "2025-02-28"))),
        ("2025-10-28", Some(("2025-10-28", "2025-10-28"))),
        ("2025-2-3", Some(("2025-02-03", "2025-02-03"))),
        ("2025-02-29", None),
        ("2025-00", None),
        ("0000", None),
        ("20250", None),
        ("2025-10-28-1", None),
        ("", None),
    ];
    for (text, want) in cases {
        let got = PartialDate::parse(text).map(|p| {
            (
                p.first_day().unwrap().to_string(),
                p.last_day().unwrap().to_string(),
            )
        });
        assert_eq!(
            got,
            want.map(|(a, b)| (a.to_string(), b.to_string())),
            "{text}"
        );
    }
}

fn dated(file: &str, date: Option<DateInterval>) -> Article {
    Article {
        file: file.into(),
        title: file.into(),
        published: date,
        ..Article::default()
    }
}

fn corpus() -> Corpus {
    let d = |s: &str| explorer_core::Date::parse_iso(s).unwrap();
    Corpus {
        articles: vec![
            dated("day", Some(DateInterval::day(d("2025-10-28"), "t"))),
            dated("month", DateInterval::month(2025, 10, "t")),
            dated("year", DateInterval::year(2025, "t")),
            dated("old", Some(DateInterval::day(d("2019-03-02"), "t"))),
            dated("undated", None),
        ],
        skipped: vec![],
    }
}

#[test]
fn overlap_within_and_undated() {
    let corpus = corpus();
    let index = SearchIndex::build(&corpus);
    let cases: &[(&str, &[&str])] = &[
        ("", &["day", "month", "year", "old", "undated"]),
        ("from=2025-10-28&to=2025-10-28", &["day", "month", "year"]),
        ("from=2025-10-28&to=2025-10-28&dates=within", &["day"]),
        ("from=2025-10&to=2025-10&dates=within", &["day", "month"]),
        ("from=2025&to=2025&dates=within", &["day", "month", "year"]),
        ("from=2025-11", &["year"]),
        ("to=2024", &["old"]),
        ("to=2024&undated=1", &["old", "undated"]),
        ("from=2026", &[]),
        ("from=2026&undated=1", &["undated"]),
        // A reversed range matches nothing rather than being guessed at.
        ("from=2025&to=2019", &[]),
    ];
    for (url, want) in cases {
        let q = Query::parse(url).query;
        let mut got: Vec<String> = index
            .search(&corpus, &q, 10)
            .hits
            .iter()
            .map(|h| corpus.articles[h.article as usize].file.clone())
            .collect();
        got.sort();
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(got, want, "{url}");
    }
}

#[test]
fn the_histogram_ignores_the_date_range_and_counts_wide_dates_apart() {
    let corpus = corpus();
    let index = SearchIndex::build(&corpus);
    let r = index.search(&corpus, &Query::parse("from=2025-10&to=2025-10").query, 10);
    let count = |y: i32, m: u8| {
        r.histogram
            .months
            .iter()
            .find(|c| c.year() == y && c.month() == m)
            .map_or(0, |c| c.count)
    };
    assert_eq!(count(2025, 10), 2, "day and month are in October 2025");
    assert_eq!(count(2019, 3), 1, "outside the range, still counted");
    assert_eq!(r.histogram.spanning, 1, "the year-wide date");
    assert_eq!(r.histogram.undated, 1);
    let first = r.histogram.months.first().unwrap();
    let last = r.histogram.months.last().unwrap();
    assert_eq!(
        (first.year(), first.month(), last.year(), last.month()),
        (2019, 3, 2025, 10)
    );
    assert_eq!(
        r.histogram.months.len(),
        6 * 12 + 8,
        "every month between, zeros included"
    );
}
