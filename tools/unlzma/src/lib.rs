//! The LZMA decoder the single file's loader runs (tools/single-file.mjs): the data block's text
//! (one byte a character of a windows-1252 page, as UTF-8) in, the packed parts out. Browsers decompress only gzip natively; LZMA packs the app about 20% smaller,
//! and decoding it in wasm is three times as fast as the same decoder in JavaScript on first run.
//! Written from the LZMA specification (the LZMA SDK's LzmaSpec.cpp). Damaged input ends the
//! decoding early (the loader checks the length) or traps on a bounds check; it never reads or
//! writes outside the buffers it is given.
#![no_std]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// Probabilities for lc + lp ≤ 4 (the build uses lc=4, lp=0).
const PROBS: usize = 1847 + (0x300 << 4);
static mut P: [u16; PROBS] = [0; PROBS];

struct RangeDecoder<'a> {
    input: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl RangeDecoder<'_> {
    fn byte(&mut self) -> u32 {
        let b = self.input.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b as u32
    }
    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            self.range <<= 8;
            self.code = (self.code << 8) | self.byte();
        }
    }
    #[inline(always)]
    fn bit(&mut self, p: &mut u16) -> u32 {
        let bound = (self.range >> 11) * *p as u32;
        let b = if self.code < bound {
            self.range = bound;
            *p += (2048 - *p) >> 5;
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            *p -= *p >> 5;
            1
        };
        self.normalize();
        b
    }
    fn tree(&mut self, probs: &mut [u16], bits: u32) -> u32 {
        let mut m = 1;
        for _ in 0..bits {
            m = (m << 1) | self.bit(&mut probs[m as usize]);
        }
        m - (1 << bits)
    }
    fn reverse(&mut self, probs: &mut [u16], bits: u32) -> u32 {
        let (mut m, mut s) = (1, 0);
        for i in 0..bits {
            let b = self.bit(&mut probs[m as usize]);
            m = (m << 1) | b;
            s |= b << i;
        }
        s
    }
    fn direct(&mut self, bits: u32) -> u32 {
        let mut s = 0;
        for _ in 0..bits {
            self.range >>= 1;
            let t = (self.code >= self.range) as u32;
            if t == 1 {
                self.code -= self.range;
            }
            s = (s << 1) | t;
            self.normalize();
        }
        s
    }
    fn length(&mut self, probs: &mut [u16], pos_state: usize) -> u32 {
        if self.bit(&mut probs[0]) == 0 {
            self.tree(&mut probs[2 + (pos_state << 3)..], 3)
        } else if self.bit(&mut probs[1]) == 0 {
            8 + self.tree(&mut probs[130 + (pos_state << 3)..], 3)
        } else {
            16 + self.tree(&mut probs[258..], 8)
        }
    }
}

/// windows-1252's characters for the bytes 0x80-0x9F, as browsers decode them (`CP1252` in
/// tools/lzma.mjs); every other byte is its own character.
const CP1252: [u32; 32] = [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
    0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
    0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
/// The escape byte of the data blocks (`ESCAPE` in tools/lzma.mjs): the next byte, less 0x40.
const ESCAPE: u8 = 0x3d;

/// A decoding under way: the stream's bytes, the output, and where the decoder stands (the LZMA
/// state that [`more`] takes up again).
struct Session {
    rc: RangeDecoder<'static>,
    out: &'static mut [u8],
    lc: u32,
    lp_mask: usize,
    pb_mask: usize,
    state: usize,
    reps: [usize; 4],
    op: usize,
}

static mut SESSION: Option<Session> = None;

/// Starts decoding the data block's text, given as UTF-8 (`text_len` bytes at `text`: the loader
/// copies it in with `encodeInto`, which is native and fast): turns it into the bytes it carries
/// (in place: a byte takes one character at least) and reads the LZMA "alone" header. The output,
/// `out_len` bytes at `out`, then comes from [`more`]. Returns 1, or 0 if the header is damaged.
///
/// Why in slices: V8 runs a wasm function in its baseline tier until it has run a while, and only
/// calls after that get the optimised code (a call under way is never replaced). One call for
/// the whole megabyte ran all of it in the baseline tier.
///
/// # Safety
/// The two buffers must be valid, apart, and writable until the last [`more`]: the loader places
/// them past the module's own memory, which it grew for them.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn begin(
    text: *mut u8,
    text_len: usize,
    out: *mut u8,
    out_len: usize,
) -> u32 {
    let text = unsafe { core::slice::from_raw_parts_mut(text, text_len) };
    let out = unsafe { core::slice::from_raw_parts_mut(out, out_len) };
    let n = bytes_of(text);
    let session = header(&text[..n], out);
    let ok = session.is_some() as u32;
    unsafe { *core::ptr::addr_of_mut!(SESSION) = session };
    ok
}

