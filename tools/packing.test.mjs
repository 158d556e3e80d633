// The page's packing (tools/lzma.mjs): whatever goes in comes back out of the decoder the page
// runs, through the seven-bit text, however many escaped groups there are and wherever they fall.
// (The build checks it on the app's own bytes; these are the cases those bytes may not hold.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { buildDecoder, ESCAPED, lzma, sevenBit, unpack, unseven } from "./lzma.mjs";

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
