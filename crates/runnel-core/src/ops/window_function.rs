//! Window functions (Spark's `WindowExec`): the input's rows sorted by partition and
//! order keys, each function computed over its frame within the row's partition, its
//! value added as a column. Batch only (Spark refuses non-time windows on streams).
//!
//! Peers are rows of a partition with equal order keys: a RANGE frame's CURRENT ROW
//! reaches all of them, `rank` gives them one rank. Aggregates run on the aggregation
//! operator's accumulators ([`super::grouping::frame_aggregate`]).

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::*;
use arrow_ord::sort::{SortColumn, lexsort_to_indices};
use arrow_row::{RowConverter, SortField};
use arrow_schema::{DataType, SchemaRef, SortOptions};
use arrow_select::take::take;

use super::{BatchContext, Operator, with_schema};
use crate::error::{Result, RunnelError};
use crate::expr::PhysExpr;
use crate::expr::window::{BoundFrame, FrameEnd, WindowCall, WindowFunc};
use crate::logical::plan::SortKey;
use crate::scalar::normalize_floats;

/// Runs window functions over its input's rows.
pub struct WindowExec {
    pub(super) input: Box<dyn Operator>,
    pub(super) partition: Vec<PhysExpr>,
    pub(super) order: Vec<SortKey>,
    pub(super) calls: Vec<WindowCall>,
    pub(super) schema: SchemaRef,
}

impl Operator for WindowExec {
    fn describe(&self) -> String {
        let n = self.schema.fields().len() - self.calls.len();
        let names: Vec<&str> = self.schema.fields()[n..]
            .iter()
            .map(|f| f.name().as_str())
            .collect();
        let parts: Vec<String> = self.partition.iter().map(|p| p.to_string()).collect();
        let keys: Vec<String> = self
            .order
            .iter()
            .map(|k| format!("{} {}", k.expr, if k.asc { "ASC" } else { "DESC" }))
            .collect();
        format!(
            "Window [{}], [{}], [{}]",
            names.join(", "),
            parts.join(", "),
            keys.join(", ")
        )
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        window_batch(&b, &self.partition, &self.order, &self.calls, &self.schema)
    }
}

/// Equal neighbours of `keys` (NaN equal to NaN, -0.0 to 0.0, NULL to NULL): for each
/// row, whether it starts a new run.
fn run_starts(keys: &[ArrayRef], n: usize) -> Result<Vec<bool>> {
    let mut starts = vec![false; n];
    if n > 0 {
        starts[0] = true;
    }
    if keys.is_empty() {
        return Ok(starts);
    }
    let cols: Vec<ArrayRef> = keys.iter().map(normalize_floats).collect();
    let conv = RowConverter::new(
        cols.iter()
            .map(|c| SortField::new(c.data_type().clone()))
            .collect(),
    )?;
    let rows = conv.convert_columns(&cols)?;
    for (i, s) in starts.iter_mut().enumerate().skip(1) {
        *s = rows.row(i) != rows.row(i - 1);
    }
    Ok(starts)
}

/// The order key's values, ascending in the window's direction (negated for DESC), for
/// RANGE frames with offsets.
enum RangeKeys {
    Int(Vec<Option<i128>>),
    Float(Vec<Option<f64>>),
}

fn range_keys(a: &ArrayRef, asc: bool) -> Result<RangeKeys> {
    let sign_i = if asc { 1i128 } else { -1 };
    let sign_f = if asc { 1.0 } else { -1.0 };
    macro_rules! ints {
        ($t:ty) => {
            RangeKeys::Int(
                a.as_primitive::<$t>()
                    .iter()
                    .map(|v| v.map(|v| v as i128 * sign_i))
                    .collect(),
            )
        };
    }
    Ok(match a.data_type() {
        DataType::Int8 => ints!(Int8Type),
        DataType::Int16 => ints!(Int16Type),
        DataType::Int32 => ints!(Int32Type),
        DataType::Int64 => ints!(Int64Type),
        DataType::Date32 => ints!(Date32Type),
        DataType::Timestamp(_, _) => ints!(TimestampMicrosecondType),
        DataType::Decimal128(..) => ints!(Decimal128Type),
        DataType::Float32 => RangeKeys::Float(
            a.as_primitive::<Float32Type>()
                .iter()
                .map(|v| v.map(|v| v as f64 * sign_f))
                .collect(),
        ),
        DataType::Float64 => RangeKeys::Float(
            a.as_primitive::<Float64Type>()
                .iter()
                .map(|v| v.map(|v| v * sign_f))
                .collect(),
        ),
        DataType::Null => RangeKeys::Int(vec![None; a.len()]),
        other => {
            return Err(RunnelError::internal(format!(
                "a RANGE frame over a {other} key passed analysis"
            )));
        }
    })
}

