//! The duties the manual itself sets, beside the law's: police (manual 2, 3-1 (2), 3-3 (4),
//! 3-6 (1)), the MIC report (manual 2, 3-1 (4)) and publication (manual 2, 3-x (4)).

use super::facts::{Facts, Tri};
use super::rules::{because, ppc, unknown};
use super::{Reason, ReasonKind, Verdict};
use crate::core::playbook::questions::{ACCESS_CLEAR, INFO_CLASS, PERSONS, PROTECTION, THREAT};
use crate::core::playbook::IncidentKind;
use crate::core::text::t;

use ReasonKind::{Because, Note, Unknown};

/// Manual 2, 3-1 (2), 3-3 (4), 3-6 (1).
pub(super) fn police(f: &Facts) -> (Verdict, Vec<Reason>) {
    let mut required = Vec::new();
    if f.threat == Tri::Yes {
        required.push(because(
            t(
                "脅迫や要求がある（マニュアル 2）",
                "threats or demands (manual 2)",
            ),
            &THREAT,
        ));
    }
    if f.has(IncidentKind::LossOrTheft) {
        required.push(Reason::new(
            Because,
            t(
                "紛失・盗難は警察に届け出る（マニュアル 3-1 (2)）",
                "loss or theft is reported to the police (manual 3-1 (2))",
            ),
            None,
        ));
    }
    if f.has(IncidentKind::UnauthorizedAccess) && f.access_clear == Tri::Yes {
        required.push(because(
            t(
                "不正アクセスが明らか（マニュアル 3-6 (1)）",
                "the unauthorised access is clear (manual 3-6 (1))",
            ),
            &ACCESS_CLEAR,
        ));
    }
    if !required.is_empty() {
        return (Verdict::Required, required);
    }
    let mut maybe = Vec::new();
    if f.has(IncidentKind::UnauthorizedAccess) {
        maybe.push(unknown(
            t(
                "不正アクセスの疑いの段階: 早めに相談（マニュアル 3-6 (1)）",
                "unauthorised access only suspected: consult early (manual 3-6 (1))",
            ),
            &ACCESS_CLEAR,
        ));
    }
    if f.has(IncidentKind::Malware) {
        maybe.push(unknown(
            t(
                "ランサムウェアなら、脅迫や要求がなくても警察に相談する（警察はランサムウェアの被害の届出を求めている）",
                "if it is ransomware, consult the police even without a demand (the police ask ransomware victims to report)",
            ),
            &THREAT,
        ));
    }
    if f.has(IncidentKind::InsiderTheft) {
        maybe.push(Reason::new(
            Note,
            t(
                "内部犯行: 犯罪に発展する可能性がある場合は早めに相談（マニュアル 3-3 (4)）",
                "insider case: consult early if it may become criminal (manual 3-3 (4))",
            ),
            None,
        ));
    }
    if f.threat == Tri::Unknown {
        maybe.push(unknown(
            t(
                "脅迫や要求の有無が未回答",
                "whether there were threats or demands is not answered",
            ),
            &THREAT,
        ));
    }
    if maybe.is_empty() {
        (
            Verdict::NotRequired,
            vec![Reason::new(
                Because,
                t(
                    "マニュアルが警察への届出を求める場合に当たりません",
                    "none of the manual's cases for the police applies",
                ),
                None,
            )],
        )
    } else {
        (Verdict::MayBeRequired, maybe)
    }
}

/// Manual 2 (総務省報告書作成) and 3-1 (4).
pub(super) fn mic(f: &Facts) -> (Verdict, Vec<Reason>) {
    if f.has(IncidentKind::LossOrTheft) {
        (
            Verdict::Required,
            vec![Reason::new(
                Because,
                t(
                    "紛失・盗難は総務省へ報告義務がある（マニュアル 3-1 (4)）",
                    "loss or theft must be reported to the MIC (manual 3-1 (4))",
                ),
                None,
            )],
        )
    } else {
        (
            Verdict::MayBeRequired,
            vec![Reason::new(
                Note,
                t(
                    "基本ステップに総務省報告書作成がある（マニュアル 2）。要否は事務局と協議",
                    "the basic flow includes the MIC report (manual 2); agree with the secretariat",
                ),
                None,
            )],
        )
    }
}

/// Manual 2 and 3-x (4): publication is the organisation's decision, never "required" by a rule.
pub(super) fn publication(f: &Facts) -> (Verdict, Vec<Reason>) {
    let ppc = ppc(f).0;
    let mut reasons = Vec::new();
    if f.more_than_100() == Tri::Yes || ppc == Verdict::Required {
        let large = Reason::new(
            Because,
            t(
                "規模や影響範囲が大きい場合は経緯を公表する（マニュアル 3-x (4)）",
                "publish when the scale or impact is large (manual 3-x (4))",
            ),
            None,
        );
        reasons.push(match f.persons_quote() {
            Some(q) => large.quoting(q),
            None => large,
        });
    }
    if f.has(IncidentKind::P2pLeak) {
        reasons.push(Reason::new(Note, t("Winny/Share: 公表がダウンロードを誘発するおそれがあれば、しばらく控える考え方もある（マニュアル 3-4 (4)）", "Winny/Share: publication may be held back for a while if it would prompt downloads (manual 3-4 (4))"), None));
    }
    if reasons.is_empty() && ppc == Verdict::NotRequired {
        return (Verdict::NotRequired, vec![not_reportable(f)]);
    }
    if reasons.is_empty() {
        reasons.push(Reason::new(
            Unknown,
            t(
                "規模と影響範囲がまだわからない",
                "scale and impact not known yet",
            ),
            Some(&PERSONS),
        ));
    }
    (Verdict::MayBeRequired, reasons)
}

/// Why a case the PPC need not hear of needs no separate publication, in the PPC verdict's words.
fn not_reportable(f: &Facts) -> Reason {
    if f.personal == Tri::No {
        return Reason::new(Because, t("個人情報（分類Ⅰ）が含まれず委員会への報告の対象でないため、個別の公表は通常不要（定期的な一括公表の対象になりうる）", "no personal information and not reportable to the PPC: no separate publication as a rule (may be in a periodic batch)"), Some(&INFO_CLASS));
    }
    if f.strongly_protected() {
        return Reason::new(Because, t("高度な暗号化で保護され委員会への報告の対象でないため、個別の公表は通常不要（定期的な一括公表の対象になりうる）", "strongly encrypted and not reportable to the PPC: no separate publication as a rule (may be in a periodic batch)"), Some(&PROTECTION));
    }
    let small = Reason::new(Because, t("規模が小さく報告対象でないため、個別の公表は通常不要（定期的な一括公表の対象になりうる）", "small and not reportable: no separate publication as a rule (may be in a periodic batch)"), Some(&PERSONS));
    match f.persons_quote() {
        Some(q) => small.quoting(q),
        None => small,
    }
}
