//! The reader's own files in this browser's IndexedDB, through rexie: one record
//! `{name, bytes, added}` per file, keyed by name, in the store `own-articles` of the database
//! `mediation-explorer` (the layout the first version wrote, so files kept by it are read back).
//!
//! Every write is one transaction: all of its records are kept or none, so a failure (the quota
//! reached, storage refused) never touches what was kept before. Errors are sentences for the
//! reader.

use explorer_core::corpus::SourceFile;
use js_sys::{Object, Reflect, Uint8Array};
use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

const DATABASE: &str = "mediation-explorer";
const STORE: &str = "own-articles";

/// An open database.
pub struct Store {
    db: Rexie,
}

/// A storage failure in the reader's words: what happened, and what it means for them.
fn reason(e: rexie::Error) -> String {
    // rexie says "idb error"; the IndexedDB error under it names the browser's reason.
    let detail = std::error::Error::source(&e)
        .map(|s| s.to_string())
        .unwrap_or_else(|| e.to_string());
    if detail.contains("QuotaExceededError") {
        "the browser's storage for this site is full".into()
    } else if detail.contains("indexed db not found") {
        "this browser gives this page no storage for files (IndexedDB is missing or turned off)"
            .into()
    } else if [
        "InvalidStateError",
        "SecurityError",
        "UnknownError",
        "open indexed db",
    ]
    .iter()
    .any(|k| detail.contains(k))
    {
        format!("this browser does not allow this site to keep files (a private window?): {detail}")
    } else {
        detail
    }
}

fn get(record: &JsValue, key: &str) -> JsValue {
    Reflect::get(record, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

impl Store {
    /// Opens the database, creating it on the first visit.
    pub async fn open() -> Result<Store, String> {
        let db = Rexie::builder(DATABASE)
            .version(1)
            .add_object_store(ObjectStore::new(STORE).key_path("name"))
            .build()
            .await
            .map_err(reason)?;
        Ok(Store { db })
    }

    /// Every kept file, oldest first.
    pub async fn files(&self) -> Result<Vec<SourceFile>, String> {
        let tx = self
            .db
            .transaction(&[STORE], TransactionMode::ReadOnly)
            .map_err(reason)?;
        let records = tx
            .store(STORE)
            .map_err(reason)?
            .get_all(None, None)
            .await
            .map_err(reason)?;
        let mut files: Vec<(f64, SourceFile)> = records
            .iter()
            .filter_map(|r| {
                let name = get(r, "name").as_string()?;
                let bytes = get(r, "bytes");
                let bytes = if bytes.is_object() {
                    Uint8Array::new(&bytes).to_vec()
                } else {
                    Vec::new()
                };
                let added = get(r, "added").as_f64().unwrap_or(0.0);
                Some((added, SourceFile { name, bytes }))
            })
            .collect();
        files.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.name.cmp(&b.1.name)));
        Ok(files.into_iter().map(|(_, f)| f).collect())
    }

    /// Keeps files, all of them or none.
    pub async fn put(&self, files: &[SourceFile], now: f64) -> Result<(), String> {
        if files.is_empty() {
            return Ok(());
        }
        let tx = self
            .db
            .transaction(&[STORE], TransactionMode::ReadWrite)
            .map_err(reason)?;
        let store = tx.store(STORE).map_err(reason)?;
        let records = files.iter().enumerate().map(|(i, f)| {
            let r = Object::new();
            let _ = Reflect::set(&r, &"name".into(), &f.name.as_str().into());
            let _ = Reflect::set(&r, &"bytes".into(), &Uint8Array::from(f.bytes.as_slice()));
            let _ = Reflect::set(&r, &"added".into(), &(now + i as f64).into());
            (JsValue::from(r), None)
        });
        store.put_all(records).await.map_err(reason)?;
        committed(tx.done().await)
    }

    /// Forgets one kept file, or every one with `None`.
    pub async fn delete(&self, name: Option<&str>) -> Result<(), String> {
        let tx = self
            .db
            .transaction(&[STORE], TransactionMode::ReadWrite)
            .map_err(reason)?;
        let store = tx.store(STORE).map_err(reason)?;
        match name {
            Some(n) => store.delete(n.into()).await,
            None => store.clear().await,
        }
        .map_err(reason)?;
        committed(tx.done().await)
    }
}

fn committed(done: rexie::Result<rexie::TransactionResult>) -> Result<(), String> {
    match done.map_err(reason)? {
        rexie::TransactionResult::Committed => Ok(()),
        rexie::TransactionResult::Aborted => {
            Err("the browser did not complete the change to its storage".into())
        }
    }
}
