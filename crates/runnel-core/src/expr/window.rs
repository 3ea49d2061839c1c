//! Window specifications (`OVER (PARTITION BY ... ORDER BY ... frame)`): the tree every
//! front end builds, the frame Spark gives a function when none is written
//! (`ResolveWindowFrame`), the SQL Spark prints for a window expression, and Spark's
//! checks of a window call (`CheckAnalysis`). The operator that runs them is
//! `ops/window_function.rs`.

use super::Expr;
use crate::error::{Result, RunnelError};
use crate::scalar::ScalarValue;

/// `OVER (...)`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WindowSpec {
    /// PARTITION BY.
    pub partition: Vec<Expr>,
    /// ORDER BY: [`Expr::Sort`] keys (a bare expression is ascending, NULLs first).
    pub order: Vec<Expr>,
    /// The frame as written, None for the function's default.
    pub frame: Option<Frame>,
    /// SQL's named window this one builds on (`OVER w`, `OVER (w ORDER BY x)`), until
    /// the query's WINDOW clause resolves it.
    pub base: Option<String>,
}

impl WindowSpec {
    /// This window on top of `base` (SQL's `OVER (w ...)`): what it leaves out comes
    /// from `base`.
    pub fn on(&self, base: &WindowSpec) -> WindowSpec {
        WindowSpec {
            partition: if self.partition.is_empty() {
                base.partition.clone()
            } else {
                self.partition.clone()
            },
            order: if self.order.is_empty() {
                base.order.clone()
            } else {
                self.order.clone()
            },
            frame: self.frame.clone().or_else(|| base.frame.clone()),
            base: None,
        }
    }
}

/// A window frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// ROWS (positions) rather than RANGE (order-key values).
    pub rows: bool,
    /// The start.
    pub lower: Bound,
    /// The end.
    pub upper: Bound,
}

/// One end of a frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Bound {
    /// UNBOUNDED PRECEDING.
    UnboundedPreceding,
    /// UNBOUNDED FOLLOWING.
    UnboundedFollowing,
    /// CURRENT ROW.
    CurrentRow,
    /// An offset: a literal (negative before the current row; `(- n)` prints as
    /// `n PRECEDING`), a number of rows or an order-key distance (an interval for a
    /// timestamp key).
    Offset(Expr),
}

/// What a window function is, for its frame and checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowKind {
    /// row_number, rank, dense_rank, percent_rank, ntile: need ORDER BY, own ROWS frame.
    Rank,
    /// cume_dist: needs ORDER BY, own RANGE frame.
    CumeDist,
    /// lag / lead: need ORDER BY, a one-row frame of their own.
    Offset,
    /// nth_value: needs ORDER BY, runs over the spec's frame.
    NthValue,
    /// An aggregate: runs over the spec's frame.
    Aggregate,
}

/// The window kind of function `name`, None for a function that cannot run over a window.
pub fn window_kind(name: &str) -> Option<WindowKind> {
    Some(match name {
        // counter_diff is Spark's AggregateWindowFunction: ordered, over its own frame
        // (ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), as row_number.
        "row_number" | "rank" | "dense_rank" | "percent_rank" | "ntile" | "counter_diff" => {
            WindowKind::Rank
        }
        "cume_dist" => WindowKind::CumeDist,
        "lag" | "lead" => WindowKind::Offset,
        "nth_value" => WindowKind::NthValue,
        n if super::functions::is_aggregate(n) => WindowKind::Aggregate,
        _ => return None,
    })
}

/// Functions that exist only over a window.
pub fn is_window_only(name: &str) -> bool {
    matches!(
        window_kind(name),
        Some(WindowKind::Rank | WindowKind::CumeDist | WindowKind::Offset | WindowKind::NthValue)
    )
}

