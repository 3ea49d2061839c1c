//! Number formats, as Spark's `ToNumberParser`: `to_number(text, format)` /
//! `try_to_number` read a decimal whose precision and scale the format gives, and
//! `to_char(number, format)` (also `to_varchar`) writes one. A format is
//! `[MI|S] [$] [0|9|G|,]* [.|D] [0|9]* [$] [PR|MI|S]`; a bad one is Spark's
//! INVALID_FORMAT at analysis. `to_char` of a date or timestamp is `date_format`, of
//! binary `base64`, `hex` or `decode(..., 'utf-8')`, as Spark rewrites them.

use std::sync::Arc;

use arrow_array::builder::{Decimal128Builder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::types::Decimal128Type;
use arrow_array::{Array, ArrayRef};
use arrow_schema::DataType as T;

use super::{Builder, Call, NameCall};
use crate::error::{Result, RunnelError};
use crate::expr::phys::PhysExpr;
use crate::scalar::{ScalarValue, format_decimal};

/// Registers the functions (called from `string`'s register: Spark lists them there).
pub(super) fn register(r: &mut Builder) {
    r.scalar("to_number", |c| bind_to_number(c, false))
        .literals(&[1])
        .py("col, format");
    r.scalar("try_to_number", |c| bind_to_number(c, true))
        .literals(&[1])
        .py("col, format");
    r.scalar("to_char", bind_to_char)
        .alias(&["to_varchar"])
        .literals(&[1])
        .py("col, format")
        .named(to_char_name);
}

/// One token of a format string.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// Exactly so many digits (`0` first, before the point).
    Exactly(usize),
    /// At most so many digits.
    AtMost(usize),
    Point,
    Comma,
    Dollar,
    /// `S`: an optional `+` or `-`.
    PlusMinus,
    /// `MI`: an optional `-`.
    Minus,
    /// `PR`'s `<` (put first) and `>` (put last).
    Open,
    Close,
    Bad(char),
    /// Digits and separators run together, in reverse order (`tokens`), and the digits
    /// alone (`digits`), also reversed.
    Groups(Vec<Tok>, Vec<Tok>),
}

impl Tok {
    fn count(&self) -> usize {
        match self {
            Tok::Exactly(n) | Tok::AtMost(n) => *n,
            Tok::Groups(_, d) => d.iter().map(Tok::count).sum(),
            _ => 0,
        }
    }
    /// Spark's name of the token in messages.
    fn text(&self) -> String {
        match self {
            Tok::Exactly(_) | Tok::AtMost(_) | Tok::Groups(..) => "digit sequence".into(),
            Tok::Point => ". or D".into(),
            Tok::Comma => ", or G".into(),
            Tok::Dollar => "$".into(),
            Tok::PlusMinus => "S".into(),
            Tok::Minus => "MI".into(),
            Tok::Open | Tok::Close => "PR".into(),
            Tok::Bad(c) => format!("character '{c}''"),
        }
    }
}

/// A checked format: its tokens, precision and scale.
#[derive(Debug, Clone)]
struct NumberFormat {
    text: String,
    toks: Vec<Tok>,
    precision: usize,
    scale: usize,
}

