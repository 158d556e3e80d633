//! The rule table: each duty's citation, and how the answers decide it.

use super::facts::{Facts, Tri};
use super::{Duty, DutyKind, Verdict};
use crate::core::playbook::IncidentKind;
use crate::core::text::{t, Text};

/// When the rules were last checked against their sources (shared/notes/legal-obligations.md).
/// Shown beside every duty; the secretariat updates it with the rules.
pub const LAST_VERIFIED: &str = "2026-11-25";

/// Where a duty comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The duty's name.
    pub title: Text,
    /// The law or manual section.
    pub source: Text,
    /// What the user does, and who.
    pub action: Text,
}

/// One citation per [`DutyKind`], in its order.
pub const CITATIONS: [Citation; 6] = [
    Citation {
        title: t("個人情報保護委員会への報告（速報・確報）", "Report to the Personal Information Protection Commission (preliminary and final)"),
        source: t("個人情報保護法68条1項、同法施行規則43条・44条", "APPI Art. 68(1); Enforcement Rules Arts. 43-44"),
        action: t("速報は速やかに（目安3〜5日）、確報は30日以内（不正の目的によるおそれがある場合は60日以内）。情報企画課（事務局）と協議のうえ、委員会の報告フォームで提出。", "Preliminary report promptly (about 3-5 days); final report within 30 days (60 if an improper purpose may be involved). Agree with the secretariat, then file on the PPC's online form."),
    },
    Citation {
        title: t("本人への通知", "Notice to the people concerned"),
        source: t("個人情報保護法68条2項", "APPI Art. 68(2)"),
        action: t("委員会への報告が必要な事案では、本人へ通知する。通知が困難で代わりの措置（公表など）をとる場合、または開示しない情報を含む場合は例外。", "Where the PPC must be told, notify the people concerned, unless notifying is difficult and another measure (e.g. publication) is taken, or the information is withheld from disclosure."),
    },
    Citation {
        title: t("特定個人情報（マイナンバー）の漏えい等の報告", "Report of a My Number data leak"),
        source: t("番号法29条の4、同法の委員会規則", "My Number Act Art. 29-4 and the PPC's rule under it"),
        action: t("マイナンバーを含む場合は、別の規則による報告の手続きになる。委員会の報告フォームは最初にこの点を尋ねる。事務局に必ず伝える。", "My Number data follows a separate reporting rule; the PPC's form asks this first. Always tell the secretariat."),
    },
    Citation {
        title: t("警察への届出・相談", "Report to or consult the police"),
        source: t("マニュアル 2 通知・公表・報告等、3-1 (2)、3-3 (4)、3-6 (1)", "Manual 2; 3-1 (2); 3-3 (4); 3-6 (1)"),
        action: t("盗難・紛失、不正アクセス、脅迫などがある場合は警察へ届け出る。内部犯行は犯罪に発展する可能性があれば早めに相談。", "Report theft or loss, unauthorised access and threats to the police; consult them early on insider cases that may become criminal."),
    },
    Citation {
        title: t("総務省への報告", "Report to the Ministry of Internal Affairs and Communications"),
        source: t("マニュアル 2 通知・公表・報告等（総務省報告書作成）、3-1 (4)", "Manual 2 (MIC report); 3-1 (4)"),
        action: t("報告書は情報企画課が総務省へ提出する。所属は事務局へ報告し、必要な情報を渡す。", "The Information Planning Division files it with the MIC; your section reports to the secretariat and supplies the facts."),
    },
    Citation {
        title: t("公表（記者発表）", "Publication (press release)"),
        source: t("マニュアル 2 通知・公表・報告等、3-1〜3-6 (4)", "Manual 2; 3-1 to 3-6 (4)"),
        action: t("規模や影響範囲が大きい場合に経緯を公表する。判断は知事・副知事への報告・協議と広報課との協力のうえで行う。", "Publish what happened when the scale or impact is large; decided after reporting to the Governor and with the Public Relations Division."),
    },
];

