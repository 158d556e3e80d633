//! The grammar of a count (legal-obligations.md, "Third review": the number of persons is the
//! total of everyone affected; a count still being established can only grow):
//!
//! - a text is numbers and words; every character is a number, a known word, a separator or a label;
//! - the numbers that count persons (人・名・people) are added up; when none does, those with another
//!   counter (件), else the bare ones; dates, ages, ordinals and other counters are set aside;
//! - a word before a number (約, 少なくとも, 最大, about, over) or after it (以上, 超, 未満, 程度, 位,
//!   ～, から, +, or more) qualifies that number;
//! - a stated total (合計, ＝, total) is compared with the sum: agreeing, it is the count; not
//!   agreeing, the count runs from the smaller to the larger; うち / 内訳 list a part, not added;
//! - a provisional or open word (調査中, 暫定, 見込み, 現時点, ほか, under investigation), a
//!   qualifier with no number to qualify, a number left over among counted ones, or a label after
//!   the last number, leaves the count with no upper bound. Nothing the reader does not understand
//!   ever lowers it.

use super::scan::{normalize, Counts, Found, Span};
use super::words::{frames, tokens, Role, Token};
use super::{Count, CountAnswer, Qualifier, StatedTotal, Term, CAP};

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
];

/// Labels after the last number that change nothing: "80人分の名簿" names what was counted.
fn harmless_tail(label: &[char]) -> bool {
    label.first().is_some_and(|c| *c == 'の') || label.iter().all(char::is_ascii_alphabetic)
}

/// One number as the grammar uses it.
struct Number {
    found: Found,
    qualifier: Qualifier,
    total: bool,
    part: bool,
    parent: bool,
}

impl Number {
    fn term(&self) -> Term {
        let Span(low, high) = self.found.span;
        let (qualifier, low, high) = match self.qualifier {
            Qualifier::Exactly if self.found.range || low != high => {
                (Qualifier::Range, low, Some(high))
            }
            Qualifier::Exactly => (Qualifier::Exactly, low, Some(high)),
            Qualifier::About => (
                Qualifier::About,
                low - low / 2,
                Some(high.saturating_add(high / 2).min(CAP)),
            ),
            Qualifier::AtLeast => (Qualifier::AtLeast, low, None),
            Qualifier::MoreThan => (Qualifier::MoreThan, high.saturating_add(1), None),
            Qualifier::AtMost => (Qualifier::AtMost, 0, Some(high)),
            Qualifier::LessThan => (Qualifier::LessThan, 0, Some(low.saturating_sub(1))),
            Qualifier::Range => (Qualifier::Range, low, Some(high)),
        };
        Term {
            value: self.found.span.0,
            qualifier,
            low,
            high,
        }
    }
}

/// The index of the nearest token from `at` going `step` (+1 or -1), across frames only.
fn neighbour(toks: &[Token], at: usize, forward: bool) -> Option<usize> {
    let mut i = at;
    loop {
        i = if forward { i + 1 } else { i.checked_sub(1)? };
        match toks.get(i)? {
            Token::Separator(c) if frames(*c) => continue,
            _ => return Some(i),
        }
    }
}

fn add(a: (u64, Option<u64>), t: &Term) -> (u64, Option<u64>) {
    (
        a.0.saturating_add(t.low).min(CAP),
        a.1.zip(t.high).map(|(x, y)| x.saturating_add(y).min(CAP)),
    )
}

