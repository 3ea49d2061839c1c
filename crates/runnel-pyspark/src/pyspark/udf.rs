//! Python UDFs (`udf`, `@udf`, `spark.udf.register`) run by the interpreter, and the
//! `foreach` sink (a function per row, or a writer's `open`/`process`/`close`).
//!
//! A UDF is an engine function like any other: a call `Expr::Function { name }` that
//! the engine binds through `functions::set_user_functions` into a kernel over Arrow
//! arrays. The kernel must be `Send + Sync` (kernels are shared by plans), while a
//! Python function lives in the interpreter (`Rc`, single-threaded). So the kernel
//! holds only the UDF's number; the UDFs themselves live in a thread-local table on
//! the interpreter's thread, the one thread that runs the script, its queries and so
//! its kernels. Were a kernel ever run on another thread, it would find no UDF there
//! and fail with an error, never touch the interpreter.

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Arc;

use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Float32Array, Float64Array, Int8Array, Int16Array,
    Int32Array, Int64Array, RecordBatch, StringArray, TimestampMicrosecondArray,
};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use runnel_core::error::{Result, RunnelError};
use runnel_core::expr::functions::{Kernel, Nulls, Props};
use runnel_core::expr::phys::PhysExpr;
use runnel_core::expr::{Expr, func};
use runnel_core::scalar::{ScalarValue, java_double};

use crate::python::args::Args;
use crate::python::interp::Interpreter;
use crate::python::value::{Native, Value};

/// One Python UDF.
pub(crate) struct Udf {
    /// The Python function's name (`<lambda>` for a lambda), or the registered name.
    pub(crate) name: String,
    /// The function.
    pub(crate) func: Value,
    /// The declared return type.
    pub(crate) ret: DataType,
    /// The interpreter that runs it.
    interp: Weak<Interpreter>,
}

thread_local! {
    /// The UDFs of this thread's scripts, by number.
    static UDFS: RefCell<Vec<Rc<Udf>>> = const { RefCell::new(Vec::new()) };
    /// Names given with `spark.udf.register` (lower case), and their UDF numbers.
    static REGISTERED: RefCell<Vec<(String, usize)>> = const { RefCell::new(Vec::new()) };
}

/// The engine's name of a UDF made with `udf()` (never a SQL identifier, so it cannot
/// clash with a function or a registered name).
fn internal_name(id: usize) -> String {
    format!("udf#{id}")
}

fn id_of(name: &str) -> Option<usize> {
    if let Some(n) = name.strip_prefix("udf#") {
        return n.parse().ok();
    }
    REGISTERED.with(|r| {
        r.borrow()
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, id)| *id)
    })
}

fn get(id: usize) -> Option<Rc<Udf>> {
    UDFS.with(|u| u.borrow().get(id).cloned())
}

/// Adds a UDF; its number.
pub(crate) fn add(it: &Interpreter, name: String, func: Value, ret: DataType) -> usize {
    let udf = Rc::new(Udf {
        name,
        func,
        ret,
        interp: it.me.borrow().clone(),
    });
    UDFS.with(|u| {
        u.borrow_mut().push(udf);
        u.borrow().len() - 1
    })
}

/// `spark.udf.register(name, ...)`: SQL may call it by `name`.
pub(crate) fn register(name: &str, id: usize) {
    REGISTERED.with(|r| r.borrow_mut().push((name.to_ascii_lowercase(), id)));
}

/// The UDF a value stands for (`Builtin("udf.N")`).
pub(crate) fn udf_of(v: &Value) -> Option<(usize, Rc<Udf>)> {
    match v {
        Value::Builtin(b) => {
            let id: usize = b.strip_prefix("udf.")?.parse().ok()?;
            Some((id, get(id)?))
        }
        _ => None,
    }
}

/// `f(col, ...)` of a UDF: the column of its call.
pub(crate) fn call_column(id: usize, cols: Vec<Expr>) -> Expr {
    func(&internal_name(id), cols)
}

/// The engine's hooks for user functions (set once per process).
pub(crate) fn install() {
    runnel_core::expr::functions::set_user_functions(runnel_core::expr::functions::UserFunctions {
        bind,
        display,
    });
}

fn display(name: &str) -> Option<String> {
    let id = id_of(name)?;
    Some(get(id)?.name.clone())
}

