//! Python workers for `foreachBatch` and `foreach`: the client's pickled function runs in
//! a Python process the server starts, as Spark Connect does it.
//!
//! - `foreachBatch`: PySpark's own worker, `pyspark.sql.connect.streaming.worker.
//!   foreach_batch_worker` (shipped in `pyspark-client`), over Spark's worker protocol on a
//!   Unix socket (`PYTHON_WORKER_FACTORY_SOCK_PATH`, no secret): it reads the Python
//!   version, the session id and the function, answers 0, then per micro-batch reads a
//!   cached DataFrame's id and the batch id, calls the function with a DataFrame of this
//!   session (`CachedRemoteRelation`), and answers 0, or -2 and the traceback. The worker
//!   talks back to this server over gRPC while the batch waits for it, so the engine
//!   thread serves requests meanwhile, that session's and others' ([`Pump`]).
//! - `foreach`: the same socket and framing with a small worker of Runnel's own
//!   (`foreach_worker.py`): per micro-batch the rows go as Arrow IPC and are turned into
//!   `Row`s the way PySpark's client turns `collect()` results into rows.
//! - Python UDFs (`udf.rs`): `pyspark.worker` itself, started by [`launch`] too.
//!
//! The Python is `PYSPARK_PYTHON` when set, else `python<client version>` or `python3`; it must
//! be the client's minor version (the function is pickled by it) and import `pyspark`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufReader, Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use runnel_core::{DataFrame, Result, RunnelError};

/// The server's own address for workers to connect back to (`sc://127.0.0.1:PORT`).
pub static LOCAL_URL: OnceLock<String> = OnceLock::new();

thread_local! {
    /// DataFrames a worker reads by id (`CachedRemoteRelation`): the micro-batch being
    /// handed to `foreachBatch`.
    static CACHED: RefCell<HashMap<String, DataFrame>> = RefCell::new(HashMap::new());
}

/// The Python found for each client version (workers are launched on other threads).
static PYTHONS: std::sync::Mutex<Option<HashMap<String, String>>> = std::sync::Mutex::new(None);

/// A worker process that has connected: the slow part of starting one (Python's start
/// and imports, up to a minute), done off the engine thread so that other sessions are
/// served meanwhile (see [`prelaunch`]).
pub struct Launched {
    child: Child,
    sock: UnixStream,
    reader: BufReader<UnixStream>,
}

impl Launched {
    /// The process, its socket, and a reader of the socket.
    pub(crate) fn into_parts(self) -> (Child, UnixStream, BufReader<UnixStream>) {
        (self.child, self.sock, self.reader)
    }
}

type LaunchKey = (String, &'static str);

/// Workers launched for an operation (by the gRPC handler, before the engine runs the
/// `start()` that needs them), or the launch's error.
static PRELAUNCHED: std::sync::Mutex<Option<HashMap<LaunchKey, Result<Launched>>>> =
    std::sync::Mutex::new(None);

fn program_of(what: &'static str) -> [&'static str; 2] {
    if what == "foreach" {
        ["-c", FOREACH_WORKER]
    } else {
        [
            "-m",
            "pyspark.sql.connect.streaming.worker.foreach_batch_worker",
        ]
    }
}

/// Launches the `what` worker (`foreachBatch` or `foreach`) of Python `version` for the
/// operation and keeps it for [`take_launched`]. Blocks until it connects: call it from a
/// thread of its own (the gRPC handler's blocking pool), never the engine thread.
pub fn prelaunch(operation_id: &str, what: &'static str, version: &str) {
    let launched = launch(what, version, &program_of(what));
    let mut p = PRELAUNCHED.lock().unwrap_or_else(|e| e.into_inner());
    p.get_or_insert_with(HashMap::new)
        .insert((operation_id.to_string(), what), launched);
}

/// The worker [`prelaunch`] launched for the operation, if any.
pub fn take_launched(operation_id: &str, what: &'static str) -> Option<Result<Launched>> {
    let mut p = PRELAUNCHED.lock().unwrap_or_else(|e| e.into_inner());
    p.as_mut()?.remove(&(operation_id.to_string(), what))
}

/// A worker shared by its query's sink and the registry that ends it.
pub type SharedWorker = std::rc::Rc<RefCell<Option<Worker>>>;

thread_local! {
    /// Each running query's workers: ended when the query is no longer active.
    static RUNNING: RefCell<Vec<(runnel_core::StreamingQuery, SharedWorker)>> =
        const { RefCell::new(Vec::new()) };
}

/// Keeps `w` until `q` stops.
pub fn adopt(q: &runnel_core::StreamingQuery, w: SharedWorker) {
    RUNNING.with(|r| r.borrow_mut().push((q.clone(), w)));
}

/// Ends the workers of queries that stopped (their processes exit).
pub fn reap() {
    let done: Vec<SharedWorker> = RUNNING.with(|r| {
        let mut r = r.borrow_mut();
        let (stopped, running): (Vec<_>, Vec<_>) = r.drain(..).partition(|(q, _)| !q.is_active());
        *r = running;
        stopped.into_iter().map(|(_, w)| w).collect()
    });
    for w in done {
        // Not while its own batch is waiting on it (a stop inside foreachBatch).
        if let Ok(mut w) = w.try_borrow_mut() {
            w.take();
        }
    }
}

/// The worker, while its query runs.
pub fn with_worker<T>(w: &SharedWorker, f: impl FnOnce(&mut Worker) -> Result<T>) -> Result<T> {
    match w.borrow_mut().as_mut() {
        Some(worker) => f(worker),
        None => Err(RunnelError::execution_plain(
            "the query's Python worker has ended",
        )),
    }
}

/// Holds `df` under a fresh id (a checkpoint's), which it returns.
pub fn cache_relation(df: DataFrame) -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let id = format!("checkpoint-{n}");
    CACHED.with(|c| c.borrow_mut().insert(id.clone(), df));
    id
}

