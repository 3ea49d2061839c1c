//! Python data sources (`pyspark.sql.datasource`, `pyspark.sql.streaming.datasource`):
//! a script's `DataSource` class registered with `spark.dataSource.register(cls)` and
//! read by name with `spark.read.format(name).load()` or
//! `spark.readStream.format(name).load()`.
//!
//! The classes PySpark defines (`DataSource`, `DataSourceReader`,
//! `DataSourceStreamReader`, `SimpleDataSourceStreamReader`, `InputPartition`, the
//! `ReadLimit`s) are built-in bases (`Value::Builtin("class.DataSource")`, ...) a
//! script's classes derive from; what PySpark's base methods do when a class does not
//! override them is done here (`name()` is the class's name, `getDefaultReadLimit()`
//! is `ReadAllAvailable()`, `commit` does nothing, the others raise PySpark's
//! `NOT_IMPLEMENTED`).
//!
//! A streaming reader is a source of the engine like any other ([`PythonStreamSource`]):
//! its offsets are the reader's dicts as JSON, written to the offset log, so a query
//! with a checkpoint restarts where it stopped; each trigger asks
//! `latestOffset(start, limit)` with the reader's `getDefaultReadLimit()` (Spark's
//! admission control: `ReadAllAvailable()` under `Trigger.Once`), a batch reads the
//! rows of `partitions(start, end)` with `read(partition)`, and `commit(end)` follows
//! each batch. A `SimpleDataSourceStreamReader` is run as PySpark's wrapper runs it:
//! `read(start)` gives the rows and the end offset at once; a batch replayed after a
//! restart reads `readBetweenOffsets(start, end)`.
//!
//! Everything runs on the interpreter's thread (the engine's sources are `Rc`), as
//! UDFs do; the reader's Python objects are the ones the script made.

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::{DataType, Schema, SchemaRef};
use runnel_core::error::{Result, RunnelError};
use runnel_core::exec::executor::Trigger;
use runnel_core::io::source::{Offset, Source, SourceRef};
use runnel_core::session::{DataSourceProvider, SinkRequest, SourceRequest};
use runnel_core::types;

use crate::python::args::Args;
use crate::python::builtins::{call, get_attr, is_instance};
use crate::python::interp::Interpreter;
use crate::python::value::{PyClass, PyObject, Value};

/// The names `pyspark.sql.datasource` and `pyspark.sql.streaming.datasource` give.
const CLASSES: &[&str] = &[
    "DataSource",
    "DataSourceReader",
    "DataSourceStreamReader",
    "SimpleDataSourceStreamReader",
    "InputPartition",
    "DataSourceWriter",
    "DataSourceArrowWriter",
    "DataSourceStreamWriter",
    "DataSourceStreamArrowWriter",
    "WriterCommitMessage",
    "DataSourceRegistration",
    "CaseInsensitiveDict",
    "Filter",
    "EqualTo",
    "EqualNullSafe",
    "GreaterThan",
    "GreaterThanOrEqual",
    "LessThan",
    "LessThanOrEqual",
    "In",
    "IsNull",
    "IsNotNull",
    "Not",
    "StringStartsWith",
    "StringEndsWith",
    "StringContains",
];

/// `pyspark.sql.streaming.datasource`'s read limits (dataclasses) and their one field.
const LIMITS: &[(&str, Option<&str>)] = &[
    ("ReadAllAvailable", None),
    ("ReadMinRows", Some("min_rows")),
    ("ReadMaxRows", Some("max_rows")),
    ("ReadMaxFiles", Some("max_files")),
    ("ReadMaxBytes", Some("max_bytes")),
];

/// Whether `module` is one of the two data source modules.
pub(crate) fn is_module(module: &str) -> bool {
    matches!(
        module,
        "pyspark.sql.datasource" | "pyspark.sql.streaming.datasource"
    )
}

