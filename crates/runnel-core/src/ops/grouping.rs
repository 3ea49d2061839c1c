//! Aggregation: the aggregate functions, their per-group accumulators, and the
//! stateful streaming aggregation with Spark's output-mode semantics
//! (`StateStoreSaveExec`): complete emits all groups, update emits the groups a
//! batch touched, append emits a group once the watermark passes its event time.

use std::collections::HashSet;

use hashbrown::HashTable;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::*;
use arrow_buffer::NullBuffer;
use arrow_row::{RowConverter, Rows, SortField};
use arrow_schema::{DataType, SchemaRef};

use crate::error::{Result, RunnelError};
use crate::expr::PhysExpr;
use crate::expr::cast::cast_array;
use crate::expr::functions::{AggCall, AggFunc, BitOp, PairStat, hll, sketch};
use crate::mode::OutputMode;
use crate::scalar::{ScalarValue, codec};
use crate::state::table::SlotTable;
use crate::state::{StateChange, StateRows};
use crate::types;

/// A group's running value for one aggregate. The large or rare ones are boxed: every
/// group holds one per aggregate, and the enum's size is its largest variant's (80
/// bytes unboxed, half of a count's group at 10M keys; 32 now).
#[derive(Debug, Clone)]
enum Acc {
    Count(i64),
    SumI(Option<i64>),
    SumF(Option<f64>),
    SumD(Box<Option<i128>>),
    Avg(f64, i64),
    AvgD(Box<(i128, i64)>),
    Pick(Box<(Option<ScalarValue>, bool)>),
    List(Vec<ScalarValue>),
    Var(f64, f64, f64),
    Bool(Option<bool>),
    // Boxed although a set is on the heap already: inline, its 48 bytes would size every Acc.
    #[allow(clippy::box_collection)]
    Distinct(Box<HashSet<Vec<u8>>>),
    /// max_by / min_by: the best ordering value so far and its row's value.
    By(Box<(Option<ScalarValue>, Option<ScalarValue>)>),
    /// max_by / min_by with k: Spark's heap of the k best rows so far.
    ByK(Box<ByK>),
    /// product
    Prod(Option<f64>),
    /// Two columns' running moments (Spark's PearsonCorrelation buffer): n, mean of a,
    /// mean of b, co-moment, second moments of a and b.
    Co(Box<[f64; 6]>),
    /// One column's central moments (Spark's CentralMomentAgg): n, mean, m2, m3, m4.
    Mom(Box<[f64; 5]>),
    /// bit_and / bit_or / bit_xor so far.
    Bits(Option<i64>),
    /// try_sum of integers: the sum, and whether it overflowed (then NULL).
    TrySumI(Option<i64>, bool),
    /// bitmap_construct_agg / bitmap_or_agg / bitmap_and_agg: the bitmap so far.
    Bitmap(Vec<u8>),
    /// HyperLogLog++ registers (`approx_count_distinct`), `2^p` of them.
    Hll(Vec<u8>),
    /// histogram_numeric's bins.
    Hist(Box<sketch::NumericHistogram>),
    /// count_min_sketch's counters.
    Cms(Box<sketch::CountMinSketch>),
    /// vector_sum / vector_avg: the element-wise sums (None before a vector) and the count.
    Vector(Box<(Option<Vec<f64>>, i64)>),
}

/// `max_by(x, ord, k)` / `min_by(x, ord, k)`: Spark's MaxMinByKHeap — the rows kept in
/// slots (ordering value, x), and a binary heap of slot indices whose top is the worst
/// row kept (the least ord for max_by), replaced when a strictly better row arrives.
/// Spark's own layout, so that ties keep the rows Spark keeps, in Spark's order.
#[derive(Debug, Clone)]
struct ByK {
    /// max_by (else min_by).
    max: bool,
    /// How many rows to keep.
    k: usize,
    slots: Vec<(ScalarValue, ScalarValue)>,
    heap: Vec<u32>,
}

impl ByK {
    /// Spark's heapCompare: the ordering, reversed for min_by.
    fn heap_cmp(max: bool, a: &ScalarValue, b: &ScalarValue) -> std::cmp::Ordering {
        if max { a.compare(b) } else { b.compare(a) }
    }

    fn ord_at(&self, pos: usize) -> &ScalarValue {
        &self.slots[self.heap[pos] as usize].0
    }

    fn insert(&mut self, ord: ScalarValue, x: ScalarValue) {
        let (max, k) = (self.max, self.k);
        let size = self.heap.len();
        if size < k {
            self.slots.push((ord, x));
            self.heap.push(size as u32);
            let mut cur = size;
            while cur > 0 {
                let parent = (cur - 1) / 2;
                if Self::heap_cmp(max, self.ord_at(cur), self.ord_at(parent)).is_lt() {
                    self.heap.swap(cur, parent);
                    cur = parent;
                } else {
                    break;
                }
            }
        } else if size > 0 && Self::heap_cmp(max, &ord, self.ord_at(0)).is_gt() {
            let idx = self.heap[0] as usize;
            self.slots[idx] = (ord, x);
            let mut cur = 0;
            while 2 * cur + 1 < size {
                let left = 2 * cur + 1;
                let right = left + 1;
                let pref = if right < size
                    && Self::heap_cmp(max, self.ord_at(right), self.ord_at(left)).is_lt()
                {
                    right
                } else {
                    left
                };
                if Self::heap_cmp(max, self.ord_at(cur), self.ord_at(pref)).is_le() {
                    break;
                }
                self.heap.swap(cur, pref);
                cur = pref;
            }
        }
    }

    /// The kept x values, best first (a stable sort of the slots, as Spark's eval).
    fn sorted(&self) -> Vec<ScalarValue> {
        let max = self.max;
        let mut rows: Vec<&(ScalarValue, ScalarValue)> = self.slots.iter().collect();
        rows.sort_by(|a, b| Self::heap_cmp(max, &b.0, &a.0));
        rows.into_iter().map(|r| r.1.clone()).collect()
    }
}

/// max_by / min_by with k: an empty heap for the call's k.
fn by_k_of(call: &AggCall) -> Acc {
    let k = match call.lits.first() {
        Some(ScalarValue::Int64(k)) => (*k).max(1) as usize,
        _ => 1,
    };
    Acc::ByK(Box::new(ByK {
        max: call.func == AggFunc::MaxByK,
        k,
        slots: Vec::new(),
        heap: Vec::new(),
    }))
}

/// An aggregate over frames of a batch's rows (a window function's aggregate): the
/// value for output row `i` over rows `frames[i].0 .. frames[i].1` of `batch`. Runs of
/// frames that grow at one end (running totals) update one accumulator; a repeated
/// frame (peers) reuses the previous value; others start afresh.
pub(crate) fn frame_aggregate(
    call: &AggCall,
    batch: &RecordBatch,
    frames: &[(usize, usize)],
) -> Result<ArrayRef> {
    let arg = prepare(call, batch)?;
    let mut accs: Vec<Acc> = Vec::new();
    let mut idx: Vec<u32> = Vec::with_capacity(frames.len());
    let mut cur: Option<(Acc, usize, usize)> = None;
    for &(lo, hi) in frames {
        let hi = hi.max(lo);
        match &mut cur {
            Some((_, clo, chi)) if *clo == lo && *chi == hi && !accs.is_empty() => {}
            Some((acc, clo, chi)) if *clo == lo && *chi <= hi => {
                for r in *chi..hi {
                    update(acc, call.func, &arg, r)?;
                }
                *chi = hi;
                accs.push(acc.clone());
            }
            _ => {
                let mut acc = new_acc(call);
                for r in lo..hi {
                    update(&mut acc, call.func, &arg, r)?;
                }
                accs.push(acc.clone());
                cur = Some((acc, lo, hi));
            }
        }
        idx.push((accs.len() - 1) as u32);
    }
    let refs: Vec<&Acc> = accs.iter().collect();
    let values = finish(&refs, call)?;
    Ok(arrow_select::take::take(
        values.as_ref(),
        &UInt32Array::from(idx),
        None,
    )?)
}

/// Bytes of a Spark bitmap (32,768 bits).
const BITMAP_BYTES: usize = 4096;

/// An argument array prepared once per batch.
enum Arg {
    None,
    I64(Int64Array),
    F64(Float64Array),
    D128(Decimal128Array),
    Bool(BooleanArray),
    Any(ArrayRef),
    Rows(arrow_row::Rows),
}

fn prepare(call: &AggCall, batch: &RecordBatch) -> Result<Arg> {
    let Some(e) = &call.arg else {
        return Ok(Arg::None);
    };
    prepare_values(call, e.eval(batch)?)
}

/// [`prepare`] of the argument's values.
fn prepare_values(call: &AggCall, a: ArrayRef) -> Result<Arg> {
    if call.func == AggFunc::HistogramNumeric {
        return Ok(Arg::F64(histogram_values(&a)?));
    }
    if call.func == AggFunc::CountMinSketch {
        return Ok(Arg::Any(a));
    }
    if call.func == AggFunc::ApproxCountDistinct {
        // Spark's HLL++ hashes -0.0 as 0.0 and every NaN alike.
        return Ok(Arg::Any(crate::scalar::normalize_floats(&a)));
    }
    if call.distinct && call.func != AggFunc::StringAggDistinct {
        let conv = RowConverter::new(vec![SortField::new(a.data_type().clone())])?;
        return Ok(Arg::Rows(conv.convert_columns(&[a])?));
    }
    Ok(match call.func {
        AggFunc::Sum => match &call.ty {
            DataType::Int64 => Arg::I64(
                cast_array(&a, &DataType::Int64, false)?
                    .as_primitive::<Int64Type>()
                    .clone(),
            ),
            DataType::Decimal128(..) => Arg::D128(a.as_primitive::<Decimal128Type>().clone()),
            _ => Arg::F64(
                cast_array(&a, &DataType::Float64, false)?
                    .as_primitive::<Float64Type>()
                    .clone(),
            ),
        },
        AggFunc::Avg => match &call.ty {
            DataType::Decimal128(..) => Arg::D128(a.as_primitive::<Decimal128Type>().clone()),
            _ => Arg::F64(
                cast_array(&a, &DataType::Float64, false)?
                    .as_primitive::<Float64Type>()
                    .clone(),
            ),
        },
        AggFunc::StddevSamp
        | AggFunc::StddevPop
        | AggFunc::VarSamp
        | AggFunc::VarPop
        | AggFunc::Product => Arg::F64(
            cast_array(&a, &DataType::Float64, false)?
                .as_primitive::<Float64Type>()
                .clone(),
        ),
        AggFunc::TrySum | AggFunc::TryAvg => match &call.ty {
            DataType::Int64 if call.func == AggFunc::TrySum => Arg::I64(
                cast_array(&a, &DataType::Int64, false)?
                    .as_primitive::<Int64Type>()
                    .clone(),
            ),
            DataType::Decimal128(..) => Arg::D128(a.as_primitive::<Decimal128Type>().clone()),
            _ => Arg::F64(
                cast_array(&a, &DataType::Float64, false)?
                    .as_primitive::<Float64Type>()
                    .clone(),
            ),
        },
        AggFunc::Skewness | AggFunc::Kurtosis => Arg::F64(
            cast_array(&a, &DataType::Float64, false)?
                .as_primitive::<Float64Type>()
                .clone(),
        ),
        AggFunc::Bits(_) => Arg::I64(
            cast_array(&a, &DataType::Int64, false)?
                .as_primitive::<Int64Type>()
                .clone(),
        ),
        AggFunc::BoolAnd | AggFunc::BoolOr => Arg::Bool(
            cast_array(&a, &DataType::Boolean, false)?
                .as_boolean()
                .clone(),
        ),
        _ => Arg::Any(a),
    })
}

/// The HyperLogLog++ precision of an `approx_count_distinct` (its `rsd`, 0.05 unless given).
fn hll_precision(call: &AggCall) -> u32 {
    let rsd = match call.lits.first() {
        Some(ScalarValue::Float64(r)) => *r,
        _ => 0.05,
    };
    hll::precision(rsd).unwrap_or(9)
}

/// histogram_numeric's values as doubles, as Spark's HistogramNumeric reads them: a
/// number's value, a date's days, a timestamp's or day-time interval's microseconds, a
/// year-month interval's months.
fn histogram_values(a: &ArrayRef) -> Result<Float64Array> {
    Ok(match a.data_type() {
        DataType::Date32 | DataType::Interval(_) => {
            let v = a.to_data();
            let ints = Int32Array::from(v.into_builder().data_type(DataType::Int32).build()?);
            ints.iter().map(|x| x.map(f64::from)).collect()
        }
        DataType::Timestamp(..) | DataType::Duration(_) => {
            let v = a.to_data();
            let longs = Int64Array::from(v.into_builder().data_type(DataType::Int64).build()?);
            longs.iter().map(|x| x.map(|x| x as f64)).collect()
        }
        _ => cast_array(a, &DataType::Float64, false)?
            .as_primitive::<Float64Type>()
            .clone(),
    })
}

/// histogram_numeric's result: each group's bins as `array<struct<x, y>>`, x of the
/// input's type (Spark truncates a bin's center to an integral type), NULL without bins.
fn histogram_finish(accs: &[&Acc], ty: &DataType) -> Result<ArrayRef> {
    let DataType::List(f) = ty else {
        crate::internal_err!("histogram_numeric without a list type")
    };
    let DataType::Struct(fields) = f.data_type() else {
        crate::internal_err!("histogram_numeric without a struct of bins")
    };
    let xt = fields[0].data_type().clone();
    let (mut xs, mut ys, mut offsets, mut valid) = (Vec::new(), Vec::new(), vec![0i32], vec![]);
    for a in accs {
        let bins = match a {
            Acc::Hist(h) => h.bins.as_slice(),
            _ => &[],
        };
        for (x, y) in bins {
            xs.push(*x);
            ys.push(*y);
        }
        valid.push(!bins.is_empty());
        offsets.push(xs.len() as i32);
    }
    let xd = Float64Array::from(xs);
    let x: ArrayRef = match &xt {
        DataType::Date32 => Arc::new(Date32Array::from_iter_values(
            xd.values().iter().map(|v| *v as i32),
        )),
        DataType::Interval(_) => {
            let ints = Int32Array::from_iter_values(xd.values().iter().map(|v| *v as i32));
            arrow_array::make_array(
                ints.to_data()
                    .into_builder()
                    .data_type(xt.clone())
                    .build()?,
            )
        }
        DataType::Timestamp(..) | DataType::Duration(_) => {
            let longs = Int64Array::from_iter_values(xd.values().iter().map(|v| *v as i64));
            arrow_array::make_array(
                longs
                    .to_data()
                    .into_builder()
                    .data_type(xt.clone())
                    .build()?,
            )
        }
        DataType::Int8 => Arc::new(Int8Array::from_iter_values(
            xd.values().iter().map(|v| *v as i32 as i8),
        )),
        DataType::Int16 => Arc::new(Int16Array::from_iter_values(
            xd.values().iter().map(|v| *v as i32 as i16),
        )),
        DataType::Int32 => Arc::new(Int32Array::from_iter_values(
            xd.values().iter().map(|v| *v as i32),
        )),
        DataType::Int64 => Arc::new(Int64Array::from_iter_values(
            xd.values().iter().map(|v| *v as i64),
        )),
        DataType::Float32 => Arc::new(Float32Array::from_iter_values(
            xd.values().iter().map(|v| *v as f32),
        )),
        DataType::Float64 => Arc::new(xd),
        t => cast_array(&(Arc::new(xd) as ArrayRef), t, true)?,
    };
    let entries = StructArray::try_new(
        fields.clone(),
        vec![x, Arc::new(Float64Array::from(ys))],
        None,
    )?;
    Ok(Arc::new(ListArray::try_new(
        f.clone(),
        arrow_buffer::OffsetBuffer::new(offsets.into()),
        Arc::new(entries),
        Some(NullBuffer::from(valid)),
    )?))
}

