//! `spark.sql(...)`: a SELECT over a temp view or memory table, turned into DataFrame calls.

use super::dataframe::{DataFrame, split_and};
use crate::error::{Result, RunnelError};
use crate::expr::Expr;
use crate::expr::sql::{
    SUBQUERY_EXISTS, SUBQUERY_IN, SUBQUERY_NOT_EXISTS, SUBQUERY_NOT_IN, SUBQUERY_SCALAR, SqlBody,
    SqlFrom, SqlQuery, SqlSelect, is_subquery_placeholder, parse_query,
};
use crate::expr::{BinaryOp, Expr as E};
use crate::scalar::ScalarValue;
use crate::session::SparkSession;

/// Runs `spark.sql(text)`.
pub fn run_sql(session: &SparkSession, text: &str) -> Result<DataFrame> {
    if let Some(cmd) = parse_command(text)? {
        if let Command::Set { key, value } = cmd {
            return set_command(session, &key, value.as_deref());
        }
        run_command(session, cmd)?;
        // Spark's result of a DDL command: no columns, no rows.
        let schema = std::sync::Arc::new(arrow_schema::Schema::empty());
        return Ok(session.create_data_frame_from_batches(schema, vec![]));
    }
    Ok(plan_query(session, &parse_query(text)?, &Vec::new())?.without_qualifiers())
}

/// The common table expressions in scope: name (lower case) and DataFrame.
type Ctes = Vec<(String, DataFrame)>;

fn plan_query(session: &SparkSession, q: &SqlQuery, outer: &Ctes) -> Result<DataFrame> {
    let mut ctes = outer.clone();
    for (name, cq) in &q.ctes {
        let df = plan_query(session, cq, &ctes)?;
        ctes.push((name.to_ascii_lowercase(), df));
    }
    let mut df = match &q.body {
        SqlBody::Select(sel) => plan_select(session, sel, &ctes)?,
        SqlBody::Values(rows) => values_frame(session, rows)?,
        SqlBody::SetOp {
            op,
            all,
            left,
            right,
        } => {
            let l = plan_query(session, left, &ctes)?;
            let r = plan_query(session, right, &ctes)?;
            match (*op, *all) {
                ("union", true) => l.union(&r)?,
                ("union", false) => l.union(&r)?.distinct()?,
                (op, false) => set_semi_join(&l, &r, op)?,
                (op, true) => set_all(&l, &r, op)?,
            }
        }
    };
    if !q.order_by.is_empty() {
        df = df.order_by(q.order_by.clone())?;
    }
    if let Some(n) = q.offset {
        df = df.offset(n as i64)?;
    }
    if let Some(n) = q.limit {
        df = df.limit(n as i64)?;
    }
    Ok(df)
}

/// `l INTERSECT r` / `l EXCEPT r` (DISTINCT): the distinct rows of `l` that are (or are
/// not) in `r`, columns matched by position with NULLs equal, as Spark's rewrite to a
/// left semi / anti join.
pub(super) fn set_semi_join(l: &DataFrame, r: &DataFrame, op: &str) -> Result<DataFrame> {
    let (lc, rc) = (l.columns(), r.columns());
    same_arity(&lc, &rc, op)?;
    let right_names: Vec<String> = (0..rc.len()).map(|i| format!("__set_r{i}")).collect();
    let r = r.select(
        rc.iter()
            .zip(&right_names)
            .map(|(c, n)| Expr::Column(quote(c)).alias(n))
            .collect(),
    )?;
    let cond = lc
        .iter()
        .zip(&right_names)
        .map(|(a, b)| {
            Expr::Binary(
                Box::new(Expr::Column(quote(a))),
                crate::expr::BinaryOp::EqNullSafe,
                Box::new(Expr::Column(b.clone())),
            )
        })
        .reduce(|a, b| Expr::Binary(Box::new(a), crate::expr::BinaryOp::And, Box::new(b)))
        .ok_or_else(|| RunnelError::analysis_plain("a set operation of no columns"))?;
    let how = if op == "intersect" {
        "left_semi"
    } else {
        "left_anti"
    };
    l.distinct()?
        .join(&r, super::dataframe::JoinOn::Condition(cond), how)
}

/// Backquoted, for a column name in an [`Expr::Column`].
fn quote(c: &str) -> String {
    format!("`{}`", c.replace('`', "``"))
}

/// `l INTERSECT ALL r` / `l EXCEPT ALL r`, as Spark's `RewriteIntersectAll` /
/// `RewriteExceptAll`: both sides tagged and unioned, counted per distinct row (NULLs
/// equal), and each row repeated min(left, right) times (INTERSECT ALL) or left - right
/// times (EXCEPT ALL).
pub(super) fn set_all(l: &DataFrame, r: &DataFrame, op: &str) -> Result<DataFrame> {
    let (lc, rc) = (l.columns(), r.columns());
    same_arity(&lc, &rc, op)?;
    let keys: Vec<String> = (0..lc.len()).map(|i| format!("__set_c{i}")).collect();
    let tagged = |df: &DataFrame, cols: &[String], tags: Vec<E>| {
        let mut items: Vec<E> = cols
            .iter()
            .zip(&keys)
            .map(|(c, k)| E::Column(quote(c)).alias(k))
            .collect();
        items.extend(tags);
        df.select(items)
    };
    let key_cols = || {
        keys.iter()
            .map(|k| E::Column(k.clone()))
            .collect::<Vec<_>>()
    };
    let int = |v: i64| E::Literal(ScalarValue::Int64(v));
    let counted =
        if op == "intersect" {
            // Spark tags with true / NULL and counts; 1 / 0 summed is the same count.
            let u = tagged(l, &lc, vec![int(1).alias("__l"), int(0).alias("__r")])?.union(
                &tagged(r, &rc, vec![int(0).alias("__l"), int(1).alias("__r")])?,
            )?;
            let mut out = key_cols();
            out.push(crate::expr::func("sum", vec![E::Column("__l".into())]).alias("__lc"));
            out.push(crate::expr::func("sum", vec![E::Column("__r".into())]).alias("__rc"));
            let ge1 = |c: &str| E::Column(c.into()).binary(BinaryOp::GtEq, int(1));
            let both = ge1("__lc").binary(BinaryOp::And, ge1("__rc"));
            let mut sel = key_cols();
            sel.push(
                crate::expr::func(
                    "least",
                    vec![E::Column("__lc".into()), E::Column("__rc".into())],
                )
                .alias("__n"),
            );
            u.aggregate(key_cols(), out, None)?
                .filter(both)?
                .select(sel)?
        } else {
            let u = tagged(l, &lc, vec![int(1).alias("__v")])?.union(&tagged(
                r,
                &rc,
                vec![int(-1).alias("__v")],
            )?)?;
            let mut out = key_cols();
            out.push(crate::expr::func("sum", vec![E::Column("__v".into())]).alias("__n"));
            u.aggregate(key_cols(), out, None)?
                .filter(E::Column("__n".into()).binary(BinaryOp::Gt, int(0)))?
        };
    // Each row `__n` times (Spark's ReplicateRows generator).
    let times = E::Cast {
        expr: Box::new(E::Column("__n".into())),
        to: arrow_schema::DataType::Int32,
        try_: false,
    };
    let mut rep = key_cols();
    rep.push(
        crate::expr::func(
            "explode",
            vec![crate::expr::func(
                "array_repeat",
                vec![E::Literal(ScalarValue::Int32(0)), times],
            )],
        )
        .alias("__rep"),
    );
    counted.select(rep)?.select(
        keys.iter()
            .zip(&lc)
            .map(|(k, c)| E::Column(k.clone()).alias(c))
            .collect(),
    )
}

/// Spark's check that both sides of a set operation have as many columns.
fn same_arity(lc: &[String], rc: &[String], op: &str) -> Result<()> {
    if lc.len() != rc.len() {
        return Err(RunnelError::analysis(
            "NUM_COLUMNS_MISMATCH",
            format!(
                "{} can only be performed on inputs with the same number of columns, but the first input has {} columns and the second input has {} columns. Select the same number of columns on both sides.",
                op.to_ascii_uppercase(),
                lc.len(),
                rc.len()
            ),
        ));
    }
    Ok(())
}

