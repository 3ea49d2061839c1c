//! Evaluation of a [`PhysExpr`] over a `RecordBatch`, vectorised with the arrow kernels.

use std::sync::Arc;

use arrow_arith::boolean::{and_kleene, is_not_null, is_null, not, or_kleene};
use arrow_arith::numeric;
use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::*;
use arrow_buffer::NullBuffer;
use arrow_ord::cmp;
use arrow_schema::DataType;
use arrow_select::filter::{filter, filter_record_batch, prep_null_mask_filter};

/// The rows where a boolean array is true (NULL counts as false).
pub fn true_mask(mask: &BooleanArray) -> BooleanArray {
    if mask.null_count() == 0 {
        mask.clone()
    } else {
        prep_null_mask_filter(mask)
    }
}

use super::BinaryOp;
use super::cast::cast_array;
use super::phys::PhysExpr;
use crate::error::{Result, RunnelError};

impl PhysExpr {
    /// Evaluates the expression for every row of `batch`.
    pub fn eval(&self, batch: &RecordBatch) -> Result<ArrayRef> {
        let n = batch.num_rows();
        Ok(match self {
            PhysExpr::Column { index, .. } => batch.column(*index).clone(),
            PhysExpr::Literal(v) => v.to_array(n),
            // AND / OR read their right side only where the left does not decide (Spark
            // short-circuits row by row: `x <> 0 AND 10 DIV x > 1` never divides by zero).
            PhysExpr::Binary {
                op: op @ (BinaryOp::And | BinaryOp::Or),
                left,
                right,
                ..
            } => {
                let l = left.eval(batch)?;
                // The left value that decides: false for AND, true for OR.
                let decided = *op == BinaryOp::Or;
                let lb = l.as_boolean();
                let open: BooleanArray = (0..n)
                    .map(|i| Some(!(lb.is_valid(i) && lb.value(i) == decided)))
                    .collect();
                let r = eval_where(right, batch, &open)?;
                eval_binary(*op, &l, &r)?
            }
            PhysExpr::Binary {
                op, left, right, ..
            } => {
                let l = left.eval(batch)?;
                let r = right.eval(batch)?;
                eval_binary(*op, &l, &r)?
            }
            PhysExpr::Not(e) => Arc::new(not(e.eval(batch)?.as_boolean())?),
            PhysExpr::Negative(e) => {
                let a = e.eval(batch)?;
                match a.data_type() {
                    DataType::Decimal128(p, s) if *p > 34 => {
                        super::decimal::negate_array(&a, *p, *s)?
                    }
                    _ => numeric::neg(&a)?,
                }
            }
            PhysExpr::IsNull(e, negated) => {
                let a = e.eval(batch)?;
                Arc::new(if *negated {
                    is_not_null(&a)?
                } else {
                    is_null(&a)?
                })
            }
            PhysExpr::InList {
                expr,
                list,
                negated,
            } => {
                let v = expr.eval(batch)?;
                let mut acc: Option<BooleanArray> = None;
                for item in list {
                    let it = item.eval(batch)?;
                    let eq = if matches!(v.data_type(), DataType::List(_) | DataType::Struct(_)) {
                        compare_nested(BinaryOp::Eq, &v, &it)?.as_boolean().clone()
                    } else {
                        cmp::eq(&v, &it)?
                    };
                    acc = Some(match acc {
                        None => eq,
                        Some(a) => or_kleene(&a, &eq)?,
                    });
                }
                let r = acc.unwrap_or_else(|| BooleanArray::from(vec![false; n]));
                Arc::new(if *negated { not(&r)? } else { r })
            }
            PhysExpr::Like {
                expr,
                regex,
                negated,
                ..
            } => {
                let v = expr.eval(batch)?;
                let s = v.as_string::<i32>();
                let out: BooleanArray = s
                    .iter()
                    .map(|x| x.map(|x| regex.is_match(x) != *negated))
                    .collect();
                Arc::new(out)
            }
            PhysExpr::Case {
                branches,
                otherwise,
                ty,
            } => eval_case(batch, branches, otherwise.as_deref(), ty)?,
            PhysExpr::Cast { expr, to, try_ } => cast_array(&expr.eval(batch)?, to, *try_)?,
            PhysExpr::Scalar { func, args, ty } => {
                let mut a: Vec<ArrayRef> = Vec::with_capacity(args.len());
                for (k, e) in args.iter().enumerate() {
                    a.push(match e.eval(batch) {
                        Ok(v) => v,
                        // Spark's null-intolerant expressions (Binary/TernaryExpression's
                        // null-safe eval and generated code) do not evaluate an argument
                        // after a NULL one: an error there counts only where the
                        // arguments before it are all non-NULL.
                        // A lazy function (`coalesce`, `nanvl`) reads it only where the
                        // arguments before it ask for it.
                        Err(err)
                            if k > 0
                                && (func.props.null_intolerant || func.reads_next.is_some()) =>
                        {
                            let open: BooleanArray = match func.reads_next {
                                Some(rows) => rows(&a, n),
                                None => (0..n)
                                    .map(|i| Some(a.iter().all(|x| x.is_valid(i))))
                                    .collect(),
                            };
                            if open.true_count() == n {
                                return Err(err);
                            }
                            eval_where(e, batch, &open)?
                        }
                        Err(err) => return Err(err),
                    });
                }
                func.eval(&a, ty, n)?
            }
            PhysExpr::Field { expr, index, .. } => {
                let s = expr.eval(batch)?;
                let s = s.as_struct();
                let child = s.column(*index).clone();
                match s.nulls() {
                    None => child,
                    Some(parent) => {
                        let nulls = NullBuffer::union(Some(parent), child.nulls());
                        let data = child.to_data().into_builder().nulls(nulls).build()?;
                        make_array(data)
                    }
                }
            }
            PhysExpr::Index {
                expr,
                index,
                ansi,
                one_based,
            } => {
                let a = expr.eval(batch)?;
                let i = index.eval(batch)?;
                eval_index(&a, i.as_primitive::<Int32Type>(), *ansi, *one_based)?
            }
        })
    }

