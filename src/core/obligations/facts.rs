//! The answers the rules read, gathered through the playbook's typed questions, and the
//! contradictions between them.

use super::count::{self, CountAnswer};
use super::{Quote, Reason, ReasonKind};
use crate::core::incident::Incident;
use crate::core::playbook::questions::{
    Question, ACCESS_CLEAR, DISCLOSURE_EXEMPT, FINANCIAL, IMPROPER, IMPROPER_CONFIRMED,
    IMPROPER_USUAL, INFO_CLASS, LGWAN, MY_NUMBER, MY_NUMBER_INTERNET, MY_NUMBER_PERSONS,
    MY_NUMBER_SYSTEM, NOTICE_DIFFICULT, ORDINANCE, PERSONS, PROTECTION, RECORD_COUNT, SENSITIVE,
    STORAGE_FORM, THREAT,
};
use crate::core::playbook::IncidentKind;
use crate::core::text::t;

/// A yes / no / not-known answer. Unanswered counts as not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tri {
    /// はい.
    Yes,
    /// いいえ.
    No,
    /// わからない, or not answered yet.
    Unknown,
}

/// What protected the data (the answer to [`PROTECTION`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    /// Strong encryption, key not leaked and kept apart: the only answer that lifts the PPC duty.
    Strong,
    /// Something weaker: a password-protected file, a device lock, or nothing.
    Weak,
    /// Not answered, or わからない.
    Unknown,
}

/// What the rules need to know about an incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    /// The incident's types.
    pub kinds: Vec<IncidentKind>,
    /// Class-I personal information involved (severity (1)).
    pub personal: Tri,
    /// What protected the data.
    pub protection: Protection,
    /// e) ticked 平文 (plain text).
    pub stored_plain: bool,
    /// e) ticked 暗号化, which says nothing about the key.
    pub stored_encrypted: bool,
    /// e) answered at all (any option ticked).
    pub stored_answered: bool,
    /// 本人の数, as read.
    pub persons: CountAnswer,
    /// 本人の数, as typed (quoted in the reasons).
    pub persons_typed: String,
    /// d) 件数, as typed.
    pub records_typed: String,
    /// d) 件数, as read.
    pub records: CountAnswer,
    /// 要配慮個人情報.
    pub sensitive: Tri,
    /// 財産的被害のおそれ.
    pub financial: Tri,
    /// 不正の目的によるおそれ, as answered.
    pub improper: Tri,
    /// The second look at "no improper purpose".
    pub improper_confirmed: Tri,
    /// 条例要配慮個人情報.
    pub ordinance: Tri,
    /// 特定個人情報 (My Number).
    pub my_number: Tri,
    /// My Number case (a): in the network system or a system for My Number work.
    pub my_number_system: Tri,
    /// My Number case (c): viewable over the internet.
    pub my_number_internet: Tri,
    /// My Number case (d): the persons whose My Numbers are involved, as read.
    pub my_number_persons: CountAnswer,
    /// The same, as typed.
    pub my_number_persons_typed: String,
    /// Threats or demands.
    pub threat: Tri,
    /// 3-6: the unauthorised access is clear.
    pub access_clear: Tri,
    /// LGWAN involved.
    pub lgwan: Tri,
    /// Notifying the persons is difficult.
    pub notice_difficult: Tri,
    /// Includes information withheld from disclosure (Art. 78(1)).
    pub disclosure_exempt: Tri,
}

