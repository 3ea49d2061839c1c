//! The PySpark bindings: SparkSession, DataFrame, Column, pyspark.sql.functions and
//! types, readers, writers and queries, over runnel-core, bound into the Python
//! interpreter of `crate::python` through its `Bindings` (modules, functions, types,
//! the methods of the session, DataFrames, Columns, readers, writers and queries).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use arrow_schema::{DataType, Field, Fields, Schema};
use ruff_python_ast::{CmpOp, Operator, UnaryOp};
use runnel_core::error::{Result, RunnelError};
use runnel_core::exec::executor::Trigger;
use runnel_core::expr::sql::{parse_expression, parse_select_item};
use runnel_core::expr::window::{Bound, Frame, WindowSpec};
use runnel_core::expr::{BinaryOp, Expr, LikeKind, col, func, functions};
use runnel_core::logical::dataframe::JoinOn;
use runnel_core::logical::readwrite::SchemaSpec;
use runnel_core::scalar::{ScalarValue, json_value};
use runnel_core::{DataFrame, types};

mod api;
pub mod cpython;
mod datasource;
mod infer;
pub(crate) mod udf;

use crate::python::Bindings;
use crate::python::args::{Args, type_error};
use crate::python::interp::Interpreter;
use crate::python::ops::{iterate, py_num};
use crate::python::value::{ReaderState, Value, WriterState};

/// The error PySpark raises when a Column is used as a Python bool.
pub(crate) fn column_bool_error() -> RunnelError {
    RunnelError::execution(
        "CANNOT_CONVERT_COLUMN_INTO_BOOL",
        "Cannot convert column into bool: please use '&' for 'and', '|' for 'or', '~' for 'not' when building DataFrame boolean expressions.",
    )
}

/// Old PySpark spellings, reachable as attributes (`F.countDistinct`) but not in
/// `__all__`, so `import *` leaves them out.
const PY_LEGACY: &[(&str, &str)] = &[
    ("countDistinct", "col, *cols"),
    ("sumDistinct", "col"),
    ("approxCountDistinct", "col, rsd="),
    ("cast", "col, dataType"),
    ("try_cast", "col, dataType"),
];

/// What `from pyspark.sql.functions import *` brings.
fn function_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = Vec::new();
    for d in functions::catalog() {
        v.extend(d.py_names());
    }
    v
}

/// PySpark's parameters of `pyspark.sql.functions.<name>`, if Runnel has it.
fn py_params(name: &str) -> Option<&'static str> {
    if let Some((_, p)) = PY_LEGACY.iter().find(|(n, _)| *n == name) {
        return Some(p);
    }
    let d = functions::registry().get(name)?;
    d.py_names().any(|n| n == name).then_some(d.py)
}

const TYPES: &[&str] = &[
    "StructType",
    "StructField",
    "StringType",
    "IntegerType",
    "LongType",
    "DoubleType",
    "FloatType",
    "BooleanType",
    "TimestampType",
    "TimestampNTZType",
    "DateType",
    "ShortType",
    "ByteType",
    "BinaryType",
    "DecimalType",
    "ArrayType",
    "MapType",
    "NullType",
];

/// Modules a script may import.
pub(crate) fn check_module(m: &str) -> Result<()> {
    match m {
        "pyspark"
        | "pyspark.sql"
        | "pyspark.sql.functions"
        | "pyspark.sql.types"
        | "pyspark.sql.streaming"
        | "time"
        | "os"
        | "sys"
        | "json"
        | "datetime"
        | "logging"
        | "pyspark.sql.window"
        | "pyspark.errors"
        | "pyspark.sql.utils"
        | "pyspark.errors.exceptions"
        | "pyspark.errors.exceptions.captured"
        | "typing"
        | "uuid"
        | "random" => Ok(()),
        m if datasource::is_module(m) => Ok(()),
        "delta" | "delta.tables" => Err(RunnelError::not_supported(
            "the delta Python package (DeltaTable); read and write Delta with spark.read/readStream.format(\"delta\")",
        )),
        other => Err(RunnelError::not_supported(format!(
            "import of module `{other}`; Runnel's runner knows pyspark and the Python modules streaming scripts use (README, \"The PySpark subset\"): write the script without it, or run it on Spark Connect with `runnel connect`"
        ))),
    }
}

fn module_of(m: &str) -> &str {
    match m {
        "pyspark.sql.functions" => "functions",
        "pyspark.sql.types" => "types",
        other => other,
    }
}

/// `from module import name`.
pub(crate) fn module_attr(module: &str, name: &str) -> Result<Value> {
    Ok(match (module, name) {
        ("pyspark.sql" | "pyspark", "SparkSession") => Value::SessionClass,
        ("pyspark.sql", "functions") => Value::Module("pyspark.sql.functions".into()),
        ("pyspark.sql", "types") => Value::Module("pyspark.sql.types".into()),
        ("pyspark.sql", "Row") => Value::Builtin("Row".into()),
        ("pyspark.sql", "Observation") => Value::Builtin("Observation".into()),
        ("pyspark.sql", "DataFrame" | "Column" | "Window") => {
            Value::Builtin(format!("class.{name}"))
        }
        (m, n) if datasource::is_module(m) => datasource::module_attr(m, n)?,
        ("pyspark.sql.streaming", _) => Value::Builtin(format!("class.{name}")),
        ("pyspark.sql.window", "Window" | "WindowSpec") => Value::Builtin(format!("class.{name}")),
        ("pyspark.sql.functions", n) => {
            if py_params(n).is_some() || !n.starts_with('_') {
                Value::Builtin(format!("functions.{n}"))
            } else {
                return Err(RunnelError::not_supported(format!(
                    "pyspark.sql.functions.{n}"
                )));
            }
        }
        ("pyspark.sql.types", n) => Value::Builtin(format!("types.{n}")),
        ("time", n)
        | ("os", n)
        | ("sys", n)
        | ("json", n)
        | ("datetime", n)
        | ("logging", n)
        | ("uuid", n)
        | ("random", n)
        | ("typing", n) => Value::Builtin(format!("{module}.{n}")),
        (m, n) if m.starts_with("pyspark.errors") || m == "pyspark.sql.utils" => {
            Value::Builtin(format!("class.{n}"))
        }
        (m, n) => Value::Builtin(format!("{}.{n}", module_of(m))),
    })
}

/// `from module import *`.
pub(crate) fn star_import(module: &str) -> Vec<(String, Value)> {
    match module {
        "pyspark.sql.functions" => function_names()
            .iter()
            .map(|n| (n.to_string(), Value::Builtin(format!("functions.{n}"))))
            .collect(),
        "pyspark.sql.types" => TYPES
            .iter()
            .map(|n| (n.to_string(), Value::Builtin(format!("types.{n}"))))
            .collect(),
        "pyspark.sql" => vec![("SparkSession".into(), Value::SessionClass)],
        _ => vec![],
    }
}

/// Converts a value to a Column: strings are column names when `names` is set, literals otherwise.
pub(crate) fn to_col(v: &Value, names: bool) -> Result<Expr> {
    Ok(match v {
        Value::Column(e) => e.clone(),
        Value::Str(s) if names => col(s),
        other => match other.check_literal().map(|_| other.to_scalar())? {
            Some(s) => Expr::Literal(s),
            None => {
                return Err(RunnelError::execution_plain(format!(
                    "Argument should be a Column or str, got {}.",
                    other.type_name()
                ))
                .with_condition("NOT_COLUMN_OR_STR"));
            }
        },
    })
}

/// Compact JSON with every object's keys sorted (Python's `sort_keys=True`).
fn sorted_json(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys
                .into_iter()
                .map(|k| {
                    format!(
                        "{}:{}",
                        serde_json::Value::String(k.clone()),
                        sorted_json(&m[k])
                    )
                })
                .collect();
            format!("{{{}}}", parts.join(","))
        }
        serde_json::Value::Array(a) => {
            format!(
                "[{}]",
                a.iter().map(sorted_json).collect::<Vec<_>>().join(",")
            )
        }
        other => other.to_string(),
    }
}

/// Attribute access.
pub(crate) fn get_attr(it: &Interpreter, obj: Value, name: &str) -> Result<Value> {
    Ok(match &obj {
        Value::Instance(o) if o.class.name == "Observation" && name == "get" => {
            observation_get(it, &obj)?
        }
        Value::Method(df, m) if m == "na" && matches!(**df, Value::DataFrame(_)) => match name {
            "fill" | "drop" | "replace" => Value::Method(df.clone(), format!("na.{name}")),
            other => return Err(api::unsupported("DataFrameNaFunctions", other)),
        },
        // `df.stat`: DataFrameStatFunctions, its methods the DataFrame's.
        Value::Method(df, m) if m == "stat" && matches!(**df, Value::DataFrame(_)) => match name {
            "corr" | "cov" | "crosstab" | "freqItems" | "approxQuantile" | "sampleBy" => {
                Value::Method(df.clone(), name.into())
            }
            other => return Err(api::unsupported("DataFrameStatFunctions", other)),
        },
        // toJSON()'s RDD of strings.
        Value::Method(df, m) if m == "toJSON" && matches!(**df, Value::DataFrame(_)) => {
            match name {
                "collect" | "take" | "first" | "count" | "isEmpty" => {
                    Value::Method(df.clone(), format!("rdd.{name}"))
                }
                other => return Err(api::unsupported("RDD", other)),
            }
        }
        Value::Module(m) => match (m.as_str(), name) {
            ("sys", "argv") => {
                let mut argv = it.argv.borrow().clone();
                if argv.is_empty() {
                    argv.push(it.origin.borrow().file.clone());
                }
                Value::list(argv.into_iter().map(Value::Str).collect())
            }
            ("sys", "version") => Value::Str("3.11.0 (Runnel's PySpark runner)".into()),
            ("os", "environ") => it.environ(),
            // (A tuple: `sys.version_info >= (3, 8)` and `[0]`; not `.major`.)
            ("sys", "version_info") => Value::Tuple(vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(0),
                Value::Str("final".into()),
                Value::Int(0),
            ]),
            ("sys", "maxsize") => Value::Int(i64::MAX),
            ("os", "sep" | "linesep" | "curdir") => crate::python::stdlib::module_attr("os", name)?,
            ("sys", "platform") => Value::Str(std::env::consts::OS.into()),
            ("pyspark", "sql") => Value::Module("pyspark.sql".into()),
            ("pyspark.sql", "functions") => Value::Module("pyspark.sql.functions".into()),
            ("pyspark.sql", "types") => Value::Module("pyspark.sql.types".into()),
            (m, n) => module_attr(m, n)?,
        },
        Value::SessionClass if name == "builder" => Value::Builder,
        Value::Session => match name {
            "readStream" => Value::Reader(Rc::new(RefCell::new(ReaderState {
                streaming: true,
                ..Default::default()
            }))),
            "read" => Value::Reader(Rc::new(RefCell::new(ReaderState::default()))),
            "conf" => Value::Conf,
            "streams" => Value::Streams,
            "sparkContext" => Value::Builtin("sparkContext".into()),
            "version" => Value::Str(runnel_core::expr::functions::SPARK_VERSION.into()),
            "catalog" => Value::Builtin("catalog".into()),
            "udf" => Value::Builtin("spark.udf".into()),
            "dataSource" => Value::Builtin("spark.dataSource".into()),
            n if !api::has("SparkSession", n) => {
                return Err(api::no_attribute("SparkSession", n, None));
            }
            _ => Value::Method(Box::new(obj.clone()), name.into()),
        },
        Value::DataFrame(df) => match name {
            "columns" => Value::list(df.columns().into_iter().map(Value::Str).collect()),
            "schema" => Value::Type(DataType::Struct(df.reported_schema().fields().clone())),
            "dtypes" => Value::list(
                df.schema()
                    .fields()
                    .iter()
                    .map(|f| {
                        Value::Tuple(vec![
                            Value::Str(f.name().clone()),
                            Value::Str(types::field_simple_string(f)),
                        ])
                    })
                    .collect(),
            ),
            "isStreaming" => Value::Bool(df.is_streaming()),
            "writeStream" | "write" => Value::Writer(Rc::new(RefCell::new(WriterState {
                df: df.clone(),
                streaming: name == "writeStream",
                mode: None,
                format: None,
                options: Default::default(),
                query_name: None,
                trigger: None,
                foreach: None,
                foreach_writer: None,
                partition_by: vec![],
            }))),
            // `df.na`: DataFrameNaFunctions, its methods those of the DataFrame (`na.fill`...).
            "na" => Value::Method(Box::new(obj.clone()), "na".into()),
            "stat" => Value::Method(Box::new(obj.clone()), "stat".into()),
            "rdd" => return Err(api::unsupported("DataFrame", name)),
            n if !is_df_method(n) && df.schema().fields().iter().any(|f| f.name() == n) => {
                Value::Column(df_column(df, n))
            }
            // PySpark's __getattr__: neither a method nor a column.
            n if !api::has("DataFrame", n) => {
                return Err(api::no_attribute("DataFrame", n, Some(&df.columns())));
            }
            _ => Value::Method(Box::new(obj.clone()), name.into()),
        },
        Value::Query(q) => match name {
            "id" => Value::Str(q.id()),
            "runId" => Value::Str(q.run_id()),
            "name" => q.name().map(Value::Str).unwrap_or(Value::None),
            "isActive" => Value::Bool(q.is_active()),
            "lastProgress" => q.last_progress().map(progress_value).unwrap_or(Value::None),
            "recentProgress" => Value::list(
                q.recent_progress()
                    .into_iter()
                    .map(progress_value)
                    .collect(),
            ),
            // A dict, as PySpark's `json.loads(status.json())`.
            "status" => crate::python::stdlib::from_json(q.status()),
            n if !api::has("StreamingQuery", n) => {
                return Err(api::no_attribute("StreamingQuery", n, None));
            }
            _ => Value::Method(Box::new(obj.clone()), name.into()),
        },
        Value::Builtin(b) if b.starts_with("udf.") => match udf::udf_of(&obj) {
            Some((_, u)) => match name {
                "func" => u.func.clone(),
                "returnType" => Value::Type(u.ret.clone()),
                "__name__" => Value::Str(u.name.clone()),
                "deterministic" => Value::Bool(true),
                "evalType" => Value::Int(100),
                _ => Value::Method(Box::new(obj.clone()), name.into()),
            },
            None => Value::Method(Box::new(obj.clone()), name.into()),
        },
        Value::Streams if name == "active" => Value::list(
            it.session
                .queries()
                .into_iter()
                .filter(|q| q.is_active())
                .map(Value::Query)
                .collect(),
        ),
        Value::Row(r) => match r.iter().find(|(k, _)| k == name) {
            Some((_, v)) => v.clone(),
            None => Value::Method(Box::new(obj.clone()), name.into()),
        },
        Value::Json(j) => match crate::python::stdlib::json_child(j, name) {
            Some(v) => v,
            // StreamingQueryProgress.json / prettyJson are properties.
            None if matches!(name, "json" | "prettyJson") => {
                return call_method(
                    it,
                    obj.clone(),
                    name,
                    Args::new(vec![], vec![], name.into()),
                );
            }
            None => Value::Method(Box::new(obj.clone()), name.into()),
        },
        Value::Type(DataType::Struct(f)) if name == "fields" => Value::list(
            f.iter()
                .map(|x| Value::StructField(x.as_ref().clone()))
                .collect(),
        ),
        Value::Type(DataType::Struct(f)) if name == "names" => {
            Value::list(f.iter().map(|x| Value::Str(x.name().clone())).collect())
        }
        Value::StructField(f) => match name {
            "name" => Value::Str(f.name().clone()),
            "dataType" => Value::Type(f.data_type().clone()),
            "nullable" => Value::Bool(f.is_nullable()),
            "metadata" => crate::python::stdlib::json_item(types::spark_metadata(f)),
            _ => Value::Method(Box::new(obj.clone()), name.into()),
        },
        Value::Builtin(b) if b == "class.Window" => match name {
            "unboundedPreceding" => Value::Int(i64::MIN),
            "unboundedFollowing" => Value::Int(i64::MAX),
            "currentRow" => Value::Int(0),
            "partitionBy" | "orderBy" | "rowsBetween" | "rangeBetween" => {
                Value::Method(Box::new(Value::Window(Rc::default())), name.into())
            }
            n => return Err(api::no_attribute("Window", n, None)),
        },
        Value::Window(_) => match name {
            "partitionBy" | "orderBy" | "rowsBetween" | "rangeBetween" => {
                Value::Method(Box::new(obj.clone()), name.into())
            }
            n => return Err(api::no_attribute("WindowSpec", n, None)),
        },
        // PySpark's Column.__getattr__: a name it has no method for is a field (`acc.count`).
        Value::Column(e) if !name.starts_with("__") && !api::has("Column", name) => Value::Column(
            Expr::Field(Box::new(e.clone().strip_alias()), name.to_string()),
        ),
        Value::Column(_) | Value::Reader(_) | Value::Writer(_) | Value::Grouped(_)
            if !api::has(class_of(&obj), name) =>
        {
            return Err(api::no_attribute(class_of(&obj), name, None));
        }
        Value::Conf if !api::has("RuntimeConfig", name) => {
            return Err(api::no_attribute("RuntimeConfig", name, None));
        }
        Value::Streams if !api::has("StreamingQueryManager", name) => {
            return Err(api::no_attribute("StreamingQueryManager", name, None));
        }
        Value::Column(_)
        | Value::Reader(_)
        | Value::Writer(_)
        | Value::Grouped(_)
        | Value::Builder
        | Value::Conf
        | Value::Streams
        | Value::Type(_)
        | Value::Str(_)
        | Value::List(_)
        | Value::Set(_)
        | Value::Dict(_)
        | Value::Builtin(_) => Value::Method(Box::new(obj.clone()), name.into()),
        other => {
            return Err(RunnelError::execution_plain(format!(
                "AttributeError: '{}' object has no attribute '{name}'",
                other.type_name()
            )));
        }
    })
}

