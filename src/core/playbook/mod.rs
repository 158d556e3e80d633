//! The manual as data (情報セキュリティ事故 対応マニュアル Ver. 1.5, 岐阜県情報セキュリティ委員会).
//!
//! One module per part of the manual, so the manual and the code can be read side by side:
//! [`basic_flow`] is chapters 1 and 2, the six `kind_*` modules are 3-1 … 3-6, [`questions`] holds the
//! question sets that every type shares. Every item carries a stable id and the manual section it
//! comes from; `tests/manual_coverage.rs` proves that every line of the manual is mapped.

pub mod basic_flow;
mod kind_insider;
mod kind_loss_theft;
mod kind_malware;
mod kind_misdelivery;
mod kind_p2p_leak;
mod kind_unauthorized_access;
pub mod merge;
pub mod questions;
mod section_words;
mod triage;

pub use merge::{questions_for, tasks_for, MergedItem};
pub use triage::{suggest, Symptom, SYMPTOMS};

use crate::core::text::{t, Text};
use serde::{Deserialize, Serialize};

/// The six incident types of manual chapter 3 (3-1 … 3-6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum IncidentKind {
    /// 3-1 紛失・盗難: a device, medium or document lost or stolen.
    LossOrTheft,
    /// 3-2 誤送信・Webでの誤公開: mail sent to the wrong people, or data published on the web by mistake.
    MisdeliveryOrWebExposure,
    /// 3-3 内部犯行(委託業者含む): data taken out by staff or a contractor.
    InsiderTheft,
    /// 3-4 Winny/Share等への漏洩: a leak onto a file-sharing (P2P) network.
    P2pLeak,
    /// 3-5 不正プログラム: malware (virus, spyware, …).
    Malware,
    /// 3-6 不正アクセス: unauthorised access to a server or system.
    UnauthorizedAccess,
}

impl IncidentKind {
    /// All types in the manual's order.
    pub const ALL: [IncidentKind; 6] = [
        IncidentKind::LossOrTheft,
        IncidentKind::MisdeliveryOrWebExposure,
        IncidentKind::InsiderTheft,
        IncidentKind::P2pLeak,
        IncidentKind::Malware,
        IncidentKind::UnauthorizedAccess,
    ];

    /// `kinds` in the manual's order (chapter 3's), each once. Without a sort: std's sort costs
    /// kilobytes of the single file per element type, and there are six types at most.
    pub fn in_order(kinds: &[IncidentKind]) -> Vec<IncidentKind> {
        Self::ALL
            .into_iter()
            .filter(|k| kinds.contains(k))
            .collect()
    }

    /// The manual's guide for this type.
    pub fn guide(self) -> &'static TypeGuide {
        match self {
            IncidentKind::LossOrTheft => &kind_loss_theft::GUIDE,
            IncidentKind::MisdeliveryOrWebExposure => &kind_misdelivery::GUIDE,
            IncidentKind::InsiderTheft => &kind_insider::GUIDE,
            IncidentKind::P2pLeak => &kind_p2p_leak::GUIDE,
            IncidentKind::Malware => &kind_malware::GUIDE,
            IncidentKind::UnauthorizedAccess => &kind_unauthorized_access::GUIDE,
        }
    }

    /// A short ASCII slug, for file names and DOM ids.
    pub fn slug(self) -> &'static str {
        match self {
            IncidentKind::LossOrTheft => "loss-theft",
            IncidentKind::MisdeliveryOrWebExposure => "misdelivery",
            IncidentKind::InsiderTheft => "insider",
            IncidentKind::P2pLeak => "p2p-leak",
            IncidentKind::Malware => "malware",
            IncidentKind::UnauthorizedAccess => "unauthorized-access",
        }
    }
}

