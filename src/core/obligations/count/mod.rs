//! Numbers of persons as clerks type them: 約1万人, 3千人, １，２００人, 百五十人, 100人以上, 数十人, 不明.
//!
//! APPI Enforcement Rules Art. 43 (4) counts a case "more than 100 persons" (百人を超える). Reading
//! "約1万人" as 1 would turn a required report into "not required", the worst failure this tool can
//! have (legal-obligations.md, "Corrections and precisions"). So a count is read as the range of
//! numbers the words allow, and the threshold is decided only when the whole range is on one side.

use super::Tri;

mod describe;
mod read;
mod scan;
mod words;

pub use read::parse;

/// How one number was qualified by the words around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// A plain number: "1,200人".
    Exactly,
    /// 約・程度・くらい・位・前後・ほぼ・about: taken as within half the number either way.
    About,
    /// 以上・少なくとも・～・から・+・or more: the number or more.
    AtLeast,
    /// 超・強・余り・over・more than: more than the number.
    MoreThan,
    /// 以下・最大・up to: the number or fewer.
    AtMost,
    /// 未満・弱・under・fewer than: fewer than the number.
    LessThan,
    /// Two numbers, "100〜150人", or 数 in place of a digit ("数十人", "数100人").
    Range,
}

/// One number the reading used, with the range its own words allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The number as written (the lower one of a range).
    pub value: u64,
    /// What the words around it say.
    pub qualifier: Qualifier,
    /// The smallest number it allows.
    pub low: u64,
    /// The largest, or `None` when it sets no upper bound ("100人以上").
    pub high: Option<u64>,
}

/// How a stated total ("合計120人", "＝120人") stands beside the numbers listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatedTotal {
    /// The total as written.
    pub term: Term,
    /// The listed numbers add up to it.
    pub agrees: bool,
}

/// A count read from text: the smallest and largest number the words allow, and what was used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    /// The smallest number the text allows.
    pub low: u64,
    /// The largest, or `None` when the text sets no upper bound ("100人以上", "80人（調査中）").
    pub high: Option<u64>,
    /// The numbers added up (one for a plain count).
    pub terms: Vec<Term>,
    /// A total the text states, if any.
    pub total: Option<StatedTotal>,
    /// Numbers given as part of another (after うち / 内訳), not added.
    pub parts: Vec<Term>,
    /// The words that leave the count open upwards, as typed ("調査中", "見込み"), and anything the
    /// reader did not understand.
    pub open_because: Vec<String>,
    /// Numbers set aside as not counting persons (dates, 件, 世帯), as typed.
    pub set_aside: Vec<String>,
}

/// What a count answer says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CountAnswer {
    /// Nothing typed.
    Empty,
    /// 不明・わからない・調査中: said to be unknown.
    Unknown,
    /// Typed, but no number could be read from it.
    Unreadable,
    /// A number or range.
    Count(Count),
}

/// The largest count the parser keeps; more is held at this (no overflow from hostile input).
pub(super) const CAP: u64 = 1_000_000_000_000;

impl Count {
    /// Whether the count is more than `threshold`: yes only when even the smallest reading is,
    /// no only when even the largest reading is not; otherwise not known.
    pub fn exceeds(&self, threshold: u64) -> Tri {
        if self.low > threshold {
            Tri::Yes
        } else if self.high.is_some_and(|h| h <= threshold) {
            Tri::No
        } else {
            Tri::Unknown
        }
    }
}

/// "12000" → "12,000".
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_digits_puts_commas_every_three() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1000), "1,000");
        assert_eq!(group_digits(1234567), "1,234,567");
    }
}
