//! The reader: one article in full with countries, people and organisations marked, each
//! event's evidence sentence highlighted, the table of events, links to more on the same pair or
//! mediator, and the removed boilerplate in a collapsed section.

use crate::state::Shared;
use explorer_core::annotate::runs;
use explorer_core::bundle::Bundle;
use explorer_core::model::FileIndex;
use explorer_core::search::query::pair_key;
use explorer_core::search::Query;
use explorer_core::{describe, MentionKind};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub bundle: Shared<Bundle>,
    /// The bundle's articles by file name.
    pub by_file: Rc<FileIndex>,
    pub index: usize,
    pub on_close: Callback<()>,
    /// Opens another view (more on a pair or by a mediator).
    pub on_go: Callback<Query>,
}

fn mention_class(kind: MentionKind) -> &'static str {
    match kind {
        MentionKind::Country => "country",
        MentionKind::Person => "person",
        MentionKind::Organization => "organization",
        MentionKind::Group => "group",
    }
}

/// A link inside the app to a query's view.
fn view_link(label: String, query: Query, on_go: &Callback<Query>) -> Html {
    let href = format!("?{}", query.to_query_string());
    let on_go = on_go.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        on_go.emit(query.clone());
    });
    html! { <a href={href} {onclick}>{ label }</a> }
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
    let text = &article.text;
    let body = runs(article).into_iter().map(|paragraph| {
        let pieces = paragraph.into_iter().map(|run| {
            let t = &text[run.span.range()];
            let inner = match &run.mention {
                Some((kind, id)) => html! {
                    <mark class={classes!("entity", mention_class(*kind))} title={describe::name(id).to_string()} data-entity={id.clone()}>{ t }</mark>
                },
                None => html! { { t } },
            };
            match run.evidence {
                Some(i) => html! { <span class="evidence" data-event={i.to_string()}>{ inner }</span> },
                None => inner,
            }
        });
        html! { <p>{ for pieces }</p> }
    });

    // Links to more: each pair and mediator of the article's events, once.
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut mediators: Vec<String> = Vec::new();
    for e in &article.events {
        for (i, a) in e.parties.iter().enumerate() {
            for b in &e.parties[i + 1..] {
                let key = pair_key(
                    &explorer_core::search::facets::facet_code(a),
                    &explorer_core::search::facets::facet_code(b),
                );
                if !pairs.iter().any(|(k, _)| k == &key) {
                    let mut ids = vec![a.clone(), b.clone()];
                    ids.sort();
                    pairs.push((key, describe::parties_label(&ids)));
                }
            }
        }
        for m in &e.mediators {
            if !mediators.contains(m) {
                mediators.push(m.clone());
            }
        }
    }
    let more_pair = pairs.into_iter().map(|(key, label)| {
        let q = Query {
            pairs: vec![key],
            page: 1,
            ..Query::default()
        };
        html! { <li>{ view_link(format!("More on {label}"), q, &props.on_go) }</li> }
    });
    let more_mediator = mediators.into_iter().map(|m| {
        let q = Query { mediators: vec![explorer_core::search::facets::facet_code(&m)], page: 1, ..Query::default() };
        html! { <li>{ view_link(format!("More mediated by {}", describe::name(&m)), q, &props.on_go) }</li> }
    });

    let names = |ids: &[String]| describe::join_names(ids.iter().map(|i| describe::name(i)));
    html! {
        <article class="reader" data-file={article.file.clone()} aria-labelledby="reader-title">
            <p><a href="./" class="back" onclick={close}>{ "← Back to results" }<span class="key-hint">{ " (Esc)" }</span></a></p>
            <h2 id="reader-title" tabindex="-1">
                { &article.title }
                if article.title_derived {
                    <span class="derived" title="No headline was printed; this title is taken from the lead">{ " (title from the lead)" }</span>
                }
            </h2>
            <p class="meta">
                if explorer_core::own::is_own(&article.file) { <span class="badge own">{ "yours" }</span> }
                if let Some(source) = &article.source { <span class="source">{ source }</span> }
                if let Some(d) = article.date() {
                    <span class="date" title={d.basis.clone()}>{ describe::date(d) }</span>
                }
                if let Some(dateline) = &article.dateline { <span class="dateline">{ dateline }</span> }
                if let Some(byline) = &article.byline { <span class="byline">{ byline }</span> }
                <span class="file">{ &article.file }</span>
            </p>
            if !article.also_reported_by.is_empty() {
                <p class="also">{ crate::components::article_list::also_reported_by(&props.bundle, &props.by_file, &article.also_reported_by) }</p>
            }
            if let Some(lead) = &article.duplicate_of {
                <p class="also">{ "The same story as " }{ view_link(lead.clone(), Query { article: Some(lead.clone()), page: 1, ..Query::default() }, &props.on_go) }</p>
            }
            if !article.countries.is_empty() {
                <p class="entities"><span class="legend country">{ "Countries: " }</span>{ names(&article.countries) }</p>
            }
            if !article.events.is_empty() {
                // Focusable so that keyboard users can scroll the table when it is wider than a phone.
                <div class="table-scroll" role="region" aria-label="Mediation events, scrollable" tabindex="0">
                <table class="events-table">
                    <caption>{ "Mediation events" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Mediators" }</th><th scope="col">{ "Parties" }</th>
                        <th scope="col">{ "Status" }</th><th scope="col">{ "Date" }</th><th scope="col">{ "How the date was found" }</th>
                    </tr></thead>
                    <tbody>
                        { for article.events.iter().enumerate().map(|(i, e)| html! {
                            <tr data-event={i.to_string()}>
                                <td>{ names(&e.mediators) }</td>
                                <td>{ describe::parties_label(&e.parties) }</td>
                                <td>{ format!("{} (CAMEO {})", e.status.name(), e.cameo) }</td>
                                <td>{ e.date.as_ref().map(describe::date).unwrap_or_else(|| "unknown".into()) }</td>
                                <td>{ e.date.as_ref().map(|d| d.basis.clone()).unwrap_or_default() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
                <ul class="more-links">{ for more_pair }{ for more_mediator }</ul>
            }
            <div class="body">{ for body }</div>
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
