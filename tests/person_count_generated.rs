//! Issue 22: the count reader against phrasings generated from templates (sums, lists by category
//! and by month, stated totals, provisional words before and after, approximate words, ranges,
//! separators, digit forms, English) × numbers around the threshold, each with its known truth.
//! Invariants: the PPC verdict is never 「不要」 when the truth may exceed 100; the reading always
//! contains the truth (it never narrows); plain forms read exactly.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::obligations::count::{parse, CountAnswer};
use incident_navi::core::obligations::{duty, DutyKind, Tri, Verdict};
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::time::Timestamp;

/// How a number is written.
#[derive(Clone, Copy, Debug)]
enum Digits {
    Ascii,
    FullWidth,
    /// 百二十
    Kanji,
    /// 一二〇
    KanjiPositional,
    /// 1,050 (only where it has four digits or more)
    Comma,
    /// 1 050
    Space,
}

fn write(n: u64, d: Digits) -> String {
    let ascii = n.to_string();
    let kd = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .nth(c as usize - '0' as usize)
            .unwrap()
    };
    match d {
        Digits::Ascii => ascii,
        Digits::FullWidth => ascii
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap())
            .collect(),
        Digits::KanjiPositional => ascii.chars().map(kd).collect(),
        Digits::Kanji => {
            let mut out = String::new();
            let mut rest = n;
            for (unit, name) in [(1000, '千'), (100, '百'), (10, '十')] {
                let q = rest / unit;
                if q > 1 {
                    out.push(kd(char::from_digit(q as u32, 10).unwrap()));
                }
                if q > 0 {
                    out.push(name);
                }
                rest %= unit;
            }
            if rest > 0 {
                out.push(kd(char::from_digit(rest as u32, 10).unwrap()));
            }
            if out.is_empty() {
                "〇".into()
            } else {
                out
            }
        }
        Digits::Comma | Digits::Space if n >= 1000 => {
            let sep = if matches!(d, Digits::Comma) { "," } else { " " };
            format!("{}{sep}{:03}", n / 1000, n % 1000)
        }
        Digits::Comma | Digits::Space => ascii,
    }
}

/// The truth: the smallest and largest number of persons the phrasing means.
type Truth = (u64, Option<u64>);

/// One template: the phrasing for a number n (written by `w`), and its truth.
type Template = fn(u64, &dyn Fn(u64) -> String) -> (String, Truth);

const EXACT: fn(u64) -> Truth = |n| (n, Some(n));
const OPEN: fn(u64) -> Truth = |n| (n, None);
/// "About n": taken to mean within a fifth either way.
const ABOUT: fn(u64) -> Truth = |n| (n - n / 5, Some(n + n / 5));

/// Splits n into two parts, both at least 1.
fn split(n: u64) -> (u64, u64) {
    let a = (n * 2 / 3).max(1);
    (a, n - a)
}