fn new_acc(call: &AggCall) -> Acc {
    if call.func == AggFunc::ApproxCountDistinct {
        return Acc::Hll(vec![0; 1 << hll_precision(call)]);
    }
    if call.distinct && call.func != AggFunc::StringAggDistinct {
        return Acc::Distinct(Box::default());
    }
    match call.func {
        AggFunc::Count => Acc::Count(0),
        AggFunc::Sum => match call.ty {
            DataType::Int64 => Acc::SumI(None),
            DataType::Decimal128(..) => Acc::SumD(Box::default()),
            _ => Acc::SumF(None),
        },
        AggFunc::Avg => match call.ty {
            DataType::Decimal128(..) => Acc::AvgD(Box::default()),
            _ => Acc::Avg(0.0, 0),
        },
        AggFunc::Min | AggFunc::Max | AggFunc::First(_) | AggFunc::Last(_) => {
            Acc::Pick(Box::default())
        }
        AggFunc::CollectList | AggFunc::CollectSet | AggFunc::CollectUnion => Acc::List(Vec::new()),
        AggFunc::BitmapConstruct | AggFunc::BitmapOr => Acc::Bitmap(vec![0; BITMAP_BYTES]),
        AggFunc::BitmapAnd => Acc::Bitmap(vec![0xff; BITMAP_BYTES]),
        AggFunc::VectorSum | AggFunc::VectorAvg => Acc::Vector(Box::default()),
        AggFunc::StddevSamp | AggFunc::StddevPop | AggFunc::VarSamp | AggFunc::VarPop => {
            Acc::Var(0.0, 0.0, 0.0)
        }
        AggFunc::BoolAnd | AggFunc::BoolOr => Acc::Bool(None),
        AggFunc::ApproxCountDistinct => Acc::Hll(vec![0; 1 << hll_precision(call)]),
        AggFunc::HistogramNumeric => {
            let nb = match call.lits.first() {
                Some(ScalarValue::Int64(n)) => *n as usize,
                _ => 2,
            };
            Acc::Hist(Box::new(sketch::NumericHistogram::new(nb)))
        }
        AggFunc::CountMinSketch => {
            let f = |i: usize| match call.lits.get(i) {
                Some(ScalarValue::Float64(v)) => *v,
                Some(ScalarValue::Int64(v)) => *v as f64,
                _ => 0.5,
            };
            // Spark's seed: an int, or a long cut to its low 32 bits.
            let seed = match call.lits.get(2) {
                Some(ScalarValue::Int64(v)) => *v as i32,
                _ => 0,
            };
            Acc::Cms(Box::new(sketch::CountMinSketch::new(f(0), f(1), seed)))
        }
        AggFunc::MaxBy | AggFunc::MinBy => Acc::By(Box::default()),
        AggFunc::MaxByK | AggFunc::MinByK => by_k_of(call),
        AggFunc::Product => Acc::Prod(None),
        AggFunc::Pair(_) => Acc::Co(Box::default()),
        AggFunc::Skewness | AggFunc::Kurtosis => Acc::Mom(Box::default()),
        AggFunc::Percentile { .. }
        | AggFunc::Mode
        | AggFunc::StringAgg
        | AggFunc::StringAggDistinct => Acc::List(Vec::new()),
        AggFunc::Bits(_) => Acc::Bits(None),
        AggFunc::TrySum => match call.ty {
            DataType::Int64 => Acc::TrySumI(None, false),
            DataType::Decimal128(..) => Acc::SumD(Box::default()),
            _ => Acc::SumF(None),
        },
        AggFunc::TryAvg => match call.ty {
            DataType::Decimal128(..) => Acc::AvgD(Box::default()),
            _ => Acc::Avg(0.0, 0),
        },
    }
}

/// min / max: does value `v` replace the best so far (strictly better only)?
fn min_max_replaces(func: AggFunc, v: &ScalarValue, cur: Option<&ScalarValue>) -> bool {
    match cur {
        None => true,
        Some(c) => {
            let o = v.compare(c);
            if func == AggFunc::Min {
                o.is_lt()
            } else {
                o.is_gt()
            }
        }
    }
}

/// max_by / min_by: does ordering value `o` replace the best so far? The old value stays
/// only when it is strictly better (so on a tie the later row wins, as Spark's MaxBy).
fn by_replaces(func: AggFunc, o: &ScalarValue, best: Option<&ScalarValue>) -> bool {
    match best {
        None => true,
        Some(b) => {
            let c = o.compare(b);
            if func == AggFunc::MaxBy {
                !c.is_lt()
            } else {
                !c.is_gt()
            }
        }
    }
}

fn overflow() -> RunnelError {
    RunnelError::execution(
        "ARITHMETIC_OVERFLOW",
        "long overflow in sum(). Use 'try_sum' to tolerate overflow and return NULL instead, or cast the column to double or decimal first.",
    )
}

fn update(acc: &mut Acc, func: AggFunc, arg: &Arg, row: usize) -> Result<()> {
    match (acc, arg) {
        (Acc::Count(n), Arg::None) => *n += 1,
        (Acc::Count(n), Arg::Any(a)) => {
            if a.is_valid(row) {
                *n += 1
            }
        }
        (Acc::Hist(h), Arg::F64(a)) => {
            if a.is_valid(row) {
                h.add(a.value(row));
            }
        }
        (Acc::Cms(s), Arg::Any(a)) => {
            if a.is_valid(row) {
                match a.data_type() {
                    DataType::Utf8 => s.add_bytes(a.as_string::<i32>().value(row).as_bytes()),
                    DataType::Binary => s.add_bytes(a.as_binary::<i32>().value(row)),
                    DataType::Int8 => s.add_long(a.as_primitive::<Int8Type>().value(row) as i64),
                    DataType::Int16 => s.add_long(a.as_primitive::<Int16Type>().value(row) as i64),
                    DataType::Int32 => s.add_long(a.as_primitive::<Int32Type>().value(row) as i64),
                    DataType::Int64 => s.add_long(a.as_primitive::<Int64Type>().value(row)),
                    _ => {}
                }
            }
        }
        (Acc::Hll(regs), Arg::Any(a)) => {
            // A NullArray has no validity buffer: its rows are NULL all the same.
            if a.is_valid(row) && a.data_type() != &DataType::Null {
                let p = regs.len().trailing_zeros();
                hll::add(regs, p, crate::expr::functions::xxhash64_at(a, row)?);
            }
        }
        (Acc::Distinct(set), Arg::Rows(rows)) => {
            let r = rows.row(row);
            // NULLs are not counted: a NULL row encodes with a leading null sentinel.
            if !r.as_ref().is_empty() && r.as_ref()[0] != 0 {
                set.insert(r.as_ref().to_vec());
            }
        }
        (Acc::SumI(s), Arg::I64(a)) => {
            if a.is_valid(row) {
                let v = a.value(row);
                *s = Some(match s {
                    Some(x) => x.checked_add(v).ok_or_else(overflow)?,
                    None => v,
                });
            }
        }
        (Acc::SumF(s), Arg::F64(a)) => {
            if a.is_valid(row) {
                *s = Some(s.unwrap_or(0.0) + a.value(row));
            }
        }
        (Acc::SumD(s), Arg::D128(a)) => {
            if a.is_valid(row) {
                // Saturating: a sum past i128 is past every decimal's range (an overflow).
                **s = Some(s.unwrap_or(0).saturating_add(a.value(row)));
            }
        }
        (Acc::Avg(s, n), Arg::F64(a)) => {
            if a.is_valid(row) {
                *s += a.value(row);
                *n += 1;
            }
        }
        (Acc::AvgD(b), Arg::D128(a)) => {
            let (s, n) = &mut **b;
            if a.is_valid(row) {
                *s = s.saturating_add(a.value(row));
                *n += 1;
            }
        }
        (Acc::Var(n, mean, m2), Arg::F64(a)) => {
            if a.is_valid(row) {
                // Spark's CentralMomentAgg update, in its order of operations.
                let x = a.value(row);
                *n += 1.0;
                let d = x - *mean;
                let dn = d / *n;
                *mean += dn;
                *m2 += d * (d - dn);
            }
        }
        (Acc::Bool(b), Arg::Bool(a)) => {
            if a.is_valid(row) {
                let v = a.value(row);
                *b = Some(match (func, *b) {
                    (AggFunc::BoolAnd, Some(x)) => x && v,
                    (_, Some(x)) => x || v,
                    (_, None) => v,
                });
            }
        }
        (Acc::Pick(b), Arg::Any(a)) => {
            let (cur, seen) = &mut **b;
            match func {
                AggFunc::Min | AggFunc::Max => {
                    if a.is_valid(row) {
                        let v = ScalarValue::try_from_array(a.as_ref(), row)?;
                        if min_max_replaces(func, &v, cur.as_ref()) {
                            *cur = Some(v);
                        }
                    }
                }
                AggFunc::First(ignore) => {
                    if !*seen && (!ignore || a.is_valid(row)) {
                        *cur = Some(ScalarValue::try_from_array(a.as_ref(), row)?);
                        *seen = true;
                    }
                }
                _ => {
                    let ignore = matches!(func, AggFunc::Last(true));
                    if !ignore || a.is_valid(row) {
                        *cur = Some(ScalarValue::try_from_array(a.as_ref(), row)?);
                        *seen = true;
                    }
                }
            }
        }
        (Acc::ByK(h), Arg::Any(a)) => {
            let st = a.as_struct();
            let (xs, os) = (st.column(0), st.column(1));
            // A row whose ordering is NULL is skipped (Spark's MaxMinByK.update).
            if os.is_valid(row) {
                let o = ScalarValue::try_from_array(os.as_ref(), row)?;
                h.insert(o, ScalarValue::try_from_array(xs.as_ref(), row)?);
            }
        }
        (Acc::Prod(p), Arg::F64(a)) => {
            if a.is_valid(row) {
                *p = Some(p.unwrap_or(1.0) * a.value(row));
            }
        }
        (Acc::By(b), Arg::Any(a)) => {
            let (best, x) = &mut **b;
            let st = a.as_struct();
            let (xs, os) = (st.column(0), st.column(1));
            // A row whose ordering is NULL is skipped; on a tie the later row wins
            // (Spark's MaxBy keeps the old value only when it is strictly better).
            if os.is_valid(row) {
                let o = ScalarValue::try_from_array(os.as_ref(), row)?;
                if by_replaces(func, &o, best.as_ref()) {
                    *best = Some(o);
                    *x = Some(ScalarValue::try_from_array(xs.as_ref(), row)?);
                }
            }
        }
        (Acc::Bitmap(bm), Arg::Any(a)) => {
            if a.is_valid(row) {
                if func == AggFunc::BitmapConstruct {
                    let p = a.as_primitive::<Int64Type>().value(row);
                    if !(0..(BITMAP_BYTES * 8) as i64).contains(&p) {
                        return Err(RunnelError::execution(
                            "INVALID_BITMAP_POSITION",
                            format!(
                                "The 0-indexed bitmap position {p} is out of bounds. The bitmap has {} bits ({BITMAP_BYTES} bytes). Pass bitmap_bit_position(x), which is always in range.",
                                BITMAP_BYTES * 8
                            ),
                        ));
                    }
                    bm[p as usize / 8] |= 1 << (p % 8);
                } else {
                    let b = a.as_binary::<i32>().value(row);
                    for (i, x) in bm.iter_mut().enumerate() {
                        let y = b.get(i).copied().unwrap_or(0);
                        if func == AggFunc::BitmapOr {
                            *x |= y;
                        } else {
                            *x &= y;
                        }
                    }
                }
            }
        }
        (Acc::Vector(v), Arg::Any(a)) => {
            if a.is_valid(row) {
                let elems = a.as_list::<i32>().value(row);
                let elems = elems.as_primitive::<Float32Type>();
                if elems.null_count() == 0 {
                    let (sums, n) = &mut **v;
                    match sums {
                        None => *sums = Some(elems.values().iter().map(|x| *x as f64).collect()),
                        Some(s) if s.len() != elems.len() => {
                            return Err(RunnelError::execution(
                                "VECTOR_DIMENSION_MISMATCH",
                                format!(
                                    "Vectors passed to `{}` must have the same dimension, but got {} and {}. Pass vectors of one length.",
                                    if func == AggFunc::VectorSum {
                                        "vector_sum"
                                    } else {
                                        "vector_avg"
                                    },
                                    s.len(),
                                    elems.len()
                                ),
                            ));
                        }
                        // Spark's VectorSum / VectorAvg in FLOAT arithmetic: a sum, or
                        // the running mean `avg + (x - avg) * (1 / n)`.
                        Some(s) => {
                            let inv = 1.0f32 / (*n + 1) as f32;
                            for (x, y) in s.iter_mut().zip(elems.values().iter()) {
                                let old = *x as f32;
                                *x = if func == AggFunc::VectorAvg {
                                    (old + (*y - old) * inv) as f64
                                } else {
                                    (old + *y) as f64
                                };
                            }
                        }
                    }
                    *n += 1;
                }
            }
        }
        (Acc::List(items), Arg::Any(a)) if func == AggFunc::CollectUnion => {
            if a.is_valid(row) {
                let elems = a.as_list::<i32>().value(row);
                for i in 0..elems.len() {
                    if elems.is_valid(i) {
                        let v = ScalarValue::try_from_array(elems.as_ref(), i)?;
                        if !items.contains(&v) {
                            items.push(v);
                        }
                    }
                }
            }
        }
        (Acc::List(items), Arg::Any(a)) => {
            if a.is_valid(row) {
                let v = ScalarValue::try_from_array(a.as_ref(), row)?;
                if !keeps_first_arrival_only(func) || !items.contains(&v) {
                    items.push(v);
                }
            }
        }
        (Acc::Co(c), Arg::Any(a)) => {
            let st = a.as_struct();
            let (xs, ys) = (
                st.column(0).as_primitive::<Float64Type>(),
                st.column(1).as_primitive::<Float64Type>(),
            );
            if xs.is_valid(row) && ys.is_valid(row) {
                co_update(c, xs.value(row), ys.value(row));
            }
        }
        (Acc::Mom(m), Arg::F64(a)) => {
            if a.is_valid(row) {
                mom_update(m, a.value(row));
            }
        }
        (Acc::Bits(b), Arg::I64(a)) => {
            if a.is_valid(row) {
                let v = a.value(row);
                *b = Some(match (func, *b) {
                    (_, None) => v,
                    (AggFunc::Bits(BitOp::And), Some(x)) => x & v,
                    (AggFunc::Bits(BitOp::Or), Some(x)) => x | v,
                    (_, Some(x)) => x ^ v,
                });
            }
        }
        (Acc::TrySumI(s, over), Arg::I64(a)) => {
            if a.is_valid(row) && !*over {
                let v = a.value(row);
                match s.unwrap_or(0).checked_add(v) {
                    Some(t) => *s = Some(t),
                    None => *over = true,
                }
            }
        }
        _ => crate::internal_err!("aggregate accumulator and argument do not match"),
    }
    Ok(())
}

/// Folds a batch's rows into aggregate `j` of their groups: row `i` is in group
/// `gids[i]`, whose state slot is `slots[g]` (`u32::MAX`: the group was late). Each
/// group sees its rows in order. Counts are tallied per group first.
#[inline(never)] // once a batch; a frame of its own in profiles
fn update_groups(
    accs: &mut [Acc],
    naggs: usize,
    j: usize,
    call: &AggCall,
    arg: &Arg,
    gids: &[u32],
    slots: &[u32],
) -> Result<()> {
    let counted = match arg {
        Arg::None => Some(None),
        Arg::Any(a) => Some(a.nulls()),
        _ => None,
    };
    if let (AggFunc::Count, false, Some(nulls)) = (call.func, call.distinct, counted) {
        let mut per = vec![0i64; slots.len()];
        match nulls {
            Some(n) => {
                for (i, &g) in gids.iter().enumerate() {
                    per[g as usize] += n.is_valid(i) as i64;
                }
            }
            None => {
                for &g in gids {
                    per[g as usize] += 1;
                }
            }
        }
        for (&slot, &c) in slots.iter().zip(&per) {
            if slot == u32::MAX {
                continue;
            }
            match &mut accs[slot as usize * naggs + j] {
                Acc::Count(n) => *n += c,
                _ => crate::internal_err!("count's accumulator is not a count"),
            }
        }
        return Ok(());
    }
    for (i, &g) in gids.iter().enumerate() {
        let slot = slots[g as usize];
        if slot != u32::MAX {
            update(&mut accs[slot as usize * naggs + j], call.func, arg, i)?;
        }
    }
    Ok(())
}

/// Builds an array of `ty` from single values.
pub fn scalars_to_array(values: &[ScalarValue], ty: &DataType) -> Result<ArrayRef> {
    if values.is_empty() {
        return Ok(new_empty_array(ty));
    }
    let arrays: Vec<ArrayRef> = values
        .iter()
        .map(|v| {
            let a = v.to_array(1);
            if a.data_type() != ty {
                cast_array(&a, ty, true)
            } else {
                Ok(a)
            }
        })
        .collect::<Result<_>>()?;
    let refs: Vec<&dyn Array> = arrays.iter().map(|a| a.as_ref()).collect();
    Ok(arrow_select::concat::concat(&refs)?)
}

/// An aggregate over DISTINCT values other than a count (`sum(DISTINCT x)`): each group's
/// distinct values, in their encoded order, through the plain aggregate.
fn finish_distinct(accs: &[&Acc], call: &AggCall, arg: &PhysExpr) -> Result<ArrayRef> {
    let conv = RowConverter::new(vec![SortField::new(arg.data_type())])?;
    let plain = AggCall {
        distinct: false,
        ..call.clone()
    };
    let mut parts: Vec<ArrayRef> = Vec::with_capacity(accs.len());
    for a in accs {
        let mut acc = new_acc(&plain);
        if let Acc::Distinct(set) = a {
            let mut items: Vec<&Vec<u8>> = set.iter().collect();
            items.sort();
            let parser = conv.parser();
            let values = conv.convert_rows(items.iter().map(|b| parser.parse(b)))?;
            let values = prepare_values(&plain, values[0].clone())?;
            for r in 0..items.len() {
                update(&mut acc, plain.func, &values, r)?;
            }
        }
        parts.push(finish(&[&acc], &plain)?);
    }
    if parts.is_empty() {
        return Ok(arrow_array::new_empty_array(&call.ty));
    }
    let refs: Vec<&dyn Array> = parts.iter().map(|p| p.as_ref()).collect();
    Ok(arrow_select::concat::concat(&refs)?)
}

