//! The answers the rules read, gathered from the incident's questions.

use crate::core::incident::Incident;
use crate::core::playbook::IncidentKind;

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

/// What the rules need to know about an incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    /// The incident's types.
    pub kinds: Vec<IncidentKind>,
    /// Personal information involved: severity (1) 個人情報(分類Ⅰ), or any legal answer about persons.
    pub personal: Tri,
    /// Protected by strong encryption only (e) answered 暗号化 and nothing weaker).
    pub encrypted: Tri,
    /// 本人の数, if known.
    pub persons: Option<u64>,
    /// 要配慮個人情報.
    pub sensitive: Tri,
    /// 財産的被害のおそれ.
    pub financial: Tri,
    /// 不正の目的によるおそれ.
    pub improper: Tri,
    /// 条例要配慮個人情報.
    pub ordinance: Tri,
    /// 特定個人情報 (My Number).
    pub my_number: Tri,
    /// Threats or demands.
    pub threat: Tri,
    /// Notifying the persons is difficult.
    pub notice_difficult: Tri,
    /// Includes information withheld from disclosure (Art. 78(1)).
    pub disclosure_exempt: Tri,
}

/// Reads the first whole number in a free-text answer: "約120人" → 120, full-width digits too.
pub fn first_number(text: &str) -> Option<u64> {
    let digits: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            _ => c,
        })
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    digits.parse().ok()
}

impl Facts {
    /// Gathers the facts from the incident's answers.
    pub fn of(incident: &Incident) -> Facts {
        let choices = |id: &str| {
            incident
                .answers
                .get(id)
                .map(|a| a.choices.as_slice())
                .unwrap_or_default()
        };
        let tri = |id: &str| match choices(id).first().map(String::as_str) {
            Some("yes") => Tri::Yes,
            Some("no") => Tri::No,
            _ => Tri::Unknown,
        };
        let classes = choices("3.3.severity.1");
        let personal = if classes.iter().any(|c| c == "class-1") {
            Tri::Yes
        } else if classes.is_empty() {
            Tri::Unknown
        } else {
            Tri::No
        };
        let forms = choices("3.2.info.e");
        let encrypted = if forms.is_empty() || forms.iter().any(|f| f == "unknown") {
            Tri::Unknown
        } else if forms.iter().all(|f| f == "encrypted") {
            Tri::Yes
        } else {
            Tri::No
        };
        let persons = incident
            .answers
            .get("law.persons")
            .and_then(|a| first_number(&a.text));
        Facts {
            kinds: incident.kinds.clone(),
            personal,
            encrypted,
            persons,
            sensitive: tri("law.sensitive"),
            financial: tri("law.financial"),
            improper: tri("law.improper"),
            ordinance: tri("law.ordinance"),
            my_number: tri("law.mynumber"),
            threat: tri("law.threat"),
            notice_difficult: tri("law.notice-difficult"),
            disclosure_exempt: tri("law.disclosure-exempt"),
        }
    }
}
