//! Python UDFs over Spark Connect: the client sends each UDF as a
//! `CommonInlineUserDefinedFunction` holding a `PythonUDF` (its cloudpickled
//! `(function, returnType)`, eval type, return type and Python version), or registers
//! one by name (`spark.udf.register`, the `RegisterFunction` command). Spark runs them in
//! its Python worker, `pyspark.worker` (shipped in `pyspark-client`); so does this server,
//! speaking Spark's `PythonRunner` protocol to it:
//!
//! - one task per engine batch (the engine calls a UDF's kernel over a whole batch's
//!   arrays, never per row): split index, Python version, task context, files,
//!   broadcasts, eval type, runner and eval confs, the UDF (argument offsets, the
//!   pickled command, result id), then the rows, then `END_OF_STREAM`;
//! - rows as Spark's `BatchEvalPythonExec` sends them for `SQL_BATCHED_UDF` (100):
//!   frames of up to 100 pickled rows, each row built by
//!   `pyspark.sql.types._create_row_inbound_converter(schema)` from the internal values
//!   (a date as its day number, a timestamp as microseconds), results pickled back and
//!   converted as Spark converts them (a value that does not fit the type is NULL);
//!   as an Arrow IPC stream for `SQL_ARROW_BATCHED_UDF` (101, `useArrow=True`) and
//!   `SQL_SCALAR_PANDAS_UDF` (200, `pandas_udf`), the result an Arrow stream after
//!   `START_ARROW_STREAM`;
//! - workers are reused, as Spark's `spark.python.worker.reuse`: a worker runs
//!   `pyspark.worker.main` once per task on its socket (what `pyspark.daemon`'s forked
//!   workers do), and waits idle in a pool between tasks. A Python exception ends the
//!   worker; its traceback becomes Spark's `PythonException`.
//!
//! The engine binds UDF calls through runnel-core's user-function hook
//! (`functions::set_user_functions`): an inline UDF is the function `pyudf#N`, a
//! registered one its name in the session that registered it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::process::Child;
use std::sync::{Arc, Mutex};

use arrow_array::{Array, ArrayRef, RecordBatch, new_empty_array};
use arrow_schema::{DataType, Field, Schema};
use runnel_core::expr::functions::{Nulls, Props};
use runnel_core::expr::phys::{Kernel, PhysExpr};
use runnel_core::expr::{Expr, func};
use runnel_core::{Result, RunnelError};
use runnel_pyspark::python::pickle::{Pickler, loads};

use crate::error::unsupported;

/// `PythonEvalType.SQL_BATCHED_UDF`: rows pickled, per row.
pub const SQL_BATCHED_UDF: i32 = 100;
/// `PythonEvalType.SQL_ARROW_BATCHED_UDF`: rows as Arrow, per row (`useArrow=True`).
pub const SQL_ARROW_BATCHED_UDF: i32 = 101;
/// `PythonEvalType.SQL_SCALAR_PANDAS_UDF`: `pandas_udf` Series -> Series.
pub const SQL_SCALAR_PANDAS_UDF: i32 = 200;

/// One Python UDF as the client sent it.
#[derive(Clone)]
pub struct PythonUdf {
    /// The function's name (`<lambda>`, or the registered name): the column's name.
    pub name: &'static str,
    /// Spark's `PythonEvalType`.
    pub eval_type: i32,
    /// cloudpickle of `(function, returnType)`.
    pub command: Vec<u8>,
    /// The declared return type.
    pub ret: DataType,
    /// The client's Python (`3.11`): the worker must be the same.
    pub python_ver: String,
    /// Whether the optimizer may assume same arguments, same result.
    pub deterministic: bool,
}

/// Every UDF seen, by number (the same UDF sent again gets its number back).
static UDFS: Mutex<Vec<Arc<PythonUdf>>> = Mutex::new(Vec::new());
/// Names given with `spark.udf.register`, per session (lower case).
static REGISTERED: Mutex<Option<HashMap<(String, String), usize>>> = Mutex::new(None);

