// Issue 11: timelines live in IndexedDB, so the drafts list does not wait for them (Chromium reads
// all of localStorage on its first use). What must hold: they come back whole; a copy left in
// localStorage (a tab closed before it moved, a first release's record) is kept and moved over;
// where IndexedDB cannot be had they stay in localStorage; and when they cannot be read, their
// records stay closed and say so, with nothing lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openApp, SINGLE_FILE_URL } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// In a page: IndexedDB refused, as a browser set to forbid it for file:// would.
const NO_INDEXED_DB = `Object.defineProperty(window, "indexedDB", { configurable: true,
  get() { throw new DOMException("refused for this test", "SecurityError"); } });`;

const timelineKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("/timeline/")));
const inIndexedDb = (page) => page.evaluate(() => new Promise((resolve) => {
  const open = indexedDB.open("incident-navi");
  open.onsuccess = () => {
    const all = open.result.transaction("timelines").objectStore("timelines").getAll();
    all.onsuccess = () => resolve(all.result.map((text) => JSON.parse(text).map((e) => e.text)));
  };
  open.onerror = () => resolve(null);
}));

/** A new incident with one manual timeline entry, saved. */
async function incidentWithEntry(page, what) {
  await page.click("#start-new");
  await page.check("#kind-loss-theft");
  await page.click("#begin");
  await page.fill("#incident-title", "時系列の置き場所");
  await page.fill("#entry-when", "2026-11-25T10:42");
  await page.fill("#entry-what", what);
  await page.click(".timeline-form button[type=submit]");
  await page.locator(".timeline-list li", { hasText: what }).waitFor();
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
}

async function openDraft(page) {
  await page.locator(".draft", { hasText: "時系列の置き場所" }).getByRole("button", { name: /^開く/ }).click();
  await page.locator(".timeline-list").waitFor();
}

test("a timeline moves to IndexedDB, leaves localStorage, and comes back whole after a reload", async () => {
  const { context, page } = await openApp(browser);
  await incidentWithEntry(page, "IT最適化係に電話");
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes("/timeline/")));
  assert.ok((await inIndexedDb(page)).some((texts) => texts.includes("IT最適化係に電話")));
  await page.reload();
  await openDraft(page);
  assert.match(await page.textContent(".timeline-list"), /IT最適化係に電話/);
  // A second entry after the reload: moved over too, and the first is still there.
  await page.fill("#entry-when", "2026-11-25T11:00");
  await page.fill("#entry-what", "警察に遺失届");
  await page.click(".timeline-form button[type=submit]");
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes("/timeline/")));
  const stored = (await inIndexedDb(page)).flat();
  assert.ok(stored.includes("IT最適化係に電話") && stored.includes("警察に遺失届"), stored.join(" / "));
  await context.close();
});

test("a copy left in localStorage (a tab closed before it moved, a first release's record) is the one kept, then moved", async () => {
  const { context, page } = await openApp(browser);
  await incidentWithEntry(page, "最初の記録");
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes("/timeline/")));
  // As a tab closed between its two writes leaves it: localStorage newer than IndexedDB.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("incident-navi/v1/incident/"));
    const id = key.slice("incident-navi/v1/incident/".length);
    const at = JSON.parse(localStorage.getItem(key)).incident.created_at;
    const entry = (seq, text) => ({ seq, at: at + seq, recorded_at: at + seq, source: "Manual", text, corrects: null });
    localStorage.setItem(`incident-navi/v1/timeline/${id}`,
      JSON.stringify([entry(1, "最初の記録"), entry(2, "閉じる直前の記録")]));
  });
  await page.reload();
  // Opened once the copy has moved: the incident's lock reads storage's record, and must find
  // the timeline where it went (an empty one would look like another tab's save, and ask).
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes("/timeline/")));
  assert.ok((await inIndexedDb(page)).flat().includes("閉じる直前の記録"));
  await openDraft(page);
  assert.match(await page.textContent(".timeline-list"), /閉じる直前の記録/);
  await page.fill("#incident-title", "時系列の置き場所（続き）");
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
  assert.equal(await page.locator("[id^=conflict-]").count(), 0, "no question about another tab");
  await page.reload();
  await page.locator(".draft", { hasText: "（続き）" }).getByRole("button", { name: /^開く/ }).click();
  assert.match(await page.textContent(".timeline-list"), /閉じる直前の記録/);
  await context.close();
});

test("a tab closed right after an entry was added keeps it", async () => {
  const { context, page } = await openApp(browser);
  await incidentWithEntry(page, "閉じる前に書いた");
  await page.close();
  const next = await context.newPage();
  await next.goto(SINGLE_FILE_URL);
  await openDraft(next);
  assert.match(await next.textContent(".timeline-list"), /閉じる前に書いた/);
  await context.close();
});

