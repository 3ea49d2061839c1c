//! DataFrame methods that reshape or relabel columns without aggregating: `to(schema)`
//! (Spark's `Project.matchSchema`), `colRegex`, `withMetadata` and `toJSON`.

use arrow_schema::{Field, Schema};

use super::dataframe::DataFrame;
use super::na::quoted;
use crate::error::{Result, RunnelError};
use crate::expr::{Expr, func};
use crate::scalar::ScalarValue;
use crate::types;

pub use super::dataframe::COL_REGEX;

fn field_path(path: &[String]) -> String {
    path.iter()
        .map(|p| format!("`{p}`"))
        .collect::<Vec<_>>()
        .join(".")
}

/// Spark's `Project.reorderFields`: for each expected field, the one input field of its
/// name (case-insensitive) reconciled to it, NULL for a missing nullable one.
fn reorder(
    have: &[(String, Expr, &Field)],
    want: &arrow_schema::Fields,
    path: &[String],
) -> Result<Vec<Expr>> {
    let mut out = Vec::new();
    for f in want {
        let matched: Vec<&(String, Expr, &Field)> = have
            .iter()
            .filter(|(n, _, _)| n.eq_ignore_ascii_case(f.name()))
            .collect();
        let names = || {
            have.iter()
                .map(|(n, _, _)| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push(match matched.as_slice() {
            [] if f.is_nullable() => Expr::Literal(ScalarValue::Null(f.data_type().clone())),
            [] if path.is_empty() => {
                return Err(RunnelError::analysis(
                    "UNRESOLVED_COLUMN.WITH_SUGGESTION",
                    format!(
                        "A column, variable, or function parameter with name `{}` cannot be resolved. Did you mean one of the following? [{}]. Make the field nullable or give the DataFrame the column.",
                        f.name(),
                        names()
                    ),
                ));
            }
            [] => {
                return Err(RunnelError::analysis(
                    "UNRESOLVED_FIELD.WITH_SUGGESTION",
                    format!(
                        "A field with name `{}` cannot be resolved with the struct-type column {}. Did you mean one of the following? [{}]. Make the field nullable or give the struct the field.",
                        f.name(),
                        field_path(path),
                        names()
                    ),
                ));
            }
            [(name, e, h)] => {
                let mut p = path.to_vec();
                p.push(name.clone());
                reconcile(e.clone(), h, f, &p)?
            }
            many => {
                let mut p = path.to_vec();
                p.push(f.name().clone());
                return Err(RunnelError::analysis(
                    "AMBIGUOUS_COLUMN_OR_FIELD",
                    format!(
                        "Column or field {} is ambiguous and has {} matches. Rename the columns apart first.",
                        field_path(&p),
                        many.len()
                    ),
                ));
            }
        });
    }
    Ok(out)
}

/// Spark's `Project.reconcileColumnType`: `e` (of `have`) as the type of `want`; a struct
/// field by field (NULL stays NULL), other types cast where ANSI store assignment allows.
fn reconcile(e: Expr, have: &Field, want: &Field, path: &[String]) -> Result<Expr> {
    if have.is_nullable() && !want.is_nullable() {
        return Err(RunnelError::analysis(
            "NULLABLE_COLUMN_OR_FIELD",
            format!(
                "Column or field {} is nullable while it's required to be non-nullable. Filter out the NULLs (or fill them) first, or make the field nullable.",
                field_path(path)
            ),
        ));
    }
    match (have.data_type(), want.data_type()) {
        (a, b) if a == b => Ok(e),
        (arrow_schema::DataType::Struct(hs), arrow_schema::DataType::Struct(ws)) => {
            let inner: Vec<(String, Expr, &Field)> = hs
                .iter()
                .map(|h| {
                    (
                        h.name().clone(),
                        Expr::Field(Box::new(e.clone()), h.name().clone()),
                        h.as_ref(),
                    )
                })
                .collect();
            let values = reorder(&inner, ws, path)?;
            let mut args = Vec::new();
            for (w, v) in ws.iter().zip(values) {
                args.push(Expr::Literal(ScalarValue::Utf8(w.name().clone())));
                args.push(v);
            }
            let built = func("named_struct", args);
            Ok(if have.is_nullable() {
                Expr::Case {
                    operand: None,
                    branches: vec![(
                        Expr::IsNull(Box::new(e)),
                        Expr::Literal(ScalarValue::Null(want.data_type().clone())),
                    )],
                    otherwise: Some(Box::new(built)),
                }
            } else {
                built
            })
        }
        (a, b) if super::catalog::can_ansi_store_assign(a, b) => Ok(Expr::Cast {
            expr: Box::new(e),
            to: b.clone(),
            try_: false,
        }),
        (a, b) => Err(RunnelError::analysis(
            "INVALID_COLUMN_OR_FIELD_DATA_TYPE",
            format!(
                "Column or field {} is of type \"{}\" while it's required to be \"{}\". Cast the column first, or ask for a type it can be stored as.",
                field_path(path),
                types::sql_name(a),
                types::sql_name(b)
            ),
        )),
    }
}

impl DataFrame {
    /// `to(schema)`: the columns of `schema` in its order, found by name (case-insensitive),
    /// cast where ANSI store assignment allows, NULL for a missing nullable one; Spark's
    /// NULLABLE_COLUMN_OR_FIELD, INVALID_COLUMN_OR_FIELD_DATA_TYPE and UNRESOLVED_COLUMN
    /// otherwise.
    pub fn to_schema(&self, schema: &Schema) -> Result<DataFrame> {
        let have = self.schema();
        let fields: Vec<(String, Expr, &Field)> = have
            .fields()
            .iter()
            .map(|f| (f.name().clone(), quoted(f.name()), f.as_ref()))
            .collect();
        let out = reorder(&fields, schema.fields(), &[])?
            .into_iter()
            .zip(schema.fields())
            .map(|(e, f)| e.alias(f.name()))
            .collect();
        self.select(out)
    }

    /// `colRegex(name)`: a column named `` `regex` `` stands for the columns whose whole
    /// name the regex matches (case-insensitive, as Spark's `UnresolvedRegex`); any other
    /// name is that column.
    pub fn col_regex(&self, name: &str) -> Result<Expr> {
        match regex_of(name) {
            None => Ok(quoted(&super::na::resolve(self, name)?)),
            Some(re) => {
                let picked = self.regex_columns(&re)?;
                Ok(match picked.as_slice() {
                    [one] => quoted(one),
                    _ => func(COL_REGEX, vec![Expr::Literal(ScalarValue::Utf8(re))]),
                })
            }
        }
    }

    /// The columns whose whole name `regex` matches, case-insensitively.
    pub(crate) fn regex_columns(&self, regex: &str) -> Result<Vec<String>> {
        if has_possessive(regex) {
            return Err(RunnelError::not_supported(format!(
                "colRegex: `{regex}` uses a possessive quantifier (?+, *+, ++ or {{n}}+), which Runnel's regular expressions do not have (they would match other columns than Java's). Write the pattern without it, e.g. pick the columns with a list of names."
            )));
        }
        let re = regex::Regex::new(&format!("(?is)^(?:{regex})$")).map_err(|e| {
            RunnelError::analysis(
                "INVALID_REGEX",
                format!("colRegex: `{regex}` is not a regular expression Runnel reads: {e}"),
            )
        })?;
        Ok(self
            .columns()
            .into_iter()
            .filter(|c| re.is_match(c))
            .collect())
    }

    /// `withMetadata(columnName, metadata)`: the column with `metadata` (a JSON object)
    /// as its metadata.
    pub fn with_metadata(&self, name: &str, metadata: &serde_json::Value) -> Result<DataFrame> {
        let name = super::na::resolve(self, name)?;
        let text = serde_json::to_string(metadata)
            .map_err(|e| RunnelError::internal(format!("metadata as JSON: {e}")))?;
        let fields: Vec<Field> = self
            .schema()
            .fields()
            .iter()
            .map(|f| {
                if f.name() == &name {
                    // The metadata replaced whole (a COMMENT too, as Spark's withMetadata);
                    // a "comment" in it is the column's comment.
                    let mut md = f.metadata().clone();
                    md.remove(types::COMMENT_KEY);
                    if let Some(c) = metadata.get(types::COMMENT_KEY).and_then(|c| c.as_str()) {
                        md.insert(types::COMMENT_KEY.to_string(), c.to_string());
                    }
                    md.insert(types::METADATA_KEY.to_string(), text.clone());
                    f.as_ref().clone().with_metadata(md)
                } else {
                    f.as_ref().clone()
                }
            })
            .collect();
        Ok(self.with_fields(fields))
    }

    /// `toJSON()`: each row as a JSON object in one STRING column `value`
    /// (`to_json(struct(*))`, as Spark's JacksonGenerator writes rows).
    pub fn to_json(&self) -> Result<DataFrame> {
        self.select(vec![
            func("to_json", vec![func("struct", vec![Expr::Star(None)])]).alias("value"),
        ])
    }
}

/// Whether `re` has a Java possessive quantifier (`X?+`, `X*+`, `X++`, `X{n}+`): a
/// quantifier directly followed by `+`, outside a character class and not escaped.
fn has_possessive(re: &str) -> bool {
    let b = re.as_bytes();
    let (mut i, mut class) = (0, false);
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' if !class => class = true,
            b']' if class => class = false,
            b'?' if !class && i > 0 && b[i - 1] == b'(' => {}
            b'?' | b'*' | b'+' | b'}' if !class && b.get(i + 1) == Some(&b'+') => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// The column `transpose(indexColumn)` names: a column (an alias of one too), else
/// Spark's TRANSPOSE_INVALID_INDEX_COLUMN.
pub fn transpose_index_column(e: Expr) -> Result<String> {
    match e.strip_alias() {
        Expr::Column(c) | Expr::ColumnFrom(_, c) => Ok(c),
        other => Err(RunnelError::analysis(
            "TRANSPOSE_INVALID_INDEX_COLUMN",
            format!(
                "Invalid index column for TRANSPOSE because: {} is not a column. Name a column of the DataFrame.",
                other.sql()
            ),
        )),
    }
}

/// The regex of a `` `regex` `` name (Spark's `escapedIdentifier`), None for a plain name.
pub fn regex_of(name: &str) -> Option<String> {
    let inner = name.strip_prefix('`')?.strip_suffix('`')?;
    (!inner.is_empty()).then(|| inner.to_string())
}

/// Spark's `TypeCoercion.findTightestCommonType` of the types `transpose` meets: the
/// same type, NULL with any, the wider of two non-decimal numbers, a date with a
/// timestamp.
fn tightest_common(
    a: &arrow_schema::DataType,
    b: &arrow_schema::DataType,
) -> Option<arrow_schema::DataType> {
    use arrow_schema::DataType as T;
    let rank = types::int_float_rank;
    match (a, b) {
        _ if a == b => Some(a.clone()),
        (T::Null, t) | (t, T::Null) => Some(t.clone()),
        (x, y) if rank(x).is_some() && rank(y).is_some() => Some(if rank(x) >= rank(y) {
            x.clone()
        } else {
            y.clone()
        }),
        // An integral with a decimal that holds all its digits (`t2.isWiderThan(t1)`).
        (i, d @ T::Decimal128(p, s)) | (d @ T::Decimal128(p, s), i)
            if crate::expr::cast::integral_decimal(i)
                .is_some_and(|(ip, _)| *p as i32 - *s as i32 >= ip as i32) =>
        {
            Some(d.clone())
        }
        (T::Date32, t @ T::Timestamp(..)) | (t @ T::Timestamp(..), T::Date32) => Some(t.clone()),
        (T::Timestamp(u, _), T::Timestamp(..)) => Some(T::Timestamp(*u, Some("UTC".into()))),
        _ => None,
    }
}

impl DataFrame {
    /// `transpose(indexColumn)`: one row per non-index column (its name under `key`),
    /// one column per row whose index is not NULL, named by the index as text, in the
    /// index's order (Spark's `ResolveTranspose`: the values as their tightest common
    /// type, at most `spark.sql.transposeMaxValues` rows).
    pub fn transpose(&self, index: Option<&str>) -> Result<DataFrame> {
        let schema = self.schema();
        let index = match index {
            Some(n) => super::na::resolve(self, n)?,
            None => match schema.fields().first() {
                Some(f) => f.name().clone(),
                None => {
                    return Err(RunnelError::analysis(
                        "TRANSPOSE_INVALID_INDEX_COLUMN",
                        "Invalid index column for TRANSPOSE because: the DataFrame has no columns. Transpose a DataFrame with columns.",
                    ));
                }
            },
        };
        let (pos, index_field) = schema
            .fields()
            .iter()
            .enumerate()
            .find(|(_, f)| f.name() == &index)
            .ok_or_else(|| RunnelError::internal("transpose: the index column"))?;
        if matches!(
            index_field.data_type(),
            arrow_schema::DataType::List(_)
                | arrow_schema::DataType::LargeList(_)
                | arrow_schema::DataType::Map(..)
                | arrow_schema::DataType::Struct(_)
        ) {
            return Err(RunnelError::analysis(
                "TRANSPOSE_INVALID_INDEX_COLUMN",
                format!(
                    "Invalid index column for TRANSPOSE because: Index column must be of atomic type, but found: {}. Pick a column of numbers, strings or dates as the index.",
                    types::sql_name(index_field.data_type())
                ),
            ));
        }
        let others: Vec<&std::sync::Arc<Field>> = schema
            .fields()
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != pos)
            .map(|(_, f)| f)
            .collect();
        let mut common: Option<arrow_schema::DataType> = None;
        for f in &others {
            common = Some(match common {
                None => f.data_type().clone(),
                Some(c) => tightest_common(&c, f.data_type()).ok_or_else(|| {
                    RunnelError::analysis(
                        "TRANSPOSE_NO_LEAST_COMMON_TYPE",
                        format!(
                            "Transpose requires non-index columns to share a least common type, but \"{}\" and \"{}\" do not. Cast the columns to one type first.",
                            types::sql_name(&c),
                            types::sql_name(f.data_type())
                        ),
                    )
                })?,
            });
        }
        let common = common.unwrap_or(arrow_schema::DataType::Utf8);
        let max = self
            .session
            .conf_get("spark.sql.transposeMaxValues")
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(500);
        let mut picked = vec![
            Expr::Cast {
                expr: Box::new(quoted(&index)),
                to: arrow_schema::DataType::Utf8,
                try_: false,
            }
            .alias("__index"),
        ];
        picked.extend(others.iter().map(|f| {
            Expr::Cast {
                expr: Box::new(quoted(f.name())),
                to: common.clone(),
                try_: false,
            }
            .alias(f.name())
        }));
        let rows = self
            .filter(Expr::IsNotNull(Box::new(quoted(&index))))?
            .order_by(vec![quoted(&index)])?
            .select(picked)?
            .collect()?;
        let total: usize = rows.iter().map(|b| b.num_rows()).sum();
        if total > max {
            return Err(RunnelError::analysis(
                "TRANSPOSE_EXCEED_ROW_LIMIT",
                format!(
                    "Number of rows exceeds the allowed limit of {max} for TRANSPOSE. If this was intended, set spark.sql.transposeMaxValues to at least the current row count."
                ),
            ));
        }
        let mut fields = vec![Field::new("key", arrow_schema::DataType::Utf8, false)];
        let mut out: Vec<Vec<ScalarValue>> = others
            .iter()
            .map(|f| vec![ScalarValue::Utf8(f.name().clone())])
            .collect();
        for b in &rows {
            for r in 0..b.num_rows() {
                let name = match ScalarValue::try_from_array(b.column(0).as_ref(), r)? {
                    ScalarValue::Utf8(s) => s,
                    _ => String::new(),
                };
                fields.push(Field::new(name, common.clone(), true));
                for (j, row) in out.iter_mut().enumerate() {
                    row.push(ScalarValue::try_from_array(b.column(j + 1).as_ref(), r)?);
                }
            }
        }
        if others.is_empty() {
            // No columns to transpose: the index's names, no rows (as Spark).
            out.clear();
        }
        self.session
            .create_data_frame(&out, std::sync::Arc::new(Schema::new(fields)))
    }
}

impl DataFrame {
    /// `localCheckpoint()` / `checkpoint()` on one machine: the rows, computed now and
    /// held (the plan above them starts from them).
    pub fn materialize(&self) -> Result<DataFrame> {
        if self.is_streaming() {
            return Err(RunnelError::analysis(
                "_LEGACY_ERROR_TEMP_3102",
                "Queries with streaming sources must be executed with writeStream.start(); checkpoint the batch DataFrame inside foreachBatch.",
            ));
        }
        let batches = self.collect()?;
        Ok(self
            .session
            .create_data_frame_from_batches(self.schema(), batches))
    }

    /// What `sameSemantics` compares and `semanticHash` hashes: the optimized plan as
    /// text (Spark canonicalizes its plan; two DataFrames whose plans optimize to the
    /// same operators compute the same rows).
    pub fn semantic_text(&self) -> String {
        let optimized = crate::planner::optimize::optimize(&self.plan);
        canonical(&optimized)
    }

    /// `semanticHash()`: a hash of [`DataFrame::semantic_text`] (not Spark's number).
    pub fn semantic_hash(&self) -> i32 {
        crate::expr::functions::hash::murmur3_bytes(self.semantic_text().as_bytes(), 42)
    }
}

/// A plan as text without the projections that pass every column through unchanged
/// (Spark's canonical plans drop them too).
fn canonical(p: &super::plan::Plan) -> String {
    use super::plan::Node;
    use crate::expr::phys::PhysExpr;
    if let Node::Project { input, exprs } = &p.node {
        let fields = input.schema.fields();
        let identity = exprs.len() == fields.len()
            && exprs.iter().enumerate().all(|(i, e)| {
                matches!(e, PhysExpr::Column { index, field }
                    if *index == i && field.name() == fields[i].name())
            });
        if identity {
            return canonical(input);
        }
    }
    let children: Vec<String> = p.inputs().into_iter().map(|c| canonical(c)).collect();
    format!("{}({})", p.describe(), children.join(", "))
}

impl DataFrame {
    /// `inputFiles()`: the files the DataFrame's reads read, each once, sorted (Spark
    /// lists them as a hash set orders them).
    pub fn input_files(&self) -> Vec<String> {
        fn walk(p: &super::plan::Plan, out: &mut std::collections::BTreeSet<String>) {
            if let super::plan::Node::Static { files, .. } = &p.node {
                out.extend(files.iter().cloned());
            }
            for c in p.inputs() {
                walk(c, out);
            }
        }
        let mut out = std::collections::BTreeSet::new();
        walk(&self.plan, &mut out);
        out.into_iter().collect()
    }
}

impl DataFrame {
    /// `lateralJoin(other, on, how)` of a right side that reads none of the left's
    /// columns (a right side with `outer()` references is refused where it is built): a
    /// join of the types Spark's lateral join takes — inner, left outer, cross.
    pub fn lateral_join(
        &self,
        other: &DataFrame,
        on: Option<Expr>,
        how: Option<&str>,
    ) -> Result<DataFrame> {
        let how = how.unwrap_or("inner");
        let kind = how.to_ascii_lowercase().replace('_', "");
        if !matches!(kind.as_str(), "inner" | "leftouter" | "left" | "cross") {
            return Err(RunnelError::analysis(
                "UNSUPPORTED_JOIN_TYPE",
                format!(
                    "Unsupported join type '{how}'. Supported join types include: 'inner', 'leftouter', 'left', 'left_outer', 'cross'."
                ),
            ));
        }
        let on = match on {
            Some(c) => super::dataframe::JoinOn::Condition(c),
            None => super::dataframe::JoinOn::None,
        };
        let how = if kind == "left" || kind == "leftouter" {
            "left_outer"
        } else if kind == "cross" {
            "cross"
        } else {
            "inner"
        };
        self.join(other, on, how)
    }
}

#[cfg(test)]
mod tests {
    use super::{has_possessive, regex_of};

    #[test]
    fn possessive_quantifiers_are_found_outside_classes_and_escapes() {
        assert!(has_possessive("(Col1)?+.+"));
        assert!(has_possessive("a*+b"));
        assert!(has_possessive("a{2}+"));
        assert!(!has_possessive("(id|x)"));
        assert!(!has_possessive("a+b+"));
        assert!(!has_possessive(r"a\++"));
        assert!(!has_possessive("[?+]"));
        assert!(!has_possessive("(?i)id"));
    }

    #[test]
    fn only_a_backquoted_name_is_a_regex() {
        assert_eq!(regex_of("`i.*`").as_deref(), Some("i.*"));
        assert_eq!(regex_of("id"), None);
        assert_eq!(regex_of("``"), None);
    }
}
