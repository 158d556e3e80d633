// Trunk post_build hook: turns trunk's output (index.html + .js glue + .wasm + .css) into ONE
// self-contained HTML file that opens by double-click (file://), offline.
//
// Why this shape (verified on this machine, see ARCHITECTURE.md "Single file"):
// - file:// blocks module imports and fetch() of the .wasm, so the wasm, the stylesheet and the
//   glue (its `export`s removed) are packed into the page: gzip, then base 122 in data blocks. The
//   loader decodes them into DecompressionStream; the wasm compiles as it streams in.
// - A CSP meta forbids every network connection; the loader, the glue it adds and the inline style
//   are allowed by their sha256 hashes, not by 'unsafe-inline'.
// - The loader keeps the pristine page before the app touches the DOM, so the app can offer
//   "save this tool for offline use" as a clean copy of itself.
// - The file must stay within its byte budget: over it, the build fails.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { minify } from "terser";
import zopfli from "@gfx/zopfli";

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
glue = glue
  .replace(/^export\s*\{[^}]*\};?\s*$/gm, "")
  .replace(/^export default\s+/gm, "")
  .replace(/^export\s+(?=(?:async\s+)?function|class|const|let|var)/gm, "");
if (/^\s*(export|import)\s/m.test(glue)) throw new Error("single-file: glue still has import/export lines");

const wasm = readFileSync(join(dir, wasmName));
// zopfli writes standard gzip about 5% smaller than zlib's level 9; DecompressionStream reads it.
const gzip = async (bytes) => Buffer.from(await zopfli.gzipAsync(bytes, { numiterations: 15 }));
const wasmGzip = await gzip(wasm);
// The stylesheet travels packed as well (a quarter of its size); only what the loading message
// needs is inline. The loader adopts the rest before the app's first render.
const cssGzip = await gzip(Buffer.from(css, "utf8"));
const bootCss = ".boot{padding:2rem 1rem;font-family:system-ui,sans-serif}.boot-failed{color:#c0000b;font-weight:bold}";

// Base 122: 7 characters for 6 bytes (base64 takes 8, base85 7.5). The alphabet is every ASCII
// character but NUL (the HTML parser replaces it), line breaks (the parser turns CR into LF; a
// JS string cannot hold them), '"' and '\\' (they end or escape the JS string) and '<' (so no
// "</script>" can appear). Each character is one byte of UTF-8. 122^7 < 2^53: a group is
// decoded exactly with JS numbers.
const B122 = [...Array(128).keys()].filter((c) => ![0, 10, 13, 34, 60, 92].includes(c));
if (B122.length !== 122) throw new Error("single-file: the base-122 alphabet is not 122 characters");
function base122(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i += 6) {
    let n = 0;
    for (let k = 0; k < 6; k++) n = n * 256 + (bytes[i + k] ?? 0);
    const group = new Array(7);
    for (let k = 6; k >= 0; k--) { group[k] = B122[n % 122]; n = Math.floor(n / 122); }
    out.push(String.fromCharCode(...group));
  }
  return out.join("");
}
// The glue runs as a module script that the loader adds to the page: it too travels packed (a
// third of its size), and the CSP allows it by its hash like the loader. It hands its init
// function to the loader; in a copy saved by the browser's "save page as" (where the loader did
// not add it), it does nothing.
const glueModule = (await minify(`${glue}\nwindow.__incidentNaviGlue?.(__wbg_init);`, {
  module: true, compress: { passes: 2 }, mangle: true,
})).code;
if (!glueModule || !glueModule.includes("__incidentNaviGlue")) throw new Error("single-file: minifying the glue failed");
const glueGzip = await gzip(Buffer.from(glueModule, "utf8"));

