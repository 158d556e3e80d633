// What the first screen runs (tools/split.mjs keeps these functions in the primary module): the
// build opens the page (built whole, not yet split) in headless Chromium and reads V8's trace,
// where each wasm function is compiled at its first call ("wasm.CompileLazy", with its index).
// Two starts, each in a browser of its own (so nothing is compiled yet): with nothing stored, and
// with one draft and the English screen chosen, as a clerk who comes back finds it. A function
// missed here still works: its first call starts the secondary module then.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { NOW, pinClock } from "../tests/e2e/browser.mjs";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage"];

/** The indices of the wasm functions the page at `file` runs until its first screen is up. */
export async function firstScreenFunctions(file) {
  const url = pathToFileURL(file).href;
  // One profile directory for both starts, so the second finds what the first stored (the
  // timelines' IndexedDB too), and a browser of its own for each, so nothing is compiled yet.
  const dir = mkdtempSync(join(tmpdir(), "incident-navi-profile-"));
  const found = new Set();
  const start = async (act) => {
    const context = await chromium.launchPersistentContext(dir, { executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
    try {
      // The tests' moment, not the build's: the same tree profiles alike on any day.
      await pinClock(context, NOW);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto("about:blank");
      const cdp = await context.newCDPSession(page);
      const events = [];
      cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
      const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["v8.wasm"] }, transferMode: "ReportEvents" });
      await page.goto(url);
      await page.locator("h1").first().waitFor();
      // The effects that run once the first screen is drawn (storage, the timelines' database).
      await page.waitForTimeout(300);
      await cdp.send("Tracing.end");
      await done;
      for (const e of events) {
        if (e.name === "wasm.CompileLazy" && Number.isInteger(e.args?.func_index)) found.add(e.args.func_index);
      }
      await act?.(page);
    } finally {
      await context.close();
    }
  };
  try {
    let drafted = false;
    // 1. Nothing stored; then one draft made through the screens, and English chosen.
    await start(async (page) => {
      if (!(await page.locator("#start-new").count())) return; // the hello world: one start only
      await page.click("#start-new");
      await page.locator("input[id^=kind-]").first().check();
      await page.click("#begin");
      await page.fill("#incident-title", "profile");
      await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.includes("/incident/")));
      await page.waitForTimeout(1500); // the autosave and the timeline's move to IndexedDB
      await page.evaluate(() => localStorage.setItem("incident-navi/v1/lang", "en"));
      drafted = true;
    });
    // 2. Coming back to that draft.
    if (drafted) await start(null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!found.size) throw new Error("profile: no wasm function was seen compiled (is the trace category still v8.wasm?)");
  return found;
}
