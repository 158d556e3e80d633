// Issue 26: a drill outside its own screen. A drill record written into localStorage the way the
// app stores it (a head of schema 5 and its timeline) beside a real one: the drafts list shows it
// apart (「訓練」, 【訓練】 before its title), never among the real records; every export carries
// 【訓練】 (the mail subject, the file names, the .txt's first line, the .json's flag, the
// debrief's section); 「訓練の記録をすべて削除」 removes the drills only; and the register takes
// the drill's .json into its drill list, never among the real rows.
// Runs in Chromium and (E2E_BROWSER=firefox) Firefox.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NOW, launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
const dir = mkdtempSync(join(tmpdir(), "navi-drill-marks-"));
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SCENARIO = readFileSync(join(root, "src/core/drill/builtin/3-5.txt"), "utf8");

/** A stored head as `core::record::encode_stored_head` writes it (an hour before the pinned clock). */
function head(id, title, kinds, drill) {
  const at = NOW - 3600e3;
  const incident = {
    id, revision: 2, title, kinds, status: "Open", known_on: null, created_at: at, updated_at: at,
    tasks: {}, duties: {}, answers: {}, timeline: [], archived: false, deleted_at: null,
  };
  if (drill) {
    incident.drill = { scenario: SCENARIO, started_at: at, speed: 60, revealed: [], responses: {}, ended_at: null };
  }
  return JSON.stringify({ schema: drill ? 5 : 4, revision: 2, incident });
}

async function seeded() {
  const opened = await openApp(browser);
  const { page } = opened;
  await page.evaluate(([records]) => {
    for (const [id, text] of records) {
      localStorage.setItem(`incident-navi/v1/incident/${id}`, text);
      localStorage.setItem(`incident-navi/v1/timeline/${id}`, "[]");
    }
  }, [[
    ["real-usb1", head("real-usb1", "USBメモリの紛失", ["LossOrTheft"], false)],
    ["drill-pc1", head("drill-pc1", "【訓練】ウイルス感染", ["Malware"], true)],
    ["drill-pc2", head("drill-pc2", "感染の続き", ["Malware"], true)],
  ]]);
  await page.reload();
  await page.locator("#drills").waitFor();
  return opened;
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), path: await file.path(), text: readFileSync(await file.path(), "utf8") };
}

/** The decoded Subject of an .eml (RFC 2047 base64 words). */
function emlSubject(eml) {
  const header = eml.split("\r\n\r\n")[0].replace(/\r\n[ \t]/g, " ");
  const line = header.split("\r\n").find((l) => l.startsWith("Subject: ")).slice(9);
  return line.split(/\s+/).map((w) => {
    const m = /^=\?UTF-8\?B\?([^?]*)\?=$/i.exec(w);
    return m ? Buffer.from(m[1], "base64").toString("utf8") : w;
  }).join("");
}

