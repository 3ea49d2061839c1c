//! Array functions over Spark's `array<T>` (Arrow `List`), any element type: elements
//! compare as Spark compares them (arrow-row's order: NULL first, NaN above every
//! number, -0.0 equal to 0.0 after normalisation).

use std::sync::Arc;

use arrow_array::builder::StringBuilder;
use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::*;
use arrow_buffer::OffsetBuffer;
use arrow_row::{RowConverter, SortField};
use arrow_schema::{DataType as T, FieldRef};

use super::{Builder, Call, Nulls, strings};
use crate::error::{Result, RunnelError};
use crate::expr::coerce::{cast_if_needed, type_mismatch};
use crate::expr::phys::PhysExpr;
use crate::scalar::normalize_floats;
use crate::types;

/// The order of an array's elements (-0.0 and NaN as Spark orders them), NULL elements
/// first or last as `opts` says. Structs and arrays compare field by field / element by
/// element in Spark's natural order (a NULL inside first; all reversed when
/// descending), through Arrow's row format.
fn sort_indices(vals: &ArrayRef, opts: arrow_schema::SortOptions) -> Result<UInt32Array> {
    let norm = normalize_floats(vals);
    if !matches!(norm.data_type(), T::Struct(_) | T::List(_)) {
        return Ok(arrow_ord::sort::sort_to_indices(&norm, Some(opts), None)?);
    }
    let natural = arrow_schema::SortOptions {
        descending: opts.descending,
        nulls_first: !opts.descending,
    };
    let conv = RowConverter::new(vec![SortField::new_with_options(
        norm.data_type().clone(),
        natural,
    )])?;
    let rows = conv.convert_columns(std::slice::from_ref(&norm))?;
    let mut idx: Vec<u32> = (0..rows.num_rows() as u32).collect();
    idx.sort_by(|&a, &b| {
        let (a, b) = (a as usize, b as usize);
        match (norm.is_null(a), norm.is_null(b)) {
            (true, true) => std::cmp::Ordering::Equal,
            (true, false) if opts.nulls_first => std::cmp::Ordering::Less,
            (true, false) => std::cmp::Ordering::Greater,
            (false, true) if opts.nulls_first => std::cmp::Ordering::Greater,
            (false, true) => std::cmp::Ordering::Less,
            (false, false) => rows.row(a).cmp(&rows.row(b)),
        }
    });
    Ok(UInt32Array::from(idx))
}

