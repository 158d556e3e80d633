//! Every line of the manual reaches the playbook. Walks a copy of the manual (tests/fixtures) and
//! fails, naming the line, for any ◆/◎/※ line, numbered question, example case, measure, caution
//! or trigger that no playbook item holds, unless it is listed in ACCOUNTED_FOR with the reason.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::playbook::{every_text, Phase};

const MANUAL: &str = include_str!("fixtures/gifu-incident-manual-v1.5.md");

/// Table headers: structure, not content.
const HEADERS: &[&str] = &[
    "事件事例",
    "事事故事例",
    "発覚のきっかけ",
    "応急処置例",
    "留意点",
    "事実関係を整理する",
    "被害の重要度を判定する",
    "二次被害防止策例",
];

/// Text that is in the manual but deliberately not a playbook string, and why.
const ACCOUNTED_FOR: &[(&str, &str)] = &[
    ("情報セキュリティ事故発生", "chapter 2 diagram: the start of the flow (the incident screen itself)"),
    ("同時に", "chapter 2 diagram: 報告・協議 runs with 初動対応; both are in the first phase (2.initial.cut-off, 2.report.secretariat)"),
    ("報告協議", "chapter 2 diagram box: items 2.report.* in Phase::DiscoveryAndReport"),
    ("初動対応", "chapter 2 diagram box: Phase::InitialResponse"),
    ("通知公表報告等", "chapter 2 diagram box: Phase::NotificationAndPublication"),
    ("措置復旧", "chapter 2 diagram box: Phase::ContainmentAndRecovery"),
    ("再発防止計画", "chapter 2 diagram box: Phase::Prevention"),
    ("(暗号化/平文、HDD保護、パスワード保護など)", "3-4 puts e)'s examples on a row of their own; the storage forms are the options of 3.2.info.e"),
    ("e)どのような形で保存されていたか", "the same question in every type, worded slightly differently per type; asked once as 3.2.info.e with the storage forms as options"),
];

fn normalize(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.replace('鞆', "鞄").chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if in_tag => {}
            // Brackets are dropped: a bracketed note may be held as a caution of its line.
            '（' | '）' | '(' | ')' => {}
            '？' => out.push('?'),
            '／' => out.push('/'),
            '！' => out.push('!'),
            c if c.is_whitespace() || "*◆◎※・:：。-".contains(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The pieces of a manual line that must each be found: table cells split into their list items
/// and numbered questions.
fn fragments(line: &str) -> Vec<String> {
    let cells: Vec<&str> = if line.trim_start().starts_with('|') {
        line.split('|').collect()
    } else {
        vec![line]
    };
    let mut out = Vec::new();
    for cell in cells {
        // List cells ("・自己申告 ・警察からの連絡") and numbered questions ("(1) … (2) …", "a) … b) …").
        let mut text = cell.replace('・', "\u{0}");
        for n in 1..=7 {
            text = text.replace(&format!("({n})"), &format!("\u{0}({n})"));
        }
        for letter in ['a', 'b', 'c', 'd', 'e'] {
            text = text.replace(&format!("{letter})"), &format!("\u{0}{letter})"));
        }
        for piece in text.split('\u{0}') {
            let piece = normalize(piece);
            let is_number = piece.chars().all(|c| c.is_ascii_digit());
            if !piece.is_empty() && !is_number && !HEADERS.iter().any(|h| normalize(h) == piece) {
                out.push(piece);
            }
        }
    }
    out
}

/// Lines that are structure: the title page, the table of contents, headings, table rules.
fn is_structure(line: &str) -> bool {
    let t = line.trim();
    t.is_empty()
        || t.starts_with("|--")
        || t.starts_with("|---")
        || t.starts_with("3. 事故のタイプ別")
        || t.starts_with("2. 事故対応の基本")
        || t.starts_with("1. 基本的な考え方")
        || (t.starts_with("3-") && t.chars().count() < 40 && !t.contains('※'))
        || (t.starts_with('(') && t.chars().count() < 16 && !t.contains('?') && !t.contains('？'))
}

#[test]
fn every_manual_line_is_in_the_playbook() {
    let corpus: Vec<String> = every_text()
        .into_iter()
        .flat_map(|(_, texts)| {
            let joined: String = texts.iter().map(|t| t.ja).collect();
            texts
                .into_iter()
                .map(|t| normalize(t.ja))
                .chain(std::iter::once(normalize(&joined)))
                .collect::<Vec<_>>()
        })
        .chain(Phase::ALL.iter().map(|p| normalize(p.title().ja)))
        .collect();
    let covered = |f: &str| {
        corpus.iter().any(|c| c.contains(f))
            // "(1) 漏えいした情報区分は？ 個人情報(分類Ⅰ)／…": a question and its options, held apart.
            || f.split(['?', '/']).map(|p| p.trim_matches(['(', ')'])).filter(|p| !p.is_empty()).all(|p| corpus.iter().any(|c| c.contains(p)))
            || ACCOUNTED_FOR.iter().any(|(start, _)| f.starts_with(&normalize(start)))
    };
    // Content starts at chapter 1 (after the title page and the table of contents).
    let start = MANUAL
        .find("1. 基本的な考え方\n")
        .expect("fixture has chapter 1"); // ok: test fixture
    let first_line = MANUAL[..start].lines().count();
    let mut missing = Vec::new();
    let mut checked = 0;
    for (n, line) in MANUAL[start..].lines().enumerate() {
        if is_structure(line) {
            continue;
        }
        for fragment in fragments(line) {
            checked += 1;
            if !covered(&fragment) {
                missing.push(format!("line {}: {fragment}", first_line + n + 1));
            }
        }
    }
    assert!(
        checked > 250,
        "the walk checked only {checked} fragments: is the fixture intact?"
    );
    assert!(
        missing.is_empty(),
        "{} of {checked} manual fragments are not in the playbook:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_walk_notices_a_missing_line() {
    // The check itself must be able to fail: a made-up instruction is not covered.
    let frags = fragments("- ◆存在しない手順を実施する。");
    let corpus: Vec<String> = every_text()
        .into_iter()
        .flat_map(|(_, t)| t.into_iter().map(|t| normalize(t.ja)))
        .collect();
    assert_eq!(frags.len(), 1);
    assert!(!corpus.iter().any(|c| c.contains(&frags[0])));
}
