// Issue 25: the documents after the first report. The letter, the press release and the PPC
// form's items are drafted from the record into text areas the user may edit; copy, print and
// download act on what the text area holds. The deadlines' calendar file is offered beside the
// clock and asked for again when 知った日 changes. Runs in Chromium and (E2E_BROWSER=firefox) Firefox.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { jstDay, launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** Copies with `selector`; the clipboard (where the engine lets the test read it) or the selection holds `expected`. */
async function checkCopy(page, selector, areaId, expected) {
  await page.click(selector);
  const message = page.locator("#documents .export-message");
  await message.filter({ hasText: /コピー/ }).waitFor();
  const said = await message.textContent();
  if (said.includes("コピーしました")) {
    const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
    if (copied !== null) assert.equal(copied, expected);
  } else {
    assert.match(said, /Ctrl\+C/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), areaId);
  }
}

/** Print: what is in the page when print() is called, with the browser's beforeprint fired as a real print does. */
async function checkPrint(page, selector, expected) {
  await page.evaluate(() => {
    window.print = () => {
      window.dispatchEvent(new Event("beforeprint"));
      const slot = document.querySelector("body > .print-report");
      window.__atPrint = { text: slot?.querySelector(".document-text")?.textContent ?? null, report: slot?.querySelector(".report-title") !== null && slot?.querySelector(".report-title") !== undefined };
    };
  });
  await page.click(selector);
  const atPrint = await page.evaluate(() => window.__atPrint);
  assert.equal(atPrint?.text, expected, "the draft as edited is printed, not the report");
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.locator(".print-report").waitFor({ state: "detached" });
}

async function filledIncident(page) {
  await page.click("#start-new");
  await page.check("#kind-loss-theft");
  await page.click("#begin");
  await page.fill("#incident-title", "USBメモリ紛失");
  await page.click("#known-on-today");
  await page.fill("#q-3-2-info-b-text", "氏名・住所");
  await page.fill("#q-doc-secondary-damage-text", "不審な電話が届くおそれがあります。");
  await page.fill("#settings-section", "総務部 情報企画課");
  await page.fill("#settings-reporter", "岐阜 太郎");
  await page.fill("#settings-contact", "058-272-1111");
}

