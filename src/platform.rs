//! Everything that touches the browser: fetching the bundle, the address bar and history.

use explorer_core::bundle::{self, Bundle};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/web/offline.js")]
extern "C" {
    #[wasm_bindgen(js_name = registerOffline)]
    fn register_offline(on_status: &Closure<dyn Fn(String)>);
    #[wasm_bindgen(js_name = applyUpdate)]
    fn apply_update_js();
}

/// Whether the explorer works offline, as the service worker reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offline {
    /// No service worker: a development build, a page opened from a file, or no support.
    Unavailable,
    /// The first visit is caching the files.
    Installing,
    /// Every file is cached: it works with the network off.
    Ready,
    /// A newer version is cached and waits for the page to switch.
    UpdateWaiting,
    Failed(String),
}

/// Registers the service worker (release builds served over HTTP only) and calls `f` whenever
/// its state changes.
pub fn watch_offline(f: impl Fn(Offline) + 'static) {
    let closure = Closure::<dyn Fn(String)>::new(move |s: String| {
        f(match s.as_str() {
            "unavailable" => Offline::Unavailable,
            "installing" => Offline::Installing,
            "ready" => Offline::Ready,
            "update" => Offline::UpdateWaiting,
            other => Offline::Failed(other.trim_start_matches("error: ").to_string()),
        })
    });
    register_offline(&closure);
    // The worker reports for the page's whole life.
    closure.forget();
}

/// Switches to the waiting newer version (the page reloads).
pub fn apply_update() {
    apply_update_js();
}

/// The bundle's file name, relative to the page so the app works under any path.
pub const BUNDLE_URL: &str = "corpus.bin";

/// Fetches and decodes the corpus bundle. A copy that is damaged or of another format version
/// (an old cached one) is fetched once more past every cache before giving up. Errors are
/// sentences for the reader.
pub async fn load_bundle() -> Result<Bundle, String> {
    if let Some(bytes) = inline_bundle() {
        return bundle::decode(&bytes).map_err(|e| format!("{e}."));
    }
    let bytes = fetch_bundle(false).await?;
    match bundle::decode(&bytes) {
        Ok(b) => Ok(b),
        Err(first) => {
            gloo::console::warn!(format!("{first}; fetching the current corpus"));
            let bytes = fetch_bundle(true).await?;
            bundle::decode(&bytes).map_err(|e| format!("{e}."))
        }
    }
}

/// The bundle carried inside the page itself (the one-file build, opened from disk), if any:
/// base64 in the element `#explorer-bundle`.
fn inline_bundle() -> Option<Vec<u8>> {
    let text = gloo::utils::document()
        .get_element_by_id("explorer-bundle")?
        .text_content()?;
    let binary = gloo::utils::window().atob(text.trim()).ok()?;
    // atob gives one char per byte, every one below U+0100.
    Some(binary.chars().map(|c| c as u32 as u8).collect())
}

async fn fetch_bundle(fresh: bool) -> Result<Vec<u8>, String> {
    let mut request = gloo::net::http::Request::get(BUNDLE_URL);
    if fresh {
        request = request.cache(web_sys::RequestCache::Reload);
    }
    let response = request
        .send()
        .await
        .map_err(|e| format!("Could not load the corpus ({BUNDLE_URL}): {e}"))?;
    if !response.ok() {
        return Err(format!(
            "Could not load the corpus ({BUNDLE_URL}): the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response
        .binary()
        .await
        .map_err(|e| format!("Could not read the corpus ({BUNDLE_URL}): {e}"))
}

/// The query string of the current address, without the leading `?`.
pub fn current_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .ok()
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The value of one parameter of the current address.
pub fn query_param(name: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(&current_query())
        .ok()?
        .get(name)
}

/// A query string from parameters, percent-encoded by the browser.
pub fn build_query(params: &[(&str, &str)]) -> String {
    let Ok(p) = web_sys::UrlSearchParams::new() else {
        return String::new();
    };
    for (k, v) in params {
        p.append(k, v);
    }
    p.to_string().into()
}

/// Records a new view in history, so Back returns to the previous one. `query` has no `?`.
pub fn push_query(query: &str) {
    set_query(query, false);
}

/// Replaces the current history entry (for views that should not pile up, like typing).
pub fn replace_query(query: &str) {
    set_query(query, true);
}

fn set_query(query: &str, replace: bool) {
    if query == current_query() {
        return;
    }
    let window = gloo::utils::window();
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let result = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
    if let Err(e) = result {
        gloo::console::warn!("could not update the address", e);
    }
}

/// Calls `f` whenever the user walks history (Back or Forward). Dropping the listener stops it.
pub fn on_history_change(f: impl Fn() + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| f())
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Scrolls the window to the top (when a new view opens).
pub fn scroll_to_top() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Calls `f` with every key pressed anywhere on the page. Dropping the listener stops it.
pub fn on_key(f: impl Fn(&web_sys::KeyboardEvent) + 'static) -> gloo::events::EventListener {
    // Not passive: the shortcuts call prevent_default (so `/` is not typed, arrows do not scroll).
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(
        &gloo::utils::document(),
        "keydown",
        options,
        move |e| {
            if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                f(e);
            }
        },
    )
}

/// Whether keyboard focus is in a text field (where `/` is a character, not a shortcut).
pub fn typing_in_field() -> bool {
    gloo::utils::document()
        .active_element()
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false)
}

/// Moves focus `delta` entries through the elements matching `selector` (wrapping at the ends),
/// starting from the focused one; the first (or last) when focus is elsewhere.
pub fn move_focus(selector: &str, delta: i32) {
    let document = gloo::utils::document();
    let Ok(list) = document.query_selector_all(selector) else {
        return;
    };
    let n = list.length() as i32;
    if n == 0 {
        return;
    }
    let active = document.active_element();
    let current = (0..n).find(|&i| {
        list.item(i as u32)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| Some(&el) == active.as_ref())
    });
    let next = match current {
        Some(i) => (i + delta).rem_euclid(n),
        None if delta >= 0 => 0,
        None => n - 1,
    };
    if let Some(el) = list
        .item(next as u32)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The full address of the current view.
pub fn current_url() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// Copies text to the clipboard. Resolves to false when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Offers `content` to the reader as a downloaded file, made in the browser.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not make the file".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not make the file".to_string())?;
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "the browser could not make the link".to_string())?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Revoked later: revoking at once can cancel the download before it starts.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