impl Facts {
    /// Gathers the facts from the incident's answers.
    pub fn of(incident: &Incident) -> Facts {
        let tri = |q: &Question| match incident.choice(q) {
            Some("yes") => Tri::Yes,
            Some("no") => Tri::No,
            _ => Tri::Unknown,
        };
        let ticked = |q: &Question, id: &str| {
            incident
                .answer(q)
                .is_some_and(|a| a.choices.iter().any(|c| c == id))
        };
        let classes = incident.answer(&INFO_CLASS).map_or(0, |a| a.choices.len());
        let personal = if ticked(&INFO_CLASS, "class-1") {
            Tri::Yes
        } else if classes == 0 {
            Tri::Unknown
        } else {
            Tri::No
        };
        let protection = match incident.choice(&PROTECTION) {
            Some("strong") => Protection::Strong,
            Some("password-file" | "device-lock" | "plain") => Protection::Weak,
            _ => Protection::Unknown,
        };
        let text = |q: &Question| incident.answer(q).map_or("", |a| a.text.as_str());
        Facts {
            kinds: incident.kinds.clone(),
            personal,
            protection,
            stored_plain: ticked(&STORAGE_FORM, "plain"),
            stored_encrypted: ticked(&STORAGE_FORM, "encrypted"),
            stored_answered: incident
                .answer(&STORAGE_FORM)
                .is_some_and(|a| !a.choices.is_empty()),
            persons: count::parse(text(&PERSONS)),
            persons_typed: text(&PERSONS).trim().to_owned(),
            records_typed: text(&RECORD_COUNT).trim().to_owned(),
            records: count::parse(text(&RECORD_COUNT)),
            sensitive: tri(&SENSITIVE),
            financial: tri(&FINANCIAL),
            improper: tri(&IMPROPER),
            improper_confirmed: tri(&IMPROPER_CONFIRMED),
            ordinance: tri(&ORDINANCE),
            my_number: tri(&MY_NUMBER),
            my_number_system: tri(&MY_NUMBER_SYSTEM),
            my_number_internet: tri(&MY_NUMBER_INTERNET),
            my_number_persons: count::parse(text(&MY_NUMBER_PERSONS)),
            my_number_persons_typed: text(&MY_NUMBER_PERSONS).trim().to_owned(),
            threat: tri(&THREAT),
            access_clear: tri(&ACCESS_CLEAR),
            lgwan: tri(&LGWAN),
            notice_difficult: tri(&NOTICE_DIFFICULT),
            disclosure_exempt: tri(&DISCLOSURE_EXEMPT),
        }
    }

    /// Whether the incident has a type.
    pub fn has(&self, kind: IncidentKind) -> bool {
        self.kinds.contains(&kind)
    }

    /// Whether "no improper purpose" needs a second look: the type usually involves one.
    pub fn improper_needs_confirming(&self) -> bool {
        self.improper == Tri::No
            && self.improper_confirmed != Tri::Yes
            && IMPROPER_USUAL.iter().any(|k| self.has(*k))
    }

    /// 不正の目的 as the rules use it: an unconfirmed "no" where the type suggests one is not
    /// known (it must not silently drop the 60-day clock).
    pub fn improper_purpose(&self) -> Tri {
        if self.improper_needs_confirming() {
            Tri::Unknown
        } else {
            self.improper
        }
    }

    /// 本人の数 over 100 (Rule 43 (4); 100 for public bodies, not 1,000).
    pub fn more_than_100(&self) -> Tri {
        match &self.persons {
            CountAnswer::Count(c) => c.exceeds(100),
            _ => Tri::Unknown,
        }
    }

    /// The count as read, quoted: 「職員80名、住民40名」→ 80人＋40人＝120人.
    pub fn persons_quote(&self) -> Option<Quote> {
        match &self.persons {
            CountAnswer::Count(c) => Some(Quote::count(&self.persons_typed, c)),
            CountAnswer::Unknown | CountAnswer::Unreadable => {
                Some(Quote::typed(&self.persons_typed))
            }
            CountAnswer::Empty => None,
        }
    }

    /// Data taken through a compromised running system (3-5 malware, 3-6 intrusion) was readable
    /// when taken: encryption at rest does not protect it (legal-obligations.md, third review).
    pub fn taken_from_running_system(&self) -> bool {
        self.has(IncidentKind::Malware) || self.has(IncidentKind::UnauthorizedAccess)
    }

    /// Strong encryption with the key not leaked, answered, and accepted: Rule 43 excludes such data
    /// from every one of its items (「…を除く。以下この条…において同じ」), and the My Number rule's
    /// Art. 2 likewise. Not accepted where the data was taken through a running system.
    pub fn strongly_protected(&self) -> bool {
        self.protection == Protection::Strong && !self.taken_from_running_system()
    }
}

