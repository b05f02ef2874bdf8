//! The root component: loads the bundle, keeps the view in the address, lays out list and reader.

use crate::components::article_list::ArticleList;
use crate::components::reader::Reader;
use crate::platform;
use crate::state::{Action, AppState, Load};
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState { article: platform::query_param("article"), ..AppState::default() });

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                state.dispatch(Action::Loaded(platform::load_bundle().await));
            });
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = platform::on_history_change(move || {
                state.dispatch(Action::FromAddress(platform::query_param("article")));
            });
            move || drop(listener)
        });
    }
    // Keep the address in step with the view: every view is a link.
    {
        let article = state.article.clone();
        use_effect_with(article, |article| {
            let query = match article {
                Some(f) => platform::build_query(&[("article", f)]),
                None => String::new(),
            };
            platform::push_query(&query);
        });
    }

    let on_open = {
        let state = state.clone();
        Callback::from(move |file: String| {
            state.dispatch(Action::Open(file));
            platform::scroll_to_top();
        })
    };
    let on_close = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Close))
    };

    let body = match &state.corpus {
        Load::Loading => html! { <p class="status" role="status">{ "Loading the corpus…" }</p> },
        Load::Failed(e) => html! { <p class="status error" role="alert">{ e.clone() }</p> },
        Load::Ready(bundle) => {
            let open = state
                .article
                .as_ref()
                .and_then(|f| bundle.corpus.articles.iter().position(|a| &a.file == f));
            match (open, &state.article) {
                (Some(i), _) => html! {
                    <Reader bundle={bundle.clone()} index={i} on_close={on_close} />
                },
                (None, Some(missing)) => html! {
                    <>
                        <p class="notice" role="status">
                            { format!("The article “{missing}” is not in this corpus.") }
                        </p>
                        <ArticleList bundle={bundle.clone()} on_open={on_open} />
                    </>
                },
                (None, None) => html! { <ArticleList bundle={bundle.clone()} on_open={on_open} /> },
            }
        }
    };

    html! {
        <>
            <header class="masthead">
                <h1><a href="./">{ "Mediation Explorer" }</a></h1>
            </header>
            <main id="main">{ body }</main>
        </>
    }
}
