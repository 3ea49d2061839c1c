//! SQL strings (`expr`, `selectExpr`, `filter("...")`, `spark.sql`) parsed with
//! `sqlparser`'s Spark dialect into the same [`Expr`] tree the Column API builds.

use sqlparser::ast::{self as sq, BinaryOperator as B, UnaryOperator as U};
use sqlparser::dialect::SparkSqlDialect;
use sqlparser::parser::{Parser, ParserError};

use super::bind::MAX_EXPR_DEPTH;
use super::{BinaryOp, Expr, LikeKind, func};
use crate::error::{Result, RunnelError};
use crate::scalar::ScalarValue;
use crate::types;

/// A parsed `spark.sql` query: `[WITH name AS (query), ...] body [ORDER BY] [LIMIT]`.
#[derive(Debug, Clone)]
pub struct SqlQuery {
    /// Common table expressions, in order (each may name the ones before it).
    pub ctes: Vec<(String, SqlQuery)>,
    /// The query's body.
    pub body: SqlBody,
    /// ORDER BY of a set operation (a SELECT keeps its own), as [`Expr::Sort`].
    pub order_by: Vec<Expr>,
    /// LIMIT of a set operation.
    pub limit: Option<usize>,
    /// OFFSET of a set operation (applied before LIMIT, as Spark's).
    pub offset: Option<usize>,
}

/// A query's body.
#[derive(Debug, Clone)]
pub enum SqlBody {
    /// `SELECT ...`.
    Select(Box<SqlSelect>),
    /// `left UNION|INTERSECT|EXCEPT [ALL|DISTINCT] right`.
    SetOp {
        /// `union`, `intersect` or `except`.
        op: &'static str,
        /// `ALL` (keep duplicates).
        all: bool,
        /// Left side.
        left: Box<SqlQuery>,
        /// Right side.
        right: Box<SqlQuery>,
    },
    /// `VALUES (..), (..)`: each row's expressions as SQL text.
    Values(Vec<Vec<String>>),
}

/// A FROM item: a table or view, a subquery, or a join of two.
#[derive(Debug, Clone)]
pub enum SqlFrom {
    /// A table, view or CTE by name, with its alias.
    Table {
        /// Name.
        name: String,
        /// `AS alias`.
        alias: Option<String>,
        /// `AS alias(c1, c2)`: the columns' new names.
        columns: Vec<String>,
    },
    /// `(query) [AS] alias`, `VALUES ... AS alias(columns)`.
    Derived {
        /// The subquery.
        query: Box<SqlQuery>,
        /// Its alias.
        alias: Option<String>,
        /// `AS alias(c1, c2)`: the columns' new names.
        columns: Vec<String>,
    },
    /// A table-valued function: `range(...)` or a generator (`explode(...)`, `inline(...)`,
    /// `stack(...)`, ...) in FROM.
    Function {
        /// The function's name, lower case.
        name: String,
        /// Its arguments.
        args: Vec<Expr>,
        /// `AS alias`.
        alias: Option<String>,
        /// `AS alias(c1, c2)`: the columns' new names.
        columns: Vec<String>,
    },
    /// `left [INNER|LEFT|RIGHT|FULL|SEMI|ANTI|CROSS] JOIN right [ON cond | USING (cols)]`.
    Join {
        /// Left side.
        left: Box<SqlFrom>,
        /// Right side.
        right: Box<SqlFrom>,
        /// Spark's join type name (`inner`, `left_outer`, ...).
        how: &'static str,
        /// `ON` condition.
        on: Option<Expr>,
        /// `USING` columns.
        using: Vec<String>,
    },
    /// `input PIVOT (agg [AS a], ... FOR col IN (value [AS v], ...)) [alias]`, also
    /// `FOR (c1, c2) IN ((v1, v2) AS v, ...)`.
    Pivot {
        /// The relation pivoted.
        input: Box<SqlFrom>,
        /// The aggregates (an alias as [`Expr::Alias`]).
        aggs: Vec<Expr>,
        /// The pivot column(s).
        columns: Vec<Expr>,
        /// Each value (one expression per pivot column) and its alias.
        values: Vec<(Vec<Expr>, Option<String>)>,
        /// The relation's alias.
        alias: Option<String>,
    },
    /// `input UNPIVOT [INCLUDE | EXCLUDE NULLS] (v FOR name IN (c [AS a], ...)) [alias]`,
    /// also `((v1, v2) FOR name IN ((c1, c2) AS a, ...))`.
    Unpivot {
        /// The relation unpivoted.
        input: Box<SqlFrom>,
        /// The value column(s) made.
        values: Vec<String>,
        /// The name column made.
        name: String,
        /// Each group of columns unpivoted (one per value column) and its alias.
        columns: Vec<(Vec<Expr>, Option<String>)>,
        /// `INCLUDE NULLS` (rows whose values are all NULL are kept).
        include_nulls: bool,
        /// The relation's alias.
        alias: Option<String>,
    },
}

/// A parsed `SELECT` (what a `spark.sql` query's body is made of).
#[derive(Debug, Clone)]
pub struct SqlSelect {
    /// The FROM clause (`None`: no FROM, Spark's one-row relation).
    pub from: Option<SqlFrom>,
    /// Select list (`*` as [`Expr::Star`]).
    pub projection: Vec<Expr>,
    /// WHERE.
    pub selection: Option<Expr>,
    /// GROUP BY.
    pub group_by: Vec<Expr>,
    /// `GROUP BY ROLLUP(...)` / `CUBE(...)` / `GROUPING SETS (...)`: each set's keys
    /// (positions in `group_by`).
    pub grouping_sets: Option<Vec<Vec<usize>>>,
    /// HAVING.
    pub having: Option<Expr>,
    /// ORDER BY, as [`Expr::Sort`].
    pub order_by: Vec<Expr>,
    /// LIMIT.
    pub limit: Option<usize>,
    /// OFFSET (applied before LIMIT, as Spark's).
    pub offset: Option<usize>,
    /// SELECT DISTINCT.
    pub distinct: bool,
    /// `LATERAL VIEW [OUTER] generator(...) name [AS c1, c2]`, in order: the generator
    /// call (its `_outer` form for OUTER) and the names of its output columns.
    pub lateral_views: Vec<(Expr, Vec<String>)>,
}

pub use super::{
    SUBQUERY_EXISTS, SUBQUERY_IN, SUBQUERY_NOT_EXISTS, SUBQUERY_NOT_IN, SUBQUERY_SCALAR,
    is_subquery_placeholder,
};

fn subquery_placeholder(kind: &str, value: Option<Expr>, q: &sq::Query) -> Expr {
    let mut args: Vec<Expr> = value.into_iter().collect();
    args.push(Expr::Literal(ScalarValue::Utf8(q.to_string())));
    func(kind, args)
}

/// sqlparser's recursion limit: as deep as the binder goes (its default, 50, refused
/// 60 nested parentheses that Spark reads).
#[cfg(not(target_arch = "wasm32"))]
const PARSER_DEPTH: usize = MAX_EXPR_DEPTH;
/// In the browser, half the binder's depth: natively a release build takes 8-16 KB of
/// stack a level (sqlparser's and the conversion's), and the wasm stack is 16 MiB (not
/// measured in the browser yet).
#[cfg(target_arch = "wasm32")]
const PARSER_DEPTH: usize = MAX_EXPR_DEPTH / 2;

/// A `VALUES` row written as one `struct(...)` call (`VALUES (struct(1, 'a'))`, in
/// parentheses or not) is a row of its arguments, as Spark's parser reads a row: its
/// `(1, 'a')` is the same `struct` call, so `visitInlineTable` takes any such call's
/// arguments as the row's values (an alias inside is dropped: the columns are `colN`).
fn struct_row(e: &sq::Expr) -> Option<Vec<String>> {
    let mut e = e;
    while let sq::Expr::Nested(inner) = e {
        e = inner;
    }
    // sqlparser's Spark dialect reads the STRUCT keyword's call as a struct literal.
    let sq::Expr::Struct { values, fields } = e else {
        return None;
    };
    if !fields.is_empty() {
        return None;
    }
    Some(
        values
            .iter()
            .map(|x| match x {
                sq::Expr::Named { expr, .. } => expr.to_string(),
                _ => x.to_string(),
            })
            .collect(),
    )
}

fn parser(dialect: &SparkSqlDialect) -> Parser<'_> {
    Parser::new(dialect).with_recursion_limit(PARSER_DEPTH)
}

fn parse_error(text: &str, e: impl std::fmt::Display) -> RunnelError {
    let msg = e.to_string();
    if msg.contains("recursion limit exceeded") {
        return too_complex();
    }
    let err = RunnelError::parse(format!(
        "Syntax error in SQL {text:?}: {msg}. Fix the SQL text."
    ))
    .with_condition("PARSE_SYNTAX_ERROR");
    // sqlparser ends its messages with ` at Line: L, Column: C`; without it the error
    // is at the end of the text.
    let pos = msg.rsplit_once(" at Line: ").and_then(|(_, rest)| {
        let (l, c) = rest.split_once(", Column: ")?;
        Some((l.trim().parse().ok()?, c.trim().parse().ok()?))
    });
    let (line, column) = pos.unwrap_or_else(|| {
        let last = text.lines().count().max(1);
        let col = text.lines().last().map_or(0, |l| l.chars().count()) + 1;
        (last, col)
    });
    err.with_sql_position(text, line, column)
}

/// Parses one SQL expression (`"value > 10 AND category IN ('a')"`).
pub fn parse_expression(text: &str) -> Result<Expr> {
    // expr("*") / expr("t.*"): a star, as Spark's parseExpression gives.
    let t = text.trim();
    if t == "*" || (t.ends_with(".*") && !t[..t.len() - 2].contains(|c: char| c.is_whitespace())) {
        return Ok(super::col(t));
    }
    let dialect = SparkSqlDialect {};
    let mut p = parser(&dialect)
        .try_with_sql(&multi_unit_intervals(&typed_literals(&exists_function(
            &types::hide_struct_constraints(text),
        ))))
        .map_err(|e| parse_error(text, e))?;
    let e = p.parse_expr().map_err(|e| parse_error(text, e))?;
    if p.peek_token().token != sqlparser::tokenizer::Token::EOF {
        // Spark's parseExpression takes a named expression too (`expr("a + 1 AS b")`);
        // one that parses but fails to convert (an unknown function) gives its own error.
        match parse_select_item(text) {
            Ok(named) => return Ok(named),
            Err(e) if e.condition.as_deref() != Some("PARSE_SYNTAX_ERROR") => return Err(e),
            Err(_) => {}
        }
        return Err(parse_error(
            text,
            format!("unexpected {} after the expression", p.peek_token().token),
        ));
    }
    convert(&e)
}

/// Parses a `selectExpr` item (`"value * 2 AS doubled"`, `"*"`).
pub fn parse_select_item(text: &str) -> Result<Expr> {
    let dialect = SparkSqlDialect {};
    let mut p = parser(&dialect)
        .try_with_sql(&multi_unit_intervals(&typed_literals(&exists_function(
            &types::hide_struct_constraints(text),
        ))))
        .map_err(|e| parse_error(text, e))?;
    let item = p.parse_select_item().map_err(|e| parse_error(text, e))?;
    if p.peek_token().token != sqlparser::tokenizer::Token::EOF {
        return Err(parse_error(
            text,
            format!("unexpected {} after the expression", p.peek_token().token),
        ));
    }
    select_item(&item)
}

fn select_item(item: &sq::SelectItem) -> Result<Expr> {
    Ok(match item {
        sq::SelectItem::UnnamedExpr(e) => convert(e)?,
        sq::SelectItem::ExprWithAlias { expr, alias } => convert(expr)?.alias(&alias.value),
        sq::SelectItem::ExprWithAliases { expr, aliases } => Expr::MultiAlias(
            Box::new(convert(expr)?.strip_alias()),
            aliases.iter().map(|a| a.value.clone()).collect(),
        ),
        sq::SelectItem::Wildcard(_) => Expr::Star(None),
        sq::SelectItem::QualifiedWildcard(k, _) => {
            Expr::Star(Some(k.to_string().trim_end_matches(".*").to_string()))
        }
    })
}

