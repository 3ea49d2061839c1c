//! Runs a Spark oracle case (see `../shared/spark-oracle/README.md`) through
//! runnel-pyspark the way `run_spark.py` runs it through Spark, and records what
//! Runnel produced in the same format as `expected.json`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, UNIX_EPOCH};

use arrow_array::RecordBatch;
use runnel_connectors::LocalFileSystem;
use runnel_core::error::{Result, RunnelError};
use runnel_core::io::Sink;
use runnel_core::scalar::json_value;
use runnel_core::types::simple_string;
use runnel_core::{DataFrame, SparkSession};
use runnel_pyspark::{Interpreter, RunAvailable, Value};
use serde_json::{Value as J, json};

/// The outcome of one case.
pub struct CaseResult {
    /// Case name (folder name).
    pub name: String,
    /// What Runnel produced, in expected.json's format.
    pub actual: J,
    /// The first difference from expected.json, or None when they agree.
    pub diff: Option<String>,
}

fn rows_json(batches: &[RecordBatch]) -> Vec<J> {
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
        "cause_condition": e.condition,
        "cause_message": msg,
    })
}

struct Capture(Rc<RefCell<BTreeMap<i64, Vec<RecordBatch>>>>);

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

struct Placer {
    input: PathBuf,
    clock: u64,
}

impl Placer {
    fn place(&mut self, steps: &Path, step: &str) -> std::io::Result<Vec<String>> {
        let mut files: Vec<_> = std::fs::read_dir(steps.join(step))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        files.sort();
        let mut names = Vec::new();
        for f in files {
            let f = f.to_string_lossy().into_owned();
            let tmp = self
                .input
                .parent()
                .unwrap_or(Path::new("."))
                .join(format!("tmp-{f}"));
            std::fs::copy(steps.join(step).join(&f), &tmp)?;
            self.clock += 1;
            let t = UNIX_EPOCH + Duration::from_secs(self.clock);
            std::fs::File::options()
                .write(true)
                .open(&tmp)?
                .set_modified(t)?;
            std::fs::rename(&tmp, self.input.join(format!("{step}-{f}")))?;
            names.push(format!("{step}/{f}"));
        }
        Ok(names)
    }
}

fn global_str(it: &Interpreter, name: &str) -> Option<String> {
    match it.get_global(name) {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    }
}

