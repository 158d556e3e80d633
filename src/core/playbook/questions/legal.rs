//! The questions the manual does not ask but today's law needs (APPI Art. 68, Enforcement Rules
//! Art. 43; My Number Act Art. 29-4; manual 3-6 (1) for the police). Each one the rules read is a
//! named constant: the typed handle through which `core::obligations` reads its answer, so its
//! string id exists in one place only (where drafts store it).

use super::{AnswerKind, Choice, Question, QuestionGroup, ShownIf, YES_NO};
use crate::core::playbook::{IncidentKind, Phase};
use crate::core::text::{t, Text};

const fn legal(id: &'static str, text: Text, hint: Option<Text>, answer: AnswerKind) -> Question {
    Question {
        id,
        section: "個人情報保護法68条・規則43条",
        phase: Phase::InitialResponse,
        text,
        hint,
        answer,
        group: QuestionGroup::Legal,
        shown_if: ShownIf::Always,
    }
}

const fn yes_no(id: &'static str, text: Text, hint: Option<Text>) -> Question {
    legal(id, text, hint, AnswerKind::OneOf(YES_NO))
}

/// 本人の数 (Rule 43 (4): more than 100 persons), typed as clerks write it.
pub const PERSONS: Question = legal("law.persons",
    t("本人の数（何人分の個人情報か）", "Number of people whose personal information is involved"),
    Some(t("「約1万人」「100人以上」「数十人」「不明」のように書けます。100人を超えると個人情報保護委員会への報告が必要です。",
        "You can write \"about 10,000\", \"100 or more\", \"80-120\" or \"not known\". More than 100 people means a report to the PPC.")),
    AnswerKind::Count);

/// Options of [`PROTECTION`]: only the first lifts the PPC duty (Rule 43, 高度な暗号化その他の
/// 個人の権利利益を保護するために必要な措置; PPC Q&A 6-16).
pub const PROTECTIONS: &[Choice] = &[
    Choice { id: "strong", text: t("高度な暗号化（最新の基準の暗号化で、鍵・パスワードはデータと別に管理され、漏れていない）",
        "Strong encryption (to a current standard, with the key or password kept apart from the data and not leaked)") },
    Choice { id: "password-file", text: t("パスワード付きファイル・ZIP（パスワードが一緒に渡った可能性を含む）",
        "Password-protected file or ZIP (including where the password may have gone with it)") },
    Choice { id: "device-lock", text: t("端末のログインパスワード・画面ロックだけ", "Only the device's log-in password or screen lock") },
    Choice { id: "plain", text: t("保護なし（平文・紙）", "No protection (plain text or paper)") },
    Choice { id: "unknown", text: t("わからない", "Not known") },
];

/// What protected the data: the one answer that can lift the PPC duty.
pub const PROTECTION: Question = legal("law.protection",
    t("情報はどのように保護されていたか", "What protected the information?"),
    Some(t("報告が要らなくなるのは「高度な暗号化」で鍵やパスワードが漏れていない場合だけです。パスワード付きZIPのパスワードを同じメールで送った場合や、端末のログインパスワードだけの場合は当たりません。",
        "Only strong encryption with the key or password not leaked removes the duty. A ZIP whose password went in the same mail, or a device log-in password alone, does not.")),
    AnswerKind::OneOf(PROTECTIONS));

/// Rule 43 (1) 要配慮個人情報.
pub const SENSITIVE: Question = yes_no("law.sensitive",
    t("要配慮個人情報（病歴、障害、犯罪の経歴、信条など）が含まれるか", "Does it include sensitive personal information (medical history, disability, criminal record, creed, etc.)?"), None);