fn bind(name: &str, args: Vec<PhysExpr>, sql: &str) -> Option<Result<PhysExpr>> {
    let id = id_of(name)?;
    let udf = get(id)?;
    let props = Props {
        nulls: Nulls::Always,
        null_intolerant: false,
        deterministic: true,
    };
    // The kernel's text names the UDF's number: two UDFs of one name (two lambdas) over
    // the same column are different functions.
    let text = format!("{sql}#{id}");
    let kernel = Kernel::new(
        crate::python::builtins::intern(&udf.name),
        &text,
        props,
        move |arrays: &[ArrayRef], _ty: &DataType, n: usize| run(id, arrays, n),
    );
    Some(Ok(PhysExpr::Scalar {
        func: kernel,
        args,
        ty: udf.ret.clone(),
    }))
}

/// Runs UDF `id` over `n` rows of its argument arrays.
fn run(id: usize, arrays: &[ArrayRef], n: usize) -> Result<ArrayRef> {
    let udf = get(id).ok_or_else(|| {
        RunnelError::internal("a Python UDF ran off the script's thread, or after its script")
    })?;
    let it = udf
        .interp
        .upgrade()
        .ok_or_else(|| RunnelError::internal("the UDF's interpreter is gone"))?;
    let mut out = Vec::with_capacity(n);
    for row in 0..n {
        let args = arrays
            .iter()
            .map(|a| to_py(a.as_ref(), row))
            .collect::<Result<Vec<_>>>()?;
        let v = it
            .as_worker(|| crate::python::builtins::call(&it, udf.func.clone(), args, vec![]))
            .map_err(|e| python_error(&it, e, "PythonException"))?;
        out.push(v);
    }
    from_py(&out, &udf.ret)
}

/// Spark's error for an exception raised by Python code the engine ran (a UDF, a
/// foreach writer): `[PYTHON_EXCEPTION]` with Python's last line, at the line that
/// raised it.
pub(crate) fn python_error(
    it: &Interpreter,
    e: RunnelError,
    exception: &'static str,
) -> RunnelError {
    // `--timeout` stopping the batch (or the script) is not the function's error.
    if e.condition.as_deref() == Some("PYTHON_EXCEPTION")
        || runnel_core::exec::interrupt::is_interrupt(&e)
        || e.exception == "KeyboardInterrupt"
    {
        return e;
    }
    let name = crate::python::builtins::py_exception_name(&e);
    let text = match it.exception_value(&e) {
        v @ Value::Instance(_) => {
            let s = it.py_str(&v).unwrap_or_default();
            if s.is_empty() {
                name.clone()
            } else {
                format!("{name}: {s}")
            }
        }
        _ => e.message.clone(),
    };
    let text = if text.starts_with(&name) {
        text
    } else {
        format!("{name}: {text}")
    };
    let mut out = RunnelError::execution(
        "PYTHON_EXCEPTION",
        format!("An exception was thrown from the Python worker: {text}"),
    )
    .with_exception(exception);
    out.location = e.location;
    out
}

// ---- values between Arrow and Python ----

