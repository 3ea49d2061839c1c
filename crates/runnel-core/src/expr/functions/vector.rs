//! Vector functions over `array<float>` (Spark 4.3's `VectorFunctionImplUtils`): inner
//! product, cosine similarity, L2 distance, the Lp norm and normalization. Sums are kept
//! in double and the result is a float; a NULL element makes the result NULL; vectors
//! of different lengths are Spark's VECTOR_DIMENSION_MISMATCH.

use std::sync::Arc;

use arrow_array::builder::{Float32Builder, ListBuilder};
use arrow_array::cast::AsArray;
use arrow_array::types::Float32Type;
use arrow_array::{Array, ArrayRef};
use arrow_schema::DataType as T;

use super::{Builder, Call};
use crate::error::{Result, RunnelError};
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;
use crate::types::{list_of, simple_string};

#[derive(Clone, Copy)]
enum Pair {
    Inner,
    Cosine,
    L2,
}

pub(super) fn register(r: &mut Builder) {
    r.scalar("vector_inner_product", |c| pair(c, Pair::Inner))
        .py("left, right");
    r.scalar("vector_cosine_similarity", |c| pair(c, Pair::Cosine))
        .py("left, right");
    r.scalar("vector_l2_distance", |c| pair(c, Pair::L2))
        .py("left, right");
    r.scalar("vector_norm", |c| norm(c, false))
        .py("vector, degree=")
        .named(|c| c.with_default(1, "2.0"));
    r.scalar("vector_normalize", |c| norm(c, true))
        .py("vector, degree=")
        .named(|c| c.with_default(1, "2.0"));
}

/// Spark's type check: the argument must already be of the type (no implicit cast).
fn expect(c: &Call, i: usize, want: &T, shown: &str) -> Result<()> {
    let got = c.ty(i);
    let ok = match (&got, want) {
        (T::List(f), T::List(w)) => f.data_type() == w.data_type(),
        (g, w) => g == w,
    };
    if ok {
        return Ok(());
    }
    let nth = ["first", "second"][i.min(1)];
    Err(RunnelError::analysis(
        "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
        format!(
            "Cannot resolve \"{}\" due to data type mismatch: The {nth} parameter requires the \"{shown}\" type, however it has the type \"{}\". Cast it with .cast(\"{}\").",
            c.sql,
            simple_string(&got).to_ascii_uppercase(),
            shown.to_ascii_lowercase()
        ),
    ))
}

/// Row `i`'s elements, or None when the vector or one of its elements is NULL.
fn elems(a: &ArrayRef, i: usize) -> Option<Vec<f64>> {
    if a.is_null(i) {
        return None;
    }
    let v = a.as_list::<i32>().value(i);
    let v = v.as_primitive::<Float32Type>();
    if v.null_count() > 0 {
        return None;
    }
    Some(v.values().iter().map(|x| *x as f64).collect())
}

fn pair(c: &mut Call, op: Pair) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    let fl = list_of(T::Float32);
    expect(c, 0, &fl, "ARRAY<FLOAT>")?;
    expect(c, 1, &fl, "ARRAY<FLOAT>")?;
    c.props.nulls = super::Nulls::Always;
    let name = c.name.to_string();
    c.kernel(T::Float32, move |a, _, n| {
        let mut b = Float32Builder::with_capacity(n);
        for i in 0..n {
            let (Some(x), Some(y)) = (elems(&a[0], i), elems(&a[1], i)) else {
                b.append_null();
                continue;
            };
            if x.len() != y.len() {
                return Err(RunnelError::execution(
                    "VECTOR_DIMENSION_MISMATCH",
                    format!(
                        "Vectors passed to `{name}` must have the same dimension, but got {} and {}. Pass vectors of one length.",
                        x.len(),
                        y.len()
                    ),
                ));
            }
            let dot: f64 = x.iter().zip(&y).map(|(p, q)| p * q).sum();
            b.append_option(match op {
                Pair::Inner => Some(dot as f32),
                Pair::L2 => Some(
                    x.iter()
                        .zip(&y)
                        .map(|(p, q)| (p - q) * (p - q))
                        .sum::<f64>()
                        .sqrt() as f32,
                ),
                Pair::Cosine => {
                    let nx = x.iter().map(|p| p * p).sum::<f64>().sqrt();
                    let ny = y.iter().map(|p| p * p).sum::<f64>().sqrt();
                    (nx != 0.0 && ny != 0.0).then(|| (dot / (nx * ny)) as f32)
                }
            });
        }
        Ok(Arc::new(b.finish()) as ArrayRef)
    })
}