fn tokens(f: &str) -> Vec<Tok> {
    let c: Vec<char> = f.chars().collect();
    let mut toks: Vec<Tok> = Vec::new();
    let mut i = 0;
    let mut after_point = false;
    while i < c.len() {
        match c[i] {
            d @ ('0' | '9') => {
                let start = i;
                i += 1;
                while i < c.len() && (c[i] == '0' || c[i] == '9') {
                    i += 1;
                }
                toks.push(if d == '0' && !after_point {
                    Tok::Exactly(i - start)
                } else {
                    Tok::AtMost(i - start)
                });
                continue;
            }
            '.' | 'D' => {
                toks.push(Tok::Point);
                after_point = true;
            }
            ',' | 'G' => toks.push(Tok::Comma),
            '$' => toks.push(Tok::Dollar),
            'S' => toks.push(Tok::PlusMinus),
            'M' if c.get(i + 1) == Some(&'I') => {
                toks.push(Tok::Minus);
                i += 1;
            }
            'P' if c.get(i + 1) == Some(&'R') => {
                toks.insert(0, Tok::Open);
                toks.push(Tok::Close);
                i += 1;
            }
            other => toks.push(Tok::Bad(other)),
        }
        i += 1;
    }
    // Runs of digits and separators become one Groups token.
    let mut out = Vec::new();
    let (mut group, mut digits) = (Vec::new(), Vec::new());
    for t in toks {
        match t {
            Tok::Exactly(_) | Tok::AtMost(_) => {
                group.push(t.clone());
                digits.push(t);
            }
            Tok::Comma => group.push(t),
            other => {
                if !group.is_empty() {
                    group.reverse();
                    digits.reverse();
                    out.push(Tok::Groups(
                        std::mem::take(&mut group),
                        std::mem::take(&mut digits),
                    ));
                }
                out.push(other);
            }
        }
    }
    if !group.is_empty() {
        group.reverse();
        digits.reverse();
        out.push(Tok::Groups(group, digits));
    }
    out
}

/// Spark's INVALID_FORMAT.
fn invalid(sub: &str, detail: String) -> RunnelError {
    RunnelError::analysis(
        &format!("INVALID_FORMAT.{sub}"),
        format!(
            "{detail} Write the format as [MI|S] [$] [0|9|G|,]* [.|D] [0|9]* [$] [PR|MI|S], such as '$999,999.00'."
        ),
    )
}

impl NumberFormat {
    /// Tokenizes and checks `f` (ToNumberParser.checkInputDataTypes).
    fn new(f: &str) -> Result<Self> {
        let toks = tokens(f);
        let q = format!("The format is invalid: '{f}'.");
        let pos = |p: &dyn Fn(&Tok) -> bool| toks.iter().position(p);
        let is_groups = |t: &Tok| matches!(t, Tok::Groups(..));
        let point = pos(&|t| *t == Tok::Point);
        if f.is_empty() {
            return Err(invalid(
                "EMPTY",
                format!("{q} The number format string cannot be empty."),
            ));
        }
        let Some(first_digit) = pos(&is_groups) else {
            return Err(invalid(
                "WRONG_NUM_DIGIT",
                format!("{q} The format string requires at least one number digit."),
            ));
        };
        if let Some(dollar) = pos(&|t| *t == Tok::Dollar) {
            if first_digit < dollar {
                return Err(invalid(
                    "CUR_MUST_BEFORE_DIGIT",
                    format!(
                        "{q} Currency characters must appear before digits in the number format."
                    ),
                ));
            }
            if point.is_some_and(|p| p < dollar) {
                return Err(invalid(
                    "CUR_MUST_BEFORE_DEC",
                    format!(
                        "{q} Currency characters must appear before any decimal point in the number format."
                    ),
                ));
            }
        }
        for (i, t) in toks.iter().enumerate() {
            let Tok::Groups(g, d) = t else { continue };
            let before = point.is_none_or(|p| i < p);
            if before {
                let bad = g.iter().enumerate().any(|(j, x)| {
                    *x == Tok::Comma
                        && (j == 0
                            || j == g.len() - 1
                            || g[j - 1] == Tok::Comma
                            || g[j + 1] == Tok::Comma)
                });
                if bad {
                    return Err(invalid(
                        "CONT_THOUSANDS_SEPS",
                        format!(
                            "{q} Thousands separators (, or G) must have digits in between them in the number format."
                        ),
                    ));
                }
            } else if g.len() > d.len() {
                return Err(invalid(
                    "THOUSANDS_SEPS_MUST_BEFORE_DEC",
                    format!(
                        "{q} Thousands separators (, or G) may not appear after the decimal point in the number format."
                    ),
                ));
            }
        }
        for once in [
            Tok::Point,
            Tok::PlusMinus,
            Tok::Minus,
            Tok::Dollar,
            Tok::Close,
        ] {
            if toks.iter().filter(|t| **t == once).count() > 1 {
                return Err(invalid(
                    "WRONG_NUM_TOKEN",
                    format!(
                        "{q} At most one {} is allowed in the number format.",
                        once.text()
                    ),
                ));
            }
        }
        // The order: [PR<] [MI|S] [$] digits [.] digits [$] [PR>|MI|S].
        let allowed: [&[Tok]; 8] = [
            &[Tok::Open],
            &[Tok::Minus, Tok::PlusMinus],
            &[Tok::Dollar],
            &[Tok::Groups(vec![], vec![])],
            &[Tok::Point],
            &[Tok::Groups(vec![], vec![])],
            &[Tok::Dollar],
            &[Tok::Minus, Tok::PlusMinus, Tok::Close],
        ];
        let mut k = 0;
        for set in allowed {
            if k < toks.len()
                && set
                    .iter()
                    .any(|a| a == &toks[k] || (is_groups(a) && is_groups(&toks[k])))
            {
                k += 1;
            }
        }
        if k < toks.len() {
            return Err(invalid(
                "UNEXPECTED_TOKEN",
                format!(
                    "{q} Found the unexpected {} in the format string; the structure of the format string must match: `[MI|S]` `[$]` `[0|9|G|,]*` `[.|D]` `[0|9]*` `[$]` `[PR|MI|S]`.",
                    toks[k].text()
                ),
            ));
        }
        let precision: usize = toks.iter().map(Tok::count).sum();
        let scale: usize = point.map_or(0, |p| toks[p..].iter().map(Tok::count).sum());
        if precision > 38 {
            return Err(RunnelError::analysis(
                "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION",
                format!(
                    "Decimal precision {precision} exceeds max precision 38. Use at most 38 digits in the format."
                ),
            ));
        }
        Ok(NumberFormat {
            text: f.to_string(),
            toks,
            precision,
            scale,
        })
    }

