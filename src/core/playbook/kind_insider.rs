//! Manual 3-3 内部犯行(委託業者含む) (data taken out by staff or a contractor).

use super::questions::{fact, Question};
use super::ItemKind::{EmergencyMeasure, Guidance, SecondaryMeasure, Task, Warning};
use super::Phase::{
    ContainmentAndRecovery, DiscoveryAndReport, InitialResponse, Investigation,
    NotificationAndPublication,
};
use super::{Case, IncidentKind, Item, SharedTask, TypeGuide};
use crate::core::text::{t, Text};

/// Why it happened: the report's 原因 (PPC form item 4).
const CAUSE: Question = fact(
    "3-3.2.fact.6",
    "3-3 (2)",
    t("(6) なぜ内部犯行が発生したのか？", "(6) Why did it happen?"),
);

/// How it came to light: part of the report's 概要.
const DISCOVERY: Question = fact(
    "3-3.2.fact.7",
    "3-3 (2)",
    t(
        "(7) 内部犯行が発覚した理由は何なのか？",
        "(7) How did it come to light?",
    ),
);

/// Manual 3-3 (2) 事実関係を整理する (1)-(7).
const FACTS: &[Question] = &[
    fact(
        "3-3.2.fact.1",
        "3-3 (2)",
        t("(1) 内部犯行の当事者は誰か？", "(1) Who did it?"),
    ),
    fact(
        "3-3.2.fact.2",
        "3-3 (2)",
        t("(2) 何を持ち出したのか？", "(2) What was taken out?"),
    ),
    fact(
        "3-3.2.fact.3",
        "3-3 (2)",
        t(
            "(3) 内部犯行の対象物に格納されていた情報は何か？",
            "(3) What information did it contain?",
        ),
    ),
    fact(
        "3-3.2.fact.4",
        "3-3 (2)",
        t("(4) いつ内部犯行が行われたのか？", "(4) When was it done?"),
    ),
    fact(
        "3-3.2.fact.5",
        "3-3 (2)",
        t(
            "(5) どこで内部犯行が行われたのか？",
            "(5) Where was it done?",
        ),
    ),
    CAUSE,
    DISCOVERY,
];

/// Manual 3-3 二次被害防止策例 留意点, shared by the recovery measures of 3-3, 3-5 and 3-6.
pub const THIRD_PARTY_RECOVERY: Text = t(
    "第三者からの情報回収: 該当情報を保持または掲載する第三者が情報回収に応じてくれない場合の対応",
    "Recovering the information from third parties: what to do if a third party that holds or reposts it will not hand it back",
);