/// `from pyspark.sql[.streaming].datasource import name`.
pub(crate) fn module_attr(module: &str, name: &str) -> Result<Value> {
    let known = match module {
        "pyspark.sql.datasource" => CLASSES.contains(&name),
        _ => {
            LIMITS.iter().any(|(n, _)| *n == name)
                || name == "ReadLimit"
                || name == "SupportsTriggerAvailableNow"
        }
    };
    if !known {
        return Err(RunnelError::execution_plain(format!(
            "ImportError: cannot import name '{name}' from '{module}'"
        ))
        .with_exception("ImportError"));
    }
    Ok(Value::Builtin(format!("class.{name}")))
}

/// An object of one of PySpark's classes here (its class derives from the built-in
/// class and its bases, so `isinstance` sees them).
fn object(class: &str, bases: &[&str], attrs: Vec<(String, Value)>) -> Value {
    let class = Rc::new(PyClass {
        name: class.to_string(),
        bases: bases
            .iter()
            .map(|b| Value::Builtin(format!("class.{b}")))
            .collect(),
        attrs: RefCell::new(vec![]),
    });
    Value::Instance(Rc::new(PyObject {
        class,
        attrs: RefCell::new(attrs),
    }))
}

/// A read limit: `ReadMaxRows(20)`, `ReadAllAvailable()`.
fn read_limit(name: &str, value: Option<i64>) -> Value {
    let field = LIMITS
        .iter()
        .find(|(n, _)| *n == name)
        .and_then(|(_, f)| *f);
    let attrs = match (field, value) {
        (Some(f), Some(v)) => vec![(f.to_string(), Value::Int(v))],
        _ => vec![],
    };
    object(name, &[name, "ReadLimit"], attrs)
}

/// Calls of PySpark's classes here (`InputPartition(value)`, `ReadMaxRows(n)`); None
/// for another name.
pub(crate) fn construct(name: &str, args: &Args) -> Result<Option<Value>> {
    let Some(class) = name.strip_prefix("class.") else {
        return Ok(None);
    };
    if class == "InputPartition" {
        let v = args.get(0, "value").cloned().unwrap_or(Value::None);
        return Ok(Some(object(
            "InputPartition",
            &["InputPartition"],
            vec![("value".into(), v)],
        )));
    }
    if let Some((n, field)) = LIMITS.iter().find(|(n, _)| *n == class) {
        let value = match field {
            Some(f) => Some(args.int(0, f)?),
            None => None,
        };
        return Ok(Some(read_limit(n, value)));
    }
    if CLASSES.contains(&class) || class == "ReadLimit" || class == "SupportsTriggerAvailableNow" {
        return Err(RunnelError::not_supported(format!(
            "calling pyspark's {class} itself; define a class that derives from it"
        )));
    }
    Ok(None)
}

/// The error PySpark's base methods raise for what a class must implement.
fn not_implemented(feature: &str) -> RunnelError {
    RunnelError::execution("NOT_IMPLEMENTED", format!("{feature} is not implemented."))
        .with_exception("PySparkNotImplementedError")
}

/// `obj.name` when the script's class (or a base of the script's) defines it; None when
/// only PySpark's base would.
fn own_method(it: &Interpreter, obj: &Value, name: &str) -> Result<Option<Value>> {
    let defined = match obj {
        Value::Instance(o) => o.get(name).is_some() || o.class.lookup(name).is_some(),
        Value::Class(c) => c.lookup(name).is_some(),
        _ => false,
    };
    if !defined {
        return Ok(None);
    }
    get_attr(it, obj.clone(), name).map(Some)
}

/// Calls a method the class must implement (PySpark's `NOT_IMPLEMENTED` otherwise).
fn call_required(it: &Interpreter, obj: &Value, name: &str, args: Vec<Value>) -> Result<Value> {
    call_required_kw(it, obj, name, args, vec![])
}

fn call_required_kw(
    it: &Interpreter,
    obj: &Value,
    name: &str,
    args: Vec<Value>,
    kw: Vec<(String, Value)>,
) -> Result<Value> {
    match own_method(it, obj, name)? {
        Some(f) => call(it, f, args, kw),
        None => Err(not_implemented(name)),
    }
}

