// The page's loader (tools/single-file.mjs fills in the @…@ values, minifies it and allows it by
// its hash). Plain JavaScript, run as a module script once the page is parsed:
// - it unpacks the app (LZMA, with a 5 KB wasm decoder), compiles it and starts it, and the rest
//   of its wasm (tools/split.mjs) once the first screen is drawn, or when first called;
// - when the app cannot start (no WebAssembly: JIT turned off by a policy; a damaged copy; a
//   failure at start), it says so in plain words and shows the manual's guide, the first part of
//   the packed stream, which it reads with the LZMA decoder in plain JavaScript (no wasm needed);
// - when the app stops later (a trap, a panic: the release build aborts, which traps; an uncaught
//   error in a callback), it puts a banner over the screen: what is saved, reload, and a backup
//   made here from what storage holds, in the form the app restores (issue 24).

// Marks for the benchmark (tools/bench.mjs): where the start-up's time goes.
performance.mark("incident-navi:loader");
// The page as it was before the app touched it, for "save this tool": a copy of the element tree
// now (cheap: the texts are shared), turned into the file's bytes only when the user asks for it
// (src/web/files.rs). The page is windows-1252, and every character of it below U+0100 is its
// byte (the data blocks hold no other: tools/lzma.mjs); any other (the Japanese of the texts and
// attributes: the scripts are ASCII) becomes a character reference, as in the file.
const PRISTINE = document.documentElement.cloneNode(true);
Object.defineProperty(window, "__incidentNaviPristine", { get: () => {
  const out = [];
  for (const ch of "<!DOCTYPE html>\n" + PRISTINE.outerHTML) {
    const c = ch.codePointAt(0);
    if (c < 256) out.push(c);
    else for (const r of `&#x${c.toString(16)};`) out.push(r.charCodeAt(0));
  }
  return Uint8Array.from(out);
} });
// The packed parts, in order: the loader's words, the guide, the glue, the stylesheet, the wasm's
// primary module (what the first screen runs), its secondary (the rest: tools/split.mjs).
const WORDS = @WORDS_LENGTH@, GUIDE = WORDS + @GUIDE_LENGTH@, GLUE = GUIDE + @GLUE_LENGTH@, CSS = GLUE + @CSS_LENGTH@, REST = CSS + @PRIMARY_LENGTH@, TOTAL = @TOTAL_LENGTH@, TEXT = @TEXT_LENGTH@;
// A module whose one function calls the JS function it imports: what puts `loadRest` in a table.
const CALLER = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 2, 7, 1, 1, 120, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0];
const KEYS = "incident-navi/v1/";
// The data blocks' text (four characters for 31 or 32 bits: tools/lzma.mjs): unbyte reads the
// decoder's, and the guide's part of the packed one (the wasm decoder reads the rest itself). unlzma
// (tools/unlzma.mjs) is the LZMA decoder in plain JavaScript.
@IS_SYMBOL@
@UNBYTE@
@UNLZMA@
@DRAIN@
const utf8 = new TextDecoder();
// The stream's first `length` bytes by the plain-JS decoder, from only the first `from` bytes of
// the packed text (as many as they need: the build counts them), checked against the build's
// checksum: a damaged copy gives nothing rather than garbled words or a garbled guide.
const head = (from, length, sum) => {
  const bytes = unlzma(unbyte(document.getElementById("packed").text, from), length);
  if (bytes.length !== length || bytes.reduce((h, b) => Math.imul(h ^ b, 16777619), -2128831035) !== sum) throw new Error("damaged");
  return bytes;
};

// ---- Words. Each is [Japanese, English] (tools/loader-words.mjs): the packed stream's first part,
// read at the start (or without wasm by the plain-JS decoder). Until then, or when a damaged copy
// has them garbled, only these.
let W = @FALLBACK_WORDS@;

// The language: the one chosen in the app (stored), or the page's.
const language = () => {
  try {
    const chosen = localStorage.getItem(KEYS + "lang");
    if (chosen) return chosen === "en" ? 1 : 0;
  } catch { /* storage refused: the page's */ }
  return document.documentElement.lang === "en" ? 1 : 0;
};
// An element with attributes and children (text or elements).
const el = (tag, attrs, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) e.setAttribute(k, v);
  e.append(...children);
  return e;
};
// Both languages of a word, each with its lang; CSS shows one (.l-ja / .l-en).
const both = ([ja, en]) => [el("span", { lang: "ja" }, ja), el("span", { lang: "en" }, en)];
const button = (words, click, primary) => {
  const b = el("button", { type: "button", class: primary ? "b-button b-primary" : "b-button" }, ...words);
  b.addEventListener("click", click);
  return b;
};
// A moment as the app shows it: Japan's time (UTC+9, as core/time.rs), "2026-11-27 10:03".
const jst = (ms) => new Date(ms + 9 * 3600e3).toISOString().slice(0, 16).replace("T", " ");

