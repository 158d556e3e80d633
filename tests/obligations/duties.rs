//! The other duties, what each verdict relied on, and contradictions.

use super::*;

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
                    "「約1万人」→ 約10,000人＝5,000〜15,000人",
                    "\"約1万人\" read as about 10,000 = 5,000-15,000 people"
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
        ("law.mynumber", "yes"),
        ("law.mynumber-system", "yes"),
    ]);
    let i = incident(&[MisdeliveryOrWebExposure], &my_number_only);
    assert_eq!(verdict(&i, DutyKind::PpcReport), Not);
    assert_eq!(verdict(&i, DutyKind::NoticeToPersons), Req);
    // ... and 番号法29条の4第2項 has no Art. 78(1) exception: withheld information keeps it.
    let mut withheld = my_number_only.clone();
    withheld.push(("law.disclosure-exempt", "yes"));
    let i = incident(&[MisdeliveryOrWebExposure], &withheld);
    assert_eq!(verdict(&i, DutyKind::NoticeToPersons), Req);
    // Strongly encrypted, key not leaked: the My Number rule excludes it too (規則2条).
    let mut strong = my_number_only.clone();
    strong.push(("law.protection", "strong"));
    let i = incident(&[MisdeliveryOrWebExposure], &strong);
    assert_eq!(verdict(&i, DutyKind::MyNumber), Not);
    assert_eq!(verdict(&i, DutyKind::NoticeToPersons), Not);
    // The PPC report not settled (a count still growing) and no My Number: notice may be a duty
    // too, never 不要 (mutant at my_number.rs:209).
    let growing = base_with(&[("law.persons", "80人（調査中）"), ("law.mynumber", "no")]);
    let i = incident(&[MisdeliveryOrWebExposure], &growing);
    assert_eq!(verdict(&i, DutyKind::PpcReport), May);
    assert_eq!(verdict(&i, DutyKind::MyNumber), Not);
    assert_eq!(verdict(&i, DutyKind::NoticeToPersons), May);
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
        (
            "(d) more than 100 with My Numbers",
            with(("law.mynumber-persons", "101")),
            Req,
        ),
        (
            "(d) 101 in all, those with My Numbers not answered",
            with(("law.persons", "101")),
            May,
        ),
        (
            "(d) 101 in all, 30 with My Numbers",
            [
                with(("law.persons", "101")),
                vec![("law.mynumber-persons", "30")],
            ]
            .concat(),
            Not,
        ),
        ("(d) exactly 100 in all", with(("law.persons", "100")), Not),
        (
            "(d) 100 or fewer in all settles it",
            with(("law.persons", "職員40名、住民50名")),
            Not,
        ),
        (
            "(b) strong encryption outweighs an improper purpose",
            [
                with(("law.improper", "yes")),
                vec![("law.protection", "strong")],
            ]
            .concat(),
            Not,
        ),
        (
            "(a) in a My Number system, strong encryption",
            [
                with(("law.mynumber-system", "yes")),
                vec![("law.protection", "strong")],
            ]
            .concat(),
            Not,
        ),
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

/// The panel's list of contradictions holds the second look at an unconfirmed "no improper
/// purpose" (3-1 usually involves one) beside the answers that clash, and the PPC duty names it,
/// linked to the confirming question; confirming it takes it off both.
#[test]
fn an_unconfirmed_no_improper_purpose_is_listed_and_named_by_the_ppc_duty() {
    let asked_again = |answers: &[(&str, &str)]| {
        let i = incident(&[LossOrTheft], answers);
        let listed = contradictions(&Facts::of(&i))
            .iter()
            .any(|r| r.text.ja.contains("不正の目的はない"));
        let ppc = duties(&i)
            .into_iter()
            .find(|d| d.kind == DutyKind::PpcReport)
            .expect("ppc"); // ok: test
        let named = ppc.reasons.iter().any(|r| {
            r.kind == ReasonKind::Contradiction
                && r.text.ja.contains("不正の目的はない")
                && r.question.is_some_and(|q| q.id == "law.improper-confirmed")
        });
        (listed, named)
    };
    let no = [("law.persons", "5人"), ("law.improper", "no")];
    assert_eq!(asked_again(&no), (true, true));
    let confirmed = [
        ("law.persons", "5人"),
        ("law.improper", "no"),
        ("law.improper-confirmed", "yes"),
    ];
    assert_eq!(asked_again(&confirmed), (false, false));
    // Answers that clash are listed too: strong encryption, yet e) ticks plain text.
    let answers = [
        base_with(&[("law.persons", "50"), ("law.protection", "strong")]),
        vec![("3.2.info.e", "encrypted"), ("3.2.info.e", "plain")],
    ]
    .concat();
    let clash = incident(&[MisdeliveryOrWebExposure], &answers);
    assert!(contradictions(&Facts::of(&clash))
        .iter()
        .any(|r| r.kind == ReasonKind::Contradiction && r.text.ja.contains("平文")));
}