const TEMPLATES: &[(&str, Template)] = &[
    // Plain forms.
    ("n人", |n, w| (format!("{}人", w(n)), EXACT(n))),
    ("n名", |n, w| (format!("{}名", w(n)), EXACT(n))),
    ("n", |n, w| (w(n), EXACT(n))),
    ("n people", |n, w| (format!("{} people", w(n)), EXACT(n))),
    ("対象者n名", |n, w| {
        (format!("対象者{}名", w(n)), EXACT(n))
    }),
    ("n人分の名簿", |n, w| {
        (format!("{}人分の名簿", w(n)), EXACT(n))
    }),
    // Sums, lists by category and by month.
    ("職員a名、住民b名", |n, w| {
        let (a, b) = split(n);
        (format!("職員{}名、住民{}名", w(a), w(b)), EXACT(n))
    }),
    ("a人＋b人", |n, w| {
        let (a, b) = split(n);
        (format!("{}人＋{}人", w(a), w(b)), EXACT(n))
    }),
    ("児童a人・保護者b人", |n, w| {
        let (a, b) = split(n);
        (format!("児童{}人・保護者{}人", w(a), w(b)), EXACT(n))
    }),
    ("4月分a人、5月分b人", |n, w| {
        let (a, b) = split(n);
        (format!("4月分{}人、5月分{}人", w(a), w(b)), EXACT(n))
    }),
    ("令和6年度a人 令和7年度b人", |n, w| {
        let (a, b) = split(n);
        (
            format!("令和6年度 {}人 令和7年度 {}人", w(a), w(b)),
            EXACT(n),
        )
    }),
    ("A校a名、B校b名、C校c名", |n, w| {
        let (a, b) = split(n);
        let (b, c) = split(b.max(2));
        (
            format!("A校{}名、B校{}名、C校{}名", w(a), w(b), w(c)),
            EXACT(a + b + c),
        )
    }),
    ("a staff and b residents", |n, w| {
        let (a, b) = split(n);
        (format!("{} staff and {} residents", w(a), w(b)), EXACT(n))
    }),
    // Stated totals.
    ("合計：職員a人＋住民b人＝n人", |n, w| {
        let (a, b) = split(n);
        (
            format!("合計：職員{}人＋住民{}人＝{}人", w(a), w(b), w(n)),
            EXACT(n),
        )
    }),
    ("合計n人（職員a人、住民b人）", |n, w| {
        let (a, b) = split(n);
        (
            format!("合計{}人（職員{}人、住民{}人）", w(n), w(a), w(b)),
            EXACT(n),
        )
    }),
    ("n人（うち職員a人）", |n, w| {
        let (a, _) = split(n);
        (format!("{}人（うち職員{}人）", w(n), w(a)), EXACT(n))
    }),
    ("計n名", |n, w| (format!("計{}名", w(n)), EXACT(n))),
    ("total n", |n, w| (format!("total {}", w(n)), EXACT(n))),
    // Provisional words, before and after.
    ("n人（調査中）", |n, w| {
        (format!("{}人（調査中）", w(n)), OPEN(n))
    }),
    ("調査中（現時点でn人）", |n, w| {
        (format!("調査中（現時点で{}人）", w(n)), OPEN(n))
    }),
    ("現時点でn人", |n, w| {
        (format!("現時点で{}人", w(n)), OPEN(n))
    }),
    ("暫定n人", |n, w| (format!("暫定{}人", w(n)), OPEN(n))),
    ("n人（暫定）", |n, w| {
        (format!("{}人（暫定）", w(n)), OPEN(n))
    }),
    ("n人（見込み）", |n, w| {
        (format!("{}人（見込み）", w(n)), OPEN(n))
    }),
    ("確認できているのはn人", |n, w| {
        (format!("確認できているのは{}人", w(n)), OPEN(n))
    }),
    ("少なくともn人", |n, w| {
        (format!("少なくとも{}人", w(n)), OPEN(n))
    }),
    ("n人～", |n, w| (format!("{}人～", w(n)), OPEN(n))),
    ("n人から", |n, w| (format!("{}人から", w(n)), OPEN(n))),
    ("n人以上", |n, w| (format!("{}人以上", w(n)), OPEN(n))),
    ("n人超", |n, w| (format!("{}人超", w(n)), (n + 1, None))),
    ("n人余り", |n, w| {
        (format!("{}人余り", w(n)), (n + 1, None))
    }),
    ("n名+α", |n, w| (format!("{}名+α", w(n)), OPEN(n))),
    ("n人ほか", |n, w| (format!("{}人ほか", w(n)), OPEN(n))),
    ("職員a名、住民b名（調査中）", |n, w| {
        let (a, b) = split(n);
        (format!("職員{}名、住民{}名（調査中）", w(a), w(b)), OPEN(n))
    }),
    ("n or more", |n, w| (format!("{} or more", w(n)), OPEN(n))),
    ("n+", |n, w| (format!("{}+", w(n)), OPEN(n))),
    ("over n", |n, w| (format!("over {}", w(n)), (n + 1, None))),
    ("more than n", |n, w| {
        (format!("more than {}", w(n)), (n + 1, None))
    }),
    ("at least n", |n, w| (format!("at least {}", w(n)), OPEN(n))),
    ("n so far (under investigation)", |n, w| {
        (format!("{} so far (under investigation)", w(n)), OPEN(n))
    }),
    // Approximate words.
    ("約n人", |n, w| (format!("約{}人", w(n)), ABOUT(n))),
    ("n人位", |n, w| (format!("{}人位", w(n)), ABOUT(n))),
    ("n人くらい", |n, w| {
        (format!("{}人くらい", w(n)), ABOUT(n))
    }),
    ("n人程度", |n, w| (format!("{}人程度", w(n)), ABOUT(n))),
    ("ほぼn人", |n, w| (format!("ほぼ{}人", w(n)), ABOUT(n))),
    ("n人前後", |n, w| (format!("{}人前後", w(n)), ABOUT(n))),
    ("およそn名", |n, w| {
        (format!("およそ{}名", w(n)), ABOUT(n))
    }),
    ("about n", |n, w| (format!("about {}", w(n)), ABOUT(n))),
    ("around n people", |n, w| {
        (format!("around {} people", w(n)), ABOUT(n))
    }),
    // Ranges.
    ("a〜n人", |n, w| {
        let a = n / 2;
        (format!("{}〜{}人", w(a), w(n)), (a, Some(n)))
    }),
    ("a人からn人", |n, w| {
        let a = n / 2;
        (format!("{}人から{}人", w(a), w(n)), (a, Some(n)))
    }),
    ("最大n人", |n, w| {
        (format!("最大{}人", w(n)), (0, Some(n)))
    }),
    ("up to n", |n, w| (format!("up to {}", w(n)), (0, Some(n)))),
    ("n人以下", |n, w| {
        (format!("{}人以下", w(n)), (0, Some(n)))
    }),
];

