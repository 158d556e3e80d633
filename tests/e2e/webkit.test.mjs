// Issue 12: WebKit (Safari's engine) smoke test: start, create, reload, export, through Debian's
// WebKitWebDriver and MiniBrowser under a virtual X server (xvfb-run). Plain W3C WebDriver over
// HTTP: there is no Playwright for WebKit here (see ../shared/notes/toolchain.md).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { SINGLE_FILE, SINGLE_FILE_URL } from "./browser.mjs";

const DRIVER = "/usr/bin/WebKitWebDriver";
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const port = 4444 + (process.pid % 1000);
const base = `http://127.0.0.1:${port}`;
let driver;
let session;

async function wd(method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}
const s = (path) => `/session/${session}${path}`;
const find = async (css) => (await wd("POST", s("/element"), { using: "css selector", value: css }))[ELEMENT];
const run = (script, ...args) => wd("POST", s("/execute/sync"), { script, args });
// Clicks in the page: WebDriver's own click reports "intercepted" when the sticky status bar
// overlaps the target in MiniBrowser's small window.
const click = (css) => run("document.querySelector(arguments[0]).click()", css);

/** Polls `script` in the page until it returns something truthy (10 s at most). */
async function until(script, what) {
  for (let i = 0; i < 100; i++) {
    const value = await run(script).catch(() => null);
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

before(async () => {
  if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} is missing: run trunk build --release first`);
  if (!existsSync(DRIVER)) throw new Error(`${DRIVER} is missing: tools/setup.sh installs webkit2gtk-driver`);
  driver = spawn("xvfb-run", ["-a", DRIVER, `--port=${port}`], { stdio: "ignore", detached: true });
  for (let i = 0; ; i++) {
    try {
      const status = await (await fetch(`${base}/status`)).json();
      if (status.value?.ready) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error("WebKitWebDriver did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  const created = await wd("POST", "/session", {
    capabilities: { alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } } },
  });
  session = created.sessionId;
});

after(async () => {
  if (session) await wd("DELETE", s("")).catch(() => {});
  if (driver) {
    try { process.kill(-driver.pid); } catch { driver.kill(); }
  }
});

test("WebKit: opens from file://, makes an incident, keeps it across a reload, and exports it", async () => {
  await wd("POST", s("/url"), { url: SINGLE_FILE_URL });
  await until("return document.querySelector('h1')?.textContent", "the first screen");
  assert.equal(await run("return document.documentElement.lang"), "ja");
  await click("#start-new");
  await until("return document.querySelector('#kind-misdelivery')", "the type chooser");
  await click("#kind-misdelivery");
  await click("#begin");
  await until("return document.querySelector('#incident-title')", "the incident screen");
  const title = await find("#incident-title");
  await wd("POST", s(`/element/${title}/value`), { text: "誤送信（WebKit）" });
  await until("return document.querySelector('#save-status')?.textContent.includes('保存しました')", "the save");
  // The edit lock is ours in this engine too (or Web Locks is missing and editing still works).
  assert.equal(await run("return document.querySelector('#read-only') === null"), true);
  await wd("POST", s("/refresh"), {});
  await until("return document.querySelector('.draft')?.textContent.includes('誤送信（WebKit）')", "the draft after reload");
  await run("[...document.querySelectorAll('.draft button')].find((b) => b.textContent.startsWith('開く')).click()");
  await until("return document.querySelector('#incident-title')?.value === '誤送信（WebKit）'", "the incident");
  // Export: the report text carries the title.
  await run("document.querySelector('#export .preview').open = true");
  const report = await run("return document.querySelector('#report-text').value");
  assert.match(report, /件名: 誤送信（WebKit）/);
  assert.match(report, /情報セキュリティ事故報告/);
});
