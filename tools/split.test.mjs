// The split (tools/split.mjs): a module cut in two answers exactly as it did whole, starts its
// secondary once and only when a moved function is first reached, and keeps every index. The
// modules are written in WAT and assembled by binaryen's wasm-as, in the shapes Rust gives: one
// memory, a stack pointer global, table 0 filled by an active segment (vtables), a JS import.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { callees, sections, split, tableSlots } from "./split.mjs";

const WASM_AS = fileURLToPath(new URL("../node_modules/.bin/wasm-as", import.meta.url));
// The app's features (callees reads multi-value block types and saturating conversions too).
const FEATURES = ["--enable-reference-types", "--enable-bulk-memory", "--enable-mutable-globals", "--enable-sign-ext",
  "--enable-multivalue", "--enable-nontrapping-float-to-int"];
const dir = mkdtempSync(join(tmpdir(), "split-test-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let made = 0;
/** WAT text → wasm bytes, and each function's index by name (imports first, in text order). */
const assemble = (text, extra = []) => {
  const at = join(dir, String(made++));
  writeFileSync(`${at}.wat`, text);
  execFileSync(WASM_AS, [...FEATURES, ...extra, "-o", `${at}.wasm`, `${at}.wat`], { stdio: "pipe" });
  const wasm = readFileSync(`${at}.wasm`);
  const index = Object.fromEntries([...text.matchAll(/\(func \$(\w+)/g)].map((m, i) => [m[1], i]));
  return { wasm, index };
};

// ---- Reading modules back (the test's own reader, not split.mjs's).
const leb = (b, p) => {
  let v = 0, shift = 0, x;
  do { x = b[p++]; v += (x & 0x7f) * 2 ** shift; shift += 7; } while (x & 0x80);
  return [v, p];
};
const sectionBody = (wasm, id) => sections(wasm).find((s) => s.id === id)?.body ?? Buffer.alloc(0);
const entries = (b, each) => {
  let [n, p] = leb(b, 0);
  const out = [];
  for (let i = 0; i < n; i++) { const start = p; p = each(b, p); out.push(Buffer.from(b.subarray(start, p))); }
  return out;
};
const typeEntries = (wasm) => entries(sectionBody(wasm, 1), (b, p) => {
  p++;
  for (let k = 0; k < 2; k++) { const [n, q] = leb(b, p); p = q + n; }
  return p;
});
const functionTypes = (wasm) => entries(sectionBody(wasm, 3), (b, p) => leb(b, p)[1]).map((e) => leb(e, 0)[0]);
/** Each defined function's body, without its size (what callees reads). */
const bodies = (wasm) => entries(sectionBody(wasm, 10), (b, p) => { const [n, q] = leb(b, p); return q + n; })
  .map((e) => e.subarray(leb(e, 0)[1]));

// ---- The loader, as tools/loader.js does it, with its own CALLER bytes (a module importing x.f
// and exporting it as f): the last `$t` table's slot 0 calls loadRest, which starts the secondary
// with the JS imports and the primary's exports, then sets `$l`.
const CALLER = JSON.parse(readFileSync(new URL("./loader.js", import.meta.url), "utf8").match(/const CALLER = (\[[\d, ]+\]);/)[1]);
/** Instantiates a split pair; `log` gets "load" each time a stub calls loadRest. */
const loadPair = ({ primary, secondary }, imports, log) => {
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(primary), imports);
  let rest = false;
  const loadRest = () => {
    log.push("load");
    if (rest) return;
    rest = true;
    new WebAssembly.Instance(new WebAssembly.Module(secondary), { ...imports, p: exports });
    exports.$l.value = 1;
  };
  const caller = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(CALLER)), { x: { f: loadRest } }).exports.f;
  exports[`$t${Object.keys(exports).filter((k) => k[0] === "$" && k[1] === "t").length - 1}`].set(0, caller);
  return exports;
};
/** The JS import: records each call (so both sides' calls can be compared) and answers from both arguments. */
const envFor = (log) => ({ env: { note: (tag, v) => (log.push(`note ${tag} ${v}`), v * 3n + BigInt(tag)) } });

