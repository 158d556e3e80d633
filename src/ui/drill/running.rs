//! A drill's own panel on its incident screen (issue 26): the drill's clock, the situation, the
//! injects that have arrived (each with the manual item it tests and a response field), the time
//! to the next one (announced when it arrives), the end, and then the debrief (print, .txt).
//! The incident screen is drawn again every second while the drill runs ([`super::use_tick`]).
//! What only shows is written as escaped HTML (cheaper in the single file than markup); the one
//! `input` and `click` listener of the panel serve every response field and item link.

use super::{drill_time, since_start};
use crate::core::drill::debrief::Debrief;
use crate::core::drill::{DrillChange, DrillClock, Inject, Scenario, DRILL_MARK};
use crate::core::incident::{Change, Incident};
use crate::core::playbook::tasks_for;
use crate::core::report::escape;
use crate::core::text::Lang;
use crate::core::time::Timestamp;
use crate::ui::context;
use crate::ui::page_ids;
use crate::ui::strings as s;
use crate::web::{dom, files};
use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;
use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

/// What the panel remembers between drawings: how many injects had arrived (one more is
/// announced), the announcement, and whether saving the debrief failed.
#[derive(Default)]
pub struct Seen {
    arrived: Option<usize>,
    announcement: String,
    /// The inject arrived last (its id and minute) until the user goes to it from the strip.
    unread: Option<(String, u32)>,
    save_failed: bool,
    /// Draws the screen again (after a failed save).
    pub(super) redraw: Option<UseForceUpdateHandle>,
}

fn raw(html: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(html))
}

/// `h 時間 m 分` (rounded up to the minute) or `m 分 s 秒` (to the second) of `ms`.
fn span(ms: i64, seconds: bool, lang: Lang) -> String {
    let (unit, words, a, b) = if seconds {
        (1000, s::DURATION_MS, "{m}", "{s}")
    } else {
        (60_000, s::DURATION_HM, "{h}", "{m}")
    };
    let n = (ms.max(0) + unit - 1) / unit;
    words
        .get(lang)
        .replace(a, &(n / 60).to_string())
        .replace(b, &(n % 60).to_string())
}

