//! A Delta table simulated in the page (the playground's examples 6 and 9): delta-rs does
//! not build for the browser, so `format("delta")` here reads and writes a table of the
//! virtual file system in Delta's layout, written by this module: Parquet data files and
//! `_delta_log/00000000000000000000.json` commits with `protocol`, `metaData`, `add`,
//! `remove`, `txn` and `commitInfo` actions, one commit per micro-batch.
//!
//! What it keeps of Delta's semantics: a streaming read turns table versions into
//! micro-batches (offset = the last version read; the first batch reads everything up to
//! the latest version), append-only tables only; the sink appends (append mode) or
//! replaces the table's files (complete mode), and a replayed epoch is skipped through the
//! `txn` action of its query (appId = query id, version = epoch), as Delta's own sink does.
//! Not simulated: checkpoints of the log, deletion vectors, partitions, schema evolution.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use runnel_core::error::{Result, RunnelError};
use runnel_core::io::file::FileSystemRef;
use runnel_core::io::{Offset, Sink, SinkRef, Source, SourceRef};
use runnel_core::mode::OutputMode;
use runnel_core::session::{ClockFn, DataSourceProvider, SinkRequest, SourceRequest};
use runnel_parquet::ParquetCodec;
use serde_json::{Value, json};

/// The `delta` format of the page; its Parquet files go through `codec`.
pub struct SimDelta {
    /// Writes and reads the data files.
    pub codec: Rc<dyn ParquetCodec>,
}

/// A table folder in the virtual file system.
struct Table {
    fs: FileSystemRef,
    path: String,
    codec: Rc<dyn ParquetCodec>,
}

impl Table {
    fn new(fs: FileSystemRef, path: &str, codec: Rc<dyn ParquetCodec>) -> Self {
        Table {
            fs,
            path: path.trim_end_matches('/').to_string(),
            codec,
        }
    }

    fn log_dir(&self) -> String {
        format!("{}/_delta_log", self.path)
    }

