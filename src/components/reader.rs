//! The reader: one article in full, with what was removed from it kept in a collapsed section.

use explorer_core::bundle::Bundle;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub bundle: Rc<Bundle>,
    pub index: usize,
    pub on_close: Callback<()>,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let Some(article) = props.bundle.corpus.articles.get(props.index) else {
        return html! {};
    };
    let on_close = props.on_close.clone();
    let close = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        on_close.emit(());
    });
    html! {
        <article class="reader" data-file={article.file.clone()} aria-labelledby="reader-title">
            <p><a href="./" class="back" onclick={close}>{ "← All articles" }</a></p>
            <h2 id="reader-title">
                { &article.title }
                if article.title_derived {
                    <span class="derived" title="No headline was printed; this title is taken from the lead">{ " (title from the lead)" }</span>
                }
            </h2>
            <p class="meta">
                if let Some(source) = &article.source { <span class="source">{ source }</span> }
                if let Some(dateline) = &article.dateline { <span class="dateline">{ dateline }</span> }
                if let Some(byline) = &article.byline { <span class="byline">{ byline }</span> }
                <span class="file">{ &article.file }</span>
            </p>
            <div class="body">
                { for article.paragraphs.iter().map(|p| html! { <p>{ article.paragraph(*p) }</p> }) }
            </div>
            if !article.removed.is_empty() {
                <details class="removed">
                    <summary>{ format!("Removed boilerplate ({})", article.removed.len()) }</summary>
                    { for article.removed.iter().map(|r| html! {
                        <section class="removed-item">
                            <h3>{ r.kind.label() }</h3>
                            <pre>{ &r.text }</pre>
                        </section>
                    }) }
                </details>
            }
        </article>
    }
}
