//! Python's operators on plain values (numbers, strings, lists, tuples, dicts):
//! arithmetic with Python's semantics, comparisons, `in`, indexing and slicing, `%` and
//! `str.format`. An operand the bound library owns (a Column, a DataFrame) goes to it
//! through [`Bindings`].

use ruff_python_ast::{CmpOp, Operator, UnaryOp};
use runnel_core::error::{Result, RunnelError};

use super::Bindings;
use super::value::Value;

/// Python `==` on plain values.
pub(crate) fn py_eq(a: &Value, b: &Value) -> bool {
    // An object whose class defines `__eq__` answers (a dict key, a set's item, `in`),
    // after identity, as Python's containers ask.
    if let (Value::Instance(_), _) | (_, Value::Instance(_)) = (a, b) {
        if let (Value::Instance(x), Value::Instance(y)) = (a, b)
            && std::rc::Rc::ptr_eq(x, y)
        {
            return true;
        }
        if let Some(r) = super::interp::objects_equal(a, b) {
            return r;
        }
    }
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        // Numbers of different kinds (True == 1, 2**64 == 2.0**64), exactly as Python.
        (
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_),
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_),
        ) => super::num::num_cmp(a, b) == Some(std::cmp::Ordering::Equal),
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| py_eq(a, b))
        }
        (Value::Set(x), Value::Set(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().all(|a| y.contains(a).unwrap_or(false))
        }
        (Value::List(x), Value::List(y)) if std::rc::Rc::ptr_eq(x, y) => true,
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| py_eq(a, b))
        }
        (Value::Dict(x), Value::Dict(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).ok().flatten().is_some_and(|v2| py_eq(v, &v2)))
        }
        (Value::Instance(x), Value::Instance(y)) => std::rc::Rc::ptr_eq(x, y),
        // An IntEnum or StrEnum member equals its value.
        (Value::Instance(o), v) | (v, Value::Instance(o))
            if super::enums::mixed_value(o).is_some() =>
        {
            super::enums::mixed_value(o).is_some_and(|m| py_eq(&m, v))
        }
        (Value::Class(x), Value::Class(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Builtin(x), Value::Builtin(y)) => x == y,
        // PySpark's data types and fields compare by value.
        (Value::Type(x), Value::Type(y)) => x == y,
        (Value::StructField(x), Value::StructField(y)) => x == y,
        (Value::Native(_), Value::Native(_)) => {
            super::stdlib::native_cmp(a, b).is_some_and(|o| o.is_eq())
        }
        // Decimal('1.0') == 1, as Python.
        (Value::Native(_), _) | (_, Value::Native(_)) => {
            super::stdlib::decimal_cmp(a, b).is_some_and(|o| o.is_eq())
        }
        _ => false,
    }
}

/// A list index (negative counts from the end).
pub(crate) fn index_of(k: &Value, len: usize) -> Result<usize> {
    if matches!(k, Value::BigInt(_)) {
        return Err(RunnelError::execution_plain(
            "IndexError: cannot fit 'int' into an index-sized integer",
        )
        .with_exception("IndexError"));
    }
    let k = &match k {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    };
    let Value::Int(i) = k else {
        return Err(RunnelError::execution_plain(format!(
            "TypeError: indices must be integers, not {}",
            k.type_name()
        )));
    };
    let i = if *i < 0 { len as i64 + i } else { *i };
    if i < 0 || i as usize >= len {
        return Err(RunnelError::execution_plain(
            "IndexError: index out of range",
        ));
    }
    Ok(i as usize)
}

