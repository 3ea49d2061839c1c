//! What a stream–stream join needs to know before it runs (Spark's
//! `StreamingJoinHelper` and `StreamingSymmetricHashJoinHelper`): the join condition
//! split by the side it reads, each side's event-time column, and the rule by which
//! each side's state rows leave the store as the watermark moves.

use arrow_schema::{DataType, Schema};

use crate::expr::{BinaryOp, PhysExpr};
use crate::scalar::ScalarValue;
use crate::types;

/// How one side's state rows are evicted.
#[derive(Clone, Debug, PartialEq)]
pub enum Eviction {
    /// They stay: the side has no watermark, or the condition bounds nothing.
    Never,
    /// Join key `ordinal` is an event time (or a window, `window`): a row goes when
    /// that key's time (the window's end) is at or below the watermark.
    Key {
        /// Which equi-join key.
        ordinal: usize,
        /// The key is a window struct.
        window: bool,
    },
    /// The side's event-time column `column` (a window's end when `window`) is at or
    /// below the state watermark: the smallest of `watermark + offset` over the
    /// condition's bounds (a non-strict bound one millisecond lower).
    Value {
        /// The side's event-time column.
        column: usize,
        /// That column is a window struct.
        window: bool,
        /// The condition's lower bounds on the side's time.
        bounds: Vec<Bound>,
    },
}

impl Eviction {
    /// The state watermark (ms) for a global watermark `wm` (ms), for value rules.
    pub fn state_watermark(&self, wm: i64) -> Option<i64> {
        match self {
            Eviction::Value { bounds, .. } => bounds
                .iter()
                .map(|b| {
                    let x = b.offset + if b.relative { wm as f64 * 1000.0 } else { 0.0 };
                    // Spark: `(x / 1000.0).toLong`, toward zero.
                    let v = (x / 1000.0) as i64;
                    if b.strict { v } else { v - 1 }
                })
                .min(),
            Eviction::Key { .. } => Some(wm),
            Eviction::Never => None,
        }
    }
}

/// One input of the join.
#[derive(Clone, Debug)]
pub struct Side {
    /// The input's event-time column (with a watermark), and whether it is a window struct.
    pub event_time: Option<(usize, bool)>,
    /// How its state rows leave.
    pub eviction: Eviction,
    /// The condition bounds this side's time from below by the other side's watermark
    /// (Spark's state value watermark exists, whether or not this side has an event time).
    pub bounded: bool,
}

impl JoinAnalysis {
    /// True when the join keys include a column with a watermark.
    pub fn watermark_in_keys(&self) -> bool {
        matches!(self.sides[0].eviction, Eviction::Key { .. })
    }
}

/// The analysis of a stream–stream join.
#[derive(Clone, Debug)]
pub struct JoinAnalysis {
    /// Conjuncts that read only the left input (bound to it).
    pub left_only: Option<PhysExpr>,
    /// Conjuncts that read only the right input (bound to it).
    pub right_only: Option<PhysExpr>,
    /// The rest, over `[left..., right...]`.
    pub both: Option<PhysExpr>,
    /// Left and right.
    pub sides: [Side; 2],
}

use super::constraints::conjuncts;
use super::optimize::and_all;

/// A conjunct over the right input's columns of `[left..., right...]`, bound to the right input.
fn shift(p: &PhysExpr, nl: usize, right: &Schema) -> Option<PhysExpr> {
    crate::expr::phys::substitute(p, &|i| {
        let j = i.checked_sub(nl)?;
        Some(PhysExpr::Column {
            index: j,
            field: std::sync::Arc::new(right.field(j).clone()),
        })
    })
}

/// The event-time column of an input: the first with a watermark delay.
fn event_time(schema: &Schema) -> Option<(usize, bool)> {
    schema.fields().iter().enumerate().find_map(|(i, f)| {
        types::watermark_delay(f).map(|_| (i, matches!(f.data_type(), DataType::Struct(_))))
    })
}

fn has_watermark(e: &PhysExpr) -> Option<bool> {
    match e {
        PhysExpr::Column { field, .. } if types::watermark_delay(field).is_some() => {
            Some(matches!(field.data_type(), DataType::Struct(_)))
        }
        _ => None,
    }
}

/// A linear term of a time expression: a column (with its sign) or a constant (µs).
enum Term {
    Col(usize, i64),
    Const(f64),
}

fn numeric_or_time(t: &DataType) -> bool {
    t.is_numeric() || matches!(t, DataType::Timestamp(..))
}

/// The terms of `e` (times `sign`), as Spark's `collectTerms` reads them: sums and
/// differences of columns, interval and timestamp literals (µs) and numbers (taken as
/// seconds), through casts; None for anything else.
fn terms(e: &PhysExpr, sign: i64, out: &mut Vec<Term>) -> bool {
    let s = sign as f64;
    match e {
        PhysExpr::Column { index, field } => {
            if !numeric_or_time(field.data_type()) {
                return false;
            }
            out.push(Term::Col(*index, sign));
            true
        }
        PhysExpr::Literal(v) => {
            let us = match v {
                ScalarValue::DayTime(v, _, _) | ScalarValue::Timestamp(v) => *v as f64,
                ScalarValue::Int32(v) => *v as f64 * 1e6,
                ScalarValue::Int64(v) => *v as f64 * 1e6,
                ScalarValue::Float64(v) => *v * 1e6,
                ScalarValue::Decimal128(v, _, scale) => *v as f64 / 10f64.powi(*scale as i32) * 1e6,
                _ => return false,
            };
            out.push(Term::Const(us * s));
            true
        }
        PhysExpr::Binary {
            op: BinaryOp::Plus,
            left,
            right,
            ..
        } => terms(left, sign, out) && terms(right, sign, out),
        PhysExpr::Binary {
            op: BinaryOp::Minus,
            left,
            right,
            ..
        } => terms(left, sign, out) && terms(right, -sign, out),
        PhysExpr::Negative(x) => terms(x, -sign, out),
        PhysExpr::Cast { expr, to, .. } if numeric_or_time(to) => terms(expr, sign, out),
        _ => false,
    }
}

