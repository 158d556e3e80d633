// Issue 6: answering the fact-finding questions changes the duties and the PPC clock.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const verdict = (page, key) => page.locator(`#duty-${key} .verdict`).textContent();

test("answers drive the panel and the deadline clock", async () => {
  const { page, context, errors } = await openApp(browser);
  await page.click("#start-new");
  await page.check("#kind-misdelivery");
  await page.click("#begin");
  // Nothing answered: unknown counts as "may apply".
  assert.equal(await verdict(page, "ppc-report"), "必要かもしれない");
  assert.match(await page.locator("#duty-ppc-report .reasons").textContent(), /未回答|未確認/);
  assert.match(await page.locator("#obligations").textContent(), /規定の最終確認日: \d{4}-\d\d-\d\d/);

  await page.check("#q-3-3-severity-1-class-1");
  await page.check("#q-3-2-info-e-plain");
  for (const q of ["sensitive", "financial", "improper", "ordinance"]) await page.check(`#q-law-${q}-no`);
  await page.fill("#q-law-persons-text", "100");
  assert.equal(await verdict(page, "ppc-report"), "不要", "100 people is not more than 100");
  assert.equal(await page.locator("#duty-ppc-preliminary").count(), 0, "no clock when not required");

  await page.fill("#q-law-persons-text", "101");
  assert.equal(await verdict(page, "ppc-report"), "必要");
  assert.equal(await verdict(page, "notice-to-persons"), "必要");
  assert.match(await page.locator("#duty-ppc-report .reasons").textContent(), /100人を超える/);

  // Known three days ago: preliminary due in 2 days, final in 27.
  const known = new Date(Date.now() + 9 * 3600e3 - 3 * 86400e3).toISOString().slice(0, 10);
  await page.fill("#incident-known-on", known);
  await page.locator("#incident-known-on").dispatchEvent("change");
  assert.match(await page.locator("#duty-ppc-preliminary .deadline-left").textContent(), /^あと2日$/);
  assert.match(await page.locator("#duty-ppc-final .deadline-left").textContent(), /^あと27日$/);

  // An improper purpose makes the final report 60 days.
  await page.check("#q-law-improper-yes");
  assert.match(await page.locator("#duty-ppc-final .deadline-left").textContent(), /^あと57日$/);

  // Known ten days ago: the preliminary report is overdue, here and in the drafts list.
  const late = new Date(Date.now() + 9 * 3600e3 - 10 * 86400e3).toISOString().slice(0, 10);
  await page.fill("#incident-known-on", late);
  await page.locator("#incident-known-on").dispatchEvent("change");
  assert.match(await page.locator("#duty-ppc-preliminary").getAttribute("class"), /is-overdue/);
  assert.match(await page.locator("#duty-ppc-preliminary .deadline-left").textContent(), /^5日超過$/);
  await page.check("#duty-ppc-preliminary-done");
  assert.match(await page.locator("#duty-ppc-preliminary .deadline-left").textContent(), /提出済み/);
  assert.match(await page.locator(".timeline-list").textContent(), /完了: 速報（個人情報保護委員会）/);

  // Strong encryption only: not a leak.
  await page.uncheck("#q-3-2-info-e-plain");
  await page.check("#q-3-2-info-e-encrypted");
  assert.equal(await verdict(page, "ppc-report"), "不要");
  assert.match(await page.locator("#duty-ppc-report .reasons").textContent(), /高度な暗号化/);

  // The drafts list shows the clock too.
  await page.uncheck("#q-3-2-info-e-encrypted");
  await page.check("#q-3-2-info-e-plain");
  await page.click(".brand");
  assert.match(await page.locator(".draft-deadline").textContent(), /確報（個人情報保護委員会） 期限 \d{4}-\d\d-\d\d（あと50日）/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the panel speaks English too", async () => {
  const { page, context } = await openApp(browser);
  await page.click(".lang-switch");
  await page.click("#start-new");
  await page.check("#kind-unauthorized-access");
  await page.click("#begin");
  assert.equal(await verdict(page, "police"), "Required");
  assert.match(await page.locator("#duty-police .reasons").textContent(), /unauthorised access/);
  await context.close();
});
