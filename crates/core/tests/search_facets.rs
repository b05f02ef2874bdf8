//! Facet filtering and counting agree with a direct reading of the rules on every article:
//! values of one facet combine with OR, facets with AND; pair, mediator, status and date hold
//! for one and the same event; counts are disjunctive; selected values stay listed.

use explorer_core::search::{DateMode, FacetValue, PartialDate, Query, SearchIndex};
use explorer_core::synth::{self, Rng};
use explorer_core::{Article, Corpus, DateInterval, MediationEvent, Span, Status};
use std::collections::BTreeMap;

/// One row of the rules: an event, or the article itself.
struct Row {
    pairs: Vec<String>,
    mediators: Vec<String>,
    status: Option<Status>,
    date: Option<DateInterval>,
}

fn pair_key(a: &str, b: &str) -> String {
    if a < b {
        format!("{a}-{b}")
    } else {
        format!("{b}-{a}")
    }
}

fn rows(a: &Article) -> Vec<Row> {
    let mut out = Vec::new();
    let mut all_pairs: Vec<String> = a.pairs.iter().map(|[x, y]| pair_key(x, y)).collect();
    for e in &a.events {
        let mut pairs = Vec::new();
        for (i, x) in e.parties.iter().enumerate() {
            for y in &e.parties[i + 1..] {
                if x != y {
                    pairs.push(pair_key(x, y));
                }
            }
        }
        all_pairs.extend(pairs.iter().cloned());
        out.push(Row {
            pairs,
            mediators: e.mediators.clone(),
            status: Some(e.status),
            date: e.date.clone().or_else(|| a.date().cloned()),
        });
    }
    out.push(Row {
        pairs: all_pairs,
        mediators: vec![],
        status: None,
        date: a.date().cloned(),
    });
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Facet {
    Pair,
    Mediator,
    Status,
    Date,
}

fn row_ok(r: &Row, q: &Query, except: Option<Facet>) -> bool {
    let skip = |f| except == Some(f);
    let pair =
        skip(Facet::Pair) || q.pairs.is_empty() || r.pairs.iter().any(|p| q.pairs.contains(p));
    let med = skip(Facet::Mediator)
        || q.mediators.is_empty()
        || r.mediators.iter().any(|m| q.mediators.contains(m));
    let status = skip(Facet::Status)
        || q.statuses.is_empty()
        || r.status.is_some_and(|s| q.statuses.contains(&s));
    let date = skip(Facet::Date) || !q.has_date_range() || {
        let from = q.from.and_then(|d| d.first_day());
        let to = q.to.and_then(|d| d.last_day());
        match &r.date {
            None => q.include_undated,
            Some(d) => {
                let (lo, hi) = (
                    from.unwrap_or(d.earliest.min(d.latest)),
                    to.unwrap_or(d.latest.max(d.earliest)),
                );
                match q.dates {
                    DateMode::Overlap => d.earliest <= hi && d.latest >= lo,
                    DateMode::Within => d.earliest >= lo && d.latest <= hi,
                }
            }
        }
    };
    pair && med && status && date
}

fn country_ok(a: &Article, q: &Query) -> bool {
    q.countries.is_empty() || a.countries.iter().any(|c| q.countries.contains(c))
}

struct Expected {
    matched: Vec<u32>,
    pairs: BTreeMap<String, u32>,
    mediators: BTreeMap<String, u32>,
    statuses: BTreeMap<String, u32>,
    countries: BTreeMap<String, u32>,
    months: BTreeMap<i32, u32>,
}

fn expected(corpus: &Corpus, q: &Query) -> Expected {
    let mut e = Expected {
        matched: vec![],
        pairs: BTreeMap::new(),
        mediators: BTreeMap::new(),
        statuses: BTreeMap::new(),
        countries: BTreeMap::new(),
        months: BTreeMap::new(),
    };
    for (i, a) in corpus.articles.iter().enumerate() {
        let rows = rows(a);
        let all = rows.iter().any(|r| row_ok(r, q, None));
        if all {
            for c in &a.countries {
                *e.countries.entry(c.clone()).or_default() += 1;
            }
        }
        if !country_ok(a, q) {
            continue;
        }
        if all {
            e.matched.push(i as u32);
        }
        let count =
            |map: &mut BTreeMap<String, u32>, facet, values: &dyn Fn(&Row) -> Vec<String>| {
                let mut seen: Vec<String> = rows
                    .iter()
                    .filter(|r| row_ok(r, q, Some(facet)))
                    .flat_map(values)
                    .collect();
                seen.sort();
                seen.dedup();
                for v in seen {
                    *map.entry(v).or_default() += 1;
                }
            };
        count(&mut e.pairs, Facet::Pair, &|r| r.pairs.clone());
        count(&mut e.mediators, Facet::Mediator, &|r| r.mediators.clone());
        count(&mut e.statuses, Facet::Status, &|r| {
            r.status.iter().map(|s| s.name().to_string()).collect()
        });
        let mut months: Vec<i32> = rows
            .iter()
            .filter(|r| row_ok(r, q, Some(Facet::Date)))
            .filter_map(|r| r.date.as_ref())
            .filter(|d| d.earliest.month_key() == d.latest.month_key())
            .map(|d| d.earliest.month_key())
            .collect();
        months.sort();
        months.dedup();
        for m in months {
            *e.months.entry(m).or_default() += 1;
        }
    }
    e
}

fn as_map(values: &[FacetValue]) -> BTreeMap<String, u32> {
    values
        .iter()
        .filter(|v| v.count > 0)
        .map(|v| (v.key.clone(), v.count))
        .collect()
}

fn check(corpus: &Corpus, index: &SearchIndex, q: &Query) {
    let want = expected(corpus, q);
    let got = index.search(corpus, q, corpus.articles.len().max(1));
    let mut got_matched: Vec<u32> = got.hits.iter().map(|h| h.article).collect();
    got_matched.sort();
    let url = q.to_query_string();
    assert_eq!(got.total as usize, want.matched.len(), "total for {url}");
    assert_eq!(got_matched, want.matched, "matches for {url}");
    assert_eq!(
        as_map(&got.facets.pair),
        want.pairs,
        "pair counts for {url}"
    );
    assert_eq!(
        as_map(&got.facets.mediator),
        want.mediators,
        "mediator counts for {url}"
    );
    assert_eq!(
        as_map(&got.facets.status),
        want.statuses,
        "status counts for {url}"
    );
    assert_eq!(
        as_map(&got.facets.country),
        want.countries,
        "country counts for {url}"
    );
    let months: BTreeMap<i32, u32> = got
        .histogram
        .months
        .iter()
        .filter(|m| m.count > 0)
        .map(|m| (m.month_key, m.count))
        .collect();
    assert_eq!(months, want.months, "months for {url}");
    // Selected values stay listed, even at zero.
    for (selected, values) in [
        (&q.pairs, &got.facets.pair),
        (&q.mediators, &got.facets.mediator),
        (&q.countries, &got.facets.country),
    ] {
        for s in selected {
            assert!(
                values.iter().any(|v| &v.key == s && v.selected),
                "{s} listed for {url}"
            );
        }
    }
    for s in &q.statuses {
        assert!(
            got.facets
                .status
                .iter()
                .any(|v| v.key == s.name() && v.selected),
            "{s:?} listed for {url}"
        );
    }
}

fn pick_some<T: Clone + Ord>(rng: &mut Rng, from: &[T], max: usize) -> Vec<T> {
    let mut out: Vec<T> = (0..rng.below(max + 1))
        .map(|_| rng.pick(from).clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

fn random_query(rng: &mut Rng, index: &SearchIndex) -> Query {
    let (pairs, mediators, countries) = index.facet_keys();
    let keys =
        |v: &[explorer_core::search::FacetKey]| v.iter().map(|k| k.key.clone()).collect::<Vec<_>>();
    let (pairs, mediators, countries) = (keys(pairs), keys(mediators), keys(countries));
    let mut q = Query {
        page: 1,
        ..Query::default()
    };
    // Each facet is selected about half the time, so every combination of facets occurs.
    if rng.chance(0.5) {
        q.pairs = pick_some(rng, &pairs, 2);
    }
    if rng.chance(0.5) {
        q.mediators = pick_some(rng, &mediators, 2);
    }
    if rng.chance(0.5) {
        q.statuses = pick_some(rng, &Status::ALL, 2);
    }
    if rng.chance(0.3) {
        q.countries = pick_some(rng, &countries, 2);
    }
    if rng.chance(0.5) {
        let bound = |rng: &mut Rng| {
            let year = 2014 + rng.below(13) as i32;
            let month = rng.chance(0.6).then(|| 1 + rng.below(12) as u8);
            let day = month
                .filter(|_| rng.chance(0.5))
                .map(|_| 1 + rng.below(28) as u8);
            PartialDate { year, month, day }
        };
        q.from = rng.chance(0.7).then(|| bound(rng));
        q.to = rng.chance(0.7).then(|| bound(rng));
        q.dates = if rng.chance(0.5) {
            DateMode::Within
        } else {
            DateMode::Overlap
        };
        q.include_undated = rng.chance(0.3);
    }
    q
}

#[test]
fn counts_and_matches_agree_with_the_rules_on_a_synthetic_corpus() {
    let corpus = synth::corpus(400, 11);
    let index = SearchIndex::build(&corpus);
    let mut rng = Rng::new(5);
    check(&corpus, &index, &Query::default());
    for _ in 0..300 {
        let q = random_query(&mut rng, &index);
        check(&corpus, &index, &q);
    }
}

fn event(
    mediator: &str,
    a: &str,
    b: &str,
    status: Status,
    date: Option<DateInterval>,
) -> MediationEvent {
    MediationEvent {
        kind: "mediation".into(),
        mediators: vec![mediator.into()],
        parties: vec![a.into(), b.into()],
        status,
        cameo: status.cameo().into(),
        date,
        evidence: String::new(),
        span: Span(0, 0),
    }
}

fn day(s: &str) -> Option<DateInterval> {
    Some(DateInterval::day(
        explorer_core::Date::parse_iso(s).unwrap(),
        "test",
    ))
}

fn hand_made() -> Corpus {
    let article = |file: &str,
                   countries: &[&str],
                   pairs: &[[&str; 2]],
                   events: Vec<MediationEvent>| Article {
        file: file.into(),
        title: file.into(),
        published: day("2025-10-28"),
        countries: countries.iter().map(|c| c.to_string()).collect(),
        pairs: pairs
            .iter()
            .map(|[a, b]| [a.to_string(), b.to_string()])
            .collect(),
        events,
        ..Article::default()
    };
    Corpus {
        articles: vec![
            // Iran mediating Afghanistan–Pakistan; India is mentioned, and India–Pakistan too.
            article(
                "iran-afpak",
                &["AFG", "IND", "IRN", "PAK"],
                &[["AFG", "PAK"], ["IND", "PAK"]],
                vec![event("IRN", "AFG", "PAK", Status::Offered, None)],
            ),
            // Qatar mediating India–Pakistan.
            article(
                "qatar-indpak",
                &["IND", "PAK", "QAT"],
                &[["IND", "PAK"]],
                vec![event("QAT", "IND", "PAK", Status::Held, day("2019-03-02"))],
            ),
            // A pair in dispute, no mediation.
            article("dispute", &["ARM", "AZE"], &[["ARM", "AZE"]], vec![]),
        ],
        skipped: vec![],
    }
}

#[test]
fn one_event_must_satisfy_pair_mediator_status_and_date() {
    let corpus = hand_made();
    let index = SearchIndex::build(&corpus);
    let files = |url: &str| -> Vec<String> {
        let q = Query::parse(url).query;
        let r = index.search(&corpus, &q, 10);
        let mut f: Vec<String> = r
            .hits
            .iter()
            .map(|h| corpus.articles[h.article as usize].file.clone())
            .collect();
        f.sort();
        f
    };
    let cases: &[(&str, &[&str])] = &[
        ("mediator=IRN&pair=IND-PAK", &[]),
        ("mediator=IRN&pair=AFG-PAK", &["iran-afpak"]),
        ("pair=IND-PAK", &["iran-afpak", "qatar-indpak"]),
        (
            "pair=IND-PAK,ARM-AZE",
            &["dispute", "iran-afpak", "qatar-indpak"],
        ),
        ("mediator=QAT&status=held", &["qatar-indpak"]),
        ("mediator=QAT&status=offered", &[]),
        // The Qatar event is dated 2019; its article 2025.
        ("mediator=QAT&from=2025", &[]),
        ("mediator=QAT&from=2019&to=2019", &["qatar-indpak"]),
        ("pair=IND-PAK&from=2025-10", &["iran-afpak", "qatar-indpak"]),
        ("country=IND&mediator=IRN", &["iran-afpak"]),
        ("country=ARM,QAT", &["dispute", "qatar-indpak"]),
        ("pair=ARM-AZE&mediator=QAT", &[]),
    ];
    for (url, want) in cases {
        assert_eq!(files(url), *want, "{url}");
        check(&corpus, &index, &Query::parse(url).query);
    }
}

#[test]
fn counts_are_disjunctive_and_selected_values_stay_at_zero() {
    let corpus = hand_made();
    let index = SearchIndex::build(&corpus);
    let r = index.search(&corpus, &Query::parse("mediator=IRN&status=held").query, 10);
    assert_eq!(r.total, 0);
    let count = |values: &[FacetValue], key: &str| {
        values
            .iter()
            .find(|v| v.key == key)
            .map(|v| (v.count, v.selected))
    };
    // Mediator counts ignore the mediator selection: with status=held, only Qatar has an article.
    assert_eq!(count(&r.facets.mediator, "QAT"), Some((1, false)));
    assert_eq!(count(&r.facets.mediator, "IRN"), Some((0, true)));
    // Status counts ignore the status selection: with mediator=IRN, only "offered".
    assert_eq!(count(&r.facets.status, "offered"), Some((1, false)));
    assert_eq!(count(&r.facets.status, "held"), Some((0, true)));
    // An unknown selected value is listed too, at zero, with its key as label.
    let r = index.search(&corpus, &Query::parse("mediator=XXX").query, 10);
    assert_eq!(count(&r.facets.mediator, "XXX"), Some((0, true)));
}

#[test]
fn text_and_facets_combine_with_and_and_counts_apply_the_text() {
    let corpus = synth::corpus(300, 12);
    let index = SearchIndex::build(&corpus);
    let mut rng = Rng::new(8);
    for word in ["talks", "mediation", "border", "agreement", "ceasefire"] {
        let text_only = Query {
            text: format!("{word} "),
            page: 1,
            ..Query::default()
        };
        let mut by_text = index.matching_articles(&text_only);
        by_text.sort();
        for _ in 0..20 {
            let mut q = random_query(&mut rng, &index);
            let mut by_facets = index.matching_articles(&q);
            by_facets.sort();
            q.text = text_only.text.clone();
            let mut both = index.matching_articles(&q);
            both.sort();
            let want: Vec<u32> = by_text
                .iter()
                .copied()
                .filter(|a| by_facets.binary_search(a).is_ok())
                .collect();
            assert_eq!(both, want, "{}", q.to_query_string());
            // Counts under text are the counts over the text's articles only.
            let sub = Corpus {
                articles: by_text
                    .iter()
                    .map(|&a| corpus.articles[a as usize].clone())
                    .collect(),
                skipped: vec![],
            };
            let mut q_no_text = q.clone();
            q_no_text.text.clear();
            let want = expected(&sub, &q_no_text);
            let got = index.search(&corpus, &q, 1);
            assert_eq!(
                as_map(&got.facets.pair),
                want.pairs,
                "pairs for {}",
                q.to_query_string()
            );
            assert_eq!(
                as_map(&got.facets.country),
                want.countries,
                "countries for {}",
                q.to_query_string()
            );
        }
    }
}
