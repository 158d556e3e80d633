//! The documents after the first report (issue 25): the letter to the persons, the press release
//! (with the publication decision shown to the writer only) and the PPC form's items, each
//! drafted by `core::documents` and shown in a text area the user may edit; copy, print and save
//! act on what the text area holds. Edits live in this screen only (the lead says so).

use crate::core::documents::{self, letter, press};
use crate::core::incident::Incident;
use crate::core::obligations::Verdict;
use crate::core::report::{escape, names, Line};
use crate::core::text::{Lang, Text};
use crate::ui::app::use_app;
use crate::ui::context;
use crate::ui::strings as s;
use crate::web::files;
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Letter,
    Press,
    Ppc,
}

/// What the user typed into a text area, by its id (absent: the draft as built).
type Edits = UseStateHandle<Rc<Vec<(String, String)>>>;

fn edited(edits: &Edits, id: &str) -> Option<String> {
    edits.iter().find(|(k, _)| k == id).map(|(_, v)| v.clone())
}

fn set_edit(edits: &Edits, id: &str, value: Option<String>) {
    let mut next: Vec<(String, String)> = edits.iter().filter(|(k, _)| k != id).cloned().collect();
    if let Some(value) = value {
        next.push((id.to_owned(), value));
    }
    edits.set(Rc::new(next));
}

fn copy(text: String, id: String, message: UseStateHandle<Option<Text>>) {
    yew::platform::spawn_local(async move {
        match files::copy_text(&text).await {
            Ok(()) => message.set(Some(s::DOC_COPIED)),
            Err(_) => {
                files::select_for_copying(&id);
                message.set(Some(s::DOC_COPY_FAILED));
            }
        }
    });
}

/// The A4 page of a draft: its text as written, escaped.
fn printable(text: &str) -> String {
    format!(
        "<article class=\"report document-print\" lang=\"ja\"><div class=\"document-text\">{}</div></article>",
        escape(text)
    )
}

struct Ctx<'a> {
    incident: &'a Incident,
    edits: &'a Edits,
    message: &'a UseStateHandle<Option<Text>>,
    lang: Lang,
}

/// One draft: its text area and its copy, print, save (and make-again) buttons.
fn draft(cx: &Ctx, id: &'static str, label: Text, built: String, file: &str) -> Html {
    let lang = cx.lang;
    let mine = edited(cx.edits, id);
    let is_edited = mine.as_ref().is_some_and(|m| *m != built);
    let text = mine.unwrap_or(built);
    let on_input = {
        let edits = cx.edits.clone();
        Callback::from(move |e: InputEvent| {
            set_edit(
                &edits,
                id,
                Some(e.target_unchecked_into::<HtmlTextAreaElement>().value()),
            )
        })
    };
    let on_copy = {
        let (text, message) = (text.clone(), cx.message.clone());
        Callback::from(move |_: MouseEvent| copy(text.clone(), id.to_owned(), message.clone()))
    };
    let on_print = {
        let text = text.clone();
        Callback::from(move |_: MouseEvent| files::print_html(&printable(&text)))
    };
    let on_save = {
        let (text, message) = (text.clone(), cx.message.clone());
        let name = names::file_name(cx.incident, file);
        Callback::from(move |_: MouseEvent| {
            if files::save_text(&text, "text/plain;charset=utf-8", &name).is_ok() {
                message.set(Some(s::DOC_SAVED));
            }
        })
    };
    let on_rebuild = {
        let edits = cx.edits.clone();
        Callback::from(move |_: MouseEvent| set_edit(&edits, id, None))
    };
    html! {
        <div class="document">
            <label for={id}>{ label.get(lang) }</label>
            if is_edited { <p class="hint document-edited">{ s::DOC_EDITED.get(lang) }</p> }
            <textarea {id} class="document-text" rows="18" lang="ja" value={text} oninput={on_input} />
            <div class="export-actions">
                <button type="button" class="button button-primary" id={format!("{id}-copy")} onclick={on_copy}>{ s::DOC_COPY.get(lang) }</button>
                <button type="button" class="button" id={format!("{id}-print")} onclick={on_print}>{ s::DOC_PRINT.get(lang) }</button>
                <button type="button" class="button button-secondary" id={format!("{id}-save")} onclick={on_save}>{ s::DOC_SAVE.get(lang) }</button>
                if is_edited {
                    <button type="button" class="button button-secondary" id={format!("{id}-rebuild")} onclick={on_rebuild}>{ s::DOC_REBUILD.get(lang) }</button>
                }
            </div>
        </div>
    }
}

