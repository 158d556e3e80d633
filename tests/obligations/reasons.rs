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
    assert!(has(&clash, DutyKind::PpcReport, "「5000」→ 5,000人"));
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

/// Issue 22: every reason that reads the count quotes it; the words match the decision.
#[test]
fn reasons_quote_the_count_and_match_the_decision() {
    let has =
        |i: &Incident, kind, part: &str| reasons_of(i, kind).iter().any(|r| r.ja().contains(part));
    // 不要 quotes the count as read, so a misreading can be caught in the report.
    let small = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[
            ("law.persons", "職員40名、住民50名"),
            ("law.mynumber", "no"),
        ]),
    );
    assert_eq!(verdict(&small, DutyKind::PpcReport), Not);
    assert!(has(&small, DutyKind::PpcReport, "→ 40人＋50人＝90人"));
    assert!(has(&small, DutyKind::Publication, "→ 40人＋50人＝90人"));
    assert!(has(
        &small,
        DutyKind::NoticeToPersons,
        "委員会への報告もマイナンバーの漏えい等の報告も不要"
    ));
    // The summed count is quoted where it makes the duty.
    let sum = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "職員80名、住民40名")]),
    );
    assert_eq!(verdict(&sum, DutyKind::PpcReport), Req);
    assert!(has(
        &sum,
        DutyKind::PpcReport,
        "「職員80名、住民40名」→ 80人＋40人＝120人"
    ));
    assert!(has(&sum, DutyKind::Publication, "→ 80人＋40人＝120人"));
    // PPC 不要, My Number open: notice says which one is open.
    let mn_open = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "3")]),
    );
    assert_eq!(verdict(&mn_open, DutyKind::PpcReport), Not);
    assert!(has(
        &mn_open,
        DutyKind::NoticeToPersons,
        "委員会への報告は不要と判定されたが、マイナンバー"
    ));
    assert!(!has(
        &mn_open,
        DutyKind::NoticeToPersons,
        "委員会への報告が必要かどうかがまだ決まらない"
    ));
    // Publication's 不要 names the real reason.
    let encrypted = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "50"), ("law.protection", "strong")]),
    );
    assert!(has(
        &encrypted,
        DutyKind::Publication,
        "高度な暗号化で保護され"
    ));
    assert!(!has(&encrypted, DutyKind::Publication, "規模が小さく"));
    let no_personal = incident(
        &[MisdeliveryOrWebExposure],
        &[("3.3.severity.1", "class-4")],
    );
    assert!(has(
        &no_personal,
        DutyKind::Publication,
        "個人情報（分類Ⅰ）が含まれず"
    ));
    // 3-5/3-6: strong encryption is not accepted, and the verdict says why.
    let intrusion = incident(
        &[UnauthorizedAccess],
        &base_with(&[("law.persons", "500"), ("law.protection", "strong")]),
    );
    assert_eq!(verdict(&intrusion, DutyKind::PpcReport), Req);
    assert!(has(
        &intrusion,
        DutyKind::PpcReport,
        "保存時の暗号化では守られない"
    ));
    assert!(incident_navi::core::obligations::protection_note(&Facts::of(&intrusion)).is_some());
    let lost = incident(&[LossOrTheft], &base_with(&[("law.protection", "strong")]));
    assert!(incident_navi::core::obligations::protection_note(&Facts::of(&lost)).is_none());
    // The note is for a running system taken with strong encryption answered only: not for a lost
    // device, nor for an intrusion without it (mutant at rules.rs:100).
    assert!(!has(
        &lost,
        DutyKind::PpcReport,
        "保存時の暗号化では守られない"
    ));
    let plain_intrusion = incident(&[UnauthorizedAccess], &base_with(&[("law.persons", "500")]));
    assert!(!has(
        &plain_intrusion,
        DutyKind::PpcReport,
        "保存時の暗号化では守られない"
    ));
    // d) over 100 beside a count of 100 or fewer: quoted, and linked to d).
    let records = incident(
        &[MisdeliveryOrWebExposure],
        &base_with(&[("law.persons", "80"), ("3.2.info.d", "5,000件")]),
    );
    let r = reasons_of(&records, DutyKind::PpcReport);
    assert!(
        r.iter()
            .any(|r| r.question.is_some_and(|q| q.id == "3.2.info.d")
                && r.ja().contains("「80」→ 80人、d)「5,000件」")),
        "{r:?}"
    );
    // Ransomware (3-5) without a demand: consult the police.
    let malware = incident(&[Malware], &[("law.threat", "no")]);
    assert_eq!(verdict(&malware, DutyKind::Police), May);
    assert!(has(&malware, DutyKind::Police, "ランサムウェア"));
}
