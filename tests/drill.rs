//! Drill mode's pure core (issue 26): the scenario file format (every refusal with its line), the
//! built-in scenarios, and the debrief of a played record. No test reads today's date: every
//! time is set here.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::drill::scenario::{ScenarioProblem, Statement, MAX_BYTES, MAX_LINES};
use incident_navi::core::drill::{builtin, Scenario};
use incident_navi::core::playbook::{self, IncidentKind};
use incident_navi::core::text::Lang;
use proptest::prelude::*;

/// The smallest file that reads: the four statements every file needs.
const MINIMAL: &str = "scenario: s1\ntype: 3-5\ntitle: 題 | Title\nsituation: 状況 | Situation\n";

/// The file with `line` added at the end (it is line 5).
fn with(line: &str) -> String {
    format!("{MINIMAL}{line}\n")
}

fn refusal(text: &str) -> (usize, ScenarioProblem) {
    let e = Scenario::parse(text).expect_err("refused");
    (e.line, e.problem)
}

#[test]
fn the_minimal_file_reads() {
    let s = Scenario::parse(MINIMAL).unwrap();
    assert_eq!(s.id, "s1");
    assert_eq!(s.kinds, vec![IncidentKind::Malware]);
    assert_eq!((s.title.ja.as_str(), s.title.en.as_str()), ("題", "Title"));
    assert_eq!(s.situation.len(), 1);
    assert!(s.facts.is_empty() && s.injects.is_empty() && s.order.is_empty());
}

#[test]
fn comments_blank_lines_crlf_bom_and_full_width_marks_are_read() {
    let text = "\u{feff}# comment\r\n\r\n  ＃ 全角のコメント\r\nscenario: s-1.v2\r\nTYPE： 3-6、3-5\r\ntitle: 題 ｜ Title\r\nsituation: 状況 | Situation | with a bar\r\n";
    let s = Scenario::parse(text).unwrap();
    assert_eq!(s.id, "s-1.v2");
    assert_eq!(
        s.kinds,
        vec![IncidentKind::Malware, IncidentKind::UnauthorizedAccess]
    );
    assert_eq!(s.title.en, "Title");
    assert_eq!(s.situation[0].en, "Situation | with a bar");
}

#[test]
fn facts_injects_and_order_rules_are_read_and_resolved() {
    let text = format!(
        "{MINIMAL}fact 3-5.2.fact.1: 職員A | Staff member A\n\
         inject late +90 2.report.secretariat: 遅い | Late\n\
         inject early 5 3-5.2.measure.2: 早い | Early\n\
         inject tie +90 3-5.2.measure.1: 同時 | Same time\n\
         order 3-5.2.measure.2 before 3-5.2.step.2: 切り離す | Disconnect\n"
    );
    let s = Scenario::parse(&text).unwrap();
    assert_eq!(s.facts[0].question, "3-5.2.fact.1");
    assert_eq!(s.fact("3-5.2.fact.1").unwrap().answer.ja, "職員A");
    assert!(s.fact("3-5.2.fact.2").is_none());
    let order: Vec<(&str, u32, &str)> = s
        .injects
        .iter()
        .map(|i| (i.id.as_str(), i.at_minutes, i.item.id))
        .collect();
    assert_eq!(
        order,
        vec![
            ("early", 5, "3-5.2.measure.2"),
            ("late", 90, "2.report.secretariat"),
            ("tie", 90, "3-5.2.measure.1"),
        ],
        "in drill-time order, file order kept for the same minute"
    );
    assert_eq!(s.order[0].first.id, "3-5.2.measure.2");
    assert_eq!(s.order[0].then.id, "3-5.2.step.2");
    assert_eq!(s.order[0].why.en, "Disconnect");
}

