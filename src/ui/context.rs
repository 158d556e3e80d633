//! What the screens ask of the app, said in the user's terms. Each intent stamps the time and
//! makes new ids here, and the few things the screens need from storage are asked here too, so
//! components neither read the clock nor reach storage themselves (the persisting effect in
//! `app.rs` is the one other place that does).

use super::app::AppHandle;
use crate::core::drill::{DrillRun, Scenario, DRILL_MARK};
use crate::core::incident::{Change, Incident};
use crate::core::playbook::IncidentKind;
use crate::core::state::{Action, Quarantined};
use crate::core::time::{CivilDate, Timestamp};
use crate::core::{about, backup};
pub use crate::web::storage::RegisterLoad;
use crate::web::{clock, dom, files, storage};
use yew::Callback;

/// The time now, for what a screen shows (a default date, the time on a new entry).
pub fn now() -> Timestamp {
    clock::now()
}

/// Today in Japan (deadlines count in JST days).
pub fn today() -> CivilDate {
    CivilDate::of(clock::now())
}

/// The build this page came from (the commit, written into the single file by
/// tools/single-file.mjs); empty in a development build.
pub fn build() -> String {
    dom::meta("incident-navi-build").unwrap_or_default()
}

/// "0.1.0 (abc1234)": shown in the footer and written into every export.
pub fn made_with() -> String {
    about::made_with(&build())
}

/// The secretariat's register as storage holds it (issue 13); `Err` when storage cannot be
/// reached at all.
pub fn load_register() -> Result<storage::RegisterLoad, storage::StorageError> {
    storage::local().and_then(|store| store.load_register(now().0))
}

/// Saves the secretariat's register (merged with what another tab may have saved meanwhile:
/// the result is what was stored): the register screen's one persisting effect calls this.
pub fn save_register(
    register: &crate::core::register::Register,
) -> Result<crate::core::register::Register, storage::StorageError> {
    storage::local().and_then(|store| store.save_register(register))
}

/// Hears another tab's save of the register, until the guard is dropped.
pub fn on_register_saved(
    callback: impl Fn(Vec<crate::core::register::Row>) + 'static,
) -> Option<gloo_events::EventListener> {
    storage::on_register_saved(callback)
}

/// The text of a register moved aside as unreadable, to save to a file.
pub fn register_aside(key: &str) -> Option<String> {
    storage::local().ok().and_then(|store| store.raw(key))
}

/// A fresh random value (an incident id, a take-over request).
pub fn new_id() -> String {
    clock::new_id()
}

/// The intents, as methods of the app's handle.
pub trait Intents {
    /// Changes incident `id`, now.
    fn edit(&self, id: &str, change: Change);
    /// A callback that makes `change` to `id` when fired (buttons of a row).
    fn edit_on<E: 'static>(&self, id: &str, change: Change) -> Callback<E>;
    /// Starts a new incident of these types and opens it.
    fn start_incident(&self, kinds: Vec<IncidentKind>);
    /// Starts a drill of `scenario` (read from `text`) at `speed`, now, and opens it (issue 26).
    fn start_drill(&self, text: &str, scenario: &Scenario, speed: u32);
    /// Copies an incident under a new id.
    fn duplicate(&self, id: &str);
    /// Deletes an incident (recoverably).
    fn delete(&self, id: &str);
    /// Brings back the incident deleted last.
    fn undo_delete(&self);
    /// Downloads every record as one backup file, and remembers when.
    fn back_up(&self) -> Result<(), files::FileError>;
    /// Whether the user has read where drafts live.
    fn storage_notice_read(&self) -> bool;
    /// Remembers that the user has read where drafts live.
    fn mark_storage_notice_read(&self);
    /// The incident as storage holds it now (what another tab saved last), if readable.
    fn stored(&self, id: &str) -> Option<Incident>;
    /// Downloads the raw text of the records that could not be read, wherever each is now, and
    /// remembers that they were downloaded (they stay listed until discarded).
    fn download_unreadable(&self, records: &[Quarantined]);
    /// Removes a record set aside for good (after the user confirmed); it stays listed if
    /// storage refuses.
    fn discard_set_aside(&self, record: &Quarantined);
}

