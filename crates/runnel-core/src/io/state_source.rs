//! Spark's state data sources, for batch reads of a streaming query's checkpoint (the
//! programming guide's "State Data Source"):
//!
//! - `spark.read.format("statestore").load(checkpoint)`: the state of one operator at a
//!   committed batch, a row per key: `key` (struct of the grouping columns), `value`
//!   (struct of the aggregates' buffers, as Spark keeps them: `count`, `sum`, `min`...),
//!   `partition_id` (the shuffle partition Spark's state keeps the key in). Options
//!   `batchId` (default: the last committed), `operatorId` (default 0); with
//!   `readChangeFeed` and `changeStartBatchId` (and `changeEndBatchId`), the changes
//!   batch by batch: `batch_id`, `change_type` (`update` / `delete`), `key`, `value`,
//!   `partition_id`.
//! - `spark.read.format("state-metadata").load(checkpoint)`: a row per stateful
//!   operator: `operatorId`, `operatorName`, `stateStoreName`, `numPartitions`,
//!   `minBatchId`, `maxBatchId`, `operatorProperties`.
//!
//! They read what Runnel writes for Spark beside its own state
//! ([`crate::state::spark_meta`]): aggregations whose aggregates are counts, sums, plain
//! averages, minimums and maximums, and deduplications (`dropDuplicates`: a NULL
//! `__dummy__`; `dropDuplicatesWithinWatermark`: `expiresAtMicros`). Other operators'
//! state (joins, session windows, arbitrary state) is refused with the reason.

use std::collections::BTreeMap;
use std::sync::Arc;

use arrow_array::builder::{Int32Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch, StructArray};
use arrow_row::{RowConverter, SortField};
use arrow_schema::{DataType, Field, Schema, SchemaRef};

use crate::error::{Result, RunnelError};
use crate::io::{SinkRef, SourceRef};
use crate::scalar::{ScalarValue, codec};
use crate::session::{DataSourceProvider, SinkRequest, SourceRequest};
use crate::state::{CheckpointRef, QueryCheckpoint, StateChange, StateStore, spark_meta};

/// The `statestore` and `state-metadata` formats.
#[derive(Debug, Default)]
pub struct StateDataSource;

fn refuse(msg: String) -> RunnelError {
    RunnelError::analysis_plain(msg)
}

fn option<'a>(req: &'a SourceRequest, key: &str) -> Option<&'a str> {
    req.options
        .get(&key.to_ascii_lowercase())
        .map(String::as_str)
}

fn int_option(req: &SourceRequest, key: &str) -> Result<Option<i64>> {
    match option(req, key) {
        None => Ok(None),
        Some(v) => v.trim().parse().map(Some).map_err(|_| {
            RunnelError::analysis(
                "STDS_INVALID_OPTION_VALUE.WITH_MESSAGE",
                format!("Invalid value for source option '{key}': {v:?} is not a number."),
            )
        }),
    }
}

/// One operator's state as this module reads it.
struct OperatorState {
    store: StateStore,
    key_names: Vec<String>,
    key_types: Vec<DataType>,
    /// Runnel's state names of the aggregates (`Count`, `Sum`...) and their types; for a
    /// deduplication, `Dedup` (a NULL `__dummy__`) or `DedupWithin` (`expiresAtMicros`).
    aggs: Vec<(String, DataType)>,
    value_names: Vec<String>,
    partitions: i32,
}

