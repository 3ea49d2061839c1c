//! `runnel submit` of a script that needs CPython: one that imports pandas, numpy or
//! pyarrow, or calls PySpark's pandas/Arrow functions (`applyInPandasWithState`,
//! `pandas_udf`, `mapInPandas`, `toPandas`, ...; `runnel_pyspark::needs_cpython`).
//! Runnel's own interpreter has no pandas, so the script runs, unchanged, on a real
//! CPython with PySpark's Spark Connect client, against Runnel's Spark Connect server
//! started in this process on a free loopback port (`SPARK_REMOTE`): the same engine,
//! the same sinks (the console sink prints on this process's standard output), and the
//! functions' Python workers on that same Python.
//!
//! ```text
//!  runnel submit job.py ──spawn──► python job.py ARGS   (SPARK_REMOTE=sc://127.0.0.1:PORT)
//!        │                               │ gRPC
//!        └── runnel_connect::serve_until ◄┘   (stopped when the script exits)
//! ```
//!
//! The Python: `--python`, else `RUNNEL_PYTHON`, else `python3` on PATH, else the venv
//! the test command makes (`~/.cache/runnel-connect-venv`); the first that imports
//! pyspark's Connect client, pandas and pyarrow.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use runnel_pyspark::CpythonNeed;

/// The `sitecustomize.py` the script's Python starts with: a script's
/// `SparkSession.builder.master("local[2]")` means nothing to Runnel's engine (as
/// spark-submit's `--master` overrides it), but PySpark's Connect client refuses a master
/// next to `SPARK_REMOTE` (CANNOT_CONFIGURE_SPARK_CONNECT_MASTER): the builder's check
/// leaves `spark.master` out (the option is still sent, and kept as the runner keeps it).
/// Then the Python's own `sitecustomize`, if it has one, runs as it would have.
const SITECUSTOMIZE: &str = r#"# Written by runnel submit (crates/runnel-cli/src/cpython.rs).
def _runnel_master_next_to_remote():
    try:
        from pyspark.sql.session import SparkSession
    except Exception:
        return
    check = SparkSession.Builder._validate_startup_urls

    def _validate_startup_urls(self):
        master = self._options.pop("spark.master", None)
        try:
            check(self)
        finally:
            if master is not None:
                self._options["spark.master"] = master

    SparkSession.Builder._validate_startup_urls = _validate_startup_urls


def _runnel_next_sitecustomize():
    import importlib.machinery, importlib.util, os, sys
    here = os.path.dirname(os.path.abspath(__file__))
    rest = [p for p in sys.path if os.path.abspath(p or ".") != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", rest)
    if spec is not None and spec.loader is not None:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))


_runnel_master_next_to_remote()
_runnel_next_sitecustomize()
"#;

/// A temporary folder holding [`SITECUSTOMIZE`], removed when dropped.
struct SiteDir(PathBuf);

impl SiteDir {
    fn new() -> Result<SiteDir, String> {
        let d = std::env::temp_dir().join(format!("runnel-site-{}", std::process::id()));
        std::fs::create_dir_all(&d)
            .and_then(|_| std::fs::write(d.join("sitecustomize.py"), SITECUSTOMIZE))
            .map_err(|e| format!("cannot write {}: {e}", d.display()))?;
        Ok(SiteDir(d))
    }
}

impl Drop for SiteDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What `runnel submit` was given.
pub struct CpythonJob {
    /// The script.
    pub script: PathBuf,
    /// Its arguments (`sys.argv[1:]`).
    pub args: Vec<String>,
    /// `--conf KEY=VALUE`, for every session.
    pub conf: Vec<(String, String)>,
    /// `--path-map FROM=TO`.
    pub path_map: Vec<(String, String)>,
    /// `--once`.
    pub once: bool,
    /// `--timeout`.
    pub timeout: Option<Duration>,
}

/// What a Python must import to run the script as a Spark Connect client. (`__file__` is
/// set because pyspark's Connect modules take a `__main__` without one for a doctest run.)
const PROBE: &str = "import __main__; __main__.__file__ = '<runnel probe>'\n\
import sys, pandas, pyarrow\n\
from pyspark.sql.connect.session import SparkSession\n\
print('%d.%d' % sys.version_info[:2])";

/// The Python to run the script on, and its version ("3.11").
pub fn find_python(explicit: Option<&str>) -> Result<(String, String), String> {
    let mut candidates: Vec<String> = Vec::new();
    match explicit {
        Some(p) => candidates.push(p.to_string()),
        None => {
            if let Ok(p) = std::env::var("RUNNEL_PYTHON")
                && !p.is_empty()
            {
                candidates.push(p);
            } else {
                candidates.push("python3".into());
                if let Some(home) = std::env::var_os("HOME") {
                    let venv = Path::new(&home).join(".cache/runnel-connect-venv/bin/python");
                    if venv.exists() {
                        candidates.push(venv.to_string_lossy().into_owned());
                    }
                }
            }
        }
    }
    let mut tried = Vec::new();
    for exe in candidates {
        let out = Command::new(&exe)
            .args(["-c", PROBE])
            .stdin(Stdio::null())
            .stderr(Stdio::piped())
            .stdout(Stdio::piped())
            .output();
        match out {
            Ok(o) if o.status.success() => {
                let version = String::from_utf8_lossy(&o.stdout).trim().to_string();
                return Ok((exe, version));
            }
            Ok(o) => {
                let err = String::from_utf8_lossy(&o.stderr);
                let out = String::from_utf8_lossy(&o.stdout);
                // The exception's line (stderr), else what it printed last.
                let said = |t: &str| {
                    t.lines()
                        .rfind(|l| !l.trim().is_empty())
                        .map(str::to_string)
                };
                let last = said(&err)
                    .or_else(|| said(&out))
                    .unwrap_or_else(|| "failed".into())
                    .trim()
                    .to_string();
                tried.push(format!("{exe}: {last}"));
            }
            Err(e) => tried.push(format!("{exe}: {e}")),
        }
    }
    Err(tried.join("; "))
}

