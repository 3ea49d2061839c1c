//! Python's builtins (`print`, `len`, `range`, `sorted`, ...), the functions of the
//! standard modules scripts use (`sys.exit`, `time.sleep`, ...) and the methods of
//! plain values (`str.format`, `list.append`, `dict.get`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use runnel_core::error::{Result, RunnelError};

use arrow_schema::{DataType, Fields};
use ruff_python_ast::{CmpOp, Operator, UnaryOp};

use super::args::{Args, type_error};
use super::interp::Interpreter;
use super::ops::{binop, compare, iterate, py_eq, py_num};
use super::value::{DictKind, FnKind, PyClass, PyObject, Value};

/// Python's built-in exception classes the runner knows, with their bases; PySpark's
/// (`pyspark.errors`) too. A name not listed derives from `Exception`.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("MemoryError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("JSONDecodeError", "ValueError"),
    ("ZoneInfoNotFoundError", "KeyError"),
    ("TypeError", "Exception"),
    ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"),
    ("NotImplementedError", "RuntimeError"),
    ("AssertionError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("AttributeError", "Exception"),
    ("FrozenInstanceError", "AttributeError"),
    ("OSError", "Exception"),
    ("IOError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("StopIteration", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("SyntaxError", "Exception"),
    // Java exceptions PySpark does not convert (it raises py4j's Py4JJavaError for them)
    ("IOException", "Exception"),
    ("IllegalStateException", "Exception"),
    ("InterruptedException", "Exception"),
    // pyspark.errors
    ("PySparkException", "Exception"),
    ("PySparkValueError", "PySparkException"),
    ("PySparkTypeError", "PySparkException"),
    ("PySparkRuntimeError", "PySparkException"),
    ("PySparkAssertionError", "PySparkException"),
    ("PySparkNotImplementedError", "PySparkException"),
    ("PySparkImportError", "PySparkException"),
    ("PySparkIndexError", "PySparkException"),
    ("PySparkAttributeError", "PySparkException"),
    ("PySparkKeyError", "PySparkException"),
    ("PySparkPicklingError", "PySparkException"),
    ("PickleException", "PySparkException"),
    ("SessionNotSameException", "PySparkException"),
    (
        "StreamingPythonRunnerInitializationException",
        "PySparkException",
    ),
    ("CapturedException", "PySparkException"),
    ("AnalysisException", "CapturedException"),
    ("ParseException", "AnalysisException"),
    ("TempTableAlreadyExistsException", "AnalysisException"),
    ("UnsupportedOperationException", "CapturedException"),
    ("StreamingQueryException", "CapturedException"),
    ("QueryExecutionException", "CapturedException"),
    ("PythonException", "CapturedException"),
    ("IllegalArgumentException", "CapturedException"),
    ("NumberFormatException", "IllegalArgumentException"),
    ("ArithmeticException", "CapturedException"),
    ("ArrayIndexOutOfBoundsException", "CapturedException"),
    ("DateTimeException", "CapturedException"),
    ("SparkRuntimeException", "CapturedException"),
    ("SparkUpgradeException", "CapturedException"),
    ("SparkNoSuchElementException", "CapturedException"),
    ("UnknownException", "CapturedException"),
];

/// Whether `n` names one of the exception classes above.
pub(crate) fn is_exception_name(n: &str) -> bool {
    EXCEPTIONS.iter().any(|(e, _)| *e == n)
}

/// `issubclass(n, of)` for built-in exception classes by name (PySpark's value, type and
/// arithmetic errors are Python's too).
pub(crate) fn exc_is_sub(n: &str, of: &str) -> bool {
    let extra = |n: &str| match n {
        "PySparkValueError" => Some("ValueError"),
        "PySparkTypeError" => Some("TypeError"),
        "PySparkRuntimeError" => Some("RuntimeError"),
        "PySparkAssertionError" => Some("AssertionError"),
        "PySparkNotImplementedError" => Some("NotImplementedError"),
        "PySparkImportError" => Some("ImportError"),
        "PySparkIndexError" => Some("IndexError"),
        "PySparkAttributeError" => Some("AttributeError"),
        "PySparkKeyError" => Some("KeyError"),
        "ArithmeticException" => Some("ArithmeticError"),
        "ArrayIndexOutOfBoundsException" => Some("IndexError"),
        "SparkNoSuchElementException" => Some("KeyError"),
        "NumberFormatException" => Some("ValueError"),
        _ => None,
    };
    let mut cur = n.to_string();
    for _ in 0..16 {
        if cur == of || extra(&cur).is_some_and(|x| exc_is_sub(x, of)) {
            return true;
        }
        cur = match EXCEPTIONS.iter().find(|(e, _)| *e == cur) {
            Some((_, "")) => return false,
            Some((_, p)) => p.to_string(),
            None => "Exception".to_string(),
        };
    }
    false
}

/// `builtins.ValueError` → `ValueError`; `class.AnalysisException` → `AnalysisException`.
pub(crate) fn short_name(b: &str) -> &str {
    b.rsplit('.').next().unwrap_or(b)
}

/// A `&'static str` for a class name (an error's exception name); each name is leaked
/// once.
pub(crate) fn intern(name: &str) -> &'static str {
    thread_local! {
        static NAMES: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }
    NAMES.with(|n| {
        if let Some(s) = n.borrow().iter().find(|s| **s == name) {
            return *s;
        }
        let s: &'static str = Box::leak(name.to_string().into_boxed_str());
        n.borrow_mut().push(s);
        s
    })
}

/// The Python exception class of an error: the one its message starts with
/// (`ValueError: ...`), else its Spark exception (`AnalysisException`, ...).
pub(crate) fn py_exception_name(e: &RunnelError) -> String {
    if e.exception == "SystemExit" || e.exception == "KeyboardInterrupt" {
        return e.exception.into();
    }
    if let Some((head, _)) = e.message.split_once(':')
        && is_exception_name(head)
    {
        return head.into();
    }
    if e.message.split_once(':').is_none() && is_exception_name(&e.message) {
        return e.message.clone();
    }
    e.exception.to_string()
}

/// Python's KeyError of `key`: the exception object holds the key itself (`e.args[0]`),
/// its message the key's repr.
pub(crate) fn key_error(key: &Value) -> RunnelError {
    let Some(it) = super::interp::current() else {
        return RunnelError::execution_plain(format!("KeyError: {}", key.repr()))
            .with_exception("KeyError");
    };
    // The key's repr by its class's __repr__.
    let message = format!(
        "KeyError: {}",
        it.py_repr(key).unwrap_or_else(|_| key.repr())
    );
    *it.raised.borrow_mut() = Some((
        message.clone(),
        new_exception("KeyError", vec![key.clone()]),
    ));
    RunnelError::execution_plain(message).with_exception("KeyError")
}

/// A built-in exception object of class `name` with `args`.
pub(crate) fn new_exception(name: &str, args: Vec<Value>) -> Value {
    let class = Rc::new(PyClass {
        name: name.to_string(),
        bases: vec![Value::Builtin(format!("builtins.{name}"))],
        attrs: RefCell::new(vec![]),
    });
    let o = PyObject {
        class,
        attrs: RefCell::new(vec![]),
    };
    o.set("args", Value::Tuple(args));
    Value::Instance(Rc::new(o))
}

/// The `args` of an exception object; None when `o` is not an exception.
pub(crate) fn exception_message(o: &PyObject) -> Option<Value> {
    let is_exc =
        o.class.builtin_bases().iter().any(|b| {
            exc_is_sub(short_name(b), "BaseException") && is_exception_name(short_name(b))
        });
    is_exc.then(|| o.get("args").unwrap_or(Value::Tuple(vec![])))
}

/// Whether `t` names a built-in type (`<class 'int'>`).
pub(crate) fn is_type_name(t: &str) -> bool {
    matches!(
        t,
        "int"
            | "float"
            | "str"
            | "bool"
            | "list"
            | "tuple"
            | "dict"
            | "set"
            | "frozenset"
            | "object"
            | "type"
            | "NoneType"
            | "function"
            | "bytes"
            | "bytearray"
    ) || is_exception_name(t)
}

/// `type(v)`.
fn type_of(v: &Value) -> Value {
    match v {
        Value::Instance(o)
            if o.class.bases.len() == 1
                && matches!(&o.class.bases[0], Value::Builtin(b) if short_name(b) == o.class.name) =>
        {
            o.class.bases[0].clone()
        }
        Value::Instance(o) => Value::Class(o.class.clone()),
        Value::Native(_) => Value::Builtin(format!("datetime.{}", v.type_name())),
        // PySpark's data type classes, as `from pyspark.sql.types import ...` names them.
        Value::Type(_) | Value::StructField(_) => {
            Value::Builtin(format!("types.{}", v.type_name()))
        }
        other => match other {
            // A progress report (a dict subclass in PySpark 4).
            Value::Json(j) => super::stdlib::progress_class(j)
                .map(|c| format!("pyspark.sql.streaming.listener.{c}")),
            _ => None,
        }
        .map(Value::Builtin)
        .unwrap_or_else(|| Value::Builtin(format!("builtins.{}", other.type_name()))),
    }
}

/// The class name of an instance, for messages.
fn instance_class_name(v: &Value) -> String {
    match v {
        Value::Instance(o) => o.class.name.clone(),
        other => other.type_name().to_string(),
    }
}

