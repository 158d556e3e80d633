// LZMA for the single file: the encoder the build uses (xz, LZMA "alone" format), the text the
// page holds it in (one byte a character, the decoder's own block too), and the decoder the page's
// loader runs (tools/unlzma, a 4 KB wasm module built here from its Rust source).
//
// Why: LZMA packs the app about 20% smaller than zopfli's gzip, which is the room the
// secretariat's view needed inside the 300,000-byte budget. Browsers decompress only gzip and
// deflate natively (no brotli, no zstd in Chromium 156 or Firefox 153), so a decoder travels in
// the page. In wasm it decodes the app's 810 KB in about 25 ms in Chromium; the same decoder in
// JavaScript took 88 ms (its range coder's calls stay slow until V8's optimising compiler is warm).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Packs `bytes` as LZMA "alone" with the settings that suit the wasm best (measured: lc=4 with
 *  pb=0 and lp=0, as wasm has no 4-byte structure, and nice=128: 400 B less than nice=273). */
export function lzma(bytes) {
  return execFileSync("xz", ["--format=lzma", "--lzma1=preset=9e,lc=4,lp=0,pb=0,nice=128", "--stdout"],
    { input: bytes, maxBuffer: 1 << 28 });
}

// The data blocks' text. The page is windows-1252 (`<meta charset="windows-1252">`), where every
// byte 0x00-0xFF is one character. A block uses 226 of them, the SYMBOLS: each byte whose character
// is its own code (U+0000-U+00FF) and that the HTML parser keeps as it is in a script block. Left
// out: NUL (made U+FFFD), CR (CR and CRLF become LF), '<' (could end the block: "</script", "<!--"),
// and the 27 bytes of 0x80-0x9F that windows-1252 reads as characters beyond U+00FF: one of those
// makes Chromium hold the whole page's text at 16 bits a character, which parsed the page 16 ms
// later (tools/bench.mjs's first start-up row, on this machine).
// Four characters are a number below 226^4 = 2^31 + EXTRA, which carries the stream's next 32 bits
// when their low 31 are below EXTRA, else the next 31 (as basE91 does with two characters and 13 or
// 14 bits): 7.80 bits a character, 2.6% more bytes than the stream. Escaping those 30 bytes one by
// one would take 12%.
/** windows-1252's characters for the bytes 0x80-0x9F, as browsers decode them (the WHATWG
 *  Encoding standard): 27 other code points; 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay U+0081 ... */
export const CP1252 = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];
/** Whether a block is written with the byte `b`: not NUL, CR nor '<', and in 0x80-0x9F only the
 *  five bytes windows-1252 leaves as their own character (the loader holds this function's source). */
export function isSymbol(b) {
  return b !== 0x00 && b !== 0x0d && b !== 0x3c && (b < 0x80 || b > 0x9f || b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d);
}
/** The bytes a block is written in, in the order of their value as a digit (0-225). */
export const SYMBOLS = [...Array(256).keys()].filter(isSymbol);
if (SYMBOLS.some((b) => b >= 0x80 && b < 0xa0 && CP1252[b - 0x80] !== b)) throw new Error("lzma.mjs: a symbol is read as another character");
/** 226^4 - 2^31: a group of four characters whose low 31 bits are below this carries 32 bits. */
export const EXTRA = 226 ** 4 - 2 ** 31;
if (SYMBOLS.length !== 226 || EXTRA !== 461_274_128) throw new Error("lzma.mjs: the block's alphabet is not the one the decoders read");

/** The bytes of a data block's text for `bytes`: groups of four SYMBOLS, the stream's bits taken
 *  from each byte's lowest first; the last group is filled up with zero bits. */
export function bytePack(bytes) {
  const out = [];
  let acc = 0, n = 0, i = 0;
  while (i < bytes.length || n > 0) {
    while (n < 32 && i < bytes.length) { acc += bytes[i++] * 2 ** n; n += 8; }
    const used = acc % 2 ** 31 < EXTRA ? 32 : 31;
    const v = acc % 2 ** used;
    acc = Math.floor(acc / 2 ** used);
    n -= used;
    out.push(SYMBOLS[Math.floor(v / 226 ** 3)], SYMBOLS[Math.floor(v / 226 ** 2) % 226], SYMBOLS[Math.floor(v / 226) % 226], SYMBOLS[v % 226]);
  }
  return Buffer.from(out);
}
/** The text a browser reads from a block of these bytes in a windows-1252 page (what the build
 *  and the tests check the loader's reader against). */
