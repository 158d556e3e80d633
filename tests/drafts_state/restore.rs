//! Restoring files in the reducer: what is added, kept, asked about, and brought back.

use super::*;

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
            kept: 1,
            drills: 0
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
