//! Dates, timestamps and intervals as Spark reads and prints them. Timestamps are
//! microseconds since the epoch (an instant); text without an offset is read, and
//! timestamps are printed, in the session time zone ([`zone`]). Dates are days since
//! the epoch.

mod zone;
pub use zone::{
    Zone, ZoneScope, invalid_session_zone, invalid_timezone, offset_text, session_zone,
    session_zone_id, set_thread_zone,
};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use crate::error::{Result, RunnelError};

/// Microseconds in a millisecond, second, minute, hour, day.
pub const US_PER_MS: i64 = 1_000;
/// Microseconds in a second.
pub const US_PER_SEC: i64 = 1_000_000;
/// Microseconds in a day.
pub const US_PER_DAY: i64 = 86_400 * US_PER_SEC;

/// A calendar interval, as Spark's `CalendarInterval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Interval {
    /// Months.
    pub months: i32,
    /// Days.
    pub days: i32,
    /// Microseconds.
    pub micros: i64,
}

impl Interval {
    /// The interval in microseconds, with a month as 31 days (Spark's rule for watermark
    /// delays, `IntervalUtils.getDuration`). Saturates at the ends of a long; use
    /// [`Interval::checked_micros_month_31`] where Spark refuses an overflow.
    pub fn to_micros_month_31(&self) -> i64 {
        self.checked_micros_month_31()
            .unwrap_or(if self.months < 0 || self.days < 0 {
                i64::MIN
            } else {
                i64::MAX
            })
    }

    /// The interval in microseconds, with a month as 31 days, or `None` where it does
    /// not fit a long (Spark's `Math.multiplyExact`/`addExact` would throw).
    pub fn checked_micros_month_31(&self) -> Option<i64> {
        let months = (self.months as i64).checked_mul(31 * US_PER_DAY)?;
        let days = (self.days as i64).checked_mul(US_PER_DAY)?;
        self.micros.checked_add(days.checked_add(months)?)
    }
}

/// Spark's `INTERVAL_ARITHMETIC_OVERFLOW.WITHOUT_SUGGESTION` for an interval `what`
/// (`'200000000 days'`) that does not fit a long of microseconds.
pub fn interval_overflow(what: &str) -> RunnelError {
    RunnelError::execution(
        "INTERVAL_ARITHMETIC_OVERFLOW.WITHOUT_SUGGESTION",
        format!(
            "Integer overflow while operating with intervals: {what} is more microseconds than a long holds (about 106751991 days). Use a shorter interval."
        ),
    )
    .with_exception("ArithmeticException")
}

/// A time setting or option as Spark reads one in milliseconds (`JavaUtils.timeStringAs`):
/// a whole number, optionally negative, with a unit `us`, `ms`, `s`, `m`/`min`, `h` or `d`
/// (case and surrounding blanks ignored); a bare number is milliseconds. `1500us` is 1 ms.
pub fn time_string_ms(v: &str) -> Option<i64> {
    let t = v.trim().to_ascii_lowercase();
    let digits = t.strip_prefix('-').unwrap_or(&t);
    let split = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    if split == 0 {
        return None;
    }
    let split = split + (t.len() - digits.len());
    let (n, unit) = t.split_at(split);
    let n: i64 = n.parse().ok()?;
    match unit.trim() {
        "us" => Some(n / 1000),
        "" | "ms" => Some(n),
        "s" => n.checked_mul(1000),
        "m" | "min" => n.checked_mul(60_000),
        "h" => n.checked_mul(3_600_000),
        "d" => n.checked_mul(86_400_000),
        _ => None,
    }
}

