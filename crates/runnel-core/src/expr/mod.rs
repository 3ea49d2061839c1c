//! Expressions. [`Expr`] is what the user wrote (with the Column API or in a SQL
//! string, both build the same tree); [`bind`] resolves names and types against a
//! schema into a [`PhysExpr`], which [`PhysExpr::eval`] runs over a `RecordBatch`.

pub mod bind;
pub mod cast;
pub mod coerce;
pub mod decimal;
pub mod eval;
pub mod functions;
pub mod phys;
pub mod sql;
pub mod window;

use arrow_schema::{DataType, Schema};

use crate::error::Result;
use crate::scalar::ScalarValue;
use crate::types;

pub use bind::{PhysExpr, bind_expr};

/// A binary operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Multiply,
    /// `/` (always fractional in Spark)
    Divide,
    /// `%`
    Modulo,
    /// `div` (integral division)
    IntDivide,
    /// `=`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtEq,
    /// `>`
    Gt,
    /// `>=`
    GtEq,
    /// `<=>` (null-safe equality)
    EqNullSafe,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// `||` (string concatenation)
    Concat,
}

impl BinaryOp {
    /// The operator as Spark prints it.
    pub fn symbol(&self) -> &'static str {
        match self {
            BinaryOp::Plus => "+",
            BinaryOp::Minus => "-",
            BinaryOp::Multiply => "*",
            BinaryOp::Divide => "/",
            BinaryOp::Modulo => "%",
            BinaryOp::IntDivide => "div",
            BinaryOp::Eq => "=",
            BinaryOp::NotEq => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::LtEq => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::GtEq => ">=",
            BinaryOp::EqNullSafe => "<=>",
            BinaryOp::And => "AND",
            BinaryOp::Or => "OR",
            BinaryOp::Concat => "||",
        }
    }

    /// True for comparisons.
    pub fn is_comparison(&self) -> bool {
        matches!(
            self,
            BinaryOp::Eq
                | BinaryOp::NotEq
                | BinaryOp::Lt
                | BinaryOp::LtEq
                | BinaryOp::Gt
                | BinaryOp::GtEq
                | BinaryOp::EqNullSafe
        )
    }
}

/// An expression as written, before names and types are resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A column by name; `a.b` reaches into struct `a`.
    Column(String),
    /// The input's column at a position, with its name: what `*` expands to where two
    /// columns share a name (a join of a table with itself), as Spark's star expands to
    /// attributes rather than names.
    ColumnAt(usize, String),
    /// `df.name` / `df["name"]`: a column by name, taken from the DataFrame of plan id
    /// `.0`. It binds as its name does; where a join made two columns of that name, to
    /// the one of that DataFrame's side (Spark resolves it by the plan it came from).
    ColumnFrom(usize, String),
    /// A column taken from a DataFrame where it carries no event-time mark
    /// (`events.timestamp` with `events` read before `withWatermark`): Spark resolves
    /// it to the attribute without the watermark, so what is built on it (a window, a
    /// grouping key) has none either.
    Unmarked(Box<Expr>),
    /// A literal.
    Literal(ScalarValue),
    /// `expr AS name`.
    Alias(Box<Expr>, String),
    /// `generator AS (a, b)` / `Column.alias("a", "b")`: a name for each column a
    /// generator makes (Spark's MultiAlias); refused around anything else.
    MultiAlias(Box<Expr>, Vec<String>),
    /// `left op right`.
    Binary(Box<Expr>, BinaryOp, Box<Expr>),
    /// `NOT e`.
    Not(Box<Expr>),
    /// `- e`.
    Negative(Box<Expr>),
    /// `e IS NULL`.
    IsNull(Box<Expr>),
    /// `e IS NOT NULL`.
    IsNotNull(Box<Expr>),
    /// `e [NOT] IN (list)`.
    InList {
        /// The value.
        expr: Box<Expr>,
        /// The candidates.
        list: Vec<Expr>,
        /// NOT IN.
        negated: bool,
    },
    /// `e [NOT] LIKE pattern`, also `ILIKE` and `RLIKE`.
    Like {
        /// The value.
        expr: Box<Expr>,
        /// The pattern.
        pattern: Box<Expr>,
        /// NOT LIKE.
        negated: bool,
        /// What kind of match.
        kind: LikeKind,
    },
    /// `CASE [operand] WHEN .. THEN .. ELSE .. END`, also `when().otherwise()`.
    Case {
        /// `CASE x WHEN 1 ...` form.
        operand: Option<Box<Expr>>,
        /// WHEN/THEN pairs.
        branches: Vec<(Expr, Expr)>,
        /// ELSE.
        otherwise: Option<Box<Expr>>,
    },
    /// `CAST(e AS type)`; `try_` for `try_cast`.
    Cast {
        /// The value.
        expr: Box<Expr>,
        /// The target type.
        to: DataType,
        /// NULL instead of an error on bad input.
        try_: bool,
    },
    /// A function call by Spark's name (scalar, aggregate or generator).
    Function {
        /// Lower-case function name.
        name: String,
        /// Arguments.
        args: Vec<Expr>,
        /// `count(DISTINCT x)`.
        distinct: bool,
    },
    /// `struct.field`.
    Field(Box<Expr>, String),
    /// `array[i]` / `map[key]` (`getItem`).
    Index(Box<Expr>, Box<Expr>),
    /// `*` or `t.*`.
    Star(Option<String>),
    /// A lambda `(x, y) -> body`: an argument of a higher-order function (`transform`).
    Lambda {
        /// The parameters' names, unique within the enclosing lambdas.
        params: Vec<String>,
        /// The body, where the parameters are [`Expr::LambdaVar`]s.
        body: Box<Expr>,
    },
    /// A lambda's parameter inside its body.
    LambdaVar(String),
    /// `func OVER (spec)`: a window function, or an aggregate over a window.
    Over {
        /// The function.
        func: Box<Expr>,
        /// The window.
        spec: Box<window::WindowSpec>,
    },
    /// A sort key (only inside `orderBy`).
    Sort {
        /// The key.
        expr: Box<Expr>,
        /// Ascending.
        asc: bool,
        /// Nulls first.
        nulls_first: bool,
    },
}