impl Bound {
    /// An integer offset as PySpark's `rowsBetween` passes it (Spark's WindowSpec:
    /// Long.MinValue / Long.MaxValue are unbounded, 0 the current row).
    pub fn from_i64(v: i64, rows: bool) -> Bound {
        match v {
            0 => Bound::CurrentRow,
            i64::MIN => Bound::UnboundedPreceding,
            i64::MAX => Bound::UnboundedFollowing,
            // rowsBetween makes an int literal when it fits, rangeBetween a long.
            v if rows && i32::try_from(v).is_ok() => {
                Bound::Offset(Expr::Literal(ScalarValue::Int32(v as i32)))
            }
            v => Bound::Offset(Expr::Literal(ScalarValue::Int64(v))),
        }
    }

    fn sql(&self) -> String {
        match self {
            Bound::UnboundedPreceding => "UNBOUNDED PRECEDING".into(),
            Bound::UnboundedFollowing => "UNBOUNDED FOLLOWING".into(),
            Bound::CurrentRow => "CURRENT ROW".into(),
            Bound::Offset(Expr::Negative(n)) => format!("{} PRECEDING", n.sql()),
            Bound::Offset(e) => format!("{} FOLLOWING", e.sql()),
        }
    }
}

impl Frame {
    /// ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW.
    fn rows_to_current() -> Frame {
        Frame {
            rows: true,
            lower: Bound::UnboundedPreceding,
            upper: Bound::CurrentRow,
        }
    }

    /// The frame as Spark's messages print its tree node
    /// (`specifiedwindowframe(RowFrame, -1, 1)`).
    pub fn debug_string(&self) -> String {
        let b = |b: &Bound| match b {
            Bound::UnboundedPreceding => "unboundedpreceding$()".to_string(),
            Bound::UnboundedFollowing => "unboundedfollowing$()".to_string(),
            Bound::CurrentRow => "currentrow$()".to_string(),
            Bound::Offset(_) => match bound_value(b) {
                Some(v) => v.sql_name(),
                None => b.sql(),
            },
        };
        format!(
            "specifiedwindowframe({}, {}, {})",
            if self.rows { "RowFrame" } else { "RangeFrame" },
            b(&self.lower),
            b(&self.upper)
        )
    }

    /// Spark's `SpecifiedWindowFrame.sql`.
    pub fn sql(&self) -> String {
        format!(
            "{} BETWEEN {} AND {}",
            if self.rows { "ROWS" } else { "RANGE" },
            self.lower.sql(),
            self.upper.sql()
        )
    }
}

/// The frame `func` runs over in `spec` (Spark's `ResolveWindowFrame`): a ranking or
/// offset function's own, else the one written, else RANGE UNBOUNDED PRECEDING ..
/// CURRENT ROW with ORDER BY and the whole partition without.
pub fn resolved_frame(func: &Expr, spec: &WindowSpec) -> Frame {
    let (name, args) = match func {
        Expr::Function { name, args, .. } => (name.as_str(), args.as_slice()),
        _ => ("", &[][..]),
    };
    match window_kind(name) {
        Some(WindowKind::Rank) => return Frame::rows_to_current(),
        Some(WindowKind::CumeDist) => {
            return Frame {
                rows: false,
                ..Frame::rows_to_current()
            };
        }
        Some(WindowKind::Offset) => {
            let n = offset_of(args).unwrap_or(1);
            let n = if name == "lag" { -n } else { n };
            let b = Bound::Offset(Expr::Literal(ScalarValue::Int32(n as i32)));
            return Frame {
                rows: true,
                lower: b.clone(),
                upper: b,
            };
        }
        _ => {}
    }
    if let Some(f) = &spec.frame {
        return f.clone();
    }
    if spec.order.is_empty() {
        Frame {
            rows: true,
            lower: Bound::UnboundedPreceding,
            upper: Bound::UnboundedFollowing,
        }
    } else {
        Frame {
            rows: false,
            ..Frame::rows_to_current()
        }
    }
}

/// lag/lead's offset argument (its second), when it is an integer literal.
pub fn offset_of(args: &[Expr]) -> Option<i64> {
    match args.get(1) {
        None => Some(1),
        Some(Expr::Literal(ScalarValue::Int32(v))) => Some(*v as i64),
        Some(Expr::Literal(ScalarValue::Int64(v))) => Some(*v),
        Some(Expr::Negative(e)) => offset_of(&[Expr::Star(None), (**e).clone()]).map(|v| -v),
        _ => None,
    }
}

