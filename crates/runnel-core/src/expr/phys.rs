//! [`PhysExpr`]: an expression resolved against a schema — columns by position, types
//! known, functions bound to their kernels — ready to run over batches (`eval.rs`).

use std::fmt;
use std::sync::Arc;

use arrow_array::ArrayRef;
use arrow_schema::{DataType, Field, FieldRef};
use regex::Regex;

use super::BinaryOp;
use crate::error::Result;
use crate::scalar::ScalarValue;

/// A resolved, typed expression, ready to run over batches of one schema.
#[derive(Debug, Clone)]
pub enum PhysExpr {
    /// Input column by index.
    Column {
        /// Position in the input.
        index: usize,
        /// The input field (name, type, event-time metadata).
        field: FieldRef,
    },
    /// A literal.
    Literal(ScalarValue),
    /// Binary operator on operands already cast to a common type.
    Binary {
        /// Operator.
        op: BinaryOp,
        /// Left operand.
        left: Box<PhysExpr>,
        /// Right operand.
        right: Box<PhysExpr>,
        /// Result type.
        ty: DataType,
    },
    /// `NOT`.
    Not(Box<PhysExpr>),
    /// Unary minus.
    Negative(Box<PhysExpr>),
    /// `IS NULL` (false) / `IS NOT NULL` (true).
    IsNull(Box<PhysExpr>, bool),
    /// `IN` list.
    InList {
        /// Value.
        expr: Box<PhysExpr>,
        /// Candidates, cast to the value's type.
        list: Vec<PhysExpr>,
        /// NOT IN.
        negated: bool,
    },
    /// Pattern match with a compiled regular expression.
    Like {
        /// Value.
        expr: Box<PhysExpr>,
        /// Compiled pattern (from a literal).
        regex: Arc<Regex>,
        /// NOT.
        negated: bool,
        /// The SQL LIKE pattern, for a case-sensitive LIKE (lets a source filter on it).
        like: Option<String>,
    },
    /// CASE WHEN.
    Case {
        /// WHEN/THEN pairs, THEN values cast to `ty`.
        branches: Vec<(PhysExpr, PhysExpr)>,
        /// ELSE, cast to `ty`.
        otherwise: Option<Box<PhysExpr>>,
        /// Result type.
        ty: DataType,
    },
    /// CAST with Spark's ANSI rules.
    Cast {
        /// Value.
        expr: Box<PhysExpr>,
        /// Target.
        to: DataType,
        /// NULL instead of an error.
        try_: bool,
    },
    /// A scalar function.
    Scalar {
        /// Which function.
        func: Kernel,
        /// Arguments, already coerced.
        args: Vec<PhysExpr>,
        /// Result type.
        ty: DataType,
    },
    /// A field of a struct.
    Field {
        /// The struct.
        expr: Box<PhysExpr>,
        /// Field position.
        index: usize,
        /// The field.
        field: FieldRef,
    },
    /// An element of an array, 0-based; `ansi` raises INVALID_ARRAY_INDEX when out of bounds.
    Index {
        /// The array.
        expr: Box<PhysExpr>,
        /// The index.
        index: Box<PhysExpr>,
        /// Raise on a bad index (`arr[i]`) or return NULL (`get`).
        ansi: bool,
        /// 1-based (`element_at`).
        one_based: bool,
    },
}

impl PhysExpr {
    /// Calls `f` with the index of every input column the expression reads.
    pub fn for_each_column(&self, f: &mut dyn FnMut(usize)) {
        self.for_each_node(&mut |e| {
            if let PhysExpr::Column { index, .. } = e {
                f(*index);
            }
        });
    }

    /// Evaluates an expression that reads no column over one row of no columns (Spark's
    /// OneRowRelation): a constant's value.
    pub fn eval_constant(&self) -> Result<ArrayRef> {
        let one = arrow_array::RecordBatch::try_new_with_options(
            Arc::new(arrow_schema::Schema::empty()),
            vec![],
            &arrow_array::RecordBatchOptions::new().with_row_count(Some(1)),
        )?;
        self.eval(&one)
    }

    /// Same input, same result: no non-deterministic function (`rand`) anywhere inside.
    pub fn is_deterministic(&self) -> bool {
        let mut det = true;
        self.for_each_node(&mut |e| {
            if let PhysExpr::Scalar { func, .. } = e {
                det &= func.props.deterministic;
            }
        });
        det
    }

