//! Java's `java.util.Formatter`, as Spark's `format_string`/`printf` runs it: each
//! argument reaches Java as the object Spark holds it in (an INT or a DATE as
//! `java.lang.Integer`, a BIGINT or a TIMESTAMP as `java.lang.Long`, a DECIMAL as Spark's
//! `Decimal`, a string as `UTF8String`), so `%x` of an INT is its 32-bit two's complement,
//! `%s` of a DATE is its day number, and `%f` of a DECIMAL or `%d` of a DOUBLE fails as
//! Java's `IllegalFormatConversionException` ("f != org.apache.spark.sql.types.Decimal").

use crate::error::{Result, RunnelError};

/// One argument as Java sees it.
#[derive(Clone, Debug)]
pub enum JArg {
    /// SQL NULL (`null`).
    Null,
    /// A whole number and the width of its Java class in bits (8, 16, 32, 64).
    Int(i64, u8),
    /// A DOUBLE (`java.lang.Double`) or a FLOAT (`java.lang.Float`, `true`), and its text.
    Float(f64, bool, String),
    /// A BOOLEAN.
    Bool(bool),
    /// A DECIMAL, as its text.
    Decimal(String),
    /// Anything else, as the text Spark's `toString` gives it.
    Text(String),
}

impl JArg {
    fn class(&self) -> &'static str {
        match self {
            JArg::Null => "null",
            JArg::Int(_, 8) => "java.lang.Byte",
            JArg::Int(_, 16) => "java.lang.Short",
            JArg::Int(_, 32) => "java.lang.Integer",
            JArg::Int(..) => "java.lang.Long",
            JArg::Float(_, true, _) => "java.lang.Float",
            JArg::Float(..) => "java.lang.Double",
            JArg::Bool(_) => "java.lang.Boolean",
            JArg::Decimal(_) => "org.apache.spark.sql.types.Decimal",
            JArg::Text(_) => "org.apache.spark.unsafe.types.UTF8String",
        }
    }

    fn text(&self) -> String {
        match self {
            JArg::Null => "null".into(),
            JArg::Int(v, _) => v.to_string(),
            JArg::Float(_, _, t) | JArg::Decimal(t) | JArg::Text(t) => t.clone(),
            JArg::Bool(b) => b.to_string(),
        }
    }
}

/// Java's IllegalArgumentException family (no Spark condition), with Java's message.
fn illegal(message: String) -> RunnelError {
    RunnelError::execution_plain(message).with_exception("IllegalArgumentException")
}

/// One `%...` specifier.
struct Spec {
    flags: String,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
    text: String,
}

impl Spec {
    fn has(&self, f: char) -> bool {
        self.flags.contains(f)
    }

    /// Java's check of flags a conversion does not take.
    fn refuse_flags(&self, bad: &str) -> Result<()> {
        if let Some(f) = self.flags.chars().find(|f| bad.contains(*f)) {
            return Err(illegal(format!("Conversion = {}, Flags = {f}", self.conv)));
        }
        Ok(())
    }

    fn no_precision(&self) -> Result<()> {
        match self.prec {
            Some(p) => Err(illegal(p.to_string())),
            None => Ok(()),
        }
    }

    fn mismatch(&self, a: &JArg) -> RunnelError {
        illegal(format!(
            "{} != {}",
            self.conv.to_ascii_lowercase(),
            a.class()
        ))
    }

    /// Pads to the width (left-justified with `-`), upper-casing an upper-case conversion.
    fn justify(&self, s: String) -> String {
        let s = if self.conv.is_ascii_uppercase() {
            s.to_uppercase()
        } else {
            s
        };
        let n = s.chars().count();
        match self.width {
            Some(w) if n < w => {
                let pad = " ".repeat(w - n);
                if self.has('-') { s + &pad } else { pad + &s }
            }
            _ => s,
        }
    }

    /// A number's digits (no sign) with its sign flags, grouping and zero padding.
    fn signed(&self, negative: bool, digits: &str, group: bool) -> String {
        let digits = if group && self.has(',') {
            super::string::group_thousands(digits)
        } else {
            digits.to_string()
        };
        let (pre, post) = if negative {
            if self.has('(') { ("(", ")") } else { ("-", "") }
        } else if self.has('+') {
            ("+", "")
        } else if self.has(' ') {
            (" ", "")
        } else {
            ("", "")
        };
        self.zero_pad(pre, &digits, post)
    }

