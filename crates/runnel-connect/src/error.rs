//! Runnel's errors as Spark Connect errors: a gRPC status whose `grpc-status-details-bin`
//! holds a `google.rpc.Status` with a `google.rpc.ErrorInfo`, whose metadata (`classes`,
//! `errorClass`, `messageParameters`, `sqlState`) PySpark's client turns into the
//! exception Spark would raise (`AnalysisException`, `StreamingQueryException`, ...).

use std::collections::HashMap;

use runnel_core::RunnelError;
use runnel_core::error::ErrorKind;

/// `google.rpc.Status` (google/rpc/status.proto).
#[derive(Clone, PartialEq, prost::Message)]
struct RpcStatus {
    #[prost(int32, tag = "1")]
    code: i32,
    #[prost(string, tag = "2")]
    message: String,
    #[prost(message, repeated, tag = "3")]
    details: Vec<prost_types::Any>,
}

/// `google.rpc.ErrorInfo` (google/rpc/error_details.proto).
#[derive(Clone, PartialEq, prost::Message)]
struct ErrorInfo {
    #[prost(string, tag = "1")]
    reason: String,
    #[prost(string, tag = "2")]
    domain: String,
    #[prost(map = "string, string", tag = "3")]
    metadata: HashMap<String, String>,
}

/// gRPC clients refuse trailers past 8 KiB by default; the message is sent twice (as
/// `grpc-message` and inside the details), so it is cut well below that, as Spark cuts it.
const MAX_MESSAGE_CHARS: usize = 2048;

/// The Java class hierarchy Spark reports for an error (most specific first): the
/// client raises the PySpark exception of the first class it knows.
fn classes(e: &RunnelError) -> Vec<&'static str> {
    if e.exception == "StreamingQueryException" {
        return vec![
            "org.apache.spark.sql.streaming.StreamingQueryException",
            "org.apache.spark.SparkThrowable",
            "java.lang.Exception",
            "java.lang.Throwable",
        ];
    }
    let own: &[&'static str] = match e.exception {
        "ParseException" => &[
            "org.apache.spark.sql.catalyst.parser.ParseException",
            "org.apache.spark.sql.AnalysisException",
        ],
        "AnalysisException" => &["org.apache.spark.sql.AnalysisException"],
        "ArithmeticException" => &[
            "org.apache.spark.SparkArithmeticException",
            "java.lang.ArithmeticException",
            "java.lang.RuntimeException",
        ],
        "NumberFormatException" => &[
            "org.apache.spark.SparkNumberFormatException",
            "java.lang.NumberFormatException",
            "java.lang.IllegalArgumentException",
            "java.lang.RuntimeException",
        ],
        "ArrayIndexOutOfBoundsException" => &[
            "org.apache.spark.SparkArrayIndexOutOfBoundsException",
            "java.lang.ArrayIndexOutOfBoundsException",
            "java.lang.IndexOutOfBoundsException",
            "java.lang.RuntimeException",
        ],
        "DateTimeException" | "SparkDateTimeException" => &[
            "org.apache.spark.SparkDateTimeException",
            "java.time.DateTimeException",
            "java.lang.RuntimeException",
        ],
        "IllegalArgumentException" => &[
            "java.lang.IllegalArgumentException",
            "java.lang.RuntimeException",
        ],
        "IllegalStateException" => &[
            "java.lang.IllegalStateException",
            "java.lang.RuntimeException",
        ],
        "UnsupportedOperationException" => &[
            "java.lang.UnsupportedOperationException",
            "java.lang.RuntimeException",
        ],
        "SparkRuntimeException" => &[
            "org.apache.spark.SparkRuntimeException",
            "java.lang.RuntimeException",
        ],
        "IOException" => &["java.io.IOException"],
        // An exception a Python UDF raised (the client raises its PythonException).
        "PythonException" => &[
            "org.apache.spark.api.python.PythonException",
            "java.lang.RuntimeException",
        ],
        _ => match e.kind {
            ErrorKind::Parse => &[
                "org.apache.spark.sql.catalyst.parser.ParseException",
                "org.apache.spark.sql.AnalysisException",
            ],
            ErrorKind::Analysis => &["org.apache.spark.sql.AnalysisException"],
            ErrorKind::NotSupported => &[
                "java.lang.UnsupportedOperationException",
                "java.lang.RuntimeException",
            ],
            ErrorKind::Io => &["java.io.IOException"],
            _ => &["org.apache.spark.SparkException"],
        },
    };
    let mut v = own.to_vec();
    v.extend(["java.lang.Exception", "java.lang.Throwable"]);
    v
}

