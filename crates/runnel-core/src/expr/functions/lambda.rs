//! Higher-order functions (Spark's `HigherOrderFunction`s): `transform`, `filter`,
//! `exists`, `forall`, `aggregate`/`reduce`, `zip_with`, `array_sort` with a comparator,
//! `map_filter`, `transform_keys`, `transform_values`, `map_zip_with`.
//!
//! A lambda's body is bound over the input's columns followed by its parameters, and run
//! over all the elements of a batch at once: the input columns it reads are repeated per
//! element (one `take`), its parameters are the flattened elements. `aggregate` runs its
//! merge once per element position, over the rows whose arrays are that long.

use std::collections::BTreeSet;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::*;
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_row::{RowConverter, SortField};
use arrow_schema::{DataType as T, Field, Schema, SchemaRef};

use super::{Builder, Kernel, Props};
use crate::error::{Result, RunnelError};
use crate::expr::Expr;
use crate::expr::coerce::{coerce_to, type_mismatch};
use crate::expr::phys::PhysExpr;
use crate::scalar::normalize_floats;
use crate::types;

/// Binds an expression over a schema: the binder, handed in by its caller.
pub type BindBody<'a> = &'a dyn Fn(&Expr, &Schema) -> Result<PhysExpr>;

/// The prefix of a lambda parameter's field name: no column can be called that.
const VAR: &str = "\u{0}lambda:";

/// The field name of lambda parameter `name` in the schema its body is bound over.
pub fn var_field(name: &str) -> String {
    format!("{VAR}{name}")
}

pub(super) fn register(r: &mut Builder) {
    let hofs: [(&'static str, &'static str); 11] = [
        ("transform", "col, f"),
        ("filter", "col, f"),
        ("exists", "col, f"),
        ("forall", "col, f"),
        ("aggregate", "col, initialValue, merge, finish="),
        ("reduce", "col, initialValue, merge, finish="),
        ("zip_with", "left, right, f"),
        ("map_filter", "col, f"),
        ("transform_keys", "col, f"),
        ("transform_values", "col, f"),
        ("map_zip_with", "col1, col2, f"),
    ];
    for (name, py) in hofs {
        // Spark names aggregate without a finish with its identity finish.
        r.scalar(name, |c| Err(needs_lambda(c.name)))
            .py(py)
            .named(|c| match (c.called, c.args.len()) {
                ("aggregate" | "reduce", 3) => format!(
                    "{}({}, lambdafunction(namedlambdavariable(), namedlambdavariable()))",
                    c.called,
                    c.all()
                ),
                _ => c.plain(),
            });
    }
}

fn needs_lambda(name: &str) -> RunnelError {
    RunnelError::analysis(
        "INVALID_LAMBDA_FUNCTION_CALL.NON_HIGHER_ORDER_FUNCTION",
        format!(
            "{name}() takes a lambda function: write it as `{name}(col, x -> ...)` in SQL or `{name}(col, lambda x: ...)` in Python."
        ),
    )
}

/// A bound lambda.
struct Lambda {
    body: PhysExpr,
    /// The schema it runs over: the input's fields, then its parameters (all nullable).
    schema: SchemaRef,
    /// The input columns the HOF passes to its kernel (the union over its lambdas).
    refs: Vec<usize>,
    /// Input columns.
    width: usize,
}

impl Lambda {
    /// Runs the body over `m` rows: `outer` holds the input columns in `refs` (already
    /// taken to those rows), `vars` the parameters.
    fn eval(&self, outer: &[ArrayRef], vars: Vec<ArrayRef>, m: usize) -> Result<ArrayRef> {
        let mut cols = Vec::with_capacity(self.schema.fields().len());
        let mut r = 0;
        for i in 0..self.width {
            if self.refs.get(r) == Some(&i) {
                cols.push(outer[r].clone());
                r += 1;
            } else {
                cols.push(new_null_array(self.schema.field(i).data_type(), m));
            }
        }
        cols.extend(vars);
        let b = RecordBatch::try_new_with_options(
            self.schema.clone(),
            cols,
            &RecordBatchOptions::new().with_row_count(Some(m)),
        )?;
        self.body.eval(&b)
    }

    fn ty(&self) -> T {
        self.body.data_type()
    }
}

