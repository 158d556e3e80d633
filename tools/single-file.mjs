// Trunk post_build hook: turns trunk's output (index.html + .js glue + .wasm + .css) into ONE
// self-contained HTML file that opens by double-click (file://), offline.
//
// Why this shape (verified on this machine, see ARCHITECTURE.md "Single file"):
// - file:// blocks module imports and fetch() of the .wasm, so the glue (its `export`s removed),
//   the stylesheet and the wasm are packed into the page: one LZMA stream (tools/lzma.mjs), in one
//   data block (the page is windows-1252; everything else is ASCII). The loader decodes it,
//   compiles the wasm (V8 compiles each function at its first call) and runs the glue. The wasm
//   is two modules (tools/split.mjs): what the first screen runs, and the rest, the stream's last
//   part, unpacked once the first screen is drawn.
// - A CSP meta forbids every network connection; the loader, the glue it adds and the inline style
//   are allowed by their sha256 hashes, not by 'unsafe-inline'.
// - The loader keeps the pristine page before the app touches the DOM, so the app can offer
//   "save this tool for offline use" as a clean copy of itself.
// - The file must stay within its byte budget: over it, the build fails.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { minify } from "terser";
import { asRead, buildDecoder, bytePack, drain, isSymbol, lzma, SLICE, unbyte, unpack } from "./lzma.mjs";
import { unlzma } from "./unlzma.mjs";
import { firstScreenFunctions } from "./profile.mjs";
import { split } from "./split.mjs";
import { FALLBACK, W as loaderWords } from "./loader-words.mjs";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("single-file: TRUNK_STAGING_DIR is not set (run through trunk build)");
const files = readdirSync(dir);
const pick = (pred, what) => {
  const found = files.filter(pred);
  if (found.length !== 1) throw new Error(`single-file: expected one ${what} in ${dir}, found ${found}`);
  return found[0];
};
const jsName = pick((f) => f.endsWith(".js"), "JS glue");
const wasmName = pick((f) => f.endsWith("_bg.wasm"), "wasm");
const cssNames = files.filter((f) => f.endsWith(".css"));

let html = readFileSync(join(dir, "index.html"), "utf8");

// Remove what trunk injected to load the multi-file build.
html = html.replace(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*>\s*/g, "");
html = html.replace(/<script type="module"[^>]*>[\s\S]*?<\/script>\s*/g, "");

// Inline the stylesheet(s), without comments and runs of white space (our own CSS: no strings
// with significant runs of spaces).
let css = "";
html = html.replace(/<link[^>]*rel="stylesheet"[^>]*href="(?:\.\/)?([^"]+)"[^>]*>\s*/g, (_, href) => {
  css += readFileSync(join(dir, href), "utf8");
  return "";
});
css = css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s+/g, " ").replace(/ ?([{};,>]) ?/g, "$1").trim();

// The glue as a classic part of our module: strip its exports.
let glue = readFileSync(join(dir, jsName), "utf8");
// Snippets (JS modules the crate names with #[wasm_bindgen(module = …)]) are files beside the
// glue, which file:// cannot import: each goes into the glue once, in a scope of its own, and
// every import of it (named, or the whole module) takes what it exports from there.
const snippets = new Map();
const snippet = (path) => {
  if (!snippets.has(path)) {
    const code = readFileSync(join(dir, path), "utf8");
    const names = [...code.matchAll(/^export\s+(?:const|let|function|async function)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
    const name = `__snippet${snippets.size}`;
    snippets.set(path, { name, code: `const ${name} = (() => {\n${code.replace(/^export\s+/gm, "")}\nreturn { ${names.join(", ")} };\n})();\n` });
  }
  return snippets.get(path).name;
};
glue = glue
  .replace(/^import \{([^}]*)\} from ['"](\.\/snippets\/[^'"]+)['"];?[ \t]*$/gm, (_, names, path) => {
    const pairs = names.split(",").map((n) => n.trim()).filter(Boolean).map((n) => n.split(/\s+as\s+/));
    return `const { ${pairs.map(([from, as = from]) => `${from}: ${as}`).join(", ")} } = ${snippet(path)};`;
  })
  .replace(/^import \* as ([\w$]+) from ['"](\.\/snippets\/[^'"]+)['"];?[ \t]*$/gm, (_, as, path) => `const ${as} = ${snippet(path)};`);
glue = [...snippets.values()].map((s) => s.code).join("") + glue;
glue = glue
  .replace(/^export\s*\{[^}]*\};?\s*$/gm, "")
  .replace(/^export default\s+/gm, "")
  .replace(/^export\s+(?=(?:async\s+)?function|class|const|let|var)/gm, "");
