//! The person-count parser on its own: every form clerks write, the range it allows, and the
//! threshold verdict it gives (legal-obligations.md, "Corrections and precisions").
#![cfg(not(target_arch = "wasm32"))]

use incident_navi::core::obligations::count::{parse, Count, CountAnswer, Qualifier};
use incident_navi::core::obligations::Tri;

/// The qualifier of a one-number reading.
fn qualifier_of(c: &Count) -> Option<Qualifier> {
    match c.terms.as_slice() {
        [t] => Some(t.qualifier),
        _ => None,
    }
}

/// Checks each (typed, qualifier, low, high) row; `None` high is "no upper bound".
fn check(table: &[(&str, Qualifier, u64, Option<u64>)]) {
    let mut failures = Vec::new();
    for &(typed, qualifier, low, high) in table {
        match parse(typed) {
            CountAnswer::Count(c)
                if qualifier_of(&c) == Some(qualifier) && c.low == low && c.high == high => {}
            other => failures.push(format!(
                "{typed}: expected {qualifier:?} {low}..{high:?}, got {other:?}"
            )),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Every form clerks write.
#[test]
fn reads_what_clerks_type() {
    use Qualifier::*;
    let table: &[(&str, Qualifier, u64, Option<u64>)] = &[
        ("100", Exactly, 100, Some(100)),
        ("101人", Exactly, 101, Some(101)),
        ("１０１", Exactly, 101, Some(101)),
        ("１，２００人", Exactly, 1200, Some(1200)),
        ("1,200", Exactly, 1200, Some(1200)),
        ("1、200人", Exactly, 1200, Some(1200)),
        ("12,345,678", Exactly, 12_345_678, Some(12_345_678)),
        ("3千人", Exactly, 3000, Some(3000)),
        ("1万5千人", Exactly, 15_000, Some(15_000)),
        ("1万2000", Exactly, 12_000, Some(12_000)),
        ("1.2万人", Exactly, 12_000, Some(12_000)),
        ("２．５万", Exactly, 25_000, Some(25_000)),
        ("百五十人", Exactly, 150, Some(150)),
        ("百人", Exactly, 100, Some(100)),
        ("千二百", Exactly, 1200, Some(1200)),
        ("一万二千三百四十五人", Exactly, 12_345, Some(12_345)),
        ("二〇〇人", Exactly, 200, Some(200)),
        ("三十人", Exactly, 30, Some(30)),
        ("十人", Exactly, 10, Some(10)),
        ("約1万人", About, 5000, Some(15_000)),
        ("およそ200名", About, 100, Some(300)),
        ("120人程度", About, 60, Some(180)),
        ("80人くらい", About, 40, Some(120)),
        ("100人以上", AtLeast, 100, None),
        ("少なくとも50人", AtLeast, 50, None),
        ("100人超", MoreThan, 101, None),
        ("100人を超える", MoreThan, 101, None),
        ("100人強", MoreThan, 101, None),
        ("100人余り", MoreThan, 101, None),
        ("100人以下", AtMost, 0, Some(100)),
        ("最大80人", AtMost, 0, Some(80)),
        ("100人未満", LessThan, 0, Some(99)),
        ("100人弱", LessThan, 0, Some(99)),
        ("100〜150人", Range, 100, Some(150)),
        ("100～150", Range, 100, Some(150)),
        ("50-80人", Range, 50, Some(80)),
        ("数十人", Range, 20, Some(99)),
        ("数百人", Range, 200, Some(999)),
        ("数千人", Range, 2000, Some(9999)),
        ("数万人", Range, 20_000, Some(99_999)),
        ("十数人", Range, 11, Some(19)),
        ("数人", Range, 1, Some(9)),
        ("令和6年度分 約300人", About, 150, Some(450)),
        ("2024年4月の申請者 120件", Exactly, 120, Some(120)),
        ("120件（80人分）", Exactly, 80, Some(80)),
        ("0人", Exactly, 0, Some(0)),
    ];
    check(table);
}

#[test]
fn says_when_it_cannot_read_a_number() {
    assert_eq!(parse(""), CountAnswer::Empty);
    assert_eq!(parse("   "), CountAnswer::Empty);
    for unknown in ["不明", "わからない", "分からない", "調査中", "未確認", "？"]
    {
        assert_eq!(parse(unknown), CountAnswer::Unknown, "{unknown}");
    }
    for unreadable in ["たくさん", "多数", "abc"] {
        assert_eq!(parse(unreadable), CountAnswer::Unreadable, "{unreadable}");
    }
}

#[test]
fn decides_the_threshold_only_when_the_whole_range_is_on_one_side() {
    let over = |typed: &str| match parse(typed) {
        CountAnswer::Count(c) => c.exceeds(100),
        other => panic!("{typed}: {other:?}"), // ok: test
    };
    assert_eq!(over("100"), Tri::No);
    assert_eq!(over("101"), Tri::Yes);
    assert_eq!(over("約1万人"), Tri::Yes);
    assert_eq!(over("約120人"), Tri::Unknown);
    assert_eq!(
        over("約67人"),
        Tri::No,
        "67 + 33 = 100, still not more than 100"
    );
    assert_eq!(over("約68人"), Tri::Unknown, "68 + 34 = 102");
    assert_eq!(over("約202人"), Tri::Yes, "202 - 101 = 101");
    assert_eq!(over("約200人"), Tri::Unknown, "200 - 100 = 100");
    assert_eq!(over("100人以上"), Tri::Unknown);
    assert_eq!(over("数十人"), Tri::No);
    assert_eq!(over("百数十人"), Tri::Yes);
}

#[test]
fn describes_the_reading() {
    let read = |typed: &str| match parse(typed) {
        CountAnswer::Count(c) => (c.describe_ja(), c.describe_en()),
        other => panic!("{typed}: {other:?}"), // ok: test
    };
    assert_eq!(read("約1万人").0, "約10,000人＝5,000〜15,000人");
    assert_eq!(read("約1万人").1, "about 10,000 = 5,000-15,000 people");
    assert_eq!(read("100人以上").0, "100人以上");
    assert_eq!(read("数十人").0, "20〜99人");
    assert_eq!(read("100人未満").1, "fewer than 100 people");
    assert_eq!(read("１，２００").0, "1,200人");
}

#[test]
fn hostile_input_neither_panics_nor_overflows() {
    let long = "9".repeat(10_000);
    assert!(matches!(parse(&long), CountAnswer::Count(c) if c.low == 1_000_000_000_000));
    assert!(matches!(
        parse("億億億万万万"),
        CountAnswer::Unreadable | CountAnswer::Count(_)
    ));
    for typed in [
        "数数数十",
        "1.2.3万",
        "..5",
        "〜〜100",
        "万",
        "十十十",
        "9999億9999万",
    ] {
        let _ = parse(typed);
    }
}

/// Forms found by mutation testing to be unguarded.
#[test]
fn less_common_forms() {
    use Qualifier::*;
    let table: &[(&str, Qualifier, u64, Option<u64>)] = &[
        ("1億人", Exactly, 100_000_000, Some(100_000_000)),
        ("数名", Range, 1, Some(9)),
        ("100から150人", Range, 100, Some(150)),
        // 、 before four digits is not a thousands separator: the bare 1 beside a count of persons
        // is not understood, so the reading is left open upwards.
        ("1、2000人", Exactly, 2000, None),
        // 数 inside a word (総数 "the total") is not "several".
        ("総数百人", Exactly, 100, Some(100)),
        // A full stop after a digit is not a decimal point when no digit follows: the bare 5 is
        // not understood, and leaves the count open.
        ("5.千人", Exactly, 1000, None),
        // The range's counter word belongs to the whole range.
        ("120件（100〜150人）", Range, 100, Some(150)),
        ("No.2 100〜150件", Range, 100, Some(150)),
        // A space before exactly three digits is a thousands separator (the larger reading).
        ("2 150人", Exactly, 2150, Some(2150)),
        ("1 050人", Exactly, 1050, Some(1050)),
        ("１　０５０人", Exactly, 1050, Some(1050)),
        // ... and only there: "100 以上" is still "100 or more", "1万 5千人" still one number.
        ("100 以上", AtLeast, 100, None),
        ("1万 5千人", Exactly, 15_000, Some(15_000)),
    ];
    check(table);
}

/// The English screen's users type English.
#[test]
fn english_qualifiers() {
    use Qualifier::*;
    let table: &[(&str, Qualifier, u64, Option<u64>)] = &[
        ("about 10000", About, 5000, Some(15_000)),
        ("approx. 120 people", About, 60, Some(180)),
        ("more than 100", MoreThan, 101, None),
        ("over 100", MoreThan, 101, None),
        ("at least 100", AtLeast, 100, None),
        ("up to 80", AtMost, 0, Some(80)),
        ("fewer than 100", LessThan, 0, Some(99)),
        ("1,200", Exactly, 1200, Some(1200)),
    ];
    check(table);
    assert_eq!(parse("unknown"), CountAnswer::Unknown);
    assert_eq!(parse("Not known"), CountAnswer::Unknown);
}

/// Issue 22: the phrasings that gave 「不要」 while the persons may exceed 100, each read in full.
#[test]
fn issue_22_phrasings_are_read_in_full() {
    // (typed, low, high, the reading as shown)
    let table: &[(&str, u64, Option<u64>, &str)] = &[
        ("職員80名、住民40名", 120, Some(120), "80人＋40人＝120人"),
        (
            "合計：職員80人＋住民40人＝120人",
            120,
            Some(120),
            "80人＋40人＝120人（合計）",
        ),
        ("4月分80人、5月分70人", 150, Some(150), "80人＋70人＝150人"),
        ("80人（調査中）", 80, None, "80人以上（調査中のため）"),
        (
            "調査中（現時点で80人）",
            80,
            None,
            "80人以上（調査中・現時点のため）",
        ),
        ("80人～", 80, None, "80人以上"),
        ("50人から", 50, None, "50人以上"),
        ("90人（見込み）", 90, None, "90人以上（見込みのため）"),
        ("90人位", 45, Some(135), "約90人＝45〜135人"),
        ("ほぼ100人", 50, Some(150), "約100人＝50〜150人"),
        ("数100人", 200, Some(999), "200〜999人"),
        ("数１００人", 200, Some(999), "200〜999人"),
        ("1 050人", 1050, Some(1050), "1,050人"),
        ("100 or more", 100, None, "100人以上"),
        ("100+", 100, None, "100人以上"),
        (
            "合計150人（職員80人、住民40人）",
            120,
            Some(150),
            "80人＋40人＝120人（記載の合計150人と合わないため120〜150人として扱う）",
        ),
        ("120人（うち職員80人）", 120, Some(120), "120人（うち80人）"),
        (
            "100人（うち職員80人、住民40人）",
            100,
            Some(120),
            "100〜120人（うち80人＋40人）",
        ),
        (
            "120件（80人分）",
            80,
            Some(80),
            "80人（120件は人数に含めない）",
        ),
        ("80名+α", 80, None, "80人以上"),
        ("80人ほか", 80, None, "80人以上（ほかのため）"),
        ("80人に送付", 80, None, "80人以上（に送付のため）"),
        (
            "under investigation, 80 so far",
            80,
            None,
            "80人以上（under investigation・so farのため）",
        ),
        (
            "80 staff and 40 residents",
            120,
            Some(120),
            "80人＋40人＝120人",
        ),
        ("会計課80人、住民40人", 120, Some(120), "80人＋40人＝120人"),
        ("No.2 100〜150件", 100, Some(150), "100〜150人"),
        ("4/1現在80人", 80, None, "80人以上（現在のため）"),
    ];
    let mut failures = Vec::new();
    for &(typed, low, high, shown) in table {
        match parse(typed) {
            CountAnswer::Count(c) if c.low == low && c.high == high && c.describe_ja() == shown => {
            }
            other => failures.push(format!(
                "{typed}: expected {low}..{high:?} {shown}, got {other:?}"
            )),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    // English readings carry no full-width signs.
    let CountAnswer::Count(c) = parse("合計：職員80人＋住民40人＝120人") else {
        panic!("a count"); // ok: test
    };
    assert_eq!(c.describe_en(), "80 + 40 = 120 people (total)");
    assert!(c.total.as_ref().is_some_and(|t| t.agrees));
    assert_eq!(c.terms.len(), 2);
    let CountAnswer::Count(c) = parse("80人（調査中）") else {
        panic!("a count"); // ok: test
    };
    assert_eq!(c.describe_en(), "80 or more people (may grow: 調査中)");
    assert_eq!(c.open_because, vec!["調査中".to_owned()]);
}

/// Square and lenticular brackets frame a note as round ones do: 【調査中】 and [調査中] read as
/// （調査中）, the word itself quoted, not the brackets.
#[test]
fn every_kind_of_bracket_frames_a_note() {
    for typed in [
        "80人（調査中）",
        "80人(調査中)",
        "80人【調査中】",
        "80人[調査中]",
        "80人［調査中］",
    ] {
        let CountAnswer::Count(c) = parse(typed) else {
            panic!("a count: {typed}"); // ok: test
        };
        assert_eq!(c.describe_ja(), "80人以上（調査中のため）", "{typed}");
        assert_eq!(c.open_because, vec!["調査中".to_owned()], "{typed}");
    }
    // A うち-list ends at its closing bracket, whichever: 40 is no part of the 100.
    let read = |typed: &str| match parse(typed) {
        CountAnswer::Count(c) => (c.low, c.high, c.describe_ja()),
        _ => panic!("a count: {typed}"), // ok: test
    };
    let round = read("100人（うち職員80人）、住民40人");
    assert_eq!((round.0, round.1), (140, Some(140)), "{}", round.2);
    for typed in [
        "100人【うち職員80人】、住民40人",
        "100人[うち職員80人]、住民40人",
    ] {
        assert_eq!(read(typed), round, "{typed}");
    }
}

/// Words that could only lower a reading are dropped when they qualify nothing; words that could
/// raise it widen the whole reading.
#[test]
fn qualifiers_with_nothing_to_qualify() {
    let high = |typed: &str| match parse(typed) {
        CountAnswer::Count(c) => c.high,
        other => panic!("{typed}: {other:?}"), // ok: test
    };
    assert_eq!(high("以下の通り 80人"), Some(80));
    assert_eq!(high("住民から80人"), None);
    assert_eq!(high("少なくとも職員80人"), None);
    assert_eq!(high("+ 80人"), Some(80));
    assert_eq!(high("80人 +"), None);
}

/// Forms found by mutation testing (issue 22's reader) to be unguarded: a comma does not carry a
/// qualifier across ("以下" after "150人、" opens a list, it does not bound the count), a name in
/// brackets after the count leaves it as it is, and a うち-list ends at its closing bracket only.
#[test]
fn forms_the_mutants_found() {
    // (typed, low, high, terms added up, parts)
    let table: &[(&str, u64, Option<u64>, usize, usize)] = &[
        ("150人、以下の通り", 150, Some(150), 1, 0),
        ("45人（市民）", 45, Some(45), 1, 0),
        // A word that could only lower the count, with no number after it, changes nothing.
        ("80人（最大）", 80, Some(80), 1, 0),
        // A bare stated total beside counted persons is the total, not an unknown number.
        ("職員80人、住民40人、合計120", 120, Some(120), 2, 0),
        // Parts that fit their whole leave it as it is.
        ("100人（うち100人以上）", 100, Some(100), 1, 1),
        // The うち-list closes with its bracket: 住民40人 is added, not a part.
        ("100人（うち職員80人）、住民40人", 140, Some(140), 2, 1),
        // A bracket inside a うち-list does not close it: 臨時20人 is still a part.
        (
            "100人（うち職員80人（正規）、臨時20人）",
            100,
            Some(100),
            1,
            2,
        ),
        // うち after a comma is still "of whom".
        ("100人、うち職員80人、臨時20人", 100, Some(100), 1, 2),
        // A comma between digits only joins them: "80, 40人" is not 8040 (the 80 is left open).
        ("80, 40人", 40, None, 1, 0),
        // A dash that is not between digits is a bullet, not a range ("〜80人" would be open).
        ("-80人", 80, Some(80), 1, 0),
        ("- 80人", 80, Some(80), 1, 0),
    ];
    let mut failures = Vec::new();
    for &(typed, low, high, terms, parts) in table {
        match parse(typed) {
            CountAnswer::Count(c)
                if c.low == low
                    && c.high == high
                    && c.terms.len() == terms
                    && c.parts.len() == parts => {}
            other => failures.push(format!(
                "{typed}: expected {low}..{high:?} ({terms} terms, {parts} parts), got {other:?}"
            )),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Every example the question's hint gives is read as a count (or as "not known"), in both
/// languages: the hint never suggests a form the reader cannot read.
#[test]
fn the_hints_examples_are_read() {
    use incident_navi::core::playbook::questions::PERSONS;
    let Some(hint) = PERSONS.hint else {
        panic!("本人の数 has a hint"); // ok: test
    };
    let quoted = |text: &str, open: char, close: char| -> Vec<String> {
        text.split(open)
            .skip(1)
            .filter_map(|s| s.split_once(close).map(|(q, _)| q.to_owned()))
            .collect()
    };
    let english = hint.en.split('"').skip(1).step_by(2).map(str::to_owned);
    let examples = [quoted(hint.ja, '「', '」'), english.collect()].concat();
    assert!(examples.len() >= 8, "{examples:?}");
    for example in examples {
        assert!(
            matches!(
                parse(&example),
                CountAnswer::Count(_) | CountAnswer::Unknown
            ),
            "{example}: {:?}",
            parse(&example)
        );
    }
}
