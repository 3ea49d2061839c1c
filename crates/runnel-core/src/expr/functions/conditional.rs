//! Conditional and NULL functions.

use arrow_array::Array;
use arrow_schema::DataType as T;

use super::{Builder, Nulls, widen_all};
use crate::expr::coerce::{cast_if_needed, type_mismatch, wider_type};
use crate::expr::phys::PhysExpr;
use crate::types;

pub(super) fn register(r: &mut Builder) {
    r.scalar("coalesce", |c| {
        c.arity(1, usize::MAX)?;
        coalesce(c)
    })
    .py("*cols");
    r.scalar("nvl", |c| {
        c.arity(2, 2)?;
        coalesce(c)
    })
    .py("col1, col2");
    r.scalar("ifnull", |c| {
        c.arity(2, 2)?;
        coalesce(c)
    })
    .py("col1, col2");
    r.scalar("nullif", |c| {
        c.arity(2, 2)?;
        let ty = wider_type(&c.ty(0), &c.ty(1))
            .ok_or_else(|| type_mismatch(c.sql, &types::simple_string(&c.ty(0)), &c.ty(1)))?;
        // Compared in the common type; the result keeps the first argument's type
        // (Spark's NullIf is `if(x = y, null, x)`).
        let out = c.ty(0);
        let args = std::mem::take(&mut c.args);
        let x = args[0].clone();
        let mut cmp: Vec<PhysExpr> = args.into_iter().map(|a| cast_if_needed(a, &ty)).collect();
        c.args = vec![x];
        c.args.append(&mut cmp);
        c.props.nulls = Nulls::Always;
        c.kernel(out, |a, ty, n| {
            let eq = arrow_ord::cmp::eq(
                &crate::scalar::normalize_floats(&a[1]),
                &crate::scalar::normalize_floats(&a[2]),
            )?;
            let eq = crate::expr::eval::true_mask(&eq);
            let nulls = arrow_array::new_null_array(ty, n);
            Ok(arrow_select::zip::zip(&eq, &nulls, &a[0])?)
        })
    })
    .py("col1, col2");
    r.scalar("greatest", |c| greatest_least(c, true))
        .py("*cols");
    r.scalar("least", |c| greatest_least(c, false)).py("*cols");
    r.scalar("if", |c| {
        c.arity(3, 3)?;
        c.coerce(0, &T::Boolean)?;
        let ty = wider_type(&c.ty(1), &c.ty(2))
            .ok_or_else(|| type_mismatch(c.sql, &types::simple_string(&c.ty(1)), &c.ty(2)))?;
        let mut a = std::mem::take(&mut c.args).into_iter();
        let (cond, t, e) = (a.next(), a.next(), a.next());
        let (Some(cond), Some(t), Some(e)) = (cond, t, e) else {
            crate::internal_err!("if() arguments");
        };
        Ok(PhysExpr::Case {
            branches: vec![(cond, cast_if_needed(t, &ty))],
            otherwise: Some(Box::new(cast_if_needed(e, &ty))),
            ty,
        })
    })
    .named(|c| match c.called {
        "if" => format!("(IF({}))", c.all()),
        _ => c.plain(),
    });
    // nvl2(a, b, c): b where a is not NULL, else c.
    r.scalar("nvl2", |c| {
        c.arity(3, 3)?;
        let ty = wider_type(&c.ty(1), &c.ty(2))
            .ok_or_else(|| type_mismatch(c.sql, &types::simple_string(&c.ty(1)), &c.ty(2)))?;
        let mut a = std::mem::take(&mut c.args).into_iter();
        let (Some(test), Some(t), Some(e)) = (a.next(), a.next(), a.next()) else {
            crate::internal_err!("nvl2() arguments");
        };
        Ok(PhysExpr::Case {
            branches: vec![(
                PhysExpr::IsNull(Box::new(test), true),
                cast_if_needed(t, &ty),
            )],
            otherwise: Some(Box::new(cast_if_needed(e, &ty))),
            ty,
        })
    })
    .py("col1, col2, col3");
    // equal_null(a, b): `a <=> b` (NULLs equal each other, never NULL).
    r.scalar("equal_null", |c| {
        c.arity(2, 2)?;
        widen_all(c)?;
        c.props.nulls = Nulls::Never;
        c.kernel(arrow_schema::DataType::Boolean, |a, _, n| {
            let eq = arrow_ord::cmp::eq(&a[0], &a[1])?;
            Ok(std::sync::Arc::new(
                (0..n)
                    .map(|i| {
                        Some(match (a[0].is_null(i), a[1].is_null(i)) {
                            (true, true) => true,
                            (false, false) => eq.value(i),
                            _ => false,
                        })
                    })
                    .collect::<arrow_array::BooleanArray>(),
            ))
        })
    })
    .py("col1, col2");
    // zeroifnull(x): 0 for NULL; nullifzero(x): NULL for 0.
    r.scalar("zeroifnull", |c| {
        c.arity(1, 1)?;
        c.args
            .push(PhysExpr::Literal(crate::scalar::ScalarValue::Int32(0)));
        c.name = "coalesce";
        coalesce(c)
    })
    .py("col");
    r.scalar("nullifzero", |c| {
        c.arity(1, 1)?;
        let ty = wider_type(&c.ty(0), &T::Int32)
            .ok_or_else(|| type_mismatch(c.sql, "a numeric value", &c.ty(0)))?;
        // Spark's replacement `IF(x = 0, NULL, x)`: compared in the wider type, the
        // value keeps its own (a DECIMAL(5,3) stays one).
        let out = c.ty(0);
        let x = c.args.remove(0);
        c.args = vec![
            x.clone(),
            cast_if_needed(x, &ty),
            cast_if_needed(PhysExpr::Literal(crate::scalar::ScalarValue::Int32(0)), &ty),
        ];
        c.props.nulls = Nulls::Always;
        c.kernel(out, |a, ty, n| {
            let eq = arrow_ord::cmp::eq(&a[1], &a[2])?;
            let eq = crate::expr::eval::true_mask(&eq);
            let nulls = arrow_array::new_null_array(ty, n);
            Ok(arrow_select::zip::zip(&eq, &nulls, &a[0])?)
        })
    })
    .py("col");
    // nanvl(a, b): a unless it is NaN, then b (doubles, or floats when both are).
    r.scalar("nanvl", |c| {
        c.arity(2, 2)?;
        let ty = if c.ty(0) == T::Float32 && c.ty(1) == T::Float32 {
            T::Float32
        } else {
            T::Float64
        };
        c.coerce_all(&ty)?;
        c.props.nulls = Nulls::AnyArg;
        c.kernel(ty, |a, _, _| {
            let f = crate::expr::cast::cast_array(&a[0], &T::Float64, false)?;
            use arrow_array::cast::AsArray;
            let nan: arrow_array::BooleanArray = f
                .as_primitive::<arrow_array::types::Float64Type>()
                .iter()
                .map(|v| Some(v.is_some_and(f64::is_nan)))
                .collect();
            Ok(arrow_select::zip::zip(&nan, &a[1], &a[0])?)
        })
        .map(|e| reading_next_where(e, nan_rows))
    })
    .py("col1, col2");
    // Spark's AtLeastNNonNulls(n, cols...) (what `dropna` filters on; no SQL name): at
    // least n of the columns are neither NULL nor NaN. Not a data source filter.
    r.scalar("__at_least_n_non_nulls", |c| {
        c.arity(1, usize::MAX)?;
        c.coerce(0, &T::Int64)?;
        c.props.nulls = Nulls::Never;
        c.kernel(T::Boolean, |a, _, n| {
            use arrow_array::cast::AsArray;
            let need = a[0].as_primitive::<arrow_array::types::Int64Type>();
            let mut counts = vec![0i64; n];
            for col in &a[1..] {
                let nan: Option<arrow_array::ArrayRef> = match col.data_type() {
                    T::Float64 | T::Float32 => {
                        Some(crate::expr::cast::cast_array(col, &T::Float64, false)?)
                    }
                    _ => None,
                };
                for (i, k) in counts.iter_mut().enumerate() {
                    let is_nan = nan.as_ref().is_some_and(|f| {
                        f.as_primitive::<arrow_array::types::Float64Type>()
                            .value(i)
                            .is_nan()
                    });
                    if col.is_valid(i) && !is_nan {
                        *k += 1;
                    }
                }
            }
            Ok(std::sync::Arc::new(
                counts
                    .iter()
                    .enumerate()
                    .map(|(i, k)| Some(*k >= need.value(i)))
                    .collect::<arrow_array::BooleanArray>(),
            ))
        })
    });
    // typeof(x): the type's name, as Spark prints it.
    r.scalar("typeof", |c| {
        c.arity(1, 1)?;
        // An interval's own fields (`interval hour`) live on its field, not its type.
        let name = types::field_simple_string(&crate::expr::phys::output_field(&c.args[0], "x"));
        // Spark's TypeOf is foldable: its argument is never evaluated (so never fails).
        Ok(PhysExpr::Literal(crate::scalar::ScalarValue::Utf8(name)))
    })
    .py("col");
    r.scalar("isnull", |c| {
        c.arity(1, 1)?;
        Ok(PhysExpr::IsNull(Box::new(c.args.remove(0)), false))
    })
    .py("col")
    .named(|c| format!("({} IS NULL)", c.first()));
    r.scalar("isnotnull", |c| {
        c.arity(1, 1)?;
        Ok(PhysExpr::IsNull(Box::new(c.args.remove(0)), true))
    })
    .py("col")
    .named(|c| format!("({} IS NOT NULL)", c.first()));
    super::misc::register(r);
}