/// Lets go of the DataFrame cached under `id`.
pub fn uncache_relation(id: &str) {
    CACHED.with(|c| c.borrow_mut().remove(id));
}

/// The DataFrame cached under `id`, if any.
pub fn cached_relation(id: &str) -> Option<DataFrame> {
    CACHED.with(|c| c.borrow().get(id).cloned())
}

/// Serves requests while the engine thread waits for a worker (one call waits at most
/// about `wait` for one request).
pub type Pump<'a> = &'a mut dyn FnMut(Duration);

/// What a worker answered.
enum Frame {
    Done,
    Failed(String),
}

/// Spark's special length for "a Python exception follows" (`SpecialLengths`).
const PYTHON_EXCEPTION_THROWN: i32 = -2;

/// A running Python worker.
pub struct Worker {
    child: Child,
    sock: UnixStream,
    frames: mpsc::Receiver<std::io::Result<Frame>>,
    what: &'static str,
}

fn write_int(out: &mut impl Write, v: i32) -> std::io::Result<()> {
    out.write_all(&v.to_be_bytes())
}

fn write_bytes(out: &mut impl Write, b: &[u8]) -> std::io::Result<()> {
    let n = i32::try_from(b.len()).map_err(|_| std::io::Error::other("message over 2 GiB"))?;
    write_int(out, n)?;
    out.write_all(b)
}

fn read_int(r: &mut impl Read) -> std::io::Result<i32> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b)?;
    Ok(i32::from_be_bytes(b))
}

fn init_failure(what: &str, msg: impl Into<String>) -> RunnelError {
    if what == "Python UDF" {
        return RunnelError::execution_plain(format!(
            "the Python worker for a Python UDF could not start: {}",
            msg.into()
        ));
    }
    RunnelError::execution(
        "STREAMING_PYTHON_RUNNER_INITIALIZATION_FAILURE",
        format!(
            "Streaming Runner initialization failed, returned -1. Cause: {what}: {}",
            msg.into()
        ),
    )
}

/// Makes `exe` (Python `version`, e.g. "3.11", with pyspark installed) the workers'
/// Python for clients of that version: `runnel submit` runs a script on it, and its
/// functions' workers should run on the same one.
pub fn use_python(version: &str, exe: &str) {
    let mut p = PYTHONS.lock().unwrap_or_else(|e| e.into_inner());
    p.get_or_insert_with(HashMap::new)
        .insert(version.into(), exe.into());
}

