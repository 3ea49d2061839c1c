//! Python's `enum`: a class deriving from `Enum`, `IntEnum`, `StrEnum`, `Flag` or
//! `IntFlag` turns its plain class attributes into its members when it is made: objects
//! of the class with `name` and `value`, in the order written (a repeated value is an
//! alias of the first), `auto()` numbered from 1 (a `StrEnum`'s is the lower-cased name,
//! a flag's the next power of two). `Color(1)` and `Color["RED"]` look members up,
//! iterating the class gives them, and they print as CPython 3.11 prints them. A flag's
//! members combine with `|`, `&`, `^` and `~` into members of the same class (a
//! combination no name has is made once and kept, named `R|W` as 3.11 names it), `in`
//! tests bits, and iterating one gives its single-bit members.

use std::cell::RefCell;
use std::rc::Rc;

use runnel_core::error::{Result, RunnelError};

use super::value::{PyClass, PyObject, Value};

/// What `auto()` gives, replaced by the member's value when the class is made.
pub(crate) const AUTO: &str = "enum.auto()";

/// The class attribute holding the members, in order (`__members__`'s values; a flag's
/// single-bit ones only, as Python iterates them).
const MEMBERS: &str = "_member_list_";

/// The class attribute holding a flag's combinations no name has, by value.
const PSEUDO: &str = "_value2member_map_";

/// Whether a class is a `Flag` (`Some(false)`) or an `IntFlag` (`Some(true)`).
pub(crate) fn flag_kind(class: &Rc<PyClass>) -> Option<bool> {
    class
        .builtin_bases()
        .iter()
        .find_map(|b| match b.as_str() {
            "enum.IntFlag" => Some(Some(true)),
            "enum.Flag" => Some(Some(false)),
            "enum.Enum" | "enum.IntEnum" | "enum.StrEnum" => Some(None),
            _ => None,
        })?
}

/// What `auto()` gives the member `name` of an enum of `kind` (`int`, `str`, `plain`;
/// `flag` for a Flag or IntFlag) after the values `before`: the lower-cased name for a
/// StrEnum, the next power of two for a flag, else the last int plus one.
pub(crate) fn auto_value(kind: &str, name: &str, before: &[Value]) -> Value {
    let mut ints = before.iter().filter_map(|v| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    });
    match kind {
        "str" => Value::Str(name.to_lowercase()),
        "flag" => {
            let high = ints.max().unwrap_or(0).max(0);
            Value::Int(1i64 << (64 - high.leading_zeros()).min(62))
        }
        _ => Value::Int(ints.next_back().map_or(1, |i| i + 1)),
    }
}

/// The enum a class is, by its built-in bases: `"int"`, `"str"` or `"plain"`.
pub(crate) fn kind(class: &Rc<PyClass>) -> Option<&'static str> {
    class.builtin_bases().iter().find_map(|b| match b.as_str() {
        "enum.IntEnum" | "enum.IntFlag" => Some("int"),
        "enum.StrEnum" => Some("str"),
        "enum.Enum" | "enum.Flag" => Some("plain"),
        _ => None,
    })
}

