//! `copy.copy` and `copy.deepcopy` of the script's values, as Python's `copy` module
//! makes them: a new list, set, dict or object of the script's classes; immutable values
//! as they are. A deep copy copies what they hold too, once per object (a value held
//! twice is copied once and held twice; a list holding itself holds its copy).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use runnel_core::error::{Result, RunnelError};

use super::value::{PyDict, PyObject, Value};

/// `copy.copy(v)`.
pub(crate) fn shallow(v: &Value) -> Result<Value> {
    Ok(match v {
        Value::List(l) => Value::list(l.borrow().clone()),
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        Value::Dict(d) => Value::Dict(Rc::new(PyDict::new(d.borrow().clone(), d.kind.clone()))),
        Value::Instance(o) => Value::Instance(Rc::new(PyObject {
            class: o.class.clone(),
            attrs: RefCell::new(o.attrs.borrow().clone()),
        })),
        other => {
            uncopyable(other)?;
            other.clone()
        }
    })
}

/// `copy.deepcopy(v)`.
pub(crate) fn deep(v: &Value) -> Result<Value> {
    deep_in(v, &mut HashMap::new(), 0)
}

/// How deep a deep copy goes (Python's recursion limit stops it about there).
const MAX_DEPTH: usize = 1000;

fn deep_in(v: &Value, memo: &mut HashMap<usize, Value>, depth: usize) -> Result<Value> {
    if depth > MAX_DEPTH {
        return Err(RunnelError::execution_plain(
            "RecursionError: maximum recursion depth exceeded while calling a Python object",
        )
        .with_exception("RecursionError"));
    }
    let key = match v {
        Value::List(l) => Some(Rc::as_ptr(l) as *const () as usize),
        Value::Set(l) => Some(Rc::as_ptr(l) as *const () as usize),
        Value::Dict(d) => Some(Rc::as_ptr(d) as *const () as usize),
        Value::Instance(o) => Some(Rc::as_ptr(o) as *const () as usize),
        _ => None,
    };
    if let Some(k) = key
        && let Some(done) = memo.get(&k)
    {
        return Ok(done.clone());
    }
    Ok(match v {
        Value::List(l) => {
            let out = Rc::new(RefCell::new(Vec::new()));
            let copy = Value::List(out.clone());
            memo.insert(key.unwrap_or_default(), copy.clone());
            let items = l.borrow().clone();
            for x in &items {
                let c = deep_in(x, memo, depth + 1)?;
                out.borrow_mut().push(c);
            }
            copy
        }
        Value::Set(l) => {
            let out = Rc::new(RefCell::new(super::value::SetItems::new()));
            let copy = Value::Set(out.clone());
            memo.insert(key.unwrap_or_default(), copy.clone());
            let items: Vec<Value> = l.borrow().iter().cloned().collect();
            for x in &items {
                let c = deep_in(x, memo, depth + 1)?;
                super::dict::py_hash(&c)?;
                out.borrow_mut().add(c)?;
            }
            copy
        }
        Value::Dict(d) => {
            let out = Rc::new(PyDict::new(Default::default(), d.kind.clone()));
            memo.insert(key.unwrap_or_default(), Value::Dict(out.clone()));
            let items = d.borrow().to_vec();
            for (k, x) in &items {
                let (k, x) = (deep_in(k, memo, depth + 1)?, deep_in(x, memo, depth + 1)?);
                let h = super::dict::py_hash(&k)?;
                out.borrow_mut().insert_hashed(h, k, x);
            }
            Value::Dict(out)
        }
        Value::Instance(o) => {
            let out = Rc::new(PyObject {
                class: o.class.clone(),
                attrs: RefCell::new(Vec::new()),
            });
            memo.insert(key.unwrap_or_default(), Value::Instance(out.clone()));
            let attrs = o.attrs.borrow().clone();
            for (n, x) in &attrs {
                let c = deep_in(x, memo, depth + 1)?;
                out.attrs.borrow_mut().push((n.clone(), c));
            }
            Value::Instance(out)
        }
        Value::Tuple(t) => Value::Tuple(
            t.iter()
                .map(|x| deep_in(x, memo, depth + 1))
                .collect::<Result<_>>()?,
        ),
        other => {
            uncopyable(other)?;
            other.clone()
        }
    })
}

/// Python refuses to copy a generator (and the other iterators).
fn uncopyable(v: &Value) -> Result<()> {
    if super::iter::state(v).is_some() {
        return Err(RunnelError::execution_plain(format!(
            "TypeError: cannot pickle '{}' object",
            v.type_name()
        ))
        .with_exception("TypeError"));
    }
    Ok(())
}