#[test]
fn each_refusal_names_its_line_and_reason() {
    use ScenarioProblem as P;
    let cases: Vec<(String, usize, ScenarioProblem)> = vec![
        ("".into(), 0, P::Empty),
        ("# only a comment\n\n".into(), 0, P::Empty),
        (with("no colon here"), 5, P::NoColon),
        (with("titel: a | b"), 5, P::UnknownStatement("titel".into())),
        (with(": a | b"), 5, P::UnknownStatement(String::new())),
        (with("title: 2 | two"), 5, P::Repeated(Statement::Title)),
        (with("scenario: s2"), 5, P::Repeated(Statement::Scenario)),
        (with("type: 3-1"), 5, P::Repeated(Statement::Type)),
        (with("title extra: a | b"), 5, P::Form(Statement::Title)),
        (with("fact: a | b"), 5, P::Form(Statement::Fact)),
        (with("inject x +5: a | b"), 5, P::Form(Statement::Inject)),
        (
            with("order 2.report.secretariat after 3-5.2.step.2: a | b"),
            5,
            P::Form(Statement::Order),
        ),
        (
            "scenario: bad name\n".into(),
            1,
            P::BadName("bad name".into()),
        ),
        ("scenario: 訓練\n".into(), 1, P::BadName("訓練".into())),
        (
            format!("scenario: {}\n", "a".repeat(65)),
            1,
            P::BadName("a".repeat(40)),
        ),
        (
            "scenario: s\ntype: 3-7\n".into(),
            2,
            P::UnknownType("3-7".into()),
        ),
        ("scenario: s\ntype: ,\n".into(), 2, P::Form(Statement::Type)),
        ("title: 題だけ\n".into(), 1, P::NoEnglish),
        ("title: 題 |\n".into(), 1, P::NoEnglish),
        ("title: | Title\n".into(), 1, P::NoJapanese),
        (
            with("fact 9-9.fact.1: a | b"),
            5,
            P::UnknownQuestion("9-9.fact.1".into()),
        ),
        (
            with("fact 3-1.2.fact.1: a | b"),
            5,
            P::QuestionNotAsked("3-1.2.fact.1".into()),
        ),
        (
            with("fact 3-5.2.fact.1: a | b\nfact 3-5.2.fact.1: c | d"),
            6,
            P::RepeatedFact("3-5.2.fact.1".into()),
        ),
        (
            with("inject x +5 9.nothing: a | b"),
            5,
            P::UnknownItem("9.nothing".into()),
        ),
        (
            with("inject x +5 3-1.2.step.2: a | b"),
            5,
            P::ItemNotInTypes("3-1.2.step.2".into()),
        ),
        (
            with("inject x +5 3-5.0.warning: a | b"),
            5,
            P::NotATask("3-5.0.warning".into()),
        ),
        (
            with("inject x +5 2.report.topics: a | b"),
            5,
            P::NotATask("2.report.topics".into()),
        ),
        (
            with("inject x +ten 2.report.secretariat: a | b"),
            5,
            P::BadMinutes("+ten".into()),
        ),
        (
            with("inject x -5 2.report.secretariat: a | b"),
            5,
            P::BadMinutes("-5".into()),
        ),
        (
            with("inject x ++5 2.report.secretariat: a | b"),
            5,
            P::BadMinutes("++5".into()),
        ),
        (
            with("inject x +43201 2.report.secretariat: a | b"),
            5,
            P::BadMinutes("+43201".into()),
        ),
        (
            with("inject x +99999999999 2.report.secretariat: a | b"),
            5,
            P::BadMinutes("+99999999999".into()),
        ),
        (
            with("inject x +5 2.report.secretariat: a | b\ninject x +6 3-5.2.measure.1: c | d"),
            6,
            P::RepeatedInject("x".into()),
        ),
        (
            with("inject x/y +5 2.report.secretariat: a | b"),
            5,
            P::BadName("x/y".into()),
        ),
        (
            with("order 3-5.2.step.2 before 3-5.2.step.2: a | b"),
            5,
            P::SameItem("3-5.2.step.2".into()),
        ),
        (
            with("order 3-5.1.step.1 before 3-5.2.step.2: a | b"),
            5,
            P::NotATask("3-5.1.step.1".into()),
        ),
        (
            with("order 2.report.secretariat before 3-6.2.step.2: a | b"),
            5,
            P::ItemNotInTypes("3-6.2.step.2".into()),
        ),
        (with("situation: a\u{0}b | c"), 5, P::NotText),
        (
            "type: 3-5\ntitle: a | b\nsituation: a | b\n".into(),
            0,
            P::Missing(Statement::Scenario),
        ),
        (
            "scenario: s\ntitle: a | b\nsituation: a | b\n".into(),
            0,
            P::Missing(Statement::Type),
        ),
        (
            "scenario: s\ntype: 3-5\nsituation: a | b\n".into(),
            0,
            P::Missing(Statement::Title),
        ),
        (
            "scenario: s\ntype: 3-5\ntitle: a | b\n".into(),
            0,
            P::Missing(Statement::Situation),
        ),
    ];
    for (text, line, problem) in cases {
        assert_eq!(refusal(&text), (line, problem), "{text:?}");
    }
}

#[test]
fn the_first_problem_is_the_one_reported() {
    let text = "scenario: s\nbad line\ntitle: only Japanese\n";
    assert_eq!(refusal(text), (2, ScenarioProblem::NoColon));
}

#[test]
fn size_and_line_limits() {
    let big = with(&format!("situation: {} | x", "あ".repeat(MAX_BYTES / 3)));
    assert_eq!(refusal(&big), (0, ScenarioProblem::TooLarge));
    let at_limit = format!("{MINIMAL}{}", "#\n".repeat(MAX_LINES - 4));
    assert!(Scenario::parse(&at_limit).is_ok(), "{MAX_LINES} lines read");
    let over = format!("{MINIMAL}{}", "#\n".repeat(MAX_LINES - 3));
    assert_eq!(refusal(&over), (0, ScenarioProblem::TooManyLines));
}

#[test]
fn messages_give_the_line_and_a_plain_reason_in_both_languages() {
    let e = Scenario::parse(&with("inject x +ten 2.report.secretariat: a | b")).unwrap_err();
    assert_eq!(
        e.message(Lang::Ja),
        "5行目: 「+ten」は時間として読めません。開始からの分を「+10」のように書いてください（43200分まで）。"
    );
    assert_eq!(
        e.message(Lang::En),
        "Line 5: \"+ten\" is not a time. Write the minutes from the start, as in \"+10\" (43200 at most)."
    );
    let whole = Scenario::parse("").unwrap_err();
    assert!(whole
        .message(Lang::Ja)
        .starts_with("ファイルに中身がありません"));
    assert!(whole
        .message(Lang::En)
        .starts_with("The file holds nothing"));
    let missing = Scenario::parse("scenario: s\ntype: 3-5\nsituation: a | b\n").unwrap_err();
    assert_eq!(
        missing.message(Lang::En),
        "There is no \"title:\" line. Add a line \"title: Japanese | English\"."
    );
    let unknown = Scenario::parse("when: x").unwrap_err();
    assert_eq!(
        unknown.message(Lang::Ja),
        "1行目: 「when」では始められません。行の始めに書けるのは scenario, type, title, situation, fact, inject, order です。"
    );
}

#[test]
fn every_reason_has_words_in_both_languages_and_no_japanese_in_english() {
    use ScenarioProblem as P;
    let w = || "w".to_owned();
    let mut all = vec![
        P::Empty,
        P::TooLarge,
        P::TooManyLines,
        P::NotText,
        P::NoColon,
        P::UnknownStatement(w()),
        P::BadName(w()),
        P::UnknownType(w()),
        P::UnknownQuestion(w()),
        P::QuestionNotAsked(w()),
        P::RepeatedFact(w()),
        P::UnknownItem(w()),
        P::ItemNotInTypes(w()),
        P::NotATask(w()),
        P::BadMinutes(w()),
        P::RepeatedInject(w()),
        P::SameItem(w()),
        P::NoEnglish,
        P::NoJapanese,
    ];
    for s in Statement::ALL {
        all.extend([P::Form(s), P::Repeated(s), P::Missing(s)]);
    }
    let mut seen = std::collections::BTreeSet::new();
    for p in all {
        let (ja, en) = (p.reason(Lang::Ja), p.reason(Lang::En));
        assert!(ja.chars().any(|c| c > '\u{3000}'), "{p:?}: {ja}");
        assert!(en.is_ascii(), "{p:?}: {en}");
        assert!(seen.insert(en.clone()), "each reason its own words: {en}");
    }
}