/// `isinstance(v, cls)`: `cls` a class of the script, a built-in type or exception, a
/// PySpark class, or a tuple of them.
pub(crate) fn is_instance(v: &Value, cls: &Value) -> bool {
    match cls {
        Value::Tuple(t) => t.iter().any(|c| is_instance(v, c)),
        Value::List(l) => l.borrow().iter().any(|c| is_instance(v, c)),
        Value::Class(c) => match v {
            Value::Instance(o) => o.class.mro().iter().any(|k| Rc::ptr_eq(k, c)),
            _ => false,
        },
        // An IntEnum's (IntFlag's) member is an int, a StrEnum's a str.
        Value::Builtin(b)
            if matches!(b.as_str(), "builtins.int" | "builtins.str")
                && matches!(v, Value::Instance(o) if super::enums::mixed_value(o).is_some_and(|m| {
                    matches!((b.as_str(), m), ("builtins.int", Value::Int(_)) | ("builtins.str", Value::Str(_)))
                })) =>
        {
            true
        }
        Value::Builtin(b) => {
            let t = short_name(b);
            match (t, v) {
                ("object", _) => true,
                ("int", Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
                | ("float", Value::Float(_))
                | ("str", Value::Str(_))
                | ("bool", Value::Bool(_))
                | ("list", Value::List(_))
                | ("set" | "frozenset", Value::Set(_))
                | ("tuple", Value::Tuple(_))
                | ("dict", Value::Dict(_) | Value::Json(serde_json::Value::Object(_)))
                | ("DataFrame", Value::DataFrame(_))
                | ("Column", Value::Column(_))
                | ("Row", Value::Row(_))
                | ("StreamingQuery", Value::Query(_))
                | ("SparkSession", Value::Session) => true,
                ("Counter", Value::Dict(d)) => matches!(d.kind, DictKind::Counter),
                ("defaultdict", Value::Dict(d)) => matches!(d.kind, DictKind::Default(_)),
                (_, Value::Type(dt)) if b.starts_with("types.") => super::value::type_is_a(dt, t),
                ("StructField", Value::StructField(_)) => b.starts_with("types."),
                (_, Value::Native(n)) => super::stdlib::native_is(n, b),
                // A namedtuple's instance is a tuple.
                ("tuple", Value::Instance(o)) if is_namedtuple(o) => true,
                (_, Value::Instance(o)) => o
                    .class
                    .builtin_bases()
                    .iter()
                    .any(|x| x == b || (is_exception_name(t) && exc_is_sub(short_name(x), t))),
                _ => false,
            }
        }
        _ => false,
    }
}

/// `del o.attr` (`delattr`; `object.__delattr__` skips the frozen check, as a frozen
/// dataclass's own methods use it): the instance attribute removed, or Python's AttributeError.
pub(crate) fn delete_attr(o: &PyObject, attr: &str, check_frozen: bool) -> Result<()> {
    if check_frozen {
        check_not_frozen(o, attr, "delete")?;
    }
    let mut attrs = o.attrs.borrow_mut();
    let Some(i) = attrs.iter().position(|(k, _)| k == attr) else {
        return Err(RunnelError::execution_plain(format!(
            "AttributeError: '{}' object has no attribute '{attr}'",
            o.class.name
        ))
        .with_exception("AttributeError"));
    };
    attrs.remove(i);
    Ok(())
}

/// A frozen dataclass's `FrozenInstanceError` for assigning (`what` "assign to") or
/// deleting ("delete") attribute `attr` of `o`.
pub(crate) fn check_not_frozen(o: &PyObject, attr: &str, what: &str) -> Result<()> {
    if o.class.lookup("__dataclass_frozen__").is_some() {
        return Err(RunnelError::execution_plain(format!(
            "FrozenInstanceError: cannot {what} field '{attr}'"
        ))
        .with_exception("FrozenInstanceError"));
    }
    Ok(())
}

/// Whether `o` is an instance of a `collections.namedtuple` class (which the runner
/// writes as a class of its own, `stdlib::namedtuple`).
pub(crate) fn is_namedtuple(o: &PyObject) -> bool {
    o.class.lookup("_fields").is_some() && o.class.lookup("_make").is_some()
}

/// Sets `k` in a dict's items.
pub(crate) fn dict_set(items: &mut super::value::DictItems, k: Value, v: Value) -> Result<()> {
    items.insert(k, v).map(|_| ())
}

/// Binds what a class holds to where it was reached from: a method to the instance, a
/// class method to the class; a property is read.
fn bind_attr(it: &Interpreter, v: Value, me: &Value, class: &Rc<PyClass>) -> Result<Value> {
    Ok(match v {
        Value::Function(f) => match f.kind.get() {
            FnKind::Plain if matches!(me, Value::Instance(_)) => {
                Value::Bound(Box::new(me.clone()), f)
            }
            FnKind::Plain | FnKind::Static => Value::Function(f),
            FnKind::ClassMethod => Value::Bound(Box::new(Value::Class(class.clone())), f),
            FnKind::Property => it.call_function(&f, vec![me.clone()])?,
        },
        other => other,
    })
}

/// `obj.name` where Python itself answers (objects of the script's classes, the
/// standard modules); the rest through the bindings.
pub(crate) fn get_attr(it: &Interpreter, obj: Value, name: &str) -> Result<Value> {
    let no_attr = |what: &str| {
        RunnelError::execution_plain(format!("AttributeError: {what} has no attribute '{name}'"))
            .with_exception("AttributeError")
    };
    match &obj {
        Value::Instance(o) => {
            // PySpark's `Observation.get`: answered by the bindings.
            if o.class.name == "Observation" && name == "get" && o.class.bases.is_empty() {
                return (it.bindings.get_attr)(it, obj, name);
            }
            if let Some(v) = o.get(name) {
                return Ok(v);
            }
            match name {
                "__class__" => return Ok(Value::Class(o.class.clone())),
                "__dict__" => {
                    return Ok(Value::dict(
                        o.attrs
                            .borrow()
                            .iter()
                            .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                            .collect(),
                    ));
                }
                _ => {}
            }
            if let Some((c, v)) = o.class.lookup(name) {
                return bind_attr(it, v, &obj, &c);
            }
            // `__getattr__`: asked for what the object and its class do not have.
            if !name.starts_with("__")
                && let Some(v) =
                    call_dunder(it, &obj, "__getattr__", vec![Value::Str(name.into())])?
            {
                return Ok(v);
            }
            let builtin_base = !o.class.builtin_bases().is_empty();
            if builtin_base && (name.starts_with("__") || exception_message(o).is_some()) {
                return Ok(Value::Method(Box::new(obj.clone()), name.into()));
            }
            Err(no_attr(&format!("'{}' object", o.class.name)))
        }
        Value::Class(c) => {
            if name == "__name__" {
                return Ok(Value::Str(c.name.clone()));
            }
            match c.lookup(name) {
                Some((k, v)) => bind_attr(it, v, &obj, &k),
                None if !c.builtin_bases().is_empty() || name == "__init__" => {
                    Ok(Value::Method(Box::new(obj.clone()), name.into()))
                }
                None => Err(no_attr(&format!("type object '{}'", c.name))),
            }
        }
        Value::Super(c, me) => {
            let mro = match me.as_ref() {
                Value::Instance(o) => o.class.mro(),
                Value::Class(k) => k.mro(),
                _ => c.mro(),
            };
            let after = mro
                .iter()
                .position(|k| Rc::ptr_eq(k, c))
                .map_or(0, |i| i + 1);
            for k in &mro[after..] {
                let found = k.attrs.borrow().iter().find(|(n, _)| n == name).cloned();
                if let Some((_, v)) = found {
                    return bind_attr(it, v, me, k);
                }
            }
            if name == "__init__" {
                return Ok(Value::Method(me.clone(), "__base_init__".into()));
            }
            Err(no_attr("'super' object"))
        }
        Value::Function(f)
            if matches!(name, "__name__" | "__qualname__" | "__doc__" | "__module__")
                && f.wrapped.borrow().is_some() =>
        {
            let w = f.wrapped.borrow().clone().unwrap_or(Value::None);
            get_attr(it, w, name)
        }
        Value::Function(f) => match name {
            "__name__" | "__qualname__" => Ok(Value::Str(f.name.clone())),
            "__wrapped__" if f.wrapped.borrow().is_some() => {
                Ok(f.wrapped.borrow().clone().unwrap_or(Value::None))
            }
            "__module__" => Ok(Value::Str("__main__".into())),
            // `@name.setter`: a decorator that gives the property its setter.
            "setter" if f.kind.get() == FnKind::Property => Ok(Value::Method(
                Box::new(obj.clone()),
                "__property_setter__".into(),
            )),
            // The docstring: the body's first statement when it is a string.
            "__doc__" => Ok(match &f.body {
                super::value::FunctionBody::Def(b) => match b.first() {
                    Some(ruff_python_ast::Stmt::Expr(e)) => match e.value.as_ref() {
                        ruff_python_ast::Expr::StringLiteral(s) => {
                            Value::Str(s.value.to_str().to_string())
                        }
                        _ => Value::None,
                    },
                    _ => Value::None,
                },
                _ => Value::None,
            }),
            _ => (it.bindings.get_attr)(it, obj, name),
        },
        Value::Builtin(b) if name == "__name__" && !b.starts_with("udf.") => {
            Ok(Value::Str(short_name(b).to_string()))
        }
        // `str.upper`, `DataFrame.unionByName`: a method of a type, called with its
        // receiver first (`map(str.upper, xs)`, `reduce(DataFrame.union, frames)`).
        Value::Builtin(b)
            if matches!(
                b.as_str(),
                "builtins.str"
                    | "builtins.list"
                    | "builtins.dict"
                    | "builtins.set"
                    | "builtins.tuple"
                    | "builtins.int"
                    | "builtins.float"
                    | "builtins.bytes"
            ) || matches!(short_name(b), "DataFrame" | "Column") =>
        {
            if b == "builtins.dict" && name == "fromkeys" {
                return Ok(Value::Builtin("builtins.dict.fromkeys".into()));
            }
            if b == "builtins.str" && name == "maketrans" {
                return Ok(Value::Builtin("builtins.str.maketrans".into()));
            }
            if name.starts_with("__")
                || matches!(name, "fromkeys" | "maketrans" | "from_bytes" | "fromhex")
            {
                return (it.bindings.get_attr)(it, obj, name);
            }
            Ok(Value::Builtin(format!("unbound:{name}")))
        }
        Value::Native(_) => super::stdlib::native_attr(&obj, name),
        Value::Builtin(b)
            if b == "builtins.object" && matches!(name, "__setattr__" | "__delattr__") =>
        {
            Ok(Value::Builtin(format!("builtins.object.{name}")))
        }
        Value::Builtin(b) if b == "itertools.chain" && name == "from_iterable" => {
            Ok(Value::Builtin("itertools.chain_from_iterable".into()))
        }
        Value::Module(m) if it.is_user_module(m) => it.user_module_attr(m, name),
        Value::Module(m) if super::stdlib::python_source(m).is_some() => {
            it.source_module_attr(m, name)
        }
        Value::Module(m) if super::stdlib::is_module(m) => super::stdlib::module_attr(m, name),
        Value::Module(m) if m == "os" && name == "path" => Ok(Value::Module("os.path".into())),
        Value::Builtin(b) if b == "os.path" => super::stdlib::module_attr(b, name),
        Value::Builtin(b) if super::stdlib::is_class(b) => super::stdlib::class_attr(b, name),
        _ => (it.bindings.get_attr)(it, obj, name),
    }
}

/// `Class(*args, **kw)`: a new instance, `__init__` run on it.
fn instantiate(
    it: &Interpreter,
    c: &Rc<PyClass>,
    pos: Vec<Value>,
    kw: Vec<(String, Value)>,
) -> Result<Value> {
    let o = Rc::new(PyObject {
        class: c.clone(),
        attrs: RefCell::new(vec![]),
    });
    let me = Value::Instance(o.clone());
    let exception = exception_message(&o).is_some();
    if exception {
        o.set("args", Value::Tuple(pos.clone()));
    }
    match c.lookup("__init__") {
        Some((_, Value::Function(f))) => {
            let mut all = vec![me.clone()];
            all.extend(pos);
            let r = it.call_function_kw(&f, all, kw)?;
            if !matches!(r, Value::None) {
                return Err(RunnelError::execution_plain(format!(
                    "TypeError: __init__() should return None, not '{}'",
                    r.type_name()
                ))
                .with_exception("TypeError"));
            }
        }
        // PySpark's InputPartition.__init__(self, value).
        _ if c
            .builtin_bases()
            .iter()
            .any(|b| b == "class.InputPartition")
            && pos.len() + kw.len() == 1
            && kw.iter().all(|(k, _)| k == "value") =>
        {
            let v = pos
                .into_iter()
                .chain(kw.into_iter().map(|(_, v)| v))
                .next()
                .unwrap_or(Value::None);
            o.set("value", v);
        }
        _ if !exception && (!pos.is_empty() || !kw.is_empty()) => {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: {}() takes no arguments",
                c.name
            ))
            .with_exception("TypeError"));
        }
        _ => {}
    }
    Ok(me)
}

/// The methods of an exception (PySpark's `PySparkException` ones included).
const EXCEPTION_METHODS: &[&str] = &[
    "getCondition",
    "getErrorClass",
    "getMessageParameters",
    "getSqlState",
    "with_traceback",
];

/// Methods an instance has from a built-in base (`Exception`, `object`).
fn instance_method(o: &Rc<PyObject>, name: &str, args: &Args) -> Result<Value> {
    let exception = exception_message(o).is_some();
    Ok(match name {
        "__base_init__" => {
            if exception {
                o.set("args", Value::Tuple(args.pos.clone()));
            }
            Value::None
        }
        // PySpark's exceptions: the error condition of an error the engine raised.
        "getCondition" | "getErrorClass" if exception => o.get("_condition").unwrap_or(Value::None),
        "getMessageParameters" if exception => o
            .get("_message_parameters")
            .unwrap_or_else(|| Value::dict(vec![])),
        "getSqlState" if exception => o.get("_sql_state").unwrap_or(Value::None),
        "with_traceback" if exception => Value::Instance(o.clone()),
        _ => {
            return Err(RunnelError::execution_plain(format!(
                "AttributeError: '{}' object has no attribute '{name}'",
                o.class.name
            ))
            .with_exception("AttributeError"));
        }
    })
}

/// Calls `v.name(*args)` if the script's class of `v` defines it.
pub(crate) fn call_dunder(
    it: &Interpreter,
    v: &Value,
    name: &str,
    args: Vec<Value>,
) -> Result<Option<Value>> {
    if let Some(r) = super::enums::flag_dunder(v, name, &args) {
        return r.map(Some);
    }
    if let Value::Instance(o) = v
        && let Some((_, Value::Function(f))) = o.class.lookup(name)
    {
        let mut all = vec![v.clone()];
        all.extend(args);
        return it.call_function(&f, all).map(Some);
    }
    Ok(None)
}

