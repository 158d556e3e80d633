// The part of Playwright's API the end-to-end suite uses, over puppeteer-core and WebDriver BiDi,
// so the same tests run in stock Firefox ESR (Playwright's own Firefox is a patched build that
// cannot be downloaded here). `E2E_BROWSER=firefox` makes tests/e2e/browser.mjs hand this out.
//
// Kept close to Playwright's semantics where the tests depend on them: locators are lazy and
// strict (an action on a locator that matches two elements fails), actions wait for their element
// (visible and enabled, for clicks), `fill` types the text as a user would (so `change` fires when
// the field is left), getByRole matches the role and accessible name of visible elements.
// Downloads are taken from the page (the anchor a download is started with, and its blob), because
// BiDi has no download events. Print media cannot be emulated over BiDi: `emulateMedia` says so
// through `supportsPrintMedia`, and the print test checks the layout in Chromium only.
import puppeteer from "puppeteer-core";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { inPage, wire } from "./firefox-in-page.mjs";

// Playwright's own default for actions and waits: on a shared two-core machine, a reload and a
// screen's first render in Firefox took over 10 s once (CI, 2026-12-03), and passed alone in 1 s.
const TIMEOUT = 30_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    extraPrefsFirefox: {
      "network.captive-portal-service.enabled": false,
      "app.update.enabled": false,
      "dom.events.asyncClipboard.clipboardItem": true,
    },
  });
  return {
    engine: "firefox",
    async newContext(options = {}) {
      return new Context(await browser.createBrowserContext(), options);
    },
    async close() {
      await browser.close();
    },
  };
}

// In every document: downloads are recorded (name and bytes, as a string of one character a byte:
// the clean copy of the tool is windows-1252, not UTF-8) instead of made.
const DOWNLOADS = `(() => {
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob) => { const url = create.call(URL, blob); blobs.set(url, blob); return url; };
  window.__downloads = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (!this.hasAttribute("download")) return click.call(this);
    const entry = { name: this.download, text: null };
    window.__downloads.push(entry);
    const blob = blobs.get(this.href);
    (blob ? blob.arrayBuffer() : fetch(this.href).then((r) => r.arrayBuffer())).then((buffer) => {
      const bytes = new Uint8Array(buffer);
      let text = "";
      for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
      entry.text = text;
    });
  };
})();`;

class Context {
  constructor(raw, options) {
    this.raw = raw;
    this.options = options;
    this.initScripts = [DOWNLOADS];
    this.pages = [];
  }
  async newPage() {
    const page = new Page(await this.raw.newPage(), this);
    const { width = 1280, height = 720 } = this.options.viewport ?? {};
    await page.raw.setViewport({ width, height });
    for (const source of this.initScripts) await page.raw.evaluateOnNewDocument(source);
    this.pages.push(page);
    return page;
  }
  async addInitScript(fn, arg) {
    const source = typeof fn === "function" ? `(${fn})(${JSON.stringify(arg)})` : fn;
    this.initScripts.push(source);
    for (const page of this.pages) await page.raw.evaluateOnNewDocument(source);
  }
  async close() {
    await this.raw.close();
  }
}

// Playwright key names to puppeteer's.
const KEYS = { Space: " " };

