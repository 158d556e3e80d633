// Shared Playwright setup for the end-to-end tests and the screenshot script: Debian's Chromium,
// no downloaded browser, no background network, and a record of every request the page makes.
// With E2E_BROWSER=firefox the same tests drive Debian's Firefox ESR through firefox-shim.mjs.
import { chromium } from "playwright-core";
import { launchFirefox } from "./firefox-shim.mjs";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SINGLE_FILE = resolve(root, "dist/incident-navi.html");
export const SINGLE_FILE_URL = pathToFileURL(SINGLE_FILE).href;

/** The engine the suite runs in: "chromium" (default) or "firefox". */
export const ENGINE = process.env.E2E_BROWSER ?? "chromium";

export async function launch() {
  if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} is missing: run trunk build --release first`);
  if (ENGINE === "firefox") return launchFirefox();
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage"],
  });
}

/** A fresh page with its own storage; `requests` and `errors` fill as the page runs. */
export async function openApp(browser, { width = 1280, height = 900, colorScheme = "light", url = SINGLE_FILE_URL } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, acceptDownloads: true });
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
