//! The drill's screens (issue 26): the start screen ([`start`]), and on a drill's incident screen
//! the banner, the facts to find out beside their questions, and the running drill's panel
//! ([`running`]: the clock, the injects, the end and the debrief). A drill is the real incident
//! screen with these added; its clock drives the legal clock through [`use_today`].

mod running;
mod start;

pub use running::{panel, Seen};
pub use start::DrillStart;

use crate::core::drill::{DrillChange, DrillClock, Scenario, ScenarioError, DRILL_MARK};
use crate::core::incident::{Change, Incident};
use crate::core::playbook::questions::Question;
use crate::core::report::escape;
use crate::core::text::Lang;
use crate::core::time::{CivilDate, Timestamp};
use crate::ui::context;
use crate::ui::page_ids;
use crate::ui::strings as s;
use crate::web::dom;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// A drill's scenario as read from its record: `None` for a real incident.
pub type ReadScenario = Rc<Option<Result<Rc<Scenario>, ScenarioError>>>;

/// The drill's time at real time `now`; the clock stops when the drill ended.
pub fn drill_time(clock: DrillClock, ended_at: Option<Timestamp>, now: Timestamp) -> Timestamp {
    let until = ended_at.map_or(now, |end| Timestamp(now.0.min(end.0)));
    clock.drill_time(until)
}

/// The drill's scenario, read again only when its text changes. While a drill's screen is shown,
/// the document's title begins with 【訓練】 (restored when it goes).
#[hook]
pub fn use_scenario(incident: Option<Rc<Incident>>) -> ReadScenario {
    let text = incident.and_then(|i| i.drill.as_ref().map(|run| run.scenario.clone()));
    use_effect_with(text.is_some(), |&drill| {
        let before = drill
            .then(|| dom::retitle(|title| format!("{DRILL_MARK}{title}")))
            .flatten();
        move || {
            if let Some(before) = before {
                dom::retitle(|_| before);
            }
        }
    });
    use_memo(text, |text| {
        text.as_deref()
            .map(|text| Scenario::parse(text).map(Rc::new))
    })
}

/// While a drill runs, its screen is drawn again every second (its clock, its injects, and the
/// legal clock on the drill's day); the panel's memory between drawings.
#[hook]
pub fn use_tick(running: bool) -> Rc<RefCell<Seen>> {
    let redraw = use_force_update();
    let seen = use_mut_ref(Seen::default);
    seen.borrow_mut().redraw = Some(redraw.clone());
    use_effect_with(running, move |running| {
        let timer = running
            .then(|| dom::every(1000, move || redraw.force_update()))
            .flatten();
        move || drop(timer)
    });
    seen
}

/// "Today" for the incident's deadlines: the drill's day on its clock, or the real day.
pub fn today(incident: &Incident) -> CivilDate {
    match &incident.drill {
        Some(run) => CivilDate::of(drill_time(run.clock(), run.ended_at, context::now())),
        None => context::today(),
    }
}

/// The banner that marks every screen of a drill.
pub fn banner(lang: Lang) -> Html {
    html! { <p class="drill-banner" role="note">{ s::DRILL_BANNER.get(lang) }</p> }
}

/// Under a question of a drill: the button that finds out its scripted fact, or the fact once
/// found out (`None` when the scenario has no fact for it, or for a real incident). Escaped
/// HTML: the button is heard by [`reveal_on`] on the form around it.
pub fn fact(
    incident: &Incident,
    scenario: Option<&Scenario>,
    q: &'static Question,
    lang: Lang,
) -> Option<Html> {
    let (Some(run), Some(scenario)) = (&incident.drill, scenario) else {
        return None;
    };
    let fact = scenario.facts.iter().find(|f| f.question == q.id)?;
    let id = page_ids::drill_fact(q);
    let html = if run.revealed.iter().any(|r| r == q.id) {
        format!(
            "<div class=\"drill-fact\" id=\"{id}\" tabindex=\"-1\"><strong>{}: </strong>{}</div>",
            s::FACT_FOUND.get(lang),
            escape(fact.answer.get(lang))
        )
    } else {
        format!(
            "<p class=\"drill-reveal\"><button type=\"button\" class=\"button button-small\" id=\"{}\" data-reveal=\"{}\" data-fact=\"{id}\" aria-label=\"{}{}\">{}</button></p>",
            page_ids::drill_reveal(q),
            escape(q.id),
            s::REVEAL_FACT_LABEL.get(lang),
            escape(q.text.get(lang)),
            s::REVEAL_FACT.get(lang)
        )
    };
    // Keyed, as the question fields beside it are: a list's children are all keyed or none.
    let key = format!("{}+fact", q.id);
    Some(
        html! { <div {key} class="drill-slot">{ Html::from_html_unchecked(AttrValue::from(html)) }</div> },
    )
}

/// The click of a fact's button ([`fact`]), heard on the form around the questions: finds it
/// out and puts the focus on it.
pub fn reveal_on(on_change: &Callback<Change>) -> Callback<MouseEvent> {
    let on_change = on_change.clone();
    Callback::from(move |e: MouseEvent| {
        let Some(button) = e.target_dyn_into::<Element>() else {
            return;
        };
        if let (Some(question), Some(fact)) = (
            button.get_attribute("data-reveal"),
            button.get_attribute("data-fact"),
        ) {
            dom::focus_soon(&format!("#{fact}"));
            on_change.emit(Change::Drill(DrillChange::Reveal(question)));
        }
    })
}

/// `+h:mm` from the drill's start.
fn since_start(minutes: i64) -> String {
    format!("+{}:{:02}", minutes / 60, minutes % 60)
}
