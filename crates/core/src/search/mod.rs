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
//! ignored parts (`p.ignored`, `unknown`) as a notice, and writing `q.to_query_string()` back
//! to the address so links are canonical.
//!
//! The API, all on [`SearchIndex`] and [`Query`]:
//! - `SearchIndex::build(&Corpus)`: at bundle time; stored in the bundle and decoded with it.
//! - `search(&corpus, &query, page_size) -> SearchResults`: the page's hits (article number,
//!   score, title highlights, snippet with highlights as byte ranges), the total and page count,
//!   the four facets' values with key, label, count and selection, the month histogram, the
//!   query words dropped.
//! - `matching_articles(&query) -> Vec<u32>`: every match in order, without snippets (exports).
//! - `validate(&mut query) -> Vec<Ignored>`: removes facet codes the corpus does not have.
//! - `facet_keys()`: every pair, mediator and country of the corpus, with labels.
//! - `Query::parse(&str) -> ParsedQuery` (total) and `Query::to_query_string()` (canonical).
//!
//! Costs, on the synthetic corpus (`synth`, see `benches/search.rs`): under 1 KB of index per
//! article; a query over 100,000 articles takes a few milliseconds natively, facets included.
//! Where it stops: words are split on non-alphanumeric characters (no dictionary segmentation
//! of Chinese or Thai), stemming is English only, and phrases match stems in order (so
//! "negotiations resumed" also matches "negotiation resumes").

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
