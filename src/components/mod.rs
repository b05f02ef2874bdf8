//! The app's components, one per file.

pub mod app;
pub mod article_list;
pub mod reader;
