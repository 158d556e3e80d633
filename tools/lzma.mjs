// LZMA for the single file: the encoder the build uses (xz, LZMA "alone" format) and the decoder
// the page's loader runs (tools/unlzma, a 4 KB wasm module built here from its Rust source).
//
// Why: LZMA packs the app about 20% smaller than zopfli's gzip, which is the room the
// secretariat's view needed inside the 300,000-byte budget. Browsers decompress only gzip and
// deflate natively (no brotli, no zstd in Chromium 156 or Firefox 153), so a decoder travels in
// the page. In wasm it decodes the 630 KB app in about 15 ms on first run, three times as fast as
// the same decoder written in JavaScript (which runs in V8's interpreter before the JIT is warm).
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
  execFileSync("wasm-opt", ["-Os", "--strip-debug", "--strip-producers", "--enable-bulk-memory", "--enable-sign-ext",
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