/// sqlparser's `parse_statements` for text that must be one query: statements are
/// separated the same way and a query is parsed by the same `parse_query`, but any
/// other statement is answered with `None` (not supported) without being parsed, so
/// the parsers of sqlparser's other statements (DDL, DML, GRANT, COPY, ...) are not
/// linked into the wasm engine (measured: see the README's npm size row).
fn only_query(p: &mut Parser<'_>) -> std::result::Result<Option<Box<sq::Query>>, ParserError> {
    use sqlparser::keywords::Keyword;
    use sqlparser::tokenizer::Token;
    let mut query = None;
    let mut expecting_delimiter = false;
    loop {
        while p.consume_token(&Token::SemiColon) {
            expecting_delimiter = false;
        }
        let next = p.peek_token();
        match &next.token {
            Token::EOF => break,
            Token::Word(w) if expecting_delimiter && w.keyword == Keyword::END => break,
            _ => {}
        }
        if expecting_delimiter {
            return p.expected("end of statement", next);
        }
        let is_query = match &next.token {
            Token::Word(w) => matches!(
                w.keyword,
                Keyword::SELECT | Keyword::WITH | Keyword::VALUES | Keyword::FROM
            ),
            Token::LParen => true,
            _ => false,
        };
        if !is_query || query.is_some() {
            return Ok(None);
        }
        query = Some(p.parse_query()?);
        expecting_delimiter = true;
    }
    Ok(query)
}

/// Parses a `spark.sql` query: `[WITH ...] SELECT ... [FROM tables, joins, subqueries]
/// [WHERE] [GROUP BY] [HAVING] [ORDER BY] [LIMIT]`, set operations of such, `VALUES`.
pub fn parse_query(text: &str) -> Result<SqlQuery> {
    let dialect = SparkSqlDialect {};
    let not_one_query = || {
        RunnelError::not_supported(format!(
            "spark.sql runs one query (or a table command); got {text:?}"
        ))
    };
    let q = parser(&dialect)
        .try_with_sql(&multi_unit_intervals(&typed_literals(&exists_function(
            &types::hide_struct_constraints(text),
        ))))
        .and_then(|mut p| only_query(&mut p))
        .map_err(|e| parse_error(text, e))?
        .ok_or_else(not_one_query)?;
    query(&q)
}

fn query(q: &sq::Query) -> Result<SqlQuery> {
    let mut ctes = Vec::new();
    if let Some(w) = &q.with {
        if w.recursive {
            return Err(RunnelError::not_supported("WITH RECURSIVE in spark.sql"));
        }
        for c in &w.cte_tables {
            ctes.push((c.alias.name.value.clone(), query(&c.query)?));
        }
    }
    let (order_by, limit, offset) = order_and_limit(q)?;
    let (body, order_by, limit, offset) = match q.body.as_ref() {
        sq::SetExpr::Select(sel) => {
            let mut s = select(sel)?;
            s.order_by = order_by;
            s.limit = limit;
            s.offset = offset;
            (SqlBody::Select(Box::new(s)), Vec::new(), None, None)
        }
        other => (set_expr(other)?, order_by, limit, offset),
    };
    Ok(SqlQuery {
        ctes,
        body,
        order_by,
        limit,
        offset,
    })
}

/// A set expression as a query of its own (no WITH, ORDER BY or LIMIT).
fn set_expr_query(e: &sq::SetExpr) -> Result<SqlQuery> {
    Ok(match e {
        sq::SetExpr::Query(q) => query(q)?,
        other => SqlQuery {
            ctes: Vec::new(),
            body: match other {
                sq::SetExpr::Select(sel) => SqlBody::Select(Box::new(select(sel)?)),
                o => set_expr(o)?,
            },
            order_by: Vec::new(),
            limit: None,
            offset: None,
        },
    })
}

fn set_expr(e: &sq::SetExpr) -> Result<SqlBody> {
    match e {
        sq::SetExpr::SetOperation {
            left,
            op,
            set_quantifier,
            right,
        } => {
            let op = match op {
                sq::SetOperator::Union => "union",
                sq::SetOperator::Intersect => "intersect",
                sq::SetOperator::Except | sq::SetOperator::Minus => "except",
            };
            let all = match set_quantifier {
                sq::SetQuantifier::All => true,
                sq::SetQuantifier::Distinct | sq::SetQuantifier::None => false,
                other => {
                    return Err(RunnelError::not_supported(format!(
                        "{} {other} in spark.sql; use unionByName on DataFrames",
                        op.to_ascii_uppercase()
                    )));
                }
            };
            Ok(SqlBody::SetOp {
                op,
                all,
                left: Box::new(set_expr_query(left)?),
                right: Box::new(set_expr_query(right)?),
            })
        }
        sq::SetExpr::Values(v) => Ok(SqlBody::Values(
            v.rows
                .iter()
                .map(|r| match r.as_slice() {
                    [one] => struct_row(one).unwrap_or_else(|| vec![one.to_string()]),
                    _ => r.iter().map(|e| e.to_string()).collect(),
                })
                .collect(),
        )),
        sq::SetExpr::Query(q) => Ok(SqlBody::Select(Box::new(SqlSelect {
            from: Some(SqlFrom::Derived {
                query: Box::new(query(q)?),
                alias: None,
                columns: Vec::new(),
            }),
            projection: vec![Expr::Star(None)],
            selection: None,
            group_by: Vec::new(),
            grouping_sets: None,
            having: None,
            order_by: Vec::new(),
            limit: None,
            offset: None,
            distinct: false,
            lateral_views: Vec::new(),
        }))),
        sq::SetExpr::Select(sel) => Ok(SqlBody::Select(Box::new(select(sel)?))),
        other => Err(RunnelError::not_supported(format!(
            "`{other}` in spark.sql"
        ))),
    }
}

/// A table alias and its column names (`AS t(a, b)`).
fn alias_of(a: &Option<sq::TableAlias>) -> (Option<String>, Vec<String>) {
    match a {
        None => (None, Vec::new()),
        Some(a) => (
            Some(a.name.value.clone()),
            a.columns.iter().map(|c| c.name.value.clone()).collect(),
        ),
    }
}

