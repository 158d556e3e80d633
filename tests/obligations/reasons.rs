//! Other bodies, unverified rules, and each reason's words and links.

use super::clock::reportable;
use super::*;

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