/// PySpark's class of a Column, reader, writer or grouping.
fn class_of(v: &Value) -> &'static str {
    match v {
        Value::Column(_) => "Column",
        Value::Grouped(_) => "GroupedData",
        Value::Reader(r) if r.borrow().streaming => "DataStreamReader",
        Value::Reader(_) => "DataFrameReader",
        Value::Writer(w) if w.borrow().streaming => "DataStreamWriter",
        Value::Writer(_) => "DataFrameWriter",
        _ => "object",
    }
}

fn is_df_method(n: &str) -> bool {
    matches!(
        n,
        "select"
            | "filter"
            | "where"
            | "groupBy"
            | "groupby"
            | "agg"
            | "count"
            | "show"
            | "join"
            | "union"
            | "limit"
            | "alias"
            | "drop"
            | "distinct"
            | "sort"
            | "orderBy"
            | "collect"
            | "first"
            | "head"
            | "take"
            | "explain"
            | "describe"
            | "summary"
            | "columns"
            | "schema"
            | "toPandas"
            | "cache"
            | "persist"
    )
}

fn type_of(v: &Value) -> Result<DataType> {
    match v {
        Value::Type(t) => Ok(t.clone()),
        Value::Str(s) => types::parse_cast_type(s),
        Value::Builtin(n) if n.starts_with("types.") => {
            match type_ctor(&n[6..], &Args::new(vec![], vec![], n.clone()))? {
                Value::Type(t) => Ok(t),
                _ => Err(RunnelError::execution_plain("expected a DataType")),
            }
        }
        other => Err(RunnelError::execution_plain(format!(
            "TypeError: expected a DataType, got {}",
            other.type_name()
        ))),
    }
}

fn type_ctor(t: &str, args: &Args) -> Result<Value> {
    Ok(Value::Type(match t {
        "StringType" => DataType::Utf8,
        "IntegerType" => DataType::Int32,
        "LongType" => DataType::Int64,
        "DoubleType" => DataType::Float64,
        "FloatType" => DataType::Float32,
        "BooleanType" => DataType::Boolean,
        "TimestampType" => types::timestamp_type(),
        "TimestampNTZType" => DataType::Timestamp(arrow_schema::TimeUnit::Microsecond, None),
        "DateType" => DataType::Date32,
        "ShortType" => DataType::Int16,
        "ByteType" => DataType::Int8,
        "BinaryType" => DataType::Binary,
        "NullType" => DataType::Null,
        "DecimalType" => {
            let p = args
                .get(0, "precision")
                .map(|_| args.int(0, "precision"))
                .transpose()?
                .unwrap_or(10);
            let s = args
                .get(1, "scale")
                .map(|_| args.int(1, "scale"))
                .transpose()?
                .unwrap_or(0);
            DataType::Decimal128(p as u8, s as i8)
        }
        "ArrayType" => types::list_of_n(
            type_of(args.req(0, "elementType")?)?,
            args.bool_or(1, "containsNull", true),
        ),
        "MapType" => types::map_of_n(
            type_of(args.req(0, "keyType")?)?,
            type_of(args.req(1, "valueType")?)?,
            args.bool_or(2, "valueContainsNull", true),
        ),
        "StructField" => {
            let f = Field::new(
                args.str(0, "name")?,
                type_of(args.req(1, "dataType")?)?,
                args.bool_or(2, "nullable", true),
            );
            return Ok(Value::StructField(f));
        }
        "StructType" => {
            let fields = match args.get(0, "fields") {
                None | Some(Value::None) => vec![],
                Some(v) => iterate(v)?
                    .into_iter()
                    .map(|x| match x {
                        Value::StructField(f) => Ok(f),
                        other => Err(RunnelError::execution_plain(format!(
                            "StructType takes StructFields, got {}",
                            other.type_name()
                        ))),
                    })
                    .collect::<Result<_>>()?,
            };
            DataType::Struct(Fields::from(fields))
        }
        other => {
            return Err(RunnelError::not_supported(format!(
                "pyspark.sql.types.{other}"
            )));
        }
    }))
}

/// Positions where a Python string is a literal, not a column name.
fn literal_positions(f: &str) -> &'static [usize] {
    match f {
        "approxCountDistinct" => &[1],
        f => functions::registry().get(f).map_or(&[], |d| d.literals),
    }
}

/// Checks keyword arguments against PySpark's parameters (Python's TypeError for an
/// unknown one) and moves those that continue the positional ones into place.
fn bind_keywords(name: &str, args: &Args) -> Result<Args> {
    let Some(params) = py_params(name) else {
        return Ok(args.clone());
    };
    let params: Vec<&str> = params
        .split(',')
        .map(|p| p.trim().trim_start_matches('*').trim_end_matches('='))
        .filter(|p| !p.is_empty())
        .collect();
    let mut out = args.clone();
    for (k, _) in args.keywords() {
        if !params.contains(&k.as_str()) {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: {name}() got an unexpected keyword argument '{k}'"
            ))
            .with_exception("TypeError"));
        }
    }
    for p in params.iter().skip(out.pos.len()) {
        match out.kw.iter().position(|(k, _)| k == p) {
            Some(i) => {
                let (_, v) = out.kw.remove(i);
                out.pos.push(v);
            }
            None => break,
        }
    }
    Ok(out)
}

fn functions(name: &str, args: &Args) -> Result<Expr> {
    let args = &bind_keywords(name, args)?;
    let lits = literal_positions(name);
    let conv = |i: usize, v: &Value| to_col(v, !lits.contains(&i));
    let all = |args: &Args| -> Result<Vec<Expr>> {
        let mut out = Vec::new();
        for (i, v) in args.pos.iter().enumerate() {
            match v {
                // PySpark makes a list of percentages one array (`array(0.25, 0.75)`).
                Value::List(_) | Value::Tuple(_)
                    if matches!(
                        name,
                        "percentile" | "percentile_approx" | "approx_percentile"
                    ) =>
                {
                    let items = iterate(v)?
                        .iter()
                        .map(|x| conv(i, x))
                        .collect::<Result<Vec<_>>>()?;
                    out.push(func("array", items));
                }
                Value::List(_) | Value::Tuple(_) if !matches!(name, "array_contains" | "lit") => {
                    for x in iterate(v)? {
                        out.push(conv(i, &x)?);
                    }
                }
                // An options dict (`from_csv(col, schema, {"sep": ";"})`): PySpark hands
                // it to Spark as a map of strings, as `map('sep', ';')` in SQL.
                Value::Dict(d) => {
                    let mut kv = Vec::new();
                    for (k, v) in d.borrow().iter() {
                        kv.push(Expr::Literal(ScalarValue::Utf8(k.to_py_str())));
                        kv.push(Expr::Literal(ScalarValue::Utf8(v.to_py_str())));
                    }
                    out.push(func("map", kv));
                }
                other => out.push(conv(i, other)?),
            }
        }
        Ok(out)
    };
    let one = |args: &Args| -> Result<Expr> { to_col(args.req(0, "col")?, true) };
    Ok(match name {
        "col" | "column" => col(&args.str(0, "col")?),
        "lit" => match args.req(0, "col")? {
            Value::Column(e) => e.clone(),
            // PySpark: lit(list) is array(lit(x) for x in list); a Column in it is refused.
            Value::List(items) => {
                let mut out = Vec::new();
                for v in items.borrow().iter() {
                    if matches!(v, Value::Column(_)) {
                        return Err(RunnelError::execution(
                            "COLUMN_IN_LIST",
                            "`lit` does not allow a Column in a list. Pass the values, or use array(...) for columns.",
                        )
                        .with_exception("PySparkValueError"));
                    }
                    out.push(functions(
                        "lit",
                        &Args::new(vec![v.clone()], vec![], "lit".into()),
                    )?);
                }
                func("array", out)
            }
            v => Expr::Literal(v.check_literal().and_then(|_| {
                v.to_scalar().ok_or_else(|| {
                    RunnelError::not_supported(format!("lit() of a {}", v.type_name()))
                })
            })?),
        },
        "expr" => parse_expression(&args.str(0, "str")?)?,
        "when" => Expr::Case {
            operand: None,
            branches: vec![(
                to_col(args.req(0, "condition")?, false)?,
                to_col(args.req(1, "value")?, false)?,
            )],
            otherwise: None,
        },
        // A function by its name (a built-in or a registered UDF), as Spark resolves it.
        "call_function" | "call_udf" => {
            let f = args.str(
                0,
                if name == "call_udf" {
                    "udfName"
                } else {
                    "funcName"
                },
            )?;
            let cols = args.pos[1..]
                .iter()
                .map(|v| to_col(v, true))
                .collect::<Result<Vec<_>>>()?;
            func(&f, cols)
        }
        "count" => match args.req(0, "col")? {
            Value::Str(s) if s == "*" => func("count", vec![Expr::Star(None)]),
            v => func("count", vec![to_col(v, true)?]),
        },
        "countDistinct" | "count_distinct" => Expr::Function {
            name: "count".into(),
            args: all(args)?,
            distinct: true,
        },
        "sumDistinct" | "sum_distinct" => Expr::Function {
            name: "sum".into(),
            args: all(args)?,
            distinct: true,
        },
        "mean" => func("avg", vec![one(args)?]),
        // PySpark leaves a None sourceTz out: the session time zone.
        "convert_timezone" if matches!(args.pos.first(), Some(Value::None)) => {
            let mut rest = args.clone();
            rest.pos.remove(0);
            func("convert_timezone", all(&rest)?)
        }
        // PySpark's log(x) is ln(x) and pow is Spark's Pow, printed POWER (SQL's `pow`
        // keeps its spelling).
        "log" if args.pos.len() == 1 && args.get(1, "arg2").is_none() => {
            func("ln", vec![one(args)?])
        }
        "pow" => func("power", all(args)?),
        "asc" | "desc" | "asc_nulls_first" | "asc_nulls_last" | "desc_nulls_first"
        | "desc_nulls_last" => sort_of(one(args)?, name),
        "first" | "last" => {
            let mut a = vec![one(args)?];
            if args.bool_or(1, "ignorenulls", false) {
                a.push(Expr::Literal(ScalarValue::Boolean(true)));
            }
            func(name, a)
        }
        "isnull" => Expr::IsNull(Box::new(one(args)?)),
        "isnotnull" => Expr::IsNotNull(Box::new(one(args)?)),
        "cast" | "try_cast" => Expr::Cast {
            expr: Box::new(one(args)?),
            to: type_of(args.req(1, "dataType")?)?,
            try_: name == "try_cast",
        },
        "regexp_like" => func(
            "regexp_like",
            vec![one(args)?, to_col(args.req(1, "regexp")?, true)?],
        ),
        // functions.rlike(str, regexp): both are columns or names (Column.rlike takes a pattern).
        "rlike" => Expr::Like {
            expr: Box::new(one(args)?),
            pattern: Box::new(to_col(args.req(1, "regexp")?, true)?),
            negated: false,
            kind: LikeKind::RLike,
        },
        "struct" => {
            let items = all(args)?;
            func("struct", items)
        }
        "greatest" | "least" if args.pos.len() < 2 => {
            return Err(RunnelError::execution(
                "WRONG_NUM_COLUMNS",
                format!("Function `{name}` should take at least 2 columns."),
            )
            .with_exception("PySparkValueError"));
        }
        "from_json" => {
            let schema = match args.req(1, "schema")? {
                Value::Type(t) => types::simple_string(t),
                Value::Str(s) => s.clone(),
                Value::Column(Expr::Literal(ScalarValue::Utf8(s))) => s.clone(),
                other => {
                    return Err(type_error(
                        "from_json",
                        "schema",
                        "StructType or str",
                        other,
                    ));
                }
            };
            let mut items = vec![one(args)?, Expr::Literal(ScalarValue::Utf8(schema))];
            // An options dict, as PySpark hands it to Spark: a map of strings.
            if let Some(Value::Dict(d)) = args.get(2, "options") {
                let mut kv = Vec::new();
                for (k, v) in d.borrow().iter() {
                    kv.push(Expr::Literal(ScalarValue::Utf8(k.to_py_str())));
                    kv.push(Expr::Literal(ScalarValue::Utf8(v.to_py_str())));
                }
                items.push(func("map", kv));
            }
            func("from_json", items)
        }
        // from_xml(col, schema, options): the schema a StructType, a DDL string or a column
        // (`schema_of_xml(...)`, folded when the call is bound).
        "from_xml" => {
            let schema = match args.req(1, "schema")? {
                Value::Type(t) => Expr::Literal(ScalarValue::Utf8(types::simple_string(t))),
                Value::Str(s) => Expr::Literal(ScalarValue::Utf8(s.clone())),
                Value::Column(e) => e.clone(),
                other => {
                    return Err(type_error(
                        "from_xml",
                        "schema",
                        "StructType, Column or str",
                        other,
                    ));
                }
            };
            let mut items = vec![one(args)?, schema];
            if let Some(Value::Dict(d)) = args.get(2, "options") {
                let mut kv = Vec::new();
                for (k, v) in d.borrow().iter() {
                    kv.push(Expr::Literal(ScalarValue::Utf8(k.to_py_str())));
                    kv.push(Expr::Literal(ScalarValue::Utf8(v.to_py_str())));
                }
                items.push(func("map", kv));
            }
            func("from_xml", items)
        }
        "to_json" => func("to_json", vec![one(args)?]),
        // PySpark checks the digest length itself.
        "sha2" => {
            if let Some(Value::Int(b)) = args.get(1, "numBits")
                && ![0, 224, 256, 384, 512].contains(b)
            {
                return Err(RunnelError::execution(
                    "VALUE_NOT_ALLOWED",
                    "Value for `numBits` has to be amongst the following values: [0, 224, 256, 384, 512].",
                )
                .with_exception("PySparkValueError"));
            }
            func("sha2", all(args)?)
        }
        "window" => {
            let mut a = vec![
                to_col(args.req(0, "timeColumn")?, true)?,
                to_col(args.req(1, "windowDuration")?, false)?,
            ];
            if let Some(s) = args
                .get(2, "slideDuration")
                .filter(|v| !matches!(v, Value::None))
            {
                a.push(to_col(s, false)?);
            }
            if let Some(s) = args
                .get(3, "startTime")
                .filter(|v| !matches!(v, Value::None))
            {
                if a.len() == 2 {
                    a.push(a[1].clone());
                }
                a.push(to_col(s, false)?);
            }
            func("window", a)
        }
        // PySpark 4: pos and len are ints, columns or columns' names.
        "substring" | "substr" => {
            let mut a = vec![one(args)?, to_col(args.req(1, "pos")?, true)?];
            if name == "substring" || args.get(2, "len").is_some() {
                a.push(to_col(args.req(2, "len")?, true)?);
            }
            func(name, a)
        }
        // PySpark: lit(pattern), lit(replacement), lit(position) when given.
        "regexp_replace" => {
            let mut a = vec![
                one(args)?,
                to_col(args.req(1, "pattern")?, false)?,
                to_col(args.req(2, "replacement")?, false)?,
            ];
            if let Some(p) = args
                .get(3, "position")
                .filter(|p| !matches!(p, Value::None))
            {
                a.push(to_col(p, false)?);
            }
            func(name, a)
        }
        // PySpark: lit(pattern); the limit an int literal, or a column (a str names one).
        "split" => {
            let mut a = vec![one(args)?, to_col(args.req(1, "pattern")?, false)?];
            if let Some(l) = args.get(2, "limit") {
                a.push(to_col(l, !matches!(l, Value::Int(_)))?);
            }
            func(name, a)
        }
        "round" | "bround" => {
            let scale = args.get(1, "scale").cloned().unwrap_or(Value::Int(0));
            func(name, vec![one(args)?, to_col(&scale, false)?])
        }
        n => func(n, all(args)?),
    })
}