/// `a op b` where an object of the script's classes answers with its operator method
/// (`__add__`; then the right operand's reflected `__radd__`; `NotImplemented` passes
/// on), as Python does; otherwise [`binop`].
pub(crate) fn binop_objects(it: &Interpreter, a: Value, op: Operator, b: Value) -> Result<Value> {
    // `fmt % args` (a Column on the right is the library's `%`).
    if let (Value::Str(f), Operator::Mod) = (&a, op)
        && !matches!(b, Value::Column(_))
    {
        return Ok(Value::Str(super::format::percent(Some(it), f, &b)?));
    }
    let (a_obj, b_obj) = (
        matches!(a, Value::Instance(_)),
        matches!(b, Value::Instance(_)),
    );
    if !a_obj && !b_obj {
        return binop(it.bindings, a, op, b);
    }
    let name = op_method(op);
    let answered = |v: Option<Value>| v.filter(|v| !is_not_implemented(v));
    if a_obj
        && let Some(v) = answered(call_dunder(
            it,
            &a,
            &format!("__{name}__"),
            vec![b.clone()],
        )?)
    {
        return Ok(v);
    }
    if b_obj
        && let Some(v) = answered(call_dunder(
            it,
            &b,
            &format!("__r{name}__"),
            vec![a.clone()],
        )?)
    {
        return Ok(v);
    }
    let (ta, tb) = (instance_class_name(&a), instance_class_name(&b));
    // An IntEnum's (IntFlag's) or StrEnum's member is its value in other operators.
    let plain = |v: &Value| match v {
        Value::Instance(o) => super::enums::mixed_value(o),
        _ => None,
    };
    if plain(&a).is_some() || plain(&b).is_some() {
        let a2 = plain(&a).unwrap_or_else(|| a.clone());
        let b2 = plain(&b).unwrap_or_else(|| b.clone());
        if !matches!(
            (&a2, &b2),
            (Value::Instance(_), _) | (_, Value::Instance(_))
        ) {
            return binop(it.bindings, a2, op, b2);
        }
    }
    binop(it.bindings, a, op, b).map_err(|_| {
        RunnelError::execution_plain(format!(
            "TypeError: unsupported operand type(s) for {}: '{ta}' and '{tb}'",
            op.as_str()
        ))
        .with_exception("TypeError")
    })
}

/// `a op= b`: the object's `__iop__` when its class has one, else `a op b`.
pub(crate) fn augmented(it: &Interpreter, a: Value, op: Operator, b: Value) -> Result<Value> {
    // A list, dict or set changes in place (what else holds it sees the change), as
    // Python's `+=`, `|=`, `&=`, `-=`, `^=` do.
    match (&a, op) {
        (Value::List(l), Operator::Add) if !matches!(b, Value::Column(_) | Value::DataFrame(_)) => {
            let more = iterate_object(it, b)?;
            l.borrow_mut().extend(more);
            return Ok(a);
        }
        (Value::Dict(d), Operator::BitOr) if matches!(b, Value::Dict(_)) => {
            let Value::Dict(m) = &b else {
                unreachable!("matched above")
            };
            let more = m.borrow().to_vec();
            let mut items = d.borrow().clone();
            for (k, v) in more {
                items.insert(k, v)?;
            }
            *d.borrow_mut() = items;
            return Ok(a);
        }
        (Value::Set(s), Operator::BitOr | Operator::BitAnd | Operator::Sub | Operator::BitXor)
            if matches!(b, Value::Set(_)) =>
        {
            if let Value::Set(r) = binop(it.bindings, a.clone(), op, b)? {
                let items = r.borrow().clone().with_kind_of(&s.borrow());
                *s.borrow_mut() = items;
            }
            return Ok(a);
        }
        _ => {}
    }
    if matches!(a, Value::Instance(_)) {
        let name = format!("__i{}__", op_method(op));
        if let Some(v) = call_dunder(it, &a, &name, vec![b.clone()])?
            && !is_not_implemented(&v)
        {
            return Ok(v);
        }
    }
    binop_objects(it, a, op, b)
}

/// The name in an operator's methods (`add` of `__add__`, `__radd__`, `__iadd__`).
fn op_method(op: Operator) -> &'static str {
    match op {
        Operator::Add => "add",
        Operator::Sub => "sub",
        Operator::Mult => "mul",
        Operator::MatMult => "matmul",
        Operator::Div => "truediv",
        Operator::FloorDiv => "floordiv",
        Operator::Mod => "mod",
        Operator::Pow => "pow",
        Operator::LShift => "lshift",
        Operator::RShift => "rshift",
        Operator::BitOr => "or",
        Operator::BitXor => "xor",
        Operator::BitAnd => "and",
    }
}

/// `-a`, `+a`, `~a` of an object of the script's classes: its `__neg__`, `__pos__`,
/// `__invert__`; otherwise [`super::ops::unaryop`].
pub(crate) fn unaryop_objects(it: &Interpreter, op: UnaryOp, v: Value) -> Result<Value> {
    if matches!(v, Value::Instance(_)) {
        let name = match op {
            UnaryOp::USub => Some("__neg__"),
            UnaryOp::UAdd => Some("__pos__"),
            UnaryOp::Invert => Some("__invert__"),
            UnaryOp::Not => return Ok(Value::Bool(!it.truth(&v)?)),
        };
        if let Some(n) = name {
            if let Some(r) = call_dunder(it, &v, n, vec![])? {
                return Ok(r);
            }
            let sym = match op {
                UnaryOp::USub => "-",
                UnaryOp::UAdd => "+",
                _ => "~",
            };
            return Err(RunnelError::execution_plain(format!(
                "TypeError: bad operand type for unary {sym}: '{}'",
                instance_class_name(&v)
            ))
            .with_exception("TypeError"));
        }
    }
    super::ops::unaryop(it.bindings, op, v)
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b == "builtins.NotImplemented")
}

/// `a op b` where an object of the script's classes answers with its rich comparison
/// (`__eq__`, `__lt__`, ...; the reflected one of the right operand next, `!=` as the
/// negation of `__eq__`), as Python does; otherwise [`compare`].
pub(crate) fn compare_objects(it: &Interpreter, a: &Value, op: CmpOp, b: &Value) -> Result<Value> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        let (own, reflected) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => return compare(it.bindings, a, op, b),
        };
        if let Some(v) = call_dunder(it, a, own, vec![b.clone()])? {
            return Ok(v);
        }
        if let Some(v) = call_dunder(it, b, reflected, vec![a.clone()])? {
            return Ok(v);
        }
        if op == CmpOp::NotEq
            && let Some(v) = call_dunder(it, a, "__eq__", vec![b.clone()])?
        {
            return Ok(Value::Bool(!v.truthy()));
        }
        // An IntEnum's (IntFlag's) or StrEnum's member orders as its value.
        if matches!(op, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE) {
            let plain = |v: &Value| match v {
                Value::Instance(o) => super::enums::mixed_value(o).unwrap_or_else(|| v.clone()),
                _ => v.clone(),
            };
            let (a2, b2) = (plain(a), plain(b));
            if !matches!(a2, Value::Instance(_)) && !matches!(b2, Value::Instance(_)) {
                return compare(it.bindings, &a2, op, &b2);
            }
        }
    }
    compare(it.bindings, a, op, b)
}

/// Builtins that iterate their positional arguments.
const ITERATING: &[&str] = &[
    "builtins.list",
    "builtins.tuple",
    "builtins.set",
    "builtins.frozenset",
    "builtins.sorted",
    "builtins.sum",
    "builtins.min",
    "builtins.max",
    "builtins.enumerate",
    "builtins.zip",
    "builtins.any",
    "builtins.all",
    "builtins.map",
    "builtins.filter",
    "builtins.reversed",
];

/// The most values taken from an iterator object of the script's classes at once.
const MAX_DRAINED: usize = 10_000_000;

/// An object of the script's classes with `__iter__`: what that gives, as a list; any
/// other value as it is.
pub(crate) fn iter_object(it: &Interpreter, v: Value) -> Result<Value> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(v);
    }
    match call_dunder(it, &v, "__iter__", vec![])? {
        // An iterator object of the script's classes (`__next__`, often `self`).
        Some(items @ Value::Instance(_)) => Ok(Value::list(super::iter::drain_object(
            it,
            &items,
            MAX_DRAINED,
        )?)),
        Some(items) => Ok(Value::list(iterate(&items)?)),
        None => Ok(v),
    }
}

/// The items of `v`, an object of the script's classes through its `__iter__`.
pub(crate) fn iterate_object(it: &Interpreter, v: Value) -> Result<Vec<Value>> {
    iterate(&iter_object(it, v)?)
}

/// What `with mgr as x` binds to `x`.
pub(crate) fn enter(it: &Interpreter, mgr: &Value) -> Result<Value> {
    match mgr {
        Value::Instance(_) => match call_dunder(it, mgr, "__enter__", vec![])? {
            Some(v) => Ok(v),
            None => Err(no_context_manager(mgr)),
        },
        Value::Native(n) => super::stdlib::native_enter(mgr, n),
        Value::Session => Ok(Value::Session),
        other => Err(no_context_manager(other)),
    }
}

/// Leaves `with mgr`: true when `__exit__` swallowed the block's exception.
pub(crate) fn exit(it: &Interpreter, mgr: &Value, exc: Option<Value>) -> Result<bool> {
    match mgr {
        Value::Instance(_) => {
            let args = match exc {
                Some(e) => vec![type_of(&e), e, Value::None],
                None => vec![Value::None, Value::None, Value::None],
            };
            Ok(call_dunder(it, mgr, "__exit__", args)?.is_some_and(|v| v.truthy()))
        }
        Value::Native(n) => {
            super::stdlib::native_exit(it, n)?;
            Ok(false)
        }
        Value::Session => {
            for q in it.session.queries() {
                q.stop();
            }
            Ok(false)
        }
        _ => Ok(false),
    }
}

fn no_context_manager(v: &Value) -> RunnelError {
    RunnelError::execution_plain(format!(
        "TypeError: '{}' object does not support the context manager protocol (Runnel's runner knows open(), tempfile.TemporaryDirectory() and classes with __enter__/__exit__)",
        instance_class_name(v)
    ))
    .with_exception("TypeError")
}

/// Python builtins the scripts may call.
pub(crate) fn builtin_name(name: &str) -> Option<Value> {
    match name {
        "print" | "len" | "str" | "int" | "float" | "bool" | "list" | "dict" | "tuple"
        | "range" | "sorted" | "min" | "max" | "sum" | "abs" | "round" | "repr" | "enumerate"
        | "zip" | "isinstance" | "issubclass" | "type" | "input" | "open" | "any" | "all"
        | "object" | "super" | "staticmethod" | "classmethod" | "property" | "hasattr"
        | "getattr" | "setattr" | "callable" | "set" | "frozenset" | "map" | "filter"
        | "reversed" | "divmod" | "pow" | "chr" | "ord" | "iter" | "bytes" | "bytearray" | "id"
        | "format" | "hex" | "bin" | "oct" | "hash" | "next" | "ascii" | "vars" | "globals"
        | "delattr" | "NotImplemented" => Some(Value::Builtin(format!("builtins.{name}"))),
        n if is_exception_name(n)
            && (!n.starts_with("PySpark") && !n.ends_with("Exception")
                || n == "Exception"
                || n == "BaseException") =>
        {
            Some(Value::Builtin(format!("builtins.{name}")))
        }
        _ => None,
    }
}

/// Calls `f`: a Python function, a builtin, a method of a plain value; anything else
/// (PySpark's functions, classes and objects) through the bindings.
pub(crate) fn call(
    it: &Interpreter,
    f: Value,
    pos: Vec<Value>,
    kw: Vec<(String, Value)>,
) -> Result<Value> {
    match f {
        Value::Builtin(name) if name.starts_with("unbound:") => {
            let method = &name["unbound:".len()..];
            let mut pos = pos.into_iter();
            let Some(recv) = pos.next() else {
                return Err(RunnelError::execution_plain(format!(
                    "TypeError: unbound method {method}() needs an argument"
                ))
                .with_exception("TypeError"));
            };
            let bound = get_attr(it, recv, method)?;
            call(it, bound, pos.collect(), kw)
        }
        Value::Builtin(name) => {
            // The builtins that iterate their arguments see an object of the script's
            // classes through its `__iter__`.
            // (`max(a, b)` compares its arguments themselves.)
            let pos = if ITERATING.contains(&name.as_str())
                && !(matches!(name.as_str(), "builtins.min" | "builtins.max") && pos.len() > 1)
                && pos.iter().any(|v| matches!(v, Value::Instance(_)))
            {
                pos.into_iter()
                    .map(|v| iter_object(it, v))
                    .collect::<Result<Vec<_>>>()?
            } else {
                pos
            };
            // A path object (`pathlib.Path`, anything with `__fspath__`) where the file
            // functions take a path: its text.
            let pos = if (name.starts_with("os.")
                || name.starts_with("shutil.")
                || name == "builtins.open")
                && pos.iter().any(|v| matches!(v, Value::Instance(_)))
            {
                pos.into_iter()
                    .map(|v| match call_dunder(it, &v, "__fspath__", vec![])? {
                        Some(p) => Ok(p),
                        None => Ok(v),
                    })
                    .collect::<Result<Vec<_>>>()?
            } else {
                pos
            };
            let args = Args::new(
                pos,
                kw,
                name.rsplit('.').next().unwrap_or(&name).to_string(),
            );
            if let Some(v) = call_builtin(it, &name, &args)? {
                args.check_keywords()?;
                return Ok(v);
            }
            let check = args.clone();
            let v = (it.bindings.call_builtin)(it, &name, args)?;
            check.check_keywords()?;
            Ok(v)
        }
        Value::Method(recv, name) => {
            let args = Args::new(pos, kw, name.clone());
            if let Some(v) = call_method(it, &recv, &name, &args)? {
                args.check_keywords()?;
                return Ok(v);
            }
            let check = args.clone();
            let v = (it.bindings.call_method)(it, *recv, &name, args)?;
            check.check_keywords()?;
            Ok(v)
        }
        Value::Function(func) => it.call_function_kw(&func, pos, kw),
        Value::Bound(me, func) => {
            let mut all = vec![*me];
            all.extend(pos);
            it.call_function_kw(&func, all, kw)
        }
        // `Color(1)`: an enum's member by value.
        Value::Class(c) if super::enums::members(&c).is_some() => match pos.as_slice() {
            [v] if kw.is_empty() => super::enums::by_value(&c, v),
            _ => Err(RunnelError::execution_plain(format!(
                "TypeError: {}() takes one value (Runnel's enums do not make new members)",
                c.name
            ))
            .with_exception("TypeError")),
        },
        Value::Class(c) => instantiate(it, &c, pos, kw),
        v @ Value::Instance(_) => match get_attr(it, v.clone(), "__call__") {
            Ok(f @ Value::Bound(..)) => call(it, f, pos, kw),
            _ => Err(RunnelError::execution_plain(format!(
                "TypeError: '{}' object is not callable",
                instance_class_name(&v)
            ))
            .with_exception("TypeError")),
        },
        Value::Type(t) => Ok(Value::Type(t)),
        other => Err(RunnelError::execution_plain(format!(
            "TypeError: '{}' object is not callable",
            other.type_name()
        ))),
    }
}

