// The kiosk screen's script (served as /kiosk/app.js; plain browser JavaScript, no build step).
// Every answer gets an id made here (a UUID) and waits in IndexedDB until the server has stored
// it; the id travels as the Idempotency-Key, so a retry after a lost answer never counts twice.
// With the network down the screen keeps working (the service worker serves it, also after a
// reload) and the queue is sent when the network returns. docs/surveys.md, "Kiosk mode".
(() => {
  "use strict";
  const main = document.getElementById("kiosk");
  const form = document.getElementById("kiosk-form");
  if (!main || !form) return;
  const texts = JSON.parse(document.getElementById("kiosk-texts").textContent);
  const unit = main.dataset.unit;
  const minSeconds = Number(main.dataset.minSeconds);
  const idleMs = Number(main.dataset.idleSeconds) * 1000;
  const thanksMs = Number(main.dataset.thanksSeconds) * 1000;
  const keys = [...form.querySelectorAll("fieldset[data-q]")].map((f) => f.dataset.q);
  const $ = (id) => document.getElementById(id);
  const LAST = "rapor-kiosk-last-answer";

  let lang = "id";
  const t = (key, values = {}) => texts[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
  function setLanguage(next) {
    lang = next;
    document.documentElement.lang = lang;
    document.title = t("title");
    for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
    $("lang").lang = lang === "id" ? "en" : "id";
    void showQueue();
  }
  $("lang").addEventListener("click", () => setLanguage(lang === "id" ? "en" : "id"));

  // The queue: one IndexedDB store of { id, madeAt, body }.
  const opened = new Promise((resolve, reject) => {
    const request = indexedDB.open("rapor-kiosk", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("queue", { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  async function store(mode, operation) {
    const db = await opened;
    return new Promise((resolve, reject) => {
      const tx = db.transaction("queue", mode);
      const request = operation(tx.objectStore("queue"));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
    });
  }
  const queued = async () => (await store("readonly", (s) => s.getAll())).sort((a, b) => (a.madeAt < b.madeAt ? -1 : 1));
  const enqueue = (item) => store("readwrite", (s) => s.put(item));
  const dequeue = (id) => store("readwrite", (s) => s.delete(id));

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  let offline = !navigator.onLine;
  let unpaired = false;
  let notice = "";
  async function showQueue() {
    const count = (await queued()).length;
    const parts = [];
    if (offline) parts.push(t("offline"));
    if (count) parts.push(t("pending", { count }));
    if (notice) parts.push(notice);
    $("status").textContent = parts.join(" · ");
    $("unpaired-pending").textContent = count ? t("pending", { count }) : "";
    return count;
  }
  function showUnpaired() {
    unpaired = true;
    form.hidden = true;
    $("thanks").hidden = true;
    $("unpaired").hidden = false;
  }

  // Sends the queue, oldest first. Stops at a network failure or a server error (tried again
  // later), and at a revoked pairing (the queue stays until the device is paired again).
  let sending = false;
  async function flush() {
    if (sending || unpaired) return;
    sending = true;
    try {
      const items = await queued();
      for (const [i, item] of items.entries()) {
        let response;
        try {
          response = await fetch("/api/v1/surveys", {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "Idempotency-Key": item.id, "Accept-Language": lang, "X-Kiosk-Pending": String(items.length - i) },
            body: JSON.stringify(item.body),
          });
        } catch {
          offline = true;
          break;
        }
        offline = false;
        if (response.status === 401) {
          showUnpaired();
          break;
        }
        if (response.ok) {
          await dequeue(item.id);
          continue;
        }
        if (response.status >= 500) break;
        // Refused for good (an invalid answer, the device's limits): it would be refused again.
        const answer = await response.json().catch(() => ({}));
        await dequeue(item.id);
        notice = t("refused", { message: answer.message || String(response.status) });
      }
    } finally {
      sending = false;
      const pending = await showQueue();
      if (!unpaired && !offline) void heartbeat(pending);
    }
  }
  async function heartbeat(pending) {
    try {
      const response = await fetch("/api/v1/kiosk/heartbeat", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ pending }),
      });
      if (response.status === 401) showUnpaired();
    } catch {
      // offline: the next round says it
    }
  }

  // The form: all nine answers, then a thank-you for a few seconds and a fresh form.
  let idleTimer = 0;
  let thanksTimer = 0;
  function showError(message, fieldset) {
    const error = $("form-error");
    error.textContent = message;
    error.hidden = !message;
    if (fieldset) fieldset.scrollIntoView({ block: "center" });
  }
  function freshForm() {
    clearTimeout(thanksTimer);
    form.reset();
    for (const f of form.querySelectorAll("fieldset.bad")) f.classList.remove("bad");
    showError("");
    $("thanks").hidden = true;
    form.hidden = unpaired;
    if (lang !== "id") setLanguage("id");
    window.scrollTo(0, 0);
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const missing = keys.filter((k) => !form.querySelector(`input[name="${k}"]:checked`));
    for (const f of form.querySelectorAll("fieldset[data-q]")) f.classList.toggle("bad", missing.includes(f.dataset.q));
    if (missing.length) {
      showError(t("missing", { count: missing.length }), form.querySelector(`fieldset[data-q="${missing[0]}"]`));
      return;
    }
    // The server counts the same rule on the device's time; saying it here keeps the answer on screen.
    const now = Date.now();
    const last = Number(localStorage.getItem(LAST) || 0);
    if (Math.abs(now - last) < minSeconds * 1000) {
      showError(t("tooSoon", { seconds: minSeconds }));
      return;
    }
    const madeAt = new Date(now).toISOString();
    const answers = Object.fromEntries(keys.map((k) => [k, Number(form.querySelector(`input[name="${k}"]:checked`).value)]));
    await enqueue({ id: uuid(), madeAt, body: { unit, answers, madeAt } });
    localStorage.setItem(LAST, String(now));
    form.hidden = true;
    $("thanks").hidden = false;
    clearTimeout(thanksTimer);
    thanksTimer = setTimeout(freshForm, thanksMs);
    void flush();
  });
  // The next visitor may start at once by touching the thank-you.
  $("thanks").addEventListener("click", freshForm);
  form.addEventListener("change", (event) => {
    const fieldset = event.target.closest("fieldset[data-q]");
    if (fieldset) fieldset.classList.remove("bad");
  });

  // A half-filled form left alone is cleared for the next visitor.
  function touched() {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (!form.hidden && (form.querySelector("input:checked") || lang !== "id")) freshForm();
    }, idleMs);
  }
  for (const type of ["pointerdown", "keydown", "change", "scroll"]) document.addEventListener(type, touched, { passive: true, capture: true });
  touched();

  window.addEventListener("online", () => {
    offline = false;
    void flush();
  });
  window.addEventListener("offline", () => {
    offline = true;
    void showQueue();
  });
  setInterval(() => void flush(), 15_000);
  void flush();

  if ("serviceWorker" in navigator) navigator.serviceWorker.register("/kiosk/sw.js", { scope: "/kiosk" }).catch(() => {});
})();
