// Issue 3: each type's key cautions and first tasks are on screen; ticking, answering and the
// timeline work in a real browser; several types merge without duplicates.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openApp } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function newIncident(page, ...slugs) {
  await page.click("#start-new");
  for (const slug of slugs) await page.check(`#kind-${slug}`);
  await page.click("#begin");
  await page.locator("#incident-title").waitFor();
}

const TYPES = [
  { slug: "loss-theft", title: "紛失・盗難", first: ["紛失・盗難が間違いないか、もう一度確認", "紛失場所の管理者(鉄道会社担当窓口、店舗窓口など)に連絡"],
    cautions: ["鞄の形状、大きさ、色などの特徴", "製造番号や製品固有の特徴情報があると発見しやすくなります"] },
  { slug: "misdelivery", title: "誤送信・Webでの誤公開", first: ["外部からの指摘を受けた場合は連絡先を確認。"],
    cautions: ["受信者に連絡が取れない場合の対応", "第三者が情報削除に応じない場合の対応"] },
  { slug: "insider", title: "内部犯行(委託業者含む)", first: ["相手の連絡先を確認し、どういった情報を持っているのか提示してもらい漏えいの事実を確認する。"],
    cautions: ["重要な情報を証拠隠滅されないよう注意する", "コンピュータフォレンジックを考慮した確保が必要"] },
  { slug: "p2p-leak", title: "Winny/Share等への漏洩", first: ["後々の調査のために通報者の連絡先を必ず確認しておく。"],
    cautions: ["調査のためにWinny/Share 等を使用することは被害の拡大につながりかねません", "しばらくの間公表を控えるという考え方もあり得る", "国家サイバー統括室"] },
  { slug: "malware", title: "不正プログラム（ウイルス、スパイウェア等）", banner: "まずはパソコン等をネットワークから切り離し",
    first: ["ウイルス対策ソフトやネットワークの監視"], cautions: ["バックアップには不正プログラムが混入している可能性も高い"] },
  { slug: "unauthorized-access", title: "不正アクセス", banner: "まずはサーバ等の機器をネットワークから切り離し",
    first: ["不正アクセスが明らかな場合は警察に相談します。"], cautions: ["代替サイトを立ち上げると、再び不正アクセスされる可能性が高い"] },
];

for (const type of TYPES) {
  test(`${type.slug}: first tasks and key cautions are shown`, async () => {
    const { page, context, errors } = await openApp(browser);
    await newIncident(page, type.slug);
    assert.equal(await page.locator("h1").textContent(), type.title);
    const firstPhase = await page.locator("#phase-discovery").textContent();
    for (const text of type.first) assert.ok(firstPhase.includes(text), `first phase has: ${text}`);
    if (type.banner) {
      const lead = page.locator("#phase-discovery .task-list > li").first();
      assert.match(await lead.getAttribute("class"), /item-warning/);
      assert.ok((await lead.textContent()).includes(type.banner), "the ※ banner leads");
    }
    const all = await page.locator("main").textContent();
    for (const text of type.cautions) assert.ok(all.includes(text), `caution shown: ${text}`);
    // Chapter 2's organisation-wide steps are in every incident.
    for (const text of ["知事・副知事への報告・協議", "総務省報告書作成", "再発防止計画の策定と実施", "専用の相談窓口の設置"]) {
      assert.ok(all.includes(text), `chapter 2 step: ${text}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("ticking, answering and the timeline, kept across a reload", async () => {
  const { page, context, errors } = await openApp(browser);
  await newIncident(page, "loss-theft");
  assert.match(await page.locator(".next-step").textContent(), /紛失・盗難が間違いないか、もう一度確認/);
  await page.check("#item-3-1-1-step-1-done");
  assert.match(await page.locator(".next-step").textContent(), /紛失場所の管理者/, "the next step moves on");
  assert.match(await page.locator("#item-3-1-1-step-1 .done-at").textContent(), /^完了 \d{4}-\d\d-\d\d \d\d:\d\d$/);
  await page.fill("#q-3-2-info-d-text", "約120件");
  await page.locator("#q-3-2-info-d-text").blur();
  await page.check("#q-3-2-info-e-plain");
  await page.check("#q-3-3-severity-1-class-1");
  await page.fill("#entry-when", "2026-11-25T10:42");
  await page.fill("#entry-what", "IT最適化係に電話");
  await page.click(".timeline-form button[type=submit]");
  const timeline = page.locator(".timeline-list");
  assert.match(await timeline.textContent(), /完了: 紛失・盗難が間違いないか、もう一度確認/);
  assert.match(await timeline.textContent(), /約120件/);
  const manual = timeline.locator("li", { hasText: "IT最適化係に電話" });
  assert.match(await manual.locator("time").textContent(), /2026-11-25 10:42/);
  await manual.getByRole("button", { name: /訂正/ }).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("IT最適化係に電話（10:45）");
  await page.keyboard.press("Enter");
  await page.locator("#save-status").filter({ hasText: "保存しました" }).waitFor();

  await page.reload();
  await page.locator(".draft").getByRole("button", { name: /^開く/ }).click();
  assert.ok(await page.isChecked("#item-3-1-1-step-1-done"));
  assert.equal(await page.inputValue("#q-3-2-info-d-text"), "約120件");
  assert.ok(await page.isChecked("#q-3-2-info-e-plain"));
  assert.ok(await page.isChecked("#q-3-3-severity-1-class-1"));
  const corrected = page.locator(".timeline-list li.is-corrected");
  assert.match(await corrected.textContent(), /IT最適化係に電話/);
  assert.match(await page.locator(".timeline-list").textContent(), /IT最適化係に電話（10:45）/);
  assert.match(await page.locator(".progress-line").textContent(), /完了 1\/\d+/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("two types merge: shared tasks appear once and say where else they come from", async () => {
  const { page, context } = await openApp(browser);
  await newIncident(page, "malware", "unauthorized-access");
  assert.equal(await page.locator("h1").textContent(), "不正プログラム（ウイルス、スパイウェア等） / 不正アクセス");
  // "何の情報が…確認" is in both (2) stages: one checkbox, the other section listed.
  const checkInfo = page.locator(".item-task", { hasText: "暗号化やアクセス制限の有無を確認" });
  assert.equal(await checkInfo.count(), 1);
  assert.match(await checkInfo.locator(".also summary").textContent(), /3-6 \(2\)/);
  // Both banners lead the list.
  const leads = page.locator("#phase-discovery .task-list > li.item-warning");
  assert.ok((await leads.count()) >= 2);
  // The shared questions are asked once.
  assert.equal(await page.locator("#q-3-3-severity-1").count(), 1);
  await context.close();
});
