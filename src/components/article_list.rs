//! The list of articles: title, source and the first lines of the cleaned body.

use explorer_core::bundle::Bundle;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub bundle: Rc<Bundle>,
    pub on_open: Callback<String>,
}

/// How much of the body a list entry shows.
const LEAD_CHARS: usize = 240;

/// The first `max` characters of `text`, cut at a word boundary, with an ellipsis when cut.
pub fn lead(text: &str, max: usize) -> String {
    let first = text.split("\n\n").next().unwrap_or("");
    if first.chars().count() <= max {
        return first.to_string();
    }
    let cut: String = first.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let corpus = &props.bundle.corpus;
    let count = corpus.articles.len();
    html! {
        <section class="results" aria-label="Articles">
            <p class="count" role="status">
                { format!("{count} article{}", if count == 1 { "" } else { "s" }) }
            </p>
            <ol class="article-list">
                { for corpus.articles.iter().map(|a| {
                    let file = a.file.clone();
                    let on_open = props.on_open.clone();
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        on_open.emit(file.clone());
                    });
                    let href = format!("?article={}", js_sys::encode_uri_component(&a.file));
                    html! {
                        <li key={a.file.clone()} class="article" data-file={a.file.clone()}>
                            <h2 class="title">
                                <a href={href} {onclick}>{ &a.title }</a>
                            </h2>
                            if let Some(source) = &a.source {
                                <p class="source">{ source }</p>
                            }
                            <p class="lead">{ lead(&a.text, LEAD_CHARS) }</p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