/// The steps of an incident response, in order: chapter 2's basic flow, which the type-specific
/// stages (1)-(5) of chapter 3 slot into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Phase {
    /// 2 発見・通報 with 報告・協議 (同時に); chapter 3 stage (1) 発見および報告.
    DiscoveryAndReport,
    /// 2 初動対応 and 体制; chapter 3 stage (2) 初動対応.
    InitialResponse,
    /// Chapter 3 stage (3) 調査, where the severity is judged.
    Investigation,
    /// 2 通知・公表・報告等; chapter 3 stage (4) 通知・報告・公表等.
    NotificationAndPublication,
    /// 2 措置・復旧; chapter 3 stage (5) 抑制措置と復旧.
    ContainmentAndRecovery,
    /// 2 再発防止・計画.
    Prevention,
}

impl Phase {
    /// All phases in the order of the flow.
    pub const ALL: [Phase; 6] = [
        Phase::DiscoveryAndReport,
        Phase::InitialResponse,
        Phase::Investigation,
        Phase::NotificationAndPublication,
        Phase::ContainmentAndRecovery,
        Phase::Prevention,
    ];

    /// The heading shown for the phase.
    pub fn title(self) -> Text {
        match self {
            Phase::DiscoveryAndReport => t("発見・報告", "Discovery and report"),
            Phase::InitialResponse => t("初動対応", "Initial response"),
            Phase::Investigation => t("調査", "Investigation"),
            Phase::NotificationAndPublication => {
                t("通知・報告・公表等", "Notification, reporting, publication")
            }
            Phase::ContainmentAndRecovery => t("抑制措置と復旧", "Containment and recovery"),
            Phase::Prevention => t("再発防止・計画", "Prevention and planning"),
        }
    }

    /// A short ASCII slug, for DOM ids.
    pub fn slug(self) -> &'static str {
        match self {
            Phase::DiscoveryAndReport => "discovery",
            Phase::InitialResponse => "initial",
            Phase::Investigation => "investigation",
            Phase::NotificationAndPublication => "notification",
            Phase::ContainmentAndRecovery => "recovery",
            Phase::Prevention => "prevention",
        }
    }
}

/// What an item of the playbook is, which decides how it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// A ◆/◎ instruction to carry out: a checkbox with a timestamp.
    Task,
    /// A ◆ line that explains rather than instructs: shown as guidance, no checkbox.
    Guidance,
    /// A ※ line or a "do not" instruction: shown in the warning style.
    Warning,
    /// A row of a 応急処置例 (emergency measures) table: a checkbox.
    EmergencyMeasure,
    /// A row of a 二次被害防止策例 (secondary-damage measures) table: a checkbox.
    SecondaryMeasure,
}

impl ItemKind {
    /// Whether the item is something to do (and so gets a done checkbox).
    pub fn is_task(self) -> bool {
        matches!(
            self,
            ItemKind::Task | ItemKind::EmergencyMeasure | ItemKind::SecondaryMeasure
        )
    }
}

/// One line of the manual turned into guidance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable id, `{section}.{stage}.{kind}.{n}` (e.g. `3-4.5.measure.1`); stored in drafts, never reuse.
    pub id: &'static str,
    /// The manual section shown to the user, e.g. "3-1 (2)".
    pub section: &'static str,
    /// Where in the flow the item belongs.
    pub phase: Phase,
    /// How the item is shown.
    pub kind: ItemKind,
    /// The item itself.
    pub text: Text,
    /// The manual's cautions (留意点, ※) that belong beside this item.
    pub cautions: &'static [Text],
    /// Who does it, where the manual says (e.g. "情報企画課から総務省へ提出").
    pub who: Option<Text>,
    /// Items of different sections that are the same task share a key, so an incident with several
    /// types shows the task once (e.g. the police report of 3-1 and 3-3).
    pub same_as: Option<SharedTask>,
    /// What has changed since the manual was written (e.g. an organisation's new name).
    pub note: Option<Text>,
    /// A type's boxed ※ warning that stands above its stages (3-5 ※, 3-6 ※): shown first.
    pub banner: bool,
}

