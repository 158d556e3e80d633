//! The documents after the first report (issue 25): the letter, the press release and the PPC
//! items as golden files from the full and the empty record; unknowns marked, never invented;
//! 令和 dates; the calendar file read back by a real iCalendar parser (`ical`), across a year end.

use super::*;
use incident_navi::core::documents::{self, ics, letter, press};
use incident_navi::core::obligations::Verdict;
use incident_navi::core::playbook::questions::{
    PERSONS_RESPONSE, PREVENTION_MEASURES, SECONDARY_DAMAGE,
};

fn today() -> CivilDate {
    CivilDate::of(NOW)
}

fn ppc_text(incident: &Incident) -> String {
    let mut out = String::new();
    let mut lists = vec![("個人情報保護委員会", documents::ppc_items(incident))];
    lists.extend(documents::my_number_items(incident).map(|l| ("特定個人情報", l)));
    for (title, lines) in lists {
        out.push_str(&format!("■ {title}\n"));
        for (n, l) in lines.iter().enumerate() {
            out.push_str(&format!("{}. {}: {}\n", n + 1, l.label, l.value));
        }
    }
    out
}

#[test]
fn golden_drafts_full_and_empty() {
    for (name, incident, s) in [
        ("full", full(), settings()),
        ("empty", empty(), Settings::default()),
    ] {
        golden(
            &format!("letter-{name}.txt"),
            &letter::draft(&incident, &s, today(), "0.1.0 (test123)"),
        );
        golden(
            &format!("press-{name}.txt"),
            &press::draft(&incident, &s, today(), "0.1.0 (test123)"),
        );
        golden(&format!("ppc-items-{name}.txt"), &ppc_text(&incident));
    }
    let ics = ics::calendar(&full(), NOW, "0.1.0 (test123)").expect("the clock runs"); // ok: test
    golden("deadlines-full.ics", &ics);
}

#[test]
fn the_drafts_carry_the_record_and_mark_every_unknown() {
    let (f, s) = (full(), settings());
    let letter = letter::draft(&f, &s, today(), "0.1.0 (test123)");
    assert!(letter.starts_with("令和8年11月25日\n"), "{letter}");
    for fact in [
        "USBメモリ紛失（通勤電車）",
        "b) 何の情報か？への回答",
        "令和8年11月25日",
        &format!("{}への回答", SECONDARY_DAMAGE.text.ja),
        &format!("{}への回答", PERSONS_RESPONSE.text.ja),
        &format!("{}への回答", PREVENTION_MEASURES.text.ja),
        "岐阜県 総務部 情報企画課",
        "連絡先: 内線2255",
        "対応ナビ 0.1.0 (test123)",
    ] {
        assert!(letter.contains(fact), "the letter lacks {fact}");
    }
    assert!(
        !letter.contains("未確認:"),
        "the full record leaves nothing unknown:\n{letter}"
    );
    let press = press::draft(&f, &s, today(), "0.1.0 (test123)");
    for heading in [
        "1　事案発生所属",
        "2　漏えいした情報",
        "3　判明した日時",
        "4　発覚の経緯",
        "5　対応状況",
        "6　原因",
        "7　再発防止策",
    ] {
        assert!(press.contains(heading), "{heading}");
    }
    assert!(press.contains("人数: 約250人"), "the count as typed");
    // The hold (3-4 (4)) and the verdict are for the writer, not in the release.
    assert!(!press.contains("拡散状況") && !press.contains("公表を控える"));
    let decision = press::decision(&f);
    assert_eq!(
        decision.hold.map(|h| h.reason),
        Some("所属長判断。拡散状況を見て12月に再検討".into())
    );
    assert_ne!(decision.verdict, Verdict::NotRequired);

    let (e, blank) = (empty(), Settings::default());
    let letter = letter::draft(&e, &blank, today(), "0.1.0");
    let press = press::draft(&e, &blank, today(), "0.1.0");
    for (draft, unknowns) in [
        (
            &letter,
            &[
                "【未確認: 所属】",
                "【未確認: 事案の概要】",
                "【未確認: 対象となる情報】",
                "【未確認: 県が事案を知った日】",
                "【未確認: 県が行った対応】",
                "【未確認: 予想される二次被害の内容】",
                "【未確認: 再発防止策】",
                "【未確認: 連絡先】",
            ][..],
        ),
        (
            &press,
            &[
                "【未確認: 漏えいした情報の項目】",
                "【未確認: 本人の数】",
                "【未確認: 判明した日】",
                "【未確認: 発覚の経緯】",
                "【未確認: 対応状況】",
                "【未確認: 原因】",
                "【未確認: 再発防止策】",
                "【未確認: 担当者】",
            ][..],
        ),
    ] {
        for u in unknowns {
            assert!(draft.contains(u), "{u} missing from\n{draft}");
        }
    }
}

