//! One incident record (a draft): what happened, which types, what has been done and answered, and
//! the timeline. Changes go through [`Incident::apply`], a pure function, so every rule about them
//! is tested without a browser.

use crate::core::drill::{DrillChange, DrillRun};
use crate::core::playbook::questions::Question;
use crate::core::playbook::{choice_words, question, tasks_for, IncidentKind, Item};
use crate::core::sorted::SortedMap;
use crate::core::time::{CivilDate, Timestamp};
use serde::{Deserialize, Serialize};

mod timeline;

pub use timeline::{EntrySource, Timeline, TimelineEntry};

/// The longest text a single field keeps, in characters. The inputs say so with `maxlength`; the
/// model enforces it too, so a hostile import cannot smuggle in megabytes.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Where the incident stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// 対応中: being handled.
    #[default]
    Open,
    /// 完了: the response is finished.
    Closed,
}

/// A task of the playbook as done (or not) in this incident.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskRecord {
    /// When it was ticked; `None` when not done.
    pub done_at: Option<Timestamp>,
    /// The user's note ("10:40 鉄道会社に電話、遺失物として登録").
    #[serde(default)]
    pub note: String,
}

/// The answer to a playbook question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// Free text.
    #[serde(default)]
    pub text: String,
    /// Ids of the options chosen, for choice questions.
    #[serde(default)]
    pub choices: Vec<String>,
}

impl Answer {
    /// Whether nothing has been answered.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.choices.is_empty()
    }
}

/// An incident record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incident {
    /// Short random id, made by the edge.
    pub id: String,
    /// Incremented by every change; lets storage notice a newer save from another tab.
    pub revision: u64,
    /// A short title the user gives ("USBメモリ紛失（通勤電車）").
    #[serde(default)]
    pub title: String,
    /// The incident's types, in the manual's order; at least one.
    pub kinds: Vec<IncidentKind>,
    /// 対応中 / 完了.
    #[serde(default)]
    pub status: Status,
    /// The day the prefecture learned of it (知った日): deadlines count from it.
    #[serde(default)]
    pub known_on: Option<CivilDate>,
    /// When the record was made.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
    /// Tasks by [`Item::task_key`].
    #[serde(default)]
    pub tasks: SortedMap<TaskRecord>,
    /// Duties (and the PPC's two reports) marked done, by the duty's key
    /// (`obligations::duty_keys`). Apart from `tasks`: a duty is not a task of the manual. The
    /// same record as a task's (when, and a note), which also keeps the single file small.
    #[serde(default)]
    pub duties: SortedMap<TaskRecord>,
    /// Answers by question id.
    #[serde(default)]
    pub answers: SortedMap<Answer>,
    /// What happened and when, oldest first.
    #[serde(default)]
    pub timeline: Timeline,
    /// Put away from the main list (finished and filed); still stored.
    #[serde(default)]
    pub archived: bool,
    /// Deleted by the user, who can still undo it; `None` when not deleted. Permanent deletion
    /// removes the record and is asked for separately.
    #[serde(default)]
    pub deleted_at: Option<Timestamp>,
    /// A decision to hold publication back (manual 3-4 (4)); `None` when none was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication_hold: Option<PublicationHold>,
    /// The drill this record plays (issue 26); `None` for a real incident. Boxed: most records
    /// are real, and the reducer's actions carry whole incidents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drill: Option<Box<DrillRun>>,
}

/// Manual 3-4 (4): publishing a P2P leak may make people download the files, so the section may
/// decide to hold publication back for a while. The decision is recorded with its reason and day,
/// and goes into every export.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicationHold {
    /// The day it was decided.
    #[serde(default)]
    pub decided_on: Option<CivilDate>,
    /// Why, in the user's words (who decided, until when).
    #[serde(default)]
    pub reason: String,
}