impl Item {
    /// An item with no cautions, owner, merge key or note; data tables add those with `..`.
    pub const fn new(
        id: &'static str,
        section: &'static str,
        phase: Phase,
        kind: ItemKind,
        text: Text,
    ) -> Item {
        Item {
            id,
            section,
            phase,
            kind,
            text,
            cautions: &[],
            who: None,
            same_as: None,
            note: None,
            banner: false,
        }
    }

    /// A type's boxed ※ warning that stands above its stages (3-5 ※, 3-6 ※).
    pub fn is_banner(&self) -> bool {
        self.banner
    }

    /// The key under which an incident records this task as done: shared by merged duplicates.
    pub fn task_key(&self) -> &'static str {
        self.same_as.map_or(self.id, SharedTask::key)
    }
}

/// A task that several sections of the manual ask for, each in its own words (the police report
/// in 2 and in 3-1 (2), the notice to persons in 2 and in each 3-x (4), …). When types are merged,
/// it is shown once and ticked once: an incident records it under one key, the same whichever
/// section it was ticked in (see `merge`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharedTask {
    /// Stored as `check-info`.
    CheckInfo,
    /// Stored as `mic-report`.
    MicReport,
    /// Stored as `notify-persons`.
    NotifyPersons,
    /// Stored as `police-report`.
    PoliceReport,
    /// Stored as `publication`.
    Publication,
    /// Stored as `recover-leaked`.
    RecoverLeaked,
    /// Stored as `remove-vulnerabilities`.
    RemoveVulnerabilities,
    /// Stored as `reporter-contact`.
    ReporterContact,
    /// Stored as `secondary-damage`.
    SecondaryDamage,
    /// Stored as `stop-accounts`.
    StopAccounts,
}

impl SharedTask {
    /// The key an incident's record stores it under. Stored in drafts: never change one.
    pub const fn key(self) -> &'static str {
        match self {
            SharedTask::CheckInfo => "check-info",
            SharedTask::MicReport => "mic-report",
            SharedTask::NotifyPersons => "notify-persons",
            SharedTask::PoliceReport => "police-report",
            SharedTask::Publication => "publication",
            SharedTask::RecoverLeaked => "recover-leaked",
            SharedTask::RemoveVulnerabilities => "remove-vulnerabilities",
            SharedTask::ReporterContact => "reporter-contact",
            SharedTask::SecondaryDamage => "secondary-damage",
            SharedTask::StopAccounts => "stop-accounts",
        }
    }
}

/// An example case (事件事例) of a type, shown as a hint when choosing the type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Case {
    /// Stable id, e.g. `3-1.1.case.1`.
    pub id: &'static str,
    /// The case as the manual words it.
    pub text: Text,
}

/// Everything the manual says about one incident type (a section 3-x).
#[derive(Debug)]
pub struct TypeGuide {
    /// Which type this is.
    pub kind: IncidentKind,
    /// The manual section, "3-1" … "3-6".
    pub section: &'static str,
    /// The section title.
    pub title: Text,
    /// A one-line summary for the type chooser.
    pub summary: Text,
    /// The 事件事例 table.
    pub cases: &'static [Case],
    /// The 発覚のきっかけ column: how such incidents come to light.
    pub triggers: &'static [Text],
    /// The fact-finding questions (1)-(7) of stage (2), worded for this type (3-4 has six).
    pub facts: &'static [questions::Question],
    /// The fact question "why did it happen" (なぜ…発生したのか), one of `facts`: the report's
    /// 原因. Named, not found by position: the types do not all ask the same number of questions.
    pub cause: &'static questions::Question,
    /// The fact question "how did it come to light" (発覚した理由), one of `facts`.
    pub discovery: &'static questions::Question,
    /// Every other line, in manual order.
    pub items: &'static [Item],
}