/// The built-in scenarios, by their type (3-1 … 3-6).
fn builtins() -> Vec<Scenario> {
    builtin::TEXTS
        .iter()
        .map(|text| Scenario::parse(text).unwrap_or_else(|e| panic!("{}", e.message(Lang::En))))
        .collect()
}

#[test]
fn every_builtin_reads_and_all_list_them() {
    let read = builtins();
    assert_eq!(builtin::all().len(), builtin::TEXTS.len());
    let ids: std::collections::BTreeSet<&str> = read.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), read.len(), "ids are unique");
}

#[test]
fn one_builtin_per_type_in_the_manuals_order() {
    let kinds: Vec<Vec<IncidentKind>> = builtins().into_iter().map(|s| s.kinds).collect();
    let expected: Vec<Vec<IncidentKind>> = IncidentKind::ALL.iter().map(|k| vec![*k]).collect();
    assert_eq!(kinds, expected);
}

#[test]
fn an_order_rule_between_two_words_for_one_task_is_refused() {
    let text = "scenario: s\ntype: 3-1\ntitle: a | b\nsituation: a | b\norder 2.notify.police before 3-1.2.step.2: a | b\n";
    assert_eq!(
        refusal(text),
        (5, ScenarioProblem::SameItem("2.notify.police".into()))
    );
}

#[test]
fn every_builtin_covers_its_type_with_facts_injects_and_orders() {
    for s in builtins() {
        let [kind] = s.kinds[..] else {
            panic!("{}: one type", s.id)
        };
        let guide = kind.guide();
        for q in guide.facts {
            assert!(s.fact(q.id).is_some(), "{}: no fact for {}", s.id, q.id);
        }
        for q in playbook::questions::INFO_QUESTIONS {
            assert!(s.fact(q.id).is_some(), "{}: no fact for {}", s.id, q.id);
        }
        for q in ["law.persons", "law.protection"] {
            assert!(s.fact(q).is_some(), "{}: no fact for {q}", s.id);
        }
        assert!((3..=4).contains(&s.injects.len()), "{}: 3-4 injects", s.id);
        assert!(
            s.injects.iter().all(|i| i.at_minutes <= 180),
            "{}: injects within 3 hours",
            s.id
        );
        assert!(!s.order.is_empty(), "{}: an order rule", s.id);
        assert!(s.situation.len() >= 2, "{}: a situation", s.id);
    }
}