impl RangeKeys {
    fn is_null(&self, i: usize) -> bool {
        match self {
            RangeKeys::Int(v) => v[i].is_none(),
            RangeKeys::Float(v) => v[i].is_none(),
        }
    }

    /// In the non-NULL rows `seg` (sorted ascending), the first row whose key is at
    /// least row `i`'s key plus `off` (`strict`: greater than).
    fn first_from(&self, seg: (usize, usize), i: usize, off: FrameEnd, strict: bool) -> usize {
        let (s, e) = seg;
        match (self, off) {
            (RangeKeys::Int(v), FrameEnd::RangeInt(o)) => {
                let t = v[i].unwrap_or_default().saturating_add(o);
                s + v[s..e].partition_point(|x| {
                    let x = x.unwrap_or_default();
                    if strict { x <= t } else { x < t }
                })
            }
            (RangeKeys::Float(v), FrameEnd::RangeFloat(o)) => {
                let t = v[i].unwrap_or_default() + o;
                s + v[s..e].partition_point(|x| {
                    let x = x.unwrap_or_default();
                    if strict { x <= t } else { x < t }
                })
            }
            (RangeKeys::Float(v), FrameEnd::RangeInt(o)) => {
                let t = v[i].unwrap_or_default() + o as f64;
                s + v[s..e].partition_point(|x| {
                    let x = x.unwrap_or_default();
                    if strict { x <= t } else { x < t }
                })
            }
            _ => i,
        }
    }
}

/// Rows `[lo, hi)` of each row's frame, in sorted positions.
fn frames(
    frame: &BoundFrame,
    parts: &[(usize, usize)],
    peers: &[(usize, usize)],
    keys: Option<&RangeKeys>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(peers.len());
    for &(ps, pe) in parts {
        // The partition's non-NULL order keys (NULLs sort all first or all last).
        let seg = keys.map(|k| {
            let mut s = ps;
            while s < pe && k.is_null(s) {
                s += 1;
            }
            let mut e = pe;
            while e > s && k.is_null(e - 1) {
                e -= 1;
            }
            (s, e)
        });
        for (i, &peer) in peers.iter().enumerate().take(pe).skip(ps) {
            let clamp = |x: i128| x.clamp(ps as i128, pe as i128) as usize;
            let lo = match frame.lower {
                FrameEnd::Unbounded => ps,
                FrameEnd::Current if frame.rows => i,
                FrameEnd::Current => peer.0,
                FrameEnd::Rows(n) => clamp(i as i128 + n as i128),
                off => match (keys, seg) {
                    (Some(k), Some(seg)) if !k.is_null(i) => k.first_from(seg, i, off, false),
                    _ => peer.0,
                },
            };
            let hi = match frame.upper {
                FrameEnd::Unbounded => pe,
                FrameEnd::Current if frame.rows => i + 1,
                FrameEnd::Current => peer.1,
                FrameEnd::Rows(n) => clamp(i as i128 + n as i128 + 1),
                off => match (keys, seg) {
                    (Some(k), Some(seg)) if !k.is_null(i) => k.first_from(seg, i, off, true),
                    _ => peer.1,
                },
            };
            out.push((lo, hi.max(lo)));
        }
    }
    out
}