pub(super) fn register(r: &mut Builder) {
    r.scalar("array_max", |c| pick(c, true)).py("col");
    r.scalar("array_min", |c| pick(c, false)).py("col");
    // array_distinct(arr): each value once, in first-seen order (one NULL kept).
    r.scalar("array_distinct", |c| {
        c.props.null_intolerant = true;
        let f = list_arg(c, 0)?;
        let ty = c.ty(0);
        c.kernel(ty, move |a, _, _| {
            map_lists(a[0].as_list::<i32>(), &f, |_, vals| {
                let rows = rows_of(vals)?;
                let mut seen = std::collections::HashSet::new();
                let keep: Vec<u32> = (0..vals.len())
                    .filter(|&i| seen.insert(rows.row(i).as_ref().to_vec()))
                    .map(|i| i as u32)
                    .collect();
                Ok(Some(arrow_select::take::take(
                    vals.as_ref(),
                    &UInt32Array::from(keep),
                    None,
                )?))
            })
        })
    })
    .py("col");
    // array_remove(arr, value): without the elements equal to value (NULL for a NULL value).
    r.scalar("array_remove", |c| {
        c.arity(2, 2)?;
        let f = list_arg(c, 0)?;
        let v = cast_if_needed(c.args.remove(1), f.data_type());
        c.args.push(v);
        let ty = c.ty(0);
        c.props.null_intolerant = true;
        c.kernel(ty, move |a, _, _| {
            let needle = a[1].clone();
            map_lists(a[0].as_list::<i32>(), &f, |i, vals| {
                if needle.is_null(i) {
                    return Ok(None);
                }
                let eq = equal_to(vals, &needle, i)?;
                let keep: Vec<u32> = (0..vals.len())
                    .filter(|&k| vals.is_null(k) || !eq[k])
                    .map(|k| k as u32)
                    .collect();
                Ok(Some(arrow_select::take::take(
                    vals.as_ref(),
                    &UInt32Array::from(keep),
                    None,
                )?))
            })
        })
    })
    .literals(&[1])
    .py("col, element");
    // array_position(arr, value): the 1-based place of the first equal element, 0 if none.
    r.scalar("array_position", |c| {
        c.arity(2, 2)?;
        let f = list_arg(c, 0)?;
        let v = cast_if_needed(c.args.remove(1), f.data_type());
        c.args.push(v);
        c.props.null_intolerant = true;
        c.kernel(T::Int64, |a, _, n| {
            let l = a[0].as_list::<i32>();
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                if l.is_null(i) || a[1].is_null(i) {
                    out.push(None);
                    continue;
                }
                let vals = l.value(i);
                let eq = equal_to(&vals, &a[1], i)?;
                out.push(Some(
                    (0..vals.len())
                        .find(|&k| vals.is_valid(k) && eq[k])
                        .map_or(0, |k| k as i64 + 1),
                ));
            }
            Ok(Arc::new(Int64Array::from(out)))
        })
    })
    .literals(&[1])
    .py("col, value");
    // sort_array(arr[, asc]): ascending with NULLs first, or descending with NULLs last.
    r.scalar("sort_array", |c| {
        c.props.null_intolerant = true;
        let asc = if c.raw.len() > 1 {
            match c.raw.get(1) {
                Some(crate::expr::Expr::Literal(crate::scalar::ScalarValue::Boolean(b))) => *b,
                _ => {
                    return Err(RunnelError::not_supported(
                        "argument 2 of sort_array() must be a boolean literal",
                    ));
                }
            }
        } else {
            true
        };
        c.args.truncate(1);
        let f = list_arg(c, 0)?;
        let ty = c.ty(0);
        c.kernel(ty, move |a, _, _| {
            let opts = arrow_schema::SortOptions {
                descending: !asc,
                nulls_first: asc,
            };
            map_lists(a[0].as_list::<i32>(), &f, |_, vals| {
                let idx = sort_indices(vals, opts)?;
                Ok(Some(arrow_select::take::take(vals.as_ref(), &idx, None)?))
            })
        })
    })
    .literals(&[1])
    .py("col, asc=")
    .named(|c| c.with_default(1, "true"));
    // array_sort(arr): ascending with NULLs last (a comparator lambda: see lambda.rs).
    r.scalar("array_sort", |c| {
        c.arity(1, 1)?;
        let f = list_arg(c, 0)?;
        let ty = c.ty(0);
        c.kernel(ty, move |a, _, _| {
            let opts = arrow_schema::SortOptions {
                descending: false,
                nulls_first: false,
            };
            map_lists(a[0].as_list::<i32>(), &f, |_, vals| {
                let idx = sort_indices(vals, opts)?;
                Ok(Some(arrow_select::take::take(vals.as_ref(), &idx, None)?))
            })
        })
    })
    .py("col, comparator=")
    // Spark names array_sort(a) with the default comparator it adds.
    .named(|c| {
        if c.args.len() == 1 {
            format!(
                "array_sort({}, lambdafunction((IF(((namedlambdavariable() IS NULL) AND (namedlambdavariable() IS NULL)), 0, (IF((namedlambdavariable() IS NULL), 1, (IF((namedlambdavariable() IS NULL), -1, (IF((namedlambdavariable() < namedlambdavariable()), -1, (IF((namedlambdavariable() > namedlambdavariable()), 1, 0)))))))))), namedlambdavariable(), namedlambdavariable()))",
                c.first()
            )
        } else {
            c.plain()
        }
    });
    // array_join(arr, delimiter[, nullReplacement]): the strings joined; NULL elements
    // skipped, or replaced.
    r.scalar("array_join", |c| {
        c.arity(2, 3)?;
        let T::List(f) = c.ty(0) else {
            return Err(type_mismatch(c.sql, "an array", &c.ty(0)));
        };
        // Spark's ImplicitCastInputTypes: an array of atomic values is cast to
        // ARRAY<STRING>; one of arrays, maps or structs cannot be.
        if matches!(
            f.data_type(),
            T::List(_) | T::LargeList(_) | T::FixedSizeList(..) | T::Map(..) | T::Struct(_)
        ) {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: The first parameter requires the \"ARRAY<STRING>\" type, however \"{}\" has the type \"{}\". Join an array of strings (flatten an array of arrays first, or to_json the elements).",
                    c.sql,
                    c.raw.first().map(|e| e.sql()).unwrap_or_default(),
                    types::sql_name(&c.ty(0))
                ),
            ));
        }
        if f.data_type() != &T::Utf8 {
            let to = types::list_of(T::Utf8);
            let a = c.args.remove(0);
            c.args.insert(0, cast_if_needed(a, &to));
        }
        for i in 1..c.args.len() {
            c.string_arg(i)?;
        }
        c.kernel(T::Utf8, |a, _, n| {
            let l = a[0].as_list::<i32>();
            let d = strings(&a[1])?;
            let rep = a.get(2).map(strings).transpose()?;
            let mut b = StringBuilder::new();
            for i in 0..n {
                if l.is_null(i) || d.is_null(i) || rep.is_some_and(|r| r.is_null(i)) {
                    b.append_null();
                    continue;
                }
                let vals = l.value(i);
                let vals = strings(&vals)?;
                let parts: Vec<&str> = vals
                    .iter()
                    .filter_map(|v| v.or(rep.map(|r| r.value(i))))
                    .collect();
                b.append_value(parts.join(d.value(i)));
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1, 2])
    .py("col, delimiter, null_replacement=");
    // slice(arr, start, length): 1-based start (negative from the end); start 0 or a
    // negative length is Spark's error.
    r.scalar("slice", |c| {
        c.arity(3, 3)?;
        let f = list_arg(c, 0)?;
        c.coerce(1, &T::Int32)?;
        c.coerce(2, &T::Int32)?;
        let ty = c.ty(0);
        c.props.null_intolerant = true;
        c.kernel(ty, move |a, _, _| {
            let (s, k) = (a[1].as_primitive::<Int32Type>(), a[2].as_primitive::<Int32Type>());
            map_lists(a[0].as_list::<i32>(), &f, |i, vals| {
                if s.is_null(i) || k.is_null(i) {
                    return Ok(None);
                }
                let (start, len) = (s.value(i), k.value(i));
                if start == 0 {
                    return Err(RunnelError::execution(
                        "INVALID_PARAMETER_VALUE.START",
                        "The value of parameter(s) `start` in `slice` is invalid: Expects a positive or a negative value for `start`, but got 0. Count from 1 (or from -1 at the end).",
                    ));
                }
                if len < 0 {
                    return Err(RunnelError::execution(
                        "INVALID_PARAMETER_VALUE.LENGTH",
                        format!("The value of parameter(s) `length` in `slice` is invalid: Expects `length` greater than or equal to 0, but got {len}. Ask for 0 or more elements."),
                    ));
                }
                let n = vals.len() as i64;
                let from = if start > 0 { start as i64 - 1 } else { n + start as i64 };
                if from < 0 || from >= n {
                    return Ok(Some(vals.slice(0, 0)));
                }
                let to = (from + len as i64).min(n);
                Ok(Some(vals.slice(from as usize, (to - from) as usize)))
            })
        })
    })
    .py("x, start, length");
    // array_repeat(value, count): an array of count copies.
    r.scalar("array_repeat", |c| {
        c.arity(2, 2)?;
        c.int_arg(1)?;
        // Spark's ArrayRepeat: NULL only when the count is; the elements are the value,
        // NULL when it may be (`array_repeat(NULL, 3)` is an `array<void>`).
        let et = c.ty(0);
        let contains_null = c.args[0].nullable();
        // Spark folds a call of literals with its interpreted `eval`, whose bound check
        // has an error condition; a call over columns runs generated code, which fails
        // in ArrayData.allocateArrayData with a legacy error.
        let folded = c.args.iter().all(|a| matches!(a, PhysExpr::Literal(_)));
        c.props.nulls = super::Nulls::Args(&[1]);
        c.kernel(types::list_of_n(et, contains_null), move |a, ty, n| {
            let T::List(f) = ty else {
                crate::internal_err!("array_repeat without a list type")
            };
            let k = a[1].as_primitive::<Int32Type>();
            // Every element is held in memory: refused before allocating past the bound.
            let mut total: i64 = 0;
            for i in 0..n {
                if k.is_valid(i) {
                    let count = k.value(i).max(0) as i64;
                    total += count;
                    // Spark's own bound (ByteArrayMethods.MAX_ROUNDED_ARRAY_LENGTH).
                    if count > 2147483632 && folded {
                        return Err(RunnelError::execution(
                            "COLLECTION_SIZE_LIMIT_EXCEEDED.PARAMETER",
                            format!(
                                "Can't create array with {count} elements which exceeding the array size limit 2147483632, the value of parameter(s) `count` in the function `array_repeat` is invalid. Ask for fewer copies."
                            ),
                        ));
                    }
                    if count > 2147483632 {
                        return Err(RunnelError::execution(
                            "_LEGACY_ERROR_TEMP_2176",
                            format!(
                                "Cannot create array with {count} elements of data due to exceeding the limit 2147483632 elements for ArrayData.  array_repeat failed. Ask for fewer copies."
                            ),
                        ));
                    }
                    check_elements(count, total, &format!("array_repeat(..., {count})"))?;
                }
            }
            let mut idx: Vec<u32> = Vec::with_capacity(total as usize);
            let mut offsets = vec![0i32];
            let mut nulls = Vec::with_capacity(n);
            for i in 0..n {
                if k.is_null(i) {
                    nulls.push(false);
                } else {
                    nulls.push(true);
                    for _ in 0..k.value(i).max(0) {
                        idx.push(i as u32);
                    }
                }
                offsets.push(idx.len() as i32);
            }
            let values = arrow_select::take::take(a[0].as_ref(), &UInt32Array::from(idx), None)?;
            Ok(Arc::new(ListArray::try_new(
                f.clone(),
                OffsetBuffer::new(offsets.into()),
                values,
                Some(nulls.into()),
            )?))
        })
    })
    .py("col, count");
    // flatten(array<array<T>>): the inner arrays concatenated (NULL if one is NULL).
    r.scalar("flatten", |c| {
        let f = list_arg(c, 0)?;
        let T::List(inner) = f.data_type().clone() else {
            return Err(type_mismatch(c.sql, "an array of arrays", &c.ty(0)));
        };
        // Spark's Flatten: NULL when the array is or one of its arrays is.
        if f.is_nullable() {
            c.props.nulls = Nulls::Always;
        }
        c.kernel(T::List(inner.clone()), move |a, _, _| {
            map_lists(a[0].as_list::<i32>(), &inner, |_, vals| {
                let l = vals.as_list::<i32>();
                if l.null_count() > 0 {
                    return Ok(None);
                }
                Ok(Some(l.values().slice(
                    l.value_offsets()[0] as usize,
                    (l.value_offsets()[l.len()] - l.value_offsets()[0]) as usize,
                )))
            })
        })
    })
    .py("col");
    // arrays_zip(a, b, ...): array<struct<...>>, the i-th elements together (NULL where
    // an array is shorter); fields named after the columns (else their position).
    r.scalar("arrays_zip", |c| {
        c.arity(1, usize::MAX)?;
        let mut fields = Vec::new();
        for i in 0..c.args.len() {
            let f = list_arg(c, i)?;
            let name = match c.raw.get(i) {
                Some(crate::expr::Expr::Column(n)) => {
                    crate::expr::split_name(n).pop().unwrap_or_default()
                }
                Some(crate::expr::Expr::Alias(_, n)) => n.clone(),
                _ => i.to_string(),
            };
            fields.push(arrow_schema::Field::new(name, f.data_type().clone(), true));
        }
        let fields = arrow_schema::Fields::from(fields);
        let st = T::Struct(fields.clone());
        c.props.nulls = super::Nulls::AnyArg;
        c.kernel(types::list_of_n(st, false), move |a, ty, n| {
            let lists: Vec<&ListArray> = a.iter().map(|x| x.as_list::<i32>()).collect();
            let (mut offsets, mut valid) = (vec![0i32], Vec::with_capacity(n));
            let mut idx: Vec<Vec<Option<u32>>> = vec![Vec::new(); lists.len()];
            for i in 0..n {
                let ok = lists.iter().all(|l| l.is_valid(i));
                if ok {
                    let len = lists.iter().map(|l| l.value_length(i)).max().unwrap_or(0);
                    for (j, l) in lists.iter().enumerate() {
                        let (s, m) = (l.value_offsets()[i], l.value_length(i));
                        idx[j].extend((0..len).map(|k| (k < m).then_some((s + k) as u32)));
                    }
                }
                valid.push(ok);
                offsets.push(idx.first().map_or(0, |v| v.len()) as i32);
            }
            let cols = lists
                .iter()
                .zip(&idx)
                .map(|(l, ix)| {
                    Ok(arrow_select::take::take(
                        l.values().as_ref(),
                        &UInt32Array::from(ix.clone()),
                        None,
                    )?)
                })
                .collect::<Result<Vec<ArrayRef>>>()?;
            let len = idx.first().map_or(0, |v| v.len());
            let values: ArrayRef = if cols.is_empty() {
                Arc::new(StructArray::new_empty_fields(len, None))
            } else {
                Arc::new(StructArray::try_new(fields.clone(), cols, None)?)
            };
            let T::List(f) = ty else {
                crate::internal_err!("a list type")
            };
            Ok(Arc::new(ListArray::try_new(
                f.clone(),
                OffsetBuffer::new(offsets.into()),
                values,
                Some(valid.into()),
            )?))
        })
    })
    .py("*cols");
    // array_insert(arr, pos, value): 1-based; a negative pos counts from the end (-1
    // appends); past either end the gap is NULLs; pos 0 is INVALID_INDEX_OF_ZERO.
    r.scalar("array_insert", |c| {
        c.arity(3, 3)?;
        let f = list_arg(c, 0)?;
        let et = crate::expr::coerce::wider_type(f.data_type(), &c.ty(2))
            .ok_or_else(|| type_mismatch(c.sql, &types::simple_string(f.data_type()), &c.ty(2)))?;
        let lt = types::list_of(et.clone());
        c.coerce(0, &lt)?;
        c.coerce(1, &T::Int32)?;
        c.coerce(2, &et)?;
        // Spark's ArrayInsert: NULL when the array or the position is, never the value.
        c.props.nulls = super::Nulls::Args(&[0, 1]);
        c.kernel(lt, |a, ty, n| {
            let l = a[0].as_list::<i32>();
            let pos = a[1].as_primitive::<Int32Type>();
            // Elements from the list's values (0) or the value column (1); None = NULL.
            let mut pick: Vec<Option<(usize, usize)>> = Vec::new();
            let (mut offsets, mut valid) = (vec![0i32], Vec::with_capacity(n));
            for i in 0..n {
                if l.is_null(i) || pos.is_null(i) {
                    valid.push(false);
                    offsets.push(pick.len() as i32);
                    continue;
                }
                let p = pos.value(i) as i64;
                if p == 0 {
                    return Err(RunnelError::execution(
                        "INVALID_INDEX_OF_ZERO",
                        "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1). Give a position from 1, or from -1 for the end.",
                    ));
                }
                let (s, len) = (l.value_offsets()[i] as usize, l.value_length(i) as i64);
                let existing = |k: i64| Some((0usize, s + k as usize));
                let new_len = if p > 0 {
                    (p - 1).max(len) + 1
                } else {
                    len + 1 + (-(len + p + 1)).max(0)
                };
                check_elements(new_len, new_len, "array_insert")?;
                if p > 0 {
                    let at = p - 1;
                    for k in 0..len.min(at) {
                        pick.push(existing(k));
                    }
                    for _ in len..at {
                        pick.push(None);
                    }
                    pick.push(Some((1, i)));
                    for k in at.min(len)..len {
                        pick.push(existing(k));
                    }
                } else {
                    let at = len + p + 1;
                    if at >= 0 {
                        for k in 0..at {
                            pick.push(existing(k));
                        }
                        pick.push(Some((1, i)));
                        for k in at..len {
                            pick.push(existing(k));
                        }
                    } else {
                        pick.push(Some((1, i)));
                        for _ in 0..(-at) {
                            pick.push(None);
                        }
                        for k in 0..len {
                            pick.push(existing(k));
                        }
                    }
                }
                valid.push(true);
                offsets.push(pick.len() as i32);
            }
            let nulls = arrow_array::new_null_array(a[2].data_type(), 1);
            let sources: [&dyn Array; 3] = [l.values().as_ref(), a[2].as_ref(), nulls.as_ref()];
            let ix: Vec<(usize, usize)> = pick.iter().map(|x| x.unwrap_or((2, 0))).collect();
            let values = arrow_select::interleave::interleave(&sources, &ix)?;
            let T::List(f) = ty else {
                crate::internal_err!("a list type")
            };
            Ok(Arc::new(ListArray::try_new(
                f.clone(),
                OffsetBuffer::new(offsets.into()),
                values,
                Some(valid.into()),
            )?))
        })
    })
    .literals(&[2])
    .py("arr, pos, value");
    register_sets(r);
}

