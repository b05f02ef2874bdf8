//! What the browser does with a bundle it managed to decode, on arbitrary and mutated bundles:
//! searching (with and without text, facets, a date range, each order), marking the reader's
//! runs, describing events and dates, and drawing the overview. A damaged bundle that decodes
//! must not make any of these panic.

#![no_main]

use explorer_core::bundle::{self, Bundle};
use explorer_core::search::{PartialDate, Query, Sort};
use explorer_core::{annotate, describe, overview};
use explorer_core_fuzz::{mutate, small_bundle};
use libfuzzer_sys::fuzz_target;

fn browse(b: &Bundle) {
    let (pairs, mediators, countries) = b.index.facet_keys();
    let first = |keys: &[explorer_core::search::FacetKey]| keys.first().map(|k| k.key.clone());
    let queries = [
        Query::default(),
        Query {
            text: "talks mediat".into(),
            sort: Some(Sort::Oldest),
            page: 2,
            ..Query::default()
        },
        Query {
            text: "\"foreign ministry\" qatar".into(),
            pairs: first(pairs).into_iter().collect(),
            mediators: first(mediators).into_iter().collect(),
            countries: first(countries).into_iter().collect(),
            from: PartialDate::parse("2024-03"),
            to: PartialDate::parse("2025"),
            include_undated: true,
            ..Query::default()
        },
    ];
    for mut q in queries {
        b.index.validate(&mut q);
        b.index.search(&b.corpus, &q, 2);
    }
    for a in &b.corpus.articles {
        annotate::runs(a);
        if let Some(d) = a.date() {
            describe::date(d);
        }
        for e in &a.events {
            describe::event(e);
        }
    }
    overview::matrix(&b.corpus, |_| true, 8);
}

fuzz_target!(|data: &[u8]| {
    if let Ok(b) = bundle::decode(data) {
        browse(&b);
    }
    let (_, valid) = small_bundle();
    if let Ok(b) = bundle::decode(&mutate(valid, data)) {
        browse(&b);
    }
});
