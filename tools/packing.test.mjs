// The page's packing (tools/lzma.mjs): whatever goes in comes back out of the decoder the page
// runs, through the data block's text as a windows-1252 page reads it, one byte a character,
// however many escaped bytes there are and wherever they fall. (The build checks it on the app's
// own bytes; these are the cases those bytes may not hold.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { asRead, buildDecoder, bytePack, CP1252, ESCAPE, ESCAPED, lzma, unbyte, unpack } from "./lzma.mjs";
import { unlzma } from "./unlzma.mjs";

const decoder = buildDecoder();
// What the page does: the block's text as the browser reads it, the loader's reader, the decoder.
const roundTrip = async (data) => {
  const packed = lzma(data);
  return Buffer.from(await unpack(decoder, asRead(bytePack(packed)), data.length));
};
const all256 = Buffer.from(Array.from({ length: 256 * 3 }, (_, i) => i % 256));

test("every byte comes back through the text, escaped or not, and at the very end", () => {
  assert.deepEqual(Buffer.from(unbyte(asRead(bytePack(all256)), all256.length)), all256);
  for (const b of ESCAPED) {
    const data = Buffer.from([7, b, b, 9, b]);
    assert.deepEqual(Buffer.from(unbyte(asRead(bytePack(data)), data.length)), data, `byte ${b}`);
  }
});

test("the block holds no byte the HTML parser changes or that could end it", () => {
  const block = bytePack(all256);
  for (const b of [0x00, 0x0d, 0x3c]) assert.ok(!block.includes(b), `byte ${b} is never written as it is`);
  // Each escaped byte is two: ESCAPE, then the byte + 0x40; every other byte is itself.
  assert.equal(block.length, all256.length + 3 * ESCAPED.length);
  assert.deepEqual([...bytePack(Buffer.from(ESCAPED))], ESCAPED.flatMap((b) => [ESCAPE, b + 0x40]));
  assert.deepEqual([...bytePack(Buffer.from([1, 0x0a, 0x22, 0x5c, 0x80, 0x9f, 0xff]))], [1, 0x0a, 0x22, 0x5c, 0x80, 0x9f, 0xff]);
});

