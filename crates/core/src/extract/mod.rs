//! Extraction: countries, people, organisations, country pairs, mediation events and their dates.

use crate::date::Date;
use crate::model::Article;

/// What extraction may not decide for itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExtractOptions {
    /// The open upper bound of dates that run "until now" (the build date); the core never reads
    /// a clock.
    pub today: Option<Date>,
}

/// Fills the extraction fields of a parsed article (countries, people, organizations, pairs,
/// events, mentions). Deterministic; never panics on any text.
pub fn extract(_article: &mut Article, _options: &ExtractOptions) {}
