//! The manual's section references in the screen's language. An item cites its place in the
//! manual as the manual prints it ("2 発見・通報", "3-4 (2) 応急処置例 1"): chapter 2's parts have
//! no numbers, only headings, and chapter 3's example measures are numbered under their table's
//! title. On the English screen those words read in English ("2 Discovery and reporting",
//! "3-4 (2) first response, example 1"); the numbers stay, so the place is found either way.

use super::Item;
use crate::core::text::{t, Lang, Text};

/// Every word of the manual that a section reference holds, as printed and in English: chapter
/// 2's headings (manual 2), the titles of chapter 3's tables of example measures (3-x (2)
/// 応急処置例, 3-x (5) 二次被害防止策例), and the range mark of 3-1〜3-6.
const WORDS: &[Text] = &[
    t("発見・通報", "Discovery and reporting"),
    t("初動対応", "Initial response"),
    t("体制", "Organisation"),
    t("報告・協議", "Reporting and consultation"),
    t(
        "通知・公表・報告等",
        "Notification, publication and reports",
    ),
    t("措置・復旧", "Measures and recovery"),
    t("再発防止・計画", "Prevention and planning"),
    t("応急処置例", "first response, example"),
    t("二次被害防止策例", "preventing further harm, example"),
    t("〜", " to "),
];

/// `section` (a reference as the manual prints it) in `lang`: as it is in Japanese, its words
/// in English otherwise.
pub fn section_ref(section: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => section.to_owned(),
        Lang::En => WORDS.iter().fold(section.to_owned(), |out, word| {
            out.replace(word.ja, word.en)
        }),
    }
}

impl Item {
    /// The manual section this item comes from, in `lang` (see [`section_ref`]).
    pub fn section_in(&self, lang: Lang) -> String {
        section_ref(self.section, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_keep_their_numbers_and_read_in_english() {
        assert_eq!(
            section_ref("3-4 (2) 応急処置例 1", Lang::En),
            "3-4 (2) first response, example 1"
        );
        assert_eq!(
            section_ref("2 発見・通報", Lang::En),
            "2 Discovery and reporting"
        );
        assert_eq!(section_ref("3-1〜3-6 (3)", Lang::En), "3-1 to 3-6 (3)");
        assert_eq!(section_ref("3-5 ※", Lang::En), "3-5 ※");
        assert_eq!(section_ref("2 発見・通報", Lang::Ja), "2 発見・通報");
    }
}
