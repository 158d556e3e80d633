// Issue 26: drills. Each built-in scenario is played from the home screen at the fastest speed:
// the drill's clock is moved on (an adjustable offset over the suite's pinned clock, the same
// script in both engines), its injects arrive and are announced, a fact is found out, tasks are
// ticked, an inject answered, the drill ended; the debrief names what was done and what was
// missed, prints and saves. A malformed scenario file is refused with its line, nothing made.
// Runs in Chromium and (E2E_BROWSER=firefox) Firefox.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { expectFocus, launch, openApp, SINGLE_FILE_URL } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every page of `context` gets `window.__advanceClock(ms)`: Date runs `ms` later from then on. */
async function movableClock(context) {
  await context.addInitScript(() => {
    const Base = Date;
    let extra = 0;
    class Shifted extends Base {
      constructor(...args) {
        if (args.length === 0) super(Base.now() + extra);
        else super(...args);
      }
      static now() { return Base.now() + extra; }
    }
    globalThis.Date = new Proxy(Shifted, { apply: () => new Shifted().toString() });
    globalThis.__advanceClock = (ms) => { extra += ms; };
  });
}

async function openDrillApp() {
  const opened = await openApp(browser);
  await movableClock(opened.context);
  await opened.page.reload();
  await opened.page.locator("h1").first().waitFor();
  return opened;
}

