//! Everything that touches the browser: fetching the bundle, the address bar and history, the
//! clipboard, downloads, the service worker, and the Web Worker of the reader's own articles.

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

/// Fetches and decodes the corpus bundle; returns it with its bytes (for the worker of own
/// articles). A copy that is damaged or of another format version (an old cached one) is
/// fetched once more past every cache before giving up. Errors are sentences for the reader.
pub async fn load_bundle() -> Result<(Bundle, Vec<u8>), String> {
    if let Some(bytes) = inline_bundle() {
        return bundle::decode(&bytes)
            .map(|b| (b, bytes))
            .map_err(|e| format!("{e}."));
    }
    let bytes = fetch_bundle(false).await?;
    match bundle::decode(&bytes) {
        Ok(b) => Ok((b, bytes)),
        Err(first) => {
            gloo::console::warn!(format!("{first}; fetching the current corpus"));
            let bytes = fetch_bundle(true).await?;
            bundle::decode(&bytes)
                .map(|b| (b, bytes))
                .map_err(|e| format!("{e}."))
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

/// A file the reader adds: one picked or dropped (read by the worker, so its bytes never pass
/// through the page's thread), or pasted text with the name it is given.
#[derive(Clone, Debug, PartialEq)]
pub enum OwnFile {
    Picked(web_sys::File),
    Pasted { name: String, text: String },
}

fn js_text(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// The worker's start-up script, written by Trunk next to the page.
pub const WORKER_URL: &str = "explorer-worker_loader.js";

/// What the worker answered: the merged bundle (when it changed), the files added and refused,
/// and why files cannot be kept in this browser, if they cannot.
#[derive(Default)]
pub struct OwnReply {
    pub bundle: Option<Bundle>,
    pub added: Vec<String>,
    pub refused: Vec<(String, String)>,
    pub storage: Option<String>,
}

/// A request waiting for the worker's answer.
struct Pending {
    resolve: js_sys::Function,
    reject: js_sys::Function,
    progress: Option<Box<dyn Fn(u32, u32)>>,
}

/// The page's side of the messages with the worker.
#[derive(Default)]
struct Channel {
    ready: bool,
    /// Messages written before the worker was running.
    outbox: Vec<js_sys::Object>,
    /// Requests in the order they were sent: the worker answers in that order.
    pending: std::collections::VecDeque<Pending>,
    /// Why the worker stopped, once it has.
    failed: Option<String>,
}

/// The Web Worker that parses, indexes and keeps the reader's own articles
/// (`src/bin/explorer-worker`). It is started once and runs for the page's life.
pub struct OwnWorker {
    worker: web_sys::Worker,
    channel: std::rc::Rc<std::cell::RefCell<Channel>>,
    _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::ErrorEvent)>,
}

impl Drop for OwnWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// Why the reader's own articles cannot be added in this copy of the explorer, if they cannot:
/// the one-file build, opened from disk, cannot start a Web Worker.
pub fn own_articles_unavailable() -> Option<String> {
    let from_disk = gloo::utils::window()
        .location()
        .protocol()
        .is_ok_and(|p| p == "file:");
    (from_disk || inline_bundle_present()).then(|| {
        "Adding your own articles needs the explorer served from a web server: this one-file copy opened from disk cannot run the background reader that parses them. Run scripts/serve, or put the dist/ folder on any static host, and open it there.".to_string()
    })
}

fn inline_bundle_present() -> bool {
    gloo::utils::document()
        .get_element_by_id("explorer-bundle")
        .is_some()
}

impl OwnWorker {
    /// Starts the worker; the reason for the reader when it cannot run here.
    pub fn start() -> Result<OwnWorker, String> {
        if let Some(why) = own_articles_unavailable() {
            return Err(why);
        }
        let worker = web_sys::Worker::new(WORKER_URL).map_err(|e| {
            format!(
                "the reader of your articles could not start: {}",
                js_text(e)
            )
        })?;
        let channel = std::rc::Rc::new(std::cell::RefCell::new(Channel::default()));
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new({
            let channel = channel.clone();
            let worker = worker.clone();
            move |e: web_sys::MessageEvent| {
                let data = e.data();
                let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok();
                let mut c = channel.borrow_mut();
                if get("ready").is_some_and(|v| v.is_truthy()) {
                    c.ready = true;
                    for msg in std::mem::take(&mut c.outbox) {
                        if let Err(e) = worker.post_message(&msg) {
                            if let Some(p) = c.pending.pop_front() {
                                let _ = p.reject.call1(&JsValue::NULL, &e);
                            }
                        }
                    }
                } else if let Some(done) = get("done").and_then(|v| v.as_f64()) {
                    let total = get("total").and_then(|v| v.as_f64()).unwrap_or(done);
                    if let Some(progress) = c.pending.front().and_then(|p| p.progress.as_ref()) {
                        progress(done as u32, total as u32);
                    }
                } else if let Some(p) = c.pending.pop_front() {
                    drop(c);
                    let _ = p.resolve.call1(&JsValue::NULL, &data);
                }
            }
        });
        let on_error = Closure::<dyn Fn(web_sys::ErrorEvent)>::new({
            let channel = channel.clone();
            move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                let why = match e.message() {
                    m if m.is_empty() => "the reader of your articles stopped".to_string(),
                    m => format!("the reader of your articles stopped: {m}"),
                };
                let mut c = channel.borrow_mut();
                c.failed = Some(why.clone());
                let pending: Vec<Pending> = c.pending.drain(..).collect();
                drop(c);
                for p in pending {
                    let _ = p.reject.call1(&JsValue::NULL, &why.as_str().into());
                }
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(OwnWorker {
            worker,
            channel,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Sends one request and waits for its answer, decoding the bundle it carries.
    async fn request(
        &self,
        message: js_sys::Object,
        transfer: Option<js_sys::ArrayBuffer>,
        progress: Option<Box<dyn Fn(u32, u32)>>,
    ) -> Result<OwnReply, String> {
        let mut progress = Some(progress);
        let answer = js_sys::Promise::new(&mut |resolve, reject| {
            let mut c = self.channel.borrow_mut();
            if let Some(why) = &c.failed {
                let _ = reject.call1(&JsValue::NULL, &why.as_str().into());
                return;
            }
            c.pending.push_back(Pending {
                resolve,
                reject: reject.clone(),
                progress: progress.take().flatten(),
            });
            if !c.ready {
                c.outbox.push(message.clone());
                return;
            }
            let sent = match &transfer {
                Some(buffer) => self
                    .worker
                    .post_message_with_transfer(&message, &js_sys::Array::of1(buffer)),
                None => self.worker.post_message(&message),
            };
            if let Err(e) = sent {
                c.pending.pop_back();
                let _ = reject.call1(&JsValue::NULL, &e);
            }
        });
        let data = wasm_bindgen_futures::JsFuture::from(answer)
            .await
            .map_err(js_text)?;
        let get = |k: &str| {
            js_sys::Reflect::get(&data, &k.into())
                .ok()
                .filter(|v| !v.is_undefined())
        };
        if let Some(e) = get("error") {
            return Err(js_text(e));
        }
        let bundle = match get("bundle") {
            Some(b) => Some(
                bundle::decode(&js_sys::Uint8Array::new(&b).to_vec()).map_err(|e| e.to_string())?,
            ),
            None => None,
        };
        let strings = |v: JsValue| -> Vec<JsValue> { v.unchecked_into::<js_sys::Array>().to_vec() };
        Ok(OwnReply {
            bundle,
            added: get("added")
                .map(strings)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|n| n.as_string())
                .collect(),
            refused: get("refused")
                .map(strings)
                .unwrap_or_default()
                .into_iter()
                .map(|pair| {
                    let pair: js_sys::Array = pair.unchecked_into();
                    (
                        pair.get(0).as_string().unwrap_or_default(),
                        pair.get(1).as_string().unwrap_or_default(),
                    )
                })
                .collect(),
            storage: get("storage").and_then(|s| s.as_string()),
        })
    }

    /// Hands the bundled corpus to the worker, which reads and parses the kept files. The reply
    /// has a bundle only when there are own articles.
    pub async fn init(&self, bundle_bytes: &[u8]) -> Result<OwnReply, String> {
        let bytes = js_sys::Uint8Array::from(bundle_bytes);
        let buffer = bytes.buffer();
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"init".into(), &bytes);
        self.request(msg, Some(buffer), None).await
    }

    /// Adds files; `progress` hears (files parsed, files in all).
    pub async fn add(
        &self,
        files: Vec<OwnFile>,
        progress: impl Fn(u32, u32) + 'static,
    ) -> Result<OwnReply, String> {
        let list = js_sys::Array::new();
        for f in files {
            match f {
                OwnFile::Picked(file) => list.push(&file),
                OwnFile::Pasted { name, text } => {
                    let o = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&o, &"name".into(), &name.as_str().into());
                    let _ = js_sys::Reflect::set(&o, &"text".into(), &text.as_str().into());
                    list.push(&o)
                }
            };
        }
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"add".into(), &list);
        self.request(msg, None, Some(Box::new(progress))).await
    }

    /// Forgets one own file by name (without the prefix), or every one with `None`.
    pub async fn remove(&self, name: Option<String>) -> Result<OwnReply, String> {
        let msg = js_sys::Object::new();
        let name = name.map_or(JsValue::NULL, |n| JsValue::from_str(&n));
        let _ = js_sys::Reflect::set(&msg, &"remove".into(), &name);
        self.request(msg, None, None).await
    }
}

/// The files of a picker or a drop, taken out at once: the list empties when the picker is reset.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}
