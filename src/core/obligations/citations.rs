//! Where each duty comes from, and how sure we are of it. The secretariat updates these with the
//! rules (legal-obligations.md keeps the sources).

use super::DutyKind;
use crate::core::text::{t, Text};

/// When the rules were last checked against their sources, as a whole.
pub const LAST_VERIFIED: &str = "2026-11-26";

/// Where a duty comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The duty's name.
    pub title: Text,
    /// The law or manual section.
    pub source: Text,
    /// What the user does, and who.
    pub action: Text,
    /// The day this rule was last checked against its source.
    pub verified_on: &'static str,
    /// What of it has not been checked word for word, where something has not.
    pub unverified: Option<Text>,
}

const PPC: Citation = Citation {
    title: t("個人情報保護委員会への報告（速報・確報）", "Report to the Personal Information Protection Commission (preliminary and final)"),
    source: t("個人情報保護法68条1項、同法施行規則43条・44条", "APPI Art. 68(1); Enforcement Rules Arts. 43-44"),
    action: t("速報は速やかに（目安は知った日から3日、遅くとも5日）、確報は30日以内（不正の目的によるおそれがある場合は60日以内）。情報企画課（事務局）と協議のうえ、委員会の報告フォームで提出。", "Preliminary report promptly (aim for day 3, day 5 at the latest); final report within 30 days (60 if an improper purpose may be involved). Agree with the secretariat, then file on the PPC's online form."),
    verified_on: "2026-11-26",
    unverified: Some(t("規則44条の期限（速報の3〜5日、確報の30日・60日）は、事業者向けの規則8条と同じとする二次資料によります。条文そのものは未確認です。", "The Art. 44 timings (3-5 days; 30 and 60 days) come from secondary sources saying it mirrors Art. 8 for businesses; the text itself is not verified.")),
};

const NOTICE: Citation = Citation {
    title: t("本人への通知", "Notice to the people concerned"),
    source: t("個人情報保護法68条2項、番号法29条の4第2項", "APPI Art. 68(2); My Number Act Art. 29-4(2)"),
    action: t("委員会への報告が必要な事案では、本人へ通知する。通知が困難で代わりの措置（公表など）をとる場合、または開示しない情報を含む場合は例外。", "Where the PPC must be told, notify the people concerned, unless notifying is difficult and another measure (e.g. publication) is taken, or the information is withheld from disclosure."),
    verified_on: "2026-11-26",
    unverified: None,
};

const MY_NUMBER: Citation = Citation {
    title: t("特定個人情報（マイナンバー）の漏えい等の報告", "Report of a My Number data leak"),
    source: t("番号法29条の4、特定個人情報の漏えい等に関する委員会規則2条・3条", "My Number Act Art. 29-4; PPC rule on My Number leaks Arts. 2-3"),
    action: t("マイナンバーを含む場合は、別の規則による報告になる。委員会の報告フォームは最初にこの点を尋ねる。事務局に必ず伝える。", "My Number data follows a separate reporting rule; the PPC's form asks this first. Always tell the secretariat."),
    verified_on: "2026-11-26",
    unverified: Some(t("期限（規則3条）は個人情報と同じ速報・確報の形としていますが、条文そのものは未確認です。", "The deadlines (Rule 3) are taken to follow the same preliminary/final pattern; the text itself is not verified.")),
};

const POLICE: Citation = Citation {
    title: t("警察への届出・相談", "Report to or consult the police"),
    source: t("マニュアル 2 通知・公表・報告等、3-1 (2)、3-3 (4)、3-6 (1)", "Manual 2; 3-1 (2); 3-3 (4); 3-6 (1)"),
    action: t("盗難・紛失と脅迫は警察へ届け出る。不正アクセスは明らかなら相談し、疑いの段階でも早めに相談する。内部犯行は犯罪に発展する可能性があれば早めに相談。", "Report theft or loss, and threats, to the police. Consult them on unauthorised access when it is clear, and early when only suspected; on insider cases that may become criminal, consult early."),
    verified_on: "2026-11-26",
    unverified: None,
};

const MIC: Citation = Citation {
    title: t("総務省への報告", "Report to the Ministry of Internal Affairs and Communications"),
    source: t("マニュアル 2 通知・公表・報告等（総務省報告書作成）、3-1 (4)", "Manual 2 (MIC report); 3-1 (4)"),
    action: t("報告書は情報企画課が総務省へ提出する。所属は事務局へ報告し、必要な情報を渡す。", "The Information Planning Division files it with the MIC; your section reports to the secretariat and supplies the facts."),
    verified_on: "2026-11-25",
    unverified: None,
};

const PUBLICATION: Citation = Citation {
    title: t("公表（記者発表）", "Publication (press release)"),
    source: t("マニュアル 2 通知・公表・報告等、3-1〜3-6 (4)", "Manual 2; 3-1 to 3-6 (4)"),
    action: t("規模や影響範囲が大きい場合に経緯を公表する。判断は知事・副知事への報告・協議と広報課との協力のうえで行う。", "Publish what happened when the scale or impact is large; decided after reporting to the Governor and with the Public Relations Division."),
    verified_on: "2026-11-25",
    unverified: None,
};

/// The citation of one duty.
pub(super) fn of(kind: DutyKind) -> &'static Citation {
    match kind {
        DutyKind::PpcReport => &PPC,
        DutyKind::NoticeToPersons => &NOTICE,
        DutyKind::MyNumber => &MY_NUMBER,
        DutyKind::Police => &POLICE,
        DutyKind::MicReport => &MIC,
        DutyKind::Publication => &PUBLICATION,
    }
}
