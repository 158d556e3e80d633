//! A question of the playbook as a form field: free text, and options for choice questions.
//! Typing autosaves; leaving the field writes the answer into the timeline.

use crate::core::incident::{Answer, Change};
use crate::core::obligations::count::{self, CountAnswer};
use crate::core::obligations::Tri;
use crate::core::playbook::questions::{AnswerKind, Choice, Question};
use crate::core::text::{t, Lang, Text};
use crate::ui::page_ids;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionFieldProps {
    pub question: &'static Question,
    pub answer: Option<Answer>,
    pub lang: Lang,
    pub on_change: Callback<Change>,
    /// For a count: another answer that gives a count too (d) 件数 for 本人の数), to prefill from
    /// or check against.
    #[prop_or_default]
    pub related: Option<Answer>,
    /// Words shown under the hint for this incident (the protection question for 3-5, 3-6).
    #[prop_or_default]
    pub note: Option<Text>,
}

#[function_component(QuestionField)]
pub fn question_field(props: &QuestionFieldProps) -> Html {
    match props.question.answer {
        AnswerKind::OneOf(options) => one_of(props, options),
        AnswerKind::Count => count(props),
        AnswerKind::Text | AnswerKind::Choices(_) => text_and_choices(props),
    }
}

const READ_AS: Text = t("読み取った数", "Read as");
const READ_UNKNOWN: Text = t(
    "不明として扱います（「必要かもしれない」と判定）",
    "Taken as not known (\"may be required\")",
);
const READ_FAILED: Text = t("数として読めません。「120人」「約1万人」「100人以上」「不明」のように書いてください。", "Could not read a number. Write e.g. \"120\", \"about 10,000\", \"100 or more\" or \"not known\".");
const READ_RANGE: Text = t(
    "100人を超えるかどうかは、この書き方では決まりません",
    "This does not settle whether it is more than 100",
);
/// Ends one sentence before the next: the reading may close with its own brackets.
const SENTENCE_STOP: Text = t("。", ". ");
const USE_RECORDS: Text = t("d) の件数を使う", "Use the count from d)");
const RECORDS_DIFFER: Text = t("d) の件数と合っていません。1人に複数件あれば件数の方が多くなります。どちらかを確認してください。", "This does not match the count in d). Records outnumber people when one person has several; check which is right.");

fn dom_id(q: &Question) -> String {
    page_ids::question(q)
}

