//! Window functions: ranking (`row_number`, `rank`, ...) and offset (`lag`, `lead`,
//! `nth_value`) functions, which exist only over a window (`f OVER (...)`). The names
//! and column names live here; the frames and checks in `expr/window.rs`, the
//! evaluation in the window operator (`ops/window_function.rs`).

use super::{Builder, NameCall};

pub(super) fn register(r: &mut Builder) {
    r.window_function("row_number").py_none();
    // Spark prints these three in upper case (`RANK()`).
    for name in ["rank", "dense_rank", "percent_rank"] {
        r.window_function(name).py_none().named(super::upper_name);
    }
    r.window_function("cume_dist").py_none();
    r.window_function("ntile").py("n").literals(&[0]);
    for name in ["lag", "lead"] {
        r.window_function(name)
            .py("col, offset=, default=")
            .literals(&[1, 2])
            .named(offset_name);
    }
    // counter_diff(value[, startTime]) (Spark 4.2): a cumulative counter as deltas.
    r.window_function("counter_diff").py("value, startTime=");
    r.window_function("nth_value")
        .py("col, offset, ignoreNulls=")
        .literals(&[1, 2])
        .named(nth_value_name);
}

/// `lag(x, 1, NULL)`: Spark writes the default offset and default value into the name.
fn offset_name(c: &NameCall) -> String {
    let off = c.args.get(1).map_or("1", String::as_str);
    let default = c.args.get(2).map_or("NULL", String::as_str);
    format!("{}({}, {off}, {default})", c.called, c.first())
}

/// `nth_value(x, 2)`, with ` ignore nulls` when asked.
fn nth_value_name(c: &NameCall) -> String {
    let base = format!(
        "{}({}, {})",
        c.called,
        c.first(),
        c.args.get(1).map_or("", String::as_str)
    );
    match c.args.get(2).map(String::as_str) {
        Some("true") => format!("{base} ignore nulls"),
        _ => base,
    }
}
