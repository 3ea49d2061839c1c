//! Time zones as Spark reads them (`DateTimeUtils.getZoneId`: `java.time.ZoneId.of` with
//! `SHORT_IDS`) and the session time zone (`spark.sql.session.timeZone`), in which Spark
//! reads and prints timestamps without an offset, casts between dates and timestamps
//! and takes the fields of a timestamp. The rules of region zones come from `chrono-tz`'s
//! compiled IANA database, the same natively and in the browser. Local times in a DST
//! gap or overlap resolve as Java's `ZonedDateTime.of` resolves them: a time in a gap
//! moves forward by the gap's length, a time in an overlap takes the earlier offset.

use std::cell::RefCell;
use std::rc::Rc;
use std::str::FromStr;

use chrono::{LocalResult, Offset, TimeZone};
use chrono_tz::{OffsetName, Tz};

use super::US_PER_SEC;
use crate::error::RunnelError;

/// A time zone: a fixed offset or a region's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// A fixed offset from UTC, in seconds (`UTC`, `+05:30`, `GMT+1`, `EST`).
    Fixed(i32),
    /// A region of the IANA database (`America/Los_Angeles`).
    Region(Tz),
}

/// Java's `ZoneId.SHORT_IDS`, which Spark passes to `ZoneId.of`.
const SHORT_IDS: &[(&str, &str)] = &[
    ("ACT", "Australia/Darwin"),
    ("AET", "Australia/Sydney"),
    ("AGT", "America/Argentina/Buenos_Aires"),
    ("ART", "Africa/Cairo"),
    ("AST", "America/Anchorage"),
    ("BET", "America/Sao_Paulo"),
    ("BST", "Asia/Dhaka"),
    ("CAT", "Africa/Harare"),
    ("CNT", "America/St_Johns"),
    ("CST", "America/Chicago"),
    ("CTT", "Asia/Shanghai"),
    ("EAT", "Africa/Addis_Ababa"),
    ("ECT", "Europe/Paris"),
    ("IET", "America/Indiana/Indianapolis"),
    ("IST", "Asia/Kolkata"),
    ("JST", "Asia/Tokyo"),
    ("MIT", "Pacific/Apia"),
    ("NET", "Asia/Yerevan"),
    ("NST", "Pacific/Auckland"),
    ("PLT", "Asia/Karachi"),
    ("PNT", "America/Phoenix"),
    ("PRT", "America/Puerto_Rico"),
    ("PST", "America/Los_Angeles"),
    ("SST", "Pacific/Guadalcanal"),
    ("VST", "Asia/Ho_Chi_Minh"),
    ("EST", "-05:00"),
    ("MST", "-07:00"),
    ("HST", "-10:00"),
];