/// An ORDER BY key as written into a sort key (`ts` is `ts ASC NULLS FIRST`).
pub fn sort_key(e: &Expr) -> Expr {
    match e {
        Expr::Sort { .. } => e.clone(),
        other => Expr::Sort {
            expr: Box::new(other.clone().strip_alias()),
            asc: true,
            nulls_first: true,
        },
    }
}

/// Spark's `WindowSpecDefinition.sql` for `func` over `spec`, inside `f(...) OVER `.
pub fn spec_sql(func: &Expr, spec: &WindowSpec, sql: &dyn Fn(&Expr) -> String) -> String {
    let mut parts = Vec::new();
    if !spec.partition.is_empty() {
        let p: Vec<String> = spec.partition.iter().map(sql).collect();
        parts.push(format!("PARTITION BY {}", p.join(", ")));
    }
    if !spec.order.is_empty() {
        let o: Vec<String> = spec.order.iter().map(|e| sql(&sort_key(e))).collect();
        parts.push(format!("ORDER BY {}", o.join(", ")));
    }
    parts.push(resolved_frame(func, spec).sql());
    format!("({})", parts.join(" "))
}

/// Spark's analysis checks of `func OVER spec`, in its order; `sql` is the whole
/// expression's SQL for messages.
pub fn check(func: &Expr, spec: &WindowSpec) -> Result<()> {
    let Expr::Function {
        name,
        args,
        distinct,
    } = func
    else {
        return Err(not_window_function(func));
    };
    let Some(kind) = window_kind(name) else {
        return Err(not_window_function(func));
    };
    if let Some(base) = &spec.base {
        return Err(RunnelError::analysis(
            "MISSING_WINDOW_SPECIFICATION",
            format!(
                "Window specification is not defined in the WINDOW clause for {base}. Write the window out: OVER (PARTITION BY ... ORDER BY ...)."
            ),
        ));
    }
    if *distinct {
        return Err(RunnelError::analysis(
            "DISTINCT_WINDOW_FUNCTION_UNSUPPORTED",
            format!(
                "Distinct window functions are not supported: \"{}\". Deduplicate first (dropDuplicates), or take size(collect_set(...)) over the window.",
                Expr::Over {
                    func: Box::new(func.clone()),
                    spec: Box::new(spec.clone()),
                }
                .sql()
            ),
        ));
    }
    if kind != WindowKind::Aggregate && spec.order.is_empty() {
        return Err(RunnelError::analysis(
            "WINDOW_FUNCTION_FRAME_NOT_ORDERED",
            format!(
                "Window function {name} requires the window to be ordered. You need to add an ORDER BY clause. For example: SELECT {} OVER (PARTITION BY window_partition ORDER BY window_ordering) FROM table.",
                func.sql()
            ),
        ));
    }
    if kind == WindowKind::Offset && spec.frame.is_some() {
        return Err(RunnelError::analysis(
            "_LEGACY_ERROR_TEMP_1035",
            format!(
                "Cannot specify window frame for {name} function. Leave the frame out: {name} reads one row at its offset."
            ),
        ));
    }
    if matches!(kind, WindowKind::Rank | WindowKind::CumeDist)
        && let Some(f) = &spec.frame
        && *f != resolved_frame(func, spec)
    {
        return Err(RunnelError::analysis(
            "_LEGACY_ERROR_TEMP_1036",
            format!(
                "Window Frame {} must match the required frame {}. Leave the frame out: {name} has its own.",
                f.debug_string(),
                resolved_frame(func, spec).debug_string(),
            ),
        ));
    }
    if name == "ntile" {
        let n = match args.first() {
            Some(Expr::Literal(ScalarValue::Int32(v))) => Some(*v as i64),
            Some(Expr::Literal(ScalarValue::Int64(v))) => Some(*v),
            _ => None,
        };
        if n.is_some_and(|n| n <= 0) {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: The buckets must be between (0, {}] (current value = {}). Pass a positive number of buckets.",
                    func.sql(),
                    i32::MAX,
                    n.unwrap_or_default()
                ),
            ));
        }
    }
    if let Some(f) = &spec.frame {
        check_frame(f)?;
    }
    Ok(())
}