fn plan_from(session: &SparkSession, f: &SqlFrom, ctes: &Ctes) -> Result<DataFrame> {
    match f {
        SqlFrom::Table {
            name,
            alias,
            columns,
        } => {
            let key = name.to_ascii_lowercase();
            let df = match ctes.iter().rev().find(|(n, _)| *n == key) {
                Some((_, df)) => df.clone(),
                None => session.table(name)?,
            };
            // A table is known by its name (or alias) in qualified column names.
            let short = name.rsplit('.').next().unwrap_or(name);
            renamed(df, columns)?.alias(alias.as_deref().unwrap_or(short))
        }
        SqlFrom::Function {
            name,
            args,
            alias,
            columns,
        } => {
            let df = renamed(table_function(session, name, args)?, columns)?;
            match alias {
                Some(a) => df.alias(a),
                None => Ok(df),
            }
        }
        SqlFrom::Derived {
            query,
            alias,
            columns,
        } => {
            // `VALUES ... AS t(a, b)`: Spark's parser gives the inline table the aliases'
            // width, so a row of another width is its NUM_COLUMNS_MISMATCH (sqlparser
            // reads `(VALUES ...) AS t(a, b)` the same way, where Spark's is an arity one).
            if let (SqlBody::Values(rows), false) = (&query.body, columns.is_empty()) {
                values_width(rows, columns.len())?;
            }
            let df = renamed(plan_query(session, query, ctes)?, columns)?;
            match alias {
                Some(a) => df.alias(a),
                None => Ok(df),
            }
        }
        SqlFrom::Join {
            left,
            right,
            how,
            on,
            using,
        } => {
            let l = plan_from(session, left, ctes)?;
            let r = plan_from(session, right, ctes)?;
            let on = match (on, using.is_empty()) {
                (Some(c), _) => super::dataframe::JoinOn::Condition(c.clone()),
                (None, false) => super::dataframe::JoinOn::Using(using.clone()),
                (None, true) => super::dataframe::JoinOn::None,
            };
            l.join(&r, on, how)
        }
        SqlFrom::Pivot {
            input,
            aggs,
            columns,
            values,
            alias,
        } => {
            let df = plan_from(session, input, ctes)?;
            let values = pivot_values(&df, columns, values)?;
            // Spark's ResolvePivot: the columns neither aggregated nor pivoted group the rows.
            let read: Vec<Expr> = aggs.iter().chain(columns).cloned().collect();
            let group = df.columns_not_read(&read)?;
            let out = df.aggregate_pivot(&group, columns, &values, aggs.clone())?;
            match alias {
                Some(a) => out.alias(a),
                None => Ok(out),
            }
        }
        SqlFrom::Unpivot {
            input,
            values,
            name,
            columns,
            include_nulls,
            alias,
        } => {
            let df = plan_from(session, input, ctes)?;
            let schema = df.schema();
            let read: Vec<Expr> = columns.iter().flat_map(|(c, _)| c.clone()).collect();
            let ids = df.columns_not_read(&read)?;
            // A group without an alias is named by its columns (joined by `_`).
            let groups: Vec<(Vec<Expr>, String)> = columns
                .iter()
                .map(|(c, a)| {
                    let n = a.clone().unwrap_or_else(|| {
                        c.iter()
                            .map(|e| e.name_in(&schema))
                            .collect::<Vec<_>>()
                            .join("_")
                    });
                    (c.clone(), n)
                })
                .collect();
            let mut out = df.unpivot(&ids, &groups, name, values)?;
            if !include_nulls {
                // EXCLUDE NULLS (the default): rows whose values are all NULL go.
                let any = values
                    .iter()
                    .map(|v| E::IsNotNull(Box::new(E::Column(quote(v)))))
                    .reduce(|a, b| a.binary(BinaryOp::Or, b));
                if let Some(cond) = any {
                    out = out.filter(cond)?;
                }
            }
            match alias {
                Some(a) => out.alias(a),
                None => Ok(out),
            }
        }
    }
}