/// Argument `i` must be an array; its element field.
fn list_arg(c: &mut Call, i: usize) -> Result<FieldRef> {
    match c.ty(i) {
        T::List(f) => Ok(f),
        t => Err(type_mismatch(c.sql, "an array", &t)),
    }
}

/// Rows of a values array, for equality and order as Spark compares them.
fn rows_of(vals: &ArrayRef) -> Result<arrow_row::Rows> {
    let conv = RowConverter::new(vec![SortField::new(vals.data_type().clone())])?;
    Ok(conv.convert_columns(&[normalize_floats(vals)])?)
}

/// For each element of `vals`, whether it equals row `i` of `needle`.
fn equal_to(vals: &ArrayRef, needle: &ArrayRef, i: usize) -> Result<Vec<bool>> {
    let conv = RowConverter::new(vec![SortField::new(vals.data_type().clone())])?;
    let rows = conv.convert_columns(&[normalize_floats(vals)])?;
    let probe = conv.convert_columns(&[normalize_floats(&needle.slice(i, 1))])?;
    let p = probe.row(0);
    Ok((0..vals.len()).map(|k| rows.row(k) == p).collect())
}

/// A new list array: `f` maps each non-NULL list's values to new values (or NULL).
fn map_lists(
    l: &ListArray,
    field: &FieldRef,
    mut f: impl FnMut(usize, &ArrayRef) -> Result<Option<ArrayRef>>,
) -> Result<ArrayRef> {
    let mut parts: Vec<ArrayRef> = Vec::with_capacity(l.len());
    let mut offsets = vec![0i32];
    let mut valid = Vec::with_capacity(l.len());
    let mut total = 0i32;
    for i in 0..l.len() {
        let out = if l.is_null(i) {
            None
        } else {
            f(i, &l.value(i))?
        };
        match out {
            Some(v) => {
                total += v.len() as i32;
                parts.push(v);
                valid.push(true);
            }
            None => valid.push(false),
        }
        offsets.push(total);
    }
    list_array(field, &parts, offsets, valid)
}