/// The Lp norm in double: L1, L2 or the largest magnitude (degree infinity); any other
/// degree is Spark's INVALID_VECTOR_NORM_DEGREE.
fn lp_norm(x: &[f64], p: f32, name: &str) -> Result<f64> {
    Ok(if p == 1.0 {
        x.iter().map(|v| v.abs()).sum()
    } else if p == 2.0 {
        x.iter().map(|v| v * v).sum::<f64>().sqrt()
    } else if p == f32::INFINITY {
        x.iter().fold(0.0, |m, v| m.max(v.abs()))
    } else {
        return Err(RunnelError::execution(
            "INVALID_VECTOR_NORM_DEGREE",
            format!(
                "For the `{name}` function, degree must be 1.0, 2.0, or float('inf'), but got {}. Pass one of those.",
                if p.fract() == 0.0 {
                    format!("{p:.1}")
                } else {
                    p.to_string()
                }
            ),
        ));
    })
}

fn norm(c: &mut Call, normalize: bool) -> Result<PhysExpr> {
    c.arity(1, 2)?;
    expect(c, 0, &list_of(T::Float32), "ARRAY<FLOAT>")?;
    if c.args.len() == 1 {
        c.args.push(PhysExpr::Cast {
            expr: Box::new(PhysExpr::Literal(ScalarValue::Float64(2.0))),
            to: T::Float32,
            try_: false,
        });
    }
    expect(c, 1, &T::Float32, "FLOAT")?;
    c.props.nulls = super::Nulls::Always;
    let ty = if normalize {
        list_of(T::Float32)
    } else {
        T::Float32
    };
    let name = c.name.to_string();
    c.kernel(ty, move |a, _, n| {
        let p = a[1].as_primitive::<Float32Type>();
        let mut nb = Float32Builder::with_capacity(n);
        let mut lb = ListBuilder::new(Float32Builder::new()).with_field(Arc::new(
            arrow_schema::Field::new("element", T::Float32, true),
        ));
        for i in 0..n {
            let x = if p.is_null(i) { None } else { elems(&a[0], i) };
            let Some(x) = x else {
                nb.append_null();
                lb.append_null();
                continue;
            };
            let norm = lp_norm(&x, p.value(i), &name)?;
            if !normalize {
                nb.append_value(norm as f32);
            } else if norm == 0.0 && !x.is_empty() {
                lb.append_null();
            } else {
                for v in &x {
                    lb.values().append_value((v / norm) as f32);
                }
                lb.append(true);
            }
        }
        Ok(if normalize {
            Arc::new(lb.finish()) as ArrayRef
        } else {
            Arc::new(nb.finish())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::lp_norm;

    #[test]
    fn lp_norms_of_one_two_and_infinity_and_no_other_degree() {
        let x = [3.0, -4.0];
        assert_eq!(lp_norm(&x, 1.0, "vector_norm").unwrap(), 7.0);
        assert_eq!(lp_norm(&x, 2.0, "vector_norm").unwrap(), 5.0);
        assert_eq!(lp_norm(&x, f32::INFINITY, "vector_norm").unwrap(), 4.0);
        let e = lp_norm(&x, 3.0, "vector_norm").unwrap_err().to_string();
        assert!(e.contains("INVALID_VECTOR_NORM_DEGREE"), "{e}");
    }
}
