// Issue 4: drafts are autosaved and never silently lost: reloads, closed tabs, corrupt records,
// full or refused storage, two tabs, backup and restore, delete with undo.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openApp, SINGLE_FILE_URL } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function create(page, slug, title) {
  await page.click(".brand");
  await page.click("#start-new");
  await page.check(`#kind-${slug}`);
  await page.click("#begin");
  await page.fill("#incident-title", title);
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
}
const saved = (page) => page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("two incidents survive a reload; a corrupt record is moved aside and the other still opens", async () => {
  const { page, context, errors } = await openApp(browser);
  await create(page, "loss-theft", "USB紛失");
  await page.fill("#q-3-2-info-d-text", "120件");
  await saved(page);
  await create(page, "misdelivery", "メール誤送信");
  await page.reload();
  await page.locator(".draft").first().waitFor();
  assert.equal(await page.locator(".draft").count(), 2);
  await page.locator(".draft", { hasText: "USB紛失" }).getByRole("button", { name: /^開く/ }).click();
  assert.equal(await page.inputValue("#q-3-2-info-d-text"), "120件");

  // Garbage into the record of "メール誤送信".
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.includes("/incident/") && localStorage[k].includes("メール誤送信")));
  await page.evaluate((k) => localStorage.setItem(k, '{"schema":1,"incident":{"id":'), key);
  await page.reload();
  await page.locator("#quarantine").waitFor();
  assert.match(await page.locator("#quarantine").textContent(), /壊れていて読めない/);
  assert.equal(await page.locator(".draft").count(), 1);
  assert.match(await page.locator(".draft").textContent(), /USB紛失/);
  const raw = await download(page, "#quarantine > button"); // download all (each record has its own too)
  assert.match(raw.text, /\\"schema\\":1,\\"incident\\":\{\\"id\\":/, "the raw text is kept and downloadable");
  assert.deepEqual(errors, []);
  await context.close();
});

test("what was typed is there after closing the tab right after typing", async () => {
  const { page, context } = await openApp(browser);
  await create(page, "malware", "ウイルス");
  await page.fill("#q-3-2-info-b-text", "氏名、住所");
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(SINGLE_FILE_URL);
  await again.locator(".draft").getByRole("button", { name: /^開く/ }).click();
  assert.equal(await again.inputValue("#q-3-2-info-b-text"), "氏名、住所");
  await context.close();
});

test("storage full: the app keeps working, says saving stopped, and offers a backup", async () => {
  const { page, context } = await openApp(browser);
  await create(page, "p2p-leak", "Winny流出");
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException("quota", "QuotaExceededError"); };
  });
  await page.fill("#incident-title", "Winny流出（保存できない間の入力）");
  const banner = page.locator("#save-failed");
  await banner.waitFor();
  assert.match(await banner.textContent(), /保存領域がいっぱい/);
  assert.equal(await page.inputValue("#incident-title"), "Winny流出（保存できない間の入力）", "kept in memory");
  const backup = await download(page, "#save-failed button");
  assert.match(backup.name, /^incident-navi-backup-\d{8}-\d{4}\.json$/);
  assert.match(backup.text, /Winny流出（保存できない間の入力）/);
  // Closing the tab now would lose the text: the page asks the browser to ask first. (The
  // browser's own dialog is not driven here: headless Chromium handles it unreliably.)
  const leaving = () => page.evaluate(() => {
    const e = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
  assert.equal(await leaving(), true, "closing asks while saving fails");
  await context.close();
});

test("storage full, then room again: saving resumes by itself", async () => {
  const context = await browser.newContext();
  // Keep the real setItem so the test can give the room back.
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    window.__full = false;
    Storage.prototype.setItem = function (k, v) {
      if (window.__full) throw new DOMException("quota", "QuotaExceededError");
      return real.call(this, k, v);
    };
  });
  const page = await context.newPage();
  await page.goto(SINGLE_FILE_URL);
  await create(page, "p2p-leak", "Winny流出");
  await page.evaluate(() => { window.__full = true; });
  await page.fill("#incident-title", "Winny流出（満杯の間の入力）");
  await page.locator("#save-failed").waitFor();
  await page.evaluate(() => { window.__full = false; });
  await page.locator("#save-failed").waitFor({ state: "detached", timeout: 10_000 });
  await saved(page);
  const asks = await page.evaluate(() => {
    const e = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
  assert.equal(asks, false, "all saved: closing does not ask");
  await page.reload();
  await page.locator(".draft", { hasText: "Winny流出（満杯の間の入力）" }).waitFor();
  await context.close();
});