// ---- What storage holds (src/web/storage: heads in localStorage, timelines in localStorage or
// IndexedDB), read without the app.
const stored = () => {
  const out = { heads: [], timelines: {}, register: null, lastBackup: null };
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const value = localStorage.getItem(key);
      if (key.startsWith(KEYS + "incident/")) out.heads.push([key.slice(KEYS.length + 9), value]);
      else if (key.startsWith(KEYS + "timeline/")) out.timelines[key.slice(KEYS.length + 9)] = value;
      else if (key === KEYS + "register") out.register = value;
      else if (key === KEYS + "last-backup") out.lastBackup = Number(value) || null;
    }
  } catch { /* storage refused: nothing to list */ }
  return out;
};
// Every timeline in IndexedDB (src/web/storage/timelines.js), or null when it cannot be read.
const storedTimelines = () => new Promise((resolve) => {
  try {
    const request = indexedDB.open("incident-navi");
    // A database that was not there is made as the app makes it (an empty one).
    request.onupgradeneeded = () => request.result.createObjectStore("timelines");
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains("timelines")) return db.close(), resolve({});
      const store = db.transaction("timelines").objectStore("timelines");
      const keys = store.getAllKeys(), texts = store.getAll();
      store.transaction.oncomplete = () => {
        db.close();
        resolve(Object.fromEntries(keys.result.map((k, i) => [k, texts.result[i]])));
      };
      store.transaction.onerror = () => (db.close(), resolve(null));
    };
  } catch { resolve(null); }
});
// The backup file the app writes (src/core/backup.rs: every incident as a file record, schema 3,
// its timeline inside), from the stored heads (schema 1-2: a file record already; 3-4: head and
// timeline apart). A record this build cannot read (damaged, a newer version's) stays where it is.
const backupFile = async (build) => {
  const { heads, timelines } = stored();
  const inDb = heads.some(([id]) => !(id in timelines)) ? await storedTimelines() : {};
  const incidents = [];
  let withoutTimeline = 0;
  for (const [id, text] of heads) {
    try {
      const head = JSON.parse(text);
      if (head.schema === 1 || head.schema === 2) incidents.push(head);
      else if (head.schema === 3 || head.schema === 4) {
        // The localStorage copy, where there is one, is always the newest.
        const timeline = timelines[id] ?? inDb?.[id];
        if (timeline == null && inDb === null) withoutTimeline++;
        incidents.push({ schema: 3, incident: { ...head.incident, timeline: timeline == null ? [] : JSON.parse(timeline) } });
      }
    } catch { /* unreadable: the app sets it aside and lists it */ }
  }
  const file = { format: "incident-navi-backup", schema: 3, made_with: `0.1.0 (${build}), rescue`, exported_at: Date.now(), incidents };
  return { text: JSON.stringify(file), withoutTimeline };
};
const download = (text, name) => {
  const a = el("a", { download: name, href: URL.createObjectURL(new Blob([text], { type: "application/json" })) });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
};
const stamp = () => jst(Date.now()).replace(/[-:]/g, "").replace(" ", "-");
// The buttons that save what is stored: the backup, and the register where there is one.
const rescueButtons = (say, note) => {
  const build = document.querySelector('meta[name="incident-navi-build"]')?.content ?? "dev";
  const out = [button([say(W.backup)], async () => {
    try {
      const { text, withoutTimeline } = await backupFile(build);
      const name = `incident-navi-backup-${stamp()}.json`;
      download(text, name);
      try { localStorage.setItem(KEYS + "last-backup", String(Date.now())); } catch { /* only a reminder */ }
      note.textContent = `${say(W.downloaded)} ${name}` + (withoutTimeline ? ` ${withoutTimeline} ${say(W.noTimeline)}` : "");
    } catch (e) {
      note.textContent = `${say(W.backupFailed)} ${e}`;
    }
  }, true)];
  const { register } = stored();
  if (register) out.push(button([say(W.register)], () => download(register, `register-backup-${stamp()}.json`)));
  return out;
};