/// A list array of `parts` (one per non-NULL row) under `offsets`, NULL where `valid`
/// is false.
fn list_array(
    field: &FieldRef,
    parts: &[ArrayRef],
    offsets: Vec<i32>,
    valid: Vec<bool>,
) -> Result<ArrayRef> {
    let refs: Vec<&dyn Array> = parts.iter().map(|p| p.as_ref()).collect();
    let values = if refs.is_empty() {
        new_empty_array(field.data_type())
    } else {
        arrow_select::concat::concat(&refs)?
    };
    Ok(Arc::new(ListArray::try_new(
        field.clone(),
        OffsetBuffer::new(offsets.into()),
        values,
        Some(valid.into()),
    )?))
}

/// array_max / array_min: the greatest (least) non-NULL element.
fn pick(c: &mut Call, max: bool) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.props.null_intolerant = true;
    let f = list_arg(c, 0)?;
    let et = f.data_type().clone();
    c.props.nulls = super::Nulls::Always;
    c.kernel(et, move |a, ty, n| {
        let l = a[0].as_list::<i32>();
        let mut idx: Vec<Option<u32>> = Vec::with_capacity(n);
        let values = l.values();
        let rows = rows_of(values)?;
        let offs = l.value_offsets();
        for i in 0..n {
            if l.is_null(i) {
                idx.push(None);
                continue;
            }
            let mut best: Option<usize> = None;
            for k in offs[i] as usize..offs[i + 1] as usize {
                if values.is_null(k) {
                    continue;
                }
                best = match best {
                    None => Some(k),
                    Some(b) => {
                        let better = if max {
                            rows.row(k) > rows.row(b)
                        } else {
                            rows.row(k) < rows.row(b)
                        };
                        Some(if better { k } else { b })
                    }
                };
            }
            idx.push(best.map(|b| b as u32));
        }
        let out = arrow_select::take::take(values.as_ref(), &UInt32Array::from(idx), None)?;
        crate::expr::cast::cast_array(&out, ty, false)
    })
}