/// The flavour of a pattern match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LikeKind {
    /// SQL LIKE.
    Like,
    /// Case-insensitive LIKE.
    ILike,
    /// Java regular expression (`rlike`).
    RLike,
}

/// `col(name)`: `*` and `t.*` are stars, as Spark's `Column(name)` makes them.
pub fn col(name: &str) -> Expr {
    if name == "*" {
        return Expr::Star(None);
    }
    match name.strip_suffix(".*") {
        Some(prefix) if !prefix.is_empty() && !prefix.ends_with('`') || prefix_quoted(name) => {
            Expr::Star(Some(name[..name.len() - 2].to_string()))
        }
        _ => Expr::Column(name.to_string()),
    }
}

/// `df.name` / `df["name"]`: the column as a DataFrame of `schema` has it. A time column
/// without an event-time mark stays without one even where a later `withWatermark`
/// marked it (Spark resolves `events.timestamp` to the attribute before the watermark).
pub fn column_of(schema: &Schema, name: &str) -> Expr {
    let unmarked_time = schema.fields().iter().any(|f| {
        f.name() == name
            && matches!(f.data_type(), DataType::Timestamp(..) | DataType::Struct(_))
            && types::watermark_delay(f).is_none()
    });
    // A column of a DataFrame with an alias (`a = df.alias("a")`; `a.k`) is that
    // relation's column, also in a join with another alias of the same data (`a.k ==
    // b.k`), as Spark resolves it by the plan it came from.
    let exact: Vec<&arrow_schema::FieldRef> = schema
        .fields()
        .iter()
        .filter(|f| f.name() == name)
        .collect();
    let column = match (
        exact.as_slice(),
        exact.first().and_then(|f| types::qualifier(f)),
    ) {
        ([_], Some(q)) if !q.contains('`') => {
            let part = |s: &str| {
                if s.contains('.') || s.contains('`') {
                    format!("`{}`", s.replace('`', "``"))
                } else {
                    s.to_string()
                }
            };
            Expr::Column(format!("{}.{}", part(q), part(name)))
        }
        _ => col(name),
    };
    if unmarked_time {
        Expr::Unmarked(Box::new(column))
    } else {
        column
    }
}

