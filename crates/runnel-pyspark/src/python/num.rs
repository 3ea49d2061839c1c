//! Python's ints: arbitrary precision, as `Value::Int` (an i64, the fast path) or
//! `Value::BigInt` (only values outside i64). Arithmetic, comparisons with floats that
//! are exact as Python's, conversions to float and str with Python's errors, and a bound
//! on the size of a result so that `2 ** 10 ** 10` ends with an error instead of
//! exhausting memory.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use ruff_python_ast::Operator;
use runnel_core::error::{Result, RunnelError};

use super::value::Value;

/// The largest int the runner makes, in bits (CPython has no bound but memory; 16 Mbit
/// is 5 million decimal digits).
pub(crate) const MAX_INT_BITS: u64 = 1 << 24;

/// CPython's `sys.get_int_max_str_digits()`: ints of more decimal digits are not
/// converted to or from text.
pub(crate) const MAX_STR_DIGITS: usize = 4300;

/// An int value: `Value::Int` when it fits 64 bits.
pub(crate) fn int_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// The int of an int or bool.
pub(crate) fn as_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn err(exception: &'static str, msg: impl std::fmt::Display) -> RunnelError {
    RunnelError::execution_plain(format!("{exception}: {msg}")).with_exception(exception)
}

fn too_big(bits: u64) -> RunnelError {
    err(
        "MemoryError",
        format!(
            "the int would have about {bits} bits; Runnel's runner makes ints of at most {MAX_INT_BITS} bits"
        ),
    )
}

/// `float(i)`: Python's OverflowError beyond the float range.
pub(crate) fn big_to_f64(b: &BigInt) -> Result<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(err("OverflowError", "int too large to convert to float")),
    }
}

/// `int(f)` of a float: exact, any size.
pub(crate) fn int_of_float(f: f64) -> Result<Value> {
    if f.is_nan() {
        return Err(err("ValueError", "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(err(
            "OverflowError",
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(int_value(BigInt::from_f64(t).unwrap_or_default()))
}

/// A number's value as a float for mixed arithmetic (an int beyond the float range is
/// Python's OverflowError).
fn float_of(v: &Value) -> Result<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(big_to_f64(b)?),
        _ => None,
    })
}

/// Exact comparison of an int with a float, as Python's (`2**53 + 1 > 2.0**53`).
fn cmp_int_float(i: &Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let Value::Int(x) = i
        && x.unsigned_abs() <= 1 << 53
    {
        return (*x as f64).partial_cmp(&f);
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let big = as_big(i)?;
    match big.cmp(&BigInt::from_f64(fl)?) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// The order of two numbers (ints of any size, bools, floats) as Python compares them;
/// None when one is not a number or is NaN.
pub(crate) fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    if let Some(o) = super::stdlib::decimal_cmp(a, b) {
        return Some(o);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), i) if is_int(i) => cmp_int_float(i, *x).map(Ordering::reverse),
        (i, Value::Float(y)) if is_int(i) => cmp_int_float(i, *y),
        (x, y) if is_int(x) && is_int(y) => Some(as_big(x)?.cmp(&as_big(y)?)),
        _ => None,
    }
}

/// `a OP b` when both are ints (or bools, except bool & | ^ bool); None otherwise.
pub(crate) fn int_binop(a: &Value, op: Operator, b: &Value) -> Option<Result<Value>> {
    if !is_int(a) || !is_int(b) {
        return None;
    }
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            Operator::BitAnd => return Some(Ok(Value::Bool(x & y))),
            Operator::BitOr => return Some(Ok(Value::Bool(x | y))),
            Operator::BitXor => return Some(Ok(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    let small = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    if let (Some(x), Some(y)) = (small(a), small(b))
        && let Some(v) = small_binop(x, op, y)
    {
        return Some(v);
    }
    Some(big_binop(as_big(a)?, op, as_big(b)?))
}

fn zero_div(what: &str) -> RunnelError {
    err("ZeroDivisionError", what)
}

/// The i64 fast path; None when the result needs more than 64 bits.
fn small_binop(a: i64, op: Operator, b: i64) -> Option<Result<Value>> {
    let int = |v: Option<i64>| v.map(|v| Ok(Value::Int(v)));
    match op {
        Operator::Add => int(a.checked_add(b)),
        Operator::Sub => int(a.checked_sub(b)),
        Operator::Mult => int(a.checked_mul(b)),
        Operator::Div if b == 0 => Some(Err(zero_div("division by zero"))),
        Operator::Div if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 => {
            Some(Ok(Value::Float(a as f64 / b as f64)))
        }
        Operator::FloorDiv | Operator::Mod if b == 0 => {
            Some(Err(zero_div("integer division or modulo by zero")))
        }
        Operator::FloorDiv => int(a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))),
        Operator::Mod => int(a.checked_rem_euclid(b).map(|_| a.mod_floor(&b))),
        Operator::Pow if b >= 0 => int(u32::try_from(b).ok().and_then(|e| a.checked_pow(e))),
        Operator::BitAnd => int(Some(a & b)),
        Operator::BitOr => int(Some(a | b)),
        Operator::BitXor => int(Some(a ^ b)),
        Operator::LShift if b < 0 => Some(Err(err("ValueError", "negative shift count"))),
        Operator::LShift if b < 64 => int(a.checked_shl(b as u32).filter(|v| v >> b == a)),
        Operator::RShift if b < 0 => Some(Err(err("ValueError", "negative shift count"))),
        Operator::RShift => int(Some(a >> b.min(63))),
        _ => None,
    }
}

