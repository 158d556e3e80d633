//! A drill's own panel on its incident screen (issue 26): the drill's clock, the situation, the
//! injects that have arrived (each with the manual item it tests and a response field), the time
//! to the next one (announced when it arrives), the end, and then the debrief (print, .txt).
//! Drawn again every second while the drill runs; the rest of the screen is not.

use super::{drill_time, since_start, ReadScenario};
use crate::core::drill::debrief::Debrief;
use crate::core::drill::{DrillChange, DrillClock, DrillRun, Inject, Scenario, DRILL_MARK};
use crate::core::incident::{Change, Incident};
use crate::core::playbook::tasks_for;
use crate::core::report::escape;
use crate::core::text::Lang;
use crate::core::time::Timestamp;
use crate::ui::context;
use crate::ui::page_ids;
use crate::ui::strings as s;
use crate::web::{dom, files};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DrillPanelProps {
    pub incident: Rc<Incident>,
    pub scenario: ReadScenario,
    pub lang: Lang,
    pub on_change: Callback<Change>,
}

/// `h 時間 m 分` of a span in milliseconds, rounded up to the minute.
fn hours_minutes(ms: i64, lang: Lang) -> String {
    let minutes = (ms.max(0) + 59_999) / 60_000;
    s::DURATION_HM
        .get(lang)
        .replace("{h}", &(minutes / 60).to_string())
        .replace("{m}", &(minutes % 60).to_string())
}

/// `m 分 s 秒` of a span in milliseconds, rounded up to the second.
fn minutes_seconds(ms: i64, lang: Lang) -> String {
    let seconds = (ms.max(0) + 999) / 1000;
    s::DURATION_MS
        .get(lang)
        .replace("{m}", &(seconds / 60).to_string())
        .replace("{s}", &(seconds % 60).to_string())
}

/// Whether `inject` has arrived `elapsed` drill milliseconds after the start.
fn arrived(inject: &Inject, elapsed: i64) -> bool {
    i64::from(inject.at_minutes) * 60_000 <= elapsed
}

