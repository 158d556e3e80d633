// LZMA for the single file: the encoder the build uses (xz, LZMA "alone" format), the text the
// page holds it in (seven bits a byte, the decoder's own block too), and the decoder the page's
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

// Text for the data blocks. The HTML parser keeps every character of a script block as it is
// except NUL (it becomes U+FFFD), CR (it becomes LF) and '<' (it may end the block); line breaks,
// '"' and '\\' are left out as well, so the text could sit in a JS string. These six are ESCAPED.
export const ESCAPED = [0, 10, 13, 34, 60, 92];
// The app's block: seven bits a byte of the file. The data is cut into 7-bit groups; a group is
// its ASCII character, and an escaped one is a two-byte UTF-8 character (U+0080 to U+037F) that
// carries which one it is (1 to 6) and the next group. 8 bytes of file for 7 of data (base 122
// took 7 for 6): 6 KB less for this app. The decoder (tools/unlzma) reads the UTF-8 bytes.
export function sevenBit(bytes) {
  const groups = [];
  let acc = 0, bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    for (bits += 8; bits >= 7; ) groups.push((acc >> (bits -= 7)) & 127);
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) groups.push((acc << (7 - bits)) & 127);
  const out = [];
  for (let i = 0; i < groups.length; i++) {
    const k = ESCAPED.indexOf(groups[i]);
    out.push(k < 0 ? groups[i] : ((k + 1) << 7) | (groups[++i] ?? 0));
  }
  let text = "";
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
  return text;
}
/** What the page's loader runs to read the decoder's own block (the decoder is not there yet to
 *  read its own text): `length` bytes from the seven-bit `text`. The loader holds this function's
 *  own source, so it names the escaped groups itself. An escaped group is the top three bits of its
 *  character, and the next group the low seven. A plain loop: the old base-122 reader spent 7 ms in
 *  V8's interpreter on the decoder's 4 KB; this one, 2 ms. */
export function unseven(text, length) {
  const bytes = new Uint8Array(length);
  for (let i = 0, o = 0, acc = 0, bits = 0; o < length; i++) {
    const c = text.charCodeAt(i);
    acc = c < 128 ? acc << 7 | c : acc << 14 | [0, 10, 13, 34, 60, 92][(c >> 7) - 1] << 7 | c & 127;
    for (bits += c < 128 ? 7 : 14; bits >= 8 && o < length; ) bytes[o++] = acc >> (bits -= 8);
    acc &= (1 << bits) - 1;
  }
  return bytes;
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

/** What the loader does with the decoder, in Node: the block's `text` in, `length` bytes out.
 *  The build runs it on what it packed, so a decoder that does not give back exactly what went in
 *  fails the build, not the page. */
export async function unpack(decoder, text, length) {
  const { instance } = await WebAssembly.instantiate(decoder);
  const { memory, unpack } = instance.exports;
  const bytes = Buffer.byteLength(text, "utf8");
  const base = memory.buffer.byteLength;
  memory.grow(Math.ceil((bytes + length) / 65536));
  new TextEncoder().encodeInto(text, new Uint8Array(memory.buffer, base, bytes));
  const n = unpack(base, bytes, base + bytes, length);
  return new Uint8Array(memory.buffer, base + bytes, n).slice();
}
