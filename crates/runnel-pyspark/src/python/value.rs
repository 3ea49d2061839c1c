//! Python values the runner knows: literals and containers, and the PySpark
//! objects (session, DataFrame, Column, readers, writers, queries, types).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use arrow_schema::{DataType, Field};
use runnel_core::expr::Expr;
use runnel_core::logical::GroupedData;
use runnel_core::scalar::{ScalarValue, java_double};
use runnel_core::{DataFrame, StreamingQuery};

/// A user-defined function (`def` or `lambda`).
pub struct PyFunction {
    /// Name (`<lambda>` for lambdas).
    pub name: String,
    /// Positional parameter names (positional-only ones first).
    pub params: Vec<String>,
    /// Default values of the last `defaults.len()` positional parameters (evaluated
    /// where the function was defined, as Python does).
    pub defaults: Vec<Value>,
    /// `*args`.
    pub vararg: Option<String>,
    /// Keyword-only parameters and their defaults.
    pub kwonly: Vec<(String, Option<Value>)>,
    /// `**kwargs`.
    pub kwarg: Option<String>,
    /// The body.
    pub body: FunctionBody,
    /// The enclosing function's names where this one was defined (a closure sees them
    /// as they were then; a container it mutates is shared).
    pub closure: Vec<(String, Value)>,
    /// The class whose body defined it (for `super()`).
    pub class: RefCell<Option<std::rc::Weak<PyClass>>>,
    /// `@staticmethod`, `@classmethod`, `@property`.
    pub kind: std::cell::Cell<FnKind>,
    /// The line of the `def` (for errors inside a UDF).
    pub line: usize,
    /// A generator function (`yield` in its body). Unless it [`pauses`](Self::pauses), a
    /// call runs the body to its end and gives an iterator over what it yielded.
    pub generator: bool,
    /// A generator function whose every `yield` the runner can pause at
    /// (`generator::resumable`): a call gives a generator that runs as values are taken.
    pub pauses: bool,
    /// The file it was defined in (its errors are placed there); `None` for what the
    /// runner writes.
    pub origin: Option<Rc<super::modules::Origin>>,
    /// A property's setter (`@name.setter`), run by `obj.name = value`.
    pub setter: RefCell<Option<Rc<PyFunction>>>,
    /// What `functools.wraps` made it look like: its `__name__`, `__doc__` and
    /// `__wrapped__` are that function's.
    pub wrapped: RefCell<Option<Value>>,
}

/// How a function in a class body binds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FnKind {
    /// A method: bound to the instance.
    Plain,
    /// `@staticmethod`.
    Static,
    /// `@classmethod`: bound to the class.
    ClassMethod,
    /// `@property`: called on attribute access.
    Property,
}

impl PyFunction {
    /// A function of positional parameters only.
    pub fn simple(name: &str, params: Vec<String>, body: FunctionBody) -> PyFunction {
        PyFunction {
            name: name.to_string(),
            params,
            defaults: vec![],
            vararg: None,
            kwonly: vec![],
            kwarg: None,
            body,
            closure: vec![],
            class: RefCell::new(None),
            kind: std::cell::Cell::new(FnKind::Plain),
            line: 0,
            generator: false,
            pauses: false,
            origin: None,
            setter: RefCell::new(None),
            wrapped: RefCell::new(None),
        }
    }
}

/// A function's body.
pub enum FunctionBody {
    /// Statements of a `def`.
    Def(Vec<ruff_python_ast::Stmt>),
    /// The expression of a `lambda`.
    Lambda(ruff_python_ast::Expr),
}

/// A class defined by the script.
pub struct PyClass {
    /// Name.
    pub name: String,
    /// Bases: classes of the script, or built-in ones (`Builtin("builtins.Exception")`,
    /// `Builtin("class.StreamingQueryListener")`).
    pub bases: Vec<Value>,
    /// Class attributes and methods.
    pub attrs: RefCell<Vec<(String, Value)>>,
}