#[function_component(DrillPanel)]
pub fn drill_panel(props: &DrillPanelProps) -> Html {
    let lang = props.lang;
    let run = props.incident.drill.as_deref();
    let running = run.is_some_and(|r| r.ended_at.is_none());
    let tick = use_force_update();
    use_effect_with(running, move |running| {
        let timer = running
            .then(|| dom::every(1000, move || tick.force_update()))
            .flatten();
        move || drop(timer)
    });
    // The debrief takes the focus when the drill ends here (not when a drill opens ended).
    let first = use_mut_ref(|| true);
    use_effect_with(running, move |running| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) && !running {
            dom::focus_soon("#drill-debrief-title");
        }
    });
    // How many injects had arrived at the last drawing: one more is announced.
    let seen = use_mut_ref(|| None::<usize>);
    let announcement = use_mut_ref(String::new);
    let failed = use_state(|| false);
    let Some(run) = run else {
        return Html::default();
    };
    let scenario = match &*props.scenario {
        Some(Ok(scenario)) => scenario.clone(),
        Some(Err(e)) => {
            return html! {
                <section class="card drill-panel" id="drill-panel">
                    <p class="field-error">{ format!("{} {}", s::SCENARIO_BROKEN.get(lang), e.message(lang)) }</p>
                    { end_button(running, lang, &props.on_change) }
                </section>
            }
        }
        None => return Html::default(),
    };
    let now = context::now();
    let clock = run.clock();
    let at = drill_time(clock, run.ended_at, now);
    let elapsed = at.0 - clock.started_at.0;
    let came: Vec<&Inject> = scenario
        .injects
        .iter()
        .filter(|i| arrived(i, elapsed))
        .collect();
    {
        let mut seen = seen.borrow_mut();
        if seen.is_some_and(|before| came.len() > before) {
            if let Some(last) = came.last() {
                *announcement.borrow_mut() = format!(
                    "{} {}: {}",
                    s::INJECT_ARRIVED.get(lang),
                    since_start(i64::from(last.at_minutes)),
                    last.text.get(lang)
                );
            }
        }
        *seen = Some(came.len());
    }
    let next = scenario.injects.iter().find(|i| !arrived(i, elapsed));
    html! {
        <section class="card drill-panel" id="drill-panel" aria-labelledby="drill-panel-title">
            <h2 id="drill-panel-title">{ DRILL_MARK }{ scenario.title.get(lang) }</h2>
            <div class="drill-clock" id="drill-clock">
                <p>
                    <strong>{ s::DRILL_CLOCK.get(lang) }{": "}</strong>
                    <span id="drill-time">{ at.jst_minute() }</span>{" "}
                    <span class="drill-since">{ format!("({} {})", s::SINCE_START.get(lang), since_start(elapsed / 60_000)) }</span>
                </p>
                if run.speed > 1 {
                    <p class="hint">{ s::DRILL_SPEED_NOTE.get(lang).replace("{}", &run.speed.to_string()) }</p>
                }
                if !running { <p><strong>{ s::DRILL_ENDED.get(lang) }</strong></p> }
            </div>
            <details class="drill-situation" open={came.is_empty()}>
                <summary>{ s::DRILL_SITUATION.get(lang) }</summary>
                { for scenario.situation.iter().map(|p| html! { <p>{ p.get(lang) }</p> }) }
            </details>
            <h3 id="drill-injects-title">{ s::INJECTS_TITLE.get(lang) }</h3>
            if came.is_empty() { <p class="hint">{ s::NO_INJECTS_YET.get(lang) }</p> }
            <ol class="drill-injects" aria-labelledby="drill-injects-title">
                { for came.iter().map(|i| inject(i, run, &props.incident, lang, &props.on_change)) }
            </ol>
            if running {
                { next_line(next, clock, now, elapsed, lang) }
            }
            <p class="visually-hidden" role="status" aria-live="assertive" id="drill-announce">{ announcement.borrow().clone() }</p>
            { end_button(running, lang, &props.on_change) }
            if let Some(ended) = run.ended_at.filter(|_| !running) {
                { debrief(&props.incident, &scenario, ended, lang, &failed) }
            }
        </section>
    }
}

/// When the next inject comes, in drill time (and real time when the drill runs faster).
fn next_line(
    next: Option<&Inject>,
    clock: DrillClock,
    now: Timestamp,
    elapsed: i64,
    lang: Lang,
) -> Html {
    let Some(next) = next else {
        return html! { <p class="drill-next" id="drill-next">{ s::NO_MORE_INJECTS.get(lang) }</p> };
    };
    let drill_ms = i64::from(next.at_minutes) * 60_000 - elapsed;
    let real_ms = clock.real_time_at(next.at_minutes).0 - now.0;
    html! {
        <p class="drill-next" id="drill-next">
            { format!("{}: {} {}", s::NEXT_INJECT.get(lang), s::DRILL_TIME.get(lang), hours_minutes(drill_ms, lang)) }
            if clock.speed > 1 { { s::REAL_TIME_ABOUT.get(lang).replace("{}", &minutes_seconds(real_ms, lang)) } }
        </p>
    }
}

