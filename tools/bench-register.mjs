// The secretariat's register at the scale issue 13 names, in the browser (for tools/bench.mjs):
// 200 reports taken in from one drop, and a register of 1,000 incidents narrowed and ordered.
// Each time is from the user's action (the files' change event, a select's change) until the
// screen shows its result, measured in the page.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jstDay } from "../tests/e2e/browser.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fixture = new URL("../tests/fixtures/mail/expected.json", import.meta.url);

/** Milliseconds until `done()` holds in the page after `act()`, watched by a MutationObserver. */
async function timed(page, act, done) {
  await page.evaluate((done) => {
    window.__done = undefined;
    const check = new Function(`return (${done})()`);
    const observer = new MutationObserver(() => {
      if (check()) { window.__done = performance.now(); observer.disconnect(); }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, done.toString());
  const t0 = await act();
  await page.waitForFunction(() => window.__done !== undefined, null, { timeout: 20_000 });
  return (await page.evaluate(() => window.__done)) - t0;
}

export async function registerScale(browser, url, quick) {
  const dir = mkdtempSync(join(tmpdir(), "navi-bench-register-"));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.click("#view-switch");
  // 200 reports: the tool's own export, each its own incident.
  const base = JSON.parse(readFileSync(fixture, "utf8"));
  const files = Array.from({ length: 200 }, (_, n) => {
    const r = structuredClone(base);
    r.incident.id = `bench-${n}`;
    r.incident.title = `事故 ${n}`;
    const path = join(dir, `report-${n}.json`);
    writeFileSync(path, JSON.stringify(r));
    return path;
  });
  await page.evaluate(() => document.getElementById("register-files").addEventListener(
    "change", () => { window.__t0 = performance.now(); }, { capture: true, once: true }));
  const drop = await timed(page, async () => {
    await page.setInputFiles("#register-files", files);
    return page.evaluate(() => window.__t0);
  }, () => document.querySelectorAll("#intake-results li").length === 200);
  // 1,000 incidents: the stored register, copied with other ids, sections and days known.
  const stored = await page.evaluate(() => localStorage.getItem("incident-navi/v1/register"));
  const file = JSON.parse(stored);
  const row = file.rows[0];
  file.rows = Array.from({ length: 1000 }, (_, n) => {
    const r = structuredClone(row);
    const s = r.versions[0].summary;
    s.id = `scale-${n}`;
    s.title = `事故 ${n}`;
    s.sender = { section: `部署${n % 40}`, reporter: "岐阜 太郎", contact: "内線2255" };
    // Dates around the pinned clock (tests/e2e/browser.mjs), never around today's: a third of them
    // overdue, the rest due in the weeks ahead, so each filter and order changes what is shown.
    s.known_on = jstDay(-(n % 300));
    if (s.deadlines) s.deadlines = s.deadlines.map((d, k) => ({ ...d, due: jstDay(n % 3 === 0 ? -(1 + (n % 9)) : 1 + (n % 50) + 25 * k) }));
    return r;
  });
  const backup = join(dir, "register-1000.json");
  writeFileSync(backup, JSON.stringify(file));
  await page.setInputFiles("#register-restore", backup);
  await page.locator("#register-restore-result", { hasText: /1000|1,000/ }).waitFor({ timeout: 120_000 });
  const actions = [];
  const choices = [["#register-status", "0"], ["#register-status", ""], ["#register-order", "2"], ["#register-order", "0"],
    ["#register-section", "部署7"], ["#register-section", ""]];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    for (const [select, value] of choices) {
      const before = await page.locator("#register-count").textContent();
      const firstRow = await page.locator(".register-row").first().textContent();
      actions.push(await timed(page, () => page.evaluate(([select, value]) => {
        const el = document.querySelector(select);
        el.value = value;
        const t0 = performance.now();
        el.dispatchEvent(new Event("change", { bubbles: true }));
        return t0;
      }, [select, value]), `() => document.querySelector("#register-count")?.textContent !== ${JSON.stringify(before)}
        || document.querySelector(".register-row")?.textContent !== ${JSON.stringify(firstRow)}`));
    }
  }
  const rows = await page.locator(".register-row").count();
  await context.close();
  return { drop, action: median(actions), worst: Math.max(...actions), rows };
}
