//! The root component: loads the bundle, keeps the view and the address in step, runs the query
//! on the core, and lays out search, filters, results, overview and reader.

use crate::components::active_filters::{filter_label, ActiveFilters};
use crate::components::article_list::ArticleList;
use crate::components::date_filter::DateFilter;
use crate::components::facet_panel::FacetPanel;
use crate::components::notice::Notice;
use crate::components::overview::Overview;
use crate::components::own_articles::OwnArticles;
use crate::components::reader::Reader;
use crate::components::search_box::{SearchBox, SEARCH_ID};
use crate::platform;
use crate::state::{Action, AppState, Facet, Filter, HistoryMode, Load, Shared};
use explorer_core::bundle::Bundle;
use explorer_core::model::FileIndex;
use explorer_core::search::{FacetValue, Query, SearchResults, Sort};
use std::rc::Rc;
use yew::prelude::*;

/// The files a filtered view can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    ArticlesCsv,
    EventsCsv,
    EventsJsonl,
}

impl Export {
    fn key(self) -> &'static str {
        match self {
            Export::ArticlesCsv => "articles-csv",
            Export::EventsCsv => "events-csv",
            Export::EventsJsonl => "events-jsonl",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Export::ArticlesCsv => "Articles (CSV)",
            Export::EventsCsv => "Events (CSV)",
            Export::EventsJsonl => "Events (JSON Lines, PLOVER-like)",
        }
    }
}

/// Results per page: only this many rows are in the DOM at a time.
pub const PAGE_SIZE: usize = 20;

