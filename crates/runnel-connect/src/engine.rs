//! The engine thread: Runnel's engine is single-threaded (`SparkSession` and its queries
//! are `Rc`/`RefCell`, not `Send`), so one dedicated thread owns every session and query.
//! The gRPC handlers send it jobs over a channel and await the answer on a oneshot (a
//! tiny actor); between jobs the thread drives the running streaming queries on their
//! triggers, as `runnel submit`'s driver does, and answers `awaitTermination` calls when
//! their query stops or their timeout passes.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::panic::AssertUnwindSafe;
use std::rc::Rc;
use std::sync::mpsc;
use std::time::{Duration, Instant, UNIX_EPOCH};

use runnel_core::exec::executor::Trigger;
use runnel_core::{Result, RunnelError, SparkSession, StreamingQuery, WeakSparkSession};
use spark_connect_proto as pb;
use spark_connect_proto::execute_plan_response::ResponseType;
use tonic::Status;

use crate::error::{status_of, unsupported};
use crate::plan::Planner;
use crate::worker::{SharedWorker, Worker, with_worker};

/// A session the main loop made: the session (weakly), its server-side id, its last use.
type Known = (WeakSparkSession, String, Rc<Cell<Instant>>);

thread_local! {
    /// The engine thread's inbox: a micro-batch waiting for a Python worker serves
    /// requests from it meanwhile (see [`Guest`]).
    static INBOX: RefCell<Option<Rc<mpsc::Receiver<Job>>>> = const { RefCell::new(None) };
    /// Requests that came while a worker waited and were left for the main loop.
    static DEFERRED: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    /// Every session the main loop made, held weakly: while a micro-batch waits for its
    /// Python worker, a Guest serves other sessions' requests through it too.
    static DIRECTORY: RefCell<HashMap<String, Known>> = RefCell::new(HashMap::new());
}

/// Where an answer goes.
pub type Reply<T> = tokio::sync::oneshot::Sender<std::result::Result<T, Status>>;

/// A request for the engine thread.
pub enum Job {
    /// `ExecutePlan`: every response of the operation (the stream ends after them).
    Execute(
        Box<pb::ExecutePlanRequest>,
        Reply<Vec<pb::ExecutePlanResponse>>,
    ),
    /// `AnalyzePlan`.
    Analyze(Box<pb::AnalyzePlanRequest>, Reply<pb::AnalyzePlanResponse>),
    /// `Config`.
    Config(Box<pb::ConfigRequest>, Reply<pb::ConfigResponse>),
    /// `ReleaseSession`: its queries stop and it is forgotten.
    ReleaseSession(
        Box<pb::ReleaseSessionRequest>,
        Reply<pb::ReleaseSessionResponse>,
    ),
    /// `ReleaseExecute`: answered with the session's ids (the service releases the kept
    /// responses, see reattach.rs).
    ReleaseExecute(
        Box<pb::ReleaseExecuteRequest>,
        Reply<pb::ReleaseExecuteResponse>,
    ),
    /// `spark.streams.addListener`: the first response now, query events later on the
    /// sender until the listener is removed or the session ends.
    ListenerBus(
        Box<pb::ExecutePlanRequest>,
        EventSender,
        Reply<Vec<pb::ExecutePlanResponse>>,
    ),
    /// `Interrupt`: ends the session's waiting calls (other operations finish before the
    /// next request is read).
    Interrupt(Box<pb::InterruptRequest>, Reply<pb::InterruptResponse>),
    /// Stops every active query of every session (`runnel submit --timeout` of a script
    /// run on CPython): the count stopped. With `true`, also closes every session and ends
    /// its Python workers (the script has exited, the server is about to).
    StopQueries(bool, Reply<usize>),
}

impl Job {
    fn session_id(&self) -> &str {
        match self {
            Job::Execute(r, _) => &r.session_id,
            Job::Analyze(r, _) => &r.session_id,
            Job::Config(r, _) => &r.session_id,
            Job::ReleaseSession(r, _) => &r.session_id,
            Job::ReleaseExecute(r, _) => &r.session_id,
            Job::Interrupt(r, _) => &r.session_id,
            Job::ListenerBus(r, _, _) => &r.session_id,
            Job::StopQueries(..) => "",
        }
    }

    /// Waits on queries or changes what the main loop keeps (await, processAllAvailable,
    /// resetTerminated, the listener bus, interrupt, release): left for the main loop while
    /// a micro-batch waits for its Python worker. The rest (status, progress, stop, active,
    /// batch plans...) a Guest answers at once, so that a foreachBatch function may call them.
    fn controls_queries(&self) -> bool {
        use pb::command::CommandType as C;
        use pb::streaming_query_command::Command as Q;
        use pb::streaming_query_manager_command::Command as M;
        match self {
            Job::Execute(r, _) => match r.plan.as_ref().and_then(|p| p.op_type.as_ref()) {
                Some(pb::plan::OpType::Command(pb::Command {
                    command_type: Some(c),
                    ..
                })) => match c {
                    C::StreamingQueryCommand(q) => matches!(
                        q.command,
                        Some(Q::AwaitTermination(_) | Q::ProcessAllAvailable(_))
                    ),
                    C::StreamingQueryManagerCommand(m) => matches!(
                        m.command,
                        Some(M::AwaitAnyTermination(_) | M::ResetTerminated(_))
                    ),
                    C::StreamingQueryListenerBusCommand(_) => true,
                    _ => false,
                },
                _ => false,
            },
            Job::Analyze(..) | Job::Config(..) | Job::ReleaseExecute(..) => false,
            Job::ReleaseSession(..)
            | Job::Interrupt(..)
            | Job::ListenerBus(..)
            | Job::StopQueries(..) => true,
        }
    }
}

/// Serves one session's requests while the engine thread waits for a Python worker
/// (`foreachBatch`'s worker calls back over gRPC with the batch's DataFrame): an engine
/// of its own over the same `SparkSession` (temp views, settings and queries shared).
/// Other sessions' requests are served too, each by an engine over that session (a
/// session's foreachBatch no longer stalls the others). Requests that control queries,
/// and those of sessions the main loop has not made yet, wait for the main loop;
/// micro-batches are not driven meanwhile.
///
/// A Guest lives in a query's sink, which the session holds: it keeps the session only
/// weakly (a released session is dropped with its queries, not kept alive by them), and
/// shares the session's last-used time (a session busy only through foreachBatch is not
/// idle).
struct Guest {
    opts: EngineOptions,
    catalog: SparkSession,
    spark: WeakSparkSession,
    session_id: String,
    server_id: String,
    last_used: Rc<Cell<Instant>>,
}

impl Guest {
    /// A Guest for the session of `ids` (created if new).
    fn new(engine: &mut Engine, ids: &Ids) -> Guest {
        let (spark, server_id, last_used) = {
            let s = engine.session(&ids.session_id);
            (
                s.spark.downgrade(),
                s.server_id.clone(),
                s.last_used.clone(),
            )
        };
        Guest {
            spark,
            server_id,
            last_used,
            opts: engine.opts.clone(),
            catalog: engine.catalog.clone(),
            session_id: ids.session_id.clone(),
        }
    }

    /// An engine over the session for one request (None once the session is gone).
    fn engine(&self) -> Option<Engine> {
        self.engine_of(
            &self.session_id,
            &self.spark,
            &self.server_id,
            self.last_used.clone(),
        )
    }

    /// An engine over session `id` for one request (None once it is gone).
    fn engine_of(
        &self,
        id: &str,
        spark: &WeakSparkSession,
        server_id: &str,
        last_used: Rc<Cell<Instant>>,
    ) -> Option<Engine> {
        let spark = spark.upgrade()?;
        let mut sessions = HashMap::new();
        sessions.insert(
            id.to_string(),
            Session::new(spark, server_id.to_string(), last_used),
        );
        Some(Engine {
            opts: self.opts.clone(),
            catalog: self.catalog.clone(),
            sessions,
            waiters: Vec::new(),
        })
    }

    /// An engine for another session the main loop knows (one it has not made yet
    /// waits for the main loop, which makes it).
    fn other_engine(&self, id: &str) -> Option<Engine> {
        let (spark, server_id, last_used) = DIRECTORY.with(|d| d.borrow().get(id).cloned())?;
        self.engine_of(id, &spark, &server_id, last_used)
    }

