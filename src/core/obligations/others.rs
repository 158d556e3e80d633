//! Bodies the manual does not name but public-body CSIRT rules do: recommended, not a legal duty
//! (legal-obligations.md, "Corrections and precisions"). Shown apart from the duties, and saying so.

use super::facts::{Facts, Tri};
use crate::core::playbook::IncidentKind;
use crate::core::text::{t, Text};

/// An outside body to tell or ask for help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherBody {
    /// IPA: コンピュータウイルス届出 (3-5) and 不正アクセス届出 (3-6), under METI's 対策基準.
    Ipa,
    /// JPCERT/CC: help with handling an incident.
    JpcertCc,
    /// J-LIS (自治体CSIRT協議会) when LGWAN is involved.
    Jlis,
}

impl OtherBody {
    /// The body's name.
    pub fn title(self) -> Text {
        match self {
            OtherBody::Ipa => t(
                "IPA（情報処理推進機構）への届出",
                "Notify IPA (Information-technology Promotion Agency)",
            ),
            OtherBody::JpcertCc => t("JPCERT/CC への報告・相談", "Report to or ask JPCERT/CC"),
            OtherBody::Jlis => t(
                "J-LIS（地方公共団体情報システム機構）への連絡",
                "Tell J-LIS (Japan Agency for Local Authority Information Systems)",
            ),
        }
    }

    /// Where the recommendation comes from.
    pub fn source(self) -> Text {
        match self {
            OtherBody::Ipa => t("経済産業省 コンピュータウイルス対策基準・コンピュータ不正アクセス対策基準（IPA 届出制度）", "METI's standards for computer virus and unauthorised-access countermeasures (IPA reporting scheme)"),
            OtherBody::JpcertCc => t("地方公共団体のCSIRT規程で連絡先とされることが多い", "Often named in local-government CSIRT rules"),
            OtherBody::Jlis => t("自治体CSIRT協議会（J-LIS）。LGWAN接続の端末・システムが関係する場合", "Local-government CSIRT council (J-LIS), when LGWAN-connected devices or systems are involved"),
        }
    }
}

/// One recommendation, with why it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// Which body.
    pub body: OtherBody,
    /// Why, from the answers and types.
    pub why: Text,
}

/// The bodies worth telling for `facts`. None of them is a legal duty.
pub fn recommendations(f: &Facts) -> Vec<Recommendation> {
    let mut out = Vec::new();
    let malware = f.has(IncidentKind::Malware);
    let access = f.has(IncidentKind::UnauthorizedAccess);
    if malware || access {
        let why = match (malware, access) {
            (true, true) => t(
                "不正プログラム（ウイルス届出）と不正アクセス（不正アクセス届出）",
                "malware (virus report) and unauthorised access (access report)",
            ),
            (true, false) => t(
                "不正プログラム: コンピュータウイルス届出",
                "malware: computer virus report",
            ),
            _ => t(
                "不正アクセス: 不正アクセス届出",
                "unauthorised access: unauthorised-access report",
            ),
        };
        out.push(Recommendation {
            body: OtherBody::Ipa,
            why,
        });
        out.push(Recommendation {
            body: OtherBody::JpcertCc,
            why: t(
                "調査や対応の支援を頼める",
                "they can help with the investigation and response",
            ),
        });
    }
    match f.lgwan {
        Tri::Yes => out.push(Recommendation {
            body: OtherBody::Jlis,
            why: t(
                "LGWANにつながる端末やシステムが関係すると回答されています",
                "you answered that LGWAN-connected devices or systems are involved",
            ),
        }),
        Tri::Unknown if malware || access => out.push(Recommendation {
            body: OtherBody::Jlis,
            why: t(
                "LGWANにつながる端末やシステムが関係する場合（未回答）",
                "if LGWAN-connected devices or systems are involved (not answered)",
            ),
        }),
        _ => {}
    }
    out
}
