// Issue 24: never leave a clerk with nothing.
// - The first screen (the contact, 「まず最初に」) is plain HTML in the page, on screen at
//   DOMContentLoaded, before the app starts; it says what the app's home says (no drift).
// - With the JIT turned off (Chromium --js-flags=--jitless: no WebAssembly, as Edge's
//   DefaultJavaScriptJitSetting policy does), the page says so plainly and shows the whole guide,
//   which is what the playbook makes (examples/static_guide), with no page error.
// - When the app stops (a trap), a banner says so at once, and its backup, made by plain
//   JavaScript from storage, restores everything into an empty browser.
//
// The deliberate trap: an init script (only a test can add one: it runs before the page's own
// scripts) wraps the app module's imports as the glue hands them over; when armed, the next call
// the app makes from a callback first calls the module's own allocator with an impossible
// alignment, which aborts, and the release build's abort is a trap (`unreachable`) inside the
// app's code: what a panic is in the released file. The released file has no code for it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { jstDay, launch, openApp, ENGINE, SINGLE_FILE_URL } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What the playbook makes now (the build runs the same generator into the page). */
const playbook = () => JSON.parse(execFileSync("cargo", ["run", "--quiet", "--example", "static_guide"], { encoding: "utf8", maxBuffer: 16 << 20 }));
const squash = (text) => text.replace(/\s+/g, " ").trim();

function armableTrap() {
  const instantiate = WebAssembly.instantiate;
  let exports = null;
  let armed = false;
  WebAssembly.instantiate = async function (module, imports) {
    // The glue's own imports ("./incident-navi_bg.js"), not its snippets'.
    const glue = Object.keys(imports ?? {}).find((k) => k.endsWith("_bg.js"));
    if (glue) {
      for (const [name, f] of Object.entries(imports[glue])) {
        if (typeof f !== "function") continue;
        imports[glue][name] = function (...args) {
          if (armed && exports) {
            armed = false;
            const malloc = Object.keys(exports).find((k) => /malloc/.test(k));
            exports[malloc](8, 3); // alignment 3: the allocator aborts, and abort is a trap
          }
          return f.apply(this, args);
        };
      }
    }
    const result = await instantiate.call(this, module, imports);
    exports = (result.instance ?? result).exports;
    return result;
  };
  window.__armTrap = () => { armed = true; };
}