/// A Python of the client's minor version that imports pyspark.
fn python_for(version: &str, what: &str) -> Result<String> {
    let known = |v: &str| {
        let p = PYTHONS.lock().unwrap_or_else(|e| e.into_inner());
        p.as_ref().and_then(|m| m.get(v).cloned())
    };
    if let Some(p) = known(version) {
        return Ok(p);
    }
    // PYSPARK_PYTHON when set (as Spark's workers), else what is on PATH.
    let candidates = match std::env::var("PYSPARK_PYTHON") {
        Ok(p) if !p.is_empty() => vec![p],
        _ => vec![format!("python{version}"), "python3".into()],
    };
    let mut tried = Vec::new();
    for exe in candidates {
        let out = Command::new(&exe)
            .args([
                "-c",
                "import sys, pyspark; print('%d.%d' % sys.version_info[:2])",
            ])
            .stdin(Stdio::null())
            .stderr(Stdio::piped())
            .output();
        match out {
            Ok(o) if o.status.success() => {
                let got = String::from_utf8_lossy(&o.stdout).trim().to_string();
                if got == version {
                    let mut p = PYTHONS.lock().unwrap_or_else(|e| e.into_inner());
                    p.get_or_insert_with(HashMap::new)
                        .insert(version.into(), exe.clone());
                    return Ok(exe);
                }
                tried.push(format!("{exe} is Python {got}"));
            }
            Ok(o) => {
                let err = String::from_utf8_lossy(&o.stderr);
                let last = err.lines().last().unwrap_or("failed").trim().to_string();
                tried.push(format!("{exe}: {last}"));
            }
            Err(e) => tried.push(format!("{exe}: {e}")),
        }
    }
    Err(init_failure(
        what,
        format!(
            "the client's function runs in a Python {version} worker on the server, with pyspark (pyspark-client) \
             installed, and none was found ({}). Start `runnel connect` with PYSPARK_PYTHON set to such a Python, \
             e.g. the python of the client's virtual environment",
            tried.join("; ")
        ),
    ))
}

/// Starts `python -m module` (or `python -c script`) connected to a fresh Unix socket and
/// reads its pid (within a minute).
pub(crate) fn launch(what: &'static str, version: &str, program: &[&str]) -> Result<Launched> {
    let exe = python_for(version, what)?;
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "runnel-worker-{}-{}.sock",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path)
        .map_err(|e| init_failure(what, format!("cannot listen on {}: {e}", path.display())))?;
    let stderr = || {
        std::io::stderr()
            .as_fd()
            .try_clone_to_owned()
            .map(Stdio::from)
            .unwrap_or_else(|_| Stdio::null())
    };
    use std::os::fd::AsFd;
    let mut cmd = Command::new(&exe);
    cmd.args(program)
        .env("PYTHON_WORKER_FACTORY_SOCK_PATH", &path)
        .env_remove("PYTHON_WORKER_FACTORY_SECRET")
        .env(
            "SPARK_CONNECT_LOCAL_URL",
            LOCAL_URL
                .get()
                .map(String::as_str)
                .unwrap_or("sc://127.0.0.1:15002/"),
        )
        .stdin(Stdio::null())
        // pyspark's worker modules look for a Spark home at import (Spark's server
        // sets one); nothing is read from it.
        .env(
            "SPARK_HOME",
            std::env::var_os("SPARK_HOME").unwrap_or_else(|| std::env::temp_dir().into()),
        )
        // The worker's prints go where the server logs (Spark logs them too).
        .stdout(stderr())
        .stderr(stderr());
    // The worker dies with the server (killed or not): Linux's parent-death signal.
    // SAFETY: prctl is async-signal-safe and touches nothing of the parent's.
    unsafe {
        use std::os::unix::process::CommandExt;
        cmd.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    let mut child =
        spawn_child(cmd).map_err(|e| init_failure(what, format!("cannot start {exe}: {e}")))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| init_failure(what, e.to_string()))?;
    let deadline = Instant::now() + Duration::from_secs(60);
    let sock = loop {
        match listener.accept() {
            Ok((s, _)) => break s,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                if let Ok(Some(st)) = child.try_wait() {
                    let _ = std::fs::remove_file(&path);
                    return Err(init_failure(
                        what,
                        format!("the Python worker ({exe}) exited at start ({st})"),
                    ));
                }
                if Instant::now() > deadline {
                    let _ = child.kill();
                    let _ = child.wait();
                    let _ = std::fs::remove_file(&path);
                    return Err(init_failure(
                        what,
                        "the Python worker did not connect within 60 s",
                    ));
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                let _ = std::fs::remove_file(&path);
                return Err(init_failure(
                    what,
                    format!("accepting the worker's connection: {e}"),
                ));
            }
        }
    };
    let _ = std::fs::remove_file(&path);
    let io_err =
        |e: std::io::Error| init_failure(what, format!("talking to the Python worker: {e}"));
    // The worker's pid first (within a minute; the socket's options are shared with
    // the reader's clone, so the timeout is lifted after it).
    let opened = (|| -> std::io::Result<BufReader<UnixStream>> {
        sock.set_nonblocking(false)?;
        sock.set_read_timeout(Some(Duration::from_secs(60)))?;
        let mut reader = BufReader::new(sock.try_clone()?);
        read_int(&mut reader)?;
        sock.set_read_timeout(None)?;
        Ok(reader)
    })();
    match opened {
        Ok(reader) => Ok(Launched {
            child,
            sock,
            reader,
        }),
        Err(e) => {
            let _ = child.kill();
            let _ = child.wait();
            Err(io_err(e))
        }
    }
}