/// PIVOT's IN values: constants, as many per value as pivot columns, each cast to its
/// column's type.
fn pivot_values(
    df: &DataFrame,
    columns: &[Expr],
    values: &[(Vec<Expr>, Option<String>)],
) -> Result<Vec<super::dataframe::PivotValue>> {
    let schema = df.schema();
    let types = columns
        .iter()
        .map(|c| Ok(crate::expr::bind::bind_expr(c, &schema)?.data_type()))
        .collect::<Result<Vec<_>>>()?;
    let empty = arrow_schema::Schema::empty();
    values
        .iter()
        .map(|(parts, alias)| {
            if parts.len() != columns.len() {
                return Err(RunnelError::analysis(
                    "PIVOT_VALUE_DATA_TYPE_MISMATCH",
                    format!(
                        "Invalid pivot value '{}': the pivot columns are ({}). Give each value as many parts as there are pivot columns.",
                        parts.iter().map(|p| p.sql()).collect::<Vec<_>>().join(", "),
                        columns.iter().map(|c| c.sql()).collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
            let vs = parts
                .iter()
                .zip(columns.iter().zip(&types))
                .map(|(p, (c, ty))| {
                    let bound = crate::expr::bind::bind_expr(p, &empty).map_err(|_| {
                        RunnelError::analysis(
                            "NON_LITERAL_PIVOT_VALUES",
                            format!(
                                "Literal expressions required for pivot values, found \"{}\". Pivot on constants.",
                                p.sql()
                            ),
                        )
                    })?;
                    let v = ScalarValue::try_from_array(bound.eval_constant()?.as_ref(), 0)?;
                    super::dataframe::pivot_value(v, ty, c)
                })
                .collect::<Result<Vec<_>>>()?;
            Ok((vs, alias.clone()))
        })
        .collect()
}

/// Spark's table-valued functions in FROM: `range(...)` (its `id` column, as
/// `spark.range`), and the generators, whose rows are what `SELECT gen(args)` over one row
/// makes (`col`, `pos`/`col`, `key`/`value`, the struct's fields, `col0`...).
fn table_function(session: &SparkSession, name: &str, args: &[Expr]) -> Result<DataFrame> {
    if name == "range" {
        let mut v = Vec::with_capacity(args.len());
        for a in args {
            // Spark casts each argument to BIGINT (ANSI: a bad string is CAST_INVALID_INPUT).
            let cast = E::Cast {
                expr: Box::new(a.clone()),
                to: arrow_schema::DataType::Int64,
                try_: false,
            };
            let p = crate::expr::bind_expr(&cast, &arrow_schema::Schema::empty())?;
            let c = p.eval_constant()?;
            match ScalarValue::try_from_array(c.as_ref(), 0)? {
                ScalarValue::Int64(n) => v.push(n),
                _ => {
                    return Err(RunnelError::analysis(
                        "UNEXPECTED_NULL",
                        "The argument of `range` must not be NULL. Pass whole numbers: range(end), range(start, end[, step[, numPartitions]]).",
                    ));
                }
            }
        }
        return match v.as_slice() {
            [end] => session.range(0, *end, 1),
            [start, end] => session.range(*start, *end, 1),
            [start, end, step] | [start, end, step, _] => session.range(*start, *end, *step),
            _ => Err(RunnelError::analysis(
                "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                format!(
                    "The `range` requires [1, 2, 3, 4] parameters but the actual number is {}. Call range(end), range(start, end), range(start, end, step) or range(start, end, step, numPartitions).",
                    v.len()
                ),
            )),
        };
    }
    if crate::expr::functions::is_generator(name) {
        let call = Expr::Function {
            name: name.to_string(),
            args: args.to_vec(),
            distinct: false,
        };
        return one_row(session)?.select(vec![call]);
    }
    Err(RunnelError::analysis(
        "UNRESOLVABLE_TABLE_VALUED_FUNCTION",
        format!(
            "Could not resolve `{name}` to a table-valued function. Please make sure that `{name}` is defined as a table-valued function and that all required parameters are provided correctly. If `{name}` is not defined, please create the table-valued function before using it."
        ),
    ))
}

/// Spark's OneRowRelation: one row of no columns (a SELECT without FROM).
fn one_row(session: &SparkSession) -> Result<DataFrame> {
    let schema = std::sync::Arc::new(arrow_schema::Schema::empty());
    let opts = arrow_array::RecordBatchOptions::new().with_row_count(Some(1));
    let row = arrow_array::RecordBatch::try_new_with_options(schema.clone(), vec![], &opts)?;
    Ok(session.create_data_frame_from_batches(schema, vec![row]))
}

/// `AS t(c1, c2)`: the relation's columns renamed, as many names as columns.
fn renamed(df: DataFrame, columns: &[String]) -> Result<DataFrame> {
    if columns.is_empty() {
        return Ok(df);
    }
    let have = df.columns();
    if have.len() != columns.len() {
        return Err(RunnelError::analysis(
            "ASSIGNMENT_ARITY_MISMATCH",
            format!(
                "The number of columns or variables assigned or aliased: {} does not match the number of source tables or expressions: {}. Name every column of the relation.",
                columns.len(),
                have.len()
            ),
        ));
    }
    df.select(
        have.iter()
            .zip(columns)
            .map(|(c, n)| Expr::Column(format!("`{}`", c.replace('`', "``"))).alias(n))
            .collect(),
    )
}

fn plan_select(session: &SparkSession, q: &SqlSelect, ctes: &Ctes) -> Result<DataFrame> {
    let mut df = match &q.from {
        Some(f) => plan_from(session, f, ctes)?,
        // SELECT without FROM: one row of no columns (Spark's OneRowRelation).
        None => one_row(session)?,
    };
    // LATERAL VIEW: each generator's rows beside the row they came from.
    for (g, names) in &q.lateral_views {
        let before = df.columns().len();
        df = df.select(vec![Expr::Star(None), g.clone()])?;
        let made = df.columns()[before..].to_vec();
        if !names.is_empty() && names.len() != made.len() {
            return Err(RunnelError::analysis(
                "UDTF_ALIAS_NUMBER_MISMATCH",
                format!(
                    "The number of aliases supplied in the AS clause does not match the number of columns output by the UDTF. Expected {} aliases, but got {}. Name every column the generator makes.",
                    made.len(),
                    names.len()
                ),
            ));
        }
        for (m, n) in made.iter().zip(names) {
            df = df.with_column_renamed(m, n)?;
        }
    }
    if let Some(w) = &q.selection {
        df = filter_with_subqueries(session, df, w, ctes)?;
    }
    // Scalar subqueries in the select list and HAVING become their values (correlated
    // ones: joined onto `df`, in a select list without aggregates or `*`).
    let joinable = !q
        .projection
        .iter()
        .any(|e| e.contains_aggregate() || matches!(e, E::Star(_)))
        && q.group_by.is_empty();
    let mut q = q.clone();
    q.projection = q
        .projection
        .iter()
        .map(|e| {
            let e = named_subquery_item(session, e, ctes, &df.schema())?;
            scalar_subqueries(session, &e, ctes, &mut joinable.then_some(&mut df))
        })
        .collect::<Result<_>>()?;
    q.having = q
        .having
        .as_ref()
        .map(|h| scalar_subqueries(session, h, ctes, &mut None))
        .transpose()?;
    let q = &q;
    let has_agg = q.projection.iter().any(|e| e.contains_aggregate()) || !q.group_by.is_empty();
    if has_agg {
        let out = if q.projection.iter().any(|e| matches!(e, Expr::Star(_))) {
            return Err(RunnelError::analysis_plain(
                "SELECT * with GROUP BY: list the grouping columns and aggregates",
            ));
        } else {
            q.projection.clone()
        };
        // GROUP BY 1, 2 (ordinals of the select list) and GROUP BY a select alias
        // (spark.sql.groupByOrdinal / groupByAliases, both on by default).
        let input = df.schema();
        let group: Vec<Expr> = q
            .group_by
            .iter()
            .map(|g| match g {
                Expr::Literal(crate::scalar::ScalarValue::Int32(k)) => {
                    let k = *k as usize;
                    if k >= 1 && k <= out.len() && out[k - 1].contains_aggregate() {
                        Err(RunnelError::analysis(
                            "GROUP_BY_POS_AGGREGATE",
                            format!(
                                "GROUP BY {k} refers to an expression {} that contains an aggregate function. Aggregate functions are not allowed in GROUP BY; group by the position of a column that is not an aggregate.",
                                out[k - 1].sql()
                            ),
                        ))
                    } else if k >= 1 && k <= out.len() {
                        Ok(out[k - 1].clone().strip_alias())
                    } else {
                        Err(RunnelError::analysis(
                            "GROUP_BY_POS_OUT_OF_RANGE",
                            format!(
                                "GROUP BY position {k} is not in select list (valid range is [1, {}]). Group by a position of the select list, or by the expression.",
                                out.len()
                            ),
                        ))
                    }
                }
                Expr::Column(n)
                    if crate::expr::bind::resolve_column(n, &input).is_err() =>
                {
                    Ok(out
                        .iter()
                        .find(|o| matches!(o, Expr::Alias(_, a) if a.eq_ignore_ascii_case(n)))
                        .map(|o| o.clone().strip_alias())
                        .unwrap_or_else(|| g.clone()))
                }
                other => Ok(other.clone()),
            })
            .collect::<Result<_>>()?;
        // `GROUP BY i, i`: the same key once (only the select list is output).
        let group: Vec<Expr> = if q.grouping_sets.is_some() {
            group
        } else {
            group
                .iter()
                .enumerate()
                .filter(|(k, g)| !group[..*k].contains(g))
                .map(|(_, g)| g.clone())
                .collect()
        };
        // HAVING may name aggregates the select list does not compute: they are computed
        // as hidden columns, filtered on, and dropped.
        let mut full = out.clone();
        if q.having.as_ref().is_some_and(|h| h.contains_over()) {
            return Err(crate::logical::dataframe::window_in_having());
        }
        let having = q.having.clone().map(|h| {
            let h = having_over_output(h, &out);
            hide_aggregates(h, &mut full)
        });
        let hidden = full.len() > out.len();
        df = match q.grouping_sets.clone() {
            Some(sets) => df.aggregate_sets(group, sets, full, having)?,
            None => df.aggregate(group, full, having)?,
        };
        if hidden {
            let names: Vec<Expr> = df
                .columns()
                .into_iter()
                .take(out.len())
                .map(|c| Expr::Column(format!("`{}`", c.replace('`', "``"))))
                .collect();
            df = df.select(names)?;
        }
    } else {
        if q.having.is_some() {
            return Err(RunnelError::analysis_plain(
                "HAVING without GROUP BY or aggregates",
            ));
        }
        df = df.select(q.projection.clone())?;
    }
    if q.distinct {
        df = df.distinct()?;
    }
    // With window functions over the aggregation, ORDER BY sorts the windows' output:
    // an aggregate there cannot read the aggregation's input (Spark's unresolved column).
    if has_agg && q.projection.iter().any(|e| e.contains_over()) {
        let schema = df.schema();
        let mut missing = None;
        for k in q.order_by.iter().filter(|k| k.contains_aggregate()) {
            k.visit(&mut |x| {
                if let E::Column(n) = x
                    && missing.is_none()
                    && crate::expr::bind::resolve_column(n, &schema).is_err()
                {
                    missing = Some(n.clone());
                }
            });
        }
        if let Some(n) = missing {
            return Err(crate::expr::bind::unresolved_column(&n, &schema));
        }
    }
    if !q.order_by.is_empty() {
        df = df.order_by(q.order_by.clone())?;
    }
    if let Some(n) = q.offset {
        df = df.offset(n as i64)?;
    }
    if let Some(n) = q.limit {
        df = df.limit(n as i64)?;
    }
    Ok(df)
}

/// A subquery's FROM planned (a stream refused), and the conjuncts of its WHERE split
/// into those over its own columns and those naming the outer query's (the correlation).
fn correlation(
    session: &SparkSession,
    sel: &SqlSelect,
    from: &SqlFrom,
    ctes: &Ctes,
) -> Result<(DataFrame, arrow_schema::SchemaRef, Vec<Expr>, Vec<Expr>)> {
    let inner = not_streaming(plan_from(session, from, ctes)?)?;
    let schema = inner.schema();
    outer_only_in_where(sel, &schema)?;
    let all = sel.selection.clone().map(split_and).unwrap_or_default();
    let (local, outer) = all.into_iter().partition(|c| resolves_in(c, &schema));
    Ok((inner, schema, local, outer))
}

fn and_all(es: Vec<Expr>) -> Option<Expr> {
    es.into_iter().reduce(|a, b| a.binary(BinaryOp::And, b))
}

/// `df WHERE cond`, with Spark's `RewritePredicateSubquery`: each conjunct that is
/// `x [NOT] IN (SELECT ...)` or `[NOT] EXISTS (SELECT ...)` becomes a left semi (anti)
/// join with the subquery, the rest a filter (its scalar subqueries their values).
fn filter_with_subqueries(
    session: &SparkSession,
    df: DataFrame,
    cond: &Expr,
    ctes: &Ctes,
) -> Result<DataFrame> {
    let all = split_and(cond.clone());
    let (preds, plain): (Vec<Expr>, Vec<Expr>) = all.into_iter().partition(|c| {
        matches!(c, E::Function { name, .. }
            if [SUBQUERY_IN, SUBQUERY_NOT_IN, SUBQUERY_EXISTS, SUBQUERY_NOT_EXISTS].contains(&name.as_str()))
    });
    let mut df = df;
    if let Some(p) = and_all(plain) {
        let before = df.columns().len();
        let p = scalar_subqueries(session, &p, ctes, &mut Some(&mut df))?;
        df = df.filter(p)?;
        // The columns correlated scalar subqueries joined on go again.
        let added = df.columns()[before..].to_vec();
        if !added.is_empty() {
            df = df.drop(&added)?;
        }
    }
    for p in preds {
        if let E::Function { name, args, .. } = p {
            df = predicate_subquery(session, df, &name, &args, ctes)?;
        }
    }
    Ok(df)
}

/// The SQL text a subquery placeholder carries (its last argument).
fn subquery_text(args: &[Expr]) -> Result<SqlQuery> {
    match args.last() {
        Some(E::Literal(ScalarValue::Utf8(t))) => parse_query(t),
        _ => Err(RunnelError::analysis_plain(
            "a subquery placeholder without its query",
        )),
    }
}

/// The column of the subquery's `schema` that `name` is, if it is one: a qualified name
/// counts only with a qualifier of the subquery (`e.dept` with `e` the outer query's
/// alias is the outer query's, though the binder would skip an unknown qualifier).
fn inner_column(name: &str, schema: &arrow_schema::Schema) -> Option<usize> {
    let parts = crate::expr::split_name(name);
    if parts.len() > 1 {
        let known = schema.fields().iter().any(|f| {
            f.name().eq_ignore_ascii_case(&parts[0])
                || crate::types::qualifier(f).is_some_and(|q| q.eq_ignore_ascii_case(&parts[0]))
        });
        if !known {
            return None;
        }
    }
    match crate::expr::bind::resolve_column(name, schema) {
        Ok(crate::expr::phys::PhysExpr::Column { index, .. }) => Some(index),
        _ => None,
    }
}

/// Are all the columns `e` names the subquery's?
fn resolves_in(e: &Expr, schema: &arrow_schema::Schema) -> bool {
    let mut ok = true;
    e.visit(&mut |x| {
        if let E::Column(n) = x
            && inner_column(n, schema).is_none()
        {
            ok = false;
        }
    });
    ok
}

/// `e` with the columns that resolve in `schema` (the subquery's) renamed `__sq_<index>`,
/// the others (the outer query's) left as they are.
fn to_inner_names(e: &Expr, schema: &arrow_schema::Schema) -> Result<Expr> {
    match e {
        E::Column(n) => Ok(match inner_column(n, schema) {
            Some(index) => E::Column(format!("__sq_{index}")),
            None => e.clone(),
        }),
        other => other.map_children(&mut |c| to_inner_names(c, schema)),
    }
}

/// `x IN y` as a join condition; `x NOT IN`'s anti join is null-aware (Spark's
/// `x = y OR isnull(x = y)`: a NULL on either side makes NOT IN unknown, so the row goes).
fn in_condition(x: Expr, y: Expr, negated: bool) -> Expr {
    let eq = x.binary(BinaryOp::Eq, y);
    if negated {
        eq.clone().binary(BinaryOp::Or, E::IsNull(Box::new(eq)))
    } else {
        eq
    }
}

/// One `x [NOT] IN (SELECT ...)` / `[NOT] EXISTS (SELECT ...)` conjunct of a WHERE as a
/// left semi / anti join of `df` with the subquery.
fn predicate_subquery(
    session: &SparkSession,
    df: DataFrame,
    kind: &str,
    args: &[Expr],
    ctes: &Ctes,
) -> Result<DataFrame> {
    let negated = kind == SUBQUERY_NOT_IN || kind == SUBQUERY_NOT_EXISTS;
    let how = if negated { "left_anti" } else { "left_semi" };
    let (right, cond) = subquery_join_side(session, kind, args, ctes)?;
    df.join(&right, super::dataframe::JoinOn::Condition(cond), how)
}

/// A select item holding a subquery, aliased with the name Spark gives it unaliased:
/// `scalarsubquery()`, `(k IN (listquery()))`, `exists(k)`.
fn named_subquery_item(
    session: &SparkSession,
    e: &Expr,
    ctes: &Ctes,
    schema: &arrow_schema::Schema,
) -> Result<Expr> {
    Ok(match e {
        E::Function { name, .. } if name == SUBQUERY_SCALAR => e.clone().alias("scalarsubquery()"),
        E::Alias(..) => e.clone(),
        _ if has_predicate_subquery(e) => {
            let shown = subquery_shown(session, e, ctes)?;
            e.clone().alias(&shown.name_in(schema))
        }
        _ => e.clone(),
    })
}

/// The subqueries in a DataFrame's expressions (`df.scalar()`, `df.exists()`,
/// `selectExpr("k IN (SELECT ...)")`) as spark.sql plans them: a scalar one becomes its
/// value, an IN / EXISTS one a boolean column joined onto `df`. `items`: the expressions
/// are a select list (unaliased subqueries get Spark's names).
pub(crate) fn subqueries_in(
    df: &mut DataFrame,
    exprs: Vec<Expr>,
    items: bool,
) -> Result<Vec<Expr>> {
    let session = df.session.clone();
    let ctes = Vec::new();
    exprs
        .iter()
        .map(|e| {
            let e = if items {
                named_subquery_item(&session, e, &ctes, &df.schema())?
            } else {
                e.clone()
            };
            scalar_subqueries(&session, &e, &ctes, &mut Some(&mut *df))
        })
        .collect()
}

fn has_predicate_subquery(e: &Expr) -> bool {
    let mut found = false;
    e.visit(&mut |x| {
        found |= matches!(x, E::Function { name, .. }
            if [SUBQUERY_IN, SUBQUERY_NOT_IN, SUBQUERY_EXISTS, SUBQUERY_NOT_EXISTS].contains(&name.as_str()));
    });
    found
}

/// `e` with its IN / EXISTS subqueries as Spark shows them in a column's name:
/// `(x IN (listquery()))`, `exists(k)` (the outer columns the subquery reads).
fn subquery_shown(session: &SparkSession, e: &Expr, ctes: &Ctes) -> Result<Expr> {
    match e {
        E::Function { name, args, .. }
            if [
                SUBQUERY_IN,
                SUBQUERY_NOT_IN,
                SUBQUERY_EXISTS,
                SUBQUERY_NOT_EXISTS,
            ]
            .contains(&name.as_str()) =>
        {
            let q = subquery_text(args)?;
            let mut outer_refs: Vec<Expr> = Vec::new();
            if let SqlBody::Select(sel) = &q.body
                && let Some(from) = &sel.from
            {
                let (_, schema, _, outer) = correlation(session, sel, from, ctes)?;
                for c in &outer {
                    c.visit(&mut |x| {
                        if let E::Column(n) = x
                            && inner_column(n, &schema).is_none()
                        {
                            let last = crate::expr::split_name(n).pop().unwrap_or_default();
                            let short = E::Column(quote(&last));
                            if !outer_refs.contains(&short) {
                                outer_refs.push(short);
                            }
                        }
                    });
                }
            }
            let negated = name == SUBQUERY_NOT_IN || name == SUBQUERY_NOT_EXISTS;
            let shown = if name == SUBQUERY_IN || name == SUBQUERY_NOT_IN {
                E::InList {
                    expr: Box::new(args[0].clone()),
                    list: vec![E::Function {
                        name: "listquery".into(),
                        args: outer_refs,
                        distinct: false,
                    }],
                    negated: false,
                }
            } else {
                E::Function {
                    name: "exists".into(),
                    args: outer_refs,
                    distinct: false,
                }
            };
            Ok(if negated {
                E::Not(Box::new(shown))
            } else {
                shown
            })
        }
        other => other.map_children(&mut |c| subquery_shown(session, c, ctes)),
    }
}

/// An IN / EXISTS subquery elsewhere than as a WHERE's AND-ed term (inside OR or NOT, in
/// the select list), as Spark's `ExistenceJoin`: `df` gains a boolean column, true for
/// the rows the subquery has a match for (the rows of a left semi join, the others
/// false), and the predicate becomes that column (NOT IN: its negation, matched
/// null-aware, so that a NULL makes it false).
fn existence_column(
    session: &SparkSession,
    df: &mut DataFrame,
    kind: &str,
    args: &[Expr],
    ctes: &Ctes,
) -> Result<Expr> {
    if df.is_streaming() {
        return static_existence(session, kind, args, ctes);
    }
    let (right, cond) = subquery_join_side(session, kind, args, ctes)?;
    let name = format!("__exists{}", df.columns().len());
    let flagged = |how: &str, v: bool| {
        df.join(
            &right,
            super::dataframe::JoinOn::Condition(cond.clone()),
            how,
        )?
        .select(vec![
            E::Star(None),
            E::Literal(ScalarValue::Boolean(v)).alias(&name),
        ])
    };
    *df = flagged("left_semi", true)?.union(&flagged("left_anti", false)?)?;
    let flag = E::Column(name);
    Ok(if kind == SUBQUERY_NOT_IN || kind == SUBQUERY_NOT_EXISTS {
        E::Not(Box::new(flag))
    } else {
        flag
    })
}

/// [`existence_column`] over a stream: an uncorrelated subquery reads static rows, so
/// its answer is known before the stream's rows come (as a scalar subquery's value):
/// EXISTS a constant, `x IN (...)` a list of its values, with the existence join's
/// two-valued answer (`coalesce(x IN (v, ...), false)`; NOT IN null-aware: a NULL on
/// either side makes it false).
fn static_existence(
    session: &SparkSession,
    kind: &str,
    args: &[Expr],
    ctes: &Ctes,
) -> Result<Expr> {
    let q = subquery_text(args)?;
    if let SqlBody::Select(sel) = &q.body
        && let Some(from) = &sel.from
        && !correlation(session, sel, from, ctes)?.3.is_empty()
    {
        return Err(RunnelError::not_supported(
            "a correlated IN or EXISTS subquery inside OR, NOT or the select list of a streaming query in spark.sql (Spark's ExistenceJoin); write it as one AND-ed term of the WHERE, or join the subquery",
        ));
    }
    let sub = not_streaming(plan_query(session, &q, ctes)?)?;
    let negated = kind == SUBQUERY_NOT_IN || kind == SUBQUERY_NOT_EXISTS;
    let boolean = |b: bool| E::Literal(ScalarValue::Boolean(b));
    if kind == SUBQUERY_EXISTS || kind == SUBQUERY_NOT_EXISTS {
        return Ok(boolean((sub.limit(1)?.count()? > 0) != negated));
    }
    let cols = sub.columns();
    if cols.len() != 1 {
        return Err(in_subquery_arity(cols.len()));
    }
    let mut values = Vec::new();
    for b in sub.distinct()?.collect()? {
        for row in 0..b.num_rows() {
            values.push(E::Literal(ScalarValue::try_from_array(
                b.column(0).as_ref(),
                row,
            )?));
        }
    }
    if values.is_empty() {
        return Ok(boolean(negated));
    }
    let found = crate::expr::func(
        "coalesce",
        vec![
            E::InList {
                expr: Box::new(args[0].clone()),
                list: values,
                negated: false,
            },
            boolean(negated),
        ],
    );
    Ok(if negated {
        E::Not(Box::new(found))
    } else {
        found
    })
}

/// The right side of the join an IN / EXISTS subquery becomes, and the join's condition.
/// Conditions of the subquery's WHERE that name the outer query's columns (correlation)
/// join the two; NOT IN's equality is null-aware.
fn subquery_join_side(
    session: &SparkSession,
    kind: &str,
    args: &[Expr],
    ctes: &Ctes,
) -> Result<(DataFrame, Expr)> {
    let q = subquery_text(args)?;
    let negated = kind == SUBQUERY_NOT_IN || kind == SUBQUERY_NOT_EXISTS;
    let value = (kind == SUBQUERY_IN || kind == SUBQUERY_NOT_IN).then(|| args[0].clone());
    if let SqlBody::Select(sel) = &q.body
        && let Some(from) = &sel.from
    {
        let (inner, schema, local, outer) = correlation(session, sel, from, ctes)?;
        if !outer.is_empty() {
            let aggregated = sel.projection.iter().any(|e| e.contains_aggregate())
                || !sel.group_by.is_empty()
                || sel.having.is_some()
                || sel.limit.is_some()
                || q.limit.is_some()
                || sel.offset.is_some()
                || q.offset.is_some();
            if aggregated {
                return Err(RunnelError::not_supported(
                    "a correlated IN/EXISTS subquery with GROUP BY, aggregates or LIMIT in spark.sql; join the aggregated subquery in FROM instead",
                ));
            }
            let inner = match and_all(local) {
                Some(c) => filter_with_subqueries(session, inner, &c, ctes)?,
                None => inner,
            };
            let renamed = inner.select(
                inner
                    .columns()
                    .iter()
                    .enumerate()
                    .map(|(i, c)| E::Column(quote(c)).alias(&format!("__sq_{i}")))
                    .collect(),
            )?;
            let corr = outer
                .iter()
                .map(|c| to_inner_names(c, &schema))
                .collect::<Result<Vec<_>>>()?;
            let mut cond = and_all(corr).unwrap_or(E::Literal(ScalarValue::Boolean(true)));
            if let Some(x) = value {
                if sel.projection.len() != 1 || matches!(sel.projection[0], E::Star(_)) {
                    return Err(in_subquery_arity(sel.projection.len()));
                }
                let y = to_inner_names(&sel.projection[0].clone().strip_alias(), &schema)?;
                cond = in_condition(x, y, negated).binary(BinaryOp::And, cond);
            }
            return Ok((renamed, cond));
        }
    }
    let sub = not_streaming(plan_query(session, &q, ctes)?)?;
    let cond = match value {
        Some(x) => {
            let cols = sub.columns();
            if cols.len() != 1 {
                return Err(in_subquery_arity(cols.len()));
            }
            let sub = sub.select(vec![E::Column(quote(&cols[0])).alias("__sq_0")])?;
            return Ok((sub, in_condition(x, E::Column("__sq_0".into()), negated)));
        }
        None => E::Literal(ScalarValue::Boolean(true)),
    };
    let sub = sub.limit(1)?;
    let sub = sub.select(vec![E::Literal(ScalarValue::Boolean(true)).alias("__sq_0")])?;
    Ok((sub, cond))
}

/// A correlated scalar subquery `(SELECT agg(...) FROM t WHERE t.k = outer.k [AND ...])`
/// as Spark's `RewriteCorrelatedScalarSubquery`: the subquery aggregated by its side of
/// the equalities, left-joined onto `df`, and its value where a row matched, else the
/// aggregate's value over no rows (Spark's "count bug" handling: count is 0, not NULL).
#[allow(clippy::too_many_arguments)]
fn correlated_scalar(
    session: &SparkSession,
    df: &mut DataFrame,
    q: &SqlQuery,
    sel: &SqlSelect,
    inner: DataFrame,
    local: Vec<Expr>,
    outer: Vec<Expr>,
    ctes: &Ctes,
) -> Result<Expr> {
    let refuse = |what: &str| {
        RunnelError::not_supported(format!(
            "a correlated scalar subquery {what} in spark.sql; Runnel joins one whose select list is one aggregate and whose WHERE names outer columns only in equalities (inner = outer)"
        ))
    };
    if sel.projection.len() != 1
        || !sel.projection[0].contains_aggregate()
        || !sel.group_by.is_empty()
        || sel.having.is_some()
        || sel.limit.is_some()
        || q.limit.is_some()
        || sel.offset.is_some()
        || q.offset.is_some()
    {
        return Err(refuse("that is not one aggregate"));
    }
    let schema = inner.schema();
    let no_inner = |e: &Expr| {
        let mut none = true;
        e.visit(&mut |x| {
            if let E::Column(n) = x
                && inner_column(n, &schema).is_some()
            {
                none = false;
            }
        });
        none
    };
    let (mut keys_in, mut keys_out) = (Vec::new(), Vec::new());
    for c in outer {
        match c {
            E::Binary(a, BinaryOp::Eq, b) if resolves_in(&a, &schema) && no_inner(&b) => {
                keys_in.push(*a);
                keys_out.push(*b);
            }
            E::Binary(a, BinaryOp::Eq, b) if resolves_in(&b, &schema) && no_inner(&a) => {
                keys_in.push(*b);
                keys_out.push(*a);
            }
            _ => {
                return Err(refuse(
                    "with a condition on outer columns other than an equality",
                ));
            }
        }
    }
    let inner = match and_all(local) {
        Some(c) => filter_with_subqueries(session, inner, &c, ctes)?,
        None => inner,
    };
    let value = sel.projection[0].clone().strip_alias();
    // The aggregate over no rows: the value where no row of the subquery matched.
    let empty = inner
        .limit(0)?
        .aggregate(vec![], vec![value.clone().alias("v")], None)?;
    let empty_value = one_value(&empty)?;
    let n = df.columns().len();
    let key = |j: usize| format!("__sq{n}k{j}");
    let mut out: Vec<Expr> = keys_in
        .iter()
        .enumerate()
        .map(|(j, k)| k.clone().alias(&key(j)))
        .collect();
    out.push(value.alias(&format!("__sq{n}v")));
    let agg = inner.aggregate(keys_in, out, None)?;
    let cond = keys_out
        .into_iter()
        .enumerate()
        .map(|(j, o)| o.binary(BinaryOp::Eq, E::Column(key(j))))
        .reduce(|a, b| a.binary(BinaryOp::And, b))
        .ok_or_else(|| refuse("without an equality"))?;
    *df = df.join(
        &agg,
        super::dataframe::JoinOn::Condition(cond),
        "left_outer",
    )?;
    Ok(crate::expr::func(
        "if",
        vec![
            E::IsNull(Box::new(E::Column(key(0)))),
            empty_value,
            E::Column(format!("__sq{n}v")),
        ],
    ))
}

/// A subquery's select list names only its own columns (an outer column there is a
/// correlation Runnel does not plan).
fn outer_only_in_where(sel: &SqlSelect, schema: &arrow_schema::Schema) -> Result<()> {
    for e in &sel.projection {
        let mut outer = None;
        e.visit(&mut |x| {
            if let E::Column(n) = x
                && inner_column(n, schema).is_none()
            {
                outer.get_or_insert_with(|| n.clone());
            }
        });
        if let Some(n) = outer {
            return Err(RunnelError::not_supported(format!(
                "the outer query's column {n} in a subquery's select list in spark.sql; name outer columns only in the subquery's WHERE"
            )));
        }
    }
    Ok(())
}

/// A subquery in an expression reads no stream (Spark's check, before any data moves).
fn not_streaming(df: DataFrame) -> Result<DataFrame> {
    if df.is_streaming() {
        return Err(RunnelError::analysis(
            "INVALID_SUBQUERY_EXPRESSION.STREAMING_QUERY",
            "Invalid subquery: Streaming query is not allowed in subquery expressions. Read the stream in FROM (a stream-static join) and keep the subquery's tables static.",
        ));
    }
    Ok(df)
}

/// Spark's error for `x IN (SELECT a, b ...)`.
fn in_subquery_arity(n: usize) -> RunnelError {
    RunnelError::analysis(
        "DATATYPE_MISMATCH.IN_SUBQUERY_LENGTH_MISMATCH",
        format!(
            "The number of columns in the left hand side of an IN subquery does not match the number of columns in the output of subquery. Left hand side columns(length: 1), right hand side columns(length: {n}). Select one column in the subquery."
        ),
    )
}

/// `e` with each uncorrelated scalar subquery replaced by its value (NULL when it
/// returns no row; Spark's SCALAR_SUBQUERY_TOO_MANY_ROWS when more than one). An IN or
/// EXISTS subquery anywhere but a WHERE conjunct is refused.
fn scalar_subqueries(
    session: &SparkSession,
    e: &Expr,
    ctes: &Ctes,
    outer: &mut Option<&mut DataFrame>,
) -> Result<Expr> {
    match e {
        E::Function { name, args, .. } if name == SUBQUERY_SCALAR => {
            scalar_value(session, &subquery_text(args)?, ctes, outer)
        }
        // `NOT (x IN (SELECT ...))` is NOT IN, matched null-aware (Spark's rewrite looks
        // for Not(InSubquery)).
        E::Not(inner) => match inner.as_ref() {
            E::Function {
                name,
                args,
                distinct,
            } if name == SUBQUERY_IN => {
                let not_in = E::Function {
                    name: SUBQUERY_NOT_IN.to_string(),
                    args: args.clone(),
                    distinct: *distinct,
                };
                scalar_subqueries(session, &not_in, ctes, outer)
            }
            _ => e.map_children(&mut |c| scalar_subqueries(session, c, ctes, outer)),
        },
        E::Function { name, args, .. } if is_subquery_placeholder(name) => {
            match outer.as_deref_mut() {
                Some(df) => existence_column(session, df, name, args, ctes),
                None => Err(RunnelError::not_supported(
                    "an IN or EXISTS subquery in HAVING, in an aggregating select list or beside * in spark.sql; write it in WHERE, or in the select list of a query without GROUP BY or *",
                )),
            }
        }
        other => other.map_children(&mut |c| scalar_subqueries(session, c, ctes, outer)),
    }
}

fn scalar_value(
    session: &SparkSession,
    q: &SqlQuery,
    ctes: &Ctes,
    outer_df: &mut Option<&mut DataFrame>,
) -> Result<Expr> {
    // A correlated one (its WHERE names the outer query's columns) is joined, never
    // planned on its own: the binder would read `e.dept` as the subquery's `dept`.
    if let SqlBody::Select(sel) = &q.body
        && let Some(from) = &sel.from
    {
        let (inner, _, local, outer) = correlation(session, sel, from, ctes)?;
        if !outer.is_empty() {
            let Some(df) = outer_df.as_deref_mut() else {
                return Err(RunnelError::not_supported(
                    "a correlated scalar subquery in HAVING, in an aggregating select list or beside * in spark.sql; use it in WHERE or in the select list of a query without GROUP BY or *",
                ));
            };
            return correlated_scalar(session, df, q, sel, inner, local, outer, ctes);
        }
    }
    let sub = plan_query(session, q, ctes).map_err(|e| {
        if e.to_string().contains("UNRESOLVED_COLUMN") {
            RunnelError::not_supported(format!(
                "a correlated scalar subquery in spark.sql (it names a column of the outer query); join the aggregated subquery in FROM instead ({e})"
            ))
        } else {
            e
        }
    })?;
    let sub = not_streaming(sub)?;
    let cols = sub.columns();
    if cols.len() != 1 {
        return Err(RunnelError::analysis(
            "INVALID_SUBQUERY_EXPRESSION.SCALAR_SUBQUERY_RETURN_MORE_THAN_ONE_OUTPUT_COLUMN",
            format!(
                "Invalid subquery: Scalar subquery must return only one column, but got {}. Select one column in the subquery.",
                cols.len()
            ),
        ));
    }
    one_value(&sub)
}

/// The one value of a one-column DataFrame as a literal (NULL of its type for no row,
/// Spark's SCALAR_SUBQUERY_TOO_MANY_ROWS for more than one).
fn one_value(sub: &DataFrame) -> Result<Expr> {
    let ty = sub.schema().field(0).data_type().clone();
    let mut values = Vec::new();
    for b in sub.limit(2)?.collect()? {
        for row in 0..b.num_rows() {
            values.push(ScalarValue::try_from_array(b.column(0).as_ref(), row)?);
        }
    }
    if values.len() > 1 {
        return Err(RunnelError::execution(
            "SCALAR_SUBQUERY_TOO_MANY_ROWS",
            "More than one row returned by a subquery used as an expression. Make the subquery return one row (aggregate it, or add LIMIT 1).",
        ));
    }
    Ok(E::Literal(values.pop().unwrap_or(ScalarValue::Null(ty))))
}

/// The aggregates of a HAVING condition that are not output columns yet become hidden
/// output columns (`__having0`, ...), referred to by name.
fn hide_aggregates(h: Expr, full: &mut Vec<Expr>) -> Expr {
    match h {
        Expr::Function { ref name, .. } if crate::expr::functions::is_aggregate(name) => {
            let n = format!("__having{}", full.len());
            full.push(h.alias(&n));
            Expr::Column(n)
        }
        Expr::Binary(l, op, r) => Expr::Binary(
            Box::new(hide_aggregates(*l, full)),
            op,
            Box::new(hide_aggregates(*r, full)),
        ),
        Expr::Not(x) => Expr::Not(Box::new(hide_aggregates(*x, full))),
        Expr::IsNull(x) => Expr::IsNull(Box::new(hide_aggregates(*x, full))),
        Expr::IsNotNull(x) => Expr::IsNotNull(Box::new(hide_aggregates(*x, full))),
        other => other,
    }
}

/// HAVING may name aggregates that the select list computes: refer to their output columns.
fn having_over_output(h: Expr, out: &[Expr]) -> Expr {
    for o in out {
        let bare = o.clone().strip_alias();
        if bare == h && bare.contains_aggregate() {
            return Expr::Column(o.name());
        }
    }
    match h {
        Expr::Binary(l, op, r) => Expr::Binary(
            Box::new(having_over_output(*l, out)),
            op,
            Box::new(having_over_output(*r, out)),
        ),
        Expr::Not(x) => Expr::Not(Box::new(having_over_output(*x, out))),
        other => other,
    }
}

/// The table commands `spark.sql` runs (the rest of its text is a query).
#[derive(Debug, PartialEq)]
enum Command {
    /// `DROP TABLE|VIEW [IF EXISTS] name`.
    Drop {
        view: bool,
        if_exists: bool,
        name: String,
    },
    /// `CREATE TABLE [IF NOT EXISTS] name [(columns)] [USING format]
    /// [PARTITIONED BY (columns)] [AS query]`.
    CreateTable {
        if_not_exists: bool,
        name: String,
        columns: String,
        format: Option<String>,
        partitioned_by: Vec<String>,
        query: Option<String>,
    },
    /// `INSERT INTO [TABLE] name query` / `INSERT OVERWRITE [TABLE] name query` (a
    /// query or `VALUES ...`).
    Insert {
        overwrite: bool,
        name: String,
        query: String,
    },
    /// `SET key=value` / `SET key` (Spark's SetCommand; the guide's
    /// `spark.sql("SET spark.sql.streaming.metricsEnabled=true")`).
    Set { key: String, value: Option<String> },
}

/// Spark's `SetCommand`: `SET key=value` sets the session's configuration (as
/// `spark.conf.set`) and `SET key` reads it; both answer one row `(key, value)` of two
/// non-nullable strings, the key as written, `<undefined>` for a key never set.
fn set_command(session: &SparkSession, key: &str, value: Option<&str>) -> Result<DataFrame> {
    use arrow_schema::{DataType, Field, Schema};
    let value = match value {
        Some(v) => {
            session.conf_set(key, v)?;
            v.to_string()
        }
        None => session
            .conf_get(key)
            .unwrap_or_else(|| "<undefined>".to_string()),
    };
    let schema = std::sync::Arc::new(Schema::new(vec![
        Field::new("key", DataType::Utf8, false),
        Field::new("value", DataType::Utf8, false),
    ]));
    let batch = arrow_array::RecordBatch::try_new(
        schema.clone(),
        vec![
            std::sync::Arc::new(arrow_array::StringArray::from(vec![key])),
            std::sync::Arc::new(arrow_array::StringArray::from(vec![value])),
        ],
    )?;
    Ok(session.create_data_frame_from_batches(schema, vec![batch]))
}

/// The text inside the parenthesis `body` starts after, and what follows it.
fn in_parens(body: &str) -> Option<(&str, &str)> {
    let mut depth = 1usize;
    for (i, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some((&body[..i], &body[i + 1..]));
                }
            }
            _ => {}
        }
    }
    None
}

