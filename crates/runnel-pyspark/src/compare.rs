//! The oracle comparison rules of `../shared/spark-oracle/compare.py`, in Rust:
//! same columns; per step the same batches in order with the same batch id, input
//! rows and watermark; rows equal as multisets (in order when `ordered`); doubles
//! within a relative 1e-9; errors by condition.

use serde_json::Value;

fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => {
            if let (Some(i), Some(j)) = (x.as_i64(), y.as_i64())
                && x.is_i64()
                && y.is_i64()
            {
                return i == j;
            }
            match (x.as_f64(), y.as_f64()) {
                (Some(p), Some(q)) => {
                    p == q || (p - q).abs() <= f64::max(1e-9 * f64::max(p.abs(), q.abs()), 1e-12)
                }
                _ => false,
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| close(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.keys().eq(y.keys()) && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w)))
        }
        _ => a == b,
    }
}

fn norm(v: &Value) -> Value {
    match v {
        Value::Number(n) if !n.is_i64() && !n.is_u64() => {
            let f = n.as_f64().unwrap_or(0.0);
            // Python's round(f, 6); a value too large to scale (1e308) is its own rounding.
            let r = if (f * 1e6).is_finite() {
                (f * 1e6).round() / 1e6
            } else {
                f
            };
            serde_json::Number::from_f64(r)
                .map(Value::Number)
                .unwrap_or(Value::Null)
        }
        Value::Array(a) => Value::Array(a.iter().map(norm).collect()),
        Value::Object(o) => {
            // Python's json.dumps(sort_keys=True): keys sorted.
            let mut items: Vec<(&String, &Value)> = o.iter().collect();
            items.sort_by(|a, b| a.0.cmp(b.0));
            Value::Object(
                items
                    .into_iter()
                    .map(|(k, v)| (k.clone(), norm(v)))
                    .collect(),
            )
        }
        other => other.clone(),
    }
}

fn key(row: &Value) -> String {
    // Python's json.dumps(sort_keys=True) orders object keys; serde_json's Map is sorted already.
    let v = norm(row);
    let s = serde_json::to_string(&v).unwrap_or_default();
    python_float_text(&s)
}

/// json.dumps prints 1.0 where serde prints 1.0 too, but 1e-07 where serde prints 1e-7; only ordering matters here.
fn python_float_text(s: &str) -> String {
    s.to_string()
}

fn same_rows(exp: &[Value], act: &[Value], ordered: bool) -> Option<String> {
    if exp.len() != act.len() {
        return Some(format!("{} rows, expected {}", act.len(), exp.len()));
    }
    let (mut e, mut a): (Vec<&Value>, Vec<&Value>) = (exp.iter().collect(), act.iter().collect());
    if !ordered {
        e.sort_by_key(|r| key(r));
        a.sort_by_key(|r| key(r));
    }
    for (i, (x, y)) in e.iter().zip(&a).enumerate() {
        if !close(x, y) {
            return Some(format!("row {i}: {y}, expected {x}"));
        }
    }
    None
}

fn get<'a>(v: &'a Value, k: &str) -> Option<&'a Value> {
    v.as_object().and_then(|o| o.get(k))
}

