//! Scanning the typed text: digits in either width, kanji numerals with their units (十百千万億),
//! 数 ("several"), counter words, and which numbers are dates rather than counts.

use super::CAP;

/// Full-width letters, digits and signs to ASCII, ASCII letters to lower case; commas between digits
/// dropped; a space or 、 before exactly three digits is a thousands separator ("1 050" is 1050),
/// any other space between digits separates two numbers; other white space goes.
pub(super) fn normalize(text: &str) -> Vec<char> {
    let raw: Vec<char> = text
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        // Full-width brackets and commas are ASCII by now (the map above).
        .map(|c| match c {
            '~' | '〜' => '〜',
            '【' | '[' => '(',
            '】' | ']' => ')',
            _ => c.to_ascii_lowercase(),
        })
        .collect();
    let digit = |i: usize| raw.get(i).is_some_and(char::is_ascii_digit);
    // Exactly three digits from `i`, then no digit.
    let three = |i: usize| (i..i + 3).all(digit) && !digit(i + 3);
    // The digits before `i` are a group of one to three that no letter or point leads ("No.2 100").
    let group_before = |i: usize| {
        let first = (0..i).rev().take_while(|&k| digit(k)).last().unwrap_or(i);
        i - first <= 3
            && first
                .checked_sub(1)
                .and_then(|k| raw.get(k))
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || *c == '.'))
    };
    let mut out = Vec::with_capacity(raw.len());
    for (i, &c) in raw.iter().enumerate() {
        let between = i > 0 && digit(i - 1) && digit(i + 1);
        match c {
            ',' if between => {}
            '、' | ' ' if i > 0 && digit(i - 1) && three(i + 1) && group_before(i) => {}
            // A space between digits that is no thousands separator parts two numbers.
            _ if c.is_whitespace() && between => out.push('、'),
            _ if c.is_whitespace() => {}
            '－' | '−' | '-' | 'ー' | '‐' if between => out.push('〜'),
            _ => out.push(c),
        }
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
    }) || power_of_ten(chars, i + 1).is_some();
    let in_word = i > 0 && "多無複少総件人回点変係".contains(chars[i - 1]);
    before_unit && !in_word
}

/// "100", "1000" written in digits after 数 ("数100人" is 数百人): the power and its length.
fn power_of_ten(chars: &[char], at: usize) -> Option<(u64, usize)> {
    if chars.get(at) != Some(&'1') {
        return None;
    }
    let zeros = chars[at + 1..].iter().take_while(|c| **c == '0').count();
    let digit_after = chars.get(at + 1 + zeros).is_some_and(char::is_ascii_digit);
    (zeros > 0 && zeros < 12 && !digit_after).then(|| (10u64.pow(zeros as u32), zeros + 1))
}

/// A range of numbers being built: (low, high).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Span(pub(super) u64, pub(super) u64);

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
        } else if let (true, Some((unit, len))) = (c == '数', power_of_ten(chars, i + 1)) {
            // "数100": several hundreds, as 数百.
            group = group.add(Coef::Several.times(unit));
            seen = true;
            i += len + 1;
            continue;
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

pub(super) fn has_at(chars: &[char], at: usize, word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(k, w)| chars.get(at + k) == Some(&w))
}

/// Counter words for persons: a number followed by one of these counts persons.
const PERSON_COUNTERS: &[&str] = &[
    "人分",
    "人",
    "名",
    "people",
    "persons",
    "person",
    "individuals",
    "pax",
];
/// Counter words of other things (records, households, schools): such a number is not a count of
/// persons, and is left aside when one is given.
const OTHER_COUNTERS: &[&str] = &[
    "件",
    "世帯",
    "通",
    "枚",
    "分",
    "校",
    "課",
    "社",
    "所",
    "部",
    "台",
    "個",
    "ファイル",
    "records",
    "record",
    "cases",
    "files",
    "items",
    "households",
    "emails",
    "mails",
];
/// A number followed by one of these is a date, an age, an article or a rank, never a count.
const NOT_A_COUNT: &[&str] = &[
    "年",
    "月",
    "日",
    "時",
    "歳",
    "才",
    "号",
    "条",
    "回",
    "度",
    "/",
    "番",
    "次",
    "期",
    "ページ",
    "頁",
];
/// A number after one of these is an ordinal ("第2", "No.2", "#2") or the day of a date ("4/1").
const ORDINAL_BEFORE: &[&str] = &["第", "#", "no.", "no", "/", "№"];

/// What a number counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Counts {
    /// Followed by 人・名・people.
    Persons,
    /// Followed by another counter word (件, 世帯, records).
    Other,
    /// No counter word.
    Bare,
    /// A date, an age, an ordinal: not a count at all.
    NotACount,
}

/// One number found in the text, and how it is followed.
#[derive(Clone, Copy, Debug)]
pub(super) struct Found {
    pub(super) start: usize,
    pub(super) span: Span,
    /// Index after the number and any counter word (or date unit).
    pub(super) end: usize,
    /// What it counts.
    pub(super) counts: Counts,
    /// Two numbers joined by 〜 or から.
    pub(super) range: bool,
}

fn skip_counters(chars: &[char], mut at: usize) -> (usize, Counts) {
    let mut counts = Counts::Bare;
    while let Some(w) = PERSON_COUNTERS
        .iter()
        .chain(OTHER_COUNTERS)
        .find(|w| has_at(chars, at, w))
    {
        if PERSON_COUNTERS.contains(w) {
            counts = Counts::Persons;
        } else if counts == Counts::Bare {
            counts = Counts::Other;
        }
        at += w.chars().count();
    }
    (at, counts)
}

/// Every number in the text, each with what it counts, in order.
pub(super) fn numbers(chars: &[char]) -> Vec<Found> {
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
        let (mut end, mut counts) = skip_counters(chars, after);
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
            let (e, c) = skip_counters(chars, upper_end);
            span = Span(span.0, upper.1.max(span.1));
            if counts == Counts::Bare || c == Counts::Persons {
                counts = c;
            }
            (end, range, next) = (e, true, upper_end);
        }
        let ordinal = ORDINAL_BEFORE.iter().any(|w| {
            let n = w.chars().count();
            i >= n && has_at(chars, i - n, w)
        });
        if let Some(unit) = NOT_A_COUNT.iter().find(|w| has_at(chars, next, w)) {
            counts = Counts::NotACount;
            end = next + unit.chars().count();
        } else if ordinal {
            counts = Counts::NotACount;
        }
        out.push(Found {
            start: i,
            span,
            end,
            counts,
            range,
        });
        // A number read is at least one character long, so this always moves on.
        i = end.max(i + 1);
    }
    out
}
