//! `transformWithStateInPandas` / `transformWithState` (Spark 4's arbitrary stateful
//! operator in Python) over Spark Connect, run as Spark's `TransformWithStateInPySparkExec`
//! runs it: per batch one task in PySpark's worker (`pyspark.worker`, eval types 211-214)
//! whose input is the batch's rows sorted by key (with the initial state's rows on the
//! first batch); the worker's `StatefulProcessorApiClient` connects back to a state
//! server on a Unix socket (`state_server_socket_port`) and asks it, message by message,
//! for the state variables, the timers and the grouping key of the call (Spark's
//! `TransformWithStateInPySparkStateServer`, `ImplicitGroupingKeyTracker`), while the
//! engine thread answers from the operator's [`KeyValueState`].
//!
//! The messages are those of Spark's `StateMessage.proto` (package
//! `org.apache.spark.sql.execution.streaming.state`), written out here with prost's derive
//! from the descriptor pyspark-client 4.2 ships (`pyspark/sql/streaming/proto/
//! StateMessage_pb2.py`); each is framed as the client frames it: `0` (the version), the
//! length, the message; each answer as its length and the message.
//!
//! The state's layout (all values as the worker pickled them, `schema.toInternal(value)`,
//! so that they go back unchanged; the grouping key as the worker pickled it):
//! `v|name|key` → a value state's value, `l|name|key|index` → a list state's elements,
//! `m|name|key|user key` → a map state's entries, `t|key|time` and `T|time|key` → a
//! timer (by key, and by time for the expiry scan), `i` → the initial state was read,
//! `x` → some variable has a TTL.
//! Each value starts with its TTL expiry (ms, or -1).

use std::collections::HashMap;
use std::io::{BufReader, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::{UnixListener, UnixStream};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use arrow_array::{Array, ArrayRef, RecordBatch, StructArray, UInt32Array};
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use prost::Message;
use runnel_core::expr::Expr;
use runnel_core::logical::plan::{GroupStateClock, StatefulProcessorFunction, TimeMode};
use runnel_core::mode::OutputMode;
use runnel_core::state::KeyValueState;
use runnel_core::{DataFrame, Result, RunnelError};

use crate::udf::{END_OF_STREAM, PythonUdf, int};

/// `PythonEvalType.SQL_TRANSFORM_WITH_STATE_PANDAS_UDF`: `transformWithStateInPandas`.
pub const SQL_TRANSFORM_WITH_STATE_PANDAS_UDF: i32 = 211;
/// `..._PANDAS_INIT_STATE_UDF`: the same with an initial state.
pub const SQL_TRANSFORM_WITH_STATE_PANDAS_INIT_STATE_UDF: i32 = 212;
/// `..._PYTHON_ROW_UDF`: the row-based `transformWithState`.
pub const SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_UDF: i32 = 213;
/// `..._PYTHON_ROW_INIT_STATE_UDF`: the same with an initial state.
pub const SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_INIT_STATE_UDF: i32 = 214;

/// Spark's `StateMessage.proto`, as pyspark-client 4.2 speaks it.
#[allow(missing_docs)]
pub mod proto {
    /// A message without fields (`Exists`, `Get`, `Clear`, `RemoveImplicitKey`,
    /// `GetProcessingTime`, `GetWatermark`): all alike on the wire.
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct Empty {}

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StateRequest {
        #[prost(int32, tag = "1")]
        pub version: i32,
        #[prost(oneof = "state_request::Method", tags = "2, 3, 4, 5, 6")]
        pub method: Option<state_request::Method>,
    }
    pub mod state_request {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            #[prost(message, tag = "2")]
            StatefulProcessorCall(super::StatefulProcessorCall),
            #[prost(message, tag = "3")]
            StateVariableRequest(super::StateVariableRequest),
            #[prost(message, tag = "4")]
            ImplicitGroupingKeyRequest(super::ImplicitGroupingKeyRequest),
            #[prost(message, tag = "5")]
            TimerRequest(super::TimerRequest),
            #[prost(message, tag = "6")]
            UtilsRequest(super::UtilsRequest),
        }
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StateResponse {
        #[prost(int32, tag = "1")]
        pub status_code: i32,
        #[prost(string, tag = "2")]
        pub error_message: String,
        #[prost(bytes = "vec", tag = "3")]
        pub value: Vec<u8>,
    }
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StateResponseWithLongTypeVal {
        #[prost(int32, tag = "1")]
        pub status_code: i32,
        #[prost(string, tag = "2")]
        pub error_message: String,
        #[prost(int64, tag = "3")]
        pub value: i64,
    }
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StateResponseWithStringTypeVal {
        #[prost(int32, tag = "1")]
        pub status_code: i32,
        #[prost(string, tag = "2")]
        pub error_message: String,
        #[prost(string, tag = "3")]
        pub value: String,
    }
    /// `StateResponseWithListGet` and `StateResponseWithMapKeysOrValues` (alike on the wire).
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StateResponseWithValues {
        #[prost(int32, tag = "1")]
        pub status_code: i32,
        #[prost(string, tag = "2")]
        pub error_message: String,
        #[prost(bytes = "vec", repeated, tag = "3")]
        pub value: Vec<Vec<u8>>,
        #[prost(bool, tag = "4")]
        pub require_next_fetch: bool,
    }
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct KeyAndValuePair {
        #[prost(bytes = "vec", tag = "1")]
        pub key: Vec<u8>,
        #[prost(bytes = "vec", tag = "2")]
        pub value: Vec<u8>,
    }
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StateResponseWithMapIterator {
        #[prost(int32, tag = "1")]
        pub status_code: i32,
        #[prost(string, tag = "2")]
        pub error_message: String,
        #[prost(message, repeated, tag = "3")]
        pub kv_pair: Vec<KeyAndValuePair>,
        #[prost(bool, tag = "4")]
        pub require_next_fetch: bool,
    }
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct TimerInfo {
        #[prost(bytes = "vec", optional, tag = "1")]
        pub key: Option<Vec<u8>>,
        #[prost(int64, tag = "2")]
        pub timestamp_ms: i64,
    }
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StateResponseWithTimer {
        #[prost(int32, tag = "1")]
        pub status_code: i32,
        #[prost(string, tag = "2")]
        pub error_message: String,
        #[prost(message, repeated, tag = "3")]
        pub timer: Vec<TimerInfo>,
        #[prost(bool, tag = "4")]
        pub require_next_fetch: bool,
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StatefulProcessorCall {
        #[prost(oneof = "stateful_processor_call::Method", tags = "1, 2, 3, 4, 5, 6")]
        pub method: Option<stateful_processor_call::Method>,
    }
    pub mod stateful_processor_call {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            #[prost(message, tag = "1")]
            SetHandleState(super::SetHandleState),
            #[prost(message, tag = "2")]
            GetValueState(super::StateCallCommand),
            #[prost(message, tag = "3")]
            GetListState(super::StateCallCommand),
            #[prost(message, tag = "4")]
            GetMapState(super::StateCallCommand),
            #[prost(message, tag = "5")]
            TimerStateCall(super::TimerStateCallCommand),
            #[prost(message, tag = "6")]
            DeleteIfExists(super::StateCallCommand),
        }
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StateVariableRequest {
        #[prost(oneof = "state_variable_request::Method", tags = "1, 2, 3")]
        pub method: Option<state_variable_request::Method>,
    }
    pub mod state_variable_request {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            #[prost(message, tag = "1")]
            ValueStateCall(super::ValueStateCall),
            #[prost(message, tag = "2")]
            ListStateCall(super::ListStateCall),
            #[prost(message, tag = "3")]
            MapStateCall(super::MapStateCall),
        }
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct ImplicitGroupingKeyRequest {
        #[prost(oneof = "implicit_grouping_key_request::Method", tags = "1, 2")]
        pub method: Option<implicit_grouping_key_request::Method>,
    }
    pub mod implicit_grouping_key_request {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            #[prost(message, tag = "1")]
            SetImplicitKey(super::Bytes1),
            #[prost(message, tag = "2")]
            RemoveImplicitKey(super::Empty),
        }
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct TimerRequest {
        #[prost(oneof = "timer_request::Method", tags = "1, 2")]
        pub method: Option<timer_request::Method>,
    }
    pub mod timer_request {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            #[prost(message, tag = "1")]
            TimerValueRequest(super::TimerValueRequest),
            #[prost(message, tag = "2")]
            ExpiryTimerRequest(super::ExpiryTimerRequest),
        }
    }
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct TimerValueRequest {
        #[prost(oneof = "timer_value_request::Method", tags = "1, 2")]
        pub method: Option<timer_value_request::Method>,
    }
    pub mod timer_value_request {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            #[prost(message, tag = "1")]
            GetProcessingTimer(super::Empty),
            #[prost(message, tag = "2")]
            GetWatermark(super::Empty),
        }
    }
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct ExpiryTimerRequest {
        #[prost(string, tag = "1")]
        pub iterator_id: String,
        #[prost(int64, tag = "2")]
        pub expiry_timestamp_ms: i64,
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct UtilsRequest {
        #[prost(oneof = "utils_request::Method", tags = "1")]
        pub method: Option<utils_request::Method>,
    }
    pub mod utils_request {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            /// `ParseStringSchema { string schema = 1; }`
            #[prost(message, tag = "1")]
            ParseStringSchema(super::String1),
        }
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct TtlConfig {
        #[prost(int64, tag = "1")]
        pub duration_ms: i64,
    }
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct StateCallCommand {
        #[prost(string, tag = "1")]
        pub state_name: String,
        #[prost(string, tag = "2")]
        pub schema: String,
        #[prost(string, tag = "3")]
        pub map_state_value_schema: String,
        #[prost(message, optional, tag = "4")]
        pub ttl: Option<TtlConfig>,
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct TimerStateCallCommand {
        #[prost(oneof = "timer_state_call_command::Method", tags = "1, 2, 3")]
        pub method: Option<timer_state_call_command::Method>,
    }
    pub mod timer_state_call_command {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            /// `RegisterTimer { int64 expiryTimestampMs = 1; }`
            #[prost(message, tag = "1")]
            Register(super::Long1),
            /// `DeleteTimer { int64 expiryTimestampMs = 1; }`
            #[prost(message, tag = "2")]
            Delete(super::Long1),
            /// `ListTimers { string iteratorId = 1; }`
            #[prost(message, tag = "3")]
            List(super::String1),
        }
    }

    /// A message of one `bytes` field 1 (`SetImplicitKey`, `ValueStateUpdate`,
    /// `AppendValue`, `GetValue`, `ContainsKey`, `RemoveKey`).
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct Bytes1 {
        #[prost(bytes = "vec", tag = "1")]
        pub value: Vec<u8>,
    }
    /// A message of one `string` field 1 (`ListStateGet`, `Iterator`, `Keys`, `Values`,
    /// `ListTimers`, `ParseStringSchema`).
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct String1 {
        #[prost(string, tag = "1")]
        pub value: String,
    }
    /// A message of one `int64` field 1 (`RegisterTimer`, `DeleteTimer`).
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct Long1 {
        #[prost(int64, tag = "1")]
        pub value: i64,
    }
    /// `ListStatePut` / `AppendList`: `repeated bytes value = 1; bool fetchWithArrow = 2;`
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct ValueList {
        #[prost(bytes = "vec", repeated, tag = "1")]
        pub value: Vec<Vec<u8>>,
        #[prost(bool, tag = "2")]
        pub fetch_with_arrow: bool,
    }
    /// `UpdateValue { bytes userKey = 1; bytes value = 2; }`
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct UpdateValue {
        #[prost(bytes = "vec", tag = "1")]
        pub user_key: Vec<u8>,
        #[prost(bytes = "vec", tag = "2")]
        pub value: Vec<u8>,
    }
    /// `SetHandleState { HandleState state = 1; }`
    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct SetHandleState {
        #[prost(int32, tag = "1")]
        pub state: i32,
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct ValueStateCall {
        #[prost(string, tag = "1")]
        pub state_name: String,
        #[prost(oneof = "value_state_call::Method", tags = "2, 3, 4, 5")]
        pub method: Option<value_state_call::Method>,
    }
    pub mod value_state_call {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            #[prost(message, tag = "2")]
            Exists(super::Empty),
            #[prost(message, tag = "3")]
            Get(super::Empty),
            #[prost(message, tag = "4")]
            ValueStateUpdate(super::Bytes1),
            #[prost(message, tag = "5")]
            Clear(super::Empty),
        }
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct ListStateCall {
        #[prost(string, tag = "1")]
        pub state_name: String,
        #[prost(oneof = "list_state_call::Method", tags = "2, 3, 4, 5, 6, 7")]
        pub method: Option<list_state_call::Method>,
    }
    pub mod list_state_call {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            #[prost(message, tag = "2")]
            Exists(super::Empty),
            #[prost(message, tag = "3")]
            ListStateGet(super::String1),
            #[prost(message, tag = "4")]
            ListStatePut(super::ValueList),
            #[prost(message, tag = "5")]
            AppendValue(super::Bytes1),
            #[prost(message, tag = "6")]
            AppendList(super::ValueList),
            #[prost(message, tag = "7")]
            Clear(super::Empty),
        }
    }

    #[derive(Clone, PartialEq, ::prost::Message)]
    pub struct MapStateCall {
        #[prost(string, tag = "1")]
        pub state_name: String,
        #[prost(oneof = "map_state_call::Method", tags = "2, 3, 4, 5, 6, 7, 8, 9, 10")]
        pub method: Option<map_state_call::Method>,
    }
    pub mod map_state_call {
        #[derive(Clone, PartialEq, ::prost::Oneof)]
        pub enum Method {
            #[prost(message, tag = "2")]
            Exists(super::Empty),
            #[prost(message, tag = "3")]
            GetValue(super::Bytes1),
            #[prost(message, tag = "4")]
            ContainsKey(super::Bytes1),
            #[prost(message, tag = "5")]
            UpdateValue(super::UpdateValue),
            #[prost(message, tag = "6")]
            Iterator(super::String1),
            #[prost(message, tag = "7")]
            Keys(super::String1),
            #[prost(message, tag = "8")]
            Values(super::String1),
            #[prost(message, tag = "9")]
            RemoveKey(super::Bytes1),
            #[prost(message, tag = "10")]
            Clear(super::Empty),
        }
    }
}

// ---- the state's layout ----

/// What kind of state variable a name was declared as.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Value,
    List,
    Map,
}

