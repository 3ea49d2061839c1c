//! Name and type resolution: [`Expr`] → [`PhysExpr`], with Spark's implicit
//! coercion rules (ANSI mode, as Spark 4 defaults).

use std::sync::Arc;

use arrow_schema::{DataType, Schema};

pub use super::coerce::{
    cast_if_needed, coerce_to, compile_java_regex, like_to_regex, type_mismatch, wider_type,
};
use super::functions;
pub use super::phys::{PhysExpr, output_field};
use super::{BinaryOp, Expr, LikeKind, split_name};
use crate::error::{Result, RunnelError};
use crate::scalar::ScalarValue;
use crate::types::{self, is_integral, is_numeric};

/// Resolves `expr` against `schema`.
pub fn bind_expr(expr: &Expr, schema: &Schema) -> Result<PhysExpr> {
    if expr.deeper_than(MAX_EXPR_DEPTH) {
        return Err(too_deep());
    }
    Binder { schema }.bind(expr)
}

/// The refusal of an expression nested more than [`MAX_EXPR_DEPTH`] levels (Spark's JVM
/// overflows its stack on such chains, `StackOverflowError`).
pub fn too_deep() -> RunnelError {
    RunnelError::analysis_plain(format!(
        "The expression is nested more than {MAX_EXPR_DEPTH} levels deep. Build it in steps: withColumn(...) a part, then use that column."
    ))
}

/// The deepest expression bound natively.
#[cfg(not(target_arch = "wasm32"))]
pub const MAX_EXPR_DEPTH: usize = 1000;
/// The deepest expression bound in the browser, where each level is several native calls
/// of the JS engine, whose stack is about 1 MB.
#[cfg(target_arch = "wasm32")]
pub const MAX_EXPR_DEPTH: usize = 500;

/// Resolves a column name (`a`, `a.b`, `` `a.b` ``, `t.a`) to an expression.
pub fn resolve_column(name: &str, schema: &Schema) -> Result<PhysExpr> {
    Binder { schema }.column(name)
}

struct Binder<'a> {
    schema: &'a Schema,
}

/// Levenshtein distance, for "did you mean" suggestions.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let c = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + c);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Spark's UNRESOLVED_COLUMN error, with suggestions ordered by similarity.
pub fn unresolved_column(name: &str, schema: &Schema) -> RunnelError {
    let mut names: Vec<&String> = schema.fields().iter().map(|f| f.name()).collect();
    names.sort_by_key(|n| distance(n, name));
    let sugg: Vec<String> = names.iter().take(5).map(|n| format!("`{n}`")).collect();
    RunnelError::analysis(
        "UNRESOLVED_COLUMN.WITH_SUGGESTION",
        format!(
            "A column, variable, or function parameter with name `{name}` cannot be resolved. Did you mean one of the following? [{}]. Check the spelling, or use one of the columns listed.",
            sugg.join(", ")
        ),
    )
}