fn cut(mut s: String) -> String {
    if s.chars().count() > MAX_MESSAGE_CHARS {
        s = s.chars().take(MAX_MESSAGE_CHARS).collect::<String>() + " ...";
    }
    s
}

/// Spark's condition and message for an error: a query's failure is Spark's
/// `STREAM_FAILED` (`Query [id = ..., runId = ...] terminated with exception: ...`).
pub fn spark_message(e: &RunnelError) -> (Option<String>, String) {
    if e.exception == "StreamingQueryException" {
        return (
            Some("STREAM_FAILED".to_string()),
            format!("[STREAM_FAILED] {}", e.message),
        );
    }
    let cond = e.condition.clone();
    (cond, e.to_string())
}

/// A gRPC status carrying Spark's error details, as Spark Connect's server sends them.
pub fn status_of(e: &RunnelError) -> tonic::Status {
    let classes = classes(e);
    let (cond, mut message) = spark_message(e);
    let state = cond.as_deref().and_then(runnel_core::error::sql_state);
    if let Some(s) = state {
        message.push_str(&format!(" SQLSTATE: {s}"));
    }
    let message = cut(message);
    let mut metadata = HashMap::new();
    metadata.insert(
        "classes".to_string(),
        serde_json::to_string(&classes).unwrap_or_default(),
    );
    if let Some(c) = &cond {
        metadata.insert("errorClass".to_string(), c.clone());
    }
    metadata.insert(
        "messageParameters".to_string(),
        serde_json::Value::Object(
            e.message_parameters()
                .into_iter()
                .map(|(k, v)| (k, serde_json::Value::String(v)))
                .collect(),
        )
        .to_string(),
    );
    if let Some(s) = state {
        metadata.insert("sqlState".to_string(), s.to_string());
    }
    with_info(tonic::Code::Internal, message, classes[0], metadata)
}

/// A status whose details carry an `ErrorInfo` with `reason` and `metadata`.
pub fn with_info(
    code: tonic::Code,
    message: String,
    reason: &str,
    metadata: HashMap<String, String>,
) -> tonic::Status {
    use prost::Message;
    let info = ErrorInfo {
        reason: reason.to_string(),
        domain: "org.apache.spark".to_string(),
        metadata,
    };
    let status = RpcStatus {
        code: code as i32,
        message: message.clone(),
        details: vec![prost_types::Any {
            type_url: "type.googleapis.com/google.rpc.ErrorInfo".to_string(),
            value: info.encode_to_vec(),
        }],
    };
    tonic::Status::with_details(code, message, status.encode_to_vec().into())
}

/// An `INVALID_PLAN_INPUT`-like refusal for plans this server cannot run yet.
pub fn unsupported(what: impl Into<String>) -> RunnelError {
    RunnelError::not_supported(format!(
        "{}: Runnel's Spark Connect server does not support it yet",
        what.into()
    ))
    .with_condition("UNSUPPORTED_FEATURE.RUNNEL_CONNECT")
}

#[cfg(test)]
mod tests {
    use super::*;
    use prost::Message;

    #[test]
    fn analysis_errors_carry_spark_metadata() {
        let schema = arrow_schema::Schema::new(vec![arrow_schema::Field::new(
            "value",
            arrow_schema::DataType::Int64,
            true,
        )]);
        let e = runnel_core::expr::bind::unresolved_column("valeu", &schema);
        let st = status_of(&e);
        assert_eq!(st.code(), tonic::Code::Internal);
        assert!(
            st.message()
                .starts_with("[UNRESOLVED_COLUMN.WITH_SUGGESTION]")
        );
        let rs = RpcStatus::decode(st.details()).unwrap();
        assert_eq!(rs.message, st.message());
        let info = ErrorInfo::decode(rs.details[0].value.as_slice()).unwrap();
        assert_eq!(info.reason, "org.apache.spark.sql.AnalysisException");
        assert_eq!(info.metadata["sqlState"], "42703");
        assert_eq!(
            info.metadata["errorClass"],
            "UNRESOLVED_COLUMN.WITH_SUGGESTION"
        );
        let p: serde_json::Value =
            serde_json::from_str(&info.metadata["messageParameters"]).unwrap();
        assert_eq!(p["objectName"], "`valeu`");
        assert_eq!(p["proposal"], "`value`");
    }
}
