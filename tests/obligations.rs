//! Every rule at its edges, as a clerk answers: counts as typed (約1万人, 100人以上, 不明), each
//! protection option, each contradiction, the My Number cases, 30/60 days, the day-3 target, and
//! dates across month and year ends.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::obligations::{
    clock, duties, recommendations, Clock, DeadlineKind, DutyKind, Facts, OtherBody, ReasonKind,
    Verdict,
};
use incident_navi::core::playbook::IncidentKind::{self, *};
use incident_navi::core::time::{CivilDate, Timestamp};

use Verdict::{MayBeRequired as May, NotRequired as Not, Required as Req};

/// (question id, answer) pairs.
type Answers = Vec<(&'static str, &'static str)>;

fn date(s: &str) -> CivilDate {
    CivilDate::parse(s).expect("test date") // ok: test
}

/// An incident of `kinds` with the answers given as (question, value): the text for counts, a
/// choice id for everything else.
fn incident(kinds: &[IncidentKind], answers: &[(&str, &str)]) -> Incident {
    let mut i = Incident::new("t".into(), kinds, Timestamp(0));
    for (q, v) in answers {
        let change = match *q {
            "law.persons" | "3.2.info.d" => Change::EditAnswer((*q).into(), (*v).into()),
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

/// Personal data, no protection, and "no" to every case of Rule 43 but the number of persons.
const BASE: [(&str, &str); 6] = [
    ("3.3.severity.1", "class-1"),
    ("law.protection", "plain"),
    ("law.sensitive", "no"),
    ("law.financial", "no"),
    ("law.improper", "no"),
    ("law.ordinance", "no"),
];

fn base_with(extra: &[(&'static str, &'static str)]) -> Answers {
    let mut a: Answers = BASE.to_vec();
    a.retain(|(q, _)| !extra.iter().any(|(e, _)| e == q));
    a.extend_from_slice(extra);
    a
}

#[test]
fn ppc_report_table() {
    let persons = |n: &'static str| base_with(&[("law.persons", n)]);
    // 3-2 (misdelivery) unless a row says otherwise: its "no improper purpose" needs no second look.
    let table: Vec<(&str, &[IncidentKind], Answers, Verdict)> = vec![
        (
            "100 is not more than 100",
            &[MisdeliveryOrWebExposure],
            persons("100"),
            Not,
        ),
        ("101 is", &[MisdeliveryOrWebExposure], persons("101"), Req),
        ("100人", &[MisdeliveryOrWebExposure], persons("100人"), Not),
        ("101人", &[MisdeliveryOrWebExposure], persons("101人"), Req),
        (
            "full-width １０１",
            &[MisdeliveryOrWebExposure],
            persons("１０１"),
            Req,
        ),
        (
            "約1万人 is ten thousand, not 1",
            &[MisdeliveryOrWebExposure],
            persons("約1万人"),
            Req,
        ),
        ("3千人", &[MisdeliveryOrWebExposure], persons("3千人"), Req),
        (
            "１，２００人",
            &[MisdeliveryOrWebExposure],
            persons("１，２００人"),
            Req,
        ),
        ("1,200", &[MisdeliveryOrWebExposure], persons("1,200"), Req),
        (
            "1.2万人",
            &[MisdeliveryOrWebExposure],
            persons("1.2万人"),
            Req,
        ),
        (
            "百五十人",
            &[MisdeliveryOrWebExposure],
            persons("百五十人"),
            Req,
        ),
        ("百人", &[MisdeliveryOrWebExposure], persons("百人"), Not),
        (
            "二〇〇人",
            &[MisdeliveryOrWebExposure],
            persons("二〇〇人"),
            Req,
        ),
        (
            "100人以上 includes 101",
            &[MisdeliveryOrWebExposure],
            persons("100人以上"),
            May,
        ),
        (
            "101人以上",
            &[MisdeliveryOrWebExposure],
            persons("101人以上"),
            Req,
        ),
        (
            "100人超",
            &[MisdeliveryOrWebExposure],
            persons("100人超"),
            Req,
        ),
        (
            "100人未満",
            &[MisdeliveryOrWebExposure],
            persons("100人未満"),
            Not,
        ),
        (
            "最大80人",
            &[MisdeliveryOrWebExposure],
            persons("最大80人"),
            Not,
        ),
        (
            "数十人 is at most 99",
            &[MisdeliveryOrWebExposure],
            persons("数十人"),
            Not,
        ),
        (
            "数百人",
            &[MisdeliveryOrWebExposure],
            persons("数百人"),
            Req,
        ),
        (
            "約120人 may be under 100",
            &[MisdeliveryOrWebExposure],
            persons("約120人"),
            May,
        ),
        (
            "約70人 may be over 100",
            &[MisdeliveryOrWebExposure],
            persons("約70人"),
            May,
        ),
        (
            "約60人 cannot reach 101",
            &[MisdeliveryOrWebExposure],
            persons("約60人"),
            Not,
        ),
        (
            "50人程度",
            &[MisdeliveryOrWebExposure],
            persons("50人程度"),
            Not,
        ),
        (
            "100〜150人 straddles",
            &[MisdeliveryOrWebExposure],
            persons("100〜150人"),
            May,
        ),
        (
            "150〜200人",
            &[MisdeliveryOrWebExposure],
            persons("150〜200人"),
            Req,
        ),
        (
            "a year before the count",
            &[MisdeliveryOrWebExposure],
            persons("令和6年度分 約300人"),
            Req,
        ),
        ("不明", &[MisdeliveryOrWebExposure], persons("不明"), May),
        ("empty", &[MisdeliveryOrWebExposure], base_with(&[]), May),
        (
            "unreadable words",
            &[MisdeliveryOrWebExposure],
            persons("たくさん"),
            May,
        ),
        (
            "d) 150件 with persons empty",
            &[MisdeliveryOrWebExposure],
            base_with(&[("3.2.info.d", "150件")]),
            May,
        ),
        (
            "strong encryption, key kept",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "5000"), ("law.protection", "strong")]),
            Not,
        ),
        (
            "password-protected ZIP",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "5000"), ("law.protection", "password-file")]),
            Req,
        ),
        (
            "device lock only",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "5000"), ("law.protection", "device-lock")]),
            Req,
        ),
        (
            "protection not known",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "5000"), ("law.protection", "unknown")]),
            Req,
        ),
        (
            "e) 暗号化 alone lifts nothing",
            &[MisdeliveryOrWebExposure],
            [
                base_with(&[("law.persons", "5000")]),
                vec![("3.2.info.e", "encrypted")],
            ]
            .concat(),
            Req,
        ),
        (
            "stolen encrypted USB, 5000, improper purpose",
            &[LossOrTheft],
            [
                base_with(&[("law.persons", "5000"), ("law.improper", "yes")]),
                vec![("3.2.info.e", "encrypted")],
            ]
            .concat(),
            Req,
        ),
        (
            "strong, but e) says plain text",
            &[MisdeliveryOrWebExposure],
            [
                base_with(&[("law.persons", "5000"), ("law.protection", "strong")]),
                vec![("3.2.info.e", "plain")],
            ]
            .concat(),
            May,
        ),
        (
            "sensitive",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "3"), ("law.sensitive", "yes")]),
            Req,
        ),
        (
            "financial",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "3"), ("law.financial", "yes")]),
            Req,
        ),
        (
            "improper purpose",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "3"), ("law.improper", "yes")]),
            Req,
        ),
        (
            "ordinance",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "3"), ("law.ordinance", "yes")]),
            Req,
        ),
        (
            "one case not known",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "3"), ("law.sensitive", "unknown")]),
            May,
        ),
        (
            "no personal data but 5000 persons",
            &[MisdeliveryOrWebExposure],
            vec![("3.3.severity.1", "class-2-3"), ("law.persons", "5000")],
            May,
        ),
        (
            "no personal data but My Number",
            &[MisdeliveryOrWebExposure],
            vec![("3.3.severity.1", "class-2-3"), ("law.mynumber", "yes")],
            May,
        ),
        (
            "no personal data but sensitive",
            &[MisdeliveryOrWebExposure],
            vec![("3.3.severity.1", "class-2-3"), ("law.sensitive", "yes")],
            May,
        ),
        (
            "no personal data, nothing else",
            &[MisdeliveryOrWebExposure],
            vec![("3.3.severity.1", "class-2-3")],
            Not,
        ),
        (
            "theft type, unconfirmed no improper purpose",
            &[LossOrTheft],
            base_with(&[("law.persons", "3")]),
            May,
        ),
        (
            "theft type, confirmed no improper purpose",
            &[LossOrTheft],
            base_with(&[("law.persons", "3"), ("law.improper-confirmed", "yes")]),
            Not,
        ),
        (
            "intrusion, unconfirmed",
            &[UnauthorizedAccess],
            base_with(&[("law.persons", "3")]),
            May,
        ),
        (
            "insider, confirmed",
            &[InsiderTheft],
            base_with(&[("law.persons", "3"), ("law.improper-confirmed", "yes")]),
            Not,
        ),
        ("nothing answered", &[MisdeliveryOrWebExposure], vec![], May),
    ];
    assert!(table.len() >= 40);
    let failures: Vec<String> = table
        .iter()
        .filter_map(|(name, kinds, answers, expected)| {
            let got = verdict(&incident(kinds, answers), DutyKind::PpcReport);
            (got != *expected)
                .then(|| format!("{name}: expected {expected:?}, got {got:?} for {answers:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_verdict_names_what_it_relied_on() {
    for answers in [
        vec![],
        BASE.to_vec(),
        base_with(&[("law.persons", "約1万人")]),
    ] {
        for duty in duties(&incident(&[Malware], &answers)) {
            assert!(!duty.reasons.is_empty(), "{:?} has no reason", duty.kind);
            for r in &duty.reasons {
                assert!(!r.text.ja.is_empty() && !r.text.en.is_empty());
                // Every open question links to the question that settles it.
                if matches!(r.kind, ReasonKind::Unknown | ReasonKind::Contradiction) {
                    assert!(r.question.is_some(), "{:?}: {}", duty.kind, r.text.ja);
                }
            }
        }
    }
    // The count is quoted as read, so "約1万人" cannot silently become 1.
    let i = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "約1万人")]),
    );
    let ppc = duties(&i)
        .into_iter()
        .find(|d| d.kind == DutyKind::PpcReport)
        .expect("ppc"); // ok: test
    assert!(
        ppc.reasons.iter().any(
            |r| r.answer.as_ref().map(|q| (q.ja.as_str(), q.en.as_str()))
                == Some((
                    "「約1万人」= 10,000人（約）",
                    "\"約1万人\" = about 10,000 people"
                ))
        ),
        "{ppc:?}"
    );
    // d) stands in for an empty 本人の数, and says so.
    let i = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("3.2.info.d", "150件")]),
    );
    let ppc = duties(&i)
        .into_iter()
        .find(|d| d.kind == DutyKind::PpcReport)
        .expect("ppc"); // ok: test
    assert!(
        ppc.reasons
            .iter()
            .any(|r| r.question.is_some_and(|q| q.id == "3.2.info.d")),
        "{ppc:?}"
    );
}