    fn zero_pad(&self, pre: &str, digits: &str, post: &str) -> String {
        let mut body = digits.to_string();
        if self.has('0')
            && let Some(w) = self.width
        {
            let n = pre.chars().count() + body.chars().count() + post.chars().count();
            if n < w {
                body = "0".repeat(w - n) + &body;
            }
        }
        format!("{pre}{body}{post}")
    }
}

/// Parses `fmt`'s specifiers and formats `args` as Java's `String.format(fmt, args)`.
pub fn format(fmt: &str, args: &[JArg]) -> Result<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut ordinary = 0usize; // the next argument of a specifier without an index
    let mut last: Option<usize> = None; // the argument `%<s` reuses
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        // %[index$][flags][width][.precision]conversion
        let digits_at = |mut j: usize| {
            let s = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            (chars[s..j].iter().collect::<String>(), j)
        };
        let (d, j) = digits_at(i);
        let mut index = None;
        if !d.is_empty() && chars.get(j) == Some(&'$') {
            index = d.parse::<usize>().ok();
            i = j + 1;
        }
        let mut flags = String::new();
        while let Some(&c) = chars.get(i) {
            if "-#+ 0,(<".contains(c) {
                flags.push(c);
                i += 1;
            } else {
                break;
            }
        }
        let (w, j) = digits_at(i);
        i = j;
        let width = if w.is_empty() { None } else { w.parse().ok() };
        let mut prec = None;
        if chars.get(i) == Some(&'.') {
            let (p, j) = digits_at(i + 1);
            if p.is_empty() {
                return Err(illegal(format!(
                    "Conversion = '{}'",
                    chars.get(i).copied().unwrap_or('.')
                )));
            }
            prec = p.parse().ok();
            i = j;
        }
        let Some(&conv) = chars.get(i) else {
            let rest: String = chars[start..].iter().collect();
            return Err(illegal(format!("Format specifier '{rest}'")));
        };
        i += 1;
        let spec = Spec {
            flags,
            width,
            prec,
            conv,
            text: chars[start..i].iter().collect(),
        };
        if spec.has('-') && spec.has('0') {
            return Err(illegal("Flags = '-0'".into()));
        }
        if (spec.has('-') || spec.has('0')) && spec.width.is_none() {
            return Err(illegal(spec.text.clone()));
        }
        match conv {
            '%' => {
                out.push_str(&spec.justify("%".into()));
                continue;
            }
            'n' => {
                out.push('\n');
                continue;
            }
            _ => {}
        }
        if !"bBhHsScCdoxXeEfgGaA".contains(conv) {
            return Err(illegal(format!("Conversion = '{conv}'")));
        }
        let at = if spec.has('<') {
            last
        } else if let Some(k) = index {
            k.checked_sub(1)
        } else {
            ordinary += 1;
            Some(ordinary - 1)
        };
        let arg = match at.and_then(|k| args.get(k)) {
            Some(a) => a,
            None => return Err(illegal(format!("Format specifier '{}'", spec.text))),
        };
        last = at;
        out.push_str(&one(&spec, arg)?);
    }
    Ok(out)
}

