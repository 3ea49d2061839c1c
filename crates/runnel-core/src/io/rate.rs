//! Spark's `rate` source (`RateStreamProvider`): `rowsPerSecond` rows a second with
//! `timestamp` and `value`, read as Spark's micro-batch stream
//! (`RateStreamMicroBatchStream`) or its continuous one (`RateStreamContinuousStream`),
//! and Spark's `rate-micro-batch` source (`RatePerMicroBatchStream`).
//!
//! - Micro-batches: the offset is the number of whole seconds since the stream started
//!   (its start time kept in the checkpoint's `sources/N/0`, as Spark keeps it); the rows
//!   of seconds `(s, e]` are the values `valueAtSecond(s) .. valueAtSecond(e)` (with
//!   `rampUpTime`'s ramp), spread evenly over those seconds, dealt to `numPartitions`
//!   partitions round robin and handed over partition by partition.
//! - Continuous: partition `p` makes the values `p, p + n, p + 2n, ...`, one every
//!   `1000 / (rowsPerSecond / n)` ms from the stream's start; the offset is each
//!   partition's last value and its time (`{"0":{"value":..,"runTimeMs":..},...}`).
//! - `rate-micro-batch`: `rowsPerBatch` values a batch whatever the clock says, all with
//!   the batch's timestamp (`startTimestamp + batch * advanceMillisPerBatch`); the offset
//!   is `{"offset":N,"timestamp":T}`.

use std::sync::Arc;

use arrow_array::{Int64Array, RecordBatch, TimestampMicrosecondArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef};

use super::ClockFn;
use super::source::{ContinuousRead, Offset, Source};
use crate::error::{Result, RunnelError};
use crate::mode::Trigger;
use crate::state::CheckpointRef;
use crate::types;

/// The most rows one micro-batch (or epoch) of a rate source makes (and its largest
/// `rowsPerSecond`): a batch that fell behind catches up over several.
pub const MAX_ROWS_PER_BATCH: i64 = 10_000_000;

/// The rate sources' schema.
pub fn rate_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("timestamp", types::timestamp_type(), true),
        Field::new("value", DataType::Int64, true),
    ]))
}

fn rows(values: Vec<i64>, ts_ms: Vec<i64>) -> Result<RecordBatch> {
    let ts: Vec<i64> = ts_ms.into_iter().map(|t| t.saturating_mul(1000)).collect();
    Ok(RecordBatch::try_new(
        rate_schema(),
        vec![
            Arc::new(TimestampMicrosecondArray::from(ts).with_timezone("UTC")),
            Arc::new(Int64Array::from(values)),
        ],
    )?)
}

/// Java's `Math.round` of a double.
fn java_round(x: f64) -> i64 {
    (x + 0.5).floor() as i64
}

/// Spark's `RateStreamProvider.valueAtSecond`: the values made by second `seconds`, with
/// the rate ramping up linearly over `ramp_up` seconds.
pub fn value_at_second(seconds: i64, rows_per_second: i64, ramp_up: i64) -> i64 {
    let speed_delta = rows_per_second / (ramp_up + 1);
    if seconds <= ramp_up {
        if seconds % 2 == 1 {
            ((seconds + 1) / 2)
                .saturating_mul(speed_delta)
                .saturating_mul(seconds)
        } else {
            (seconds / 2)
                .saturating_mul(speed_delta)
                .saturating_mul(seconds + 1)
        }
    } else {
        value_at_second(ramp_up, rows_per_second, ramp_up)
            .saturating_add((seconds - ramp_up).saturating_mul(rows_per_second))
    }
}

/// The `rate` source's options, checked as Spark checks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateOptions {
    /// `rowsPerSecond` (default 1).
    pub rows_per_second: i64,
    /// `rampUpTime`, whole seconds (default 0).
    pub ramp_up_seconds: i64,
    /// `numPartitions` (default: the session's default parallelism).
    pub num_partitions: i64,
    /// Whether `numPartitions` was given (the description prints `default` otherwise).
    pub num_partitions_given: bool,
}

/// Spark's `CaseInsensitiveStringMap.getLong`: a Java `Long.parseLong`.
pub(crate) fn parse_long(v: &str) -> Result<i64> {
    v.parse::<i64>().map_err(|_| {
        RunnelError::analysis_plain(format!(
            "For input string: \"{v}\"; the option takes a whole number"
        ))
        .with_exception("NumberFormatException")
    })
}

