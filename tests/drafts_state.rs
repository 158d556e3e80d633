//! Drafts in the reducer: what is unsaved, other tabs, conflicts, deletion, restore.
#![cfg(not(target_arch = "wasm32"))]

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::state::{
    Action, AppState, Notice, RestoreCounts, SaveProblem, SaveStatus,
};
use incident_navi::core::text::Lang;
use incident_navi::core::time::Timestamp;

fn at(n: i64) -> Timestamp {
    Timestamp(1_795_000_000_000 + n * 1000)
}
fn stored(id: &str) -> Incident {
    Incident::new(id.into(), &[IncidentKind::Malware], at(0))
}
fn edit(state: &mut AppState, id: &str, title: &str, n: i64) {
    state.reduce(Action::Edit {
        id: id.into(),
        change: Change::SetTitle(title.into()),
        at: at(n),
    });
}

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
fn another_tabs_save_is_taken_when_this_tab_has_nothing_unsaved() {
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    let mut theirs = stored("a");
    theirs.apply(Change::SetTitle("from the other tab".into()), at(5));
    state.reduce(Action::ChangedElsewhere(theirs.clone()));
    assert_eq!(*state.incidents["a"], theirs);
    assert!(!state.has_unsaved("a"));
    assert_eq!(state.notice, Some(Notice::UpdatedElsewhere));
}

#[test]
fn another_tabs_save_never_silently_replaces_unsaved_work() {
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    edit(&mut state, "a", "mine", 1);
    let mut theirs = stored("a");
    theirs.apply(Change::SetTitle("theirs".into()), at(2));
    state.reduce(Action::ChangedElsewhere(theirs.clone()));
    assert_eq!(state.incidents["a"].title, "mine");
    assert_eq!(state.conflicts["a"], theirs);
    assert_eq!(
        state.unsaved().count(),
        0,
        "no write while the user decides"
    );

    // Keep mine: it becomes newer than theirs and is written.
    let mut keep_mine = state.clone();
    keep_mine.reduce(Action::ResolveConflict {
        id: "a".into(),
        keep_mine: true,
    });
    assert_eq!(keep_mine.incidents["a"].title, "mine");
    assert!(keep_mine.incidents["a"].revision > theirs.revision);
    assert_eq!(keep_mine.synced["a"], theirs.revision);
    assert_eq!(keep_mine.unsaved().count(), 1);

    // Take theirs.
    state.reduce(Action::ResolveConflict {
        id: "a".into(),
        keep_mine: false,
    });
    assert_eq!(*state.incidents["a"], theirs);
    assert!(!state.has_unsaved("a"));
}