test("the contact is on screen at DOMContentLoaded, before the app starts, and says what the app says", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const link = document.querySelector('#boot .b-contact a[href="tel:09051100331"]');
      const box = link?.getBoundingClientRect();
      window.__atParsed = {
        contact: link?.textContent ?? null,
        shown: !!box && box.width > 0 && box.height > 0 && box.top < innerHeight,
        rules: document.querySelectorAll("#boot .b-rules li").length,
        appStarted: !!document.querySelector(".site-header"),
      };
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(SINGLE_FILE_URL);
  await page.locator("h1").first().waitFor();
  const at = await page.evaluate(() => window.__atParsed);
  assert.deepEqual(at, { contact: "090-5110-0331", shown: true, rules: 4, appStarted: false });
  // The app took over: one contact card, no static copy left beside it.
  assert.equal(await page.locator("#boot").count(), 0);
  assert.equal(await page.locator(".contact-card").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the page's first screen is the playbook's, and the app's home says the same", async () => {
  // The page is windows-1252, ASCII outside its data blocks: the first screen's Japanese is there
  // as character references (tools/single-file.mjs).
  const html = readFileSync(new URL(SINGLE_FILE_URL), "latin1");
  const { first } = playbook();
  const asInPage = first.replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0).toString(16).toUpperCase()};`);
  assert.ok(html.includes(asInPage), "the page's static first screen is what the playbook makes now");
  // The app's home in each language against the static part in that language.
  for (const lang of ["ja", "en"]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((l) => {
      localStorage.setItem("incident-navi/v1/lang", l);
      // The first screen as it is when the page is parsed, in the language shown.
      document.addEventListener("DOMContentLoaded", () => {
        const boot = document.getElementById("boot");
        // Each element's text without the other language's.
        const text = (sel) => [...boot.querySelectorAll(sel)].map((e) => {
          const copy = e.cloneNode(true);
          copy.querySelectorAll(`[lang]:not([lang=${l}])`).forEach((other) => other.remove());
          return copy.textContent;
        });
        window.__staticPart = { cls: boot.className, contact: text(".b-contact dt, .b-contact p"), rules: text(".b-rules li") };
      });
    }, lang);
    const page = await context.newPage();
    await page.goto(SINGLE_FILE_URL);
    await page.locator("h1").first().waitFor();
    const staticPart = await page.evaluate(() => window.__staticPart);
    // Japanese first: no script reads the stored choice while the page is parsed (it cost the
    // first screen 20-35 ms); the app shows it (its home, below).
    assert.equal(staticPart.cls, "boot l-ja", "the first screen is Japanese until the app starts");
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, "the app shows the stored language");
    const app = await page.evaluate(() => ({
      contact: [...document.querySelectorAll(".contact-card dt, .contact-card p")].map((e) => e.textContent),
      rules: [...document.querySelectorAll(".first-rules li")].map((e) => e.textContent),
    }));
    assert.deepEqual(staticPart.contact.map(squash), app.contact.map(squash));
    assert.deepEqual(staticPart.rules.map((t) => squash(t).replace(/\s/g, "")), app.rules.map((t) => squash(t).replace(/\s/g, "")));
    await context.close();
  }
});

test("with the JIT turned off, the page says why, what to ask, and shows the six checklists", { skip: ENGINE !== "chromium" && "a Chromium flag" }, async () => {
  const jitless = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--js-flags=--jitless", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await (await jitless.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.goto(SINGLE_FILE_URL);
    assert.equal(await page.evaluate(() => typeof WebAssembly), "undefined", "jitless: no WebAssembly");
    const alert = page.locator(".b-alert");
    await alert.waitFor();
    const said = await alert.innerText();
    assert.match(said, /WebAssembly（JavaScript の JIT）が無効/);
    assert.match(said, /セキュリティ設定や組織のポリシー/);
    assert.match(said, /JIT（WebAssembly）を許可してほしい/);
    assert.match(said, /別のブラウザで開いて/);
    assert.doesNotMatch(said, /最新の Edge/);
    assert.ok(await page.locator('.b-contact a[href="tel:09051100331"]').isVisible());
    assert.ok(await page.locator(".b-rules").isVisible());
    for (const id of ["g-2", "g-3-1", "g-3-2", "g-3-3", "g-3-4", "g-3-5", "g-3-6"]) {
      await page.locator(`#${id}`).waitFor();
      assert.ok(await page.locator(`#${id} .b-task`).first().isVisible(), `${id} shows its tasks`);
    }
    assert.match(await page.locator("#g-3-4").innerText(), /マニュアル 3-4 \(5\)/, "with the manual's sections");
    // What is shown is what the playbook makes now.
    const { guide } = playbook();
    const same = await page.evaluate((made) => {
      const shown = [...document.querySelectorAll("#boot > nav, #boot > section.b-type")].map((e) => e.outerHTML).join("");
      const parsed = document.createElement("template");
      parsed.innerHTML = made;
      return shown.length > 10_000 && shown === parsed.innerHTML;
    }, guide);
    assert.ok(same, "the guide shown is the playbook's");
    // English at a click, with the page's language.
    await page.getByRole("button", { name: "English" }).click();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.match(await page.locator("#g-3-1 h2").innerText(), /^3-1 Loss or theft$/);
    assert.match(await alert.innerText(), /WebAssembly \(the JavaScript JIT\) is turned off/);
    // Printable: the notice and buttons stay off the paper, the checklists on it.
    await page.emulateMedia({ media: "print" });
    assert.equal(await alert.isVisible(), false);
    assert.ok(await page.locator("#g-3-6").isVisible());
    // A reader who chose English last time gets the notice in English at once.
    const en = await jitless.newContext({ viewport: { width: 390, height: 800 } });
    await en.addInitScript(() => localStorage.setItem("incident-navi/v1/lang", "en"));
    const enPage = await en.newPage();
    await enPage.goto(SINGLE_FILE_URL);
    await enPage.locator(".b-alert").waitFor();
    assert.equal(await enPage.locator("html").getAttribute("lang"), "en");
    assert.match(await enPage.locator(".b-alert").innerText(), /WebAssembly \(the JavaScript JIT\) is turned off/);
    assert.deepEqual(errors, []);
  } finally {
    await jitless.close();
  }
});

