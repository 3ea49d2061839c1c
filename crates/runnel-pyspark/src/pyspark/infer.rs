//! `spark.createDataFrame(data[, names])` without a schema: PySpark's `_infer_schema`
//! over every row (`_infer_type` of each value, `_merge_type` across rows). A tuple or
//! list row takes the names given (`_1`, `_2`, ... past them), a `Row` its fields, a dict
//! its keys in sorted order.

use std::sync::Arc;

use arrow_schema::{DataType, Field, Fields, Schema};
use runnel_core::error::{Result, RunnelError};
use runnel_core::types;

use crate::python::value::{Native, Value, type_class_name};

fn cannot_merge(a: &DataType, b: &DataType) -> RunnelError {
    RunnelError::execution(
        "CANNOT_MERGE_TYPE",
        format!(
            "Can not merge type `{}` and `{}`. Give every row the same type in a column (a float as 2.0, not 2), or pass a schema.",
            type_class_name(a),
            type_class_name(b)
        ),
    )
    .with_exception("PySparkTypeError")
}

fn cannot_determine() -> RunnelError {
    RunnelError::execution(
        "CANNOT_DETERMINE_TYPE",
        "Some of types cannot be determined after inferring. Give the column a value that is not None in some row, or pass a schema.",
    )
    .with_exception("PySparkValueError")
}

/// A row's values with their names (None where the row's kind gives none).
fn row_items(row: &Value) -> Result<Vec<(Option<String>, Value)>> {
    Ok(match row {
        Value::Row(fields) => fields
            .iter()
            .map(|(k, v)| (Some(k.clone()), v.clone()))
            .collect(),
        Value::Dict(d) => {
            let mut items: Vec<(String, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.to_py_str(), v.clone()))
                .collect();
            items.sort_by(|a, b| a.0.cmp(&b.0));
            items.into_iter().map(|(k, v)| (Some(k), v)).collect()
        }
        other => match other.items() {
            Some(items) => items.into_iter().map(|v| (None, v)).collect(),
            None => {
                return Err(RunnelError::execution(
                    "CANNOT_INFER_SCHEMA_FOR_TYPE",
                    format!(
                        "Can not infer schema for type: `{}`. Give rows as tuples, lists, dicts or Rows, or pass a schema (an atomic type such as \"int\" for single values).",
                        other.type_name()
                    ),
                )
                .with_exception("PySparkTypeError"));
            }
        },
    })
}

/// PySpark's `_infer_type`; `DataType::Null` for None (and an empty list's element).
fn infer_type(v: &Value) -> Result<DataType> {
    Ok(match v {
        Value::None => DataType::Null,
        Value::Bool(_) => DataType::Boolean,
        Value::Int(_) => DataType::Int64,
        Value::Float(_) => DataType::Float64,
        Value::Str(_) => DataType::Utf8,
        Value::Native(n) => match n.as_ref() {
            Native::Decimal(_) => DataType::Decimal128(38, 18),
            Native::DateTime(..) => types::timestamp_type(),
            Native::Date(_) => DataType::Date32,
            Native::TimeDelta(_) => DataType::Duration(arrow_schema::TimeUnit::Microsecond),
            Native::Bytes(_) => DataType::Binary,
            _ => return Err(cannot_infer(v)),
        },
        Value::List(_) => {
            let mut t = DataType::Null;
            for x in v.items().unwrap_or_default() {
                t = merge(&t, &infer_type(&x)?)?;
            }
            types::list_of(t)
        }
        Value::Dict(d) => {
            let (mut kt, mut vt) = (DataType::Null, DataType::Null);
            for (k, x) in d.borrow().iter() {
                kt = merge(&kt, &infer_type(k)?)?;
                vt = merge(&vt, &infer_type(x)?)?;
            }
            types::map_of(kt, vt)
        }
        Value::Row(_) | Value::Tuple(_) => {
            let items = row_items(v)?;
            DataType::Struct(Fields::from(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, (k, x))| {
                        Ok(Field::new(
                            k.clone().unwrap_or_else(|| format!("_{}", i + 1)),
                            infer_type(x)?,
                            true,
                        ))
                    })
                    .collect::<Result<Vec<_>>>()?,
            ))
        }
        other => return Err(cannot_infer(other)),
    })
}

