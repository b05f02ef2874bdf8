// Registers the service worker of a release build and reports its state to the app. Imported by
// src/platform.rs through wasm-bindgen; the only JavaScript of the app besides wasm-bindgen's.
let reloading = false;

// Calls onStatus with "unavailable", "installing", "ready", "update" or "error: …".
export function registerOffline(onStatus) {
  const build = document.querySelector('meta[name="explorer-build"]');
  if (!build || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) {
    onStatus("unavailable");
    return;
  }
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading) location.reload();
  });
  navigator.serviceWorker
    .register("./sw.js")
    .then((reg) => {
      const report = () => {
        if (reg.waiting && navigator.serviceWorker.controller) onStatus("update");
        else if (reg.active && !reg.installing) onStatus("ready");
        else onStatus("installing");
      };
      const watch = (worker) => worker && worker.addEventListener("statechange", report);
      watch(reg.installing);
      reg.addEventListener("updatefound", () => watch(reg.installing));
      navigator.serviceWorker.ready.then(report);
      report();
    })
    .catch((e) => onStatus("error: " + e.message));
}

// Switches to the waiting new version; the page reloads when it takes over.
export function applyUpdate() {
  navigator.serviceWorker.getRegistration().then((reg) => {
    if (reg && reg.waiting) {
      reloading = true;
      reg.waiting.postMessage("skip-waiting");
    }
  });
}