test("the letter and the press release: edited, then copied, printed and saved as they stand", async () => {
  const { page, context, errors } = await openApp(browser);
  await filledIncident(page);

  // The letter is the first draft shown; it carries the record and marks what is unknown.
  const letter = await page.inputValue("#doc-letter");
  // Dated today, in 令和 (2019 is 令和1年), on whatever day the suite runs (E2E_NOW).
  const [y, m, d] = jstDay().split("-").map(Number);
  assert.ok(letter.startsWith(`令和${y - 2018}年${m}月${d}日\n`), letter.slice(0, 40));
  assert.match(letter, /岐阜県 総務部 情報企画課/);
  assert.match(letter, /氏名・住所/);
  assert.match(letter, /不審な電話が届くおそれがあります。/);
  assert.match(letter, /【未確認: 再発防止策】/);
  assert.match(letter, /対応ナビ 0\.1\.0/);
  const edited = letter.replace("【宛名】", "岐阜 花子");
  await page.fill("#doc-letter", edited);
  await page.locator("#doc-letter-rebuild").waitFor();
  // Typing elsewhere in the record keeps the edit.
  await page.fill("#q-3-2-info-c-text", "令和7年度分");
  assert.equal(await page.inputValue("#doc-letter"), edited);

  await checkCopy(page, "#doc-letter-copy", "doc-letter", edited);
  const saved = await download(page, "#doc-letter-save");
  assert.match(saved.name, /^incident-\d{8}-loss-theft-[a-z0-9]{6}\.letter\.txt$/);
  assert.equal(saved.text, edited);
  await checkPrint(page, "#doc-letter-print", edited);

  // Making it again from the record drops the edit.
  await page.click("#doc-letter-rebuild");
  assert.match(await page.inputValue("#doc-letter"), /【宛名】/);

  // The press release: the decision is shown to the writer, not printed in it.
  await page.click("#doc-tab-press");
  assert.match(await page.locator("#press-decision").textContent(), /公表/);
  const press = await page.inputValue("#doc-press");
  for (const heading of ["事案発生所属", "漏えいした情報", "判明した日時", "発覚の経緯", "対応状況", "原因", "再発防止策"]) {
    assert.match(press, new RegExp(`\\d　${heading}\\n`), heading);
  }
  assert.match(press, /【未確認: 発覚の経緯】/);
  assert.doesNotMatch(press, /公表の判断|必要かもしれない/);
  const pressEdited = press + "\n（広報課確認済み）";
  await page.fill("#doc-press", pressEdited);
  await checkCopy(page, "#doc-press-copy", "doc-press", pressEdited);
  const pressFile = await download(page, "#doc-press-save");
  assert.match(pressFile.name, /\.press\.txt$/);
  assert.equal(pressFile.text, pressEdited);
  await checkPrint(page, "#doc-press-print", pressEdited);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the PPC form's nine items, one copy button each", async () => {
  const { page, context, errors } = await openApp(browser);
  await filledIncident(page);
  await page.click("#doc-tab-ppc");
  assert.equal(await page.locator("#documents .ppc-items").first().locator("textarea").count(), 9);
  assert.equal(await page.inputValue("#ppc-item-2"), "氏名・住所");
  assert.match(await page.inputValue("#ppc-item-5"), /不審な電話が届くおそれがあります。/);
  assert.equal(await page.inputValue("#ppc-item-4"), "【未確認: 原因】");
  await page.fill("#ppc-item-4", "鞄を電車の網棚に置き忘れた");
  await checkCopy(page, "#ppc-item-4-copy", "ppc-item-4", "鞄を電車の網棚に置き忘れた");
  await checkCopy(page, "#ppc-item-2-copy", "ppc-item-2", "氏名・住所");
  // The My Number report's items: while its question is unanswered it may be required, so they
  // are there; "no" takes them away, "yes" brings them back.
  await page.locator("#mn-item-1").waitFor();
  await page.check("#q-law-mynumber-no");
  await page.locator("#mn-item-1").waitFor({ state: "detached" });
  await page.check("#q-law-mynumber-yes");
  await page.locator("#mn-item-2").waitFor();
  assert.equal(await page.locator("#documents label[for=mn-item-2]").textContent(), "漏えい等が発生し又は発生したおそれがある特定個人情報の項目");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the deadlines as a calendar file beside the clock, asked for again when 知った日 changes", async () => {
  const { page, context, errors } = await openApp(browser);
  await page.click("#start-new");
  await page.check("#kind-loss-theft");
  await page.click("#begin");
  await page.fill("#incident-title", "名簿の紛失");
  assert.equal(await page.locator("#save-ics").count(), 0, "no clock, no calendar");
  await page.click("#known-on-today");
  const first = await download(page, "#save-ics");
  const compact = (offset) => jstDay(offset).replaceAll("-", "");
  assert.match(first.name, new RegExp(`^incident-${compact(0)}-loss-theft-[a-z0-9]{6}\\.ics$`));
  assert.ok(first.text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  // 速報: the target on day 3, the limit on day 5 (calendar days from 知った日, today).
  assert.ok(first.text.includes(`DTSTART;VALUE=DATE:${compact(3)}\r\n`), first.text);
  assert.ok(first.text.includes(`DTSTART;VALUE=DATE:${compact(5)}\r\n`), first.text);
  assert.match(first.text, /SUMMARY:速報の目安（個人情報保護委員会）: 名簿の紛失\r\n/);
  assert.equal(await page.locator("#ics-stale").count(), 0);
  await page.click("#known-on-yesterday");
  await page.locator("#ics-stale").waitFor();
  const second = await download(page, "#save-ics");
  assert.ok(second.text.includes(`DTSTART;VALUE=DATE:${compact(2)}\r\n`), "known yesterday: the target a day earlier");
  assert.equal(await page.locator("#ics-stale").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
