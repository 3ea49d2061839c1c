//! Errors, split by the phase that raised them (as DataFusion does), each carrying
//! Spark's error condition where Spark has one, so that a user sees the same name
//! Spark would show and a sentence that says how to fix the query.

use std::fmt;

mod sql_states;

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
    /// What fewer errors carry (boxed, to keep `Result` small).
    pub details: Option<Box<Details>>,
}

/// The rarer parts of an error.
#[derive(Debug, Clone, Default)]
pub struct Details {
    /// For an error inside a SQL string: the SQL and the line and column (from 1) in it.
    pub sql: Option<(String, usize, usize)>,
    /// The error this one comes from (an I/O error, Arrow's, a JSON parser's), for
    /// `std::error::Error::source` chains.
    pub cause: Option<std::sync::Arc<dyn std::error::Error + Send + Sync>>,
}

/// The exception Spark raises for a runtime error condition (its `SparkArithmeticException`,
/// `SparkDateTimeException`, ... which PySpark raises as `ArithmeticException`,
/// `DateTimeException`, ...): CAST_INVALID_INPUT by the cast's target type, as Spark's
/// `invalidInputInCastToNumberError` / `invalidInputInCastToDatetimeError` /
/// `invalidInputSyntaxForBooleanError` pick it.
pub fn runtime_exception(condition: &str, message: &str) -> &'static str {
    let head = condition.split('.').next().unwrap_or(condition);
    match head {
        "DIVIDE_BY_ZERO"
        | "REMAINDER_BY_ZERO"
        | "INTERVAL_DIVIDED_BY_ZERO"
        | "ARITHMETIC_OVERFLOW"
        | "BINARY_ARITHMETIC_OVERFLOW"
        | "INTERVAL_ARITHMETIC_OVERFLOW"
        | "NUMERIC_VALUE_OUT_OF_RANGE"
        | "CAST_OVERFLOW"
        | "CAST_OVERFLOW_IN_TABLE_INSERT"
        | "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION" => "ArithmeticException",
        "DATETIME_FIELD_OUT_OF_BOUNDS"
        | "CANNOT_PARSE_TIMESTAMP"
        | "INVALID_FRACTION_OF_SECOND"
        | "DATETIME_OVERFLOW" => "DateTimeException",
        "INVALID_ARRAY_INDEX" | "INVALID_ARRAY_INDEX_IN_ELEMENT_AT" | "INVALID_INDEX_OF_ZERO" => {
            "ArrayIndexOutOfBoundsException"
        }
        "INVALID_DATETIME_PATTERN" | "ILLEGAL_DAY_OF_WEEK" | "INVALID_INTERVAL_FORMAT" => {
            "IllegalArgumentException"
        }
        "CAST_INVALID_INPUT" => {
            let to = message
                .split("cannot be cast to \"")
                .nth(1)
                .and_then(|t| t.split('"').next())
                .unwrap_or("");
            if to.starts_with("DATE") || to.starts_with("TIMESTAMP") || to.starts_with("TIME") {
                "DateTimeException"
            } else if to == "BOOLEAN" {
                "SparkRuntimeException"
            } else {
                "NumberFormatException"
            }
        }
        _ => "SparkRuntimeException",
    }
}

/// Runnel's result type.
pub type Result<T, E = RunnelError> = std::result::Result<T, E>;

/// Spark's SQLSTATE for an error condition (`UNRESOLVED_COLUMN.WITH_SUGGESTION` → `42703`),
/// as Spark's error-conditions.json gives it: what PySpark's `getSqlState()` returns.
pub fn sql_state(condition: &str) -> Option<&'static str> {
    // The only sub-conditions with a state of their own.
    if condition.starts_with("INVALID_HANDLE.SESSION_") {
        return Some("08003");
    }
    let head = condition.split('.').next().unwrap_or(condition);
    let t = sql_states::SQL_STATES;
    t.binary_search_by(|(c, _)| (*c).cmp(head))
        .ok()
        .map(|i| t[i].1)
}