/// `SET key=value` / `SET key` (a key of dotted words, as Spark's parser reads it; the
/// value is the rest of the text, trimmed). `SET` alone and `SET -v` (every
/// configuration) are not supported.
fn parse_set(t: &str) -> Result<Option<Command>> {
    let Some(rest) = t
        .get(..3)
        .filter(|w| w.eq_ignore_ascii_case("SET"))
        .map(|_| &t[3..])
        .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
    else {
        return Ok(None);
    };
    let (key, value) = match rest.split_once('=') {
        Some((k, v)) => (k.trim(), Some(v.trim().to_string())),
        None => (rest.trim(), None),
    };
    if key.is_empty() && value.is_none() || key == "-v" {
        return Err(RunnelError::not_supported(format!(
            "spark.sql({t:?}) (every configuration): read one with spark.sql(\"SET key\") or spark.conf.get(key)"
        )));
    }
    let word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !key.split('.').all(word) {
        return Err(RunnelError::parse(format!(
            "[PARSE_SYNTAX_ERROR] Syntax error in {t:?}: expected SET key=value with a key of dotted words (e.g. spark.sql.shuffle.partitions)"
        ))
        .with_condition("PARSE_SYNTAX_ERROR"));
    }
    Ok(Some(Command::Set {
        key: key.to_string(),
        value,
    }))
}

