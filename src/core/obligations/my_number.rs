//! The My Number track (番号法29条の4 and the PPC rule on 特定個人情報の漏えい等, Art. 2: four
//! reportable cases, strongly encrypted data excluded as under APPI Rule 43 (legal-obligations.md,
//! third review; to verify verbatim)), and the notice to the persons both tracks lead to.

use super::count::CountAnswer;
use super::facts::{Facts, Tri};
use super::rules::{because, ppc, sort_cases, strong_not_accepted, strong_reason, unknown, Case};
use super::{Quote, Reason, ReasonKind, Verdict};
use crate::core::playbook::questions::{
    DISCLOSURE_EXEMPT, IMPROPER, MY_NUMBER, MY_NUMBER_INTERNET, MY_NUMBER_PERSONS,
    MY_NUMBER_SYSTEM, NOTICE_DIFFICULT, PERSONS,
};
use crate::core::text::t;

use ReasonKind::{Because, Note};

/// Case (d): more than 100 persons whose My Numbers are involved. Never more than all the persons,
/// so a total of 100 or fewer settles it too.
fn persons_with_my_numbers(f: &Facts) -> Case {
    let yes = because(
        t(
            "マイナンバーを含む本人の数が100人を超える（規則2条4号）",
            "more than 100 people whose My Number is involved (Rule 2 (4))",
        ),
        &MY_NUMBER_PERSONS,
    );
    if let CountAnswer::Count(c) = &f.my_number_persons {
        let read = Quote::count(&f.my_number_persons_typed, c);
        return Case {
            answer: c.exceeds(100),
            yes: yes.quoting(read.clone()),
            not_known: unknown(t("マイナンバーを含む本人の数が100人を超えるかどうか、書かれた数からは決まらない（規則2条4号）", "the number written does not settle whether more than 100 people's My Numbers are involved (Rule 2 (4))"), &MY_NUMBER_PERSONS).quoting(read),
        };
    }
    let all = match &f.persons {
        CountAnswer::Count(c) => Some((c.exceeds(100), Quote::count(&f.persons_typed, c))),
        _ => None,
    };
    match all {
        Some((Tri::No, read)) => Case {
            answer: Tri::No,
            yes,
            not_known: because(t("本人の数が100人以下", "100 people or fewer in all"), &PERSONS)
                .quoting(read),
        },
        Some((_, read)) => Case {
            answer: Tri::Unknown,
            yes,
            not_known: unknown(t("本人の数は100人を超えうるが、そのうちマイナンバーを含む人の数が未回答（規則2条4号）", "there may be more than 100 people in all, but how many have their My Number involved is not answered (Rule 2 (4))"), &MY_NUMBER_PERSONS).quoting(read),
        },
        None => Case {
            answer: Tri::Unknown,
            yes,
            not_known: unknown(
                t(
                    "マイナンバーを含む本人の数が未確認（規則2条4号）",
                    "number of people whose My Number is involved not known (Rule 2 (4))",
                ),
                &MY_NUMBER_PERSONS,
            ),
        },
    }
}

/// My Number Act Art. 29-4 and the PPC rule, Art. 2: four reportable cases.
pub(super) fn my_number(f: &Facts) -> (Verdict, Vec<Reason>) {
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
            );
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
            );
        }
        Tri::Yes => {}
    }
    if let Some(strong) = strong_reason(f) {
        return (Verdict::NotRequired, vec![strong]);
    }
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
        persons_with_my_numbers(f),
    ];
    let (mut yes, mut open) = sort_cases(cases);
    let note = strong_not_accepted(f);
    if !yes.is_empty() {
        yes.extend(note);
        (Verdict::Required, yes)
    } else if !open.is_empty() {
        open.extend(note);
        (Verdict::MayBeRequired, open)
    } else {
        (Verdict::NotRequired, vec![Reason::new(Because, t("マイナンバーを含むが、規則2条の4つの場合のどれにも当たらないと回答されています（事務局には必ず伝える）", "My Number data is involved, but you answered that none of the four cases of Rule 2 applies (tell the secretariat all the same)"), None)])
    }
}

/// APPI Art. 68(2) and My Number Act Art. 29-4(2): notice follows either report. APPI's two
/// exceptions (notice difficult; information under Art. 78(1)); 番号法29条の4第2項's proviso has
/// only the first (its text names no Art. 78(1) exception; to verify verbatim).
pub(super) fn notice(f: &Facts) -> (Verdict, Vec<Reason>) {
    let ppc = ppc(f).0;
    let mn = my_number(f).0;
    let difficult = f.notice_difficult == Tri::Yes;
    let withheld = f.disclosure_exempt == Tri::Yes;
    let exception = |q| {
        (Verdict::MayBeRequired, vec![Reason::new(Note, t("例外（通知が困難で代わりの措置をとる、または開示しない情報を含む）に当たる可能性（法68条2項ただし書）", "an exception may apply: notifying is difficult and another measure is taken, or information withheld from disclosure (Art. 68(2) proviso)"), Some(q))])
    };
    if difficult && ppc.min(mn) == Verdict::Required {
        return exception(&NOTICE_DIFFICULT);
    }
    if mn == Verdict::Required {
        let mut reasons = vec![Reason::new(
            Because,
            t(
                "マイナンバーの漏えい等として報告が必要なため（番号法29条の4第2項）",
                "because the My Number leak must be reported (My Number Act Art. 29-4(2))",
            ),
            None,
        )];
        if withheld {
            reasons.push(Reason::new(Note, t("開示しない情報（法78条1項）を含む例外は、番号法29条の4第2項のただし書にはありません", "the exception for information withheld under Art. 78(1) is not in the proviso of My Number Act Art. 29-4(2)"), Some(&DISCLOSURE_EXEMPT)));
        }
        return (Verdict::Required, reasons);
    }
    if ppc == Verdict::Required {
        if withheld {
            return exception(&DISCLOSURE_EXEMPT);
        }
        return (
            Verdict::Required,
            vec![Reason::new(
                Because,
                t(
                    "委員会への報告が必要な事案のため（法68条2項）",
                    "because the PPC must be told (Art. 68(2))",
                ),
                None,
            )],
        );
    }
    let open = match (ppc, mn) {
        (Verdict::MayBeRequired, _) => Some(t("委員会への報告が必要かどうかがまだ決まらないため", "because whether the PPC must be told is not settled yet")),
        (_, Verdict::MayBeRequired) => Some(t("委員会への報告は不要と判定されたが、マイナンバーの漏えい等の報告が必要かどうかがまだ決まらないため", "because the PPC report is not required, but whether the My Number report is, is not settled yet")),
        _ => None,
    };
    match open {
        Some(text) => (Verdict::MayBeRequired, vec![Reason::new(Note, text, None)]),
        None => (Verdict::NotRequired, vec![Reason::new(Because, t("委員会への報告もマイナンバーの漏えい等の報告も不要と判定されたため（マニュアルは個人情報の漏えいのおそれがあれば通知と謝罪を求めています）", "because neither the PPC report nor the My Number report is required (the manual still asks for notice and apology if personal data may have leaked)"), None)]),
    }
}
