//! Manual 3-1 紛失・盗難の場合の対応 (loss or theft). The manual gives this type four stages: no (5).

use super::questions::{fact, Question};
use super::ItemKind::{EmergencyMeasure, Task};
use super::Phase::{
    DiscoveryAndReport, InitialResponse, Investigation, NotificationAndPublication,
};
use super::{Case, IncidentKind, Item, SharedTask, TypeGuide};
use crate::core::text::t;

/// Why it happened: the report's 原因 (PPC form item 4).
const CAUSE: Question = fact(
    "3-1.2.fact.6",
    "3-1 (2)",
    t(
        "(6) なぜ紛失、盗難が発生したのか？",
        "(6) Why was it lost or stolen?",
    ),
);

/// How it came to light: part of the report's 概要.
const DISCOVERY: Question = fact(
    "3-1.2.fact.7",
    "3-1 (2)",
    t(
        "(7) 紛失、盗難が発覚した理由は何なのか？",
        "(7) How did the loss or theft come to light?",
    ),
);

/// Manual 3-1 (2) 事実関係を整理する (1)-(7).
const FACTS: &[Question] = &[
    fact(
        "3-1.2.fact.1",
        "3-1 (2)",
        t(
            "(1) 紛失、盗難の当事者は誰か？",
            "(1) Who lost it, or from whom was it stolen?",
        ),
    ),
    fact(
        "3-1.2.fact.2",
        "3-1 (2)",
        t(
            "(2) 何(物)が紛失、盗難したのか？",
            "(2) What (which item) was lost or stolen?",
        ),
    ),
    fact(
        "3-1.2.fact.3",
        "3-1 (2)",
        t(
            "(3) 紛失、盗難の対象物に格納されていた情報は何か？",
            "(3) What information was stored on it?",
        ),
    ),
    fact(
        "3-1.2.fact.4",
        "3-1 (2)",
        t(
            "(4) いつ紛失、盗難が発生したのか？",
            "(4) When was it lost or stolen?",
        ),
    ),
    fact(
        "3-1.2.fact.5",
        "3-1 (2)",
        t(
            "(5) どこで紛失、盗難が発生したのか？",
            "(5) Where was it lost or stolen?",
        ),
    ),
    CAUSE,
    DISCOVERY,
];

