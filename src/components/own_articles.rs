//! "Your articles": add `.txt`, `.md` and `.html` files by picker, drop or paste; they are parsed
//! in a Web Worker, merged into the corpus, kept in this browser, and can be removed again.

use crate::platform::{self, OwnFile, OwnReply, OwnWorker};
use crate::state::Shared;
use explorer_core::bundle::Bundle;
use explorer_core::own::{display_name, is_own, pasted_name};
use std::collections::BTreeSet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OwnArticlesProps {
    /// The corpus shown now, own articles included.
    pub bundle: Option<Shared<Bundle>>,
    /// The worker that parses and keeps the files, or why there is none in this copy.
    pub worker: Shared<Result<OwnWorker, String>>,
    /// Why the kept articles could not be read at start-up, if they could not.
    pub load_error: Option<String>,
    /// Why files cannot be kept in this browser (they stay until the page closes), if so.
    pub storage: Option<String>,
    /// A merged bundle to show instead of the current one.
    pub on_bundle: Callback<Bundle>,
}

/// What the panel is doing.
#[derive(Clone, Debug, Default, PartialEq)]
struct Status {
    /// Files parsed and files in all, while the worker runs.
    progress: Option<(u32, u32)>,
    /// Files refused by the last addition, with the reason.
    refused: Vec<(String, String)>,
    error: Option<String>,
    /// A sentence on what the last action did.
    done: Option<String>,
}

/// The panel's status after the worker answered an addition.
fn added_status(reply: &OwnReply) -> Status {
    let added = reply.added.len();
    Status {
        refused: reply.refused.clone(),
        error: reply.storage.as_ref().map(|e| {
            format!("The new articles are shown, but this browser could not keep them: {e}. They will be gone when this page is closed or reloaded; the articles kept before are safe.")
        }),
        done: (added > 0).then(|| {
            format!(
                "Added {added} article{}.",
                if added == 1 { "" } else { "s" }
            )
        }),
        ..Status::default()
    }
}