fn coalesce(c: &mut super::Call) -> crate::error::Result<PhysExpr> {
    // Types with no common type: Spark's DATA_DIFF_TYPES, listing them.
    let mut ty = T::Null;
    for a in &c.args {
        match crate::expr::coerce::wider_type(&ty, &a.data_type()) {
            Some(t) => ty = t,
            None => {
                return Err(crate::error::RunnelError::analysis(
                    "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                    format!(
                        "Cannot resolve \"{}\" due to data type mismatch: Input to `{}` should all be the same type, but it's ({}). Cast the arguments to one type first.",
                        c.sql,
                        c.name,
                        c.args
                            .iter()
                            .map(|a| format!("\"{}\"", types::sql_name(&a.data_type())))
                            .collect::<Vec<_>>()
                            .join(" or ")
                    ),
                ));
            }
        }
    }
    let ty = widen_all(c)?;
    c.props.nulls = Nulls::AllArgs;
    c.kernel(ty, |a, _, _| {
        let mut out = a[0].clone();
        for x in &a[1..] {
            let mask = arrow_arith::boolean::is_not_null(&out)?;
            out = arrow_select::zip::zip(&mask, &out, x)?;
        }
        Ok(out)
    })
    .map(|e| reading_next_where(e, all_null_rows))
}

