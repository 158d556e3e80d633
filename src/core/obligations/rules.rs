//! How the answers decide each duty. Every reason names the answer it read and the rule it applies.

use super::count::CountAnswer;
use super::facts::{contradictions, Facts, Protection, Tri};
use super::{manual_duties, Duty, DutyKind, Quote, Reason, ReasonKind, Verdict};
use crate::core::playbook::questions::{
    Question, DISCLOSURE_EXEMPT, FINANCIAL, IMPROPER, INFO_CLASS, MY_NUMBER, MY_NUMBER_INTERNET,
    MY_NUMBER_SYSTEM, NOTICE_DIFFICULT, ORDINANCE, PERSONS, PROTECTION, RECORD_COUNT, SENSITIVE,
};
use crate::core::playbook::IncidentKind;
use crate::core::text::{t, Text};

use ReasonKind::{Because, Note, Unknown};

pub(super) fn because(text: Text, q: &'static Question) -> Reason {
    Reason::new(Because, text, Some(q))
}

pub(super) fn unknown(text: Text, q: &'static Question) -> Reason {
    Reason::new(Unknown, text, Some(q))
}

/// One case of a rule: the answer, and what to say when it is yes or not known.
struct Case {
    answer: Tri,
    yes: Reason,
    not_known: Reason,
}

/// The reasons of the cases that apply, and of those not known yet; "no" cases drop out.
fn sort_cases(cases: impl IntoIterator<Item = Case>) -> (Vec<Reason>, Vec<Reason>) {
    let mut yes = Vec::new();
    let mut open = Vec::new();
    for case in cases {
        match case.answer {
            Tri::Yes => yes.push(case.yes),
            Tri::Unknown => open.push(case.not_known),
            Tri::No => {}
        }
    }
    (yes, open)
}

/// Rule 43 (4) as a case, quoting how the count was read; d) 件数 stands in, as a possibility
/// only, while 本人の数 is empty.
fn persons_case(f: &Facts) -> Case {
    let yes = because(
        t(
            "本人の数が100人を超える（規則43条4号）",
            "more than 100 people (Rule 43 (4))",
        ),
        &PERSONS,
    );
    match f.persons {
        CountAnswer::Count(c) => {
            let read = Quote::count(&f.persons_typed, &c);
            let near = unknown(
                t("本人の数が100人を超えるかどうか、書かれた数からは決まらない（100人を超えると報告対象）",
                  "the number written does not settle whether it is more than 100 (more than 100 must be reported)"),
                &PERSONS,
            );
            Case { answer: c.exceeds(100), yes: yes.quoting(read.clone()), not_known: near.quoting(read) }
        }
        CountAnswer::Unreadable => Case {
            answer: Tri::Unknown,
            yes,
            not_known: unknown(t("本人の数が数として読めない（例: 約1万人、100人以上、不明）", "the number of people could not be read as a number (e.g. 約1万人, 100人以上, 不明)"), &PERSONS),
        },
        CountAnswer::Empty | CountAnswer::Unknown => {
            let records_over = match f.records {
                CountAnswer::Count(c) => (c.exceeds(100) != Tri::No).then(|| Quote::typed(&f.records_typed)),
                _ => None,
            };
            let not_known = match records_over {
                Some(read) => unknown(t("本人の数が未確認。d) の件数が100を超えうるため、100人を超えるおそれがある", "number of people not known; d) gives more than 100 records, so it may be more than 100 people"), &RECORD_COUNT).quoting(read),
                None => unknown(t("本人の数が未確認（100人を超えると報告対象）", "number of people not known (more than 100 must be reported)"), &PERSONS),
            };
            Case { answer: Tri::Unknown, yes, not_known }
        }
    }
}

/// APPI Art. 68(1) with Rules Art. 43: the PPC report.
pub(super) fn ppc(f: &Facts) -> (Verdict, Vec<Reason>) {
    let clashes = contradictions(f);
    let (verdict, mut reasons) = ppc_from_answers(f);
    if f.has(IncidentKind::InsiderTheft) && verdict != Verdict::NotRequired {
        reasons.push(Reason::new(Note, t("委託先が原因でも、県の保有個人情報の漏えいとして県が報告する", "even when a contractor caused it, the prefecture reports the leak of its information"), None));
    }
    match verdict {
        Verdict::NotRequired if !clashes.is_empty() => (Verdict::MayBeRequired, clashes),
        _ => {
            reasons.extend(clashes);
            (verdict, reasons)
        }
    }
}

