//! A question of the playbook as a form field: free text, and options for choice questions.
//! Typing autosaves; leaving the field writes the answer into the timeline.

use crate::core::incident::{Answer, Change};
use crate::core::playbook::questions::{AnswerKind, Question, YES_NO};
use crate::core::text::Lang;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionFieldProps {
    pub question: &'static Question,
    pub answer: Option<Answer>,
    pub lang: Lang,
    pub on_change: Callback<Change>,
}

#[function_component(QuestionField)]
pub fn question_field(props: &QuestionFieldProps) -> Html {
    match props.question.answer {
        AnswerKind::YesNo => yes_no(props),
        AnswerKind::Count => count(props),
        AnswerKind::Text | AnswerKind::Choices(_) => text_and_choices(props),
    }
}

fn dom_id(q: &Question) -> String {
    format!("q-{}", q.id.replace('.', "-"))
}

/// はい / いいえ / わからない as radio buttons in a fieldset.
fn yes_no(props: &QuestionFieldProps) -> Html {
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
            <div class="choices">
                { for YES_NO.iter().map(|option| {
                    let input_id = format!("{id}-{}", option.id);
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

/// A number of people on one line.
fn count(props: &QuestionFieldProps) -> Html {
    let q = props.question;
    let id = dom_id(q);
    let input_id = format!("{id}-text");
    let hint_id = format!("{id}-hint");
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
    let on_leave = props
        .on_change
        .reform(move |_: Event| Change::LogAnswer(qid.clone(), label.clone()));
    let value = props
        .answer
        .as_ref()
        .map(|a| a.text.clone())
        .unwrap_or_default();
    html! {
        <div class="field" id={id}>
            <label class="field-label" for={input_id.clone()}>{ q.text.get(props.lang) }</label>
            if let Some(hint) = q.hint { <p class="hint" id={hint_id.clone()}>{ hint.get(props.lang) }</p> }
            <input type="text" inputmode="numeric" class="input-count" id={input_id} maxlength="40" value={value}
                aria-describedby={q.hint.map(|_| hint_id)} oninput={on_input} onchange={on_leave} />
        </div>
    }
}

fn text_and_choices(props: &QuestionFieldProps) -> Html {
    let q = props.question;
    let lang = props.lang;
    let answer = props.answer.clone().unwrap_or_default();
    let dom_id = format!("q-{}", q.id.replace('.', "-"));
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
        AnswerKind::Text | AnswerKind::YesNo | AnswerKind::Count => html! {},
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
    let text_id = format!("{dom_id}-text");
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