fn from_factor(f: &sq::TableFactor) -> Result<SqlFrom> {
    match f {
        sq::TableFactor::Table {
            name, alias, args, ..
        } if args.is_none() => {
            let (alias, columns) = alias_of(alias);
            Ok(SqlFrom::Table {
                name: name.to_string().trim_matches('`').to_string(),
                alias,
                columns,
            })
        }
        sq::TableFactor::Table {
            name,
            alias,
            args: Some(targs),
            ..
        } => {
            let (alias, columns) = alias_of(alias);
            let args = targs
                .args
                .iter()
                .map(|a| match a {
                    sq::FunctionArg::Unnamed(sq::FunctionArgExpr::Expr(e)) => convert(e),
                    other => Err(RunnelError::not_supported(format!(
                        "the argument `{other}` of the table-valued function `{name}` in spark.sql; pass its arguments by position"
                    ))),
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(SqlFrom::Function {
                name: name.to_string().trim_matches('`').to_ascii_lowercase(),
                args,
                alias,
                columns,
            })
        }
        sq::TableFactor::Derived {
            lateral: false,
            subquery,
            alias,
            ..
        } => {
            let (alias, columns) = alias_of(alias);
            Ok(SqlFrom::Derived {
                query: Box::new(query(subquery)?),
                alias,
                columns,
            })
        }
        sq::TableFactor::NestedJoin {
            table_with_joins,
            alias: None,
        } => from_joins(table_with_joins),
        sq::TableFactor::Pivot {
            table,
            aggregate_functions,
            value_column,
            value_source,
            default_on_null: None,
            alias,
        } => {
            let sq::PivotValueSource::List(list) = value_source else {
                return Err(RunnelError::not_supported(format!(
                    "`PIVOT ... IN ({value_source})` in spark.sql; list the values to pivot on"
                )));
            };
            let aggs = aggregate_functions
                .iter()
                .map(expr_with_alias)
                .collect::<Result<_>>()?;
            let columns = value_column
                .iter()
                .flat_map(tuple_items)
                .map(convert)
                .collect::<Result<_>>()?;
            let values = list
                .iter()
                .map(|v| {
                    let parts = tuple_items(&v.expr).map(convert).collect::<Result<_>>()?;
                    Ok((parts, v.alias.as_ref().map(ident)))
                })
                .collect::<Result<_>>()?;
            Ok(SqlFrom::Pivot {
                input: Box::new(from_factor(table)?),
                aggs,
                columns,
                values,
                alias: alias_of(alias).0,
            })
        }
        sq::TableFactor::Unpivot {
            table,
            value,
            name,
            columns,
            null_inclusion,
            alias,
        } => {
            let values = tuple_items(value)
                .map(|v| match v {
                    sq::Expr::Identifier(i) => Ok(ident(i)),
                    other => Err(RunnelError::parse(format!(
                        "UNPIVOT makes value columns, named by identifiers; found {other}"
                    ))),
                })
                .collect::<Result<_>>()?;
            let columns = columns
                .iter()
                .map(|c| {
                    let parts = tuple_items(&c.expr).map(convert).collect::<Result<_>>()?;
                    Ok((parts, c.alias.as_ref().map(ident)))
                })
                .collect::<Result<_>>()?;
            Ok(SqlFrom::Unpivot {
                input: Box::new(from_factor(table)?),
                values,
                name: ident(name),
                columns,
                include_nulls: matches!(null_inclusion, Some(sq::NullInclusion::IncludeNulls)),
                alias: alias_of(alias).0,
            })
        }
        other => Err(RunnelError::not_supported(format!(
            "`FROM {other}` in spark.sql; read tables, views, subqueries and joins of them (register a DataFrame with createOrReplaceTempView(\"name\"))"
        ))),
    }
}

/// `expr [AS alias]` as an [`Expr`] (an alias as [`Expr::Alias`]).
fn expr_with_alias(e: &sq::ExprWithAlias) -> Result<Expr> {
    let x = convert(&e.expr)?;
    Ok(match &e.alias {
        Some(a) => x.alias(&ident(a)),
        None => x,
    })
}

/// The items of `(a, b)`, or the one expression.
fn tuple_items(e: &sq::Expr) -> Box<dyn Iterator<Item = &sq::Expr> + '_> {
    match e {
        sq::Expr::Tuple(items) => Box::new(items.iter()),
        sq::Expr::Nested(inner) => tuple_items(inner),
        other => Box::new(std::iter::once(other)),
    }
}

fn from_joins(t: &sq::TableWithJoins) -> Result<SqlFrom> {
    let mut cur = from_factor(&t.relation)?;
    for j in &t.joins {
        use sq::JoinOperator as J;
        let (how, c) = match &j.join_operator {
            J::Join(c) | J::Inner(c) => ("inner", c),
            J::Left(c) | J::LeftOuter(c) => ("left_outer", c),
            J::Right(c) | J::RightOuter(c) => ("right_outer", c),
            J::FullOuter(c) => ("full_outer", c),
            J::CrossJoin(c) => ("cross", c),
            J::Semi(c) | J::LeftSemi(c) => ("left_semi", c),
            J::Anti(c) | J::LeftAnti(c) => ("left_anti", c),
            other => {
                return Err(RunnelError::not_supported(format!(
                    "the join `{other:?}` in spark.sql"
                )));
            }
        };
        let (on, using) = match c {
            sq::JoinConstraint::On(e) => (Some(convert(e)?), Vec::new()),
            sq::JoinConstraint::Using(cols) => (
                None,
                cols.iter()
                    .map(|c| c.to_string().trim_matches('`').to_string())
                    .collect(),
            ),
            sq::JoinConstraint::None => (None, Vec::new()),
            other => {
                return Err(RunnelError::not_supported(format!(
                    "a {other:?} join in spark.sql; join ON a condition or USING (columns)"
                )));
            }
        };
        cur = SqlFrom::Join {
            left: Box::new(cur),
            right: Box::new(from_factor(&j.relation)?),
            how,
            on,
            using,
        };
    }
    Ok(cur)
}

/// ORDER BY, LIMIT and OFFSET of a query.
type OrderLimitOffset = (Vec<Expr>, Option<usize>, Option<usize>);

fn order_and_limit(q: &sq::Query) -> Result<OrderLimitOffset> {
    let mut order_by = Vec::new();
    if let Some(ob) = &q.order_by
        && let sq::OrderByKind::Expressions(exprs) = &ob.kind
    {
        for o in exprs {
            let asc = !matches!(o.options.sort, Some(sq::OrderBySort::Desc));
            order_by.push(Expr::Sort {
                expr: Box::new(convert(&o.expr)?),
                asc,
                nulls_first: o.options.nulls_first.unwrap_or(asc),
            });
        }
    }
    // Spark's limit-like expressions: a constant integer, not negative.
    let count = |e: &sq::Expr, what: &str| -> Result<usize> {
        let n = match convert(e)? {
            Expr::Literal(ScalarValue::Int32(n)) => n as i64,
            Expr::Literal(ScalarValue::Int64(n)) => n,
            _ => {
                return Err(RunnelError::not_supported(format!(
                    "{} with a non-literal",
                    what.to_uppercase()
                )));
            }
        };
        usize::try_from(n).map_err(|_| {
            RunnelError::analysis(
                "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE",
                format!(
                    "The limit like expression \"{n}\" is invalid. The {what} expression must be equal to or greater than 0, but got {n}. Write a count of 0 or more."
                ),
            )
        })
    };
    let (limit, offset) = match &q.limit_clause {
        Some(sq::LimitClause::LimitOffset { limit, offset, .. }) => (
            limit.as_ref().map(|e| count(e, "limit")).transpose()?,
            offset
                .as_ref()
                .map(|o| count(&o.value, "offset"))
                .transpose()?,
        ),
        Some(sq::LimitClause::OffsetCommaLimit { offset, limit }) => {
            (Some(count(limit, "limit")?), Some(count(offset, "offset")?))
        }
        None => (None, None),
    };
    Ok((order_by, limit, offset))
}

fn select(sel: &sq::Select) -> Result<SqlSelect> {
    let lateral_views = sel
        .lateral_views
        .iter()
        .map(|lv| {
            let g = match convert(&lv.lateral_view)? {
                Expr::Function {
                    name,
                    args,
                    distinct,
                } if crate::expr::functions::is_generator(&name) => Expr::Function {
                    name: match (lv.outer, name.ends_with("_outer")) {
                        (true, false) => format!("{name}_outer"),
                        _ => name,
                    },
                    args,
                    distinct,
                },
                _ => {
                    return Err(RunnelError::not_supported(format!(
                        "LATERAL VIEW of {}; a LATERAL VIEW takes a generator (explode, posexplode, inline, stack)", lv.lateral_view
                    )));
                }
            };
            Ok((g, lv.lateral_col_alias.iter().map(|c| c.value.clone()).collect()))
        })
        .collect::<Result<Vec<_>>>()?;
    // `FROM a, b`: a cross join (with the WHERE as its condition, as Spark's optimizer makes it).
    let mut from: Option<SqlFrom> = None;
    for t in &sel.from {
        let f = from_joins(t)?;
        from = Some(match from {
            None => f,
            Some(l) => SqlFrom::Join {
                left: Box::new(l),
                right: Box::new(f),
                how: "cross",
                on: None,
                using: Vec::new(),
            },
        });
    }
    let projection = sel
        .projection
        .iter()
        .map(select_item)
        .collect::<Result<Vec<_>>>()?;
    let projection = resolve_named_windows(projection, &sel.named_window)?;
    let selection = sel.selection.as_ref().map(convert).transpose()?;
    let (group_by, grouping_sets) = match &sel.group_by {
        sq::GroupByExpr::Expressions(exprs, modifiers) => group_by(exprs, modifiers)?,
        // GROUP BY ALL: the select items without an aggregate (Spark's ResolveGroupByAll).
        sq::GroupByExpr::All(_) => {
            if projection.iter().any(|e| matches!(e, Expr::Star(_))) {
                return Err(RunnelError::not_supported(
                    "GROUP BY ALL with * in the select list; name the columns",
                ));
            }
            let keys = projection
                .iter()
                .filter(|e| !e.contains_aggregate())
                .map(|e| e.clone().strip_alias())
                .collect();
            (keys, None)
        }
    };
    let having = sel.having.as_ref().map(convert).transpose()?;
    Ok(SqlSelect {
        from,
        projection,
        selection,
        group_by,
        grouping_sets,
        having,
        order_by: Vec::new(),
        limit: None,
        offset: None,
        distinct: sel.distinct.is_some(),
        lateral_views,
    })
}

fn number(s: &str) -> Result<ScalarValue> {
    let lower = s.to_ascii_lowercase();
    if let Some(d) = lower.strip_suffix('d') {
        return d
            .parse()
            .map(ScalarValue::Float64)
            .map_err(|_| parse_error(s, "bad number"));
    }
    if let Some(l) = lower.strip_suffix('l') {
        return l
            .parse()
            .map(ScalarValue::Int64)
            .map_err(|_| parse_error(s, "bad number"));
    }
    if lower.contains('e') {
        return lower
            .parse()
            .map(ScalarValue::Float64)
            .map_err(|_| parse_error(s, "bad number"));
    }
    if let Some((i, f)) = lower.split_once('.') {
        // Spark reads 1.5 as DECIMAL(2,1).
        let digits = format!("{i}{f}");
        let v: i128 = digits.parse().map_err(|_| parse_error(s, "bad number"))?;
        let scale = f.len() as i8;
        // The sign of `-3.10` (one literal since negative literals are) is no digit.
        let precision = (digits
            .trim_start_matches('-')
            .trim_start_matches('0')
            .len()
            .max(scale as usize)
            .max(1)) as u8;
        return Ok(ScalarValue::Decimal128(v, precision.min(38), scale));
    }
    if let Ok(v) = lower.parse::<i32>() {
        return Ok(ScalarValue::Int32(v));
    }
    if let Ok(v) = lower.parse::<i64>() {
        return Ok(ScalarValue::Int64(v));
    }
    // Beyond BIGINT: Spark's integer literal is a DECIMAL(n, 0) up to 38 digits.
    let digits = lower.trim_start_matches('-').trim_start_matches('0').len();
    match lower.parse::<i128>() {
        Ok(v) if digits <= 38 => Ok(ScalarValue::Decimal128(v, digits as u8, 0)),
        _ if lower
            .trim_start_matches('-')
            .bytes()
            .all(|b| b.is_ascii_digit()) =>
        {
            Err(RunnelError::execution(
                "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION",
                format!(
                    "Decimal precision {digits} exceeds max precision 38. Use a literal of at most 38 digits, or a DOUBLE (`{s}D`)."
                ),
            ))
        }
        _ => Err(parse_error(s, "number out of range")),
    }
}

/// Spark's multi-unit interval literals (`INTERVAL 1 HOUR 30 MINUTES`), which sqlparser
/// does not read, as the equivalent range literal (`INTERVAL '01:30' HOUR TO MINUTE`).
/// Spark's typed numeric literals (`3.75D`, `10L`, `5S`, `1Y`, `2.5F`, `100BD`), which
/// sqlparser does not read, become `__lit_<suffix>('<digits>')` calls that [`function`]
/// turns back into literals of Spark's types. Text in quotes is left alone.
/// The spelling of Spark's higher-order `exists(arr, x -> ...)` handed to sqlparser,
/// which reads `EXISTS (` as a subquery.
const EXISTS_FN: &str = "__exists";

/// `exists(` outside quotes and not before `SELECT` becomes [`EXISTS_FN`]`(`.
fn exists_function(text: &str) -> std::borrow::Cow<'_, str> {
    let lower = text.to_ascii_lowercase();
    if !lower.contains("exists") {
        return text.into();
    }
    let b = lower.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut quote: Option<u8> = None;
    let mut i = 0;
    let mut last = 0;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        if matches!(c, b'\'' | b'"' | b'`') {
            quote = Some(c);
            i += 1;
            continue;
        }
        let word_start = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if word_start && lower[i..].starts_with("exists") {
            let after = lower[i + 6..].trim_start();
            if let Some(inner) = after.strip_prefix('(')
                && !inner.trim_start().starts_with("select")
                && !inner.trim_start().starts_with("with")
            {
                out.push_str(&text[last..i]);
                out.push_str(EXISTS_FN);
                i += 6;
                last = i;
                continue;
            }
        }
        i += 1;
    }
    if last == 0 {
        return text.into();
    }
    out.push_str(&text[last..]);
    out.into()
}

fn typed_literals(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let mut out = String::new();
    let mut last = 0;
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        if c == b'\'' || c == b'"' || c == b'`' {
            quote = Some(c);
            i += 1;
            continue;
        }
        // `TIMESTAMP_LTZ '...'` is Spark's `TIMESTAMP '...'` (the session's time zone; the
        // literal is named `TIMESTAMP '...'`), a keyword sqlparser does not know.
        const LTZ: &[u8] = b"timestamp_ltz";
        if (c == b't' || c == b'T')
            && b.len() >= i + LTZ.len()
            && b[i..i + LTZ.len()].eq_ignore_ascii_case(LTZ)
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
        {
            let mut k = i + LTZ.len();
            while k < b.len() && b[k].is_ascii_whitespace() {
                k += 1;
            }
            if k > i + LTZ.len() && k < b.len() && b[k] == b'\'' {
                out.push_str(&text[last..i]);
                out.push_str("TIMESTAMP");
                last = i + LTZ.len();
                i = k;
                continue;
            }
        }
        // `extract(field FROM source)` with any of Spark's field names (`H`, `HR`, `MIN`,
        // `SEC`, `YRS`, `QTR`, `DAYOFWEEK_ISO`, ...; sqlparser reads only its own): the
        // same call as sqlparser's EXTRACT makes, `extract('field', source)`.
        const EXTRACT: &[u8] = b"extract";
        if (c == b'e' || c == b'E')
            && b.len() >= i + EXTRACT.len()
            && b[i..i + EXTRACT.len()].eq_ignore_ascii_case(EXTRACT)
            && (i == 0
                || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b'.'))
        {
            let skip = |mut k: usize| {
                while k < b.len() && b[k].is_ascii_whitespace() {
                    k += 1;
                }
                k
            };
            let open = skip(i + EXTRACT.len());
            if open < b.len() && b[open] == b'(' {
                let w0 = skip(open + 1);
                let mut w1 = w0;
                while w1 < b.len() && (b[w1].is_ascii_alphanumeric() || b[w1] == b'_') {
                    w1 += 1;
                }
                let from = skip(w1);
                let is_from = w1 > w0
                    && w1 < b.len()
                    && b[w1].is_ascii_whitespace()
                    && b.len() >= from + 5
                    && b[from..from + 4].eq_ignore_ascii_case(b"from")
                    && !(b[from + 4].is_ascii_alphanumeric() || b[from + 4] == b'_');
                if is_from {
                    out.push_str(&text[last..i]);
                    out.push_str(&format!("extract('{}',", &text[w0..w1]));
                    last = from + 4;
                    i = from + 4;
                    continue;
                }
            }
        }
        let starts = (c.is_ascii_digit()
            || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
            && (i == 0
                || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b'.'));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.') {
            j += 1;
        }
        if j < b.len() && (b[j] == b'e' || b[j] == b'E') {
            let mut k = j + 1;
            if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
                k += 1;
            }
            if k < b.len() && b[k].is_ascii_digit() {
                while k < b.len() && b[k].is_ascii_digit() {
                    k += 1;
                }
                j = k;
            }
        }
        let rest = &text[j..];
        let suffix = if rest.len() >= 2 && rest[..2].eq_ignore_ascii_case("bd") {
            Some("bd")
        } else {
            match rest.as_bytes().first().map(|c| c.to_ascii_lowercase()) {
                Some(s @ (b'd' | b'l' | b's' | b'y' | b'f')) => Some(match s {
                    b'd' => "d",
                    b'l' => "l",
                    b's' => "s",
                    b'y' => "y",
                    _ => "f",
                }),
                _ => None,
            }
        };
        if let Some(sfx) = suffix {
            let end = j + sfx.len();
            let boundary = b
                .get(end)
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || *c == b'_'));
            if boundary {
                out.push_str(&text[last..i]);
                out.push_str(&format!("__lit_{sfx}('{}')", &text[i..j]));
                last = end;
                i = end;
                continue;
            }
        }
        i = j.max(i + 1);
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// `-128Y`: the typed literal with its sign (Spark's grammar reads `MINUS? TINYINT_LITERAL`
/// as one literal, so -128Y is a TINYINT where 128Y is out of range).
fn negated_typed_literal(e: &sq::Expr) -> Option<Result<Expr>> {
    let sq::Expr::Function(f) = e else {
        return None;
    };
    let name = f.name.to_string().to_ascii_lowercase();
    name.starts_with("__lit_").then_some(())?;
    let sq::FunctionArguments::List(l) = &f.args else {
        return None;
    };
    let Some(sq::FunctionArg::Unnamed(sq::FunctionArgExpr::Expr(sq::Expr::Value(v)))) =
        l.args.first()
    else {
        return None;
    };
    let sq::Value::SingleQuotedString(d) = &v.value else {
        return None;
    };
    typed_literal(&name, &[Expr::Literal(ScalarValue::Utf8(format!("-{d}")))])
}

