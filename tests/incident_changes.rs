//! The incident reducer: what each change does to the record and its timeline.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::incident::{Change, EntrySource, Incident, Status, MAX_TEXT_CHARS};
use incident_navi::core::playbook::{basic_flow, tasks_for, IncidentKind};
use incident_navi::core::state::{Action, AppState, Screen};
use incident_navi::core::time::{CivilDate, Timestamp};

const T0: Timestamp = Timestamp(1_795_000_000_000);
fn at(minutes: i64) -> Timestamp {
    Timestamp(T0.0 + minutes * 60_000)
}
fn incident() -> Incident {
    Incident::new("inc-1".into(), &[IncidentKind::LossOrTheft], T0)
}

#[test]
fn ticking_a_task_records_when_and_logs_it() {
    let mut i = incident();
    let item = &basic_flow::REPORT_TO_SECRETARIAT;
    assert!(i.apply(Change::SetTaskDone(item, true), at(5)));
    assert!(i.is_done(item));
    assert_eq!(i.tasks[item.task_key()].done_at, Some(at(5)));
    assert_eq!(i.timeline.len(), 1);
    assert!(i.timeline[0].text.contains(item.text.ja));
    assert_eq!(i.revision, 2);
    // Ticking again changes nothing and logs nothing.
    assert!(!i.apply(Change::SetTaskDone(item, true), at(6)));
    assert_eq!((i.timeline.len(), i.revision), (1, 2));
    assert!(i.apply(Change::SetTaskDone(item, false), at(7)));
    assert!(!i.is_done(item));
    assert_eq!(i.timeline.len(), 2);
}

#[test]
fn merged_tasks_share_their_done_state() {
    // 3-1 (2) 警察に届出る and 応急処置例 2 警察への届出 are one task.
    let mut i = incident();
    let tasks = tasks_for(&i.kinds);
    let police = tasks
        .iter()
        .find(|m| m.item.task_key() == "police-report")
        .expect("police task"); // ok: test
    i.apply(Change::SetTaskDone(police.also[0], true), at(1));
    assert!(i.is_done(police.item));
}

#[test]
fn corrections_keep_the_original() {
    let mut i = incident();
    i.apply(
        Change::AddEntry {
            at: at(-30),
            text: "  10:42 IT最適化係に電話  ".into(),
        },
        at(1),
    );
    assert_eq!(i.timeline[0].text, "10:42 IT最適化係に電話");
    assert_eq!(i.timeline[0].source, EntrySource::Manual);
    assert!(i.apply(
        Change::CorrectEntry {
            seq: 1,
            text: "10:45 IT最適化係に電話".into()
        },
        at(2)
    ));
    assert_eq!(i.timeline.len(), 2);
    assert!(i.is_corrected(1));
    assert_eq!(i.timeline[1].corrects, Some(1));
    // The correction sits where the original happened, after it.
    let order: Vec<u32> = i.timeline_in_order().iter().map(|e| e.seq).collect();
    assert_eq!(order, vec![1, 2]);
    assert!(!i.apply(
        Change::CorrectEntry {
            seq: 99,
            text: "x".into()
        },
        at(3)
    ));
    assert!(!i.apply(
        Change::AddEntry {
            at: at(3),
            text: "   ".into()
        },
        at(3)
    ));
}

#[test]
fn the_last_type_cannot_be_removed() {
    let mut i = incident();
    assert!(!i.apply(Change::SetKind(IncidentKind::LossOrTheft, false), at(1)));
    assert!(i.apply(Change::SetKind(IncidentKind::Malware, true), at(1)));
    assert!(i.apply(Change::SetKind(IncidentKind::LossOrTheft, false), at(2)));
    assert_eq!(i.kinds, vec![IncidentKind::Malware]);
}

#[test]
fn huge_text_is_cut_to_the_limit() {
    let mut i = incident();
    i.apply(Change::SetTitle("あ".repeat(MAX_TEXT_CHARS + 10)), at(1));
    assert_eq!(i.title.chars().count(), MAX_TEXT_CHARS);
}

#[test]
fn choices_and_answers() {
    let mut i = incident();
    i.apply(
        Change::EditAnswer("3.2.info.d".into(), "120件".into()),
        at(1),
    );
    assert!(i.timeline.is_empty(), "typing is not logged");
    i.apply(
        Change::LogAnswer("3.2.info.d".into(), "d) 情報の量".into()),
        at(2),
    );
    assert!(i.timeline[0].text.contains("120件"));
    i.apply(
        Change::SetChoice("3.2.info.e".into(), "plain".into(), true),
        at(3),
    );
    i.apply(
        Change::SetChoice("3.2.info.e".into(), "plain".into(), true),
        at(4),
    );
    assert_eq!(i.answers["3.2.info.e"].choices, vec!["plain"]);
    i.apply(
        Change::SetChoice("3.2.info.e".into(), "plain".into(), false),
        at(5),
    );
    assert!(i.answers["3.2.info.e"].is_empty());
}

#[test]
fn progress_counts_tasks_not_guidance() {
    let mut i = incident();
    let (done, all) = i.progress();
    assert_eq!(done, 0);
    let tasks = tasks_for(&i.kinds);
    assert_eq!(all, tasks.iter().filter(|m| m.item.kind.is_task()).count());
    assert!(all < tasks.len(), "guidance and warnings are not counted");
    i.apply(Change::SetTaskDone(&basic_flow::CUT_OFF, true), at(1));
    assert_eq!(i.progress().0, 1);
}

#[test]
fn new_incident_opens_without_guessing_the_day_it_became_known() {
    let mut state = AppState::default();
    // 2026-11-25 22:00 UTC is already the 26th in Japan.
    let late = Timestamp(
        CivilDate {
            year: 2026,
            month: 11,
            day: 25,
        }
        .days_since_epoch()
            * 86_400_000
            + 22 * 3_600_000,
    );
    state.reduce(Action::Create {
        id: "a1".into(),
        kinds: vec![IncidentKind::Malware, IncidentKind::Malware],
        at: late,
    });
    assert_eq!(state.screen, Screen::Incident("a1".into()));
    let i = &state.incidents["a1"];
    assert_eq!(i.kinds, vec![IncidentKind::Malware]);
    // Never defaulted: a case learned of last night would start its clock a day late.
    assert_eq!(i.known_on, None);
    // "今日" on the screen is the day in Japan: 22:00 UTC on the 25th is the 26th.
    assert_eq!(CivilDate::of(late).to_string(), "2026-11-26");
    assert_eq!(i.status, Status::Open);
    // A duplicate id or no type makes nothing.
    state.reduce(Action::Create {
        id: "a1".into(),
        kinds: vec![IncidentKind::P2pLeak],
        at: late,
    });
    state.reduce(Action::Create {
        id: "a2".into(),
        kinds: vec![],
        at: late,
    });
    assert_eq!(state.incidents.len(), 1);
    assert_eq!(state.incidents["a1"].kinds, vec![IncidentKind::Malware]);
}