impl Intents for AppHandle {
    fn edit(&self, id: &str, change: Change) {
        self.dispatch(Action::Edit {
            id: id.to_owned(),
            change,
            at: now(),
        });
    }

    fn edit_on<E: 'static>(&self, id: &str, change: Change) -> Callback<E> {
        let (app, id) = (self.clone(), id.to_owned());
        Callback::from(move |_| app.edit(&id, change.clone()))
    }

    fn start_incident(&self, kinds: Vec<IncidentKind>) {
        self.dispatch(Action::Create {
            id: new_id(),
            kinds,
            at: now(),
        });
    }

    fn start_drill(&self, text: &str, scenario: &Scenario, speed: u32) {
        let at = now();
        self.dispatch(Action::StartDrill {
            id: new_id(),
            kinds: scenario.kinds.clone(),
            title: format!("{DRILL_MARK}{}", scenario.title.get(self.lang)),
            drill: Box::new(DrillRun::new(text.to_owned(), speed, at)),
            at,
        });
    }

    fn duplicate(&self, id: &str) {
        self.dispatch(Action::Duplicate {
            id: id.to_owned(),
            new_id: new_id(),
            at: now(),
        });
    }

    fn delete(&self, id: &str) {
        self.dispatch(Action::Delete {
            id: id.to_owned(),
            at: now(),
        });
    }

    fn undo_delete(&self) {
        self.dispatch(Action::UndoDelete { at: now() });
    }

    fn back_up(&self) -> Result<(), files::FileError> {
        if !self.timelines_pending.is_empty() {
            return Ok(()); // not whole yet: the button waits too (and the banner says why)
        }
        let all: Vec<&Incident> = self.incidents.values().map(|i| &**i).collect();
        let at = now();
        let stamp = at.jst_minute().replace(['-', ':'], "").replace(' ', "-");
        files::save_text(
            &backup::encode(&all, at, &made_with()),
            "application/json",
            &format!("incident-navi-backup-{stamp}.json"),
        )?;
        if let Ok(store) = storage::local() {
            store.save_last_backup(at);
        }
        self.dispatch(Action::BackedUp(at));
        Ok(())
    }

    fn storage_notice_read(&self) -> bool {
        storage::local().is_ok_and(|s| s.storage_notice_read())
    }

    fn mark_storage_notice_read(&self) {
        if let Ok(store) = storage::local() {
            store.mark_storage_notice_read();
        }
    }

    fn stored(&self, id: &str) -> Option<Incident> {
        storage::local().ok()?.stored(id).ok().flatten()
    }

    fn download_unreadable(&self, records: &[Quarantined]) {
        let Ok(store) = storage::local() else { return };
        // Each record's raw text, with why it was not opened.
        #[derive(serde::Serialize)]
        struct Raw {
            key: String,
            why: String,
            raw: String,
        }
        let list: Vec<Raw> = store
            .unreadable_raw(records)
            .into_iter()
            .map(|(key, why, raw)| Raw { key, why, raw })
            .collect();
        let text = serde_json::to_string(&list).unwrap_or_default();
        if files::save_text(&text, "application/json", "incident-navi-unreadable.json").is_ok() {
            let keys: Vec<String> = records.iter().map(|q| q.raw_key().to_owned()).collect();
            let _ = store.set_aside_downloaded(&keys);
            self.dispatch(Action::SetAsideDownloaded(keys));
        }
    }

    fn discard_set_aside(&self, record: &Quarantined) {
        let discarded = storage::local().and_then(|store| store.discard_set_aside(record));
        match discarded {
            Ok(()) => self.dispatch(Action::SetAsideDiscarded(record.raw_key().to_owned())),
            Err(_) => self.dispatch(Action::AskDiscard(None)),
        }
    }
}
