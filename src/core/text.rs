//! Bilingual text. Japanese is the source language (the manual's own words); English follows it.

use serde::{Deserialize, Serialize};

/// The UI language. Japanese first (product brief: "Japanese first; every string also in English").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    /// 日本語: the manual's language and the default.
    #[default]
    Ja,
    /// English, for foreign staff and other organisations.
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
}

/// A piece of user-facing text in both languages. Being one value, a string cannot exist in one
/// language only: the type system is the translation check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// Japanese, quoting the manual where the text comes from it.
    pub ja: &'static str,
    /// English rendering of the same meaning.
    pub en: &'static str,
}

impl Lang {
    /// `inner` in brackets as each language writes them: full-width （…） in Japanese,
    /// " (…)" in English.
    pub fn bracket(self, inner: &str) -> String {
        match self {
            Lang::Ja => format!("（{inner}）"),
            Lang::En => format!(" ({inner})"),
        }
    }
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

/// Shorthand for building [`Text`] in data tables.
pub const fn t(ja: &'static str, en: &'static str) -> Text {
    Text { ja, en }
}