/// Two array arguments cast to their common element type; the array type.
fn two_list_args(c: &mut Call) -> Result<T> {
    c.arity(2, 2)?;
    let (T::List(fa), T::List(fb)) = (c.ty(0), c.ty(1)) else {
        return Err(type_mismatch(c.sql, "two arrays", &c.ty(0)));
    };
    let et = crate::expr::coerce::wider_type(fa.data_type(), fb.data_type())
        .ok_or_else(|| type_mismatch(c.sql, &types::simple_string(&c.ty(0)), &c.ty(1)))?;
    let lt = types::list_of_n(et, fa.is_nullable() || fb.is_nullable());
    let args = std::mem::take(&mut c.args);
    c.args = args.into_iter().map(|a| cast_if_needed(a, &lt)).collect();
    Ok(lt)
}

/// `concat(a1, a2, ...)` of arrays (Spark's Concat over ArrayType): the elements of each
/// in turn, of the arguments' wider element type; NULL when any argument is NULL.
pub(super) fn concat_arrays(c: &mut Call) -> Result<PhysExpr> {
    let mut et = T::Null;
    let mut contains_null = false;
    for i in 0..c.args.len() {
        let T::List(f) = c.ty(i) else {
            // Spark's Concat: arrays with anything else (a NULL is a STRING there).
            let types: Vec<String> = (0..c.args.len())
                .map(|k| match c.ty(k) {
                    T::Null => "\"STRING\"".to_string(),
                    t => format!("\"{}\"", types::sql_name(&t)),
                })
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: Input to `concat` should all be the same type, but it's ({}). Give every argument the same type.",
                    c.sql,
                    types.join(" or ")
                ),
            ));
        };
        et = crate::expr::coerce::wider_type(&et, f.data_type())
            .ok_or_else(|| type_mismatch(c.sql, &types::simple_string(&c.ty(0)), &c.ty(i)))?;
        contains_null |= f.is_nullable();
    }
    let lt = types::list_of_n(et, contains_null);
    let args = std::mem::take(&mut c.args);
    c.args = args.into_iter().map(|a| cast_if_needed(a, &lt)).collect();
    c.props.null_intolerant = true;
    c.kernel(lt, |a, ty, n| {
        let T::List(field) = ty else {
            crate::internal_err!("a list type")
        };
        let lists: Vec<_> = a.iter().map(|x| x.as_list::<i32>()).collect();
        let mut parts: Vec<ArrayRef> = Vec::new();
        let mut offsets = vec![0i32];
        let mut valid = Vec::with_capacity(n);
        let mut total = 0i32;
        for i in 0..n {
            if lists.iter().any(|l| l.is_null(i)) {
                valid.push(false);
                offsets.push(total);
                continue;
            }
            for l in &lists {
                let v = l.value(i);
                total += v.len() as i32;
                parts.push(v);
            }
            valid.push(true);
            offsets.push(total);
        }
        list_array(field, &parts, offsets, valid)
    })
}

/// `reverse(array)`: its elements in reverse order.
pub(super) fn reverse_array(c: &mut Call) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    let lt = c.ty(0);
    c.props.null_intolerant = true;
    c.kernel(lt, |a, ty, n| {
        let T::List(field) = ty else {
            crate::internal_err!("a list type")
        };
        let l = a[0].as_list::<i32>();
        let mut parts: Vec<ArrayRef> = Vec::new();
        let mut offsets = vec![0i32];
        let mut valid = Vec::with_capacity(n);
        let mut total = 0i32;
        for i in 0..n {
            if l.is_null(i) {
                valid.push(false);
                offsets.push(total);
                continue;
            }
            let v = l.value(i);
            let idx = UInt32Array::from((0..v.len() as u32).rev().collect::<Vec<_>>());
            let out = arrow_select::take::take(v.as_ref(), &idx, None)?;
            total += out.len() as i32;
            parts.push(out);
            valid.push(true);
            offsets.push(total);
        }
        list_array(field, &parts, offsets, valid)
    })
}