/// Spark's error for a data source's Python code failing while a read is planned:
/// `PYTHON_DATA_SOURCE_ERROR` (an AnalysisException) with Python's error.
fn planning_error(it: &Interpreter, action: &str, what: &str, e: RunnelError) -> RunnelError {
    if e.condition.as_deref() == Some("PYTHON_DATA_SOURCE_ERROR") {
        return e;
    }
    let python = super::udf::python_error(it, e, "PythonException");
    let text = python
        .message
        .strip_prefix("An exception was thrown from the Python worker: ")
        .unwrap_or(&python.message)
        .to_string();
    let mut out = RunnelError::analysis(
        "PYTHON_DATA_SOURCE_ERROR",
        format!("Failed to {action} Python data source {what}: {text}"),
    );
    out.location = python.location;
    out
}

/// Spark's error for a streaming reader's method failing while the query runs:
/// `PYTHON_STREAMING_DATA_SOURCE_RUNTIME_ERROR` with Python's error (the query stops with it).
fn streaming_error(it: &Interpreter, action: &str, e: RunnelError) -> RunnelError {
    if matches!(
        e.condition.as_deref(),
        Some("PYTHON_STREAMING_DATA_SOURCE_RUNTIME_ERROR" | "PYTHON_EXCEPTION")
    ) {
        return e;
    }
    let python = super::udf::python_error(it, e, "StreamingQueryException");
    let text = python
        .message
        .strip_prefix("An exception was thrown from the Python worker: ")
        .unwrap_or(&python.message)
        .to_string();
    let mut out = RunnelError::execution(
        "PYTHON_STREAMING_DATA_SOURCE_RUNTIME_ERROR",
        format!("Failed when Python streaming data source perform {action}: {text}"),
    )
    .with_exception("StreamingQueryException");
    out.location = python.location;
    out
}

/// A reader of the script's class: PySpark's readers are abstract classes whose `read`
/// a class must define (Python refuses to make an object of one that does not).
fn check_reader(reader: &Value, base: &str) -> Result<()> {
    if let Value::Instance(o) = reader
        && o.class.builtin_bases().iter().any(|b| b == base)
        && o.class.lookup("read").is_none()
    {
        return Err(RunnelError::execution_plain(format!(
            "TypeError: Can't instantiate abstract class {} with abstract method read",
            o.class.name
        ))
        .with_exception("TypeError"));
    }
    Ok(())
}

/// A registered data source: its name and class.
struct Registered {
    name: String,
    class: Rc<PyClass>,
}

/// The session's Python data sources (a provider of the engine for their names).
struct PythonSources {
    interp: Weak<Interpreter>,
    sources: RefCell<Vec<Registered>>,
}

thread_local! {
    /// The providers registered on the sessions of this thread's interpreters, one each.
    static PROVIDERS: RefCell<Vec<Rc<PythonSources>>> = const { RefCell::new(Vec::new()) };
}

/// `spark.dataSource.register(cls)`.
pub(crate) fn register(it: &Interpreter, args: &Args) -> Result<Value> {
    let cls = args.req(0, "dataSource")?;
    // PySpark's register calls `dataSource.name()` first (an AttributeError for a class
    // without one), and Spark checks the class when it makes the data source.
    let Value::Class(class) = cls else {
        return Err(RunnelError::execution_plain(format!(
            "AttributeError: '{}' object has no attribute 'name'",
            cls.type_name()
        ))
        .with_exception("AttributeError"));
    };
    let class = class.clone();
    let is_source = class
        .builtin_bases()
        .iter()
        .any(|b| b == "class.DataSource");
    let name = match own_method(it, cls, "name")? {
        Some(f) => call(it, f, vec![], vec![])?,
        None if is_source => Value::Str(class.name.clone()),
        None => {
            return Err(RunnelError::execution_plain(format!(
                "AttributeError: type object '{}' has no attribute 'name'",
                class.name
            ))
            .with_exception("AttributeError"));
        }
    };
    if !is_source {
        return Err(RunnelError::execution(
            "DATA_SOURCE_TYPE_MISMATCH",
            format!(
                "Expected a subclass of DataSource, but got '{}'. Derive the class from pyspark.sql.datasource.DataSource.",
                class.name
            ),
        )
        .with_exception("PySparkTypeError"));
    }
    let Value::Str(name) = name else {
        return Err(RunnelError::execution(
            "DATA_SOURCE_TYPE_MISMATCH",
            format!(
                "Expected 'name()' to return a str, but got '{}'.",
                name.type_name()
            ),
        )
        .with_exception("PySparkTypeError"));
    };
    let me = it.me.borrow().clone();
    let provider = PROVIDERS.with(|p| {
        let mut p = p.borrow_mut();
        p.retain(|x| x.interp.strong_count() > 0);
        match p.iter().find(|x| x.interp.ptr_eq(&me)) {
            Some(x) => x.clone(),
            None => {
                let x = Rc::new(PythonSources {
                    interp: me.clone(),
                    sources: RefCell::new(Vec::new()),
                });
                it.session.register_provider(x.clone());
                p.push(x.clone());
                x
            }
        }
    });
    let key = name.to_ascii_lowercase();
    let mut sources = provider.sources.borrow_mut();
    sources.retain(|r| r.name != key);
    sources.push(Registered { name: key, class });
    Ok(Value::None)
}