/// Makes the members of an enum class from its attributes named in `order` (the class
/// body's assignments, in order); nothing for a class that is no enum.
pub(crate) fn make_members(class: &Rc<PyClass>, order: &[String]) -> Result<()> {
    let Some(kind) = kind(class) else {
        return Ok(());
    };
    let flag = flag_kind(class).is_some();
    let mut members: Vec<(String, Value)> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    for name in order {
        if name.starts_with('_') {
            continue;
        }
        let Some(value) = class
            .attrs
            .borrow()
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
        else {
            continue;
        };
        if matches!(
            value,
            Value::Function(_) | Value::Bound(..) | Value::Class(_)
        ) {
            continue;
        }
        let value = match value {
            Value::Builtin(b) if b == AUTO => {
                auto_value(if flag { "flag" } else { kind }, name, &values)
            }
            v => v,
        };
        values.push(value.clone());
        match kind {
            "int" if !matches!(value, Value::Int(_) | Value::Bool(_)) => {
                return Err(type_error(format!(
                    "invalid literal for int() with base 10: {}",
                    value.repr()
                )));
            }
            "str" if !matches!(value, Value::Str(_)) => {
                return Err(type_error(format!("{} is not a string", value.repr())));
            }
            _ => {}
        }
        // A value already taken: this name is an alias of that member.
        let member = match members.iter().find(|(_, m)| {
            matches!(m, Value::Instance(o) if o.get("_value_").is_some_and(|v| super::ops::py_eq(&v, &value)))
        }) {
            Some((_, m)) => m.clone(),
            None => {
                let o = PyObject {
                    class: class.clone(),
                    attrs: RefCell::new(vec![
                        ("_name_".into(), Value::Str(name.clone())),
                        ("_value_".into(), value.clone()),
                        ("name".into(), Value::Str(name.clone())),
                        ("value".into(), value),
                    ]),
                };
                Value::Instance(Rc::new(o))
            }
        };
        members.push((name.clone(), member));
    }
    let mut attrs = class.attrs.borrow_mut();
    for (name, m) in &members {
        if let Some(e) = attrs.iter_mut().find(|(k, _)| k == name) {
            e.1 = m.clone();
        }
    }
    attrs.push((
        "__members__".into(),
        Value::dict(
            members
                .iter()
                .map(|(n, m)| (Value::Str(n.clone()), m.clone()))
                .collect(),
        ),
    ));
    let mut unique: Vec<Value> = Vec::new();
    for (_, m) in members {
        // A flag iterates its single-bit members only (not 0, not `WHITE = R | G | B`).
        if flag && !flag_value(&m).is_some_and(|v| v > 0 && v & (v - 1) == 0) {
            continue;
        }
        if !unique.iter().any(|u| same(u, &m)) {
            unique.push(m);
        }
    }
    if flag {
        attrs.push((PSEUDO.into(), Value::dict(vec![])));
    }
    attrs.push((MEMBERS.into(), Value::Tuple(unique)));
    Ok(())
}

fn same(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Instance(x), Value::Instance(y)) if Rc::ptr_eq(x, y))
}

fn type_error(m: String) -> RunnelError {
    RunnelError::execution_plain(format!("TypeError: {m}")).with_exception("TypeError")
}

/// The members of an enum class, in order (aliases once); `None` for another class.
pub(crate) fn members(class: &Rc<PyClass>) -> Option<Vec<Value>> {
    match class.lookup(MEMBERS) {
        Some((_, Value::Tuple(t))) => Some(t),
        _ => None,
    }
}

/// `Color(value)`: the member of that value (a flag's combination of members too).
pub(crate) fn by_value(class: &Rc<PyClass>, v: &Value) -> Result<Value> {
    if flag_kind(class).is_some()
        && let Value::Int(_) | Value::Bool(_) = v
    {
        return flag_member(class, super::ops::py_num(v).unwrap_or(0.0) as i64);
    }
    if let Some(m) = flag_value_of(class, v) {
        return flag_member(class, m);
    }
    let all = members(class).unwrap_or_default();
    if let Some(m) = all.iter().find(|m| same(m, v)) {
        return Ok(m.clone());
    }
    all.into_iter()
        .find(|m| matches!(m, Value::Instance(o) if o.get("_value_").is_some_and(|x| super::ops::py_eq(&x, v))))
        .ok_or_else(|| {
            RunnelError::execution_plain(format!(
                "ValueError: {} is not a valid {}",
                v.repr(),
                class.name
            ))
            .with_exception("ValueError")
        })
}

/// `Color["RED"]`: the member of that name (aliases too).
pub(crate) fn by_name(class: &Rc<PyClass>, key: &Value) -> Result<Value> {
    let found = match (class.lookup("__members__"), key) {
        (Some((_, Value::Dict(d))), Value::Str(_)) => d
            .borrow()
            .iter()
            .find(|(k, _)| super::ops::py_eq(k, key))
            .map(|(_, m)| m.clone()),
        _ => None,
    };
    found.ok_or_else(|| super::builtins::key_error(key))
}