/// Runs one case folder and compares it with its expected.json (when present).
pub fn run_case(case: &Path) -> std::io::Result<CaseResult> {
    let name = case
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let work = std::env::temp_dir().join(format!("runnel-oracle-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let input = work.join("input");
    std::fs::create_dir_all(&input)?;
    let actual = run_in(case, &input);
    let _ = std::fs::remove_dir_all(&work);
    let actual = actual?;
    let diff = match std::fs::read_to_string(case.join("expected.json")) {
        Ok(text) => {
            let exp: J = serde_json::from_str(&text).map_err(std::io::Error::other)?;
            crate::compare::compare(&exp, &actual)
        }
        Err(_) => Some("no expected.json".into()),
    };
    Ok(CaseResult { name, actual, diff })
}

fn run_in(case: &Path, input: &Path) -> std::io::Result<J> {
    let src = std::fs::read_to_string(case.join("query.py"))?;
    let steps_dir = case.join("steps");
    let mut steps: Vec<String> = match std::fs::read_dir(&steps_dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => vec![],
    };
    steps.sort();
    let mut placer = Placer {
        input: input.to_path_buf(),
        clock: 1_700_000_000,
    };
    let first = match steps.first() {
        Some(s) => placer.place(&steps_dir, s)?,
        None => vec![],
    };
    let session = SparkSession::new();
    session.set_file_system(Rc::new(LocalFileSystem));
    session.set_parallel(runnel_connectors::default_runner());
    // Checkpoints stay in memory here: a case runs from scratch every time.
    session.register_provider(Rc::new(runnel_connectors::FilesProvider));
    session.set_clock(|| {
        std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    });
    session.conf_set("spark.sql.shuffle.partitions", "2");
    let it = Interpreter::new(session.clone(), Rc::new(RunAvailable));
    it.set_global("INPUT", Value::Str(input.to_string_lossy().into_owned()));
    it.set_global("__name__", Value::Str("__case__".into()));
    let mut out = serde_json::Map::new();
    out.insert("spark_version".into(), json!("runnel"));
    let captured = Rc::new(RefCell::new(BTreeMap::new()));
    let file = case.join("query.py").to_string_lossy().into_owned();
    let setup = (|| -> Result<(runnel_core::StreamingQuery, bool, Option<String>, Vec<String>)> {
        it.run(&src, &file)?;
        let df: DataFrame = match it.get_global("result") {
            Some(Value::DataFrame(df)) => df,
            _ => return Err(RunnelError::analysis_plain("query.py did not set `result` to a DataFrame")),
        };
        let mode = global_str(&it, "OUTPUT_MODE").unwrap_or_else(|| "append".into());
        out.insert("output_mode".into(), json!(mode));
        out.insert(
            "columns".into(),
            J::Array(df.schema().fields().iter().map(|f| json!([f.name(), simple_string(f.data_type())])).collect()),
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
    for (i, step) in steps.iter().enumerate() {
        let files = if i == 0 {
            first.clone()
        } else {
            placer.place(&steps_dir, step)?
        };
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
                        runtime_error = Some(e);
                        break;
                    }
                };
                results.push(json!({"query": s, "rows": rows}));
            }
            rec["sql"] = J::Array(results);
        }
        if runtime_error.is_some() {
            break;
        }
        step_out.push(rec);
    }
    out.insert("steps".into(), J::Array(step_out));
    if let Some(e) = runtime_error {
        out.insert("runtime_error".into(), runtime_error_json(&e));
    }
    let _ = ordered;
    Ok(J::Object(out))
}

/// Case folders under `dirs`: a folder with a query.py is a case; otherwise its subfolders are searched.
pub fn find_cases(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in dirs {
        if d.join("query.py").is_file() {
            out.push(d.clone());
        } else if let Ok(rd) = std::fs::read_dir(d) {
            let mut subs: Vec<PathBuf> = rd
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect();
            subs.sort();
            out.extend(find_cases(&subs));
        }
    }
    out
}

/// Runs a case with the console sink, as Spark printed `console.txt`: `printSchema()`,
/// then one block per micro-batch.
pub fn run_console(case: &Path) -> std::io::Result<String> {
    let name = case
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let work = std::env::temp_dir().join(format!("runnel-console-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let input = work.join("input");
    std::fs::create_dir_all(&input)?;
    let out = Rc::new(RefCell::new(String::new()));
    let r = (|| -> std::io::Result<()> {
        let src = std::fs::read_to_string(case.join("query.py"))?;
        let steps_dir = case.join("steps");
        let mut steps: Vec<String> = std::fs::read_dir(&steps_dir)?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        steps.sort();
        let mut placer = Placer {
            input: input.clone(),
            clock: 1_700_000_000,
        };
        if let Some(s) = steps.first() {
            placer.place(&steps_dir, s)?;
        }
        let session = SparkSession::new();
        session.set_file_system(Rc::new(LocalFileSystem));
        let o = out.clone();
        session.set_output(move |s: &str| o.borrow_mut().push_str(s));
        let it = Interpreter::new(session.clone(), Rc::new(RunAvailable));
        it.set_global("INPUT", Value::Str(input.to_string_lossy().into_owned()));
        let io = |e: RunnelError| std::io::Error::other(e.to_string());
        it.run(&src, &case.join("query.py").to_string_lossy())
            .map_err(io)?;
        let Some(Value::DataFrame(df)) = it.get_global("result") else {
            return Err(std::io::Error::other("query.py did not set `result`"));
        };
        session.print(&df.tree_string());
        let mode = global_str(&it, "OUTPUT_MODE").unwrap_or_else(|| "append".into());
        let q = df
            .write_stream()
            .output_mode(&mode)
            .format("console")
            .start(None)
            .map_err(io)?;
        for (i, step) in steps.iter().enumerate() {
            if i > 0 {
                placer.place(&steps_dir, step)?;
            }
            q.process_all_available().map_err(io)?;
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&work);
    r?;
    let text = out.borrow().clone();
    Ok(text)
}

/// Compares console text: the schema and every block's header exactly, each block's rows as a multiset.
pub fn compare_console(expected: &str, actual: &str) -> Option<String> {
    let split = |t: &str| -> Vec<Vec<String>> {
        let mut blocks: Vec<Vec<String>> = vec![Vec::new()];
        for line in t.lines() {
            if line == "-------------------------------------------" {
                continue;
            }
            if line.starts_with("Batch: ") {
                blocks.push(vec![line.to_string()]);
                continue;
            }
            if let (false, Some(b)) = (line.is_empty(), blocks.last_mut()) {
                b.push(line.to_string());
            }
        }
        blocks
    };
    let (e, a) = (split(expected), split(actual));
    if e.len() != a.len() {
        return Some(format!("{} blocks, expected {}", a.len(), e.len()));
    }
    for (i, (x, y)) in e.iter().zip(&a).enumerate() {
        // header: schema block exactly; batch blocks: banner and the table's first three lines exactly.
        let fixed = if i == 0 { x.len() } else { 4.min(x.len()) };
        if x.len() != y.len() || x[..fixed] != y[..fixed.min(y.len())] {
            return Some(format!(
                "block {i}:\n{}\nexpected:\n{}",
                y.join("\n"),
                x.join("\n")
            ));
        }
        let (mut xs, mut ys) = (x[fixed..].to_vec(), y[fixed..].to_vec());
        xs.sort();
        ys.sort();
        if xs != ys {
            return Some(format!(
                "block {i} rows:\n{}\nexpected:\n{}",
                ys.join("\n"),
                xs.join("\n")
            ));
        }
    }
    None
}
