//! The page of results: title and snippet with the matched words marked, source, date with its
//! certainty, and the article's mediation events as short phrases; then the pager.

use crate::components::marked::marked;
use crate::state::Shared;
use explorer_core::bundle::Bundle;
use explorer_core::describe;
use explorer_core::model::FileIndex;
use explorer_core::search::SearchResults;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub bundle: Shared<Bundle>,
    /// The bundle's articles by file name.
    pub by_file: Rc<FileIndex>,
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

/// Sources named in "Also reported by"; the rest are counted.
const SOURCES_NAMED: usize = 3;

/// "Also reported by Reuters, Dawn, AFP and 4 more": the other copies of a story, by source (or
/// file name when it has none), each source once, the first few named and the other copies
/// counted (a story can have thousands of copies, so they are not all looked up).
pub fn also_reported_by(bundle: &Bundle, by_file: &FileIndex, files: &[String]) -> String {
    let articles = &bundle.corpus.articles;
    let mut named: Vec<&str> = Vec::new();
    let mut seen = 0;
    for f in files {
        if named.len() == SOURCES_NAMED {
            break;
        }
        seen += 1;
        let name = by_file
            .find(&bundle.corpus, f)
            .and_then(|i| articles[i].source.as_deref())
            .unwrap_or(f);
        if !named.contains(&name) {
            named.push(name);
        }
    }
    match files.len() - seen {
        0 => format!("Also reported by {}", describe::join_names(named)),
        more => format!("Also reported by {} and {more} more", named.join(", ")),
    }
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
                    <p class="also">{ also_reported_by(&props.bundle, &props.by_file, &a.also_reported_by) }</p>
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

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_core::model::{Article, Corpus};

    fn bundle(copies: &[(&str, Option<&str>)]) -> Bundle {
        let articles = copies
            .iter()
            .map(|(file, source)| Article {
                file: file.to_string(),
                source: source.map(str::to_string),
                ..Article::default()
            })
            .collect();
        Bundle {
            corpus: Corpus {
                articles,
                skipped: Vec::new(),
            },
            ..Bundle::default()
        }
    }

    #[test]
    fn other_copies_are_named_by_source_once_and_the_rest_counted() {
        let b = bundle(&[
            ("w1.txt", Some("Reuters")),
            ("w2.txt", Some("Reuters")),
            ("d.txt", Some("Dawn")),
            ("x.txt", None),
            ("a.txt", Some("AFP")),
            ("b.txt", Some("BBC")),
        ]);
        let by_file = FileIndex::new(&b.corpus);
        let files = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let say = |names: &[&str]| also_reported_by(&b, &by_file, &files(names));
        assert_eq!(say(&["w1.txt", "w2.txt"]), "Also reported by Reuters");
        assert_eq!(
            say(&["w1.txt", "d.txt", "x.txt"]),
            "Also reported by Reuters, Dawn and x.txt"
        );
        assert_eq!(
            say(&["w1.txt", "w2.txt", "d.txt", "x.txt", "a.txt", "b.txt", "gone.txt"]),
            "Also reported by Reuters, Dawn, x.txt and 3 more"
        );
        assert_eq!(
            say(&["d.txt", "x.txt", "a.txt", "b.txt"]),
            "Also reported by Dawn, x.txt, AFP and 1 more"
        );
    }
}
