//! Arrays, maps and structs; generators; the grouping windows.

use std::sync::Arc;

use arrow_array::builder::BooleanBuilder;
use arrow_array::cast::AsArray;
use arrow_array::*;
use arrow_schema::{DataType as T, Field, Fields};

use super::{Builder, Nulls, widen_all};
use crate::error::{Result, RunnelError};
use crate::expr::Expr;
use crate::expr::coerce::{cast_if_needed, type_mismatch};
use crate::expr::phys::PhysExpr;
use crate::types;

pub(super) fn register(r: &mut Builder) {
    r.scalar("size", |c| {
        c.arity(1, 1)?;
        if !matches!(c.ty(0), T::List(_) | T::Map(_, _) | T::Null) {
            return Err(type_mismatch(c.sql, "an array or map", &c.ty(0)));
        }
        c.kernel(T::Int32, |a, _, n| size(&a[0], n))
    })
    .alias(&["cardinality", "array_size"])
    .py("col");
    r.scalar("element_at", element_at)
        .literals(&[1])
        .py("col, extraction");
    // PySpark's try_element_at takes the extraction as a column or a column's name.
    r.scalar("try_element_at", element_at).py("col, extraction");
    r.scalar("get", element_at).literals(&[1]).py("col, index");
    r.scalar("array_contains", |c| {
        c.props.null_intolerant = true;
        c.arity(2, 2)?;
        let T::List(f) = c.ty(0) else {
            return Err(type_mismatch(c.sql, "an array", &c.ty(0)));
        };
        let v = cast_if_needed(c.args.remove(1), f.data_type());
        c.args.push(v);
        // Spark's ArrayContains: NULL also when the array may hold NULLs (not found).
        if f.is_nullable() {
            c.props.nulls = super::Nulls::Always;
        }
        c.kernel(T::Boolean, |a, _, n| array_contains(a, n))
    })
    .literals(&[1])
    .py("col, value");
    r.scalar("struct", |c| {
        let names: Vec<String> = c
            .raw
            .iter()
            .enumerate()
            .map(|(i, e)| match e {
                Expr::Column(_) | Expr::Alias(..) => e.name(),
                _ => format!("col{}", i + 1),
            })
            .collect();
        make_struct(c, names)
    })
    .py("*cols")
    .named(|c| {
        // Inside struct(...) an alias is printed (`struct(id, s AS z)`).
        let a: Vec<String> = c
            .raw
            .iter()
            .zip(&c.args)
            .map(|(e, s)| match e {
                Expr::Alias(inner, n) => format!("{} AS {n}", inner.sql_in(c.schema)),
                _ => s.clone(),
            })
            .collect();
        format!("struct({})", a.join(", "))
    });
    r.scalar("named_struct", |c| {
        let mut names = Vec::new();
        for i in (0..c.raw.len()).step_by(2) {
            names.push(c.str_lit(i)?);
        }
        let vals: Vec<PhysExpr> = std::mem::take(&mut c.args)
            .into_iter()
            .skip(1)
            .step_by(2)
            .collect();
        c.args = vals;
        make_struct(c, names)
    })
    .py("*cols");
    r.scalar("array", |c| {
        // Spark's CreateArray: elements of no common type (structs whose fields are
        // named differently among them) are DATA_DIFF_TYPES.
        let tys: Vec<T> = (0..c.args.len()).map(|i| c.ty(i)).collect();
        let names = |t: &T| match t {
            T::Struct(f) => Some(f.iter().map(|x| x.name().to_ascii_lowercase()).collect::<Vec<_>>()),
            _ => None,
        };
        let struct_names: Vec<Vec<String>> = tys.iter().filter_map(names).collect();
        let mut common = T::Null;
        let mut ok = struct_names.windows(2).all(|w| w[0] == w[1]);
        for t in &tys {
            match crate::expr::coerce::wider_type(&common, t) {
                Some(w) => common = w,
                None => ok = false,
            }
        }
        if !ok {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: Input to `array` should all be the same type, but it's ({}). Cast the elements to one type.",
                    c.sql,
                    tys.iter()
                        .map(|t| format!("\"{}\"", types::sql_name(t)))
                        .collect::<Vec<_>>()
                        .join(" or ")
                ),
            ));
        }
        // `array()` and `array(NULL)` are array<void>, as Spark's CreateArray gives.
        let ty = widen_all(c)?;
        let args = std::mem::take(&mut c.args);
        c.args = args.into_iter().map(|a| cast_if_needed(a, &ty)).collect();
        c.props.nulls = Nulls::Never;
        // Spark's CreateArray: containsNull when any element may be NULL.
        let contains_null = c.args.iter().any(|a| a.nullable());
        c.kernel(types::list_of_n(ty, contains_null), make_array)
    })
    .py("*cols");
    // window_time(window): the window's last instant, end - 1 microsecond.
    r.scalar("window_time", |c| {
        c.arity(1, 1)?;
        let ok = matches!(&c.ty(0), T::Struct(f) if f.len() == 2
            && f.iter().all(|x| matches!(x.data_type(), T::Timestamp(..))));
        if !ok {
            return Err(type_mismatch(
                c.sql,
                "a window struct<start, end>",
                &c.ty(0),
            ));
        }
        c.props.null_intolerant = true;
        // Spark's window_time reads the window's `end` field: NULL when it may be.
        if matches!(&c.ty(0), T::Struct(f) if f[1].is_nullable()) {
            c.props.nulls = super::Nulls::Always;
        }
        c.kernel(types::timestamp_type(), |a, _, _| {
            let st = a[0].as_struct();
            let end = st
                .column(1)
                .as_primitive_opt::<arrow_array::types::TimestampMicrosecondType>()
                .ok_or_else(|| RunnelError::internal("a window end that is not a timestamp"))?;
            let out: TimestampMicrosecondArray = end
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    if st.is_null(i) {
                        None
                    } else {
                        v.map(|e| e - 1)
                    }
                })
                .collect();
            Ok(Arc::new(out.with_timezone("UTC")))
        })
    })
    .py("windowColumn");
    r.generator("explode").py("col");
    r.generator("explode_outer").py("col");
    r.generator("posexplode").py("col");
    r.generator("posexplode_outer").py("col");
    r.generator("inline").py("col");
    r.generator("inline_outer").py("col");
    r.generator("stack").py("*cols");
    r.window("window")
        .literals(&[1, 2, 3])
        .py("timeColumn, windowDuration, slideDuration=, startTime=");
    r.window("session_window")
        .literals(&[1])
        .py("timeColumn, gapDuration");
    r.unsupported(
        "spark_partition_id",
        "spark_partition_id() is not supported: Runnel runs one partition",
    )
    .py_none()
    .named(|_| "SPARK_PARTITION_ID()".into());
}

