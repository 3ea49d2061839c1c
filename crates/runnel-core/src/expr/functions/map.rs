//! Map functions over Spark's `map<k, v>` (Arrow `Map`: entries `struct<key, value>`).

use std::sync::Arc;

use arrow_array::builder::BooleanBuilder;
use arrow_array::cast::AsArray;
use arrow_array::*;
use arrow_buffer::OffsetBuffer;
use arrow_row::{RowConverter, SortField};
use arrow_schema::{DataType as T, Field, FieldRef};

use super::string::{RegexArg, java_split};
use super::{Builder, Call, Nulls};
use crate::error::{Result, RunnelError};
use crate::expr::coerce::{cast_if_needed, type_mismatch, wider_type};
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;
use crate::scalar::normalize_floats;
use crate::types;

pub(super) fn register(r: &mut Builder) {
    r.scalar("map_keys", |c| {
        let (k, _) = map_arg(c, 0)?;
        c.kernel(types::list_of(k.data_type().clone()), |a, ty, _| {
            let m = a[0].as_map();
            as_list(ty, m.offsets(), m.keys().clone(), m.nulls().cloned())
        })
    })
    .py("col");
    r.scalar("map_values", |c| {
        let (_, v) = map_arg(c, 0)?;
        c.kernel(types::list_of(v.data_type().clone()), |a, ty, _| {
            let m = a[0].as_map();
            as_list(ty, m.offsets(), m.values().clone(), m.nulls().cloned())
        })
    })
    .py("col");
    r.scalar("map_entries", |c| {
        let T::Map(entries, _) = c.ty(0) else {
            return Err(type_mismatch(c.sql, "a map", &c.ty(0)));
        };
        let st = entries.data_type().clone();
        // Spark's MapEntries: the entries are never NULL.
        c.kernel(types::list_of_n(st, false), |a, ty, _| {
            let m = a[0].as_map();
            as_list(
                ty,
                m.offsets(),
                Arc::new(m.entries().clone()),
                m.nulls().cloned(),
            )
        })
    })
    .py("col");
    // map_contains_key(map, key): whether the map has the key.
    r.scalar("map_contains_key", |c| {
        c.arity(2, 2)?;
        let (k, _) = map_arg(c, 0)?;
        // Spark's MapContainsKey: the key's type must widen to the map's key type
        // without turning a number into a string (MAP_FUNCTION_DIFF_TYPES).
        let kt = c.ty(1);
        if kt == T::Null {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.NULL_TYPE",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: Null typed values cannot be used as arguments of `map_contains_key`. Cast the NULL to the map's key type.",
                    c.sql
                ),
            ));
        }
        let comparable =
            kt == *k.data_type() || (types::is_numeric(&kt) && types::is_numeric(k.data_type()));
        if !comparable {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.MAP_FUNCTION_DIFF_TYPES",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: Input to `map_contains_key` should have been \"MAP\" followed by a value with same key type, but it's [\"{}\", \"{}\"]. Cast the key to the map's key type.",
                    c.sql,
                    types::sql_name(&c.ty(0)),
                    types::sql_name(&kt)
                ),
            ));
        }
        let key = cast_if_needed(c.args.remove(1), k.data_type());
        c.args.push(key);
        c.props.null_intolerant = true;
        c.kernel(T::Boolean, |a, _, n| {
            let m = a[0].as_map();
            let found = find_keys(m, &a[1])?;
            let mut b = BooleanBuilder::with_capacity(n);
            for (i, f) in found.iter().enumerate() {
                if m.is_null(i) || a[1].is_null(i) {
                    b.append_null();
                } else {
                    b.append_value(f.is_some());
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .always_nullable()
    .literals(&[1])
    .py("col, value");
    // create_map(k1, v1, k2, v2, ...): a map; a NULL key is Spark's NULL_MAP_KEY.
    r.scalar("create_map", |c| {
        if c.args.len() % 2 != 0 {
            return Err(RunnelError::analysis(
                "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                format!(
                    "The `map` requires 2n (n > 0) parameters but the actual number is {}. Give keys and values in pairs.",
                    c.args.len()
                ),
            ));
        }
        let mut kt = T::Null;
        let mut vt = T::Null;
        for (i, a) in c.args.iter().enumerate() {
            let t = a.data_type();
            let slot = if i % 2 == 0 { &mut kt } else { &mut vt };
            *slot = wider_type(slot, &t)
                .ok_or_else(|| type_mismatch(c.sql, &types::simple_string(slot), &t))?;
        }
        invalid_map_key(&kt, c.sql)?;
        // Spark's CreateMap types `map()` and a NULL key or value as void.
        let args = std::mem::take(&mut c.args);
        c.args = args
            .into_iter()
            .enumerate()
            .map(|(i, a)| cast_if_needed(a, if i % 2 == 0 { &kt } else { &vt }))
            .collect();
        c.props.nulls = Nulls::Never;
        // Spark's CreateMap: valueContainsNull when any value may be NULL.
        let value_null = c.args.iter().skip(1).step_by(2).any(|a| a.nullable());
        c.kernel(types::map_of_n(kt, vt, value_null), |a, ty, n| {
            let k = a.len() / 2;
            let keys: Vec<&dyn Array> = (0..k).map(|j| a[2 * j].as_ref()).collect();
            let vals: Vec<&dyn Array> = (0..k).map(|j| a[2 * j + 1].as_ref()).collect();
            let idx: Vec<(usize, usize)> = (0..n).flat_map(|r| (0..k).map(move |j| (j, r))).collect();
            if keys.is_empty() {
                return build_map(ty, vec![0; n + 1], None, None, None);
            }
            let kv = arrow_select::interleave::interleave(&keys, &idx)?;
            let vv = arrow_select::interleave::interleave(&vals, &idx)?;
            let offsets: Vec<i32> = (0..=n).map(|i| (i * k) as i32).collect();
            let (kv, vv, offsets) = dedup_entries(kv, vv, offsets)?;
            build_map(ty, offsets, Some(kv), Some(vv), None)
        })
    })
    .py("*cols")
    .sql_alias(&["map"])
    .named(|c| format!("map({})", c.all()));
    // map_from_arrays(keys, values): a map from two arrays of the same length.
    r.scalar("map_from_arrays", |c| {
        c.arity(2, 2)?;
        let (T::List(kf), T::List(vf)) = (c.ty(0), c.ty(1)) else {
            return Err(type_mismatch(c.sql, "two arrays", &c.ty(0)));
        };
        invalid_map_key(kf.data_type(), c.sql)?;
        c.props.nulls = Nulls::AnyArg;
        c.kernel(
            types::map_of_n(
                kf.data_type().clone(),
                vf.data_type().clone(),
                vf.is_nullable(),
            ),
            |a, ty, n| {
                let (kl, vl) = (a[0].as_list::<i32>(), a[1].as_list::<i32>());
                let mut offsets = vec![0i32];
                let mut ki: Vec<u32> = Vec::new();
                let mut vi: Vec<u32> = Vec::new();
                let mut valid = Vec::with_capacity(n);
                for i in 0..n {
                    if kl.is_null(i) || vl.is_null(i) {
                        valid.push(false);
                        offsets.push(*offsets.last().unwrap_or(&0));
                        continue;
                    }
                    let (ks, ke) = (kl.value_offsets()[i], kl.value_offsets()[i + 1]);
                    let (vs, ve) = (vl.value_offsets()[i], vl.value_offsets()[i + 1]);
                    if ke - ks != ve - vs {
                        return Err(RunnelError::execution(
                            "INVALID_PARAMETER_VALUE.MAP_FROM_ARRAYS",
                            "The key array and the value array of map_from_arrays have different lengths. Give as many values as keys.",
                        ));
                    }
                    ki.extend((ks..ke).map(|x| x as u32));
                    vi.extend((vs..ve).map(|x| x as u32));
                    valid.push(true);
                    offsets.push(ki.len() as i32);
                }
                let kv = arrow_select::take::take(kl.values().as_ref(), &UInt32Array::from(ki), None)?;
                let vv = arrow_select::take::take(vl.values().as_ref(), &UInt32Array::from(vi), None)?;
                // a repeated key is Spark's DUPLICATED_MAP_KEY (or the last one wins,
                // by spark.sql.mapKeyDedupPolicy), as in map()
                let (kv, vv, offsets) = dedup_entries(kv, vv, offsets)?;
                build_map(ty, offsets, Some(kv), Some(vv), Some(valid))
            },
        )
    })
    .py("col1, col2");
    // map_from_entries(array<struct<k, v>>): NULL when the array or an entry is NULL.
    r.scalar("map_from_entries", |c| {
        c.arity(1, 1)?;
        let (kv, null_entries) = match c.ty(0) {
            T::List(f) => match f.data_type() {
                T::Struct(kv) if kv.len() == 2 => (kv.clone(), f.is_nullable()),
                t => return Err(type_mismatch(c.sql, "an array of key-value structs", t)),
            },
            t => return Err(type_mismatch(c.sql, "an array of key-value structs", &t)),
        };
        invalid_map_key(kv[0].data_type(), c.sql)?;
        // Spark's MapFromEntries: NULL when the array is or an entry may be; a value
        // may be NULL when the entries' value field may.
        c.props.nulls = if null_entries {
            Nulls::Always
        } else {
            Nulls::FirstArg
        };
        c.kernel(
            types::map_of_n(
                kv[0].data_type().clone(),
                kv[1].data_type().clone(),
                kv[1].is_nullable(),
            ),
            |a, ty, n| {
                let l = a[0].as_list::<i32>();
                let st = l.values().as_struct();
                let offs = l.value_offsets();
                let (mut idx, mut offsets, mut valid) = (Vec::new(), vec![0i32], Vec::new());
                for i in 0..n {
                    let (s, e) = (offs[i] as usize, offs[i + 1] as usize);
                    let ok = l.is_valid(i) && (s..e).all(|j| st.is_valid(j));
                    if ok {
                        idx.extend((s..e).map(|j| j as u32));
                    }
                    valid.push(ok);
                    offsets.push(idx.len() as i32);
                }
                let idx = UInt32Array::from(idx);
                let kv = arrow_select::take::take(st.column(0).as_ref(), &idx, None)?;
                let vv = arrow_select::take::take(st.column(1).as_ref(), &idx, None)?;
                let (kv, vv, offsets) = dedup_entries(kv, vv, offsets)?;
                build_map(ty, offsets, Some(kv), Some(vv), Some(valid))
            },
        )
    })
    .py("col");
    // map_concat(m1, m2, ...): the entries of all, in order; NULL if any map is NULL; a
    // key twice is Spark's DUPLICATED_MAP_KEY.
    r.scalar("map_concat", |c| {
        let (mut kt, mut vt) = (T::Null, T::Null);
        let mut value_null = false;
        for i in 0..c.args.len() {
            let (k, v) = map_arg(c, i)?;
            value_null |= v.is_nullable();
            kt = wider_type(&kt, k.data_type())
                .ok_or_else(|| type_mismatch(c.sql, &types::simple_string(&kt), k.data_type()))?;
            vt = wider_type(&vt, v.data_type())
                .ok_or_else(|| type_mismatch(c.sql, &types::simple_string(&vt), v.data_type()))?;
        }
        // Spark's CreateMap types `map()` and a NULL key or value as void.
        let ty = types::map_of_n(kt.clone(), vt.clone(), value_null);
        let args = std::mem::take(&mut c.args);
        c.args = args.into_iter().map(|a| cast_if_needed(a, &ty)).collect();
        c.props.nulls = Nulls::AnyArg;
        c.kernel(ty, |a, ty, n| {
            let maps: Vec<&MapArray> = a.iter().map(|m| m.as_map()).collect();
            let keys: Vec<&dyn Array> = maps.iter().map(|m| m.keys().as_ref()).collect();
            let vals: Vec<&dyn Array> = maps.iter().map(|m| m.values().as_ref()).collect();
            let (mut idx, mut offsets, mut valid) = (Vec::new(), vec![0i32], Vec::new());
            for i in 0..n {
                let ok = maps.iter().all(|m| m.is_valid(i));
                if ok {
                    for (j, m) in maps.iter().enumerate() {
                        let o = m.value_offsets();
                        idx.extend((o[i] as usize..o[i + 1] as usize).map(|k| (j, k)));
                    }
                }
                valid.push(ok);
                offsets.push(idx.len() as i32);
            }
            if maps.is_empty() {
                return build_map(ty, offsets, None, None, None);
            }
            let kv = arrow_select::interleave::interleave(&keys, &idx)?;
            let vv = arrow_select::interleave::interleave(&vals, &idx)?;
            let (kv, vv, offsets) = dedup_entries(kv, vv, offsets)?;
            build_map(ty, offsets, Some(kv), Some(vv), Some(valid))
        })
    })
    .py("*cols");
    // str_to_map(text[, pairDelim[, keyValueDelim]]): the delimiters are regular
    // expressions (Java's String.split: trailing empty strings dropped); a pair without
    // keyValueDelim has a NULL value.
    r.scalar("str_to_map", |c| {
        c.props.null_intolerant = true;
        c.arity(1, 3)?;
        // The delimiters (regexes) may be columns too.
        for (i, default) in [(1, ","), (2, ":")] {
            if c.args.len() == i {
                c.args
                    .push(PhysExpr::Literal(ScalarValue::Utf8(default.into())));
            }
        }
        let (pair_re, kv_re) = (RegexArg::bind(c, 1)?, RegexArg::bind(c, 2)?);
        c.string_arg(0)?;
        c.props.nulls = Nulls::AnyArg;
        c.kernel(types::map_of(T::Utf8, T::Utf8), move |a, ty, n| {
            let s = super::strings(&a[0])?;
            let (mut pairs, mut kvs) = (pair_re.rows(&a[1])?, kv_re.rows(&a[2])?);
            let mut kb = arrow_array::builder::StringBuilder::new();
            let mut vb = arrow_array::builder::StringBuilder::new();
            let (mut offsets, mut valid, mut count) = (vec![0i32], Vec::new(), 0i32);
            for i in 0..n {
                let (Some(pair_re), Some(kv_re), true) =
                    (pairs.get(i)?, kvs.get(i)?, s.is_valid(i))
                else {
                    valid.push(false);
                    offsets.push(count);
                    continue;
                };
                for p in java_split(pair_re, s.value(i), 0) {
                    let mut it = java_split(kv_re, p, 2).into_iter();
                    kb.append_value(it.next().unwrap_or(""));
                    vb.append_option(it.next());
                    count += 1;
                }
                valid.push(true);
                offsets.push(count);
            }
            let (kv, vv, offsets) =
                dedup_entries(Arc::new(kb.finish()), Arc::new(vb.finish()), offsets)?;
            build_map(ty, offsets, Some(kv), Some(vv), Some(valid))
        })
    })
    .py("text, pairDelim=, keyValueDelim=")
    .named(|c| match c.args.len() {
        1 => format!("{}({}, ,, :)", c.called, c.all()),
        2 => format!("{}({}, :)", c.called, c.all()),
        _ => c.plain(),
    });
}

thread_local! {
    /// `spark.sql.mapKeyDedupPolicy` is LAST_WIN on this thread (the session's setting).
    static MAP_KEY_LAST_WIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Sets this thread's `spark.sql.mapKeyDedupPolicy` (a session's `spark.conf.set`):
/// LAST_WIN (true) or EXCEPTION, Spark's default.
pub fn set_map_key_last_win(last_win: bool) {
    MAP_KEY_LAST_WIN.with(|c| c.set(last_win));
}

/// Spark's ArrayBasedMapBuilder over each row's entries (`keys[offsets[i]..offsets[i + 1]]`):
/// a key twice is DUPLICATED_MAP_KEY under `spark.sql.mapKeyDedupPolicy` EXCEPTION (the
/// default); under LAST_WIN the key keeps its first place and takes its last value.
/// Returns the entries to build the maps from.
pub(super) fn dedup_entries(
    keys: ArrayRef,
    values: ArrayRef,
    offsets: Vec<i32>,
) -> Result<(ArrayRef, ArrayRef, Vec<i32>)> {
    let conv = RowConverter::new(vec![SortField::new(keys.data_type().clone())])?;
    let rows = conv.convert_columns(&[normalize_floats(&keys)])?;
    let last_win = MAP_KEY_LAST_WIN.with(|c| c.get());
    let (mut kidx, mut vidx, mut out_offsets) = (Vec::new(), Vec::new(), vec![0i32]);
    let mut dups = false;
    for w in offsets.windows(2) {
        let mut seen = std::collections::HashMap::new();
        for j in w[0] as usize..w[1] as usize {
            match seen.entry(rows.row(j)) {
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(kidx.len());
                    kidx.push(j as u32);
                    vidx.push(j as u32);
                }
                std::collections::hash_map::Entry::Occupied(e) if last_win => {
                    dups = true;
                    vidx[*e.get()] = j as u32;
                }
                std::collections::hash_map::Entry::Occupied(_) => {
                    return Err(RunnelError::execution(
                        "DUPLICATED_MAP_KEY",
                        format!(
                            "Duplicate map key {} was found, please check the input data. If you want to remove the duplicated keys, you can set \"spark.sql.mapKeyDedupPolicy\" to \"LAST_WIN\" so that the key inserted at last takes precedence.",
                            crate::scalar::display_value(keys.as_ref(), j)
                        ),
                    ));
                }
            }
        }
        out_offsets.push(kidx.len() as i32);
    }
    if !dups {
        return Ok((keys, values, offsets));
    }
    let kv = arrow_select::take::take(keys.as_ref(), &UInt32Array::from(kidx), None)?;
    let vv = arrow_select::take::take(values.as_ref(), &UInt32Array::from(vidx), None)?;
    Ok((kv, vv, out_offsets))
}

/// The value under each row's key (None when absent), as row indices into the map's values.
pub(crate) fn find_keys(m: &MapArray, key: &ArrayRef) -> Result<Vec<Option<usize>>> {
    let conv = RowConverter::new(vec![SortField::new(m.keys().data_type().clone())])?;
    let keys = conv.convert_columns(&[normalize_floats(m.keys())])?;
    let probe = if key.data_type() == m.keys().data_type() {
        key.clone()
    } else {
        crate::expr::cast::cast_array(key, m.keys().data_type(), false)?
    };
    let probes = conv.convert_columns(&[normalize_floats(&probe)])?;
    let offs = m.value_offsets();
    Ok((0..m.len())
        .map(|i| {
            if m.is_null(i) || key.is_null(i) {
                return None;
            }
            let p = probes.row(i);
            (offs[i] as usize..offs[i + 1] as usize).find(|&k| keys.row(k) == p)
        })
        .collect())
}

/// `map[key]` / `element_at(map, key)`: the value, NULL when the key is absent.
pub(crate) fn lookup(m: &ArrayRef, key: &ArrayRef) -> Result<ArrayRef> {
    let m = m.as_map();
    let found = find_keys(m, key)?;
    let idx: UInt32Array = found.iter().map(|f| f.map(|k| k as u32)).collect();
    Ok(arrow_select::take::take(m.values().as_ref(), &idx, None)?)
}

/// The key and value fields of map argument `i`.
fn map_arg(c: &mut Call, i: usize) -> Result<(FieldRef, FieldRef)> {
    match c.ty(i) {
        T::Map(entries, _) => match entries.data_type() {
            T::Struct(f) if f.len() == 2 => Ok((f[0].clone(), f[1].clone())),
            _ => crate::internal_err!("a map without key and value fields"),
        },
        t => Err(type_mismatch(c.sql, "a map", &t)),
    }
}

fn as_list(
    ty: &T,
    offsets: &OffsetBuffer<i32>,
    values: ArrayRef,
    nulls: Option<arrow_buffer::NullBuffer>,
) -> Result<ArrayRef> {
    let T::List(f) = ty else {
        crate::internal_err!("a list type")
    };
    let values = if values.data_type() == f.data_type() {
        values
    } else {
        crate::expr::cast::cast_array(&values, f.data_type(), false)?
    };
    Ok(Arc::new(ListArray::try_new(
        f.clone(),
        offsets.clone(),
        values,
        nulls,
    )?))
}

pub(super) fn build_map(
    ty: &T,
    offsets: Vec<i32>,
    keys: Option<ArrayRef>,
    values: Option<ArrayRef>,
    valid: Option<Vec<bool>>,
) -> Result<ArrayRef> {
    let T::Map(entries, sorted) = ty else {
        crate::internal_err!("a map type")
    };
    let T::Struct(fields) = entries.data_type() else {
        crate::internal_err!("map entries")
    };
    let keys = keys.unwrap_or_else(|| new_empty_array(fields[0].data_type()));
    let values = values.unwrap_or_else(|| new_empty_array(fields[1].data_type()));
    if keys.logical_null_count() > 0 {
        return Err(RunnelError::execution(
            "NULL_MAP_KEY",
            "Cannot use null as map key. Filter out or replace the NULL keys (coalesce) first.",
        ));
    }
    let st = StructArray::try_new(fields.clone(), vec![keys, values], None)?;
    let field: Arc<Field> = entries.clone();
    Ok(Arc::new(MapArray::try_new(
        field,
        OffsetBuffer::new(offsets.into()),
        st,
        valid.map(|v| v.into()),
        *sorted,
    )?))
}

/// Spark's `INVALID_MAP_KEY_TYPE`: a map's key cannot be, or contain, a map.
fn invalid_map_key(key: &T, sql: &str) -> Result<()> {
    fn holds_map(t: &T) -> bool {
        match t {
            T::Map(..) => true,
            T::List(f) => holds_map(f.data_type()),
            T::Struct(fs) => fs.iter().any(|f| holds_map(f.data_type())),
            _ => false,
        }
    }
    if holds_map(key) {
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.INVALID_MAP_KEY_TYPE",
            format!(
                "Cannot resolve \"{sql}\" due to data type mismatch: The key of map cannot be/contain \"{}\". Key the map by another type (an array or struct of the map's entries, say).",
                types::sql_name(key)
            ),
        ));
    }
    Ok(())
}