if (/^\s*(export|import)\s/m.test(glue)) throw new Error("single-file: glue still has import/export lines");

const wasm = readFileSync(join(dir, wasmName));
// The stylesheet travels packed as well (a quarter of its size); only what the loading message
// needs is inline. The loader adopts the rest before the app's first render.
const cssBytes = Buffer.from(css, "utf8");
const minifyCss = (text) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s+/g, " ").replace(/ ?([{};,>]) ?/g, "$1").trim();
// The page before the app (styles/boot.css), inline: the first screen, the guide shown when the
// app cannot start, the banner shown when it stops.
// The page is ASCII outside its data blocks: a character beyond it is a CSS escape.
const bootCss = minifyCss(readFileSync(new URL("../styles/boot.css", import.meta.url), "utf8"))
  .replace(/[^\x00-\x7f]/gu, (c) => `\\${c.codePointAt(0).toString(16)} `);

// Issue 24: the first screen (the contact, 「まず最初に」) and the whole guide (2, 3-1 … 3-6), made
// from the playbook at every build (examples/static_guide), so they cannot drift from it. The first
// screen is plain HTML in #boot, on screen as soon as the page is parsed; the guide is the first
// part of the packed stream (below), which the loader reads without wasm when the app cannot start.
// A page without that #boot (the benchmark's hello world, benches/hello) gets neither.
const BOOT = /<div class="boot l-ja" id="boot">[\s\S]*?<\/div>/;
const staticGuide = BOOT.test(html) ? JSON.parse(execFileSync("cargo", ["run", "--quiet", "--example", "static_guide"], {
  cwd: new URL("..", import.meta.url), encoding: "utf8", maxBuffer: 16 << 20, stdio: ["ignore", "pipe", "inherit"],
})) : { first: "", guide: "" };
const guideBytes = Buffer.from(staticGuide.guide, "utf8");
// The first screen is in Japanese until the app (or, where it cannot start, the loader) shows the
// language chosen last time. No script reads that choice before the paint: the first localStorage
// access while the page is parsed waits for the browser's storage and delayed the app's first
// screen by 20-35 ms in Chromium (tools/bench.mjs, A/B on this machine); an English reader sees
// Japanese for that moment only.
const bootBlock = `<div class="boot l-ja" id="boot">${staticGuide.first}</div>`;
html = html.replace(BOOT, () => bootBlock);