fn positive(v: i64, name: &str) -> Result<i64> {
    if v <= 0 {
        return Err(RunnelError::analysis_plain(format!(
            "Invalid value '{v}'. The option '{name}' must be positive"
        ))
        .with_exception("IllegalArgumentException"));
    }
    Ok(v)
}

/// Spark's `JavaUtils.timeStringAsSec`: a number of seconds, or a number with a unit
/// (`5s`, `2m`, `1h`, `100ms`).
fn time_string_secs(v: &str) -> Result<i64> {
    let t = v.trim();
    if let Ok(n) = t.parse::<i64>() {
        return Ok(n);
    }
    crate::temporal::time_string_ms(t)
        .map(|ms| ms / 1000)
        .ok_or_else(|| {
            RunnelError::analysis_plain(format!(
                "Invalid time string '{v}' for the option 'rampUpTime': give seconds, or a number with a unit (5s, 2m, 1h)."
            ))
            .with_exception("NumberFormatException")
        })
}

impl RateOptions {
    /// The options of `spark.readStream.format("rate")` (keys lower case), with
    /// `default_partitions` for a missing `numPartitions`.
    pub fn parse(
        options: &std::collections::BTreeMap<String, String>,
        default_partitions: i64,
    ) -> Result<Self> {
        let rows_per_second = positive(
            options
                .get("rowspersecond")
                .map(|v| parse_long(v))
                .transpose()?
                .unwrap_or(1),
            "rowsPerSecond",
        )?;
        let ramp_up_seconds = options
            .get("rampuptime")
            .map(|v| time_string_secs(v))
            .transpose()?
            .unwrap_or(0);
        if ramp_up_seconds < 0 {
            return Err(RunnelError::analysis_plain(format!(
                "Invalid value '{ramp_up_seconds}'. The option 'rampUpTime' must not be negative"
            ))
            .with_exception("IllegalArgumentException"));
        }
        let given = options.get("numpartitions");
        let num_partitions = positive(
            given
                .map(|v| parse_long(v))
                .transpose()?
                .unwrap_or(default_partitions.max(1)),
            "numPartitions",
        )?;
        if rows_per_second > MAX_ROWS_PER_BATCH {
            return Err(RunnelError::analysis_plain(format!(
                "Invalid value '{rows_per_second}' for the option 'rowsPerSecond': Runnel's rate source makes at most {MAX_ROWS_PER_BATCH} rows per second (a micro-batch holds them in memory). Use a smaller rate."
            ))
            .with_exception("IllegalArgumentException"));
        }
        if num_partitions > 100_000 {
            return Err(RunnelError::analysis_plain(format!(
                "Invalid value '{num_partitions}' for the option 'numPartitions': Runnel's rate source deals rows to at most 100000 partitions."
            ))
            .with_exception("IllegalArgumentException"));
        }
        Ok(RateOptions {
            rows_per_second,
            ramp_up_seconds,
            num_partitions,
            num_partitions_given: given.is_some(),
        })
    }
}

/// Spark's `rate` source.
pub struct RateSource {
    opts: RateOptions,
    start_ms: Option<i64>,
    clock: ClockFn,
    continuous: bool,
    /// Where the start time is kept (`sources/N` of the checkpoint), if anywhere.
    log: Option<(CheckpointRef, String)>,
}

impl RateSource {
    /// A rate source reading time from `clock` (ms since the epoch).
    pub fn new(opts: RateOptions, clock: ClockFn) -> Self {
        RateSource {
            opts,
            start_ms: None,
            clock,
            continuous: false,
            log: None,
        }
    }

    /// The rate source's schema.
    pub fn schema_of() -> SchemaRef {
        rate_schema()
    }