fn print_value(it: &Interpreter, args: &Args) -> Result<()> {
    let sep = args
        .keywords()
        .iter()
        .find(|(k, _)| k == "sep")
        .map(|(_, v)| v.to_py_str())
        .unwrap_or_else(|| " ".into());
    let end = args
        .keywords()
        .iter()
        .find(|(k, _)| k == "end")
        .map(|(_, v)| v.to_py_str())
        .unwrap_or_else(|| "\n".into());
    let text = args
        .pos
        .iter()
        .map(|v| match v {
            Value::Type(DataType::Struct(f)) => Ok(struct_repr(f)),
            other => it.py_str(other),
        })
        .collect::<Result<Vec<_>>>()?
        .join(&sep);
    let file = args
        .keywords()
        .iter()
        .find(|(k, _)| k == "file")
        .map(|(_, v)| v.clone());
    let to_stderr = matches!(&file, Some(Value::Builtin(b)) if b == "sys.stderr");
    // A file object (open(), io.StringIO, any object with `write`): written to.
    if let Some(f) = file.filter(|f| !matches!(f, Value::None | Value::Builtin(_))) {
        let write = get_attr(it, f, "write")?;
        call(it, write, vec![Value::Str(format!("{text}{end}"))], vec![])?;
        return Ok(());
    }
    if to_stderr {
        it.host.print_err(&it.session, &format!("{text}{end}"));
    } else {
        it.print_out(&format!("{text}{end}"));
    }
    Ok(())
}

