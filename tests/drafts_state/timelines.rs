//! Timelines read after the first screen (`AppState::timelines_pending`): an incident waiting for
//! its timeline cannot be changed, takes storage's when it comes, and stops waiting when another
//! copy takes its place.

use super::{at, edit, stored};
use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::sorted::SortedMap;
use incident_navi::core::state::{Action, AppState, Notice, Quarantined, Unreadable};
use incident_navi::core::text::Lang;

/// As the edge loads them: heads only, each timeline an empty stand-in until it is read.
fn waiting(heads: Vec<Incident>) -> AppState {
    let mut pending = SortedMap::new();
    for head in &heads {
        pending.insert(head.id.clone(), head.timeline.clone());
    }
    AppState {
        timelines_pending: pending,
        ..AppState::loaded(heads, vec![], Lang::Ja)
    }
}

/// `id` as storage holds it: two entries in its timeline, at `revision`.
fn whole(id: &str, revision: u64) -> Incident {
    let mut incident = stored(id);
    for n in 1..=2 {
        incident.apply(
            Change::AddEntry {
                at: at(n),
                text: format!("entry {n}"),
            },
            at(n),
        );
    }
    Incident {
        revision,
        ..incident
    }
}

/// The head of `incident` as storage gives it before the timeline is read.
fn head_of(incident: Incident) -> Incident {
    Incident {
        timeline: Default::default(),
        ..incident
    }
}

fn entries(state: &AppState, id: &str) -> usize {
    state.incidents.get(id).map_or(0, |i| i.timeline.len())
}

#[test]
fn a_waiting_incident_cannot_change_and_takes_its_timeline_without_a_save() {
    let mut state = waiting(vec![head_of(whole("a", 3))]);
    edit(&mut state, "a", "typed too early", 1);
    state.reduce(Action::Duplicate {
        id: "a".into(),
        new_id: "b".into(),
        at: at(1),
    });
    state.reduce(Action::Delete {
        id: "a".into(),
        at: at(1),
    });
    assert_eq!(
        state.incidents.len(),
        1,
        "no copy made without its timeline"
    );
    let a = &state
        .incidents
        .get("a")
        .map(|i| (i.title.clone(), i.deleted_at));
    assert_eq!(
        a,
        &Some((String::new(), None)),
        "nothing applied while waiting"
    );
    assert!(!state.has_unsaved("a"));

    state.reduce(Action::TimelinesRead {
        incidents: vec![whole("a", 3)],
        quarantined: vec![],
    });
    assert_eq!(entries(&state, "a"), 2);
    assert!(state.timelines_pending.is_empty());
    assert!(
        !state.has_unsaved("a"),
        "storage's own timeline: nothing to save"
    );
    assert_eq!(state.notice, None, "not another tab's change");
    edit(&mut state, "a", "now", 2);
    assert!(
        state.has_unsaved("a"),
        "changes go through once it is whole"
    );
    assert_eq!(entries(&state, "a"), 2);
}

#[test]
fn a_copy_saved_elsewhere_meanwhile_arrives_as_another_tabs_save() {
    let mut state = waiting(vec![head_of(whole("a", 3))]);
    state.reduce(Action::TimelinesRead {
        incidents: vec![Incident {
            title: "theirs".into(),
            ..whole("a", 5)
        }],
        quarantined: vec![],
    });
    let a = state
        .incidents
        .get("a")
        .map(|i| (i.title.clone(), i.revision));
    assert_eq!(a, Some(("theirs".to_owned(), 5)));
    assert_eq!(state.synced.get("a"), Some(&5));
    assert_eq!(entries(&state, "a"), 2);
    assert_eq!(state.notice, Some(Notice::UpdatedElsewhere));
}

#[test]
fn an_incident_replaced_while_waiting_stops_waiting_and_keeps_the_newer_copy() {
    let mut state = waiting(vec![head_of(whole("a", 3)), stored("b")]);
    state.reduce(Action::ChangedElsewhere(Incident {
        title: "newer".into(),
        ..whole("a", 4)
    }));
    assert!(!state.timelines_pending.contains_key("a"));
    assert!(state.timelines_pending.contains_key("b"));
    edit(&mut state, "a", "typed", 1);
    assert!(state.has_unsaved("a"), "whole again: it can change");
    // The read that was under way brings an older copy: it is not taken.
    state.reduce(Action::TimelinesRead {
        incidents: vec![whole("a", 3), stored("b")],
        quarantined: vec![],
    });
    assert_eq!(
        state.incidents.get("a").map(|i| i.title.as_str()),
        Some("typed")
    );
    assert!(state.timelines_pending.is_empty());
}

#[test]
fn unreadable_and_removed_records_leave_the_list_and_the_unreadable_are_reported() {
    let mut state = waiting(vec![stored("a"), stored("b"), stored("c")]);
    let damaged = Quarantined {
        key: "incident-navi/v1/incident/b".into(),
        kept_as: Some("incident-navi/v1/quarantine/b@1".into()),
        why: Unreadable::Damaged,
        reason: "timeline: expected value".into(),
        title: None,
        downloaded: false,
    };
    state.reduce(Action::TimelinesRead {
        incidents: vec![stored("a")],
        quarantined: vec![damaged.clone()],
    });
    let ids: Vec<&String> = state.incidents.keys().collect();
    assert_eq!(ids, ["a"], "b unreadable, c no longer stored");
    assert_eq!(state.quarantined, vec![damaged]);
    assert!(state.synced.get("b").is_none() && state.synced.get("c").is_none());
    assert!(state.timelines_pending.is_empty());
}

#[test]
fn when_timelines_cannot_be_read_the_waiting_stay_closed() {
    let mut state = waiting(vec![stored("a")]);
    state.reduce(Action::TimelinesUnreadable);
    assert!(state.timelines_unreadable);
    edit(&mut state, "a", "x", 1);
    assert!(!state.has_unsaved("a"));
    assert!(state.timelines_pending.contains_key("a"));
    // Removing it for good is still the user's choice.
    let deleted = Incident {
        deleted_at: Some(at(0)),
        ..stored("d")
    };
    let mut state = waiting(vec![deleted]);
    state.reduce(Action::Purge("d".into()));
    assert!(state.incidents.is_empty() && state.timelines_pending.is_empty());
    assert_eq!(state.to_purge, ["d"]);
}