/// Iterates a Python value.
pub(crate) fn iterate(v: &Value) -> Result<Vec<Value>> {
    Ok(match v {
        Value::List(l) => l.borrow().clone(),
        Value::Set(l) => l.borrow().items(),
        Value::Tuple(t) => t.clone(),
        // An enum class: its members.
        Value::Class(c) if super::enums::members(c).is_some() => {
            super::enums::members(c).unwrap_or_default()
        }
        Value::Dict(d) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
        Value::Str(s) => s.chars().map(|c| Value::Str(c.to_string())).collect(),
        Value::Row(r) => r.iter().map(|(_, v)| v.clone()).collect(),
        // A StructType: its fields.
        Value::Type(arrow_schema::DataType::Struct(f)) => f
            .iter()
            .map(|x| Value::StructField(x.as_ref().clone()))
            .collect(),
        Value::Json(serde_json::Value::Array(a)) => {
            a.iter().cloned().map(super::stdlib::json_item).collect()
        }
        // A progress report is a dict: its keys.
        Value::Json(serde_json::Value::Object(m)) => {
            m.keys().map(|k| Value::Str(k.clone())).collect()
        }
        Value::Native(n) => match n.as_ref() {
            super::value::Native::File(f) => super::stdlib::file_lines(f),
            super::value::Native::Bytes(b) => b.iter().map(|c| Value::Int(*c as i64)).collect(),
            super::value::Native::Iter(s) => super::iter::rest(s)?,
            _ => {
                return Err(RunnelError::execution_plain(format!(
                    "TypeError: '{}' object is not iterable",
                    v.type_name()
                ))
                .with_exception("TypeError"));
            }
        },
        other => {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: '{}' object is not iterable",
                other.type_name()
            )));
        }
    })
}

/// Python's TypeError for a value where an integer is needed (`range`, `hex`, ...).
pub(crate) fn not_an_integer(v: &Value) -> RunnelError {
    RunnelError::execution_plain(format!(
        "TypeError: '{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
    .with_exception("TypeError")
}

pub(crate) fn py_num(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Float(f) => Some(*f),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(num_traits::ToPrimitive::to_f64(b.as_ref()).unwrap_or(f64::NAN)),
        _ => None,
    }
}

/// The most items or characters `*` makes (Python's MemoryError beyond what fits).
const MAX_REPEAT: u64 = 1 << 30;

/// `seq * n`: how many times, or Python's errors (a count beyond 64 bits, a result too
/// large for memory).
fn repeat_count(n: &Value, len: usize) -> Result<usize> {
    let n = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            return Err(RunnelError::execution_plain(
                "OverflowError: cannot fit 'int' into an index-sized integer",
            )
            .with_exception("OverflowError"));
        }
    };
    let n = n.max(0) as u64;
    if (len as u64).saturating_mul(n) > MAX_REPEAT {
        return Err(RunnelError::execution_plain(format!(
            "MemoryError: a sequence of {len} repeated {n} times; Runnel's runner makes sequences of at most {MAX_REPEAT} items"
        ))
        .with_exception("MemoryError"));
    }
    Ok(n as usize)
}

