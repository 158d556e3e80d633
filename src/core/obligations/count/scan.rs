//! Scanning the typed text: digits in either width, kanji numerals with their units (十百千万億),
//! 数 ("several"), counter words, and which numbers are dates rather than counts.

use super::CAP;

/// Full-width digits and signs to ASCII; commas between digits dropped; spaces dropped.
pub(super) fn normalize(text: &str) -> Vec<char> {
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

pub(super) fn has_any_at(chars: &[char], at: usize, words: &[&str]) -> bool {
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
pub(super) struct Found {
    pub(super) start: usize,
    pub(super) span: Span,
    /// Index after the number and any counter word.
    pub(super) end: usize,
    /// Followed by 人・名.
    pub(super) persons: bool,
    /// Followed by a counter word of any kind.
    pub(super) counted: bool,
    /// Two numbers joined by 〜 or から.
    pub(super) range: bool,
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