/// Python's builtins and the standard modules' functions a script may call (`len`,
/// `range`, `sys.exit`, `time.sleep`...); None for a name that is not one.
pub(crate) fn call_builtin(it: &Interpreter, name: &str, args: &Args) -> Result<Option<Value>> {
    let a0 = || args.req(0, "x").cloned();
    Ok(Some(match name {
        "builtins.print" => {
            print_value(it, args)?;
            Value::None
        }
        "sys.getrecursionlimit" => Value::Int(it.recursion_limit.get() as i64),
        "sys.setrecursionlimit" => {
            let n = args.int(0, "limit")?;
            if n < 1 {
                return Err(RunnelError::execution_plain(
                    "ValueError: recursion limit must be greater or equal than 1",
                )
                .with_exception("ValueError"));
            }
            it.recursion_limit.set(n as usize);
            Value::None
        }
        "sys.get_int_max_str_digits" => Value::Int(super::num::MAX_STR_DIGITS as i64),
        // sys.exit(n): SystemExit; `runnel submit` ends with status n (as Python: a
        // number is the status, 0..255; None is 0; anything else is printed, status 1).
        "sys.exit" => {
            let code = match args.get(0, "status") {
                None | Some(Value::None) => "0".to_string(),
                Some(Value::Int(n)) => n.rem_euclid(256).to_string(),
                Some(Value::BigInt(n)) => {
                    use num_integer::Integer;
                    n.mod_floor(&256.into()).to_string()
                }
                Some(Value::Bool(b)) => (*b as i64).to_string(),
                Some(other) => {
                    it.host
                        .print_err(&it.session, &format!("{}\n", other.to_py_str()));
                    "1".to_string()
                }
            };
            return Err(RunnelError::execution_plain(code).with_exception("SystemExit"));
        }
        // str.maketrans(x[, y[, z]]): a dict of code points to their replacements (None
        // deletes), as str.translate reads it.
        "builtins.str.maketrans" => {
            let mut table = super::value::DictItems::new();
            let code = |c: char| Value::Int(c as i64);
            match (args.pos.first(), args.pos.get(1)) {
                (Some(Value::Str(x)), Some(Value::Str(y))) => {
                    if x.chars().count() != y.chars().count() {
                        return Err(RunnelError::execution_plain(
                            "ValueError: the first two maketrans arguments must have equal length",
                        )
                        .with_exception("ValueError"));
                    }
                    for (a, b) in x.chars().zip(y.chars()) {
                        table.insert(code(a), code(b))?;
                    }
                }
                (Some(Value::Dict(d)), None) => {
                    for (k, v) in d.borrow().iter() {
                        let k = match k {
                            Value::Str(s) if s.chars().count() == 1 => {
                                code(s.chars().next().unwrap_or('\0'))
                            }
                            other => other.clone(),
                        };
                        table.insert(k, v.clone())?;
                    }
                }
                _ => {
                    return Err(RunnelError::execution_plain(
                        "TypeError: maketrans() takes a dict, or two strings of equal length (and a third of characters to delete)",
                    )
                    .with_exception("TypeError"));
                }
            }
            if let Some(Value::Str(z)) = args.pos.get(2) {
                for c in z.chars() {
                    table.insert(code(c), Value::None)?;
                }
            }
            Value::dict_of(table)
        }
        "builtins.dict.fromkeys" => {
            let value = args.get(1, "value").cloned().unwrap_or(Value::None);
            let mut items = super::value::DictItems::new();
            for k in iterate(&a0()?)? {
                if !items.contains(&k)? {
                    items.insert(k, value.clone())?;
                }
            }
            Value::dict_of(items)
        }
        "builtins.len" => Value::Int(match a0()? {
            Value::Str(s) => s.chars().count() as i64,
            Value::Class(c) if super::enums::members(&c).is_some() => {
                super::enums::members(&c).map_or(0, |m| m.len() as i64)
            }
            Value::Dict(d) => d.borrow().len() as i64,
            v @ Value::Instance(_) => match call_dunder(it, &v, "__len__", vec![])? {
                Some(Value::Int(n)) if n >= 0 => n,
                Some(Value::Int(_)) => {
                    return Err(RunnelError::execution_plain(
                        "ValueError: __len__() should return >= 0",
                    )
                    .with_exception("ValueError"));
                }
                Some(Value::BigInt(_)) => return Err(super::num::index_overflow()),
                _ => {
                    return Err(RunnelError::execution_plain(format!(
                        "TypeError: object of type '{}' has no len()",
                        v.type_name()
                    ))
                    .with_exception("TypeError"));
                }
            },
            other => iterate(&other)?.len() as i64,
        }),
        "builtins.str" => Value::Str(match args.get(0, "object") {
            Some(v) => it.py_str(v)?,
            None => String::new(),
        }),
        "builtins.repr" => Value::Str(it.py_repr(&a0()?)?),
        "builtins.ascii" => Value::Str(super::format::ascii(&it.py_repr(&a0()?)?)),
        // vars(obj): its __dict__.
        // globals(): the script's names (a copy: assigning into it binds nothing).
        "builtins.globals" => {
            let mut names: Vec<(String, Value)> = it
                .globals()
                .borrow()
                .iter()
                .filter(|(k, _)| !k.contains(' '))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            names.sort_by(|a, b| a.0.cmp(&b.0));
            Value::dict(names.into_iter().map(|(k, v)| (Value::Str(k), v)).collect())
        }
        "builtins.delattr" | "builtins.object.__delattr__" => match args.req(0, "obj")? {
            Value::Instance(o) => {
                let attr = args.str(1, "name")?;
                delete_attr(o, &attr, name == "builtins.delattr")?;
                Value::None
            }
            other => return Err(type_error("delattr", "obj", "object", other)),
        },
        "builtins.vars" => get_attr(it, a0()?, "__dict__").map_err(|_| {
            RunnelError::execution_plain("TypeError: vars() argument must have __dict__ attribute")
                .with_exception("TypeError")
        })?,
        "builtins.format" => {
            let spec = match args.get(1, "format_spec") {
                Some(Value::Str(s)) => s.clone(),
                None => String::new(),
                Some(other) => {
                    return Err(RunnelError::execution_plain(format!(
                        "TypeError: format() argument 2 must be str, not {}",
                        other.type_name()
                    ))
                    .with_exception("TypeError"));
                }
            };
            Value::Str(super::interp::format_spec(&a0()?, &spec)?)
        }
        "builtins.hex" | "builtins.bin" | "builtins.oct" => {
            let v = a0()?;
            if !matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                return Err(super::ops::not_an_integer(&v));
            }
            let spec = match name {
                "builtins.hex" => "#x",
                "builtins.bin" => "#b",
                _ => "#o",
            };
            Value::Str(super::interp::format_spec(&v, spec)?)
        }
        "builtins.hash" => {
            // CPython's ints hash to themselves (-1 to -2), an integral float or Decimal as
            // that int; an object of the script's classes by its `__hash__`; other values'
            // hashes are the process's own (strings are salted per run in CPython), stable
            // within a run; a list, dict or set is unhashable.
            let v = match a0()? {
                // An IntEnum's or StrEnum's member hashes as its value.
                Value::Instance(o) if super::enums::mixed_value(&o).is_some() => {
                    super::enums::mixed_value(&o).unwrap_or(Value::None)
                }
                v => v,
            };
            match v {
                Value::Int(-1) => Value::Int(-2),
                Value::Int(i) => Value::Int(i),
                Value::Bool(b) => Value::Int(i64::from(b)),
                Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e18 => {
                    Value::Int(if f == -1.0 { -2 } else { f as i64 })
                }
                Value::Instance(ref o)
                    if matches!(o.class.lookup("__hash__"), Some((_, Value::Function(_)))) =>
                {
                    super::interp::object_hash(&v)?
                }
                _ => Value::Int((super::dict::py_hash(&v)? >> 1) as i64),
            }
        }
        "builtins.int" if args.pos.is_empty() => Value::Int(0),
        "builtins.float" if args.pos.is_empty() => Value::Float(0.0),
        "builtins.int" => match a0()? {
            v @ (Value::Int(_) | Value::BigInt(_)) => v,
            // An IntEnum's or IntFlag's member: its value.
            Value::Instance(o)
                if matches!(
                    super::enums::mixed_value(&o),
                    Some(Value::Int(_) | Value::Bool(_))
                ) =>
            {
                match super::enums::mixed_value(&o) {
                    Some(Value::Bool(b)) => Value::Int(i64::from(b)),
                    Some(v) => v,
                    None => Value::Int(0),
                }
            }
            Value::Float(f) => super::num::int_of_float(f)?,
            Value::Bool(b) => Value::Int(b as i64),
            Value::Native(n) if matches!(n.as_ref(), super::value::Native::Decimal(_)) => {
                let super::value::Native::Decimal(d) = n.as_ref() else {
                    unreachable!("matched above")
                };
                super::num::int_value(d.trunc())
            }
            Value::Str(s) if args.get(1, "base").is_some() => {
                // int(text, base): base 2..36, or 0 to read a 0x/0o/0b prefix.
                let base = match args.get(1, "base") {
                    Some(Value::Int(b)) if *b == 0 || (2..=36).contains(b) => *b as u32,
                    _ => {
                        return Err(RunnelError::execution_plain(
                            "ValueError: int() base must be >= 2 and <= 36, or 0",
                        )
                        .with_exception("ValueError"));
                    }
                };
                let t = s.trim().replace('_', "");
                let (neg, body) = match t.strip_prefix('-') {
                    Some(b) => (true, b.to_string()),
                    None => (false, t.trim_start_matches('+').to_string()),
                };
                let lower = body.to_ascii_lowercase();
                let (radix, digits) = match (base, lower.get(..2)) {
                    (0 | 16, Some("0x")) => (16, &body[2..]),
                    (0 | 8, Some("0o")) => (8, &body[2..]),
                    (0 | 2, Some("0b")) => (2, &body[2..]),
                    (0, _) => (10, body.as_str()),
                    (b, _) => (b, body.as_str()),
                };
                match i64::from_str_radix(digits, radix) {
                    Ok(v) if !digits.is_empty() => Value::Int(if neg { -v } else { v }),
                    _ => {
                        return Err(RunnelError::execution_plain(format!(
                            "ValueError: invalid literal for int() with base {base}: {}",
                            super::value::py_str_repr(&s)
                        ))
                        .with_exception("ValueError"));
                    }
                }
            }
            Value::Str(s) => super::num::parse_int(&s)?.ok_or_else(|| {
                RunnelError::execution_plain(format!(
                    "ValueError: invalid literal for int() with base 10: {}",
                    super::value::py_str_repr(&s)
                ))
                .with_exception("ValueError")
            })?,
            other => return Err(type_error("int", "x", "number", &other)),
        },
        "builtins.float" => match a0()? {
            Value::Str(s) => Value::Float(s.trim().parse().map_err(|_| {
                RunnelError::execution_plain(format!(
                    "ValueError: could not convert string to float: {s:?}"
                ))
            })?),
            Value::BigInt(b) => Value::Float(super::num::big_to_f64(&b)?),
            Value::Native(n) if matches!(n.as_ref(), super::value::Native::Decimal(_)) => {
                let super::value::Native::Decimal(d) = n.as_ref() else {
                    unreachable!("matched above")
                };
                Value::Float(d.to_f64())
            }
            v => Value::Float(py_num(&v).ok_or_else(|| type_error("float", "x", "number", &v))?),
        },
        "builtins.bool" => Value::Bool(match args.get(0, "x") {
            Some(v) => it.truth(v)?,
            None => false,
        }),
        "builtins.list" => Value::list(match args.get(0, "x") {
            Some(v) => iterate(v)?,
            None => vec![],
        }),
        "builtins.tuple" => Value::Tuple(match args.get(0, "x") {
            Some(v) => iterate(v)?,
            None => vec![],
        }),
        "builtins.dict" => {
            let mut items = match args.pos.first() {
                None => super::value::DictItems::new(),
                Some(Value::Dict(d)) => d.borrow().clone(),
                Some(Value::Row(r)) => super::value::DictItems::from_pairs(
                    r.iter()
                        .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                        .collect(),
                )?,
                Some(v) => {
                    let mut items = super::value::DictItems::new();
                    for p in iterate(v)? {
                        match p.items() {
                            Some(kv) if kv.len() == 2 => {
                                dict_set(&mut items, kv[0].clone(), kv[1].clone())?
                            }
                            _ => {
                                return Err(RunnelError::execution_plain(
                                    "ValueError: dictionary update sequence element has the wrong length; dict() takes pairs",
                                )
                                .with_exception("ValueError"));
                            }
                        }
                    }
                    items
                }
            };
            for (k, v) in args.keywords() {
                dict_set(&mut items, Value::Str(k.clone()), v.clone())?;
            }
            Value::dict_of(items)
        }
        "builtins.range" => {
            // Python's own errors for what range() cannot count with.
            let int = |i: usize| -> Result<i64> {
                match args.pos.get(i) {
                    Some(Value::Int(n)) => Ok(*n),
                    Some(Value::Bool(b)) => Ok(i64::from(*b)),
                    Some(other) => Err(super::ops::not_an_integer(other)),
                    None => Err(RunnelError::execution_plain(
                        "TypeError: range expected at least 1 argument, got 0",
                    )
                    .with_exception("TypeError")),
                }
            };
            if args.pos.len() > 3 {
                return Err(RunnelError::execution_plain(format!(
                    "TypeError: range expected at most 3 arguments, got {}",
                    args.pos.len()
                ))
                .with_exception("TypeError"));
            }
            let (s, e) = if args.pos.len() >= 2 {
                (int(0)?, int(1)?)
            } else {
                (0, int(0)?)
            };
            let step = if args.pos.len() >= 3 { int(2)? } else { 1 };
            if step == 0 {
                return Err(RunnelError::execution_plain(
                    "ValueError: range() arg 3 must not be zero",
                ));
            }
            // The runner makes a range as a list: refuse one it cannot hold (rather than
            // cut it short).
            const MAX_RANGE: i128 = 10_000_000;
            let (s128, e128, st128) = (s as i128, e as i128, step as i128);
            let len = if step > 0 {
                (e128 - s128 + st128 - 1).div_euclid(st128).max(0)
            } else {
                (s128 - e128 - st128 - 1).div_euclid(-st128).max(0)
            };
            if len > MAX_RANGE {
                return Err(RunnelError::execution_plain(format!(
                    "MemoryError: range() of {len} numbers; Runnel's runner makes a range as a list, of at most {MAX_RANGE} numbers (loop with while, or compute it in the query with spark.range)"
                ))
                .with_exception("MemoryError"));
            }
            Value::list(
                (0..len as i64)
                    .map(|k| Value::Int((s128 + k as i128 * st128) as i64))
                    .collect(),
            )
        }
        "builtins.enumerate" => {
            let start = match args.get(1, "start") {
                Some(Value::Int(s)) => *s,
                Some(Value::Bool(b)) => i64::from(*b),
                None => 0,
                Some(other) => return Err(super::ops::not_an_integer(other)),
            };
            super::iter::derived(it, super::iter::Derived::Enumerate(start, a0()?))?
        }
        "builtins.zip" => {
            let strict = args.get(99, "strict").is_some_and(|v| v.truthy());
            // zip(..., strict=True): iterables of one length, or Python's ValueError (the
            // lengths of what is no iterator are known before any item is taken).
            let lens: Vec<Option<usize>> = if strict {
                args.pos
                    .iter()
                    .map(|a| match super::iter::state(a) {
                        Some(_) => Ok(None),
                        None => iterate(a).map(|v| Some(v.len())),
                    })
                    .collect::<Result<_>>()?
            } else {
                vec![]
            };
            let lists = super::iter::aligned(&args.pos)?;
            let n = lists.iter().map(|l| l.len()).min().unwrap_or(0);
            if let Some(Some(first)) = lens.first()
                && let Some(i) = lens.iter().position(|l| l.is_some_and(|l| l != *first))
            {
                let which = if lens[i].is_some_and(|l| l < *first) {
                    "shorter"
                } else {
                    "longer"
                };
                let before = if i == 1 {
                    "argument 1".to_string()
                } else {
                    format!("arguments 1-{i}")
                };
                return Err(RunnelError::execution_plain(format!(
                    "ValueError: zip() argument {} is {which} than {before}",
                    i + 1
                ))
                .with_exception("ValueError"));
            }
            super::iter::of_items(
                "zip",
                (0..n)
                    .map(|i| Value::Tuple(lists.iter().map(|l| l[i].clone()).collect()))
                    .collect(),
            )
        }
        "builtins.sorted" => {
            let items = iterate(&a0()?)?;
            // Read before the loop: an empty iterable takes `key=` too.
            let key = args.get(99, "key").filter(|f| !matches!(f, Value::None));
            let mut keyed: Vec<(Value, Value)> = Vec::new();
            for x in items {
                let k = match &key {
                    Some(f) => call(it, (*f).clone(), vec![x.clone()], vec![])?,
                    None => x.clone(),
                };
                keyed.push((k, x));
            }
            keyed.sort_by(|(a, _), (b, _)| {
                if compare_objects(it, a, CmpOp::Lt, b).is_ok_and(|v| v.truthy()) {
                    std::cmp::Ordering::Less
                } else if compare_objects(it, b, CmpOp::Lt, a).is_ok_and(|v| v.truthy()) {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            });
            let mut v: Vec<Value> = keyed.into_iter().map(|(_, x)| x).collect();
            if args.bool_or(99, "reverse", false) {
                v.reverse();
            }
            Value::list(v)
        }
        "builtins.sum" => {
            let items = iterate(&a0()?)?;
            let mut acc = args.get(1, "start").cloned().unwrap_or(Value::Int(0));
            for x in items {
                acc = binop_objects(it, acc, Operator::Add, x)?;
            }
            acc
        }
        "builtins.min" | "builtins.max" => {
            let key = args
                .get(usize::MAX, "key")
                .filter(|k| !matches!(k, Value::None))
                .cloned();
            let default = args.get(usize::MAX, "default").cloned();
            let items = if args.pos.len() == 1 {
                iterate(&args.pos[0])?
            } else {
                args.pos.clone()
            };
            // The first of equal items wins, as in Python.
            let better = if name == "builtins.max" {
                CmpOp::Gt
            } else {
                CmpOp::Lt
            };
            let mut best: Option<(Value, Value)> = None;
            for x in items {
                let k = match &key {
                    Some(f) => call(it, f.clone(), vec![x.clone()], vec![])?,
                    None => x.clone(),
                };
                best = Some(match best {
                    Some((bx, bk)) if !compare_objects(it, &k, better, &bk)?.truthy() => (bx, bk),
                    _ => (x, k),
                });
            }
            match (best, default) {
                (Some((x, _)), _) => x,
                (None, Some(d)) => d,
                (None, None) => {
                    return Err(RunnelError::execution_plain(format!(
                        "ValueError: {}() iterable argument is empty",
                        short_name(name)
                    ))
                    .with_exception("ValueError"));
                }
            }
        }
        "builtins.abs" => match a0()? {
            v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                super::num::int_abs(&v).unwrap_or(v)
            }
            Value::Float(f) => Value::Float(f.abs()),
            Value::Native(n) if matches!(n.as_ref(), super::value::Native::Decimal(_)) => {
                let super::value::Native::Decimal(d) = n.as_ref() else {
                    unreachable!("matched above")
                };
                super::stdlib::decimal_value(d.abs())
            }
            Value::Native(n) if matches!(n.as_ref(), super::value::Native::TimeDelta(_)) => {
                let super::value::Native::TimeDelta(us) = n.as_ref() else {
                    unreachable!("matched above")
                };
                Value::Native(Rc::new(super::value::Native::TimeDelta(us.abs())))
            }
            other => return Err(type_error("abs", "x", "number", &other)),
        },
        "builtins.round" => {
            let n = if args.pos.len() > 1 {
                args.int(1, "ndigits")?
            } else {
                0
            };
            match a0()? {
                v @ (Value::Int(_) | Value::BigInt(_)) => v,
                Value::Float(f) => {
                    // Python rounds the double's exact value (round(2.675, 2) is 2.67: the
                    // double is 2.67499...), which is what a correctly rounded decimal
                    // rendering gives.
                    let r = if (0..=300).contains(&n) && f.is_finite() {
                        format!("{f:.*}", n as usize).parse().unwrap_or(f)
                    } else {
                        let p = 10f64.powi(n as i32);
                        (f * p).round_ties_even() / p
                    };
                    if args.pos.len() > 1 {
                        Value::Float(r)
                    } else {
                        super::num::int_of_float(f.round_ties_even())?
                    }
                }
                Value::Native(x) if matches!(x.as_ref(), super::value::Native::Decimal(_)) => {
                    let super::value::Native::Decimal(d) = x.as_ref() else {
                        unreachable!("matched above")
                    };
                    let r = d.rescale(-(n as i32), super::decimal::Rounding::HalfEven);
                    if args.pos.len() > 1 {
                        super::stdlib::decimal_value(r)
                    } else {
                        super::num::int_value(r.trunc())
                    }
                }
                other => return Err(type_error("round", "x", "number", &other)),
            }
        }
        "builtins.any" | "builtins.all" => {
            // Taken one at a time: they stop at the first value that decides.
            let all = name == "builtins.all";
            let source = a0()?;
            let source = match super::iter::state(&source) {
                Some(_) => source,
                None => super::iter::of_items("iterator", iterate(&source)?),
            };
            let mut answer = all;
            while let Some(v) = super::iter::next_value(it, &source)? {
                if it.truth(&v)? != all {
                    answer = !all;
                    break;
                }
            }
            Value::Bool(answer)
        }
        "builtins.isinstance" => Value::Bool(is_instance(
            args.req(0, "obj")?,
            args.req(1, "class_or_tuple")?,
        )),
        "builtins.issubclass" => Value::Bool(match args.req(0, "cls")? {
            Value::Class(c) => {
                let probe = Value::Instance(Rc::new(super::value::PyObject {
                    class: c.clone(),
                    attrs: RefCell::new(vec![]),
                }));
                is_instance(&probe, args.req(1, "class_or_tuple")?)
            }
            Value::Builtin(b) => {
                let sub = |o: &Value| match o {
                    Value::Builtin(o) => {
                        exc_is_sub(short_name(b), short_name(o))
                            || b == o
                            || o == "builtins.object"
                            || (b == "builtins.bool" && o == "builtins.int")
                    }
                    _ => false,
                };
                match args.req(1, "class_or_tuple")? {
                    Value::Tuple(t) => t.iter().any(sub),
                    o => sub(o),
                }
            }
            _ => false,
        }),
        "builtins.type" => type_of(&a0()?),
        "builtins.object" => {
            let class = Rc::new(super::value::PyClass {
                name: "object".into(),
                bases: vec![],
                attrs: RefCell::new(vec![]),
            });
            Value::Instance(Rc::new(super::value::PyObject {
                class,
                attrs: RefCell::new(vec![]),
            }))
        }
        n if n.strip_prefix("builtins.").is_some_and(is_exception_name) => {
            new_exception(&n[9..], args.pos.clone())
        }
        "builtins.staticmethod" | "builtins.classmethod" | "builtins.property" => {
            let Value::Function(f) = a0()? else {
                return Err(type_error(&name[9..], "function", "function", &a0()?));
            };
            f.kind.set(match name {
                "builtins.staticmethod" => FnKind::Static,
                "builtins.classmethod" => FnKind::ClassMethod,
                _ => FnKind::Property,
            });
            Value::Function(f)
        }
        "builtins.hasattr" => Value::Bool(
            match get_attr(it, args.req(0, "obj")?.clone(), &args.str(1, "name")?) {
                // An exception's methods from its built-in base are bound lazily.
                Ok(Value::Method(o, n)) => matches!(o.as_ref(), Value::Instance(i)
                    if exception_message(i).is_some() && EXCEPTION_METHODS.contains(&n.as_str())),
                Ok(_) => true,
                Err(_) => false,
            },
        ),
        "builtins.getattr" => {
            match get_attr(it, args.req(0, "obj")?.clone(), &args.str(1, "name")?) {
                Ok(v) => v,
                Err(e) => match args.get(2, "default") {
                    Some(d) => d.clone(),
                    None => return Err(e),
                },
            }
        }
        "builtins.setattr" | "builtins.object.__setattr__" => match args.req(0, "obj")? {
            Value::Instance(o) => {
                let attr = args.str(1, "name")?;
                // object.__setattr__ is how a frozen dataclass sets its own fields.
                if name == "builtins.setattr" {
                    check_not_frozen(o, &attr, "assign to")?;
                }
                o.set(&attr, args.req(2, "value")?.clone());
                Value::None
            }
            other => return Err(type_error("setattr", "obj", "object", other)),
        },
        "builtins.callable" => Value::Bool(matches!(
            a0()?,
            Value::Function(_)
                | Value::Bound(..)
                | Value::Builtin(_)
                | Value::Class(_)
                | Value::Method(..)
        )),
        "builtins.set" => Value::try_set(match args.get(0, "iterable") {
            Some(v) => iterate(v)?,
            None => vec![],
        })?,
        "builtins.frozenset" => {
            let items = super::value::SetItems::from_values(match args.get(0, "iterable") {
                Some(v) => iterate(v)?,
                None => vec![],
            })?;
            Value::Set(Rc::new(RefCell::new(items.frozen())))
        }
        // map and filter give their values as they are taken, as Python's.
        "builtins.map" => {
            let f = args.req(0, "function")?.clone();
            let sources = args.pos.get(1..).unwrap_or_default().to_vec();
            if sources.is_empty() {
                return Err(RunnelError::execution_plain(
                    "TypeError: map() must have at least two arguments.",
                )
                .with_exception("TypeError"));
            }
            super::iter::derived(it, super::iter::Derived::Map(f, sources))?
        }
        "builtins.filter" => {
            let f = args.req(0, "function")?.clone();
            let source = args.req(1, "iterable")?.clone();
            super::iter::derived(it, super::iter::Derived::Filter(f, source, true))?
        }
        // An iterator is its own iterator; an object of the script's classes gives its
        // `__iter__`'s.
        "builtins.iter" => {
            let v = a0()?;
            match &v {
                _ if super::iter::state(&v).is_some() => v,
                Value::Instance(_) => match call_dunder(it, &v, "__iter__", vec![])? {
                    Some(r) => r,
                    None => {
                        return Err(RunnelError::execution_plain(format!(
                            "TypeError: '{}' object is not iterable",
                            v.type_name()
                        ))
                        .with_exception("TypeError"));
                    }
                },
                _ => super::iter::of_items(super::iter::kind_over(&v), iterate(&v)?),
            }
        }
        // next(iterator[, default]).
        "builtins.next" => {
            let v = a0()?;
            match super::iter::next_value(it, &v)? {
                Some(x) => x,
                None => match args.get(1, "default") {
                    Some(d) => d.clone(),
                    None => {
                        return Err(RunnelError::execution_plain("StopIteration")
                            .with_exception("StopIteration"));
                    }
                },
            }
        }
        // bytes(), bytes(str, encoding), bytes(iterable of ints in 0..256).
        // (A bytearray is made a bytes: PySpark reads both as BinaryType.)
        "builtins.bytes" | "builtins.bytearray" => match args.get(0, "source") {
            None => super::stdlib::bytes_value(vec![]),
            // (Past 1 GiB Python would raise MemoryError on most machines; so does this.)
            Some(Value::Int(n)) if *n > 1 << 30 => {
                return Err(RunnelError::execution_plain(format!(
                    "MemoryError: bytes({n}) would take {n} bytes; Runnel makes bytes of at most 1 GiB"
                ))
                .with_exception("MemoryError"));
            }
            Some(Value::Int(n)) if *n >= 0 => super::stdlib::bytes_value(vec![0; *n as usize]),
            Some(Value::Int(_)) => {
                return Err(RunnelError::execution_plain("ValueError: negative count")
                    .with_exception("ValueError"));
            }
            Some(Value::Str(_)) => {
                let s = a0()?;
                let enc = args.get(1, "encoding").cloned().ok_or_else(|| {
                    RunnelError::execution_plain("TypeError: string argument without an encoding")
                        .with_exception("TypeError")
                })?;
                call_method(
                    it,
                    &s,
                    "encode",
                    &Args::new(vec![enc], vec![], "encode".into()),
                )?
                .unwrap_or(Value::None)
            }
            Some(v) => super::stdlib::bytes_value(
                iterate(v)?
                    .iter()
                    .map(|x| match x {
                        Value::Int(i) if (0..256).contains(i) => Ok(*i as u8),
                        _ => Err(RunnelError::execution_plain(
                            "ValueError: bytes must be in range(0, 256)",
                        )
                        .with_exception("ValueError")),
                    })
                    .collect::<Result<Vec<u8>>>()?,
            ),
        },
        "builtins.reversed" => {
            let mut v = iterate(&a0()?)?;
            v.reverse();
            super::iter::of_items("list_reverseiterator", v)
        }
        "builtins.divmod" => {
            let (a, b) = (a0()?, args.req(1, "y")?.clone());
            Value::Tuple(vec![
                binop(it.bindings, a.clone(), Operator::FloorDiv, b.clone())?,
                binop(it.bindings, a, Operator::Mod, b)?,
            ])
        }
        "builtins.pow"
            if args
                .get(2, "mod")
                .is_some_and(|m| !matches!(m, Value::None)) =>
        {
            super::num::pow_mod(a0()?, args.req(1, "exp")?, args.req(2, "mod")?)?
        }
        "builtins.pow" => binop(
            it.bindings,
            a0()?,
            Operator::Pow,
            args.req(1, "exp")?.clone(),
        )?,
        "builtins.chr" => Value::Str(
            char::from_u32(args.int(0, "i")? as u32)
                .map(|c| c.to_string())
                .unwrap_or_default(),
        ),
        // An object's identity: the address of what a mutable value shares, else of its
        // contents' hash (equal immutable values may share one, as CPython's may).
        "builtins.id" => {
            let v = a0()?;
            let shared = match &v {
                Value::List(r) => Some(Rc::as_ptr(r) as *const () as usize),
                Value::Set(r) => Some(Rc::as_ptr(r) as *const () as usize),
                Value::Dict(r) => Some(Rc::as_ptr(r) as *const () as usize),
                Value::Function(r) => Some(Rc::as_ptr(r) as *const () as usize),
                Value::Class(r) => Some(Rc::as_ptr(r) as *const () as usize),
                Value::Instance(r) => Some(Rc::as_ptr(r) as *const () as usize),
                Value::Native(r) => Some(Rc::as_ptr(r) as *const () as usize),
                _ => None,
            };
            Value::Int(match shared {
                Some(p) => p as i64,
                None => {
                    use std::hash::{Hash, Hasher};
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    v.type_name().hash(&mut h);
                    v.to_py_str().hash(&mut h);
                    (h.finish() >> 1) as i64
                }
            })
        }
        "builtins.ord" => Value::Int(args.str(0, "c")?.chars().next().map_or(0, |c| c as i64)),
        "builtins.input" => {
            return Err(RunnelError::not_supported(format!(
                "{}() in a script",
                &name[9..]
            )));
        }
        "time.sleep" => {
            let secs = py_num(&a0()?).unwrap_or(0.0);
            it.host.sleep(&it.session, (secs * 1000.0) as i64)?;
            Value::None
        }
        "time.time" => Value::Float((it.session.clock())() as f64 / 1000.0),
        "time.monotonic" | "time.perf_counter" => {
            Value::Float((it.session.clock())() as f64 / 1000.0)
        }
        "time.time_ns" => Value::Int((it.session.clock())().saturating_mul(1_000_000)),
        // time.strftime(format): now, in UTC (the runner's local time).
        "time.strftime" => {
            let fmt = args.str(0, "format")?;
            if args.get(1, "t").is_some() {
                return Err(RunnelError::not_supported(
                    "time.strftime with a struct_time: format a datetime (datetime.datetime.fromtimestamp(t).strftime(...))",
                ));
            }
            let now = super::stdlib::native_format(
                &super::value::Native::DateTime(
                    (it.session.clock())().saturating_mul(1000),
                    None,
                    None,
                ),
                &fmt,
            )
            .unwrap_or_default();
            Value::Str(now)
        }
        // A folder in the session's file system (a stream over an empty folder needs
        // it to exist; the browser's virtual files have no folders: nothing to do there).
        "os.makedirs" | "os.mkdir" => {
            let p = args.str(0, "name")?;
            let exist_ok =
                name == "os.makedirs" && args.get(2, "exist_ok").is_some_and(|v| v.truthy());
            let _ = args.get(1, "mode");
            let fs = it.session.file_system();
            if !exist_ok && fs.kind(&p) != runnel_core::io::fs::PathKind::Missing {
                return Err(RunnelError::execution_plain(format!(
                    "FileExistsError: [Errno 17] File exists: '{p}'"
                ))
                .with_exception("FileExistsError"));
            }
            fs.create_dir_all(&p)?;
            Value::None
        }
        // os.getenv(key, default=None): from os.environ, as Python's.
        "os.getenv" => {
            let key = args.str(0, "key")?;
            let default = args.get(1, "default").cloned().unwrap_or(Value::None);
            match it.environ() {
                Value::Dict(d) => d
                    .borrow()
                    .iter()
                    .find(|(k, _)| matches!(k, Value::Str(s) if *s == key))
                    .map(|(_, v)| v.clone())
                    .unwrap_or(default),
                _ => default,
            }
        }
        "traceback.format_exc" => Value::Str(it.format_exc()?),
        "traceback.print_exc" => {
            it.host.print_err(&it.session, &it.format_exc()?);
            Value::None
        }
        // warnings.warn(message, category=UserWarning): `file: Category: message` on
        // stderr (Python adds the line and its text).
        "warnings.warn" => {
            let msg = it.py_str(&a0()?)?;
            let category = match args.get(1, "category") {
                Some(Value::Builtin(b)) => short_name(b).to_string(),
                Some(Value::Class(c)) => c.name.clone(),
                _ => "UserWarning".into(),
            };
            let _ = args.get(2, "stacklevel");
            let file = it.origin.borrow().file.clone();
            it.host
                .print_err(&it.session, &format!("{file}: {category}: {msg}\n"));
            Value::None
        }
        "warnings.filterwarnings" | "warnings.simplefilter" => {
            let _ = args.keywords();
            Value::None
        }
        "os.path" => Value::Module("os.path".into()),
        _ => return super::stdlib::call(it, name, args),
    }))
}