/// Rule 43 (2) 財産的被害, with the PPC's examples (Q&A 6-12).
pub const FINANCIAL: Question = yes_no("law.financial",
    t("悪用されると財産的被害が出るおそれのある情報が含まれるか", "Does it include information whose misuse may cause financial loss?"),
    Some(t("当たる例: クレジットカード番号、口座番号と暗証番号やネットバンキングのパスワードの組、決済サービスのログイン情報。口座番号だけなら当たりません（人数などほかの場合に当たることはあります）。",
        "Examples: card numbers; a bank account together with its PIN or online-banking password; log-in data of payment services. A bank account number alone is not (it may still count through another case, such as the number of people).")));

/// Rule 43 (3) 不正の目的.
pub const IMPROPER: Question = yes_no("law.improper",
    t("不正の目的による行為で起きた可能性があるか", "May it have been caused by an act with an improper purpose?"),
    Some(t("当たる例: 不正アクセス、盗難（ひったくり・車上荒らし・事務所荒らし）、職員や委託先による持ち出し、Webフォームの改ざん、ランサムウェア。",
        "Examples: unauthorised access; theft (snatching, from a car, office break-in); data taken out by staff or a contractor; a tampered web form; ransomware.")));

/// The types whose incidents usually involve an improper purpose: answering "no" there is asked
/// again (legal-obligations.md: theft under 3-1, 3-3, 3-6; ransomware under 3-5; Winny/Share under
/// 3-4, whose leaks usually come through an exposure virus, third review 2026-12-02).
pub const IMPROPER_USUAL: &[IncidentKind] = &[
    IncidentKind::LossOrTheft,
    IncidentKind::P2pLeak,
    IncidentKind::InsiderTheft,
    IncidentKind::Malware,
    IncidentKind::UnauthorizedAccess,
];

/// A second look at "no improper purpose" where the type suggests one.
pub const IMPROPER_CONFIRMED: Question = Question {
    shown_if: ShownIf::KindsAndAnswer(IMPROPER_USUAL, &IMPROPER, &["no"]),
    ..yes_no("law.improper-confirmed",
        t("「不正の目的はない」で間違いないか（盗まれた可能性、持ち出し、侵入、ウイルスによるものではないと確かめたか）",
          "Are you sure there was no improper purpose (you checked it was not stolen, taken out, broken into or caused by malware)?"),
        Some(t("「はい」と答えるまでは、確報の期限を60日として扱いません。", "Until you answer \"Yes\", the tool still treats an improper purpose as possible.")))
};

/// Rule 43 (5) 条例要配慮個人情報 (whether Gifu's ordinance defines any is not verified).
pub const ORDINANCE: Question = yes_no("law.ordinance",
    t("条例で定める要配慮個人情報が含まれるか", "Does it include information the prefecture's ordinance designates as sensitive?"),
    Some(t("県の条例がこうした情報を定めているかは未確認です。わからなければ「わからない」を選び、事務局に確認してください。",
        "Whether the prefecture's ordinance defines such information is not verified. If unsure, choose \"Not known\" and ask the secretariat.")));

/// 特定個人情報 (My Number Act Art. 29-4): a separate track.
pub const MY_NUMBER: Question = yes_no(
    "law.mynumber",
    t(
        "マイナンバー（個人番号）を含む情報（特定個人情報）か",
        "Does it include My Number (individual number) data?",
    ),
    None,
);

const MY_NUMBER_FOLLOW_UP: ShownIf = ShownIf::Answer(&MY_NUMBER, &["yes", "unknown"]);

/// My Number case (a): data in the 情報提供ネットワークシステム or a system for 個人番号利用事務.
pub const MY_NUMBER_SYSTEM: Question = Question {
    shown_if: MY_NUMBER_FOLLOW_UP,
    section: "番号法29条の4・委員会規則2条",
    ..yes_no("law.mynumber-system",
        t("（マイナンバー）情報提供ネットワークシステムや、個人番号を扱う事務のシステムの中の情報か", "(My Number) Was the data in the information-provision network system, or a system used for My Number work?"), None)
};