/// Is `text` a command (DDL) rather than a query? Commands run when `spark.sql` is called
/// (a Spark Connect client gets their result rows, not the statement to run again).
pub fn is_command(text: &str) -> bool {
    matches!(parse_command(text), Ok(Some(_)))
}

fn parse_command(text: &str) -> Result<Option<Command>> {
    let t = text.trim().trim_end_matches(';').trim();
    if let Some(set) = parse_set(t)? {
        return Ok(Some(set));
    }
    let mut rest = t;
    let next_word = |rest: &mut &str| -> String {
        let r = rest.trim_start();
        let end = r
            .find(|c: char| c.is_whitespace() || c == '(')
            .unwrap_or(r.len());
        let (w, tail) = r.split_at(end);
        *rest = tail;
        w.to_string()
    };
    let first = next_word(&mut rest).to_ascii_uppercase();
    let second = next_word(&mut rest).to_ascii_uppercase();
    let syntax = |what: &str| {
        RunnelError::parse(format!(
            "[PARSE_SYNTAX_ERROR] Syntax error in {t:?}: {what}"
        ))
        .with_condition("PARSE_SYNTAX_ERROR")
    };
    match (first.as_str(), second.as_str()) {
        ("DROP", "TABLE" | "VIEW") => {
            let mut name = next_word(&mut rest);
            let mut if_exists = false;
            if name.eq_ignore_ascii_case("IF") {
                if !next_word(&mut rest).eq_ignore_ascii_case("EXISTS") {
                    return Err(syntax("expected IF EXISTS"));
                }
                if_exists = true;
                name = next_word(&mut rest);
            }
            if name.is_empty() {
                return Err(syntax("expected the name of the table or view to drop"));
            }
            let tail = rest.trim();
            if !tail.is_empty() && !tail.eq_ignore_ascii_case("PURGE") {
                return Err(syntax(&format!("unexpected {tail:?} after the name")));
            }
            Ok(Some(Command::Drop {
                view: second == "VIEW",
                if_exists,
                name,
            }))
        }
        ("CREATE", "TABLE") => {
            let mut name = next_word(&mut rest);
            let mut if_not_exists = false;
            if name.eq_ignore_ascii_case("IF") {
                let (n, e) = (next_word(&mut rest), next_word(&mut rest));
                if !n.eq_ignore_ascii_case("NOT") || !e.eq_ignore_ascii_case("EXISTS") {
                    return Err(syntax("expected IF NOT EXISTS"));
                }
                if_not_exists = true;
                name = next_word(&mut rest);
            }
            let r = rest.trim_start();
            let (columns, mut tail) = match r.strip_prefix('(') {
                Some(body) => {
                    let (cols, tail) = in_parens(body)
                        .ok_or_else(|| syntax("the column list has no closing parenthesis"))?;
                    (cols.to_string(), tail)
                }
                None => (String::new(), r),
            };
            let (mut format, mut partitioned_by, mut query) = (None, Vec::new(), None);
            loop {
                let before = tail;
                let kw = next_word(&mut tail).to_ascii_uppercase();
                match kw.as_str() {
                    "" => break,
                    "USING" if format.is_none() => {
                        format = Some(next_word(&mut tail).to_ascii_lowercase())
                    }
                    "PARTITIONED" if partitioned_by.is_empty() => {
                        if !next_word(&mut tail).eq_ignore_ascii_case("BY") {
                            return Err(syntax("expected PARTITIONED BY (columns)"));
                        }
                        let (cols, t) = tail
                            .trim_start()
                            .strip_prefix('(')
                            .and_then(in_parens)
                            .ok_or_else(|| syntax("expected PARTITIONED BY (columns)"))?;
                        partitioned_by = cols
                            .split(',')
                            .map(|c| c.trim().trim_matches('`').to_string())
                            .filter(|c| !c.is_empty())
                            .collect();
                        tail = t;
                    }
                    "AS" => {
                        query = Some(tail.trim().to_string());
                        break;
                    }
                    _ => {
                        return Err(RunnelError::not_supported(format!(
                            "CREATE TABLE with {:?}; Runnel's managed tables take a column list, USING format, PARTITIONED BY (columns) and AS query (no LOCATION, OPTIONS, TBLPROPERTIES, CLUSTERED BY or LIKE)",
                            before.trim()
                        )));
                    }
                }
            }
            if columns.is_empty() && query.is_none() {
                return Err(syntax("CREATE TABLE needs a column list or AS query"));
            }
            Ok(Some(Command::CreateTable {
                if_not_exists,
                name,
                columns,
                format,
                partitioned_by,
                query,
            }))
        }
        ("INSERT", "INTO" | "OVERWRITE") => {
            let mut name = next_word(&mut rest);
            if name.eq_ignore_ascii_case("TABLE") {
                name = next_word(&mut rest);
            }
            let query = rest.trim().to_string();
            if name.is_empty() || query.is_empty() {
                return Err(syntax("expected INSERT INTO table query"));
            }
            Ok(Some(Command::Insert {
                overwrite: second == "OVERWRITE",
                name,
                query,
            }))
        }
        _ => Ok(None),
    }
}

