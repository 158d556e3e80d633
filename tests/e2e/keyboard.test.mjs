// Issue 7: the whole flow by keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, and typing
// into fields): new incident, a task, answers, the timeline, export. Focus is always visible.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Presses Tab (or Shift+Tab, when the target is above the focus, as a user would) until
 * `selector` has focus; fails after `max` presses. Never wraps around the end of the page: in
 * Firefox that takes the focus through the browser's own toolbar, which a test cannot follow. */
async function tabTo(page, selector, { back, max = 800 } = {}) {
  back ??= await page.evaluate((s) => {
    const target = document.querySelector(s);
    const active = document.activeElement;
    return !!target && !!active && active !== document.body
      && (target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }, selector);
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`could not reach ${selector} by ${back ? "Shift+Tab" : "Tab"}`);
}

const focusVisible = (page) => page.evaluate(() => {
  const s = getComputedStyle(document.activeElement);
  return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
});

test("new incident, a task, answers, the timeline and export, by keyboard alone", async () => {
  const { page, context, errors } = await openApp(browser);
  await tabTo(page, "#start-new");
  assert.ok(await focusVisible(page), "focus is visible");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1", "focus moves to the new screen's heading");

  await tabTo(page, "#symptom-lost");
  await page.keyboard.press("Space");
  assert.ok(await page.isChecked("#kind-loss-theft"));
  await tabTo(page, "#begin");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("h1").textContent(), "紛失・盗難");

  await tabTo(page, "#incident-title");
  await page.keyboard.type("鍵盤だけで記録");
  await tabTo(page, "#item-3-1-1-step-1-done");
  assert.ok(await focusVisible(page));
  await page.keyboard.press("Space");
  assert.ok(await page.isChecked("#item-3-1-1-step-1-done"));

  await tabTo(page, "#q-3-2-info-b-text");
  await page.keyboard.type("氏名・住所");
  await tabTo(page, "#q-law-sensitive-yes");
  await page.keyboard.press("ArrowRight");
  assert.ok(await page.isChecked("#q-law-sensitive-no"), "arrows move within the yes/no group");

  await tabTo(page, "#entry-what");
  await page.keyboard.type("IT最適化係に電話");
  await page.keyboard.press("Enter");
  assert.match(await page.locator(".timeline-list").textContent(), /IT最適化係に電話/);

  await tabTo(page, "#save-txt");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.match(readFileSync(await download.path(), "utf8"), /件名: 鍵盤だけで記録/);
  await tabTo(page, "#save-eml", { back: true, max: 3 });

  // A gap link moves focus to its field.
  await tabTo(page, "#export .gaps a", { back: true });
  await page.keyboard.press("Enter");
  assert.match(await page.evaluate(() => document.activeElement?.id ?? ""), /^(settings-|q-|item-|incident-)/);
  assert.deepEqual(errors, []);
  await context.close();
});