fn not_window_function(func: &Expr) -> RunnelError {
    RunnelError::analysis(
        "UNSUPPORTED_EXPR_FOR_WINDOW",
        format!(
            "Expression \"{}\" not supported within a window function. Use a window function (row_number, rank, lag, ...) or an aggregate over the window, and apply other functions to its result.",
            func.sql()
        ),
    )
}

/// A bound's value as a number of rows or an order-key distance (PRECEDING negative).
pub fn bound_value(b: &Bound) -> Option<ScalarValue> {
    let Bound::Offset(e) = b else { return None };
    let (e, neg) = match e {
        Expr::Negative(x) => (x.as_ref(), true),
        e => (e, false),
    };
    let Expr::Literal(v) = e else { return None };
    Some(if neg { negate(v)? } else { v.clone() })
}

fn negate(v: &ScalarValue) -> Option<ScalarValue> {
    Some(match v {
        ScalarValue::Int32(x) => ScalarValue::Int32(x.checked_neg()?),
        ScalarValue::Int64(x) => ScalarValue::Int64(x.checked_neg()?),
        ScalarValue::Float64(x) => ScalarValue::Float64(-x),
        ScalarValue::DayTime(us, a, b) => ScalarValue::DayTime(us.checked_neg()?, *a, *b),
        ScalarValue::YearMonth(m, a, b) => ScalarValue::YearMonth(m.checked_neg()?, *a, *b),
        _ => return None,
    })
}

/// Where a bound lies: -1 before the current row, 0 at it, 1 after; unbounded ends ±2.
fn position(b: &Bound) -> i8 {
    match b {
        Bound::UnboundedPreceding => -2,
        Bound::UnboundedFollowing => 2,
        Bound::CurrentRow => 0,
        Bound::Offset(_) => match bound_value(b) {
            Some(ScalarValue::Int32(v)) => v.signum() as i8,
            Some(ScalarValue::Int64(v)) => v.signum() as i8,
            Some(ScalarValue::Float64(v)) if v < 0.0 => -1,
            Some(ScalarValue::Float64(v)) if v > 0.0 => 1,
            Some(ScalarValue::DayTime(us, _, _)) => us.signum() as i8,
            Some(ScalarValue::YearMonth(m, _, _)) => m.signum() as i8,
            _ => 0,
        },
    }
}

/// Spark's checks of a written frame that need no types (SpecifiedWindowFrame's
/// `checkInputDataTypes`).
fn check_frame(f: &Frame) -> Result<()> {
    let what = f.sql();
    if matches!(f.lower, Bound::UnboundedFollowing) || matches!(f.upper, Bound::UnboundedPreceding)
    {
        let (which, bound) = if matches!(f.lower, Bound::UnboundedFollowing) {
            ("lower", "UNBOUNDED FOLLOWING")
        } else {
            ("upper", "UNBOUNDED PRECEDING")
        };
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_INVALID_BOUND",
            format!(
                "Cannot resolve \"{what}\" due to data type mismatch: Window frame {which} bound '{bound}' is not allowed. Put UNBOUNDED PRECEDING first and UNBOUNDED FOLLOWING last."
            ),
        ));
    }
    let (lo, hi) = (position(&f.lower), position(&f.upper));
    let both_values = matches!(f.lower, Bound::Offset(_)) && matches!(f.upper, Bound::Offset(_));
    let wrong = if both_values {
        match (bound_value(&f.lower), bound_value(&f.upper)) {
            (Some(a), Some(b)) => scalar_gt(&a, &b),
            _ => false,
        }
    } else {
        lo > hi
    };
    if wrong {
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON",
            format!(
                "Cannot resolve \"{what}\" due to data type mismatch: The lower bound of a window frame must be less than or equal to the upper bound. Swap the bounds."
            ),
        ));
    }
    Ok(())
}