#[test]
fn contradictions_are_named_in_the_verdict() {
    let i = incident(
        &[MisdeliveryOrWebExposure],
        &[("3.3.severity.1", "class-2-3"), ("law.mynumber", "yes")],
    );
    let ppc = duties(&i)
        .into_iter()
        .find(|d| d.kind == DutyKind::PpcReport)
        .expect("ppc"); // ok: test
    assert!(ppc
        .reasons
        .iter()
        .any(|r| r.kind == ReasonKind::Contradiction && r.text.ja.contains("マイナンバー")));
    // Confirming the "no" takes the contradiction away.
    let unconfirmed = Facts::of(&incident(&[InsiderTheft], &[("law.improper", "no")]));
    assert!(unconfirmed.improper_needs_confirming());
    let confirmed = Facts::of(&incident(
        &[InsiderTheft],
        &[("law.improper", "no"), ("law.improper-confirmed", "yes")],
    ));
    assert!(!confirmed.improper_needs_confirming());
    // A type that does not suggest an improper purpose is not asked again.
    assert!(!Facts::of(&incident(
        &[MisdeliveryOrWebExposure],
        &[("law.improper", "no")]
    ))
    .improper_needs_confirming());
}

#[test]
fn notice_to_persons_and_its_exceptions() {
    let reportable = base_with(&[("law.persons", "200")]);
    assert_eq!(
        verdict(
            &incident(&[MisdeliveryOrWebExposure], &reportable),
            DutyKind::NoticeToPersons
        ),
        Req
    );
    for exception in ["law.notice-difficult", "law.disclosure-exempt"] {
        let mut a = reportable.clone();
        a.push((exception, "yes"));
        assert_eq!(
            verdict(
                &incident(&[MisdeliveryOrWebExposure], &a),
                DutyKind::NoticeToPersons
            ),
            May,
            "{exception}"
        );
    }
    let small = base_with(&[("law.persons", "2"), ("law.mynumber", "no")]);
    assert_eq!(
        verdict(
            &incident(&[MisdeliveryOrWebExposure], &small),
            DutyKind::NoticeToPersons
        ),
        Not
    );
    // The My Number track alone makes notice a duty (番号法29条の4第2項).
    let my_number_only = base_with(&[
        ("law.persons", "2"),
        ("law.protection", "strong"),
        ("law.mynumber", "yes"),
        ("law.mynumber-system", "yes"),
    ]);
    let i = incident(&[MisdeliveryOrWebExposure], &my_number_only);
    assert_eq!(verdict(&i, DutyKind::PpcReport), Not);
    assert_eq!(verdict(&i, DutyKind::NoticeToPersons), Req);
}

