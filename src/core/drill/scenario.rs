//! The drill scenario file (issue 26): plain UTF-8 text, one statement a line, that the
//! secretariat can write or adapt in any editor. The built-in scenarios are written in it too.
//! The format is documented in the README ("Drill scenarios"); a file that breaks it is refused
//! with the line and the reason ([`ScenarioError`]).

use crate::core::playbook::{IncidentKind, Item};
use crate::core::text::Lang;

/// Words in both languages, read from a scenario file (`日本語 | English`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    /// Japanese.
    pub ja: String,
    /// English.
    pub en: String,
}

impl Words {
    /// The words in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

/// A fact the participant can find out: the answer to one of the playbook's questions, revealed
/// when they open that question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// The playbook question it answers (its id).
    pub question: String,
    /// What they find out.
    pub answer: Words,
}

/// Something that happens on the drill's clock (an inject), naming the manual item it tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inject {
    /// Its id, unique in the scenario: responses are stored under it.
    pub id: String,
    /// Minutes of drill time after the start.
    pub at_minutes: u32,
    /// The manual item it tests.
    pub item: &'static Item,
    /// What happens.
    pub text: Words,
}

/// A caution about order: `first` must be done before `then` (manual 3-5 ※: the infected PC is
/// not worked on before it is cut off and the secretariat consulted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrderRule {
    /// What must come first.
    pub first: &'static Item,
    /// What must not come before it.
    pub then: &'static Item,
    /// Why, in the manual's words where it has them.
    pub why: Words,
}

/// A scripted exercise for one or more incident types.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Its id (letters, digits, `-` and `.`).
    pub id: String,
    /// The incident types it exercises, in the manual's order.
    pub kinds: Vec<IncidentKind>,
    /// Its title.
    pub title: Words,
    /// The starting situation, a paragraph a line.
    pub situation: Vec<Words>,
    /// The facts that can be found out.
    pub facts: Vec<Fact>,
    /// The injects, in drill-time order.
    pub injects: Vec<Inject>,
    /// The cautions about order the debrief checks.
    pub order: Vec<OrderRule>,
}

/// Why a scenario file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioProblem {
    /// Nothing but blank lines and comments.
    Empty,
}

/// A scenario file refused: the line (from 1) and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    /// The line the problem is on, counted from 1 (0: the file as a whole).
    pub line: usize,
    /// What is wrong there.
    pub problem: ScenarioProblem,
}

impl ScenarioError {
    /// The message shown to the user: the line and the reason, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let _ = lang;
        format!("{}: {:?}", self.line, self.problem)
    }
}

impl Scenario {
    /// Reads a scenario file.
    pub fn parse(text: &str) -> Result<Scenario, ScenarioError> {
        let _ = text;
        Err(ScenarioError {
            line: 0,
            problem: ScenarioProblem::Empty,
        })
    }
}
