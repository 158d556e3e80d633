//! The obligations panel: contradictions first, then the PPC clock, each duty with its verdict, its
//! reasons (each a link to the question that decides it), its citation and how sure that rule is;
//! the bodies recommended outside the law; and, right below, the questions that decide them all.

use super::hold::publication_hold_field;
use super::question::QuestionField;
use crate::core::documents::ics;
use crate::core::drill::Scenario;
use crate::core::incident::{Change, Incident};
use crate::core::obligations::{
    clock, contradictions, duties, protection_note, recommendations, Clock, Deadline, DutyKind,
    Facts, Reason, ReasonKind, Verdict, LAST_VERIFIED,
};
use crate::core::playbook::questions::{QuestionGroup, PERSONS, PROTECTION, RECORD_COUNT};
use crate::core::playbook::{questions_for, IncidentKind};
use crate::core::report::names;
use crate::core::text::{t, Lang, Text};
use crate::core::time::CivilDate;
use crate::ui::context;
use crate::ui::page_ids;
use crate::ui::strings as s;
use crate::web::{dom, files};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const TITLE: Text = t("報告・通知の義務と期限", "Reporting duties and deadlines");
const LEAD: Text = t(
    "下の質問への回答から自動で判定します。「わからない」や未回答、食い違う回答は「必要かもしれない」として扱います。最終的な判断は事務局（IT最適化係）と協議してください。",
    "Worked out from your answers to the questions below. \"Not known\", no answer, or answers that contradict each other count as \"may be required\". Agree the final decision with the secretariat (IT Optimisation Unit).",
);
const VERIFIED: Text = t("規定の最終確認日", "Rules last checked");
const RULE_VERIFIED: Text = t("確認日", "checked");
const NOT_VERIFIED: Text = t("未確認の点", "Not verified");
const CONTRADICTIONS: Text = t("回答に食い違いがあります。直すまでは「必要かもしれない」と判定します。", "Some answers contradict each other. Until they are fixed, the verdict stays \"may be required\".");
const TARGET: Text = t("目安", "Aim for");
const DUE: Text = t("期限", "Due");
const DAYS_LEFT: Text = t("あと{}日", "{} days left");
const DUE_TODAY: Text = t("今日が期限", "due today");
const OVERDUE: Text = t("{}日超過", "{} days overdue");
const SENT: Text = t("提出済み", "sent");
const MARK_SENT: Text = t("提出した", "Sent");
const MARK_DONE: Text = t("対応した", "Done");
const NEEDS_KNOWN_DATE: Text = t(
    "期限は「事故を知った日」から数えます。まだ入力されていないため計算できません。",
    "Deadlines count from the day the incident became known, which is not entered yet.",
);
const ENTER_KNOWN_DATE: Text = t("知った日を入力", "Enter the day it became known");
const GO_TO_QUESTION: Text = t("回答する", "Answer");
const SEE_ANSWER: Text = t("回答を見る", "See the answer");
const OTHERS_TITLE: Text = t(
    "法的義務ではないが、連絡を勧める先",
    "Recommended, not a legal duty",
);
const QUESTIONS_LEGEND: Text = t("判定に使う質問", "Questions that decide the duties");
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
    let id = page_ids::duty_done(key);
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

/// A link that scrolls to and focuses a control (in-page anchors alone do not focus on file://).
fn jump_link(target: String, text: String) -> Html {
    let href = format!("#{target}");
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dom::jump_to(&target);
    });
    html! { <a class="reason-link" {href} {onclick}>{ text }</a> }
}

