//! One line of the task list: a task with its checkbox, done time and note; or guidance; or a
//! warning. Cautions (留意点, ※) sit beside the task they belong to.

use crate::core::incident::{Change, TaskRecord};
use crate::core::playbook::{Item, ItemKind, MergedItem};
use crate::core::text::Lang;
use crate::ui::page_ids;
use crate::ui::strings as s;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TaskRowProps {
    pub merged: MergedItem,
    pub record: Option<TaskRecord>,
    pub lang: Lang,
    pub on_change: Callback<Change>,
}

fn sources(item: &Item, also: &[&'static Item], lang: Lang) -> Html {
    html! {
        <>
            <span class="section-ref">{ format!("{} {}", s::SECTION.get(lang), item.section_in(lang)) }</span>
            if !also.is_empty() {
                <details class="also">
                    <summary>{ format!("{} {}", s::ALSO_IN.get(lang), also.iter().map(|i| i.section_in(lang)).collect::<Vec<_>>().join(", ")) }</summary>
                    <ul>{ for also.iter().map(|i| html! { <li><span class="section-ref">{ i.section_in(lang) }</span>{" "}{ i.text.get(lang) }</li> }) }</ul>
                </details>
            }
        </>
    }
}

fn extras(item: &Item, also: &[&'static Item], lang: Lang) -> Html {
    // A warning merged into a task (3-4 (4) on the press release) is that task's caution.
    let merged_warnings = also
        .iter()
        .filter(|i| i.kind == ItemKind::Warning)
        .map(|i| &i.text);
    let cautions = item
        .cautions
        .iter()
        .chain(also.iter().flat_map(|i| i.cautions.iter()))
        .chain(merged_warnings);
    html! {
        <>
            { for cautions.map(|c| html! {
                <p class="caution"><strong>{ s::POINT_TO_NOTE.get(lang) }{": "}</strong>{ c.get(lang) }</p>
            }) }
            if let Some(who) = item.who.or_else(|| also.iter().find_map(|i| i.who)) {
                <p class="who"><strong>{ s::WHO.get(lang) }</strong>{" "}{ who.get(lang) }</p>
            }
            if let Some(note) = item.note {
                <p class="since-manual"><strong>{ s::SINCE_MANUAL.get(lang) }</strong>{" "}{ note.get(lang) }</p>
            }
        </>
    }
}

#[function_component(TaskRow)]
pub fn task_row(props: &TaskRowProps) -> Html {
    let MergedItem { item, also } = &props.merged;
    let lang = props.lang;
    let dom_id = page_ids::item(item);
    match item.kind {
        ItemKind::Guidance => html! {
            <li class="item item-guidance" id={dom_id}>
                <p>{ item.text.get(lang) }</p>
                { extras(item, also, lang) }
                { sources(item, also, lang) }
            </li>
        },
        ItemKind::Warning => html! {
            <li class="item item-warning" id={dom_id}>
                <p><strong class="warning-label">{ s::CAUTION.get(lang) }</strong>{ item.text.get(lang) }</p>
                { extras(item, also, lang) }
                { sources(item, also, lang) }
            </li>
        },
        ItemKind::Task | ItemKind::EmergencyMeasure | ItemKind::SecondaryMeasure => {
            let record = props.record.clone().unwrap_or_default();
            let item_ref: &'static Item = item;
            let on_check = props.on_change.reform(move |e: Event| {
                Change::SetTaskDone(
                    item_ref,
                    e.target_unchecked_into::<HtmlInputElement>().checked(),
                )
            });
            let key = item.task_key().to_owned();
            let on_note = props.on_change.reform(move |e: InputEvent| {
                Change::SetTaskNote(
                    key.clone(),
                    e.target_unchecked_into::<HtmlTextAreaElement>().value(),
                )
            });
            let done = record.done_at.is_some();
            let check_id = page_ids::item_done(item);
            let note_id = format!("{dom_id}-note");
            html! {
                <li class={classes!("item", "item-task", done.then_some("is-done"))} id={dom_id}>
                    <div class="check">
                        <input type="checkbox" id={check_id.clone()} checked={done} onchange={on_check} />
                        <label for={check_id}>{ item.text.get(lang) }</label>
                    </div>
                    if let Some(at) = record.done_at {
                        <p class="done-at">{ format!("{} {}", s::DONE_AT.get(lang), at.jst_minute()) }</p>
                    }
                    { extras(item, also, lang) }
                    <details class="task-note" open={!record.note.is_empty()}>
                        <summary>{ s::NOTE.get(lang) }</summary>
                        <label class="visually-hidden" for={note_id.clone()}>{ format!("{}: {}", s::NOTE.get(lang), item.text.get(lang)) }</label>
                        <textarea id={note_id} rows="2" maxlength="20000" value={record.note.clone()} oninput={on_note} />
                    </details>
                    { sources(item, also, lang) }
                </li>
            }
        }
    }
}