/// The literal a `__lit_<suffix>('<digits>')` call of [`typed_literals`] stands for.
fn typed_literal(name: &str, args: &[Expr]) -> Option<Result<Expr>> {
    let sfx = name.strip_prefix("__lit_")?;
    let Some(Expr::Literal(ScalarValue::Utf8(digits))) = args.first() else {
        return Some(Err(RunnelError::internal(
            "a typed literal without its digits",
        )));
    };
    let bad = || {
        RunnelError::parse_condition(
            "INVALID_NUMERIC_LITERAL_RANGE",
            format!(
                "Numeric literal {digits}{} is outside the valid range for its type. Use a wider type (a decimal literal ends in BD).",
                sfx.to_uppercase()
            ),
        )
    };
    use arrow_schema::DataType;
    // A typed literal is named by its digits, as Spark names `1Y` (`1`), not as a cast.
    let cast = |v: ScalarValue, to: DataType| {
        Expr::Cast {
            expr: Box::new(Expr::Literal(v)),
            to,
            try_: false,
        }
        .alias(digits)
    };
    Some((|| -> Result<Expr> {
        Ok(match sfx {
            "d" => Expr::Literal(ScalarValue::Float64(digits.parse().map_err(|_| bad())?)),
            "f" => cast(
                ScalarValue::Float64(digits.parse().map_err(|_| bad())?),
                DataType::Float32,
            ),
            "l" => Expr::Literal(ScalarValue::Int64(digits.parse().map_err(|_| bad())?)),
            "s" => {
                let v: i16 = digits.parse().map_err(|_| bad())?;
                cast(ScalarValue::Int32(v as i32), DataType::Int16)
            }
            "y" => {
                let v: i8 = digits.parse().map_err(|_| bad())?;
                cast(ScalarValue::Int32(v as i32), DataType::Int8)
            }
            _ => {
                let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
                let all = format!("{int}{frac}");
                let v: i128 = all.parse().map_err(|_| bad())?;
                let scale = frac.len() as i8;
                let precision = (all.trim_start_matches('-').trim_start_matches('0').len() as u8)
                    .max(scale as u8)
                    .max(1);
                if precision > 38 {
                    return Err(bad());
                }
                Expr::Literal(ScalarValue::Decimal128(v, precision, scale))
            }
        })
    })())
}

/// Spark's multi-unit and unit-string day-time interval literals, which sqlparser's
/// Spark dialect does not read, as the one-qualifier literal Spark prints for them:
/// `INTERVAL 2 DAYS 3 HOURS` and `INTERVAL '2 days 3 hours'` are `INTERVAL '2 03' DAY TO
/// HOUR`, `INTERVAL '10 minutes'` is `INTERVAL '10' MINUTE`, `INTERVAL 3 WEEKS` is 21 days
/// (`interval day`), `INTERVAL 100 MILLISECONDS` an `interval second`.
fn multi_unit_intervals(text: &str) -> std::borrow::Cow<'_, str> {
    match multi_unit_year_month(text) {
        std::borrow::Cow::Borrowed(t) => multi_unit_day_time(t),
        std::borrow::Cow::Owned(t) => std::borrow::Cow::Owned(multi_unit_day_time(&t).into_owned()),
    }
}

/// Whether byte `pos` of `text` lies inside a quoted string or identifier ('...', "...",
/// `...`), where the interval rewrites must not reach.
fn in_quotes(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    let (mut quote, mut i) = (None::<u8>, 0);
    while i < pos.min(b.len()) {
        let c = b[i];
        match quote {
            Some(_) if c == b'\\' => i += 1,
            Some(q) if c == q => quote = None,
            None if c == b'\'' || c == b'"' || c == b'`' => quote = Some(c),
            _ => {}
        }
        i += 1;
    }
    quote.is_some()
}

/// [`multi_unit_intervals`] of years and months: `INTERVAL 1 YEAR 2 MONTHS` and
/// `INTERVAL '1 year 2 months'` are `INTERVAL '1-2' YEAR TO MONTH`.
fn multi_unit_year_month(text: &str) -> std::borrow::Cow<'_, str> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    static PAIR: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\bINTERVAL\s+(?:'((?:\s*[+-]?\d+\s*(?:YEAR|MONTH)S?\b)+\s*)'|((?:[+-]?\d+\s+(?:YEAR|MONTH)S?\b\s*){2,}))",
        )
        .expect("a valid pattern")
    });
    if !re.is_match(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let pair = PAIR.get_or_init(|| {
        regex::Regex::new(r"(?i)([+-]?\d+)\s*(YEAR|MONTH)S?").expect("a valid pattern")
    });
    re.replace_all(text, |c: &regex::Captures| {
        if c.get(0).is_some_and(|m| in_quotes(text, m.start())) {
            return c[0].to_string();
        }
        let quoted = c.get(1).is_some();
        let body = c.get(1).or(c.get(2)).map_or("", |m| m.as_str());
        let (mut months, mut lo, mut hi) = (0i64, 1u8, 0u8);
        for p in pair.captures_iter(body) {
            let v: i64 = p[1].parse().unwrap_or(0);
            let f = if p[2].eq_ignore_ascii_case("YEAR") {
                0
            } else {
                1
            };
            months = months.saturating_add(if f == 0 { v.saturating_mul(12) } else { v });
            lo = lo.min(f);
            hi = hi.max(f);
        }
        let Ok(months) = i32::try_from(months) else {
            return c[0].to_string();
        };
        let lit = crate::scalar::year_month_sql(months, lo, hi);
        if quoted { lit } else { format!("{lit} ") }
    })
}

/// [`multi_unit_intervals`] of days to microseconds.
fn multi_unit_day_time(text: &str) -> std::borrow::Cow<'_, str> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    static PAIR: OnceLock<regex::Regex> = OnceLock::new();
    const UNITS: &str = "WEEK|DAY|HOUR|MINUTE|SECOND|MILLISECOND|MICROSECOND";
    let re = RE.get_or_init(|| {
        regex::Regex::new(&format!(
            r"(?i)\bINTERVAL\s+(?:'((?:\s*[+-]?\d+(?:\.\d+)?\s*(?:{UNITS})S?\b)+\s*)'|((?:[+-]?\d+(?:\.\d+)?\s+(?:{UNITS})S?\b\s*)+))"
        ))
        .expect("a valid pattern")
    });
    if !re.is_match(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let pair = PAIR.get_or_init(|| {
        regex::Regex::new(&format!(r"(?i)([+-]?\d+(?:\.\d+)?)\s*({UNITS})S?"))
            .expect("a valid pattern")
    });
    re.replace_all(text, |c: &regex::Captures| {
        if c.get(0).is_some_and(|m| in_quotes(text, m.start())) {
            return c[0].to_string();
        }
        let (body, quoted) = match (c.get(1), c.get(2)) {
            (Some(q), _) => (q.as_str(), true),
            (_, Some(u)) => (u.as_str(), false),
            _ => return c[0].to_string(),
        };
        let (mut micros, mut lo, mut hi, mut pairs, mut odd_unit) = (0f64, 3u8, 0u8, 0, false);
        for p in pair.captures_iter(body) {
            let v: f64 = p[1].parse().unwrap_or(0.0);
            let (f, unit) = match p[2].to_ascii_uppercase().as_str() {
                "WEEK" => (0, 7.0 * 86_400_000_000.0),
                "DAY" => (0, 86_400_000_000.0),
                "HOUR" => (1, 3_600_000_000.0),
                "MINUTE" => (2, 60_000_000.0),
                "SECOND" => (3, 1_000_000.0),
                "MILLISECOND" => (3, 1_000.0),
                _ => (3, 1.0),
            };
            odd_unit |= matches!(
                p[2].to_ascii_uppercase().as_str(),
                "WEEK" | "MILLISECOND" | "MICROSECOND"
            );
            micros += v * unit;
            lo = lo.min(f);
            hi = hi.max(f);
            pairs += 1;
        }
        // `INTERVAL 1 DAY` and friends sqlparser reads itself.
        if !quoted && pairs < 2 && !odd_unit {
            return c[0].to_string();
        }
        let lit = crate::scalar::day_time_sql(micros.round() as i64, lo, hi);
        if quoted { lit } else { format!("{lit} ") }
    })
}

/// The text of an interval literal's value (`1`, `'1:30'`, `-5`).
fn interval_text(iv: &sq::Interval) -> Option<String> {
    Some(match iv.value.as_ref() {
        sq::Expr::Value(v) => match &v.value {
            sq::Value::Number(n, _) => n.clone(),
            sq::Value::SingleQuotedString(s) | sq::Value::DoubleQuotedString(s) => {
                s.trim().to_string()
            }
            _ => return None,
        },
        sq::Expr::UnaryOp {
            op: sq::UnaryOperator::Minus,
            expr,
        } => match expr.as_ref() {
            sq::Expr::Value(v) => match &v.value {
                sq::Value::Number(n, _) => format!("-{n}"),
                _ => return None,
            },
            _ => return None,
        },
        _ => return None,
    })
}

/// `INTERVAL 1 HOUR`, `interval '10' minute`, `INTERVAL '1:30' HOUR TO MINUTE`: Spark's
/// day-time intervals (year-month intervals are not supported yet).
fn interval(iv: &sq::Interval) -> Result<ScalarValue> {
    use sq::DateTimeField as F;
    let field = |f: &F| -> Option<u8> {
        Some(match f {
            F::Day | F::Days => 0,
            F::Hour | F::Hours => 1,
            F::Minute | F::Minutes => 2,
            F::Second | F::Seconds => 3,
            _ => return None,
        })
    };
    let refuse = || {
        RunnelError::not_supported(format!(
            "the interval {iv}; write a day-time interval with one unit or a range of DAY, HOUR, MINUTE and SECOND (INTERVAL 1 HOUR, INTERVAL '1:30' HOUR TO MINUTE)"
        ))
    };
    // Year-month intervals: `INTERVAL 1 MONTH`, `INTERVAL '1-2' YEAR TO MONTH`.
    let ym = |f: &F| -> Option<u8> {
        Some(match f {
            F::Year | F::Years => 0,
            F::Month | F::Months => 1,
            _ => return None,
        })
    };
    if let Some(ys) = iv.leading_field.as_ref().and_then(ym) {
        let ye = match &iv.last_field {
            Some(f) => ym(f).ok_or_else(refuse)?,
            None => ys,
        };
        let text = interval_text(iv).ok_or_else(refuse)?;
        let (neg, body) = match text.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, text.strip_prefix('+').unwrap_or(&text)),
        };
        let months: i64 = match (ys, ye) {
            (0, 1) => {
                let (y, m) = body.split_once('-').ok_or_else(refuse)?;
                let (y, m): (i64, i64) = (
                    y.parse().map_err(|_| refuse())?,
                    m.parse().map_err(|_| refuse())?,
                );
                if m > 11 {
                    return Err(refuse());
                }
                y * 12 + m
            }
            (0, 0) => body.parse::<i64>().map_err(|_| refuse())? * 12,
            (1, 1) => body.parse::<i64>().map_err(|_| refuse())?,
            _ => return Err(refuse()),
        };
        let months = if neg { -months } else { months };
        let months = i32::try_from(months).map_err(|_| refuse())?;
        return Ok(ScalarValue::YearMonth(months, ys, ye));
    }
    let start = iv
        .leading_field
        .as_ref()
        .and_then(field)
        .ok_or_else(refuse)?;
    let end = match &iv.last_field {
        Some(f) => field(f).ok_or_else(refuse)?,
        None => start,
    };
    if end < start {
        return Err(refuse());
    }
    let text = interval_text(iv).ok_or_else(refuse)?;
    const UNIT: [i64; 4] = [86_400_000_000, 3_600_000_000, 60_000_000, 1_000_000];
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let parts: Vec<&str> = body.split([':', ' ']).filter(|p| !p.is_empty()).collect();
    if parts.len() != (end - start + 1) as usize {
        return Err(refuse());
    }
    let mut micros: i128 = 0;
    for (k, p) in parts.iter().enumerate() {
        let f = start as usize + k;
        let v: f64 = p.parse().map_err(|_| refuse())?;
        if f != 3 && p.contains('.') {
            return Err(refuse());
        }
        micros += (v * UNIT[f] as f64).round() as i128;
    }
    let micros = if neg { -micros } else { micros };
    let micros = i64::try_from(micros).map_err(|_| refuse())?;
    Ok(ScalarValue::DayTime(micros, start, end))
}