fn finish(accs: &[&Acc], call: &AggCall) -> Result<ArrayRef> {
    if call.distinct
        && !matches!(
            call.func,
            AggFunc::Count | AggFunc::ApproxCountDistinct | AggFunc::StringAggDistinct
        )
        && let Some(arg) = &call.arg
    {
        return finish_distinct(accs, call, arg);
    }
    Ok(match &call.ty {
        DataType::Int64 if matches!(call.func, AggFunc::Count | AggFunc::ApproxCountDistinct) => {
            Arc::new(Int64Array::from_iter_values(accs.iter().map(|a| match a {
                Acc::Count(n) => *n,
                Acc::Distinct(s) => s.len() as i64,
                Acc::Hll(regs) => hll::estimate(regs, regs.len().trailing_zeros()),
                _ => 0,
            })))
        }
        _ => match call.func {
            AggFunc::TrySum | AggFunc::TryAvg => {
                let plain = AggCall {
                    func: if call.func == AggFunc::TrySum {
                        AggFunc::Sum
                    } else {
                        AggFunc::Avg
                    },
                    ..call.clone()
                };
                let fixed: Vec<Acc>;
                let accs: Vec<&Acc> = if call.ty == DataType::Int64 {
                    // Overflowed integer sums are NULL.
                    fixed = accs
                        .iter()
                        .map(|a| match a {
                            Acc::TrySumI(v, false) => Acc::SumI(*v),
                            _ => Acc::SumI(None),
                        })
                        .collect();
                    fixed.iter().collect()
                } else {
                    accs.to_vec()
                };
                // A decimal result that overflows is NULL, group by group.
                match finish(&accs, &plain) {
                    Ok(a) => a,
                    Err(_) => {
                        let parts: Vec<ArrayRef> = accs
                            .iter()
                            .map(|a| {
                                finish(&[*a], &plain)
                                    .unwrap_or_else(|_| arrow_array::new_null_array(&call.ty, 1))
                            })
                            .collect();
                        let refs: Vec<&dyn Array> = parts.iter().map(|p| p.as_ref()).collect();
                        if refs.is_empty() {
                            arrow_array::new_empty_array(&call.ty)
                        } else {
                            arrow_select::concat::concat(&refs)?
                        }
                    }
                }
            }
            AggFunc::Pair(stat) => pair_finish(accs, stat),
            AggFunc::Skewness | AggFunc::Kurtosis => Arc::new(
                accs.iter()
                    .map(|a| match a {
                        Acc::Mom(m) if m[0] > 0.0 => {
                            let [n, _, m2, m3, m4] = &**m;
                            if *m2 == 0.0 {
                                None
                            } else if call.func == AggFunc::Skewness {
                                Some(n.sqrt() * m3 / (m2 * m2 * m2).sqrt())
                            } else {
                                Some(n * m4 / (m2 * m2) - 3.0)
                            }
                        }
                        _ => None,
                    })
                    .collect::<Float64Array>(),
            ),
            AggFunc::Bits(_) => {
                let v: Int64Array = accs
                    .iter()
                    .map(|a| if let Acc::Bits(v) = a { *v } else { None })
                    .collect();
                cast_array(&(Arc::new(v) as ArrayRef), &call.ty, false)?
            }
            AggFunc::BitmapConstruct | AggFunc::BitmapOr | AggFunc::BitmapAnd => {
                let mut b = arrow_array::builder::BinaryBuilder::new();
                for a in accs {
                    match a {
                        Acc::Bitmap(bm) => b.append_value(bm),
                        _ => b.append_null(),
                    }
                }
                Arc::new(b.finish())
            }
            AggFunc::VectorSum | AggFunc::VectorAvg => {
                let mut b = arrow_array::builder::ListBuilder::new(
                    arrow_array::builder::Float32Builder::new(),
                )
                .with_field(match &call.ty {
                    DataType::List(f) => f.clone(),
                    _ => crate::internal_err!("vector aggregate without a list type"),
                });
                for a in accs {
                    match a {
                        // the running sum or mean itself (FLOAT values)
                        Acc::Vector(v) if v.0.is_some() => {
                            for x in v.0.iter().flatten() {
                                b.values().append_value(*x as f32);
                            }
                            b.append(true);
                        }
                        _ => b.append_null(),
                    }
                }
                Arc::new(b.finish())
            }
            AggFunc::StringAgg | AggFunc::StringAggDistinct if call.ty == DataType::Binary => {
                let sep = call
                    .lits
                    .first()
                    .map(|s| s.to_array(1))
                    .filter(|a| !a.is_null(0) && a.data_type() == &DataType::Binary);
                let sep = sep
                    .as_ref()
                    .map_or(&[][..], |a| a.as_binary::<i32>().value(0));
                let mut b = arrow_array::builder::BinaryBuilder::new();
                for a in accs {
                    match a {
                        Acc::List(items) if !items.is_empty() => {
                            let parts: Vec<ArrayRef> =
                                items.iter().map(|v| v.to_array(1)).collect();
                            let parts: Vec<&[u8]> = parts
                                .iter()
                                .map(|p| p.as_binary_opt::<i32>().map_or(&[][..], |p| p.value(0)))
                                .collect();
                            b.append_value(parts.join(sep));
                        }
                        _ => b.append_null(),
                    }
                }
                Arc::new(b.finish())
            }
            AggFunc::StringAgg | AggFunc::StringAggDistinct => {
                let sep = match call.lits.first() {
                    Some(ScalarValue::Utf8(s)) => s.as_str(),
                    _ => "",
                };
                let mut b = arrow_array::builder::StringBuilder::new();
                for a in accs {
                    match a {
                        Acc::List(items) if !items.is_empty() => {
                            let parts: Vec<String> = items
                                .iter()
                                .map(|v| match v {
                                    ScalarValue::Utf8(s) => s.clone(),
                                    other => {
                                        crate::scalar::display_value(other.to_array(1).as_ref(), 0)
                                    }
                                })
                                .collect();
                            b.append_value(parts.join(sep));
                        }
                        _ => b.append_null(),
                    }
                }
                Arc::new(b.finish())
            }
            AggFunc::HistogramNumeric => histogram_finish(accs, &call.ty)?,
            AggFunc::CountMinSketch => {
                let mut b = arrow_array::builder::BinaryBuilder::new();
                for a in accs {
                    match a {
                        Acc::Cms(s) => b.append_value(s.to_bytes()),
                        _ => b.append_null(),
                    }
                }
                Arc::new(b.finish())
            }
            AggFunc::Mode => {
                let vals: Vec<ScalarValue> = accs
                    .iter()
                    .map(|a| match a {
                        Acc::List(items) => most_frequent(items)
                            .unwrap_or_else(|| ScalarValue::Null(call.ty.clone())),
                        _ => ScalarValue::Null(call.ty.clone()),
                    })
                    .collect();
                scalars_to_array(&vals, &call.ty)?
            }
            AggFunc::Percentile { approx } => percentile_finish(accs, call, approx)?,
            AggFunc::Sum | AggFunc::Avg if matches!(call.ty, DataType::Decimal128(..)) => {
                let DataType::Decimal128(p, s) = call.ty else {
                    unreachable!()
                };
                // avg: the sum (at the input's scale) over the count, at the result's
                // scale, rounded half up, in 256 bits (a 38-digit sum times 10^4 overflows i128).
                let in_scale = match call.arg.as_ref().map(|a| a.data_type()) {
                    Some(DataType::Decimal128(_, s_in)) => s_in,
                    _ => s.saturating_sub(4),
                };
                let factor = arrow_buffer::i256::from_i128(10)
                    .wrapping_pow((s as i32 - in_scale as i32).max(0) as u32);
                let mut vals: Vec<Option<i128>> = Vec::with_capacity(accs.len());
                for a in accs.iter() {
                    vals.push(match a {
                        Acc::SumD(v) => **v,
                        Acc::AvgD(b) if b.1 > 0 => {
                            let (sum, n) = &**b;
                            use arrow_buffer::i256;
                            let scaled = i256::from_i128(*sum).wrapping_mul(factor);
                            let n = i256::from_i128(*n as i128);
                            let q = scaled.wrapping_div(n);
                            let r = scaled.wrapping_rem(n);
                            let two_r = r.wrapping_mul(i256::from_i128(2)).wrapping_abs();
                            let q = if two_r >= n {
                                if scaled < i256::ZERO {
                                    q.wrapping_sub(i256::ONE)
                                } else {
                                    q.wrapping_add(i256::ONE)
                                }
                            } else {
                                q
                            };
                            // Spark casts the quotient to the result type: one that does
                            // not fit is NUMERIC_VALUE_OUT_OF_RANGE.
                            let limit = i256::from_i128(10).wrapping_pow(p as u32);
                            match q.to_i128() {
                                Some(v) if q.wrapping_abs() < limit => Some(v),
                                _ => {
                                    return Err(crate::expr::decimal::out_of_range(q, p, s));
                                }
                            }
                        }
                        _ => None,
                    });
                }
                // Spark's sum of decimals fails once the sum no longer fits its type.
                if call.func == AggFunc::Sum
                    && let Some(limit) = 10i128.checked_pow(p as u32)
                    && vals
                        .iter()
                        .flatten()
                        .any(|v| v.unsigned_abs() >= limit as u128)
                {
                    return Err(crate::error::RunnelError::execution(
                        "ARITHMETIC_OVERFLOW",
                        "Overflow in sum of decimals. Use 'try_sum' to tolerate overflow and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                    ));
                }
                Arc::new(Decimal128Array::from(vals).with_precision_and_scale(p, s)?)
            }
            AggFunc::Sum if call.ty == DataType::Int64 => Arc::new(
                accs.iter()
                    .map(|a| if let Acc::SumI(v) = a { *v } else { None })
                    .collect::<Int64Array>(),
            ),
            AggFunc::Sum if call.ty == DataType::Float64 => Arc::new(
                accs.iter()
                    .map(|a| if let Acc::SumF(v) = a { *v } else { None })
                    .collect::<Float64Array>(),
            ),
            AggFunc::Avg => Arc::new(
                accs.iter()
                    .map(|a| match a {
                        Acc::Avg(s, n) if *n > 0 => Some(s / *n as f64),
                        _ => None,
                    })
                    .collect::<Float64Array>(),
            ),
            AggFunc::StddevSamp | AggFunc::StddevPop | AggFunc::VarSamp | AggFunc::VarPop => {
                Arc::new(
                    accs.iter()
                        .map(|a| match a {
                            Acc::Var(n, _, m2) if *n > 0.0 => match call.func {
                                AggFunc::VarPop => Some(m2 / n),
                                AggFunc::StddevPop => Some((m2 / n).sqrt()),
                                // One row: NULL (spark.sql.legacy.statisticalAggregate off).
                                _ if *n < 2.0 => None,
                                AggFunc::VarSamp => Some(m2 / (n - 1.0)),
                                _ => Some((m2 / (n - 1.0)).sqrt()),
                            },
                            _ => None,
                        })
                        .collect::<Float64Array>(),
                )
            }
            AggFunc::Product => Arc::new(
                accs.iter()
                    .map(|a| if let Acc::Prod(v) = a { *v } else { None })
                    .collect::<Float64Array>(),
            ),
            AggFunc::BoolAnd | AggFunc::BoolOr => Arc::new(
                accs.iter()
                    .map(|a| if let Acc::Bool(v) = a { *v } else { None })
                    .collect::<BooleanArray>(),
            ),
            AggFunc::CollectList
            | AggFunc::CollectSet
            | AggFunc::CollectUnion
            | AggFunc::MaxByK
            | AggFunc::MinByK => {
                let DataType::List(f) = &call.ty else {
                    crate::internal_err!("collect without a list type")
                };
                let mut offsets = vec![0i32];
                let mut all = Vec::new();
                // max_by/min_by with k over no row with a non-NULL ordering is NULL
                // (Spark's MaxMinByK), not an empty array.
                let mut valid = Vec::with_capacity(accs.len());
                for a in accs {
                    let before = all.len();
                    match a {
                        Acc::List(items) => all.extend(items.iter().cloned()),
                        Acc::ByK(h) => all.extend(h.sorted()),
                        _ => {}
                    }
                    valid.push(!matches!(a, Acc::ByK(_)) || all.len() > before);
                    offsets.push(all.len() as i32);
                }
                let values = scalars_to_array(&all, f.data_type())?;
                let nulls = valid.contains(&false).then(|| valid.into());
                Arc::new(ListArray::try_new(
                    f.clone(),
                    arrow_buffer::OffsetBuffer::new(offsets.into()),
                    values,
                    nulls,
                )?)
            }
            _ => {
                let vals: Vec<ScalarValue> = accs
                    .iter()
                    .map(|a| {
                        match a {
                            Acc::Pick(b) => b.0.clone(),
                            Acc::By(b) => b.1.clone(),
                            _ => None,
                        }
                        .unwrap_or_else(|| ScalarValue::Null(call.ty.clone()))
                    })
                    .collect();
                scalars_to_array(&vals, &call.ty)?
            }
        },
    })
}

/// `[keys..., aggregates...]` columns → the output rows: key columns re-typed to the
/// intermediate schema (arrow-row may drop time zones), then the output expressions.
fn output_batch(spec: &AggSpec, cols: Vec<ArrayRef>, rows: usize) -> Result<RecordBatch> {
    let cols: Vec<ArrayRef> = cols
        .into_iter()
        .zip(spec.inter_schema.fields())
        .map(|(c, f)| {
            if c.data_type() != f.data_type() {
                cast_array(&c, f.data_type(), false)
            } else {
                Ok(c)
            }
        })
        .collect::<Result<_>>()?;
    let opts = RecordBatchOptions::new().with_row_count(Some(rows));
    let inter = RecordBatch::try_new_with_options(spec.inter_schema.clone(), cols, &opts)?;
    let out: Vec<ArrayRef> = spec
        .output
        .iter()
        .map(|e| e.eval(&inter))
        .collect::<Result<_>>()?;
    Ok(RecordBatch::try_new_with_options(
        spec.schema.clone(),
        out,
        &opts,
    )?)
}

/// Counters for the progress report's `stateOperators`.
#[derive(Debug, Clone, Default)]
pub struct StateStats {
    /// Rows in state after the batch.
    pub num_rows_total: i64,
    /// Rows written this batch.
    pub num_rows_updated: i64,
    /// Rows (groups) dropped as late.
    pub num_rows_dropped_by_watermark: i64,
    /// Rows removed by the watermark.
    pub num_rows_removed: i64,
    /// Operator-specific counters (Spark's `customMetrics`), e.g. a join's rows per side.
    pub custom: Vec<(&'static str, i64)>,
}

/// The state of one streaming aggregation: a hash table from key bytes (arrow-row)
/// to a slot, and per slot its key, the accumulators (flat, `slot * aggs + j`), the
/// event time used for lateness and eviction, and the epoch that last touched it.
pub struct AggState {
    converter: RowConverter,
    table: SlotTable,
    keys: KeyArena,
    meta: Vec<SlotMeta>,
    accs: Vec<Acc>,
    touched_now: Vec<u32>,
    free: Vec<u32>,
    live: usize,
    naggs: usize,
    epoch: u32,
    track: bool,
    changes: StateRows,
}

/// 32 bits of a state key's hash: what the table keeps of it.
fn key_tag(k: &[u8]) -> u32 {
    let h = hash_key(k);
    (h ^ (h >> 32)) as u32
}

/// The groups' key bytes (arrow-row encoded), all in one buffer: a box per key took 16
/// bytes and a heap chunk of at least 32 (8–10 bytes of key), a quarter of a group's
/// memory at 10M keys. A removed or replaced key leaves its bytes behind until they are
/// half the buffer, when the live keys are copied into a new one.
#[derive(Default)]
struct KeyArena {
    bytes: Vec<u8>,
    /// Per slot: where its key starts in `bytes`, and its length.
    spans: Vec<(usize, u32)>,
    /// Bytes no slot uses.
    garbage: usize,
}

impl KeyArena {
    fn get(&self, slot: usize) -> &[u8] {
        let (start, len) = self.spans[slot];
        &self.bytes[start..start + len as usize]
    }

    fn push(&mut self, key: &[u8]) {
        self.spans.push((self.bytes.len(), key.len() as u32));
        self.bytes.extend_from_slice(key);
    }

    fn set(&mut self, slot: usize, key: &[u8]) {
        self.clear(slot);
        self.spans[slot] = (self.bytes.len(), key.len() as u32);
        self.bytes.extend_from_slice(key);
    }

    fn clear(&mut self, slot: usize) {
        self.garbage += self.spans[slot].1 as usize;
        self.spans[slot] = (0, 0);
        if self.garbage > (64 << 10) && self.garbage * 2 > self.bytes.len() {
            let mut bytes = Vec::with_capacity(self.bytes.len() - self.garbage);
            for span in &mut self.spans {
                let (start, len) = *span;
                *span = (bytes.len(), len);
                bytes.extend_from_slice(&self.bytes[start..start + len as usize]);
            }
            self.bytes = bytes;
            self.garbage = 0;
        }
    }
}

/// What a slot needs besides its key and accumulators, kept together so that a new
/// group touches one cache line of it.
#[derive(Debug, Clone, Copy, Default)]
struct SlotMeta {
    /// The epoch that last touched the group (0: none since the counter started).
    touched: u32,
    /// Event time for lateness and eviction (valid when `has_time`).
    event_time: i64,
    has_time: bool,
    alive: bool,
}

impl SlotMeta {
    fn time(&self) -> Option<i64> {
        self.has_time.then_some(self.event_time)
    }
}

/// The pieces of an Aggregate node the state needs.
pub struct AggSpec<'a> {
    /// Grouping expressions.
    pub group: &'a [PhysExpr],
    /// Aggregate calls.
    pub aggs: &'a [AggCall],
    /// Output expressions over `[group..., aggs...]`.
    pub output: &'a [PhysExpr],
    /// Schema of `[group..., aggs...]`.
    pub inter_schema: &'a SchemaRef,
    /// Output schema.
    pub schema: &'a SchemaRef,
    /// Event-time key: position and whether it is a window struct.
    pub event_time_key: Option<(usize, bool)>,
}

impl AggSpec<'_> {
    /// A description of the state's key and value layout: a restarted query must
    /// find the same one in its checkpoint.
    pub fn state_schema(&self) -> String {
        let keys: Vec<String> = self
            .group
            .iter()
            .map(|g| types::simple_string(&g.data_type()))
            .collect();
        let vals: Vec<String> = self
            .aggs
            .iter()
            .map(|a| format!("{}:{}", a.func.state_name(), types::simple_string(&a.ty)))
            .collect();
        format!("key=[{}] value=[{}]", keys.join(","), vals.join(","))
    }
}

/// Event times (µs) of a key column: the timestamp itself, or a window's end.
fn key_times(
    a: &ArrayRef,
    is_window: bool,
) -> Option<(TimestampMicrosecondArray, Option<arrow_buffer::NullBuffer>)> {
    if is_window {
        let s = a.as_struct();
        Some((
            s.column(1)
                .as_primitive::<TimestampMicrosecondType>()
                .clone(),
            s.nulls().cloned(),
        ))
    } else {
        Some((a.as_primitive::<TimestampMicrosecondType>().clone(), None))
    }
}

/// Row `i`'s event time (µs) among [`key_times`]' (None: no event-time key, or NULL).
fn time_of(
    times: &Option<(TimestampMicrosecondArray, Option<NullBuffer>)>,
    i: usize,
) -> Option<i64> {
    let (t, parent) = times.as_ref()?;
    if parent.as_ref().is_some_and(|p| p.is_null(i)) || t.is_null(i) {
        None
    } else {
        Some(t.value(i))
    }
}

/// Up to this many rows, a batch's output is sorted by key (windows in time order,
/// which reads well in a console or a notebook). Larger outputs keep the order in which
/// the batch first touched each group (update), or state order (complete, append):
/// deterministic too, and Spark promises no order either.
const SORTED_EMIT_MAX: usize = 10_000;

/// How many keys ahead [`AggState::slots_for`] prefetches the table's buckets: enough
/// probes in flight to cover a cache miss (~100 ns here) at the ~10 ns a probe takes
/// when its bucket is in cache.
const PREFETCH_AHEAD: usize = 16;

/// Whether [`group_rows`] handles keys of this type (else the rows are encoded).
fn group_hashable(t: &DataType) -> bool {
    match t {
        DataType::Boolean
        | DataType::Int8
        | DataType::Int16
        | DataType::Int32
        | DataType::Int64
        | DataType::UInt8
        | DataType::UInt16
        | DataType::UInt32
        | DataType::UInt64
        | DataType::Float32
        | DataType::Float64
        | DataType::Date32
        | DataType::Timestamp(_, _)
        | DataType::Utf8
        | DataType::Binary => true,
        DataType::Struct(fs) => fs.iter().all(|f| group_hashable(f.data_type())),
        _ => false,
    }
}

const NULL_HASH: u64 = 0x9e37_79b9_7f4a_7c15;

fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The word of a byte string of up to 8 bytes (its bytes, little-endian, zero above):
/// loaded whole where `data` holds 8 bytes from `start`, else assembled (the same value).
#[inline]
fn short_word(data: &[u8], start: usize, len: usize) -> u64 {
    match data
        .get(start..start + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
    {
        Some(w) if len > 0 => u64::from_le_bytes(w) & (u64::MAX >> (64 - 8 * len)),
        _ => {
            let mut w = [0u8; 8];
            w[..len].copy_from_slice(&data[start..start + len]);
            u64::from_le_bytes(w)
        }
    }
}

/// Whether two rows of a key column hold the same value (nulls equal, floats by bits).
type RowEq<'a> = Box<dyn Fn(usize, usize) -> bool + 'a>;

/// Checks a batch at once: `verify(reps, bad)` sets `bad[i]` where row `i` differs
/// from row `reps[i]`.
type Verify<'a> = Box<dyn Fn(&[u32], &mut [bool]) + 'a>;

/// Mixes each row's value into `hashes` (equal values, nulls equal, hash alike).
type HashInto<'a> = Box<dyn Fn(&mut [u64]) + 'a>;

/// One leaf of a batch's grouping key (a column, or a field of a struct without
/// nulls): its hash, its row equality, and that equality run down the batch (typed,
/// without a call per row).
struct Leaf<'a> {
    hash: HashInto<'a>,
    eq: RowEq<'a>,
    verify: Verify<'a>,
}

fn leaf<'a>(
    hash: impl Fn(&mut [u64]) + 'a,
    eq: impl Fn(usize, usize) -> bool + Clone + 'a,
) -> Leaf<'a> {
    let each = eq.clone();
    Leaf {
        hash: Box::new(hash),
        eq: Box::new(eq),
        verify: Box::new(move |reps, bad| {
            for (i, (&r, b)) in reps.iter().zip(bad.iter_mut()).enumerate() {
                *b |= !each(r as usize, i);
            }
        }),
    }
}