impl PythonSources {
    fn interp(&self) -> Result<Rc<Interpreter>> {
        self.interp
            .upgrade()
            .ok_or_else(|| RunnelError::internal("the script's interpreter is gone"))
    }

    fn class(&self, format: &str) -> Result<(String, Rc<PyClass>)> {
        self.sources
            .borrow()
            .iter()
            .find(|r| r.name == format)
            .map(|r| (r.name.clone(), r.class.clone()))
            .ok_or_else(|| RunnelError::internal("a Python data source that is not registered"))
    }

    /// The data source object for a read: `cls(options)` (PySpark's `DataSource.__init__`
    /// keeps them as `self.options` when the class has no `__init__` of its own), and the
    /// schema: the reader's, or `schema()`'s (a DDL string or a StructType).
    fn open(&self, it: &Interpreter, req: &SourceRequest) -> Result<(Value, SchemaRef, String)> {
        self.open_inner(it, req)
            .map_err(|e| planning_error(it, "create", "instance", e))
    }

    fn open_inner(
        &self,
        it: &Interpreter,
        req: &SourceRequest,
    ) -> Result<(Value, SchemaRef, String)> {
        let (name, class) = self.class(req.format)?;
        let options = Value::dict(
            req.options
                .iter()
                .map(|(k, v)| (Value::Str(k.clone()), Value::Str(v.clone())))
                .collect(),
        );
        let ds = if class.lookup("__init__").is_some() {
            call(it, Value::Class(class.clone()), vec![options], vec![])?
        } else {
            let o = Rc::new(PyObject {
                class: class.clone(),
                attrs: RefCell::new(vec![]),
            });
            o.set("options", options);
            Value::Instance(o)
        };
        let schema = match &req.schema {
            Some(s) => s.clone(),
            None => match call_required(it, &ds, "schema", vec![])? {
                Value::Str(ddl) => Arc::new(types::parse_ddl_schema(&ddl)?),
                Value::Type(DataType::Struct(f)) => Arc::new(Schema::new(f)),
                other => {
                    return Err(RunnelError::execution(
                        "DATA_SOURCE_TYPE_MISMATCH",
                        format!(
                            "Expected an output schema of type 'StructType', but got '{}'.",
                            other.type_name()
                        ),
                    )
                    .with_exception("PySparkTypeError"));
                }
            },
        };
        let schema: SchemaRef = Arc::new(Schema::new(
            schema
                .fields()
                .iter()
                .map(|f| f.as_ref().clone().with_nullable(true))
                .collect::<Vec<_>>(),
        ));
        Ok((ds, schema, name))
    }
}

fn struct_type(schema: &SchemaRef) -> Value {
    Value::Type(DataType::Struct(schema.fields().clone()))
}