#[test]
fn my_number_track_has_four_cases() {
    let none = [
        ("law.mynumber", "yes"),
        ("law.mynumber-system", "no"),
        ("law.mynumber-internet", "no"),
        ("law.improper", "no"),
        ("law.persons", "50"),
    ];
    let with = |extra: (&'static str, &'static str)| {
        let mut a: Answers = none.to_vec();
        a.retain(|(q, _)| *q != extra.0);
        a.push(extra);
        a
    };
    let table: Vec<(&str, Answers, Verdict)> = vec![
        ("not involved", vec![("law.mynumber", "no")], Not),
        ("not answered", vec![], May),
        ("involved, none of the cases", none.to_vec(), Not),
        (
            "(a) in a My Number system",
            with(("law.mynumber-system", "yes")),
            Req,
        ),
        ("(b) improper purpose", with(("law.improper", "yes")), Req),
        (
            "(c) viewable over the internet",
            with(("law.mynumber-internet", "yes")),
            Req,
        ),
        ("(d) more than 100", with(("law.persons", "101")), Req),
        ("(d) exactly 100", with(("law.persons", "100")), Not),
        (
            "(a) not known",
            with(("law.mynumber-system", "unknown")),
            May,
        ),
        (
            "not known whether involved",
            vec![("law.mynumber", "unknown")],
            May,
        ),
    ];
    for (name, answers, expected) in table {
        assert_eq!(
            verdict(
                &incident(&[MisdeliveryOrWebExposure], &answers),
                DutyKind::MyNumber
            ),
            expected,
            "{name}"
        );
    }
}

