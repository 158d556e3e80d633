//! Every user-facing string exists in Japanese and English. `Text { ja, en }` makes a one-language
//! string impossible to build; this test catches what the type cannot: an empty side, an English
//! side with any Japanese in it (a word, a 事例, a ・ or 〜), Japanese text in the UI that bypasses
//! `Text` altogether, and the playbook's own strings that screens show beside a `Text` (a section
//! reference) without being one.
//!
//! Issue 23: the triage's source tags read "Manual 3-1 事例1・5" on the English screen. They were
//! plain `&str` in the core, so neither check saw them: the pairs check reads `t(…)` only, and the
//! literal scan reads `src/ui` only; besides, an English side was flagged only when over a third of
//! it was Japanese, and ・ and 〜 were not counted as full-width.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use incident_navi::core::playbook::{basic_flow, IncidentKind, SYMPTOMS};
use incident_navi::core::text::Lang;

/// Japanese script.
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}')
}

/// Anything that does not belong on an English screen: Japanese script (kana with ・, kanji), the
/// CJK symbols and punctuation (、。「」〜), and the full-width forms (（）：！？～, half-width kana).
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30ff}' // CJK punctuation (、。「」〜), hiragana, katakana (・ ー)
        | '\u{31f0}'..='\u{31ff}' // katakana extensions
        | '\u{3400}'..='\u{4dbf}' // kanji, extension A
        | '\u{4e00}'..='\u{9fff}' // kanji
        | '\u{f900}'..='\u{faff}' // kanji, compatibility
        | '\u{ff00}'..='\u{ffef}') // full-width forms （）：！？～ and half-width kana
}

/// String literals in `src`, with their byte offsets.
fn literals(src: &str) -> Vec<(usize, String)> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') || bytes.get(i + 1) == Some(&b'\\') => {
                i += if bytes.get(i + 1) == Some(&b'\\') {
                    4
                } else {
                    3
                };
                continue;
            }
            b'"' => {
                let start = i;
                let mut text = String::new();
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    let ch_len = src[i..].chars().next().map_or(1, char::len_utf8);
                    text.push_str(&src[i..i + ch_len]);
                    i += ch_len;
                }
                out.push((start, text));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// `t("…", "…")` pairs: two literals with only `t(`, white space and a comma around them.
fn pairs(src: &str) -> Vec<(usize, usize, String, String)> {
    let lits = literals(src);
    lits.windows(2)
        .filter(|w| {
            let before = src[..w[0].0].trim_end();
            let between = &src[w[0].0 + w[0].1.len() + 2..w[1].0];
            before.ends_with("t(") && !before.ends_with("_t(") && between.trim() == ","
        })
        .map(|w| (w[0].0, w[1].0, w[0].1.clone(), w[1].1.clone()))
        .collect()
}

/// Japanese meant to stand in English text, each with the reason; nothing else may. Taken out
/// in this order (the longer first).
const ALLOWED: &[(&str, &str)] = &[
    ("日本語に切り替える", "the language switch's label, in the language it switches to (the button carries that lang)"),
    ("日本語", "the language switch names the language it switches to, in that language"),
    ("(国家サイバー統括室)", "the office's official name, beside its English one, so the reader can find it"),
    ("(e.g. 約1万人, 100人以上, 不明)", "examples of what a clerk types into the field, which is in Japanese"),
];

/// `en` with the allowed Japanese taken out.
fn without_allowed(en: &str) -> String {
    ALLOWED
        .iter()
        .fold(en.to_owned(), |out, (text, _)| out.replace(text, ""))
}

#[test]
fn every_text_has_both_languages() {
    let sources = common::rust_sources("src");
    let mut count = 0;
    let mut problems = Vec::new();
    for (path, src) in &sources {
        for (_, _, ja, en) in pairs(src) {
            count += 1;
            if ja.trim().is_empty() || en.trim().is_empty() {
                problems.push(format!("{path}: empty side: {ja:?} / {en:?}"));
            } else if without_allowed(&en).chars().any(is_cjk) {
                problems.push(format!("{path}: Japanese or full-width in English: {en:?}"));
            } else if !ja.chars().any(is_japanese)
                && !ALLOWED.iter().any(|(text, _)| *text == ja)
                && ja.chars().any(|c| c.is_ascii_alphabetic())
                && ja == en
            {
                problems.push(format!(
                    "{path}: Japanese side is untranslated English: {ja:?}"
                ));
            }
        }
    }
    assert!(
        count > 400,
        "found only {count} t(…) pairs: is the scanner broken?"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_ui_has_no_japanese_outside_text() {
    let sources = common::rust_sources("src/ui");
    let mut problems = Vec::new();
    for (path, src) in &sources {
        let paired: Vec<usize> = pairs(src)
            .into_iter()
            .flat_map(|(a, b, _, _)| [a, b])
            .collect();
        for (at, text) in literals(src) {
            // Japanese, or full-width punctuation that would also show on English screens.
            let japanese = text.chars().any(is_cjk);
            if japanese && !paired.contains(&at) {
                problems.push(format!("{path}: {text:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "Japanese strings in the UI that are not Text:\n{}",
        problems.join("\n")
    );
}

/// What the screens show from the playbook in English, whether a `Text` or not: the triage's
/// situations and their sources, the types' section numbers, every item's section reference as
/// `Item::section_in` puts it ("3-4 (2) 応急処置例 1" is "3-4 (2) first response, example 1").
#[test]
fn the_playbooks_references_read_in_english() {
    let mut shown: Vec<(String, String)> = Vec::new();
    for symptom in SYMPTOMS {
        shown.push((
            format!("symptom {}", symptom.id),
            symptom.text.en.to_owned(),
        ));
        if let Some(source) = symptom.source {
            shown.push((
                format!("symptom {} source", symptom.id),
                source.en.to_owned(),
            ));
        }
    }
    for kind in IncidentKind::ALL {
        shown.push((format!("{kind:?}"), kind.guide().section.to_owned()));
    }
    let items = basic_flow::ITEMS
        .iter()
        .chain(IncidentKind::ALL.iter().flat_map(|k| k.guide().items));
    for item in items {
        shown.push((format!("item {}", item.id), item.section_in(Lang::En)));
    }
    assert!(
        shown.len() > 100,
        "only {} strings: is the walk broken?",
        shown.len()
    );
    let problems: Vec<String> = shown
        .iter()
        .filter(|(_, en)| without_allowed(en).chars().any(is_cjk))
        .map(|(what, en)| format!("{what}: {en:?}"))
        .collect();
    assert!(
        problems.is_empty(),
        "Japanese on the English screen:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checks_see_japanese_words_and_punctuation_in_english() {
    for leak in [
        "3-1 事例1・5",
        "cases 2〜4",
        "a・b",
        "（1）",
        "note：",
        "3-1～3-6",
    ] {
        assert!(leak.chars().any(is_cjk), "{leak}");
    }
    for english in [
        "3-1, cases 1 and 5",
        "Manual 3-5 ※",
        "3-1 (2)",
        "— “quoted” …",
    ] {
        assert!(!english.chars().any(is_cjk), "{english}");
    }
}

#[test]
fn the_scanner_finds_an_untranslated_string() {
    let src = r#"const A: Text = t("保存", "保存しました"); const B: Text = t("x", "");"#;
    assert_eq!(pairs(src).len(), 2);
    assert_eq!(pairs(src)[0].3, "保存しました");
}
