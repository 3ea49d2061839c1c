//! A call's arguments: positional and keyword, read by parameter name and position.

use runnel_core::error::{Result, RunnelError};

use super::value::Value;

/// Arguments of a call.
#[derive(Clone)]
pub(crate) struct Args {
    pub(crate) pos: Vec<Value>,
    pub(crate) kw: Vec<(String, Value)>,
    pub(crate) what: String,
    /// The keyword names the callee asked for (the others are unknown to it); shared
    /// by clones, so the caller sees what the callee read.
    asked: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
    /// The callee read the keywords itself (`options(**kw)`, `print(..., end=)`).
    all_read: std::rc::Rc<std::cell::Cell<bool>>,
}

impl Args {
    /// Arguments of a call of `what`.
    pub(crate) fn new(pos: Vec<Value>, kw: Vec<(String, Value)>, what: String) -> Self {
        Args {
            pos,
            kw,
            what,
            asked: Default::default(),
            all_read: Default::default(),
        }
    }

    /// Every keyword argument, for a callee that reads them itself.
    pub(crate) fn keywords(&self) -> &[(String, Value)] {
        self.all_read.set(true);
        &self.kw
    }

    /// Python's TypeError for a keyword argument the callee never asked for.
    pub(crate) fn check_keywords(&self) -> Result<()> {
        if self.all_read.get() {
            return Ok(());
        }
        let asked = self.asked.borrow();
        match self.kw.iter().find(|(k, _)| !asked.contains(k)) {
            None => Ok(()),
            Some((k, _)) => Err(RunnelError::execution_plain(format!(
                "TypeError: {}() got an unexpected keyword argument '{k}'",
                self.what
            ))
            .with_exception("TypeError")),
        }
    }

    pub(crate) fn get(&self, i: usize, name: &str) -> Option<&Value> {
        if !self.kw.is_empty() {
            let mut asked = self.asked.borrow_mut();
            if !asked.iter().any(|a| a == name) {
                asked.push(name.to_string());
            }
        }
        self.kw
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
            .or_else(|| self.pos.get(i))
    }
    pub(crate) fn req(&self, i: usize, name: &str) -> Result<&Value> {
        match self.get(i, name) {
            Some(v) => Ok(v),
            // As Python: a keyword the callee does not take is reported first.
            None => Err(self.check_keywords().err().unwrap_or_else(|| {
                RunnelError::execution_plain(format!(
                    "TypeError: {}() missing required argument '{name}'",
                    self.what
                ))
            })),
        }
    }
    pub(crate) fn str(&self, i: usize, name: &str) -> Result<String> {
        match self.req(i, name)? {
            Value::Str(s) => Ok(s.clone()),
            other => Err(type_error(&self.what, name, "str", other)),
        }
    }
    pub(crate) fn opt_str(&self, i: usize, name: &str) -> Result<Option<String>> {
        match self.get(i, name) {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.clone())),
            Some(other) => Err(type_error(&self.what, name, "str", other)),
        }
    }
    pub(crate) fn int(&self, i: usize, name: &str) -> Result<i64> {
        match self.req(i, name)? {
            Value::Int(v) => Ok(*v),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(RunnelError::execution_plain(
                "OverflowError: Python int too large to convert to C long",
            )
            .with_exception("OverflowError")),
            other => Err(type_error(&self.what, name, "int", other)),
        }
    }
    pub(crate) fn bool_or(&self, i: usize, name: &str, default: bool) -> bool {
        self.get(i, name).map(|v| v.truthy()).unwrap_or(default)
    }
}

pub(crate) fn type_error(f: &str, arg: &str, want: &str, got: &Value) -> RunnelError {
    RunnelError::execution_plain(format!(
        "[NOT_{}] Argument `{arg}` of {f}() should be a {want}, got {}.",
        want.to_uppercase(),
        got.type_name()
    ))
    .with_condition(&format!("NOT_{}", want.to_uppercase()))
}
