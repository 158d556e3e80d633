//! Numbers of persons as clerks type them: 約1万人, 3千人, １，２００人, 百五十人, 100人以上, 数十人, 不明.
//!
//! APPI Enforcement Rules Art. 43 (4) counts a case "more than 100 persons" (百人を超える). Reading
//! "約1万人" as 1 would turn a required report into "not required", the worst failure this tool can
//! have (legal-obligations.md, "Corrections and precisions"). So a count is read as the range of
//! numbers the words allow, and the threshold is decided only when the whole range is on one side.

use super::Tri;

mod scan;

use scan::{has_any_at, has_at, normalize, numbers, Found};

/// How the number was qualified by the words around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// A plain number: "1,200人".
    Exactly,
    /// 約・程度・ほど・くらい・前後・およそ: taken as within half the number either way.
    About,
    /// 以上・最低・少なくとも: the number or more.
    AtLeast,
    /// 超・超え・強・余り: more than the number.
    MoreThan,
    /// 以下・最大: the number or fewer.
    AtMost,
    /// 未満・弱: fewer than the number.
    LessThan,
    /// Two numbers, "100〜150人", or 数 in place of a digit ("数十人").
    Range,
}

/// A count read from text: the smallest and largest number the words allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    /// The number as written (the lower one of a range).
    pub value: u64,
    /// What the words around it say.
    pub qualifier: Qualifier,
    /// The smallest number the text allows.
    pub low: u64,
    /// The largest, or `None` when the text sets no upper bound ("100人以上").
    pub high: Option<u64>,
}

/// What a count answer says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// Words that say the number is not known (checked only when no number is found).
const UNKNOWN_WORDS: &[&str] = &[
    "不明",
    "わからない",
    "分からない",
    "判らない",
    "未確認",
    "調査中",
    "確認中",
    "不詳",
    "未定",
    "unknown",
    "notknown",
    "?",
    "？",
];

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

    /// The reading in the form shown beside the field and in the report, in Japanese:
    /// "10,000人（約）", "100人以上", "20〜99人".
    pub fn describe_ja(&self) -> String {
        let n = group_digits(self.value);
        match self.qualifier {
            Qualifier::Exactly => format!("{n}人"),
            Qualifier::About => format!("{n}人（約）"),
            Qualifier::AtLeast => format!("{n}人以上"),
            Qualifier::MoreThan => format!("{n}人超"),
            Qualifier::AtMost => format!("{n}人以下"),
            Qualifier::LessThan => format!("{n}人未満"),
            Qualifier::Range => match self.high {
                Some(h) => format!("{}〜{}人", group_digits(self.low), group_digits(h)),
                None => format!("{}人以上", group_digits(self.low)),
            },
        }
    }

    /// The same in English: "10,000 (about)", "100 or more", "20-99".
    pub fn describe_en(&self) -> String {
        let n = group_digits(self.value);
        match self.qualifier {
            Qualifier::Exactly => format!("{n} people"),
            Qualifier::About => format!("about {n} people"),
            Qualifier::AtLeast => format!("{n} or more people"),
            Qualifier::MoreThan => format!("more than {n} people"),
            Qualifier::AtMost => format!("{n} or fewer people"),
            Qualifier::LessThan => format!("fewer than {n} people"),
            Qualifier::Range => match self.high {
                Some(h) => format!("{}-{} people", group_digits(self.low), group_digits(h)),
                None => format!("{} or more people", group_digits(self.low)),
            },
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

/// Reads a count as a clerk types it. See the module doc for the forms understood. Of several
/// numbers, the first followed by 人 or 名 is the count; else the first with any counter word;
/// else the first that is not a date ("令和6年度分 約300人" is 300).
pub fn parse(text: &str) -> CountAnswer {
    let chars = normalize(text);
    if chars.is_empty() {
        return CountAnswer::Empty;
    }
    let found = numbers(&chars);
    let Some(pick) = found
        .iter()
        .position(|f| f.persons)
        .or_else(|| found.iter().position(|f| f.counted))
        .or(if found.is_empty() { None } else { Some(0) })
    else {
        let folded: String = chars.iter().collect::<String>().to_ascii_lowercase();
        if UNKNOWN_WORDS.iter().any(|w| folded.contains(w)) {
            return CountAnswer::Unknown;
        }
        return CountAnswer::Unreadable;
    };
    let Found {
        start,
        span,
        end,
        range,
        ..
    } = found[pick];
    let before: String = chars[found.get(pick.wrapping_sub(1)).map_or(0, |f| f.end)..start]
        .iter()
        .collect();
    let mut count = Count {
        value: span.0,
        qualifier: if range || span.0 != span.1 {
            Qualifier::Range
        } else {
            Qualifier::Exactly
        },
        low: span.0,
        high: Some(span.1),
    };
    let n = span.0;
    // English qualifiers come before the number ("more than 100"); white space is gone by now.
    let lower = before.to_ascii_lowercase(); // ASCII only: Unicode case tables cost 9 KB
    let said = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has_at(&chars, end, "以上")
        || ["最低", "少なくとも"].iter().any(|w| before.contains(w))
        || said(&["atleast"])
    {
        count.qualifier = Qualifier::AtLeast;
        count.high = None;
    } else if has_any_at(&chars, end, &["超", "を超", "強", "余", "あまり"])
        || said(&["morethan", "over"])
    {
        count.qualifier = Qualifier::MoreThan;
        count.low = n.saturating_add(1);
        count.high = None;
    } else if has_any_at(&chars, end, &["以下", "以内"])
        || before.contains("最大")
        || said(&["upto", "atmost"])
    {
        count.qualifier = Qualifier::AtMost;
        count.low = 0;
    } else if has_any_at(&chars, end, &["未満", "弱", "足らず", "に満たない"])
        || said(&["under", "lessthan", "fewerthan"])
    {
        count.qualifier = Qualifier::LessThan;
        count.low = 0;
        count.high = Some(n.saturating_sub(1));
    } else if ABOUT_BEFORE.iter().any(|w| before.contains(w))
        || said(&["about", "approx", "around", "roughly"])
        || has_any_at(&chars, end, ABOUT_AFTER)
    {
        count.qualifier = Qualifier::About;
        count.low = span.0 - span.0 / 2;
        count.high = count.high.map(|h| h.saturating_add(h / 2).min(CAP));
    }
    CountAnswer::Count(count)
}

/// Words before a number that make it approximate.
const ABOUT_BEFORE: &[&str] = &[
    "約",
    "およそ",
    "凡そ",
    "概ね",
    "おおむね",
    "大体",
    "だいたい",
    "推定",
    "見込",
];
/// Words after a number that make it approximate.
const ABOUT_AFTER: &[&str] = &["程度", "ほど", "くらい", "ぐらい", "前後", "見込", "程"];

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