fn scalar_gt(a: &ScalarValue, b: &ScalarValue) -> bool {
    let n = |v: &ScalarValue| -> Option<f64> {
        Some(match v {
            ScalarValue::Int32(x) => *x as f64,
            ScalarValue::Int64(x) => *x as f64,
            ScalarValue::Float64(x) => *x,
            ScalarValue::DayTime(us, _, _) => *us as f64,
            ScalarValue::YearMonth(m, _, _) => *m as f64,
            _ => return None,
        })
    };
    matches!((n(a), n(b)), (Some(x), Some(y)) if x > y)
}

// ----------------------------------------------------------------------------------
// Bound window calls: what the window operator runs.

use arrow_schema::{DataType, Schema};

use super::PhysExpr;
use super::functions::AggCall;
use crate::types;

/// A frame end, bound: a number of rows, or an order-key distance in the key's units
/// (days for a DATE, microseconds for a TIMESTAMP, the unscaled value for a DECIMAL).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FrameEnd {
    /// UNBOUNDED PRECEDING / FOLLOWING.
    Unbounded,
    /// CURRENT ROW (a ROWS frame: the row; RANGE: its peers).
    Current,
    /// ROWS: this many rows away (negative before).
    Rows(i64),
    /// RANGE over an integer-like key: the key plus this.
    RangeInt(i128),
    /// RANGE over a floating-point key: the key plus this.
    RangeFloat(f64),
}

/// A frame, bound.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundFrame {
    /// ROWS rather than RANGE.
    pub rows: bool,
    /// Start.
    pub lower: FrameEnd,
    /// End.
    pub upper: FrameEnd,
}

/// What a bound window call computes.
#[derive(Debug, Clone)]
pub enum WindowFunc {
    /// row_number()
    RowNumber,
    /// rank()
    Rank,
    /// dense_rank()
    DenseRank,
    /// percent_rank()
    PercentRank,
    /// cume_dist()
    CumeDist,
    /// ntile(n)
    Ntile(i64),
    /// lag / lead: the value `offset` rows away (negative before), else `default`.
    Offset {
        /// The value.
        input: PhysExpr,
        /// Rows away, negative before.
        offset: i64,
        /// Where there is no such row (of the input's type).
        default: PhysExpr,
        /// Count only rows whose value is not NULL.
        ignore_nulls: bool,
    },
    /// nth_value(x, n): the n-th row of the frame (1-based).
    NthValue {
        /// The value.
        input: PhysExpr,
        /// Which row.
        n: i64,
        /// Count only rows whose value is not NULL.
        ignore_nulls: bool,
    },
    /// counter_diff(value[, start]): the value minus the last non-NULL value before it,
    /// NULL at a reset (the value fell, or the start time rose).
    CounterDiff {
        /// The cumulative counter (numeric).
        input: PhysExpr,
        /// When the counter was last set to zero (a timestamp).
        start: Option<PhysExpr>,
    },
    /// An aggregate over the frame.
    Agg(AggCall),
}

/// One window function of a window operator.
#[derive(Debug, Clone)]
pub struct WindowCall {
    /// What it computes.
    pub func: WindowFunc,
    /// Over which rows.
    pub frame: BoundFrame,
    /// Result type.
    pub ty: DataType,
}

impl WindowCall {
    /// Whether the result may be NULL (Spark's `nullable`): the ranking functions never
    /// are; lag/lead only when their input or default may be; an aggregate as itself.
    pub fn nullable(&self) -> bool {
        match &self.func {
            WindowFunc::RowNumber
            | WindowFunc::Rank
            | WindowFunc::DenseRank
            | WindowFunc::PercentRank
            | WindowFunc::CumeDist
            | WindowFunc::Ntile(_) => false,
            WindowFunc::Offset { input, default, .. } => input.nullable() || default.nullable(),
            WindowFunc::Agg(call) => call.nullable(),
            _ => true,
        }
    }
}