/// Parses an interval string like `"5 minutes"`, `"1 hour 30 minutes"`, `"interval 10 seconds"`,
/// as Spark's `stringToInterval`: whole numbers of each unit (a fraction only of seconds,
/// down to the microsecond), months and days as ints, microseconds as a long. A number
/// that does not fit is Spark's `INVALID_INTERVAL_FORMAT.ARITHMETIC_EXCEPTION`, never a
/// wrapped value.
pub fn parse_interval(text: &str) -> Result<Interval> {
    let bad = || {
        RunnelError::analysis(
            "INVALID_INTERVAL_FORMAT",
            format!(
                "Error parsing '{text}' to interval. Write an interval like '10 minutes', '1 hour 30 minutes' or '5 seconds' (a fraction only of seconds: '1.5 seconds')."
            ),
        )
    };
    let overflow = || {
        RunnelError::analysis(
            "INVALID_INTERVAL_FORMAT.ARITHMETIC_EXCEPTION",
            format!(
                "Error parsing '{text}' to interval. Uncaught arithmetic exception while parsing '{text}': an interval holds at most 2147483647 months, 2147483647 days and 9223372036854775807 microseconds (about 106751991 days). Use a shorter interval."
            ),
        )
    };
    let lower = text.trim().to_ascii_lowercase();
    let body = lower
        .strip_prefix("interval")
        .map(str::trim)
        .unwrap_or(&lower);
    let words: Vec<&str> = body.split_whitespace().collect();
    if words.is_empty() || !words.len().is_multiple_of(2) {
        return Err(bad());
    }
    let mut iv = Interval::default();
    for pair in words.chunks(2) {
        let num = pair[0].trim_matches('\'');
        let (neg, digits) = match num.as_bytes().first() {
            Some(b'-') => (true, &num[1..]),
            Some(b'+') => (false, &num[1..]),
            _ => (false, num),
        };
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (whole.is_empty() && frac.is_empty())
            || !all_digits(whole)
            || !all_digits(frac)
            || frac.len() > 9
        {
            return Err(bad());
        }
        // The whole part as a long (a longer number is Spark's arithmetic exception).
        let mut n: i64 = 0;
        for b in whole.bytes() {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add((b - b'0') as i64))
                .ok_or_else(overflow)?;
        }
        let n = if neg { -n } else { n };
        let unit = pair[1].trim_end_matches(',');
        let unit = unit
            .strip_suffix('s')
            .filter(|u| !u.is_empty() && *u != "m")
            .unwrap_or(unit);
        let is_second = matches!(unit, "second" | "sec" | "s");
        if !frac.is_empty() && !is_second {
            return Err(bad());
        }
        let int = |v: i64| i32::try_from(v).map_err(|_| overflow());
        let mul = |v: i64, by: i64| v.checked_mul(by).ok_or_else(overflow);
        let add_i32 = |acc: &mut i32, v: i32| -> Result<()> {
            *acc = acc.checked_add(v).ok_or_else(overflow)?;
            Ok(())
        };
        let add_us = |acc: &mut i64, v: i64| -> Result<()> {
            *acc = acc.checked_add(v).ok_or_else(overflow)?;
            Ok(())
        };
        match unit {
            "year" | "y" => add_i32(&mut iv.months, int(mul(n, 12)?)?)?,
            "month" | "mon" => add_i32(&mut iv.months, int(n)?)?,
            "week" | "w" => add_i32(&mut iv.days, int(mul(n, 7)?)?)?,
            "day" | "d" => add_i32(&mut iv.days, int(n)?)?,
            "hour" | "h" => add_us(&mut iv.micros, mul(n, 3_600 * US_PER_SEC)?)?,
            "minute" | "min" | "m" => add_us(&mut iv.micros, mul(n, 60 * US_PER_SEC)?)?,
            "second" | "sec" | "s" => {
                // The fraction to nanoseconds, then truncated to microseconds (Spark's rule).
                let nanos: i64 = format!("{frac:0<9}").parse().unwrap_or(0);
                let us = nanos / 1_000;
                let us = if neg { -us } else { us };
                add_us(&mut iv.micros, mul(n, US_PER_SEC)?)?;
                add_us(&mut iv.micros, us)?;
            }
            "millisecond" | "ms" | "milli" => add_us(&mut iv.micros, mul(n, US_PER_MS)?)?,
            "microsecond" | "us" | "micro" => add_us(&mut iv.micros, n)?,
            _ => return Err(bad()),
        }
    }
    Ok(iv)
}

fn digits(s: &[u8], pos: &mut usize, min: usize, max: usize) -> Option<u32> {
    let start = *pos;
    let mut v: u32 = 0;
    while *pos < s.len() && *pos - start < max && s[*pos].is_ascii_digit() {
        v = v * 10 + (s[*pos] - b'0') as u32;
        *pos += 1;
    }
    if *pos - start < min { None } else { Some(v) }
}