fn value(v: &sq::Value) -> Result<ScalarValue> {
    Ok(match v {
        sq::Value::Number(n, _) => number(n)?,
        sq::Value::SingleQuotedString(s) | sq::Value::DoubleQuotedString(s) => {
            ScalarValue::Utf8(unescape(s))
        }
        sq::Value::Boolean(b) => ScalarValue::Boolean(*b),
        sq::Value::Null => ScalarValue::Null(arrow_schema::DataType::Null),
        // X'7576': a BINARY (an odd number of digits takes a leading 0, as Spark's).
        sq::Value::HexStringLiteral(h) => {
            let bytes = crate::expr::functions::unhex_str(h).ok_or_else(|| {
                    RunnelError::parse(format!(
                        "X'{h}' is not a binary literal: write an even number of hex digits (0-9, A-F) between the quotes."
                    ))
                })?;
            ScalarValue::binary(&bytes)
        }
        other => return Err(RunnelError::not_supported(format!("the literal {other}"))),
    })
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn ident(i: &sq::Ident) -> String {
    i.value.clone()
}

fn quote_part(s: &str) -> String {
    if s.contains('.') {
        format!("`{s}`")
    } else {
        s.to_string()
    }
}

fn function(f: &sq::Function) -> Result<Expr> {
    let mut name = f.name.to_string().to_ascii_lowercase();
    if name == EXISTS_FN {
        name = "exists".into();
    }
    if let Some(e) = crate::expr::functions::refuse_in_sql(&name) {
        return Err(e);
    }
    let mut distinct = false;
    let mut args = Vec::new();
    match &f.args {
        sq::FunctionArguments::None => {}
        sq::FunctionArguments::List(list) => {
            distinct = matches!(
                list.duplicate_treatment,
                Some(sq::DuplicateTreatment::Distinct)
            );
            for a in &list.args {
                let ae = match a {
                    sq::FunctionArg::Unnamed(x) => x,
                    sq::FunctionArg::Named { arg, .. } | sq::FunctionArg::ExprNamed { arg, .. } => {
                        arg
                    }
                };
                args.push(match ae {
                    sq::FunctionArgExpr::Expr(e) => convert(e)?,
                    sq::FunctionArgExpr::Wildcard => Expr::Star(None),
                    sq::FunctionArgExpr::QualifiedWildcard(n) => Expr::Star(Some(n.to_string())),
                    other => {
                        return Err(RunnelError::not_supported(format!("the argument {other}")));
                    }
                });
            }
        }
        sq::FunctionArguments::Subquery(_) => return Err(RunnelError::not_supported("subqueries")),
    }
    if !f.within_group.is_empty() {
        return within_group(&name, args, &f.within_group, distinct);
    }
    // Spark's SQL make_dt_interval fills what is left out with 0s and seconds of
    // DECIMAL(18,6) zero, and is named with them (`make_dt_interval(1, 0, 0, 0.000000)`).
    if name == "make_dt_interval" && args.len() < 4 {
        while args.len() < 3 {
            args.push(Expr::Literal(ScalarValue::Int32(0)));
        }
        args.push(Expr::Literal(ScalarValue::Decimal128(0, 18, 6)));
    }
    let filter = f.filter.as_deref().map(convert).transpose()?;
    // `lag(x) IGNORE NULLS`, `first(x) IGNORE NULLS`: the flag as the argument Spark's
    // function takes for it (lag/lead's fourth, after the offset and default).
    if matches!(f.null_treatment, Some(sq::NullTreatment::IgnoreNulls)) {
        match name.as_str() {
            "lag" | "lead" => {
                if args.len() < 2 {
                    args.push(Expr::Literal(ScalarValue::Int32(1)));
                }
                if args.len() < 3 {
                    args.push(Expr::Literal(ScalarValue::Null(
                        arrow_schema::DataType::Null,
                    )));
                }
                args.push(Expr::Literal(ScalarValue::Boolean(true)));
            }
            _ => args.push(Expr::Literal(ScalarValue::Boolean(true))),
        }
    }
    if let Some(cond) = filter {
        if f.over.is_some() {
            return Err(RunnelError::not_supported(format!(
                "{name}(...) FILTER (WHERE ...) OVER (...); filter the rows first"
            )));
        }
        // Spark's name: the aggregate as written, then ` FILTER (WHERE cond)`.
        let shown = format!(
            "{} FILTER (WHERE {})",
            Expr::Function {
                name: name.clone(),
                args: args.clone(),
                distinct,
            }
            .name(),
            cond.sql()
        );
        return Ok(Expr::Alias(
            Box::new(filtered(name, args, distinct, cond)?),
            shown,
        ));
    }
    if let Some(over) = &f.over {
        let spec = match over {
            sq::WindowType::NamedWindow(w) => crate::expr::window::WindowSpec {
                base: Some(ident(w)),
                ..Default::default()
            },
            sq::WindowType::WindowSpec(s) => window_spec(s)?,
        };
        return Ok(Expr::Over {
            func: Box::new(Expr::Function {
                name,
                args,
                distinct,
            }),
            spec: Box::new(spec),
        });
    }
    if let Some(lit) = typed_literal(&name, &args) {
        return lit;
    }
    // `timestampdiff(MINUTE, a, b)`: Spark's grammar takes the unit as a keyword.
    if matches!(
        name.as_str(),
        "timestampdiff"
            | "timestamp_diff"
            | "timestampadd"
            | "timestamp_add"
            | "datediff"
            | "date_diff"
            | "dateadd"
            | "date_add"
    ) && args.len() == 3
        && let Expr::Column(unit) = &args[0]
    {
        args[0] = Expr::Literal(ScalarValue::Utf8(unit.to_ascii_uppercase()));
        name = match name.as_str() {
            "datediff" | "date_diff" | "timestampdiff" => "timestamp_diff".into(),
            "dateadd" | "date_add" | "timestampadd" => "timestamp_add".into(),
            _ => name,
        };
    }
    Ok(Expr::Function {
        name,
        args,
        distinct,
    })
}

/// `f(...) WITHIN GROUP (ORDER BY key)`, named as Spark names it:
/// `percentile_cont(p)` is `percentile(key, p)` (`1 - p` descending);
/// `percentile_disc(p)` the value at place max(ceil(p × n), 1) of the n non-NULL keys
/// sorted, as a DOUBLE; `listagg(x[, sep])`/`string_agg` are the non-NULL values sorted
/// (by x itself, or by another key) and joined. Other functions are refused rather than
/// their order ignored.
fn within_group(
    name: &str,
    args: Vec<Expr>,
    order: &[sq::OrderByExpr],
    distinct: bool,
) -> Result<Expr> {
    let [o] = order else {
        return Err(RunnelError::not_supported(format!(
            "{name}(...) WITHIN GROUP with more than one ORDER BY key"
        )));
    };
    let desc = matches!(o.options.sort, Some(sq::OrderBySort::Desc));
    let key = convert(&o.expr)?;
    if distinct {
        match (name, args.first()) {
            ("listagg" | "string_agg", Some(x)) if *x == key => {}
            ("listagg" | "string_agg", Some(x)) => {
                return Err(RunnelError::analysis(
                    "INVALID_WITHIN_GROUP_EXPRESSION.MISMATCH_WITH_DISTINCT_INPUT",
                    format!(
                        "Invalid function `{name}` with WITHIN GROUP. The function is invoked with DISTINCT and WITHIN GROUP but expressions \"{}\" and \"{}\" do not match. The WITHIN GROUP ordering expression must be picked from the function inputs.",
                        x.sql(),
                        key.sql()
                    ),
                ));
            }
            _ => {
                return Err(RunnelError::not_supported(format!(
                    "{name}(DISTINCT ...) WITHIN GROUP"
                )));
            }
        }
    }
    let call = Expr::Function {
        name: name.to_string(),
        args: args.clone(),
        distinct: false,
    };
    let shown = format!(
        "{} WITHIN GROUP (ORDER BY {}{})",
        call.name(),
        key.sql(),
        if desc { " DESC" } else { "" }
    );
    let lit_f64 = |e: &Expr| match e {
        Expr::Literal(ScalarValue::Float64(v)) => Some(*v),
        Expr::Literal(ScalarValue::Int32(v)) => Some(*v as f64),
        Expr::Literal(ScalarValue::Int64(v)) => Some(*v as f64),
        Expr::Literal(ScalarValue::Decimal128(v, _, s)) => Some(*v as f64 / 10f64.powi(*s as i32)),
        _ => None,
    };
    let made = match (name, args.as_slice()) {
        ("percentile_cont", [p]) => {
            let p = match (desc, lit_f64(p)) {
                (false, _) => p.clone(),
                (true, Some(v)) => Expr::Literal(ScalarValue::Float64(1.0 - v)),
                (true, None) => {
                    return Err(RunnelError::not_supported(
                        "percentile_cont(p) WITHIN GROUP (ORDER BY ... DESC) with a p that is not a number literal",
                    ));
                }
            };
            func("percentile", vec![key, p])
        }
        ("percentile_disc", [p]) => {
            let sorted = func(
                "sort_array",
                vec![
                    func("collect_list", vec![key.clone()]),
                    Expr::Literal(ScalarValue::Boolean(!desc)),
                ],
            );
            let place = func(
                "greatest",
                vec![
                    Expr::Cast {
                        expr: Box::new(func(
                            "ceil",
                            vec![Expr::Binary(
                                Box::new(p.clone()),
                                BinaryOp::Multiply,
                                Box::new(func("count", vec![key])),
                            )],
                        )),
                        to: arrow_schema::DataType::Int32,
                        try_: false,
                    },
                    Expr::Literal(ScalarValue::Int32(1)),
                ],
            );
            Expr::Cast {
                expr: Box::new(func("try_element_at", vec![sorted, place])),
                to: arrow_schema::DataType::Float64,
                try_: false,
            }
        }
        ("listagg" | "string_agg", [x, rest @ ..]) if *x == key && rest.len() <= 1 => {
            let sep = rest
                .first()
                .cloned()
                .unwrap_or(Expr::Literal(ScalarValue::Utf8(String::new())));
            let joined = func(
                "array_join",
                vec![
                    func(
                        "sort_array",
                        vec![
                            func(
                                if distinct {
                                    "collect_set"
                                } else {
                                    "collect_list"
                                },
                                vec![key.clone()],
                            ),
                            Expr::Literal(ScalarValue::Boolean(!desc)),
                        ],
                    ),
                    sep,
                ],
            );
            // NULL over no non-NULL value, as listagg
            Expr::Case {
                operand: None,
                branches: vec![(
                    Expr::Binary(
                        Box::new(func("count", vec![key])),
                        BinaryOp::Gt,
                        Box::new(Expr::Literal(ScalarValue::Int64(0))),
                    ),
                    joined,
                )],
                otherwise: None,
            }
        }
        // Ordered by another expression: the non-NULL values collected with their keys,
        // sorted by key and then position (Spark's sort is stable: equal keys keep their
        // input order), joined.
        ("listagg" | "string_agg", [x, rest @ ..]) if rest.len() <= 1 => {
            let sep = rest
                .first()
                .cloned()
                .unwrap_or(Expr::Literal(ScalarValue::Utf8(String::new())));
            let lit = |s: &str| Expr::Literal(ScalarValue::Utf8(s.to_string()));
            let pair = func(
                "named_struct",
                vec![lit("k"), key.clone(), lit("v"), x.clone()],
            );
            let kept = Expr::Case {
                operand: None,
                branches: vec![(Expr::IsNotNull(Box::new(x.clone())), pair)],
                otherwise: None,
            };
            // (k, v) -> (k, position, v); the position negated when sorting descending.
            let var = |n: &str| Expr::LambdaVar(n.to_string());
            let field = |n: &str| Expr::Field(Box::new(var("__listagg_p")), n.to_string());
            let position = if desc {
                func("negative", vec![var("__listagg_i")])
            } else {
                var("__listagg_i")
            };
            let numbered = func(
                "transform",
                vec![
                    func("collect_list", vec![kept]),
                    Expr::Lambda {
                        params: vec!["__listagg_p".to_string(), "__listagg_i".to_string()],
                        body: Box::new(func(
                            "named_struct",
                            vec![
                                lit("k"),
                                field("k"),
                                lit("i"),
                                position,
                                lit("v"),
                                field("v"),
                            ],
                        )),
                    },
                ],
            );
            let sorted = func(
                "sort_array",
                vec![numbered, Expr::Literal(ScalarValue::Boolean(!desc))],
            );
            let values = func(
                "transform",
                vec![
                    sorted,
                    Expr::Lambda {
                        params: vec!["__listagg_e".to_string()],
                        body: Box::new(Expr::Field(
                            Box::new(Expr::LambdaVar("__listagg_e".to_string())),
                            "v".to_string(),
                        )),
                    },
                ],
            );
            Expr::Case {
                operand: None,
                branches: vec![(
                    Expr::Binary(
                        Box::new(func("count", vec![x.clone()])),
                        BinaryOp::Gt,
                        Box::new(Expr::Literal(ScalarValue::Int64(0))),
                    ),
                    func("array_join", vec![values, sep]),
                )],
                otherwise: None,
            }
        }
        _ => {
            return Err(RunnelError::not_supported(format!(
                "{shown}: Runnel orders WITHIN GROUP only for percentile_cont, percentile_disc and listagg/string_agg"
            )));
        }
    };
    Ok(Expr::Alias(Box::new(made), shown))
}

/// `agg(...) FILTER (WHERE cond)`: the aggregate sees only the rows where `cond` is true.
/// The aggregates that skip NULL inputs take their value arguments as
/// `CASE WHEN cond THEN x END` (the same answer, also over no rows); `count(*)` counts
/// `CASE WHEN cond THEN 1 END`; first/last that keep NULLs take the first/last non-NULL
/// `CASE WHEN cond THEN named_struct('v', x) END` and read its `v` (a NULL x of a row
/// that passes is kept, rows that do not pass are skipped). Others are refused.
fn filtered(name: String, mut args: Vec<Expr>, distinct: bool, cond: Expr) -> Result<Expr> {
    let when = |x: Expr| Expr::Case {
        operand: None,
        branches: vec![(cond.clone(), x.strip_alias())],
        otherwise: None,
    };
    let call = |name: String, args: Vec<Expr>| Expr::Function {
        name,
        args,
        distinct,
    };
    if name == "count" && matches!(args.as_slice(), [Expr::Star(None)] | []) {
        return Ok(call(name, vec![when(Expr::Literal(ScalarValue::Int32(1)))]));
    }
    let ignores_nulls = matches!(args.get(1), Some(Expr::Literal(ScalarValue::Boolean(true))));
    let keeps_nulls = matches!(
        name.as_str(),
        "first" | "first_value" | "last" | "last_value" | "any_value"
    ) && !ignores_nulls
        && !args.is_empty()
        && args.len() <= 2;
    if keeps_nulls {
        let boxed = Expr::Function {
            name: "named_struct".into(),
            args: vec![
                Expr::Literal(ScalarValue::Utf8("v".into())),
                args.swap_remove(0).strip_alias(),
            ],
            distinct: false,
        };
        let picked = call(
            name,
            vec![when(boxed), Expr::Literal(ScalarValue::Boolean(true))],
        );
        return Ok(Expr::Field(Box::new(picked), "v".into()));
    }
    let which: Vec<usize> = match name.as_str() {
        // the ordering decides which row's value is taken
        "max_by" | "min_by" => vec![1],
        // the other arguments are constants (a percentage, a delimiter)
        "percentile" | "percentile_approx" | "approx_percentile" | "median" | "string_agg"
        | "listagg" => vec![0],
        "first" | "first_value" | "last" | "last_value" | "any_value" if ignores_nulls => vec![0],
        "count"
        | "sum"
        | "avg"
        | "mean"
        | "min"
        | "max"
        | "collect_list"
        | "collect_set"
        | "array_agg"
        | "stddev"
        | "stddev_samp"
        | "stddev_pop"
        | "std"
        | "variance"
        | "var_samp"
        | "var_pop"
        | "count_if"
        | "bool_and"
        | "bool_or"
        | "every"
        | "any"
        | "some"
        | "approx_count_distinct"
        | "count_distinct"
        | "sum_distinct"
        | "corr"
        | "covar_pop"
        | "covar_samp"
        | "regr_count"
        | "regr_avgx"
        | "regr_avgy"
        | "regr_slope"
        | "regr_intercept"
        | "regr_r2"
        | "regr_sxx"
        | "regr_syy"
        | "regr_sxy"
        | "skewness"
        | "kurtosis"
        | "product"
        | "bit_and"
        | "bit_or"
        | "bit_xor"
        | "mode"
        | "try_sum"
        | "try_avg" => (0..args.len()).collect(),
        _ => {
            return Err(RunnelError::not_supported(format!(
                "{name}(...) FILTER (WHERE ...); filter the rows first, or aggregate a CASE WHEN ... END"
            )));
        }
    };
    for i in which {
        if let Some(a) = args.get_mut(i) {
            *a = when(std::mem::replace(a, Expr::Star(None)));
        }
    }
    Ok(call(name, args))
}

/// GROUP BY's keys and, with ROLLUP / CUBE / GROUPING SETS, each set's key positions.
type GroupBy = (Vec<Expr>, Option<Vec<Vec<usize>>>);

/// GROUP BY's keys, and its grouping sets when it has ROLLUP / CUBE / GROUPING SETS
/// (Spark's: plain keys are in every set; several of these multiply).
fn group_by(exprs: &[sq::Expr], modifiers: &[sq::GroupByWithModifier]) -> Result<GroupBy> {
    let mut keys: Vec<Expr> = Vec::new();
    let mut key = |e: &sq::Expr, keys: &mut Vec<Expr>| -> Result<usize> {
        let e = convert(e)?;
        Ok(match keys.iter().position(|k| *k == e) {
            Some(i) => i,
            None => {
                keys.push(e);
                keys.len() - 1
            }
        })
    };
    // Each GROUP BY item as its sets of keys; the query's sets are their products.
    let mut items: Vec<Vec<Vec<usize>>> = Vec::new();
    let mut special = false;
    for e in exprs {
        let sets_of = |sets: &[Vec<sq::Expr>],
                       keys: &mut Vec<Expr>,
                       key: &mut dyn FnMut(&sq::Expr, &mut Vec<Expr>) -> Result<usize>|
         -> Result<Vec<Vec<usize>>> {
            sets.iter()
                .map(|s| s.iter().map(|x| key(x, keys)).collect::<Result<Vec<_>>>())
                .collect()
        };
        match e {
            sq::Expr::Rollup(parts) => {
                special = true;
                let parts = sets_of(parts, &mut keys, &mut key)?;
                items.push(
                    (0..=parts.len())
                        .rev()
                        .map(|i| parts[..i].concat())
                        .collect(),
                );
            }
            sq::Expr::Cube(parts) => {
                special = true;
                let parts = sets_of(parts, &mut keys, &mut key)?;
                let n = parts.len().min(12);
                items.push(
                    (0..1usize << n)
                        .rev()
                        .map(|m| {
                            (0..n)
                                .filter(|i| m & (1 << (n - 1 - i)) != 0)
                                .flat_map(|i| parts[i].clone())
                                .collect()
                        })
                        .collect(),
                );
            }
            sq::Expr::GroupingSets(sets) => {
                special = true;
                items.push(sets_of(sets, &mut keys, &mut key)?);
            }
            other => {
                let i = key(other, &mut keys)?;
                items.push(vec![vec![i]]);
            }
        }
    }
    for m in modifiers {
        match m {
            sq::GroupByWithModifier::Rollup | sq::GroupByWithModifier::Cube => {
                let plain: Vec<usize> = (0..keys.len()).collect();
                special = true;
                let sets: Vec<Vec<usize>> = if matches!(m, sq::GroupByWithModifier::Rollup) {
                    (0..=plain.len())
                        .rev()
                        .map(|i| plain[..i].to_vec())
                        .collect()
                } else {
                    let n = plain.len().min(12);
                    (0..1usize << n)
                        .rev()
                        .map(|mask| (0..n).filter(|i| mask & (1 << (n - 1 - i)) != 0).collect())
                        .collect()
                };
                items = vec![sets];
            }
            other => {
                return Err(RunnelError::not_supported(format!("GROUP BY ... {other}")));
            }
        }
    }
    if !special {
        return Ok((keys, None));
    }
    let mut sets: Vec<Vec<usize>> = vec![vec![]];
    for item in items {
        let mut next = Vec::new();
        for s in &sets {
            for t in &item {
                let mut u = s.clone();
                u.extend(t.iter().filter(|i| !s.contains(i)));
                next.push(u);
            }
        }
        sets = next;
    }
    Ok((keys, Some(sets)))
}

/// Replaces `OVER w` with the window the WINDOW clause defines as `w` (Spark's
/// `WindowsSubstitution`).
fn resolve_named_windows(
    items: Vec<Expr>,
    defs: &[sq::NamedWindowDefinition],
) -> Result<Vec<Expr>> {
    use crate::expr::window::WindowSpec;
    let mut named: Vec<(String, WindowSpec)> = Vec::new();
    for sq::NamedWindowDefinition(name, def) in defs {
        let spec = match def {
            sq::NamedWindowExpr::WindowSpec(s) => window_spec(s)?,
            sq::NamedWindowExpr::NamedWindow(other) => WindowSpec {
                base: Some(ident(other)),
                ..Default::default()
            },
        };
        named.push((ident(name).to_ascii_lowercase(), spec));
    }
    fn lookup(
        named: &[(String, WindowSpec)],
        spec: &WindowSpec,
        depth: usize,
    ) -> Result<WindowSpec> {
        let Some(base) = &spec.base else {
            return Ok(spec.clone());
        };
        let found = named
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(base))
            .filter(|_| depth < 32)
            .ok_or_else(|| {
                RunnelError::analysis(
                    "MISSING_WINDOW_SPECIFICATION",
                    format!(
                        "Window specification is not defined in the WINDOW clause for {base}. Define it: WINDOW {base} AS (PARTITION BY ... ORDER BY ...)."
                    ),
                )
            })?;
        Ok(spec.on(&lookup(named, &found.1, depth + 1)?))
    }
    fn walk(e: &Expr, named: &[(String, WindowSpec)]) -> Result<Expr> {
        match e {
            Expr::Over { func, spec } => Ok(Expr::Over {
                func: func.clone(),
                spec: Box::new(lookup(named, spec, 0)?),
            }),
            other => other.map_children(&mut |c| walk(c, named)),
        }
    }
    items.iter().map(|e| walk(e, &named)).collect()
}