fn find_field(schema: &Schema, name: &str) -> Result<Option<usize>> {
    let hits: Vec<usize> = schema
        .fields()
        .iter()
        .enumerate()
        .filter(|(_, f)| f.name().eq_ignore_ascii_case(name))
        .map(|(i, _)| i)
        .collect();
    match hits.len() {
        0 => Ok(None),
        1 => Ok(Some(hits[0])),
        _ => {
            // An exact-case match wins over case-insensitive ones.
            let exact: Vec<usize> = hits
                .iter()
                .copied()
                .filter(|i| schema.field(*i).name() == name)
                .collect();
            if exact.len() == 1 {
                return Ok(Some(exact[0]));
            }
            Err(RunnelError::analysis(
                "AMBIGUOUS_REFERENCE",
                format!(
                    "Reference `{name}` is ambiguous, could be: [{}]. Rename one side with withColumnRenamed or alias before the join, or join with on=\"{name}\".",
                    hits.iter()
                        .map(|i| format!("`{}`", schema.field(*i).name()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ))
        }
    }
}

/// A struct field of `base` by name.
pub fn struct_field(base: PhysExpr, name: &str) -> Result<PhysExpr> {
    match base.data_type() {
        DataType::Struct(fields) => {
            let Some((i, f)) = fields
                .iter()
                .enumerate()
                .find(|(_, f)| f.name().eq_ignore_ascii_case(name))
            else {
                return Err(RunnelError::analysis(
                    "FIELD_NOT_FOUND",
                    format!(
                        "No such struct field `{name}` in {}. Use one of the struct's fields.",
                        fields
                            .iter()
                            .map(|f| format!("`{}`", f.name()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            };
            Ok(PhysExpr::Field {
                expr: Box::new(base),
                index: i,
                field: f.clone(),
            })
        }
        // `col("m")["k"]` on a map: the value under the key "k" (Spark's GetMapValue).
        DataType::Map(entries, _) => {
            let DataType::Struct(kv) = entries.data_type() else {
                crate::internal_err!("map entries")
            };
            let vt = kv[1].data_type().clone();
            let key = cast_if_needed(
                PhysExpr::Literal(ScalarValue::Utf8(name.to_string())),
                kv[0].data_type(),
            );
            Ok(PhysExpr::Scalar {
                func: functions::Kernel::new(
                    "element_at",
                    name,
                    functions::Props {
                        nulls: functions::Nulls::Always,
                        null_intolerant: true,
                        deterministic: true,
                    },
                    |a, _, _| functions::map_lookup(&a[0], &a[1]),
                ),
                args: vec![base, key],
                ty: vt,
            })
        }
        other => Err(RunnelError::analysis(
            "INVALID_EXTRACT_BASE_FIELD_TYPE",
            format!(
                "Can't extract a value from a {}: need a struct to take field `{name}` from.",
                types::simple_string(&other)
            ),
        )),
    }
}

/// The hidden qualifier a join gives the columns of the DataFrame of plan id `plan` where
/// the other side has columns of the same names (see `DataFrame::join`).
pub fn plan_qualifier(plan: usize) -> String {
    format!("__runnel_plan_{plan}")
}

impl Binder<'_> {
    /// `df.name` of the DataFrame of plan id `plan`: as `name`, but among several columns
    /// of that name the one that came from that DataFrame.
    fn column_from(&self, plan: usize, name: &str) -> Result<PhysExpr> {
        let q = plan_qualifier(plan);
        let hits: Vec<usize> = self
            .schema
            .fields()
            .iter()
            .enumerate()
            .filter(|(_, f)| f.name() == name)
            .map(|(i, _)| i)
            .collect();
        // Columns out of a join know the DataFrames they pass through (logical/lineage.rs).
        let lineage: Vec<Option<Vec<usize>>> = hits
            .iter()
            .map(|i| crate::types::plans_of(self.schema.field(*i)))
            .collect();
        if !hits.is_empty() && lineage.iter().all(|l| l.is_some()) {
            let ours: Vec<usize> = hits
                .iter()
                .zip(&lineage)
                .filter(|(_, l)| l.as_ref().is_some_and(|l| l.contains(&plan)))
                .map(|(i, _)| *i)
                .collect();
            if let [i] = ours[..] {
                return Ok(PhysExpr::Column {
                    index: i,
                    field: Arc::new(self.schema.field(i).clone()),
                });
            }
            if ours.is_empty() {
                let names: Vec<String> = self
                    .schema
                    .fields()
                    .iter()
                    .map(|f| format!("\"{}\"", f.name()))
                    .collect();
                return Err(RunnelError::analysis(
                    "MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_APPEAR_IN_OPERATION",
                    format!(
                        "Resolved attribute(s) \"{name}\" missing from {} in operator Join. Attribute(s) with the same name appear in the operation: \"{name}\". Please check if the right attribute(s) are used: the DataFrame `{name}` was taken from reaches this join only through a column that replaced it (withColumn, alias); name the column of the DataFrame that is joined.",
                        names.join(", ")
                    ),
                ));
            }
        }
        if hits.len() > 1 {
            let ours: Vec<usize> = hits
                .iter()
                .copied()
                .filter(|i| crate::types::qualifier(self.schema.field(*i)) == Some(q.as_str()))
                .collect();
            if let [i] = ours[..] {
                return Ok(PhysExpr::Column {
                    index: i,
                    field: Arc::new(self.schema.field(i).clone()),
                });
            }
        }
        self.column(name)
    }

    fn column(&self, name: &str) -> Result<PhysExpr> {
        if let Some(i) = find_field(self.schema, name)? {
            return Ok(PhysExpr::Column {
                index: i,
                field: Arc::new(self.schema.field(i).clone()),
            });
        }
        let parts = split_name(name);
        if parts.len() > 1 {
            // `i.column` where `i` is a DataFrame alias (`df.alias("i")`).
            let qualified: Vec<usize> = self
                .schema
                .fields()
                .iter()
                .enumerate()
                .filter(|(_, f)| {
                    crate::types::qualifier(f).is_some_and(|q| q.eq_ignore_ascii_case(&parts[0]))
                        && f.name().eq_ignore_ascii_case(&parts[1])
                })
                .map(|(i, _)| i)
                .collect();
            if let [i] = qualified[..] {
                let mut e = PhysExpr::Column {
                    index: i,
                    field: Arc::new(self.schema.field(i).clone()),
                };
                for p in &parts[2..] {
                    e = struct_field(e, p)?;
                }
                return Ok(e);
            }
            // `a.b.c`: a column then struct fields; or a qualifier then a column. A
            // qualifier names the column's relation: where the columns have qualifiers
            // (`df.alias("o")`), another one (`c.k`, an outer query's) does not resolve.
            let any_qualified = self
                .schema
                .fields()
                .iter()
                .any(|f| crate::types::qualifier(f).is_some());
            for skip in 0..parts.len() {
                if let Some(i) = find_field(self.schema, &parts[skip])? {
                    if skip > 0 && any_qualified {
                        let q = crate::types::qualifier(self.schema.field(i));
                        if !q.is_some_and(|q| q.eq_ignore_ascii_case(&parts[skip - 1])) {
                            continue;
                        }
                    }
                    let mut e = PhysExpr::Column {
                        index: i,
                        field: Arc::new(self.schema.field(i).clone()),
                    };
                    for p in &parts[skip + 1..] {
                        e = struct_field(e, p)?;
                    }
                    return Ok(e);
                }
            }
        } else if let Some(i) = find_field(self.schema, &parts[0])? {
            return Ok(PhysExpr::Column {
                index: i,
                field: Arc::new(self.schema.field(i).clone()),
            });
        }
        Err(unresolved_column(name, self.schema))
    }

    fn bind(&self, expr: &Expr) -> Result<PhysExpr> {
        Ok(match expr {
            Expr::Column(n) => self.column(n)?,
            Expr::ColumnFrom(plan, n) => self.column_from(*plan, n)?,
            Expr::ColumnAt(i, n) => match self.schema.fields().get(*i) {
                Some(f) if f.name() == n => PhysExpr::Column {
                    index: *i,
                    field: f.clone(),
                },
                _ => self.column(n)?,
            },
            Expr::LambdaVar(n) => {
                let want = functions::var_field(n);
                let Some((i, f)) = self
                    .schema
                    .fields()
                    .iter()
                    .enumerate()
                    .rev()
                    .find(|(_, f)| f.name() == &want)
                else {
                    return Err(RunnelError::analysis_plain(format!(
                        "The lambda variable `{}` is used outside its lambda function; use it only inside the lambda that declares it.",
                        n.split('#').next().unwrap_or(n)
                    )));
                };
                PhysExpr::Column {
                    index: i,
                    field: f.clone(),
                }
            }
            Expr::Lambda { .. } => {
                return Err(RunnelError::analysis(
                    "INVALID_LAMBDA_FUNCTION_CALL.NON_HIGHER_ORDER_FUNCTION",
                    format!(
                        "A lambda function should only be used in a higher order function: {}. Pass it to transform, filter, aggregate, ... instead.",
                        expr.sql()
                    ),
                ));
            }
            Expr::Literal(v) => PhysExpr::Literal(v.clone()),
            Expr::Alias(e, _) => self.bind(e)?,
            // A generator's MultiAlias is taken apart where the generator is planned.
            Expr::MultiAlias(e, names) => {
                return Err(RunnelError::analysis(
                    "MULTI_ALIAS_WITHOUT_GENERATOR",
                    format!(
                        "Multi part aliasing ({}) is not supported with \"{}\" as it is not a generator function. Give it one name with alias(name), or alias a generator (explode, posexplode, inline, stack).",
                        names.join(", "),
                        e.sql()
                    ),
                ));
            }
            Expr::Unmarked(e) => match self.bind(e)? {
                PhysExpr::Column { index, field } => PhysExpr::Column {
                    index,
                    field: Arc::new(crate::types::without_watermark(&field)),
                },
                other => other,
            },
            Expr::Binary(l, op, r) => binary(*op, self.bind(l)?, self.bind(r)?)?,
            Expr::Not(e) => PhysExpr::Not(Box::new(coerce_to(
                self.bind(e)?,
                &DataType::Boolean,
                "NOT",
            )?)),
            Expr::Negative(e) => {
                let e = self.bind(e)?;
                // A string is read as a DOUBLE (UnaryMinus's implicit cast to NUMERIC).
                let e = if e.data_type() == DataType::Utf8 {
                    cast_if_needed(e, &DataType::Float64)
                } else {
                    e
                };
                let t = e.data_type();
                if !is_numeric(&t) && t != DataType::Null && !is_ansi_interval(&t) {
                    return Err(type_mismatch(
                        &format!("(- {})", expr_sql(expr)),
                        "a numeric value",
                        &t,
                    ));
                }
                PhysExpr::Negative(Box::new(e))
            }
            Expr::IsNull(e) => PhysExpr::IsNull(Box::new(self.bind(e)?), false),
            Expr::IsNotNull(e) => PhysExpr::IsNull(Box::new(self.bind(e)?), true),
            Expr::InList {
                expr: e,
                list,
                negated,
            } => {
                let v = self.bind(e)?;
                let items: Vec<PhysExpr> =
                    list.iter().map(|x| self.bind(x)).collect::<Result<_>>()?;
                let mut ty = v.data_type();
                for it in &items {
                    ty = wider_type(&ty, &it.data_type()).ok_or_else(|| {
                        type_mismatch(&expr.sql(), &types::simple_string(&ty), &it.data_type())
                    })?;
                }
                let v = cast_if_needed(v, &ty);
                let items = items.into_iter().map(|x| cast_if_needed(x, &ty)).collect();
                PhysExpr::InList {
                    expr: Box::new(v),
                    list: items,
                    negated: *negated,
                }
            }
            Expr::Like {
                expr: e,
                pattern,
                negated,
                kind,
            } => {
                let v = coerce_to(self.bind(e)?, &DataType::Utf8, "LIKE")?;
                let Expr::Literal(ScalarValue::Utf8(p)) = pattern.as_ref() else {
                    let pat = coerce_to(self.bind(pattern)?, &DataType::Utf8, "LIKE")?;
                    return Ok(functions::like_per_row(
                        v,
                        pat,
                        *kind,
                        '\\',
                        *negated,
                        &expr.sql(),
                    ));
                };
                let re = match kind {
                    LikeKind::Like => like_to_regex(p, false)?,
                    LikeKind::ILike => like_to_regex(p, true)?,
                    LikeKind::RLike => compile_java_regex(p)?,
                };
                let like = if *kind == LikeKind::Like {
                    Some(p.clone())
                } else {
                    None
                };
                PhysExpr::Like {
                    expr: Box::new(v),
                    regex: Arc::new(re),
                    negated: *negated,
                    like,
                }
            }
            Expr::Case {
                operand,
                branches,
                otherwise,
            } => {
                let op = operand.as_ref().map(|o| self.bind(o)).transpose()?;
                let mut conds = Vec::new();
                let mut vals = Vec::new();
                for (w, t) in branches {
                    let w = self.bind(w)?;
                    let w = match &op {
                        Some(o) => binary(BinaryOp::Eq, o.clone(), w)?,
                        None => coerce_to(w, &DataType::Boolean, "CASE WHEN")?,
                    };
                    conds.push(w);
                    vals.push(self.bind(t)?);
                }
                let other = otherwise.as_ref().map(|o| self.bind(o)).transpose()?;
                let mut ty = DataType::Null;
                for v in vals.iter().chain(other.iter()) {
                    ty = wider_type(&ty, &v.data_type()).ok_or_else(|| {
                        type_mismatch(&expr.sql(), &types::simple_string(&ty), &v.data_type())
                    })?;
                }
                let branches = conds
                    .into_iter()
                    .zip(vals.into_iter().map(|v| cast_if_needed(v, &ty)))
                    .collect();
                PhysExpr::Case {
                    branches,
                    otherwise: other.map(|o| Box::new(cast_if_needed(o, &ty))),
                    ty,
                }
            }
            Expr::Cast { expr: e, to, try_ } => {
                let v = self.bind(e)?;
                // Spark names the value, not the cast, when a struct cannot become another.
                let named = match (v.data_type(), to) {
                    (DataType::Struct(_), DataType::Struct(_)) => e.sql(),
                    _ => expr.sql(),
                };
                super::cast::check_cast(&v.data_type(), to, &named)?;
                // An interval with its own fields (`INTERVAL '3' HOUR`; `d1 - d2` is an
                // `interval day`) prints with them, as Spark's cast of that type does.
                if *to == DataType::Utf8
                    && let Some((start, end)) = super::phys::interval_fields_of(&v)
                {
                    let field = types::with_interval_fields(
                        &arrow_schema::Field::new("v", v.data_type(), true),
                        start,
                        end,
                    );
                    let kernel = functions::Kernel::new(
                        "cast_interval_string",
                        &format!("CAST({v} AS STRING)"),
                        functions::Props {
                            nulls: functions::Nulls::AnyArg,
                            null_intolerant: true,
                            deterministic: true,
                        },
                        move |a: &[arrow_array::ArrayRef],
                              _ty: &DataType,
                              _n: usize|
                              -> Result<arrow_array::ArrayRef> {
                            use arrow_array::Array;
                            let out: arrow_array::StringArray = (0..a[0].len())
                                .map(|i| {
                                    (!a[0].is_null(i)).then(|| {
                                        crate::scalar::display_field_value(&field, &a[0], i)
                                    })
                                })
                                .collect();
                            Ok(std::sync::Arc::new(out))
                        },
                    );
                    return Ok(PhysExpr::Scalar {
                        func: kernel,
                        args: vec![v],
                        ty: DataType::Utf8,
                    });
                }
                PhysExpr::Cast {
                    expr: Box::new(v),
                    to: to.clone(),
                    try_: *try_,
                }
            }
            // Spark's Between, UnaryPositive and UnaryMinus under their own names.
            Expr::Function { name, args, .. } if name == "between" && args.len() == 3 => {
                let v = &args[0];
                self.bind(&Expr::Binary(
                    Box::new(Expr::Binary(
                        Box::new(v.clone()),
                        BinaryOp::GtEq,
                        Box::new(args[1].clone()),
                    )),
                    BinaryOp::And,
                    Box::new(Expr::Binary(
                        Box::new(v.clone()),
                        BinaryOp::LtEq,
                        Box::new(args[2].clone()),
                    )),
                ))?
            }
            // Column.startswith/endswith/contains of a string: a LIKE of the escaped
            // literal (a source can filter on it); of a column, the function.
            Expr::Function { name, args, .. }
                if matches!(name.as_str(), "startswith" | "endswith" | "contains")
                    && args.len() == 2
                    && matches!(args[1], Expr::Literal(ScalarValue::Utf8(_))) =>
            {
                let Expr::Literal(ScalarValue::Utf8(p)) = &args[1] else {
                    crate::internal_err!("a string pattern");
                };
                let escaped = p
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                let pat = match name.as_str() {
                    "startswith" => format!("{escaped}%"),
                    "endswith" => format!("%{escaped}"),
                    _ => format!("%{escaped}%"),
                };
                self.bind(&Expr::Like {
                    expr: Box::new(args[0].clone()),
                    pattern: Box::new(Expr::Literal(ScalarValue::Utf8(pat))),
                    negated: false,
                    kind: LikeKind::Like,
                })?
            }
            Expr::Function { name, args, .. }
                if matches!(name.as_str(), "regexp_like" | "regexp" | "rlike")
                    && args.len() == 2 =>
            {
                self.bind(&Expr::Like {
                    expr: Box::new(args[0].clone()),
                    pattern: Box::new(args[1].clone()),
                    negated: false,
                    kind: LikeKind::RLike,
                })?
            }
            Expr::Function { name, args, .. }
                if (name == "negative" || name == "negate") && args.len() == 1 =>
            {
                self.bind(&Expr::Negative(Box::new(args[0].clone())))?
            }
            // try_add(a, b) and friends: the operator with Spark's types, NULL where it
            // would fail (overflow, division by zero).
            Expr::Function { name, args, .. }
                if matches!(
                    name.as_str(),
                    "try_add" | "try_subtract" | "try_multiply" | "try_divide" | "try_mod"
                ) =>
            {
                functions::arity(name, args.len(), 2, 2)?;
                let op = match name.as_str() {
                    "try_add" => BinaryOp::Plus,
                    "try_subtract" => BinaryOp::Minus,
                    "try_multiply" => BinaryOp::Multiply,
                    "try_divide" => BinaryOp::Divide,
                    _ => BinaryOp::Modulo,
                };
                let (l, r) = (self.bind(&args[0])?, self.bind(&args[1])?);
                let col = |i: usize, e: &PhysExpr| PhysExpr::Column {
                    index: i,
                    field: std::sync::Arc::new(arrow_schema::Field::new(
                        format!("_{i}"),
                        e.data_type(),
                        true,
                    )),
                };
                // A literal operand stays one: Spark types an integer literal by its digits
                // in decimal arithmetic (`try_multiply(m, 3)`: 3 is decimal(1,0)).
                let arg = |i: usize, e: &PhysExpr| match e {
                    PhysExpr::Literal(_) => e.clone(),
                    _ => col(i, e),
                };
                let inner = binary(op, arg(0, &l), arg(1, &r))?;
                let ty = inner.data_type();
                let schema = std::sync::Arc::new(Schema::new(vec![
                    arrow_schema::Field::new("_0", l.data_type(), true),
                    arrow_schema::Field::new("_1", r.data_type(), true),
                ]));
                let kernel =
                    functions::Kernel::new(
                        functions::registry().get(name).map_or("try", |d| d.name),
                        &expr.sql(),
                        functions::Props {
                            nulls: functions::Nulls::Always,
                            null_intolerant: true,
                            deterministic: true,
                        },
                        move |a, ty, n| {
                            let b = arrow_array::RecordBatch::try_new(schema.clone(), a.to_vec())?;
                            match inner.eval(&b) {
                                Ok(v) => Ok(v),
                                // Row by row: the rows that fail are NULL.
                                Err(_) => {
                                    let mut parts = Vec::with_capacity(n);
                                    for i in 0..n {
                                        parts.push(inner.eval(&b.slice(i, 1)).unwrap_or_else(
                                            |_| arrow_array::new_null_array(ty, 1),
                                        ));
                                    }
                                    let refs: Vec<&dyn arrow_array::Array> =
                                        parts.iter().map(|p| p.as_ref()).collect();
                                    if refs.is_empty() {
                                        return Ok(arrow_array::new_empty_array(ty));
                                    }
                                    Ok(arrow_select::concat::concat(&refs)?)
                                }
                            }
                        },
                    );
                PhysExpr::Scalar {
                    func: kernel,
                    args: vec![l, r],
                    ty,
                }
            }
            Expr::Function { name, args, .. } if name == "positive" && args.len() == 1 => {
                let e = self.bind(&args[0])?;
                let t = e.data_type();
                if !is_numeric(&t) && t != DataType::Null {
                    return Err(type_mismatch(&expr.sql(), "a numeric value", &t));
                }
                e
            }
            Expr::Function {
                name,
                args,
                distinct,
            } => {
                if functions::is_aggregate(name) {
                    return Err(RunnelError::analysis(
                        "MISSING_GROUP_BY",
                        format!(
                            "The aggregate function {} can only be used in groupBy().agg(...), select over a whole DataFrame, or an aggregate query. Move it into an aggregation.",
                            expr.sql()
                        ),
                    ));
                }
                if *distinct {
                    return Err(RunnelError::not_supported(format!(
                        "DISTINCT in the non-aggregate function {name}"
                    )));
                }
                if functions::is_generator(name) {
                    return Err(RunnelError::analysis(
                        "UNSUPPORTED_GENERATOR.OUTSIDE_SELECT",
                        format!(
                            "The generator {} is only allowed in select(); move it there.",
                            expr.sql()
                        ),
                    ));
                }
                if name == "window" || name == "session_window" {
                    return Err(RunnelError::analysis_plain(format!(
                        "{name}() can only be used in groupBy or select; use it there."
                    )));
                }
                if args.iter().any(|a| matches!(a, Expr::Lambda { .. })) {
                    return functions::bind_higher_order(
                        name,
                        args,
                        &expr.sql(),
                        self.schema,
                        &|e, s| Binder { schema: s }.bind(e),
                    );
                }
                let bound: Vec<PhysExpr> = args
                    .iter()
                    .map(|a| self.bind_arg(a))
                    .collect::<Result<_>>()?;
                functions::bind_function(name, bound, args, &expr.sql())?
            }
            Expr::Field(e, f) => struct_field(self.bind(e)?, f)?,
            Expr::Index(e, i) => {
                let base = self.bind(e)?;
                let idx = self.bind(i)?;
                match base.data_type() {
                    DataType::List(_) => PhysExpr::Index {
                        expr: Box::new(base),
                        index: Box::new(coerce_to(idx, &DataType::Int32, "array index")?),
                        ansi: true,
                        one_based: false,
                    },
                    DataType::Struct(_) => match i.as_ref() {
                        Expr::Literal(ScalarValue::Utf8(f)) => struct_field(base, f)?,
                        _ => {
                            return Err(RunnelError::analysis_plain(
                                "a struct field name must be a string literal",
                            ));
                        }
                    },
                    DataType::Map(entries, _) => {
                        // `map[key]`: the value, NULL when the key is absent.
                        let DataType::Struct(kv) = entries.data_type() else {
                            crate::internal_err!("map entries")
                        };
                        let vt = kv[1].data_type().clone();
                        PhysExpr::Scalar {
                            func: functions::Kernel::new(
                                "element_at",
                                &expr.sql(),
                                functions::Props {
                                    nulls: functions::Nulls::Always,
                                    null_intolerant: true,
                                    deterministic: true,
                                },
                                |a, _, _| functions::map_lookup(&a[0], &a[1]),
                            ),
                            args: vec![base, cast_if_needed(idx, kv[0].data_type())],
                            ty: vt,
                        }
                    }
                    other => {
                        return Err(RunnelError::analysis(
                            "INVALID_EXTRACT_BASE_FIELD_TYPE",
                            format!(
                                "Can't extract a value from {}: need a struct, array or map.",
                                types::simple_string(&other)
                            ),
                        ));
                    }
                }
            }
            Expr::Star(_) => {
                return Err(RunnelError::analysis_plain(
                    "'*' is only allowed in select() or count(*)",
                ));
            }
            Expr::Sort { .. } => {
                return Err(RunnelError::analysis_plain(
                    "a sort order is only allowed in orderBy()",
                ));
            }
            Expr::Over { .. } => {
                return Err(RunnelError::analysis(
                    "WINDOW_FUNCTION_NOT_ALLOWED_IN_CLAUSE",
                    format!(
                        "It is not allowed to use the window function {} here. Add it as a column with select() or withColumn(), then use that column.",
                        expr.sql()
                    ),
                ));
            }
        })
    }

    fn bind_arg(&self, e: &Expr) -> Result<PhysExpr> {
        match e {
            Expr::Star(None) => Ok(PhysExpr::Literal(ScalarValue::Int32(1))),
            _ => self.bind(e),
        }
    }
}

fn expr_sql(e: &Expr) -> String {
    match e {
        Expr::Negative(x) => x.sql(),
        _ => e.sql(),
    }
}

/// Binds `left op right` with Spark's result types.
pub fn binary(op: BinaryOp, left: PhysExpr, right: PhysExpr) -> Result<PhysExpr> {
    let (lt, rt) = (left.data_type(), right.data_type());
    let what = || {
        format!(
            "({} {} {})",
            types::simple_string(&lt),
            op.symbol(),
            types::simple_string(&rt)
        )
    };
    // Spark orders no maps: comparing them is refused before anything runs.
    if matches!(
        op,
        BinaryOp::Eq
            | BinaryOp::NotEq
            | BinaryOp::Lt
            | BinaryOp::LtEq
            | BinaryOp::Gt
            | BinaryOp::GtEq
            | BinaryOp::EqNullSafe
    ) && let Some(m) = [&lt, &rt]
        .into_iter()
        .find(|t| matches!(t, DataType::Map(..)))
    {
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.INVALID_ORDERING_TYPE",
            format!(
                "Cannot resolve \"({left} {} {right})\" due to data type mismatch: The `{}` does not support ordering on type \"{}\". Compare the maps' entries instead (map_entries, or element_at for a key).",
                op.symbol(),
                op.symbol(),
                types::sql_name(m)
            ),
        ));
    }
    match op {
        BinaryOp::And | BinaryOp::Or => {
            // Spark's BinaryOperator: operands of two types with no common one (`i AND b`)
            // are BINARY_OP_DIFF_TYPES before any boolean check.
            if lt != rt && wider_type(&lt, &rt).is_none() {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES",
                    format!(
                        "Cannot resolve {} due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"{}\" and \"{}\"). Cast the non-boolean operand to a condition (for example `x <> 0`).",
                        what(),
                        types::sql_name(&lt),
                        types::sql_name(&rt)
                    ),
                ));
            }
            let l = coerce_to(left, &DataType::Boolean, op.symbol())?;
            let r = coerce_to(right, &DataType::Boolean, op.symbol())?;
            Ok(PhysExpr::Binary {
                op,
                left: Box::new(l),
                right: Box::new(r),
                ty: DataType::Boolean,
            })
        }
        BinaryOp::Concat => {
            // Two BINARY values concatenate as BINARY (Spark's Concat); else strings.
            let ty = if lt == DataType::Binary && rt == DataType::Binary {
                DataType::Binary
            } else {
                DataType::Utf8
            };
            let l = coerce_to(left, &ty, "||")?;
            let r = coerce_to(right, &ty, "||")?;
            Ok(PhysExpr::Scalar {
                func: functions::concat_kernel("||", ty == DataType::Binary),
                args: vec![l, r],
                ty,
            })
        }
        // date / timestamp ± year-month interval (Spark's DateAddYMInterval,
        // TimestampAddYMInterval): months added, the day clamped to the month's end.
        BinaryOp::Plus | BinaryOp::Minus
            if matches!(
                lt,
                DataType::Timestamp(..) | DataType::Utf8 | DataType::Date32
            ) && matches!(
                rt,
                DataType::Interval(arrow_schema::IntervalUnit::YearMonth)
            ) =>
        {
            let base = if matches!(lt, DataType::Utf8) {
                coerce_to(left, &types::timestamp_type(), op.symbol())?
            } else {
                left
            };
            let ty = base.data_type();
            let sign = if op == BinaryOp::Minus { -1 } else { 1 };
            let sql = format!("{base} {} {right}", op.symbol());
            let kernel = functions::Kernel::new(
                "add_ym_interval",
                &sql,
                functions::Props {
                    nulls: functions::Nulls::Always,
                    null_intolerant: true,
                    deterministic: true,
                },
                move |a: &[arrow_array::ArrayRef],
                      ty: &DataType,
                      _n: usize|
                      -> Result<arrow_array::ArrayRef> {
                    use arrow_array::Array;
                    use arrow_array::cast::AsArray;
                    use arrow_array::types::{
                        Date32Type, IntervalYearMonthType, TimestampMicrosecondType,
                    };
                    let m = a[1].as_primitive::<IntervalYearMonthType>();
                    let months =
                        |i: usize| (!m.is_null(i)).then(|| m.value(i).saturating_mul(sign));
                    Ok(match ty {
                        DataType::Date32 => {
                            let d = a[0].as_primitive::<Date32Type>();
                            let out: arrow_array::Date32Array = (0..d.len())
                                .map(|i| {
                                    let k = months(i)?;
                                    (!d.is_null(i))
                                        .then(|| functions::datetime::add_months(d.value(i), k))
                                })
                                .collect();
                            std::sync::Arc::new(out)
                        }
                        _ => {
                            // Spark's timestampAddMonths: the months move the
                            // wall-clock time in the session time zone (a
                            // TIMESTAMP_NTZ's own wall-clock time: UTC).
                            let ntz = matches!(ty, DataType::Timestamp(_, None));
                            let zone = match ntz {
                                true => crate::temporal::Zone::UTC,
                                false => crate::temporal::session_zone(),
                            };
                            let t = a[0].as_primitive::<TimestampMicrosecondType>();
                            let out: arrow_array::TimestampMicrosecondArray = (0..t.len())
                                .map(|i| {
                                    let k = months(i)?;
                                    if t.is_null(i) {
                                        return None;
                                    }
                                    functions::datetime::timestamp_add(
                                        -1,
                                        k as i64,
                                        t.value(i),
                                        zone,
                                    )
                                })
                                .collect();
                            match ntz {
                                true => std::sync::Arc::new(out),
                                false => std::sync::Arc::new(out.with_timezone("UTC")),
                            }
                        }
                    })
                },
            );
            Ok(PhysExpr::Scalar {
                func: kernel,
                args: vec![base, right],
                ty,
            })
        }
        BinaryOp::Plus
            if matches!(
                lt,
                DataType::Interval(arrow_schema::IntervalUnit::YearMonth)
            ) && matches!(rt, DataType::Timestamp(..) | DataType::Date32) =>
        {
            binary(op, right, left)
        }
        // date ± a whole-day interval (INTERVAL n DAY): a date, as Spark's
        // DateAdd(date, ExtractANSIIntervalDays(interval)).
        BinaryOp::Plus | BinaryOp::Minus
            if lt == DataType::Date32
                && matches!(right, PhysExpr::Literal(ScalarValue::DayTime(_, 0, 0))) =>
        {
            let PhysExpr::Literal(ScalarValue::DayTime(us, _, _)) = right else {
                crate::internal_err!("a day interval literal");
            };
            let days = us / 86_400_000_000;
            let days = if op == BinaryOp::Minus { -days } else { days };
            let Ok(days) = i32::try_from(days) else {
                return Err(RunnelError::execution(
                    "DATETIME_OVERFLOW",
                    format!(
                        "Datetime operation overflow: {} days. Use fewer days.",
                        days
                    ),
                ));
            };
            let sql = format!("{left} {} {right}", op.symbol());
            let kernel = functions::Kernel::new(
                "date_add_interval",
                &sql,
                functions::Props {
                    nulls: functions::Nulls::AnyArg,
                    null_intolerant: true,
                    deterministic: true,
                },
                move |a: &[arrow_array::ArrayRef],
                      _ty: &DataType,
                      _n: usize|
                      -> Result<arrow_array::ArrayRef> {
                    use arrow_array::cast::AsArray;
                    use arrow_array::types::Date32Type;
                    Ok(std::sync::Arc::new(
                        a[0].as_primitive::<Date32Type>()
                            .unary::<_, Date32Type>(|d| d.wrapping_add(days)),
                    ))
                },
            );
            Ok(PhysExpr::Scalar {
                func: kernel,
                args: vec![left],
                ty: DataType::Date32,
            })
        }
        // date - date (Spark's SubtractDates): an `interval day`; a timestamp, date or
        // string minus a timestamp, or a timestamp minus a date or string (Spark's
        // SubtractTimestamps, the other side cast to a timestamp): an `interval day to
        // second`, the difference of the two local date-times in the session time zone
        // (UTC for two TIMESTAMP_NTZ), as Spark's `subtractTimestamps`.
        BinaryOp::Minus if datetime_difference(&lt, &rt).is_some() => {
            let dates = datetime_difference(&lt, &rt) == Some(true);
            let sql = format!("{left} - {right}");
            let (l, r) = if dates {
                (
                    coerce_to(left, &DataType::Date32, "-")?,
                    coerce_to(right, &DataType::Date32, "-")?,
                )
            } else if matches!(
                (&lt, &rt),
                (DataType::Timestamp(_, None), DataType::Timestamp(_, None))
            ) {
                (left, right)
            } else {
                let ts = types::timestamp_type();
                (coerce_to(left, &ts, "-")?, coerce_to(right, &ts, "-")?)
            };
            let zoned = matches!(l.data_type(), DataType::Timestamp(_, Some(_)));
            let kernel = functions::Kernel::new(
                if dates {
                    "subtract_dates"
                } else {
                    "subtract_timestamps"
                },
                &sql,
                functions::Props {
                    nulls: functions::Nulls::AnyArg,
                    null_intolerant: true,
                    deterministic: true,
                },
                move |a: &[arrow_array::ArrayRef],
                      _ty: &DataType,
                      _n: usize|
                      -> Result<arrow_array::ArrayRef> {
                    use crate::temporal::US_PER_DAY;
                    use arrow_array::cast::AsArray;
                    use arrow_array::types::{Date32Type, TimestampMicrosecondType};
                    let out: arrow_array::DurationMicrosecondArray = if dates {
                        arrow_arith::arity::binary(
                            a[0].as_primitive::<Date32Type>(),
                            a[1].as_primitive::<Date32Type>(),
                            |x, y| (x as i64 - y as i64) * US_PER_DAY,
                        )?
                    } else {
                        let zone = zoned.then(crate::temporal::session_zone);
                        let local = |t: i64| zone.map_or(t, |z| z.to_local(t));
                        arrow_arith::arity::try_binary(
                            a[0].as_primitive::<TimestampMicrosecondType>(),
                            a[1].as_primitive::<TimestampMicrosecondType>(),
                            |x, y| {
                                local(x).checked_sub(local(y)).ok_or_else(|| {
                                    arrow_schema::ArrowError::ArithmeticOverflow(
                                        "timestamp - timestamp is out of range".into(),
                                    )
                                })
                            },
                        )?
                    };
                    Ok(std::sync::Arc::new(out))
                },
            );
            Ok(PhysExpr::Scalar {
                func: kernel,
                args: vec![l, r],
                ty: DataType::Duration(arrow_schema::TimeUnit::Microsecond),
            })
        }
        // timestamp ± day-time interval (Spark's TimestampAddInterval): a timestamp.
        BinaryOp::Plus | BinaryOp::Minus
            if matches!(
                lt,
                DataType::Timestamp(..) | DataType::Utf8 | DataType::Date32
            ) && matches!(rt, DataType::Duration(_)) =>
        {
            let ts = if matches!(lt, DataType::Timestamp(..)) {
                left
            } else {
                coerce_to(left, &types::timestamp_type(), op.symbol())?
            };
            let ty = ts.data_type();
            Ok(PhysExpr::Binary {
                op,
                left: Box::new(ts),
                right: Box::new(right),
                ty,
            })
        }
        BinaryOp::Plus
            if matches!(lt, DataType::Duration(_)) && matches!(rt, DataType::Timestamp(..)) =>
        {
            binary(op, right, left)
        }
        // interval ± interval of one kind (Spark's Add/Subtract on ANSI intervals): the
        // wider fields (`INTERVAL 1 DAY - INTERVAL 2 HOURS` is an `interval day to hour`).
        BinaryOp::Plus | BinaryOp::Minus if is_ansi_interval(&lt) && is_ansi_interval(&rt) => {
            if lt != rt {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                    format!(
                        "Cannot resolve {} due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"{}\" and \"{}\"). Year-month and day-time intervals do not mix; use one kind.",
                        what(),
                        types::sql_name(&lt),
                        types::sql_name(&rt)
                    ),
                ));
            }
            Ok(PhysExpr::Binary {
                op,
                left: Box::new(left),
                right: Box::new(right),
                ty: lt,
            })
        }
        // number * interval: Spark's MultiplyDTInterval / MultiplyYMInterval, interval first.
        BinaryOp::Multiply
            if (types::is_numeric(&lt) || lt == DataType::Null) && is_ansi_interval(&rt) =>
        {
            binary(op, right, left)
        }
        BinaryOp::Multiply | BinaryOp::Divide
            if is_ansi_interval(&lt) && (types::is_numeric(&rt) || rt == DataType::Null) =>
        {
            interval_by_number(op, left, right)
        }
        _ if op.is_comparison() => {
            let ty = comparison_type(&lt, &rt).ok_or_else(|| {
                RunnelError::analysis(
                    "DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES",
                    format!("Cannot resolve {} due to data type mismatch: the two sides have different types. Cast one side to the other's type.", what()),
                )
            })?;
            Ok(PhysExpr::Binary {
                op,
                left: Box::new(cast_if_needed(left, &ty)),
                right: Box::new(cast_if_needed(right, &ty)),
                ty: DataType::Boolean,
            })
        }
        _ => {
            // Arithmetic. Timestamps minus timestamps and date arithmetic are not covered here.
            // A string next to a number is cast first (ANSI string promotion: BIGINT or
            // DOUBLE), then the operator's own casts apply (`'3' / 2` is a DOUBLE of a
            // BIGINT, so `'3.5' / 2` fails as Spark's does).
            let (left, right, la, ra) = match super::coerce::string_promotion(&lt, &rt) {
                Some(p) => (
                    cast_if_needed(left, &p),
                    cast_if_needed(right, &p),
                    p.clone(),
                    p,
                ),
                None => (left, right, lt.clone(), rt.clone()),
            };
            if la != ra
                && la != DataType::Null
                && ra != DataType::Null
                && (!is_numeric(&la) || !is_numeric(&ra))
            {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES",
                    format!(
                        "Cannot resolve {} due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"{}\" and \"{}\"). Cast one operand to the other's type (for a timestamp, add an interval: ts + INTERVAL 1 SECOND).",
                        what(),
                        types::sql_name(&la),
                        types::sql_name(&ra)
                    ),
                ));
            }
            for t in [&la, &ra] {
                if !is_numeric(t) && *t != DataType::Null {
                    return Err(RunnelError::analysis(
                        "DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE",
                        format!(
                            "Cannot resolve {} due to data type mismatch: '{}' requires numeric operands, not {}. Cast the operand to a number first.",
                            what(),
                            op.symbol(),
                            types::simple_string(t)
                        ),
                    ));
                }
            }
            // Decimals with decimals or integers: exact, with Spark's result types.
            let is_dec = |t: &DataType| matches!(t, DataType::Decimal128(..));
            let is_float = |t: &DataType| {
                matches!(t, DataType::Float16 | DataType::Float32 | DataType::Float64)
            };
            if matches!(
                op,
                BinaryOp::Plus
                    | BinaryOp::Minus
                    | BinaryOp::Multiply
                    | BinaryOp::Divide
                    | BinaryOp::Modulo
            ) && (is_dec(&la) || is_dec(&ra))
                && !is_float(&la)
                && !is_float(&ra)
                && let (Some(a), Some(b)) = (
                    super::decimal::promoted(&left),
                    super::decimal::promoted(&right),
                )
            {
                let sql = format!("({left} {} {right})", op.symbol());
                return super::decimal::arithmetic(op, &sql, left, right, a, b);
            }
            let common = wider_type(&la, &ra).unwrap_or(DataType::Float64);
            let common = if common == DataType::Null {
                DataType::Int32
            } else {
                common
            };
            if matches!(common, DataType::Decimal128(..)) {
                // Decimal arithmetic follows Spark's precision rules, which Runnel approximates with doubles.
                if op == BinaryOp::Divide
                    || !matches!(
                        (&la, &ra),
                        (DataType::Decimal128(..), DataType::Decimal128(..))
                    )
                {
                    let f = DataType::Float64;
                    return Ok(PhysExpr::Binary {
                        op,
                        left: Box::new(cast_if_needed(left, &f)),
                        right: Box::new(cast_if_needed(right, &f)),
                        ty: f,
                    });
                }
            }
            let (operand, result) = match op {
                BinaryOp::Divide => (DataType::Float64, DataType::Float64),
                BinaryOp::IntDivide => (DataType::Int64, DataType::Int64),
                _ => (common.clone(), common),
            };
            Ok(PhysExpr::Binary {
                op,
                left: Box::new(cast_if_needed(left, &operand)),
                right: Box::new(cast_if_needed(right, &operand)),
                ty: result,
            })
        }
    }
}

