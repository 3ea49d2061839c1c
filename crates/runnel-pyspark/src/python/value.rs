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
    /// Parameter names.
    pub params: Vec<String>,
    /// The body.
    pub body: FunctionBody,
}

/// A function's body.
pub enum FunctionBody {
    /// Statements of a `def`.
    Def(Vec<ruff_python_ast::Stmt>),
    /// The expression of a `lambda`.
    Lambda(ruff_python_ast::Expr),
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
    /// int
    Int(i64),
    /// float
    Float(f64),
    /// str
    Str(String),
    /// list
    List(Rc<RefCell<Vec<Value>>>),
    /// tuple
    Tuple(Vec<Value>),
    /// dict (insertion order)
    Dict(Rc<RefCell<Vec<(Value, Value)>>>),
    /// A module (`pyspark.sql.functions`, `time`...).
    Module(String),
    /// A built-in callable by qualified name (`functions.col`, `types.StructType`, `print`).
    Builtin(String),
    /// A bound method: receiver and name.
    Method(Box<Value>, String),
    /// A user function.
    Function(Rc<PyFunction>),
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
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Module(_) => "module",
            Value::Builtin(_) | Value::Method(..) | Value::Function(_) => "function",
            Value::SessionClass => "type",
            Value::Builder => "Builder",
            Value::Session => "SparkSession",
            Value::Conf => "RuntimeConfig",
            Value::Streams => "StreamingQueryManager",
            Value::DataFrame(_) => "DataFrame",
            Value::Grouped(_) => "GroupedData",
            Value::Column(_) => "Column",
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
            Value::Type(_) => "DataType",
            Value::StructField(_) => "StructField",
            Value::Row(_) => "Row",
            Value::Json(_) => "dict",
        }
    }

    /// A new list.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    /// Python truthiness.
    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            _ => true,
        }
    }

    /// The items of a list or tuple.
    pub fn items(&self) -> Option<Vec<Value>> {
        match self {
            Value::List(l) => Some(l.borrow().clone()),
            Value::Tuple(t) => Some(t.clone()),
            _ => None,
        }
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
            _ => return None,
        })
    }

    /// `str(v)`.
    pub fn to_py_str(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            other => other.repr(),
        }
    }

    /// `repr(v)`.
    pub fn repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => py_float(*f),
            Value::Str(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
            Value::List(l) => format!(
                "[{}]",
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
            Value::Dict(d) => format!(
                "{{{}}}",
                d.borrow()
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.repr(), v.repr()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
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
            Value::Json(j) => serde_json::to_string_pretty(j).unwrap_or_default(),
            Value::Type(t) => format!("{}()", type_class_name(t)),
            Value::Query(q) => {
                format!("<pyspark.sql.streaming.query.StreamingQuery id={}>", q.id())
            }
            other => format!("<{}>", other.type_name()),
        }
    }
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
        _ => "DataType",
    }
}
