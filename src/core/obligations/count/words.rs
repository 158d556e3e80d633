//! The words around the numbers, each with its part in the reading (legal-obligations.md, "Third
//! review": a count still being established can only grow). The text is cut into tokens so that
//! every character is one of: a number (with its counter), a known word, a separator, or a label.

use super::scan::{numbers, Found};
use super::Qualifier;

/// What a known word does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    /// Qualifies the number after it: 約, 少なくとも, 最大, more than.
    Before(Qualifier),
    /// Qualifies the number before it: 以上, 超, 未満, 程度, or more.
    After(Qualifier),
    /// The count may grow or is not settled: the whole reading has no upper bound (調査中, 暫定).
    Open,
    /// The number after it is the stated total (合計, ＝).
    Total,
    /// The numbers after it are part of the number before it (うち, 内訳).
    Part,
    /// "+": joins two numbers, or after the last one means "or more".
    Plus,
    /// Joins or frames, and changes nothing (と, 及び, and, で, は).
    Join,
}

use Qualifier::{About, AtLeast, AtMost, LessThan, MoreThan};
use Role::*;

/// The words the reader knows, as shown in the reading; matched without their spaces (the text's
/// spaces are gone by then). The longest match wins ("under investigation" before "under").
const WORDS: &[(&str, Role)] = &[
    ("約", Before(About)),
    ("およそ", Before(About)),
    ("凡そ", Before(About)),
    ("概ね", Before(About)),
    ("おおむね", Before(About)),
    ("大体", Before(About)),
    ("だいたい", Before(About)),
    ("推定", Before(About)),
    ("推計", Before(About)),
    ("概算", Before(About)),
    ("ほぼ", Before(About)),
    ("about", Before(About)),
    ("approx.", Before(About)),
    ("approximately", Before(About)),
    ("approx", Before(About)),
    ("around", Before(About)),
    ("roughly", Before(About)),
    ("nearly", Before(About)),
    ("almost", Before(About)),
    ("少なくとも", Before(AtLeast)),
    ("最低でも", Before(AtLeast)),
    ("最低", Before(AtLeast)),
    ("at least", Before(AtLeast)),
    ("no fewer than", Before(AtLeast)),
    ("minimum", Before(AtLeast)),
    ("over", Before(MoreThan)),
    ("more than", Before(MoreThan)),
    ("above", Before(MoreThan)),
    ("最大で", Before(AtMost)),
    ("最大", Before(AtMost)),
    ("多くても", Before(AtMost)),
    ("up to", Before(AtMost)),
    ("at most", Before(AtMost)),
    ("no more than", Before(AtMost)),
    ("under", Before(LessThan)),
    ("less than", Before(LessThan)),
    ("fewer than", Before(LessThan)),
    ("below", Before(LessThan)),
    ("以上", After(AtLeast)),
    ("or more", After(AtLeast)),
    ("and more", After(AtLeast)),
    ("or above", After(AtLeast)),
    ("+α", After(AtLeast)),
    ("+a", After(AtLeast)),
    ("〜", After(AtLeast)),
    ("から", After(AtLeast)),
    ("超え", After(MoreThan)),
    ("を超える", After(MoreThan)),
    ("を超え", After(MoreThan)),
    ("を超", After(MoreThan)),
    ("超", After(MoreThan)),
    ("強", After(MoreThan)),
    ("余り", After(MoreThan)),
    ("あまり", After(MoreThan)),
    ("余", After(MoreThan)),
    ("以下", After(AtMost)),
    ("以内", After(AtMost)),
    ("or fewer", After(AtMost)),
    ("or less", After(AtMost)),
    ("未満", After(LessThan)),
    ("弱", After(LessThan)),
    ("足らず", After(LessThan)),
    ("に満たない", After(LessThan)),
    ("程度", After(About)),
    ("ほど", After(About)),
    ("程", After(About)),
    ("位", After(About)),
    ("くらい", After(About)),
    ("ぐらい", After(About)),
    ("前後", After(About)),
    ("見当", After(About)),
    ("or so", After(About)),
    ("調査中", Open),
    ("確認中", Open),
    ("精査中", Open),
    ("集計中", Open),
    ("暫定", Open),
    ("見込み", Open),
    ("見込", Open),
    ("見通し", Open),
    ("予定", Open),
    ("現時点", Open),
    ("現在", Open),
    ("時点", Open),
    ("確認できているのは", Open),
    ("確認できている", Open),
    ("確認できた", Open),
    ("判明しているのは", Open),
    ("判明分", Open),
    ("判明", Open),
    ("把握", Open),
    ("今後", Open),
    ("増える", Open),
    ("増加", Open),
    ("可能性", Open),
    ("おそれ", Open),
    ("ほか", Open),
    ("他", Open),
    ("など", Open),
    ("等", Open),
    ("多数", Open),
    ("不明", Open),
    ("未確認", Open),
    ("未定", Open),
    ("わからない", Open),
    ("分からない", Open),
    ("?", Open),
    ("under investigation", Open),
    ("investigating", Open),
    ("so far", Open),
    ("as of now", Open),
    ("currently", Open),
    ("at present", Open),
    ("for now", Open),
    ("provisional", Open),
    ("preliminary", Open),
    ("tentative", Open),
    ("expected", Open),
    ("estimated", Open),
    ("pending", Open),
    ("unknown", Open),
    ("and others", Open),
    ("others", Open),
    ("etc", Open),
    ("合計", Total),
    ("総計", Total),
    ("総数", Total),
    ("総人数", Total),
    ("計", Total),
    ("全体で", Total),
    ("全部で", Total),
    ("合わせて", Total),
    ("あわせて", Total),
    ("併せて", Total),
    ("in total", Total),
    ("total", Total),
    ("overall", Total),
    ("altogether", Total),
    ("=", Total),
    ("うち", Part),
    ("内訳", Part),
    ("of whom", Part),
    ("of which", Part),
    ("including", Part),
    ("+", Plus),
    ("plus", Plus),
    ("及び", Join),
    ("および", Join),
    ("並びに", Join),
    ("ならびに", Join),
    ("また", Join),
    ("と", Join),
    ("で", Join),
    ("は", Join),
    ("が", Join),
    ("も", Join),
    ("延べ", Join),
    ("and", Join),
    ("&", Join),
    ("です", Join),
    ("でした", Join),
    ("である", Join),
    ("まで", Join),
];