/// The panel of a drill being played or ended; `seen` lives as long as the screen.
pub fn panel(
    incident: &Rc<Incident>,
    scenario: &Rc<Scenario>,
    lang: Lang,
    on_change: &Callback<Change>,
    seen: &Rc<RefCell<Seen>>,
) -> Html {
    let Some(run) = incident.drill.as_deref() else {
        return Html::default();
    };
    let running = run.ended_at.is_none();
    let now = context::now();
    let clock = run.clock();
    let at = drill_time(clock, run.ended_at, now);
    let elapsed = at.0 - clock.started_at.0;
    let arrived = |i: &&Inject| i64::from(i.at_minutes) * 60_000 <= elapsed;
    let came: Vec<&Inject> = scenario.injects.iter().filter(arrived).collect();
    {
        let mut seen = seen.borrow_mut();
        if let (Some(before), Some(last)) = (seen.arrived, came.last()) {
            if came.len() > before {
                seen.unread = Some((last.id.clone(), last.at_minutes));
                seen.announcement = format!(
                    "{} {}: {}",
                    s::INJECT_ARRIVED.get(lang),
                    since_start(i64::from(last.at_minutes)),
                    last.text.get(lang)
                );
            }
        }
        seen.arrived = Some(came.len());
    }
    // The title and the clock, drawn afresh each second.
    let head_line = format!(
        "{}: {} ({})",
        s::DRILL_CLOCK.get(lang),
        at.jst_minute(),
        since_start(elapsed / 60_000)
    );
    let mut head = format!(
        "<h2 id=\"drill-panel-title\"><span lang=\"ja\">{DRILL_MARK}</span>{}</h2><div class=\"drill-clock\" id=\"drill-clock\"><p><strong>{}: </strong><span id=\"drill-time\">{}</span> ({} {})</p>",
        escape(scenario.title.get(lang)),
        s::DRILL_CLOCK.get(lang),
        at.jst_minute(),
        s::SINCE_START.get(lang),
        since_start(elapsed / 60_000)
    );
    if run.speed > 1 {
        let note = s::DRILL_SPEED_NOTE.get(lang);
        let _ = write!(
            head,
            "<p class=\"hint\">{}</p>",
            note.replace("{}", &run.speed.to_string())
        );
    }
    if running {
        head += &next_line(
            scenario.injects.iter().find(|i| !arrived(i)),
            clock,
            now,
            elapsed,
            lang,
        );
    } else {
        let _ = write!(head, "<p><strong>{}</strong></p>", s::DRILL_ENDED.get(lang));
    }
    head += "</div>";
    // The situation, open until the first inject; the same text at every drawing after, so the
    // browser keeps it as the user left it.
    let mut situation = format!(
        "<details class=\"drill-situation\"{}><summary>{}</summary>",
        if came.is_empty() { " open" } else { "" },
        s::DRILL_SITUATION.get(lang)
    );
    for p in &scenario.situation {
        let _ = write!(situation, "<p>{}</p>", escape(p.get(lang)));
    }
    let _ = write!(
        situation,
        "</details><h3 id=\"drill-injects-title\">{}</h3>",
        s::INJECTS_TITLE.get(lang)
    );
    if came.is_empty() {
        let _ = write!(
            situation,
            "<p class=\"hint\">{}</p>",
            s::NO_INJECTS_YET.get(lang)
        );
    }
    let tasks = tasks_for(&incident.kinds);
    let injects = came.iter().map(|inject| {
        let id = page_ids::drill_response(&inject.id);
        html! {
            <li class="drill-inject" id={page_ids::drill_inject(&inject.id)}>
                { raw(inject_head(inject, clock, &tasks, &id, lang)) }
                <textarea {id} rows="2" maxlength="20000" data-inject={inject.id.clone()}
                    value={run.responses.get(&inject.id).cloned().unwrap_or_default()} />
            </li>
        }
    });
    let respond = {
        let on_change = on_change.clone();
        Callback::from(move |e: InputEvent| {
            let area = e.target_dyn_into::<HtmlTextAreaElement>();
            if let Some((inject, area)) =
                area.and_then(|a| Some((a.get_attribute("data-inject")?, a)))
            {
                on_change.emit(Change::Drill(DrillChange::Respond(inject, area.value())));
            }
        })
    };
    let mut foot = String::new();
    if running {
        let _ = write!(
            foot,
            "<div class=\"drill-end\"><button type=\"button\" class=\"button button-primary\" id=\"drill-end\" aria-describedby=\"drill-end-hint\">{}</button><p class=\"hint\" id=\"drill-end-hint\">{}</p></div>",
            s::END_DRILL.get(lang),
            s::END_DRILL_HINT.get(lang)
        );
    }
    let ended = run.ended_at.filter(|_| !running);
    if let Some(ended) = ended {
        debrief(
            &mut foot,
            incident,
            scenario,
            ended,
            lang,
            seen.borrow().save_failed,
        );
    }
    let act = {
        let (incident, scenario, on_change, seen) = (
            incident.clone(),
            scenario.clone(),
            on_change.clone(),
            seen.clone(),
        );
        Callback::from(move |e: MouseEvent| {
            let Some(target) = e.target_dyn_into::<Element>() else {
                return;
            };
            // An item's link focuses its checkbox (fragment links do not, and must work on file://).
            if let Some(to) = target.get_attribute("data-jump") {
                e.prevent_default();
                return dom::jump_to(&to);
            }
            match (target.id().as_str(), ended) {
                ("drill-end", _) => {
                    dom::focus_soon("#drill-debrief");
                    on_change.emit(Change::Drill(DrillChange::End));
                }
                ("drill-debrief-print", Some(ended)) => {
                    files::print_html(&print_page(&incident, &scenario, ended, lang))
                }
                ("drill-debrief-save", Some(ended)) => {
                    let text = Debrief::of(&incident, &scenario, ended).to_text(lang);
                    let stamp = ended.jst_minute().replace(['-', ':'], "").replace(' ', "-");
                    let name = format!("drill-debrief-{}-{stamp}.txt", scenario.id);
                    let failed =
                        files::save_text(&text, "text/plain;charset=utf-8", &name).is_err();
                    let mut seen = seen.borrow_mut();
                    seen.save_failed = failed;
                    if let Some(redraw) = &seen.redraw {
                        redraw.force_update();
                    }
                }
                _ => {}
            }
        })
    };
    html! {
        <section class="card drill-panel" id="drill-panel" aria-labelledby="drill-panel-title" onclick={act}>
            { raw(head) }
            { raw(situation) }
            <ol class="drill-injects" aria-labelledby="drill-injects-title" oninput={respond}>{ for injects }</ol>
            <p class="visually-hidden" role="status" aria-live="assertive" id="drill-announce">{ seen.borrow().announcement.clone() }</p>
            { raw(foot) }
            { strip(&head_line, running, lang, seen) }
        </section>
    }
}

/// The strip that stays in view above the save status while a drill's screen is shown: 【訓練】,
/// the drill's clock, and the inject arrived last with a button that goes to it (a portal into
/// the status bar's `drill-strip-host`).
fn strip(clock: &str, running: bool, lang: Lang, seen: &Rc<RefCell<Seen>>) -> Html {
    let Some(host) = dom::element("drill-strip-host") else {
        return Html::default();
    };
    let unread = seen.borrow().unread.clone().filter(|_| running);
    let go = unread.map(|(id, minutes)| {
        let seen = seen.clone();
        let click = Callback::from(move |_: MouseEvent| {
            let mut seen = seen.borrow_mut();
            seen.unread = None;
            dom::jump_to(&page_ids::drill_response(&id));
            if let Some(item) = dom::element(&page_ids::drill_inject(&id)) {
                item.scroll_into_view_with_bool(true);
            }
            if let Some(redraw) = &seen.redraw {
                redraw.force_update();
            }
        });
        html! { <button type="button" class="button button-small" id="drill-strip-new" onclick={click}>{ format!("{} {}", s::INJECT_ARRIVED.get(lang), since_start(i64::from(minutes))) }</button> }
    });
    create_portal(
        html! { <aside class="drill-strip" id="drill-strip" aria-label={s::DRILL_CLOCK.get(lang)}><strong lang="ja">{ DRILL_MARK }</strong><span>{ clock }</span>{ for go }</aside> },
        host,
    )
}