/// `(PARTITION BY ... ORDER BY ... frame)`.
fn window_spec(s: &sq::WindowSpec) -> Result<crate::expr::window::WindowSpec> {
    use crate::expr::window::{Bound, Frame, WindowSpec};
    let mut order = Vec::new();
    for o in &s.order_by {
        let asc = !matches!(o.options.sort, Some(sq::OrderBySort::Desc));
        order.push(Expr::Sort {
            expr: Box::new(convert(&o.expr)?),
            asc,
            nulls_first: o.options.nulls_first.unwrap_or(asc),
        });
    }
    let bound = |b: &sq::WindowFrameBound| -> Result<Bound> {
        Ok(match b {
            sq::WindowFrameBound::CurrentRow => Bound::CurrentRow,
            sq::WindowFrameBound::Preceding(None) => Bound::UnboundedPreceding,
            sq::WindowFrameBound::Following(None) => Bound::UnboundedFollowing,
            sq::WindowFrameBound::Preceding(Some(e)) => {
                Bound::Offset(Expr::Negative(Box::new(convert(e)?)))
            }
            sq::WindowFrameBound::Following(Some(e)) => Bound::Offset(convert(e)?),
        })
    };
    let frame = match &s.window_frame {
        None => None,
        Some(f) => {
            let rows = match f.units {
                sq::WindowFrameUnits::Rows => true,
                sq::WindowFrameUnits::Range => false,
                // Spark's grammar has ROWS and RANGE frames only.
                sq::WindowFrameUnits::Groups => {
                    return Err(RunnelError::parse(
                        "Syntax error at or near 'GROUPS'. Spark's window frames are ROWS or RANGE frames: write ROWS BETWEEN ... or RANGE BETWEEN ...",
                    )
                    .with_condition("PARSE_SYNTAX_ERROR"));
                }
            };
            Some(Frame {
                rows,
                lower: bound(&f.start_bound)?,
                upper: match &f.end_bound {
                    Some(b) => bound(b)?,
                    None => Bound::CurrentRow,
                },
            })
        }
    };
    Ok(WindowSpec {
        partition: s.partition_by.iter().map(convert).collect::<Result<_>>()?,
        order,
        frame,
        base: s.window_name.as_ref().map(ident),
    })
}

