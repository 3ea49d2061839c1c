//! Python's `decimal.Decimal`, as PySpark hands DECIMAL values to a script (`collect()`,
//! UDF arguments) and takes them back (`lit`, `createDataFrame`, UDF results): a signed
//! coefficient and an exponent, arithmetic in the default context (28 significant digits,
//! ROUND_HALF_EVEN), Python's `str`/`repr`, and the methods scripts use (`quantize`,
//! `normalize`, `to_integral_value`). Ported from CPython's `_pydecimal` for finite
//! values (no NaN or Infinity).

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use runnel_core::error::{Result, RunnelError};

/// The default context's precision.
const PREC: usize = 28;

/// A finite decimal: `coef × 10^exp`.
#[derive(Clone, Debug)]
pub struct Dec {
    /// The coefficient, with its sign.
    pub coef: BigInt,
    /// The exponent.
    pub exp: i32,
}

/// How `quantize` and `round` round (the `decimal` module's constants are these names).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    /// ROUND_HALF_EVEN (the default).
    HalfEven,
    /// ROUND_HALF_UP.
    HalfUp,
    /// ROUND_HALF_DOWN.
    HalfDown,
    /// ROUND_DOWN (toward zero).
    Down,
    /// ROUND_UP (away from zero).
    Up,
    /// ROUND_FLOOR.
    Floor,
    /// ROUND_CEILING.
    Ceiling,
}

impl Rounding {
    /// The mode a `decimal.ROUND_*` constant names.
    pub fn from_name(n: &str) -> Option<Rounding> {
        Some(match n {
            "ROUND_HALF_EVEN" => Rounding::HalfEven,
            "ROUND_HALF_UP" => Rounding::HalfUp,
            "ROUND_HALF_DOWN" => Rounding::HalfDown,
            "ROUND_DOWN" => Rounding::Down,
            "ROUND_UP" => Rounding::Up,
            "ROUND_FLOOR" => Rounding::Floor,
            "ROUND_CEILING" => Rounding::Ceiling,
            _ => return None,
        })
    }
}

fn pow10(n: u32) -> BigInt {
    num_traits::pow(BigInt::from(10), n as usize)
}

fn invalid(text: &str) -> RunnelError {
    RunnelError::execution_plain(format!(
        "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>] (the text {text:?} is not a decimal number)"
    ))
    .with_exception("ValueError")
}

impl Dec {
    /// `Decimal(int)`.
    pub fn from_int(i: impl Into<BigInt>) -> Dec {
        Dec {
            coef: i.into(),
            exp: 0,
        }
    }

    /// A Spark DECIMAL value (`unscaled × 10^-scale`).
    pub fn from_unscaled(v: i128, scale: i8) -> Dec {
        Dec {
            coef: BigInt::from(v),
            exp: -(scale as i32),
        }
    }