test("a trap shows the banner at once; its backup restores everything into an empty browser", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(armableTrap);
  const page = await context.newPage();
  await page.goto(SINGLE_FILE_URL);
  await page.locator("h1").first().waitFor();
  // Two incidents, one with a timeline entry and a tick, read back after a reload (the timeline
  // then lives in IndexedDB), one still being typed into.
  await page.click("#start-new");
  await page.check("#kind-loss-theft");
  await page.click("#begin");
  await page.fill("#incident-title", "USBメモリ紛失（停止テスト）");
  await page.fill("#entry-when", "2026-11-25T10:42");
  await page.fill("#entry-what", "IT最適化係に電話した");
  await page.click(".timeline-form button[type=submit]");
  await page.locator(".timeline-list li", { hasText: "IT最適化係に電話した" }).waitFor();
  await page.locator("#phase-discovery .item-task input[type=checkbox]").first().check();
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes("/timeline/")));
  await page.reload();
  await page.locator("h1").first().waitFor();
  await page.click("#start-new");
  await page.check("#kind-malware");
  await page.click("#begin");
  await page.fill("#incident-title", "ウイルス感染（停止テスト）");
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
  const before = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("/incident/")).length);
  assert.equal(before, 2);

  await page.evaluate(() => window.__armTrap());
  const clicked = Date.now();
  await page.locator(".item-task input[type=checkbox]").first().click();
  const banner = page.locator(".crash");
  await banner.waitFor({ timeout: 1000 });
  assert.ok(Date.now() - clicked < 1000, "within a second");
  const said = await banner.textContent();
  assert.match(said, /ツールが停止しました/);
  assert.match(said, new RegExp(`USBメモリ紛失（停止テスト）: 最終保存 ${jstDay()} \\d\\d:\\d\\d`));
  assert.match(said, /ウイルス感染（停止テスト）: 最終保存/);
  assert.match(said, /090-5110-0331/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "crash-title");
  assert.equal(await page.evaluate(() => document.getElementById("app").inert), true);

  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "バックアップをダウンロード" }).click()]);
  assert.match(file.suggestedFilename(), /^incident-navi-backup-\d{8}-\d{4}\.json$/);
  const text = readFileSync(await file.path(), "utf8");
  const backup = JSON.parse(text);
  assert.equal(backup.format, "incident-navi-backup");
  assert.equal(backup.incidents.length, 2);
  await page.locator(".crash [role=status]", { hasText: "ダウンロードしました" }).waitFor();
  await context.close();

  // An empty browser takes it in through the app's own restore.
  const fresh = await openApp(browser);
  const dir = mkdtempSync(join(tmpdir(), "navi-rescue-"));
  writeFileSync(join(dir, "backup.json"), text);
  await fresh.page.setInputFiles("#restore-file", join(dir, "backup.json"));
  await fresh.page.locator(".draft", { hasText: "USBメモリ紛失（停止テスト）" }).waitFor();
  assert.match(await fresh.page.locator("#save-status").textContent(), /復元しました: 2件を追加/);
  await fresh.page.locator(".draft", { hasText: "USBメモリ紛失（停止テスト）" }).getByRole("button", { name: /^開く/ }).click();
  await fresh.page.locator(".timeline-list li", { hasText: "IT最適化係に電話した" }).waitFor();
  assert.equal(await fresh.page.locator("#phase-discovery .item-task input[type=checkbox]").first().isChecked(), true);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
});

test("the banner speaks the user's language", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  await context.addInitScript(armableTrap);
  await context.addInitScript(() => localStorage.setItem("incident-navi/v1/lang", "en"));
  const page = await context.newPage();
  await page.goto(SINGLE_FILE_URL);
  await page.locator("h1").first().waitFor();
  await page.evaluate(() => window.__armTrap());
  await page.locator("#start-new").click();
  await page.locator(".crash").waitFor({ timeout: 1000 });
  const said = await page.locator(".crash").textContent();
  assert.match(said, /The tool has stopped/);
  assert.match(said, /No records are saved/);
  assert.equal(await page.locator(".crash").getAttribute("lang"), "en");
  await context.close();
});
