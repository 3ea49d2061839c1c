//! Runs a Spark oracle case (see `../shared/spark-oracle/README.md`) through the
//! interpreter the way `run_spark.py` runs it through Spark, and records what Runnel
//! produced in expected.json's format. Shared by `runnel oracle-check` (local files)
//! and the wasm package (a virtual file system), so both run cases the same way.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use arrow_array::RecordBatch;
use runnel_core::error::{Result, RunnelError};
use runnel_core::io::Sink;
use runnel_core::scalar::json_value;
use runnel_core::{DataFrame, SparkSession};
use serde_json::{Value as J, json};

use crate::{Interpreter, RunAvailable, Value};

/// Rows as expected.json writes them: one JSON list per row.
pub fn rows_json(batches: &[RecordBatch]) -> Vec<J> {
    let mut out = Vec::new();
    for b in batches {
        for r in 0..b.num_rows() {
            out.push(J::Array(
                b.columns()
                    .iter()
                    .map(|c| json_value(c.as_ref(), r))
                    .collect(),
            ));
        }
    }
    out
}

fn error_json(e: &RunnelError) -> J {
    let first = e.to_string().lines().next().unwrap_or("").to_string();
    json!({"class": e.exception, "condition": e.condition, "message": first})
}

fn runtime_error_json(e: &RunnelError) -> J {
    let msg = e.to_string();
    json!({
        "class": "StreamingQueryException",
        "condition": "STREAM_FAILED",
        "message": msg.lines().next().unwrap_or(""),
        // The recording reads the cause's condition from its `[CONDITION]` text, which a
        // legacy error (`_LEGACY_ERROR_TEMP_2176`) does not print: no condition, as there.
        "cause_condition": e.condition.as_deref().filter(|c| !c.starts_with("_LEGACY")),
        "cause_message": msg,
    })
}

/// A sink that keeps each epoch's rows.
pub struct Capture(Rc<RefCell<BTreeMap<i64, Vec<RecordBatch>>>>);

impl Sink for Capture {
    fn add_batch(
        &mut self,
        epoch: i64,
        _s: &arrow_schema::SchemaRef,
        b: &RecordBatch,
    ) -> Result<()> {
        self.0.borrow_mut().insert(epoch, vec![b.clone()]);
        Ok(())
    }
    fn description(&self) -> String {
        "ForeachBatchSink".into()
    }
}

fn global_str(it: &Interpreter, name: &str) -> Option<String> {
    match it.get_global(name) {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    }
}

