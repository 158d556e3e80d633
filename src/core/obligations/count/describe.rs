//! The reading in words a clerk can check, beside the field and in every reason that uses it:
//! "80人＋40人＝120人（合計）", "80人以上（調査中のため）", "約90人＝45〜135人".

use super::{group_digits as g, Count, Qualifier, Term};

/// The words of one language.
struct Style {
    term: fn(&Term) -> String,
    range: fn(u64, Option<u64>) -> String,
    plus: &'static str,
    equals: &'static str,
    total: &'static str,
    mismatch: fn(&str, &str) -> String,
    parts: fn(&str) -> String,
    open: fn(&str) -> String,
    set_aside: fn(&str) -> String,
    list: &'static str,
}

const JA: Style = Style {
    term: |t| {
        let n = g(t.value);
        match t.qualifier {
            Qualifier::Exactly => format!("{n}人"),
            Qualifier::About => format!("約{n}人"),
            Qualifier::AtLeast => format!("{n}人以上"),
            Qualifier::MoreThan => format!("{n}人超"),
            Qualifier::AtMost => format!("{n}人以下"),
            Qualifier::LessThan => format!("{n}人未満"),
            Qualifier::Range => range_ja(t.low, t.high),
        }
    },
    range: range_ja,
    plus: "＋",
    equals: "＝",
    total: "（合計）",
    mismatch: |stated, taken| format!("（記載の合計{stated}と合わないため{taken}として扱う）"),
    parts: |p| format!("（うち{p}）"),
    open: |w| format!("（{w}のため）"),
    set_aside: |w| format!("（{w}は人数に含めない）"),
    list: "・",
};

const EN: Style = Style {
    term: |t| {
        let n = g(t.value);
        match t.qualifier {
            Qualifier::Exactly => n,
            Qualifier::About => format!("about {n}"),
            Qualifier::AtLeast => format!("{n} or more"),
            Qualifier::MoreThan => format!("more than {n}"),
            Qualifier::AtMost => format!("{n} or fewer"),
            Qualifier::LessThan => format!("fewer than {n}"),
            Qualifier::Range => match t.high {
                Some(h) => format!("{}-{}", g(t.low), g(h)),
                None => format!("{} or more", g(t.low)),
            },
        }
    },
    range: |low, high| match high {
        Some(h) if h == low => format!("{} people", g(low)),
        Some(h) => format!("{}-{} people", g(low), g(h)),
        None => format!("{} or more people", g(low)),
    },
    plus: " + ",
    equals: " = ",
    total: " (total)",
    mismatch: |stated, taken| {
        format!(" (does not match the stated total, {stated}: taken as {taken})")
    },
    parts: |p| format!(" (of whom {p})"),
    open: |w| format!(" (may grow: {w})"),
    set_aside: |w| format!(" ({w} not counted as people)"),
    list: ", ",
};

fn range_ja(low: u64, high: Option<u64>) -> String {
    match high {
        Some(h) if h == low => format!("{}人", g(low)),
        Some(h) => format!("{}〜{}人", g(low), g(h)),
        None => format!("{}人以上", g(low)),
    }
}

impl Count {
    /// The reading in Japanese: "80人＋40人＝120人（合計）", "80人以上（調査中のため）".
    pub fn describe_ja(&self) -> String {
        self.describe(&JA)
    }

    /// The same in English: "80 + 40 = 120 people (total)", "80 or more people (may grow: 調査中)".
    pub fn describe_en(&self) -> String {
        self.describe(&EN)
    }

    fn describe(&self, s: &Style) -> String {
        let open = !self.open_because.is_empty();
        let settled = |t: &Term| (s.range)(t.low, t.high);
        let widened = (s.range)(self.low, None);
        // parse() never leaves `terms` empty: a stated total alone becomes the one term.
        let mut out = match self.terms.as_slice() {
            [t] => {
                let plain = matches!(
                    t.qualifier,
                    Qualifier::Exactly | Qualifier::AtLeast | Qualifier::MoreThan
                );
                match (open, plain) {
                    (true, true) => widened.clone(),
                    (true, false) => format!("{}{}{widened}", (s.term)(t), s.equals),
                    (false, _) if t.qualifier == Qualifier::About => {
                        format!("{}{}{}", (s.term)(t), s.equals, settled(t))
                    }
                    (false, _) => settled_term(t, s),
                }
            }
            terms => {
                let sum = terms.iter().fold((0u64, Some(0u64)), |a, t| {
                    (
                        a.0.saturating_add(t.low),
                        a.1.zip(t.high).map(|(x, y)| x.saturating_add(y)),
                    )
                });
                let formula: Vec<String> = terms.iter().map(|t| (s.term)(t)).collect();
                let result = if open {
                    widened.clone()
                } else {
                    (s.range)(sum.0, sum.1)
                };
                format!("{}{}{result}", formula.join(s.plus), s.equals)
            }
        };
        if let Some(st) = &self.total {
            if st.agrees {
                out.push_str(s.total);
            } else {
                out.push_str(&(s.mismatch)(
                    &settled(&st.term),
                    &(s.range)(self.low, self.high),
                ));
            }
        }
        if !self.parts.is_empty() {
            let parts: Vec<String> = self.parts.iter().map(|t| (s.term)(t)).collect();
            out.push_str(&(s.parts)(&parts.join(s.plus)));
        }
        if !self.set_aside.is_empty() {
            out.push_str(&(s.set_aside)(&self.set_aside.join(s.list)));
        }
        if open {
            out.push_str(&(s.open)(&self.open_because.join(s.list)));
        }
        out
    }
}

/// A single term as written: "80人", "100人以上", "20〜99人"; in English with "people".
fn settled_term(t: &Term, s: &Style) -> String {
    match t.qualifier {
        Qualifier::Exactly | Qualifier::Range => (s.range)(t.low, t.high),
        _ => {
            let term = (s.term)(t);
            if s.plus == JA.plus {
                term
            } else {
                format!("{term} people")
            }
        }
    }
}