impl Kind {
    fn tag(self) -> u8 {
        match self {
            Kind::Value => b'v',
            Kind::List => b'l',
            Kind::Map => b'm',
        }
    }
    fn what(self) -> &'static str {
        match self {
            Kind::Value => "Value",
            Kind::List => "List",
            Kind::Map => "Map",
        }
    }
}

fn put_part(out: &mut Vec<u8>, part: &[u8]) {
    out.extend_from_slice(&(part.len() as u32).to_be_bytes());
    out.extend_from_slice(part);
}

/// `tag|name|key|`: the prefix of a variable's entries for one grouping key.
fn var_prefix(kind: Kind, name: &str, key: &[u8]) -> Vec<u8> {
    let mut out = vec![kind.tag()];
    put_part(&mut out, name.as_bytes());
    put_part(&mut out, key);
    out
}

/// A timestamp as bytes that sort as the numbers do.
fn sortable(ts: i64) -> [u8; 8] {
    ((ts as u64) ^ (1 << 63)).to_be_bytes()
}

fn unsortable(b: &[u8]) -> i64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    (u64::from_be_bytes(a) ^ (1 << 63)) as i64
}

/// The timers of one grouping key: `t|key|`.
fn timer_prefix(key: &[u8]) -> Vec<u8> {
    let mut out = vec![b't'];
    put_part(&mut out, key);
    out
}

/// The marker of an initial state already read.
const INITIAL_STATE_READ: &[u8] = b"i";
/// The marker of a state with TTL values (cleaned after each batch).
const HAS_TTL: &[u8] = b"x";

/// A stored value: its TTL expiry (ms, -1 for none), then the pickle.
fn with_expiry(expiry: i64, pickle: &[u8]) -> Vec<u8> {
    let mut out = expiry.to_be_bytes().to_vec();
    out.extend_from_slice(pickle);
    out
}