    /// The commits, as (version, actions), in version order.
    fn commits(&self) -> Result<Vec<(u64, Vec<Value>)>> {
        let mut out = Vec::new();
        for f in self.fs.list(&self.log_dir(), false)? {
            let name = f.path.rsplit('/').next().unwrap_or_default();
            let Some(v) = name
                .strip_suffix(".json")
                .and_then(|s| s.parse::<u64>().ok())
            else {
                continue;
            };
            let text = String::from_utf8(self.fs.read(&f.path)?)
                .map_err(|e| RunnelError::io(format!("{}: not UTF-8 ({e})", f.path)))?;
            let actions = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| {
                    serde_json::from_str(l).map_err(|e| {
                        RunnelError::io(format!("{}: not a Delta commit ({e})", f.path))
                    })
                })
                .collect::<Result<Vec<Value>>>()?;
            out.push((v, actions));
        }
        out.sort_by_key(|(v, _)| *v);
        Ok(out)
    }

    fn latest_version(&self) -> Result<Option<u64>> {
        Ok(self.commits()?.last().map(|(v, _)| *v))
    }

    /// The table's schema (from its newest `metaData`).
    fn schema(&self) -> Result<Option<SchemaRef>> {
        let mut schema = None;
        for (_, actions) in self.commits()? {
            for a in actions {
                if let Some(s) = a["metaData"]["schemaString"].as_str() {
                    let v: Value = serde_json::from_str(s)
                        .map_err(|e| RunnelError::io(format!("Delta schemaString: {e}")))?;
                    schema = Some(Arc::new(Schema::new(struct_fields(&v)?)));
                }
            }
        }
        Ok(schema)
    }

    /// Files added by versions in `(after, upto]`, in commit order; with `live`, only
    /// those no later commit removed.
    fn added(&self, after: Option<u64>, upto: u64) -> Result<Vec<String>> {
        let mut files: Vec<String> = Vec::new();
        for (v, actions) in self.commits()? {
            if v > upto {
                break;
            }
            for a in actions {
                if let Some(p) = a["add"]["path"].as_str()
                    && after.is_none_or(|after| v > after)
                {
                    files.push(p.to_string());
                }
                if let Some(p) = a["remove"]["path"].as_str() {
                    files.retain(|f| f != p);
                }
            }
        }
        Ok(files)
    }

    fn read_files(&self, files: &[String], schema: &SchemaRef) -> Result<Vec<RecordBatch>> {
        let mut out = Vec::new();
        for f in files {
            let full = format!("{}/{f}", self.path);
            let (_, batches) = self.codec.read(&self.fs.read(&full)?, &full)?;
            out.extend(runnel_parquet::conform(batches, &full, schema)?);
        }
        Ok(out)
    }

    /// Writes one commit: `batch` as a Parquet file, the metadata on the first commit,
    /// removes of every live file when `replace`, and `extra` actions (txn).
    fn commit(
        &self,
        batch: Option<&RecordBatch>,
        replace: bool,
        extra: Vec<Value>,
        operation: &str,
        now_ms: i64,
        id: &str,
    ) -> Result<u64> {
        let latest = self.latest_version()?;
        let version = latest.map_or(0, |v| v + 1);
        let mut actions: Vec<Value> = vec![json!({"commitInfo": {
            "timestamp": now_ms, "operation": operation, "engineInfo": "Runnel (simulated Delta, in the page)"
        }})];
        if latest.is_none() {
            let schema = batch
                .map(|b| b.schema())
                .ok_or_else(|| RunnelError::internal("a new Delta table without rows"))?;
            actions.push(json!({"protocol": {"minReaderVersion": 1, "minWriterVersion": 2}}));
            actions.push(json!({"metaData": {
                "id": id,
                "format": {"provider": "parquet", "options": {}},
                "schemaString": schema_string(&schema).to_string(),
                "partitionColumns": [],
                "configuration": {},
                "createdTime": now_ms,
            }}));
        }
        actions.extend(extra);
        if replace && let Some(v) = latest {
            for f in self.added(None, v)? {
                actions.push(
                    json!({"remove": {"path": f, "deletionTimestamp": now_ms, "dataChange": true}}),
                );
            }
        }
        if let Some(b) = batch.filter(|b| b.num_rows() > 0) {
            let name = format!(
                "part-00000-{version:020}-{}-c000.snappy.parquet",
                &id[..8.min(id.len())]
            );
            let data = self.codec.write(b, "snappy")?;
            self.fs.write(&format!("{}/{name}", self.path), &data)?;
            actions.push(json!({"add": {
                "path": name, "partitionValues": {}, "size": data.len(),
                "modificationTime": now_ms, "dataChange": true
            }}));
        }
        let text: String = actions.iter().map(|a| format!("{a}\n")).collect();
        self.fs.write(
            &format!("{}/{version:020}.json", self.log_dir()),
            text.as_bytes(),
        )?;
        Ok(version)
    }

    /// The newest epoch a query committed here (its `txn` actions).
    fn txn_version(&self, app_id: &str) -> Result<Option<i64>> {
        let mut best = None;
        for (_, actions) in self.commits()? {
            for a in actions {
                if a["txn"]["appId"].as_str() == Some(app_id) {
                    best = best.max(a["txn"]["version"].as_i64());
                }
            }
        }
        Ok(best)
    }
}

/// Spark's (and Delta's) JSON schema of an Arrow schema.
fn schema_string(schema: &Schema) -> Value {
    json!({"type": "struct", "fields": schema.fields().iter().map(|f| json!({
        "name": f.name(), "type": type_json(f.data_type()), "nullable": f.is_nullable(), "metadata": {}
    })).collect::<Vec<_>>()})
}

fn type_json(t: &DataType) -> Value {
    match t {
        DataType::Utf8 | DataType::LargeUtf8 => "string".into(),
        DataType::Int64 => "long".into(),
        DataType::Int32 => "integer".into(),
        DataType::Int16 => "short".into(),
        DataType::Int8 => "byte".into(),
        DataType::Float64 => "double".into(),
        DataType::Float32 => "float".into(),
        DataType::Boolean => "boolean".into(),
        DataType::Date32 => "date".into(),
        DataType::Timestamp(_, Some(_)) => "timestamp".into(),
        DataType::Timestamp(_, None) => "timestamp_ntz".into(),
        DataType::Binary => "binary".into(),
        DataType::Decimal128(p, s) => format!("decimal({p},{s})").into(),
        DataType::Struct(fs) => schema_string(&Schema::new(fs.clone())),
        DataType::List(f) => {
            json!({"type": "array", "elementType": type_json(f.data_type()), "containsNull": true})
        }
        other => format!("{other}").into(),
    }
}

fn struct_fields(v: &Value) -> Result<Vec<Field>> {
    v["fields"]
        .as_array()
        .ok_or_else(|| RunnelError::io("Delta schemaString without fields"))?
        .iter()
        .map(|f| {
            Ok(Field::new(
                f["name"].as_str().unwrap_or_default(),
                json_type(&f["type"])?,
                true,
            ))
        })
        .collect()
}