/// Whether `e` is an ANSI interval: a literal one, an interval literal times or over a
/// number, or (with a schema) anything of an interval type.
fn is_interval_expr(e: &Expr, schema: Option<&Schema>) -> bool {
    match e {
        Expr::Literal(ScalarValue::DayTime(..) | ScalarValue::YearMonth(..)) => true,
        Expr::Alias(x, _) => is_interval_expr(x, schema),
        Expr::Binary(l, BinaryOp::Multiply | BinaryOp::Divide, r)
            if matches!(
                l.as_ref(),
                Expr::Literal(ScalarValue::DayTime(..) | ScalarValue::YearMonth(..))
            ) || matches!(
                r.as_ref(),
                Expr::Literal(ScalarValue::DayTime(..) | ScalarValue::YearMonth(..))
            ) =>
        {
            true
        }
        Expr::Literal(_) => false,
        _ => schema.is_some_and(|s| {
            bind::bind_expr(e, s).is_ok_and(|p| bind::is_ansi_interval(&p.data_type()))
        }),
    }
}

/// `a`.*: a quoted name before `.*`.
fn prefix_quoted(name: &str) -> bool {
    name.len() > 3 && name.ends_with("`.*") && name.starts_with('`')
}

/// `lit(v)`.
pub fn lit(v: ScalarValue) -> Expr {
    Expr::Literal(v)
}

/// A function call.
pub fn func(name: &str, args: Vec<Expr>) -> Expr {
    Expr::Function {
        name: name.to_ascii_lowercase(),
        args,
        distinct: false,
    }
}

impl Expr {
    /// `self AS name`.
    pub fn alias(self, name: &str) -> Expr {
        match self {
            Expr::Alias(e, _) => Expr::Alias(e, name.to_string()),
            e => Expr::Alias(Box::new(e), name.to_string()),
        }
    }

    /// `self op other`.
    pub fn binary(self, op: BinaryOp, other: Expr) -> Expr {
        Expr::Binary(
            Box::new(self.strip_alias()),
            op,
            Box::new(other.strip_alias()),
        )
    }

    /// Drops an outer alias (an alias inside an expression is meaningless in Spark's names).
    pub fn strip_alias(self) -> Expr {
        match self {
            Expr::Alias(e, _) | Expr::MultiAlias(e, _) => e.strip_alias(),
            e => e,
        }
    }

    /// True when the expression or a child calls an aggregate function.
    pub fn contains_aggregate(&self) -> bool {
        match self {
            // An aggregate over a window is not the query's aggregate.
            Expr::Over { .. } => false,
            Expr::Function { name, .. } if functions::is_aggregate(name) => true,
            e => e.children().iter().any(|c| c.contains_aggregate()),
        }
    }

    /// True when the expression or a child is a window function call (`... OVER ...`).
    pub fn contains_over(&self) -> bool {
        matches!(self, Expr::Over { .. }) || self.children().iter().any(|c| c.contains_over())
    }

