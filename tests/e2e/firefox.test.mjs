// The single file in stock Firefox ESR from file:// (puppeteer-core over WebDriver BiDi; Playwright's
// Firefox needs a patched build that cannot be downloaded here): it starts, a draft survives a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import puppeteer from "puppeteer-core";
import { SINGLE_FILE_URL } from "./browser.mjs";

test("Firefox opens the single file from file:// and keeps a draft", async () => {
  await withFirefox(async (browser) => {
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
  });
});

/** Firefox with puppeteer-core, one profile, closed after `body`. */
async function withFirefox(body) {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    extraPrefsFirefox: { "network.captive-portal-service.enabled": false, "app.update.enabled": false },
  });
  try {
    await body(browser);
  } finally {
    await browser.close();
  }
}

const text = (page, css) => page.$eval(css, (e) => e.textContent);

/** Opens the tool in a new page of `browser` and starts an incident of `kind`. */
async function newIncident(browser, kind) {
  const page = await browser.newPage();
  await page.goto(SINGLE_FILE_URL);
  await page.waitForSelector("#start-new");
  await page.click("#start-new");
  await page.waitForSelector(`#kind-${kind}`);
  await page.click(`#kind-${kind}`);
  await page.click("#begin");
  await page.waitForSelector("#incident-title");
  return page;
}
const saved = (page) => page.waitForFunction(() => document.querySelector("#save-status")?.textContent.includes("保存しました"));

test("Firefox: counts as clerks write them, and the verdict that follows", async () => {
  await withFirefox(async (browser) => {
    const page = await newIncident(browser, "misdelivery");
    for (const id of ["#q-3-3-severity-1-class-1", "#q-law-protection-plain", "#q-law-sensitive-no", "#q-law-financial-no", "#q-law-improper-no", "#q-law-ordinance-no"]) {
      await page.click(id);
    }
    await page.type("#q-law-persons-text", "約1万人");
    await page.waitForFunction(() => document.querySelector("#q-law-persons-reading")?.textContent.includes("読み取った数: 約10,000人＝5,000〜15,000人"));
    assert.equal(await text(page, "#duty-ppc-report .verdict"), "必要");
    assert.match(await text(page, "#ppc-clock"), /知った日を入力/);
    await page.click("#known-on-today");
    await page.waitForSelector("#duty-ppc-preliminary");
    assert.match(await text(page, "#duty-ppc-preliminary .deadline-left"), /^あと5日$/);
  });
});

test("Firefox: one writer per incident across two tabs, with take-over", async () => {
  await withFirefox(async (browser) => {
    const a = await newIncident(browser, "malware");
    await a.type("#incident-title", "タブA");
    await saved(a);
    const b = await browser.newPage();
    await b.goto(SINGLE_FILE_URL);
    await b.waitForSelector(".draft");
    await b.evaluate(() => [...document.querySelectorAll(".draft button")].find((x) => x.textContent.startsWith("開く")).click());
    await b.waitForSelector("#read-only");
    assert.equal(await b.$eval("#incident-title", (e) => e.matches(":disabled")), true, "the second tab cannot type");
    await b.click("#take-over");
    await b.waitForFunction(() => !document.querySelector("#incident-title").matches(":disabled"));
    await a.waitForSelector("#read-only");
    await b.type("#incident-title", "→タブB");
    await saved(b);
    await a.waitForFunction(() => document.querySelector("#incident-title").value === "タブA→タブB");
  });
});

test("Firefox: the print button puts the A4 report in the page before print()", async () => {
  await withFirefox(async (browser) => {
    const page = await newIncident(browser, "loss-theft");
    await page.evaluate(() => {
      window.print = () => { window.__atPrint = document.querySelector("body > .print-report .report-title")?.textContent ?? null; };
    });
    await page.evaluate(() => document.querySelector("#print").click());
    assert.match(await page.evaluate(() => window.__atPrint), /情報セキュリティ事故報告/);
  });
});