/// A change to an incident, as the UI asks for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Rename.
    SetTitle(String),
    /// Set or clear the day it became known.
    SetKnownOn(Option<CivilDate>),
    /// Add or remove a type; the last type cannot be removed.
    SetKind(IncidentKind, bool),
    /// Tick or untick a task; logged in the timeline.
    SetTaskDone(&'static Item, bool),
    /// Edit a task's note.
    SetTaskNote(String, String),
    /// Edit an answer's text as it is typed (not logged).
    EditAnswer(String, String),
    /// Tick or untick an option of a choice question; logged.
    SetChoice(String, String, bool),
    /// Set a single-choice (yes/no) answer; logged.
    SetOnly(String, String),
    /// Tick or untick a legal duty (by its key); logged with its label.
    SetDutyDone(&'static str, &'static str, bool),
    /// Log the answer's current value in the timeline (when the user leaves the field).
    LogAnswer(String, String),
    /// Add a manual timeline entry.
    AddEntry { at: Timestamp, text: String },
    /// Correct a timeline entry; the original is kept and marked as corrected.
    CorrectEntry { seq: u32, text: String },
    /// Mark open or closed.
    SetStatus(Status),
    /// Archive or bring back.
    SetArchived(bool),
    /// Delete (recoverably) or undo the deletion.
    SetDeleted(bool),
    /// Record (with the day it was decided) or withdraw a decision to hold publication back.
    SetPublicationHold(Option<CivilDate>),
    /// Edit the reason of the publication hold.
    SetHoldReason(String),
    /// A change to the drill's own part (issue 26); nothing for a real incident.
    Drill(DrillChange),
}

fn clamp(mut s: String) -> String {
    if let Some((cut, _)) = s.char_indices().nth(MAX_TEXT_CHARS) {
        s.truncate(cut);
    }
    s
}

impl Incident {
    /// A new record of the given types (made in the manual's order, without duplicates).
    pub fn new(id: String, kinds: &[IncidentKind], at: Timestamp) -> Incident {
        let kinds = IncidentKind::in_order(kinds);
        Incident {
            id,
            revision: 1,
            title: String::new(),
            kinds,
            status: Status::Open,
            // Never today by default: a case learned of last night would lose a day of the PPC
            // clock without anyone noticing (PPC Q&A for public bodies 7-3-4-1).
            known_on: None,
            created_at: at,
            updated_at: at,
            tasks: SortedMap::new(),
            duties: SortedMap::new(),
            answers: SortedMap::new(),
            timeline: Timeline::default(),
            archived: false,
            deleted_at: None,
            publication_hold: None,
            drill: None,
        }
    }

    /// A full copy under a new id, for a similar incident or a what-if; the timeline says where it
    /// came from.
    pub fn duplicate(&self, id: String, at: Timestamp) -> Incident {
        let mut copy = Incident {
            id,
            revision: 1,
            created_at: at,
            updated_at: at,
            archived: false,
            deleted_at: None,
            ..self.clone()
        };
        copy.title = clamp(format!("{}（コピー）", self.title));
        copy.log(at, format!("複製元: {}", self.id));
        copy
    }