    /// Calls `f` on this expression and every sub-expression.
    pub fn for_each_node(&self, f: &mut dyn FnMut(&PhysExpr)) {
        f(self);
        match self {
            PhysExpr::Column { .. } | PhysExpr::Literal(_) => {}
            PhysExpr::Binary { left, right, .. } => {
                left.for_each_node(f);
                right.for_each_node(f);
            }
            PhysExpr::Not(e)
            | PhysExpr::Negative(e)
            | PhysExpr::IsNull(e, _)
            | PhysExpr::Like { expr: e, .. }
            | PhysExpr::Cast { expr: e, .. }
            | PhysExpr::Field { expr: e, .. } => e.for_each_node(f),
            PhysExpr::InList { expr, list, .. } => {
                expr.for_each_node(f);
                list.iter().for_each(|x| x.for_each_node(f));
            }
            PhysExpr::Case {
                branches,
                otherwise,
                ..
            } => {
                for (w, t) in branches {
                    w.for_each_node(f);
                    t.for_each_node(f);
                }
                if let Some(o) = otherwise {
                    o.for_each_node(f);
                }
            }
            PhysExpr::Scalar { args, .. } => args.iter().for_each(|x| x.for_each_node(f)),
            PhysExpr::Index { expr, index, .. } => {
                expr.for_each_node(f);
                index.for_each_node(f);
            }
        }
    }

    /// The result type.
    pub fn data_type(&self) -> DataType {
        match self {
            PhysExpr::Column { field, .. } => field.data_type().clone(),
            PhysExpr::Literal(v) => v.data_type(),
            PhysExpr::Binary { ty, .. }
            | PhysExpr::Case { ty, .. }
            | PhysExpr::Scalar { ty, .. } => ty.clone(),
            PhysExpr::Not(_)
            | PhysExpr::IsNull(..)
            | PhysExpr::InList { .. }
            | PhysExpr::Like { .. } => DataType::Boolean,
            PhysExpr::Negative(e) => e.data_type(),
            PhysExpr::Cast { to, .. } => to.clone(),
            PhysExpr::Field { field, .. } => field.data_type().clone(),
            PhysExpr::Index { expr, .. } => match expr.data_type() {
                DataType::List(f) => f.data_type().clone(),
                DataType::Map(f, _) => match f.data_type() {
                    DataType::Struct(kv) if kv.len() == 2 => kv[1].data_type().clone(),
                    _ => DataType::Null,
                },
                _ => DataType::Null,
            },
        }
    }

    /// Whether the result may be NULL (Spark's `nullable`).
    pub fn nullable(&self) -> bool {
        match self {
            PhysExpr::Literal(v) => v.is_null(),
            PhysExpr::IsNull(..) => false,
            PhysExpr::Column { field, .. } => field.is_nullable(),
            // `<=>` is never NULL; Spark's divisions are always nullable (DivModLike).
            PhysExpr::Binary {
                op: BinaryOp::EqNullSafe,
                ..
            } => false,
            PhysExpr::Binary {
                op: BinaryOp::Divide | BinaryOp::Modulo | BinaryOp::IntDivide,
                ..
            } => true,
            PhysExpr::Binary { left, right, .. } => left.nullable() || right.nullable(),
            PhysExpr::Not(e) | PhysExpr::Negative(e) | PhysExpr::Like { expr: e, .. } => {
                e.nullable()
            }
            PhysExpr::InList { expr, list, .. } => {
                expr.nullable() || list.iter().any(|x| x.nullable())
            }
            PhysExpr::Case {
                branches,
                otherwise,
                ..
            } => {
                branches.iter().any(|(_, v)| v.nullable())
                    || otherwise.as_ref().is_none_or(|o| o.nullable())
            }
            PhysExpr::Cast { expr, to, try_ } => {
                super::cast::cast_nullable(&expr.data_type(), to, expr.nullable(), *try_)
            }
            PhysExpr::Field { expr, field, .. } => expr.nullable() || field.is_nullable(),
            PhysExpr::Index {
                expr,
                index,
                ansi,
                one_based,
            } => index_nullable(expr, index, *ansi, *one_based),
            PhysExpr::Scalar { func, args, .. } => match func.props.nulls {
                Nulls::AnyArg => args.iter().any(|a| a.nullable()),
                Nulls::Always => true,
                Nulls::Never => false,
                Nulls::FirstArg => args.first().is_some_and(|a| a.nullable()),
                Nulls::AllArgs => args.iter().all(|a| a.nullable()),
                Nulls::Args(which) => which
                    .iter()
                    .any(|&i| args.get(i).is_some_and(|a| a.nullable())),
            },
        }
    }

