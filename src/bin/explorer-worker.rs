//! The Web Worker that parses the reader's own articles off the main thread.
//!
//! Once running it posts `{ready}`; then it receives `{files: [{name, bytes}]}` (every own file, stored and new), fetches the bundled
//! corpus itself, and runs the same core code as the build: parse, extract, merge, index. It
//! posts `{done, total}` while it parses, then `{bundle, refused}` (the encoded merged bundle
//! and the files refused with their reasons) or `{error}`.

use explorer_core::bundle;
use explorer_core::corpus::{BuildOptions, SourceFile};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Response};

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(fields: &[(&str, JsValue)]) {
    let msg = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&msg, &JsValue::from_str(k), v);
    }
    let _ = scope().post_message(&msg);
}

async fn bundled() -> Result<explorer_core::model::Corpus, String> {
    let response: Response = JsFuture::from(scope().fetch_with_str("corpus.bin"))
        .await
        .map_err(|e| format!("could not load the corpus: {e:?}"))?
        .unchecked_into();
    let buffer = JsFuture::from(response.array_buffer().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("could not read the corpus: {e:?}"))?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    bundle::decode(&bytes)
        .map(|b| b.corpus)
        .map_err(|e| e.to_string())
}

fn files(data: &JsValue) -> Vec<SourceFile> {
    let list: Array = Reflect::get(data, &"files".into())
        .map(|v| v.unchecked_into())
        .unwrap_or_default();
    list.iter()
        .map(|f| SourceFile {
            name: Reflect::get(&f, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default(),
            bytes: Reflect::get(&f, &"bytes".into())
                .map(|b| Uint8Array::new(&b).to_vec())
                .unwrap_or_default(),
        })
        .collect()
}

async fn handle(data: JsValue) {
    let own = files(&data);
    let corpus = match bundled().await {
        Ok(c) => c,
        Err(e) => return post(&[("error", e.into())]),
    };
    let today = js_sys::Date::new_0();
    let options = BuildOptions {
        today: explorer_core::date::Date::new(
            today.get_utc_full_year() as i32,
            today.get_utc_month() as u8 + 1,
            today.get_utc_date() as u8,
        ),
    };
    let (merged, refused) = explorer_core::own::merge(corpus, own, options, &mut |done, total| {
        post(&[("done", done.into()), ("total", total.into())])
    });
    let refused_js = Array::new();
    for s in refused {
        let pair = Array::of2(&s.file.into(), &s.reason.into());
        refused_js.push(&pair);
    }
    let bytes = Uint8Array::from(bundle::encode(&merged).as_slice());
    post(&[("bundle", bytes.into()), ("refused", refused_js.into())]);
}

fn main() {
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|e: MessageEvent| {
        wasm_bindgen_futures::spawn_local(handle(e.data()));
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&[("ready", true.into())]);
}