/// Binary operators.
pub(crate) fn binop(b: &Bindings, l: Value, op: Operator, r: Value) -> Result<Value> {
    if matches!(l, Value::Column(_)) || matches!(r, Value::Column(_)) {
        return (b.binop)(l, op, r);
    }
    if let Some(v) = super::stdlib::native_binop(&l, op, &r) {
        return v;
    }
    if let Some(v) = super::num::int_binop(&l, op, &r) {
        return v;
    }
    if let Some(v) = super::num::float_binop(&l, op, &r) {
        return v;
    }
    Ok(match (&l, op, &r) {
        (Value::Str(a), Operator::Add, Value::Str(b)) => Value::Str(format!("{a}{b}")),
        (
            Value::Str(a),
            Operator::Mult,
            n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
        )
        | (
            n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
            Operator::Mult,
            Value::Str(a),
        ) => Value::Str(a.repeat(repeat_count(n, a.len())?)),
        (
            Value::List(a),
            Operator::Mult,
            n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
        )
        | (
            n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
            Operator::Mult,
            Value::List(a),
        ) => {
            let a = a.borrow();
            let k = repeat_count(n, a.len())?;
            Value::list(a.iter().cloned().cycle().take(a.len() * k).collect())
        }
        (
            Value::Tuple(a),
            Operator::Mult,
            n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
        )
        | (
            n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
            Operator::Mult,
            Value::Tuple(a),
        ) => {
            let k = repeat_count(n, a.len())?;
            Value::Tuple(a.iter().cloned().cycle().take(a.len() * k).collect())
        }
        (Value::Str(a), Operator::Mod, _) => Value::Str(super::format::percent(None, a, &r)?),
        // Set algebra: `|` union, `&` intersection, `-` difference, `^` symmetric difference.
        (
            Value::Set(a),
            op @ (Operator::BitOr | Operator::BitAnd | Operator::Sub | Operator::BitXor),
            Value::Set(b),
        ) => {
            let (a, b) = (a.borrow(), b.borrow());
            let in_b = |x: &Value| b.contains(x).unwrap_or(false);
            let in_a = |x: &Value| a.contains(x).unwrap_or(false);
            // The result is of the left operand's kind (set or frozenset).
            let items = super::value::SetItems::from_values_lenient(match op {
                Operator::BitOr => a.iter().chain(b.iter()).cloned().collect(),
                Operator::BitAnd => a.iter().filter(|x| in_b(x)).cloned().collect(),
                Operator::Sub => a.iter().filter(|x| !in_b(x)).cloned().collect(),
                _ => a
                    .iter()
                    .filter(|x| !in_b(x))
                    .chain(b.iter().filter(|x| !in_a(x)))
                    .cloned()
                    .collect(),
            });
            Value::Set(std::rc::Rc::new(std::cell::RefCell::new(
                items.with_kind_of(&a),
            )))
        }
        // Counters: `+` and `-` add and subtract counts, `|` and `&` take the larger and
        // the smaller; counts that are not positive are dropped, as Python's.
        (
            Value::Dict(ca),
            op @ (Operator::Add | Operator::Sub | Operator::BitOr | Operator::BitAnd),
            Value::Dict(cb),
        ) if matches!(ca.kind, super::value::DictKind::Counter)
            && matches!(cb.kind, super::value::DictKind::Counter) =>
        {
            let count = |v: &Value| super::num::num_cmp(v, &Value::Int(0)).map(|_| v.clone());
            let (ca, cb) = (ca.borrow(), cb.borrow());
            let mut out = super::value::DictItems::new();
            let keys: Vec<Value> = ca
                .keys()
                .chain(cb.keys().filter(|k| !ca.contains(k).unwrap_or(false)))
                .cloned()
                .collect();
            for k in keys {
                let x = ca.get(&k)?.and_then(|v| count(&v)).unwrap_or(Value::Int(0));
                let y = cb.get(&k)?.and_then(|v| count(&v)).unwrap_or(Value::Int(0));
                let n = match op {
                    Operator::Add => binop(b, x, Operator::Add, y)?,
                    Operator::Sub => binop(b, x, Operator::Sub, y)?,
                    Operator::BitOr if super::num::num_cmp(&x, &y).is_some_and(|o| o.is_lt()) => y,
                    Operator::BitOr => x,
                    _ if super::num::num_cmp(&x, &y).is_some_and(|o| o.is_gt()) => y,
                    _ => x,
                };
                if super::num::num_cmp(&n, &Value::Int(0)).is_some_and(|o| o.is_gt()) {
                    out.insert(k, n)?;
                }
            }
            Value::Dict(std::rc::Rc::new(super::value::PyDict::new(
                out,
                super::value::DictKind::Counter,
            )))
        }
        // `a | b` of dicts: a's items, then b's (a key of both takes b's value).
        (Value::Dict(a), Operator::BitOr, Value::Dict(b)) => {
            let mut items = a.borrow().clone();
            for (k, v) in b.borrow().iter() {
                items.insert(k.clone(), v.clone())?;
            }
            Value::dict_of(items)
        }
        (Value::List(a), Operator::Add, Value::List(b)) => {
            let mut v = a.borrow().clone();
            v.extend(b.borrow().iter().cloned());
            Value::list(v)
        }
        (Value::Tuple(a), Operator::Add, Value::Tuple(b)) => {
            Value::Tuple(a.iter().chain(b).cloned().collect())
        }
        _ => {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: unsupported operand type(s) for {}: '{}' and '{}'",
                op.as_str(),
                l.type_name(),
                r.type_name()
            ))
            .with_exception("TypeError"));
        }
    })
}

