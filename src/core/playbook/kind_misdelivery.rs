//! Manual 3-2 誤送信・Webでの誤公開 (mail sent in error, or data published on the web by mistake).

use super::questions::{fact, Question};
use super::ItemKind::{EmergencyMeasure, Guidance, Task};
use super::Phase::{
    ContainmentAndRecovery, DiscoveryAndReport, InitialResponse, Investigation,
    NotificationAndPublication,
};
use super::{Case, IncidentKind, Item, SharedTask, TypeGuide};
use crate::core::text::t;

/// Why it happened: the report's 原因 (PPC form item 4).
const CAUSE: Question = fact(
    "3-2.2.fact.6",
    "3-2 (2)",
    t(
        "(6) なぜ誤送信・Web誤公開が発生したのか？",
        "(6) Why did it happen?",
    ),
);

/// How it came to light: part of the report's 概要.
const DISCOVERY: Question = fact(
    "3-2.2.fact.7",
    "3-2 (2)",
    t(
        "(7) 誤送信・Web誤公開が発覚した理由は何なのか？",
        "(7) How did it come to light?",
    ),
);

/// Manual 3-2 (2) 事実関係を整理する (1)-(7).
const FACTS: &[Question] = &[
    fact(
        "3-2.2.fact.1",
        "3-2 (2)",
        t(
            "(1) 誤送信・Web誤公開の当事者は誰か？",
            "(1) Who sent or published it by mistake?",
        ),
    ),
    fact(
        "3-2.2.fact.2",
        "3-2 (2)",
        t(
            "(2) 何を誤送信・Web誤公開したのか？",
            "(2) What was sent or published by mistake?",
        ),
    ),
    fact(
        "3-2.2.fact.3",
        "3-2 (2)",
        t(
            "(3) 誤送信・Web誤公開の対象物に格納されていた情報は何か？",
            "(3) What information did it contain?",
        ),
    ),
    fact(
        "3-2.2.fact.4",
        "3-2 (2)",
        t(
            "(4) いつ誤送信・Web誤公開が発生したのか？",
            "(4) When was it sent or published?",
        ),
    ),
    fact(
        "3-2.2.fact.5",
        "3-2 (2)",
        t(
            "(5) どこで誤送信・Web誤公開が発生したのか？",
            "(5) Where (which system, which page) did it happen?",
        ),
    ),
    CAUSE,
    DISCOVERY,
];