/// One option of several (はい / いいえ / わからない, or the protection options) as radio buttons.
fn one_of(props: &QuestionFieldProps, options: &'static [Choice]) -> Html {
    let q = props.question;
    let id = dom_id(q);
    let chosen = props
        .answer
        .as_ref()
        .and_then(|a| a.choices.first().cloned());
    html! {
        <fieldset class="field yes-no" id={id.clone()}>
            <legend class="field-label">{ q.text.get(props.lang) }</legend>
            if let Some(hint) = q.hint { <p class="hint">{ hint.get(props.lang) }</p> }
            if let Some(note) = props.note { <p class="caution field-note">{ note.get(props.lang) }</p> }
            <div class="choices">
                { for options.iter().map(|option| {
                    let input_id = page_ids::question_option(q, option.id);
                    let (qid, choice) = (q.id.to_owned(), option.id.to_owned());
                    let on_pick = props.on_change.reform(move |_: Event| Change::SetOnly(qid.clone(), choice.clone()));
                    html! {
                        <div class="check check-inline">
                            <input type="radio" name={id.clone()} id={input_id.clone()} checked={chosen.as_deref() == Some(option.id)} onchange={on_pick} />
                            <label for={input_id}>{ option.text.get(props.lang) }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// What the tool read from a typed count, shown under the field as the user types.
fn reading(typed: &str, lang: Lang) -> Option<(String, bool)> {
    match count::parse(typed) {
        CountAnswer::Empty => None,
        CountAnswer::Unknown => Some((READ_UNKNOWN.get(lang).to_owned(), false)),
        CountAnswer::Unreadable => Some((READ_FAILED.get(lang).to_owned(), true)),
        CountAnswer::Count(c) => {
            let read = match lang {
                Lang::Ja => c.describe_ja(),
                Lang::En => c.describe_en(),
            };
            let mut text = format!("{}: {read}", READ_AS.get(lang));
            if c.exceeds(100) == Tri::Unknown {
                text = format!("{text}{}{}", SENTENCE_STOP.get(lang), READ_RANGE.get(lang));
            }
            Some((text, false))
        }
    }
}

/// Whether two counts cannot both be right: the people outnumber the records, or one is over
/// 100 and the other is not.
fn counts_disagree(persons: &str, records: &str) -> bool {
    match (count::parse(persons), count::parse(records)) {
        (CountAnswer::Count(p), CountAnswer::Count(r)) => {
            let over = |c: &count::Count| c.exceeds(100);
            r.high.is_some_and(|h| p.low > h)
                || (over(&p) == Tri::No && over(&r) == Tri::Yes)
                || (over(&p) == Tri::Yes && over(&r) == Tri::No)
        }
        _ => false,
    }
}

/// A number of people on one line, as clerks write it, with the number the tool read beside it.
fn count(props: &QuestionFieldProps) -> Html {
    let q = props.question;
    let lang = props.lang;
    let id = dom_id(q);
    let input_id = page_ids::question_text(q);
    let hint_id = format!("{id}-hint");
    let reading_id = format!("{id}-reading");
    let qid = q.id.to_owned();
    let on_input = props.on_change.reform({
        let qid = qid.clone();
        move |e: InputEvent| {
            Change::EditAnswer(
                qid.clone(),
                e.target_unchecked_into::<HtmlInputElement>().value(),
            )
        }
    });
    let label = q.text.ja.to_owned();
    let on_leave = props.on_change.reform({
        let qid = qid.clone();
        move |_: Event| Change::LogAnswer(qid.clone(), label.clone())
    });
    let value = props
        .answer
        .as_ref()
        .map(|a| a.text.clone())
        .unwrap_or_default();
    let records = props
        .related
        .as_ref()
        .map(|a| a.text.trim().to_owned())
        .filter(|r| matches!(count::parse(r), CountAnswer::Count(_)));
    let prefill = records.clone().filter(|_| value.trim().is_empty()).map(|r| {
        let (qid, label) = (qid.clone(), q.text.ja.to_owned());
        let on_change = props.on_change.clone();
        let text = match count::parse(&r) {
            CountAnswer::Count(c) => c.describe_ja(),
            _ => r.clone(),
        };
        let onclick = Callback::from(move |_: MouseEvent| {
            on_change.emit(Change::EditAnswer(qid.clone(), text.clone()));
            on_change.emit(Change::LogAnswer(qid.clone(), label.clone()));
        });
        html! { <button type="button" class="button button-small" {onclick}>{ format!("{}{}", USE_RECORDS.get(lang), lang.bracket(&r)) }</button> }
    });
    let disagree = records.is_some_and(|r| counts_disagree(&value, &r));
    let read = reading(&value, lang);
    let described = [q.hint.map(|_| hint_id.clone()), Some(reading_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <div class="field" id={id}>
            <label class="field-label" for={input_id.clone()}>{ q.text.get(lang) }</label>
            if let Some(hint) = q.hint { <p class="hint" id={hint_id}>{ hint.get(lang) }</p> }
            <input type="text" class="input-count" id={input_id} maxlength="200" value={value}
                aria-describedby={described} oninput={on_input} onchange={on_leave} />
            <p id={reading_id} class={classes!("count-reading", read.as_ref().is_some_and(|r| r.1).then_some("is-error"))}>
                { read.map(|r| r.0).unwrap_or_default() }
            </p>
            if disagree { <p class="caution count-disagree">{ RECORDS_DIFFER.get(lang) }</p> }
            { for prefill }
        </div>
    }
}

fn text_and_choices(props: &QuestionFieldProps) -> Html {
    let q = props.question;
    let lang = props.lang;
    let answer = props.answer.clone().unwrap_or_default();
    let dom_id = page_ids::question(q);
    let hint_id = format!("{dom_id}-hint");
    let qid = q.id.to_owned();
    let on_input = {
        let qid = qid.clone();
        props.on_change.reform(move |e: InputEvent| {
            Change::EditAnswer(
                qid.clone(),
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            )
        })
    };
    let on_leave = {
        let (qid, label) = (qid.clone(), q.text.ja.to_owned());
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            // `change` fires once when the user leaves an edited field: one timeline entry per edit.
            if !e
                .target_unchecked_into::<HtmlTextAreaElement>()
                .value()
                .trim()
                .is_empty()
            {
                on_change.emit(Change::LogAnswer(qid.clone(), label.clone()));
            }
        })
    };
    let choices = match q.answer {
        AnswerKind::Text | AnswerKind::OneOf(_) | AnswerKind::Count => html! {},
        AnswerKind::Choices(options) => html! {
            <div class="choices" role="group" aria-labelledby={format!("{dom_id}-label")}>
                { for options.iter().map(|option| {
                    let id = format!("{dom_id}-{}", option.id);
                    let (qid, choice) = (qid.clone(), option.id.to_owned());
                    let on_toggle = props.on_change.reform(move |e: Event| {
                        Change::SetChoice(qid.clone(), choice.clone(), e.target_unchecked_into::<HtmlInputElement>().checked())
                    });
                    html! {
                        <div class="check check-inline">
                            <input type="checkbox" id={id.clone()} checked={answer.choices.iter().any(|c| c == option.id)} onchange={on_toggle} />
                            <label for={id}>{ option.text.get(lang) }</label>
                        </div>
                    }
                }) }
            </div>
        },
    };
    let text_id = page_ids::question_text(q);
    html! {
        <div class="field" id={dom_id.clone()}>
            <label class="field-label" id={format!("{dom_id}-label")} for={text_id.clone()}>{ q.text.get(lang) }</label>
            if let Some(hint) = q.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.get(lang) }</p>
            }
            { choices }
            <textarea id={text_id} rows="2" maxlength="20000" value={answer.text.clone()}
                aria-describedby={q.hint.map(|_| hint_id)} oninput={on_input} onchange={on_leave} />
        </div>
    }
}
