//! How the answers decide each duty. Every reason names the answer it read and the rule it applies.

use super::count::CountAnswer;
use super::facts::{clashes, improper_recheck, Facts, Protection, Tri};
use super::{manual_duties, my_number, Duty, DutyKind, Quote, Reason, ReasonKind, Verdict};
use crate::core::playbook::questions::{
    Question, FINANCIAL, IMPROPER, INFO_CLASS, ORDINANCE, PERSONS, PROTECTION, RECORD_COUNT,
    SENSITIVE,
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
pub(super) struct Case {
    pub(super) answer: Tri,
    pub(super) yes: Reason,
    pub(super) not_known: Reason,
}

/// The reasons of the cases that apply, and of those not known yet; "no" cases drop out.
pub(super) fn sort_cases(cases: impl IntoIterator<Item = Case>) -> (Vec<Reason>, Vec<Reason>) {
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

/// Rule 43 (4) as a case, quoting how the count was read. d) 件数 stands in, as a possibility
/// only, while 本人の数 is empty; and d) over 100 keeps a count of 100 or fewer open (one person
/// may have several records, but the answers must say so).
pub(super) fn persons_case(f: &Facts) -> Case {
    let yes = because(
        t(
            "本人の数が100人を超える（規則43条4号）",
            "more than 100 people (Rule 43 (4))",
        ),
        &PERSONS,
    );
    let records_over = match &f.records {
        CountAnswer::Count(c) => c.exceeds(100),
        _ => Tri::No,
    };
    match &f.persons {
        CountAnswer::Count(c) => {
            let read = Quote::count(&f.persons_typed, c);
            let near = unknown(
                t("本人の数が100人を超えるかどうか、書かれた数からは決まらない（100人を超えると報告対象）",
                  "the number written does not settle whether it is more than 100 (more than 100 must be reported)"),
                &PERSONS,
            );
            let answer = c.exceeds(100);
            if answer == Tri::No && records_over == Tri::Yes {
                let not_known = unknown(t("本人の数は100人以下と読めるが、d) の件数は100を超える。1人に複数件あるのでなければ100人を超えるおそれがある（どちらかを確かめてください）", "the number of people reads as 100 or fewer, but d) gives more than 100 records: unless one person has several, it may be more than 100 people (check which is right)"), &RECORD_COUNT)
                    .quoting(Quote { ja: format!("{}、d)「{}」", read.ja, f.records_typed), en: format!("{}; d) \"{}\"", read.en, f.records_typed) });
                return Case { answer: Tri::Unknown, yes, not_known };
            }
            Case { answer, yes: yes.quoting(read.clone()), not_known: near.quoting(read) }
        }
        CountAnswer::Unreadable => Case {
            answer: Tri::Unknown,
            yes,
            not_known: unknown(t("本人の数が数として読めない（例: 約1万人、100人以上、不明）", "the number of people could not be read as a number (e.g. 約1万人, 100人以上, 不明)"), &PERSONS).quoting(Quote::typed(&f.persons_typed)),
        },
        CountAnswer::Empty | CountAnswer::Unknown => {
            let not_known = if records_over != Tri::No {
                unknown(t("本人の数が未確認。d) の件数が100を超えうるため、100人を超えるおそれがある", "number of people not known; d) gives more than 100 records, so it may be more than 100 people"), &RECORD_COUNT).quoting(Quote::typed(&f.records_typed))
            } else {
                let r = unknown(t("本人の数が未確認（100人を超えると報告対象）", "number of people not known (more than 100 must be reported)"), &PERSONS);
                match f.persons_quote() { Some(q) => r.quoting(q), None => r }
            };
            Case { answer: Tri::Unknown, yes, not_known }
        }
    }
}

/// Strong encryption with the key not leaked, answered for a type where it holds (Rule 43:
/// 高度な暗号化その他の…措置が講じられたものを除く, for every item).
pub(super) fn strong_reason(f: &Facts) -> Option<Reason> {
    f.strongly_protected().then(|| because(t("高度な暗号化で鍵・パスワードは漏れていないと回答されています（規則43条: 高度な暗号化その他の保護措置が講じられたものは、どの号からも除く）", "you answered strong encryption with the key not leaked (Rule 43 excludes data so protected from every one of its cases)"), &PROTECTION))
}

/// Strong encryption answered where the data was taken through a running system (3-5, 3-6).
pub(super) fn strong_not_accepted(f: &Facts) -> Option<Reason> {
    (f.protection == Protection::Strong && f.taken_from_running_system()).then(|| Reason::new(Note, t("「高度な暗号化」と回答されていますが、ウイルス感染や不正アクセスで動いているシステムから取られた情報は保存時の暗号化では守られないため、除外には当たらないものとして判定しています", "strong encryption is answered, but data taken through an infected or intruded running system is not protected by encryption at rest, so it is not taken as excluding"), Some(&PROTECTION)))
}

/// APPI Art. 68(1) with Rules Art. 43: the PPC report.
pub(super) fn ppc(f: &Facts) -> (Verdict, Vec<Reason>) {
    // Strong encryption outweighs the second look at "no improper purpose": it excludes every item.
    let mut clashes = clashes(f);
    if !f.strongly_protected() {
        clashes.extend(improper_recheck(f));
    }
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
    if let Some(strong) = strong_reason(f) {
        return (Verdict::NotRequired, vec![strong]);
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
    let note = strong_not_accepted(f);
    if !yes.is_empty() {
        if f.protection == Protection::Unknown {
            yes.push(unknown(t("保護の状況が未回答（高度な暗号化で鍵が漏れていなければ報告は不要）", "protection not answered (strong encryption with the key not leaked would remove the duty)"), &PROTECTION));
        }
        yes.extend(note);
        return (Verdict::Required, yes);
    }
    if open.is_empty() {
        let none = Reason::new(
            Because,
            t(
                "規則43条1〜5号のどの場合にも当たらないと回答されています（本人の数は100人以下）",
                "you answered that none of the cases of Rule 43 (1)-(5) applies (100 people or fewer)",
            ),
            Some(&PERSONS),
        );
        let none = match f.persons_quote() {
            Some(q) => none.quoting(q),
            None => none,
        };
        return (Verdict::NotRequired, vec![none]);
    }
    if f.stored_encrypted && f.protection == Protection::Unknown {
        open.push(unknown(t("e) の「暗号化」だけでは報告は不要になりません。鍵・パスワードが漏れていない高度な暗号化かを回答してください", "\"Encrypted\" in e) alone does not remove the duty: answer whether it was strong encryption with the key not leaked"), &PROTECTION));
    }
    open.extend(note);
    (Verdict::MayBeRequired, open)
}

/// Evaluates one duty.
pub fn evaluate(kind: DutyKind, f: &Facts) -> Duty {
    let (verdict, reasons) = match kind {
        DutyKind::PpcReport => ppc(f),
        DutyKind::NoticeToPersons => my_number::notice(f),
        DutyKind::MyNumber => my_number::my_number(f),
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
