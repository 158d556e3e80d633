// The page's packing (tools/lzma.mjs): whatever goes in comes back out of the decoder the page
// runs, through the data block's text as a windows-1252 page reads it (four characters for 31 or
// 32 bits), whatever the bytes and however the stream ends. (The build checks it on the app's own
// bytes; these are the cases those bytes may not hold.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { asRead, buildDecoder, bytePack, CP1252, EXTRA, lzma, SYMBOLS, unbyte, unpack } from "./lzma.mjs";
import { unlzma } from "./unlzma.mjs";

const decoder = buildDecoder();
// What the page does: the block's text as the browser reads it, the loader's reader, the decoder.
const roundTrip = async (data) => {
  const packed = lzma(data);
  return Buffer.from(await unpack(decoder, asRead(bytePack(packed)), data.length));
};
const all256 = Buffer.from(Array.from({ length: 256 * 3 }, (_, i) => i % 256));

test("every byte comes back through the text, in groups of 32 bits and of 31, and at the very end", () => {
  assert.deepEqual(Buffer.from(unbyte(asRead(bytePack(all256)), all256.length)), all256);
  for (const fill of [0x00, 0xff, 0x7f, 0x80]) {
    for (const n of [1, 3, 4, 5, 31, 32, 33, 1000]) {
      const data = Buffer.alloc(n, fill);
      assert.deepEqual(Buffer.from(unbyte(asRead(bytePack(data)), n)), data, `${n} bytes of ${fill}`);
    }
  }
  // All ones: every group's low 31 bits are above EXTRA, so each carries 31; all zeros: 32.
  assert.equal(bytePack(Buffer.alloc(124, 0xff)).length, 4 * 32, "124 bytes of ones: 992 bits, 32 groups of 31");
  assert.equal(bytePack(Buffer.alloc(128, 0x00)).length, 4 * 32, "128 bytes of zeros: 32 groups of 32 bits");
});

test("the block is written only in characters a windows-1252 page keeps as their own byte", () => {
  assert.equal(SYMBOLS.length, 226);
  assert.equal(EXTRA, 226 ** 4 - 2 ** 31);
  assert.ok(226 ** 4 - 1 < 2 ** 32, "a group's number fits 32 bits (the wasm decoder's u32)");
  const block = bytePack(randomBytes(100_000));
  for (const b of [0x00, 0x0d, 0x3c]) assert.ok(!block.includes(b), `byte ${b} (NUL, CR, '<') is never written`);
  const text = asRead(block);
  // No character beyond U+00FF: the browser keeps the page's text at 8 bits a character.
  assert.ok([...text].every((c) => c.charCodeAt(0) < 0x100));
  assert.equal(new Set(block).size, 226, "all 226 are used");
  assert.equal(text.length % 4, 0);
});

test("the text is read as windows-1252: 0x80-0x9F through its table, every other byte its own character", () => {
  const text = asRead(Buffer.from([0x80, 0x81, 0x99, 0xff]));
  assert.deepEqual([...text].map((c) => c.charCodeAt(0)), [0x20ac, 0x81, 0x2122, 0xff]);
  assert.equal(CP1252.length, 32);
  assert.equal(new Set(CP1252).size, 32);
  // The five bytes windows-1252 leaves undefined stay U+0081 …; the others are beyond U+00FF.
  assert.deepEqual(CP1252.filter((c) => c < 0x100), [0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  assert.deepEqual(SYMBOLS.filter((b) => b >= 0x80 && b < 0xa0), [0x81, 0x8d, 0x8f, 0x90, 0x9d]);
});

test("random data of every small length, and large, comes back whole", async () => {
  for (const n of [...Array(40).keys(), 1000, 65_536, 300_000]) {
    const data = randomBytes(n);
    assert.deepEqual(await roundTrip(data), data, `${n} bytes`);
  }
});

test("a long random stream's block is about 2.6% larger, not 12% (every unkept byte escaped)", () => {
  const packed = randomBytes(400_000);
  const block = bytePack(packed);
  assert.ok(block.length > packed.length * 1.024 && block.length < packed.length * 1.028, `${block.length} bytes for ${packed.length}`);
  assert.deepEqual(Buffer.from(unbyte(asRead(block), packed.length)), packed);
});

test("zeros, and streams of every length near a group's end, come back through the wasm decoder", async () => {
  // Zeros make runs of 0x00 in the stream's header and body.
  assert.deepEqual(await roundTrip(Buffer.alloc(5000)), Buffer.alloc(5000));
  for (let n = 100; n < 140; n++) {
    const data = randomBytes(n);
    assert.deepEqual(await roundTrip(data), data, `${n} bytes`);
  }
});

test("a damaged text never throws: other bytes, as many as asked", () => {
  const good = asRead(bytePack(Buffer.from("情報セキュリティ事故")));
  for (const text of ["\u3042\uffff=" + "\u2122".repeat(3), "", good.slice(0, 5), "\u0000\r<" + good.slice(3)]) {
    assert.equal(unbyte(text, 30).length, 30);
  }
  // A character that is no symbol reads as the digit 0, like the first symbol (0x01).
  assert.deepEqual(unbyte("\u3042\u3042\u3042\u3042", 4), unbyte("\u0001\u0001\u0001\u0001", 4));
});

test("the wasm decoder reads a damaged text without reading outside it: other bytes, or a trap", async () => {
  const data = randomBytes(2000);
  const packed = asRead(bytePack(lzma(data)));
  for (const text of [packed.slice(0, 500), "\u3042".repeat(300) + packed.slice(300), packed.slice(0, 1000) + "\u{1f600}=\u00ff=" + packed.slice(1000), "\u20ac".repeat(9), "=", ""]) {
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
