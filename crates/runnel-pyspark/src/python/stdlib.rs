//! The standard modules scripts use beyond `sys`, `os` and `time`: `math`, `json`,
//! `datetime`, `re`, `random`, `uuid`, `tempfile`, `shutil`, `collections`, `typing`
//! (names only), `os.path`, `functools.reduce`, `operator`, `itertools` (the finite
//! iterators, as lists), and files from `open()`. What a module has that is not
//! here is refused with its name.

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::rc::Rc;

use ruff_python_ast::Operator;
use runnel_core::error::{Result, RunnelError};
use runnel_core::io::fs::PathKind;

use super::args::{Args, type_error};
use super::decimal::{Dec, Rounding};
use super::interp::Interpreter;
use super::ops::{iterate, py_eq, py_num};
use super::value::{DictKind, Native, PyDict, Value, py_float};

/// Modules the Python layer implements itself.
pub(crate) fn is_module(m: &str) -> bool {
    matches!(
        m,
        "math"
            | "json"
            | "datetime"
            | "re"
            | "random"
            | "uuid"
            | "tempfile"
            | "shutil"
            | "collections"
            | "typing"
            | "os.path"
            | "string"
            | "decimal"
            | "hashlib"
            | "functools"
            | "operator"
            | "itertools"
            | "dataclasses"
            | "copy"
            | "enum"
            | "traceback"
            | "warnings"
    ) || python_source(m).is_some()
}

/// `os.path.abspath`: `p` from the working folder, normalized.
fn abspath(p: String) -> String {
    normpath(&if p.starts_with('/') {
        p
    } else {
        std::env::current_dir()
            .map(|d| format!("{}/{p}", d.to_string_lossy()))
            .unwrap_or(p)
    })
}

/// Python's OSError of an I/O error on `path` (`FileNotFoundError: [Errno 2] ...`).
fn os_error(e: std::io::Error, path: &str) -> RunnelError {
    let (name, errno, text) = match e.kind() {
        std::io::ErrorKind::NotFound => ("FileNotFoundError", 2, "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("PermissionError", 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", 17, "File exists"),
        std::io::ErrorKind::IsADirectory => ("IsADirectoryError", 21, "Is a directory"),
        std::io::ErrorKind::NotADirectory => ("NotADirectoryError", 20, "Not a directory"),
        std::io::ErrorKind::DirectoryNotEmpty => ("OSError", 39, "Directory not empty"),
        _ => ("OSError", 5, "Input/output error"),
    };
    let _ = e;
    RunnelError::execution_plain(format!("{name}: [Errno {errno}] {text}: '{path}'"))
        .with_exception(name)
}

/// Is the folder `path` would go into missing? (CPython's `os.rename` and `open(.., "w")`
/// make no folders; the file system's `rename` and `write` would.)
fn parent_missing(fs: &dyn runnel_core::io::fs::FileSystem, path: &str) -> bool {
    match path.trim_end_matches('/').rsplit_once('/') {
        Some((parent, _)) if !parent.is_empty() => fs.kind(parent) == PathKind::Missing,
        _ => false,
    }
}

/// `os.path.normpath`: `.` and empty parts dropped, `..` taking the part before it.
fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let absolute = p.starts_with('/');
    // POSIX keeps exactly two leading slashes.
    let lead = if p.starts_with("//") && !p.starts_with("///") {
        "//"
    } else if absolute {
        "/"
    } else {
        ""
    };
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." if parts.last().is_some_and(|l| *l != "..") => {
                parts.pop();
            }
            ".." if absolute => {}
            c => parts.push(c),
        }
    }
    let body = parts.join("/");
    if lead.is_empty() && body.is_empty() {
        ".".into()
    } else {
        format!("{lead}{body}")
    }
}

/// The modules the runner writes in Python (`src/python/lib/`), run by the script's
/// interpreter on their first import.
pub(crate) fn python_source(m: &str) -> Option<&'static str> {
    Some(match m {
        "argparse" => include_str!("lib/argparse.py"),
        "heapq" => include_str!("lib/heapq.py"),
        "bisect" => include_str!("lib/bisect.py"),
        "statistics" => include_str!("lib/statistics.py"),
        "abc" => include_str!("lib/abc.py"),
        "textwrap" => include_str!("lib/textwrap.py"),
        "logging" => include_str!("lib/logging.py"),
        "pathlib" => include_str!("lib/pathlib.py"),
        "contextlib" => include_str!("lib/contextlib.py"),
        "io" => include_str!("lib/io.py"),
        "pprint" => include_str!("lib/pprint.py"),
        "fnmatch" => include_str!("lib/fnmatch.py"),
        "glob" => include_str!("lib/glob.py"),
        "base64" => include_str!("lib/base64.py"),
        "csv" => include_str!("lib/csv.py"),
        "__future__" => include_str!("lib/__future__.py"),
        _ => return None,
    })
}

/// Classes of those modules reachable as values (`datetime.datetime`, ...).
pub(crate) fn is_class(b: &str) -> bool {
    matches!(
        b,
        "datetime.datetime"
            | "datetime.date"
            | "datetime.timedelta"
            | "datetime.timezone"
            | "re.Pattern"
            | "uuid.UUID"
            | "decimal.Decimal"
    )
}

fn unsupported(what: &str, instead: &str) -> RunnelError {
    RunnelError::not_supported(format!(
        "{what} is not supported by Runnel's PySpark runner; {instead}"
    ))
}

fn value_error(msg: impl Into<String>) -> RunnelError {
    RunnelError::execution_plain(format!("ValueError: {}", msg.into())).with_exception("ValueError")
}

/// `module.name`.
pub(crate) fn module_attr(m: &str, name: &str) -> Result<Value> {
    Ok(match (m, name) {
        ("math", "pi") => Value::Float(std::f64::consts::PI),
        ("math", "e") => Value::Float(std::f64::consts::E),
        ("math", "tau") => Value::Float(std::f64::consts::TAU),
        ("math", "inf") => Value::Float(f64::INFINITY),
        ("math", "nan") => Value::Float(f64::NAN),
        ("re", "I" | "IGNORECASE") => Value::Int(2),
        ("re", "M" | "MULTILINE") => Value::Int(8),
        ("re", "S" | "DOTALL") => Value::Int(16),
        ("re", "X" | "VERBOSE") => Value::Int(64),
        ("re", "A" | "ASCII") => Value::Int(256),
        ("re", "error") => Value::Builtin("builtins.ValueError".into()),
        ("json", "JSONDecodeError") => Value::Builtin("builtins.JSONDecodeError".into()),
        ("dataclasses", "FrozenInstanceError") => {
            Value::Builtin("builtins.FrozenInstanceError".into())
        }
        ("datetime", "timezone") => Value::Builtin("datetime.timezone".into()),
        ("datetime", "UTC") => tz_value(0),
        ("datetime", "MINYEAR") => Value::Int(1),
        ("datetime", "MAXYEAR") => Value::Int(9999),
        ("string", "ascii_letters") => {
            Value::Str("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".into())
        }
        ("string", "ascii_lowercase") => Value::Str("abcdefghijklmnopqrstuvwxyz".into()),
        ("string", "ascii_uppercase") => Value::Str("ABCDEFGHIJKLMNOPQRSTUVWXYZ".into()),
        ("string", "digits") => Value::Str("0123456789".into()),
        ("string", "punctuation") => Value::Str("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".into()),
        ("os.path" | "os", "sep") => Value::Str("/".into()),
        ("os", "linesep") => Value::Str("\n".into()),
        ("os", "curdir") => Value::Str(".".into()),
        ("decimal", r) if r.starts_with("ROUND_") => Value::Str(r.into()),
        ("collections", "OrderedDict") => Value::Builtin("builtins.dict".into()),
        ("collections", "ChainMap") => {
            return Err(unsupported(
                &format!("collections.{name}"),
                "use a dict, a list or a class",
            ));
        }
        (m, n) => Value::Builtin(format!("{m}.{n}")),
    })
}

/// `Class.name` for the classes of those modules.
pub(crate) fn class_attr(b: &str, name: &str) -> Result<Value> {
    Ok(match (b, name) {
        ("datetime.timezone", "utc") => tz_value(0),
        ("datetime.datetime", "min") => dt(days_from_civil(1, 1, 1) as i64 * DAY),
        ("datetime.datetime", "max") => dt(days_from_civil(9999, 12, 31) as i64 * DAY + DAY - 1),
        (b, "__name__") => Value::Str(b.rsplit('.').next().unwrap_or(b).into()),
        (b, n) => Value::Builtin(format!("{b}.{n}")),
    })
}

const DAY: i64 = 86_400_000_000;

fn dt(us: i64) -> Value {
    Value::Native(Rc::new(Native::DateTime(us, None)))
}
fn dt_tz(us: i64, off: Option<i32>) -> Value {
    Value::Native(Rc::new(Native::DateTime(us, off)))
}

/// The UTC offset (seconds) a `tz`/`tzinfo` argument gives: `None` for naive (None or
/// absent), `timezone.utc`, `timezone(timedelta(...))`.
fn tz_arg(v: Option<&Value>) -> Result<Option<i32>> {
    Ok(match v {
        None | Some(Value::None) => None,
        Some(Value::Native(n)) => match n.as_ref() {
            Native::TimeZone(s) => Some(*s),
            _ => return Err(tz_type_error(v)),
        },
        Some(_) => return Err(tz_type_error(v)),
    })
}

fn tz_type_error(v: Option<&Value>) -> RunnelError {
    RunnelError::execution_plain(format!(
        "TypeError: tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
        v.map(|v| v.type_name()).unwrap_or("None")
    ))
    .with_exception("TypeError")
}

/// `+HH:MM` (with `:SS` when there are seconds) of an offset; `sep` between.
fn fmt_offset(off: i32, sep: &str) -> String {
    let sign = if off < 0 { '-' } else { '+' };
    let a = off.unsigned_abs();
    let mut s = format!("{sign}{:02}{sep}{:02}", a / 3600, a / 60 % 60);
    if !a.is_multiple_of(60) {
        s.push_str(&format!("{sep}{:02}", a % 60));
    }
    s
}

/// The tzinfo value of an offset (`timezone.utc` is the one of 0).
fn tz_value(off: i32) -> Value {
    Value::Native(Rc::new(Native::TimeZone(off)))
}

/// `repr()` of a timezone.
fn tz_repr(off: i32) -> String {
    if off == 0 {
        "datetime.timezone.utc".into()
    } else {
        format!("datetime.timezone(datetime.timedelta({}))", {
            let us = off as i64 * 1_000_000;
            let days = us.div_euclid(DAY);
            let secs = us.rem_euclid(DAY) / 1_000_000;
            match (days, secs) {
                (0, s) => format!("seconds={s}"),
                (d, 0) => format!("days={d}"),
                (d, s) => format!("days={d}, seconds={s}"),
            }
        })
    }
}

/// strftime of a datetime: `%z` and `%Z` from its offset (empty for a naive one).
fn strftime_tz(us: i64, off: Option<i32>, fmt: &str) -> String {
    if !fmt.contains("%z") && !fmt.contains("%Z") {
        return strftime(us, fmt);
    }
    let z = off.map(|o| fmt_offset(o, "")).unwrap_or_default();
    let zn = off
        .map(|o| {
            if o == 0 {
                "UTC".to_string()
            } else {
                format!("UTC{}", fmt_offset(o, ":"))
            }
        })
        .unwrap_or_default();
    // (`%%z` stays a literal `%z`.)
    let fmt = fmt
        .replace("%%", "\u{0}")
        .replace("%z", &z)
        .replace("%Z", &zn)
        .replace('\u{0}', "%%");
    strftime(us, &fmt)
}
fn date(days: i32) -> Value {
    Value::Native(Rc::new(Native::Date(days)))
}
fn td(us: i64) -> Value {
    Value::Native(Rc::new(Native::TimeDelta(us)))
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as i32
}

/// The civil date of days since 1970-01-01.
pub(crate) fn civil_from_days(z: i32) -> (i64, i64, i64) {
    let z = z as i64 + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// The fields of a datetime: year, month, day, hour, minute, second, microsecond.
fn dt_fields(us: i64) -> [i64; 7] {
    let days = us.div_euclid(DAY);
    let rem = us.rem_euclid(DAY);
    let (y, m, d) = civil_from_days(days as i32);
    let secs = rem / 1_000_000;
    [
        y,
        m,
        d,
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        rem % 1_000_000,
    ]
}

fn make_dt(f: [i64; 7]) -> Result<i64> {
    let [y, m, d, hh, mm, ss, us] = f;
    if !(1..=9999).contains(&y) {
        return Err(value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(value_error("month must be in 1..12"));
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err(value_error("day is out of range for month"));
    }
    if !(0..24).contains(&hh) || !(0..60).contains(&mm) || !(0..60).contains(&ss) {
        return Err(value_error("hour, minute or second out of range"));
    }
    if !(0..1_000_000).contains(&us) {
        return Err(value_error("microsecond must be in 0..999999"));
    }
    Ok(days_from_civil(y, m, d) as i64 * DAY + ((hh * 60 + mm) * 60 + ss) * 1_000_000 + us)
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Monday is 0.
fn weekday(days: i64) -> usize {
    (days + 3).rem_euclid(7) as usize
}

/// `format(v, spec)` of a datetime or date: its `strftime` (`f"{d:%Y-%m-%d}"`).
pub(crate) fn native_format(n: &Native, spec: &str) -> Option<String> {
    match n {
        Native::DateTime(us, off) => Some(strftime_tz(*us, *off, spec)),
        Native::Date(d) => Some(strftime(*d as i64 * DAY, spec)),
        _ => None,
    }
}

/// `strftime` for the common directives.
fn strftime(us: i64, fmt: &str) -> String {
    let [y, m, d, hh, mm, ss, micro] = dt_fields(us);
    let days = us.div_euclid(DAY);
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&format!("{y:04}")),
            Some('y') => out.push_str(&format!("{:02}", y % 100)),
            Some('m') => out.push_str(&format!("{m:02}")),
            Some('d') => out.push_str(&format!("{d:02}")),
            Some('H') => out.push_str(&format!("{hh:02}")),
            Some('I') => out.push_str(&format!("{:02}", if hh % 12 == 0 { 12 } else { hh % 12 })),
            Some('p') => out.push_str(if hh < 12 { "AM" } else { "PM" }),
            Some('M') => out.push_str(&format!("{mm:02}")),
            Some('S') => out.push_str(&format!("{ss:02}")),
            Some('f') => out.push_str(&format!("{micro:06}")),
            Some('j') => out.push_str(&format!(
                "{:03}",
                days - days_from_civil(y, 1, 1) as i64 + 1
            )),
            Some('a') => out.push_str(&WEEKDAYS[weekday(days)][..3]),
            Some('A') => out.push_str(WEEKDAYS[weekday(days)]),
            Some('w') => out.push_str(&((weekday(days) + 1) % 7).to_string()),
            Some('b') => out.push_str(&MONTHS[m as usize - 1][..3]),
            Some('B') => out.push_str(MONTHS[m as usize - 1]),
            Some('z') | Some('Z') => {}
            Some('%') => out.push('%'),
            Some(o) => {
                out.push('%');
                out.push(o);
            }
            None => out.push('%'),
        }
    }
    out
}