/// Spark's `stringToTimestamp` in the session time zone: `yyyy`, `yyyy-MM`, `yyyy-MM-dd`,
/// `yyyy-MM-dd[ T]HH:mm[:ss[.SSSSSS]][zone]`. Returns microseconds, or `None` if it is not a timestamp.
pub fn parse_timestamp(text: &str) -> Option<i64> {
    parse_timestamp_in(text, session_zone())
}

/// [`parse_timestamp`] with `zone` for text without one.
pub fn parse_timestamp_in(text: &str, zone: Zone) -> Option<i64> {
    parse_local_timestamp(text).map(|(local, z)| z.unwrap_or(zone).from_local(local))
}

/// A timestamp's text as a local date-time (microseconds since the local epoch) and
/// the zone it names, if any (`Z`, `+02:00`, ` UTC`, ` Europe/Berlin`).
pub fn parse_local_timestamp(text: &str) -> Option<(i64, Option<Zone>)> {
    let t = text.trim();
    let s = t.as_bytes();
    let mut pos = 0;
    let year = digits(s, &mut pos, 4, 6)? as i32;
    let (mut month, mut day) = (1, 1);
    if pos < s.len() && s[pos] == b'-' {
        pos += 1;
        month = digits(s, &mut pos, 1, 2)?;
        if pos < s.len() && s[pos] == b'-' {
            pos += 1;
            day = digits(s, &mut pos, 1, 2)?;
        }
    }
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let (mut h, mut mi, mut sec, mut micros) = (0, 0, 0, 0u32);
    let mut zone = None;
    if pos < s.len() && (s[pos] == b' ' || s[pos] == b'T') {
        pos += 1;
        if pos < s.len() {
            h = digits(s, &mut pos, 1, 2)?;
            if pos >= s.len() || s[pos] != b':' {
                return None;
            }
            pos += 1;
            mi = digits(s, &mut pos, 1, 2)?;
            if pos < s.len() && s[pos] == b':' {
                pos += 1;
                sec = digits(s, &mut pos, 1, 2)?;
                if pos < s.len() && s[pos] == b'.' {
                    pos += 1;
                    let start = pos;
                    while pos < s.len() && s[pos].is_ascii_digit() {
                        pos += 1;
                    }
                    let frac = &t[start..pos];
                    let mut f = String::from(frac);
                    f.truncate(6);
                    while f.len() < 6 {
                        f.push('0');
                    }
                    micros = f.parse().ok()?;
                }
            }
            if pos < s.len() {
                zone = Some(Zone::parse(t[pos..].trim())?);
                pos = s.len();
            }
        }
    }
    if pos != s.len() {
        return None;
    }
    let time = NaiveTime::from_hms_micro_opt(h, mi, sec, micros)?;
    let dt = NaiveDateTime::new(date, time);
    Some((dt.and_utc().timestamp_micros(), zone))
}

/// Days since the epoch of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The common `yyyy-MM-ddTHH:mm:ss[.f...][Z]` form, without allocation (without `Z`, in
/// `zone`); `None` for anything else (the caller falls back to [`parse_timestamp_in`]).
pub fn parse_timestamp_fast(s: &str, zone: Zone) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || (b[10] != b'T' && b[10] != b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let mut v = 0u32;
        for &c in &b[r] {
            if !c.is_ascii_digit() {
                return None;
            }
            v = v * 10 + (c - b'0') as u32;
        }
        Some(v)
    };
    let (y, mo, d, h, mi, sec) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    );
    if !(1..=12).contains(&mo) || d == 0 || d > 31 || h > 23 || mi > 59 || sec > 59 {
        return None;
    }
    let dim = [
        31,
        if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 {
            29
        } else {
            28
        },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if d > dim[mo as usize - 1] {
        return None;
    }
    let mut pos = 19;
    let mut micros = 0i64;
    if pos < b.len() && b[pos] == b'.' {
        pos += 1;
        let start = pos;
        while pos < b.len() && b[pos].is_ascii_digit() {
            if pos - start < 6 {
                micros = micros * 10 + (b[pos] - b'0') as i64;
            }
            pos += 1;
        }
        if pos == start {
            return None;
        }
        for _ in (pos - start).min(6)..6 {
            micros *= 10;
        }
    }
    let local_zone = match &b[pos..] {
        b"" => zone,
        b"Z" => Zone::UTC,
        _ => return None,
    };
    let days = days_from_civil(y as i64, mo, d);
    let local =
        ((days * 86_400 + h as i64 * 3_600 + mi as i64 * 60 + sec as i64) * US_PER_SEC) + micros;
    Some(local_zone.from_local(local))
}

