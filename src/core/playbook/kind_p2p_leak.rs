//! Manual 3-4 Winny/Share等への漏洩 (a leak onto a file-sharing network).

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
    "3-4.2.fact.5",
    "3-4 (2)",
    t(
        "(5) なぜWinny/Share ネットへの流出が発生したのか？",
        "(5) Why did it leak?",
    ),
);

/// How it came to light: part of the report's 概要.
const DISCOVERY: Question = fact(
    "3-4.2.fact.6",
    "3-4 (2)",
    t(
        "(6) Winny/Share ネットへの流出が発覚した理由は何なのか？",
        "(6) How did the leak come to light?",
    ),
);

/// Manual 3-4 (2) 事実関係を整理する (1)-(6): this type has six questions, not seven.
const FACTS: &[Question] = &[
    fact(
        "3-4.2.fact.1",
        "3-4 (2)",
        t(
            "(1) Winny/Share ネットに流出させた当事者は誰か？",
            "(1) Who leaked it onto the Winny/Share network?",
        ),
    ),
    fact(
        "3-4.2.fact.2",
        "3-4 (2)",
        t(
            "(2) Winny/Share ネットに流出した情報は何か？",
            "(2) What information leaked onto the network?",
        ),
    ),
    fact(
        "3-4.2.fact.3",
        "3-4 (2)",
        t(
            "(3) いつWinny/Share ネットへの流出が発生したのか？",
            "(3) When did it leak?",
        ),
    ),
    fact(
        "3-4.2.fact.4",
        "3-4 (2)",
        t(
            "(4) どこでWinny/Share ネットへの流出が発生したのか？",
            "(4) Where (on which PC) did it leak?",
        ),
    ),
    CAUSE,
    DISCOVERY,
];