    /// The expression with each child replaced by `f(child)`.
    pub fn map_children(&self, f: &mut dyn FnMut(&Expr) -> Result<Expr>) -> Result<Expr> {
        let mut b = |e: &Expr| f(e).map(Box::new);
        Ok(match self {
            Expr::Alias(e, n) => Expr::Alias(b(e)?, n.clone()),
            Expr::MultiAlias(e, n) => Expr::MultiAlias(b(e)?, n.clone()),
            Expr::Unmarked(e) => Expr::Unmarked(b(e)?),
            Expr::Not(e) => Expr::Not(b(e)?),
            Expr::Negative(e) => Expr::Negative(b(e)?),
            Expr::IsNull(e) => Expr::IsNull(b(e)?),
            Expr::IsNotNull(e) => Expr::IsNotNull(b(e)?),
            Expr::Field(e, n) => Expr::Field(b(e)?, n.clone()),
            Expr::Cast { expr, to, try_ } => Expr::Cast {
                expr: b(expr)?,
                to: to.clone(),
                try_: *try_,
            },
            Expr::Sort {
                expr,
                asc,
                nulls_first,
            } => Expr::Sort {
                expr: b(expr)?,
                asc: *asc,
                nulls_first: *nulls_first,
            },
            Expr::Lambda { params, body } => Expr::Lambda {
                params: params.clone(),
                body: b(body)?,
            },
            Expr::Binary(l, op, r) => Expr::Binary(b(l)?, *op, b(r)?),
            Expr::Index(l, r) => Expr::Index(b(l)?, b(r)?),
            Expr::InList {
                expr,
                list,
                negated,
            } => Expr::InList {
                expr: b(expr)?,
                list: list.iter().map(&mut *f).collect::<Result<_>>()?,
                negated: *negated,
            },
            Expr::Like {
                expr,
                pattern,
                negated,
                kind,
            } => Expr::Like {
                expr: b(expr)?,
                pattern: b(pattern)?,
                negated: *negated,
                kind: *kind,
            },
            Expr::Case {
                operand,
                branches,
                otherwise,
            } => Expr::Case {
                operand: operand.as_ref().map(|o| f(o).map(Box::new)).transpose()?,
                branches: branches
                    .iter()
                    .map(|(w, t)| Ok((f(w)?, f(t)?)))
                    .collect::<Result<_>>()?,
                otherwise: otherwise.as_ref().map(|o| f(o).map(Box::new)).transpose()?,
            },
            Expr::Function {
                name,
                args,
                distinct,
            } => Expr::Function {
                name: name.clone(),
                args: args.iter().map(&mut *f).collect::<Result<_>>()?,
                distinct: *distinct,
            },
            Expr::Over { func, spec } => Expr::Over {
                func: b(func)?,
                spec: Box::new(window::WindowSpec {
                    partition: spec.partition.iter().map(&mut *f).collect::<Result<_>>()?,
                    order: spec.order.iter().map(&mut *f).collect::<Result<_>>()?,
                    frame: spec.frame.clone(),
                    base: spec.base.clone(),
                }),
            },
            Expr::Column(_)
            | Expr::ColumnAt(..)
            | Expr::ColumnFrom(..)
            | Expr::Literal(_)
            | Expr::Star(_)
            | Expr::LambdaVar(_) => self.clone(),
        })
    }

    /// Calls `f` on this expression and every child, depth first.
    pub fn visit(&self, f: &mut dyn FnMut(&Expr)) {
        f(self);
        for c in self.children() {
            c.visit(f);
        }
    }

    /// The direct children, in order.
    pub fn children(&self) -> Vec<&Expr> {
        match self {
            Expr::Alias(e, _)
            | Expr::MultiAlias(e, _)
            | Expr::Unmarked(e)
            | Expr::Not(e)
            | Expr::Negative(e)
            | Expr::IsNull(e)
            | Expr::IsNotNull(e)
            | Expr::Field(e, _)
            | Expr::Cast { expr: e, .. }
            | Expr::Sort { expr: e, .. }
            | Expr::Lambda { body: e, .. } => vec![e],
            Expr::Binary(l, _, r) | Expr::Index(l, r) => vec![l, r],
            Expr::InList { expr, list, .. } => std::iter::once(expr.as_ref()).chain(list).collect(),
            Expr::Like { expr, pattern, .. } => vec![expr, pattern],
            Expr::Case {
                operand,
                branches,
                otherwise,
            } => operand
                .iter()
                .map(|o| o.as_ref())
                .chain(branches.iter().flat_map(|(w, t)| [w, t]))
                .chain(otherwise.iter().map(|o| o.as_ref()))
                .collect(),
            Expr::Function { args, .. } => args.iter().collect(),
            Expr::Over { func, spec } => std::iter::once(func.as_ref())
                .chain(&spec.partition)
                .chain(&spec.order)
                .collect(),
            Expr::Column(_)
            | Expr::ColumnAt(..)
            | Expr::ColumnFrom(..)
            | Expr::Literal(_)
            | Expr::Star(_)
            | Expr::LambdaVar(_) => vec![],
        }
    }

    /// Is the expression nested more than `levels` deep? (Looks no deeper than that.)
    pub fn deeper_than(&self, levels: usize) -> bool {
        levels == 0 || self.children().iter().any(|c| c.deeper_than(levels - 1))
    }

