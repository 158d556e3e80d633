//! Numbers of persons as clerks type them: 約1万人, 3千人, １，２００人, 百五十人, 100人以上, 数十人, 不明.
//!
//! APPI Enforcement Rules Art. 43 (4) counts a case "more than 100 persons" (百人を超える). Reading
//! "約1万人" as 1 would turn a required report into "not required", the worst failure this tool can
//! have (legal-obligations.md, "Corrections and precisions"). So a count is read as the range of
//! numbers the words allow, and the threshold is decided only when the whole range is on one side.

use super::Tri;

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
    "?",
    "？",
];

/// The largest count the parser keeps; more is held at this (no overflow from hostile input).
const CAP: u64 = 1_000_000_000_000;

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

/// Full-width digits and signs to ASCII; commas between digits dropped; spaces dropped.
fn normalize(text: &str) -> Vec<char> {
    let raw: Vec<char> = text.chars().collect();
    let digit =
        |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(c));
    let mapped: Vec<char> = raw
        .iter()
        .enumerate()
        // White space goes, except between two digits, where it separates two numbers.
        .filter(|&(i, c)| {
            !c.is_whitespace() || (i > 0 && digit(raw.get(i - 1)) && digit(raw.get(i + 1)))
        })
        .map(|(_, &c)| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '，' => ',',
            '．' => '.',
            '～' | '~' | '〜' | '－' | 'ー' | '−' | '-' => '〜',
            _ => c,
        })
        .collect();
    let mut out = Vec::with_capacity(mapped.len());
    for (i, &c) in mapped.iter().enumerate() {
        let digit_before = i > 0 && mapped[i - 1].is_ascii_digit();
        let digit_after = mapped.get(i + 1).is_some_and(char::is_ascii_digit);
        // "1、000" too: a 、 between digits followed by exactly three of them.
        let three_after = (1..=3).all(|k| mapped.get(i + k).is_some_and(char::is_ascii_digit))
            && !mapped.get(i + 4).is_some_and(char::is_ascii_digit);
        if (c == ',' && digit_before && digit_after) || (c == '、' && digit_before && three_after)
        {
            continue;
        }
        out.push(c);
    }
    out
}

fn kanji_digit(c: char) -> Option<u64> {
    "〇一二三四五六七八九"
        .chars()
        .position(|k| k == c)
        .map(|p| p as u64)
        .or(if c == '零' { Some(0) } else { None })
}

fn small_unit(c: char) -> Option<u64> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1_000),
        _ => None,
    }
}

fn big_unit(c: char) -> Option<u64> {
    match c {
        '万' => Some(10_000),
        '億' => Some(100_000_000),
        _ => None,
    }
}

/// Whether a number starts at `i`. 数 ("several") starts one only before a unit or a counter
/// (数十, 数百, 数人), and never in a word such as 多数 ("many"), 無数 or 件数.
fn starts_number_at(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    if c != '数' {
        return c.is_ascii_digit() || kanji_digit(c).is_some() || small_unit(c).is_some();
    }
    let next = chars.get(i + 1).copied();
    let before_unit = next.is_some_and(|n| {
        small_unit(n).is_some() || big_unit(n).is_some() || n == '人' || n == '名'
    });
    let in_word = i > 0 && "多無複少総件人回点変係".contains(chars[i - 1]);
    before_unit && !in_word
}

/// A range of numbers being built: (low, high).
#[derive(Clone, Copy, Default)]
struct Span(u64, u64);

impl Span {
    fn add(self, o: Span) -> Span {
        Span(
            self.0.saturating_add(o.0).min(CAP),
            self.1.saturating_add(o.1).min(CAP),
        )
    }
}

/// A coefficient waiting for its unit: a literal (digits with an optional decimal part, as
/// mantissa and number of decimals) or 数 ("several").
#[derive(Clone, Copy)]
enum Coef {
    Literal { mantissa: u64, decimals: u32 },
    Several,
}

impl Coef {
    /// The coefficient times `unit`, as a span. 数 before a unit is 2-9 of it, and the places below
    /// it may be anything ("数十" = 20-99).
    fn times(self, unit: u64) -> Span {
        match self {
            Coef::Literal { mantissa, decimals } => {
                let scale = 10u64.saturating_pow(decimals);
                let v = (u128::from(mantissa) * u128::from(unit) / u128::from(scale.max(1)))
                    .min(u128::from(CAP)) as u64;
                Span(v, v)
            }
            Coef::Several => Span(
                unit.saturating_mul(2),
                unit.saturating_mul(9).saturating_add(unit - 1),
            ),
        }
    }

    /// As the ones place: 数 after a unit is 1-9 ("十数" = 11-19).
    fn ones(self) -> Span {
        match self {
            Coef::Several => Span(1, 9),
            literal => literal.times(1),
        }
    }
}

