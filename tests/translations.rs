//! Every user-facing string exists in Japanese and English. `Text { ja, en }` makes a one-language
//! string impossible to build; this test catches what the type cannot: an empty side, an English
//! side left in Japanese, and Japanese text in the UI that bypasses `Text` altogether.
#![cfg(not(target_arch = "wasm32"))]

mod common;

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}')
}

/// Full-width punctuation: right in Japanese, wrong on an English screen ("questions（11）").
fn is_full_width_punctuation(c: char) -> bool {
    "（）：、。「」！？".contains(c)
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

/// Strings meant to stay in the other script: the language switch names, and is labelled in, the
/// language it switches to (the button carries that `lang`).
const ALLOWED: &[&str] = &["日本語", "English", "日本語に切り替える"];

#[test]
fn every_text_has_both_languages() {
    let sources = common::rust_sources("src");
    let mut count = 0;
    let mut problems = Vec::new();
    for (path, src) in &sources {
        for (_, _, ja, en) in pairs(src) {
            count += 1;
            let japanese_in_en = en.chars().filter(|c| is_japanese(*c)).count();
            if ja.trim().is_empty() || en.trim().is_empty() {
                problems.push(format!("{path}: empty side: {ja:?} / {en:?}"));
            } else if japanese_in_en * 3 > en.chars().count() && !ALLOWED.contains(&en.as_str()) {
                problems.push(format!("{path}: English side is Japanese: {en:?}"));
            } else if en.chars().any(is_full_width_punctuation) {
                problems.push(format!("{path}: full-width punctuation in English: {en:?}"));
            } else if !ja.chars().any(is_japanese)
                && !ALLOWED.contains(&ja.as_str())
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
            // Japanese, or full-width brackets that would also show on English screens.
            let japanese = text
                .chars()
                .any(|c| is_japanese(c) || is_full_width_punctuation(c));
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

#[test]
fn the_scanner_finds_an_untranslated_string() {
    let src = r#"const A: Text = t("保存", "保存しました"); const B: Text = t("x", "");"#;
    assert_eq!(pairs(src).len(), 2);
    assert_eq!(pairs(src)[0].3, "保存しました");
}