fn bits(b: &BigInt) -> u64 {
    b.bits()
}

fn big_binop(a: BigInt, op: Operator, b: BigInt) -> Result<Value> {
    let check = |n: u64| {
        if n > MAX_INT_BITS {
            Err(too_big(n))
        } else {
            Ok(())
        }
    };
    Ok(match op {
        Operator::Add => int_value(a + b),
        Operator::Sub => int_value(a - b),
        Operator::Mult => {
            check(bits(&a) + bits(&b))?;
            int_value(a * b)
        }
        Operator::Div => Value::Float(true_div(&a, &b)?),
        Operator::FloorDiv | Operator::Mod if b.is_zero() => {
            return Err(zero_div("integer division or modulo by zero"));
        }
        Operator::FloorDiv => int_value(a.div_floor(&b)),
        Operator::Mod => int_value(a.mod_floor(&b)),
        Operator::Pow if b.is_negative() => {
            if a.is_zero() {
                return Err(zero_div("0.0 cannot be raised to a negative power"));
            }
            let base = big_to_f64(&a)?;
            Value::Float(base.powf(b.to_f64().unwrap_or(f64::NEG_INFINITY)))
        }
        Operator::Pow => {
            // 0, 1 and -1 to any power are small; anything else grows with the exponent.
            if a.is_zero() || a.magnitude() == &1u32.into() {
                let odd = b.is_odd();
                return Ok(match (a.sign(), odd) {
                    (Sign::NoSign, _) if b.is_zero() => Value::Int(1),
                    (Sign::NoSign, _) => Value::Int(0),
                    (Sign::Minus, true) => Value::Int(-1),
                    _ => Value::Int(1),
                });
            }
            let e = b.to_u64().ok_or_else(|| too_big(u64::MAX))?;
            check(bits(&a).saturating_sub(1).max(1).saturating_mul(e))?;
            int_value(a.pow(e as u32))
        }
        Operator::BitAnd => int_value(a & b),
        Operator::BitOr => int_value(a | b),
        Operator::BitXor => int_value(a ^ b),
        Operator::LShift | Operator::RShift if b.is_negative() => {
            return Err(err("ValueError", "negative shift count"));
        }
        Operator::LShift => {
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let n = b.to_u64().ok_or_else(|| too_big(u64::MAX))?;
            check(bits(&a).saturating_add(n))?;
            int_value(a << n)
        }
        Operator::RShift => match b.to_u64() {
            Some(n) if n < bits(&a) + 1 => int_value(a >> n),
            _ => Value::Int(if a.is_negative() { -1 } else { 0 }),
        },
        _ => {
            return Err(err(
                "TypeError",
                format!(
                    "unsupported operand type(s) for {}: 'int' and 'int'",
                    op.as_str()
                ),
            ));
        }
    })
}

/// `a / b` of ints: a float, Python's errors for a zero divisor or a quotient beyond
/// the float range.
fn true_div(a: &BigInt, b: &BigInt) -> Result<f64> {
    if b.is_zero() {
        return Err(zero_div("division by zero"));
    }
    // Keep about 1000 significant bits of each, then divide as floats.
    let k = bits(a).max(bits(b)).saturating_sub(1000);
    let (fa, fb) = ((a >> k).to_f64(), (b >> k).to_f64());
    let r = match (fa, fb) {
        (Some(x), Some(y)) if y != 0.0 => x / y,
        _ => f64::INFINITY,
    };
    if !r.is_finite() {
        return Err(err(
            "OverflowError",
            "integer division result too large for a float",
        ));
    }
    Ok(r)
}

/// Arithmetic where an operand is a float and the other a number: None when not.
pub(crate) fn float_binop(a: &Value, op: Operator, b: &Value) -> Option<Result<Value>> {
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) {
        return None;
    }
    let (x, y) = match (float_of(a), float_of(b)) {
        (Ok(Some(x)), Ok(Some(y))) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
        _ => return None,
    };
    Some(float_op(x, op, y))
}