/// One lower bound on a side's time: `offset` µs, plus the watermark when `relative`;
/// a non-strict bound gives a state watermark one millisecond lower.
#[derive(Clone, Debug, PartialEq)]
pub struct Bound {
    /// µs.
    pub offset: f64,
    /// Add the watermark (µs) to the offset.
    pub relative: bool,
    /// `>` rather than `>=`.
    pub strict: bool,
}

/// For one conjunct, the bound it puts on this side's time once the other side's
/// event time is replaced by the watermark (Spark's `getStateWatermarkFromLessThenPredicate`).
fn bound(p: &PhysExpr, this: &dyn Fn(usize) -> bool, other_time: Option<usize>) -> Option<Bound> {
    let PhysExpr::Binary {
        op, left, right, ..
    } = p
    else {
        return None;
    };
    // As `a < b` (or `a <= b`).
    let (a, b, strict) = match op {
        BinaryOp::Lt => (left, right, true),
        BinaryOp::LtEq => (left, right, false),
        BinaryOp::Gt => (right, left, true),
        BinaryOp::GtEq => (right, left, false),
        _ => return None,
    };
    // a - b < 0
    let mut t = Vec::new();
    if !(terms(a, 1, &mut t) && terms(b, -1, &mut t)) {
        return None;
    }
    let (mut mine, mut theirs, mut c) = (Vec::new(), Vec::new(), 0f64);
    for x in t {
        match x {
            Term::Col(i, s) if this(i) => mine.push((i, s)),
            Term::Col(i, s) => theirs.push((i, s)),
            Term::Const(v) => c += v,
        }
    }
    if mine.len() != 1 || theirs.len() > 1 {
        return None;
    }
    // -mine + (theirs) + c < 0  →  mine > theirs + c: a lower bound on this side's time.
    if mine[0].1 != -1 {
        return None;
    }
    let relative = match theirs.first() {
        None => false,
        // Only the other side's event time can be replaced by the watermark.
        Some((i, s)) if Some(*i) == other_time => {
            if *s != 1 {
                return None;
            }
            true
        }
        Some(_) => return None,
    };
    Some(Bound {
        offset: c,
        relative,
        strict,
    })
}

/// Analyses a stream–stream join: `left`/`right` are the inputs' schemas, the keys and
/// condition as the logical join holds them.
pub fn analyse(
    left: &Schema,
    right: &Schema,
    left_keys: &[PhysExpr],
    right_keys: &[PhysExpr],
    condition: Option<&PhysExpr>,
) -> JoinAnalysis {
    let nl = left.fields().len();
    let mut parts = Vec::new();
    if let Some(c) = condition {
        conjuncts(c, &mut parts);
    }
    let (mut lo, mut ro, mut both) = (Vec::new(), Vec::new(), Vec::new());
    for p in &parts {
        let mut refs = Vec::new();
        crate::expr::phys::references(p, &mut refs);
        let det = crate::planner::optimize::deterministic(p);
        if det && refs.iter().all(|i| *i < nl) {
            lo.push(p.clone());
        } else if det
            && refs.iter().all(|i| *i >= nl)
            && let Some(s) = shift(p, nl, right)
        {
            ro.push(s);
        } else {
            both.push(p.clone());
        }
    }
    // A join key with a watermark: both sides evict by that key.
    let key_wm = left_keys
        .iter()
        .zip(right_keys)
        .enumerate()
        .find_map(|(i, (l, r))| has_watermark(l).or(has_watermark(r)).map(|w| (i, w)));
    let (le, re) = (event_time(left), event_time(right));
    let side = |ev: Option<(usize, bool)>, this_left: bool| -> Side {
        let this = |i: usize| if this_left { i < nl } else { i >= nl };
        // The other side's event time, as an index into `[left..., right...]`.
        let other_time = if this_left {
            re.map(|(c, _)| nl + c)
        } else {
            le.map(|(c, _)| c)
        };
        // Spark's `getStateValueWatermark`: the condition's lower bounds on this side's
        // time, from the other side's watermark (none when the other side has none).
        let bounds: Vec<Bound> = if other_time.is_some() {
            parts
                .iter()
                .filter_map(|p| bound(p, &this, other_time))
                .collect()
        } else {
            Vec::new()
        };
        let eviction = match (key_wm, ev) {
            (Some((ordinal, window)), _) => Eviction::Key { ordinal, window },
            (None, Some((column, window))) if !bounds.is_empty() => Eviction::Value {
                column,
                window,
                bounds: bounds.clone(),
            },
            _ => Eviction::Never,
        };
        Side {
            event_time: ev,
            eviction,
            bounded: !bounds.is_empty(),
        }
    };
    JoinAnalysis {
        left_only: and_all(lo),
        right_only: and_all(ro),
        both: and_all(both),
        sides: [side(le, true), side(re, false)],
    }
}
