//! The whole app's state and its reducer. Components dispatch [`Action`]s; [`AppState::reduce`] is
//! pure; one effect at the edge persists what changed and reports back with actions.
//!
//! Saving is tracked here, not in the edge: `synced` holds, for each incident, the revision known
//! to be in storage. An incident whose revision differs has unsaved changes. That one map decides
//! autosave, the two-tab check (a write only goes through if storage still holds the synced
//! revision) and what to do when another tab's change arrives.

use crate::core::backup::MergePlan;
use crate::core::drill::DrillRun;
use crate::core::incident::{Change, Incident, Timeline};
use crate::core::playbook::IncidentKind;
use crate::core::report::settings::Settings;
use crate::core::sorted::SortedMap;
use crate::core::text::Lang;
use crate::core::time::Timestamp;
use std::rc::Rc;

mod lists;
mod restore;
mod set_aside;
mod status;
mod timelines;

pub use status::{
    EditLock, Notice, Quarantined, RestoreCounts, SaveProblem, SaveStatus, Unreadable,
};

/// Which screen is shown. A screen enum instead of a router: the app lives at one file:// URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// Emergency contact, first rules, the drafts list.
    #[default]
    Home,
    /// Choosing the type(s) of a new incident.
    NewIncident,
    /// One incident's task list, by id.
    Incident(String),
    /// The secretariat's register of reports received (issue 13); its state is its own
    /// (`core::register::desk`), never mixed with the drafts.
    Register,
    /// Choosing a drill's scenario and speed (issue 26).
    DrillStart,
}

/// Everything the UI shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The screen shown.
    pub screen: Screen,
    /// The UI language.
    pub lang: Lang,
    /// Every incident, by id (including deleted ones, until permanently deleted). Shared, so
    /// that a new state after a keystroke copies pointers, not every incident; an edit copies
    /// only the incident it changes ([`Rc::make_mut`]), and that copy shares its timeline.
    pub incidents: SortedMap<Rc<Incident>>,
    /// For each incident, the revision known to be in storage.
    pub synced: SortedMap<u64>,
    /// Incidents another tab saved while this tab had unsaved changes: theirs, by id.
    pub conflicts: SortedMap<Incident>,
    /// Incidents to remove from storage for good.
    pub to_purge: Vec<String>,
    /// The state of saving.
    pub save: SaveStatus,
    /// Stored records that could not be read (set aside), every one storage holds.
    pub quarantined: Vec<Quarantined>,
    /// The record set aside (its raw key) the user asked to discard: the UI asks to confirm.
    pub discard_asked: Option<String>,
    /// A restore waiting for the user to decide about drafts that are newer in the file.
    pub pending_restore: Option<MergePlan>,
    /// The incident deleted last, offered for undo.
    pub undo_delete: Option<String>,
    /// The last status message.
    pub notice: Option<Notice>,
    /// Who reports, and where to (kept in the browser).
    pub settings: Settings,
    /// The edit lock of the incident on screen, by id.
    pub edit_lock: Option<(String, EditLock)>,
    /// Counts attempts to save again after a failure, so the persisting effect runs again even
    /// though nothing was typed (storage may have room again).
    pub save_retries: u32,
    /// When a backup was last downloaded in this browser (for the reminder).
    pub last_backup: Option<Timestamp>,
    /// Incidents whose timeline is still being read, each with the empty stand-in it holds
    /// meanwhile. Timelines live apart from the drafts list (`web::storage::timelines`) and are
    /// read after the first screen; until one arrives its incident cannot be changed, so the
    /// stand-in is never saved over it. An incident that no longer holds its stand-in (another
    /// tab's copy or a restored one took its place) is no longer waiting.
    pub timelines_pending: SortedMap<Timeline>,
    /// The timelines kept apart could not be read: the incidents waiting for theirs stay closed.
    pub timelines_unreadable: bool,
}

/// How long changes may stand without a backup before the drafts list reminds the user: a day.
pub const BACKUP_REMINDER_MS: i64 = 24 * 60 * 60 * 1000;