    /// The stream's start time: the checkpoint's when it has one (Spark's
    /// `creationTimeMs`, kept in `sources/N/0` as `v1` and the milliseconds), else now.
    fn start_ms(&mut self) -> Result<i64> {
        if let Some(s) = self.start_ms {
            return Ok(s);
        }
        let now = (self.clock)();
        let start = match &self.log {
            Some((store, dir)) if !self.continuous => {
                let path = format!("{dir}/0");
                match store.read(&path)? {
                    Some(data) => {
                        let text = String::from_utf8_lossy(&data);
                        let mut lines = text.lines();
                        let ok = lines.next() == Some("v1");
                        match lines.next().and_then(|l| l.trim().parse::<i64>().ok()) {
                            Some(ms) if ok => ms,
                            _ => {
                                return Err(RunnelError::io(format!(
                                    "the checkpoint file {} is corrupt (expected v1 and the rate source's start time in ms); restore it, or use a new checkpointLocation",
                                    store.describe(&path)
                                )));
                            }
                        }
                    }
                    None => {
                        store.write(&path, format!("v1\n{now}").as_bytes())?;
                        now
                    }
                }
            }
            _ => now,
        };
        self.start_ms = Some(start);
        Ok(start)
    }

    /// A partition's step between rows in continuous mode, ms (Spark's
    /// `(1000 / perPartitionRate).toLong`).
    fn continuous_increment(&self) -> i64 {
        let per_partition = self.opts.rows_per_second as f64 / self.opts.num_partitions as f64;
        (1000.0 / per_partition) as i64
    }

    /// Each partition's (last value, its time) in a continuous offset; `None` → the
    /// initial offset (value `p - n` at the start time, as Spark's `createInitialOffset`).
    fn continuous_positions(&mut self, offset: Option<&Offset>) -> Result<Vec<(i64, i64)>> {
        let n = self.opts.num_partitions;
        let Some(o) = offset else {
            let start = self.start_ms()?;
            return Ok((0..n).map(|p| (p - n, start)).collect());
        };
        let bad = || {
            RunnelError::io(format!(
                "the rate source's continuous offset {o} is not one it wrote ({{\"0\":{{\"value\":..,\"runTimeMs\":..}},...}} for {n} partitions); use a new checkpointLocation"
            ))
        };
        let map = o.as_object().ok_or_else(bad)?;
        if map.len() as i64 != n {
            return Err(RunnelError::analysis_plain(format!(
                "The previous run contained {} partitions, but {n} partitions are currently configured. The numPartitions option cannot be changed.",
                map.len()
            ))
            .with_exception("IllegalArgumentException"));
        }
        (0..n)
            .map(|p| {
                let e = map.get(&p.to_string()).ok_or_else(bad)?;
                let v = e.get("value").and_then(|v| v.as_i64()).ok_or_else(bad)?;
                let t = e
                    .get("runTimeMs")
                    .and_then(|v| v.as_i64())
                    .ok_or_else(bad)?;
                Ok((v, t))
            })
            .collect()
    }

    fn continuous_offset(positions: &[(i64, i64)]) -> Offset {
        let mut m = serde_json::Map::new();
        for (p, (v, t)) in positions.iter().enumerate() {
            m.insert(
                p.to_string(),
                serde_json::json!({ "value": v, "runTimeMs": t }),
            );
        }
        serde_json::Value::Object(m)
    }
}

