// Issue 13, as the secretariat uses the register: the progress form by keyboard (a date, Tab,
// the next field, the form still open), the print button and Ctrl+P (the register, on A4
// landscape, not the app), and two tabs taking reports in at once without losing either's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jstDay, launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
const fixtures = new URL("../fixtures/mail/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "navi-register-use-"));

async function registerWithOneReport(context) {
  const page = context.page;
  await page.click("#view-switch");
  await page.setInputFiles("#register-files", fixtures + "tool-draft.eml");
  await page.locator(".register-row").first().waitFor();
  return page;
}

test("the progress form by keyboard: it stays open and keeps the focus while filled in", async () => {
  const opened = await openApp(browser);
  const page = await registerWithOneReport(opened);
  await page.locator(".register-progress summary").first().focus();
  await page.keyboard.press("Enter");
  const pre = page.locator("[id$='-pre']").first();
  await pre.fill("2026-11-24");
  // Saved at once, yet the table is not written again under the user's hands.
  assert.match(await page.evaluate(() => document.activeElement?.id ?? ""), /-pre$/);
  await page.locator("[id$='-notes']").first().focus();
  await page.keyboard.type("委員会へ電話済み");
  assert.equal(await page.locator(".register-progress[open]").count(), 1);
  // Leaving the form with Tab: the row follows (the 速報 is filed), the form is still open, and
  // the focus is where Tab took it.
  await page.keyboard.press("Tab");
  await page.locator(".register-row", { hasText: "報告済み" }).waitFor();
  assert.equal(await page.locator(".register-progress[open]").count(), 1);
  assert.equal(await page.evaluate(() => { const a = document.activeElement; return a?.id || a?.outerHTML.slice(0, 80); }), "register-csv");
  await page.reload();
  await page.locator(".register-row").first().waitFor();
  await page.locator(".register-progress summary").first().click();
  assert.equal(await page.locator("[id$='-pre']").first().inputValue(), "2026-11-24");
  assert.equal(await page.locator("[id$='-notes']").first().inputValue(), "委員会へ電話済み");
  assert.deepEqual(opened.errors, []);
  await opened.context.close();
});

test("the print button and Ctrl+P print the register and the year, not the app", async () => {
  const opened = await openApp(browser);
  const page = await registerWithOneReport(opened);
  const printMedia = page.supportsPrintMedia?.() ?? true;
  await page.evaluate(() => {
    window.print = () => {
      const slot = document.querySelector("body > .print-report");
      window.__atPrint = { text: slot?.textContent ?? null, app: getComputedStyle(document.getElementById("app")).display };
    };
  });
  await page.emulateMedia({ media: "print" });
  await page.click("#register-print");
  const atPrint = await page.evaluate(() => window.__atPrint);
  assert.match(atPrint?.text ?? "", /受付台帳/);
  assert.match(atPrint.text, /USBメモリ紛失/);
  // The year's figures are this year's (the clock's), counted by 知った日: the fixture's report
  // was known on 2026-11-25, so it counts only when the suite runs in 2026 (E2E_NOW).
  const year = jstDay().slice(0, 4);
  assert.ok(atPrint.text.includes(`${year}年の集計（${year === "2026" ? 1 : 0}件）`), atPrint.text);
  if (printMedia) assert.equal(atPrint.app, "none", "only the register is printed");
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.locator(".print-report").waitFor({ state: "detached" });
  // Ctrl+P: the browser's beforeprint builds it too; the PDF is A4 landscape.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.locator(".print-report").waitFor({ state: "attached" });
  if (printMedia) {
    const pdf = join(dir, "register.pdf");
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const size = execFileSync("pdfinfo", [pdf]).toString().match(/Page size:\s+([\d.]+) x ([\d.]+)/);
    assert.ok(size && Number(size[1]) > Number(size[2]), `landscape: ${size?.[0]}`);
    assert.ok(readFileSync(pdf).subarray(0, 5).toString() === "%PDF-");
  }
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  assert.deepEqual(opened.errors, []);
  await opened.context.close();
});

test("two tabs of the register take reports in at once; neither's is lost", async () => {
  const a = await openApp(browser);
  await a.page.click("#view-switch");
  const b = { page: await a.context.newPage() };
  await b.page.goto(a.page.url());
  await b.page.locator("h1").first().waitFor();
  assert.equal(await b.page.locator("h1").first().textContent(), "受付台帳", "the view is remembered");
  // Both take a different report in, at once.
  const json = JSON.parse(readFileSync(fixtures + "expected.json", "utf8"));
  const other = structuredClone(json);
  other.incident.id = "zz9otherincident";
  other.incident.title = "別の課の報告";
  const { writeFileSync } = await import("node:fs");
  writeFileSync(join(dir, "other.json"), JSON.stringify(other));
  await Promise.all([
    a.page.setInputFiles("#register-files", fixtures + "tool-draft.eml"),
    b.page.setInputFiles("#register-files", join(dir, "other.json")),
  ]);
  for (const p of [a.page, b.page]) {
    await p.locator(".register-row", { hasText: "USBメモリ紛失" }).waitFor();
    await p.locator(".register-row", { hasText: "別の課の報告" }).waitFor();
  }
  // Progress written in one tab shows in the other, and both survive a reload of either.
  await a.page.bringToFront();
  await a.page.locator(".register-progress summary").first().click();
  const notes = a.page.locator("[id$='-notes']").first();
  await notes.fill("Aで記入");
  await notes.dispatchEvent("change");
  await b.page.bringToFront();
  await b.page.locator(".register-progress summary").first().click();
  for (let i = 0; i < 50 && (await b.page.locator("[id$='-notes']").first().inputValue()) !== "Aで記入"; i++) {
    await b.page.waitForTimeout(100);
  }
  assert.equal(await b.page.locator("[id$='-notes']").first().inputValue(), "Aで記入");
  await b.page.reload();
  await b.page.locator(".register-row").nth(1).waitFor();
  assert.equal(await b.page.locator(".register-row").count(), 2);
  assert.deepEqual(a.errors, []);
  await a.context.close();
});