    /// `window` or `session_window` when `e` is a call of that function.
    fn window_call(e: &Expr) -> Option<&'static str> {
        match e {
            Expr::Function { name, .. } if name == "window" => Some("window"),
            Expr::Function { name, .. } if name == "session_window" => Some("session_window"),
            _ => None,
        }
    }

    /// The column name Spark gives this expression (`(value / 100)`, `sum(value)`, `count(1)`).
    pub fn name(&self) -> String {
        self.name_opt(None)
    }

    /// The column name Spark gives this expression over `schema` (a dotted column is a
    /// struct path or a qualifier, which only the schema tells apart).
    pub fn name_in(&self, schema: &Schema) -> String {
        self.name_opt(Some(schema))
    }

    fn name_opt(&self, schema: Option<&Schema>) -> String {
        match self {
            Expr::Column(n) => last_name_part(n),
            Expr::ColumnAt(_, n) => n.clone(),
            Expr::ColumnFrom(_, n) => last_name_part(n),
            Expr::Literal(v) => v.sql_name(),
            Expr::Alias(_, n) => n.clone(),
            Expr::Unmarked(e) => e.name_opt(schema),
            // Spark's ResolveAliases: a cast of a named expression (a column, not a struct
            // field; an alias) keeps its name (`CAST(value AS STRING)` → `value`), casts of
            // casts too.
            Expr::Cast { .. } => {
                let mut inner = self;
                while let Expr::Cast { expr, .. } = inner {
                    inner = expr;
                }
                match inner {
                    Expr::Column(n) | Expr::ColumnFrom(_, n)
                        if schema.is_none_or(|s| !is_struct_path(n, s)) =>
                    {
                        last_name_part(n)
                    }
                    Expr::Alias(_, n) => n.clone(),
                    _ => self.sql_in(schema),
                }
            }
            _ => self.sql_in(schema),
        }
    }

    /// The expression as Spark's pretty SQL (used inside names).
    pub fn sql(&self) -> String {
        self.sql_in(None)
    }

    /// Spark's pretty SQL over `schema`: a column inside an expression is printed with its
    /// struct path (`st.x`) but without a qualifier (`t.s` → `s`).
    pub fn sql_in(&self, schema: Option<&Schema>) -> String {
        let sql = |e: &Expr| e.sql_in(schema);
        match self {
            Expr::Column(n) => column_sql(n, schema),
            Expr::ColumnAt(_, n) => n.clone(),
            Expr::ColumnFrom(_, n) => column_sql(n, schema),
            Expr::Literal(v) => v.sql_name(),
            // A typed literal (`1.0F`, `2S`, `3Y`) is a cast of a literal named by its
            // digits; inside an expression Spark prints it by its digits too.
            Expr::Alias(e, n)
                if matches!(e.as_ref(), Expr::Cast { expr, try_: false, .. } if matches!(expr.as_ref(), Expr::Literal(_)))
                    && n.parse::<f64>().is_ok() =>
            {
                n.clone()
            }
            Expr::Alias(e, _) | Expr::MultiAlias(e, _) | Expr::Unmarked(e) => sql(e),
            Expr::Binary(l, BinaryOp::NotEq, r) => format!("(NOT ({} = {}))", sql(l), sql(r)),
            Expr::Binary(l, BinaryOp::Concat, r) => format!("concat({}, {})", sql(l), sql(r)),
            // date ± a days-only interval is Spark's DateAdd of the interval's days
            // (AnsiDateTimeOperations), and prints so.
            Expr::Binary(l, op @ (BinaryOp::Plus | BinaryOp::Minus), r)
                if matches!(r.as_ref(), Expr::Literal(ScalarValue::DayTime(_, 0, 0)))
                    && schema.is_some_and(|s| {
                        bind::bind_expr(l, s).is_ok_and(|p| p.data_type() == DataType::Date32)
                    }) =>
            {
                let days = format!("extractansiintervaldays({})", sql(r));
                match op {
                    BinaryOp::Plus => format!("date_add({}, {days})", sql(l)),
                    _ => format!("date_add({}, (- {days}))", sql(l)),
                }
            }
            // timestamp ± interval prints without parentheses (Spark's TimestampAddInterval).
            Expr::Binary(l, op @ (BinaryOp::Plus | BinaryOp::Minus), r)
                if is_interval_expr(r, schema) && !is_interval_expr(l, schema) =>
            {
                format!("{} {} {}", sql(l), op.symbol(), sql(r))
            }
            // number * interval is Spark's MultiplyDTInterval(interval, number).
            Expr::Binary(l, BinaryOp::Multiply, r)
                if is_interval_expr(r, schema) && !is_interval_expr(l, schema) =>
            {
                format!("({} * {})", sql(r), sql(l))
            }
            Expr::Binary(l, op, r) => format!("({} {} {})", sql(l), op.symbol(), sql(r)),
            Expr::Not(e) => format!("(NOT {})", sql(e)),
            Expr::Negative(e) => format!("(- {})", sql(e)),
            Expr::IsNull(e) => format!("({} IS NULL)", sql(e)),
            Expr::IsNotNull(e) => format!("({} IS NOT NULL)", sql(e)),
            Expr::InList {
                expr,
                list,
                negated,
            } => {
                let l: Vec<String> = list.iter().map(&sql).collect();
                let s = format!("({} IN ({}))", sql(expr), l.join(", "));
                if *negated { format!("(NOT {s})") } else { s }
            }
            Expr::Like {
                expr,
                pattern,
                negated,
                kind,
            } => {
                let s = match kind {
                    LikeKind::Like => format!("{} LIKE {}", sql(expr), sql(pattern)),
                    LikeKind::ILike => format!("ilike({}, {})", sql(expr), sql(pattern)),
                    LikeKind::RLike => format!("RLIKE({}, {})", sql(expr), sql(pattern)),
                };
                if *negated { format!("(NOT {s})") } else { s }
            }
            Expr::Case {
                operand,
                branches,
                otherwise,
            } => {
                // Spark prints `CASE x WHEN 1` as `CASE WHEN (x = 1)`.
                let mut s = String::from("CASE");
                for (w, t) in branches {
                    let w = match operand {
                        Some(o) => format!("({} = {})", sql(o), sql(w)),
                        None => sql(w),
                    };
                    s.push_str(&format!(" WHEN {w} THEN {}", sql(t)));
                }
                if let Some(o) = otherwise {
                    s.push_str(&format!(" ELSE {}", sql(o)));
                }
                s.push_str(" END");
                s
            }
            // Spark's Cast.sql: a cast to an ARRAY, MAP or STRUCT prints as its input
            // (`CAST(NULL AS ARRAY<STRING>)` is named `NULL`; try_cast too).
            Expr::Cast {
                expr,
                to:
                    DataType::List(_)
                    | DataType::LargeList(_)
                    | DataType::FixedSizeList(..)
                    | DataType::Map(..)
                    | DataType::Struct(_),
                ..
            } => sql(expr),
            Expr::Cast { expr, to, try_ } => {
                format!(
                    "{}({} AS {})",
                    if *try_ { "TRY_CAST" } else { "CAST" },
                    sql(expr),
                    types::sql_name(to)
                )
            }
            Expr::Function {
                name,
                args,
                distinct,
            } => functions::display_name(name, args, *distinct, schema),
            // A key of a map prints as `m[k]`, a field of a struct as `st.f`.
            Expr::Field(e, f)
                if schema.is_some_and(|s| {
                    bind::bind_expr(e, s).is_ok_and(|p| matches!(p.data_type(), DataType::Map(..)))
                }) =>
            {
                format!("{}[{f}]", sql(e))
            }
            // Spark's TimeWindowing/SessionWindowing make `window(...)` an attribute named
            // `window` (`session_window`): its fields print as `window.start`.
            Expr::Field(e, f) if Self::window_call(e).is_some() => {
                format!("{}.{f}", Self::window_call(e).unwrap_or_default())
            }
            Expr::Field(e, f) => format!("{}.{f}", sql(e)),
            Expr::Index(e, i)
                if Self::window_call(e).is_some()
                    && matches!(i.as_ref(), Expr::Literal(ScalarValue::Utf8(_))) =>
            {
                let Expr::Literal(ScalarValue::Utf8(f)) = i.as_ref() else {
                    unreachable!()
                };
                format!("{}.{f}", Self::window_call(e).unwrap_or_default())
            }
            // `st['y']` on a struct is its field: `st.y`.
            Expr::Index(e, i)
                if matches!(i.as_ref(), Expr::Literal(ScalarValue::Utf8(_)))
                    && schema.is_some_and(|s| {
                        bind::bind_expr(e, s)
                            .is_ok_and(|p| matches!(p.data_type(), DataType::Struct(..)))
                    }) =>
            {
                format!("{}.{}", sql(e), sql(i))
            }
            Expr::Index(e, i) => format!("{}[{}]", sql(e), sql(i)),
            // Spark prints a lambda with its parameters unnamed.
            Expr::Lambda { params, body } => {
                let mut s = format!("lambdafunction({}", sql(body));
                for _ in params {
                    s.push_str(", namedlambdavariable()");
                }
                s.push(')');
                s
            }
            Expr::LambdaVar(_) => "namedlambdavariable()".into(),
            Expr::Over { func, spec } => {
                format!("{} OVER {}", sql(func), window::spec_sql(func, spec, &sql))
            }
            Expr::Star(None) => "*".into(),
            Expr::Star(Some(t)) => format!("{t}.*"),
            Expr::Sort {
                expr,
                asc,
                nulls_first,
            } => format!(
                "{} {} NULLS {}",
                sql(expr),
                if *asc { "ASC" } else { "DESC" },
                if *nulls_first { "FIRST" } else { "LAST" }
            ),
        }
    }
}