/// Runs a case's `query.py` (source `src`, named `file` in errors) the way
/// `run_spark.py` runs it through Spark: `place(i)` puts step `i`'s files into
/// `input` (and returns their names as `step/file`); the session is the caller's (file
/// system, providers, clock). Returns what Runnel produced, in expected.json's format.
pub fn run_steps(
    session: &SparkSession,
    input: &str,
    src: &str,
    file: &str,
    steps: &[String],
    place: &mut dyn FnMut(usize) -> Result<Vec<String>>,
) -> Result<J> {
    // A case starts from Spark's defaults: the session time zone and the map key policy
    // a case before it set on this thread (`spark.conf.set`) go back when it ends (one
    // place for `runnel oracle-check`, the npm package's runOracleCase and its Node test).
    let _zone = runnel_core::temporal::ZoneScope::enter(runnel_core::temporal::Zone::UTC, "UTC");
    runnel_core::expr::functions::set_map_key_last_win(false);
    let first = if steps.is_empty() { vec![] } else { place(0)? };
    session.conf_set("spark.sql.shuffle.partitions", "2")?;
    let it = Interpreter::new(session.clone(), Rc::new(RunAvailable));
    it.set_global("INPUT", Value::Str(input.to_string()));
    it.set_global("__name__", Value::Str("__case__".into()));
    let mut out = serde_json::Map::new();
    out.insert("spark_version".into(), json!("runnel"));
    let captured = Rc::new(RefCell::new(BTreeMap::new()));
    let setup = (|| -> Result<(runnel_core::StreamingQuery, bool, Option<String>, Vec<String>)> {
        it.run(src, file)?;
        let df: DataFrame = match it.get_global("result") {
            Some(Value::DataFrame(df)) => df,
            _ => return Err(RunnelError::analysis_plain("query.py did not set `result` to a DataFrame")),
        };
        let mode = global_str(&it, "OUTPUT_MODE").unwrap_or_else(|| "append".into());
        out.insert("output_mode".into(), json!(mode));
        out.insert(
            "columns".into(),
            J::Array(df.schema().fields().iter().map(|f| json!([f.name(), runnel_core::types::field_simple_string(f)])).collect()),
        );
        let ordered = matches!(it.get_global("ORDERED"), Some(Value::Bool(true)));
        if ordered {
            out.insert("ordered".into(), json!(true));
        }
        let qname = global_str(&it, "QUERY_NAME");
        let sql: Vec<String> = match it.get_global("SQL") {
            Some(v) => v.items().unwrap_or_default().iter().map(|x| x.to_py_str()).collect(),
            None => vec![],
        };
        let mut w = df.write_stream().output_mode(&mode).option("checkpointLocation", "memory");
        w = match &qname {
            Some(n) => w.format("memory").query_name(n),
            None => w.sink(Rc::new(RefCell::new(Capture(captured.clone())))),
        };
        let q = w.start(None)?;
        Ok((q, ordered, qname, sql))
    })();
    let (q, ordered, qname, sql) = match setup {
        Ok(x) => x,
        Err(e) => {
            out.insert("error".into(), error_json(&e));
            return Ok(J::Object(out));
        }
    };
    let mut step_out = Vec::new();
    let mut seen = 0usize;
    let mut runtime_error = None;
    let mut sql_error = None;
    for (i, step) in steps.iter().enumerate() {
        let files = if i == 0 { first.clone() } else { place(i)? };
        if let Err(e) = q.process_all_available() {
            runtime_error = Some(e);
            break;
        }
        let progress = q.progress();
        let mut batches = Vec::new();
        for p in progress.iter().skip(seen) {
            let mut b = serde_json::Map::new();
            b.insert("batch_id".into(), json!(p.batch_id));
            b.insert("num_input_rows".into(), json!(p.num_input_rows));
            if let Some(w) = p.watermark_ms {
                b.insert(
                    "watermark".into(),
                    json!(runnel_core::temporal::format_watermark(w)),
                );
            }
            if !p.state_operators.is_empty() {
                b.insert(
                    "state_rows".into(),
                    json!(
                        p.state_operators
                            .iter()
                            .map(|(_, s)| s.num_rows_total)
                            .sum::<i64>()
                    ),
                );
            }
            if !p.observed_metrics.is_empty() {
                b.insert(
                    "observed_metrics".into(),
                    runnel_core::exec::progress::observed_json(&p.observed_metrics),
                );
            }
            if qname.is_none() {
                let rows = captured
                    .borrow()
                    .get(&p.batch_id)
                    .map(|b| rows_json(b))
                    .unwrap_or_default();
                b.insert("rows".into(), J::Array(rows));
            }
            batches.push(J::Object(b));
        }
        seen = progress.len();
        let mut rec = json!({"step": step, "files": files, "batches": batches});
        if qname.is_some() {
            let mut results = Vec::new();
            for s in &sql {
                let rows = match session.sql(s).and_then(|d| d.collect()) {
                    Ok(b) => rows_json(&b),
                    Err(e) => {
                        // spark.sql(...) itself raises it, not the stream: the harness
                        // records the exception as it is (no STREAM_FAILED wrapper).
                        sql_error = Some(e);
                        break;
                    }
                };
                results.push(json!({"query": s, "rows": rows}));
            }
            rec["sql"] = J::Array(results);
        }
        if runtime_error.is_some() || sql_error.is_some() {
            break;
        }
        step_out.push(rec);
    }
    out.insert("steps".into(), J::Array(step_out));
    if let Some(e) = runtime_error {
        out.insert("runtime_error".into(), runtime_error_json(&e));
    } else if let Some(e) = sql_error {
        out.insert("runtime_error".into(), error_json(&e));
    }
    let _ = ordered;
    Ok(J::Object(out))
}