/// The set functions over two arrays of one element type: `f` gets each row's two value
/// arrays (rows of them compare as Spark compares elements) and returns the indices to
/// take from `a ++ b`, or None for a NULL result.
fn two_lists(
    c: &mut Call,
    f: fn(&arrow_row::Rows, usize, usize) -> Vec<usize>,
) -> Result<PhysExpr> {
    let lt = two_list_args(c)?;
    c.props.null_intolerant = true;
    c.kernel(lt, move |a, ty, n| {
        let T::List(field) = ty else {
            crate::internal_err!("a list type")
        };
        let (la, lb) = (a[0].as_list::<i32>(), a[1].as_list::<i32>());
        let mut parts: Vec<ArrayRef> = Vec::new();
        let mut offsets = vec![0i32];
        let mut valid = Vec::with_capacity(n);
        let mut total = 0i32;
        for i in 0..n {
            if la.is_null(i) || lb.is_null(i) {
                valid.push(false);
                offsets.push(total);
                continue;
            }
            let (va, vb) = (la.value(i), lb.value(i));
            let both = arrow_select::concat::concat(&[va.as_ref(), vb.as_ref()])?;
            let rows = rows_of(&both)?;
            let idx = f(&rows, va.len(), vb.len());
            let idx = UInt32Array::from(idx.into_iter().map(|k| k as u32).collect::<Vec<_>>());
            let out = arrow_select::take::take(both.as_ref(), &idx, None)?;
            total += out.len() as i32;
            parts.push(out);
            valid.push(true);
            offsets.push(total);
        }
        list_array(field, &parts, offsets, valid)
    })
}

pub(super) fn register_sets(r: &mut Builder) {
    // array_union(a, b): each element once, those of a first.
    r.scalar("array_union", |c| {
        two_lists(c, |rows, na, nb| {
            let mut seen = std::collections::HashSet::new();
            (0..na + nb)
                .filter(|&k| seen.insert(rows.row(k).as_ref().to_vec()))
                .collect()
        })
    })
    .py("col1, col2");
    // array_intersect(a, b): each element of a that b has, once.
    r.scalar("array_intersect", |c| {
        two_lists(c, |rows, na, nb| {
            let inb: std::collections::HashSet<Vec<u8>> = (na..na + nb)
                .map(|k| rows.row(k).as_ref().to_vec())
                .collect();
            let mut seen = std::collections::HashSet::new();
            (0..na)
                .filter(|&k| {
                    let r = rows.row(k).as_ref().to_vec();
                    inb.contains(&r) && seen.insert(r)
                })
                .collect()
        })
    })
    .py("col1, col2");
    // array_except(a, b): each element of a that b lacks, once.
    r.scalar("array_except", |c| {
        two_lists(c, |rows, na, nb| {
            let inb: std::collections::HashSet<Vec<u8>> = (na..na + nb)
                .map(|k| rows.row(k).as_ref().to_vec())
                .collect();
            let mut seen = std::collections::HashSet::new();
            (0..na)
                .filter(|&k| {
                    let r = rows.row(k).as_ref().to_vec();
                    !inb.contains(&r) && seen.insert(r)
                })
                .collect()
        })
    })
    .py("col1, col2");
    // arrays_overlap(a, b): true if they share a non-NULL element; NULL when they do not
    // but one holds a NULL (and both are non-empty); false otherwise.
    r.scalar("arrays_overlap", |c| {
        two_list_args(c)?;
        // Spark's ArraysOverlap: NULL also when an array may hold NULLs.
        let holds_null = |t: T| matches!(t, T::List(f) if f.is_nullable());
        if holds_null(c.ty(0)) || holds_null(c.ty(1)) {
            c.props.nulls = super::Nulls::Always;
        }
        c.kernel(T::Boolean, |a, _, n| {
            let (la, lb) = (a[0].as_list::<i32>(), a[1].as_list::<i32>());
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                if la.is_null(i) || lb.is_null(i) {
                    out.push(None);
                    continue;
                }
                let (va, vb) = (la.value(i), lb.value(i));
                let both = arrow_select::concat::concat(&[va.as_ref(), vb.as_ref()])?;
                let rows = rows_of(&both)?;
                let (na, nb) = (va.len(), vb.len());
                let inb: std::collections::HashSet<Vec<u8>> = (na..na + nb)
                    .filter(|&k| both.is_valid(k))
                    .map(|k| rows.row(k).as_ref().to_vec())
                    .collect();
                let common =
                    (0..na).any(|k| both.is_valid(k) && inb.contains(rows.row(k).as_ref()));
                let has_null = both.null_count() > 0;
                out.push(if common {
                    Some(true)
                } else if has_null && na > 0 && nb > 0 {
                    None
                } else {
                    Some(false)
                });
            }
            Ok(Arc::new(BooleanArray::from(out)))
        })
    })
    .py("a1, a2");
    r.scalar("array_append", |c| append(c, false))
        .py("col, value");
    r.scalar("array_prepend", |c| append(c, true))
        .py("col, value");
    // array_compact(a): without its NULLs.
    r.scalar("array_compact", |c| {
        // Spark's ArrayCompact: the elements left are never NULL.
        let f = Arc::new(list_arg(c, 0)?.as_ref().clone().with_nullable(false));
        let ty = T::List(f.clone());
        c.kernel(ty, move |a, _, _| {
            map_lists(a[0].as_list::<i32>(), &f, |_, vals| {
                let keep = arrow_arith::boolean::is_not_null(vals)?;
                Ok(Some(arrow_select::filter::filter(vals, &keep)?))
            })
        })
    })
    .py("col");
    // sequence(start, stop[, step]): the integers from start to stop by step (1 or -1 by
    // default); a step that never reaches stop is Spark's error.
    r.scalar("sequence", |c| {
        c.arity(2, 3)?;
        if (0..2).any(|i| matches!(c.ty(i), T::Date32 | T::Timestamp(..))) {
            return temporal_sequence(c);
        }
        if c.args.len() == 3 && types::is_ansi_interval(&c.ty(2)) {
            return Err(sequence_wrong_types(c));
        }
        // Spark's element type is the inputs' wider integral type (bigint inputs make
        // array<bigint>; they were cut to int).
        let wide = (0..c.args.len()).any(|i| matches!(c.ty(i), T::Int64));
        let elem = if wide { T::Int64 } else { T::Int32 };
        c.coerce_all(&T::Int64)?;
        c.kernel(types::list_of_n(elem.clone(), false), move |a, ty, n| {
            let T::List(field) = ty else {
                crate::internal_err!("a list type")
            };
            let (s, e) = (
                a[0].as_primitive::<Int64Type>(),
                a[1].as_primitive::<Int64Type>(),
            );
            let step = a.get(2).map(|x| x.as_primitive::<Int64Type>().clone());
            let mut vals: Vec<i64> = Vec::new();
            let mut offsets = vec![0i32];
            let mut valid = Vec::with_capacity(n);
            for i in 0..n {
                let st = step.as_ref().map(|x| (x.is_valid(i), x.value(i)));
                if s.is_null(i) || e.is_null(i) || st.is_some_and(|(v, _)| !v) {
                    valid.push(false);
                    offsets.push(vals.len() as i32);
                    continue;
                }
                let (from, to) = (s.value(i), e.value(i));
                let by = st
                    .map(|(_, v)| v)
                    .unwrap_or(if from <= to { 1 } else { -1 });
                // Spark's IntegralSequenceImpl: an IllegalArgumentException, no condition.
                if !((by > 0 && from <= to) || (by < 0 && from >= to) || (by == 0 && from == to)) {
                    return Err(RunnelError::execution_plain(format!(
                        "Illegal sequence boundaries: {from} to {to} by {by}"
                    ))
                    .with_exception("IllegalArgumentException"));
                }
                // In 128 bits: stop - start of two longs does not fit a long.
                let count = if from == to {
                    1
                } else {
                    ((to as i128 - from as i128) / by as i128 + 1) as i64
                };
                check_elements(
                    count,
                    vals.len() as i64 + count,
                    &format!("sequence({from}, {to}, {by})"),
                )?;
                vals.extend((0..count).map(|k| from.wrapping_add(k.wrapping_mul(by))));
                valid.push(true);
                offsets.push(vals.len() as i32);
            }
            let values: ArrayRef = if elem == T::Int64 {
                Arc::new(Int64Array::from(vals))
            } else {
                // Every element lies between two int inputs.
                Arc::new(Int32Array::from_iter_values(
                    vals.into_iter().map(|v| v as i32),
                ))
            };
            Ok(Arc::new(ListArray::try_new(
                field.clone(),
                OffsetBuffer::new(offsets.into()),
                values,
                Some(valid.into()),
            )?))
        })
    })
    .py("start, stop, step=");
}