/// Mixes `value(i)` (or the null marker) into each row's hash.
fn hash_each(hashes: &mut [u64], nulls: Option<&NullBuffer>, value: impl Fn(usize) -> u64) {
    match nulls {
        Some(n) => {
            for (i, h) in hashes.iter_mut().enumerate() {
                *h = mix(*h, if n.is_null(i) { NULL_HASH } else { value(i) });
            }
        }
        None => {
            for (i, h) in hashes.iter_mut().enumerate() {
                *h = mix(*h, value(i));
            }
        }
    }
}

/// Both valid and `eq`, or both null.
fn eq_nullable(n: &NullBuffer, x: usize, y: usize, eq: impl Fn() -> bool) -> bool {
    match (n.is_valid(x), n.is_valid(y)) {
        (true, true) => eq(),
        (a, b) => a == b,
    }
}

/// The leaves of a key column (a type [`group_hashable`] accepts) for [`group_rows`]:
/// one per field of a struct without nulls, else one. Their equality agrees with
/// arrow-ord's comparators (and so with the state's arrow-row keys).
fn key_leaves<'a>(a: &'a ArrayRef, out: &mut Vec<Leaf<'a>>) -> Result<()> {
    fn prim<'a, T: ArrowPrimitiveType>(
        a: &'a ArrayRef,
        bits: impl Fn(T::Native) -> u64 + Copy + 'a,
    ) -> Leaf<'a> {
        let p = a.as_primitive::<T>();
        let v = p.values();
        let hash = move |hashes: &mut [u64]| match p.nulls() {
            None if v.len() == hashes.len() => {
                for (h, &x) in hashes.iter_mut().zip(v.iter()) {
                    *h = mix(*h, bits(x));
                }
            }
            n => hash_each(hashes, n, |i| bits(v[i])),
        };
        match p.nulls() {
            None => leaf(hash, move |x, y| v[x].is_eq(v[y])),
            Some(n) => leaf(hash, move |x, y| eq_nullable(n, x, y, || v[x].is_eq(v[y]))),
        }
    }
    /// Strings and binaries: each row's word (up to 8 bytes: the value itself; longer:
    /// a hash of it) is made once, for the hash and for the comparisons.
    fn bytes<'a, T: arrow_array::types::ByteArrayType<Offset = i32>>(
        b: &'a GenericByteArray<T>,
    ) -> Leaf<'a> {
        let (o, d) = (b.value_offsets(), b.values().as_slice());
        // (word, length) side by side: one load of each row's pair when comparing.
        let words: std::rc::Rc<Vec<(u64, u32)>> = std::rc::Rc::new(
            o.windows(2)
                .map(|w| {
                    let (s, len) = (w[0] as usize, (w[1] - w[0]) as usize);
                    let word = if len <= 8 {
                        short_word(d, s, len)
                    } else {
                        hash_key(&d[s..s + len])
                    };
                    (word, len as u32)
                })
                .collect(),
        );
        let hw = words.clone();
        let hash = move |hashes: &mut [u64]| {
            hash_each(hashes, b.nulls(), |i| mix(hw[i].0, hw[i].1 as u64));
        };
        let same = move |x: usize, y: usize| {
            let (wx, wy) = (words[x], words[y]);
            wx == wy
                && (wx.1 <= 8
                    || d[o[x] as usize..o[x + 1] as usize] == d[o[y] as usize..o[y + 1] as usize])
        };
        match b.nulls() {
            None => leaf(hash, same),
            Some(n) => leaf(hash, move |x, y| eq_nullable(n, x, y, || same(x, y))),
        }
    }
    use arrow_schema::TimeUnit;
    let l = match a.data_type() {
        DataType::Boolean => {
            let b = a.as_boolean();
            let hash = move |h: &mut [u64]| hash_each(h, b.nulls(), |i| b.value(i) as u64);
            match b.nulls() {
                None => leaf(hash, move |x, y| b.value(x) == b.value(y)),
                Some(n) => leaf(hash, move |x, y| {
                    eq_nullable(n, x, y, || b.value(x) == b.value(y))
                }),
            }
        }
        DataType::Int8 => prim::<Int8Type>(a, |v| v as u64),
        DataType::Int16 => prim::<Int16Type>(a, |v| v as u64),
        DataType::Int32 => prim::<Int32Type>(a, |v| v as u64),
        DataType::Int64 => prim::<Int64Type>(a, |v| v as u64),
        DataType::UInt8 => prim::<UInt8Type>(a, |v| v as u64),
        DataType::UInt16 => prim::<UInt16Type>(a, |v| v as u64),
        DataType::UInt32 => prim::<UInt32Type>(a, |v| v as u64),
        DataType::UInt64 => prim::<UInt64Type>(a, |v| v),
        DataType::Float32 => prim::<Float32Type>(a, |v| v.to_bits() as u64),
        DataType::Float64 => prim::<Float64Type>(a, |v| v.to_bits()),
        DataType::Date32 => prim::<Date32Type>(a, |v| v as u64),
        DataType::Timestamp(TimeUnit::Second, _) => prim::<TimestampSecondType>(a, |v| v as u64),
        DataType::Timestamp(TimeUnit::Millisecond, _) => {
            prim::<TimestampMillisecondType>(a, |v| v as u64)
        }
        DataType::Timestamp(TimeUnit::Microsecond, _) => {
            prim::<TimestampMicrosecondType>(a, |v| v as u64)
        }
        DataType::Timestamp(TimeUnit::Nanosecond, _) => {
            prim::<TimestampNanosecondType>(a, |v| v as u64)
        }
        DataType::Utf8 => bytes(a.as_string::<i32>()),
        DataType::Binary => bytes(a.as_binary::<i32>()),
        DataType::Struct(_) => {
            let st = a.as_struct();
            if window_length_fixed(st) {
                // end = start + the same length on every row (tumbling and sliding
                // windows): rows with one start have one end, so the start decides.
                return key_leaves(st.column(0), out);
            }
            let mut fields = Vec::new();
            for c in st.columns() {
                key_leaves(c, &mut fields)?;
            }
            let Some(n) = st.nulls() else {
                out.extend(fields);
                return Ok(());
            };
            // A null struct is equal to another null struct whatever its fields hold.
            let fields = std::rc::Rc::new(fields);
            let hf = fields.clone();
            let hash = move |hashes: &mut [u64]| {
                let mut inner = vec![0u64; hashes.len()];
                for f in hf.iter() {
                    (f.hash)(&mut inner);
                }
                hash_each(hashes, Some(n), |i| inner[i]);
            };
            leaf(hash, move |x, y| {
                eq_nullable(n, x, y, || fields.iter().all(|f| (f.eq)(x, y)))
            })
        }
        t => crate::internal_err!("no batch grouping for keys of type {t}"),
    };
    out.push(l);
    Ok(())
}

pub use crate::scalar::normalize_floats;

/// Whether `st` is a window-like struct without nulls whose second field is its
/// first plus one constant (a window's end and start, in µs) on every row.
fn window_length_fixed(st: &StructArray) -> bool {
    let micros = |c: &ArrayRef| {
        matches!(
            c.data_type(),
            DataType::Timestamp(arrow_schema::TimeUnit::Microsecond, _)
        ) && c.null_count() == 0
    };
    if st.nulls().is_some() || st.num_columns() != 2 || !st.columns().iter().all(micros) {
        return false;
    }
    let start = st
        .column(0)
        .as_primitive::<TimestampMicrosecondType>()
        .values();
    let end = st
        .column(1)
        .as_primitive::<TimestampMicrosecondType>()
        .values();
    let Some(len) = start
        .first()
        .zip(end.first())
        .map(|(s, e)| e.wrapping_sub(*s))
    else {
        return true;
    };
    start
        .iter()
        .zip(end.iter())
        .all(|(s, e)| e.wrapping_sub(*s) == len)
}

/// Whether a batch's keys repeat enough to group its rows before they meet the state:
/// whether at least 1 in 8 of up to 1,024 rows spread evenly over the batch repeats a
/// key hash of the others. (The first rows alone said "distinct" for 1,000 keys in
/// turn; a sample of 1,024 rows repeats ~380 times among 1,000 keys, ~100 times among
/// 5,000, once among 1M.)
#[inline(never)] // once a batch; a frame of its own in profiles
fn keys_repeat(keys: &[ArrayRef], n: usize) -> Result<bool> {
    let m = n.min(1024);
    let idx = UInt32Array::from_iter_values((0..m).map(|j| (j * n / m) as u32));
    let sample: Vec<ArrayRef> = keys
        .iter()
        .map(|k| arrow_select::take::take(k.as_ref(), &idx, None))
        .collect::<std::result::Result<_, _>>()?;
    let mut leaves = Vec::new();
    for k in &sample {
        key_leaves(k, &mut leaves)?;
    }
    let mut hashes = vec![0u64; m];
    for l in &leaves {
        (l.hash)(&mut hashes);
    }
    let distinct: FxHashSet<u64> = hashes.into_iter().collect();
    Ok(distinct.len() * 8 <= m * 7)
}

/// Groups a batch's rows by their key columns: each row's group (numbered in order of
/// first appearance) and each group's first row.
#[inline(never)] // once a batch; a frame of its own in profiles
fn group_rows(keys: &[ArrayRef], n: usize) -> Result<(Vec<u32>, Vec<u32>)> {
    let mut leaves = Vec::new();
    for k in keys {
        key_leaves(k, &mut leaves)?;
    }
    let mut hashes = vec![0u64; n];
    for l in &leaves {
        (l.hash)(&mut hashes);
    }
    Ok(group_by_hashes(&leaves, &hashes))
}

/// [`group_rows`] given each row's key hash. Rows are first grouped by hash alone and
/// then checked against their group's first row a column at a time; only when two
/// different keys share a hash (rare: 64 bits) is the batch grouped again comparing
/// keys row by row.
fn group_by_hashes(leaves: &[Leaf], hashes: &[u64]) -> (Vec<u32>, Vec<u32>) {
    let (gids, reps) = group_where(hashes, |_, _| true);
    let rep_of: Vec<u32> = gids.iter().map(|&g| reps[g as usize]).collect();
    let mut bad = vec![false; hashes.len()];
    for l in leaves {
        (l.verify)(&rep_of, &mut bad);
    }
    if !bad.contains(&true) {
        return (gids, reps);
    }
    group_where(hashes, |r, i| leaves.iter().all(|l| (l.eq)(r, i)))
}

/// A row hash as the batch's hash table takes it: [`mix`] ends in a multiplication, so
/// its low bits depend only on the low bits of what it mixed (a string's first bytes, a
/// timestamp's low digits) while hashbrown picks the bucket by the low bits. Keys that
/// start alike (`k1`, `k2`, ...) all fell into a few buckets: with 100K distinct keys a
/// batch, grouping them took 40% of the run. Rotating brings the well-mixed high bits
/// down (as rustc-hash's `finish` does).
#[inline]
fn table_hash(h: u64) -> u64 {
    h.rotate_left(26)
}