#[test]
fn the_malware_drill_puts_disconnecting_and_the_secretariat_before_any_work_on_the_pc() {
    let s = builtins()
        .into_iter()
        .find(|s| s.kinds == [IncidentKind::Malware])
        .expect("a 3-5 scenario");
    let before = |first: &str, then: &str| {
        s.order
            .iter()
            .any(|r| r.first.id == first && r.then.id == then)
    };
    assert!(
        before("3-5.2.measure.2", "3-5.2.step.2"),
        "cut off before removal"
    );
    assert!(
        before("2.report.secretariat", "3-5.2.step.2"),
        "secretariat before removal"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_read_or_refused_without_panic(text in any::<String>()) {
        if let Err(e) = Scenario::parse(&text) {
            prop_assert!(!e.message(Lang::Ja).is_empty());
        }
    }

    #[test]
    fn mutated_builtins_are_read_or_refused_with_a_line_in_the_file(
        which in 0usize..16,
        at in any::<usize>(),
        cut in 0usize..40,
        insert in prop::sample::select(vec!["", ":", "|", "\n", "+", " before ", "#", "\u{0}", "３-５", "\u{feff}", "｜", "："]),
    ) {
        let texts = builtin::TEXTS;
        let text = texts[which % texts.len()];
        let chars: Vec<char> = text.chars().collect();
        let at = at % (chars.len() + 1);
        let end = (at + cut).min(chars.len());
        let mutated: String = chars[..at].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(chars[end..].iter()).collect();
        match Scenario::parse(&mutated) {
            Ok(s) => prop_assert!(!s.kinds.is_empty() && !s.situation.is_empty()),
            Err(e) => prop_assert!(e.line <= mutated.lines().count()),
        }
    }
}

mod debrief {
    use super::*;
    use incident_navi::core::drill::debrief::{
        DeadlineOutcome, Debrief, InjectOutcome, Reports, RuleOutcome,
    };
    use incident_navi::core::drill::{DrillChange, DrillRun};
    use incident_navi::core::incident::{Change, Incident};
    use incident_navi::core::obligations::{DeadlineKind, Verdict};
    use incident_navi::core::playbook::item;
    use incident_navi::core::time::{CivilDate, Timestamp};

    /// 2026-11-24 09:46 JST: a fixed start, never today.
    const T0: Timestamp = Timestamp(1_795_481_160_000);
    const SPEED: u32 = 24;

    /// Real time `seconds` after the start.
    fn real(seconds: i64) -> Timestamp {
        Timestamp(T0.0 + seconds * 1000)
    }

    fn malware_text() -> &'static str {
        builtin::TEXTS
            .iter()
            .copied()
            .find(|t| Scenario::parse(t).is_ok_and(|s| s.kinds == [IncidentKind::Malware]))
            .unwrap()
    }

    /// A 3-5 drill at 24x with the PPC's answers given (86 people, improper purpose: required; no
    /// My Number).
    fn drill() -> (Incident, Scenario) {
        let text = malware_text();
        let mut incident = Incident::new("drill-1".into(), &[IncidentKind::Malware], T0);
        incident.drill = Some(Box::new(DrillRun::new(text.to_owned(), SPEED, T0)));
        incident.apply(
            Change::EditAnswer("law.persons".into(), "86人".into()),
            real(5),
        );
        incident.apply(
            Change::SetOnly("law.improper".into(), "yes".into()),
            real(6),
        );
        incident.apply(Change::SetOnly("law.mynumber".into(), "no".into()), real(7));
        (incident, Scenario::parse(text).unwrap())
    }

    fn tick(incident: &mut Incident, id: &str, seconds: i64) {
        let item = item(id).unwrap();
        assert!(incident.apply(Change::SetTaskDone(item, true), real(seconds)));
    }

    fn send(incident: &mut Incident, kind: DeadlineKind, seconds: i64) {
        incident.apply(
            Change::SetDutyDone(kind.key(), "report", true),
            real(seconds),
        );
    }

    /// The played record: at 24x a real minute is 24 drill minutes.
    fn played() -> (Incident, Scenario) {
        let (mut incident, scenario) = drill();
        incident.apply(Change::SetKnownOn(Some(CivilDate::of(T0))), real(10));
        tick(&mut incident, "2.report.secretariat", 60); // +0:24
        tick(&mut incident, "3-5.2.measure.1", 90); // +0:36
        tick(&mut incident, "3-5.2.step.2", 120); // +0:48, before the PC is cut off
        tick(&mut incident, "3-5.3.step.2", 165); // +1:06, an investigation step
        tick(&mut incident, "3-5.2.measure.2", 180); // +1:12, cut off at last
        send(&mut incident, DeadlineKind::Preliminary, 200);
        incident.apply(
            Change::Drill(DrillChange::Respond(
                "it-call".into(),
                "<b>止めた</b> & 報告".into(),
            )),
            real(70),
        );
        incident.apply(Change::Drill(DrillChange::End), real(240)); // +1:36
        (incident, scenario)
    }

    fn step_at(d: &Debrief, id: &str) -> Option<i64> {
        d.steps.iter().find(|s| s.item.id == id).unwrap().done_at
    }

    /// The missed part of the debrief's text, in Japanese.
    fn missed_part(d: &Debrief) -> String {
        let ja = d.to_text(Lang::Ja);
        let (from, to) = (
            ja.find("■ 見落としたこと").unwrap(),
            ja.find("■ 手順").unwrap(),
        );
        ja[from..to].to_owned()
    }

    #[test]
    fn a_step_whose_situation_never_arose_is_not_missed() {
        // Ended at +0:16, before the supplier's call (+1:00) that tests 外部から通報があった場合.
        let (mut incident, scenario) = drill();
        incident.apply(Change::Drill(DrillChange::End), real(40));
        let d = Debrief::of(&incident, &scenario, real(100_000));
        let missed = missed_part(&d);
        assert!(!missed.contains("外部から通報があった場合"), "{missed}");
        assert!(
            missed.contains("「ウイルス感染したパソコンのネットワークからの切り離し」"),
            "{missed}"
        );
        assert!(d
            .to_text(Lang::Ja)
            .contains("・+1:00 の状況の前に訓練が終わりました。"));
    }

    #[test]
    fn a_step_done_too_early_is_named_once_by_its_caution() {
        let (mut incident, scenario) = drill();
        tick(&mut incident, "3-5.2.step.2", 60); // the removal, +0:24
        tick(&mut incident, "2.initial.cut-off", 120); // chapter 2's 遮断, later
        tick(&mut incident, "3-5.2.measure.2", 120); // and the PC cut off, later
        let d = Debrief::of(&incident, &scenario, real(200));
        let missed = missed_part(&d);
        let removal = "「不正プログラムの存在が確認された場合は";
        assert_eq!(missed.matches(removal).count(), 2, "{missed}"); // cut off, and the secretariat
        assert!(missed.contains("（3-5 ※）"), "{missed}");
        assert!(!missed.contains("前の段階の"), "{missed}");
        // Without the caution broken, the step ahead of its stage is still named.
        let (mut incident, scenario) = drill();
        tick(&mut incident, "3-5.3.step.2", 60); // an investigation step, +0:24
        tick(&mut incident, "3-5.2.measure.2", 120);
        let missed = missed_part(&Debrief::of(&incident, &scenario, real(200)));
        assert!(missed.contains("前の段階の"), "{missed}");
    }

    #[test]
    fn what_is_done_after_the_end_does_not_change_the_debrief() {
        let (incident, scenario) = played();
        let before = Debrief::of(&incident, &scenario, real(100_000));
        let mut after_end = incident.clone();
        // +1:36 was the end: a step ticked and the 速報 marked sent later are not the drill's.
        tick(&mut after_end, "3-5.5.step.1", 300);
        send(&mut after_end, DeadlineKind::Preliminary, 300);
        assert_eq!(Debrief::of(&after_end, &scenario, real(100_000)), before);
    }

    #[test]
    fn a_played_drill_gives_its_steps_rules_injects_and_deadlines() {
        let (incident, scenario) = played();
        // Long after the end: the debrief reads the drill's end, not this.
        let d = Debrief::of(&incident, &scenario, real(100_000));
        assert!(d.ended);
        assert_eq!((d.speed, d.minutes), (24, 96));
        assert_eq!(d.ppc, Some(Verdict::Required));
        assert_eq!(step_at(&d, "2.report.secretariat"), Some(24));
        assert_eq!(step_at(&d, "3-5.2.step.2"), Some(48));
        assert_eq!(step_at(&d, "3-5.2.measure.2"), Some(72));
        assert_eq!(step_at(&d, "3-5.5.step.1"), None);
        let investigation = d
            .steps
            .iter()
            .find(|s| s.item.id == "3-5.3.step.2")
            .unwrap();
        assert_eq!(
            investigation.ahead_of.map(|i| i.id),
            Some("3-5.2.measure.2"),
            "investigated before the earlier stage's disconnection"
        );
        let in_order = d
            .steps
            .iter()
            .find(|s| s.item.id == "3-5.2.measure.1")
            .unwrap();
        assert_eq!(in_order.ahead_of, None);

        let rules: Vec<(&str, &str, RuleOutcome)> = d
            .rules
            .iter()
            .map(|r| (r.rule.first.id, r.rule.then.id, r.outcome))
            .collect();
        assert_eq!(
            rules,
            vec![
                ("3-5.2.measure.2", "3-5.2.step.2", RuleOutcome::Broken),
                ("2.report.secretariat", "3-5.2.step.2", RuleOutcome::Kept),
                (
                    "2.report.secretariat",
                    "3-5.3.step.1",
                    RuleOutcome::NotReached
                ),
                ("3-5.3.step.1", "3-5.5.step.1", RuleOutcome::NotReached),
            ]
        );
        assert_eq!(
            (d.rules[0].first_at, d.rules[0].then_at),
            (Some(72), Some(48))
        );

        let injects: Vec<(&str, InjectOutcome)> = d
            .injects
            .iter()
            .map(|i| (i.inject.id.as_str(), i.outcome))
            .collect();
        assert_eq!(
            injects,
            vec![
                // +0:10 answered only at +1:12: later than half an hour of drill time.
                ("it-call", InjectOutcome::DoneLate),
                ("other-pcs", InjectOutcome::DoneAfter),
                ("supplier-call", InjectOutcome::NotDone),
                ("press-call", InjectOutcome::NotReached),
            ]
        );
        assert_eq!(d.injects[0].response, "<b>止めた</b> & 報告");
        assert_eq!(d.injects[0].item_done_at, Some(72));

        let Reports::Running(deadlines) = &d.reports else {
            panic!("the clock runs: {:?}", d.reports)
        };
        let outcomes: Vec<DeadlineOutcome> = deadlines.iter().map(|x| x.outcome).collect();
        assert_eq!(outcomes, vec![DeadlineOutcome::Met, DeadlineOutcome::Open]);
        assert_eq!(deadlines[0].sent_on, Some(CivilDate::of(T0)));
        assert_eq!(deadlines[0].due, CivilDate::of(T0).add_days(5));
    }

    #[test]
    fn the_text_puts_what_went_well_and_what_was_missed_first() {
        let (incident, scenario) = played();
        let d = Debrief::of(&incident, &scenario, real(240));
        let ja = d.to_text(Lang::Ja);
        let well = ja.find("■ できたこと").unwrap();
        let missed = ja.find("■ 見落としたこと").unwrap();
        let steps = ja.find("■ 手順").unwrap();
        assert!(ja.starts_with("【訓練】振り返り: ウイルス感染したパソコンから"));
        assert!(well < missed && missed < steps, "{ja}");
        let well_part = &ja[well..missed];
        let missed_part = &ja[missed..steps];
        assert!(well_part.contains(
            "○ 「速やかに情報セキュリティ委員会(事務局:情報企画課IT最適化係)へ報告し、対応を協議する。」（2 報告・協議）を「不正プログラムの存在が確認された場合は"
        ), "{well_part}");
        assert!(well_part.contains("○ +0:30 の状況に、「ウイルス感染したパソコンの特定」（3-5 (2) 応急処置例 1）で応えました（+0:36）。"), "{well_part}");
        assert!(
            well_part.contains("速報（個人情報保護委員会への報告）を期限（"),
            "{well_part}"
        );
        assert!(missed_part.contains(
            "× 「不正プログラムの存在が確認された場合は、直ちにシステムの使用を停止し、システムから不正プログラムの除去などの対応を行う。」（3-5 (2)）を「ウイルス感染したパソコンのネットワークからの切り離し」（3-5 (2) 応急処置例 2）より先に行いました。まずはパソコン等をネットワークから切り離すこと（3-5 ※）。"
        ), "{missed_part}");
        assert!(missed_part.contains("× +1:00 の状況で試された「外部から通報があった場合」（2 発見・通報）が行われていません。"), "{missed_part}");
        assert!(missed_part.contains("× +0:10 の状況で試された「ウイルス感染したパソコンのネットワークからの切り離し」（3-5 (2) 応急処置例 2）を行ったのは +1:12 で、遅れました（30分以内が目安）。"), "{missed_part}");
        assert!(
            !well_part.contains("+0:10 の状況に"),
            "a late answer is no success: {well_part}"
        );
        assert!(
            missed_part.contains("× 「被害が広がる可能性がある場合や"),
            "a first-hour step not done: {missed_part}"
        );
        assert!(
            missed_part
                .contains("前の段階の「ウイルス感染したパソコンのネットワークからの切り離し」"),
            "{missed_part}"
        );
        assert!(
            !missed_part.contains("再発防止"),
            "later stages are not called missed: {missed_part}"
        );
        assert!(ja.contains("・+2:00 の状況の前に訓練が終わりました。"));
        let steps_part = &ja[steps..ja.find("■ 順序の注意").unwrap()];
        assert!(
            steps_part.contains("\n○ +0:24 「速やかに情報セキュリティ委員会"),
            "{steps_part}"
        );
        assert!(
            steps_part.contains("\n○ +0:48 「不正プログラムの存在が確認された場合は"),
            "{steps_part}"
        );
        assert!(steps_part.contains("\n・未実施 「被害にあったパソコンは念のためOS からインストールしなおした方が良い。」（3-5 (5)）"), "{steps_part}");
        assert_eq!(
            steps_part.lines().filter(|l| !l.is_empty()).count(),
            1 + d.steps.len(),
            "a line a step: {steps_part}"
        );
        assert!(ja.contains("速度 24倍、訓練の時間 +1:36（終了）"));
        assert!(ja.contains("対応: <b>止めた</b> & 報告"));
        assert!(ja.contains("対応: （記入なし）"));
        assert!(ja.contains("個人情報保護委員会への報告: 必要（回答から）"));

        let en = d.to_text(Lang::En);
        assert!(en.starts_with("【訓練】 Debrief: A PC caught a virus"));
        assert!(
            en.contains("[missed] Did \"Once malware is confirmed"),
            "{en}"
        );
        assert!(en.contains("Speed 24x, drill time +1:36 (ended)"));
        assert!(en.contains("Report to the PPC: required (from the answers)"));
        assert!(
            en.find("■ What went well") < en.find("■ What the manual expected that was missed")
        );
    }

    #[test]
    fn the_html_is_escaped_and_classed() {
        let (incident, scenario) = played();
        let html = Debrief::of(&incident, &scenario, real(240)).to_html(Lang::Ja);
        assert!(html.starts_with("<section class=\"debrief\"><h2>【訓練】振り返り: "));
        assert!(
            html.contains("対応: &lt;b&gt;止めた&lt;/b&gt; &amp; 報告"),
            "{html}"
        );
        assert!(!html.contains("<b>"));
        assert!(html.contains("<li class=\"debrief-missed\">× "));
        assert!(html.contains("<li class=\"debrief-good\">○ "));
        assert!(html.contains("<h3>見落としたこと</h3>"));
        assert!(html.ends_with("</ul></section>"));
    }

    #[test]
    fn deadlines_missed_late_and_without_a_known_day() {
        // Learned of ten days before the drill: the preliminary report's five days are past.
        let (mut incident, scenario) = drill();
        let day = CivilDate::of(T0);
        incident.apply(Change::SetKnownOn(Some(day.add_days(-10))), real(10));
        let d = Debrief::of(&incident, &scenario, real(300));
        let Reports::Running(deadlines) = &d.reports else {
            panic!()
        };
        assert_eq!(deadlines[0].outcome, DeadlineOutcome::Missed);
        assert_eq!(deadlines[1].outcome, DeadlineOutcome::Open);
        assert!(d
            .to_text(Lang::Ja)
            .contains("× 速報（個人情報保護委員会への報告）の期限（"));
        // Sent during the drill, but after its due day.
        send(&mut incident, DeadlineKind::Preliminary, 60);
        let d = Debrief::of(&incident, &scenario, real(300));
        let Reports::Running(deadlines) = &d.reports else {
            panic!()
        };
        assert_eq!(deadlines[0].outcome, DeadlineOutcome::Late);
        assert_eq!(deadlines[0].sent_on, Some(day));
        // No known day: nothing is counted, and the summary says so.
        let (incident, scenario) = drill();
        let d = Debrief::of(&incident, &scenario, real(300));
        assert_eq!(d.reports, Reports::NeedsKnownDate);
        let text = d.to_text(Lang::En);
        let missed =
            &text[text.find("What the manual expected").unwrap()..text.find("■ Steps").unwrap()];
        assert!(missed.contains(
            "[missed] A report may be needed, but the day it became known was never set"
        ));
    }

    #[test]
    fn the_drill_clock_decides_the_day_a_report_was_sent() {
        // Known on the drill's first day; at 24x, 3 real hours are 3 drill days: the preliminary
        // report sent then is on day 3 (met), one sent after 6 real hours is on day 6 (late).
        let (mut incident, scenario) = drill();
        let day = CivilDate::of(T0);
        incident.apply(Change::SetKnownOn(Some(day)), real(10));
        send(&mut incident, DeadlineKind::Preliminary, 3 * 3600);
        let d = Debrief::of(&incident, &scenario, real(3 * 3600 + 60));
        let Reports::Running(deadlines) = &d.reports else {
            panic!()
        };
        assert_eq!(deadlines[0].sent_on, Some(day.add_days(3)));
        assert_eq!(deadlines[0].outcome, DeadlineOutcome::Met);
        let (mut incident, _) = drill();
        incident.apply(Change::SetKnownOn(Some(day)), real(10));
        send(&mut incident, DeadlineKind::Preliminary, 6 * 3600);
        let d = Debrief::of(&incident, &scenario, real(6 * 3600 + 60));
        let Reports::Running(deadlines) = &d.reports else {
            panic!()
        };
        assert_eq!(deadlines[0].outcome, DeadlineOutcome::Late);
        assert!(!d.ended, "not ended: read at the time given");
        assert_eq!(d.minutes, (6 * 60 + 1) * 24);
    }

    #[test]
    fn nothing_done_gives_a_debrief_of_misses_and_no_well_done() {
        let (incident, scenario) = drill();
        let d = Debrief::of(&incident, &scenario, real(600)); // +4:00: every inject came
        assert!(d
            .injects
            .iter()
            .all(|i| i.outcome == InjectOutcome::NotDone));
        assert!(d.rules.iter().all(|r| r.outcome == RuleOutcome::NotReached));
        let ja = d.to_text(Lang::Ja);
        let well = &ja[ja.find("■ できたこと").unwrap()..ja.find("■ 見落としたこと").unwrap()];
        assert_eq!(well.lines().nth(1), Some("・（ありません）"));
        let missed = &ja[ja.find("■ 見落としたこと").unwrap()..ja.find("■ 手順").unwrap()];
        assert_eq!(
            missed.matches("「外部から通報があった場合」").count(),
            1,
            "a step an unanswered inject tested is named once: {missed}"
        );
        assert!(
            missed.contains("× 「情報セキュリティ責任者(所属長)のもと"),
            "{missed}"
        );
        assert!(ja.contains("マニュアルの手順 "));
        assert!(ja.contains(" 件のうち 0 件を行いました。"));
    }

    #[test]
    fn an_inject_answered_before_it_came_counts_as_done_before() {
        let (mut incident, scenario) = drill();
        tick(&mut incident, "3-5.2.measure.2", 10); // +0:04, before the +0:10 inject
        let d = Debrief::of(&incident, &scenario, real(60));
        assert_eq!(d.injects[0].outcome, InjectOutcome::DoneBefore);
        assert_eq!(
            d.injects[1].outcome,
            InjectOutcome::NotReached,
            "+0:30 not reached at +0:24"
        );
        assert!(d.to_text(Lang::En).contains("[ok] \"Disconnect the infected PCs from the network\" (3-5 (2) first response, example 2) was done (+0:04) before the inject at +0:10."));
    }
}

