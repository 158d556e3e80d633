//! Drafts in the reducer: what is unsaved, other tabs, conflicts, deletion, restore.
#![cfg(not(target_arch = "wasm32"))]

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::state::{
    Action, AppState, Notice, RestoreCounts, SaveProblem, SaveStatus,
};
use incident_navi::core::text::Lang;
use incident_navi::core::time::Timestamp;

pub(crate) fn at(n: i64) -> Timestamp {
    Timestamp(1_795_000_000_000 + n * 1000)
}
pub(crate) fn stored(id: &str) -> Incident {
    Incident::new(id.into(), &[IncidentKind::Malware], at(0))
}
pub(crate) fn edit(state: &mut AppState, id: &str, title: &str, n: i64) {
    state.reduce(Action::Edit {
        id: id.into(),
        change: Change::SetTitle(title.into()),
        at: at(n),
    });
}

mod drills;
mod other_tabs;
mod restore;
mod set_aside;
mod timelines;

#[test]
fn a_change_is_unsaved_until_storage_confirms_it() {
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    assert!(!state.has_unsaved("a"));
    edit(&mut state, "a", "x", 1);
    assert!(state.has_unsaved("a"));
    assert_eq!(state.unsaved().count(), 1);
    state.reduce(Action::SaveFailed(SaveProblem::Full));
    assert!(
        state.has_unsaved("a"),
        "a failed save leaves it unsaved, to be tried again"
    );
    assert_eq!(state.save, SaveStatus::Failed(SaveProblem::Full));
    let revision = state.incidents["a"].revision;
    state.reduce(Action::Saved {
        id: "a".into(),
        revision,
        at: at(2),
    });
    assert!(!state.has_unsaved("a"));
    assert_eq!(state.save, SaveStatus::Saved(at(2)));
}

#[test]
fn delete_undo_and_purge() {
    let mut state = AppState::loaded(vec![stored("a"), stored("b")], vec![], Lang::Ja);
    state.reduce(Action::Delete {
        id: "a".into(),
        at: at(1),
    });
    assert_eq!(state.recent().len(), 1);
    assert_eq!(state.deleted().len(), 1);
    state.reduce(Action::UndoDelete { at: at(2) });
    assert_eq!(state.recent().len(), 2);
    // Only a deleted incident can be purged.
    state.reduce(Action::Purge("b".into()));
    assert!(state.incidents.contains_key("b"));
    state.reduce(Action::Delete {
        id: "b".into(),
        at: at(3),
    });
    state.reduce(Action::Purge("b".into()));
    assert!(!state.incidents.contains_key("b"));
    assert!(state.to_purge.iter().any(|p| p == "b"));
    state.reduce(Action::Purged("b".into()));
    assert!(state.to_purge.is_empty() && !state.synced.contains_key("b"));
}

#[test]
fn duplicate_and_archive() {
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    edit(&mut state, "a", "USB", 1);
    state.reduce(Action::Duplicate {
        id: "a".into(),
        new_id: "a2".into(),
        at: at(2),
    });
    assert_eq!(state.incidents["a2"].title, "USB（コピー）");
    assert_eq!(state.incidents["a2"].kinds, state.incidents["a"].kinds);
    assert!(state.has_unsaved("a2"));
    state.reduce(Action::Edit {
        id: "a".into(),
        change: Change::SetArchived(true),
        at: at(3),
    });
    assert_eq!(
        state
            .recent()
            .iter()
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>(),
        vec!["a2"]
    );
    assert_eq!(state.archived().len(), 1);
}

/// The two-tab loss found in testing: both tabs wrote the same revision with different words, and
/// each took the other's save for its own echo. Now the tab whose save was overwritten is asked.
#[test]
fn saving_is_tried_again_only_while_it_fails_with_work_unsaved() {
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    state.reduce(Action::RetrySave);
    assert_eq!(state.save_retries, 0, "nothing failed");
    edit(&mut state, "a", "typed while full", 1);
    state.reduce(Action::SaveFailed(SaveProblem::Full));
    assert!(state.has_anything_unsaved());
    state.reduce(Action::RetrySave);
    state.reduce(Action::RetrySave);
    assert_eq!(
        state.save_retries, 2,
        "each try runs the saving effect again"
    );
    let revision = state.incidents["a"].revision;
    state.reduce(Action::Saved {
        id: "a".into(),
        revision,
        at: at(2),
    });
    assert!(!state.has_anything_unsaved());
    state.reduce(Action::RetrySave);
    assert_eq!(state.save_retries, 2, "saved: no more tries");
}

#[test]
fn the_backup_reminder_waits_a_day_after_changes_nobody_backed_up() {
    const DAY: i64 = 24 * 60 * 60;
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    // stored("a") changed at at(0) and was never backed up.
    assert!(!state.backup_due(at(DAY)), "exactly a day: not yet");
    assert!(state.backup_due(at(DAY + 1)), "more than a day");
    state.reduce(Action::BackedUp(at(DAY + 2)));
    assert!(
        !state.backup_due(at(3 * DAY)),
        "nothing changed since the backup"
    );
    edit(&mut state, "a", "changed after the backup", DAY + 10);
    assert!(
        !state.backup_due(at(2 * DAY + 2)),
        "a day after the backup: not yet"
    );
    assert!(
        state.backup_due(at(2 * DAY + 3)),
        "more than a day after the backup"
    );
    assert!(
        !AppState::default().backup_due(at(10 * DAY)),
        "no drafts, nothing to back up"
    );
}