/// The pickle of a stored value unless its TTL expired at `now`.
fn live(stored: &[u8], now: i64) -> Option<&[u8]> {
    if stored.len() < 8 {
        return None;
    }
    let expiry = i64::from_be_bytes(stored[..8].try_into().ok()?);
    (expiry < 0 || expiry > now).then_some(&stored[8..])
}

// ---- the state server ----

/// A declared state variable.
struct Var {
    kind: Kind,
    ttl_ms: Option<i64>,
}

/// What answers one task's state requests.
struct Server<'a> {
    state: &'a mut KeyValueState,
    clock: GroupStateClock,
    time_mode: TimeMode,
    /// The grouping key of the current call (pickled), Spark's `ImplicitGroupingKeyTracker`.
    key: Option<Vec<u8>>,
    vars: HashMap<String, Var>,
    /// The error the query fails with (Spark's, raised in the JVM), whatever the worker
    /// makes of the refusal it is answered.
    fatal: Option<RunnelError>,
    /// The processor's handle state as the worker sets it (`HandleState`: 0 PRE_INIT,
    /// 1 CREATED, 2 INITIALIZED, 3 DATA_PROCESSED, 4 TIMER_PROCESSED, 5 CLOSED).
    handle: i32,
}

/// Spark's name of a `HandleState`.
fn handle_state_name(s: i32) -> &'static str {
    match s {
        0 => "PRE_INIT",
        1 => "CREATED",
        2 => "INITIALIZED",
        3 => "DATA_PROCESSED",
        4 => "TIMER_PROCESSED",
        _ => "CLOSED",
    }
}

/// Spark's condition for a handle call in the wrong phase.
const INVALID_HANDLE_STATE: &str =
    "STATEFUL_PROCESSOR_CANNOT_PERFORM_OPERATION_WITH_INVALID_HANDLE_STATE";

/// Spark's name of a time mode in its messages.
fn time_mode_name(m: TimeMode) -> &'static str {
    match m {
        TimeMode::None => "NoTime",
        TimeMode::ProcessingTime => "ProcessingTime",
        TimeMode::EventTime => "EventTime",
    }
}

/// An answer to the worker.
enum Answer {
    Plain(i32, String, Vec<u8>),
    Long(i64),
    Str(String),
    Values(i32, Vec<Vec<u8>>),
    Pairs(i32, Vec<proto::KeyAndValuePair>),
    Timers(i32, Vec<proto::TimerInfo>),
}

fn ok() -> Answer {
    Answer::Plain(0, String::new(), Vec::new())
}

fn status(code: i32, msg: impl Into<String>) -> Answer {
    Answer::Plain(code, msg.into(), Vec::new())
}

impl Answer {
    fn encode(self) -> Vec<u8> {
        match self {
            Answer::Plain(status_code, error_message, value) => proto::StateResponse {
                status_code,
                error_message,
                value,
            }
            .encode_to_vec(),
            Answer::Long(value) => proto::StateResponseWithLongTypeVal {
                status_code: 0,
                error_message: String::new(),
                value,
            }
            .encode_to_vec(),
            Answer::Str(value) => proto::StateResponseWithStringTypeVal {
                status_code: 0,
                error_message: String::new(),
                value,
            }
            .encode_to_vec(),
            Answer::Values(status_code, value) => proto::StateResponseWithValues {
                status_code,
                error_message: String::new(),
                value,
                require_next_fetch: false,
            }
            .encode_to_vec(),
            Answer::Pairs(status_code, kv_pair) => proto::StateResponseWithMapIterator {
                status_code,
                error_message: String::new(),
                kv_pair,
                require_next_fetch: false,
            }
            .encode_to_vec(),
            Answer::Timers(status_code, timer) => proto::StateResponseWithTimer {
                status_code,
                error_message: String::new(),
                timer,
                require_next_fetch: false,
            }
            .encode_to_vec(),
        }
    }
}

