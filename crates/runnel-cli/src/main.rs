//! `runnel`: run PySpark Structured Streaming scripts without a JVM.

use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;
use std::time::{Duration, Instant, UNIX_EPOCH};

use clap::{Parser, Subcommand};
use runnel_cli::driver::{CliHost, DriverOptions};
use runnel_cli::oracle;
use runnel_core::SparkSession;
use runnel_pyspark::Interpreter;

#[derive(Parser)]
#[command(
    name = "runnel",
    version,
    about = "Apache Spark Structured Streaming, without a JVM"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a PySpark streaming script.
    Submit {
        /// The script.
        script: PathBuf,
        /// The script's arguments (`sys.argv[1:]`), as spark-submit passes them: options
        /// for runnel go before them.
        #[arg(
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "ARGS"
        )]
        args: Vec<String>,
        /// Spark configuration, `key=value` (repeatable).
        #[arg(long = "conf", value_name = "KEY=VALUE")]
        conf: Vec<String>,
        /// Rewrite paths that start with FROM to start with TO (repeatable).
        #[arg(long = "path-map", value_name = "FROM=TO")]
        path_map: Vec<String>,
        /// Process what is available, then exit (queries the script did not wait for run
        /// until their input is consumed).
        #[arg(long)]
        once: bool,
        /// Stop the queries after this long (`30s`, `5m`, `500ms`); queries the script did
        /// not wait for run until then.
        #[arg(long, value_parser = parse_duration)]
        timeout: Option<Duration>,
        /// Run the script on this CPython (one that imports pyspark's Spark Connect
        /// client, pandas and pyarrow) against Runnel's Spark Connect server. Scripts that
        /// need pandas or Arrow run so anyway, on RUNNEL_PYTHON or else python3.
        #[arg(long, value_name = "PATH")]
        python: Option<String>,
    },
    /// Serve Spark Connect (gRPC): PySpark clients connect with
    /// `SparkSession.builder.remote("sc://HOST:PORT")` or SPARK_REMOTE.
    Connect {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// Port to listen on (0: any free port, printed at start).
        #[arg(long, default_value_t = 15002)]
        port: u16,
        /// Spark configuration for every session, `key=value` (repeatable).
        #[arg(long = "conf", value_name = "KEY=VALUE")]
        conf: Vec<String>,
        /// Rewrite paths that start with FROM to start with TO (repeatable).
        #[arg(long = "path-map", value_name = "FROM=TO")]
        path_map: Vec<String>,
        /// Where managed tables (saveAsTable, toTable) keep their rows: Spark's
        /// spark.sql.warehouse.dir (default: spark-warehouse in the working directory).
        #[arg(long, value_name = "DIR")]
        warehouse: Option<PathBuf>,
    },
    /// Run Spark oracle cases and compare with Spark's recorded output.
    OracleCheck {
        /// Case folders, or folders holding case folders.
        #[arg(required = true)]
        cases: Vec<PathBuf>,
        /// Also write what Runnel produced as OUT/<case>/actual.json.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// List Spark's functions Runnel knows (the README's table), from its registry.
    Functions {
        /// One JSON object per name instead of the Markdown table.
        #[arg(long)]
        json: bool,
    },
}

fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(
        s.find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(s.len()),
    );
    let n: f64 = num
        .parse()
        .map_err(|_| format!("not a duration: {s:?} (use 30s, 5m, 500ms)"))?;
    let secs = match unit {
        "" | "s" | "sec" | "secs" => n,
        "ms" => n / 1000.0,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(format!("unknown unit {unit:?} in {s:?} (use ms, s, m, h)")),
    };
    Duration::try_from_secs_f64(secs)
        .map_err(|_| format!("{s:?} is not a duration Runnel can wait (use 30s, 5m, 500ms)"))
}

/// Every `KEY=VALUE` of a repeated option.
fn split_all(items: &[String], what: &str) -> Result<Vec<(String, String)>, String> {
    items.iter().map(|s| split_kv(s, what)).collect()
}

