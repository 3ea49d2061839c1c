//! Joins of a stream with static rows (and of two batch inputs): a hash join built
//! on the right side, with Spark's key normalisation and outer/semi/anti rows.

use std::collections::HashSet;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::*;
use arrow_row::{RowConverter, SortField};
use arrow_schema::{Field, SchemaRef};
use arrow_select::take::take;

use super::{BatchContext, Operator, retype, with_schema};
use crate::error::Result;
use crate::expr::PhysExpr;
use crate::logical::plan::{JoinColumn, JoinType};
use crate::ops::grouping::normalize_floats;

/// Spark's `BroadcastHashJoin` (a stream with static rows).
pub struct HashJoin {
    pub(super) left: Box<dyn Operator>,
    pub(super) right: Box<dyn Operator>,
    pub(super) how: JoinType,
    pub(super) left_keys: Vec<PhysExpr>,
    pub(super) right_keys: Vec<PhysExpr>,
    pub(super) condition: Option<PhysExpr>,
    pub(super) output: Vec<JoinColumn>,
    pub(super) schema: SchemaRef,
    /// Which sides read a stream; a static side is a batch query of its own, run whole
    /// every micro-batch (its aggregates, dedups and limits keep no streaming state).
    pub(super) streaming: [bool; 2],
}

/// Runs a static side of a stream–static join as the batch query it is.
fn run_side(
    op: &mut Box<dyn Operator>,
    streaming: bool,
    cx: &mut BatchContext,
) -> Result<RecordBatch> {
    if streaming || cx.mode == crate::mode::OutputMode::Batch {
        return op.execute(cx);
    }
    let mode = std::mem::replace(&mut cx.mode, crate::mode::OutputMode::Batch);
    let out = op.execute(cx);
    cx.mode = mode;
    out
}