/// Unary operators.
pub(crate) fn unaryop(b: &Bindings, op: UnaryOp, v: Value) -> Result<Value> {
    if matches!(v, Value::Column(_)) {
        return (b.unaryop)(op, v);
    }
    Ok(match (op, v) {
        (UnaryOp::Not, v) => Value::Bool(!v.truthy()),
        (UnaryOp::USub, v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            super::num::int_neg(&v).unwrap_or(v)
        }
        (UnaryOp::Invert, v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            super::num::int_invert(&v).unwrap_or(v)
        }
        (UnaryOp::UAdd, Value::Bool(b)) => Value::Int(b as i64),
        (UnaryOp::USub, Value::Float(f)) => Value::Float(-f),
        (UnaryOp::UAdd, v @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => v,
        (UnaryOp::USub | UnaryOp::UAdd, Value::Native(n))
            if matches!(n.as_ref(), super::value::Native::Decimal(_)) =>
        {
            let super::value::Native::Decimal(d) = n.as_ref() else {
                unreachable!("matched above")
            };
            super::stdlib::decimal_value(if op == UnaryOp::USub {
                d.neg()
            } else {
                d.clone()
            })
        }
        (_, v) => {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: bad operand type for unary operator: '{}'",
                v.type_name()
            )));
        }
    })
}

/// Comparison operators.
pub(crate) fn compare(b: &Bindings, l: &Value, op: CmpOp, r: &Value) -> Result<Value> {
    // `is` / `is not` are identity, never a Column comparison (`col("x") is not None`).
    let column = matches!(l, Value::Column(_)) || matches!(r, Value::Column(_));
    if column && matches!(op, CmpOp::Is | CmpOp::IsNot) {
        let same = matches!((l, r), (Value::None, Value::None));
        return Ok(Value::Bool(same == (op == CmpOp::Is)));
    }
    if column {
        return (b.compare)(l, op, r);
    }
    let ord = |a: &Value, b: &Value| -> Option<std::cmp::Ordering> {
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
            (Value::Native(_), _) => super::stdlib::native_cmp(a, b),
            (Value::Tuple(x), Value::Tuple(y)) => {
                for (p, q) in x.iter().zip(y) {
                    if !py_eq(p, q) {
                        return match (p, q) {
                            (Value::Str(p), Value::Str(q)) => Some(p.cmp(q)),
                            _ => super::num::num_cmp(p, q),
                        };
                    }
                }
                Some(x.len().cmp(&y.len()))
            }
            _ => super::num::num_cmp(a, b),
        }
    };
    Ok(Value::Bool(match op {
        CmpOp::Eq => py_eq(l, r),
        CmpOp::NotEq => !py_eq(l, r),
        CmpOp::Is => is_same(l, r),
        CmpOp::IsNot => !is_same(l, r),
        CmpOp::In | CmpOp::NotIn => {
            let found = match r {
                Value::Str(s) => matches!(l, Value::Str(x) if s.contains(x.as_str())),
                Value::Dict(d) => d.borrow().contains(l)?,
                Value::Set(s) => s.borrow().contains(l)?,
                other => iterate(other)?.iter().any(|x| py_eq(x, l)),
            };
            found == (op == CmpOp::In)
        }
        // Sets compare by inclusion: `a <= b` is a subset, `a < b` a proper one.
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE
            if matches!((l, r), (Value::Set(_), Value::Set(_))) =>
        {
            let (Value::Set(a), Value::Set(b)) = (l, r) else {
                unreachable!("matched above")
            };
            let (a, b) = (a.borrow(), b.borrow());
            let within = |x: &super::value::SetItems, y: &super::value::SetItems| {
                x.iter().all(|v| y.contains(v).unwrap_or(false))
            };
            match op {
                CmpOp::LtE => within(&a, &b),
                CmpOp::Lt => within(&a, &b) && a.len() < b.len(),
                CmpOp::GtE => within(&b, &a),
                _ => within(&b, &a) && b.len() < a.len(),
            }
        }
        CmpOp::Lt => ord(l, r).is_some_and(|o| o.is_lt()),
        CmpOp::LtE => ord(l, r).is_some_and(|o| o.is_le()),
        CmpOp::Gt => ord(l, r).is_some_and(|o| o.is_gt()),
        CmpOp::GtE => ord(l, r).is_some_and(|o| o.is_ge()),
    }))
}

