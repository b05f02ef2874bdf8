//! The Web Worker that reads, parses and keeps the reader's own articles, off the main thread.
//!
//! It runs for the page's whole life and holds the parsed own articles
//! ([`explorer_core::own::OwnArticles`]), so an addition parses only the new files; the files
//! themselves are kept in IndexedDB ([`store`]). Messages are handled one at a time, in order.
//!
//! Protocol (plain objects; byte arrays as `Uint8Array`):
//! - worker → page, once running: `{ready: true}` (a message sent earlier would be lost);
//! - `{init: bundleBytes}`: the bundled corpus; the kept files are read and parsed. Reply
//!   `{bundle?, storage?}`: the merged bundle when there are own articles, and why files cannot
//!   be kept in this browser when they cannot;
//! - `{add: [File | {name, text}]}`: new files, picked (read here, off the page's thread) or
//!   pasted. While parsing: `{done, total}`. Reply
//!   `{bundle, added: [name], refused: [[name, reason]], storage?}`, `storage` saying why the
//!   new files could not be kept (they are shown until the page closes);
//! - `{remove: name | null}`: forget one file, or all. Reply `{bundle}`, or `{error}` when the
//!   browser refused (nothing is forgotten then).
//!
//! Any request can also be answered `{error}`. Bundles are encoded with
//! [`explorer_core::bundle`] and their buffers transferred, not copied.

mod store;

use explorer_core::bundle;
use explorer_core::corpus::{BuildOptions, SourceFile};
use explorer_core::model::Corpus;
use explorer_core::own::OwnArticles;
use futures::channel::mpsc;
use futures::StreamExt;
use js_sys::{Array, Object, Reflect, Uint8Array};
use store::Store;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn object(fields: Vec<(&str, JsValue)>) -> Object {
    let msg = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&msg, &JsValue::from_str(k), &v);
    }
    msg
}

fn post(msg: &Object) {
    let _ = scope().post_message(msg);
}

fn get(data: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(data, &key.into())
        .ok()
        .filter(|v| !v.is_undefined())
}

/// The day in the browser: the open end of dates that run "until now".
fn options() -> BuildOptions {
    let today = js_sys::Date::new_0();
    BuildOptions {
        today: explorer_core::date::Date::new(
            today.get_utc_full_year() as i32,
            today.get_utc_month() as u8 + 1,
            today.get_utc_date() as u8,
        ),
    }
}

fn progress(done: usize, total: usize) {
    post(&object(vec![
        ("done", (done as u32).into()),
        ("total", (total as u32).into()),
    ]));
}

/// What the worker holds between messages.
struct Worker {
    /// The bundled corpus, from `init`.
    bundled: Option<Corpus>,
    own: OwnArticles,
    /// The database, or why files cannot be kept in this browser.
    store: Result<Store, String>,
}

