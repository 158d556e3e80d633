// Issue 24: records set aside (damaged, or from a newer version) stay listed, with their
// download, at every start until the user discards them; a discard asks first and removes
// only that record.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function create(page, slug, title) {
  await page.click(".brand");
  await page.click("#start-new");
  await page.check(`#kind-${slug}`);
  await page.click("#begin");
  await page.fill("#incident-title", title);
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
}
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}
const keys = (page, part) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.includes(p)), part);
const GARBAGE = '{"schema":1,"incident":{"id":';

test("a damaged record stays listed with its download after two reloads; a discard asks, then removes it", async () => {
  const { page, context, errors } = await openApp(browser);
  await create(page, "loss-theft", "USB紛失");
  await create(page, "misdelivery", "メール誤送信");
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.includes("/incident/") && localStorage[k].includes("メール誤送信")));
  await page.evaluate(([k, g]) => localStorage.setItem(k, g), [key, GARBAGE]);
  await page.reload();
  await page.locator("#quarantine").waitFor();
  assert.equal((await keys(page, "/quarantine/")).length, 1, "moved aside at the first start");

  // Two more starts: the message, the record and its download are still there.
  for (const start of [2, 3]) {
    await page.reload();
    await page.locator("#quarantine").waitFor();
    assert.match(await page.textContent("#quarantine"), /壊れていて読めない/, `start ${start}`);
    assert.equal(await page.locator("#quarantine li").count(), 1, `start ${start}`);
    assert.equal(await page.locator(".draft").count(), 1);
  }
  const raw = await download(page, "#quarantine li .set-aside-download");
  assert.equal(raw.name, "incident-navi-unreadable.json");
  assert.equal(JSON.parse(raw.text)[0].raw, GARBAGE, "the raw text, as it was");
  await page.locator("#quarantine li").filter({ hasText: "ダウンロード済み" }).waitFor();

  // Downloaded, it is still listed after a reload (marked so), until discarded.
  await page.reload();
  await page.locator("#quarantine li").filter({ hasText: "ダウンロード済み" }).waitFor();

  // Discard asks first; "cancel" keeps it.
  await page.click("#quarantine li .set-aside-discard");
  assert.match(await page.textContent("#quarantine li .confirm"), /元に戻せません/);
  await page.click("#quarantine li .discard-no");
  assert.equal(await page.locator("#quarantine li .confirm").count(), 0);
  assert.equal((await keys(page, "/quarantine/")).length, 1, "nothing removed on cancel");

  await page.click("#quarantine li .set-aside-discard");
  await page.click("#quarantine li .discard-yes");
  await page.locator("#quarantine").waitFor({ state: "detached" });
  assert.deepEqual(await keys(page, "/quarantine/"), []);
  await page.reload();
  await page.locator(".draft").first().waitFor();
  assert.equal(await page.locator("#quarantine").count(), 0, "gone for good");
  assert.match(await page.textContent(".draft"), /USB紛失/, "the other record is untouched");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a newer version's record stays listed with its download; a discard removes it only when confirmed", async () => {
  const { page, context, errors } = await openApp(browser);
  await create(page, "malware", "ウイルス");
  await page.evaluate(() => localStorage.setItem("incident-navi/v1/incident/newer-1",
    JSON.stringify({ schema: 9, revision: 1, incident: { id: "newer-1", title: "新しい版の記録" } })));
  for (let start = 1; start <= 2; start++) {
    await page.reload();
    await page.locator("#newer-records li").filter({ hasText: "新しい版の記録" }).waitFor();
  }
  const raw = await download(page, "#newer-records li .set-aside-download");
  assert.match(JSON.parse(raw.text)[0].raw, /"schema":9/);
  await page.click("#newer-records li .set-aside-discard");
  await page.click("#newer-records li .discard-yes");
  await page.locator("#newer-records").waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => localStorage.getItem("incident-navi/v1/incident/newer-1")), null);
  await page.reload();
  await page.locator(".draft").first().waitFor();
  assert.equal(await page.locator("#newer-records").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
