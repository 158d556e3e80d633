//! The debrief (振り返り, issue 26): what the manual expects for the drill's types, compared with
//! what the participant did and when, on the drill's clock. The steps are the incident's merged
//! task list (manual 2 and 3-x, as the incident screen shows it); the order rules are the
//! scenario's, taken from the manual's cautions (3-5 ※, 2 発見・通報 ※); the reporting deadlines
//! are the PPC clock's (`core::obligations`) read on the drill's day; the injects are the
//! scenario's, each with the manual item it tests.

mod lines;
mod render;

use super::{DrillClock, Inject, OrderRule, Scenario, Words};
use crate::core::incident::Incident;
use crate::core::obligations::{self, Clock, DutyKind, Verdict};
use crate::core::playbook::{tasks_for, Item};
use crate::core::text::Text;
use crate::core::time::{CivilDate, Timestamp};

/// One step the manual expects (manual 2 and 3-x: a ◆/◎ task or a measure of its tables).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The manual's item.
    pub item: &'static Item,
    /// When it was done, in minutes of drill time from the start; `None` when not done.
    pub done_at: Option<i64>,
    /// A step of an earlier stage of the flow (manual 1 主な流れ) done only after this one, when
    /// there is one: this step was done ahead of the manual's order.
    pub ahead_of: Option<&'static Item>,
}

/// How an order rule (a caution of the manual, e.g. 3-5 ※) fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleOutcome {
    /// The first step was done, and before (or with) the second.
    Kept,
    /// The second step was done while the first was not, or before it.
    Broken,
    /// The second step was not done: nothing to judge.
    NotReached,
}

/// An order rule of the scenario with what happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleCheck {
    /// The rule.
    pub rule: OrderRule,
    /// When its first step was done (drill minutes).
    pub first_at: Option<i64>,
    /// When its second step was done (drill minutes).
    pub then_at: Option<i64>,
    /// Kept, broken or not reached.
    pub outcome: RuleOutcome,
}

/// How a reporting deadline (PPC 速報/確報, after manual 2 通知・公表・報告等) fared on the drill's clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineOutcome {
    /// Marked sent on or before the due day.
    Met,
    /// Marked sent after the due day.
    Late,
    /// Not sent, and the due day has passed.
    Missed,
    /// Not sent, and still within time when the drill ended.
    Open,
}

/// One report of the PPC clock (速報, 確報: APPI Art. 68(1), Rules Art. 44) on the drill's clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineCheck {
    /// The report's name.
    pub title: Text,
    /// Its last day.
    pub due: CivilDate,
    /// The drill day it was marked sent.
    pub sent_on: Option<CivilDate>,
    /// Met, late, missed or open.
    pub outcome: DeadlineOutcome,
}

/// The reporting clock at the drill's end (counted from 知った日, never guessed: PPC Q&A 7-3-4-1).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Reports {
    /// No PPC or My Number report is needed, on the answers given.
    #[default]
    NotNeeded,
    /// A report may be needed, but 知った日 was never set: nothing could be counted.
    NeedsKnownDate,
    /// The deadlines, 速報 first.
    Running(Vec<DeadlineCheck>),
}

/// Minutes of drill time within which a step an inject tests counts as its answer; later, as
/// answered late. The manual asks for these steps at once (直ちに, 速やかに: manual 2 報告・協議,
/// 3-5 (2)); half an hour of drill time is the drill's reading of "at once".
pub const PROMPT_MINUTES: i64 = 30;

/// What the participant did about an inject: whether the manual step it tests (manual 2 or 3-x)
/// was done, and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InjectOutcome {
    /// The drill ended before the inject came.
    NotReached,
    /// The item it tests was done already when it came.
    DoneBefore,
    /// The item it tests was done after it came, within [`PROMPT_MINUTES`].
    DoneAfter,
    /// The item it tests was done after it came, but later than [`PROMPT_MINUTES`].
    DoneLate,
    /// The item it tests was not done.
    NotDone,
}

/// An inject of the scenario (an event on the drill's clock testing a step of manual 2 or 3-x)
/// with the participant's response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InjectCheck {
    /// The inject.
    pub inject: Inject,
    /// When the item it tests was done (drill minutes).
    pub item_done_at: Option<i64>,
    /// Done before, after, not at all, or not reached.
    pub outcome: InjectOutcome,
    /// What the participant wrote they did, as typed.
    pub response: String,
}

/// The debrief of one drill: the manual's steps for its types (manual 2 and 3-x), its cautions
/// about order, the reporting deadlines and the injects.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Debrief {
    /// The scenario's title.
    pub title: Words,
    /// Drill seconds per real second.
    pub speed: u32,
    /// Minutes of drill time when the drill ended (or at the time of the debrief, if still on).
    pub minutes: i64,
    /// Whether the participant ended the drill.
    pub ended: bool,
    /// The PPC report's verdict on the answers given (APPI Art. 68(1), Rules Art. 43).
    pub ppc: Option<Verdict>,
    /// The steps the manual expects, in the manual's order.
    pub steps: Vec<Step>,
    /// The scenario's order rules.
    pub rules: Vec<RuleCheck>,
    /// The reporting deadlines on the drill's clock.
    pub reports: Reports,
    /// The injects, in drill-time order.
    pub injects: Vec<InjectCheck>,
}