impl Server<'_> {
    fn now(&self) -> i64 {
        self.clock.batch_ms
    }

    /// The current grouping key, or the error Spark gives without one.
    fn key(&self) -> std::result::Result<Vec<u8>, Answer> {
        self.key.clone().ok_or_else(|| {
            status(
                1,
                "[STATEFUL_PROCESSOR_CANNOT_PERFORM_OPERATION_WITH_INVALID_HANDLE_STATE] no grouping key is set: state variables and timers are used inside handleInputRows, handleInitialState or handleExpiredTimer",
            )
        })
    }

    /// The variable `name` declared as `kind`.
    fn var(&self, name: &str, kind: Kind) -> std::result::Result<&Var, Answer> {
        match self.vars.get(name) {
            Some(v) if v.kind == kind => Ok(v),
            _ => Err(status(
                1,
                format!("{} state {name} is not initialized.", kind.what()),
            )),
        }
    }

    fn expiry(&self, v: &Var) -> i64 {
        match v.ttl_ms {
            Some(ttl) => self.now().saturating_add(ttl),
            None => -1,
        }
    }

    /// The live entries under `prefix`: (rest of the key, pickle).
    fn live_entries(&self, prefix: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
        let now = self.now();
        self.state
            .scan(prefix)
            .filter_map(|(k, v)| live(v, now).map(|p| (k[prefix.len()..].to_vec(), p.to_vec())))
            .collect()
    }

    fn handle(&mut self, req: proto::StateRequest) -> Answer {
        use proto::state_request::Method;
        let r = match req.method {
            Some(Method::StatefulProcessorCall(c)) => self.processor_call(c),
            Some(Method::StateVariableRequest(v)) => self.variable(v),
            Some(Method::ImplicitGroupingKeyRequest(k)) => {
                use proto::implicit_grouping_key_request::Method as M;
                match k.method {
                    Some(M::SetImplicitKey(k)) => {
                        self.key = Some(k.value);
                        Ok(ok())
                    }
                    Some(M::RemoveImplicitKey(_)) => {
                        self.key = None;
                        Ok(ok())
                    }
                    None => Err(status(1, "Invalid method call")),
                }
            }
            Some(Method::TimerRequest(t)) => self.timer_request(t),
            Some(Method::UtilsRequest(u)) => {
                let Some(proto::utils_request::Method::ParseStringSchema(s)) = u.method else {
                    return status(1, "Invalid method call");
                };
                Ok(match crate::types::parse_schema(&s.value) {
                    Ok(schema) => Answer::Str(
                        runnel_core::types::spark_json(&DataType::Struct(schema.fields().clone()))
                            .to_string(),
                    ),
                    Err(e) => status(1, e.message),
                })
            }
            None => Err(status(1, "Invalid method call")),
        };
        r.unwrap_or_else(|a| a)
    }

    /// Fails the query with Spark's `condition` (and answers the worker an error).
    fn fail(&mut self, condition: &str, message: String) -> Answer {
        let a = status(1, format!("[{condition}] {message}"));
        self.fatal
            .get_or_insert_with(|| RunnelError::execution(condition, message));
        a
    }

    fn processor_call(
        &mut self,
        c: proto::StatefulProcessorCall,
    ) -> std::result::Result<Answer, Answer> {
        use proto::stateful_processor_call::Method;
        let mut declare = |kind: Kind, cmd: proto::StateCallCommand| {
            // State variables are made in init() only (Spark's verifyStateVarOperations).
            if self.handle > 1 {
                let op = match kind {
                    Kind::Value => "get_value_state",
                    Kind::List => "get_list_state",
                    Kind::Map => "get_map_state",
                };
                let m = format!(
                    "Failed to perform stateful processor operation={op} with invalid handle state={}.",
                    handle_state_name(self.handle)
                );
                return self.fail(INVALID_HANDLE_STATE, m);
            }
            let ttl_ms = cmd.ttl.map(|t| t.duration_ms);
            if ttl_ms.is_some() && self.time_mode != TimeMode::ProcessingTime {
                let m = format!(
                    "Cannot use TTL for state={} in timeMode={}, use TimeMode.ProcessingTime() instead.",
                    cmd.state_name,
                    time_mode_name(self.time_mode)
                );
                return self.fail("STATEFUL_PROCESSOR_INCORRECT_TIME_MODE_TO_ASSIGN_TTL", m);
            }
            if matches!(ttl_ms, Some(d) if d <= 0) {
                let m = format!(
                    "TTL duration must be greater than zero for State store operation=update on state={}.",
                    cmd.state_name
                );
                return self.fail("STATEFUL_PROCESSOR_TTL_DURATION_MUST_BE_POSITIVE", m);
            }
            if ttl_ms.is_some() {
                self.state.put(HAS_TTL.to_vec(), Vec::new());
            }
            self.vars.insert(cmd.state_name, Var { kind, ttl_ms });
            ok()
        };
        Ok(match c.method {
            Some(Method::SetHandleState(s)) => {
                self.handle = s.state;
                ok()
            }
            Some(Method::GetValueState(cmd)) => declare(Kind::Value, cmd),
            Some(Method::GetListState(cmd)) => declare(Kind::List, cmd),
            Some(Method::GetMapState(cmd)) => declare(Kind::Map, cmd),
            Some(Method::DeleteIfExists(cmd)) => {
                for kind in [Kind::Value, Kind::List, Kind::Map] {
                    let mut prefix = vec![kind.tag()];
                    put_part(&mut prefix, cmd.state_name.as_bytes());
                    self.state.delete_prefix(&prefix);
                }
                self.vars.remove(&cmd.state_name);
                ok()
            }
            Some(Method::TimerStateCall(t)) => {
                use proto::timer_state_call_command::Method as M;
                if self.time_mode == TimeMode::None {
                    let op = match t.method {
                        Some(M::Register(_)) => "register_timer",
                        Some(M::Delete(_)) => "delete_timer",
                        _ => "list_timers",
                    };
                    return Err(self.fail(
                        "STATEFUL_PROCESSOR_CANNOT_PERFORM_OPERATION_WITH_INVALID_TIME_MODE",
                        format!(
                            "Failed to perform stateful processor operation={op} with invalid timeMode=NoTime. Timers need timeMode \"ProcessingTime\" or \"EventTime\"."
                        ),
                    ));
                }
                // Not in init() (Spark's verifyTimerOperations). Spark meets it in the
                // driver's run of init() (PRE_INIT), whose failure reaches the query as
                // the driver worker's crash, without the condition.
                if self.handle <= 1 {
                    let op = match t.method {
                        Some(M::Register(_)) => "register_timer",
                        Some(M::Delete(_)) => "delete_timer",
                        _ => "list_timers",
                    };
                    let m = format!(
                        "Failed to perform stateful processor operation={op} with invalid handle state=PRE_INIT: timers are used in handleInputRows, handleInitialState or handleExpiredTimer, not in init()."
                    );
                    self.fatal.get_or_insert_with(|| {
                        RunnelError::execution_plain(format!(
                            "TransformWithStateInPySpark driver worker exited unexpectedly (crashed): {m}"
                        ))
                    });
                    return Err(status(1, m));
                }
                let key = self.key()?;
                match t.method {
                    Some(M::Register(ts)) => {
                        let mut by_key = timer_prefix(&key);
                        by_key.extend_from_slice(&sortable(ts.value));
                        self.state.put(by_key, Vec::new());
                        let mut by_time = vec![b'T'];
                        by_time.extend_from_slice(&sortable(ts.value));
                        by_time.extend_from_slice(&key);
                        self.state.put(by_time, Vec::new());
                        ok()
                    }
                    Some(M::Delete(ts)) => {
                        let mut by_key = timer_prefix(&key);
                        by_key.extend_from_slice(&sortable(ts.value));
                        self.state.delete(&by_key);
                        let mut by_time = vec![b'T'];
                        by_time.extend_from_slice(&sortable(ts.value));
                        by_time.extend_from_slice(&key);
                        self.state.delete(&by_time);
                        ok()
                    }
                    Some(M::List(_)) => {
                        let prefix = timer_prefix(&key);
                        let timers: Vec<proto::TimerInfo> = self
                            .state
                            .scan(&prefix)
                            .map(|(k, _)| proto::TimerInfo {
                                key: None,
                                timestamp_ms: unsortable(&k[prefix.len()..]),
                            })
                            .collect();
                        if timers.is_empty() {
                            status(2, "List timer iterator doesn't contain any value.")
                        } else {
                            Answer::Timers(0, timers)
                        }
                    }
                    None => status(1, "Invalid timer state method call"),
                }
            }
            None => status(1, "Invalid method call"),
        })
    }

    fn timer_request(&mut self, t: proto::TimerRequest) -> std::result::Result<Answer, Answer> {
        use proto::timer_request::Method;
        Ok(match t.method {
            Some(Method::TimerValueRequest(v)) => {
                use proto::timer_value_request::Method as M;
                match v.method {
                    Some(M::GetProcessingTimer(_)) => Answer::Long(self.clock.batch_ms),
                    Some(M::GetWatermark(_)) => Answer::Long(self.clock.watermark_ms.unwrap_or(-1)),
                    None => status(1, "Invalid timer value method call"),
                }
            }
            Some(Method::ExpiryTimerRequest(e)) => {
                let timers = expired_timers(self.state, e.expiry_timestamp_ms);
                if timers.is_empty() {
                    status(1, "")
                } else {
                    Answer::Timers(
                        0,
                        timers
                            .into_iter()
                            .map(|(key, timestamp_ms)| proto::TimerInfo {
                                key: Some(key),
                                timestamp_ms,
                            })
                            .collect(),
                    )
                }
            }
            None => status(1, "Invalid timer request method call"),
        })
    }

    fn variable(&mut self, v: proto::StateVariableRequest) -> std::result::Result<Answer, Answer> {
        use proto::state_variable_request::Method;
        match v.method {
            Some(Method::ValueStateCall(c)) => self.value_call(c),
            Some(Method::ListStateCall(c)) => self.list_call(c),
            Some(Method::MapStateCall(c)) => self.map_call(c),
            None => Err(status(1, "Invalid method call")),
        }
    }

    fn value_call(&mut self, c: proto::ValueStateCall) -> std::result::Result<Answer, Answer> {
        use proto::value_state_call::Method;
        let var = self.var(&c.state_name, Kind::Value)?;
        let expiry = self.expiry(var);
        let key = var_prefix(Kind::Value, &c.state_name, &self.key()?);
        let now = self.now();
        let current = self.state.get(&key).and_then(|v| live(v, now));
        Ok(match c.method {
            Some(Method::Exists(_)) => match current {
                Some(_) => ok(),
                None => status(2, format!("state {} doesn't exist", c.state_name)),
            },
            Some(Method::Get(_)) => Answer::Plain(
                0,
                String::new(),
                current.map(<[u8]>::to_vec).unwrap_or_default(),
            ),
            Some(Method::ValueStateUpdate(u)) => {
                self.state.put(key, with_expiry(expiry, &u.value));
                ok()
            }
            Some(Method::Clear(_)) => {
                self.state.delete(&key);
                ok()
            }
            None => status(1, "Invalid method call"),
        })
    }

    fn list_call(&mut self, c: proto::ListStateCall) -> std::result::Result<Answer, Answer> {
        use proto::list_state_call::Method;
        let var = self.var(&c.state_name, Kind::List)?;
        let expiry = self.expiry(var);
        let prefix = var_prefix(Kind::List, &c.state_name, &self.key()?);
        let refuse_arrow = || {
            status(
                1,
                "list state values sent as Arrow batches are not supported by Runnel yet",
            )
        };
        Ok(match c.method {
            Some(Method::Exists(_)) => {
                if self.live_entries(&prefix).is_empty() {
                    status(2, format!("state {} doesn't exist", c.state_name))
                } else {
                    ok()
                }
            }
            Some(Method::ListStateGet(_)) => {
                let values: Vec<Vec<u8>> = self
                    .live_entries(&prefix)
                    .into_iter()
                    .map(|(_, v)| v)
                    .collect();
                if values.is_empty() {
                    status(
                        2,
                        format!("List state {} doesn't contain any value.", c.state_name),
                    )
                } else {
                    Answer::Values(0, values)
                }
            }
            Some(Method::ListStatePut(p)) => {
                if p.fetch_with_arrow {
                    return Err(refuse_arrow());
                }
                self.state.delete_prefix(&prefix);
                self.append(&prefix, expiry, p.value);
                ok()
            }
            Some(Method::AppendValue(v)) => {
                self.append(&prefix, expiry, vec![v.value]);
                ok()
            }
            Some(Method::AppendList(p)) => {
                if p.fetch_with_arrow {
                    return Err(refuse_arrow());
                }
                self.append(&prefix, expiry, p.value);
                ok()
            }
            Some(Method::Clear(_)) => {
                self.state.delete_prefix(&prefix);
                ok()
            }
            None => status(1, "Invalid method call"),
        })
    }

    /// Appends `values` to the list under `prefix` (elements keyed by a growing index).
    fn append(&mut self, prefix: &[u8], expiry: i64, values: Vec<Vec<u8>>) {
        let first = self
            .state
            .last_under(prefix)
            .map_or(0, |(k, _)| unsortable(&k[prefix.len()..]).saturating_add(1));
        for (i, v) in values.into_iter().enumerate() {
            let mut k = prefix.to_vec();
            k.extend_from_slice(&sortable(first.saturating_add(i as i64)));
            self.state.put(k, with_expiry(expiry, &v));
        }
    }

    fn map_call(&mut self, c: proto::MapStateCall) -> std::result::Result<Answer, Answer> {
        use proto::map_state_call::Method;
        let var = self.var(&c.state_name, Kind::Map)?;
        let expiry = self.expiry(var);
        let prefix = var_prefix(Kind::Map, &c.state_name, &self.key()?);
        let now = self.now();
        let entry = |user_key: &[u8]| {
            let mut k = prefix.clone();
            k.extend_from_slice(user_key);
            k
        };
        Ok(match c.method {
            Some(Method::Exists(_)) => {
                if self.live_entries(&prefix).is_empty() {
                    status(2, format!("state {} doesn't exist", c.state_name))
                } else {
                    ok()
                }
            }
            Some(Method::GetValue(k)) => {
                let v = self.state.get(&entry(&k.value)).and_then(|v| live(v, now));
                Answer::Plain(0, String::new(), v.map(<[u8]>::to_vec).unwrap_or_default())
            }
            Some(Method::ContainsKey(k)) => {
                if self
                    .state
                    .get(&entry(&k.value))
                    .and_then(|v| live(v, now))
                    .is_some()
                {
                    ok()
                } else {
                    status(
                        2,
                        format!("Map state {} doesn't contain the key", c.state_name),
                    )
                }
            }
            Some(Method::UpdateValue(u)) => {
                self.state
                    .put(entry(&u.user_key), with_expiry(expiry, &u.value));
                ok()
            }
            Some(Method::Iterator(_)) => {
                let pairs: Vec<proto::KeyAndValuePair> = self
                    .live_entries(&prefix)
                    .into_iter()
                    .map(|(key, value)| proto::KeyAndValuePair { key, value })
                    .collect();
                if pairs.is_empty() {
                    status(
                        2,
                        format!("Map state {} doesn't contain any entry.", c.state_name),
                    )
                } else {
                    Answer::Pairs(0, pairs)
                }
            }
            Some(m @ (Method::Keys(_) | Method::Values(_))) => {
                let keys = matches!(m, Method::Keys(_));
                let items: Vec<Vec<u8>> = self
                    .live_entries(&prefix)
                    .into_iter()
                    .map(|(k, v)| if keys { k } else { v })
                    .collect();
                if items.is_empty() {
                    status(
                        2,
                        format!("Map state {} doesn't contain any value.", c.state_name),
                    )
                } else {
                    Answer::Values(0, items)
                }
            }
            Some(Method::RemoveKey(k)) => {
                self.state.delete(&entry(&k.value));
                ok()
            }
            Some(Method::Clear(_)) => {
                self.state.delete_prefix(&prefix);
                ok()
            }
            None => status(1, "Invalid method call"),
        })
    }
}