/// Spark's DATATYPE_MISMATCH.SEQUENCE_WRONG_INPUT_TYPES.
fn sequence_wrong_types(c: &Call) -> RunnelError {
    RunnelError::analysis(
        "DATATYPE_MISMATCH.SEQUENCE_WRONG_INPUT_TYPES",
        format!(
            "Cannot resolve {} due to data type mismatch: `sequence` uses the wrong parameter type. The parameter type must conform to: 1. The start and stop expressions must resolve to the same type. 2. If start and stop expressions resolve to the \"DATE\" or \"TIMESTAMP\" type then the step expression must resolve to the \"INTERVAL\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL DAY TO SECOND\" type. 3. Otherwise, if start and stop expressions resolve to the \"INTEGRAL\" type then the step expression must resolve to the \"INTEGRAL\" type.",
            c.sql
        ),
    )
}

/// `sequence` of dates or timestamps (Spark's TemporalSequenceImpl): the step is an
/// interval (one day, or minus one, by default); element i is start + i × step, the
/// months and days of the step moving the wall-clock time (in UTC for dates and
/// TIMESTAMP_NTZ, in the session time zone for timestamps), the rest the instant. A
/// date sequence whose step has neither months nor days is refused, as Spark.
fn temporal_sequence(c: &mut Call) -> Result<PhysExpr> {
    use crate::temporal::Zone;
    const US_PER_DAY: i64 = 86_400_000_000;
    let (a, b) = (c.ty(0), c.ty(1));
    let elem = match (&a, &b) {
        (T::Date32 | T::Null, T::Date32) | (T::Date32, T::Null) => T::Date32,
        (T::Timestamp(_, None), T::Timestamp(_, None))
        | (T::Timestamp(_, None), T::Null)
        | (T::Null, T::Timestamp(_, None)) => {
            T::Timestamp(arrow_schema::TimeUnit::Microsecond, None)
        }
        (T::Date32 | T::Timestamp(..) | T::Null, T::Date32 | T::Timestamp(..) | T::Null) => {
            types::timestamp_type()
        }
        _ => return Err(sequence_wrong_types(c)),
    };
    let step_ty = if c.args.len() == 3 { c.ty(2) } else { T::Null };
    if !matches!(
        step_ty,
        T::Null | T::Duration(_) | T::Interval(arrow_schema::IntervalUnit::YearMonth)
    ) {
        return Err(sequence_wrong_types(c));
    }
    c.coerce(0, &elem)?;
    c.coerce(1, &elem)?;
    let is_date = elem == T::Date32;
    let utc = is_date || matches!(elem, T::Timestamp(_, None));
    let zone = if utc {
        Zone::UTC
    } else {
        crate::temporal::session_zone()
    };
    let has_step = c.args.len() == 3;
    // Spark's Sequence: its elements are never NULL.
    c.kernel(types::list_of_n(elem.clone(), false), move |a, ty, n| {
        let T::List(field) = ty else {
            crate::internal_err!("a list type")
        };
        // days of dates, microseconds of timestamps
        let ends: Vec<Int64Array> = a[..2]
            .iter()
            .map(|x| match x.data_type() {
                T::Date32 => x.as_primitive::<Date32Type>().unary(|v| v as i64),
                T::Timestamp(..) => x.as_primitive::<TimestampMicrosecondType>().reinterpret_cast(),
                _ => Int64Array::new_null(x.len()),
            })
            .collect();
        let (s, e) = (&ends[0], &ends[1]);
        let mut vals: Vec<i64> = Vec::new();
        let mut offsets = vec![0i32];
        let mut valid = Vec::with_capacity(n);
        let illegal = |m: String| {
            RunnelError::execution_plain(m).with_exception("IllegalArgumentException")
        };
        for i in 0..n {
            let step = match has_step.then(|| &a[2]) {
                None => None,
                Some(x) if x.is_null(i) => {
                    valid.push(false);
                    offsets.push(vals.len() as i32);
                    continue;
                }
                Some(x) => Some(match x.data_type() {
                    T::Interval(_) => (x.as_primitive::<IntervalYearMonthType>().value(i) as i64, 0, 0),
                    _ => {
                        let us = x.as_primitive::<DurationMicrosecondType>().value(i);
                        (0, us / US_PER_DAY, us % US_PER_DAY)
                    }
                }),
            };
            if s.is_null(i) || e.is_null(i) {
                valid.push(false);
                offsets.push(vals.len() as i32);
                continue;
            }
            let (from, to) = (s.value(i), e.value(i));
            let (months, days, micros) =
                step.unwrap_or((0, if from <= to { 1 } else { -1 }, 0));
            let scale = if is_date { US_PER_DAY } else { 1 };
            if is_date && months == 0 && days == 0 {
                return Err(illegal(
                    "sequence step must be an interval day to second of day granularity if start and end values are dates".into(),
                ));
            }
            let start = vals.len() as i64;
            // One unit (days of dates, microseconds of timestamps) with no calendar part:
            // Spark's integral sequence.
            let plain = if is_date && months == 0 && micros == 0 {
                Some(days)
            } else if !is_date && months == 0 && days == 0 {
                Some(micros)
            } else {
                None
            };
            let boundaries = |st: i64, sp: i64, by: i64| {
                if (by > 0 && st <= sp) || (by < 0 && st >= sp) || (by == 0 && st == sp) {
                    Ok(())
                } else {
                    Err(illegal(format!(
                        "requirement failed: Illegal sequence boundaries: {st} to {sp} by {by}"
                    )))
                }
            };
            if let Some(by) = plain {
                boundaries(from, to, by)?;
                let count = if from == to { 1 } else { (to as i128 - from as i128) / by as i128 + 1 };
                let count = i64::try_from(count).unwrap_or(i64::MAX);
                check_elements(count, start + count, "sequence(...)")?;
                vals.extend((0..count).map(|k| from.wrapping_add(k.wrapping_mul(by))));
            } else {
                let (s_us, e_us) = (
                    from.checked_mul(scale).ok_or_else(|| illegal("sequence start out of range".into()))?,
                    to.checked_mul(scale).ok_or_else(|| illegal("sequence stop out of range".into()))?,
                );
                // Spark's estimate of the step, for its direction: a month is 28 days.
                let est = micros
                    .saturating_add(months.saturating_mul(28 * US_PER_DAY))
                    .saturating_add(days.saturating_mul(US_PER_DAY));
                boundaries(s_us, e_us, est)?;
                let sign: i64 = if est > 0 { 1 } else { -1 };
                let exclusive = e_us.saturating_add(sign);
                let mut t = s_us;
                let mut k: i64 = 0;
                while (t < exclusive) ^ (sign < 0) {
                    vals.push(t / scale);
                    k += 1;
                    check_elements(k, vals.len() as i64, "sequence(...)")?;
                    t = add_interval(s_us, months * k, days * k, micros * k, &zone)
                        .ok_or_else(|| illegal("sequence element out of range".into()))?;
                }
            }
            valid.push(true);
            offsets.push(vals.len() as i32);
        }
        let values: ArrayRef = if is_date {
            Arc::new(Date32Array::from_iter_values(vals.into_iter().map(|v| v as i32)))
        } else {
            let tz = match field.data_type() {
                T::Timestamp(_, tz) => tz.clone(),
                _ => None,
            };
            Arc::new(TimestampMicrosecondArray::from(vals).with_timezone_opt(tz))
        };
        Ok(Arc::new(ListArray::try_new(
            field.clone(),
            OffsetBuffer::new(offsets.into()),
            values,
            Some(valid.into()),
        )?))
    })
}

