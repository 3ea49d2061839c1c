//! The gRPC service `spark.connect.SparkConnectService`, routed by hand.
//!
//! The crate `apache-spark-connect-proto` (the Apache Spark project's generated messages
//! for Spark 4.2) builds the client side only. Rather than vendoring Spark's .proto files
//! and generating a second copy of every message with the server side enabled, this
//! module is the small part tonic's generator would add: a `tower::Service` that routes
//! `/spark.connect.SparkConnectService/<Method>` to tonic's `Grpc` codec helpers. The
//! messages stay the published ones, pinned to the protocol of `pyspark-client==4.2.0`.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use spark_connect_proto as pb;
use tonic::body::Body;
use tonic::codegen::{StdError, http};
use tonic::server::{Grpc, NamedService, ServerStreamingService, UnaryService};
use tonic::{Request, Response, Status};

use crate::engine::{EngineHandle, Job};
use crate::reattach::{Operations, ResponseStream, reattachable};

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// Requests of up to this size are read (local data comes inline in plans).
pub const MAX_MESSAGE_BYTES: usize = 512 << 20;

/// The Spark Connect service over the engine thread.
#[derive(Clone)]
pub struct ConnectService {
    engine: EngineHandle,
    ops: Operations,
}

impl ConnectService {
    /// A service sending its work to `engine`.
    pub fn new(engine: EngineHandle) -> Self {
        ConnectService {
            engine,
            ops: Operations::default(),
        }
    }
}

/// Work a unary method does in the service before the engine answers (`ReleaseExecute`
/// releases kept responses here).
type Before<Req> = Option<std::sync::Arc<dyn Fn(&Req) + Send + Sync>>;

impl NamedService for ConnectService {
    const NAME: &'static str = "spark.connect.SparkConnectService";
}

/// A unary method: the request goes to the engine as the job `make` builds.
#[derive(Clone)]
struct Unary<Req, Resp> {
    engine: EngineHandle,
    make: fn(Req, crate::engine::Reply<Resp>) -> Job,
    before: Before<Req>,
}

impl<Req: Send + 'static, Resp: Send + 'static> UnaryService<Req> for Unary<Req, Resp> {
    type Response = Resp;
    type Future = BoxFuture<Result<Response<Resp>, Status>>;

    fn call(&mut self, request: Request<Req>) -> Self::Future {
        let engine = self.engine.clone();
        let make = self.make;
        let req = request.into_inner();
        if let Some(f) = &self.before {
            f(&req);
        }
        Box::pin(async move {
            engine
                .call(move |reply| make(req, reply))
                .await
                .map(Response::new)
        })
    }
}

/// `ExecutePlan`: every response of the operation, as a stream (kept for
/// `ReattachExecute` when the client asks for reattachable execution).
struct Execute {
    engine: EngineHandle,
    ops: Operations,
}

/// `ReattachExecute`: the kept responses after the last one the client got.
struct Reattach {
    ops: Operations,
}

impl ServerStreamingService<pb::ReattachExecuteRequest> for Reattach {
    type Response = pb::ExecutePlanResponse;
    type ResponseStream = ResponseStream;
    type Future = BoxFuture<Result<Response<ResponseStream>, Status>>;

    fn call(&mut self, request: Request<pb::ReattachExecuteRequest>) -> Self::Future {
        let r = self.ops.reattach(request.get_ref()).map(Response::new);
        Box::pin(async move { r })
    }
}

/// `spark.streams.addListener`'s long-lived call (StreamingQueryListenerBusCommand with
/// add_listener_bus_listener): its responses go on until the listener is removed.
fn adds_listener_bus(req: &pb::ExecutePlanRequest) -> bool {
    use pb::command::CommandType as C;
    use pb::streaming_query_listener_bus_command::Command as B;
    matches!(
        req.plan.as_ref().and_then(|p| p.op_type.as_ref()),
        Some(pb::plan::OpType::Command(pb::Command {
            command_type: Some(C::StreamingQueryListenerBusCommand(
                pb::StreamingQueryListenerBusCommand {
                    command: Some(B::AddListenerBusListener(true)),
                }
            )),
            ..
        }))
    )
}

