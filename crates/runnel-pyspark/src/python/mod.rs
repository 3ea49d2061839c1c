//! The Python language: values, statements and expressions, operators, builtins and
//! formatting. It knows nothing of PySpark: what a script imports and calls beyond
//! Python itself (SparkSession, DataFrame, Column, pyspark.sql.functions, ...) reaches
//! the bound library through [`Bindings`], which the PySpark bindings provide.

pub(crate) mod args;
pub(crate) mod builtins;
pub(crate) mod copying;
pub mod decimal;
pub mod dict;
pub(crate) mod enums;
pub(crate) mod format;
pub(crate) mod generator;
pub mod interp;
pub(crate) mod iter;
pub(crate) mod matching;
pub(crate) mod modules;
pub(crate) mod num;
pub(crate) mod ops;
pub mod pickle;
pub(crate) mod random;
pub(crate) mod scope;
pub(crate) mod stdlib;
pub mod value;

use ruff_python_ast::{CmpOp, Operator, UnaryOp};
use runnel_core::error::{Result, RunnelError};

use args::Args;
use interp::Interpreter;
use value::Value;

/// What the language asks of the library bound into it.
pub(crate) struct Bindings {
    /// `obj.name`.
    pub(crate) get_attr: fn(&Interpreter, Value, &str) -> Result<Value>,
    /// A call of a name the library gave (`functions.col`, `types.StructType`, ...).
    pub(crate) call_builtin: fn(&Interpreter, &str, Args) -> Result<Value>,
    /// A method of one of the library's objects.
    pub(crate) call_method: fn(&Interpreter, Value, &str, Args) -> Result<Value>,
    /// A binary operator where an operand is one of its objects.
    pub(crate) binop: fn(Value, Operator, Value) -> Result<Value>,
    /// A unary operator on one of its objects.
    pub(crate) unaryop: fn(UnaryOp, Value) -> Result<Value>,
    /// A comparison where an operand is one of its objects.
    pub(crate) compare: fn(&Value, CmpOp, &Value) -> Result<Value>,
    /// `obj[key]` on one of its objects.
    pub(crate) subscript: fn(Value, Value) -> Result<Value>,
    /// The error for using one of its objects as a bool.
    pub(crate) truth_error: fn() -> RunnelError,
    /// Whether a module may be imported.
    pub(crate) check_module: fn(&str) -> Result<()>,
    /// `from module import name`.
    pub(crate) module_attr: fn(&str, &str) -> Result<Value>,
    /// `from module import *`.
    pub(crate) star_import: fn(&str) -> Vec<(String, Value)>,
}