/// Runs `calls` over `b`: its rows sorted by `partition` then `order`, with one column
/// per call appended (`schema`).
pub fn window_batch(
    b: &RecordBatch,
    partition: &[PhysExpr],
    order: &[SortKey],
    calls: &[WindowCall],
    schema: &SchemaRef,
) -> Result<RecordBatch> {
    let n = b.num_rows();
    // Sort: partition keys, order keys, then arrival (ties keep their input order).
    let mut cols = Vec::new();
    for p in partition {
        cols.push(SortColumn {
            values: normalize_floats(&p.eval(b)?),
            options: Some(SortOptions {
                descending: false,
                nulls_first: true,
            }),
        });
    }
    for k in order {
        cols.push(SortColumn {
            values: normalize_floats(&k.expr.eval(b)?),
            options: Some(SortOptions {
                descending: !k.asc,
                nulls_first: k.nulls_first,
            }),
        });
    }
    cols.push(SortColumn {
        values: Arc::new(UInt32Array::from_iter_values(0..n as u32)),
        options: None,
    });
    let idx = lexsort_to_indices(&cols, None)?;
    let sorted_cols: Vec<ArrayRef> = b
        .columns()
        .iter()
        .map(|c| take(c.as_ref(), &idx, None))
        .collect::<std::result::Result<_, _>>()?;
    let sorted = with_schema(&b.schema(), sorted_cols.clone(), n)?;
    let part_keys: Vec<ArrayRef> = partition
        .iter()
        .map(|p| p.eval(&sorted))
        .collect::<Result<_>>()?;
    let order_keys: Vec<ArrayRef> = order
        .iter()
        .map(|k| k.expr.eval(&sorted))
        .collect::<Result<_>>()?;
    let part_starts = run_starts(&part_keys, n)?;
    let mut all = part_keys.clone();
    all.extend(order_keys.iter().cloned());
    let peer_starts = run_starts(&all, n)?;
    let runs = |starts: &[bool]| -> Vec<(usize, usize)> {
        let mut v: Vec<(usize, usize)> = Vec::new();
        for (i, &s) in starts.iter().enumerate() {
            if s {
                if let Some(last) = v.last_mut() {
                    last.1 = i;
                }
                v.push((i, n));
            }
        }
        v
    };
    let parts = runs(&part_starts);
    let mut peers = vec![(0, 0); n];
    for (s, e) in runs(&peer_starts) {
        for p in peers.iter_mut().take(e).skip(s) {
            *p = (s, e);
        }
    }
    let mut part_of = vec![(0, 0); n];
    for &(s, e) in &parts {
        for p in part_of.iter_mut().take(e).skip(s) {
            *p = (s, e);
        }
    }
    let needs_keys = |c: &WindowCall| {
        !c.frame.rows
            && [c.frame.lower, c.frame.upper]
                .iter()
                .any(|e| matches!(e, FrameEnd::RangeInt(_) | FrameEnd::RangeFloat(_)))
    };
    let keys = match (order.first(), order_keys.first()) {
        (Some(k), Some(a)) if order.len() == 1 && calls.iter().any(needs_keys) => {
            Some(range_keys(a, k.asc)?)
        }
        _ => None,
    };
    let mut out = sorted_cols;
    for call in calls {
        let range = keys.as_ref().filter(|_| needs_keys(call));
        out.push(compute(call, &sorted, &parts, &part_of, &peers, range)?);
    }
    with_schema(schema, out, n)
}