    fn decimal_type(&self) -> T {
        T::Decimal128(self.precision as u8, self.scale as i8)
    }

    /// ToNumberParser.parse: the unscaled value at the format's scale, or None when the
    /// text does not match.
    fn parse(&self, input: &str) -> Option<i128> {
        let s: Vec<char> = input.chars().collect();
        let (mut before, mut after) = (String::new(), String::new());
        let (mut at_point, mut opened, mut closed, mut negate) = (false, false, false, false);
        let mut i = 0;
        for t in &self.toks {
            let ch = s.get(i).copied();
            match t {
                Tok::Groups(_, digits) => {
                    let mut sizes: Vec<usize> = Vec::new();
                    let mut current = 0;
                    while let Some(&c) = s.get(i) {
                        if c.is_whitespace() {
                        } else if c.is_ascii_digit() {
                            current += 1;
                            (if at_point { &mut after } else { &mut before }).push(c);
                        } else if c == ',' {
                            sizes.insert(0, current);
                            current = 0;
                        } else {
                            sizes.insert(0, current);
                            break;
                        }
                        i += 1;
                    }
                    if i == s.len() {
                        sizes.insert(0, current);
                    }
                    if sizes.len() > digits.len() {
                        return None;
                    }
                    for (k, d) in digits.iter().enumerate() {
                        let got = sizes.get(k).copied().unwrap_or(0);
                        match d {
                            Tok::Exactly(n) if got != *n => return None,
                            Tok::AtMost(n) if got > *n => return None,
                            _ => {}
                        }
                    }
                }
                Tok::Point => {
                    if ch == Some('.') {
                        at_point = true;
                        i += 1;
                    }
                }
                Tok::Dollar => match ch {
                    Some('$') => i += 1,
                    Some(_) => return None,
                    None => {}
                },
                Tok::PlusMinus => match ch {
                    Some('+') => i += 1,
                    Some('-') => {
                        negate = !negate;
                        i += 1;
                    }
                    _ => {}
                },
                Tok::Minus => {
                    if ch == Some('-') {
                        negate = !negate;
                        i += 1;
                    }
                }
                Tok::Open => {
                    if ch == Some('<') {
                        if opened {
                            return None;
                        }
                        opened = true;
                        i += 1;
                    }
                }
                Tok::Close => {
                    if ch == Some('>') {
                        if !opened {
                            return None;
                        }
                        closed = true;
                        negate = !negate;
                        i += 1;
                    }
                }
                Tok::Exactly(_) | Tok::AtMost(_) | Tok::Comma | Tok::Bad(_) => {}
            }
        }
        if i < s.len() || opened != closed || (before.is_empty() && after.is_empty()) {
            return None;
        }
        while after.len() < self.scale {
            after.push('0');
        }
        let digits = format!("{before}{after}");
        let v: i128 = if digits.is_empty() {
            0
        } else {
            digits.parse().ok()?
        };
        // More digits than the precision (leading zeros aside) does not fit.
        if v.unsigned_abs() >= 10u128.pow(self.precision as u32) {
            return None;
        }
        Some(if negate { -v } else { v })
    }

