//! CSV functions: `from_csv(text, schema)` parses a line with the CSV reader's rules,
//! `to_csv(struct)` writes one with the CSV writer's, `schema_of_csv(text)` gives the
//! DDL type Spark's CSVInferSchema finds in a line. The options they take: `sep` (or
//! `delimiter`) and, for `from_csv`, `mode` (PERMISSIVE or FAILFAST),
//! `ignoreLeadingWhiteSpace` and `ignoreTrailingWhiteSpace`.

use std::collections::BTreeMap;
use std::sync::Arc;

use arrow_array::builder::StringBuilder;
use arrow_array::cast::AsArray;
use arrow_array::*;
use arrow_schema::{DataType as T, Field};

use super::Builder;
use crate::error::{Result, RunnelError};
use crate::expr::phys::PhysExpr;
use crate::io::csv::{convert, csv_field, infer_field, separator, split_line, split_line_trimmed};
use crate::scalar::ScalarValue;
use crate::types;

pub(super) fn register(r: &mut Builder) {
    r.scalar("from_csv", |c| {
        c.arity(2, 3)?;
        let schema = schema_arg(c)?;
        let opts = options(
            c,
            2,
            &[
                "sep",
                "delimiter",
                "mode",
                "ignoreleadingwhitespace",
                "ignoretrailingwhitespace",
            ],
        )?;
        let sep = separator(&opts);
        // Spark's CSVOptions.getBool: `true` or `false` in any case, else its error.
        let flag = |name: &str| -> Result<bool> {
            match opts.get(&name.to_ascii_lowercase()).map(|v| v.to_ascii_lowercase()) {
                None => Ok(false),
                Some(v) if v == "true" => Ok(true),
                Some(v) if v == "false" => Ok(false),
                Some(v) => Err(RunnelError::execution_plain(format!(
                    "{name} flag can be true or false. Got '{v}': pass 'true' or 'false'."
                ))),
            }
        };
        let (lead, trail) = (
            flag("ignoreLeadingWhiteSpace")?,
            flag("ignoreTrailingWhiteSpace")?,
        );
        let failfast = match opts.get("mode").map(|m| m.to_ascii_uppercase()) {
            None => false,
            Some(m) if m == "PERMISSIVE" => false,
            Some(m) if m == "FAILFAST" => true,
            Some(m) => {
                return Err(RunnelError::analysis(
                    "PARSE_MODE_UNSUPPORTED",
                    format!(
                        "The function `from_csv` doesn't support the {m} mode. Acceptable modes are PERMISSIVE and FAILFAST."
                    ),
                ));
            }
        };
        c.args.truncate(1);
        c.string_arg(0)?;
        c.props.nulls = super::Nulls::FirstArg;
        let fields = schema.fields().clone();
        c.kernel(T::Struct(fields.clone()), move |a, _, n| {
            let input = a[0].as_string::<i32>();
            let rows: Vec<Vec<Option<String>>> = (0..n)
                .map(|i| {
                    if input.is_null(i) {
                        Vec::new()
                    } else {
                        split_line_trimmed(input.value(i), &sep, lead, trail)
                    }
                })
                .collect();
            let mut cols = Vec::with_capacity(fields.len());
            for (j, f) in fields.iter().enumerate() {
                let raw: StringArray = rows.iter().map(|r| r.get(j).cloned().flatten()).collect();
                let conv = convert(&raw, f.data_type())?;
                if failfast
                    && let Some(i) = (0..n).find(|&i| {
                        input.is_valid(i)
                            && ((raw.is_valid(i) && conv.is_null(i))
                                || rows[i].len() != fields.len())
                    })
                {
                    return Err(RunnelError::execution(
                        "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
                        format!(
                            "Malformed records are detected in record parsing: [{}]. Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.",
                            input.value(i)
                        ),
                    ));
                }
                cols.push(conv);
            }
            let opts = RecordBatchOptions::new().with_row_count(Some(n));
            let batch = RecordBatch::try_new_with_options(
                Arc::new(arrow_schema::Schema::new(fields.clone())),
                cols,
                &opts,
            )?;
            let s = StructArray::from(batch);
            Ok(Arc::new(StructArray::try_new(
                fields.clone(),
                s.columns().to_vec(),
                input.nulls().cloned(),
            )?))
        })
    })
    .literals(&[1])
    .py("col, schema, options=")
    .named(|c| format!("from_csv({})", c.first()));
    r.scalar("to_csv", |c| {
        c.arity(1, 2)?;
        let opts = options(c, 1, &["sep", "delimiter"])?;
        let sep = separator(&opts);
        c.args.truncate(1);
        if !matches!(c.ty(0), T::Struct(_)) {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.UNSUPPORTED_INPUT_TYPE",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: The input of `to_csv` can't be \"{}\" type data. Pass a struct (struct(a, b, ...)).",
                    c.sql,
                    types::sql_name(&c.ty(0))
                ),
            ));
        }
        c.kernel(T::Utf8, move |a, _, n| {
            let s = a[0].as_struct();
            let mut b = StringBuilder::new();
            let mut line = String::new();
            for i in 0..n {
                if s.is_null(i) {
                    b.append_null();
                    continue;
                }
                line.clear();
                for (j, col) in s.columns().iter().enumerate() {
                    if j > 0 {
                        line.push_str(&sep);
                    }
                    if col.is_valid(i) {
                        let text = crate::io::json_write::text_value(col.as_ref(), i);
                        line.push_str(&csv_field(&text, &sep));
                    }
                }
                b.append_value(&line);
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .always_nullable()
    .py("col, options=")
    .named(|c| format!("to_csv({})", c.first()));
    // schema_of_csv(text): the DDL of the line's inferred types (`STRUCT<_c0: INT>`), a
    // constant.
    r.scalar("schema_of_csv", |c| {
        c.arity(1, 2)?;
        let opts = options(c, 1, &["sep", "delimiter"])?;
        let text = match c.raw.first() {
            Some(crate::expr::Expr::Literal(ScalarValue::Utf8(s))) => s.clone(),
            _ => {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                    format!(
                        "Cannot resolve \"{}\" due to data type mismatch: the input `csv` should be a foldable \"STRING\" expression. Pass a literal line of CSV.",
                        c.sql
                    ),
                ));
            }
        };
        let fields: Vec<Field> = split_line(&text, &separator(&opts))
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let ty = infer_field(v.as_deref()).unwrap_or(T::Utf8);
                Field::new(format!("_c{i}"), ty, true)
            })
            .collect();
        Ok(PhysExpr::Literal(ScalarValue::Utf8(types::sql_name(
            &T::Struct(fields.into()),
        ))))
    })
    .literals(&[0])
    .py("csv, options=")
    // Spark keeps the options out of the expression, and so out of its name.
    .named(|c| format!("schema_of_csv({})", c.first()));
}