/// `datetime.strptime` for the common directives.
fn strptime(s: &str, fmt: &str) -> Result<i64> {
    let bad = || {
        value_error(format!(
            "time data {} does not match format {}",
            Value::Str(s.into()).repr(),
            Value::Str(fmt.into()).repr()
        ))
    };
    let mut f = [1900, 1, 1, 0, 0, 0, 0];
    let mut pm: Option<bool> = None;
    let b = s.as_bytes();
    let mut i = 0;
    let mut chars = fmt.chars();
    let num = |i: &mut usize, max: usize| -> Option<i64> {
        let start = *i;
        while *i < b.len() && *i - start < max && b[*i].is_ascii_digit() {
            *i += 1;
        }
        s[start..*i].parse().ok()
    };
    while let Some(c) = chars.next() {
        if c != '%' {
            if s[i..].starts_with(c) {
                i += c.len_utf8();
                continue;
            }
            return Err(bad());
        }
        let d = chars.next().ok_or_else(bad)?;
        let v = match d {
            'Y' => num(&mut i, 4),
            'm' | 'd' | 'H' | 'M' | 'S' | 'I' => num(&mut i, 2),
            'y' => num(&mut i, 2).map(|y| if y < 69 { 2000 + y } else { 1900 + y }),
            'f' => {
                let start = i;
                let v = num(&mut i, 6);
                v.map(|v| v * 10i64.pow(6 - (i - start) as u32))
            }
            'p' => {
                let rest = s[i..].to_ascii_uppercase();
                if rest.starts_with("AM") || rest.starts_with("PM") {
                    pm = Some(rest.starts_with("PM"));
                    i += 2;
                    continue;
                }
                None
            }
            'b' | 'B' => {
                let rest = s[i..].to_ascii_lowercase();
                let found = MONTHS.iter().enumerate().find_map(|(k, name)| {
                    let name = name.to_ascii_lowercase();
                    if d == 'B' && rest.starts_with(&name) {
                        Some((k, name.len()))
                    } else if d == 'b' && rest.starts_with(&name[..3]) {
                        Some((k, 3))
                    } else {
                        None
                    }
                });
                found.map(|(k, len)| {
                    i += len;
                    k as i64 + 1
                })
            }
            '%' => {
                if s[i..].starts_with('%') {
                    i += 1;
                    continue;
                }
                None
            }
            _ => {
                return Err(unsupported(
                    &format!("the strptime directive %{d}"),
                    "use %Y %m %d %H %M %S %f %p %b %B, or parse the column with to_timestamp() in the query",
                ));
            }
        }
        .ok_or_else(bad)?;
        match d {
            'Y' | 'y' => f[0] = v,
            'm' | 'b' | 'B' => f[1] = v,
            'd' => f[2] = v,
            'H' | 'I' => f[3] = v,
            'M' => f[4] = v,
            'S' => f[5] = v,
            'f' => f[6] = v,
            _ => {}
        }
    }
    if i != s.len() {
        return Err(value_error(format!(
            "unconverted data remains: {}",
            &s[i..]
        )));
    }
    if let Some(p) = pm {
        f[3] = f[3] % 12 + if p { 12 } else { 0 };
    }
    make_dt(f)
}

fn fmt_time(us: i64, sep: char) -> String {
    let [y, m, d, hh, mm, ss, micro] = dt_fields(us);
    let mut s = format!("{y:04}-{m:02}-{d:02}{sep}{hh:02}:{mm:02}:{ss:02}");
    if micro != 0 {
        s.push_str(&format!(".{micro:06}"));
    }
    s
}

fn fmt_date(days: i32) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn fmt_timedelta(us: i64) -> String {
    let days = us.div_euclid(DAY);
    let rem = us.rem_euclid(DAY);
    let secs = rem / 1_000_000;
    let mut s = String::new();
    if days != 0 {
        s.push_str(&format!(
            "{days} day{}, ",
            if days.abs() == 1 { "" } else { "s" }
        ));
    }
    s.push_str(&format!(
        "{}:{:02}:{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    ));
    if rem % 1_000_000 != 0 {
        s.push_str(&format!(".{:06}", rem % 1_000_000));
    }
    s
}

/// `str()` of a native object.
pub(crate) fn native_str(n: &Native) -> String {
    match n {
        Native::DateTime(us, off) => {
            fmt_time(*us, ' ') + &off.map(|o| fmt_offset(o, ":")).unwrap_or_default()
        }
        Native::TimeZone(0) => "UTC".into(),
        Native::TimeZone(o) => format!("UTC{}", fmt_offset(*o, ":")),
        Native::Date(d) => fmt_date(*d),
        Native::TimeDelta(us) => fmt_timedelta(*us),
        Native::Uuid(u) => u.clone(),
        Native::TempDir(p, _) => format!("<TemporaryDirectory '{p}'>"),
        Native::Decimal(d) => d.to_py_str(),
        other => native_repr(other),
    }
}

/// `repr()` of a native object.
pub(crate) fn native_repr(n: &Native) -> String {
    match n {
        Native::DateTime(us, off) => {
            let f = dt_fields(*us);
            let mut parts: Vec<String> = f[..5].iter().map(|x| x.to_string()).collect();
            if f[5] != 0 || f[6] != 0 {
                parts.push(f[5].to_string());
            }
            if f[6] != 0 {
                parts.push(f[6].to_string());
            }
            if let Some(o) = off {
                parts.push(format!("tzinfo={}", tz_repr(*o)));
            }
            format!("datetime.datetime({})", parts.join(", "))
        }
        Native::TimeZone(o) => tz_repr(*o),
        Native::Date(d) => {
            let (y, m, dd) = civil_from_days(*d);
            format!("datetime.date({y}, {m}, {dd})")
        }
        Native::TimeDelta(us) => {
            let days = us.div_euclid(DAY);
            let rem = us.rem_euclid(DAY);
            let mut parts = Vec::new();
            if days != 0 {
                parts.push(format!("days={days}"));
            }
            if rem / 1_000_000 != 0 {
                parts.push(format!("seconds={}", rem / 1_000_000));
            }
            if rem % 1_000_000 != 0 {
                parts.push(format!("microseconds={}", rem % 1_000_000));
            }
            if parts.is_empty() {
                parts.push("0".into());
            }
            format!("datetime.timedelta({})", parts.join(", "))
        }
        Native::Regex(r) => format!("re.compile({})", Value::Str(r.pattern.clone()).repr()),
        Native::Match(m) => format!(
            "<re.Match object; span=({}, {}), match={}>",
            m.char_pos(m.groups[0].map_or(0, |g| g.0)),
            m.char_pos(m.groups[0].map_or(0, |g| g.1)),
            Value::Str(m.group_str(0).unwrap_or_default()).repr()
        ),
        Native::File(f) => format!("<_io.TextIOWrapper name='{}'>", f.borrow().path),
        Native::TempDir(p, _) => format!("<TemporaryDirectory '{p}'>"),
        Native::Uuid(u) => format!("UUID('{u}')"),
        Native::Decimal(d) => d.repr(),
        Native::Bytes(b) => bytes_repr(b),
        Native::Hash(alg, _) => format!("<{alg} _hashlib.HASH object>"),
        Native::Iter(s) => match s.borrow().kind() {
            "generator" => format!("<generator object at {:#x}>", n as *const Native as usize),
            kind => format!("<{kind} object at {:#x}>", n as *const Native as usize),
        },
    }
}

/// Python's `repr()` of bytes: `b'...'`, printable ASCII as itself, the rest escaped.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = format!("b{quote}");
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}

/// The bytes a hash is given: `bytes` (a `str` is Python's TypeError).
fn hash_data(v: &Value) -> Result<Vec<u8>> {
    match v {
        Value::Native(n) => match n.as_ref() {
            Native::Bytes(b) => Ok(b.clone()),
            _ => Err(type_error_plain(&format!(
                "object supporting the buffer API required, not {}",
                v.type_name()
            ))),
        },
        Value::Str(_) => Err(type_error_plain("Strings must be encoded before hashing")),
        other => Err(type_error_plain(&format!(
            "object supporting the buffer API required, not {}",
            other.type_name()
        ))),
    }
}

fn type_error_plain(msg: &str) -> RunnelError {
    RunnelError::execution_plain(format!("TypeError: {msg}")).with_exception("TypeError")
}

/// `bytes` as a value.
pub(crate) fn bytes_value(b: Vec<u8>) -> Value {
    Value::Native(Rc::new(Native::Bytes(b)))
}

/// `isinstance(n, b)` for a built-in class name `b`.
pub(crate) fn native_is(n: &Native, b: &str) -> bool {
    matches!(
        (n, b),
        (Native::DateTime(..), "datetime.datetime" | "datetime.date")
            | (Native::TimeZone(_), "datetime.timezone" | "datetime.tzinfo")
            | (Native::Date(_), "datetime.date")
            | (Native::TimeDelta(_), "datetime.timedelta")
            | (Native::Regex(_), "re.Pattern")
            | (Native::Uuid(_), "uuid.UUID")
            | (Native::Decimal(_), "decimal.Decimal")
            | (Native::Bytes(_), "builtins.bytes")
    )
}

/// Operators on datetimes, dates and timedeltas; None when neither operand is one.
pub(crate) fn native_binop(l: &Value, op: Operator, r: &Value) -> Option<Result<Value>> {
    if let Some(v) = decimal_binop(l, op, r) {
        return Some(v);
    }
    let (Value::Native(a), b) = (l, r) else {
        if let (Value::Int(_) | Value::Float(_), Value::Native(n)) = (l, r)
            && let (Native::TimeDelta(us), Operator::Mult) = (n.as_ref(), op)
        {
            return Some(Ok(td((*us as f64 * py_num(l)?).round() as i64)));
        }
        return None;
    };
    let overflow = || {
        Err(RunnelError::execution_plain(
            "OverflowError: date value out of range",
        ))
    };
    Some(match (a.as_ref(), op, b) {
        (Native::DateTime(x, o), Operator::Add, Value::Native(n)) => match n.as_ref() {
            Native::TimeDelta(d) => x
                .checked_add(*d)
                .map_or_else(overflow, |v| Ok(dt_tz(v, *o))),
            _ => return None,
        },
        (Native::DateTime(x, o), Operator::Sub, Value::Native(n)) => match n.as_ref() {
            Native::TimeDelta(d) => Ok(dt_tz(x - d, *o)),
            // Two aware datetimes: their instants; naive and aware: Python's TypeError.
            Native::DateTime(y, p) => match (o, p) {
                (None, None) => Ok(td(x - y)),
                (Some(a), Some(b)) => {
                    Ok(td((x - *a as i64 * 1_000_000) - (y - *b as i64 * 1_000_000)))
                }
                _ => Err(RunnelError::execution_plain(
                    "TypeError: can't subtract offset-naive and offset-aware datetimes",
                )
                .with_exception("TypeError")),
            },
            _ => return None,
        },
        (Native::Date(x), Operator::Add | Operator::Sub, Value::Native(n)) => match n.as_ref() {
            Native::TimeDelta(d) => {
                let days = d.div_euclid(DAY) as i32;
                Ok(date(if op == Operator::Add {
                    x + days
                } else {
                    x - days
                }))
            }
            Native::Date(y) if op == Operator::Sub => Ok(td((x - y) as i64 * DAY)),
            _ => return None,
        },
        (Native::TimeDelta(x), Operator::Add | Operator::Sub, Value::Native(n)) => {
            match n.as_ref() {
                Native::TimeDelta(y) => Ok(td(if op == Operator::Add { x + y } else { x - y })),
                _ => return None,
            }
        }
        (Native::TimeDelta(x), Operator::Mult, _) => {
            Ok(td((*x as f64 * py_num(b)?).round() as i64))
        }
        // timedelta / timedelta, // and % of two: a float, an int, a timedelta.
        (
            Native::TimeDelta(x),
            Operator::Div | Operator::FloorDiv | Operator::Mod,
            Value::Native(n),
        ) => match n.as_ref() {
            Native::TimeDelta(0) => Err(RunnelError::execution_plain(
                "ZeroDivisionError: integer division or modulo by zero",
            )
            .with_exception("ZeroDivisionError")),
            Native::TimeDelta(y) => Ok(match op {
                Operator::Div => Value::Float(*x as f64 / *y as f64),
                Operator::FloorDiv => Value::Int(x.div_euclid(*y)),
                _ => td(x.rem_euclid(*y)),
            }),
            _ => return None,
        },
        (Native::TimeDelta(x), Operator::Div | Operator::FloorDiv, _) => {
            let d = py_num(b)?;
            if d == 0.0 {
                return Some(Err(RunnelError::execution_plain(
                    "ZeroDivisionError: division by zero",
                )
                .with_exception("ZeroDivisionError")));
            }
            Ok(td((*x as f64 / d).floor() as i64))
        }
        _ => return None,
    })
}

/// Order of two native values of one kind.
pub(crate) fn native_cmp(l: &Value, r: &Value) -> Option<Ordering> {
    if let Some(o) = decimal_cmp(l, r) {
        return Some(o);
    }
    let (Value::Native(a), Value::Native(b)) = (l, r) else {
        return None;
    };
    match (a.as_ref(), b.as_ref()) {
        // Aware datetimes by their instants (a naive one and an aware one do not compare).
        (Native::DateTime(x, o), Native::DateTime(y, p)) => match (o, p) {
            (None, None) => Some(x.cmp(y)),
            (Some(a), Some(b)) => {
                Some((x - *a as i64 * 1_000_000).cmp(&(y - *b as i64 * 1_000_000)))
            }
            _ => None,
        },
        (Native::TimeZone(x), Native::TimeZone(y)) => Some(x.cmp(y)),
        (Native::TimeDelta(x), Native::TimeDelta(y)) => Some(x.cmp(y)),
        (Native::Date(x), Native::Date(y)) => Some(x.cmp(y)),
        (Native::Uuid(x), Native::Uuid(y)) => Some(x.cmp(y)),
        (Native::Bytes(x), Native::Bytes(y)) => Some(x.cmp(y)),
        _ => None,
    }
}

/// A Decimal operand: a Decimal, or an int (which Python's Decimal arithmetic takes).
fn as_decimal(v: &Value) -> Option<Dec> {
    match v {
        Value::Native(n) => match n.as_ref() {
            Native::Decimal(d) => Some(d.clone()),
            _ => None,
        },
        Value::Int(i) => Some(Dec::from_int(*i)),
        Value::Bool(b) => Some(Dec::from_int(*b as i64)),
        Value::BigInt(b) => Some(Dec::from_int(b.as_ref().clone())),
        _ => None,
    }
}

/// `Decimal` values in Python: a Value of one.
pub(crate) fn decimal_value(d: Dec) -> Value {
    Value::Native(Rc::new(Native::Decimal(d)))
}

fn is_decimal(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(n.as_ref(), Native::Decimal(_)))
}

/// Arithmetic with a Decimal operand (Decimal with Decimal or int; a float is Python's
/// TypeError); None when neither operand is a Decimal.
fn decimal_binop(l: &Value, op: Operator, r: &Value) -> Option<Result<Value>> {
    if !is_decimal(l) && !is_decimal(r) {
        return None;
    }
    let (Some(a), Some(b)) = (as_decimal(l), as_decimal(r)) else {
        return Some(Err(RunnelError::execution_plain(format!(
            "TypeError: unsupported operand type(s) for {}: '{}' and '{}'",
            op.as_str(),
            if is_decimal(l) {
                "decimal.Decimal"
            } else {
                l.type_name()
            },
            if is_decimal(r) {
                "decimal.Decimal"
            } else {
                r.type_name()
            },
        ))
        .with_exception("TypeError")));
    };
    Some(Ok(match op {
        Operator::Add => decimal_value(a.add(&b)),
        Operator::Sub => decimal_value(a.sub(&b)),
        Operator::Mult => decimal_value(a.mul(&b)),
        Operator::Div => match a.div(&b) {
            Ok(d) => decimal_value(d),
            Err(e) => return Some(Err(e)),
        },
        Operator::FloorDiv | Operator::Mod => match a.div_mod(&b) {
            Ok((q, m)) => decimal_value(if op == Operator::Mod { m } else { q }),
            Err(e) => return Some(Err(e)),
        },
        _ => {
            return Some(Err(RunnelError::not_supported(format!(
                "the operator {} on Decimal values in Runnel's runner; use + - * / // %",
                op.as_str()
            ))));
        }
    }))
}

/// Order of a Decimal and another number (an int, a float: exactly, as Python does).
pub(crate) fn decimal_cmp(l: &Value, r: &Value) -> Option<Ordering> {
    if !is_decimal(l) && !is_decimal(r) {
        return None;
    }
    let exact = |v: &Value| match v {
        Value::Float(f) => Dec::from_f64(*f).ok(),
        other => as_decimal(other),
    };
    Some(exact(l)?.cmp_value(&exact(r)?))
}