export function asRead(block) {
  let text = "";
  for (let i = 0; i < block.length; i += 8192) {
    text += String.fromCharCode(...Array.from(block.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : b)));
  }
  return text;
}
/** What the page's loader runs to read a data block where the wasm decoder does not (the decoder's
 *  own block; the guide's part of the packed one, without wasm): `length` bytes from its `text`.
 *  The loader holds this function's own source and isSymbol's. A character that is no SYMBOL (a
 *  damaged text) counts as the digit 0, and a text cut short as zeros: other bytes, never an error
 *  (the decoder or a checksum finds it). With wasm, the decoder reads the packed block itself
 *  (tools/unlzma: the text's UTF-8, copied in by the native encodeInto). */
export function unbyte(text, length) {
  const into = new Uint8Array(length);
  const digit = new Uint8Array(256);
  for (let b = 0, d = 0; b < 256; b++) {
    if (isSymbol(b)) digit[b] = d++;
  }
  let acc = 0, n = 0;
  for (let i = 0, o = 0; o < length; i += 4) {
    let v = 0;
    for (let k = 0; k < 4; k++) {
      const c = text.charCodeAt(i + k); // NaN past the end: the digit 0
      v = v * 226 + (c < 256 ? digit[c] : 0);
    }
    acc += v * 2 ** n;
    n += v % 2 ** 31 < 226 ** 4 - 2 ** 31 ? 32 : 31;
    for (; n >= 8 && o < length; n -= 8) {
      into[o++] = acc % 256;
      acc = Math.floor(acc / 256);
    }
  }
  return into;
}

/** Builds tools/unlzma and returns its wasm, optimised for size. A small stack: the module's
 *  memory is then one page, and the loader grows it for the text and the output. */
export function buildDecoder() {
  const dir = resolve(root, "tools/unlzma");
  const env = {
    ...process.env,
    RUSTFLAGS: "-C link-arg=-zstack-size=8192 -C target-cpu=mvp -C target-feature=+bulk-memory,+sign-ext,+mutable-globals",
    CARGO_TARGET_DIR: resolve(root, "target/unlzma"),
  };
  execFileSync("cargo", ["build", "--quiet", "--release", "--target", "wasm32-unknown-unknown"], { cwd: dir, env, stdio: "inherit" });
  const built = resolve(root, "target/unlzma/wasm32-unknown-unknown/release/unlzma.wasm");
  const optimised = resolve(root, "target/unlzma/unlzma.wasm");
  execFileSync("wasm-opt", ["-Os", "--strip-debug", "--strip-producers", "--strip-target-features", "--enable-bulk-memory", "--enable-sign-ext",
    built, "-o", optimised], { env, stdio: "inherit" });
  return readFileSync(optimised);
}

/** What the loader does with the decoder, in Node: the block's `text` (as the page reads it) in,
 *  as UTF-8, `length` bytes out.
 *  The build runs it on what it packed, so a decoder that does not give back exactly what went in
 *  fails the build, not the page. */
export async function unpack(decoder, text, length) {
  const { instance } = await WebAssembly.instantiate(decoder);
  const { memory, begin, more } = instance.exports;
  const bytes = Buffer.byteLength(text, "utf8");
  const base = memory.buffer.byteLength;
  memory.grow(Math.ceil((bytes + length) / 65536));
  new TextEncoder().encodeInto(text, new Uint8Array(memory.buffer, base, bytes));
  const n = begin(base, bytes, base + bytes, length) ? drain(more, length) : 0;
  return new Uint8Array(memory.buffer, base + bytes, n).slice();
}

/** Output bytes a call of the decoder's `more` makes: the calls after V8 has optimised it run the
 *  optimised code (tools/unlzma `begin`). */
export const SLICE = 1 << 16;

/** Calls `more` a slice at a time until `length` bytes are out; returns how many are (fewer: the
 *  stream is damaged). The loader runs this function's own source (SLICE filled in). */
export function drain(more, length) {
  let done = 0;
  while (done < length) {
    const want = Math.min(done + SLICE, length);
    done = more(want);
    if (done < want) break;
  }
  return done;
}