    /// `Decimal("1.50")`, `Decimal("-1e-7")`.
    pub fn parse(text: &str) -> Result<Dec> {
        let t = text.trim();
        let (neg, body) = match t.as_bytes().first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        let (mant, exp) = match body.find(['e', 'E']) {
            Some(i) => (
                &body[..i],
                body[i + 1..].parse::<i32>().map_err(|_| invalid(text))?,
            ),
            None => (body, 0),
        };
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int}{}", frac.replace('_', ""));
        let int = int.replace('_', "");
        if (int.is_empty() && frac.is_empty())
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || !int.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(invalid(text));
        }
        let mut coef: BigInt = digits.parse().map_err(|_| invalid(text))?;
        if neg {
            coef = -coef;
        }
        Ok(Dec {
            coef,
            exp: exp - frac.len() as i32,
        })
    }

    /// `Decimal(float)`: the float's exact binary value.
    pub fn from_f64(f: f64) -> Result<Dec> {
        if !f.is_finite() {
            return Err(RunnelError::not_supported(
                "Decimal of an infinite or NaN float in Runnel's runner; use a finite value",
            ));
        }
        if f == 0.0 {
            return Ok(Dec::from_int(0));
        }
        let bits = f.to_bits();
        let neg = bits >> 63 == 1;
        let e = ((bits >> 52) & 0x7ff) as i32;
        let m = bits & ((1 << 52) - 1);
        let (mut m, mut e) = if e == 0 {
            (m, -1074)
        } else {
            (m | (1 << 52), e - 1075)
        };
        while m % 2 == 0 && e < 0 {
            m /= 2;
            e += 1;
        }
        let (coef, exp) = if e >= 0 {
            (BigInt::from(m) << e as usize, 0)
        } else {
            // m / 2^k = m × 5^k / 10^k
            (
                BigInt::from(m) * num_traits::pow(BigInt::from(5), (-e) as usize),
                e,
            )
        };
        Ok(Dec {
            coef: if neg { -coef } else { coef },
            exp,
        })
    }

    fn digits(&self) -> String {
        self.coef.abs().to_string()
    }

    /// Python's `str()` (to-scientific-string).
    pub fn to_py_str(&self) -> String {
        let sign = if self.coef.is_negative() { "-" } else { "" };
        let digits = self.digits();
        let n = digits.len() as i64;
        let exp = self.exp as i64;
        let adjusted = exp + n - 1;
        if exp <= 0 && adjusted >= -6 {
            if exp == 0 {
                return format!("{sign}{digits}");
            }
            let point = n + exp;
            return if point > 0 {
                format!(
                    "{sign}{}.{}",
                    &digits[..point as usize],
                    &digits[point as usize..]
                )
            } else {
                format!("{sign}0.{}{digits}", "0".repeat((-point) as usize))
            };
        }
        let mut s = format!("{sign}{}", &digits[..1]);
        if n > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push_str(&format!(
            "E{}{adjusted}",
            if adjusted >= 0 { "+" } else { "" }
        ));
        s
    }

    /// Python's `repr()`.
    pub fn repr(&self) -> String {
        format!("Decimal('{}')", self.to_py_str())
    }

    /// The value with exponent `exp`, rounded by `mode` where digits are dropped.
    pub fn rescale(&self, exp: i32, mode: Rounding) -> Dec {
        if exp <= self.exp {
            return Dec {
                coef: &self.coef * pow10((self.exp - exp) as u32),
                exp,
            };
        }
        let div = pow10((exp - self.exp) as u32);
        let (q, r) = self.coef.abs().div_rem(&div);
        let twice = &r * 2;
        let neg = self.coef.is_negative();
        let up = !r.is_zero()
            && match mode {
                Rounding::Down => false,
                Rounding::Up => true,
                Rounding::Floor => neg,
                Rounding::Ceiling => !neg,
                Rounding::HalfUp => twice >= div,
                Rounding::HalfDown => twice > div,
                Rounding::HalfEven => twice > div || (twice == div && q.is_odd()),
            };
        let q = if up { q + 1 } else { q };
        Dec {
            coef: if neg { -q } else { q },
            exp,
        }
    }

    /// The context's rounding of a result to 28 significant digits.
    fn fix(self) -> Dec {
        let n = self.digits().len();
        if n <= PREC {
            return self;
        }
        let r = self.rescale(self.exp + (n - PREC) as i32, Rounding::HalfEven);
        if r.digits().len() > PREC {
            return r.rescale(r.exp + 1, Rounding::HalfEven);
        }
        r
    }

    fn aligned(&self, o: &Dec) -> (BigInt, BigInt, i32) {
        let exp = self.exp.min(o.exp);
        (
            &self.coef * pow10((self.exp - exp) as u32),
            &o.coef * pow10((o.exp - exp) as u32),
            exp,
        )
    }

    /// `a + b`.
    pub fn add(&self, o: &Dec) -> Dec {
        let (a, b, exp) = self.aligned(o);
        Dec { coef: a + b, exp }.fix()
    }

    /// `a - b`.
    pub fn sub(&self, o: &Dec) -> Dec {
        let (a, b, exp) = self.aligned(o);
        Dec { coef: a - b, exp }.fix()
    }

    /// `a * b`.
    pub fn mul(&self, o: &Dec) -> Dec {
        Dec {
            coef: &self.coef * &o.coef,
            exp: self.exp + o.exp,
        }
        .fix()
    }

    fn zero_division() -> RunnelError {
        RunnelError::execution_plain("decimal.DivisionByZero: [<class 'decimal.DivisionByZero'>]")
            .with_exception("ZeroDivisionError")
    }

    /// `a / b` (CPython's `_pydecimal.Decimal.__truediv__`).
    pub fn div(&self, o: &Dec) -> Result<Dec> {
        if o.coef.is_zero() {
            return Err(Self::zero_division());
        }
        let ideal = self.exp - o.exp;
        if self.coef.is_zero() {
            return Ok(Dec {
                coef: BigInt::zero(),
                exp: ideal,
            });
        }
        let neg = self.coef.is_negative() != o.coef.is_negative();
        let (a, b) = (self.coef.abs(), o.coef.abs());
        let shift = o.digits().len() as i64 - self.digits().len() as i64 + PREC as i64 + 1;
        let mut exp = (self.exp - o.exp) as i64 - shift;
        let (mut coef, rem) = if shift >= 0 {
            (a * pow10(shift as u32)).div_rem(&b)
        } else {
            a.div_rem(&(b * pow10((-shift) as u32)))
        };
        if !rem.is_zero() {
            if (&coef % 5u32).is_zero() {
                coef += 1;
            }
        } else {
            while exp < ideal as i64 && (&coef % 10u32).is_zero() {
                coef /= 10;
                exp += 1;
            }
        }
        Ok(Dec {
            coef: if neg { -coef } else { coef },
            exp: exp as i32,
        }
        .fix())
    }

    /// `a // b` (toward zero) and `a % b` (the dividend's sign), Python's Decimal rules.
    pub fn div_mod(&self, o: &Dec) -> Result<(Dec, Dec)> {
        if o.coef.is_zero() {
            return Err(Self::zero_division());
        }
        let (a, b, exp) = self.aligned(o);
        let q = &a / &b; // BigInt division truncates toward zero
        let r = a - &q * &b;
        Ok((Dec::from_int(q), Dec { coef: r, exp }.fix()))
    }

    /// `-a`.
    pub fn neg(&self) -> Dec {
        Dec {
            coef: -&self.coef,
            exp: self.exp,
        }
    }

    /// `abs(a)`.
    pub fn abs(&self) -> Dec {
        Dec {
            coef: self.coef.abs(),
            exp: self.exp,
        }
    }

    /// Numeric order.
    pub fn cmp_value(&self, o: &Dec) -> Ordering {
        let (a, b, _) = self.aligned(o);
        a.cmp(&b)
    }

    /// `bool(a)`.
    pub fn is_nonzero(&self) -> bool {
        !self.coef.is_zero()
    }

    /// `float(a)`.
    pub fn to_f64(&self) -> f64 {
        self.to_py_str().parse().unwrap_or(f64::NAN)
    }

    /// `int(a)`: toward zero.
    pub fn trunc(&self) -> BigInt {
        if self.exp >= 0 {
            &self.coef * pow10(self.exp as u32)
        } else {
            &self.coef / pow10((-self.exp) as u32)
        }
    }

    /// `normalize()`: trailing zeros dropped.
    pub fn normalize(&self) -> Dec {
        if self.coef.is_zero() {
            return Dec::from_int(0);
        }
        let mut d = self.clone().fix();
        while (&d.coef % 10u32).is_zero() {
            d.coef /= 10;
            d.exp += 1;
        }
        d
    }

    /// `format(d, ".2f")` and `",.2f"`: fixed notation with `prec` decimals (HALF_EVEN),
    /// thousands separated when `group`; without a precision, all of the digits.
    pub fn format_fixed(&self, prec: Option<usize>, group: bool) -> String {
        let d = match prec {
            Some(p) => self.rescale(-(p as i32), Rounding::HalfEven),
            None if self.exp > 0 => self.rescale(0, Rounding::HalfEven),
            None => self.clone(),
        };
        let digits = d.digits();
        let scale = (-d.exp).max(0) as usize;
        let padded = if digits.len() <= scale {
            format!("{}{digits}", "0".repeat(scale + 1 - digits.len()))
        } else {
            digits
        };
        let (int, frac) = padded.split_at(padded.len() - scale);
        let sign = if d.coef.is_negative() { "-" } else { "" };
        let text = if frac.is_empty() {
            format!("{sign}{int}")
        } else {
            format!("{sign}{int}.{frac}")
        };
        if group {
            runnel_core::expr::functions::group_thousands(&text)
        } else {
            text
        }
    }

    /// As a Spark DECIMAL literal: unscaled value, precision and scale (a positive
    /// exponent becomes scale 0), as PySpark's `lit(Decimal(...))` makes it.
    pub fn to_unscaled(&self) -> Option<(i128, u8, i8)> {
        let d = if self.exp > 0 {
            self.rescale(0, Rounding::HalfEven)
        } else {
            self.clone()
        };
        let scale = (-d.exp) as usize;
        let v = d.coef.to_i128()?;
        let precision = d.digits().trim_start_matches('0').len().max(scale).max(1);
        (precision <= 38 && scale <= 38).then_some((v, precision as u8, scale as i8))
    }

    /// The unscaled value at `scale` (HALF_UP, as Spark's Decimal.changePrecision), if
    /// it fits `precision` digits.
    pub fn to_decimal(&self, precision: u8, scale: i8) -> Option<i128> {
        let d = self.rescale(-(scale as i32), Rounding::HalfUp);
        let v = d.coef.to_i128()?;
        (d.coef.is_zero() || d.digits().len() <= precision as usize).then_some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Dec {
        Dec::parse(s).unwrap()
    }

    #[test]
    fn str_and_repr_are_pythons() {
        assert_eq!(d("1.50").to_py_str(), "1.50");
        assert_eq!(d("-0.0000001").to_py_str(), "-1E-7");
        assert_eq!(d("0.000001").to_py_str(), "0.000001");
        assert_eq!(d("1E+2").to_py_str(), "1E+2");
        assert_eq!(d("100").to_py_str(), "100");
        assert_eq!(Dec::from_unscaled(100, 2).repr(), "Decimal('1.00')");
        assert_eq!(Dec::from_f64(0.5).unwrap().to_py_str(), "0.5");
        assert_eq!(
            Dec::from_f64(0.1).unwrap().to_py_str(),
            "0.1000000000000000055511151231257827021181583404541015625"
        );
    }

    #[test]
    fn arithmetic_follows_the_default_context() {
        assert_eq!(d("1.25").add(&d("2.5")).to_py_str(), "3.75");
        assert_eq!(d("1.00").mul(&d("2")).to_py_str(), "2.00");
        assert_eq!(
            d("1").div(&d("3")).unwrap().to_py_str(),
            "0.3333333333333333333333333333"
        );
        assert_eq!(d("3.75").div(&d("2")).unwrap().to_py_str(), "1.875");
        assert_eq!(d("1.00").div(&d("2")).unwrap().to_py_str(), "0.50");
        assert_eq!(d("10").div(&d("0.5")).unwrap().to_py_str(), "2E+1");
        assert_eq!(
            d("2").div(&d("3")).unwrap().to_py_str(),
            "0.6666666666666666666666666667"
        );
        assert!(d("1").div(&d("0")).is_err());
        let (q, r) = d("-7").div_mod(&d("2")).unwrap();
        assert_eq!((q.to_py_str(), r.to_py_str()), ("-3".into(), "-1".into()));
    }

    #[test]
    fn quantize_rounds_as_asked() {
        assert_eq!(
            d("2.675").rescale(-2, Rounding::HalfEven).to_py_str(),
            "2.68"
        );
        assert_eq!(
            d("2.665").rescale(-2, Rounding::HalfEven).to_py_str(),
            "2.66"
        );
        assert_eq!(d("2.665").rescale(-2, Rounding::HalfUp).to_py_str(), "2.67");
        assert_eq!(d("-2.5").rescale(0, Rounding::Floor).to_py_str(), "-3");
        assert_eq!(d("1234567.891").format_fixed(Some(2), true), "1,234,567.89");
        assert_eq!(d("0.5").format_fixed(Some(0), false), "0");
        assert_eq!(d("1.5").to_unscaled(), Some((15, 2, 1)));
        assert_eq!(d("1.5").to_decimal(38, 18), Some(1_500_000_000_000_000_000));
    }
}