fn cannot_infer(v: &Value) -> RunnelError {
    RunnelError::execution(
        "UNSUPPORTED_DATA_TYPE",
        format!(
            "Unsupported DataType `{}`. Runnel's createDataFrame infers bool, int, float, str, Decimal, datetime, date, timedelta, list, dict, tuple and Row values; pass a schema for others.",
            v.type_name()
        ),
    )
    .with_exception("PySparkTypeError")
}

/// PySpark's `_merge_type`: NULL gives way to any type; otherwise the same type (fields,
/// elements and map entries merged inside), else CANNOT_MERGE_TYPE.
fn merge(a: &DataType, b: &DataType) -> Result<DataType> {
    Ok(match (a, b) {
        (DataType::Null, t) | (t, DataType::Null) => t.clone(),
        (DataType::List(x), DataType::List(y)) => {
            types::list_of(merge(x.data_type(), y.data_type())?)
        }
        (DataType::Struct(x), DataType::Struct(y)) => {
            let mut out: Vec<Field> = Vec::new();
            for f in x.iter() {
                let t = match y.iter().find(|g| g.name() == f.name()) {
                    Some(g) => merge(f.data_type(), g.data_type())?,
                    None => f.data_type().clone(),
                };
                out.push(Field::new(f.name(), t, true));
            }
            for g in y.iter() {
                if !x.iter().any(|f| f.name() == g.name()) {
                    out.push(g.as_ref().clone());
                }
            }
            DataType::Struct(Fields::from(out))
        }
        (DataType::Map(x, _), DataType::Map(y, _)) => {
            let kv = |f: &Field| match f.data_type() {
                DataType::Struct(kv) if kv.len() == 2 => {
                    (kv[0].data_type().clone(), kv[1].data_type().clone())
                }
                _ => (DataType::Null, DataType::Null),
            };
            let ((xk, xv), (yk, yv)) = (kv(x), kv(y));
            types::map_of(merge(&xk, &yk)?, merge(&xv, &yv)?)
        }
        (x, y) if x == y => x.clone(),
        (DataType::Timestamp(_, Some(_)), DataType::Timestamp(_, None)) => a.clone(),
        (DataType::Timestamp(_, None), DataType::Timestamp(_, Some(_))) => b.clone(),
        // An atomic type and a string merge as the string (their values print as strings).
        (x, DataType::Utf8) | (DataType::Utf8, x) if atomic(x) => DataType::Utf8,
        (x, y) => return Err(cannot_merge(x, y)),
    })
}

/// PySpark's AtomicType: not NULL, an array, a map or a struct.
fn atomic(t: &DataType) -> bool {
    !matches!(
        t,
        DataType::Null | DataType::List(_) | DataType::Map(..) | DataType::Struct(_)
    )
}

fn has_null(t: &DataType) -> bool {
    match t {
        DataType::Null => true,
        DataType::List(f) => has_null(f.data_type()),
        DataType::Struct(fs) => fs.iter().any(|f| has_null(f.data_type())),
        DataType::Map(f, _) => has_null(f.data_type()),
        _ => false,
    }
}

/// The schema PySpark infers for `data` (with `names` for the first columns), and each
/// row's values in the schema's order.
pub(crate) fn infer_schema(
    data: &[Value],
    names: Option<&[String]>,
) -> Result<(Arc<Schema>, Vec<Vec<Value>>)> {
    let mut fields: Vec<(String, DataType)> = Vec::new();
    let mut rows = Vec::with_capacity(data.len());
    for row in data {
        let items = row_items(row)?;
        let mut vals = Vec::with_capacity(items.len());
        for (i, (k, v)) in items.into_iter().enumerate() {
            let name = names
                .and_then(|n| n.get(i).cloned())
                .or(k)
                .unwrap_or_else(|| format!("_{}", i + 1));
            let t = infer_type(&v)?;
            match fields.get_mut(i) {
                Some((_, have)) => *have = merge(have, &t)?,
                None => fields.push((name, t)),
            }
            vals.push(v);
        }
        rows.push(vals);
    }
    if fields.iter().any(|(_, t)| has_null(t)) {
        return Err(cannot_determine());
    }
    for r in rows.iter_mut() {
        r.resize(fields.len(), Value::None);
    }
    let schema = Schema::new(
        fields
            .into_iter()
            .map(|(n, t)| Field::new(n, t, true))
            .collect::<Vec<_>>(),
    );
    Ok((Arc::new(schema), rows))
}
