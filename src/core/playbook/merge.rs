//! One incident may have several types (malware that led to unauthorised access). Their items are
//! merged into one list in the order of the flow: each task appears once, and knows every manual
//! section it comes from.

use super::basic_flow;
use super::questions::{
    Question, INFO_QUESTIONS, LEGAL_QUESTIONS, RESPONSE_QUESTIONS, SEVERITY_QUESTIONS,
};
use super::{IncidentKind, Item, Phase};

/// A line of an incident's task list: the first item of its kind met in the flow, plus the same task
/// as other sections word it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergedItem {
    /// The item shown.
    pub item: &'static Item,
    /// The same task from other sections (shown as "also in …").
    pub also: Vec<&'static Item>,
}

/// Items of one phase: the type banners (3-5 ※, 3-6 ※: "disconnect first") lead, then each type's
/// own steps in the order given, then chapter 2's general ones. The type's steps are the concrete
/// ones ("check it really is lost"), so a user meets them first.
fn phase_items(kinds: &[IncidentKind], phase: Phase) -> Vec<&'static Item> {
    let typed = || kinds.iter().flat_map(move |k| k.guide().items_in(phase));
    let banners = typed().filter(|i| i.is_banner());
    let in_phase = move |i: &&'static Item| i.phase == phase;
    let leads = |i: &&'static Item| basic_flow::DECIDE_FIRST.contains(&i.id);
    let decide_first = basic_flow::ITEMS.iter().filter(in_phase).filter(leads);
    let flow = basic_flow::ITEMS
        .iter()
        .filter(in_phase)
        .filter(move |i| !leads(i));
    let rest = typed().filter(|i| !i.is_banner());
    banners
        .chain(decide_first)
        .chain(rest)
        .chain(flow)
        .collect()
}

/// The incident's whole list, in flow order, duplicates merged by [`Item::task_key`].
pub fn tasks_for(kinds: &[IncidentKind]) -> Vec<MergedItem> {
    let mut out: Vec<MergedItem> = Vec::new();
    for phase in Phase::ALL {
        for item in phase_items(kinds, phase) {
            let key = item.task_key();
            match out.iter_mut().find(|m| m.item.task_key() == key) {
                // A task outranks a warning of the same key: the warning becomes its caution
                // (3-4 (4)'s "hold publication back" stands on the press-release task).
                Some(first) if !first.item.kind.is_task() && item.kind.is_task() => {
                    first.also.push(std::mem::replace(&mut first.item, item));
                }
                Some(first) if first.item.id != item.id => first.also.push(item),
                Some(_) => {}
                None => out.push(MergedItem {
                    item,
                    also: Vec::new(),
                }),
            }
        }
    }
    out
}

/// The questions an incident of these types asks, in flow order, each once: the outside reporter's
/// contact (manual 2), each type's (1)-(7), the shared a)-e), the severity questions and what the
/// documents need (二次被害, 本人への対応, 再発防止策).
pub fn questions_for(kinds: &[IncidentKind]) -> Vec<&'static Question> {
    let mut out: Vec<&'static Question> = vec![&basic_flow::REPORTER_CONTACT];
    for kind in kinds {
        out.extend(kind.guide().facts.iter());
    }
    out.extend(INFO_QUESTIONS.iter());
    out.extend(LEGAL_QUESTIONS.iter());
    out.extend(SEVERITY_QUESTIONS.iter());
    out.extend(RESPONSE_QUESTIONS.iter());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::playbook::ItemKind;

    #[test]
    fn one_type_keeps_every_item_once() {
        for kind in IncidentKind::ALL {
            let merged = tasks_for(&[kind]);
            let shown: usize = merged.iter().map(|m| 1 + m.also.len()).sum();
            assert_eq!(
                shown,
                kind.guide().items.len() + basic_flow::ITEMS.len(),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn police_report_appears_once_for_loss_and_insider() {
        let merged = tasks_for(&[IncidentKind::LossOrTheft, IncidentKind::InsiderTheft]);
        let police: Vec<_> = merged
            .iter()
            .filter(|m| m.item.task_key() == "police-report")
            .collect();
        assert_eq!(police.len(), 1);
        let sections: Vec<_> = police[0].also.iter().map(|i| i.id).collect();
        assert_eq!(police[0].item.id, "3-1.2.step.2");
        assert!(
            sections.contains(&"2.notify.police") && sections.contains(&"3-3.5.measure.1"),
            "{sections:?}"
        );
    }

    #[test]
    fn banners_lead_the_list() {
        let merged = tasks_for(&[IncidentKind::LossOrTheft, IncidentKind::UnauthorizedAccess]);
        assert_eq!(merged[0].item.id, "3-6.0.warning");
        assert_eq!(merged[0].item.kind, ItemKind::Warning);
    }

    #[test]
    fn phases_stay_in_flow_order() {
        let merged = tasks_for(&IncidentKind::ALL);
        assert!(merged
            .windows(2)
            .all(|w| w[0].item.phase <= w[1].item.phase));
    }

    #[test]
    fn shared_questions_are_asked_once() {
        let qs = questions_for(&[IncidentKind::Malware, IncidentKind::UnauthorizedAccess]);
        assert_eq!(qs.iter().filter(|q| q.id == "3.3.severity.1").count(), 1);
        assert_eq!(
            qs.len(),
            1 + 7
                + 7
                + INFO_QUESTIONS.len()
                + LEGAL_QUESTIONS.len()
                + SEVERITY_QUESTIONS.len()
                + RESPONSE_QUESTIONS.len()
        );
    }
}

#[cfg(test)]
mod no_duplicates {
    use super::*;
    use std::collections::BTreeMap;

    /// Every pair of types (and each type alone) shows each task text once: a clerk ticking "回収"
    /// twice thinks the tool is broken.
    #[test]
    fn no_pair_of_types_shows_a_task_text_twice() {
        let mut failures = Vec::new();
        for (n, a) in IncidentKind::ALL.iter().enumerate() {
            for b in &IncidentKind::ALL[n..] {
                let merged = tasks_for(&[*a, *b]);
                let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
                for m in merged.iter().filter(|m| m.item.kind.is_task()) {
                    if let Some(first) = seen.insert(m.item.text.ja, m.item.id) {
                        failures.push(format!("{a:?}+{b:?}: {} and {}", first, m.item.id));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }
}
