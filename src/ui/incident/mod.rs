//! One incident: its particulars, the flow of the response as a task list (GOV.UK "task list"
//! pattern) with the manual's questions in place, and the timeline.

pub mod export;
mod hold;
mod lock;
pub mod obligations;
mod question;
mod task;
mod timeline;

use super::app::use_app;
use super::context;
use super::drill;
use super::page_ids;
use super::strings as s;
use crate::core::drill::Scenario;
use crate::core::incident::{Change, Incident};
use crate::core::playbook::questions::{Question, QuestionGroup};
use crate::core::playbook::{questions_for, tasks_for, IncidentKind, Item, MergedItem, Phase};
use crate::core::state::{Action, Screen};
use crate::core::text::Lang;
use crate::core::time::CivilDate;
use crate::web::dom;
use obligations::Obligations;
use question::QuestionField;
use task::TaskRow;
use timeline::Timeline;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IncidentScreenProps {
    pub id: String,
}

#[function_component(IncidentScreen)]
pub fn incident_screen(props: &IncidentScreenProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    // One callback for the life of the screen: rows and questions whose data did not change then
    // compare equal and skip re-rendering while the user types elsewhere.
    let on_change = {
        let dispatcher = app.dispatcher();
        use_callback(props.id.clone(), move |change: Change, id: &String| {
            dispatcher.dispatch(Action::Edit {
                id: id.clone(),
                change,
                at: context::now(),
            })
        })
    };
    let take_over = lock::use_edit_lock(&app, &props.id);
    let read_only = app.is_read_only(&props.id);
    let scenario = drill::use_scenario(app.incidents.get(&props.id).cloned());
    let seen = drill::use_tick(
        app.incidents
            .get(&props.id)
            .and_then(|i| i.drill.as_ref())
            .is_some_and(|run| run.ended_at.is_none()),
    );
    let Some(incident) = app.incidents.get(&props.id).cloned() else {
        let home = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::Navigate(Screen::Home)))
        };
        return html! { <><h1 tabindex="-1">{ s::UNTITLED.get(lang) }</h1><button class="button" onclick={home}>{ s::HOME.get(lang) }</button></> };
    };
    let (done, all) = incident.progress();
    let tasks = tasks_for(&incident.kinds);
    let questions = questions_for(&incident.kinds);
    let next = tasks
        .iter()
        .find(|m| m.item.kind.is_task() && !incident.is_done(m.item))
        .map(|m| m.item);
    let is_drill = incident.drill.is_some();
    let today = drill::today(&incident);
    let read = match &*scenario {
        Some(Ok(read)) => Some(read.clone()),
        _ => None,
    };
    html! {
        <>
            if is_drill { { drill::banner(lang) } }
            <h1 tabindex="-1" class="incident-title">
                { incident.kinds.iter().map(|k| k.guide().title.get(lang)).collect::<Vec<_>>().join(" / ") }
            </h1>
            <p class="progress-line">
                <progress max={all.to_string()} value={done.to_string()} aria-label={s::PROGRESS.get(lang)} />
                <span>{ format!("{} {done}/{all}", s::PROGRESS.get(lang)) }</span>
            </p>
            if read_only {
                { lock::read_only_banner(lang, take_over) }
            }
            if let Some(Err(e)) = &*scenario {
                <p class="field-error">{ format!("{} {}", s::SCENARIO_BROKEN.get(lang), e.message(lang)) }</p>
            }
            { next_step(next, lang) }
            // Disabled as a whole while another tab edits: no control here can change the record.
            <fieldset class="editable" disabled={read_only} onclick={is_drill.then(|| drill::reveal_on(&on_change))}>
            if let Some(read) = &read {
                { drill::panel(&incident, read, lang, &on_change, &seen) }
            }
            { particulars(&incident, lang, &on_change, today) }
            <Obligations incident={incident.clone()} lang={lang} on_change={on_change.clone()} today={today} scenario={read.clone()} />
            <nav class="flow-nav" aria-label={s::FLOW_NAV.get(lang)}>
                <ol>{ for Phase::ALL.iter().map(|p| html! {
                    <li><a href={format!("#phase-{}", p.slug())}>{ p.title().get(lang) }</a></li>
                }) }
                <li class="nav-extra"><a href="#obligations">{ s::NAV_DUTIES.get(lang) }</a></li>
                <li class="nav-extra"><a href="#export">{ s::NAV_EXPORT.get(lang) }</a></li>
                <li class="nav-extra"><a href="#documents">{ s::NAV_DOCUMENTS.get(lang) }</a></li>
                </ol>
            </nav>
            { for Phase::ALL.iter().map(|&phase| phase_section(&incident, (&tasks, &questions), phase, (lang, read.as_deref()), &on_change)) }
            <Timeline incident={incident.clone()} lang={lang} on_change={on_change} />
            </fieldset>
            if is_drill { { drill::banner(lang) } }
            <export::Export incident={incident.clone()} lang={lang} />
            <export::Documents incident={incident} lang={lang} />
        </>
    }
}

