//! Reattachable execution, as Spark Connect's `ExecuteResponseObserver` and
//! `ExecuteGrpcResponseSender`: the responses of an `ExecutePlan` that asks for it
//! (`ReattachOptions.reattachable`, what pyspark-client does by default) are kept, with
//! their response ids, until `ReleaseExecute` releases them (`release_until` one id, or
//! `release_all`), so that a client whose stream broke calls `ReattachExecute` with the
//! last response id it got and receives the rest.
//!
//! Memory is bounded as Spark bounds it: responses already sent are kept only up to
//! `spark.connect.execute.reattachable.observerRetryBufferSize` (10 MiB) past the release
//! point (older ones go, and reattaching before them is `INVALID_CURSOR.POSITION_NOT_AVAILABLE`),
//! and an operation no stream has been attached to for
//! `spark.connect.execute.manager.detachedTimeout` (5 minutes) is dropped, leaving a
//! tombstone (`INVALID_HANDLE.OPERATION_ABANDONED`) among the last 10,000.

use std::collections::{HashMap, VecDeque};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use prost::Message;
use runnel_core::RunnelError;
use spark_connect_proto as pb;
use tokio::sync::Notify;
use tonic::Status;

use crate::error::status_of;

/// A stream of responses, as the service returns it.
pub type ResponseStream = Pin<
    Box<dyn tokio_stream::Stream<Item = Result<pb::ExecutePlanResponse, Status>> + Send + 'static>,
>;

/// Spark's `observerRetryBufferSize`: bytes of sent responses kept for a reattach.
pub const RETRY_BUFFER_BYTES: usize = 10 << 20;
/// Spark's `detachedTimeout`: an operation with no stream for this long is abandoned.
pub const DETACHED_TIMEOUT: Duration = Duration::from_secs(5 * 60);
/// Spark's `abandonedTombstonesSize`.
const TOMBSTONES: usize = 10_000;

/// Spark's check of a client's operation id: a UUID string, else `INVALID_HANDLE.FORMAT`.
pub fn check_operation_id(op: &str) -> Result<(), Status> {
    let ok = op.len() == 36
        && op.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        });
    if ok {
        return Ok(());
    }
    Err(status_of(&RunnelError::execution(
        "INVALID_HANDLE.FORMAT",
        format!(
            "The handle {op} is invalid. Handle must be an UUID string of the format '00112233-4455-6677-8899-aabbccddeeff'."
        ),
    )))
}

/// Does the request ask for reattachable execution?
pub fn reattachable(req: &pb::ExecutePlanRequest) -> bool {
    use pb::execute_plan_request::request_option::RequestOption as O;
    req.request_options.iter().any(|o| {
        matches!(
            &o.request_option,
            Some(O::ReattachOptions(pb::ReattachOptions {
                reattachable: true
            }))
        )
    })
}

/// One operation's responses and where its streams are.
struct Op {
    /// Kept responses (id, response, encoded size); `responses[0]` is number `first`.
    responses: VecDeque<(String, pb::ExecutePlanResponse, usize)>,
    /// The number of every response produced, released ones too (a client reattaches
    /// after the last response it got, which it has released already).
    numbers: HashMap<String, usize>,
    first: usize,
    /// How many responses some stream has sent.
    sent: usize,
    /// The producer ended: the error it ended with, if any (sent after the responses).
    done: Option<Option<Status>>,
    /// The attached stream's number: a new attach ends the older stream.
    generation: u64,
    /// Since when no stream is attached (None: one is).
    detached_since: Option<Instant>,
    /// Released or abandoned: the producer stops (a listener bus call ends with it).
    gone: bool,
}

impl Op {
    /// Drops sent responses past the retry buffer (never unsent ones).
    fn trim(&mut self) {
        let mut sent_bytes: usize = self
            .responses
            .iter()
            .take(self.sent.saturating_sub(self.first))
            .map(|r| r.2)
            .sum();
        while sent_bytes > RETRY_BUFFER_BYTES && self.first < self.sent {
            if let Some((_, _, n)) = self.responses.pop_front() {
                sent_bytes -= n;
                self.first += 1;
            } else {
                break;
            }
        }
    }

    /// The number of the response after `id`, or the cursor error Spark gives.
    fn after(&self, id: &str, op: &str) -> Result<usize, Status> {
        let (cond, what) = match self.numbers.get(id) {
            Some(i) if *i + 1 >= self.first => return Ok(i + 1),
            Some(_) => (
                "INVALID_CURSOR.POSITION_NOT_AVAILABLE",
                "the responses after it were released (ReleaseExecute) or dropped from the retry buffer",
            ),
            None => (
                "INVALID_CURSOR.POSITION_NOT_FOUND",
                "the operation sent no response with this id",
            ),
        };
        Err(status_of(&RunnelError::execution(
            cond,
            format!(
                "The cursor is invalid. The position {id} of operation {op} is not available: {what}. Start the operation again with a new ExecutePlan."
            ),
        )))
    }
}

