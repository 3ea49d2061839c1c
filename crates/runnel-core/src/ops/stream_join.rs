//! Joins of two streams: Spark's `StreamingSymmetricHashJoinExec`. Each side keeps its
//! rows in state; a batch first joins the left side's new rows with the right side's
//! state, stores them, then joins the right side's new rows with the left state (now
//! holding this batch's left rows too) and stores those. The watermark then evicts
//! state rows that no future row can match (the rules of
//! [`crate::planner::stream_join`]); an outer join emits each evicted row that never
//! matched with NULLs on the other side.

use arrow_array::cast::AsArray;
use arrow_array::types::TimestampMicrosecondType;
use arrow_array::*;
use arrow_row::{RowConverter, SortField};
use arrow_schema::SchemaRef;
use arrow_select::concat::concat_batches;
use arrow_select::filter::filter_record_batch;
use rustc_hash::FxHashMap;

use super::join::{assemble, pair_batch};
use super::{BatchContext, Operator};
use crate::error::{Result, RunnelError};
use crate::expr::PhysExpr;
use crate::logical::plan::{JoinColumn, JoinType, Node, Plan};
use crate::mode::OutputMode;
use crate::ops::grouping::{StateStats, normalize_floats};
use crate::planner::stream_join::{Eviction, JoinAnalysis, analyse};
use crate::state::{StateChange, StateRows};
use crate::types;

const LEFT: usize = 0;
const RIGHT: usize = 1;

/// One side's state: its rows, whether each has matched, and a sequence number per row
/// (its key in the checkpoint).
struct SideState {
    rows: RecordBatch,
    matched: Vec<bool>,
    seqs: Vec<u64>,
    next_seq: u64,
    /// Encodes whole rows for the checkpoint.
    codec: RowConverter,
}

/// Spark's `StreamingSymmetricHashJoinExec`.
pub struct SymmetricHashJoin {
    id: usize,
    inputs: [Box<dyn Operator>; 2],
    how: JoinType,
    keys: [Vec<PhysExpr>; 2],
    analysis: JoinAnalysis,
    output: Vec<JoinColumn>,
    schema: SchemaRef,
    input_schemas: [SchemaRef; 2],
    state: Option<[SideState; 2]>,
    changes: Option<Vec<StateChange>>,
}

impl SymmetricHashJoin {
    pub(super) fn new(plan: &Plan, left: Box<dyn Operator>, right: Box<dyn Operator>) -> Self {
        let Node::Join {
            left: lp,
            right: rp,
            how,
            left_keys,
            right_keys,
            condition,
            output,
        } = &plan.node
        else {
            unreachable!("SymmetricHashJoin::new on a plan that is not a join")
        };
        let analysis = analyse(
            &lp.schema,
            &rp.schema,
            left_keys,
            right_keys,
            condition.as_ref(),
        );
        SymmetricHashJoin {
            id: plan.id,
            inputs: [left, right],
            how: *how,
            keys: [left_keys.clone(), right_keys.clone()],
            analysis,
            output: output.clone(),
            schema: plan.schema.clone(),
            input_schemas: [lp.schema.clone(), rp.schema.clone()],
            state: None,
            changes: None,
        }
    }

    fn state_schema(&self) -> String {
        let side = |s: &SchemaRef| {
            s.fields()
                .iter()
                .map(|f| types::simple_string(f.data_type()))
                .collect::<Vec<_>>()
                .join(",")
        };
        format!(
            "join {} left=[{}] right=[{}]",
            self.how.spark_name(),
            side(&self.input_schemas[LEFT]),
            side(&self.input_schemas[RIGHT])
        )
    }

