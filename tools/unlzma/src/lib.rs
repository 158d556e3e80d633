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

/// The range decoder, reading the stream's bytes straight from the data block's text (its UTF-8):
/// four characters at a time, as they are needed. So the text is read in the same calls as the
/// LZMA, which V8 optimises after the first slice (a pass of its own over the text, before them,
/// ran in the baseline tier: 12 ms of the start in Chromium, where these calls take about 3).
struct RangeDecoder<'a> {
    text: &'a [u8],
    /// Where the next character starts in `text`.
    at: usize,
    /// Bits of the stream read from the text and not yet taken, lowest first; `bits` of them.
    acc: u64,
    bits: u32,
    range: u32,
    code: u32,
}

impl RangeDecoder<'_> {
    #[inline(always)]
    fn byte(&mut self) -> u32 {
        if self.bits < 8 {
            self.group();
        }
        let b = self.acc as u8;
        self.acc >>= 8;
        self.bits -= 8;
        b as u32
    }
    /// The next four characters: a number below 226^4 that carries the stream's next 32 bits when
    /// its low 31 are below [`EXTRA`], else 31 (tools/lzma.mjs `bytePack`).
    #[inline(never)]
    fn group(&mut self) {
        let mut group = 0u32;
        for _ in 0..4 {
            group = group.wrapping_mul(226).wrapping_add(self.digit());
        }
        self.acc |= (group as u64) << self.bits;
        self.bits += if group & 0x7fff_ffff < EXTRA { 32 } else { 31 };
    }
    /// The next character's digit. A character of the block is one byte of UTF-8 (ASCII) or two
    /// (U+0080-U+00FF); a damaged text's other characters give other digits, never a read
    /// outside it.
    #[inline(always)]
    fn digit(&mut self) -> u32 {
        let c = self.text.get(self.at).copied().unwrap_or(0) as u32;
        self.at += 1;
        let point = if c < 0x80 {
            c
        } else {
            let next = self.text.get(self.at).copied().unwrap_or(0) as u32;
            self.at += 1;
            ((c & 0x1f) << 6) | (next & 0x3f)
        };
        digit(point)
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

/// A character's value as a digit (its place among `SYMBOLS` in tools/lzma.mjs: the 226
/// characters a block is written in, each its own byte in a windows-1252 page): its code less the
/// characters below it that are no symbol (NUL, CR, '<', and the 27 of 0x80-0x9F that windows-1252
/// reads beyond U+00FF). Computed, not a table: the decoder travels as it is, and a table took 256
/// bytes of the file. Any other character gives some digit (a damaged text: other bytes).
fn digit(point: u32) -> u32 {
    let above = |x: u32| (point > x) as u32;
    let mut d = point
        .wrapping_sub(1)
        .wrapping_sub(above(0x0d))
        .wrapping_sub(above(0x3c));
    if point >= 0x80 {
        let beyond = point.min(0xa0) - 0x80;
        let kept = above(0x81) + above(0x8d) + above(0x8f) + above(0x90) + above(0x9d);
        d = d.wrapping_sub(beyond - kept);
    }
    d
}

/// 226^4 - 2^31 (`EXTRA` in tools/lzma.mjs): four characters whose number's low 31 bits are below
/// it carry 32 bits of the stream, else 31.
const EXTRA: u32 = 461_274_128;

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
/// copies it in with `encodeInto`, which is native and fast), and reads the LZMA "alone" header.
/// The output, `out_len` bytes at `out`, then comes from [`more`]. Returns 1, or 0 if the header is
/// damaged.
///
/// Why in slices: V8 runs a wasm function in its baseline tier until it has run a while, and only
/// calls after that get the optimised code (a call under way is never replaced). One call for
/// the whole megabyte ran all of it in the baseline tier.
///
/// # Safety
/// The two buffers must be valid, apart, and unchanged but by this module until the last
/// [`more`]: the loader places them past the module's own memory, which it grew for them.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn begin(
    text: *const u8,
    text_len: usize,
    out: *mut u8,
    out_len: usize,
) -> u32 {
    let text = unsafe { core::slice::from_raw_parts(text, text_len) };
    let out = unsafe { core::slice::from_raw_parts_mut(out, out_len) };
    let session = header(text, out);
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

/// Reads the header (lc, lp, pb; the dictionary's and the output's sizes, which the loader knows;
/// the range coder's first bytes) and sets the probabilities to their start; `None` for a damaged
/// header (the text ends before it does) or properties this decoder does not take.
fn header(text: &'static [u8], out: &'static mut [u8]) -> Option<Session> {
    let mut rc = RangeDecoder {
        text,
        at: 0,
        acc: 0,
        bits: 0,
        range: u32::MAX,
        code: 0,
    };
    let props = rc.byte();
    let (lc, lp, pb) = (props % 9, props / 9 % 5, props / 45);
    // The 12 bytes of sizes, then the range coder's first byte, always 0.
    for _ in 0..13 {
        rc.byte();
    }
    for _ in 0..4 {
        rc.code = (rc.code << 8) | rc.byte();
    }
    if lc + lp > 4 || pb > 4 || rc.at > text.len() {
        return None;
    }
    unsafe { (*core::ptr::addr_of_mut!(P)).fill(1024) };
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
