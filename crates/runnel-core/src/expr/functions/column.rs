//! `pyspark.sql.functions`' own helpers: they build a column (`col`, `lit`, `expr`,
//! `when`), a sort order (`asc_nulls_first`, …), a plan hint (`broadcast`) or a call
//! (`call_function`, `udf`), not a Spark SQL function. Each front end makes them itself
//! (the PySpark runner in `runnel-pyspark`, the npm package in `runnel.js`); they are
//! listed here with PySpark's parameters so that the function table counts them and
//! the runner reads their parameters from one place.

use super::Builder;

pub(super) fn register(r: &mut Builder) {
    for (name, params) in [
        ("col", "col"),
        ("column", "col"),
        ("expr", "str"),
        ("asc", "col"),
        ("desc", "col"),
        ("asc_nulls_first", "col"),
        ("asc_nulls_last", "col"),
        ("desc_nulls_first", "col"),
        ("desc_nulls_last", "col"),
        ("broadcast", "df"),
        ("call_udf", "udfName, *cols"),
        ("udf", "f=, returnType="),
    ] {
        r.helper(name).py(params);
    }
    // A string there is a value, not a column name.
    r.helper("lit").py("col").literals(&[0]);
    r.helper("when").py("condition, value").literals(&[0, 1]);
    r.helper("call_function")
        .py("funcName, *cols")
        .literals(&[0]);
}
