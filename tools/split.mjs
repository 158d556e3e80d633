// Splits the app's wasm in two, so the first screen waits only for the part it runs (DEVELOPERS.md:
// "load it lazily: decode a part only when first used"). The primary module is the whole module
// with the body of every function the first screen does not run (the profile: tools/profile.mjs)
// replaced by a stub; the secondary holds those bodies. The loader unpacks and starts the primary;
// the secondary is the packed stream's last part, unpacked and started by the first stub called
// (or just after the first screen is on screen, whichever comes first).
//
// No function, global, table or type changes its index, so no body is rewritten (split's own
// comment has the details). What it takes of the module, and refuses otherwise (the build fails,
// it never makes a split that could go wrong): table 0 written only by active element segments at
// constant offsets, none overlapping (no body writes it); no passive data (memory.init); no global
// made from a function. The start function, if any, stays in the primary.

/** A wasm module's sections, in order: { id, body } (body without its size). */
export function sections(bytes) {
  const out = [];
  let p = 8;
  const reader = leb(bytes);
  while (p < bytes.length) {
    const id = bytes[p++];
    const [size, at] = reader(p);
    out.push({ id, body: bytes.subarray(at, at + size) });
    p = at + size;
  }
  return out;
}

/** An unsigned LEB128 reader over `bytes`: (position) → [value, position after]. */
const leb = (bytes) => (p) => {
  let value = 0, shift = 0, b;
  do {
    b = bytes[p++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, p];
};
/** Unsigned LEB128. */
export const uleb = (n) => {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
/** Signed LEB128 of a non-negative number below 2^31 (an i32.const). */
const sleb = (n) => {
  const out = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if (n === 0 && !(b & 0x40)) return out.push(b), out;
    out.push(b | 0x80);
  }
};
const name = (s) => [...uleb(Buffer.byteLength(s)), ...Buffer.from(s)];
// Sections and vectors as Buffers (a code section is too long to spread into an array).
const bytes = (x) => (Buffer.isBuffer(x) ? x : Buffer.from(x));
const vec = (items) => Buffer.concat([bytes(uleb(items.length)), ...items.map(bytes)]);
const section = (id, body) => Buffer.concat([bytes([id, ...uleb(body.length)]), bytes(body)]);

/** Reads what the split needs to know of a module. */
function read(bytes) {
  const all = sections(bytes);
  const of = (id) => all.find((s) => s.id === id)?.body ?? Buffer.alloc(0);
  const entries = (body, each) => {
    const r = leb(body);
    let [n, p] = body.length ? r(0) : [0, 0];
    const out = [];
    for (let i = 0; i < n; i++) {
      const start = p;
      p = each(body, p, r);
      out.push(body.subarray(start, p));
    }
    return out;
  };
  const skipConst = (body, p, r) => {
    // A constant expression: one instruction with an immediate, then `end`.
    const op = body[p++];
    if (op === 0x41 || op === 0x42 || op === 0x23) p = r(p)[1];
    else if (op === 0xd0) p++;
    else if (op === 0xd2) p = r(p)[1];
    else throw new Error(`split: constant expression 0x${op.toString(16)} not read`);
    if (body[p++] !== 0x0b) throw new Error("split: constant expression longer than one instruction");
    return p;
  };
  const types = entries(of(1), (b, p, r) => {
    if (b[p++] !== 0x60) throw new Error("split: a type that is not a function type");
    for (let k = 0; k < 2; k++) {
      const [n, q] = r(p);
      p = q + n;
    }
    return p;
  });
  const imports = entries(of(2), (b, p, r) => {
    for (let k = 0; k < 2; k++) {
      const [n, q] = r(p);
      p = q + n;
    }
    const kind = b[p++];
    if (kind !== 0) throw new Error("split: the module imports something other than functions");
    return r(p)[1];
  });
  const functions = [];
  {
    const body = of(3), r = leb(body);
    let [n, p] = r(0);
    for (let i = 0; i < n; i++) {
      const [t, q] = r(p);
      functions.push(t);
      p = q;
    }
  }
  const tables = entries(of(4), (b, p, r) => {
    p++; // reference type
    const flags = b[p++];
    p = r(p)[1];
    return flags & 1 ? r(p)[1] : p;
  });
  const memory = entries(of(5), (b, p, r) => {
    const flags = b[p++];
    p = r(p)[1];
    return flags & 1 ? r(p)[1] : p;
  });
  const globals = entries(of(6), (b, p, r) => {
    if (b[p + 2] === 0xd2) throw new Error("split: a global holds a function (ref.func): not split");
    return skipConst(b, p + 2, r);
  });
  // Passive data (for memory.init) would have to be in both modules.
  entries(of(11), (b, p, r) => {
    const flags = b[p++];
    if (flags & 1) throw new Error("split: passive data segments (memory.init): not split");
    if (flags & 2) p = r(p)[1];
    p = skipConst(b, p, r);
    const [n, q] = r(p);
    return q + n;
  });
  // Each body without its size.
  const codes = entries(of(10), (b, p, r) => {
    const [n, q] = r(p);
    return q + n;
  }).map((entry) => entry.subarray(leb(entry)(0)[1]));
  if (memory.length !== 1) throw new Error("split: expected one memory");
  if (codes.length !== functions.length) throw new Error("split: function and code sections disagree");
  return { all, types, imports, functions, tables, memory, globals, codes, of };
}

/** The number of parameters of a function type's entry (0x60, params, results). */
const params = (type) => leb(type)(1)[0];

/** The table-0 slot of each function an element section puts there at a constant offset (its
 *  first, when it is put in more than one). */
export function tableSlots(body) {
  const out = new Map();
  if (!body.length) return out;
  const r = leb(body);
  let p = 0;
  const u = () => { const [v, q] = r(p); p = q; return v; };
  const written = new Set();
  const n = u();
  for (let i = 0; i < n; i++) {
    const flags = u();
    // Active on table 0 at a constant offset (flags 0, 2, 4, 6 with table 0), or declarative (3, 7):
    // anything else puts functions where the split does not follow them.
    let offset = null;
    if (!(flags & 1)) {
      if ((flags & 2) && u() !== 0) throw new Error("split: an element segment for a table other than 0");
      if (body[p++] !== 0x41) throw new Error("split: an element segment at an offset that is not a constant");
      offset = u();
      p++; // end
    } else if (!(flags & 2)) throw new Error("split: a passive element segment (table.init)");
    if (flags & 3) p++;
    const count = u();
    for (let k = 0; k < count; k++) {
      let f = null;
      if (flags & 4) {
        const op = body[p++];
        if (op === 0xd2) f = u(); else if (op === 0xd0) p++; else u();
        p++;
      } else f = u();
      if (offset === null) continue;
      if (written.has(offset + k)) throw new Error(`split: table 0's slot ${offset + k} is written twice`);
      written.add(offset + k);
      if (f !== null && !out.has(f)) out.set(f, offset + k);
    }
  }
  return out;
}

/**
 * Splits `wasm` so that the defined functions whose index (in the function index space, imports
 * first) is in `firstScreen` stay in the primary module, and the others move to the secondary.
 * Returns both modules and how many functions each defines for real.
 *
 * The secondary holds every body (the kept ones are copies, which LZMA packs as matches of the
 * primary's) and the module's element segments again, so once it is started every call through a
 * table runs its code. A moved function the primary can reach is a stub there: one in a table
 * calls through that table at its own slot; one called directly, or exported, through the new
 * table `split`; both first start the secondary if the global `loaded` says it is not. Any other
 * moved function is an `unreachable` body there: it costs the packed file nothing.
 */
export function split(wasm, firstScreen, { keepBelow = 0 } = {}) {
  const m = read(wasm);
  const I = m.imports.length;
  const T = m.types.length;
  const TT = m.tables.length;
  const G = m.globals.length;
  const D = m.functions.length;
  const [SPLIT, LOAD] = [TT, TT + 1];
  // Each moved function costs the packed file a few bytes whatever its size (a stub when the
  // primary reaches it, and a break in the secondary's copies of the kept bodies, which LZMA packs
  // as matches of the primary's): one smaller than `keepBelow` bytes stays in the primary. At 400
  // bytes, 2.6 KB of the file moves 351 KB of the 987 KB out of the first screen's way; with no
  // such floor, 11 KB moved 470 KB (tools/split.mjs, 2026-12-03).
  if (!m.tables.length) throw new Error("split: the module has no table section (the split adds its tables after them)");
  const hot = new Set(firstScreen);
  for (let i = 0; i < D; i++) if (m.codes[i].length < keepBelow) hot.add(I + i);
  // The start function runs at instantiation, before any loader could start the secondary.
  const start = m.of(8);
  if (start.length) hot.add(leb(start)(0)[0]);
  // The runtime the glue calls at any moment (the allocator, the externref table), and all it
  // calls: a path of it no profile took (the heap growing for a larger stored record) must not
  // wait for the secondary.
  const runtime = [...namedExports(m.of(7))].filter(([n]) => /^__(wbindgen|externref)_/.test(n) && n !== "__wbindgen_start").map(([, f]) => f);
  for (const seen = new Set(runtime), queue = [...runtime]; queue.length; ) {
    const f = queue.pop();
    if (f < I) continue;
    hot.add(f);
    for (const c of callees(m.codes[f - I])) if (!seen.has(c)) seen.add(c), queue.push(c);
  }
  const defined = m.functions.map((type, i) => ({ index: I + i, type, body: m.codes[i] }));
  const moved = defined.filter((f) => !hot.has(f.index));
  const kept = defined.filter((f) => hot.has(f.index));
  // Nothing to move (a page whose first screen runs it all): the module as it is.
  if (!moved.length) return { primary: wasm, secondary: Buffer.alloc(0), moved: 0, kept: kept.length };
  const inTable = tableSlots(m.of(9));
  const reachable = exportedFunctions(m.of(7));
  for (const f of kept) for (const c of callees(f.body)) reachable.add(c);
  const direct = moved.filter((f) => !inTable.has(f.index) && reachable.has(f.index));
  const slot = new Map(direct.map((f, k) => [f.index, k]));
  const funcTable = (n) => [0x70, 0x01, ...uleb(n), ...uleb(n)];
  const code = (body) => Buffer.concat([bytes(uleb(body.length)), bytes(body)]);
  const unreachable = code([0x00, 0x00, 0x0b]);
  const gets = (n) => Array.from({ length: n }, (_, k) => [0x20, ...uleb(k)]).flat();
  const typeOf = (t) => {
    const body = m.types[t], r = leb(body);
    const [np, q] = r(1);
    const [nr, q2] = r(q + np);
    return { params: [...body.subarray(q, q + np)], results: [...body.subarray(q2, q2 + nr)] };
  };

  // ---- The primary. A dispatcher for each (type, table) a stub needs: the type's parameters and
  // the slot; new functions after the others, with new types.
  const stubbed = moved.filter((f) => inTable.has(f.index) || slot.has(f.index));
  const key = (f) => `${f.type} ${inTable.has(f.index) ? 0 : SPLIT}`;
  const dispatchers = [...new Set(stubbed.map(key))].map((k) => k.split(" ").map(Number));
  const dispatcherOf = new Map(dispatchers.map(([t, table], k) => [`${t} ${table}`, I + D + k]));
  const dispatchTypes = [...new Set(dispatchers.map(([t]) => t))];
  const dispatchType = new Map(dispatchTypes.map((t, k) => [t, T + k]));
  const newTypes = dispatchTypes.map((t) => {
    const { params, results } = typeOf(t);
    return [0x60, ...uleb(params.length + 1), ...params, 0x7f, ...uleb(results.length), ...results];
  });
  const VOID = T + newTypes.length;
  const dispatchBody = ([t, table]) => {
    const n = typeOf(t).params.length;
    return code([
      0x00,
      0x23, ...uleb(G), 0x45, // the secondary not started yet?
      0x04, 0x40, 0x41, 0x00, 0x11, ...uleb(VOID), ...uleb(LOAD), 0x0b, // then start it
      ...gets(n), 0x20, ...uleb(n), 0x11, ...uleb(t), ...uleb(table),
      0x0b,
    ]);
  };
  const primaryCodes = defined.map((f) => {
    if (hot.has(f.index)) return code(f.body);
    const at = inTable.has(f.index) ? inTable.get(f.index) : slot.get(f.index);
    if (at === undefined) return unreachable;
    return code([0x00, ...gets(typeOf(f.type).params.length), 0x41, ...sleb(at), 0x10, ...uleb(dispatcherOf.get(key(f))), 0x0b]);
  });
  const exportsBody = m.of(7);
  const [exportCount, exportsAt] = leb(exportsBody)(0);
  const extraExports = [
    ...[...Array(G).keys()].map((g) => [...name(`$g${g}`), 0x03, ...uleb(g)]),
    [...name("$l"), 0x03, ...uleb(G)],
    ...[...Array(TT + 2).keys()].map((t) => [...name(`$t${t}`), 0x01, ...uleb(t)]),
  ];
  if (!m.all.some((s) => s.id === 6)) throw new Error("split: the module has no globals (the split adds one after them)");
  const primary = [bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])];
  for (const { id, body } of m.all) {
    if (id === 1) primary.push(section(1, vec([...m.types, ...newTypes, [0x60, 0x00, 0x00]])));
    else if (id === 3) primary.push(section(3, vec([...m.functions, ...dispatchers.map(([t]) => dispatchType.get(t))].map((t) => uleb(t)))));
    else if (id === 4) primary.push(section(4, vec([...m.tables, funcTable(direct.length), funcTable(1)])));
    else if (id === 6) primary.push(section(6, vec([...m.globals, [0x7f, 0x01, 0x41, 0x00, 0x0b]])));
    else if (id === 7) primary.push(section(7, Buffer.concat([bytes(uleb(exportCount + extraExports.length)), exportsBody.subarray(exportsAt), ...extraExports.map(bytes)])));
    else if (id === 10) primary.push(section(10, vec([...primaryCodes, ...dispatchers.map(dispatchBody)])));
    else if (id === 0) continue; // names and producers: not needed
    else primary.push(section(id, body));
  }

  // ---- The secondary: the same types and JS imports; the primary's memory, globals and tables
  // imported at their indices; every body; the element segments again, and `split`'s.
  const secondaryImports = [
    ...m.imports,
    ...m.globals.map((g, k) => [...name("p"), ...name(`$g${k}`), 0x03, g[0], g[1]]),
    [...name("p"), ...name("memory"), 0x02, ...m.memory[0]],
    ...m.tables.map((t, k) => [...name("p"), ...name(`$t${k}`), 0x01, ...t]),
    [...name("p"), ...name(`$t${SPLIT}`), 0x01, ...funcTable(direct.length)],
  ];
  const elemBody = m.of(9);
  const [elemCount, elemAt] = elemBody.length ? leb(elemBody)(0) : [0, 0];
  const splitSegment = Buffer.concat([bytes([0x02, ...uleb(SPLIT), 0x41, 0x00, 0x0b, 0x00]), vec(direct.map((f) => uleb(f.index)))]);
  const secondary = Buffer.concat([
    bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
    section(1, vec(m.types)),
    section(2, vec(secondaryImports)),
    section(3, vec(m.functions.map((t) => uleb(t)))),
    section(9, Buffer.concat([bytes(uleb(elemCount + 1)), elemBody.subarray(elemAt), splitSegment])),
    section(10, vec(m.codes.map(code))),
  ]);
  return { primary: Buffer.concat(primary), secondary, moved: moved.length, kept: kept.length };
}

