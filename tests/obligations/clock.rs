//! The PPC clock: due dates from 知った日, overdue, and a clock that never starts by itself.

use super::*;

pub(crate) fn reportable(improper: &'static str, known: &str) -> Incident {
    let mut i = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "300"), ("law.improper", improper)]),
    );
    i.apply(Change::SetKnownOn(Some(date(known))), Timestamp(2));
    i
}

fn running(c: Clock) -> Vec<incident_navi::core::obligations::Deadline> {
    match c {
        Clock::Running(d) => d,
        other => panic!("clock not running: {other:?}"), // ok: test
    }
}

#[test]
fn deadlines_count_from_the_day_it_became_known() {
    // Across a year end: known 2026-12-29. 速報 aims for day 3, day 5 at the latest.
    let d = running(clock(&reportable("no", "2026-12-29"), date("2026-12-30")));
    assert_eq!(d[0].kind, DeadlineKind::Preliminary);
    assert_eq!(
        d[0].target.map(|t| t.to_string()).as_deref(),
        Some("2027-01-01")
    );
    assert_eq!(d[0].due.to_string(), "2027-01-03");
    assert_eq!(d[0].days_left, 4);
    assert_eq!(d[1].target, None);
    assert_eq!(d[1].due.to_string(), "2027-01-28");
    // The 60-day case, across February of a leap year: known 2028-01-15.
    let d = running(clock(&reportable("yes", "2028-01-15"), date("2028-01-15")));
    assert_eq!(d[1].due.to_string(), "2028-03-15");
    assert_eq!(d[1].days_left, 60);
    // Unknown improper purpose: the earlier, 30-day date, and the basis says 60 may apply.
    let d = running(clock(
        &reportable("unknown", "2026-01-31"),
        date("2026-03-10"),
    ));
    assert_eq!(d[1].due.to_string(), "2026-03-02");
    assert!(d[1].overdue() && d[1].days_left == -8);
    assert!(d[1].basis.ja.contains("60日"));
}

#[test]
fn overdue_starts_the_day_after_the_due_day() {
    let i = reportable("no", "2026-11-01");
    let on_due_day = running(clock(&i, date("2026-11-06")));
    assert_eq!(on_due_day[0].days_left, 0);
    assert!(!on_due_day[0].overdue());
    let day_after = running(clock(&i, date("2026-11-07")));
    assert!(day_after[0].overdue());
    // Sent: not overdue any more, under its own key.
    let mut sent = i.clone();
    sent.apply(
        Change::SetDutyDone(DeadlineKind::Preliminary.key(), "速報", true),
        Timestamp(3),
    );
    let d = running(clock(&sent, date("2026-11-07")));
    assert!(d[0].done && !d[0].overdue());
    assert!(!d[1].done, "the final report is recorded apart");
}

#[test]
fn the_clock_never_starts_on_its_own() {
    // A new incident has no 知った日: the clock asks for it instead of counting from today.
    let fresh = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "300")]),
    );
    assert_eq!(fresh.known_on, None);
    assert_eq!(clock(&fresh, date("2026-11-26")), Clock::NeedsKnownDate);
    // Not reportable: no clock at all.
    let small = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "3"), ("law.mynumber", "no")]),
    );
    assert_eq!(clock(&small, date("2026-11-26")), Clock::NotApplicable);
    // The My Number track alone runs the clock too, and its clock says so.
    let mut mn = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[
            ("law.persons", "3"),
            ("law.mynumber", "yes"),
            ("law.mynumber-system", "yes"),
        ]),
    );
    mn.apply(Change::SetKnownOn(Some(date("2026-11-20"))), Timestamp(2));
    assert_eq!(verdict(&mn, DutyKind::PpcReport), Not);
    let d = running(clock(&mn, date("2026-11-26")));
    assert_eq!(d[0].due.to_string(), "2026-11-25");
    assert_eq!(d[0].report, Report::MyNumber);
    assert_eq!(
        d[0].title().ja,
        "速報（特定個人情報（マイナンバー）の報告）"
    );
    assert_eq!(
        d[1].title().ja,
        "確報（特定個人情報（マイナンバー）の報告）"
    );
    // Strong encryption excludes the My Number case too (規則2条): no clock.
    let mut strong = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[
            ("law.persons", "3"),
            ("law.protection", "strong"),
            ("law.mynumber", "yes"),
            ("law.mynumber-system", "yes"),
        ]),
    );
    strong.apply(Change::SetKnownOn(Some(date("2026-11-20"))), Timestamp(2));
    assert_eq!(clock(&strong, date("2026-11-26")), Clock::NotApplicable);
    // PPC 不要 and My Number unanswered: the clock runs for the My Number report only, by name.
    let mut open = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "3")]),
    );
    open.apply(Change::SetKnownOn(Some(date("2026-11-20"))), Timestamp(2));
    assert_eq!(verdict(&open, DutyKind::PpcReport), Not);
    let d = running(clock(&open, date("2026-11-26")));
    assert!(d.iter().all(|d| d.report == Report::MyNumber));
    assert!(d
        .iter()
        .all(|d| !d.title().ja.contains("個人情報保護委員会")));
    // Both tracks: both named.
    let both = running(clock(&reportable("no", "2026-11-20"), date("2026-11-26")));
    assert_eq!(both[0].report, Report::Both);
    let ppc_only = {
        let mut i = incident(
            &[MisdeliveryOrWebExposure],
            &base_with(&[("law.persons", "300"), ("law.mynumber", "no")]),
        );
        i.apply(Change::SetKnownOn(Some(date("2026-11-20"))), Timestamp(2));
        running(clock(&i, date("2026-11-26")))
    };
    assert_eq!(ppc_only[0].report, Report::Ppc);
    assert_eq!(ppc_only[0].title().ja, "速報（個人情報保護委員会への報告）");
    assert_eq!(ppc_only[1].title().en, "Final report (PPC report)");
}
