//! The worker's pipeline, reduced to one call: parse a file, extract (only with the `extract`
//! feature), then encode, either the article alone or (with the `bundle` feature) as the worker
//! does, in a bundle with its search index and facets. `scripts/size-extraction` builds it four
//! ways; the differences made by `extract` are what extraction and the reference data cost:
//!
//! - without `bundle`, nothing but extraction reaches the reference data, so the difference is
//!   all of extraction and all of the reference data;
//! - with `bundle`, the search index already holds the reference data (it finds "Türkiye" under
//!   Turkey), so the difference is what extraction adds to the worker as it is.

use wasm_bindgen::prelude::*;

/// Parses one file and gives the encoded result.
#[wasm_bindgen]
pub fn run(name: &str, bytes: &[u8], today: &str) -> Vec<u8> {
    let Ok(article) = explorer_core::article::parse(name, bytes) else {
        return Vec::new();
    };
    #[cfg(feature = "extract")]
    let article = {
        let mut article = article;
        let options = explorer_core::extract::ExtractOptions {
            today: explorer_core::date::Date::parse_iso(today),
        };
        explorer_core::extract::extract(&mut article, &options);
        article
    };
    #[cfg(not(feature = "extract"))]
    let _ = today;
    encode(article)
}

#[cfg(feature = "bundle")]
fn encode(article: explorer_core::model::Article) -> Vec<u8> {
    use explorer_core::bundle::{self, Bundle};
    let corpus = explorer_core::model::Corpus {
        articles: vec![article],
        ..Default::default()
    };
    bundle::encode(&Bundle::new(corpus))
}

#[cfg(not(feature = "bundle"))]
fn encode(article: explorer_core::model::Article) -> Vec<u8> {
    postcard::to_allocvec(&article).unwrap_or_default()
}
