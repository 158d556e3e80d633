// Issue 13: a report made in the clerk's view reaches the secretariat's register by each route
// (.json, .eml, pasted text) with its clocks intact; bad files change nothing; the overdue row,
// the progress form, the CSV and a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jstDay, launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
const dir = mkdtempSync(join(tmpdir(), "navi-register-"));

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = join(dir, file.suggestedFilename());
  writeFileSync(path, readFileSync(await file.path()));
  return path;
}

const day = (offset) => jstDay(offset);

test("a report reaches the register by .json, .eml and pasted text; bad files change nothing", async () => {
  const { page, context, errors } = await openApp(browser);
  // The clerk's side: a loss with sensitive data (a PPC report is required), known 20 days ago.
  await page.click("#start-new");
  await page.check("#kind-loss-theft");
  await page.click("#begin");
  await page.fill("#incident-title", "健康診断票の紛失 <b>");
  await page.fill("#incident-known-on", day(-20));
  await page.check("#q-law-sensitive-yes");
  await page.fill("#settings-section", "健康福祉部 保健医療課");
  await page.fill("#settings-reporter", "岐阜 花子");
  await page.fill("#settings-contact", "内線3000");
  await page.fill("#settings-email", "it-saiteki@example.lg.jp");
  const json = await download(page, "#save-json");
  const eml = await download(page, "#save-eml");
  // The preview follows the record once typing pauses: wait for it to have caught up.
  let text = "";
  for (let i = 0; i < 50 && !text.includes("健康診断票の紛失"); i++) {
    await page.waitForTimeout(100);
    text = await page.locator("#report-text").inputValue();
  }
  const msg = join(dir, "report.msg");
  writeFileSync(msg, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  const damaged = join(dir, "damaged.json");
  writeFileSync(damaged, readFileSync(json, "utf8").slice(0, 200));

  // The secretariat's side, in the same file.
  await page.click("#view-switch");
  assert.equal(await page.locator("h1").textContent(), "受付台帳");
  assert.match(await page.locator(".register-table").textContent(), /まだ報告を取り込んでいません/);
  await page.setInputFiles("#register-files", [json, eml, msg, damaged]);
  const results = page.locator("#intake-results li");
  await results.nth(3).waitFor();
  const lines = await results.allTextContents();
  assert.match(lines[0], /\.json — 新しい事故として取り込みました（健康診断票の紛失 <b>）/);
  assert.match(lines[1], /\.eml — 取り込み済みの版と同じです/);
  assert.match(lines[2], /report\.msg — 取り込めません: Outlook の \.msg は読めません/);
  assert.match(lines[3], /damaged\.json — 取り込めません/);

  // A paste arrives at once (the Firefox shim's fill types key by key, as a user would type).
  await page.evaluate((t) => {
    const area = document.getElementById("register-paste");
    area.value = t;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, `転送します。\n\n${text}`);
  await page.click("#register-paste-take");
  await page.locator("#intake-results li", { hasText: "貼り付けた本文" }).waitFor();
  assert.match(await page.locator("#intake-results").textContent(), /貼り付けた本文 — 取り込み済みの版と同じです/);

  // One row, with its sender, its PPC verdict and its clock: the 速報 is overdue.
  const rows = page.locator(".register-row");
  assert.equal(await rows.count(), 1);
  const row = await rows.first().textContent();
  assert.match(row, /健康福祉部 保健医療課/);
  assert.match(row, /岐阜 花子/);
  assert.match(row, /健康診断票の紛失 <b>/);
  assert.match(row, /必要/);
  assert.match(row, /期限超過/);
  assert.match(row, /\d+日超過/);
  assert.match(row, new RegExp(`速報 \\d{4}-\\d\\d-\\d\\d`));
  assert.ok(await rows.first().evaluate((r) => r.classList.contains("is-overdue")));
  // The title was text, never markup.
  assert.equal(await page.locator(".register-row b").count(), 0);

  // Filters: overdue only shows it; "reported" shows none.
  await page.selectOption("#register-status", { label: "期限超過" });
  assert.equal(await rows.count(), 1);
  await page.selectOption("#register-status", { label: "報告済み" });
  assert.equal(await rows.count(), 0);
  assert.match(await page.locator("#register-count").textContent(), /0 件を表示（全 1 件）/);
  await page.selectOption("#register-status", { label: "すべて" });

  // The secretariat files the 速報: the row is no longer overdue; the 確報 is next.
  await page.locator(".register-progress summary").first().click();
  const pre = page.locator("[id$='-pre']").first();
  await pre.fill(day(-1));
  await pre.dispatchEvent("change");
  // The row follows once the focus leaves the form (not under the user's hands).
  await page.locator("h1").focus();
  await page.locator(".register-row", { hasText: "報告期限あり" }).waitFor();
  assert.ok(!(await rows.first().evaluate((r) => r.classList.contains("is-overdue"))));

  // CSV for Excel: BOM, CRLF, the header and the row.
  const csv = readFileSync(await download(page, "#register-csv"));
  // (The Firefox shim reads a download back as text, which drops the BOM; Chromium's is the file.)
  if (process.env.E2E_BROWSER !== "firefox") assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const csvText = csv.toString("utf8").replace(/^\uFEFF/, "");
  assert.match(csvText, /^受付日時,所属,報告者/);
  assert.match(csvText, /\r\n/);
  assert.match(csvText, /健康診断票の紛失 <b>/);
  assert.match(csvText, new RegExp(day(-1)));

  // A reload opens on the register again, with the row and its progress.
  await page.reload();
  await page.locator(".register-row").first().waitFor();
  assert.equal(await page.locator("h1").textContent(), "受付台帳");
  assert.match(await page.locator(".register-row").first().textContent(), /報告期限あり/);
  // The clerk's drafts are still the clerk's: back to the sections' view.
  await page.click("#view-switch");
  assert.match(await page.locator(".drafts").textContent(), /健康診断票の紛失/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the register's backup restores into an empty browser; a bad backup changes nothing", async () => {
  const { page, context, errors } = await openApp(browser);
  await page.click("#view-switch");
  const fixtures = new URL("../fixtures/mail/", import.meta.url).pathname;
  await page.setInputFiles("#register-files", ["tool-draft.eml", "outlook-nested.eml", "thunderbird-lf.eml", "forwarded.eml", "qp-continued-name.eml"].map((f) => fixtures + f));
  await page.locator("#intake-results li").nth(4).waitFor();
  assert.equal(await page.locator(".register-row").count(), 1, "five mails of one report: one row");
  const backup = await download(page, "#register-backup");
  await context.close();

  const fresh = await openApp(browser);
  await fresh.page.click("#view-switch");
  await fresh.page.setInputFiles("#register-restore", join(dir, "damaged.json"));
  await fresh.page.locator("#register-restore-result", { hasText: "台帳は変わっていません" }).waitFor();
  await fresh.page.setInputFiles("#register-restore", backup);
  await fresh.page.locator("#register-restore-result", { hasText: "追加 1 件" }).waitFor();
  assert.match(await fresh.page.locator(".register-row").first().textContent(), /USBメモリ紛失/);
  assert.deepEqual(errors.concat(fresh.errors), []);
  await fresh.context.close();
});