impl TypeGuide {
    /// The items of this type in one phase, in manual order.
    pub fn items_in(&self, phase: Phase) -> impl Iterator<Item = &'static Item> {
        self.items.iter().filter(move |i| i.phase == phase)
    }
}

/// Every piece of manual text the playbook holds, with the id of what holds it: items (with their
/// cautions, owners and notes), cases, triggers, questions and options, titles. For traceability
/// checks (`tests/manual_coverage.rs`).
pub fn every_text() -> Vec<(&'static str, Vec<Text>)> {
    use questions::{AnswerKind, INFO_QUESTIONS, SEVERITY_QUESTIONS};
    let item_texts = |i: &'static Item| {
        let mut texts = vec![i.text];
        texts.extend(i.cautions.iter().copied());
        texts.extend(i.who);
        (i.id, texts)
    };
    let question_texts = |q: &'static questions::Question| {
        let mut texts = vec![q.text];
        if let AnswerKind::Choices(options) = q.answer {
            texts.extend(options.iter().map(|o| o.text));
        }
        (q.id, texts)
    };
    let mut out: Vec<(&'static str, Vec<Text>)> = vec![
        (
            "1.purpose",
            vec![basic_flow::PURPOSE_TITLE, basic_flow::PURPOSE],
        ),
        ("1.flow", vec![basic_flow::FLOW_TITLE]),
        ("2.contact", vec![basic_flow::SECRETARIAT.name]),
    ];
    out.extend(basic_flow::ITEMS.iter().map(item_texts));
    out.push(question_texts(&basic_flow::REPORTER_CONTACT));
    out.extend(
        INFO_QUESTIONS
            .iter()
            .chain(SEVERITY_QUESTIONS)
            .map(question_texts),
    );
    for kind in IncidentKind::ALL {
        let guide = kind.guide();
        out.push((
            guide.section,
            std::iter::once(guide.title)
                .chain(guide.triggers.iter().copied())
                .collect(),
        ));
        out.extend(guide.cases.iter().map(|c| (c.id, vec![c.text])));
        out.extend(guide.facts.iter().map(question_texts));
        out.extend(guide.items.iter().map(item_texts));
    }
    out
}

/// The question with this id, from any part of the playbook.
pub fn question(id: &str) -> Option<&'static questions::Question> {
    use questions::{INFO_QUESTIONS, LEGAL_QUESTIONS, RESPONSE_QUESTIONS, SEVERITY_QUESTIONS};
    std::iter::once(&basic_flow::REPORTER_CONTACT)
        .chain(INFO_QUESTIONS)
        .chain(LEGAL_QUESTIONS)
        .chain(SEVERITY_QUESTIONS)
        .chain(RESPONSE_QUESTIONS)
        .chain(
            IncidentKind::ALL
                .iter()
                .flat_map(|k| k.guide().facts.iter()),
        )
        .find(|q| q.id == id)
}

/// The item with this id, from chapter 2 (the basic flow) or any type's guide (3-1 … 3-6): how a
/// drill scenario file names the manual item an inject tests or an order rule puts first (issue 26).
pub fn item(id: &str) -> Option<&'static Item> {
    basic_flow::ITEMS
        .iter()
        .chain(
            IncidentKind::ALL
                .iter()
                .flat_map(|k| k.guide().items.iter()),
        )
        .find(|i| i.id == id)
}

/// The Japanese words for a question's chosen options ("平文（暗号化なし）", "はい"), for the timeline.
pub fn choice_words(question_id: &str, choices: &[String]) -> String {
    let options = question(question_id).map_or(&[][..], |q| q.answer.options());
    let words: Vec<&str> = choices
        .iter()
        .map(|c| {
            options
                .iter()
                .find(|o| o.id == c)
                .map_or(c.as_str(), |o| o.text.ja)
        })
        .collect();
    if words.is_empty() {
        "（選択なし）".to_owned()
    } else {
        words.join("、")
    }
}