impl Operator for HashJoin {
    fn describe(&self) -> String {
        let keys = |v: &[PhysExpr]| {
            v.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut s = format!(
            "BroadcastHashJoin [{}], [{}], {:?}",
            keys(&self.left_keys),
            keys(&self.right_keys),
            self.how
        );
        if let Some(c) = &self.condition {
            s.push_str(&format!(", {c}"));
        }
        s
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.left.as_ref(), self.right.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.left.as_mut(), self.right.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let l = run_side(&mut self.left, self.streaming[0], cx)?;
        let r = run_side(&mut self.right, self.streaming[1], cx)?;
        hash_join(
            &self.schema,
            &l,
            &r,
            self.how,
            &self.left_keys,
            &self.right_keys,
            self.condition.as_ref(),
            &self.output,
        )
    }
}

#[allow(clippy::too_many_arguments)]
fn hash_join(
    schema: &SchemaRef,
    l: &RecordBatch,
    r: &RecordBatch,
    how: JoinType,
    left_keys: &[PhysExpr],
    right_keys: &[PhysExpr],
    condition: Option<&PhysExpr>,
    output: &[JoinColumn],
) -> Result<RecordBatch> {
    // Keys as Spark compares them (NormalizeFloatingNumbers): -0.0 meets 0.0, NaN meets NaN.
    if left_keys.is_empty() {
        // No equality key (a condition only, or a cross join): every pair is a candidate,
        // as in Spark's nested-loop join.
        let (nl, nr) = (l.num_rows() as u32, r.num_rows() as u32);
        let li: Vec<Option<u32>> = (0..nl)
            .flat_map(|i| (0..nr).map(move |_| Some(i)))
            .collect();
        let ri: Vec<Option<u32>> = (0..nl).flat_map(|_| (0..nr).map(Some)).collect();
        return finish_join(schema, l, r, how, condition, output, li, ri);
    }
    let key = |e: &PhysExpr, b: &RecordBatch| e.eval(b).map(|a| normalize_floats(&a));
    let lk: Vec<ArrayRef> = left_keys.iter().map(|e| key(e, l)).collect::<Result<_>>()?;
    let rk: Vec<ArrayRef> = right_keys
        .iter()
        .map(|e| key(e, r))
        .collect::<Result<_>>()?;
    // Key types are aligned at plan time; build on the right (the static side).
    let fields: Vec<SortField> = lk
        .iter()
        .map(|a| SortField::new(a.data_type().clone()))
        .collect();
    let conv = RowConverter::new(fields)?;
    let lrows = conv.convert_columns(&lk)?;
    let rrows = conv.convert_columns(&rk)?;
    let has_null = |cols: &[ArrayRef], i: usize| cols.iter().any(|c| c.is_null(i));
    let mut table: rustc_hash::FxHashMap<&[u8], Vec<u32>> = rustc_hash::FxHashMap::default();
    for j in 0..r.num_rows() {
        if !has_null(&rk, j) {
            table.entry(rrows.row(j).data()).or_default().push(j as u32);
        }
    }
    let mut li: Vec<Option<u32>> = Vec::new();
    let mut ri: Vec<Option<u32>> = Vec::new();
    for i in 0..l.num_rows() {
        let matches = if has_null(&lk, i) {
            None
        } else {
            table.get(lrows.row(i).data())
        };
        if let Some(m) = matches {
            for j in m {
                li.push(Some(i as u32));
                ri.push(Some(*j));
            }
        }
    }
    finish_join(schema, l, r, how, condition, output, li, ri)
}

/// The join's rows from its candidate pairs (`li[k]` beside `ri[k]`): the extra condition
/// filters them, then the outer, semi and anti joins add or keep what they keep.
#[allow(clippy::too_many_arguments)]
fn finish_join(
    schema: &SchemaRef,
    l: &RecordBatch,
    r: &RecordBatch,
    how: JoinType,
    condition: Option<&PhysExpr>,
    output: &[JoinColumn],
    mut li: Vec<Option<u32>>,
    mut ri: Vec<Option<u32>>,
) -> Result<RecordBatch> {
    // Apply the extra condition on candidate pairs.
    if let Some(c) = condition {
        let lidx = UInt32Array::from(li.clone());
        let ridx = UInt32Array::from(ri.clone());
        let pairs = pair_batch(l, r, &lidx, &ridx)?;
        let mask = c.eval(&pairs)?;
        let mask = mask.as_boolean();
        let (mut l2, mut r2) = (Vec::new(), Vec::new());
        for k in 0..li.len() {
            if mask.is_valid(k) && mask.value(k) {
                l2.push(li[k]);
                r2.push(ri[k]);
            }
        }
        li = l2;
        ri = r2;
    }
    let matched_left: HashSet<u32> = li.iter().flatten().copied().collect();
    match how {
        JoinType::Inner | JoinType::Cross => {}
        JoinType::LeftOuter => {
            for i in 0..l.num_rows() as u32 {
                if !matched_left.contains(&i) {
                    li.push(Some(i));
                    ri.push(None);
                }
            }
            // In the left side's order, as Spark's hash join streaming the left rows.
            (li, ri) = ordered_by(li, ri, true);
        }
        JoinType::LeftSemi | JoinType::LeftAnti => {
            let want = how == JoinType::LeftSemi;
            li = (0..l.num_rows() as u32)
                .filter(|i| matched_left.contains(i) == want)
                .map(Some)
                .collect();
            ri = vec![None; li.len()];
        }
        JoinType::RightOuter | JoinType::FullOuter => {
            let matched_right: HashSet<u32> = ri.iter().flatten().copied().collect();
            if how == JoinType::FullOuter {
                for i in 0..l.num_rows() as u32 {
                    if !matched_left.contains(&i) {
                        li.push(Some(i));
                        ri.push(None);
                    }
                }
            }
            for j in 0..r.num_rows() as u32 {
                if !matched_right.contains(&j) {
                    li.push(None);
                    ri.push(Some(j));
                }
            }
            // A right outer join in the right side's order, as Spark's hash join
            // streaming the right rows.
            if how == JoinType::RightOuter {
                (li, ri) = ordered_by(li, ri, false);
            }
        }
    }
    assemble(
        schema,
        output,
        l,
        r,
        &UInt32Array::from(li),
        &UInt32Array::from(ri),
    )
}

/// The pairs sorted (stably) by their left (or right) row.
fn ordered_by(
    li: Vec<Option<u32>>,
    ri: Vec<Option<u32>>,
    left: bool,
) -> (Vec<Option<u32>>, Vec<Option<u32>>) {
    let mut pairs: Vec<(Option<u32>, Option<u32>)> = li.into_iter().zip(ri).collect();
    pairs.sort_by_key(|(l, r)| if left { *l } else { *r });
    pairs.into_iter().unzip()
}

/// The rows `lidx` of `l` beside the rows `ridx` of `r`, as one batch `[left..., right...]`
/// (a NULL index gives NULLs): what a join condition is evaluated on.
pub(super) fn pair_batch(
    l: &RecordBatch,
    r: &RecordBatch,
    lidx: &UInt32Array,
    ridx: &UInt32Array,
) -> Result<RecordBatch> {
    let mut cols: Vec<ArrayRef> = l
        .columns()
        .iter()
        .map(|c| take(c.as_ref(), lidx, None))
        .collect::<std::result::Result<_, _>>()?;
    cols.extend(
        r.columns()
            .iter()
            .map(|c| take(c.as_ref(), ridx, None))
            .collect::<std::result::Result<Vec<_>, _>>()?,
    );
    let mut fields: Vec<Field> = l
        .schema()
        .fields()
        .iter()
        .map(|f| f.as_ref().clone().with_nullable(true))
        .collect();
    fields.extend(
        r.schema()
            .fields()
            .iter()
            .map(|f| f.as_ref().clone().with_nullable(true)),
    );
    let pair_schema = Arc::new(arrow_schema::Schema::new(fields));
    with_schema(&pair_schema, cols, lidx.len())
}

/// The join's output rows: for each pair, the output columns taken from row `lidx[k]`
/// of `l` and row `ridx[k]` of `r` (NULL indices give NULLs; a USING key takes the left
/// value, or the right one when the left is NULL).
pub(super) fn assemble(
    schema: &SchemaRef,
    output: &[JoinColumn],
    l: &RecordBatch,
    r: &RecordBatch,
    lidx: &UInt32Array,
    ridx: &UInt32Array,
) -> Result<RecordBatch> {
    let mut cols = Vec::with_capacity(output.len());
    for c in output {
        cols.push(match c {
            JoinColumn::Left(i) => take(l.column(*i).as_ref(), lidx, None)?,
            JoinColumn::Right(i) => take(r.column(*i).as_ref(), ridx, None)?,
            JoinColumn::Using(a, b) => {
                let lv = take(l.column(*a).as_ref(), lidx, None)?;
                let rv = take(r.column(*b).as_ref(), ridx, None)?;
                let rv = if rv.data_type() != lv.data_type() {
                    crate::expr::cast::cast_array(&rv, lv.data_type(), false)?
                } else {
                    rv
                };
                let mask = arrow_arith::boolean::is_not_null(&lv)?;
                arrow_select::zip::zip(&mask, &lv, &rv)?
            }
        });
    }
    let cols = retype(schema, cols)?;
    with_schema(schema, cols, lidx.len())
}