fn make_struct(c: &mut super::Call, names: Vec<String>) -> Result<PhysExpr> {
    let fields: Fields = names
        .iter()
        .zip(&c.args)
        .map(|(n, v)| Field::new(n, v.data_type(), v.nullable()))
        .collect();
    c.props.nulls = Nulls::Never;
    let f2 = fields.clone();
    c.kernel(T::Struct(fields), move |a, _, n| {
        Ok(if f2.is_empty() {
            // struct(): a struct without fields on every row, as Spark gives.
            Arc::new(StructArray::new_empty_fields(n, None))
        } else {
            Arc::new(StructArray::try_new(f2.clone(), a.to_vec(), None)?)
        })
    })
}

fn size(a: &ArrayRef, n: usize) -> Result<ArrayRef> {
    Ok(match a.data_type() {
        T::List(_) => {
            let l = a.as_list::<i32>();
            Arc::new(
                (0..n)
                    .map(|i| (!l.is_null(i)).then(|| l.value_length(i)))
                    .collect::<Int32Array>(),
            )
        }
        T::Map(_, _) => {
            let m = a.as_map();
            Arc::new(
                (0..n)
                    .map(|i| (!m.is_null(i)).then(|| m.value_length(i)))
                    .collect::<Int32Array>(),
            )
        }
        _ => new_null_array(&T::Int32, n),
    })
}

fn array_contains(a: &[ArrayRef], n: usize) -> Result<ArrayRef> {
    let l = a[0].as_list::<i32>();
    let mut b = BooleanBuilder::new();
    for i in 0..n {
        if l.is_null(i) || a[1].is_null(i) {
            b.append_null();
            continue;
        }
        let vals = l.value(i);
        let needle = a[1].slice(i, 1);
        let probe = arrow_select::concat::concat(&[needle.as_ref()].repeat(vals.len().max(1)))?;
        let eq = arrow_ord::cmp::eq(&vals, &probe.slice(0, vals.len()))?;
        if eq.iter().any(|v| v == Some(true)) {
            b.append_value(true)
        } else if vals.null_count() > 0 {
            b.append_null()
        } else {
            b.append_value(false)
        }
    }
    Ok(Arc::new(b.finish()))
}

fn make_array(a: &[ArrayRef], ty: &T, n: usize) -> Result<ArrayRef> {
    let T::List(f) = ty else {
        crate::internal_err!("array() without a list type")
    };
    if a.is_empty() {
        return Ok(Arc::new(ListArray::new(
            f.clone(),
            arrow_buffer::OffsetBuffer::new(vec![0i32; n + 1].into()),
            new_empty_array(f.data_type()),
            None,
        )));
    }
    let k = a.len();
    let refs: Vec<&dyn Array> = a.iter().map(|a| a.as_ref()).collect();
    let idx: Vec<(usize, usize)> = (0..n).flat_map(|r| (0..k).map(move |c| (c, r))).collect();
    let values = arrow_select::interleave::interleave(&refs, &idx)?;
    let offsets: Vec<i32> = (0..=n).map(|i| (i * k) as i32).collect();
    Ok(Arc::new(ListArray::try_new(
        f.clone(),
        arrow_buffer::OffsetBuffer::new(offsets.into()),
        values,
        None,
    )?))
}

fn element_at(c: &mut super::Call) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    c.props.null_intolerant = true;
    // On a map: the value under the key, NULL when absent (also element_at in Spark 4).
    if let T::Map(entries, _) = c.ty(0) {
        let T::Struct(kv) = entries.data_type() else {
            crate::internal_err!("map entries")
        };
        let vt = kv[1].data_type().clone();
        let key = cast_if_needed(c.args.remove(1), kv[0].data_type());
        c.args.push(key);
        c.props.nulls = super::Nulls::Always;
        return c.kernel(vt, |a, _, _| super::map_lookup(&a[0], &a[1]));
    }
    if !matches!(c.ty(0), T::List(_)) {
        return Err(RunnelError::not_supported(format!(
            "{}() on {}",
            c.name,
            types::simple_string(&c.ty(0))
        )));
    }
    // element_at's index is an INT (ANSI implicit casts); get() takes any integral.
    if c.name == "get" {
        c.coerce(1, &T::Int32)?;
    } else {
        c.int_arg(1)?;
    }
    let idx = c.args.remove(1);
    Ok(PhysExpr::Index {
        expr: Box::new(c.args.remove(0)),
        index: Box::new(idx),
        ansi: c.name == "element_at",
        one_based: c.name != "get",
    })
}