/// Spawns `cmd` on a thread that lives as long as the server. The worker's parent-death
/// signal follows the thread that forked it, so a worker spawned from a pool thread would
/// be killed when that thread retires.
fn spawn_child(cmd: Command) -> std::io::Result<Child> {
    type Ask = (Command, mpsc::Sender<std::io::Result<Child>>);
    static LAUNCHER: OnceLock<std::sync::Mutex<mpsc::Sender<Ask>>> = OnceLock::new();
    let launcher = LAUNCHER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Ask>();
        let _ = std::thread::Builder::new()
            .name("runnel-worker-launcher".into())
            .spawn(move || {
                for (mut cmd, back) in rx {
                    let _ = back.send(cmd.spawn());
                }
            });
        std::sync::Mutex::new(tx)
    });
    let (back, answer) = mpsc::channel();
    launcher
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .send((cmd, back))
        .map_err(|_| std::io::Error::other("the worker launcher thread is gone"))?;
    answer
        .recv()
        .map_err(|_| std::io::Error::other("the worker launcher thread is gone"))?
}

/// Ends a launched worker nobody took (its `start()` failed before it was needed).
pub fn discard_launched(operation_id: &str) {
    for what in ["foreachBatch", "foreach"] {
        if let Some(Ok(mut l)) = take_launched(operation_id, what) {
            let _ = l.child.kill();
            let _ = l.child.wait();
        }
    }
}

impl Worker {
    /// Starts the worker (or takes the one launched for it), then sends the Python
    /// version, then `preamble` (already framed).
    fn start(
        what: &'static str,
        version: &str,
        preamble: &[u8],
        launched: Option<Result<Launched>>,
    ) -> Result<Worker> {
        let Launched {
            mut child,
            sock,
            mut reader,
        } = match launched {
            Some(l) => l?,
            None => launch(what, version, &program_of(what))?,
        };
        let io_err =
            |e: std::io::Error| init_failure(what, format!("talking to the Python worker: {e}"));
        let (tx, frames) = mpsc::channel();
        let reading = std::thread::Builder::new()
            .name("runnel-python-worker".into())
            .spawn(move || {
                loop {
                    let frame = read_int(&mut reader).and_then(|n| match n {
                        0 => Ok(Frame::Done),
                        PYTHON_EXCEPTION_THROWN => {
                            let len = read_int(&mut reader)?;
                            let mut b = vec![0u8; len.max(0) as usize];
                            reader.read_exact(&mut b)?;
                            Ok(Frame::Failed(String::from_utf8_lossy(&b).into_owned()))
                        }
                        n => Err(std::io::Error::other(format!("unexpected answer {n}"))),
                    });
                    let end = frame.is_err();
                    if tx.send(frame).is_err() || end {
                        break;
                    }
                }
            });
        if let Err(e) = reading {
            let _ = child.kill();
            let _ = child.wait();
            return Err(io_err(e));
        }
        let mut w = Worker {
            child,
            sock,
            frames,
            what,
        };
        let mut msg = Vec::new();
        write_bytes(&mut msg, version.as_bytes()).map_err(io_err)?;
        msg.extend_from_slice(preamble);
        w.send(&msg).map_err(io_err)?;
        Ok(w)
    }

    fn send(&mut self, msg: &[u8]) -> std::io::Result<()> {
        self.sock.write_all(msg)?;
        self.sock.flush()
    }