/// One specifier applied to its argument.
fn one(spec: &Spec, arg: &JArg) -> Result<String> {
    let lower = spec.conv.to_ascii_lowercase();
    match lower {
        'b' => {
            spec.refuse_flags("#+ 0,(")?;
            let v = match arg {
                JArg::Null => false,
                JArg::Bool(b) => *b,
                _ => true,
            };
            Ok(spec.justify(trunc(v.to_string(), spec.prec)))
        }
        's' => {
            spec.refuse_flags("#+ 0,(")?;
            Ok(spec.justify(trunc(arg.text(), spec.prec)))
        }
        'h' => {
            spec.refuse_flags("#+ 0,(")?;
            let h = match arg {
                JArg::Null => return Ok(spec.justify(trunc("null".into(), spec.prec))),
                JArg::Int(v, 64) => (*v ^ ((*v as u64) >> 32) as i64) as i32,
                JArg::Int(v, _) => *v as i32,
                JArg::Bool(b) => {
                    if *b {
                        1231
                    } else {
                        1237
                    }
                }
                _ => {
                    return Err(RunnelError::not_supported(format!(
                        "{} of a {} in format_string",
                        spec.text,
                        arg.class()
                    )));
                }
            };
            Ok(spec.justify(trunc(format!("{:x}", h as u32), spec.prec)))
        }
        'c' => {
            spec.refuse_flags("#+ 0,(")?;
            spec.no_precision()?;
            match arg {
                JArg::Null => Ok(spec.justify("null".into())),
                JArg::Int(v, bits) if *bits <= 32 => match char::from_u32(*v as u32) {
                    Some(c) if *v >= 0 => Ok(spec.justify(c.to_string())),
                    _ => Err(illegal(format!("Code point = 0x{:x}", *v as i32))),
                },
                _ => Err(spec.mismatch(arg)),
            }
        }
        'd' | 'o' | 'x' => {
            spec.no_precision()?;
            let (v, bits) = match arg {
                JArg::Null => return Ok(spec.justify("null".into())),
                JArg::Int(v, bits) => (*v, *bits),
                _ => return Err(spec.mismatch(arg)),
            };
            if lower == 'd' {
                if spec.has('#') {
                    return Err(illegal("Conversion = d, Flags = #".into()));
                }
                return Ok(spec.justify(spec.signed(v < 0, &v.unsigned_abs().to_string(), true)));
            }
            spec.refuse_flags("+ ,(")?;
            // A negative value is its two's complement in its class's width.
            let u = if bits == 64 {
                v as u64
            } else {
                (v as u64) & ((1u64 << bits) - 1)
            };
            let (digits, prefix) = if lower == 'x' {
                (format!("{u:x}"), "0x")
            } else {
                (format!("{u:o}"), "0")
            };
            let prefix = if spec.has('#') { prefix } else { "" };
            Ok(spec.justify(spec.zero_pad(prefix, &digits, "")))
        }
        'e' | 'f' | 'g' | 'a' => {
            let v = match arg {
                JArg::Null => return Ok(spec.justify(trunc("null".into(), spec.prec))),
                JArg::Float(v, ..) => *v,
                _ => return Err(spec.mismatch(arg)),
            };
            if lower == 'a' {
                return Err(RunnelError::not_supported(format!(
                    "{} (hexadecimal floating point) in format_string; use %e or %f",
                    spec.text
                )));
            }
            if lower == 'g' && spec.has('#') {
                return Err(illegal("Conversion = g, Flags = #".into()));
            }
            if lower != 'f' && spec.has(',') && lower == 'e' {
                return Err(illegal("Conversion = e, Flags = ,".into()));
            }
            if !v.is_finite() {
                // Java pads NaN and the infinities with spaces, never zeros.
                let t = if v.is_nan() {
                    "NaN".to_string()
                } else {
                    let mag = "Infinity";
                    if v < 0.0 {
                        if spec.has('(') {
                            format!("({mag})")
                        } else {
                            format!("-{mag}")
                        }
                    } else if spec.has('+') {
                        format!("+{mag}")
                    } else if spec.has(' ') {
                        format!(" {mag}")
                    } else {
                        mag.to_string()
                    }
                };
                return Ok(spec.justify(t));
            }
            let neg = v.is_sign_negative();
            let a = v.abs();
            let body = match lower {
                'f' => super::string::java_fixed(a, spec.prec.unwrap_or(6)),
                'e' => java_sci(a, spec.prec.unwrap_or(6)),
                _ => {
                    // %g: precision significant digits; fixed notation where the rounded
                    // value is in [10^-4, 10^precision), scientific otherwise.
                    let p = match spec.prec {
                        Some(0) => 1,
                        Some(p) => p,
                        None => 6,
                    };
                    let sci = java_sci(a, p - 1);
                    let exp: i32 = sci
                        .split_once('e')
                        .and_then(|(_, e)| e.parse().ok())
                        .unwrap_or(0);
                    if a != 0.0 && (exp < -4 || exp >= p as i32) {
                        sci
                    } else if a == 0.0 {
                        super::string::java_fixed(0.0, p - 1)
                    } else {
                        super::string::java_fixed(a, (p as i32 - 1 - exp).max(0) as usize)
                    }
                }
            };
            Ok(spec.justify(spec.signed(neg, &body, lower != 'e')))
        }
        _ => Err(illegal(format!("Conversion = '{}'", spec.conv))),
    }
}