fn int_literal(e: &Expr) -> Option<i64> {
    match e {
        Expr::Literal(ScalarValue::Int32(v)) => Some(*v as i64),
        Expr::Literal(ScalarValue::Int64(v)) => Some(*v),
        Expr::Negative(x) => int_literal(x).map(|v| -v),
        _ => None,
    }
}

fn bool_literal(e: Option<&Expr>) -> bool {
    matches!(e, Some(Expr::Literal(ScalarValue::Boolean(true))))
}

/// Binds `func OVER spec` over `schema` (after [`check`]); `order_types` are the types
/// of the ORDER BY keys. SQL's `lag(x) IGNORE NULLS` arrives as a fourth argument `true`.
pub fn bind_call(
    func: &Expr,
    spec: &WindowSpec,
    schema: &Schema,
    order_types: &[DataType],
) -> Result<WindowCall> {
    let Expr::Function {
        name,
        args,
        distinct,
    } = func
    else {
        return Err(not_window_function(func));
    };
    let frame = bind_frame(func, spec, order_types)?;
    let sql = func.sql();
    let bind = |e: &Expr| super::bind_expr(e, schema);
    let arity = |min, max| super::functions::arity(name, args.len(), min, max);
    let (f, ty) = match name.as_str() {
        "row_number" => {
            arity(0, 0)?;
            (WindowFunc::RowNumber, DataType::Int32)
        }
        "rank" => (WindowFunc::Rank, DataType::Int32),
        "dense_rank" => (WindowFunc::DenseRank, DataType::Int32),
        "percent_rank" => (WindowFunc::PercentRank, DataType::Float64),
        "cume_dist" => (WindowFunc::CumeDist, DataType::Float64),
        "ntile" => {
            arity(1, 1)?;
            let n = int_literal(&args[0]).ok_or_else(|| {
                RunnelError::analysis(
                    "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                    format!(
                        "Cannot resolve \"{sql}\" due to data type mismatch: the input `buckets` should be a foldable \"INT\" expression. Pass an integer literal."
                    ),
                )
            })?;
            (WindowFunc::Ntile(n), DataType::Int32)
        }
        "lag" | "lead" => {
            arity(1, 4)?;
            let ignore_nulls = bool_literal(args.get(3));
            let input = bind(&args[0])?;
            let ty = input.data_type();
            let offset = match args.get(1) {
                None => 1,
                Some(e) => int_literal(e).ok_or_else(|| {
                    RunnelError::analysis(
                        "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                        format!(
                            "Cannot resolve \"{sql}\" due to data type mismatch: the input `offset` should be a foldable \"INT\" expression. Pass an integer literal."
                        ),
                    )
                })?,
            };
            let default = match args.get(2) {
                None => PhysExpr::Literal(ScalarValue::Null(ty.clone())),
                Some(e) => super::coerce::coerce_to(bind(e)?, &ty, &sql)?,
            };
            let offset = if name == "lag" { -offset } else { offset };
            (
                WindowFunc::Offset {
                    input,
                    offset,
                    default,
                    ignore_nulls,
                },
                ty,
            )
        }
        "counter_diff" => {
            arity(1, 2)?;
            let input = bind(&args[0])?;
            let ty = input.data_type();
            let mismatch = |which: &str, want: &str, e: &Expr, t: &DataType| {
                RunnelError::analysis(
                    "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                    format!(
                        "Cannot resolve \"{sql}\" due to data type mismatch: The {which} parameter requires the {want} type, however \"{}\" has the type \"{}\". Cast it to that type.",
                        e.sql(),
                        crate::types::sql_name(t)
                    ),
                )
            };
            if !crate::types::is_numeric(&ty) {
                return Err(mismatch("first", "\"NUMERIC\"", &args[0], &ty));
            }
            let start = match args.get(1) {
                None | Some(Expr::Literal(ScalarValue::Null(_))) => None,
                Some(e) => {
                    let s = bind(e)?;
                    if !matches!(s.data_type(), DataType::Timestamp(..)) {
                        return Err(mismatch(
                            "second",
                            "(\"TIMESTAMP\" or \"TIMESTAMP_NTZ\")",
                            e,
                            &s.data_type(),
                        ));
                    }
                    Some(s)
                }
            };
            (WindowFunc::CounterDiff { input, start }, ty)
        }
        "nth_value" => {
            arity(2, 3)?;
            let input = bind(&args[0])?;
            let ty = input.data_type();
            let n = int_literal(&args[1]).filter(|n| *n > 0).ok_or_else(|| {
                RunnelError::analysis(
                    "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                    format!(
                        "Cannot resolve \"{sql}\" due to data type mismatch: The `offset` must be a positive integer literal. Pass 1 for the first row."
                    ),
                )
            })?;
            (
                WindowFunc::NthValue {
                    input,
                    n,
                    ignore_nulls: bool_literal(args.get(2)),
                },
                ty,
            )
        }
        _ => {
            let bound: Vec<PhysExpr> = args
                .iter()
                .map(|a| match a {
                    Expr::Star(None) => Ok(PhysExpr::Literal(ScalarValue::Int32(1))),
                    a => bind(a),
                })
                .collect::<Result<_>>()?;
            let bound = if name == "count"
                && matches!(args.first(), Some(Expr::Star(None) | Expr::Literal(_)))
            {
                vec![]
            } else {
                bound
            };
            let call = AggCall::bind(name, bound, *distinct, &sql)?;
            let ty = call.ty.clone();
            (WindowFunc::Agg(call), ty)
        }
    };
    Ok(WindowCall { func: f, frame, ty })
}