/// Attributes of native objects (fields; methods come back as bound methods).
pub(crate) fn native_attr(obj: &Value, name: &str) -> Result<Value> {
    let Value::Native(n) = obj else {
        return Err(RunnelError::internal("native_attr of a non-native value"));
    };
    let field = |i: usize, us: i64| Value::Int(dt_fields(us)[i]);
    Ok(match (n.as_ref(), name) {
        (Native::DateTime(us, _), "year") => field(0, *us),
        (Native::DateTime(us, _), "month") => field(1, *us),
        (Native::DateTime(us, _), "day") => field(2, *us),
        (Native::DateTime(us, _), "hour") => field(3, *us),
        (Native::DateTime(us, _), "minute") => field(4, *us),
        (Native::DateTime(us, _), "second") => field(5, *us),
        (Native::DateTime(us, _), "microsecond") => field(6, *us),
        (Native::DateTime(_, off), "tzinfo") => off.map(tz_value).unwrap_or(Value::None),
        (Native::Date(d), "year") => field(0, *d as i64 * DAY),
        (Native::Date(d), "month") => field(1, *d as i64 * DAY),
        (Native::Date(d), "day") => field(2, *d as i64 * DAY),
        (Native::TimeDelta(us), "days") => Value::Int(us.div_euclid(DAY)),
        (Native::TimeDelta(us), "seconds") => Value::Int(us.rem_euclid(DAY) / 1_000_000),
        (Native::TimeDelta(us), "microseconds") => Value::Int(us.rem_euclid(1_000_000)),
        (Native::Regex(r), "pattern") => Value::Str(r.pattern.clone()),
        (Native::Regex(r), "flags") => Value::Int(r.flags),
        (Native::Regex(r), "groups") => Value::Int(r.names.len() as i64 - 1),
        (Native::Match(m), "string") => Value::Str(m.string.clone()),
        (Native::Match(m), "lastindex") => m
            .groups
            .iter()
            .rposition(|g| g.is_some())
            .filter(|i| *i > 0)
            .map_or(Value::None, |i| Value::Int(i as i64)),
        (Native::File(f), "name") => Value::Str(f.borrow().path.clone()),
        (Native::File(f), "closed") => Value::Bool(f.borrow().closed),
        (Native::File(f), "mode") => Value::Str(f.borrow().mode.clone()),
        (Native::TempDir(p, _), "name") => Value::Str(p.clone()),
        (Native::Uuid(u), "hex") => Value::Str(u.replace('-', "")),
        (Native::Hash(alg, _), "name") => Value::Str(alg.to_string()),
        (Native::Hash(alg, _), "digest_size") => Value::Int(
            runnel_core::expr::functions::digest_of(alg, b"").map_or(0, |d| d.len() as i64),
        ),
        _ => Value::Method(Box::new(obj.clone()), name.into()),
    })
}

/// Methods of native objects.
pub(crate) fn native_method(
    it: &Interpreter,
    n: &Rc<Native>,
    name: &str,
    args: &Args,
) -> Result<Value> {
    let no_method = || {
        RunnelError::execution_plain(format!(
            "AttributeError: '{}' object has no attribute '{name}'",
            Value::Native(n.clone()).type_name()
        ))
        .with_exception("AttributeError")
    };
    Ok(match n.as_ref() {
        Native::DateTime(us, off) => match name {
            "strftime" => Value::Str(strftime_tz(*us, *off, &args.str(0, "format")?)),
            "isoformat" => Value::Str(
                fmt_time(
                    *us,
                    args.opt_str(0, "sep")?
                        .and_then(|s| s.chars().next())
                        .unwrap_or('T'),
                ) + &off.map(|o| fmt_offset(o, ":")).unwrap_or_default(),
            ),
            // (A naive datetime is in the runner's local time, UTC.)
            "timestamp" => Value::Float((*us - off.unwrap_or(0) as i64 * 1_000_000) as f64 / 1e6),
            "utcoffset" => off.map(|o| td(o as i64 * 1_000_000)).unwrap_or(Value::None),
            "tzname" => off
                .map(|o| {
                    Value::Str(if o == 0 {
                        "UTC".into()
                    } else {
                        format!("UTC{}", fmt_offset(o, ":"))
                    })
                })
                .unwrap_or(Value::None),
            // astimezone(tz): the same instant at tz's offset (no tz: local, UTC).
            "astimezone" => {
                let to = tz_arg(args.get(0, "tz"))?.unwrap_or(0);
                let instant = us - off.unwrap_or(0) as i64 * 1_000_000;
                dt_tz(instant + to as i64 * 1_000_000, Some(to))
            }
            "date" => date(us.div_euclid(DAY) as i32),
            "weekday" => Value::Int(weekday(us.div_euclid(DAY)) as i64),
            "isoweekday" => Value::Int(weekday(us.div_euclid(DAY)) as i64 + 1),
            "replace" => {
                let mut f = dt_fields(*us);
                for (i, k) in [
                    "year",
                    "month",
                    "day",
                    "hour",
                    "minute",
                    "second",
                    "microsecond",
                ]
                .iter()
                .enumerate()
                {
                    if let Some(v) = args.keywords().iter().find(|(n, _)| n == k) {
                        f[i] = py_num(&v.1).unwrap_or(0.0) as i64;
                    }
                }
                let off = match args.keywords().iter().find(|(n, _)| n == "tzinfo") {
                    Some((_, v)) => tz_arg(Some(v))?,
                    None => *off,
                };
                dt_tz(make_dt(f)?, off)
            }
            _ => return Err(no_method()),
        },
        Native::Date(d) => match name {
            "strftime" => Value::Str(strftime(*d as i64 * DAY, &args.str(0, "format")?)),
            "isoformat" => Value::Str(fmt_date(*d)),
            "weekday" => Value::Int(weekday(*d as i64) as i64),
            "isoweekday" => Value::Int(weekday(*d as i64) as i64 + 1),
            _ => return Err(no_method()),
        },
        Native::TimeDelta(us) => match name {
            "total_seconds" => Value::Float(*us as f64 / 1e6),
            _ => return Err(no_method()),
        },
        Native::TimeZone(o) => match name {
            "utcoffset" => td(*o as i64 * 1_000_000),
            "tzname" => Value::Str(if *o == 0 {
                "UTC".into()
            } else {
                format!("UTC{}", fmt_offset(*o, ":"))
            }),
            _ => return Err(no_method()),
        },
        Native::Decimal(d) => match name {
            "quantize" => {
                let Some(q) = as_decimal(args.req(0, "exp")?) else {
                    return Err(type_error(
                        "quantize",
                        "exp",
                        "Decimal",
                        args.req(0, "exp")?,
                    ));
                };
                let mode = match args.get(1, "rounding") {
                    Some(Value::Str(r)) => Rounding::from_name(r).unwrap_or(Rounding::HalfEven),
                    _ => Rounding::HalfEven,
                };
                decimal_value(d.rescale(q.exp, mode))
            }
            "normalize" => decimal_value(d.normalize()),
            "to_integral_value" | "to_integral" => {
                decimal_value(d.rescale(0.max(d.exp), Rounding::HalfEven))
            }
            "is_zero" => Value::Bool(!d.is_nonzero()),
            "is_signed" => Value::Bool(d.coef.sign() == num_bigint::Sign::Minus),
            "is_nan" | "is_infinite" | "is_snan" | "is_qnan" => Value::Bool(false),
            "is_finite" => Value::Bool(true),
            "__float__" => Value::Float(d.to_f64()),
            _ => return Err(no_method()),
        },
        Native::Regex(r) => {
            let s = if matches!(name, "sub" | "subn") {
                args.str(1, "string")?
            } else {
                args.str(0, "string")?
            };
            regex_op(it, r, name, &s, args)?
        }
        Native::Match(m) => match name {
            "group" => {
                if args.pos.len() > 1 {
                    Value::Tuple(
                        args.pos
                            .iter()
                            .map(|g| m.group(g))
                            .collect::<Result<Vec<_>>>()?,
                    )
                } else {
                    m.group(args.get(0, "group").unwrap_or(&Value::Int(0)))?
                }
            }
            "groups" => Value::Tuple(
                (1..m.groups.len())
                    .map(|i| m.group(&Value::Int(i as i64)))
                    .collect::<Result<Vec<_>>>()?,
            ),
            "groupdict" => Value::dict(
                m.names
                    .iter()
                    .enumerate()
                    .filter_map(|(i, n)| n.as_ref().map(|n| (i, n)))
                    .map(|(i, n)| Ok((Value::Str(n.clone()), m.group(&Value::Int(i as i64))?)))
                    .collect::<Result<Vec<_>>>()?,
            ),
            "start" | "end" | "span" => {
                let g = m.index(args.get(0, "group").unwrap_or(&Value::Int(0)))?;
                let (a, b) = match m.groups[g] {
                    Some((a, b)) => (m.char_pos(a) as i64, m.char_pos(b) as i64),
                    None => (-1, -1),
                };
                match name {
                    "start" => Value::Int(a),
                    "end" => Value::Int(b),
                    _ => Value::Tuple(vec![Value::Int(a), Value::Int(b)]),
                }
            }
            _ => return Err(no_method()),
        },
        Native::File(f) => file_method(it, f, name, args)?,
        Native::TempDir(p, done) => match name {
            "cleanup" => {
                remove_tree(it, p);
                done.set(true);
                Value::None
            }
            _ => return Err(no_method()),
        },
        Native::Uuid(_) => return Err(no_method()),
        Native::Bytes(b) => match name {
            "decode" => Value::Str(String::from_utf8(b.clone()).map_err(|e| {
                RunnelError::execution_plain(format!(
                    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b[e.utf8_error().valid_up_to()],
                    e.utf8_error().valid_up_to()
                ))
                .with_exception("UnicodeDecodeError")
            })?),
            "hex" => Value::Str(runnel_core::expr::functions::hex(b)),
            _ => return Err(no_method()),
        },
        Native::Hash(alg, data) => match name {
            "update" => {
                let more = hash_data(args.req(0, "data")?)?;
                data.borrow_mut().extend(more);
                Value::None
            }
            "digest" | "hexdigest" => {
                let d = runnel_core::expr::functions::digest_of(alg, &data.borrow())
                    .ok_or_else(|| RunnelError::internal("a hash of an unknown algorithm"))?;
                if name == "digest" {
                    bytes_value(d)
                } else {
                    Value::Str(runnel_core::expr::functions::hex(&d))
                }
            }
            "copy" => Value::Native(Rc::new(Native::Hash(alg, RefCell::new(data.borrow().clone())))),
            _ => return Err(no_method()),
        },
        Native::Iter(s) => match name {
            "__iter__" => Value::Native(n.clone()),
            "__next__" => super::iter::next_of(s)?.ok_or_else(|| {
                RunnelError::execution_plain("StopIteration").with_exception("StopIteration")
            })?,
            // A generator's send(value): resumed with the value of its `yield`.
            "send" if s.borrow().kind() == "generator" => {
                let v = args.req(0, "value")?.clone();
                generator_step(s, super::generator::Input::Send(v))?
            }
            // throw(exc): raised at the `yield` it stands at.
            "throw" if s.borrow().kind() == "generator" => {
                let e = it.raise_value(args.req(0, "value")?.clone())?;
                generator_step(s, super::generator::Input::Throw(e))?
            }
            // close(): GeneratorExit raised at its `yield` (its `finally` blocks and
            // `with` exits run); nothing more comes.
            "close" if s.borrow().kind() == "generator" => {
                let exit = RunnelError::execution_plain("GeneratorExit").with_exception("GeneratorExit");
                let started = matches!(&*s.borrow(), super::iter::PyIter::Gen(_));
                match super::iter::resume_gen(s, super::generator::Input::Throw(exit)) {
                    Ok(Some(super::generator::Step::Yield(_))) if started => {
                        return Err(RunnelError::execution_plain(
                            "RuntimeError: generator ignored GeneratorExit",
                        )
                        .with_exception("RuntimeError"));
                    }
                    Err(e)
                        if !matches!(
                            super::builtins::py_exception_name(&e).as_str(),
                            "GeneratorExit" | "StopIteration"
                        ) =>
                    {
                        return Err(e);
                    }
                    Ok(None) => {
                        // One that ran to its end when called: what is left goes.
                        super::iter::rest(s)?;
                    }
                    _ => {}
                }
                Value::None
            }
            _ => return Err(no_method()),
        },
    })
}

/// A generator's `send`/`throw`: the value it yields next; StopIteration (with its
/// return value) when it ends.
fn generator_step(
    s: &RefCell<super::iter::PyIter>,
    input: super::generator::Input,
) -> Result<Value> {
    match super::iter::resume_gen(s, input)? {
        Some(super::generator::Step::Yield(v)) => Ok(v),
        Some(super::generator::Step::Return(v)) => {
            let message = match &v {
                Value::None => "StopIteration".to_string(),
                v => format!("StopIteration: {}", v.to_py_str()),
            };
            Err(RunnelError::execution_plain(message).with_exception("StopIteration"))
        }
        // One that ran to its end when called, or has ended.
        None => match super::iter::next_of(s)? {
            Some(v) => Ok(v),
            None => {
                Err(RunnelError::execution_plain("StopIteration").with_exception("StopIteration"))
            }
        },
    }
}

/// What `with` binds for a native object.
pub(crate) fn native_enter(mgr: &Value, n: &Native) -> Result<Value> {
    Ok(match n {
        Native::TempDir(p, _) => Value::Str(p.clone()),
        Native::File(_) => mgr.clone(),
        _ => {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: '{}' object does not support the context manager protocol",
                mgr.type_name()
            ))
            .with_exception("TypeError"));
        }
    })
}