class Page {
  constructor(raw, context) {
    this.raw = raw;
    this.context = () => context;
    this.downloadsSeen = 0;
    this.keyboard = {
      press: async (combo) => {
        const parts = combo.split("+");
        const key = parts.pop();
        for (const m of parts) await raw.keyboard.down(KEYS[m] ?? m);
        await raw.keyboard.press(KEYS[key] ?? key);
        for (const m of parts.reverse()) await raw.keyboard.up(KEYS[m] ?? m);
      },
      type: async (text) => {
        for (const ch of text) await raw.keyboard.sendCharacter(ch);
      },
    };
  }
  supportsPrintMedia() {
    return false;
  }
  on(event, handler) {
    if (event === "request") this.raw.on("request", (r) => handler({ url: () => r.url() }));
    else if (event === "console") this.raw.on("console", (m) => handler({ type: () => m.type(), text: () => m.text() }));
    else if (event === "pageerror") this.raw.on("pageerror", handler);
    else throw new Error(`firefox-shim: no event ${event}`);
  }
  async goto(url) {
    await this.raw.goto(url);
  }
  async reload() {
    await this.raw.reload();
  }
  url() {
    return this.raw.url();
  }
  async close() {
    await this.raw.close();
  }
  async addInitScript(fn, arg) {
    const source = typeof fn === "function" ? `(${fn})(${JSON.stringify(arg)})` : fn;
    await this.raw.evaluateOnNewDocument(source);
  }
  async addScriptTag({ path }) {
    // WebDriver evaluates outside the page's CSP, as Playwright's bypassCSP lets it.
    await this.raw.evaluate(`${readFileSync(path, "utf8")}\n;0`);
  }
  async evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }
  async waitForFunction(fn, arg, options = {}) {
    await this.raw.waitForFunction(fn, { timeout: options.timeout ?? TIMEOUT, polling: 50 }, arg);
  }
  /** The tab the user is in: Firefox gives focus and keys only to the tab in front. */
  bringToFront() { return this.raw.bringToFront(); }
  async waitForTimeout(ms) {
    await sleep(ms);
  }
  async waitForSelector(selector, options = {}) {
    await this.locator(selector).first().waitFor(options);
  }
  async emulateMedia() {
    // Not in WebDriver BiDi: see supportsPrintMedia.
  }
  async pdf(options) {
    return this.raw.pdf(options);
  }
  async waitForEvent(event) {
    if (event !== "download") throw new Error(`firefox-shim: no event ${event}`);
    const index = this.downloadsSeen++;
    await this.raw.waitForFunction((i) => window.__downloads?.[i]?.text != null, { timeout: TIMEOUT, polling: 50 }, index);
    const { name, text } = await this.raw.evaluate((i) => window.__downloads[i], index);
    return new Download(name, text);
  }
  locator(css, options) {
    return new Locator(this, []).locator(css, options);
  }
  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }
  // Page-level shortcuts, strict like Playwright's.
  click(selector) { return this.locator(selector).click(); }
  fill(selector, value) { return this.locator(selector).fill(value); }
  check(selector) { return this.locator(selector).check(); }
  uncheck(selector) { return this.locator(selector).uncheck(); }
  textContent(selector) { return this.locator(selector).textContent(); }
  inputValue(selector) { return this.locator(selector).inputValue(); }
  isChecked(selector) { return this.locator(selector).isChecked(); }
  isDisabled(selector) { return this.locator(selector).isDisabled(); }
  isVisible(selector) { return this.locator(selector).isVisible(); }
  getAttribute(selector, name) { return this.locator(selector).getAttribute(name); }
  focus(selector) { return this.locator(selector).focus(); }
  type(selector, text) { return this.locator(selector).type(text); }
  dispatchEvent(selector, type) { return this.locator(selector).dispatchEvent(type); }
  setInputFiles(selector, files) { return this.locator(selector).setInputFiles(files); }
  selectOption(selector, { label }) { return this.locator(selector).one("option", label); }
}

class Download {
  constructor(name, text) {
    this.name = name;
    this.text = text;
  }
  suggestedFilename() {
    return this.name;
  }
  async path() {
    const file = join(mkdtempSync(join(tmpdir(), "navi-download-")), basename(this.name) || "download");
    writeFileSync(file, Buffer.from(this.text, "latin1"));
    return file;
  }
  async cancel() {}
}