impl RunnelError {
    /// Spark's message parameters (`getMessageParameters()`), where the message carries
    /// them in a known shape: a missing column's name and the suggestions, a table's name,
    /// a failed cast's value and types, a missing aggregation's expression, an unknown
    /// function's name (and the ANSI config and search path Spark names with them).
    pub fn message_parameters(&self) -> Vec<(String, String)> {
        let mut m = Vec::new();
        let cond = self.condition.as_deref().unwrap_or("");
        let msg = &self.message;
        if matches!(
            cond,
            "TABLE_OR_VIEW_NOT_FOUND" | "TABLE_OR_VIEW_ALREADY_EXISTS"
        ) {
            // `...` names the table: `t`, or `spark_catalog`.`default`.`t`.
            let start = msg.find('`');
            let end = msg
                .find(" cannot be found")
                .or_else(|| msg.find(" because it already exists"));
            if let (Some(a), Some(b)) = (start, end)
                && a < b
            {
                m.push(("relationName".into(), msg[a..b].to_string()));
            }
            if cond == "TABLE_OR_VIEW_NOT_FOUND" {
                // The session catalog's search path, as Spark 4.3 gives it.
                m.push((
                    "searchPath".into(),
                    "[`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`]".into(),
                ));
            }
        }
        let between = |a: &str, b: &str| {
            let start = msg.find(a)? + a.len();
            let end = start + msg[start..].find(b)?;
            Some(msg[start..end].to_string())
        };
        let mut from = |name: &str, a: &str, b: &str| {
            if let Some(v) = between(a, b) {
                m.push((name.to_string(), v));
            }
        };
        match cond {
            "UNRESOLVED_COLUMN.WITH_SUGGESTION" => {
                from("objectName", "with name ", " cannot be resolved");
                from("proposal", "following? [", "].");
            }
            "CAST_INVALID_INPUT" => {
                from("expression", "The value ", " of the type ");
                from("sourceType", " of the type ", " cannot be cast to ");
                from("targetType", " cannot be cast to ", " because ");
            }
            "MISSING_AGGREGATION" => {
                from("expression", "non-aggregating expression ", " is based on ");
                from("expressionAnyValue", "or use ", " if you do not care");
            }
            "UNRESOLVED_ROUTINE" => {
                from("routineName", "Cannot resolve routine ", " on search path");
            }
            _ => {}
        }
        // The parameters Spark gives that the message does not spell out.
        match cond {
            "DIVIDE_BY_ZERO" | "CAST_INVALID_INPUT" => m.push((
                if cond == "DIVIDE_BY_ZERO" {
                    "config"
                } else {
                    "ansiConfig"
                }
                .into(),
                "\"spark.sql.ansi.enabled\"".into(),
            )),
            "UNRESOLVED_ROUTINE" => m.push((
                "searchPath".into(),
                "[`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`]".into(),
            )),
            _ => {}
        }
        m
    }

    fn new(kind: ErrorKind, exception: &'static str, message: impl Into<String>) -> Self {
        RunnelError {
            kind,
            condition: None,
            exception,
            message: message.into(),
            location: None,
            details: None,
        }
    }

