//! Every rule at its edges: 100 vs 101 persons, encrypted vs plain, unknown answers, the 60-day
//! case, dates across month and year ends.
#![cfg(not(target_arch = "wasm32"))]

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::obligations::{deadlines, duties, DeadlineKind, DutyKind, Verdict};
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::time::{CivilDate, Timestamp};

use Verdict::{MayBeRequired as May, NotRequired as Not, Required as Req};

/// (question id, answer) pairs.
type Answers = Vec<(&'static str, &'static str)>;

fn date(s: &str) -> CivilDate {
    CivilDate::parse(s).expect("test date") // ok: test
}

/// An incident of `kinds` with the answers given as (question, value): `value` is a choice id for
/// choice and yes/no questions, the text for `law.persons`.
fn incident(kinds: &[IncidentKind], answers: &[(&str, &str)]) -> Incident {
    let mut i = Incident::new("t".into(), kinds, Timestamp(0));
    for (q, v) in answers {
        let change = match *q {
            "law.persons" => Change::EditAnswer((*q).into(), (*v).into()),
            "3.2.info.e" | "3.3.severity.1" => Change::SetChoice((*q).into(), (*v).into(), true),
            _ => Change::SetOnly((*q).into(), (*v).into()),
        };
        i.apply(change, Timestamp(1));
    }
    i
}

fn verdict(i: &Incident, kind: DutyKind) -> Verdict {
    duties(i)
        .into_iter()
        .find(|d| d.kind == kind)
        .map(|d| d.verdict)
        .expect("every duty is evaluated") // ok: test
}

const PERSONAL_PLAIN: [(&str, &str); 2] = [("3.3.severity.1", "class-1"), ("3.2.info.e", "plain")];
const ALL_NO: [(&str, &str); 4] = [
    ("law.sensitive", "no"),
    ("law.financial", "no"),
    ("law.improper", "no"),
    ("law.ordinance", "no"),
];

#[test]
fn ppc_report_table() {
    use IncidentKind::*;
    let base: Vec<(&str, &str)> = PERSONAL_PLAIN
        .iter()
        .chain(ALL_NO.iter())
        .copied()
        .collect();
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut a = base.clone();
        a.retain(|(q, _)| !extra.iter().any(|(e, _)| e == q));
        a.extend_from_slice(extra);
        a
    };
    let table: Vec<(&str, Answers, Verdict)> = vec![
        (
            "100 persons is not more than 100",
            with(&[("law.persons", "100")]),
            Not,
        ),
        ("101 persons is", with(&[("law.persons", "101")]), Req),
        (
            "full-width digits and words: 約１２０人",
            with(&[("law.persons", "約１２０人")]),
            Req,
        ),
        (
            "1,000 with a comma",
            with(&[("law.persons", "1,000人")]),
            Req,
        ),
        ("persons unknown may apply", base.clone(), May),
        (
            "sensitive",
            with(&[("law.persons", "3"), ("law.sensitive", "yes")]),
            Req,
        ),
        (
            "financial",
            with(&[("law.persons", "3"), ("law.financial", "yes")]),
            Req,
        ),
        (
            "improper purpose",
            with(&[("law.persons", "3"), ("law.improper", "yes")]),
            Req,
        ),
        (
            "ordinance",
            with(&[("law.persons", "3"), ("law.ordinance", "yes")]),
            Req,
        ),
        (
            "one unknown case may apply",
            with(&[("law.persons", "3"), ("law.sensitive", "unknown")]),
            May,
        ),
        (
            "encrypted only: not a leak",
            with(&[("law.persons", "5000"), ("3.2.info.e", "encrypted")]),
            Not,
        ),
        (
            "encrypted and plain copies: a leak",
            [
                with(&[("law.persons", "5000")]),
                vec![("3.2.info.e", "encrypted")],
            ]
            .concat(),
            Req,
        ),
        (
            "storage form unknown, 5000 persons",
            with(&[("law.persons", "5000"), ("3.2.info.e", "unknown")]),
            Req,
        ),
        (
            "no personal information",
            vec![("3.3.severity.1", "class-2-3"), ("law.persons", "5000")],
            Not,
        ),
        ("nothing answered may apply", vec![], May),
    ];
    for (name, answers, expected) in table {
        let i = incident(&[LossOrTheft], &answers);
        assert_eq!(
            verdict(&i, DutyKind::PpcReport),
            expected,
            "{name}: {answers:?}"
        );
    }
}

#[test]
fn every_verdict_says_why() {
    for answers in [
        vec![],
        PERSONAL_PLAIN.to_vec(),
        vec![("law.persons", "500")],
    ] {
        for duty in duties(&incident(&[IncidentKind::Malware], &answers)) {
            assert!(!duty.reasons.is_empty(), "{:?} has no reason", duty.kind);
            assert!(duty
                .reasons
                .iter()
                .all(|r| !r.ja.is_empty() && !r.en.is_empty()));
        }
    }
}