/// The Python value of row `row` of an array, as PySpark hands it to Python: ints,
/// floats, str, bool, `datetime.date`/`datetime` (UTC), lists, dicts (maps) and Rows
/// (structs).
pub(crate) fn to_py(a: &dyn Array, row: usize) -> Result<Value> {
    if a.is_null(row) {
        return Ok(Value::None);
    }
    use arrow_array::cast::AsArray;
    Ok(match a.data_type() {
        // Element by element, each as its own type (map keys stay ints, decimals
        // Decimals, NaN a float), as PySpark's fromInternal.
        DataType::List(_) => {
            let v = a.as_list::<i32>().value(row);
            Value::list(
                (0..v.len())
                    .map(|i| to_py(v.as_ref(), i))
                    .collect::<Result<_>>()?,
            )
        }
        DataType::Struct(fields) => {
            let s = a.as_struct();
            Value::Row(Rc::new(
                fields
                    .iter()
                    .zip(s.columns())
                    .map(|(f, c)| Ok((f.name().clone(), to_py(c.as_ref(), row)?)))
                    .collect::<Result<_>>()?,
            ))
        }
        DataType::Map(..) => {
            let e = a.as_map().value(row);
            let (k, v) = (e.column(0), e.column(1));
            Value::dict(
                (0..e.len())
                    .map(|i| Ok((to_py(k.as_ref(), i)?, to_py(v.as_ref(), i)?)))
                    .collect::<Result<_>>()?,
            )
        }
        DataType::Float64 => Value::Float(
            a.as_primitive::<arrow_array::types::Float64Type>()
                .value(row),
        ),
        DataType::Float32 => Value::Float(
            a.as_primitive::<arrow_array::types::Float32Type>()
                .value(row) as f64,
        ),
        // PySpark 4 gives bytes (spark.sql.execution.pyspark.binaryAsBytes).
        DataType::Binary => {
            use arrow_array::cast::AsArray;
            crate::python::stdlib::bytes_value(a.as_binary::<i32>().value(row).to_vec())
        }
        // PySpark 4.3 has no Python value for YearMonthIntervalType (its fromInternal is
        // not implemented): collecting one fails so.
        DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => {
            return Err(RunnelError::execution(
                "NOT_IMPLEMENTED",
                "YearMonthIntervalType.fromInternal is not implemented. Cast the interval to a string (or take its months with extract) to collect it.",
            )
            .with_exception("PySparkNotImplementedError"));
        }
        // DayTimeIntervalType: PySpark's datetime.timedelta.
        DataType::Duration(arrow_schema::TimeUnit::Microsecond) => {
            use arrow_array::cast::AsArray;
            let us = a
                .as_primitive::<arrow_array::types::DurationMicrosecondType>()
                .value(row);
            Value::Native(Rc::new(Native::TimeDelta(us)))
        }
        _ => match ScalarValue::try_from_array(a, row)? {
            ScalarValue::Null(_) => Value::None,
            ScalarValue::Boolean(b) => Value::Bool(b),
            ScalarValue::Int32(i) => Value::Int(i as i64),
            ScalarValue::Int64(i) => Value::Int(i),
            ScalarValue::Float64(f) => Value::Float(f),
            ScalarValue::Utf8(s) => Value::Str(s),
            ScalarValue::Date32(d) => Value::Native(Rc::new(Native::Date(d))),
            ScalarValue::Timestamp(us) => Value::Native(Rc::new(Native::DateTime(us, None, None))),
            ScalarValue::Decimal128(v, _, s) => crate::python::stdlib::decimal_value(
                crate::python::decimal::Dec::from_unscaled(v, s),
            ),
            other => Value::Str(other.sql_name()),
        },
    })
}

