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
    /// Spark's continuous processing (`trigger(continuous="1 second")`): an epoch every
    /// `ms` milliseconds over what arrived since the last one, committed to the
    /// checkpoint as Spark's `ContinuousExecution` commits its epochs (see
    /// `exec::executor`: Runnel has no long-lived tasks, so a row waits for its epoch).
    Continuous(i64),
}

impl Trigger {
    /// The interval between triggers (epochs), ms; 0 for Once and AvailableNow.
    pub fn interval_ms(self) -> i64 {
        match self {
            Trigger::ProcessingTime(ms) | Trigger::Continuous(ms) => ms.max(0),
            Trigger::Once | Trigger::AvailableNow => 0,
        }
    }

    /// Spark's `toString` of the trigger (`ContinuousTrigger(1000)`, `ProcessingTimeTrigger(0)`).
    pub fn spark_name(self) -> String {
        match self {
            Trigger::ProcessingTime(ms) => format!("ProcessingTimeTrigger({ms})"),
            Trigger::Continuous(ms) => format!("ContinuousTrigger({ms})"),
            Trigger::Once => "OneTimeTrigger".into(),
            Trigger::AvailableNow => "AvailableNowTrigger".into(),
        }
    }
}