#[component]
pub fn OwnArticles(props: &OwnArticlesProps) -> Html {
    let status = use_state(Status::default);
    let paste = use_state(String::new);
    let dragging = use_state(|| false);
    let unavailable = props.worker.as_ref().err().cloned();
    let busy = status.progress.is_some() || unavailable.is_some();

    let worker = match &*props.worker {
        Ok(_) => Some(props.worker.clone()),
        Err(_) => None,
    };
    // Adds files: the worker names, parses and keeps them, and answers with the merged bundle.
    let add = {
        let status = status.clone();
        let on_bundle = props.on_bundle.clone();
        let worker = worker.clone();
        Callback::from(move |new: Vec<OwnFile>| {
            let (status, on_bundle) = (status.clone(), on_bundle.clone());
            let Some(worker) = worker.clone() else { return };
            let total = new.len() as u32;
            status.set(Status {
                progress: Some((0, total)),
                ..Status::default()
            });
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(w) = &*worker else { return };
                let progress = {
                    let status = status.clone();
                    move |done, total| {
                        status.set(Status {
                            progress: Some((done, total)),
                            ..Status::default()
                        })
                    }
                };
                match w.add(new, progress).await {
                    Ok(mut reply) => {
                        let next = added_status(&reply);
                        if let Some(b) = reply.bundle.take() {
                            on_bundle.emit(b);
                        }
                        status.set(next);
                    }
                    Err(e) => status.set(Status {
                        error: Some(format!("Your articles could not be added: {e}.")),
                        ..Status::default()
                    }),
                }
            });
        })
    };
    let remove = {
        let status = status.clone();
        let on_bundle = props.on_bundle.clone();
        let worker = worker.clone();
        Callback::from(move |name: Option<String>| {
            let (status, on_bundle) = (status.clone(), on_bundle.clone());
            let Some(worker) = worker.clone() else { return };
            status.set(Status {
                progress: Some((0, 0)),
                ..Status::default()
            });
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(w) = &*worker else { return };
                let what = name.clone();
                match w.remove(name).await {
                    Ok(reply) => {
                        if let Some(b) = reply.bundle {
                            on_bundle.emit(b);
                        }
                        status.set(Status {
                            done: Some(match what {
                                Some(n) => format!("Removed {n}."),
                                None => "Removed all your articles.".into(),
                            }),
                            ..Status::default()
                        });
                    }
                    Err(e) => status.set(Status {
                        error: Some(format!("Nothing was removed: {e}.")),
                        ..Status::default()
                    }),
                }
            });
        })
    };
    let on_pick = {
        let add = add.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                let list = platform::files_of(&list);
                add.emit(list.into_iter().map(OwnFile::Picked).collect());
            }
            // The same file can be picked again after it was removed.
            input.set_value("");
        })
    };
    let on_drop = {
        let add = add.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                let list = platform::files_of(&list);
                add.emit(list.into_iter().map(OwnFile::Picked).collect());
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_paste_input = {
        let paste = paste.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            paste.set(area.value());
        })
    };
    let own: Vec<(String, String)> = props
        .bundle
        .as_ref()
        .map(|b| {
            b.corpus
                .articles
                .iter()
                .filter(|a| is_own(&a.file))
                .map(|a| (a.file.clone(), a.title.clone()))
                .collect()
        })
        .unwrap_or_default();
    let on_paste_add = {
        let add = add.clone();
        let paste = paste.clone();
        let own = own.clone();
        Callback::from(move |_: MouseEvent| {
            if paste.trim().is_empty() {
                return;
            }
            let taken: BTreeSet<String> = own
                .iter()
                .map(|(f, _)| display_name(f).to_string())
                .collect();
            add.emit(vec![OwnFile::Pasted {
                name: pasted_name(&taken),
                text: (*paste).clone(),
            }]);
            paste.set(String::new());
        })
    };
    let remove_all = remove.reform(|_: MouseEvent| None);
    let error = status.error.clone().or_else(|| props.load_error.clone());

    html! {
        <details class="own-articles" data-own-count={own.len().to_string()}>
            <summary>{ format!("Your articles ({})", own.len()) }</summary>
            <p class="hint">{ "Add news articles as .txt, .md or .html files. They are read on this device only and kept in this browser." }</p>
            if let Some(why) = unavailable {
                <p class="own-unavailable" data-own-unavailable="">{ why }</p>
            }
            if let Some(why) = &props.storage {
                <p class="own-storage" data-own-storage="">
                    { format!("This browser cannot keep files for this site: {why}. Articles you add stay until this page is closed or reloaded.") }
                </p>
            }
            <div class={classes!("drop-zone", dragging.then_some("dragging"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for="own-files">{ "Choose files, or drop them here" }</label>
                <input id="own-files" type="file" multiple=true accept=".txt,.md,.html,.htm"
                    onchange={on_pick} disabled={busy} />
            </div>
            <label for="own-paste">{ "Or paste the text of an article" }</label>
            <textarea id="own-paste" rows="4" value={(*paste).clone()} oninput={on_paste_input} />
            <button type="button" class="own-paste-add" onclick={on_paste_add} disabled={busy}>{ "Add pasted text" }</button>
            if let Some((done, total)) = status.progress {
                <p class="own-progress">
                    <label for="own-progress">{
                        if total == 0 { "Updating your articles… ".to_string() } else { format!("Reading {done} of {total} files… ") }
                    }</label>
                    <progress id="own-progress" max={total.max(1).to_string()} value={done.to_string()}></progress>
                </p>
            }
            <div role="status" class="own-status">
                if let Some(done) = &status.done { <p class="own-done">{ done }</p> }
            </div>
            if let Some(e) = error { <p class="own-error" role="alert">{ e }</p> }
            if !status.refused.is_empty() {
                <div class="own-refused">
                    <p>{ "Not added:" }</p>
                    <ul>
                        { for status.refused.iter().map(|(f, why)| html! {
                            <li data-refused={f.clone()}><code>{ f }</code>{ ": " }{ why }</li>
                        }) }
                    </ul>
                </div>
            }
            if !own.is_empty() {
                <ul class="own-list" aria-label="Your articles">
                    { for own.iter().map(|(file, title)| {
                        let name = display_name(file).to_string();
                        let onclick = remove.reform({
                            let name = name.clone();
                            move |_: MouseEvent| Some(name.clone())
                        });
                        html! {
                            <li data-own={file.clone()}>
                                <span class="own-title">{ title }</span>{ " " }<code>{ name.clone() }</code>{ " " }
                                <button type="button" class="own-remove" {onclick} disabled={busy}
                                    aria-label={format!("Remove {name}")}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
                <button type="button" class="own-remove-all" onclick={remove_all} disabled={busy}>{ "Remove all your articles" }</button>
            }
        </details>
    }
}
