//! The drill scenario file (issue 26): plain UTF-8 text, one statement a line, that the
//! secretariat can write or adapt in any editor. The built-in scenarios are written in it too.
//! The format is documented in the README ("Drill scenarios"); a file that breaks it is refused
//! with the line and the reason ([`ScenarioError`]).

mod problem;

pub use problem::{ScenarioProblem, Statement};

use crate::core::playbook::{basic_flow, item, question, questions_for, IncidentKind, Item};
use crate::core::sorted::sort_stable_by;
use crate::core::text::Lang;

/// The largest file read, in bytes: a scenario is a page or two of text.
pub const MAX_BYTES: usize = 64 * 1024;
/// The most lines read.
pub const MAX_LINES: usize = 2_000;
/// The latest an inject can come, in minutes of drill time (30 days: the PPC's 確報 deadline).
pub const MAX_MINUTES: u32 = 30 * 24 * 60;
/// The longest name (of a scenario or an inject), in characters.
const MAX_NAME: usize = 64;

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

/// A scenario file refused: the line (from 1) and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    /// The line the problem is on, counted from 1 (0: the file as a whole).
    pub line: usize,
    /// What is wrong there.
    pub problem: ScenarioProblem,
}

impl ScenarioError {
    /// The message shown to the user: "N行目: reason" / "Line N: reason" (the reason alone when
    /// it is about the file as a whole).
    pub fn message(&self, lang: Lang) -> String {
        let reason = self.problem.reason(lang);
        match (self.line, lang) {
            (0, _) => reason,
            (n, Lang::Ja) => format!("{n}行目: {reason}"),
            (n, Lang::En) => format!("Line {n}: {reason}"),
        }
    }
}

impl Scenario {
    /// Reads a scenario file (the format is in the README, "Drill scenarios"): the scenario, or
    /// the first line that breaks the format and why. Never panics, whatever the text; reads at
    /// most [`MAX_BYTES`] and [`MAX_LINES`].
    pub fn parse(text: &str) -> Result<Scenario, ScenarioError> {
        let whole = |problem| ScenarioError { line: 0, problem };
        if text.len() > MAX_BYTES {
            return Err(whole(ScenarioProblem::TooLarge));
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut draft = Draft::default();
        for (n, raw) in text.lines().enumerate() {
            let line = n + 1;
            if line > MAX_LINES {
                return Err(whole(ScenarioProblem::TooManyLines));
            }
            let at = |problem| ScenarioError { line, problem };
            if raw.chars().any(|c| c.is_control() && c != '\t') {
                return Err(at(ScenarioProblem::NotText));
            }
            let raw = raw.trim();
            if raw.is_empty() || raw.starts_with(['#', '＃']) {
                continue;
            }
            draft.read(raw, line).map_err(at)?;
        }
        draft.finish()
    }

    /// The fact found out by opening the question `question_id`, if the scenario has one.
    pub fn fact(&self, question_id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.question == question_id)
    }
}

/// What has been read so far, with the line of each statement checked at the end.
#[derive(Default)]
struct Draft {
    read_any: bool,
    id: Option<String>,
    kinds: Option<Vec<IncidentKind>>,
    title: Option<Words>,
    situation: Vec<Words>,
    facts: Vec<(usize, Fact)>,
    injects: Vec<(usize, Inject)>,
    order: Vec<(usize, OrderRule)>,
}

impl Draft {
    /// Reads one statement (a line that is neither blank nor a comment).
    fn read(&mut self, line_text: &str, line: usize) -> Result<(), ScenarioProblem> {
        use ScenarioProblem as P;
        self.read_any = true;
        let (head, value) = split_once_any(line_text, &[':', '：']).ok_or(P::NoColon)?;
        let mut words = head.split_whitespace();
        let keyword = words.next().unwrap_or_default();
        let args: Vec<&str> = words.collect();
        let statement =
            Statement::named(keyword).ok_or_else(|| P::UnknownStatement(cut(keyword)))?;
        match (statement, args.as_slice()) {
            (Statement::Scenario, []) => {
                once(&self.id, statement)?;
                self.id = Some(name(value)?);
            }
            (Statement::Type, []) => {
                once(&self.kinds, statement)?;
                self.kinds = Some(kinds(value)?);
            }
            (Statement::Title, []) => {
                once(&self.title, statement)?;
                self.title = Some(bilingual(value)?);
            }
            (Statement::Situation, []) => self.situation.push(bilingual(value)?),
            (Statement::Fact, [id]) => {
                let asked = question(id).ok_or_else(|| P::UnknownQuestion(cut(id)))?;
                if self.facts.iter().any(|(_, f)| f.question == asked.id) {
                    return Err(P::RepeatedFact(cut(id)));
                }
                let answer = bilingual(value)?;
                let fact = Fact {
                    question: asked.id.to_owned(),
                    answer,
                };
                self.facts.push((line, fact));
            }
            (Statement::Inject, [id, minutes, tested]) => {
                let id = name(id)?;
                if self.injects.iter().any(|(_, i)| i.id == id) {
                    return Err(P::RepeatedInject(id));
                }
                let at_minutes = self::minutes(minutes)?;
                let item = task(tested)?;
                let text = bilingual(value)?;
                let inject = Inject {
                    id,
                    at_minutes,
                    item,
                    text,
                };
                self.injects.push((line, inject));
            }
            (Statement::Order, [first, before, then]) if before.eq_ignore_ascii_case("before") => {
                let (first, then) = (task(first)?, task(then)?);
                if first.task_key() == then.task_key() {
                    return Err(P::SameItem(cut(first.id)));
                }
                let why = bilingual(value)?;
                self.order.push((line, OrderRule { first, then, why }));
            }
            _ => return Err(P::Form(statement)),
        }
        Ok(())
    }