/**
 * The functions a body calls directly (`call`, `return_call`) or names (`ref.func`): a walk over
 * its instructions that skips each one's immediates. The instructions of the features the app is
 * built with (MVP, sign-ext, bulk memory, reference types, multi-value, saturating conversions);
 * any other opcode is an error, so a new feature fails the build rather than the split.
 */
export function callees(body) {
  const out = new Set();
  const r = leb(body);
  // The locals: count of (count, type) pairs.
  let [groups, p] = r(0);
  for (let g = 0; g < groups; g++) p = r(p)[1] + 1;
  const u = () => { const [v, q] = r(p); p = q; return v; };
  const s = () => { while (body[p++] & 0x80); }; // a signed LEB, skipped
  while (p < body.length) {
    const op = body[p++];
    if (op === 0x02 || op === 0x03 || op === 0x04) {
      // A block type: empty (0x40), a value type (one byte), or a type index (a signed LEB).
      const t = body[p];
      if (t === 0x40 || (t >= 0x6f && t <= 0x7f)) p++; else s();
    } else if (op === 0x0c || op === 0x0d) u();
    else if (op === 0x0e) { const n = u(); for (let i = 0; i <= n; i++) u(); }
    else if (op === 0x10 || op === 0x12) out.add(u());
    else if (op === 0x11 || op === 0x13) { u(); u(); }
    else if (op === 0x1c) { const n = u(); p += n; }
    else if (op === 0x26) { if (u() === 0) throw new Error("split: a body writes table 0 (table.set)"); }
    else if (op >= 0x20 && op <= 0x25) u();
    else if (op >= 0x28 && op <= 0x3e) { u(); u(); }
    else if (op === 0x3f || op === 0x40) p++;
    else if (op === 0x41 || op === 0x42) s();
    else if (op === 0x43) p += 4;
    else if (op === 0x44) p += 8;
    else if (op === 0xd0) p++;
    else if (op === 0xd2) out.add(u());
    else if (op === 0xfc) {
      const sub = u();
      if (sub <= 7) { /* saturating conversions */ }
      else if (sub === 12) { u(); if (u() === 0) throw new Error("split: a body writes table 0 (table.init)"); }
      else if (sub === 14) { if (u() === 0) throw new Error("split: a body writes table 0 (table.copy)"); u(); }
      else if (sub === 8) { u(); u(); }
      else if (sub === 10) { p += 2; }
      else if (sub === 15 || sub === 17) { if (u() === 0) throw new Error("split: a body writes table 0 (table.grow, table.fill)"); }
      else if (sub === 9 || sub === 11 || sub === 13 || sub === 16) u();
      else throw new Error(`split: instruction 0xfc ${sub} not read`);
    } else if ((op >= 0x45 && op <= 0xc4) || op === 0x00 || op === 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x1a || op === 0x1b || op === 0xd1) {
      // no immediates
    } else throw new Error(`split: opcode 0x${op.toString(16)} not read`);
  }
  return out;
}

/** The functions a module exports, by name. */
export function namedExports(body) {
  const out = new Map();
  const r = leb(body);
  let [n, p] = r(0);
  for (let i = 0; i < n; i++) {
    const [len, q] = r(p);
    const kind = body[q + len];
    const [index, after] = r(q + len + 1);
    if (kind === 0) out.set(body.subarray(q, q + len).toString("utf8"), index);
    p = after;
  }
  return out;
}

/** The functions a module exports. */
export function exportedFunctions(body) {
  return new Set(namedExports(body).values());
}