fn json_type(v: &Value) -> Result<DataType> {
    Ok(match v {
        Value::String(s) => match s.as_str() {
            "string" => DataType::Utf8,
            "long" => DataType::Int64,
            "integer" => DataType::Int32,
            "short" => DataType::Int16,
            "byte" => DataType::Int8,
            "double" => DataType::Float64,
            "float" => DataType::Float32,
            "boolean" => DataType::Boolean,
            "date" => DataType::Date32,
            "timestamp" => DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
            "timestamp_ntz" => DataType::Timestamp(TimeUnit::Microsecond, None),
            "binary" => DataType::Binary,
            d if d.starts_with("decimal(") => runnel_core::types::parse_data_type(d)?,
            other => {
                return Err(RunnelError::io(format!(
                    "Delta type {other} is not simulated in the page"
                )));
            }
        },
        Value::Object(o) if o.get("type").and_then(Value::as_str) == Some("struct") => {
            DataType::Struct(struct_fields(v)?.into())
        }
        Value::Object(o) if o.get("type").and_then(Value::as_str) == Some("array") => {
            DataType::List(Arc::new(Field::new(
                "element",
                json_type(&v["elementType"])?,
                true,
            )))
        }
        other => {
            return Err(RunnelError::io(format!(
                "Delta type {other} is not simulated in the page"
            )));
        }
    })
}

fn table_path(path: &Option<String>) -> Result<String> {
    path.clone().ok_or_else(|| {
        RunnelError::analysis_plain(
            "'path' is not specified: give the Delta table's folder with .option(\"path\", ...) or load(path)",
        )
    })
}

/// Appends rows (JSON lines of `schema`) to the table at `path` as one commit: how the
/// page adds a new version to a course example's input table.
pub fn append_json(
    fs: FileSystemRef,
    codec: Rc<dyn ParquetCodec>,
    path: &str,
    text: &str,
    schema: SchemaRef,
    now_ms: i64,
    id: &str,
) -> Result<u64> {
    let mut d = runnel_core::io::json::JsonDecoder::new(schema, Default::default());
    d.decode(text.as_bytes(), path)?;
    let batch = d.flush()?;
    Table::new(fs, path, codec).commit(Some(&batch), false, vec![], "WRITE", now_ms, id)
}

impl DataSourceProvider for SimDelta {
    fn formats(&self) -> Vec<&'static str> {
        vec!["delta"]
    }

    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        let table = Table::new(
            req.session.file_system(),
            &table_path(&req.path)?,
            self.codec.clone(),
        );
        let schema = match table.schema()? {
            Some(s) => s,
            None => {
                return Err(RunnelError::analysis(
                    "DELTA_TABLE_NOT_FOUND",
                    format!(
                        "{} is not a Delta table (no _delta_log in the page's files). Add a version to it first.",
                        table.path
                    ),
                ));
            }
        };
        Ok(Rc::new(RefCell::new(DeltaSource { table, schema })))
    }

    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        let table = Table::new(
            req.session.file_system(),
            &table_path(&req.path)?,
            self.codec.clone(),
        );
        let (Some(schema), Some(v)) = (table.schema()?, table.latest_version()?) else {
            return Err(RunnelError::analysis(
                "DELTA_TABLE_NOT_FOUND",
                format!("{} is not a Delta table", table.path),
            ));
        };
        let files = table.added(None, v)?;
        Ok((schema.clone(), table.read_files(&files, &schema)?))
    }

    fn stream_sink(&self, req: &SinkRequest) -> Result<SinkRef> {
        if req.mode == OutputMode::Update {
            return Err(RunnelError::analysis_plain(
                "Data source delta does not support Update output mode. Use append or complete.",
            ));
        }
        Ok(Rc::new(RefCell::new(DeltaSink {
            table: Table::new(
                req.session.file_system(),
                &table_path(&req.path)?,
                self.codec.clone(),
            ),
            complete: req.mode == OutputMode::Complete,
            query_id: req.query_id.clone(),
            clock: req.session.clock(),
        })))
    }

    fn batch_write(
        &self,
        req: &SinkRequest,
        save_mode: &str,
        batches: &[RecordBatch],
    ) -> Result<()> {
        let table = Table::new(
            req.session.file_system(),
            &table_path(&req.path)?,
            self.codec.clone(),
        );
        let all = arrow_select_concat(&req.schema, batches)?;
        let overwrite = save_mode.eq_ignore_ascii_case("overwrite");
        let id = req.session.new_uuid();
        table.commit(
            Some(&all),
            overwrite,
            vec![],
            "WRITE",
            (req.session.clock())(),
            &id,
        )?;
        Ok(())
    }
}