fn ppc_from_answers(f: &Facts) -> (Verdict, Vec<Reason>) {
    if f.personal == Tri::No {
        return (
            Verdict::NotRequired,
            vec![because(
                t(
                    "個人情報（分類Ⅰ）は含まれないと回答されています",
                    "you answered that no personal information (class I) is involved",
                ),
                &INFO_CLASS,
            )],
        );
    }
    if f.protection == Protection::Strong {
        return (Verdict::NotRequired, vec![because(t("高度な暗号化で鍵・パスワードは漏れていないと回答されています（規則43条: 高度な暗号化その他の保護措置が講じられたものは除く）", "you answered strong encryption with the key not leaked (Rule 43 excludes data so protected)"), &PROTECTION)]);
    }
    let cases = [
        Case { answer: f.sensitive, yes: because(t("要配慮個人情報が含まれる（規則43条1号）", "sensitive personal information (Rule 43 (1))"), &SENSITIVE), not_known: unknown(t("要配慮個人情報が含まれるか未確認（規則43条1号）", "whether sensitive information is involved is not known (Rule 43 (1))"), &SENSITIVE) },
        Case { answer: f.financial, yes: because(t("財産的被害のおそれがある（規則43条2号）", "risk of financial loss (Rule 43 (2))"), &FINANCIAL), not_known: unknown(t("財産的被害のおそれが未確認（規則43条2号）", "risk of financial loss not known (Rule 43 (2))"), &FINANCIAL) },
        Case { answer: f.improper_purpose(), yes: because(t("不正の目的によるおそれがある（規則43条3号）", "an improper purpose may be involved (Rule 43 (3))"), &IMPROPER), not_known: unknown(t("不正の目的によるものか未確認（規則43条3号）", "whether an improper purpose is involved is not known (Rule 43 (3))"), &IMPROPER) },
        persons_case(f),
        Case { answer: f.ordinance, yes: because(t("条例要配慮個人情報が含まれる（規則43条5号）", "information the ordinance designates as sensitive (Rule 43 (5))"), &ORDINANCE), not_known: unknown(t("条例要配慮個人情報が含まれるか未確認（規則43条5号）", "whether ordinance-sensitive information is involved is not known (Rule 43 (5))"), &ORDINANCE) },
    ];
    let (mut yes, mut open) = sort_cases(cases);
    if f.personal == Tri::Unknown {
        open.insert(
            0,
            unknown(
                t(
                    "個人情報（分類Ⅰ）が含まれるか未回答",
                    "whether personal information (class I) is involved is not answered",
                ),
                &INFO_CLASS,
            ),
        );
    }
    if !yes.is_empty() {
        if f.protection == Protection::Unknown {
            yes.push(unknown(t("保護の状況が未回答（高度な暗号化で鍵が漏れていなければ報告は不要）", "protection not answered (strong encryption with the key not leaked would remove the duty)"), &PROTECTION));
        }
        return (Verdict::Required, yes);
    }
    if open.is_empty() {
        return (
            Verdict::NotRequired,
            vec![Reason::new(
                Because,
                t(
                    "規則43条1〜5号のどの場合にも当たらないと回答されています",
                    "you answered that none of the cases of Rule 43 (1)-(5) applies",
                ),
                None,
            )],
        );
    }
    if f.stored_encrypted && f.protection == Protection::Unknown {
        open.push(unknown(t("e) の「暗号化」だけでは報告は不要になりません。鍵・パスワードが漏れていない高度な暗号化かを回答してください", "\"Encrypted\" in e) alone does not remove the duty: answer whether it was strong encryption with the key not leaked"), &PROTECTION));
    }
    (Verdict::MayBeRequired, open)
}