impl Source for RateSource {
    fn schema(&self) -> SchemaRef {
        Self::schema_of()
    }
    fn latest_offset(&mut self, start: Option<&Offset>) -> Result<Option<Offset>> {
        if self.continuous {
            let now = (self.clock)();
            let inc = self.continuous_increment();
            let most = (MAX_ROWS_PER_BATCH / self.opts.num_partitions).max(1);
            let n = self.opts.num_partitions;
            let positions: Vec<(i64, i64)> = self
                .continuous_positions(start)?
                .into_iter()
                .map(|(v, t)| {
                    // The rows whose time has come (Spark's reader sleeps until then).
                    let k = match inc {
                        0 => most,
                        inc => ((now - t) / inc).clamp(0, most),
                    };
                    (v.saturating_add(k * n), t.saturating_add(k * inc))
                })
                .collect();
            return Ok(Some(Self::continuous_offset(&positions)));
        }
        let begin = self.start_ms()?;
        let now = (self.clock)();
        let secs = (now - begin).max(0) / 1000;
        let from = start.and_then(|v| v.as_i64()).unwrap_or(0);
        // A batch that fell behind (a long batch, a paused process) catches up over several
        // batches of at most MAX_ROWS_PER_BATCH rows, rather than one that does not fit.
        let (rps, ramp) = (self.opts.rows_per_second, self.opts.ramp_up_seconds);
        let base = value_at_second(from, rps, ramp);
        let mut end = secs.max(from);
        if value_at_second(end, rps, ramp) - base > MAX_ROWS_PER_BATCH {
            end = from + (MAX_ROWS_PER_BATCH / rps).max(1);
        }
        Ok(Some(serde_json::json!(end)))
    }
    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        let n = self.opts.num_partitions;
        if self.continuous {
            let inc = self.continuous_increment();
            let from = self.continuous_positions(start)?;
            let to = self.continuous_positions(Some(end))?;
            let (mut values, mut ts) = (Vec::new(), Vec::new());
            for ((v0, t0), (v1, _)) in from.into_iter().zip(to) {
                let mut k = 1;
                while v0 + k * n <= v1 {
                    values.push(v0 + k * n);
                    ts.push(t0 + k * inc);
                    k += 1;
                }
            }
            return Ok(vec![rows(values, ts)?]);
        }
        let start_ms = self.start_ms()?;
        let s = start.and_then(|v| v.as_i64()).unwrap_or(0);
        let e = end.as_i64().unwrap_or(0).max(s);
        let (rps, ramp) = (self.opts.rows_per_second, self.opts.ramp_up_seconds);
        let range_start = value_at_second(s, rps, ramp);
        let range_end = value_at_second(e, rps, ramp);
        if range_start == range_end {
            return Ok(vec![rows(Vec::new(), Vec::new())?]);
        }
        let local_start = start_ms + s * 1000;
        let ms_per_value = ((e - s) * 1000) as f64 / (range_end - range_start) as f64;
        let total = (range_end - range_start) as usize;
        let (mut values, mut ts) = (Vec::with_capacity(total), Vec::with_capacity(total));
        for p in 0..n {
            let mut v = range_start + p;
            while v < range_end {
                values.push(v);
                ts.push(local_start + java_round((v - range_start) as f64 * ms_per_value));
                v += n;
            }
        }
        Ok(vec![rows(values, ts)?])
    }
    fn attach_log(&mut self, store: CheckpointRef, dir: &str) -> Result<()> {
        self.log = Some((store, dir.to_string()));
        Ok(())
    }
    fn prepare_for_trigger(&mut self, trigger: Trigger) -> Result<()> {
        self.continuous = matches!(trigger, Trigger::Continuous(_));
        Ok(())
    }
    fn continuous_read(&self) -> ContinuousRead {
        ContinuousRead::Supported
    }
    fn description(&self) -> String {
        let parts = if self.opts.num_partitions_given {
            self.opts.num_partitions.to_string()
        } else {
            "default".to_string()
        };
        format!(
            "RateStreamV2[rowsPerSecond={}, rampUpTimeSeconds={}, numPartitions={parts}",
            self.opts.rows_per_second, self.opts.ramp_up_seconds
        )
    }
}

/// Spark's `rate-micro-batch` source: `rowsPerBatch` rows every batch.
pub struct RatePerMicroBatchSource {
    rows_per_batch: i64,
    num_partitions: i64,
    start_timestamp: i64,
    advance_ms: i64,
    available_now: bool,
    available_now_end: Option<Offset>,
}

impl RatePerMicroBatchSource {
    /// The source for `spark.readStream.format("rate-micro-batch")`'s options (keys
    /// lower case), checked as Spark's `RatePerMicroBatchProvider` checks them.
    pub fn from_options(
        options: &std::collections::BTreeMap<String, String>,
        default_partitions: i64,
    ) -> Result<Self> {
        let get = |k: &str| options.get(k).map(|v| parse_long(v)).transpose();
        let rows_per_batch = get("rowsperbatch")?.unwrap_or(0);
        if rows_per_batch <= 0 {
            return Err(RunnelError::analysis_plain(format!(
                "Invalid value '{rows_per_batch}'. The option 'rowsPerBatch' must be positive"
            ))
            .with_exception("IllegalArgumentException"));
        }
        let num_partitions = positive(
            get("numpartitions")?.unwrap_or(default_partitions.max(1)),
            "numPartitions",
        )?;
        let start_timestamp = get("starttimestamp")?.unwrap_or(0);
        if start_timestamp < 0 {
            return Err(RunnelError::analysis_plain(format!(
                "Invalid value '{start_timestamp}'. The option 'startTimestamp' must be non-negative"
            ))
            .with_exception("IllegalArgumentException"));
        }
        let advance_ms = get("advancemillisperbatch")?.unwrap_or(1000);
        if advance_ms < 0 {
            return Err(RunnelError::analysis_plain(format!(
                "Invalid value '{advance_ms}'. The option 'advanceMillisPerBatch' must be non-negative"
            ))
            .with_exception("IllegalArgumentException"));
        }
        if rows_per_batch > MAX_ROWS_PER_BATCH || num_partitions > 100_000 {
            return Err(RunnelError::analysis_plain(format!(
                "Runnel's rate-micro-batch source makes at most {MAX_ROWS_PER_BATCH} rows a batch in at most 100000 partitions (a micro-batch holds them in memory). Use smaller rowsPerBatch and numPartitions."
            ))
            .with_exception("IllegalArgumentException"));
        }
        Ok(RatePerMicroBatchSource {
            rows_per_batch,
            num_partitions,
            start_timestamp,
            advance_ms,
            available_now: false,
            available_now_end: None,
        })
    }