fn run_command(session: &SparkSession, cmd: Command) -> Result<()> {
    match cmd {
        Command::Drop {
            view: true,
            if_exists,
            name,
        } => session.drop_view(&name, if_exists).map(|_| ()),
        Command::Drop {
            view: false,
            if_exists,
            name,
        } => session.drop_table(&name, if_exists),
        Command::CreateTable {
            if_not_exists,
            name,
            columns,
            format,
            partitioned_by,
            query: None,
        } => {
            let schema = std::sync::Arc::new(crate::types::parse_ddl_schema(&columns)?);
            let format = format.unwrap_or_else(|| session.default_source());
            session
                .create_table(&name, &format, schema, &partitioned_by, if_not_exists)
                .map(|_| ())
        }
        Command::CreateTable {
            if_not_exists,
            name,
            format,
            partitioned_by,
            query: Some(query),
            ..
        } => {
            if if_not_exists && session.catalog_table(&name).is_some() {
                return Ok(());
            }
            let df = session.sql(&query)?;
            let mut options = std::collections::BTreeMap::new();
            if !partitioned_by.is_empty() {
                options.insert("__partition_by".to_string(), partitioned_by.join(","));
            }
            super::catalog::save_as_table(&df, &name, format.as_deref(), "errorifexists", &options)
        }
        Command::Insert {
            overwrite,
            name,
            query,
        } => {
            let df = session.sql(&query)?;
            super::catalog::insert_into(&df, &name, overwrite, &std::collections::BTreeMap::new())
        }
        Command::Set { key, value } => set_command(session, &key, value.as_deref()).map(|_| ()),
    }
}