impl DataSourceProvider for PythonSources {
    fn formats(&self) -> Vec<&'static str> {
        vec![]
    }

    fn handles(&self, format: &str) -> bool {
        self.sources.borrow().iter().any(|r| r.name == format)
    }

    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        let it = self.interp()?;
        let (ds, schema, name) = self.open(&it, req)?;
        let st = struct_type(&schema);
        let made = (|| -> Result<(Value, bool, Value)> {
            // PySpark's `_streamReader`: streamReader(schema), or when the class does not
            // implement it, simpleStreamReader(schema).
            let (reader, simple) = match own_method(&it, &ds, "streamReader")? {
                Some(f) => (call(&it, f, vec![], vec![("schema".into(), st)])?, false),
                None => (
                    call_required_kw(
                        &it,
                        &ds,
                        "simpleStreamReader",
                        vec![],
                        vec![("schema".into(), st)],
                    )?,
                    true,
                ),
            };
            check_reader(&reader, "class.DataSourceStreamReader")?;
            let limit = if simple {
                read_limit("ReadAllAvailable", None)
            } else {
                match own_method(&it, &reader, "getDefaultReadLimit")? {
                    Some(f) => call(&it, f, vec![], vec![])?,
                    None => read_limit("ReadAllAvailable", None),
                }
            };
            Ok((reader, simple, limit))
        })();
        let (reader, simple, limit) =
            made.map_err(|e| planning_error(&it, "initialize", "reader", e))?;
        let admission = simple || takes_arguments(&reader, "latestOffset");
        Ok(Rc::new(RefCell::new(PythonStreamSource {
            interp: self.interp.clone(),
            name,
            schema,
            reader,
            simple,
            limit,
            admission,
            initial: None,
            target: None,
            cache: Vec::new(),
        })))
    }

    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        let it = self.interp()?;
        let (ds, schema, name) = self.open(&it, req)?;
        let planned = (|| -> Result<(Value, Vec<Value>)> {
            let reader = call_required_kw(
                &it,
                &ds,
                "reader",
                vec![],
                vec![("schema".into(), struct_type(&schema))],
            )?;
            check_reader(&reader, "class.DataSourceReader")?;
            let partitions = match own_method(&it, &reader, "partitions")? {
                Some(f) => partition_list(call(&it, f, vec![], vec![])?)?,
                None => vec![object(
                    "InputPartition",
                    &["InputPartition"],
                    vec![("value".into(), Value::None)],
                )],
            };
            Ok((reader, partitions))
        })();
        let (reader, partitions) =
            planned.map_err(|e| planning_error(&it, "initialize", "reader", e))?;
        let mut out = Vec::new();
        for p in partitions {
            let rows = it
                .as_worker(|| {
                    call_required(&it, &reader, "read", vec![p])
                        // A generator runs as its rows are taken: in the worker too.
                        .and_then(|rows| rows_batch(&schema, &name, rows))
                })
                .map_err(|e| super::udf::python_error(&it, e, "PythonException"))?;
            out.push(rows);
        }
        Ok((schema, out))
    }

    fn stream_sink(&self, req: &SinkRequest) -> Result<runnel_core::io::sink::SinkRef> {
        Err(writers_unsupported(req.format))
    }

    fn batch_write(&self, req: &SinkRequest, _mode: &str, _b: &[RecordBatch]) -> Result<()> {
        Err(writers_unsupported(req.format))
    }
}

fn writers_unsupported(format: &str) -> RunnelError {
    RunnelError::not_supported(format!(
        "writing to the Python data source `{format}` (DataSourceWriter / DataSourceStreamWriter); Runnel reads Python data sources. Write the rows with foreach or foreachBatch"
    ))
}

/// Whether a method of `obj` takes arguments besides `self` (PySpark's check of
/// `latestOffset`'s signature: with parameters, the reader does admission control).
fn takes_arguments(obj: &Value, name: &str) -> bool {
    let Value::Instance(o) = obj else {
        return false;
    };
    match o.class.lookup(name) {
        Some((_, Value::Function(f))) => f.params.len() > 1 || f.vararg.is_some(),
        _ => false,
    }
}

/// What `partitions()` returned, checked as PySpark checks it.
fn partition_list(v: Value) -> Result<Vec<Value>> {
    let items = match &v {
        Value::List(_) | Value::Tuple(_) => v.items().unwrap_or_default(),
        other => {
            return Err(RunnelError::execution(
                "DATA_SOURCE_TYPE_MISMATCH",
                format!(
                    "Expected 'partitions' to return a list, but got '{}'.",
                    other.type_name()
                ),
            )
            .with_exception("PySparkTypeError"));
        }
    };
    let partition = Value::Builtin("class.InputPartition".into());
    if let Some(bad) = items.iter().find(|p| !is_instance(p, &partition)) {
        return Err(RunnelError::execution(
            "DATA_SOURCE_TYPE_MISMATCH",
            format!(
                "Expected elements in 'partitions' to be of type 'InputPartition', but got '{}'.",
                type_name(bad)
            ),
        )
        .with_exception("PySparkTypeError"));
    }
    Ok(items)
}

