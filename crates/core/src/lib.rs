//! explorer-core: the pure heart of Mediation Explorer.
//!
//! It turns the bytes of news articles into [`Article`]s (parsing, boilerplate removal),
//! extracts countries, people, organisations, country pairs and mediation events with their
//! dates, and packs a whole corpus into a versioned binary [`bundle`] that the browser loads.
//!
//! The crate is deterministic and has no I/O: no clock, no file system, no randomness. The same
//! input gives byte-identical output, natively and on `wasm32-unknown-unknown`. Where a "today"
//! is needed (an open upper bound of a date), the caller passes it in.

pub mod annotate;
pub mod article;
pub mod bundle;
pub mod corpus;
pub mod date;
pub mod datephrase;
pub mod describe;
pub mod export;
pub mod extract;
pub mod model;
pub mod overview;
pub mod own;
pub mod reference;
pub mod search;
pub mod synth;

pub use date::{Date, DateInterval, Precision};
pub use model::{
    Article, Corpus, MediationEvent, Mention, MentionKind, Person, Removed, RemovedKind, Skipped,
    Span, Status,
};
