//! What a search returns: the page of hits with snippets, the facet counts and the histogram.
//! Plain data (no HTML): the UI decides how to mark highlights.

use super::query::Sort;
use crate::model::Span;
use serde::{Deserialize, Serialize};

/// The answer to one [`Query`](super::Query).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    /// Articles matching the text and every selected facet.
    pub total: u32,
    /// The page served, 1-based: the requested one, or the last when it asked beyond.
    pub page: u32,
    /// Number of pages at the requested page size (at least 1).
    pub pages: u32,
    /// The order used (the explicit `sort`, or the default for the query).
    pub sort: Sort,
    /// The hits of the page, in order.
    pub hits: Vec<Hit>,
    pub facets: FacetCounts,
    pub histogram: Histogram,
    /// Query words that were not searched: stop words, and words beyond the limit.
    pub dropped_words: Vec<String>,
}

/// One matching article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// The article's number in `Corpus::articles`.
    pub article: u32,
    /// BM25 score; 0 without text. Only comparable within one result list.
    pub score: f32,
    /// Matched words in the article's `title`, as byte ranges of the title.
    pub title_highlights: Vec<Span>,
    pub snippet: Snippet,
}

/// A passage of the article's body around the matched words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Snippet {
    /// The passage, copied from the article's `text`.
    pub text: String,
    /// Where it is in the article's `text` (byte offsets): `start > 0` or `end < text.len()`
    /// means the passage was cut there.
    pub start: u32,
    pub end: u32,
    /// Matched words, as byte ranges of `text` (the snippet's, not the article's).
    pub highlights: Vec<Span>,
}

/// The values of every facet, with their counts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FacetCounts {
    pub pair: Vec<FacetValue>,
    pub mediator: Vec<FacetValue>,
    pub status: Vec<FacetValue>,
    pub country: Vec<FacetValue>,
    /// The reader's own articles (`own=1`) among those every other filter leaves: the count
    /// the "only my articles" toggle shows, whether it is on or off. 0 when there are none.
    pub own: u32,
}

/// One value of a facet. Values with a count, and selected values even at zero, are listed:
/// most articles first, then by key (statuses in their natural order).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    /// The normalised key, as in the URL: `"AFG-PAK"`, `"QAT"`, `"held"`.
    pub key: String,
    /// The name to show: `"Afghanistan – Pakistan"`.
    pub label: String,
    /// Articles that would match if this value were selected (alone, in this facet) together with
    /// the selections of every other facet.
    pub count: u32,
    pub selected: bool,
}

/// Articles per month, under every selection but the date range's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Histogram {
    /// Every month from the corpus's first to its last dated month, zeros included.
    pub months: Vec<MonthCount>,
    /// Articles with a date known only to a period longer than a month (not in `months`).
    pub spanning: u32,
    /// Articles with no date.
    pub undated: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthCount {
    /// `year * 12 + month - 1`, as [`Date::month_key`](crate::Date::month_key).
    pub month_key: i32,
    pub count: u32,
}

impl MonthCount {
    pub fn year(self) -> i32 {
        self.month_key.div_euclid(12)
    }

    /// 1..=12.
    pub fn month(self) -> u8 {
        (self.month_key.rem_euclid(12) + 1) as u8
    }
}