/// Manual 3-1.
pub const GUIDE: TypeGuide = TypeGuide {
    kind: IncidentKind::LossOrTheft,
    section: "3-1",
    title: t("紛失・盗難", "Loss or theft"),
    summary: t("パソコン、USBメモリ、書類などをなくした・盗まれた", "A PC, USB stick, documents or other media were lost or stolen"),
    cases: &[
        Case { id: "3-1.1.case.1", text: t("パソコンやUSBメモリなどを電車の中、飲食店などに置き忘れた。", "A PC or USB stick was left behind on a train, in a restaurant, etc.") },
        Case { id: "3-1.1.case.2", text: t("パソコンやUSBメモリなどが入った鞄をひったくりに遭い盗まれた。", "A bag holding a PC or USB stick was snatched.") },
        Case { id: "3-1.1.case.3", text: t("置き引きや車上荒らしに遭い、パソコンやUSBメモリなどを盗まれた。", "A PC or USB stick was stolen from unattended luggage or a car.") },
        Case { id: "3-1.1.case.4", text: t("事務所荒らしに遭い、事務所のパソコンが盗まれた。", "The office was broken into and a PC was stolen.") },
        Case { id: "3-1.1.case.5", text: t("請負業者に送ったMO、CDなどが、輸送中に紛失した。", "MOs, CDs, etc. sent to a contractor were lost in transit.") },
    ],
    triggers: &[
        t("自己申告", "The person concerned reported it"),
        t("警察からの連絡", "The police got in touch"),
        t("取得者からの連絡", "The finder got in touch"),
    ],
    facts: FACTS,
    cause: &CAUSE,
    discovery: &DISCOVERY,
    items: &[
        Item::new("3-1.1.step.1", "3-1 (1)", DiscoveryAndReport, Task,
            t("紛失・盗難が間違いないか、もう一度確認", "Check once more that it really is lost or stolen")),
        Item::new("3-1.1.step.2", "3-1 (1)", DiscoveryAndReport, Task,
            t("紛失場所の管理者(鉄道会社担当窓口、店舗窓口など)に連絡",
              "Contact whoever manages the place where it was lost (the railway's lost-property desk, the shop, etc.)")),
        Item { same_as: Some(SharedTask::CheckInfo), ..Item::new("3-1.2.step.1", "3-1 (2)", InitialResponse, Task,
            t("何の情報がどの程度含まれていたのか、暗号化やアクセス制限の有無を確認",
              "Check what information it held and how much, and whether it was encrypted or access-restricted")) },
        // The manual's bracketed note is a caution, so it travels with the police task when another
        // type's wording of that task is the one shown (3-6 + 3-1).
        Item { same_as: Some(SharedTask::PoliceReport),
            cautions: &[t("製造番号や製品固有の特徴情報があると発見しやすくなります", "A serial number or other distinctive features make it easier to find")],
            ..Item::new("3-1.2.step.2", "3-1 (2)", InitialResponse, Task,
            t("警察に届出る", "Report it to the police")) },
        Item { same_as: Some(SharedTask::StopAccounts), ..Item::new("3-1.2.step.3", "3-1 (2)", InitialResponse, Task,
            t("アカウント情報が含まれる場合はパスワードの変更やアカウントの停止を行う",
              "If account details were on it, change the passwords or suspend the accounts")) },
        Item { cautions: &[
                t("鞄の形状、大きさ、色などの特徴", "What the bag looks like: shape, size, colour"),
                t("パソコンの機種、製造番号など", "The PC's model, serial number, etc."),
            ], ..Item::new("3-1.2.measure.1", "3-1 (2) 応急処置例 1", InitialResponse, EmergencyMeasure,
            t("紛失物の捜索・回収", "Search for and recover the lost item")) },
        Item { same_as: Some(SharedTask::PoliceReport), ..Item::new("3-1.2.measure.2", "3-1 (2) 応急処置例 2", InitialResponse, EmergencyMeasure,
            t("警察への届出", "Report to the police")) },
        Item { same_as: Some(SharedTask::StopAccounts), ..Item::new("3-1.2.measure.3", "3-1 (2) 応急処置例 3", InitialResponse, EmergencyMeasure,
            t("流失したアカウントの停止、パスワードの変更", "Suspend the leaked accounts, change the passwords")) },
        Item::new("3-1.3.step.1", "3-1 (3)", Investigation, Task,
            t("組織内に残された記録から紛失・盗難にあった情報をなるべく正確に把握する。",
              "From the records kept in the organisation, find out as exactly as you can what information was lost or stolen.")),
        Item { same_as: Some(SharedTask::SecondaryDamage), ..Item::new("3-1.3.step.2", "3-1 (3)", Investigation, Task,
            t("予想される二次被害を確認", "Work out what secondary damage to expect")) },
        Item::new("3-1.3.step.3", "3-1 (3)", Investigation, Task,
            t("機器・媒体がオークションや中古市場に出回っていないか確認する。",
              "Check whether the device or medium has turned up at auction or on the second-hand market.")),
        Item { same_as: Some(SharedTask::NotifyPersons), ..Item::new("3-1.4.step.1", "3-1 (4)", NotificationAndPublication, Task,
            t("個人情報が含まれる場合で漏えいの恐れがある場合は、本人への通知と謝罪を行う。",
              "If personal information was included and may have leaked, notify the people concerned and apologise.")) },
        Item { same_as: Some(SharedTask::MicReport), ..Item::new("3-1.4.step.2", "3-1 (4)", NotificationAndPublication, Task,
            t("総務省へ報告義務がある。(所定の様式)", "It must be reported to the MIC (on the prescribed form).")) },
        Item { same_as: Some(SharedTask::Publication), ..Item::new("3-1.4.step.3", "3-1 (4)", NotificationAndPublication, Task,
            t("規模や影響範囲が大きい場合は経緯を公表する。", "If the scale or impact is large, publish what happened.")) },
    ],
};
