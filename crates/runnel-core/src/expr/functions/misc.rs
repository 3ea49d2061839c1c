//! Miscellaneous functions: the session's catalog and schema, `raise_error`,
//! `assert_true`.

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef};
use arrow_schema::DataType as T;

use super::{Builder, Nulls, strings};
use crate::error::RunnelError;
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;

/// Registers the family (called from `conditional`'s register, as family `misc`).
pub(super) fn register(r: &mut Builder) {
    let family = r.family;
    r.family = "misc";
    register_misc(r);
    r.family = family;
}

fn user_error(msg: &str) -> RunnelError {
    RunnelError::execution("USER_RAISED_EXCEPTION", msg.to_string())
}

fn register_misc(r: &mut Builder) {
    // The session's catalog and schema: Spark's defaults.
    for (name, value) in [
        ("current_catalog", "spark_catalog"),
        ("current_database", "default"),
        ("current_schema", "default"),
    ] {
        let bind: super::BindFn = match value {
            "spark_catalog" => |c| {
                c.arity(0, 0)?;
                Ok(PhysExpr::Literal(ScalarValue::Utf8("spark_catalog".into())))
            },
            _ => |c| {
                c.arity(0, 0)?;
                Ok(PhysExpr::Literal(ScalarValue::Utf8("default".into())))
            },
        };
        // Spark prints current_database() as current_schema().
        r.scalar(name, bind).py_none().named(|c| match c.called {
            "current_database" => "current_schema()".into(),
            _ => format!("{}()", c.called),
        });
    }
    // Spark's cast functions (`string(x)`, `int(x)`, `decimal(x)`, ...): an ANSI cast that
    // is not the user's CAST, so that a name shows only what is cast (`string(s)` → `s`).
    for name in [
        "string",
        "int",
        "integer",
        "bigint",
        "smallint",
        "tinyint",
        "double",
        "float",
        "boolean",
        "date",
        "timestamp",
        "decimal",
        "binary",
    ] {
        r.scalar(name, |c| {
            c.arity(1, 1)?;
            let to = match c.name {
                "string" => T::Utf8,
                "int" | "integer" => T::Int32,
                "bigint" => T::Int64,
                "smallint" => T::Int16,
                "tinyint" => T::Int8,
                "double" => T::Float64,
                "float" => T::Float32,
                "boolean" => T::Boolean,
                "date" => T::Date32,
                "timestamp" => crate::types::timestamp_type(),
                "decimal" => T::Decimal128(10, 0),
                _ => T::Binary,
            };
            let v = c.args.remove(0);
            crate::expr::cast::check_cast(&v.data_type(), &to, c.sql)?;
            Ok(PhysExpr::Cast {
                expr: Box::new(v),
                to,
                try_: false,
            })
        })
        .named(|c| c.first().to_string());
    }
    // raise_error(msg): fails the query with Spark's USER_RAISED_EXCEPTION and msg.
    r.scalar("raise_error", |c| {
        c.arity(1, 1)?;
        c.string_arg(0)?;
        c.props.nulls = Nulls::Always;
        c.props.deterministic = false;
        c.kernel(T::Null, |a, _, n| {
            let s = strings(&a[0])?;
            if n == 0 {
                return Ok(arrow_array::new_null_array(&T::Null, 0));
            }
            Err(user_error(if s.is_null(0) { "null" } else { s.value(0) }))
        })
    })
    .literals(&[0])
    .py("errMsg");
    // assert_true(cond[, msg]): NULL when cond holds, else the query fails with msg
    // (by default "'cond' is not true!").
    r.scalar("assert_true", |c| {
        c.arity(1, 2)?;
        c.coerce(0, &T::Boolean)?;
        if c.args.len() == 1 {
            let sql = c.raw.first().map(|e| e.sql_in(None)).unwrap_or_default();
            c.args.push(PhysExpr::Literal(ScalarValue::Utf8(format!(
                "'{sql}' is not true!"
            ))));
        }
        c.string_arg(1)?;
        c.props.nulls = Nulls::Always;
        c.props.deterministic = false;
        c.kernel(T::Null, |a, _, n| {
            let (b, m): (&arrow_array::BooleanArray, ArrayRef) = (a[0].as_boolean(), a[1].clone());
            let m = strings(&m)?;
            for i in 0..n {
                if b.is_null(i) || !b.value(i) {
                    return Err(user_error(if m.is_null(i) { "null" } else { m.value(i) }));
                }
            }
            Ok(arrow_array::new_null_array(&T::Null, n))
        })
    })
    .literals(&[1])
    .py("col, errMsg=")
    .named(|c| match c.args.len() {
        1 => format!("assert_true({0}, '{0}' is not true!)", c.first()),
        _ => c.plain(),
    });
    for name in [
        "input_file_name",
        "input_file_block_start",
        "input_file_block_length",
    ] {
        r.unsupported(
            name,
            "input_file_name/input_file_block_start/input_file_block_length are not supported: Runnel's file sources do not hand the file to expressions yet",
        )
        .py_none();
    }
}