    /// The scenario, once every line is read: what is missing, and whether the questions and
    /// items named belong to its types.
    fn finish(self) -> Result<Scenario, ScenarioError> {
        use ScenarioProblem as P;
        let whole = |problem| ScenarioError { line: 0, problem };
        if !self.read_any {
            return Err(whole(P::Empty));
        }
        let id = self.id.ok_or(whole(P::Missing(Statement::Scenario)))?;
        let kinds = self.kinds.ok_or(whole(P::Missing(Statement::Type)))?;
        let title = self.title.ok_or(whole(P::Missing(Statement::Title)))?;
        if self.situation.is_empty() {
            return Err(whole(P::Missing(Statement::Situation)));
        }
        let asked = questions_for(&kinds);
        let mut facts = Vec::with_capacity(self.facts.len());
        for (line, fact) in self.facts {
            if !asked.iter().any(|q| q.id == fact.question) {
                let problem = P::QuestionNotAsked(cut(&fact.question));
                return Err(ScenarioError { line, problem });
            }
            facts.push(fact);
        }
        let listed = |i: &Item| {
            let of_types = kinds.iter().flat_map(|k| k.guide().items.iter());
            basic_flow::ITEMS
                .iter()
                .chain(of_types)
                .any(|x| x.id == i.id)
        };
        let outside = |line: usize, i: &Item| ScenarioError {
            line,
            problem: P::ItemNotInTypes(cut(i.id)),
        };
        let mut injects = Vec::with_capacity(self.injects.len());
        for (line, inject) in self.injects {
            if !listed(inject.item) {
                return Err(outside(line, inject.item));
            }
            injects.push(inject);
        }
        sort_stable_by(&mut injects, |a, b| a.at_minutes.cmp(&b.at_minutes));
        let mut order = Vec::with_capacity(self.order.len());
        for (line, rule) in self.order {
            for item in [rule.first, rule.then] {
                if !listed(item) {
                    return Err(outside(line, item));
                }
            }
            order.push(rule);
        }
        Ok(Scenario {
            id,
            kinds,
            title,
            situation: self.situation,
            facts,
            injects,
            order,
        })
    }
}

/// `text` split at the first of `seps`, both sides trimmed.
fn split_once_any<'a>(text: &'a str, seps: &[char]) -> Option<(&'a str, &'a str)> {
    let at = text.find(seps)?;
    let sep_len = text[at..].chars().next().map_or(1, char::len_utf8);
    Some((text[..at].trim(), text[at + sep_len..].trim()))
}

/// The first 40 characters of words quoted back from the file.
fn cut(words: &str) -> String {
    words.chars().take(40).collect()
}

/// Refuses a statement given a second time.
fn once<T>(slot: &Option<T>, statement: Statement) -> Result<(), ScenarioProblem> {
    match slot {
        Some(_) => Err(ScenarioProblem::Repeated(statement)),
        None => Ok(()),
    }
}

/// A name: letters, digits, `-` and `.`, at most [`MAX_NAME`] characters.
fn name(words: &str) -> Result<String, ScenarioProblem> {
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
    if words.is_empty() || words.chars().count() > MAX_NAME || !words.chars().all(plain) {
        return Err(ScenarioProblem::BadName(cut(words)));
    }
    Ok(words.to_owned())
}

/// The types of `type: 3-5, 3-6` (commas, 、 or spaces between), in the manual's order.
fn kinds(value: &str) -> Result<Vec<IncidentKind>, ScenarioProblem> {
    let mut kinds = Vec::new();
    for section in value
        .split([',', '、', '，', ' '])
        .filter(|s| !s.is_empty())
    {
        let kind = IncidentKind::ALL
            .into_iter()
            .find(|k| k.guide().section == section);
        kinds.push(kind.ok_or_else(|| ScenarioProblem::UnknownType(cut(section)))?);
    }
    if kinds.is_empty() {
        return Err(ScenarioProblem::Form(Statement::Type));
    }
    Ok(IncidentKind::in_order(&kinds))
}

/// `+<minutes>` (the `+` may be left out), at most [`MAX_MINUTES`].
fn minutes(words: &str) -> Result<u32, ScenarioProblem> {
    let digits = words.strip_prefix('+').unwrap_or(words);
    let read = digits
        .parse::<u32>()
        .ok()
        .filter(|_| digits.bytes().all(|b| b.is_ascii_digit()));
    read.filter(|m| *m <= MAX_MINUTES)
        .ok_or_else(|| ScenarioProblem::BadMinutes(cut(words)))
}

/// The manual item `id`, which must be a step with a checkbox.
fn task(id: &str) -> Result<&'static Item, ScenarioProblem> {
    let found = item(id).ok_or_else(|| ScenarioProblem::UnknownItem(cut(id)))?;
    if !found.kind.is_task() {
        return Err(ScenarioProblem::NotATask(cut(id)));
    }
    Ok(found)
}

/// `日本語 | English` (a full-width ｜ too), both parts required.
fn bilingual(value: &str) -> Result<Words, ScenarioProblem> {
    let (ja, en) = split_once_any(value, &['|', '｜']).ok_or(ScenarioProblem::NoEnglish)?;
    if ja.is_empty() {
        return Err(ScenarioProblem::NoJapanese);
    }
    if en.is_empty() {
        return Err(ScenarioProblem::NoEnglish);
    }
    Ok(Words {
        ja: ja.to_owned(),
        en: en.to_owned(),
    })
}