/// Splits `a.b.c` on dots outside backticks, dropping the backticks.
pub fn split_name(name: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in name.chars() {
        match c {
            '`' => quoted = !quoted,
            '.' if !quoted => parts.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    parts.push(cur);
    parts
}

/// A column inside an expression: its struct path from the first part that is a column of
/// `schema` (dropping qualifiers); without a schema, its last part.
/// Is `name` `alias.column` for a column of `schema` under that DataFrame alias?
fn is_qualified(parts: &[String], schema: &Schema) -> bool {
    parts.len() > 1
        && schema.fields().iter().any(|f| {
            crate::types::qualifier(f).is_some_and(|q| q.eq_ignore_ascii_case(&parts[0]))
                && f.name().eq_ignore_ascii_case(&parts[1])
        })
}

fn column_sql(name: &str, schema: Option<&Schema>) -> String {
    let parts = split_name(name);
    if let Some(schema) = schema
        && is_qualified(&parts, schema)
    {
        return parts[1..].join(".");
    }
    if let Some(schema) = schema
        && parts.len() > 1
    {
        let is_col = |p: &str| {
            schema
                .fields()
                .iter()
                .any(|f| f.name().eq_ignore_ascii_case(p))
        };
        if !schema.fields().iter().any(|f| f.name() == name)
            && let Some(skip) = parts.iter().position(|p| is_col(p))
        {
            return parts[skip..].join(".");
        }
    }
    parts.last().cloned().unwrap_or_default()
}

/// Is `name` a field inside a struct column of `schema` (`st.x`), rather than a column
/// (`x`, `t.x` with a qualifier, or `` `a.b` ``, a column with a dot in its name)?
fn is_struct_path(name: &str, schema: &Schema) -> bool {
    let parts = split_name(name);
    if parts.len() < 2
        || schema.fields().iter().any(|f| f.name() == name)
        || is_qualified(&parts, schema)
    {
        return parts.len() > 2 && is_qualified(&parts, schema);
    }
    let is_col = |p: &str| {
        schema
            .fields()
            .iter()
            .any(|f| f.name().eq_ignore_ascii_case(p))
    };
    parts
        .iter()
        .position(|p| is_col(p))
        .is_some_and(|skip| skip + 1 < parts.len())
}

fn last_name_part(name: &str) -> String {
    split_name(name).pop().unwrap_or_default()
}

/// The placeholders a subquery in an expression becomes: a call of one of these names
/// whose last argument is the subquery's SQL text (after `x IN` also `x` before it).
/// `Expr` does not know DataFrames: `spark.sql`'s planner (logical/sql.rs; expr/sql.rs makes them) replaces them
/// with joins (IN, EXISTS) or the subquery's value (a scalar subquery).
pub const SUBQUERY_IN: &str = "__in_subquery";
/// `x NOT IN (SELECT ...)`.
pub const SUBQUERY_NOT_IN: &str = "__not_in_subquery";
/// `EXISTS (SELECT ...)`.
pub const SUBQUERY_EXISTS: &str = "__exists_subquery";
/// `NOT EXISTS (SELECT ...)`.
pub const SUBQUERY_NOT_EXISTS: &str = "__not_exists_subquery";
/// `(SELECT ...)` as a value.
pub const SUBQUERY_SCALAR: &str = "__scalar_subquery";

/// Is `name` one of the subquery placeholders?
pub fn is_subquery_placeholder(name: &str) -> bool {
    [
        SUBQUERY_IN,
        SUBQUERY_NOT_IN,
        SUBQUERY_EXISTS,
        SUBQUERY_NOT_EXISTS,
        SUBQUERY_SCALAR,
    ]
    .contains(&name)
}
