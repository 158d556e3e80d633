//! The register on screen: narrowed and ordered as the secretariat chooses, one row per
//! incident with its PPC clock, and the secretariat's progress form under each row.

use super::rows;
use crate::core::playbook::IncidentKind;
use crate::core::register::desk::{Desk, DeskAction};
use crate::core::register::{Filter, Order, Progress, RowStatus};
use crate::core::text::Lang;
use crate::core::time::CivilDate;
use crate::ui::app::use_app;
use crate::ui::context;
use crate::ui::strings as s;
use crate::web::dom;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub desk: UseReducerHandle<Desk>,
}

pub(super) fn status_label(status: RowStatus) -> s::Label {
    match status {
        RowStatus::Overdue => s::ST_OVERDUE,
        RowStatus::Due => s::ST_DUE,
        RowStatus::NeedsKnownDate => s::ST_NEEDS_DATE,
        RowStatus::Filed => s::ST_FILED,
        RowStatus::NotNeeded => s::ST_NOT_NEEDED,
    }
}

fn select(
    id: &str,
    label: s::Label,
    value: String,
    options: Vec<(String, String)>,
    lang: Lang,
    on: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        on.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <div class="register-control">
            <label for={id.to_owned()}>{ label.get(lang) }</label>
            <select id={id.to_owned()} {onchange}>
                { for options.into_iter().map(|(v, text)| { let selected = v == value; html! { <option {selected} value={v}>{ text }</option> } }) }
            </select>
        </div>
    }
}

fn controls(desk: &UseReducerHandle<Desk>, lang: Lang) -> Html {
    let (filter, order) = (desk.filter.clone(), desk.order);
    let all = || (String::new(), s::ALL.get(lang).to_owned());
    let set = |change: fn(&mut Filter, String)| {
        let (desk, filter) = (desk.clone(), filter.clone());
        Callback::from(move |v: String| {
            let mut next = filter.clone();
            change(&mut next, v);
            desk.dispatch(DeskAction::SetFilter(next));
        })
    };
    let orders = [
        (Order::NextDeadline, s::ORDER_DEADLINE),
        (Order::Received, s::ORDER_RECEIVED),
        (Order::Section, s::ORDER_SECTION),
        (Order::KnownDate, s::ORDER_KNOWN),
    ];
    let on_order = {
        let desk = desk.clone();
        Callback::from(move |v: String| {
            let order = orders
                .iter()
                .enumerate()
                .find(|(n, _)| n.to_string() == v)
                .map_or(Order::NextDeadline, |(_, o)| o.0);
            desk.dispatch(DeskAction::SetOrder(order));
        })
    };
    let order_at = orders
        .iter()
        .position(|o| o.0 == order)
        .unwrap_or(0)
        .to_string();
    let kind_at = filter
        .kind
        .and_then(|k| IncidentKind::ALL.iter().position(|x| *x == k))
        .map_or(String::new(), |n| n.to_string());
    let status_at = filter
        .status
        .and_then(|st| RowStatus::ALL.iter().position(|x| *x == st))
        .map_or(String::new(), |n| n.to_string());
    html! {
        <div class="register-controls">
            { select("register-order", s::ORDER_LABEL, order_at, orders.iter().enumerate().map(|(n, o)| (n.to_string(), o.1.get(lang).to_owned())).collect(), lang, on_order) }
            { select("register-status", s::FILTER_STATUS, status_at,
                std::iter::once(all()).chain(RowStatus::ALL.iter().enumerate().map(|(n, st)| (n.to_string(), status_label(*st).get(lang).to_owned()))).collect(), lang,
                set(|f, v| f.status = v.parse::<usize>().ok().and_then(|n| RowStatus::ALL.get(n).copied()))) }
            { select("register-kind", s::FILTER_KIND, kind_at,
                std::iter::once(all()).chain(IncidentKind::ALL.iter().enumerate().map(|(n, k)| (n.to_string(), k.guide().title.get(lang).to_owned()))).collect(), lang,
                set(|f, v| f.kind = v.parse::<usize>().ok().and_then(|n| IncidentKind::ALL.get(n).copied()))) }
            { select("register-section", s::FILTER_SECTION, filter.section.clone(),
                std::iter::once(all()).chain(desk.register.sections().into_iter().map(|x| (x.clone(), x))).collect(), lang,
                set(|f, v| f.section = v)) }
        </div>
    }
}

