// The kiosk's service worker (served as /kiosk/sw.js, scope /kiosk): the screen and its script
// come from the network when it answers (so updates arrive), else from the cache, so the kiosk
// keeps working through a network drop, also after a reload. Answers are not its business: the
// page keeps them in IndexedDB and sends them itself.
const CACHE = "rapor-kiosk-v1";
const KEPT = ["/kiosk", "/kiosk/app.js"];
const NETWORK_WAIT_MS = 5000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(KEPT.map((path) => fetch(path, { credentials: "same-origin" }).then((r) => (r.ok ? cache.put(path, r) : undefined)))))
      .catch(() => {})
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !KEPT.includes(url.pathname)) return;
  event.respondWith(networkFirst(event.request, url.pathname));
});

async function networkFirst(request, path) {
  const cache = await caches.open(CACHE);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), NETWORK_WAIT_MS);
  try {
    const response = await fetch(request, { signal: abort.signal });
    // Only a working screen is kept (not the "pair again" page of a revoked device).
    if (response.ok) await cache.put(path, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(path);
    if (cached) return cached;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
