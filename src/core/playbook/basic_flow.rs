//! Manual chapters 1 (基本的な考え方) and 2 (事故対応の基本ステップ): what every incident goes through,
//! whatever its type, and whom to call.

use super::questions::{AnswerKind, Question, QuestionGroup, ShownIf};
use super::{Item, ItemKind, Phase, SharedTask};
use crate::core::text::{t, Text};

/// Manual 1 ◆情報セキュリティ事故対応の目的: the heading of [`PURPOSE`].
pub const PURPOSE_TITLE: Text = t(
    "情報セキュリティ事故対応の目的",
    "The purpose of the incident response",
);

/// Manual 1 ◆情報セキュリティ事故対応の目的: why the response exists; shown on the home screen.
pub const PURPOSE: Text = t(
    "情報セキュリティ事故後に対応を行う最大の目的は「情報セキュリティ事故による直接的・間接的被害を最小限に抑える」ことにあります。自分の所属（組織）だけでなく、情報セキュリティ事故の最終的な被害者、県民、業者、職員など情報漏えいによって被害を受ける様々な関係者の被害を最小限に抑える必要があります。",
    "The main purpose of the response is to keep the direct and indirect damage of the incident as small as possible: not only for your own section, but for everyone the leak harms in the end: citizens, businesses and staff.",
);

/// Manual 1 ◆情報セキュリティ事故対応の主な流れ: the flow itself is the list of [`Phase`]s.
pub const FLOW_TITLE: Text = t(
    "情報セキュリティ事故対応の主な流れ",
    "The main flow of the response",
);

/// A telephone contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    /// Who answers.
    pub name: Text,
    /// Internal extension (内線).
    pub extension: &'static str,
    /// Outside office hours (時間外), in the form dialled.
    pub after_hours: &'static str,
}

/// Manual 2: 情報セキュリティ委員会(事務局:情報企画課IT最適化係) 内2255 時間外090-5110-0331.
pub const SECRETARIAT: Contact = Contact {
    name: t(
        "情報セキュリティ委員会 事務局（情報企画課IT最適化係）",
        "Information Security Committee secretariat (IT Optimisation Unit, Information Planning Division)",
    ),
    extension: "2255",
    after_hours: "090-5110-0331",
};

/// Manual 2 発見・通報 ◎: when an incident starts (signs or concrete facts).
pub const SIGNS: Item = Item::new(
    "2.discovery.signs",
    "2 発見・通報",
    Phase::DiscoveryAndReport,
    ItemKind::Guidance,
    t(
        "情報セキュリティ事故に関する兆候や具体的な事実を確認した場合",
        "When you see signs of, or concrete facts about, an incident",
    ),
);

/// Manual 2 発見・通報 ※: keep the evidence. Also stands beside the tasks that touch an attacked
/// system (3-5 (2) removal, 3-6 (2) stopping it), where a stressed user would otherwise wipe it.
pub const KEEP_EVIDENCE: Text = t(
    "不用意な操作をせず、システム上に残された証拠を消してしまわないようにする",
    "Do not operate the system carelessly: do not erase the evidence left on it",
);

/// Manual 2 発見・通報 ◎ with its ※: systems under attack; keep the evidence.
pub const SYSTEM_AT_RISK: Item = Item {
    cautions: &[KEEP_EVIDENCE],
    ..Item::new("2.discovery.system", "2 発見・通報", Phase::DiscoveryAndReport, ItemKind::Warning,
        t("不正アクセスや不正プログラム(ウイルスを含む)など情報システムからの情報漏えいやシステムが破壊される可能性がある場合",
          "When information may leak from a system, or the system may be destroyed, through unauthorised access or malware (including viruses)"))
};

/// Manual 2 発見・通報 ◎ with its ※: a report from outside; write down the caller's contact.
pub const EXTERNAL_REPORT: Item = Item {
    same_as: Some(SharedTask::ReporterContact),
    cautions: &[t(
        "相手の連絡先等を必ず控える",
        "Always write down the caller's name and contact details",
    )],
    ..Item::new(
        "2.discovery.external",
        "2 発見・通報",
        Phase::DiscoveryAndReport,
        ItemKind::Task,
        t(
            "外部から通報があった場合",
            "When someone outside reports it",
        ),
    )
};

/// Manual 2 初動対応 ◎: cut off whatever could spread the damage, first.
pub const CUT_OFF: Item = Item::new("2.initial.cut-off", "2 初動対応", Phase::DiscoveryAndReport, ItemKind::Task,
    t("被害が広がる可能性がある場合や、情報が外部からアクセスできる状態にある場合、まずは、これらを遮断する措置をとる。(ネットワークの遮断、サービスの停止、情報の隔離など)",
      "If the damage may spread, or the information can be reached from outside, first cut it off (disconnect the network, stop the service, isolate the information)."));

/// Manual 2 報告・協議 ◎ (同時に): report to the secretariat at once and agree the response.
pub const REPORT_TO_SECRETARIAT: Item = Item {
    who: Some(t("情報企画課IT最適化係 内2255 時間外090-5110-0331", "IT Optimisation Unit, ext. 2255, after hours 090-5110-0331")),
    ..Item::new("2.report.secretariat", "2 報告・協議", Phase::DiscoveryAndReport, ItemKind::Task,
        t("速やかに情報セキュリティ委員会(事務局:情報企画課IT最適化係)へ報告し、対応を協議する。",
          "Report at once to the Information Security Committee (secretariat: IT Optimisation Unit) and agree the response."))
};