class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }
  locator(css, options = {}) {
    const steps = [...this.steps, { css }];
    if (options.hasText !== undefined) steps.push({ hasText: wire(options.hasText) });
    return new Locator(this.page, steps);
  }
  getByRole(role, options = {}) {
    return new Locator(this.page, [...this.steps, { role, name: wire(options.name), exact: options.exact }]);
  }
  filter({ hasText }) {
    return new Locator(this.page, [...this.steps, { hasText: wire(hasText) }]);
  }
  first() { return this.nth(0); }
  last() { return this.nth(-1); }
  nth(n) { return new Locator(this.page, [...this.steps, { nth: n }]); }
  describe() { return JSON.stringify(this.steps); }

  run(op, arg) {
    return this.page.raw.evaluate(inPage, this.steps, op, arg);
  }
  /** Runs `op` once exactly one element matches, waiting for it (Playwright's strictness). */
  async one(op, arg) {
    const until = Date.now() + TIMEOUT;
    let last;
    for (;;) {
      last = await this.run(op, arg);
      if (last && !("missing" in last)) return last.value;
      if (last?.missing > 1) throw new Error(`strict mode violation: ${this.describe()} matches ${last.missing} elements`);
      if (Date.now() > until) throw new Error(`timeout waiting for ${this.describe()}`);
      await sleep(50);
    }
  }
  async handle() {
    const until = Date.now() + TIMEOUT;
    for (;;) {
      const ready = await this.run("ready");
      if (ready?.missing > 1) throw new Error(`strict mode violation: ${this.describe()} matches ${ready.missing} elements`);
      if (ready?.ok) return (await this.page.raw.evaluateHandle(inPage, this.steps, "element")).asElement();
      if (Date.now() > until) throw new Error(`timeout waiting for ${this.describe()} to be visible and enabled`);
      await sleep(50);
    }
  }
  async count() { return this.run("count"); }
  async all() {
    const n = await this.count();
    return Array.from({ length: n }, (_, i) => this.nth(i));
  }
  async isVisible() { return this.run("visible"); }
  textContent() { return this.one("text"); }
  async allTextContents() { return this.evaluateAll((els) => els.map((e) => e.textContent)); }
  inputValue() { return this.one("value"); }
  isChecked() { return this.one("checked"); }
  isDisabled() { return this.one("disabled"); }
  getAttribute(name) { return this.one("attr", name); }
  focus() { return this.one("focus"); }
  dispatchEvent(type) { return this.one("dispatch", type); }
  async evaluate(fn, arg) {
    await this.one("text");
    const handle = await this.page.raw.evaluateHandle(inPage, this.steps, "element");
    return handle.evaluate(fn, arg);
  }
  async evaluateAll(fn, arg) {
    const handle = await this.page.raw.evaluateHandle(inPage, this.steps, "all");
    return handle.evaluate(fn, arg);
  }
  blur() { return this.one("blur"); }
  /** Retries while the element is re-rendered between being found and being clicked (the app
   * replaces it), as Playwright does; other errors, and the timeout, are thrown. */
  async click() {
    const until = Date.now() + TIMEOUT;
    for (;;) {
      const el = await this.handle();
      try {
        if (!el) throw new Error("detached");
        await el.scrollIntoView();
        await el.click();
        return;
      } catch (e) {
        const detached = !el || /detached|not connected|stale|no such (node|element)/i.test(String(e?.message ?? e));
        if (!detached || Date.now() > until) throw e;
        await sleep(20);
      }
    }
  }
  async setChecked(want) {
    if ((await this.one("checked")) !== want) await this.click();
    const until = Date.now() + TIMEOUT;
    while ((await this.one("checked")) !== want) {
      if (Date.now() > until) throw new Error(`${this.describe()} did not become ${want ? "checked" : "unchecked"}`);
      await sleep(20);
    }
  }
  check() { return this.setChecked(true); }
  uncheck() { return this.setChecked(false); }
  /** As a user would: focus, select what is there, type over it (dates are set, as Playwright does). */
  async fill(value) {
    await this.handle();
    const isDate = await this.one("select");
    if (isDate) return this.one("set", value);
    if (value === "") return this.page.raw.keyboard.press("Delete");
    for (const ch of value) await this.page.raw.keyboard.sendCharacter(ch);
  }
  async type(text) {
    await (await this.handle()).focus();
    for (const ch of text) await this.page.raw.keyboard.sendCharacter(ch);
  }
  async setInputFiles(files) {
    const list = (Array.isArray(files) ? files : [files]).map((f) => {
      if (typeof f === "string") return f;
      const file = join(mkdtempSync(join(tmpdir(), "navi-upload-")), f.name);
      writeFileSync(file, f.buffer);
      return file;
    });
    await this.one("text"); // waits for exactly one element
    const handle = (await this.page.raw.evaluateHandle(inPage, this.steps, "element")).asElement();
    await handle.uploadFile(...list);
  }
  async waitFor({ state = "visible", timeout = TIMEOUT } = {}) {
    const until = Date.now() + timeout;
    for (;;) {
      const count = await this.run("count");
      const done = state === "attached" ? count > 0
        : state === "detached" ? count === 0
        : state === "hidden" ? count === 0 || !(await this.run("visible"))
        : await this.run("visible");
      if (done) return;
      if (Date.now() > until) throw new Error(`timeout waiting for ${this.describe()} to be ${state}`);
      await sleep(50);
    }
  }
}
