//! The drill's start screen (issue 26): a built-in scenario or the secretariat's file, a speed,
//! and start. A file that does not read is refused with its line and reason, and nothing is made.
//! The choices are written as escaped HTML (cheaper in the single file than markup); the start
//! button reads which are checked.

use crate::core::drill::{builtin, Scenario, ScenarioError, Words};
use crate::core::report::escape;
use crate::core::state::{Action, Screen};
use crate::core::text::{Lang, Text};
use crate::ui::app::use_app;
use crate::ui::context::Intents;
use crate::ui::strings as s;
use crate::web::{dom, files};
use std::fmt::Write;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The speeds offered: drill seconds per real second, with their words; the second is chosen
/// first.
const SPEEDS: [(u32, Text); 3] = [
    (1, s::SPEED_REAL),
    (24, s::SPEED_DAY_IN_HOUR),
    (60, s::SPEED_HOUR_IN_MINUTE),
];

/// A picked file is read up to this many bytes; the parser refuses what is over its own limit.
const MAX_FILE_BYTES: usize = 1024 * 1024;

/// What became of the file picked last (refused ones with the file's name).
#[derive(Clone, PartialEq)]
enum Picked {
    Loaded(Words),
    Refused(String, ScenarioError),
    Unreadable(String),
}

/// One scenario as a radio button (`value`): its title, types and the situation's first paragraph.
fn option(out: &mut String, value: &str, scenario: &Scenario, checked: bool, lang: Lang) {
    let id = match value {
        "file" => "drill-scenario-file".to_owned(),
        _ => format!("drill-scenario-{}", scenario.id),
    };
    let types: Vec<String> = scenario
        .kinds
        .iter()
        .map(|k| format!("{} {}", k.guide().section, k.guide().title.get(lang)))
        .collect();
    let _ = write!(
        out,
        "<div class=\"check kind-choice drill-option\"><input type=\"radio\" name=\"drill-scenario\" id=\"{id}\" value=\"{value}\" aria-describedby=\"{id}-about\"{}><label for=\"{id}\"><span class=\"kind-title\">{}</span>{}</label><div class=\"hint\" id=\"{id}-about\"><p>{}: {}</p><p class=\"drill-preview\">{}</p></div></div>",
        if checked { " checked" } else { "" },
        escape(scenario.title.get(lang)),
        if value == "file" { format!(" <span class=\"section-ref\">{}</span>", s::SCENARIO_FROM_FILE.get(lang)) } else { String::new() },
        s::SCENARIO_TYPES.get(lang),
        types.join(" / "),
        scenario.situation.first().map(|p| escape(p.get(lang))).unwrap_or_default()
    );
}

