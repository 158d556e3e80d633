// Issue 7: axe-core finds no violation on any screen, in either language; touch targets are at
// least 44 px; no horizontal scrolling at 360 px. axe is injected, so this context bypasses the
// page's CSP (the CSP itself is tested in foundation.test.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { launch, SINGLE_FILE_URL } from "./browser.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(lang, width = 1280, colorScheme = "light") {
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, colorScheme });
  const page = await context.newPage();
  await page.goto(SINGLE_FILE_URL);
  await page.locator("h1").waitFor();
  if (lang === "en") await page.click(".lang-switch");
  return { context, page };
}

async function axe(page, screen) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
  assert.deepEqual(result, [], `${screen}: ${result.join("\n")}`);
}

/** Walks every screen, calling `check(page, name)` on each. */
async function everyScreen(page, check) {
  await check(page, "home (empty)");
  await page.click("#start-new");
  await page.check("#symptom-lost");
  await check(page, "new incident");
  await page.click("#begin");
  await page.fill("#incident-title", "テスト");
  await page.check("#q-3-3-severity-1-class-1");
  await page.fill("#q-law-persons-text", "300");
  for (const d of await page.locator("#phase-discovery details").all()) await d.evaluate((e) => { e.open = true; });
  await page.click("#save-eml"); // shows the email error
  await check(page, "incident");
  await page.click(".brand");
  await page.locator(".draft").getByRole("button", { name: /^(複製|Duplicate)/ }).click();
  await page.locator(".draft").first().getByRole("button", { name: /^(アーカイブ|Archive)/ }).click();
  await page.locator(".draft").first().getByRole("button", { name: /^(削除|Delete)/ }).click();
  for (const d of await page.locator(".draft-group").all()) await d.evaluate((e) => { e.open = true; });
  await check(page, "home (drafts, archived, deleted)");
}

for (const lang of ["ja", "en"]) {
  test(`axe: no violations on any screen (${lang})`, async () => {
    const { page, context } = await open(lang);
    await everyScreen(page, axe);
    await context.close();
  });
}

test("axe: no violations in dark mode", async () => {
  const { page, context } = await open("ja", 1280, "dark");
  await everyScreen(page, axe);
  await context.close();
});

test("touch targets are at least 44 px and nothing scrolls sideways at 360 px", async () => {
  const { page, context } = await open("ja", 360);
  await everyScreen(page, async (p, screen) => {
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${screen}: horizontal scroll`);
    const small = await p.evaluate(() => {
      const visible = (e) => e.offsetParent !== null && getComputedStyle(e).visibility !== "hidden";
      const targets = [...document.querySelectorAll("button, a[href], input:not([type=checkbox]):not([type=radio]), select, textarea, summary, .check label")];
      return targets.filter(visible).map((e) => [e, e.getBoundingClientRect()])
        .filter(([, r]) => r.height < 44 || r.width < 24)
        .map(([e, r]) => `${e.tagName.toLowerCase()}#${e.id}.${e.className} "${(e.textContent || "").trim().slice(0, 20)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    });
    assert.deepEqual(small, [], `${screen}: small targets`);
  });
  await context.close();
});
