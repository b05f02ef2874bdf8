//! Search and facets over a corpus: the full-text index, facet counts and the URL query.
//!
//! ```
//! use explorer_core::search::{Query, SearchIndex};
//! use explorer_core::{Article, Corpus};
//!
//! let corpus = Corpus {
//!     articles: vec![Article {
//!         title: "Qatar hosts talks".into(),
//!         text: "Negotiators met in Doha on Tuesday.".into(),
//!         ..Article::default()
//!     }],
//!     skipped: vec![],
//! };
//! let index = SearchIndex::build(&corpus);
//! let parsed = Query::parse("q=negotiations+doha&sort=newest&page=1");
//! assert!(parsed.ignored.is_empty());
//! let results = index.search(&corpus, &parsed.query, 20);
//! assert_eq!(results.total, 1);
//! let snippet = &results.hits[0].snippet;
//! let marked: Vec<&str> = snippet.highlights.iter().map(|s| &snippet.text[s.range()]).collect();
//! assert_eq!(marked, ["Negotiators", "Doha"]);
//! ```
//!
//! The pieces, in the order data flows through them:
//! - [`text`]: word splitting, case and diacritic folding, the stop list;
//! - [`stem`]: the Porter stemmer;
//! - [`postings`]: the compact posting lists;
//! - [`index`]: building, storing and loading the [`SearchIndex`];
//! - [`facets`]: the per-event facet rows and their disjunctive counts;
//! - [`variants`]: name variants ("Araghchi" finds "Araqchi");
//! - [`prefixes`]: precomputed short word beginnings, for search as you type;
//! - [`query`]: the [`Query`] and its URL form;
//! - [`engine`]: evaluating a query into [`SearchResults`].
//!
//! Typical use in the browser: decode the bundle (which holds the corpus and its index), then
//! on every URL change `let p = Query::parse(search); let mut q = p.query;
//! let unknown = index.validate(&mut q); let r = index.search(&corpus, &q, 20);`, showing the
//! ignored parts (`p.ignored`, `unknown`) as a notice.

mod bitset;
mod bytes;
pub mod engine;
pub mod facets;
pub mod index;
pub mod postings;
pub mod prefixes;
pub mod query;
pub mod results;
pub mod stem;
pub mod text;
pub mod variants;

pub use facets::FacetKey;
pub use index::SearchIndex;
pub use query::{DateMode, IgnoreReason, Ignored, ParsedQuery, PartialDate, Query, Sort};
pub use results::{FacetCounts, FacetValue, Histogram, Hit, MonthCount, SearchResults, Snippet};