/// Java's `ZoneOffset.of`: `±h`, `±hh`, `±hh:mm`, `±hhmm`, `±hh:mm:ss`, `±hhmmss`, at most
/// 18 hours; the offset in seconds.
fn parse_offset(s: &str) -> Option<i32> {
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    if !rest.bytes().all(|b| b.is_ascii_digit() || b == b':') {
        return None;
    }
    let num = |t: &str| -> Option<i32> {
        (t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let (h, m, sec) = match rest.len() {
        1 => (rest.parse().ok()?, 0, 0),
        2 => (num(rest)?, 0, 0),
        4 => (num(&rest[..2])?, num(&rest[2..])?, 0),
        5 if &rest[2..3] == ":" => (num(&rest[..2])?, num(&rest[3..])?, 0),
        6 => (num(&rest[..2])?, num(&rest[2..4])?, num(&rest[4..])?),
        8 if &rest[2..3] == ":" && &rest[5..6] == ":" => {
            (num(&rest[..2])?, num(&rest[3..5])?, num(&rest[6..])?)
        }
        _ => return None,
    };
    let total = h * 3600 + m * 60 + sec;
    (h <= 18 && m < 60 && sec < 60 && total <= 18 * 3600).then_some(sign * total)
}

/// Spark's `getZoneId` normalisations (`+1:00` → `+01:00`, `+01:5` → `+01:05`), first
/// occurrence only, as its `replaceFirst`.
fn normalise(id: &str) -> String {
    let b = id.as_bytes();
    let mut s = id.to_string();
    // (\+|\-)(\d): → $10$2:
    if let Some(i) = (0..b.len().saturating_sub(2))
        .find(|&i| (b[i] == b'+' || b[i] == b'-') && b[i + 1].is_ascii_digit() && b[i + 2] == b':')
    {
        s.insert(i + 1, '0');
    }
    // (\+|\-)(\d\d):(\d)$ → $1$2:0$3
    let b = s.as_bytes();
    let n = b.len();
    if n >= 5
        && (b[n - 5] == b'+' || b[n - 5] == b'-')
        && b[n - 4].is_ascii_digit()
        && b[n - 3].is_ascii_digit()
        && b[n - 2] == b':'
        && b[n - 1].is_ascii_digit()
    {
        s.insert(n - 1, '0');
    }
    s
}

impl Zone {
    /// UTC.
    pub const UTC: Zone = Zone::Fixed(0);

    /// The zone a Spark zone id names (`America/Los_Angeles`, `UTC`, `Z`, `+05:30`,
    /// `GMT+1`, `PST`, ...), exactly as `ZoneId.of` reads it (region names are
    /// case-sensitive), or None.
    pub fn parse(id: &str) -> Option<Zone> {
        let id = normalise(id);
        let id = SHORT_IDS
            .iter()
            .find(|(k, _)| *k == id)
            .map_or(id.as_str(), |(_, v)| v);
        if id == "Z" || id == "UTC" || id == "GMT" || id == "UT" {
            return Some(Zone::UTC);
        }
        if id.starts_with(['+', '-']) {
            return parse_offset(id).map(Zone::Fixed);
        }
        for prefix in ["UTC", "GMT", "UT"] {
            if let Some(rest) = id.strip_prefix(prefix)
                && rest.starts_with(['+', '-'])
            {
                return parse_offset(rest).map(Zone::Fixed);
            }
        }
        let valid = id.len() >= 2
            && id.as_bytes()[0].is_ascii_alphabetic()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"~/._+-".contains(&b));
        if !valid {
            return None;
        }
        Tz::from_str(id).ok().map(Zone::Region)
    }

    /// [`Zone::parse`], or Spark's `INVALID_TIMEZONE` for a zone given to a function.
    pub fn parse_arg(id: &str) -> crate::error::Result<Zone> {
        Zone::parse(id).ok_or_else(|| invalid_timezone(id))
    }

    /// The offset from UTC in seconds at the instant `utc_us` (microseconds since the epoch).
    pub fn offset_at(&self, utc_us: i64) -> i64 {
        match self {
            Zone::Fixed(s) => *s as i64,
            Zone::Region(tz) => {
                let secs = utc_us.div_euclid(US_PER_SEC);
                let at = chrono::DateTime::from_timestamp(secs, 0)
                    .unwrap_or(if secs < 0 {
                        chrono::DateTime::<chrono::Utc>::MIN_UTC
                    } else {
                        chrono::DateTime::<chrono::Utc>::MAX_UTC
                    })
                    .naive_utc();
                tz.offset_from_utc_datetime(&at).fix().local_minus_utc() as i64
            }
        }
    }

    /// The local wall-clock time of an instant, as microseconds since the local epoch.
    pub fn to_local(&self, utc_us: i64) -> i64 {
        utc_us.saturating_add(self.offset_at(utc_us) * US_PER_SEC)
    }

    /// The instant of a local wall-clock time (microseconds since the local epoch), as
    /// `ZonedDateTime.of`: a time in a gap moves forward by the gap, a time in an
    /// overlap takes the earlier offset.
    pub fn from_local(&self, local_us: i64) -> i64 {
        self.resolve(local_us, None)
    }

    /// As [`Zone::from_local`], but in an overlap the offset `prefer` (seconds) is kept
    /// when it is one of the two (`ZonedDateTime.truncatedTo`, `plusDays`).
    pub fn from_local_keeping(&self, local_us: i64, prefer: i64) -> i64 {
        self.resolve(local_us, Some(prefer))
    }

    /// The instant `utc_us` moved by `days` calendar days: the wall-clock time kept, and
    /// its offset too in an overlap (`ZonedDateTime.plusDays`). None on overflow.
    pub fn plus_days(&self, utc_us: i64, days: i64) -> Option<i64> {
        let offset = self.offset_at(utc_us);
        let local = utc_us
            .checked_add(offset * US_PER_SEC)?
            .checked_add(days.checked_mul(super::US_PER_DAY)?)?;
        Some(self.from_local_keeping(local, offset))
    }

    fn resolve(&self, local_us: i64, prefer: Option<i64>) -> i64 {
        let tz = match self {
            Zone::Fixed(s) => return local_us.saturating_sub(*s as i64 * US_PER_SEC),
            Zone::Region(tz) => tz,
        };
        let secs = local_us.div_euclid(US_PER_SEC);
        let Some(naive) = chrono::DateTime::from_timestamp(secs, 0).map(|d| d.naive_utc()) else {
            return local_us.saturating_sub(self.offset_at(local_us) * US_PER_SEC);
        };
        let off = |o: &chrono_tz::TzOffset| o.fix().local_minus_utc() as i64;
        let offset = match tz.offset_from_local_datetime(&naive) {
            LocalResult::Single(o) => off(&o),
            LocalResult::Ambiguous(a, b) => {
                let (a, b) = (off(&a), off(&b));
                match prefer {
                    Some(p) if p == a || p == b => p,
                    _ => a.max(b),
                }
            }
            // In a gap: the offset before it (the instant is then past the transition,
            // the wall clock moved forward by the gap's length).
            LocalResult::None => self.offset_at(local_us.saturating_sub(86_400 * US_PER_SEC)),
        };
        local_us.saturating_sub(offset * US_PER_SEC)
    }

    /// The zone's id as `VV` prints it (`America/Los_Angeles`, `Z`, `+05:30`).
    pub fn id(&self) -> String {
        match self {
            Zone::Region(tz) => tz.name().to_string(),
            Zone::Fixed(0) => "Z".into(),
            Zone::Fixed(s) => offset_text(*s as i64, true, true),
        }
    }

    /// The zone's short name at an instant as `z` prints it (`PST`, `CET`; a fixed
    /// offset as its id).
    pub fn abbreviation(&self, utc_us: i64) -> String {
        match self {
            Zone::Fixed(0) => "UTC".into(),
            Zone::Fixed(_) => self.id(),
            Zone::Region(tz) => {
                let secs = utc_us.div_euclid(US_PER_SEC);
                let naive = chrono::DateTime::from_timestamp(secs, 0)
                    .map(|d| d.naive_utc())
                    .unwrap_or_default();
                let o = tz.offset_from_utc_datetime(&naive);
                match o.abbreviation() {
                    Some(a) if !a.starts_with(['+', '-']) => a.to_string(),
                    _ => format!("GMT{}", offset_text(self.offset_at(utc_us), true, false)),
                }
            }
        }
    }
}

/// An offset as `+05:30` (`colon`), `+0530`; seconds only when non-zero; with
/// `zero_sign` false, 0 prints as "" (after `GMT`).
pub fn offset_text(secs: i64, colon: bool, zero_sign: bool) -> String {
    if secs == 0 && !zero_sign {
        return String::new();
    }
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.abs();
    let (h, m, s) = (a / 3600, a / 60 % 60, a % 60);
    let sep = if colon { ":" } else { "" };
    let mut out = format!("{sign}{h:02}{sep}{m:02}");
    if s != 0 {
        out.push_str(&format!("{sep}{s:02}"));
    }
    out
}

/// Spark's `INVALID_TIMEZONE` for a zone id given to a function.
pub fn invalid_timezone(id: &str) -> RunnelError {
    RunnelError::execution(
        "INVALID_TIMEZONE",
        format!(
            "The timezone: {id} is invalid. The timezone must be either a region-based zone ID or a zone offset. Region IDs must have the form 'area/city', such as 'America/Los_Angeles'. Zone offsets must be in the format '(+|-)HH', '(+|-)HH:mm' or '(+|-)HH:mm:ss', e.g '-08', '+01:00' or '-13:33:33', and must be in the range from -18:00 to +18:00. 'Z' and 'UTC' are accepted as synonyms for '+00:00'."
        ),
    )
    .with_exception("DateTimeException")
}

/// Spark's `INVALID_CONF_VALUE.TIME_ZONE` for `spark.sql.session.timeZone` set to `id`.
pub fn invalid_session_zone(id: &str) -> RunnelError {
    RunnelError::analysis(
        "INVALID_CONF_VALUE.TIME_ZONE",
        format!(
            "The value '{id}' in the config \"spark.sql.session.timeZone\" is invalid. Cannot resolve the given timezone. Use a region id such as 'America/Los_Angeles' (case as written in the IANA database), 'UTC', or an offset such as '+05:30'."
        ),
    )
    .with_exception("IllegalArgumentException")
}

struct Session {
    zone: Zone,
    id: Rc<str>,
}

thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(Session { zone: Zone::UTC, id: Rc::from("UTC") });
}

