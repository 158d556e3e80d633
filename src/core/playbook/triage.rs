//! For a user who does not know the type: plain descriptions of what happened, drawn from the
//! example cases (事件事例) of manual 3-1 … 3-6, each suggesting one or more types.

use super::IncidentKind::{self, *};
use crate::core::text::{t, Text};

/// A plain "what happened?" answer and the types it points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symptom {
    /// Stable id, for DOM ids and tests.
    pub id: &'static str,
    /// What the user recognises.
    pub text: Text,
    /// The types it suggests, with the manual cases it was drawn from in the doc comment.
    pub suggests: &'static [IncidentKind],
}

/// The triage list, in the order of the manual's types.
pub const SYMPTOMS: &[Symptom] = &[
    // 3-1 cases 1, 5
    Symptom { id: "lost", suggests: &[LossOrTheft],
        text: t("パソコン・USBメモリ・書類などをなくした、置き忘れた", "A PC, USB stick or documents were lost or left behind") },
    // 3-1 cases 2-4
    Symptom { id: "stolen", suggests: &[LossOrTheft],
        text: t("パソコンなどを盗まれた（ひったくり、置き引き、車上荒らし、事務所荒らし）", "A PC or similar was stolen (snatched, from a car, from the office)") },
    // 3-2 cases 1, 2
    Symptom { id: "wrong-mail", suggests: &[MisdeliveryOrWebExposure],
        text: t("メールを違う相手に送った、CCとBCCを間違えた", "Mail went to the wrong person, or CC was used instead of BCC") },
    // 3-2 cases 3-6
    Symptom { id: "web-visible", suggests: &[MisdeliveryOrWebExposure],
        text: t("Webで見えてはいけない情報が見えていた", "Information that should be private was visible on the web") },
    // 3-3 (1), cases 1-2
    Symptom { id: "citizen-misuse", suggests: &[InsiderTheft],
        text: t("県民から「自分の情報が悪用されている（DM、架空請求など）」と問い合わせがあった", "A citizen says their data is being misused (direct mail, fake bills, etc.)") },
    Symptom { id: "insider", suggests: &[InsiderTheft],
        text: t("職員や委託業者が情報を持ち出した疑いがある", "Staff or a contractor may have taken information out") },
    // 3-4 case 1
    Symptom { id: "p2p", suggests: &[P2pLeak],
        text: t("ファイル交換ソフト（Winny/Share等）で情報が流れていると知らされた", "You were told information is circulating on file-sharing software (Winny, Share, etc.)") },
    // 3-5 cases 1-2
    Symptom { id: "virus-alert", suggests: &[Malware],
        text: t("ウイルス対策ソフトが警告した、パソコンの動きがおかしい", "The antivirus software warned, or a PC behaves strangely") },
    // 3-6 cases 1-4 (case 4 plants a virus too)
    Symptom { id: "site-attacked", suggests: &[UnauthorizedAccess, Malware],
        text: t("サーバやWebサイトが攻撃・改ざんされた", "A server or website was attacked or altered") },
    Symptom { id: "id-misused", suggests: &[UnauthorizedAccess],
        text: t("IDやパスワードを悪用された", "An ID and password were misused") },
];

/// The types suggested by the symptoms chosen, without duplicates, in the manual's order.
pub fn suggest(chosen: &[&str]) -> Vec<IncidentKind> {
    IncidentKind::ALL
        .into_iter()
        .filter(|k| {
            SYMPTOMS
                .iter()
                .any(|s| chosen.contains(&s.id) && s.suggests.contains(k))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_can_be_reached_by_triage() {
        for kind in IncidentKind::ALL {
            assert!(
                SYMPTOMS.iter().any(|s| s.suggests.contains(&kind)),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn suggestions_merge_in_manual_order() {
        assert_eq!(
            suggest(&["site-attacked", "lost"]),
            vec![LossOrTheft, Malware, UnauthorizedAccess]
        );
        assert!(suggest(&[]).is_empty());
    }
}