/// Several-of forms: (typed, truth).
const SEVERAL: &[(&str, Truth)] = &[
    ("数百人", (200, Some(999))),
    ("数100人", (200, Some(999))),
    ("数１００人", (200, Some(999))),
    ("数千人", (2000, Some(9999))),
    ("数十人", (20, Some(99))),
    ("百数十人", (120, Some(199))),
];

fn incident_with(persons: &str) -> Incident {
    let mut i = Incident::new(
        "t".into(),
        &[IncidentKind::MisdeliveryOrWebExposure],
        Timestamp(0),
    );
    let set = |q: &str, v: &str| Change::SetOnly(q.into(), v.into());
    for change in [
        Change::SetChoice("3.3.severity.1".into(), "class-1".into(), true),
        set("law.protection", "plain"),
        set("law.sensitive", "no"),
        set("law.financial", "no"),
        set("law.improper", "no"),
        set("law.ordinance", "no"),
        Change::EditAnswer("law.persons".into(), persons.into()),
    ] {
        i.apply(change, Timestamp(1));
    }
    i
}

#[test]
fn generated_phrasings_never_give_not_required_when_the_truth_may_exceed_100() {
    let digit_forms = [
        Digits::Ascii,
        Digits::FullWidth,
        Digits::Kanji,
        Digits::KanjiPositional,
    ];
    let mut phrasings: Vec<(String, Truth, bool)> = Vec::new();
    for n in (70..=140).chain([990, 1000, 1050, 1200, 2150, 9999]) {
        for (name, template) in TEMPLATES {
            let forms: &[Digits] = if n >= 1000 {
                &[
                    Digits::Ascii,
                    Digits::Comma,
                    Digits::Space,
                    Digits::FullWidth,
                ]
            } else {
                &digit_forms
            };
            for &d in forms {
                let w = move |k: u64| write(k, d);
                let (typed, truth) = template(n, &w);
                let plain = matches!(*name, "n人" | "n名" | "n" | "n people");
                phrasings.push((typed, truth, plain));
            }
        }
    }
    for (typed, truth) in SEVERAL {
        phrasings.push(((*typed).into(), *truth, false));
    }
    assert!(phrasings.len() >= 10_000, "{} phrasings", phrasings.len());
    let mut failures = Vec::new();
    for (typed, (low, high), plain) in &phrasings {
        let read = match parse(typed) {
            CountAnswer::Count(c) => c,
            other => {
                failures.push(format!("{typed}: not read ({other:?})"));
                continue;
            }
        };
        // Never narrower than the truth.
        let covers = read.low <= *low && read.high.is_none_or(|h| high.is_some_and(|t| h >= t));
        if !covers {
            failures.push(format!(
                "{typed}: read {}..{:?}, truth {low}..{high:?}",
                read.low, read.high
            ));
        }
        // The threshold as the rules read it (Rule 43 (4)): never "not over 100" when it may be.
        if high.is_none_or(|h| h > 100) && read.exceeds(100) == Tri::No {
            failures.push(format!("{typed}: read as not over 100"));
        }
        if *plain && !(read.low == *low && read.high == *high) {
            failures.push(format!(
                "{typed}: plain form read as {}..{:?}",
                read.low, read.high
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures: {:#?}",
        failures.len(),
        &failures[..failures.len().min(40)]
    );
    // The verdict through the whole path (answers → facts → rules), for every eighth phrasing
    // (every one is checked above at the threshold the rules read; this keeps the test fast).
    let mut wrong = Vec::new();
    for (typed, (_, high), _) in phrasings.iter().step_by(8) {
        let may_exceed = high.is_none_or(|h| h > 100);
        let v = duty(&incident_with(typed), DutyKind::PpcReport).verdict;
        if may_exceed && v == Verdict::NotRequired {
            wrong.push(format!("{typed}: 不要"));
        }
        if *high == Some(high.unwrap_or(0))
            && high.is_some_and(|h| h <= 100)
            && v == Verdict::Required
        {
            wrong.push(format!("{typed}: 必要 for at most {high:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong: {:#?}",
        wrong.len(),
        &wrong[..wrong.len().min(40)]
    );
}