    fn make_state(&self, cx: &mut BatchContext) -> Result<[SideState; 2]> {
        let entries = cx.restore_state(self.id, self.state_schema())?;
        let mut sides = Vec::new();
        for s in [LEFT, RIGHT] {
            let schema = &self.input_schemas[s];
            let codec = RowConverter::new(
                schema
                    .fields()
                    .iter()
                    .map(|f| SortField::new(f.data_type().clone()))
                    .collect(),
            )?;
            let mut mine: Vec<(u64, bool, &[u8])> = Vec::new();
            for (k, v) in &entries {
                if k.len() != 9 || v.is_empty() {
                    return Err(RunnelError::internal(
                        "a join state entry in the checkpoint is not a (side, sequence) key with a row",
                    ));
                }
                if k[0] as usize == s {
                    let seq = u64::from_be_bytes(k[1..9].try_into().unwrap_or_default());
                    mine.push((seq, v[0] != 0, &v[1..]));
                }
            }
            mine.sort_by_key(|m| m.0);
            let parser = codec.parser();
            let rows: Vec<_> = mine.iter().map(|m| parser.parse(m.2)).collect();
            let cols = codec.convert_rows(rows)?;
            let rows = super::with_schema(schema, super::retype(schema, cols)?, mine.len())?;
            sides.push(SideState {
                rows,
                matched: mine.iter().map(|m| m.1).collect(),
                seqs: mine.iter().map(|m| m.0).collect(),
                next_seq: mine.last().map_or(0, |m| m.0 + 1),
                codec,
            });
        }
        let right = sides.pop();
        let left = sides.pop();
        match (left, right) {
            (Some(l), Some(r)) => Ok([l, r]),
            _ => crate::internal_err!("join state for two sides"),
        }
    }

    /// The key bytes of each row of `b` for side `s` (None when the row never matches).
    fn key_rows(&self, s: usize, b: &RecordBatch) -> Result<Vec<Option<Vec<u8>>>> {
        let cols: Vec<ArrayRef> = self.keys[s]
            .iter()
            .map(|e| e.eval(b).map(|a| normalize_floats(&a)))
            .collect::<Result<_>>()?;
        if cols.is_empty() {
            return Ok(vec![Some(Vec::new()); b.num_rows()]);
        }
        let conv = RowConverter::new(
            cols.iter()
                .map(|a| SortField::new(a.data_type().clone()))
                .collect(),
        )?;
        let rows = conv.convert_columns(&cols)?;
        // Spark compares key rows as bytes, so a NULL key meets a NULL key; only a full
        // outer join lets such rows reach the operator (the optimizer drops them on
        // every side whose unmatched rows are not kept).
        let nulls_meet = self.how == JoinType::FullOuter;
        Ok((0..b.num_rows())
            .map(|i| {
                if !nulls_meet && cols.iter().any(|c| c.is_null(i)) {
                    None
                } else {
                    Some(rows.row(i).data().to_vec())
                }
            })
            .collect())
    }

    /// The rows of `b` that pass `pred` (all when None); a NULL result fails.
    fn passes(pred: Option<&PhysExpr>, b: &RecordBatch) -> Result<Vec<bool>> {
        let Some(p) = pred else {
            return Ok(vec![true; b.num_rows()]);
        };
        let m = p.eval(b)?;
        let m = m
            .as_boolean_opt()
            .ok_or_else(|| RunnelError::internal("a join condition did not give a boolean"))?;
        Ok((0..b.num_rows())
            .map(|i| m.is_valid(i) && m.value(i))
            .collect())
    }

    /// Event times (µs) of the rows of `b` at `col` (a window's end for a window struct).
    fn times(col: &ArrayRef, window: bool) -> Result<Vec<Option<i64>>> {
        let a = if window {
            let s = col
                .as_struct_opt()
                .ok_or_else(|| RunnelError::internal("a window event time that is not a struct"))?;
            let end = s.column(1).clone();
            let nulls = s.nulls().cloned();
            let ts = super::timestamps(&end)?.clone();
            (0..ts.len())
                .map(|i| {
                    if nulls.as_ref().is_some_and(|n| n.is_null(i)) || ts.is_null(i) {
                        None
                    } else {
                        Some(ts.value(i))
                    }
                })
                .collect()
        } else {
            let ts = col
                .as_primitive_opt::<TimestampMicrosecondType>()
                .ok_or_else(|| RunnelError::internal("an event time that is not a timestamp"))?;
            ts.iter().collect()
        };
        Ok(a)
    }

    /// Which rows of side `s`'s `rows` the watermark evicts.
    fn evicted(&self, s: usize, rows: &RecordBatch, wm_ms: Option<i64>) -> Result<Vec<bool>> {
        let n = rows.num_rows();
        let Some(wm) = wm_ms else {
            return Ok(vec![false; n]);
        };
        let ev = &self.analysis.sides[s].eviction;
        let (col, window) = match ev {
            Eviction::Never => return Ok(vec![false; n]),
            Eviction::Key { ordinal, window } => (self.keys[s][*ordinal].eval(rows)?, *window),
            Eviction::Value { column, window, .. } => (rows.column(*column).clone(), *window),
        };
        let Some(limit) = ev.state_watermark(wm) else {
            return Ok(vec![false; n]);
        };
        let limit_us = limit.saturating_mul(1000);
        Ok(Self::times(&col, window)?
            .into_iter()
            .map(|t| t.is_some_and(|t| t <= limit_us))
            .collect())
    }