/// Spark's `stringToDate`: `yyyy`, `yyyy-MM`, `yyyy-MM-dd` optionally followed by `T`/space and anything.
pub fn parse_date(text: &str) -> Option<i32> {
    let t = text.trim();
    let s = t.as_bytes();
    let mut pos = 0;
    let year = digits(s, &mut pos, 4, 6)? as i32;
    let (mut month, mut day) = (1, 1);
    if pos < s.len() && s[pos] == b'-' {
        pos += 1;
        month = digits(s, &mut pos, 1, 2)?;
        if pos < s.len() && s[pos] == b'-' {
            pos += 1;
            day = digits(s, &mut pos, 1, 2)?;
        }
    }
    if pos < s.len() && s[pos] != b' ' && s[pos] != b'T' {
        return None;
    }
    let d = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(date_to_days(d))
}

/// Days since the epoch of a civil date.
pub fn date_to_days(d: NaiveDate) -> i32 {
    (d - NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()).num_days() as i32
}

/// The civil date of days since the epoch (clamped to chrono's range, ±262,143 years;
/// [`format_date`] prints every date exactly).
pub fn days_to_date(days: i32) -> NaiveDate {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    epoch
        .checked_add_signed(chrono::Duration::days(days as i64))
        .unwrap_or(if days < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

/// (year, month, day) of days since 1970-01-01 in the proleptic Gregorian calendar, for any
/// day count (Howard Hinnant's `civil_from_days`); year 0 is 1 BC, as in Spark.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A year as Spark prints it: four digits, `+` above 9999, `-` before year 0.
fn year_text(y: i64) -> String {
    if y > 9999 {
        format!("+{y}")
    } else if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// `yyyy-MM-dd HH:mm:ss` of a timestamp (`sep` between date and time), for any value.
fn format_micros(us: i64, sep: char) -> String {
    let secs = us.div_euclid(US_PER_SEC);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!(
        "{}-{m:02}-{d:02}{sep}{:02}:{:02}:{:02}",
        year_text(y),
        t / 3600,
        t / 60 % 60,
        t % 60
    )
}

/// The UTC date-time of a timestamp in microseconds.
pub fn micros_to_datetime(us: i64) -> NaiveDateTime {
    DateTime::from_timestamp_micros(us)
        .map(|d| d.naive_utc())
        .unwrap_or_default()
}

/// Spark's string form of a timestamp: `2025-03-01 10:00:00`, with the fraction only when non-zero.
pub fn format_timestamp(us: i64) -> String {
    let mut s = format_micros(us, ' ');
    let frac = us.rem_euclid(US_PER_SEC);
    if frac != 0 {
        let f = format!("{frac:06}");
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s
}

/// ISO form used in the oracle files: `2025-03-01T10:00:00Z`, `.000123` only when non-zero.
pub fn format_timestamp_iso(us: i64) -> String {
    let mut s = format_micros(us, 'T');
    let frac = us.rem_euclid(US_PER_SEC);
    if frac != 0 {
        s.push_str(&format!(".{frac:06}"));
    }
    s.push('Z');
    s
}

/// Progress JSON form of a watermark: `2025-03-01T09:57:00.000Z`.
pub fn format_watermark(ms: i64) -> String {
    format!(
        "{}.{:03}Z",
        format_micros(ms.saturating_mul(US_PER_MS), 'T'),
        ms.rem_euclid(1000)
    )
}

/// `yyyy-MM-dd`.
pub fn format_date(days: i32) -> String {
    let (y, m, d) = civil_from_days(days as i64);
    format!("{}-{m:02}-{d:02}", year_text(y))
}

/// Formats a timestamp with a Java `DateTimeFormatter` pattern in `zone`, as Spark's
/// `date_format`.
pub fn format_with_pattern(us: i64, pattern: &str, zone: Zone) -> Result<String> {
    let offset = zone.offset_at(us);
    let dt = micros_to_datetime(us.saturating_add(offset * US_PER_SEC));
    let mut out = String::new();
    for tok in tokenize_pattern(pattern)? {
        match tok {
            PatTok::Lit(s) => out.push_str(&s),
            PatTok::Field(c, n) => {
                let v: String = match c {
                    'y' | 'u' => {
                        if n == 2 {
                            format!("{:02}", dt.year().rem_euclid(100))
                        } else {
                            format!("{:0n$}", dt.year())
                        }
                    }
                    'M' | 'L' => match n {
                        1 => dt.month().to_string(),
                        2 => format!("{:02}", dt.month()),
                        3 => dt.format("%b").to_string(),
                        _ => dt.format("%B").to_string(),
                    },
                    'd' => format!("{:0n$}", dt.day()),
                    'D' => format!("{:0n$}", dt.ordinal()),
                    'H' => format!("{:0n$}", dt.hour()),
                    'h' => format!("{:0n$}", (dt.hour() + 11) % 12 + 1),
                    'K' => format!("{:0n$}", dt.hour() % 12),
                    'k' => format!("{:0n$}", if dt.hour() == 0 { 24 } else { dt.hour() }),
                    'm' => format!("{:0n$}", dt.minute()),
                    's' => format!("{:0n$}", dt.second()),
                    'S' => {
                        let f = format!("{:06}", us.rem_euclid(US_PER_SEC));
                        let mut f = f[..n.min(6)].to_string();
                        while f.len() < n {
                            f.push('0');
                        }
                        f
                    }
                    'a' => (if dt.hour() < 12 { "AM" } else { "PM" }).to_string(),
                    'E' => {
                        if n >= 4 {
                            dt.format("%A").to_string()
                        } else {
                            dt.format("%a").to_string()
                        }
                    }
                    'X' if offset == 0 => "Z".to_string(),
                    'X' | 'x' => match n {
                        1 if offset % 3600 == 0 => {
                            offset_text(offset, false, true)[..3].to_string()
                        }
                        1 | 2 | 4 => offset_text(offset, false, true),
                        _ => offset_text(offset, true, true),
                    },
                    'Z' => match n {
                        4 => format!("GMT{}", offset_text(offset, true, false)),
                        5 if offset == 0 => "Z".to_string(),
                        5 => offset_text(offset, true, true),
                        _ => offset_text(offset - offset % 60, false, true),
                    },
                    'O' => {
                        if n == 4 || offset == 0 {
                            format!("GMT{}", offset_text(offset, true, false))
                        } else {
                            let (sign, a) = (if offset < 0 { '-' } else { '+' }, offset.abs());
                            let mut t = format!("GMT{sign}{}", a / 3600);
                            if a % 3600 != 0 {
                                t.push_str(&format!(":{:02}", a / 60 % 60));
                            }
                            t
                        }
                    }
                    'z' => zone.abbreviation(us),
                    'V' => zone.id(),
                    'Q' | 'q' => format!("{}", (dt.month() - 1) / 3 + 1),
                    'w' => format!("{:0n$}", dt.iso_week().week()),
                    _ => {
                        return Err(RunnelError::execution(
                            "INVALID_DATETIME_PATTERN",
                            format!(
                                "Unsupported pattern letter '{c}' in datetime pattern {pattern:?}."
                            ),
                        ));
                    }
                };
                out.push_str(&v);
            }
        }
    }
    Ok(out)
}

/// Parses text with a Java `DateTimeFormatter` pattern (as `to_timestamp(col, fmt)`), to
/// microseconds; a time without a zone field is in `zone`.
pub fn parse_with_pattern(text: &str, pattern: &str, zone: Zone) -> Result<Option<i64>> {
    let toks = tokenize_pattern(pattern)?;
    let s = text.as_bytes();
    let mut pos = 0;
    let (mut y, mut mo, mut d, mut h, mut mi, mut sec, mut us) =
        (1970i32, 1u32, 1u32, 0u32, 0u32, 0u32, 0u32);
    let mut pm: Option<bool> = None;
    let mut zone = zone;
    // Java's adjacent value parsing: a number followed directly by another numeric
    // field takes exactly its pattern width (`yyyyMMdd`).
    let numeric = |t: Option<&PatTok>| {
        matches!(t, Some(PatTok::Field(c, n))
            if matches!(c, 'y' | 'u' | 'd' | 'H' | 'h' | 'k' | 'K' | 'm' | 's' | 'S')
                || (*c == 'M' && *n < 3))
    };
    let fixed: Vec<bool> = (0..toks.len()).map(|i| numeric(toks.get(i + 1))).collect();
    for (i, tok) in toks.into_iter().enumerate() {
        match tok {
            PatTok::Lit(l) => {
                if !text[pos..].starts_with(&l) {
                    return Ok(None);
                }
                pos += l.len();
            }
            PatTok::Field(c, n) => {
                let max = if fixed[i] {
                    n
                } else if n == 1 {
                    2
                } else {
                    n.max(2)
                };
                match c {
                    'y' | 'u' => {
                        let ymax = if fixed[i] || n == 2 { n } else { 9 };
                        let Some(v) = digits(s, &mut pos, n.min(4), ymax) else {
                            return Ok(None);
                        };
                        y = if n == 2 { 2000 + v as i32 } else { v as i32 };
                    }
                    'M' => {
                        if n >= 3 {
                            let names = [
                                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                "oct", "nov", "dec",
                            ];
                            let rest = text[pos..].to_ascii_lowercase();
                            let Some(i) = names.iter().position(|m| rest.starts_with(m)) else {
                                return Ok(None);
                            };
                            mo = i as u32 + 1;
                            pos += 3;
                            while pos < s.len() && s[pos].is_ascii_alphabetic() {
                                pos += 1;
                            }
                        } else {
                            let Some(v) = digits(s, &mut pos, n, max) else {
                                return Ok(None);
                            };
                            mo = v;
                        }
                    }
                    'd' | 'H' | 'h' | 'k' | 'K' | 'm' | 's' => {
                        let Some(v) = digits(s, &mut pos, n, max) else {
                            return Ok(None);
                        };
                        match c {
                            'd' => d = v,
                            'H' | 'k' | 'h' | 'K' => h = v,
                            'm' => mi = v,
                            _ => sec = v,
                        }
                    }
                    'S' => {
                        let start = pos;
                        let Some(_) = digits(s, &mut pos, 1, n.max(1)) else {
                            return Ok(None);
                        };
                        let mut f = text[start..pos].to_string();
                        f.truncate(6);
                        while f.len() < 6 {
                            f.push('0');
                        }
                        us = f.parse().unwrap_or(0);
                    }
                    'a' => {
                        let rest = text[pos..].to_ascii_uppercase();
                        if rest.starts_with("AM") {
                            pm = Some(false);
                        } else if rest.starts_with("PM") {
                            pm = Some(true);
                        } else {
                            return Ok(None);
                        }
                        pos += 2;
                    }
                    'X' | 'x' | 'Z' | 'z' | 'V' | 'O' => {
                        let end = text[pos..].find(' ').map(|e| e + pos).unwrap_or(text.len());
                        let Some(z) = Zone::parse(&text[pos..end]) else {
                            return Ok(None);
                        };
                        zone = z;
                        pos = end;
                    }
                    'E' => {
                        while pos < s.len() && s[pos].is_ascii_alphabetic() {
                            pos += 1;
                        }
                    }
                    _ => {
                        return Err(RunnelError::execution(
                            "INVALID_DATETIME_PATTERN",
                            format!(
                                "Unsupported pattern letter '{c}' in datetime pattern {pattern:?}."
                            ),
                        ));
                    }
                }
            }
        }
    }
    if pos != s.len() {
        return Ok(None);
    }
    if let Some(p) = pm {
        h = h % 12 + if p { 12 } else { 0 };
    }
    let Some(date) = NaiveDate::from_ymd_opt(y, mo, d) else {
        return Ok(None);
    };
    let Some(time) = NaiveTime::from_hms_micro_opt(h, mi, sec, us) else {
        return Ok(None);
    };
    Ok(Some(zone.from_local(
        NaiveDateTime::new(date, time).and_utc().timestamp_micros(),
    )))
}

enum PatTok {
    Lit(String),
    Field(char, usize),
}

fn tokenize_pattern(p: &str) -> Result<Vec<PatTok>> {
    let chars: Vec<char> = p.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            let mut lit = String::new();
            i += 1;
            while i < chars.len() {
                if chars[i] == '\'' {
                    if i + 1 < chars.len() && chars[i + 1] == '\'' {
                        lit.push('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                lit.push(chars[i]);
                i += 1;
            }
            if lit.is_empty() && i < chars.len() && i > 0 && chars[i - 1] == '\'' {
                lit.push('\'');
            }
            i += 1;
            out.push(PatTok::Lit(lit));
        } else if c.is_ascii_alphabetic() {
            let mut n = 1;
            while i + n < chars.len() && chars[i + n] == c {
                n += 1;
            }
            out.push(PatTok::Field(c, n));
            i += n;
        } else if c == '[' || c == ']' {
            i += 1;
        } else {
            out.push(PatTok::Lit(c.to_string()));
            i += 1;
        }
    }
    Ok(out)
}

/// Truncates a timestamp to a unit (`year`, `month`, `day`, `hour`, ...) in `zone`, as
/// Spark's `date_trunc`: on the local time line, keeping the offset in effect where the
/// truncated time is in an overlap (`ZonedDateTime.truncatedTo`); seconds and finer on
/// the instant.
pub fn truncate_timestamp(us: i64, unit: &str, zone: Zone) -> Option<i64> {
    let offset = zone.offset_at(us);
    let local = us.saturating_add(offset * US_PER_SEC);
    let dt = micros_to_datetime(local);
    let date = dt.date();
    let back = |l: i64| zone.from_local_keeping(l, offset);
    let at = |d: NaiveDate| {
        d.and_hms_opt(0, 0, 0)
            .map(|x| back(x.and_utc().timestamp_micros()))
    };
    match unit.to_ascii_lowercase().as_str() {
        "year" | "yyyy" | "yy" => at(NaiveDate::from_ymd_opt(date.year(), 1, 1)?),
        "quarter" => at(NaiveDate::from_ymd_opt(
            date.year(),
            (date.month() - 1) / 3 * 3 + 1,
            1,
        )?),
        "month" | "mon" | "mm" => at(NaiveDate::from_ymd_opt(date.year(), date.month(), 1)?),
        "week" => at(date - chrono::Duration::days(date.weekday().num_days_from_monday() as i64)),
        "day" | "dd" => at(date),
        "hour" => Some(back(
            local.div_euclid(3_600 * US_PER_SEC) * 3_600 * US_PER_SEC,
        )),
        "minute" => Some(back(local.div_euclid(60 * US_PER_SEC) * 60 * US_PER_SEC)),
        "second" => Some(us.div_euclid(US_PER_SEC) * US_PER_SEC),
        "millisecond" => Some(us.div_euclid(US_PER_MS) * US_PER_MS),
        "microsecond" => Some(us),
        _ => None,
    }
}

#[cfg(test)]
mod civil_tests {
    use super::*;

    #[test]
    fn dates_and_timestamps_print_as_spark_prints_them_at_any_distance() {
        assert_eq!(format_date(0), "1970-01-01");
        assert_eq!(format_date(18_262), "2020-01-01");
        assert_eq!(format_date(-719_528), "0000-01-01");
        // date_add(DATE'2020-01-01', 2147483647) in Spark: the day count wraps.
        assert_eq!(
            format_date(18_262i32.wrapping_add(i32::MAX)),
            "-5877591-06-21"
        );
        assert_eq!(format_timestamp(i64::MAX), "+294247-01-10 04:00:54.775807");
        assert_eq!(format_timestamp(i64::MIN), "-290308-12-21 19:59:05.224192");
        assert_eq!(
            format_timestamp(1_740_823_200_000_000),
            "2025-03-01 10:00:00"
        );
        assert_eq!(
            format_watermark(1_740_823_200_123),
            "2025-03-01T10:00:00.123Z"
        );
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(
                format_date(days),
                days_to_date(days).format("%Y-%m-%d").to_string()
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_strings_read_as_sparks_java_utils() {
        assert_eq!(time_string_ms("10s"), Some(10_000));
        assert_eq!(time_string_ms(" 2MIN "), Some(120_000));
        assert_eq!(time_string_ms("1500us"), Some(1));
        assert_eq!(time_string_ms("250"), Some(250));
        assert_eq!(time_string_ms("-5ms"), Some(-5));
        assert_eq!(time_string_ms("7d"), Some(604_800_000));
        assert_eq!(time_string_ms("1 hour"), None);
        assert_eq!(time_string_ms("ms"), None);
        assert_eq!(time_string_ms("-"), None);
        assert_eq!(time_string_ms("9223372036854775807d"), None);
    }

    #[test]
    fn parses_spark_timestamp_forms() {
        let base = parse_timestamp("2025-03-01T10:00:00Z").unwrap();
        assert_eq!(parse_timestamp("2025-03-01T12:00:00+02:00"), Some(base));
        assert_eq!(parse_timestamp("2025-03-01 10:00:00"), Some(base));
        assert_eq!(parse_timestamp("2025-03-01T10:00:00"), Some(base));
        assert_eq!(
            parse_timestamp("2025-03-01T10:00:00.123456Z"),
            Some(base + 123_456)
        );
        assert_eq!(
            parse_timestamp("2025-03-01"),
            Some(base - 10 * 3_600 * US_PER_SEC)
        );
        assert_eq!(parse_timestamp("not a time"), None);
        for t in [
            "2025-03-01T10:00:00Z",
            "2025-03-01 10:00:00",
            "2024-02-29T23:59:59.123456Z",
            "1969-12-31T00:00:00.5",
        ] {
            assert_eq!(
                parse_timestamp_fast(t, Zone::UTC),
                parse_timestamp(t),
                "{t}"
            );
        }
        assert_eq!(
            parse_timestamp_fast("2025-02-30T00:00:00Z", Zone::UTC),
            None
        );
        assert_eq!(format_timestamp(base + 123_000), "2025-03-01 10:00:00.123");
        assert_eq!(
            format_timestamp_iso(base + 123_000),
            "2025-03-01T10:00:00.123000Z"
        );
        assert_eq!(format_watermark(base / 1000), "2025-03-01T10:00:00.000Z");
    }

    #[test]
    fn parses_intervals() {
        assert_eq!(
            parse_interval("5 minutes").unwrap().micros,
            300 * US_PER_SEC
        );
        assert_eq!(
            parse_interval("1 hour 30 minutes").unwrap().micros,
            5_400 * US_PER_SEC
        );
        assert_eq!(parse_interval("interval 2 days").unwrap().days, 2);
        assert!(parse_interval("five minutes").is_err());
    }

    #[test]
    fn intervals_of_99999999999_days_or_1_5_minutes_are_refused_not_wrapped() {
        // As Spark's stringToInterval: counts past an int (days, months) or a long
        // (microseconds) are an arithmetic exception; a fraction only of seconds.
        for text in [
            "99999999999 days",
            "2147483648 days",
            "178956971 years",
            "2562047789 hours",
            "9223372036854775808 microseconds",
            "2147483647 days 1 day",
        ] {
            let e = parse_interval(text).unwrap_err();
            assert_eq!(
                e.condition.as_deref(),
                Some("INVALID_INTERVAL_FORMAT.ARITHMETIC_EXCEPTION"),
                "{text}"
            );
        }
        for text in ["1.5 minutes", "0.5 days", "1.5 milliseconds", "1e3 seconds"] {
            let e = parse_interval(text).unwrap_err();
            assert_eq!(
                e.condition.as_deref(),
                Some("INVALID_INTERVAL_FORMAT"),
                "{text}"
            );
        }
        assert_eq!(parse_interval("1.5 seconds").unwrap().micros, 1_500_000);
        assert_eq!(parse_interval("-1.25 seconds").unwrap().micros, -1_250_000);
        assert_eq!(parse_interval("0.0000019 seconds").unwrap().micros, 1);
        let big = parse_interval("2147483647 days").unwrap();
        assert_eq!(big.checked_micros_month_31(), None);
        assert_eq!(big.to_micros_month_31(), i64::MAX);
        assert_eq!(
            parse_interval("106751991 days")
                .unwrap()
                .checked_micros_month_31(),
            Some(106_751_991 * US_PER_DAY)
        );
    }

    #[test]
    fn formats_and_parses_patterns() {
        let ts = parse_timestamp("2025-03-01T10:05:07.250Z").unwrap();
        assert_eq!(
            format_with_pattern(ts, "yyyy-MM-dd HH:mm:ss.SSS", Zone::UTC).unwrap(),
            "2025-03-01 10:05:07.250"
        );
        assert_eq!(
            format_with_pattern(ts, "dd/MM/yy hh a", Zone::UTC).unwrap(),
            "01/03/25 10 AM"
        );
        assert_eq!(
            parse_with_pattern("01/03/2025 10:05", "dd/MM/yyyy HH:mm", Zone::UTC).unwrap(),
            Some(ts - 7_250_000)
        );
    }
}
