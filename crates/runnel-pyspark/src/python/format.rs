//! Python's format specification mini-language for ints, floats and strings (what
//! `f"{x:spec}"`, `"{:spec}".format(x)` and `format(x, spec)` apply):
//! `[[fill]align][sign][#][0][width][grouping][.precision][type]`.

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