/// The spec's SQL for messages (`(PARTITION BY k ORDER BY ts ASC NULLS FIRST RANGE ...)`).
fn spec_text(func: &Expr, spec: &WindowSpec) -> String {
    spec_sql(func, spec, &|e: &Expr| e.sql())
}

/// Binds the frame `func` runs over, with Spark's type checks of RANGE offsets
/// (`WindowSpecDefinition.checkInputDataTypes`).
fn bind_frame(func: &Expr, spec: &WindowSpec, order_types: &[DataType]) -> Result<BoundFrame> {
    let f = resolved_frame(func, spec);
    let has_value = matches!(f.lower, Bound::Offset(_)) || matches!(f.upper, Bound::Offset(_));
    let mismatch = |sub: &str, msg: String| {
        RunnelError::analysis(
            &format!("DATATYPE_MISMATCH.{sub}"),
            format!(
                "Cannot resolve \"{}\" due to data type mismatch: {msg}",
                spec_text(func, spec)
            ),
        )
    };
    if !f.rows && has_value {
        if spec.order.is_empty() {
            return Err(mismatch(
                "RANGE_FRAME_WITHOUT_ORDER",
                "A range window frame cannot be used in an unordered window specification. Add ORDER BY, or use rowsBetween.".into(),
            ));
        }
        if spec.order.len() > 1 {
            let keys: Vec<String> = spec.order.iter().map(|e| sort_key(e).sql()).collect();
            return Err(mismatch(
                "RANGE_FRAME_MULTI_ORDER",
                format!(
                    "A range window frame with value boundaries cannot be used in a window specification with multiple order by expressions: {}. Order by one key, or use rowsBetween.",
                    keys.join(",")
                ),
            ));
        }
    }
    let key = order_types.first().cloned().unwrap_or(DataType::Null);
    let end = |b: &Bound, which: &str| -> Result<FrameEnd> {
        Ok(match b {
            Bound::UnboundedPreceding | Bound::UnboundedFollowing => FrameEnd::Unbounded,
            Bound::CurrentRow => FrameEnd::Current,
            Bound::Offset(_) => {
                let v = bound_value(b).ok_or_else(|| {
                    RunnelError::not_supported(format!(
                        "the frame bound {} (Runnel takes literal offsets)",
                        b.sql()
                    ))
                })?;
                if f.rows {
                    match v {
                        ScalarValue::Int32(n) => FrameEnd::Rows(n as i64),
                        ScalarValue::Int64(n) => FrameEnd::Rows(n),
                        other => {
                            return Err(mismatch(
                                "SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE",
                                format!(
                                    "The data type of the {which} bound \"{}\" does not match the expected data type \"INT\". Pass a number of rows.",
                                    types::sql_name(&other.data_type())
                                ),
                            ));
                        }
                    }
                } else {
                    range_end(&v, &key, which, &f.sql(), &mismatch)?
                }
            }
        })
    };
    Ok(BoundFrame {
        rows: f.rows,
        lower: end(&f.lower, "lower")?,
        upper: end(&f.upper, "upper")?,
    })
}