fn split_kv(s: &str, what: &str) -> Result<(String, String), String> {
    s.split_once('=')
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .ok_or_else(|| format!("{what} must look like KEY=VALUE, got {s:?}"))
}

/// `runnel submit job.py -h` asks the script for its help, as spark-submit passes
/// everything after the script to it: a `-h`/`--help` that comes right after the script
/// (and runnel's own options there) gets a `--` before it, so that clap hands it to the
/// script's arguments rather than printing runnel's help.
fn script_help_to_script(mut argv: Vec<String>) -> Vec<String> {
    let Some(sub) = argv.iter().position(|a| a == "submit") else {
        return argv;
    };
    let with_value = ["--conf", "--path-map", "--timeout", "--python"];
    let mut i = sub + 1;
    let mut script_seen = false;
    while i < argv.len() {
        let a = argv[i].as_str();
        if with_value.contains(&a) {
            i += 2;
        } else if a == "--once" || with_value.iter().any(|o| a.starts_with(&format!("{o}="))) {
            i += 1;
        } else if !script_seen && !a.starts_with('-') {
            script_seen = true;
            i += 1;
        } else {
            if script_seen && (a == "-h" || a == "--help") {
                argv.insert(i, "--".into());
            }
            break;
        }
    }
    argv
}

/// The most a script may hold (a PySpark job is a few kilobytes).
const MAX_SCRIPT_BYTES: u64 = 16 << 20;