// The glue runs as a classic script that the loader adds to the page, so it runs at once (a
// module script waits for a later task: 10-20 ms at start); its names stay inside a function.
// It too travels packed (a third of its size), and the CSP allows it by its hash like the loader.
// It hands its init function to the loader; in a copy saved by the browser's "save page as"
// (where the loader did not add it), it does nothing. `import.meta` (a module's, used only when
// no compiled module is given, which never happens here) becomes the page's address.
if ((glue.match(/import\.meta\.url/g) ?? []).length > 1) throw new Error("single-file: the glue uses import.meta more than expected");
const glueModule = (await minify(`(() => {\n"use strict";\n${glue.replace("import.meta.url", "document.baseURI")}\nwindow.__incidentNaviGlue?.(__wbg_init);\n})();`, {
  module: false, compress: { passes: 2 }, mangle: true,
})).code;
if (!glueModule || !glueModule.includes("__incidentNaviGlue")) throw new Error("single-file: minifying the glue failed");
const glueBytes = Buffer.from(glueModule, "utf8");
// The loader's words (tools/loader-words.mjs) as JSON, at the stream's head: the loader reads them
// at every start, and without wasm with its plain-JS decoder; it keeps only FALLBACK inline.
const wordsBytes = Buffer.from(JSON.stringify(loaderWords), "utf8");
// The page, for the app's wasm as a primary module and a secondary one (tools/split.mjs; the
// secondary empty for the page built whole, which the build profiles first).
const baseHtml = html;
async function packPage(primary, secondary) {
let html = baseHtml;
// One stream: the words, then the guide (without wasm, the loader's plain-JS decoder reads only it: 70 KB
// of HTML, where the whole stream took over a second in V8's interpreter; its words are the
// playbook's, which the wasm's data section then packs against: 4 KB of the file where gzip of
// its own took 15 KB), then the glue and the stylesheet (the loader needs them whole), then the wasm.
const parts = Buffer.concat([wordsBytes, guideBytes, glueBytes, cssBytes, primary, secondary]);
const packedBytesRaw = lzma(parts);
const packedBlock = bytePack(packedBytesRaw);
const decoder = buildDecoder();
const decoderBlock = bytePack(decoder);
// The loader's reader must give back each block's bytes from the text the browser reads, and the
// decoder that travels in the page exactly what went in.
for (const [block, bytes] of [[packedBlock, packedBytesRaw], [decoderBlock, decoder]]) {
  if (!Buffer.from(unbyte(asRead(block), bytes.length)).equals(bytes)) throw new Error("single-file: the loader's reader does not give back a data block");
}
const packedText = asRead(packedBlock);
if (!Buffer.from(await unpack(decoder, packedText, parts.length)).equals(parts)) {
  throw new Error("single-file: the page's LZMA decoder does not reproduce the packed parts");
}
// The guide's part of the stream: how many of its bytes the plain-JS decoder needs to give the
// guide back (the least prefix that does; the loader reads no more of the text), and a checksum
// the loader checks before showing it (a damaged copy must not show a garbled guide).
const checksum = (bytes) => bytes.reduce((h, b) => Math.imul(h ^ b, 16777619), -2128831035);
const prefixFor = (expected) => {
  const decodes = (n) => Buffer.from(unlzma(packedBytesRaw.subarray(0, n), expected.length)).equals(expected);
  let hi = packedBytesRaw.length;
  if (!decodes(hi)) throw new Error("single-file: the loader's JS decoder does not reproduce the stream's head");
  for (let lo = 0; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (decodes(mid)) hi = mid; else lo = mid + 1;
  }
  return hi;
};
const head = parts.subarray(0, wordsBytes.length + guideBytes.length);
// The decoder itself travels as it is (one byte a character, in a data block of its own), not
// gzipped: it is compiled synchronously, so the app's unpacking starts at once (an asynchronous
// inflate and compile took 7 to 50 ms on this machine before the first byte was decoded, for 2 KB
// saved).

// The loader (tools/loader.js): unpacks and starts the app; says why when it cannot, with the
// guide; says when the app stops, with a backup made without it.
const loaderFilled = readFileSync(new URL("./loader.js", import.meta.url), "utf8")
  .replace("@UNBYTE@", () => String(unbyte))
  .replace("@IS_SYMBOL@", () => String(isSymbol))
  .replace("@UNLZMA@", () => String(unlzma))
  .replace("@DRAIN@", () => String(drain).replace("SLICE", String(SLICE)))
  .replace("@DECODER_LENGTH@", String(decoder.length))
  .replace("@GLUE_LENGTH@", String(glueBytes.length))
  .replace("@CSS_LENGTH@", String(cssBytes.length))
  .replace("@PRIMARY_LENGTH@", String(primary.length))
  .replace("@TEXT_LENGTH@", String(Buffer.byteLength(packedText, "utf8")))
  .replace("@WORDS_LENGTH@", String(wordsBytes.length))
  .replace("@WORDS_IN@", String(prefixFor(wordsBytes)))
  .replace("@WORDS_SUM@", String(checksum(wordsBytes)))
  .replace("@FALLBACK_WORDS@", () => JSON.stringify(Object.fromEntries(FALLBACK.map((k) => [k, loaderWords[k]]))))
  .replace("@GUIDE_LENGTH@", String(guideBytes.length))
  .replace("@GUIDE_IN@", String(prefixFor(head)))
  .replace("@GUIDE_SUM@", String(checksum(head)))
  .replace("@TOTAL_LENGTH@", String(parts.length));
// ascii_only: the page is ASCII outside its data blocks (its words become \u escapes).
let loader = (await minify(loaderFilled, { module: true, compress: { passes: 2 }, mangle: true, format: { ascii_only: true } })).code ?? "";
if (/@[A-Z_]+@/.test(loader)) throw new Error("single-file: a placeholder was left");
// A data block is not run, so the CSP needs no hash for it; its '<' is escaped, so no "</script>"
// can end it early. Its bytes go in last (below), as latin1 text: one character a byte.
const dataBlocks = `<script type="text/x-packed" id="unlzma">${decoderBlock.toString("latin1")}</script>\n`
  + `<script type="text/x-packed" id="packed">${packedBlock.toString("latin1")}</script>`;

const sha = (text) => "'sha256-" + createHash("sha256").update(text, "utf8").digest("base64") + "'";
const csp = [
  "default-src 'none'",
  `script-src ${sha(loader)} ${sha(glueModule)} 'wasm-unsafe-eval'`,
  `style-src ${sha(bootCss)}`,
  "img-src data:",
  "connect-src 'none'",
  "font-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

// The build: the commit it was made from (with "-changed" when the tree had uncommitted changes),
// shown in the footer and written into every export; "dev" where git is not at hand.
let build = "dev";
try {
  const git = (...args) => execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  build = git("rev-parse", "--short=7", "HEAD") + (git("status", "--porcelain", "--untracked-files=no") ? "-changed" : "");
} catch { /* not a git checkout */ }
// windows-1252, where every byte is one character: the data blocks hold the bytes as they are.
if (!/^\s*<!DOCTYPE html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8">/i.test(html)) throw new Error("single-file: index.html must begin its <head> with <meta charset=\"utf-8\">");
html = html.replace(
  /<meta charset="utf-8">/,
  `<meta charset="windows-1252">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">\n  <meta name="incident-navi-build" content="${build}">`,
);
html = html.replace("</head>", () => `<style>${bootCss}</style>\n</head>`);
html = html.replace("</body>", () => `@DATA_BLOCKS@\n<script type="module">${loader}</script>\n</body>`);

if (/<(?:script|link)[^>]*(?:src|href)=/i.test(html)) throw new Error("single-file: a reference to another file is left");
// Everything but the data blocks is ASCII: a character beyond it in a text or an attribute value
// (the first screen's Japanese, the title) becomes a character reference; the scripts and the
// style are ASCII already (terser's ascii_only, CSS escapes), and the build fails if not.
html = html.replace(/(<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>)|[^\x00-\x7f]/gu,
  (c, kept) => kept ?? `&#x${c.codePointAt(0).toString(16).toUpperCase()};`);
const beyond = html.match(/[^\x00-\x7f]/u);
if (beyond) throw new Error(`single-file: U+${beyond[0].codePointAt(0).toString(16)} is left outside the data blocks, at ${JSON.stringify(html.slice(beyond.index - 60, beyond.index + 20))}`);
// A function replacer: the packed wasm holds '$', which a replacement string would expand.
html = html.replace("@DATA_BLOCKS@", () => dataBlocks);
return Buffer.from(html, "latin1");
}

// Issues 25 and 26 (the first screen within its ratio): the page built whole is opened in headless
// Chromium to learn which functions its first screen runs (tools/profile.mjs); the rest of the
// wasm moves to a secondary module, the packed stream's last part, unpacked only when first used
// or once the first screen is up (tools/split.mjs, tools/loader.js).
const probeDir = mkdtempSync(join(tmpdir(), "incident-navi-profile-"));
const probe = join(probeDir, "whole.html");
writeFileSync(probe, await packPage(wasm, Buffer.alloc(0)));
const hot = await firstScreenFunctions(probe);
rmSync(probeDir, { recursive: true, force: true });
const { primary, secondary, moved, kept } = split(wasm, hot, { keepBelow: 400 });
const file = await packPage(primary, secondary);

// The single file replaces trunk's multi-file output, so what is served is what is saved.
for (const f of [jsName, wasmName, ...cssNames]) rmSync(join(dir, f));
// Issue 11: the budget, in bytes. Over it, the build fails (SIZE_BUDGET_BYTES=… lets one build
// anyway, to look at what grew).
const budget = Number(process.env.SIZE_BUDGET_BYTES ?? 360_000);
if (file.length > budget) {
  throw new Error(`single-file: ${file.length} bytes is over the budget of ${budget} bytes`);
}
writeFileSync(join(dir, "index.html"), file);
writeFileSync(join(dir, "incident-navi.html"), file);
const gz = gzipSync(file, { level: 9 }).length; // the figure README reports
console.log(`single-file: incident-navi.html ${file.length} bytes (${gz} gzip -9); wasm ${wasm.length} bytes: ${kept} functions for the first screen, ${primary.length} bytes; ${moved} later, ${secondary.length} bytes`);