    /// ToNumberParser.format: the text of a decimal (unscaled `v` at `scale`).
    fn format(&self, v: i128, scale: i8) -> String {
        let negative = v < 0;
        let plain = format_decimal(v, scale);
        let (b, a) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
        let mut before: String = b.trim_start_matches(['-', '0']).to_string();
        let mut after: String = a.trim_end_matches('0').to_string();
        let (mut n_before, mut n_after, mut past) = (0, 0, false);
        for t in &self.toks {
            match t {
                Tok::Groups(_, _) if !past => n_before += t.count(),
                Tok::Groups(_, _) => n_after += t.count(),
                Tok::Point => past = true,
                _ => {}
            }
        }
        if n_before < before.len() || n_after < after.len() {
            before = "#".repeat(n_before);
            after = "#".repeat(n_after);
        }
        let before: Vec<char> = format!("{}{before}", " ".repeat(n_before - before.len()))
            .chars()
            .collect();
        let after: Vec<char> = format!("{after}{}", "0".repeat(n_after - after.len()))
            .chars()
            .collect();
        let (mut bi, mut ai) = (0, 0);
        let mut out: Vec<char> = Vec::new();
        let mut at_point = false;
        for t in &self.toks {
            match t {
                Tok::Groups(g, _) => {
                    for x in g.iter().rev() {
                        match x {
                            Tok::Exactly(n) | Tok::AtMost(n) if !at_point => {
                                for _ in 0..*n {
                                    match before[bi] {
                                        ' ' if matches!(x, Tok::Exactly(_)) => out.push('0'),
                                        ' ' => add_space(&mut out),
                                        c => out.push(c),
                                    }
                                    bi += 1;
                                }
                            }
                            Tok::Exactly(n) | Tok::AtMost(n) => {
                                for _ in 0..*n {
                                    out.push(after[ai]);
                                    ai += 1;
                                }
                            }
                            _ => {
                                if out.last().is_some_and(|c| c.is_ascii_digit()) {
                                    out.push(',');
                                } else {
                                    add_space(&mut out);
                                }
                            }
                        }
                    }
                }
                Tok::Point => {
                    if out.last() == Some(&' ') {
                        *out.last_mut().expect("not empty") = '0';
                    }
                    out.push('.');
                    at_point = true;
                }
                Tok::Dollar => out.push('$'),
                Tok::PlusMinus => {
                    strip_lone_point(&mut out);
                    add_char(&mut out, if negative { '-' } else { '+' });
                }
                Tok::Minus => {
                    if negative {
                        strip_lone_point(&mut out);
                        add_char(&mut out, '-');
                    } else {
                        out.push(' ');
                    }
                }
                Tok::Open => {
                    if negative {
                        out.push('<');
                    }
                }
                Tok::Close => {
                    strip_lone_point(&mut out);
                    if negative {
                        add_char(&mut out, '>');
                    } else {
                        out.push(' ');
                        out.push(' ');
                    }
                }
                Tok::Exactly(_) | Tok::AtMost(_) | Tok::Comma | Tok::Bad(_) => {}
            }
        }
        strip_lone_point(&mut out);
        let s: String = out.into_iter().collect();
        if s.is_empty() || s == "+" || s == "-" {
            "0".into()
        } else {
            s
        }
    }
}