/// Manual 3-3.
pub const GUIDE: TypeGuide = TypeGuide {
    kind: IncidentKind::InsiderTheft,
    section: "3-3",
    title: t("内部犯行(委託業者含む)", "Insider theft (including contractors)"),
    summary: t("職員や委託業者が情報を持ち出した・不正に使った疑いがある",
        "Staff or a contractor may have taken out or misused information"),
    cases: &[
        Case { id: "3-3.1.case.1", text: t("庁内のデータベース等から県民の情報を不正に持ち出した", "Citizens' data was taken out without authority from a database or other system in the office") },
        Case { id: "3-3.1.case.2", text: t("過去に業務で使用していたIDを利用してアクセスし、不正にデータを持ち出した", "Someone logged in with an ID from an earlier job and took data out without authority") },
    ],
    triggers: &[t("外部からの指摘(風評を含む)", "Someone outside pointed it out (including rumours)")],
    facts: FACTS,
    cause: &CAUSE,
    discovery: &DISCOVERY,
    items: &[
        Item::new("3-3.1.step.1", "3-3 (1)", DiscoveryAndReport, Guidance,
            t("ダイレクトメールや架空請求、振り込め詐欺など県民から自分の情報が不正に利用されているようだとの問い合わせを受け発覚するケースが多い。",
              "It often comes to light when citizens ask why their data seems to be misused: direct mail, fake bills, phone fraud.")),
        Item::new("3-3.1.step.2", "3-3 (1)", DiscoveryAndReport, Guidance,
            t("マスコミ等から情報が漏えいしているようだとの問い合わせを受け発覚することもある。",
              "It may also come to light when the press asks about an apparent leak.")),
        Item { same_as: Some(SharedTask::ReporterContact), ..Item::new("3-3.1.step.3", "3-3 (1)", DiscoveryAndReport, Task,
            t("相手の連絡先を確認し、どういった情報を持っているのか提示してもらい漏えいの事実を確認する。",
              "Get the caller's contact details, ask them to show what information they have, and confirm that it leaked.")) },
        Item { same_as: Some(SharedTask::CheckInfo), ..Item::new("3-3.2.step.1", "3-3 (2)", InitialResponse, Task,
            t("何の情報かどの程度含まれていたのか、暗号化やアクセス制限の有無を確認する。",
              "Check what information was included and how much, and whether it was encrypted or access-restricted.")) },
        Item::new("3-3.2.step.2", "3-3 (2)", InitialResponse, Warning,
            t("内部犯行の場合は漏えいの規模や範囲が大きくなる傾向があり、慎重な対応が必要。",
              "Insider leaks tend to be large and wide: handle them with care.")),
        Item::new("3-3.2.step.3", "3-3 (2)", InitialResponse, Warning,
            t("庁内(委託業者)に情報を持ち出した犯人がいると思われる場合は、重要な情報を証拠隠滅されないよう注意する。",
              "If the culprit seems to be inside the office (or at a contractor), take care that they cannot destroy important evidence.")),
        Item::new("3-3.2.measure.1", "3-3 (2) 応急処置例 1", InitialResponse, EmergencyMeasure,
            t("データベースサーバ、共用ファイルサーバ、イントラネットサーバのIDの停止やアクセス制限の実施",
              "Suspend IDs on, or restrict access to, the database, shared file and intranet servers")),
        Item { cautions: &[
                t("証拠保存を実施する際には、コンピュータフォレンジックを考慮した確保が必要のため、慎重に対応すること。(専門家への依頼など)",
                  "When you keep evidence, it must be secured with computer forensics in mind: act carefully (e.g. ask a specialist)."),
                t("「コンピュータ・フォレンジック」とは、システムがクラックされた後で実施される調査を意味する。狭い意味で使われることがあって、その場合は法廷に提出する証拠を発見するための調査を意味する。",
                  "\"Computer forensics\" means the investigation done after a system has been cracked; in the narrow sense, the investigation to find evidence for a court."),
            ], ..Item::new("3-3.2.measure.2", "3-3 (2) 応急処置例 2", InitialResponse, EmergencyMeasure,
            t("内部犯行当事者の使用した関連装置の確保(証拠保存)", "Secure the equipment the insider used (keep the evidence)")) },
        Item::new("3-3.3.step.1", "3-3 (3)", Investigation, Task,
            t("漏えいした情報の範囲、原因、被害の状況等を明らかにする。", "Establish the extent of the leak, its cause and the damage.")),
        Item::new("3-3.3.step.2", "3-3 (3)", Investigation, Task,
            t("漏えい情報の範囲から、持ち出された時期や当該情報にアクセスできた人物などを絞り込む。",
              "From what leaked, narrow down when it was taken and who could reach it.")),
        Item { same_as: Some(SharedTask::SecondaryDamage), ..Item::new("3-3.3.step.3", "3-3 (3)", Investigation, Task,
            t("予想される二次被害を確認する。", "Work out what secondary damage to expect.")) },
        Item { same_as: Some(SharedTask::PoliceReport), ..Item::new("3-3.4.step.1", "3-3 (4)", NotificationAndPublication, Task,
            t("犯罪に発展する可能性がある場合は、早めに警察に相談する。", "If it may become a criminal case, consult the police early.")) },
        Item { same_as: Some(SharedTask::Publication), ..Item::new("3-3.4.step.2", "3-3 (4)", NotificationAndPublication, Task,
            t("規模が大きい場合は、公表を検討する。", "If it is large, consider publishing it.")) },
        Item { same_as: Some(SharedTask::NotifyPersons), ..Item::new("3-3.4.step.3", "3-3 (4)", NotificationAndPublication, Task,
            t("個人情報が含まれる場合は、対象が特定できた時点で、なるべく早く本人に通知できるようにする。",
              "If personal information was included, be ready to notify the people concerned as soon as they are identified.")) },
        Item::new("3-3.5.step.1", "3-3 (5)", ContainmentAndRecovery, Task,
            t("犯人を特定した上で再発防止策を講じる。通常は認証やアクセス制御、ログの取得等社内の情報管理体制を強化する。",
              "Once the culprit is identified, take measures against a repeat: usually stronger authentication, access control and logging.")),
        Item::new("3-3.5.step.2", "3-3 (5)", ContainmentAndRecovery, Task,
            t("アカウントの再発行や登録情報の変更を行い通常の業務、サービスに復帰する。",
              "Reissue accounts and change registered details, then return to normal work and service.")),
        Item { same_as: Some(SharedTask::PoliceReport), ..Item::new("3-3.5.measure.1", "3-3 (5) 二次被害防止策例 1", ContainmentAndRecovery, SecondaryMeasure,
            t("警察への届出", "Report to the police")) },
        Item { cautions: &[THIRD_PARTY_RECOVERY], same_as: Some(SharedTask::RecoverLeaked), ..Item::new("3-3.5.measure.2", "3-3 (5) 二次被害防止策例 2", ContainmentAndRecovery, SecondaryMeasure,
            t("漏洩可能性のある情報の回収", "Recover the information that may have leaked")) },
        Item::new("3-3.5.measure.3", "3-3 (5) 二次被害防止策例 3", ContainmentAndRecovery, SecondaryMeasure,
            t("ID、パスワード、アクセス権限の見直し", "Review IDs, passwords and access rights")),
        Item { same_as: Some(SharedTask::RemoveVulnerabilities), ..Item::new("3-3.5.measure.4", "3-3 (5) 二次被害防止策例 4", ContainmentAndRecovery, SecondaryMeasure,
            t("脆弱性の除去", "Remove the vulnerabilities")) },
    ],
};