/// When the next inject comes, in drill time (and real time when the drill runs faster).
fn next_line(
    next: Option<&Inject>,
    clock: DrillClock,
    now: Timestamp,
    elapsed: i64,
    lang: Lang,
) -> String {
    let Some(next) = next else {
        return format!(
            "<p class=\"drill-next\" id=\"drill-next\">{}</p>",
            s::NO_MORE_INJECTS.get(lang)
        );
    };
    let mut line = format!(
        "<p class=\"drill-next\" id=\"drill-next\">{}: {} {}",
        s::NEXT_INJECT.get(lang),
        s::DRILL_TIME.get(lang),
        span(i64::from(next.at_minutes) * 60_000 - elapsed, false, lang)
    );
    if clock.speed > 1 {
        let real = span(clock.real_time_at(next.at_minutes).0 - now.0, true, lang);
        line.push_str(&s::REAL_TIME_ABOUT.get(lang).replace("{}", &real));
    }
    line + "</p>"
}

/// An inject's when, what, and the manual item it tests, linked to that item as the page shows it
/// (merged, a task of several sections is shown once).
fn inject_head(
    inject: &Inject,
    clock: DrillClock,
    tasks: &[crate::core::playbook::MergedItem],
    response: &str,
    lang: Lang,
) -> String {
    let when = Timestamp(clock.started_at.0 + i64::from(inject.at_minutes) * 60_000);
    let key = inject.item.task_key();
    let words = escape(inject.item.text.get(lang));
    let item = match tasks
        .iter()
        .find(|m| m.item.task_key() == key || m.also.iter().any(|a| a.task_key() == key))
        .map(|m| m.item)
    {
        Some(shown) if shown.kind.is_task() => format!(
            "<a href=\"#{}\" data-jump=\"{}\">{words}</a>",
            page_ids::item(shown),
            page_ids::item_done(shown)
        ),
        Some(shown) => format!("<a href=\"#{}\">{words}</a>", page_ids::item(shown)),
        None => words,
    };
    format!(
        "<p class=\"drill-inject-when\"><strong>{}</strong> {}</p><p class=\"drill-inject-text\">{}</p><p class=\"drill-inject-item\">{}: {item} <span class=\"section-ref\">{} {}</span></p><label for=\"{response}\">{}</label>",
        since_start(i64::from(inject.at_minutes)),
        when.jst_minute(),
        escape(inject.text.get(lang)),
        s::INJECT_TESTS.get(lang),
        s::SECTION.get(lang),
        escape(&inject.item.section_in(lang)),
        s::INJECT_RESPONSE.get(lang)
    )
}

/// The debrief, on screen as the core writes it (escaped HTML), with its print and file buttons
/// (heard by the panel).
fn debrief(
    out: &mut String,
    incident: &Incident,
    scenario: &Scenario,
    ended: Timestamp,
    lang: Lang,
    save_failed: bool,
) {
    let _ = write!(
        out,
        "<section class=\"drill-debrief\" id=\"drill-debrief\" tabindex=\"-1\" aria-label=\"{}\"><div class=\"debrief-body\">{}</div><div class=\"actions\"><button type=\"button\" class=\"button button-primary\" id=\"drill-debrief-print\">{}</button><button type=\"button\" class=\"button\" id=\"drill-debrief-save\" aria-describedby=\"drill-debrief-hint\">{}</button></div><p class=\"hint\" id=\"drill-debrief-hint\">{}</p>",
        s::DEBRIEF_TITLE.get(lang),
        Debrief::of(incident, scenario, ended).to_html(lang),
        s::PRINT_DEBRIEF.get(lang),
        s::SAVE_DEBRIEF.get(lang),
        s::DEBRIEF_FILE_HINT.get(lang)
    );
    if save_failed {
        let _ = write!(
            out,
            "<p class=\"field-error\" role=\"alert\">{}</p>",
            s::DEBRIEF_SAVE_FAILED.get(lang)
        );
    }
    out.push_str("</section>");
}

/// The debrief as printed (A4): marked as a drill at the top.
fn print_page(incident: &Incident, scenario: &Scenario, ended: Timestamp, lang: Lang) -> String {
    format!(
        "<p class=\"drill-banner\">{}</p>{}",
        s::DRILL_BANNER.get(lang),
        Debrief::of(incident, scenario, ended).to_html(lang)
    )
}
