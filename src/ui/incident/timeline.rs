//! The incident's timeline: every ticked task and saved answer, and entries the user adds by hand.
//! A correction is a new entry; the corrected one stays, struck through.

use crate::core::incident::{Change, EntrySource, Incident};
use crate::core::text::{t, Lang, Text};
use crate::core::time::Timestamp;
use crate::ui::context;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const TITLE: Text = t(
    "タイムライン（対応の記録）",
    "Timeline (record of the response)",
);
const WHEN: Text = t("日時", "When");
const WHAT: Text = t("内容", "What happened");
const WHAT_HINT: Text = t(
    "例: IT最適化係に電話。〇〇さんに報告し、指示を受けた。",
    "e.g. Called the IT Optimisation Unit, reported to Mr ○○, got instructions.",
);
const ADD: Text = t("記録を追加", "Add entry");
const CORRECT: Text = t("訂正", "Correct");
const SAVE_CORRECTION: Text = t("訂正を保存", "Save correction");
const CANCEL: Text = t("やめる", "Cancel");
const CORRECTED: Text = t("（訂正済み）", "(corrected)");
const CORRECTION_OF: Text = t("訂正", "Correction of entry");
const AUTO: Text = t("自動", "auto");
const EMPTY: Text = t(
    "まだ記録はありません。タスクを完了にしたり、回答を入力したりすると自動で記録されます。",
    "Nothing yet. Ticking a task or answering a question records it here automatically.",
);
const NEED_TEXT: Text = t("内容を入力してください。", "Enter what happened.");

#[derive(Properties)]
pub struct TimelineProps {
    pub incident: Rc<Incident>,
    pub lang: Lang,
    pub on_change: Callback<Change>,
}

/// Only the timeline matters here, so typing an answer does not re-render every entry.
impl PartialEq for TimelineProps {
    fn eq(&self, other: &Self) -> bool {
        self.incident.timeline == other.incident.timeline
            && self.lang == other.lang
            && self.on_change == other.on_change
    }
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let when_ref = use_node_ref();
    let what_ref = use_node_ref();
    let editing = use_state(|| None::<u32>);
    let missing = use_state(|| false);
    let add = {
        let (when_ref, what_ref, on_change, missing) = (
            when_ref.clone(),
            what_ref.clone(),
            props.on_change.clone(),
            missing.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(when), Some(what)) = (
                when_ref.cast::<HtmlInputElement>(),
                what_ref.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            if what.value().trim().is_empty() {
                missing.set(true);
                return;
            }
            let at = Timestamp::parse_jst(&when.value()).unwrap_or_else(context::now);
            on_change.emit(Change::AddEntry {
                at,
                text: what.value(),
            });
            what.set_value("");
            missing.set(false);
        })
    };
    let entries = props.incident.timeline_in_order();
    html! {
        <section class="card timeline" aria-labelledby="timeline-title" id="timeline">
            <h2 id="timeline-title">{ TITLE.get(lang) }</h2>
            <form class="timeline-form" onsubmit={add}>
                <div class="field field-when">
                    <label for="entry-when">{ WHEN.get(lang) }</label>
                    <input id="entry-when" type="datetime-local" ref={when_ref} value={context::now().jst_input_value()} />
                </div>
                <div class="field field-what">
                    <label for="entry-what">{ WHAT.get(lang) }</label>
                    <input id="entry-what" type="text" ref={what_ref} maxlength="20000" placeholder={WHAT_HINT.get(lang)}
                        aria-describedby={(*missing).then_some("entry-what-error")} aria-invalid={(*missing).then_some("true")} />
                    if *missing {
                        <p class="field-error" id="entry-what-error">{ NEED_TEXT.get(lang) }</p>
                    }
                </div>
                <button type="submit" class="button">{ ADD.get(lang) }</button>
            </form>
            if entries.is_empty() {
                <p>{ EMPTY.get(lang) }</p>
            } else {
                <ol class="timeline-list">
                    { for entries.into_iter().map(|entry| {
                        let corrected = props.incident.is_corrected(entry.seq);
                        let seq = entry.seq;
                        let start_edit = { let editing = editing.clone(); Callback::from(move |_| editing.set(Some(seq))) };
                        html! {
                            <li class={classes!("entry", corrected.then_some("is-corrected"))} id={format!("entry-{seq}")}>
                                <time class="entry-time">{ entry.at.jst_minute() }</time>
                                <span class="entry-text">
                                    if let Some(of) = entry.corrects { <span class="tag">{ format!("{} #{of}", CORRECTION_OF.get(lang)) }</span>{" "} }
                                    { &entry.text }
                                    if corrected { {" "}<span class="tag">{ CORRECTED.get(lang) }</span> }
                                    if entry.source == EntrySource::Auto { {" "}<span class="tag tag-muted">{ AUTO.get(lang) }</span> }
                                    <span class="entry-seq">{ format!(" #{seq}") }</span>
                                </span>
                                if *editing == Some(seq) {
                                    <CorrectionForm seq={seq} text={entry.text.clone()} lang={lang}
                                        on_change={props.on_change.clone()} on_done={{ let e = editing.clone(); Callback::from(move |_| e.set(None)) }} />
                                } else if !corrected {
                                    <button type="button" class="button button-small" onclick={start_edit}
                                        aria-label={format!("{} #{seq}", CORRECT.get(lang))}>{ CORRECT.get(lang) }</button>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CorrectionProps {
    seq: u32,
    text: String,
    lang: Lang,
    on_change: Callback<Change>,
    on_done: Callback<()>,
}

#[function_component(CorrectionForm)]
fn correction_form(props: &CorrectionProps) -> Html {
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(el) = input.cast::<HtmlInputElement>() {
                let _ = el.focus();
            }
        });
    }
    let seq = props.seq;
    let save = {
        let (input, on_change, on_done) = (
            input.clone(),
            props.on_change.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<HtmlInputElement>() {
                on_change.emit(Change::CorrectEntry {
                    seq,
                    text: el.value(),
                });
            }
            on_done.emit(());
        })
    };
    let cancel = props.on_done.reform(|_: MouseEvent| ());
    let id = format!("correct-{seq}");
    html! {
        <form class="correction" onsubmit={save}>
            <label for={id.clone()}>{ format!("{} #{seq}", CORRECT.get(props.lang)) }</label>
            <input id={id} type="text" ref={input} value={props.text.clone()} maxlength="20000" />
            <button type="submit" class="button button-small">{ SAVE_CORRECTION.get(props.lang) }</button>
            <button type="button" class="button button-small button-secondary" onclick={cancel}>{ CANCEL.get(props.lang) }</button>
        </form>
    }
}