impl PyClass {
    /// The class and its bases in Python's lookup order (depth first, left to right,
    /// each once; enough for the single and simple multiple inheritance scripts use).
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<PyClass>> {
        let mut out: Vec<Rc<PyClass>> = Vec::new();
        fn walk(c: &Rc<PyClass>, out: &mut Vec<Rc<PyClass>>) {
            if out.iter().any(|x| Rc::ptr_eq(x, c)) {
                return;
            }
            out.push(c.clone());
            for b in &c.bases {
                if let Value::Class(bc) = b {
                    walk(bc, out);
                }
            }
        }
        walk(self, &mut out);
        out
    }

    /// An attribute of the class or of a base.
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<(Rc<PyClass>, Value)> {
        for c in self.mro() {
            if let Some((_, v)) = c.attrs.borrow().iter().find(|(k, _)| k == name) {
                return Some((c.clone(), v.clone()));
            }
        }
        None
    }

    /// The built-in classes it derives from (`builtins.Exception`,
    /// `class.ForeachWriter`, ...), nearest first.
    pub fn builtin_bases(self: &Rc<Self>) -> Vec<String> {
        let mut out = Vec::new();
        for c in self.mro() {
            for b in &c.bases {
                if let Value::Builtin(n) = b
                    && !out.contains(n)
                {
                    out.push(n.clone());
                }
            }
        }
        out
    }
}

/// An instance of a script's class (or of a built-in exception).
pub struct PyObject {
    /// Its class.
    pub class: Rc<PyClass>,
    /// Its attributes (`self.x = ...`).
    pub attrs: RefCell<Vec<(String, Value)>>,
}

impl PyObject {
    /// An attribute set on the instance.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.attrs
            .borrow()
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
    /// Sets an attribute.
    pub fn set(&self, name: &str, v: Value) {
        let mut a = self.attrs.borrow_mut();
        match a.iter_mut().find(|(k, _)| k == name) {
            Some(e) => e.1 = v,
            None => a.push((name.to_string(), v)),
        }
    }
}

/// What kind of dict: a plain one, `collections.defaultdict(factory)` or `Counter`.
#[derive(Clone)]
pub enum DictKind {
    /// `{}` / `dict()`.
    Plain,
    /// `defaultdict(factory)`: a missing key gets `factory()`.
    Default(Value),
    /// `Counter`: a missing key counts 0.
    Counter,
}

/// A dict: its items in insertion order, and its kind.
pub struct PyDict {
    items: RefCell<Vec<(Value, Value)>>,
    /// Plain, defaultdict or Counter.
    pub kind: DictKind,
}

impl PyDict {
    /// A dict of `kind` holding `items`.
    pub fn new(items: Vec<(Value, Value)>, kind: DictKind) -> PyDict {
        PyDict {
            items: RefCell::new(items),
            kind,
        }
    }
}

impl std::ops::Deref for PyDict {
    type Target = RefCell<Vec<(Value, Value)>>;
    fn deref(&self) -> &Self::Target {
        &self.items
    }
}

/// Adds `items` to a set's items (repeats dropped). A set of ints keeps them sorted, the
/// order CPython iterates and prints a set of small ints in; other sets keep insertion
/// order (CPython's depends on hashes).
pub fn set_extend(set: &mut Vec<Value>, items: Vec<Value>) {
    for x in items {
        if !set.iter().any(|y| super::ops::py_eq(y, &x)) {
            set.push(x);
        }
    }
    if set.iter().all(|v| matches!(v, Value::Int(_))) {
        set.sort_by_key(|v| match v {
            Value::Int(i) => *i,
            _ => 0,
        });
    }
}

