//! The one place that turns what the core names (a question, a task, a field of the form) into
//! the ids of the page's elements. The core never builds a page id; every screen that renders
//! one of these elements, and every link that jumps to one, asks here, so the two cannot drift.

use crate::core::playbook::questions::{AnswerKind, Question};
use crate::core::playbook::Item;
use crate::core::report::completeness::{Field, ReporterField};

fn slug(id: &str) -> String {
    id.replace('.', "-")
}

/// The element around a question (`q-3-2-info-b`); its controls add a suffix.
pub fn question(q: &Question) -> String {
    format!("q-{}", slug(q.id))
}

/// The text box of a question (`q-3-2-info-b-text`).
pub fn question_text(q: &Question) -> String {
    format!("{}-text", question(q))
}

/// One option of a choice question (`q-law-sensitive-yes`).
pub fn question_option(q: &Question, option: &str) -> String {
    format!("{}-{option}", question(q))
}

/// The control that answers `q`: its first option, or its text box.
pub fn answer_control(q: &Question) -> String {
    match q.answer {
        AnswerKind::OneOf(options) => question_option(q, options.first().map_or("yes", |o| o.id)),
        AnswerKind::Text | AnswerKind::Count | AnswerKind::Choices(_) => question_text(q),
    }
}

/// The row of a task (`item-3-1-1-step-1`).
pub fn item(item: &Item) -> String {
    format!("item-{}", slug(item.id))
}

/// A task's done checkbox (`item-3-1-1-step-1-done`).
pub fn item_done(item: &Item) -> String {
    format!("{}-done", self::item(item))
}

/// A duty's or deadline's row, by its stored key (`duty-ppc-report`).
pub fn duty(key: &str) -> String {
    slug(key)
}

/// A duty's "done" checkbox (`duty-ppc-report-done`).
pub fn duty_done(key: &str) -> String {
    format!("{}-done", duty(key))
}

/// A reporter setting's text box.
pub fn reporter(field: ReporterField) -> &'static str {
    match field {
        ReporterField::Section => "settings-section",
        ReporterField::Name => "settings-reporter",
        ReporterField::Contact => "settings-contact",
        ReporterField::SecretariatEmail => "settings-email",
    }
}

/// The date field of 知った日.
pub const KNOWN_ON: &str = "incident-known-on";

/// Where a gap of the report is filled.
pub fn field(field: Field) -> String {
    match field {
        Field::Reporter(r) => reporter(r).into(),
        Field::KnownOn => KNOWN_ON.into(),
        Field::Question(q) => answer_control(q),
        Field::Task(i) => item_done(i),
    }
}

/// What a drill's participant found out about a question (`q-3-5-2-fact-1-fact`, issue 26).
pub fn drill_fact(q: &Question) -> String {
    format!("{}-fact", question(q))
}

/// The button that finds out a drill's fact about a question (`q-3-5-2-fact-1-reveal`).
pub fn drill_reveal(q: &Question) -> String {
    format!("{}-reveal", question(q))
}

/// A drill's inject, by its id in the scenario (`drill-inject-press-call`).
pub fn drill_inject(id: &str) -> String {
    format!("drill-inject-{id}")
}

/// The response field of a drill's inject (`drill-inject-press-call-response`).
pub fn drill_response(id: &str) -> String {
    format!("{}-response", drill_inject(id))
}
