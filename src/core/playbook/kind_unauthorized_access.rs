//! Manual 3-6 不正アクセス (unauthorised access).

use super::basic_flow::KEEP_EVIDENCE;
use super::kind_insider::THIRD_PARTY_RECOVERY;
use super::questions::{fact, Question};
use super::ItemKind::{EmergencyMeasure, Guidance, SecondaryMeasure, Task, Warning};
use super::Phase::{
    ContainmentAndRecovery, DiscoveryAndReport, InitialResponse, Investigation,
    NotificationAndPublication,
};
use super::{Case, IncidentKind, Item, SharedTask, TypeGuide};
use crate::core::text::t;

/// Why it happened: the report's 原因 (PPC form item 4).
const CAUSE: Question = fact(
    "3-6.2.fact.6",
    "3-6 (2)",
    t(
        "(6) なぜ不正アクセスが発生したのか？",
        "(6) Why did it happen?",
    ),
);

/// How it came to light: part of the report's 概要.
const DISCOVERY: Question = fact(
    "3-6.2.fact.7",
    "3-6 (2)",
    t(
        "(7) 不正アクセスが発覚した理由は何なのか？",
        "(7) How did it come to light?",
    ),
);

/// Manual 3-6 (2) 事実関係を整理する (1)-(7).
const FACTS: &[Question] = &[
    fact(
        "3-6.2.fact.1",
        "3-6 (2)",
        t(
            "(1) 不正アクセスした当事者は誰か？",
            "(1) Who gained the unauthorised access?",
        ),
    ),
    fact(
        "3-6.2.fact.2",
        "3-6 (2)",
        t("(2) 何を不正アクセスされたのか？", "(2) What was accessed?"),
    ),
    fact(
        "3-6.2.fact.3",
        "3-6 (2)",
        t(
            "(3) 不正アクセスされた情報は何か？",
            "(3) What information was accessed?",
        ),
    ),
    fact(
        "3-6.2.fact.4",
        "3-6 (2)",
        t(
            "(4) いつ不正アクセスが行われたのか？",
            "(4) When did it happen?",
        ),
    ),
    fact(
        "3-6.2.fact.5",
        "3-6 (2)",
        t(
            "(5) どこで不正アクセスが行われたのか？",
            "(5) Where (which system) did it happen?",
        ),
    ),
    CAUSE,
    DISCOVERY,
];