    /// Evaluates a boolean predicate and returns the rows where it is true (NULL counts as false).
    pub fn filter_batch(&self, batch: &RecordBatch) -> Result<RecordBatch> {
        let mask = self.eval(batch)?;
        let mask = mask.as_boolean();
        if mask.null_count() == 0 && mask.true_count() == batch.num_rows() {
            return Ok(batch.clone());
        }
        Ok(filter_record_batch(batch, &true_mask(mask))?)
    }
}

fn divide_by_zero() -> RunnelError {
    RunnelError::execution(
        "DIVIDE_BY_ZERO",
        "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
    )
}

fn has_zero(a: &ArrayRef) -> bool {
    match a.data_type() {
        DataType::Float64 => a
            .as_primitive::<Float64Type>()
            .iter()
            .any(|v| v == Some(0.0)),
        DataType::Float32 => a
            .as_primitive::<Float32Type>()
            .iter()
            .any(|v| v == Some(0.0)),
        DataType::Int64 => a.as_primitive::<Int64Type>().iter().any(|v| v == Some(0)),
        DataType::Int32 => a.as_primitive::<Int32Type>().iter().any(|v| v == Some(0)),
        DataType::Int16 => a.as_primitive::<Int16Type>().iter().any(|v| v == Some(0)),
        DataType::Int8 => a.as_primitive::<Int8Type>().iter().any(|v| v == Some(0)),
        DataType::Decimal128(..) => a
            .as_primitive::<Decimal128Type>()
            .iter()
            .any(|v| v == Some(0)),
        _ => false,
    }
}

/// Rows where the left side is NULL never divide, so only zeros where both sides are present count.
fn zero_divisor(l: &ArrayRef, r: &ArrayRef) -> Result<bool> {
    if !has_zero(r) {
        return Ok(false);
    }
    if l.null_count() == 0 {
        return Ok(true);
    }
    let keep = is_not_null(l)?;
    Ok(has_zero(&filter(r, &keep)?))
}