fn arrow_select_concat(schema: &SchemaRef, batches: &[RecordBatch]) -> Result<RecordBatch> {
    if batches.is_empty() {
        return Ok(RecordBatch::new_empty(schema.clone()));
    }
    Ok(arrow_select::concat::concat_batches(
        &batches[0].schema(),
        batches,
    )?)
}

struct DeltaSource {
    table: Table,
    schema: SchemaRef,
}

fn version_of(o: Option<&Offset>) -> Option<u64> {
    o.and_then(|o| o["reservoirVersion"].as_u64())
}

impl Source for DeltaSource {
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    /// Delta's source has admission control and reports no latest offset.
    fn reported_latest_offset(&self, _end: Option<&Offset>) -> Option<Offset> {
        None
    }

    fn latest_offset(&mut self, _start: Option<&Offset>) -> Result<Option<Offset>> {
        Ok(self
            .table
            .latest_version()?
            .map(|v| json!({"sourceVersion": 1, "reservoirVersion": v})))
    }

    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        let upto = version_of(Some(end))
            .ok_or_else(|| RunnelError::io(format!("not a Delta source offset: {end}")))?;
        let files = self.table.added(version_of(start), upto)?;
        self.table.read_files(&files, &self.schema)
    }

    fn description(&self) -> String {
        format!("DeltaSource[{}] (simulated in the page)", self.table.path)
    }
}

struct DeltaSink {
    table: Table,
    complete: bool,
    query_id: String,
    clock: ClockFn,
}

impl Sink for DeltaSink {
    fn add_batch(&mut self, epoch_id: i64, _schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        if self
            .table
            .txn_version(&self.query_id)?
            .is_some_and(|v| v >= epoch_id)
        {
            return Ok(()); // written before a restart: Delta's txn makes the replay a no-op
        }
        if batch.num_rows() == 0 && !self.complete && self.table.latest_version()?.is_some() {
            // An empty append adds nothing: no commit (a replay of it writes nothing either).
            return Ok(());
        }
        let now = (self.clock)();
        let txn = json!({"txn": {"appId": self.query_id, "version": epoch_id, "lastUpdated": now}});
        let op = if self.complete {
            "STREAMING UPDATE (Complete)"
        } else {
            "STREAMING UPDATE (Append)"
        };
        self.table.commit(
            Some(batch),
            self.complete,
            vec![txn],
            op,
            now,
            &self.query_id,
        )?;
        Ok(())
    }

    fn description(&self) -> String {
        format!("DeltaSink[{}] (simulated in the page)", self.table.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use runnel_core::io::file::MemoryFileSystem;

    #[test]
    fn versions_become_batches_and_the_log_is_delta_shaped() {
        let fs: FileSystemRef = Rc::new(MemoryFileSystem::new());
        let codec: Rc<dyn ParquetCodec> = Rc::new(runnel_parquet::BuiltinCodec);
        let schema: SchemaRef = Arc::new(Schema::new(vec![
            Field::new("category", DataType::Utf8, true),
            Field::new("value", DataType::Float64, true),
        ]));
        append_json(
            fs.clone(),
            codec.clone(),
            "/t",
            "{\"category\":\"a\",\"value\":1}\n",
            schema.clone(),
            1,
            "abcdefgh",
        )
        .unwrap();
        append_json(
            fs.clone(),
            codec.clone(),
            "/t",
            "{\"category\":\"b\",\"value\":2}\n",
            schema.clone(),
            2,
            "abcdefgh",
        )
        .unwrap();
        let t = Table::new(fs.clone(), "/t", codec);
        assert_eq!(t.latest_version().unwrap(), Some(1));
        assert_eq!(t.schema().unwrap().unwrap().fields().len(), 2);
        let mut src = DeltaSource { table: t, schema };
        let end = src.latest_offset(None).unwrap().unwrap();
        let rows: usize = src
            .get_batch(None, &end)
            .unwrap()
            .iter()
            .map(|b| b.num_rows())
            .sum();
        assert_eq!(rows, 2);
        let first = json!({"sourceVersion": 1, "reservoirVersion": 0});
        let rows: usize = src
            .get_batch(Some(&first), &end)
            .unwrap()
            .iter()
            .map(|b| b.num_rows())
            .sum();
        assert_eq!(rows, 1, "only version 1 after version 0");
        let log =
            String::from_utf8(fs.read("/t/_delta_log/00000000000000000000.json").unwrap()).unwrap();
        assert!(
            log.contains("\"protocol\"") && log.contains("\"metaData\"") && log.contains("\"add\"")
        );
    }
}
