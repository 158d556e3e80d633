//! Questions the manual asks the responder to answer, shared by every incident type.
//!
//! Stage (2) of each type has a table 事実関係を整理する: questions (1)-(7) worded for the type (kept in
//! each type's module) and a)-e) about the information, worded the same in every type (here).
//! Stage (3) of each type has the same table 被害の重要度を判定する (here).

use crate::core::incident::Incident;

mod legal;
mod response;

use crate::core::playbook::{IncidentKind, Phase};
use crate::core::text::{t, Text};
pub use legal::*;
pub use response::*;

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    /// Free text only.
    Text,
    /// One or more of the listed options, plus a note.
    Choices(&'static [Choice]),
    /// Exactly one of the listed options (radio buttons), e.g. [`YES_NO`].
    OneOf(&'static [Choice]),
    /// A number of people, typed on one line as clerks write it ("約1万人"); read by
    /// `obligations::count`. Empty means not known.
    Count,
}

impl AnswerKind {
    /// The options offered, if any.
    pub fn options(self) -> &'static [Choice] {
        match self {
            AnswerKind::Choices(options) | AnswerKind::OneOf(options) => options,
            AnswerKind::Text | AnswerKind::Count => &[],
        }
    }
}

/// When a question is asked. Follow-up questions appear only when they can matter, so a stressed
/// user is not asked about My Number systems when no My Number data is involved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShownIf {
    /// Always.
    Always,
    /// When another question has one of these option ids as its answer.
    Answer(&'static Question, &'static [&'static str]),
    /// For incidents of one of these types.
    Kinds(&'static [IncidentKind]),
    /// For incidents of one of these types, when another question has one of these answers.
    KindsAndAnswer(
        &'static [IncidentKind],
        &'static Question,
        &'static [&'static str],
    ),
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
    /// Which group of the form it belongs to.
    pub group: QuestionGroup,
    /// When it is asked.
    pub shown_if: ShownIf,
}

/// The groups of questions, each shown under its own heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionGroup {
    /// Manual 2 ※: the outside reporter's contact.
    Reporter,
    /// Stage (2) 事実関係を整理する: each type's (1)-(7) and a)-e).
    Facts,
    /// The questions today's law needs, asked beside the duties they decide.
    Legal,
    /// Stage (3) 被害の重要度を判定する.
    Severity,
    /// What the documents after the first report need (二次被害の内容, 本人への対応, 再発防止策),
    /// each asked in its own phase ([`RESPONSE_QUESTIONS`]).
    Response,
}

impl Question {
    /// Whether `incident` asks this question now (see [`ShownIf`]).
    pub fn is_asked(&self, incident: &Incident) -> bool {
        let has_kind = |kinds: &[IncidentKind]| kinds.iter().any(|k| incident.kinds.contains(k));
        let answered =
            |q: &Question, ids: &[&str]| incident.choice(q).is_some_and(|c| ids.contains(&c));
        match self.shown_if {
            ShownIf::Always => true,
            ShownIf::Answer(q, ids) => answered(q, ids),
            ShownIf::Kinds(kinds) => has_kind(kinds),
            ShownIf::KindsAndAnswer(kinds, q, ids) => has_kind(kinds) && answered(q, ids),
        }
    }
}

const fn info(id: &'static str, text: Text, hint: Option<Text>, answer: AnswerKind) -> Question {
    Question {
        id,
        section: "3-1〜3-6 (2)",
        phase: Phase::InitialResponse,
        text,
        hint,
        answer,
        group: QuestionGroup::Facts,
        shown_if: ShownIf::Always,
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

/// a) 誰の情報か: whose data, for the press release (manual 3-x (2) a)).
pub const INFO_WHOSE: Question = info(
    "3.2.info.a",
    t("a) 誰の情報か？", "a) Whose information is it?"),
    Some(t(
        "例: 〇〇事業の申請者",
        "e.g. applicants for the ○○ programme",
    )),
    AnswerKind::Text,
);

/// b) 何の情報か: the PPC form's "kinds of data" (manual 3-x (2) b)).
pub const INFO_WHAT: Question = info(
    "3.2.info.b",
    t("b) 何の情報か？", "b) What information is it?"),
    Some(t(
        "例: 氏名・住所・電話番号",
        "e.g. names, addresses, phone numbers",
    )),
    AnswerKind::Text,
);

/// d) 情報の量(件数): read as a count too, to prefill or check 本人の数 (manual 3-x (2) d)).
pub const RECORD_COUNT: Question = info(
    "3.2.info.d",
    t(
        "d) 情報の量(件数)はどのくらいか？",
        "d) How much information (how many records)?",
    ),
    Some(t(
        "例: 約120件（120人分）",
        "e.g. about 120 records (120 people)",
    )),
    AnswerKind::Text,
);

/// e) how it was stored (manual 3-x (2) e)). Not what decides the PPC duty: "暗号化" here says
/// nothing about the key; [`PROTECTION`] asks that.
pub const STORAGE_FORM: Question = info("3.2.info.e",
    t("e) どのような形で保存されていたか？ (暗号化or平文、HDD保護、認証パスワード保護など)",
      "e) How was it stored? (encrypted or plain text, disk protection, password protection, etc.)"),
    None, AnswerKind::Choices(STORAGE_FORMS));

/// 事実関係を整理する a)-e): the same in all six types (manual 3-1 … 3-6, stage (2)).
pub const INFO_QUESTIONS: &[Question] = &[
    INFO_WHOSE,
    INFO_WHAT,
    info(
        "3.2.info.c",
        t("c) いつ頃の情報か？", "c) From when is the information?"),
        Some(t("例: 令和6年度分", "e.g. fiscal year 2024")),
        AnswerKind::Text,
    ),
    RECORD_COUNT,
    STORAGE_FORM,
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
        group: QuestionGroup::Severity,
        shown_if: ShownIf::Always,
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

/// Severity (1): whether class-I personal information is involved decides every APPI duty.
pub const INFO_CLASS: Question = severity(
    "3.3.severity.1",
    t(
        "(1) 漏えいした情報区分は？",
        "(1) What class of information leaked?",
    ),
    None,
    AnswerKind::Choices(INFO_CLASSES),
);

/// Severity (4): what went wrong; the PPC form's "other" item.
pub const MANAGEMENT_PROBLEMS: Question = severity(
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
);

/// 被害の重要度を判定する (1)-(4): the same in all six types (manual 3-1 … 3-6, stage (3)).
pub const SEVERITY_QUESTIONS: &[Question] = &[
    INFO_CLASS,
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
    MANAGEMENT_PROBLEMS,
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
        group: QuestionGroup::Facts,
        shown_if: ShownIf::Always,
    }
}