/// Leaving `with` for a native object: a file is closed, a temporary directory removed.
pub(crate) fn native_exit(it: &Interpreter, n: &Native) -> Result<()> {
    match n {
        Native::File(f) => close_file(it, f),
        Native::TempDir(p, done) => {
            if !done.replace(true) {
                remove_tree(it, p);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn remove_tree(it: &Interpreter, p: &str) {
    let _ = it.session.file_system().remove_dir_all(p);
}

/// A file's listing entry (its size and modification time): Python's FileNotFoundError
/// when there is no file there.
fn file_entry(it: &Interpreter, p: &str) -> Result<runnel_core::io::fs::FileEntry> {
    it.session
        .file_system()
        .stat(p)
        .ok_or_else(|| os_error(std::io::ErrorKind::NotFound.into(), p))
}

/// What `path` names in the session's file system.
fn path_kind(it: &Interpreter, path: &str) -> PathKind {
    it.session.file_system().kind(path)
}

// ---- files ----

/// A file opened with `open()`: read whole at open, written whole at close, through
/// the session's file system (the local disk natively, the page's files in a browser).
pub struct FileState {
    /// Its path.
    pub path: String,
    /// `r`, `w`, `a` (`b` and `t` dropped).
    pub mode: String,
    /// What was read (reading) or written so far (writing).
    text: String,
    /// The read position (bytes).
    pos: usize,
    /// Closed.
    pub closed: bool,
    /// Where it is written.
    fs: runnel_core::io::fs::FileSystemRef,
}

impl Drop for FileState {
    /// A file left open is written when its last reference goes, as CPython's reference
    /// counting closes it (`open(path, "w").write(text)` writes the file).
    fn drop(&mut self) {
        if !self.closed && self.mode != "r" {
            self.closed = true;
            let _ = self.fs.write(&self.path, self.text.as_bytes());
        }
    }
}

fn open_file(it: &Interpreter, args: &Args) -> Result<Value> {
    let path = match args.req(0, "file")? {
        Value::Str(s) => s.clone(),
        other => return Err(type_error("open", "file", "str", other)),
    };
    let mode = args.opt_str(1, "mode")?.unwrap_or_else(|| "r".into());
    if mode.contains('b') {
        return Err(unsupported(
            "open() in binary mode",
            "open the file as text (mode \"r\", \"w\" or \"a\")",
        ));
    }
    let _ = args.get(2, "buffering");
    let _ = args.get(4, "errors");
    if let Some(Value::Str(e)) = args.get(3, "encoding") {
        let e = e.to_ascii_lowercase().replace(['-', '_'], "");
        if !matches!(e.as_str(), "utf8" | "utf8sig" | "ascii" | "usascii") {
            return Err(unsupported(
                &format!("open() with encoding={e:?}"),
                "files are read and written as UTF-8: open it without encoding= or with encoding=\"utf-8\"",
            ));
        }
    }
    // Universal newlines (newline=None, the default): "\r\n" and "\r" read as "\n".
    let newline = match args.get(5, "newline") {
        None | Some(Value::None) => None,
        Some(Value::Str(n)) if matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") => Some(n.clone()),
        Some(Value::Str(n)) => return Err(value_error(format!("illegal newline value: {n}"))),
        Some(other) => return Err(type_error("open", "newline", "str", other)),
    };
    let fs = it.session.file_system();
    let kind = mode.replace(['t', '+'], "");
    let text = match kind.as_str() {
        "r" => {
            let data = fs.read(&path).map_err(|_| {
                RunnelError::execution_plain(format!(
                    "FileNotFoundError: [Errno 2] No such file or directory: '{path}'"
                ))
                .with_exception("FileNotFoundError")
            })?;
            let text = String::from_utf8_lossy(&data).into_owned();
            match newline {
                None if text.contains('\r') => text.replace("\r\n", "\n").replace('\r', "\n"),
                _ => text,
            }
        }
        "a" => fs
            .read(&path)
            .map(|d| String::from_utf8_lossy(&d).into_owned())
            .unwrap_or_default(),
        "w" | "x" => String::new(),
        other => return Err(value_error(format!("invalid mode: '{other}'"))),
    };
    Ok(Value::Native(Rc::new(Native::File(RefCell::new(
        FileState {
            path,
            mode: kind,
            text,
            pos: 0,
            closed: false,
            fs,
        },
    )))))
}

fn close_file(it: &Interpreter, f: &RefCell<FileState>) -> Result<()> {
    let mut st = f.borrow_mut();
    if st.closed {
        return Ok(());
    }
    st.closed = true;
    if st.mode != "r" {
        it.session
            .file_system()
            .write(&st.path, st.text.as_bytes())?;
    }
    Ok(())
}

fn file_method(it: &Interpreter, f: &RefCell<FileState>, name: &str, args: &Args) -> Result<Value> {
    if f.borrow().closed && name != "close" {
        return Err(value_error("I/O operation on closed file."));
    }
    let reading = f.borrow().mode == "r";
    let not_readable = || {
        RunnelError::execution_plain(format!(
            "io.UnsupportedOperation: not {}",
            if reading { "writable" } else { "readable" }
        ))
        .with_exception("OSError")
    };
    Ok(match name {
        "read" | "readline" | "readlines" if !reading => return Err(not_readable()),
        "write" | "writelines" if reading => return Err(not_readable()),
        "read" => {
            let mut st = f.borrow_mut();
            let rest = st.text[st.pos..].to_string();
            st.pos = st.text.len();
            Value::Str(rest)
        }
        "readline" => {
            let mut st = f.borrow_mut();
            let rest = &st.text[st.pos..];
            let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
            let line = rest[..end].to_string();
            st.pos += end;
            Value::Str(line)
        }
        "readlines" => Value::list(file_lines(f)),
        "write" => {
            let s = args.str(0, "s")?;
            f.borrow_mut().text.push_str(&s);
            Value::Int(s.chars().count() as i64)
        }
        "writelines" => {
            for l in iterate(args.req(0, "lines")?)? {
                f.borrow_mut().text.push_str(&l.to_py_str());
            }
            Value::None
        }
        "close" => {
            close_file(it, f)?;
            Value::None
        }
        "flush" => Value::None,
        _ => {
            return Err(RunnelError::execution_plain(format!(
                "AttributeError: file object has no attribute '{name}'"
            )));
        }
    })
}

/// The lines left in a file open for reading (`for line in f`).
pub(crate) fn file_lines(f: &RefCell<FileState>) -> Vec<Value> {
    let mut st = f.borrow_mut();
    let rest = st.text[st.pos..].to_string();
    st.pos = st.text.len();
    rest.split_inclusive('\n')
        .map(|l| Value::Str(l.to_string()))
        .collect()
}

// ---- regular expressions ----

type Groups = Vec<Option<(usize, usize)>>;
/// Finds a match at or after a byte position.
type FindFn = Box<dyn Fn(&str, usize) -> Option<Groups>>;
/// Matches a whole string.
type FullFn = Box<dyn Fn(&str) -> Option<Groups>>;

/// A compiled pattern (Rust's `regex`, which shares Python's syntax but for
/// look-around and backreferences).
pub struct Regex {
    /// The pattern as written.
    pub pattern: String,
    /// `re` flags.
    pub flags: i64,
    /// The first match at or after a byte position.
    find: FindFn,
    /// A match of the whole string.
    full: FullFn,
    /// The group names (index 0 is the whole match).
    names: Vec<Option<String>>,
}

/// A match.
pub struct Match {
    string: String,
    groups: Groups,
    names: Vec<Option<String>>,
}

impl Match {
    fn char_pos(&self, byte: usize) -> usize {
        self.string[..byte].chars().count()
    }
    fn group_str(&self, i: usize) -> Option<String> {
        self.groups
            .get(i)
            .copied()
            .flatten()
            .map(|(a, b)| self.string[a..b].to_string())
    }
    fn index(&self, g: &Value) -> Result<usize> {
        let i = match g {
            Value::Int(i) => usize::try_from(*i).ok(),
            Value::Str(n) => self.names.iter().position(|x| x.as_deref() == Some(n)),
            _ => None,
        };
        i.filter(|i| *i < self.groups.len()).ok_or_else(|| {
            RunnelError::execution_plain("IndexError: no such group").with_exception("IndexError")
        })
    }
    fn group(&self, g: &Value) -> Result<Value> {
        let i = self.index(g)?;
        Ok(self.group_str(i).map_or(Value::None, Value::Str))
    }
}

/// Python's pattern in the syntax the regex engine reads: `\Z` (the end of the string)
/// is its `\z`.
fn rust_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Z') => out.push_str("\\z"),
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn compile(python_pattern: &str, flags: i64) -> Result<Regex> {
    let pattern = &rust_pattern(python_pattern);
    let mut prefix = String::new();
    for (bit, f) in [(2, 'i'), (8, 'm'), (16, 's'), (64, 'x')] {
        if flags & bit != 0 {
            prefix.push(f);
        }
    }
    let prefix = if prefix.is_empty() {
        String::new()
    } else {
        format!("(?{prefix})")
    };
    let err = |e: RunnelError| {
        RunnelError::execution_plain(format!(
            "re.error: {} (Runnel's runner uses Rust's regex syntax, Python's without look-around and backreferences)",
            e.message
        ))
        .with_exception("ValueError")
    };
    let re = runnel_core::expr::coerce::compile_java_regex(&format!("{prefix}{pattern}"))
        .map_err(err)?;
    let full =
        runnel_core::expr::coerce::compile_java_regex(&format!("{prefix}\\A(?:{pattern})\\z"))
            .map_err(err)?;
    let names: Vec<Option<String>> = re.capture_names().map(|n| n.map(String::from)).collect();
    Ok(Regex {
        pattern: python_pattern.to_string(),
        flags,
        find: Box::new(move |s: &str, at: usize| {
            re.captures_at(s, at)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
        }),
        full: Box::new(move |s: &str| {
            full.captures(s)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
        }),
        names,
    })
}

fn make_match(r: &Regex, s: &str, groups: Groups) -> Value {
    Value::Native(Rc::new(Native::Match(Rc::new(Match {
        string: s.to_string(),
        groups,
        names: r.names.clone(),
    }))))
}

/// Python's replacement template: `\1`, `\g<1>`, `\g<name>`, `\n`, `\\`.
fn expand(tpl: &str, m: &Match) -> Result<String> {
    let mut out = String::new();
    let mut chars = tpl.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(d) if d.is_ascii_digit() => {
                let mut n = d.to_string();
                if let Some(&e) = chars.peek()
                    && e.is_ascii_digit()
                {
                    n.push(e);
                    chars.next();
                }
                let i: i64 = n.parse().unwrap_or(0);
                out.push_str(&m.group(&Value::Int(i))?.to_py_str().replace("None", ""));
            }
            Some('g') if chars.peek() == Some(&'<') => {
                chars.next();
                let name: String = chars.by_ref().take_while(|c| *c != '>').collect();
                let g = match name.parse::<i64>() {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::Str(name),
                };
                if let Value::Str(s) = m.group(&g)? {
                    out.push_str(&s);
                }
            }
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some(o) => {
                out.push('\\');
                out.push(o);
            }
            None => out.push('\\'),
        }
    }
    Ok(out)
}

/// Every match, left to right (an empty match advances by a character).
fn all_matches(r: &Regex, s: &str) -> Vec<Groups> {
    let mut out = Vec::new();
    let mut at = 0;
    while at <= s.len() {
        let Some(g) = (r.find)(s, at) else { break };
        let (a, b) = g[0].unwrap_or((at, at));
        at = if b == a {
            b + s[b..].chars().next().map_or(1, |c| c.len_utf8())
        } else {
            b
        };
        out.push(g);
    }
    out
}

/// `pattern.op(string, ...)` / `re.op(pattern, string, ...)`; `a` is where the
/// arguments after the string start.
/// `pattern.op(...)`: `s` is the string, `args` the method's arguments (`sub`:
/// repl, string, count; `split`: string, maxsplit).
fn regex_op(it: &Interpreter, r: &Rc<Regex>, op: &str, s: &str, args: &Args) -> Result<Value> {
    Ok(match op {
        "match" => (r.find)(s, 0)
            .filter(|g| g[0].is_some_and(|(st, _)| st == 0))
            .or_else(|| {
                // A leftmost match may start later where one at 0 exists with another
                // alternative: try the pattern anchored.
                let anchored = compile(&format!("\\A(?:{})", r.pattern), r.flags).ok()?;
                (anchored.find)(s, 0)
            })
            .map_or(Value::None, |g| make_match(r, s, g)),
        "search" => (r.find)(s, 0).map_or(Value::None, |g| make_match(r, s, g)),
        "fullmatch" => (r.full)(s).map_or(Value::None, |g| make_match(r, s, g)),
        "findall" => Value::list(
            all_matches(r, s)
                .into_iter()
                .map(|g| {
                    let txt = |i: usize| {
                        Value::Str(g[i].map(|(a, b)| s[a..b].to_string()).unwrap_or_default())
                    };
                    match g.len() {
                        1 => txt(0),
                        2 => txt(1),
                        n => Value::Tuple((1..n).map(txt).collect()),
                    }
                })
                .collect(),
        ),
        "finditer" => Value::list(
            all_matches(r, s)
                .into_iter()
                .map(|g| make_match(r, s, g))
                .collect(),
        ),
        "split" => {
            let max = args.get(1, "maxsplit").and_then(py_num).unwrap_or(0.0) as usize;
            let mut out = Vec::new();
            let mut last = 0;
            for (n, g) in all_matches(r, s).into_iter().enumerate() {
                if max > 0 && n >= max {
                    break;
                }
                let (a, b) = g[0].unwrap_or((0, 0));
                if a == b && (a == 0 || a == s.len()) {
                    continue;
                }
                out.push(Value::Str(s[last..a].to_string()));
                for x in &g[1..] {
                    out.push(x.map_or(Value::None, |(p, q)| Value::Str(s[p..q].to_string())));
                }
                last = b;
            }
            out.push(Value::Str(s[last..].to_string()));
            Value::list(out)
        }
        "sub" | "subn" => {
            let repl = args.req(0, "repl")?.clone();
            let count = args.get(2, "count").and_then(py_num).unwrap_or(0.0) as usize;
            let mut out = String::new();
            let mut last = 0;
            let mut n = 0;
            for g in all_matches(r, s) {
                if count > 0 && n >= count {
                    break;
                }
                let (a, b) = g[0].unwrap_or((0, 0));
                out.push_str(&s[last..a]);
                let m = Match {
                    string: s.to_string(),
                    groups: g,
                    names: r.names.clone(),
                };
                match &repl {
                    Value::Str(t) => out.push_str(&expand(t, &m)?),
                    f => {
                        let mv = Value::Native(Rc::new(Native::Match(Rc::new(m))));
                        out.push_str(
                            &super::builtins::call(it, f.clone(), vec![mv], vec![])?.to_py_str(),
                        );
                    }
                }
                last = b;
                n += 1;
            }
            out.push_str(&s[last..]);
            if op == "subn" {
                Value::Tuple(vec![Value::Str(out), Value::Int(n as i64)])
            } else {
                Value::Str(out)
            }
        }
        _ => {
            return Err(unsupported(
                &format!("re.{op}"),
                "use re.match, search, fullmatch, findall, finditer, split, sub, subn or compile",
            ));
        }
    })
}

fn regex_of(v: &Value, flags: i64) -> Result<Rc<Regex>> {
    match v {
        Value::Str(p) => Ok(Rc::new(compile(p, flags)?)),
        Value::Native(n) => match n.as_ref() {
            Native::Regex(r) => Ok(r.clone()),
            _ => Err(type_error("re", "pattern", "str", v)),
        },
        other => Err(type_error("re", "pattern", "str", other)),
    }
}

// ---- JSON ----

fn json_escape(s: &str, ascii: bool) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct JsonOpts {
    indent: Option<String>,
    sort_keys: bool,
    ascii: bool,
    item_sep: String,
    key_sep: String,
    default: Option<Value>,
}

/// A value as JSON, as `json.dumps` writes it (its TypeError for what JSON cannot hold).
pub(crate) fn json_value(it: &Interpreter, v: &Value) -> Result<serde_json::Value> {
    let o = JsonOpts {
        indent: None,
        sort_keys: false,
        ascii: true,
        item_sep: ", ".into(),
        key_sep: ": ".into(),
        default: None,
    };
    let text = dumps(it, v, &o, 0)?;
    serde_json::from_str(&text).map_err(|e| {
        value_error(format!(
            "{text} is not JSON other programs read ({e}): NaN and Infinity have no JSON form"
        ))
    })
}

fn dumps(it: &Interpreter, v: &Value, o: &JsonOpts, level: usize) -> Result<String> {
    let nl = |l: usize| match &o.indent {
        Some(ind) => format!("\n{}", ind.repeat(l)),
        None => String::new(),
    };
    let sep = if o.indent.is_some() {
        o.item_sep.trim_end().to_string()
    } else {
        o.item_sep.clone()
    };
    Ok(match v {
        Value::None => "null".into(),
        Value::Bool(b) => if *b { "true" } else { "false" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => super::num::big_to_string(b)?,
        Value::Float(f) if f.is_nan() => "NaN".into(),
        Value::Float(f) if f.is_infinite() => {
            if *f > 0.0 { "Infinity" } else { "-Infinity" }.into()
        }
        Value::Float(f) => py_float(*f),
        Value::Str(s) => json_escape(s, o.ascii),
        Value::List(_) | Value::Tuple(_) => {
            let items = v.items().unwrap_or_default();
            if items.is_empty() {
                return Ok("[]".into());
            }
            let parts = items
                .iter()
                .map(|x| dumps(it, x, o, level + 1))
                .collect::<Result<Vec<_>>>()?;
            format!(
                "[{}{}{}]",
                nl(level + 1),
                parts.join(&format!("{sep}{}", nl(level + 1))),
                nl(level)
            )
        }
        Value::Dict(_) | Value::Row(_) => {
            let mut items: Vec<(Value, Value)> = match v {
                Value::Dict(d) => d.borrow().clone(),
                Value::Row(r) => r
                    .iter()
                    .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                    .collect(),
                _ => vec![],
            };
            if items.is_empty() {
                return Ok("{}".into());
            }
            if o.sort_keys {
                items.sort_by_key(|a| a.0.to_py_str());
            }
            let parts = items
                .iter()
                .map(|(k, x)| {
                    let key = match k {
                        Value::Str(s) => s.clone(),
                        Value::None => "null".into(),
                        Value::Bool(b) => if *b { "true" } else { "false" }.into(),
                        Value::Int(_) | Value::Float(_) => k.to_py_str(),
                        other => {
                            return Err(RunnelError::execution_plain(format!(
                                "TypeError: keys must be str, int, float, bool or None, not {}",
                                other.type_name()
                            ))
                            .with_exception("TypeError"));
                        }
                    };
                    Ok(format!(
                        "{}{}{}",
                        json_escape(&key, o.ascii),
                        o.key_sep,
                        dumps(it, x, o, level + 1)?
                    ))
                })
                .collect::<Result<Vec<_>>>()?;
            format!(
                "{{{}{}{}}}",
                nl(level + 1),
                parts.join(&format!("{sep}{}", nl(level + 1))),
                nl(level)
            )
        }
        Value::Json(j) => serde_json::to_string(j).unwrap_or_default(),
        other => match &o.default {
            Some(f) => {
                let r = super::builtins::call(it, f.clone(), vec![other.clone()], vec![])?;
                dumps(it, &r, o, level)?
            }
            None => {
                return Err(RunnelError::execution_plain(format!(
                    "TypeError: Object of type {} is not JSON serializable",
                    other.type_name()
                ))
                .with_exception("TypeError"));
            }
        },
    })
}

/// A JSON value as Python's `json.loads` gives it.
/// `j[key]` of a JSON value the runner shows as a dict (a progress report): as
/// [`json_item`], except a source's offsets in a progress, which PySpark's
/// `SourceProgress` gives as JSON text (`json.dumps` of them, "null" for none).
pub(crate) fn json_child(j: &serde_json::Value, key: &str) -> Option<Value> {
    let v = j.get(key)?;
    let source = j.get("description").is_some() && j.get("numInputRows").is_some();
    if source && matches!(key, "startOffset" | "endOffset" | "latestOffset") {
        return Some(Value::Str(match v {
            serde_json::Value::String(s) => s.clone(),
            other => python_json_text(other),
        }));
    }
    Some(json_item(v.clone()))
}

/// JSON text as Python's `json.dumps` writes it by default (", " and ": " between items,
/// non-ASCII characters escaped).
fn python_json_text(v: &serde_json::Value) -> String {
    use serde_json::ser::Formatter;
    struct Py;
    impl Formatter for Py {
        fn begin_array_value<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> std::io::Result<()> {
            if first { Ok(()) } else { w.write_all(b", ") }
        }
        fn begin_object_key<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> std::io::Result<()> {
            if first { Ok(()) } else { w.write_all(b", ") }
        }
        fn begin_object_value<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
        ) -> std::io::Result<()> {
            w.write_all(b": ")
        }
        fn write_string_fragment<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
            fragment: &str,
        ) -> std::io::Result<()> {
            for c in fragment.chars() {
                if c.is_ascii() {
                    w.write_all(&[c as u8])?;
                } else {
                    let mut buf = [0u16; 2];
                    for u in c.encode_utf16(&mut buf) {
                        write!(w, "\\u{u:04x}")?;
                    }
                }
            }
            Ok(())
        }
    }
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Py);
    if serde::Serialize::serialize(v, &mut ser).is_err() {
        return v.to_string();
    }
    String::from_utf8(out).unwrap_or_else(|_| v.to_string())
}

