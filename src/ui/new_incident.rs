//! Choosing the type(s) of a new incident: plain situations drawn from the manual's example cases
//! suggest types; the six types are listed with their cases as hints.

use super::app::use_app;
use super::context::Intents;
use super::strings as s;
use crate::core::playbook::{IncidentKind, SYMPTOMS};
use crate::core::state::{Action, Screen};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(NewIncident)]
pub fn new_incident() -> Html {
    let app = use_app();
    let lang = app.lang;
    // Small Vecs, not BTreeSets: a handful of items, and each BTree type costs kilobytes.
    let kinds = use_state(Vec::<IncidentKind>::new);
    let symptoms = use_state(Vec::<&'static str>::new);
    let error = use_state(|| false);

    let on_symptom = |id: &'static str| {
        let (kinds, symptoms) = (kinds.clone(), symptoms.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut chosen = (*symptoms).clone();
            let mut next = (*kinds).clone();
            let suggested = SYMPTOMS
                .iter()
                .find(|s| s.id == id)
                .map_or(&[][..], |s| s.suggests);
            if on {
                chosen.push(id);
                next.extend(suggested.iter().copied());
                next = IncidentKind::in_order(&next);
            } else {
                chosen.retain(|c| *c != id);
                let still: Vec<&str> = chosen.to_vec();
                let keep = crate::core::playbook::suggest(&still);
                next.retain(|k| !suggested.contains(k) || keep.contains(k));
            }
            symptoms.set(chosen);
            kinds.set(next);
        })
    };
    let on_kind = |kind: IncidentKind| {
        let kinds = kinds.clone();
        Callback::from(move |e: Event| {
            let mut next = (*kinds).clone();
            if e.target_unchecked_into::<HtmlInputElement>().checked() {
                next.push(kind);
                next = IncidentKind::in_order(&next);
            } else {
                next.retain(|k| *k != kind);
            }
            kinds.set(next);
        })
    };
    let begin = {
        let (app, kinds, error) = (app.clone(), kinds.clone(), error.clone());
        Callback::from(move |_| {
            if kinds.is_empty() {
                error.set(true);
                crate::web::dom::focus("#kind-error");
                return;
            }
            app.start_incident(kinds.iter().copied().collect());
        })
    };
    let back = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Screen::Home)))
    };

    let symptom_rows = SYMPTOMS.iter().map(|symptom| {
        let id = format!("symptom-{}", symptom.id);
        html! {
            <div class="check">
                <input type="checkbox" id={id.clone()} checked={symptoms.contains(&symptom.id)} onchange={on_symptom(symptom.id)} />
                <label for={id}>
                    { symptom.text.get(lang) }{" "}
                    <span class="section-ref">{ match symptom.source {
                        Some(source) => format!("{} {}", s::SECTION.get(lang), source.get(lang)),
                        None => s::TOOL_OWN.get(lang).to_owned(),
                    } }</span>
                </label>
            </div>
        }
    });
    let kind_rows = IncidentKind::ALL.iter().map(|&kind| {
        let guide = kind.guide();
        let id = format!("kind-{}", kind.slug());
        html! {
            <div class="check kind-choice">
                <input type="checkbox" id={id.clone()} checked={kinds.contains(&kind)} onchange={on_kind(kind)}
                    aria-describedby={format!("{id}-summary")} />
                <label for={id.clone()}>
                    <span class="section-ref">{ guide.section }</span>{" "}
                    <span class="kind-title">{ guide.title.get(lang) }</span>
                </label>
                <p class="hint" id={format!("{id}-summary")}>{ guide.summary.get(lang) }</p>
                <details class="cases">
                    <summary>{ s::CASES.get(lang) }</summary>
                    <ol>{ for guide.cases.iter().map(|c| html! { <li>{ c.text.get(lang) }</li> }) }</ol>
                    <p><strong>{ s::TRIGGERS.get(lang) }{": "}</strong>
                        { guide.triggers.iter().map(|t| t.get(lang)).collect::<Vec<_>>().join(" / ") }</p>
                </details>
            </div>
        }
    });
    html! {
        <>
            <h1 tabindex="-1">{ s::NEW_TITLE.get(lang) }</h1>
            <p class="lead">{ s::NEW_LEAD.get(lang) }</p>
            <fieldset class="card">
                <legend>{ s::SYMPTOMS_LEGEND.get(lang) }</legend>
                { for symptom_rows }
            </fieldset>
            <fieldset class="card" aria-describedby={(*error).then_some("kind-error")}>
                <legend>{ s::KINDS_LEGEND.get(lang) }</legend>
                { for kind_rows }
            </fieldset>
            if *error && kinds.is_empty() {
                <p class="field-error" id="kind-error" role="alert" tabindex="-1">{ s::CHOOSE_A_KIND.get(lang) }</p>
            }
            <div class="actions">
                <button type="button" class="button button-primary button-large" id="begin" onclick={begin}>{ s::BEGIN.get(lang) }</button>
                <button type="button" class="button button-secondary" onclick={back}>{ s::BACK.get(lang) }</button>
            </div>
        </>
    }
}