struct Cell {
    op: Mutex<Op>,
    notify: Notify,
}

impl Cell {
    /// Ends its streams and its producer, and drops what it kept.
    fn forget(&self) {
        let mut o = lock(&self.op);
        o.generation += 1;
        o.gone = true;
        o.responses.clear();
        o.numbers.clear();
        drop(o);
        self.notify.notify_waiters();
    }
}

type Key = (String, String);

/// The reattachable operations of every session.
#[derive(Clone, Default)]
pub struct Operations {
    inner: Arc<Mutex<Store>>,
}

#[derive(Default)]
struct Store {
    ops: HashMap<Key, Arc<Cell>>,
    tombstones: VecDeque<Key>,
}

fn handle_error(cond: &str, session: &str, op: &str, sentence: &str) -> Status {
    status_of(&RunnelError::execution(
        cond,
        format!("Operation handle {op} of session {session} is invalid: {sentence}"),
    ))
}

impl Operations {
    /// Keeps the responses `source` produces for the operation, and streams them.
    /// `INVALID_HANDLE.OPERATION_ALREADY_EXISTS` when the id is taken.
    pub fn start(
        &self,
        session: &str,
        op: &str,
        source: ResponseStream,
    ) -> Result<ResponseStream, Status> {
        let key = (session.to_string(), op.to_string());
        let cell = {
            let mut st = self.lock();
            st.sweep();
            if st.ops.contains_key(&key) {
                return Err(handle_error(
                    "INVALID_HANDLE.OPERATION_ALREADY_EXISTS",
                    session,
                    op,
                    "an operation with this id exists already; give each ExecutePlan a new operation id",
                ));
            }
            let cell = Arc::new(Cell {
                op: Mutex::new(Op {
                    responses: VecDeque::new(),
                    numbers: HashMap::new(),
                    first: 0,
                    sent: 0,
                    done: None,
                    generation: 0,
                    detached_since: None,
                    gone: false,
                }),
                notify: Notify::new(),
            });
            st.ops.insert(key, cell.clone());
            cell
        };
        let producer = cell.clone();
        tokio::spawn(async move {
            use tokio_stream::StreamExt;
            let mut source = source;
            let mut end = None;
            while let Some(item) = source.next().await {
                match item {
                    Ok(r) => {
                        let n = r.encoded_len();
                        let mut o = lock(&producer.op);
                        if o.gone {
                            return;
                        }
                        let i = o.first + o.responses.len();
                        o.numbers.insert(r.response_id.clone(), i);
                        o.responses.push_back((r.response_id.clone(), r, n));
                    }
                    Err(e) => {
                        end = Some(e);
                        break;
                    }
                }
                producer.notify.notify_waiters();
            }
            lock(&producer.op).done = Some(end);
            producer.notify.notify_waiters();
        });
        Ok(attach(cell, 0))
    }

    /// `ReattachExecute`: the responses after `last_response_id` (all kept ones without it).
    pub fn reattach(&self, req: &pb::ReattachExecuteRequest) -> Result<ResponseStream, Status> {
        check_operation_id(&req.operation_id)?;
        let key = (req.session_id.clone(), req.operation_id.clone());
        let cell = {
            let mut st = self.lock();
            st.sweep();
            match st.ops.get(&key) {
                Some(c) => c.clone(),
                None if st.tombstones.contains(&key) => {
                    return Err(handle_error(
                        "INVALID_HANDLE.OPERATION_ABANDONED",
                        &req.session_id,
                        &req.operation_id,
                        "the operation was abandoned (no client attached to it for 5 minutes); run it again",
                    ));
                }
                None => {
                    return Err(handle_error(
                        "INVALID_HANDLE.OPERATION_NOT_FOUND",
                        &req.session_id,
                        &req.operation_id,
                        "no such operation (it finished and was released, or never started); run it again with ExecutePlan",
                    ));
                }
            }
        };
        let from = {
            let o = lock(&cell.op);
            match &req.last_response_id {
                Some(id) => o.after(id, &req.operation_id)?,
                None => o.first,
            }
        };
        Ok(attach(cell, from))
    }

    /// `ReleaseExecute`: forgets the operation (`release_all`) or its responses up to
    /// and including one id (`release_until`).
    pub fn release(&self, req: &pb::ReleaseExecuteRequest) {
        use pb::release_execute_request::Release as R;
        let key = (req.session_id.clone(), req.operation_id.clone());
        let mut st = self.lock();
        match &req.release {
            Some(R::ReleaseAll(_)) | None => {
                if let Some(c) = st.ops.remove(&key) {
                    c.forget();
                }
            }
            Some(R::ReleaseUntil(u)) => {
                if let Some(c) = st.ops.get(&key) {
                    let mut o = lock(&c.op);
                    if let Some(i) = o.responses.iter().position(|r| r.0 == u.response_id) {
                        o.responses.drain(..=i);
                        o.first += i + 1;
                        o.sent = o.sent.max(o.first);
                    }
                }
            }
        }
    }

