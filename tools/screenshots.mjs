// Screenshots of every screen at 1280 px and 390 px wide, in Japanese and English, into
// docs/screenshots/. Run after `trunk build --release`: node tools/screenshots.mjs
import { mkdirSync } from "node:fs";
import { launch, openApp } from "../tests/e2e/browser.mjs";

const out = new URL("../docs/screenshots/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const only = process.argv[2];
const browser = await launch();
for (const lang of only === "types" ? [] : ["ja", "en"]) {
  for (const width of [1280, 390]) {
    const { page, context } = await openApp(browser, { width, height: 900 });
    if (lang === "en") await page.click(".lang-switch");
    const shot = async (name) => {
      if (only && !name.includes(only)) return;
      await page.screenshot({ path: `${out}${name}-${lang}-${width}.png`, fullPage: !name.includes("incident")});
    };
    await shot("1-home");
    await page.click("#start-new");
    await page.check("#symptom-lost");
    await shot("2-new-incident");
    await page.click("#begin");
    await page.fill("#incident-title", lang === "ja" ? "USBメモリ紛失（通勤電車）" : "USB stick lost on the train");
    await page.check("#item-3-1-1-step-1-done");
    await page.check("#q-3-3-severity-1-class-1");
    await page.fill("#q-law-persons-text", lang === "ja" ? "約1万人" : "about 10000");
    await page.check("#q-law-protection-password-file");
    await page.check("#q-law-improper-no");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("3-incident-top");
    await page.locator("#obligations").evaluate((e) => e.scrollIntoView());
    await shot("4a-incident-no-known-date");
    await page.click("#known-on-today");
    await page.check("#q-law-improper-confirmed-no");
    await page.locator("#obligations").evaluate((e) => e.scrollIntoView());
    await shot("4-incident-obligations");
    await page.locator("#export").evaluate((e) => e.scrollIntoView());
    await shot("5-incident-export");
    await page.click(".brand");
    await shot("6-home-with-draft");
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);

// Each type's incident screen (top of the page), for review: node tools/screenshots.mjs types
if (process.argv[2] === "types") {
  const dir = new URL("../target/screenshots-types/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const b = await launch();
  for (const slug of ["loss-theft", "misdelivery", "insider", "p2p-leak", "malware", "unauthorized-access"]) {
    for (const width of [1280, 390]) {
      const { page, context } = await openApp(b, { width, height: 1400 });
      await page.click("#start-new");
      await page.check(`#kind-${slug}`);
      await page.click("#begin");
      await page.screenshot({ path: `${dir}${slug}-${width}.png` });
      await context.close();
    }
  }
  await b.close();
  console.log(`type screenshots in ${dir}`);
}
