//! JSON functions.

use std::sync::Arc;

use arrow_array::builder::StringBuilder;
use arrow_array::cast::AsArray;
use arrow_array::*;
use arrow_schema::DataType as T;

use super::Builder;
use crate::error::RunnelError;
use crate::io::json::{JsonDecoder, JsonOptions};
use crate::types;

pub(super) fn register(r: &mut Builder) {
    // from_json(str, schema): a struct parsed with the JSON reader's PERMISSIVE rules.
    r.scalar("from_json", |c| {
        c.arity(2, 3)?;
        let text = c.str_lit(1)?;
        let schema = match types::parse_ddl_schema(&text) {
            Ok(s) => s,
            Err(e) => match types::parse_data_type(&text) {
                Ok(T::Struct(f)) => arrow_schema::Schema::new(f),
                _ => return Err(e),
            },
        };
        c.args.truncate(1);
        c.string_arg(0)?;
        let schema = Arc::new(schema);
        let fields = schema.fields().clone();
        c.props.nulls = super::Nulls::Always;
        c.kernel(T::Struct(fields), move |a, _, n| {
            let input = a[0].as_string::<i32>();
            let mut dec = JsonDecoder::new(schema.clone(), JsonOptions::default());
            for i in 0..n {
                let line = if input.is_null(i) {
                    b"{}".as_slice()
                } else {
                    input.value(i).as_bytes()
                };
                dec.decode_line(line, "from_json", i + 1)?;
            }
            let batch = dec.flush()?;
            Ok(Arc::new(StructArray::try_new(
                schema.fields().clone(),
                batch.columns().to_vec(),
                input.nulls().cloned(),
            )?))
        })
    })
    .literals(&[1])
    .py("col, schema, options=")
    .named(|c| format!("from_json({})", c.first()));
    r.scalar("to_json", |c| {
        c.arity(1, 2)?;
        c.args.truncate(1);
        if !matches!(c.ty(0), T::Struct(_) | T::List(_) | T::Map(_, _)) {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.INVALID_JSON_SCHEMA",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: Input schema \"{}\" must be a struct, an array, a map or a variant. Wrap the value in struct(...).",
                    c.sql,
                    types::sql_name(&c.ty(0))
                ),
            ));
        }
        c.kernel(T::Utf8, |a, _, n| {
            let a = &a[0];
            let mut b = StringBuilder::new();
            let mut text = String::new();
            for i in 0..n {
                if a.is_null(i) {
                    b.append_null();
                } else {
                    text.clear();
                    crate::io::json_write::json_value_into(a.as_ref(), i, &mut text);
                    b.append_value(&text);
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col, options=")
    .named(|c| format!("to_json({})", c.first()));
}
