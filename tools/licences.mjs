// Writes src/ui/third_party.txt: the licences of the Rust crates compiled into the single file,
// shown from the page's footer. From cargo's own data (the normal dependencies of the wasm
// build, without proc-macros and build tools), grouped by who holds the copyright. Run it after
// changing dependencies; tests/invariants.rs fails while a shipped crate is missing from the file.
//
//   node tools/licences.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const cargo = (...args) => execFileSync("cargo", args, { encoding: "utf8", maxBuffer: 64 << 20 });
const shipped = new Set(
  cargo("tree", "--target", "wasm32-unknown-unknown", "-e", "normal,no-proc-macro", "--prefix", "none", "-p", "incident-navi")
    .split("\n").map((l) => l.split(" ")[0]).filter((n) => n && n !== "incident-navi"),
);
const meta = JSON.parse(cargo("metadata", "--format-version", "1", "--filter-platform", "wasm32-unknown-unknown"));
const packages = meta.packages.filter((p) => shipped.has(p.name));

// The licence each is used under here: MIT wherever it is offered, as this tool's own licence.
function chosen(licence) {
  const l = licence.replace(/\//g, " OR ");
  if (/\bMIT\b/.test(l)) return "MIT";
  if (/\bBSL-1\.0\b/.test(l)) return "BSL-1.0";
  throw new Error(`no rule for the licence "${licence}"`);
}
// Crates that name no authors are named by their repository's contributors.
const holders = (p) => (p.authors.length
  ? p.authors.map((a) => a.replace(/\s*<[^>]*>/, "")).join(", ")
  : `the contributors to ${(p.repository ?? p.name).replace(/^https:\/\//, "").replace(/\.git$/, "").replace(/\/tree\/.*$/, "")}`);

const groups = new Map();
for (const p of packages.sort((a, b) => a.name.localeCompare(b.name))) {
  const key = `${chosen(p.license)}\u0000${holders(p)}`;
  groups.set(key, [...(groups.get(key) ?? []), `${p.name} ${p.version}`]);
}
const byLicence = (name) => [...groups].filter(([k]) => k.startsWith(`${name}\u0000`))
  .map(([k, crates]) => `- ${crates.join(", ")}: © ${k.split("\u0000")[1]}`);

const mit = readFileSync(new URL("../LICENSE", import.meta.url), "utf8").split("\n").slice(4).join("\n").trim();
// In English, as licences are (the page shows it as lang="en"; the summary above it is in the
// user's language).
const text = `The software built into this tool (one HTML file), and its licences.

incident-navi: MIT License, © 2026 The incident-navi authors.
The Rust standard library: MIT License (offered as MIT OR Apache-2.0), © The Rust Project Developers.

Rust crates under the MIT License (most are offered as MIT OR Apache-2.0; MIT is used here):
${byLicence("MIT").join("\n")}

Rust crates under the Boost Software License 1.0 (offered as Apache-2.0 OR BSL-1.0; BSL-1.0 is used here, and asks for no notice in compiled form):
${byLicence("BSL-1.0").join("\n")}

unicode-ident is listed because the wasm-bindgen crate depends on it; it is used only when this tool is built, and none of its code or Unicode data is in this file.

The MIT License, for each of the above under it ("the Software"; the copyright notices are the ones named above):

${mit}
`;
writeFileSync(new URL("../src/ui/third_party.txt", import.meta.url), text);
console.log(`third_party.txt: ${packages.length} crates, ${text.length} characters`);