/// The timers due before `threshold` (ms): (grouping key, time), by time then key
/// (Spark's `TimerStateImpl.getExpiredTimers`: timers strictly before the threshold).
fn expired_timers(state: &KeyValueState, threshold: i64) -> Vec<(Vec<u8>, i64)> {
    state
        .scan(b"T")
        .map(|(k, _)| (k[9..].to_vec(), unsortable(&k[1..9])))
        .take_while(|(_, ts)| *ts < threshold)
        .collect()
}

/// Removes the values whose TTL expired at `now` (Spark's `doTtlCleanup`).
fn clean_expired(state: &mut KeyValueState, now: i64) {
    let mut dead = Vec::new();
    for tag in [b"v", b"l", b"m"] {
        for (k, v) in state.scan(tag) {
            if live(v, now).is_none() {
                dead.push(k.to_vec());
            }
        }
    }
    for k in dead {
        state.delete(&k);
    }
}

fn read_i32(r: &mut impl Read) -> std::io::Result<i32> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b)?;
    Ok(i32::from_be_bytes(b))
}

/// Whether `fd` has something to read (or hung up) within `ms`.
fn readable(fd: std::os::fd::RawFd, ms: i32) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd for the duration of the call.
    let n = unsafe { libc::poll(&mut p, 1, ms) };
    n > 0
}