/// Every row of an inline table `width` values wide, or Spark's NUM_COLUMNS_MISMATCH
/// naming the first row that is not (counted from 0).
fn values_width(rows: &[Vec<String>], width: usize) -> Result<()> {
    match rows.iter().position(|r| r.len() != width) {
        None => Ok(()),
        Some(i) => Err(RunnelError::analysis(
            "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH",
            format!(
                "Invalid inline table. Inline table expected {width} columns but found {} columns in row {i}. Give every row of VALUES the same number of values, as many as the table's column names.",
                rows[i].len()
            ),
        )),
    }
}

/// The DataFrame of `VALUES` rows (columns `col1`, `col2`, ...), as Spark's inline table:
/// each column of the wider type of its rows' values (`VALUES (0.0), (PI())` is DOUBLE),
/// every row cast to it.
fn values_frame(session: &SparkSession, rows: &[Vec<String>]) -> Result<DataFrame> {
    values_width(rows, rows.first().map_or(0, Vec::len))?;
    let mut got: Vec<arrow_array::RecordBatch> = Vec::new();
    for r in rows {
        let items: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(i, e)| format!("{e} AS col{}", i + 1))
            .collect();
        got.extend(
            session
                .sql(&format!("SELECT {}", items.join(", ")))?
                .collect()?,
        );
    }
    let first = got
        .first()
        .ok_or_else(|| RunnelError::analysis_plain("VALUES without rows"))?
        .schema();
    let mut types: Vec<arrow_schema::DataType> = first
        .fields()
        .iter()
        .map(|f| f.data_type().clone())
        .collect();
    for b in &got {
        if b.num_columns() != types.len() {
            return Err(RunnelError::analysis(
                "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH",
                format!(
                    "Invalid inline table. Inline table expected {} columns but found {} columns in row. Give every row of VALUES the same number of values.",
                    types.len(),
                    b.num_columns()
                ),
            ));
        }
        for (t, f) in types.iter_mut().zip(b.schema().fields()) {
            if let Some(w) = crate::expr::coerce::wider_type(t, f.data_type()) {
                *t = w;
            }
        }
    }
    // A column is nullable when one of its rows' expressions is (ResolveInlineTables).
    let fields: Vec<arrow_schema::Field> = first
        .fields()
        .iter()
        .enumerate()
        .zip(&types)
        .map(|((i, f), t)| {
            let nullable = got
                .iter()
                .any(|b| b.schema().field(i).is_nullable() || b.column(i).null_count() > 0);
            let field = arrow_schema::Field::new(f.name(), t.clone(), nullable);
            // Intervals keep their fields, the widest of the rows' (`interval month`).
            let spans: Option<Vec<(u8, u8)>> = got
                .iter()
                .map(|b| b.schema().field(i).clone())
                .filter(|f| *f.data_type() != arrow_schema::DataType::Null)
                .map(|f| crate::types::interval_fields(&f))
                .collect();
            match spans.filter(|v| !v.is_empty()) {
                Some(v) => {
                    let start = v.iter().map(|s| s.0).min().unwrap_or(0);
                    let end = v.iter().map(|s| s.1).max().unwrap_or(0);
                    crate::types::with_interval_fields(&field, start, end)
                }
                None => field,
            }
        })
        .collect();
    let schema = std::sync::Arc::new(arrow_schema::Schema::new(fields));
    let mut batches = Vec::with_capacity(got.len());
    for b in got {
        let cols = b
            .columns()
            .iter()
            .zip(&types)
            .map(|(c, t)| crate::expr::cast::cast_array(c, t, false))
            .collect::<Result<Vec<_>>>()?;
        batches.push(arrow_array::RecordBatch::try_new(schema.clone(), cols)?);
    }
    Ok(session.create_data_frame_from_batches(schema, batches))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drop_and_create_table_statements_parse_and_the_rest_is_a_query() {
        assert_eq!(
            parse_command("drop table if exists `my_table`;").unwrap(),
            Some(Command::Drop {
                view: false,
                if_exists: true,
                name: "`my_table`".into()
            })
        );
        assert_eq!(
            parse_command("CREATE TABLE IF NOT EXISTS t(a INT, b DECIMAL(10, 2)) USING Delta")
                .unwrap(),
            Some(Command::CreateTable {
                if_not_exists: true,
                name: "t".into(),
                columns: "a INT, b DECIMAL(10, 2)".into(),
                format: Some("delta".into()),
                partitioned_by: vec![],
                query: None,
            })
        );
        assert_eq!(
            parse_command("create table t using json partitioned by (r, `y`) as select * from v")
                .unwrap(),
            Some(Command::CreateTable {
                if_not_exists: false,
                name: "t".into(),
                columns: String::new(),
                format: Some("json".into()),
                partitioned_by: vec!["r".into(), "y".into()],
                query: Some("select * from v".into()),
            })
        );
        assert_eq!(
            parse_command("INSERT OVERWRITE TABLE t SELECT 1").unwrap(),
            Some(Command::Insert {
                overwrite: true,
                name: "t".into(),
                query: "SELECT 1".into(),
            })
        );
        assert_eq!(parse_command("SELECT * FROM t").unwrap(), None);
        assert!(parse_command("DROP TABLE t CASCADE").is_err());
        assert!(parse_command("CREATE TABLE t LOCATION '/x' AS SELECT 1").is_err());
        assert!(parse_command("CREATE TABLE t").is_err());
        assert!(is_command("DROP VIEW v"));
        assert!(!is_command("SELECT 1"));
        // SET, as Spark's parser reads it (the guide's metricsEnabled example).
        assert_eq!(
            parse_command("SET  my.key =  some value ;").unwrap(),
            Some(Command::Set {
                key: "my.key".into(),
                value: Some("some value".into()),
            })
        );
        assert_eq!(
            parse_command("set spark.sql.shuffle.partitions").unwrap(),
            Some(Command::Set {
                key: "spark.sql.shuffle.partitions".into(),
                value: None,
            })
        );
        assert!(parse_command("SET =1").is_err());
        assert!(parse_command("SET a b=1").is_err());
        assert!(parse_command("SET").is_err());
        assert_eq!(parse_command("SETTINGS").unwrap(), None);
    }

    #[test]
    fn set_sets_and_reads_the_session_configuration() {
        let s = SparkSession::new();
        let rows = |q: &str| {
            let df = s.sql(q).unwrap();
            assert!(df.schema().fields().iter().all(|f| !f.is_nullable()));
            let mut out = Vec::new();
            for b in df.collect().unwrap() {
                use arrow_array::cast::AsArray;
                let (k, v) = (
                    b.column(0).as_string::<i32>(),
                    b.column(1).as_string::<i32>(),
                );
                for i in 0..b.num_rows() {
                    out.push(format!("{}, {}", k.value(i), v.value(i)));
                }
            }
            out
        };
        assert_eq!(
            rows("SET spark.sql.streaming.metricsEnabled=true"),
            vec!["spark.sql.streaming.metricsEnabled, true"]
        );
        assert_eq!(
            s.conf_get("spark.sql.streaming.metricsEnabled").as_deref(),
            Some("true")
        );
        assert_eq!(
            rows("SET spark.sql.shuffle.partitions"),
            vec!["spark.sql.shuffle.partitions, 200"]
        );
        assert_eq!(rows("SET not.set.key"), vec!["not.set.key, <undefined>"]);
    }
}
