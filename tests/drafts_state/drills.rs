//! Drills in the drafts' state (issue 26): listed apart from real incidents, never counted among
//! them, and all removed for good by one action that never touches a real record.

use super::{at, stored};
use incident_navi::core::drill::DrillRun;
use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::state::{Action, AppState, Screen};
use incident_navi::core::text::Lang;

fn drill(id: &str) -> Incident {
    let mut i = stored(id);
    i.apply(Change::SetTitle("【訓練】ウイルス感染".into()), at(1));
    i.drill = Some(Box::new(DrillRun::new("scenario: x".into(), 60, at(0))));
    i
}

fn ids(list: Vec<&std::rc::Rc<Incident>>) -> Vec<String> {
    list.into_iter().map(|i| i.id.clone()).collect()
}

/// Two real incidents (one archived, one deleted besides a plain one) and three drills (one
/// archived, one deleted), all saved; a real one is titled like a drill and is still real.
fn state() -> AppState {
    let mut fake = stored("real-titled");
    fake.apply(Change::SetTitle("【訓練】と書いた実際の事故".into()), at(2));
    let mut archived = stored("real-archived");
    archived.apply(Change::SetArchived(true), at(3));
    let mut drill_archived = drill("drill-archived");
    drill_archived.apply(Change::SetArchived(true), at(3));
    let mut drill_deleted = drill("drill-deleted");
    drill_deleted.apply(Change::SetDeleted(true), at(4));
    AppState::loaded(
        vec![
            stored("real-a"),
            fake,
            archived,
            drill("drill-a"),
            drill_archived,
            drill_deleted,
        ],
        vec![],
        Lang::Ja,
    )
}

#[test]
fn drills_are_listed_apart_and_never_among_or_counted_with_real_incidents() {
    let mut state = state();
    state.reduce(Action::Delete {
        id: "real-a".into(),
        at: at(5),
    });
    assert_eq!(ids(state.recent()), vec!["real-titled"]);
    assert_eq!(ids(state.archived()), vec!["real-archived"]);
    assert_eq!(ids(state.deleted()), vec!["real-a"]);
    let mut drills = ids(state.drills());
    drills.sort();
    assert_eq!(drills, vec!["drill-a", "drill-archived", "drill-deleted"]);
    assert_eq!(
        state.real_count(),
        2,
        "two real incidents not deleted; drills never count"
    );
}

#[test]
fn deleting_every_drill_removes_only_drills_for_good() {
    let mut state = state();
    let before: Vec<(String, Incident)> = state
        .incidents
        .values()
        .filter(|i| i.drill.is_none())
        .map(|i| (i.id.clone(), (**i).clone()))
        .collect();
    state.reduce(Action::Navigate(Screen::Incident("drill-a".into())));
    state.reduce(Action::PurgeDrills);
    assert!(state.drills().is_empty());
    let mut purged = state.to_purge.clone();
    purged.sort();
    assert_eq!(purged, vec!["drill-a", "drill-archived", "drill-deleted"]);
    let after: Vec<(String, Incident)> = state
        .incidents
        .values()
        .map(|i| (i.id.clone(), (**i).clone()))
        .collect();
    assert_eq!(after, before, "every real record is there, unchanged");
    assert_eq!(state.screen, Screen::Home, "the drill on screen is gone");
    assert!(
        state.unsaved().next().is_none(),
        "nothing real is written again"
    );
    // Storage confirms: the drills are forgotten; nothing else changes.
    for id in purged {
        state.reduce(Action::Purged(id.clone()));
        assert!(!state.synced.contains_key(&id));
    }
    assert!(state.to_purge.is_empty());
    assert_eq!(state.real_count(), 3);
}

#[test]
fn with_no_drill_the_action_changes_nothing() {
    let mut state = AppState::loaded(vec![stored("a"), stored("b")], vec![], Lang::Ja);
    state.reduce(Action::Navigate(Screen::Incident("a".into())));
    let before = state.clone();
    state.reduce(Action::PurgeDrills);
    assert_eq!(state, before);
}

#[test]
fn a_deleted_drill_offered_for_undo_is_no_longer_offered_once_purged() {
    let mut state = state();
    state.reduce(Action::Delete {
        id: "drill-a".into(),
        at: at(6),
    });
    assert_eq!(state.undo_delete.as_deref(), Some("drill-a"));
    state.reduce(Action::PurgeDrills);
    assert_eq!(state.undo_delete, None);
    state.reduce(Action::UndoDelete { at: at(7) });
    assert!(!state.incidents.contains_key("drill-a"));
}

#[test]
fn a_restore_counts_drills_apart_from_real_incidents() {
    use incident_navi::core::state::{Notice, RestoreCounts};
    let mut state = AppState::loaded(vec![stored("real-a")], vec![], Lang::Ja);
    state.reduce(Action::Restore(vec![
        stored("real-b"),
        drill("drill-a"),
        drill("drill-b"),
    ]));
    assert_eq!(
        state.notice,
        Some(Notice::Restored(RestoreCounts {
            added: 1,
            drills: 2,
            ..RestoreCounts::default()
        }))
    );
    assert_eq!(state.real_count(), 2);
    assert_eq!(state.drills().len(), 2);
}