fn type_name(v: &Value) -> String {
    match v {
        Value::Instance(o) => o.class.name.clone(),
        other => other.type_name().to_string(),
    }
}

/// The rows `read()` gave (tuples, lists or Rows, checked as PySpark's
/// `records_to_arrow_batches` checks them) as one batch of `schema`.
fn rows_batch(schema: &SchemaRef, name: &str, rows: Value) -> Result<RecordBatch> {
    // A generator's own error (raised as its rows are taken) is the reader's error.
    if crate::python::iter::state(&rows).is_some() {
        let rows = crate::python::ops::iterate(&rows)?;
        return rows_batch(schema, name, Value::list(rows));
    }
    let rows = crate::python::ops::iterate(&rows).map_err(|_| {
        RunnelError::execution(
            "DATA_SOURCE_INVALID_RETURN_TYPE",
            format!(
                "Unsupported return type ('{}') from Python data source '{name}'. Expected types: Iterator.",
                rows.type_name()
            ),
        )
        .with_exception("PySparkRuntimeError")
    })?;
    let n = schema.fields().len();
    let mut columns: Vec<Vec<Value>> = vec![Vec::with_capacity(rows.len()); n];
    for row in rows {
        let values = match &row {
            Value::Row(fields) => {
                let names: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
                let want: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
                let mut sorted_names = names.clone();
                sorted_names.sort();
                let mut sorted_want = want.clone();
                sorted_want.sort();
                if sorted_names != sorted_want {
                    return Err(schema_mismatch(
                        &crate::python::value::Value::list(
                            want.iter().map(|s| Value::Str(s.to_string())).collect(),
                        )
                        .repr(),
                        &Value::list(names.iter().map(|s| Value::Str(s.to_string())).collect())
                            .repr(),
                    ));
                }
                want.iter()
                    .map(|w| {
                        fields
                            .iter()
                            .find(|(k, _)| k == w)
                            .map(|(_, v)| v.clone())
                            .unwrap_or(Value::None)
                    })
                    .collect()
            }
            Value::Tuple(t) => t.clone(),
            Value::List(l) => l.borrow().clone(),
            other => {
                return Err(RunnelError::execution(
                    "DATA_SOURCE_INVALID_RETURN_TYPE",
                    format!(
                        "Unsupported return type ('{}') from Python data source '{name}'. Expected types: tuple, list, `pyspark.sql.types.Row`, `pyarrow.RecordBatch`.",
                        type_name(other)
                    ),
                )
                .with_exception("PySparkRuntimeError"));
            }
        };
        if values.len() != n {
            return Err(schema_mismatch(&n.to_string(), &values.len().to_string()));
        }
        for (c, v) in columns.iter_mut().zip(values) {
            c.push(v);
        }
    }
    let arrays = columns
        .iter()
        .zip(schema.fields())
        .map(|(vals, f)| {
            let scalars = vals
                .iter()
                .map(|v| super::field_scalar(v, f.data_type()))
                .collect::<Result<Vec<_>>>()
                .map_err(|e| e.context(format!("field {} of a row from '{name}'", f.name())))?;
            runnel_core::ops::grouping::scalars_to_array(&scalars, f.data_type())
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(RecordBatch::try_new(schema.clone(), arrays)?)
}

fn schema_mismatch(expected: &str, actual: &str) -> RunnelError {
    RunnelError::execution(
        "DATA_SOURCE_RETURN_SCHEMA_MISMATCH",
        format!(
            "Return schema mismatch in the result from 'read' method. Expected: {expected} columns, Found: {actual} columns. Make sure the returned values match the required output schema."
        ),
    )
    .with_exception("PySparkRuntimeError")
}

/// A Python streaming reader as a source of the engine.
pub(crate) struct PythonStreamSource {
    interp: Weak<Interpreter>,
    /// The registered name (for progress reports).
    name: String,
    schema: SchemaRef,
    /// The `DataSourceStreamReader` (or `SimpleDataSourceStreamReader`).
    reader: Value,
    /// A `SimpleDataSourceStreamReader`.
    simple: bool,
    /// `getDefaultReadLimit()`.
    limit: Value,
    /// `latestOffset(start, limit)` (admission control) rather than `latestOffset()`.
    admission: bool,
    /// `initialOffset()`, asked once.
    initial: Option<Offset>,
    /// Under `Trigger.AvailableNow` for a reader that is not
    /// `SupportsTriggerAvailableNow`: the offset Spark's wrapper fetched when the query
    /// started (`latestOffset(initialOffset(), ReadAllAvailable())`), the end of every batch.
    target: Option<Offset>,
    /// A simple reader's rows read by `latestOffset`: (start, end, rows).
    cache: Vec<(Offset, Offset, Value)>,
}

impl PythonStreamSource {
    fn interp(&self) -> Result<Rc<Interpreter>> {
        self.interp
            .upgrade()
            .ok_or_else(|| RunnelError::internal("the script's interpreter is gone"))
    }

    fn initial(&mut self, it: &Interpreter) -> Result<Offset> {
        if let Some(o) = &self.initial {
            return Ok(o.clone());
        }
        let o = call_required(it, &self.reader, "initialOffset", vec![])
            .and_then(|v| offset_json(it, &v, "initialOffset"))
            .map_err(|e| streaming_error(it, "initialOffset", e))?;
        self.initial = Some(o.clone());
        Ok(o)
    }

    /// The end offset of the next batch from `start`: `latestOffset(start, limit)` (or
    /// `latestOffset()` of a reader without admission control), or a simple reader's
    /// `read(start)`, whose rows are kept for the batch.
    fn latest_from(&mut self, it: &Interpreter, start: Offset) -> Result<Offset> {
        if self.simple {
            let r = call_required(it, &self.reader, "read", vec![py_offset(&start)])?;
            let (rows, end) = match r.items().as_deref() {
                Some([rows, end]) => (rows.clone(), end.clone()),
                _ => {
                    return Err(RunnelError::execution_plain(format!(
                        "SimpleDataSourceStreamReader.read() must return a tuple (iterator of rows, end offset), not {}",
                        r.type_name()
                    ))
                    .with_exception("PySparkRuntimeError"));
                }
            };
            let end = offset_json(it, &end, "read")?;
            let rows = crate::python::ops::iterate(&rows)?;
            if end == start {
                if !rows.is_empty() {
                    return Err(RunnelError::execution(
                        "SIMPLE_STREAM_READER_OFFSET_DID_NOT_ADVANCE",
                        format!(
                            "SimpleDataSourceStreamReader.read() returned a non-empty batch but the end offset: {end} did not advance past the start offset: {start}. The end offset must represent the position after the last record returned."
                        ),
                    )
                    .with_exception("PySparkException"));
                }
            } else {
                self.cache.push((start, end.clone(), Value::list(rows)));
            }
            return Ok(end);
        }
        let v = if self.admission {
            call_required(
                it,
                &self.reader,
                "latestOffset",
                vec![py_offset(&start), self.limit.clone()],
            )?
        } else {
            call_required(it, &self.reader, "latestOffset", vec![])?
        };
        offset_json(it, &v, "latestOffset")
    }

    fn start(&mut self, it: &Interpreter, start: Option<&Offset>) -> Result<Offset> {
        match start {
            Some(o) => Ok(o.clone()),
            None => self.initial(it),
        }
    }
}

/// A reader's offset (a dict) as the JSON the offset log keeps (`json.dumps` of it, as
/// PySpark sends it to Spark).
fn offset_json(it: &Interpreter, v: &Value, method: &str) -> Result<Offset> {
    crate::python::stdlib::json_value(it, v).map_err(|e| {
        RunnelError::execution_plain(format!(
            "{method}() must return a dict that json.dumps can write: {}",
            e.message
        ))
        .with_exception("PySparkRuntimeError")
    })
}

fn py_offset(o: &Offset) -> Value {
    crate::python::stdlib::from_json(o.clone())
}

impl Source for PythonStreamSource {
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    fn latest_offset(&mut self, start: Option<&Offset>) -> Result<Option<Offset>> {
        if let Some(t) = &self.target {
            return Ok(Some(t.clone()));
        }
        let it = self.interp()?;
        let start = self.start(&it, start)?;
        self.latest_from(&it, start)
            .map(Some)
            .map_err(|e| streaming_error(&it, "latestOffset", e))
    }

    fn prepare_for_trigger(&mut self, trigger: Trigger) -> Result<()> {
        let it = self.interp()?;
        match trigger {
            Trigger::Once => self.limit = read_limit("ReadAllAvailable", None),
            Trigger::AvailableNow => {
                let supports = Value::Builtin("class.SupportsTriggerAvailableNow".into());
                if is_instance(&self.reader, &supports) {
                    call_required(&it, &self.reader, "prepareForTriggerAvailableNow", vec![])?;
                } else {
                    self.limit = read_limit("ReadAllAvailable", None);
                    let initial = self.initial(&it)?;
                    self.target = Some(self.latest_from(&it, initial)?);
                }
            }
            Trigger::ProcessingTime(_) | Trigger::Continuous(_) => {}
        }
        Ok(())
    }

    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        let it = self.interp()?;
        let start = self.start(&it, start)?;
        if self.simple {
            // The rows `read` gave from `start` up to `end`, else (a batch replayed after
            // a restart) `readBetweenOffsets(start, end)`.
            let from = self.cache.iter().position(|(s, _, _)| *s == start);
            let to = self.cache.iter().position(|(_, e, _)| e == end);
            let rows = match (from, to) {
                (Some(a), Some(b)) if a <= b => Value::list(
                    self.cache[a..=b]
                        .iter()
                        .flat_map(|(_, _, r)| r.items().unwrap_or_default())
                        .collect(),
                ),
                _ => call_required(
                    &it,
                    &self.reader,
                    "readBetweenOffsets",
                    vec![py_offset(&start), py_offset(end)],
                )
                .map_err(|e| streaming_error(&it, "readBetweenOffsets", e))?,
            };
            return rows_batch(&self.schema, &self.name, rows)
                .map(|b| vec![b])
                .map_err(|e| super::udf::python_error(&it, e, "StreamingQueryException"));
        }
        let parts = call_required(
            &it,
            &self.reader,
            "partitions",
            vec![py_offset(&start), py_offset(end)],
        )
        .and_then(partition_list)
        .map_err(|e| streaming_error(&it, "planPartitions", e))?;
        let mut out = Vec::new();
        for p in parts {
            let rows = it
                .as_worker(|| {
                    call_required(&it, &self.reader, "read", vec![p])
                        // A generator runs as its rows are taken: in the worker too.
                        .and_then(|rows| rows_batch(&self.schema, &self.name, rows))
                })
                .map_err(|e| super::udf::python_error(&it, e, "StreamingQueryException"))?;
            out.push(rows);
        }
        Ok(out)
    }

    /// A reader's own `commit` may acknowledge its input outside the process.
    fn commit_outlives_process(&self) -> bool {
        self.interp()
            .ok()
            .and_then(|it| own_method(&it, &self.reader, "commit").ok().flatten())
            .is_some()
    }

    fn commit(&mut self, end: &Offset) -> Result<()> {
        let it = self.interp()?;
        if let Some(i) = self.cache.iter().position(|(_, e, _)| e == end) {
            self.cache.drain(..=i);
        }
        if let Some(f) = own_method(&it, &self.reader, "commit")? {
            call(&it, f, vec![py_offset(end)], vec![])
                .map_err(|e| streaming_error(&it, "commitSource", e))?;
        }
        Ok(())
    }

    fn description(&self) -> String {
        format!("PythonMicroBatchStream[{}]", self.name)
    }

    fn continuous_read(&self) -> runnel_core::io::source::ContinuousRead {
        // Spark's Python data sources read micro-batches only.
        runnel_core::io::source::ContinuousRead::MicroBatchOnly(self.name.clone())
    }
}