/// A RANGE offset over an order key of type `key` (Spark's `isValidFrameType`: a number
/// of the key's own type, INT days over a DATE, an interval over a TIMESTAMP).
fn range_end(
    v: &ScalarValue,
    key: &DataType,
    which: &str,
    frame_sql: &str,
    mismatch: &dyn Fn(&str, String) -> RunnelError,
) -> Result<FrameEnd> {
    let invalid = |vt: &DataType| {
        mismatch(
            "RANGE_FRAME_INVALID_TYPE",
            format!(
                "The data type \"{}\" used in the order specification does not support the data type \"{}\" which is used in the range frame. Use a number over a numeric key, INT days over a DATE, an interval over a TIMESTAMP.",
                types::sql_name(key),
                types::sql_name(vt)
            ),
        )
    };
    let int = match v {
        ScalarValue::Int32(n) => Some(*n as i64),
        ScalarValue::Int64(n) => Some(*n),
        _ => None,
    };
    Ok(match key {
        DataType::Int8 | DataType::Int16 | DataType::Int32 | DataType::Int64 => match int {
            Some(n) => FrameEnd::RangeInt(n as i128),
            None => return Err(invalid(&v.data_type())),
        },
        DataType::Float32 | DataType::Float64 => match (int, v) {
            (Some(n), _) => FrameEnd::RangeFloat(n as f64),
            (None, ScalarValue::Float64(x)) => FrameEnd::RangeFloat(*x),
            _ => return Err(invalid(&v.data_type())),
        },
        DataType::Decimal128(_, s) => match (int, v) {
            (Some(n), _) => FrameEnd::RangeInt(n as i128 * 10i128.pow(*s as u32)),
            (None, ScalarValue::Decimal128(x, _, vs)) if vs <= s => {
                FrameEnd::RangeInt(x * 10i128.pow((*s - *vs) as u32))
            }
            _ => return Err(invalid(&v.data_type())),
        },
        // A DATE takes INT days (rangeBetween's longs are refused, as Spark does).
        DataType::Date32 => match v {
            ScalarValue::Int32(n) => FrameEnd::RangeInt(*n as i128),
            ScalarValue::YearMonth(..) => {
                return Err(RunnelError::not_supported(
                    "a year-month interval as a RANGE offset (months differ in length); use INT days over a DATE",
                ));
            }
            other => return Err(invalid(&other.data_type())),
        },
        DataType::Timestamp(..) => match v {
            ScalarValue::DayTime(us, _, _) => FrameEnd::RangeInt(*us as i128),
            ScalarValue::YearMonth(..) => {
                return Err(RunnelError::not_supported(
                    "a year-month interval as a RANGE offset over a timestamp (months differ in length); use a day-time interval",
                ));
            }
            other => return Err(invalid(&other.data_type())),
        },
        DataType::Null => FrameEnd::RangeInt(int.unwrap_or(0) as i128),
        // Spark casts the offset to the key's type first, then finds it is no number.
        other => {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE",
                format!(
                    "Cannot resolve \"{frame_sql}\" due to data type mismatch: The data type of the {which} bound \"{}\" does not match the expected data type (\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\"). Order a RANGE frame by a number, a date or a timestamp.",
                    types::sql_name(other)
                ),
            ));
        }
    })
}
