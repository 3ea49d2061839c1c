//! Collations: Runnel's strings compare byte by byte, Spark's default collation
//! `UTF8_BINARY`; `collation(s)` names it and `collate(s, 'UTF8_BINARY')` keeps the value.
//! Any other collation (`UTF8_LCASE`, ICU locales) is refused when the query is bound.

use super::Builder;
use crate::error::RunnelError;
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;

pub(super) fn register(r: &mut Builder) {
    r.scalar("collation", |c| {
        c.arity(1, 1)?;
        c.string_arg(0)?;
        Ok(PhysExpr::Literal(ScalarValue::Utf8(
            "SYSTEM.BUILTIN.UTF8_BINARY".into(),
        )))
    })
    .py("col");
    r.scalar("collate", |c| {
        c.arity(2, 2)?;
        c.string_arg(0)?;
        let name = c.str_lit(1)?;
        let upper = name.to_ascii_uppercase();
        if upper != "UTF8_BINARY" && upper != "SYSTEM.BUILTIN.UTF8_BINARY" {
            return Err(RunnelError::not_supported(format!(
                "collation {name} in {}: Runnel compares strings as UTF8_BINARY only; leave collate() out",
                c.sql
            )));
        }
        // The value itself, but as a call: Spark's Collate is no column, so a filter
        // over it is not pushed to the source.
        c.kernel(arrow_schema::DataType::Utf8, |a, _, _| Ok(a[0].clone()))
    })
    .literals(&[1])
    .py("col, collation");
}