fn sort_of(e: Expr, how: &str) -> Expr {
    let asc = how.starts_with("asc");
    let nulls_first = if how.ends_with("nulls_first") {
        true
    } else if how.ends_with("nulls_last") {
        false
    } else {
        asc
    };
    Expr::Sort {
        expr: Box::new(e.strip_alias()),
        asc,
        nulls_first,
    }
}

fn cols_of(args: &Args) -> Result<Vec<Expr>> {
    let mut out = Vec::new();
    for v in &args.pos {
        match v {
            Value::List(_) | Value::Tuple(_) => {
                for x in iterate(v)? {
                    out.push(to_col(&x, true)?);
                }
            }
            other => out.push(to_col(other, true)?),
        }
    }
    Ok(out)
}

/// The `subset` of `dropDuplicates(subset=None)` / `dropDuplicatesWithinWatermark`, as
/// PySpark 4.3 takes it: one list or tuple (any non-string iterable) of column names. The
/// guide's `dropDuplicates("guid")` and `dropDuplicates("guid", "eventTime")` are refused
/// as PySpark refuses them (NOT_EXPECTED_TYPE; a TypeError for the second argument).
fn dedup_subset(args: &Args, what: &str) -> Result<Option<Vec<String>>> {
    if args.pos.len() > 1 {
        return Err(RunnelError::execution_plain(format!(
            "TypeError: DataFrame.{what}() takes from 1 to 2 positional arguments but {} were given; pass the columns as one list: {what}([\"a\", \"b\"])",
            args.pos.len() + 1
        ))
        .with_exception("TypeError"));
    }
    let not_expected = |want: &str, got: &Value| {
        RunnelError::execution(
            "NOT_EXPECTED_TYPE",
            format!(
                "Argument `subset` should be {want}, got {}.",
                got.type_name()
            ),
        )
        .with_exception("PySparkTypeError")
    };
    let v = match args.get(0, "subset") {
        None | Some(Value::None) => return Ok(None),
        Some(v) => v,
    };
    if matches!(v, Value::Str(_)) {
        return Err(not_expected("list or tuple", v));
    }
    let items = iterate(v).map_err(|_| not_expected("list or tuple", v))?;
    items
        .iter()
        .map(|x| match x {
            Value::Str(s) => Ok(s.clone()),
            other => Err(not_expected("str", other)),
        })
        .collect::<Result<Vec<_>>>()
        .map(Some)
}

fn names_of(args: &Args) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for v in &args.pos {
        match v {
            Value::Str(s) => out.push(s.clone()),
            Value::Column(Expr::Column(c) | Expr::ColumnFrom(_, c)) => out.push(c.clone()),
            Value::List(_) | Value::Tuple(_) => {
                for x in iterate(v)? {
                    out.push(x.to_py_str());
                }
            }
            other => return Err(type_error(&args.what, "cols", "str", other)),
        }
    }
    Ok(out)
}

fn schema_spec(v: &Value) -> Result<SchemaSpec> {
    Ok(match v {
        Value::Str(s) => SchemaSpec::Ddl(s.clone()),
        Value::Type(DataType::Struct(f)) => SchemaSpec::Schema(Arc::new(Schema::new(f.clone()))),
        other => return Err(type_error("schema", "schema", "StructType or str", other)),
    })
}

fn option_value(v: &Value) -> String {
    match v {
        Value::Bool(b) => if *b { "true" } else { "false" }.into(),
        other => other.to_py_str(),
    }
}

fn interval_ms(text: &str) -> Result<i64> {
    let iv =
        runnel_core::temporal::parse_interval(text).map_err(|e| trigger_interval_error(text, e))?;
    Ok(iv.to_micros_month_31() / 1000)
}

/// Spark's error for a trigger interval its `IntervalUtils.stringToInterval` cannot
/// read (`INVALID_INTERVAL_FORMAT.*`, an IllegalArgumentException): a first word that is
/// not a number, or a number without its unit; other cases keep Runnel's error.
fn trigger_interval_error(text: &str, e: RunnelError) -> RunnelError {
    let lower = text.trim().to_ascii_lowercase();
    let body = lower
        .strip_prefix("interval")
        .unwrap_or(&lower)
        .trim_start();
    let words: Vec<&str> = body.split_whitespace().collect();
    let (sub, detail) = match words.as_slice() {
        [first, ..] if first.trim_start_matches(['-', '+']).parse::<f64>().is_err() => (
            "UNRECOGNIZED_NUMBER",
            format!("Unrecognized number {first}"),
        ),
        [n] => (
            "MISSING_UNIT",
            format!("Expect a unit name after {n} but hit EOL"),
        ),
        _ => return e,
    };
    RunnelError::execution(
        &format!("INVALID_INTERVAL_FORMAT.{sub}"),
        format!(
            "Error parsing '{text}' to interval. Please ensure that the value provided is in a valid format for defining an interval. You can reference the documentation for the correct format. {detail}"
        ),
    )
    .with_exception("IllegalArgumentException")
}

/// PySpark's StreamingQueryException for a query that failed (what awaitTermination and
/// processAllAvailable raise): STREAM_FAILED, `Query [id = ..., runId = ...] terminated
/// with exception: <the batch's error>`.
fn stream_failed(q: &runnel_core::StreamingQuery, e: RunnelError) -> RunnelError {
    if e.condition.as_deref() == Some("STREAM_FAILED") {
        return e;
    }
    // The query keeps its failure already worded so (query.rs): only the condition and
    // the class are PySpark's.
    if e.message.starts_with("Query [id = ") {
        let mut out = e;
        out.condition = Some("STREAM_FAILED".into());
        return out.with_exception("StreamingQueryException");
    }
    let mut cause = e.clone();
    cause.location = None;
    let mut out = RunnelError::execution(
        "STREAM_FAILED",
        format!(
            "Query [id = {}, runId = {}] terminated with exception: {cause}",
            q.id(),
            q.run_id()
        ),
    )
    .with_exception("StreamingQueryException");
    out.location = e.location;
    out
}

fn rows_to_values(df: &DataFrame) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    let schema = df.schema();
    for b in df.collect()? {
        for r in 0..b.num_rows() {
            let fields = schema
                .fields()
                .iter()
                .zip(b.columns())
                .map(|(f, c)| Ok((f.name().clone(), cell_to_py(c.as_ref(), r)?)))
                .collect::<Result<_>>()?;
            out.push(Value::Row(Rc::new(fields)));
        }
    }
    Ok(out)
}

/// The session's job tags as PySpark's set of str.
fn tag_set(session: &runnel_core::SparkSession) -> Value {
    Value::set(session.tags().into_iter().map(Value::Str).collect())
}

/// A progress as PySpark's `StreamingQueryProgress` dict: Spark's JSON, with
/// `observedMetrics` `{}` when the query observes nothing (PySpark always has it).
fn progress_value(mut j: serde_json::Value) -> Value {
    if let Some(m) = j.as_object_mut() {
        m.entry("observedMetrics")
            .or_insert_with(|| serde_json::Value::Object(Default::default()));
    }
    Value::Json(j)
}