/// `from_csv`'s schema: a DDL string literal (`a INT, b STRING`).
pub(super) fn schema_arg(c: &super::Call) -> Result<arrow_schema::Schema> {
    let text = match c.foldable_str(1) {
        Some(s) => s,
        None => {
            let other = c.raw.get(1);
            return Err(RunnelError::analysis(
                "INVALID_SCHEMA.NON_STRING_LITERAL",
                format!(
                    "The input schema \"{}\" is not a valid schema string. The input expression must be string literal and not null. Write the schema as a literal, such as 'a INT, b STRING'.",
                    other.map(|e| e.sql()).unwrap_or_default()
                ),
            ));
        }
    };
    match types::parse_ddl_schema(&text) {
        Ok(s) => Ok(s),
        Err(e) => match types::parse_data_type(&text) {
            Ok(T::Struct(f)) => Ok(arrow_schema::Schema::new(f)),
            _ => Err(e),
        },
    }
}

/// The options map at argument `i` (a constant map of strings; keys in lower case), with
/// only the `known` keys allowed.
/// The options map literal at argument `i`, keys lower case; a key outside `known` is
/// refused (an empty `known` takes any key, for a caller that reads only some).
pub(super) fn options(
    c: &super::Call,
    i: usize,
    known: &[&str],
) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let Some(arg) = c.args.get(i) else {
        return Ok(out);
    };
    let mut reads_column = false;
    arg.for_each_column(&mut |_| reads_column = true);
    let bad = || {
        RunnelError::analysis(
            "INVALID_OPTIONS.NON_MAP_FUNCTION",
            format!(
                "Invalid options of {}: must use the `map()` function for options. Pass options as a map of string literals, such as map('sep', ';').",
                c.sql
            ),
        )
    };
    if reads_column {
        return Err(bad());
    }
    let v = arg.eval_constant()?;
    let Some(m) = v.as_map_opt() else {
        return Err(bad());
    };
    if m.is_empty() || m.is_null(0) {
        return Ok(out);
    }
    let keys = arrow_cast::cast(m.keys(), &T::Utf8)?;
    let vals = arrow_cast::cast(m.values(), &T::Utf8)?;
    let (keys, vals) = (keys.as_string::<i32>(), vals.as_string::<i32>());
    for j in 0..keys.len() {
        let k = keys.value(j).to_ascii_lowercase();
        if !known.is_empty() && !known.contains(&k.as_str()) {
            return Err(RunnelError::not_supported(format!(
                "the option '{k}' of {}: Runnel reads {} here; leave the others out",
                c.sql,
                known.join(", ")
            )));
        }
        let v = if vals.is_valid(j) {
            vals.value(j).to_string()
        } else {
            String::new()
        };
        out.insert(k, v);
    }
    Ok(out)
}