/// Manual 2 通知・公表・報告等: the organisation-wide steps that decide the others (whether to
/// publish, how to notify), so they lead the phase whatever the types.
pub const DECIDE_FIRST: [&str; 2] = ["2.notify.governor", "2.notify.departments"];

/// The first rules of chapter 2, for the home screen: what to do before anything else.
pub const FIRST_RULES: [&Item; 4] = [
    &CUT_OFF,
    &SYSTEM_AT_RISK,
    &EXTERNAL_REPORT,
    &REPORT_TO_SECRETARIAT,
];

/// Manual 2: every item of the basic flow, in order.
pub const ITEMS: &[Item] = &[
    SIGNS,
    SYSTEM_AT_RISK,
    EXTERNAL_REPORT,
    CUT_OFF,
    REPORT_TO_SECRETARIAT,
    Item::new("2.report.topics", "2 報告・協議", Phase::DiscoveryAndReport, ItemKind::Guidance,
        t("協議内容:ポリシー違反の有無、被害の收拾、個人情報漏洩への対応 等",
          "What is agreed: whether the policy was broken, how to contain the damage, how to handle a personal-data leak, etc.")),
    Item::new("2.team.setup", "2 体制", Phase::InitialResponse, ItemKind::Task,
        t("情報セキュリティ責任者(所属長)のもと、速やかに事故対応のための体制をとり対応を行う。",
          "Set up a response team at once under the information security officer (the head of your section), and respond.")),
    Item::new("2.notify.governor", "2 通知・公表・報告等", Phase::NotificationAndPublication, ItemKind::Task,
        t("知事・副知事への報告・協議", "Report to and consult the Governor and Vice-Governors")),
    Item::new("2.notify.departments", "2 通知・公表・報告等", Phase::NotificationAndPublication, ItemKind::Task,
        t("関係課(広報課、県警、危機管理政策課)との協力",
          "Work with the divisions concerned (Public Relations, Prefectural Police, Crisis Management Policy)")),
    Item { same_as: Some(SharedTask::NotifyPersons),
        ..Item::new("2.notify.persons", "2 通知・公表・報告等", Phase::NotificationAndPublication, ItemKind::Task,
            t("漏洩した個人情報の本人への謝罪と通知", "Apologise to and notify the people whose personal data leaked")) },
    Item { same_as: Some(SharedTask::PoliceReport),
        ..Item::new("2.notify.police", "2 通知・公表・報告等", Phase::NotificationAndPublication, ItemKind::Task,
            t("不正アクセス、脅迫などがある場合は警察への届出", "Report to the police in cases of unauthorised access, threats, etc.")) },
    Item { same_as: Some(SharedTask::Publication),
        ..Item::new("2.notify.press", "2 通知・公表・報告等", Phase::NotificationAndPublication, ItemKind::Task,
            t("記者発表(公表が必要と判断された場合)", "Press release (when it is decided that publication is needed)")) },
    Item { same_as: Some(SharedTask::MicReport),
        who: Some(t("情報企画課から総務省へ提出", "The Information Planning Division submits it to the MIC")),
        ..Item::new("2.notify.mic", "2 通知・公表・報告等", Phase::NotificationAndPublication, ItemKind::Task,
            t("総務省報告書作成", "Write the report to the Ministry of Internal Affairs and Communications (MIC)")) },
    Item::new("2.recovery.intro", "2 措置・復旧", Phase::ContainmentAndRecovery, ItemKind::Guidance,
        t("情報漏洩による被害の拡大防止と復旧のための措置を行う。", "Take measures to stop the damage from the leak growing, and to recover.")),
    Item::new("2.recovery.helpdesk", "2 措置・復旧", Phase::ContainmentAndRecovery, ItemKind::Task,
        t("専用の相談窓口の設置", "Set up a dedicated enquiry desk")),
    Item::new("2.recovery.restore", "2 措置・復旧", Phase::ContainmentAndRecovery, ItemKind::Task,
        t("停止したシステム等の復旧を行う", "Restore the systems that were stopped")),
    Item::new("2.prevention.intro", "2 再発防止・計画", Phase::Prevention, ItemKind::Guidance,
        t("抜本的な再発防止策を検討し実施する。", "Work out and carry out fundamental measures so it does not happen again.")),
    Item::new("2.prevention.final-report", "2 再発防止・計画", Phase::Prevention, ItemKind::Task,
        t("最終的な事故報告書の提出", "Submit the final incident report")),
    Item { who: Some(t("情報セキュリティ対策管理部会と協議", "Agreed with the Information Security Management Subcommittee")),
        ..Item::new("2.prevention.plan", "2 再発防止・計画", Phase::Prevention, ItemKind::Task,
            t("再発防止計画の策定と実施", "Draw up and carry out the prevention plan")) },
    Item::new("2.prevention.compensation", "2 再発防止・計画", Phase::Prevention, ItemKind::Task,
        t("被害者への補償、職員の責任(処分)", "Compensation for those harmed; staff accountability (disciplinary action)")),
];

/// Manual 2 ※相手の連絡先等を必ず控える, as a field of the record.
pub const REPORTER_CONTACT: Question = Question {
    id: "2.discovery.reporter",
    section: "2 発見・通報",
    phase: Phase::DiscoveryAndReport,
    text: t(
        "外部から通報した人の氏名・連絡先",
        "Name and contact details of the person who reported it from outside",
    ),
    hint: Some(t(
        "例: 山田様 058-000-0000（本人の了解を得て記録）",
        "e.g. Ms Yamada, 058-000-0000 (recorded with their consent)",
    )),
    answer: AnswerKind::Text,
    group: QuestionGroup::Reporter,
    shown_if: ShownIf::Always,
};