/// A progress report's JSON as PySpark 4.3's `StreamingQueryProgress` holds it (`_jdict`,
/// from Spark's JSON): an empty `eventTime` or `observedMetrics` left out.
pub(crate) fn progress_jdict(j: &serde_json::Value) -> serde_json::Value {
    let mut j = j.clone();
    if let Some(m) = j.as_object_mut() {
        for k in ["eventTime", "observedMetrics"] {
            if m.get(k)
                .and_then(|o| o.as_object())
                .is_some_and(|o| o.is_empty())
            {
                m.shift_remove(k);
            }
        }
    }
    j
}

/// `progress.json` as PySpark 4.3 gives it: `json.dumps(jdict)`.
pub(crate) fn progress_json(j: &serde_json::Value) -> String {
    python_json_text(&progress_jdict(j))
}

/// `progress.prettyJson` as PySpark 4.3 gives it: `json.dumps(jdict, indent=4)`
/// (non-ASCII characters escaped, as Python's json does by default).
pub(crate) fn progress_pretty_json(j: &serde_json::Value) -> String {
    let j = progress_jdict(j);
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        serde_json::ser::PrettyFormatter::with_indent(b"    "),
    );
    if serde::Serialize::serialize(&j, &mut ser).is_err() {
        return j.to_string();
    }
    let text = String::from_utf8(out).unwrap_or_default();
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                ascii.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
    ascii
}

/// PySpark's class of a progress report's part (`pyspark.sql.streaming.listener`'s
/// StreamingQueryProgress, SourceProgress, SinkProgress, StateOperatorProgress: dict
/// subclasses), or None for a plain dict (`durationMs`, an offset, `query.status`).
pub(crate) fn progress_class(j: &serde_json::Value) -> Option<&'static str> {
    let m = j.as_object()?;
    if m.contains_key("runId") && m.contains_key("batchId") {
        Some("StreamingQueryProgress")
    } else if m.contains_key("operatorName") {
        Some("StateOperatorProgress")
    } else if m.contains_key("description") && m.contains_key("numInputRows") {
        Some("SourceProgress")
    } else if m.contains_key("description") && m.contains_key("numOutputRows") {
        Some("SinkProgress")
    } else {
        None
    }
}

/// `str`/`repr` of a progress report's JSON as PySpark 4.3 prints it: a
/// StreamingQueryProgress, SourceProgress, SinkProgress or StateOperatorProgress as its
/// `prettyJson` (`print(query.lastProgress)` in the guide); a plain part (`durationMs`,
/// an offset) as the dict it is; a list item by item.
pub(crate) fn json_repr(j: &serde_json::Value) -> String {
    match j {
        serde_json::Value::Object(_) if progress_class(j).is_some() => progress_pretty_json(j),
        serde_json::Value::Array(a) => format!(
            "[{}]",
            a.iter().map(json_repr).collect::<Vec<_>>().join(", ")
        ),
        other => from_json(other.clone()).repr(),
    }
}

/// An item of a JSON value the runner shows as a dict (a progress report): a number,
/// string, bool or null as Python's value of it, an object or array as JSON still.
pub(crate) fn json_item(j: serde_json::Value) -> Value {
    match j {
        j @ (serde_json::Value::Object(_) | serde_json::Value::Array(_)) => Value::Json(j),
        other => from_json(other),
    }
}

pub(crate) fn from_json(j: serde_json::Value) -> Value {
    match j {
        serde_json::Value::Null => Value::None,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) if !n.is_f64() => Value::Int(i),
            _ => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        serde_json::Value::String(s) => Value::Str(s),
        serde_json::Value::Array(a) => Value::list(a.into_iter().map(from_json).collect()),
        serde_json::Value::Object(o) => Value::dict(
            o.into_iter()
                .map(|(k, v)| (Value::Str(k), from_json(v)))
                .collect(),
        ),
    }
}

fn loads(s: &str) -> Result<Value> {
    let j: serde_json::Value = serde_json::from_str(s).map_err(|e| {
        RunnelError::execution_plain(format!(
            "JSONDecodeError: {e} (line {} column {})",
            e.line(),
            e.column()
        ))
        .with_exception("JSONDecodeError")
    })?;
    Ok(from_json(j))
}

fn json_opts(args: &Args, at: usize) -> JsonOpts {
    let kw = |n: &str| {
        args.keywords()
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
    };
    let _ = at;
    let indent = match kw("indent") {
        Some(Value::Int(n)) => Some(" ".repeat(n.max(0) as usize)),
        Some(Value::Str(s)) => Some(s),
        _ => None,
    };
    let (item_sep, key_sep) = match kw("separators").and_then(|v| v.items()) {
        Some(p) if p.len() == 2 => (p[0].to_py_str(), p[1].to_py_str()),
        _ => (", ".into(), ": ".into()),
    };
    JsonOpts {
        indent,
        sort_keys: kw("sort_keys").is_some_and(|v| v.truthy()),
        ascii: kw("ensure_ascii").is_none_or(|v| v.truthy()),
        item_sep,
        key_sep,
        default: kw("default"),
    }
}

// ---- random ----

thread_local! {
    static RNG: Cell<u64> = const { Cell::new(0) };
}

fn next_u64(it: &Interpreter) -> u64 {
    RNG.with(|r| {
        let mut x = r.get();
        if x == 0 {
            x = (it.session.clock())() as u64 ^ 0x9E37_79B9_7F4A_7C15;
            x ^= (std::ptr::addr_of!(x) as u64).rotate_left(17);
            if x == 0 {
                x = 1;
            }
        }
        // xorshift64*
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        r.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    })
}

pub(crate) fn uuid4(it: &Interpreter) -> String {
    let a = next_u64(it);
    let b = next_u64(it);
    let hex = format!("{a:016x}{b:016x}");
    let mut h: Vec<char> = hex.chars().collect();
    h[12] = '4';
    h[16] = ['8', '9', 'a', 'b'][(b >> 60) as usize % 4];
    let h: String = h.into_iter().collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

// ---- calls ----

fn counter_add(items: &mut Vec<(Value, Value)>, k: Value, n: i64) {
    match items.iter_mut().find(|(x, _)| py_eq(x, &k)) {
        Some(e) => e.1 = Value::Int(py_num(&e.1).unwrap_or(0.0) as i64 + n),
        None => items.push((k, Value::Int(n))),
    }
}

/// Fills a Counter from an iterable (counts) or a mapping (adds its counts).
pub(crate) fn counter_update(items: &mut Vec<(Value, Value)>, src: &Value) -> Result<()> {
    match src {
        Value::Dict(d) => {
            for (k, v) in d.borrow().iter() {
                counter_add(items, k.clone(), py_num(v).unwrap_or(0.0) as i64);
            }
        }
        other => {
            for x in iterate(other)? {
                counter_add(items, x, 1);
            }
        }
    }
    Ok(())
}

fn math1(name: &str, x: f64) -> Result<Value> {
    let domain = || value_error("math domain error");
    Ok(match name {
        "sqrt" if x < 0.0 => return Err(domain()),
        "sqrt" => Value::Float(x.sqrt()),
        "floor" | "ceil" | "trunc" => {
            let r = match name {
                "floor" => x.floor(),
                "ceil" => x.ceil(),
                _ => x.trunc(),
            };
            super::num::int_of_float(r)?
        }
        "exp" => Value::Float(x.exp()),
        "log10" if x <= 0.0 => return Err(domain()),
        "log10" => Value::Float(x.log10()),
        "log2" if x <= 0.0 => return Err(domain()),
        "log2" => Value::Float(x.log2()),
        "fabs" => Value::Float(x.abs()),
        "sin" => Value::Float(x.sin()),
        "cos" => Value::Float(x.cos()),
        "tan" => Value::Float(x.tan()),
        "asin" => Value::Float(x.asin()),
        "acos" => Value::Float(x.acos()),
        "atan" => Value::Float(x.atan()),
        "sinh" => Value::Float(x.sinh()),
        "cosh" => Value::Float(x.cosh()),
        "tanh" => Value::Float(x.tanh()),
        "degrees" => Value::Float(x.to_degrees()),
        "radians" => Value::Float(x.to_radians()),
        "isnan" => Value::Bool(x.is_nan()),
        "isinf" => Value::Bool(x.is_infinite()),
        "isfinite" => Value::Bool(x.is_finite()),
        "log1p" => Value::Float(x.ln_1p()),
        "expm1" => Value::Float(x.exp_m1()),
        _ => {
            return Err(unsupported(
                &format!("math.{name}"),
                "use the functions of pyspark.sql.functions in the query",
            ));
        }
    })
}

/// Calls a function of the modules above; None for a name that is not one.
/// An optional argument, when given and not None.
fn given(args: &Args, i: usize, name: &str) -> Option<Value> {
    args.get(i, name)
        .filter(|v| !matches!(v, Value::None))
        .cloned()
}

/// `functools.reduce`, `operator`'s functions of two values (what `reduce` is often given:
/// `reduce(operator.and_, conditions)`, `reduce(DataFrame.union, frames)`), and
/// `itertools`' finite iterators (`chain`, `product`, `combinations`, `permutations`,
/// `accumulate`, `groupby`), as lists; `None` for other names.
fn functional(it: &Interpreter, module: &str, f: &str, args: &Args) -> Result<Option<Value>> {
    use ruff_python_ast::CmpOp;
    let type_error = |m: String| {
        RunnelError::execution_plain(format!("TypeError: {m}")).with_exception("TypeError")
    };
    let two =
        || -> Result<(Value, Value)> { Ok((args.req(0, "a")?.clone(), args.req(1, "b")?.clone())) };
    Ok(Some(match (module, f) {
        ("functools", "wraps") => Value::Method(
            Box::new(args.req(0, "wrapped")?.clone()),
            "__wraps__".into(),
        ),
        // `@lru_cache`, `@lru_cache(maxsize=...)`, `@cache`: results kept by arguments
        // (every size is unbounded here).
        ("functools", "lru_cache" | "cache") => {
            let class = it.define(LRU_CACHE, "_lru_cache_wrapper")?;
            match args.pos.first() {
                Some(f @ (Value::Function(_) | Value::Bound(..) | Value::Builtin(_))) => {
                    super::builtins::call(it, class, vec![f.clone()], vec![])?
                }
                _ => {
                    let _ = args.get(0, "maxsize");
                    let _ = args.get(1, "typed");
                    Value::Method(Box::new(class), "__lru_decorate__".into())
                }
            }
        }
        ("functools", "reduce") => {
            let func = args.req(0, "function")?.clone();
            let mut items = iterate(args.req(1, "iterable")?)?.into_iter();
            let mut acc = match args.get(2, "initial") {
                Some(v) => v.clone(),
                None => items.next().ok_or_else(|| {
                    type_error("reduce() of empty iterable with no initial value".into())
                })?,
            };
            for x in items {
                acc = super::builtins::call(it, func.clone(), vec![acc, x], vec![])?;
            }
            acc
        }
        ("operator", op) => {
            let bin = match op {
                "add" | "iadd" => Some(Operator::Add),
                "sub" | "isub" => Some(Operator::Sub),
                "mul" | "imul" => Some(Operator::Mult),
                "truediv" => Some(Operator::Div),
                "floordiv" => Some(Operator::FloorDiv),
                "mod" => Some(Operator::Mod),
                "pow" => Some(Operator::Pow),
                "and_" | "iand" => Some(Operator::BitAnd),
                "or_" | "ior" => Some(Operator::BitOr),
                "xor" => Some(Operator::BitXor),
                "lshift" => Some(Operator::LShift),
                "rshift" => Some(Operator::RShift),
                "concat" => Some(Operator::Add),
                _ => None,
            };
            let cmp = match op {
                "eq" => Some(CmpOp::Eq),
                "ne" => Some(CmpOp::NotEq),
                "lt" => Some(CmpOp::Lt),
                "le" => Some(CmpOp::LtE),
                "gt" => Some(CmpOp::Gt),
                "ge" => Some(CmpOp::GtE),
                _ => None,
            };
            if let Some(o) = bin {
                let (a, b) = two()?;
                super::builtins::binop_objects(it, a, o, b)?
            } else if let Some(o) = cmp {
                let (a, b) = two()?;
                super::ops::compare(it.bindings, &a, o, &b)?
            } else {
                match op {
                    "contains" => {
                        let (a, b) = two()?;
                        super::ops::compare(it.bindings, &b, CmpOp::In, &a)?
                    }
                    "not_" => Value::Bool(!args.req(0, "a")?.truthy()),
                    "truth" => Value::Bool(args.req(0, "a")?.truthy()),
                    "is_" => {
                        let (a, b) = two()?;
                        super::ops::compare(it.bindings, &a, CmpOp::Is, &b)?
                    }
                    _ => {
                        return Err(unsupported(
                            &format!("operator.{op}"),
                            "write the operation itself, or a lambda",
                        ));
                    }
                }
            }
        }
        ("itertools", "chain") => {
            let mut out = Vec::new();
            for a in &args.pos {
                out.extend(iterate(a)?);
            }
            Value::list(out)
        }
        ("itertools", "product") => {
            let repeat = match args.get(usize::MAX, "repeat") {
                Some(Value::Int(n)) if *n >= 0 => *n as usize,
                Some(_) => return Err(type_error("repeat must be a non-negative integer".into())),
                None => 1,
            };
            let pools: Vec<Vec<Value>> = args.pos.iter().map(iterate).collect::<Result<_>>()?;
            let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.iter().cloned()).collect();
            let mut out: Vec<Vec<Value>> = vec![vec![]];
            for pool in &pools {
                out = out
                    .into_iter()
                    .flat_map(|p| {
                        pool.iter().map(move |x| {
                            let mut q = p.clone();
                            q.push(x.clone());
                            q
                        })
                    })
                    .collect();
                if out.len() > 10_000_000 {
                    return Err(RunnelError::execution_plain(
                        "MemoryError: itertools.product of more than 10 million tuples",
                    )
                    .with_exception("MemoryError"));
                }
            }
            Value::list(out.into_iter().map(Value::Tuple).collect())
        }
        ("itertools", "combinations" | "permutations") => {
            let pool = iterate(args.req(0, "iterable")?)?;
            let r = match args.get(1, "r") {
                Some(Value::Int(n)) if *n >= 0 => *n as usize,
                Some(Value::None) | None if f == "permutations" => pool.len(),
                Some(_) | None => {
                    return Err(type_error(format!("{f}() missing required argument 'r'")));
                }
            };
            let mut out = Vec::new();
            let mut pick: Vec<usize> = Vec::new();
            fn walk(
                pool: &[Value],
                r: usize,
                perm: bool,
                pick: &mut Vec<usize>,
                out: &mut Vec<Value>,
            ) -> Result<()> {
                if pick.len() == r {
                    if out.len() >= 10_000_000 {
                        return Err(RunnelError::execution_plain(
                            "MemoryError: more than 10 million tuples",
                        )
                        .with_exception("MemoryError"));
                    }
                    out.push(Value::Tuple(
                        pick.iter().map(|&i| pool[i].clone()).collect(),
                    ));
                    return Ok(());
                }
                let from = if perm {
                    0
                } else {
                    pick.last().map_or(0, |l| l + 1)
                };
                for i in from..pool.len() {
                    if perm && pick.contains(&i) {
                        continue;
                    }
                    pick.push(i);
                    walk(pool, r, perm, pick, out)?;
                    pick.pop();
                }
                Ok(())
            }
            if r <= pool.len() {
                walk(&pool, r, f == "permutations", &mut pick, &mut out)?;
            }
            Value::list(out)
        }
        ("itertools", "groupby") => {
            // Runs of equal keys, each as (key, its items): the items a list where Python
            // hands an iterator over them.
            let items = iterate(args.req(0, "iterable")?)?;
            let key = given(args, 1, "key");
            let mut out: Vec<Value> = Vec::new();
            let mut run: Option<(Value, Vec<Value>)> = None;
            for x in items {
                let k = match &key {
                    Some(f) => super::builtins::call(it, f.clone(), vec![x.clone()], vec![])?,
                    None => x.clone(),
                };
                match &mut run {
                    Some((rk, group)) if py_eq(rk, &k) => group.push(x),
                    _ => {
                        if let Some((rk, group)) = run.take() {
                            out.push(Value::Tuple(vec![rk, Value::list(group)]));
                        }
                        run = Some((k, vec![x]));
                    }
                }
            }
            if let Some((rk, group)) = run {
                out.push(Value::Tuple(vec![rk, Value::list(group)]));
            }
            Value::list(out)
        }
        ("itertools", "accumulate") => {
            let items = iterate(args.req(0, "iterable")?)?;
            let func = given(args, 1, "func");
            let mut out: Vec<Value> = Vec::with_capacity(items.len() + 1);
            let mut acc = given(args, usize::MAX, "initial");
            if let Some(a) = &acc {
                out.push(a.clone());
            }
            for x in items {
                let next = match (acc.take(), &func) {
                    (None, _) => x,
                    (Some(a), Some(fun)) => {
                        super::builtins::call(it, fun.clone(), vec![a, x], vec![])?
                    }
                    (Some(a), None) => super::builtins::binop_objects(it, a, Operator::Add, x)?,
                };
                out.push(next.clone());
                acc = Some(next);
            }
            Value::list(out)
        }
        ("collections", "namedtuple") => namedtuple(it, args)?,
        ("collections", "deque") | ("functools", "partial") => {
            let (name, src) = if module == "functools" {
                ("partial", PARTIAL)
            } else {
                ("deque", DEQUE)
            };
            let class = it.define(src, name)?;
            super::builtins::call(it, class, args.pos.clone(), args.keywords().to_vec())?
        }
        ("dataclasses", d) if d.starts_with("dataclass") => {
            // `@dataclass` or `@dataclass(order=True, ...)`: the options ride in the name of
            // the decorator the call with options gives.
            let mut order = d.contains("_order");
            let mut frozen = d.contains("_frozen");
            match args.pos.first() {
                Some(Value::Class(c)) => dataclass(it, c, order, frozen)?,
                _ => {
                    for (k, v) in args.keywords() {
                        match k.as_str() {
                            "order" => order = v.truthy(),
                            "frozen" => frozen = v.truthy(),
                            _ => {}
                        }
                    }
                    Value::Builtin(format!(
                        "dataclasses.dataclass{}{}",
                        if order { "_order" } else { "" },
                        if frozen { "_frozen" } else { "" }
                    ))
                }
            }
        }
        ("dataclasses", "field") => {
            let mut marker = vec![(Value::Str("__dataclass_field__".into()), Value::Bool(true))];
            for (k, v) in args.keywords() {
                if matches!(k.as_str(), "default" | "default_factory") {
                    marker.push((Value::Str(k.clone()), v.clone()));
                }
            }
            Value::dict(marker)
        }
        ("dataclasses", "asdict" | "astuple") => {
            let obj = args.req(0, "obj")?;
            let names = match obj {
                Value::Instance(o) => dataclass_names(&o.class),
                _ => vec![],
            };
            if names.is_empty() {
                return Err(RunnelError::execution_plain(format!(
                    "TypeError: {f}() should be called on dataclass instances"
                ))
                .with_exception("TypeError"));
            }
            let Value::Instance(o) = obj else {
                unreachable!("checked above")
            };
            let vals = names.iter().map(|n| o.get(n).unwrap_or(Value::None));
            if f == "asdict" {
                Value::dict(
                    names
                        .iter()
                        .map(|n| Value::Str(n.clone()))
                        .zip(vals)
                        .collect(),
                )
            } else {
                Value::Tuple(vals.collect())
            }
        }
        ("enum", "auto") => Value::Builtin(super::enums::AUTO.into()),
        ("enum", "unique") => args.req(0, "enumeration")?.clone(),
        ("copy", "copy") => super::copying::shallow(args.req(0, "x")?)?,
        ("copy", "deepcopy") => super::copying::deep(args.req(0, "x")?)?,
        ("dataclasses", "is_dataclass") => Value::Bool(match args.req(0, "obj")? {
            Value::Instance(o) => !dataclass_names(&o.class).is_empty(),
            Value::Class(c) => !dataclass_names(c).is_empty(),
            _ => false,
        }),
        ("functools" | "itertools", other) => {
            return Err(unsupported(
                &format!("{module}.{other}"),
                "write it with a loop or a comprehension",
            ));
        }
        _ => return Ok(None),
    }))
}

