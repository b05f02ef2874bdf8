// Mediation Explorer's service worker. scripts/post_build.py fills in the build id and the list
// of every file of the build, so each build precaches exactly its own files in a cache of its
// own. An old build keeps serving its own cache until the page agrees to switch, so old and new
// files are never mixed.
const BUILD = "__BUILD_ID__";
const FILES = __PRECACHE__;
const PREFIX = "mediation-explorer-";
const CACHE = PREFIX + BUILD;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every view of the app is the same page with another query string.
  const key = request.mode === "navigate" ? "./" : request;
  // A page asking for a fresh copy of a file (the app refetching a damaged or stale bundle):
  // the network first, kept for next time; the cached copy when offline.
  if (request.cache === "reload" && request.mode !== "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key, { ignoreSearch: request.mode === "navigate" }).then((hit) => hit || fetch(request)),
    ),
  );
});