/// `addCharacterCheckingTrailingSpaces`: appends `c`, moving it left past spaces.
fn add_char(out: &mut Vec<char>, c: char) {
    out.push(c);
    let mut i = out.len() - 1;
    while i >= 1 && out[i - 1] == ' ' && out[i] == c {
        out.swap(i - 1, i);
        i -= 1;
    }
}

/// `addSpaceCheckingTrailingCharacters`: appends a space, moving it left past signs.
fn add_space(out: &mut Vec<char>) {
    out.push(' ');
    let mut i = out.len() - 1;
    while i >= 1 && matches!(out[i - 1], '+' | '-' | '<') && out[i] == ' ' {
        out.swap(i - 1, i);
        i -= 1;
    }
}

/// `stripTrailingLoneDecimalPoint`: a point with nothing (or a space) after it becomes a
/// space.
fn strip_lone_point(out: &mut [char]) {
    if let Some(i) = out.iter().position(|c| *c == '.')
        && (i == out.len() - 1 || out[i + 1] == ' ')
    {
        out[i] = ' ';
    }
}

/// The format argument: a constant string (Spark's NON_FOLDABLE_INPUT otherwise); None
/// for NULL.
fn format_arg(c: &Call) -> Result<Option<String>> {
    match c.raw.get(1) {
        Some(crate::expr::Expr::Literal(ScalarValue::Utf8(s))) => Ok(Some(s.clone())),
        Some(crate::expr::Expr::Literal(ScalarValue::Null(_))) => Ok(None),
        other => {
            let raw = other
                .cloned()
                .unwrap_or(crate::expr::Expr::Literal(ScalarValue::Null(T::Null)));
            Err(c.non_foldable(1, &raw, "STRING"))
        }
    }
}

/// `to_number` / `try_to_number`.
fn bind_to_number(c: &mut Call, try_: bool) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    let Some(text) = format_arg(c)? else {
        return Ok(PhysExpr::Literal(ScalarValue::Null(T::Decimal128(38, 18))));
    };
    let f = NumberFormat::new(&text)?;
    c.args.truncate(1);
    c.string_arg(0)?;
    c.props.nulls = if try_ {
        super::Nulls::Always
    } else {
        super::Nulls::FirstArg
    };
    let ty = f.decimal_type();
    c.kernel(ty, move |a, ty, _| {
        let s = super::strings(&a[0])?;
        let mut b = Decimal128Builder::with_capacity(s.len()).with_data_type(ty.clone());
        for v in s.iter() {
            match v.map(|v| (v, f.parse(v))) {
                None => b.append_null(),
                Some((_, Some(x))) => b.append_value(x),
                Some((_, None)) if try_ => b.append_null(),
                Some((v, None)) => {
                    return Err(RunnelError::execution(
                        "INVALID_FORMAT.MISMATCH_INPUT",
                        format!(
                            "The format is invalid: {}. The input \"STRING\" {v} does not match the format. Correct the input or the format, or use try_to_number to get NULL instead.",
                            f.text
                        ),
                    ));
                }
            }
        }
        Ok(Arc::new(b.finish()) as ArrayRef)
    })
}

