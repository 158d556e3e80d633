// The single file in stock Firefox ESR from file:// (puppeteer-core over WebDriver BiDi; Playwright's
// Firefox needs a patched build that cannot be downloaded here): it starts, a draft survives a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import puppeteer from "puppeteer-core";
import { SINGLE_FILE_URL } from "./browser.mjs";

test("Firefox opens the single file from file:// and keeps a draft", async () => {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    extraPrefsFirefox: { "network.captive-portal-service.enabled": false, "app.update.enabled": false },
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(SINGLE_FILE_URL);
    await page.waitForSelector("h1");
    assert.equal(await page.$eval("h1", (h) => h.textContent), "情報セキュリティ事故 対応ナビ");
    await page.click("#start-new");
    await page.waitForSelector("#kind-malware");
    await page.click("#kind-malware");
    await page.click("#begin");
    await page.waitForSelector("#incident-title");
    assert.match(await page.$eval("#phase-discovery", (e) => e.textContent), /ネットワークから切り離し/);
    await page.type("#incident-title", "ウイルス警告");
    await page.waitForFunction(() => document.querySelector("#save-status")?.textContent.includes("保存しました"));
    await page.reload();
    await page.waitForSelector(".draft");
    assert.match(await page.$eval(".draft-list", (e) => e.textContent), /ウイルス警告/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