#[function_component(DrillStart)]
pub fn drill_start() -> Html {
    let app = use_app();
    let lang = app.lang;
    let builtins = use_memo((), |_| builtin::all());
    let loaded = use_state(|| None::<Rc<(String, Scenario)>>);
    let picked = use_state(|| None::<Picked>);
    // Start was pressed with no scenario chosen (after a refused file nothing is chosen for the
    // user: starting another scenario silently would be a drill they did not ask for).
    let unchosen = use_state(|| false);
    let refused = matches!(&*picked, Some(Picked::Refused(..) | Picked::Unreadable(_)));
    let mut choices = String::new();
    for (n, (_, scenario)) in builtins.iter().enumerate() {
        option(
            &mut choices,
            &n.to_string(),
            scenario,
            n == 0 && loaded.is_none() && !refused,
            lang,
        );
    }
    if let Some(file) = &*loaded {
        option(&mut choices, "file", &file.1, true, lang);
    }
    if choices.is_empty() {
        let _ = write!(choices, "<p>{}</p>", s::NO_SCENARIOS.get(lang));
    }
    let mut speeds = String::new();
    for (speed, words) in SPEEDS {
        let _ = write!(
            speeds,
            "<div class=\"check check-inline\"><input type=\"radio\" name=\"drill-speed\" id=\"drill-speed-{speed}\" value=\"{speed}\"{}><label for=\"drill-speed-{speed}\">{}</label></div>",
            if speed == 24 { " checked" } else { "" },
            words.get(lang)
        );
    }
    let on_file = {
        let (loaded, picked, unchosen) = (loaded.clone(), picked.clone(), unchosen.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let name = file.name();
            let (loaded, picked, unchosen) = (loaded.clone(), picked.clone(), unchosen.clone());
            yew::platform::spawn_local(async move {
                let read = files::read_text(file, MAX_FILE_BYTES).await;
                unchosen.set(false);
                let refused = match read.map(|text| (Scenario::parse(&text), text)) {
                    Ok((Ok(scenario), text)) => {
                        picked.set(Some(Picked::Loaded(scenario.title.clone())));
                        return loaded.set(Some(Rc::new((text, scenario))));
                    }
                    Ok((Err(e), _)) => Picked::Refused(name, e),
                    Err(_) => Picked::Unreadable(name),
                };
                // A file loaded before is no longer the one chosen.
                loaded.set(None);
                picked.set(Some(refused));
            });
        })
    };
    // The same file, mended, can be picked again; the name stays in view until then.
    let on_pick = Callback::from(|e: MouseEvent| {
        e.target_unchecked_into::<HtmlInputElement>().set_value("");
    });
    let begin = {
        let (app, builtins, loaded) = (app.clone(), builtins.clone(), loaded.clone());
        let unchosen = unchosen.clone();
        Callback::from(move |()| {
            let speed = dom::checked_value("drill-speed").and_then(|v| v.parse().ok());
            let chosen = match dom::checked_value("drill-scenario").as_deref() {
                Some("file") => (*loaded).as_deref().map(|(text, s)| (text.as_str(), s)),
                Some(n) => n
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| builtins.get(n))
                    .map(|(text, s)| (*text, s)),
                None => None,
            };
            match chosen {
                Some((text, scenario)) => app.start_drill(text, scenario, speed.unwrap_or(24)),
                None => unchosen.set(true),
            }
        })
    };
    let act = {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            match e
                .target_dyn_into::<web_sys::Element>()
                .map(|b| b.id())
                .as_deref()
            {
                Some("drill-begin") => begin.emit(()),
                Some("drill-back") => app.dispatch(Action::Navigate(Screen::Home)),
                _ => {}
            }
        })
    };
    let mut status = match &*picked {
        None => String::new(),
        Some(Picked::Loaded(title)) => {
            format!("{}{}", s::SCENARIO_LOADED.get(lang), title.get(lang))
        }
        Some(Picked::Refused(name, e)) => format!(
            "{name}: {} {}",
            s::SCENARIO_REFUSED.get(lang),
            e.message(lang)
        ),
        Some(Picked::Unreadable(name)) => {
            format!("{name}: {}", s::SCENARIO_UNREADABLE.get(lang))
        }
    };
    if *unchosen {
        let _ = write!(status, " {}", s::SCENARIO_UNCHOSEN.get(lang));
    }
    let refused = refused || *unchosen;
    let intro = format!(
        "<p class=\"drill-banner\">{}</p><h1 tabindex=\"-1\">{}</h1><p class=\"lead\">{}</p>",
        s::DRILL_BANNER.get(lang),
        s::START_DRILL.get(lang),
        s::DRILL_START_LEAD.get(lang)
    );
    let file = format!(
        "<label for=\"drill-file\">{}</label><p class=\"hint\" id=\"drill-file-hint\">{}</p>",
        s::SCENARIO_FILE.get(lang),
        s::SCENARIO_FILE_HINT.get(lang)
    );
    let speeds = format!(
        "<legend>{}</legend><p class=\"hint\" id=\"drill-speed-hint\">{}</p>{speeds}",
        s::SPEED_LEGEND.get(lang),
        s::SPEED_HINT.get(lang)
    );
    let actions = format!(
        "<button type=\"button\" class=\"button button-primary button-large\" id=\"drill-begin\">{}</button><button type=\"button\" class=\"button button-secondary\" id=\"drill-back\">{}</button>",
        s::DRILL_BEGIN.get(lang),
        s::BACK.get(lang)
    );
    let choices = format!("<legend>{}</legend>{choices}", s::SCENARIO_LEGEND.get(lang));
    let raw = |html: String| Html::from_html_unchecked(AttrValue::from(html));
    html! {
        <>
            { raw(intro) }
            <fieldset class="card drill-scenarios">
                { raw(choices) }
                <div class={classes!("field", "drill-file", refused.then_some("is-missing"))}>
                    { raw(file) }
                    <input type="file" id="drill-file" accept=".txt,text/plain" onchange={on_file} onclick={on_pick}
                        aria-describedby="drill-file-hint drill-file-status" />
                    <p id="drill-file-status" role="status" aria-live="polite" class={classes!(refused.then_some("field-error"))}>{ status }</p>
                </div>
            </fieldset>
            <fieldset class="card drill-speeds" aria-describedby="drill-speed-hint">{ raw(speeds) }</fieldset>
            <div class="actions" onclick={act}>{ raw(actions) }</div>
        </>
    }
}