test("drills are listed apart with 【訓練】 and never among real records", async () => {
  const { page, context, errors } = await seeded();
  const main = page.locator("section.drafts > ul.draft-list");
  assert.match(await main.textContent(), /USBメモリの紛失/);
  assert.doesNotMatch(await main.textContent(), /訓練|感染/, "no drill among the real records");
  const drills = page.locator("#drills");
  assert.match(await drills.locator("summary").textContent(), /^訓練 \(2\)$/);
  const titles = await drills.locator(".draft-title").allTextContents();
  assert.deepEqual([...titles].sort(), ["【訓練】ウイルス感染", "【訓練】感染の続き"]);
  // The deleted and archived groups hold no drill either.
  assert.equal(await page.locator("#archived, #deleted").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("every export of a drill carries 【訓練】: subject, file names, .txt, .eml, .json flag, the debrief", async () => {
  const { page, context, errors } = await seeded();
  await page.locator("#drills .draft", { hasText: "ウイルス感染" }).getByRole("button", { name: /^開く/ }).click();
  await page.locator("#export").waitFor();
  await page.fill("#settings-section", "総務部 情報企画課");
  await page.fill("#settings-reporter", "岐阜 太郎");
  await page.fill("#settings-contact", "内線2255");
  await page.fill("#settings-email", "it-saiteki@example.lg.jp");

  const txt = await download(page, "#save-txt");
  assert.match(txt.name, /^【訓練】drill-\d{8}-malware-[a-z0-9]{6}\.txt$/);
  const firstLine = txt.text.split("\n")[0];
  assert.equal(firstLine, "【訓練】これは訓練の記録です。実際の事故ではありません。報告・届出はしないでください。");
  assert.match(txt.text, /\n件名: 【訓練】【情報セキュリティ事故報告】総務部 情報企画課 不正プログラム/);
  assert.match(txt.text, /\n■ 訓練の振り返り\n/);
  assert.match(txt.text, /-----BEGIN INCIDENT-NAVI DRILL REPORT-----/);

  const eml = await download(page, "#save-eml");
  assert.match(eml.name, /^【訓練】drill-.*\.eml$/);
  assert.match(emlSubject(eml.text), /^【訓練】【情報セキュリティ事故報告】/);
  assert.match(eml.text, /filename="drill-\d{8}-malware-[a-z0-9]{6}\.json"/);

  const json = await download(page, "#save-json");
  assert.match(json.name, /^【訓練】drill-.*\.json$/);
  const record = JSON.parse(json.text);
  assert.equal(record.drill, true);
  assert.equal(record.schema, 4);
  assert.match(record.incident.title, /^【訓練】/);
  assert.ok(record.incident.drill.scenario.includes("type: 3-5"));
  writeFileSync(join(dir, "drill.json"), json.text);
  assert.deepEqual(errors, []);
  await context.close();
});

test("「訓練の記録をすべて削除」 asks once and removes only the drills", async () => {
  const { page, context, errors } = await seeded();
  await page.click("#purge-drills-ask");
  assert.match(await page.locator("#purge-drills .confirm").textContent(), /2 件を完全に削除/);
  await page.click("#purge-drills-yes");
  await page.locator("#drills").waitFor({ state: "detached" });
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes("drill-pc")));
  assert.match(await page.locator("section.drafts > ul.draft-list").textContent(), /USBメモリの紛失/);
  assert.ok(await page.evaluate(() => localStorage.getItem("incident-navi/v1/incident/real-usb1") !== null));
  await page.reload();
  await page.locator(".draft", { hasText: "USBメモリの紛失" }).waitFor();
  assert.equal(await page.locator("#drills").count(), 0, "the drills stay gone after a reload");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the register takes a drill's .json into its drill list, never among the real rows", async () => {
  const { page, context, errors } = await seeded();
  let file = join(dir, "drill.json");
  try { readFileSync(file); } catch {
    // This test alone: the drill's file as the export writes it.
    const stored = JSON.parse(head("drill-pc1", "【訓練】ウイルス感染", ["Malware"], true));
    writeFileSync(file, JSON.stringify({ schema: 4, drill: true, made_with: "0.1.0 (test)", incident: stored.incident }));
  }
  await page.click("#view-switch");
  await page.setInputFiles("#register-files", [file]);
  await page.locator("#intake-results li").first().waitFor();
  assert.match(await page.locator("#intake-results").textContent(), /【訓練】ウイルス感染/);
  // Said as it is filed: under 訓練の報告, not as a new incident.
  assert.match(await page.locator("#intake-results").textContent(), /訓練の報告として取り込みました（【訓練】/);
  assert.doesNotMatch(await page.locator("#intake-results").textContent(), /新しい事故として/);
  const drills = page.locator("#register-drills li");
  await drills.first().waitFor();
  assert.equal(await drills.count(), 1);
  assert.match(await drills.first().textContent(), /【訓練】ウイルス感染/);
  assert.match(await page.locator("#register-drills-title").textContent(), /訓練の報告 \(1\)/);
  assert.equal(await page.locator(".register-row").count(), 0, "no real row");
  assert.match(await page.locator(".register-table").textContent(), /まだ報告を取り込んでいません/);
  // A reload keeps it in the drill list.
  await page.reload();
  await page.locator("#register-drills li").first().waitFor();
  assert.equal(await page.locator(".register-row").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
