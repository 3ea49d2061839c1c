//! Python's format specification mini-language for ints, floats and strings (what
//! `f"{x:spec}"`, `"{:spec}".format(x)` and `format(x, spec)` apply):
//! `[[fill]align][sign][#][0][width][grouping][.precision][type]`.

use runnel_core::error::{Result, RunnelError};

use super::args::Args;
use super::interp::Interpreter;
use super::value::{Value, py_float};

/// A parsed format spec.
#[derive(Debug, Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse(spec: &str) -> Option<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && is_align(c[1]) {
        s.fill = Some(c[0]);
        s.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = c[start..i].iter().collect::<String>().parse().ok()?;
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        s.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
        s.precision = c[start..i].iter().collect::<String>().parse().ok();
    }
    if i < c.len() {
        s.ty = Some(c[i]);
        i += 1;
    }
    (i == c.len()).then_some(s)
}

/// Groups the digits of an integer part by three (or four for `_` with x/o/b).
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (k, ch) in digits.chars().enumerate() {
        if k > 0 && (n - k).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Python's exponent: `e+03`, `e-05`.
fn py_exp(rust: &str, upper: bool) -> String {
    let (m, e) = rust.split_once('e').unwrap_or((rust, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let ch = if upper { 'E' } else { 'e' };
    format!("{m}{ch}{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g` of a finite non-negative `x` with `p` significant digits; `no_type` for a spec
/// with a precision and no type (fixed notation keeps a digit after the point, and
/// scientific notation starts one exponent earlier).
fn general(x: f64, p: usize, alt: bool, upper: bool, no_type: bool) -> String {
    let p = p.max(1);
    let sci = format!("{:.*e}", p - 1, x);
    let (m, e) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    let hi = if no_type { p as i32 - 1 } else { p as i32 };
    let use_sci = exp < -4 || exp >= hi;
    let mut out = if use_sci {
        let m = if alt { m.to_string() } else { strip_zeros(m) };
        py_exp(&format!("{m}e{exp}"), upper)
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let f = format!("{x:.decimals$}");
        if alt { f } else { strip_zeros(&f) }
    };
    if no_type && !use_sci && !out.contains('.') {
        out.push_str(".0");
    }
    out
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// `format(v, spec)` for ints, floats, bools and strings; `None` for a spec it does not
/// read (the caller then uses the value's text).
pub(crate) fn format_value(v: &Value, spec: &str) -> Option<String> {
    let s = parse(spec)?;
    // A bool with a spec formats as the int it is (`f"{True:>5}"` is `    1`).
    let numeric = matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
    );
    let (negative, body) = match v {
        Value::Str(text) => {
            if !matches!(s.ty, None | Some('s')) {
                return None;
            }
            let t: String = match s.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text.clone(),
            };
            (false, t)
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) if numeric => {
            let (neg, digits) = match v {
                Value::Int(i) => (*i < 0, i.unsigned_abs().to_string()),
                Value::Bool(b) => (false, u8::from(*b).to_string()),
                other => {
                    let r = other.repr();
                    match r.strip_prefix('-') {
                        Some(d) => (true, d.to_string()),
                        None => (false, r),
                    }
                }
            };
            match s.ty {
                None | Some('d') | Some('n') => {
                    let d = match s.grouping {
                        Some(sep) => group(&digits, sep, 3),
                        None => digits,
                    };
                    (neg, d)
                }
                Some(t @ ('x' | 'X' | 'o' | 'b')) => {
                    let n: u128 = digits.parse().ok()?;
                    let (mut d, prefix) = match t {
                        'x' => (format!("{n:x}"), "0x"),
                        'X' => (format!("{n:X}"), "0X"),
                        'o' => (format!("{n:o}"), "0o"),
                        _ => (format!("{n:b}"), "0b"),
                    };
                    if let Some(sep) = s.grouping {
                        d = group(&d, sep, 4);
                    }
                    (neg, if s.alt { format!("{prefix}{d}") } else { d })
                }
                Some('c') => (false, char::from_u32(digits.parse().ok()?)?.to_string()),
                Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                    let f: f64 = digits.parse().ok()?;
                    return format_value(&Value::Float(if neg { -f } else { f }), spec);
                }
                _ => return None,
            }
        }
        Value::Float(f) => {
            let neg = f.is_sign_negative() && !(f.is_nan());
            let x = f.abs();
            let body = if x.is_infinite() || x.is_nan() {
                let t = if x.is_nan() { "nan" } else { "inf" };
                if matches!(s.ty, Some('E' | 'F' | 'G')) {
                    t.to_uppercase()
                } else {
                    t.to_string()
                }
            } else {
                match s.ty {
                    Some('f' | 'F') => {
                        let p = s.precision.unwrap_or(6);
                        let t = format!("{x:.p$}");
                        if s.alt && p == 0 { format!("{t}.") } else { t }
                    }
                    Some('%') => {
                        let p = s.precision.unwrap_or(6);
                        format!("{:.p$}%", x * 100.0)
                    }
                    Some(t @ ('e' | 'E')) => {
                        let p = s.precision.unwrap_or(6);
                        py_exp(&format!("{x:.p$e}"), t == 'E')
                    }
                    Some(t @ ('g' | 'G')) => {
                        general(x, s.precision.unwrap_or(6), s.alt, t == 'G', false)
                    }
                    None => match s.precision {
                        Some(p) => general(x, p, s.alt, false, true),
                        None => py_float(x),
                    },
                    _ => return None,
                }
            };
            // Grouping applies to the integer part.
            let body = match s.grouping {
                Some(sep) if body.starts_with(|c: char| c.is_ascii_digit()) => {
                    let end = body
                        .find(|c: char| !c.is_ascii_digit())
                        .unwrap_or(body.len());
                    format!("{}{}", group(&body[..end], sep, 3), &body[end..])
                }
                _ => body,
            };
            (neg, body)
        }
        _ => return None,
    };
    let sign = match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) if numeric => "+",
        (false, Some(' ')) if numeric => " ",
        _ => "",
    };
    let len = sign.chars().count() + body.chars().count();
    if len >= s.width {
        return Some(format!("{sign}{body}"));
    }
    let pad = s.width - len;
    let (fill, align) = match (s.fill, s.align) {
        (f, Some(a)) => (f.unwrap_or(' '), a),
        (_, None) if s.zero && numeric => ('0', '='),
        (_, None) if s.zero => ('0', '<'),
        (_, None) if numeric => (' ', '>'),
        _ => (' ', '<'),
    };
    let fills = |n: usize| fill.to_string().repeat(n);
    Some(match align {
        '<' => format!("{sign}{body}{}", fills(pad)),
        '^' => format!("{}{sign}{body}{}", fills(pad / 2), fills(pad - pad / 2)),
        '=' => format!("{sign}{}{body}", fills(pad)),
        _ => format!("{}{sign}{body}", fills(pad)),
    })
}

/// Python's error for a spec `v` cannot take: a spec that does not parse, a type code
/// its type has not, or a spec given to a type without one.
pub(crate) fn format_error(v: &Value, spec: &str) -> RunnelError {
    let t = v.type_name();
    match parse(spec) {
        _ if !matches!(
            v,
            Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
        ) =>
        {
            RunnelError::execution_plain(format!(
                "TypeError: unsupported format string passed to {t}.__format__"
            ))
            .with_exception("TypeError")
        }
        Some(Spec { ty: Some(c), .. }) => RunnelError::execution_plain(format!(
            "ValueError: Unknown format code '{c}' for object of type '{t}'"
        ))
        .with_exception("ValueError"),
        _ => RunnelError::execution_plain(format!(
            "ValueError: Invalid format specifier '{spec}' for object of type '{t}'"
        ))
        .with_exception("ValueError"),
    }
}

fn type_error(m: String) -> RunnelError {
    RunnelError::execution_plain(format!("TypeError: {m}")).with_exception("TypeError")
}

/// `fmt % args`: printf-style formatting (`%[(key)][flags][width][.precision]type`), as
/// Python's `str.__mod__`.
/// With the interpreter, `%s` and `%r` of an object of the script's classes are its
/// `__str__` and `__repr__`.
pub(crate) fn percent(it: Option<&Interpreter>, fmt: &str, args: &Value) -> Result<String> {
    let mapping = matches!(args, Value::Dict(_));
    let vals = match args {
        Value::Tuple(t) => t.clone(),
        other => vec![other.clone()],
    };
    let mut next = vals.iter();
    let mut used_key = false;
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let incomplete = || {
        RunnelError::execution_plain("ValueError: incomplete format").with_exception("ValueError")
    };
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        // (key)
        let mut key = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let mut k = String::new();
            let mut depth = 1;
            for n in chars.by_ref() {
                match n {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                k.push(n);
            }
            key = Some(k);
        }
        let mut flags = String::new();
        while let Some(&f) = chars.peek().filter(|f| "-+ #0".contains(**f)) {
            flags.push(f);
            chars.next();
        }
        let mut width = String::new();
        while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            width.push(d);
            chars.next();
        }
        let mut precision = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                p.push(d);
                chars.next();
            }
            precision = Some(p.parse::<usize>().unwrap_or(0));
        }
        // Length modifiers are read and ignored, as Python does.
        while chars.peek().is_some_and(|c| matches!(c, 'h' | 'l' | 'L')) {
            chars.next();
        }
        let Some(conv) = chars.next() else {
            return Err(incomplete());
        };
        if conv == '%' && key.is_none() {
            out.push('%');
            continue;
        }
        if conv == '*' || width == "*" {
            return Err(RunnelError::not_supported(
                "'*' for a width or precision in %-formatting: write the width into the format",
            ));
        }
        let v = match &key {
            Some(k) => {
                used_key = true;
                let Value::Dict(d) = args else {
                    return Err(type_error("format requires a mapping".into()));
                };
                d.borrow()
                    .iter()
                    .find(|(dk, _)| matches!(dk, Value::Str(s) if s == k))
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| super::builtins::key_error(&Value::Str(k.to_string())))?
            }
            None if mapping && vals.len() == 1 => {
                // `'%s' % {...}` formats the dict itself.
                next.next();
                args.clone()
            }
            None => next
                .next()
                .cloned()
                .ok_or_else(|| type_error("not enough arguments for format string".into()))?,
        };
        // An IntEnum's (IntFlag's) member is its int for the number conversions.
        let v = match &v {
            Value::Instance(o) if conv != 's' && conv != 'r' && conv != 'a' => {
                super::enums::mixed_value(o).unwrap_or(v)
            }
            _ => v,
        };
        let left = flags.contains('-');
        let zero = flags.contains('0') && !left;
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let alt = if flags.contains('#') { "#" } else { "" };
        let align = if left {
            "<"
        } else if zero {
            ""
        } else {
            ">"
        };
        let zero = if zero { "0" } else { "" };
        let prec = precision.map(|p| format!(".{p}")).unwrap_or_default();
        let text = match conv {
            's' | 'r' | 'a' => {
                let s = match (it, conv) {
                    (Some(i), 's') => i.py_str(&v)?,
                    (Some(i), _) => i.py_repr(&v)?,
                    (None, 's') => v.to_py_str(),
                    (None, _) => v.repr(),
                };
                let s = if conv == 'a' { ascii(&s) } else { s };
                let s: String = match precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let w: usize = width.parse().unwrap_or(0);
                let pad = " ".repeat(w.saturating_sub(s.chars().count()));
                if left { s + &pad } else { pad + &s }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match &v {
                    Value::Int(_) | Value::BigInt(_) => v.clone(),
                    Value::Bool(b) => Value::Int(*b as i64),
                    Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                        super::num::int_of_float(f.trunc())?
                    }
                    other => {
                        let what = if matches!(conv, 'd' | 'i' | 'u') {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return Err(type_error(format!(
                            "%{conv} format: {what} is required, not {}",
                            other.type_name()
                        )));
                    }
                };
                let ty = if matches!(conv, 'i' | 'u') { 'd' } else { conv };
                match precision {
                    None => {
                        let spec = format!("{align}{sign}{alt}{zero}{width}{ty}");
                        format_value(&n, &spec).ok_or_else(|| format_error(&n, &spec))?
                    }
                    // A precision is the least number of digits (`%.3d` % 5 is `005`).
                    Some(p) => {
                        let neg = super::num::num_cmp(&n, &Value::Int(0))
                            == Some(std::cmp::Ordering::Less);
                        let abs = super::num::int_abs(&n).unwrap_or(n.clone());
                        let digits = format_value(&abs, &ty.to_string())
                            .ok_or_else(|| format_error(&abs, "d"))?;
                        let prefix = match (alt, ty) {
                            ("#", 'x') => "0x",
                            ("#", 'X') => "0X",
                            ("#", 'o') => "0o",
                            _ => "",
                        };
                        let body = format!("{}{prefix}{digits:0>p$}", if neg { "-" } else { sign });
                        let w: usize = width.parse().unwrap_or(0);
                        let pad = " ".repeat(w.saturating_sub(body.chars().count()));
                        if left { body + &pad } else { pad + &body }
                    }
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match &v {
                    Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) => {
                        v.clone()
                    }
                    other => {
                        return Err(type_error(format!(
                            "must be real number, not {}",
                            other.type_name()
                        )));
                    }
                };
                let x = match x {
                    Value::Float(_) => x,
                    other => Value::Float(super::ops::py_num(&other).unwrap_or(f64::NAN)),
                };
                let prec = if prec.is_empty() {
                    ".6".to_string()
                } else {
                    prec
                };
                let spec = format!("{align}{sign}{alt}{zero}{width}{prec}{conv}");
                format_value(&x, &spec).ok_or_else(|| format_error(&x, &spec))?
            }
            'c' => {
                let s = match &v {
                    Value::Int(i) => {
                        char::from_u32(*i as u32).map(String::from).ok_or_else(|| {
                            RunnelError::execution_plain(
                                "OverflowError: %c arg not in range(0x110000)",
                            )
                            .with_exception("OverflowError")
                        })?
                    }
                    Value::Str(s) if s.chars().count() == 1 => s.clone(),
                    _ => {
                        return Err(type_error(
                            "%c requires an int or a unicode character".into(),
                        ));
                    }
                };
                let w: usize = width.parse().unwrap_or(0);
                let pad = " ".repeat(w.saturating_sub(1));
                if left { s + &pad } else { pad + &s }
            }
            other => {
                let at = fmt.chars().count() - chars.clone().count() - 1;
                return Err(RunnelError::execution_plain(format!(
                    "ValueError: unsupported format character '{other}' (0x{:x}) at index {at}",
                    other as u32
                ))
                .with_exception("ValueError"));
            }
        };
        out.push_str(&text);
    }
    if !mapping && !used_key && next.next().is_some() {
        return Err(type_error(
            "not all arguments converted during string formatting".into(),
        ));
    }
    Ok(out)
}

