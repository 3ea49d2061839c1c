//! Spark's output modes (`OutputMode` in `org.apache.spark.sql.streaming`), and the
//! batch query's "mode": how results leave a query.

/// How a query emits its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputMode {
    /// A batch query: every row, once.
    Batch,
    /// `complete`: the whole result after every batch.
    Complete,
    /// `update`: the rows a batch changed.
    Update,
    /// `append`: rows that will not change any more.
    Append,
}

impl OutputMode {
    /// Spark's name (`append`, `update`, `complete`; `batch` for a batch query).
    pub fn name(self) -> &'static str {
        match self {
            OutputMode::Append => "append",
            OutputMode::Update => "update",
            OutputMode::Complete => "complete",
            OutputMode::Batch => "batch",
        }
    }

    /// A streaming output mode by Spark's name, any case.
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name.to_ascii_lowercase().as_str() {
            "append" => OutputMode::Append,
            "update" => OutputMode::Update,
            "complete" => OutputMode::Complete,
            _ => return None,
        })
    }
}

/// When micro-batches run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// Every `ms` milliseconds (0: as fast as data comes).
    ProcessingTime(i64),
    /// One batch with everything available, then stop.
    Once,
    /// Everything available (in as many batches as the limits say), then stop.
    AvailableNow,
}