mod clock {
    use incident_navi::core::drill::DrillClock;
    use incident_navi::core::time::Timestamp;

    const START: Timestamp = Timestamp(1_795_481_160_000);

    fn clock(speed: u32) -> DrillClock {
        DrillClock {
            started_at: START,
            speed,
        }
    }

    #[test]
    fn drill_time_runs_speed_times_faster_from_the_start() {
        let c = clock(24);
        assert_eq!(c.drill_time(START), START);
        assert_eq!(
            c.drill_time(Timestamp(START.0 + 1_000)),
            Timestamp(START.0 + 24_000)
        );
        assert_eq!(
            c.drill_time(Timestamp(START.0 + 60_000)),
            Timestamp(START.0 + 1_440_000)
        );
        assert_eq!(
            c.drill_time(Timestamp(START.0 - 5_000)),
            START,
            "before the start: the start"
        );
        assert_eq!(
            clock(1).drill_time(Timestamp(START.0 + 7)),
            Timestamp(START.0 + 7)
        );
    }

    #[test]
    fn drill_minutes_count_whole_minutes() {
        let c = clock(60);
        assert_eq!(c.drill_minutes(START), 0);
        assert_eq!(
            c.drill_minutes(Timestamp(START.0 + 999)),
            0,
            "59.94 s of drill time"
        );
        assert_eq!(c.drill_minutes(Timestamp(START.0 + 1_000)), 1);
        assert_eq!(c.drill_minutes(Timestamp(START.0 + 180_000)), 180);
        assert_eq!(clock(24).drill_minutes(Timestamp(START.0 + 150_000)), 60);
    }

