//! The PPC report's rule table: one row per case, at its edges.

use super::*;

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
    assert!(table.len() >= 50);
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