#[test]
fn police_mic_publication() {
    let cases: Vec<(&str, &[IncidentKind], Answers, DutyKind, Verdict)> = vec![
        (
            "loss or theft",
            &[LossOrTheft],
            vec![("law.threat", "no")],
            DutyKind::Police,
            Req,
        ),
        (
            "3-6, access clear",
            &[UnauthorizedAccess],
            vec![("law.threat", "no"), ("law.access-clear", "yes")],
            DutyKind::Police,
            Req,
        ),
        (
            "3-6, only suspected: consult early",
            &[UnauthorizedAccess],
            vec![("law.threat", "no"), ("law.access-clear", "no")],
            DutyKind::Police,
            May,
        ),
        (
            "3-6, not answered",
            &[UnauthorizedAccess],
            vec![("law.threat", "no")],
            DutyKind::Police,
            May,
        ),
        (
            "insider: consult early",
            &[InsiderTheft],
            vec![("law.threat", "no")],
            DutyKind::Police,
            May,
        ),
        (
            "misdelivery, no threat",
            &[MisdeliveryOrWebExposure],
            vec![("law.threat", "no")],
            DutyKind::Police,
            Not,
        ),
        (
            "threat",
            &[MisdeliveryOrWebExposure],
            vec![("law.threat", "yes")],
            DutyKind::Police,
            Req,
        ),
        (
            "threat not answered",
            &[MisdeliveryOrWebExposure],
            vec![],
            DutyKind::Police,
            May,
        ),
        (
            "MIC for loss",
            &[LossOrTheft],
            vec![],
            DutyKind::MicReport,
            Req,
        ),
        (
            "MIC otherwise agreed",
            &[Malware],
            vec![],
            DutyKind::MicReport,
            May,
        ),
        (
            "P2P publication is weighed",
            &[P2pLeak],
            vec![("3.3.severity.1", "class-4")],
            DutyKind::Publication,
            May,
        ),
        (
            "small, no personal data",
            &[MisdeliveryOrWebExposure],
            vec![("3.3.severity.1", "class-4")],
            DutyKind::Publication,
            Not,
        ),
        (
            "small and not reportable",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "100")]),
            DutyKind::Publication,
            Not,
        ),
        (
            "large even when encrypted",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "101"), ("law.protection", "strong")]),
            DutyKind::Publication,
            May,
        ),
    ];
    for (name, kinds, answers, duty, expected) in cases {
        assert_eq!(
            verdict(&incident(kinds, &answers), duty),
            expected,
            "{name}"
        );
    }
}