impl Debrief {
    /// The debrief of `incident` (a drill of `scenario`) at real time `now`: the drill's end
    /// when it was ended, else `now`. A record that is no drill is read on a real-time clock
    /// from its creation.
    pub fn of(incident: &Incident, scenario: &Scenario, now: Timestamp) -> Debrief {
        let run = incident.drill.as_deref();
        let clock = run.map_or(
            DrillClock {
                started_at: incident.created_at,
                speed: 1,
            },
            |r| r.clock(),
        );
        let end = run.and_then(|r| r.ended_at).unwrap_or(now);
        let minutes = clock.drill_minutes(end);
        // What was done after the drill ended is not the drill's: the debrief stays as it was
        // at the end, whatever the record gets afterwards.
        let done = |item: &Item| {
            let record = incident.tasks.get(item.task_key());
            record
                .and_then(|t| t.done_at)
                .filter(|t| *t <= end)
                .map(|t| clock.drill_minutes(t))
        };
        let steps = steps(incident, &done);
        let rules = scenario
            .order
            .iter()
            .map(|rule| {
                let (first_at, then_at) = (done(rule.first), done(rule.then));
                let outcome = match (first_at, then_at) {
                    (_, None) => RuleOutcome::NotReached,
                    (Some(first), Some(then)) if first <= then => RuleOutcome::Kept,
                    _ => RuleOutcome::Broken,
                };
                RuleCheck {
                    rule: rule.clone(),
                    first_at,
                    then_at,
                    outcome,
                }
            })
            .collect();
        let injects = scenario
            .injects
            .iter()
            .map(|inject| {
                let item_done_at = done(inject.item);
                let at = i64::from(inject.at_minutes);
                let outcome = match item_done_at {
                    _ if at > minutes => InjectOutcome::NotReached,
                    Some(t) if t < at => InjectOutcome::DoneBefore,
                    Some(t) if t - at <= PROMPT_MINUTES => InjectOutcome::DoneAfter,
                    Some(_) => InjectOutcome::DoneLate,
                    None => InjectOutcome::NotDone,
                };
                let response = run
                    .and_then(|r| r.responses.get(&inject.id))
                    .cloned()
                    .unwrap_or_default();
                InjectCheck {
                    inject: inject.clone(),
                    item_done_at,
                    outcome,
                    response,
                }
            })
            .collect();
        Debrief {
            title: scenario.title.clone(),
            speed: clock.speed,
            minutes,
            ended: run.is_some_and(|r| r.ended_at.is_some()),
            ppc: Some(obligations::duty(incident, DutyKind::PpcReport).verdict),
            steps,
            rules,
            reports: reports(incident, clock, end),
            injects,
        }
    }
}

/// The incident's steps in the manual's order, each with when it was done and whether a step of
/// an earlier stage came only after it.
fn steps(incident: &Incident, done: &dyn Fn(&Item) -> Option<i64>) -> Vec<Step> {
    let tasks: Vec<(&'static Item, Option<i64>)> = tasks_for(&incident.kinds)
        .into_iter()
        .filter(|m| m.item.kind.is_task())
        .map(|m| (m.item, done(m.item)))
        .collect();
    tasks
        .iter()
        .map(|&(item, done_at)| {
            let ahead_of = done_at.and_then(|at| {
                tasks
                    .iter()
                    .find(|(earlier, t)| earlier.phase < item.phase && t.is_some_and(|t| t > at))
                    .map(|(earlier, _)| *earlier)
            });
            Step {
                item,
                done_at,
                ahead_of,
            }
        })
        .collect()
}

/// The PPC clock read on the drill's day at `end`, each report's sending day on the drill's clock.
fn reports(incident: &Incident, clock: DrillClock, end: Timestamp) -> Reports {
    let today = CivilDate::of(clock.drill_time(end));
    match obligations::clock(incident, today) {
        Clock::NotApplicable => Reports::NotNeeded,
        Clock::NeedsKnownDate => Reports::NeedsKnownDate,
        Clock::Running(deadlines) => Reports::Running(
            deadlines
                .iter()
                .map(|d| {
                    let sent_on = incident
                        .duty_done_at(d.kind.key())
                        .filter(|t| *t <= end)
                        .map(|t| CivilDate::of(clock.drill_time(t)));
                    let outcome = match sent_on {
                        Some(day) if day <= d.due => DeadlineOutcome::Met,
                        Some(_) => DeadlineOutcome::Late,
                        None if today > d.due => DeadlineOutcome::Missed,
                        None => DeadlineOutcome::Open,
                    };
                    DeadlineCheck {
                        title: d.title(),
                        due: d.due,
                        sent_on,
                        outcome,
                    }
                })
                .collect(),
        ),
    }
}