/// The table section.
#[function_component(RegisterTable)]
pub fn register_table(props: &TableProps) -> Html {
    let lang = use_app().lang;
    let desk = &props.desk;
    let today = context::today();
    let rows = desk.register.select(&desk.filter, desk.order, today);
    // The table is one piece of HTML, replaced whenever it changes. While the focus is in a
    // progress form the table is not written again (its HTML is kept as it is in the page), so a
    // date typed and Tab go on to the next field; when the focus leaves the form, the table is
    // written afresh (the row's status follows), with the open forms open and the focus put
    // back where it went.
    let open = use_mut_ref(Vec::<String>::new);
    let focused = use_mut_ref(String::new);
    let editing = use_mut_ref(|| false);
    let written = use_mut_ref(String::new);
    let rewrote = use_mut_ref(|| false);
    let later = use_mut_ref(|| None::<dom::Timer>);
    let refresh = use_force_update();
    let typing = use_state(|| false);
    {
        // Only after the table was written again: during a field's change event the browser
        // has already let go of the focus, and taking it back then would undo the user's Tab.
        let (focused, rewrote) = (focused.clone(), rewrote.clone());
        use_effect(move || {
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(d) = document.filter(|_| *rewrote.borrow()) {
                let lost = d.active_element().is_none_or(|e| e.tag_name() == "BODY");
                // Copied out: focus() fires focusin at once (Firefox), whose handler writes it.
                let id = focused.borrow().clone();
                if let (true, Some(el)) = (lost, d.get_element_by_id(&id)) {
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
        });
    }
    // Typed but not yet committed (a change fires when the field is left): closing the tab asks.
    use_effect_with(*typing, |typing| {
        let guard = typing.then(dom::ask_before_leaving);
        move || drop(guard)
    });
    let in_form = |e: &web_sys::Element| {
        e.closest(".register-progress-fields")
            .ok()
            .flatten()
            .is_some()
    };
    let on_focus_in = {
        let (focused, editing) = (focused.clone(), editing.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::Element>() {
                *focused.borrow_mut() = t.id();
                *editing.borrow_mut() = in_form(&t);
            }
        })
    };
    let on_focus_out = {
        let (focused, editing, refresh) = (focused.clone(), editing.clone(), refresh.clone());
        Callback::from(move |e: FocusEvent| {
            let next = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            *focused.borrow_mut() = next.as_ref().map(|n| n.id()).unwrap_or_default();
            if *editing.borrow() && !next.as_ref().is_some_and(in_form) {
                *editing.borrow_mut() = false;
                // After the focus has moved: then the table is written and the focus put back.
                let refresh = refresh.clone();
                *later.borrow_mut() = dom::after(0, move || refresh.force_update());
            }
        })
    };
    let on_input = {
        let typing = typing.clone();
        Callback::from(move |_: InputEvent| typing.set(true))
    };
    // A progress form opened or closed (by click, Enter or Space on its summary).
    let on_click = {
        let (open, refresh) = (open.clone(), refresh.clone());
        Callback::from(move |e: MouseEvent| {
            let details = e
                .target_dyn_into::<web_sys::Element>()
                .filter(|t| t.tag_name() == "SUMMARY")
                .and_then(|t| t.parent_element());
            if let Some(id) =
                details.and_then(|d| d.id().strip_prefix("progress-").map(str::to_owned))
            {
                {
                    let mut open = open.borrow_mut();
                    match open.iter().position(|o| *o == id) {
                        Some(at) => {
                            open.remove(at);
                        }
                        None => open.push(id),
                    }
                }
                // Written again with (or without) the form's fields (the list is let go first:
                // the render reads it).
                refresh.force_update();
            }
        })
    };
    *rewrote.borrow_mut() = false;
    if !*editing.borrow() {
        let table = rows::table(&rows, today, &open.borrow(), lang);
        if table != *written.borrow() {
            *written.borrow_mut() = table;
            *rewrote.borrow_mut() = true;
        }
    }
    let total = desk.register.real_len();
    // A change in a progress form: read that incident's fields by their ids.
    let on_change = {
        let (desk, typing) = (desk.clone(), typing.clone());
        Callback::from(move |e: Event| {
            let Some(target) = e.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            let Some(id) = target
                .id()
                .strip_prefix("progress-")
                .and_then(|rest| rest.rsplit_once('-'))
                .map(|(id, _)| id.to_owned())
            else {
                return;
            };
            let document = web_sys::window().and_then(|w| w.document());
            let value = |field: &str| {
                document
                    .as_ref()
                    .and_then(|d| d.get_element_by_id(&rows::field_id(&id, field)))
                    .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let date = |field: &str| CivilDate::parse(&value(field));
            typing.set(false);
            desk.dispatch(DeskAction::SetProgress(
                id.clone(),
                Progress {
                    preliminary_filed_on: date("pre"),
                    final_filed_on: date("final"),
                    mic_reported_on: date("mic"),
                    published_on: date("pub"),
                    notes: value("notes"),
                },
            ));
        })
    };
    html! {
        <section class="register-table" aria-labelledby="register-table-title">
            <h2 id="register-table-title">{ s::TABLE_TITLE.get(lang) }</h2>
            if total == 0 {
                <p>{ s::EMPTY_REGISTER.get(lang) }</p>
            } else {
                { controls(desk, lang) }
                <p role="status" id="register-count">{ s::SHOWN_OF.get(lang).replacen("{}", &rows.len().to_string(), 1).replacen("{}", &total.to_string(), 1) }</p>
                if rows.is_empty() {
                    <p>{ s::NONE_MATCH.get(lang) }</p>
                } else {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="register-table-title" onchange={on_change} onfocusin={on_focus_in} onfocusout={on_focus_out} oninput={on_input} onclick={on_click}>
                        { Html::from_html_unchecked(AttrValue::from(written.borrow().clone())) }
                    </div>
                }
            }
        </section>
    }
}
