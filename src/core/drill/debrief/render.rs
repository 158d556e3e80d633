//! The debrief in words (issue 26): a summary first (できたこと / 見落としたこと: what went well,
//! what the manual expected that was missed), then the steps, the cautions about order, the
//! reporting deadlines and the injects. Plain text for the report and the file the secretariat
//! collects; escaped HTML for the screen and the A4 print.

use super::{Debrief, RuleOutcome};
use crate::core::drill::DRILL_MARK;
use crate::core::playbook::{Item, Phase};
use crate::core::report::escape;
use crate::core::text::Lang;

/// How a line of the debrief reads: well done, missed, or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mark {
    Good,
    Missed,
    Plain,
}

impl Mark {
    fn prefix(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Mark::Good, Lang::Ja) => "○ ",
            (Mark::Missed, Lang::Ja) => "× ",
            (Mark::Plain, Lang::Ja) => "・",
            (Mark::Good, Lang::En) => "[ok] ",
            (Mark::Missed, Lang::En) => "[missed] ",
            (Mark::Plain, Lang::En) => "- ",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Mark::Good => "debrief-good",
            Mark::Missed => "debrief-missed",
            Mark::Plain => "debrief-plain",
        }
    }
}

/// Lines of the debrief, each with its mark.
pub(super) type Lines = Vec<(Mark, String)>;

/// A heading and its lines.
struct Section {
    heading: String,
    lines: Lines,
}

/// The words in `lang`.
pub(super) fn pick(lang: Lang, ja: String, en: String) -> String {
    match lang {
        Lang::Ja => ja,
        Lang::En => en,
    }
}

/// Drill time as "+h:mm" from the start.
pub(super) fn hm(minutes: i64) -> String {
    let m = minutes.max(0);
    format!("+{}:{:02}", m / 60, m % 60)
}

/// An item named with its manual section: 「…」（3-5 (2)） / "…" (3-5 (2)).
pub(super) fn name(item: &Item, lang: Lang) -> String {
    pick(
        lang,
        format!("「{}」（{}）", item.text.ja, item.section_in(lang)),
        format!("\"{}\" ({})", item.text.en, item.section_in(lang)),
    )
}

