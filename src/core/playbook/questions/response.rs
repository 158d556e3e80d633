//! What the documents after the first report need and the manual only ticks (issue 25): the
//! content of the secondary damage (3-1〜3-6 (3) 予想される二次被害を確認), what was done for the
//! persons (2 通知・公表・報告等, 本人への謝罪と通知; 3-x (4)), and the prevention measures (2 再発防止・
//! 計画). Each is asked in its phase of the flow and read by the report's PPC items
//! (legal-obligations.md: 二次被害…の内容, 本人への対応の実施状況, 再発防止のための措置), the letter
//! and the press release (`core::documents`). Stored in the answers like every question, so an
//! older tool keeps them (no schema change).

use super::{AnswerKind, Question, QuestionGroup, ShownIf};
use crate::core::playbook::Phase;
use crate::core::text::t;

/// 3-1〜3-6 (3) 予想される二次被害を確認: what it is, in words the persons can act on.
pub const SECONDARY_DAMAGE: Question = Question {
    id: "doc.secondary-damage",
    section: "3-1〜3-6 (3)",
    phase: Phase::Investigation,
    text: t(
        "予想される二次被害の内容（本人に注意してほしいこと）",
        "What secondary damage is expected (what the people concerned should watch for)",
    ),
    hint: Some(t(
        "例: 不審な電話やダイレクトメールが届くおそれ。現時点で悪用は確認されていない。",
        "e.g. unsolicited calls or direct mail may follow. No misuse has been seen so far.",
    )),
    answer: AnswerKind::Text,
    group: QuestionGroup::Response,
    shown_if: ShownIf::Always,
};

/// 2 通知・公表・報告等 (本人への謝罪と通知) and 3-x (4): what was done for the persons, and when.
pub const PERSONS_RESPONSE: Question = Question {
    id: "doc.persons-response",
    section: "2 通知・公表・報告等",
    phase: Phase::NotificationAndPublication,
    text: t(
        "本人への対応の内容（いつ、誰に、どのように通知・謝罪したか）",
        "What was done for the people concerned (when, to whom, how they were told and apologised to)",
    ),
    hint: Some(t(
        "例: 12月1日、対象の250人に文書を郵送し、お詫びと経緯をお知らせした。",
        "e.g. on 1 December a letter of apology and explanation was posted to the 250 people.",
    )),
    answer: AnswerKind::Text,
    group: QuestionGroup::Response,
    shown_if: ShownIf::Always,
};

/// 2 再発防止・計画: the measures so it does not happen again.
pub const PREVENTION_MEASURES: Question = Question {
    id: "doc.prevention",
    section: "2 再発防止・計画",
    phase: Phase::Prevention,
    text: t(
        "再発防止策（何を、いつから行うか）",
        "Prevention measures (what, from when)",
    ),
    hint: Some(t(
        "例: USBメモリの持ち出しを禁止し、12月から暗号化USBのみ使用する。",
        "e.g. no USB sticks taken out; only encrypted ones from December.",
    )),
    answer: AnswerKind::Text,
    group: QuestionGroup::Response,
    shown_if: ShownIf::Always,
};

/// The three, in the order of the flow.
pub const RESPONSE_QUESTIONS: &[Question] =
    &[SECONDARY_DAMAGE, PERSONS_RESPONSE, PREVENTION_MEASURES];
