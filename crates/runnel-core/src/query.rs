//! `StreamingQuery`: a started query, driven by whoever holds it (`step`,
//! `process_all_available`), with Spark's status and progress accessors.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{Result, RunnelError};
use crate::exec::executor::{MicroBatchExecutor, ProgressLog, Trigger};

/// What a `StreamingQueryListener` hears: Spark's events for one query.
#[derive(Debug, Clone)]
pub enum QueryEvent {
    /// `onQueryStarted`.
    Started,
    /// `onQueryProgress`: the batch's progress report, as Spark's JSON.
    Progress(serde_json::Value),
    /// `onQueryIdle`: a trigger found no new data, `noDataProgressEventInterval` after
    /// the last batch or idle event; the trigger's start (`2026-11-29T17:30:00.123Z`).
    Idle(String),
    /// `onQueryTerminated`: the error that stopped the query, if one did.
    Terminated(Option<RunnelError>),
}

impl QueryEvent {
    /// The event as Spark's listener events serialize it (`QueryStartedEvent.json` and the
    /// others: what Spark Connect sends its clients), `now_ms` the event's time.
    pub fn spark_json(&self, q: &StreamingQuery, now_ms: i64) -> serde_json::Value {
        use serde_json::json;
        match self {
            QueryEvent::Started => json!({
                "id": q.id(),
                "runId": q.run_id(),
                "name": q.name(),
                "timestamp": event_time(now_ms),
                "jobTags": q.job_tags(),
            }),
            QueryEvent::Progress(p) => json!({ "progress": p }),
            QueryEvent::Idle(ts) => json!({ "id": q.id(), "runId": q.run_id(), "timestamp": ts }),
            QueryEvent::Terminated(e) => json!({
                "id": q.id(),
                "runId": q.run_id(),
                "exception": e.as_ref().map(|e| e.to_string()),
                "errorClassOnException": e.as_ref().and_then(|e| e.condition.clone()),
            }),
        }
    }
}

/// Spark's event time: milliseconds, `2026-11-29T17:30:00.123Z`.
pub fn event_time(ms: i64) -> String {
    let secs = crate::temporal::format_timestamp_iso(ms.div_euclid(1000) * 1_000_000);
    format!("{}.{:03}Z", secs.trim_end_matches('Z'), ms.rem_euclid(1000))
}

/// A listener the session calls for every query's events.
pub type QueryListener = Rc<dyn Fn(&StreamingQuery, &QueryEvent)>;

/// The session's listeners (shared with its queries), by the id they were added under.
pub type Listeners = Rc<RefCell<Vec<(usize, QueryListener)>>>;

struct Inner {
    exec: RefCell<MicroBatchExecutor>,
    /// The executor's progress reports, readable while it runs a batch.
    progress: ProgressLog,
    trigger: Trigger,
    output_mode: &'static str,
    listeners: Listeners,
    active: Cell<bool>,
    exception: RefCell<Option<RunnelError>>,
    id: String,
    run_id: String,
    name: Option<String>,
    done_once: Cell<bool>,
    /// When a batch ran or an idle trigger was last reported (Spark's
    /// `lastNoExecutionProgressEventTime`; `i64::MIN` until the first trigger).
    last_no_execution_ms: Cell<i64>,
    /// `spark.sql.streaming.noDataProgressEventInterval`.
    idle_interval_ms: i64,
    /// The session's job tags when the query started (`QueryStartedEvent.jobTags`).
    job_tags: RefCell<Vec<String>>,
}

/// A running streaming query (a shared handle).
#[derive(Clone)]
pub struct StreamingQuery(Rc<Inner>);

impl StreamingQuery {
    pub(crate) fn new(
        mut exec: MicroBatchExecutor,
        id: String,
        run_id: String,
        name: Option<String>,
        listeners: Listeners,
    ) -> Self {
        exec.id = id.clone();
        exec.run_id = run_id.clone();
        exec.name = name.clone();
        let idle_interval_ms = exec.idle_interval_ms;
        let (progress, trigger, output_mode) =
            (exec.progress_log(), exec.trigger, exec.output_mode());
        StreamingQuery(Rc::new(Inner {
            exec: RefCell::new(exec),
            progress,
            trigger,
            output_mode,
            listeners,
            active: Cell::new(true),
            exception: RefCell::new(None),
            id,
            run_id,
            name,
            done_once: Cell::new(false),
            last_no_execution_ms: Cell::new(i64::MIN),
            idle_interval_ms,
            job_tags: RefCell::new(Vec::new()),
        }))
    }