// ---- The app stopped: a banner over the screen, in the user's language.
let stopped = false;
const showStopped = (error) => {
  if (stopped) return;
  stopped = true;
  const lang = language(), say = (w) => w[lang], damaged = error?.message === "damaged";
  const app = document.getElementById("app");
  if (app) app.inert = true; // every later click and keystroke would go nowhere
  const { heads, lastBackup } = stored();
  const saved = [];
  for (const [, text] of heads) {
    try {
      const { incident } = JSON.parse(text);
      saved.push([incident.updated_at, `${incident.title || say(W.untitled)}${incident.deleted_at ? " " + say(W.deleted) : ""}: ${say(W.savedAt)} ${jst(incident.updated_at)}`]);
    } catch { /* unreadable: not listed */ }
  }
  saved.sort((a, b) => b[0] - a[0]);
  const note = el("p", { role: "status" });
  const contact = PRISTINE.querySelector(".b-contact")?.cloneNode(true);
  contact?.querySelector("h2")?.removeAttribute("id");
  contact?.removeAttribute("aria-labelledby");
  const banner = el("div", { class: "crash", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "crash-title", lang: ["ja", "en"][lang] },
    el("div", { class: ["l-ja", "l-en"][lang] },
      el("h2", { id: "crash-title", tabindex: "-1" }, say(W.stopped)),
      el("p", {}, say(damaged ? W.damaged : W.stoppedWhy)),
      ...(saved.length ? [el("p", {}, say(W.savedHead)), el("ul", {}, ...saved.map(([, line]) => el("li", {}, line)))] : [el("p", {}, say(W.noneSaved))]),
      el("p", {}, say(W.lastSeconds) + (lastBackup ? ` ${say(W.lastBackup)} ${jst(lastBackup)}` : "")),
      // A damaged copy stops again after a reload: the backup, then the file again (said above).
      ...(damaged ? [] : [el("p", {}, el("strong", {}, say(W.whatToDo)))]),
      el("p", {}, ...rescueButtons(say, note), ...(damaged ? [] : [button([say(W.reload)], () => location.reload())])),
      note,
      ...(contact ? [contact] : []),
      el("details", {}, el("summary", {}, say(W.details)), el("code", {}, String(error?.cause?.stack ?? error?.stack ?? error))),
    ));
  document.body.append(banner);
  banner.querySelector("h2").focus();
};
const onStop = (event) => {
  // A trap is a WebAssembly.RuntimeError; any other uncaught error thrown on its way through the
  // app leaves it as broken. An error event without an error (a ResizeObserver notice) is not one.
  const error = event.type === "error" ? event.error : event.reason;
  if (error == null || (event.type === "unhandledrejection" && !(error instanceof WebAssembly.RuntimeError))) return;
  showStopped(error);
};

// ---- The app cannot start: say why, and show the guide.
const cannotStart = (error) => {
  console.warn("incident-navi:", error);
  const boot = document.getElementById("boot");
  // The app had already taken the page over: it stopped.
  if (!boot) return showStopped(error);
  let words = 1;
  try { W = JSON.parse(utf8.decode(head(@WORDS_IN@, WORDS, @WORDS_SUM@))); } catch { words = 0; }
  const why = !words ? [W.damaged] : typeof WebAssembly !== "object" ? [W.noWasm, W.askIt, W.forIt]
    : error?.message === "damaged" ? [W.damaged]
    : error instanceof WebAssembly.CompileError ? [W.compile] : [W.failed];
  // b-down: on a narrow screen the contact comes first (styles/boot.css).
  const show = (lang) => {
    boot.className = `boot b-down l-${lang}`;
    document.documentElement.lang = lang;
  };
  const flip = () => show(boot.classList.contains("l-ja") ? "en" : "ja");
  show(["ja", "en"][language()]);
  const say = (w) => w[boot.classList.contains("l-en") ? 1 : 0];
  const note = el("p", { role: "status" });
  const alert = el("div", { class: "b-alert", role: "alert" },
    el("h1", { class: "b-failed boot-failed" }, ...both(W.title)),
    ...why.map((w) => el("p", { class: w === W.forIt ? "b-it" : "" }, ...both(w))),
    el("p", {}, ...both(W.meanwhile)),
    el("p", {}, button(both(W.other), flip), button(both(W.print), () => print()),
      ...(words && stored().heads.length ? rescueButtons(say, note) : [])),
    note);
  document.getElementById("boot-status")?.replaceWith(alert);
  // The guide in a task of its own, so the notice may be painted first: without the JIT, decoding
  // it takes 30-45 ms.
  setTimeout(() => {
    try {
      boot.insertAdjacentHTML("beforeend", utf8.decode(head(@GUIDE_IN@, GUIDE, @GUIDE_SUM@).subarray(WORDS)));
    } catch (e) {
      console.warn("incident-navi: the guide could not be read", e); // the contact and first rules stay
    }
  });
};

