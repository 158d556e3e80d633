//! Questions the manual asks the responder to answer, shared by every incident type.
//!
//! Stage (2) of each type has a table 事実関係を整理する: questions (1)-(7) worded for the type (kept in
//! each type's module) and a)-e) about the information, worded the same in every type (here).
//! Stage (3) of each type has the same table 被害の重要度を判定する (here).

use crate::core::incident::Incident;
use crate::core::playbook::{IncidentKind, Phase};
use crate::core::text::{t, Text};

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
    info(
        "3.2.info.a",
        t("a) 誰の情報か？", "a) Whose information is it?"),
        Some(t(
            "例: 〇〇事業の申請者",
            "e.g. applicants for the ○○ programme",
        )),
        AnswerKind::Text,
    ),
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
        "You can write \"about 10,000\", \"100 or more\", \"a few dozen\" or \"not known\". More than 100 people means a report to the PPC.")),
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
/// again (legal-obligations.md: theft under 3-1, 3-3, 3-6; ransomware under 3-5).
pub const IMPROPER_USUAL: &[IncidentKind] = &[
    IncidentKind::LossOrTheft,
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
    THREAT,
    ACCESS_CLEAR,
    LGWAN,
    NOTICE_DIFFICULT,
    DISCLOSURE_EXEMPT,
];
