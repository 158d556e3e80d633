//! The home screen: start a response, the emergency contact, the manual's first rules, and the
//! incidents on record.

use super::app::AppHandle;
use super::contact::contact_card;
use super::drafts::Drafts;
use super::strings as s;
use crate::core::playbook::basic_flow::{FIRST_RULES, PURPOSE, PURPOSE_TITLE};
use crate::core::state::{Action, Screen};
use yew::prelude::*;

/// The screen; a plain function of the state (a component of its own would add size, not speed).
pub fn home(app: &AppHandle) -> Html {
    let lang = app.lang;
    let start = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Screen::NewIncident)))
    };
    let drill = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Screen::DrillStart)))
    };
    let rules = FIRST_RULES.iter().map(|item| {
        html! {
            <li>
                <span class="rule-text">{ item.text.get(lang) }</span>
                { for item.cautions.iter().map(|c| html! { <strong class="rule-caution">{ c.get(lang) }</strong> }) }
                <span class="section-ref">{ format!("{} {}", s::SECTION.get(lang), item.section_in(lang)) }</span>
            </li>
        }
    });
    html! {
        <>
            <h1 tabindex="-1">{ s::APP_NAME.get(lang) }</h1>
            <p class="lead">{ s::APP_LEAD.get(lang) }</p>
            <button type="button" class="button button-primary button-large" id="start-new" onclick={start}>
                { s::START_NEW.get(lang) }
            </button>
            <div class="home-grid">
                { contact_card(lang) }
                <section class="card first-rules" aria-labelledby="first-rules-title">
                    <h2 id="first-rules-title">{ s::FIRST_RULES_TITLE.get(lang) }</h2>
                    <ol>{ for rules }</ol>
                </section>
            </div>
            <Drafts />
            <section class="card drill-offer" aria-labelledby="drill-offer-title">
                <h2 id="drill-offer-title">{ s::START_DRILL.get(lang) }</h2>
                <p class="hint" id="start-drill-hint">{ s::START_DRILL_HINT.get(lang) }</p>
                <button type="button" class="button" id="start-drill" onclick={drill} aria-describedby="start-drill-hint">
                    { s::START_DRILL.get(lang) }
                </button>
            </section>
            <details class="purpose">
                <summary>{ format!("{} ({} 1)", PURPOSE_TITLE.get(lang), s::SECTION.get(lang)) }</summary>
                <p>{ PURPOSE.get(lang) }</p>
            </details>
        </>
    }
}
