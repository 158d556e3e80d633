//! Other tabs in the reducer: their saves, echoes, conflicts, and the read-only tab.

use super::*;

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