/// The Python workers a `writeStream.start()` with foreachBatch or foreach needs: (which,
/// the client's Python version).
fn workers_to_launch(req: &pb::ExecutePlanRequest) -> Vec<(&'static str, String)> {
    use pb::command::CommandType as C;
    use pb::streaming_foreach_function::Function;
    let Some(pb::plan::OpType::Command(pb::Command {
        command_type: Some(C::WriteStreamOperationStart(w)),
        ..
    })) = req.plan.as_ref().and_then(|p| p.op_type.as_ref())
    else {
        return Vec::new();
    };
    let python = |f: &Option<pb::StreamingForeachFunction>| match f
        .as_ref()
        .and_then(|f| f.function.as_ref())
    {
        Some(Function::PythonFunction(p)) => Some(p.python_ver.clone()),
        _ => None,
    };
    let mut out = Vec::new();
    if let Some(v) = python(&w.foreach_batch) {
        out.push(("foreachBatch", v));
    }
    if let Some(v) = python(&w.foreach_writer) {
        out.push(("foreach", v));
    }
    out
}

/// The client's Python version when the plan holds a Python UDF (for a worker to be
/// started before the engine needs it). Found in the plan's debug text, which names
/// every `PythonUdf` message with its `python_ver`; plans of over 1 MiB (large local
/// data) are not searched, their UDFs start their worker when first run.
fn udf_python_version(req: &pb::ExecutePlanRequest) -> Option<String> {
    use prost::Message;
    let plan = req.plan.as_ref()?;
    if plan.encoded_len() > 1 << 20 {
        return None;
    }
    let text = format!("{plan:?}");
    let at = text.find("PythonUdf {")?;
    let rest = &text[at..];
    let v = rest.find("python_ver: \"")? + "python_ver: \"".len();
    let end = rest[v..].find('"')?;
    Some(rest[v..v + end].to_string())
}

impl ServerStreamingService<pb::ExecutePlanRequest> for Execute {
    type Response = pb::ExecutePlanResponse;
    type ResponseStream = ResponseStream;
    type Future = BoxFuture<Result<Response<ResponseStream>, Status>>;

    fn call(&mut self, request: Request<pb::ExecutePlanRequest>) -> Self::Future {
        let engine = self.engine.clone();
        let ops = self.ops.clone();
        let req = request.into_inner();
        Box::pin(async move {
            use tokio_stream::StreamExt;
            if let Some(op) = &req.operation_id {
                crate::reattach::check_operation_id(op)?;
            }
            let keep = match (&req.operation_id, reattachable(&req)) {
                (Some(op), true) => Some((req.session_id.clone(), op.clone())),
                _ => None,
            };
            let kept = |stream: ResponseStream| match &keep {
                Some((session, op)) => ops.start(session, op, stream).map(Response::new),
                None => Ok(Response::new(stream)),
            };
            if adds_listener_bus(&req) {
                let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
                let first = engine
                    .call(move |reply| Job::ListenerBus(Box::new(req), tx, reply))
                    .await?;
                let events = tokio_stream::wrappers::UnboundedReceiverStream::new(rx);
                let stream = tokio_stream::iter(first.into_iter().map(Ok)).chain(events);
                return kept(Box::pin(stream));
            }
            // Python's start (a second or more) happens here, not on the engine thread that
            // serves every session; the engine takes the connected worker.
            if let Some(op) = req.operation_id.clone() {
                for (what, version) in workers_to_launch(&req) {
                    let op = op.clone();
                    let _ = tokio::task::spawn_blocking(move || {
                        crate::worker::prelaunch(&op, what, &version)
                    })
                    .await;
                }
            }
            // Likewise a Python UDF worker, for the first plan that has a UDF.
            // (Not looked for while a worker is idle: the plan's text costs a little.)
            if !crate::udf::has_any_idle()
                && let Some(version) = udf_python_version(&req)
            {
                let _ = tokio::task::spawn_blocking(move || crate::udf::warm(&version)).await;
            }
            let out = engine
                .call(move |reply| Job::Execute(Box::new(req), reply))
                .await?;
            kept(Box::pin(tokio_stream::iter(out.into_iter().map(Ok))))
        })
    }
}