/// Manual 3-2.
pub const GUIDE: TypeGuide = TypeGuide {
    kind: IncidentKind::MisdeliveryOrWebExposure,
    section: "3-2",
    title: t("誤送信・Webでの誤公開", "Mail sent in error, or published on the web by mistake"),
    summary: t("メールを違う相手に送った、CCとBCCを間違えた、Webで見せてはいけない情報が見えていた",
        "Mail went to the wrong people, CC was used instead of BCC, or private data was visible on the web"),
    cases: &[
        Case { id: "3-2.1.case.1", text: t("相手のメールアドレスを打ち間違え、他人に誤送信した", "A mail address was mistyped and the mail went to someone else") },
        Case { id: "3-2.1.case.2", text: t("同報メールの宛先をBCC:に書くべきところ、CC:にして送信した", "A mail to many people was sent with the addresses in CC: instead of BCC:") },
        Case { id: "3-2.1.case.3", text: t("情報公開システムで個人情報を記載したまま公開してしまった", "A document was published through the disclosure system with personal information still in it") },
        Case { id: "3-2.1.case.4", text: t("Web関係のぜい弱性により、非公開情報が参照できていた", "A web vulnerability let people see private information") },
        Case { id: "3-2.1.case.5", text: t("Webアプリケーションのミスで、他人の個人情報を表示した", "A web application bug showed one person's data to another") },
        Case { id: "3-2.1.case.6", text: t("Webで誤って非公開情報を公開情報としていた (サーバ移行時の非公開情報削除もれ、IDパスワードで保護されるべき情報がサーバの設定ミスで公開エリアに保管した、公開サーバへ誤って非公開情報を転送したなど)",
            "Private information was published on the web by mistake (not deleted when a server was moved, stored in a public area through a server setting error instead of behind an ID and password, copied to the public server by mistake, etc.)") },
    ],
    triggers: &[
        t("自己申告(内部発見)", "The person concerned reported it (found internally)"),
        t("受信者からの指摘(風評を含む)", "A recipient pointed it out (including rumours)"),
        t("Web閲覧者からの通報", "A visitor to the website reported it"),
    ],
    facts: FACTS,
    cause: &CAUSE,
    discovery: &DISCOVERY,
    items: &[
        Item::new("3-2.1.step.1", "3-2 (1)", DiscoveryAndReport, Guidance,
            t("ミスをした本人、もしくはそれを発見した第三者からの指摘により発見される。",
              "It comes to light from the person who made the mistake, or from someone else who noticed it.")),
        Item { same_as: Some(SharedTask::ReporterContact), ..Item::new("3-2.1.step.2", "3-2 (1)", DiscoveryAndReport, Task,
            t("外部からの指摘を受けた場合は連絡先を確認。", "If someone outside pointed it out, get their contact details.")) },
        Item { same_as: Some(SharedTask::CheckInfo), ..Item::new("3-2.2.step.1", "3-2 (2)", InitialResponse, Task,
            t("何の情報がどの程度含まれていたのか、暗号化やアクセス制限の有無を確認。",
              "Check what information was included and how much, and whether it was encrypted or access-restricted.")) },
        Item::new("3-2.2.step.2", "3-2 (2)", InitialResponse, Task,
            t("誤送信で送信先が明らかな場合は受信者に対しミスについて謝罪し、受信した情報について削除を依頼。",
              "If you know who received the mail, apologise to them for the mistake and ask them to delete what they received.")),
        Item::new("3-2.2.step.3", "3-2 (2)", InitialResponse, Task,
            t("誤公開の場合は直ちに当該情報を削除するか、アクセス制限措置を施し外部から参照できないようにする。",
              "If it was published by mistake, delete it at once or restrict access so it cannot be seen from outside.")),
        Item { cautions: &[t("受信者に連絡が取れない場合の対応", "What to do if the recipient cannot be reached")],
            ..Item::new("3-2.2.measure.1", "3-2 (2) 応急処置例 1", InitialResponse, EmergencyMeasure,
            t("【メールの誤送信】 受信者への連絡と情報の廃棄", "[Mail sent in error] Contact the recipients and have the information destroyed")) },
        Item { cautions: &[t("該当Web 情報を保持または掲載している第三者が情報削除に応じない場合の対応",
                "What to do if a third party that holds or reposts the information will not delete it")],
            ..Item::new("3-2.2.measure.2", "3-2 (2) 応急処置例 2", InitialResponse, EmergencyMeasure,
            t("誤ってWeb に公開した情報の削除", "Delete the information published on the web by mistake")) },
        Item::new("3-2.3.step.1", "3-2 (3)", Investigation, Task,
            t("漏えいした情報の範囲、原因、被害の状況等について調査。", "Investigate the extent of the leak, its cause and the damage.")),
        Item::new("3-2.3.step.2", "3-2 (3)", Investigation, Task,
            t("誤公開の場合は、どういった範囲で何人が参照したかアクセスログを使って調査。",
              "If it was published by mistake, use the access logs to find out how widely it was seen and by how many people.")),
        Item { same_as: Some(SharedTask::SecondaryDamage), ..Item::new("3-2.3.step.3", "3-2 (3)", Investigation, Task,
            t("予想される二次被害を確認。", "Work out what secondary damage to expect.")) },
        Item { same_as: Some(SharedTask::NotifyPersons), ..Item::new("3-2.4.step.1", "3-2 (4)", NotificationAndPublication, Task,
            t("個人情報が含まれる場合で漏えいの恐れがある場合は、本人への通知と謝罪を行う。",
              "If personal information was included and may have leaked, notify the people concerned and apologise.")) },
        Item { same_as: Some(SharedTask::Publication), ..Item::new("3-2.4.step.2", "3-2 (4)", NotificationAndPublication, Task,
            t("規模や影響範囲が大きい場合は経緯を公表する。", "If the scale or impact is large, publish what happened.")) },
        Item::new("3-2.5.step.1", "3-2 (5)", ContainmentAndRecovery, Task,
            t("情報システムの不具合が原因の場合は、システムを修正するか使用を制限する。",
              "If a system fault caused it, fix the system or restrict its use.")),
        Item::new("3-2.5.step.2", "3-2 (5)", ContainmentAndRecovery, Task,
            t("人的な作業ミスの場合は、ミスを見逃さないよう作業手順にチェックの仕組みを追加。",
              "If it was a human error, add a check to the procedure so such mistakes are caught.")),
        Item::new("3-2.5.step.3", "3-2 (5)", ContainmentAndRecovery, Task,
            t("職員の教育・啓蒙を行う。", "Train staff and raise their awareness.")),
        Item::new("3-2.5.step.4", "3-2 (5)", ContainmentAndRecovery, Task,
            t("すべてのWeb ページの設定を再確認。", "Check the settings of every web page again.")),
    ],
};
