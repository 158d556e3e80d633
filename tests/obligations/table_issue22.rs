//! Issue 22's rows of the PPC report's rule table: counts read in full, the contradictions that
//! passed, strong encryption as one exclusion for every ground, 3-4's second look.

use super::*;

#[test]
fn ppc_report_table_issue_22() {
    let persons = |n: &'static str| base_with(&[("law.persons", n)]);
    let table: Vec<(&str, &[IncidentKind], Answers, Verdict)> = vec![
        // Issue 22: counts read in full.
        (
            "職員80名、住民40名 is 120",
            &[MisdeliveryOrWebExposure],
            persons("職員80名、住民40名"),
            Req,
        ),
        (
            "合計：職員80人＋住民40人＝120人",
            &[MisdeliveryOrWebExposure],
            persons("合計：職員80人＋住民40人＝120人"),
            Req,
        ),
        (
            "4月分80人、5月分70人 is 150",
            &[MisdeliveryOrWebExposure],
            persons("4月分80人、5月分70人"),
            Req,
        ),
        (
            "80人（調査中）may grow",
            &[MisdeliveryOrWebExposure],
            persons("80人（調査中）"),
            May,
        ),
        (
            "調査中（現時点で80人）",
            &[MisdeliveryOrWebExposure],
            persons("調査中（現時点で80人）"),
            May,
        ),
        (
            "80人～",
            &[MisdeliveryOrWebExposure],
            persons("80人～"),
            May,
        ),
        (
            "50人から",
            &[MisdeliveryOrWebExposure],
            persons("50人から"),
            May,
        ),
        (
            "90人（見込み）",
            &[MisdeliveryOrWebExposure],
            persons("90人（見込み）"),
            May,
        ),
        (
            "90人位",
            &[MisdeliveryOrWebExposure],
            persons("90人位"),
            May,
        ),
        (
            "ほぼ100人",
            &[MisdeliveryOrWebExposure],
            persons("ほぼ100人"),
            May,
        ),
        (
            "数100人",
            &[MisdeliveryOrWebExposure],
            persons("数100人"),
            Req,
        ),
        (
            "数１００人",
            &[MisdeliveryOrWebExposure],
            persons("数１００人"),
            Req,
        ),
        (
            "1 050人",
            &[MisdeliveryOrWebExposure],
            persons("1 050人"),
            Req,
        ),
        (
            "100 or more",
            &[MisdeliveryOrWebExposure],
            persons("100 or more"),
            May,
        ),
        ("100+", &[MisdeliveryOrWebExposure], persons("100+"), May),
        (
            "職員40名、住民50名 is 90",
            &[MisdeliveryOrWebExposure],
            persons("職員40名、住民50名"),
            Not,
        ),
        // Issue 22: contradictions.
        (
            "no class I, 50人以下",
            &[MisdeliveryOrWebExposure],
            vec![("3.3.severity.1", "class-2-3"), ("law.persons", "50人以下")],
            May,
        ),
        (
            "no class I, 100人未満",
            &[MisdeliveryOrWebExposure],
            vec![
                ("3.3.severity.1", "class-2-3"),
                ("law.persons", "100人未満"),
            ],
            May,
        ),
        (
            "no class I, 不明",
            &[MisdeliveryOrWebExposure],
            vec![("3.3.severity.1", "class-2-3"), ("law.persons", "不明")],
            May,
        ),
        (
            "no class I, 0人",
            &[MisdeliveryOrWebExposure],
            vec![("3.3.severity.1", "class-2-3"), ("law.persons", "0人")],
            Not,
        ),
        (
            "strong, but e) says only password protection",
            &[MisdeliveryOrWebExposure],
            [
                base_with(&[("law.persons", "50"), ("law.protection", "strong")]),
                vec![("3.2.info.e", "password")],
            ]
            .concat(),
            May,
        ),
        (
            "strong, e) says HDD protection or not known",
            &[MisdeliveryOrWebExposure],
            [
                base_with(&[("law.persons", "50"), ("law.protection", "strong")]),
                vec![("3.2.info.e", "disk-protected"), ("3.2.info.e", "unknown")],
            ]
            .concat(),
            May,
        ),
        (
            "strong, e) says encrypted",
            &[MisdeliveryOrWebExposure],
            [
                base_with(&[("law.persons", "50"), ("law.protection", "strong")]),
                vec![("3.2.info.e", "encrypted")],
            ]
            .concat(),
            Not,
        ),
        (
            "strong, e) ticks encrypted and plain: the plain part is not protected",
            &[MisdeliveryOrWebExposure],
            [
                base_with(&[("law.persons", "50"), ("law.protection", "strong")]),
                vec![("3.2.info.e", "encrypted"), ("3.2.info.e", "plain")],
            ]
            .concat(),
            May,
        ),
        (
            "persons 80, d) 5,000件",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "80"), ("3.2.info.d", "5,000件")]),
            May,
        ),
        (
            "persons 80, d) 80件",
            &[MisdeliveryOrWebExposure],
            base_with(&[("law.persons", "80"), ("3.2.info.d", "80件")]),
            Not,
        ),
        // Issue 22: strong encryption is one exclusion for every ground.
        (
            "3-1 lost AES USB, key apart, no improper purpose (unconfirmed)",
            &[LossOrTheft],
            base_with(&[("law.persons", "5000"), ("law.protection", "strong")]),
            Not,
        ),
        (
            "strong outweighs an improper purpose",
            &[LossOrTheft],
            base_with(&[
                ("law.persons", "5000"),
                ("law.protection", "strong"),
                ("law.improper", "yes"),
            ]),
            Not,
        ),
        (
            "3-5: encryption at rest does not protect what a running system gave away",
            &[Malware],
            base_with(&[
                ("law.persons", "5000"),
                ("law.protection", "strong"),
                ("law.improper", "yes"),
            ]),
            Req,
        ),
        (
            "3-6, strong, small: still asks about the improper purpose",
            &[UnauthorizedAccess],
            base_with(&[("law.persons", "5"), ("law.protection", "strong")]),
            May,
        ),
        // Issue 22: 3-4 asks "no improper purpose" again.
        (
            "3-4, unconfirmed no improper purpose",
            &[P2pLeak],
            base_with(&[("law.persons", "3")]),
            May,
        ),
        (
            "3-4, confirmed",
            &[P2pLeak],
            base_with(&[("law.persons", "3"), ("law.improper-confirmed", "yes")]),
            Not,
        ),
    ];
    assert!(table.len() >= 30);
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