/// Binds lambda `e` whose parameters have the given types (one entry per accepted arity:
/// `transform` takes `x` or `(x, i)`).
fn bind_lambda(
    fname: &str,
    e: &Expr,
    input: &Schema,
    params: &[(T, bool)],
    arities: &[usize],
    bind: BindBody,
) -> Result<Lambda> {
    let Expr::Lambda {
        params: names,
        body,
    } = e
    else {
        return Err(needs_lambda(fname));
    };
    if !arities.contains(&names.len()) {
        return Err(RunnelError::analysis(
            "INVALID_LAMBDA_FUNCTION_CALL.NUM_ARGS_MISMATCH",
            format!(
                "A higher order function expects {} arguments, but got {}. Give the lambda of {fname}() that many parameters.",
                arities
                    .iter()
                    .map(|a| a.to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
                names.len()
            ),
        ));
    }
    for (i, n) in names.iter().enumerate() {
        if names[..i].iter().any(|m| m.eq_ignore_ascii_case(n)) {
            return Err(RunnelError::analysis(
                "INVALID_LAMBDA_FUNCTION_CALL.DUPLICATE_ARG_NAMES",
                format!(
                    "The lambda function has duplicate arguments {}. Give each parameter its own name.",
                    shown(n)
                ),
            ));
        }
    }
    let mut fields: Vec<Field> = input.fields().iter().map(|f| f.as_ref().clone()).collect();
    for (n, (t, nullable)) in names.iter().zip(params) {
        fields.push(Field::new(var_field(n), t.clone(), *nullable));
    }
    let ext = Schema::new_with_metadata(fields.clone(), input.metadata().clone());
    let body = bind(body, &ext)?;
    let width = input.fields().len();
    let mut refs = BTreeSet::new();
    body.for_each_column(&mut |i| {
        if i < width {
            refs.insert(i);
        }
    });
    let schema = Arc::new(Schema::new(
        fields
            .into_iter()
            .map(|f| f.with_nullable(true))
            .collect::<Vec<_>>(),
    ));
    Ok(Lambda {
        body,
        schema,
        refs: refs.into_iter().collect(),
        width,
    })
}

/// Equal types, nullability aside.
fn same_type(a: &T, b: &T) -> bool {
    types::simple_string(a) == types::simple_string(b)
}

/// `x#1` → `` `x` `` for messages.
fn shown(unique: &str) -> String {
    format!("`{}`", unique.split('#').next().unwrap_or(unique))
}

/// The elements of the non-NULL arrays (or maps) of a batch, in order.
struct Flat {
    /// The row of each element.
    parent: UInt32Array,
    /// The elements.
    values: ArrayRef,
    /// Each element's place in its array (0-based).
    pos: Int32Array,
    /// Each row's length (0 for a NULL row).
    lens: Vec<usize>,
}

fn flatten(offsets: &[i32], values: &ArrayRef, nulls: Option<&NullBuffer>) -> Result<Flat> {
    let n = offsets.len() - 1;
    let valid = |i: usize| nulls.is_none_or(|b| b.is_valid(i));
    let (mut parent, mut idx, mut pos, mut lens) = (vec![], vec![], vec![], vec![]);
    let mut contiguous = true;
    for i in 0..n {
        let (s, e) = (offsets[i] as usize, offsets[i + 1] as usize);
        if !valid(i) {
            contiguous &= s == e;
            lens.push(0);
            continue;
        }
        for k in s..e {
            parent.push(i as u32);
            idx.push(k as u32);
            pos.push((k - s) as i32);
        }
        lens.push(e - s);
    }
    let values = if contiguous {
        let (s, e) = (offsets[0] as usize, offsets[n] as usize);
        values.slice(s, e - s)
    } else {
        arrow_select::take::take(values.as_ref(), &UInt32Array::from(idx), None)?
    };
    Ok(Flat {
        parent: UInt32Array::from(parent),
        values,
        pos: Int32Array::from(pos),
        lens,
    })
}

fn take_all(cols: &[ArrayRef], idx: &UInt32Array) -> Result<Vec<ArrayRef>> {
    cols.iter()
        .map(|c| Ok(arrow_select::take::take(c.as_ref(), idx, None)?))
        .collect()
}

fn list_field(t: &T) -> Result<Arc<Field>> {
    match t {
        T::List(f) => Ok(f.clone()),
        _ => crate::internal_err!("a list type"),
    }
}

/// The key and value fields of a map type.
fn map_fields(t: &T) -> Option<(Arc<Field>, Arc<Field>)> {
    match t {
        T::Map(entries, _) => match entries.data_type() {
            T::Struct(f) if f.len() == 2 => Some((f[0].clone(), f[1].clone())),
            _ => None,
        },
        _ => None,
    }
}

/// A map of rows of these lengths (map.rs's builder: a NULL key is NULL_MAP_KEY).
fn new_map(
    ty: &T,
    lens: &[usize],
    keys: ArrayRef,
    values: ArrayRef,
    nulls: Option<NullBuffer>,
) -> Result<ArrayRef> {
    super::map::build_map(
        ty,
        offsets_of(lens),
        Some(keys),
        Some(values),
        nulls.map(|n| n.iter().collect()),
    )
}

/// List offsets for rows of these lengths.
fn offsets_of(lens: &[usize]) -> Vec<i32> {
    let mut offsets = Vec::with_capacity(lens.len() + 1);
    offsets.push(0i32);
    for len in lens {
        offsets.push(offsets[offsets.len() - 1] + *len as i32);
    }
    offsets
}

/// Binds a call of a higher-order function whose arguments include a lambda.
pub fn bind_higher_order(
    name: &str,
    args: &[Expr],
    sql: &str,
    input: &Schema,
    bind: BindBody,
) -> Result<PhysExpr> {
    let Some(def) = super::registry().get(name) else {
        return Err(RunnelError::analysis(
            "INVALID_LAMBDA_FUNCTION_CALL.NON_HIGHER_ORDER_FUNCTION",
            format!(
                "A lambda function should only be used in a higher order function. However, its class is {name}, which is not a higher order function. Pass the lambda to transform, filter, aggregate, ... instead."
            ),
        ));
    };
    let fname = def.name;
    // Values first; the lambdas need their types.
    let mut values = Vec::new();
    let mut lambdas = Vec::new();
    for a in args {
        match a {
            Expr::Lambda { .. } => lambdas.push(a),
            _ if lambdas.is_empty() => values.push(bind(a, input)?),
            _ => {
                return Err(RunnelError::analysis_plain(format!(
                    "{sql}: the lambda must be the last arguments of {fname}()."
                )));
            }
        }
    }
    let want = |nv: usize, nl: std::ops::RangeInclusive<usize>| -> Result<()> {
        if values.len() != nv || !nl.contains(&lambdas.len()) {
            return Err(RunnelError::analysis(
                "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                format!(
                    "The `{fname}` requires {} parameters but the actual number is {}. Check the call against Spark's documentation of {fname}.",
                    if nl.start() == nl.end() {
                        (nv + nl.start()).to_string()
                    } else {
                        format!("[{}, {}]", nv + nl.start(), nv + nl.end())
                    },
                    args.len()
                ),
            ));
        }
        Ok(())
    };
    let list_of_arg = |v: &PhysExpr| -> Result<Arc<Field>> {
        match v.data_type() {
            T::List(f) => Ok(f),
            T::Null => Ok(Arc::new(Field::new("element", T::Null, true))),
            t => Err(type_mismatch(sql, "an array", &t)),
        }
    };
    let map_of_arg = |v: &PhysExpr| -> Result<(Arc<Field>, Arc<Field>)> {
        map_fields(&v.data_type()).ok_or_else(|| type_mismatch(sql, "a map", &v.data_type()))
    };
    let boolean = |l: &Lambda| -> Result<()> {
        match l.ty() {
            T::Boolean | T::Null => Ok(()),
            t => Err(type_mismatch(sql, "a lambda returning a boolean", &t)),
        }
    };
    let mut bound: Vec<Lambda> = Vec::new();
    let kind;
    let ty: T;
    match fname {
        "transform" | "filter" | "exists" | "forall" => {
            want(1, 1..=1)?;
            let f = list_of_arg(&values[0])?;
            let params = [(f.data_type().clone(), f.is_nullable()), (T::Int32, false)];
            let arities: &[usize] = if fname == "transform" || fname == "filter" {
                &[1, 2]
            } else {
                &[1]
            };
            let l = bind_lambda(fname, lambdas[0], input, &params, arities, bind)?;
            ty = match fname {
                "transform" => types::list_of_n(l.ty(), l.body.nullable()),
                "filter" => {
                    boolean(&l)?;
                    values[0].data_type()
                }
                _ => {
                    boolean(&l)?;
                    T::Boolean
                }
            };
            kind = match fname {
                "transform" => Hof::Transform,
                "filter" => Hof::Filter,
                "exists" => Hof::Exists,
                _ => Hof::Forall,
            };
            bound.push(l);
        }
        "aggregate" | "reduce" => {
            want(2, 1..=2)?;
            let f = list_of_arg(&values[0])?;
            let zero_ty = values[1].data_type();
            let merge = bind_lambda(
                fname,
                lambdas[0],
                input,
                &[
                    (zero_ty.clone(), true),
                    (f.data_type().clone(), f.is_nullable()),
                ],
                &[2],
                bind,
            )?;
            if !same_type(&merge.ty(), &zero_ty) {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                    format!(
                        "Cannot resolve \"{sql}\" due to data type mismatch: The third parameter requires the \"{}\" type, however \"{}\" has the type \"{}\". Make the initial value the merge's type (e.g. CAST(0 AS {})).",
                        types::sql_name(&zero_ty),
                        lambdas[0].sql(),
                        types::sql_name(&merge.ty()),
                        types::sql_name(&merge.ty()),
                    ),
                ));
            }
            ty = match lambdas.get(1) {
                Some(fin) => {
                    let fin = bind_lambda(fname, fin, input, &[(zero_ty, true)], &[1], bind)?;
                    let t = fin.ty();
                    bound.push(merge);
                    bound.push(fin);
                    t
                }
                None => {
                    bound.push(merge);
                    zero_ty
                }
            };
            kind = Hof::Aggregate;
        }
        "zip_with" => {
            want(2, 1..=1)?;
            let (a, b) = (list_of_arg(&values[0])?, list_of_arg(&values[1])?);
            let l = bind_lambda(
                fname,
                lambdas[0],
                input,
                &[(a.data_type().clone(), true), (b.data_type().clone(), true)],
                &[2],
                bind,
            )?;
            // Spark's ZipWith: an element may be NULL when the lambda may return NULL.
            ty = types::list_of_n(l.ty(), l.body.nullable());
            kind = Hof::ZipWith;
            bound.push(l);
        }
        "array_sort" => {
            want(1, 1..=1)?;
            let f = list_of_arg(&values[0])?;
            let e = (f.data_type().clone(), true);
            let l = bind_lambda(fname, lambdas[0], input, &[e.clone(), e], &[2], bind)?;
            match l.ty() {
                T::Int32 => {}
                t => {
                    return Err(RunnelError::analysis(
                        "DATATYPE_MISMATCH.UNEXPECTED_RETURN_TYPE",
                        format!(
                            "Cannot resolve \"{sql}\" due to data type mismatch: The comparator of array_sort must return the \"INT\" type, however it returns \"{}\". Return -1, 0 or 1.",
                            types::sql_name(&t)
                        ),
                    ));
                }
            }
            ty = values[0].data_type();
            kind = Hof::Sort;
            bound.push(l);
        }
        "map_filter" | "transform_keys" | "transform_values" => {
            want(1, 1..=1)?;
            let (k, v) = map_of_arg(&values[0])?;
            let l = bind_lambda(
                fname,
                lambdas[0],
                input,
                &[
                    (k.data_type().clone(), false),
                    (v.data_type().clone(), v.is_nullable()),
                ],
                &[2],
                bind,
            )?;
            (ty, kind) = match fname {
                "map_filter" => {
                    boolean(&l)?;
                    (values[0].data_type(), Hof::MapFilter)
                }
                // The values keep their nullability; new values may be NULL when the
                // lambda may return NULL.
                "transform_keys" => (
                    types::map_of_n(l.ty(), v.data_type().clone(), v.is_nullable()),
                    Hof::TransformKeys,
                ),
                _ => (
                    types::map_of_n(k.data_type().clone(), l.ty(), l.body.nullable()),
                    Hof::TransformValues,
                ),
            };
            bound.push(l);
        }
        "map_zip_with" => {
            want(2, 1..=1)?;
            let (k1, v1) = map_of_arg(&values[0])?;
            let (k2, v2) = map_of_arg(&values[1])?;
            if !same_type(k1.data_type(), k2.data_type()) {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.MAP_ZIP_WITH_DIFF_TYPES",
                    format!(
                        "Cannot resolve \"{sql}\" due to data type mismatch: Input to the map_zip_with should have been two maps with compatible key types, but the key types are [\"{}\", \"{}\"]. Cast one map's keys to the other's type.",
                        types::sql_name(k1.data_type()),
                        types::sql_name(k2.data_type())
                    ),
                ));
            }
            let l = bind_lambda(
                fname,
                lambdas[0],
                input,
                &[
                    (k1.data_type().clone(), false),
                    (v1.data_type().clone(), true),
                    (v2.data_type().clone(), true),
                ],
                &[3],
                bind,
            )?;
            // Spark's MapZipWith: a value may be NULL when the function may return NULL.
            ty = types::map_of_n(k1.data_type().clone(), l.ty(), l.body.nullable());
            kind = Hof::MapZipWith;
            bound.push(l);
        }
        _ => {
            return Err(RunnelError::analysis(
                "INVALID_LAMBDA_FUNCTION_CALL.NON_HIGHER_ORDER_FUNCTION",
                format!(
                    "A lambda function should only be used in a higher order function. However, its class is {fname}, which is not a higher order function. Pass the lambda to transform, filter, aggregate, ... instead."
                ),
            ));
        }
    }
    // The input columns any lambda reads become arguments after the values.
    let refs: Vec<usize> = bound
        .iter()
        .flat_map(|l| l.refs.iter().copied())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    for l in &mut bound {
        l.refs = refs.clone();
    }
    let nvalues = values.len();
    let deterministic = bound.iter().all(|l| l.body.is_deterministic());
    let mut kargs = values;
    if kind == Hof::Aggregate {
        // The initial value as the accumulator's type.
        let z = kargs.remove(1);
        let zt = z.data_type();
        kargs.insert(1, coerce_to(z, &zt, sql)?);
    }
    for &i in &refs {
        kargs.push(PhysExpr::Column {
            index: i,
            field: Arc::new(input.field(i).clone()),
        });
    }
    // A lambda that reads its parameters is not foldable (nor, then, the call).
    let reads_params = bound.iter().any(|l| {
        let mut reads = false;
        l.body.for_each_column(&mut |i| reads |= i >= l.width);
        reads
    });
    // ArrayExists/ArrayForAll: NULL when the array is, or when the predicate may be.
    let predicate_nullable = bound.first().is_some_and(|l| l.body.nullable());
    let lambdas = Arc::new(bound);
    // Spark's ArrayTransform, ArrayFilter, ArraySort, MapFilter, TransformKeys and
    // TransformValues are NULL only when their array or map is.
    let nulls = match kind {
        Hof::Transform
        | Hof::Filter
        | Hof::Sort
        | Hof::MapFilter
        | Hof::TransformKeys
        | Hof::TransformValues => super::Nulls::FirstArg,
        // ZipWith and MapZipWith: NULL only when one of their arrays or maps is.
        Hof::ZipWith | Hof::MapZipWith => super::Nulls::Args(&[0, 1]),
        Hof::Exists | Hof::Forall if !predicate_nullable => super::Nulls::FirstArg,
        _ => super::Nulls::Always,
    };
    let kernel = Kernel::new(
        fname,
        sql,
        Props {
            nulls,
            null_intolerant: false,
            deterministic,
        },
        move |a, ty, n| run(kind, &lambdas, &a[..nvalues], &a[nvalues..], ty, n),
    );
    let kernel = if reads_params {
        kernel.not_foldable()
    } else {
        kernel
    };
    Ok(PhysExpr::Scalar {
        func: kernel,
        args: kargs,
        ty,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Hof {
    Transform,
    Filter,
    Exists,
    Forall,
    Aggregate,
    ZipWith,
    Sort,
    MapFilter,
    TransformKeys,
    TransformValues,
    MapZipWith,
}

fn run(
    kind: Hof,
    lambdas: &[Lambda],
    values: &[ArrayRef],
    outer: &[ArrayRef],
    ty: &T,
    n: usize,
) -> Result<ArrayRef> {
    let f = &lambdas[0];
    // A NULL-typed array argument: every row NULL.
    if values[0].data_type() == &T::Null {
        return Ok(new_null_array(ty, n));
    }
    match kind {
        Hof::Transform | Hof::Filter | Hof::Exists | Hof::Forall => {
            let l = values[0].as_list::<i32>();
            let flat = flatten(l.value_offsets(), l.values(), l.nulls())?;
            let m = flat.values.len();
            let taken = take_all(outer, &flat.parent)?;
            let mut vars = vec![flat.values.clone()];
            if f.schema.fields().len() - f.width == 2 {
                vars.push(Arc::new(flat.pos.clone()));
            }
            let r = f.eval(&taken, vars, m)?;
            match kind {
                Hof::Transform => {
                    let field = list_field(ty)?;
                    let r = if r.data_type() == field.data_type() {
                        r
                    } else {
                        crate::expr::cast::cast_array(&r, field.data_type(), false)?
                    };
                    Ok(Arc::new(ListArray::try_new(
                        field,
                        OffsetBuffer::from_lengths(flat.lens),
                        r,
                        l.nulls().cloned(),
                    )?))
                }
                Hof::Filter => {
                    let (keep, lens) = kept(&bools(&r, m), &flat.lens);
                    let vals = arrow_select::take::take(flat.values.as_ref(), &keep, None)?;
                    Ok(Arc::new(ListArray::try_new(
                        list_field(ty)?,
                        OffsetBuffer::from_lengths(lens),
                        vals,
                        l.nulls().cloned(),
                    )?))
                }
                _ => {
                    // Three-valued: exists is TRUE on a TRUE, else NULL on a NULL, else FALSE;
                    // forall is FALSE on a FALSE, else NULL on a NULL, else TRUE.
                    let b = bools(&r, m);
                    let decisive = kind == Hof::Exists;
                    let mut out = Vec::with_capacity(n);
                    let mut k = 0;
                    for (i, len) in flat.lens.iter().enumerate() {
                        if l.is_null(i) {
                            out.push(None);
                            continue;
                        }
                        let slice = &b[k..k + len];
                        k += len;
                        out.push(if slice.contains(&Some(decisive)) {
                            Some(decisive)
                        } else if slice.contains(&None) {
                            None
                        } else {
                            Some(!decisive)
                        });
                    }
                    Ok(Arc::new(BooleanArray::from(out)))
                }
            }
        }
        Hof::Aggregate => aggregate(lambdas, values, outer, ty, n),
        Hof::ZipWith => {
            let (a, b) = (values[0].as_list::<i32>(), values[1].as_list::<i32>());
            if values[1].data_type() == &T::Null {
                return Ok(new_null_array(ty, n));
            }
            let (oa, ob) = (a.value_offsets(), b.value_offsets());
            let (mut parent, mut xi, mut yi, mut lens) = (vec![], vec![], vec![], vec![]);
            let mut valid = Vec::with_capacity(n);
            for i in 0..n {
                if a.is_null(i) || b.is_null(i) {
                    valid.push(false);
                    lens.push(0);
                    continue;
                }
                valid.push(true);
                let (la, lb) = ((oa[i + 1] - oa[i]) as usize, (ob[i + 1] - ob[i]) as usize);
                let len = la.max(lb);
                for k in 0..len {
                    parent.push(i as u32);
                    xi.push((k < la).then(|| oa[i] as u32 + k as u32));
                    yi.push((k < lb).then(|| ob[i] as u32 + k as u32));
                }
                lens.push(len);
            }
            let m = parent.len();
            let x = arrow_select::take::take(a.values().as_ref(), &UInt32Array::from(xi), None)?;
            let y = arrow_select::take::take(b.values().as_ref(), &UInt32Array::from(yi), None)?;
            let taken = take_all(outer, &UInt32Array::from(parent))?;
            let r = f.eval(&taken, vec![x, y], m)?;
            Ok(Arc::new(ListArray::try_new(
                list_field(ty)?,
                OffsetBuffer::from_lengths(lens),
                r,
                Some(NullBuffer::from(valid)),
            )?))
        }
        Hof::Sort => sort(f, values, outer, ty),
        Hof::MapFilter | Hof::TransformKeys | Hof::TransformValues => {
            let m0 = values[0].as_map();
            let entries: ArrayRef = Arc::new(m0.entries().clone());
            let flat = flatten(m0.value_offsets(), &entries, m0.nulls())?;
            let st = flat.values.as_struct();
            let (k, v) = (st.column(0).clone(), st.column(1).clone());
            let m = flat.values.len();
            let taken = take_all(outer, &flat.parent)?;
            let r = f.eval(&taken, vec![k.clone(), v.clone()], m)?;
            match kind {
                Hof::MapFilter => {
                    let (keep, lens) = kept(&bools(&r, m), &flat.lens);
                    let kk = arrow_select::take::take(k.as_ref(), &keep, None)?;
                    let vv = arrow_select::take::take(v.as_ref(), &keep, None)?;
                    new_map(ty, &lens, kk, vv, m0.nulls().cloned())
                }
                Hof::TransformKeys => {
                    let (r, v, offsets) = super::map::dedup_entries(r, v, offsets_of(&flat.lens))?;
                    let lens: Vec<usize> =
                        offsets.windows(2).map(|w| (w[1] - w[0]) as usize).collect();
                    new_map(ty, &lens, r, v, m0.nulls().cloned())
                }
                _ => new_map(ty, &flat.lens, k, r, m0.nulls().cloned()),
            }
        }
        Hof::MapZipWith => map_zip_with(f, values, outer, ty, n),
    }
}

/// The elements a predicate kept (TRUE; FALSE and NULL drop), and each row's new length.
fn kept(b: &[Option<bool>], lens: &[usize]) -> (UInt32Array, Vec<usize>) {
    let mut keep = Vec::new();
    let mut out = Vec::with_capacity(lens.len());
    let mut k = 0;
    for len in lens {
        let before = keep.len();
        for _ in 0..*len {
            if b[k] == Some(true) {
                keep.push(k as u32);
            }
            k += 1;
        }
        out.push(keep.len() - before);
    }
    (UInt32Array::from(keep), out)
}

/// A boolean result as options (a NULL-typed one is all NULL).
fn bools(r: &ArrayRef, m: usize) -> Vec<Option<bool>> {
    match r.as_boolean_opt() {
        Some(b) => b.iter().collect(),
        None => vec![None; m],
    }
}

/// `aggregate(arr, zero, (acc, x) -> merge[, acc -> finish])`.
fn aggregate(
    lambdas: &[Lambda],
    values: &[ArrayRef],
    outer: &[ArrayRef],
    ty: &T,
    n: usize,
) -> Result<ArrayRef> {
    let l = values[0].as_list::<i32>();
    let offs = l.value_offsets();
    let merge = &lambdas[0];
    let mut acc = values[1].clone();
    let lens: Vec<usize> = (0..n)
        .map(|i| {
            if l.is_null(i) {
                0
            } else {
                (offs[i + 1] - offs[i]) as usize
            }
        })
        .collect();
    let longest = lens.iter().copied().max().unwrap_or(0);
    for k in 0..longest {
        let rows: Vec<u32> = (0..n).filter(|&i| lens[i] > k).map(|i| i as u32).collect();
        let elems: Vec<u32> = rows
            .iter()
            .map(|&i| offs[i as usize] as u32 + k as u32)
            .collect();
        let rows = UInt32Array::from(rows);
        let taken = take_all(outer, &rows)?;
        let a = arrow_select::take::take(acc.as_ref(), &rows, None)?;
        let x = arrow_select::take::take(l.values().as_ref(), &UInt32Array::from(elems), None)?;
        let r = merge.eval(&taken, vec![a, x], rows.len())?;
        let r = if r.data_type() == acc.data_type() {
            r
        } else {
            crate::expr::cast::cast_array(&r, acc.data_type(), false)?
        };
        // Scatter the new values back.
        let mut pick = Vec::with_capacity(n);
        let mut j = 0;
        for (i, len) in lens.iter().enumerate() {
            if *len > k {
                pick.push((1, j));
                j += 1;
            } else {
                pick.push((0, i));
            }
        }
        acc = arrow_select::interleave::interleave(&[acc.as_ref(), r.as_ref()], &pick)?;
    }
    let out = match lambdas.get(1) {
        Some(fin) => fin.eval(outer, vec![acc], n)?,
        None => acc,
    };
    let out = if out.data_type() == ty {
        out
    } else {
        crate::expr::cast::cast_array(&out, ty, false)?
    };
    // NULL arrays give NULL.
    match l.nulls() {
        Some(nulls) if nulls.null_count() > 0 => {
            let is_null = BooleanArray::from((0..n).map(|i| l.is_null(i)).collect::<Vec<_>>());
            Ok(arrow_select::nullif::nullif(out.as_ref(), &is_null)?)
        }
        _ => Ok(out),
    }
}

/// `array_sort(arr, (l, r) -> int)`: Java's sort with the comparator (TimSort; for the
/// short arrays it is given, a binary insertion sort after the leading run), so that a
/// comparator that is not a total order gives Spark's order.
fn sort(f: &Lambda, values: &[ArrayRef], outer: &[ArrayRef], ty: &T) -> Result<ArrayRef> {
    let l = values[0].as_list::<i32>();
    let offs = l.value_offsets();
    let n = l.len();
    let mut order: Vec<u32> = Vec::new();
    for i in 0..n {
        let (s, e) = (offs[i] as usize, offs[i + 1] as usize);
        if l.is_null(i) || e == s {
            continue;
        }
        let len = e - s;
        // Every ordered pair of this array, evaluated at once.
        let (mut li, mut ri) = (Vec::with_capacity(len * len), Vec::with_capacity(len * len));
        for a in 0..len {
            for b in 0..len {
                li.push((s + a) as u32);
                ri.push((s + b) as u32);
            }
        }
        let lv = arrow_select::take::take(l.values().as_ref(), &UInt32Array::from(li), None)?;
        let rv = arrow_select::take::take(l.values().as_ref(), &UInt32Array::from(ri), None)?;
        let rows = UInt32Array::from(vec![i as u32; len * len]);
        let taken = take_all(outer, &rows)?;
        let r = f.eval(&taken, vec![lv, rv], len * len)?;
        let r = r.as_primitive::<arrow_array::types::Int32Type>();
        let cmp = |a: usize, b: usize| -> Result<i32> {
            let k = a * len + b;
            if r.is_null(k) {
                return Err(RunnelError::execution(
                    "COMPARATOR_RETURNS_NULL",
                    "The comparator has returned a NULL for a comparison between elements. It should return a positive integer for \"greater than\", 0 for \"equal\" and a negative integer for \"less than\". Handle NULL elements in the comparator (e.g. with CASE WHEN ... IS NULL).",
                ));
            }
            Ok(r.value(k))
        };
        let mut idx: Vec<usize> = (0..len).collect();
        java_sort(&mut idx, &cmp)?;
        order.extend(idx.into_iter().map(|k| (s + k) as u32));
    }
    let vals = arrow_select::take::take(l.values().as_ref(), &UInt32Array::from(order), None)?;
    let lens = (0..n).map(|i| {
        if l.is_null(i) {
            0
        } else {
            (offs[i + 1] - offs[i]) as usize
        }
    });
    Ok(Arc::new(ListArray::try_new(
        list_field(ty)?,
        OffsetBuffer::from_lengths(lens),
        vals,
        l.nulls().cloned(),
    )?))
}

/// `java.util.TimSort` on a short array: the leading run (a strictly descending one
/// reversed), then binary insertion of the rest.
fn java_sort(a: &mut [usize], cmp: &dyn Fn(usize, usize) -> Result<i32>) -> Result<()> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut run = 2;
    if cmp(a[1], a[0])? < 0 {
        while run < n && cmp(a[run], a[run - 1])? < 0 {
            run += 1;
        }
        a[..run].reverse();
    } else {
        while run < n && cmp(a[run], a[run - 1])? >= 0 {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = a[start];
        let (mut left, mut right) = (0, start);
        while left < right {
            let mid = (left + right) >> 1;
            if cmp(pivot, a[mid])? < 0 {
                right = mid;
            } else {
                left = mid + 1;
            }
        }
        a.copy_within(left..start, left + 1);
        a[left] = pivot;
    }
    Ok(())
}

/// `map_zip_with(m1, m2, (k, v1, v2) -> ...)`: the keys of m1 in order, then those only in
/// m2; a value missing from one map is NULL.
fn map_zip_with(
    f: &Lambda,
    values: &[ArrayRef],
    outer: &[ArrayRef],
    ty: &T,
    n: usize,
) -> Result<ArrayRef> {
    if values[1].data_type() == &T::Null {
        return Ok(new_null_array(ty, n));
    }
    let (m1, m2) = (values[0].as_map(), values[1].as_map());
    let (k1, k2) = (m1.keys(), m2.keys());
    let conv = RowConverter::new(vec![SortField::new(k1.data_type().clone())])?;
    let r1 = conv.convert_columns(&[normalize_floats(k1)])?;
    let k2c = if k2.data_type() == k1.data_type() {
        k2.clone()
    } else {
        crate::expr::cast::cast_array(k2, k1.data_type(), false)?
    };
    let r2 = conv.convert_columns(&[normalize_floats(&k2c)])?;
    let (o1, o2) = (m1.value_offsets(), m2.value_offsets());
    let (mut parent, mut keys, mut v1, mut v2, mut lens) = (vec![], vec![], vec![], vec![], vec![]);
    let mut valid = Vec::with_capacity(n);
    for i in 0..n {
        if m1.is_null(i) || m2.is_null(i) {
            valid.push(false);
            lens.push(0);
            continue;
        }
        valid.push(true);
        let (s1, e1) = (o1[i] as usize, o1[i + 1] as usize);
        let (s2, e2) = (o2[i] as usize, o2[i + 1] as usize);
        let mut len = 0;
        for a in s1..e1 {
            let b = (s2..e2).find(|&b| r2.row(b) == r1.row(a));
            parent.push(i as u32);
            keys.push((0, a));
            v1.push(Some(a as u32));
            v2.push(b.map(|b| b as u32));
            len += 1;
        }
        for b in s2..e2 {
            if (s1..e1).any(|a| r1.row(a) == r2.row(b)) {
                continue;
            }
            parent.push(i as u32);
            keys.push((1, b));
            v1.push(None);
            v2.push(Some(b as u32));
            len += 1;
        }
        lens.push(len);
    }
    let m = parent.len();
    let kk = arrow_select::interleave::interleave(&[k1.as_ref(), k2c.as_ref()], &keys)?;
    let vv1 = arrow_select::take::take(m1.values().as_ref(), &UInt32Array::from(v1), None)?;
    let vv2 = arrow_select::take::take(m2.values().as_ref(), &UInt32Array::from(v2), None)?;
    let taken = take_all(outer, &UInt32Array::from(parent))?;
    let r = f.eval(&taken, vec![kk.clone(), vv1, vv2], m)?;
    new_map(ty, &lens, kk, r, Some(NullBuffer::from(valid)))
}
