//! What the report says: gaps, the cause, the PPC form's task lines, duties marked done.

use super::*;

/// Each group of unanswered questions counts its own questions and links to its first one.
#[test]
fn gaps_group_questions_by_what_they_are_for() {
    use incident_navi::core::playbook::questions::QuestionGroup;
    let e = empty();
    let gaps = completeness::gaps(&e, &Settings::default());
    let asked: Vec<_> = questions_for(&e.kinds)
        .into_iter()
        .filter(|q| q.is_asked(&e))
        .collect();
    for (label, group) in [
        ("事実関係の未回答", QuestionGroup::Facts),
        ("報告義務の判断に使う質問の未回答", QuestionGroup::Legal),
        ("被害の重要度の未回答", QuestionGroup::Severity),
    ] {
        let gap = gaps
            .iter()
            .find(|g| g.label.ja == label)
            .unwrap_or_else(|| panic!("no gap {label}"));
        let of_group: Vec<_> = asked.iter().filter(|q| q.group == group).collect();
        assert_eq!(gap.count, of_group.len(), "{label}");
        assert_eq!(gap.target, Field::Question(of_group[0]), "{label}");
    }
    let reporter = gaps
        .iter()
        .find(|g| g.label.ja.starts_with("外部からの通報者"))
        .map(|g| g.target);
    let first_reporter = asked.iter().find(|q| q.group == QuestionGroup::Reporter);
    assert_eq!(reporter, first_reporter.map(|q| Field::Question(q)));
}

/// Found while typing the manual's identities (issue 14): the PPC form's 原因 took the sixth fact
/// question by position, which for 3-4 (six questions) is "how it came to light". Each type now
/// names its "why" and "how found" questions.
#[test]
fn the_cause_is_the_why_question_for_every_type() {
    for kind in IncidentKind::ALL {
        let g = kind.guide();
        let mut i = Incident::new("cause-1".into(), &[kind], at(0));
        i.apply(
            Change::EditAnswer(g.cause.id.into(), "原因の答え".into()),
            at(1),
        );
        i.apply(
            Change::EditAnswer(g.discovery.id.into(), "発覚の答え".into()),
            at(1),
        );
        let text = report::text(&report::build(&i, &settings(), NOW));
        assert!(text.contains("原因: 原因の答え"), "{kind:?}");
        assert!(text.contains("概要: 発覚の答え"), "{kind:?}");
        assert!(g.cause.text.ja.contains("なぜ"), "{kind:?}");
        assert!(g.discovery.text.ja.contains("発覚"), "{kind:?}");
        assert!(g.facts.iter().any(|q| q.id == g.cause.id));
        assert!(g.facts.iter().any(|q| q.id == g.discovery.id));
    }
}

/// The PPC form's "二次被害" line follows its task: nothing yet, a note only, or done.
#[test]
fn ppc_form_reads_the_state_of_its_tasks() {
    use incident_navi::core::playbook::SharedTask;
    let key = SharedTask::SecondaryDamage.key();
    let mut i = Incident::new("task-state".into(), &[IncidentKind::LossOrTheft], at(0));
    let item = tasks_for(&i.kinds)
        .into_iter()
        .find(|m| m.item.task_key() == key)
        .map(|m| m.item)
        .expect("3-1 checks for secondary damage"); // ok: test
    let line = |i: &Incident| {
        report::text(&report::build(i, &settings(), NOW))
            .lines()
            .find(|l| l.starts_with("二次被害又はそのおそれの有無及びその内容: "))
            .map(str::to_owned)
            .unwrap_or_default()
    };
    assert!(line(&i).ends_with(": 未確認"), "{}", line(&i));
    i.apply(Change::SetTaskNote(key.into(), "   ".into()), at(1));
    assert!(line(&i).ends_with(": 未確認"), "a blank note is nothing");
    i.apply(
        Change::SetTaskNote(key.into(), "オークションを確認中".into()),
        at(2),
    );
    assert!(
        line(&i).ends_with(": 未実施（オークションを確認中）"),
        "{}",
        line(&i)
    );
    i.apply(Change::SetTaskDone(item, true), at(3));
    assert!(line(&i).contains(": 実施済み "), "{}", line(&i));
    assert!(
        line(&i).ends_with("（オークションを確認中）"),
        "{}",
        line(&i)
    );
    i.apply(Change::SetTaskNote(key.into(), String::new()), at(4));
    assert!(!line(&i).contains("（"), "{}", line(&i));
}

/// A duty marked done is a duty record, not a task: the report shows it beside its verdict, with
/// the time; unticking takes it away; both are logged.
#[test]
fn a_duty_marked_done_is_recorded_apart_from_the_tasks_and_reported() {
    use incident_navi::core::obligations::DutyKind;
    let key = DutyKind::Police.key();
    let mut i = Incident::new("duty-done".into(), &[IncidentKind::LossOrTheft], at(0));
    let line = |i: &Incident| {
        report::text(&report::build(i, &settings(), NOW))
            .lines()
            .find(|l| l.starts_with("警察への届出・相談: "))
            .map(str::to_owned)
            .unwrap_or_default()
    };
    assert!(!line(&i).is_empty(), "the police duty has a line");
    assert!(!line(&i).contains("[実施済み"), "{}", line(&i));
    assert!(i.apply(Change::SetDutyDone(key, "警察への届出・相談", true), at(5)));
    assert_eq!(i.duty_done_at(key), Some(at(5)));
    assert!(i.tasks.is_empty(), "not a task");
    let done = format!(" [実施済み {}]", at(5).jst_minute());
    assert!(line(&i).contains(&done), "{}", line(&i));
    assert_eq!(
        i.timeline.last().map(|e| e.text.as_str()),
        Some("完了: 警察への届出・相談")
    );
    assert!(
        !i.apply(Change::SetDutyDone(key, "警察への届出・相談", true), at(6)),
        "ticking again changes nothing"
    );
    assert_eq!(i.duty_done_at(key), Some(at(5)), "and keeps the first time");
    assert!(i.apply(Change::SetDutyDone(key, "警察への届出・相談", false), at(7)));
    assert_eq!(i.duty_done_at(key), None);
    assert!(!line(&i).contains("[実施済み"), "{}", line(&i));
    assert_eq!(
        i.timeline.last().map(|e| e.text.as_str()),
        Some("未完了に戻す: 警察への届出・相談")
    );
}