    /// The job tags the query started with (Spark's `QueryStartedEvent.jobTags`: the
    /// SparkContext's job tags at `start()`), sorted.
    pub fn job_tags(&self) -> Vec<String> {
        self.0.job_tags.borrow().clone()
    }

    pub(crate) fn set_job_tags(&self, tags: Vec<String>) {
        *self.0.job_tags.borrow_mut() = tags;
    }

    /// Tells the session's listeners (a listener's own error is its own: it does not stop
    /// the query, as in Spark).
    pub(crate) fn emit(&self, ev: QueryEvent) {
        let ls: Vec<QueryListener> = self
            .0
            .listeners
            .borrow()
            .iter()
            .map(|(_, l)| l.clone())
            .collect();
        for l in ls {
            l(self, &ev);
        }
    }

    /// Spark's `ProgressReporter.updateIdleness`: a trigger that ran no batch is reported
    /// to listeners as `onQueryIdle` when `noDataProgressEventInterval` has passed since
    /// the last batch or idle report (never for the first trigger of a run that has not
    /// run a batch yet, as Spark).
    fn note_idleness(&self, ran: bool, started: i64) {
        let now = self.0.exec.borrow().now();
        let last = self.0.last_no_execution_ms.get();
        if ran {
            self.0.last_no_execution_ms.set(now);
            return;
        }
        if now.saturating_sub(self.0.idle_interval_ms) >= last {
            self.0.last_no_execution_ms.set(now);
            if last > i64::MIN && !self.0.listeners.borrow().is_empty() {
                self.emit(QueryEvent::Idle(crate::temporal::format_watermark(started)));
            }
        }
    }

    /// The query id (stable across restarts from a checkpoint).
    pub fn id(&self) -> String {
        self.0.id.clone()
    }

    /// The id of this run.
    pub fn run_id(&self) -> String {
        self.0.run_id.clone()
    }

    /// `queryName`.
    pub fn name(&self) -> Option<String> {
        self.0.name.clone()
    }

    /// True until stopped, failed, or finished (Once / AvailableNow).
    pub fn is_active(&self) -> bool {
        self.0.active.get()
    }

    /// The error that stopped the query.
    pub fn exception(&self) -> Option<RunnelError> {
        self.0.exception.borrow().clone()
    }

    /// The trigger.
    pub fn trigger(&self) -> Trigger {
        self.0.trigger
    }