    fn position(&self, o: Option<&Offset>) -> Result<(i64, i64)> {
        let Some(o) = o else {
            return Ok((0, self.start_timestamp));
        };
        let off = o.get("offset").and_then(|v| v.as_i64());
        let ts = o.get("timestamp").and_then(|v| v.as_i64());
        match (off, ts) {
            (Some(a), Some(b)) => Ok((a, b)),
            _ => Err(RunnelError::io(format!(
                "the rate-micro-batch offset {o} is not one it wrote ({{\"offset\":N,\"timestamp\":T}}); use a new checkpointLocation"
            ))),
        }
    }
}

impl Source for RatePerMicroBatchSource {
    fn schema(&self) -> SchemaRef {
        rate_schema()
    }

    /// Spark's `rate-micro-batch` source has admission control and reports no latest offset.
    fn reported_latest_offset(&self, _end: Option<&Offset>) -> Option<Offset> {
        None
    }
    fn latest_offset(&mut self, start: Option<&Offset>) -> Result<Option<Offset>> {
        if self.available_now
            && let Some(end) = &self.available_now_end
        {
            return Ok(Some(end.clone()));
        }
        let (off, ts) = self.position(start)?;
        let end = serde_json::json!({
            "offset": off.saturating_add(self.rows_per_batch),
            "timestamp": ts.saturating_add(self.advance_ms),
        });
        if self.available_now {
            self.available_now_end = Some(end.clone());
        }
        Ok(Some(end))
    }
    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        let (s, ts) = self.position(start)?;
        let (e, _) = self.position(Some(end))?;
        let n = self.num_partitions;
        let (mut values, mut times) = (Vec::new(), Vec::new());
        for p in 0..n {
            let mut v = s + p;
            while v < e {
                values.push(v);
                times.push(ts);
                v += n;
            }
        }
        Ok(vec![rows(values, times)?])
    }
    fn prepare_for_trigger(&mut self, trigger: Trigger) -> Result<()> {
        self.available_now = trigger == Trigger::AvailableNow;
        Ok(())
    }
    fn continuous_read(&self) -> ContinuousRead {
        ContinuousRead::MicroBatchOnly("rate-micro-batch".into())
    }
    fn description(&self) -> String {
        format!(
            "RatePerMicroBatchStream[rowsPerBatch={}, numPartitions={}, startTimestamp={}, advanceMsPerBatch={}]",
            self.rows_per_batch, self.num_partitions, self.start_timestamp, self.advance_ms
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::collections::BTreeMap;
    use std::rc::Rc;

    fn opts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
            .collect()
    }

    fn values(b: &[RecordBatch]) -> Vec<i64> {
        b.iter()
            .flat_map(|b| {
                b.column(1)
                    .as_any()
                    .downcast_ref::<Int64Array>()
                    .unwrap()
                    .values()
                    .to_vec()
            })
            .collect()
    }

    fn times(b: &[RecordBatch]) -> Vec<i64> {
        b.iter()
            .flat_map(|b| {
                b.column(0)
                    .as_any()
                    .downcast_ref::<TimestampMicrosecondArray>()
                    .unwrap()
                    .values()
                    .iter()
                    .map(|us| us / 1000)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn value_at_second_ramps_up_as_sparks() {
        // Spark's own comment: rampUpTimeSeconds = 4, rowsPerSecond = 10.
        let v: Vec<i64> = (0..7).map(|s| value_at_second(s, 10, 4)).collect();
        assert_eq!(v, vec![0, 2, 6, 12, 20, 30, 40]);
    }

    #[test]
    fn micro_batch_rows_spread_over_the_seconds_partition_by_partition() {
        let now = Rc::new(Cell::new(1_000_000));
        let n2 = now.clone();
        let o = RateOptions::parse(&opts(&[("rowsPerSecond", "3"), ("numPartitions", "2")]), 4)
            .unwrap();
        let mut src = RateSource::new(o, Rc::new(move || n2.get()));
        assert_eq!(src.latest_offset(None).unwrap(), Some(serde_json::json!(0)));
        now.set(1_002_500);
        let end = src.latest_offset(None).unwrap().unwrap();
        assert_eq!(end, serde_json::json!(2));
        let b = src.get_batch(None, &end).unwrap();
        assert_eq!(values(&b), vec![0, 2, 4, 1, 3, 5]);
        // Math.round(v * 1000 / 3): 0, 667, 1333 | 333, 1000, 1667.
        let rel: Vec<i64> = times(&b).iter().map(|t| t - 1_000_000).collect();
        assert_eq!(rel, vec![0, 667, 1333, 333, 1000, 1667]);
    }

    #[test]
    fn continuous_partitions_step_by_their_count() {
        let now = Rc::new(Cell::new(5_000));
        let n2 = now.clone();
        let o = RateOptions::parse(&opts(&[("rowsPerSecond", "4"), ("numPartitions", "2")]), 1)
            .unwrap();
        let mut src = RateSource::new(o, Rc::new(move || n2.get()));
        src.prepare_for_trigger(Trigger::Continuous(1000)).unwrap();
        let first = src.latest_offset(None).unwrap().unwrap();
        assert_eq!(
            first,
            serde_json::json!({"0": {"value": -2, "runTimeMs": 5000}, "1": {"value": -1, "runTimeMs": 5000}})
        );
        now.set(6_200);
        let end = src.latest_offset(Some(&first)).unwrap().unwrap();
        assert_eq!(
            end,
            serde_json::json!({"0": {"value": 2, "runTimeMs": 6000}, "1": {"value": 3, "runTimeMs": 6000}})
        );
        let b = src.get_batch(Some(&first), &end).unwrap();
        assert_eq!(values(&b), vec![0, 2, 1, 3]);
        assert_eq!(times(&b), vec![5500, 6000, 5500, 6000]);
        // Another partition count than the checkpoint's is Spark's error.
        let o3 = RateOptions::parse(&opts(&[("rowsPerSecond", "4"), ("numPartitions", "3")]), 1)
            .unwrap();
        let mut other = RateSource::new(o3, Rc::new(|| 0));
        other
            .prepare_for_trigger(Trigger::Continuous(1000))
            .unwrap();
        let err = other.latest_offset(Some(&end)).unwrap_err();
        assert!(
            err.message
                .contains("numPartitions option cannot be changed")
        );
    }

    #[test]
    fn rate_micro_batch_is_the_same_whatever_the_clock() {
        let o = opts(&[
            ("rowsPerBatch", "5"),
            ("numPartitions", "2"),
            ("startTimestamp", "1000"),
            ("advanceMillisPerBatch", "250"),
        ]);
        let mut src = RatePerMicroBatchSource::from_options(&o, 8).unwrap();
        let e0 = src.latest_offset(None).unwrap().unwrap();
        assert_eq!(e0, serde_json::json!({"offset": 5, "timestamp": 1250}));
        let b = src.get_batch(None, &e0).unwrap();
        assert_eq!(values(&b), vec![0, 2, 4, 1, 3]);
        assert_eq!(times(&b), vec![1000; 5]);
        let e1 = src.latest_offset(Some(&e0)).unwrap().unwrap();
        let b = src.get_batch(Some(&e0), &e1).unwrap();
        assert_eq!(values(&b), vec![5, 7, 9, 6, 8]);
        assert_eq!(times(&b), vec![1250; 5]);
        let err = RatePerMicroBatchSource::from_options(&BTreeMap::new(), 1)
            .err()
            .unwrap();
        assert!(err.message.contains("'rowsPerBatch' must be positive"));
    }
}