fn reportable(improper: &'static str, known: &str) -> Incident {
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
    // The My Number track alone runs the clock too.
    let mut mn = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[
            ("law.persons", "3"),
            ("law.protection", "strong"),
            ("law.mynumber", "yes"),
            ("law.mynumber-system", "yes"),
        ]),
    );
    mn.apply(Change::SetKnownOn(Some(date("2026-11-20"))), Timestamp(2));
    assert_eq!(
        running(clock(&mn, date("2026-11-26")))[0].due.to_string(),
        "2026-11-25"
    );
}

#[test]
fn other_bodies_are_recommended_by_type_and_lgwan() {
    let bodies = |kinds: &[IncidentKind], answers: &[(&str, &str)]| -> Vec<OtherBody> {
        recommendations(&Facts::of(&incident(kinds, answers)))
            .into_iter()
            .map(|r| r.body)
            .collect()
    };
    assert_eq!(
        bodies(&[Malware], &[]),
        vec![OtherBody::Ipa, OtherBody::JpcertCc, OtherBody::Jlis]
    );
    assert_eq!(
        bodies(&[UnauthorizedAccess], &[("law.lgwan", "no")]),
        vec![OtherBody::Ipa, OtherBody::JpcertCc]
    );
    assert_eq!(
        bodies(&[MisdeliveryOrWebExposure], &[]),
        Vec::<OtherBody>::new()
    );
    assert_eq!(
        bodies(&[MisdeliveryOrWebExposure], &[("law.lgwan", "yes")]),
        vec![OtherBody::Jlis]
    );
}

#[test]
fn rules_that_are_not_verified_say_so() {
    for kind in [DutyKind::PpcReport, DutyKind::MyNumber] {
        assert!(kind.citation().unverified.is_some(), "{kind:?}");
    }
    assert!(DutyKind::ALL
        .iter()
        .all(|k| CivilDate::parse(k.citation().verified_on).is_some()));
}

fn reasons_of(i: &Incident, kind: DutyKind) -> Vec<incident_navi::core::obligations::Reason> {
    duties(i)
        .into_iter()
        .find(|d| d.kind == kind)
        .map(|d| d.reasons)
        .unwrap_or_default()
}