/// Reads a count as a clerk types it. See the module doc for the grammar.
pub fn parse(text: &str) -> CountAnswer {
    let chars = normalize(text);
    if chars.is_empty() {
        return CountAnswer::Empty;
    }
    let toks = tokens(&chars);
    let typed = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    let mut numbers: Vec<(usize, Number)> = Vec::new();
    let mut open_because: Vec<String> = Vec::new();
    for (i, tok) in toks.iter().enumerate() {
        if let Token::Number(found) = tok {
            numbers.push((
                i,
                Number {
                    found: *found,
                    qualifier: Qualifier::Exactly,
                    total: false,
                    part: false,
                    parent: false,
                },
            ));
        }
    }
    // Numbers are listed in token order: found by halving, so a long answer costs n log n.
    let number_at = |numbers: &mut Vec<(usize, Number)>, at: Option<usize>| {
        at.and_then(|a| numbers.binary_search_by_key(&a, |(i, _)| *i).ok())
    };
    let last_number = numbers.last().map(|(i, _)| *i);
    let number_after = |i: usize| last_number.is_some_and(|last| last > i);
    let mut depth = 0usize;
    let mut part_from: Option<(usize, usize)> = None; // (token index, depth) of an open うち
    for (i, tok) in toks.iter().enumerate() {
        match *tok {
            Token::Separator('(') => depth += 1,
            Token::Separator(')') => {
                depth = depth.saturating_sub(1);
                if part_from.is_some_and(|(_, d)| d > depth) {
                    part_from = None;
                }
            }
            Token::Number(_) => {
                if let (Some(_), Some(n)) = (part_from, number_at(&mut numbers, Some(i))) {
                    numbers[n].1.part = true;
                }
            }
            Token::Word(role, shown) => {
                let word = shown.to_owned();
                match role {
                    Role::Before(q) => match number_at(&mut numbers, neighbour(&toks, i, true)) {
                        Some(n) => numbers[n].1.qualifier = q,
                        None if widens(q) => open_because.push(word),
                        None => {}
                    },
                    Role::After(q) => match number_at(&mut numbers, neighbour(&toks, i, false)) {
                        Some(n) => numbers[n].1.qualifier = q,
                        None if widens(q) => open_because.push(word),
                        None => {}
                    },
                    Role::Plus => {
                        // "80人＋住民40人" joins; "100+" with nothing after is "100 or more".
                        let later = number_after(i);
                        let before = number_at(&mut numbers, neighbour(&toks, i, false));
                        match (before, later) {
                            (_, true) => {}
                            (Some(n), false) => numbers[n].1.qualifier = Qualifier::AtLeast,
                            (None, false) => open_because.push(word),
                        }
                    }
                    Role::Open => open_because.push(word),
                    Role::Total => {
                        // 計 inside a name (会計課) is no total: it must stand on its own.
                        let standalone = i == 0 || !matches!(toks[i - 1], Token::Label(..));
                        let next = number_at(&mut numbers, neighbour(&toks, i, true));
                        if let (true, Some(n)) = (standalone, next) {
                            numbers[n].1.total = true;
                        }
                    }
                    Role::Part => {
                        // "100人、うち80人": うち reaches back across a comma too.
                        let whole = toks[..i]
                            .iter()
                            .rposition(|t| !matches!(t, Token::Separator(_)));
                        if let Some(n) = number_at(&mut numbers, whole) {
                            numbers[n].1.parent = true;
                            part_from = Some((i, depth));
                        }
                    }
                    Role::Join => {}
                }
            }
            Token::Separator(_) => {}
            Token::Label(s, e) => {
                let later_number = number_after(i);
                if !later_number && depth == 0 && !harmless_tail(&chars[s..e]) {
                    open_because.push(typed(s, e));
                }
            }
        }
    }
    let counted = |c: Counts| numbers.iter().any(|(_, n)| n.found.counts == c);
    let class = if counted(Counts::Persons) {
        Counts::Persons
    } else if counted(Counts::Other) {
        Counts::Other
    } else {
        Counts::Bare
    };
    let mut terms = Vec::new();
    let mut totals: Vec<Term> = Vec::new();
    let mut parts = Vec::new();
    let mut parent = None;
    let mut set_aside = Vec::new();
    for (_, n) in &numbers {
        let f = n.found;
        let used = f.counts == class || (f.counts == Counts::Bare && (n.total || n.part));
        if !used {
            let text = typed(f.start, f.end);
            match f.counts {
                // A bare number beside counted ones: what it counts is not known.
                Counts::Bare => open_because.push(text),
                Counts::NotACount => {}
                Counts::Persons | Counts::Other => set_aside.push(text),
            }
        } else if n.part {
            parts.push(n.term());
        } else if n.total {
            totals.push(n.term());
        } else {
            parent = parent.or(n.parent.then_some(terms.len()));
            terms.push(n.term());
        }
    }
    if terms.is_empty() && totals.is_empty() {
        let folded: String = chars.iter().collect();
        return if UNKNOWN_WORDS.iter().any(|w| folded.contains(w)) {
            CountAnswer::Unknown
        } else {
            CountAnswer::Unreadable
        };
    }
    // A total with nothing listed beside it ("合計120人") is the count itself.
    if terms.is_empty() {
        terms = std::mem::take(&mut totals);
    }
    // Parts (うち) larger than their whole: the whole is at least as large as its parts.
    let in_parts = parts.iter().fold((0, Some(0)), add);
    if let Some(whole) = parent.and_then(|p| terms.get_mut(p)) {
        if whole.high.is_some_and(|h| in_parts.0 > h) {
            whole.high = in_parts.1;
        }
    }
    let listed = terms.iter().fold((0, Some(0)), add);
    let total = totals.first().cloned().map(|first| {
        let range = totals[1..].iter().fold((first.low, first.high), |r, t| {
            (r.0.min(t.low), r.1.zip(t.high).map(|(a, b)| a.max(b)))
        });
        (first, range)
    });
    // Every term's high is at least its low, and a whole is only ever widened upwards, so the
    // range below never runs backwards (high < low).
    let (low, mut high, total) = match total {
        None => (listed.0, listed.1, None),
        Some((term, t)) => {
            let agrees = t == listed;
            let high = t.1.zip(listed.1).map(|(a, b)| a.max(b));
            (t.0.min(listed.0), high, Some((term, agrees)))
        }
    };
    if !open_because.is_empty() {
        high = None;
    }
    CountAnswer::Count(Count {
        low,
        high,
        terms,
        total: total.map(|(term, agrees)| StatedTotal { term, agrees }),
        parts,
        open_because,
        set_aside,
    })
}

/// A qualifier with no number to hold on to widens the whole reading only if it could raise it.
fn widens(q: Qualifier) -> bool {
    !matches!(q, Qualifier::AtMost | Qualifier::LessThan)
}
