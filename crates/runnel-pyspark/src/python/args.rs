//! A call's arguments: positional and keyword, read by parameter name and position.

use runnel_core::error::{Result, RunnelError};

use super::value::Value;

/// Arguments of a call.
#[derive(Clone)]
pub(crate) struct Args {
    pub(crate) pos: Vec<Value>,
    pub(crate) kw: Vec<(String, Value)>,
    pub(crate) what: String,
}

impl Args {
    pub(crate) fn get(&self, i: usize, name: &str) -> Option<&Value> {
        self.kw
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
            .or_else(|| self.pos.get(i))
    }
    pub(crate) fn req(&self, i: usize, name: &str) -> Result<&Value> {
        self.get(i, name).ok_or_else(|| {
            RunnelError::execution_plain(format!(
                "TypeError: {}() missing required argument '{name}'",
                self.what
            ))
        })
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