    #[test]
    fn real_time_at_is_the_first_moment_the_minutes_have_passed() {
        let c = clock(24);
        assert_eq!(c.real_time_at(0), START);
        assert_eq!(c.real_time_at(24), Timestamp(START.0 + 60_000));
        // 10 drill minutes at 24x: 25 real seconds exactly.
        assert_eq!(c.real_time_at(10), Timestamp(START.0 + 25_000));
        // 1 drill minute at 7x: 8571.43 ms, rounded up so the minute has passed.
        let c7 = clock(7);
        let at = c7.real_time_at(1);
        assert_eq!(at, Timestamp(START.0 + 8_572));
        assert_eq!(c7.drill_minutes(at), 1);
        assert_eq!(c7.drill_minutes(Timestamp(at.0 - 1)), 0);
        // A speed of 0 is taken as real time, never a division by zero.
        assert_eq!(clock(0).real_time_at(2), Timestamp(START.0 + 120_000));
    }
}

/// The README's example is the built-in 3-5 scenario as it is, so the documented format is the
/// one the parser reads.
#[test]
fn the_readmes_example_is_the_builtin_malware_scenario() {
    let readme = include_str!("../README.md");
    let malware = include_str!("../src/core/drill/builtin/3-5.txt");
    assert!(readme.contains("## Drill scenarios (訓練シナリオ)"));
    assert!(readme.contains(&format!("```text\n{malware}```")));
}