thread_local! {
    /// The session whose request (or query) the engine thread is running: registered
    /// names resolve in it.
    static SESSION: RefCell<String> = const { RefCell::new(String::new()) };
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A function's name for its kernel (which keeps a `&'static str`): each distinct name is
/// leaked once, not once per plan that names the function.
fn interned(name: &str) -> &'static str {
    static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut names = lock(&NAMES);
    match names.iter().find(|n| **n == name) {
        Some(n) => n,
        None => {
            let n: &'static str = Box::leak(name.to_string().into_boxed_str());
            names.push(n);
            n
        }
    }
}

/// Makes `id` the session registered names resolve in until the scope ends (requests
/// nest: a Guest serves one while a micro-batch of another waits).
pub fn enter_session(id: &str) -> SessionScope {
    let prev = SESSION.with(|s| std::mem::replace(&mut *s.borrow_mut(), id.to_string()));
    SessionScope { prev }
}

/// The session registered names resolve in, while it lives.
#[must_use = "the session applies while the scope lives"]
pub struct SessionScope {
    prev: String,
}

impl Drop for SessionScope {
    fn drop(&mut self) {
        SESSION.with(|s| *s.borrow_mut() = std::mem::take(&mut self.prev));
    }
}

/// Forgets the names a session registered (it was released).
pub fn forget_session(id: &str) {
    if let Some(m) = lock(&REGISTERED).as_mut() {
        m.retain(|(s, _), _| s != id);
    }
}

/// The engine's hooks for UDF calls (set once per process).
pub fn install() {
    runnel_core::expr::functions::set_user_functions(runnel_core::expr::functions::UserFunctions {
        bind,
        display,
    });
}

/// A Python function from the client's message, of any eval type.
pub(crate) fn parse(
    name: &str,
    deterministic: bool,
    p: &spark_connect_proto::PythonUdf,
) -> Result<PythonUdf> {
    let ret = crate::types::from_proto(
        p.output_type
            .as_ref()
            .ok_or_else(|| RunnelError::analysis_plain("a Python UDF without its return type"))?,
    )?;
    Ok(PythonUdf {
        name: interned(name),
        eval_type: p.eval_type,
        command: p.command.to_vec(),
        ret: runnel_core::types::spark_type(&ret),
        python_ver: p.python_ver.clone(),
        deterministic,
    })
}

/// A UDF from the client's message: its number.
pub fn add(name: &str, deterministic: bool, p: &spark_connect_proto::PythonUdf) -> Result<usize> {
    match p.eval_type {
        SQL_BATCHED_UDF | SQL_ARROW_BATCHED_UDF | SQL_SCALAR_PANDAS_UDF => {}
        crate::pandas::SQL_GROUPED_AGG_PANDAS_UDF => {
            return Err(RunnelError::analysis(
                "INVALID_PANDAS_UDF_PLACEMENT",
                format!(
                    "The group aggregate pandas UDF `{name}` cannot be invoked together with as other, non-pandas aggregate functions. Call it alone in groupBy(...).agg(...) (or df.agg(...)), with other grouped aggregate pandas UDFs only."
                ),
            ));
        }
        other => {
            return Err(unsupported(format!(
                "Python UDFs of eval type {other} ({}; scalar `udf`, `udf(useArrow=True)` and scalar `pandas_udf` run in expressions, grouped aggregate `pandas_udf` in groupBy().agg())",
                eval_type_name(other)
            )));
        }
    }
    let new = parse(name, deterministic, p)?;
    let ret = new.ret.clone();
    let mut udfs = lock(&UDFS);
    if let Some(i) = udfs.iter().position(|u| {
        u.name == name
            && u.eval_type == p.eval_type
            && u.command == p.command
            && u.ret == ret
            && u.python_ver == p.python_ver
            && u.deterministic == deterministic
    }) {
        return Ok(i);
    }
    udfs.push(Arc::new(new));
    Ok(udfs.len() - 1)
}

fn eval_type_name(t: i32) -> &'static str {
    match t {
        201 => "a grouped map pandas UDF",
        202 => "a grouped aggregate pandas UDF",
        203 => "a window aggregate pandas UDF",
        204 => "an iterator pandas UDF",
        205 => "mapInPandas",
        206 => "a cogrouped map pandas UDF",
        207 => "mapInArrow",
        _ => "not a scalar UDF",
    }
}

/// The call of UDF `id` on `args`.
pub fn call(id: usize, args: Vec<Expr>) -> Expr {
    func(&format!("pyudf#{id}"), args)
}

/// `spark.udf.register(name, f)` in the current session.
pub fn register(name: &str, id: usize) {
    let session = SESSION.with(|s| s.borrow().clone());
    lock(&REGISTERED)
        .get_or_insert_with(HashMap::new)
        .insert((session, name.to_ascii_lowercase()), id);
}

/// The UDF a function name stands for.
fn udf_of(name: &str) -> Option<Arc<PythonUdf>> {
    let id = match name.strip_prefix("pyudf#") {
        Some(n) => n.parse().ok()?,
        None => {
            let session = SESSION.with(|s| s.borrow().clone());
            *lock(&REGISTERED)
                .as_ref()?
                .get(&(session, name.to_ascii_lowercase()))?
        }
    };
    lock(&UDFS).get(id).cloned()
}

fn display(name: &str) -> Option<String> {
    udf_of(name).map(|u| u.name.to_string())
}

fn bind(name: &str, args: Vec<PhysExpr>, sql: &str) -> Option<Result<PhysExpr>> {
    let udf = udf_of(name)?;
    let props = Props {
        nulls: Nulls::Always,
        null_intolerant: false,
        deterministic: udf.deterministic,
    };
    // The kernel's text names the UDF: two UDFs of one name over the same column are
    // different functions.
    let text = format!("{sql}#{name}");
    let ty = udf.ret.clone();
    let run_udf = udf.clone();
    let kernel = Kernel::new(udf.name, &text, props, move |arrays, _ty, n| {
        run(&run_udf, arrays, n)
    });
    Some(Ok(PhysExpr::Scalar {
        func: kernel,
        args,
        ty,
    }))
}

// ---- the worker pool ----

/// A `pyspark.worker` process running tasks one after another on its socket.
struct UdfWorker {
    child: Child,
    sock: UnixStream,
    reader: BufReader<UnixStream>,
    version: String,
}

impl Drop for UdfWorker {
    fn drop(&mut self) {
        let _ = self.sock.shutdown(std::net::Shutdown::Both);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Idle workers.
static POOL: Mutex<Vec<UdfWorker>> = Mutex::new(Vec::new());

/// The worker's program: Spark's worker `main` once per task, as `pyspark.daemon` runs
/// it in a reused worker (pandas and pyarrow imported first, as the daemon's workers
/// have them after their first pandas UDF).
const UDF_WORKER: &str = r#"
import os
# Tracebacks from the user's code on (Spark's pyspark.udf.simplifiedTraceback default).
os.environ.setdefault("SPARK_SIMPLIFIED_TRACEBACK", "1")
from pyspark.worker import main
from pyspark.worker_util import get_sock_file_to_executor
for m in ("pandas", "pyarrow"):
    try:
        __import__(m)
    except ImportError:
        pass
# No socket timeout: a worker waits idle in the pool between tasks for as long as it takes
# (the default, SPARK_AUTH_SOCKET_TIMEOUT's 15 s, broke a worker left idle longer).
# When the server ends first, closing the socket file flushes into a closed pipe: the
# worker then ends quietly (nothing is left to tell a server that has gone).
try:
    with get_sock_file_to_executor(timeout=None) as f:
        while True:
            try:
                main(f, f)
                f.flush()
            except BaseException:
                break
except OSError:
    pass
"#;

fn launch(version: &str) -> Result<UdfWorker> {
    let l = crate::worker::launch("Python UDF", version, &["-c", UDF_WORKER])?;
    let (child, sock, reader) = l.into_parts();
    Ok(UdfWorker {
        child,
        sock,
        reader,
        version: version.to_string(),
    })
}

/// Whether an idle worker of Python `version` is there.
pub fn has_idle(version: &str) -> bool {
    lock(&POOL).iter().any(|w| w.version == version)
}

/// Whether any worker is idle.
pub fn has_any_idle() -> bool {
    !lock(&POOL).is_empty()
}

/// Starts a worker of Python `version` into the pool unless one is idle (blocks for
/// Python's start: call it off the engine thread).
pub fn warm(version: &str) {
    if has_idle(version) {
        return;
    }
    match launch(version) {
        Ok(w) => lock(&POOL).push(w),
        Err(e) => tracing::warn!("cannot start a Python UDF worker: {e}"),
    }
}

fn take_worker(version: &str) -> Result<UdfWorker> {
    let idle = {
        let mut pool = lock(&POOL);
        pool.iter()
            .position(|w| w.version == version)
            .map(|i| pool.swap_remove(i))
    };
    match idle {
        Some(w) => Ok(w),
        None => launch(version),
    }
}

// ---- Spark's PythonRunner framing ----

pub(crate) const END_OF_DATA_SECTION: i32 = -1;
const PYTHON_EXCEPTION_THROWN: i32 = -2;
const TIMING_DATA: i32 = -3;
pub(crate) const END_OF_STREAM: i32 = -4;
const START_ARROW_STREAM: i32 = -6;

pub(crate) fn int(out: &mut Vec<u8>, v: i32) {
    out.extend_from_slice(&v.to_be_bytes());
}

fn utf8(out: &mut Vec<u8>, s: &str) {
    int(out, s.len() as i32);
    out.extend_from_slice(s.as_bytes());
}

fn read_i32(r: &mut impl Read) -> std::io::Result<i32> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b)?;
    Ok(i32::from_be_bytes(b))
}

fn read_frame(r: &mut impl Read, n: i32) -> std::io::Result<Vec<u8>> {
    let mut b = vec![0u8; n.max(0) as usize];
    r.read_exact(&mut b)?;
    Ok(b)
}

/// A directory for the worker's `SparkFiles` root (Spark sends its own; it goes on the
/// worker's `sys.path`, so it is an empty one of the server's).
fn files_dir() -> String {
    let d = std::env::temp_dir().join(format!("runnel-pyfiles-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&d);
    d.to_string_lossy().into_owned()
}

/// The argument offsets of a UDF called on its first `n` input columns.
fn positional(n: usize) -> Vec<i32> {
    (0..n as i32).collect()
}

/// The task's header: everything `pyspark.worker.main` reads before the data, for the
/// functions `udfs` (each with its argument offsets) of one eval type.
pub(crate) fn header(
    udfs: &[(&PythonUdf, &[i32])],
    input_type: &serde_json::Value,
    eval_conf: &[(&str, String)],
) -> Vec<u8> {
    let udf = udfs[0].0;
    static TASK: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);
    let mut out = Vec::new();
    int(&mut out, 0); // split index
    utf8(&mut out, &udf.python_ver);
    let context = serde_json::json!({
        "isBarrier": false, "stageId": 0, "partitionId": 0, "attemptNumber": 0,
        "taskAttemptId": TASK.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        "cpus": 1, "resources": {}, "localProperties": {},
    });
    utf8(&mut out, &context.to_string());
    utf8(&mut out, &files_dir());
    int(&mut out, 0); // python includes
    out.push(0); // no broadcast decryption server
    int(&mut out, 0); // broadcast variables
    int(&mut out, udf.eval_type);
    // Runner conf: what the worker reads of the session's settings.
    let zone = runnel_core::temporal::session_zone_id();
    let runner = [
        ("spark.sql.session.timeZone", zone.as_str()),
        (
            "spark.sql.execution.pandas.convertToArrowArraySafely",
            "false",
        ),
    ];
    int(&mut out, runner.len() as i32);
    for (k, v) in runner {
        utf8(&mut out, k);
        utf8(&mut out, v);
    }
    // Eval conf: the input's types (the Arrow runner's `input_type`), and what the
    // eval type needs besides.
    int(&mut out, 1 + eval_conf.len() as i32);
    utf8(&mut out, "input_type");
    utf8(&mut out, &input_type.to_string());
    for (k, v) in eval_conf {
        utf8(&mut out, k);
        utf8(&mut out, v);
    }
    int(&mut out, udfs.len() as i32);
    for (i, (udf, args)) in udfs.iter().enumerate() {
        int(&mut out, args.len() as i32);
        for a in *args {
            int(&mut out, *a);
            out.push(0); // positional
        }
        int(&mut out, 1); // one function in the chain
        int(&mut out, udf.command.len() as i32);
        out.extend_from_slice(&udf.command);
        out.extend_from_slice(&(i as i64).to_be_bytes()); // result id
    }
    out
}

/// Runs `udf` over `n` rows of its argument arrays in a worker.
fn run(udf: &PythonUdf, arrays: &[ArrayRef], n: usize) -> Result<ArrayRef> {
    if n == 0 {
        return Ok(new_empty_array(&udf.ret));
    }
    let fields: Vec<Field> = arrays
        .iter()
        .enumerate()
        .map(|(i, a)| Field::new(format!("_{i}"), a.data_type().clone(), true))
        .collect();
    let schema = Arc::new(Schema::new(fields));
    let input_type = runnel_core::types::spark_json(&DataType::Struct(schema.fields().clone()));
    let mut task = header(&[(udf, &positional(arrays.len()))], &input_type, &[]);
    if udf.eval_type == SQL_BATCHED_UDF {
        pickled_rows(&mut task, arrays, n, &input_type)?;
        int(&mut task, END_OF_DATA_SECTION);
    } else {
        // Zero arguments: one column of nulls gives the batch its row count.
        let batch = if arrays.is_empty() {
            let s = Arc::new(Schema::new(vec![Field::new("_0", DataType::Null, true)]));
            RecordBatch::try_new(s, vec![Arc::new(arrow_array::NullArray::new(n))])?
        } else {
            RecordBatch::try_new(schema.clone(), arrays.to_vec())?
        };
        let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut task, &batch.schema())?;
        w.write(&batch)?;
        w.finish()?;
    }
    int(&mut task, END_OF_STREAM);
    let reply = run_task(&udf.python_ver, &task)?;
    scalar_result(reply, udf, n)
}

/// Runs a whole task (header, data, `END_OF_STREAM`) in a pooled worker of Python
/// `version`: what it answered.
pub(crate) fn run_task(version: &str, task: &[u8]) -> Result<Reply> {
    let mut worker = take_worker(version)?;
    let result = exchange(&mut worker, task);
    if result.is_ok() {
        lock(&POOL).push(worker);
    }
    result
}

fn worker_gone(e: std::io::Error, child: &mut Child) -> RunnelError {
    let status = child.try_wait().ok().flatten();
    RunnelError::execution_plain(match status {
        Some(s) => format!("the Python UDF worker exited ({s}): {e}"),
        None => format!("the Python UDF worker stopped answering: {e}"),
    })
}

/// Sends the task (from a thread of its own, so that a large input and a large
/// output cannot block each other) and reads the answer.
fn exchange(w: &mut UdfWorker, task: &[u8]) -> Result<Reply> {
    let mut sock = w
        .sock
        .try_clone()
        .map_err(|e| worker_gone(e, &mut w.child))?;
    let out = std::thread::scope(|s| {
        let sender = s.spawn(move || sock.write_all(task).and_then(|_| sock.flush()));
        let answer = read_reply(&mut w.reader);
        let sent = sender
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the sender panicked")));
        (answer, sent)
    });
    match out {
        (Ok(Ok(a)), Ok(())) => Ok(a),
        (Ok(Err(e)), _) => Err(e),
        (Err(e), _) | (Ok(Ok(_)), Err(e)) => Err(worker_gone(e, &mut w.child)),
    }
}

/// What a worker answered a task.
pub(crate) struct Reply {
    /// Pickled results (`SQL_BATCHED_UDF`), each frame's items.
    values: Vec<runnel_pyspark::python::value::Value>,
    /// The Arrow stream's batches, when it sent one.
    pub(crate) arrow: Option<Vec<RecordBatch>>,
}

/// What the worker answered: the results (or the Python error), then its timing,
/// spill figures, accumulators and `END_OF_STREAM` (it stays for the next task).
fn read_reply(r: &mut BufReader<UnixStream>) -> std::io::Result<Result<Reply>> {
    let mut values = Vec::new();
    let mut arrow: Option<Vec<RecordBatch>> = None;
    loop {
        let len = read_i32(r)?;
        match len {
            PYTHON_EXCEPTION_THROWN => {
                let n = read_i32(r)?;
                let tb = String::from_utf8_lossy(&read_frame(r, n)?).into_owned();
                return Ok(Err(python_exception(&tb)));
            }
            START_ARROW_STREAM => {
                let mut reader = arrow_ipc::reader::StreamReader::try_new(&mut *r, None)
                    .map_err(std::io::Error::other)?;
                let mut parts = Vec::new();
                for b in reader.by_ref() {
                    parts.push(b.map_err(std::io::Error::other)?);
                }
                arrow = Some(parts);
            }
            TIMING_DATA => {
                read_frame(r, 32)?;
                read_frame(r, 16)?; // memory and disk bytes spilled
                let end = read_i32(r)?;
                if end != END_OF_DATA_SECTION {
                    return Err(std::io::Error::other(format!(
                        "expected the end of the data section, got {end}"
                    )));
                }
                let accumulators = read_i32(r)?;
                for _ in 0..accumulators {
                    let n = read_i32(r)?;
                    read_frame(r, n)?;
                }
                let end = read_i32(r)?;
                if end != END_OF_STREAM {
                    return Err(std::io::Error::other(format!(
                        "expected the end of the stream, got {end}"
                    )));
                }
                break;
            }
            n if n >= 0 => {
                let frame = read_frame(r, n)?;
                match loads(&frame) {
                    Ok(v) => match v.items() {
                        Some(items) => values.extend(items),
                        None => values.push(v),
                    },
                    Err(e) => return Ok(Err(e)),
                }
            }
            other => {
                return Err(std::io::Error::other(format!(
                    "unexpected length {other} from the worker"
                )));
            }
        }
    }
    Ok(Ok(Reply { values, arrow }))
}

/// A scalar UDF's column from the worker's answer for `n` rows.
fn scalar_result(reply: Reply, udf: &PythonUdf, n: usize) -> Result<ArrayRef> {
    match reply.arrow {
        Some(batches) => {
            let parts: Vec<&dyn Array> = batches.iter().map(|b| b.column(0).as_ref()).collect();
            let a = if parts.is_empty() {
                new_empty_array(&udf.ret)
            } else {
                arrow_select::concat::concat(&parts)?
            };
            arrow_result(a, udf, n)
        }
        None if udf.eval_type == SQL_BATCHED_UDF && reply.values.len() == n => {
            runnel_pyspark::batched_udf_column(reply.values, &udf.ret)
        }
        None => Err(RunnelError::execution_plain(format!(
            "the Python UDF {} returned {} values for {n} rows",
            udf.name,
            reply.values.len()
        ))),
    }
}

/// An Arrow result as the UDF's declared type.
fn arrow_result(a: ArrayRef, udf: &PythonUdf, n: usize) -> Result<ArrayRef> {
    if a.len() != n {
        return Err(RunnelError::execution_plain(format!(
            "the Python UDF {} returned {} values for {n} rows",
            udf.name,
            a.len()
        )));
    }
    if a.data_type() == &udf.ret {
        return Ok(a);
    }
    Ok(arrow_cast::cast(&a, &udf.ret)?)
}

/// Spark's error for an exception the UDF raised: `PythonException` with the traceback.
fn python_exception(traceback: &str) -> RunnelError {
    // (The client puts "An exception was thrown from the Python worker..." before it.)
    RunnelError::execution_plain(traceback.trim_end()).with_exception("PythonException")
}

// ---- rows for SQL_BATCHED_UDF ----

/// The rows in frames of up to 100 pickled rows, as Spark's `BatchEvalPythonExec` sends
/// them: each row `_create_row_inbound_converter(schema)(*values)` of internal values.
fn pickled_rows(
    out: &mut Vec<u8>,
    arrays: &[ArrayRef],
    n: usize,
    input_type: &serde_json::Value,
) -> Result<()> {
    let schema = input_type.to_string();
    let mut start = 0;
    while start < n {
        let end = (start + 100).min(n);
        let mut p = Pickler::new();
        // The converter, once per frame: built, kept in memo slot 0, taken off the stack.
        p.global("pyspark.sql.types", "_create_row_inbound_converter");
        p.global("pyspark.sql.types", "_parse_datatype_json_string");
        p.str(&schema);
        p.tuple1();
        p.reduce();
        p.tuple1();
        p.reduce();
        p.put(0);
        p.pop();
        p.mark();
        for row in start..end {
            p.get(0);
            p.mark();
            for a in arrays {
                internal_value(&mut p, a.as_ref(), row)?;
            }
            p.tuple();
            p.reduce();
        }
        p.list();
        let bytes = p.finish();
        int(out, bytes.len() as i32);
        out.extend_from_slice(&bytes);
        start = end;
    }
    Ok(())
}

/// A value as Spark's `EvaluatePython.toJava` hands it to the pickler: the internal
/// form (a date its day number, a timestamp microseconds, a struct a tuple).
fn internal_value(p: &mut Pickler, a: &dyn Array, row: usize) -> Result<()> {
    use arrow_array::cast::AsArray;
    use arrow_array::types::*;
    if a.is_null(row) {
        p.none();
        return Ok(());
    }
    match a.data_type() {
        DataType::Null => p.none(),
        DataType::Boolean => p.bool(a.as_boolean().value(row)),
        DataType::Int8 => p.int(a.as_primitive::<Int8Type>().value(row) as i64),
        DataType::Int16 => p.int(a.as_primitive::<Int16Type>().value(row) as i64),
        DataType::Int32 => p.int(a.as_primitive::<Int32Type>().value(row) as i64),
        DataType::Int64 => p.int(a.as_primitive::<Int64Type>().value(row)),
        DataType::Float32 => p.float(a.as_primitive::<Float32Type>().value(row) as f64),
        DataType::Float64 => p.float(a.as_primitive::<Float64Type>().value(row)),
        DataType::Utf8 => p.str(a.as_string::<i32>().value(row)),
        DataType::LargeUtf8 => p.str(a.as_string::<i64>().value(row)),
        DataType::Binary => p.bytearray(a.as_binary::<i32>().value(row)),
        DataType::Date32 => p.int(a.as_primitive::<Date32Type>().value(row) as i64),
        DataType::Timestamp(arrow_schema::TimeUnit::Microsecond, _) => {
            p.int(a.as_primitive::<TimestampMicrosecondType>().value(row))
        }
        DataType::Duration(arrow_schema::TimeUnit::Microsecond) => {
            p.int(a.as_primitive::<DurationMicrosecondType>().value(row))
        }
        DataType::Decimal128(_, s) => {
            let v = a.as_primitive::<Decimal128Type>().value(row);
            p.global("decimal", "Decimal");
            p.mark();
            p.str(&<Decimal128Type as arrow_array::types::DecimalType>::format_decimal(v, 38, *s));
            p.tuple();
            p.reduce();
        }
        DataType::List(_) => {
            let l = a.as_list::<i32>().value(row);
            p.mark();
            for i in 0..l.len() {
                internal_value(p, l.as_ref(), i)?;
            }
            p.list();
        }
        DataType::Map(..) => {
            let m = a.as_map();
            let entries = m.value(row);
            p.mark();
            for i in 0..entries.len() {
                internal_value(p, entries.column(0).as_ref(), i)?;
                internal_value(p, entries.column(1).as_ref(), i)?;
            }
            p.dict();
        }
        DataType::Struct(_) => {
            let s = a.as_struct();
            p.mark();
            for c in s.columns() {
                internal_value(p, c.as_ref(), row)?;
            }
            p.tuple();
        }
        other => {
            return Err(unsupported(format!(
                "a Python UDF argument of type {}",
                runnel_core::types::simple_string(other)
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn udf(eval_type: i32) -> PythonUdf {
        PythonUdf {
            name: "f",
            eval_type,
            command: vec![],
            ret: DataType::Int32,
            python_ver: "3.11".into(),
            deterministic: true,
        }
    }

    fn answer(bytes: &[u8], u: &PythonUdf, n: usize) -> std::io::Result<Result<ArrayRef>> {
        let (mut a, b) = UnixStream::pair().unwrap();
        a.write_all(bytes).unwrap();
        drop(a);
        Ok(read_reply(&mut BufReader::new(b))?.and_then(|r| scalar_result(r, u, n)))
    }

    fn tail(out: &mut Vec<u8>) {
        int(out, TIMING_DATA);
        out.extend_from_slice(&[0u8; 48]);
        int(out, END_OF_DATA_SECTION);
        int(out, 0);
        int(out, END_OF_STREAM);
    }

    #[test]
    fn pickled_results_become_the_column_and_misfits_null() {
        let mut p = Pickler::new();
        p.mark();
        p.int(7);
        p.none();
        p.str("not an int");
        p.list();
        let frame = p.finish();
        let mut out = Vec::new();
        int(&mut out, frame.len() as i32);
        out.extend_from_slice(&frame);
        tail(&mut out);
        let a = answer(&out, &udf(SQL_BATCHED_UDF), 3).unwrap().unwrap();
        let a = a
            .as_any()
            .downcast_ref::<arrow_array::Int32Array>()
            .unwrap();
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![Some(7), None, None]);
    }

    #[test]
    fn a_python_traceback_is_a_python_exception() {
        let mut out = Vec::new();
        int(&mut out, PYTHON_EXCEPTION_THROWN);
        utf8(
            &mut out,
            "Traceback (most recent call last):\nZeroDivisionError: division by zero\n",
        );
        let e = answer(&out, &udf(SQL_BATCHED_UDF), 1).unwrap().unwrap_err();
        assert_eq!(e.exception, "PythonException");
        assert!(
            e.message.ends_with("ZeroDivisionError: division by zero"),
            "{}",
            e.message
        );
    }

    #[test]
    fn a_worker_that_stops_mid_answer_is_an_error_not_a_hang() {
        let mut out = Vec::new();
        int(&mut out, 100);
        out.extend_from_slice(b"short");
        assert!(answer(&out, &udf(SQL_BATCHED_UDF), 1).is_err());
        // Fewer results than rows.
        let mut p = Pickler::new();
        p.mark();
        p.int(1);
        p.list();
        let frame = p.finish();
        let mut out = Vec::new();
        int(&mut out, frame.len() as i32);
        out.extend_from_slice(&frame);
        tail(&mut out);
        let e = answer(&out, &udf(SQL_BATCHED_UDF), 2).unwrap().unwrap_err();
        assert!(
            e.message.contains("returned 1 values for 2 rows"),
            "{}",
            e.message
        );
    }

    #[test]
    fn rows_go_in_frames_of_at_most_100() {
        let a: ArrayRef = Arc::new(arrow_array::Int32Array::from(
            (0..250).collect::<Vec<i32>>(),
        ));
        let mut out = Vec::new();
        pickled_rows(
            &mut out,
            &[a],
            250,
            &serde_json::json!({"type": "struct", "fields": []}),
        )
        .unwrap();
        let mut frames = 0;
        let mut pos = 0;
        while pos < out.len() {
            let n = i32::from_be_bytes(out[pos..pos + 4].try_into().unwrap()) as usize;
            pos += 4 + n;
            frames += 1;
        }
        assert_eq!(frames, 3);
    }
}
