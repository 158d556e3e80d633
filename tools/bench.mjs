// Browser benchmark of the built single file (run after a build: node tools/bench.mjs). Not a test:
// it prints figures. Start-up = navigation to the first heading on screen (unpacking, compiling
// and starting the wasm included). Keystroke = an input event on a busy incident's field until the
// app has re-rendered and saved (one turn of the event loop after the event).
import { launch, SINGLE_FILE_URL } from "../tests/e2e/browser.mjs";

const browser = await launch();
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const startups = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(SINGLE_FILE_URL);
  await page.locator("h1").waitFor();
  startups.push(Date.now() - t0);
  await context.close();
}
console.log(`start-up to first screen: median ${median(startups)} ms (runs: ${startups.join(", ")})`);

async function keystrokes(slugs, ticks) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(SINGLE_FILE_URL);
  await page.click("#start-new");
  for (const slug of slugs) await page.check(`#kind-${slug}`);
  await page.click("#begin");
  for (const box of (await page.locator(".item-task input[type=checkbox]").all()).slice(0, ticks)) await box.check();
  const times = await page.evaluate(async () => {
    const field = document.querySelector("#q-3-2-info-a-text");
    const out = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      field.value += "あ";
      field.dispatchEvent(new InputEvent("input", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      out.push(performance.now() - t0);
    }
    return out;
  });
  await context.close();
  return `median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`;
}
console.log(`keystroke, one type (3-1, 10 tasks done): ${await keystrokes(["loss-theft"], 10)}`);
console.log(`keystroke, all six types (40 tasks done): ${await keystrokes(["loss-theft", "misdelivery", "insider", "p2p-leak", "malware", "unauthorized-access"], 40)}`);
await browser.close();
