//! DataFrame methods that reshape or relabel columns without aggregating: `to(schema)`
//! (Spark's `Project.matchSchema`), `colRegex`, `withMetadata` and `toJSON`.

use arrow_schema::{Field, Schema};

use super::dataframe::DataFrame;
use super::na::quoted;
use crate::error::{Result, RunnelError};
use crate::expr::{Expr, func};
use crate::scalar::ScalarValue;
use crate::types;

/// The function name under which a `colRegex` pattern waits in a select list until
/// the DataFrame's columns are known (Spark's `UnresolvedRegex`).
pub const COL_REGEX: &str = "__runnel_col_regex";

fn field_path(path: &[String]) -> String {
    path.iter()
        .map(|p| format!("`{p}`"))
        .collect::<Vec<_>>()
        .join(".")
}

impl DataFrame {
    /// `to(schema)`: the columns of `schema` in its order, found by name (case-insensitive),
    /// cast where ANSI store assignment allows, NULL for a missing nullable one; Spark's
    /// NULLABLE_COLUMN_OR_FIELD, INVALID_COLUMN_OR_FIELD_DATA_TYPE and UNRESOLVED_COLUMN
    /// otherwise.
    pub fn to_schema(&self, schema: &Schema) -> Result<DataFrame> {
        let have = self.schema();
        let mut out = Vec::new();
        for f in schema.fields() {
            let matched: Vec<&std::sync::Arc<Field>> = have
                .fields()
                .iter()
                .filter(|h| h.name().eq_ignore_ascii_case(f.name()))
                .collect();
            let e = match matched.as_slice() {
                [] if f.is_nullable() => Expr::Literal(ScalarValue::Null(f.data_type().clone())),
                [] => {
                    return Err(RunnelError::analysis(
                        "UNRESOLVED_COLUMN.WITH_SUGGESTION",
                        format!(
                            "A column, variable, or function parameter with name `{}` cannot be resolved. Did you mean one of the following? [{}]. Make the field nullable or give the DataFrame the column.",
                            f.name(),
                            have.fields()
                                .iter()
                                .map(|c| format!("`{}`", c.name()))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
                [h] => {
                    let path = vec![h.name().clone()];
                    if h.is_nullable() && !f.is_nullable() {
                        return Err(RunnelError::analysis(
                            "NULLABLE_COLUMN_OR_FIELD",
                            format!(
                                "Column or field {} is nullable while it's required to be non-nullable. Filter out the NULLs (or fill them) first, or make the field nullable.",
                                field_path(&path)
                            ),
                        ));
                    }
                    let c = quoted(h.name());
                    if h.data_type() == f.data_type() {
                        c
                    } else if super::catalog::can_ansi_store_assign(h.data_type(), f.data_type()) {
                        Expr::Cast {
                            expr: Box::new(c),
                            to: f.data_type().clone(),
                            try_: false,
                        }
                    } else {
                        return Err(RunnelError::analysis(
                            "INVALID_COLUMN_OR_FIELD_DATA_TYPE",
                            format!(
                                "Column or field {} is of type \"{}\" while it's required to be \"{}\". Cast the column first, or ask for a type it can be stored as.",
                                field_path(&path),
                                types::sql_name(h.data_type()),
                                types::sql_name(f.data_type())
                            ),
                        ));
                    }
                }
                many => {
                    return Err(RunnelError::analysis(
                        "AMBIGUOUS_COLUMN_OR_FIELD",
                        format!(
                            "Column or field `{}` is ambiguous and has {} matches. Rename the columns apart first.",
                            f.name(),
                            many.len()
                        ),
                    ));
                }
            };
            out.push(e.alias(f.name()));
        }
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
                    let mut md = f.metadata().clone();
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

/// The regex of a `` `regex` `` name (Spark's `escapedIdentifier`), None for a plain name.
pub fn regex_of(name: &str) -> Option<String> {
    let inner = name.strip_prefix('`')?.strip_suffix('`')?;
    (!inner.is_empty()).then(|| inner.to_string())
}