/// Keys of the result links, for arrow-key movement.
const RESULT_LINKS: &str = ".article-list .result-link";

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let mut s = AppState::default();
        let parsed = Query::parse(&platform::current_query());
        s.query = parsed.query;
        s.ignored = parsed.ignored;
        s
    });

    // The reader's own articles are merged in before the corpus is first shown, so links that
    // name them or their facet values hold from the start.
    // The worker starts with the page, so it loads while the bundle is fetched.
    let worker = use_state(|| Shared::new(platform::OwnWorker::start()));
    let own_error = use_state(|| None::<String>);
    let own_storage = use_state(|| None::<String>);
    {
        let state = state.clone();
        let own_error = own_error.clone();
        let own_storage = own_storage.clone();
        let worker = (*worker).clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match platform::load_bundle().await {
                    Ok((bundled, bytes)) => Ok(match &*worker {
                        Ok(w) => match w.init(&bytes).await {
                            Ok(reply) => {
                                own_storage.set(reply.storage);
                                reply.bundle.unwrap_or(bundled)
                            }
                            Err(e) => {
                                own_error.set(Some(format!(
                                    "Your kept articles could not be read: {e}."
                                )));
                                bundled
                            }
                        },
                        Err(_) => bundled,
                    }),
                    Err(e) => Err(e),
                };
                state.dispatch(Action::Loaded(Box::new(loaded)));
            });
        });
    }
    let on_bundle = {
        let state = state.clone();
        Callback::from(move |b: Bundle| state.dispatch(Action::Loaded(Box::new(Ok(b)))))
    };
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = platform::on_history_change(move || {
                state.dispatch(Action::FromAddress(platform::current_query()));
            });
            move || drop(listener)
        });
    }
    // Every view is a link: write the view into the address, as a new step or in place.
    {
        let query_string = state.query.to_query_string();
        let mode = state.history;
        use_effect_with(query_string, move |q| match mode {
            HistoryMode::Push => platform::push_query(q),
            HistoryMode::Replace => platform::replace_query(q),
            HistoryMode::Keep => {}
        });
    }
    // Keyboard: `/` searches, Escape closes the reader, arrows walk the results.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = platform::on_key(move |e| match e.key().as_str() {
                "/" if !platform::typing_in_field() => {
                    e.prevent_default();
                    platform::focus(SEARCH_ID);
                }
                "Escape" => state.dispatch(Action::Close),
                "ArrowDown" | "ArrowUp" => {
                    let in_results = gloo::utils::document().active_element().is_some_and(|el| {
                        el.closest(".article-list").ok().flatten().is_some() || el.id() == SEARCH_ID
                    });
                    if in_results {
                        e.prevent_default();
                        platform::move_focus(
                            RESULT_LINKS,
                            if e.key() == "ArrowDown" { 1 } else { -1 },
                        );
                    }
                }
                _ => {}
            });
            move || drop(listener)
        });
    }

    let bundle = match &state.corpus {
        Load::Ready(b) => Some(b.clone()),
        _ => None,
    };
    // The results do not depend on the open article, so opening one does not search again.
    let results_query = Query {
        article: None,
        ..state.query.clone()
    };
    let results: Rc<Option<SearchResults>> = {
        let bundle = bundle.clone();
        use_memo(
            (bundle.as_ref().map(Shared::as_ptr), results_query),
            move |(_, q)| {
                bundle
                    .as_ref()
                    .map(|b| b.index.search(&b.corpus, q, PAGE_SIZE))
            },
        )
    };
    let matrix = {
        let bundle = bundle.clone();
        use_memo(bundle.as_ref().map(Shared::as_ptr), move |_| {
            Rc::new(
                bundle
                    .as_ref()
                    .map(|b| {
                        explorer_core::overview::matrix(
                            &b.corpus,
                            |i| b.corpus.articles[i].duplicate_of.is_none(),
                            24,
                        )
                    })
                    .unwrap_or_default(),
            )
        })
    };
    let by_file = {
        let bundle = bundle.clone();
        use_memo(bundle.as_ref().map(Shared::as_ptr), move |_| {
            bundle
                .as_ref()
                .map(|b| FileIndex::new(&b.corpus))
                .unwrap_or_default()
        })
    };
    let open = state.open_article();
    {
        let open = open.is_some();
        use_effect_with(open, |open| {
            if *open {
                platform::scroll_to_top();
                platform::focus("reader-title");
            }
        });
    }

    let dispatch = |f: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(f(v)))
    };
    let on_text = dispatch(Action::SetText);
    let on_open = dispatch(Action::Open);
    let on_toggle = {
        let state = state.clone();
        Callback::from(move |(facet, key): (Facet, String)| {
            state.dispatch(Action::Toggle(facet, key))
        })
    };
    let on_remove = {
        let state = state.clone();
        Callback::from(move |f: Filter| state.dispatch(Action::Remove(f)))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ClearAll))
    };
    let on_go = {
        let state = state.clone();
        Callback::from(move |q: Query| state.dispatch(Action::Go(q)))
    };
    let on_close = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Close))
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotice))
    };
    let on_page = {
        let state = state.clone();
        Callback::from(move |p: u32| {
            state.dispatch(Action::SetPage(p));
            platform::scroll_to_top();
        })
    };
    let on_range = {
        let state = state.clone();
        Callback::from(move |(from, to)| state.dispatch(Action::SetRange(from, to)))
    };
    let on_mode = {
        let state = state.clone();
        Callback::from(move |m| state.dispatch(Action::SetDateMode(m)))
    };
    let on_undated = {
        let state = state.clone();
        Callback::from(move |on| state.dispatch(Action::SetUndated(on)))
    };
    let on_sort = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlSelectElement = e.target_unchecked_into();
            state.dispatch(Action::SetSort(Sort::parse(&input.value())));
        })
    };
    let on_cell = {
        let state = state.clone();
        Callback::from(move |(pair, mediator): (String, String)| {
            let q = Query {
                pairs: vec![pair],
                mediators: vec![mediator],
                page: 1,
                sort: state.query.sort,
                ..Query::default()
            };
            state.dispatch(Action::Go(q));
        })
    };
    let on_export = {
        let state = state.clone();
        Callback::from(move |kind: Export| {
            let Load::Ready(b) = &state.corpus else {
                return;
            };
            let q = Query {
                page: 1,
                article: None,
                ..state.query.clone()
            };
            let all = b
                .index
                .search(&b.corpus, &q, b.corpus.articles.len().max(1));
            let ids: Vec<u32> = all.hits.iter().map(|h| h.article).collect();
            let (name, mime, content) = match kind {
                Export::ArticlesCsv => (
                    "articles.csv",
                    "text/csv",
                    explorer_core::export::articles_csv(&b.corpus, &ids),
                ),
                Export::EventsCsv => (
                    "events.csv",
                    "text/csv",
                    explorer_core::export::events_csv(&b.corpus, &ids, &q),
                ),
                Export::EventsJsonl => (
                    "events.jsonl",
                    "application/x-ndjson",
                    explorer_core::export::events_jsonl(&b.corpus, &ids, &q),
                ),
            };
            if let Err(e) =
                platform::download(&format!("mediation-explorer-{name}"), mime, &content)
            {
                gloo::console::error!(format!("export failed: {e}"));
            }
        })
    };
    let offline = use_state(|| platform::Offline::Unavailable);
    {
        let offline = offline.clone();
        use_effect_with((), move |_| {
            platform::watch_offline(move |s| offline.set(s))
        });
    }
    let offline_status = match &*offline {
        platform::Offline::Unavailable => html! {},
        platform::Offline::Installing => html! {
            <span class="offline" role="status" data-offline="installing">{ "Saving for offline use…" }</span>
        },
        platform::Offline::Ready => html! {
            <span class="offline ready" role="status" data-offline="ready" title="Every file is saved in this browser">{ "Works offline" }</span>
        },
        platform::Offline::UpdateWaiting => html! {
            <button type="button" class="offline update" data-offline="update" onclick={Callback::from(|_: MouseEvent| platform::apply_update())}>
                { "New version: reload" }
            </button>
        },
        platform::Offline::Failed(e) => html! {
            <span class="offline failed" role="status" data-offline="failed" title={e.clone()}>{ "Offline use unavailable" }</span>
        },
    };
    let share = use_state(|| None::<&'static str>);
    let on_share = {
        let share = share.clone();
        Callback::from(move |_: MouseEvent| {
            let share = share.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = platform::copy_text(&platform::current_url()).await;
                share.set(Some(if ok {
                    "Link copied"
                } else {
                    "Copy the address bar to share"
                }));
            });
        })
    };

    let own_bundle = match &state.corpus {
        Load::Ready(b) => Some(b.clone()),
        _ => None,
    };
    let q = &state.query;
    let main = match (&state.corpus, bundle, (*results).as_ref()) {
        (Load::Failed(e), _, _) => html! { <p class="status error" role="alert">{ e.clone() }</p> },
        (_, Some(bundle), Some(results)) => {
            if let Some(i) = open {
                html! { <Reader bundle={bundle.clone()} by_file={by_file.clone()} index={i} on_close={on_close.clone()} on_go={on_go.clone()} /> }
            } else {
                let results = Rc::new(results.clone());
                let missing = q.article.clone();
                let count = results.total;
                let sort_value = q.sort.unwrap_or(results.sort).name();
                html! {
                    <>
                        if let Some(missing) = missing {
                            <p class="notice" role="status">{ format!("The article “{missing}” is not in this copy of the corpus.") }</p>
                        }
                        <ActiveFilters filters={Filter::all(q)} on_remove={on_remove.clone()} on_clear={on_clear.clone()} />
                        <div class="result-bar">
                            <p class="count" role="status" aria-live="polite">
                                { format!("{count} article{}", if count == 1 { "" } else { "s" }) }
                            </p>
                            <label for="sort">{ "Sort by " }</label>
                            <select id="sort" onchange={on_sort}>
                                { for [Sort::Relevance, Sort::Newest, Sort::Oldest].into_iter().map(|s| html! {
                                    <option value={s.name()} selected={s.name() == sort_value}>{ s.name() }</option>
                                }) }
                            </select>
                            <details class="export">
                                <summary>{ "Export" }</summary>
                                <div class="export-menu">
                                    { for [Export::ArticlesCsv, Export::EventsCsv, Export::EventsJsonl].into_iter().map(|k| {
                                        let on_export = on_export.clone();
                                        html! {
                                            <button type="button" data-export={k.key()} onclick={Callback::from(move |_: MouseEvent| on_export.emit(k))}>
                                                { k.label() }
                                            </button>
                                        }
                                    }) }
                                </div>
                            </details>
                        </div>
                        if count == 0 {
                            { empty_state(&bundle, q, &on_remove) }
                        } else {
                            <ArticleList bundle={bundle.clone()} by_file={by_file.clone()} results={results.clone()} on_open={on_open.clone()} on_page={on_page.clone()} />
                        }
                        <Overview matrix={(*matrix).clone()} selected_pairs={q.pairs.clone()}
                            selected_mediators={q.mediators.clone()} on_cell={on_cell} />
                    </>
                }
            }
        }
        _ => html! { <p class="status" role="status">{ "Loading the corpus…" }</p> },
    };

    let has_own = match &state.corpus {
        Load::Ready(b) => b.index.own_count() > 0,
        _ => false,
    };
    let aside = (*results).as_ref().map(|r| {
        let panel = |facet: Facet, values: &Vec<FacetValue>| html! {
            <FacetPanel {facet} values={values.clone()} on_toggle={on_toggle.clone()} />
        };
        let own_on = q.own;
        let on_own = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::SetOwn(!own_on)))
        };
        let own_count = r.facets.own;
        html! {
            <aside class="filters" aria-label="Filters">
                if has_own || own_on {
                    <section class="facet own-filter" aria-labelledby="facet-own">
                        <h2 id="facet-own">{ "Your articles" }</h2>
                        <button type="button" onclick={on_own} data-facet="own" data-value="1"
                            class={classes!("facet-value", own_on.then_some("selected"), (own_count == 0).then_some("zero"))}
                            aria-pressed={if own_on { "true" } else { "false" }}>
                            <span class="label">{ "Only my articles" }</span>
                            <span class="count" aria-label={format!("{own_count} articles")}>{ own_count }</span>
                        </button>
                    </section>
                }
                { panel(Facet::Pair, &r.facets.pair) }
                { panel(Facet::Mediator, &r.facets.mediator) }
                { panel(Facet::Status, &r.facets.status) }
                <DateFilter from={q.from} to={q.to} mode={q.dates} include_undated={q.include_undated}
                    histogram={r.histogram.clone()} on_range={on_range} on_mode={on_mode} on_undated={on_undated} />
                { panel(Facet::Country, &r.facets.country) }
            </aside>
        }
    });
    let skipped = match &state.corpus {
        Load::Ready(b) if !b.corpus.skipped.is_empty() => html! {
            <details class="skipped">
                <summary>{ format!("{} file{} skipped", b.corpus.skipped.len(), if b.corpus.skipped.len() == 1 { "" } else { "s" }) }</summary>
                <ul>{ for b.corpus.skipped.iter().map(|s| html! { <li><code>{ &s.file }</code>{ ": " }{ &s.reason }</li> }) }</ul>
            </details>
        },
        _ => html! {},
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to results" }</a>
            <header class="masthead">
                <h1><a href="./">{ "Mediation Explorer" }</a></h1>
                <SearchBox text={AttrValue::from(q.text.clone())} on_input={on_text} />
                <button type="button" class="share" onclick={on_share}>{ "Share" }</button>
                if let Some(msg) = *share { <span class="share-status" role="status">{ msg }</span> }
                { offline_status }
            </header>
            <Notice ignored={state.ignored.clone()} on_dismiss={on_dismiss} />
            <OwnArticles bundle={own_bundle} worker={(*worker).clone()} load_error={(*own_error).clone()}
                storage={(*own_storage).clone()} {on_bundle} />
            <div class="layout">
                { for aside }
                <main id="main" tabindex="-1">{ main }</main>
            </div>
            <footer class="footer">{ skipped }</footer>
        </>
    }
}

/// The empty state: which filters emptied the results, each with a button that removes it and
/// says how many articles that would bring back.
fn empty_state(bundle: &Shared<Bundle>, q: &Query, on_remove: &Callback<Filter>) -> Html {
    let culprits: Vec<(Filter, u32)> = Filter::all(q)
        .into_iter()
        .map(|f| {
            let without = f.remove_from(q);
            let n = bundle.index.search(&bundle.corpus, &without, 1).total;
            (f, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    html! {
        <div class="empty-state" role="status">
            <p>{ "No article matches all of these filters." }</p>
            if !culprits.is_empty() {
                <ul>
                    { for culprits.into_iter().map(|(f, n)| {
                        let label = filter_label(&f);
                        let on_remove = on_remove.clone();
                        let onclick = Callback::from(move |_: MouseEvent| on_remove.emit(f.clone()));
                        html! {
                            <li>
                                { format!("{label} emptied the list. ") }
                                <button type="button" {onclick}>{ format!("Remove it ({n} article{})", if n == 1 { "" } else { "s" }) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