#[test]
fn notice_to_persons_and_its_exceptions() {
    let reportable: Vec<(&str, &str)> = PERSONAL_PLAIN
        .iter()
        .copied()
        .chain([("law.persons", "200")])
        .collect();
    assert_eq!(
        verdict(
            &incident(&[IncidentKind::LossOrTheft], &reportable),
            DutyKind::NoticeToPersons
        ),
        Req
    );
    for exception in ["law.notice-difficult", "law.disclosure-exempt"] {
        let mut a = reportable.clone();
        a.push((exception, "yes"));
        assert_eq!(
            verdict(
                &incident(&[IncidentKind::LossOrTheft], &a),
                DutyKind::NoticeToPersons
            ),
            May,
            "{exception}"
        );
    }
    let small: Vec<(&str, &str)> = PERSONAL_PLAIN
        .iter()
        .chain(ALL_NO.iter())
        .copied()
        .chain([("law.persons", "2")])
        .collect();
    assert_eq!(
        verdict(
            &incident(&[IncidentKind::LossOrTheft], &small),
            DutyKind::NoticeToPersons
        ),
        Not
    );
}

#[test]
fn my_number_police_mic_publication() {
    use IncidentKind::*;
    let cases: Vec<(&[IncidentKind], Answers, DutyKind, Verdict)> = vec![
        (
            &[Malware],
            vec![("law.mynumber", "yes")],
            DutyKind::MyNumber,
            Req,
        ),
        (&[Malware], vec![], DutyKind::MyNumber, May),
        (
            &[Malware],
            vec![("law.mynumber", "no")],
            DutyKind::MyNumber,
            Not,
        ),
        (
            &[LossOrTheft],
            vec![("law.threat", "no")],
            DutyKind::Police,
            Req,
        ),
        (
            &[UnauthorizedAccess],
            vec![("law.threat", "no")],
            DutyKind::Police,
            Req,
        ),
        (
            &[InsiderTheft],
            vec![("law.threat", "no")],
            DutyKind::Police,
            May,
        ),
        (
            &[MisdeliveryOrWebExposure],
            vec![("law.threat", "no")],
            DutyKind::Police,
            Not,
        ),
        (
            &[MisdeliveryOrWebExposure],
            vec![("law.threat", "yes")],
            DutyKind::Police,
            Req,
        ),
        (&[MisdeliveryOrWebExposure], vec![], DutyKind::Police, May),
        (&[LossOrTheft], vec![], DutyKind::MicReport, Req),
        (&[Malware], vec![], DutyKind::MicReport, May),
        (
            &[P2pLeak],
            vec![("3.3.severity.1", "class-4")],
            DutyKind::Publication,
            May,
        ),
        (
            &[MisdeliveryOrWebExposure],
            vec![("3.3.severity.1", "class-4")],
            DutyKind::Publication,
            Not,
        ),
    ];
    for (kinds, answers, duty, expected) in cases {
        assert_eq!(
            verdict(&incident(kinds, &answers), duty),
            expected,
            "{kinds:?} {answers:?} {duty:?}"
        );
    }
}

#[test]
fn deadlines_count_from_the_day_it_became_known() {
    let reportable = |improper: &'static str, known: &str| {
        let mut i = incident(
            &[IncidentKind::UnauthorizedAccess],
            &[
                ("3.3.severity.1", "class-1"),
                ("3.2.info.e", "plain"),
                ("law.persons", "300"),
                ("law.improper", improper),
            ],
        );
        i.apply(Change::SetKnownOn(Some(date(known))), Timestamp(2));
        i
    };
    // Across a year end: known 2026-12-29.
    let d = deadlines(&reportable("no", "2026-12-29"), date("2026-12-30"));
    assert_eq!(d[0].kind, DeadlineKind::Preliminary);
    assert_eq!(d[0].due.to_string(), "2027-01-03");
    assert_eq!(d[0].days_left, 4);
    assert_eq!(d[1].due.to_string(), "2027-01-28");
    // The 60-day case, across February of a leap year: known 2028-01-15.
    let d = deadlines(&reportable("yes", "2028-01-15"), date("2028-01-15"));
    assert_eq!(d[1].due.to_string(), "2028-03-15");
    assert_eq!(d[1].days_left, 60);
    // Unknown improper purpose: the earlier, 30-day date, and the basis says 60 may apply.
    let d = deadlines(&reportable("unknown", "2026-01-31"), date("2026-03-10"));
    assert_eq!(d[1].due.to_string(), "2026-03-02");
    assert!(d[1].overdue() && d[1].days_left == -8);
    assert!(d[1].basis.ja.contains("60日"));
    // Sent: not overdue any more.
    let mut sent = reportable("unknown", "2026-01-31");
    sent.apply(
        Change::SetDutyDone(DeadlineKind::Final.key(), "確報", true),
        Timestamp(3),
    );
    assert!(!deadlines(&sent, date("2026-03-10"))[1].overdue());
    // Not reportable, or no known date: no clock.
    let mut none = reportable("no", "2026-01-31");
    none.apply(Change::SetKnownOn(None), Timestamp(4));
    assert!(deadlines(&none, date("2026-02-01")).is_empty());
    let encrypted = incident(
        &[IncidentKind::LossOrTheft],
        &[
            ("3.3.severity.1", "class-1"),
            ("3.2.info.e", "encrypted"),
            ("law.persons", "900"),
        ],
    );
    assert!(deadlines(&encrypted, date("2026-02-01")).is_empty());
}
