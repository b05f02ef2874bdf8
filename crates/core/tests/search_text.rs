//! Full-text search behaviour, as tables of queries over a small hand-made corpus: folding,
//! stemming, stop words, prefixes, phrases, typos, name variants, ranking and highlights.

use explorer_core::search::{Query, SearchIndex, SearchResults, Sort};
use explorer_core::{Article, Corpus, Date, DateInterval};

fn article(title: &str, text: &str, date: Option<&str>) -> Article {
    Article {
        file: format!("{}.txt", title.to_lowercase().replace(' ', "-")),
        title: title.into(),
        text: text.into(),
        published: date.map(|d| DateInterval::day(Date::parse_iso(d).unwrap(), "test")),
        ..Article::default()
    }
}

fn corpus() -> Corpus {
    Corpus {
        articles: vec![
            article(
                "Türkiye offers to host talks",
                "Ankara said on Tuesday it was ready to mediate between the two sides.",
                Some("2025-10-01"),
            ),
            article(
                "Foreign minister visits Islamabad",
                "Abbas Araqchi met officials to discuss border security along the Line of Control.",
                Some("2025-09-10"),
            ),
            article(
                "Ceasefire negotiations resume in Doha",
                "Negotiators from both delegations returned to Doha. The negotiation round focused on prisoners.",
                Some("2024-05-01"),
            ),
            article(
                "Weather report",
                "Sunny days ahead in Lisbon; control of the line at the border was not discussed.",
                Some("2023-03-03"),
            ),
            article("Border dispute", "Talks about the border resumed, and the border stays closed.", None),
        ],
        skipped: vec![],
    }
}

fn run(index: &SearchIndex, corpus: &Corpus, url: &str) -> SearchResults {
    index.search(corpus, &Query::parse(url).query, 10)
}

/// The titles of the hits, in order.
fn titles(index: &SearchIndex, corpus: &Corpus, url: &str) -> Vec<String> {
    run(index, corpus, url)
        .hits
        .iter()
        .map(|h| corpus.articles[h.article as usize].title.clone())
        .collect()
}

const TURKIYE: &str = "Türkiye offers to host talks";
const ISLAMABAD: &str = "Foreign minister visits Islamabad";
const DOHA: &str = "Ceasefire negotiations resume in Doha";
const WEATHER: &str = "Weather report";
const BORDER: &str = "Border dispute";

#[test]
fn which_articles_match() {
    let corpus = corpus();
    let index = SearchIndex::build(&corpus);
    // A trailing "+" (space) ends the word: no prefix matching.
    let cases: &[(&str, &[&str])] = &[
        // Case and diacritic folding, both ways.
        ("q=turkiye+", &[TURKIYE]),
        ("q=T%C3%9CRKIYE+", &[TURKIYE]),
        // Name variants from the reference data: a country's name, a person's spellings.
        ("q=Turkey+", &[TURKIYE]),
        ("q=Araghchi+", &[ISLAMABAD]),
        ("q=Abbas+Araghchi+", &[ISLAMABAD]),
        // Stemming.
        ("q=negotiating+", &[DOHA]),
        ("q=negotiators+doha+", &[DOHA]),
        // Prefix of the last word while typing, and not once a space follows.
        ("q=negot", &[DOHA]),
        ("q=negot+", &[]),
        ("q=ceasefire+neg", &[DOHA]),
        // Phrases keep word order and adjacency (stop words keep their place).
        ("q=%22line+of+control%22", &[ISLAMABAD]),
        ("q=line+control+", &[ISLAMABAD, WEATHER]),
        ("q=%22control+of+the+line%22", &[WEATHER]),
        ("q=%22line+control%22", &[]),
        // One typo in words of five letters or more: transposition, deletion, insertion,
        // substitution; none below five letters.
        ("q=negotiatoins+", &[DOHA]),
        ("q=ceasfire+", &[DOHA]),
        ("q=ceasefirre+", &[DOHA]),
        ("q=ceasefure+", &[DOHA]),
        ("q=Doah+", &[]),
        ("q=bordr+", &[BORDER, ISLAMABAD, WEATHER]),
        // Every word must match.
        ("q=border+sunny+", &[WEATHER]),
        ("q=border+doha+", &[]),
    ];
    for (url, want) in cases {
        let mut got = titles(&index, &corpus, url);
        got.sort();
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(got, want, "{url}");
    }
}