impl Debrief {
    /// As plain text, for the report and the file the secretariat collects: the title with
    /// 【訓練】, the summary, then each part.
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        for line in self.head(lang) {
            out.push_str(&line);
            out.push('\n');
        }
        for section in self.sections(lang) {
            out.push_str(&format!("\n■ {}\n", section.heading));
            for (mark, line) in section.lines {
                out.push_str(mark.prefix(lang));
                out.push_str(&line);
                out.push('\n');
            }
        }
        out
    }

    /// As escaped HTML, for the screen and the A4 print: a `section.debrief` with a heading and a
    /// list a part, each line classed `debrief-good`, `debrief-missed` or `debrief-plain`.
    pub fn to_html(&self, lang: Lang) -> String {
        let mut head = self.head(lang).into_iter();
        let title = head.next().unwrap_or_default();
        let mut out = format!("<section class=\"debrief\"><h2>{}</h2>", escape(&title));
        for line in head {
            out.push_str(&format!("<p>{}</p>", escape(&line)));
        }
        for section in self.sections(lang) {
            out.push_str(&format!("<h3>{}</h3><ul>", escape(&section.heading)));
            for (mark, line) in section.lines {
                let text = format!("{}{}", mark.prefix(lang), line);
                out.push_str(&format!(
                    "<li class=\"{}\">{}</li>",
                    mark.class(),
                    escape(&text)
                ));
            }
            out.push_str("</ul>");
        }
        out.push_str("</section>");
        out
    }

    /// The title line, the drill's speed and length, and the count of steps done.
    fn head(&self, lang: Lang) -> Vec<String> {
        let done = self.steps.iter().filter(|s| s.done_at.is_some()).count();
        let all = self.steps.len();
        let (speed, time) = (self.speed, hm(self.minutes));
        vec![
            pick(
                lang,
                format!("{DRILL_MARK}振り返り: {}", self.title.ja),
                format!("{DRILL_MARK} Debrief: {}", self.title.en),
            ),
            match (lang, self.ended) {
                (Lang::Ja, true) => format!("速度 {speed}倍、訓練の時間 {time}（終了）"),
                (Lang::Ja, false) => format!("速度 {speed}倍、訓練の時間 {time}（続行中）"),
                (Lang::En, true) => format!("Speed {speed}x, drill time {time} (ended)"),
                (Lang::En, false) => format!("Speed {speed}x, drill time {time} (still running)"),
            },
            pick(
                lang,
                format!("マニュアルの手順 {all} 件のうち {done} 件を行いました。"),
                format!("{done} of the manual's {all} steps done."),
            ),
        ]
    }

    fn sections(&self, lang: Lang) -> Vec<Section> {
        let none = |lines: &mut Lines| {
            if lines.is_empty() {
                lines.push((
                    Mark::Plain,
                    pick(lang, "（ありません）".into(), "(none)".into()),
                ));
            }
        };
        let (mut good, mut missed) = self.summary(lang);
        none(&mut good);
        none(&mut missed);
        let t = |ja: &str, en: &str| pick(lang, ja.to_owned(), en.to_owned());
        let mut rules = self.rule_lines(lang);
        none(&mut rules);
        let mut injects = self.inject_lines(lang);
        none(&mut injects);
        vec![
            Section {
                heading: t("できたこと", "What went well"),
                lines: good,
            },
            Section {
                heading: t("見落としたこと", "What the manual expected that was missed"),
                lines: missed,
            },
            Section {
                heading: t("手順（マニュアルの順）", "Steps (in the manual's order)"),
                lines: self.step_lines(lang),
            },
            Section {
                heading: t("順序の注意", "Cautions about order"),
                lines: rules,
            },
            Section {
                heading: t(
                    "報告の期限（訓練の時計）",
                    "Reporting deadlines (on the drill's clock)",
                ),
                lines: self.report_lines(lang),
            },
            Section {
                heading: t("状況の付与（インジェクト）", "Injects"),
                lines: injects,
            },
        ]
    }

    /// できたこと and 見落としたこと: what went well; what the manual expected that was missed
    /// (a caution broken, an inject left unanswered, a deadline, a first-hour step not done, a
    /// step ahead of its stage).
    fn summary(&self, lang: Lang) -> (Lines, Lines) {
        let (mut good, mut missed) = (Vec::new(), Vec::new());
        for (mark, line) in self
            .rule_lines(lang)
            .into_iter()
            .chain(self.inject_outcomes(lang))
        {
            match mark {
                Mark::Good => good.push((mark, line)),
                Mark::Missed => missed.push((mark, line)),
                Mark::Plain => {}
            }
        }
        for (mark, line) in self.report_lines(lang) {
            match mark {
                Mark::Good => good.push((mark, line)),
                Mark::Missed => missed.push((mark, line)),
                Mark::Plain => {}
            }
        }
        for step in &self.steps {
            let first_hour = step.item.phase <= Phase::InitialResponse;
            // A step an inject tests is judged by that inject only: named once when unanswered,
            // and not missed when the drill ended before its situation arose (外部から通報が
            // あった場合 is no step of a drill that never got the call).
            let tested = self
                .injects
                .iter()
                .any(|i| i.inject.item.task_key() == step.item.task_key());
            // A step a broken caution already names as too early is named once, by the caution
            // (3-5's removal before the cut-off is also ahead of chapter 2's 遮断: one mistake).
            let early = self.rules.iter().any(|r| {
                r.outcome == RuleOutcome::Broken && r.rule.then.task_key() == step.item.task_key()
            });
            match (step.done_at, step.ahead_of) {
                (None, _) if first_hour && !tested => missed.push((
                    Mark::Missed,
                    pick(
                        lang,
                        format!("{}が行われていません。", name(step.item, lang)),
                        format!("{} was not done.", name(step.item, lang)),
                    ),
                )),
                (Some(_), Some(earlier)) if !early => missed.push((
                    Mark::Missed,
                    pick(
                        lang,
                        format!(
                            "{}を、前の段階の{}より先に行いました。",
                            name(step.item, lang),
                            name(earlier, lang)
                        ),
                        format!(
                            "{} was done before {}, a step of an earlier stage.",
                            name(step.item, lang),
                            name(earlier, lang)
                        ),
                    ),
                )),
                _ => {}
            }
        }
        (good, missed)
    }
}