fn trunc(s: String, prec: Option<usize>) -> String {
    match prec {
        Some(p) => s.chars().take(p).collect(),
        None => s,
    }
}

/// Java's `%e` of a non-negative finite `v`: `d.ddde±XX` (two exponent digits at least).
fn java_sci(v: f64, prec: usize) -> String {
    let r = format!("{v:.prec$e}");
    match r.split_once('e') {
        Some((m, e)) => {
            let (sign, digits) = match e.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', e),
            };
            format!("{m}e{sign}{digits:0>2}")
        }
        None => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(fmt: &str, args: &[JArg]) -> String {
        format(fmt, args).unwrap_or_else(|e| format!("ERR {e}"))
    }

    fn d(v: f64) -> JArg {
        JArg::Float(v, false, v.to_string())
    }

    #[test]
    fn like_java_17() {
        // Each answer is PySpark 4.3's (Java 17) for the same format_string call.
        let i = |v: i64| JArg::Int(v, 32);
        assert_eq!(f("%x|%X|%o", &[i(-1), i(255), i(8)]), "ffffffff|FF|10");
        assert_eq!(f("%x", &[JArg::Int(-1, 8)]), "ff");
        assert_eq!(f("%x", &[JArg::Int(-1, 64)]), "ffffffffffffffff");
        assert_eq!(
            f(
                "%08d|%+d|% d|%,d|%(d|%-5d|",
                &[i(42), i(42), i(42), i(1234567), i(-42), i(7)]
            ),
            "00000042|+42| 42|1,234,567|(42)|7    |"
        );
        assert_eq!(f("%#x %#o", &[i(255), i(8)]), "0xff 010");
        assert_eq!(
            f(
                "%b %b %b %B",
                &[
                    JArg::Bool(true),
                    JArg::Null,
                    JArg::Text("x".into()),
                    JArg::Bool(false)
                ]
            ),
            "true false true FALSE"
        );
        assert_eq!(f("%c", &[i(65)]), "A");
        assert_eq!(
            f(
                "%2$s %1$s %<s",
                &[JArg::Text("a".into()), JArg::Text("b".into())]
            ),
            "b a a"
        );
        assert_eq!(
            f("%5.1e|%g|%.3g", &[d(12345.678), d(0.0001), d(123456.0)]),
            "1.2e+04|0.000100000|1.23e+05"
        );
        assert_eq!(
            f(
                "%010.2f|%,.2f|%+.1f",
                &[d(-3.14259), d(1234567.891), d(2.0)]
            ),
            "-000003.14|1,234,567.89|+2.0"
        );
        assert_eq!(f("%08x", &[i(-255)]), "ffffff01");
        assert_eq!(f("%10.3s|", &[JArg::Text("abcdef".into())]), "       abc|");
        assert_eq!(f("%,d", &[JArg::Int(-1234, 64)]), "-1,234");
        assert_eq!(f("%(,.2f", &[d(-1234.5)]), "(1,234.50)");
        assert_eq!(f("%e", &[d(0.0)]), "0.000000e+00");
        assert_eq!(f("%h", &[i(255)]), "ff");
        // Java's errors (IllegalArgumentException, Spark adds no condition)
        assert_eq!(f("%d", &[d(1.5)]), "ERR d != java.lang.Double");
        assert_eq!(f("%f", &[i(3)]), "ERR f != java.lang.Integer");
        assert_eq!(
            f("%f", &[JArg::Decimal("2.675".into())]),
            "ERR f != org.apache.spark.sql.types.Decimal"
        );
        assert_eq!(f("%d %d", &[i(1)]), "ERR Format specifier '%d'");
        assert_eq!(f("%q", &[i(1)]), "ERR Conversion = 'q'");
        assert_eq!(f("%-08d", &[i(1)]), "ERR Flags = '-0'");
        assert_eq!(
            f("%c", &[JArg::Text("a".into())]),
            "ERR c != org.apache.spark.unsafe.types.UTF8String"
        );
    }
}