/// Objects of the standard modules the runner implements natively.
pub enum Native {
    /// `datetime.datetime`: its wall-clock time (microseconds since 1970-01-01 00:00), and
    /// for an aware one its UTC offset in seconds (`timezone.utc` is 0).
    DateTime(i64, Option<i32>),
    /// `datetime.timezone(timedelta)`: a fixed UTC offset in seconds.
    TimeZone(i32),
    /// `datetime.date`: days since 1970-01-01.
    Date(i32),
    /// `datetime.timedelta`: microseconds.
    TimeDelta(i64),
    /// A compiled regular expression (`re.compile`).
    Regex(Rc<super::stdlib::Regex>),
    /// A match of one.
    Match(Rc<super::stdlib::Match>),
    /// A file opened with `open()`.
    File(RefCell<super::stdlib::FileState>),
    /// `tempfile.TemporaryDirectory()`: its path, and whether it was removed.
    TempDir(String, std::cell::Cell<bool>),
    /// `uuid.uuid4()`.
    Uuid(String),
    /// `decimal.Decimal` (PySpark's value of a DECIMAL).
    Decimal(super::decimal::Dec),
    /// `bytes` (`str.encode()`, a hash's `digest()`).
    Bytes(Vec<u8>),
    /// A `hashlib` hash object: its algorithm and the data given so far.
    Hash(&'static str, RefCell<Vec<u8>>),
    /// An iterator (`iter()`, a generator, `map`, `zip`, `itertools.count`, ...).
    Iter(RefCell<super::iter::PyIter>),
}

/// State of `readStream` / `read` while options are being set.
#[derive(Clone, Default)]
pub struct ReaderState {
    /// `readStream` (true) or `read`.
    pub streaming: bool,
    /// Format.
    pub format: Option<String>,
    /// Options.
    pub options: BTreeMap<String, String>,
    /// Schema (DDL or built).
    pub schema: Option<arrow_schema::SchemaRef>,
}

/// State of `writeStream` / `write` while options are being set.
#[derive(Clone)]
pub struct WriterState {
    /// The DataFrame.
    pub df: DataFrame,
    /// `writeStream` (true) or `write`.
    pub streaming: bool,
    /// Output mode / save mode.
    pub mode: Option<String>,
    /// Format.
    pub format: Option<String>,
    /// Options.
    pub options: BTreeMap<String, String>,
    /// queryName.
    pub query_name: Option<String>,
    /// Trigger.
    pub trigger: Option<runnel_core::exec::executor::Trigger>,
    /// foreachBatch function.
    pub foreach: Option<Rc<PyFunction>>,
    /// foreach: a function per row, or a writer object (`open`/`process`/`close`).
    pub foreach_writer: Option<Value>,
    /// partitionBy columns.
    pub partition_by: Vec<String>,
}

/// A Python value.
#[derive(Clone)]
pub enum Value {
    /// None
    None,
    /// bool
    Bool(bool),
    /// int (the values of 64 bits; the others are `BigInt`)
    Int(i64),
    /// int beyond 64 bits (never a value that fits an i64)
    BigInt(Rc<num_bigint::BigInt>),
    /// float
    Float(f64),
    /// str
    Str(String),
    /// list
    List(Rc<RefCell<Vec<Value>>>),
    /// tuple
    Tuple(Vec<Value>),
    /// set / frozenset: distinct items (by Python's ==) in insertion order.
    Set(Rc<RefCell<Vec<Value>>>),
    /// dict (insertion order)
    Dict(Rc<PyDict>),
    /// A module (`pyspark.sql.functions`, `time`...).
    Module(String),
    /// A built-in callable by qualified name (`functions.col`, `types.StructType`, `print`).
    Builtin(String),
    /// A bound method: receiver and name.
    Method(Box<Value>, String),
    /// A user function.
    Function(Rc<PyFunction>),
    /// A method of a script's class bound to its instance (or class).
    Bound(Box<Value>, Rc<PyFunction>),
    /// A class of the script.
    Class(Rc<PyClass>),
    /// An instance of one.
    Instance(Rc<PyObject>),
    /// `super()` in a method: the class whose bases to search, and `self`.
    Super(Rc<PyClass>, Box<Value>),
    /// An object of a standard module (datetime, re, files...).
    Native(Rc<Native>),
    /// `SparkSession` (the class, for `.builder`).
    SessionClass,
    /// `SparkSession.builder`.
    Builder,
    /// The session.
    Session,
    /// `spark.conf`.
    Conf,
    /// `spark.streams`.
    Streams,
    /// A DataFrame.
    DataFrame(DataFrame),
    /// `df.groupBy(...)`.
    Grouped(Rc<GroupedData>),
    /// A Column.
    Column(Expr),
    /// A window specification (`Window.partitionBy(...).orderBy(...)`).
    Window(Rc<runnel_core::expr::window::WindowSpec>),
    /// A reader being configured.
    Reader(Rc<RefCell<ReaderState>>),
    /// A writer being configured.
    Writer(Rc<RefCell<WriterState>>),
    /// A started query.
    Query(StreamingQuery),
    /// A Spark data type.
    Type(DataType),
    /// A StructField.
    StructField(Field),
    /// A collected row: names and values.
    Row(Rc<Vec<(String, Value)>>),
    /// A JSON value (progress reports), shown as Python would show a dict.
    Json(serde_json::Value),
}

impl Value {
    /// Python's type name, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Set(_) => "set",
            Value::Dict(_) => "dict",
            Value::Module(_) => "module",
            Value::Builtin(_) | Value::Method(..) | Value::Function(_) => "function",
            Value::Bound(..) => "method",
            Value::Class(_) => "type",
            Value::Instance(_) => "object",
            Value::Super(..) => "super",
            Value::Native(n) => match n.as_ref() {
                Native::DateTime(..) => "datetime",
                Native::TimeZone(_) => "timezone",
                Native::Date(_) => "date",
                Native::TimeDelta(_) => "timedelta",
                Native::Regex(_) => "re.Pattern",
                Native::Match(_) => "re.Match",
                Native::File(_) => "TextIOWrapper",
                Native::TempDir(..) => "TemporaryDirectory",
                Native::Uuid(_) => "UUID",
                Native::Decimal(_) => "Decimal",
                Native::Bytes(_) => "bytes",
                Native::Hash(..) => "HASH",
                Native::Iter(s) => s.borrow().kind(),
            },
            Value::SessionClass => "type",
            Value::Builder => "Builder",
            Value::Session => "SparkSession",
            Value::Conf => "RuntimeConfig",
            Value::Streams => "StreamingQueryManager",
            Value::DataFrame(_) => "DataFrame",
            Value::Grouped(_) => "GroupedData",
            Value::Column(_) => "Column",
            Value::Window(_) => "WindowSpec",
            Value::Reader(r) => {
                if r.borrow().streaming {
                    "DataStreamReader"
                } else {
                    "DataFrameReader"
                }
            }
            Value::Writer(w) => {
                if w.borrow().streaming {
                    "DataStreamWriter"
                } else {
                    "DataFrameWriter"
                }
            }
            Value::Query(_) => "StreamingQuery",
            Value::Type(t) => type_class_name(t),
            Value::StructField(_) => "StructField",
            Value::Row(_) => "Row",
            Value::Json(_) => "dict",
        }
    }

    /// A new list.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    /// A set of `items` (repeats, by Python's ==, dropped).
    pub fn set(items: Vec<Value>) -> Value {
        let mut out: Vec<Value> = Vec::new();
        set_extend(&mut out, items);
        Value::Set(Rc::new(RefCell::new(out)))
    }

    /// A new dict.
    pub fn dict(items: Vec<(Value, Value)>) -> Value {
        Value::Dict(Rc::new(PyDict::new(items, DictKind::Plain)))
    }

    /// Python truthiness.
    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Set(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Native(n) => match n.as_ref() {
                Native::Decimal(d) => d.is_nonzero(),
                Native::Bytes(b) => !b.is_empty(),
                Native::TimeDelta(us) => *us != 0,
                _ => true,
            },
            _ => true,
        }
    }

    /// The items of a list, tuple or set.
    pub fn items(&self) -> Option<Vec<Value>> {
        match self {
            Value::List(l) | Value::Set(l) => Some(l.borrow().clone()),
            Value::Tuple(t) => Some(t.clone()),
            _ => None,
        }
    }

    /// Refuses a value Spark has no literal for, as PySpark does: an int beyond a long
    /// (PySpark's `lit(2**64)` fails in the JVM with NumberFormatException).
    pub fn check_literal(&self) -> runnel_core::error::Result<()> {
        if let Value::BigInt(b) = self {
            let b = super::num::big_to_string(b)
                .unwrap_or_else(|_| format!("<an int of {} bits>", b.bits()));
            return Err(runnel_core::error::RunnelError::execution_plain(format!(
                "NumberFormatException: For input string: \"{b}\" (a Python int beyond Spark's LongType, -2**63 .. 2**63-1, has no literal; PySpark fails the same way: make it a float, a string, or a Decimal column with expr(\"CAST('{b}' AS DECIMAL(38,0))\"))"
            ))
            .with_exception("ValueError"));
        }
        Ok(())
    }

    /// PySpark's error for an int outside an integral column's range in
    /// `createDataFrame` (`[VALUE_OUT_OF_BOUNDS]`), if it is one.
    pub fn int_bounds_error(&self, t: &DataType) -> Option<runnel_core::error::RunnelError> {
        let (lo, hi): (i128, i128) = match t {
            DataType::Int8 => (i8::MIN.into(), i8::MAX.into()),
            DataType::Int16 => (i16::MIN.into(), i16::MAX.into()),
            DataType::Int32 => (i32::MIN.into(), i32::MAX.into()),
            DataType::Int64 => (i64::MIN.into(), i64::MAX.into()),
            _ => return None,
        };
        let inside = match self {
            Value::Int(i) => (lo..=hi).contains(&(*i as i128)),
            Value::BigInt(_) => false,
            _ => return None,
        };
        if inside {
            return None;
        }
        let got = super::num::big_to_string(&super::num::as_big(self)?)
            .unwrap_or_else(|_| "an int of more than 4300 digits".into());
        Some(
            runnel_core::error::RunnelError::execution_plain(format!(
                "Value for `obj` must be between {lo} and {hi} (inclusive), got {got}"
            ))
            .with_condition("VALUE_OUT_OF_BOUNDS")
            .with_exception("PySparkValueError"),
        )
    }

    /// A literal for Spark (`lit(v)`), when the value is one.
    pub fn to_scalar(&self) -> Option<ScalarValue> {
        Some(match self {
            Value::None => ScalarValue::Null(DataType::Null),
            Value::Bool(b) => ScalarValue::Boolean(*b),
            Value::Int(i) => match i32::try_from(*i) {
                Ok(v) => ScalarValue::Int32(v),
                Err(_) => ScalarValue::Int64(*i),
            },
            Value::Float(f) => ScalarValue::Float64(*f),
            Value::Str(s) => ScalarValue::Utf8(s.clone()),
            // PySpark's DateType, TimestampType (a naive datetime in the local time zone,
            // UTC here) and DayTimeIntervalType(DAY, SECOND) literals.
            Value::Native(n) => match n.as_ref() {
                Native::Date(d) => ScalarValue::Date32(*d),
                // An aware datetime is its instant; a naive one is read as UTC.
                Native::DateTime(us, off) => {
                    ScalarValue::Timestamp(us - off.unwrap_or(0) as i64 * 1_000_000)
                }
                Native::TimeDelta(us) => ScalarValue::DayTime(*us, 0, 3),
                // PySpark's BinaryType literal (bytes; a bytearray is one here).
                Native::Bytes(b) => ScalarValue::binary(b),
                // PySpark's lit(Decimal("1.50")) is a DECIMAL(3,2).
                Native::Decimal(d) => {
                    let (v, p, s) = d.to_unscaled()?;
                    ScalarValue::Decimal128(v, p, s)
                }
                _ => return None,
            },
            _ => return None,
        })
    }

    /// `str(v)`.
    pub fn to_py_str(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            Value::Instance(o) if super::enums::member_str(o).is_some() => {
                super::enums::member_str(o).unwrap_or_default()
            }
            Value::Instance(o) => match super::builtins::exception_message(o) {
                // str(KeyError(k)) is repr(k) (PySpark's own errors have their own str).
                Some(Value::Tuple(t))
                    if t.len() == 1
                        && !o.class.name.starts_with("PySpark")
                        && super::builtins::is_instance(
                            self,
                            &Value::Builtin("builtins.KeyError".into()),
                        ) =>
                {
                    t[0].repr()
                }
                Some(Value::Tuple(t)) if t.len() == 1 => t[0].to_py_str(),
                Some(Value::Tuple(t)) if t.is_empty() => String::new(),
                Some(m) => m.repr(),
                None => self.repr(),
            },
            Value::Native(n) => super::stdlib::native_str(n),
            other => other.repr(),
        }
    }

    /// `repr(v)`.
    pub fn repr(&self) -> String {
        // A container that holds itself shows as `[...]` / `{...}`, as in Python; one
        // nested deeper than the recursion limit is Python's RecursionError (noted, and
        // raised by the statement that asked).
        let id = match self {
            Value::List(l) | Value::Set(l) => Some(Rc::as_ptr(l) as *const ()),
            Value::Dict(d) => Some(Rc::as_ptr(d) as *const ()),
            Value::Tuple(_) => None,
            _ => return self.repr_inner(),
        };
        let seen = REPR_STACK.with(|st| id.is_some_and(|id| st.borrow().contains(&id)));
        if seen {
            return if matches!(self, Value::List(_)) {
                "[...]"
            } else {
                "{...}"
            }
            .into();
        }
        let depth = REPR_STACK.with(|st| {
            let mut st = st.borrow_mut();
            st.push(id.unwrap_or(std::ptr::null()));
            st.len()
        });
        let out = if depth > REPR_DEPTH_LIMIT {
            super::num::note_str_error(
                runnel_core::error::RunnelError::execution_plain(
                    "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
                )
                .with_exception("RecursionError"),
            );
            "...".into()
        } else {
            self.repr_inner()
        };
        REPR_STACK.with(|st| st.borrow_mut().pop());
        out
    }

    fn repr_inner(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => super::num::big_to_string(b).unwrap_or_else(|e| {
                super::num::note_str_error(e);
                format!("<int of {} bits>", b.bits())
            }),
            Value::Float(f) => py_float(*f),
            Value::Str(s) => py_str_repr(s),
            Value::List(l) => format!(
                "[{}]",
                l.borrow()
                    .iter()
                    .map(|v| v.repr())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Set(l) if l.borrow().is_empty() => "set()".into(),
            Value::Set(l) => format!(
                "{{{}}}",
                l.borrow()
                    .iter()
                    .map(|v| v.repr())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", t[0].repr())
                } else {
                    format!(
                        "({})",
                        t.iter().map(|v| v.repr()).collect::<Vec<_>>().join(", ")
                    )
                }
            }
            Value::Dict(d) => {
                let body = format!(
                    "{{{}}}",
                    d.borrow()
                        .iter()
                        .map(|(k, v)| format!("{}: {}", k.repr(), v.repr()))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                match &d.kind {
                    DictKind::Plain => body,
                    DictKind::Counter if d.borrow().is_empty() => "Counter()".into(),
                    DictKind::Counter => format!("Counter({body})"),
                    DictKind::Default(f) => format!("defaultdict({}, {body})", f.repr()),
                }
            }
            Value::Builtin(b) => match b.strip_prefix("builtins.") {
                Some(t) if super::builtins::is_type_name(t) => format!("<class '{t}'>"),
                // The classes of a progress report's parts (`type(query.lastProgress)`).
                _ if b.starts_with("pyspark.sql.streaming.listener.") => format!("<class '{b}'>"),
                _ if b.starts_with("types.") && b.ends_with("Type") || b == "types.StructField" => {
                    format!("<class 'pyspark.sql.{b}'>")
                }
                _ => format!("<built-in function {}>", b.rsplit('.').next().unwrap_or(b)),
            },
            Value::Function(f) => format!("<function {}>", f.name),
            Value::Bound(_, f) => format!("<bound method {}>", f.name),
            Value::Class(c) => format!("<class '__main__.{}'>", c.name),
            Value::Instance(o) if super::enums::member_repr(o).is_some() => {
                super::enums::member_repr(o).unwrap_or_default()
            }
            Value::Instance(o) => match super::builtins::exception_message(o) {
                Some(m) => format!(
                    "{}({})",
                    o.class.name,
                    match &m {
                        Value::Tuple(t) =>
                            t.iter().map(|a| a.repr()).collect::<Vec<_>>().join(", "),
                        other => other.repr(),
                    }
                ),
                // PySpark's InputPartition and ReadLimits (dataclasses) show their fields.
                None if o
                    .class
                    .builtin_bases()
                    .iter()
                    .any(|b| b == "class.InputPartition" || b == "class.ReadLimit") =>
                {
                    let fields: Vec<String> = o
                        .attrs
                        .borrow()
                        .iter()
                        .map(|(k, v)| format!("{k}={}", v.repr()))
                        .collect();
                    format!("{}({})", o.class.name, fields.join(", "))
                }
                None => format!("<__main__.{} object>", o.class.name),
            },
            Value::Native(n) => super::stdlib::native_repr(n),
            Value::Column(e) => format!("Column<'{}'>", e.sql()),
            Value::DataFrame(df) => format!(
                "DataFrame[{}]",
                df.schema()
                    .fields()
                    .iter()
                    .map(|f| format!(
                        "{}: {}",
                        f.name(),
                        runnel_core::types::simple_string(f.data_type())
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Row(r) => format!(
                "Row({})",
                r.iter()
                    .map(|(k, v)| format!("{k}={}", v.repr()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Json(j) => super::stdlib::json_repr(j),
            Value::Type(t) => type_repr(t),
            Value::StructField(f) => field_repr(f),
            Value::Query(q) => {
                format!("<pyspark.sql.streaming.query.StreamingQuery id={}>", q.id())
            }
            other => format!("<{}>", other.type_name()),
        }
    }
}

/// How deep `repr` goes into nested containers (Python's recursion limit natively; the
/// browser's stack holds fewer levels, but more than its limit of Python calls).
#[cfg(not(target_arch = "wasm32"))]
const REPR_DEPTH_LIMIT: usize = 1000;
#[cfg(target_arch = "wasm32")]
const REPR_DEPTH_LIMIT: usize = 100;

thread_local! {
    /// The containers being shown by `repr`, outermost first (null for a tuple).
    static REPR_STACK: RefCell<Vec<*const ()>> = const { RefCell::new(Vec::new()) };
}

/// Python's repr of a str: single quotes unless it holds a single quote and no double.
pub fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Python's float repr.
pub fn py_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let a = f.abs();
    if a != 0.0 && !(1e-4..1e16).contains(&a) {
        let s = java_double(f).replace('E', "e");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let m = m.strip_suffix(".0").unwrap_or(m);
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { "-" } else { "+" }, e.abs());
    }
    let s = format!("{f}");
    if s.contains('.') { s } else { format!("{s}.0") }
}

/// `repr()` of a PySpark data type, nested types spelled out as PySpark 4.3 writes them
/// (`ArrayType(StringType(), True)`, `StructType([StructField('b', IntegerType(), True)])`).
pub fn type_repr(t: &DataType) -> String {
    let flag = |b: bool| if b { "True" } else { "False" };
    match t {
        DataType::Decimal128(p, s) => format!("DecimalType({p},{s})"),
        DataType::List(f) => format!(
            "ArrayType({}, {})",
            type_repr(f.data_type()),
            flag(f.is_nullable())
        ),
        DataType::Map(f, _) => match f.data_type() {
            DataType::Struct(kv) if kv.len() == 2 => format!(
                "MapType({}, {}, {})",
                type_repr(kv[0].data_type()),
                type_repr(kv[1].data_type()),
                flag(kv[1].is_nullable())
            ),
            _ => "MapType()".into(),
        },
        DataType::Struct(fs) => format!(
            "StructType([{}])",
            fs.iter()
                .map(|x| field_repr(x))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        DataType::Null => "NullType()".into(),
        // A bare interval type has lost its field's own start and end (see field_repr).
        DataType::Duration(_) => "DayTimeIntervalType(0, 3)".into(),
        DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => {
            "YearMonthIntervalType(0, 1)".into()
        }
        other => format!("{}()", type_class_name(other)),
    }
}

/// `repr()` (and `str()`) of a PySpark StructField: `StructField('a', LongType(), True)`.
pub fn field_repr(f: &Field) -> String {
    let ty = match runnel_core::types::interval_fields(f) {
        Some((a, b)) => format!("{}({a}, {b})", type_class_name(f.data_type())),
        None => type_repr(f.data_type()),
    };
    format!(
        "StructField('{}', {}, {})",
        f.name(),
        ty,
        if f.is_nullable() { "True" } else { "False" }
    )
}

/// PySpark's `isinstance(t, NAME)` for a data type and a class of `pyspark.sql.types`:
/// its own class and the abstract ones above it (`NumericType`, `AtomicType`, ...).
pub fn type_is_a(t: &DataType, class: &str) -> bool {
    let integral = matches!(
        t,
        DataType::Int8 | DataType::Int16 | DataType::Int32 | DataType::Int64
    );
    let fractional = matches!(
        t,
        DataType::Float32 | DataType::Float64 | DataType::Decimal128(..)
    );
    match class {
        "DataType" => true,
        "IntegralType" => integral,
        "FractionalType" => fractional,
        "NumericType" => integral || fractional,
        "AtomicType" => {
            integral
                || fractional
                || matches!(
                    t,
                    DataType::Utf8
                        | DataType::Binary
                        | DataType::Boolean
                        | DataType::Date32
                        | DataType::Timestamp(..)
                )
                || runnel_core::types::is_ansi_interval(t)
        }
        "AnsiIntervalType" => runnel_core::types::is_ansi_interval(t),
        "DatetimeType" => matches!(t, DataType::Date32 | DataType::Timestamp(..)),
        "NullType" => matches!(t, DataType::Null),
        c => c != "DataType" && c == type_class_name(t),
    }
}

/// PySpark's `DataType.typeName()`: `long`, `decimal`, `timestamp_ntz`, `struct`, `void`.
pub fn type_name_of(t: &DataType) -> String {
    match t {
        DataType::Null => "void".into(),
        DataType::Timestamp(_, None) => "timestamp_ntz".into(),
        t => type_class_name(t)
            .strip_suffix("Type")
            .unwrap_or("data")
            .to_lowercase(),
    }
}

/// PySpark's class name for a type (`IntegerType`).
pub fn type_class_name(t: &DataType) -> &'static str {
    match t {
        DataType::Boolean => "BooleanType",
        DataType::Int8 => "ByteType",
        DataType::Int16 => "ShortType",
        DataType::Int32 => "IntegerType",
        DataType::Int64 => "LongType",
        DataType::Float32 => "FloatType",
        DataType::Float64 => "DoubleType",
        DataType::Utf8 => "StringType",
        DataType::Binary => "BinaryType",
        DataType::Date32 => "DateType",
        DataType::Timestamp(_, Some(_)) => "TimestampType",
        DataType::Timestamp(_, None) => "TimestampNTZType",
        DataType::Decimal128(..) => "DecimalType",
        DataType::Struct(_) => "StructType",
        DataType::List(_) => "ArrayType",
        DataType::Map(..) => "MapType",
        DataType::Duration(_) => "DayTimeIntervalType",
        DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => "YearMonthIntervalType",
        DataType::Interval(_) => "CalendarIntervalType",
        _ => "DataType",
    }
}
