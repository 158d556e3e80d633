// Issue 5: the report exports to email text, .eml, JSON and print/PDF from the single file, and
// the JSON reads back into a fresh browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jstDay, launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
const dir = mkdtempSync(join(tmpdir(), "navi-export-"));

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("a filled incident exports to text, .eml, JSON and PDF, and the JSON reads back", async () => {
  const { page, context, errors } = await openApp(browser);
  await page.click("#start-new");
  await page.check("#kind-loss-theft");
  await page.click("#begin");
  await page.fill("#incident-title", "USBメモリ紛失 <script>alert(1)</script>");
  await page.fill("#q-3-2-info-b-text", "氏名・住所");
  await page.click("#known-on-today");
  await page.check("#item-3-1-1-step-1-done");

  // Gaps are listed and link to their field.
  const gaps = page.locator("#export .gaps");
  assert.match(await gaps.textContent(), /報告者の所属/);
  await gaps.getByRole("link", { name: /報告者の所属/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "settings-section");
  await page.fill("#settings-section", "総務部 情報企画課");
  await page.fill("#settings-reporter", "岐阜 太郎");
  await page.fill("#settings-contact", "内線2255");

  // The .eml needs the secretariat's address: asked for the first time it is needed.
  await page.click("#save-eml");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "settings-email");
  assert.match(await page.locator("#settings-email-hint").textContent(), /メールアドレスを入力してください/);
  assert.equal(await page.getAttribute("#settings-email", "aria-invalid"), "true");
  await page.fill("#settings-email", "it-saiteki@example.lg.jp");

  const today = jstDay(0);
  const txt = await download(page, "#save-txt");
  assert.match(txt.name, /^incident-\d{8}-loss-theft-[a-z0-9]{6}\.txt$/);
  // The subject carries the title (its first 30 characters) and the short id of the file name.
  const short = txt.name.slice(-10, -4);
  const title = [..."USBメモリ紛失 <script>alert(1)</script>"].slice(0, 30).join("");
  const subject = `【情報セキュリティ事故報告】総務部 情報企画課 紛失・盗難 ${today} ${title} [${short}]`;
  assert.ok(txt.text.startsWith("情報セキュリティ事故報告（速報）"));
  assert.ok(txt.text.includes(`件名: ${subject}`));
  assert.match(txt.text, /b\) 何の情報か？: 氏名・住所/);
  assert.match(txt.text, /\[済 \d{4}-\d\d-\d\d \d\d:\d\d\] 紛失・盗難が間違いないか、もう一度確認/);
  assert.match(txt.text, /事故を知った日: \d{4}-\d\d-\d\d/);

  const eml = await download(page, "#save-eml");
  assert.match(eml.name, /\.eml$/);
  assert.match(eml.text, /^MIME-Version: 1\.0\r\nX-Unsent: 1\r\nTo: it-saiteki@example\.lg\.jp\r\nSubject: =\?UTF-8\?B\?/);
  assert.match(eml.text, /Content-Disposition: attachment; filename="incident-\d{8}-loss-theft-[a-z0-9]{6}\.json"/);

  const json = await download(page, "#save-json");
  const record = JSON.parse(json.text);
  assert.equal(record.schema, 3);
  // Every export names the tool and the build it came from, as the footer does.
  const build = await page.getAttribute('meta[name="incident-navi-build"]', "content");
  assert.match(build, /^[0-9a-f]{7}(-changed)?$|^dev$/);
  const madeWith = `0.1.0 (${build})`;
  assert.equal(record.made_with, madeWith);
  // And who sent it, for the secretariat's register (not the secretariat's own address).
  assert.deepEqual(record.sender, { section: "総務部 情報企画課", reporter: "岐阜 太郎", contact: "内線2255" });
  assert.ok(txt.text.includes(`対応ナビ ${madeWith} で作成`), "the text names the build");
  assert.match(eml.text, new RegExp(`\r\nX-Mailer: incident-navi ${madeWith.replace(/[()]/g, "\\$&")}\r\n`));
  assert.match(await page.locator("#made-with").textContent(), new RegExp(madeWith.replace(/[()]/g, "\\$&")));
  // The footer opens the licences of what the file ships.
  await page.click("#licences summary");
  const licences = await page.locator("#licences pre").textContent();
  assert.match(licences, /yew 0\.23\.0/);
  assert.match(licences, /serde_json 1\.\d+\.\d+/);
  assert.match(licences, /Permission is hereby granted/);
  assert.equal(record.incident.title, "USBメモリ紛失 <script>alert(1)</script>");

  // The mail link follows the text once typing pauses (not on every key), but a click right after
  // typing opens the exact text: the link is rebuilt in the click.
  const expected = "mailto:it-saiteki@example.lg.jp?subject=" + encodeURIComponent(subject);
  await page.evaluate(() => window.addEventListener("click", (e) => {
    const a = e.target.closest("a[href^='mailto:']");
    if (a) { window.__opened = a.href; e.preventDefault(); }
  }));
  await page.fill("#settings-section", "総務部 情報企画課 IT");
  await page.click("#mailto");
  const opened = await page.evaluate(() => window.__opened);
  assert.ok(opened.startsWith(expected.replace(encodeURIComponent("情報企画課"), encodeURIComponent("情報企画課 IT"))), opened);
  await page.waitForFunction((want) => document.querySelector("#mailto").href.startsWith(want), expected.replace(encodeURIComponent("情報企画課"), encodeURIComponent("情報企画課 IT")));
  await page.fill("#settings-section", "総務部 情報企画課");
  await page.waitForFunction((want) => document.querySelector("#mailto").href.startsWith(want), expected);

  // Print: the browser fires beforeprint, the report is built, and only it is laid out, on A4.
  assert.equal(await page.locator(".print-report").count(), 0, "not built while typing");
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.locator(".print-report").waitFor({ state: "attached" });
  // Print media can be emulated in Chromium only (not over WebDriver BiDi); Firefox still makes
  // the PDF below with its own print layout.
  const printMedia = page.supportsPrintMedia?.() ?? true;
  await page.emulateMedia({ media: "print" });
  if (printMedia) {
    assert.equal(await page.locator(".site-header").isVisible(), false);
    assert.equal(await page.locator("main").isVisible(), false);
  }
  assert.match(await page.locator(".print-report .report-title").textContent(), /情報セキュリティ事故報告/);
  assert.equal(await page.locator(".print-report script").count(), 0, "user text is escaped");
  const pdf = join(dir, "report.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  assert.ok(readFileSync(pdf).subarray(0, 5).toString() === "%PDF-");
  const pages = execFileSync("pdfinfo", [pdf]).toString().match(/Pages:\s+(\d+)/)?.[1];
  assert.ok(Number(pages) >= 2, `pages: ${pages}`);
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.locator(".print-report").waitFor({ state: "detached" });

  // The print button: the A4 report is in the page, and the screen is hidden in print, at the
  // very moment print() is called (it used to appear only after print returned).
  await page.evaluate(() => {
    window.print = () => {
      const slot = document.querySelector("body > .print-report");
      const hidden = getComputedStyle(document.getElementById("app")).display;
      window.__atPrint = { report: slot?.querySelector(".report-title")?.textContent ?? null, appInPrint: hidden };
    };
  });
  await page.emulateMedia({ media: "print" });
  await page.click("#print");
  const atPrint = await page.evaluate(() => window.__atPrint);
  assert.match(atPrint?.report ?? "", /情報セキュリティ事故報告/, "the report is in the page when print() is called");
  if (printMedia) assert.equal(atPrint.appInPrint, "none", "and only it is printed");
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.locator(".print-report").waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await context.close();

  // The JSON reads back into a fresh browser.
  writeFileSync(join(dir, json.name), json.text);
  const fresh = await openApp(browser);
  await fresh.page.setInputFiles("#restore-file", join(dir, json.name));
  await fresh.page.locator(".draft").getByRole("button", { name: /^開く/ }).click();
  assert.equal(await fresh.page.inputValue("#incident-title"), "USBメモリ紛失 <script>alert(1)</script>");
  assert.equal(await fresh.page.inputValue("#q-3-2-info-b-text"), "氏名・住所");
  assert.ok(await fresh.page.isChecked("#item-3-1-1-step-1-done"));
  await fresh.context.close();
});

test("copy puts the report text on the clipboard, or selects it for Ctrl+C", async () => {
  const { page, context } = await openApp(browser);
  await page.click("#start-new");
  await page.check("#kind-malware");
  await page.click("#begin");
  await page.click("#copy-report");
  const message = page.locator("#report-message");
  await message.filter({ hasText: /コピー/ }).waitFor();
  const text = await message.textContent();
  if (text.includes("コピーしました")) {
    const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
    if (copied !== null) assert.equal(copied, await page.inputValue("#report-text"));
  } else {
    assert.match(text, /Ctrl\+C/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "report-text");
  }
  await context.close();
});