/// Decodes on until `until` bytes of the output are there (a little more when a match runs past
/// it; never past the output's end) and returns how many are. Fewer than `until` (and than the
/// output's length) means the stream ended early: it is damaged. 0 before a good [`begin`].
#[unsafe(no_mangle)]
pub extern "C" fn more(until: usize) -> usize {
    let probs = unsafe { &mut *core::ptr::addr_of_mut!(P) };
    match unsafe { &mut *core::ptr::addr_of_mut!(SESSION) } {
        Some(session) => decode(session, probs, until),
        None => 0,
    }
}

/// The block's bytes from its UTF-8 text, written over it; returns how many. A character of the
/// page is its byte (windows-1252); the escape byte and the next one are the next one less 0x40.
/// Damaged text gives other bytes, never a read outside it. The common cases first (ASCII, then
/// U+0080-U+00FF, two bytes led by 0xC2 or 0xC3): this runs before the JIT has optimised it.
fn bytes_of(text: &mut [u8]) -> usize {
    let (mut i, mut o, mut escaped) = (0usize, 0usize, false);
    while i < text.len() {
        let c = text[i];
        i += 1;
        let byte = if c < 0x80 {
            c
        } else if c < 0xc4 {
            let next = text.get(i).copied().unwrap_or(0);
            i += 1;
            (c << 6) | (next & 0x3f)
        } else {
            let j = i;
            let at = |k: usize| text.get(j + k).copied().unwrap_or(0) as u32 & 0x3f;
            let (point, n) = if c < 0xe0 {
                (((c as u32 & 0x1f) << 6) | at(0), 1)
            } else {
                (((c as u32 & 0x0f) << 12) | (at(0) << 6) | at(1), 2)
            };
            i += n;
            CP1252
                .iter()
                .position(|&p| p == point)
                .map_or(0, |k| 0x80 + k as u8)
        };
        if escaped {
            text[o] = byte.wrapping_sub(0x40);
            o += 1;
            escaped = false;
        } else if byte == ESCAPE {
            escaped = true;
        } else {
            text[o] = byte;
            o += 1;
        }
    }
    o
}

/// Reads the header (lc, lp, pb; the range coder's first bytes) and sets the probabilities to
/// their start; `None` for a damaged header or properties this decoder does not take.
fn header(input: &'static [u8], out: &'static mut [u8]) -> Option<Session> {
    let &props = input.first()?;
    let (lc, lp, pb) = (
        (props % 9) as u32,
        (props / 9 % 5) as u32,
        (props / 45) as u32,
    );
    if lc + lp > 4 || pb > 4 || input.len() < 18 {
        return None;
    }
    unsafe { (*core::ptr::addr_of_mut!(P)).fill(1024) };
    let mut rc = RangeDecoder {
        input,
        at: 14,
        range: u32::MAX,
        code: 0,
    };
    for _ in 0..4 {
        rc.code = (rc.code << 8) | rc.byte();
    }
    Some(Session {
        rc,
        out,
        lc,
        lp_mask: (1usize << lp) - 1,
        pb_mask: (1usize << pb) - 1,
        state: 0,
        reps: [0; 4],
        op: 0,
    })
}