/// One reason: its words, the answer as read, and a link to the question that decides it.
fn reason_item(r: &Reason, lang: Lang) -> Html {
    let class = match r.kind {
        ReasonKind::Because => "reason",
        ReasonKind::Unknown => "reason reason-unknown",
        ReasonKind::Contradiction => "reason reason-contradiction",
        ReasonKind::Note => "reason reason-note",
    };
    let link_text = match r.kind {
        ReasonKind::Unknown | ReasonKind::Contradiction => GO_TO_QUESTION,
        ReasonKind::Because | ReasonKind::Note => SEE_ANSWER,
    };
    html! {
        <li {class}>
            { r.text.get(lang) }
            if let Some(answer) = &r.answer { <span class="reason-answer">{ format!(": {}", answer.get(lang)) }</span> }
            if let Some(q) = r.question { {" "}{ jump_link(page_ids::answer_control(q), format!("{} →", link_text.get(lang))) } }
        </li>
    }
}

fn clock_view(clock: &Clock, lang: Lang, on_change: &Callback<Change>) -> Html {
    match clock {
        Clock::NotApplicable => html! {},
        Clock::NeedsKnownDate => html! {
            <div class="banner banner-warning deadline-needs-date" id="ppc-clock">
                <p>{ NEEDS_KNOWN_DATE.get(lang) }</p>
                { jump_link(page_ids::KNOWN_ON.into(), format!("{} →", ENTER_KNOWN_DATE.get(lang))) }
            </div>
        },
        Clock::Running(deadlines) => html! {
            <ul class="deadlines" id="ppc-clock">
                { for deadlines.iter().map(|d| html! {
                    <li class={classes!("deadline", d.overdue().then_some("is-overdue"), d.done.then_some("is-done"))} id={page_ids::duty(d.kind.key())}>
                        <strong>{ d.title().get(lang) }</strong>
                        if let Some(target) = d.target { <span class="deadline-target">{ format!("{} {target}", TARGET.get(lang)) }</span> }
                        <span class="deadline-due">{ format!("{} {}", DUE.get(lang), d.due) }</span>
                        <span class="deadline-left">{ days_text(d, lang) }</span>
                        <span class="hint">{ d.basis.get(lang) }</span>
                        { done_box(d.kind.key(), d.title().ja, d.done, MARK_SENT, lang, on_change) }
                    </li>
                }) }
            </ul>
        },
    }
}