/// A comparison of two arrays of one type.
fn eval_binary_cmp(op: BinaryOp, l: &ArrayRef, r: &ArrayRef) -> Result<ArrayRef> {
    Ok(Arc::new(match op {
        BinaryOp::Eq => cmp::eq(l, r)?,
        BinaryOp::NotEq => cmp::neq(l, r)?,
        BinaryOp::Lt => cmp::lt(l, r)?,
        BinaryOp::LtEq => cmp::lt_eq(l, r)?,
        BinaryOp::Gt => cmp::gt(l, r)?,
        BinaryOp::GtEq => cmp::gt_eq(l, r)?,
        _ => cmp::not_distinct(l, r)?,
    }))
}

/// A comparison of arrays or structs as Spark orders them: element by element (field by
/// field), a NULL inside below any value and equal to another NULL, a shorter array
/// before a longer one it begins; NULL when either side is (`<=>`: equal when both are).
fn compare_nested(op: BinaryOp, l: &ArrayRef, r: &ArrayRef) -> Result<ArrayRef> {
    use std::cmp::Ordering;
    // One type for both sides (their nested nullability may differ).
    // -0.0 equals 0.0 and every NaN is one value, as Spark compares doubles.
    let ty = crate::types::as_nullable(l.data_type());
    let (l, r) = (
        crate::types::conform(crate::scalar::normalize_floats(l), &ty)?,
        crate::types::conform(crate::scalar::normalize_floats(r), &ty)?,
    );
    let opts = arrow_schema::SortOptions {
        descending: false,
        nulls_first: true,
    };
    let cmp = arrow_ord::ord::make_comparator(l.as_ref(), r.as_ref(), opts)?;
    let out: BooleanArray = (0..l.len())
        .map(|i| {
            let (ln, rn) = (l.is_null(i), r.is_null(i));
            if op == BinaryOp::EqNullSafe && (ln || rn) {
                return Some(ln && rn);
            }
            if ln || rn {
                return None;
            }
            let o = cmp(i, i);
            Some(match op {
                BinaryOp::Eq | BinaryOp::EqNullSafe => o == Ordering::Equal,
                BinaryOp::NotEq => o != Ordering::Equal,
                BinaryOp::Lt => o == Ordering::Less,
                BinaryOp::LtEq => o != Ordering::Greater,
                BinaryOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            })
        })
        .collect();
    Ok(Arc::new(out))
}

