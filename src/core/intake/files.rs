//! Taking dropped or picked files into the register (issue 13): each file gets its own result
//! line, and a file that is refused changes nothing already in the register. A drill's report
//! (its .json, .eml or pasted text) is taken into the drill list, its line marked 【訓練】
//! (issue 26).

use super::mime;
use crate::core::drill::DRILL_MARK;
use crate::core::record::{self, RecordError};
use crate::core::register::block::{self, BlockError};
use crate::core::register::{Register, Taken};
use crate::core::report::names;
use crate::core::time::Timestamp;

/// The largest file taken in: a mail with a report attached is far smaller.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Why a file was not taken in, to be said to the secretariat in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than [`MAX_FILE_BYTES`] (its size).
    TooLarge(usize),
    /// An Outlook .msg file: this tool reads .eml and .json; the attachment must be saved first.
    OutlookMsg,
    /// A mail without a report attached (no `.json` part that reads as one).
    NoReportInMail,
    /// A report made by a newer version of the tool (its schema version).
    NewerVersion(u32),
    /// Damaged, or not a report of this tool (why, in the reader's words).
    NotAReport(String),
    /// Pasted text without the report's block (the end of the report's text was not pasted).
    NoBlockInText,
    /// The block's end is missing: the text was cut.
    BlockCut,
    /// The block's checksum does not match: a line was lost or changed.
    BlockDamaged,
}

/// What became of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Taken into the register (how), with the incident's title.
    Taken(Taken, String),
    /// Refused, and why.
    Refused(Refusal),
}

/// Takes each `(file name, bytes)` into `register` at `at`, in order; one outcome per file.
pub fn take_files(
    register: &mut Register,
    files: &[(String, Vec<u8>)],
    at: Timestamp,
) -> Vec<Outcome> {
    files
        .iter()
        .map(|(name, bytes)| match read(name, bytes) {
            Ok(received) => {
                let title = names::marked_title(&received.incident);
                Outcome::Taken(register.take(received, at), title)
            }
            Err(refusal) => Outcome::Refused(refusal),
        })
        .collect()
}

/// Takes in every report block in pasted text (a paste may hold several mails), at `at`; one
/// outcome per block, or one refusal when there is none.
pub fn take_text(register: &mut Register, text: &str, at: Timestamp) -> Vec<Outcome> {
    let found = block::find_all(text);
    if found.is_empty() {
        return vec![Outcome::Refused(Refusal::NoBlockInText)];
    }
    found
        .into_iter()
        .map(|read| {
            let summary = read.map_err(|e| match e {
                BlockError::Cut => Refusal::BlockCut,
                BlockError::Damaged => Refusal::BlockDamaged,
                BlockError::Unreadable(why) => Refusal::NotAReport(why),
            });
            match summary.and_then(|s| s.checked().map_err(Refusal::NotAReport)) {
                Ok(summary) => {
                    let title = match summary.drill {
                        true if !summary.title.starts_with(DRILL_MARK) => {
                            format!("{DRILL_MARK}{}", summary.title)
                        }
                        _ => summary.title.clone(),
                    };
                    Outcome::Taken(register.take_summary(summary, at), title)
                }
                Err(refusal) => Outcome::Refused(refusal),
            }
        })
        .collect()
}

/// The report in one file: a `.json` exported by the tool, or a saved mail (`.eml`, or anything
/// with a mail's headers) with the report attached.
fn read(name: &str, bytes: &[u8]) -> Result<record::Received, Refusal> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge(bytes.len()));
    }
    // The Compound File header every .msg starts with.
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(Refusal::OutlookMsg);
    }
    let text = String::from_utf8_lossy(bytes);
    let looks_like_json = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{');
    if looks_like_json || name.to_ascii_lowercase().ends_with(".json") {
        return record::decode_received(text.trim_start_matches('\u{feff}')).map_err(refusal);
    }
    let parts = mime::leaf_parts(bytes).map_err(|_| Refusal::NoReportInMail)?;
    let mut last_error = Refusal::NoReportInMail;
    for part in parts.iter().filter(|p| {
        p.filename
            .as_deref()
            .is_some_and(|f| f.to_ascii_lowercase().ends_with(".json"))
            || p.mime_type == "application/json"
    }) {
        match record::decode_received(&String::from_utf8_lossy(&part.body)) {
            Ok(received) => return Ok(received),
            Err(e) => last_error = refusal(e),
        }
    }
    Err(last_error)
}

fn refusal(e: RecordError) -> Refusal {
    match e {
        RecordError::TooLarge(n) => Refusal::TooLarge(n),
        RecordError::UnknownSchema(v) if v > record::SCHEMA_VERSION => Refusal::NewerVersion(v),
        RecordError::UnknownSchema(v) => Refusal::NotAReport(format!("schema {v}")),
        RecordError::NotARecord(why) | RecordError::Invalid(why) => Refusal::NotAReport(why),
    }
}