/// Each row's group and each group's first row: row `i` joins the group whose first
/// row `r` has its hash and `same(r, i)`, else starts one.
fn group_where(hashes: &[u64], same: impl Fn(usize, usize) -> bool) -> (Vec<u32>, Vec<u32>) {
    let mut table: HashTable<u32> = HashTable::with_capacity(64);
    let mut reps: Vec<u32> = Vec::new();
    let mut group_hash: Vec<u64> = Vec::new();
    let mut gids = Vec::with_capacity(hashes.len());
    // Before the table, a direct-mapped cache on the hash's top bits: with the few
    // groups a batch usually has, most rows find theirs at the first look.
    const CACHE_BITS: u32 = 10;
    let mut cache = vec![u32::MAX; 1 << CACHE_BITS];
    for (i, &h) in hashes.iter().enumerate() {
        let is = |g: u32| group_hash[g as usize] == h && same(reps[g as usize] as usize, i);
        let c = (h >> (64 - CACHE_BITS)) as usize;
        let cached = cache[c];
        if cached != u32::MAX && is(cached) {
            gids.push(cached);
            continue;
        }
        let g = match table.find(table_hash(h), |&g| is(g)) {
            Some(&g) => g,
            None => {
                let g = reps.len() as u32;
                reps.push(i as u32);
                group_hash.push(h);
                table.insert_unique(table_hash(h), g, |&g| table_hash(group_hash[g as usize]));
                g
            }
        };
        cache[c] = g;
        gids.push(g);
    }
    (gids, reps)
}

/// A chunk's rows aggregated by group (Spark's partial aggregation, run where the chunk
/// was decoded): each group's key values, one row a group in order of first appearance,
/// and its accumulators (`group * aggs + j`). [`AggState::merge`] folds it into the state.
pub struct PartialAgg {
    keys: Vec<ArrayRef>,
    /// The groups' keys encoded as the state keeps them (None: a global aggregate), and
    /// their [`key_tag`]s: made here, on the decoding threads, not where the chunks merge.
    rows: Option<Rows>,
    tags: Vec<u32>,
    accs: Vec<Acc>,
}

impl PartialAgg {
    /// Group `g`'s key bytes.
    fn key(&self, g: usize) -> &[u8] {
        self.rows.as_ref().map_or(&[][..], |r| r.row(g).data())
    }
}

/// The encoder of grouping keys into the state's key bytes (arrow-row).
fn key_converter(group: &[PhysExpr]) -> Result<RowConverter> {
    let fields = group
        .iter()
        .map(|g| SortField::new(g.data_type()))
        .collect();
    Ok(RowConverter::new(fields)?)
}

/// The event time at or before which a key is late in this mode (Spark drops such rows
/// in update and append mode), if any.
fn late_bound(spec: &AggSpec, mode: OutputMode, late_us: Option<i64>) -> Option<i64> {
    let lateness =
        matches!(mode, OutputMode::Update | OutputMode::Append) && spec.event_time_key.is_some();
    late_us.filter(|_| lateness)
}

/// Whether these aggregates, computed over chunks of a batch and merged in row order,
/// give exactly what they give over the batch in one piece (and the same accumulators,
/// so the state and checkpoints are alike): count, min, max. Not sums (a long sum
/// overflows at a prefix of the rows; floating-point sums depend on the grouping), not
/// DISTINCT.
pub fn merges_exactly(aggs: &[AggCall]) -> bool {
    aggs.iter()
        .all(|c| !c.distinct && matches!(c.func, AggFunc::Count | AggFunc::Min | AggFunc::Max))
}

/// Whether [`partial_aggregate`] groups keys of these types (those the batch grouping
/// hashes; others go through the row path).
pub fn partial_keys_supported(group: &[PhysExpr]) -> bool {
    group.iter().all(|g| group_hashable(&g.data_type()))
}

/// Aggregates `input` by `group` into a [`PartialAgg`] (aggregates for which
/// [`merges_exactly`] holds, keys for which [`partial_keys_supported`] does). The keys
/// are hashed once a row, here, and each group's key encoded and tagged for the state;
/// mostly distinct keys (the first rows tell) are not grouped: each row is a group, and
/// the merge folds the repeats.
pub fn partial_aggregate(
    group: &[PhysExpr],
    aggs: &[AggCall],
    input: &RecordBatch,
) -> Result<PartialAgg> {
    let n = input.num_rows();
    let keys: Vec<ArrayRef> = group
        .iter()
        .map(|g| g.eval(input).map(|k| normalize_floats(&k)))
        .collect::<Result<_>>()?;
    let args: Vec<Arg> = aggs
        .iter()
        .map(|c| prepare(c, input))
        .collect::<Result<_>>()?;
    let (gids, reps) = match (n, keys.is_empty()) {
        (0, _) => (Vec::new(), Vec::new()),
        (_, true) => (vec![0u32; n], vec![0u32]),
        _ if !keys_repeat(&keys, n)? => ((0..n as u32).collect(), (0..n as u32).collect()),
        _ => group_rows(&keys, n)?,
    };
    let keys: Vec<ArrayRef> = if reps.len() == n {
        keys
    } else {
        let idx = UInt32Array::from(reps.clone());
        keys.iter()
            .map(|k| arrow_select::take::take(k.as_ref(), &idx, None))
            .collect::<std::result::Result<_, _>>()?
    };
    let groups = reps.len();
    let rows = match keys.is_empty() {
        true => None,
        false => Some(key_converter(group)?.convert_columns(&keys)?),
    };
    let tags = (0..groups)
        .map(|g| key_tag(rows.as_ref().map_or(&[][..], |r| r.row(g).data())))
        .collect();
    let mut accs: Vec<Acc> = Vec::with_capacity(groups * aggs.len());
    for _ in 0..groups {
        accs.extend(aggs.iter().map(new_acc));
    }
    let slots: Vec<u32> = (0..groups as u32).collect();
    for (j, call) in aggs.iter().enumerate() {
        update_groups(&mut accs, aggs.len(), j, call, &args[j], &gids, &slots)?;
    }
    Ok(PartialAgg {
        keys,
        rows,
        tags,
        accs,
    })
}

fn hash_key(k: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(k);
    h.write_usize(k.len());
    h.finish()
}

impl AggState {
    /// Empty state for grouping keys of these types.
    pub fn new(spec: &AggSpec) -> Result<Self> {
        Ok(AggState {
            converter: key_converter(spec.group)?,
            table: SlotTable::default(),
            keys: KeyArena::default(),
            meta: Vec::new(),
            accs: Vec::new(),
            touched_now: Vec::new(),
            free: Vec::new(),
            live: 0,
            naggs: spec.aggs.len(),
            epoch: 0,
            track: false,
            changes: StateRows::new(),
        })
    }

    /// Number of groups held.
    pub fn len(&self) -> usize {
        self.live
    }

    /// True when no group is held.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Records the keys each batch changes, for [`AggState::take_changes`].
    pub fn track_changes(&mut self) {
        self.track = true;
    }

    /// Starts a batch: the next epoch. Before the counter would wrap, every group's mark
    /// is cleared, so that no old mark equals a new epoch.
    fn next_epoch(&mut self) {
        if self.epoch == u32::MAX {
            self.meta.iter_mut().for_each(|m| m.touched = 0);
            self.epoch = 0;
        }
        self.epoch += 1;
        self.touched_now.clear();
    }

    /// The slot of `key` (`tag`: its [`key_tag`]), made for it at event time `et` when
    /// the key is new. One probe of the table, which compares tags before key bytes.
    #[inline]
    fn slot_for(&mut self, key: &[u8], tag: u32, spec: &AggSpec, et: Option<i64>) -> u32 {
        let keys = &self.keys;
        let vacant = match self.table.find(tag, |s| keys.get(s as usize) == key) {
            Ok(slot) => return slot,
            Err(v) => v,
        };
        let meta = SlotMeta {
            touched: 0,
            event_time: et.unwrap_or(0),
            has_time: et.is_some(),
            alive: true,
        };
        let slot = match self.free.pop() {
            Some(s) => {
                let i = s as usize;
                let base = i * self.naggs;
                for (j, call) in spec.aggs.iter().enumerate() {
                    self.accs[base + j] = new_acc(call);
                }
                self.meta[i] = meta;
                self.keys.set(i, key);
                s
            }
            None => {
                let s = self.meta.len() as u32;
                self.accs.extend(spec.aggs.iter().map(new_acc));
                self.meta.push(meta);
                self.keys.push(key);
                s
            }
        };
        self.table.insert(vacant, tag, slot);
        self.live += 1;
        slot
    }

