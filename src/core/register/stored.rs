//! The register in the browser's storage and in its backup file (issue 13): one JSON text, read
//! back through the same checks as a report from outside, so a damaged or hostile backup cannot
//! put anything in the register that a report could not.

use super::{Progress, Register, Row};
use crate::core::incident::MAX_TEXT_CHARS;
use serde::{Deserialize, Serialize};

/// The version of the register's file format; a file of a newer one is refused, not misread.
pub const REGISTER_SCHEMA: u32 = 1;

/// The version of a register file that holds a drill's report (issue 26): one above
/// [`REGISTER_SCHEMA`], so the previous build refuses it rather than show an exercise among
/// the real rows. A register without drills keeps version 1; this build reads both.
pub const REGISTER_DRILL_SCHEMA: u32 = 2;

/// Why a register file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegisterFileError {
    /// Not JSON, or not the register's shape (the reader's words).
    Damaged(String),
    /// Written by a newer version of the tool (its schema).
    NewerVersion(u32),
}

/// The file: `register` is its schema, and marks it as the register's (not a clerk's backup).
#[derive(Serialize, Deserialize)]
struct File<R> {
    register: u32,
    rows: R,
}

/// The register as the text that storage and the backup file hold.
pub fn encode(register: &Register) -> String {
    let rows: Vec<&Row> = register.rows.values().collect();
    let drill = rows
        .iter()
        .any(|r| r.versions.iter().any(|v| v.summary.drill));
    serde_json::to_string(&File {
        register: if drill {
            REGISTER_DRILL_SCHEMA
        } else {
            REGISTER_SCHEMA
        },
        rows,
    })
    .unwrap_or_default()
}

/// The rows a register file holds, not yet checked: [`Register::merge`] takes them in.
pub fn decode(text: &str) -> Result<Vec<Row>, RegisterFileError> {
    #[derive(Deserialize)]
    struct Schema {
        register: u32,
    }
    let damaged = |e: serde_json::Error| RegisterFileError::Damaged(e.to_string());
    let schema: Schema = serde_json::from_str(text).map_err(damaged)?;
    if schema.register > REGISTER_DRILL_SCHEMA {
        return Err(RegisterFileError::NewerVersion(schema.register));
    }
    let file: File<Vec<Row>> = serde_json::from_str(text).map_err(damaged)?;
    Ok(file
        .rows
        .into_iter()
        .map(|mut row| {
            row.progress.notes = row.progress.notes.chars().take(MAX_TEXT_CHARS).collect();
            row
        })
        .collect())
}

/// What a merge did, for the message after a restore.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Incidents the register did not have.
    pub added: usize,
    /// Incidents it had, with versions or progress it lacked.
    pub updated: usize,
    /// Versions refused by the checks a report from outside gets.
    pub refused: usize,
}

impl Register {
    /// Takes rows from a register file in (a restore, or the stored register at start), version
    /// by version as if each had arrived again at its time: nothing already here is lost, a
    /// version that fails the checks is refused, and progress the register lacks is taken.
    pub fn merge(&mut self, rows: Vec<Row>) -> Merged {
        let before = self.rows.clone();
        let mut refused = 0;
        for row in rows {
            let mut ids = Vec::new();
            for v in row.versions {
                match v.summary.checked() {
                    Ok(summary) => {
                        ids.push(summary.id.clone());
                        self.take_summary(summary, v.received_at);
                    }
                    Err(_) => refused += 1,
                }
            }
            for id in ids {
                match self.rows.get_mut(&id) {
                    Some(target) if target.progress == Progress::default() => {
                        target.progress = row.progress.clone();
                    }
                    _ => {}
                }
            }
        }
        let mut merged = Merged {
            refused,
            ..Merged::default()
        };
        for (id, row) in self.rows.iter() {
            match before.get(id) {
                None => merged.added += 1,
                Some(was) if was != row => merged.updated += 1,
                Some(_) => {}
            }
        }
        merged
    }

    /// Takes in what another tab saved (its whole register): every version this one lacks, and
    /// its progress where it differs, as the other tab's is the later edit (this tab saves each
    /// change at once, so what it has is what it saved before). Returns whether anything here
    /// changed. Nothing is removed.
    pub fn absorb(&mut self, rows: Vec<Row>) -> bool {
        let before = self.rows.clone();
        for row in rows {
            let mut id = None;
            for v in row.versions {
                if let Ok(summary) = v.summary.checked() {
                    id = Some(summary.id.clone());
                    self.take_summary(summary, v.received_at);
                }
            }
            if let Some(target) = id.and_then(|id| self.rows.get_mut(&id)) {
                target.progress = row.progress;
            }
        }
        self.rows != before
    }
}