test("where IndexedDB cannot be had, timelines stay in localStorage and work as before", async () => {
  const { context, page } = await openApp(browser);
  await page.addInitScript(NO_INDEXED_DB);
  await page.reload();
  await incidentWithEntry(page, "保存先がない");
  await page.waitForTimeout(300);
  assert.equal((await timelineKeys(page)).length, 1, "kept in localStorage");
  await page.reload();
  await openDraft(page);
  assert.match(await page.textContent(".timeline-list"), /保存先がない/);
  assert.equal(await page.locator("#timelines-unreadable").count(), 0);
  await context.close();
});

test("timelines that cannot be read: their records stay closed and say so; nothing is lost", async () => {
  const { context, page } = await openApp(browser);
  await incidentWithEntry(page, "読めなくても消えない");
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes("/timeline/")));
  const blocked = await context.newPage();
  await blocked.addInitScript(NO_INDEXED_DB);
  await blocked.goto(SINGLE_FILE_URL);
  await blocked.locator("#timelines-unreadable").waitFor();
  assert.match(await blocked.textContent("#timelines-unreadable"), /読み込めませんでした.*バックアップもできません/);
  const row = blocked.locator(".draft", { hasText: "時系列の置き場所" });
  for (const name of [/^複製/, /^削除/]) {
    assert.equal(await row.getByRole("button", { name }).isDisabled(), true, `${name} is disabled`);
  }
  assert.equal(await blocked.isDisabled("#backup"), true, "no backup without the timelines");
  await row.getByRole("button", { name: /^開く/ }).click();
  assert.equal(await blocked.textContent("main h1"), "この記録は今は開けません");
  assert.equal(await blocked.locator("#incident-title").count(), 0);
  await blocked.locator("main").getByRole("button", { name: "ホーム" }).click();
  assert.match(await row.textContent(), /この記録は今は開けません/, "the row says which record");
  await blocked.close();
  // Where IndexedDB can be had again, the record is whole.
  const again = await context.newPage();
  await again.goto(SINGLE_FILE_URL);
  await openDraft(again);
  assert.match(await again.textContent(".timeline-list"), /読めなくても消えない/);
  await context.close();
});

test("two tabs: the other tab's entries arrive after they moved, and a take-over keeps them all", async () => {
  const { context, page: a } = await openApp(browser);
  await incidentWithEntry(a, "Aの記録1");
  const b = await context.newPage();
  await b.goto(SINGLE_FILE_URL);
  await openDraft(b);
  await b.locator("#take-over").waitFor(); // read-only: A edits it
  await a.bringToFront?.();
  await a.fill("#entry-when", "2026-11-25T11:00");
  await a.fill("#entry-what", "Aの記録2");
  await a.click(".timeline-form button[type=submit]");
  await a.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes("/timeline/")));
  await b.locator(".timeline-list li", { hasText: "Aの記録2" }).waitFor();
  await b.bringToFront?.();
  await b.click("#take-over");
  await b.locator("#entry-what").waitFor();
  await b.waitForFunction(() => !document.querySelector("#entry-what")?.closest("fieldset[disabled]"));
  await b.fill("#entry-when", "2026-11-25T12:00");
  await b.fill("#entry-what", "Bの記録");
  await b.click(".timeline-form button[type=submit]");
  await a.locator(".timeline-list li", { hasText: "Bの記録" }).waitFor();
  assert.equal(await a.locator("[id^=conflict-]").count() + await b.locator("[id^=conflict-]").count(), 0);
  await b.reload();
  await openDraft(b);
  const all = await b.textContent(".timeline-list");
  for (const text of ["Aの記録1", "Aの記録2", "Bの記録"]) assert.match(all, new RegExp(text));
  await context.close();
});

test("a later build upgrading the database is not blocked by an open tab, whose timelines then stay in localStorage", async () => {
  const { context, page } = await openApp(browser);
  await incidentWithEntry(page, "更新前の記録");
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes("/timeline/")));
  const upgraded = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open("incident-navi", 2);
    open.onblocked = () => resolve("blocked");
    open.onsuccess = () => { open.result.close(); resolve("upgraded"); };
    open.onerror = () => resolve(String(open.error));
  }));
  assert.equal(upgraded, "upgraded");
  await page.fill("#entry-when", "2026-11-25T11:00");
  await page.fill("#entry-what", "更新後の記録");
  await page.click(".timeline-form button[type=submit]");
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
  await page.waitForTimeout(300);
  const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes("/timeline/")).map(([, v]) => v).join(""));
  assert.match(kept, /更新後の記録/, "kept in localStorage, not lost");
  await context.close();
});