/// Java's `toString` of what Python returned, as a non-Arrow UDF declared to return a
/// string gives it.
fn java_string(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Float(f) => java_double(*f),
        Value::List(_) | Value::Tuple(_) => format!(
            "[{}]",
            v.items()
                .unwrap_or_default()
                .iter()
                .map(java_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Dict(_) => format!(
            "{{{}}}",
            java_dict_items(v)
                .iter()
                .map(|(k, v)| format!("{}={}", java_string(k), java_string(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::None => "null".into(),
        other => other.to_py_str(),
    }
}

/// Java's `hashCode` of a dict key as Pyrolite unpickles it on Spark's side (`String`,
/// `Integer` for an int of 32 bits and `Long` beyond, `Double`, `Boolean`, null); `None`
/// for a key of another kind.
fn java_hash(v: &Value) -> Option<i32> {
    use runnel_core::java_map as j;
    Some(match v {
        Value::Str(s) => j::string_hash(s),
        Value::Int(i) => i32::try_from(*i).unwrap_or_else(|_| j::long_hash(*i)),
        Value::Float(f) => j::double_hash(*f),
        Value::Bool(b) => j::bool_hash(*b),
        Value::None => 0,
        _ => return None,
    })
}

/// A dict's items in the order Spark holds the entries of a dict a Python UDF returned
/// (`java_map::unpickled_dict_order`); Python's order for keys Java would not hash as
/// `java_hash` does. Empty for a value that is not a dict.
fn java_dict_items(v: &Value) -> Vec<(Value, Value)> {
    let Value::Dict(d) = v else {
        return Vec::new();
    };
    let items = d.borrow().to_vec();
    match items
        .iter()
        .map(|(k, _)| java_hash(k))
        .collect::<Option<Vec<i32>>>()
    {
        Some(h) => runnel_core::java_map::unpickled_dict_order(&h)
            .into_iter()
            .map(|i| items[i].clone())
            .collect(),
        None => items.clone(),
    }
}

/// A value as JSON of type `t` under PySpark's conversion (a value of another type is
/// NULL), for the JSON decoder to build nested columns.
/// A dict's values for `fields`, by field name (None where the dict has no such key): a
/// dict as a struct value or as a row of a schema.
pub(crate) fn dict_values_by_field(
    d: &crate::python::value::PyDict,
    fields: &arrow_schema::Fields,
) -> Vec<Value> {
    fields
        .iter()
        .map(|f| {
            d.borrow()
                .iter()
                .find(|(k, _)| k.to_py_str() == *f.name())
                .map(|(_, x)| x.clone())
                .unwrap_or(Value::None)
        })
        .collect()
}

fn to_json(v: &Value, t: &DataType) -> serde_json::Value {
    use serde_json::Value as J;
    match (v, t) {
        (Value::None, _) => J::Null,
        (_, DataType::List(f)) => match v.items() {
            Some(items) => J::Array(items.iter().map(|x| to_json(x, f.data_type())).collect()),
            None => J::Null,
        },
        (Value::Dict(_), DataType::Map(f, _)) => {
            let (kt, vt) = match f.data_type() {
                DataType::Struct(kv) if kv.len() == 2 => {
                    (kv[0].data_type().clone(), kv[1].data_type().clone())
                }
                _ => (DataType::Utf8, DataType::Utf8),
            };
            J::Object(
                java_dict_items(v)
                    .iter()
                    .filter_map(|(k, x)| {
                        let key = match to_json(k, &kt) {
                            J::Null => return None,
                            J::String(s) => s,
                            other => other.to_string(),
                        };
                        Some((key, to_json(x, &vt)))
                    })
                    .collect(),
            )
        }
        (_, DataType::Struct(fields)) => {
            let vals: Vec<Value> = match v {
                Value::Row(r) => fields
                    .iter()
                    .map(|f| {
                        r.iter()
                            .find(|(k, _)| k == f.name())
                            .map(|(_, x)| x.clone())
                            .unwrap_or(Value::None)
                    })
                    .collect(),
                Value::Dict(d) => dict_values_by_field(d, fields),
                other => match other.items() {
                    Some(items) => items,
                    None => return J::Null,
                },
            };
            J::Object(
                fields
                    .iter()
                    .zip(vals)
                    .map(|(f, x)| (f.name().clone(), to_json(&x, f.data_type())))
                    .collect(),
            )
        }
        _ => match scalar(v, t) {
            None => J::Null,
            Some(ScalarValue::Boolean(b)) => J::Bool(b),
            Some(ScalarValue::Int32(i)) => J::from(i),
            Some(ScalarValue::Int64(i)) => J::from(i),
            Some(ScalarValue::Float64(f)) => {
                serde_json::Number::from_f64(f).map_or(J::Null, J::Number)
            }
            Some(ScalarValue::Utf8(s)) => J::String(s),
            Some(ScalarValue::Date32(d)) => J::String(runnel_core::temporal::format_date(d)),
            Some(ScalarValue::Timestamp(us)) => {
                J::String(runnel_core::temporal::format_timestamp_iso(us))
            }
            Some(_) => J::Null,
        },
    }
}

/// A Python value as a value of a primitive type `t`, as PySpark's non-Arrow UDFs
/// convert it: an int fits an integral type (wrapped to its width, as Java's
/// narrowing does), a float a floating one (an int does not), any value a string (its
/// Java `toString`), a bool only a boolean; a value of another type is NULL.
fn scalar(v: &Value, t: &DataType) -> Option<ScalarValue> {
    Some(match (v, t) {
        (Value::None, _) => return None,
        (Value::Int(i), DataType::Int32) => ScalarValue::Int32(*i as i32),
        (Value::Int(i), DataType::Int16) => ScalarValue::Int32(*i as i16 as i32),
        (Value::Int(i), DataType::Int8) => ScalarValue::Int32(*i as i8 as i32),
        (Value::Int(i), DataType::Int64) => ScalarValue::Int64(*i),
        (Value::Float(f), DataType::Float64 | DataType::Float32) => ScalarValue::Float64(*f),
        (Value::Bool(b), DataType::Boolean) => ScalarValue::Boolean(*b),
        (Value::Str(s), DataType::Utf8) => ScalarValue::Utf8(s.clone()),
        (_, DataType::Utf8) => ScalarValue::Utf8(java_string(v)),
        (Value::Native(n), DataType::Date32) => match n.as_ref() {
            Native::Date(d) => ScalarValue::Date32(*d),
            Native::DateTime(us, ..) => ScalarValue::Date32(us.div_euclid(86_400_000_000) as i32),
            _ => return None,
        },
        (Value::Native(n), DataType::Timestamp(..)) => match n.as_ref() {
            Native::DateTime(us, off, _) => {
                ScalarValue::Timestamp(us - off.unwrap_or(0) as i64 * 1_000_000)
            }
            _ => return None,
        },
        _ => return None,
    })
}

/// The column of the values a UDF returned, of its declared type.
pub(crate) fn from_py(vals: &[Value], t: &DataType) -> Result<ArrayRef> {
    macro_rules! prim {
        ($arr:ty, $pat:pat => $e:expr) => {{
            let v: Vec<_> = vals
                .iter()
                .map(|x| match scalar(x, t) {
                    Some($pat) => Some($e),
                    _ => None,
                })
                .collect();
            Arc::new(<$arr>::from(v)) as ArrayRef
        }};
    }
    Ok(match t {
        DataType::Int32 => prim!(Int32Array, ScalarValue::Int32(i) => i),
        DataType::Int16 => prim!(Int16Array, ScalarValue::Int32(i) => i as i16),
        DataType::Int8 => prim!(Int8Array, ScalarValue::Int32(i) => i as i8),
        DataType::Int64 => prim!(Int64Array, ScalarValue::Int64(i) => i),
        DataType::Float64 => prim!(Float64Array, ScalarValue::Float64(f) => f),
        DataType::Float32 => prim!(Float32Array, ScalarValue::Float64(f) => f as f32),
        DataType::Boolean => prim!(BooleanArray, ScalarValue::Boolean(b) => b),
        DataType::Utf8 => prim!(StringArray, ScalarValue::Utf8(s) => s),
        DataType::Date32 => prim!(Date32Array, ScalarValue::Date32(d) => d),
        DataType::Timestamp(..) => {
            let a = prim!(TimestampMicrosecondArray, ScalarValue::Timestamp(us) => us);
            let a = a
                .as_any()
                .downcast_ref::<TimestampMicrosecondArray>()
                .cloned()
                .ok_or_else(|| RunnelError::internal("timestamp array"))?;
            Arc::new(a.with_data_type(t.clone()))
        }
        DataType::Null => Arc::new(arrow_array::NullArray::new(vals.len())),
        // bytes or bytearray; a value of another type is NULL.
        DataType::Binary => Arc::new(
            vals.iter()
                .map(|x| match x {
                    Value::Native(n) => match n.as_ref() {
                        Native::Bytes(b) => Some(b.as_slice()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect::<arrow_array::BinaryArray>(),
        ),
        // A Python Decimal, at the declared precision and scale (HALF_UP, as Spark's
        // Decimal.set); a value that does not fit, or of another type, is NULL.
        DataType::Decimal128(p, s) => {
            let a: arrow_array::Decimal128Array = vals
                .iter()
                .map(|x| match x {
                    Value::Native(n) => match n.as_ref() {
                        Native::Decimal(d) => d.to_decimal(*p, *s),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            Arc::new(a.with_precision_and_scale(*p, *s)?)
        }
        _ => {
            // Nested types (arrays, maps, structs) and decimals: through the JSON
            // decoder, which builds any of Spark's types.
            let schema: SchemaRef = Arc::new(Schema::new(vec![Field::new("v", t.clone(), true)]));
            let mut text = String::new();
            for v in vals {
                let mut o = serde_json::Map::new();
                o.insert("v".into(), to_json(v, t));
                text.push_str(&serde_json::Value::Object(o).to_string());
                text.push('\n');
            }
            let mut d = runnel_core::io::json::JsonDecoder::new(schema, Default::default());
            d.decode(text.as_bytes(), "<udf>")?;
            let batch: RecordBatch = d.flush()?;
            batch.column(0).clone()
        }
    })
}

/// The column of what a Spark Python worker returned for a non-Arrow UDF
/// (`SQL_BATCHED_UDF`) declared to return `t`: the values as the worker's
/// `returnType.toInternal` left them (a date as its day number, a timestamp as
/// microseconds, a struct as a tuple), converted as Spark converts them (a value that
/// does not fit the type is NULL; see `scalar`).
pub fn batched_udf_column(vals: Vec<Value>, t: &DataType) -> Result<ArrayRef> {
    let vals: Vec<Value> = vals.into_iter().map(|v| from_internal(v, t)).collect();
    from_py(&vals, t)
}

/// A value in PySpark's internal form for `t` as the Python value it stands for.
fn from_internal(v: Value, t: &DataType) -> Value {
    match (v, t) {
        (Value::Int(d), DataType::Date32) => Value::Native(Rc::new(Native::Date(d as i32))),
        (Value::Int(us), DataType::Timestamp(..)) => {
            Value::Native(Rc::new(Native::DateTime(us, None, None)))
        }
        (v @ (Value::List(_) | Value::Tuple(_)), DataType::List(f)) => Value::list(
            v.items()
                .unwrap_or_default()
                .into_iter()
                .map(|x| from_internal(x, f.data_type()))
                .collect(),
        ),
        (Value::Dict(d), DataType::Map(f, _)) => {
            let (kt, vt) = match f.data_type() {
                DataType::Struct(kv) if kv.len() == 2 => {
                    (kv[0].data_type().clone(), kv[1].data_type().clone())
                }
                _ => (DataType::Utf8, DataType::Utf8),
            };
            Value::dict(
                d.borrow()
                    .iter()
                    .map(|(k, x)| (from_internal(k.clone(), &kt), from_internal(x.clone(), &vt)))
                    .collect(),
            )
        }
        (v @ (Value::List(_) | Value::Tuple(_)), DataType::Struct(fields)) => Value::Tuple(
            v.items()
                .unwrap_or_default()
                .into_iter()
                .zip(fields.iter())
                .map(|(x, f)| from_internal(x, f.data_type()))
                .collect(),
        ),
        (v, _) => v,
    }
}

// ---- udf(), @udf, spark.udf.register ----

/// `udf(f=None, returnType=StringType())`: a UDF, or (without a function) a decorator
/// that makes one.
pub(crate) fn udf_builtin(it: &Interpreter, args: &Args) -> Result<Value> {
    let f = args.get(0, "f").cloned();
    let ret_arg = args.get(1, "returnType").cloned();
    match f {
        Some(f @ (Value::Function(_) | Value::Bound(..) | Value::Builtin(_))) if !matches!(&f, Value::Builtin(b) if b.starts_with("types.")) =>
        {
            let ret = match ret_arg {
                None | Some(Value::None) => DataType::Utf8,
                Some(t) => super::type_of(&t)?,
            };
            let name = match &f {
                Value::Function(p) | Value::Bound(_, p) => p.name.clone(),
                _ => "udf".into(),
            };
            Ok(Value::Builtin(format!("udf.{}", add(it, name, f, ret))))
        }
        // @udf("int") / @udf(returnType=IntegerType()) / @udf(): the decorator.
        other => {
            let ret = match other.or(ret_arg) {
                None | Some(Value::None) => Value::Type(DataType::Utf8),
                Some(t) => Value::Type(super::type_of(&t)?),
            };
            Ok(Value::Method(Box::new(ret), "__udf_decorator__".into()))
        }
    }
}

/// `spark.udf.register(name, f, returnType=None)`.
pub(crate) fn register_builtin(it: &Interpreter, args: &Args) -> Result<Value> {
    let name = args.str(0, "name")?;
    let f = args.req(1, "f")?.clone();
    let ret = args.get(2, "returnType").cloned();
    let id = match (udf_of(&f), ret) {
        (Some((_, u)), None | Some(Value::None)) => {
            add(it, name.clone(), u.func.clone(), u.ret.clone())
        }
        (Some(_), Some(_)) => {
            return Err(RunnelError::execution(
                "CANNOT_SPECIFY_RETURN_TYPE_FOR_UDF",
                format!("returnType can not be specified when `f` is a user-defined function, but got {name}."),
            )
            .with_exception("PySparkTypeError"));
        }
        (None, ret) => {
            let ret = match ret {
                None | Some(Value::None) => DataType::Utf8,
                Some(t) => super::type_of(&t)?,
            };
            add(it, name.clone(), f, ret)
        }
    };
    register(&name, id);
    Ok(Value::Builtin(format!("udf.{id}")))
}

// ---- foreach ----

/// The `foreach` sink: per epoch, Spark's order for its one partition (0) —
/// `open(0, epoch)`, then `process(row)` for each row when `open` returned true (or
/// when there is no `open`), then `close(error)`; or a function called per row.
pub(crate) struct ForeachSink {
    pub(crate) interp: Weak<Interpreter>,
    pub(crate) target: Value,
    pub(crate) last_epoch: Option<i64>,
}

impl ForeachSink {
    fn method(&self, it: &Interpreter, name: &str) -> Option<Value> {
        match &self.target {
            Value::Instance(_) => crate::python::builtins::get_attr(it, self.target.clone(), name)
                .ok()
                .filter(|v| !matches!(v, Value::Method(..))),
            _ => None,
        }
    }
}

impl runnel_core::io::sink::Sink for ForeachSink {
    fn add_batch(&mut self, epoch_id: i64, schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        if self.last_epoch.is_some_and(|e| e >= epoch_id) {
            return Ok(());
        }
        let it = self
            .interp
            .upgrade()
            .ok_or_else(|| RunnelError::internal("the script's interpreter is gone"))?;
        let rows = (0..batch.num_rows()).map(|r| -> Result<Value> {
            let fields = schema
                .fields()
                .iter()
                .zip(batch.columns())
                .map(|(f, c)| Ok((f.name().clone(), to_py(c.as_ref(), r)?)))
                .collect::<Result<Vec<_>>>()?;
            Ok(Value::Row(Rc::new(fields)))
        });
        let call = |f: Value, args: Vec<Value>| {
            it.as_worker(|| crate::python::builtins::call(&it, f, args, vec![]))
        };
        let fail = |e: RunnelError| python_error(&it, e, "StreamingQueryException");
        if !matches!(self.target, Value::Instance(_)) {
            for row in rows {
                call(self.target.clone(), vec![row?]).map_err(fail)?;
            }
            self.last_epoch = Some(epoch_id);
            return Ok(());
        }
        let process = self.method(&it, "process").ok_or_else(|| {
            RunnelError::execution(
                "ATTRIBUTE_NOT_CALLABLE",
                "Attribute `process` in provided object is not callable.",
            )
            .with_exception("PySparkAttributeError")
        })?;
        let go = match self.method(&it, "open") {
            Some(open) => call(open, vec![Value::Int(0), Value::Int(epoch_id)])
                .map_err(fail)?
                .truthy(),
            None => true,
        };
        let mut error: Option<RunnelError> = None;
        if go {
            for row in rows {
                if let Err(e) = row.and_then(|r| call(process.clone(), vec![r])) {
                    error = Some(e);
                    break;
                }
            }
        }
        if let Some(close) = self.method(&it, "close") {
            let err_value = error
                .as_ref()
                .map(|e| it.exception_value(e))
                .unwrap_or(Value::None);
            call(close, vec![err_value]).map_err(fail)?;
        }
        if let Some(e) = error {
            return Err(fail(e));
        }
        self.last_epoch = Some(epoch_id);
        Ok(())
    }

    fn description(&self) -> String {
        "ForeachSink".into()
    }
}

// ---- StreamingQueryListener ----

/// A script's `StreamingQueryListener` as the session's listener: Spark's events become
/// PySpark's event objects (`QueryStartedEvent`: id, runId, name, timestamp;
/// `QueryProgressEvent.progress`: the StreamingQueryProgress fields, `json`,
/// `prettyJson`; `QueryTerminatedEvent`: id, runId, exception, errorClassOnException).
/// An error inside a callback is printed and the query goes on, as in Spark, whose
/// listener bus logs it.
pub(crate) fn listener(
    interp: Weak<Interpreter>,
    target: Value,
) -> runnel_core::query::QueryListener {
    use runnel_core::query::QueryEvent;
    Rc::new(move |q: &runnel_core::StreamingQuery, ev: &QueryEvent| {
        let Some(it) = interp.upgrade() else { return };
        let str_or_none = |s: Option<String>| s.map(Value::Str).unwrap_or(Value::None);
        let ids = vec![
            ("id".to_string(), Value::Str(q.id())),
            ("runId".to_string(), Value::Str(q.run_id())),
        ];
        let (method, class, attrs) = match ev {
            QueryEvent::Started => {
                let mut a = ids;
                a.push(("name".into(), str_or_none(q.name())));
                let ms = (it.session.clock())();
                a.push((
                    "timestamp".into(),
                    Value::Str(runnel_core::query::event_time(ms)),
                ));
                // PySpark's set of str.
                a.push((
                    "jobTags".into(),
                    Value::set(q.job_tags().into_iter().map(Value::Str).collect()),
                ));
                ("onQueryStarted", "QueryStartedEvent", a)
            }
            QueryEvent::Progress(p) => {
                let mut fields: Vec<(String, Value)> = match p {
                    serde_json::Value::Object(m) => m
                        .iter()
                        .map(|(k, v)| (k.clone(), crate::python::stdlib::from_json(v.clone())))
                        .collect(),
                    _ => vec![],
                };
                // PySpark's progress has `observedMetrics` always ({} without observe),
                // each metric a Row.
                fields.retain(|(k, _)| k != "observedMetrics");
                let observed = p
                    .get("observedMetrics")
                    .and_then(|m| m.as_object())
                    .map(|m| {
                        m.iter()
                            .map(|(name, row)| (Value::Str(name.clone()), metrics_row(row)))
                            .collect()
                    })
                    .unwrap_or_default();
                fields.push(("observedMetrics".into(), Value::dict(observed)));
                fields.push(("json".into(), Value::Str(p.to_string())));
                fields.push((
                    "prettyJson".into(),
                    Value::Str(serde_json::to_string_pretty(p).unwrap_or_default()),
                ));
                let progress = instance("StreamingQueryProgress", fields);
                (
                    "onQueryProgress",
                    "QueryProgressEvent",
                    vec![("progress".into(), progress)],
                )
            }
            QueryEvent::Idle(timestamp) => {
                let mut a = ids;
                a.push(("timestamp".into(), Value::Str(timestamp.clone())));
                ("onQueryIdle", "QueryIdleEvent", a)
            }
            QueryEvent::Terminated(e) => {
                let mut a = ids;
                a.push((
                    "exception".into(),
                    str_or_none(e.as_ref().map(|e| e.to_string())),
                ));
                a.push((
                    "errorClassOnException".into(),
                    str_or_none(e.as_ref().and_then(|e| e.condition.clone())),
                ));
                ("onQueryTerminated", "QueryTerminatedEvent", a)
            }
        };
        let Ok(f) = crate::python::builtins::get_attr(&it, target.clone(), method) else {
            return;
        };
        if let Err(e) = crate::python::builtins::call(&it, f, vec![instance(class, attrs)], vec![])
        {
            it.host.print_err(
                &it.session,
                &format!("Error in StreamingQueryListener.{method}: {e}\n"),
            );
        }
    })
}

/// One metric row of `observedMetrics` as PySpark's `Row`.
fn metrics_row(row: &serde_json::Value) -> Value {
    let fields = match row.as_object() {
        Some(m) => m
            .iter()
            .map(|(k, v)| (k.clone(), crate::python::stdlib::from_json(v.clone())))
            .collect(),
        None => vec![],
    };
    Value::Row(Rc::new(fields))
}

/// An object of a class PySpark defines (an event), with its attributes.
pub(crate) fn instance(class: &str, attrs: Vec<(String, Value)>) -> Value {
    let class = Rc::new(crate::python::value::PyClass {
        name: class.to_string(),
        bases: vec![],
        attrs: std::cell::RefCell::new(vec![]),
    });
    Value::Instance(Rc::new(crate::python::value::PyObject {
        class,
        attrs: std::cell::RefCell::new(attrs),
    }))
}

thread_local! {
    /// The listeners the script added, with the session's ids for them (removeListener).
    pub(crate) static LISTENERS: std::cell::RefCell<Vec<(Value, usize)>> = const { std::cell::RefCell::new(Vec::new()) };
}