/// Something that happens to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show another screen.
    Navigate(Screen),
    /// Switch language.
    SetLang(Lang),
    /// Make a new incident and open it.
    Create {
        id: String,
        kinds: Vec<IncidentKind>,
        at: Timestamp,
    },
    /// Start a drill (issue 26): a new incident of the scenario's types, titled, that plays
    /// `drill`, and open it.
    StartDrill {
        id: String,
        kinds: Vec<IncidentKind>,
        title: String,
        drill: Box<DrillRun>,
        at: Timestamp,
    },
    /// Change an incident.
    Edit {
        id: String,
        change: Change,
        at: Timestamp,
    },
    /// Copy an incident under a new id.
    Duplicate {
        id: String,
        new_id: String,
        at: Timestamp,
    },
    /// Delete (recoverably); offered for undo.
    Delete { id: String, at: Timestamp },
    /// Undo the last deletion.
    UndoDelete { at: Timestamp },
    /// Remove a deleted incident for good (the UI asks first).
    Purge(String),
    /// Storage no longer holds it.
    Purged(String),
    /// Remove every drill for good (issue 26: drills are disposable; the UI asks once). Real
    /// incidents are never touched by it.
    PurgeDrills,
    /// Storage holds `revision` of `id`, written at `at`.
    Saved {
        id: String,
        revision: u64,
        at: Timestamp,
    },
    /// Storage could not be written.
    SaveFailed(SaveProblem),
    /// Another tab saved this incident (the storage event, or a failed revision check).
    ChangedElsewhere(Incident),
    /// Another tab removed this incident for good.
    RemovedElsewhere(String),
    /// The user chose between this tab's and another tab's version.
    ResolveConflict { id: String, keep_mine: bool },
    /// A backup file was read; merge what is safe, ask about the rest.
    Restore(Vec<Incident>),
    /// The user's answer about drafts that are newer in the file.
    FinishRestore { replace: bool },
    /// Hide the status message.
    DismissNotice,
    /// Change the reporter's settings.
    SetSettings(Settings),
    /// The edit lock of an incident changed (got it, lost it to another tab, or no locks).
    SetEditLock { id: String, lock: EditLock },
    /// The incident's screen closed: its lock no longer applies.
    ReleaseEditLock(String),
    /// Try saving again (a timer while saving fails, and when the window gets focus).
    RetrySave,
    /// A backup of every draft was downloaded.
    BackedUp(Timestamp),
    /// The timelines kept apart were read: each waiting incident whole, as storage holds it now,
    /// and those that could not be read.
    TimelinesRead {
        incidents: Vec<Incident>,
        quarantined: Vec<Quarantined>,
    },
    /// The timelines kept apart could not be read at all (storage refused).
    TimelinesUnreadable,
    /// Records set aside were downloaded (their raw keys): they stay listed, marked so.
    SetAsideDownloaded(Vec<String>),
    /// The user asked to discard a record set aside (its raw key), or took it back (`None`).
    AskDiscard(Option<String>),
    /// Storage no longer holds this record set aside (its raw key): it leaves the list.
    SetAsideDiscarded(String),
}

impl AppState {
    /// A state that starts from what storage held: all of it synced.
    pub fn loaded(incidents: Vec<Incident>, quarantined: Vec<Quarantined>, lang: Lang) -> AppState {
        let synced = incidents
            .iter()
            .map(|i| (i.id.clone(), i.revision))
            .collect();
        let incidents = incidents
            .into_iter()
            .map(|i| (i.id.clone(), Rc::new(i)))
            .collect();
        AppState {
            incidents,
            synced,
            quarantined,
            lang,
            ..AppState::default()
        }
    }