    fn late(&self, s: usize, b: &RecordBatch, late_ms: Option<i64>) -> Result<Vec<bool>> {
        let n = b.num_rows();
        match (self.analysis.sides[s].event_time, late_ms) {
            (Some((c, window)), Some(w)) => {
                let w_us = w.saturating_mul(1000);
                Ok(Self::times(b.column(c), window)?
                    .into_iter()
                    .map(|t| t.is_some_and(|t| t <= w_us))
                    .collect())
            }
            _ => Ok(vec![false; n]),
        }
    }

    fn outer(&self, s: usize) -> bool {
        matches!(
            (self.how, s),
            (JoinType::LeftOuter, LEFT) | (JoinType::RightOuter, RIGHT) | (JoinType::FullOuter, _)
        )
    }

    fn encode(&self, side: &SideState, s: usize, rows: &[usize]) -> Result<Vec<StateChange>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let enc = side.codec.convert_columns(side.rows.columns())?;
        Ok(rows
            .iter()
            .map(|&i| {
                let mut k = vec![s as u8];
                k.extend_from_slice(&side.seqs[i].to_be_bytes());
                let mut v = vec![side.matched[i] as u8];
                v.extend_from_slice(enc.row(i).data());
                (k, Some(v))
            })
            .collect())
    }
}

/// Row `row` of side `s` in the output, with NULLs for the other side.
fn null_padded(s: usize, row: usize, out_l: &mut Vec<Option<u32>>, out_r: &mut Vec<Option<u32>>) {
    let row = Some(row as u32);
    if s == LEFT {
        out_l.push(row);
        out_r.push(None);
    } else {
        out_l.push(None);
        out_r.push(row);
    }
}

/// `a` followed by `b` (same schema).
fn append(a: &RecordBatch, b: &RecordBatch) -> Result<RecordBatch> {
    if a.num_rows() == 0 {
        return Ok(b.clone());
    }
    if b.num_rows() == 0 {
        return Ok(a.clone());
    }
    Ok(concat_batches(&a.schema(), [a, b])?)
}

impl Operator for SymmetricHashJoin {
    fn describe(&self) -> String {
        let keys = |v: &[PhysExpr]| {
            v.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut s = format!(
            "StreamingSymmetricHashJoin [{}], [{}], {}",
            keys(&self.keys[LEFT]),
            keys(&self.keys[RIGHT]),
            self.how.spark_name()
        );
        let cond: Vec<String> = [
            self.analysis.left_only.as_ref(),
            self.analysis.right_only.as_ref(),
            self.analysis.both.as_ref(),
        ]
        .iter()
        .map(|c| c.map_or("None".to_string(), |c| c.to_string()))
        .collect();
        s.push_str(&format!(
            ", condition = [ leftOnly = {}, rightOnly = {}, both = {} ]",
            cond[0], cond[1], cond[2]
        ));
        s
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.inputs[LEFT].as_ref(), self.inputs[RIGHT].as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        let [l, r] = &mut self.inputs;
        vec![l.as_mut(), r.as_mut()]
    }
    fn state_node(&self) -> Option<usize> {
        Some(self.id)
    }
    fn take_changes(&mut self) -> StateRows {
        self.changes
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
            .into_iter()
            .collect()
    }
    fn entries(&self) -> StateRows {
        let mut rows = StateRows::new();
        let Some(state) = &self.state else {
            return rows;
        };
        for s in [LEFT, RIGHT] {
            let all: Vec<usize> = (0..state[s].rows.num_rows()).collect();
            if let Ok(v) = self.encode(&state[s], s, &all) {
                for (k, v) in v {
                    if let Some(v) = v {
                        rows.push(&k, Some(&v));
                    }
                }
            }
        }
        rows
    }
    fn shifts_watermark(&self) -> bool {
        true
    }
    fn output_watermark(&self, input_ms: i64) -> Option<i64> {
        let sides = if self.how == JoinType::LeftSemi {
            // Spark 4.3: a left semi join passes a watermark up only when its output (the
            // left side's columns) has an event-time column; else the operators above it
            // have none (no eviction, and no batch without data for them).
            if !self
                .schema
                .fields()
                .iter()
                .any(|f| crate::types::watermark_delay(f).is_some())
            {
                return None;
            }
            &self.analysis.sides[..1]
        } else {
            &self.analysis.sides[..]
        };
        let w: Vec<i64> = sides
            .iter()
            .filter_map(|s| match s.eviction {
                Eviction::Never => None,
                _ => s.eviction.state_watermark(input_ms),
            })
            .collect();
        Some(w.into_iter().min().unwrap_or(input_ms))
    }

    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let lb = self.inputs[LEFT].execute(cx)?;
        let rb = self.inputs[RIGHT].execute(cx)?;
        if cx.mode == OutputMode::Batch {
            crate::internal_err!("a stream-stream join in a batch query");
        }
        let (wm, late_wm) = cx.input_watermarks(&self.children());
        if self.state.is_none() {
            self.state = Some(self.make_state(cx)?);
            self.changes = cx.track_state.then(Vec::new);
        }
        let Some(mut state) = self.state.take() else {
            crate::internal_err!("join without state");
        };
        let result = self.run(cx, &mut state, lb, rb, wm, late_wm);
        self.state = Some(state);
        result
    }
}

