//! Questions the manual asks the responder to answer, shared by every incident type.
//!
//! Stage (2) of each type has a table 事実関係を整理する: questions (1)-(7) worded for the type (kept in
//! each type's module) and a)-e) about the information, worded the same in every type (here).
//! Stage (3) of each type has the same table 被害の重要度を判定する (here).

use crate::core::playbook::Phase;
use crate::core::text::{t, Text};

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    /// Free text only.
    Text,
    /// One or more of the listed options, plus a note.
    Choices(&'static [Choice]),
    /// One of はい / いいえ / わからない (radio buttons).
    YesNo,
    /// A number of people, typed on one line; empty means not known.
    Count,
}

/// The options of [`AnswerKind::YesNo`]; "unknown" counts as "may apply" in the rules.
pub const YES_NO: &[Choice] = &[
    Choice {
        id: "yes",
        text: t("はい", "Yes"),
    },
    Choice {
        id: "no",
        text: t("いいえ", "No"),
    },
    Choice {
        id: "unknown",
        text: t("わからない", "Not known"),
    },
];

/// One option of a [`AnswerKind::Choices`] question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable id stored in drafts.
    pub id: &'static str,
    /// The option as shown.
    pub text: Text,
}

/// A question to answer in the incident record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id stored in drafts, e.g. `3-1.2.fact.1` or `3.2.info.a`.
    pub id: &'static str,
    /// The manual section shown to the user.
    pub section: &'static str,
    /// Where in the flow it is asked.
    pub phase: Phase,
    /// The question.
    pub text: Text,
    /// A plain-words hint (an example answer), where one helps.
    pub hint: Option<Text>,
    /// How it is answered.
    pub answer: AnswerKind,
}

const fn info(id: &'static str, text: Text, hint: Option<Text>, answer: AnswerKind) -> Question {
    Question {
        id,
        section: "3-1〜3-6 (2)",
        phase: Phase::InitialResponse,
        text,
        hint,
        answer,
    }
}

/// Options of e): how the information was stored. Whether it was strongly encrypted decides
/// whether a leak counts under the APPI rules (legal-obligations.md).
pub const STORAGE_FORMS: &[Choice] = &[
    Choice {
        id: "encrypted",
        text: t("暗号化", "Encrypted"),
    },
    Choice {
        id: "plain",
        text: t("平文（暗号化なし）", "Plain text (not encrypted)"),
    },
    Choice {
        id: "disk-protected",
        text: t("HDD保護", "Disk protection"),
    },
    Choice {
        id: "password",
        text: t("認証パスワード保護", "Password protection"),
    },
    Choice {
        id: "unknown",
        text: t("わからない", "Not known"),
    },
];

/// 事実関係を整理する a)-e): the same in all six types (manual 3-1 … 3-6, stage (2)).
pub const INFO_QUESTIONS: &[Question] = &[
    info("3.2.info.a", t("a) 誰の情報か？", "a) Whose information is it?"),
        Some(t("例: 〇〇事業の申請者", "e.g. applicants for the ○○ programme")), AnswerKind::Text),
    info("3.2.info.b", t("b) 何の情報か？", "b) What information is it?"),
        Some(t("例: 氏名・住所・電話番号", "e.g. names, addresses, phone numbers")), AnswerKind::Text),
    info("3.2.info.c", t("c) いつ頃の情報か？", "c) From when is the information?"),
        Some(t("例: 令和6年度分", "e.g. fiscal year 2024")), AnswerKind::Text),
    info("3.2.info.d", t("d) 情報の量(件数)はどのくらいか？", "d) How much information (how many records)?"),
        Some(t("例: 約120件（120人分）", "e.g. about 120 records (120 people)")), AnswerKind::Text),
    info("3.2.info.e",
        t("e) どのような形で保存されていたか？ (暗号化or平文、HDD保護、認証パスワード保護など)",
          "e) How was it stored? (encrypted or plain text, disk protection, password protection, etc.)"),
        None, AnswerKind::Choices(STORAGE_FORMS)),
];

const fn severity(
    id: &'static str,
    text: Text,
    hint: Option<Text>,
    answer: AnswerKind,
) -> Question {
    Question {
        id,
        section: "3-1〜3-6 (3)",
        phase: Phase::Investigation,
        text,
        hint,
        answer,
    }
}

/// Options of severity question (1): the information classes of the prefecture's policy.
pub const INFO_CLASSES: &[Choice] = &[
    Choice {
        id: "class-1",
        text: t("個人情報(分類Ⅰ)", "Personal information (class I)"),
    },
    Choice {
        id: "class-2-3",
        text: t(
            "行政情報(分類ⅡⅢ)",
            "Administrative information (classes II, III)",
        ),
    },
    Choice {
        id: "class-4",
        text: t("一般情報(分類Ⅳ)", "General information (class IV)"),
    },
];

