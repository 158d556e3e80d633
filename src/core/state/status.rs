//! What the state says about saving, loading and other tabs, for the UI to show: save status,
//! records that could not be opened, the status message, the edit lock.

use crate::core::time::Timestamp;

/// Whether this tab may edit an incident: one writer per incident across tabs and windows (the
/// browser's Web Locks), so two tabs never type into the same record at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditLock {
    /// This tab holds the incident's lock: it edits.
    Editing,
    /// Another tab holds it: this tab shows the incident and follows its saves, read-only.
    ReadOnly,
    /// The browser has no Web Locks: editing is allowed, and the revision check guards saves.
    Unsupported,
}

/// Why the last save did not reach storage, as the UI explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser's storage is full (QuotaExceededError).
    Full,
    /// Storage is switched off or refused (privacy mode, policy, some browsers on file://).
    Unavailable,
    /// Anything else the browser reported, with its message.
    Other(String),
}

/// The state of saving, shown in the status line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing saved yet in this visit.
    #[default]
    Idle,
    /// Everything is saved; the time of the last save.
    Saved(Timestamp),
    /// Saving failed: the data lives only in this tab until it works again.
    Failed(SaveProblem),
}

/// Why a stored record was not opened, in terms the UI can say in either language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Larger than a record can be (bytes).
    TooLarge(usize),
    /// Not one of our records at all (not JSON, or another shape).
    Damaged,
    /// Written by a newer version of the tool (its schema version): left where it is, untouched.
    NewerVersion(u32),
}

/// A stored record that could not be read (a record "set aside"). A damaged one is moved aside and
/// kept raw under `kept_as`; one from a newer version stays under its own key for that version to
/// open. Every start lists each one storage still holds (issue 24): it stays listed, with its
/// download, until the user discards it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarantined {
    /// Where it was.
    pub key: String,
    /// Where its raw text is kept now (None when it was not moved: full storage, or newer).
    pub kept_as: Option<String>,
    /// Why it was not opened.
    pub why: Unreadable,
    /// The technical detail, for the secretariat (goes into the download, not on screen).
    pub reason: String,
    /// Its title, where one could be read.
    pub title: Option<String>,
    /// Whether the user has downloaded it (then it is listed quietly, still with its download
    /// and its discard).
    pub downloaded: bool,
}

impl Quarantined {
    /// Where its raw text is now.
    pub fn raw_key(&self) -> &str {
        self.kept_as.as_deref().unwrap_or(&self.key)
    }
}

/// What a restore did, incident by incident, for the message that says so. Drills are counted
/// apart (issue 26), never among the real incidents added, brought back or replaced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RestoreCounts {
    /// Real incidents not in the browser: added.
    pub added: usize,
    /// Real incidents in 削除した記録: brought back.
    pub brought_back: usize,
    /// Real incidents newer in the file: replaced the browser's copy (the user agreed).
    pub replaced: usize,
    /// Drills added, brought back or replaced.
    pub drills: usize,
    /// The browser's copy was newer or the same: kept.
    pub kept: usize,
}

/// A message for the status region (aria-live), in the UI's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// An incident was deleted; it can be brought back.
    Deleted,
    /// A restore finished, with what it did.
    Restored(RestoreCounts),
    /// Another tab changed an incident and this tab took the change.
    UpdatedElsewhere,
}
