//! Calendar dates and the uncertain date intervals the explorer shows.
//!
//! A [`Date`] is a proleptic Gregorian day. It serialises as `"YYYY-MM-DD"` in human-readable
//! formats (the `explorer extract` JSON) and as a day number in binary ones (the bundle), so the
//! bundle stays small and the JSON stays readable. The arithmetic is the civil-from-days algorithm
//! of Howard Hinnant's `chrono`-compatible date library; nothing here reads a clock.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i32,
}

/// Day of the week, Monday first as in ISO 8601.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// ISO number, Monday = 0 .. Sunday = 6.
    pub fn index(self) -> i32 {
        self as i32
    }

    pub fn from_index(i: i32) -> Weekday {
        use Weekday::*;
        [
            Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
        ][i.rem_euclid(7) as usize]
    }

    /// Parses an English weekday name or its common abbreviation, any case.
    pub fn parse(word: &str) -> Option<Weekday> {
        use Weekday::*;
        Some(match Lower::new(word)?.as_str() {
            "monday" | "mon" => Monday,
            "tuesday" | "tue" | "tues" => Tuesday,
            "wednesday" | "wed" => Wednesday,
            "thursday" | "thu" | "thur" | "thurs" => Thursday,
            "friday" | "fri" => Friday,
            "saturday" | "sat" => Saturday,
            "sunday" | "sun" => Sunday,
            _ => return None,
        })
    }
}

/// The longest word [`Lower`] holds: longer than any month or weekday name, and than the cue
/// words of date phrases ("throughout").
const LOWER_MAX: usize = 10;

/// A short word without trailing periods, in lower case, on the stack: month, weekday and cue
/// words are looked for in every word of a text, so reading them allocates nothing.
pub(crate) struct Lower([u8; LOWER_MAX], u8);

impl Lower {
    /// `None` when the word is longer than [`LOWER_MAX`] bytes.
    pub(crate) fn new(word: &str) -> Option<Lower> {
        let w = word.trim_end_matches('.').as_bytes();
        let mut buf = [0; LOWER_MAX];
        buf.get_mut(..w.len())?.copy_from_slice(w);
        buf.make_ascii_lowercase();
        Some(Lower(buf, w.len() as u8))
    }

    pub(crate) fn as_str(&self) -> &str {
        // Lowering ASCII letters keeps a word valid UTF-8.
        std::str::from_utf8(&self.0[..self.1 as usize]).unwrap_or("")
    }
}

/// Parses an English month name or abbreviation ("Oct", "Sept.", "october"), giving 1..=12.
pub fn parse_month(word: &str) -> Option<u8> {
    Some(match Lower::new(word)?.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The English abbreviation of month `m` (1..=12), as a person writes it ("Oct").
pub fn month_abbr(m: u8) -> &'static str {
    MONTH_ABBR[(m.clamp(1, 12) - 1) as usize]
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date for a year, month (1..=12) and day, or `None` when no such day exists.
    /// Years are limited to 1..=9999 so every date prints as `YYYY-MM-DD`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days: days_from_civil(year, month as i32, day as i32),
        })
    }

    /// The first day of a month.
    pub fn month_start(year: i32, month: u8) -> Option<Date> {
        Date::new(year, month, 1)
    }

    /// The last day of a month.
    pub fn month_end(year: i32, month: u8) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month))
    }

    /// Days since 1970-01-01 (negative before).
    pub fn day_number(self) -> i32 {
        self.days
    }

    /// The date `n` days since 1970-01-01, if it lies in years 1..=9999.
    pub fn from_day_number(n: i32) -> Option<Date> {
        // Compared as numbers: converting first would overflow for `n` near `i32::MAX`, and
        // day numbers come from bundles, which may be damaged.
        let range = days_from_civil(1, 1, 1)..=days_from_civil(9999, 12, 31);
        range.contains(&n).then_some(Date { days: n })
    }

    pub fn year(self) -> i32 {
        civil_from_days(self.days).0
    }

    pub fn month(self) -> u8 {
        civil_from_days(self.days).1 as u8
    }

    pub fn day(self) -> u8 {
        civil_from_days(self.days).2 as u8
    }

    /// Year and month as one sortable number, `year * 12 + month - 1`: the key of month buckets.
    pub fn month_key(self) -> i32 {
        let (y, m, _) = civil_from_days(self.days);
        y * 12 + m - 1
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::from_index(self.days + 3)
    }

    /// This date moved by `n` days, saturating at the supported range.
    pub fn add_days(self, n: i32) -> Date {
        let min = days_from_civil(1, 1, 1);
        let max = days_from_civil(9999, 12, 31);
        Date {
            days: self.days.saturating_add(n).clamp(min, max),
        }
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<i32> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        Date::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.days);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            s.serialize_i32(self.days)
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        use serde::de::Error;
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            Date::parse_iso(&s)
                .ok_or_else(|| D::Error::custom(format!("not a YYYY-MM-DD date: {s:?}")))
        } else {
            let n = i32::deserialize(d)?;
            Date::from_day_number(n).ok_or_else(|| D::Error::custom("day number out of range"))
        }
    }
}

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
fn days_from_civil(y: i32, m: i32, d: i32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, i32, i32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// How finely a [`DateInterval`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// One known day.
    Day,
    /// Within a week ("last week").
    Week,
    /// Part of a month ("early October 2025").
    PartOfMonth,
    /// A known month ("October 2025").
    Month,
    /// A known year.
    Year,
    /// Any other interval, such as the overlap of officeholders' tenures.
    Range,
}