/// Options of severity question (3): where the impact falls.
pub const IMPACT_AREAS: &[Choice] = &[
    Choice {
        id: "citizens",
        text: t("県民", "Citizens"),
    },
    Choice {
        id: "administration",
        text: t("行政", "The administration"),
    },
    Choice {
        id: "businesses",
        text: t("企業", "Businesses"),
    },
];

/// 被害の重要度を判定する (1)-(4): the same in all six types (manual 3-1 … 3-6, stage (3)).
pub const SEVERITY_QUESTIONS: &[Question] = &[
    severity(
        "3.3.severity.1",
        t(
            "(1) 漏えいした情報区分は？",
            "(1) What class of information leaked?",
        ),
        None,
        AnswerKind::Choices(INFO_CLASSES),
    ),
    severity(
        "3.3.severity.2",
        t(
            "(2) 漏えいした情報の保護策は、何を実施していたか？",
            "(2) What protection was the leaked information under?",
        ),
        Some(t(
            "例: パスワード付きZIP、暗号化USBメモリ",
            "e.g. password-protected ZIP, encrypted USB stick",
        )),
        AnswerKind::Text,
    ),
    severity(
        "3.3.severity.3",
        t("(3) 影響はどこにあるか？", "(3) Where is the impact?"),
        None,
        AnswerKind::Choices(IMPACT_AREAS),
    ),
    severity(
        "3.3.severity.4",
        t(
            "(4) 管理上の問題点は？",
            "(4) What went wrong in how it was managed?",
        ),
        Some(t(
            "例: 持ち出し手続きをしていなかった",
            "e.g. it was taken out without the required approval",
        )),
        AnswerKind::Text,
    ),
];

/// Builds a type's fact-finding question (n) of stage (2).
pub const fn fact(id: &'static str, section: &'static str, text: Text) -> Question {
    Question {
        id,
        section,
        phase: Phase::InitialResponse,
        text,
        hint: None,
        answer: AnswerKind::Text,
    }
}

const fn legal(id: &'static str, text: Text, hint: Option<Text>, answer: AnswerKind) -> Question {
    Question {
        id,
        section: "個人情報保護法68条・規則43条",
        phase: Phase::InitialResponse,
        text,
        hint,
        answer,
    }
}

/// Questions the manual does not ask but today's law needs (APPI Art. 68, Enforcement Rules
/// Art. 43; My Number Act Art. 29-4; see `core::obligations`). Asked beside a)-e), where the user
/// already describes the information.
pub const LEGAL_QUESTIONS: &[Question] = &[
    legal("law.persons", t("本人の数（何人分の個人情報か）", "Number of people whose personal information is involved"),
        Some(t("数字で。わからなければ空欄のまま。100人を超えると個人情報保護委員会への報告が必要です。", "A number; leave empty if not known. More than 100 people means a report to the PPC.")),
        AnswerKind::Count),
    legal("law.sensitive", t("要配慮個人情報（病歴、障害、犯罪の経歴、信条など）が含まれるか", "Does it include sensitive personal information (medical history, disability, criminal record, creed, etc.)?"), None, AnswerKind::YesNo),
    legal("law.financial", t("悪用されると財産的被害が出るおそれのある情報（口座番号、クレジットカード番号など）が含まれるか", "Does it include information whose misuse may cause financial loss (bank account or card numbers, etc.)?"), None, AnswerKind::YesNo),
    legal("law.improper", t("不正の目的による行為（不正アクセス、盗難、内部不正など）で起きた可能性があるか", "May it have been caused by an act with an improper purpose (intrusion, theft, insider misconduct, etc.)?"), None, AnswerKind::YesNo),
    legal("law.ordinance", t("条例で定める要配慮個人情報が含まれるか", "Does it include information the prefecture's ordinance designates as sensitive?"), None, AnswerKind::YesNo),
    legal("law.mynumber", t("マイナンバー（個人番号）を含む情報（特定個人情報）か", "Does it include My Number (individual number) data?"), None, AnswerKind::YesNo),
    legal("law.threat", t("脅迫や金銭の要求などがあったか", "Were there threats or demands for money?"), None, AnswerKind::YesNo),
    legal("law.notice-difficult", t("本人への通知が困難か（連絡先がわからない等）", "Is notifying the people concerned difficult (e.g. no contact details)?"), None, AnswerKind::YesNo),
    legal("law.disclosure-exempt", t("開示しないこととされている情報（法78条1項）を含むか", "Does it include information withheld from disclosure under Art. 78(1)?"), None, AnswerKind::YesNo),
];
