//! Errors, split by the phase that raised them (as DataFusion does), each carrying
//! Spark's error condition where Spark has one, so that a user sees the same name
//! Spark would show and a sentence that says how to fix the query.

use std::fmt;

use arrow_schema::ArrowError;

/// The phase an error comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Text the user wrote (a script, a SQL string, a DDL schema) could not be parsed.
    Parse,
    /// The query is well formed but refers to unknown names, mixes types, or is not
    /// allowed on a stream. Spark raises `AnalysisException` for these.
    Analysis,
    /// The query failed while it ran (a bad cast, an array index out of bounds...).
    Execution,
    /// A feature Spark has that Runnel does not have yet.
    NotSupported,
    /// Reading or writing outside the engine failed (files, network).
    Io,
    /// A bug in Runnel.
    Internal,
}

/// Where in the user's text an error is: a script line and column, or an offset
/// in a SQL string. Lines and columns count from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// File (or source) name.
    pub file: String,
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// Runnel's error.
#[derive(Debug, Clone)]
pub struct RunnelError {
    /// The phase.
    pub kind: ErrorKind,
    /// Spark's error condition (`STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION`, ...), if Spark has one.
    pub condition: Option<String>,
    /// The Java exception class Spark would raise (`AnalysisException`, ...), for reports.
    pub exception: &'static str,
    /// The message, without the condition prefix.
    pub message: String,
    /// Where in the user's script the error comes from, once known.
    pub location: Option<Location>,
    /// For an error inside a SQL string: the SQL and the line and column (from 1) in it.
    pub sql: Option<Box<(String, usize, usize)>>,
}

/// Runnel's result type.
pub type Result<T, E = RunnelError> = std::result::Result<T, E>;

impl RunnelError {
    fn new(kind: ErrorKind, exception: &'static str, message: impl Into<String>) -> Self {
        RunnelError {
            kind,
            condition: None,
            exception,
            message: message.into(),
            location: None,
            sql: None,
        }
    }

    /// A parse error.
    pub fn parse(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Parse, "ParseException", message)
    }

    /// An analysis error with Spark's condition.
    pub fn analysis(condition: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Analysis, "AnalysisException", message).with_condition(condition)
    }

    /// An analysis error Spark raises without a condition of its own.
    pub fn analysis_plain(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Analysis, "AnalysisException", message)
    }

    /// An error while the query runs, with Spark's condition.
    pub fn execution(condition: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Execution, "SparkRuntimeException", message).with_condition(condition)
    }

    /// An error while the query runs, without a Spark condition.
    pub fn execution_plain(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Execution, "SparkRuntimeException", message)
    }

    /// Something Spark does that Runnel does not do yet; the message names it.
    pub fn not_supported(message: impl Into<String>) -> Self {
        Self::new(
            ErrorKind::NotSupported,
            "UnsupportedOperationException",
            message,
        )
    }

    /// An I/O error.
    pub fn io(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Io, "IOException", message)
    }

    /// A bug in Runnel.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(
            ErrorKind::Internal,
            "InternalError",
            format!("{} (this is a bug in Runnel)", message.into()),
        )
    }

    /// Sets Spark's error condition.
    pub fn with_condition(mut self, condition: &str) -> Self {
        self.condition = Some(condition.to_string());
        self
    }

    /// Sets the exception class name Spark would use.
    pub fn with_exception(mut self, exception: &'static str) -> Self {
        self.exception = exception;
        self
    }

    /// Sets the location in the user's script, unless one is already set.
    pub fn with_location(mut self, location: Location) -> Self {
        if self.location.is_none() {
            self.location = Some(location);
        }
        self
    }

    /// Marks the place inside a SQL string (line and column from 1) the error is at.
    pub fn with_sql_position(mut self, sql: &str, line: usize, column: usize) -> Self {
        self.sql = Some(Box::new((sql.to_string(), line, column)));
        self
    }

    /// The error as a user reads it: the message, Spark's `== SQL ==` block for an
    /// error inside a SQL string (the SQL with a caret under the place), and, when
    /// `source` holds the script, the script's line with a caret under the column (as
    /// ruff and rustc print them).
    pub fn render(&self, source: Option<&str>) -> String {
        let mut out = self.to_string();
        if let Some((sql, line, column)) = self.sql.as_deref() {
            out.push_str("\n\n== SQL ==\n");
            for (i, l) in sql.lines().enumerate() {
                out.push_str(l);
                out.push('\n');
                if i + 1 == *line {
                    out.push_str(&"-".repeat(column.saturating_sub(1)));
                    out.push_str("^^^\n");
                }
            }
        }
        if let (Some(loc), Some(src)) = (&self.location, source)
            && let Some(frame) = code_frame(src, loc.line, loc.column)
        {
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&frame);
        }
        out
    }

    /// Prefixes the message with where it happened (`batch 3: ...`).
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }
}

impl fmt::Display for RunnelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(loc) = &self.location {
            write!(f, "{}:{}:{}: ", loc.file, loc.line, loc.column)?;
        }
        match &self.condition {
            Some(c) if !c.starts_with("_LEGACY") => write!(f, "[{c}] {}", self.message),
            _ => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for RunnelError {}

/// The line `line` of `source` with a caret under `column` (both from 1):
///
/// ```text
///   |
/// 2 | df.selectExpr("a +* 2").show()
///   |    ^
/// ```
pub fn code_frame(source: &str, line: usize, column: usize) -> Option<String> {
    let text = source.lines().nth(line.checked_sub(1)?)?;
    let num = line.to_string();
    let pad = " ".repeat(num.len());
    // Tabs stay tabs so the caret lines up however the terminal shows them.
    let before: String = text
        .chars()
        .take(column.saturating_sub(1))
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    Some(format!("{pad} |\n{num} | {text}\n{pad} | {before}^\n"))
}

impl From<ArrowError> for RunnelError {
    fn from(e: ArrowError) -> Self {
        match e {
            ArrowError::DivideByZero => RunnelError::execution(
                "DIVIDE_BY_ZERO",
                "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead.",
            ),
            ArrowError::ArithmeticOverflow(m) => RunnelError::execution(
                "ARITHMETIC_OVERFLOW",
                format!(
                    "{m}. Use 'try_add'/'try_multiply' to tolerate overflow and return NULL instead."
                ),
            ),
            other => RunnelError::execution_plain(other.to_string()),
        }
    }
}

impl From<serde_json::Error> for RunnelError {
    fn from(e: serde_json::Error) -> Self {
        RunnelError::parse(format!("invalid JSON: {e}"))
    }
}

/// Returns early with an internal error.
#[macro_export]
macro_rules! internal_err {
    ($($arg:tt)*) => { return Err($crate::error::RunnelError::internal(format!($($arg)*))) };
}