fn comparison_type(l: &DataType, r: &DataType) -> Option<DataType> {
    match (l, r) {
        (a, b) if a == b => Some(a.clone()),
        (DataType::Utf8, DataType::Timestamp(..)) | (DataType::Timestamp(..), DataType::Utf8) => {
            Some(types::timestamp_type())
        }
        (DataType::Utf8, DataType::Date32) | (DataType::Date32, DataType::Utf8) => {
            Some(DataType::Date32)
        }
        (DataType::Utf8, t) | (t, DataType::Utf8) if is_numeric(t) => {
            // ANSI: the string becomes the numeric type (bigint for integers, double otherwise).
            Some(if is_integral(t) {
                DataType::Int64
            } else {
                DataType::Float64
            })
        }
        (DataType::Boolean, DataType::Utf8) | (DataType::Utf8, DataType::Boolean) => {
            Some(DataType::Boolean)
        }
        _ => wider_type(l, r),
    }
}

pub(crate) use crate::types::is_ansi_interval;

/// `interval * number` and `interval / number` (Spark's MultiplyDTInterval,
/// DivideDTInterval, MultiplyYMInterval, DivideYMInterval): the interval's microseconds or
/// months times or over the number, rounded HALF_UP; an interval of the same kind
/// (DAY TO SECOND, YEAR TO MONTH). Dividing by zero is INTERVAL_DIVIDED_BY_ZERO, a result
/// beyond the interval's range INTERVAL_ARITHMETIC_OVERFLOW (both ArithmeticException).
fn interval_by_number(op: BinaryOp, left: PhysExpr, right: PhysExpr) -> Result<PhysExpr> {
    use arrow_array::cast::AsArray;
    use arrow_array::types::{
        Decimal128Type, DurationMicrosecondType, Float64Type, Int64Type, IntervalYearMonthType,
    };
    let ty = left.data_type();
    let year_month = matches!(ty, DataType::Interval(_));
    // The number as Spark reads it: integral as a long, floating as a double, a decimal
    // as itself.
    let num_ty = match right.data_type() {
        DataType::Float32 | DataType::Float64 | DataType::Null => DataType::Float64,
        t @ DataType::Decimal128(..) => t,
        _ => DataType::Int64,
    };
    let right = cast_if_needed(right, &num_ty);
    let divide = op == BinaryOp::Divide;
    let sql = format!("({left} {} {right})", op.symbol());
    let kernel = functions::Kernel::new(
        if divide {
            "interval_divide"
        } else {
            "interval_multiply"
        },
        &sql,
        functions::Props {
            nulls: functions::Nulls::AnyArg,
            null_intolerant: true,
            deterministic: true,
        },
        move |a: &[arrow_array::ArrayRef],
              _ty: &DataType,
              n: usize|
              -> Result<arrow_array::ArrayRef> {
            // Java's Math.multiplyExact / toIntExact, which Spark lets through as they are.
            let overflow = || {
                RunnelError::execution_plain(if year_month {
                    "integer overflow"
                } else {
                    "long overflow"
                })
                .with_exception("ArithmeticException")
            };
            let by_zero = || {
                RunnelError::execution(
                    "INTERVAL_DIVIDED_BY_ZERO",
                    "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead.",
                )
            };
            // HALF_UP of p / q (q != 0): the decimal arithmetic's rounding.
            let div_half_up = |p: i128, q: i128| -> Result<i128> {
                use arrow_buffer::i256;
                crate::expr::decimal::div_half_up(i256::from_i128(p), i256::from_i128(q))
                    .to_i128()
                    .ok_or_else(overflow)
            };
            let value = |i: usize| -> Option<i128> {
                if a[0].is_null(i) {
                    return None;
                }
                Some(if year_month {
                    a[0].as_primitive::<IntervalYearMonthType>().value(i) as i128
                } else {
                    a[0].as_primitive::<DurationMicrosecondType>().value(i) as i128
                })
            };
            let mut out: Vec<Option<i128>> = Vec::with_capacity(n);
            for i in 0..n {
                let (Some(v), false) = (value(i), a[1].is_null(i)) else {
                    out.push(None);
                    continue;
                };
                let r: i128 = match a[1].data_type() {
                    DataType::Float64 => {
                        let x = a[1].as_primitive::<Float64Type>().value(i);
                        if divide && x == 0.0 {
                            return Err(by_zero());
                        }
                        let f = if divide { v as f64 / x } else { v as f64 * x };
                        // Guava's DoubleMath.roundToLong(f, HALF_UP).
                        let f = f.round();
                        if !f.is_finite() || f.abs() >= 9.223_372_036_854_776e18 {
                            return Err(overflow());
                        }
                        f as i128
                    }
                    DataType::Decimal128(_, s) => {
                        let x = a[1].as_primitive::<Decimal128Type>().value(i);
                        let scale = 10i128.pow(*s as u32);
                        if divide {
                            if x == 0 {
                                return Err(by_zero());
                            }
                            div_half_up(v.checked_mul(scale).ok_or_else(overflow)?, x)?
                        } else {
                            div_half_up(v.checked_mul(x).ok_or_else(overflow)?, scale)?
                        }
                    }
                    _ => {
                        let x = a[1].as_primitive::<Int64Type>().value(i) as i128;
                        if divide {
                            if x == 0 {
                                return Err(by_zero());
                            }
                            div_half_up(v, x)?
                        } else {
                            v * x
                        }
                    }
                };
                out.push(Some(r));
            }
            Ok(if year_month {
                let v = out
                    .into_iter()
                    .map(|x| {
                        x.map(|r| i32::try_from(r).map_err(|_| overflow()))
                            .transpose()
                    })
                    .collect::<Result<arrow_array::IntervalYearMonthArray>>()?;
                std::sync::Arc::new(v)
            } else {
                let v = out
                    .into_iter()
                    .map(|x| {
                        x.map(|r| i64::try_from(r).map_err(|_| overflow()))
                            .transpose()
                    })
                    .collect::<Result<arrow_array::DurationMicrosecondArray>>()?;
                std::sync::Arc::new(v)
            })
        },
    );
    Ok(PhysExpr::Scalar {
        func: kernel,
        args: vec![left, right],
        ty,
    })
}

/// Whether `l - r` is a difference of datetimes, as Spark's type coercion makes it:
/// Some(true) for two dates (or a date and a string), Some(false) for a timestamp with
/// a timestamp, date or string, None otherwise.
fn datetime_difference(l: &DataType, r: &DataType) -> Option<bool> {
    use DataType::{Date32, Timestamp, Utf8};
    match (l, r) {
        (Date32, Date32) | (Date32, Utf8) | (Utf8, Date32) => Some(true),
        (Timestamp(..), Timestamp(..) | Date32 | Utf8) | (Date32 | Utf8, Timestamp(..)) => {
            Some(false)
        }
        _ => None,
    }
}