/// `to_char(expr, format)`: a number through the format; a date or timestamp through
/// `date_format`, binary as `base64`, `hex` or `utf-8` text.
fn bind_to_char(c: &mut Call) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    let ty = c.ty(0);
    match &ty {
        T::Date32 | T::Timestamp(..) => {
            let args = std::mem::take(&mut c.args);
            return super::bind_function("date_format", args, c.raw, c.sql);
        }
        T::Binary => {
            let fmt = format_arg(c)?.unwrap_or_default().to_ascii_lowercase();
            let mut args = std::mem::take(&mut c.args);
            return match fmt.as_str() {
                "base64" | "hex" => {
                    args.truncate(1);
                    super::bind_function(&fmt, args, &c.raw[..1], c.sql)
                }
                "utf-8" => {
                    args[1] = PhysExpr::Literal(ScalarValue::Utf8("utf-8".into()));
                    super::bind_function("decode", args, c.raw, c.sql)
                }
                _ => Err(RunnelError::analysis(
                    "INVALID_PARAMETER_VALUE.BINARY_FORMAT",
                    format!(
                        "The value of parameter(s) `format` in `to_char` is invalid: expects one of binary formats 'base64', 'hex', 'utf-8', but got '{fmt}'. Use one of them."
                    ),
                )),
            };
        }
        _ => {}
    }
    let Some(text) = format_arg(c)? else {
        return Ok(PhysExpr::Literal(ScalarValue::Null(T::Utf8)));
    };
    let f = NumberFormat::new(&text)?;
    // Spark's implicit cast of a number to a decimal (int → decimal(10,0), double →
    // decimal(30,15)).
    let dec = match ty {
        T::Decimal128(..) => ty,
        T::Int8 => T::Decimal128(3, 0),
        T::Int16 => T::Decimal128(5, 0),
        T::Int32 => T::Decimal128(10, 0),
        T::Int64 => T::Decimal128(20, 0),
        T::Float32 | T::Float64 => T::Decimal128(30, 15),
        T::Null => T::Decimal128(10, 0),
        other => {
            return Err(crate::expr::coerce::type_mismatch(c.sql, "decimal", &other));
        }
    };
    c.args.truncate(1);
    c.coerce(0, &dec)?;
    c.kernel(T::Utf8, move |a, _, _| {
        let d = a[0].as_primitive::<Decimal128Type>();
        let scale = d.scale();
        let mut b = StringBuilder::new();
        for v in d.iter() {
            b.append_option(v.map(|v| f.format(v, scale)));
        }
        Ok(Arc::new(b.finish()) as ArrayRef)
    })
}

/// Spark prints `to_varchar` as `to_char`, and the call it rewrites a date or binary to
/// as that call (`date_format(t, yyyy)`, `hex(b)`).
fn to_char_name(c: &NameCall) -> String {
    let ty = c.arg_type(0);
    let second = c.args.get(1).cloned().unwrap_or_default();
    match ty {
        Some(T::Date32 | T::Timestamp(..)) => format!("date_format({}, {second})", c.first()),
        Some(T::Binary) => match second.to_ascii_lowercase().as_str() {
            f @ ("base64" | "hex") => format!("{f}({})", c.first()),
            _ => format!("decode({}, {second})", c.first()),
        },
        _ => format!("to_char({}, {second})", c.first()),
    }
}

#[cfg(test)]
mod tests {
    use super::NumberFormat;

    #[test]
    fn formats_read_and_write_as_spark() {
        // try_to_number and to_char in Spark 4.3 (fn18_try_to_number, fn18_to_char).
        let f = NumberFormat::new("S999,999.00").unwrap();
        assert_eq!((f.precision, f.scale), (8, 2));
        assert_eq!(f.parse("-1,234.50"), Some(-123450));
        assert_eq!(f.parse("12,34"), Some(123400));
        assert_eq!(f.parse("1,2,3"), None);
        let pr = NumberFormat::new("999PR").unwrap();
        assert_eq!(pr.parse("<123>"), Some(-123));
        assert_eq!(pr.parse("<-12>"), None);
        assert_eq!(NumberFormat::new("999").unwrap().parse(""), None);
        let g = NumberFormat::new("S9,999.99").unwrap();
        assert_eq!(g.format(12345, 2), "  +123.45");
        assert_eq!(g.format(0, 2), "     +.00");
        assert_eq!(g.format(9999999, 2), "+# ###.##");
        assert_eq!(
            NumberFormat::new("999PR").unwrap().format(-1230, 2),
            "<###>"
        );
        assert_eq!(NumberFormat::new("9.9S").unwrap().format(-50, 2), "0.5-");
        assert_eq!(NumberFormat::new("S0000").unwrap().format(-7, 0), "-0007");
        assert!(NumberFormat::new("9S9").is_err());
    }
}