/// My Number case (c): viewable by an unspecified number of people over the internet.
pub const MY_NUMBER_INTERNET: Question = Question {
    shown_if: MY_NUMBER_FOLLOW_UP,
    section: "番号法29条の4・委員会規則2条",
    ..yes_no(
        "law.mynumber-internet",
        t(
            "（マイナンバー）インターネットで不特定多数の人が見られる状態になったおそれがあるか",
            "(My Number) May it have been viewable by anyone over the internet?",
        ),
        None,
    )
};

/// My Number case (d): more than 100 persons *whose My Numbers* are involved (委員会規則2条4号),
/// which may be fewer than all the persons.
pub const MY_NUMBER_PERSONS: Question = Question {
    shown_if: MY_NUMBER_FOLLOW_UP,
    section: "番号法29条の4・委員会規則2条",
    ..legal("law.mynumber-persons",
        t("（マイナンバー）マイナンバーを含む本人の数", "(My Number) Number of people whose My Number is involved"),
        Some(t("全体の本人の数のうち、マイナンバーが含まれる人の数です。100人を超えるとマイナンバーの漏えい等として報告が必要です。",
            "Of all the people, those whose My Number is involved. More than 100 means a My Number report.")),
        AnswerKind::Count)
};

/// Threats or demands: the police (manual 2).
pub const THREAT: Question = yes_no(
    "law.threat",
    t(
        "脅迫や金銭の要求などがあったか",
        "Were there threats or demands for money?",
    ),
    None,
);

/// 3-6 (1): the police are consulted when the unauthorised access is clear.
pub const ACCESS_CLEAR: Question = Question {
    shown_if: ShownIf::Kinds(&[IncidentKind::UnauthorizedAccess]),
    section: "3-6 (1)",
    ..yes_no(
        "law.access-clear",
        t(
            "不正アクセスは明らかか（ログや痕跡で侵入を確認できたか）",
            "Is the unauthorised access clear (confirmed by logs or traces)?",
        ),
        None,
    )
};

/// LGWAN involved: J-LIS is told (recommended, not a legal duty).
pub const LGWAN: Question = Question {
    shown_if: ShownIf::Kinds(&[IncidentKind::Malware, IncidentKind::UnauthorizedAccess]),
    ..yes_no(
        "law.lgwan",
        t(
            "LGWAN（総合行政ネットワーク）につながる端末やシステムが関係するか",
            "Are devices or systems connected to LGWAN involved?",
        ),
        None,
    )
};

/// APPI Art. 68(2)(i): notifying is difficult.
pub const NOTICE_DIFFICULT: Question = yes_no(
    "law.notice-difficult",
    t(
        "本人への通知が困難か（連絡先がわからない等）",
        "Is notifying the people concerned difficult (e.g. no contact details)?",
    ),
    None,
);

/// APPI Art. 68(2)(ii): information withheld from disclosure.
pub const DISCLOSURE_EXEMPT: Question = yes_no(
    "law.disclosure-exempt",
    t(
        "開示しないこととされている情報（法78条1項）を含むか",
        "Does it include information withheld from disclosure under Art. 78(1)?",
    ),
    None,
);

/// Questions the manual does not ask but today's law needs (APPI Art. 68, Enforcement Rules
/// Art. 43; My Number Act Art. 29-4; see `core::obligations`). Asked beside the duties they decide.
pub const LEGAL_QUESTIONS: &[Question] = &[
    PERSONS,
    PROTECTION,
    SENSITIVE,
    FINANCIAL,
    IMPROPER,
    IMPROPER_CONFIRMED,
    ORDINANCE,
    MY_NUMBER,
    MY_NUMBER_SYSTEM,
    MY_NUMBER_INTERNET,
    MY_NUMBER_PERSONS,
    THREAT,
    ACCESS_CLEAR,
    LGWAN,
    NOTICE_DIFFICULT,
    DISCLOSURE_EXEMPT,
];
