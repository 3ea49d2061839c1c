//! Expressions. [`Expr`] is what the user wrote (with the Column API or in a SQL
//! string, both build the same tree); [`bind`] resolves names and types against a
//! schema into a [`PhysExpr`], which [`PhysExpr::eval`] runs over a `RecordBatch`.

pub mod bind;
pub mod cast;
pub mod eval;
pub mod functions;
pub mod sql;

use arrow_schema::DataType;

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
    /// A literal.
    Literal(ScalarValue),
    /// `expr AS name`.
    Alias(Box<Expr>, String),
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

/// `col(name)`.
pub fn col(name: &str) -> Expr {
    match name.strip_suffix(".*") {
        Some(prefix) if !prefix.is_empty() && !prefix.ends_with('`') || prefix_quoted(name) => {
            Expr::Star(Some(name[..name.len() - 2].to_string()))
        }
        _ => Expr::Column(name.to_string()),
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
            Expr::Alias(e, _) => e.strip_alias(),
            e => e,
        }
    }

    /// True when the expression or a child calls an aggregate function.
    pub fn contains_aggregate(&self) -> bool {
        let mut found = false;
        self.visit(&mut |e| {
            if let Expr::Function { name, .. } = e
                && functions::is_aggregate(name)
            {
                found = true;
            }
        });
        found
    }

    /// Calls `f` on this expression and every child, depth first.
    pub fn visit(&self, f: &mut dyn FnMut(&Expr)) {
        f(self);
        match self {
            Expr::Alias(e, _)
            | Expr::Not(e)
            | Expr::Negative(e)
            | Expr::IsNull(e)
            | Expr::IsNotNull(e)
            | Expr::Field(e, _)
            | Expr::Cast { expr: e, .. }
            | Expr::Sort { expr: e, .. } => e.visit(f),
            Expr::Binary(l, _, r) | Expr::Index(l, r) => {
                l.visit(f);
                r.visit(f);
            }
            Expr::InList { expr, list, .. } => {
                expr.visit(f);
                list.iter().for_each(|e| e.visit(f));
            }
            Expr::Like { expr, pattern, .. } => {
                expr.visit(f);
                pattern.visit(f);
            }
            Expr::Case {
                operand,
                branches,
                otherwise,
            } => {
                if let Some(o) = operand {
                    o.visit(f);
                }
                for (w, t) in branches {
                    w.visit(f);
                    t.visit(f);
                }
                if let Some(o) = otherwise {
                    o.visit(f);
                }
            }
            Expr::Function { args, .. } => args.iter().for_each(|e| e.visit(f)),
            Expr::Column(_) | Expr::Literal(_) | Expr::Star(_) => {}
        }
    }

    /// The column name Spark gives this expression (`(value / 100)`, `sum(value)`, `count(1)`).
    pub fn name(&self) -> String {
        match self {
            Expr::Column(n) => last_name_part(n),
            Expr::Literal(v) => v.sql_name(),
            Expr::Alias(_, n) => n.clone(),
            _ => self.sql(),
        }
    }

    /// The expression as Spark's pretty SQL (used inside names).
    pub fn sql(&self) -> String {
        match self {
            Expr::Column(n) => last_name_part(n),
            Expr::Literal(v) => v.sql_name(),
            Expr::Alias(e, _) => e.sql(),
            Expr::Binary(l, op, r) => format!("({} {} {})", l.sql(), op.symbol(), r.sql()),
            Expr::Not(e) => format!("(NOT {})", e.sql()),
            Expr::Negative(e) => format!("(- {})", e.sql()),
            Expr::IsNull(e) => format!("({} IS NULL)", e.sql()),
            Expr::IsNotNull(e) => format!("({} IS NOT NULL)", e.sql()),
            Expr::InList {
                expr,
                list,
                negated,
            } => {
                let l: Vec<String> = list.iter().map(|e| e.sql()).collect();
                let s = format!("({} IN ({}))", expr.sql(), l.join(", "));
                if *negated { format!("(NOT {s})") } else { s }
            }
            Expr::Like {
                expr,
                pattern,
                negated,
                kind,
            } => {
                let k = match kind {
                    LikeKind::Like => "LIKE",
                    LikeKind::ILike => "ILIKE",
                    LikeKind::RLike => "RLIKE",
                };
                let s = format!("{} {k} {}", expr.sql(), pattern.sql());
                if *negated { format!("(NOT {s})") } else { s }
            }
            Expr::Case {
                operand,
                branches,
                otherwise,
            } => {
                let mut s = String::from("CASE");
                if let Some(o) = operand {
                    s.push_str(&format!(" {}", o.sql()));
                }
                for (w, t) in branches {
                    s.push_str(&format!(" WHEN {} THEN {}", w.sql(), t.sql()));
                }
                if let Some(o) = otherwise {
                    s.push_str(&format!(" ELSE {}", o.sql()));
                }
                s.push_str(" END");
                s
            }
            Expr::Cast { expr, to, try_ } => {
                format!(
                    "{}({} AS {})",
                    if *try_ { "TRY_CAST" } else { "CAST" },
                    expr.sql(),
                    types::sql_name(to)
                )
            }
            Expr::Function {
                name,
                args,
                distinct,
            } => functions::display_name(name, args, *distinct),
            Expr::Field(e, f) => match e.as_ref() {
                Expr::Column(_) => f.clone(),
                _ => format!("{}.{f}", e.sql()),
            },
            Expr::Index(e, i) => format!("{}[{}]", e.sql(), i.sql()),
            Expr::Star(None) => "*".into(),
            Expr::Star(Some(t)) => format!("{t}.*"),
            Expr::Sort {
                expr,
                asc,
                nulls_first,
            } => format!(
                "{} {} NULLS {}",
                expr.sql(),
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

fn last_name_part(name: &str) -> String {
    split_name(name).pop().unwrap_or_default()
}