/// Python's `is` on the values the runner keeps by identity.
fn is_same(l: &Value, r: &Value) -> bool {
    match (l, r) {
        (Value::None, Value::None) => true,
        (Value::Bool(_), Value::Bool(_))
        | (Value::Instance(_), Value::Instance(_))
        | (Value::Class(_), Value::Class(_))
        | (Value::Builtin(_), Value::Builtin(_)) => py_eq(l, r),
        (Value::Set(x), Value::Set(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::List(x), Value::List(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Native(x), Value::Native(y)) => std::rc::Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// `obj[key]`.
pub(crate) fn subscript(b: &Bindings, obj: Value, key: Value) -> Result<Value> {
    if matches!(obj, Value::Column(_) | Value::DataFrame(_)) {
        return (b.subscript)(obj, key);
    }
    Ok(match (&obj, &key) {
        (Value::List(l), _) => {
            let l = l.borrow();
            l[index_of(&key, l.len())?].clone()
        }
        (Value::Tuple(t), _) => t[index_of(&key, t.len())?].clone(),
        (Value::Native(n), _) if matches!(n.as_ref(), super::value::Native::Bytes(_)) => {
            let items = iterate(&obj)?;
            items[index_of(&key, items.len())?].clone()
        }
        (Value::Str(s), _) => {
            let chars: Vec<char> = s.chars().collect();
            Value::Str(chars[index_of(&key, chars.len())?].to_string())
        }
        (Value::Dict(d), _) => d
            .borrow()
            .get(&key)?
            .ok_or_else(|| super::builtins::key_error(&key))?,
        (Value::Row(r), Value::Str(n)) => r
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| RunnelError::execution_plain(format!("ValueError: {n}")))?,
        (Value::Row(r), _) => r[index_of(&key, r.len())?].1.clone(),
        // A StructType's field by name or position, as PySpark's `__getitem__`.
        (Value::Type(arrow_schema::DataType::Struct(f)), Value::Str(n)) => f
            .iter()
            .find(|x| x.name() == n)
            .map(|x| Value::StructField(x.as_ref().clone()))
            .ok_or_else(|| {
                RunnelError::execution_plain(format!(
                    "PySparkKeyError: [KEY_NOT_EXISTS] Key `{n}` does not exist."
                ))
                .with_exception("PySparkKeyError")
            })?,
        (Value::Type(arrow_schema::DataType::Struct(f)), Value::Int(i)) => {
            let at = if *i < 0 { f.len() as i64 + i } else { *i };
            match usize::try_from(at).ok().and_then(|at| f.get(at)) {
                Some(x) => Value::StructField(x.as_ref().clone()),
                None => {
                    return Err(RunnelError::execution_plain(format!(
                        "PySparkIndexError: [INDEX_OUT_OF_RANGE] StructType index out of range, got '{i}'."
                    ))
                    .with_exception("PySparkIndexError"));
                }
            }
        }
        // `List[int]`, `Optional[str]`, `dict[str, int]` in annotations.
        (Value::Builtin(b), _) if b.starts_with("typing.") || b.starts_with("builtins.") => obj,
        (Value::Json(j), Value::Str(k)) => super::stdlib::json_child(j, k).unwrap_or(Value::None),
        (Value::Json(j), Value::Int(i)) => super::stdlib::json_item(
            j.get(*i as usize)
                .cloned()
                .unwrap_or(serde_json::Value::Null),
        ),
        _ => {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: '{}' object is not subscriptable",
                obj.type_name()
            )));
        }
    })
}