fn float_op(a: f64, op: Operator, b: f64) -> Result<Value> {
    if b == 0.0 {
        match op {
            Operator::Div => return Err(zero_div("float division by zero")),
            Operator::FloorDiv => return Err(zero_div("float floor division by zero")),
            Operator::Mod => return Err(zero_div("float modulo")),
            Operator::Pow => {}
            _ => {}
        }
    }
    Ok(Value::Float(match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div => a / b,
        Operator::FloorDiv => (a / b).floor(),
        // Python's float % takes the divisor's sign.
        Operator::Mod => {
            let m = a % b;
            if m != 0.0 && (m < 0.0) != (b < 0.0) {
                m + b
            } else {
                m
            }
        }
        Operator::Pow => {
            if a == 0.0 && b < 0.0 {
                return Err(zero_div("0.0 cannot be raised to a negative power"));
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(err(
                    "OverflowError",
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => {
            return Err(err(
                "TypeError",
                format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.as_str()
                ),
            ));
        }
    }))
}

/// `pow(base, exp, mod)` of ints, as Python (a negative exponent is the modular inverse).
pub(crate) fn pow_mod(base: Value, exp: &Value, m: &Value) -> Result<Value> {
    let (Some(b), Some(e), Some(m)) = (as_big(&base), as_big(exp), as_big(m)) else {
        return Err(err(
            "TypeError",
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    if m.is_zero() {
        return Err(err("ValueError", "pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let r = if e.is_negative() {
        let inv = b
            .mod_floor(&am)
            .modinv(&am)
            .ok_or_else(|| err("ValueError", "base is not invertible for the given modulus"))?;
        inv.modpow(&-e, &am)
    } else {
        b.mod_floor(&am).modpow(&e, &am)
    };
    // The result takes the modulus's sign, as Python's %.
    Ok(int_value(if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    }))
}

/// `math.factorial(n)`, within the runner's int size.
pub(crate) fn factorial(n: i64) -> Result<Value> {
    if n < 0 {
        return Err(err(
            "ValueError",
            "factorial() not defined for negative values",
        ));
    }
    // log2(n!) < n * log2(n).
    let est = (n as f64) * (n.max(2) as f64).log2();
    if est > MAX_INT_BITS as f64 {
        return Err(too_big(est as u64));
    }
    let mut acc = BigInt::from(1);
    for k in 2..=n {
        acc *= k;
    }
    Ok(int_value(acc))
}

/// `math.gcd(a, b)` of ints of any size.
pub(crate) fn gcd(a: &Value, b: &Value) -> Option<Value> {
    Some(int_value(as_big(a)?.gcd(&as_big(b)?)))
}

/// `-i`, `~i` and `abs(i)` of ints of any size.
pub(crate) fn int_neg(v: &Value) -> Option<Value> {
    Some(match v {
        Value::Int(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => int_value(-BigInt::from(*i)),
        },
        Value::Bool(b) => Value::Int(-(*b as i64)),
        Value::BigInt(b) => int_value(-(**b).clone()),
        _ => return None,
    })
}

/// `~i`.
pub(crate) fn int_invert(v: &Value) -> Option<Value> {
    Some(match v {
        Value::Int(i) => Value::Int(!i),
        Value::Bool(b) => Value::Int(!(*b as i64)),
        Value::BigInt(b) => int_value(-(**b).clone() - 1),
        _ => return None,
    })
}

/// `abs(i)`.
pub(crate) fn int_abs(v: &Value) -> Option<Value> {
    Some(match v {
        Value::Int(i) if *i < 0 => int_neg(v)?,
        Value::Int(_) => v.clone(),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => int_value(b.abs()),
        _ => return None,
    })
}

fn str_limit_error() -> RunnelError {
    err(
        "ValueError",
        format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ),
    )
}

/// `str(i)` of a big int: Python's ValueError beyond 4300 digits (checked on the bit
/// length first, so a huge int is never converted).
pub(crate) fn big_to_string(b: &BigInt) -> Result<String> {
    // 4300 digits hold at most 4300 * log2(10) < 14285 bits.
    if bits(b) > 14_285 {
        return Err(str_limit_error());
    }
    let s = b.to_string();
    if s.trim_start_matches('-').len() > MAX_STR_DIGITS {
        return Err(str_limit_error());
    }
    Ok(s)
}

thread_local! {
    /// An error met while showing a value (`str`/`repr` cannot fail in their signature):
    /// an int of too many digits, a container nested too deep. The statement that asked
    /// raises it.
    static SHOW_ERROR: std::cell::RefCell<Option<RunnelError>> = const { std::cell::RefCell::new(None) };
}

/// Notes an error met while showing a value (the first one counts).
pub(crate) fn note_str_error(e: RunnelError) {
    SHOW_ERROR.with(|s| {
        s.borrow_mut().get_or_insert(e);
    });
}

/// The error noted while showing a value, if any (and forgets it).
pub(crate) fn take_str_error() -> Option<RunnelError> {
    SHOW_ERROR.with(|s| s.borrow_mut().take())
}

/// `int(text)` (base 10, Python's underscores and whitespace): None when not an int.
pub(crate) fn parse_int(text: &str) -> Result<Option<Value>> {
    let t = text.trim();
    let digits = t.trim_start_matches(['+', '-']);
    if t.len() - digits.len() > 1
        || digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
        || !digits.bytes().all(|c| c.is_ascii_digit() || c == b'_')
    {
        return Ok(None);
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    if let Ok(i) = clean.parse::<i64>() {
        return Ok(Some(Value::Int(i)));
    }
    let n = clean.trim_start_matches(['+', '-']).len();
    if n > MAX_STR_DIGITS {
        return Err(err(
            "ValueError",
            format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        ));
    }
    Ok(clean.parse::<BigInt>().ok().map(int_value))
}

/// An int literal of the source (`123456789012345678901234567890`, `0xFFFF_FFFF_...`).
pub(crate) fn parse_literal(token: &str) -> Option<Value> {
    let t: String = token.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = match lower.get(..2) {
        Some("0x") => (16, &lower[2..]),
        Some("0o") => (8, &lower[2..]),
        Some("0b") => (2, &lower[2..]),
        _ => (10, lower.as_str()),
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map(int_value)
}

/// An int's value as an index or count (`range`, `[i]`, `* n`): Python's errors for one
/// beyond 64 bits.
pub(crate) fn index_overflow() -> RunnelError {
    err(
        "OverflowError",
        "Python int too large to convert to C ssize_t",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> Value {
        parse_literal(s).unwrap()
    }

    fn show(v: Result<Value>) -> String {
        match v {
            Ok(Value::Int(i)) => i.to_string(),
            Ok(Value::BigInt(b)) => b.to_string(),
            Ok(Value::Float(f)) => format!("{f:?}"),
            Ok(Value::Bool(b)) => b.to_string(),
            Ok(_) => "?".into(),
            Err(e) => e.message,
        }
    }

    #[test]
    fn two_to_the_64_and_i64_min_edges() {
        let op = |a: Value, o, b: Value| show(int_binop(&a, o, &b).unwrap());
        assert_eq!(
            op(Value::Int(2), Operator::Pow, Value::Int(64)),
            "18446744073709551616"
        );
        assert_eq!(
            op(Value::Int(i64::MIN), Operator::FloorDiv, Value::Int(-1)),
            "9223372036854775808"
        );
        assert_eq!(op(Value::Int(i64::MIN), Operator::Mod, Value::Int(-1)), "0");
        assert_eq!(op(Value::Int(-7), Operator::FloorDiv, Value::Int(2)), "-4");
        assert_eq!(op(Value::Int(-7), Operator::Mod, Value::Int(2)), "1");
        assert_eq!(
            op(big("18446744073709551616"), Operator::Sub, Value::Int(1)),
            "18446744073709551615"
        );
        assert_eq!(
            op(
                big("18446744073709551616"),
                Operator::Sub,
                big("18446744073709551615")
            ),
            "1"
        );
        assert_eq!(
            op(Value::Int(1), Operator::LShift, Value::Int(100)),
            "1267650600228229401496703205376"
        );
        assert_eq!(
            op(
                big("-1267650600228229401496703205376"),
                Operator::RShift,
                Value::Int(1000)
            ),
            "-1"
        );
        assert_eq!(
            op(Value::Int(-1), Operator::Pow, big("18446744073709551617")),
            "-1"
        );
        assert!(op(Value::Int(2), Operator::Pow, big("10000000000")).starts_with("MemoryError"));
        assert!(
            op(Value::Int(1), Operator::LShift, Value::Int(-1))
                .starts_with("ValueError: negative shift count")
        );
        assert_eq!(
            show(Ok(int_neg(&Value::Int(i64::MIN)).unwrap())),
            "9223372036854775808"
        );
    }

    #[test]
    fn int_and_float_compare_exactly() {
        let a = big("9007199254740993"); // 2**53 + 1
        assert_eq!(
            num_cmp(&a, &Value::Float(9007199254740992.0)),
            Some(Ordering::Greater)
        );
        assert_eq!(
            num_cmp(
                &Value::Int(9007199254740993),
                &Value::Float(9007199254740992.0)
            ),
            Some(Ordering::Greater)
        );
        assert_eq!(
            num_cmp(
                &big("18446744073709551616"),
                &Value::Float(1.8446744073709552e19)
            ),
            Some(Ordering::Equal)
        );
        assert_eq!(
            num_cmp(&big("18446744073709551616"), &Value::Float(f64::INFINITY)),
            Some(Ordering::Less)
        );
        assert_eq!(num_cmp(&Value::Int(1), &Value::Float(f64::NAN)), None);
    }
}