/// Words beside the protection question, for the types where encryption at rest does not protect
/// what was taken (3-5, 3-6).
pub fn protection_note(f: &Facts) -> Option<crate::core::text::Text> {
    f.taken_from_running_system().then_some(t(
        "ウイルス感染や不正アクセスで、動いているシステムから持ち出された情報は、保存時の暗号化では守られません（取られた時点で復号されて読める状態だったため）。この種類では「高度な暗号化」と回答しても報告は不要になりません。",
        "Data taken through an infected or intruded running system was readable when taken: encryption at rest does not protect it. For these types, answering strong encryption does not remove the duty.",
    ))
}

/// "No improper purpose" not yet confirmed for a type that usually involves one.
pub fn improper_recheck(f: &Facts) -> Option<Reason> {
    f.improper_needs_confirming().then(|| Reason::new(ReasonKind::Contradiction,
        t("この種類の事故は不正の目的（盗難・持ち出し・侵入・ウイルス）によることが多いのに「不正の目的はない」と回答されています。間違いないか確認してください。",
          "Incidents of this type usually involve an improper purpose (theft, taking data out, intrusion, malware), but you answered \"No\". Please confirm."),
        Some(&IMPROPER_CONFIRMED)))
}

/// Answers that cannot all be true. While any stands, no APPI duty is "not required".
pub fn contradictions(f: &Facts) -> Vec<Reason> {
    let mut out = clashes(f);
    out.extend(improper_recheck(f));
    out
}

/// The contradictions other than the improper-purpose recheck (which strong encryption outweighs).
pub(super) fn clashes(f: &Facts) -> Vec<Reason> {
    let mut out = Vec::new();
    let mut flag = |when: bool, reason: Reason| {
        if when {
            out.push(reason);
        }
    };
    let no_personal = f.personal == Tri::No;
    flag(no_personal && f.my_number == Tri::Yes, Reason::new(ReasonKind::Contradiction,
        t("個人情報（分類Ⅰ）はないと回答されていますが、マイナンバーを含むと回答されています。マイナンバーは個人情報です。",
          "You answered that no personal information (class I) is involved, but also that My Number data is. My Number data is personal information."),
        Some(&INFO_CLASS)));
    // Any answer but "0人" says there are persons, or may be ("50人以下", "100人未満", "不明").
    let no_persons = match &f.persons {
        CountAnswer::Empty => true,
        CountAnswer::Count(c) => c.high == Some(0),
        CountAnswer::Unknown | CountAnswer::Unreadable => false,
    };
    let reason = Reason::new(ReasonKind::Contradiction,
        t("個人情報（分類Ⅰ）はないと回答されていますが、本人の数が入力されています（0人でなければ個人情報があります）。",
          "You answered that no personal information (class I) is involved, but gave a number of people (unless it is 0, there is personal information)."),
        Some(&INFO_CLASS));
    flag(
        no_personal && !no_persons,
        match f.persons_quote() {
            Some(read) => reason.quoting(read),
            None => reason,
        },
    );
    let special = [f.sensitive, f.financial, f.ordinance].contains(&Tri::Yes);
    flag(no_personal && special, Reason::new(ReasonKind::Contradiction,
        t("個人情報（分類Ⅰ）はないと回答されていますが、要配慮個人情報・財産的被害・条例要配慮個人情報のどれかに「はい」と回答されています。",
          "You answered that no personal information (class I) is involved, but answered \"Yes\" to sensitive, financial or ordinance-sensitive information."),
        Some(&INFO_CLASS)));
    // Part of the data kept in plain text is not covered by encryption of the rest.
    flag(f.protection == Protection::Strong && f.stored_plain, Reason::new(ReasonKind::Contradiction,
        t("e) で「平文（暗号化なし）」と回答されていますが、保護は「高度な暗号化」と回答されています（平文で保存された分は暗号化で守られていません）。",
          "e) says plain text (not encrypted), but the protection is answered as strong encryption (what was stored in plain text is not protected by it)."),
        Some(&PROTECTION)));
    flag(f.protection == Protection::Strong && f.stored_answered && !f.stored_encrypted, Reason::new(ReasonKind::Contradiction,
        t("保護は「高度な暗号化」と回答されていますが、e) では「暗号化」が選ばれていません（平文・HDD保護・認証パスワード保護・わからない）。",
          "The protection is answered as strong encryption, but e) does not tick \"Encrypted\" (plain text, disk protection, password protection or not known)."),
        Some(&PROTECTION)));
    out
}