/// Answers the worker's requests on `listener` until `done()` (the task finished).
fn serve(listener: &UnixListener, done: &dyn Fn() -> bool, server: &mut Server) -> Result<()> {
    let io = |e: std::io::Error| {
        RunnelError::execution_plain(format!(
            "transformWithState's state server, talking to the Python worker: {e}"
        ))
    };
    listener.set_nonblocking(true).map_err(io)?;
    let mut conn: Option<(UnixStream, BufReader<UnixStream>)> = None;
    loop {
        let Some((out, reader)) = conn.as_mut() else {
            match listener.accept() {
                Ok((s, _)) => {
                    s.set_nonblocking(false).map_err(io)?;
                    let r = BufReader::new(s.try_clone().map_err(io)?);
                    conn = Some((s, r));
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if done() {
                        return Ok(());
                    }
                    std::thread::sleep(Duration::from_millis(2));
                }
                Err(e) => return Err(io(e)),
            }
            continue;
        };
        if reader.buffer().is_empty() && !readable(out.as_raw_fd(), 20) {
            if done() {
                return Ok(());
            }
            continue;
        }
        let version = match read_i32(reader) {
            Ok(v) => v,
            Err(_) => {
                // The worker closed its side: nothing more to answer.
                drop(conn.take());
                loop {
                    if done() {
                        return Ok(());
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
        };
        if version == -1 {
            continue;
        }
        let len = read_i32(reader).map_err(io)?;
        let mut msg = vec![0u8; usize::try_from(len).unwrap_or(0)];
        reader.read_exact(&mut msg).map_err(io)?;
        let answer = match proto::StateRequest::decode(msg.as_slice()) {
            Ok(req) => server.handle(req),
            Err(e) => status(1, format!("a state request Runnel cannot read: {e}")),
        };
        let bytes = answer.encode();
        let mut frame = (bytes.len() as i32).to_be_bytes().to_vec();
        frame.extend_from_slice(&bytes);
        out.write_all(&frame)
            .and_then(|_| out.flush())
            .map_err(io)?;
    }
}

// ---- the processor ----

/// The initial state: its rows (the keys first) and, for each key, its column among the
/// data columns when it is one, and its name.
struct Initial {
    rows: RecordBatch,
    dup: Vec<Option<usize>>,
    names: Vec<String>,
}

/// The client's `StatefulProcessor`, run in PySpark's worker.
struct PythonProcessor {
    udf: PythonUdf,
    /// The key columns at the front of the engine's input.
    keys: usize,
    /// For each key, its column among the data columns (after the keys) when the key is
    /// one of them (Spark's `resolveArgOffsets` sends such a key once).
    dup: Vec<Option<usize>>,
    /// The grouping key's schema (JSON).
    key_schema: serde_json::Value,
    /// Spark's names of the grouping expressions.
    key_names: Vec<String>,
    time_mode: TimeMode,
    output_mode: OutputMode,
    initial: Option<Initial>,
    /// The session's state store provider when it is not RocksDB's (Spark runs
    /// transformWithState only on RocksDB's and fails the query otherwise).
    other_store: Option<String>,
}

/// The state store provider Spark needs for transformWithState.
const ROCKSDB_PROVIDER: &str =
    "org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider";

/// The columns of a keys-first input (`ncols` in all, the first `dup.len()` the keys)
/// sent to the worker: the keys that are not data columns, then the data columns; and
/// Spark's argument offsets for them (`BasePandasGroupExec.resolveArgOffsets`: the count,
/// the number of keys, each key's column, the data columns).
fn dedup_columns(dup: &[Option<usize>], ncols: usize) -> (Vec<usize>, Vec<i32>) {
    let keys = dup.len();
    let nondup: Vec<usize> = (0..keys).filter(|i| dup[*i].is_none()).collect();
    let ndata = ncols - keys;
    let mut cols = nondup.clone();
    cols.extend(keys..ncols);
    let mut offsets = vec![(1 + keys + ndata) as i32, keys as i32];
    for (i, d) in dup.iter().enumerate() {
        offsets.push(match d {
            Some(d) => (nondup.len() + d) as i32,
            None => nondup.iter().position(|k| *k == i).unwrap_or(0) as i32,
        });
    }
    offsets.extend((nondup.len()..nondup.len() + ndata).map(|o| o as i32));
    (cols, offsets)
}

/// For each key, its column in `df` when the key is a plain column of it.
fn key_columns(df: &DataFrame, keys: &[Expr]) -> Vec<Option<usize>> {
    let schema = df.schema();
    keys.iter()
        .map(|k| match k.clone().strip_alias() {
            Expr::Column(n) => schema
                .fields()
                .iter()
                .position(|c| c.name().eq_ignore_ascii_case(&n)),
            _ => None,
        })
        .collect()
}

impl PythonProcessor {
    fn with_initial(&self) -> bool {
        matches!(
            self.udf.eval_type,
            SQL_TRANSFORM_WITH_STATE_PANDAS_INIT_STATE_UDF
                | SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_INIT_STATE_UDF
        )
    }
}

/// The rows `rows` of `b`, columns `cols`, as `schema` names them.
fn take(b: &RecordBatch, rows: &[u32], cols: &[usize], schema: &SchemaRef) -> Result<RecordBatch> {
    let p = b.project(cols)?;
    let t = arrow_select::take::take_record_batch(&p, &UInt32Array::from(rows.to_vec()))?;
    Ok(RecordBatch::try_new(schema.clone(), t.columns().to_vec())?)
}

/// The schema of a keys-first batch's columns `cols` sent to the worker: a key column
/// (one of the first `names.len()`) named as Spark names the grouping expression.
fn worker_schema(b: &Schema, cols: &[usize], names: &[String]) -> SchemaRef {
    Arc::new(Schema::new(
        cols.iter()
            .map(|c| {
                let f = b.field(*c).clone();
                match names.get(*c) {
                    Some(n) => f.with_name(n.clone()),
                    None => f,
                }
            })
            .collect::<Vec<_>>(),
    ))
}

/// Spark's refusal of a grouping key that is not a column of `df`: transformWithState
/// resolves its grouping expressions by name among the input's columns.
fn refuse_expression_keys(df: &DataFrame, dup: &[Option<usize>], names: &[String]) -> Result<()> {
    let Some(i) = dup.iter().position(Option::is_none) else {
        return Ok(());
    };
    let columns: Vec<String> = df
        .schema()
        .fields()
        .iter()
        .map(|f| format!("`{}`", f.name()))
        .collect();
    Err(RunnelError::analysis(
        "UNRESOLVED_COLUMN.WITH_SUGGESTION",
        format!(
            "A column, variable, or function parameter with name `{}` cannot be resolved. Did you mean one of the following? [{}]. transformWithState groups by columns of its input: add the key as a column first (withColumn), then group by its name.",
            names[i],
            columns.join(", ")
        ),
    ))
}

/// Spark's names of the grouping expressions `keys` over `df` (a column's name, an
/// alias, or the expression as Spark prints it).
fn key_names(df: &DataFrame, keys: &[Expr]) -> Result<Vec<String>> {
    keys.iter()
        .map(|k| Ok(df.select(vec![k.clone()])?.schema().field(0).name().clone()))
        .collect()
}

/// `b` as one column `name` of structs, and a NULL column of `other`'s type, in the order
/// `[inputData, initState]` (Spark's initial-state runner's batches).
fn init_state_batch(
    data: Option<&RecordBatch>,
    init: Option<&RecordBatch>,
    data_fields: &Fields,
    init_fields: &Fields,
) -> Result<RecordBatch> {
    let n = data.or(init).map_or(0, |b| b.num_rows());
    let col = |b: Option<&RecordBatch>, fields: &Fields| -> Result<ArrayRef> {
        Ok(match b {
            Some(b) => Arc::new(StructArray::try_new(
                fields.clone(),
                b.columns().to_vec(),
                None,
            )?),
            None => arrow_array::new_null_array(&DataType::Struct(fields.clone()), n),
        })
    };
    let schema = Arc::new(Schema::new(vec![
        Field::new("inputData", DataType::Struct(data_fields.clone()), true),
        Field::new("initState", DataType::Struct(init_fields.clone()), true),
    ]));
    Ok(RecordBatch::try_new(
        schema,
        vec![col(data, data_fields)?, col(init, init_fields)?],
    )?)
}

impl StatefulProcessorFunction for PythonProcessor {
    fn name(&self) -> String {
        match self.udf.eval_type {
            SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_UDF
            | SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_INIT_STATE_UDF => "TransformWithStateInPySpark",
            _ => "TransformWithStateInPandas",
        }
        .to_string()
    }

    fn time_mode(&self) -> TimeMode {
        self.time_mode
    }

    fn output_mode(&self) -> OutputMode {
        self.output_mode
    }

    fn apply(
        &self,
        input: &RecordBatch,
        groups: &[Vec<u32>],
        clock: GroupStateClock,
        state: &mut KeyValueState,
        schema: &SchemaRef,
    ) -> Result<RecordBatch> {
        if let Some(p) = &self.other_store {
            return Err(RunnelError::execution(
                "UNSUPPORTED_FEATURE.STORE_BACKEND_NOT_SUPPORTED_FOR_TWS",
                format!(
                    "The feature is not supported: Store backend {p} is not supported by TransformWithState operator. Please use RocksDBStateStoreProvider: set spark.sql.streaming.stateStore.providerClass to {ROCKSDB_PROVIDER}."
                ),
            ));
        }
        // The initial state, on the query's first batch only.
        let initial = match &self.initial {
            Some(i) if state.get(INITIAL_STATE_READ).is_none() => {
                state.put(INITIAL_STATE_READ.to_vec(), Vec::new());
                Some(i)
            }
            _ => None,
        };
        let threshold = match self.time_mode {
            TimeMode::None => None,
            TimeMode::ProcessingTime => Some(clock.batch_ms),
            TimeMode::EventTime => clock.watermark_ms,
        };
        let timers_due = threshold.is_some_and(|t| !expired_timers(state, t).is_empty());
        let has_initial = initial.is_some_and(|i| i.rows.num_rows() > 0);
        let ttl = state.get(HAS_TTL).is_some();
        if groups.is_empty() && !timers_due && !has_initial {
            if ttl {
                clean_expired(state, clock.batch_ms);
            }
            return Ok(RecordBatch::new_empty(schema.clone()));
        }

        let (cols, args) = dedup_columns(&self.dup, input.num_columns());
        let data_schema = worker_schema(&input.schema(), &cols, &self.key_names);
        let mut task = Vec::new();
        let mut batches: Vec<RecordBatch> = Vec::new();
        let (args, input_schema) = if self.with_initial() {
            let init = self.initial.as_ref().ok_or_else(|| {
                RunnelError::internal("transformWithState's initial-state function without it")
            })?;
            let (icols, mut iargs) = dedup_columns(&init.dup, init.rows.num_columns());
            let init_schema = worker_schema(&init.rows.schema(), &icols, &init.names);
            let data_fields = data_schema.fields().clone();
            let init_fields = init_schema.fields().clone();
            // Groups of both, in key order: each key's initial rows, then its data rows.
            let init_rows = initial.map(|i| &i.rows);
            let key_groups = match init_rows {
                Some(ir) => {
                    let lk = input.columns()[..self.keys].to_vec();
                    let rk: Vec<ArrayRef> = ir.columns()[..init.dup.len()]
                        .iter()
                        .zip(&lk)
                        .map(|(a, t)| runnel_core::expr::cast::cast_array(a, t.data_type(), false))
                        .collect::<Result<_>>()?;
                    runnel_core::ops::external::key_groups(
                        &[lk, rk],
                        &[input.num_rows(), ir.num_rows()],
                    )?
                }
                None => groups.iter().map(|g| vec![g.clone(), Vec::new()]).collect(),
            };
            for g in &key_groups {
                if let (Some(ir), Some(rows)) = (init_rows, g.get(1))
                    && !rows.is_empty()
                {
                    let part = take(ir, rows, &icols, &init_schema)?;
                    batches.push(init_state_batch(
                        None,
                        Some(&part),
                        &data_fields,
                        &init_fields,
                    )?);
                }
                if !g[0].is_empty() {
                    let part = take(input, &g[0], &cols, &data_schema)?;
                    batches.push(init_state_batch(
                        Some(&part),
                        None,
                        &data_fields,
                        &init_fields,
                    )?);
                }
            }
            let mut a = args;
            a.append(&mut iargs);
            let s = Arc::new(Schema::new(vec![
                Field::new("inputData", DataType::Struct(data_fields.clone()), true),
                Field::new("initState", DataType::Struct(init_fields.clone()), true),
            ]));
            (a, s)
        } else {
            let order: Vec<u32> = groups.iter().flatten().copied().collect();
            batches.push(take(input, &order, &cols, &data_schema)?);
            (args, data_schema.clone())
        };

        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "runnel-state-{}-{}.sock",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path).map_err(|e| {
            RunnelError::execution_plain(format!(
                "transformWithState's state server cannot listen on {}: {e}",
                path.display()
            ))
        })?;
        let conf = [
            (
                "state_server_socket_port",
                path.to_string_lossy().into_owned(),
            ),
            ("grouping_key_schema", self.key_schema.to_string()),
        ];
        let input_type =
            runnel_core::types::spark_json(&DataType::Struct(input_schema.fields().clone()));
        task.extend(crate::udf::header(
            &[(&self.udf, &args)],
            &input_type,
            &conf,
        ));
        {
            let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut task, &input_schema)?;
            for b in &batches {
                w.write(b)?;
            }
            w.finish()?;
        }
        int(&mut task, END_OF_STREAM);

        let mut server = Server {
            state,
            clock,
            time_mode: self.time_mode,
            key: None,
            vars: HashMap::new(),
            fatal: None,
            handle: 1,
        };
        let version = self.udf.python_ver.clone();
        let reply = std::thread::scope(|s| {
            let task = &task;
            let version = &version;
            let worker = s.spawn(move || {
                crate::udf::run_task(version, task).map(|r| r.arrow.unwrap_or_default())
            });
            let served = serve(&listener, &|| worker.is_finished(), &mut server);
            let reply = worker.join().unwrap_or_else(|_| {
                Err(RunnelError::execution_plain(
                    "transformWithState's Python task panicked",
                ))
            });
            // The worker's error first: a failed task also breaks the state server's talk.
            reply.and_then(|r| served.map(|_| r))
        });
        drop(listener);
        let _ = std::fs::remove_file(&path);
        if let Some(e) = server.fatal.take() {
            return Err(e);
        }
        let reply = reply?;
        if server.state.get(HAS_TTL).is_some() {
            clean_expired(server.state, clock.batch_ms);
        }
        crate::pandas::struct_rows(reply, schema)
    }
}

// ---- from Spark Connect ----

/// `groupBy(keys).transformWithStateInPandas(...)` / `.transformWithState(...)`: a
/// `GroupMap` relation with `transform_with_state_info`.
pub fn transform_with_state(
    df: DataFrame,
    keys: Vec<Expr>,
    g: &spark_connect_proto::GroupMap,
    initial: Option<(DataFrame, Vec<Expr>)>,
    provider: Option<String>,
) -> Result<DataFrame> {
    let info = g
        .transform_with_state_info
        .as_ref()
        .ok_or_else(|| RunnelError::internal("transformWithState without its info"))?;
    let allowed: &[i32] = if initial.is_some() {
        &[
            SQL_TRANSFORM_WITH_STATE_PANDAS_INIT_STATE_UDF,
            SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_INIT_STATE_UDF,
        ]
    } else {
        &[
            SQL_TRANSFORM_WITH_STATE_PANDAS_UDF,
            SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_UDF,
        ]
    };
    let udf = crate::pandas::function_of(g.func.as_ref(), allowed, "transformWithStateInPandas")?;
    let schema = crate::pandas::output_schema(&udf)?;
    if info
        .event_time_column_name
        .as_deref()
        .is_some_and(|c| !c.is_empty())
    {
        return Err(crate::error::unsupported(
            "transformWithStateInPandas's eventTimeColumnName (a watermark on the output) is not supported by Runnel yet; leave it out",
        ));
    }
    let time_mode = match info.time_mode.to_ascii_lowercase().as_str() {
        "none" => TimeMode::None,
        "processingtime" => TimeMode::ProcessingTime,
        "eventtime" => TimeMode::EventTime,
        other => {
            return Err(RunnelError::analysis(
                "STATEFUL_PROCESSOR_UNKNOWN_TIME_MODE",
                format!(
                    "Unknown time mode {other}. Accepted timeMode modes are 'none', 'processingTime', 'eventTime'"
                ),
            ));
        }
    };
    let output_mode = match g
        .output_mode
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase()
        .as_str()
    {
        "append" => OutputMode::Append,
        "update" => OutputMode::Update,
        _ => {
            return Err(RunnelError::analysis_plain(format!(
                "transformWithStateInPandas: the output mode {:?} is not one of \"Append\" and \"Update\"",
                g.output_mode.as_deref().unwrap_or("")
            )));
        }
    };
    // Keys that are plain columns of the input go to the worker once.
    let dup = key_columns(&df, &keys);
    let names = key_names(&df, &keys)?;
    refuse_expression_keys(&df, &dup, &names)?;
    let n = keys.len();
    let input = crate::pandas::keys_first(&df, &keys)?;
    let key_fields: Vec<Field> = input.schema().fields()[..n]
        .iter()
        .zip(&names)
        .map(|(f, name)| f.as_ref().clone().with_name(name.clone()))
        .collect();
    let key_schema = runnel_core::types::spark_json(&DataType::Struct(Fields::from(key_fields)));
    let initial = match initial {
        Some((idf, ikeys)) => {
            if ikeys.len() != n {
                return Err(RunnelError::analysis_plain(format!(
                    "transformWithStateInPandas: the initial state is grouped by {} keys, the input by {n}; group both by the same keys",
                    ikeys.len()
                )));
            }
            let idup = key_columns(&idf, &ikeys);
            let inames = key_names(&idf, &ikeys)?;
            refuse_expression_keys(&idf, &idup, &inames)?;
            let rows = crate::pandas::keys_first(&idf, &ikeys)?;
            let schema = rows.schema();
            let parts = rows.collect()?;
            let rows = if parts.is_empty() {
                RecordBatch::new_empty(schema)
            } else {
                arrow_select::concat::concat_batches(&parts[0].schema(), &parts)?
            };
            Some(Initial {
                rows,
                dup: idup,
                names: inames,
            })
        }
        None => None,
    };
    let func = PythonProcessor {
        udf,
        keys: n,
        dup,
        key_schema,
        key_names: names,
        time_mode,
        output_mode,
        initial,
        other_store: match provider {
            Some(p) if p.trim().ends_with("RocksDBStateStoreProvider") => None,
            Some(p) => Some(p.trim().to_string()),
            None => Some(
                "org.apache.spark.sql.execution.streaming.state.HDFSBackedStateStoreProvider"
                    .into(),
            ),
        },
    };
    Ok(input.transform_with_state(n, Rc::new(func), schema))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server_of(state: &mut KeyValueState) -> Server<'_> {
        Server {
            state,
            clock: GroupStateClock {
                batch_ms: 1_000,
                watermark_ms: Some(500),
            },
            time_mode: TimeMode::EventTime,
            key: None,
            vars: HashMap::new(),
            fatal: None,
            handle: 1,
        }
    }

    fn request(m: proto::state_request::Method) -> proto::StateRequest {
        proto::StateRequest {
            version: 0,
            method: Some(m),
        }
    }

    fn set_key(k: &[u8]) -> proto::StateRequest {
        use proto::implicit_grouping_key_request::Method as M;
        request(proto::state_request::Method::ImplicitGroupingKeyRequest(
            proto::ImplicitGroupingKeyRequest {
                method: Some(M::SetImplicitKey(proto::Bytes1 { value: k.to_vec() })),
            },
        ))
    }

    fn declare(
        name: &str,
        m: fn(proto::StateCallCommand) -> proto::stateful_processor_call::Method,
    ) -> proto::StateRequest {
        request(proto::state_request::Method::StatefulProcessorCall(
            proto::StatefulProcessorCall {
                method: Some(m(proto::StateCallCommand {
                    state_name: name.into(),
                    schema: "{}".into(),
                    ..Default::default()
                })),
            },
        ))
    }

    fn list(name: &str, m: proto::list_state_call::Method) -> proto::StateRequest {
        request(proto::state_request::Method::StateVariableRequest(
            proto::StateVariableRequest {
                method: Some(proto::state_variable_request::Method::ListStateCall(
                    proto::ListStateCall {
                        state_name: name.into(),
                        method: Some(m),
                    },
                )),
            },
        ))
    }

    fn code(a: &Answer) -> i32 {
        match a {
            Answer::Plain(c, ..)
            | Answer::Values(c, _)
            | Answer::Pairs(c, _)
            | Answer::Timers(c, _) => *c,
            Answer::Long(_) | Answer::Str(_) => 0,
        }
    }

    #[test]
    fn list_state_appends_in_order_per_key_and_reports_empty_as_status_2() {
        use proto::list_state_call::Method as L;
        let mut state = KeyValueState::default();
        let mut s = server_of(&mut state);
        let declared = s.handle(declare(
            "names",
            proto::stateful_processor_call::Method::GetListState,
        ));
        assert_eq!(code(&declared), 0);
        // Without a grouping key: an error, not a panic.
        let a = s.handle(list(
            "names",
            L::AppendValue(proto::Bytes1 {
                value: b"x".to_vec(),
            }),
        ));
        assert_eq!(code(&a), 1);
        s.handle(set_key(b"k1"));
        for v in [b"a", b"b", b"c"] {
            s.handle(list(
                "names",
                L::AppendValue(proto::Bytes1 { value: v.to_vec() }),
            ));
        }
        s.handle(set_key(b"k2"));
        let empty = s.handle(list("names", L::ListStateGet(proto::String1::default())));
        assert_eq!(code(&empty), 2);
        s.handle(set_key(b"k1"));
        match s.handle(list("names", L::ListStateGet(proto::String1::default()))) {
            Answer::Values(0, v) => {
                assert_eq!(v, vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()])
            }
            _ => panic!("expected the values"),
        }
        // An undeclared variable is refused with Spark's message.
        match s.handle(list("other", L::Clear(proto::Empty {}))) {
            Answer::Plain(1, m, _) => assert!(m.contains("not initialized"), "{m}"),
            _ => panic!("expected an error"),
        }
    }

    #[test]
    fn timers_expire_strictly_before_the_threshold_in_time_order() {
        let mut state = KeyValueState::default();
        let mut s = server_of(&mut state);
        use proto::timer_state_call_command::Method as T;
        let timer = |m| {
            request(proto::state_request::Method::StatefulProcessorCall(
                proto::StatefulProcessorCall {
                    method: Some(proto::stateful_processor_call::Method::TimerStateCall(
                        proto::TimerStateCallCommand { method: Some(m) },
                    )),
                },
            ))
        };
        // Timers are refused in init() (CREATED), allowed after it.
        assert_eq!(
            code(&s.handle(timer(T::Register(proto::Long1 { value: 1 })))),
            1
        );
        assert!(s.fatal.take().is_some_and(|e| e.condition.is_none()));
        s.handle = 2;
        s.handle(set_key(b"b"));
        s.handle(timer(T::Register(proto::Long1 { value: 300 })));
        s.handle(timer(T::Register(proto::Long1 { value: -5 })));
        s.handle(set_key(b"a"));
        s.handle(timer(T::Register(proto::Long1 { value: 300 })));
        s.handle(timer(T::Register(proto::Long1 { value: 500 })));
        assert_eq!(
            expired_timers(s.state, 500),
            vec![
                (b"b".to_vec(), -5),
                (b"a".to_vec(), 300),
                (b"b".to_vec(), 300)
            ]
        );
        s.handle(timer(T::Delete(proto::Long1 { value: 300 })));
        assert_eq!(expired_timers(s.state, 501).len(), 3);
        match s.handle(timer(T::List(proto::String1::default()))) {
            Answer::Timers(0, t) => {
                assert_eq!(
                    t.iter().map(|t| t.timestamp_ms).collect::<Vec<_>>(),
                    vec![500]
                )
            }
            _ => panic!("expected the timers"),
        }
    }

    fn value(name: &str, m: proto::value_state_call::Method) -> proto::StateRequest {
        request(proto::state_request::Method::StateVariableRequest(
            proto::StateVariableRequest {
                method: Some(proto::state_variable_request::Method::ValueStateCall(
                    proto::ValueStateCall {
                        state_name: name.into(),
                        method: Some(m),
                    },
                )),
            },
        ))
    }

    #[test]
    fn a_ttl_value_is_gone_once_the_batch_time_reaches_its_expiry() {
        use proto::value_state_call::Method as V;
        let mut state = KeyValueState::default();
        let declare_ttl = |ttl: i64| {
            request(proto::state_request::Method::StatefulProcessorCall(
                proto::StatefulProcessorCall {
                    method: Some(proto::stateful_processor_call::Method::GetValueState(
                        proto::StateCallCommand {
                            state_name: "n".into(),
                            ttl: Some(proto::TtlConfig { duration_ms: ttl }),
                            ..Default::default()
                        },
                    )),
                },
            ))
        };
        let at = |state: &mut KeyValueState, now: i64, f: &mut dyn FnMut(&mut Server)| {
            let mut s = server_of(state);
            s.time_mode = TimeMode::ProcessingTime;
            s.clock.batch_ms = now;
            assert_eq!(code(&s.handle(declare_ttl(10))), 0);
            s.handle(set_key(b"k"));
            f(&mut s);
        };
        at(&mut state, 1_000, &mut |s| {
            s.handle(value(
                "n",
                V::ValueStateUpdate(proto::Bytes1 {
                    value: b"p".to_vec(),
                }),
            ));
        });
        at(&mut state, 1_009, &mut |s| {
            assert_eq!(code(&s.handle(value("n", V::Exists(proto::Empty {})))), 0);
        });
        at(&mut state, 1_010, &mut |s| {
            assert_eq!(code(&s.handle(value("n", V::Exists(proto::Empty {})))), 2);
            match s.handle(value("n", V::Get(proto::Empty {}))) {
                Answer::Plain(0, _, v) => assert!(v.is_empty()),
                _ => panic!("expected an empty value"),
            }
        });
        clean_expired(&mut state, 1_010);
        assert!(state.scan(b"v").next().is_none());
        // TTL outside processing time fails the query with Spark's condition.
        let mut s = server_of(&mut state);
        assert_eq!(code(&s.handle(declare_ttl(10))), 1);
        let e = s.fatal.take().expect("a query failure");
        assert_eq!(
            e.condition.as_deref(),
            Some("STATEFUL_PROCESSOR_INCORRECT_TIME_MODE_TO_ASSIGN_TTL")
        );
    }

    #[test]
    fn a_malformed_request_is_answered_with_an_error() {
        let mut state = KeyValueState::default();
        let mut s = server_of(&mut state);
        let a = match proto::StateRequest::decode(&[0xff, 0xff, 0xff][..]) {
            Ok(r) => s.handle(r),
            Err(e) => status(1, e.to_string()),
        };
        assert_eq!(code(&a), 1);
        assert_eq!(code(&s.handle(proto::StateRequest::default())), 1);
    }

    #[test]
    fn a_key_that_is_a_data_column_goes_to_the_worker_once() {
        // groupBy("id") over (id, name): [__key0, id, name] → (id, name), key at 0.
        assert_eq!(
            dedup_columns(&[Some(0)], 3),
            (vec![1, 2], vec![4, 1, 0, 0, 1])
        );
        // groupBy(id % 2) over (id, name): the key first, then (id, name).
        assert_eq!(
            dedup_columns(&[None], 3),
            (vec![0, 1, 2], vec![4, 1, 0, 1, 2])
        );
        // groupBy(name, id % 2) over (id, name): the second key, then (id, name).
        assert_eq!(
            dedup_columns(&[Some(1), None], 4),
            (vec![1, 2, 3], vec![5, 2, 2, 0, 1, 2])
        );
    }
}