// ---- The app-like module. PAD makes a body a few hundred bytes, like the functions that move.
const pad = (local, type, seed) => Array.from({ length: 30 }, (_, k) =>
  `(local.set ${local} (${type}.add (local.get ${local}) (${type}.const ${seed * 1009 + k * 7919})))`).join("\n    ");
const APP = `(module
  (type $binop (func (param i32 i32) (result i32)))
  (import "env" "note" (func $note (param i32 i64) (result i64)))
  (memory (export "memory") 2)
  (global $sp (mut i32) (i32.const 65536))
  (global $data_end i32 (i32.const 1100))
  (export "sp" (global $sp))
  (export "__data_end" (global $data_end))
  (table $t0 6 6 funcref)
  (table $late 6 6 funcref) ;; written at run time (table 0 only ever by its element segments)
  (elem (i32.const 1) $vt_kept $vt_moved $vt3)
  (data (i32.const 1024) "\\2a\\00\\00\\00incident-navi")

  ;; The first screen's.
  (func $helper (param $a i32) (param $b i32) (result i32)
    (i32.add (i32.mul (local.get $a) (i32.const 31)) (local.get $b)))
  (func $add (export "add") (param i32 i32) (result i32)
    (call $helper (local.get 0) (local.get 1)))
  (func $dispatch (export "dispatch") (param $slot i32) (param $a i32) (param $b i32) (result i32)
    (call_indirect (type $binop) (local.get $a) (local.get $b) (local.get $slot)))
  (func $run (export "run") (param $n i32) (param $x i64) (result i64)
    (drop (call $note (i32.const 1) (local.get $x)))
    (if (result i64) (i32.eqz (local.get $n))
      (then (local.get $x))
      (else (call $heavy (local.get $n) (local.get $x) (f64.const 1.5)))))
  (func $via_ref (export "via_ref") (param i32 i32) (result i32)
    (table.set $late (i32.const 5) (ref.func $m_ref))
    (call_indirect $late (type $binop) (local.get 0) (local.get 1) (i32.const 5)))
  (func $vt_kept (type $binop)
    (i32.xor (local.get 0) (call $helper (local.get 1) (i32.const 7))))
  (func $pop (export "pop") (result i64)
    (local $at i32)
    (local.set $at (global.get $sp))
    (global.set $sp (i32.add (local.get $at) (i32.const 16)))
    (i64.add (i64.load offset=4 (local.get $at)) (i64.extend_i32_u (i32.load (local.get $at)))))
  (func $tiny (export "tiny") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 1)))

  ;; The rest.
  (func $vt_moved (type $binop)
    (local $acc i64) (local $k i32)
    (local.set $acc (i64.extend_i32_s (local.get 0)))
    ${pad("$acc", "i64", 1)}
    (call $deep (local.get $acc))
    (local.set $k)
    (local.set $acc)
    (i32.add (call $helper (local.get $k) (local.get 1)) (i32.wrap_i64 (local.get $acc))))
  (func $heavy (export "heavy") (param $n i32) (param $x i64) (param $y f64) (result i64)
    (local $acc i64) (local $i i32) (local $k i32)
    (local.set $acc (i64.add (local.get $x) (i64.trunc_f64_s (local.get $y))))
    (drop (call $note (i32.const 2) (local.get $acc)))
    (loop $again
      (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 6364136223846793005)) (i64.const 1442695040888963407)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $i) (local.get $n))))
    ${pad("$acc", "i64", 2)}
    (call $deep (local.get $acc))
    (local.set $k)
    (local.set $acc)
    (i64.add (local.get $acc) (i64.extend_i32_u (call $helper (local.get $k) (local.get $n)))))
  (func $deep (param $v i64) (result i64 i32)
    (local $acc i64)
    (local.set $acc (i64.rotl (local.get $v) (i64.const 13)))
    ${pad("$acc", "i64", 3)}
    (local.get $acc)
    (i32.wrap_i64 (i64.shr_u (local.get $acc) (i64.const 40))))
  (func $push (export "push") (param $a i32) (param $b i64) (result i32)
    (local $at i32) (local $acc i64)
    (local.set $at (i32.sub (global.get $sp) (i32.const 16)))
    (global.set $sp (local.get $at))
    (local.set $acc (local.get $b))
    ${pad("$acc", "i64", 4)}
    (i32.store (local.get $at) (i32.add (local.get $a) (i32.load (i32.const 1024))))
    (i64.store offset=4 (local.get $at) (local.get $acc))
    (memory.fill (i32.add (local.get $at) (i32.const 12)) (i32.const 0xab) (i32.const 4))
    (local.get $at))
  (func $m_ref (type $binop)
    (local $acc i32)
    (local.set $acc (local.get 1))
    ${pad("$acc", "i32", 5)}
    (i32.sub (call $vt_moved (local.get $acc) (local.get 0)) (i32.const 3)))
  (func $divide (export "divide") (param i32 i32) (result i32)
    (local $acc i32)
    ${pad("$acc", "i32", 6)}
    (i32.add (i32.div_s (local.get 0) (local.get 1)) (local.get $acc)))
  (func $pair (export "pair") (param $v i64) (param $k i32) (result i32 i64)
    (local $a i64) (local $b i32)
    (call $deep (i64.add (local.get $v) (i64.extend_i32_s (local.get $k))))
    (local.set $b)
    (local.set $a)
    ${pad("$a", "i64", 7)}
    (local.get $b)
    (local.get $a))
  (func $vt3 (export "vt3") (type $binop)
    (local $acc i32)
    (drop (call $note (i32.const 3) (i64.extend_i32_s (local.get 0))))
    ${pad("$acc", "i32", 8)}
    (i32.add (i32.mul (local.get 0) (local.get 1)) (local.get $acc)))

  ;; The runtime the glue calls (wasm-bindgen's allocator), off the profile, and its start.
  (func $malloc (export "__wbindgen_malloc") (param $size i32) (param $align i32) (result i32)
    (local $at i32) (local $acc i32)
    ${pad("$acc", "i32", 9)}
    (local.set $at (i32.and (i32.add (i32.load (i32.const 2048)) (i32.sub (local.get $align) (i32.const 1)))
      (i32.sub (i32.const 0) (local.get $align))))
    (if (i32.gt_u (i32.add (local.get $at) (local.get $size)) (i32.const 70000)) (then (call $grow_heap)))
    (i32.store (i32.const 2048) (i32.add (local.get $at) (local.get $size)))
    (local.get $at))
  (func $grow_heap
    (local $acc i64)
    ${pad("$acc", "i64", 10)}
    (drop (call $note (i32.const 4) (i64.extend_i32_s (memory.grow (i32.const 1))))))
  (func $start (export "__wbindgen_start")
    (local $acc i32)
    ${pad("$acc", "i32", 11)}
    (i32.store (i32.const 2048) (i32.add (i32.const 4096) (i32.and (local.get $acc) (i32.const 0)))))
)`;

