//! The obligations panel: each duty with its verdict and why, its citation and last-verified date,
//! the PPC report clock, and done checkboxes that go into the timeline.

use crate::core::incident::{Change, Incident};
use crate::core::obligations::{deadlines, duties, Deadline, DutyKind, Verdict, LAST_VERIFIED};
use crate::core::text::{t, Lang, Text};
use crate::core::time::CivilDate;
use crate::web::clock;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const TITLE: Text = t("報告・通知の義務と期限", "Reporting duties and deadlines");
const LEAD: Text = t(
    "事実関係の回答から自動で判定します。「わからない」や未回答は「必要かもしれない」として扱います。最終的な判断は事務局（IT最適化係）と協議してください。",
    "Worked out from your answers to the fact-finding questions. \"Not known\" or no answer counts as \"may be required\". Agree the final decision with the secretariat (IT Optimisation Unit).",
);
const VERIFIED: Text = t("規定の最終確認日", "Rules last checked");
const DUE: Text = t("期限", "Due");
const DAYS_LEFT: Text = t("あと{}日", "{} days left");
const DUE_TODAY: Text = t("今日が期限", "due today");
const OVERDUE: Text = t("{}日超過", "{} days overdue");
const SENT: Text = t("提出済み", "sent");
const MARK_SENT: Text = t("提出した", "Sent");
const MARK_DONE: Text = t("対応した", "Done");
const NO_KNOWN_DATE: Text = t(
    "「事故を知った日」を入れると期限を計算します。",
    "Enter the day it became known to work out the deadlines.",
);
const REQUIRED: Text = t("必要", "Required");
const MAYBE: Text = t("必要かもしれない", "May be required");
const NOT_REQUIRED: Text = t("不要", "Not required");

fn verdict_tag(verdict: Verdict, lang: Lang) -> Html {
    let (text, class) = match verdict {
        Verdict::Required => (REQUIRED, "verdict-required"),
        Verdict::MayBeRequired => (MAYBE, "verdict-maybe"),
        Verdict::NotRequired => (NOT_REQUIRED, "verdict-not"),
    };
    html! { <span class={classes!("tag", "verdict", class)}>{ text.get(lang) }</span> }
}

/// "あと3日" / "今日が期限" / "2日超過" / "提出済み".
pub fn days_text(d: &Deadline, lang: Lang) -> String {
    match d.days_left {
        _ if d.done => SENT.get(lang).to_owned(),
        0 => DUE_TODAY.get(lang).to_owned(),
        n if n > 0 => DAYS_LEFT.get(lang).replace("{}", &n.to_string()),
        n => OVERDUE.get(lang).replace("{}", &(-n).to_string()),
    }
}

fn done_box(
    key: &'static str,
    label: &'static str,
    done: bool,
    text: Text,
    lang: Lang,
    on_change: &Callback<Change>,
) -> Html {
    let id = format!("{}-done", key.replace('.', "-"));
    let on_toggle = on_change.reform(move |e: Event| {
        Change::SetDutyDone(
            key,
            label,
            e.target_unchecked_into::<HtmlInputElement>().checked(),
        )
    });
    html! {
        <div class="check check-inline">
            <input type="checkbox" id={id.clone()} checked={done} onchange={on_toggle} />
            <label for={id}>{ text.get(lang) }</label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ObligationsProps {
    pub incident: Incident,
    pub lang: Lang,
    pub on_change: Callback<Change>,
}

#[function_component(Obligations)]
pub fn obligations(props: &ObligationsProps) -> Html {
    let (incident, lang) = (&props.incident, props.lang);
    let today = CivilDate::of(clock::now());
    let clock = deadlines(incident, today);
    let all = duties(incident);
    let ppc_applies = all
        .iter()
        .any(|d| d.kind == DutyKind::PpcReport && d.verdict != Verdict::NotRequired);
    let done = |key: &str| incident.tasks.get(key).is_some_and(|r| r.done_at.is_some());
    html! {
        <section class="card obligations" id="obligations" aria-labelledby="obligations-title">
            <h2 id="obligations-title">{ TITLE.get(lang) }</h2>
            <p class="hint">{ LEAD.get(lang) }{" "}{ format!("{}: {LAST_VERIFIED}", VERIFIED.get(lang)) }</p>
            if ppc_applies && clock.is_empty() {
                <p class="banner banner-warning">{ NO_KNOWN_DATE.get(lang) }</p>
            }
            if !clock.is_empty() {
                <ul class="deadlines">
                    { for clock.iter().map(|d| html! {
                        <li class={classes!("deadline", d.overdue().then_some("is-overdue"), d.done.then_some("is-done"))} id={d.kind.key().replace('.', "-")}>
                            <strong>{ d.kind.title().get(lang) }</strong>
                            <span class="deadline-due">{ format!("{} {}", DUE.get(lang), d.due) }</span>
                            <span class="deadline-left">{ days_text(d, lang) }</span>
                            <span class="hint">{ d.basis.get(lang) }</span>
                            { done_box(d.kind.key(), d.kind.title().ja, d.done, MARK_SENT, lang, &props.on_change) }
                        </li>
                    }) }
                </ul>
            }
            <ul class="duties">
                { for all.iter().map(|duty| {
                    let c = duty.kind.citation();
                    html! {
                        <li class="duty" id={duty.kind.key().replace('.', "-")}>
                            <h3>{ verdict_tag(duty.verdict, lang) }{" "}{ c.title.get(lang) }</h3>
                            <ul class="reasons">{ for duty.reasons.iter().map(|r| html! { <li>{ r.get(lang) }</li> }) }</ul>
                            <p class="duty-action">{ c.action.get(lang) }</p>
                            <p class="section-ref">{ c.source.get(lang) }</p>
                            if duty.kind != DutyKind::PpcReport && duty.verdict != Verdict::NotRequired {
                                { done_box(duty.kind.key(), c.title.ja, done(duty.kind.key()), MARK_DONE, lang, &props.on_change) }
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
