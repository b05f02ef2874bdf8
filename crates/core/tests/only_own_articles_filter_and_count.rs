//! "Only my articles" (`own=1`): it keeps the reader's own articles, every other facet's counts
//! follow it, and its own count is what the other filters leave of the reader's articles,
//! whether it is on or off.

use explorer_core::search::{Query, SearchIndex};
use explorer_core::synth;
use explorer_core::Corpus;

/// A synthetic corpus in which every third article is one of the reader's own.
fn corpus() -> Corpus {
    let mut c = synth::corpus(300, 8);
    for (i, a) in c.articles.iter_mut().enumerate() {
        if i % 3 == 0 {
            a.file = format!("mine/{}", a.file);
        }
    }
    c
}

fn files(c: &Corpus, index: &SearchIndex, q: &Query) -> Vec<String> {
    let mut v: Vec<String> = index
        .matching_articles(q)
        .into_iter()
        .map(|a| c.articles[a as usize].file.clone())
        .collect();
    v.sort();
    v
}

#[test]
fn only_own_articles_keeps_them_and_the_counts_follow() {
    let c = corpus();
    let index = SearchIndex::build(&c);
    assert_eq!(index.own_count(), 100);
    let queries = [
        "",
        "q=talks",
        "status=held",
        "q=mediat&country=QAT",
        "from=2024",
    ];
    for text in queries {
        let q = Query::parse(text).query;
        let own_q = Query {
            own: true,
            ..q.clone()
        };
        let all = files(&c, &index, &q);
        let own = files(&c, &index, &own_q);
        let expected: Vec<String> = all
            .iter()
            .filter(|f| f.starts_with("mine/"))
            .cloned()
            .collect();
        assert_eq!(own, expected, "{text}");
        assert!(
            !own.is_empty() && own.len() < all.len(),
            "{text}: a test that can fail"
        );

        let off = index.search(&c, &q, 10);
        let on = index.search(&c, &own_q, 10);
        assert_eq!(on.total as usize, own.len(), "{text}");
        // The toggle's count is the same whether it is on or off: what the others leave.
        assert_eq!(off.facets.own, on.total, "{text}");
        assert_eq!(on.facets.own, on.total, "{text}");
        // Every other facet's count, with the toggle on, is what selecting that value would give.
        for v in &on.facets.country {
            let mut with = own_q.clone();
            with.countries = vec![v.key.clone()];
            assert_eq!(
                v.count,
                index.search(&c, &with, 1).total,
                "{text} country {}",
                v.key
            );
        }
        for v in &on.facets.mediator {
            let mut with = own_q.clone();
            with.mediators = vec![v.key.clone()];
            assert_eq!(
                v.count,
                index.search(&c, &with, 1).total,
                "{text} mediator {}",
                v.key
            );
        }
    }
}

#[test]
fn without_own_articles_the_count_is_zero() {
    let c = synth::corpus(50, 8);
    let index = SearchIndex::build(&c);
    let r = index.search(&c, &Query::default(), 10);
    assert_eq!(r.facets.own, 0);
    assert!(r.total > 0);
}