    /// The input field when this is a plain column reference (keeps event-time metadata).
    pub fn as_column(&self) -> Option<&FieldRef> {
        match self {
            PhysExpr::Column { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// Spark's nullability of an array element read (`GetArrayItemUtil.computeNullabilityFromArray`
/// for `arr[i]`, `element_at`, `get`; a map lookup may always be NULL): a literal index into
/// an `array(...)` call is that element's nullability (past its end: NULL unless the read
/// fails instead); a computed index under ANSI, whether the array holds NULLs; a NULL
/// array, NULL.
fn index_nullable(array: &PhysExpr, index: &PhysExpr, fails: bool, one_based: bool) -> bool {
    let contains_null = match array.data_type() {
        DataType::List(f) => f.is_nullable(),
        _ => return true,
    };
    if array.nullable() {
        return true;
    }
    let ordinal = match index {
        PhysExpr::Literal(ScalarValue::Int32(i)) => *i as i64,
        PhysExpr::Literal(ScalarValue::Int64(i)) => *i,
        PhysExpr::Literal(_) => return true,
        _ => return !fails || contains_null,
    };
    let elements: Vec<bool> = match array {
        PhysExpr::Scalar { func, args, .. } if func.name == "array" => {
            args.iter().map(|a| a.nullable()).collect()
        }
        _ => return true,
    };
    let n = elements.len() as i64;
    let at = if one_based {
        match ordinal {
            0 => return false,
            o if o.unsigned_abs() > n as u64 => return !fails,
            o if o < 0 => n + o,
            o => o - 1,
        }
    } else if (0..n).contains(&ordinal) {
        ordinal
    } else {
        return !fails;
    };
    usize::try_from(at)
        .ok()
        .and_then(|at| elements.get(at).copied())
        .unwrap_or(true)
}

/// When a function's result is NULL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Nulls {
    /// When any argument may be NULL (the usual case).
    #[default]
    AnyArg,
    /// It may be NULL whatever the arguments (parsing, `nullif`).
    Always,
    /// Never.
    Never,
    /// When the first argument may be.
    FirstArg,
    /// Only when every argument may be (`coalesce`).
    AllArgs,
    /// When one of these arguments may be (`array_repeat`'s count, `zip_with`'s two
    /// arrays): Spark's `nullable` of a function that ignores its other arguments'.
    Args(&'static [usize]),
}

/// What the optimizer may know of a bound function.
#[derive(Debug, Clone, Copy)]
pub struct Props {
    /// Nullability.
    pub nulls: Nulls,
    /// A NULL argument gives a NULL result (lets the optimizer infer `IS NOT NULL`).
    pub null_intolerant: bool,
    /// Same arguments, same result (false for `current_timestamp`).
    pub deterministic: bool,
}

impl Default for Props {
    fn default() -> Self {
        Props {
            nulls: Nulls::AnyArg,
            null_intolerant: false,
            deterministic: true,
        }
    }
}

/// The rows where a lazy function reads its next argument, from the arguments before it
/// and the row count (`Kernel::reads_next`).
pub type ReadsNext = fn(&[ArrayRef], usize) -> arrow_array::BooleanArray;

/// Evaluates a bound function over its argument arrays (`n` rows) into `ty`.
pub type KernelFn = dyn Fn(&[ArrayRef], &DataType, usize) -> Result<ArrayRef> + Send + Sync;

/// A bound scalar function: what to run, and what the optimizer may know of it.
#[derive(Clone)]
pub struct Kernel {
    /// Spark's name.
    pub name: &'static str,
    /// The call as written (with its literal arguments): two kernels with the same
    /// text over the same input are the same function.
    pub sql: Arc<str>,
    /// Properties.
    pub props: Props,
    /// Constant folding may evaluate it when its arguments are constants (false for a
    /// higher-order function whose lambda reads its parameters: Spark's
    /// NamedLambdaVariable is not foldable).
    pub foldable: bool,
    /// For a function that reads an argument only where the ones before it ask for it
    /// (Spark's `coalesce`, `nanvl`): given the arguments evaluated so far, the rows
    /// where the next one is read. An error of a later argument counts only there.
    pub reads_next: Option<ReadsNext>,
    f: Arc<KernelFn>,
}

impl Kernel {
    /// A kernel named `name` for the call `sql`.
    pub fn new(
        name: &'static str,
        sql: &str,
        props: Props,
        f: impl Fn(&[ArrayRef], &DataType, usize) -> Result<ArrayRef> + Send + Sync + 'static,
    ) -> Self {
        Kernel {
            name,
            sql: Arc::from(sql),
            props,
            foldable: true,
            reads_next: None,
            f: Arc::new(f),
        }
    }

    /// The same kernel, reading each argument after the first only where `rows` says.
    pub fn reading_next_where(mut self, rows: ReadsNext) -> Self {
        self.reads_next = Some(rows);
        self
    }

    /// The same kernel, never folded to a constant.
    pub fn not_foldable(mut self) -> Self {
        self.foldable = false;
        self
    }

    /// Runs the function.
    pub fn eval(&self, args: &[ArrayRef], ty: &DataType, n: usize) -> Result<ArrayRef> {
        crate::types::conform((self.f)(args, ty, n)?, ty)
    }
}

impl fmt::Debug for Kernel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.name, self.sql)
    }
}

/// An interval expression's own fields (`interval day to hour`): a literal's, a column's,
/// the wider of both sides of `+`/`-`, a negation's or `abs`'s operand's.
pub(crate) fn interval_fields_of(e: &PhysExpr) -> Option<(u8, u8)> {
    match e {
        PhysExpr::Literal(
            ScalarValue::DayTime(_, start, end) | ScalarValue::YearMonth(_, start, end),
        ) => Some((*start, *end)),
        PhysExpr::Column { field, .. } => crate::types::interval_fields(field),
        PhysExpr::Negative(x) => interval_fields_of(x),
        // date - date is Spark's `interval day`.
        PhysExpr::Scalar { func, .. } if func.name == "subtract_dates" => Some((0, 0)),
        PhysExpr::Scalar { func, args, .. } if func.name == "abs" => {
            args.first().and_then(interval_fields_of)
        }
        PhysExpr::Binary {
            op: super::BinaryOp::Plus | super::BinaryOp::Minus,
            left,
            right,
            ty: DataType::Duration(_) | DataType::Interval(_),
        } => {
            let (a, b) = (interval_fields_of(left)?, interval_fields_of(right)?);
            Some((a.0.min(b.0), a.1.max(b.1)))
        }
        _ => None,
    }
}

/// A field for the output of `e` named `name` (keeps event-time metadata of plain column references).
pub fn output_field(e: &PhysExpr, name: &str) -> Field {
    if !matches!(e, PhysExpr::Column { .. } | PhysExpr::Literal(_))
        && let Some((start, end)) = interval_fields_of(e)
    {
        return crate::types::with_interval_fields(
            &Field::new(name, e.data_type(), e.nullable()),
            start,
            end,
        );
    }
    match e {
        PhysExpr::Column { field, .. } => field.as_ref().clone().with_name(name),
        // A day-time interval literal keeps its fields (`interval hour`).
        PhysExpr::Literal(
            ScalarValue::DayTime(_, start, end) | ScalarValue::YearMonth(_, start, end),
        ) => crate::types::with_interval_fields(
            &Field::new(name, e.data_type(), e.nullable()),
            *start,
            *end,
        ),
        _ => Field::new(name, e.data_type(), e.nullable()),
    }
}

impl std::fmt::Display for PhysExpr {
    /// The bound expression as `explain()` prints it: columns by name, Spark's SQL
    /// shapes for operators.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |v: &[PhysExpr]| {
            v.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            PhysExpr::Column { field, .. } => write!(f, "{}", field.name()),
            PhysExpr::Literal(v) => write!(f, "{}", v.sql_name()),
            PhysExpr::Binary {
                op, left, right, ..
            } => {
                write!(f, "({left} {} {right})", op.symbol())
            }
            PhysExpr::Not(e) => write!(f, "NOT {e}"),
            PhysExpr::Negative(e) => write!(f, "-{e}"),
            PhysExpr::IsNull(e, false) => write!(f, "isnull({e})"),
            PhysExpr::IsNull(e, true) => write!(f, "isnotnull({e})"),
            PhysExpr::InList {
                expr,
                list: l,
                negated,
            } => {
                write!(
                    f,
                    "{}{expr} IN ({})",
                    if *negated { "NOT " } else { "" },
                    list(l)
                )
            }
            PhysExpr::Like {
                expr,
                regex,
                negated,
                ..
            } => {
                write!(
                    f,
                    "{}RLIKE({expr}, {})",
                    if *negated { "NOT " } else { "" },
                    regex.as_str()
                )
            }
            PhysExpr::Case {
                branches,
                otherwise,
                ..
            } => {
                write!(f, "CASE")?;
                for (w, t) in branches {
                    write!(f, " WHEN {w} THEN {t}")?;
                }
                if let Some(o) = otherwise {
                    write!(f, " ELSE {o}")?;
                }
                write!(f, " END")
            }
            PhysExpr::Cast { expr, to, try_ } => write!(
                f,
                "{}({expr} AS {})",
                if *try_ { "try_cast" } else { "cast" },
                crate::types::simple_string(to)
            ),
            PhysExpr::Scalar { func, args, .. } => write!(f, "{}({})", func.name, list(args)),
            PhysExpr::Field { expr, field, .. } => write!(f, "{expr}.{}", field.name()),
            PhysExpr::Index { expr, index, .. } => write!(f, "{expr}[{index}]"),
        }
    }
}