// The work starts at DOMContentLoaded: the browser may paint the first screen (the contact, the
// first rules) between this script and that event, before the unpacking; at that event the
// contact is on screen and the app has not started (tests/e2e/resilience.test.mjs).
document.addEventListener("DOMContentLoaded", async () => {
  try {
    const handedOver = new Promise((resolve, reject) => {
      Object.defineProperty(window, "__incidentNaviGlue", { value: resolve, configurable: true });
      document.addEventListener("securitypolicyviolation", reject, { once: true });
      // A glue damaged in the file fails to parse: it would never hand over.
      window.addEventListener("error", reject, { once: true });
    });
    // The LZMA decoder (tools/unlzma): a 4 KB wasm module, small enough to compile synchronously.
    const decoder = new WebAssembly.Module(unbyte(document.getElementById("unlzma").text, @DECODER_LENGTH@));
    const { memory, begin, more } = new WebAssembly.Instance(decoder).exports;
    // The packed parts sit in a data block (<script type="text/x-packed">): the HTML parser passes
    // over it, and no JS parser reads it. Its text goes into the decoder's memory as UTF-8 (TEXT
    // bytes), which the decoder reads one byte a character itself; the parts come out after it (the
    // guide's too: it is not used here, and costs about 2 ms). A damaged block stops the decoder
    // early, or traps it.
    const at = memory.buffer.byteLength;
    memory.grow(Math.ceil((TEXT + TOTAL) / 65536));
    new TextEncoder().encodeInto(document.getElementById("packed").text, new Uint8Array(memory.buffer, at, TEXT));
    let unpacked = 0;
    try { unpacked = begin(at, TEXT, at + TEXT, TOTAL) ? drain(more, REST) : 0; } catch { /* a trap: damaged */ }
    if (unpacked < REST) throw new Error("damaged");
    performance.mark("incident-navi:unpacked");
    const out = new Uint8Array(memory.buffer, at + TEXT, TOTAL);
    try { W = JSON.parse(utf8.decode(out.subarray(0, WORDS))); } catch { throw new Error("damaged"); }
    // Compiled here and now: V8 compiles each function at its first call, so this only reads the
    // module (4 ms for this one), where an asynchronous compile left the start waiting 15-20 ms for
    // other threads on a busy machine.
    const compiled = new WebAssembly.Module(out.subarray(CSS, REST));
    const glue = document.createElement("script");
    glue.textContent = utf8.decode(out.subarray(GUIDE, GLUE));
    document.head.append(glue);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(utf8.decode(out.subarray(GLUE, CSS)));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const init = await handedOver;
    glue.remove();
    delete window.__incidentNaviGlue;
    // The rest of the wasm (tools/split.mjs): unpacked, compiled and started once, by the first
    // call into it (the primary's stub calls this through its one-slot table, and carries on
    // when it returns) or once the first screen is up. It shares the primary's memory, globals
    // and tables, and takes the same JS imports. A damaged rest stops the app, with the banner.
    let exports, rest = REST === TOTAL;
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = async (module, imports) => {
      const made = await instantiate(module, imports);
      if (module === compiled && !rest) {
        exports = made.exports;
        const loadRest = (why) => {
          if (rest) return;
          rest = true;
          try {
            if (drain(more, TOTAL) < TOTAL) throw new Error("cut short");
            new WebAssembly.Instance(new WebAssembly.Module(out.subarray(REST, TOTAL)), { ...imports, p: exports });
          } catch (cause) {
            // The copy was damaged after the part the first screen runs.
            throw new Error("damaged", { cause });
          }
          exports.$l.value = 1;
          performance.mark("incident-navi:rest", { detail: why });
        };
        // The stubs' one-slot table: a wasm function that calls loadRest.
        exports[`$t${Object.keys(exports).filter((k) => k[0] === "$" && k[1] === "t").length - 1}`]
          .set(0, new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(CALLER)), { x: { f: () => loadRest("first use") } }).exports.f);
        // Once the first screen is painted, the rest, so the first click does not wait for it.
        requestAnimationFrame(() => setTimeout(() => {
          try { loadRest("after the first screen"); } catch (e) { showStopped(e); }
        }));
      }
      return made;
    };
    performance.mark("incident-navi:wasm");
    // From here on, an error that escapes the app means it stopped.
    window.addEventListener("error", onStop);
    window.addEventListener("unhandledrejection", onStop);
    try {
      await init({ module_or_path: compiled });
    } finally {
      WebAssembly.instantiate = instantiate;
    }
  } catch (err) {
    cannotStart(err);
  }
}, { once: true });