/// The session time zone of the query running on this thread (UTC outside one).
pub fn session_zone() -> Zone {
    SESSION.with(|s| s.borrow().zone)
}

/// The session time zone's id as set (`current_timezone()`).
pub fn session_zone_id() -> String {
    SESSION.with(|s| s.borrow().id.to_string())
}

/// Makes `zone` (named `id`) the session time zone of this thread (a session's
/// `spark.conf.set`); an enclosing [`ZoneScope`] puts its predecessor back when it ends.
pub fn set_thread_zone(zone: Zone, id: &str) {
    SESSION.with(|s| {
        *s.borrow_mut() = Session {
            zone,
            id: Rc::from(id),
        }
    });
}

/// Makes `zone` (named `id`) the session time zone of what runs on this thread until
/// the scope is dropped (a query's batches, a `collect`); scopes nest.
#[must_use = "the zone applies while the scope lives"]
pub struct ZoneScope {
    prev: Option<Session>,
}

impl ZoneScope {
    /// Enters `zone`, named `id`.
    pub fn enter(zone: Zone, id: &str) -> ZoneScope {
        let prev = SESSION.with(|s| {
            std::mem::replace(
                &mut *s.borrow_mut(),
                Session {
                    zone,
                    id: Rc::from(id),
                },
            )
        });
        ZoneScope { prev: Some(prev) }
    }
}

