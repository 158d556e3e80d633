// Issue 23: the clerk's clock and the secretariat's register at chosen moments, with the browser's
// clock set (never today's): a year's end (速報 and 確報 cross into the new year), a leap day, two
// years on, and the minutes around midnight in Japan. Every due date is written out by hand below,
// and every "days left / over" is counted here, in the test, from those dates.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
const dir = mkdtempSync(join(tmpdir(), "navi-dates-"));

const at = (iso) => Date.parse(iso);
/** Whole days from `a` to `b` (YYYY-MM-DD), counted on the calendar. */
const between = (a, b) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400e3);
/** What the clock says of a due date seen on `today`. */
const standing = (today, due) => {
  const n = between(today, due);
  return n === 0 ? "今日が期限" : n > 0 ? `あと${n}日` : `${-n}日超過`;
};

async function lossWithSensitiveData(page, title) {
  await page.click("#start-new");
  await page.check("#kind-loss-theft");
  await page.click("#begin");
  await page.fill("#incident-title", title);
  // Sensitive data: the PPC report is required whatever the count.
  await page.check("#q-law-sensitive-yes");
}

async function setKnownOn(page, day) {
  await page.fill("#incident-known-on", day);
  await page.locator("#incident-known-on").dispatchEvent("change");
}

async function assertClock(page, today, { target, preliminary, final }) {
  const pre = page.locator("#duty-ppc-preliminary");
  assert.match(await pre.locator(".deadline-target").textContent(), new RegExp(target));
  assert.match(await pre.locator(".deadline-due").textContent(), new RegExp(preliminary));
  assert.equal(await pre.locator(".deadline-left").textContent(), standing(today, preliminary));
  const fin = page.locator("#duty-ppc-final");
  assert.match(await fin.locator(".deadline-due").textContent(), new RegExp(final));
  assert.equal(await fin.locator(".deadline-left").textContent(), standing(today, final));
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = join(dir, file.suggestedFilename());
  writeFileSync(path, readFileSync(await file.path()));
  return path;
}

test("at a year's end, 速報 and 確報 fall in the new year", async () => {
  const today = "2026-12-30";
  const { page, context, errors } = await openApp(browser, { now: at(`${today}T15:00:00+09:00`) });
  await lossWithSensitiveData(page, "年末の紛失");
  await setKnownOn(page, "2026-12-28");
  await assertClock(page, today, { target: "2026-12-31", preliminary: "2027-01-02", final: "2027-01-27" });
  // An improper purpose: 60 days, into February.
  await page.check("#q-law-improper-yes");
  await assertClock(page, today, { target: "2026-12-31", preliminary: "2027-01-02", final: "2027-02-26" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a leap day, the clock counts through February 29th", async () => {
  const today = "2028-02-29";
  const { page, context, errors } = await openApp(browser, { now: at(`${today}T09:00:00+09:00`) });
  await lossWithSensitiveData(page, "閏日の紛失");
  await page.click("#known-on-today");
  assert.equal(await page.locator("#incident-known-on").inputValue(), "2028-02-29");
  await assertClock(page, today, { target: "2028-03-03", preliminary: "2028-03-05", final: "2028-03-30" });
  await page.click("#known-on-yesterday");
  assert.equal(await page.locator("#incident-known-on").inputValue(), "2028-02-28");
  await assertClock(page, today, { target: "2028-03-02", preliminary: "2028-03-04", final: "2028-03-29" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("today is Japan's day: just before and just after midnight JST (afternoon UTC)", async () => {
  for (const [iso, today, yesterday, dates] of [
    ["2026-12-31T23:30:00+09:00", "2026-12-31", "2026-12-30", { target: "2027-01-03", preliminary: "2027-01-05", final: "2027-01-30" }],
    ["2027-01-01T00:30:00+09:00", "2027-01-01", "2026-12-31", { target: "2027-01-04", preliminary: "2027-01-06", final: "2027-01-31" }],
  ]) {
    const { page, context } = await openApp(browser, { now: at(iso) });
    await lossWithSensitiveData(page, "深夜の紛失");
    await page.click("#known-on-today");
    assert.equal(await page.locator("#incident-known-on").inputValue(), today, iso);
    await assertClock(page, today, dates);
    await page.click("#known-on-yesterday");
    assert.equal(await page.locator("#incident-known-on").inputValue(), yesterday, iso);
    await context.close();
  }
});

test("two years on: an overdue 速報, in the clerk's view and in the secretariat's register", async () => {
  const today = "2028-12-04";
  const { page, context, errors } = await openApp(browser, { now: at(`${today}T10:00:00+09:00`) });
  await lossWithSensitiveData(page, "二年後の紛失");
  await setKnownOn(page, "2028-11-24");
  const dates = { target: "2028-11-27", preliminary: "2028-11-29", final: "2028-12-24" };
  await assertClock(page, today, dates);
  assert.equal(standing(today, dates.preliminary), "5日超過");
  assert.match(await page.locator("#duty-ppc-preliminary").getAttribute("class"), /is-overdue/);
  await page.fill("#settings-section", "総務部 情報企画課");
  await page.fill("#settings-reporter", "岐阜 太郎");
  const json = await download(page, "#save-json");

  // The secretariat takes the report in on the same day: the row's dates and days are the clerk's.
  await page.click("#view-switch");
  await page.setInputFiles("#register-files", [json]);
  await page.locator("#intake-results li").first().waitFor();
  const row = page.locator(".register-row", { hasText: "二年後の紛失" });
  const text = await row.textContent();
  assert.match(text, new RegExp(`速報 ${dates.preliminary}`));
  assert.match(text, new RegExp(`確報 ${dates.final}`));
  assert.match(text, new RegExp(standing(today, dates.preliminary)));
  assert.match(text, new RegExp(standing(today, dates.final)));
  assert.ok(await row.evaluate((r) => r.classList.contains("is-overdue")));
  assert.deepEqual(errors, []);
  await context.close();
});
