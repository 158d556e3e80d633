//! The secretariat's register in localStorage (issue 13): one key of its own, never among the
//! clerk's drafts (whose keys all start with `INCIDENT_PREFIX` and `TIMELINE_PREFIX`), and the
//! view last shown, so the secretariat's browser opens on the register.

use super::{classify, Backend, StorageError, Store, QUARANTINE_PREFIX};
use crate::core::register::stored::{self, RegisterFileError};
use crate::core::register::{Register, Row};

/// The register: `incident-navi/v1/register`.
pub const REGISTER_KEY: &str = "incident-navi/v1/register";
/// Which view was last shown: "register" for the secretariat's, absent for the clerk's.
pub const VIEW_KEY: &str = "incident-navi/v1/view";

/// What became of the stored register when it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegisterLoad {
    /// Read (or none yet: an empty register).
    Read(Register),
    /// The stored text could not be read: it was moved aside under the key given, and the
    /// register starts empty (a backup file restores it).
    MovedAside(String, RegisterFileError),
}

impl<B: Backend> Store<B> {
    /// The stored register. Unreadable text is never overwritten: it is moved aside first.
    pub fn load_register(&self, now_ms: i64) -> Result<RegisterLoad, StorageError> {
        let Some(text) = self.backend.get(REGISTER_KEY).map_err(classify)? else {
            return Ok(RegisterLoad::Read(Register::default()));
        };
        match stored::decode(&text) {
            Ok(rows) => {
                let mut register = Register::default();
                register.merge(rows);
                Ok(RegisterLoad::Read(register))
            }
            Err(e) => {
                let aside = format!("{QUARANTINE_PREFIX}register@{now_ms}");
                self.backend.set(&aside, &text).map_err(classify)?;
                self.backend.remove(REGISTER_KEY).map_err(classify)?;
                Ok(RegisterLoad::MovedAside(aside, e))
            }
        }
    }

    /// The text at `key` (a register moved aside), to save to a file.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.backend.get(key).ok().flatten()
    }

    /// Stores the register, merged with what storage holds now: another tab of the secretariat
    /// may have saved since this one last heard of it, and its additions must not be written
    /// over. Returns what was stored (this register, plus what only the other tab had).
    pub fn save_register(&self, register: &Register) -> Result<Register, StorageError> {
        let mut union = register.clone();
        if let Some(rows) = self.stored_register_rows() {
            union.merge(rows);
        }
        self.backend
            .set(REGISTER_KEY, &stored::encode(&union))
            .map_err(classify)?;
        Ok(union)
    }

    /// The rows of the register as storage holds it now, if readable.
    pub fn stored_register_rows(&self) -> Option<Vec<Row>> {
        let text = self.backend.get(REGISTER_KEY).ok()??;
        stored::decode(&text).ok()
    }

    /// Whether the secretariat's view was the last one shown.
    pub fn register_view_chosen(&self) -> bool {
        matches!(self.backend.get(VIEW_KEY), Ok(Some(v)) if v == "register")
    }

    /// Remembers which view is shown; failing to is harmless (the clerk's is the default).
    pub fn choose_register_view(&self, chosen: bool) {
        let _ = if chosen {
            self.backend.set(VIEW_KEY, "register")
        } else {
            self.backend.remove(VIEW_KEY)
        };
    }
}