/// The edges of the format's limits: each limit itself is allowed.
#[test]
fn limits_are_inclusive() {
    let name64 = format!("scenario: {}\n", "a".repeat(64));
    let text = format!("{name64}type: 3-5\ntitle: 題 | T\nsituation: 状況 | S\n");
    assert_eq!(Scenario::parse(&text).unwrap().id.len(), 64);
    let last = Scenario::parse(&with("inject x +43200 2.report.secretariat: a | b")).unwrap();
    assert_eq!(last.injects[0].at_minutes, 43_200);
    let pad = MAX_BYTES - MINIMAL.len() - 1;
    let exact = format!("{MINIMAL}{}\n", "#".repeat(pad));
    assert_eq!(exact.len(), MAX_BYTES);
    assert!(Scenario::parse(&exact).is_ok(), "64 KB exactly is read");
    let tab = Scenario::parse(&with("situation:\t二つ目\t| second")).unwrap();
    assert_eq!(tab.situation[1].ja, "二つ目");
}

mod debrief_edges {
    use super::*;
    use incident_navi::core::drill::debrief::{
        DeadlineOutcome, Debrief, InjectOutcome, Reports, RuleOutcome,
    };
    use incident_navi::core::drill::DrillRun;
    use incident_navi::core::incident::{Change, Incident};
    use incident_navi::core::obligations::DeadlineKind;
    use incident_navi::core::playbook::item;
    use incident_navi::core::time::{CivilDate, Timestamp};

    /// 2026-11-24 09:46 JST.
    const T0: Timestamp = Timestamp(1_795_481_160_000);

    fn real(seconds: i64) -> Timestamp {
        Timestamp(T0.0 + seconds * 1000)
    }

    /// A 3-5 drill in real time (speed 1): a real minute is a drill minute.
    fn drill(scenario: &str) -> (Incident, Scenario) {
        let mut incident = Incident::new("d".into(), &[IncidentKind::Malware], T0);
        incident.drill = Some(Box::new(DrillRun::new(scenario.to_owned(), 1, T0)));
        (incident, Scenario::parse(scenario).unwrap())
    }

    fn tick(incident: &mut Incident, id: &str, minute: i64) {
        incident.apply(
            Change::SetTaskDone(item(id).unwrap(), true),
            real(minute * 60),
        );
    }

    const RULE: &str = "order 2.report.secretariat before 3-5.2.step.2: 先に | First";
    const INJECT: &str = "inject call +10 3-5.2.measure.2: 電話 | A call";

