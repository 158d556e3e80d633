//! The drill's screens (issue 26): the start screen ([`start`]), and on a drill's incident screen
//! the banner, the facts to find out beside their questions, and the running drill's panel
//! ([`running`]: the clock, the injects, the end and the debrief). A drill is the real incident
//! screen with these added; its clock drives the legal clock through [`use_today`].

mod running;
mod start;

pub use running::DrillPanel;
pub use start::DrillStart;

use crate::core::drill::{DrillChange, DrillClock, Scenario, ScenarioError};
use crate::core::incident::{Change, Incident};
use crate::core::playbook::questions::Question;
use crate::core::text::Lang;
use crate::core::time::{CivilDate, Timestamp};
use crate::ui::context;
use crate::ui::page_ids;
use crate::ui::strings as s;
use crate::web::dom;
use std::rc::Rc;
use yew::prelude::*;

/// A drill's scenario as read from its record: `None` for a real incident.
pub type ReadScenario = Rc<Option<Result<Rc<Scenario>, ScenarioError>>>;

/// The drill's time at real time `now`; the clock stops when the drill ended.
pub fn drill_time(clock: DrillClock, ended_at: Option<Timestamp>, now: Timestamp) -> Timestamp {
    let until = ended_at.map_or(now, |end| Timestamp(now.0.min(end.0)));
    clock.drill_time(until)
}

/// The drill's scenario, read again only when its text changes.
#[hook]
pub fn use_scenario(incident: Option<Rc<Incident>>) -> ReadScenario {
    let text = incident.and_then(|i| i.drill.as_ref().map(|run| run.scenario.clone()));
    use_memo(text, |text| {
        text.as_deref()
            .map(|text| Scenario::parse(text).map(Rc::new))
    })
}

/// "Today" for the incident's deadlines: the drill's day on its clock (the screen is drawn again
/// when that day changes), or the real day for a real incident.
#[hook]
pub fn use_today(run: Option<(DrillClock, Option<Timestamp>)>) -> CivilDate {
    let day = move || match run {
        Some((clock, ended)) => CivilDate::of(drill_time(clock, ended, context::now())),
        None => context::today(),
    };
    let shown = use_state_eq(day);
    use_effect_with(run, move |run| {
        let running = run.is_some_and(|(_, ended)| ended.is_none());
        let timer = running
            .then(|| dom::every(2000, move || shown.set(day())))
            .flatten();
        move || drop(timer)
    });
    day()
}

/// The banner that marks every screen of a drill.
pub fn banner(lang: Lang) -> Html {
    html! { <p class="drill-banner" role="note">{ s::DRILL_BANNER.get(lang) }</p> }
}

/// Under a question of a drill: the button that finds out its scripted fact, or the fact once
/// found out (nothing when the scenario has no fact for it, or for a real incident).
pub fn fact(
    incident: &Incident,
    scenario: Option<&Scenario>,
    q: &'static Question,
    lang: Lang,
    on_change: &Callback<Change>,
) -> Html {
    let (Some(run), Some(scenario)) = (&incident.drill, scenario) else {
        return Html::default();
    };
    let Some(fact) = scenario.facts.iter().find(|f| f.question == q.id) else {
        return Html::default();
    };
    let id = page_ids::drill_fact(q);
    if run.revealed.iter().any(|r| r == q.id) {
        return html! {
            <div class="drill-fact" id={id} tabindex="-1">
                <strong>{ s::FACT_FOUND.get(lang) }{": "}</strong>{ fact.answer.get(lang) }
            </div>
        };
    }
    let onclick = on_change.reform(move |_: MouseEvent| {
        dom::focus_soon(&format!("#{id}"));
        Change::Drill(DrillChange::Reveal(q.id.to_owned()))
    });
    html! {
        <p class="drill-reveal">
            <button type="button" class="button button-small" id={page_ids::drill_reveal(q)} {onclick}
                aria-label={format!("{}{}", s::REVEAL_FACT_LABEL.get(lang), q.text.get(lang))}>
                { s::REVEAL_FACT.get(lang) }
            </button>
        </p>
    }
}

/// `+h:mm` from the drill's start.
fn since_start(minutes: i64) -> String {
    format!("+{}:{:02}", minutes / 60, minutes % 60)
}
