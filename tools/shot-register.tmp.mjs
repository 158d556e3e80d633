import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openApp } from "../tests/e2e/browser.mjs";
const dir = mkdtempSync(join(tmpdir(), "shot-"));
const day = (o) => new Date(Date.now() + 9 * 3600e3 + o * 86400e3).toISOString().slice(0, 10);
const browser = await launch();
for (const [width, lang] of [[1280, "ja"], [390, "ja"], [1280, "en"]]) {
  const { page, context } = await openApp(browser, { width, height: 900 });
  await page.click("#start-new"); await page.check("#kind-loss-theft"); await page.click("#begin");
  await page.fill("#incident-title", "健康診断票の紛失");
  await page.fill("#incident-known-on", day(-20));
  await page.check("#q-law-sensitive-yes");
  await page.fill("#settings-section", "健康福祉部 保健医療課"); await page.fill("#settings-reporter", "岐阜 花子");
  const [d] = await Promise.all([page.waitForEvent("download"), page.click("#save-json")]);
  const json = join(dir, d.suggestedFilename()); writeFileSync(json, readFileSync(await d.path()));
  if (lang === "en") await page.click(".lang-switch");
  await page.click("#view-switch");
  const fx = new URL("../tests/fixtures/mail/", import.meta.url).pathname;
  const msg = join(dir, "report.msg"); writeFileSync(msg, "x");
  await page.setInputFiles("#register-files", [json, fx + "tool-draft.eml", fx + "outlook-nested.eml", msg]);
  await page.locator("#intake-results li").nth(3).waitFor();
  await page.screenshot({ path: `/tmp/reg-${lang}-${width}.png`, fullPage: true });
  await context.close();
}
await browser.close();