    /// Waits for the worker's answer, serving requests meanwhile.
    fn answer(&mut self, pump: Pump) -> std::result::Result<(), String> {
        loop {
            match self.frames.try_recv() {
                Ok(Ok(Frame::Done)) => return Ok(()),
                Ok(Ok(Frame::Failed(tb))) => return Err(tb),
                Ok(Err(e)) => {
                    let status = self.child.try_wait().ok().flatten();
                    return Err(match status {
                        Some(s) => format!("the Python worker exited ({s}): {e}"),
                        None => format!("the Python worker stopped answering: {e}"),
                    });
                }
                Err(mpsc::TryRecvError::Empty) => pump(Duration::from_millis(1)),
                Err(mpsc::TryRecvError::Disconnected) => {
                    return Err("the Python worker is gone".into());
                }
            }
        }
    }

    /// PySpark's `foreach_batch_worker` for the client's function, in `session_id`.
    pub fn foreach_batch(
        session_id: &str,
        version: &str,
        command: &[u8],
        launched: Option<Result<Launched>>,
        pump: Pump,
    ) -> Result<Worker> {
        let mut pre = Vec::new();
        write_bytes(&mut pre, session_id.as_bytes())
            .map_err(|e| init_failure("foreachBatch", e.to_string()))?;
        write_bytes(&mut pre, command).map_err(|e| init_failure("foreachBatch", e.to_string()))?;
        let mut w = Worker::start("foreachBatch", version, &pre, launched)?;
        w.answer(pump)
            .map_err(|tb| init_failure("foreachBatch", tb))?;
        Ok(w)
    }

    /// Runnel's `foreach` worker for the client's pickled `(func, None, ser, ser)`.
    pub fn foreach(
        version: &str,
        command: &[u8],
        launched: Option<Result<Launched>>,
        pump: Pump,
    ) -> Result<Worker> {
        let mut pre = Vec::new();
        write_bytes(&mut pre, command).map_err(|e| init_failure("foreach", e.to_string()))?;
        let mut w = Worker::start("foreach", version, &pre, launched)?;
        w.answer(pump).map_err(|tb| init_failure("foreach", tb))?;
        Ok(w)
    }

    /// One micro-batch through `foreachBatch`: `df` cached under a fresh id while the
    /// function runs.
    pub fn run_batch(
        &mut self,
        id: String,
        df: &DataFrame,
        batch_id: i64,
        pump: Pump,
    ) -> Result<()> {
        CACHED.with(|c| c.borrow_mut().insert(id.clone(), df.clone()));
        let mut msg = Vec::new();
        let sent = write_bytes(&mut msg, id.as_bytes())
            .and_then(|_| msg.write_all(&batch_id.to_be_bytes()))
            .and_then(|_| self.send(&msg));
        let r = match sent {
            Ok(()) => self.answer(pump),
            Err(e) => Err(format!("the Python worker is gone: {e}")),
        };
        CACHED.with(|c| c.borrow_mut().remove(&id));
        r.map_err(|tb| {
            user_error(
                "FOREACH_BATCH_USER_FUNCTION_ERROR",
                "foreach batch sink",
                &tb,
            )
        })
    }

    /// One micro-batch through `foreach`: its rows as Arrow IPC.
    pub fn run_rows(&mut self, ipc: &[u8], batch_id: i64, pump: Pump) -> Result<()> {
        let mut msg = batch_id.to_be_bytes().to_vec();
        let sent = write_bytes(&mut msg, ipc).and_then(|_| self.send(&msg));
        let r = match sent {
            Ok(()) => self.answer(pump),
            Err(e) => Err(format!("the Python worker is gone: {e}")),
        };
        r.map_err(|tb| user_error("FOREACH_USER_FUNCTION_ERROR", "foreach sink", &tb))
    }

    /// What the worker runs (for messages).
    pub fn what(&self) -> &'static str {
        self.what
    }
}

/// Spark's error for an exception in the user's function (the traceback as its reason).
fn user_error(condition: &str, sink: &str, traceback: &str) -> RunnelError {
    RunnelError::execution(
        condition,
        format!(
            "An error occurred in the user provided function in {sink}. Reason: {}",
            traceback.trim_end()
        ),
    )
    .with_exception("StreamingQueryException")
}

impl Drop for Worker {
    /// The worker has nothing to finish (and PySpark's client threads would keep its
    /// process alive after its socket closes): it is killed, as Spark's server stops it.
    fn drop(&mut self) {
        let _ = self.sock.shutdown(std::net::Shutdown::Both);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runnel's `foreach` worker (run with `python -c`).
const FOREACH_WORKER: &str = include_str!("foreach_worker.py");