#[test]
fn stop_words_are_dropped_and_reported() {
    let corpus = corpus();
    let index = SearchIndex::build(&corpus);
    let r = run(&index, &corpus, "q=the+");
    assert_eq!(r.total, 5, "a query of stop words only searches nothing");
    assert_eq!(r.dropped_words, ["the"]);
    let r = run(&index, &corpus, "q=talks+in+doha+");
    assert_eq!(r.dropped_words, ["in"]);
}

#[test]
fn ranking_and_sorting() {
    let corpus = corpus();
    let index = SearchIndex::build(&corpus);
    // The title weighs more: the article titled "Border dispute" comes first.
    assert_eq!(titles(&index, &corpus, "q=border+")[0], BORDER);
    // No text: newest first, undated last; oldest first on request.
    assert_eq!(
        titles(&index, &corpus, ""),
        [TURKIYE, ISLAMABAD, DOHA, WEATHER, BORDER]
    );
    assert_eq!(
        titles(&index, &corpus, "sort=oldest"),
        [WEATHER, DOHA, ISLAMABAD, TURKIYE, BORDER]
    );
    // With text, a date sort still filters by the text.
    assert_eq!(
        titles(&index, &corpus, "q=border+&sort=newest"),
        [ISLAMABAD, WEATHER, BORDER]
    );
    let r = run(&index, &corpus, "q=border+");
    assert_eq!(r.sort, Sort::Relevance);
    assert!(r.hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn highlights_are_byte_ranges_of_the_matched_words() {
    let corpus = corpus();
    let index = SearchIndex::build(&corpus);
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "q=negotiation+",
            &["negotiations"],
            &["Negotiators", "negotiation"],
        ),
        ("q=turkey+", &["Türkiye"], &[]),
        ("q=%22line+of+control%22", &[], &["Line", "Control"]),
        ("q=neg", &["negotiations"], &["Negotiators", "negotiation"]),
    ];
    for (url, in_title, in_snippet) in cases {
        let r = run(&index, &corpus, url);
        let hit = &r.hits[0];
        let a = &corpus.articles[hit.article as usize];
        let marked: Vec<&str> = hit
            .title_highlights
            .iter()
            .map(|s| &a.title[s.range()])
            .collect();
        assert_eq!(marked, *in_title, "title of {url}");
        let sn = &hit.snippet;
        let marked: Vec<&str> = sn.highlights.iter().map(|s| &sn.text[s.range()]).collect();
        assert_eq!(marked, *in_snippet, "snippet of {url}");
        assert_eq!(
            &a.text[sn.start as usize..sn.end as usize],
            sn.text,
            "{url}"
        );
    }
}

#[test]
fn pages_split_the_results() {
    let corpus = corpus();
    let index = SearchIndex::build(&corpus);
    let q = |page: u32| Query {
        page,
        ..Query::default()
    };
    let first = index.search(&corpus, &q(1), 2);
    let third = index.search(&corpus, &q(3), 2);
    let beyond = index.search(&corpus, &q(9), 2);
    assert_eq!((first.pages, first.hits.len()), (3, 2));
    assert_eq!((third.page, third.hits.len()), (3, 1));
    assert_eq!(beyond.page, 3, "a page beyond the end serves the last");
    let all: Vec<u32> = [1, 2, 3]
        .iter()
        .flat_map(|&p| index.search(&corpus, &q(p), 2).hits)
        .map(|h| h.article)
        .collect();
    assert_eq!(all, index.matching_articles(&Query::default()));
}

#[test]
fn any_text_is_searched_without_panicking() {
    let corpus = corpus();
    let index = SearchIndex::build(&corpus);
    let long = "x".repeat(10_000);
    let texts = [
        "\"",
        "\"\"",
        "\" unclosed phrase",
        "“curly quotes”",
        "ünïcödé ŞIRNAK İstanbul",
        "日本語のテキスト",
        "a",
        "-",
        "e\u{301}",
        long.as_str(),
        "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee",
    ];
    for t in texts {
        let q = Query {
            text: t.to_string(),
            ..Query::default()
        };
        let r = index.search(&corpus, &q, 10);
        assert!(r.total as usize <= corpus.articles.len(), "{t}");
    }
}