/// The tuple of a generated class's fields (`(self.a, self.b,)`) and the Python text of
/// its repr's body (`'a=' + repr(self.a) + ', ' + ...`).
fn fields_text(fields: &[String]) -> (String, String) {
    let tuple = if fields.is_empty() {
        "()".to_string()
    } else {
        let items: Vec<String> = fields.iter().map(|f| format!("self.{f}")).collect();
        format!("({},)", items.join(", "))
    };
    let repr: Vec<String> = fields
        .iter()
        .map(|f| format!("'{f}=' + repr(self.{f})"))
        .collect();
    let repr = if repr.is_empty() {
        "''".to_string()
    } else {
        repr.join(" + ', ' + ")
    };
    (tuple, repr)
}

/// A generated `__init__` that matches its arguments to the class's fields (class
/// attribute `names`) as Python's signature would, filling the rest from the `defaults`
/// dict (and calling the `factories` ones), with Python's TypeErrors named by `method`.
fn matching_init(method: &str, names: &str, defaults: &str, factories: Option<&str>) -> String {
    let factory = factories
        .map(|f| {
            format!(
                "            elif n in type(self).{f}:\n                vals.append(type(self).{f}[n]())\n"
            )
        })
        .unwrap_or_default();
    format!(
        "    def __init__(self, *args, **kw):\n\
         \x20       names = type(self).{names}\n\
         \x20       if len(args) > len(names):\n\
         \x20           raise TypeError(type(self).__name__ + '.{method}() takes ' + str(len(names) + 1) + ' positional arguments but ' + str(len(args) + 1) + ' were given')\n\
         \x20       vals = list(args)\n\
         \x20       for n in names[len(args):]:\n\
         \x20           if n in kw:\n\
         \x20               vals.append(kw.pop(n))\n\
         \x20           elif n in type(self).{defaults}:\n\
         \x20               vals.append(type(self).{defaults}[n])\n\
         {factory}\
         \x20           else:\n\
         \x20               raise TypeError(type(self).__name__ + \".{method}() missing 1 required positional argument: '\" + n + \"'\")\n\
         \x20       if kw:\n\
         \x20           raise TypeError(type(self).__name__ + \".{method}() got an unexpected keyword argument '\" + list(kw)[0] + \"'\")\n\
         \x20       for i in range(len(names)):\n\
         \x20           object.__setattr__(self, names[i], vals[i])\n"
    )
}

