//! The drill's start screen (issue 26): a built-in scenario or the secretariat's file, a speed,
//! and start. A file that does not read is refused with its line and reason, and nothing is made.

use crate::core::drill::{builtin, Scenario, ScenarioError, Words};
use crate::core::state::{Action, Screen};
use crate::core::text::Lang;
use crate::ui::app::use_app;
use crate::ui::context::Intents;
use crate::ui::strings as s;
use crate::web::files;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The speeds offered: drill seconds per real second, with their words.
const SPEEDS: [(u32, crate::core::text::Text); 3] = [
    (1, s::SPEED_REAL),
    (24, s::SPEED_DAY_IN_HOUR),
    (60, s::SPEED_HOUR_IN_MINUTE),
];

/// A picked file is read up to this many bytes; the parser refuses what is over its own limit.
const MAX_FILE_BYTES: usize = 1024 * 1024;

/// What became of the file picked last.
#[derive(Clone, PartialEq)]
enum Picked {
    Loaded(Words),
    Refused(ScenarioError),
    Unreadable,
}

/// One scenario on offer: its text (kept in the record) and what it says.
type Offer = Rc<(String, Scenario)>;

fn picked_text(picked: &Picked, lang: Lang) -> String {
    match picked {
        Picked::Loaded(title) => format!("{}{}", s::SCENARIO_LOADED.get(lang), title.get(lang)),
        Picked::Refused(e) => format!("{} {}", s::SCENARIO_REFUSED.get(lang), e.message(lang)),
        Picked::Unreadable => s::SCENARIO_UNREADABLE.get(lang).to_owned(),
    }
}

/// One scenario as a choice: its title, types and the situation's first paragraph.
fn option(
    offer: &Offer,
    n: usize,
    chosen: &UseStateHandle<usize>,
    lang: Lang,
    from_file: bool,
) -> Html {
    let scenario = &offer.1;
    let id = if from_file {
        "drill-scenario-file".to_owned()
    } else {
        format!("drill-scenario-{}", scenario.id)
    };
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| chosen.set(n))
    };
    let types: Vec<String> = scenario
        .kinds
        .iter()
        .map(|k| format!("{} {}", k.guide().section, k.guide().title.get(lang)))
        .collect();
    html! {
        <div class="check drill-option">
            <input type="radio" name="drill-scenario" id={id.clone()} checked={**chosen == n} {onchange}
                aria-describedby={format!("{id}-about")} />
            <label for={id.clone()}>
                <span class="kind-title">{ scenario.title.get(lang) }</span>
                if from_file { {" "}<span class="section-ref">{ s::SCENARIO_FROM_FILE.get(lang) }</span> }
            </label>
            <div class="hint" id={format!("{id}-about")}>
                <p>{ format!("{}: {}", s::SCENARIO_TYPES.get(lang), types.join(" / ")) }</p>
                { for scenario.situation.first().map(|p| html! { <p class="drill-preview">{ p.get(lang) }</p> }) }
            </div>
        </div>
    }
}

#[function_component(DrillStart)]
pub fn drill_start() -> Html {
    let app = use_app();
    let lang = app.lang;
    let builtins = use_memo((), |_| {
        builtin::all()
            .into_iter()
            .map(|(text, scenario)| Rc::new((text.to_owned(), scenario)))
            .collect::<Vec<Offer>>()
    });
    let loaded = use_state(|| None::<Offer>);
    let picked = use_state(|| None::<Picked>);
    let chosen = use_state(|| 0usize);
    let speed = use_state(|| 24u32);
    let offers: Vec<Offer> = builtins.iter().cloned().chain((*loaded).clone()).collect();

    let on_file = {
        let (loaded, picked, chosen, n) = (
            loaded.clone(),
            picked.clone(),
            chosen.clone(),
            builtins.len(),
        );
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The same file, mended, can be picked again.
            input.set_value("");
            let (loaded, picked, chosen) = (loaded.clone(), picked.clone(), chosen.clone());
            yew::platform::spawn_local(async move {
                let Ok(text) = files::read_text(file, MAX_FILE_BYTES).await else {
                    picked.set(Some(Picked::Unreadable));
                    return;
                };
                match Scenario::parse(&text) {
                    Ok(scenario) => {
                        picked.set(Some(Picked::Loaded(scenario.title.clone())));
                        loaded.set(Some(Rc::new((text, scenario))));
                        chosen.set(n);
                    }
                    Err(e) => picked.set(Some(Picked::Refused(e))),
                }
            });
        })
    };
    let begin = {
        let (app, offer, speed) = (app.clone(), offers.get(*chosen).cloned(), *speed);
        Callback::from(move |_| {
            if let Some(offer) = &offer {
                app.start_drill(&offer.0, &offer.1, speed);
            }
        })
    };
    let back = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Screen::Home)))
    };
    let speed_rows = SPEEDS.iter().map(|&(n, words)| {
        let id = format!("drill-speed-{n}");
        let onchange = {
            let speed = speed.clone();
            Callback::from(move |_: Event| speed.set(n))
        };
        html! {
            <div class="check check-inline">
                <input type="radio" name="drill-speed" id={id.clone()} checked={*speed == n} {onchange} />
                <label for={id}>{ words.get(lang) }</label>
            </div>
        }
    });
    let refused = matches!(*picked, Some(Picked::Refused(_) | Picked::Unreadable));
    html! {
        <>
            <p class="drill-banner">{ s::DRILL_BANNER.get(lang) }</p>
            <h1 tabindex="-1">{ s::START_DRILL.get(lang) }</h1>
            <p class="lead">{ s::DRILL_START_LEAD.get(lang) }</p>
            <fieldset class="card drill-scenarios">
                <legend>{ s::SCENARIO_LEGEND.get(lang) }</legend>
                if offers.is_empty() { <p>{ s::NO_SCENARIOS.get(lang) }</p> }
                { for offers.iter().enumerate().map(|(n, offer)| option(offer, n, &chosen, lang, n >= builtins.len())) }
                <div class={classes!("field", "drill-file", refused.then_some("is-missing"))}>
                    <label for="drill-file">{ s::SCENARIO_FILE.get(lang) }</label>
                    <p class="hint" id="drill-file-hint">{ s::SCENARIO_FILE_HINT.get(lang) }</p>
                    <input type="file" id="drill-file" accept=".txt,text/plain" onchange={on_file}
                        aria-describedby="drill-file-hint drill-file-status" />
                    <p id="drill-file-status" role="status" aria-live="polite"
                        class={classes!(refused.then_some("field-error"))}>
                        { (*picked).as_ref().map(|p| picked_text(p, lang)).unwrap_or_default() }
                    </p>
                </div>
            </fieldset>
            <fieldset class="card drill-speeds" aria-describedby="drill-speed-hint">
                <legend>{ s::SPEED_LEGEND.get(lang) }</legend>
                <p class="hint" id="drill-speed-hint">{ s::SPEED_HINT.get(lang) }</p>
                { for speed_rows }
            </fieldset>
            <div class="actions">
                <button type="button" class="button button-primary button-large" id="drill-begin"
                    onclick={begin} disabled={offers.is_empty()}>{ s::DRILL_BEGIN.get(lang) }</button>
                <button type="button" class="button button-secondary" onclick={back}>{ s::BACK.get(lang) }</button>
            </div>
        </>
    }
}
