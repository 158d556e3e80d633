// The LZMA decoder in plain JavaScript, for the one case the wasm decoder (tools/unlzma) cannot
// serve: a browser without WebAssembly (JIT turned off by a policy), or a damaged copy. The loader
// holds this function's own source and runs it only then, to take the manual's guide out of the
// packed block: the guide is the first part of the same LZMA stream as the app, so only it is
// decoded here (70 KB; the whole stream took 1.2 s in V8's interpreter), and it costs about 4 KB
// of the file (the wasm's data section, which holds the same words, packs against it) where gzip
// of its own took 15 KB. A port of tools/unlzma/src/lib.rs (the LZMA SDK's LzmaSpec.cpp): the same
// states and probabilities; damaged input ends early (the caller checks the length).

/** Decodes the LZMA "alone" stream `input` (a Uint8Array) into at most `length` bytes; returns them
 *  (fewer when the stream is damaged). Interpreted JS (no JIT) decodes the whole app in about a
 *  second on this machine: only ever run when nothing faster can. */
export function unlzma(input, length) {
  const out = new Uint8Array(length);
  const props = input[0];
  const lc = props % 9, lp = ((props / 9) | 0) % 5, pb = (props / 45) | 0;
  if (!(lc + lp <= 4 && pb <= 4 && input.length >= 18)) return out.subarray(0, 0);
  // The probabilities, in the order of tools/unlzma: is_match 0, is_rep 192, rep_g0 204, rep_g1 216,
  // rep_g2 228, rep0_long 240, slot 432, dist 688, align 803, len 819, rep_len 1333, literals 1847.
  const p = new Uint16Array(1847 + (0x300 << (lc + lp))).fill(1024);
  let at = 14, range = -1 >>> 0, code = 0;
  const next = () => (at < input.length ? input[at++] : (at++, 0));
  for (let i = 0; i < 4; i++) code = ((code << 8) | next()) >>> 0;
  const bit = (i) => {
    const bound = (range >>> 11) * p[i];
    let b;
    if (code < bound) { range = bound; p[i] += (2048 - p[i]) >> 5; b = 0; }
    else { range -= bound; code -= bound; p[i] -= p[i] >> 5; b = 1; }
    if (range < 16777216) { range = (range << 8) >>> 0; code = ((code << 8) | next()) >>> 0; }
    return b;
  };
  const tree = (base, bits) => {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | bit(base + m);
    return m - (1 << bits);
  };
  const reverse = (base, bits) => {
    let m = 1, s = 0;
    for (let i = 0; i < bits; i++) { const b = bit(base + m); m = (m << 1) | b; s |= b << i; }
    return s;
  };
  const direct = (bits) => {
    let s = 0;
    for (let i = 0; i < bits; i++) {
      range >>>= 1;
      const t = code >= range ? 1 : 0;
      if (t) code -= range;
      s = ((s << 1) | t) >>> 0;
      if (range < 16777216) { range = (range << 8) >>> 0; code = ((code << 8) | next()) >>> 0; }
    }
    return s;
  };
  const len = (base, posState) => !bit(base) ? tree(base + 2 + (posState << 3), 3)
    : !bit(base + 1) ? 8 + tree(base + 130 + (posState << 3), 3) : 16 + tree(base + 258, 8);
  const pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;
  let state = 0, r0 = 0, r1 = 0, r2 = 0, r3 = 0, op = 0;
  while (op < length) {
    const posState = op & pbMask;
    if (!bit((state << 4) + posState)) {
      const prev = op > 0 ? out[op - 1] : 0;
      const base = 1847 + 0x300 * (((op & lpMask) << lc) + (prev >> (8 - lc)));
      let s = 1;
      if (state >= 7) {
        if (r0 >= op) return out.subarray(0, op);
        let m = out[op - r0 - 1];
        while (s < 0x100) {
          const mb = (m >> 7) & 1;
          m <<= 1;
          const b = bit(base + ((1 + mb) << 8) + s);
          s = (s << 1) | b;
          if (mb !== b) break;
        }
      }
      while (s < 0x100) s = (s << 1) | bit(base + s);
      out[op++] = s;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let n;
    if (!bit(192 + state)) {
      r3 = r2; r2 = r1; r1 = r0;
      n = len(819, posState);
      state = state < 7 ? 7 : 10;
      const s = tree(432 + (Math.min(n, 3) << 6), 6);
      if (s < 4) r0 = s;
      else {
        const bits = (s >> 1) - 1, base = (2 | (s & 1)) << bits;
        r0 = s < 14 ? base + reverse(688 + base - s, bits) : (base + direct(bits - 4) * 16 + reverse(803, 4)) >>> 0;
      }
    } else {
      if (!bit(204 + state)) {
        if (!bit(240 + (state << 4) + posState)) {
          state = state < 7 ? 9 : 11;
          if (r0 >= op) return out.subarray(0, op);
          out[op] = out[op - r0 - 1];
          op++;
          continue;
        }
      } else {
        let d;
        if (!bit(216 + state)) d = r1;
        else {
          if (!bit(228 + state)) d = r2;
          else { d = r3; r3 = r2; }
          r2 = r1;
        }
        r1 = r0; r0 = d;
      }
      n = len(1333, posState);
      state = state < 7 ? 8 : 11;
    }
    // The end marker (distance 2^32 - 1), or a damaged stream, points before the start.
    if (r0 >= op) return out.subarray(0, op);
    const end = Math.min(op + n + 2, length);
    while (op < end) { out[op] = out[op - r0 - 1]; op++; }
  }
  return out;
}