fn ppc(f: &Facts) -> (Verdict, Vec<Text>) {
    if f.personal == Tri::No {
        return (
            Verdict::NotRequired,
            vec![t(
                "個人情報（分類Ⅰ）は含まれないと回答されています。",
                "You answered that no personal information (class I) is involved.",
            )],
        );
    }
    if f.encrypted == Tri::Yes {
        return (Verdict::NotRequired, vec![t("高度な暗号化で保護されていたと回答されています（漏えいに当たりません）。", "You answered that it was protected by strong encryption (this does not count as a leak).")]);
    }
    let persons = match f.persons {
        Some(n) if n > 100 => Tri::Yes,
        Some(_) => Tri::No,
        None => Tri::Unknown,
    };
    let cases = [
        (
            f.sensitive,
            t(
                "要配慮個人情報が含まれる（規則43条1号）",
                "sensitive personal information (Rule 43 (1))",
            ),
            t(
                "要配慮個人情報が含まれるか未確認",
                "whether sensitive information is involved is not known",
            ),
        ),
        (
            f.financial,
            t(
                "財産的被害のおそれがある（同2号）",
                "risk of financial loss (Rule 43 (2))",
            ),
            t(
                "財産的被害のおそれが未確認",
                "risk of financial loss not known",
            ),
        ),
        (
            f.improper,
            t(
                "不正の目的によるおそれがある（同3号）",
                "an improper purpose may be involved (Rule 43 (3))",
            ),
            t(
                "不正の目的によるものか未確認",
                "whether an improper purpose is involved is not known",
            ),
        ),
        (
            persons,
            t(
                "本人の数が100人を超える（同4号）",
                "more than 100 people (Rule 43 (4))",
            ),
            t(
                "本人の数が未確認（100人を超えると報告対象）",
                "number of people not known (more than 100 must be reported)",
            ),
        ),
        (
            f.ordinance,
            t(
                "条例要配慮個人情報が含まれる（同5号）",
                "information the ordinance designates as sensitive (Rule 43 (5))",
            ),
            t(
                "条例要配慮個人情報が含まれるか未確認",
                "whether ordinance-sensitive information is involved is not known",
            ),
        ),
    ];
    let yes: Vec<Text> = cases
        .iter()
        .filter(|c| c.0 == Tri::Yes)
        .map(|c| c.1)
        .collect();
    let unknown: Vec<Text> = cases
        .iter()
        .filter(|c| c.0 == Tri::Unknown)
        .map(|c| c.2)
        .collect();
    if !yes.is_empty() {
        let mut reasons = yes;
        if f.encrypted == Tri::Unknown {
            reasons.push(t(
                "暗号化の有無が未確認（高度な暗号化なら報告は不要）",
                "encryption not confirmed (strong encryption would remove the duty)",
            ));
        }
        return (Verdict::Required, reasons);
    }
    let mut reasons = unknown;
    if f.personal == Tri::Unknown {
        reasons.insert(
            0,
            t(
                "個人情報（分類Ⅰ）が含まれるか未回答",
                "whether personal information (class I) is involved is not answered",
            ),
        );
    }
    if reasons.is_empty() {
        (
            Verdict::NotRequired,
            vec![t(
                "規則43条のどの場合にも当たらないと回答されています。",
                "You answered that none of the cases of Rule 43 applies.",
            )],
        )
    } else {
        (Verdict::MayBeRequired, reasons)
    }
}

fn tri_duty(answer: Tri, yes: Text, unknown: Text, no: Text) -> (Verdict, Vec<Text>) {
    match answer {
        Tri::Yes => (Verdict::Required, vec![yes]),
        Tri::Unknown => (Verdict::MayBeRequired, vec![unknown]),
        Tri::No => (Verdict::NotRequired, vec![no]),
    }
}