/// An uncertain date: the event happened on some day in `earliest..=latest`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateInterval {
    pub earliest: Date,
    pub latest: Date,
    pub precision: Precision,
    /// How the date was found, in words a reader understands ("dateline", "relative to the
    /// publication date: on Tuesday", "tenures of the officeholders named").
    pub basis: String,
}

impl DateInterval {
    /// A single known day.
    pub fn day(date: Date, basis: impl Into<String>) -> DateInterval {
        DateInterval {
            earliest: date,
            latest: date,
            precision: Precision::Day,
            basis: basis.into(),
        }
    }

    /// A whole month, if it exists.
    pub fn month(year: i32, month: u8, basis: impl Into<String>) -> Option<DateInterval> {
        Some(DateInterval {
            earliest: Date::month_start(year, month)?,
            latest: Date::month_end(year, month)?,
            precision: Precision::Month,
            basis: basis.into(),
        })
    }

    /// A whole year, if it exists.
    pub fn year(year: i32, basis: impl Into<String>) -> Option<DateInterval> {
        Some(DateInterval {
            earliest: Date::new(year, 1, 1)?,
            latest: Date::new(year, 12, 31)?,
            precision: Precision::Year,
            basis: basis.into(),
        })
    }

    /// Whether the interval shares at least one day with `from..=to`.
    pub fn overlaps(&self, from: Date, to: Date) -> bool {
        self.earliest <= to && self.latest >= from
    }

    /// Whether the whole interval lies inside `from..=to`.
    pub fn within(&self, from: Date, to: Date) -> bool {
        self.earliest >= from && self.latest <= to
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_across_eras() {
        for n in (-800_000..800_000).step_by(997) {
            if let Some(d) = Date::from_day_number(n) {
                let back = Date::new(d.year(), d.month(), d.day()).unwrap();
                assert_eq!(back, d, "day {n}");
            }
        }
    }

    #[test]
    fn known_days() {
        let d = Date::new(2025, 10, 28).unwrap();
        assert_eq!(d.to_string(), "2025-10-28");
        assert_eq!(d.weekday(), Weekday::Tuesday);
        assert_eq!(Date::new(1970, 1, 1).unwrap().day_number(), 0);
        assert_eq!(
            Date::new(2024, 2, 29).unwrap().add_days(1).to_string(),
            "2024-03-01"
        );
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2023, 13, 1).is_none());
        assert_eq!(Date::parse_iso("2019-07-23"), Date::new(2019, 7, 23));
        assert_eq!(Date::parse_iso("2019-7-23"), None);
        assert_eq!(Date::parse_iso("2019-07-2x"), None);
    }

    #[test]
    fn json_is_iso_and_binary_is_compact() {
        let d = Date::new(2025, 10, 29).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2025-10-29\"");
        let bytes = postcard::to_allocvec(&d).unwrap();
        assert!(bytes.len() <= 3, "{bytes:?}");
        assert_eq!(postcard::from_bytes::<Date>(&bytes).unwrap(), d);
    }
}