fn observation_name(obs: &Value) -> String {
    match obs {
        Value::Instance(o) => o.get("_name").map(|n| n.to_py_str()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// `observation.get`: the metrics of the first action on the observed DataFrame, as a
/// dict. PySpark waits for that action; the runner runs one script at a time, so with no
/// action run yet it says so instead of waiting forever.
pub(crate) fn observation_get(it: &Interpreter, obs: &Value) -> Result<Value> {
    let used =
        matches!(obs, Value::Instance(o) if matches!(o.get("_used"), Some(Value::Bool(true))));
    if !used {
        return Err(RunnelError::execution(
            "NO_OBSERVE_BEFORE_GET",
            "Should observe by calling `DataFrame.observe` before `get`.",
        )
        .with_exception("PySparkAssertionError"));
    }
    let name = observation_name(obs);
    let Some(row) = it.session.observed_metrics(&name) else {
        return Err(RunnelError::execution_plain(format!(
            "Observation '{name}' has no metrics yet: no action (collect, count, show, write) has run on the observed DataFrame. Run one before reading `get` (PySpark would wait for it forever)."
        )));
    };
    Ok(Value::dict(
        row.schema()
            .fields()
            .iter()
            .zip(row.columns())
            .map(|(f, c)| Ok((Value::Str(f.name().clone()), cell_to_py(c.as_ref(), 0)?)))
            .collect::<Result<_>>()?,
    ))
}

/// A collected cell as PySpark's `collect()` hands it to Python: dates and timestamps
/// (also inside arrays, structs and maps) as `datetime.date` / `datetime.datetime`.
fn cell_to_py(c: &dyn arrow_array::Array, r: usize) -> Result<Value> {
    match c.data_type() {
        DataType::Date32
        | DataType::Decimal128(..)
        | DataType::Duration(_)
        | DataType::Interval(_)
        | DataType::Timestamp(..)
        | DataType::Binary
        | DataType::Float32
        | DataType::Float64
        | DataType::List(_)
        | DataType::Struct(_)
        | DataType::Map(..) => udf::to_py(c, r),
        _ => Ok(json_to_py(json_value(c, r))),
    }
}

fn json_to_py(j: serde_json::Value) -> Value {
    match j {
        serde_json::Value::Null => Value::None,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        serde_json::Value::String(s) => Value::Str(s),
        serde_json::Value::Array(a) => Value::list(a.into_iter().map(json_to_py).collect()),
        serde_json::Value::Object(o) => Value::Row(Rc::new(
            o.into_iter().map(|(k, v)| (k, json_to_py(v))).collect(),
        )),
    }
}

/// A Python value of a row as the value of a field of type `t`, as PySpark's
/// `createDataFrame` (and a Python data source's `read`) converts it.
pub(crate) fn field_scalar(v: &Value, t: &DataType) -> Result<ScalarValue> {
    match t {
        DataType::List(_) | DataType::Struct(_) | DataType::Map(..)
            if !matches!(v, Value::None) =>
        {
            Ok(ScalarValue::Nested(udf::from_py(
                std::slice::from_ref(v),
                t,
            )?))
        }
        t => py_to_scalar(v, t),
    }
}

fn py_to_scalar(v: &Value, dt: &DataType) -> Result<ScalarValue> {
    if let Some(e) = v.int_bounds_error(dt) {
        return Err(e);
    }
    Ok(match (v, dt) {
        (Value::None, t) => ScalarValue::Null(t.clone()),
        (Value::Str(s), DataType::Timestamp(..)) => ScalarValue::Timestamp(
            runnel_core::temporal::parse_timestamp(s)
                .ok_or_else(|| RunnelError::execution_plain(format!("not a timestamp: {s:?}")))?,
        ),
        (Value::Str(s), DataType::Date32) => ScalarValue::Date32(
            runnel_core::temporal::parse_date(s)
                .ok_or_else(|| RunnelError::execution_plain(format!("not a date: {s:?}")))?,
        ),
        (Value::Int(i), DataType::Float64 | DataType::Float32) => ScalarValue::Float64(*i as f64),
        (Value::Native(n), DataType::Decimal128(p, s))
            if matches!(n.as_ref(), crate::python::value::Native::Decimal(_)) =>
        {
            let crate::python::value::Native::Decimal(d) = n.as_ref() else {
                unreachable!("matched above")
            };
            let v = d.to_decimal(*p, *s).ok_or_else(|| {
                RunnelError::execution(
                    "NUMERIC_VALUE_OUT_OF_RANGE.WITHOUT_SUGGESTION",
                    format!(
                        "The {} rounded half up from {} cannot be represented as Decimal({p}, {s}). Use a wider DecimalType.",
                        d.to_py_str(),
                        d.to_py_str()
                    ),
                )
            })?;
            ScalarValue::Decimal128(v, *p, *s)
        }
        (Value::Int(i), DataType::Int64) => ScalarValue::Int64(*i),
        (other, _) => other.check_literal().and_then(|_| {
            other.to_scalar().ok_or_else(|| {
                RunnelError::not_supported(format!(
                    "a {} value in createDataFrame",
                    other.type_name()
                ))
            })
        })?,
    })
}

/// PySpark's `_make_type_verifier` for NULLs: a None in a field, element or map value
/// the schema says is never NULL is FIELD_NOT_NULLABLE_WITH_NAME, named as PySpark
/// names it (`field x in field c`, `element in array field a`).
fn verify_not_null(v: &Value, ty: &DataType, nullable: bool, name: &str) -> Result<()> {
    if matches!(v, Value::None) {
        if nullable {
            return Ok(());
        }
        return Err(RunnelError::execution(
            "FIELD_NOT_NULLABLE_WITH_NAME",
            format!("{name}: This field is not nullable, but got None. Give the field a value, or declare it nullable."),
        )
        .with_exception("PySparkValueError"));
    }
    match ty {
        DataType::Struct(fields) => {
            let values = match v {
                Value::Row(fs) => fs.iter().map(|(_, x)| x.clone()).collect(),
                Value::Dict(d) => udf::dict_values_by_field(d, fields),
                other => other.items().unwrap_or_default(),
            };
            for (x, f) in values.iter().zip(fields.iter()) {
                let inner = format!("field {} in {name}", f.name());
                verify_not_null(x, f.data_type(), f.is_nullable(), &inner)?;
            }
        }
        DataType::List(f) => {
            let inner = format!("element in array {name}");
            for x in v.items().unwrap_or_default() {
                verify_not_null(&x, f.data_type(), f.is_nullable(), &inner)?;
            }
        }
        DataType::Map(entries, _) => {
            if let (DataType::Struct(kv), Value::Dict(d)) = (entries.data_type(), v) {
                let (kname, vname) = (format!("key of map {name}"), format!("value of map {name}"));
                for (k, x) in d.borrow().iter() {
                    verify_not_null(k, kv[0].data_type(), false, &kname)?;
                    verify_not_null(x, kv[1].data_type(), kv[1].is_nullable(), &vname)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

fn session_method(it: &Interpreter, name: &str, args: Args) -> Result<Value> {
    let s = &it.session;
    Ok(match name {
        "sql" => {
            let text = args.str(0, "sqlQuery")?;
            let df = s.sql(&text)?;
            // Queries are shown again after each micro-batch (the playground); a command
            // (DROP/CREATE TABLE) ran once and stays run.
            let mut log = it.sql_log.borrow_mut();
            if !log.contains(&text) && !runnel_core::logical::sql::is_command(&text) {
                log.push(text);
            }
            Value::DataFrame(df)
        }
        "table" => Value::DataFrame(s.table(&args.str(0, "tableName")?)?),
        "createDataFrame" => {
            let data = iterate(args.req(0, "data")?)?;
            // A schema that is one atomic type ("int", IntegerType()): each datum is a
            // row of one column named `value`, as PySpark makes it.
            let atomic =
                |t: DataType, data: &[Value]| -> (arrow_schema::SchemaRef, Vec<Vec<Value>>) {
                    (
                        Arc::new(Schema::new(vec![Field::new("value", t, true)])),
                        data.iter().map(|v| vec![v.clone()]).collect(),
                    )
                };
            let by_schema = |schema: arrow_schema::SchemaRef,
                             data: &[Value]|
             -> Result<(arrow_schema::SchemaRef, Vec<Vec<Value>>)> {
                let rows = data
                    .iter()
                    .map(|r| {
                        Ok(match r {
                            Value::Row(fields) => fields.iter().map(|(_, v)| v.clone()).collect(),
                            // A dict row gives each field its value by name.
                            Value::Dict(d) => udf::dict_values_by_field(d, schema.fields()),
                            other => other.items().ok_or_else(|| {
                                RunnelError::execution_plain(
                                    "createDataFrame rows must be tuples, lists, dicts or Rows",
                                )
                            })?,
                        })
                    })
                    .collect::<Result<Vec<Vec<Value>>>>()?;
                Ok((schema, rows))
            };
            let (schema, rows): (arrow_schema::SchemaRef, Vec<Vec<Value>>) = match args
                .get(1, "schema")
            {
                // Spark keeps a DDL schema's NOT NULL here (DataType.fromDDL).
                Some(Value::Str(d)) => match types::parse_ddl_schema_not_null(d) {
                    Ok(s) => by_schema(Arc::new(s), &data)?,
                    Err(e) => match types::parse_data_type(d) {
                        Ok(t) if !matches!(t, DataType::Struct(_)) => atomic(t, &data),
                        _ => return Err(e),
                    },
                },
                Some(Value::Type(DataType::Struct(f))) => {
                    by_schema(Arc::new(Schema::new(f.clone())), &data)?
                }
                Some(Value::Type(t)) => atomic(t.clone(), &data),
                Some(v @ (Value::List(_) | Value::Tuple(_))) => {
                    let names: Vec<String> = v
                        .items()
                        .unwrap_or_default()
                        .iter()
                        .map(|v| v.to_py_str())
                        .collect();
                    infer::infer_schema(&data, Some(&names))?
                }
                None | Some(Value::None) => infer::infer_schema(&data, None)?,
                Some(other) => {
                    return Err(RunnelError::not_supported(format!(
                        "createDataFrame with a schema of type {}; pass a DDL string, a StructType, a list of names or none",
                        other.type_name()
                    )));
                }
            };
            // PySpark's verifySchema: a None where the schema says NOT NULL.
            for items in &rows {
                for (v, f) in items.iter().zip(schema.fields()) {
                    verify_not_null(
                        v,
                        f.data_type(),
                        f.is_nullable(),
                        &format!("field {}", f.name()),
                    )?;
                }
            }
            let rows: Vec<Vec<ScalarValue>> = rows
                .iter()
                .map(|items| {
                    items
                        .iter()
                        .zip(schema.fields())
                        .map(|(v, f)| field_scalar(v, f.data_type()))
                        .collect::<Result<Vec<_>>>()
                })
                .collect::<Result<_>>()?;
            Value::DataFrame(s.create_data_frame(&rows, schema)?)
        }
        "range" => {
            // range(start, end=None, step=1, numPartitions=None): one number is the end.
            let end_given = args
                .get(1, "end")
                .is_some_and(|v| !matches!(v, Value::None));
            let (start, end) = if end_given {
                (args.int(0, "start")?, args.int(1, "end")?)
            } else {
                (0, args.int(0, "start")?)
            };
            let step = match args.get(2, "step") {
                Some(Value::None) | None => 1,
                Some(_) => args.int(2, "step")?,
            };
            // numPartitions splits the rows, not what they are: Runnel's range is one
            // partition, so the count is read and changes nothing.
            let _ = args.get(3, "numPartitions");
            Value::DataFrame(s.range(start, end, step)?)
        }
        "stop" => {
            for q in s.queries() {
                q.stop();
            }
            Value::None
        }
        _ => return Err(api::unsupported("SparkSession", name)),
    })
}

/// A `fillna` value as PySpark passes it on (int → bigint, float → double, str, bool).
fn na_value(v: &Value) -> Result<ScalarValue> {
    Ok(match v {
        Value::Bool(b) => ScalarValue::Boolean(*b),
        Value::Int(i) => ScalarValue::Int64(*i),
        Value::Float(f) => ScalarValue::Float64(*f),
        Value::Str(s) => ScalarValue::Utf8(s.clone()),
        other => {
            return Err(RunnelError::execution(
                "NOT_BOOL_OR_DICT_OR_FLOAT_OR_INT_OR_STR",
                format!(
                    "Argument `value` should be a bool, dict, float, int or str, got {}.",
                    other.type_name()
                ),
            )
            .with_exception("PySparkTypeError"));
        }
    })
}

/// `subset` of fillna/dropna: a column name, or a list or tuple of them.
fn na_subset(args: &Args, pos: usize) -> Result<Option<Vec<String>>> {
    Ok(match args.get(pos, "subset") {
        Some(Value::None) | None => None,
        Some(Value::Str(s)) => Some(vec![s.clone()]),
        Some(v) => Some(iterate(v)?.iter().map(|c| c.to_py_str()).collect()),
    })
}

/// PySpark's `DataFrame.replace` arguments checked as PySpark checks them, as Spark's
/// (value, replacement) pairs.
fn replace_pairs(args: &Args) -> Result<Vec<(ScalarValue, ScalarValue)>> {
    let type_error = |cond: &str, msg: String| {
        RunnelError::execution(cond, msg).with_exception("PySparkTypeError")
    };
    let to_replace = args.req(0, "to_replace")?;
    let value = args.get(1, "value");
    let is_dict = matches!(to_replace, Value::Dict(_));
    if value.is_none() && !is_dict {
        return Err(type_error(
            "ARGUMENT_REQUIRED",
            "Argument `value` is required when `to_replace` is dict.".into(),
        ));
    }
    let scalar_kind = |v: &Value| {
        matches!(
            v,
            Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_)
        )
    };
    if !(scalar_kind(to_replace)
        || matches!(
            to_replace,
            Value::List(_) | Value::Tuple(_) | Value::Dict(_)
        ))
    {
        return Err(type_error(
            "NOT_EXPECTED_TYPE",
            format!(
                "Argument `to_replace` should be bool, dict, float, int, str or tuple, got {}.",
                to_replace.type_name()
            ),
        ));
    }
    let value = value.cloned().unwrap_or(Value::None);
    if !(is_dict
        || scalar_kind(&value)
        || matches!(value, Value::None | Value::List(_) | Value::Tuple(_)))
    {
        return Err(type_error(
            "NOT_EXPECTED_TYPE",
            format!(
                "Argument `value` should be bool, float, int, list, None, str or tuple, got {}.",
                value.type_name()
            ),
        ));
    }
    let pairs: Vec<(Value, Value)> = match (to_replace, &value) {
        (Value::Dict(d), _) => d
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        (Value::List(_) | Value::Tuple(_), Value::List(_) | Value::Tuple(_)) => {
            let (ks, vs) = (iterate(to_replace)?, iterate(&value)?);
            if ks.len() != vs.len() {
                return Err(RunnelError::execution(
                    "LENGTH_SHOULD_BE_THE_SAME",
                    format!(
                        "to_replace and value should be of the same length, got {} and {}.",
                        ks.len(),
                        vs.len()
                    ),
                )
                .with_exception("PySparkValueError"));
            }
            // A dict of them: a later equal key replaces an earlier one's value.
            let mut out: Vec<(Value, Value)> = Vec::new();
            for (k, v) in ks.into_iter().zip(vs) {
                match out
                    .iter_mut()
                    .find(|(x, _)| crate::python::ops::py_eq(x, &k))
                {
                    Some(e) => e.1 = v,
                    None => out.push((k, v)),
                }
            }
            out
        }
        (Value::List(_) | Value::Tuple(_), v) => {
            let mut out: Vec<(Value, Value)> = Vec::new();
            for k in iterate(to_replace)? {
                if !out.iter().any(|(x, _)| crate::python::ops::py_eq(x, &k)) {
                    out.push((k, v.clone()));
                }
            }
            out
        }
        (k, v) => vec![(k.clone(), v.clone())],
    };
    // All keys and non-NULL replacements of one kind: booleans, strings or numbers.
    let values = || {
        pairs
            .iter()
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::None))
    };
    let keys = || pairs.iter().map(|(k, _)| k);
    let all = |f: fn(&Value) -> bool| keys().all(f) && values().all(f);
    if !(all(|v| matches!(v, Value::Bool(_)))
        || all(|v| matches!(v, Value::Str(_)))
        || all(|v| matches!(v, Value::Bool(_) | Value::Int(_) | Value::Float(_))))
    {
        return Err(RunnelError::execution(
            "MIXED_TYPE_REPLACEMENT",
            "Mixed type replacements are not supported.",
        )
        .with_exception("PySparkValueError"));
    }
    let scalar = |v: &Value, like: &ScalarValue| match v {
        Value::None => Ok(ScalarValue::Null(like.data_type())),
        v => na_value(v),
    };
    pairs
        .iter()
        .map(|(k, v)| {
            let k = na_value(k)?;
            let v = scalar(v, &k)?;
            Ok((k, v))
        })
        .collect()
}

fn df_method(it: &Interpreter, df: DataFrame, name: &str, args: Args) -> Result<Value> {
    // df.transform(func, *args, **kwargs): func(df, *args, **kwargs), which must return a
    // DataFrame (PySpark asserts it).
    if name == "transform" {
        let Some(Value::Function(f)) = args.pos.first() else {
            return Err(RunnelError::execution_plain(
                "TypeError: DataFrame.transform() takes a function: df.transform(func, *args)",
            )
            .with_exception("TypeError"));
        };
        let mut call_args = vec![Value::DataFrame(df)];
        call_args.extend(args.pos[1..].iter().cloned());
        let out = it.call_function_kw(f, call_args, args.keywords().to_vec())?;
        return match out {
            Value::DataFrame(_) => Ok(out),
            other => Err(RunnelError::execution(
                "INVALID_TYPE",
                format!(
                    "Function `{}` should return a DataFrame, got {}. Return the DataFrame the function builds.",
                    f.name,
                    other.type_name()
                ),
            )),
        };
    }
    Ok(Value::DataFrame(match name {
        "fillna" | "na.fill" => {
            use runnel_core::logical::na::NaFill;
            let what = match args.req(0, "value")? {
                Value::Dict(m) => NaFill::PerColumn(
                    m.borrow()
                        .iter()
                        .map(|(k, v)| Ok((k.to_py_str(), na_value(v)?)))
                        .collect::<Result<_>>()?,
                ),
                v => NaFill::Value(na_value(v)?),
            };
            let subset = na_subset(&args, 1)?;
            runnel_core::logical::na::fill(&df, &what, subset.as_deref())?
        }
        "replace" | "na.replace" => {
            let pairs = replace_pairs(&args)?;
            let subset = na_subset(&args, 2)?;
            runnel_core::logical::na::replace(&df, &pairs, subset.as_deref())?
        }
        "dropna" | "na.drop" => {
            let how = match args.get(0, "how") {
                Some(Value::None) | None => "any".to_string(),
                Some(v) => v.to_py_str(),
            };
            let thresh = match args.get(1, "thresh") {
                Some(Value::None) | None => None,
                Some(Value::Int(n)) => Some((*n).max(0) as usize),
                Some(other) => return Err(type_error("dropna", "thresh", "int", other)),
            };
            let subset = na_subset(&args, 2)?;
            runnel_core::logical::na::drop(&df, &how, thresh, subset.as_deref())?
        }
        "select" => df.select(cols_of(&args)?)?,
        "selectExpr" => {
            let items = names_of(&args)?;
            let parsed = items
                .iter()
                .map(|s| parse_select_item(s))
                .collect::<Result<Vec<_>>>()?;
            df.select(parsed)?
        }
        "filter" | "where" => match args.req(0, "condition")? {
            Value::Str(s) => df.filter_sql(s)?,
            v => df.filter(to_col(v, false)?)?,
        },
        "withColumn" => df.with_column(
            &args.str(0, "colName")?,
            to_col(args.req(1, "col")?, false)?,
        )?,
        "withColumns" => {
            let mut d = df;
            if let Some(Value::Dict(m)) = args.get(0, "colsMap") {
                for (k, v) in m.borrow().iter() {
                    d = d.with_column(&k.to_py_str(), to_col(v, false)?)?;
                }
            }
            d
        }
        "withColumnRenamed" => {
            df.with_column_renamed(&args.str(0, "existing")?, &args.str(1, "new")?)?
        }
        "withColumnsRenamed" => {
            let mut d = df;
            if let Some(Value::Dict(m)) = args.get(0, "colsMap") {
                for (k, v) in m.borrow().iter() {
                    d = d.with_column_renamed(&k.to_py_str(), &v.to_py_str())?;
                }
            }
            d
        }
        // `drop(df.k)` after a join drops that side's column only.
        "drop"
            if args
                .pos
                .iter()
                .any(|v| matches!(v, Value::Column(Expr::ColumnFrom(..)))) =>
        {
            let mut out = df.clone();
            for v in &args.pos {
                out = match v {
                    Value::Column(e @ Expr::ColumnFrom(..)) => out.drop_column(e)?,
                    Value::Str(s) => out.drop(std::slice::from_ref(s))?,
                    other => return Err(type_error(&args.what, "cols", "str", other)),
                };
            }
            out
        }
        "drop" => df.drop(&names_of(&args)?)?,
        "withWatermark" => {
            df.with_watermark(&args.str(0, "eventTime")?, &args.str(1, "delayThreshold")?)?
        }
        "groupBy" | "groupby" => return Ok(Value::Grouped(Rc::new(df.group_by(cols_of(&args)?)))),
        "rollup" => return Ok(Value::Grouped(Rc::new(df.rollup(cols_of(&args)?)))),
        "cube" => return Ok(Value::Grouped(Rc::new(df.cube(cols_of(&args)?)))),
        // groupingSets([[a, b], [a], []], a, b): each set's columns among the grouping ones.
        "groupingSets" => {
            let given = args.req(0, "groupingSets")?.clone();
            let rest = Args::new(args.pos[1..].to_vec(), vec![], name.into());
            let cols = cols_of(&rest)?;
            let mut sets = Vec::new();
            for set in iterate(&given)? {
                let mut idx = Vec::new();
                for c in iterate(&set)? {
                    let e = to_col(&c, true)?.strip_alias();
                    let i = cols.iter().position(|g| g.clone().strip_alias() == e).ok_or_else(|| {
                        RunnelError::analysis_plain(format!(
                            "groupingSets: {} is not one of the grouping columns; list it after the sets",
                            e.sql()
                        ))
                    })?;
                    idx.push(i);
                }
                sets.push(idx);
            }
            return Ok(Value::Grouped(Rc::new(df.grouping_sets(cols, sets))));
        }
        "agg" => {
            let g = df.group_by(vec![]);
            return grouped_method(&g, "agg", args);
        }
        "dropDuplicates" | "drop_duplicates" => {
            df.drop_duplicates(dedup_subset(&args, "dropDuplicates")?, false)?
        }
        "observe" => {
            let metrics = cols_of(&Args::new(
                args.pos.get(1..).unwrap_or_default().to_vec(),
                vec![],
                "observe".into(),
            ))?;
            match args.req(0, "observation")? {
                Value::Str(n) => df.observe(n, metrics)?,
                obs @ Value::Instance(o) if o.class.name == "Observation" => {
                    if df.is_streaming() {
                        return Err(runnel_core::logical::dataframe::observation_on_stream());
                    }
                    if matches!(o.get("_used"), Some(Value::Bool(true))) {
                        return Err(RunnelError::execution(
                            "REUSE_OBSERVATION",
                            "An Observation can be used with a DataFrame only once. Make a new Observation for each DataFrame.",
                        )
                        .with_exception("PySparkAssertionError"));
                    }
                    let name = observation_name(obs);
                    let out = df.observe(&name, metrics)?;
                    o.set("_used", Value::Bool(true));
                    out
                }
                v => {
                    return Err(type_error(
                        "observe",
                        "observation",
                        "str or Observation",
                        v,
                    ));
                }
            }
        }
        "dropDuplicatesWithinWatermark" => {
            df.drop_duplicates(dedup_subset(&args, "dropDuplicatesWithinWatermark")?, true)?
        }
        "distinct" => df.distinct()?,
        "limit" => df.limit(args.int(0, "num")?)?,
        "orderBy" | "sort" => {
            let mut keys = cols_of(&args)?;
            if let Some(a) = args
                .keywords()
                .iter()
                .find(|(k, _)| k == "ascending")
                .map(|(_, v)| v.truthy())
            {
                keys = keys
                    .into_iter()
                    .map(|k| if a { k } else { sort_of(k, "desc") })
                    .collect();
            }
            df.order_by(keys)?
        }
        "union" | "unionAll" => match args.req(0, "other")? {
            Value::DataFrame(o) => df.union(o)?,
            other => return Err(type_error(name, "other", "DataFrame", other)),
        },
        "unionByName" => match args.req(0, "other")? {
            Value::DataFrame(o) => {
                let allow = matches!(args.get(1, "allowMissingColumns"), Some(Value::Bool(true)));
                df.union_by_name_missing(o, allow)?
            }
            other => return Err(type_error(name, "other", "DataFrame", other)),
        },
        "intersect" | "intersectAll" | "subtract" | "exceptAll" => match args.req(0, "other")? {
            Value::DataFrame(o) => match name {
                "intersect" => df.intersect(o)?,
                "intersectAll" => df.intersect_all(o)?,
                "subtract" => df.except(o)?,
                _ => df.except_all(o)?,
            },
            other => return Err(type_error(name, "other", "DataFrame", other)),
        },
        "join" => {
            let Value::DataFrame(other) = args.req(0, "other")? else {
                return Err(type_error(
                    "join",
                    "other",
                    "DataFrame",
                    args.req(0, "other")?,
                ));
            };
            let on = match args.get(1, "on") {
                None | Some(Value::None) => JoinOn::None,
                Some(Value::Str(s)) => JoinOn::Using(vec![s.clone()]),
                Some(Value::Column(e)) => JoinOn::Condition(e.clone()),
                Some(v @ (Value::List(_) | Value::Tuple(_))) => {
                    let items = iterate(v)?;
                    if items.iter().all(|x| matches!(x, Value::Str(_))) {
                        JoinOn::Using(items.iter().map(|x| x.to_py_str()).collect())
                    } else {
                        let conds = items
                            .iter()
                            .map(|x| to_col(x, false))
                            .collect::<Result<Vec<_>>>()?;
                        JoinOn::Condition(
                            conds
                                .into_iter()
                                .reduce(|a, b| a.binary(BinaryOp::And, b))
                                .unwrap_or(Expr::Literal(ScalarValue::Boolean(true))),
                        )
                    }
                }
                Some(other) => return Err(type_error("join", "on", "str, list or Column", other)),
            };
            let how = args.opt_str(2, "how")?.unwrap_or_else(|| "inner".into());
            df.join(other, on, &how)?
        }
        "crossJoin" => match args.req(0, "other")? {
            Value::DataFrame(o) => df.join(o, JoinOn::None, "cross")?,
            other => return Err(type_error(name, "other", "DataFrame", other)),
        },
        // unpivot(ids, values, variableColumnName, valueColumnName); values None: every
        // column the ids do not read.
        "unpivot" | "melt" => {
            let one_or_many = |v: &Value| -> Result<Vec<Expr>> {
                match v {
                    Value::List(_) | Value::Tuple(_) => {
                        iterate(v)?.iter().map(|x| to_col(x, true)).collect()
                    }
                    other => Ok(vec![to_col(other, true)?]),
                }
            };
            let ids = one_or_many(args.req(0, "ids")?)?;
            let values = match args.get(1, "values") {
                None | Some(Value::None) => None,
                Some(v) => Some(one_or_many(v)?),
            };
            df.unpivot_columns(
                &ids,
                values,
                &args.str(2, "variableColumnName")?,
                &args.str(3, "valueColumnName")?,
            )?
        }
        // PySpark 4's DataFrame subqueries (uncorrelated: `Column.outer()` is refused).
        "scalar" => return Ok(Value::Column(df.scalar_subquery())),
        "exists" => return Ok(Value::Column(df.exists_subquery())),
        "alias" => df.alias(&args.str(0, "alias")?)?,
        "cache" | "persist" | "unpersist" | "coalesce" | "repartition" | "repartitionByRange"
        | "hint" => df,
        // One partition: sorting within it is sorting.
        "sortWithinPartitions" => return df_method(it, df, "orderBy", args),
        "printSchema" => {
            it.session.print(&df.tree_string());
            return Ok(Value::None);
        }
        "show" => {
            let n = args
                .get(0, "n")
                .map(|_| args.int(0, "n"))
                .transpose()?
                .unwrap_or(20)
                .max(0) as usize;
            let truncate = match args.get(1, "truncate") {
                None => 20,
                Some(Value::Bool(b)) => {
                    if *b {
                        20
                    } else {
                        0
                    }
                }
                Some(Value::Int(i)) => (*i).max(0) as usize,
                Some(other) => return Err(type_error("show", "truncate", "bool or int", other)),
            };
            let vertical = match args.get(2, "vertical") {
                None => false,
                Some(Value::Bool(b)) => *b,
                Some(other) => return Err(type_error("show", "vertical", "bool", other)),
            };
            // PySpark prints showString's text: a table (or the last record) ends with a
            // newline of its own, so a blank line follows it; Spark 4's "only showing top N
            // rows" and "(0 rows)" lines do not.
            let text = match vertical {
                true => df.show_string_vertical(n, truncate)?,
                false => df.show_string(n, truncate)?,
            };
            let last = text
                .trim_end_matches('\n')
                .rsplit('\n')
                .next()
                .unwrap_or("");
            let blank = if last.starts_with("only showing top") || last == "(0 rows)" {
                ""
            } else {
                "\n"
            };
            it.session.print(&format!("{text}{blank}"));
            return Ok(Value::None);
        }
        "count" => return Ok(Value::Int(df.count()? as i64)),
        "collect" => return Ok(Value::list(rows_to_values(&df)?)),
        // Code Spark runs in its Python workers, over the rows of the (one) partition:
        // `f(row)` for each row, or `f(rows)` once; what they print goes to stderr.
        "foreach" | "foreachPartition" => {
            let f = args.get(0, "f").ok_or_else(|| {
                RunnelError::execution_plain(format!(
                    "TypeError: DataFrame.{name}() missing 1 required positional argument: 'f'"
                ))
                .with_exception("TypeError")
            })?;
            let rows = rows_to_values(&df)?;
            let call = |a: Value| {
                it.as_worker(|| crate::python::builtins::call(it, f.clone(), vec![a], vec![]))
                    .map_err(|e| udf::python_error(it, e, "PythonException"))
            };
            if name == "foreach" {
                for r in rows {
                    call(r)?;
                }
            } else {
                call(Value::list(rows))?;
            }
            return Ok(Value::None);
        }
        "toLocalIterator" => return Ok(Value::list(rows_to_values(&df)?)),
        "take" | "head" => {
            let n = args.get(0, "n").map(|_| args.int(0, "n")).transpose()?;
            let rows = rows_to_values(&df.limit(n.unwrap_or(1).max(0))?)?;
            return Ok(if n.is_none() && name == "head" {
                rows.into_iter().next().unwrap_or(Value::None)
            } else {
                Value::list(rows)
            });
        }
        "first" => {
            return Ok(rows_to_values(&df.limit(1)?)?
                .into_iter()
                .next()
                .unwrap_or(Value::None));
        }
        "isEmpty" => return Ok(Value::Bool(df.count()? == 0)),
        // tail(num): the last rows, collected.
        "tail" => return Ok(Value::list(rows_to_values(&df.tail(args.int(0, "num")?)?)?)),
        // A DataFrame of rows Runnel holds is not one of Spark's local relations.
        "isLocal" => return Ok(Value::Bool(false)),
        "summary" => return Ok(Value::DataFrame(df.summary(&names_of(&args)?)?)),
        "describe" => return Ok(Value::DataFrame(df.describe(&names_of(&args)?)?)),
        "corr" | "cov" => {
            let (c1, c2) = (args.str(0, "col1")?, args.str(1, "col2")?);
            if name == "corr" {
                match args.get(2, "method") {
                    None | Some(Value::None) => {}
                    Some(Value::Str(m)) if m == "pearson" => {}
                    Some(_) => {
                        return Err(RunnelError::execution(
                            "VALUE_NOT_ALLOWED",
                            "Value for `method` has to be amongst the following values: ['pearson'].",
                        )
                        .with_exception("PySparkValueError"));
                    }
                }
            }
            return Ok(Value::Float(if name == "corr" {
                df.corr(&c1, &c2, "pearson")?
            } else {
                df.cov(&c1, &c2)?
            }));
        }
        "offset" => return Ok(Value::DataFrame(df.offset(args.int(0, "num")?)?)),
        // transpose(indexColumn=None): the first column by default.
        "transpose" => {
            let index = match args.get(0, "indexColumn") {
                None | Some(Value::None) => None,
                Some(Value::Str(s)) => Some(s.clone()),
                Some(v @ Value::Column(_)) => Some(
                    runnel_core::logical::reshape::transpose_index_column(to_col(v, true)?)?,
                ),
                Some(other) => return Err(expected_type("indexColumn", "Column or str", other)),
            };
            return Ok(Value::DataFrame(df.transpose(index.as_deref())?));
        }
        "semanticHash" => return Ok(Value::Int(df.semantic_hash() as i64)),
        // lateralJoin(other, on=None, how=None): a right side that reads none of the
        // left's columns (`outer()` is refused where the right side is built).
        "lateralJoin" => {
            let Value::DataFrame(other) = args.req(0, "other")? else {
                return Err(expected_type("other", "DataFrame", args.req(0, "other")?));
            };
            let on = match args.get(1, "on") {
                None | Some(Value::None) => None,
                Some(Value::Column(e)) => Some(e.clone()),
                Some(other) => {
                    return Err(RunnelError::execution_plain(format!(
                        "AttributeError: '{}' object has no attribute '_jc'",
                        other.type_name()
                    ))
                    .with_exception("AttributeError"));
                }
            };
            let how = args.opt_str(2, "how")?;
            return Ok(Value::DataFrame(df.lateral_join(
                other,
                on,
                how.as_deref(),
            )?));
        }
        "inputFiles" => {
            return Ok(Value::list(
                df.input_files().into_iter().map(Value::Str).collect(),
            ));
        }
        "sameSemantics" => match args.req(0, "other")? {
            Value::DataFrame(o) => return Ok(Value::Bool(df.semantic_text() == o.semantic_text())),
            other => return Err(expected_type("other", "DataFrame", other)),
        },
        // One machine: checkpointing is computing the rows now and holding them.
        "localCheckpoint" | "checkpoint" => {
            if let Some(v) = args.get(0, "eager")
                && !matches!(v, Value::Bool(_))
            {
                return Err(expected_type("eager", "bool", v));
            }
            return Ok(Value::DataFrame(df.materialize()?));
        }
        // toJSON(): PySpark's RDD of JSON strings; collect/take/first/count read it.
        "toJSON" => {
            return Ok(Value::Method(
                Box::new(Value::DataFrame(df.to_json()?)),
                "toJSON".into(),
            ));
        }
        "rdd.collect" | "rdd.take" | "rdd.first" | "rdd.count" | "rdd.isEmpty" => {
            let texts = |d: &DataFrame| -> Result<Vec<Value>> {
                let mut out = Vec::new();
                for b in d.collect()? {
                    let a = b.column(0);
                    for r in 0..b.num_rows() {
                        out.push(match ScalarValue::try_from_array(a.as_ref(), r)? {
                            ScalarValue::Utf8(t) => Value::Str(t),
                            _ => Value::None,
                        });
                    }
                }
                Ok(out)
            };
            return Ok(match name {
                "rdd.collect" => Value::list(texts(&df)?),
                "rdd.take" => Value::list(texts(&df.limit(args.int(0, "num")?.max(0))?)?),
                "rdd.first" => texts(&df.limit(1)?)?.into_iter().next().ok_or_else(|| {
                    RunnelError::execution_plain("ValueError: RDD is empty")
                        .with_exception("ValueError")
                })?,
                "rdd.count" => Value::Int(df.count()? as i64),
                _ => Value::Bool(df.count()? == 0),
            });
        }
        "to" => match args.req(0, "schema")? {
            Value::Type(DataType::Struct(fields)) => {
                return Ok(Value::DataFrame(
                    df.to_schema(&arrow_schema::Schema::new(fields.clone()))?,
                ));
            }
            other => return Err(expected_type("schema", "StructType", other)),
        },
        "colRegex" => match args.req(0, "colName")? {
            Value::Str(c) => return Ok(Value::Column(df.col_regex(c)?)),
            other => return Err(expected_type("colName", "str", other)),
        },
        "withMetadata" => {
            let name = args.str(0, "columnName")?;
            let md = args.req(1, "metadata")?;
            if !matches!(md, Value::Dict(_)) {
                return Err(expected_type("metadata", "dict", md));
            }
            let json = crate::python::stdlib::json_value(it, md)?;
            return Ok(Value::DataFrame(df.with_metadata(&name, &json)?));
        }
        "crosstab" => {
            return Ok(Value::DataFrame(
                df.crosstab(&args.str(0, "col1")?, &args.str(1, "col2")?)?,
            ));
        }
        "freqItems" => {
            let cols = match args.req(0, "cols")? {
                v @ (Value::List(_) | Value::Tuple(_)) => iterate(v)?
                    .iter()
                    .map(|x| x.to_py_str())
                    .collect::<Vec<_>>(),
                other => return Err(expected_type("cols", "list or tuple", other)),
            };
            let support = match args.get(1, "support") {
                None | Some(Value::None) => 0.01,
                Some(Value::Float(f)) => *f,
                Some(Value::Int(i)) => *i as f64,
                Some(other) => return Err(expected_type("support", "float", other)),
            };
            return Ok(Value::DataFrame(df.freq_items(&cols, support)?));
        }
        "approxQuantile" => {
            let (cols, one) = match args.req(0, "col")? {
                Value::Str(c) => (vec![c.clone()], true),
                v @ (Value::List(_) | Value::Tuple(_)) => {
                    let mut cols = Vec::new();
                    for x in iterate(v)? {
                        match x {
                            Value::Str(c) => cols.push(c),
                            other => return Err(expected_type("columns", "str", &other)),
                        }
                    }
                    (cols, false)
                }
                other => return Err(expected_type("col", "list, str or tuple", other)),
            };
            let probs_v = args.req(1, "probabilities")?;
            if !matches!(probs_v, Value::List(_) | Value::Tuple(_)) {
                return Err(expected_type("probabilities", "list or tuple", probs_v));
            }
            let mut probs = Vec::new();
            for p in iterate(probs_v)? {
                let v = match &p {
                    Value::Float(f) => *f,
                    Value::Int(i) => *i as f64,
                    _ => f64::NAN,
                };
                if !(0.0..=1.0).contains(&v) {
                    return Err(expected_type("probabilities", "list[float, int]", &p));
                }
                probs.push(v);
            }
            let err = match args.req(2, "relativeError")? {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                other => return Err(expected_type("relativeError", "float or int", other)),
            };
            if err < 0.0 {
                return Err(RunnelError::execution(
                    "NEGATIVE_VALUE",
                    format!(
                        "Value for `relativeError` must be greater than or equal to 0, got '{}'.",
                        Value::Float(err).to_py_str()
                    ),
                )
                .with_exception("PySparkValueError"));
            }
            let out = df.approx_quantile(&cols, &probs, err)?;
            let lists: Vec<Value> = out
                .into_iter()
                .map(|q| Value::list(q.into_iter().map(Value::Float).collect()))
                .collect();
            return Ok(if one {
                lists
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| Value::list(vec![]))
            } else {
                Value::list(lists)
            });
        }
        "sample" => {
            // PySpark's sample(withReplacement=None, fraction=None, seed=None): a float
            // first is the fraction (and an int after it the seed).
            let a0 = args
                .get(0, "withReplacement")
                .cloned()
                .unwrap_or(Value::None);
            let a1 = args.get(1, "fraction").cloned().unwrap_or(Value::None);
            let a2 = args.get(2, "seed").cloned().unwrap_or(Value::None);
            let (repl, fraction, seed) = match (&a0, &a1) {
                (Value::Bool(b), Value::Float(f)) => (*b, *f, a2),
                (Value::None, Value::Float(f)) => (false, *f, a2),
                (Value::Float(f), _) => (
                    false,
                    *f,
                    if matches!(a1, Value::None) {
                        a2
                    } else {
                        a1.clone()
                    },
                ),
                _ => {
                    return Err(RunnelError::execution(
                        "NOT_BOOL_OR_FLOAT_OR_INT",
                        format!(
                            "Argument `withReplacement (optional), fraction (required) and seed (optional)` should be a bool, float and number; however, got [{}, {}, {}].",
                            a0.type_name(),
                            a1.type_name(),
                            a2.type_name()
                        ),
                    )
                    .with_exception("PySparkTypeError"));
                }
            };
            let seed = match seed {
                Value::None => runnel_core::logical::sample::random_seed(),
                Value::Int(i) => i,
                Value::Float(f) => f as i64,
                other => return Err(expected_type("seed", "int", &other)),
            };
            return Ok(Value::DataFrame(df.sample(repl, fraction, seed)?));
        }
        "randomSplit" => {
            let mut weights = Vec::new();
            for w in iterate(args.req(0, "weights")?)? {
                let v = match &w {
                    Value::Float(f) => *f,
                    Value::Int(i) => *i as f64,
                    other => return Err(expected_type("weights", "list[float]", other)),
                };
                if v < 0.0 {
                    return Err(RunnelError::execution(
                        "VALUE_NOT_POSITIVE",
                        format!(
                            "Value for `weights` must be positive, got '{}'.",
                            w.to_py_str()
                        ),
                    )
                    .with_exception("PySparkValueError"));
                }
                weights.push(v);
            }
            let seed = match args.get(1, "seed") {
                None | Some(Value::None) => runnel_core::logical::sample::random_seed(),
                Some(Value::Int(i)) => *i,
                Some(other) => return Err(expected_type("seed", "int", other)),
            };
            return Ok(Value::list(
                df.random_split(&weights, seed)?
                    .into_iter()
                    .map(Value::DataFrame)
                    .collect(),
            ));
        }
        "sampleBy" => {
            let c = to_col(args.req(0, "col")?, true)?;
            let Value::Dict(m) = args.req(1, "fractions")? else {
                return Err(expected_type(
                    "fractions",
                    "dict",
                    args.req(1, "fractions")?,
                ));
            };
            let mut fr = Vec::new();
            for (k, v) in m.borrow().iter() {
                // PySpark's check: keys of float, int or str only.
                if !matches!(
                    k,
                    Value::Float(_) | Value::Int(_) | Value::Str(_) | Value::Bool(_)
                ) {
                    return Err(RunnelError::execution(
                        "DISALLOWED_TYPE_FOR_CONTAINER",
                        format!(
                            "Argument `fractions`(type: dict) should only contain a type in [float, int, str], got {}",
                            k.type_name()
                        ),
                    )
                    .with_exception("PySparkTypeError"));
                }
                let key = match to_col(k, false)? {
                    Expr::Literal(s) => s,
                    _ => return Err(expected_type("fractions", "dict[float, int, str]", k)),
                };
                let f = match v {
                    Value::Float(f) => *f,
                    Value::Int(i) => *i as f64,
                    other => return Err(expected_type("fractions", "dict of floats", other)),
                };
                fr.push((key, f));
            }
            let seed = match args.get(2, "seed") {
                None | Some(Value::None) => runnel_core::logical::sample::random_seed(),
                Some(Value::Int(i)) => *i,
                Some(other) => return Err(expected_type("seed", "int", other)),
            };
            return Ok(Value::DataFrame(df.sample_by(c, &fr, seed)?));
        }
        "createOrReplaceTempView"
        | "createTempView"
        | "registerTempTable"
        | "createOrReplaceGlobalTempView" => {
            df.create_or_replace_temp_view(&args.str(0, "name")?);
            return Ok(Value::None);
        }
        // explain(extended=None, mode=None): "simple" prints the physical plan; the
        // other modes (extended, codegen, cost, formatted) the logical plans too.
        "explain" => {
            let extended = match (args.get(0, "extended"), args.get(1, "mode")) {
                (Some(Value::Bool(b)), _) => *b,
                (Some(Value::Str(m)), _) | (_, Some(Value::Str(m))) => m != "simple",
                _ => false,
            };
            it.session.print(&df.explain_string(extended));
            return Ok(Value::None);
        }
        "toDF" => {
            let names = names_of(&args)?;
            let exprs = df
                .columns()
                .iter()
                .zip(names)
                .map(|(c, n)| col(c).alias(&n))
                .collect();
            df.select(exprs)?
        }
        _ => return Err(api::unsupported("DataFrame", name)),
    }))
}

/// PySpark's NOT_EXPECTED_TYPE for an argument of the wrong type.
fn expected_type(arg: &str, want: &str, got: &Value) -> RunnelError {
    RunnelError::execution(
        "NOT_EXPECTED_TYPE",
        format!(
            "Argument `{arg}` should be {want}, got {}.",
            got.type_name()
        ),
    )
    .with_exception("PySparkTypeError")
}

fn grouped_method(g: &runnel_core::GroupedData, name: &str, args: Args) -> Result<Value> {
    if name == "pivot" {
        let col = to_col(args.req(0, "pivot_col")?, true)?;
        let values = match args.get(1, "values") {
            None | Some(Value::None) => None,
            Some(v) => Some(
                iterate(v)?
                    .iter()
                    .map(|x| match to_col(x, false)? {
                        Expr::Literal(s) => Ok(s),
                        other => Err(RunnelError::not_supported(format!(
                            "a pivot value that is not a literal: {}",
                            other.sql()
                        ))),
                    })
                    .collect::<Result<Vec<_>>>()?,
            ),
        };
        return Ok(Value::Grouped(Rc::new(g.pivot(col, values)?)));
    }
    Ok(Value::DataFrame(match name {
        "agg" => match args.get(0, "exprs") {
            Some(Value::Dict(d)) => {
                let pairs: Vec<(String, String)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.to_py_str(), v.to_py_str()))
                    .collect();
                g.agg_dict(&pairs)?
            }
            _ => {
                let mut exprs = Vec::new();
                for v in &args.pos {
                    match v {
                        Value::List(_) | Value::Tuple(_) => {
                            for x in iterate(v)? {
                                exprs.push(to_col(&x, false)?);
                            }
                        }
                        other => exprs.push(to_col(other, false)?),
                    }
                }
                g.agg(exprs)?
            }
        },
        "count" => g.count()?,
        "sum" | "avg" | "mean" | "min" | "max" => g.simple(name, &names_of(&args)?)?,
        _ => return Err(api::unsupported("GroupedData", name)),
    }))
}

/// `Window.partitionBy(...)`, `WindowSpec.orderBy(...)`, `.rowsBetween(start, end)`,
/// `.rangeBetween(start, end)`: a new spec (PySpark's are immutable).
fn window_method(w: &WindowSpec, name: &str, args: &Args) -> Result<Value> {
    let mut w = w.clone();
    match name {
        "partitionBy" => w.partition = cols_of(args)?,
        "orderBy" => w.order = cols_of(args)?,
        "rowsBetween" | "rangeBetween" => {
            let rows = name == "rowsBetween";
            let bound = |i: usize, n: &str| -> Result<Bound> {
                match args.req(i, n)? {
                    Value::Int(v) => Ok(Bound::from_i64(*v, rows)),
                    // PySpark clamps beyond ±sys.maxsize to unbounded.
                    Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
                        Ok(Bound::UnboundedPreceding)
                    }
                    Value::BigInt(_) => Ok(Bound::UnboundedFollowing),
                    other => Err(type_error(name, n, "int", other)),
                }
            };
            w.frame = Some(Frame {
                rows,
                lower: bound(0, "start")?,
                upper: bound(1, "end")?,
            });
        }
        _ => return Err(api::unsupported("WindowSpec", name)),
    }
    Ok(Value::Window(Rc::new(w)))
}

fn column_method(e: Expr, name: &str, args: Args) -> Result<Value> {
    let arg = |i: usize, n: &str| -> Result<Expr> { to_col(args.req(i, n)?, false) };
    Ok(Value::Column(match name {
        "over" => Expr::Over {
            func: Box::new(e.strip_alias()),
            spec: Box::new(match args.get(0, "window") {
                None | Some(Value::None) => WindowSpec::default(),
                Some(Value::Window(w)) => w.as_ref().clone(),
                Some(other) => return Err(type_error("over", "window", "WindowSpec", other)),
            }),
        },
        // alias("a", "b"): a name for each column of a generator (Spark's MultiAlias).
        "alias" | "name" | "as_" if args.pos.len() > 1 => {
            let names = (0..args.pos.len())
                .map(|i| args.str(i, "alias"))
                .collect::<Result<Vec<_>>>()?;
            Expr::MultiAlias(Box::new(e.strip_alias()), names)
        }
        "alias" | "name" | "as_" => e.alias(&args.str(0, "alias")?),
        "cast" | "astype" | "try_cast" => Expr::Cast {
            // The alias stays: a cast of an aliased column is named after the alias.
            expr: Box::new(e),
            to: type_of(args.req(0, "dataType")?)?,
            try_: name == "try_cast",
        },
        "isNull" => Expr::IsNull(Box::new(e.strip_alias())),
        "isNotNull" => Expr::IsNotNull(Box::new(e.strip_alias())),
        "isin" => {
            let mut list = Vec::new();
            for v in &args.pos {
                match v {
                    Value::List(_) | Value::Tuple(_) | Value::Set(_) => {
                        for x in iterate(v)? {
                            list.push(to_col(&x, false)?);
                        }
                    }
                    other => list.push(to_col(other, false)?),
                }
            }
            Expr::InList {
                expr: Box::new(e.strip_alias()),
                list,
                negated: false,
            }
        }
        "like" | "ilike" | "rlike" => Expr::Like {
            expr: Box::new(e.strip_alias()),
            pattern: Box::new(arg(0, "other")?),
            negated: false,
            kind: match name {
                "like" => LikeKind::Like,
                "ilike" => LikeKind::ILike,
                _ => LikeKind::RLike,
            },
        },
        "startswith" | "endswith" | "contains" => {
            func(name, vec![e.strip_alias(), arg(0, "other")?])
        }
        // Spark's BitwiseAnd / BitwiseOr / BitwiseXor (`(a & b)`).
        "bitwiseAND" | "bitwiseOR" | "bitwiseXOR" => {
            let op = match name {
                "bitwiseAND" => "__bitwise_and",
                "bitwiseOR" => "__bitwise_or",
                _ => "__bitwise_xor",
            };
            func(op, vec![e.strip_alias(), arg(0, "other")?])
        }
        "between" => {
            let v = e.strip_alias();
            v.clone()
                .binary(BinaryOp::GtEq, arg(0, "lowerBound")?)
                .binary(
                    BinaryOp::And,
                    v.binary(BinaryOp::LtEq, arg(1, "upperBound")?),
                )
        }
        "eqNullSafe" => e.binary(BinaryOp::EqNullSafe, arg(0, "other")?),
        "asc" | "desc" | "asc_nulls_first" | "asc_nulls_last" | "desc_nulls_first"
        | "desc_nulls_last" => sort_of(e, name),
        "getItem" => match args.req(0, "key")? {
            Value::Str(s) => Expr::Field(Box::new(e.strip_alias()), s.clone()),
            v => Expr::Index(Box::new(e.strip_alias()), Box::new(to_col(v, false)?)),
        },
        "getField" => Expr::Field(Box::new(e.strip_alias()), args.str(0, "name")?),
        "substr" => func(
            "substr",
            vec![e.strip_alias(), arg(0, "startPos")?, arg(1, "length")?],
        ),
        "when" => match e {
            Expr::Case {
                operand,
                mut branches,
                otherwise: None,
            } => {
                branches.push((arg(0, "condition")?, arg(1, "value")?));
                Expr::Case {
                    operand,
                    branches,
                    otherwise: None,
                }
            }
            _ => {
                return Err(RunnelError::execution_plain(
                    "when() can only be applied on a Column previously generated by when() function",
                ));
            }
        },
        "otherwise" => match e {
            Expr::Case {
                operand,
                branches,
                otherwise: None,
            } => Expr::Case {
                operand,
                branches,
                otherwise: Some(Box::new(arg(0, "value")?)),
            },
            _ => {
                return Err(RunnelError::execution_plain(
                    "otherwise() can only be applied on a Column previously generated by when()",
                ));
            }
        },
        _ => return Err(api::unsupported("Column", name)),
    }))
}

fn reader_method(
    it: &Interpreter,
    r: Rc<RefCell<crate::python::value::ReaderState>>,
    name: &str,
    args: Args,
) -> Result<Value> {
    match name {
        "format" => r.borrow_mut().format = Some(args.str(0, "source")?.to_ascii_lowercase()),
        "option" => {
            let k = args.str(0, "key")?;
            let v = option_value(args.req(1, "value")?);
            r.borrow_mut().options.insert(k.to_ascii_lowercase(), v);
        }
        "options" => {
            for (k, v) in args.keywords() {
                r.borrow_mut()
                    .options
                    .insert(k.to_ascii_lowercase(), option_value(v));
            }
        }
        "schema" => {
            let spec = schema_spec(args.req(0, "schema")?)?;
            r.borrow_mut().schema = Some(match spec {
                SchemaSpec::Ddl(d) => Arc::new(types::parse_ddl_schema(&d)?),
                SchemaSpec::Schema(s) => s,
            });
        }
        "load" | "json" | "csv" | "parquet" | "text" | "table" | "orc" | "xml" => {
            for (k, v) in args.keywords() {
                if k != "path" && k != "schema" {
                    r.borrow_mut()
                        .options
                        .insert(k.to_ascii_lowercase(), option_value(v));
                }
                if k == "schema" {
                    let spec = schema_spec(v)?;
                    r.borrow_mut().schema = Some(match spec {
                        SchemaSpec::Ddl(d) => Arc::new(types::parse_ddl_schema(&d)?),
                        SchemaSpec::Schema(s) => s,
                    });
                }
            }
            if name == "table" {
                let table = args.str(0, "tableName")?;
                let st = r.borrow();
                return Ok(Value::DataFrame(if st.streaming {
                    it.session.read_stream_table(&table, &st.options)?
                } else {
                    it.session.table(&table)?
                }));
            }
            let st = r.borrow().clone();
            let format = if name == "load" {
                st.format
                    .clone()
                    .unwrap_or_else(|| it.session.default_source())
            } else {
                name.to_string()
            };
            let path = args.opt_str(0, "path")?;
            let df = if st.streaming {
                let mut rd = it.session.read_stream().format(&format);
                for (k, v) in &st.options {
                    rd = rd.option(k, v);
                }
                if let Some(s) = st.schema {
                    rd = rd.schema(SchemaSpec::Schema(s))?;
                }
                rd.load(path.as_deref())?
            } else {
                let mut rd = it.session.read().format(&format);
                for (k, v) in &st.options {
                    rd = rd.option(k, v);
                }
                if let Some(s) = st.schema {
                    rd = rd.schema(SchemaSpec::Schema(s))?;
                }
                rd.load(path.as_deref())?
            };
            return Ok(Value::DataFrame(df));
        }
        _ => {
            let class = if r.borrow().streaming {
                "DataStreamReader"
            } else {
                "DataFrameReader"
            };
            return Err(api::unsupported(class, name));
        }
    }
    Ok(Value::Reader(r))
}

fn writer_method(
    it: &Interpreter,
    w: Rc<RefCell<WriterState>>,
    name: &str,
    args: Args,
) -> Result<Value> {
    match name {
        "outputMode" | "mode" => {
            w.borrow_mut().mode = Some(args.str(0, "outputMode")?.to_ascii_lowercase())
        }
        "format" => w.borrow_mut().format = Some(args.str(0, "source")?.to_ascii_lowercase()),
        "option" => {
            let k = args.str(0, "key")?;
            let v = option_value(args.req(1, "value")?);
            w.borrow_mut().options.insert(k.to_ascii_lowercase(), v);
        }
        "options" => {
            for (k, v) in args.keywords() {
                w.borrow_mut()
                    .options
                    .insert(k.to_ascii_lowercase(), option_value(v));
            }
        }
        "queryName" => w.borrow_mut().query_name = Some(args.str(0, "queryName")?),
        "partitionBy" => w.borrow_mut().partition_by = names_of(&args)?,
        "insertInto" if !w.borrow().streaming => {
            let st = w.borrow().clone();
            let table = args.str(0, "tableName")?;
            // PySpark: overwrite=None keeps the writer's mode ("overwrite" replaces).
            let overwrite = match args.get(1, "overwrite") {
                Some(Value::None) | None => st.mode.as_deref() == Some("overwrite"),
                Some(v) => v.truthy(),
            };
            let mut options = st.options.clone();
            if !st.partition_by.is_empty() {
                options.insert("__partition_by".into(), st.partition_by.join(","));
            }
            runnel_core::logical::catalog::insert_into(&st.df, &table, overwrite, &options)?;
            return Ok(Value::None);
        }
        "trigger" => {
            // PySpark's DataStreamWriter.trigger: exactly one of the four, checked first.
            let given = args
                .keywords()
                .iter()
                .filter(|(k, v)| {
                    matches!(
                        k.as_str(),
                        "processingTime" | "once" | "continuous" | "availableNow"
                    ) && !matches!(v, Value::None)
                })
                .count();
            if given != 1 {
                return Err(RunnelError::execution(
                    "ONLY_ALLOW_SINGLE_TRIGGER",
                    "Only a single trigger is allowed; pass one of processingTime=, once=True, continuous= or availableNow=True.",
                )
                .with_exception("PySparkValueError"));
            }
            let t = if let Some((_, c)) = args
                .keywords()
                .iter()
                .find(|(k, v)| k == "continuous" && !matches!(v, Value::None))
            {
                let text = match c {
                    Value::Str(t) if !t.trim().is_empty() => t.clone(),
                    other => {
                        return Err(RunnelError::execution(
                            "VALUE_NOT_NON_EMPTY_STR",
                            format!(
                                "Value for `continuous` must be a non-empty string, got '{}'; give the checkpoint interval as a string, e.g. continuous=\"1 second\".",
                                other.to_py_str()
                            ),
                        )
                        .with_exception("PySparkValueError"));
                    }
                };
                let ms = interval_ms(&text)?;
                if ms < 0 {
                    return Err(RunnelError::execution_plain(
                        "requirement failed: the interval of trigger should not be negative; give a positive interval, e.g. continuous=\"1 second\"",
                    )
                    .with_exception("IllegalArgumentException"));
                }
                Trigger::Continuous(ms)
            } else if let Some(p) = args.keywords().iter().find(|(k, _)| k == "processingTime") {
                Trigger::ProcessingTime(interval_ms(&p.1.to_py_str())?)
            } else if args
                .keywords()
                .iter()
                .any(|(k, v)| k == "once" && v.truthy())
            {
                Trigger::Once
            } else if args
                .keywords()
                .iter()
                .any(|(k, v)| k == "availableNow" && v.truthy())
            {
                Trigger::AvailableNow
            } else {
                return Err(RunnelError::execution_plain(
                    "trigger() needs processingTime=, once=True or availableNow=True",
                ));
            };
            w.borrow_mut().trigger = Some(t);
        }
        "foreach" => {
            let f = args.req(0, "f")?.clone();
            let ok = match &f {
                Value::Function(_) | Value::Bound(..) => true,
                Value::Instance(_) => {
                    matches!(
                        crate::python::builtins::get_attr(it, f.clone(), "process"),
                        Ok(Value::Bound(..) | Value::Function(_))
                    )
                }
                _ => false,
            };
            if !ok {
                return Err(RunnelError::execution(
                    "NOT_CALLABLE",
                    format!(
                        "Argument `f` should be a function or an object with a `process` method, got {}.",
                        f.type_name()
                    ),
                )
                .with_exception("PySparkTypeError"));
            }
            w.borrow_mut().foreach_writer = Some(f);
        }
        "foreachBatch" => match args.req(0, "func")? {
            Value::Function(f) => w.borrow_mut().foreach = Some(f.clone()),
            other => return Err(type_error("foreachBatch", "func", "function", other)),
        },
        "start" | "toTable" | "save" | "json" | "parquet" | "csv" | "text" | "orc" | "xml"
        | "saveAsTable" => {
            let table = matches!(name, "toTable" | "saveAsTable");
            let path = if table {
                None
            } else {
                args.opt_str(0, "path")?
            };
            let table_name = if table {
                Some(args.str(0, "tableName")?)
            } else {
                None
            };
            // PySpark's keyword parameters of these methods; the rest are options.
            for (k, v) in args.keywords() {
                let mut st = w.borrow_mut();
                match k.as_str() {
                    "path" | "tableName" => {}
                    "format" if !matches!(v, Value::None) => {
                        st.format = Some(v.to_py_str().to_ascii_lowercase())
                    }
                    "outputMode" | "mode" if !matches!(v, Value::None) => {
                        st.mode = Some(v.to_py_str().to_ascii_lowercase())
                    }
                    "queryName" if !matches!(v, Value::None) => st.query_name = Some(v.to_py_str()),
                    "partitionBy" if !matches!(v, Value::None) => {
                        st.partition_by = match v {
                            Value::Str(c) => vec![c.clone()],
                            other => iterate(other)?.iter().map(|c| c.to_py_str()).collect(),
                        }
                    }
                    "format" | "outputMode" | "mode" | "queryName" | "partitionBy" => {}
                    _ => {
                        st.options.insert(k.to_ascii_lowercase(), option_value(v));
                    }
                }
            }
            let st = w.borrow().clone();
            if !st.streaming {
                let mut options = st.options.clone();
                if !st.partition_by.is_empty() {
                    options.insert("__partition_by".into(), st.partition_by.join(","));
                }
                if let Some(t) = &table_name {
                    runnel_core::logical::catalog::save_as_table(
                        &st.df,
                        t,
                        st.format.as_deref(),
                        st.mode.as_deref().unwrap_or("errorifexists"),
                        &options,
                    )?;
                    return Ok(Value::None);
                }
                let format = match name {
                    "save" => st
                        .format
                        .clone()
                        .unwrap_or_else(|| it.session.default_source()),
                    other => other.to_string(),
                };
                runnel_core::logical::readwrite::save_batch(
                    &st.df,
                    &format,
                    &options,
                    path.as_deref(),
                    st.mode.as_deref().unwrap_or("errorifexists"),
                )?;
                return Ok(Value::None);
            }
            let mut ws = st
                .df
                .write_stream()
                .output_mode(st.mode.as_deref().unwrap_or("append"));
            let format = match name {
                "start" | "toTable" => st.format.clone().unwrap_or_else(|| {
                    if st.foreach.is_some() {
                        "foreachbatch".into()
                    } else {
                        it.session.default_source()
                    }
                }),
                other => other.to_string(),
            };
            ws = ws.format(&format);
            for (k, v) in &st.options {
                ws = ws.option(k, v);
            }
            if !st.partition_by.is_empty() {
                ws = ws.option("__partition_by", &st.partition_by.join(","));
            }
            if let Some(n) = &st.query_name {
                ws = ws.query_name(n);
            }
            if let Some(t) = st.trigger {
                ws = ws.trigger(t);
            }
            if let Some(target) = st.foreach_writer.clone() {
                let sink = udf::ForeachSink {
                    interp: it.me.borrow().clone(),
                    target,
                    last_epoch: None,
                };
                ws = ws.sink(Rc::new(RefCell::new(sink)));
            }
            if let Some(f) = st.foreach.clone() {
                let me = it.me.borrow().clone();
                ws = ws.foreach_batch(Box::new(move |df, epoch| {
                    let interp = me.upgrade().ok_or_else(|| RunnelError::internal("the script's interpreter is gone"))?;
                    interp.call_function(&f, vec![Value::DataFrame(df.clone()), Value::Int(epoch)]).map(|_| ()).map_err(|e| {
                        let mut e = e;
                        e.message = format!("[FOREACH_BATCH_USER_FUNCTION_ERROR] An error occurred in the user provided function in foreach batch sink: {}", e.message);
                        e
                    })
                }));
            }
            if let Some(t) = &table_name {
                return Ok(Value::Query(ws.to_table(t)?));
            }
            return Ok(Value::Query(ws.start(path.as_deref())?));
        }
        _ => {
            let class = if w.borrow().streaming {
                "DataStreamWriter"
            } else {
                "DataFrameWriter"
            };
            return Err(api::unsupported(class, name));
        }
    }
    Ok(Value::Writer(w))
}

/// A binary operator where an operand is a Column: the Column expression.
pub(crate) fn object_binop(l: Value, op: Operator, r: Value) -> Result<Value> {
    let bop = match op {
        Operator::Add => BinaryOp::Plus,
        Operator::Sub => BinaryOp::Minus,
        Operator::Mult => BinaryOp::Multiply,
        Operator::Div => BinaryOp::Divide,
        Operator::Mod => BinaryOp::Modulo,
        Operator::BitAnd => BinaryOp::And,
        Operator::BitOr => BinaryOp::Or,
        Operator::Pow => {
            return Ok(Value::Column(func(
                "power",
                vec![to_col(&l, false)?, to_col(&r, false)?],
            )));
        }
        other => {
            return Err(RunnelError::not_supported(format!(
                "the operator {} on Columns",
                other.as_str()
            )));
        }
    };
    // PySpark's __radd__, __rmul__, __rand__ and __ror__ put the Column first
    // (`1 + col("id")` is `(id + 1)`); the other reflected operators keep the order.
    let swap = !matches!(l, Value::Column(_))
        && matches!(
            bop,
            BinaryOp::Plus | BinaryOp::Multiply | BinaryOp::And | BinaryOp::Or
        );
    let (l, r) = if swap { (r, l) } else { (l, r) };
    Ok(Value::Column(
        to_col(&l, false)?.binary(bop, to_col(&r, false)?),
    ))
}

/// A unary operator on a Column.
pub(crate) fn object_unaryop(op: UnaryOp, v: Value) -> Result<Value> {
    Ok(match (op, v) {
        (UnaryOp::Not, Value::Column(_)) => return Err(column_bool_error()),
        (UnaryOp::USub, Value::Column(e)) => Value::Column(func("negative", vec![e.strip_alias()])),
        (UnaryOp::Invert, Value::Column(e)) => Value::Column(Expr::Not(Box::new(e))),
        (UnaryOp::UAdd, v) => v,
        (_, v) => {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: bad operand type for unary operator: '{}'",
                v.type_name()
            )));
        }
    })
}