#[test]
fn our_own_write_echoed_back_changes_nothing() {
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    let before = state.clone();
    state.reduce(Action::ChangedElsewhere(stored("a")));
    assert_eq!(state, before);
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
fn restore_adds_new_keeps_newer_and_asks_about_older() {
    let mut state = AppState::loaded(vec![stored("a"), stored("b")], vec![], Lang::Ja);
    edit(&mut state, "a", "edited here, after the backup", 10);
    let mut b_in_file = stored("b");
    b_in_file.apply(Change::SetTitle("edited in the file".into()), at(20));
    state.reduce(Action::Restore(vec![
        stored("a"),
        b_in_file.clone(),
        stored("c"),
    ]));
    assert!(state.incidents.contains_key("c"));
    assert_eq!(state.incidents["a"].title, "edited here, after the backup");
    assert_eq!(
        state.incidents["b"].title, "",
        "not replaced before the user says so"
    );
    assert_eq!(
        state
            .pending_restore
            .as_ref()
            .map(|p| p.newer_in_file.len()),
        Some(1)
    );
    state.reduce(Action::FinishRestore { replace: true });
    assert_eq!(state.incidents["b"].title, "edited in the file");
    assert!(
        state.has_unsaved("b"),
        "the restored version is written over storage's"
    );
    assert_eq!(
        state.notice,
        Some(Notice::Restored(RestoreCounts {
            added: 1,
            brought_back: 0,
            replaced: 1,
            kept: 1
        }))
    );
}

/// Found in testing: delete, then import that incident's JSON, and the message said
/// "unchanged 1" while the list stayed empty.
#[test]
fn importing_a_deleted_incident_brings_it_back_and_says_so() {
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    let exported = state.incidents["a"].clone();
    state.reduce(Action::Delete {
        id: "a".into(),
        at: at(5),
    });
    assert!(state.recent().is_empty());
    state.reduce(Action::Restore(vec![Incident::clone(&exported)]));
    let back = &state.incidents["a"];
    assert_eq!(back.deleted_at, None);
    assert_eq!(state.recent().len(), 1, "listed again");
    assert!(state.has_unsaved("a"), "saved over the deleted copy");
    assert!(back.revision > exported.revision);
    assert_eq!(state.undo_delete, None, "nothing left to undo");
    assert_eq!(
        state.notice,
        Some(Notice::Restored(RestoreCounts {
            brought_back: 1,
            ..RestoreCounts::default()
        }))
    );
    // Edits made before deleting are kept when the browser's copy is the newer one.
    let mut state = AppState::loaded(vec![stored("b")], vec![], Lang::Ja);
    let old = state.incidents["b"].clone();
    edit(&mut state, "b", "edited, then deleted", 6);
    state.reduce(Action::Delete {
        id: "b".into(),
        at: at(7),
    });
    state.reduce(Action::Restore(vec![Incident::clone(&old)]));
    assert_eq!(state.incidents["b"].title, "edited, then deleted");
    assert_eq!(state.incidents["b"].deleted_at, None);
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
fn a_save_of_the_same_revision_with_other_words_is_asked_about_not_taken_for_an_echo() {
    let mut mine = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    edit(&mut mine, "a", "typed here", 1);
    let revision = mine.incidents["a"].revision;
    mine.reduce(Action::Saved {
        id: "a".into(),
        revision,
        at: at(2),
    });
    let mut theirs = stored("a");
    theirs.apply(Change::SetTitle("typed there".into()), at(1));
    assert_eq!(
        theirs.revision, revision,
        "both tabs counted to the same revision"
    );
    mine.reduce(Action::ChangedElsewhere(theirs.clone()));
    assert_eq!(
        mine.incidents["a"].title, "typed here",
        "not silently replaced"
    );
    assert_eq!(mine.conflicts.get("a"), Some(&theirs), "the user chooses");
    // Keeping mine writes it past theirs.
    mine.reduce(Action::ResolveConflict {
        id: "a".into(),
        keep_mine: true,
    });
    assert!(mine.incidents["a"].revision > theirs.revision);
    assert!(mine.has_unsaved("a"));
    // And the very same record arriving again changes nothing.
    let mut same = AppState::loaded(vec![theirs.clone()], vec![], Lang::Ja);
    same.reduce(Action::ChangedElsewhere(theirs.clone()));
    assert!(same.conflicts.is_empty() && same.notice.is_none());
}

#[test]
fn a_read_only_tab_ignores_edits_and_follows_the_editing_tab() {
    use incident_navi::core::state::EditLock;
    let mut state = AppState::loaded(vec![stored("a"), stored("b")], vec![], Lang::Ja);
    state.reduce(Action::SetEditLock {
        id: "a".into(),
        lock: EditLock::ReadOnly,
    });
    assert!(state.is_read_only("a"));
    assert!(!state.is_read_only("b"), "the lock is per incident");
    edit(&mut state, "a", "ignored", 1);
    assert_eq!(state.incidents["a"].title, "");
    assert!(!state.has_unsaved("a"));
    let mut theirs = stored("a");
    theirs.apply(Change::SetTitle("from the editor".into()), at(2));
    state.reduce(Action::ChangedElsewhere(theirs.clone()));
    assert_eq!(*state.incidents["a"], theirs);
    // Taking over: edits go through again.
    state.reduce(Action::SetEditLock {
        id: "a".into(),
        lock: EditLock::Editing,
    });
    edit(&mut state, "a", "mine now", 3);
    assert_eq!(state.incidents["a"].title, "mine now");
    state.reduce(Action::SetEditLock {
        id: "a".into(),
        lock: EditLock::Unsupported,
    });
    assert!(
        !state.is_read_only("a"),
        "without Web Locks, editing is allowed"
    );
    // Leaving the screen drops the lock's effect.
    state.reduce(Action::SetEditLock {
        id: "a".into(),
        lock: EditLock::ReadOnly,
    });
    state.reduce(Action::ReleaseEditLock("b".into()));
    assert!(
        state.is_read_only("a"),
        "another incident's release changes nothing"
    );
    state.reduce(Action::ReleaseEditLock("a".into()));
    assert!(!state.is_read_only("a"));
}

/// Found in testing: after space was freed, the "cannot save" banner stayed until the next edit.
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
fn restored_copies_are_written_past_what_storage_holds() {
    // A deleted draft that storage holds at a higher revision than the file's copy.
    let mut state = AppState::loaded(vec![stored("a")], vec![], Lang::Ja);
    let exported = state.incidents["a"].clone();
    state.reduce(Action::Delete {
        id: "a".into(),
        at: at(5),
    });
    let deleted_revision = state.incidents["a"].revision;
    state.reduce(Action::Saved {
        id: "a".into(),
        revision: deleted_revision,
        at: at(6),
    });
    state.reduce(Action::Restore(vec![Incident::clone(&exported)]));
    assert!(state.incidents["a"].revision > deleted_revision);
    assert!(
        state.has_unsaved("a"),
        "so it is saved over the deleted copy"
    );

    // A newer file copy replacing a draft storage holds at a higher revision.
    let mut state = AppState::loaded(vec![stored("b")], vec![], Lang::Ja);
    for n in 1..=4 {
        edit(&mut state, "b", &format!("edit {n}"), n);
    }
    let ours = state.incidents["b"].revision;
    state.reduce(Action::Saved {
        id: "b".into(),
        revision: ours,
        at: at(5),
    });
    let mut file = stored("b");
    file.apply(Change::SetTitle("from the file, later".into()), at(50));
    assert!(file.revision < ours);
    state.reduce(Action::Restore(vec![file]));
    state.reduce(Action::FinishRestore { replace: true });
    assert_eq!(state.incidents["b"].title, "from the file, later");
    assert!(state.incidents["b"].revision > ours);
    assert!(state.has_unsaved("b"));

    // Keeping ours: the count says how many were kept, the newer ones included.
    let mut state = AppState::loaded(vec![stored("c"), stored("d")], vec![], Lang::Ja);
    let mut newer = stored("c");
    newer.apply(Change::SetTitle("newer".into()), at(9));
    state.reduce(Action::Restore(vec![newer, stored("d")]));
    state.reduce(Action::FinishRestore { replace: false });
    assert_eq!(
        state.notice,
        Some(Notice::Restored(RestoreCounts {
            kept: 2,
            ..RestoreCounts::default()
        }))
    );
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
fn a_late_echo_of_an_older_save_never_undoes_newer_keystrokes() {
    // The tab took over at revision 1 (what the old editor saved), typed and saved revision 2;
    // then the storage event of the old editor's save arrives, late.
    let mut old_save = stored("a");
    old_save.apply(Change::SetTitle("old editor".into()), at(1));
    let mut state = AppState::loaded(vec![old_save.clone()], vec![], Lang::Ja);
    edit(&mut state, "a", "old editor + new keys", 2);
    let revision = state.incidents["a"].revision;
    state.reduce(Action::Saved {
        id: "a".into(),
        revision,
        at: at(3),
    });
    state.reduce(Action::ChangedElsewhere(old_save.clone()));
    assert_eq!(state.incidents["a"].title, "old editor + new keys");
    assert_eq!(
        state.conflicts.get("a"),
        Some(&old_save),
        "an older version is never taken silently: the user chooses"
    );
    assert_eq!(state.notice, None);
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