    /// The state after `action`.
    pub fn reduce(&mut self, action: Action) {
        if let Action::Edit { id, .. } | Action::Duplicate { id, .. } | Action::Delete { id, .. } =
            &action
        {
            if self.timelines_pending.contains_key(id) {
                return; // its timeline is not here yet: a change now would be saved without it
            }
        }
        self.apply(action);
        let incidents = &self.incidents;
        self.timelines_pending.retain(|id, stand_in| {
            incidents
                .get(id)
                .is_some_and(|i| i.timeline.is_same_list(stand_in))
        });
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Navigate(screen) => self.screen = screen,
            Action::SetLang(lang) => self.lang = lang,
            Action::Create { id, kinds, at } => {
                if kinds.is_empty() || self.incidents.contains_key(&id) {
                    return;
                }
                self.incidents
                    .insert(id.clone(), Rc::new(Incident::new(id.clone(), &kinds, at)));
                self.screen = Screen::Incident(id);
            }
            Action::StartDrill {
                id,
                kinds,
                title,
                drill,
                at,
            } => {
                if kinds.is_empty() || self.incidents.contains_key(&id) {
                    return;
                }
                let mut incident = Incident::new(id.clone(), &kinds, at);
                incident.apply(Change::SetTitle(title), at);
                incident.drill = Some(drill);
                self.incidents.insert(id.clone(), Rc::new(incident));
                self.screen = Screen::Incident(id);
            }
            Action::Edit { id, change, at } => {
                if self.is_read_only(&id) {
                    return;
                }
                if let Some(incident) = self.incidents.get_mut(&id) {
                    Rc::make_mut(incident).apply(change, at);
                }
            }
            Action::Duplicate { id, new_id, at } => {
                if let Some(copy) = self
                    .incidents
                    .get(&id)
                    .filter(|_| !self.incidents.contains_key(&new_id))
                    .map(|i| i.duplicate(new_id.clone(), at))
                {
                    self.incidents.insert(new_id, Rc::new(copy));
                }
            }
            Action::Delete { id, at } => {
                if let Some(incident) = self.incidents.get_mut(&id) {
                    Rc::make_mut(incident).apply(Change::SetDeleted(true), at);
                    self.undo_delete = Some(id);
                    self.notice = Some(Notice::Deleted);
                    if self.screen != Screen::Home {
                        self.screen = Screen::Home;
                    }
                }
            }
            Action::UndoDelete { at } => {
                if let Some(incident) = self
                    .undo_delete
                    .take()
                    .and_then(|id| self.incidents.get_mut(&id))
                {
                    Rc::make_mut(incident).apply(Change::SetDeleted(false), at);
                    self.notice = None;
                }
            }
            Action::Purge(id) => {
                if self
                    .incidents
                    .get(&id)
                    .is_some_and(|i| i.deleted_at.is_some())
                {
                    self.incidents.remove(&id);
                    self.conflicts.remove(&id);
                    if !self.to_purge.contains(&id) {
                        self.to_purge.push(id.clone());
                    }
                    if self.undo_delete.as_ref() == Some(&id) {
                        self.undo_delete = None;
                    }
                }
            }
            Action::PurgeDrills => self.purge_drills(),
            Action::Purged(id) => {
                self.to_purge.retain(|p| *p != id);
                self.synced.remove(&id);
            }
            Action::Saved { id, revision, at } => {
                self.synced.insert(id, revision);
                self.save = SaveStatus::Saved(at);
            }
            Action::SaveFailed(problem) => self.save = SaveStatus::Failed(problem),
            Action::ChangedElsewhere(theirs) => self.changed_elsewhere(theirs),
            Action::RemovedElsewhere(id) => {
                if !self.has_unsaved(&id) {
                    self.incidents.remove(&id);
                    self.synced.remove(&id);
                }
            }
            Action::ResolveConflict { id, keep_mine } => {
                let Some(theirs) = self.conflicts.remove(&id) else {
                    return;
                };
                self.synced.insert(id.clone(), theirs.revision);
                match self.incidents.get_mut(&id) {
                    // Mine wins: one revision past theirs, so the next save writes over it.
                    Some(mine) if keep_mine => {
                        let mine = Rc::make_mut(mine);
                        mine.revision = mine.revision.max(theirs.revision) + 1
                    }
                    _ => {
                        self.incidents.insert(id, Rc::new(theirs));
                    }
                }
            }
            Action::Restore(incoming) => self.restore(incoming),
            Action::FinishRestore { replace } => self.finish_restore(replace),
            Action::DismissNotice => self.notice = None,
            Action::SetSettings(settings) => self.settings = settings.cleaned(),
            Action::SetEditLock { id, lock } => self.edit_lock = Some((id, lock)),
            Action::BackedUp(at) => self.last_backup = Some(at),
            Action::RetrySave => {
                if matches!(self.save, SaveStatus::Failed(_)) && self.unsaved().next().is_some() {
                    self.save_retries = self.save_retries.wrapping_add(1);
                }
            }
            Action::TimelinesRead {
                incidents,
                quarantined,
            } => self.timelines_read(incidents, quarantined),
            Action::TimelinesUnreadable => self.timelines_unreadable = true,
            Action::SetAsideDownloaded(keys) => self.set_aside_downloaded(&keys),
            Action::AskDiscard(key) => self.discard_asked = key,
            Action::SetAsideDiscarded(key) => self.set_aside_discarded(&key),
            Action::ReleaseEditLock(id) => {
                if self
                    .edit_lock
                    .as_ref()
                    .is_some_and(|(locked, _)| *locked == id)
                {
                    self.edit_lock = None;
                }
            }
        }
    }

    /// Whether to remind the user to back up: drafts changed since the last backup (or there was
    /// none), and the first such change is more than a day old. Drafts live in one browser at one
    /// file path; a backup file is what survives a new PC or cleared browser data.
    pub fn backup_due(&self, now: Timestamp) -> bool {
        let since = self.last_backup.map_or(i64::MIN, |t| t.0);
        let first_unbacked = self
            .incidents
            .values()
            .map(|i| i.updated_at.0)
            .filter(|&changed| changed > since)
            .min();
        first_unbacked.is_some_and(|changed| {
            let waiting_since = self.last_backup.map_or(changed, |t| t.0);
            now.0 - waiting_since > BACKUP_REMINDER_MS
        })
    }

    /// Whether anything the user typed is not in storage yet (unsaved, or waiting for a choice
    /// between two tabs' versions): closing the tab now would lose it.
    pub fn has_anything_unsaved(&self) -> bool {
        self.unsaved().next().is_some() || !self.conflicts.is_empty()
    }

    /// Whether another tab edits this incident, so this one only shows it.
    pub fn is_read_only(&self, id: &str) -> bool {
        matches!(&self.edit_lock, Some((locked, EditLock::ReadOnly)) if locked == id)
    }

    fn changed_elsewhere(&mut self, theirs: Incident) {
        let id = theirs.id.clone();
        let ours = self.incidents.get(&id).map(|i| &**i);
        if ours == Some(&theirs) {
            self.synced.insert(id, theirs.revision);
            return; // what we hold already
        }
        // Same revision, other content: both tabs wrote that revision and ours was overwritten.
        // Taking theirs would drop our last save without a word, so the user chooses.
        let overwritten = ours.is_some_and(|o| o.revision == theirs.revision);
        // Older than what this tab has saved or seen: a late echo of a save this tab has moved
        // past (Firefox can deliver a storage event after the take-over that read it), or a tab
        // that wrote over a newer save. Taking it would silently undo keystrokes; the user chooses.
        let older = self.synced.get(&id).is_some_and(|&s| theirs.revision < s);
        if overwritten || older || self.has_unsaved(&id) {
            self.conflicts.insert(id, theirs);
        } else {
            self.synced.insert(id.clone(), theirs.revision);
            self.incidents.insert(id, Rc::new(theirs));
            self.notice = Some(Notice::UpdatedElsewhere);
        }
    }

    /// Whether an incident has changes storage does not hold yet.
    pub fn has_unsaved(&self, id: &str) -> bool {
        self.incidents
            .get(id)
            .is_some_and(|i| self.synced.get(id) != Some(&i.revision))
    }

    /// Incidents waiting to be written: changed, and not waiting for a conflict decision.
    pub fn unsaved(&self) -> impl Iterator<Item = &Rc<Incident>> {
        self.incidents
            .values()
            .filter(|i| self.has_unsaved(&i.id) && !self.conflicts.contains_key(&i.id))
    }
}