/// The positions `lo:hi:step` selects in a sequence of `n` items, in order, and the step,
/// as Python's `slice.indices`: a negative bound counts from the end, bounds are clamped,
/// a negative step walks backwards.
pub(crate) fn slice_positions(
    n: usize,
    lo: Option<Value>,
    hi: Option<Value>,
    step: Option<Value>,
) -> Result<(Vec<usize>, i64)> {
    let n = n as i64;
    let step = match step {
        None | Some(Value::None) => 1,
        Some(Value::Int(0)) => {
            return Err(
                RunnelError::execution_plain("ValueError: slice step cannot be zero")
                    .with_exception("ValueError"),
            );
        }
        Some(Value::Int(i)) => i,
        Some(Value::Bool(true)) => 1,
        Some(other) => {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: slice indices must be integers or None or have an __index__ method, not {}",
                other.type_name()
            ))
            .with_exception("TypeError"));
        }
    };
    // Python's bounds: [0, n] going forwards, [-1, n - 1] going backwards.
    let (low, high) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let norm = |v: Option<Value>, d: i64| -> i64 {
        match v {
            Some(Value::Int(i)) => (if i < 0 { n.saturating_add(i) } else { i }).clamp(low, high),
            Some(Value::Bool(b)) => i64::from(b).clamp(low, high),
            Some(Value::BigInt(b)) if num_traits::Signed::is_negative(b.as_ref()) => low,
            Some(Value::BigInt(_)) => high,
            _ => d,
        }
    };
    let (start, stop) = if step > 0 {
        (norm(lo, 0), norm(hi, n))
    } else {
        (norm(lo, n - 1), norm(hi, -1))
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i = match i.checked_add(step) {
            Some(j) => j,
            None => break,
        };
    }
    Ok((out, step))
}

/// `obj[lo:hi:step]` (see [`slice_positions`]).
pub(crate) fn slice(
    obj: Value,
    lo: Option<Value>,
    hi: Option<Value>,
    step: Option<Value>,
) -> Result<Value> {
    let items = iterate(&obj)?;
    let (at, _) = slice_positions(items.len(), lo, hi, step)?;
    let part: Vec<Value> = at.into_iter().map(|i| items[i].clone()).collect();
    Ok(match obj {
        Value::Str(_) => Value::Str(part.iter().map(|v| v.to_py_str()).collect()),
        Value::Tuple(_) => Value::Tuple(part),
        Value::Native(n) if matches!(n.as_ref(), super::value::Native::Bytes(_)) => {
            super::stdlib::bytes_value(
                part.iter()
                    .map(|v| match v {
                        Value::Int(i) => *i as u8,
                        _ => 0,
                    })
                    .collect(),
            )
        }
        _ => Value::list(part),
    })
}

/// `list[lo:hi:step] = values` (`values` `None`: `del list[lo:hi:step]`), as Python: a
/// plain slice is replaced by any number of values, an extended one (a step other than 1)
/// by as many as it selects.
pub(crate) fn set_slice(
    list: &std::cell::RefCell<Vec<Value>>,
    lo: Option<Value>,
    hi: Option<Value>,
    step: Option<Value>,
    values: Option<Vec<Value>>,
) -> Result<()> {
    let n = list.borrow().len();
    let plain = matches!(step, None | Some(Value::None) | Some(Value::Int(1)));
    let (at, _) = slice_positions(n, lo.clone(), hi.clone(), step)?;
    let mut l = list.borrow_mut();
    if plain {
        // The start even when it selects nothing (`a[2:0] = x` inserts at 2).
        let (from, _) = slice_positions(n, lo, None, None)?;
        let start = from.first().copied().unwrap_or(n);
        let end = at.last().map_or(start, |e| e + 1);
        l.splice(start..end, values.unwrap_or_default());
        return Ok(());
    }
    match values {
        None => {
            let mut drop = at;
            drop.sort_unstable();
            for i in drop.into_iter().rev() {
                l.remove(i);
            }
        }
        Some(v) if v.len() != at.len() => {
            return Err(RunnelError::execution_plain(format!(
                "ValueError: attempt to assign sequence of size {} to extended slice of size {}",
                v.len(),
                at.len()
            ))
            .with_exception("ValueError"));
        }
        Some(v) => {
            for (i, x) in at.into_iter().zip(v) {
                l[i] = x;
            }
        }
    }
    Ok(())
}