    /// The slot of each of `n` keys (key `i` is `key(i)`, its [`key_tag`] `tags[i]`, its
    /// event time `time(i)`), each marked as touched by this batch; `u32::MAX` for a key
    /// whose event time is at or before `late` (it goes into `late_keys`). The one place
    /// where a batch's rows ([`AggState::process`]) and chunks' partial aggregates
    /// ([`AggState::merge`]) meet the state. The table is sized for all `n` first, and
    /// each probe prefetches the bucket of the key [`PREFETCH_AHEAD`] places on: at a
    /// million keys a probe misses the cache, and the misses then overlap.
    #[allow(clippy::too_many_arguments)]
    fn slots_for<'k>(
        &mut self,
        spec: &AggSpec,
        key: impl Fn(usize) -> &'k [u8],
        tags: &[u32],
        time: impl Fn(usize) -> Option<i64>,
        late: Option<i64>,
        late_keys: &mut FxHashSet<Vec<u8>>,
    ) -> Vec<u32> {
        let epoch = self.epoch;
        let n = tags.len();
        self.table.reserve(n);
        for &t in &tags[..n.min(PREFETCH_AHEAD)] {
            self.table.prefetch(t);
        }
        let mut slots = Vec::with_capacity(n);
        for (i, &tag) in tags.iter().enumerate() {
            if let Some(&t) = tags.get(i + PREFETCH_AHEAD) {
                self.table.prefetch(t);
            }
            let (k, et) = (key(i), time(i));
            if let (Some(wm), Some(t)) = (late, et)
                && t <= wm
            {
                late_keys.insert(k.to_vec());
                slots.push(u32::MAX);
                continue;
            }
            let slot = self.slot_for(k, tag, spec, et);
            let m = &mut self.meta[slot as usize];
            if m.touched != epoch {
                m.touched = epoch;
                self.touched_now.push(slot);
            }
            slots.push(slot);
        }
        slots
    }

    fn remove_slot(&mut self, slot: u32) {
        let i = slot as usize;
        self.table.remove(key_tag(self.keys.get(i)), slot);
        if self.track {
            self.changes.push(self.keys.get(i), None);
        }
        self.keys.clear(i);
        self.meta[i].alive = false;
        self.free.push(slot);
        self.live -= 1;
    }

    /// Folds one batch into the state and returns what the mode emits.
    /// `watermark_us` evicts state; input whose event time is at or before `late_us` is late
    /// (None: no watermark in the query).
    pub fn process(
        &mut self,
        spec: &AggSpec,
        input: &RecordBatch,
        mode: OutputMode,
        watermark_us: Option<i64>,
        late_us: Option<i64>,
        stats: &mut StateStats,
    ) -> Result<RecordBatch> {
        self.next_epoch();
        let n = input.num_rows();
        let keys: Vec<ArrayRef> = spec
            .group
            .iter()
            .map(|g| g.eval(input).map(|k| normalize_floats(&k)))
            .collect::<Result<_>>()?;
        let args: Vec<Arg> = spec
            .aggs
            .iter()
            .map(|c| prepare(c, input))
            .collect::<Result<_>>()?;
        let late = late_bound(spec, mode, late_us);
        let times = spec
            .event_time_key
            .and_then(|(k, w)| key_times(&keys[k], w));
        let mut late_keys: FxHashSet<Vec<u8>> = FxHashSet::default();
        // Each row's group in the batch, and each group's first row: a global aggregate
        // has one group; keys of plain types that repeat are grouped by hashing and
        // comparing the key columns, so that only each group's first row is encoded into
        // the state's key bytes (arrow-row); mostly distinct keys (the first rows tell)
        // are encoded row by row, each row a group of its own.
        let (gids, reps, rows) = if n == 0 {
            (Vec::new(), Vec::new(), None)
        } else if spec.group.is_empty() {
            (vec![0u32; n], vec![0u32], None)
        } else if keys.iter().all(|k| group_hashable(k.data_type())) && keys_repeat(&keys, n)? {
            let (gids, reps) = group_rows(&keys, n)?;
            let idx = UInt32Array::from(reps.clone());
            let rep_keys: Vec<ArrayRef> = keys
                .iter()
                .map(|k| arrow_select::take::take(k.as_ref(), &idx, None))
                .collect::<std::result::Result<_, _>>()?;
            let rows = self.converter.convert_columns(&rep_keys)?;
            (gids, reps, Some(rows))
        } else {
            let each: Vec<u32> = (0..n as u32).collect();
            (
                each.clone(),
                each,
                Some(self.converter.convert_columns(&keys)?),
            )
        };
        let key = |g: usize| rows.as_ref().map_or(&[][..], |r| r.row(g).data());
        let tags: Vec<u32> = (0..reps.len()).map(|g| key_tag(key(g))).collect();
        let slots = self.slots_for(
            spec,
            key,
            &tags,
            |g| time_of(&times, reps[g] as usize),
            late,
            &mut late_keys,
        );
        for (j, call) in spec.aggs.iter().enumerate() {
            if merges_batch_first(call) {
                self.merge_batch(j, call, &args[j], &gids, &slots)?;
            } else {
                update_groups(&mut self.accs, self.naggs, j, call, &args[j], &gids, &slots)?;
            }
        }
        stats.num_rows_dropped_by_watermark += late_keys.len() as i64;
        self.end_batch(spec, mode, watermark_us, stats)
    }

    /// Spark's order for a floating-point aggregate of a streaming aggregation: the
    /// batch's rows are aggregated from a zeroed buffer (the partial aggregate), merged
    /// into a zeroed buffer (the merge after the shuffle), and the state, merged into a
    /// zeroed buffer after its restore, takes that batch buffer in. Folding the rows into
    /// the state instead rounds differently (`state + (x1 + x2)` is not
    /// `(state + x1) + x2`).
    fn merge_batch(
        &mut self,
        j: usize,
        call: &AggCall,
        arg: &Arg,
        gids: &[u32],
        slots: &[u32],
    ) -> Result<()> {
        let groups = slots.len();
        let mut part: Vec<Acc> = (0..groups).map(|_| new_acc(call)).collect();
        let own: Vec<u32> = (0..groups as u32).collect();
        update_groups(&mut part, 1, 0, call, arg, gids, &own)?;
        for (g, &slot) in slots.iter().enumerate() {
            if slot == u32::MAX {
                continue;
            }
            let at = slot as usize * self.naggs + j;
            if matches!(part[g], Acc::SumF(_) | Acc::Avg(..) | Acc::Prod(_)) {
                // A merge into a zeroed sum or product is exact (`0.0 + x`, `1.0 * x`; a
                // sum from 0.0 is never -0.0): the state takes the batch's in place.
                merge_acc(&mut self.accs[at], &part[g], call.func);
                continue;
            }
            let mut batch = new_acc(call);
            merge_acc(&mut batch, &part[g], call.func);
            let mut merged = new_acc(call);
            merge_acc(&mut merged, &self.accs[at], call.func);
            merge_acc(&mut merged, &batch, call.func);
            self.accs[at] = merged;
        }
        Ok(())
    }

    /// Merges chunks' partial aggregates ([`partial_aggregate`], in row order) into the
    /// state and returns what the mode emits: the same state, output and counters as
    /// [`AggState::process`] over the chunks' rows in one batch.
    pub fn merge(
        &mut self,
        spec: &AggSpec,
        parts: &[PartialAgg],
        mode: OutputMode,
        watermark_us: Option<i64>,
        late_us: Option<i64>,
        stats: &mut StateStats,
    ) -> Result<RecordBatch> {
        self.next_epoch();
        let late = late_bound(spec, mode, late_us);
        let mut late_keys: FxHashSet<Vec<u8>> = FxHashSet::default();
        for p in parts {
            let times = spec
                .event_time_key
                .and_then(|(k, w)| key_times(&p.keys[k], w));
            let slots = self.slots_for(
                spec,
                |g| p.key(g),
                &p.tags,
                |g| time_of(&times, g),
                late,
                &mut late_keys,
            );
            for (g, &slot) in slots.iter().enumerate() {
                if slot == u32::MAX {
                    continue;
                }
                let (to, from) = (slot as usize * self.naggs, g * self.naggs);
                for (j, call) in spec.aggs.iter().enumerate() {
                    merge_acc(&mut self.accs[to + j], &p.accs[from + j], call.func);
                }
            }
        }
        stats.num_rows_dropped_by_watermark += late_keys.len() as i64;
        self.end_batch(spec, mode, watermark_us, stats)
    }

    /// The end of a batch folded into the state: a global aggregate's one group, the
    /// output the mode emits, the changes recorded, the groups the watermark evicts.
    fn end_batch(
        &mut self,
        spec: &AggSpec,
        mode: OutputMode,
        watermark_us: Option<i64>,
        stats: &mut StateStats,
    ) -> Result<RecordBatch> {
        if spec.group.is_empty() {
            // A global aggregate always has its one row, even over no input.
            let none = &mut FxHashSet::default();
            self.slots_for(spec, |_| &[], &[key_tag(&[])], |_| None, None, none);
        }
        stats.num_rows_updated += self.touched_now.len() as i64;
        let evicting = matches!(mode, OutputMode::Update | OutputMode::Append)
            && spec.event_time_key.is_some()
            && watermark_us.is_some();
        let wm = watermark_us.unwrap_or(i64::MIN);
        let evictable: Vec<u32> = if evicting {
            (0..self.meta.len() as u32)
                .filter(|&s| {
                    let m = &self.meta[s as usize];
                    m.alive && m.has_time && m.event_time <= wm
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut emit: Vec<u32> = match mode {
            OutputMode::Batch | OutputMode::Complete => (0..self.meta.len() as u32)
                .filter(|&s| self.meta[s as usize].alive)
                .collect(),
            OutputMode::Update => self.touched_now.clone(),
            OutputMode::Append => evictable.clone(),
        };
        if emit.len() <= SORTED_EMIT_MAX {
            emit.sort_unstable_by(|a, b| {
                self.keys.get(*a as usize).cmp(self.keys.get(*b as usize))
            });
        }
        let out = self.build(spec, &emit)?;
        if self.track {
            let mut changes = std::mem::take(&mut self.changes);
            if let Some(&s) = self.touched_now.first() {
                let (n, key) = (self.touched_now.len(), self.keys.get(s as usize).len());
                changes.reserve(n, n * key, n * self.value_size(s as usize));
            }
            for &s in &self.touched_now {
                let i = s as usize;
                changes.push_with(self.keys.get(i), |out| self.encode_slot(i, out));
            }
            self.changes = changes;
        }
        for &s in &evictable {
            self.remove_slot(s);
        }
        stats.num_rows_removed += evictable.len() as i64;
        stats.num_rows_total = self.live as i64;
        Ok(out)
    }

    fn build(&self, spec: &AggSpec, emit: &[u32]) -> Result<RecordBatch> {
        let mut cols: Vec<ArrayRef> = if spec.group.is_empty() {
            Vec::new()
        } else {
            let parser = self.converter.parser();
            self.converter.convert_rows(
                emit.iter()
                    .map(|s| parser.parse(self.keys.get(*s as usize))),
            )?
        };
        for (j, call) in spec.aggs.iter().enumerate() {
            let accs: Vec<&Acc> = emit
                .iter()
                .map(|s| &self.accs[*s as usize * self.naggs + j])
                .collect();
            cols.push(finish(&accs, call)?);
        }
        output_batch(spec, cols, emit.len())
    }

    /// Appends slot `i`'s value as the state store keeps it: event time, accumulators.
    fn encode_slot(&self, i: usize, out: &mut Vec<u8>) {
        codec::put_opt_i64(out, self.meta[i].time());
        for acc in &self.accs[i * self.naggs..(i + 1) * self.naggs] {
            encode_acc(acc, out);
        }
    }

    /// The changes of the last batch (removals last), emptied.
    pub fn take_changes(&mut self) -> StateRows {
        std::mem::take(&mut self.changes)
    }

    /// The encoded size of slot `i`'s value: what each of the others is about.
    fn value_size(&self, i: usize) -> usize {
        let mut v = Vec::new();
        self.encode_slot(i, &mut v);
        v.len()
    }

    /// Every group, encoded as the state store keeps it, straight from the state.
    pub fn entries(&self) -> StateRows {
        let live = (0..self.meta.len()).filter(|&i| self.meta[i].alive);
        let mut rows = StateRows::new();
        if let Some(first) = live.clone().next() {
            let keys = self.keys.bytes.len() - self.keys.garbage;
            rows.reserve(self.live, keys, self.live * self.value_size(first));
        }
        for i in live {
            rows.push_with(self.keys.get(i), |out| self.encode_slot(i, out));
        }
        rows
    }

    /// Fills a new, empty state with entries loaded from a state store.
    pub fn restore(
        &mut self,
        spec: &AggSpec,
        entries: impl IntoIterator<Item = (Vec<u8>, Vec<u8>)>,
    ) -> Result<()> {
        for (k, v) in entries {
            let mut buf = &v[..];
            let et = codec::get_opt_i64(&mut buf)?;
            let slot = self.slot_for(&k, key_tag(&k), spec, et) as usize;
            for (j, call) in spec.aggs.iter().enumerate() {
                self.accs[slot * self.naggs + j] = decode_acc(&mut buf, call)?;
            }
        }
        if !spec.group.is_empty() {
            let parser = self.converter.parser();
            let live = (0..self.meta.len()).filter(|&i| self.meta[i].alive);
            keys_decode(
                &self.converter,
                live.map(|i| parser.parse(self.keys.get(i))),
            )?;
        }
        Ok(())
    }
}

fn encode_acc(acc: &Acc, out: &mut Vec<u8>) {
    use codec::*;
    let opt = |out: &mut Vec<u8>, some: bool| out.push(some as u8);
    match acc {
        Acc::Count(n) => put_i64(out, *n),
        Acc::SumI(s) => {
            opt(out, s.is_some());
            put_i64(out, s.unwrap_or(0));
        }
        Acc::SumF(s) => {
            opt(out, s.is_some());
            put_f64(out, s.unwrap_or(0.0));
        }
        Acc::SumD(s) => {
            opt(out, s.is_some());
            put_i128(out, s.unwrap_or(0));
        }
        Acc::Avg(s, n) => {
            put_f64(out, *s);
            put_i64(out, *n);
        }
        Acc::AvgD(b) => {
            put_i128(out, b.0);
            put_i64(out, b.1);
        }
        Acc::Pick(b) => {
            let (v, seen) = &**b;
            opt(out, *seen);
            match v {
                Some(v) => {
                    out.push(1);
                    put_scalar(out, v);
                }
                None => out.push(0),
            }
        }
        Acc::List(vs) => {
            put_i64(out, vs.len() as i64);
            for v in vs {
                put_scalar(out, v);
            }
        }
        Acc::Var(a, b, c) => {
            put_f64(out, *a);
            put_f64(out, *b);
            put_f64(out, *c);
        }
        Acc::Bool(b) => out.push(match b {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        }),
        Acc::By(b) => {
            for v in [&b.0, &b.1] {
                match v {
                    Some(v) => {
                        out.push(1);
                        put_scalar(out, v);
                    }
                    None => out.push(0),
                }
            }
        }
        Acc::ByK(h) => {
            put_i64(out, h.slots.len() as i64);
            for (o, x) in &h.slots {
                put_scalar(out, o);
                put_scalar(out, x);
            }
            for i in &h.heap {
                put_i64(out, *i as i64);
            }
        }
        Acc::Prod(p) => {
            opt(out, p.is_some());
            put_f64(out, p.unwrap_or(1.0));
        }
        Acc::Co(c) => c.iter().for_each(|v| put_f64(out, *v)),
        Acc::Mom(m) => m.iter().for_each(|v| put_f64(out, *v)),
        Acc::Bits(b) => {
            opt(out, b.is_some());
            put_i64(out, b.unwrap_or(0));
        }
        Acc::TrySumI(v, over) => {
            opt(out, v.is_some());
            opt(out, *over);
            put_i64(out, v.unwrap_or(0));
        }
        Acc::Bitmap(bm) | Acc::Hll(bm) => put_bytes(out, bm),
        Acc::Hist(h) => {
            put_i64(out, h.bins.len() as i64);
            for (x, y) in &h.bins {
                put_f64(out, *x);
                put_f64(out, *y);
            }
        }
        Acc::Cms(s) => put_bytes(out, &s.to_bytes()),
        Acc::Vector(v) => {
            opt(out, v.0.is_some());
            let sums = v.0.as_deref().unwrap_or_default();
            put_i64(out, sums.len() as i64);
            sums.iter().for_each(|x| put_f64(out, *x));
            put_i64(out, v.1);
        }
        Acc::Distinct(set) => {
            let mut items: Vec<&Vec<u8>> = set.iter().collect();
            items.sort();
            put_i64(out, items.len() as i64);
            for it in items {
                put_bytes(out, it);
            }
        }
    }
}

fn decode_acc(buf: &mut &[u8], call: &AggCall) -> Result<Acc> {
    use codec::*;
    let elem = match (&call.ty, call.func) {
        // These keep the argument's values.
        (
            _,
            AggFunc::Percentile { .. }
            | AggFunc::StringAgg
            | AggFunc::StringAggDistinct
            | AggFunc::Mode,
        ) => call.arg.as_ref().map_or(DataType::Null, |a| a.data_type()),
        (DataType::List(f), _) => f.data_type().clone(),
        (t, _) => t.clone(),
    };
    Ok(match new_acc(call) {
        Acc::Count(_) => Acc::Count(get_i64(buf)?),
        Acc::SumI(_) => {
            let some = get_u8(buf)? != 0;
            let v = get_i64(buf)?;
            Acc::SumI(some.then_some(v))
        }
        Acc::SumF(_) => {
            let some = get_u8(buf)? != 0;
            let v = get_f64(buf)?;
            Acc::SumF(some.then_some(v))
        }
        Acc::SumD(_) => {
            let some = get_u8(buf)? != 0;
            let v = get_i128(buf)?;
            Acc::SumD(Box::new(some.then_some(v)))
        }
        Acc::Avg(..) => Acc::Avg(get_f64(buf)?, get_i64(buf)?),
        Acc::AvgD(..) => Acc::AvgD(Box::new((get_i128(buf)?, get_i64(buf)?))),
        Acc::Pick(..) => {
            let seen = get_u8(buf)? != 0;
            let v = match get_u8(buf)? {
                0 => None,
                _ => Some(get_scalar(buf, &elem)?),
            };
            Acc::Pick(Box::new((v, seen)))
        }
        Acc::List(_) => {
            let n = get_i64(buf)?.max(0) as usize;
            let mut vs = Vec::with_capacity(n.min(1 << 16));
            for _ in 0..n {
                vs.push(get_scalar(buf, &elem)?);
            }
            Acc::List(vs)
        }
        Acc::Var(..) => Acc::Var(get_f64(buf)?, get_f64(buf)?, get_f64(buf)?),
        Acc::By(..) => {
            let ord_ty = match call.arg.as_ref().map(|e| e.data_type()) {
                Some(DataType::Struct(f)) if f.len() == 2 => f[1].data_type().clone(),
                _ => crate::internal_err!("max_by/min_by without its (x, ord) argument"),
            };
            let o = match get_u8(buf)? {
                0 => None,
                _ => Some(get_scalar(buf, &ord_ty)?),
            };
            let x = match get_u8(buf)? {
                0 => None,
                _ => Some(get_scalar(buf, &elem)?),
            };
            Acc::By(Box::new((o, x)))
        }
        Acc::ByK(mut h) => {
            let ord_ty = match call.arg.as_ref().map(|e| e.data_type()) {
                Some(DataType::Struct(f)) if f.len() == 2 => f[1].data_type().clone(),
                _ => crate::internal_err!("max_by/min_by without its (x, ord) argument"),
            };
            let n = get_i64(buf)?;
            if n < 0 || n as usize > h.k {
                return Err(RunnelError::execution(
                    "CANNOT_LOAD_STATE_STORE.UNCATEGORIZED",
                    "An error occurred during loading state: a max_by/min_by state holds more rows than its k. Restore the checkpoint's state/ folder, or start the query from a new checkpointLocation.",
                ));
            }
            for _ in 0..n {
                let o = get_scalar(buf, &ord_ty)?;
                let x = get_scalar(buf, &elem)?;
                h.slots.push((o, x));
            }
            for _ in 0..n {
                let i = get_i64(buf)?;
                if i < 0 || i >= n {
                    return Err(RunnelError::execution(
                        "CANNOT_LOAD_STATE_STORE.UNCATEGORIZED",
                        "An error occurred during loading state: a max_by/min_by state's heap is damaged. Restore the checkpoint's state/ folder, or start the query from a new checkpointLocation.",
                    ));
                }
                h.heap.push(i as u32);
            }
            Acc::ByK(h)
        }
        Acc::Prod(_) => {
            let some = get_u8(buf)? != 0;
            let v = get_f64(buf)?;
            Acc::Prod(some.then_some(v))
        }
        Acc::Co(_) => {
            let mut c = [0.0; 6];
            for v in c.iter_mut() {
                *v = get_f64(buf)?;
            }
            Acc::Co(Box::new(c))
        }
        Acc::Mom(_) => {
            let mut m = [0.0; 5];
            for v in m.iter_mut() {
                *v = get_f64(buf)?;
            }
            Acc::Mom(Box::new(m))
        }
        Acc::Bits(_) => {
            let some = get_u8(buf)? != 0;
            let v = get_i64(buf)?;
            Acc::Bits(some.then_some(v))
        }
        Acc::TrySumI(..) => {
            let some = get_u8(buf)? != 0;
            let over = get_u8(buf)? != 0;
            let v = get_i64(buf)?;
            Acc::TrySumI(some.then_some(v), over)
        }
        Acc::Bool(_) => Acc::Bool(match get_u8(buf)? {
            0 => None,
            1 => Some(false),
            _ => Some(true),
        }),
        Acc::Bitmap(_) => Acc::Bitmap(get_bytes(buf)?.to_vec()),
        Acc::Hist(mut h) => {
            let n = get_i64(buf)?.max(0) as usize;
            h.bins = Vec::with_capacity(n.min(1 << 16));
            for _ in 0..n {
                let x = get_f64(buf)?;
                h.bins.push((x, get_f64(buf)?));
            }
            Acc::Hist(h)
        }
        Acc::Cms(_) => Acc::Cms(Box::new(
            sketch::CountMinSketch::from_bytes(get_bytes(buf)?).ok_or_else(|| {
                RunnelError::execution_plain("a count_min_sketch state that cannot be read")
            })?,
        )),
        Acc::Hll(regs) => {
            let got = get_bytes(buf)?.to_vec();
            if got.len() != regs.len() {
                return Err(crate::error::RunnelError::execution_plain(format!(
                    "approx_count_distinct state of {} registers where the query has {}: the checkpoint was written by another query",
                    got.len(),
                    regs.len()
                )));
            }
            Acc::Hll(got)
        }
        Acc::Vector(_) => {
            let some = get_u8(buf)? != 0;
            let n = get_i64(buf)?.max(0) as usize;
            let mut sums = Vec::with_capacity(n.min(1 << 16));
            for _ in 0..n {
                sums.push(get_f64(buf)?);
            }
            let count = get_i64(buf)?;
            Acc::Vector(Box::new((some.then_some(sums), count)))
        }
        Acc::Distinct(_) => {
            let n = get_i64(buf)?.max(0) as usize;
            let mut set = HashSet::with_capacity(n.min(1 << 16));
            for _ in 0..n {
                set.insert(get_bytes(buf)?.to_vec());
            }
            Acc::Distinct(Box::new(set))
        }
    })
}

/// Builds a `StringBuilder`-free empty batch of `schema`.
pub fn empty_batch(schema: &SchemaRef) -> RecordBatch {
    RecordBatch::new_empty(schema.clone())
}

/// Keys read back from a checkpoint must decode: a damaged state file is Spark's
/// CANNOT_LOAD_STATE_STORE when it is read, not a panic in a later batch (arrow-row
/// trusts its bytes; a panic while checking them is caught natively).
fn keys_decode<'a>(
    converter: &RowConverter,
    rows: impl Iterator<Item = arrow_row::Row<'a>>,
) -> Result<()> {
    let ok =
        crate::ipc_check::catch_quietly(|| converter.convert_rows(rows).is_ok()).unwrap_or(false);
    if ok {
        return Ok(());
    }
    Err(RunnelError::execution(
        "CANNOT_LOAD_STATE_STORE.UNCATEGORIZED",
        "An error occurred during loading state: a grouping key in the checkpoint's state files is damaged. Restore the checkpoint's state/ folder, or start the query from a new checkpointLocation.",
    ))
}

/// Folds `b` into `a` (both the same aggregate), for merging session windows.
/// Whether an aggregate's list of values keeps each value's first arrival only
/// (`collect_set`, `collect_union`, `string_agg(DISTINCT)`); the others (`collect_list`,
/// `string_agg`, `percentile`, `mode`) keep every value, also when partial states merge.
fn keeps_first_arrival_only(func: AggFunc) -> bool {
    matches!(
        func,
        AggFunc::CollectSet | AggFunc::CollectUnion | AggFunc::StringAggDistinct
    )
}

/// Whether this aggregate's accumulator is a floating-point one whose result depends on
/// how the rows are grouped before they meet the state ([`AggState::merge_batch`]); a
/// histogram's bins too (Spark merges the batch's histogram into the state's).
fn merges_batch_first(call: &AggCall) -> bool {
    matches!(
        new_acc(call),
        Acc::SumF(_)
            | Acc::Avg(..)
            | Acc::Var(..)
            | Acc::Co(_)
            | Acc::Mom(_)
            | Acc::Prod(_)
            | Acc::Vector(_)
            | Acc::Hist(_)
    )
}

fn merge_acc(a: &mut Acc, b: &Acc, func: AggFunc) {
    match (a, b) {
        (Acc::Count(x), Acc::Count(y)) => *x += y,
        (Acc::SumI(x), Acc::SumI(Some(v))) => *x = Some(x.unwrap_or(0).wrapping_add(*v)),
        (Acc::SumF(x), Acc::SumF(Some(v))) => *x = Some(x.unwrap_or(0.0) + v),
        (Acc::SumD(x), Acc::SumD(y)) => {
            if let Some(v) = **y {
                **x = Some(x.unwrap_or(0).saturating_add(v));
            }
        }
        (Acc::Avg(s, n), Acc::Avg(s2, n2)) => {
            *s += s2;
            *n += n2;
        }
        (Acc::AvgD(a), Acc::AvgD(b)) => {
            a.0 = a.0.saturating_add(b.0);
            a.1 += b.1;
        }
        (Acc::Pick(a), Acc::Pick(b)) => {
            let ((cur, seen), (other, oseen)) = (&mut **a, &**b);
            match (func, other) {
                (AggFunc::Min | AggFunc::Max, Some(o))
                    if min_max_replaces(func, o, cur.as_ref()) =>
                {
                    *cur = Some(o.clone());
                }
                (AggFunc::First(_), _) if !*seen && *oseen => {
                    *cur = other.clone();
                    *seen = true;
                }
                (AggFunc::Last(_), _) if *oseen => {
                    *cur = other.clone();
                    *seen = true;
                }
                _ => {}
            }
        }
        (Acc::List(x), Acc::List(y)) => {
            for v in y {
                if !keeps_first_arrival_only(func) || !x.contains(v) {
                    x.push(v.clone());
                }
            }
        }
        (Acc::Var(n, mean, m2), Acc::Var(n2, mean2, m22)) if *n2 > 0.0 => {
            // Spark's CentralMomentAgg merge, in its order of operations.
            let tot = *n + n2;
            let d = mean2 - *mean;
            let dn = d / tot;
            *m2 = *m2 + m22 + d * dn * *n * n2;
            *mean += dn * n2;
            *n = tot;
        }
        (Acc::Prod(x), Acc::Prod(Some(v))) => *x = Some(x.unwrap_or(1.0) * v),
        // Spark's MaxMinByK.merge: the other heap's rows in heap order.
        (Acc::ByK(a), Acc::ByK(b)) => {
            for &i in &b.heap {
                let (o, x) = &b.slots[i as usize];
                a.insert(o.clone(), x.clone());
            }
        }
        (Acc::By(a), Acc::By(b)) => {
            if let Some(o) = &b.0
                && by_replaces(func, o, a.0.as_ref())
            {
                **a = (Some(o.clone()), b.1.clone());
            }
        }
        (Acc::Bool(x), Acc::Bool(Some(v))) => {
            *x = Some(match (func, *x) {
                (AggFunc::BoolAnd, Some(c)) => c && *v,
                (_, Some(c)) => c || *v,
                (_, None) => *v,
            });
        }
        (Acc::Distinct(x), Acc::Distinct(y)) => x.extend(y.iter().cloned()),
        (Acc::Hll(x), Acc::Hll(y)) => hll::merge(x, y),
        (Acc::Hist(x), Acc::Hist(y)) => x.merge(y),
        (Acc::Cms(x), Acc::Cms(y)) => x.merge(y),
        (Acc::Bitmap(x), Acc::Bitmap(y)) => {
            for (a, b) in x.iter_mut().zip(y) {
                if func == AggFunc::BitmapAnd {
                    *a &= b;
                } else {
                    *a |= b;
                }
            }
        }
        // Spark's mergeElements, in FLOAT: sums add, means weigh by their counts.
        (Acc::Vector(x), Acc::Vector(y)) => match (&mut x.0, &y.0) {
            (None, Some(s)) => **x = (Some(s.clone()), y.1),
            (Some(a), Some(b)) if a.len() == b.len() => {
                let total = x.1 + y.1;
                let (lw, rw) = (x.1 as f32 / total as f32, y.1 as f32 / total as f32);
                a.iter_mut().zip(b).for_each(|(p, q)| {
                    let (l, r) = (*p as f32, *q as f32);
                    *p = if func == AggFunc::VectorAvg {
                        (l * lw + r * rw) as f64
                    } else {
                        (l + r) as f64
                    };
                });
                x.1 = total;
            }
            _ => {}
        },
        (Acc::Co(x), Acc::Co(y)) => co_merge(x, y),
        (Acc::Mom(x), Acc::Mom(y)) => mom_merge(x, y),
        (Acc::Bits(x), Acc::Bits(Some(v))) => {
            *x = Some(match (func, *x) {
                (_, None) => *v,
                (AggFunc::Bits(BitOp::And), Some(c)) => c & v,
                (AggFunc::Bits(BitOp::Or), Some(c)) => c | v,
                (_, Some(c)) => c ^ v,
            });
        }
        (Acc::TrySumI(x, over), Acc::TrySumI(y, over2)) => {
            *over |= *over2;
            if let Some(v) = y {
                match x.unwrap_or(0).checked_add(*v) {
                    Some(t) => *x = Some(t),
                    None => *over = true,
                }
            }
        }
        _ => {}
    }
}

/// Spark's PearsonCorrelation / Covariance update for one pair.
fn co_update(c: &mut [f64; 6], x: f64, y: f64) {
    let [n, xa, ya, ck, xm, ym] = *c;
    let nn = n + 1.0;
    let dx = x - xa;
    let dy = y - ya;
    let nxa = xa + dx / nn;
    let nya = ya + dy / nn;
    *c = [
        nn,
        nxa,
        nya,
        ck + dx * (y - nya),
        xm + dx * (x - nxa),
        ym + dy * (y - nya),
    ];
}

/// Spark's PearsonCorrelation merge.
fn co_merge(a: &mut [f64; 6], b: &[f64; 6]) {
    let [n1, xa1, ya1, ck1, xm1, ym1] = *a;
    let [n2, xa2, ya2, ck2, xm2, ym2] = *b;
    let n = n1 + n2;
    if n == 0.0 {
        return;
    }
    // In Spark's order of operations (Covariance / PearsonCorrelation mergeExpressions).
    let dx = xa2 - xa1;
    let dy = ya2 - ya1;
    let (dxn, dyn_) = (dx / n, dy / n);
    *a = [
        n,
        xa1 + dxn * n2,
        ya1 + dyn_ * n2,
        ck1 + ck2 + dx * dyn_ * n1 * n2,
        xm1 + xm2 + dx * dxn * n1 * n2,
        ym1 + ym2 + dy * dyn_ * n1 * n2,
    ];
}

/// Spark's CentralMomentAgg update for one value.
fn mom_update(m: &mut [f64; 5], x: f64) {
    let [n, avg, m2, m3, m4] = *m;
    let nn = n + 1.0;
    let delta = x - avg;
    let dn = delta / nn;
    let navg = avg + dn;
    let nm2 = m2 + delta * (delta - dn);
    let d2 = delta * delta;
    let dn2 = dn * dn;
    let nm3 = m3 - 3.0 * dn * nm2 + delta * (d2 - dn2);
    let nm4 = m4 - 4.0 * dn * nm3 - 6.0 * dn2 * nm2 + delta * (delta * d2 - dn * dn2);
    *m = [nn, navg, nm2, nm3, nm4];
}

/// Spark's CentralMomentAgg merge.
fn mom_merge(a: &mut [f64; 5], b: &[f64; 5]) {
    let [n1, avg1, m21, m31, m41] = *a;
    let [n2, avg2, m22, m32, m42] = *b;
    let n = n1 + n2;
    let delta = avg2 - avg1;
    let dn = if n == 0.0 { 0.0 } else { delta / n };
    let m2 = m21 + m22 + delta * dn * n1 * n2;
    let m3 = m31 + m32 + dn * dn * delta * n1 * n2 * (n1 - n2) + 3.0 * dn * (n1 * m22 - n2 * m21);
    let m4 = m41
        + m42
        + dn * dn * dn * delta * n1 * n2 * (n1 * n1 - n1 * n2 + n2 * n2)
        + 6.0 * dn * dn * (n1 * n1 * m22 + n2 * n2 * m21)
        + 4.0 * dn * (n1 * m32 - n2 * m31);
    *a = [n, avg1 + dn * n2, m2, m3, m4];
}

/// corr, covar_*, regr_* from the running moments (NULL where Spark divides by zero).
fn pair_finish(accs: &[&Acc], stat: PairStat) -> ArrayRef {
    let value = |c: &[f64; 6]| -> Option<f64> {
        let [n, xa, ya, ck, xm, ym] = *c;
        if n == 0.0 {
            return None;
        }
        // regr_*(y, x): the first argument is y, the dependent one.
        match stat {
            PairStat::Corr => (n > 1.0 && xm * ym != 0.0).then(|| ck / (xm * ym).sqrt()),
            PairStat::CovarPop => Some(ck / n),
            PairStat::CovarSamp => (n > 1.0).then(|| ck / (n - 1.0)),
            PairStat::RegrCount => Some(n),
            PairStat::RegrAvgX => Some(ya),
            PairStat::RegrAvgY => Some(xa),
            PairStat::RegrSlope => (ym != 0.0).then(|| (ck / n) / (ym / n)),
            PairStat::RegrIntercept => (ym != 0.0).then(|| xa - (ck / n) / (ym / n) * ya),
            PairStat::RegrR2 => {
                if ym == 0.0 {
                    None
                } else if xm == 0.0 {
                    Some(1.0)
                } else {
                    let r = ck / (xm * ym).sqrt();
                    Some(r * r)
                }
            }
            PairStat::RegrSxx => Some(ym),
            PairStat::RegrSyy => Some(xm),
            PairStat::RegrSxy => Some(ck),
        }
    };
    let vals: Vec<Option<f64>> = accs
        .iter()
        .map(|a| match a {
            Acc::Co(c) => value(c),
            _ => None,
        })
        .collect();
    if stat == PairStat::RegrCount {
        let counts: Int64Array = accs
            .iter()
            .map(|a| match a {
                Acc::Co(c) => Some(c[0] as i64),
                _ => Some(0),
            })
            .collect();
        return Arc::new(counts);
    }
    Arc::new(Float64Array::from(vals))
}

/// mode: the value seen most often (the first of them on a tie).
fn most_frequent(items: &[ScalarValue]) -> Option<ScalarValue> {
    let mut counts: Vec<(&ScalarValue, usize)> = Vec::new();
    for v in items {
        match counts.iter_mut().find(|(w, _)| *w == v) {
            Some((_, c)) => *c += 1,
            None => counts.push((v, 1)),
        }
    }
    let best = counts.iter().map(|(_, c)| *c).max()?;
    counts
        .into_iter()
        .find(|(_, c)| *c == best)
        .map(|(v, _)| v.clone())
}

/// percentile (linear interpolation between the closest ranks, a double) and
/// percentile_approx (the element at rank ceil(p * n), of the input's type).
fn percentile_finish(accs: &[&Acc], call: &AggCall, approx: bool) -> Result<ArrayRef> {
    let fractions: Vec<f64> = call
        .lits
        .iter()
        .map(|v| match v {
            ScalarValue::Float64(f) => *f,
            _ => 0.5,
        })
        .collect();
    let many = matches!(call.ty, DataType::List(_));
    let elem = match &call.ty {
        DataType::List(f) => f.data_type().clone(),
        t => t.clone(),
    };
    let key = |v: &ScalarValue| -> f64 {
        let a = v.to_array(1);
        cast_array(&a, &DataType::Float64, false)
            .ok()
            .and_then(|f| f.as_primitive_opt::<Float64Type>().map(|p| p.value(0)))
            .unwrap_or(match v {
                ScalarValue::Date32(d) => *d as f64,
                ScalarValue::Timestamp(t) => *t as f64,
                _ => f64::NAN,
            })
    };
    let mut out: Vec<Option<Vec<ScalarValue>>> = Vec::with_capacity(accs.len());
    for a in accs {
        let Acc::List(items) = a else {
            out.push(None);
            continue;
        };
        if items.is_empty() {
            out.push(None);
            continue;
        }
        let mut sorted: Vec<(f64, &ScalarValue)> = items.iter().map(|v| (key(v), v)).collect();
        sorted.sort_by(|x, y| x.0.total_cmp(&y.0));
        let n = sorted.len();
        let vals = fractions
            .iter()
            .map(|&p| {
                if approx {
                    // Spark's QuantileSummaries keeps its minimum sample only if it is <=
                    // the one after it (`compressImmut`): before a NaN it is dropped, and
                    // rank r then reads the sample after the r-th.
                    let rank = ((p * n as f64).ceil() as usize).clamp(1, n);
                    let dropped = n >= 2 && sorted[1].0.is_nan() && !sorted[0].0.is_nan();
                    sorted[(rank - 1 + usize::from(dropped)).min(n - 1)]
                        .1
                        .clone()
                } else {
                    let pos = p * (n - 1) as f64;
                    let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
                    let (a, b) = (sorted[lo].0, sorted[hi].0);
                    ScalarValue::Float64(if lo == hi {
                        a
                    } else {
                        a + (pos - lo as f64) * (b - a)
                    })
                }
            })
            .collect();
        out.push(Some(vals));
    }
    if many {
        let DataType::List(f) = &call.ty else {
            crate::internal_err!("a list type")
        };
        let mut offsets = vec![0i32];
        let mut all = Vec::new();
        let mut valid = Vec::new();
        for o in &out {
            if let Some(v) = o {
                all.extend(v.iter().cloned());
            }
            valid.push(o.is_some());
            offsets.push(all.len() as i32);
        }
        let values = scalars_to_array(&all, &elem)?;
        return Ok(Arc::new(ListArray::try_new(
            f.clone(),
            arrow_buffer::OffsetBuffer::new(offsets.into()),
            values,
            Some(valid.into()),
        )?));
    }
    let vals: Vec<ScalarValue> = out
        .into_iter()
        .map(|o| match o {
            Some(mut v) => v.remove(0),
            None => ScalarValue::Null(elem.clone()),
        })
        .collect();
    scalars_to_array(&vals, &elem)
}

struct Session {
    start: i64,
    end: i64,
    accs: Vec<Acc>,
    touched: u64,
}

/// State of a session-window aggregation: per key (the other grouping columns), its open sessions.
pub struct SessionState {
    converter: RowConverter,
    sessions: FxHashMap<Box<[u8]>, Vec<Session>>,
    epoch: u64,
    changes: Option<Vec<StateChange>>,
}

impl SessionState {
    /// Empty state; `session_key` is the position of the session column among the grouping keys.
    pub fn new(spec: &AggSpec, session_key: usize) -> Result<Self> {
        let fields: Vec<SortField> = spec
            .group
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != session_key)
            .map(|(_, g)| SortField::new(g.data_type()))
            .collect();
        Ok(SessionState {
            converter: RowConverter::new(fields)?,
            sessions: FxHashMap::default(),
            epoch: 0,
            changes: None,
        })
    }

    /// Records the keys each batch changes, for [`SessionState::take_changes`].
    pub fn track_changes(&mut self) {
        self.changes = Some(Vec::new());
    }

    /// The changes of the last batch, emptied.
    pub fn take_changes(&mut self) -> StateRows {
        self.changes
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
            .into_iter()
            .collect()
    }

    fn encode_sessions(v: &[Session], out: &mut Vec<u8>) {
        codec::put_i64(out, v.len() as i64);
        for s in v {
            codec::put_i64(out, s.start);
            codec::put_i64(out, s.end);
            for a in &s.accs {
                encode_acc(a, out);
            }
        }
    }

    /// Every key's sessions, encoded as the state store keeps them.
    pub fn entries(&self) -> StateRows {
        let mut rows = StateRows::new();
        for (k, v) in &self.sessions {
            rows.push_with(k, |out| Self::encode_sessions(v, out));
        }
        rows
    }

    /// Replaces the state with entries loaded from a state store.
    pub fn restore(
        &mut self,
        spec: &AggSpec,
        entries: impl IntoIterator<Item = (Vec<u8>, Vec<u8>)>,
    ) -> Result<()> {
        self.sessions.clear();
        for (k, v) in entries {
            let mut buf = &v[..];
            let n = codec::get_i64(&mut buf)?.max(0) as usize;
            let mut list = Vec::with_capacity(n.min(1 << 16));
            for _ in 0..n {
                let start = codec::get_i64(&mut buf)?;
                let end = codec::get_i64(&mut buf)?;
                let accs = spec
                    .aggs
                    .iter()
                    .map(|c| decode_acc(&mut buf, c))
                    .collect::<Result<_>>()?;
                list.push(Session {
                    start,
                    end,
                    accs,
                    touched: 0,
                });
            }
            self.sessions.insert(k.into_boxed_slice(), list);
        }
        Ok(())
    }

    /// Folds a batch in (Spark's `MergingSessionsIterator` + `SessionWindowStateStoreSaveExec`).
    #[allow(clippy::too_many_arguments)]
    pub fn process(
        &mut self,
        spec: &AggSpec,
        session_key: usize,
        input: &RecordBatch,
        mode: OutputMode,
        watermark_us: Option<i64>,
        late_us: Option<i64>,
        stats: &mut StateStats,
    ) -> Result<RecordBatch> {
        self.epoch += 1;
        let keys: Vec<ArrayRef> = spec
            .group
            .iter()
            .map(|g| g.eval(input).map(|k| normalize_floats(&k)))
            .collect::<Result<_>>()?;
        let others: Vec<ArrayRef> = keys
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != session_key)
            .map(|(_, a)| a.clone())
            .collect();
        let rows = if others.is_empty() {
            None
        } else {
            Some(self.converter.convert_columns(&others)?)
        };
        let sess = keys[session_key].as_struct();
        let starts = sess.column(0).as_primitive::<TimestampMicrosecondType>();
        let ends = sess.column(1).as_primitive::<TimestampMicrosecondType>();
        let args: Vec<Arg> = spec
            .aggs
            .iter()
            .map(|c| prepare(c, input))
            .collect::<Result<_>>()?;
        let streaming = matches!(mode, OutputMode::Append | OutputMode::Update);
        let mut dropped = 0i64;
        // New one-row sessions per key, in input order.
        let mut fresh: FxHashMap<Box<[u8]>, Vec<Session>> = FxHashMap::default();
        for i in 0..input.num_rows() {
            if sess.is_null(i) || starts.is_null(i) {
                continue;
            }
            let (s, e) = (starts.value(i), ends.value(i));
            // Spark's SessionWindowStateStoreRestoreExec drops a late session in every
            // output mode (complete mode too, unlike other aggregations).
            if late_us.is_some_and(|w| e <= w) {
                dropped += 1;
                continue;
            }
            let key: Box<[u8]> = match &rows {
                Some(r) => r.row(i).data().into(),
                None => Box::from(&[][..]),
            };
            let mut accs: Vec<Acc> = spec.aggs.iter().map(new_acc).collect();
            for (j, call) in spec.aggs.iter().enumerate() {
                update(&mut accs[j], call.func, &args[j], i)?;
            }
            fresh.entry(key).or_default().push(Session {
                start: s,
                end: e,
                accs,
                touched: self.epoch,
            });
        }
        stats.num_rows_dropped_by_watermark += dropped;
        let mut updated = 0;
        for (key, new) in fresh {
            let mut all = self.sessions.remove(&key).unwrap_or_default();
            all.extend(new);
            all.sort_by_key(|s| s.start);
            let mut merged: Vec<Session> = Vec::new();
            for s in all {
                match merged.last_mut() {
                    Some(cur) if s.start <= cur.end => {
                        cur.end = cur.end.max(s.end);
                        for (j, call) in spec.aggs.iter().enumerate() {
                            merge_acc(&mut cur.accs[j], &s.accs[j], call.func);
                        }
                        cur.touched = cur.touched.max(s.touched);
                    }
                    _ => merged.push(s),
                }
            }
            updated += merged.iter().filter(|s| s.touched == self.epoch).count() as i64;
            if let Some(c) = self.changes.as_mut() {
                c.push((key.to_vec(), None));
            }
            self.sessions.insert(key, merged);
        }
        stats.num_rows_updated += updated;
        let wm = watermark_us.unwrap_or(i64::MIN);
        let evict = streaming && watermark_us.is_some();
        let mut emit: Vec<(Box<[u8]>, usize)> = Vec::new();
        let mut keys_sorted: Vec<&Box<[u8]>> = self.sessions.keys().collect();
        keys_sorted.sort();
        for k in keys_sorted {
            for (idx, s) in self.sessions[k].iter().enumerate() {
                let take = match mode {
                    OutputMode::Batch | OutputMode::Complete => true,
                    OutputMode::Update => s.touched == self.epoch,
                    OutputMode::Append => evict && s.end <= wm,
                };
                if take {
                    emit.push((k.clone(), idx));
                }
            }
        }
        let out = self.build(spec, session_key, &emit)?;
        let mut changed: FxHashSet<Box<[u8]>> = FxHashSet::default();
        if let Some(c) = self.changes.as_mut() {
            changed.extend(c.drain(..).map(|(k, _)| k.into_boxed_slice()));
        }
        if evict {
            let mut removed = 0;
            let track = self.changes.is_some();
            for (k, v) in self.sessions.iter_mut() {
                let before = v.len();
                v.retain(|s| s.end > wm);
                removed += before - v.len();
                if track && before != v.len() {
                    changed.insert(k.clone());
                }
            }
            self.sessions.retain(|_, v| !v.is_empty());
            stats.num_rows_removed += removed as i64;
        }
        if let Some(c) = self.changes.as_mut() {
            let mut keys: Vec<Box<[u8]>> = changed.into_iter().collect();
            keys.sort();
            for k in keys {
                let v = self.sessions.get(&k).map(|v| {
                    let mut out = Vec::new();
                    Self::encode_sessions(v, &mut out);
                    out
                });
                c.push((k.to_vec(), v));
            }
        }
        stats.num_rows_total = self.sessions.values().map(|v| v.len() as i64).sum();
        Ok(out)
    }

    fn build(
        &self,
        spec: &AggSpec,
        session_key: usize,
        emit: &[(Box<[u8]>, usize)],
    ) -> Result<RecordBatch> {
        let n = emit.len();
        let mut other_cols: Vec<ArrayRef> = if spec.group.len() > 1 {
            let parser = self.converter.parser();
            self.converter
                .convert_rows(emit.iter().map(|(k, _)| parser.parse(k)))?
        } else {
            Vec::new()
        };
        let sessions: Vec<&Session> = emit.iter().map(|(k, i)| &self.sessions[k][*i]).collect();
        let start =
            TimestampMicrosecondArray::from(sessions.iter().map(|s| s.start).collect::<Vec<_>>())
                .with_timezone("UTC");
        let end =
            TimestampMicrosecondArray::from(sessions.iter().map(|s| s.end).collect::<Vec<_>>())
                .with_timezone("UTC");
        let session_arr: ArrayRef = Arc::new(crate::ops::window_struct(start, end, None));
        let mut cols: Vec<ArrayRef> = Vec::new();
        let mut it = other_cols.drain(..);
        for i in 0..spec.group.len() {
            if i == session_key {
                cols.push(session_arr.clone());
            } else if let Some(c) = it.next() {
                cols.push(c);
            }
        }
        for (j, call) in spec.aggs.iter().enumerate() {
            let accs: Vec<&Acc> = sessions.iter().map(|s| &s.accs[j]).collect();
            cols.push(finish(&accs, call)?);
        }
        output_batch(spec, cols, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::builder::{Float64Builder, Int64Builder, StringBuilder};
    use arrow_schema::{Field, Fields};

    /// A short string's word is its value: equal strings (loaded whole, or assembled
    /// near the buffer's end) give one word, different ones of a length different words.
    #[test]
    fn an_accumulator_takes_32_bytes_per_group_and_aggregate() {
        assert!(
            std::mem::size_of::<Acc>() <= 32,
            "{}",
            std::mem::size_of::<Acc>()
        );
    }

    /// Spark's MaxMinByK examples (`max_by(x, y, 2)` over ('a', 10), ('b', 50), ('c', 20)
    /// is ["b","c"], `min_by` ["a","c"]); a tie keeps the row already kept; a merge
    /// inserts the other heap's rows.
    #[test]
    fn max_by_and_min_by_with_k_keep_sparks_rows_best_first() {
        let s = |v: &str| ScalarValue::Utf8(v.into());
        let heap = |max: bool, k: usize, rows: &[(&str, i32)]| {
            let mut h = ByK {
                max,
                k,
                slots: Vec::new(),
                heap: Vec::new(),
            };
            for (x, y) in rows {
                h.insert(ScalarValue::Int32(*y), s(x));
            }
            h
        };
        let rows = [("a", 10), ("b", 50), ("c", 20)];
        assert_eq!(heap(true, 2, &rows).sorted(), vec![s("b"), s("c")]);
        assert_eq!(heap(false, 2, &rows).sorted(), vec![s("a"), s("c")]);
        assert_eq!(heap(true, 5, &rows).sorted(), vec![s("b"), s("c"), s("a")]);
        assert_eq!(heap(true, 1, &[("a", 7), ("b", 7)]).sorted(), vec![s("a")]);
        let mut a = Acc::ByK(Box::new(heap(true, 2, &[("a", 10), ("d", 30)])));
        let b = Acc::ByK(Box::new(heap(true, 2, &[("b", 50), ("c", 20)])));
        merge_acc(&mut a, &b, AggFunc::MaxByK);
        let Acc::ByK(h) = a else { unreachable!() };
        assert_eq!(h.sorted(), vec![s("b"), s("d")]);
    }

    /// 10M keys must fit in 1 GB: a group's metadata stays small (its table bucket
    /// takes 8 bytes: `state::table`'s tests).
    #[test]
    fn a_group_takes_16_bytes_of_metadata() {
        assert_eq!(std::mem::size_of::<SlotMeta>(), 16);
    }

    #[test]
    fn key_arena_keeps_every_live_key_through_reuse_and_compaction() {
        let mut a = KeyArena::default();
        let key = |i: usize| format!("key-{i}-{}", "x".repeat(i % 50)).into_bytes();
        for i in 0..10_000 {
            a.push(&key(i));
        }
        // Remove three in four and give a quarter of those slots new, longer keys: the
        // garbage passes half the buffer several times.
        let mut expect: Vec<Option<Vec<u8>>> = (0..10_000).map(|i| Some(key(i))).collect();
        for round in 0..3 {
            for i in (0..10_000).filter(|i| i % 4 != round) {
                a.clear(i);
                expect[i] = None;
                if i % 16 == 1 {
                    let k = key(i + 100_000 * (round + 1));
                    a.set(i, &k);
                    expect[i] = Some(k);
                }
            }
            for (i, e) in expect.iter().enumerate() {
                if let Some(k) = e {
                    assert_eq!(a.get(i), &k[..], "slot {i} after round {round}");
                }
            }
        }
        let live: usize = expect.iter().flatten().map(|k| k.len()).sum();
        assert!(
            a.bytes.len() <= 2 * live + (64 << 10),
            "compacted: {} bytes for {live}",
            a.bytes.len()
        );
    }

    #[test]
    fn short_words_are_the_strings() {
        let data: Vec<u8> = b"abcabdabcabcXabcabdab\0\0cc".to_vec();
        for sa in 0..data.len() {
            for sb in 0..data.len() {
                for len in 0..=(data.len() - sa.max(sb)).min(8) {
                    let same = data[sa..sa + len] == data[sb..sb + len];
                    let words = (short_word(&data, sa, len), short_word(&data, sb, len));
                    assert_eq!(words.0 == words.1, same, "{sa} {sb} {len}");
                }
            }
        }
    }

    /// Strings of every length around 8 bytes, with nulls, group as arrow-row encodes them.
    #[test]
    fn string_keys_group_by_value() {
        let vals = [
            Some(""),
            Some("a"),
            Some("abcdefgh"),
            Some("abcdefgi"),
            Some("abcdefghi"),
            Some("abcdefghj"),
            None,
            Some("a\0"),
            Some("abcdefgh"),
            Some(""),
            None,
            Some("a"),
        ];
        let col: ArrayRef = Arc::new(StringArray::from(vals.to_vec()));
        let (gids, reps) = group_rows(&[col], vals.len()).expect("group");
        for (i, v) in vals.iter().enumerate() {
            assert_eq!(vals[reps[gids[i] as usize] as usize], *v, "row {i}");
        }
        assert_eq!(reps.len(), 8);
    }

    /// Window keys: with one length on every row the start alone groups them; with
    /// lengths that vary (session windows) both fields are compared.
    #[test]
    fn window_keys_group_as_arrow_row_encodes_them() {
        for fixed in [true, false] {
            let starts: Vec<i64> = (0..200).map(|i| (i * 7 % 13) * 1_000_000).collect();
            let ends: Vec<i64> = (0..200)
                .map(|i| {
                    starts[i]
                        + if fixed {
                            600_000_000
                        } else {
                            (i as i64 % 3) * 1_000
                        }
                })
                .collect();
            let w: ArrayRef = Arc::new(crate::ops::window_struct(
                TimestampMicrosecondArray::from(starts).with_timezone("UTC"),
                TimestampMicrosecondArray::from(ends).with_timezone("UTC"),
                None,
            ));
            assert_eq!(window_length_fixed(w.as_struct()), fixed);
            let (gids, reps) = group_rows(std::slice::from_ref(&w), 200).expect("group");
            let conv =
                RowConverter::new(vec![SortField::new(w.data_type().clone())]).expect("conv");
            let rows = conv.convert_columns(&[w]).expect("rows");
            for i in 0..200 {
                assert_eq!(rows.row(i), rows.row(reps[gids[i] as usize] as usize));
            }
            let distinct: std::collections::HashSet<_> = (0..200).map(|i| rows.row(i)).collect();
            assert_eq!(reps.len(), distinct.len(), "fixed: {fixed}");
        }
    }

    /// The batch grouping's hash table picks buckets by the low bits: keys that start
    /// alike (the bench's `k0`, `k1`, ...; ints; window starts) must still spread.
    #[test]
    fn keys_that_start_alike_spread_over_the_batch_table() {
        let n = 4096;
        let strings: ArrayRef = Arc::new(StringArray::from(
            (0..n).map(|k| format!("k{k}")).collect::<Vec<_>>(),
        ));
        let ints: ArrayRef = Arc::new(Int64Array::from((0..n as i64).collect::<Vec<_>>()));
        let starts: ArrayRef = Arc::new(TimestampMicrosecondArray::from(
            (0..n as i64).map(|k| k * 600_000_000).collect::<Vec<_>>(),
        ));
        for keys in [strings, ints, starts] {
            let mut leaves = Vec::new();
            key_leaves(&keys, &mut leaves).expect("leaves");
            let mut hashes = vec![0u64; n];
            (leaves[0].hash)(&mut hashes);
            let buckets: HashSet<u64> = hashes
                .iter()
                .map(|&h| table_hash(h) & (n as u64 - 1))
                .collect();
            // Random hashes fill 1 - 1/e of them (~2,590); rows that start alike used
            // to share a handful.
            assert!(
                buckets.len() > n / 2,
                "{} of {n} buckets used by {}",
                buckets.len(),
                keys.data_type()
            );
        }
    }

    /// `group_rows` puts two rows in one group exactly when arrow-row encodes their keys
    /// alike (the state's key bytes): nulls, -0.0 and NaN, structs with null fields;
    /// also when every key hash collides.
    #[test]
    fn batch_groups_agree_with_the_row_encoding() {
        let mut x: u64 = 7;
        let mut next = |m: u64| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) % m
        };
        for round in 0..20 {
            let n = 300;
            let mut a = Int64Builder::new();
            let mut s = StringBuilder::new();
            let mut f = Float64Builder::new();
            let mut st = Int64Builder::new();
            let mut st_valid = Vec::new();
            for _ in 0..n {
                match next(5) {
                    0 => a.append_null(),
                    v => a.append_value(v as i64),
                }
                match next(4) {
                    0 => s.append_null(),
                    v => s.append_value(["", "a", "ab"][v as usize - 1]),
                }
                match next(5) {
                    0 => f.append_null(),
                    1 => f.append_value(-0.0),
                    2 => f.append_value(0.0),
                    3 => f.append_value(f64::NAN),
                    _ => f.append_value(1.5),
                }
                match next(3) {
                    0 => st.append_null(),
                    v => st.append_value(v as i64),
                }
                st_valid.push(next(4) != 0);
            }
            let fields = Fields::from(vec![Field::new("x", DataType::Int64, true)]);
            let strukt = StructArray::new(
                fields,
                vec![Arc::new(st.finish()) as ArrayRef],
                Some(st_valid.into()),
            );
            let all: Vec<ArrayRef> = vec![
                Arc::new(a.finish()),
                Arc::new(s.finish()),
                Arc::new(f.finish()),
                Arc::new(strukt),
            ];
            // Every subset of the columns as a key, in a few orders.
            let choice: Vec<ArrayRef> = match round % 4 {
                0 => all.clone(),
                1 => vec![all[3].clone(), all[1].clone()],
                2 => vec![all[2].clone()],
                _ => vec![all[0].clone(), all[2].clone(), all[3].clone()],
            };
            // Grouped by the keys' hashes, and with every hash alike (all collide: the
            // row-by-row comparison must sort them out).
            let mut leaves = Vec::new();
            for k in &choice {
                key_leaves(k, &mut leaves).expect("leaves");
            }
            let collided = group_by_hashes(&leaves, &vec![0; n]);
            let hashed = group_rows(&choice, n).expect("group");
            assert_eq!(hashed, collided);
            let (gids, reps) = hashed;
            let conv = RowConverter::new(
                choice
                    .iter()
                    .map(|c| SortField::new(c.data_type().clone()))
                    .collect(),
            )
            .expect("converter");
            let rows = conv.convert_columns(&choice).expect("rows");
            for i in 0..n {
                let r = reps[gids[i] as usize] as usize;
                assert_eq!(rows.row(i), rows.row(r), "row {i} grouped with {r}");
                assert!(r <= i, "a group's first row comes first");
            }
            for (g, &r) in reps.iter().enumerate() {
                for (h, &q) in reps.iter().enumerate().skip(g + 1) {
                    assert_ne!(
                        rows.row(r as usize),
                        rows.row(q as usize),
                        "groups {g} and {h} hold one key"
                    );
                }
            }
        }
    }
}