    /// Serves at most one request, waiting at most `wait` for it.
    fn pump(&mut self, wait: Duration) {
        let Some(rx) = INBOX.with(|i| i.borrow().clone()) else {
            std::thread::sleep(wait);
            return;
        };
        if let Ok(job) = rx.recv_timeout(wait) {
            let engine = if job.controls_queries() {
                None
            } else if job.session_id() == self.session_id {
                self.engine()
            } else {
                self.other_engine(job.session_id())
            };
            match engine {
                Some(mut engine) => {
                    if std::panic::catch_unwind(AssertUnwindSafe(|| engine.handle(job))).is_err() {
                        tracing::error!("a request panicked (a bug in Runnel); the server goes on");
                    }
                }
                None => DEFERRED.with(|d| d.borrow_mut().push_back(job)),
            }
        }
    }
}

/// Where a listener bus call's later responses go.
pub type EventSender =
    tokio::sync::mpsc::UnboundedSender<std::result::Result<pb::ExecutePlanResponse, Status>>;

/// A client's listener bus: its open call, and the core listener feeding it.
struct Bus {
    listener: usize,
    out: Rc<RefCell<Option<(EventSender, Ids, usize)>>>,
}

impl Bus {
    /// Ends the call: `result_complete`, then the stream closes.
    fn close(self, spark: &SparkSession) {
        spark.remove_listener(self.listener);
        if let Some((tx, ids, n)) = self.out.borrow_mut().take() {
            let _ = tx.send(Ok(bus_response(
                &ids,
                n,
                ResponseType::ResultComplete(Default::default()),
            )));
        }
    }
}

fn bus_response(ids: &Ids, n: usize, rt: ResponseType) -> pb::ExecutePlanResponse {
    pb::ExecutePlanResponse {
        session_id: ids.session_id.clone(),
        server_side_session_id: ids.server_id.clone(),
        operation_id: ids.operation_id.clone(),
        response_id: format!("{}-{n}", ids.operation_id),
        response_type: Some(rt),
        ..Default::default()
    }
}

/// What every session starts with (from `runnel connect`'s options).
#[derive(Clone, Default, Debug)]
pub struct EngineOptions {
    /// `--path-map FROM=TO`.
    pub path_map: Vec<(String, String)>,
    /// `--conf KEY=VALUE`.
    pub conf: Vec<(String, String)>,
    /// `runnel submit --once`: every query runs its batches without waiting for its
    /// processing-time interval and stops at its first trigger that finds nothing new.
    pub once: bool,
}

/// The handlers' side of the channel (`Send`, cheap to clone).
#[derive(Clone)]
pub struct EngineHandle {
    tx: mpsc::Sender<Job>,
}

/// The engine thread's stack: deeply nested plans and expressions fit (reserved, not committed).
const STACK_BYTES: usize = 256 << 20;

impl EngineHandle {
    /// Starts the engine thread.
    pub fn spawn(opts: EngineOptions) -> std::io::Result<EngineHandle> {
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("runnel-engine".into())
            .stack_size(STACK_BYTES)
            .spawn(move || Engine::new(opts).run(rx))?;
        Ok(EngineHandle { tx })
    }

    /// Stops every active query of every session, and with `close` also closes the
    /// sessions and ends their Python workers; the count of queries stopped (from a
    /// thread outside the gRPC runtime).
    pub fn stop_queries(&self, close: bool) -> std::result::Result<usize, Status> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        self.tx
            .send(Job::StopQueries(close, tx))
            .map_err(|_| Status::unavailable("Runnel's engine thread has stopped"))?;
        rx.blocking_recv()
            .map_err(|_| Status::internal("Runnel's engine dropped the request"))?
    }

    /// Sends a job and waits for its answer.
    pub async fn call<T>(
        &self,
        make: impl FnOnce(Reply<T>) -> Job,
    ) -> std::result::Result<T, Status> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        self.tx
            .send(make(tx))
            .map_err(|_| Status::unavailable("Runnel's engine thread has stopped"))?;
        rx.await.map_err(|_| {
            Status::internal(
                "Runnel's engine dropped the request (a bug in Runnel: see the server's log)",
            )
        })?
    }
}

struct Session {
    spark: SparkSession,
    server_id: String,
    /// When each query (by run id) last started a batch, for processing-time triggers.
    last_start: HashMap<String, Instant>,
    /// Queries `resetTerminated()` forgot (run ids): `awaitAnyTermination` waits for others.
    forgotten: std::collections::HashSet<String>,
    /// The last request of the session (shared with its queries' Guests).
    last_used: Rc<Cell<Instant>>,
    /// The client's listener bus call, when it has listeners.
    bus: Option<Bus>,
}

impl Session {
    fn new(spark: SparkSession, server_id: String, last_used: Rc<Cell<Instant>>) -> Session {
        Session {
            spark,
            server_id,
            last_start: HashMap::new(),
            forgotten: Default::default(),
            last_used,
            bus: None,
        }
    }

    /// Stops its queries and ends its listener bus call.
    fn close(&mut self) {
        for q in self.spark.queries() {
            q.stop();
        }
        if let Some(b) = self.bus.take() {
            b.close(&self.spark);
        }
    }
}

/// A session no request has come for in this long is closed and its queries stopped, as
/// Spark Connect's session manager does by default (clients do not release their sessions
/// at exit unless SPARK_CONNECT_RELEASE_SESSION_ON_EXIT is set).
const SESSION_TIMEOUT: Duration = Duration::from_secs(60 * 60);

/// The ids every response of an operation carries.
#[derive(Clone)]
struct Ids {
    session_id: String,
    server_id: String,
    operation_id: String,
}

/// What an `awaitTermination` (or `awaitAnyTermination`) waits for.
struct Pending {
    session_id: String,
    /// The query's run id; None: any query of the session.
    run_id: Option<String>,
    query_id: Option<pb::StreamingQueryInstanceId>,
    deadline: Option<Instant>,
}

/// An answer now, or a wait.
enum Step<T> {
    Now(T),
    Wait(Pending),
}

/// An `awaitTermination` (or `awaitAnyTermination`) waiting for its query.
struct Waiter {
    pending: Pending,
    ids: Ids,
    reply: Reply<Vec<pb::ExecutePlanResponse>>,
}

struct Engine {
    opts: EngineOptions,
    sessions: HashMap<String, Session>,
    waiters: Vec<Waiter>,
    /// Holds the managed tables every session sees (Spark's sessions share their
    /// catalog; temp views stay each session's).
    catalog: SparkSession,
}

/// The Spark version reported to clients: the protocol spoken is Spark 4.2's.
pub const SPARK_VERSION: &str = "4.2.0";

/// Spark's values for the settings PySpark's client reads (at start, on `collect`,
/// `createDataFrame`, `toPandas` and errors) that Runnel has no setting of its own for.
const CLIENT_DEFAULTS: &[(&str, &str)] = &[
    ("spark.sql.session.timeZone", "UTC"),
    ("spark.sql.timestampType", "TIMESTAMP_LTZ"),
    ("spark.sql.execution.pandas.structHandlingMode", "legacy"),
    (
        "spark.sql.execution.arrow.pyspark.selfDestruct.enabled",
        "false",
    ),
    // Plans arrive uncompressed (the client compresses only with a threshold >= 0).
    ("spark.connect.session.planCompression.threshold", "-1"),
    (
        "spark.connect.session.planCompression.defaultAlgorithm",
        "NONE",
    ),
    ("spark.sql.repl.eagerEval.enabled", "false"),
    ("spark.sql.repl.eagerEval.maxNumRows", "20"),
    ("spark.sql.repl.eagerEval.truncate", "20"),
    // Local data always comes inline (no artifacts): up to the gRPC message limit.
    ("spark.sql.session.localRelationCacheThreshold", "268435456"),
    ("spark.sql.session.localRelationSizeLimit", "268435456"),
    ("spark.sql.session.localRelationChunkSizeRows", "10000"),
    ("spark.sql.session.localRelationChunkSizeBytes", "16777216"),
    (
        "spark.sql.session.localRelationBatchOfChunksSizeBytes",
        "134217728",
    ),
    (
        "spark.sql.execution.pandas.convertToArrowArraySafely",
        "false",
    ),
    ("spark.sql.execution.pandas.inferPandasDictAsMap", "false"),
    ("spark.sql.pyspark.inferNestedDictAsStruct.enabled", "false"),
    (
        "spark.sql.pyspark.legacy.inferArrayTypeFromFirstElement.enabled",
        "false",
    ),
    (
        "spark.sql.pyspark.legacy.inferMapTypeFromFirstPair.enabled",
        "false",
    ),
    ("spark.sql.execution.arrow.useLargeVarTypes", "false"),
    ("spark.sql.connect.serverStacktrace.enabled", "false"),
    ("spark.sql.pyspark.jvmStacktrace.enabled", "false"),
    ("spark.sql.execution.pyspark.binaryAsBytes", "true"),
    ("spark.sql.execution.pythonUDF.arrow.enabled", "false"),
    ("spark.sql.execution.pythonUDTF.arrow.enabled", "false"),
];

