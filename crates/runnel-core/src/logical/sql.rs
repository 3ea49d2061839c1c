//! `spark.sql(...)`: a SELECT over a temp view or memory table, turned into DataFrame calls.

use super::dataframe::DataFrame;
use crate::error::{Result, RunnelError};
use crate::expr::Expr;
use crate::expr::sql::parse_query;
use crate::session::SparkSession;

/// Runs `spark.sql(text)`.
pub fn run_sql(session: &SparkSession, text: &str) -> Result<DataFrame> {
    if let Some(cmd) = parse_command(text)? {
        run_command(session, cmd)?;
        // Spark's result of a DDL command: no columns, no rows.
        let schema = std::sync::Arc::new(arrow_schema::Schema::empty());
        return Ok(session.create_data_frame_from_batches(schema, vec![]));
    }
    let q = parse_query(text)?;
    let mut df = match &q.from {
        Some(t) => session.table(t)?,
        // SELECT without FROM: one row of no columns (Spark's OneRowRelation).
        None => {
            let schema = std::sync::Arc::new(arrow_schema::Schema::empty());
            let opts = arrow_array::RecordBatchOptions::new().with_row_count(Some(1));
            let row =
                arrow_array::RecordBatch::try_new_with_options(schema.clone(), vec![], &opts)?;
            session.create_data_frame_from_batches(schema, vec![row])
        }
    };
    if let Some(w) = q.selection {
        df = df.filter(w)?;
    }
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
                    if k >= 1 && k <= out.len() {
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
        let having = q.having.map(|h| {
            let h = having_over_output(h, &out);
            hide_aggregates(h, &mut full)
        });
        let hidden = full.len() > out.len();
        df = match q.grouping_sets {
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
    if !q.order_by.is_empty() {
        df = df.order_by(q.order_by.clone())?;
    }
    if let Some(n) = q.limit {
        df = df.limit(n as i64)?;
    }
    Ok(df)
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
    /// `CREATE TABLE [IF NOT EXISTS] name (columns) [USING format]`.
    CreateTable {
        if_not_exists: bool,
        name: String,
        columns: String,
        format: Option<String>,
    },
}

/// Is `text` a command (DDL) rather than a query? Commands run when `spark.sql` is called
/// (a Spark Connect client gets their result rows, not the statement to run again).
pub fn is_command(text: &str) -> bool {
    matches!(parse_command(text), Ok(Some(_)))
}

fn parse_command(text: &str) -> Result<Option<Command>> {
    let t = text.trim().trim_end_matches(';').trim();
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
            let Some(body) = r.strip_prefix('(') else {
                return Err(RunnelError::not_supported(
                    "CREATE TABLE without a column list (CREATE TABLE ... AS SELECT, LIKE); give the columns, CREATE TABLE t (a INT, b STRING) USING parquet, or write a DataFrame with saveAsTable",
                ));
            };
            let mut depth = 1usize;
            let mut end = None;
            for (i, c) in body.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(i);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let end = end.ok_or_else(|| syntax("the column list has no closing parenthesis"))?;
            let columns = body[..end].to_string();
            let mut tail = &body[end + 1..];
            let mut format = None;
            let kw = next_word(&mut tail);
            if kw.eq_ignore_ascii_case("USING") {
                format = Some(next_word(&mut tail).to_ascii_lowercase());
            } else if !kw.is_empty() {
                return Err(RunnelError::not_supported(format!(
                    "CREATE TABLE with {kw} ...; Runnel's managed tables take a column list and USING format only"
                )));
            }
            if !tail.trim().is_empty() {
                return Err(RunnelError::not_supported(format!(
                    "CREATE TABLE with {:?}; Runnel's managed tables take a column list and USING format only (no PARTITIONED BY, LOCATION, OPTIONS or TBLPROPERTIES)",
                    tail.trim()
                )));
            }
            Ok(Some(Command::CreateTable {
                if_not_exists,
                name,
                columns,
                format,
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
        } => {
            let schema = std::sync::Arc::new(crate::types::parse_ddl_schema(&columns)?);
            let format = format.unwrap_or_else(|| session.default_source());
            session
                .create_table(&name, &format, schema, if_not_exists)
                .map(|_| ())
        }
    }
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
                format: Some("delta".into())
            })
        );
        assert_eq!(parse_command("SELECT * FROM t").unwrap(), None);
        assert!(parse_command("DROP TABLE t CASCADE").is_err());
        assert!(parse_command("CREATE TABLE t AS SELECT 1").is_err());
        assert!(is_command("DROP VIEW v"));
        assert!(!is_command("SELECT 1"));
    }
}