/// The value of an expression without columns, if it has one (no error).
fn constant(e: &Expr) -> Option<ScalarValue> {
    let p = crate::expr::bind_expr(e, &arrow_schema::Schema::empty()).ok()?;
    let a = p.eval_constant().ok()?;
    // A timestamp_ntz has no scalar of its own: the one-row array is the literal.
    if matches!(a.data_type(), arrow_schema::DataType::Timestamp(_, None)) {
        return (a.len() == 1).then(|| ScalarValue::Nested(a));
    }
    ScalarValue::try_from_array(a.as_ref(), 0).ok()
}

/// `ceil(x)`, `ceil(x, scale)`: the scale is an argument (never dropped).
fn ceil_floor_args(expr: &sq::Expr, field: &sq::CeilFloorKind) -> Result<Vec<Expr>> {
    let mut args = vec![convert(expr)?];
    match field {
        sq::CeilFloorKind::Scale(v) => args.push(Expr::Literal(value(v)?)),
        sq::CeilFloorKind::DateTimeField(sq::DateTimeField::NoDateTime) => {}
        sq::CeilFloorKind::DateTimeField(f) => {
            return Err(RunnelError::not_supported(format!(
                "CEIL/FLOOR(... TO {f})"
            )));
        }
    }
    Ok(args)
}

thread_local! {
    /// The parameters of the lambdas being converted, innermost last: (as written, unique name).
    static LAMBDA_SCOPE: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A name that is a parameter of an enclosing lambda (Spark resolves those before columns).
fn lambda_var(name: &str) -> Option<Expr> {
    LAMBDA_SCOPE.with(|s| {
        s.borrow()
            .iter()
            .rev()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, u)| Expr::LambdaVar(u.clone()))
    })
}

/// Converts a sqlparser expression.
pub fn convert(e: &sq::Expr) -> Result<Expr> {
    // sqlparser builds chains of infix operators (`1+1+...`) in a loop, at any depth;
    // converting them recurses, so the depth is counted and bounded here.
    let _depth = DepthGuard::enter()?;
    convert_inner(e)
}