/// My Number Act Art. 29-4 and the PPC rule, Art. 2: four reportable cases.
fn my_number(f: &Facts) -> (Verdict, Vec<Reason>) {
    match f.my_number {
        Tri::No => {
            return (
                Verdict::NotRequired,
                vec![because(
                    t(
                        "マイナンバーは含まないと回答されています",
                        "you answered that no My Number data is involved",
                    ),
                    &MY_NUMBER,
                )],
            )
        }
        Tri::Unknown => {
            return (
                Verdict::MayBeRequired,
                vec![unknown(
                    t(
                        "マイナンバーを含むか未回答",
                        "whether My Number data is involved is not answered",
                    ),
                    &MY_NUMBER,
                )],
            )
        }
        Tri::Yes => {}
    }
    let persons = persons_case(f);
    let cases = [
        Case {
            answer: f.my_number_system,
            yes: because(
                t(
                    "情報提供ネットワークシステム等の中の情報（規則2条1号）",
                    "data in the network system or a My Number system (Rule 2 (1))",
                ),
                &MY_NUMBER_SYSTEM,
            ),
            not_known: unknown(
                t(
                    "マイナンバーを扱うシステムの中の情報か未確認（規則2条1号）",
                    "whether the data was in a My Number system is not known (Rule 2 (1))",
                ),
                &MY_NUMBER_SYSTEM,
            ),
        },
        Case {
            answer: f.improper_purpose(),
            yes: because(
                t(
                    "不正の目的によるおそれ（規則2条2号）",
                    "an improper purpose may be involved (Rule 2 (2))",
                ),
                &IMPROPER,
            ),
            not_known: unknown(
                t(
                    "不正の目的によるものか未確認（規則2条2号）",
                    "whether an improper purpose is involved is not known (Rule 2 (2))",
                ),
                &IMPROPER,
            ),
        },
        Case {
            answer: f.my_number_internet,
            yes: because(
                t(
                    "インターネットで不特定多数が閲覧できたおそれ（規則2条3号）",
                    "may have been viewable by anyone over the internet (Rule 2 (3))",
                ),
                &MY_NUMBER_INTERNET,
            ),
            not_known: unknown(
                t(
                    "インターネットで閲覧できたおそれが未確認（規則2条3号）",
                    "whether it was viewable over the internet is not known (Rule 2 (3))",
                ),
                &MY_NUMBER_INTERNET,
            ),
        },
        Case {
            answer: persons.answer,
            yes: persons.yes,
            not_known: persons.not_known,
        },
    ];
    let (yes, open) = sort_cases(cases);
    if !yes.is_empty() {
        (Verdict::Required, yes)
    } else if !open.is_empty() {
        (Verdict::MayBeRequired, open)
    } else {
        (Verdict::NotRequired, vec![Reason::new(Because, t("マイナンバーを含むが、規則2条の4つの場合のどれにも当たらないと回答されています（事務局には必ず伝える）", "My Number data is involved, but you answered that none of the four cases of Rule 2 applies (tell the secretariat all the same)"), None)])
    }
}

/// APPI Art. 68(2) and My Number Act Art. 29-4(2): notice follows the report, with two exceptions.
fn notice(f: &Facts) -> (Verdict, Vec<Reason>) {
    let ppc = ppc(f).0;
    let mn = my_number(f).0;
    let report = ppc.min(mn);
    match report {
        Verdict::Required if f.notice_difficult == Tri::Yes || f.disclosure_exempt == Tri::Yes => {
            let q = if f.notice_difficult == Tri::Yes { &NOTICE_DIFFICULT } else { &DISCLOSURE_EXEMPT };
            (Verdict::MayBeRequired, vec![Reason::new(Note, t("例外（通知が困難で代わりの措置をとる、または開示しない情報を含む）に当たる可能性（法68条2項ただし書）", "an exception may apply: notifying is difficult and another measure is taken, or information withheld from disclosure (Art. 68(2) proviso)"), Some(q))])
        }
        Verdict::Required => {
            let text = if ppc == Verdict::Required {
                t("委員会への報告が必要な事案のため（法68条2項）", "because the PPC must be told (Art. 68(2))")
            } else {
                t("マイナンバーの漏えい等として報告が必要なため（番号法29条の4第2項）", "because the My Number leak must be reported (My Number Act Art. 29-4(2))")
            };
            (Verdict::Required, vec![Reason::new(Because, text, None)])
        }
        Verdict::MayBeRequired => (Verdict::MayBeRequired, vec![Reason::new(Note, t("委員会への報告が必要かどうかがまだ決まらないため", "because whether the PPC must be told is not settled yet"), None)]),
        Verdict::NotRequired => (Verdict::NotRequired, vec![Reason::new(Because, t("委員会への報告の対象ではないため（マニュアルは個人情報の漏えいのおそれがあれば通知と謝罪を求めています）", "because the PPC need not be told (the manual still asks for notice and apology if personal data may have leaked)"), None)]),
    }
}

/// Evaluates one duty.
pub fn evaluate(kind: DutyKind, f: &Facts) -> Duty {
    let (verdict, reasons) = match kind {
        DutyKind::PpcReport => ppc(f),
        DutyKind::NoticeToPersons => notice(f),
        DutyKind::MyNumber => my_number(f),
        DutyKind::Police => manual_duties::police(f),
        DutyKind::MicReport => manual_duties::mic(f),
        DutyKind::Publication => manual_duties::publication(f),
    };
    Duty {
        kind,
        verdict,
        reasons,
    }
}