test("the text is read as windows-1252: 0x80-0x9F through its table, every other byte its own character", () => {
  const text = asRead(bytePack(all256.subarray(0, 256)));
  assert.equal(text.charCodeAt(0x80 + ESCAPED.length), 0x20ac, "0x80 is the euro sign (each escaped byte before it took two characters)");
  assert.equal(text.charCodeAt(0x81 + ESCAPED.length), 0x81);
  assert.equal(text.charCodeAt(0xff + ESCAPED.length), 0xff);
  assert.equal(CP1252.length, 32);
  assert.equal(new Set(CP1252).size, 32);
  // The five bytes windows-1252 leaves undefined stay U+0081 …; the others are beyond U+00FF.
  assert.deepEqual(CP1252.filter((c) => c < 0x100), [0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  assert.ok(CP1252.every((c) => c < 0x100 || (c > 0xff && c < 8483)), "the reader's table reaches every character");
});

test("random data of every small length, and large, comes back whole", async () => {
  for (const n of [...Array(40).keys(), 1000, 65_536, 300_000]) {
    const data = randomBytes(n);
    assert.deepEqual(await roundTrip(data), data, `${n} bytes`);
  }
});

test("a long random stream's block is about 1.6% larger, not 14%", () => {
  const packed = randomBytes(400_000);
  const block = bytePack(packed);
  assert.ok(block.length > packed.length * 1.01 && block.length < packed.length * 1.02, `${block.length} bytes for ${packed.length}`);
  assert.deepEqual(Buffer.from(unbyte(asRead(block), packed.length)), packed);
});

test("runs of escaped bytes, and an escaped byte as the very last, come back", async () => {
  // Zeros make runs of 0x00 in the stream's header and body.
  assert.deepEqual(await roundTrip(Buffer.alloc(5000)), Buffer.alloc(5000));
  let found = 0;
  for (let n = 1; n < 3000 && found < 5; n++) {
    const data = randomBytes(n);
    const packed = lzma(data);
    if (!ESCAPED.includes(packed[packed.length - 1])) continue;
    found++;
    assert.deepEqual(await roundTrip(data), data, `${n} bytes, last byte escaped`);
  }
  assert.equal(found, 5, "cases whose last byte is escaped were found");
});

test("a damaged text never throws: other bytes, as many as asked", () => {
  const out = unbyte("\u3042\uffff=" + "\u2122".repeat(3), 10);
  assert.equal(out.length, 10);
  assert.equal(out[4], 0x99, "U+2122 is 0x99");
});

test("the wasm decoder reads a damaged text without reading outside it: other bytes, or a trap", async () => {
  const data = randomBytes(2000);
  const packed = asRead(bytePack(lzma(data)));
  for (const text of [packed.slice(0, 500), "\u3042".repeat(300) + packed.slice(300), packed.slice(0, 1000) + "\u{1f600}=\u00ff=" + packed.slice(1000), "=", ""]) {
    try {
      assert.notDeepEqual(Buffer.from(await unpack(decoder, text, 2000)), data);
    } catch (e) {
      assert.ok(e instanceof WebAssembly.RuntimeError, String(e));
    }
  }
});

test("the JavaScript decoder (for browsers without WebAssembly) gives back what the wasm one does", async () => {
  const text = (n) => Buffer.from(Array.from({ length: n }, (_, i) => `手順${i % 97}を確認する。`).join(""), "utf8");
  for (const data of [...[0, 1, 2, 17, 1000, 65_536].map((n) => randomBytes(n)), Buffer.alloc(5000), text(3000)]) {
    const packed = lzma(data);
    assert.deepEqual(Buffer.from(unlzma(packed, data.length)), data, `${data.length} bytes`);
    assert.deepEqual(Buffer.from(unlzma(unbyte(asRead(bytePack(packed)), packed.length), data.length)), data, `${data.length} bytes through the text`);
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

test("decoded in slices of any size, the bytes are the same: a match or a run across a slice's end, too", async () => {
  // Text with long matches and runs, then random bytes (literals), so slices end inside each.
  const words = Buffer.from("情報セキュリティ事故 対応マニュアル 3-1 紛失・盗難 ".repeat(400), "utf8");
  const data = Buffer.concat([words, Buffer.alloc(5000, 0x20), randomBytes(20_000), words]);
  const text = asRead(bytePack(lzma(data)));
  for (const slice of [1, 7, 4096, 1 << 16, data.length * 2]) {
    const { instance } = await WebAssembly.instantiate(decoder);
    const { memory, begin, more } = instance.exports;
    const bytes = Buffer.byteLength(text, "utf8");
    const base = memory.buffer.byteLength;
    memory.grow(Math.ceil((bytes + data.length) / 65536));
    new TextEncoder().encodeInto(text, new Uint8Array(memory.buffer, base, bytes));
    assert.equal(begin(base, bytes, base + bytes, data.length), 1);
    let done = 0, calls = 0;
    while (done < data.length) {
      const want = Math.min(done + slice, data.length);
      done = more(want);
      calls++;
      assert.ok(done >= want, `slice ${slice}: ${done} bytes, ${want} asked`);
    }
    assert.equal(more(data.length), data.length, "asked again at the end: nothing more");
    assert.deepEqual(Buffer.from(new Uint8Array(memory.buffer, base + bytes, data.length)), data, `slice ${slice}`);
    if (slice === 1) assert.ok(calls > data.length / 50, "many small calls took it up where it stood");
  }
});

test("before a good header, the decoder gives nothing", async () => {
  const { instance } = await WebAssembly.instantiate(decoder);
  const { memory, begin, more } = instance.exports;
  assert.equal(more(100), 0, "no decoding begun");
  const base = memory.buffer.byteLength;
  memory.grow(1);
  new Uint8Array(memory.buffer, base, 4).set([0xff, 0xff, 0xff, 0xff]);
  assert.equal(begin(base, 4, base + 100, 100), 0, "a damaged header");
  assert.equal(more(100), 0);
});