/// Column indices an expression reads.
pub fn references(p: &PhysExpr, out: &mut Vec<usize>) {
    match p {
        PhysExpr::Column { index, .. } => out.push(*index),
        PhysExpr::Literal(_) => {}
        PhysExpr::Binary { left, right, .. } => {
            references(left, out);
            references(right, out);
        }
        PhysExpr::Not(e)
        | PhysExpr::Negative(e)
        | PhysExpr::IsNull(e, _)
        | PhysExpr::Like { expr: e, .. } => references(e, out),
        PhysExpr::Cast { expr, .. } | PhysExpr::Field { expr, .. } => references(expr, out),
        PhysExpr::InList { expr, list, .. } => {
            references(expr, out);
            list.iter().for_each(|x| references(x, out));
        }
        PhysExpr::Case {
            branches,
            otherwise,
            ..
        } => {
            for (w, t) in branches {
                references(w, out);
                references(t, out);
            }
            if let Some(o) = otherwise {
                references(o, out);
            }
        }
        PhysExpr::Scalar { args, .. } => args.iter().for_each(|x| references(x, out)),
        PhysExpr::Index { expr, index, .. } => {
            references(expr, out);
            references(index, out);
        }
    }
}

/// Replaces every column reference by `map(index)`; None if one cannot be mapped.
pub(crate) fn substitute(
    p: &PhysExpr,
    map: &dyn Fn(usize) -> Option<PhysExpr>,
) -> Option<PhysExpr> {
    let s = |e: &PhysExpr| substitute(e, map).map(Box::new);
    Some(match p {
        PhysExpr::Column { index, .. } => map(*index)?,
        PhysExpr::Literal(v) => PhysExpr::Literal(v.clone()),
        PhysExpr::Binary {
            op,
            left,
            right,
            ty,
        } => PhysExpr::Binary {
            op: *op,
            left: s(left)?,
            right: s(right)?,
            ty: ty.clone(),
        },
        PhysExpr::Not(e) => PhysExpr::Not(s(e)?),
        PhysExpr::Negative(e) => PhysExpr::Negative(s(e)?),
        PhysExpr::IsNull(e, n) => PhysExpr::IsNull(s(e)?, *n),
        PhysExpr::InList {
            expr,
            list,
            negated,
        } => PhysExpr::InList {
            expr: s(expr)?,
            list: list
                .iter()
                .map(|x| substitute(x, map))
                .collect::<Option<_>>()?,
            negated: *negated,
        },
        PhysExpr::Like {
            expr,
            regex,
            negated,
            like,
        } => PhysExpr::Like {
            expr: s(expr)?,
            regex: regex.clone(),
            negated: *negated,
            like: like.clone(),
        },
        PhysExpr::Case {
            branches,
            otherwise,
            ty,
        } => PhysExpr::Case {
            branches: branches
                .iter()
                .map(|(w, t)| Some((substitute(w, map)?, substitute(t, map)?)))
                .collect::<Option<_>>()?,
            otherwise: match otherwise {
                Some(o) => Some(s(o)?),
                None => None,
            },
            ty: ty.clone(),
        },
        PhysExpr::Cast { expr, to, try_ } => PhysExpr::Cast {
            expr: s(expr)?,
            to: to.clone(),
            try_: *try_,
        },
        PhysExpr::Scalar { func, args, ty } => PhysExpr::Scalar {
            func: func.clone(),
            args: args
                .iter()
                .map(|x| substitute(x, map))
                .collect::<Option<_>>()?,
            ty: ty.clone(),
        },
        PhysExpr::Field { expr, index, field } => PhysExpr::Field {
            expr: s(expr)?,
            index: *index,
            field: field.clone(),
        },
        PhysExpr::Index {
            expr,
            index,
            ansi,
            one_based,
        } => PhysExpr::Index {
            expr: s(expr)?,
            index: s(index)?,
            ansi: *ansi,
            one_based: *one_based,
        },
    })
}
