// The reader's own articles in IndexedDB: one record {name, bytes, added} per file, keyed by
// name. Imported by src/platform.rs through wasm-bindgen. Every function returns a promise that
// rejects with a sentence for the reader; a failed write never touches the records already kept.
const DB = "mediation-explorer";
const STORE = "own-articles";

function reason(e) {
  const name = e && e.name;
  if (name === "QuotaExceededError") return "the browser's storage for this site is full";
  if (name === "InvalidStateError" || name === "SecurityError")
    return "this browser does not allow storage here (a private window?)";
  return (e && e.message) || String(e);
}

function open() {
  return new Promise((resolve, reject) => {
    if (!("indexedDB" in self)) return reject("this browser has no storage for files (IndexedDB)");
    let req;
    try {
      req = indexedDB.open(DB, 1);
    } catch (e) {
      return reject(reason(e));
    }
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "name" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(reason(req.error));
    req.onblocked = () => reject("the storage is in use by another tab of the explorer");
  });
}

function run(mode, f) {
  return open().then(
    (db) =>
      new Promise((resolve, reject) => {
        let tx;
        try {
          tx = db.transaction(STORE, mode);
        } catch (e) {
          db.close();
          return reject(reason(e));
        }
        const result = f(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(result.value);
        };
        tx.onabort = tx.onerror = () => {
          db.close();
          reject(reason(tx.error));
        };
      }),
  );
}

// Every stored file, oldest first: an array of {name, bytes: Uint8Array}.
export function ownList() {
  return run("readonly", (store) => {
    const out = { value: [] };
    const req = store.getAll();
    req.onsuccess = () => {
      out.value = req.result
        .sort((a, b) => a.added - b.added || (a.name < b.name ? -1 : 1))
        .map((r) => ({ name: r.name, bytes: new Uint8Array(r.bytes) }));
    };
    return out;
  });
}

// Stores files (an array of {name, bytes}) in one transaction: all are kept or none.
export function ownPut(files) {
  const added = Date.now();
  return run("readwrite", (store) => {
    files.forEach((f, i) => store.put({ name: f.name, bytes: f.bytes, added: added + i }));
    return { value: undefined };
  });
}

// Removes one file by name, or every file when name is null.
export function ownDelete(name) {
  return run("readwrite", (store) => {
    if (name == null) store.clear();
    else store.delete(name);
    return { value: undefined };
  });
}