/// A comparison where an operand is a Column: the Column expression.
pub(crate) fn object_compare(l: &Value, op: CmpOp, r: &Value) -> Result<Value> {
    let bop = match op {
        CmpOp::Eq => BinaryOp::Eq,
        CmpOp::NotEq => BinaryOp::NotEq,
        CmpOp::Lt => BinaryOp::Lt,
        CmpOp::LtE => BinaryOp::LtEq,
        CmpOp::Gt => BinaryOp::Gt,
        CmpOp::GtE => BinaryOp::GtEq,
        _ => return Err(column_bool_error()),
    };
    Ok(Value::Column(
        to_col(l, false)?.binary(bop, to_col(r, false)?),
    ))
}

/// `df.name` / `df["name"]`: the column as that DataFrame has it.
fn df_column(df: &runnel_core::DataFrame, name: &str) -> Expr {
    df.column_ref(name)
}

/// `obj[key]` on a DataFrame (a column, a selection, a filter) or a Column (a field, an element).
pub(crate) fn object_subscript(obj: Value, key: Value) -> Result<Value> {
    Ok(match (&obj, &key) {
        (Value::DataFrame(df), Value::Str(name)) => {
            runnel_core::expr::bind::resolve_column(name, &df.schema())?;
            Value::Column(df_column(df, name))
        }
        (Value::DataFrame(df), Value::List(_)) => {
            let cols = iterate(&key)?
                .iter()
                .map(|v| to_col(v, true))
                .collect::<Result<Vec<_>>>()?;
            Value::DataFrame(df.select(cols)?)
        }
        (Value::DataFrame(df), Value::Column(e)) => Value::DataFrame(df.filter(e.clone())?),
        (Value::Column(e), Value::Str(f)) => {
            Value::Column(Expr::Field(Box::new(e.clone()), f.clone()))
        }
        (Value::Column(e), k) => Value::Column(Expr::Index(
            Box::new(e.clone()),
            Box::new(to_col(k, false)?),
        )),
        _ => {
            return Err(RunnelError::execution_plain(format!(
                "TypeError: '{}' object is not subscriptable",
                obj.type_name()
            )));
        }
    })
}