/// Found unguarded by mutation testing (state.rs); each line says what must hold.
#[test]
fn loading_deleting_purging_and_removal_elsewhere_keep_their_promises() {
    use incident_navi::core::state::{Quarantined, Screen, Unreadable};
    let q = Quarantined {
        key: "incident-navi/v1/incident/x".into(),
        kept_as: Some("incident-navi/v1/quarantine/x@1".into()),
        why: Unreadable::Damaged,
        reason: "r".into(),
        title: None,
        downloaded: false,
    };
    assert_eq!(q.raw_key(), "incident-navi/v1/quarantine/x@1");
    let in_place = Quarantined {
        kept_as: None,
        ..q.clone()
    };
    assert_eq!(in_place.raw_key(), "incident-navi/v1/incident/x");
    let state = AppState::loaded(vec![], vec![q.clone()], Lang::En);
    assert_eq!((state.quarantined.clone(), state.lang), (vec![q], Lang::En));

    // Deleting the incident on screen goes home; the undo offer follows the last deletion.
    let mut state = AppState::loaded(vec![stored("a"), stored("b")], vec![], Lang::Ja);
    state.reduce(Action::Navigate(Screen::Incident("a".into())));
    state.reduce(Action::Delete {
        id: "a".into(),
        at: at(1),
    });
    assert_eq!(state.screen, Screen::Home);
    state.reduce(Action::Delete {
        id: "b".into(),
        at: at(2),
    });
    state.reduce(Action::Purge("a".into()));
    assert_eq!(
        state.undo_delete.as_deref(),
        Some("b"),
        "purging another keeps b's undo"
    );
    state.reduce(Action::Purge("b".into()));
    assert_eq!(state.undo_delete, None, "nothing left to undo");

    // Another tab removing an incident: taken when nothing is unsaved here, kept when it is.
    let mut state = AppState::loaded(vec![stored("a"), stored("b")], vec![], Lang::Ja);
    edit(&mut state, "a", "unsaved here", 1);
    state.reduce(Action::RemovedElsewhere("a".into()));
    state.reduce(Action::RemovedElsewhere("b".into()));
    assert!(
        state.incidents.contains_key("a"),
        "unsaved work is not dropped"
    );
    assert!(!state.incidents.contains_key("b"));
}

#[test]
fn retries_need_both_a_failure_and_unsaved_work_and_a_backup_covers_its_own_instant() {
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    state.reduce(Action::SaveFailed(SaveProblem::Full));
    state.reduce(Action::RetrySave);
    assert_eq!(state.save_retries, 0, "failed, but nothing unsaved");
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    edit(&mut state, "a", "typed", 1);
    state.reduce(Action::RetrySave);
    assert_eq!(state.save_retries, 0, "unsaved, but saving has not failed");
    // A backup taken at the very moment of the last change covers it.
    const DAY: i64 = 24 * 60 * 60;
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    state.reduce(Action::BackedUp(at(0)));
    assert!(!state.backup_due(at(3 * DAY)));
}

/// Issue 11: a keystroke must cost the same however large the drafts are. The next state shares
/// every incident it did not change, and the changed one shares its timeline with the last state.
#[test]
fn an_edit_copies_only_what_it_changes() {
    let mut big = stored("a");
    for n in 0..50 {
        big.apply(
            Change::AddEntry {
                at: at(n),
                text: format!("entry {n}"),
            },
            at(n),
        );
    }
    let before = AppState::loaded(vec![big, stored("b")], vec![], Lang::Ja);
    let mut after = before.clone();
    edit(&mut after, "a", "new title", 99);
    assert_eq!(after.incidents["a"].title, "new title");
    assert_eq!(
        before.incidents["a"].title, "",
        "the old state is untouched"
    );
    assert!(
        std::rc::Rc::ptr_eq(&before.incidents["b"], &after.incidents["b"]),
        "an incident the edit did not touch is shared, not copied"
    );
    assert!(after.incidents["a"]
        .timeline
        .is_same_list(&before.incidents["a"].timeline));
    // Adding an entry makes a new list, and leaves the old state's list as it was.
    let mut logged = after.clone();
    logged.reduce(Action::Edit {
        id: "a".into(),
        change: Change::AddEntry {
            at: at(100),
            text: "one more".into(),
        },
        at: at(100),
    });
    assert!(!logged.incidents["a"]
        .timeline
        .is_same_list(&after.incidents["a"].timeline));
    assert_eq!(
        (
            after.incidents["a"].timeline.len(),
            logged.incidents["a"].timeline.len()
        ),
        (50, 51)
    );
}

#[test]
fn lists_are_most_recently_changed_first_then_by_id() {
    let make = |id: &str, n: i64| {
        let mut i = stored(id);
        i.updated_at = at(n);
        i
    };
    let state = AppState::loaded(
        vec![make("b", 1), make("c", 3), make("a", 1), make("d", 2)],
        vec![],
        Lang::Ja,
    );
    let ids: Vec<&str> = state.recent().iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["c", "d", "a", "b"]);
}
