//! The machine-readable block at the end of the report's text (issue 13): a report sent by the
//! mailto route, or pasted into a mail by hand, carries no attachment, so its text ends with the
//! register's columns ([`Summary`]) as JSON, in base64 (plain ASCII, which mail programs keep),
//! between marker lines, with a CRC-32 of the JSON so a damaged block is refused, not misread.
//!
//! ```text
//! -----BEGIN INCIDENT-NAVI REPORT-----
//! eyJpZCI6Im1oeDNrMmEtNGYwenEiLCJ0aXRsZSI6…
//! -----END INCIDENT-NAVI REPORT 1a2b3c4d-----
//! ```
//!
//! A drill's report (issue 26) opens with `-----BEGIN INCIDENT-NAVI DRILL REPORT-----`: a
//! register that does not know drills finds no block in it (and says so) rather than taking an
//! exercise for a real incident; this one reads it as a drill whatever its JSON says.

use super::Summary;
use crate::core::intake::mime::base64_decode;
use crate::core::report::eml::base64;

const BEGIN: &str = "-----BEGIN INCIDENT-NAVI REPORT-----";
const BEGIN_DRILL: &str = "-----BEGIN INCIDENT-NAVI DRILL REPORT-----";
const END: &str = "-----END INCIDENT-NAVI REPORT ";
const TAIL: &str = "-----";
/// The longest block read: a summary is well under a kilobyte.
pub const MAX_BLOCK_CHARS: usize = 64 * 1024;

/// Why a block could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockError {
    /// The end marker is missing (the text was cut).
    Cut,
    /// The checksum does not match: a line was lost or changed.
    Damaged,
    /// The checksum matches but the contents are not a report's columns (a newer tool's).
    Unreadable(String),
}

/// CRC-32 (IEEE 802.3, as zip and gzip use), bit by bit: a few hundred bytes checked once.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                crc >> 1 ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The block for `summary`, lines of 76 characters, each ending with a line break.
pub fn encode(summary: &Summary) -> String {
    // Plain data with string keys cannot fail to serialise.
    let json = serde_json::to_string(summary).unwrap_or_default();
    let mut out = format!("{}\n", if summary.drill { BEGIN_DRILL } else { BEGIN });
    for line in base64(json.as_bytes()).as_bytes().chunks(76) {
        out.push_str(&String::from_utf8_lossy(line));
        out.push('\n');
    }
    out.push_str(&format!("{END}{:08x}{TAIL}\n", crc32(json.as_bytes())));
    out
}

/// Every block in `text` (a paste may hold several mails), in order, each read or refused.
/// Lines may be indented or quoted ("> ") by a mail program, and end in CRLF or LF.
pub fn find_all(text: &str) -> Vec<Result<Summary, BlockError>> {
    let mut out = Vec::new();
    let mut body: Option<String> = None;
    let mut drill = false;
    for line in text.lines() {
        let line = line.trim().trim_start_matches('>').trim();
        if line == BEGIN || line == BEGIN_DRILL {
            if body.is_some() {
                out.push(Err(BlockError::Cut));
            }
            body = Some(String::new());
            drill = line == BEGIN_DRILL;
        } else if let Some(rest) = line.strip_prefix(END) {
            let Some(collected) = body.take() else {
                continue;
            };
            let sum = rest
                .strip_suffix(TAIL)
                .and_then(|h| u32::from_str_radix(h, 16).ok());
            out.push(read(&collected, sum).map(|s| Summary {
                drill: s.drill || drill,
                ..s
            }));
        } else if let Some(collected) = body.as_mut() {
            if collected.len() + line.len() > MAX_BLOCK_CHARS {
                body = None;
                out.push(Err(BlockError::Cut));
            } else {
                collected.push_str(line);
            }
        }
    }
    if body.is_some() {
        out.push(Err(BlockError::Cut));
    }
    out
}

fn read(base64_text: &str, sum: Option<u32>) -> Result<Summary, BlockError> {
    let json = base64_decode(base64_text.as_bytes());
    if sum != Some(crc32(&json)) {
        return Err(BlockError::Damaged);
    }
    // From text, as every other reader here: `from_slice` would build a second copy of the
    // whole deserializer (serde_json's code is generic over how it reads), kilobytes of the file.
    let json = std::str::from_utf8(&json).map_err(|e| BlockError::Unreadable(e.to_string()))?;
    serde_json::from_str::<Summary>(json).map_err(|e| BlockError::Unreadable(e.to_string()))
}