fn compute(
    call: &WindowCall,
    sorted: &RecordBatch,
    parts: &[(usize, usize)],
    part_of: &[(usize, usize)],
    peers: &[(usize, usize)],
    keys: Option<&RangeKeys>,
) -> Result<ArrayRef> {
    let n = sorted.num_rows();
    let ints = |f: &dyn Fn(usize) -> i64| -> ArrayRef {
        Arc::new(Int32Array::from_iter_values((0..n).map(|i| f(i) as i32)))
    };
    let rank = |i: usize| (peers[i].0 - part_of[i].0 + 1) as i64;
    Ok(match &call.func {
        WindowFunc::RowNumber => ints(&|i| (i - part_of[i].0 + 1) as i64),
        WindowFunc::Rank => ints(&rank),
        WindowFunc::DenseRank => {
            let mut v = Vec::with_capacity(n);
            let mut d = 0;
            for (i, (part, peer)) in part_of.iter().zip(peers).enumerate() {
                if i == part.0 {
                    d = 0;
                }
                if i == peer.0 {
                    d += 1;
                }
                v.push(d);
            }
            Arc::new(Int32Array::from(v))
        }
        WindowFunc::PercentRank => Arc::new(Float64Array::from_iter_values((0..n).map(|i| {
            let size = part_of[i].1 - part_of[i].0;
            if size <= 1 {
                0.0
            } else {
                (rank(i) - 1) as f64 / (size - 1) as f64
            }
        }))),
        WindowFunc::CumeDist => Arc::new(Float64Array::from_iter_values((0..n).map(|i| {
            let (ps, pe) = part_of[i];
            (peers[i].1 - ps) as f64 / (pe - ps) as f64
        }))),
        WindowFunc::Ntile(buckets) => {
            let buckets = (*buckets).max(1);
            ints(&|i| {
                let (ps, pe) = part_of[i];
                let (size, r) = ((pe - ps) as i64, (i - ps) as i64);
                let (q, rem) = (size / buckets, size % buckets);
                // The first `rem` buckets hold one row more (Spark's NTile).
                if r < rem * (q + 1) {
                    r / (q + 1) + 1
                } else {
                    (r - rem * (q + 1)) / q.max(1) + rem + 1
                }
            })
        }
        WindowFunc::Offset {
            input,
            offset,
            default,
            ignore_nulls,
        } => {
            let values = input.eval(sorted)?;
            let defaults = default.eval(sorted)?;
            let mut idx: Vec<u32> = Vec::with_capacity(n);
            for (i, &(ps, pe)) in part_of.iter().enumerate() {
                let target = if *ignore_nulls && *offset != 0 {
                    let step: i64 = offset.signum();
                    let mut left = offset.abs();
                    let mut j = i as i64;
                    loop {
                        j += step;
                        if j < ps as i64 || j >= pe as i64 {
                            break None;
                        }
                        if values.is_valid(j as usize) {
                            left -= 1;
                            if left == 0 {
                                break Some(j as usize);
                            }
                        }
                    }
                } else {
                    let j = i as i64 + offset;
                    (j >= ps as i64 && j < pe as i64).then_some(j as usize)
                };
                idx.push(match target {
                    Some(j) => j as u32,
                    None => (n + i) as u32,
                });
            }
            let both = arrow_select::concat::concat(&[values.as_ref(), defaults.as_ref()])?;
            take(both.as_ref(), &UInt32Array::from(idx), None)?
        }
        WindowFunc::NthValue {
            input,
            n: nth,
            ignore_nulls,
        } => {
            let values = input.eval(sorted)?;
            let fr = frames(&call.frame, parts, peers, keys);
            let idx: Vec<Option<u32>> = fr
                .iter()
                .map(|&(lo, hi)| {
                    if *ignore_nulls {
                        (lo..hi)
                            .filter(|&j| values.is_valid(j))
                            .nth((*nth - 1) as usize)
                            .map(|j| j as u32)
                    } else {
                        let j = lo + (*nth - 1) as usize;
                        (j < hi).then_some(j as u32)
                    }
                })
                .collect();
            take(values.as_ref(), &UInt32Array::from(idx), None)?
        }
        WindowFunc::CounterDiff { input, start } => {
            let values = input.eval(sorted)?;
            let starts = match start {
                Some(s) => Some(s.eval(sorted)?),
                None => None,
            };
            counter_diff(&values, starts.as_ref(), part_of)?
        }
        WindowFunc::Agg(agg) => {
            let fr = frames(&call.frame, parts, peers, keys);
            super::grouping::frame_aggregate(agg, sorted, &fr)?
        }
    })
}