// ---- callees and tableSlots, on bodies made to trip a reader that skips an immediate wrongly:
// constants and offsets whose bytes read as `call` (0x10) or `ref.func` (0xd2), and 200 functions
// so that most indices take two LEB bytes.
const many = Array.from({ length: 200 }, (_, k) => `(func $f${k} (type $binop) (local.get 0))`).join("\n  ");
const f32 = new DataView(new Uint8Array([0x10, 0x96, 0xd2, 0x10]).buffer).getFloat32(0, true);
const f64 = new DataView(new Uint8Array([0x10, 0x05, 0xd2, 0x82, 0x01, 0x10, 0x81, 0x40]).buffer).getFloat64(0, true);
const probesWith = (more) => `(module
  (type $binop (func (param i32 i32) (result i32)))
  (import "env" "imp" (func $imp (param i32) (result i32)))
  (memory 1)
  (data $d "\\10\\d2")
  (table $pad0 1 funcref) ;; table 0, which no body may write
  (table $t 4 funcref)
  ${Array.from({ length: 14 }, (_, k) => `(table $pad${k + 1} 1 funcref)`).join(" ")}
  (table $u 2 funcref) ;; table 16: its index's byte reads as a call
  (elem $e func $f0)
  ${many}
  (func $blocks (param $x i32) (result i32)
    (local $a i64) (local $b f32) (local $c f64) (local $r funcref)
    (block $b0
      (block $b1
        (block $b2
          (br_table $b0 $b1 $b2 $b1 (local.get $x)))
        (drop (call $f3 (i32.const 16) (i32.const 210))))
      (loop $top
        (br_if $top (i32.eqz (call $imp (i32.const -16))))
        (if (local.get $x)
          (then (drop (call $f20 (i32.const 0x10d2) (i32.const 1))))
          (else (drop (call $f150 (i32.const 1) (i32.const 2)))))))
    (block $m (result i32 i32) (i32.const 16) (i32.const 18))
    (i32.add))
  (func $labels (param $x i32)
    ${Array.from({ length: 17 }, (_, k) => `(block $L${k}`).join(" ")}
    (br_table $L16 $L15 $L0 (local.get $x))
    ${")".repeat(17)}
    (drop (call $f150 (i32.const 1) (i32.const 2))))
  (func $memory (param $x i32)
    (local $l i64)
    (i32.store offset=16 (i32.const 16) (i32.load8_u offset=210 (i32.const 0x10)))
    (i64.store offset=0x10d2 align=4 (local.get $x) (i64.const 0x10d210d210))
    (drop (memory.size))
    (drop (memory.grow (i32.const 0)))
    (memory.copy (i32.const 16) (i32.const 16) (i32.const 16))
    (memory.fill (i32.const 16) (i32.const 210) (i32.const 16))
    (memory.init $d (i32.const 16) (i32.const 0) (i32.const 2))
    (data.drop $d)
    (drop (f32.const ${f32.toPrecision(9)}))
    (drop (f64.const ${f64.toPrecision(17)}))
    (drop (call $f130 (i32.const 1) (i32.extend8_s (i32.trunc_sat_f32_s (f32.const 16)))))
    (drop (call $f5 (i32.const 2) (i32.const 3))))
  (func $refs (param $x i32) (result i32)
    (local $a i32) (local $b i64) ${Array.from({ length: 16 }, (_, k) => `(local $c${k} f32)`).join(" ")} (local $d f64)
    (drop (ref.func $f140))
    (drop (ref.is_null (ref.null func)))
    (drop (table.get $t (i32.const 1)))
    (table.set $u (i32.const 1) (ref.func $f199))
    (drop (table.size $u))
    (drop (table.grow $t (ref.null func) (i32.const 16)))
    (table.fill $t (i32.const 0) (ref.func $f63) (i32.const 1))
    (table.copy $t $u (i32.const 0) (i32.const 0) (i32.const 1))
    (table.init $u $e (i32.const 0) (i32.const 0) (i32.const 1))
    (elem.drop $e)
    (drop (select (result i32) (i32.const 16) (i32.const 210) (local.get $x)))
    (drop (select (i32.const 16) (i32.const 210) (local.get $x)))
    (call_indirect $u (type $binop) (call $f7 (i32.const 1) (i32.const 2)) (i32.const 16) (i32.const 0)))
  ${more}
)`;
// Tail calls: if this wasm-as cannot assemble them, the module is made without, and their test skipped.
const TAIL = `(func $tail (param i32) (result i32)
    (if (local.get 0) (then (return_call_indirect $u (type $binop) (i32.const 16) (i32.const 210) (i32.const 0))))
    (return_call $f199 (i32.const 16) (call $f9 (i32.const 0x10d2) (i32.const 2))))`;
// Table 0 from constant offsets, in the segment forms LLVM and binaryen write, and a declaration.
const SLOTS = `(module
  (table $t0 200 funcref)
  (elem (i32.const 1) $a $b $c)
  (elem (i32.const 100) $d $b)
  (elem declare func $g)
  (elem (table $t0) (i32.const 10) funcref (ref.func $h) (ref.null func) (ref.func $a))
  (func $a) (func $b) (func $c) (func $d) (func $g) (func $h)
  (func (drop (ref.func $g))))`;

// wasm-as takes a second a module (it compiles binaryen each time): three, not one a test.
const app = assemble(APP);
let tail = true, probes;
try { probes = assemble(probesWith(TAIL), ["--enable-tail-call"]); } catch { tail = false; probes = assemble(probesWith("")); }
const slotted = assemble(SLOTS);
const FIRST_SCREEN = ["helper", "add", "dispatch", "run", "via_ref", "vt_kept", "pop", "tiny"];
// Kept whatever the profile: the glue's runtime and what it calls.
const RUNTIME = ["malloc", "grow_heap"];
const firstScreen = (names) => new Set(names.map((n) => app.index[n]));
const DEFINED = Object.keys(app.index).filter((n) => n !== "note");
// Sanity: the names map to the module's functions (one import, then the text's order).
assert.equal(bodies(app.wasm).length, DEFINED.length);

// Every export, over the kept paths, the moved ones (direct, through table 0, through a ref.func
// put in the table at run time, with several results), and traps.
const CALLS = [
  ["add", 3, 4], ["dispatch", 1, 5, 6], ["run", 0, 9n], ["tiny", 41], ["pop"],
  ["dispatch", 2, 5, 6], ["dispatch", 3, -7, 3], ["run", 3, -5n], ["heavy", 2, 2n ** 40n, -3.75],
  ["push", 7, -1n], ["push", -2, 2n ** 62n], ["pop"], ["via_ref", 10, 20], ["dispatch", 5, 1, 2],
  ["divide", 7, 0], ["divide", -2147483648, -1], ["divide", 100, 7], ["pair", 123n, -9],
  ["vt3", 6, 7], ["dispatch", 4, 1, 1], ["dispatch", 9, 1, 1], ["push", 1, 1n], ["run", 1, 2n ** 63n - 1n],
  ["__wbindgen_malloc", 100, 8], ["__wbindgen_start"], ["__wbindgen_malloc", 70000, 16], ["__wbindgen_malloc", 3, 4],
];
const outcome = (f, args) => {
  try { return { value: f(...args) }; } catch (e) { return { error: `${e.constructor.name}: ${e.message}` }; }
};
/** The whole module's answer to one call on a fresh instance. */
const sameAs = (name, ...args) => new WebAssembly.Instance(new WebAssembly.Module(app.wasm), envFor([])).exports[name](...args);
/** Runs `calls` on the whole module and on the split pair; asserts each answer and state agree. */
const sameAnswers = (pair, calls, what) => {
  const wholeLog = [], splitLog = [];
  const whole = new WebAssembly.Instance(new WebAssembly.Module(app.wasm), envFor(wholeLog)).exports;
  const parts = loadPair(pair, envFor(splitLog), splitLog);
  for (const [name, ...args] of calls) {
    const at = `${what}: ${name}(${args.join(", ")})`;
    assert.deepEqual(outcome(parts[name], args), outcome(whole[name], args), at);
    assert.deepEqual(splitLog.filter((l) => l !== "load"), wholeLog, `${at}: the JS import's calls`);
    assert.equal(parts.sp.value, whole.sp.value, `${at}: the stack pointer`);
    assert.ok(Buffer.from(parts.memory.buffer).equals(Buffer.from(whole.memory.buffer)), `${at}: the memory`);
  }
};

test("every export of the split pair answers as the whole module does, memory, globals and JS calls included", () => {
  const splits = {
    "the first screen kept": split(app.wasm, firstScreen(FIRST_SCREEN)),
    "nothing kept": split(app.wasm, new Set()),
    "all but two kept": split(app.wasm, firstScreen(DEFINED.filter((n) => n !== "heavy" && n !== "deep"))),
    "small ones kept whatever the profile": split(app.wasm, firstScreen(["run"]), { keepBelow: 100 }),
  };
  // Each order starts the secondary at a different call: a kept path first, a moved export
  // first, a trap in a moved function first.
  const orders = { "in order": CALLS, reversed: [...CALLS].reverse(), "a trap first": [["divide", 1, 0], ...CALLS] };
  for (const [what, pair] of Object.entries(splits)) {
    assert.ok(pair.moved > 0 && pair.secondary.length > 0, `${what}: something moved`);
    for (const [order, calls] of Object.entries(orders)) sameAnswers(pair, calls, `${what}, ${order}`);
  }
});

test("the secondary starts once, at the first call that reaches a moved function, and not before", () => {
  const pair = split(app.wasm, firstScreen(FIRST_SCREEN));
  const fresh = () => {
    const log = [];
    return { log, exports: loadPair(pair, envFor(log), log), loads: () => log.filter((l) => l === "load").length };
  };
  // The first screen's paths, table 0's kept vtable included, never start it.
  const kept = fresh();
  assert.equal(kept.loads(), 0, "not at instantiation");
  kept.exports.add(1, 2);
  kept.exports.dispatch(1, 3, 4);
  kept.exports.run(0, 5n);
  kept.exports.tiny(1);
  kept.exports.pop();
  kept.exports.__wbindgen_malloc(70000, 8); // the heap grows: a path no profile took
  assert.equal(kept.loads(), 0, "not on the kept paths");
  // A call_indirect through table 0 to a moved function starts it, once.
  assert.equal(kept.exports.dispatch(2, 3, 4), sameAs("dispatch", 2, 3, 4));
  assert.equal(kept.loads(), 1);
  for (const [name, ...args] of CALLS) outcome(kept.exports[name], args);
  assert.equal(kept.loads(), 1, "later calls do not start it again");

  // A kept function's direct call: the load comes between the kept code's JS call and the moved one's.
  const direct = fresh();
  assert.equal(direct.exports.run(2, 7n), sameAs("run", 2, 7n));
  assert.deepEqual(direct.log.map((l) => l.split(" ")[0] === "note" ? l.split(" ").slice(0, 2).join(" ") : l), ["note 1", "load", "note 2"]);
  direct.exports.run(2, 7n);
  direct.exports.heavy(1, 1n, 1);
  assert.equal(direct.loads(), 1);

  // A moved export called from JS, one in table 0 and exported, a ref.func of a moved one.
  for (const [name, ...args] of [["heavy", 1, 2n, 3.5], ["push", 1, 2n], ["vt3", 2, 3], ["via_ref", 4, 5], ["pair", 1n, 2]]) {
    const one = fresh();
    assert.deepEqual(one.exports[name](...args), sameAs(name, ...args), name);
    assert.equal(one.loads(), 1, `${name} started it`);
    one.exports[name](...args);
    assert.equal(one.loads(), 1, `${name}'s second call did not`);
  }
});

test("both modules validate and keep every index; an unreached moved function is `unreachable` in the primary", () => {
  const { primary, secondary, moved, kept } = split(app.wasm, firstScreen(FIRST_SCREEN));
  assert.ok(WebAssembly.validate(primary), "the primary validates");
  assert.ok(WebAssembly.validate(secondary), "the secondary validates");
  assert.equal(kept, FIRST_SCREEN.length + RUNTIME.length);
  assert.equal(moved, DEFINED.length - kept);
  // The same types at the same indices, then the dispatchers' and the load table's.
  const types = typeEntries(app.wasm);
  assert.deepEqual(typeEntries(primary).slice(0, types.length), types);
  assert.deepEqual(typeEntries(secondary), types);
  // Every function at its index with its type: the primary's new ones come after.
  const functions = functionTypes(app.wasm);
  assert.ok(functionTypes(primary).length >= functions.length);
  assert.deepEqual(functionTypes(primary).slice(0, functions.length), functions);
  assert.deepEqual(functionTypes(secondary), functions);
  const whole = bodies(app.wasm), first = bodies(primary), rest = bodies(secondary);
  const at = (n) => app.index[n] - 1;
  for (const n of [...FIRST_SCREEN, ...RUNTIME]) assert.deepEqual(first[at(n)], whole[at(n)], `${n} kept as it is`);
  for (const n of DEFINED) assert.deepEqual(rest[at(n)], whole[at(n)], `${n}'s body in the secondary`);
  // `deep` is called only by moved functions: nothing in the primary reaches it.
  assert.deepEqual([...first[at("deep")]], [0x00, 0x00, 0x0b]);
  // The ones the primary reaches (exported, in table 0, called or ref.func'd by kept code) are stubs.
  for (const n of ["vt_moved", "heavy", "push", "m_ref", "divide", "pair", "vt3", "start"]) {
    assert.ok(first[at(n)].length < 16 && whole[at(n)].length > 200, `${n}: a ${first[at(n)].length}-byte stub`);
  }
  assert.ok(primary.length < app.wasm.length - 1000, `primary ${primary.length} bytes, whole ${app.wasm.length}`);
});

test("the runtime the glue calls, and all it calls, stays in the primary whatever the profile; its start does not", () => {
  const { primary } = split(app.wasm, new Set());
  const whole = bodies(app.wasm), first = bodies(primary);
  const at = (n) => app.index[n] - 1;
  for (const n of RUNTIME) assert.deepEqual(first[at(n)], whole[at(n)], n);
  assert.ok(first[at("start")].length < 16, "__wbindgen_start runs once, at the start: it may move");
});

test("a function smaller than keepBelow stays in the primary even off the first screen", () => {
  const i = app.index.tiny - 1;
  const size = bodies(app.wasm)[i].length;
  const moves = split(app.wasm, firstScreen(["run"]), { keepBelow: size });
  const stays = split(app.wasm, firstScreen(["run"]), { keepBelow: size + 1 });
  assert.notDeepEqual(bodies(moves.primary)[i], bodies(app.wasm)[i], "at its own size it moves");
  assert.deepEqual(bodies(stays.primary)[i], bodies(app.wasm)[i], "one byte above, it stays");
  assert.equal(stays.moved, moves.moved - 1);
  assert.equal(stays.moved + stays.kept, DEFINED.length);
});

test("with nothing to move, the split gives the module itself and an empty secondary", () => {
  for (const [hot, keepBelow] of [[firstScreen(DEFINED), 0], [new Set(), Infinity], [firstScreen(FIRST_SCREEN), 1e6]]) {
    const out = split(app.wasm, hot, { keepBelow });
    assert.equal(out.primary, app.wasm, "the same bytes, not a copy");
    assert.equal(out.secondary.length, 0);
    assert.equal(out.moved, 0);
    assert.equal(out.kept, DEFINED.length);
  }
});

test("callees finds call and ref.func targets across blocks, br_table, memory, bulk memory and table instructions", () => {
  const { wasm, index } = probes;
  const body = (n) => bodies(wasm)[index[n] - 1];
  const names = (n) => [...callees(body(n))].sort((a, b) => a - b);
  const ids = (...ns) => ns.map((n) => index[n]).sort((a, b) => a - b);
  assert.deepEqual(names("blocks"), ids("f3", "imp", "f20", "f150"));
  assert.deepEqual(names("labels"), ids("f150"));
  assert.deepEqual(names("memory"), ids("f130", "f5"));
  assert.deepEqual(names("refs"), ids("f140", "f199", "f63", "f7"));
  assert.deepEqual(names("f9"), []);
  // The decoys are there as written: floats, a table index, a local count and a label whose bytes
  // read as call (0x10) or ref.func (0xd2).
  assert.ok(body("memory").includes(Buffer.from([0x43, 0x10, 0x96, 0xd2, 0x10])));
  assert.ok(body("memory").includes(Buffer.from([0x44, 0x10, 0x05, 0xd2, 0x82, 0x01, 0x10, 0x81, 0x40])));
  assert.ok(body("blocks").includes(Buffer.from([0x0e, 0x03])), "a br_table of three labels and a default");
  assert.ok(body("refs").includes(Buffer.from([0xfc, 0x0e, 0x01, 0x10])), "table.copy from table 16");
  assert.deepEqual([...body("refs").subarray(0, 9)], [4, 1, 0x7f, 1, 0x7e, 16, 0x7d, 1, 0x7c], "16 locals of a type: 0x10 again");
  assert.ok(body("labels").includes(Buffer.from([0x0e, 0x02, 0x00, 0x01, 0x10, 0x0b])), "a default label 16 deep: 0x10, a call's opcode");
});

test("callees finds return_call targets (tail calls)", (t) => {
  if (!tail) return t.skip("wasm-as cannot assemble tail calls");
  const got = [...callees(bodies(probes.wasm)[probes.index.tail - 1])].sort((a, b) => a - b);
  assert.deepEqual(got, [probes.index.f9, probes.index.f199]);
});

test("callees throws on an instruction it does not read, rather than guess", () => {
  const v128 = [0xfd, 0x0c, ...Array(16).fill(0x10)]; // v128.const (SIMD)
  assert.throws(() => callees(Buffer.from([0x00, ...v128, 0x1a, 0x0b])), /0xfd/);
  assert.throws(() => callees(Buffer.from([0x01, 0x02, 0x7f, 0x06, 0x40, 0x0b, 0x0b])), /0x6/, "try (exceptions), after locals");
  assert.throws(() => callees(Buffer.from([0x00, 0xfc, 0x12, 0x0b])), /0xfc 18/, "a bulk instruction past table.fill");
});

test("tableSlots gives each function's first slot in table 0, from constant offsets only", () => {
  const { wasm, index } = slotted;
  const slots = tableSlots(sectionBody(wasm, 9));
  // $b keeps its first slot; $g is only declared; 100 is a two-byte signed LEB.
  assert.deepEqual(slots, new Map([[index.a, 1], [index.b, 2], [index.c, 3], [index.d, 100], [index.h, 10]]));
  assert.deepEqual(tableSlots(Buffer.alloc(0)), new Map());
  // The segment forms it takes, written by hand: 0 (table 0, indices), 2 (table 0 named, kind,
  // indices), 4 (table 0, expressions), 6 (table 0 named, type, expressions), 3 and 7 (declared).
  const taken = Buffer.from([
    6,
    0x00, 0x41, 0x05, 0x0b, 2, 20, 21,
    0x02, 0x00, 0x41, 0xc0, 0x00, 0x0b, 0x00, 1, 22, // at 64
    0x04, 0x41, 0x08, 0x0b, 2, 0xd2, 24, 0x0b, 0xd0, 0x70, 0x0b,
    0x06, 0x00, 0x41, 0x0a, 0x0b, 0x70, 2, 0xd0, 0x70, 0x0b, 0xd2, 0x98, 0x01, 0x0b, // 152 at 11
    0x03, 0x00, 1, 26,
    0x07, 0x70, 1, 0xd2, 27, 0x0b,
  ]);
  assert.deepEqual(tableSlots(taken), new Map([[20, 5], [21, 6], [22, 64], [24, 8], [152, 11]]));
});

test("a module the split cannot follow is refused at the build, never split wrong", () => {
  // Element segments that put functions where the stubs do not look, or write a slot twice.
  for (const [segment, why] of [
    [[0x02, 0x01, 0x41, 0x00, 0x0b, 0x00, 1, 23], /table other than 0/],
    [[0x00, 0x23, 0x00, 0x0b, 1, 23], /not a constant/],
    [[0x01, 0x00, 1, 25], /passive/],
    [[0x05, 0x70, 1, 0xd2, 27, 0x0b], /passive/],
  ]) assert.throws(() => tableSlots(Buffer.from([1, ...segment])), why);
  assert.throws(() => tableSlots(Buffer.from([2, 0x00, 0x41, 0x01, 0x0b, 2, 5, 6, 0x00, 0x41, 0x02, 0x0b, 1, 7])), /slot 2 is written twice/);
  // A body that writes table 0 (the secondary writes it again from the element segments).
  for (const [op, why] of [[[0x41, 0x00, 0xd0, 0x70, 0x26, 0x00], /table.set/], [[0xd0, 0x70, 0x41, 0x01, 0xfc, 0x0f, 0x00, 0x1a], /table.grow/]]) {
    assert.throws(() => callees(Buffer.from([0x00, ...op, 0x0b])), why);
  }
  // Passive data (memory.init would need it in both modules), a global holding a function, no table.
  const refused = (wat, why) => assert.throws(() => split(assemble(wat).wasm, new Set()), why);
  refused(`(module (memory 1) (table 1 funcref) (global (mut i32) (i32.const 0)) (data $d "x")
    (func (export "f") (memory.init $d (i32.const 0) (i32.const 0) (i32.const 1))))`, /passive data/);
  refused(`(module (table 1 funcref) (memory 1) (global funcref (ref.func $f)) (elem declare func $f)
    (func $f (export "f")))`, /holds a function/);
  refused(`(module (memory 1) (global (mut i32) (i32.const 0)) (func (export "f")))`, /no table/);
});

test("the start function stays in the primary, whatever the profile", () => {
  const { wasm } = assemble(`(module (memory (export "memory") 1) (table 1 funcref)
    (global $g (mut i32) (i32.const 0))
    (func $start (global.set $g (i32.add (global.get $g) (i32.const 7))) ${"(nop)".repeat(500)})
    (func $other (export "other") (result i32) (global.get $g) ${"(nop)".repeat(500)})
    (start $start))`);
  const { primary, kept } = split(wasm, new Set());
  assert.equal(kept, 1, "the start function only");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(primary), {});
  assert.equal(instance.exports.$g0.value, 7, "it ran, whole, at instantiation");
});
