//! The debrief's parts as lines (issue 26): the steps (manual 2 and 3-x), the cautions about
//! order (3-5 ※ and the like), the PPC's deadlines on the drill's clock, the injects.

use super::render::{hm, name, pick, Lines, Mark};
use super::{DeadlineOutcome, Debrief, InjectOutcome, Reports, RuleOutcome, PROMPT_MINUTES};
use crate::core::obligations::Verdict;
use crate::core::text::Lang;

impl Debrief {
    pub(super) fn step_lines(&self, lang: Lang) -> Lines {
        self.steps
            .iter()
            .map(|step| match step.done_at {
                Some(at) => (Mark::Good, format!("{} {}", hm(at), name(step.item, lang))),
                None => (
                    Mark::Plain,
                    pick(
                        lang,
                        format!("未実施 {}", name(step.item, lang)),
                        format!("not done {}", name(step.item, lang)),
                    ),
                ),
            })
            .collect()
    }

    pub(super) fn rule_lines(&self, lang: Lang) -> Lines {
        self.rules
            .iter()
            .map(|check| {
                let (first, then) = (name(check.rule.first, lang), name(check.rule.then, lang));
                let why = check.rule.why.get(lang);
                match (check.outcome, check.first_at) {
                    (RuleOutcome::Kept, _) => (
                        Mark::Good,
                        pick(
                            lang,
                            format!("{first}を{then}より先に行いました。"),
                            format!("Did {first} before {then}."),
                        ),
                    ),
                    (RuleOutcome::Broken, Some(_)) => (
                        Mark::Missed,
                        pick(
                            lang,
                            format!("{then}を{first}より先に行いました。{why}"),
                            format!("Did {then} before {first}. {why}"),
                        ),
                    ),
                    (RuleOutcome::Broken, None) => (
                        Mark::Missed,
                        pick(
                            lang,
                            format!("{first}をせずに{then}を行いました。{why}"),
                            format!("Did {then} without {first}. {why}"),
                        ),
                    ),
                    (RuleOutcome::NotReached, _) => (
                        Mark::Plain,
                        pick(
                            lang,
                            format!("{then}は行われず、順序は試されませんでした。{why}"),
                            format!("{then} was not done: the order was not tested. {why}"),
                        ),
                    ),
                }
            })
            .collect()
    }

    pub(super) fn report_lines(&self, lang: Lang) -> Lines {
        let verdict = self.ppc.map(|v| match (lang, v) {
            (Lang::Ja, v) => v.ja(),
            (Lang::En, Verdict::Required) => "required",
            (Lang::En, Verdict::MayBeRequired) => "may be required",
            (Lang::En, Verdict::NotRequired) => "not required",
        });
        let mut lines = Vec::new();
        if let Some(v) = verdict {
            lines.push((
                Mark::Plain,
                pick(
                    lang,
                    format!("個人情報保護委員会への報告: {v}（回答から）"),
                    format!("Report to the PPC: {v} (from the answers)"),
                ),
            ));
        }
        match &self.reports {
            Reports::NotNeeded => lines.push((
                Mark::Plain,
                pick(lang, "回答からは、報告の期限はありません。".into(), "On the answers given, no reporting deadline runs.".into()),
            )),
            Reports::NeedsKnownDate => lines.push((
                Mark::Missed,
                pick(
                    lang,
                    "報告が必要かもしれないのに、知った日が入っていないため、期限を数えられませんでした。".into(),
                    "A report may be needed, but the day it became known was never set: no deadline could be counted.".into(),
                ),
            )),
            Reports::Running(deadlines) => {
                for d in deadlines {
                    let (title, due) = (d.title.get(lang), d.due);
                    let sent = d.sent_on.map(|s| s.to_string()).unwrap_or_default();
                    let (mark, ja, en) = match d.outcome {
                        DeadlineOutcome::Met => (Mark::Good, format!("{title}を期限（{due}）までに送りました（{sent}）。"), format!("{title} sent by its deadline ({due}) on {sent}.")),
                        DeadlineOutcome::Late => (Mark::Missed, format!("{title}を期限（{due}）より後に送りました（{sent}）。"), format!("{title} sent after its deadline ({due}) on {sent}.")),
                        DeadlineOutcome::Missed => (Mark::Missed, format!("{title}の期限（{due}）が過ぎましたが、送っていません。"), format!("{title}: the deadline ({due}) passed without it.")),
                        DeadlineOutcome::Open => (Mark::Plain, format!("{title}: 期限は {due}（訓練の終わりには、まだ期限内）。"), format!("{title}: due {due} (still within time when the drill ended).")),
                    };
                    lines.push((mark, pick(lang, ja, en)));
                }
            }
        }
        lines
    }

    /// Each inject's outcome alone, for the summary.
    pub(super) fn inject_outcomes(&self, lang: Lang) -> Lines {
        self.injects
            .iter()
            .map(|check| {
                let (at, item) = (
                    hm(i64::from(check.inject.at_minutes)),
                    name(check.inject.item, lang),
                );
                let done = check.item_done_at.map(hm).unwrap_or_default();
                match check.outcome {
                    InjectOutcome::DoneBefore => (
                        Mark::Good,
                        pick(
                            lang,
                            format!("{at} の状況の前に、{item}を済ませていました（{done}）。"),
                            format!("{item} was done ({done}) before the inject at {at}."),
                        ),
                    ),
                    InjectOutcome::DoneAfter => (
                        Mark::Good,
                        pick(
                            lang,
                            format!("{at} の状況に、{item}で応えました（{done}）。"),
                            format!("Answered the inject at {at} with {item} ({done})."),
                        ),
                    ),
                    InjectOutcome::DoneLate => (
                        Mark::Missed,
                        pick(
                            lang,
                            format!(
                                "{at} の状況で試された{item}を行ったのは {done} で、遅れました（{PROMPT_MINUTES}分以内が目安）。"
                            ),
                            format!(
                                "The inject at {at} tested {item}: done only at {done}, late (the aim is within {PROMPT_MINUTES} minutes)."
                            ),
                        ),
                    ),
                    InjectOutcome::NotDone => (
                        Mark::Missed,
                        pick(
                            lang,
                            format!("{at} の状況で試された{item}が行われていません。"),
                            format!("The inject at {at} tested {item}: it was not done."),
                        ),
                    ),
                    InjectOutcome::NotReached => (
                        Mark::Plain,
                        pick(
                            lang,
                            format!("{at} の状況の前に訓練が終わりました。"),
                            format!("The drill ended before the inject at {at}."),
                        ),
                    ),
                }
            })
            .collect()
    }

    pub(super) fn inject_lines(&self, lang: Lang) -> Lines {
        let outcomes = self.inject_outcomes(lang);
        let mut lines = Vec::new();
        for (check, outcome) in self.injects.iter().zip(outcomes) {
            let at = hm(i64::from(check.inject.at_minutes));
            lines.push((Mark::Plain, format!("{at} {}", check.inject.text.get(lang))));
            lines.push(outcome);
            let response = check.response.trim();
            lines.push((
                Mark::Plain,
                match (lang, response.is_empty()) {
                    (Lang::Ja, true) => "対応: （記入なし）".to_owned(),
                    (Lang::Ja, false) => format!("対応: {response}"),
                    (Lang::En, true) => "Response: (none written)".to_owned(),
                    (Lang::En, false) => format!("Response: {response}"),
                },
            ));
        }
        lines
    }
}
