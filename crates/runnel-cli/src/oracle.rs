//! Runs a Spark oracle case (see `../shared/spark-oracle/README.md`) through
//! runnel-pyspark the way `run_spark.py` runs it through Spark, and records what
//! Runnel produced in the same format as `expected.json`.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, UNIX_EPOCH};

use runnel_connectors::LocalFileSystem;
use runnel_core::SparkSession;
use runnel_core::error::{Result, RunnelError};
use runnel_pyspark::oracle::run_steps;
use runnel_pyspark::{Interpreter, RunAvailable, Value};
use serde_json::Value as J;

/// The outcome of one case.
pub struct CaseResult {
    /// Case name (folder name).
    pub name: String,
    /// What Runnel produced, in expected.json's format.
    pub actual: J,
    /// The first difference from expected.json, or None when they agree.
    pub diff: Option<String>,
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
            runnel_pyspark::compare::compare(&exp, &actual)
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
    let file = case.join("query.py").to_string_lossy().into_owned();
    let input_s = input.to_string_lossy().into_owned();
    let mut place = |i: usize| -> Result<Vec<String>> {
        placer
            .place(&steps_dir, &steps[i])
            .map_err(|e| RunnelError::io(e.to_string()))
    };
    run_steps(&session, &input_s, &src, &file, &steps, &mut place)
        .map_err(|e| std::io::Error::other(e.to_string()))
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
