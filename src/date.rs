//! Calendar dates without a time zone: enough to read publication dates and to resolve
//! "Thursday" or "Christmas night" against them.

use std::fmt;

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        (1..=12)
            .contains(&month)
            .then_some(Self { year, month, day })
            .filter(|d| day >= 1 && day <= days_in_month(d.year, d.month))
    }

    /// Reads the date at the start of an ISO 8601 text (`2024-01-03`, `2024-01-03T10:00:00Z`).
    pub fn parse_iso(text: &str) -> Option<Self> {
        let t = text.trim();
        let (y, rest) = t.split_at_checked(4)?;
        let rest = rest.strip_prefix('-')?;
        let (m, rest) = rest.split_at_checked(2)?;
        let rest = rest.strip_prefix('-')?;
        let (d, rest) = rest.split_at_checked(2)?;
        if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
            return None;
        }
        // Digits only: `str::parse` would take "-023" as a year, which then writes as an
        // invalid xsd:date (found by fuzzing).
        let digits = |f: &str| f.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y) && digits(m) && digits(d)) {
            return None;
        }
        Self::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Reads an ISO date or an English one: "June 11, 2019", "11 June 2019", "Jan. 3, 2024".
    pub fn parse_loose(text: &str) -> Option<Self> {
        if let Some(d) = Self::parse_iso(text) {
            return Some(d);
        }
        let words: Vec<String> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .collect();
        let (mut year, mut month, mut day) = (None, None, None);
        for w in &words {
            if let Some(m) = month_number(w) {
                month.get_or_insert(m);
            } else if let Ok(n) = w
                .trim_end_matches(|c: char| c.is_alphabetic())
                .parse::<i32>()
            {
                if n > 31 {
                    year.get_or_insert(n);
                } else if n >= 1 {
                    day.get_or_insert(n as u32);
                }
            }
        }
        Self::new(year?, month?, day?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// Shifted by a number of days.
    pub fn plus_days(self, days: i64) -> Self {
        Self::from_days(self.to_days() + days)
    }

    /// Day of the week, 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u32
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The month number of an English month name or abbreviation ("jan", "sept", "october").
pub fn month_number(word: &str) -> Option<u32> {
    // Month names are ASCII, so comparing without case needs no lowercased copy.
    let w = word.trim_end_matches('.');
    // Most words asked are no month: their first letter or length tells so at once.
    let first = w.as_bytes().first().map(u8::to_ascii_lowercase);
    if !(3..=9).contains(&w.len())
        || !matches!(
            first,
            Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
        )
    {
        return None;
    }
    if w.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(w) || (w.len() == 3 && m[..3].eq_ignore_ascii_case(w)))
        .map(|i| i as u32 + 1)
}

/// The weekday number (0 = Monday) of an English weekday name.
pub fn weekday_number(word: &str) -> Option<u32> {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    // Most words asked are no weekday: their first letter or length tells so at once.
    let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
    if !(6..=9).contains(&word.len()) || !matches!(first, Some(b'm' | b't' | b'w' | b'f' | b's')) {
        return None;
    }
    DAYS.iter()
        .position(|d| d.eq_ignore_ascii_case(word))
        .map(|i| i as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_fields_are_digits_only() {
        assert_eq!(Date::parse_iso("-023-09-20"), None);
        assert_eq!(Date::parse_iso("+202-09-20"), None);
        assert_eq!(Date::parse_iso("2024-+1-20"), None);
        assert_eq!(
            Date::parse_iso("2024-01-20T10:00:00Z").map(|d| d.to_string()),
            Some("2024-01-20".to_string())
        );
    }

    #[test]
    fn round_trips_days() {
        for d in [
            Date::new(1970, 1, 1),
            Date::new(2024, 2, 29),
            Date::new(1999, 12, 31),
        ] {
            let d = d.unwrap();
            assert_eq!(Date::from_days(d.to_days()), d);
        }
        assert_eq!(Date::new(2024, 1, 1).unwrap().to_days(), 19723);
    }

    #[test]
    fn knows_weekdays() {
        // 2023-12-28 was a Thursday.
        assert_eq!(Date::new(2023, 12, 28).unwrap().weekday(), 3);
        assert_eq!(weekday_number("Thursday"), Some(3));
        assert_eq!(weekday_number("SUNDAY"), Some(6));
        assert_eq!(weekday_number("Thurs"), None);
        let days = [
            "Monday",
            "tuesday",
            "WEDNESDAY",
            "Thursday",
            "friday",
            "Saturday",
            "sunday",
        ];
        for (n, day) in days.iter().enumerate() {
            assert_eq!(weekday_number(day), Some(n as u32), "{day}");
        }
    }

    #[test]
    fn month_names_in_any_case_and_abbreviated() {
        assert_eq!(month_number("MARCH"), Some(3));
        assert_eq!(month_number("dec."), Some(12));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("ma"), None);
        assert_eq!(month_number("marc"), None);
        assert_eq!(month_number("Mär"), None);
        for (n, month) in MONTHS.iter().enumerate() {
            let n = Some(n as u32 + 1);
            assert_eq!(month_number(month), n, "{month}");
            assert_eq!(month_number(&month.to_uppercase()), n, "{month}");
            assert_eq!(month_number(&format!("{}.", &month[..3])), n, "{month}");
        }
    }

    #[test]
    fn parses_iso_and_english() {
        assert_eq!(
            Date::parse_iso("2024-03-14T09:00:00Z"),
            Date::new(2024, 3, 14)
        );
        assert_eq!(Date::parse_loose("June 11, 2019"), Date::new(2019, 6, 11));
        assert_eq!(Date::parse_loose("Jan. 3, 2024"), Date::new(2024, 1, 3));
        assert_eq!(Date::parse_loose("3 Sept 2023"), Date::new(2023, 9, 3));
        assert_eq!(Date::parse_iso("2024-02-30"), None);
        assert_eq!(Date::parse_iso("yesterday"), None);
    }
}