/// `l op r` on arrays of the operand type.
pub fn eval_binary(op: BinaryOp, l: &ArrayRef, r: &ArrayRef) -> Result<ArrayRef> {
    if matches!(l.data_type(), DataType::List(_) | DataType::Struct(_))
        && matches!(
            op,
            BinaryOp::Eq
                | BinaryOp::NotEq
                | BinaryOp::Lt
                | BinaryOp::LtEq
                | BinaryOp::Gt
                | BinaryOp::GtEq
                | BinaryOp::EqNullSafe
        )
    {
        return compare_nested(op, l, r);
    }
    // timestamp ± interval in microseconds (arrow's temporal kernels would need a time
    // zone database for "UTC", which the browser build leaves out).
    if let (DataType::Timestamp(_, tz), DataType::Duration(_)) = (l.data_type(), r.data_type())
        && matches!(op, BinaryOp::Plus | BinaryOp::Minus)
    {
        let (t, d) = (
            l.as_primitive_opt::<TimestampMicrosecondType>(),
            r.as_primitive_opt::<DurationMicrosecondType>(),
        );
        let (Some(t), Some(d)) = (t, d) else {
            return Err(RunnelError::internal(
                "timestamp ± interval of another unit",
            ));
        };
        // Spark's timestampAddDayTime: the interval's whole days move the wall-clock
        // time in the session time zone (`ZonedDateTime.plusDays`), the rest the instant;
        // a TIMESTAMP_NTZ adds in UTC, so all of it to the instant.
        let zone = tz.is_some().then(crate::temporal::session_zone);
        let out: PrimitiveArray<TimestampMicrosecondType> =
            arrow_arith::arity::try_binary(t, d, |a, b| {
                let b = if op == BinaryOp::Plus {
                    Some(b)
                } else {
                    b.checked_neg()
                };
                let v = b.and_then(|b| {
                    use crate::temporal::US_PER_DAY;
                    let days = b / US_PER_DAY;
                    match zone {
                        Some(z) if days != 0 => {
                            z.plus_days(a, days)?.checked_add(b - days * US_PER_DAY)
                        }
                        _ => a.checked_add(b),
                    }
                });
                v.ok_or_else(|| {
                    arrow_schema::ArrowError::ArithmeticOverflow(
                        "timestamp ± interval is out of range".into(),
                    )
                })
            })?;
        return Ok(Arc::new(match tz {
            Some(z) => out.with_timezone(z.clone()),
            None => out,
        }));
    }
    Ok(match op {
        BinaryOp::Plus => numeric::add(l, r)?,
        BinaryOp::Minus => numeric::sub(l, r)?,
        BinaryOp::Multiply => numeric::mul(l, r)?,
        BinaryOp::Divide | BinaryOp::Modulo | BinaryOp::IntDivide => {
            if zero_divisor(l, r)? {
                return Err(if op == BinaryOp::Modulo {
                    RunnelError::execution(
                        "REMAINDER_BY_ZERO",
                        "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                    )
                } else {
                    divide_by_zero()
                });
            }
            match op {
                BinaryOp::Divide | BinaryOp::IntDivide => numeric::div(l, r)?,
                _ => numeric::rem(l, r)?,
            }
        }
        // Spark compares -0.0 and 0.0 as equal (NaN equals NaN, as arrow's order has it).
        BinaryOp::Eq
        | BinaryOp::NotEq
        | BinaryOp::Lt
        | BinaryOp::LtEq
        | BinaryOp::Gt
        | BinaryOp::GtEq
        | BinaryOp::EqNullSafe
            if matches!(l.data_type(), DataType::Float32 | DataType::Float64) =>
        {
            let (l, r) = (
                crate::scalar::normalize_floats(l),
                crate::scalar::normalize_floats(r),
            );
            return eval_binary_cmp(op, &l, &r);
        }
        BinaryOp::Eq => Arc::new(cmp::eq(l, r)?),
        BinaryOp::NotEq => Arc::new(cmp::neq(l, r)?),
        BinaryOp::Lt => Arc::new(cmp::lt(l, r)?),
        BinaryOp::LtEq => Arc::new(cmp::lt_eq(l, r)?),
        BinaryOp::Gt => Arc::new(cmp::gt(l, r)?),
        BinaryOp::GtEq => Arc::new(cmp::gt_eq(l, r)?),
        BinaryOp::EqNullSafe => Arc::new(cmp::not_distinct(l, r)?),
        BinaryOp::And => Arc::new(and_kleene(l.as_boolean(), r.as_boolean())?),
        BinaryOp::Or => Arc::new(or_kleene(l.as_boolean(), r.as_boolean())?),
        BinaryOp::Concat => {
            let (a, b) = (l.as_string::<i32>(), r.as_string::<i32>());
            let out: StringArray = a
                .iter()
                .zip(b.iter())
                .map(|(x, y)| Some(format!("{}{}", x?, y?)))
                .collect();
            Arc::new(out)
        }
    })
}

/// CASE WHEN: each THEN runs only on the rows that reach it, so a guarded
/// division by zero in another branch does not fail the query (as in Spark).
/// `e` evaluated only for the rows `mask` selects (NULL elsewhere), so that the rows it
/// leaves out cannot raise an error.
pub(crate) fn eval_where(
    e: &PhysExpr,
    batch: &RecordBatch,
    mask: &BooleanArray,
) -> Result<ArrayRef> {
    let n = batch.num_rows();
    let count = mask.true_count();
    if count == n {
        return e.eval(batch);
    }
    if count == 0 {
        return Ok(arrow_array::new_null_array(&e.data_type(), n));
    }
    let part = e.eval(&filter_record_batch(batch, mask)?)?;
    let mut k = 0u32;
    let idx: arrow_array::UInt32Array = (0..n)
        .map(|i| {
            mask.value(i).then(|| {
                k += 1;
                k - 1
            })
        })
        .collect();
    Ok(arrow_select::take::take(part.as_ref(), &idx, None)?)
}

fn eval_case(
    batch: &RecordBatch,
    branches: &[(PhysExpr, PhysExpr)],
    otherwise: Option<&PhysExpr>,
    ty: &DataType,
) -> Result<ArrayRef> {
    let n = batch.num_rows();
    // which[i] = index of the branch that row i takes (branches.len() = ELSE).
    let mut which = vec![branches.len(); n];
    let mut open: Vec<bool> = vec![true; n];
    for (bi, (cond, _)) in branches.iter().enumerate() {
        // A condition is read only for the rows no earlier branch took (as Spark does).
        let still: BooleanArray = open.iter().map(|o| Some(*o)).collect();
        let c = eval_where(cond, batch, &still)?;
        let c = c.as_boolean();
        for i in 0..n {
            if open[i] && c.is_valid(i) && c.value(i) {
                which[i] = bi;
                open[i] = false;
            }
        }
    }
    let mut pieces: Vec<ArrayRef> = Vec::with_capacity(branches.len() + 1);
    let mut positions = vec![0usize; n];
    for bi in 0..=branches.len() {
        let mask: BooleanArray = which.iter().map(|w| Some(*w == bi)).collect();
        let count = mask.true_count();
        let mut k = 0;
        for (i, w) in which.iter().enumerate() {
            if *w == bi {
                positions[i] = k;
                k += 1;
            }
        }
        let expr = if bi < branches.len() {
            Some(&branches[bi].1)
        } else {
            otherwise
        };
        let piece = match expr {
            _ if count == 0 => arrow_array::new_empty_array(ty),
            None => arrow_array::new_null_array(ty, count),
            Some(e) if count == n => e.eval(batch)?,
            Some(e) => e.eval(&filter_record_batch(batch, &mask)?)?,
        };
        let piece = if piece.data_type() != ty {
            cast_array(&piece, ty, false)?
        } else {
            piece
        };
        pieces.push(piece);
    }
    let refs: Vec<&dyn Array> = pieces.iter().map(|p| p.as_ref()).collect();
    let idx: Vec<(usize, usize)> = which
        .iter()
        .zip(&positions)
        .map(|(w, p)| (*w, *p))
        .collect();
    Ok(arrow_select::interleave::interleave(&refs, &idx)?)
}

fn eval_index(a: &ArrayRef, idx: &Int32Array, ansi: bool, one_based: bool) -> Result<ArrayRef> {
    let l = a.as_list::<i32>();
    let offsets = l.value_offsets();
    let mut take: Vec<Option<u32>> = Vec::with_capacity(l.len());
    for row in 0..l.len() {
        if l.is_null(row) || idx.is_null(row) {
            take.push(None);
            continue;
        }
        let len = (offsets[row + 1] - offsets[row]) as i64;
        let i = idx.value(row) as i64;
        let pos = if one_based {
            if i == 0 {
                if ansi {
                    return Err(RunnelError::execution(
                        "INVALID_INDEX_OF_ZERO",
                        "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).",
                    ));
                }
                take.push(None);
                continue;
            }
            if i > 0 { i - 1 } else { len + i }
        } else {
            i
        };
        if pos < 0 || pos >= len {
            if ansi {
                return Err(if one_based {
                    RunnelError::execution(
                        "INVALID_ARRAY_INDEX_IN_ELEMENT_AT",
                        format!(
                            "The index {i} is out of bounds. The array has {len} elements. Use `try_element_at` to tolerate accessing element at invalid index and return NULL instead."
                        ),
                    )
                } else {
                    RunnelError::execution(
                        "INVALID_ARRAY_INDEX",
                        format!(
                            "The index {i} is out of bounds. The array has {len} elements. Use the SQL function `get()` to tolerate accessing element at invalid index and return NULL instead."
                        ),
                    )
                });
            }
            take.push(None);
            continue;
        }
        take.push(Some((offsets[row] as i64 + pos) as u32));
    }
    let indices = UInt32Array::from(take);
    Ok(arrow_select::take::take(
        l.values().as_ref(),
        &indices,
        None,
    )?)
}