/// A script's text: a regular file of UTF-8 (a FIFO or a device like /dev/zero is
/// refused rather than read forever).
fn read_script(script: &std::path::Path) -> Result<String, String> {
    let md =
        std::fs::metadata(script).map_err(|e| format!("cannot read {}: {e}", script.display()))?;
    if !md.is_file() {
        return Err(format!(
            "{} is not a regular file: give the path of a Python script",
            script.display()
        ));
    }
    if md.len() > MAX_SCRIPT_BYTES {
        return Err(format!(
            "{} holds {} bytes; a script may hold at most {MAX_SCRIPT_BYTES} (16 MiB)",
            script.display(),
            md.len()
        ));
    }
    let bytes =
        std::fs::read(script).map_err(|e| format!("cannot read {}: {e}", script.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 text (byte {} is invalid); save the script as UTF-8",
            script.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// How `runnel submit` ends when not with success.
enum Stop {
    /// An error, printed as `error: ...`.
    Error(String),
    /// `sys.exit(n)` with n != 0.
    Exit(u8),
}

impl From<String> for Stop {
    fn from(e: String) -> Self {
        Stop::Error(e)
    }
}

fn submit(
    script: PathBuf,
    args: Vec<String>,
    conf: Vec<String>,
    path_map: Vec<String>,
    once: bool,
    timeout: Option<Duration>,
    python: Option<String>,
) -> Result<(), Stop> {
    let source = read_script(&script)?;
    // --python runs any script on CPython (a library Runnel's interpreter lacks, say).
    let need = runnel_pyspark::needs_cpython(&source);
    if need.is_some() || python.is_some() {
        return submit_on_cpython(script, args, conf, path_map, once, timeout, python, need);
    }
    let session = SparkSession::new();
    runnel_connectors::install(&session);
    session.set_output(|s: &str| {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(s.as_bytes());
        let _ = out.flush();
    });
    session.set_clock(|| {
        std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    });
    for c in conf {
        let (k, v) = split_kv(&c, "--conf")?;
        session
            .conf_set(&k, &v)
            .map_err(|e| format!("--conf {k}={v}: {e}"))?;
    }
    for m in path_map {
        let (from, to) = split_kv(&m, "--path-map")?;
        session.add_path_map(&from, &to);
    }
    // A timeout past what the clock can count is no timeout.
    let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
    let opts = DriverOptions { once, deadline };
    // A batch still running at the deadline stops at its next safe point, before its
    // sink writes anything (runnel_core::exec::interrupt).
    if let (Some(d), Some(t)) = (deadline, timeout) {
        let why = format!("--timeout {t:?} reached");
        let script_why = format!("{why}, and {:?} more", runnel_cli::cpython::GRACE);
        runnel_core::exec::interrupt::set_check(Some(Rc::new(move || {
            (Instant::now() >= d).then(|| why.clone())
        })));
        // The script's own loops get the time a script on CPython gets to end after
        // its queries stopped (cpython.rs), then stop with a KeyboardInterrupt.
        let end = d.checked_add(runnel_cli::cpython::GRACE).unwrap_or(d);
        runnel_core::exec::interrupt::set_script_check(Some(Rc::new(move || {
            (Instant::now() >= end).then(|| script_why.clone())
        })));
    }
    let host = Rc::new(CliHost::new(opts));
    let it = Interpreter::new(session.clone(), host.clone());
    let mut argv = vec![script.to_string_lossy().into_owned()];
    argv.extend(args);
    it.set_argv(argv);
    if let Err(e) = it.run(&source, &script.to_string_lossy()) {
        if e.exception == "SystemExit" {
            // sys.exit(n): the queries stop with the process, as a Python job's do.
            for q in session.queries() {
                q.stop();
            }
            return match e.message.parse::<u8>() {
                Ok(0) => Ok(()),
                Ok(n) => Err(Stop::Exit(n)),
                Err(_) => Err(Stop::Exit(1)),
            };
        }
        // An error inside one of the script's own modules shows that file's line.
        let script_name = script.to_string_lossy();
        let shown = match &e.location {
            Some(l) if l.file != script_name => std::fs::read_to_string(&l.file).ok(),
            _ => None,
        };
        return Err(Stop::Error(
            e.render(Some(shown.as_deref().unwrap_or(&source))),
        ));
    }
    let active: Vec<_> = session
        .queries()
        .into_iter()
        .filter(|q| q.is_active())
        .collect();
    // Queries the script started but did not wait for run on, as a notebook's do after
    // its last cell (the course's scripts are notebook code), until Ctrl-C, the end of
    // their input with --once, or --timeout. spark-submit would stop them with the
    // driver (as the CPython path, cpython.rs, does): said on stderr, with the fix.
    if !active.is_empty() && !once && timeout.is_none() {
        let n = active.len();
        eprintln!(
            "runnel: the script ended with {n} active quer{}: running on as in a notebook until Ctrl-C (spark-submit would stop {} here: call query.awaitTermination() for a script that runs the same on a cluster; --once stops at the end of the input, --timeout after a time)",
            if n == 1 { "y" } else { "ies" },
            if n == 1 { "it" } else { "them" },
        );
    }
    if !active.is_empty() {
        host.drive(&active, None).map_err(|e| e.to_string())?;
    }
    // A query that failed while the script ran was the script's to handle (it may have
    // caught the StreamingQueryException, as a PySpark script does, and then exit 0);
    // one that fails while Runnel drives it after the script's last line ends the job.
    for q in &active {
        if let Some(e) = q.exception() {
            return Err(Stop::Error(e.to_string()));
        }
    }
    Ok(())
}

/// A script that needs pandas or Arrow: run on CPython against Runnel's Spark Connect
/// server (`runnel_cli::cpython`).
#[allow(clippy::too_many_arguments)]
fn submit_on_cpython(
    script: PathBuf,
    args: Vec<String>,
    conf: Vec<String>,
    path_map: Vec<String>,
    once: bool,
    timeout: Option<Duration>,
    python: Option<String>,
    need: Option<runnel_pyspark::CpythonNeed>,
) -> Result<(), Stop> {
    use runnel_cli::cpython;
    let py = cpython::find_python(python.as_deref())
        .map_err(|tried| cpython::no_python(&script, need.as_ref(), &tried))?;
    let job = cpython::CpythonJob {
        script,
        args,
        conf: split_all(&conf, "--conf")?,
        path_map: split_all(&path_map, "--path-map")?,
        once,
        timeout,
    };
    match cpython::run(job, py)? {
        0 => Ok(()),
        n => Err(Stop::Exit(u8::try_from(n).unwrap_or(1))),
    }
}

fn connect(
    host: String,
    port: u16,
    conf: Vec<String>,
    path_map: Vec<String>,
) -> Result<(), String> {
    let engine = runnel_connect::EngineOptions {
        conf: split_all(&conf, "--conf")?,
        path_map: split_all(&path_map, "--path-map")?,
        once: false,
    };
    runnel_connect::serve(
        runnel_connect::ServeOptions { host, port, engine },
        |addr| {
            eprintln!("runnel: Spark Connect server listening on sc://{addr} (Ctrl-C stops it)");
        },
    )
}

fn oracle_check(cases: Vec<PathBuf>, out: Option<PathBuf>) -> Result<bool, String> {
    let found = oracle::find_cases(&cases);
    if found.is_empty() {
        return Err("no oracle cases (folders with a query.py) found".into());
    }
    let (mut pass, mut fail) = (0, 0);
    for c in found {
        let r = oracle::run_case(&c).map_err(|e| format!("{}: {e}", c.display()))?;
        if let Some(dir) = &out {
            let d = dir.join(&r.name);
            std::fs::create_dir_all(&d).map_err(|e| e.to_string())?;
            let text = serde_json::to_string_pretty(&r.actual).map_err(|e| e.to_string())?;
            std::fs::write(d.join("actual.json"), text + "\n").map_err(|e| e.to_string())?;
        }
        match r.diff {
            None => {
                pass += 1;
                println!("PASS {}", r.name);
            }
            Some(d) => {
                fail += 1;
                println!("FAIL {}: {d}", r.name);
            }
        }
    }
    println!("{pass} passed, {fail} failed");
    Ok(fail == 0)
}

fn main() -> ExitCode {
    runnel_cli::tune_allocator();
    runnel_core::expr::functions::set_os_user(runnel_cli::os_user());
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("RUNNEL_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse_from(script_help_to_script(std::env::args().collect()));
    // Scripts run on a thread with a large stack (reserved, not committed): deeply nested
    // expressions and Python recursion up to its limit of 1000 calls fit.
    let run = std::thread::Builder::new()
        .name("runnel".into())
        .stack_size(STACK_BYTES)
        .spawn(move || run(cli));
    match run.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => ExitCode::from(101),
        Err(e) => {
            eprintln!("error: cannot start the runner thread: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_functions(json: bool) {
    use runnel_core::expr::functions::{catalog, markdown_table};
    if !json {
        print!("{}", markdown_table());
        return;
    }
    for d in catalog() {
        let kind = d.kind.label().unwrap_or("unsupported");
        let py: Vec<&str> = d.py_names().collect();
        for n in d.names() {
            println!(
                "{}",
                serde_json::json!({"name": n, "family": d.family, "kind": kind, "pyspark": py.contains(&n), "params": d.py})
            );
        }
    }
}

/// The runner thread's stack.
const STACK_BYTES: usize = 1 << 30;

fn run(cli: Cli) -> ExitCode {
    let r = match cli.command {
        Command::Submit {
            script,
            args,
            conf,
            path_map,
            once,
            timeout,
            python,
        } => submit(script, args, conf, path_map, once, timeout, python).map(|_| true),
        Command::Connect {
            host,
            port,
            mut conf,
            path_map,
            warehouse,
        } => {
            if let Some(w) = warehouse {
                let abs = std::path::absolute(&w).unwrap_or(w);
                conf.push(format!("spark.sql.warehouse.dir={}", abs.display()));
            }
            connect(host, port, conf, path_map)
                .map(|_| true)
                .map_err(Stop::Error)
        }
        Command::OracleCheck { cases, out } => oracle_check(cases, out).map_err(Stop::Error),
        Command::Functions { json } => {
            print_functions(json);
            Ok(true)
        }
    };
    match r {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(Stop::Exit(n)) => ExitCode::from(n),
        Err(Stop::Error(e)) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