test("storage refused (e.g. privacy mode): the app starts, works in memory and says so", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(SINGLE_FILE_URL);
  await page.locator("#save-failed").waitFor();
  assert.match(await page.locator("#save-failed").textContent(), /保存が無効/);
  await page.click("#start-new");
  await page.check("#kind-insider");
  await page.click("#begin");
  await page.fill("#incident-title", "持ち出し");
  assert.equal(await page.locator("h1").textContent(), "内部犯行(委託業者含む)");
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs: a record made in one shows up in the other, and edits follow", async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(SINGLE_FILE_URL);
  await b.goto(SINGLE_FILE_URL);
  await create(a, "unauthorized-access", "不正アクセス（タブA）");
  await b.locator(".draft", { hasText: "不正アクセス（タブA）" }).waitFor();
  await b.locator(".draft").getByRole("button", { name: /^開く/ }).click();
  // Tab A is editing it: B shows it read-only until B takes over.
  await b.locator("#read-only").waitFor();
  assert.ok(await b.isDisabled("#incident-title"));
  await b.click("#take-over");
  await a.locator("#read-only").waitFor();
  await b.fill("#incident-title", "不正アクセス（タブBで修正）");
  await saved(b);
  await a.waitForFunction(() => document.querySelector("#incident-title")?.value === "不正アクセス（タブBで修正）");
  assert.equal(await a.inputValue("#incident-title"), "不正アクセス（タブBで修正）");
  await context.close();
});

test("delete with undo; permanent deletion asks; backup and restore bring it back", async () => {
  const { page, context } = await openApp(browser);
  await create(page, "loss-theft", "削除テスト");
  await page.click(".brand");
  const backup = await download(page, "#backup");
  await page.locator(".draft").getByRole("button", { name: /^削除/ }).click();
  assert.equal(await page.locator(".drafts > .draft-list").count(), 0);
  assert.match(await page.locator("#save-status").textContent(), /記録を削除しました/);
  await page.click("#undo-delete");
  assert.equal(await page.locator(".draft", { hasText: "削除テスト" }).count(), 1);

  await page.locator(".draft").getByRole("button", { name: /^削除/ }).click();
  await page.locator("#deleted summary").click();
  await page.locator("#deleted").getByRole("button", { name: /^完全に削除/ }).click();
  assert.match(await page.locator("#deleted .confirm").textContent(), /元に戻せません/);
  await page.getByRole("button", { name: "はい、完全に削除する" }).click();
  await saved(page);
  await page.reload();
  await page.locator("h1").waitFor();
  assert.equal(await page.locator(".draft").count(), 0, "gone for good");

  const dir = mkdtempSync(join(tmpdir(), "navi-backup-"));
  writeFileSync(join(dir, "bad.json"), '{"format":"something-else"}');
  await page.setInputFiles("#restore-file", join(dir, "bad.json"));
  assert.match(await page.locator("#restore-error").textContent(), /復元できません/);
  writeFileSync(join(dir, "backup.json"), backup.text);
  await page.setInputFiles("#restore-file", join(dir, "backup.json"));
  await page.locator(".draft", { hasText: "削除テスト" }).waitFor();
  assert.match(await page.locator("#save-status").textContent(), /復元しました: 1件を追加/);
  await context.close();
});