const loaderSource = `
// The page as it was before the app touched it, for "save this tool": a copy of the element tree
// now (cheap: the texts are shared), turned into text only when the user asks for it.
const PRISTINE = document.documentElement.cloneNode(true);
Object.defineProperty(window, "__incidentNaviPristine", { get: () => "<!DOCTYPE html>\\n" + PRISTINE.outerHTML });
const B122 = @ALPHABET@;
// Decoded with a lookup table, without a function call per byte, a slice at a time as the
// decompressor asks for it: the wasm compiles while the rest of it is still being decoded.
// The packed parts sit in data blocks (<script type="text/x-packed">): the HTML parser passes
// over them, and no JS parser has to read them.
const packed = (name) => document.getElementById(\`packed-\${name}\`).text;
function unpack(text, length) {
  const table = new Uint8Array(128);
  for (let i = 0; i < 122; i++) table[B122[i]] = i;
  let i = 0, left = length;
  const source = new ReadableStream({
    pull(controller) {
      const end = Math.min(i + 57344, text.length);
      const bytes = new Uint8Array((end - i) / 7 * 6);
      for (let o = 0; i < end; i += 7, o += 6) {
        let n = 0;
        for (let k = 0; k < 7; k++) n = n * 122 + table[text.charCodeAt(i + k)];
        const hi = Math.floor(n / 16777216), lo = n % 16777216;
        bytes[o] = hi >>> 16; bytes[o + 1] = (hi >>> 8) & 255; bytes[o + 2] = hi & 255;
        bytes[o + 3] = lo >>> 16; bytes[o + 4] = (lo >>> 8) & 255; bytes[o + 5] = lo & 255;
      }
      controller.enqueue(bytes.subarray(0, Math.min(bytes.length, left)));
      left -= bytes.length;
      if (i >= text.length) controller.close();
    },
  });
  return new Response(source.pipeThrough(new DecompressionStream("gzip")),
    { headers: { "Content-Type": "application/wasm" } });
}
(async () => {
  try {
    // The wasm compiles while it is still being unpacked, and while the rest is set up.
    const compiled = WebAssembly.compileStreaming(unpack(packed("wasm"), @WASM_LENGTH@));
    const handedOver = new Promise((resolve, reject) => {
      Object.defineProperty(window, "__incidentNaviGlue", { value: resolve, configurable: true });
      document.addEventListener("securitypolicyviolation", reject, { once: true });
    });
    const [css, glueText] = await Promise.all([unpack(packed("css"), @CSS_LENGTH@).text(), unpack(packed("glue"), @GLUE_LENGTH@).text()]);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const glue = document.createElement("script");
    glue.type = "module";
    glue.textContent = glueText;
    document.head.append(glue);
    const init = await handedOver;
    glue.remove();
    delete window.__incidentNaviGlue;
    performance.mark("incident-navi:wasm");
    const module = await compiled;
    performance.mark("incident-navi:compiled");
    await init({ module_or_path: module });
  } catch (err) {
    const boot = document.getElementById("boot");
    if (boot) {
      boot.className = "boot boot-failed";
      boot.textContent = "このブラウザではツールを起動できませんでした。最新の Edge / Chrome / Firefox で開いてください。 / The tool could not start in this browser. Open it in a current Edge, Chrome or Firefox.";
    }
    console.error(err);
  }
})();
`;
const packed = { WASM: wasmGzip, CSS: cssGzip, GLUE: glueGzip };
let loaderFilled = loaderSource.replace("@ALPHABET@", () => JSON.stringify(B122));
for (const [name, bytes] of Object.entries(packed)) loaderFilled = loaderFilled.replace(`@${name}_LENGTH@`, String(bytes.length));
let loader = (await minify(loaderFilled, { module: true, compress: { passes: 2 }, mangle: true })).code ?? "";
if (/@[A-Z_]+@/.test(loader)) throw new Error("single-file: a placeholder was left");
// Data blocks are not run, so the CSP needs no hash for them; their text is base 122, which has
// no '<', so no "</script>" can end one early.
const dataBlocks = Object.entries(packed)
  .map(([name, bytes]) => `<script type="text/x-packed" id="packed-${name.toLowerCase()}">${base122(bytes)}</script>`)
  .join("\n");

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
html = html.replace(
  /<meta charset="utf-8">/,
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">\n  <meta name="incident-navi-build" content="${build}">`,
);
html = html.replace("</head>", () => `<style>${bootCss}</style>\n</head>`);
// A function replacer: the packed wasm holds '$', which a replacement string would expand.
html = html.replace("</body>", () => `${dataBlocks}\n<script type="module">${loader}</script>\n</body>`);

if (/<(?:script|link)[^>]*(?:src|href)=/i.test(html)) throw new Error("single-file: a reference to another file is left");

// The single file replaces trunk's multi-file output, so what is served is what is saved.
for (const f of [jsName, wasmName, ...cssNames]) rmSync(join(dir, f));
// Issue 11: the budget, in bytes. Over it, the build fails (SIZE_BUDGET_BYTES=… lets one build
// anyway, to look at what grew).
const budget = Number(process.env.SIZE_BUDGET_BYTES ?? 300_000);
if (Buffer.byteLength(html) > budget) {
  throw new Error(`single-file: ${Buffer.byteLength(html)} bytes is over the budget of ${budget} bytes`);
}
writeFileSync(join(dir, "index.html"), html);
writeFileSync(join(dir, "incident-navi.html"), html);
const gz = gzipSync(Buffer.from(html), { level: 9 }).length; // the figure README reports
console.log(`single-file: incident-navi.html ${Buffer.byteLength(html)} bytes (${gz} gzip -9); wasm ${wasm.length} bytes`);
