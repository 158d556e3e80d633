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
    /// The types it suggests.
    pub suggests: &'static [IncidentKind],
    /// The manual's example cases (事件事例) or section it was drawn from, shown beside it in the
    /// screen's language ("3-1 事例1・5", "3-1, cases 1 and 5"); `None` marks a situation in the
    /// tool's own words.
    pub source: Option<Text>,
}

/// The triage list, in the order of the manual's types.
pub const SYMPTOMS: &[Symptom] = &[
    // 3-1 cases 1, 5
    Symptom { id: "lost", source: Some(t("3-1 事例1・5", "3-1, cases 1 and 5")), suggests: &[LossOrTheft],
        text: t("パソコン・USBメモリ・書類などをなくした、置き忘れた", "A PC, USB stick or documents were lost or left behind") },
    // 3-1 cases 2-4
    Symptom { id: "stolen", source: Some(t("3-1 事例2〜4", "3-1, cases 2 to 4")), suggests: &[LossOrTheft],
        text: t("パソコンなどを盗まれた（ひったくり、置き引き、車上荒らし、事務所荒らし）", "A PC or similar was stolen (snatched, from a car, from the office)") },
    // 3-2 cases 1, 2
    Symptom { id: "wrong-mail", source: Some(t("3-2 事例1・2", "3-2, cases 1 and 2")), suggests: &[MisdeliveryOrWebExposure],
        text: t("メールを違う相手に送った、CCとBCCを間違えた", "Mail went to the wrong person, or CC was used instead of BCC") },
    // 3-2 cases 3-6
    Symptom { id: "web-visible", source: Some(t("3-2 事例3〜6", "3-2, cases 3 to 6")), suggests: &[MisdeliveryOrWebExposure],
        text: t("Webで見えてはいけない情報が見えていた", "Information that should be private was visible on the web") },
    // 3-3 (1), cases 1-2
    Symptom { id: "citizen-misuse", source: Some(t("3-3 (1)", "3-3 (1)")), suggests: &[InsiderTheft],
        text: t("県民から「自分の情報が悪用されている（DM、架空請求など）」と問い合わせがあった", "A citizen says their data is being misused (direct mail, fake bills, etc.)") },
    Symptom { id: "insider", source: None, suggests: &[InsiderTheft],
        text: t("職員や委託業者が情報を持ち出した疑いがある", "Staff or a contractor may have taken information out") },
    // 3-4 case 1
    Symptom { id: "p2p", source: Some(t("3-4 事例1", "3-4, case 1")), suggests: &[P2pLeak],
        text: t("ファイル交換ソフト（Winny/Share等）で情報が流れていると知らされた", "You were told information is circulating on file-sharing software (Winny, Share, etc.)") },
    // 3-5 cases 1-2
    Symptom { id: "virus-alert", source: Some(t("3-5 (1)", "3-5 (1)")), suggests: &[Malware],
        text: t("ウイルス対策ソフトが警告した、パソコンの動きがおかしい", "The antivirus software warned, or a PC behaves strangely") },
    // 3-6 cases 2-4. Not 3-5 as well: 3-5's tasks (reinstall the PC's OS) do not fit a web form
    // breach; a virus found on the server is added as a type on the incident screen.
    Symptom { id: "site-attacked", source: Some(t("3-6 事例2〜4", "3-6, cases 2 to 4")), suggests: &[UnauthorizedAccess],
        text: t("サーバやWebサイトが攻撃・改ざんされた", "A server or website was attacked or altered") },
    Symptom { id: "id-misused", source: Some(t("3-6 事例1", "3-6, case 1")), suggests: &[UnauthorizedAccess],
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
            suggest(&["site-attacked", "lost", "virus-alert"]),
            vec![LossOrTheft, Malware, UnauthorizedAccess]
        );
        assert!(suggest(&[]).is_empty());
        assert_eq!(suggest(&["site-attacked"]), vec![UnauthorizedAccess]);
    }
}
