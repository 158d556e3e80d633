// Issue 23, item 3: the small findings, each checked on the page. The English screens carry no
// Japanese outside what is marked lang="ja"; the report's .txt is the text its preview shows; the
// register's row says where each PPC report stands (an overdue 速報 by how much, the 確報 how long
// is left) and orders by 知った日. Dates come from the page's own clock, never from node's, so the
// checks hold at whatever moment the page believes it is.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
const dir = mkdtempSync(join(tmpdir(), "navi-findings-"));

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = join(dir, file.suggestedFilename());
  writeFileSync(path, readFileSync(await file.path()));
  return { path, text: readFileSync(path, "utf8") };
}

/** The calendar day in Japan `offset` days from the page's own now, as YYYY-MM-DD. */
async function pageDay(page) {
  const now = await page.evaluate(() => Date.now());
  return (offset) => new Date(now + 9 * 3600e3 + offset * 86400e3).toISOString().slice(0, 10);
}

/** The Japanese meant to stand in English text: the same list, with its reasons, as ALLOWED in
 * tests/translations.rs (an office's official name; examples of what a clerk types). */
const ALLOWED = ["(国家サイバー統括室)", "(e.g. 約1万人, 100人以上, 不明)"];

/** Text the English screen shows (text, labels, titles, placeholders) with Japanese or full-width
 * characters in it, outside elements marked lang="ja" (the language switch, the Japanese report). */
function japaneseOnScreen(page) {
  return page.evaluate((allowed) => {
    const pattern = /[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
    const cjk = { test: (text) => pattern.test(allowed.reduce((t, a) => t.split(a).join(""), text)) };
    const skip = (el) => !el || el.closest('[lang="ja"], script, style, template');
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!skip(n.parentElement) && cjk.test(n.textContent)) out.push(n.textContent.trim());
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (skip(el)) continue;
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = el.getAttribute(name);
        if (value && cjk.test(value)) out.push(`${name}: ${value}`);
      }
    }
    return out;
  }, ALLOWED);
}

test("English screens: the triage's sources and the manual's references read in English", async () => {
  const { page, context, errors } = await openApp(browser);
  await page.click(".lang-switch");
  await page.locator("html[lang=en]").waitFor();
  await page.click("#start-new");
  const source = (id) => page.locator(`label[for=symptom-${id}] .section-ref`).textContent();
  assert.equal(await source("lost"), "Manual 3-1, cases 1 and 5");
  assert.equal(await source("stolen"), "Manual 3-1, cases 2 to 4");
  assert.equal(await source("p2p"), "Manual 3-4, case 1");
  assert.deepEqual(await japaneseOnScreen(page), []);
  // Every type at once: every item's reference, chapter 2's headings among them.
  for (const kind of ["loss-theft", "misdelivery", "insider", "p2p-leak", "malware", "unauthorized-access"]) {
    await page.check(`#kind-${kind}`);
  }
  await page.click("#begin");
  await page.locator("#incident-title").waitFor();
  const refs = await page.locator(".section-ref").allTextContents();
  assert.ok(refs.includes("Manual 2 Discovery and reporting"), refs.join(" | "));
  assert.ok(refs.includes("Manual 3-4 (2) first response, example 1"), refs.join(" | "));
  assert.deepEqual(await japaneseOnScreen(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the report's .txt is the text its preview shows, byte for byte", async () => {
  const { page, context, errors } = await openApp(browser);
  await page.click("#start-new");
  await page.check("#kind-loss-theft");
  await page.click("#begin");
  await page.fill("#incident-title", "USBメモリ紛失");
  await page.click("#known-on-today");
  await page.fill("#settings-section", "総務部 情報企画課");
  await page.click("details.preview summary");
  const preview = () => page.inputValue("#report-text");
  for (let i = 0; i < 50 && !(await preview()).includes("USBメモリ紛失"); i++) await page.waitForTimeout(100);
  assert.match(await preview(), /件名: .*USBメモリ紛失/);

  // The clerk reads for two minutes, then saves: the file is the text on screen, 作成日時 and all.
  await page.evaluate(() => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + 120_000;
  });
  const first = await download(page, "#save-txt");
  assert.equal(first.text, await preview());
  assert.match(first.text, /作成日時: \d{4}-\d\d-\d\d \d\d:\d\d/);

  // Typed, then saved at once (before the preview's pause): the file has it, and so does the preview.
  await page.fill("#incident-title", "USBメモリ紛失（駅）");
  const second = await download(page, "#save-txt");
  assert.match(second.text, /USBメモリ紛失（駅）/);
  assert.equal(second.text, await preview());
  assert.deepEqual(errors, []);
  await context.close();
});

/** A section's report of a loss of sensitive data (the PPC must be told), known `knownOffset`
 * days before the page's today, saved as its .json. */
async function sectionReport(title, knownOffset, section) {
  const { page, context, errors } = await openApp(browser);
  const day = await pageDay(page);
  await page.click("#start-new");
  await page.check("#kind-loss-theft");
  await page.click("#begin");
  await page.fill("#incident-title", title);
  await page.fill("#incident-known-on", day(knownOffset));
  await page.check("#q-law-sensitive-yes");
  await page.fill("#settings-section", section);
  await page.fill("#settings-reporter", "岐阜 花子");
  await page.fill("#settings-contact", "内線3000");
  const { path } = await download(page, "#save-json");
  assert.deepEqual(errors, []);
  await context.close();
  return path;
}

test("the register: an overdue 速報 says by how much, the 確報 how long is left; ordered by 知った日", async () => {
  const early = await sectionReport("早く知った紛失", -20, "総務課");
  const late = await sectionReport("後で知った紛失", -2, "税務課");
  const { page, context, errors } = await openApp(browser);
  const day = await pageDay(page);
  await page.click("#view-switch");
  await page.setInputFiles("#register-files", [late, early]);
  await page.locator("#intake-results li").nth(1).waitFor();
  const rows = page.locator(".register-row");
  assert.equal(await rows.count(), 2);
  const row = (title) => page.locator(".register-row", { hasText: title });
  const dues = async (title) => (await row(title).locator(".register-dues li").allTextContents()).map((t) => t.trim());

  // Known 20 days ago: the 速報 (day 5) is 15 days over, the 確報 (day 30) has 10 days left.
  assert.deepEqual(await dues("早く知った紛失"), [`速報 ${day(-15)} 15日超過`, `確報 ${day(10)} あと10日`]);
  assert.deepEqual(await dues("後で知った紛失"), [`速報 ${day(3)} あと3日`, `確報 ${day(28)} あと28日`]);
  assert.match(await rows.first().textContent(), /早く知った紛失/, "the overdue row first");

  // The secretariat files the earlier one's 速報: by the next deadline the later one comes first.
  await row("早く知った紛失").locator(".register-progress summary").click();
  const pre = page.locator("[id$='-pre']").first();
  await pre.fill(day(-1));
  await pre.dispatchEvent("change");
  await page.locator("h1").focus();
  await page.locator(".register-row", { hasText: "報告済み" }).waitFor();
  assert.deepEqual(await dues("早く知った紛失"), [`速報 ${day(-15)}（報告済み）`, `確報 ${day(10)} あと10日`]);
  assert.match(await rows.first().textContent(), /後で知った紛失/);

  // By 知った日: the earlier first, whatever the deadlines.
  await page.selectOption("#register-order", { label: "知った日順（古い順）" });
  await page.locator(".register-row").first().filter({ hasText: "早く知った紛失" }).waitFor();
  assert.match(await rows.nth(1).textContent(), /後で知った紛失/);
  assert.deepEqual(errors, []);
  await context.close();
});