/// A reply, and the buffer to transfer with it.
struct Reply {
    fields: Vec<(&'static str, JsValue)>,
    transfer: Option<js_sys::ArrayBuffer>,
}

impl Reply {
    fn error(e: impl Into<String>) -> Reply {
        Reply {
            fields: vec![("error", e.into().into())],
            transfer: None,
        }
    }
}

impl Worker {
    /// The merged bundle, encoded, with the fields of a reply.
    fn reply(&self, mut fields: Vec<(&'static str, JsValue)>) -> Reply {
        let Some(bundled) = &self.bundled else {
            return Reply::error("the explorer did not start the reader of your articles");
        };
        let bytes = Uint8Array::from(bundle::encode(&self.own.bundle(bundled)).as_slice());
        let buffer = bytes.buffer();
        fields.push(("bundle", bytes.into()));
        Reply {
            fields,
            transfer: Some(buffer),
        }
    }

    async fn init(&mut self, bytes: Vec<u8>) -> Reply {
        match bundle::decode(&bytes) {
            Ok(b) => self.bundled = Some(b.corpus),
            Err(e) => return Reply::error(e.to_string()),
        }
        self.store = Store::open().await;
        let kept = match &self.store {
            Ok(store) => match store.files().await {
                Ok(files) => files,
                Err(e) => {
                    return Reply::error(format!("your kept articles could not be read: {e}"))
                }
            },
            Err(e) => {
                return Reply {
                    fields: vec![("storage", e.as_str().into())],
                    transfer: None,
                }
            }
        };
        if kept.is_empty() {
            return Reply {
                fields: Vec::new(),
                transfer: None,
            };
        }
        self.own.add(kept, options(), &mut progress);
        self.reply(Vec::new())
    }

    async fn add(&mut self, files: Vec<SourceFile>) -> Reply {
        if self.bundled.is_none() {
            return Reply::error("the explorer did not start the reader of your articles");
        }
        let files = self.own.name_new(files);
        let added = self.own.add(files.clone(), options(), &mut progress);
        let accepted: Vec<SourceFile> = files
            .into_iter()
            .filter(|f| added.accepted.binary_search(&f.name).is_ok())
            .collect();
        let storage = match &self.store {
            Ok(store) => store.put(&accepted, js_sys::Date::now()).await.err(),
            Err(e) => Some(e.clone()),
        };
        let names: Array = added
            .accepted
            .iter()
            .map(|n| JsValue::from_str(n))
            .collect();
        let refused: Array = added
            .refused
            .into_iter()
            .map(|s| JsValue::from(Array::of2(&s.file.into(), &s.reason.into())))
            .collect();
        let mut fields = vec![("added", names.into()), ("refused", refused.into())];
        if let Some(e) = storage.filter(|_| !accepted.is_empty()) {
            fields.push(("storage", e.into()));
        }
        self.reply(fields)
    }

    async fn remove(&mut self, name: Option<String>) -> Reply {
        if let Ok(store) = &self.store {
            if let Err(e) = store.delete(name.as_deref()).await {
                return Reply::error(e);
            }
        }
        self.own.remove(name.as_deref());
        self.reply(Vec::new())
    }

    async fn handle(&mut self, data: JsValue) -> Reply {
        if let Some(bytes) = get(&data, "init") {
            self.init(Uint8Array::new(&bytes).to_vec()).await
        } else if let Some(list) = get(&data, "add") {
            self.add(files(&list).await).await
        } else if let Some(name) = get(&data, "remove") {
            self.remove(name.as_string()).await
        } else {
            Reply::error("the reader of your articles got a message it does not know")
        }
    }
}

/// The files of an `add` message: `File`s are read here; pasted text is taken as UTF-8. A file
/// that cannot be read is kept empty, so it is refused with a reason like any empty file.
async fn files(list: &JsValue) -> Vec<SourceFile> {
    let list: Array = list.clone().unchecked_into();
    let mut out = Vec::with_capacity(list.length() as usize);
    for f in list.iter() {
        let name = get(&f, "name")
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        let bytes = match f.dyn_ref::<web_sys::File>() {
            Some(file) => match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => Uint8Array::new(&buffer).to_vec(),
                Err(_) => Vec::new(),
            },
            None => get(&f, "text")
                .and_then(|t| t.as_string())
                .unwrap_or_default()
                .into_bytes(),
        };
        out.push(SourceFile { name, bytes });
    }
    out
}

async fn serve(mut messages: mpsc::UnboundedReceiver<JsValue>) {
    let mut worker = Worker {
        bundled: None,
        own: OwnArticles::default(),
        store: Err("the reader of your articles has not started".into()),
    };
    while let Some(data) = messages.next().await {
        let reply = worker.handle(data).await;
        let msg = object(reply.fields);
        let sent = match reply.transfer {
            Some(buffer) => scope().post_message_with_transfer(&msg, &Array::of1(&buffer)),
            None => scope().post_message(&msg),
        };
        if sent.is_err() {
            post(&object(vec![(
                "error",
                "the reader of your articles could not send its answer".into(),
            )]));
        }
    }
}

fn main() {
    let (sender, messages) = mpsc::unbounded();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let _ = sender.unbounded_send(e.data());
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    wasm_bindgen_futures::spawn_local(serve(messages));
    post(&object(vec![("ready", true.into())]));
}