/// `collections.namedtuple(typename, field_names, defaults=...)`: a class the runner
/// writes in Python (fields as attributes; iteration, indexing, `len`, equality and order
/// as the tuple of its fields; `_fields`, `_asdict()`, `_replace(**kw)`, `_make(it)`;
/// Python's repr). Not a tuple subclass, but `isinstance(p, tuple)` is True and `match`
/// takes it as a sequence.
fn namedtuple(it: &Interpreter, args: &Args) -> Result<Value> {
    let bad = |n: &str| {
        value_error(format!(
            "Type names and field names must be valid identifiers: {}",
            super::value::py_str_repr(n)
        ))
    };
    let ident = |n: &str| {
        let mut c = n.chars();
        c.next().is_some_and(|f| f.is_alphabetic() || f == '_')
            && c.all(|ch| ch.is_alphanumeric() || ch == '_')
    };
    let typename = args.str(0, "typename")?;
    if !ident(&typename) {
        return Err(bad(&typename));
    }
    let fields: Vec<String> = match args.req(1, "field_names")? {
        Value::Str(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        other => iterate(other)?
            .into_iter()
            .map(|v| match v {
                Value::Str(s) => Ok(s),
                other => Err(type_error("namedtuple", "field_names", "str", &other)),
            })
            .collect::<Result<_>>()?,
    };
    for f in &fields {
        if !ident(f) || f.starts_with('_') {
            return Err(bad(f));
        }
    }
    let defaults = match args.get(usize::MAX, "defaults") {
        Some(Value::None) | None => vec![],
        Some(d) => iterate(d)?,
    };
    if defaults.len() > fields.len() {
        return Err(RunnelError::execution_plain(
            "TypeError: Got more default values than field names",
        )
        .with_exception("TypeError"));
    }
    let _ = args.get(usize::MAX, "rename");
    let _ = args.get(usize::MAX, "module");
    // With defaults, __init__ matches its arguments to the fields itself (the defaults are
    // values, not Python text); without, Python's own signature does.
    let init = if defaults.is_empty() {
        let mut i = format!(
            "    def __init__(self{}):\n",
            fields.iter().map(|f| format!(", {f}")).collect::<String>()
        );
        for f in &fields {
            i.push_str(&format!("        self.{f} = {f}\n"));
        }
        if fields.is_empty() {
            i.push_str("        pass\n");
        }
        i
    } else {
        matching_init("__new__", "_fields", "_field_defaults", None)
    };
    let (tuple, repr) = fields_text(&fields);
    let mut src = format!(
        "class {typename}:\n    _fields = ({})\n    __match_args__ = _fields\n",
        fields
            .iter()
            .map(|f| format!("'{f}', "))
            .collect::<String>()
    );
    src.push_str(&init);
    src.push_str(&format!(
        "    def __iter__(self):\n        return iter({tuple})\n\
         \x20   def __getitem__(self, i):\n        return {tuple}[i]\n\
         \x20   def __len__(self):\n        return {n}\n\
         \x20   def __eq__(self, o):\n        return {tuple} == tuple(o)\n\
         \x20   def __lt__(self, o):\n        return {tuple} < tuple(o)\n\
         \x20   def __le__(self, o):\n        return {tuple} <= tuple(o)\n\
         \x20   def __gt__(self, o):\n        return {tuple} > tuple(o)\n\
         \x20   def __ge__(self, o):\n        return {tuple} >= tuple(o)\n\
         \x20   def __repr__(self):\n        return '{typename}(' + {repr} + ')'\n\
         \x20   def _asdict(self):\n        return {{{asdict}}}\n\
         \x20   def _replace(self, **kw):\n        d = self._asdict()\n        d.update(kw)\n        return type(self)(**d)\n\
         \x20   @classmethod\n    def _make(cls, values):\n        return cls(*values)\n",
        n = fields.len(),
        asdict = fields.iter().map(|f| format!("'{f}': self.{f}")).collect::<Vec<_>>().join(", "),
    ));
    let first = fields.len() - defaults.len();
    let class = it.define(&src, &typename)?;
    if let Value::Class(c) = &class {
        let d = fields[first..]
            .iter()
            .zip(defaults)
            .map(|(f, v)| (Value::Str(f.clone()), v))
            .collect();
        c.attrs
            .borrow_mut()
            .push(("_field_defaults".into(), Value::dict(d)));
    }
    Ok(class)
}

/// `functools.partial`, written in Python.
const LRU_CACHE: &str = "class _lru_cache_wrapper:
    def __init__(self, func):
        self.__wrapped__ = func
        self.__name__ = getattr(func, '__name__', 'function')
        self.__doc__ = getattr(func, '__doc__', None)
        self._cache = {}
        self._hits = 0
        self._misses = 0
    def __call__(self, *args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in self._cache:
            self._hits += 1
            return self._cache[key]
        self._misses += 1
        v = self.__wrapped__(*args, **kwargs)
        self._cache[key] = v
        return v
    def cache_clear(self):
        self._cache = {}
        self._hits = 0
        self._misses = 0
    def cache_info(self):
        return 'CacheInfo(hits=%d, misses=%d, maxsize=None, currsize=%d)' % (self._hits, self._misses, len(self._cache))
";

const PARTIAL: &str = "class partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords
    def __call__(self, *args, **kw):
        merged = dict(self.keywords)
        merged.update(kw)
        return self.func(*(list(self.args) + list(args)), **merged)
    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + [k + '=' + repr(v) for k, v in self.keywords.items()]
        return 'functools.partial(' + ', '.join(parts) + ')'
";

/// `collections.deque`, written in Python over a list.
const DEQUE: &str = "class deque:
    def __init__(self, iterable=(), maxlen=None):
        self.maxlen = maxlen
        self._items = []
        self.extend(iterable)
    def _trim_right(self):
        if self.maxlen is not None:
            while len(self._items) > self.maxlen:
                self._items.pop(0)
    def _trim_left(self):
        if self.maxlen is not None:
            while len(self._items) > self.maxlen:
                self._items.pop()
    def append(self, x):
        self._items.append(x)
        self._trim_right()
    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_left()
    def extend(self, xs):
        for x in xs:
            self.append(x)
    def extendleft(self, xs):
        for x in xs:
            self.appendleft(x)
    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()
    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)
    def clear(self):
        self._items = []
    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items = self._items[-n:] + self._items[:-n]
    def count(self, x):
        return self._items.count(x)
    def remove(self, x):
        self._items.remove(x)
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __contains__(self, x):
        return x in self._items
    def __eq__(self, o):
        return isinstance(o, deque) and self._items == o._items
    def __repr__(self):
        if self.maxlen is None:
            return 'deque(' + repr(self._items) + ')'
        return 'deque(' + repr(self._items) + ', maxlen=' + repr(self.maxlen) + ')'
";

/// The fields of a class `@dataclass` made (its bases' first), or none.
fn dataclass_names(c: &std::rc::Rc<super::value::PyClass>) -> Vec<String> {
    match c.lookup("__dataclass_fields__") {
        Some((_, v)) => iterate(&v)
            .unwrap_or_default()
            .into_iter()
            .map(|n| n.to_py_str())
            .collect(),
        None => vec![],
    }
}

/// `@dataclass`: `__init__` from the class's annotated names (defaults from the class
/// attributes, `field(default=..., default_factory=...)`), `__repr__`, `__eq__`, and with
/// `order=True` `__lt__`/`__le__`/`__gt__`/`__ge__`; written in Python by the runner and
/// added to the class. With `frozen=True` assigning or deleting a field raises
/// `FrozenInstanceError` (`builtins::frozen_error`).
fn dataclass(
    it: &Interpreter,
    c: &std::rc::Rc<super::value::PyClass>,
    order: bool,
    frozen: bool,
) -> Result<Value> {
    let mut names: Vec<String> = Vec::new();
    for b in &c.bases {
        if let Value::Class(bc) = b {
            names.extend(dataclass_names(bc));
        }
    }
    let own = c
        .attrs
        .borrow()
        .iter()
        .find(|(k, _)| k == "__annotations__")
        .map(|(_, v)| iterate(v))
        .transpose()?
        .unwrap_or_default();
    for n in own {
        let n = n.to_py_str();
        if !names.contains(&n) {
            names.push(n);
        }
    }
    let mut defaults = Vec::new();
    let mut factories = Vec::new();
    for n in &names {
        match c.lookup(n).map(|(_, v)| v) {
            Some(Value::Dict(d))
                if d.borrow()
                    .iter()
                    .any(|(k, _)| k.to_py_str() == "__dataclass_field__") =>
            {
                for (k, v) in d.borrow().iter() {
                    match k.to_py_str().as_str() {
                        "default" => defaults.push((Value::Str(n.clone()), v.clone())),
                        "default_factory" => factories.push((Value::Str(n.clone()), v.clone())),
                        _ => {}
                    }
                }
            }
            Some(v @ (Value::Function(_) | Value::Bound(..))) => {
                let _ = v;
            }
            Some(v) => defaults.push((Value::Str(n.clone()), v)),
            None => {}
        }
    }
    let (fields_tuple, repr) = fields_text(&names);
    let other_tuple = fields_tuple.replace("self.", "o.");
    let mut src = String::from("class _Generated:\n");
    src.push_str(&matching_init(
        "__init__",
        "__dataclass_fields__",
        "__dataclass_defaults__",
        Some("__dataclass_factories__"),
    ));
    src.push_str("        if hasattr(self, '__post_init__'):\n            self.__post_init__()\n");
    src.push_str(&format!(
        "    def __repr__(self):\n        return type(self).__name__ + '(' + {repr} + ')'\n\
         \x20   def __eq__(self, o):\n        return type(o) is type(self) and {fields_tuple} == {other_tuple}\n"
    ));
    if order {
        for (m, op) in [
            ("__lt__", "<"),
            ("__le__", "<="),
            ("__gt__", ">"),
            ("__ge__", ">="),
        ] {
            src.push_str(&format!(
                "    def {m}(self, o):\n        return {fields_tuple} {op} {other_tuple}\n"
            ));
        }
    }
    let Value::Class(generated) = it.define(&src, "_Generated")? else {
        return Err(RunnelError::internal("@dataclass wrote no class"));
    };
    let mut attrs = c.attrs.borrow_mut();
    let user_defined: Vec<String> = attrs.iter().map(|(k, _)| k.clone()).collect();
    for (k, v) in generated.attrs.borrow().iter() {
        // What the class itself defines stays (a __repr__ of its own, say).
        if k.starts_with("__") && !user_defined.contains(k) {
            if let Value::Function(f) = v {
                *f.class.borrow_mut() = Some(std::rc::Rc::downgrade(c));
            }
            attrs.push((k.clone(), v.clone()));
        }
    }
    attrs.retain(|(k, _)| !k.starts_with("__dataclass_"));
    attrs.push((
        "__dataclass_fields__".into(),
        Value::Tuple(names.iter().map(|n| Value::Str(n.clone())).collect()),
    ));
    attrs.push(("__dataclass_defaults__".into(), Value::dict(defaults)));
    if frozen {
        attrs.push(("__dataclass_frozen__".into(), Value::Bool(true)));
    }
    if !user_defined.iter().any(|k| k == "__match_args__") {
        attrs.push((
            "__match_args__".into(),
            Value::Tuple(names.iter().map(|n| Value::Str(n.clone())).collect()),
        ));
    }
    attrs.push(("__dataclass_factories__".into(), Value::dict(factories)));
    // A `field(...)` marker is no class attribute in Python.
    attrs.retain(|(_, v)| {
        !matches!(v, Value::Dict(d) if d.borrow().iter().any(|(k, _)| k.to_py_str() == "__dataclass_field__"))
    });
    drop(attrs);
    Ok(Value::Class(c.clone()))
}

pub(crate) fn call(it: &Interpreter, name: &str, args: &Args) -> Result<Option<Value>> {
    let a0 = || args.req(0, "x").cloned();
    let num = |i: usize, n: &str| -> Result<f64> {
        let v = args.req(i, n)?;
        py_num(v).ok_or_else(|| {
            RunnelError::execution_plain(format!(
                "TypeError: must be real number, not {}",
                v.type_name()
            ))
            .with_exception("TypeError")
        })
    };
    let Some((module, f)) = name.rsplit_once('.') else {
        return Ok(None);
    };
    if module == "itertools"
        && let Some(v) = super::iter::itertools(it, f, args)?
    {
        return Ok(Some(v));
    }
    if let Some(v) = functional(it, module, f, args)? {
        // itertools' other functions give an iterator too.
        return Ok(Some(match v {
            Value::List(l) if module == "itertools" => {
                let kind = match f {
                    "chain" => "itertools.chain",
                    "product" => "itertools.product",
                    "combinations" => "itertools.combinations",
                    "permutations" => "itertools.permutations",
                    "groupby" => "itertools.groupby",
                    "accumulate" => "itertools.accumulate",
                    _ => "iterator",
                };
                super::iter::of_items(kind, l.borrow().clone())
            }
            v => v,
        }));
    }
    // The clock seeds `random` on first use (as the OS does CPython's).
    let clock = (it.session.clock())();
    Ok(Some(match (module, f) {
        ("builtins", "open") => open_file(it, args)?,
        ("math", "log") => {
            let x = num(0, "x")?;
            if x <= 0.0 {
                return Err(value_error("math domain error"));
            }
            match args.get(1, "base") {
                Some(b) => Value::Float(x.ln() / py_num(b).unwrap_or(f64::NAN).ln()),
                None => Value::Float(x.ln()),
            }
        }
        ("math", "pow") => Value::Float(num(0, "x")?.powf(num(1, "y")?)),
        ("math", "atan2") => Value::Float(num(0, "y")?.atan2(num(1, "x")?)),
        ("math", "hypot") => Value::Float(num(0, "x")?.hypot(num(1, "y")?)),
        ("math", "copysign") => Value::Float(num(0, "x")?.copysign(num(1, "y")?)),
        ("math", "fmod") => Value::Float(num(0, "x")? % num(1, "y")?),
        ("math", "isclose") => {
            let (a, b) = (num(0, "a")?, num(1, "b")?);
            let rel = args.get(2, "rel_tol").and_then(py_num).unwrap_or(1e-9);
            let abs = args.get(3, "abs_tol").and_then(py_num).unwrap_or(0.0);
            Value::Bool(a == b || (a - b).abs() <= (rel * a.abs().max(b.abs())).max(abs))
        }
        ("math", "factorial") => super::num::factorial(args.int(0, "n")?)?,
        ("math", "gcd") => {
            let (a, b) = (args.req(0, "a")?, args.req(1, "b")?);
            super::num::gcd(a, b).ok_or_else(|| {
                super::ops::not_an_integer(
                    if matches!(a, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                        b
                    } else {
                        a
                    },
                )
            })?
        }
        ("math", "fsum" | "prod") => {
            let items = iterate(&a0()?)?;
            let vals: Vec<f64> = items.iter().filter_map(py_num).collect();
            if f == "fsum" {
                Value::Float(vals.iter().sum())
            } else if items
                .iter()
                .all(|v| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)))
            {
                let mut acc = Value::Int(1);
                for x in items {
                    acc = super::ops::binop(it.bindings, acc, ruff_python_ast::Operator::Mult, x)?;
                }
                acc
            } else {
                Value::Float(vals.iter().product())
            }
        }
        ("math", m) => math1(m, num(0, "x")?)?,
        ("json", "dumps") => Value::Str(dumps(it, args.req(0, "obj")?, &json_opts(args, 1), 0)?),
        ("json", "loads") => loads(&args.str(0, "s")?)?,
        ("json", "dump") => {
            let text = dumps(it, args.req(0, "obj")?, &json_opts(args, 2), 0)?;
            let fp = args.req(1, "fp")?.clone();
            let write = super::builtins::get_attr(it, fp, "write")?;
            super::builtins::call(it, write, vec![Value::Str(text)], vec![])?;
            Value::None
        }
        ("json", "load") => {
            let fp = args.req(0, "fp")?.clone();
            let read = super::builtins::get_attr(it, fp, "read")?;
            let text = super::builtins::call(it, read, vec![], vec![])?;
            loads(&text.to_py_str())?
        }
        ("datetime.datetime", "__call__") | ("datetime", "datetime") => {
            let mut fl = [0i64, 0, 0, 0, 0, 0, 0];
            for (i, n) in [
                "year",
                "month",
                "day",
                "hour",
                "minute",
                "second",
                "microsecond",
            ]
            .iter()
            .enumerate()
            {
                match args.get(i, n) {
                    Some(v) => {
                        fl[i] = args
                            .int(i, n)
                            .map_err(|_| type_error("datetime", n, "int", v))?
                    }
                    None if i < 3 => {
                        return Err(args
                            .req(i, n)
                            .err()
                            .unwrap_or_else(|| RunnelError::internal("datetime")));
                    }
                    None => {}
                }
            }
            let off = tz_arg(args.get(7, "tzinfo"))?;
            dt_tz(make_dt(fl)?, off)
        }
        ("datetime", "date") => {
            let (y, m, d) = (
                args.int(0, "year")?,
                args.int(1, "month")?,
                args.int(2, "day")?,
            );
            date((make_dt([y, m, d, 0, 0, 0, 0])? / DAY) as i32)
        }
        ("datetime", "timedelta") => {
            let mut us = 0f64;
            for (i, (n, mult)) in [
                ("days", 86_400e6),
                ("seconds", 1e6),
                ("microseconds", 1.0),
                ("milliseconds", 1e3),
                ("minutes", 60e6),
                ("hours", 3600e6),
                ("weeks", 7.0 * 86_400e6),
            ]
            .iter()
            .enumerate()
            {
                if let Some(v) = args.get(i, n) {
                    us += py_num(v).ok_or_else(|| type_error("timedelta", n, "number", v))? * mult;
                }
            }
            td(us.round() as i64)
        }
        ("datetime.datetime", "now" | "today" | "utcnow") => {
            let off = if f == "now" {
                tz_arg(args.get(0, "tz"))?
            } else {
                None
            };
            dt_tz(
                (it.session.clock())() * 1000 + off.unwrap_or(0) as i64 * 1_000_000,
                off,
            )
        }
        ("datetime.date", "today") => date(((it.session.clock())() * 1000).div_euclid(DAY) as i32),
        ("datetime.datetime" | "datetime.date", "fromtimestamp" | "utcfromtimestamp") => {
            let us = (num(0, "timestamp")? * 1e6).round() as i64;
            let off = if f == "fromtimestamp" {
                tz_arg(args.get(1, "tz"))?
            } else {
                None
            };
            if module == "datetime.date" {
                date(us.div_euclid(DAY) as i32)
            } else {
                dt_tz(us + off.unwrap_or(0) as i64 * 1_000_000, off)
            }
        }
        ("datetime.datetime", "strptime") => dt(strptime(
            &args.str(0, "date_string")?,
            &args.str(1, "format")?,
        )?),
        ("datetime.datetime" | "datetime.date", "fromisoformat") => {
            let s = args.str(0, "date_string")?;
            let bad = || value_error(format!("Invalid isoformat string: '{s}'"));
            if module == "datetime.date" {
                date(runnel_core::temporal::parse_date(&s).ok_or_else(bad)?)
            } else {
                let t = s.replacen('T', " ", 1);
                // A `Z` or `+HH:MM[:SS]` suffix makes it aware.
                let (t, off) = match t.strip_suffix('Z') {
                    Some(rest) => (rest.to_string(), Some(0)),
                    None => match t
                        .get(10..)
                        .and_then(|r| r.rfind(['+', '-']))
                        .map(|i| i + 10)
                    {
                        Some(i) => {
                            let o = &t[i + 1..];
                            let parts: Vec<&str> = o.split(':').collect();
                            let n: Option<Vec<i32>> =
                                parts.iter().map(|p| p.parse().ok()).collect();
                            let secs = match n.as_deref() {
                                Some([h, m]) => h * 3600 + m * 60,
                                Some([h, m, s]) => h * 3600 + m * 60 + s,
                                Some([hm]) if o.len() == 4 => hm / 100 * 3600 + hm % 100 * 60,
                                _ => return Err(bad()),
                            };
                            let sign = if &t[i..=i] == "-" { -1 } else { 1 };
                            (t[..i].to_string(), Some(sign * secs))
                        }
                        None => (t.clone(), None),
                    },
                };
                let t = t.as_str();
                let us = if t.len() == 10 {
                    runnel_core::temporal::parse_date(t).map(|d| d as i64 * DAY)
                } else {
                    strptime(t, "%Y-%m-%d %H:%M:%S.%f")
                        .or_else(|_| strptime(t, "%Y-%m-%d %H:%M:%S"))
                        .or_else(|_| strptime(t, "%Y-%m-%d %H:%M"))
                        .ok()
                };
                dt_tz(us.ok_or_else(bad)?, off)
            }
        }
        ("datetime.datetime", "combine") => match (args.req(0, "date")?, args.get(1, "time")) {
            (Value::Native(n), None) => match n.as_ref() {
                Native::Date(d) => dt(*d as i64 * DAY),
                _ => return Err(type_error("combine", "date", "date", &a0()?)),
            },
            _ => {
                return Err(unsupported(
                    "datetime.time",
                    "use datetime(y, m, d, H, M, S)",
                ));
            }
        },
        // timezone(timedelta(hours=2)): a fixed offset (of less than a day, as Python's).
        ("datetime", "timezone") | ("datetime.timezone", "__call__") => {
            let Some(Value::Native(n)) = args.get(0, "offset") else {
                return Err(type_error("timezone", "offset", "timedelta", &a0()?));
            };
            let Native::TimeDelta(us) = n.as_ref() else {
                return Err(type_error("timezone", "offset", "timedelta", &a0()?));
            };
            if us.abs() >= DAY {
                return Err(value_error(
                    "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).",
                ));
            }
            let _ = args.get(1, "name");
            tz_value((us / 1_000_000) as i32)
        }
        ("datetime", "time" | "tzinfo") => {
            return Err(unsupported(
                &format!("datetime.{f}"),
                "use datetime.datetime (naive, in UTC) and timedelta",
            ));
        }
        ("re", "compile") => {
            let flags = args.get(1, "flags").and_then(py_num).unwrap_or(0.0) as i64;
            Value::Native(Rc::new(Native::Regex(regex_of(
                args.req(0, "pattern")?,
                flags,
            )?)))
        }
        ("re", "escape") => {
            let s = args.str(0, "pattern")?;
            let mut out = String::new();
            for c in s.chars() {
                if !c.is_alphanumeric() && c != '_' {
                    out.push('\\');
                }
                out.push(c);
            }
            Value::Str(out)
        }
        (
            "re",
            op @ ("match" | "search" | "fullmatch" | "findall" | "finditer" | "split" | "sub"
            | "subn"),
        ) => {
            let sub = matches!(op, "sub" | "subn");
            let flags_at = match op {
                "sub" | "subn" => 4,
                "split" => 3,
                _ => 2,
            };
            let flags = args.get(flags_at, "flags").and_then(py_num).unwrap_or(0.0) as i64;
            let r = regex_of(args.req(0, "pattern")?, flags)?;
            // The pattern's method takes the arguments after the pattern.
            let rest = Args::new(args.pos[1..].to_vec(), args.kw.clone(), op.to_string());
            let s = if sub {
                rest.str(1, "string")?
            } else {
                rest.str(0, "string")?
            };
            let _ = args.keywords();
            regex_op(it, &r, op, &s, &rest)?
        }
        ("re.Pattern", _) => return Ok(None),
        ("random", "random") => Value::Float(super::random::random(clock)),
        ("random", "seed") => {
            super::random::seed(args.get(0, "a"), clock)?;
            Value::None
        }
        ("random", "getrandbits") => {
            let k = args.int(0, "k")?;
            if !(0..=64).contains(&k) {
                return Err(value_error(
                    "getrandbits of more than 64 bits is not supported by Runnel's runner",
                ));
            }
            super::num::int_value(super::random::getrandbits(clock, k as u32).into())
        }
        ("random", "randint" | "randrange") => {
            let (start, stop, step) = if f == "randint" {
                let (a, b) = (args.int(0, "a")?, args.int(1, "b")?);
                (a, Some(b.saturating_add(1)), 1)
            } else if args.pos.len() >= 2 || args.get(1, "stop").is_some() {
                (
                    args.int(0, "start")?,
                    Some(args.int(1, "stop")?),
                    match args.get(2, "step") {
                        Some(_) => args.int(2, "step")?,
                        None => 1,
                    },
                )
            } else {
                (args.int(0, "start")?, None, 1)
            };
            let Some(stop) = stop else {
                if start <= 0 {
                    return Err(value_error("empty range for randrange()"));
                }
                return Ok(Some(Value::Int(
                    super::random::below(clock, start as u64) as i64
                )));
            };
            let width = stop as i128 - start as i128;
            let n = match step {
                1 if width > 0 => width,
                1 => {
                    return Err(value_error(format!(
                        "empty range in randrange({start}, {stop})"
                    )));
                }
                0 => return Err(value_error("zero step for randrange()")),
                s if s > 0 => (width + s as i128 - 1).div_euclid(s as i128),
                s => (width + s as i128 + 1).div_euclid(s as i128),
            };
            if n <= 0 {
                return Err(value_error("empty range for randrange()"));
            }
            let r = super::random::below(clock, n as u64) as i128;
            Value::Int((start as i128 + step as i128 * r) as i64)
        }
        ("random", "uniform") => {
            let (a, b) = (num(0, "a")?, num(1, "b")?);
            Value::Float(a + (b - a) * super::random::random(clock))
        }
        ("random", "gauss") => Value::Float(super::random::gauss(
            clock,
            args.get(0, "mu").and_then(py_num).unwrap_or(0.0),
            args.get(1, "sigma").and_then(py_num).unwrap_or(1.0),
        )),
        ("random", "normalvariate") => Value::Float(super::random::normalvariate(
            clock,
            args.get(0, "mu").and_then(py_num).unwrap_or(0.0),
            args.get(1, "sigma").and_then(py_num).unwrap_or(1.0),
        )),
        ("random", "expovariate") => {
            let lambd = args.get(0, "lambd").and_then(py_num).unwrap_or(1.0);
            Value::Float(-(1.0 - super::random::random(clock)).ln() / lambd)
        }
        ("random", "choice") => {
            let items = iterate(args.req(0, "seq")?)?;
            if items.is_empty() {
                return Err(RunnelError::execution_plain(
                    "IndexError: Cannot choose from an empty sequence",
                )
                .with_exception("IndexError"));
            }
            items[super::random::below(clock, items.len() as u64) as usize].clone()
        }
        ("random", "choices") => {
            let items = iterate(args.req(0, "population")?)?;
            let k = match args.get(usize::MAX, "k") {
                Some(_) => args.int(usize::MAX, "k")?.max(0) as usize,
                None => 1,
            };
            let cum: Option<Vec<f64>> = match (
                given(args, 1, "weights"),
                given(args, usize::MAX, "cum_weights"),
            ) {
                (Some(w), None) => {
                    let mut acc = 0.0;
                    Some(
                        iterate(&w)?
                            .iter()
                            .map(|x| {
                                acc += py_num(x).unwrap_or(0.0);
                                acc
                            })
                            .collect(),
                    )
                }
                (None, Some(c)) => Some(
                    iterate(&c)?
                        .iter()
                        .map(|x| py_num(x).unwrap_or(0.0))
                        .collect(),
                ),
                (None, None) => None,
                (Some(_), Some(_)) => {
                    return Err(RunnelError::execution_plain(
                        "TypeError: Cannot specify both weights and cumulative weights",
                    )
                    .with_exception("TypeError"));
                }
            };
            let n = items.len();
            if n == 0 && k > 0 {
                return Err(RunnelError::execution_plain(
                    "IndexError: Cannot choose from an empty population",
                )
                .with_exception("IndexError"));
            }
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let r = super::random::random(clock);
                let i = match &cum {
                    None => (r * n as f64).floor() as usize,
                    Some(c) => {
                        if c.len() != n {
                            return Err(value_error(
                                "The number of weights does not match the population",
                            ));
                        }
                        let total = c.last().copied().unwrap_or(0.0);
                        let x = r * total;
                        // bisect_right(c, x, 0, n - 1)
                        c[..n - 1].partition_point(|w| *w <= x)
                    }
                };
                out.push(items[i.min(n - 1)].clone());
            }
            Value::list(out)
        }
        ("random", "shuffle") => {
            if let Value::List(l) = args.req(0, "x")? {
                let mut v = l.borrow_mut();
                for i in (1..v.len()).rev() {
                    let j = super::random::below(clock, i as u64 + 1) as usize;
                    v.swap(i, j);
                }
            }
            Value::None
        }
        ("random", "sample") => {
            let items = iterate(args.req(0, "population")?)?;
            let k = args.int(1, "k")?;
            if k < 0 || k as usize > items.len() {
                return Err(value_error("Sample larger than population or is negative"));
            }
            Value::list(super::random::sample(clock, items, k as usize))
        }
        ("decimal", "Decimal") => decimal_value(match args.get(0, "value") {
            None => Dec::from_int(0),
            Some(Value::Str(s)) => Dec::parse(s)?,
            Some(Value::Float(f)) => Dec::from_f64(*f)?,
            Some(v) => as_decimal(v).ok_or_else(|| {
                RunnelError::execution_plain(format!(
                    "TypeError: conversion from {} to Decimal is not supported",
                    v.type_name()
                ))
                .with_exception("TypeError")
            })?,
        }),
        ("uuid", "uuid4") => Value::Native(Rc::new(Native::Uuid(uuid4(it)))),
        ("hashlib", "md5" | "sha1" | "sha224" | "sha256" | "sha384" | "sha512" | "new") => {
            let (alg, at) = if f == "new" {
                (args.str(0, "name")?.to_ascii_lowercase(), 1)
            } else {
                (f.to_string(), 0)
            };
            let alg: &'static str = match alg.as_str() {
                "md5" => "md5",
                "sha1" => "sha1",
                "sha224" => "sha224",
                "sha256" => "sha256",
                "sha384" => "sha384",
                "sha512" => "sha512",
                other => {
                    return Err(value_error(format!("unsupported hash type {other}")));
                }
            };
            let data = match args.get(at, "data").or_else(|| args.get(at, "string")) {
                Some(v) => hash_data(v)?,
                None => Vec::new(),
            };
            Value::Native(Rc::new(Native::Hash(alg, RefCell::new(data))))
        }
        ("uuid", "UUID") => {
            Value::Native(Rc::new(Native::Uuid(args.str(0, "hex")?.to_lowercase())))
        }
        ("uuid", "uuid1" | "uuid3" | "uuid5") => {
            return Err(unsupported(&format!("uuid.{f}"), "use uuid.uuid4()"));
        }
        ("tempfile", "gettempdir") => Value::Str(
            std::env::temp_dir()
                .to_string_lossy()
                .trim_end_matches('/')
                .to_string(),
        ),
        ("tempfile", "TemporaryDirectory" | "mkdtemp") => {
            let base = match args.opt_str(2, "dir")? {
                Some(d) => d,
                None => std::env::temp_dir()
                    .to_string_lossy()
                    .trim_end_matches('/')
                    .to_string(),
            };
            let prefix = args.opt_str(1, "prefix")?.unwrap_or_else(|| "tmp".into());
            let suffix = args.opt_str(0, "suffix")?.unwrap_or_default();
            let mut path;
            loop {
                let tag: String = format!("{:016x}", next_u64(it)).chars().take(8).collect();
                path = format!("{base}/{prefix}{tag}{suffix}");
                if path_kind(it, &path) == PathKind::Missing {
                    break;
                }
            }
            it.session.file_system().create_dir_all(&path)?;
            if f == "mkdtemp" {
                Value::Str(path)
            } else {
                Value::Native(Rc::new(Native::TempDir(path, Cell::new(false))))
            }
        }
        ("tempfile", other) => {
            return Err(unsupported(
                &format!("tempfile.{other}"),
                "use tempfile.TemporaryDirectory() or mkdtemp() and open() a file in it",
            ));
        }
        ("shutil", "rmtree") => {
            let p = args.str(0, "path")?;
            let ignore = args.bool_or(1, "ignore_errors", false);
            let fail = match path_kind(it, &p) {
                PathKind::Missing => Some(std::io::ErrorKind::NotFound),
                PathKind::File => Some(std::io::ErrorKind::NotADirectory),
                PathKind::Dir => None,
            };
            match fail {
                Some(kind) if !ignore => return Err(os_error(kind.into(), &p)),
                Some(_) => {}
                None => {
                    let r = it.session.file_system().remove_dir_all(&p);
                    if !ignore {
                        r?;
                    }
                }
            }
            Value::None
        }
        ("shutil", "copy" | "copyfile" | "copy2" | "move") => {
            let (src, dst) = (args.str(0, "src")?, args.str(1, "dst")?);
            let fs = it.session.file_system();
            if fs.kind(&src) == PathKind::Missing {
                return Err(os_error(std::io::ErrorKind::NotFound.into(), &src));
            }
            if f == "copyfile" && fs.kind(&dst) == PathKind::Dir {
                return Err(os_error(std::io::ErrorKind::IsADirectory.into(), &dst));
            }
            // Into a folder: the folder's file of src's name.
            let dst = if fs.kind(&dst) == PathKind::Dir {
                format!("{dst}/{}", src.rsplit('/').next().unwrap_or(&src))
            } else {
                dst
            };
            if parent_missing(&*fs, &dst) {
                return Err(os_error(std::io::ErrorKind::NotFound.into(), &dst));
            }
            if f == "move" {
                fs.rename(&src, &dst)?;
            } else {
                fs.write(&dst, &fs.read(&src)?)?;
            }
            Value::Str(dst)
        }
        ("shutil", "copytree") => {
            let (src, dst) = (args.str(0, "src")?, args.str(1, "dst")?);
            let fs = it.session.file_system();
            for e in fs.list(&src, true)? {
                let rel = e
                    .path
                    .strip_prefix(&src)
                    .unwrap_or(&e.path)
                    .trim_start_matches('/');
                fs.write(&format!("{dst}/{rel}"), &fs.read(&e.path)?)?;
            }
            Value::Str(dst)
        }
        ("shutil", other) => {
            return Err(unsupported(
                &format!("shutil.{other}"),
                "use shutil.rmtree, copy, copyfile, copytree or move",
            ));
        }
        ("collections", "Counter") => {
            let mut items = Vec::new();
            if let Some(src) = args.get(0, "iterable") {
                counter_update(&mut items, src)?;
            }
            for (k, v) in args.keywords() {
                counter_add(
                    &mut items,
                    Value::Str(k.clone()),
                    py_num(v).unwrap_or(0.0) as i64,
                );
            }
            Value::Dict(Rc::new(PyDict::new(items, DictKind::Counter)))
        }
        ("collections", "defaultdict") => {
            let factory = args
                .get(0, "default_factory")
                .cloned()
                .unwrap_or(Value::None);
            let items = match args.get(1, "map") {
                Some(Value::Dict(d)) => d.borrow().clone(),
                _ => vec![],
            };
            Value::Dict(Rc::new(PyDict::new(items, DictKind::Default(factory))))
        }
        ("os.path", "join") => {
            let mut out = String::new();
            for p in &args.pos {
                let p = p.to_py_str();
                if p.starts_with('/') || out.is_empty() {
                    out = p;
                } else if out.ends_with('/') {
                    out.push_str(&p);
                } else {
                    out = format!("{out}/{p}");
                }
            }
            Value::Str(out)
        }
        ("os", "listdir") => {
            let p = args.opt_str(0, "path")?.unwrap_or_else(|| ".".into());
            let names = it
                .session
                .file_system()
                .read_dir(&p)
                .map_err(|e| os_error(e, &p))?;
            Value::List(Rc::new(RefCell::new(
                names.into_iter().map(Value::Str).collect(),
            )))
        }
        ("os.path", "exists" | "isdir" | "isfile") => {
            let p = args.str(0, "path")?;
            let kind = path_kind(it, &p);
            Value::Bool(match f {
                "isdir" => kind == PathKind::Dir,
                "isfile" => kind == PathKind::File,
                _ => kind != PathKind::Missing,
            })
        }
        ("os.path", "basename") => Value::Str(
            args.str(0, "p")?
                .rsplit('/')
                .next()
                .unwrap_or("")
                .to_string(),
        ),
        ("os.path", "dirname") => {
            let p = args.str(0, "p")?;
            Value::Str(
                p.rsplit_once('/')
                    .map(|(d, _)| if d.is_empty() { "/" } else { d })
                    .unwrap_or("")
                    .to_string(),
            )
        }
        ("os.path", "abspath") => Value::Str(abspath(args.str(0, "path")?)),
        // relpath(path, start=os.curdir): the way from start to path, as posixpath's.
        ("os.path", "relpath") => {
            let p = args.str(0, "path")?;
            if p.is_empty() {
                return Err(value_error("no path specified"));
            }
            let start = match args.get(1, "start") {
                None | Some(Value::None) => ".".to_string(),
                Some(v) => v.to_py_str(),
            };
            let parts = |x: String| -> Vec<String> {
                abspath(x)
                    .split('/')
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
                    .collect()
            };
            let (to, from) = (parts(p), parts(start));
            let common = to.iter().zip(&from).take_while(|(a, b)| a == b).count();
            let mut rel: Vec<String> = vec!["..".to_string(); from.len() - common];
            rel.extend(to[common..].iter().cloned());
            Value::Str(if rel.is_empty() {
                ".".into()
            } else {
                rel.join("/")
            })
        }
        ("os.path", "normpath") => Value::Str(normpath(&args.str(0, "path")?)),
        ("os.path", "isabs") => Value::Bool(args.str(0, "s")?.starts_with('/')),
        ("os.path", "split") => {
            let p = args.str(0, "p")?;
            let (head, tail) = match p.rfind('/') {
                Some(i) => (&p[..=i], &p[i + 1..]),
                None => ("", p.as_str()),
            };
            let trimmed = head.trim_end_matches('/');
            let head = if trimmed.is_empty() { head } else { trimmed };
            Value::Tuple(vec![Value::Str(head.into()), Value::Str(tail.into())])
        }
        ("os.path", "expanduser") => {
            let p = args.str(0, "path")?;
            let home = std::env::var("HOME").ok();
            Value::Str(match (p.strip_prefix('~'), home) {
                (Some(rest), Some(h)) if rest.is_empty() || rest.starts_with('/') => {
                    format!("{h}{rest}")
                }
                _ => p,
            })
        }
        // Files and folders on the machine (none in the browser: Python's OSError).
        ("os", "remove" | "unlink" | "rmdir" | "rename" | "replace") => {
            let p = args.str(0, "path").or_else(|_| args.str(0, "src"))?;
            let fs = it.session.file_system();
            let kind = fs.kind(&p);
            let fail = |k: std::io::ErrorKind, path: &str| Err(os_error(k.into(), path));
            match f {
                "rmdir" => fs.remove_dir(&p).map_err(|e| os_error(e, &p))?,
                "rename" | "replace" => {
                    let to = args.str(1, "dst")?;
                    // CPython names both paths: 'src' -> 'dst'.
                    let both = format!("{p}' -> '{to}");
                    if f == "rename" && fs.kind(&to) == PathKind::Dir {
                        return fail(std::io::ErrorKind::IsADirectory, &both);
                    }
                    // Unlike a file source's archive, os.rename makes no folders.
                    if kind == PathKind::Missing || parent_missing(&*fs, &to) {
                        return fail(std::io::ErrorKind::NotFound, &both);
                    }
                    fs.rename(&p, &to)?;
                }
                _ if kind == PathKind::Missing => return fail(std::io::ErrorKind::NotFound, &p),
                _ if kind == PathKind::Dir => return fail(std::io::ErrorKind::IsADirectory, &p),
                _ => fs.remove_file(&p)?,
            }
            Value::None
        }
        ("os.path", "getmtime") => {
            let p = args.str(0, "filename")?;
            Value::Float(file_entry(it, &p)?.mtime_ms as f64 / 1000.0)
        }
        ("os", "getcwd") => Value::Str(
            std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "/".into()),
        ),
        ("os.path", "splitext") => {
            let p = args.str(0, "p")?;
            let base_start = p.rfind('/').map_or(0, |i| i + 1);
            match p[base_start..].rfind('.').filter(|i| *i > 0) {
                Some(i) => Value::Tuple(vec![
                    Value::Str(p[..base_start + i].into()),
                    Value::Str(p[base_start + i..].into()),
                ]),
                None => Value::Tuple(vec![Value::Str(p), Value::Str(String::new())]),
            }
        }
        ("os.path", "getsize") => {
            Value::Int(file_entry(it, &args.str(0, "filename")?)?.size as i64)
        }
        ("typing", _) => Value::Builtin(name.to_string()),
        (m, _) if is_module(m) || is_class(m) => {
            return Err(unsupported(
                &format!("{name}()"),
                "see the README for the standard modules' functions Runnel's runner has",
            ));
        }
        _ => return Ok(None),
    }))
}
