//! The page of results: title and snippet with the matched words marked, source, date with its
//! certainty, and the article's mediation events as short phrases; then the pager.

use crate::components::marked::marked;
use crate::state::Shared;
use explorer_core::bundle::Bundle;
use explorer_core::describe;
use explorer_core::search::SearchResults;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub bundle: Shared<Bundle>,
    pub results: Rc<SearchResults>,
    pub on_open: Callback<String>,
    pub on_page: Callback<u32>,
}

/// Events shown per result before "and N more".
const EVENTS_SHOWN: usize = 3;

/// The link to an article from the current view (relative, so it works under any path).
pub fn article_href(file: &str) -> String {
    format!(
        "?article={}",
        explorer_core::search::query::percent_encode(file)
    )
}

/// "Also reported by Reuters, Dawn": the other copies of a story, by source or file name.
pub fn also_reported_by(bundle: &Bundle, files: &[String]) -> String {
    let names: Vec<&str> = files
        .iter()
        .map(|f| {
            bundle
                .corpus
                .articles
                .iter()
                .find(|a| &a.file == f)
                .and_then(|a| a.source.as_deref())
                .unwrap_or(f)
        })
        .collect();
    format!("Also reported by {}", describe::join_names(names))
}

#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let articles = &props.bundle.corpus.articles;
    let r = &props.results;
    let items = r.hits.iter().filter_map(|hit| {
        let a = articles.get(hit.article as usize)?;
        let file = a.file.clone();
        let on_open = props.on_open.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                return; // let the browser open a new tab or window
            }
            e.prevent_default();
            on_open.emit(file.clone());
        });
        let events: Vec<String> = {
            let mut seen = Vec::new();
            for e in &a.events {
                let p = describe::event(e);
                if !seen.contains(&p) {
                    seen.push(p);
                }
            }
            seen
        };
        let more = events.len().saturating_sub(EVENTS_SHOWN);
        let snippet = &hit.snippet;
        Some(html! {
            <li key={a.file.clone()} class="article" data-file={a.file.clone()}>
                <h3 class="title">
                    <a class="result-link" href={article_href(&a.file)} {onclick}>{ marked(&a.title, &hit.title_highlights) }</a>
                </h3>
                <p class="meta">
                    if explorer_core::own::is_own(&a.file) { <span class="badge own">{ "yours" }</span> }
                    if let Some(source) = &a.source { <span class="source">{ source }</span> }
                    if let Some(d) = a.date() {
                        <span class="date" title={format!("{} to {}; {}", d.earliest, d.latest, d.basis)}>{ describe::date(d) }</span>
                    } else {
                        <span class="date undated">{ "undated" }</span>
                    }
                </p>
                if !a.also_reported_by.is_empty() {
                    <p class="also">{ also_reported_by(&props.bundle, &a.also_reported_by) }</p>
                }
                if !events.is_empty() {
                    <ul class="events" aria-label="Mediation events">
                        { for events.iter().take(EVENTS_SHOWN).map(|p| html! { <li>{ p }</li> }) }
                        if more > 0 { <li class="more">{ format!("and {more} more") }</li> }
                    </ul>
                }
                <p class="snippet">
                    if snippet.start > 0 { { "… " } }
                    { marked(&snippet.text, &snippet.highlights) }
                    if (snippet.end as usize) < a.text.len() { { " …" } }
                </p>
            </li>
        })
    });
    let pager = (r.pages > 1).then(|| {
        let prev = props.on_page.reform({
            let p = r.page;
            move |_: MouseEvent| p.saturating_sub(1).max(1)
        });
        let next = props.on_page.reform({
            let p = r.page;
            move |_: MouseEvent| p + 1
        });
        html! {
            <nav class="pager" aria-label="Pages of results">
                <button type="button" onclick={prev} disabled={r.page <= 1}>{ "← Previous" }</button>
                <span>{ format!("Page {} of {}", r.page, r.pages) }</span>
                <button type="button" onclick={next} disabled={r.page >= r.pages}>{ "Next →" }</button>
            </nav>
        }
    });
    html! {
        <>
            <ol class="article-list" aria-label="Results" start={((r.page - 1) * crate::components::app::PAGE_SIZE as u32 + 1).to_string()}>
                { for items }
            </ol>
            { for pager }
        </>
    }
}
