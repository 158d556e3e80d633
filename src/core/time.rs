//! Time without a clock: the core gets timestamps from the edge and only formats and counts them.
//! Japan has one time zone and no daylight saving, so JST is a fixed UTC+9 offset.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Milliseconds since the Unix epoch (UTC), as `Date.now()` gives them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Timestamp(pub i64);

const MS_PER_DAY: i64 = 86_400_000;
const JST_OFFSET_MS: i64 = 9 * 3_600_000;

/// A calendar day (in Japan), e.g. the day an incident became known (知った日).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month, 1-12.
    pub month: u32,
    /// Day of the month, 1-31.
    pub day: u32,
}

impl CivilDate {
    /// Parses `YYYY-MM-DD` (what `<input type="date">` gives); `None` for anything else, including
    /// days that do not exist (2026-02-30).
    pub fn parse(s: &str) -> Option<CivilDate> {
        let mut parts = s.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        let date = CivilDate { year, month, day };
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= date.days_in_month())
        .then_some(date)
    }

    fn days_in_month(self) -> u32 {
        let leap = (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0;
        match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (civil_from_days).
    pub fn from_days_since_epoch(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    /// The date `n` days later (or earlier, for negative `n`).
    pub fn add_days(self, n: i64) -> CivilDate {
        CivilDate::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// The date in Japan at `ts`.
    pub fn of(ts: Timestamp) -> CivilDate {
        CivilDate::from_days_since_epoch((ts.0 + JST_OFFSET_MS).div_euclid(MS_PER_DAY))
    }

    /// `YYYYMMDD`, for file names.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for CivilDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CivilDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CivilDate::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a date: {s:?}")))
    }
}

impl Timestamp {
    /// `YYYY-MM-DD HH:MM` in JST, for the timeline and reports.
    pub fn jst_minute(self) -> String {
        let (date, secs) = self.jst_parts();
        format!("{date} {:02}:{:02}", secs / 3600, secs / 60 % 60)
    }

    /// `HH:MM:SS` in JST, for the "saved at" status.
    pub fn jst_clock(self) -> String {
        let (_, secs) = self.jst_parts();
        format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    }

    /// `YYYY-MM-DDTHH:MM` in JST, the value format of `<input type="datetime-local">`.
    pub fn jst_input_value(self) -> String {
        self.jst_minute().replacen(' ', "T", 1)
    }

    /// Parses `YYYY-MM-DDTHH:MM` (or with a space) as a time in JST.
    pub fn parse_jst(s: &str) -> Option<Timestamp> {
        let s = s.trim();
        let (date, clock) = s.split_once(['T', ' '])?;
        let date = CivilDate::parse(date)?;
        let (h, m) = clock.split_once(':')?;
        let (h, m): (i64, i64) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
        ((0..24).contains(&h) && (0..60).contains(&m)).then(|| {
            Timestamp(date.days_since_epoch() * MS_PER_DAY + (h * 60 + m) * 60_000 - JST_OFFSET_MS)
        })
    }

    fn jst_parts(self) -> (CivilDate, i64) {
        let local = self.0 + JST_OFFSET_MS;
        (
            CivilDate::from_days_since_epoch(local.div_euclid(MS_PER_DAY)),
            local.rem_euclid(MS_PER_DAY) / 1000,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_jst_across_the_date_line() {
        // 2026-12-31 15:30 UTC is 2027-01-01 00:30 in Japan.
        let ts = Timestamp(
            CivilDate {
                year: 2026,
                month: 12,
                day: 31,
            }
            .days_since_epoch()
                * MS_PER_DAY
                + 15 * 3_600_000
                + 30 * 60_000,
        );
        assert_eq!(ts.jst_minute(), "2027-01-01 00:30");
        assert_eq!(ts.jst_clock(), "00:30:00");
        assert_eq!(CivilDate::of(ts).to_string(), "2027-01-01");
        assert_eq!(Timestamp::parse_jst(&ts.jst_input_value()), Some(ts));
    }

    #[test]
    fn dates_round_trip_and_reject_impossible_days() {
        for days in [-1, 0, 59, 365 * 30 + 7, 20_000, 2_932_896] {
            let d = CivilDate::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days);
            assert_eq!(CivilDate::parse(&d.to_string()), Some(d));
        }
        assert_eq!(
            CivilDate::parse("2028-02-29").map(|d| d.add_days(1).to_string()),
            Some("2028-03-01".into())
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-",
            "",
            "２０２６-01-01",
            "2026-04-31",
        ] {
            assert_eq!(CivilDate::parse(bad), None, "{bad}");
        }
        assert_eq!(Timestamp::parse_jst("2026-11-25T24:00"), None);
    }
}