/// Characters that separate or frame, and change nothing.
const SEPARATORS: &[char] = &[
    '、', ',', '・', ';', '。', '.', ':', '「', '」', '『', '』', '/', '(', ')', '\'', '"',
];

/// One piece of the text.
#[derive(Clone, Copy, Debug)]
pub(super) enum Token {
    /// A number with its counter word.
    Number(Found),
    /// A known word: its role, and the word as the reading shows it.
    Word(Role, &'static str),
    /// A separator character.
    Separator(char),
    /// Characters the reader does not know, from start to end: a group's name ("職員", "4月分")
    /// before a number, otherwise not understood.
    Label(usize, usize),
}

/// The text as tokens; every character belongs to exactly one.
pub(super) fn tokens(chars: &[char]) -> Vec<Token> {
    let found = numbers(chars);
    let mut out = Vec::new();
    let mut next_number = found.iter().peekable();
    let mut i = 0;
    while i < chars.len() {
        let limit = next_number.peek().map_or(chars.len(), |f| f.start);
        if i == limit {
            if let Some(f) = next_number.next() {
                out.push(Token::Number(*f));
                i = f.end;
                continue;
            }
        }
        let word = WORDS
            .iter()
            .filter_map(|(w, role)| matches_at(chars, i, w).map(|len| (w, role, len)))
            .filter(|(_, _, len)| i + len <= limit)
            .max_by_key(|(_, _, len)| *len);
        if let Some((w, role, len)) = word {
            out.push(Token::Word(*role, w));
            i += len;
        } else if SEPARATORS.contains(&chars[i]) {
            out.push(Token::Separator(chars[i]));
            i += 1;
        } else {
            // The tokens cover the text without gaps, so a label last ends here: grow it.
            match out.last_mut() {
                Some(Token::Label(_, end)) => *end += 1,
                _ => out.push(Token::Label(i, i + 1)),
            }
            i += 1;
        }
    }
    out
}

/// The length of `word`, without its spaces, if the text has it at `at`.
fn matches_at(chars: &[char], at: usize, word: &str) -> Option<usize> {
    let mut len = 0;
    for w in word.chars().filter(|c| *c != ' ') {
        if chars.get(at + len) != Some(&w) {
            return None;
        }
        len += 1;
    }
    Some(len)
}

/// Whether a separator is a frame the qualifier may reach across ("80人（以上）", "最大: 80人").
pub(super) fn frames(c: char) -> bool {
    matches!(c, '(' | ')' | ':' | '「' | '」')
}
