//! The home screen: start a response, the emergency contact, the manual's first rules, and the
//! incidents on record.

use super::app::use_app;
use super::contact::ContactCard;
use super::strings as s;
use crate::core::incident::{Incident, Status};
use crate::core::playbook::basic_flow::{FIRST_RULES, PURPOSE, PURPOSE_TITLE};
use crate::core::state::{Action, Screen};
use crate::core::text::Lang;
use yew::prelude::*;

#[function_component(Home)]
pub fn home() -> Html {
    let app = use_app();
    let lang = app.lang;
    let start = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Screen::NewIncident)))
    };
    let rules = FIRST_RULES.iter().map(|item| {
        html! {
            <li>
                <span class="rule-text">{ item.text.get(lang) }</span>
                { for item.cautions.iter().map(|c| html! { <strong class="rule-caution">{ c.get(lang) }</strong> }) }
                <span class="section-ref">{ format!("{} {}", s::SECTION.get(lang), item.section) }</span>
            </li>
        }
    });
    let drafts = app.recent();
    html! {
        <>
            <h1 tabindex="-1">{ s::APP_NAME.get(lang) }</h1>
            <p class="lead">{ s::APP_LEAD.get(lang) }</p>
            <button type="button" class="button button-primary button-large" id="start-new" onclick={start}>
                { s::START_NEW.get(lang) }
            </button>
            <div class="home-grid">
                <ContactCard />
                <section class="card first-rules" aria-labelledby="first-rules-title">
                    <h2 id="first-rules-title">{ s::FIRST_RULES_TITLE.get(lang) }</h2>
                    <ol>{ for rules }</ol>
                </section>
            </div>
            <section class="drafts" aria-labelledby="drafts-title">
                <h2 id="drafts-title">{ s::DRAFTS_TITLE.get(lang) }</h2>
                if drafts.is_empty() {
                    <p>{ s::NO_DRAFTS.get(lang) }</p>
                } else {
                    <ul class="draft-list">{ for drafts.into_iter().map(|i| draft_row(i, lang, &app)) }</ul>
                }
            </section>
            <details class="purpose">
                <summary>{ format!("{} ({} 1)", PURPOSE_TITLE.get(lang), s::SECTION.get(lang)) }</summary>
                <p>{ PURPOSE.get(lang) }</p>
            </details>
        </>
    }
}

fn draft_row(incident: &Incident, lang: Lang, app: &super::app::AppHandle) -> Html {
    let open = {
        let app = app.clone();
        let id = incident.id.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Screen::Incident(id.clone()))))
    };
    let title = if incident.title.trim().is_empty() {
        s::UNTITLED.get(lang).to_owned()
    } else {
        incident.title.clone()
    };
    let kinds: Vec<&str> = incident
        .kinds
        .iter()
        .map(|k| k.guide().title.get(lang))
        .collect();
    let (done, all) = incident.progress();
    let status = match incident.status {
        Status::Open => s::STATUS_OPEN,
        Status::Closed => s::STATUS_CLOSED,
    };
    let heading_id = format!("draft-{}", incident.id);
    html! {
        <li class="draft" aria-labelledby={heading_id.clone()}>
            <div class="draft-main">
                <h3 id={heading_id.clone()} class="draft-title">{ title }</h3>
                <p class="draft-kinds">{ kinds.join(" / ") }</p>
                <p class="draft-meta">
                    <span class={classes!("tag", (incident.status == Status::Closed).then_some("tag-done"))}>{ status.get(lang) }</span>
                    <span>{ format!("{}: {}", s::KNOWN_ON.get(lang), incident.known_on.map(|d| d.to_string()).unwrap_or_else(|| "—".into())) }</span>
                    <span>{ format!("{} {done}/{all}", s::PROGRESS.get(lang)) }</span>
                    <span>{ format!("{}: {}", s::LAST_SAVED.get(lang), incident.updated_at.jst_minute()) }</span>
                </p>
            </div>
            <button type="button" class="button" onclick={open} aria-describedby={heading_id}>{ s::OPEN.get(lang) }</button>
        </li>
    }
}
