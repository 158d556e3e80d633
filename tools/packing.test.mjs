// The page's packing (tools/lzma.mjs): whatever goes in comes back out of the decoder the page
// runs, through the seven-bit text, however many escaped groups there are and wherever they fall.
// (The build checks it on the app's own bytes; these are the cases those bytes may not hold.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { buildDecoder, ESCAPED, lzma, sevenBit, unpack, unseven } from "./lzma.mjs";
import { unlzma } from "./unlzma.mjs";

const decoder = buildDecoder();
const roundTrip = async (data) => Buffer.from(await unpack(decoder, sevenBit(lzma(data)), data.length));

test("random data of every small length, and large, comes back whole", async () => {
  for (const n of [...Array(40).keys(), 1000, 65_536, 300_000]) {
    const data = randomBytes(n);
    assert.deepEqual(await roundTrip(data), data, `${n} bytes`);
  }
});

test("the text holds only characters the page keeps as they are", () => {
  const packed = lzma(randomBytes(100_000));
  const text = sevenBit(packed);
  let escaped = 0;
  for (const c of text) {
    const code = c.codePointAt(0);
    if (code >= 0x80) {
      escaped++;
      assert.ok(code <= 0x37f, `U+${code.toString(16)} is a two-byte character`);
    } else {
      assert.ok(!ESCAPED.includes(code), `character ${code} is never written as it is`);
    }
  }
  assert.ok(escaped > 100, "random data has escaped groups");
  const bytes = Buffer.byteLength(text);
  assert.ok(bytes >= packed.length * 8 / 7 && bytes <= packed.length * 8 / 7 + 2, `${bytes} bytes of text for ${packed.length}: 8 for 7`);
});

test("an escaped group as the very last, and a run of escaped groups, come back", async () => {
  // Zeros make runs of group 0 (escaped) in the stream's header and body.
  assert.deepEqual(await roundTrip(Buffer.alloc(5000)), Buffer.alloc(5000));
  let found = 0;
  for (let n = 1; n < 3000 && found < 5; n++) {
    const data = randomBytes(n);
    const text = sevenBit(lzma(data));
    if (text.charCodeAt(text.length - 1) < 0x80) continue;
    found++;
    assert.deepEqual(Buffer.from(await unpack(decoder, text, n)), data, `${n} bytes, last group escaped`);
  }
  assert.equal(found, 5, "cases whose last group is escaped were found");
});

test("the loader's own reader (for the decoder's block) gives back what the text holds", () => {
  const cases = [...[...Array(40).keys(), 1000, 4218].map((n) => randomBytes(n)), Buffer.alloc(5000)];
  for (const data of cases) {
    assert.deepEqual(Buffer.from(unseven(sevenBit(data), data.length)), data, `${data.length} bytes`);
  }
  assert.ok(/[\u0080-\u037f]{2}/.test(sevenBit(Buffer.alloc(5000))), "zeros make a run of escaped groups");
});

test("the JavaScript decoder (for browsers without WebAssembly) gives back what the wasm one does", async () => {
  const text = (n) => Buffer.from(Array.from({ length: n }, (_, i) => `手順${i % 97}を確認する。`).join(""), "utf8");
  for (const data of [...[0, 1, 2, 17, 1000, 65_536].map((n) => randomBytes(n)), Buffer.alloc(5000), text(3000)]) {
    const packed = lzma(data);
    assert.deepEqual(Buffer.from(unlzma(packed, data.length)), data, `${data.length} bytes`);
    assert.deepEqual(Buffer.from(unlzma(unseven(sevenBit(packed), packed.length), data.length)), data, `${data.length} bytes through the text`);
  }
  // A prefix: the guide is the first part of the stream, and the decoder stops after it.
  const data = text(2000);
  assert.deepEqual(Buffer.from(unlzma(lzma(data), 1234)), data.subarray(0, 1234));
  // Damaged: cut short, or bytes changed; it never throws, and gives back fewer bytes or other ones.
  const packed = lzma(data);
  for (let i = 0; i < 50; i++) {
    const bad = Buffer.from(packed);
    bad[14 + ((i * 7919) % (bad.length - 14))] ^= 1 + (i % 255);
    const out = unlzma(i % 2 ? bad : bad.subarray(0, bad.length >> 1), data.length);
    assert.ok(out.length <= data.length);
  }
});