/// Rows per Arrow batch message at most: results go out in chunks the client's default
/// gRPC message limit takes easily.
const MAX_BATCH_BYTES: usize = 4 << 20;

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl Engine {
    fn new(opts: EngineOptions) -> Self {
        Engine {
            opts,
            sessions: HashMap::new(),
            waiters: Vec::new(),
            catalog: SparkSession::new(),
        }
    }

    fn run(mut self, rx: mpsc::Receiver<Job>) {
        crate::udf::install();
        let rx = Rc::new(rx);
        INBOX.with(|i| *i.borrow_mut() = Some(rx.clone()));
        let mut idle = false;
        let mut last_expiry = Instant::now();
        loop {
            if last_expiry.elapsed() > Duration::from_secs(10) {
                self.expire_sessions();
                last_expiry = Instant::now();
            }
            let wait = if idle {
                Duration::from_millis(20)
            } else {
                Duration::ZERO
            };
            let next = match DEFERRED.with(|d| d.borrow_mut().pop_front()) {
                Some(job) => Ok(job),
                None => rx.recv_timeout(wait),
            };
            match next {
                Ok(job) => {
                    if std::panic::catch_unwind(AssertUnwindSafe(|| self.handle(job))).is_err() {
                        tracing::error!("a request panicked (a bug in Runnel); the server goes on");
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
            match std::panic::catch_unwind(AssertUnwindSafe(|| self.drive())) {
                Ok(ran) => idle = !ran,
                Err(_) => {
                    tracing::error!("a streaming query panicked (a bug in Runnel)");
                    idle = true;
                }
            }
            self.check_waiters();
            crate::worker::reap();
        }
        for s in self.sessions.values_mut() {
            s.close();
        }
    }

    fn session(&mut self, id: &str) -> &mut Session {
        let opts = &self.opts;
        let catalog = &self.catalog;
        self.sessions.entry(id.to_string()).or_insert_with(|| {
            let spark = SparkSession::new();
            runnel_connectors::install(&spark);
            spark.share_catalog_of(catalog);
            spark.set_output(|s: &str| {
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(s.as_bytes());
                let _ = out.flush();
            });
            spark.set_clock(now_ms);
            // (Checked when the server started, in `serve`.)
            for (k, v) in &opts.conf {
                let _ = spark.conf_set(k, v);
            }
            for (from, to) in &opts.path_map {
                spark.add_path_map(from, to);
            }
            let server_id = spark.new_uuid();
            tracing::info!(session = id, "new session");
            let last_used = Rc::new(Cell::new(Instant::now()));
            DIRECTORY.with(|d| {
                let mut d = d.borrow_mut();
                d.retain(|_, (s, _, _)| s.upgrade().is_some());
                d.insert(
                    id.to_string(),
                    (spark.downgrade(), server_id.clone(), last_used.clone()),
                );
            });
            Session::new(spark, server_id, last_used)
        })
    }

    /// Closes the sessions idle for longer than `SESSION_TIMEOUT` (none with a waiting call).
    fn expire_sessions(&mut self) {
        let waiting: Vec<String> = self
            .waiters
            .iter()
            .map(|w| w.pending.session_id.clone())
            .collect();
        let idle: Vec<String> = self
            .sessions
            .iter()
            .filter(|(id, s)| {
                s.last_used.get().elapsed() >= SESSION_TIMEOUT && !waiting.contains(id)
            })
            .map(|(id, _)| id.clone())
            .collect();
        for id in idle {
            tracing::info!(session = id, "idle session closed, its queries stopped");
            self.close_session(&id);
        }
    }

    fn handle(&mut self, job: Job) {
        let session_id = job.session_id();
        let _udf_names = crate::udf::enter_session(session_id);
        // The request runs in its session's time zone (sessions share this thread); a
        // zone it sets, or a new session's, ends with the request.
        let _zone = match self.sessions.get_mut(session_id) {
            Some(s) => {
                s.last_used.set(Instant::now());
                s.spark.enter_time_zone()
            }
            None => {
                runnel_core::temporal::ZoneScope::enter(runnel_core::temporal::Zone::UTC, "UTC")
            }
        };
        match job {
            Job::Execute(req, reply) => self.execute(req, reply),
            Job::Analyze(req, reply) => {
                let r = self.analyze(&req).map_err(|e| status_of(&e));
                let _ = reply.send(r);
            }
            Job::Config(req, reply) => {
                let r = self.config(&req).map_err(|e| status_of(&e));
                let _ = reply.send(r);
            }
            Job::ReleaseSession(req, reply) => {
                let server_id = self.close_session(&req.session_id).unwrap_or_default();
                let _ = reply.send(Ok(pb::ReleaseSessionResponse {
                    session_id: req.session_id,
                    server_side_session_id: server_id,
                }));
            }
            Job::ReleaseExecute(req, reply) => {
                let server_id = self.server_id(&req.session_id);
                let _ = reply.send(Ok(pb::ReleaseExecuteResponse {
                    session_id: req.session_id,
                    server_side_session_id: server_id,
                    operation_id: Some(req.operation_id),
                }));
            }
            Job::ListenerBus(req, tx, reply) => {
                let r = self.add_listener_bus(&req, tx).map_err(|e| status_of(&e));
                let _ = reply.send(r);
            }
            Job::StopQueries(close, reply) => {
                let mut n = 0;
                for s in self.sessions.values() {
                    for q in s.spark.queries() {
                        if q.is_active() {
                            q.stop();
                            n += 1;
                        }
                    }
                }
                if close {
                    let ids: Vec<String> = self.sessions.keys().cloned().collect();
                    for id in ids {
                        self.close_session(&id);
                    }
                    crate::worker::reap();
                }
                let _ = reply.send(Ok(n));
            }
            Job::Interrupt(req, reply) => {
                // Operations run to their end before the next request, except the waits
                // (awaitTermination): those of the session (all, or the operation named) end.
                use pb::interrupt_request::Interrupt as I;
                let server_id = self.server_id(&req.session_id);
                let mut interrupted = Vec::new();
                let mut i = 0;
                while i < self.waiters.len() {
                    let w = &self.waiters[i];
                    let hit = w.pending.session_id == req.session_id
                        && match &req.interrupt {
                            Some(I::OperationId(id)) => &w.ids.operation_id == id,
                            Some(I::OperationTag(_)) => false,
                            None => true,
                        };
                    if hit {
                        let w = self.waiters.remove(i);
                        interrupted.push(w.ids.operation_id.clone());
                        let _ = w.reply.send(Err(Status::cancelled(
                            "[OPERATION_CANCELED] Operation has been cancelled.",
                        )));
                    } else {
                        i += 1;
                    }
                }
                let _ = reply.send(Ok(pb::InterruptResponse {
                    session_id: req.session_id,
                    server_side_session_id: server_id,
                    interrupted_ids: interrupted,
                }));
            }
        }
    }

    /// `addListener`'s call: Spark Connect's server-side listener (progress, idle and
    /// terminated events; the started event goes back with `start()`'s answer).
    fn add_listener_bus(
        &mut self,
        req: &pb::ExecutePlanRequest,
        tx: EventSender,
    ) -> Result<Vec<pb::ExecutePlanResponse>> {
        use pb::StreamingQueryEventType as T;
        use runnel_core::query::QueryEvent;
        let s = self.session(&req.session_id);
        let ids = Ids {
            session_id: req.session_id.clone(),
            server_id: s.server_id.clone(),
            operation_id: req
                .operation_id
                .clone()
                .unwrap_or_else(|| s.spark.new_uuid()),
        };
        if let Some(old) = s.bus.take() {
            old.close(&s.spark);
        }
        let out = Rc::new(RefCell::new(Some((tx, ids.clone(), 1usize))));
        let feed = out.clone();
        let listener = s
            .spark
            .add_listener(Rc::new(move |q: &StreamingQuery, ev: &QueryEvent| {
                let kind = match ev {
                    QueryEvent::Started => return,
                    QueryEvent::Progress(_) => T::QueryProgressEvent,
                    QueryEvent::Idle(_) => T::QueryIdleEvent,
                    QueryEvent::Terminated(_) => T::QueryTerminatedEvent,
                };
                let mut feed = feed.borrow_mut();
                let Some((tx, ids, n)) = feed.as_mut() else {
                    return;
                };
                let event = pb::StreamingQueryListenerEvent {
                    event_json: ev.spark_json(q, now_ms()).to_string(),
                    event_type: kind as i32,
                };
                *n += 1;
                let rt = ResponseType::StreamingQueryListenerEventsResult(
                    pb::StreamingQueryListenerEventsResult {
                        events: vec![event],
                        listener_bus_listener_added: None,
                    },
                );
                if tx.send(Ok(bus_response(ids, *n, rt))).is_err() {
                    // The client went away: stop feeding it.
                    *feed = None;
                }
            }));
        s.bus = Some(Bus { listener, out });
        let rt = ResponseType::StreamingQueryListenerEventsResult(
            pb::StreamingQueryListenerEventsResult {
                events: vec![],
                listener_bus_listener_added: Some(true),
            },
        );
        Ok(vec![bus_response(&ids, 0, rt)])
    }

    /// Releases a session: its queries stop, its UDF workers and temporary views are
    /// forgotten; its server-side id, if it was known.
    fn close_session(&mut self, session_id: &str) -> Option<String> {
        crate::udf::forget_session(session_id);
        DIRECTORY.with(|d| d.borrow_mut().remove(session_id));
        let mut s = self.sessions.remove(session_id)?;
        s.close();
        tracing::info!(session = session_id, "session released");
        Some(s.server_id)
    }

    fn server_id(&self, session_id: &str) -> String {
        self.sessions
            .get(session_id)
            .map(|s| s.server_id.clone())
            .unwrap_or_default()
    }

    fn response(&mut self, ids: &Ids, rt: Option<ResponseType>) -> pb::ExecutePlanResponse {
        let response_id = self.session(&ids.session_id).spark.new_uuid();
        pb::ExecutePlanResponse {
            session_id: ids.session_id.clone(),
            server_side_session_id: ids.server_id.clone(),
            operation_id: ids.operation_id.clone(),
            response_id,
            response_type: rt,
            ..Default::default()
        }
    }

    fn complete(
        &mut self,
        ids: &Ids,
        mut out: Vec<pb::ExecutePlanResponse>,
    ) -> Vec<pb::ExecutePlanResponse> {
        out.push(self.response(ids, Some(ResponseType::ResultComplete(Default::default()))));
        out
    }

    fn execute(
        &mut self,
        req: Box<pb::ExecutePlanRequest>,
        reply: Reply<Vec<pb::ExecutePlanResponse>>,
    ) {
        let s = self.session(&req.session_id);
        let operation_id = req
            .operation_id
            .clone()
            .unwrap_or_else(|| s.spark.new_uuid());
        let ids = Ids {
            session_id: req.session_id.clone(),
            server_id: s.server_id.clone(),
            operation_id,
        };
        let op = req.plan.as_ref().and_then(|p| p.op_type.as_ref());
        let r = match op {
            Some(pb::plan::OpType::Root(rel)) => self.collect(&ids, rel),
            Some(pb::plan::OpType::Command(cmd)) => match self.command(&ids, cmd) {
                Ok(Step::Now(out)) => Ok(out),
                Ok(Step::Wait(p)) => {
                    // awaitTermination: answered when the query stops or time is up.
                    self.waiters.push(Waiter {
                        pending: p,
                        ids,
                        reply,
                    });
                    self.check_waiters();
                    return;
                }
                Err(e) => Err(e),
            },
            Some(pb::plan::OpType::CompressedOperation(_)) => Err(unsupported(
                "compressed plans (set spark.connect.session.planCompression.threshold to -1)",
            )),
            None => Err(RunnelError::analysis_plain("ExecutePlan without a plan")),
        };
        crate::worker::discard_launched(&ids.operation_id);
        let _ = reply.send(r.map_err(|e| status_of(&e)));
    }

    fn spark(&mut self, ids: &Ids) -> SparkSession {
        self.session(&ids.session_id).spark.clone()
    }

    /// A relation's rows: its schema, Arrow batches, then `result_complete`.
    fn collect(&mut self, ids: &Ids, rel: &pb::Relation) -> Result<Vec<pb::ExecutePlanResponse>> {
        let spark = self.spark(ids);
        let df = Planner::new(&spark).relation(rel)?;
        let schema = crate::arrow::plain_schema(&df.schema());
        let (batches, observed) = df.collect_observed()?;
        let mut out = Vec::new();
        let mut first = self.response(ids, None);
        first.schema = Some(crate::types::schema_to_proto(&schema));
        out.push(first);
        let mut offset = 0i64;
        let mut chunks = Vec::new();
        for b in &batches {
            let rows = b.num_rows();
            if rows == 0 {
                continue;
            }
            let bytes = b.get_array_memory_size().max(1);
            let per = (rows * MAX_BATCH_BYTES / bytes).clamp(1, rows);
            let mut start = 0;
            while start < rows {
                let n = per.min(rows - start);
                chunks.push(b.slice(start, n));
                start += n;
            }
        }
        if chunks.is_empty() {
            chunks.push(arrow_array::RecordBatch::new_empty(schema.clone()));
        }
        for c in chunks {
            let data = crate::arrow::write_ipc(&schema, &c)?;
            let rows = c.num_rows() as i64;
            out.push(self.response(
                ids,
                Some(ResponseType::ArrowBatch(
                    pb::execute_plan_response::ArrowBatch {
                        row_count: rows,
                        data: data.into(),
                        start_offset: Some(offset),
                        chunk_index: Some(0),
                        num_chunks_in_batch: Some(1),
                    },
                )),
            ));
            offset += rows;
        }
        // What the plan's `observe` nodes computed (the client's Observation.get reads
        // it), after the rows as Spark's server sends it.
        if !observed.is_empty() {
            let mut m = self.response(ids, None);
            m.observed_metrics = observed
                .iter()
                .map(|(name, row)| pb::execute_plan_response::ObservedMetrics {
                    name: name.clone(),
                    values: (0..row.num_columns())
                        .map(|i| crate::types::literal_of(row.column(i).as_ref(), 0))
                        .collect(),
                    keys: row
                        .schema()
                        .fields()
                        .iter()
                        .map(|f| f.name().clone())
                        .collect(),
                    plan_id: 0,
                    root_error_idx: None,
                    errors: vec![],
                })
                .collect();
            out.push(m);
        }
        Ok(self.complete(ids, out))
    }

    /// A command's responses, or what its answer waits for (awaitTermination).
    fn command(
        &mut self,
        ids: &Ids,
        cmd: &pb::Command,
    ) -> Result<Step<Vec<pb::ExecutePlanResponse>>> {
        use pb::command::CommandType;
        let spark = self.spark(ids);
        let planner = Planner::new(&spark);
        let kind = cmd
            .command_type
            .as_ref()
            .ok_or_else(|| RunnelError::analysis_plain("a command without a type"))?;
        let rt = match kind {
            CommandType::WriteStreamOperationStart(w) => {
                ResponseType::WriteStreamOperationStartResult(self.start_stream(ids, &spark, w)?)
            }
            CommandType::StreamingQueryCommand(c) => match self.query_command(ids, &spark, c)? {
                Step::Now(r) => ResponseType::StreamingQueryCommandResult(r),
                Step::Wait(p) => return Ok(Step::Wait(p)),
            },
            CommandType::StreamingQueryManagerCommand(c) => {
                match self.manager_command(ids, &spark, c)? {
                    Step::Now(r) => ResponseType::StreamingQueryManagerCommandResult(r),
                    Step::Wait(p) => return Ok(Step::Wait(p)),
                }
            }
            CommandType::StreamingQueryListenerBusCommand(c) => {
                use pb::streaming_query_listener_bus_command::Command as B;
                match c.command {
                    Some(B::RemoveListenerBusListener(true)) => {
                        let s = self.session(&ids.session_id);
                        if let Some(b) = s.bus.take() {
                            b.close(&s.spark);
                        }
                        return Ok(Step::Now(self.complete(ids, vec![])));
                    }
                    _ => {
                        return Err(RunnelError::analysis_plain(
                            "a listener bus command that neither adds nor removes the listener",
                        ));
                    }
                }
            }
            CommandType::SqlCommand(c) => {
                #[allow(deprecated)]
                let sql = match &c.input {
                    Some(pb::Relation {
                        rel_type: Some(pb::relation::RelType::Sql(q)),
                        ..
                    }) => q.query.clone(),
                    Some(_) => String::new(),
                    None => c.sql.clone(),
                };
                let is_ddl = runnel_core::logical::sql::is_command(&sql);
                if is_ddl {
                    // A command runs now, once; the client gets its result (no columns
                    // for DDL, `SET`'s key and value), as Spark answers a command with its
                    // rows rather than the statement.
                    let result = spark.sql(&sql)?;
                    let schema = crate::arrow::plain_schema(&result.schema());
                    let data = if schema.fields().is_empty() {
                        None
                    } else {
                        let batches = result.collect()?;
                        let batch = arrow_select::concat::concat_batches(&schema, &batches)
                            .map_err(|e| RunnelError::internal(e.to_string()))?;
                        Some(crate::arrow::write_ipc(&schema, &batch)?.into())
                    };
                    let rows = pb::Relation {
                        common: None,
                        rel_type: Some(pb::relation::RelType::LocalRelation(pb::LocalRelation {
                            data,
                            schema: Some(
                                runnel_core::types::spark_json(&arrow_schema::DataType::Struct(
                                    schema.fields().clone(),
                                ))
                                .to_string(),
                            ),
                        })),
                    };
                    let rt = ResponseType::SqlCommandResult(
                        pb::execute_plan_response::SqlCommandResult {
                            relation: Some(rows),
                        },
                    );
                    let r = self.response(ids, Some(rt));
                    return Ok(Step::Now(self.complete(ids, vec![r])));
                }
                #[allow(deprecated)]
                let input = match &c.input {
                    Some(r) => r.clone(),
                    None => pb::Relation {
                        common: None,
                        rel_type: Some(pb::relation::RelType::Sql(pb::Sql {
                            query: c.sql.clone(),
                            ..Default::default()
                        })),
                    },
                };
                // Analyzed now, as Spark analyzes spark.sql() eagerly; run when collected.
                planner.relation(&input)?;
                ResponseType::SqlCommandResult(pb::execute_plan_response::SqlCommandResult {
                    relation: Some(input),
                })
            }
            CommandType::CreateDataframeView(v) => {
                let df = planner.relation(
                    v.input
                        .as_ref()
                        .ok_or_else(|| RunnelError::analysis_plain("a view without a plan"))?,
                )?;
                df.create_or_replace_temp_view(&v.name);
                return Ok(Step::Now(self.complete(ids, vec![])));
            }
            CommandType::WriteOperation(w) => {
                self.batch_write(&planner, w)?;
                return Ok(Step::Now(self.complete(ids, vec![])));
            }
            // `spark.udf.register(name, f)`: a session's temporary function, called by
            // name in `spark.sql`, `expr` and `call_udf`.
            CommandType::RegisterFunction(f) => {
                let id = crate::plan::python_udf(f)?;
                crate::udf::register(&f.function_name, id);
                return Ok(Step::Now(self.complete(ids, vec![])));
            }
            // checkpoint()/localCheckpoint() on one machine: the rows computed now, held
            // under an id the client's CachedRemoteRelation names.
            CommandType::CheckpointCommand(c) => {
                let df =
                    planner
                        .relation(c.relation.as_ref().ok_or_else(|| {
                            RunnelError::analysis_plain("checkpoint without a plan")
                        })?)?
                        .materialize()?;
                ResponseType::CheckpointCommandResult(pb::CheckpointCommandResult {
                    relation: Some(pb::CachedRemoteRelation {
                        relation_id: crate::worker::cache_relation(df),
                    }),
                })
            }
            CommandType::RemoveCachedRemoteRelationCommand(c) => {
                if let Some(r) = &c.relation {
                    crate::worker::uncache_relation(&r.relation_id);
                }
                return Ok(Step::Now(self.complete(ids, vec![])));
            }
            other => {
                let name = format!("{other:?}");
                return Err(unsupported(format!(
                    "the command {}",
                    name.split('(').next().unwrap_or("?")
                )));
            }
        };
        let r = self.response(ids, Some(rt));
        Ok(Step::Now(self.complete(ids, vec![r])))
    }

    fn start_stream(
        &mut self,
        ids: &Ids,
        spark: &SparkSession,
        w: &pb::WriteStreamOperationStart,
    ) -> Result<pb::WriteStreamOperationStartResult> {
        use pb::write_stream_operation_start::{SinkDestination, Trigger as T};
        let df = Planner::new(spark).relation(
            w.input
                .as_ref()
                .ok_or_else(|| RunnelError::analysis_plain("writeStream without a plan"))?,
        )?;
        let mut ws = df.write_stream();
        let mut workers = Vec::new();
        if let Some(f) = &w.foreach_batch {
            let (command, version) = python_function(f, "foreachBatch")?;
            let mut guest = Guest::new(self, ids);
            let worker: SharedWorker = Rc::new(RefCell::new(Some(Worker::foreach_batch(
                &ids.session_id,
                version,
                command,
                crate::worker::take_launched(&ids.operation_id, "foreachBatch"),
                &mut |d| guest.pump(d),
            )?)));
            workers.push(worker.clone());
            ws = ws.foreach_batch(foreach_batch_fn(guest, worker));
        }
        if let Some(f) = &w.foreach_writer {
            let (command, version) = python_function(f, "foreach")?;
            let mut guest = Guest::new(self, ids);
            let worker: SharedWorker = Rc::new(RefCell::new(Some(Worker::foreach(
                version,
                command,
                crate::worker::take_launched(&ids.operation_id, "foreach"),
                &mut |d| guest.pump(d),
            )?)));
            workers.push(worker.clone());
            ws = ws.sink(Rc::new(RefCell::new(ForeachSink {
                worker,
                guest,
                last_epoch: None,
            })));
        }
        if !w.format.is_empty() {
            ws = ws.format(&w.format);
        }
        if !w.output_mode.is_empty() {
            ws = ws.output_mode(&w.output_mode);
        }
        if !w.query_name.is_empty() {
            ws = ws.query_name(&w.query_name);
        }
        for (k, v) in &w.options {
            ws = ws.option(k, v);
        }
        if !w.partitioning_column_names.is_empty() {
            ws = ws.option("__partition_by", &w.partitioning_column_names.join(","));
        }
        if let Some(t) = &w.trigger {
            ws = ws.trigger(match t {
                T::ProcessingTimeInterval(i) => {
                    let iv = runnel_core::temporal::parse_interval(i)?;
                    Trigger::ProcessingTime(iv.to_micros_month_31() / 1000)
                }
                T::AvailableNow(true) => Trigger::AvailableNow,
                T::Once(true) => Trigger::Once,
                T::AvailableNow(false) | T::Once(false) => Trigger::ProcessingTime(0),
                T::ContinuousCheckpointInterval(i) => {
                    let iv = runnel_core::temporal::parse_interval(i)?;
                    Trigger::Continuous(iv.to_micros_month_31() / 1000)
                }
                T::RealTimeBatchDuration(_) => {
                    return Err(RunnelError::not_supported(
                        "the real-time trigger; use processingTime, continuous, once or availableNow",
                    ));
                }
            });
        }
        let q = match &w.sink_destination {
            Some(SinkDestination::Path(p)) => ws.start(Some(p.as_str()))?,
            Some(SinkDestination::TableName(t)) => ws.to_table(t)?,
            None => ws.start(None)?,
        };
        tracing::info!(id = q.id(), name = q.name(), "streaming query started");
        for w in workers {
            crate::worker::adopt(&q, w);
        }
        Ok(pb::WriteStreamOperationStartResult {
            query_id: Some(instance_id(&q)),
            name: q.name().unwrap_or_default(),
            query_started_event_json: Some(
                runnel_core::query::QueryEvent::Started
                    .spark_json(&q, now_ms())
                    .to_string(),
            ),
        })
    }

    fn batch_write(&mut self, planner: &Planner, w: &pb::WriteOperation) -> Result<()> {
        use pb::write_operation::{SaveMode, SaveType};
        let df = planner.relation(
            w.input
                .as_ref()
                .ok_or_else(|| RunnelError::analysis_plain("write without a plan"))?,
        )?;
        use pb::write_operation::save_table::TableSaveMethod;
        let mut insert_into = false;
        let (path, table) = match &w.save_type {
            Some(SaveType::Path(p)) => (Some(p.as_str()), None),
            Some(SaveType::Table(t)) => {
                insert_into = t.save_method() == TableSaveMethod::InsertInto;
                (None, Some(t.table_name.as_str()))
            }
            None => (None, None),
        };
        if w.bucket_by.is_some() || !w.sort_column_names.is_empty() {
            return Err(unsupported("bucketBy()/sortBy()"));
        }
        let mode = match w.mode() {
            SaveMode::Append => "append",
            SaveMode::Overwrite => "overwrite",
            SaveMode::Ignore => "ignore",
            SaveMode::ErrorIfExists | SaveMode::Unspecified => "errorifexists",
        };
        let mut options: std::collections::BTreeMap<String, String> = w
            .options
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
            .collect();
        if !w.partitioning_columns.is_empty() {
            options.insert("__partition_by".into(), w.partitioning_columns.join(","));
        }
        if let Some(t) = table
            && insert_into
        {
            return runnel_core::logical::catalog::insert_into(
                &df,
                t,
                mode == "overwrite",
                &options,
            );
        }
        if let Some(t) = table {
            return runnel_core::logical::catalog::save_as_table(
                &df,
                t,
                w.source.as_deref(),
                mode,
                &options,
            );
        }
        let format = w
            .source
            .clone()
            .unwrap_or_else(|| df.session.default_source());
        runnel_core::logical::readwrite::save_batch(&df, &format, &options, path, mode)
    }

    fn find_query(
        spark: &SparkSession,
        id: Option<&pb::StreamingQueryInstanceId>,
    ) -> Result<StreamingQuery> {
        let id =
            id.ok_or_else(|| RunnelError::analysis_plain("a query command without a query id"))?;
        let qs = spark.queries();
        qs.iter()
            .find(|q| q.run_id() == id.run_id)
            .or_else(|| qs.iter().rev().find(|q| q.id() == id.id))
            .cloned()
            .ok_or_else(|| {
                RunnelError::analysis_plain(format!(
                    "no streaming query with id {} and run id {} in this session",
                    id.id, id.run_id
                ))
            })
    }

    fn query_command(
        &mut self,
        ids: &Ids,
        spark: &SparkSession,
        c: &pb::StreamingQueryCommand,
    ) -> Result<Step<pb::StreamingQueryCommandResult>> {
        use pb::streaming_query_command::Command as C;
        use pb::streaming_query_command_result::{self as r, ResultType};
        let q = Self::find_query(spark, c.query_id.as_ref())?;
        let result = |rt: Option<ResultType>| pb::StreamingQueryCommandResult {
            query_id: Some(instance_id(&q)),
            result_type: rt,
        };
        let cmd = c
            .command
            .as_ref()
            .ok_or_else(|| RunnelError::analysis_plain("a query command without a command"))?;
        Ok(Step::Now(match cmd {
            C::Status(_) => {
                let st = q.status();
                result(Some(ResultType::Status(r::StatusResult {
                    status_message: st["message"].as_str().unwrap_or_default().to_string(),
                    is_data_available: st["isDataAvailable"].as_bool().unwrap_or(false),
                    is_trigger_active: st["isTriggerActive"].as_bool().unwrap_or(false),
                    is_active: q.is_active(),
                })))
            }
            C::LastProgress(_) | C::RecentProgress(_) => {
                let all = q.recent_progress();
                let chosen: Vec<_> = if matches!(cmd, C::LastProgress(_)) {
                    all.into_iter().last().into_iter().collect()
                } else {
                    all
                };
                result(Some(ResultType::RecentProgress(r::RecentProgressResult {
                    recent_progress_json: chosen.iter().map(|p| p.to_string()).collect(),
                })))
            }
            C::Stop(_) => {
                q.stop();
                result(None)
            }
            C::ProcessAllAvailable(_) => {
                // A batch that fails here fails the query: Spark raises the query's
                // StreamingQueryException (STREAM_FAILED), not the batch's own error.
                q.process_all_available()
                    .map_err(|e| q.exception().unwrap_or(e))?;
                result(None)
            }
            C::Explain(e) => result(Some(ResultType::Explain(r::ExplainResult {
                result: q.explain_string(e.extended),
            }))),
            C::Exception(_) => {
                let ex = q.exception().map(|e| {
                    let (cond, message) = crate::error::spark_message(&e);
                    r::ExceptionResult {
                        exception_message: Some(format!(
                            "org.apache.spark.sql.streaming.StreamingQueryException: {message}"
                        )),
                        error_class: cond,
                        stack_trace: None,
                    }
                });
                result(Some(ResultType::Exception(ex.unwrap_or_default())))
            }
            C::AwaitTermination(a) => {
                return Ok(Step::Wait(Pending {
                    session_id: ids.session_id.clone(),
                    run_id: Some(q.run_id()),
                    query_id: Some(instance_id(&q)),
                    deadline: deadline(a.timeout_ms),
                }));
            }
        }))
    }

    fn manager_command(
        &mut self,
        ids: &Ids,
        spark: &SparkSession,
        c: &pb::StreamingQueryManagerCommand,
    ) -> Result<Step<pb::StreamingQueryManagerCommandResult>> {
        use pb::streaming_query_manager_command::Command as C;
        use pb::streaming_query_manager_command_result::{self as r, ResultType};
        let instance = |q: &StreamingQuery| r::StreamingQueryInstance {
            id: Some(instance_id(q)),
            name: q.name(),
        };
        let cmd = c
            .command
            .as_ref()
            .ok_or_else(|| RunnelError::analysis_plain("a manager command without a command"))?;
        let rt = match cmd {
            C::Active(_) => ResultType::Active(r::ActiveResult {
                active_queries: spark
                    .queries()
                    .iter()
                    .filter(|q| q.is_active())
                    .map(instance)
                    .collect(),
            }),
            C::GetQuery(id) => {
                match spark
                    .queries()
                    .iter()
                    .rev()
                    .find(|q| q.is_active() && q.id() == *id)
                {
                    Some(q) => ResultType::Query(instance(q)),
                    None => {
                        return Ok(Step::Now(pb::StreamingQueryManagerCommandResult {
                            result_type: None,
                        }));
                    }
                }
            }
            C::AwaitAnyTermination(a) => {
                return Ok(Step::Wait(Pending {
                    session_id: ids.session_id.clone(),
                    run_id: None,
                    query_id: None,
                    deadline: deadline(a.timeout_ms),
                }));
            }
            C::ResetTerminated(_) => {
                let s = self.session(&ids.session_id);
                for q in s.spark.queries() {
                    if !q.is_active() {
                        s.forgotten.insert(q.run_id());
                    }
                }
                ResultType::ResetTerminated(true)
            }
            C::AddListener(_) | C::RemoveListener(_) => {
                return Err(unsupported("streaming query listeners"));
            }
            C::ListListeners(_) => ResultType::ListListeners(r::ListStreamingQueryListenerResult {
                listener_ids: vec![],
            }),
        };
        Ok(Step::Now(pb::StreamingQueryManagerCommandResult {
            result_type: Some(rt),
        }))
    }

    /// Answers the awaitTermination calls whose query stopped or whose time is up.
    fn check_waiters(&mut self) {
        let now = Instant::now();
        let mut i = 0;
        while i < self.waiters.len() {
            let w = &self.waiters[i].pending;
            let (queries, forgotten) = self
                .sessions
                .get(&w.session_id)
                .map(|s| (s.spark.queries(), s.forgotten.clone()))
                .unwrap_or_default();
            let target: Vec<&StreamingQuery> = match &w.run_id {
                Some(id) => queries.iter().filter(|q| &q.run_id() == id).collect(),
                // awaitAnyTermination: the queries resetTerminated() has not forgotten.
                None => queries
                    .iter()
                    .filter(|q| !forgotten.contains(&q.run_id()))
                    .collect(),
            };
            let stopped = match &w.run_id {
                Some(_) => target.iter().all(|q| !q.is_active()),
                None => target.iter().any(|q| !q.is_active()),
            };
            let failed = target
                .iter()
                .filter(|q| !q.is_active())
                .find_map(|q| q.exception());
            let timed_out = w.deadline.is_some_and(|d| now >= d);
            if !(stopped || timed_out || !self.sessions.contains_key(&w.session_id)) {
                i += 1;
                continue;
            }
            let Waiter {
                pending: w,
                ids,
                reply,
            } = self.waiters.remove(i);
            let r = match (stopped, failed) {
                (true, Some(e)) => Err(status_of(&e)),
                _ => {
                    let rt = match &w.run_id {
                        Some(_) => ResponseType::StreamingQueryCommandResult(
                            pb::StreamingQueryCommandResult {
                                query_id: w.query_id.clone(),
                                result_type: Some(
                                    pb::streaming_query_command_result::ResultType::AwaitTermination(
                                        pb::streaming_query_command_result::AwaitTerminationResult {
                                            terminated: stopped,
                                        },
                                    ),
                                ),
                            },
                        ),
                        None => ResponseType::StreamingQueryManagerCommandResult(
                            pb::StreamingQueryManagerCommandResult {
                                result_type: Some(
                                    pb::streaming_query_manager_command_result::ResultType::AwaitAnyTermination(
                                        pb::streaming_query_manager_command_result::AwaitAnyTerminationResult {
                                            terminated: stopped,
                                        },
                                    ),
                                ),
                            },
                        ),
                    };
                    if self.sessions.contains_key(&ids.session_id) {
                        let r = self.response(&ids, Some(rt));
                        Ok(self.complete(&ids, vec![r]))
                    } else {
                        Err(Status::cancelled("the session was released"))
                    }
                }
            };
            let _ = reply.send(r);
        }
    }

    /// Runs one micro-batch of every active query whose trigger is due. True when one ran.
    fn drive(&mut self) -> bool {
        let mut ran = false;
        let once = self.opts.once;
        for (id, s) in self.sessions.iter_mut() {
            let _udf_names = crate::udf::enter_session(id);
            for q in s.spark.queries() {
                if !q.is_active() {
                    continue;
                }
                let interval = match q.trigger() {
                    Trigger::ProcessingTime(ms) if !once => Duration::from_millis(ms.max(0) as u64),
                    Trigger::Continuous(ms) => Duration::from_millis(ms.max(0) as u64),
                    _ => Duration::ZERO,
                };
                if let Some(t) = s.last_start.get(&q.run_id())
                    && t.elapsed() < interval
                {
                    continue;
                }
                let started = Instant::now();
                match q.step() {
                    Ok(true) => {
                        s.last_start.insert(q.run_id(), started);
                        ran = true;
                        if let Some(p) = q.progress().last() {
                            tracing::info!(
                                query = q.name().unwrap_or_else(|| q.id()),
                                batch = p.batch_id,
                                rows = p.num_input_rows,
                                "micro-batch"
                            );
                        }
                    }
                    // A continuous query's epoch runs every interval, with or without data.
                    Ok(false) if matches!(q.trigger(), Trigger::Continuous(_)) => {
                        s.last_start.insert(q.run_id(), started);
                    }
                    // --once: nothing new since the last batch, so the query is done.
                    Ok(false) if once => q.stop(),
                    Ok(false) => {}
                    Err(e) => {
                        tracing::warn!(query = q.id(), "streaming query failed: {e}");
                    }
                }
            }
        }
        ran
    }

    fn root(plan: Option<&pb::Plan>) -> Result<&pb::Relation> {
        match plan.and_then(|p| p.op_type.as_ref()) {
            Some(pb::plan::OpType::Root(r)) => Ok(r),
            _ => Err(RunnelError::analysis_plain(
                "AnalyzePlan needs a plan with a root relation",
            )),
        }
    }

    fn analyze(&mut self, req: &pb::AnalyzePlanRequest) -> Result<pb::AnalyzePlanResponse> {
        use pb::analyze_plan_request::Analyze as A;
        use pb::analyze_plan_response::{self as r, Result as R};
        let s = self.session(&req.session_id);
        let spark = s.spark.clone();
        let server_id = s.server_id.clone();
        let planner = Planner::new(&spark);
        let what = req
            .analyze
            .as_ref()
            .ok_or_else(|| RunnelError::analysis_plain("AnalyzePlan without a request"))?;
        let result = match what {
            A::Schema(x) => {
                let df = planner.relation(Self::root(x.plan.as_ref())?)?;
                R::Schema(r::Schema {
                    schema: Some(crate::types::schema_to_proto(&df.reported_schema())),
                })
            }
            A::Explain(x) => {
                use pb::analyze_plan_request::explain::ExplainMode;
                let df = planner.relation(Self::root(x.plan.as_ref())?)?;
                let extended = !matches!(
                    x.explain_mode(),
                    ExplainMode::Simple | ExplainMode::Unspecified
                );
                R::Explain(r::Explain {
                    explain_string: df.explain_string(extended),
                })
            }
            A::TreeString(x) => {
                let df = planner.relation(Self::root(x.plan.as_ref())?)?;
                R::TreeString(r::TreeString {
                    tree_string: df.tree_string(),
                })
            }
            A::IsLocal(x) => {
                planner.relation(Self::root(x.plan.as_ref())?)?;
                R::IsLocal(r::IsLocal { is_local: false })
            }
            A::IsStreaming(x) => {
                let df = planner.relation(Self::root(x.plan.as_ref())?)?;
                R::IsStreaming(r::IsStreaming {
                    is_streaming: df.is_streaming(),
                })
            }
            A::SparkVersion(_) => R::SparkVersion(r::SparkVersion {
                version: SPARK_VERSION.to_string(),
            }),
            // Spark's `parseDatatypeString`: the table schema (`parseTableSchema`), else one
            // data type; both keep `NOT NULL` at any depth, as classic `DataType.fromDDL`
            // does (pyspark-client's `fromDDL`, `createDataFrame(rows, "a INT NOT NULL")`
            // and `applyInPandas(f, "...")` all ask this).
            A::DdlParse(x) => {
                let parsed = match crate::types::parse_schema_not_null(&x.ddl_string) {
                    Ok(s) => crate::types::schema_to_proto(&s),
                    Err(e) => match runnel_core::types::parse_cast_type(&x.ddl_string) {
                        Ok(t) => crate::types::to_proto(&t),
                        Err(_) => return Err(e),
                    },
                };
                R::DdlParse(r::DdlParse {
                    parsed: Some(parsed),
                })
            }
            A::InputFiles(x) => {
                let df = planner.relation(Self::root(x.plan.as_ref())?)?;
                R::InputFiles(r::InputFiles {
                    files: df.input_files(),
                })
            }
            A::SemanticHash(x) => {
                let df = planner.relation(Self::root(x.plan.as_ref())?)?;
                R::SemanticHash(r::SemanticHash {
                    result: df.semantic_hash(),
                })
            }
            A::SameSemantics(x) => {
                let a = planner.relation(Self::root(x.target_plan.as_ref())?)?;
                let b = planner.relation(Self::root(x.other_plan.as_ref())?)?;
                R::SameSemantics(r::SameSemantics {
                    result: a.semantic_text() == b.semantic_text(),
                })
            }
            A::Persist(_) => R::Persist(r::Persist {}),
            A::Unpersist(_) => R::Unpersist(r::Unpersist {}),
            other => {
                let name = format!("{other:?}");
                return Err(unsupported(format!(
                    "AnalyzePlan {}",
                    name.split('(').next().unwrap_or("?")
                )));
            }
        };
        Ok(pb::AnalyzePlanResponse {
            session_id: req.session_id.clone(),
            server_side_session_id: server_id,
            result: Some(result),
        })
    }

    fn config(&mut self, req: &pb::ConfigRequest) -> Result<pb::ConfigResponse> {
        use pb::config_request::operation::OpType;
        let s = self.session(&req.session_id);
        let spark = s.spark.clone();
        let server_id = s.server_id.clone();
        let get = |k: &str| -> Option<String> {
            spark.conf_get(k).or_else(|| {
                CLIENT_DEFAULTS
                    .iter()
                    .find(|(d, _)| d.eq_ignore_ascii_case(k))
                    .map(|(_, v)| v.to_string())
            })
        };
        let kv = |k: &str, v: Option<String>| pb::KeyValue {
            key: k.to_string(),
            value: v,
        };
        let op = req
            .operation
            .as_ref()
            .and_then(|o| o.op_type.as_ref())
            .ok_or_else(|| RunnelError::analysis_plain("Config without an operation"))?;
        let mut pairs = Vec::new();
        let warnings = Vec::new();
        match op {
            OpType::Set(set) => {
                // As Spark's conf.set: a value it refuses (an unknown session time
                // zone) is the client's error.
                for p in &set.pairs {
                    let v = p.value.clone().unwrap_or_default();
                    spark.conf_set(&p.key, &v)?;
                }
            }
            OpType::Get(g) => {
                for k in &g.keys {
                    let v = get(k).ok_or_else(|| {
                        RunnelError::analysis(
                            "SQL_CONF_NOT_FOUND",
                            format!("The SQL config \"{k}\" cannot be found. Please verify that the config exists."),
                        )
                        .with_exception("SparkNoSuchElementException")
                    })?;
                    pairs.push(kv(k, Some(v)));
                }
            }
            OpType::GetWithDefault(g) => {
                for p in &g.pairs {
                    pairs.push(kv(
                        &p.key,
                        spark.conf_get(&p.key).or_else(|| p.value.clone()),
                    ));
                }
            }
            OpType::GetOption(g) => {
                for k in &g.keys {
                    pairs.push(kv(k, get(k)));
                }
            }
            OpType::GetAll(g) => {
                let mut all: std::collections::BTreeMap<String, String> = CLIENT_DEFAULTS
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect();
                for (k, v) in spark.conf_all() {
                    let key = CLIENT_DEFAULTS
                        .iter()
                        .find(|(d, _)| d.eq_ignore_ascii_case(&k))
                        .map(|(d, _)| d.to_string())
                        .unwrap_or(k);
                    all.insert(key, v);
                }
                let prefix = g.prefix.clone().unwrap_or_default();
                for (k, v) in all {
                    if k.starts_with(&prefix) {
                        pairs.push(kv(&k, Some(v)));
                    }
                }
            }
            OpType::Unset(u) => {
                for k in &u.keys {
                    spark.conf_unset(k);
                }
            }
            OpType::IsModifiable(m) => {
                for k in &m.keys {
                    let modifiable = k.starts_with("spark.sql.") || k.starts_with("runnel.");
                    pairs.push(kv(k, Some(modifiable.to_string())));
                }
            }
        }
        Ok(pb::ConfigResponse {
            session_id: req.session_id.clone(),
            server_side_session_id: server_id,
            pairs,
            warnings,
        })
    }
}

/// The pickled function and the client's Python version of a `foreach`/`foreachBatch`.
fn python_function<'a>(
    f: &'a pb::StreamingForeachFunction,
    what: &str,
) -> Result<(&'a [u8], &'a str)> {
    use pb::streaming_foreach_function::Function;
    match &f.function {
        Some(Function::PythonFunction(p)) => Ok((&p.command, &p.python_ver)),
        Some(Function::ScalaFunction(_)) => Err(unsupported(format!(
            "{what} with a Scala function (Runnel runs Python functions)"
        ))),
        None => Err(RunnelError::analysis_plain(format!(
            "{what} without a function"
        ))),
    }
}

/// `foreachBatch`'s sink: each micro-batch's DataFrame to the Python worker, cached under
/// a fresh id while the function runs.
fn foreach_batch_fn(
    mut guest: Guest,
    worker: SharedWorker,
) -> runnel_core::logical::readwrite::ForeachBatchFn {
    Box::new(move |df, batch_id| {
        let id = guest
            .spark
            .upgrade()
            .ok_or_else(|| RunnelError::internal("foreachBatch: the session was released"))?
            .new_uuid();
        with_worker(&worker, |w| {
            w.run_batch(id, df, batch_id, &mut |d| guest.pump(d))
        })
    })
}

/// `foreach`: each micro-batch's rows to the Python worker (partition 0).
struct ForeachSink {
    worker: SharedWorker,
    guest: Guest,
    last_epoch: Option<i64>,
}

impl runnel_core::io::sink::Sink for ForeachSink {
    fn add_batch(
        &mut self,
        epoch_id: i64,
        schema: &arrow_schema::SchemaRef,
        batch: &arrow_array::RecordBatch,
    ) -> Result<()> {
        if self.last_epoch.is_some_and(|e| e >= epoch_id) {
            return Ok(());
        }
        let plain = crate::arrow::plain_schema(schema);
        let ipc = crate::arrow::write_ipc(&plain, batch)?;
        let guest = &mut self.guest;
        with_worker(&self.worker, |w| {
            w.run_rows(&ipc, epoch_id, &mut |d| guest.pump(d))
        })?;
        self.last_epoch = Some(epoch_id);
        Ok(())
    }
    fn description(&self) -> String {
        "ForeachSink".into()
    }
}

fn deadline(timeout_ms: Option<i64>) -> Option<Instant> {
    timeout_ms.map(|ms| Instant::now() + Duration::from_millis(ms.max(0) as u64))
}

fn instance_id(q: &StreamingQuery) -> pb::StreamingQueryInstanceId {
    pb::StreamingQueryInstanceId {
        id: q.id(),
        run_id: q.run_id(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(session: &str) -> Ids {
        Ids {
            session_id: session.into(),
            server_id: String::new(),
            operation_id: "op".into(),
        }
    }

    /// A session with a foreachBatch query: the query's sink holds a Guest (as
    /// `start_stream` builds it). Returns a weak handle to the session.
    fn session_with_foreach_batch(engine: &mut Engine, id: &str) -> WeakSparkSession {
        let ids = ids(id);
        let spark = engine.spark(&ids);
        let guest = Guest::new(engine, &ids);
        let worker: SharedWorker = Rc::new(RefCell::new(None));
        let q = spark
            .read_stream()
            .format("rate")
            .load(None)
            .unwrap()
            .write_stream()
            .foreach_batch(foreach_batch_fn(guest, worker))
            .start(None)
            .unwrap();
        assert!(q.is_active());
        spark.downgrade()
    }

    #[test]
    fn a_released_session_with_a_foreach_batch_query_is_dropped_not_kept_by_its_query() {
        let mut engine = Engine::new(EngineOptions::default());
        let weak = session_with_foreach_batch(&mut engine, "s1");
        assert!(weak.upgrade().is_some());
        let (tx, _rx) = tokio::sync::oneshot::channel();
        engine.handle(Job::ReleaseSession(
            Box::new(pb::ReleaseSessionRequest {
                session_id: "s1".into(),
                ..Default::default()
            }),
            tx,
        ));
        crate::worker::reap();
        assert!(
            weak.upgrade().is_none(),
            "the released session is still alive (a reference cycle through its query's Guest)"
        );
    }

    #[test]
    fn a_request_served_by_the_guest_refreshes_the_sessions_last_use() {
        let mut engine = Engine::new(EngineOptions::default());
        let ids = ids("s2");
        engine.session("s2");
        let guest = Guest::new(&mut engine, &ids);
        let long_ago = Instant::now() - Duration::from_secs(2 * 60 * 60);
        engine.session("s2").last_used.set(long_ago);
        // What Guest::pump does with a request of its session.
        let mut e = guest.engine().unwrap();
        let (tx, _rx) = tokio::sync::oneshot::channel();
        e.handle(Job::Config(
            Box::new(pb::ConfigRequest {
                session_id: "s2".into(),
                ..Default::default()
            }),
            tx,
        ));
        assert!(engine.session("s2").last_used.get() > long_ago);
        engine.expire_sessions();
        assert!(
            engine.sessions.contains_key("s2"),
            "a session busy through its Guest expired"
        );
    }
}
