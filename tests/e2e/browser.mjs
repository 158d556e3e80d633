// Shared Playwright setup for the end-to-end tests and the screenshot script: Debian's Chromium,
// no downloaded browser, no background network, and a record of every request the page makes.
// With E2E_BROWSER=firefox the same tests drive Debian's Firefox ESR through firefox-shim.mjs.
import { chromium } from "playwright-core";
import { launchFirefox } from "./firefox-shim.mjs";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import assert from "node:assert/strict";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SINGLE_FILE = resolve(root, "dist/incident-navi.html");
export const SINGLE_FILE_URL = pathToFileURL(SINGLE_FILE).href;

/** The engine the suite runs in: "chromium" (default) or "firefox". */
export const ENGINE = process.env.E2E_BROWSER ?? "chromium";

/**
 * The moment every page of the suite and the benchmark believes it is, so that no test depends on
 * the day it runs: a clone tested next year sees the same clock as today's. `E2E_NOW` (any date-time
 * `Date.parse` reads, e.g. 2027-12-02T09:30:00+09:00) runs the whole suite at another moment.
 */
export const NOW = Date.parse(process.env.E2E_NOW ?? "2026-11-27T10:00:00+09:00");
if (Number.isNaN(NOW)) throw new Error(`E2E_NOW=${process.env.E2E_NOW} is not a date-time`);

/** The calendar day in Japan `offset` days from `now` (the pinned clock by default), as YYYY-MM-DD. */
export const jstDay = (offset = 0, now = NOW) => new Date(now + 9 * 3600e3 + offset * 86400e3).toISOString().slice(0, 10);

// Date alone is moved: `Date.now()` and `new Date()` start at `target` and run at real speed from
// there (every page of a context on one clock); timers and `performance.now()` are untouched, so
// the app's debounces and the benchmark's figures are what they would be. The same script in both
// engines (Playwright's page.clock also fakes the timers, and the Firefox shim has no such API).
function moveClock({ target, real }) {
  const RealDate = Date;
  const offset = target - real;
  class PinnedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() { return RealDate.now() + offset; }
  }
  // `Date()` called as a function gives the current time as text.
  globalThis.Date = new Proxy(PinnedDate, { apply: () => new PinnedDate().toString() });
}

/** Every page of `context` believes it is `at` (ms since the epoch) from now on, and time runs on. */
export async function pinClock(context, at) {
  await context.addInitScript(moveClock, { target: at, real: Date.now() });
}

/** A browser whose every new context runs on the pinned clock (`newContext({ now })` picks another moment; `now: null` the real one). */
function pinned(browser) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async ({ now = NOW, ...options } = {}) => {
    const context = await newContext(options);
    if (now !== null) await pinClock(context, now);
    return context;
  };
  return browser;
}

export async function launch() {
  if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} is missing: run trunk build --release first`);
  if (ENGINE === "firefox") return pinned(await launchFirefox());
  return pinned(await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage"],
  }));
}

/** A fresh page with its own storage; `requests` and `errors` fill as the page runs. */
export async function openApp(browser, { width = 1280, height = 900, colorScheme = "light", url = SINGLE_FILE_URL, now = NOW } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, acceptDownloads: true, now });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.locator("h1").first().waitFor();
  return { context, page, requests, errors };
}

/** Requests other than the page itself and inline data:/blob: URLs. */
export function foreignRequests(requests, url = SINGLE_FILE_URL) {
  return requests.filter((r) => r !== url && !r.startsWith("data:") && !r.startsWith("blob:"));
}

/** Waits (up to five seconds) for the focus to be on the element with `id`, then asserts it, so a
 * focus the app moves after its next draw is not read too early; the message names where it is. */
export async function expectFocus(page, id, timeout = 5_000) {
  await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id ?? ""), id, `the focus is on #${id}`);
}