/// PySpark's `_create_lambda`: a Python function given to a higher-order function
/// (`transform(col, lambda x: x + 1)`) is called once with lambda variables (`x`, `y`,
/// `z`, as many as it has parameters), and the Column it returns is the lambda's body.
fn lambdas(it: &Interpreter, fname: &str, mut args: Args) -> Result<Args> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let values = args
        .pos
        .iter_mut()
        .chain(args.kw.iter_mut().map(|(_, v)| v));
    for v in values {
        let Value::Function(f) = v else { continue };
        let n = f.params.len();
        if !(1..=3).contains(&n) || f.vararg.is_some() {
            return Err(RunnelError::execution(
                "INVALID_NUMBER_OF_ARGUMENTS",
                format!(
                    "Function `{}` should take between 1 and 3 arguments, but the provided function takes {n}. Give the lambda of {fname}() one to three parameters.",
                    f.name
                ),
            ));
        }
        let names: Vec<String> = ["x", "y", "z"][..n]
            .iter()
            .map(|p| {
                let id = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                format!("{p}_{id}")
            })
            .collect();
        let vars = names
            .iter()
            .map(|u| Value::Column(Expr::LambdaVar(u.clone())))
            .collect();
        let body = match it.call_function(f, vars)? {
            Value::Column(e) => e,
            other => {
                return Err(RunnelError::execution(
                    "HIGHER_ORDER_FUNCTION_SHOULD_RETURN_COLUMN",
                    format!(
                        "Function `{}` should return Column, got {}. Build the result from the lambda's parameters and pyspark.sql.functions (wrap constants in lit()).",
                        f.name,
                        other.type_name()
                    ),
                ));
            }
        };
        *v = Value::Column(Expr::Lambda {
            params: names,
            body: Box::new(body),
        });
    }
    Ok(args)
}