/// The refusal when no Python can run the script (`need`: what in it needs CPython;
/// None when `--python` asked for it).
pub fn no_python(script: &Path, need: Option<&CpythonNeed>, tried: &str) -> String {
    let why = match need {
        Some(n) => format!(
            "{}:{}:{}: `{}` needs pandas and Arrow in Python, which Runnel's interpreter does not have; \
             Runnel runs such a script on CPython against its own Spark Connect server",
            script.display(),
            n.line,
            n.column,
            n.what
        ),
        None => format!("{}: --python runs the script on CPython", script.display()),
    };
    format!(
        "{why}, and found no Python that imports pyspark's Connect client, pandas and pyarrow \
         ({tried}). Install them (`pip install pyspark-client==4.2.0 'pandas<3' pyarrow`) and \
         give that Python with --python PATH or RUNNEL_PYTHON"
    )
}

/// How long a script may take to end after `--timeout` stopped its queries before it is killed.
pub const GRACE: Duration = Duration::from_secs(10);

/// Runs the script on `python` against a Spark Connect server in this process: the
/// script's exit status.
pub fn run(job: CpythonJob, python: (String, String)) -> Result<i32, String> {
    let (exe, version) = python;
    runnel_connect::worker::use_python(&version, &exe);
    let opts = runnel_connect::ServeOptions {
        host: "127.0.0.1".into(),
        port: 0,
        engine: runnel_connect::EngineOptions {
            conf: job.conf,
            path_map: job.path_map,
            once: job.once,
        },
    };
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::Builder::new()
        .name("runnel-connect".into())
        .spawn(move || {
            let failed = ready_tx.clone();
            let r = runnel_connect::serve_until(
                opts,
                move |addr, engine| {
                    let _ = ready_tx.send(Ok((addr, engine)));
                },
                async {
                    let _ = stop_rx.await;
                },
            );
            if let Err(e) = r {
                let _ = failed.send(Err(e));
            }
        })
        .map_err(|e| format!("cannot start the Spark Connect server's thread: {e}"))?;
    let (addr, engine) = ready_rx
        .recv()
        .map_err(|_| "the Spark Connect server stopped before it listened".to_string())??;
    let site = SiteDir::new()?;
    let mut python_path = std::ffi::OsString::from(&site.0);
    if let Some(p) = std::env::var_os("PYTHONPATH").filter(|p| !p.is_empty()) {
        python_path.push(":");
        python_path.push(p);
    }
    let mut child = Command::new(&exe)
        .arg(&job.script)
        .args(&job.args)
        .env("SPARK_REMOTE", format!("sc://127.0.0.1:{}", addr.port()))
        .env("PYTHONPATH", python_path)
        .env_remove("MASTER")
        .spawn()
        .map_err(|e| format!("cannot start {exe}: {e}"))?;
    let deadline = job.timeout.and_then(|t| Instant::now().checked_add(t));
    let mut stopped_at: Option<Instant> = None;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) => {}
            Err(e) => return Err(format!("cannot wait for {exe}: {e}")),
        }
        let now = Instant::now();
        match (deadline, stopped_at) {
            (Some(d), None) if now >= d => {
                // As `runnel submit --timeout` does: the queries stop, so the script's
                // awaitTermination returns and it ends as it would.
                let n = engine.stop_queries(false).unwrap_or(0);
                eprintln!(
                    "runnel: --timeout {:?} reached: {n} quer{} stopped",
                    job.timeout.unwrap_or_default(),
                    if n == 1 { "y" } else { "ies" }
                );
                stopped_at = Some(now);
            }
            (_, Some(at)) if now.duration_since(at) >= GRACE => {
                eprintln!(
                    "runnel: the script did not end within {GRACE:?} of its queries stopping: killed"
                );
                let _ = child.kill();
            }
            _ => {}
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    // The server stops with the script (not waited for: the process ends next), its
    // queries and Python workers first (a worker that saw its socket close at the
    // process's exit would print a traceback).
    let _ = engine.stop_queries(true);
    let _ = stop_tx.send(());
    drop(server);
    Ok(exit_code(status))
}

/// The exit status as a shell reports it (128 + the signal for a killed process).
fn exit_code(status: std::process::ExitStatus) -> i32 {
    if let Some(c) = status.code() {
        return c;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return 128 + sig;
        }
    }
    1
}