/// One phase of the flow; `tasks` and `questions` are the incident's whole lists, computed once per
/// render by the caller.
fn phase_section(
    incident: &Incident,
    (tasks, questions): (&[MergedItem], &[&'static Question]),
    phase: Phase,
    (lang, scenario): (Lang, Option<&Scenario>),
    on_change: &Callback<Change>,
) -> Html {
    let items: Vec<MergedItem> = tasks
        .iter()
        .filter(|m| m.item.phase == phase)
        .cloned()
        .collect();
    let questions: Vec<&'static Question> = questions
        .iter()
        .copied()
        .filter(|q| q.phase == phase && q.group != QuestionGroup::Legal && q.is_asked(incident))
        .collect();
    let legend = match phase {
        Phase::DiscoveryAndReport => Some(s::REPORTER_LEGEND),
        Phase::InitialResponse => Some(s::FACTS_LEGEND),
        Phase::Investigation => Some(s::SEVERITY_LEGEND),
        _ => None,
    };
    let heading = format!("phase-{}", phase.slug());
    let field = |q: &&'static Question| {
        let field = html! { <QuestionField key={q.id} question={*q} answer={incident.answers.get(q.id).cloned()} lang={lang} on_change={on_change.clone()} /> };
        std::iter::once(field).chain(drill::fact(incident, scenario, q, lang))
    };
    html! {
        <section class="card phase" id={heading.clone()} aria-labelledby={format!("{heading}-title")}>
            <h2 id={format!("{heading}-title")}>{ phase.title().get(lang) }</h2>
            <ul class="task-list">
                { for items.into_iter().map(|merged| {
                    let record = incident.tasks.get(merged.item.task_key()).cloned();
                    let key = merged.item.id;
                    html! { <TaskRow key={key} merged={merged} record={record} lang={lang} on_change={on_change.clone()} /> }
                }) }
            </ul>
            if !questions.is_empty() {
                <fieldset class="questions">
                    <legend>{ legend.map(|l| l.get(lang)).unwrap_or_default() }</legend>
                    { for questions.iter().flat_map(&field) }
                    if phase == Phase::InitialResponse {
                        <p class="hint legal-moved">{ s::LEGAL_MOVED.get(lang) }{" "}<a href="#obligations">{ s::NAV_DUTIES.get(lang) }</a></p>
                    }
                </fieldset>
            }
        </section>
    }
}

/// The first task not yet done, with a jump to it: for a user who has lost their place.
fn next_step(next: Option<&'static Item>, lang: Lang) -> Html {
    let Some(item) = next else {
        return html! { <div class="next-step next-step-done"><p>{ s::ALL_DONE.get(lang) }</p></div> };
    };
    let target = page_ids::item_done(item);
    let jump = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dom::jump_to(&target);
    });
    html! {
        <div class="next-step">
            <h2 class="next-step-title">{ s::NEXT_STEP.get(lang) }</h2>
            <p>{ item.text.get(lang) }{" "}<span class="section-ref">{ format!("{} {}", s::SECTION.get(lang), item.section_in(lang)) }</span></p>
            <a href={format!("#{}", page_ids::item(item))} class="button button-small" onclick={jump}>{ s::GO_TO_STEP.get(lang) }</a>
        </div>
    }
}

/// Title, the day it became known, and the types (which can change as facts come in).
fn particulars(
    incident: &Incident,
    lang: Lang,
    on_change: &Callback<Change>,
    today: CivilDate,
) -> Html {
    let on_title = on_change.reform(|e: InputEvent| {
        Change::SetTitle(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_known = on_change.reform(|e: Event| {
        Change::SetKnownOn(CivilDate::parse(
            &e.target_unchecked_into::<HtmlInputElement>().value(),
        ))
    });
    let set_known = |offset: i64| {
        on_change.reform(move |_: MouseEvent| Change::SetKnownOn(Some(today.add_days(offset))))
    };
    html! {
        <section class="card particulars" aria-label={s::KINDS_OF_INCIDENT.get(lang)}>
            <div class="field">
                <label for="incident-title">{ s::TITLE_LABEL.get(lang) }</label>
                <input id="incident-title" type="text" maxlength="200" value={incident.title.clone()}
                    placeholder={s::TITLE_HINT.get(lang)} oninput={on_title} />
            </div>
            <div class={classes!("field", "known-on", incident.known_on.is_none().then_some("is-missing"))}>
                <label for={page_ids::KNOWN_ON}>{ s::KNOWN_ON.get(lang) }</label>
                <p class="hint" id="incident-known-on-hint">{ s::KNOWN_ON_HINT.get(lang) }</p>
                <div class="known-on-row">
                    <input id={page_ids::KNOWN_ON} type="date" value={incident.known_on.map(|d| d.to_string()).unwrap_or_default()}
                        aria-describedby="incident-known-on-hint incident-known-on-state" onchange={on_known} />
                    <button type="button" class="button button-small" id="known-on-today" onclick={set_known(0)}>{ s::TODAY.get(lang) }</button>
                    <button type="button" class="button button-small" id="known-on-yesterday" onclick={set_known(-1)}>{ s::YESTERDAY.get(lang) }</button>
                </div>
                <p class="known-on-state" id="incident-known-on-state">
                    if incident.known_on.is_none() { { s::KNOWN_ON_MISSING.get(lang) } }
                </p>
            </div>
            <details class="change-kinds">
                <summary>{ s::CHANGE_KINDS.get(lang) }</summary>
                <fieldset>
                    <legend>{ s::KINDS_OF_INCIDENT.get(lang) }</legend>
                    { for IncidentKind::ALL.iter().map(|&kind| {
                        let id = format!("has-kind-{}", kind.slug());
                        let on_toggle = on_change.reform(move |e: Event| Change::SetKind(kind, e.target_unchecked_into::<HtmlInputElement>().checked()));
                        html! {
                            <div class="check check-inline">
                                <input type="checkbox" id={id.clone()} checked={incident.kinds.contains(&kind)} onchange={on_toggle} />
                                <label for={id}>{ format!("{} {}", kind.guide().section, kind.guide().title.get(lang)) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            </details>
        </section>
    }
}