fn call_builtin(it: &Interpreter, name: &str, args: Args) -> Result<Value> {
    if let Some(v) = datasource::construct(name, &args)? {
        return Ok(v);
    }
    match name {
        "functions.udf" => return udf::udf_builtin(it, &args),
        // A join hint: the rows are the same with or without it.
        "functions.broadcast" => {
            return match args.req(0, "df")? {
                v @ Value::DataFrame(_) => Ok(v.clone()),
                other => Err(RunnelError::execution_plain(format!(
                    "TypeError: broadcast() takes a DataFrame, not {}",
                    other.type_name()
                ))
                .with_exception("TypeError")),
            };
        }
        "functions.pandas_udf" | "functions.PandasUDFType" => {
            return Err(RunnelError::not_supported(
                "pandas_udf (Runnel's runner has no pandas or Arrow batches in Python); write the function for one row and wrap it with udf(f, returnType)",
            ));
        }
        "functions.udtf" | "functions.unwrap_udt" => {
            return Err(RunnelError::not_supported(format!(
                "{name}; use udf(f, returnType) and call it on columns"
            )));
        }
        _ => {}
    }
    if let Some(id) = name
        .strip_prefix("udf.")
        .and_then(|n| n.parse::<usize>().ok())
    {
        let mut cols = Vec::new();
        for v in &args.pos {
            cols.push(to_col(v, true)?);
        }
        if let Some((k, _)) = args.keywords().first() {
            return Err(RunnelError::not_supported(format!(
                "keyword argument `{k}` of a UDF call; pass its columns in order"
            )));
        }
        return Ok(Value::Column(udf::call_column(id, cols)));
    }
    if let Some(f) = name.strip_prefix("functions.") {
        let args = lambdas(it, f, args)?;
        return functions(f, &args).map(Value::Column);
    }
    if let Some(t) = name.strip_prefix("types.") {
        return type_ctor(t, &args);
    }
    Ok(match name {
        // `Row(1, "a")`: a Row of positions only, which PySpark's schema inference reads
        // as a tuple (fields `_1`, `_2`, ...).
        "Row" if args.kw.is_empty() && !args.pos.is_empty() => Value::Tuple(args.pos.clone()),
        "Row" => Value::Row(Rc::new(
            args.keywords()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        )),
        "sparkContext" => Value::None,
        "Observation" => {
            // PySpark names an unnamed Observation with a fresh UUID.
            let name = match args.get(0, "name") {
                None | Some(Value::None) => crate::python::stdlib::uuid4(it),
                Some(Value::Str(n)) if !n.is_empty() => n.clone(),
                Some(Value::Str(_)) => {
                    return Err(RunnelError::execution(
                        "VALUE_NOT_NON_EMPTY_STR",
                        "Value for `name` must be a non-empty string, got ''. Give the Observation a name, or none.",
                    )
                    .with_exception("PySparkValueError"));
                }
                Some(v) => return Err(type_error("Observation", "name", "str", v)),
            };
            udf::instance(
                "Observation",
                vec![
                    ("_name".into(), Value::Str(name)),
                    ("_used".into(), Value::Bool(false)),
                ],
            )
        }
        _ => return Err(RunnelError::not_supported(format!("{name}()"))),
    })
}

/// `spark.catalog`: the session's tables and temp views.
fn catalog_method(it: &Interpreter, name: &str, args: &Args) -> Result<Value> {
    let s = &it.session;
    Ok(match name {
        "tableExists" => {
            let t = args.str(0, "tableName")?;
            let t = match args.get(1, "dbName") {
                Some(Value::Str(db)) => format!("{db}.{t}"),
                _ => t,
            };
            Value::Bool(s.table_exists(&t))
        }
        "listTables" => Value::list(
            s.list_tables()
                .into_iter()
                .map(|t| {
                    udf::instance(
                        "Table",
                        vec![
                            ("name".into(), Value::Str(t.name)),
                            (
                                "catalog".into(),
                                if t.is_temporary {
                                    Value::None
                                } else {
                                    Value::Str("spark_catalog".into())
                                },
                            ),
                            (
                                "namespace".into(),
                                Value::list(if t.is_temporary {
                                    vec![]
                                } else {
                                    vec![Value::Str("default".into())]
                                }),
                            ),
                            ("description".into(), Value::None),
                            ("tableType".into(), Value::Str(t.table_type.into())),
                            ("isTemporary".into(), Value::Bool(t.is_temporary)),
                        ],
                    )
                })
                .collect(),
        ),
        "dropTempView" => Value::Bool(s.drop_view(&args.str(0, "viewName")?, true)?),
        "currentDatabase" => Value::Str("default".into()),
        "currentCatalog" => Value::Str("spark_catalog".into()),
        _ => {
            return Err(RunnelError::not_supported(format!(
                "spark.catalog.{name}; Runnel's catalog has tableExists, listTables, dropTempView, currentDatabase and currentCatalog (and spark.sql(\"DROP TABLE ...\"))"
            )));
        }
    })
}