    #[test]
    fn steps_done_in_the_same_minute_keep_an_order_rule() {
        let (mut incident, scenario) = drill(&with(RULE));
        tick(&mut incident, "3-5.2.step.2", 5);
        tick(&mut incident, "2.report.secretariat", 5);
        let d = Debrief::of(&incident, &scenario, real(600));
        assert_eq!(d.rules[0].outcome, RuleOutcome::Kept);
        let (mut incident, scenario) = drill(&with(RULE));
        tick(&mut incident, "3-5.2.step.2", 5);
        tick(&mut incident, "2.report.secretariat", 6);
        let d = Debrief::of(&incident, &scenario, real(600));
        assert_eq!(d.rules[0].outcome, RuleOutcome::Broken);
    }

    #[test]
    fn an_inject_answered_after_half_an_hour_is_late() {
        let outcome = |minute: i64| {
            let (mut incident, scenario) = drill(&with(INJECT));
            tick(&mut incident, "3-5.2.measure.2", minute);
            Debrief::of(&incident, &scenario, real(6_000)).injects[0].outcome
        };
        // The inject comes at +0:10; speed 1 in `drill`, so a real minute is a drill minute.
        assert_eq!(outcome(40), InjectOutcome::DoneAfter);
        assert_eq!(outcome(41), InjectOutcome::DoneLate);
    }

    #[test]
    fn an_inject_is_reached_at_its_minute_and_answered_in_it() {
        let (incident, scenario) = drill(&with(INJECT));
        let at =
            |minute: i64| Debrief::of(&incident, &scenario, real(minute * 60)).injects[0].outcome;
        assert_eq!(at(9), InjectOutcome::NotReached);
        assert_eq!(at(10), InjectOutcome::NotDone);
        let (mut incident, scenario) = drill(&with(INJECT));
        tick(&mut incident, "3-5.2.measure.2", 10);
        let d = Debrief::of(&incident, &scenario, real(600));
        assert_eq!(d.injects[0].outcome, InjectOutcome::DoneAfter);
        let (mut incident, scenario) = drill(&with(INJECT));
        tick(&mut incident, "3-5.2.measure.2", 9);
        let d = Debrief::of(&incident, &scenario, real(600));
        assert_eq!(d.injects[0].outcome, InjectOutcome::DoneBefore);
    }

    #[test]
    fn a_step_is_ahead_only_of_an_earlier_stage_done_strictly_later() {
        let ahead = |later: &str, minute: i64| {
            let (mut incident, scenario) = drill(MINIMAL);
            tick(&mut incident, "3-5.3.step.2", 5); // investigation
            tick(&mut incident, later, minute);
            let d = Debrief::of(&incident, &scenario, real(3600));
            let step = d
                .steps
                .iter()
                .find(|s| s.item.id == "3-5.3.step.2")
                .unwrap();
            step.ahead_of.map(|i| i.id)
        };
        // Initial response, later: ahead.
        assert_eq!(ahead("3-5.2.measure.1", 6), Some("3-5.2.measure.1"));
        // In the same minute: not ahead.
        assert_eq!(ahead("3-5.2.measure.1", 5), None);
        // The same stage, later: not ahead.
        assert_eq!(ahead("3-5.3.step.1", 6), None);
        // A later stage, later: not ahead.
        assert_eq!(ahead("3-5.5.step.1", 6), None);
    }

    #[test]
    fn the_due_day_itself_is_within_time() {
        let (mut incident, scenario) = drill(MINIMAL);
        incident.apply(
            Change::EditAnswer("law.persons".into(), "500人".into()),
            real(1),
        );
        let day = CivilDate::of(T0);
        // Learned of five days before: the preliminary report is due today.
        incident.apply(Change::SetKnownOn(Some(day.add_days(-5))), real(1));
        let outcome = |incident: &Incident| {
            let d = Debrief::of(incident, &scenario, real(600));
            let Reports::Running(deadlines) = d.reports else {
                panic!("{:?}", d.reports)
            };
            assert_eq!(deadlines[0].due, day);
            deadlines[0].outcome
        };
        assert_eq!(outcome(&incident), DeadlineOutcome::Open);
        incident.apply(
            Change::SetDutyDone(DeadlineKind::Preliminary.key(), "r", true),
            real(60),
        );
        assert_eq!(outcome(&incident), DeadlineOutcome::Met);
    }

    #[test]
    fn a_record_that_is_no_drill_is_read_in_real_time_from_its_creation() {
        let scenario = Scenario::parse(&with(INJECT)).unwrap();
        let mut incident = Incident::new("real".into(), &[IncidentKind::Malware], T0);
        tick(&mut incident, "3-5.2.measure.2", 30);
        let d = Debrief::of(&incident, &scenario, real(90 * 60));
        assert_eq!((d.speed, d.minutes, d.ended), (1, 90, false));
        assert_eq!(d.injects[0].item_done_at, Some(30));
        assert_eq!(d.injects[0].response, "");
    }

    /// A response typed again as it was changes nothing (no save, no log line); another text does
    /// (mutant at drill/mod.rs:79).
    #[test]
    fn a_response_set_again_as_it_was_changes_nothing() {
        use incident_navi::core::drill::{DrillChange, DrillRun};
        use incident_navi::core::time::Timestamp;
        let real = |seconds: i64| Timestamp(1_795_481_160_000 + seconds * 1000);
        let mut run = DrillRun::new(builtin::TEXTS[0].to_owned(), 24, real(0));
        let respond = |text: &str| DrillChange::Respond("it-call".into(), text.into());
        assert_eq!(run.apply(respond("電話した"), real(1)), (true, None));
        assert_eq!(run.apply(respond("電話した"), real(2)), (false, None));
        assert_eq!(run.apply(respond("電話した。"), real(3)), (true, None));
        assert_eq!(run.apply(respond(""), real(4)), (true, None));
    }
}