/** Real minutes the test has moved the clock on, in all. */
let advanced = 0;
async function advance(page, realMs) {
  advanced += realMs;
  await page.evaluate((ms) => window.__advanceClock(ms), realMs);
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

const injects = (page) => page.locator("#drill-panel li.drill-inject");

/** From home: the start screen, scenario `id` at 60x, started. */
async function startDrill(page, id) {
  await page.click(".brand");
  await page.click("#start-drill");
  await page.locator("h1", { hasText: "訓練を始める" }).waitFor();
  await page.check(`#drill-scenario-${id}`);
  await page.check("#drill-speed-60");
  await page.click("#drill-begin");
  await page.locator("#drill-panel").waitFor();
}

/** Moves the drill's clock on a real minute at a time (an hour of drill time) until every inject has arrived. */
async function playThroughInjects(page) {
  const seen = [];
  for (let minute = 0; minute < 10; minute++) {
    const done = await page.locator("#drill-next").filter({ hasText: "すべて起きました" }).count();
    if (done) return seen;
    const before = await injects(page).count();
    await advance(page, 60_000);
    // The panel is drawn again every second: wait for the next drawing to show the new time.
    await page.waitForFunction((n) => document.querySelectorAll("#drill-panel li.drill-inject").length > n
      || document.querySelector("#drill-next")?.textContent.includes("すべて起きました"), before);
    const after = await injects(page).count();
    if (after > before) {
      seen.push(after);
      await page.locator("#drill-announce").filter({ hasText: "新しい出来事" }).waitFor({ state: "attached" });
    }
  }
  throw new Error("the injects did not all arrive within ten real minutes");
}

test("every built-in scenario is offered and plays from home to its debrief at 60 times", async () => {
  const { page, context, errors } = await openDrillApp();
  await page.click("#start-drill");
  const ids = await page.locator("input[name=drill-scenario]").evaluateAll((els) => els.map((e) => e.id.replace("drill-scenario-", "")));
  assert.ok(ids.length >= 1, "built-in scenarios are offered");
  for (const id of ids) {
    await startDrill(page, id);
    assert.match(await page.locator(".drill-banner").first().textContent(), /【訓練】/);
    assert.match(await page.inputValue("#incident-title"), /^【訓練】/);
    assert.match(await page.locator("#drill-clock").textContent(), /\+0:00/);
    assert.match(await page.locator("#drill-clock").textContent(), /60倍/);
    // A fact found out: shown beside its question, with the focus on it.
    const reveal = page.locator(".drill-reveal button").first();
    const revealId = await reveal.getAttribute("id");
    await reveal.click();
    const factId = revealId.replace(/-reveal$/, "-fact");
    await page.locator(`#${factId}`).waitFor();
    await expectFocus(page, factId);
    // Two tasks ticked.
    for (const box of (await page.locator(".task-list input[type=checkbox]").all()).slice(0, 2)) await box.check();
    const arrivals = await playThroughInjects(page);
    assert.ok(arrivals.length >= 1 && (await injects(page).count()) >= 1, `${id}: injects arrived`);
    const first = injects(page).first();
    const injectText = await first.locator(".drill-inject-text").textContent();
    await first.locator("textarea").fill("事務局に電話で相談した");
    await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
    await page.click("#drill-end");
    await page.locator("#drill-debrief").waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "drill-debrief");
    const debrief = await page.locator("#drill-debrief .debrief-body").textContent();
    assert.ok(debrief.includes("事務局に電話で相談した"), `${id}: the response is in the debrief`);
    assert.match(debrief, /できたこと[\s\S]*見落としたこと/, `${id}: what went well and what was missed`);
    assert.ok(debrief.includes(injectText.slice(0, 12)), `${id}: the inject is in the debrief`);
    // The clock stopped; nothing ticks any more.
    assert.equal(await page.locator("#drill-end").count(), 0);
    assert.equal(await page.locator("#drill-next").count(), 0);
    const file = await download(page, "#drill-debrief-save");
    assert.match(file.name, /^drill-debrief-.*\.txt$/);
    assert.ok(file.text.includes("事務局に電話で相談した"), `${id}: the response is in the file`);
  }
  assert.ok(advanced <= ids.length * 10 * 60_000);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 3-5 drill: working on the PC before cutting it off is named in the debrief, under ten minutes", async () => {
  advanced = 0;
  const { page, context, errors } = await openDrillApp();
  await startDrill(page, "builtin-3-5");
  assert.equal(await page.locator("#drill-panel h2").textContent(), "【訓練】ウイルス感染したパソコンから県民の情報が抜き取られた");
  // The situation is open before anything has happened.
  assert.match(await page.locator(".drill-situation").textContent(), /ウイルス対策ソフト/);
  await page.click("#known-on-today");
  // The wrong order: the malware removed before the PC is disconnected and the secretariat consulted.
  await page.check("#item-3-5-2-step-2-done");
  await advance(page, 11_000); // +0:11 of drill time: the colleague's suggestion
  await page.locator("#drill-inject-it-call").waitFor();
  assert.match(await page.locator("#drill-announce").textContent(), /新しい出来事 \+0:10/);
  // Its manual item is a link to that task on the page.
  await page.locator("#drill-inject-it-call .drill-inject-item a").click();
  await expectFocus(page, "item-3-5-2-measure-2-done");
  await page.check("#item-3-5-2-measure-2-done");
  await page.fill("#drill-inject-it-call-response", "スキャンを止め、LANケーブルを抜いた");
  await page.click("#q-3-5-2-fact-3-reveal");
  assert.match(await page.locator("#q-3-5-2-fact-3-fact").textContent(), /86人分/);
  await playThroughInjects(page);
  assert.equal(await injects(page).count(), 4);
  assert.ok(advanced < 10 * 60_000, `played in ${advanced / 60_000} real minutes`);
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
  await page.click("#drill-end");
  await page.locator("#drill-debrief").waitFor();
  const debrief = await page.locator("#drill-debrief .debrief-body").textContent();
  assert.match(debrief, /スキャンを止め、LANケーブルを抜いた/);
  // What went well and what was missed, each under its heading.
  const [well, missed] = await page.locator("#drill-debrief .debrief").evaluate((e) => {
    const part = (title) => [...e.querySelectorAll("h3")].find((h) => h.textContent === title)?.nextElementSibling?.textContent ?? "";
    return [part("できたこと"), part("見落としたこと")];
  });
  assert.match(well, /\+0:10.*ネットワークからの切り離し/, "the inject answered by disconnecting is named as done");
  assert.match(missed, /除去などの対応を行う.*ネットワークからの切り離し.*より先に行いました.*まずはパソコン等をネットワークから切り離すこと/, "working on the PC before cutting it off is named");
  assert.match(missed, /証拠を消してしまわないように/, "chapter 2's caution is named");
  assert.match(missed, /\+0:30.*ウイルス感染したパソコンの特定.*行われていません/, "an inject's step not done is named");
  // Print: the debrief on A4, marked.
  await page.evaluate(() => {
    window.print = () => {
      window.dispatchEvent(new Event("beforeprint"));
      window.__atPrint = document.querySelector("body > .print-report")?.textContent ?? null;
    };
  });
  await page.click("#drill-debrief-print");
  const printed = await page.evaluate(() => window.__atPrint);
  assert.match(printed, /【訓練】/);
  assert.match(printed, /ネットワークから切り離す/);
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  // The drill stays ended after a reload, its debrief there.
  await page.reload();
  await page.locator("#drills .draft").first().getByRole("button", { name: /^開く/ }).click();
  await page.locator("#drill-debrief").waitFor();
  assert.equal(await page.locator("#drill-end").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the legal clock of a drill runs on the drill's day", async () => {
  const { page, context } = await openDrillApp();
  await startDrill(page, "builtin-3-5");
  await page.click("#known-on-today");
  const known = await page.inputValue("#incident-known-on");
  const left = () => page.locator("#ppc-clock .deadline-left").first().textContent();
  const before = await left();
  await advance(page, 2 * 24 * 60_000); // two drill days at 60 times
  await page.waitForFunction((day) => !document.querySelector("#drill-time")?.textContent.startsWith(day), known);
  // The PPC clock counts on the drill's day: two days fewer left.
  await page.waitForFunction((was) => document.querySelector("#ppc-clock .deadline-left")?.textContent !== was, before);
  const number = (text) => Number(text.match(/\d+/)?.[0]);
  assert.equal(number(before) - number(await left()), 2, `${before} then ${await left()}`);
  await page.click("#known-on-yesterday");
  const yesterday = await page.inputValue("#incident-known-on");
  const day = (s, n) => new Date(Date.parse(`${s}T00:00:00Z`) + n * 86400e3).toISOString().slice(0, 10);
  assert.equal(yesterday, day(known, 1), "'yesterday' is the day before the drill's today");
  await context.close();
});

test("a malformed scenario file is refused with its line; nothing is made", async () => {
  const { page, context } = await openDrillApp();
  // By keyboard: home's button, then the start screen's heading has the focus.
  await page.locator("#start-drill").focus();
  await page.keyboard.press("Enter");
  await page.locator("h1", { hasText: "訓練を始める" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  const dir = mkdtempSync(join(tmpdir(), "navi-drill-"));
  const bad = join(dir, "bad.txt");
  writeFileSync(bad, "# 壊れたシナリオ\nscenario: mine\ntype: 3-9\ntitle: 題 | Title\n");
  await page.setInputFiles("#drill-file", bad);
  const status = page.locator("#drill-file-status");
  await status.filter({ hasText: "使えません" }).waitFor();
  assert.match(await status.textContent(), /3/, "the line is named");
  assert.equal(await status.getAttribute("role"), "status");
  // A good file is taken and chosen.
  const good = join(dir, "good.txt");
  writeFileSync(good, readFileSync(new URL("../../src/core/drill/builtin/3-5.txt", import.meta.url), "utf8").replace("scenario: builtin-3-5", "scenario: secretariat-1").replace("title: ウイルス感染したパソコン", "title: 事務局版 ウイルス感染したパソコン"));
  await page.setInputFiles("#drill-file", good);
  await status.filter({ hasText: "読み込みました" }).waitFor();
  assert.equal(await page.isChecked("#drill-scenario-file"), true);
  await page.click(".brand");
  await page.locator("#start-drill").waitFor();
  assert.equal(await page.locator(".draft").count(), 0, "nothing was made");
  await context.close();
});

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

for (const lang of ["ja", "en"]) {
  test(`axe: no violations on the drill's screens, nothing scrolls sideways at 360 px (${lang})`, async () => {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      await movableClock(context);
      const page = await context.newPage();
      await page.goto(SINGLE_FILE_URL);
      await page.locator("h1").first().waitFor();
      if (lang === "en") await page.click(".lang-switch");
      const check = async (screen) => {
        await page.addScriptTag({ path: axePath });
        const found = await page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const r = await axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
        });
        assert.deepEqual(found, [], `${screen} at ${width}: ${found.join("\n")}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(wide <= 0, `${screen} at ${width} scrolls sideways by ${wide} px`);
      };
      await page.click("#start-drill");
      await page.locator("#drill-begin").waitFor();
      await check("start");
      await page.check("#drill-scenario-builtin-3-5");
      await page.check("#drill-speed-60");
      await page.click("#drill-begin");
      await page.locator("#drill-panel").waitFor();
      await page.evaluate(() => window.__advanceClock(11_000));
      await page.locator("#drill-inject-it-call").waitFor();
      await page.click("#q-3-5-2-fact-3-reveal");
      await page.locator("#q-3-5-2-fact-3-fact").waitFor();
      await check("running");
      await page.click("#drill-end");
      await page.locator("#drill-debrief").waitFor();
      await check("debrief");
      await context.close();
    }
  });
}

test("after a refused scenario file, start runs nothing until a scenario is chosen again", async () => {
  const { page, context } = await openDrillApp();
  await page.click("#start-drill");
  await page.locator("#drill-begin").waitFor();
  const dir = mkdtempSync(join(tmpdir(), "navi-drill-"));
  const bad = join(dir, "bad-scenario.txt");
  writeFileSync(bad, "scenario: mine\ntype: 3-9\ntitle: 題 | Title\n");
  await page.setInputFiles("#drill-file", bad);
  const status = page.locator("#drill-file-status");
  await status.filter({ hasText: "使えません" }).waitFor();
  // What the user chose stays in view; no built-in scenario is chosen for them.
  assert.match(await page.inputValue("#drill-file"), /bad-scenario\.txt$/);
  assert.match(await status.textContent(), /bad-scenario\.txt/);
  assert.equal(await page.locator("input[name=drill-scenario]:checked").count(), 0);
  await page.click("#drill-begin");
  await status.filter({ hasText: "訓練を始めていません" }).waitFor();
  assert.match(await status.textContent(), /使えません/, "the refusal is still said");
  assert.equal(await page.locator("#drill-panel").count(), 0, "no drill started");
  await page.locator("h1", { hasText: "訓練を始める" }).waitFor();
  // A built-in scenario picked again explicitly: it starts.
  await page.check("#drill-scenario-builtin-3-2");
  await page.click("#drill-begin");
  await page.locator("#drill-panel").waitFor();
  await page.click(".brand");
  assert.equal(await page.locator("#drills .draft").count(), 1, "one drill, the one picked");
  await context.close();
});

test("a drill's card counts on the drill's day, looks apart, and says when it has ended", async () => {
  const { page, context } = await openDrillApp();
  await startDrill(page, "builtin-3-5");
  await page.click("#known-on-today");
  const known = await page.inputValue("#incident-known-on");
  await advance(page, 2 * 24 * 60_000); // two drill days at 60 times
  await page.waitForFunction((day) => !document.querySelector("#drill-time")?.textContent.startsWith(day), known);
  await page.waitForFunction(() => /超過|あと|今日/.test(document.querySelector("#ppc-clock .deadline-left")?.textContent ?? ""));
  const onScreen = (await page.locator("#ppc-clock .deadline-left").first().textContent()).trim();
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
  await page.click(".brand");
  const card = page.locator("#drills .draft").first();
  await card.waitFor();
  const due = await card.locator(".draft-deadline").textContent();
  const number = (text) => text.match(/(\d+)日/)?.[1];
  assert.equal(number(due), number(onScreen), `card ${due} against screen ${onScreen}`);
  assert.equal(/超過/.test(due), /超過/.test(onScreen), `card ${due} against screen ${onScreen}`);
  assert.match(await card.getAttribute("class"), /draft-drill/);
  const border = await card.evaluate((e) => getComputedStyle(e).borderTopWidth);
  assert.equal(border, "3px", "drawn apart from real cards");
  // Ended: the card says so and counts down nothing.
  await card.getByRole("button", { name: /^開く/ }).click();
  await page.click("#drill-end");
  await page.locator("#drill-debrief").waitFor();
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();
  await page.click(".brand");
  await card.waitFor();
  assert.equal(await card.locator(".tag").first().textContent(), "訓練終了");
  assert.equal(await card.locator(".draft-deadline").count(), 0);
  await context.close();
});

test("a strip in view marks the drill, shows its clock and goes to an inject that arrived out of view (390 px)", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  await movableClock(context);
  const page = await context.newPage();
  await page.goto(SINGLE_FILE_URL);
  await page.locator("h1").first().waitFor();
  const title = await page.evaluate(() => document.title);
  assert.ok(!title.startsWith("【訓練】"));
  await startDrill(page, "builtin-3-5");
  assert.equal(await page.evaluate(() => document.title), `【訓練】${title}`);
  const strip = page.locator("#drill-strip");
  const inView = () => strip.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
  // Scrolled far from the drill's panel, the strip is still in view with the mark and the clock.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  assert.ok(await inView(), "the strip is in view");
  assert.match(await strip.textContent(), /^【訓練】訓練の時刻: \d{4}-\d\d-\d\d \d\d:\d\d \(\+0:00\)/);
  await page.evaluate(() => window.__advanceClock(11_000));
  const go = page.locator("#drill-strip-new");
  await go.waitFor();
  assert.equal((await go.textContent()).trim(), "新しい出来事 +0:10");
  assert.ok(await inView(), "the strip is in view when the inject arrives");
  assert.equal(await page.evaluate(() => {
    const r = document.querySelector("#drill-panel").getBoundingClientRect();
    return r.bottom < 0 || r.top > window.innerHeight;
  }), true, "the panel is out of view");
  await go.click();
  await expectFocus(page, "drill-inject-it-call-response");
  const shown = await page.locator("#drill-inject-it-call").evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top > -2 && r.top < window.innerHeight / 2;
  });
  assert.ok(shown, "the inject is scrolled into view");
  await go.waitFor({ state: "detached" });
  // The strip covers no control: it sits in the save-status bar, and nothing scrolls sideways.
  assert.equal(await strip.evaluate((e) => e.closest(".status-bar") !== null), true);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  // Leaving the drill: the title is the tool's again, the strip gone.
  await page.click(".brand");
  await page.locator("#start-drill").waitFor();
  assert.equal(await page.evaluate(() => document.title), title);
  assert.equal(await strip.count(), 0);
  await context.close();
});