fn decode(session: &mut Session, p: &mut [u16; PROBS], until: usize) -> usize {
    let (lc, lp_mask, pb_mask) = (session.lc, session.lp_mask, session.pb_mask);
    let (mut state, mut reps, mut op) = (session.state, session.reps, session.op);
    let until = until.min(session.out.len());
    let (rc, out) = (&mut session.rc, &mut *session.out);
    let (probs, lit) = p.split_at_mut(1847);
    let (is_match, rest) = probs.split_at_mut(192);
    let (is_rep, rest) = rest.split_at_mut(12);
    let (rep_g0, rest) = rest.split_at_mut(12);
    let (rep_g1, rest) = rest.split_at_mut(12);
    let (rep_g2, rest) = rest.split_at_mut(12);
    let (rep0_long, rest) = rest.split_at_mut(192);
    let (slot, rest) = rest.split_at_mut(256);
    let (dist, rest) = rest.split_at_mut(115);
    let (align, rest) = rest.split_at_mut(16);
    let (len, rep_len) = rest.split_at_mut(514);
    while op < until {
        let pos_state = op & pb_mask;
        if rc.bit(&mut is_match[(state << 4) + pos_state]) == 0 {
            let prev = if op > 0 { out[op - 1] as usize } else { 0 };
            let base = 0x300 * (((op & lp_mask) << lc) + (prev >> (8 - lc)));
            let probs = &mut lit[base..base + 0x300];
            let mut s = 1usize;
            if state >= 7 {
                let Some(&matched) = out.get(op.wrapping_sub(reps[0] + 1)) else {
                    return op;
                };
                let mut m = matched as usize;
                while s < 0x100 {
                    let mb = (m >> 7) & 1;
                    m <<= 1;
                    let b = rc.bit(&mut probs[((1 + mb) << 8) + s]) as usize;
                    s = (s << 1) | b;
                    if mb != b {
                        break;
                    }
                }
            }
            while s < 0x100 {
                s = (s << 1) | rc.bit(&mut probs[s]) as usize;
            }
            out[op] = s as u8;
            op += 1;
            state = if state < 4 {
                0
            } else if state < 10 {
                state - 3
            } else {
                state - 6
            };
            continue;
        }
        let n;
        if rc.bit(&mut is_rep[state]) == 0 {
            reps = [0, reps[0], reps[1], reps[2]];
            n = rc.length(len, pos_state) as usize;
            state = if state < 7 { 7 } else { 10 };
            let s = rc.tree(&mut slot[n.min(3) << 6..], 6);
            reps[0] = if s < 4 {
                s as usize
            } else {
                let direct = (s >> 1) - 1;
                let base = (2 | (s & 1)) << direct;
                if s < 14 {
                    (base + rc.reverse(&mut dist[(base - s) as usize..], direct)) as usize
                } else {
                    let high = rc.direct(direct - 4) << 4;
                    (base.wrapping_add(high).wrapping_add(rc.reverse(align, 4))) as usize
                }
            };
        } else {
            if rc.bit(&mut rep_g0[state]) == 0 {
                if rc.bit(&mut rep0_long[(state << 4) + pos_state]) == 0 {
                    state = if state < 7 { 9 } else { 11 };
                    let Some(&b) = out.get(op.wrapping_sub(reps[0] + 1)) else {
                        return op;
                    };
                    out[op] = b;
                    op += 1;
                    continue;
                }
            } else {
                let d;
                if rc.bit(&mut rep_g1[state]) == 0 {
                    d = reps[1];
                } else {
                    if rc.bit(&mut rep_g2[state]) == 0 {
                        d = reps[2];
                    } else {
                        d = reps[3];
                        reps[3] = reps[2];
                    }
                    reps[2] = reps[1];
                }
                reps[1] = reps[0];
                reps[0] = d;
            }
            n = rc.length(rep_len, pos_state) as usize;
            state = if state < 7 { 8 } else { 11 };
        }
        // The end marker (distance 2^32 - 1), or a damaged stream, points before the start.
        if reps[0] >= op {
            return op;
        }
        let end = (op + n + 2).min(out.len());
        if reps[0] == 0 {
            let b = out[op - 1];
            out[op..end].fill(b);
            op = end;
        } else {
            while op < end {
                out[op] = out[op - reps[0] - 1];
                op += 1;
            }
        }
    }
    session.op = op;
    session.state = state;
    session.reps = reps;
    op
}