/// The items of a PPC form, each its own small text area and copy button.
fn items(cx: &Ctx, prefix: &'static str, lines: Vec<Line>) -> Html {
    let lang = cx.lang;
    html! {
        <ol class="ppc-items">
            { for lines.into_iter().enumerate().map(|(n, line)| {
                let id = format!("{prefix}-{}", n + 1);
                let text = edited(cx.edits, &id).unwrap_or_else(|| if line.missing { documents::unconfirmed(&line.label) } else { line.value.clone() });
                let on_input = {
                    let (edits, id) = (cx.edits.clone(), id.clone());
                    Callback::from(move |e: InputEvent| set_edit(&edits, &id, Some(e.target_unchecked_into::<HtmlTextAreaElement>().value())))
                };
                let on_copy = {
                    let (text, id, message) = (text.clone(), id.clone(), cx.message.clone());
                    Callback::from(move |_: MouseEvent| copy(text.clone(), id.clone(), message.clone()))
                };
                html! {
                    <li class="ppc-item">
                        <label for={id.clone()}>{ line.label }</label>
                        <div class="ppc-item-row">
                            <textarea id={id.clone()} rows="2" lang="ja" value={text} oninput={on_input} />
                            <button type="button" class="button button-small" id={format!("{id}-copy")} onclick={on_copy}
                                aria-label={format!("{}: {}", s::DOC_COPY.get(lang), n + 1)}>{ s::DOC_COPY.get(lang) }</button>
                        </div>
                    </li>
                }
            }) }
        </ol>
    }
}

/// What the writer of the release sees above it: the publication verdict, whether it was marked
/// done, and a hold (3-4 (4)).
fn press_decision(incident: &Incident, lang: Lang) -> Html {
    let d = press::decision(incident);
    let verdict = match d.verdict {
        Verdict::Required => s::PRESS_REQUIRED,
        Verdict::MayBeRequired => s::PRESS_MAYBE,
        Verdict::NotRequired => s::PRESS_NOT,
    };
    html! {
        <div class="banner press-decision" id="press-decision">
            <p><strong>{ s::PRESS_DECISION.get(lang) }</strong></p>
            <p>{ verdict.get(lang) }
                if let Some(at) = d.published_at { {" "}{ format!("{} {}", s::PRESS_DONE.get(lang), at.jst_minute()) } }
            </p>
            if let Some(hold) = d.hold {
                <p class="press-hold"><strong>{ s::PRESS_HOLD.get(lang) }</strong>{ ": " }
                    { hold.decided_on.map_or_else(|| s::PRESS_HOLD_NO_DATE.get(lang).to_owned(), |d| d.to_string()) }{ " / " }
                    { if hold.reason.trim().is_empty() { s::PRESS_HOLD_NO_REASON.get(lang).to_owned() } else { hold.reason.trim().to_owned() } }
                </p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DocumentsProps {
    pub incident: Rc<Incident>,
    pub lang: Lang,
}

#[function_component(Documents)]
pub fn documents_section(props: &DocumentsProps) -> Html {
    let app = use_app();
    let lang = props.lang;
    let tab = use_state(|| Tab::Letter);
    let edits: Edits = use_state(|| Rc::new(Vec::new()));
    let message = use_state(|| None::<Text>);
    let cx = Ctx {
        incident: &props.incident,
        edits: &edits,
        message: &message,
        lang,
    };
    let (today, made_with) = (context::today(), context::made_with());
    let body = match *tab {
        Tab::Letter => draft(
            &cx,
            "doc-letter",
            s::DOC_LETTER,
            letter::draft(&props.incident, &app.settings, today, &made_with),
            "letter.txt",
        ),
        Tab::Press => html! { <>
            { press_decision(&props.incident, lang) }
            { draft(&cx, "doc-press", s::DOC_PRESS,
                press::draft(&props.incident, &app.settings, today, &made_with), "press.txt") }
        </> },
        Tab::Ppc => html! { <>
            <p class="hint">{ s::PPC_LEAD.get(lang) }</p>
            { items(&cx, "ppc-item", documents::ppc_items(&props.incident)) }
            if let Some(mine) = documents::my_number_items(&props.incident) {
                <h3>{ s::MY_NUMBER_ITEMS.get(lang) }</h3>
                { items(&cx, "mn-item", mine) }
            }
        </> },
    };
    let tab_button = |which: Tab, id: &'static str, label: Text| {
        let pressed = if *tab == which { "true" } else { "false" };
        let (tab, message) = (tab.clone(), message.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            message.set(None);
            tab.set(which);
        });
        html! { <button type="button" class="button button-small doc-tab" {id} aria-pressed={pressed} {onclick}>{ label.get(lang) }</button> }
    };
    html! {
        <section class="card documents" id="documents" aria-labelledby="documents-title">
            <h2 id="documents-title">{ s::DOCS_TITLE.get(lang) }</h2>
            <p class="hint">{ s::DOCS_LEAD.get(lang) }</p>
            <div class="doc-tabs" role="group" aria-label={s::DOCS_TITLE.get(lang)}>
                { tab_button(Tab::Letter, "doc-tab-letter", s::DOC_LETTER) }
                { tab_button(Tab::Press, "doc-tab-press", s::DOC_PRESS) }
                { tab_button(Tab::Ppc, "doc-tab-ppc", s::DOC_PPC) }
            </div>
            { body }
            <p class="export-message" role="status" aria-live="polite">{ message.map(|m| m.get(lang)).unwrap_or_default() }</p>
        </section>
    }
}
