//! Python's `enum`: a class deriving from `Enum`, `IntEnum`, `StrEnum` (or `Flag`,
//! `IntFlag`, without their bit operations) turns its plain class attributes into its
//! members when it is made: objects of the class with `name` and `value`, in the order
//! written (a repeated value is an alias of the first), `auto()` numbered from 1 (a
//! `StrEnum`'s is the lower-cased name). `Color(1)` and `Color["RED"]` look members up,
//! iterating the class gives them, and they print as CPython 3.11 prints them.

use std::cell::RefCell;
use std::rc::Rc;

use runnel_core::error::{Result, RunnelError};

use super::value::{PyClass, PyObject, Value};

/// What `auto()` gives, replaced by the member's value when the class is made.
pub(crate) const AUTO: &str = "enum.auto()";

/// The class attribute holding the members, in order (`__members__`'s values).
const MEMBERS: &str = "_member_list_";

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
    let mut members: Vec<(String, Value)> = Vec::new();
    let mut next_auto = 1i64;
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
            Value::Builtin(b) if b == AUTO => match kind {
                "str" => Value::Str(name.to_lowercase()),
                _ => Value::Int(next_auto),
            },
            v => v,
        };
        if let Value::Int(i) = value {
            next_auto = i + 1;
        }
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
        if !unique.iter().any(|u| same(u, &m)) {
            unique.push(m);
        }
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

/// `Color(value)`: the member of that value.
pub(crate) fn by_value(class: &Rc<PyClass>, v: &Value) -> Result<Value> {
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

/// A member's class and name, if `o` is one.
fn member_of(o: &PyObject) -> Option<(&'static str, String, Value)> {
    let class = &o.class;
    let k = kind(class)?;
    match (o.get("_name_"), o.get("_value_")) {
        (Some(Value::Str(n)), Some(v)) => Some((k, n, v)),
        _ => None,
    }
}

/// `repr()` of a member: `<Color.RED: 1>`.
pub(crate) fn member_repr(o: &PyObject) -> Option<String> {
    let (_, name, value) = member_of(o)?;
    Some(format!("<{}.{name}: {}>", o.class.name, value.repr()))
}

/// `str()` of a member: `Color.RED`; an IntEnum's or StrEnum's is its value (3.11).
pub(crate) fn member_str(o: &PyObject) -> Option<String> {
    let (kind, name, value) = member_of(o)?;
    Some(match kind {
        "int" | "str" => value.to_py_str(),
        _ => format!("{}.{name}", o.class.name),
    })
}

/// The value an IntEnum or StrEnum member compares as (`Priority.HIGH == 3`).
pub(crate) fn mixed_value(o: &PyObject) -> Option<Value> {
    match member_of(o)? {
        ("int" | "str", _, v) => Some(v),
        _ => None,
    }
}