thread_local! {
    static CONVERT_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// One level of [`convert`]'s recursion; past [`MAX_EXPR_DEPTH`] levels, Spark's
/// `FAILED_TO_PARSE_TOO_COMPLEX`.
struct DepthGuard;

impl DepthGuard {
    fn enter() -> Result<DepthGuard> {
        let d = CONVERT_DEPTH.with(|c| {
            c.set(c.get() + 1);
            c.get()
        });
        let guard = DepthGuard;
        if d > MAX_EXPR_DEPTH {
            return Err(too_complex());
        }
        Ok(guard)
    }
}

impl Drop for DepthGuard {
    fn drop(&mut self) {
        CONVERT_DEPTH.with(|c| c.set(c.get().saturating_sub(1)));
    }
}

/// Spark's `FAILED_TO_PARSE_TOO_COMPLEX`, for SQL nested more than [`MAX_EXPR_DEPTH`]
/// levels (Spark's parser overflows its stack a little past that).
fn too_complex() -> RunnelError {
    RunnelError::parse(format!(
        "The statement, including potential SQL functions and referenced views, was too complex to parse: it nests more than {MAX_EXPR_DEPTH} levels (operators chained, parentheses or calls inside each other). To mitigate this error divide the statement into multiple, less complex chunks: compute a part with withColumn(...) or selectExpr, then use that column."
    ))
    .with_condition("FAILED_TO_PARSE_TOO_COMPLEX")
}

fn convert_inner(e: &sq::Expr) -> Result<Expr> {
    let e0 = e;
    Ok(match e {
        sq::Expr::Identifier(i) => match lambda_var(&ident(i)) {
            Some(v) => v,
            None => Expr::Column(quote_part(&ident(i))),
        },
        sq::Expr::CompoundIdentifier(parts) => match lambda_var(&parts[0].value) {
            // `x.field` inside a lambda with parameter x.
            Some(v) => parts[1..]
                .iter()
                .fold(v, |e, p| Expr::Field(Box::new(e), p.value.clone())),
            None => Expr::Column(
                parts
                    .iter()
                    .map(|p| quote_part(&p.value))
                    .collect::<Vec<_>>()
                    .join("."),
            ),
        },
        sq::Expr::Lambda(l) => {
            let names: Vec<String> = match &l.params {
                sq::OneOrManyWithParens::One(p) => vec![p.name.value.clone()],
                sq::OneOrManyWithParens::Many(ps) => {
                    ps.iter().map(|p| p.name.value.clone()).collect()
                }
            };
            let unique: Vec<String> = LAMBDA_SCOPE.with(|s| {
                let mut s = s.borrow_mut();
                let depth = s.len();
                names
                    .iter()
                    .map(|n| {
                        let u = format!("{n}#{depth}");
                        s.push((n.clone(), u.clone()));
                        u
                    })
                    .collect()
            });
            let body = convert(&l.body);
            LAMBDA_SCOPE.with(|s| {
                let mut s = s.borrow_mut();
                let keep = s.len() - names.len();
                s.truncate(keep);
            });
            Expr::Lambda {
                params: unique,
                body: Box::new(body?),
            }
        }
        sq::Expr::Value(v) => Expr::Literal(value(&v.value)?),
        sq::Expr::Interval(iv) => Expr::Literal(interval(iv)?),
        sq::Expr::Extract { field, expr, .. } => func(
            "extract",
            vec![
                Expr::Literal(ScalarValue::Utf8(field.to_string())),
                convert(expr)?,
            ],
        ),
        sq::Expr::Nested(e) => convert(e)?,
        sq::Expr::TypedString(ts) => {
            let t = types::parse_data_type(&ts.data_type.to_string())?;
            let text = match &ts.value.value {
                sq::Value::SingleQuotedString(s) | sq::Value::DoubleQuotedString(s) => s.clone(),
                other => other.to_string(),
            };
            let cast = Expr::Cast {
                expr: Box::new(Expr::Literal(ScalarValue::Utf8(text.clone()))),
                to: t.clone(),
                try_: false,
            };
            // `DATE '2024-01-02'` is a literal in Spark (and is named so), and so is a
            // `TIMESTAMP_NTZ '...'` (a one-row array: ScalarValue::Nested).
            match t {
                arrow_schema::DataType::Date32 | arrow_schema::DataType::Timestamp(..) => {
                    constant(&cast).map(Expr::Literal).unwrap_or(cast)
                }
                _ => cast,
            }
        }
        sq::Expr::UnaryOp { op, expr } => match op {
            U::Not | U::BangNot => Expr::Not(Box::new(convert(expr)?)),
            U::BitwiseNot => func("bitwise_not", vec![convert(expr)?]),
            // Spark's grammar reads `-2147483648` as one literal (`MINUS? INTEGER_VALUE`):
            // an INT, where 2147483648 alone is a BIGINT; `-128Y` a TINYINT.
            U::Minus if matches!(expr.as_ref(), sq::Expr::Value(v) if matches!(v.value, sq::Value::Number(..))) =>
            {
                let sq::Expr::Value(v) = expr.as_ref() else {
                    unreachable!("matched above")
                };
                let sq::Value::Number(n, _) = &v.value else {
                    unreachable!("matched above")
                };
                Expr::Literal(number(&format!("-{n}"))?)
            }
            U::Minus if negated_typed_literal(expr).is_some() => {
                negated_typed_literal(expr).unwrap_or_else(|| Err(too_complex()))?
            }
            // `-(2.5)`, `-x`: Spark's UnaryMinus, named `(- 2.5)`; ConstantFolding evaluates
            // it as any other (a DECIMAL keeps 34 significant digits, `decimal::spark_negate`).
            U::Minus => Expr::Negative(Box::new(convert(expr)?)),
            U::Plus => match convert(expr)? {
                e @ Expr::Literal(_) => e,
                other => func("positive", vec![other]),
            },
            other => return Err(RunnelError::not_supported(format!("the operator {other}"))),
        },
        sq::Expr::BinaryOp { left, op, right } => {
            let o = match op {
                B::Plus => BinaryOp::Plus,
                B::Minus => BinaryOp::Minus,
                B::Multiply => BinaryOp::Multiply,
                B::Divide => BinaryOp::Divide,
                B::Modulo => BinaryOp::Modulo,
                B::StringConcat => BinaryOp::Concat,
                B::Gt => BinaryOp::Gt,
                B::Lt => BinaryOp::Lt,
                B::GtEq => BinaryOp::GtEq,
                B::LtEq => BinaryOp::LtEq,
                B::Eq => BinaryOp::Eq,
                B::NotEq => BinaryOp::NotEq,
                B::Spaceship => BinaryOp::EqNullSafe,
                B::And => BinaryOp::And,
                B::Or => BinaryOp::Or,
                B::DuckIntegerDivide | B::MyIntegerDivide => BinaryOp::IntDivide,
                B::BitwiseAnd | B::BitwiseOr | B::BitwiseXor => {
                    let name = match op {
                        B::BitwiseAnd => "__bitwise_and",
                        B::BitwiseOr => "__bitwise_or",
                        _ => "__bitwise_xor",
                    };
                    return Ok(func(name, vec![convert(left)?, convert(right)?]));
                }
                other => return Err(RunnelError::not_supported(format!("the operator {other}"))),
            };
            Expr::Binary(Box::new(convert(left)?), o, Box::new(convert(right)?))
        }
        sq::Expr::IsNull(e) => Expr::IsNull(Box::new(convert(e)?)),
        // `b IS NOT TRUE` / `IS NOT FALSE`: NOT of Spark's null-safe comparison.
        sq::Expr::IsNotTrue(e) | sq::Expr::IsNotFalse(e) => Expr::Not(Box::new(Expr::Binary(
            Box::new(convert(e)?),
            BinaryOp::EqNullSafe,
            Box::new(Expr::Literal(ScalarValue::Boolean(matches!(
                e0,
                sq::Expr::IsNotTrue(_)
            )))),
        ))),
        sq::Expr::IsNotNull(e) => Expr::IsNotNull(Box::new(convert(e)?)),
        sq::Expr::IsTrue(e) => Expr::Binary(
            Box::new(convert(e)?),
            BinaryOp::EqNullSafe,
            Box::new(Expr::Literal(ScalarValue::Boolean(true))),
        ),
        sq::Expr::IsFalse(e) => Expr::Binary(
            Box::new(convert(e)?),
            BinaryOp::EqNullSafe,
            Box::new(Expr::Literal(ScalarValue::Boolean(false))),
        ),
        sq::Expr::IsNotDistinctFrom(a, b) => Expr::Binary(
            Box::new(convert(a)?),
            BinaryOp::EqNullSafe,
            Box::new(convert(b)?),
        ),
        sq::Expr::IsDistinctFrom(a, b) => Expr::Not(Box::new(Expr::Binary(
            Box::new(convert(a)?),
            BinaryOp::EqNullSafe,
            Box::new(convert(b)?),
        ))),
        sq::Expr::In {
            expr,
            target,
            negated,
            ..
        } => match target {
            sq::InTarget::List(list) => Expr::InList {
                expr: Box::new(convert(expr)?),
                list: list.iter().map(convert).collect::<Result<_>>()?,
                negated: *negated,
            },
            sq::InTarget::Subquery(q) => subquery_placeholder(
                if *negated {
                    SUBQUERY_NOT_IN
                } else {
                    SUBQUERY_IN
                },
                Some(convert(expr)?),
                q,
            ),
            _ => return Err(RunnelError::not_supported("IN with a subquery")),
        },
        sq::Expr::Exists { subquery, negated } => subquery_placeholder(
            if *negated {
                SUBQUERY_NOT_EXISTS
            } else {
                SUBQUERY_EXISTS
            },
            None,
            subquery,
        ),
        sq::Expr::Subquery(q) => subquery_placeholder(SUBQUERY_SCALAR, None, q),
        sq::Expr::Between {
            expr,
            negated,
            low,
            high,
        } => {
            // Spark's Between (printed `between(v, lo, hi)`), bound as `v >= lo AND v <= hi`.
            let b = func(
                "between",
                vec![convert(expr)?, convert(low)?, convert(high)?],
            );
            if *negated { Expr::Not(Box::new(b)) } else { b }
        }
        sq::Expr::Like {
            negated,
            expr,
            pattern,
            ..
        } => Expr::Like {
            expr: Box::new(convert(expr)?),
            pattern: Box::new(convert(pattern)?),
            negated: *negated,
            kind: LikeKind::Like,
        },
        sq::Expr::ILike {
            negated,
            expr,
            pattern,
            ..
        } => Expr::Like {
            expr: Box::new(convert(expr)?),
            pattern: Box::new(convert(pattern)?),
            negated: *negated,
            kind: LikeKind::ILike,
        },
        sq::Expr::RLike {
            negated,
            expr,
            pattern,
            ..
        } => Expr::Like {
            expr: Box::new(convert(expr)?),
            pattern: Box::new(convert(pattern)?),
            negated: *negated,
            kind: LikeKind::RLike,
        },
        sq::Expr::Case {
            operand,
            conditions,
            else_result,
            ..
        } => Expr::Case {
            operand: operand
                .as_ref()
                .map(|o| convert(o).map(Box::new))
                .transpose()?,
            branches: conditions
                .iter()
                .map(|c| Ok((convert(&c.condition)?, convert(&c.result)?)))
                .collect::<Result<_>>()?,
            otherwise: else_result
                .as_ref()
                .map(|o| convert(o).map(Box::new))
                .transpose()?,
        },
        sq::Expr::Cast {
            kind,
            expr,
            data_type,
            ..
        } => Expr::Cast {
            expr: Box::new(convert(expr)?),
            to: types::parse_cast_type(&data_type.to_string())?,
            try_: matches!(kind, sq::CastKind::TryCast),
        },
        sq::Expr::Function(f) => function(f)?,
        sq::Expr::Ceil { expr, field } => func("ceil", ceil_floor_args(expr, field)?),
        sq::Expr::Floor { expr, field } => func("floor", ceil_floor_args(expr, field)?),
        sq::Expr::Position { expr, r#in } => func("position", vec![convert(expr)?, convert(r#in)?]),
        // OVERLAY(s PLACING r FROM p [FOR n]) is overlay(s, r, p[, n]).
        sq::Expr::Overlay {
            expr,
            overlay_what,
            overlay_from,
            overlay_for,
        } => {
            let mut args = vec![
                convert(expr)?,
                convert(overlay_what)?,
                convert(overlay_from)?,
            ];
            if let Some(n) = overlay_for {
                args.push(convert(n)?);
            }
            func("overlay", args)
        }
        sq::Expr::Substring {
            expr,
            substring_from,
            substring_for,
            shorthand,
            ..
        } => {
            let mut args = vec![convert(expr)?];
            if let Some(f) = substring_from {
                args.push(convert(f)?);
            }
            if let Some(f) = substring_for {
                args.push(convert(f)?);
            }
            func(if *shorthand { "substr" } else { "substring" }, args)
        }
        sq::Expr::Trim {
            expr,
            trim_where,
            trim_what,
            ..
        } => {
            let name = match trim_where {
                Some(sq::TrimWhereField::Leading) => "ltrim",
                Some(sq::TrimWhereField::Trailing) => "rtrim",
                _ => "trim",
            };
            let mut args = vec![convert(expr)?];
            if let Some(what) = trim_what {
                args.push(convert(what)?);
            }
            func(name, args)
        }
        sq::Expr::CompoundFieldAccess { root, access_chain } => {
            let mut e = convert(root)?;
            for a in access_chain {
                e = match a {
                    sq::AccessExpr::Dot(sq::Expr::Identifier(i)) => {
                        Expr::Field(Box::new(e), i.value.clone())
                    }
                    sq::AccessExpr::Subscript(sq::Subscript::Index { index }) => {
                        Expr::Index(Box::new(e), Box::new(convert(index)?))
                    }
                    other => return Err(RunnelError::not_supported(format!("the access {other}"))),
                };
            }
            e
        }
        // `STRUCT(a, b AS x)`: Spark's struct() (sqlparser reads it as a struct literal).
        sq::Expr::Struct { values, fields } if fields.is_empty() => func(
            "struct",
            values
                .iter()
                .map(|v| match v {
                    sq::Expr::Named { expr, name } => Ok(convert(expr)?.alias(&name.value)),
                    v => convert(v),
                })
                .collect::<Result<_>>()?,
        ),
        sq::Expr::Wildcard(_) => Expr::Star(None),
        sq::Expr::QualifiedWildcard(n, _) => Expr::Star(Some(n.to_string())),
        // `s COLLATE UTF8_LCASE`: Spark's Collate, the function collate(s, 'UTF8_LCASE').
        sq::Expr::Collate { expr, collation } => Expr::Function {
            name: "collate".into(),
            args: vec![
                convert(expr)?,
                Expr::Literal(ScalarValue::Utf8(collation.to_string())),
            ],
            distinct: false,
        },
        other => {
            return Err(RunnelError::not_supported(format!(
                "the SQL expression {other}"
            )));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_1_plus_1_2000_times_and_3000_parentheses_are_too_complex_not_a_stack_overflow() {
        // 900 nested parentheses parse; deeper SQL is Spark's FAILED_TO_PARSE_TOO_COMPLEX,
        // never a stack overflow. (Measured: the 1,000 levels take 8-16 MiB of stack in a
        // release build, about 40 MiB in a debug build; 64 MiB holds them.)
        std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(|| {
                let nested = |n: usize| format!("{}1{}", "(".repeat(n), ")".repeat(n));
                assert!(parse_expression(&nested(MAX_EXPR_DEPTH - 100)).is_ok());
                for text in [
                    nested(3000),
                    format!("1{}", "+1".repeat(2000)),
                    format!("1{}", "+1".repeat(200_000)),
                    format!("{}a{}", "abs(".repeat(3000), ")".repeat(3000)),
                ] {
                    let e = parse_expression(&text).unwrap_err();
                    assert_eq!(e.condition.as_deref(), Some("FAILED_TO_PARSE_TOO_COMPLEX"));
                }
                let e = parse_query(&format!("SELECT {}", nested(3000))).unwrap_err();
                assert_eq!(e.condition.as_deref(), Some("FAILED_TO_PARSE_TOO_COMPLEX"));
            })
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn timestamp_ltz_literals_are_spark_timestamp_literals() {
        // `TIMESTAMP_LTZ '...'` reads as `TIMESTAMP '...'` (PySpark 4.3 names both so);
        // `timestamp_ltz` as a name or a function is left alone, and so is quoted text.
        assert_eq!(
            typed_literals("SELECT TIMESTAMP_LTZ '2024-01-02 03:04:05', timestamp_ltz  '1'"),
            "SELECT TIMESTAMP '2024-01-02 03:04:05', TIMESTAMP  '1'"
        );
        for same in [
            "my_timestamp_ltz '1'",
            "timestamp_ltz(x)",
            "'timestamp_ltz ''x'",
        ] {
            assert_eq!(typed_literals(same), same);
        }
        let e = parse_expression("TIMESTAMP_LTZ '2024-01-02 03:04:05'").unwrap();
        assert_eq!(e.name(), "TIMESTAMP '2024-01-02 03:04:05'");
    }

    #[test]
    fn extract_takes_any_of_sparks_field_names() {
        // sqlparser's EXTRACT knows its own field words only; Spark's abbreviations
        // (`H`, `SEC`, `DAYOFWEEK_ISO`, ...) make the same call, named as Spark names it.
        let e = parse_expression("extract(H FROM ts)").unwrap();
        assert_eq!(e.name(), "extract(H FROM ts)");
        let e = parse_expression("EXTRACT(dayofweek_iso from  ts) + 1").unwrap();
        assert_eq!(e.name(), "(extract(dayofweek_iso FROM ts) + 1)");
        for same in [
            "extract_x(H FROM ts)",
            "'extract(H FROM ts)'",
            "my.extract(a)",
        ] {
            assert_eq!(typed_literals(same), same);
        }
    }

    #[test]
    fn names_match_spark() {
        let e = parse_expression("value > 10 AND category IN ('books', 'music')").unwrap();
        assert_eq!(e.name(), "((value > 10) AND (category IN (books, music)))");
        let e =
            parse_select_item("CASE WHEN value > 50 THEN 'high' ELSE 'low' END AS level").unwrap();
        assert_eq!(e.name(), "level");
        let e = parse_select_item("round(value / 3, 2)").unwrap();
        assert_eq!(e.name(), "round((value / 3), 2)");
        let e = parse_expression("count(*)").unwrap();
        assert_eq!(e.name(), "count(1)");
        assert!(parse_expression("value >").is_err());
    }

    #[test]
    fn subqueries_in_expressions_become_placeholders_carrying_their_sql() {
        let q = parse_query(
            "SELECT (SELECT max(b) FROM u) AS m FROM t WHERE a NOT IN (SELECT b FROM u) AND EXISTS (SELECT 1 FROM u WHERE u.b = t.a)",
        )
        .unwrap();
        let SqlBody::Select(q) = q.body else {
            panic!("not a SELECT")
        };
        let Some(Expr::Binary(l, BinaryOp::And, r)) = &q.selection else {
            panic!("not an AND: {:?}", q.selection)
        };
        let Expr::Function { name, args, .. } = l.as_ref() else {
            panic!("not a placeholder: {l:?}")
        };
        assert_eq!(name, SUBQUERY_NOT_IN);
        assert_eq!(args[0], Expr::Column("a".into()));
        assert_eq!(
            args[1],
            Expr::Literal(ScalarValue::Utf8("SELECT b FROM u".into()))
        );
        assert!(matches!(r.as_ref(), Expr::Function { name, .. } if name == SUBQUERY_EXISTS));
        assert!(matches!(&q.projection[0],
            Expr::Alias(e, _) if matches!(e.as_ref(), Expr::Function { name, .. } if name == SUBQUERY_SCALAR)));
        // `exists(array, x -> ...)` stays the higher-order function.
        assert!(
            !matches!(parse_expression("exists(xs, x -> x > 1)").unwrap(),
            Expr::Function { ref name, .. } if is_subquery_placeholder(name))
        );
        let q = parse_query("SELECT k, p, x FROM arr LATERAL VIEW OUTER posexplode(xs) t AS p, x")
            .unwrap();
        let SqlBody::Select(q) = q.body else {
            panic!("not a SELECT")
        };
        assert!(matches!(&q.lateral_views[0],
            (Expr::Function { name, .. }, cols) if name == "posexplode_outer" && cols == &["p", "x"]));
    }

    #[test]
    fn parses_a_query() {
        let q = parse_query("SELECT category, count(*) AS n FROM events WHERE value > 5 GROUP BY category ORDER BY n DESC LIMIT 3")
            .unwrap();
        let SqlBody::Select(q) = q.body else {
            panic!("not a SELECT")
        };
        assert!(matches!(&q.from, Some(SqlFrom::Table { name, .. }) if name == "events"));
        assert_eq!(q.group_by.len(), 1);
        assert_eq!(q.limit, Some(3));
        let q = parse_query(
            "WITH t AS (SELECT 1 AS x) SELECT a.x FROM t a JOIN t b USING (x) UNION ALL VALUES (2) ORDER BY x LIMIT 1",
        )
        .unwrap();
        assert_eq!(q.ctes.len(), 1);
        assert_eq!(q.limit, Some(1));
        assert!(matches!(
            q.body,
            SqlBody::SetOp {
                op: "union",
                all: true,
                ..
            }
        ));
    }

    #[test]
    fn spark_sql_takes_one_query_and_refuses_other_statements_unparsed() {
        // Semicolons around the one query are fine, as sqlparser's parse_statements has them.
        for text in [
            "SELECT a FROM t;",
            ";SELECT a FROM t;;",
            "WITH x AS (SELECT a FROM t) SELECT a FROM x",
        ] {
            assert!(parse_query(text).is_ok(), "{text}");
        }
        // Anything but one query is not supported (statements other than a query are not
        // parsed: their parsers stay out of the wasm engine).
        for text in [
            "",
            ";",
            "CREATE TABLE t (a INT)",
            "INSERT INTO t VALUES (1)",
            "DROP TABLE t",
            "SELECT a FROM t; SELECT b FROM t",
            "SELECT a FROM t; DROP TABLE t",
            "CREATE blah blah",
        ] {
            let e = parse_query(text).unwrap_err();
            assert_eq!(e.kind, crate::error::ErrorKind::NotSupported, "{text}: {e}");
            assert!(
                e.to_string().contains("spark.sql runs one query"),
                "{text}: {e}"
            );
        }
        // A query followed by more text is a syntax error where the statement should end.
        let e = parse_query("SELECT a FROM t garbage more").unwrap_err();
        assert_eq!(e.condition.as_deref(), Some("PARSE_SYNTAX_ERROR"));
        assert!(e.to_string().contains("end of statement"), "{e}");
    }
}