/// Compares an engine's output with Spark's; `None` when they agree.
pub fn compare(exp: &Value, act: &Value) -> Option<String> {
    let ordered = get(exp, "ordered")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let steps = |v: &Value| {
        get(v, "steps")
            .and_then(|s| s.as_array())
            .cloned()
            .unwrap_or_default()
    };
    let no_batches = steps(exp).iter().all(|s| {
        get(s, "batches")
            .and_then(|b| b.as_array())
            .is_none_or(|b| b.is_empty())
    });
    if get(exp, "runtime_error").is_some() && get(act, "error").is_some() && no_batches {
        return None;
    }
    for k in ["error", "runtime_error"] {
        let (e, a) = (get(exp, k), get(act, k));
        if e.is_some() || a.is_some() {
            let Some(a) = a else {
                let c = e.and_then(|e| get(e, "cause_condition").or_else(|| get(e, "condition")));
                return Some(format!(
                    "expected {k} {}, got none",
                    c.map(|c| c.to_string()).unwrap_or_default()
                ));
            };
            let Some(e) = e else {
                return Some(format!("unexpected {k}: {a}"));
            };
            let c = if k == "runtime_error" {
                "cause_condition"
            } else {
                "condition"
            };
            // A missing condition and a null one are the same (as compare.py reads them).
            let cond = |v: &Value| get(v, c).filter(|x| !x.is_null()).cloned();
            if cond(e) != cond(a) {
                return Some(format!(
                    "{k} condition {}, expected {}",
                    get(a, c).cloned().unwrap_or(Value::Null),
                    get(e, c).cloned().unwrap_or(Value::Null)
                ));
            }
        }
    }
    if get(exp, "error").is_some() {
        return None;
    }
    if get(exp, "columns") != get(act, "columns") {
        return Some(format!(
            "columns {}, expected {}",
            get(act, "columns").cloned().unwrap_or(Value::Null),
            get(exp, "columns").cloned().unwrap_or(Value::Null)
        ));
    }
    let (es, as_) = (steps(exp), steps(act));
    if es.len() != as_.len() {
        return Some(format!("{} steps, expected {}", as_.len(), es.len()));
    }
    for (s, (e, a)) in es.iter().zip(&as_).enumerate() {
        let eb = get(e, "batches")
            .and_then(|b| b.as_array())
            .cloned()
            .unwrap_or_default();
        let ab = get(a, "batches")
            .and_then(|b| b.as_array())
            .cloned()
            .unwrap_or_default();
        if eb.len() != ab.len() {
            let ids = |v: &[Value]| {
                v.iter()
                    .map(|b| {
                        get(b, "batch_id")
                            .cloned()
                            .unwrap_or(Value::Null)
                            .to_string()
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            return Some(format!(
                "step {s}: {} batches [{}], expected {} [{}]",
                ab.len(),
                ids(&ab),
                eb.len(),
                ids(&eb)
            ));
        }
        for (x, y) in eb.iter().zip(&ab) {
            for f in ["batch_id", "num_input_rows", "watermark"] {
                if get(x, f) != get(y, f) {
                    return Some(format!(
                        "step {s} batch {}: {f} {}, expected {}",
                        get(x, "batch_id").cloned().unwrap_or(Value::Null),
                        get(y, f).cloned().unwrap_or(Value::Null),
                        get(x, f).cloned().unwrap_or(Value::Null)
                    ));
                }
            }
            // `observe`'s metrics, as the batch's progress has them (recorded by
            // tests/oracle/record_observed.py).
            let (eo, ao) = (get(x, "observed_metrics"), get(y, "observed_metrics"));
            if (eo.is_some() || ao.is_some())
                && !matches!((eo, ao), (Some(p), Some(q)) if close(p, q))
            {
                return Some(format!(
                    "step {s} batch {}: observed_metrics {}, expected {}",
                    get(x, "batch_id").cloned().unwrap_or(Value::Null),
                    ao.cloned().unwrap_or(Value::Null),
                    eo.cloned().unwrap_or(Value::Null)
                ));
            }
            if let Some(rows) = get(x, "rows").and_then(|r| r.as_array()) {
                let empty = vec![];
                let arows = get(y, "rows").and_then(|r| r.as_array()).unwrap_or(&empty);
                if let Some(d) = same_rows(rows, arows, ordered) {
                    return Some(format!(
                        "step {s} batch {}: {d}",
                        get(x, "batch_id").cloned().unwrap_or(Value::Null)
                    ));
                }
            }
        }
        let esql = get(e, "sql")
            .and_then(|q| q.as_array())
            .cloned()
            .unwrap_or_default();
        let asql = get(a, "sql")
            .and_then(|q| q.as_array())
            .cloned()
            .unwrap_or_default();
        for (i, q) in esql.iter().enumerate() {
            let query = get(q, "query").and_then(|v| v.as_str()).unwrap_or("");
            let Some(aq) = asql.get(i) else {
                return Some(format!("step {s}: missing result of SQL {query:?}"));
            };
            let er = get(q, "rows")
                .and_then(|r| r.as_array())
                .cloned()
                .unwrap_or_default();
            let ar = get(aq, "rows")
                .and_then(|r| r.as_array())
                .cloned()
                .unwrap_or_default();
            if let Some(d) = same_rows(
                &er,
                &ar,
                query.to_uppercase().contains("ORDER BY") || ordered,
            ) {
                return Some(format!("step {s} SQL {query:?}: {d}"));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::compare;
    use serde_json::{Value, json};

    fn expected() -> Value {
        json!({
            "columns": [["window", "struct<start:timestamp,end:timestamp>"], ["n", "bigint"], ["avg", "double"]],
            "steps": [{"batches": [
                {"batch_id": 0, "num_input_rows": 3, "watermark": "1970-01-01T00:00:00.000Z",
                 "rows": [[{"start": "2025-03-01T10:00:00Z", "end": "2025-03-01T10:10:00Z"}, 2, 1.5],
                          [{"start": "2025-03-01T10:10:00Z", "end": "2025-03-01T10:20:00Z"}, 1, 0.1]]},
                {"batch_id": 1, "num_input_rows": 0, "watermark": "2025-03-01T10:05:00.000Z", "rows": []}
            ]}]
        })
    }

    /// The comparator can fail: each kind of change to Spark's answer is reported.
    #[test]
    fn a_changed_row_batch_watermark_type_or_error_fails() {
        let e = expected();
        assert_eq!(compare(&e, &e), None);
        // Rows are a multiset (order free unless ORDERED); doubles within 1e-9 relative.
        let mut a = e.clone();
        a["steps"][0]["batches"][0]["rows"] = json!([
            [{"start": "2025-03-01T10:10:00Z", "end": "2025-03-01T10:20:00Z"}, 1, 0.1000000000000001],
            [{"start": "2025-03-01T10:00:00Z", "end": "2025-03-01T10:10:00Z"}, 2, 1.5]
        ]);
        assert_eq!(compare(&e, &a), None);
        let changed = |f: &dyn Fn(&mut Value)| {
            let mut a = e.clone();
            f(&mut a);
            compare(&e, &a)
        };
        assert!(
            changed(&|a| a["steps"][0]["batches"][0]["rows"][0][1] = json!(3)).is_some(),
            "a value"
        );
        assert!(
            changed(&|a| a["steps"][0]["batches"][0]["rows"][1][2] = json!(0.11)).is_some(),
            "a double"
        );
        assert!(
            changed(&|a| {
                a["steps"][0]["batches"][0]["rows"]
                    .as_array_mut()
                    .unwrap()
                    .pop();
            })
            .is_some(),
            "a row"
        );
        assert!(
            changed(&|a| {
                a["steps"][0]["batches"].as_array_mut().unwrap().pop();
            })
            .is_some(),
            "a batch"
        );
        assert!(
            changed(
                &|a| a["steps"][0]["batches"][1]["watermark"] = json!("2025-03-01T10:06:00.000Z")
            )
            .is_some(),
            "a watermark"
        );
        assert!(
            changed(&|a| a["steps"][0]["batches"][0]["num_input_rows"] = json!(4)).is_some(),
            "numInputRows"
        );
        assert!(
            changed(&|a| a["columns"][1][1] = json!("int")).is_some(),
            "a type"
        );
        assert!(
            changed(&|a| a["columns"][1][0] = json!("count")).is_some(),
            "a column name"
        );
        assert!(
            changed(&|a| a["error"] = json!({"condition": "X"})).is_some(),
            "an error"
        );
    }
}
