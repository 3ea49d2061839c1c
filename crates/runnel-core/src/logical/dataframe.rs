//! `DataFrame` with Spark's method names. Every method resolves names and types
//! right away, so errors surface where the user wrote them.

use std::collections::HashMap;
use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::{DataType, Field, Schema, SchemaRef};

use super::plan::{GenItem, JoinColumn, JoinType, Node, Plan, PlanRef, SortKey};
use super::readwrite::DataStreamWriter;
use crate::error::{Result, RunnelError};
use crate::expr::bind::{bind_expr, output_field, resolve_column, unresolved_column, wider_type};
use crate::expr::functions::AggCall;
use crate::expr::functions::{is_aggregate, is_generator};
use crate::expr::sql::{parse_expression, parse_select_item};
use crate::expr::{Expr, PhysExpr, col};
use crate::io::console::show_string;
use crate::mode::OutputMode;
use crate::ops::{self, BatchContext};
use crate::scalar::ScalarValue;
use crate::session::SparkSession;
use crate::temporal;
use crate::types::{self, WATERMARK_DELAY_KEY};

/// The most windows `window(time, size, slide)` may put one row into (size / slide).
pub const MAX_WINDOWS_PER_ROW: u128 = 100_000;

/// A DataFrame: a plan and the session it belongs to.
#[derive(Clone)]
pub struct DataFrame {
    /// The session.
    pub session: SparkSession,
    /// The plan.
    pub plan: PlanRef,
}

fn schema_of(fields: Vec<Field>) -> SchemaRef {
    Arc::new(Schema::new(fields))
}

/// Unwraps an alias: (inner, alias name).
fn split_alias(e: &Expr) -> (&Expr, Option<&str>) {
    match e {
        Expr::Alias(inner, n) => (inner.as_ref(), Some(n.as_str())),
        Expr::MultiAlias(inner, _) => (inner.as_ref(), None),
        other => (other, None),
    }
}

fn string_arg(e: &Expr, what: &str) -> Result<String> {
    match e {
        Expr::Literal(ScalarValue::Utf8(s)) => Ok(s.clone()),
        _ => Err(RunnelError::analysis_plain(format!(
            "{what} must be a string literal such as '10 minutes'"
        ))),
    }
}

fn duration_us(text: &str, what: &str) -> Result<i64> {
    let iv = temporal::parse_interval(text)?;
    if iv.months != 0 {
        return Err(RunnelError::analysis_plain(format!(
            "Intervals greater than a month is not supported ({text}) for the {what}; use days instead."
        )));
    }
    iv.checked_micros_month_31().ok_or_else(|| {
        RunnelError::analysis(
            "FAILED_FUNCTION_CALL",
            format!(
                "Failed preparing of the function `window` for call: the {what} '{text}' is more microseconds than a long holds (about 106751991 days). Use a shorter {what}."
            ),
        )
    })
}

/// Spark's refusal of a window function in HAVING.
pub(crate) fn window_in_having() -> RunnelError {
    RunnelError::analysis(
        "WINDOW_FUNCTION_NOT_ALLOWED_IN_CLAUSE",
        "It is not allowed to use window functions inside HAVING clause. Compute the window function in a subquery over the aggregation and filter its result in the outer WHERE.",
    )
}

/// The function name under which a `colRegex` pattern waits in a select list until
/// the DataFrame's columns are known (Spark's `UnresolvedRegex`).
pub const COL_REGEX: &str = "__runnel_col_regex";

impl DataFrame {
    fn derive(&self, node: Node, schema: SchemaRef) -> DataFrame {
        DataFrame {
            session: self.session.clone(),
            plan: Plan::new(node, schema),
        }
    }

    /// The schema.
    pub fn schema(&self) -> SchemaRef {
        self.plan.schema.clone()
    }

    /// Column names.
    pub fn columns(&self) -> Vec<String> {
        self.plan
            .schema
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect()
    }

    /// `isStreaming`.
    pub fn is_streaming(&self) -> bool {
        self.plan.is_streaming()
    }

    /// The schema as Spark reports it (`printSchema`, `df.schema`): the columns a
    /// streaming aggregation outputs, and their fields, elements and values, all
    /// nullable, as Spark 4.3 prints them (`groupBy(...).count()` of a stream: `count:
    /// long (nullable = true)`, where a batch's count is not; a projection of a stream
    /// keeps its expressions' nullability).
    pub fn reported_schema(&self) -> SchemaRef {
        if !self.is_streaming() {
            return self.plan.schema.clone();
        }
        let forced = aggregated_columns(&self.plan);
        if !forced.contains(&true) {
            return self.plan.schema.clone();
        }
        let fields: Vec<arrow_schema::Field> = self
            .plan
            .schema
            .fields()
            .iter()
            .zip(forced)
            .map(|(f, forced)| match forced {
                true => f
                    .as_ref()
                    .clone()
                    .with_data_type(types::as_nullable(f.data_type()))
                    .with_nullable(true),
                false => f.as_ref().clone(),
            })
            .collect();
        Arc::new(arrow_schema::Schema::new_with_metadata(
            fields,
            self.plan.schema.metadata().clone(),
        ))
    }

    /// `printSchema()` text.
    pub fn tree_string(&self) -> String {
        types::tree_string(&self.reported_schema())
    }

    fn bind(&self, e: &Expr) -> Result<PhysExpr> {
        // `df.k` (ColumnFrom) after a join: each column knows the plans it passes through
        // from this DataFrame down (Spark's attribute identity), so that the join's own
        // DataFrame, and any filter or projection of it, names the column the join passed
        // on (`joined.clickTime` in the guide's join-then-aggregate example).
        let mut names_a_frame = false;
        e.visit(&mut |x| names_a_frame |= matches!(x, Expr::ColumnFrom(..)));
        if names_a_frame
            && self
                .plan
                .schema
                .fields()
                .iter()
                .any(|f| super::lineage::plans_of(f).is_some())
        {
            return bind_expr(e, &super::lineage::annotate(&self.plan));
        }
        bind_expr(e, &self.plan.schema)
    }

    /// The field names of struct column `name`, if it is one.
    fn struct_fields(&self, name: &str) -> Option<Vec<String>> {
        match crate::expr::bind::resolve_column(name, &self.plan.schema) {
            Ok(e) => match e.data_type() {
                arrow_schema::DataType::Struct(f) => {
                    Some(f.iter().map(|f| f.name().clone()).collect())
                }
                _ => None,
            },
            Err(_) => None,
        }
    }

    /// Expands `*` and resolves a select list into (expression, output name) pairs.
    fn expand(&self, exprs: &[Expr]) -> Result<Vec<Expr>> {
        let mut out = Vec::new();
        for e in exprs {
            match e {
                Expr::Star(Some(t)) if self.struct_fields(t).is_some() => {
                    // `e.*` over a struct column: its fields, as Spark expands them.
                    let names = self.struct_fields(t).unwrap_or_default();
                    out.extend(
                        names
                            .iter()
                            .map(|f| Expr::Column(format!("{t}.{}", quote(f)))),
                    );
                }
                Expr::Star(q) => {
                    // `t.*`: the columns of relation `t` (a join's side, by its alias);
                    // `*`: all. A name two columns share is referred to by position.
                    let schema = self.schema();
                    let fields = schema.fields();
                    let of_t = |f: &arrow_schema::Field| match q {
                        Some(t) => types::qualifier(f).is_some_and(|x| x.eq_ignore_ascii_case(t)),
                        None => true,
                    };
                    let pick: Vec<usize> = match (0..fields.len())
                        .filter(|i| of_t(&fields[*i]))
                        .collect::<Vec<_>>()
                    {
                        v if v.is_empty() => (0..fields.len()).collect(),
                        v => v,
                    };
                    for i in pick {
                        let name = fields[i].name();
                        let shared = fields
                            .iter()
                            .filter(|f| f.name().eq_ignore_ascii_case(name))
                            .count()
                            > 1;
                        out.push(if shared {
                            Expr::ColumnAt(i, name.clone())
                        } else {
                            Expr::Column(quote(name))
                        });
                    }
                }
                // colRegex: the columns the regex matches.
                Expr::Function { name, args, .. } if name == COL_REGEX => {
                    if let [Expr::Literal(ScalarValue::Utf8(re))] = args.as_slice() {
                        for c in self.regex_columns(re)? {
                            out.push(Expr::Column(quote(&c)));
                        }
                    }
                }
                other => out.push(self.expand_call_stars(other)?),
            }
        }
        Ok(out)
    }

    /// `hash(*)`, `struct(*)`, `concat(t.*)`: a star among a function's arguments is the
    /// columns it stands for, as Spark expands it (count(*) keeps its star).
    fn expand_call_stars(&self, e: &Expr) -> Result<Expr> {
        match e {
            Expr::Function {
                name,
                args,
                distinct,
            } if !name.eq_ignore_ascii_case("count")
                && args.iter().any(|a| matches!(a, Expr::Star(_))) =>
            {
                Ok(Expr::Function {
                    name: name.clone(),
                    args: self.expand(args)?,
                    distinct: *distinct,
                })
            }
            other => other.map_children(&mut |c| self.expand_call_stars(c)),
        }
    }

