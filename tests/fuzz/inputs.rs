//! What the fuzz tests feed the readers: arbitrary bytes and text, tokens of each format put
//! together at random, and the real fixtures mutated (bytes flipped, inserted, deleted,
//! duplicated, spliced from another fixture; deep nesting, huge numbers, long lines).

use proptest::prelude::*;
use proptest::sample::select;

/// One change to a fixture. Positions are taken modulo the text's length.
#[derive(Clone, Debug)]
pub enum Mutation {
    /// One bit of one byte flipped.
    Flip(usize, u8),
    /// Bytes put in.
    Insert(usize, Vec<u8>),
    /// A run of bytes taken out.
    Delete(usize, usize),
    /// A run of bytes written twice.
    Duplicate(usize, usize),
    /// A run of another fixture put in (which one, from, length, where).
    Splice(usize, usize, usize, usize),
    /// An opening repeated many times (deep nesting): `[`, `{"a":`, a multipart, a quote.
    Nest(usize, usize, usize),
    /// A number far beyond any type's range.
    HugeNumber(usize, usize),
    /// One very long line.
    LongLine(usize, usize, u8),
    /// A digit or quote replaced (numbers and strings the reader checks).
    Replace(usize, u8),
}

const OPENINGS: &[&str] = &[
    "[",
    "{\"a\":",
    "{\"incident\":",
    "\"",
    "\\",
    "Content-Type: multipart/mixed; boundary=b\n\n--b\n",
    "Content-Type: message/rfc822\n\n",
    "=?UTF-8?B?",
    "-----BEGIN INCIDENT-NAVI REPORT-----\n",
    "> ",
];
const HUGE_NUMBERS: &[&str] = &[
    "18446744073709551616",
    "-9223372036854775809",
    "1e999999",
    "4294967296",
    "99999999999999999999999999999999999999999",
    "-0",
    "1.5",
    "0x10",
    "１２３４５６７８９０１２３４５６７８９０万人",
];

pub fn mutation(fixtures: usize) -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), 0u8..8).prop_map(|(p, b)| Mutation::Flip(p, b)),
        3 => (any::<usize>(), prop::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(p, b)| Mutation::Insert(p, b)),
        3 => (any::<usize>(), 1usize..64).prop_map(|(p, n)| Mutation::Delete(p, n)),
        2 => (any::<usize>(), 1usize..256).prop_map(|(p, n)| Mutation::Duplicate(p, n)),
        2 => (0..fixtures, any::<usize>(), 1usize..512, any::<usize>())
            .prop_map(|(f, s, n, p)| Mutation::Splice(f, s, n, p)),
        1 => (any::<usize>(), 0..OPENINGS.len(), 1usize..3000)
            .prop_map(|(p, o, n)| Mutation::Nest(p, o, n)),
        1 => (any::<usize>(), 0..HUGE_NUMBERS.len()).prop_map(|(p, n)| Mutation::HugeNumber(p, n)),
        1 => (any::<usize>(), 1usize..100_000, any::<u8>())
            .prop_map(|(p, n, b)| Mutation::LongLine(p, n, b)),
        2 => (any::<usize>(), select(b"0123456789\"\\{}[],:-=?\r\n ".to_vec()))
            .prop_map(|(p, b)| Mutation::Replace(p, b)),
    ]
}

/// `fixture` with `mutations` applied, in order.
pub fn mutate(fixtures: &[Vec<u8>], fixture: usize, mutations: &[Mutation]) -> Vec<u8> {
    let mut out = fixtures[fixture % fixtures.len()].clone();
    for m in mutations {
        let at = |p: usize, len: usize| if len == 0 { 0 } else { p % (len + 1) };
        let len = out.len();
        match m {
            Mutation::Flip(p, bit) if len > 0 => out[p % len] ^= 1 << bit,
            Mutation::Flip(..) => {}
            Mutation::Insert(p, bytes) => {
                let p = at(*p, len);
                out.splice(p..p, bytes.iter().copied());
            }
            Mutation::Delete(p, n) => {
                let p = at(*p, len);
                let end = (p + n).min(len);
                out.drain(p..end);
            }
            Mutation::Duplicate(p, n) => {
                let p = at(*p, len);
                let end = (p + n).min(len);
                let run = out[p..end].to_vec();
                out.splice(end..end, run);
            }
            Mutation::Splice(f, s, n, p) => {
                let other = &fixtures[f % fixtures.len()];
                let s = at(*s, other.len());
                let run = &other[s..(s + n).min(other.len())];
                let p = at(*p, len);
                out.splice(p..p, run.iter().copied());
            }
            Mutation::Nest(p, o, n) => {
                let p = at(*p, len);
                out.splice(p..p, OPENINGS[*o].repeat(*n).into_bytes());
            }
            Mutation::HugeNumber(p, n) => {
                let p = at(*p, len);
                out.splice(p..p, HUGE_NUMBERS[*n].bytes());
            }
            Mutation::LongLine(p, n, b) => {
                let p = at(*p, len);
                out.splice(p..p, std::iter::repeat_n(*b, *n));
            }
            Mutation::Replace(p, b) if len > 0 => out[p % len] = *b,
            Mutation::Replace(..) => {}
        }
    }
    out
}