/// A member's class and name, if `o` is one (a flag's 0 has no name: `""`).
fn member_of(o: &PyObject) -> Option<(&'static str, String, Value)> {
    let class = &o.class;
    let k = kind(class)?;
    match (o.get("_name_"), o.get("_value_")) {
        (Some(Value::Str(n)), Some(v)) => Some((k, n, v)),
        (Some(Value::None), Some(v)) if flag_kind(class).is_some() => Some((k, String::new(), v)),
        _ => None,
    }
}

/// `repr()` of a member: `<Color.RED: 1>` (a flag's 0: `<Perm: 0>`).
pub(crate) fn member_repr(o: &PyObject) -> Option<String> {
    let (_, name, value) = member_of(o)?;
    if name.is_empty() {
        return Some(format!("<{}: {}>", o.class.name, value.repr()));
    }
    Some(format!("<{}.{name}: {}>", o.class.name, value.repr()))
}

/// `str()` of a member: `Color.RED`; an IntEnum's or StrEnum's (an IntFlag's) is its
/// value (3.11); a Flag's 0 is `Perm(0)`.
pub(crate) fn member_str(o: &PyObject) -> Option<String> {
    let (kind, name, value) = member_of(o)?;
    Some(match kind {
        "int" | "str" => value.to_py_str(),
        _ if name.is_empty() => format!("{}({})", o.class.name, value.repr()),
        _ => format!("{}.{name}", o.class.name),
    })
}

/// The int value of a flag's member.
fn flag_value(m: &Value) -> Option<i64> {
    match m {
        Value::Instance(o) => match o.get("_value_")? {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(i64::from(b)),
            _ => None,
        },
        _ => None,
    }
}

/// The value of `v` if it is a member of the flag `class`.
fn flag_value_of(class: &Rc<PyClass>, v: &Value) -> Option<i64> {
    match v {
        Value::Instance(o) if Rc::ptr_eq(&o.class, class) && flag_kind(class).is_some() => {
            flag_value(v)
        }
        _ => None,
    }
}

/// The bits of a flag's single-bit members.
fn flag_mask(class: &Rc<PyClass>) -> i64 {
    members(class)
        .unwrap_or_default()
        .iter()
        .filter_map(flag_value)
        .fold(0, |a, b| a | b)
}

/// CPython's `enum.bin`: `0b0 0111`, the sign bit, then `max_bits` digits.
fn enum_bin(num: i64, max_bits: u32) -> String {
    let digits = format!("{num:b}");
    let digits = if (digits.len() as u32) < max_bits {
        format!("{}{digits}", "0".repeat((max_bits as usize) - digits.len()))
    } else {
        digits
    };
    format!("0b0 {digits}")
}

/// The member of the flag `class` of value `v`: a named one, else the combination of
/// its members (made once, then kept); a Flag refuses bits it has no member for.
pub(crate) fn flag_member(class: &Rc<PyClass>, v: i64) -> Result<Value> {
    if let Some((_, Value::Dict(d))) = class.lookup("__members__") {
        let named = d
            .borrow()
            .iter()
            .find(|(_, m)| flag_value(m) == Some(v))
            .map(|(_, m)| m.clone());
        if let Some(m) = named {
            return Ok(m);
        }
    }
    let cache = match class.lookup(PSEUDO) {
        Some((_, Value::Dict(d))) => Some(d),
        _ => None,
    };
    if let Some(m) = cache
        .as_ref()
        .and_then(|d| d.borrow().get(&Value::Int(v)).ok().flatten())
    {
        return Ok(m);
    }
    let int = flag_kind(class) == Some(true);
    let mask = flag_mask(class);
    if !int && (v < 0 || v & !mask != 0) {
        let bits = (64 - v.max(0).leading_zeros()).max(64 - mask.leading_zeros());
        return Err(RunnelError::execution_plain(format!(
            "ValueError: <flag '{}'> invalid value {v}\n    given {}\n  allowed {}",
            class.name,
            enum_bin(v, bits),
            enum_bin(mask, bits)
        ))
        .with_exception("ValueError"));
    }
    let mut names: Vec<String> = members(class)
        .unwrap_or_default()
        .iter()
        .filter(|m| flag_value(m).is_some_and(|b| v & b == b))
        .filter_map(|m| match m {
            Value::Instance(o) => o.get("_name_").map(|n| n.to_py_str()),
            _ => None,
        })
        .collect();
    if v & !mask != 0 {
        names.push((v & !mask).to_string());
    }
    let name = if v == 0 {
        Value::None
    } else {
        Value::Str(names.join("|"))
    };
    let m = Value::Instance(Rc::new(PyObject {
        class: class.clone(),
        attrs: RefCell::new(vec![
            ("_name_".into(), name.clone()),
            ("_value_".into(), Value::Int(v)),
            ("name".into(), name),
            ("value".into(), Value::Int(v)),
        ]),
    }));
    if let Some(d) = cache {
        d.borrow_mut().insert(Value::Int(v), m.clone())?;
    }
    Ok(m)
}