/// Spark's `timestampAddInterval`: months, then days on the wall-clock time in `zone`,
/// then microseconds on the instant.
fn add_interval(
    t: i64,
    months: i64,
    days: i64,
    micros: i64,
    zone: &crate::temporal::Zone,
) -> Option<i64> {
    let mut t = t;
    if months != 0 {
        t = super::datetime::timestamp_add(-1, months, t, *zone)?;
    }
    if days != 0 {
        t = zone.plus_days(t, days)?;
    }
    t.checked_add(micros)
}

/// The most elements one array holds (Runnel's bound: every element is in memory).
pub const MAX_ARRAY_ELEMENTS: i64 = 10_000_000;

/// Spark's `COLLECTION_SIZE_LIMIT_EXCEEDED.PARAMETER` for an array of `count` elements (or
/// a batch's arrays, `total` elements together) past the bounds, before allocating.
fn check_elements(count: i64, total: i64, what: &str) -> Result<()> {
    if count > MAX_ARRAY_ELEMENTS || total > i32::MAX as i64 {
        return Err(RunnelError::execution(
            "COLLECTION_SIZE_LIMIT_EXCEEDED.PARAMETER",
            format!(
                "Can't create array with {count} elements which exceeding the array size limit: {what} would hold {count} elements; Runnel makes arrays of at most {MAX_ARRAY_ELEMENTS} elements (and {} in one batch's column). Ask for fewer.",
                i32::MAX
            ),
        ));
    }
    Ok(())
}

/// array_append / array_prepend: the array with the value added at its end or start.
fn append(c: &mut Call, front: bool) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    let f = list_arg(c, 0)?;
    let v = cast_if_needed(c.args.remove(1), f.data_type());
    c.args.push(v);
    // Spark's ArrayAppend/ArrayPrepend: the result may hold NULLs (the value may be one).
    let f = Arc::new(f.as_ref().clone().with_nullable(true));
    let ty = T::List(f.clone());
    // NULL only when the array is.
    c.props.nulls = Nulls::FirstArg;
    c.kernel(ty, move |a, _, _| {
        let value = a[1].clone();
        map_lists(a[0].as_list::<i32>(), &f, |i, vals| {
            let one = value.slice(i.min(value.len().saturating_sub(1)), 1);
            let parts: [&dyn Array; 2] = if front {
                [one.as_ref(), vals.as_ref()]
            } else {
                [vals.as_ref(), one.as_ref()]
            };
            Ok(Some(arrow_select::concat::concat(&parts)?))
        })
    })
}