    /// `select(...)`. A `window(...)` or `explode(...)` item adds the operator Spark adds.
    pub fn select(&self, exprs: Vec<Expr>) -> Result<DataFrame> {
        if exprs.iter().any(has_subquery) {
            // `*` is this DataFrame's columns, not the flags an EXISTS adds.
            let stars: Vec<Expr> = exprs
                .into_iter()
                .map(|e| match e {
                    Expr::Column(n) if n == "*" => Expr::Star(None),
                    e => e,
                })
                .collect();
            let exprs = self.expand(&stars)?;
            let mut df = self.clone();
            let exprs = super::sql::subqueries_in(&mut df, exprs, true)?;
            return df.select(exprs);
        }
        let exprs = self.expand(&exprs)?;
        // Time windows first (TimeWindowing), then window functions, then generators.
        let (df, exprs) = self.with_windows(exprs)?;
        if exprs.iter().any(|e| e.contains_aggregate()) {
            return df.aggregate(vec![], exprs, None);
        }
        let (df, exprs) = df.with_window_functions(exprs)?;
        let gens: Vec<usize> = exprs
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(split_alias(e).0, Expr::Function { name, .. } if is_generator(name)))
            .map(|(i, _)| i)
            .collect();
        if gens.len() > 1 {
            return Err(RunnelError::analysis(
                "UNSUPPORTED_GENERATOR.MULTI_GENERATOR",
                "Only one generator allowed per SELECT clause but found several. Explode in two steps (two selects).",
            ));
        }
        if let Some(&g) = gens.first() {
            return df.generate(exprs, g);
        }
        let mut phys = Vec::new();
        let mut fields = Vec::new();
        for e in &exprs {
            let p = df.bind(e)?;
            fields.push(output_field(&p, &e.name_in(&df.schema())));
            phys.push(p);
        }
        Ok(df.derive(
            Node::Project {
                input: df.plan.clone(),
                exprs: phys,
            },
            schema_of(fields),
        ))
    }

    /// `stack(n, v1, ..., vk)`: n rows of ceil(k/n) columns `col0`, `col1`, ... (NULL where
    /// the values run out), as `inline` of an array of structs; each column's values must
    /// be of one type (Spark's STACK_COLUMN_DIFF_TYPES).
    fn stack_as_inline(&self, e: &Expr) -> Result<Expr> {
        let (inner, alias) = split_alias(e);
        let Expr::Function { args, .. } = inner else {
            return Ok(e.clone());
        };
        let n = match args.first() {
            Some(Expr::Literal(ScalarValue::Int32(n))) if *n > 0 => *n as usize,
            Some(Expr::Literal(ScalarValue::Int64(n))) if *n > 0 => *n as usize,
            _ => {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                    format!(
                        "Cannot resolve \"{}\" due to data type mismatch: the number of rows of stack must be a positive integer literal. Write stack(2, a, b), say.",
                        inner.sql()
                    ),
                ));
            }
        };
        let vals = &args[1..];
        let width = vals.len().div_ceil(n).max(1);
        let types: Vec<DataType> = vals
            .iter()
            .map(|v| self.bind(v).map(|p| p.data_type()))
            .collect::<Result<_>>()?;
        let mut col_types = vec![DataType::Null; width];
        for (j, col_type) in col_types.iter_mut().enumerate() {
            let mut first: Option<usize> = None;
            for i in (j..vals.len()).step_by(width) {
                if types[i] == DataType::Null {
                    continue;
                }
                match first {
                    None => first = Some(i),
                    Some(f) if types[f] != types[i] => {
                        return Err(RunnelError::analysis(
                            "DATATYPE_MISMATCH.STACK_COLUMN_DIFF_TYPES",
                            format!(
                                "Cannot resolve \"{}\" due to data type mismatch: The data type of the column ({j}) do not have the same type: \"{}\" ({}) <> \"{}\" ({}). Cast the values of a column to one type.",
                                inner.sql(),
                                types::sql_name(&types[f]),
                                f + 1,
                                types::sql_name(&types[i]),
                                i + 1
                            ),
                        ));
                    }
                    _ => {}
                }
            }
            if let Some(f) = first {
                *col_type = types[f].clone();
            }
        }
        let mut rows = Vec::with_capacity(n);
        for r in 0..n {
            let mut fields = Vec::with_capacity(width * 2);
            for (j, t) in col_types.iter().enumerate() {
                fields.push(Expr::Literal(ScalarValue::Utf8(format!("col{j}"))));
                let v = vals
                    .get(r * width + j)
                    .filter(|_| types[r * width + j] != DataType::Null)
                    .cloned();
                let null = Expr::Cast {
                    expr: Box::new(Expr::Literal(ScalarValue::Null(DataType::Null))),
                    to: t.clone(),
                    try_: false,
                };
                // Spark's Stack declares every column nullable: `if(false, NULL, v)`.
                fields.push(match v {
                    Some(v) => crate::expr::func(
                        "if",
                        vec![Expr::Literal(ScalarValue::Boolean(false)), null, v],
                    ),
                    None => null,
                });
            }
            rows.push(crate::expr::func("named_struct", fields));
        }
        let out = crate::expr::func("inline", vec![crate::expr::func("array", rows)]);
        Ok(match alias {
            Some(a) => out.alias(a),
            None => out,
        })
    }

    /// `json_tuple(json, k1, ..., kn)`: one row of strings `c0` .. `cn-1`, as `inline`
    /// of a one-element array (Spark's JsonTuple: every argument a string, at least two).
    fn json_tuple_as_inline(&self, e: &Expr) -> Result<Expr> {
        let (inner, alias) = split_alias(e);
        let Expr::Function { args, .. } = inner else {
            return Ok(e.clone());
        };
        crate::expr::functions::arity("json_tuple", args.len(), 2, usize::MAX)?;
        for a in args {
            if self.bind(a)?.data_type() != DataType::Utf8 {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.NON_STRING_TYPE",
                    format!(
                        "Cannot resolve \"{}\" due to data type mismatch: all arguments of the function `json_tuple` must be strings. Pass the JSON and the field names as strings (cast them).",
                        inner.sql()
                    ),
                ));
            }
        }
        let row = crate::expr::func("__json_tuple", args.clone());
        let out = crate::expr::func("inline", vec![crate::expr::func("array", vec![row])]);
        Ok(match alias {
            Some(a) => out.alias(a),
            None => out,
        })
    }

    fn generate(&self, mut exprs: Vec<Expr>, g: usize) -> Result<DataFrame> {
        // `generator AS (a, b)`: the names replace the generator's own (Spark's
        // makeGeneratorOutput), one for each column it makes.
        let multi = match &exprs[g] {
            Expr::MultiAlias(inner, names) => {
                let names = names.clone();
                exprs[g] = inner.as_ref().clone();
                Some(names)
            }
            _ => None,
        };
        // Spark checks a select's expressions in their order: an error in one before the
        // generator is reported before the generator's own (stack's types, json_tuple's);
        // what Runnel alone refuses (a collation) waits its turn.
        for e in &exprs[..g] {
            match self.bind(e) {
                Err(err) if err.kind != crate::error::ErrorKind::NotSupported => return Err(err),
                _ => {}
            }
        }
        if matches!(split_alias(&exprs[g]).0, Expr::Function { name, .. } if name == "stack") {
            exprs[g] = self.stack_as_inline(&exprs[g])?;
        }
        if matches!(split_alias(&exprs[g]).0, Expr::Function { name, .. } if name == "json_tuple") {
            exprs[g] = self.json_tuple_as_inline(&exprs[g])?;
        }
        let mut items = Vec::new();
        let mut fields = Vec::new();
        for (i, e) in exprs.iter().enumerate() {
            if i != g {
                let p = self.bind(e)?;
                fields.push(output_field(&p, &e.name_in(&self.schema())));
                items.push(GenItem::Plain(p));
                continue;
            }
            let (inner, alias) = split_alias(e);
            let Expr::Function { name, args, .. } = inner else {
                unreachable!()
            };
            let made_from = fields.len();
            if args.len() != 1 {
                return Err(RunnelError::analysis_plain(format!(
                    "{name} takes one array or map column"
                )));
            }
            let arg = self.bind(&args[0])?;
            let outer = name.ends_with("_outer");
            let position = name.starts_with("pos");
            let inline = name.starts_with("inline");
            match arg.data_type() {
                DataType::List(f) if inline => {
                    let DataType::Struct(fs) = f.data_type() else {
                        return Err(RunnelError::analysis(
                            "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                            format!(
                                "Cannot resolve \"{}\" due to data type mismatch: the input should be an array of structs, got {}. Pass an array<struct<...>> column.",
                                inner.sql(),
                                types::simple_string(&arg.data_type())
                            ),
                        ));
                    };
                    // Spark's Inline: the struct's fields, all nullable when a struct
                    // may be NULL (or the generator is outer).
                    let any = outer || f.is_nullable();
                    for fld in fs.iter() {
                        fields.push(Field::new(
                            fld.name(),
                            fld.data_type().clone(),
                            any || fld.is_nullable(),
                        ));
                    }
                }
                // Spark's ExplodeBase: the element may be NULL when the array may hold
                // one, a map's value when the map's may; an outer generator's columns
                // are all nullable (Spark's Generate with outer: a row with no
                // elements keeps NULLs).
                DataType::List(f) => {
                    if position {
                        fields.push(Field::new("pos", DataType::Int32, outer));
                    }
                    fields.push(Field::new(
                        alias.unwrap_or("col"),
                        f.data_type().clone(),
                        outer || f.is_nullable(),
                    ));
                }
                DataType::Map(f, _) => {
                    let DataType::Struct(kv) = f.data_type() else {
                        crate::internal_err!("map without entries")
                    };
                    if position {
                        fields.push(Field::new("pos", DataType::Int32, outer));
                    }
                    fields.push(Field::new("key", kv[0].data_type().clone(), outer));
                    fields.push(Field::new(
                        "value",
                        kv[1].data_type().clone(),
                        outer || kv[1].is_nullable(),
                    ));
                }
                other => {
                    return Err(RunnelError::analysis(
                        "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                        format!(
                            "Cannot resolve \"{}\" due to data type mismatch: the input should be an array or map, got {}. Explode an array or map column.",
                            inner.sql(),
                            types::simple_string(&other)
                        ),
                    ));
                }
            }
            items.push(GenItem::Explode {
                arg,
                outer,
                position,
                inline,
            });
            let made = fields.len() - made_from;
            let names: Option<Vec<String>> = match (&multi, alias) {
                (Some(names), _) => Some(names.clone()),
                (None, Some(a)) => Some(vec![a.to_string()]),
                _ => None,
            };
            if let Some(names) = names {
                if names.len() != made {
                    return Err(RunnelError::analysis(
                        "UDTF_ALIAS_NUMBER_MISMATCH",
                        format!(
                            "The number of aliases supplied in the AS clause does not match the number of columns output by the UDTF. Expected {made} aliases, but got {}. Name every column the generator makes.",
                            names.len()
                        ),
                    ));
                }
                for (f, n) in fields[made_from..].iter_mut().zip(names) {
                    *f = f.clone().with_name(n);
                }
            }
        }
        Ok(self.derive(
            Node::Generate {
                input: self.plan.clone(),
                items,
            },
            schema_of(fields),
        ))
    }

    /// Rewrites `window(...)` / `session_window(...)` calls into a column the
    /// assign operator adds (Spark's `TimeWindowing` / `SessionWindowing`).
    fn with_windows(&self, exprs: Vec<Expr>) -> Result<(DataFrame, Vec<Expr>)> {
        let mut df = self.clone();
        let mut out = Vec::with_capacity(exprs.len());
        let mut seen: Option<Expr> = None;
        let mut window_col = String::new();
        // The column of window call `inner` (added on first use; one window per query).
        let mut place = |inner: &Expr, df: &mut DataFrame| -> Result<String> {
            let Expr::Function { name, args, .. } = inner else {
                crate::internal_err!("a window call")
            };
            if let Some(prev) = &seen {
                if prev != inner {
                    return Err(RunnelError::analysis(
                        "_LEGACY_ERROR_TEMP_1099",
                        "Multiple time/session window expressions would result in a cartesian product of rows, therefore they are currently not supported. Use one window expression.",
                    ));
                }
            } else {
                // The new column is `window` unless the input has one already (a
                // window over a window aggregation's output): Spark tells them
                // apart by attribute id, Runnel by a name of its own.
                let taken = |n: &str| {
                    df.plan
                        .schema
                        .fields()
                        .iter()
                        .any(|f| f.name().eq_ignore_ascii_case(n))
                };
                let mut column = name.to_string();
                let mut k = 0;
                while taken(&column) {
                    k += 1;
                    column = format!("__{name}_{k}");
                }
                *df = df.assign_window(name, &column, args)?;
                window_col = column;
                seen = Some(inner.clone());
            }
            Ok(window_col.clone())
        };
        for e in exprs {
            let (inner, alias) = split_alias(&e);
            match inner {
                Expr::Function { name, .. } if name == "window" || name == "session_window" => {
                    let column = place(inner, &mut df)?;
                    let c = col(&column);
                    out.push(match alias {
                        Some(a) => c.alias(a),
                        None if column != *name => c.alias(name),
                        None => c,
                    });
                }
                _ if e_contains_window(&e) => {
                    // `window(ts, '10 minutes').start`: the call inside an expression
                    // reads the same column (Spark's TimeWindowing replaces it in place);
                    // the item keeps the name Spark gives it.
                    let name = e.name_in(&self.schema());
                    fn rewrite(
                        e: &Expr,
                        df: &mut DataFrame,
                        place: &mut dyn FnMut(&Expr, &mut DataFrame) -> Result<String>,
                    ) -> Result<Expr> {
                        match e {
                            Expr::Function { name, .. }
                                if name == "window" || name == "session_window" =>
                            {
                                Ok(col(&place(e, df)?))
                            }
                            _ => e.map_children(&mut |c| rewrite(c, df, place)),
                        }
                    }
                    let r = rewrite(&e, &mut df, &mut place)?;
                    out.push(match r {
                        Expr::Alias(..) => r,
                        r => r.alias(&name),
                    });
                }
                _ => out.push(e),
            }
        }
        Ok((df, out))
    }

    /// Computes the window functions (`f OVER (...)`) of a select list (Spark's
    /// `ExtractWindowExpressions`): one window operator per PARTITION BY / ORDER BY pair
    /// adds their values as hidden columns, and the list reads those, each item keeping
    /// the name Spark gives it. Spark refuses them on a stream.
    fn with_window_functions(&self, exprs: Vec<Expr>) -> Result<(DataFrame, Vec<Expr>)> {
        fn collect(e: &Expr, out: &mut Vec<Expr>) -> Result<()> {
            if let Expr::Over { func, spec } = e {
                if func.children().iter().any(|c| c.contains_over())
                    || spec
                        .partition
                        .iter()
                        .chain(&spec.order)
                        .any(|c| c.contains_over())
                {
                    return Err(RunnelError::analysis(
                        "NESTED_WINDOW_FUNCTION",
                        format!(
                            "A window function is nested inside another window function's arguments or window: {}. Compute the inner one as a column first.",
                            e.sql()
                        ),
                    ));
                }
                if !out.contains(e) {
                    out.push(e.clone());
                }
                return Ok(());
            }
            for c in e.children() {
                collect(c, out)?;
            }
            Ok(())
        }
        let mut overs = Vec::new();
        for e in &exprs {
            collect(e, &mut overs)?;
        }
        if overs.is_empty() {
            return Ok((self.clone(), exprs));
        }
        let schema = self.schema();
        if self.is_streaming() {
            let (item, over) = exprs
                .iter()
                .find_map(|e| {
                    let mut found = Vec::new();
                    collect(e, &mut found).ok()?;
                    found.into_iter().next().map(|o| (e, o))
                })
                .expect("a window function was found");
            let Expr::Over { func, .. } = &over else {
                crate::internal_err!("not a window expression")
            };
            let f = func.sql_in(Some(&schema));
            let f = match f.find('(') {
                Some(i) => format!("{}{}", f[..i].to_ascii_uppercase(), &f[i..]),
                None => f,
            };
            return Err(RunnelError::analysis(
                "NON_TIME_WINDOW_NOT_SUPPORTED_IN_STREAMING",
                format!(
                    "Window function is not supported in {f} (as column `{}`) on streaming DataFrames/Datasets. Compute it per micro-batch inside foreachBatch, or use a time window (window(...)) with groupBy.",
                    item.name_in(&schema)
                ),
            ));
        }
        for o in &overs {
            if let Expr::Over { func, spec } = o {
                crate::expr::window::check(func, spec)?;
            }
        }
        // One operator per window (partition and order), in order of first use.
        let mut groups: Vec<(Vec<Expr>, Vec<Expr>, Vec<usize>)> = Vec::new();
        for (i, o) in overs.iter().enumerate() {
            let Expr::Over { spec, .. } = o else { continue };
            let order: Vec<Expr> = spec
                .order
                .iter()
                .map(crate::expr::window::sort_key)
                .collect();
            match groups
                .iter_mut()
                .find(|(p, ord, _)| *p == spec.partition && *ord == order)
            {
                Some(g) => g.2.push(i),
                None => groups.push((spec.partition.clone(), order, vec![i])),
            }
        }
        let mut df = self.clone();
        let mut hidden = vec![String::new(); overs.len()];
        for (partition, order, members) in groups {
            let partition_phys: Vec<PhysExpr> = partition
                .iter()
                .map(|e| self.bind(e))
                .collect::<Result<_>>()?;
            let mut keys = Vec::new();
            for k in &order {
                let Expr::Sort {
                    expr,
                    asc,
                    nulls_first,
                } = k
                else {
                    crate::internal_err!("an ORDER BY key")
                };
                keys.push(SortKey {
                    expr: self.bind(expr)?,
                    asc: *asc,
                    nulls_first: *nulls_first,
                });
            }
            let order_types: Vec<DataType> = keys.iter().map(|k| k.expr.data_type()).collect();
            let mut calls = Vec::new();
            let mut fields: Vec<Field> = df
                .schema()
                .fields()
                .iter()
                .map(|f| f.as_ref().clone())
                .collect();
            for i in members {
                let Expr::Over { func, spec } = &overs[i] else {
                    continue;
                };
                let call = crate::expr::window::bind_call(func, spec, &schema, &order_types)?;
                hidden[i] = format!("__over{}_{i}", df.plan.id);
                fields.push(Field::new(&hidden[i], call.ty.clone(), call.nullable()));
                calls.push(call);
            }
            df = df.derive(
                Node::Window {
                    input: df.plan.clone(),
                    partition: partition_phys,
                    order: keys,
                    calls,
                },
                schema_of(fields),
            );
        }
        fn replace(e: &Expr, overs: &[Expr], hidden: &[String]) -> Result<Expr> {
            if let Some(i) = overs.iter().position(|o| o == e) {
                return Ok(Expr::Column(hidden[i].clone()));
            }
            e.map_children(&mut |c| replace(c, overs, hidden))
        }
        let out = exprs
            .iter()
            .map(|e| {
                if !e.contains_over() {
                    return Ok(e.clone());
                }
                let r = replace(e, &overs, &hidden)?;
                Ok(match e {
                    Expr::Alias(..) => r,
                    _ => r.alias(&e.name_in(&schema)),
                })
            })
            .collect::<Result<_>>()?;
        Ok((df, out))
    }

    /// Spark's `DetectAmbiguousSelfJoin` on a window's time column given as `df.col` in a
    /// plan with a join: TimeWindowing/SessionWindowing give the new `window` column the
    /// time column's metadata, `df`'s Dataset id and column position among it, so the rule
    /// sees a reference to `df`'s column that `df` does not output and refuses the query
    /// (the guide's `joined.groupBy(joined.clickAdId, window(joined.clickTime, "1 hour"))`).
    /// `window("clickTime", ...)` or `window(col("clickTime"), ...)` is not refused.
    fn check_window_time_reference(&self, time: &Expr) -> Result<()> {
        let mut time = time;
        while let Expr::Unmarked(e) = time {
            time = e;
        }
        let Expr::ColumnFrom(pid, _) = time else {
            return Ok(());
        };
        fn any(p: &Plan, f: &dyn Fn(&Plan) -> bool) -> bool {
            f(p) || p.inputs().into_iter().any(|i| any(i, f))
        }
        let check = self
            .session
            .conf_get("spark.sql.analyzer.failAmbiguousSelfJoin")
            .is_none_or(|v| !v.trim().eq_ignore_ascii_case("false"));
        if check
            && any(&self.plan, &|p| matches!(p.node, Node::Join { .. }))
            && any(&self.plan, &|p| p.id == *pid)
        {
            return Err(RunnelError::analysis(
                "_LEGACY_ERROR_TEMP_1182",
                "Column window are ambiguous. It's probably because you joined several Datasets together, and some of these Datasets are the same. This column points to one of the Datasets but Spark is unable to figure out which one. Please alias the Datasets with different names via `Dataset.as` before joining them, and specify the column using qualified name, e.g. `df.as(\"a\").join(df.as(\"b\"), $\"a.id\" > $\"b.id\")`. You can also set spark.sql.analyzer.failAmbiguousSelfJoin to false to disable this check. (Spark gives the window column the time column's DataFrame reference: name the time column by its name, window(\"clickTime\", ...) or window(col(\"clickTime\"), ...).)",
            ));
        }
        Ok(())
    }

    /// Adds the column `column` holding `name(args)` (a window or session window struct).
    fn assign_window(&self, name: &str, column: &str, args: &[Expr]) -> Result<DataFrame> {
        if args.len() < 2 || (name == "session_window" && args.len() != 2) || args.len() > 4 {
            return Err(RunnelError::analysis(
                "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                format!(
                    "{name}() takes a time column and durations, e.g. window(col(\"timestamp\"), \"10 minutes\")"
                ),
            ));
        }
        self.check_window_time_reference(&args[0])?;
        let mut time = self.bind(&args[0])?;
        if time.data_type() == types::window_type() && name == "window" {
            // A window over a window (chained window aggregations): Spark's TimeWindowing
            // takes the window's window_time, its end minus a microsecond.
            time = self.bind(&Expr::Function {
                name: "window_time".into(),
                args: vec![args[0].clone()],
                distinct: false,
            })?;
        }
        if matches!(time.data_type(), DataType::Utf8 | DataType::Date32) {
            // Spark casts a string or date time column to timestamp implicitly.
            time = crate::expr::bind::cast_if_needed(time, &types::timestamp_type());
        }
        if !types::is_timestamp(&time.data_type()) {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: the first argument requires the \"TIMESTAMP\" type, however \"{}\" has the type \"{}\". Cast it with to_timestamp(...).",
                    Expr::Function {
                        name: name.into(),
                        args: args.to_vec(),
                        distinct: false
                    }
                    .sql(),
                    args[0].sql(),
                    types::sql_name(&time.data_type())
                ),
            ));
        }
        // The event-time mark carries over from the time column, or from the window under
        // window_time (Spark's ResolveWindowTime keeps the window's metadata).
        let delay = match &time {
            PhysExpr::Scalar { func, args, .. } if func.name == "window_time" => args
                .first()
                .and_then(|a| a.as_column())
                .and_then(|f| types::watermark_delay(f)),
            t => t.as_column().and_then(|f| types::watermark_delay(f)),
        };
        // Never NULL: rows without a time (or, for a session, a positive gap) are dropped;
        // a batch query's schema says so (printSchema: `nullable = false`), a streaming
        // one's, as Spark 4.3 prints it, does not.
        let mut wfield = Field::new(column, types::window_type(), self.is_streaming());
        if let Some(d) = delay {
            wfield = types::with_watermark_delay(&wfield, d);
        }
        if name == "session_window" {
            // A literal gap, or an expression evaluated per row (Spark's dynamic gap).
            let (gap, gap_expr) = match &args[1] {
                Expr::Literal(ScalarValue::Utf8(_)) => {
                    let gap =
                        duration_us(&string_arg(&args[1], "the session gap")?, "session gap")?;
                    if gap <= 0 {
                        return Err(RunnelError::analysis_plain(
                            "The session window gap must be greater than 0.",
                        ));
                    }
                    (gap, None)
                }
                e => {
                    let g = self.bind(e)?;
                    // Spark's SessionWindowing wants a CALENDAR INTERVAL or a type it
                    // casts to one (a string); an ANSI interval (`interval 5 minutes` in
                    // SQL) or a number is refused.
                    if !matches!(g.data_type(), DataType::Utf8) {
                        return Err(RunnelError::analysis(
                            "_LEGACY_ERROR_TEMP_1040",
                            format!(
                                "Gap duration expression used in session window must be CalendarIntervalType, but got {} ({}). Give the gap as a duration string, e.g. session_window(\"ts\", \"10 minutes\"), or an expression of strings such as when(col(\"k\") == 1, \"5 minutes\").otherwise(\"10 minutes\").",
                                types::simple_string(&g.data_type()),
                                e.sql()
                            ),
                        ));
                    }
                    (0, Some(g))
                }
            };
            let mut all: Vec<Field> = self
                .plan
                .schema
                .fields()
                .iter()
                .map(|f| f.as_ref().clone())
                .collect();
            all.push(wfield);
            return Ok(self.derive(
                Node::SessionAssign {
                    input: self.plan.clone(),
                    time,
                    gap,
                    gap_expr,
                },
                schema_of(all),
            ));
        }
        let size = duration_us(
            &string_arg(&args[1], "the window duration")?,
            "window duration",
        )?;
        let slide = match args.get(2) {
            Some(a) => duration_us(&string_arg(a, "the slide duration")?, "slide duration")?,
            None => size,
        };
        let start = match args.get(3) {
            Some(a) => duration_us(&string_arg(a, "the start time")?, "start time")?,
            None => 0,
        };
        let check = |ok: bool, msg: &str| -> Result<()> {
            if ok {
                Ok(())
            } else {
                Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.INVALID_PARAMETER_VALUE",
                    msg.to_string(),
                ))
            }
        };
        check(size > 0, "The window duration must be greater than 0.")?;
        check(slide > 0, "The slide duration must be greater than 0.")?;
        check(
            slide <= size,
            "The slide duration must be less than or equal to the windowDuration.",
        )?;
        check(
            start.abs() < slide,
            "The absolute value of start time must be less than the slideDuration.",
        )?;
        // Each row goes to ceil(size / slide) windows; Spark expands every row that many
        // times (and runs out of memory long before 10 minutes by 1 microsecond's 600
        // million). Runnel refuses more than MAX_WINDOWS_PER_ROW before any data moves.
        let per_row = (size as u128).div_ceil(slide as u128);
        if per_row > MAX_WINDOWS_PER_ROW {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.INVALID_PARAMETER_VALUE",
                format!(
                    "A window of {size} microseconds sliding by {slide} puts every row into {per_row} windows; Runnel takes at most {MAX_WINDOWS_PER_ROW} windows per row. Use a longer slide duration (at least 1/{MAX_WINDOWS_PER_ROW} of the window)."
                ),
            ));
        }
        let mut all: Vec<Field> = self
            .plan
            .schema
            .fields()
            .iter()
            .map(|f| f.as_ref().clone())
            .collect();
        all.push(wfield);
        Ok(self.derive(
            Node::WindowAssign {
                input: self.plan.clone(),
                time,
                size,
                slide,
                start,
            },
            schema_of(all),
        ))
    }

    /// `selectExpr(...)`.
    pub fn select_expr(&self, exprs: &[&str]) -> Result<DataFrame> {
        let parsed = exprs
            .iter()
            .map(|s| parse_select_item(s))
            .collect::<Result<Vec<_>>>()?;
        self.select(parsed)
    }

    /// `filter(condition)` / `where(condition)`.
    pub fn filter(&self, condition: Expr) -> Result<DataFrame> {
        if has_subquery(&condition) {
            let mut df = self.clone();
            let cond = super::sql::subqueries_in(&mut df, vec![condition], false)?.remove(0);
            let added = df.columns()[self.columns().len()..].to_vec();
            let out = df.filter(cond)?;
            return if added.is_empty() {
                Ok(out)
            } else {
                out.drop(&added)
            };
        }
        self.with_missing_references(|df| df.filter_here(condition.clone()))
    }

    /// `df.scalar()` (PySpark 4): this DataFrame's one value as a scalar subquery, for
    /// another DataFrame's expressions.
    pub fn scalar_subquery(&self) -> Expr {
        self.subquery(crate::expr::SUBQUERY_SCALAR)
    }

    /// `df.exists()` (PySpark 4): whether this DataFrame has a row, as an EXISTS
    /// subquery for another DataFrame's expressions.
    pub fn exists_subquery(&self) -> Expr {
        self.subquery(crate::expr::SUBQUERY_EXISTS)
    }

    /// `value.isin(df)` (Spark Connect's IN subquery): whether `value` is among this
    /// one-column DataFrame's values.
    pub fn in_subquery(&self, value: Expr) -> Expr {
        let mut e = self.subquery(crate::expr::SUBQUERY_IN);
        if let Expr::Function { args, .. } = &mut e {
            args.insert(0, value);
        }
        e
    }

    /// A subquery placeholder reading this DataFrame (kept by the session).
    fn subquery(&self, kind: &str) -> Expr {
        let mut subs = self.session.0.subqueries.borrow_mut();
        subs.push(self.plan.clone());
        let text = format!("SELECT * FROM {SUBQUERY_VIEW}{}", subs.len() - 1);
        crate::expr::func(kind, vec![Expr::Literal(ScalarValue::Utf8(text))])
    }

    /// Spark's `ResolveMissingReferences`: a filter or sort right over a projection may
    /// name columns the projection dropped (`select("id").filter(col("flag"))`). They are
    /// resolved in the projection's input, carried through the projection, and dropped
    /// again after the filter or sort.
    fn with_missing_references(
        &self,
        build: impl Fn(&DataFrame) -> Result<DataFrame>,
    ) -> Result<DataFrame> {
        let err = match build(self) {
            Ok(df) => return Ok(df),
            Err(e) => e,
        };
        let unresolved = err
            .condition
            .as_deref()
            .is_some_and(|c| c.starts_with("UNRESOLVED_COLUMN"));
        // A projection, or a select holding a generator (Spark's Generate: the missing
        // columns go to its required child output).
        let (input, exprs, items) = match &self.plan.node {
            Node::Project { input, exprs } => (input, exprs.clone(), None),
            Node::Generate { input, items } => (input, Vec::new(), Some(items.clone())),
            _ => return Err(err),
        };
        if !unresolved {
            return Err(err);
        }
        let out = &self.plan.schema;
        let mut carried = exprs.clone();
        let mut fields: Vec<arrow_schema::FieldRef> = out.fields().iter().cloned().collect();
        for (i, f) in input.schema.fields().iter().enumerate() {
            if out
                .fields()
                .iter()
                .any(|o| o.name().eq_ignore_ascii_case(f.name()))
            {
                continue;
            }
            carried.push(PhysExpr::Column {
                index: i,
                field: f.clone(),
            });
            fields.push(f.clone());
        }
        if carried.len() == exprs.len() {
            return Err(err);
        }
        let node = match items {
            None => Node::Project {
                input: input.clone(),
                exprs: carried,
            },
            Some(mut items) => {
                items.extend(carried.into_iter().map(GenItem::Plain));
                Node::Generate {
                    input: input.clone(),
                    items,
                }
            }
        };
        let wide = self.derive(node, Arc::new(arrow_schema::Schema::new(fields)));
        let Ok(done) = build(&wide) else {
            return Err(err);
        };
        let keep: Vec<PhysExpr> = column_refs(out);
        Ok(done.derive(
            Node::Project {
                input: done.plan.clone(),
                exprs: keep,
            },
            out.clone(),
        ))
    }

    fn filter_here(&self, condition: Expr) -> Result<DataFrame> {
        if condition.contains_over() {
            return Err(RunnelError::analysis(
                "WINDOW_FUNCTION_NOT_ALLOWED_IN_CLAUSE",
                "It is not allowed to use window functions inside WHERE clause. Add the window function as a column (withColumn), then filter on that column.",
            ));
        }
        if condition.contains_aggregate() {
            return Err(RunnelError::analysis(
                "INVALID_WHERE_CONDITION",
                format!(
                    "The WHERE condition {} contains an aggregate; filter after groupBy().agg() instead.",
                    condition.sql()
                ),
            ));
        }
        let p = self.bind(&condition)?;
        let p = crate::expr::bind::coerce_to(p, &DataType::Boolean, &condition.sql())?;
        Ok(self.derive(
            Node::Filter {
                input: self.plan.clone(),
                predicate: p,
            },
            self.plan.schema.clone(),
        ))
    }

    /// `filter("sql condition")`.
    pub fn filter_sql(&self, condition: &str) -> Result<DataFrame> {
        self.filter(parse_expression(condition)?)
    }

    /// `withColumn(name, expr)`: replaces a column of that name or appends one.
    pub fn with_column(&self, name: &str, e: Expr) -> Result<DataFrame> {
        let mut exprs: Vec<Expr> = Vec::new();
        let mut replaced = false;
        for c in self.columns() {
            if c.eq_ignore_ascii_case(name) && !replaced {
                exprs.push(e.clone().alias(name));
                replaced = true;
            } else {
                exprs.push(Expr::Column(quote(&c)));
            }
        }
        if !replaced {
            exprs.push(e.alias(name));
        }
        self.select(exprs)
    }

    /// `withColumnRenamed(existing, new)` (a missing column is a no-op, as in Spark).
    pub fn with_column_renamed(&self, existing: &str, new: &str) -> Result<DataFrame> {
        if !self
            .columns()
            .iter()
            .any(|c| c.eq_ignore_ascii_case(existing))
        {
            return Ok(self.clone());
        }
        let exprs = self
            .columns()
            .iter()
            .map(|c| {
                if c.eq_ignore_ascii_case(existing) {
                    Expr::Column(quote(c)).alias(new)
                } else {
                    Expr::Column(quote(c))
                }
            })
            .collect();
        self.select(exprs)
    }

    /// `drop(*cols)` (unknown names are ignored, as in Spark).
    pub fn drop(&self, names: &[String]) -> Result<DataFrame> {
        let exprs: Vec<Expr> = self
            .columns()
            .iter()
            .filter(|c| !names.iter().any(|n| n.eq_ignore_ascii_case(c)))
            .map(|c| Expr::Column(quote(c)))
            .collect();
        self.select(exprs)
    }

    /// `drop(df.k)`: the one column `e` names (after a join, the side's own); a column
    /// this DataFrame does not have is no change, as in Spark.
    pub fn drop_column(&self, e: &Expr) -> Result<DataFrame> {
        let Ok(PhysExpr::Column { index, .. }) = bind_expr(e, &self.plan.schema) else {
            return Ok(self.clone());
        };
        let fields = self.plan.schema.fields();
        let exprs: Vec<Expr> = (0..fields.len())
            .filter(|i| *i != index)
            .map(|i| Expr::ColumnAt(i, fields[i].name().clone()))
            .collect();
        self.select(exprs)
    }

    /// `withWatermark(eventTime, delay)`.
    pub fn with_watermark(&self, column: &str, delay: &str) -> Result<DataFrame> {
        let c = resolve_column(column, &self.plan.schema)?;
        let PhysExpr::Column { index, field } = &c else {
            return Err(RunnelError::not_supported(
                "withWatermark on a nested field; select it as a column first",
            ));
        };
        if !types::is_timestamp(field.data_type()) {
            return Err(RunnelError::analysis(
                "EVENT_TIME_IS_NOT_ON_TIMESTAMP_TYPE",
                format!(
                    "The event time `{}` has the invalid type \"{}\", but expected \"TIMESTAMP\". Cast it with to_timestamp(...) first.",
                    field.name(),
                    types::sql_name(field.data_type())
                ),
            ));
        }
        // Spark: any string that is not an interval is CANNOT_PARSE_INTERVAL; a delay
        // past a long of microseconds is INTERVAL_ARITHMETIC_OVERFLOW (never wrapped).
        let iv = temporal::parse_interval(delay).map_err(|e| {
            RunnelError::analysis(
                "CANNOT_PARSE_INTERVAL",
                format!(
                    "Unable to parse '{delay}' as the watermark's delay threshold: {}",
                    e.message
                ),
            )
        })?;
        let delay_us = iv.checked_micros_month_31().ok_or_else(|| {
            temporal::interval_overflow(&format!("the delay threshold '{delay}'"))
        })?;
        if delay_us < 0 {
            return Err(RunnelError::analysis_plain(format!(
                "requirement failed: delay threshold ({delay}) should not be negative. Use a delay of 0 or more, such as '10 minutes'."
            ))
            .with_exception("IllegalArgumentException"));
        }
        let delay_ms = delay_us / 1000;
        let fields: Vec<Field> = self
            .plan
            .schema
            .fields()
            .iter()
            .enumerate()
            .map(|(i, f)| {
                if i == *index {
                    types::with_watermark_delay(f, delay_ms)
                } else if f.metadata().contains_key(WATERMARK_DELAY_KEY) {
                    types::without_watermark(f)
                } else {
                    f.as_ref().clone()
                }
            })
            .collect();
        Ok(self.derive(
            Node::Watermark {
                input: self.plan.clone(),
                column: *index,
                delay_ms,
            },
            schema_of(fields),
        ))
    }

    /// The same columns under `fields` (the same names and types; other metadata), as a
    /// projection (`withMetadata`).
    pub(crate) fn with_fields(&self, fields: Vec<Field>) -> DataFrame {
        let exprs = column_refs(&self.plan.schema);
        self.derive(
            Node::Project {
                input: self.plan.clone(),
                exprs,
            },
            schema_of(fields),
        )
    }

    /// The same columns without the qualifiers [`DataFrame::alias`] gave them (what a
    /// `spark.sql` query hands out: its FROM names qualify columns inside it only; what
    /// `collect`, Arrow output and sinks see).
    pub fn without_qualifiers(&self) -> DataFrame {
        let schema = &self.plan.schema;
        let hidden = |f: &Field| {
            f.metadata().contains_key(types::QUALIFIER_KEY)
                || f.metadata().contains_key(super::lineage::PLANS_KEY)
        };
        if !schema.fields().iter().any(|f| hidden(f)) {
            return self.clone();
        }
        let fields: Vec<Field> = schema
            .fields()
            .iter()
            .map(|f| {
                let mut md = f.metadata().clone();
                md.remove(types::QUALIFIER_KEY);
                md.remove(super::lineage::PLANS_KEY);
                f.as_ref().clone().with_metadata(md)
            })
            .collect();
        let exprs = column_refs(schema);
        self.derive(
            Node::Project {
                input: self.plan.clone(),
                exprs,
            },
            schema_of(fields),
        )
    }

    /// `df.name` / `df["name"]`: the column as this DataFrame has it, marked as this
    /// DataFrame's (`Expr::ColumnFrom`), so that after a join with another DataFrame that
    /// has a column of the same name it still names this one (Spark's resolution by plan).
    pub fn column_ref(&self, name: &str) -> Expr {
        let mark = |e: Expr| match e {
            Expr::Column(n) if n == name => Expr::ColumnFrom(self.plan.id, n),
            other => other,
        };
        match crate::expr::column_of(&self.plan.schema, name) {
            Expr::Unmarked(e) => Expr::Unmarked(Box::new(mark(*e))),
            e => mark(e),
        }
    }

    /// `alias(name)`: the DataFrame's columns can be named `name.column` from now on
    /// (Spark's SubqueryAlias), which tells apart the two sides of a self-join.
    pub fn alias(&self, name: &str) -> Result<DataFrame> {
        let fields: Vec<Field> = self
            .plan
            .schema
            .fields()
            .iter()
            .map(|f| types::with_qualifier(f, name))
            .collect();
        let exprs = column_refs(&self.plan.schema);
        Ok(self.derive(
            Node::Project {
                input: self.plan.clone(),
                exprs,
            },
            schema_of(fields),
        ))
    }

    /// `groupBy(*cols)`.
    pub fn group_by(&self, cols: Vec<Expr>) -> GroupedData {
        GroupedData {
            df: self.clone(),
            group: cols,
            sets: None,
            pivot: None,
        }
    }

    /// `rollup(*cols)`: the groups of every prefix of `cols`, down to the grand total.
    pub fn rollup(&self, cols: Vec<Expr>) -> GroupedData {
        let sets = (0..=cols.len()).rev().map(|i| (0..i).collect()).collect();
        self.grouping_sets(cols, sets)
    }

    /// `cube(*cols)`: the groups of every subset of `cols`.
    pub fn cube(&self, cols: Vec<Expr>) -> GroupedData {
        let n = cols.len().min(12);
        let sets = (0..1usize << n)
            .rev()
            .map(|m| (0..n).filter(|i| m & (1 << (n - 1 - i)) != 0).collect())
            .collect();
        self.grouping_sets(cols, sets)
    }

    /// `GROUPING SETS`: the groups of each set of `cols` (positions).
    pub fn grouping_sets(&self, cols: Vec<Expr>, sets: Vec<Vec<usize>>) -> GroupedData {
        GroupedData {
            df: self.clone(),
            group: cols,
            sets: Some(sets),
            pivot: None,
        }
    }

    /// `groupBy(group).pivot(col, values).agg(aggs)` (Spark's `ResolvePivot`): a column
    /// per value and aggregate, named by the value (and the aggregate's name when there
    /// are several). Where every aggregate gives a number or boolean, Spark aggregates by
    /// the keys and the pivot column first, then picks each value's row (`PivotFirst`: a
    /// group without the value gets NULL); otherwise each aggregate reads only the rows of
    /// its value (`agg(if(col <=> value, x, NULL))`). SQL's `PIVOT` may pivot on several
    /// columns (each value a tuple, named `{a, 1}`) and name a value (`'a' AS x`).
    pub fn aggregate_pivot(
        &self,
        group: &[Expr],
        cols: &[Expr],
        values: &[PivotValue],
        aggs: Vec<Expr>,
    ) -> Result<DataFrame> {
        if aggs.iter().any(|a| {
            let mut star = false;
            a.visit(&mut |e| star |= matches!(e, Expr::Star(_)));
            star
        }) {
            return Err(RunnelError::analysis(
                "INVALID_USAGE_OF_STAR_OR_REGEX",
                "Invalid usage of '*' in Pivot. Name a column: count(\"v\") or count(lit(1)).",
            ));
        }
        let schema = self.schema();
        let value_name = |v: &ScalarValue| -> Result<String> {
            if v.is_null() {
                return Ok("null".into());
            }
            let a = crate::expr::cast::cast_array(&v.to_array(1), &DataType::Utf8, false)?;
            Ok(match ScalarValue::try_from_array(a.as_ref(), 0)? {
                ScalarValue::Utf8(s) => s,
                other => other.sql_name(),
            })
        };
        let agg_name = |a: &Expr| match a {
            Expr::Alias(_, n) => n.clone(),
            other => other.name_in(&schema),
        };
        let name = |(v, alias): &PivotValue, a: &Expr| -> Result<String> {
            let s = match (alias, v.as_slice()) {
                (Some(n), _) => n.clone(),
                (None, [one]) => value_name(one)?,
                (None, many) => format!(
                    "{{{}}}",
                    many.iter()
                        .map(value_name)
                        .collect::<Result<Vec<_>>>()?
                        .join(", ")
                ),
            };
            Ok(if aggs.len() == 1 {
                s
            } else {
                format!("{s}_{}", agg_name(a))
            })
        };
        let pcols: Vec<Expr> = cols.iter().map(|c| c.clone().strip_alias()).collect();
        // The row is the value's: each pivot column equal (NULLs equal) to its part.
        let is_value = |keys: &dyn Fn(usize) -> Expr, v: &[ScalarValue]| {
            v.iter()
                .enumerate()
                .map(|(i, v)| {
                    keys(i).binary(crate::expr::BinaryOp::EqNullSafe, Expr::Literal(v.clone()))
                })
                .reduce(|a, b| a.binary(crate::expr::BinaryOp::And, b))
                .unwrap_or(Expr::Literal(ScalarValue::Boolean(true)))
        };
        let pivot_first = {
            let mut ok = true;
            for a in &aggs {
                let t = self.bind_agg_type(a)?;
                ok &= matches!(
                    t,
                    DataType::Boolean
                        | DataType::Int8
                        | DataType::Int16
                        | DataType::Int32
                        | DataType::Int64
                        | DataType::Float32
                        | DataType::Float64
                        | DataType::Decimal128(..)
                );
            }
            ok
        };
        let group_names: Vec<String> = group.iter().map(|g| g.name_in(&schema)).collect();
        if pivot_first {
            let mut keys = group.to_vec();
            for (i, c) in pcols.iter().enumerate() {
                keys.push(c.clone().alias(&format!("__pivot{i}")));
            }
            let mut out = keys.clone();
            for (j, a) in aggs.iter().enumerate() {
                out.push(a.clone().strip_alias().alias(&format!("__pv{j}")));
            }
            let first = self.aggregate(keys, out, None)?;
            let mut picks = Vec::new();
            for v in values {
                for (j, a) in aggs.iter().enumerate() {
                    let when = Expr::Case {
                        operand: None,
                        branches: vec![(
                            is_value(&|i| crate::expr::col(&format!("__pivot{i}")), &v.0),
                            crate::expr::col(&format!("__pv{j}")),
                        )],
                        otherwise: None,
                    };
                    picks.push(
                        crate::expr::func(
                            "first",
                            vec![when, Expr::Literal(ScalarValue::Boolean(true))],
                        )
                        .alias(&name(v, a)?),
                    );
                }
            }
            let keys: Vec<Expr> = group_names.iter().map(|n| Expr::Column(quote(n))).collect();
            let mut out = keys.clone();
            out.extend(picks);
            return first.aggregate(keys, out, None);
        }
        fn only_value(e: &Expr, cond: &Expr) -> Result<Expr> {
            match e {
                Expr::Function {
                    name,
                    args,
                    distinct,
                } if is_aggregate(name) => Ok(Expr::Function {
                    name: name.clone(),
                    args: args
                        .iter()
                        .enumerate()
                        .map(|(i, a)| match a {
                            // The first argument is the value; the others are parameters.
                            a if i == 0 => Expr::Case {
                                operand: None,
                                branches: vec![(cond.clone(), a.clone())],
                                otherwise: None,
                            },
                            a => a.clone(),
                        })
                        .collect(),
                    distinct: *distinct,
                }),
                other => other.map_children(&mut |c| only_value(c, cond)),
            }
        }
        let mut out = group.to_vec();
        for v in values {
            let cond = is_value(&|i| pcols[i].clone(), &v.0);
            for a in &aggs {
                out.push(only_value(&a.clone().strip_alias(), &cond)?.alias(&name(v, a)?));
            }
        }
        self.aggregate(group.to_vec(), out, None)
    }

    /// This DataFrame's columns that `exprs` do not read, in order, as column
    /// references (SQL PIVOT's implicit grouping columns, UNPIVOT's ids).
    pub fn columns_not_read(&self, exprs: &[Expr]) -> Result<Vec<Expr>> {
        let schema = self.schema();
        let mut read = vec![false; schema.fields().len()];
        let mut names = Vec::new();
        for e in exprs {
            e.visit(&mut |x| {
                if let Expr::Column(n) = x {
                    names.push(n.clone());
                }
            });
        }
        for n in names {
            resolve_column(&n, &schema)?.for_each_column(&mut |i| read[i] = true);
        }
        Ok(schema
            .fields()
            .iter()
            .zip(read)
            .filter(|(_, r)| !r)
            .map(|(f, _)| Expr::Column(quote(f.name())))
            .collect())
    }

    /// DataFrame's `unpivot(ids, values, variableColumnName, valueColumnName)` and
    /// `melt`: each value column unpivoted under its name; no values (None) unpivots
    /// every column the ids do not read.
    pub fn unpivot_columns(
        &self,
        ids: &[Expr],
        values: Option<Vec<Expr>>,
        variable: &str,
        value: &str,
    ) -> Result<DataFrame> {
        let values = match values {
            Some(v) => v,
            None => self.columns_not_read(ids)?,
        };
        let schema = self.schema();
        let groups: Vec<(Vec<Expr>, String)> = values
            .into_iter()
            .map(|v| {
                let n = v.name_in(&schema);
                (vec![v], n)
            })
            .collect();
        self.unpivot(ids, &groups, variable, &[value.to_string()])
    }

    /// Spark's `Unpivot`, planned as an `Expand`: each row once per group of value
    /// columns, with the ids, the group's name in `variable` and its columns in
    /// `value_names`, each value column of the group's columns' common type. SQL's
    /// UNPIVOT unpivots groups of several columns; `unpivot` and `melt` one column each.
    /// NULLs are kept.
    pub fn unpivot(
        &self,
        ids: &[Expr],
        values: &[(Vec<Expr>, String)],
        variable: &str,
        value_names: &[String],
    ) -> Result<DataFrame> {
        if values.is_empty() {
            return Err(RunnelError::analysis(
                "UNPIVOT_REQUIRES_VALUE_COLUMNS",
                "At least one value column needs to be specified for UNPIVOT, all columns specified as ids. Name the columns to unpivot.",
            ));
        }
        let ids = self.expand(ids)?;
        let schema = self.schema();
        let id_phys: Vec<PhysExpr> = ids.iter().map(|e| self.bind(e)).collect::<Result<_>>()?;
        let mut fields: Vec<Field> = id_phys
            .iter()
            .zip(&ids)
            .map(|(p, e)| output_field(p, &e.name_in(&schema)))
            .collect();
        fields.push(Field::new(variable, DataType::Utf8, false));
        let mut bound = Vec::new();
        for (group, name) in values {
            if group.len() != value_names.len() {
                return Err(RunnelError::analysis(
                    "UNPIVOT_VALUE_SIZE_MISMATCH",
                    format!(
                        "All unpivot value columns must have the same size as there are value column names ({}). Give `{name}` {} columns.",
                        value_names.len(),
                        value_names.len()
                    ),
                ));
            }
            bound.push(
                group
                    .iter()
                    .map(|e| self.bind(e))
                    .collect::<Result<Vec<_>>>()?,
            );
        }
        let mut types = Vec::new();
        for (j, value_name) in value_names.iter().enumerate() {
            // The least common type without promoting numbers to strings (Spark refuses
            // to unpivot a string column beside an int one).
            let all: Vec<DataType> = bound.iter().map(|g| g[j].data_type()).collect();
            let strings = all.iter().filter(|t| **t == DataType::Utf8).count();
            let ty = all
                .iter()
                .map(|t| Some(t.clone()))
                .reduce(|a, b| wider_type(&a?, &b?))
                .flatten()
                .filter(|_| strings == 0 || strings == all.len())
                .ok_or_else(|| {
                    let mut by_type: Vec<(String, Vec<String>)> = Vec::new();
                    for ((g, _), t) in values.iter().zip(&all) {
                        let t = format!("\"{}\"", crate::types::sql_name(t));
                        let c = format!("`{}`", g[j].name_in(&schema));
                        match by_type.iter_mut().find(|(x, _)| *x == t) {
                            Some((_, cs)) => cs.push(c),
                            None => by_type.push((t, vec![c])),
                        }
                    }
                    by_type.sort();
                    RunnelError::analysis(
                        "UNPIVOT_VALUE_DATA_TYPE_MISMATCH",
                        format!(
                            "Unpivot value columns must share a least common type, some types do not: [{}]. Cast the value columns to one type.",
                            by_type
                                .iter()
                                .map(|(t, cs)| format!("{t} ({})", cs.join(", ")))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                })?;
            let nullable = bound.iter().any(|g| g[j].nullable());
            fields.push(Field::new(value_name, ty.clone(), nullable));
            types.push(ty);
        }
        let projections = values
            .iter()
            .zip(bound)
            .map(|((_, name), group)| {
                let mut p = id_phys.clone();
                p.push(PhysExpr::Literal(ScalarValue::Utf8(name.clone())));
                p.extend(
                    group
                        .into_iter()
                        .zip(&types)
                        .map(|(e, ty)| crate::expr::coerce::cast_if_needed(e, ty)),
                );
                p
            })
            .collect();
        Ok(self.derive(
            Node::Expand {
                input: self.plan.clone(),
                projections,
            },
            schema_of(fields),
        ))
    }

    /// The result type of an aggregate expression over this DataFrame.
    fn bind_agg_type(&self, a: &Expr) -> Result<DataType> {
        let df = self.aggregate(vec![], vec![a.clone()], None)?;
        Ok(df.schema().field(0).data_type().clone())
    }

    /// An aggregation over grouping sets (Spark's `Expand` below an `Aggregate`): each
    /// row goes once into each set, with the keys outside the set NULL and the set's
    /// grouping id (a bit per key, set when the key is left out, the first key highest)
    /// as a hidden key; `grouping(k)` and `grouping_id()` read that id.
    pub fn aggregate_sets(
        &self,
        group: Vec<Expr>,
        sets: Vec<Vec<usize>>,
        output: Vec<Expr>,
        having: Option<Expr>,
    ) -> Result<DataFrame> {
        let schema = self.schema();
        let n = group.len();
        if n > 63 {
            return Err(RunnelError::analysis(
                "GROUPING_SIZE_LIMIT_EXCEEDED",
                "Grouping sets size cannot be greater than 64. Group by fewer columns.",
            ));
        }
        let keys: Vec<PhysExpr> = group.iter().map(|g| self.bind(g)).collect::<Result<_>>()?;
        let mut fields: Vec<Field> = schema.fields().iter().map(|f| f.as_ref().clone()).collect();
        for (i, k) in keys.iter().enumerate() {
            fields.push(Field::new(format!("__gk{i}"), k.data_type(), true));
        }
        fields.push(Field::new("__gid", DataType::Int64, false));
        let inputs: Vec<PhysExpr> = column_refs(&schema);
        let projections: Vec<Vec<PhysExpr>> = sets
            .iter()
            .map(|set| {
                let mut p = inputs.clone();
                let mut gid = 0i64;
                for (i, k) in keys.iter().enumerate() {
                    if set.contains(&i) {
                        p.push(k.clone());
                    } else {
                        gid |= 1 << (n - 1 - i);
                        p.push(PhysExpr::Literal(ScalarValue::Null(k.data_type())));
                    }
                }
                p.push(PhysExpr::Literal(ScalarValue::Int64(gid)));
                p
            })
            .collect();
        let expanded = self.derive(
            Node::Expand {
                input: self.plan.clone(),
                projections,
            },
            schema_of(fields),
        );
        let bare: Vec<Expr> = group.iter().map(|g| g.clone().strip_alias()).collect();
        let mismatch = |e: &Expr| {
            RunnelError::analysis(
                "GROUPING_ID_COLUMN_MISMATCH",
                format!(
                    "Columns of grouping_id ({}) does not match grouping columns ({}). Name the grouping columns in order, or none.",
                    match e {
                        Expr::Function { args, .. } => {
                            args.iter().map(|a| a.sql()).collect::<Vec<_>>().join(",")
                        }
                        _ => e.sql(),
                    },
                    bare.iter().map(|g| g.sql()).collect::<Vec<_>>().join(",")
                ),
            )
        };
        fn rewrite(
            e: &Expr,
            bare: &[Expr],
            n: usize,
            mismatch: &dyn Fn(&Expr) -> RunnelError,
        ) -> Result<Expr> {
            let gid = || Expr::Column("__gid".into());
            if let Some(i) = bare.iter().position(|g| g == e) {
                return Ok(Expr::Column(format!("__gk{i}")));
            }
            Ok(match e {
                Expr::Function { name, .. } if is_aggregate(name) => e.clone(),
                Expr::Over { .. } => e.clone(),
                Expr::Function { name, args, .. } if name == "grouping" => {
                    let [a] = args.as_slice() else {
                        return Err(crate::expr::functions::arity("grouping", args.len(), 1, 1)
                            .expect_err("one argument is wanted"));
                    };
                    let a = a.clone().strip_alias();
                    let i = bare.iter().position(|g| *g == a).ok_or_else(|| {
                        RunnelError::analysis(
                            "GROUPING_COLUMN_MISMATCH",
                            format!(
                                "Column of grouping ({}) can't be found in grouping columns {}. Pass one of the grouping columns.",
                                a.sql(),
                                bare.iter().map(|g| g.sql()).collect::<Vec<_>>().join(",")
                            ),
                        )
                    })?;
                    // Spark's `(gid >> k) & 1`: never NULL (a division would be nullable).
                    let bit = crate::expr::func(
                        "__bitwise_and",
                        vec![
                            crate::expr::func(
                                "shiftright",
                                vec![gid(), Expr::Literal(ScalarValue::Int32((n - 1 - i) as i32))],
                            ),
                            Expr::Literal(ScalarValue::Int64(1)),
                        ],
                    );
                    Expr::Cast {
                        expr: Box::new(bit),
                        to: DataType::Int8,
                        try_: false,
                    }
                }
                Expr::Function { name, args, .. } if name == "grouping_id" => {
                    let given: Vec<Expr> = args.iter().map(|a| a.clone().strip_alias()).collect();
                    if !given.is_empty() && given != bare {
                        return Err(mismatch(e));
                    }
                    gid()
                }
                other => other.map_children(&mut |c| rewrite(c, bare, n, mismatch))?,
            })
        }
        let out = output
            .iter()
            .map(|o| {
                let r = rewrite(o, &bare, n, &mismatch)?;
                Ok(match o {
                    Expr::Alias(..) => r,
                    _ => r.alias(&o.name_in(&schema)),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let having = having
            .map(|h| rewrite(&h, &bare, n, &mismatch))
            .transpose()?;
        let mut new_group: Vec<Expr> = (0..n).map(|i| Expr::Column(format!("__gk{i}"))).collect();
        new_group.push(Expr::Column("__gid".into()));
        expanded.aggregate(new_group, out, having)
    }

    /// Builds an aggregation: grouping `group`, output `output` (which may mix
    /// grouping columns and aggregate calls); `having` filters the result.
    pub fn aggregate(
        &self,
        group: Vec<Expr>,
        output: Vec<Expr>,
        having: Option<Expr>,
    ) -> Result<DataFrame> {
        // An aggregate over a window function (`avg(sum(a) OVER w)`): Spark's
        // CheckAnalysis refuses it (it would also loop here, the window's aggregate
        // splitting off the outer one forever).
        let mut nested = false;
        let mut arity = Ok(());
        for e in output.iter().chain(&group).chain(having.iter()) {
            e.visit(&mut |x| {
                if let Expr::Function { name, args, .. } = x
                    && is_aggregate(name)
                {
                    if arity.is_ok() {
                        arity = crate::expr::functions::check_aggregate_arity(name, args.len());
                    }
                    nested |= args.iter().any(|a| a.contains_over());
                }
            });
        }
        arity?;
        if having.as_ref().is_some_and(|h| h.contains_over()) {
            return Err(window_in_having());
        }
        if nested {
            return Err(RunnelError::analysis(
                "_LEGACY_ERROR_TEMP_1031",
                "It is not allowed to use a window function inside an aggregate function. Please use the inner window function in a sub-query.",
            ));
        }
        if output.iter().any(|e| e.contains_over()) {
            return self.aggregate_then_window(group, output, having);
        }
        let (df, mut all) = self.with_windows(
            group
                .iter()
                .cloned()
                .chain(output.iter().cloned())
                .collect(),
        )?;
        let output = all.split_off(group.len());
        let group = all;
        if let Some(e) = output.iter().chain(&group).find(|e| e.contains_over()) {
            return Err(RunnelError::not_supported(format!(
                "a window function in an aggregation ({}); aggregate first (a view, or groupBy().agg()), then compute the window function over the result",
                e.sql()
            )));
        }
        let input = df.plan.clone();
        let mut group_phys = Vec::new();
        let mut inter_fields = Vec::new();
        let mut session_key = None;
        for (i, g) in group.iter().enumerate() {
            if g.contains_aggregate() {
                return Err(RunnelError::analysis(
                    "GROUP_BY_AGGREGATE",
                    format!(
                        "Aggregate functions are not allowed in GROUP BY, but found {}. Group by columns, then aggregate.",
                        g.sql()
                    ),
                ));
            }
            let p = df.bind(g)?;
            let f = output_field(&p, &g.name_in(&df.schema()));
            // The session key is the session_window column, whatever its alias.
            if matches!(split_alias(g).0, Expr::Column(n) if n == "session_window")
                && matches!(df.plan.node, Node::SessionAssign { .. })
            {
                session_key = Some(i);
            }
            inter_fields.push(f);
            group_phys.push(p);
        }
        let mut calls: Vec<AggCall> = Vec::new();
        let mut call_exprs: Vec<Expr> = Vec::new();
        let mut rewritten = Vec::new();
        for o in &output {
            rewritten.push(rewrite_aggs(o, &group, &df, &mut calls, &mut call_exprs)?);
        }
        for (i, c) in calls.iter().enumerate() {
            let mut f = Field::new(format!("__agg{i}"), c.ty.clone(), c.nullable());
            // An aggregate of an interval that returns its type (max, mode, sum...) keeps
            // its fields (`interval month`, not `interval year to month`).
            if matches!(c.ty, DataType::Interval(_) | DataType::Duration(_))
                && let Some(arg) = c.arg.as_ref().filter(|a| a.data_type() == c.ty)
                && let Some((start, end)) = crate::expr::phys::interval_fields_of(arg)
            {
                f = types::with_interval_fields(&f, start, end);
            }
            inter_fields.push(f);
        }
        let inter_schema = schema_of(inter_fields);
        // `groupBy("i", "i")`: Spark binds both keys, and the output's `i`, to one
        // attribute; the output finds the first, the repeats are hidden from names.
        let bind_schema = {
            let mut fields: Vec<Field> = inter_schema
                .fields()
                .iter()
                .map(|f| f.as_ref().clone())
                .collect();
            for i in 0..group.len() {
                let repeat = (0..i).any(|j| {
                    inter_schema.field(j).name() == inter_schema.field(i).name()
                        && format!("{:?}", group_phys[j]) == format!("{:?}", group_phys[i])
                });
                if repeat {
                    fields[i] = fields[i].clone().with_name(format!("__group{i}"));
                }
            }
            schema_of(fields)
        };
        let mut out_phys = Vec::new();
        let mut out_fields = Vec::new();
        for (orig, rw) in output.iter().zip(&rewritten) {
            let p = bind_expr(rw, &bind_schema).map_err(|e| {
                if e.condition.as_deref() == Some("UNRESOLVED_COLUMN.WITH_SUGGESTION") {
                    RunnelError::analysis(
                        "MISSING_AGGREGATION",
                        format!(
                            "The non-aggregating expression \"{}\" is based on columns which are not participating in the GROUP BY clause. Add the columns or the expression to the GROUP BY, aggregate the expression, or use \"any_value({})\" if you do not care which of the values within a group is returned.",
                            orig.sql(),
                            orig.sql()
                        ),
                    )
                } else {
                    e
                }
            })?;
            let name = orig.name_in(&df.schema());
            let mut f = output_field(&p, &name);
            if !matches!(p, PhysExpr::Column { .. }) || f.name().starts_with("__agg") {
                f = Field::new(name, p.data_type(), p.nullable());
            }
            out_fields.push(f);
            out_phys.push(p);
        }
        let event_time_key = inter_schema
            .fields()
            .iter()
            .take(group.len())
            .position(|f| types::watermark_delay(f).is_some())
            .map(|i| {
                (
                    i,
                    matches!(inter_schema.field(i).data_type(), DataType::Struct(_)),
                )
            });
        let schema = schema_of(out_fields);
        let agg = DataFrame {
            session: self.session.clone(),
            plan: Plan::new(
                Node::Aggregate {
                    input,
                    group: group_phys,
                    aggs: calls,
                    output: out_phys,
                    inter_schema,
                    event_time_key,
                    session_key,
                },
                schema,
            ),
        };
        match having {
            Some(h) => agg.filter(h),
            None => Ok(agg),
        }
    }

    /// An aggregation whose output has window functions (Spark's
    /// `ExtractWindowExpressions`): what the windows read (their functions' arguments,
    /// partition and order keys, and the aggregates and columns around them) is computed
    /// by the aggregation as hidden columns `__w0`, `__w1`, ..., and the window functions
    /// then run over the aggregated rows; each output keeps the name it was written with.
    fn aggregate_then_window(
        &self,
        group: Vec<Expr>,
        output: Vec<Expr>,
        having: Option<Expr>,
    ) -> Result<DataFrame> {
        fn hidden(e: &Expr, pushed: &mut Vec<Expr>) -> Expr {
            if matches!(e, Expr::Literal(_) | Expr::Star(_)) {
                return e.clone();
            }
            let i = pushed.iter().position(|p| p == e).unwrap_or_else(|| {
                pushed.push(e.clone());
                pushed.len() - 1
            });
            Expr::Column(format!("__w{i}"))
        }
        fn extract(e: &Expr, pushed: &mut Vec<Expr>) -> Result<Expr> {
            match e {
                Expr::Over { func, spec } => {
                    let func = func.map_children(&mut |c| Ok(hidden(c, pushed)))?;
                    let mut spec = spec.as_ref().clone();
                    spec.partition = spec.partition.iter().map(|p| hidden(p, pushed)).collect();
                    spec.order = spec
                        .order
                        .iter()
                        .map(|o| match o {
                            Expr::Sort {
                                expr,
                                asc,
                                nulls_first,
                            } => Expr::Sort {
                                expr: Box::new(hidden(expr, pushed)),
                                asc: *asc,
                                nulls_first: *nulls_first,
                            },
                            other => hidden(other, pushed),
                        })
                        .collect();
                    Ok(Expr::Over {
                        func: Box::new(func),
                        spec: Box::new(spec),
                    })
                }
                Expr::Function { name, .. } if is_aggregate(name) => Ok(hidden(e, pushed)),
                Expr::Column(_) | Expr::Unmarked(_) => Ok(hidden(e, pushed)),
                other => other.map_children(&mut |c| extract(c, pushed)),
            }
        }
        let schema = self.schema();
        let mut regular = Vec::new();
        let mut windowed = Vec::new();
        let mut pushed = Vec::new();
        for (i, o) in output.iter().enumerate() {
            if o.contains_over() {
                let name = match o {
                    Expr::Alias(_, n) => n.clone(),
                    other => other.name_in(&schema),
                };
                windowed.push((
                    i,
                    extract(&o.clone().strip_alias(), &mut pushed)?.alias(&name),
                ));
            } else {
                regular.push(o.clone());
            }
        }
        // A window cannot name another item's alias (Spark's lateral column alias is not
        // resolved inside a window expression).
        for p in &pushed {
            if let Expr::Column(n) = p
                && resolve_column(n, &schema).is_err()
                && regular
                    .iter()
                    .any(|r| matches!(r, Expr::Alias(_, a) if a.eq_ignore_ascii_case(n)))
            {
                let w = windowed
                    .iter()
                    .map(|(_, w)| w.sql())
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(RunnelError::analysis(
                    "UNSUPPORTED_FEATURE.LATERAL_COLUMN_ALIAS_IN_WINDOW",
                    format!(
                        "The feature is not supported: Referencing a lateral column alias `{n}` in window expression \"{w}\". Repeat the aggregate in the window (ORDER BY sum(v)), or aggregate in a subquery first."
                    ),
                ));
            }
        }
        let mut inner_out = regular.clone();
        for (i, p) in pushed.iter().enumerate() {
            inner_out.push(p.clone().alias(&format!("__w{i}")));
        }
        let inner = self.aggregate(group, inner_out, having)?;
        let names = inner.columns();
        let mut regular_refs = names[..regular.len()]
            .iter()
            .map(|n| Expr::Column(quote(n)));
        let mut windowed = windowed.into_iter().peekable();
        let mut items = Vec::new();
        for i in 0..output.len() {
            match windowed.next_if(|(j, _)| *j == i) {
                Some((_, w)) => items.push(w),
                None => items.extend(regular_refs.next()),
            }
        }
        inner.select(items)
    }

    /// `observe(name, *metrics)` (Spark's `CollectMetrics`): rows pass unchanged; each
    /// run (a micro-batch, or a batch action) computes the metrics, aggregate expressions
    /// over the rows passing here, and reports them under `name` (a streaming query in its
    /// progress's `observedMetrics`). Spark's analysis checks of observed metrics apply.
    pub fn observe(&self, name: &str, metrics: Vec<Expr>) -> Result<DataFrame> {
        if metrics.is_empty() {
            return Err(RunnelError::analysis(
                "CANNOT_BE_EMPTY",
                "At least one exprs must be specified. Pass one or more aggregate expressions, such as F.count(F.lit(1)).alias(\"rows\").",
            )
            .with_exception("PySparkValueError"));
        }
        if name.is_empty() {
            return Err(metric_error(
                "MISSING_NAME",
                format!(
                    "The observed metrics should be named: 'CollectMetrics , [{}]'. Give observe a non-empty name.",
                    metrics
                        .iter()
                        .map(|m| metric_sql(m).trim_matches('"').to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        for m in &metrics {
            check_metric(m, m, false)?;
        }
        let agg = self.aggregate(vec![], metrics.clone(), None)?;
        let Node::Aggregate {
            aggs,
            output,
            inter_schema,
            ..
        } = &agg.plan.node
        else {
            crate::internal_err!("observe: the metrics did not make an aggregate");
        };
        let out = self.derive(
            Node::CollectMetrics {
                input: self.plan.clone(),
                name: name.to_string(),
                aggs: aggs.clone(),
                output: output.clone(),
                inter_schema: inter_schema.clone(),
                metrics: agg.plan.schema.clone(),
            },
            self.plan.schema.clone(),
        );
        out.check_metrics_names()?;
        Ok(out)
    }

    /// Rows of `schema` made by `func`, outside the engine, from this DataFrame's rows
    /// and `others`' of each run (a micro-batch, or the whole input of a batch query).
    pub fn external(
        &self,
        others: &[DataFrame],
        func: std::rc::Rc<dyn crate::logical::plan::ExternalFunction>,
        schema: SchemaRef,
    ) -> DataFrame {
        let mut inputs = vec![self.plan.clone()];
        inputs.extend(others.iter().map(|o| o.plan.clone()));
        self.derive(Node::External { inputs, func }, schema)
    }

    /// Rows of `schema` made by the stateful processor `func` per group of the first
    /// `keys` columns, its state kept by the engine (`transformWithStateInPandas`; a batch
    /// query refuses it when it runs).
    pub fn transform_with_state(
        &self,
        keys: usize,
        func: std::rc::Rc<dyn crate::logical::plan::StatefulProcessorFunction>,
        schema: SchemaRef,
    ) -> DataFrame {
        self.derive(
            Node::TransformWithState {
                input: self.plan.clone(),
                keys,
                func,
            },
            schema,
        )
    }

    /// Rows of `schema` made by `func` per group of the first `keys` columns, with each
    /// group's state kept by the engine (`applyInPandasWithState`; a batch query refuses
    /// it when it runs, as Spark's planner does).
    pub fn group_state(
        &self,
        keys: usize,
        func: std::rc::Rc<dyn crate::logical::plan::GroupStateFunction>,
        schema: SchemaRef,
    ) -> DataFrame {
        self.derive(
            Node::GroupState {
                input: self.plan.clone(),
                keys,
                func,
            },
            schema,
        )
    }

    /// Refuses a plan where two `observe` share a name (Spark checks it at analysis).
    pub fn check_metrics_names(&self) -> Result<()> {
        match self.plan.duplicate_metrics_name() {
            Some(name) => Err(duplicated_metrics(&name)),
            None => Ok(()),
        }
    }

    /// `dropDuplicates(subset)`; `within_watermark` for `dropDuplicatesWithinWatermark`.
    pub fn drop_duplicates(
        &self,
        subset: Option<Vec<String>>,
        within_watermark: bool,
    ) -> Result<DataFrame> {
        let schema = &self.plan.schema;
        let keys: Vec<usize> = match subset {
            None => (0..schema.fields().len()).collect(),
            Some(names) => names
                .iter()
                .map(|n| {
                    schema
                        .fields()
                        .iter()
                        .position(|f| f.name().eq_ignore_ascii_case(n))
                        .ok_or_else(|| unresolved_column(n, schema))
                })
                .collect::<Result<_>>()?,
        };
        let event_time = schema
            .fields()
            .iter()
            .position(|f| types::watermark_delay(f).is_some());
        let within_delay_ms = if within_watermark {
            Some(
                event_time
                    .and_then(|i| types::watermark_delay(schema.field(i)))
                    .unwrap_or(0),
            )
        } else {
            None
        };
        Ok(self.derive(
            Node::Dedup {
                input: self.plan.clone(),
                keys,
                within_delay_ms,
                event_time,
            },
            schema.clone(),
        ))
    }

    /// `distinct()`.
    pub fn distinct(&self) -> Result<DataFrame> {
        self.drop_duplicates(None, false)
    }

    /// `limit(n)`.
    pub fn limit(&self, n: i64) -> Result<DataFrame> {
        check_limit(n, "limit")?;
        Ok(self.derive(
            Node::Limit {
                input: self.plan.clone(),
                n: n as usize,
                offset: 0,
            },
            self.plan.schema.clone(),
        ))
    }

    /// `offset(n)`: the rows after the first `n` (a batch DataFrame's; Spark refuses it
    /// on a stream when the query starts).
    pub fn offset(&self, n: i64) -> Result<DataFrame> {
        if n < 0 {
            return Err(RunnelError::analysis(
                "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE",
                format!(
                    "The limit like expression \"{n}\" is invalid. The offset expression must be equal to or greater than 0, but got {n}. Use offset(0) to skip no rows."
                ),
            ));
        }
        Ok(self.derive(
            Node::Limit {
                input: self.plan.clone(),
                n: usize::MAX,
                offset: n as usize,
            },
            self.plan.schema.clone(),
        ))
    }

    /// `orderBy(...)` / `sort(...)`.
    pub fn order_by(&self, keys: Vec<Expr>) -> Result<DataFrame> {
        self.with_missing_references(|df| df.order_by_here(keys.clone()))
    }

    fn order_by_here(&self, keys: Vec<Expr>) -> Result<DataFrame> {
        let mut out = Vec::new();
        for k in keys {
            let (e, asc, nulls_first) = match k {
                Expr::Sort {
                    expr,
                    asc,
                    nulls_first,
                } => (*expr, asc, nulls_first),
                other => (other, true, true),
            };
            out.push(SortKey {
                expr: self.bind(&e)?,
                asc,
                nulls_first,
            });
        }
        Ok(self.derive(
            Node::Sort {
                input: self.plan.clone(),
                keys: out,
            },
            self.plan.schema.clone(),
        ))
    }

    /// `union(other)` / `unionAll(other)`: by position.
    pub fn union(&self, other: &DataFrame) -> Result<DataFrame> {
        let (a, b) = (&self.plan.schema, &other.plan.schema);
        if a.fields().len() != b.fields().len() {
            return Err(RunnelError::analysis(
                "NUM_COLUMNS_MISMATCH",
                format!(
                    "UNION can only be performed on inputs with the same number of columns, but the first input has {} columns and the second input has {} columns. Select the same columns on both sides.",
                    a.fields().len(),
                    b.fields().len()
                ),
            ));
        }
        let mut fields = Vec::new();
        for (x, y) in a.fields().iter().zip(b.fields()) {
            let t = wider_type(x.data_type(), y.data_type()).ok_or_else(|| {
                RunnelError::analysis(
                    "INCOMPATIBLE_COLUMN_TYPE",
                    format!("UNION can only be performed on inputs with compatible column types: column {} is {} on one side and {} on the other. Cast one side.", x.name(), types::simple_string(x.data_type()), types::simple_string(y.data_type())),
                )
            })?;
            // Spark's Union: a column may be NULL when it may be on either side.
            let nullable = x.is_nullable() || y.is_nullable();
            fields.push(x.as_ref().clone().with_data_type(t).with_nullable(nullable));
        }
        let schema = schema_of(fields);
        let align = |df: &DataFrame| -> Result<PlanRef> {
            if df
                .plan
                .schema
                .fields()
                .iter()
                .zip(schema.fields())
                .all(|(x, y)| x.data_type() == y.data_type())
            {
                return Ok(df.plan.clone());
            }
            let exprs: Vec<PhysExpr> = (0..schema.fields().len())
                .map(|i| {
                    let c = PhysExpr::Column {
                        index: i,
                        field: Arc::new(df.plan.schema.field(i).clone()),
                    };
                    crate::expr::bind::cast_if_needed(c, schema.field(i).data_type())
                })
                .collect();
            Ok(Plan::new(
                Node::Project {
                    input: df.plan.clone(),
                    exprs,
                },
                schema.clone(),
            ))
        };
        let inputs = vec![align(self)?, align(other)?];
        Ok(self.derive(Node::Union { inputs }, schema))
    }

    /// `unionByName(other)`.
    pub fn union_by_name(&self, other: &DataFrame) -> Result<DataFrame> {
        self.union_by_name_missing(other, false)
    }

    /// `unionByName(other, allowMissingColumns)`: columns matched by name (case
    /// insensitive); with `allow_missing`, a column one side lacks is NULL there, the
    /// right side's own columns after the left's.
    pub fn union_by_name_missing(
        &self,
        other: &DataFrame,
        allow_missing: bool,
    ) -> Result<DataFrame> {
        let (ls, rs) = (self.schema(), other.schema());
        let find = |s: &Schema, n: &str| {
            s.fields()
                .iter()
                .find(|f| f.name().eq_ignore_ascii_case(n))
                .cloned()
        };
        if !allow_missing {
            let mut exprs = Vec::new();
            for f in ls.fields() {
                let Some(r) = find(&rs, f.name()) else {
                    return Err(RunnelError::analysis(
                        "UNRESOLVED_COLUMN_AMONG_FIELD_NAMES",
                        format!(
                            "Cannot resolve column name \"{}\" among ({}). Add the column to the other side, or pass allowMissingColumns=True.",
                            f.name(),
                            rs.fields()
                                .iter()
                                .map(|f| f.name().as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                };
                exprs.push(Expr::Column(quote(r.name())));
            }
            let reordered = other.select(exprs)?;
            return self.union(&reordered);
        }
        let null_of =
            |f: &Field| Expr::Literal(ScalarValue::Null(f.data_type().clone())).alias(f.name());
        let mut left = Vec::new();
        let mut right = Vec::new();
        for f in ls.fields() {
            left.push(Expr::Column(quote(f.name())));
            right.push(match find(&rs, f.name()) {
                Some(r) => Expr::Column(quote(r.name())),
                None => null_of(f),
            });
        }
        for f in rs.fields() {
            if find(&ls, f.name()).is_none() {
                left.push(null_of(f));
                right.push(Expr::Column(quote(f.name())));
            }
        }
        self.select(left)?.union(&other.select(right)?)
    }

    /// `intersect(other)` / SQL's INTERSECT: the distinct rows of both sides (columns
    /// by position, NULLs equal; Spark's left semi join rewrite).
    pub fn intersect(&self, other: &DataFrame) -> Result<DataFrame> {
        super::sql::set_semi_join(self, other, "intersect")
    }

    /// `subtract(other)` / SQL's EXCEPT: the distinct rows of this side not in `other`.
    pub fn except(&self, other: &DataFrame) -> Result<DataFrame> {
        super::sql::set_semi_join(self, other, "except")
    }

    /// `intersectAll(other)`: each row min(left, right) times (RewriteIntersectAll).
    pub fn intersect_all(&self, other: &DataFrame) -> Result<DataFrame> {
        super::sql::set_all(self, other, "intersect")
    }

    /// `exceptAll(other)`: each row left - right times (RewriteExceptAll).
    pub fn except_all(&self, other: &DataFrame) -> Result<DataFrame> {
        super::sql::set_all(self, other, "except")
    }

    /// `join(other, on, how)`: `on` is column names (a USING join) or a condition.
    pub fn join(&self, other: &DataFrame, on: JoinOn, how: &str) -> Result<DataFrame> {
        let how_t = JoinType::parse(how).ok_or_else(|| {
            RunnelError::analysis(
                "UNSUPPORTED_JOIN_TYPE",
                format!("Unsupported join type '{how}'. Supported join types include: 'inner', 'outer', 'full', 'fullouter', 'full_outer', 'leftouter', 'left', 'left_outer', 'rightouter', 'right', 'right_outer', 'leftsemi', 'left_semi', 'semi', 'leftanti', 'left_anti', 'anti', 'cross'."),
            )
        })?;
        // Each input column carries the plan ids it passes through (`df.k` of a DataFrame
        // under either input names that input's column).
        let (ls, rs) = (
            &super::lineage::annotate(&self.plan),
            &super::lineage::annotate(&other.plan),
        );
        let mut left_keys = Vec::new();
        let mut right_keys = Vec::new();
        let mut output = Vec::new();
        let mut fields = Vec::new();
        let mut condition = None;
        match on {
            JoinOn::Using(names) => {
                let mut lk_idx = Vec::new();
                let mut rk_idx = Vec::new();
                for n in &names {
                    let li = ls.fields().iter().position(|f| f.name().eq_ignore_ascii_case(n)).ok_or_else(|| {
                        RunnelError::analysis(
                            "UNRESOLVED_USING_COLUMN_FOR_JOIN",
                            format!("USING column `{n}` cannot be resolved on the left side of the join. The left-side columns: [{}]. Join on a column both sides have.", ls.fields().iter().map(|f| format!("`{}`", f.name())).collect::<Vec<_>>().join(", ")),
                        )
                    })?;
                    let ri = rs.fields().iter().position(|f| f.name().eq_ignore_ascii_case(n)).ok_or_else(|| {
                        RunnelError::analysis(
                            "UNRESOLVED_USING_COLUMN_FOR_JOIN",
                            format!("USING column `{n}` cannot be resolved on the right side of the join. The right-side columns: [{}]. Join on a column both sides have.", rs.fields().iter().map(|f| format!("`{}`", f.name())).collect::<Vec<_>>().join(", ")),
                        )
                    })?;
                    let (lf, rf) = (ls.field(li), rs.field(ri));
                    let t = wider_type(lf.data_type(), rf.data_type()).ok_or_else(|| {
                        RunnelError::analysis_plain(format!(
                            "join key {n} has different types on the two sides; cast one side"
                        ))
                    })?;
                    left_keys.push(crate::expr::bind::cast_if_needed(
                        PhysExpr::Column {
                            index: li,
                            field: Arc::new(lf.clone()),
                        },
                        &t,
                    ));
                    right_keys.push(crate::expr::bind::cast_if_needed(
                        PhysExpr::Column {
                            index: ri,
                            field: Arc::new(rf.clone()),
                        },
                        &t,
                    ));
                    lk_idx.push(li);
                    rk_idx.push(ri);
                    let (col_src, f) = match how_t {
                        JoinType::RightOuter => (JoinColumn::Right(ri), rf.clone()),
                        JoinType::FullOuter => (
                            JoinColumn::Using(li, ri),
                            lf.clone().with_data_type(t.clone()),
                        ),
                        _ => (JoinColumn::Left(li), lf.clone()),
                    };
                    output.push(col_src);
                    fields.push(f.with_nullable(true));
                }
                for (i, f) in ls.fields().iter().enumerate() {
                    if !lk_idx.contains(&i) {
                        output.push(JoinColumn::Left(i));
                        fields.push(f.as_ref().clone().with_nullable(true));
                    }
                }
                if !matches!(how_t, JoinType::LeftSemi | JoinType::LeftAnti) {
                    for (i, f) in rs.fields().iter().enumerate() {
                        if !rk_idx.contains(&i) {
                            output.push(JoinColumn::Right(i));
                            fields.push(f.as_ref().clone().with_nullable(true));
                        }
                    }
                }
            }
            JoinOn::Condition(cond) => {
                // `df.k` of either side (ColumnFrom) names its own side: the side whose
                // columns come from `df`.
                let (lpid, rpid) = (self.plan.id, other.plan.id);
                let plans = |s: &Schema| -> std::collections::HashSet<usize> {
                    s.fields()
                        .iter()
                        .filter_map(|f| super::lineage::plans_of(f))
                        .flatten()
                        .collect()
                };
                let (lplans, rplans) = (plans(ls), plans(rs));
                let mut both: Vec<Field> = ls.fields().iter().map(|f| f.as_ref().clone()).collect();
                both.extend(rs.fields().iter().map(|f| f.as_ref().clone()));
                let sides: Vec<JoinColumn> = (0..ls.fields().len())
                    .map(JoinColumn::Left)
                    .chain((0..rs.fields().len()).map(JoinColumn::Right))
                    .collect();
                let both = schema_of(tag_shared_join_columns(both, &sides, lpid, rpid));
                // Equi-join pairs `l = r` become hash keys; the rest stays a condition.
                let mut rest = Vec::new();
                // A column named with a DataFrame alias only one side has (`l.id` after
                // `df.alias("l")`) belongs to that side, though its bare name would bind
                // on the other side too.
                let aliases = |s: &Schema| -> Vec<String> {
                    s.fields()
                        .iter()
                        .filter_map(|f| types::qualifier(f).map(|q| q.to_ascii_lowercase()))
                        .collect()
                };
                let (la, ra) = (aliases(ls), aliases(rs));
                let named_sides = |e: &Expr| -> (bool, bool) {
                    let (mut l, mut r) = (false, false);
                    e.visit(&mut |x| {
                        if let Expr::ColumnFrom(pid, _) = x
                            && lpid != rpid
                        {
                            l |= lplans.contains(pid) && !rplans.contains(pid);
                            r |= rplans.contains(pid) && !lplans.contains(pid);
                        }
                        if let Expr::Column(n) = x
                            && let Some((q, _)) = n.split_once('.')
                        {
                            let q = q.trim_matches('`').to_ascii_lowercase();
                            l |= la.contains(&q) && !ra.contains(&q);
                            r |= ra.contains(&q) && !la.contains(&q);
                        }
                    });
                    (l, r)
                };
                let side = |e: &Expr, s: &Schema| {
                    let is_left = std::ptr::eq(s, ls.as_ref());
                    bind_expr(e, s).is_ok()
                        && match named_sides(e) {
                            (true, false) => is_left,
                            (false, true) => !is_left,
                            _ => true,
                        }
                };
                for conj in split_and(cond) {
                    // `df.k == df.k` joining a DataFrame with itself: Spark's Dataset.join
                    // resolves a trivially true equality to the left's and the right's column.
                    if let Expr::Binary(a, crate::expr::BinaryOp::Eq, b) = &conj
                        && a == b
                        && matches!(
                            a.as_ref(),
                            Expr::Column(_) | Expr::ColumnFrom(..) | Expr::Unmarked(_)
                        )
                        && bind_expr(a, ls).is_ok()
                        && bind_expr(b, rs).is_ok()
                    {
                        left_keys.push(bind_expr(a, ls)?);
                        right_keys.push(bind_expr(b, rs)?);
                        continue;
                    }
                    if let Expr::Binary(a, crate::expr::BinaryOp::Eq, b) = &conj {
                        if side(a, ls) && side(b, rs) && !side(a, rs) && !side(b, ls) {
                            left_keys.push(bind_expr(a, ls)?);
                            right_keys.push(bind_expr(b, rs)?);
                            continue;
                        }
                        if side(b, ls) && side(a, rs) && !side(b, rs) && !side(a, ls) {
                            left_keys.push(bind_expr(b, ls)?);
                            right_keys.push(bind_expr(a, rs)?);
                            continue;
                        }
                    }
                    rest.push(conj);
                }
                for (l, r) in left_keys.iter_mut().zip(right_keys.iter_mut()) {
                    let t = wider_type(&l.data_type(), &r.data_type()).unwrap_or(DataType::Utf8);
                    *l = crate::expr::bind::cast_if_needed(l.clone(), &t);
                    *r = crate::expr::bind::cast_if_needed(r.clone(), &t);
                }
                if !rest.is_empty() {
                    let c = rest
                        .into_iter()
                        .reduce(|a, b| a.binary(crate::expr::BinaryOp::And, b))
                        .unwrap_or(Expr::Literal(ScalarValue::Boolean(true)));
                    condition = Some(bind_expr(&c, &both)?);
                }
                for (i, f) in ls.fields().iter().enumerate() {
                    output.push(JoinColumn::Left(i));
                    fields.push(f.as_ref().clone().with_nullable(true));
                }
                if !matches!(how_t, JoinType::LeftSemi | JoinType::LeftAnti) {
                    for (i, f) in rs.fields().iter().enumerate() {
                        output.push(JoinColumn::Right(i));
                        fields.push(f.as_ref().clone().with_nullable(true));
                    }
                }
            }
            JoinOn::None => {
                for (i, f) in ls.fields().iter().enumerate() {
                    output.push(JoinColumn::Left(i));
                    fields.push(f.as_ref().clone());
                }
                for (i, f) in rs.fields().iter().enumerate() {
                    output.push(JoinColumn::Right(i));
                    fields.push(f.as_ref().clone());
                }
            }
        }
        // Columns of one name from both sides carry their DataFrame's hidden qualifier,
        // so that `df.k` (ColumnFrom) names its own side after the join.
        let fields = tag_shared_join_columns(fields, &output, self.plan.id, other.plan.id);
        Ok(self.derive(
            Node::Join {
                left: self.plan.clone(),
                right: other.plan.clone(),
                how: how_t,
                left_keys,
                right_keys,
                condition,
                output,
            },
            schema_of(fields),
        ))
    }

    /// Runs a batch (non-streaming) DataFrame and returns its rows.
    pub fn collect(&self) -> Result<Vec<RecordBatch>> {
        Ok(self.collect_observed()?.0)
    }

    /// [`DataFrame::collect`], with what this run's `observe` nodes computed: (name,
    /// one row), parents first.
    pub fn collect_observed(&self) -> Result<(Vec<RecordBatch>, ops::ObservedMetrics)> {
        let _zone = self.session.enter_time_zone();
        if self.is_streaming() {
            return Err(RunnelError::analysis(
                "_LEGACY_ERROR_TEMP_3102",
                "Queries with streaming sources must be executed with writeStream.start(); start the query with df.writeStream...start(), or use a memory sink and query it with spark.sql",
            ));
        }
        self.check_metrics_names()?;
        let plan = self.without_qualifiers().plan;
        let inputs = HashMap::new();
        let mut ctx = BatchContext::batch(&inputs);
        // Spark fixes current_timestamp()/current_date() once per query, at the session's
        // clock (it was the epoch here, a silent 1970-01-01).
        let now_us = (self.session.clock())().saturating_mul(1000);
        let prev = crate::expr::functions::swap_batch_timestamp(now_us);
        let b = ops::lower(&crate::planner::prune::prune_projections(&plan)).execute(&mut ctx);
        crate::expr::functions::swap_batch_timestamp(prev);
        let b = b?;
        if let Some(e) = ctx.pending_error.take() {
            return Err(e);
        }
        let observed = std::mem::take(&mut ctx.observed);
        self.session.record_observed(observed.clone());
        Ok((if b.num_rows() == 0 { vec![] } else { vec![b] }, observed))
    }

    /// What `explain()` prints: the physical plan, and with `extended` the analyzed and
    /// optimized logical plans before it, as Spark lays them out.
    pub fn explain_string(&self, extended: bool) -> String {
        let optimized = crate::planner::optimize::optimize(&self.plan);
        let physical = ops::tree_string(ops::lower(&optimized).as_ref());
        if extended {
            format!(
                "== Parsed Logical Plan ==\n{}\n== Analyzed Logical Plan ==\n{}\n{}\n== Optimized Logical Plan ==\n{}\n== Physical Plan ==\n{physical}\n",
                self.plan.tree_string(),
                crate::types::schema_line(&self.plan.schema),
                self.plan.tree_string(),
                optimized.tree_string()
            )
        } else {
            format!("== Physical Plan ==\n{physical}\n")
        }
    }

    /// `count()` of a batch DataFrame.
    pub fn count(&self) -> Result<usize> {
        Ok(self.collect()?.iter().map(|b| b.num_rows()).sum())
    }

    /// `show(n, truncate)` text.
    pub fn show_string(&self, n: usize, truncate: usize) -> Result<String> {
        let _zone = self.session.enter_time_zone();
        let rows = self.limit(n as i64 + 1)?.collect()?;
        Ok(show_string(&self.plan.schema, &rows, n, truncate))
    }

    /// `show(n, truncate, vertical=True)` text: a `-RECORD i-` block a row.
    pub fn show_string_vertical(&self, n: usize, truncate: usize) -> Result<String> {
        let _zone = self.session.enter_time_zone();
        let rows = self.limit(n as i64 + 1)?.collect()?;
        Ok(crate::io::console::show_string_vertical(
            &self.plan.schema,
            &rows,
            n,
            truncate,
        ))
    }

    /// `createOrReplaceTempView(name)`.
    pub fn create_or_replace_temp_view(&self, name: &str) {
        self.session.register_view(name, self.plan.clone());
    }

    /// `writeStream`.
    pub fn write_stream(&self) -> DataStreamWriter {
        DataStreamWriter::new(self.clone())
    }

    /// The batch mode a streaming plan runs in, for checks: Spark's
    /// UnsupportedOperationChecker reads the plan as written; `MULTIPLE_EVENT_TIME_COLUMNS`
    /// comes from the plan Spark runs — semi joins pushed down (and the outer joins below
    /// them they make inner), a join's input without the event-time columns nothing above
    /// reads (ColumnPruning) — so that only the event times an operator sees count.
    pub fn check_streaming(&self, mode: OutputMode) -> Result<()> {
        let multiple = |e: &crate::error::RunnelError| {
            e.condition.as_deref() == Some("MULTIPLE_EVENT_TIME_COLUMNS")
        };
        if let Err(e) = crate::planner::check_streaming(&self.plan, mode)
            && !multiple(&e)
        {
            return Err(e);
        }
        match crate::planner::check_streaming(
            &crate::planner::prune::prune_projections(
                &crate::planner::semi_pushdown::push_semi_through_joins(&self.plan),
            ),
            mode,
        ) {
            Err(e) if multiple(&e) => Err(e),
            _ => Ok(()),
        }
    }
}

/// How to join.
pub enum JoinOn {
    /// Cross join.
    None,
    /// Column names present on both sides.
    Using(Vec<String>),
    /// A boolean condition.
    Condition(Expr),
}

/// One reference to each column of `schema`, in order (a projection that keeps them).
fn column_refs(schema: &arrow_schema::Schema) -> Vec<PhysExpr> {
    schema
        .fields()
        .iter()
        .enumerate()
        .map(|(i, f)| PhysExpr::Column {
            index: i,
            field: f.clone(),
        })
        .collect()
}

/// A join's output fields with the hidden qualifier of their side's DataFrame
/// (`bind::plan_qualifier`) where a name occurs on both sides and the field has no
/// qualifier of its own (a `DataFrame.alias` wins).
fn tag_shared_join_columns(
    fields: Vec<Field>,
    output: &[JoinColumn],
    left: usize,
    right: usize,
) -> Vec<Field> {
    if left == right {
        return fields;
    }
    let names: Vec<String> = fields
        .iter()
        .map(|f| f.name().to_ascii_lowercase())
        .collect();
    fields
        .into_iter()
        .zip(output)
        .enumerate()
        .map(|(i, (f, src))| {
            let shared = names.iter().filter(|n| **n == names[i]).count() > 1;
            let pid = match src {
                JoinColumn::Left(_) => Some(left),
                JoinColumn::Right(_) => Some(right),
                JoinColumn::Using(..) => None,
            };
            match pid {
                Some(p) if shared && types::qualifier(&f).is_none() => {
                    types::with_qualifier(&f, &crate::expr::bind::plan_qualifier(p))
                }
                _ => f,
            }
        })
        .collect()
}

/// `a AND b AND c` as `[a, b, c]` (an alias around a conjunct left out).
pub(crate) fn split_and(e: Expr) -> Vec<Expr> {
    match e {
        Expr::Binary(a, crate::expr::BinaryOp::And, b) => {
            let mut v = split_and(*a);
            v.extend(split_and(*b));
            v
        }
        Expr::Alias(e, _) => split_and(*e),
        other => vec![other],
    }
}

fn e_contains_window(e: &Expr) -> bool {
    let mut found = false;
    e.visit(&mut |x| {
        if let Expr::Function { name, .. } = x
            && (name == "window" || name == "session_window")
        {
            found = true;
        }
    });
    found
}

/// The name a DataFrame subquery (`df.scalar()`, `df.exists()`) is read by.
pub(crate) const SUBQUERY_VIEW: &str = "__dataframe_subquery_";

/// True when the expression holds a DataFrame subquery (`df.scalar()`, `df.exists()`).
/// A subquery written in an expression's SQL text (`selectExpr("k IN (SELECT ...)")`) is
/// not one: Spark's expression parser refuses those, and the binder refuses them here.
fn has_subquery(e: &Expr) -> bool {
    let mut found = false;
    e.visit(&mut |x| {
        found |= matches!(x, Expr::Function { name, args, .. }
            if crate::expr::is_subquery_placeholder(name)
                && matches!(args.last(), Some(Expr::Literal(ScalarValue::Utf8(t)))
                    if t.starts_with(&format!("SELECT * FROM {SUBQUERY_VIEW}"))));
    });
    found
}

/// A pivot value: one value per pivot column, and its name (SQL's `'a' AS x`).
pub type PivotValue = (Vec<ScalarValue>, Option<String>);

/// A pivot value as the pivot column's type (Spark casts them).
pub(crate) fn pivot_value(v: ScalarValue, ty: &DataType, col: &Expr) -> Result<ScalarValue> {
    let e = crate::expr::bind::coerce_to(PhysExpr::Literal(v), ty, &col.sql())?;
    let a = e.eval_constant()?;
    ScalarValue::try_from_array(a.as_ref(), 0)
}

/// Quotes a column name that has a dot, so it is not read as a struct path.
pub fn quote(name: &str) -> String {
    if name.contains('.') {
        format!("`{name}`")
    } else {
        name.to_string()
    }
}

/// Replaces aggregate calls with references to `__aggN` and grouping expressions
/// with references to their columns.
fn rewrite_aggs(
    e: &Expr,
    group: &[Expr],
    df: &DataFrame,
    calls: &mut Vec<AggCall>,
    call_exprs: &mut Vec<Expr>,
) -> Result<Expr> {
    // A grouping expression (by value) becomes its column.
    let bare = e.clone().strip_alias();
    for g in group {
        let gb = g.clone().strip_alias();
        // (An aliased grouping column, as `session_window(...).alias("s")` becomes, is
        // found by its alias.)
        // (Equal also when a NaN literal is in both: f64's `==` says NaN != NaN, Spark's
        // semanticEquals compares the literals' values.)
        let same = gb == bare || format!("{gb:?}") == format!("{bare:?}");
        if same && (!matches!(bare, Expr::Column(_)) || matches!(g, Expr::Alias(..))) {
            let r = Expr::Column(quote(&g.name_in(&df.schema())));
            return Ok(match e {
                Expr::Alias(_, n) => r.alias(n),
                _ => r,
            });
        }
    }
    Ok(match e {
        Expr::Function {
            name,
            args,
            distinct,
        } if is_aggregate(name) => {
            if args.iter().any(|a| a.contains_aggregate()) {
                return Err(RunnelError::analysis(
                    "NESTED_AGGREGATE_FUNCTION",
                    format!(
                        "It is not allowed to use an aggregate function in the argument of another aggregate function: {}. Use the inner aggregate in a sub-query.",
                        e.sql()
                    ),
                ));
            }
            let key = e.clone();
            if let Some(i) = call_exprs.iter().position(|c| *c == key) {
                return Ok(Expr::Column(format!("__agg{i}")));
            }
            let bound: Vec<PhysExpr> = args
                .iter()
                .map(|a| match a {
                    Expr::Star(None) => Ok(PhysExpr::Literal(ScalarValue::Int32(1))),
                    a => df.bind(a),
                })
                .collect::<Result<_>>()?;
            let bound = if name == "count"
                && matches!(
                    args.first(),
                    Some(Expr::Star(None)) | Some(Expr::Literal(_))
                )
                && !distinct
            {
                vec![]
            } else {
                bound
            };
            let call = AggCall::bind(name, bound, *distinct, &e.sql())?;
            calls.push(call);
            call_exprs.push(key);
            Expr::Column(format!("__agg{}", calls.len() - 1))
        }
        Expr::Alias(inner, n) => rewrite_aggs(inner, group, df, calls, call_exprs)?.alias(n),
        Expr::Unmarked(x) => {
            Expr::Unmarked(Box::new(rewrite_aggs(x, group, df, calls, call_exprs)?))
        }
        Expr::Binary(l, op, r) => Expr::Binary(
            Box::new(rewrite_aggs(l, group, df, calls, call_exprs)?),
            *op,
            Box::new(rewrite_aggs(r, group, df, calls, call_exprs)?),
        ),
        Expr::Not(x) => Expr::Not(Box::new(rewrite_aggs(x, group, df, calls, call_exprs)?)),
        Expr::Negative(x) => {
            Expr::Negative(Box::new(rewrite_aggs(x, group, df, calls, call_exprs)?))
        }
        Expr::IsNull(x) => Expr::IsNull(Box::new(rewrite_aggs(x, group, df, calls, call_exprs)?)),
        Expr::IsNotNull(x) => {
            Expr::IsNotNull(Box::new(rewrite_aggs(x, group, df, calls, call_exprs)?))
        }
        Expr::Cast { expr, to, try_ } => Expr::Cast {
            expr: Box::new(rewrite_aggs(expr, group, df, calls, call_exprs)?),
            to: to.clone(),
            try_: *try_,
        },
        Expr::Function {
            name,
            args,
            distinct,
        } => Expr::Function {
            name: name.clone(),
            args: args
                .iter()
                .map(|a| rewrite_aggs(a, group, df, calls, call_exprs))
                .collect::<Result<_>>()?,
            distinct: *distinct,
        },
        Expr::Case {
            operand,
            branches,
            otherwise,
        } => Expr::Case {
            operand: operand
                .as_ref()
                .map(|o| rewrite_aggs(o, group, df, calls, call_exprs).map(Box::new))
                .transpose()?,
            branches: branches
                .iter()
                .map(|(w, t)| {
                    Ok((
                        rewrite_aggs(w, group, df, calls, call_exprs)?,
                        rewrite_aggs(t, group, df, calls, call_exprs)?,
                    ))
                })
                .collect::<Result<_>>()?,
            otherwise: otherwise
                .as_ref()
                .map(|o| rewrite_aggs(o, group, df, calls, call_exprs).map(Box::new))
                .transpose()?,
        },
        Expr::Column(n) => {
            // A grouping column referenced by another spelling (`t.category`).
            let last = crate::expr::split_name(n).pop().unwrap_or_default();
            match group
                .iter()
                .find(|g| g.name().eq_ignore_ascii_case(&last) || g.name().eq_ignore_ascii_case(n))
            {
                Some(g) => Expr::Column(quote(&g.name())),
                None => e.clone(),
            }
        }
        // `max(struct(a, b)).b`, `collect_list(x)[0]`, `count(*) IN (1, 2)`, ...: the
        // aggregates inside any other expression too.
        Expr::Field(..)
        | Expr::Index(..)
        | Expr::InList { .. }
        | Expr::Like { .. }
        | Expr::Lambda { .. } => {
            e.map_children(&mut |c| rewrite_aggs(c, group, df, calls, call_exprs))?
        }
        other => other.clone(),
    })
}

/// Spark's refusal of an `Observation` object on a streaming DataFrame (its metrics
/// come once per micro-batch: in the progress, not in one Observation).
pub fn observation_on_stream() -> RunnelError {
    RunnelError::execution_plain(
        "Observation does not support streaming Datasets.This is because there will be multiple observed metrics as microbatches are constructed. Please register a StreamingQueryListener and get the metric for each microbatch in QueryProgressEvent.progress, or use query.lastProgress or query.recentProgress.",
    )
    .with_exception("IllegalArgumentException")
}

/// `"expr AS name"`, as Spark's observed-metrics errors quote a metric.
fn metric_sql(m: &Expr) -> String {
    match m {
        Expr::Alias(inner, n) => format!("\"{} AS {n}\"", inner.sql()),
        e => format!("\"{}\"", e.sql()),
    }
}

fn metric_error(sub: &str, message: String) -> RunnelError {
    RunnelError::analysis(
        &format!("INVALID_OBSERVED_METRICS.{sub}"),
        format!("Invalid observed metrics. {message}"),
    )
}

/// Spark's DUPLICATED_METRICS_NAME: two `observe` with one name in a plan.
fn duplicated_metrics(name: &str) -> RunnelError {
    RunnelError::analysis(
        "DUPLICATED_METRICS_NAME",
        format!(
            "The metric name is not unique: {name}. The same name cannot be used for metrics with different results. Give each observe its own name."
        ),
    )
}

/// Functions Spark marks non-deterministic.
const NON_DETERMINISTIC: &[&str] = &[
    "rand",
    "randn",
    "random",
    "uuid",
    "shuffle",
    "monotonically_increasing_id",
    "spark_partition_id",
    "input_file_name",
    "randstr",
    "uniform",
];

/// Spark's `checkMetric` (CheckAnalysis) over metric `s`, at its part `e`: no nested or
/// DISTINCT aggregate, and columns and non-deterministic calls only inside an aggregate.
fn check_metric(s: &Expr, e: &Expr, seen_aggregate: bool) -> Result<()> {
    match e {
        Expr::Function { name, .. } if is_aggregate(name) && seen_aggregate => Err(metric_error(
            "NESTED_AGGREGATES_UNSUPPORTED",
            format!(
                "Nested aggregates are not allowed in observed metrics, but found: {}. Aggregate the column directly.",
                metric_sql(s)
            ),
        )),
        Expr::Function {
            name,
            distinct: true,
            ..
        } if is_aggregate(name) => Err(metric_error(
            "AGGREGATE_EXPRESSION_WITH_DISTINCT_UNSUPPORTED",
            format!(
                "Aggregate expressions with DISTINCT are not allowed in observed metrics, but found: {}. Use approx_count_distinct, or count the distinct rows in a query of its own.",
                metric_sql(s)
            ),
        )),
        Expr::Function { name, args, .. } if is_aggregate(name) => {
            args.iter().try_for_each(|a| check_metric(s, a, true))
        }
        Expr::Column(_) | Expr::Unmarked(_) if !seen_aggregate => Err(metric_error(
            "NON_AGGREGATE_FUNC_ARG_IS_ATTRIBUTE",
            format!(
                "Attribute {} can only be used as an argument to an aggregate function. Wrap the column in an aggregate, such as max or sum.",
                metric_sql(s)
            ),
        )),
        Expr::Alias(inner, _) => check_metric(s, inner, seen_aggregate),
        e if !seen_aggregate
            && {
                let mut nd = false;
                e.visit(&mut |x| {
                nd |= matches!(x, Expr::Function { name, .. } if NON_DETERMINISTIC.contains(&name.as_str()));
            });
                nd
            } =>
        {
            Err(metric_error(
                "NON_AGGREGATE_FUNC_ARG_IS_NON_DETERMINISTIC",
                format!(
                    "Non-deterministic expression {} can only be used as an argument to an aggregate function. Move it inside the aggregate.",
                    metric_sql(s)
                ),
            ))
        }
        e => e
            .children()
            .into_iter()
            .try_for_each(|c| check_metric(s, c, seen_aggregate)),
    }
}

/// `df.groupBy(...)`: the grouping, waiting for its aggregates.
pub struct GroupedData {
    df: DataFrame,
    group: Vec<Expr>,
    /// rollup / cube / grouping sets: each set's keys (positions in `group`).
    sets: Option<Vec<Vec<usize>>>,
    /// `pivot(col, values)`: the pivot column and its values.
    pivot: Option<(Expr, Vec<PivotValue>)>,
}

impl GroupedData {
    /// `agg(*exprs)`: grouping columns, then the aggregates.
    pub fn agg(&self, aggs: Vec<Expr>) -> Result<DataFrame> {
        if let Some((col, values)) = &self.pivot {
            return self
                .df
                .aggregate_pivot(&self.group, std::slice::from_ref(col), values, aggs);
        }
        let mut out = self.group.clone();
        out.extend(aggs);
        match &self.sets {
            Some(sets) => self
                .df
                .aggregate_sets(self.group.clone(), sets.clone(), out, None),
            None => self.df.aggregate(self.group.clone(), out, None),
        }
    }

    /// `pivot(col, values)`: one output column per value (and aggregate); without
    /// values, the column's distinct values, sorted (Spark runs a query for them first).
    pub fn pivot(&self, col: Expr, values: Option<Vec<ScalarValue>>) -> Result<GroupedData> {
        if self.sets.is_some() || self.pivot.is_some() {
            return Err(RunnelError::analysis_plain(
                "pivot() follows groupBy(); rollup, cube and a second pivot are not pivoted",
            ));
        }
        let p = self.df.bind(&col)?;
        let ty = p.data_type();
        let values = match values {
            Some(v) => v,
            None => {
                if self.df.is_streaming() {
                    return Err(RunnelError::analysis(
                        "QUERY_ON_STREAMING_SOURCE",
                        "pivot() without values runs a query for the values, and queries with streaming sources must be executed with writeStream.start(). Pass the values: pivot(col, [v1, v2]).",
                    ));
                }
                let key = col.clone().alias("__pivot");
                let distinct = self
                    .df
                    .select(vec![key])?
                    .distinct()?
                    .order_by(vec![crate::expr::col("__pivot")])?;
                let mut out = Vec::new();
                for b in distinct.collect()? {
                    for r in 0..b.num_rows() {
                        out.push(ScalarValue::try_from_array(b.column(0).as_ref(), r)?);
                    }
                }
                if out.len() > 10_000 {
                    return Err(RunnelError::analysis(
                        "_LEGACY_ERROR_TEMP_1103",
                        "The pivot column has more than 10000 distinct values; pass the values to pivot on (pivot(col, [v1, v2])).",
                    ));
                }
                out
            }
        };
        // Each value as the pivot column's type (Spark casts them).
        let values = values
            .into_iter()
            .map(|v| Ok((vec![pivot_value(v, &ty, &col)?], None)))
            .collect::<Result<Vec<_>>>()?;
        Ok(GroupedData {
            df: self.df.clone(),
            group: self.group.clone(),
            sets: None,
            pivot: Some((col, values)),
        })
    }

    /// `agg({"col": "fn"})`.
    pub fn agg_dict(&self, pairs: &[(String, String)]) -> Result<DataFrame> {
        let aggs = pairs
            .iter()
            .map(|(c, f)| {
                let f = f.to_ascii_lowercase();
                let arg = if c == "*" { Expr::Star(None) } else { col(c) };
                crate::expr::func(if f == "mean" { "avg" } else { &f }, vec![arg])
            })
            .collect();
        self.agg(aggs)
    }

    /// `count()`.
    pub fn count(&self) -> Result<DataFrame> {
        // Spark's `count(lit(1)) AS count` (no star: a pivot refuses a star).
        self.agg(vec![
            crate::expr::func("count", vec![Expr::Literal(ScalarValue::Int32(1))]).alias("count"),
        ])
    }

    /// `sum/avg/mean/min/max(*cols)`; with no columns, every numeric column.
    pub fn simple(&self, fname: &str, cols: &[String]) -> Result<DataFrame> {
        let cols: Vec<String> = if cols.is_empty() {
            let grouped: Vec<String> = self.group.iter().map(|g| g.name()).collect();
            self.df
                .plan
                .schema
                .fields()
                .iter()
                .filter(|f| types::is_numeric(f.data_type()) && !grouped.contains(f.name()))
                .map(|f| f.name().clone())
                .collect()
        } else {
            cols.to_vec()
        };
        let name = if fname == "mean" { "avg" } else { fname };
        self.agg(
            cols.iter()
                .map(|c| crate::expr::func(name, vec![col(c)]))
                .collect(),
        )
    }
}

/// Per output column of a streaming `plan`: whether it comes from a streaming
/// aggregation (through filters, watermarks, sorts, limits, deduplication and
/// projections of the column as it is), which Spark reports nullable.
fn aggregated_columns(plan: &Plan) -> Vec<bool> {
    let n = plan.schema.fields().len();
    match &plan.node {
        Node::Aggregate { input, .. } if input.is_streaming() => vec![true; n],
        Node::Filter { input, .. }
        | Node::Watermark { input, .. }
        | Node::Sort { input, .. }
        | Node::Limit { input, .. }
        | Node::Dedup { input, .. } => {
            let mut v = aggregated_columns(input);
            v.resize(n, false);
            v
        }
        Node::Project { input, exprs } => {
            let below = aggregated_columns(input);
            exprs
                .iter()
                .map(|e| match e {
                    PhysExpr::Column { index, .. } => below.get(*index).copied().unwrap_or(false),
                    _ => false,
                })
                .collect()
        }
        _ => vec![false; n],
    }
}

/// Spark's refusal of a negative row count (`limit(-1)`, `tail(-1)`).
pub(crate) fn check_limit(n: i64, method: &str) -> Result<()> {
    if n < 0 {
        return Err(RunnelError::analysis(
            "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE",
            format!(
                "The limit like expression \"{n}\" is invalid. The limit expression must be equal to or greater than 0, but got {n}. Use {method}(0) for no rows."
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::BinaryOp;

    fn frame(s: &SparkSession, names: [&str; 2], rows: &[(i64, &str)]) -> DataFrame {
        let schema = schema_of(vec![
            Field::new(names[0], DataType::Int64, true),
            Field::new(names[1], DataType::Utf8, true),
        ]);
        let rows: Vec<Vec<ScalarValue>> = rows
            .iter()
            .map(|(i, t)| vec![ScalarValue::Int64(*i), ScalarValue::Utf8(t.to_string())])
            .collect();
        s.create_data_frame(&rows, schema).unwrap()
    }

    fn rows(df: &DataFrame) -> usize {
        df.collect().unwrap().iter().map(|b| b.num_rows()).sum()
    }

    #[test]
    fn an_alias_qualifier_reaches_neither_collected_rows_nor_a_sink() {
        let s = SparkSession::new();
        let a = frame(&s, ["id", "k"], &[(1, "x")]).alias("a").unwrap();
        assert!(
            a.schema()
                .fields()
                .iter()
                .all(|f| types::qualifier(f).is_some())
        );
        let unqualified = |schema: &Schema| {
            schema
                .fields()
                .iter()
                .all(|f| !f.metadata().contains_key(types::QUALIFIER_KEY))
        };
        for b in a.collect().unwrap() {
            assert!(unqualified(&b.schema()));
        }
        assert!(unqualified(&a.write_stream().df.schema()));
        // Inside the query the qualifier still names the columns.
        assert_eq!(rows(&a.select(vec![col("a.id")]).unwrap()), 1);
    }

    #[test]
    fn a_join_on_a_condition_alone_pairs_every_row() {
        let s = SparkSession::new();
        let a = frame(&s, ["id", "k"], &[(1, "x"), (2, "y"), (3, "z")]);
        let b = frame(&s, ["bid", "name"], &[(1, "one"), (2, "two")]);
        let cond = col("id").binary(BinaryOp::Lt, col("bid"));
        let j = a
            .join(&b, JoinOn::Condition(cond.clone()), "inner")
            .unwrap();
        assert_eq!(rows(&j), 1);
        let j = a.join(&b, JoinOn::Condition(cond), "left_outer").unwrap();
        assert_eq!(rows(&j), 3);
    }

    #[test]
    fn alias_qualified_columns_are_equi_join_keys() {
        let s = SparkSession::new();
        let a = frame(&s, ["id", "k"], &[(1, "x"), (2, "y"), (3, "z")])
            .alias("l")
            .unwrap();
        let b = frame(&s, ["id", "name"], &[(1, "one"), (2, "two")])
            .alias("r")
            .unwrap();
        let cond = col("l.id").binary(BinaryOp::Eq, col("r.id"));
        let j = a.join(&b, JoinOn::Condition(cond), "inner").unwrap();
        match &j.plan.node {
            Node::Join { left_keys, .. } => assert_eq!(left_keys.len(), 1),
            _ => panic!("not a join"),
        }
        assert_eq!(rows(&j), 2);
    }
}