/// The deadlines as a calendar file (issue 25), beside the clock while it runs; once saved, a
/// change of 知った日 asks for it again (the events in the calendar are then wrong).
fn calendar_offer(
    incident: &Rc<Incident>,
    saved_for: &UseStateHandle<Option<Option<CivilDate>>>,
    lang: Lang,
) -> Html {
    let stale = saved_for.is_some_and(|known| known != incident.known_on);
    let onclick = {
        let (incident, saved_for) = (incident.clone(), saved_for.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(file) = ics::calendar(&incident, context::now(), &context::made_with()) else {
                return;
            };
            let name = names::file_name(&incident, "ics");
            if files::save_text(&file, "text/calendar;charset=utf-8", &name).is_ok() {
                saved_for.set(Some(incident.known_on));
            }
        })
    };
    html! {
        <div class={classes!("calendar-offer", stale.then_some("is-stale"))}>
            if stale { <p class="banner banner-warning" id="ics-stale" role="status">{ s::ICS_STALE.get(lang) }</p> }
            <button type="button" class={classes!("button", stale.then_some("button-primary"))} id="save-ics" {onclick} aria-describedby="ics-hint">{ s::ICS_SAVE.get(lang) }</button>
            <p class="hint" id="ics-hint">{ s::ICS_HINT.get(lang) }</p>
            if saved_for.is_some() && !stale { <p class="export-message">{ s::ICS_SAVED.get(lang) }</p> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ObligationsProps {
    pub incident: Rc<Incident>,
    pub lang: Lang,
    pub on_change: Callback<Change>,
    /// Today for the deadlines: a drill's day on its clock (issue 26).
    pub today: CivilDate,
    /// A drill's scenario: its facts are found out beside the legal questions.
    #[prop_or_default]
    pub scenario: Option<Rc<Scenario>>,
}

#[function_component(Obligations)]
pub fn obligations(props: &ObligationsProps) -> Html {
    let (incident, lang, on_change) = (&props.incident, props.lang, &props.on_change);
    let facts = Facts::of(incident);
    let clock = clock(incident, props.today);
    let clashes = contradictions(&facts);
    let others = recommendations(&facts);
    let done = |key: &str| incident.duty_done_at(key).is_some();
    let calendar_saved_for = use_state(|| None::<Option<CivilDate>>);
    let legal: Vec<_> = questions_for(&incident.kinds)
        .into_iter()
        .filter(|q| q.group == QuestionGroup::Legal && q.is_asked(incident))
        .collect();
    let records = incident.answer(&RECORD_COUNT).cloned();
    let note = protection_note(&facts);
    html! {
        <section class="card obligations" id="obligations" aria-labelledby="obligations-title">
            <h2 id="obligations-title">{ TITLE.get(lang) }</h2>
            <p class="hint">{ LEAD.get(lang) }{" "}{ format!("{}: {LAST_VERIFIED}", VERIFIED.get(lang)) }</p>
            if !clashes.is_empty() {
                <div class="banner banner-warning contradictions" id="contradictions">
                    <p><strong>{ CONTRADICTIONS.get(lang) }</strong></p>
                    <ul class="reasons">{ for clashes.iter().map(|r| reason_item(r, lang)) }</ul>
                </div>
            }
            { clock_view(&clock, lang, on_change) }
            if matches!(clock, Clock::Running(_)) {
                { calendar_offer(incident, &calendar_saved_for, lang) }
            }
            <ul class="duties">
                { for duties(incident).iter().map(|duty| {
                    let c = duty.kind.citation();
                    html! {
                        <li class="duty" id={duty.kind.key().replace('.', "-")}>
                            <h3>{ verdict_tag(duty.verdict, lang) }{" "}{ c.title.get(lang) }</h3>
                            <ul class="reasons">{ for duty.reasons.iter().map(|r| reason_item(r, lang)) }</ul>
                            <p class="duty-action">{ c.action.get(lang) }</p>
                            <p class="section-ref">{ format!("{} ({} {})", c.source.get(lang), RULE_VERIFIED.get(lang), c.verified_on) }</p>
                            if let Some(caveat) = c.unverified {
                                <p class="hint rule-unverified">{ format!("{}: {}", NOT_VERIFIED.get(lang), caveat.get(lang)) }</p>
                            }
                            if duty.kind == DutyKind::Publication && incident.kinds.contains(&IncidentKind::P2pLeak) {
                                { publication_hold_field(incident.publication_hold.as_ref(), lang, on_change) }
                            }
                            if duty.kind != DutyKind::PpcReport && duty.verdict != Verdict::NotRequired {
                                { done_box(duty.kind.key(), c.title.ja, done(duty.kind.key()), MARK_DONE, lang, on_change) }
                            }
                        </li>
                    }
                }) }
            </ul>
            if !others.is_empty() {
                <h3 class="others-title">{ OTHERS_TITLE.get(lang) }</h3>
                <ul class="others">
                    { for others.iter().map(|r| html! {
                        <li class="other-body">
                            <strong>{ r.body.title().get(lang) }</strong>{": "}{ r.why.get(lang) }
                            <span class="section-ref">{ r.body.source().get(lang) }</span>
                        </li>
                    }) }
                </ul>
            }
            <fieldset class="questions questions-legal">
                <legend>{ QUESTIONS_LEGEND.get(lang) }</legend>
                <p class="hint">{ s::LEGAL_HINT.get(lang) }</p>
                { for legal.into_iter().flat_map(|q| {
                    let related = (q == &PERSONS).then(|| records.clone()).flatten();
                    let note = (q == &PROTECTION).then_some(note).flatten();
                    let field = html! { <QuestionField key={q.id} question={q} answer={incident.answer(q).cloned()} lang={lang} on_change={on_change.clone()} related={related} note={note} /> };
                    std::iter::once(field).chain(crate::ui::drill::fact(incident, props.scenario.as_deref(), q, lang))
                }) }
            </fieldset>
        </section>
    }
}