test("importing an incident that was deleted brings it back, and says so", async () => {
  const { page, context } = await openApp(browser);
  await create(page, "misdelivery", "誤送信（削除後に復元）");
  const json = await download(page, "#save-json");
  await page.click(".brand");
  await page.locator(".draft").getByRole("button", { name: /^削除/ }).click();
  assert.equal(await page.locator(".drafts > .draft-list").count(), 0);
  const dir = mkdtempSync(join(tmpdir(), "navi-undelete-"));
  writeFileSync(join(dir, json.name), json.text);
  await page.setInputFiles("#restore-file", join(dir, json.name));
  await page.locator(".draft", { hasText: "誤送信（削除後に復元）" }).waitFor();
  assert.match(await page.locator("#save-status").textContent(), /1件を「削除した記録」から戻しました/);
  await saved(page);
  await page.reload();
  await page.locator(".draft", { hasText: "誤送信（削除後に復元）" }).waitFor();
  await context.close();
});

test("where drafts live is said once", async () => {
  const { page, context } = await openApp(browser);
  assert.equal(await page.locator("#storage-notice").count(), 0, "an empty list says it in its own box");
  await create(page, "misdelivery", "誤送信");
  await page.click(".brand");
  assert.match(await page.locator("#storage-notice").textContent(), /ファイルを移動したり/);
  await page.locator("#storage-notice button").click();
  await page.reload();
  await page.locator("h1").waitFor();
  assert.equal(await page.locator("#storage-notice").count(), 0);
  await context.close();
});

test("import errors say what was wrong and the true limit, in the user's language", async () => {
  const { page, context } = await openApp(browser);
  const dir = mkdtempSync(join(tmpdir(), "navi-errors-"));
  // One incident's file of 5 MB: the limit for that is 4 MB (a backup may be 32 MB).
  writeFileSync(join(dir, "big.json"), `{"schema":2,"incident":"${"x".repeat(5 * 1024 * 1024)}"}`);
  await page.setInputFiles("#restore-file", join(dir, "big.json"));
  const error = page.locator("#restore-error");
  // Each file is read asynchronously: wait for its own message.
  const says = (re) => page.locator("#restore-error", { hasText: re }).waitFor();
  await says(/1件の記録のファイルとしては大きすぎます（5\.0 MB。上限は4 MB）/);
  // A damaged record inside a backup names the record, with no English parser text.
  writeFileSync(join(dir, "damaged.json"), '{"schema":2,"incident":{"id":"x","revision":12345}}');
  await page.setInputFiles("#restore-file", join(dir, "damaged.json"));
  await says(/1件目の記録: 中身が壊れているか、形式が違います/);
  const text = await error.textContent();
  assert.doesNotMatch(text, /invalid|missing field|expected/i);
  // In English, all of it is English, with half-width brackets.
  await page.click(".lang-switch");
  await page.setInputFiles("#restore-file", join(dir, "big.json"));
  await says(/too large for one incident's file \(5\.0 MB; the limit is 4 MB\)/);
  const en = await error.textContent();
  assert.doesNotMatch(en, /[\u3040-\u30ff\u4e00-\u9fff（）]/);
  await context.close();
});

test("a copy opened from a new place says where drafts live; changes not backed up for a day are reminded", async () => {
  const { page, context } = await openApp(browser);
  const here = page.locator("#no-drafts-here");
  assert.match(await here.textContent(), /ファイルの置き場所ごとに保存/);
  await here.getByRole("link").click();
  assert.equal(await page.evaluate(() => location.hash), "#restore-file");
  // The last backup was two days ago, and a draft changes now: remind.
  await page.evaluate(() => localStorage.setItem("incident-navi/v1/last-backup", String(Date.now() - 2 * 86400e3)));
  await page.reload();
  await create(page, "malware", "ウイルス感染");
  await page.click(".brand");
  assert.equal(await page.locator("#no-drafts-here").count(), 0);
  const reminder = page.locator("#backup-reminder");
  assert.match(await reminder.textContent(), /前回のバックアップ（\d{4}-\d\d-\d\d \d\d:\d\d）のあとに記録が変わっています/);
  const file = await download(page, "#backup-reminder button");
  assert.match(file.text, /ウイルス感染/);
  await reminder.waitFor({ state: "detached" });
  await page.reload();
  assert.equal(await page.locator("#backup-reminder").count(), 0, "the backup's time is remembered");
  await context.close();
});