impl SymmetricHashJoin {
    #[allow(clippy::too_many_arguments)]
    fn run(
        &mut self,
        cx: &mut BatchContext,
        state: &mut [SideState; 2],
        lb: RecordBatch,
        rb: RecordBatch,
        wm: Option<i64>,
        late_wm: Option<i64>,
    ) -> Result<RecordBatch> {
        let semi = self.how == JoinType::LeftSemi;
        let mut stats = StateStats::default();
        // Late rows never reach the join.
        let mut news = Vec::with_capacity(2);
        for (s, b) in [(LEFT, lb), (RIGHT, rb)] {
            let late = self.late(s, &b, late_wm)?;
            let dropped = late.iter().filter(|x| **x).count();
            stats.num_rows_dropped_by_watermark += dropped as i64;
            news.push(if dropped > 0 {
                filter_record_batch(
                    &b,
                    &BooleanArray::from(late.iter().map(|x| !x).collect::<Vec<_>>()),
                )?
            } else {
                b
            });
        }
        let pre = [
            Self::passes(self.analysis.left_only.as_ref(), &news[LEFT])?,
            Self::passes(self.analysis.right_only.as_ref(), &news[RIGHT])?,
        ];
        // All rows of each side: the state's, then this batch's.
        let old_n = [state[LEFT].rows.num_rows(), state[RIGHT].rows.num_rows()];
        let all = [
            append(&state[LEFT].rows, &news[LEFT])?,
            append(&state[RIGHT].rows, &news[RIGHT])?,
        ];
        let keys = [
            self.key_rows(LEFT, &all[LEFT])?,
            self.key_rows(RIGHT, &all[RIGHT])?,
        ];
        let mut matched = [state[LEFT].matched.clone(), state[RIGHT].matched.clone()];
        matched[LEFT].resize(all[LEFT].num_rows(), false);
        matched[RIGHT].resize(all[RIGHT].num_rows(), false);
        // Which rows of `all` are (or go) in the state.
        let mut stored = [
            vec![true; all[LEFT].num_rows()],
            vec![true; all[RIGHT].num_rows()],
        ];
        let (mut out_l, mut out_r): (Vec<Option<u32>>, Vec<Option<u32>>) = (Vec::new(), Vec::new());

        // Spark 4.3's left semi join reads the right side first (SPARK-55973).
        let order = if semi { [RIGHT, LEFT] } else { [LEFT, RIGHT] };
        let mut removed_on_match = 0i64;
        for (pass, s) in order.into_iter().enumerate() {
            let o = 1 - s;
            if semi && s == LEFT {
                // A right row the watermark evicts in this batch is not kept for the left rows.
                let ev = self.evicted(RIGHT, &all[RIGHT], wm)?;
                for i in old_n[RIGHT]..all[RIGHT].num_rows() {
                    if ev[i] {
                        stored[RIGHT][i] = false;
                    }
                }
            }
            // The other side's state rows by key: in the first pass, from earlier batches;
            // in the second, this batch's stored rows too.
            let mut index: FxHashMap<&[u8], Vec<u32>> = FxHashMap::default();
            let upto = if pass == 0 {
                old_n[o]
            } else {
                all[o].num_rows()
            };
            for j in 0..upto {
                if stored[o][j]
                    && let Some(k) = &keys[o][j]
                {
                    index.entry(k.as_slice()).or_default().push(j as u32);
                }
            }
            // Candidate pairs (this side's new row, other side's state row).
            let (mut cand_this, mut cand_other) = (Vec::new(), Vec::new());
            for (i, passes) in pre[s].iter().enumerate() {
                let row = old_n[s] + i;
                if !passes {
                    stored[s][row] = false;
                    if self.outer(s) {
                        null_padded(s, row, &mut out_l, &mut out_r);
                    }
                    continue;
                }
                if let Some(k) = &keys[s][row]
                    && let Some(m) = index.get(k.as_slice())
                {
                    for j in m {
                        cand_this.push(row as u32);
                        cand_other.push(*j);
                    }
                }
            }
            let (li, ri) = if s == LEFT {
                (UInt32Array::from(cand_this), UInt32Array::from(cand_other))
            } else {
                (UInt32Array::from(cand_other), UInt32Array::from(cand_this))
            };
            let ok = match &self.analysis.both {
                Some(c) if !li.is_empty() => {
                    let pairs = pair_batch(&all[LEFT], &all[RIGHT], &li, &ri)?;
                    Self::passes(Some(c), &pairs)?
                }
                _ => vec![true; li.len()],
            };
            for (k, ok) in ok.iter().enumerate() {
                if !ok {
                    continue;
                }
                let (l, r) = (li.value(k) as usize, ri.value(k) as usize);
                if semi {
                    // Each left row is emitted once, and then leaves the state (a stored
                    // row at once; a new row is never stored).
                    if !matched[LEFT][l] {
                        matched[LEFT][l] = true;
                        stored[LEFT][l] = false;
                        if l < old_n[LEFT] {
                            removed_on_match += 1;
                        }
                        out_l.push(Some(l as u32));
                        out_r.push(None);
                    }
                    continue;
                }
                matched[LEFT][l] = true;
                matched[RIGHT][r] = true;
                out_l.push(Some(l as u32));
                out_r.push(Some(r as u32));
            }
        }
        stats.num_rows_removed += removed_on_match;
        // Eviction, and the NULL-padded rows of outer joins.
        let mut gone = Vec::with_capacity(2);
        for s in [LEFT, RIGHT] {
            let ev = self.evicted(s, &all[s], wm)?;
            let mut removed = 0;
            for (i, e) in ev.iter().enumerate() {
                if *e && stored[s][i] {
                    removed += 1;
                    if self.outer(s) && !matched[s][i] {
                        null_padded(s, i, &mut out_l, &mut out_r);
                    }
                }
            }
            stats.num_rows_removed += removed;
            gone.push(ev);
        }
        let out = assemble(
            &self.schema,
            &self.output,
            &all[LEFT],
            &all[RIGHT],
            &UInt32Array::from(out_l),
            &UInt32Array::from(out_r),
        )?;
        // The new state.
        for s in [LEFT, RIGHT] {
            let keep: Vec<bool> = (0..all[s].num_rows())
                .map(|i| stored[s][i] && !gone[s][i])
                .collect();
            let side = &mut state[s];
            let mut seqs = Vec::new();
            let mut flags = Vec::new();
            let mut put = Vec::new();
            let mut deleted = Vec::new();
            for (i, k) in keep.iter().enumerate() {
                let is_new = i >= old_n[s];
                if *k {
                    let seq = if is_new {
                        side.next_seq += 1;
                        side.next_seq - 1
                    } else {
                        side.seqs[i]
                    };
                    if is_new || matched[s][i] != side.matched[i] {
                        put.push(seqs.len());
                    }
                    seqs.push(seq);
                    flags.push(matched[s][i]);
                    if is_new {
                        stats.num_rows_updated += 1;
                    }
                } else if !is_new {
                    deleted.push(side.seqs[i]);
                }
            }
            side.rows = filter_record_batch(&all[s], &BooleanArray::from(keep))?;
            side.seqs = seqs;
            side.matched = flags;
            stats.num_rows_total += side.rows.num_rows() as i64;
            stats.custom.push((
                if s == LEFT { "leftRows" } else { "rightRows" },
                side.rows.num_rows() as i64,
            ));
            if self.changes.is_some() {
                let mut ch = Vec::new();
                for q in deleted {
                    let mut k = vec![s as u8];
                    k.extend_from_slice(&q.to_be_bytes());
                    ch.push((k, None));
                }
                ch.extend(self.encode(&state[s], s, &put)?);
                if let Some(c) = self.changes.as_mut() {
                    c.extend(ch);
                }
            }
        }
        cx.state_stats.push((self.id, "symmetricHashJoin", stats));
        Ok(out)
    }
}
