// Trunk post_build hook: turns trunk's output (index.html + .js glue + .wasm + .css) into ONE
// self-contained HTML file that opens by double-click (file://), offline.
//
// Why this shape (verified on this machine, see ARCHITECTURE.md "Single file"):
// - file:// blocks module imports and fetch() of the .wasm, so the glue is inlined with its
//   `export`s removed and the wasm is inlined as base85 of its gzip, unpacked with
//   DecompressionStream and handed to the glue as bytes.
// - A CSP meta forbids every network connection; the inline script and style are allowed by their
//   sha256 hashes, not by 'unsafe-inline'.
// - The loader keeps the pristine page text before the app touches the DOM, so the app can offer
//   "save this tool for offline use" as a clean copy of itself.
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
const wasmGzip = Buffer.from(await zopfli.gzipAsync(wasm, { numiterations: 15 }));

// Base85 (5 characters per 4 bytes) instead of base64 (4 per 3): 6% fewer bytes for the largest
// part of the file. The alphabet is printable ASCII without '"', '\\' and '<', so the text is safe
// inside a double-quoted JS string inside <script> (no "</script>" can appear).
const B85 = [...Array(94)].map((_, i) => String.fromCharCode(33 + i)).filter((c) => !'"\\<'.includes(c)).slice(0, 85).join("");
function base85(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) n = n * 256 + (bytes[i + k] ?? 0);
    const chunk = [];
    for (let k = 0; k < 5; k++) { chunk.push(B85[n % 85]); n = Math.floor(n / 85); }
    out.push(chunk.reverse().join(""));
  }
  return out.join("");
}
const wasmPacked = base85(wasmGzip);

const loaderSource = `
const PRISTINE = "<!DOCTYPE html>\\n" + document.documentElement.outerHTML;
Object.defineProperty(window, "__incidentNaviPristine", { value: PRISTINE });
${glue}
const WASM_GZIP_B85 = "@WASM@";
const WASM_GZIP_LENGTH = @LENGTH@;
const B85 = "@ALPHABET@";
(async () => {
  try {
    // Decoded with a lookup table in one pass: no function call per byte.
    const table = new Uint8Array(128);
    for (let i = 0; i < 85; i++) table[B85.charCodeAt(i)] = i;
    const text = WASM_GZIP_B85;
    const packed = new Uint8Array(text.length / 5 * 4);
    for (let i = 0, o = 0; i < text.length; i += 5, o += 4) {
      let n = 0;
      for (let k = 0; k < 5; k++) n = n * 85 + table[text.charCodeAt(i + k)];
      packed[o] = n >>> 24; packed[o + 1] = (n >>> 16) & 255; packed[o + 2] = (n >>> 8) & 255; packed[o + 3] = n & 255;
    }
    const unpacked = new Blob([packed.subarray(0, WASM_GZIP_LENGTH)]).stream().pipeThrough(new DecompressionStream("gzip"));
    await __wbg_init({ module_or_path: await new Response(unpacked).arrayBuffer() });
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
const loaderFilled = loaderSource
  .replace("@LENGTH@", String(wasmGzip.length))
  .replace('"@ALPHABET@"', () => JSON.stringify(B85));
// Minified as one module, so terser keeps exactly what the loader uses. The wasm goes in after.
const minified = await minify(loaderFilled, { module: true, compress: { passes: 2 }, mangle: true });
if (!minified.code || !minified.code.includes('"@WASM@"')) throw new Error("single-file: minifying the loader failed");
const loader = minified.code.replace('"@WASM@"', () => `"${wasmPacked}"`);
if (loader.includes("@LENGTH@") || loader.includes("@ALPHABET@")) throw new Error("single-file: a placeholder was left");

const sha = (text) => "'sha256-" + createHash("sha256").update(text, "utf8").digest("base64") + "'";
const csp = [
  "default-src 'none'",
  `script-src ${sha(loader)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  "img-src data:",
  "connect-src 'none'",
  "font-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

html = html.replace(
  /<meta charset="utf-8">/,
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`,
);
html = html.replace("</head>", () => `<style>${css}</style>\n</head>`);
// A function replacer: the packed wasm holds '$', which a replacement string would expand.
html = html.replace("</body>", () => `<script type="module">${loader}</script>\n</body>`);

if (/<(?:script|link)[^>]*(?:src|href)=/i.test(html)) throw new Error("single-file: a reference to another file is left");

// The single file replaces trunk's multi-file output, so what is served is what is saved.
for (const f of [jsName, wasmName, ...cssNames]) rmSync(join(dir, f));
writeFileSync(join(dir, "index.html"), html);
writeFileSync(join(dir, "incident-navi.html"), html);
const gz = gzipSync(Buffer.from(html), { level: 9 }).length; // the figure README reports
console.log(`single-file: incident-navi.html ${Buffer.byteLength(html)} bytes (${gz} gzip -9); wasm ${wasm.length} bytes`);
