//! "Your articles": add `.txt`, `.md` and `.html` files by picker, drop or paste; they are parsed
//! in a Web Worker, merged into the corpus, kept in this browser, and can be removed again.

use crate::platform::{self, OwnFile};
use crate::state::Shared;
use explorer_core::bundle::Bundle;
use explorer_core::own::{display_name, is_own, pasted_name, unique_name};
use std::collections::BTreeSet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OwnArticlesProps {
    /// The corpus shown now, own articles included.
    pub bundle: Option<Shared<Bundle>>,
    /// Why the kept articles could not be read at start-up, if they could not.
    pub load_error: Option<String>,
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

/// Parses `kept` plus `new` in the worker, keeps the new files that were accepted, and hands the
/// merged bundle over. Kept files are never deleted on an error.
async fn run(
    kept: Vec<OwnFile>,
    new: Vec<OwnFile>,
    status: UseStateHandle<Status>,
    on_bundle: Callback<Bundle>,
) {
    let all: Vec<OwnFile> = kept.iter().chain(&new).cloned().collect();
    let total = all.len() as u32;
    status.set(Status {
        progress: Some((0, total)),
        ..Status::default()
    });
    let progress = {
        let status = status.clone();
        move |done, total| {
            status.set(Status {
                progress: Some((done, total)),
                ..Status::default()
            })
        }
    };
    let (merged, refused) = match platform::merge_in_worker(&all, progress).await {
        Ok(r) => r,
        Err(e) => {
            return status.set(Status {
                error: Some(format!("Your articles could not be read: {e}.")),
                ..Status::default()
            })
        }
    };
    let refused_names: BTreeSet<&str> = refused.iter().map(|(f, _)| f.as_str()).collect();
    let accepted: Vec<OwnFile> = new
        .into_iter()
        .filter(|f| !refused_names.contains(f.name.as_str()))
        .collect();
    let error = if accepted.is_empty() {
        None
    } else {
        platform::store_files(&accepted).await.err().map(|e| {
            format!("The new articles are shown but could not be kept in this browser: {e}. They will be gone after a reload.")
        })
    };
    let added = accepted.len();
    on_bundle.emit(merged);
    status.set(Status {
        refused,
        error,
        done: (added > 0).then(|| {
            format!(
                "Added {added} article{}.",
                if added == 1 { "" } else { "s" }
            )
        }),
        ..Status::default()
    });
}

/// Gives new files names no kept file has.
fn rename(kept: &[OwnFile], new: Vec<OwnFile>) -> Vec<OwnFile> {
    let mut taken: BTreeSet<String> = kept.iter().map(|f| f.name.clone()).collect();
    new.into_iter()
        .map(|f| {
            let name = unique_name(&taken, &f.name);
            taken.insert(name.clone());
            OwnFile { name, ..f }
        })
        .collect()
}

#[component]
pub fn OwnArticles(props: &OwnArticlesProps) -> Html {
    let status = use_state(Status::default);
    let paste = use_state(String::new);
    let dragging = use_state(|| false);
    let busy = status.progress.is_some();

    // Adds files: the kept ones are read back so the merge always starts from what is stored.
    let add = {
        let status = status.clone();
        let on_bundle = props.on_bundle.clone();
        Callback::from(move |new: Vec<OwnFile>| {
            let status = status.clone();
            let on_bundle = on_bundle.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let kept = match platform::stored_files().await {
                    Ok(k) => k,
                    Err(e) => {
                        status.set(Status {
                            error: Some(format!("Your kept articles could not be read: {e}.")),
                            ..Status::default()
                        });
                        return;
                    }
                };
                let new = rename(&kept, new);
                run(kept, new, status, on_bundle).await;
            });
        })
    };
    let remove = {
        let status = status.clone();
        let on_bundle = props.on_bundle.clone();
        Callback::from(move |name: Option<String>| {
            let status = status.clone();
            let on_bundle = on_bundle.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let kept = match platform::delete_stored(name.as_deref()).await {
                    Ok(()) => platform::stored_files().await,
                    Err(e) => Err(e),
                };
                match kept {
                    Ok(kept) => run(kept, Vec::new(), status, on_bundle).await,
                    Err(e) => status.set(Status {
                        error: Some(format!("The article could not be removed: {e}.")),
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
                let add = add.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    add.emit(platform::read_files(list).await);
                });
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
                let add = add.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    add.emit(platform::read_files(list).await);
                });
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
            add.emit(vec![OwnFile {
                name: pasted_name(&taken),
                bytes: paste.as_bytes().to_vec(),
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
                    <label for="own-progress">{ format!("Reading {done} of {total} files… ") }</label>
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