    /// Forgets every operation of a released session.
    pub fn release_session(&self, session: &str) {
        let mut st = self.lock();
        st.ops.retain(|k, c| {
            if k.0 == session {
                c.forget();
            }
            k.0 != session
        });
    }

    /// How many operations are kept (for tests and the log).
    pub fn len(&self) -> usize {
        self.lock().ops.len()
    }

    /// No operation kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Store> {
        lock(&self.inner)
    }
}

impl Store {
    /// Drops the operations no stream has been attached to for `DETACHED_TIMEOUT`.
    fn sweep(&mut self) {
        let stale: Vec<Key> = self
            .ops
            .iter()
            .filter(|(_, c)| {
                lock(&c.op)
                    .detached_since
                    .is_some_and(|t| t.elapsed() > DETACHED_TIMEOUT)
            })
            .map(|(k, _)| k.clone())
            .collect();
        for k in stale {
            tracing::info!(operation = k.1, "abandoned operation dropped");
            if let Some(c) = self.ops.remove(&k) {
                c.forget();
            }
            self.tombstones.push_back(k);
            if self.tombstones.len() > TOMBSTONES {
                self.tombstones.pop_front();
            }
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A stream of the operation's responses from number `from`: the kept ones, then new ones
/// as they come, then the producer's error if it ended with one. A later attach ends it.
fn attach(cell: Arc<Cell>, from: usize) -> ResponseStream {
    let (tx, rx) = tokio::sync::mpsc::channel(16);
    let generation = {
        let mut o = lock(&cell.op);
        o.generation += 1;
        o.detached_since = None;
        o.generation
    };
    tokio::spawn(async move {
        let mut i = from;
        loop {
            let notified = cell.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            enum Next {
                Send(Box<pb::ExecutePlanResponse>),
                End(Option<Status>),
                Wait,
            }
            let next = {
                let o = lock(&cell.op);
                if o.generation != generation {
                    // Released, or another stream attached: this one ends here.
                    return;
                }
                if i < o.first {
                    Next::End(Some(Status::internal(
                        "[INVALID_CURSOR.POSITION_NOT_AVAILABLE] responses were released while being sent",
                    )))
                } else if let Some((_, r, _)) = o.responses.get(i - o.first) {
                    Next::Send(Box::new(r.clone()))
                } else if let Some(end) = &o.done {
                    Next::End(end.clone())
                } else {
                    Next::Wait
                }
            };
            match next {
                Next::Send(r) => {
                    if tx.send(Ok(*r)).await.is_err() {
                        break;
                    }
                    i += 1;
                    let mut o = lock(&cell.op);
                    o.sent = o.sent.max(i);
                    o.trim();
                }
                Next::End(e) => {
                    if let Some(e) = e {
                        let _ = tx.send(Err(e)).await;
                    }
                    break;
                }
                Next::Wait => notified.await,
            }
        }
        let mut o = lock(&cell.op);
        if o.generation == generation {
            o.detached_since = Some(Instant::now());
        }
    });
    Box::pin(tokio_stream::wrappers::ReceiverStream::new(rx))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio_stream::StreamExt;

    const OP: &str = "0f2c8a4e-1b2d-4c3e-9f00-aabbccddeeff";

    fn resp(id: &str) -> pb::ExecutePlanResponse {
        pb::ExecutePlanResponse {
            response_id: id.into(),
            ..Default::default()
        }
    }

    fn source(ids: &[&str]) -> ResponseStream {
        let v: Vec<Result<pb::ExecutePlanResponse, Status>> =
            ids.iter().map(|i| Ok(resp(i))).collect();
        Box::pin(tokio_stream::iter(v))
    }

    fn reattach_req(op: &str, last: Option<&str>) -> pb::ReattachExecuteRequest {
        pb::ReattachExecuteRequest {
            session_id: "s".into(),
            operation_id: op.into(),
            last_response_id: last.map(str::to_string),
            ..Default::default()
        }
    }

    async fn ids(s: ResponseStream) -> Vec<String> {
        s.map(|r| r.unwrap().response_id).collect().await
    }

    #[tokio::test]
    async fn reattach_replays_the_responses_after_the_last_one_received() {
        let ops = Operations::default();
        let first = ops.start("s", OP, source(&["a", "b", "c"])).unwrap();
        assert_eq!(ids(first).await, ["a", "b", "c"]);
        let again = ops.reattach(&reattach_req(OP, Some("a"))).unwrap();
        assert_eq!(ids(again).await, ["b", "c"]);
        let all = ops.reattach(&reattach_req(OP, None)).unwrap();
        assert_eq!(ids(all).await, ["a", "b", "c"]);
    }

    #[tokio::test]
    async fn released_responses_are_gone_and_release_all_forgets_the_operation() {
        let ops = Operations::default();
        assert_eq!(
            ids(ops.start("s", OP, source(&["a", "b", "c"])).unwrap())
                .await
                .len(),
            3
        );
        ops.release(&pb::ReleaseExecuteRequest {
            session_id: "s".into(),
            operation_id: OP.into(),
            release: Some(pb::release_execute_request::Release::ReleaseUntil(
                pb::release_execute_request::ReleaseUntil {
                    response_id: "b".into(),
                },
            )),
            ..Default::default()
        });
        // The client reattaches after the last response it got, released already.
        assert_eq!(
            ids(ops.reattach(&reattach_req(OP, Some("b"))).unwrap()).await,
            ["c"]
        );
        let e = ops.reattach(&reattach_req(OP, Some("a"))).err().unwrap();
        assert!(
            e.message()
                .contains("INVALID_CURSOR.POSITION_NOT_AVAILABLE"),
            "{e}"
        );
        let e = ops.reattach(&reattach_req(OP, Some("zz"))).err().unwrap();
        assert!(
            e.message().contains("INVALID_CURSOR.POSITION_NOT_FOUND"),
            "{e}"
        );
        ops.release(&pb::ReleaseExecuteRequest {
            session_id: "s".into(),
            operation_id: OP.into(),
            release: Some(pb::release_execute_request::Release::ReleaseAll(
                Default::default(),
            )),
            ..Default::default()
        });
        assert!(ops.is_empty());
        let e = ops.reattach(&reattach_req(OP, Some("c"))).err().unwrap();
        assert!(
            e.message().contains("INVALID_HANDLE.OPERATION_NOT_FOUND"),
            "{e}"
        );
    }

    #[test]
    fn an_operation_id_that_is_not_a_uuid_is_invalid_handle_format() {
        assert!(check_operation_id("0f2c8a4e-1b2d-4c3e-9f00-aabbccddeeff").is_ok());
        for bad in [
            "op",
            "0f2c8a4e1b2d4c3e9f00aabbccddeeff",
            "0f2c8a4e-1b2d-4c3e-9f00-aabbccddeefg",
        ] {
            let e = check_operation_id(bad).err().unwrap();
            assert!(e.message().contains("INVALID_HANDLE.FORMAT"), "{e}");
        }
    }

    #[tokio::test]
    async fn an_operation_id_cannot_be_started_twice() {
        let ops = Operations::default();
        let _s = ops.start("s", OP, source(&["a"])).unwrap();
        let e = ops.start("s", OP, source(&["a"])).err().unwrap();
        assert!(
            e.message()
                .contains("INVALID_HANDLE.OPERATION_ALREADY_EXISTS"),
            "{e}"
        );
    }

    #[tokio::test]
    async fn sent_responses_past_the_retry_buffer_are_dropped_unsent_ones_kept() {
        let ops = Operations::default();
        // 12 responses of 1 MiB each: after all are sent, only the last 10 MiB stay.
        let big: Vec<Result<pb::ExecutePlanResponse, Status>> = (0..12)
            .map(|i| {
                Ok(pb::ExecutePlanResponse {
                    response_id: format!("r{i}"),
                    operation_id: "x".repeat(1 << 20),
                    ..Default::default()
                })
            })
            .collect();
        let s = ops
            .start("s", OP, Box::pin(tokio_stream::iter(big)))
            .unwrap();
        assert_eq!(ids(s).await.len(), 12);
        let e = ops.reattach(&reattach_req(OP, Some("r0"))).err().unwrap();
        assert!(e.message().contains("POSITION_NOT_AVAILABLE"), "{e}");
        assert_eq!(
            ids(ops.reattach(&reattach_req(OP, Some("r10"))).unwrap()).await,
            ["r11"]
        );
    }

    #[tokio::test]
    async fn a_stream_cut_before_the_end_resumes_with_responses_produced_later() {
        let ops = Operations::default();
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let src: ResponseStream =
            Box::pin(tokio_stream::wrappers::UnboundedReceiverStream::new(rx));
        let mut first = ops.start("s", OP, src).unwrap();
        tx.send(Ok(resp("a"))).unwrap();
        assert_eq!(first.next().await.unwrap().unwrap().response_id, "a");
        drop(first); // the client's stream breaks
        tx.send(Ok(resp("b"))).unwrap();
        drop(tx);
        assert_eq!(
            ids(ops.reattach(&reattach_req(OP, Some("a"))).unwrap()).await,
            ["b"]
        );
    }
}