#[wasm_bindgen(module = "/web/own-store.js")]
extern "C" {
    #[wasm_bindgen(js_name = ownList)]
    fn own_list_js() -> js_sys::Promise;
    #[wasm_bindgen(js_name = ownPut)]
    fn own_put_js(files: &js_sys::Array) -> js_sys::Promise;
    #[wasm_bindgen(js_name = ownDelete)]
    fn own_delete_js(name: Option<String>) -> js_sys::Promise;
}

/// One of the reader's own files: its name (without the own prefix) and bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

fn files_to_js(files: &[OwnFile]) -> js_sys::Array {
    files
        .iter()
        .map(|f| {
            let o = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&o, &"name".into(), &f.name.as_str().into());
            let _ = js_sys::Reflect::set(
                &o,
                &"bytes".into(),
                &js_sys::Uint8Array::from(f.bytes.as_slice()),
            );
            JsValue::from(o)
        })
        .collect()
}

fn js_text(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// The own files kept in this browser (IndexedDB), oldest first.
pub async fn stored_files() -> Result<Vec<OwnFile>, String> {
    let list = wasm_bindgen_futures::JsFuture::from(own_list_js())
        .await
        .map_err(js_text)?;
    let list: js_sys::Array = list.unchecked_into();
    Ok(list
        .iter()
        .map(|r| OwnFile {
            name: js_sys::Reflect::get(&r, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default(),
            bytes: js_sys::Reflect::get(&r, &"bytes".into())
                .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                .unwrap_or_default(),
        })
        .collect())
}

/// Keeps files in this browser, all or none.
pub async fn store_files(files: &[OwnFile]) -> Result<(), String> {
    wasm_bindgen_futures::JsFuture::from(own_put_js(&files_to_js(files)))
        .await
        .map(drop)
        .map_err(js_text)
}

/// Forgets one kept file, or all of them with `None`.
pub async fn delete_stored(name: Option<&str>) -> Result<(), String> {
    wasm_bindgen_futures::JsFuture::from(own_delete_js(name.map(str::to_string)))
        .await
        .map(drop)
        .map_err(js_text)
}

/// The worker's start-up script, written by Trunk next to the page.
pub const WORKER_URL: &str = "explorer-worker_loader.js";

/// Parses the own files in a Web Worker and merges them into the bundled corpus. `progress`
/// hears (files parsed, files in all). Returns the merged bundle and the refused files with
/// their reasons.
pub async fn merge_in_worker(
    files: &[OwnFile],
    progress: impl Fn(u32, u32) + 'static,
) -> Result<(Bundle, Vec<(String, String)>), String> {
    let worker = web_sys::Worker::new(WORKER_URL)
        .map_err(|e| format!("could not start the worker: {}", js_text(e)))?;
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"files".into(), &files_to_js(files));
    let mut handlers = None;
    // The promise calls this set-up once, which hands the progress callback to the handler.
    let mut progress = Some(progress);
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        let Some(progress) = progress.take() else {
            return;
        };
        let sender = worker.clone();
        let message = message.clone();
        let refuse = reject.clone();
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok();
                // The worker says when its wasm is running: a message sent earlier would be lost.
                if get("ready").is_some_and(|v| v.is_truthy()) {
                    if let Err(e) = sender.post_message(&message) {
                        let _ = refuse.call1(&JsValue::NULL, &e);
                    }
                } else if let Some(done) = get("done").and_then(|v| v.as_f64()) {
                    let total = get("total").and_then(|v| v.as_f64()).unwrap_or(done);
                    progress(done as u32, total as u32);
                } else {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            });
        let on_error = Closure::<dyn Fn(web_sys::ErrorEvent)>::new({
            let reject = reject.clone();
            move |e: web_sys::ErrorEvent| {
                let _ = reject.call1(&JsValue::NULL, &e.message().into());
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_message, on_error));
    });
    let result = wasm_bindgen_futures::JsFuture::from(done).await;
    worker.terminate();
    drop(handlers);
    let data = result.map_err(|e| format!("the worker failed: {}", js_text(e)))?;
    let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok();
    if let Some(e) = get("error").and_then(|v| v.as_string()) {
        return Err(e);
    }
    let bytes = get("bundle")
        .map(|b| js_sys::Uint8Array::new(&b).to_vec())
        .unwrap_or_default();
    let merged = bundle::decode(&bytes).map_err(|e| e.to_string())?;
    let refused = get("refused")
        .map(|r| r.unchecked_into::<js_sys::Array>())
        .unwrap_or_default()
        .iter()
        .map(|pair| {
            let pair: js_sys::Array = pair.unchecked_into();
            (
                pair.get(0).as_string().unwrap_or_default(),
                pair.get(1).as_string().unwrap_or_default(),
            )
        })
        .collect();
    Ok((merged, refused))
}

/// The files of a picker or a drop, taken out at once: the list empties when the picker is reset.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads the bytes of files the reader picked or dropped.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<OwnFile> {
    let mut out = Vec::new();
    for file in files {
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        out.push(OwnFile {
            name: file.name(),
            bytes,
        });
    }
    out
}
