//! The search benchmark's browser side: the same synthetic corpus, index and queries as the
//! native benchmark (`crates/core/benches/search.rs`), behind a few wasm-bindgen functions that
//! `tests/bench/search-bench.mjs` times from JavaScript. It also hands the corpus to the page as
//! JSON, so MiniSearch indexes exactly the same articles.
//!
//! State lives in one thread-local: a page holds one corpus and one index at a time.

use explorer_core::bundle::{self, Bundle};
use explorer_core::search::{Query, SearchIndex};
use explorer_core::{synth, Corpus};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

const PAGE_SIZE: usize = 20;

#[derive(Default)]
struct State {
    corpus: Corpus,
    index: SearchIndex,
    index_bytes: Vec<u8>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Generates the synthetic corpus of `articles` articles (seed 42, as natively); gives its
/// text size in bytes (titles and bodies).
#[wasm_bindgen]
pub fn generate(articles: u32) -> f64 {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        *s = State::default();
        s.corpus = synth::corpus(articles as usize, 42);
        s.corpus
            .articles
            .iter()
            .map(|a| (a.title.len() + a.text.len()) as f64)
            .sum()
    })
}

/// Builds the index of the corpus (timed by the caller).
#[wasm_bindgen]
pub fn build_index() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.index = SearchIndex::build(&s.corpus);
    })
}

/// Encodes the index alone, as a bundle with no articles; gives its size in bytes.
#[wasm_bindgen]
pub fn encode_index() -> f64 {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let b = Bundle {
            corpus: Corpus::default(),
            index: std::mem::take(&mut s.index),
        };
        s.index_bytes = bundle::encode(&b);
        s.index = b.index;
        s.index_bytes.len() as f64
    })
}

/// Decodes the encoded index again (as a page does on load) and makes it the one queried.
#[wasm_bindgen]
pub fn load_index() -> bool {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        match bundle::decode(&s.index_bytes) {
            Ok(b) => {
                s.index = b.index;
                true
            }
            Err(_) => false,
        }
    })
}

/// The whole bundle (corpus and index), as the build writes it.
#[wasm_bindgen]
pub fn encode_bundle() -> Vec<u8> {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let b = Bundle {
            corpus: std::mem::take(&mut s.corpus),
            index: std::mem::take(&mut s.index),
        };
        let bytes = bundle::encode(&b);
        s.corpus = b.corpus;
        s.index = b.index;
        bytes
    })
}

/// Loads a bundle from bytes (as the explorer does after fetching it) and queries it from now on.
#[wasm_bindgen]
pub fn load_bundle(bytes: &[u8]) -> bool {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        // Free the old corpus first: a large one twice over may not fit.
        s.corpus = Corpus::default();
        s.index = SearchIndex::default();
        match bundle::decode(bytes) {
            Ok(b) => {
                s.corpus = b.corpus;
                s.index = b.index;
                true
            }
            Err(_) => false,
        }
    })
}

/// The benchmark's queries, as JSON: `{"facets_only": [...], "one_word": [...],
/// "three_words_two_facets": [...], "prefix_typing": [...]}`, each a list of URL query strings.
#[wasm_bindgen]
pub fn queries(per_kind: u32) -> String {
    STATE.with(|s| {
        let q = synth::queries(&s.borrow().corpus, per_kind as usize, 7);
        serde_json::json!({
            "facets_only": q.facets_only,
            "one_word": q.one_word,
            "three_words_two_facets": q.three_words_two_facets,
            "prefix_typing": q.prefix_typing,
        })
        .to_string()
    })
}

/// Runs one query (a URL query string) for a page of 20 with snippets; gives the total.
#[wasm_bindgen]
pub fn search(url: &str) -> u32 {
    STATE.with(|s| {
        let s = s.borrow();
        let q = Query::parse(url).query;
        s.index.search(&s.corpus, &q, PAGE_SIZE).total
    })
}

/// Articles `from..to` as a JSON array for MiniSearch: id, title, text, and the facet values
/// (pairs as keys, mediators, status names, countries, the date as day numbers).
#[wasm_bindgen]
pub fn docs_json(from: u32, to: u32) -> String {
    STATE.with(|s| {
        let s = s.borrow();
        let articles = &s.corpus.articles;
        let to = (to as usize).min(articles.len());
        let docs: Vec<serde_json::Value> = (from as usize..to)
            .map(|i| {
                let a = &articles[i];
                let pairs: Vec<String> = a
                    .pairs
                    .iter()
                    .map(|[x, y]| explorer_core::search::query::pair_key(x, y))
                    .collect();
                let mut mediators: Vec<&str> = a
                    .events
                    .iter()
                    .flat_map(|e| e.mediators.iter().map(String::as_str))
                    .collect();
                mediators.sort();
                mediators.dedup();
                let mut statuses: Vec<&str> = a.events.iter().map(|e| e.status.name()).collect();
                statuses.sort();
                statuses.dedup();
                let date = a
                    .date()
                    .map(|d| [d.earliest.day_number(), d.latest.day_number()]);
                serde_json::json!({
                    "id": i,
                    "title": a.title,
                    "text": a.text,
                    "pairs": pairs,
                    "mediators": mediators,
                    "statuses": statuses,
                    "countries": a.countries,
                    "date": date,
                })
            })
            .collect();
        serde_json::Value::Array(docs).to_string()
    })
}

/// The stop list of the core as a JSON array, for MiniSearch to drop the same words.
#[wasm_bindgen]
pub fn stop_words() -> String {
    serde_json::json!(explorer_core::search::text::STOP_WORDS.to_vec()).to_string()
}

/// The day number of the first (or last) day of a partial date, for MiniSearch's date filter.
#[wasm_bindgen]
pub fn bound_day(partial: &str, last: bool) -> Option<i32> {
    let p = explorer_core::search::PartialDate::parse(partial)?;
    let d = if last { p.last_day()? } else { p.first_day()? };
    Some(d.day_number())
}