/// Bytes for a reader: arbitrary, tokens of its format, or a mutated fixture.
pub fn bytes(fixtures: Vec<Vec<u8>>, tokens: &'static [&'static str]) -> BoxedStrategy<Vec<u8>> {
    let count = fixtures.len();
    prop_oneof![
        2 => prop::collection::vec(any::<u8>(), 0..2048),
        1 => prop::collection::vec(any::<char>(), 0..512).prop_map(|c| c.into_iter().collect::<String>().into_bytes()),
        3 => prop::collection::vec(select(tokens), 0..96).prop_map(|t| t.concat().into_bytes()),
        6 => (0..count, prop::collection::vec(mutation(count), 1..6))
            .prop_map(move |(f, m)| mutate(&fixtures, f, &m)),
    ]
    .boxed()
}

/// Text for a reader that takes text: the bytes read as the browser reads a file (lossy UTF-8).
pub fn text(fixtures: Vec<Vec<u8>>, tokens: &'static [&'static str]) -> BoxedStrategy<String> {
    bytes(fixtures, tokens)
        .prop_map(|b| String::from_utf8_lossy(&b).into_owned())
        .boxed()
}

/// Pieces of JSON as records, backups and the register's file hold them.
pub const JSON_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\"schema\":",
    "1",
    "2",
    "3",
    "4",
    "99",
    "\"revision\":",
    "\"incident\":",
    "\"id\":",
    "\"abc-123\"",
    "\"kinds\":",
    "[\"Malware\"]",
    "\"title\":",
    "\"tasks\":",
    "\"answers\":",
    "\"duties\":",
    "\"timeline\":",
    "\"format\":",
    "\"incident-navi-backup\"",
    "\"incidents\":",
    "\"register\":",
    "\"rows\":",
    "\"versions\":",
    "\"progress\":",
    "\"summary\":",
    "null",
    "true",
    "false",
    "-1",
    "1e400",
    "18446744073709551616",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"duty.ppc\"",
    "{\"done\":true}",
    "\"sender\":",
    "\"made_with\":",
    " ",
    "\n",
    "\u{feff}",
    "\"あ\"",
    "0.5",
];

/// Pieces of saved mails.
pub const MAIL_TOKENS: &[&str] = &[
    "\r\n",
    "\n",
    "\n\n",
    "Content-Type: ",
    "multipart/mixed",
    "multipart/alternative",
    "message/rfc822",
    "application/json",
    "text/plain",
    "; boundary=",
    "\"b\"",
    "b",
    "--b",
    "--b--",
    "Content-Transfer-Encoding: ",
    "base64",
    "quoted-printable",
    "Content-Disposition: ",
    "attachment",
    "; filename=",
    "\"report.json\"",
    "; filename*=",
    "UTF-8''%E5%A0%B1.json",
    "; name*0*=",
    "; name*1=",
    "utf-8''",
    "%",
    "%E3%81",
    "=?UTF-8?B?",
    "=?utf-8?q?",
    "?=",
    "=41",
    "=\n",
    "=",
    " ",
    "\t",
    "Subject: ",
    "From: ",
    "eyJzY2hlbWEiOjN9",
    "{\"schema\":3}",
    ";",
    "\\\"",
];

/// Pieces of pasted report text and its block.
pub const BLOCK_TOKENS: &[&str] = &[
    "-----BEGIN INCIDENT-NAVI REPORT-----",
    "-----END INCIDENT-NAVI REPORT ",
    "-----",
    "00000000",
    "ffffffff",
    "1a2b3c4d",
    "\n",
    "\r\n",
    "> ",
    ">",
    " ",
    "eyJpZCI6ImEifQ==",
    "=",
    "eyJ",
    "AAAA",
    "////",
    "件名: ",
    "あ",
];

/// How clerks write a number of persons, and the pieces around it.
pub const COUNT_TOKENS: &[&str] = &[
    "約",
    "1",
    "0",
    "9",
    "１",
    "０",
    "万",
    "千",
    "百",
    "十",
    "億",
    "兆",
    "人",
    "名",
    "件",
    "以上",
    "以下",
    "未満",
    "超",
    "数",
    "十数",
    "不明",
    "程度",
    "前後",
    "〜",
    "~",
    "-",
    "から",
    "まで",
    ",",
    "，",
    ".",
    "令和",
    "年",
    "月",
    "日",
    "度",
    "分",
    "about ",
    "more than ",
    "at least ",
    "up to ",
    "under ",
    "unknown",
    " ",
    "およそ",
    "最大",
    "少なくとも",
    "弱",
    "強",
    "余り",
    "18446744073709551615",
];