/// A bound lazy function: its later arguments read only where `rows` says (Spark's
/// Coalesce and NaNvl evaluate an argument only when the ones before it leave the answer
/// open, so an error there counts only in those rows).
fn reading_next_where(e: PhysExpr, rows: crate::expr::phys::ReadsNext) -> PhysExpr {
    match e {
        PhysExpr::Scalar { func, args, ty } => PhysExpr::Scalar {
            func: func.reading_next_where(rows),
            args,
            ty,
        },
        e => e,
    }
}

/// `coalesce`: the next argument is read where every one before it is NULL.
fn all_null_rows(a: &[arrow_array::ArrayRef], n: usize) -> arrow_array::BooleanArray {
    (0..n)
        .map(|i| Some(a.iter().all(|x| x.is_null(i))))
        .collect()
}

/// `nanvl`: the second argument is read where the first is NaN.
fn nan_rows(a: &[arrow_array::ArrayRef], n: usize) -> arrow_array::BooleanArray {
    use arrow_array::cast::AsArray;
    let Ok(f) = crate::expr::cast::cast_array(&a[0], &T::Float64, false) else {
        return (0..n).map(|_| Some(true)).collect();
    };
    let f = f.as_primitive::<arrow_array::types::Float64Type>();
    (0..n)
        .map(|i| Some(f.is_valid(i) && f.value(i).is_nan()))
        .collect()
}

use crate::scalar::normalize_floats;

fn greatest_least(c: &mut super::Call, greatest: bool) -> crate::error::Result<PhysExpr> {
    c.arity(2, usize::MAX)?;
    // Spark widens greatest/least's inputs without promoting strings: a string beside
    // another type is DATA_DIFF_TYPES.
    let tys: Vec<T> = (0..c.args.len()).map(|i| c.ty(i)).collect();
    let is_str = |t: &T| matches!(t, T::Utf8 | T::LargeUtf8 | T::Utf8View);
    if tys.iter().any(is_str) && tys.iter().any(|t| !is_str(t) && *t != T::Null) {
        return Err(crate::error::RunnelError::analysis(
            "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
            format!(
                "Cannot resolve \"{}\" due to data type mismatch: Input to `{}` should all be the same type, but it's [{}]. Cast the arguments to one type first.",
                c.sql,
                c.name,
                tys.iter()
                    .map(|t| format!("\"{}\"", types::sql_name(t)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    let ty = widen_all(c)?;
    c.props.nulls = Nulls::AllArgs;
    c.kernel(ty, move |a, _, _| {
        let mut out = a[0].clone();
        for x in &a[1..] {
            // NULLs are skipped: take `x` where out is NULL or x is better, compared as
            // Spark orders doubles (every NaN, whatever its sign bit, above all; -0.0 = 0.0).
            let (xn, on) = (normalize_floats(x), normalize_floats(&out));
            let op = if greatest {
                crate::expr::BinaryOp::Gt
            } else {
                crate::expr::BinaryOp::Lt
            };
            // Arrays and structs compare as Spark orders them (eval_binary).
            let better = arrow_array::cast::AsArray::as_boolean(&crate::expr::eval::eval_binary(
                op, &xn, &on,
            )?)
            .clone();
            let out_null = arrow_arith::boolean::is_null(&out)?;
            let take = arrow_arith::boolean::or(&crate::expr::eval::true_mask(&better), &out_null)?;
            out = arrow_select::zip::zip(&take, x, &out)?;
        }
        Ok(out)
    })
}