fn call_method(it: &Interpreter, recv: Value, name: &str, args: Args) -> Result<Value> {
    match recv {
        Value::Builder => Ok(match name {
            "getOrCreate" => Value::Session,
            // The master is kept as spark.master: local[N] is the default parallelism
            // (the rate sources' numPartitions), as in Spark.
            "master" => {
                if let Ok(m) = args.str(0, "master") {
                    it.session.conf_set("spark.master", &m)?;
                }
                Value::Builder
            }
            "config" => {
                if let (Ok(k), Some(v)) = (args.str(0, "key"), args.get(1, "value")) {
                    it.session.conf_set(&k, &option_value(v))?;
                }
                Value::Builder
            }
            _ => Value::Builder,
        }),
        Value::Session => session_method(it, name, args),
        Value::Conf => Ok(match name {
            "set" => {
                let (key, value) = (args.str(0, "key")?, option_value(args.req(1, "value")?));
                if key.eq_ignore_ascii_case("spark.sql.ansi.enabled")
                    && value.eq_ignore_ascii_case("false")
                {
                    it.host.print_err(
                        &it.session,
                        "WARN Runnel: spark.sql.ansi.enabled=false is not supported and is ignored: Runnel runs in ANSI mode (Spark 4's default), so a malformed cast or an overflow fails the query where Spark would give NULL. Use try_cast / try_* functions to get NULL for such rows.\n",
                    );
                }
                it.session.conf_set(&key, &value)?;
                Value::None
            }
            "get" => it
                .session
                .conf_get(&args.str(0, "key")?)
                .map(Value::Str)
                .or_else(|| args.get(1, "default").cloned())
                .unwrap_or(Value::None),
            "unset" => {
                it.session.conf_unset(&args.str(0, "key")?);
                Value::None
            }
            _ => return Err(api::unsupported("RuntimeConfig", name)),
        }),
        Value::Streams => match name {
            "awaitAnyTermination" => {
                let timeout = args
                    .get(0, "timeout")
                    .and_then(py_num)
                    .map(|s| (s * 1000.0) as i64);
                let qs: Vec<_> = it
                    .session
                    .queries()
                    .into_iter()
                    .filter(|q| q.is_active())
                    .collect();
                Ok(Value::Bool(it.host.await_termination(
                    &it.session,
                    &qs,
                    timeout,
                )?))
            }
            "resetTerminated" => Ok(Value::None),
            // The active query with this id, else None (Spark keeps only active ones).
            "get" => {
                // PySpark hands the argument to py4j, which takes only a string here (the
                // guide's `spark.streams.get(id)` passes the builtin `id`).
                match args.req(0, "id")? {
                    Value::Str(_) => {}
                    other => {
                        let t = match other {
                            Value::Builtin(_) => "builtin_function_or_method".to_string(),
                            v => v.type_name().to_string(),
                        };
                        return Err(RunnelError::execution_plain(format!(
                            "AttributeError: '{t}' object has no attribute '_get_object_id' (spark.streams.get takes a query's id, a string: query.id)"
                        ))
                        .with_exception("AttributeError"));
                    }
                }
                let id = args.str(0, "id")?;
                if id.len() != 36
                    || id.split('-').map(str::len).collect::<Vec<_>>() != [8, 4, 4, 4, 12]
                {
                    return Err(RunnelError::execution_plain(format!(
                        "IllegalArgumentException: Invalid UUID string: {id} (a query's id, as query.id gives it)"
                    ))
                    .with_exception("IllegalArgumentException"));
                }
                Ok(it
                    .session
                    .queries()
                    .into_iter()
                    .find(|q| q.is_active() && q.id() == id)
                    .map_or(Value::None, Value::Query))
            }
            "addListener" => {
                let listener = args.req(0, "listener")?.clone();
                if !matches!(listener, Value::Instance(_)) {
                    return Err(type_error(
                        "addListener",
                        "listener",
                        "StreamingQueryListener",
                        &listener,
                    ));
                }
                let id = it
                    .session
                    .add_listener(udf::listener(it.me.borrow().clone(), listener.clone()));
                udf::LISTENERS.with(|l| l.borrow_mut().push((listener, id)));
                Ok(Value::None)
            }
            "removeListener" => {
                let listener = args.req(0, "listener")?.clone();
                let found = udf::LISTENERS.with(|ls| {
                    let mut ls = ls.borrow_mut();
                    let k = ls.iter().position(|(l, _)| match (l, &listener) {
                        (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
                        _ => false,
                    })?;
                    Some(ls.remove(k).1)
                });
                if let Some(id) = found {
                    it.session.remove_listener(id);
                }
                Ok(Value::None)
            }
            _ => Err(api::unsupported("StreamingQueryManager", name)),
        },
        Value::DataFrame(df) => df_method(it, df, name, args),
        Value::Grouped(g) => grouped_method(&g, name, args),
        Value::Column(e) => column_method(e, name, args),
        Value::Window(w) => window_method(&w, name, &args),
        Value::Reader(r) => reader_method(it, r, name, args),
        Value::Writer(w) => writer_method(it, w, name, args),
        Value::Query(q) => match name {
            "awaitTermination" => {
                let timeout = args
                    .get(0, "timeout")
                    .and_then(py_num)
                    .map(|s| (s * 1000.0) as i64);
                let done = it
                    .host
                    .await_termination(&it.session, std::slice::from_ref(&q), timeout)
                    .map_err(|e| match q.exception() {
                        Some(_) => stream_failed(&q, e),
                        None => e,
                    })?;
                if let Some(e) = q.exception() {
                    return Err(stream_failed(&q, e));
                }
                Ok(if timeout.is_some() {
                    Value::Bool(done)
                } else {
                    Value::None
                })
            }
            "processAllAvailable" => {
                q.process_all_available().map_err(|e| match q.exception() {
                    Some(_) => stream_failed(&q, e),
                    None => e,
                })?;
                Ok(Value::None)
            }
            "stop" => {
                q.stop();
                Ok(Value::None)
            }
            // PySpark's StreamingQueryException (its getCondition() is None there).
            "exception" => Ok(q
                .exception()
                .map(|e| {
                    // str() of it is the cause's message alone, as PySpark 4.3's.
                    let mut e = stream_failed(&q, e);
                    if let Some((_, cause)) = e.message.split_once("terminated with exception: ") {
                        e.message = cause.to_string();
                    }
                    e.condition = None;
                    e.location = None;
                    it.exception_value(&e)
                })
                .unwrap_or(Value::None)),
            "explain" => {
                let extended = args.bool_or(0, "extended", false);
                it.session.print(&q.explain_string(extended));
                Ok(Value::None)
            }
            _ => Err(api::unsupported("StreamingQuery", name)),
        },
        // The SparkContext's job tags: a started query's `QueryStartedEvent.jobTags`.
        Value::Builtin(b) if b == "sparkContext" => match name {
            "addJobTag" => it
                .session
                .add_tag(&args.str(0, "tag")?)
                .map(|_| Value::None),
            "removeJobTag" => it
                .session
                .remove_tag(&args.str(0, "tag")?)
                .map(|_| Value::None),
            "clearJobTags" => {
                it.session.clear_tags();
                Ok(Value::None)
            }
            "getJobTags" => Ok(tag_set(&it.session)),
            // Settings of the JVM's jobs: nothing to set in Runnel.
            "setLogLevel"
            | "setLocalProperty"
            | "setJobDescription"
            | "setJobGroup"
            | "setInterruptOnCancel"
            | "cancelAllJobs"
            | "cancelJobGroup"
            | "setCheckpointDir"
            | "stop" => Ok(Value::None),
            // The rest makes RDDs (textFile, parallelize, ...), which Runnel does not have.
            _ => Err(RunnelError::not_supported(format!(
                "SparkContext.{name}; Runnel has no RDDs: read files with spark.read (text, csv, json, ...) and make DataFrames with spark.createDataFrame"
            ))),
        },
        // StructType.fromDDL("a INT NOT NULL, ..."): the schema as Spark's DataType.fromDDL
        // reads it, NOT NULL kept (a lone type, `int`, is that type).
        Value::Builtin(b) if b == "types.StructType" && name == "fromDDL" => {
            let ddl = args.str(0, "ddl")?;
            match types::parse_ddl_schema_not_null(&ddl) {
                Ok(s) => Ok(Value::Type(DataType::Struct(s.fields().clone()))),
                Err(e) => types::parse_data_type(&ddl).map(Value::Type).map_err(|_| e),
            }
        }
        // `StructType.fromJson(schema.jsonValue())`, and the other types' (a field's too).
        Value::Builtin(b) if b.starts_with("types.") && name == "fromJson" => {
            let json = crate::python::stdlib::json_value(it, args.req(0, "json")?)?;
            if b == "types.StructField" {
                let one = serde_json::json!({"type": "struct", "fields": [json]});
                return match types::from_spark_json(&one)? {
                    DataType::Struct(f) => Ok(Value::StructField(f[0].as_ref().clone())),
                    _ => Err(RunnelError::internal("a struct of one field")),
                };
            }
            types::from_spark_json(&json).map(Value::Type)
        }
        Value::Builtin(b) if b == "catalog" => catalog_method(it, name, &args),
        Value::Builtin(b) if b == "spark.dataSource" => match name {
            "register" => datasource::register(it, &args),
            _ => Err(RunnelError::execution_plain(format!(
                "AttributeError: 'DataSourceRegistration' object has no attribute '{name}'"
            ))
            .with_exception("AttributeError")),
        },
        Value::Builtin(b) if b == "spark.udf" => match name {
            "register" => udf::register_builtin(it, &args),
            _ => Err(RunnelError::not_supported(format!(
                "spark.udf.{name}; register a Python function with spark.udf.register(name, f, returnType)"
            ))),
        },
        Value::Builtin(b) if b.starts_with("udf.") => match name {
            // Runnel treats every UDF as it runs it: row by row, in order.
            "asNondeterministic" => Ok(Value::Builtin(b)),
            _ => Err(RunnelError::execution_plain(format!(
                "AttributeError: 'function' object has no attribute '{name}'"
            ))),
        },
        Value::StructField(f) => {
            let one = DataType::Struct(vec![f.clone()].into());
            match name {
                // PySpark's `name:type`.
                "simpleString" => Ok(Value::Str(format!(
                    "{}:{}",
                    f.name(),
                    types::simple_string(f.data_type())
                ))),
                "jsonValue" | "json" => {
                    let j = types::spark_json(&one)["fields"][0].clone();
                    Ok(match name {
                        "json" => Value::Str(sorted_json(&j)),
                        _ => crate::python::stdlib::json_item(j),
                    })
                }
                "typeName" => Err(RunnelError::execution_plain(
                    "PySparkTypeError: [NOT_IMPLEMENTED] StructField does not have typeName. Use typeName on its type explicitly instead.",
                )
                .with_exception("PySparkTypeError")),
                _ => Err(RunnelError::execution_plain(format!(
                    "AttributeError: 'StructField' object has no attribute '{name}'"
                ))
                .with_exception("AttributeError")),
            }
        }
        Value::Type(t) if name == "__udf_decorator__" => {
            let f = args.req(0, "f")?.clone();
            udf::udf_builtin(
                it,
                &Args::new(vec![f, Value::Type(t)], vec![], "udf".into()),
            )
        }
        Value::Type(t) => match (name, t) {
            ("add", DataType::Struct(f)) => {
                let mut fields: Vec<Field> = f.iter().map(|x| x.as_ref().clone()).collect();
                match args.req(0, "field")? {
                    Value::StructField(sf) => fields.push(sf.clone()),
                    Value::Str(n) => fields.push(Field::new(
                        n,
                        type_of(args.req(1, "data_type")?)?,
                        args.bool_or(2, "nullable", true),
                    )),
                    other => return Err(type_error("add", "field", "str or StructField", other)),
                }
                Ok(Value::Type(DataType::Struct(fields.into())))
            }
            ("simpleString", t) => Ok(Value::Str(types::simple_string(&t))),
            ("typeName", t) => Ok(Value::Str(crate::python::value::type_name_of(&t))),
            ("fieldNames", DataType::Struct(f)) => Ok(Value::list(
                f.iter().map(|x| Value::Str(x.name().clone())).collect(),
            )),
            // PySpark's `json.dumps(self.jsonValue(), separators=(",", ":"), sort_keys=True)`.
            ("json", t) => Ok(Value::Str(sorted_json(&types::spark_json(&t)))),
            ("jsonValue", t) => Ok(crate::python::stdlib::json_item(types::spark_json(&t))),
            (n, _) => Err(RunnelError::not_supported(format!("DataType.{n}"))),
        },
        Value::Json(j) => Ok(match name {
            "get" => j
                .get(args.str(0, "key")?)
                .cloned()
                .map(crate::python::stdlib::json_item)
                .or_else(|| args.get(1, "default").cloned())
                .unwrap_or(Value::None),
            // As PySpark 4.3's: `json.dumps` of Spark's JSON (which leaves an empty
            // `eventTime` or `observedMetrics` out), `indent=4` for prettyJson.
            "json" => Value::Str(crate::python::stdlib::progress_json(&j)),
            "prettyJson" => Value::Str(crate::python::stdlib::progress_pretty_json(&j)),
            // StreamingQueryProgress and its parts are dicts (PySpark 4).
            "keys" | "values" | "items" | "copy" => {
                let serde_json::Value::Object(m) = j else {
                    return Err(RunnelError::execution_plain(format!(
                        "AttributeError: 'list' object has no attribute '{name}'"
                    )));
                };
                let kv = m
                    .into_iter()
                    .map(|(k, v)| (Value::Str(k), crate::python::stdlib::json_item(v)));
                match name {
                    "keys" => Value::list(kv.map(|(k, _)| k).collect()),
                    "values" => Value::list(kv.map(|(_, v)| v).collect()),
                    "items" => Value::list(kv.map(|(k, v)| Value::Tuple(vec![k, v])).collect()),
                    _ => Value::dict(kv.collect()),
                }
            }
            _ => return Err(RunnelError::not_supported(format!("progress.{name}"))),
        }),
        Value::Row(r) => Ok(match name {
            "asDict" => Value::dict(
                r.iter()
                    .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                    .collect(),
            ),
            _ => {
                return Err(RunnelError::execution_plain(format!(
                    "AttributeError: Row has no field '{name}'"
                )));
            }
        }),
        other => Err(RunnelError::execution_plain(format!(
            "AttributeError: '{}' object has no attribute '{name}'",
            other.type_name()
        ))),
    }
}

/// A Column nested deeper than the binder takes is refused where the script builds it:
/// each step of a chain copies the expression, so a loop of 100,000 `c = c + 1` would
/// take hours before reaching the binder's refusal.
fn shallow(v: Result<Value>) -> Result<Value> {
    match v {
        Ok(Value::Column(e)) if e.deeper_than(runnel_core::expr::bind::MAX_EXPR_DEPTH) => {
            Err(runnel_core::expr::bind::too_deep())
        }
        v => v,
    }
}

fn call_builtin_shallow(it: &Interpreter, name: &str, args: Args) -> Result<Value> {
    shallow(call_builtin(it, name, args))
}

fn call_method_shallow(it: &Interpreter, recv: Value, name: &str, args: Args) -> Result<Value> {
    shallow(call_method(it, recv, name, args))
}

fn binop_shallow(l: Value, op: Operator, r: Value) -> Result<Value> {
    shallow(object_binop(l, op, r))
}

fn unaryop_shallow(op: UnaryOp, v: Value) -> Result<Value> {
    shallow(object_unaryop(op, v))
}

fn compare_shallow(l: &Value, op: CmpOp, r: &Value) -> Result<Value> {
    shallow(object_compare(l, op, r))
}

fn subscript_shallow(obj: Value, key: Value) -> Result<Value> {
    shallow(object_subscript(obj, key))
}

/// The PySpark bindings of the Python interpreter.
pub(crate) static BINDINGS: Bindings = Bindings {
    get_attr,
    call_builtin: call_builtin_shallow,
    call_method: call_method_shallow,
    binop: binop_shallow,
    unaryop: unaryop_shallow,
    compare: compare_shallow,
    subscript: subscript_shallow,
    truth_error: column_bool_error,
    check_module,
    module_attr,
    star_import,
};

impl Interpreter {
    /// An interpreter for PySpark scripts on `session`; `host` decides how waiting works.
    pub fn new(
        session: runnel_core::SparkSession,
        host: Rc<dyn crate::python::interp::Host>,
    ) -> Rc<Interpreter> {
        udf::install();
        Interpreter::with_bindings(session, host, &BINDINGS)
    }
}