/// The words and links of the reasons, each one guarded (found unguarded by mutation testing).
#[test]
fn each_reason_says_the_right_thing_and_links_the_right_question() {
    let has =
        |i: &Incident, kind, part: &str| reasons_of(i, kind).iter().any(|r| r.ja().contains(part));
    // Protection not answered is named only when not answered.
    let plain = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "5000")]),
    );
    assert!(!has(&plain, DutyKind::PpcReport, "保護の状況が未回答"));
    let unanswered = incident(
        &[MisdeliveryOrWebExposure],
        &[("3.3.severity.1", "class-1"), ("law.persons", "5000")],
    );
    assert!(has(&unanswered, DutyKind::PpcReport, "保護の状況が未回答"));
    // e) 暗号化 alone, with protection unanswered, says what to answer.
    let mut a: Answers = vec![("3.3.severity.1", "class-1"), ("3.2.info.e", "encrypted")];
    assert!(has(
        &incident(&[MisdeliveryOrWebExposure], &a),
        DutyKind::PpcReport,
        "e) の「暗号化」だけでは"
    ));
    a.push(("law.protection", "plain"));
    assert!(!has(
        &incident(&[MisdeliveryOrWebExposure], &a),
        DutyKind::PpcReport,
        "e) の「暗号化」だけでは"
    ));
    // The contractor note stands with an insider case that may be reportable, and only then.
    let insider = incident(&[InsiderTheft], &base_with(&[("law.persons", "500")]));
    assert!(has(&insider, DutyKind::PpcReport, "委託先が原因でも"));
    let small = incident(
        &[InsiderTheft],
        &base_with(&[("law.persons", "5"), ("law.improper-confirmed", "yes")]),
    );
    assert_eq!(verdict(&small, DutyKind::PpcReport), Not);
    assert!(!has(&small, DutyKind::PpcReport, "委託先が原因でも"));
    assert!(!has(&plain, DutyKind::PpcReport, "委託先が原因でも"));
    // The contradiction quotes the count it read.
    let clash = incident(
        &[MisdeliveryOrWebExposure],
        &[("3.3.severity.1", "class-2-3"), ("law.persons", "5000")],
    );
    assert!(has(&clash, DutyKind::PpcReport, "「5000」= 5,000人"));
    // Notice: which law makes it a duty, and which exception links where.
    let ppc = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "500")]),
    );
    assert!(has(&ppc, DutyKind::NoticeToPersons, "（法68条2項）"));
    let mn = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[
            ("law.persons", "2"),
            ("law.protection", "strong"),
            ("law.mynumber", "yes"),
            ("law.mynumber-system", "yes"),
        ]),
    );
    assert!(has(&mn, DutyKind::NoticeToPersons, "番号法29条の4第2項"));
    for (exception, linked) in [
        ("law.notice-difficult", "law.notice-difficult"),
        ("law.disclosure-exempt", "law.disclosure-exempt"),
    ] {
        let i = incident(
            &[MisdeliveryOrWebExposure],
            &base_with(&[("law.persons", "500"), (exception, "yes")]),
        );
        let q = reasons_of(&i, DutyKind::NoticeToPersons)
            .into_iter()
            .find_map(|r| r.question)
            .map(|q| q.id);
        assert_eq!(q, Some(linked));
    }
}

#[test]
fn reason_lines_keys_and_the_clock_accessor() {
    use incident_navi::core::obligations::Reason;
    use incident_navi::core::text::t;
    let r = Reason::new(ReasonKind::Because, t("本人の数", "people"), None);
    assert_eq!(r.ja(), "本人の数");
    assert_eq!(
        r.quoting(incident_navi::core::obligations::Quote::typed("約1万人"))
            .ja(),
        "本人の数: 「約1万人」"
    );
    // Keys are stored in drafts: they never change.
    let keys: Vec<&str> = DutyKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(
        keys,
        [
            "duty.ppc-report",
            "duty.notice-to-persons",
            "duty.my-number",
            "duty.police",
            "duty.mic-report",
            "duty.publication"
        ]
    );
    assert_eq!(Clock::NeedsKnownDate.deadlines(), &[]);
    let running = clock(&reportable("no", "2026-11-01"), date("2026-11-02"));
    assert_eq!(running.deadlines().len(), 2);
}

#[test]
fn recommendations_say_which_report() {
    let why = |kinds: &[IncidentKind]| {
        recommendations(&Facts::of(&incident(kinds, &[])))
            .into_iter()
            .find(|r| r.body == OtherBody::Ipa)
            .map(|r| r.why.ja)
    };
    assert!(why(&[Malware, UnauthorizedAccess])
        .is_some_and(|w| w.contains("ウイルス届出") && w.contains("不正アクセス届出")));
    assert!(why(&[Malware])
        .is_some_and(|w| w.contains("ウイルス届出") && !w.contains("不正アクセス届出")));
    assert!(why(&[UnauthorizedAccess])
        .is_some_and(|w| w.contains("不正アクセス届出") && !w.contains("ウイルス")));
}
