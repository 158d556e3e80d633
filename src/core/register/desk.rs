//! The secretariat's screen as a reducer (issue 13): the register, what the last drop or paste
//! did, and how the table is narrowed and ordered. Pure, like `core::state`: the screen
//! dispatches [`DeskAction`]s, and persists the register whenever [`Desk::revision`] moves.

use super::stored::{self, Merged, RegisterFileError};
use super::{Filter, Order, Progress, Register, Row, Taken};
use crate::core::intake::files::{take_files, take_text, Outcome};
use crate::core::time::Timestamp;

/// One line of the intake's results: the file's name (or `None` for a paste) and what became
/// of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntakeLine {
    /// The file's name; `None` for pasted text.
    pub source: Option<String>,
    /// Taken (how) or refused (why).
    pub outcome: Outcome,
}

impl IntakeLine {
    /// Whether taking it in changed the register (a new incident, or a version it lacked).
    pub fn changed_register(&self) -> bool {
        matches!(
            self.outcome,
            Outcome::Taken(Taken::New | Taken::Newer | Taken::Older, _)
        )
    }
}

/// What the last restore did, or why it did nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreResult {
    /// Merged into the register.
    Merged(Merged),
    /// The file was refused; the register is unchanged.
    Refused(RegisterFileError),
}

/// The secretariat's screen state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Desk {
    /// Every incident reported.
    pub register: Register,
    /// Moves on every change to the register: the screen saves when it does.
    pub revision: u64,
    /// What the last drop, pick or paste did, one line per file or report block.
    pub intake: Vec<IntakeLine>,
    /// What the last restore did.
    pub restore: Option<RestoreResult>,
    /// How the table is narrowed.
    pub filter: Filter,
    /// How the table is ordered.
    pub order: Order,
}

/// What the secretariat's screen asks of [`Desk::reduce`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeskAction {
    /// Files dropped or picked: `(name, bytes)`, taken in at the time given.
    TakeFiles(Vec<(String, Vec<u8>)>, Timestamp),
    /// Mail text pasted, taken in at the time given.
    TakeText(String, Timestamp),
    /// The secretariat's progress on an incident.
    SetProgress(String, Progress),
    /// A register backup file's text, to merge in.
    Restore(String),
    /// Another tab saved the register (its rows, read from storage): take in what it has.
    OtherTab(Vec<Row>),
    /// Narrow the table.
    SetFilter(Filter),
    /// Order the table.
    SetOrder(Order),
}

impl Desk {
    /// The screen over a register read from storage.
    pub fn over(register: Register) -> Desk {
        Desk {
            register,
            ..Desk::default()
        }
    }

    /// Applies `action`.
    pub fn reduce(&mut self, action: DeskAction) {
        let changed = match action {
            DeskAction::TakeFiles(files, at) => {
                let outcomes = take_files(&mut self.register, &files, at);
                self.intake = files
                    .into_iter()
                    .zip(outcomes)
                    .map(|((name, _), outcome)| IntakeLine {
                        source: Some(name),
                        outcome,
                    })
                    .collect();
                self.intake.iter().any(|l| l.changed_register())
            }
            DeskAction::TakeText(text, at) => {
                self.intake = take_text(&mut self.register, &text, at)
                    .into_iter()
                    .map(|outcome| IntakeLine {
                        source: None,
                        outcome,
                    })
                    .collect();
                self.intake.iter().any(|l| l.changed_register())
            }
            DeskAction::SetProgress(id, mut progress) => {
                progress.notes = progress
                    .notes
                    .chars()
                    .take(crate::core::incident::MAX_TEXT_CHARS)
                    .collect();
                match self.register.rows.get_mut(&id) {
                    Some(row) if row.progress != progress => {
                        row.progress = progress;
                        true
                    }
                    _ => false,
                }
            }
            DeskAction::Restore(text) => {
                let result = match stored::decode(&text) {
                    Ok(rows) => RestoreResult::Merged(self.register.merge(rows)),
                    Err(e) => RestoreResult::Refused(e),
                };
                let changed = matches!(result, RestoreResult::Merged(m) if m.added + m.updated > 0);
                self.restore = Some(result);
                changed
            }
            DeskAction::OtherTab(rows) => self.register.absorb(rows),
            DeskAction::SetFilter(filter) => {
                self.filter = filter;
                false
            }
            DeskAction::SetOrder(order) => {
                self.order = order;
                false
            }
        };
        if changed {
            self.revision += 1;
        }
    }
}