/// Spark's CounterDiff / CounterDiffWithStartTime over rows sorted by partition and
/// order, `part_of[i]` the bounds of row i's partition: each row's value minus the last
/// non-NULL value before it in its partition; NULL for a NULL value, the first value and
/// a reset (the value fell below the previous one, or the start time rose past the
/// previous row's). A negative value, or a start time that went back, is an error.
fn counter_diff(
    values: &ArrayRef,
    starts: Option<&ArrayRef>,
    part_of: &[(usize, usize)],
) -> Result<ArrayRef> {
    use std::cmp::Ordering;
    // Spark's ordering of numbers: NaN above all, -0.0 equal to 0.0.
    let cmp = |i: usize, j: usize| -> Ordering {
        match values.data_type() {
            DataType::Float32 | DataType::Float64 => {
                let f = |k: usize| -> f64 {
                    let v = match values.data_type() {
                        DataType::Float32 => values.as_primitive::<Float32Type>().value(k) as f64,
                        _ => values.as_primitive::<Float64Type>().value(k),
                    };
                    if v == 0.0 { 0.0 } else { v }
                };
                let (a, b) = (f(i), f(j));
                match (a.is_nan(), b.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Greater,
                    (false, true) => Ordering::Less,
                    _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
                }
            }
            _ => int_at(values, i).cmp(&int_at(values, j)),
        }
    };
    let negative = |i: usize| -> bool {
        match values.data_type() {
            DataType::Float32 => values.as_primitive::<Float32Type>().value(i) < 0.0,
            DataType::Float64 => values.as_primitive::<Float64Type>().value(i) < 0.0,
            _ => int_at(values, i) < 0,
        }
    };
    let start_at = |s: &ArrayRef, i: usize| -> Option<i64> {
        s.is_valid(i)
            .then(|| s.as_primitive::<TimestampMicrosecondType>().value(i))
    };
    let text = |a: &ArrayRef, i: usize| -> Result<String> {
        let s = crate::expr::cast::cast_array(&a.slice(i, 1), &DataType::Utf8, false)?;
        Ok(s.as_string::<i32>().value(0).to_string())
    };
    let n = values.len();
    let mut prev_idx: Vec<Option<u32>> = Vec::with_capacity(n);
    let mut keep = Vec::with_capacity(n);
    let mut prev: Option<usize> = None;
    for (i, &(ps, _)) in part_of.iter().enumerate() {
        if i == ps {
            prev = None;
        }
        if values.is_null(i) {
            prev_idx.push(None);
            keep.push(false);
            continue;
        }
        if negative(i) {
            return Err(RunnelError::execution(
                "COUNTER_DIFF_NEGATIVE_COUNTER_VALUE",
                format!(
                    "A negative counter value {} was provided to function `counter_diff`. Negative counter values are not allowed.",
                    text(values, i)?
                ),
            ));
        }
        let mut ok = prev.is_some();
        if let (Some(s), Some(p)) = (starts, prev)
            && let (Some(cur), Some(before)) = (start_at(s, i), start_at(s, p))
        {
            if cur < before {
                return Err(RunnelError::execution(
                    "COUNTER_DIFF_START_TIME_DECREASED",
                    format!(
                        "Start time provided to function `counter_diff` decreased from {} to {}. Start time is required to be non-decreasing.",
                        text(s, p)?,
                        text(s, i)?
                    ),
                ));
            }
            ok &= cur == before;
        }
        if let Some(p) = prev {
            ok &= cmp(i, p) != Ordering::Less;
        }
        prev_idx.push(prev.map(|p| p as u32));
        keep.push(ok);
        prev = Some(i);
    }
    let before = take(values.as_ref(), &UInt32Array::from(prev_idx), None)?;
    let diff = crate::expr::eval::eval_binary(crate::expr::BinaryOp::Minus, values, &before)?;
    let diff = crate::expr::cast::cast_array(&diff, values.data_type(), false)?;
    Ok(arrow_select::nullif::nullif(
        diff.as_ref(),
        &BooleanArray::from(keep.iter().map(|k| !k).collect::<Vec<_>>()),
    )?)
}

