//! The app's components, one per file.

pub mod active_filters;
pub mod app;
pub mod article_list;
pub mod date_filter;
pub mod facet_panel;
pub mod marked;
pub mod notice;
pub mod overview;
pub mod own_articles;
pub mod reader;
pub mod search_box;