/// A flag member's operator methods (`__or__`, `__and__`, `__xor__` and their reflected
/// ones, `__invert__`, `__contains__`, `__iter__`, `__len__`, `__bool__`), as Python's
/// `Flag` defines them; `None` for another object or method. An operand that is no
/// member of the same class (nor an int, for an IntFlag) is `NotImplemented`.
pub(crate) fn flag_dunder(v: &Value, name: &str, args: &[Value]) -> Option<Result<Value>> {
    let Value::Instance(o) = v else {
        return None;
    };
    let class = &o.class;
    let int = flag_kind(class)?;
    let me = flag_value(v)?;
    let other = |x: &Value| -> Option<i64> {
        flag_value_of(class, x).or(match x {
            Value::Int(i) if int => Some(*i),
            Value::Bool(b) if int => Some(i64::from(*b)),
            _ => None,
        })
    };
    let not_implemented = || Some(Ok(Value::Builtin("builtins.NotImplemented".into())));
    Some(match name {
        "__or__" | "__ror__" | "__and__" | "__rand__" | "__xor__" | "__rxor__" => {
            let Some(b) = args.first().and_then(other) else {
                return not_implemented();
            };
            flag_member(
                class,
                match name {
                    "__or__" | "__ror__" => me | b,
                    "__and__" | "__rand__" => me & b,
                    _ => me ^ b,
                },
            )
        }
        "__invert__" => flag_member(class, flag_mask(class) & !me),
        "__contains__" => match args.first().and_then(|x| flag_value_of(class, x)) {
            Some(b) => Ok(Value::Bool(me & b == b)),
            None => Err(RunnelError::execution_plain(format!(
                "TypeError: unsupported operand type(s) for 'in': '{}' and '{}'",
                args.first().map_or("NoneType".into(), instance_name),
                class.name
            ))
            .with_exception("TypeError")),
        },
        "__iter__" => Ok(Value::list(bits_of(class, me))),
        "__len__" => Ok(Value::Int(bits_of(class, me).len() as i64)),
        "__bool__" => Ok(Value::Bool(me != 0)),
        _ => return None,
    })
}

/// The single-bit members a flag value holds, in the order written.
fn bits_of(class: &Rc<PyClass>, v: i64) -> Vec<Value> {
    members(class)
        .unwrap_or_default()
        .into_iter()
        .filter(|m| flag_value(m).is_some_and(|b| v & b == b))
        .collect()
}

/// A value's class name, for messages.
fn instance_name(v: &Value) -> String {
    match v {
        Value::Instance(o) => o.class.name.clone(),
        other => other.type_name().to_string(),
    }
}

/// The value an IntEnum or StrEnum member compares as (`Priority.HIGH == 3`).
pub(crate) fn mixed_value(o: &PyObject) -> Option<Value> {
    match member_of(o)? {
        ("int" | "str", _, v) => Some(v),
        _ => None,
    }
}