/// An integral or decimal value as an i128 (decimals of one type compare by their units).
fn int_at(a: &ArrayRef, i: usize) -> i128 {
    match a.data_type() {
        DataType::Int8 => a.as_primitive::<Int8Type>().value(i) as i128,
        DataType::Int16 => a.as_primitive::<Int16Type>().value(i) as i128,
        DataType::Int32 => a.as_primitive::<Int32Type>().value(i) as i128,
        DataType::Int64 => a.as_primitive::<Int64Type>().value(i) as i128,
        DataType::Decimal128(..) => a.as_primitive::<Decimal128Type>().value(i),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow_array::cast::AsArray;
    use arrow_array::types::Int64Type;
    use arrow_schema::{DataType, Field, Schema};

    use crate::DataFrame;
    use crate::scalar::ScalarValue;
    use crate::session::SparkSession;

    /// Rows (k, v) with v possibly NULL.
    fn frame(rows: &[(&str, Option<i64>)]) -> DataFrame {
        let s = SparkSession::new();
        let schema = Arc::new(Schema::new(vec![
            Field::new("k", DataType::Utf8, true),
            Field::new("v", DataType::Int64, true),
        ]));
        let rows: Vec<Vec<ScalarValue>> = rows
            .iter()
            .map(|(k, v)| {
                vec![
                    ScalarValue::Utf8(k.to_string()),
                    v.map_or(ScalarValue::Null(DataType::Int64), ScalarValue::Int64),
                ]
            })
            .collect();
        s.create_data_frame(&rows, schema).unwrap()
    }

    /// Column `name` of the result, sorted by `v` (NULL first), as i64 (NULL as -1).
    fn column(df: &DataFrame, items: &[&str], name: &str) -> Vec<i64> {
        let out = df
            .select_expr(items)
            .unwrap()
            .order_by(vec![crate::expr::col("v"), crate::expr::col(name)])
            .unwrap();
        let b =
            arrow_select::concat::concat_batches(&out.schema(), &out.collect().unwrap()).unwrap();
        let i = b.schema().index_of(name).unwrap();
        let c = crate::expr::cast::cast_array(b.column(i), &DataType::Int64, false).unwrap();
        c.as_primitive::<Int64Type>()
            .iter()
            .map(|v| v.unwrap_or(-1))
            .collect()
    }

    #[test]
    fn ntile_gives_the_first_buckets_one_row_more() {
        let df = frame(&[
            ("a", Some(1)),
            ("a", Some(2)),
            ("a", Some(3)),
            ("a", Some(4)),
            ("a", Some(5)),
        ]);
        let n = column(&df, &["v", "ntile(3) OVER (ORDER BY v) AS n"], "n");
        assert_eq!(n, vec![1, 1, 2, 2, 3]);
        let n = column(&df, &["v", "ntile(8) OVER (ORDER BY v) AS n"], "n");
        assert_eq!(n, vec![1, 2, 3, 4, 5]);
    }

    #[test]
    fn a_range_frame_reaches_peers_and_skips_the_null_key() {
        let df = frame(&[
            ("a", None),
            ("a", Some(1)),
            ("a", Some(2)),
            ("a", Some(2)),
            ("a", Some(4)),
        ]);
        // RANGE 1 PRECEDING .. CURRENT ROW: the keys within 1 below, peers included; the
        // NULL key is a frame of its own.
        let s = column(
            &df,
            &[
                "v",
                "count(*) OVER (ORDER BY v RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS c",
            ],
            "c",
        );
        assert_eq!(s, vec![1, 1, 3, 3, 1]);
        // Descending: PRECEDING means the larger keys.
        let s = column(
            &df,
            &[
                "v",
                "count(*) OVER (ORDER BY v DESC RANGE BETWEEN 2 PRECEDING AND CURRENT ROW) AS c",
            ],
            "c",
        );
        assert_eq!(s, vec![1, 3, 3, 3, 1]);
    }

    #[test]
    fn a_rows_frame_outside_the_partition_is_empty() {
        let df = frame(&[("a", Some(1)), ("a", Some(2)), ("b", Some(3))]);
        let s = column(
            &df,
            &[
                "v",
                "sum(v) OVER (PARTITION BY k ORDER BY v ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING) AS s",
            ],
            "s",
        );
        assert_eq!(s, vec![-1, -1, -1]);
        let s = column(
            &df,
            &[
                "v",
                "count(v) OVER (PARTITION BY k ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS s",
            ],
            "s",
        );
        assert_eq!(s, vec![0, 1, 0]);
    }

    #[test]
    fn lag_ignore_nulls_counts_only_values() {
        let df = frame(&[("a", Some(1)), ("a", None), ("a", Some(3)), ("a", Some(4))]);
        // Ordered by v: NULL, 1, 3, 4 (NULLs first); the value two non-NULL rows back.
        let s = column(
            &df,
            &["v", "lag(v, 2, 0) IGNORE NULLS OVER (ORDER BY v) AS p"],
            "p",
        );
        assert_eq!(s, vec![0, 0, 0, 1]);
    }
}
