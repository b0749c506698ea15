// live.js: added by "briefs serve" to every page it serves, never to a built site.
// It listens to the server's event stream and reloads the page, swaps its style sheets,
// or shows the build error and the warnings. See package preview.
(() => {
  "use strict";
  const script = document.currentScript;
  const page = location.pathname;
  const scrollKey = "briefs-scroll";
  let version = script ? script.dataset.version : "";
  let stream = null;

  // A reload keeps the scroll position: it is saved just before and restored on load.
  const saved = sessionStorage.getItem(scrollKey);
  if (saved) {
    sessionStorage.removeItem(scrollKey);
    const s = JSON.parse(saved);
    if (s.page === page) {
      history.scrollRestoration = "manual";
      const restore = () => window.scrollTo(s.x, s.y);
      if (document.readyState === "complete") restore();
      else window.addEventListener("load", restore, { once: true });
    }
  }

  // reload loads the page again. A full reload saves the scroll position first.
  function reload() {
    sessionStorage.setItem(scrollKey, JSON.stringify({ page, x: window.scrollX, y: window.scrollY }));
    location.reload();
  }

  const isSheet = (el) => el.matches('link[rel~="stylesheet"]');
  const sheets = (doc) => [...doc.querySelectorAll('link[rel~="stylesheet"]')].map((l) => l.getAttribute("href")).join(" ");
  const runnable = (s) => !s.type || /^(module|(text|application)\/(java|ecma)script)$/i.test(s.type);
  let refreshing = null; // the refresh under way, if any
  let again = false; // another refresh was asked for meanwhile

  // refresh fetches the page again and swaps its head and body in place, which is much
  // faster than a reload and keeps the scroll position and the page's state. A page whose
  // style sheets differ, or with scripts that would have to run, is reloaded instead.
  async function refresh() {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = (async () => {
      try {
        const res = await fetch(location.href, { cache: "no-cache" });
        const doc = new DOMParser().parseFromString(await res.text(), "text/html");
        doc.querySelectorAll('script[src^="/_briefs/"]').forEach((s) => s.remove());
        if (!res.headers.get("Content-Type")?.startsWith("text/html") ||
            sheets(doc) !== sheets(document) || [...doc.scripts].some(runnable)) {
          reload();
          return;
        }
        const x = window.scrollX, y = window.scrollY;
        for (const el of [...document.head.children]) if (!isSheet(el)) el.remove();
        for (const el of [...doc.head.children]) if (!isSheet(el)) document.head.append(document.adoptNode(el));
        document.body.replaceWith(document.adoptNode(doc.body));
        window.scrollTo(x, y);
        show(last);
      } catch {
        reload();
      }
    })();
    await refreshing;
    refreshing = null;
    if (again) {
      again = false;
      refresh();
    }
  }

  // swapCSS loads each same-origin style sheet again and removes the old one once the new
  // one is in, so the page never shows unstyled.
  function swapCSS() {
    for (const old of document.querySelectorAll('link[rel~="stylesheet"]')) {
      const url = new URL(old.href, location.href);
      if (url.origin !== location.origin) continue;
      url.searchParams.set("briefs", version);
      const fresh = old.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener("load", () => old.remove(), { once: true });
      fresh.addEventListener("error", () => fresh.remove(), { once: true });
      old.after(fresh);
    }
  }

  function box(id, css) {
    let el = document.getElementById(id);
    if (!el) {
      el = document.createElement("div");
      el.id = id;
      el.style.cssText = "all:initial;position:fixed;z-index:2147483647;box-sizing:border-box;" +
        "font:14px/1.45 system-ui,sans-serif;color:#1a1a1a;background:#fff;" + css;
      document.body.append(el);
    }
    el.replaceChildren();
    return el;
  }

  function add(parent, tag, text, css) {
    const el = document.createElement(tag);
    el.textContent = text;
    if (css) el.style.cssText = css;
    parent.append(el);
    return el;
  }

  // showError puts the build error over the page, or takes it away.
  function showError(err) {
    if (!err) {
      document.getElementById("briefs-overlay")?.remove();
      return;
    }
    const el = box("briefs-overlay", "inset:0;overflow:auto;padding:2rem;background:rgba(255,255,255,.97);" +
      "border-top:6px solid #b00020");
    el.setAttribute("role", "alert");
    add(el, "strong", "The site did not build", "display:block;font-size:1.3em;color:#b00020;margin-bottom:.8em");
    add(el, "pre", err, "all:initial;display:block;white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace;" +
      "color:#1a1a1a;background:#f4f4f4;padding:1em;border-radius:4px");
    add(el, "p", "This is the last good build. Fix the file and save: the page recovers by itself.",
      "margin-top:1em");
  }

  // showWarnings shows a small badge listing the build's warnings, or takes it away.
  function showWarnings(list, more) {
    const n = (list ? list.length : 0) + (more || 0);
    if (n === 0) {
      document.getElementById("briefs-badge")?.remove();
      return;
    }
    const el = box("briefs-badge", "right:.75rem;bottom:.75rem;max-width:min(40rem,90vw);max-height:50vh;" +
      "overflow:auto;border:1px solid #c77700;border-radius:6px;padding:.3rem .6rem;background:#fff8e6");
    const d = document.createElement("details");
    add(d, "summary", n === 1 ? "1 warning" : n + " warnings", "cursor:pointer;color:#7a4700;font-weight:600");
    const ul = add(d, "ul", "", "margin:.4em 0;padding-left:1.2em");
    for (const w of list || []) add(ul, "li", w, "font:12px/1.4 ui-monospace,monospace");
    if (more) add(ul, "li", "and " + more + " more (see the terminal)");
    el.append(d);
  }

  let last = null; // the last message
  function show(m) {
    if (!m) return;
    showError(m.error);
    showWarnings(m.warnings, m.more);
  }

  let retry = 0; // the timer of the next attempt to connect
  function connect() {
    const url = "/_briefs/events?v=" + encodeURIComponent(version) + "&page=" + encodeURIComponent(page);
    stream = new EventSource(url);
    stream.onmessage = (e) => {
      const m = JSON.parse(e.data);
      version = m.version;
      last = m;
      if (m.action === "reload") refresh();
      if (m.action === "css") swapCSS();
      show(m);
    };
    stream.onerror = () => {
      // The server stopped or restarted: try again with the version we have, so that a
      // restarted server tells us to reload.
      disconnect();
      retry = setTimeout(connect, 1000);
    };
  }

  function disconnect() {
    clearTimeout(retry);
    stream?.close();
    stream = null;
  }

  // A hidden tab lets go of its stream, as a browser opens at most six connections to one
  // server, and catches up with the builds it missed when it is shown again.
  document.addEventListener("visibilitychange", () => {
    if (document.hidden) disconnect();
    else if (!stream) connect();
  });
  if (!document.hidden) connect();
})();