/// `fmt.format(*args, **kwargs)`: replacement fields `{[name][.attr|[key]]...[!conv][:spec]}`
/// (a spec may hold fields of its own: `{:{width}}`), `{{` and `}}`, as Python's.
pub(crate) fn str_format(it: &Interpreter, fmt: &str, args: &Args) -> Result<String> {
    fields(it, fmt, args, &mut Some(0), &mut false)
}

/// [`str_format`] with the numbering so far: the next automatic index (`None` once a field
/// was numbered by hand), and whether one was.
fn fields(
    it: &Interpreter,
    fmt: &str,
    args: &Args,
    auto: &mut Option<usize>,
    manual: &mut bool,
) -> Result<String> {
    let value_error = |m: &str| {
        RunnelError::execution_plain(format!("ValueError: {m}")).with_exception("ValueError")
    };
    let positional = |i: usize| {
        args.pos.get(i).cloned().ok_or_else(|| {
            RunnelError::execution_plain(format!(
                "IndexError: Replacement index {i} out of range for positional args tuple"
            ))
            .with_exception("IndexError")
        })
    };
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '}' {
            if chars.next_if_eq(&'}').is_some() {
                out.push('}');
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            continue;
        }
        if chars.next_if_eq(&'{').is_some() {
            out.push('{');
            continue;
        }
        // The field up to its matching '}' (a spec may nest one level of fields).
        let mut field = String::new();
        let mut depth = 1;
        let mut closed = false;
        for n in chars.by_ref() {
            match n {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        closed = true;
                        break;
                    }
                }
                _ => {}
            }
            field.push(n);
        }
        if !closed {
            return Err(value_error(if field.is_empty() {
                "Single '{' encountered in format string"
            } else {
                "expected '}' before end of string"
            }));
        }
        // name[!conv][:spec]; the name ends at the first '!' or ':' outside brackets.
        let mut end = field.len();
        let mut in_bracket = false;
        for (i, ch) in field.char_indices() {
            match ch {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '!' | ':' if !in_bracket => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        let (name, rest) = field.split_at(end);
        let (conv, spec) = match rest.strip_prefix('!') {
            Some(r) => {
                let (cv, sp) = r.split_once(':').unwrap_or((r, ""));
                if cv.chars().count() != 1 || !matches!(cv, "r" | "s" | "a") {
                    return Err(value_error(&format!(
                        "Unknown conversion specifier {}",
                        if cv.is_empty() {
                            "\\0".to_string()
                        } else {
                            cv.to_string()
                        }
                    )));
                }
                (cv.chars().next(), sp.to_string())
            }
            None => (None, rest.strip_prefix(':').unwrap_or("").to_string()),
        };
        // The first part of the name: an index, a keyword, or nothing (automatic).
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut path) = name.split_at(first_end);
        let mut v = if first.is_empty() {
            // (`*auto` is None once a field was numbered by hand.)
            let Some(i) = auto.filter(|_| !*manual) else {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            };
            *auto = Some(i + 1);
            positional(i)?
        } else if let Ok(i) = first.parse::<usize>() {
            if auto.is_some_and(|a| a > 0) {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *manual = true;
            *auto = None;
            positional(i)?
        } else {
            args.keywords()
                .iter()
                .find(|(k, _)| k == first)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| super::builtins::key_error(&Value::Str(first.to_string())))?
        };
        // .attr and [key] (a key of digits is an int, anything else a string).
        while !path.is_empty() {
            if let Some(r) = path.strip_prefix('.') {
                let e = r.find(['.', '[']).unwrap_or(r.len());
                v = super::builtins::get_attr(it, v, &r[..e])?;
                path = &r[e..];
            } else if let Some(r) = path.strip_prefix('[') {
                let Some(e) = r.find(']') else {
                    return Err(value_error("Missing ']' in format string"));
                };
                let k = &r[..e];
                let key = match k.parse::<i64>() {
                    Ok(i) if !k.starts_with('-') => Value::Int(i),
                    _ => Value::Str(k.to_string()),
                };
                v = super::ops::subscript(it.bindings, v, key)?;
                path = &r[e + 1..];
            } else {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        let spec = if spec.contains('{') {
            fields(it, &spec, args, auto, manual)?
        } else {
            spec
        };
        let v = match conv {
            Some('r') => Value::Str(it.py_repr(&v)?),
            Some('a') => Value::Str(ascii(&it.py_repr(&v)?)),
            Some(_) => Value::Str(it.py_str(&v)?),
            None => v,
        };
        out.push_str(&match (&v, spec.is_empty()) {
            (_, true) => it.py_str(&v)?,
            _ => super::interp::format_spec(&v, &spec)?,
        });
    }
    Ok(out)
}

/// Python's `ascii()` of a repr: non-ASCII characters escaped.
pub(crate) fn ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}