    /// The output mode's name.
    pub fn output_mode(&self) -> &'static str {
        self.0.output_mode
    }

    /// What `explain()` prints.
    pub fn explain_string(&self, extended: bool) -> String {
        match self.0.exec.try_borrow() {
            Ok(e) => e.explain_string(extended),
            // Asked from inside the query's own batch: the plan is busy running it.
            Err(_) => "== Physical Plan ==\n(the plan is running this batch: call explain() \
                       outside the query's foreachBatch function to see it)\n"
                .into(),
        }
    }

    /// The time window the query groups by, if any.
    pub fn window_spec(&self) -> Option<crate::exec::executor::WindowSpec> {
        self.0.exec.try_borrow().ok()?.window_spec()
    }

    /// True while the query runs a batch (its foreachBatch function, a listener or a
    /// Python sink called from inside it is asking).
    fn busy(&self) -> bool {
        self.0.exec.try_borrow_mut().is_err()
    }

    /// Runs one micro-batch if one is due. Returns whether a batch ran.
    /// An error stops the query and is kept as its `exception`; an interruption
    /// ([`crate::exec::interrupt`]) stops it without one.
    pub fn step(&self) -> Result<bool> {
        if !self.is_active() {
            return Ok(false);
        }
        let trigger = self.trigger();
        // Stepped from inside its own batch (a foreachBatch function that sleeps or waits
        // on the queries): the batch is already running.
        let Ok(mut exec) = self.0.exec.try_borrow_mut() else {
            return Ok(false);
        };
        let started = exec.now();
        let mut r = exec.step();
        // A Once query ends with this batch: it says so only once the batch's checkpoint
        // is durable (a store that syncs in the background may still fail it).
        if trigger == Trigger::Once
            && r.is_ok()
            && let Err(e) = exec.sync_checkpoint()
        {
            r = Err(e);
        }
        drop(exec);
        match r {
            Ok(ran) => {
                // A continuous query runs an epoch every trigger: never idle.
                self.note_idleness(ran || matches!(trigger, Trigger::Continuous(_)), started);
                // The report as JSON only when someone listens (a batch's hot path).
                if ran
                    && !self.0.listeners.borrow().is_empty()
                    && let Some(p) = self.last_progress()
                {
                    self.emit(QueryEvent::Progress(p));
                }
                if trigger == Trigger::Once && (ran || !self.0.done_once.get()) {
                    self.0.done_once.set(true);
                    self.0.active.set(false);
                    self.emit(QueryEvent::Terminated(None));
                }
                if trigger == Trigger::AvailableNow && !ran {
                    self.0.active.set(false);
                    self.emit(QueryEvent::Terminated(None));
                }
                Ok(ran)
            }
            // Stopped at a safe point (`--timeout`): the query stops as with stop(), not
            // as a failure; the caller sees why.
            Err(e) if crate::exec::interrupt::is_interrupt(&e) => {
                self.stop();
                Err(e)
            }
            Err(e) => {
                let wrapped = stream_failed(&self.0.id, &self.0.run_id, &e);
                *self.0.exception.borrow_mut() = Some(wrapped.clone());
                self.0.active.set(false);
                self.emit(QueryEvent::Terminated(Some(wrapped)));
                Err(e)
            }
        }
    }

    /// Runs batches until there is nothing left to do.
    pub fn process_all_available(&self) -> Result<usize> {
        if self.busy() {
            return Err(RunnelError::execution_plain(
                "processAllAvailable() was called from inside the query's own batch (its \
                 foreachBatch function): it would wait for the batch calling it, as Spark waits \
                 forever. Call it outside the function, on the query start() returned.",
            ));
        }
        if matches!(self.trigger(), Trigger::Continuous(_)) {
            // One epoch reads everything the sources have now.
            let ran = self.step()?;
            return Ok(usize::from(ran));
        }
        let mut n = 0;
        while self.is_active() && self.step()? {
            n += 1;
            // A batch run only for processing-time timeouts: all data is processed.
            if self.0.exec.borrow().ran_only_for_timeouts() {
                break;
            }
        }
        if let Some(e) = self.exception() {
            return Err(e);
        }
        // All processed, and its checkpoint in place (a batch run only for timeouts
        // ended the loop before an idle step waited for it).
        if let Ok(e) = self.0.exec.try_borrow() {
            e.sync_checkpoint()?;
        }
        Ok(n)
    }

    /// Stops the query (its sources may then forget what only it was holding).
    pub fn stop(&self) {
        let was_active = self.0.active.replace(false);
        if was_active {
            self.emit(QueryEvent::Terminated(None));
        }
        // Called from inside a batch (a foreachBatch callback), the executor is busy:
        // it lets go of its sources when dropped instead.
        if let Ok(mut e) = self.0.exec.try_borrow_mut() {
            e.detach();
        }
    }

    /// The last progress report as Spark's JSON.
    pub fn last_progress(&self) -> Option<serde_json::Value> {
        self.0.progress.borrow().last().map(|p| p.to_json())
    }

    /// Recent progress reports as Spark's JSON.
    pub fn recent_progress(&self) -> Vec<serde_json::Value> {
        self.0
            .progress
            .borrow()
            .iter()
            .map(|p| p.to_json())
            .collect()
    }

    /// Recent progress reports.
    pub fn progress(&self) -> Vec<crate::exec::progress::Progress> {
        self.0.progress.borrow().clone()
    }

    /// `status`, as Spark's JSON.
    pub fn status(&self) -> serde_json::Value {
        // Asked from inside the query's own batch (a foreachBatch function calling
        // `query.status`), the executor is busy running it: Spark's status while a
        // trigger processes data.
        let Ok(exec) = self.0.exec.try_borrow() else {
            if !self.is_active() {
                return Self::status_json("Stopped".to_string());
            }
            return serde_json::json!({
                "message": "Processing new data",
                "isDataAvailable": true,
                "isTriggerActive": true,
            });
        };
        let message = match (self.is_active(), exec.trigger) {
            (false, _) => "Stopped".to_string(),
            // Spark's ContinuousExecution: "Committing epoch N" once one committed.
            (true, Trigger::Continuous(_)) => match exec.batch_id() {
                0 => "Running".to_string(),
                n => format!("Committing epoch {}", n - 1),
            },
            (true, _) => "Waiting for data to arrive".to_string(),
        };
        Self::status_json(message)
    }

    /// A status between triggers.
    fn status_json(message: String) -> serde_json::Value {
        serde_json::json!({
            "message": message,
            "isDataAvailable": false,
            "isTriggerActive": false,
        })
    }
}

/// Spark's wrapper for an error that stopped a query.
fn stream_failed(id: &str, run_id: &str, e: &RunnelError) -> RunnelError {
    let mut w = e.clone();
    w.message = format!("Query [id = {id}, runId = {run_id}] terminated with exception: {e}");
    w.exception = "StreamingQueryException";
    w
}