#[test]
fn the_new_answers_reach_the_report_and_the_json() {
    let mut i = empty();
    i.apply(
        Change::EditAnswer(SECONDARY_DAMAGE.id.into(), "不審な電話のおそれ".into()),
        at(3),
    );
    i.apply(
        Change::EditAnswer(PREVENTION_MEASURES.id.into(), "暗号化USBのみ使用".into()),
        at(3),
    );
    let text = report::text(&report::build(&i, &Settings::default(), NOW));
    assert!(text.contains("二次被害又はそのおそれの有無及びその内容: 不審な電話のおそれ"));
    assert!(text.contains("再発防止のための措置: 暗号化USBのみ使用"));
    assert!(text.contains("本人への対応の実施状況: 未確認"));
    // Answers are stored by question id: the file keeps them, and the schema is unchanged
    // (an older tool keeps answers it does not know, see `record::SCHEMA_VERSION`).
    let json = record::encode(&i);
    assert!(json.starts_with("{\"schema\":3,"));
    assert_eq!(record::decode(&json), Ok(i.clone()));
    // A record written before these questions existed opens, with them unanswered.
    let mut older = i.clone();
    older.answers.remove(SECONDARY_DAMAGE.id);
    older.answers.remove(PREVENTION_MEASURES.id);
    let reread = record::decode(&record::encode(&older)).expect("opens"); // ok: test
    assert!(reread.answer(&SECONDARY_DAMAGE).is_none());
}

/// The calendar across a year end: 知った日 2026-12-28 (Monday). 速報's target is 12-31 and its
/// limit 2027-01-02, both in the year-end closure, so their reminders fall on 12-28; 確報
/// 2027-01-27 (30 days), reminded on Tuesday 01-26.
#[test]
fn the_calendar_reads_back_with_a_real_parser_across_a_year_end() {
    let mut i = full();
    i.apply(Change::SetKnownOn(CivilDate::parse("2026-12-28")), at(70));
    i.apply(Change::SetOnly("law.improper".into(), "no".into()), at(70));
    i.apply(
        Change::SetTitle("名簿の誤送信, 第2報; テスト\\".into()),
        at(70),
    );
    let file = ics::calendar(&i, NOW, "0.1.0 (test123)").expect("the clock runs"); // ok: test
                                                                                   // CRLF everywhere, 75 octets at most, no character split.
    assert!(!file.replace("\r\n", "").contains('\n'));
    for l in file.split("\r\n") {
        assert!(l.len() <= 75, "{l:?} is {} octets", l.len());
    }
    assert!(
        file.lines().any(|l| l.starts_with(' ')),
        "long lines are folded"
    );
    let calendar = ical::IcalParser::new(std::io::BufReader::new(file.as_bytes()))
        .next()
        .expect("a calendar") // ok: test
        .expect("parses"); // ok: test
    let prop = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let seen: Vec<(String, String, String, String)> = calendar
        .events
        .iter()
        .map(|e| {
            let start = e
                .properties
                .iter()
                .find(|p| p.name == "DTSTART")
                .expect("DTSTART"); // ok: test
            assert_eq!(
                start
                    .params
                    .as_ref()
                    .and_then(|p| p.first())
                    .map(|(k, v)| (k.as_str(), v.clone())),
                Some(("VALUE", vec!["DATE".to_owned()])),
                "an all-day event"
            );
            assert!(!prop(&e.properties, "UID").is_empty());
            assert_eq!(prop(&e.properties, "DTSTAMP"), "20261125T131400Z");
            assert_eq!(e.alarms.len(), 1);
            (
                prop(&e.properties, "DTSTART"),
                prop(&e.properties, "SUMMARY"),
                prop(&e.alarms[0].properties, "TRIGGER"),
                prop(&e.properties, "DTEND"),
            )
        })
        .collect();
    let title = "名簿の誤送信\\, 第2報\\; テスト\\\\";
    assert_eq!(
        seen,
        vec![
            (
                "20261231".into(),
                format!("速報の目安（個人情報保護委員会）: {title}"),
                "-P2DT15H".into(),
                "20270101".into()
            ),
            (
                "20270102".into(),
                format!("速報の期限（個人情報保護委員会）: {title}"),
                "-P4DT15H".into(),
                "20270103".into()
            ),
            (
                "20270127".into(),
                format!("確報の期限（個人情報保護委員会）: {title}"),
                "-PT15H".into(),
                "20270128".into()
            ),
        ]
    );
    // No clock, no file: 知った日 unknown.
    let mut unknown = i.clone();
    unknown.apply(Change::SetKnownOn(None), at(71));
    assert_eq!(ics::calendar(&unknown, NOW, ""), None);
}

#[test]
fn working_days_skip_weekends_and_the_closure() {
    let d = |s: &str| CivilDate::parse(s).expect("date"); // ok: test
    assert_eq!(ics::working_day_before(d("2027-01-27")), d("2027-01-26"));
    assert_eq!(ics::working_day_before(d("2027-01-04")), d("2026-12-28"));
    assert_eq!(ics::working_day_before(d("2026-11-23")), d("2026-11-20"));
}
