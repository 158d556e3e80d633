//! Dates as Japanese public documents write them: 令和8年11月25日 (the first year is 元年). The
//! letter and the press release are dated this way (issue 25); 平成 for the days before 令和, in
//! case an incident became known that early.

use crate::core::time::CivilDate;

/// The first day of an era and its name, newest first.
const ERAS: [(CivilDate, &str); 2] = [
    (
        CivilDate {
            year: 2019,
            month: 5,
            day: 1,
        },
        "令和",
    ),
    (
        CivilDate {
            year: 1989,
            month: 1,
            day: 8,
        },
        "平成",
    ),
];

/// "令和8年11月25日"; "令和元年5月1日" for the era's first year; "平成31年4月30日" before
/// 2019-05-01; the Western year ("1970年1月1日") before 平成.
pub fn date(d: CivilDate) -> String {
    let Some((start, era)) = ERAS.iter().find(|(start, _)| d >= *start) else {
        return format!("{}年{}月{}日", d.year, d.month, d.day);
    };
    let year = d.year - start.year + 1;
    let year = if year == 1 {
        "元".to_owned()
    } else {
        year.to_string()
    };
    format!("{era}{year}年{}月{}日", d.month, d.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(s: &str) -> String {
        CivilDate::parse(s).map(date).unwrap_or_default()
    }

    #[test]
    fn converts_at_the_era_boundaries() {
        assert_eq!(on("2019-05-01"), "令和元年5月1日");
        assert_eq!(on("2019-12-31"), "令和元年12月31日");
        assert_eq!(on("2020-01-01"), "令和2年1月1日");
        assert_eq!(on("2026-11-25"), "令和8年11月25日");
        assert_eq!(on("2026-12-28"), "令和8年12月28日");
        assert_eq!(on("2027-01-04"), "令和9年1月4日");
        assert_eq!(on("2019-04-30"), "平成31年4月30日");
        assert_eq!(on("1989-01-08"), "平成元年1月8日");
        assert_eq!(on("1989-01-07"), "1989年1月7日");
    }
}