/// Splits `a,b<c,d>,e` at the commas outside `<...>` and `(...)`.
fn split_top(s: &str) -> Vec<&str> {
    let (mut depth, mut start, mut out) = (0i32, 0usize, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn open_operator(ckpt: &CheckpointRef, op: i64) -> Result<OperatorState> {
    let missing = |what: &str| {
        RunnelError::execution(
            "STDS_FAILED_TO_READ_STATE_SCHEMA",
            format!(
                "Failed to read the state schema. Either the file does not exist, or the file is corrupted. Rerun the streaming query to construct the state schema. (Operator {op}: {what}; Runnel describes the state of aggregations (count, sum, avg, min, max) and deduplications for Spark's state data source; format(\"state-metadata\") lists the operators.)"
            ),
        )
        .with_exception("SparkRuntimeException")
    };
    let meta = ckpt
        .read(&format!("state/{op}/_metadata/metadata"))?
        .ok_or_else(|| missing("no state/_metadata/metadata"))?;
    let (_, _, partitions) = spark_meta::read_operator_metadata(&meta)?;
    let schema_file = ckpt
        .read(&format!("state/{op}/0/_metadata/schema"))?
        .ok_or_else(|| missing("no _metadata/schema"))?;
    let (key_names, value_names) = spark_meta::read_schema_file(&schema_file)?;
    let store = StateStore::new(ckpt.clone(), op as usize, 10, 100);
    let runnel = store
        .read_schema()?
        .ok_or_else(|| missing("no state/_schema"))?;
    // `dedup key=[...] within=None|Some(ms)` (ops/dedup.rs) or `key=[...] value=[...]`
    // (an aggregation, ops/grouping.rs).
    let dedup = runnel
        .strip_prefix("dedup key=[")
        .and_then(|r| r.split_once("] within="))
        .map(|(k, w)| {
            (
                k,
                if w == "None" {
                    "Dedup:void"
                } else {
                    "DedupWithin:bigint"
                },
            )
        });
    let parsed = dedup.or_else(|| {
        runnel
            .strip_prefix("key=[")
            .and_then(|r| r.split_once("] value=["))
            .and_then(|(k, v)| Some((k, v.strip_suffix(']')?)))
    });
    let Some((keys, values)) = parsed else {
        return Err(missing("a state layout it does not know"));
    };
    let key_types = split_top(keys)
        .into_iter()
        .map(crate::types::parse_data_type)
        .collect::<Result<Vec<_>>>()?;
    let aggs = split_top(values)
        .into_iter()
        .map(|a| {
            let (name, ty) = a
                .split_once(':')
                .ok_or_else(|| missing("an aggregate without a type"))?;
            Ok((name.to_string(), crate::types::parse_data_type(ty)?))
        })
        .collect::<Result<Vec<_>>>()?;
    if key_types.len() != key_names.len() {
        return Err(missing("keys that do not match its schema"));
    }
    Ok(OperatorState {
        store,
        key_names,
        key_types,
        aggs,
        value_names,
        partitions: partitions as i32,
    })
}

impl OperatorState {
    fn key_type(&self) -> DataType {
        DataType::Struct(
            self.key_names
                .iter()
                .zip(&self.key_types)
                .map(|(n, t)| Field::new(n, t.clone(), true))
                .collect(),
        )
    }

    fn value_fields(&self) -> Vec<Field> {
        let mut types = Vec::new();
        for (name, ty) in &self.aggs {
            match name.as_str() {
                "Avg" => {
                    types.push(DataType::Float64);
                    types.push(DataType::Int64);
                }
                "Count" => types.push(DataType::Int64),
                _ => types.push(ty.clone()),
            }
        }
        self.value_names
            .iter()
            .zip(types)
            .map(|(n, t)| Field::new(n, t, true))
            .collect()
    }

    /// The values of one state entry (after its event time), as Spark's buffers.
    fn decode_value(&self, v: &[u8]) -> Result<Vec<ScalarValue>> {
        let mut buf = v;
        // An aggregation's entry starts with its event time; a deduplication's is its expiry.
        if !self.aggs.iter().any(|(n, _)| n.starts_with("Dedup")) {
            codec::get_opt_i64(&mut buf)?;
        }
        let mut out = Vec::new();
        for (name, ty) in &self.aggs {
            match (name.as_str(), ty) {
                ("Dedup", _) => out.push(ScalarValue::Null(DataType::Null)),
                ("DedupWithin", _) => out.push(match codec::get_opt_i64(&mut buf)? {
                    Some(t) => ScalarValue::Int64(t),
                    None => ScalarValue::Null(DataType::Int64),
                }),
                ("Count", _) => out.push(ScalarValue::Int64(codec::get_i64(&mut buf)?)),
                ("Sum", DataType::Int64) => {
                    let some = codec::get_u8(&mut buf)? != 0;
                    let v = codec::get_i64(&mut buf)?;
                    out.push(if some {
                        ScalarValue::Int64(v)
                    } else {
                        ScalarValue::Null(DataType::Int64)
                    });
                }
                ("Sum", _) => {
                    let some = codec::get_u8(&mut buf)? != 0;
                    let v = codec::get_f64(&mut buf)?;
                    out.push(if some {
                        ScalarValue::Float64(v)
                    } else {
                        ScalarValue::Null(DataType::Float64)
                    });
                }
                ("Avg", _) => {
                    out.push(ScalarValue::Float64(codec::get_f64(&mut buf)?));
                    out.push(ScalarValue::Int64(codec::get_i64(&mut buf)?));
                }
                ("Min" | "Max", t) => {
                    let _seen = codec::get_u8(&mut buf)?;
                    out.push(match codec::get_u8(&mut buf)? {
                        0 => ScalarValue::Null(t.clone()),
                        _ => codec::get_scalar(&mut buf, t)?,
                    });
                }
                (other, _) => {
                    return Err(refuse(format!(
                        "Spark's state data source reads counts, sums, averages, minimums and maximums of Runnel's state; this operator keeps {other}"
                    )));
                }
            }
        }
        Ok(out)
    }

    /// The key, value and partition columns of `entries` (a None value: a removal).
    fn columns(&self, entries: &[StateChange]) -> Result<Vec<ArrayRef>> {
        let conv = RowConverter::new(self.key_types.iter().cloned().map(SortField::new).collect())?;
        let parser = conv.parser();
        let keys = conv.convert_rows(entries.iter().map(|(k, _)| parser.parse(k)))?;
        let n = entries.len();
        let parts = crate::expr::functions::hash_partitions(&keys, n, self.partitions)?;
        let key_fields: Vec<Field> = match self.key_type() {
            DataType::Struct(f) => f.iter().map(|f| f.as_ref().clone()).collect(),
            _ => Vec::new(),
        };
        let key = StructArray::new(key_fields.into(), keys, None);
        let value_fields = self.value_fields();
        let mut cols: Vec<Vec<ArrayRef>> = vec![Vec::new(); value_fields.len()];
        let mut present = Vec::with_capacity(n);
        for (_, v) in entries {
            match v {
                Some(v) => {
                    for (c, s) in cols.iter_mut().zip(self.decode_value(v)?) {
                        c.push(s.to_array(1));
                    }
                    present.push(true);
                }
                None => {
                    for (c, f) in cols.iter_mut().zip(&value_fields) {
                        c.push(ScalarValue::Null(f.data_type().clone()).to_array(1));
                    }
                    present.push(false);
                }
            }
        }
        let arrays = cols
            .into_iter()
            .zip(&value_fields)
            .map(|(c, f)| -> Result<ArrayRef> {
                if c.is_empty() {
                    return Ok(arrow_array::new_empty_array(f.data_type()));
                }
                let refs: Vec<&dyn arrow_array::Array> = c.iter().map(|a| a.as_ref()).collect();
                let a = arrow_select::concat::concat(&refs)?;
                Ok(arrow_cast::cast(&a, f.data_type())?)
            })
            .collect::<Result<Vec<_>>>()?;
        let value = StructArray::new(
            value_fields.into(),
            arrays,
            Some(arrow_buffer::NullBuffer::from(present)),
        );
        let mut p = Int32Builder::with_capacity(n);
        p.append_slice(&parts);
        Ok(vec![Arc::new(key), Arc::new(value), Arc::new(p.finish())])
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("key", self.key_type(), true),
            Field::new("value", DataType::Struct(self.value_fields().into()), true),
            Field::new("partition_id", DataType::Int32, true),
        ]
    }
}

fn checkpoint(req: &SourceRequest) -> Result<CheckpointRef> {
    let path = req
        .path
        .clone()
        .or_else(|| option(req, "path").map(|p| req.session.resolve_path(p)))
        .ok_or_else(|| {
            RunnelError::analysis(
                "STDS_REQUIRED_OPTION_UNSPECIFIED",
                "'path' must be specified: load(\"<checkpointLocation>\") or option(\"path\", ...).",
            )
        })?;
    let ckpt = req.session.checkpoint_store(&path)?;
    if ckpt.read("metadata")?.is_none() {
        return Err(RunnelError::analysis(
            "STDS_FAILED_TO_READ_STATE_SCHEMA",
            format!(
                "{} is not a streaming query's checkpoint (no metadata file): give the checkpointLocation of a query that ran.",
                ckpt.describe("")
            ),
        ));
    }
    Ok(ckpt)
}

/// The last committed batch.
fn last_committed(ckpt: &CheckpointRef) -> Result<i64> {
    let (_, commit) = QueryCheckpoint::new(ckpt.clone(), 100).latest_batches()?;
    commit.map(|c| c as i64).ok_or_else(|| {
        RunnelError::analysis(
            "STDS_OFFSET_LOG_UNAVAILABLE",
            "The checkpoint has no committed batch yet: let the query run a batch first.",
        )
    })
}

fn state_store(req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
    let ckpt = checkpoint(req)?;
    let op = int_option(req, "operatorId")?.unwrap_or(0);
    for unsupported in [
        "joinSide",
        "storeName",
        "stateVarName",
        "snapshotStartBatchId",
    ] {
        if option(req, unsupported).is_some() {
            return Err(refuse(format!(
                "The state data source's option {unsupported} reads state Runnel does not describe for Spark (joins, transformWithState, snapshots); read an aggregation's state without it."
            )));
        }
    }
    let state = open_operator(&ckpt, op)?;
    let last = last_committed(&ckpt)?;
    let change_feed = option(req, "readChangeFeed").is_some_and(|v| v.eq_ignore_ascii_case("true"));
    if change_feed {
        if option(req, "batchId").is_some() {
            return Err(RunnelError::analysis(
                "STDS_CONFLICT_OPTIONS",
                "The options 'readChangeFeed' and 'batchId' cannot be specified together. Please specify only one.",
            ));
        }
        let start = int_option(req, "changeStartBatchId")?.ok_or_else(|| {
            RunnelError::analysis(
                "STDS_REQUIRED_OPTION_UNSPECIFIED",
                "'changeStartBatchId' must be specified with readChangeFeed.",
            )
        })?;
        let end = int_option(req, "changeEndBatchId")?
            .unwrap_or(last)
            .min(last);
        let mut batch_ids = Int64Builder::new();
        let mut kinds = StringBuilder::new();
        let mut entries = Vec::new();
        for b in start.max(0)..=end {
            let changes = state.store.changes(b as u64 + 1)?.ok_or_else(|| {
                RunnelError::analysis(
                    "STDS_INVALID_OPTION_VALUE.WITH_MESSAGE",
                    format!("The changes of batch {b} are no longer in the checkpoint: start the change feed later."),
                )
            })?;
            for (k, v) in changes {
                batch_ids.append_value(b);
                kinds.append_value(if v.is_some() { "update" } else { "delete" });
                entries.push((k, v));
            }
        }
        let mut cols: Vec<ArrayRef> = vec![Arc::new(batch_ids.finish()), Arc::new(kinds.finish())];
        cols.extend(state.columns(&entries)?);
        let mut fields = vec![
            Field::new("batch_id", DataType::Int64, true),
            Field::new("change_type", DataType::Utf8, true),
        ];
        fields.extend(state.fields());
        let schema = Arc::new(Schema::new(fields));
        return Ok((schema.clone(), vec![RecordBatch::try_new(schema, cols)?]));
    }
    let batch = int_option(req, "batchId")?.unwrap_or(last);
    if batch < 0 || batch > last {
        return Err(RunnelError::analysis(
            "STDS_INVALID_OPTION_VALUE.WITH_MESSAGE",
            format!(
                "Invalid value for source option 'batchId': the checkpoint's committed batches end at {last}."
            ),
        ));
    }
    let map: BTreeMap<Vec<u8>, Vec<u8>> = state.store.load(batch as u64 + 1)?;
    let entries: Vec<(Vec<u8>, Option<Vec<u8>>)> =
        map.into_iter().map(|(k, v)| (k, Some(v))).collect();
    let cols = state.columns(&entries)?;
    let schema = Arc::new(Schema::new(state.fields()));
    let b = RecordBatch::try_new(schema.clone(), cols)?;
    // Spark reads partition by partition.
    let parts = b.column(2).clone();
    let order = arrow_ord::sort::sort_to_indices(&parts, None, None)?;
    let b = arrow_select::take::take_record_batch(&b, &order)?;
    Ok((schema, vec![b]))
}

fn state_metadata(req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
    let ckpt = checkpoint(req)?;
    let last = last_committed(&ckpt)?;
    let mut ids = Int64Builder::new();
    let mut names = StringBuilder::new();
    let mut stores = StringBuilder::new();
    let mut parts = Int32Builder::new();
    let mut mins = Int64Builder::new();
    let mut maxs = Int64Builder::new();
    let mut props = StringBuilder::new();
    // Operators are numbered from 0 (a checkpoint store lists files, not folders).
    for op in 0.. {
        let Some(meta) = ckpt.read(&format!("state/{op}/_metadata/metadata"))? else {
            if ckpt.read(&format!("state/{op}/_schema"))?.is_some() {
                continue;
            }
            break;
        };
        let (id, name, n) = spark_meta::read_operator_metadata(&meta)?;
        ids.append_value(id);
        names.append_value(name);
        stores.append_value("default");
        parts.append_value(n as i32);
        // The oldest version the store still holds (versions are batches + 1).
        let oldest = ckpt
            .list(&format!("state/{op}/0"))?
            .iter()
            .filter_map(|f| f.split('.').next()?.parse::<i64>().ok())
            .min()
            .unwrap_or(1);
        mins.append_value((oldest - 1).max(0));
        maxs.append_value(last);
        props.append_null();
    }
    let schema = Arc::new(Schema::new(vec![
        Field::new("operatorId", DataType::Int64, true),
        Field::new("operatorName", DataType::Utf8, true),
        Field::new("stateStoreName", DataType::Utf8, true),
        Field::new("numPartitions", DataType::Int32, true),
        Field::new("minBatchId", DataType::Int64, true),
        Field::new("maxBatchId", DataType::Int64, true),
        Field::new("operatorProperties", DataType::Utf8, true),
    ]));
    let cols: Vec<ArrayRef> = vec![
        Arc::new(ids.finish()),
        Arc::new(names.finish()),
        Arc::new(stores.finish()),
        Arc::new(parts.finish()),
        Arc::new(mins.finish()),
        Arc::new(maxs.finish()),
        Arc::new(props.finish()),
    ];
    Ok((schema.clone(), vec![RecordBatch::try_new(schema, cols)?]))
}

impl DataSourceProvider for StateDataSource {
    fn formats(&self) -> Vec<&'static str> {
        vec!["statestore", "state-metadata"]
    }

    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        Err(refuse(format!(
            "The {} data source reads a checkpoint in a batch query: use spark.read.format(\"{}\"), not readStream.",
            req.format, req.format
        )))
    }

    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        match req.format {
            "state-metadata" => state_metadata(req),
            _ => state_store(req),
        }
    }

    fn stream_sink(&self, req: &SinkRequest) -> Result<SinkRef> {
        Err(refuse(format!(
            "Data source {} does not support streamed writing: it reads a checkpoint.",
            req.format
        )))
    }

    fn batch_write(&self, req: &SinkRequest, _mode: &str, _b: &[RecordBatch]) -> Result<()> {
        Err(refuse(format!(
            "Data source {} does not support writing: it reads a checkpoint.",
            req.format
        )))
    }
}