impl Drop for ZoneScope {
    fn drop(&mut self) {
        if let Some(p) = self.prev.take() {
            SESSION.with(|s| *s.borrow_mut() = p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn us(s: &str) -> i64 {
        super::super::parse_timestamp(s).expect("timestamp")
    }

    #[test]
    fn zone_ids_are_read_as_javas_zone_id_of_with_short_ids() {
        for (id, want) in [
            ("UTC", Some(Zone::UTC)),
            ("Z", Some(Zone::UTC)),
            ("UT", Some(Zone::UTC)),
            ("GMT+1", Some(Zone::Fixed(3600))),
            ("UTC+05:30", Some(Zone::Fixed(19_800))),
            ("+5:30", Some(Zone::Fixed(19_800))),
            ("+1:5", Some(Zone::Fixed(3_900))),
            ("+05", Some(Zone::Fixed(18_000))),
            ("-0800", Some(Zone::Fixed(-28_800))),
            ("GMT+01:00:30", Some(Zone::Fixed(3_630))),
            ("EST", Some(Zone::Fixed(-18_000))),
            ("PST", Some(Zone::Region(Tz::America__Los_Angeles))),
            ("US/Pacific", Some(Zone::Region(Tz::US__Pacific))),
            ("Etc/GMT+5", Some(Zone::Region(Tz::Etc__GMTPlus5))),
            ("+19:00", None),
            ("america/los_angeles", None),
            ("utc", None),
            (" UTC", None),
            ("", None),
            ("Foo/Bar", None),
        ] {
            assert_eq!(Zone::parse(id), want, "{id:?}");
        }
    }

    #[test]
    fn local_times_in_dst_gaps_move_forward_and_overlaps_take_the_earlier_offset() {
        let la = Zone::parse("America/Los_Angeles").unwrap();
        // 2025-03-09 02:30 does not exist in Los Angeles: Java gives 03:30 PDT = 10:30Z.
        assert_eq!(
            la.from_local(us("2025-03-09 02:30:00")),
            us("2025-03-09T10:30:00Z")
        );
        // 2025-11-02 01:30 happens twice: the earlier offset (PDT) = 08:30Z.
        assert_eq!(
            la.from_local(us("2025-11-02 01:30:00")),
            us("2025-11-02T08:30:00Z")
        );
        // ... unless the offset in effect is kept (truncating 01:30 PST to the hour).
        assert_eq!(
            la.from_local_keeping(us("2025-11-02 01:00:00"), -8 * 3600),
            us("2025-11-02T09:00:00Z")
        );
        assert_eq!(
            la.to_local(us("2025-03-01T10:00:00Z")),
            us("2025-03-01 02:00:00")
        );
        let kolkata = Zone::parse("Asia/Kolkata").unwrap();
        assert_eq!(kolkata.offset_at(us("2025-03-01T10:00:00Z")), 19_800);
        assert_eq!(la.abbreviation(us("2025-03-01T10:00:00Z")), "PST");
        assert_eq!(la.abbreviation(us("2025-07-01T10:00:00Z")), "PDT");
        // Far instants do not panic (past chrono's range the rules' last offset holds).
        assert_eq!(la.to_local(i64::MAX), i64::MAX - 8 * 3600 * US_PER_SEC);
        assert_eq!(Zone::Fixed(3600).to_local(i64::MAX), i64::MAX);
        let _ = la.from_local(i64::MIN);
    }

    #[test]
    fn a_zone_scope_sets_the_session_zone_and_restores_the_previous_one() {
        assert_eq!(session_zone(), Zone::UTC);
        {
            let _a = ZoneScope::enter(Zone::Fixed(3600), "+01:00");
            {
                let _b = ZoneScope::enter(Zone::Fixed(7200), "+02:00");
                assert_eq!(session_zone_id(), "+02:00");
            }
            assert_eq!(session_zone(), Zone::Fixed(3600));
        }
        assert_eq!(session_zone_id(), "UTC");
    }
}