    /// The record after `change`, made at `at`. Returns whether anything changed.
    pub fn apply(&mut self, change: Change, at: Timestamp) -> bool {
        let changed = match change {
            Change::SetTitle(title) => replace(&mut self.title, clamp(title)),
            Change::SetKnownOn(date) => replace(&mut self.known_on, date),
            Change::SetKind(kind, on) => self.set_kind(kind, on),
            Change::SetTaskDone(item, done) => {
                let record = self.tasks.entry(item.task_key().to_owned()).or_default();
                let changed = record.done_at.is_some() != done;
                if changed {
                    record.done_at = done.then_some(at);
                    let mark = if done { "完了" } else { "未完了に戻す" };
                    self.log(at, format!("{mark}: {}", item.text.ja));
                }
                changed
            }
            Change::SetTaskNote(key, note) => {
                replace(&mut self.tasks.entry(key).or_default().note, clamp(note))
            }
            Change::EditAnswer(qid, text) => {
                replace(&mut self.answers.entry(qid).or_default().text, clamp(text))
            }
            Change::SetChoice(qid, choice, on) => {
                let choices = &mut self.answers.entry(qid.clone()).or_default().choices;
                let had = choices.contains(&choice);
                if on && !had {
                    choices.push(choice);
                } else if !on && had {
                    choices.retain(|c| c != &choice);
                }
                let changed = on != had;
                if changed {
                    let label = question(&qid).map_or(qid.as_str(), |q| q.text.ja);
                    let words = choice_words(&qid, &self.answers[&qid].choices);
                    self.log(at, format!("回答: {label} → {words}"));
                }
                changed
            }
            Change::SetOnly(qid, choice) => {
                let answer = self.answers.entry(qid.clone()).or_default();
                let changed = answer.choices != [choice.clone()];
                if changed {
                    answer.choices = vec![choice.clone()];
                    let label = question(&qid).map_or(qid.as_str(), |q| q.text.ja);
                    self.log(
                        at,
                        format!("回答: {label} → {}", choice_words(&qid, &[choice])),
                    );
                }
                changed
            }
            Change::SetDutyDone(key, label, done) => {
                let record = self.duties.entry(key.to_owned()).or_default();
                let changed = record.done_at.is_some() != done;
                if changed {
                    record.done_at = done.then_some(at);
                    let mark = if done { "完了" } else { "未完了に戻す" };
                    self.log(at, format!("{mark}: {label}"));
                }
                changed
            }
            Change::LogAnswer(qid, label) => {
                let text = self
                    .answers
                    .get(&qid)
                    .map(|a| a.text.trim().to_owned())
                    .unwrap_or_default();
                self.log(at, format!("回答: {label} → {text}"));
                true
            }
            Change::AddEntry { at: happened, text } => {
                let text = clamp(text.trim().to_owned());
                if text.is_empty() {
                    return false;
                }
                self.push_entry(happened, at, EntrySource::Manual, text, None);
                true
            }
            Change::CorrectEntry { seq, text } => {
                let text = clamp(text.trim().to_owned());
                match self.timeline.iter().find(|e| e.seq == seq) {
                    Some(original) if !text.is_empty() && original.text != text => {
                        let happened = original.at;
                        self.push_entry(happened, at, EntrySource::Manual, text, Some(seq));
                        true
                    }
                    _ => false,
                }
            }
            Change::SetStatus(status) => {
                let changed = replace(&mut self.status, status);
                if changed {
                    let mark = if status == Status::Closed {
                        "対応完了にしました"
                    } else {
                        "対応中に戻しました"
                    };
                    self.log(at, mark.to_owned());
                }
                changed
            }
            Change::SetArchived(archived) => replace(&mut self.archived, archived),
            Change::SetPublicationHold(decided_on) => {
                let was = self.publication_hold.is_some();
                let changed = match decided_on {
                    Some(day) => {
                        let hold = self.publication_hold.get_or_insert_with(Default::default);
                        replace(&mut hold.decided_on, Some(day)) || !was
                    }
                    None => self.publication_hold.take().is_some(),
                };
                if changed {
                    let text = match decided_on {
                        Some(day) => format!("公表を控える判断を記録（{day}）"),
                        None => "公表を控える判断を取り消し".to_owned(),
                    };
                    self.log(at, text);
                }
                changed
            }
            Change::SetHoldReason(reason) => match &mut self.publication_hold {
                Some(hold) => replace(&mut hold.reason, clamp(reason)),
                None => false,
            },
            Change::Drill(change) => {
                let Some(run) = &mut self.drill else {
                    return false;
                };
                let (changed, log) = run.apply(change, at);
                if let Some(text) = log {
                    self.log(at, text);
                }
                changed
            }
            Change::SetDeleted(deleted) => {
                let changed = self.deleted_at.is_some() != deleted;
                if changed {
                    self.deleted_at = deleted.then_some(at);
                }
                changed
            }
        };
        if changed {
            self.revision += 1;
            self.updated_at = at;
        }
        changed
    }

    fn set_kind(&mut self, kind: IncidentKind, on: bool) -> bool {
        let has = self.kinds.contains(&kind);
        if on == has || (!on && self.kinds.len() == 1) {
            return false;
        }
        if on {
            self.kinds.push(kind);
            self.kinds = IncidentKind::in_order(&self.kinds);
        } else {
            self.kinds.retain(|k| *k != kind);
        }
        true
    }

    /// When the duty (or PPC report) under `key` was marked done; `None` when it was not.
    pub fn duty_done_at(&self, key: &str) -> Option<Timestamp> {
        self.duties.get(key).and_then(|r| r.done_at)
    }

    /// The answer to `question`, if any.
    pub fn answer(&self, question: &Question) -> Option<&Answer> {
        self.answers.get(question.id)
    }

    /// The first option chosen for `question` (the answer of a one-of question).
    pub fn choice(&self, question: &Question) -> Option<&str> {
        self.answer(question)
            .and_then(|a| a.choices.first())
            .map(String::as_str)
    }

    /// Whether a task (by its item) is done.
    pub fn is_done(&self, item: &Item) -> bool {
        self.tasks
            .get(item.task_key())
            .is_some_and(|t| t.done_at.is_some())
    }

    /// Tasks done and tasks in all, over this incident's merged task list.
    pub fn progress(&self) -> (usize, usize) {
        let tasks = tasks_for(&self.kinds);
        let tasks = tasks.iter().filter(|m| m.item.kind.is_task());
        tasks.fold((0, 0), |(done, all), m| {
            (done + usize::from(self.is_done(m.item)), all + 1)
        })
    }
}

fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        return false;
    }
    *slot = value;
    true
}