fn unary<Req, Resp, B>(
    engine: EngineHandle,
    make: fn(Req, crate::engine::Reply<Resp>) -> Job,
    before: Before<Req>,
    req: http::Request<B>,
) -> BoxFuture<Result<http::Response<Body>, Infallible>>
where
    Req: prost::Message + Default + Send + 'static,
    Resp: prost::Message + Send + 'static,
    B: tonic::codegen::Body + Send + 'static,
    B::Error: Into<StdError> + Send,
{
    Box::pin(async move {
        let codec = tonic_prost::ProstCodec::<Resp, Req>::default();
        let mut g = Grpc::new(codec).apply_max_message_size_config(Some(MAX_MESSAGE_BYTES), None);
        Ok(g.unary(
            Unary {
                engine,
                make,
                before,
            },
            req,
        )
        .await)
    })
}

fn unimplemented(method: &str) -> BoxFuture<Result<http::Response<Body>, Infallible>> {
    let msg = format!(
        "{method} is not implemented by Runnel's Spark Connect server yet (it implements ExecutePlan, ReattachExecute, AnalyzePlan, Config, ReleaseExecute, ReleaseSession and Interrupt)"
    );
    Box::pin(async move { Ok(Status::unimplemented(msg).into_http()) })
}

impl<B> tonic::codegen::Service<http::Request<B>> for ConnectService
where
    B: tonic::codegen::Body + Send + 'static,
    B::Error: Into<StdError> + Send + 'static,
{
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future = BoxFuture<Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: http::Request<B>) -> Self::Future {
        let engine = self.engine.clone();
        let ops = self.ops.clone();
        let method = req
            .uri()
            .path()
            .strip_prefix("/spark.connect.SparkConnectService/")
            .unwrap_or("")
            .to_string();
        match method.as_str() {
            "ExecutePlan" => Box::pin(async move {
                let codec = tonic_prost::ProstCodec::<
                    pb::ExecutePlanResponse,
                    pb::ExecutePlanRequest,
                >::default();
                let mut g =
                    Grpc::new(codec).apply_max_message_size_config(Some(MAX_MESSAGE_BYTES), None);
                Ok(g.server_streaming(Execute { engine, ops }, req).await)
            }),
            "ReattachExecute" => Box::pin(async move {
                let codec = tonic_prost::ProstCodec::<
                    pb::ExecutePlanResponse,
                    pb::ReattachExecuteRequest,
                >::default();
                let mut g =
                    Grpc::new(codec).apply_max_message_size_config(Some(MAX_MESSAGE_BYTES), None);
                Ok(g.server_streaming(Reattach { ops }, req).await)
            }),
            "AnalyzePlan" => unary(engine, |r, tx| Job::Analyze(Box::new(r), tx), None, req),
            "Config" => unary(engine, |r, tx| Job::Config(Box::new(r), tx), None, req),
            "ReleaseExecute" => unary(
                engine,
                |r, tx| Job::ReleaseExecute(Box::new(r), tx),
                Some(std::sync::Arc::new(move |r: &pb::ReleaseExecuteRequest| {
                    ops.release(r)
                })),
                req,
            ),
            "ReleaseSession" => unary(
                engine,
                |r, tx| Job::ReleaseSession(Box::new(r), tx),
                Some(std::sync::Arc::new(move |r: &pb::ReleaseSessionRequest| {
                    ops.release_session(&r.session_id)
                })),
                req,
            ),
            "Interrupt" => unary(engine, |r, tx| Job::Interrupt(Box::new(r), tx), None, req),
            "" => unimplemented(req.uri().path()),
            other => unimplemented(other),
        }
    }
}