/// Manual 3-4.
pub const GUIDE: TypeGuide = TypeGuide {
    kind: IncidentKind::P2pLeak,
    section: "3-4",
    title: t("Winny/Share等への漏洩", "Leak onto Winny, Share or another file-sharing network"),
    summary: t("ファイル交換ソフトのネットワークに情報が流れたと知らされた",
        "You were told that information is circulating on a file-sharing (P2P) network"),
    cases: &[
        Case { id: "3-4.1.case.1", text: t("職員が重要情報や個人情報を自宅に持ち帰り(USB メモリでも持ち出しやメールを自宅メールに転送するなど)、個人パソコンに情報を保存しており、本人や家族がファイル交換ソフトを利用中に暴露ウイルスに感染し、ファイル交換ネットワークへ情報が漏えいした",
            "A staff member took important or personal information home (on a USB stick, or by forwarding mail to a home address) and kept it on a private PC; while they or their family used file-sharing software the PC caught an exposure virus, and the information leaked onto the file-sharing network") },
    ],
    triggers: &[t("外部からの指摘(風評を含む)", "Someone outside pointed it out (including rumours)")],
    facts: FACTS,
    cause: &CAUSE,
    discovery: &DISCOVERY,
    items: &[
        Item { note: Some(t("NISCは2025年7月1日に「国家サイバー統括室」に改組されました。", "NISC became the National Cybersecurity Office (国家サイバー統括室) on 1 July 2025.")),
            ..Item::new("3-4.1.step.1", "3-4 (1)", DiscoveryAndReport, Guidance,
            t("外部からの通報により発見することが多い。内閣官房情報セキュリティセンター(NISC)によるネット監視において流出が判明することも多い。",
              "It is usually found through a report from outside; the National center of Incident readiness and Strategy for Cybersecurity (NISC) often finds leaks in its network monitoring.")) },
        Item { same_as: Some(SharedTask::ReporterContact), ..Item::new("3-4.1.step.2", "3-4 (1)", DiscoveryAndReport, Task,
            t("後々の調査のために通報者の連絡先を必ず確認しておく。またどのような情報が漏えいしているかについて詳しい情報を聞き、可能であれば取得した情報を提供してもらうようにする。",
              "Always get the reporter's contact details for the investigation later. Ask in detail what information is leaking and, if possible, ask them to hand over what they obtained.")) },
        Item { same_as: Some(SharedTask::CheckInfo), ..Item::new("3-4.2.step.1", "3-4 (2)", InitialResponse, Task,
            t("漏えい情報の内容、範囲を確認する。", "Check what leaked and how much.")) },
        Item::new("3-4.2.step.2", "3-4 (2)", InitialResponse, Task,
            t("漏えい元を特定し、調査に対する本人の協力を得る。", "Find the source of the leak and get that person's cooperation with the investigation.")),
        Item::new("3-4.2.step.3", "3-4 (2)", InitialResponse, Task,
            t("現在もWinny/Share を使用しているようであればただちに停止させる。", "If Winny/Share is still in use, have it stopped at once.")),
        Item { cautions: &[t("パソコンは調査に必要なファイル等が削除されないように、極力使用時の状態に手を加えないままで提出させる",
                "Have the PC handed in as it was when used, touching it as little as possible, so files needed for the investigation are not deleted")],
            ..Item::new("3-4.2.measure.1", "3-4 (2) 応急処置例 1", InitialResponse, EmergencyMeasure,
            t("インターネットからのパソコンの切り離し (Winny/Share の利用停止)", "Disconnect the PC from the internet (stop using Winny/Share)")) },
        Item::new("3-4.2.measure.2", "3-4 (2) 応急処置例 2", InitialResponse, EmergencyMeasure,
            t("漏えいしたファイル(情報)の確保", "Secure the leaked files (information)")),
        Item::new("3-4.3.step.1", "3-4 (3)", Investigation, Task,
            t("漏えい情報の内容、範囲、時期等について調査する。", "Investigate what leaked, how much and when.")),
        Item::new("3-4.3.step.2", "3-4 (3)", Investigation, Task,
            t("本人がその情報を流出するに至った経緯についても調査する。", "Also investigate how the person came to leak it.")),
        Item::new("3-4.3.step.3", "3-4 (3)", Investigation, Warning,
            t("調査のためにWinny/Share 等を使用することは被害の拡大につながりかねませんので行なうべきではありません。",
              "Do not use Winny/Share or similar software to investigate: it can spread the damage.")),
        Item { same_as: Some(SharedTask::SecondaryDamage), ..Item::new("3-4.3.step.4", "3-4 (3)", Investigation, Task,
            t("予想される二次被害を確認する。", "Work out what secondary damage to expect.")) },
        Item { same_as: Some(SharedTask::NotifyPersons), ..Item::new("3-4.4.step.1", "3-4 (4)", NotificationAndPublication, Task,
            t("漏えい情報に個人情報が含まれる場合には本人に通知し謝罪する。", "If personal information leaked, notify the people concerned and apologise.")) },
        Item { same_as: Some(SharedTask::Publication), ..Item::new("3-4.4.step.2", "3-4 (4)", NotificationAndPublication, Warning,
            t("Winny/Shareなどは要求の多いファイルをネットワーク上の多くのコンピュータに拡散させる仕組みを持っているので、一旦人々の興味をそそり人気のあるファイルになってしまうと、ネットワーク上にファイルが拡散しいつまでも漏えいが続くことになる。事件の公表がWinny/Shareのダウンロードを誘発する恐れがある場合は、しばらくの間公表を控えるという考え方もあり得る。被害防止の観点から最善と思われる措置をとる。",
              "Winny/Share spread files that many people ask for to many computers. Once a file catches people's interest, it spreads across the network and the leak never ends. If publishing the incident may make people download it, holding publication back for a while can be right. Do what best prevents harm.")) },
        // The manual's table prints this 留意点 on the ウイルス駆除 row; it is about the leaked files
        // on the network, so it stands beside the advice to let them die out.
        Item { cautions: &[t("Winny/Share ネットワーク上の情報を完全削除することはほぼ不可能です", "Deleting the information from the Winny/Share network completely is almost impossible")],
            ..Item::new("3-4.5.step.1", "3-4 (5)", ContainmentAndRecovery, Guidance,
            t("Winny/Shareの漏えい情報については、とにかく話題性を高めずネットワーク上のファイルが自然に消滅することを待つのが得策の場合もある。",
              "For a Winny/Share leak, it can be best not to draw attention to it at all and to wait for the files on the network to die out.")) },
        Item::new("3-4.5.step.2", "3-4 (5)", ContainmentAndRecovery, Task,
            t("多くの場合自宅において業務データを漏えいするケースが多いので、庁舎外へのデータ持ち出しの制限などを再徹底する。",
              "Most such leaks happen at home: enforce again the limits on taking data out of the office.")),
        Item::new("3-4.5.step.3", "3-4 (5)", ContainmentAndRecovery, Task,
            t("職員に対してファイル交換ソフトの利用の危険性を周知する。", "Make sure all staff know the dangers of file-sharing software.")),
        Item::new("3-4.5.measure.1", "3-4 (5) 二次被害防止策例 1", ContainmentAndRecovery, SecondaryMeasure,
            t("ウイルス駆除", "Remove the virus")),
        Item::new("3-4.5.measure.2", "3-4 (5) 二次被害防止策例 2", ContainmentAndRecovery, SecondaryMeasure,
            t("個人パソコンから、行政情報・個人情報の削除", "Delete administrative and personal information from the private PC")),
        Item { same_as: Some(SharedTask::StopAccounts), ..Item::new("3-4.5.measure.3", "3-4 (5) 二次被害防止策例 3", ContainmentAndRecovery, SecondaryMeasure,
            t("ID、パスワードが含まれる場合は、アクセス権限停止", "If IDs or passwords were included, suspend their access rights")) },
    ],
};