    /// A parse error.
    pub fn parse(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Parse, "ParseException", message)
    }

    /// A parse error with Spark's condition.
    pub fn parse_condition(condition: &str, message: impl Into<String>) -> Self {
        Self::parse(message).with_condition(condition)
    }

    /// An analysis error with Spark's condition.
    pub fn analysis(condition: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Analysis, "AnalysisException", message).with_condition(condition)
    }

    /// An analysis error Spark raises without a condition of its own.
    pub fn analysis_plain(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Analysis, "AnalysisException", message)
    }

    /// An error while the query runs, with Spark's condition, raised as the exception
    /// Spark raises for that condition (see [`runtime_exception`]).
    pub fn execution(condition: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        let exception = runtime_exception(condition, &message);
        Self::new(ErrorKind::Execution, exception, message).with_condition(condition)
    }

    /// An error while the query runs, without a Spark condition.
    pub fn execution_plain(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Execution, "SparkRuntimeException", message)
    }

    /// Something Spark does that Runnel does not do yet. The message names it (`"GROUP BY
    /// ALL"`, `"DataFrame.rdd; use collect()"`): a bare name reads "GROUP BY ALL is not
    /// supported by Runnel", and what follows a `; ` is kept as the fix. A message that is
    /// a sentence of its own (it says what is supported, what must be, or has a `: `) is
    /// kept as it is.
    pub fn not_supported(message: impl Into<String>) -> Self {
        Self::new(
            ErrorKind::NotSupported,
            "UnsupportedOperationException",
            not_supported_text(message.into()),
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

    /// Keeps the error this one comes from (`source()`).
    pub fn with_source(mut self, e: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.details.get_or_insert_default().cause = Some(std::sync::Arc::new(e));
        self
    }

    /// Marks the place inside a SQL string (line and column from 1) the error is at.
    pub fn with_sql_position(mut self, sql: &str, line: usize, column: usize) -> Self {
        self.details.get_or_insert_default().sql = Some((sql.to_string(), line, column));
        self
    }

    /// The error as a user reads it: the message, Spark's `== SQL ==` block for an
    /// error inside a SQL string (the SQL with a caret under the place), and, when
    /// `source` holds the script, the script's line with a caret under the column (as
    /// ruff and rustc print them).
    pub fn render(&self, source: Option<&str>) -> String {
        let mut out = self.to_string();
        if let Some((sql, line, column)) = self.details.as_ref().and_then(|d| d.sql.as_ref()) {
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

/// "X is not supported by Runnel" for a bare name X (see [`RunnelError::not_supported`]).
fn not_supported_text(m: String) -> String {
    let (what, fix) = match m.split_once("; ") {
        Some((what, fix)) => (what, Some(fix)),
        None => (m.as_str(), None),
    };
    let sentence = m.contains("support")
        || [" must ", " cannot ", ": "]
            .iter()
            .any(|w| what.contains(w));
    if sentence {
        return m;
    }
    match fix {
        Some(fix) => format!("{what} is not supported by Runnel; {fix}"),
        None => format!("{} is not supported by Runnel", what.trim_end_matches('.')),
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

impl std::error::Error for RunnelError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.details
            .as_ref()
            .and_then(|d| d.cause.as_deref())
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

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
            other => RunnelError::execution_plain(other.to_string()).with_source(other),
        }
    }
}

impl From<serde_json::Error> for RunnelError {
    fn from(e: serde_json::Error) -> Self {
        RunnelError::parse(format!("invalid JSON: {e}")).with_source(e)
    }
}

/// Returns early with an internal error.
#[macro_export]
macro_rules! internal_err {
    ($($arg:tt)*) => { return Err($crate::error::RunnelError::internal(format!($($arg)*))) };
}

#[cfg(test)]
mod tests {
    #[test]
    fn sql_states_are_sparks() {
        use super::sql_state;
        assert_eq!(
            sql_state("UNRESOLVED_COLUMN.WITH_SUGGESTION"),
            Some("42703")
        );
        assert_eq!(sql_state("DIVIDE_BY_ZERO"), Some("22012"));
        assert_eq!(sql_state("STREAM_FAILED"), Some("XXKST"));
        assert_eq!(sql_state("INVALID_HANDLE.SESSION_CLOSED"), Some("08003"));
        assert_eq!(sql_state("INVALID_HANDLE.FORMAT"), Some("HY000"));
        assert_eq!(sql_state("NO_SUCH_CONDITION"), None);
        let t = super::sql_states::SQL_STATES;
        assert!(
            t.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted for the binary search"
        );
    }

    use super::*;

    #[test]
    fn not_supported_names_what_is_not_supported_never_a_bare_name() {
        let text = |m: &str| RunnelError::not_supported(m).to_string();
        assert_eq!(
            text("GROUP BY ALL"),
            "GROUP BY ALL is not supported by Runnel"
        );
        assert_eq!(
            text("DataFrame.rdd; use collect()"),
            "DataFrame.rdd is not supported by Runnel; use collect()"
        );
        // Sentences of their own stay as they are.
        for m in [
            "spark.sql supports one SELECT query over a table or view; got \"x\"",
            "argument 2 of f() must be a string literal",
            "this file system cannot write /x",
            "the time zone \"X\" in f(): Runnel knows UTC",
        ] {
            assert_eq!(text(m), m);
        }
    }

    #[test]
    fn errors_keep_their_source_and_render_a_code_frame() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let e = RunnelError::io("cannot read /x: no such file").with_source(io);
        let src = std::error::Error::source(&e).expect("a source");
        assert_eq!(src.to_string(), "no such file");
        let e = RunnelError::parse("bad")
            .with_condition("PARSE_SYNTAX_ERROR")
            .with_sql_position("a +* 2", 1, 4)
            .with_location(Location {
                file: "job.py".into(),
                line: 2,
                column: 4,
            });
        let text = e.render(Some("x = 1\ndf.selectExpr('a +* 2')\n"));
        assert!(text.contains("== SQL ==\na +* 2\n---^^^"), "{text}");
        assert!(
            text.contains("2 | df.selectExpr('a +* 2')\n  |    ^"),
            "{text}"
        );
        assert_eq!(text.matches("PARSE_SYNTAX_ERROR").count(), 1, "{text}");
    }
}