/// Methods of Python's own values (`str.upper`, `list.append`, `dict.get`,
/// `sys.stderr.write`...); None when `recv` is not one.
pub(crate) fn call_method(
    it: &Interpreter,
    recv: &Value,
    name: &str,
    args: &Args,
) -> Result<Option<Value>> {
    let recv = recv.clone();
    if let (Value::Function(getter), "__property_setter__") = (&recv, name) {
        let Some(Value::Function(setter)) = args.pos.first() else {
            return Err(RunnelError::execution_plain(
                "TypeError: a property's setter must be a function",
            )
            .with_exception("TypeError"));
        };
        *getter.setter.borrow_mut() = Some(setter.clone());
        return Ok(Some(recv.clone()));
    }
    // `@lru_cache(maxsize=...)`: the decorator the call with options gives.
    if name == "__lru_decorate__" {
        return call(it, recv.clone(), vec![args.req(0, "func")?.clone()], vec![]).map(Some);
    }
    // `functools.wraps(f)(wrapper)`: the wrapper takes f's name and docstring.
    if name == "__wraps__" {
        let wrapper = args.req(0, "wrapper")?.clone();
        if let Value::Function(w) = &wrapper {
            *w.wrapped.borrow_mut() = Some(recv.clone());
        }
        return Ok(Some(wrapper));
    }
    let r: Result<Value> = match recv {
        Value::Native(n) => super::stdlib::native_method(it, &n, name, args),
        Value::Instance(o) => instance_method(&o, name, args),
        Value::Builtin(b) if name == "__init__" => match args.pos.first() {
            // `Exception.__init__(self, msg)` / `Base.__init__(self)` of a built-in base.
            Some(Value::Instance(o)) => instance_method(
                o,
                "__base_init__",
                &Args::new(args.pos[1..].to_vec(), vec![], b.clone()),
            ),
            _ => Ok(Value::None),
        },
        Value::Builtin(b) if b == "sys.stderr" || b == "sys.stdout" => match name {
            "write" => {
                let text = args.str(0, "s")?;
                if b == "sys.stderr" {
                    it.host.print_err(&it.session, &text);
                } else {
                    it.print_out(&text);
                }
                Ok(Value::Int(text.chars().count() as i64))
            }
            "flush" => Ok(Value::None),
            _ => Err(RunnelError::not_supported(format!("{b}.{name}"))),
        },
        Value::Str(s) => Ok(match name {
            "upper" => Value::Str(s.to_uppercase()),
            "lower" => Value::Str(s.to_lowercase()),
            // Unicode case folding: no final-sigma rule (ς folds to σ), ß to ss.
            "casefold" => Value::Str(s.to_lowercase().replace('ß', "ss").replace('ς', "σ")),
            "isidentifier" => Value::Bool(
                s.chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && s.chars().all(|c| c == '_' || c.is_alphanumeric()),
            ),
            "expandtabs" => {
                let size = args
                    .get(0, "tabsize")
                    .and_then(py_num)
                    .unwrap_or(8.0)
                    .max(0.0) as usize;
                let mut out = String::new();
                let mut col = 0usize;
                for c in s.chars() {
                    match c {
                        '\t' => {
                            let n = if size == 0 { 0 } else { size - col % size };
                            out.push_str(&" ".repeat(n));
                            col += n;
                        }
                        '\n' | '\r' => {
                            out.push(c);
                            col = 0;
                        }
                        _ => {
                            out.push(c);
                            col += 1;
                        }
                    }
                }
                Value::Str(out)
            }
            "rpartition" => {
                let sep = args.str(0, "sep")?;
                match s.rsplit_once(&sep) {
                    Some((a, b)) => Value::Tuple(vec![
                        Value::Str(a.into()),
                        Value::Str(sep),
                        Value::Str(b.into()),
                    ]),
                    None => Value::Tuple(vec![
                        Value::Str(String::new()),
                        Value::Str(String::new()),
                        Value::Str(s.clone()),
                    ]),
                }
            }
            // translate(table): each character's code point looked up (a str, an int
            // code point, or None to delete), kept when the table has none.
            "translate" => {
                let Value::Dict(table) = args.req(0, "table")? else {
                    return Err(type_error(
                        "translate",
                        "table",
                        "dict",
                        args.req(0, "table")?,
                    ));
                };
                let table = table.borrow();
                let mut out = String::new();
                for c in s.chars() {
                    match table.get(&Value::Int(c as i64))? {
                        None => out.push(c),
                        Some(Value::None) => {}
                        Some(Value::Str(r)) => out.push_str(&r),
                        Some(Value::Int(i)) => out.extend(char::from_u32(i as u32)),
                        Some(other) => {
                            return Err(RunnelError::execution_plain(format!(
                                "TypeError: character mapping must return integer, None or str, not {}",
                                other.type_name()
                            ))
                            .with_exception("TypeError"));
                        }
                    }
                }
                Value::Str(out)
            }
            "format" => Value::Str(super::format::str_format(it, &s, args)?),
            // format_map(mapping): the fields by name from the mapping.
            "format_map" => {
                let kw = match args.req(0, "mapping")? {
                    Value::Dict(d) => d
                        .borrow()
                        .iter()
                        .map(|(k, v)| (k.to_py_str(), v.clone()))
                        .collect(),
                    Value::Row(r) => r.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                    other => {
                        return Err(type_error("format_map", "mapping", "dict", other));
                    }
                };
                let named = Args::new(vec![], kw, "format_map".into());
                Value::Str(super::format::str_format(it, &s, &named)?)
            }
            "join" => Value::Str(
                iterate(args.req(0, "iterable")?)?
                    .iter()
                    .map(|v| v.to_py_str())
                    .collect::<Vec<_>>()
                    .join(&s),
            ),
            "split" => Value::list(match args.opt_str(0, "sep")? {
                Some(sep) => s
                    .split(sep.as_str())
                    .map(|x| Value::Str(x.into()))
                    .collect(),
                None => s.split_whitespace().map(|x| Value::Str(x.into())).collect(),
            }),
            "replace" => Value::Str(s.replace(&args.str(0, "old")?, &args.str(1, "new")?)),
            // A prefix or suffix, or a tuple of them (any matches).
            "startswith" | "endswith" => {
                let what = if name == "startswith" {
                    "prefix"
                } else {
                    "suffix"
                };
                let options: Vec<String> = match args.req(0, what)? {
                    Value::Tuple(t) => t
                        .iter()
                        .map(|v| match v {
                            Value::Str(x) => Ok(x.clone()),
                            other => Err(RunnelError::execution_plain(format!(
                                "TypeError: tuple for {name} must only contain str, not {}",
                                other.type_name()
                            ))
                            .with_exception("TypeError")),
                        })
                        .collect::<Result<_>>()?,
                    _ => vec![args.str(0, what)?],
                };
                Value::Bool(options.iter().any(|o| {
                    if name == "startswith" {
                        s.starts_with(o.as_str())
                    } else {
                        s.ends_with(o.as_str())
                    }
                }))
            }
            "strip" | "lstrip" | "rstrip" => {
                let chars: Option<Vec<char>> =
                    args.opt_str(0, "chars")?.map(|c| c.chars().collect());
                let pat = |c: char| match &chars {
                    Some(cs) => cs.contains(&c),
                    None => c.is_whitespace(),
                };
                Value::Str(match name {
                    "lstrip" => s.trim_start_matches(pat).to_string(),
                    "rstrip" => s.trim_end_matches(pat).to_string(),
                    _ => s.trim_matches(pat).to_string(),
                })
            }
            // Python's line boundaries (\n, \r\n, \r, \v, \f, \x1c-\x1e, \x85, \u2028/9),
            // with them kept when `keepends`.
            "splitlines" => {
                let keep = args.bool_or(0, "keepends", false);
                let mut out = Vec::new();
                let mut cur = String::new();
                let mut chars = s.chars().peekable();
                while let Some(c) = chars.next() {
                    let boundary = matches!(
                        c,
                        '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'
                            ..='\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
                    );
                    if !boundary {
                        cur.push(c);
                        continue;
                    }
                    let mut end = c.to_string();
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                        end.push('\n');
                    }
                    if keep {
                        cur.push_str(&end);
                    }
                    out.push(Value::Str(std::mem::take(&mut cur)));
                }
                if !cur.is_empty() {
                    out.push(Value::Str(cur));
                }
                Value::list(out)
            }
            // find/index/rfind/rindex(sub[, start[, end]]): character positions, the
            // bounds as a slice's.
            "find" | "index" | "rfind" | "rindex" => {
                let sub = args.str(0, "sub")?;
                let chars: Vec<(usize, char)> = s.char_indices().collect();
                let n = chars.len() as i64;
                let bound = |i: usize, name: &str, default: i64| -> Result<i64> {
                    Ok(match args.get(i, name) {
                        None | Some(Value::None) => default,
                        Some(_) => {
                            let v = args.int(i, name)?;
                            if v < 0 { (v + n).max(0) } else { v.min(n) }
                        }
                    })
                };
                let (lo, hi) = (bound(1, "start", 0)?, bound(2, "end", n)?);
                let byte = |c: i64| chars.get(c as usize).map_or(s.len(), |(b, _)| *b);
                let found = if lo > hi {
                    None
                } else {
                    let (bl, bh) = (byte(lo), byte(hi));
                    let hay = &s[bl..bh];
                    let at = if name.starts_with('r') {
                        hay.rfind(&sub)
                    } else {
                        hay.find(&sub)
                    };
                    at.map(|b| s[..bl + b].chars().count() as i64)
                };
                match found {
                    Some(i) => Value::Int(i),
                    None if name.ends_with("find") => Value::Int(-1),
                    None => {
                        return Err(RunnelError::execution_plain(
                            "ValueError: substring not found",
                        )
                        .with_exception("ValueError"));
                    }
                }
            }
            "count" => Value::Int(s.matches(&args.str(0, "sub")?).count() as i64),
            "title" => {
                let mut out = String::new();
                let mut prev_alpha = false;
                for c in s.chars() {
                    out.extend(if prev_alpha {
                        c.to_lowercase().collect::<Vec<_>>()
                    } else {
                        c.to_uppercase().collect()
                    });
                    prev_alpha = c.is_alphabetic();
                }
                Value::Str(out)
            }
            "capitalize" => {
                let mut c = s.chars();
                Value::Str(match c.next() {
                    Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                    None => String::new(),
                })
            }
            "isdigit" | "isnumeric" | "isdecimal" => {
                Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
            }
            "isalpha" => Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_alphabetic())),
            "isalnum" => Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_alphanumeric())),
            "isspace" => Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_whitespace())),
            "isupper" => Value::Bool(s.chars().any(|c| c.is_alphabetic()) && s.to_uppercase() == s),
            "islower" => Value::Bool(s.chars().any(|c| c.is_alphabetic()) && s.to_lowercase() == s),
            "zfill" => {
                let w = args.int(0, "width")?.max(0) as usize;
                let n = s.chars().count();
                if n >= w {
                    Value::Str(s)
                } else if let Some(rest) = s.strip_prefix(['-', '+']) {
                    Value::Str(format!("{}{}{rest}", &s[..1], "0".repeat(w - n)))
                } else {
                    Value::Str(format!("{}{s}", "0".repeat(w - n)))
                }
            }
            "ljust" | "rjust" | "center" => {
                let w = args.int(0, "width")?.max(0) as usize;
                let fill = args.opt_str(1, "fillchar")?.unwrap_or_else(|| " ".into());
                let n = s.chars().count();
                let pad = w.saturating_sub(n);
                Value::Str(match name {
                    "ljust" => format!("{s}{}", fill.repeat(pad)),
                    "rjust" => format!("{}{s}", fill.repeat(pad)),
                    _ => {
                        let left = pad / 2 + (pad & w & 1);
                        format!("{}{s}{}", fill.repeat(left), fill.repeat(pad - left))
                    }
                })
            }
            "partition" => {
                let sep = args.str(0, "sep")?;
                match s.split_once(&sep) {
                    Some((a, b)) => Value::Tuple(vec![
                        Value::Str(a.into()),
                        Value::Str(sep),
                        Value::Str(b.into()),
                    ]),
                    None => Value::Tuple(vec![
                        Value::Str(s.clone()),
                        Value::Str(String::new()),
                        Value::Str(String::new()),
                    ]),
                }
            }
            "rsplit" => Value::list(match args.opt_str(0, "sep")? {
                Some(sep) => {
                    let max = args.get(1, "maxsplit").and_then(py_num).unwrap_or(-1.0);
                    let mut v: Vec<Value> = if max < 0.0 {
                        s.split(sep.as_str())
                            .map(|x| Value::Str(x.into()))
                            .collect()
                    } else {
                        s.rsplitn(max as usize + 1, sep.as_str())
                            .map(|x| Value::Str(x.into()))
                            .collect()
                    };
                    if max >= 0.0 {
                        v.reverse();
                    }
                    v
                }
                None => s.split_whitespace().map(|x| Value::Str(x.into())).collect(),
            }),
            "swapcase" => Value::Str(
                s.chars()
                    .map(|c| {
                        if c.is_uppercase() {
                            c.to_lowercase().to_string()
                        } else {
                            c.to_uppercase().to_string()
                        }
                    })
                    .collect(),
            ),
            "removeprefix" => {
                let p = args.str(0, "prefix")?;
                Value::Str(s.strip_prefix(p.as_str()).unwrap_or(&s).to_string())
            }
            "removesuffix" => {
                let p = args.str(0, "suffix")?;
                Value::Str(s.strip_suffix(p.as_str()).unwrap_or(&s).to_string())
            }
            "encode" => {
                let enc = args
                    .opt_str(0, "encoding")?
                    .unwrap_or_else(|| "utf-8".into());
                match enc.to_ascii_lowercase().replace('_', "-").as_str() {
                    "utf-8" | "utf8" => super::stdlib::bytes_value(s.into_bytes()),
                    "ascii" if s.is_ascii() => super::stdlib::bytes_value(s.into_bytes()),
                    "ascii" => {
                        return Err(RunnelError::execution_plain(
                            "UnicodeEncodeError: 'ascii' codec can't encode a character: ordinal not in range(128)",
                        )
                        .with_exception("UnicodeEncodeError"));
                    }
                    other => {
                        return Err(RunnelError::not_supported(format!(
                            "str.encode('{other}'); Runnel's runner encodes utf-8 and ascii"
                        )));
                    }
                }
            }
            _ => return Err(RunnelError::not_supported(format!("str.{name}"))),
        }),
        Value::Set(l) => Ok(match name {
            "add" => {
                let x = args.req(0, "elem")?.clone();
                // Hashed before the set is borrowed (a key's `__hash__` may read it).
                let h = super::dict::py_hash(&x)?;
                l.borrow_mut().add_hashed(h, x);
                Value::None
            }
            "discard" | "remove" => {
                let x = args.req(0, "elem")?.clone();
                let found = l.borrow_mut().remove(&x)?;
                if name == "remove" && !found {
                    return Err(key_error(&x));
                }
                Value::None
            }
            "update" => {
                for a in &args.pos {
                    let more = iterate(a)?;
                    let mut items = l.borrow().clone();
                    items.extend(more)?;
                    *l.borrow_mut() = items;
                }
                Value::None
            }
            "pop" => {
                let first = l.borrow_mut().pop();
                match first {
                    Some(v) => v,
                    None => return Err(key_error(&Value::Str("pop from an empty set".into()))),
                }
            }
            "clear" => {
                l.borrow_mut().clear();
                Value::None
            }
            "copy" => Value::Set(Rc::new(RefCell::new(l.borrow().clone()))),
            "union" | "intersection" | "difference" | "symmetric_difference" => {
                let op = match name {
                    "union" => ruff_python_ast::Operator::BitOr,
                    "intersection" => ruff_python_ast::Operator::BitAnd,
                    "difference" => ruff_python_ast::Operator::Sub,
                    _ => ruff_python_ast::Operator::BitXor,
                };
                let mut acc = Value::Set(Rc::new(RefCell::new(l.borrow().clone())));
                for a in &args.pos {
                    acc = super::ops::binop(it.bindings, acc, op, Value::try_set(iterate(a)?)?)?;
                }
                acc
            }
            "intersection_update" | "difference_update" | "symmetric_difference_update" => {
                let op = match name {
                    "intersection_update" => ruff_python_ast::Operator::BitAnd,
                    "difference_update" => ruff_python_ast::Operator::Sub,
                    _ => ruff_python_ast::Operator::BitXor,
                };
                let mut acc = Value::Set(Rc::new(RefCell::new(l.borrow().clone())));
                for a in &args.pos {
                    acc = super::ops::binop(it.bindings, acc, op, Value::try_set(iterate(a)?)?)?;
                }
                if let Value::Set(r) = acc {
                    let items = r.borrow().clone();
                    *l.borrow_mut() = items;
                }
                Value::None
            }
            "issubset" | "issuperset" | "isdisjoint" => {
                let other = super::value::SetItems::from_values(iterate(args.req(0, "other")?)?)?;
                let mine = l.borrow();
                let within =
                    |a: &super::value::SetItems, b: &super::value::SetItems| -> Result<bool> {
                        for x in a.iter() {
                            if !b.contains(x)? {
                                return Ok(false);
                            }
                        }
                        Ok(true)
                    };
                Value::Bool(match name {
                    "issubset" => within(&mine, &other)?,
                    "issuperset" => within(&other, &mine)?,
                    _ => {
                        let mut none = true;
                        for x in mine.iter() {
                            if other.contains(x)? {
                                none = false;
                                break;
                            }
                        }
                        none
                    }
                })
            }
            _ => return Err(RunnelError::not_supported(format!("set.{name}"))),
        }),
        Value::List(l) => Ok(match name {
            "append" => {
                l.borrow_mut().push(args.req(0, "x")?.clone());
                Value::None
            }
            "extend" => {
                let more = iterate(args.req(0, "x")?)?;
                l.borrow_mut().extend(more);
                Value::None
            }
            // A set is a list without repeats.
            "add" => {
                let x = args.req(0, "x")?.clone();
                if !l.borrow().iter().any(|y| py_eq(y, &x)) {
                    l.borrow_mut().push(x);
                }
                Value::None
            }
            "discard" => {
                let x = args.req(0, "x")?.clone();
                l.borrow_mut().retain(|y| !py_eq(y, &x));
                Value::None
            }
            "insert" => {
                let n = l.borrow().len() as i64;
                let i = args.int(0, "index")?;
                let i = if i < 0 { (n + i).max(0) } else { i.min(n) } as usize;
                l.borrow_mut().insert(i, args.req(1, "object")?.clone());
                Value::None
            }
            "pop" => {
                let n = l.borrow().len();
                if n == 0 {
                    return Err(
                        RunnelError::execution_plain("IndexError: pop from empty list")
                            .with_exception("IndexError"),
                    );
                }
                let i = match args.get(0, "index") {
                    Some(k) => super::ops::index_of(k, n)?,
                    None => n - 1,
                };
                l.borrow_mut().remove(i)
            }
            "remove" | "index" => {
                let x = args.req(0, "value")?.clone();
                let pos = l.borrow().iter().position(|y| py_eq(y, &x));
                match (pos, name) {
                    (Some(i), "remove") => {
                        l.borrow_mut().remove(i);
                        Value::None
                    }
                    (Some(i), _) => Value::Int(i as i64),
                    (None, _) => {
                        return Err(RunnelError::execution_plain(format!(
                            "ValueError: {} is not in list",
                            x.repr()
                        ))
                        .with_exception("ValueError"));
                    }
                }
            }
            "count" => {
                let x = args.req(0, "value")?.clone();
                Value::Int(l.borrow().iter().filter(|y| py_eq(y, &x)).count() as i64)
            }
            "reverse" => {
                l.borrow_mut().reverse();
                Value::None
            }
            "clear" => {
                l.borrow_mut().clear();
                Value::None
            }
            "copy" => Value::list(l.borrow().clone()),
            "sort" => {
                let sorted = call_builtin(
                    it,
                    "builtins.sorted",
                    &Args::new(vec![Value::List(l.clone())], args.kw.clone(), "sort".into()),
                )?
                .unwrap_or(Value::None);
                let _ = args.keywords();
                *l.borrow_mut() = iterate(&sorted)?;
                Value::None
            }
            _ => return Err(RunnelError::not_supported(format!("list.{name}"))),
        }),
        Value::Dict(d) => Ok(match name {
            "get" => {
                let k = args.req(0, "key")?;
                d.borrow()
                    .get(k)?
                    .or_else(|| args.get(1, "default").cloned())
                    .unwrap_or(Value::None)
            }
            "items" => Value::list(
                d.borrow()
                    .iter()
                    .map(|(k, v)| Value::Tuple(vec![k.clone(), v.clone()]))
                    .collect(),
            ),
            "keys" => Value::list(d.borrow().iter().map(|(k, _)| k.clone()).collect()),
            "values" => Value::list(d.borrow().iter().map(|(_, v)| v.clone()).collect()),
            "setdefault" => {
                let k = args.req(0, "key")?.clone();
                let found = d.borrow().get(&k)?;
                match found {
                    Some(v) => v,
                    None => {
                        let v = args.get(1, "default").cloned().unwrap_or(Value::None);
                        d.borrow_mut().insert(k, v.clone())?;
                        v
                    }
                }
            }
            "pop" => {
                let k = args.req(0, "key")?.clone();
                let removed = d.borrow_mut().remove(&k)?;
                match (removed, args.get(1, "default")) {
                    (Some((_, v)), _) => v,
                    (None, Some(v)) => v.clone(),
                    (None, None) => {
                        return Err(key_error(&k));
                    }
                }
            }
            // OrderedDict's (a dict here): to the end, or with last=False to the front.
            "move_to_end" => {
                let k = args.req(0, "key")?.clone();
                let last = args.get(1, "last").is_none_or(|v| v.truthy());
                let mut items = d.borrow().clone();
                if !items.move_to_end(&k)? {
                    return Err(key_error(&k));
                }
                if !last {
                    let mut pairs = items.to_vec();
                    if let Some(moved) = pairs.pop() {
                        pairs.insert(0, moved);
                    }
                    items = super::value::DictItems::from_pairs(pairs)?;
                }
                *d.borrow_mut() = items;
                Value::None
            }
            "popitem" => {
                let from_end = args.get(0, "last").is_none_or(|v| v.truthy());
                let last = if from_end {
                    d.borrow_mut().pop_last()
                } else {
                    d.borrow_mut().pop_first()
                };
                match last {
                    Some((k, v)) => Value::Tuple(vec![k, v]),
                    None => {
                        return Err(RunnelError::execution_plain(
                            "KeyError: 'popitem(): dictionary is empty'",
                        )
                        .with_exception("KeyError"));
                    }
                }
            }
            "update" if matches!(d.kind, DictKind::Counter) => {
                if let Some(src) = args.get(0, "iterable") {
                    let mut items = d.borrow().clone();
                    super::stdlib::counter_update(&mut items, src)?;
                    *d.borrow_mut() = items;
                }
                Value::None
            }
            "update" => {
                let mut items = d.borrow().clone();
                if let Some(src) = args.pos.first() {
                    let more = call_builtin(
                        it,
                        "builtins.dict",
                        &Args::new(vec![src.clone()], vec![], "update".into()),
                    )?;
                    if let Some(Value::Dict(m)) = more {
                        for (k, v) in m.borrow().iter() {
                            items.insert(k.clone(), v.clone())?;
                        }
                    }
                }
                for (k, v) in args.keywords() {
                    items.insert(Value::Str(k.clone()), v.clone())?;
                }
                *d.borrow_mut() = items;
                Value::None
            }
            "copy" => Value::dict_of(d.borrow().clone()),
            "clear" => {
                d.borrow_mut().clear();
                Value::None
            }
            "most_common" if matches!(d.kind, DictKind::Counter) => {
                let mut items = d.borrow().to_vec();
                // Stable: equal counts keep their first-seen order, as Python's.
                items.sort_by(|a, b| {
                    py_num(&b.1)
                        .partial_cmp(&py_num(&a.1))
                        .unwrap_or(std::cmp::Ordering::Equal)
                });
                if let Some(n) = args.get(0, "n").and_then(py_num) {
                    items.truncate(n.max(0.0) as usize);
                }
                Value::list(
                    items
                        .into_iter()
                        .map(|(k, v)| Value::Tuple(vec![k, v]))
                        .collect(),
                )
            }
            "total" if matches!(d.kind, DictKind::Counter) => Value::Int(
                d.borrow()
                    .iter()
                    .map(|(_, v)| py_num(v).unwrap_or(0.0) as i64)
                    .sum(),
            ),
            "elements" if matches!(d.kind, DictKind::Counter) => Value::list(
                d.borrow()
                    .iter()
                    .flat_map(|(k, v)| {
                        std::iter::repeat_n(k.clone(), py_num(v).unwrap_or(0.0).max(0.0) as usize)
                    })
                    .collect(),
            ),
            _ => return Err(RunnelError::not_supported(format!("dict.{name}"))),
        }),
        _ => return Ok(None),
    };
    r.map(Some)
}

/// `StructType([...])` as Python prints it.
fn struct_repr(f: &Fields) -> String {
    super::value::type_repr(&DataType::Struct(f.clone()))
}
