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

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// Requests of up to this size are read (local data comes inline in plans).
pub const MAX_MESSAGE_BYTES: usize = 512 << 20;

/// The Spark Connect service over the engine thread.
#[derive(Clone)]
pub struct ConnectService {
    engine: EngineHandle,
}

impl ConnectService {
    /// A service sending its work to `engine`.
    pub fn new(engine: EngineHandle) -> Self {
        ConnectService { engine }
    }
}

impl NamedService for ConnectService {
    const NAME: &'static str = "spark.connect.SparkConnectService";
}

/// A unary method: the request goes to the engine as the job `make` builds.
#[derive(Clone)]
struct Unary<Req, Resp> {
    engine: EngineHandle,
    make: fn(Req, crate::engine::Reply<Resp>) -> Job,
}

impl<Req: Send + 'static, Resp: Send + 'static> UnaryService<Req> for Unary<Req, Resp> {
    type Response = Resp;
    type Future = BoxFuture<Result<Response<Resp>, Status>>;

    fn call(&mut self, request: Request<Req>) -> Self::Future {
        let engine = self.engine.clone();
        let make = self.make;
        let req = request.into_inner();
        Box::pin(async move {
            engine
                .call(move |reply| make(req, reply))
                .await
                .map(Response::new)
        })
    }
}

/// `ExecutePlan`: every response of the operation, as a stream.
struct Execute {
    engine: EngineHandle,
}

type ResponseStream = Pin<
    Box<dyn tokio_stream::Stream<Item = Result<pb::ExecutePlanResponse, Status>> + Send + 'static>,
>;

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

impl ServerStreamingService<pb::ExecutePlanRequest> for Execute {
    type Response = pb::ExecutePlanResponse;
    type ResponseStream = ResponseStream;
    type Future = BoxFuture<Result<Response<ResponseStream>, Status>>;

    fn call(&mut self, request: Request<pb::ExecutePlanRequest>) -> Self::Future {
        let engine = self.engine.clone();
        let req = request.into_inner();
        Box::pin(async move {
            use tokio_stream::StreamExt;
            if adds_listener_bus(&req) {
                let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
                let first = engine
                    .call(move |reply| Job::ListenerBus(Box::new(req), tx, reply))
                    .await?;
                let events = tokio_stream::wrappers::UnboundedReceiverStream::new(rx);
                let stream = tokio_stream::iter(first.into_iter().map(Ok)).chain(events);
                return Ok(Response::new(Box::pin(stream) as ResponseStream));
            }
            let out = engine
                .call(move |reply| Job::Execute(Box::new(req), reply))
                .await?;
            Ok(Response::new(
                Box::pin(tokio_stream::iter(out.into_iter().map(Ok))) as ResponseStream,
            ))
        })
    }
}

fn unary<Req, Resp, B>(
    engine: EngineHandle,
    make: fn(Req, crate::engine::Reply<Resp>) -> Job,
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
        Ok(g.unary(Unary { engine, make }, req).await)
    })
}

fn unimplemented(method: &str) -> BoxFuture<Result<http::Response<Body>, Infallible>> {
    let msg = format!(
        "{method} is not implemented by Runnel's Spark Connect server yet (it implements ExecutePlan, AnalyzePlan, Config, ReleaseExecute, ReleaseSession and Interrupt)"
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
                Ok(g.server_streaming(Execute { engine }, req).await)
            }),
            "AnalyzePlan" => unary(engine, |r, tx| Job::Analyze(Box::new(r), tx), req),
            "Config" => unary(engine, |r, tx| Job::Config(Box::new(r), tx), req),
            "ReleaseExecute" => unary(engine, |r, tx| Job::ReleaseExecute(Box::new(r), tx), req),
            "ReleaseSession" => unary(engine, |r, tx| Job::ReleaseSession(Box::new(r), tx), req),
            "Interrupt" => unary(engine, |r, tx| Job::Interrupt(Box::new(r), tx), req),
            "" => unimplemented(req.uri().path()),
            other => unimplemented(other),
        }
    }
}