/// One inject that has arrived: when, what, the manual item it tests (a link to it on the page)
/// and what the participant did about it.
fn inject(
    inject: &Inject,
    run: &DrillRun,
    incident: &Incident,
    lang: Lang,
    on_change: &Callback<Change>,
) -> Html {
    let when = Timestamp(run.started_at.0 + i64::from(inject.at_minutes) * 60_000);
    let key = inject.item.task_key();
    // The item as the page shows it: merged, a task of several sections is shown once.
    let shown = tasks_for(&incident.kinds)
        .into_iter()
        .find(|m| m.item.task_key() == key || m.also.iter().any(|a| a.task_key() == key))
        .map(|m| m.item);
    let link = shown.map(|item| {
        let is_task = item.kind.is_task();
        let target = page_ids::item_done(item);
        let onclick = Callback::from(move |e: MouseEvent| {
            if is_task {
                e.prevent_default();
                dom::jump_to(&target);
            }
        });
        html! { <a href={format!("#{}", page_ids::item(item))} {onclick}>{ inject.item.text.get(lang) }</a> }
    });
    let id = inject.id.clone();
    let oninput = on_change.reform(move |e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
        Change::Drill(DrillChange::Respond(id.clone(), value))
    });
    let response = page_ids::drill_response(&inject.id);
    html! {
        <li class="drill-inject" id={page_ids::drill_inject(&inject.id)}>
            <p class="drill-inject-when"><strong>{ since_start(i64::from(inject.at_minutes)) }</strong>{" "}{ when.jst_minute() }</p>
            <p class="drill-inject-text">{ inject.text.get(lang) }</p>
            <p class="drill-inject-item">
                { s::INJECT_TESTS.get(lang) }{": "}
                { link.unwrap_or_else(|| html! { { inject.item.text.get(lang) } }) }{" "}
                <span class="section-ref">{ format!("{} {}", s::SECTION.get(lang), inject.item.section_in(lang)) }</span>
            </p>
            <label for={response.clone()}>{ s::INJECT_RESPONSE.get(lang) }</label>
            <textarea id={response} rows="2" maxlength="20000" {oninput}
                value={run.responses.get(&inject.id).cloned().unwrap_or_default()} />
        </li>
    }
}

fn end_button(running: bool, lang: Lang, on_change: &Callback<Change>) -> Html {
    if !running {
        return Html::default();
    }
    let onclick = on_change.reform(|_: MouseEvent| Change::Drill(DrillChange::End));
    html! {
        <div class="drill-end">
            <button type="button" class="button button-primary" id="drill-end" {onclick} aria-describedby="drill-end-hint">
                { s::END_DRILL.get(lang) }
            </button>
            <p class="hint" id="drill-end-hint">{ s::END_DRILL_HINT.get(lang) }</p>
        </div>
    }
}

/// The debrief, on screen as the core writes it (escaped HTML), with print and the file (both
/// made at the click, from the record as it is then).
fn debrief(
    incident: &Rc<Incident>,
    scenario: &Rc<Scenario>,
    ended: Timestamp,
    lang: Lang,
    failed: &UseStateHandle<bool>,
) -> Html {
    let body = Debrief::of(incident, scenario, ended).to_html(lang);
    let title = format!(
        "{DRILL_MARK}{} {}",
        s::DEBRIEF_TITLE.get(lang),
        incident.title
    );
    let print = {
        let page = format!(
            "<p class=\"drill-banner\">{}</p><h1>{}</h1>{body}",
            escape(s::DRILL_BANNER.get(lang)),
            escape(&title)
        );
        Callback::from(move |_: MouseEvent| files::print_html(&page))
    };
    let save = {
        let (incident, scenario, failed) = (incident.clone(), scenario.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let text = Debrief::of(&incident, &scenario, ended).to_text(lang);
            let stamp = ended.jst_minute().replace(['-', ':'], "").replace(' ', "-");
            let name = format!("drill-debrief-{}-{stamp}.txt", scenario.id);
            failed.set(files::save_text(&text, "text/plain;charset=utf-8", &name).is_err());
        })
    };
    html! {
        <section class="drill-debrief" id="drill-debrief" aria-labelledby="drill-debrief-title">
            <h2 id="drill-debrief-title" tabindex="-1">{ title }</h2>
            <div class="debrief-body">{ Html::from_html_unchecked(AttrValue::from(body)) }</div>
            <div class="actions">
                <button type="button" class="button button-primary" id="drill-debrief-print" onclick={print}>{ s::PRINT_DEBRIEF.get(lang) }</button>
                <button type="button" class="button" id="drill-debrief-save" onclick={save} aria-describedby="drill-debrief-hint">{ s::SAVE_DEBRIEF.get(lang) }</button>
            </div>
            <p class="hint" id="drill-debrief-hint">{ s::DEBRIEF_FILE_HINT.get(lang) }</p>
            if **failed { <p class="field-error" role="alert">{ s::DEBRIEF_SAVE_FAILED.get(lang) }</p> }
        </section>
    }
}