/// Reads one Japanese or Arabic number starting at `start`: "1,200", "1.2万", "百五十", "3千",
/// "二〇〇", "数十", "十数". Returns the span and the index after it.
fn read_number(chars: &[char], start: usize) -> Option<(Span, usize)> {
    let mut total = Span::default();
    let mut group = Span::default();
    let mut coef: Option<Coef> = None;
    let mut in_decimals = false;
    let mut seen = false;
    let mut i = start;
    while let Some(&c) = chars.get(i) {
        if let Some(d) = c.to_digit(10).map(u64::from).or_else(|| kanji_digit(c)) {
            coef = Some(match coef {
                Some(Coef::Literal { mantissa, decimals }) => Coef::Literal {
                    mantissa: mantissa.saturating_mul(10).saturating_add(d).min(CAP),
                    decimals: decimals + u32::from(in_decimals),
                },
                _ => Coef::Literal {
                    mantissa: d,
                    decimals: 0,
                },
            });
            seen = true;
        } else if c == '.'
            && !in_decimals
            && matches!(coef, Some(Coef::Literal { .. }))
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            in_decimals = true;
        } else if c == '数' && coef.is_none() {
            // "数十" at the start, "十数" after a unit; never after a digit ("1数").
            coef = Some(Coef::Several);
            seen = true;
        } else if let Some(unit) = small_unit(c) {
            group = group.add(coef.take().map_or(Span(unit, unit), |k| k.times(unit)));
            in_decimals = false;
            seen = true;
        } else if let Some(unit) = big_unit(c) {
            if !seen {
                break;
            }
            let scale = |s: Span| {
                Span(
                    s.0.saturating_mul(unit).min(CAP),
                    s.1.saturating_mul(unit).min(CAP),
                )
            };
            let scaled = match coef.take() {
                // 数万: 2-9 ten-thousands, and anything below.
                Some(Coef::Several) => scale(group).add(Coef::Several.times(unit)),
                Some(literal @ Coef::Literal { .. }) => scale(group).add(literal.times(unit)),
                None => scale(group),
            };
            total = total.add(scaled);
            group = Span::default();
            in_decimals = false;
        } else {
            break;
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    group = group.add(coef.map_or(Span::default(), Coef::ones));
    Some((total.add(group), i))
}

fn has_at(chars: &[char], at: usize, word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(k, w)| chars.get(at + k) == Some(&w))
}

fn has_any_at(chars: &[char], at: usize, words: &[&str]) -> bool {
    words.iter().any(|w| has_at(chars, at, w))
}

/// Counter words for persons: a number followed by one of these is the count of persons.
const PERSON_COUNTERS: &[&str] = &["人分", "人", "名"];
/// Other counter words that may stand between a number and its qualifier.
const OTHER_COUNTERS: &[&str] = &["件", "世帯", "者", "通", "枚", "分"];
/// A number followed by one of these is a date, an age or an article, never the count.
const NOT_A_COUNT: &[&str] = &[
    "年", "月", "日", "時", "歳", "才", "号", "条", "回", "度", "/",
];

/// One number found in the text, and how it is followed.
struct Found {
    start: usize,
    span: Span,
    /// Index after the number and any counter word.
    end: usize,
    /// Followed by 人・名.
    persons: bool,
    /// Followed by a counter word of any kind.
    counted: bool,
    /// Two numbers joined by 〜 or から.
    range: bool,
}

fn skip_counters(chars: &[char], mut at: usize) -> (usize, bool, bool) {
    let mut persons = false;
    let mut counted = false;
    while let Some(w) = PERSON_COUNTERS
        .iter()
        .chain(OTHER_COUNTERS)
        .find(|w| has_at(chars, at, w))
    {
        persons |= PERSON_COUNTERS.contains(w);
        counted = true;
        at += w.chars().count();
    }
    (at, persons, counted)
}

/// Every number in the text that is not a date or an age.
fn numbers(chars: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let number = if starts_number_at(chars, i) {
            read_number(chars, i)
        } else {
            None
        };
        let Some((span, after)) = number else {
            i += 1;
            continue;
        };
        let (mut end, mut persons, mut counted) = skip_counters(chars, after);
        let mut span = span;
        let mut range = false;
        // "100〜150人", "100から150人": one range, counted by the word after the second number.
        let mark = match chars.get(end) {
            Some('〜') => Some(1),
            _ if has_at(chars, end, "から") => Some(2),
            _ => None,
        };
        let mut next = after;
        if let Some((upper, upper_end)) = mark.and_then(|skip| read_number(chars, end + skip)) {
            let (e, p, c) = skip_counters(chars, upper_end);
            span = Span(span.0, upper.1.max(span.1));
            (end, persons, counted, range, next) = (e, persons || p, counted || c, true, upper_end);
        }
        if !has_any_at(chars, next, NOT_A_COUNT) {
            out.push(Found {
                start: i,
                span,
                end,
                persons,
                counted,
                range,
            });
        }
        // A number read is at least one character long, so this always moves on.
        i = next;
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
        let folded: String = chars.iter().collect();
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
    if has_at(&chars, end, "以上") || ["最低", "少なくとも"].iter().any(|w| before.contains(w))
    {
        count.qualifier = Qualifier::AtLeast;
        count.high = None;
    } else if has_any_at(&chars, end, &["超", "を超", "強", "余", "あまり"]) {
        count.qualifier = Qualifier::MoreThan;
        count.low = n.saturating_add(1);
        count.high = None;
    } else if has_any_at(&chars, end, &["以下", "以内"]) || before.contains("最大") {
        count.qualifier = Qualifier::AtMost;
        count.low = 0;
    } else if has_any_at(&chars, end, &["未満", "弱", "足らず", "に満たない"]) {
        count.qualifier = Qualifier::LessThan;
        count.low = 0;
        count.high = Some(n.saturating_sub(1));
    } else if ABOUT_BEFORE.iter().any(|w| before.contains(w))
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