/// Evaluates one duty.
pub fn evaluate(kind: DutyKind, f: &Facts) -> Duty {
    let has = |k: IncidentKind| f.kinds.contains(&k);
    let (verdict, reasons) = match kind {
        DutyKind::PpcReport => ppc(f),
        DutyKind::NoticeToPersons => match ppc(f).0 {
            Verdict::Required if f.notice_difficult == Tri::Yes || f.disclosure_exempt == Tri::Yes => (Verdict::MayBeRequired, vec![t("例外（通知が困難で代わりの措置をとる、または開示しない情報を含む）に当たる可能性", "an exception may apply (notifying is difficult and another measure is taken, or information withheld from disclosure)")]),
            Verdict::Required => (Verdict::Required, vec![t("委員会への報告が必要な事案のため", "because the PPC must be told")]),
            Verdict::MayBeRequired => (Verdict::MayBeRequired, vec![t("委員会への報告が必要かどうかがまだ決まらないため", "because whether the PPC must be told is not settled yet")]),
            Verdict::NotRequired => (Verdict::NotRequired, vec![t("委員会への報告の対象ではないため（マニュアルは個人情報の漏えいのおそれがあれば通知と謝罪を求めています）", "because the PPC need not be told (the manual still asks for notice and apology if personal data may have leaked)")]),
        },
        DutyKind::MyNumber => tri_duty(f.my_number,
            t("マイナンバーを含むと回答されています。", "You answered that My Number data is involved."),
            t("マイナンバーを含むか未回答です。", "Whether My Number data is involved is not answered."),
            t("マイナンバーは含まないと回答されています。", "You answered that no My Number data is involved.")),
        DutyKind::Police => {
            let mut reasons = Vec::new();
            if f.threat == Tri::Yes { reasons.push(t("脅迫や要求がある（マニュアル 2）", "threats or demands (manual 2)")); }
            if has(IncidentKind::UnauthorizedAccess) { reasons.push(t("不正アクセス（マニュアル 2、3-6 (1)）", "unauthorised access (manual 2, 3-6 (1))")); }
            if has(IncidentKind::LossOrTheft) { reasons.push(t("紛失・盗難（マニュアル 3-1 (2) 警察に届出る）", "loss or theft (manual 3-1 (2))")); }
            if !reasons.is_empty() {
                (Verdict::Required, reasons)
            } else if has(IncidentKind::InsiderTheft) {
                (Verdict::MayBeRequired, vec![t("内部犯行: 犯罪に発展する可能性がある場合は早めに相談（マニュアル 3-3 (4)）", "insider case: consult early if it may become criminal (manual 3-3 (4))")])
            } else if f.threat == Tri::Unknown {
                (Verdict::MayBeRequired, vec![t("脅迫や要求の有無が未回答", "whether there were threats or demands is not answered")])
            } else {
                (Verdict::NotRequired, vec![t("マニュアルが警察への届出を求める場合に当たりません。", "None of the manual's cases for the police applies.")])
            }
        }
        DutyKind::MicReport => {
            if has(IncidentKind::LossOrTheft) {
                (Verdict::Required, vec![t("紛失・盗難は総務省へ報告義務がある（マニュアル 3-1 (4)）", "loss or theft must be reported to the MIC (manual 3-1 (4))")])
            } else {
                (Verdict::MayBeRequired, vec![t("基本ステップに総務省報告書作成がある（マニュアル 2）。要否は事務局と協議", "the basic flow includes the MIC report (manual 2); agree with the secretariat")])
            }
        }
        DutyKind::Publication => {
            let mut reasons = Vec::new();
            if f.persons.is_some_and(|n| n > 100) || ppc(f).0 == Verdict::Required {
                reasons.push(t("規模や影響範囲が大きい場合は経緯を公表する（マニュアル 3-x (4)）", "publish when the scale or impact is large (manual 3-x (4))"));
            }
            if has(IncidentKind::P2pLeak) {
                reasons.push(t("Winny/Share: 公表がダウンロードを誘発するおそれがあれば、しばらく控える考え方もある（マニュアル 3-4 (4)）", "Winny/Share: publication may be held back for a while if it would prompt downloads (manual 3-4 (4))"));
            }
            if reasons.is_empty() && ppc(f).0 == Verdict::NotRequired {
                (Verdict::NotRequired, vec![t("規模が小さく報告対象でないため、個別の公表は通常不要（定期的な一括公表の対象になりうる）", "small and not reportable: no separate publication as a rule (may be in a periodic batch)")])
            } else {
                if reasons.is_empty() {
                    reasons.push(t("規模と影響範囲がまだわからない", "scale and impact not known yet"));
                }
                (Verdict::MayBeRequired, reasons)
            }
        }
    };
    Duty {
        kind,
        verdict,
        reasons,
    }
}