/// Manual 3-6.
pub const GUIDE: TypeGuide = TypeGuide {
    kind: IncidentKind::UnauthorizedAccess,
    section: "3-6",
    title: t("不正アクセス", "Unauthorised access"),
    summary: t("サーバやWebサイトに不正にアクセスされた、IDやパスワードを悪用された",
        "A server or website was broken into, or an ID and password were misused"),
    cases: &[
        Case { id: "3-6.1.case.1", text: t("Web でのID パスワードを不正利用され、情報を他のサイトに掲示された", "A web ID and password were misused and information was posted on another site") },
        Case { id: "3-6.1.case.2", text: t("Web でのぜい弱性を悪用し不正アクセスされ、非公開情報を搾取された", "A web vulnerability was exploited and private information was taken") },
        Case { id: "3-6.1.case.3", text: t("Web アプリケーションのぜい弱性を悪用され、データベースサーバの非公開情報を搾取された", "A web application vulnerability was exploited and private information on the database server was taken") },
        Case { id: "3-6.1.case.4", text: t("Web アプリケーションのぜい弱性を悪用され、Web サーバにウイルスを埋め込まれた", "A web application vulnerability was exploited and a virus was planted on the web server") },
    ],
    triggers: &[
        t("自己申告／内部発見", "The person concerned reported it / found internally"),
        t("外部からの指摘(風評を含む)", "Someone outside pointed it out (including rumours)"),
    ],
    facts: FACTS,
    cause: &CAUSE,
    discovery: &DISCOVERY,
    items: &[
        Item { banner: true, ..Item::new("3-6.0.warning", "3-6 ※", DiscoveryAndReport, Warning,
            t("不正アクセスの疑いがある場合、まずはサーバ等の機器をネットワークから切り離し、速やかに情報企画課IT最適化係に報告し、対応を協議すること！",
              "If you suspect unauthorised access, first disconnect the server or other equipment from the network, then report at once to the IT Optimisation Unit and agree the response!")) },
        Item::new("3-6.1.step.1", "3-6 (1)", DiscoveryAndReport, Guidance,
            t("不正アクセスの多くは、インターネットに接続しているサーバに対して行われ、ログの確認やセキュリティ対策機器の警報によって発見されることが多い。",
              "Most unauthorised access targets servers connected to the internet, and is usually found in the logs or by an alarm from security equipment.")),
        Item::new("3-6.1.step.2", "3-6 (1)", DiscoveryAndReport, Guidance,
            t("重要な情報が格納されているパソコンやサーバに対する不正アクセスが確認された場合は、情報漏えいの危険性があるので対策が必要。",
              "Unauthorised access to a PC or server that holds important information may mean a leak: act on it.")),
        Item { same_as: Some(SharedTask::PoliceReport), ..Item::new("3-6.1.step.3", "3-6 (1)", DiscoveryAndReport, Task,
            t("不正アクセスが明らかな場合は警察に相談します。", "If the unauthorised access is clear, consult the police.")) },
        Item { same_as: Some(SharedTask::CheckInfo), ..Item::new("3-6.2.step.1", "3-6 (2)", InitialResponse, Task,
            t("何の情報かどの程度含まれていたのか、暗号化やアクセス制限の有無を確認する。",
              "Check what information was included and how much, and whether it was encrypted or access-restricted.")) },
        Item { cautions: &[KEEP_EVIDENCE], ..Item::new("3-6.2.step.2", "3-6 (2)", InitialResponse, Task,
            t("不正アクセスによって個人情報や機密情報が漏えいする危険性が確認された場合は、直ちにネットワークから切り離してサービスを停止するなどの処置が必要となる。",
              "If personal or confidential information is at risk of leaking, disconnect from the network at once and stop the service.")) },
        Item { same_as: Some(SharedTask::StopAccounts), ..Item::new("3-6.2.step.3", "3-6 (2)", InitialResponse, Task,
            t("アカウント情報などが漏えいした場合は、アカウント停止などの緊急処置を行う。", "If account details leaked, suspend the accounts as an emergency measure.")) },
        Item::new("3-6.2.measure.1", "3-6 (2) 応急処置例 1", InitialResponse, EmergencyMeasure,
            t("不正アクセスを受けた機器(サイト)のネットワークからの切り離し", "Disconnect the attacked equipment (site) from the network")),
        Item { cautions: &[KEEP_EVIDENCE], ..Item::new("3-6.2.measure.2", "3-6 (2) 応急処置例 2", InitialResponse, EmergencyMeasure,
            t("不正アクセスを受けた機器(サイト)の停止", "Shut down the attacked equipment (site)")) },
        Item { cautions: &[t("不正アクセスされた原因、経路を特定せずに、代替サイトを立ち上げると、再び不正アクセスされる可能性が高い",
                "If you start a replacement site before finding the cause and route of the attack, it is likely to be attacked again")],
            ..Item::new("3-6.2.measure.3", "3-6 (2) 応急処置例 3", InitialResponse, EmergencyMeasure,
            t("代替サイトの立ち上げ", "Start a replacement site")) },
        Item::new("3-6.3.step.1", "3-6 (3)", Investigation, Task,
            t("不正アクセスの場合、機器に残された記録は重要な証拠となるため、内容が変更されたり損なわれたりしないよう証拠保全の措置をとる。",
              "The records left on the equipment are important evidence: preserve them so they are not changed or damaged.")),
        Item::new("3-6.3.step.2", "3-6 (3)", Investigation, Task,
            t("どのようにして侵入が行われたのか、どういった情報にアクセスした形跡があるかなどについて調査する。",
              "Investigate how the intruder got in and what information shows signs of access.")),
        Item { same_as: Some(SharedTask::NotifyPersons), ..Item::new("3-6.4.step.1", "3-6 (4)", NotificationAndPublication, Task,
            t("個人情報にアクセスされた可能性がある場合は、その範囲を特定し本人に通知し謝罪する。",
              "If personal information may have been accessed, establish whose, notify those people and apologise.")) },
        Item { same_as: Some(SharedTask::Publication), ..Item::new("3-6.4.step.2", "3-6 (4)", NotificationAndPublication, Task,
            t("規模が大きい場合は公表を検討する。", "If it is large, consider publishing it.")) },
        Item::new("3-6.5.step.1", "3-6 (5)", ContainmentAndRecovery, Task,
            t("侵入されたサーバ等の内容をバックアップし、再発防止措置を行った上でサービスを復旧する。",
              "Back up the contents of the compromised server, put the preventive measures in place, then restore the service.")),
        Item::new("3-6.5.step.2", "3-6 (5)", ContainmentAndRecovery, Task,
            t("アカウント情報等が漏えいした場合には、アカウントの再発行やパスワードの変更等の措置を行う。",
              "If account details leaked, reissue the accounts or change the passwords.")),
        Item { cautions: &[THIRD_PARTY_RECOVERY], same_as: Some(SharedTask::RecoverLeaked), ..Item::new("3-6.5.measure.1", "3-6 (5) 二次被害防止策例 1", ContainmentAndRecovery, SecondaryMeasure,
            t("漏洩した情報の回収", "Recover the leaked information")) },
        Item::new("3-6.5.measure.2", "3-6 (5) 二次被害防止策例 2", ContainmentAndRecovery, SecondaryMeasure,
            t("Webサーバ設定の見直し", "Review the web server settings")),
        Item::new("3-6.5.measure.3", "3-6 (5) 二次被害防止策例 3", ContainmentAndRecovery, SecondaryMeasure,
            t("ID、パスワード、アクセス権の見直し", "Review IDs, passwords and access rights")),
        Item::new("3-6.5.measure.4", "3-6 (5) 二次被害防止策例 4", ContainmentAndRecovery, SecondaryMeasure,
            t("サーバ、Webアプリケーションの脆弱性の除去", "Remove the server and web application vulnerabilities")),
    ],
};
