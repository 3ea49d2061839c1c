//! Delta Lake source and sink (`format("delta")`) over delta-rs (the `deltalake` crate).
//!
//! delta-rs reads table snapshots (checkpoints included) and commits; Runnel writes the
//! Parquet data files itself, with the same writer as its Parquet sink.
//!
//! The sink is exactly-once as Spark's Delta sink is: each epoch's commit carries a
//! `txn` action with `appId` = the query id and `version` = the epoch, and an epoch the
//! table already holds (replayed after a crash) is skipped. Append mode adds the epoch's
//! files; complete mode removes every file of the table and adds the new ones in the
//! same commit.
//!
//! The source turns table versions into micro-batches as Spark's does: first the files of
//! the snapshot it starts from, then the files each later commit adds, limited per
//! trigger by `maxFilesPerTrigger` (1000) and `maxBytesPerTrigger`. The offset is Spark's
//! `(reservoirVersion, index, isStartingVersion)`. Commits that remove or change data
//! stop the query unless `skipChangeCommits` (or `ignoreDeletes` for pure deletes) is set.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::{Array, ArrayRef, RecordBatch, new_null_array};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use deltalake::DeltaTable;
use deltalake::kernel::transaction::{CommitBuilder, CommitProperties};
use deltalake::kernel::{Action, Add, Remove, Transaction};
use deltalake::protocol::{DeltaOperation, OutputMode as DeltaOutputMode, SaveMode};
use serde_json::{Value, json};

use runnel_core::error::{Result, RunnelError};
use runnel_core::io::json_write::text_value;
use runnel_core::io::{Offset, Sink, SinkRef, Source, SourceRef};
use runnel_core::mode::OutputMode;
use runnel_core::session::{DataSourceProvider, SinkRequest, SourceRequest};

use crate::checkpoint_dir::write_atomic;
use crate::files::decode_parquet;

/// `format("delta")`.
#[derive(Debug, Default)]
pub struct DeltaProvider;

fn derr(path: &Path, what: &str, e: impl std::fmt::Display) -> RunnelError {
    RunnelError::io(format!("Delta table {}: {what}: {e}", path.display()))
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| RunnelError::io(format!("cannot start the Delta I/O runtime: {e}")))
}

fn table_url(path: &Path) -> Result<url::Url> {
    let abs = std::path::absolute(path)
        .map_err(|e| RunnelError::io(format!("bad table path {}: {e}", path.display())))?;
    url::Url::from_directory_path(&abs)
        .map_err(|_| RunnelError::io(format!("bad table path {}", abs.display())))
}

/// A table handle with its own I/O runtime.
struct Table {
    dir: PathBuf,
    rt: tokio::runtime::Runtime,
    table: DeltaTable,
}

impl Table {
    /// Opens (loads the latest version of) the table at `dir`; a missing table is not an error.
    fn open(dir: &Path) -> Result<Table> {
        let rt = runtime()?;
        let url = table_url(dir)?;
        let table = rt
            .block_on(DeltaTable::try_from_url(url))
            .map_err(|e| derr(dir, "cannot open", e))?;
        Ok(Table {
            dir: dir.to_path_buf(),
            rt,
            table,
        })
    }

    fn exists(&self) -> bool {
        self.table.version().is_some()
    }

    fn reload(&mut self) -> Result<()> {
        if self.exists() {
            self.rt
                .block_on(self.table.update_state())
                .map_err(|e| derr(&self.dir, "cannot load", e))?;
        } else {
            let url = table_url(&self.dir)?;
            self.table = self
                .rt
                .block_on(DeltaTable::try_from_url(url))
                .map_err(|e| derr(&self.dir, "cannot open", e))?;
        }
        Ok(())
    }

    fn arrow_schema(&self) -> Result<SchemaRef> {
        let snap = self
            .table
            .snapshot()
            .map_err(|e| derr(&self.dir, "no snapshot", e))?;
        Ok(snap.snapshot().arrow_schema())
    }

    fn partition_columns(&self) -> Result<Vec<String>> {
        let snap = self
            .table
            .snapshot()
            .map_err(|e| derr(&self.dir, "no snapshot", e))?;
        Ok(snap.metadata().partition_columns().to_vec())
    }

    /// Active files of the loaded version, in the source's order (modification time,
    /// path), numbered as that version's entries.
    fn files(&self) -> Result<Vec<SourceFile>> {
        let snap = self
            .table
            .snapshot()
            .map_err(|e| derr(&self.dir, "no snapshot", e))?;
        let mut out: Vec<(i64, SourceFile)> = snap
            .log_data()
            .iter()
            .map(|f| {
                (
                    f.modification_time(),
                    SourceFile {
                        version: 0,
                        index: 0,
                        path: f.path().into_owned(),
                        size: f.size(),
                        partition_values: f.partition_values_map(),
                    },
                )
            })
            .collect();
        out.sort_by(|a, b| (a.0, &a.1.path).cmp(&(b.0, &b.1.path)));
        let version = self.table.version().unwrap_or(0) as i64;
        Ok(out
            .into_iter()
            .enumerate()
            .map(|(i, (_, f))| SourceFile {
                version,
                index: i as i64,
                ..f
            })
            .collect())
    }

    fn removes(&self) -> Result<Vec<Remove>> {
        let snap = self
            .table
            .snapshot()
            .map_err(|e| derr(&self.dir, "no snapshot", e))?;
        Ok(snap
            .log_data()
            .iter()
            .map(|f| f.remove_action(true))
            .collect())
    }

    fn txn_version(&self, app_id: &str) -> Result<Option<i64>> {
        if !self.exists() {
            return Ok(None);
        }
        let snap = self
            .table
            .snapshot()
            .map_err(|e| derr(&self.dir, "no snapshot", e))?;
        self.rt
            .block_on(snap.transaction_version(self.table.log_store().as_ref(), app_id))
            .map_err(|e| derr(&self.dir, "cannot read transaction versions", e))
    }

    /// Creates the table with `schema`, partitioned by `partition_by`.
    fn create(&mut self, schema: &Schema, partition_by: &[String]) -> Result<()> {
        use deltalake::kernel::engine::arrow_conversion::TryIntoKernel;
        let kernel: deltalake::kernel::StructType = schema
            .try_into_kernel()
            .map_err(|e| derr(&self.dir, "the schema has a type Delta cannot store", e))?;
        std::fs::create_dir_all(&self.dir).map_err(|e| derr(&self.dir, "cannot create", e))?;
        let builder = self
            .table
            .create()
            .with_columns(kernel.fields().cloned())
            .with_partition_columns(partition_by.to_vec())
            .with_save_mode(SaveMode::Ignore);
        self.table = self
            .rt
            .block_on(builder.into_future())
            .map_err(|e| derr(&self.dir, "cannot create", e))?;
        Ok(())
    }

    fn commit(
        &mut self,
        actions: Vec<Action>,
        op: DeltaOperation,
        txn: Option<Transaction>,
    ) -> Result<i64> {
        let mut props = CommitProperties::default();
        if let Some(t) = txn {
            props = props.with_application_transaction(t);
        }
        let snap = self
            .table
            .snapshot()
            .map_err(|e| derr(&self.dir, "no snapshot", e))?;
        let fut = CommitBuilder::from(props).with_actions(actions).build(
            Some(snap),
            self.table.log_store(),
            op,
        );
        let done = self
            .rt
            .block_on(fut.into_future())
            .map_err(|e| derr(&self.dir, "commit failed", e))?;
        let v = done.version();
        self.reload()?;
        Ok(v as i64)
    }

    /// The commit JSON of `version`, as actions (`{"add": {...}}` per line).
    fn commit_actions(&self, version: i64) -> Result<Option<Vec<Value>>> {
        let bytes = self
            .rt
            .block_on(self.table.log_store().read_commit_entry(version as u64))
            .map_err(|e| derr(&self.dir, &format!("cannot read version {version}"), e))?;
        let Some(bytes) = bytes else { return Ok(None) };
        let text = String::from_utf8_lossy(&bytes);
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            out.push(serde_json::from_str(line).map_err(|e| {
                derr(
                    &self.dir,
                    &format!("_delta_log/{version:020}.json line {}", i + 1),
                    e,
                )
            })?);
        }
        Ok(Some(out))
    }

    fn latest_version(&self) -> Result<Option<i64>> {
        if !self.exists() {
            return Ok(None);
        }
        let v = self
            .rt
            .block_on(self.table.get_latest_version())
            .map_err(|e| derr(&self.dir, "cannot list versions", e))?;
        Ok(Some(v as i64))
    }
}

fn percent_path(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/=".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(p: &str) -> String {
    let bytes = p.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(v) = u8::from_str_radix(&p[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn new_file_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!(
        "part-00000-{:032x}-{}-c000.snappy.parquet",
        nanos,
        std::process::id()
    )
}

/// Writes `batch` as Parquet files under the table, split by `partition_by`; returns the add actions.
fn write_files(dir: &Path, batch: &RecordBatch, partition_by: &[String]) -> Result<Vec<Add>> {
    if batch.num_rows() == 0 {
        return Ok(vec![]);
    }
    let schema = batch.schema();
    let idx: Vec<usize> = partition_by
        .iter()
        .map(|p| {
            schema.index_of(p).map_err(|_| {
                RunnelError::analysis_plain(format!(
                    "partition column `{p}` is not in the rows being written to {}",
                    dir.display()
                ))
            })
        })
        .collect::<Result<_>>()?;
    let mut groups: BTreeMap<Vec<Option<String>>, Vec<u32>> = BTreeMap::new();
    for r in 0..batch.num_rows() {
        let key = idx
            .iter()
            .map(|&i| {
                let c = batch.column(i);
                (!c.is_null(r)).then(|| text_value(c.as_ref(), r))
            })
            .collect();
        groups.entry(key).or_default().push(r as u32);
    }
    let keep: Vec<usize> = (0..schema.fields().len())
        .filter(|i| !idx.contains(i))
        .collect();
    let data_schema = Arc::new(schema.project(&keep)?);
    let mut adds = Vec::new();
    for (values, rows) in groups {
        let take = arrow_array::UInt32Array::from(rows);
        let cols: Vec<ArrayRef> = keep
            .iter()
            .map(|&i| arrow_select::take::take(batch.column(i).as_ref(), &take, None))
            .collect::<std::result::Result<_, _>>()?;
        let part = RecordBatch::try_new(data_schema.clone(), cols)?;
        let mut rel = String::new();
        let mut pv = HashMap::new();
        for (name, v) in partition_by.iter().zip(&values) {
            let shown = v
                .clone()
                .unwrap_or_else(|| "__HIVE_DEFAULT_PARTITION__".into());
            rel.push_str(&format!("{name}={shown}/"));
            pv.insert(name.clone(), v.clone());
        }
        rel.push_str(&new_file_name());
        let bytes = crate::files::encode_parquet(&part, "snappy")?;
        let full = dir.join(&rel);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).map_err(|e| derr(dir, "cannot create a folder", e))?;
        }
        write_atomic(&full, &bytes)?;
        adds.push(Add {
            path: percent_path(&rel),
            partition_values: pv,
            size: bytes.len() as i64,
            modification_time: now_ms(),
            data_change: true,
            stats: Some(json!({ "numRecords": part.num_rows() }).to_string()),
            tags: None,
            deletion_vector: None,
            base_row_id: None,
            default_row_commit_version: None,
            clustering_provider: None,
        });
    }
    Ok(adds)
}

/// Same column names and types (Delta keeps every column nullable).
fn same_columns(a: &Schema, b: &Schema) -> bool {
    a.fields().len() == b.fields().len()
        && a.fields()
            .iter()
            .zip(b.fields())
            .all(|(x, y)| x.name() == y.name() && types_match(x.data_type(), y.data_type()))
}

fn types_match(a: &DataType, b: &DataType) -> bool {
    match (a, b) {
        (DataType::Timestamp(u1, _), DataType::Timestamp(u2, _)) => u1 == u2,
        (DataType::Struct(x), DataType::Struct(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|(f, g)| f.name() == g.name() && types_match(f.data_type(), g.data_type()))
        }
        (DataType::List(x), DataType::List(y)) => types_match(x.data_type(), y.data_type()),
        _ => a == b,
    }
}

fn partition_option(options: &BTreeMap<String, String>) -> Vec<String> {
    options
        .get("__partition_by")
        .map(|v| {
            v.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// The streaming Delta sink.
pub struct DeltaSink {
    table: Table,
    partition_by: Vec<String>,
    complete: bool,
    merge_schema: bool,
    query_id: String,
    last_epoch: Option<i64>,
}

impl DeltaSink {
    fn new(req: &SinkRequest) -> Result<Self> {
        let dir = req.path.clone().ok_or_else(|| {
            RunnelError::analysis_plain(
                "'path' is not specified: give the Delta table's folder with .option(\"path\", ...) or start(path)",
            )
        })?;
        // delta-rs opens only folders that exist; a new table starts as an empty one.
        std::fs::create_dir_all(&dir)
            .map_err(|e| derr(Path::new(&dir), "cannot create the table's folder", e))?;
        Ok(DeltaSink {
            table: Table::open(Path::new(&dir))?,
            partition_by: partition_option(req.options),
            complete: req.mode == OutputMode::Complete,
            merge_schema: req
                .options
                .get("mergeschema")
                .is_some_and(|v| v.eq_ignore_ascii_case("true")),
            query_id: req.query_id.clone(),
            last_epoch: None,
        })
    }

    /// Makes sure the table exists with the batch's columns. With `mergeSchema`, columns
    /// the table lacks are added (a metadata action for the epoch's commit); a column
    /// whose type differs is refused either way.
    fn ensure_table(&mut self, schema: &Schema) -> Result<Option<Action>> {
        if !self.table.exists() {
            self.table.create(schema, &self.partition_by)?;
            return Ok(None);
        }
        let existing = self.table.arrow_schema()?;
        if same_columns(&existing, schema) {
            return Ok(None);
        }
        let mismatch = || {
            RunnelError::analysis(
                "DELTA_FAILED_TO_MERGE_FIELDS",
                format!(
                    "A schema mismatch detected when writing to the Delta table at {}.\nTable schema: {}\nData schema: {}\nSelect the table's columns with the table's types, set .option(\"mergeSchema\", \"true\") to add new columns, or write to a new table.",
                    self.table.dir.display(),
                    runnel_core::types::simple_string(&DataType::Struct(existing.fields().clone())),
                    runnel_core::types::simple_string(&DataType::Struct(schema.fields().clone())),
                ),
            )
        };
        let mut fields: Vec<Field> = existing
            .fields()
            .iter()
            .map(|f| f.as_ref().clone())
            .collect();
        for f in schema.fields() {
            match existing.field_with_name(f.name()) {
                Ok(e) if types_match(e.data_type(), f.data_type()) => {}
                Ok(_) => return Err(mismatch()),
                Err(_) if self.merge_schema => fields.push(f.as_ref().clone().with_nullable(true)),
                Err(_) => return Err(mismatch()),
            }
        }
        if fields.len() == existing.fields().len() {
            // Fewer columns than the table: readers give NULL for the missing ones.
            return Ok(None);
        }
        use deltalake::kernel::MetadataExt;
        use deltalake::kernel::engine::arrow_conversion::TryIntoKernel;
        let merged: deltalake::kernel::StructType =
            (&Schema::new(fields)).try_into_kernel().map_err(|e| {
                derr(
                    &self.table.dir,
                    "the schema has a type Delta cannot store",
                    e,
                )
            })?;
        let snap = self
            .table
            .table
            .snapshot()
            .map_err(|e| derr(&self.table.dir, "no snapshot", e))?;
        let meta = snap
            .metadata()
            .clone()
            .with_schema(&merged)
            .map_err(|e| derr(&self.table.dir, "cannot change the schema", e))?;
        Ok(Some(Action::Metadata(meta)))
    }
}

impl DeltaSink {
    /// The first epoch a (restarted) query writes follows the last one its checkpoint
    /// committed, and that one reached the table first (Spark's order: the sink's
    /// commit, then the checkpoint's). A table whose `txn` for this query is older
    /// lost commits after they were made (a deleted or emptied `_delta_log/N.json`, a
    /// table restored to an older version): Spark's Delta sink would go on and those
    /// batches' rows would be gone for good, so the query stops before writing anything
    /// and says how to get them back. A table without this query's `txn` at all is a new
    /// table the checkpoint was pointed at, which Spark writes from here on too.
    fn check_no_epoch_lost(&self, done: Option<i64>, epoch_id: i64) -> Result<()> {
        let Some(v) = done else { return Ok(()) };
        if v + 1 >= epoch_id {
            return Ok(());
        }
        let version = self.table.table.version().unwrap_or(0);
        let lost = if v + 2 == epoch_id {
            format!("batch {}", v + 1)
        } else {
            format!("batches {} to {}", v + 1, epoch_id - 1)
        };
        Err(RunnelError::io(format!(
            "the Delta table at {dir} holds this query's batches up to {v} (its last commit is {dir}/_delta_log/{version:020}.json), but the query's checkpoint committed {lost} to it: the table's commit of {lost} was deleted, emptied or rolled back. Restore the table's _delta_log, or start the query with a new checkpointLocation (it then writes its whole input again).",
            dir = self.table.dir.display(),
        )))
    }
}

impl Sink for DeltaSink {
    fn add_batch(&mut self, epoch_id: i64, schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        if self.last_epoch.is_some_and(|e| e >= epoch_id) {
            return Ok(());
        }
        self.table.reload()?;
        let done = self.table.txn_version(&self.query_id)?;
        if done.is_some_and(|v| v >= epoch_id) {
            // The table already has this epoch: a replay after a crash.
            self.last_epoch = Some(epoch_id);
            return Ok(());
        }
        if self.last_epoch.is_none() {
            self.check_no_epoch_lost(done, epoch_id)?;
        }
        let meta = self.ensure_table(schema)?;
        let adds = write_files(&self.table.dir, batch, &self.partition_by)?;
        let mut actions: Vec<Action> = meta.into_iter().collect();
        if self.complete {
            actions.extend(self.table.removes()?.into_iter().map(Action::Remove));
        }
        actions.extend(adds.into_iter().map(Action::Add));
        let op = DeltaOperation::StreamingUpdate {
            output_mode: if self.complete {
                DeltaOutputMode::Complete
            } else {
                DeltaOutputMode::Append
            },
            query_id: self.query_id.clone(),
            epoch_id,
        };
        self.table.commit(
            actions,
            op,
            Some(Transaction::new_with_last_update(
                &self.query_id,
                epoch_id,
                Some(now_ms()),
            )),
        )?;
        self.last_epoch = Some(epoch_id);
        Ok(())
    }

    fn description(&self) -> String {
        format!("DeltaSink[{}]", self.table.dir.display())
    }

    fn attach_log(
        &mut self,
        _store: runnel_core::state::CheckpointRef,
        _dir: &str,
        query_id: &str,
    ) -> Result<()> {
        self.query_id = query_id.to_string();
        Ok(())
    }
}

/// One data file in the source's order.
#[derive(Debug, Clone)]
struct SourceFile {
    version: i64,
    index: i64,
    path: String,
    size: i64,
    partition_values: HashMap<String, Option<String>>,
}

/// The streaming Delta source.
pub struct DeltaSource {
    table: Table,
    schema: SchemaRef,
    partition_columns: Vec<String>,
    table_id: String,
    starting_version: Option<StartingVersion>,
    max_files: usize,
    max_bytes: Option<i64>,
    ignore_deletes: bool,
    skip_change_commits: bool,
    /// The starting snapshot's files, once read.
    snapshot: Option<(i64, Vec<SourceFile>)>,
    /// Files added by each later version, once read.
    versions: BTreeMap<i64, Vec<SourceFile>>,
}

#[derive(Debug, Clone, Copy)]
enum StartingVersion {
    Latest,
    At(i64),
}

/// Spark's DeltaSourceOffset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DeltaOffset {
    version: i64,
    index: i64,
    starting: bool,
}

impl DeltaOffset {
    fn to_json(self, table_id: &str) -> Offset {
        json!({
            "sourceVersion": 1,
            "reservoirId": table_id,
            "reservoirVersion": self.version,
            "index": self.index,
            "isStartingVersion": self.starting,
        })
    }

    fn parse(v: &Offset) -> Result<Self> {
        let get = |k: &str| v.get(k).and_then(Value::as_i64);
        match (get("reservoirVersion"), get("index")) {
            (Some(version), Some(index)) => Ok(DeltaOffset {
                version,
                index,
                starting: v
                    .get("isStartingVersion")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
            }),
            _ => Err(RunnelError::io(format!(
                "{v} is not a Delta source offset (reservoirVersion, index)"
            ))),
        }
    }
}

fn file_of(add: &Value, version: i64, index: i64) -> Option<SourceFile> {
    let path = add.get("path")?.as_str()?.to_string();
    let size = add.get("size").and_then(Value::as_i64).unwrap_or(0);
    let pv = add
        .get("partitionValues")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().map(str::to_string)))
                .collect()
        })
        .unwrap_or_default();
    Some(SourceFile {
        version,
        index,
        path,
        size,
        partition_values: pv,
    })
}

impl DeltaSource {
    fn snapshot_files(&mut self) -> Result<(i64, Vec<SourceFile>)> {
        if let Some(s) = &self.snapshot {
            return Ok(s.clone());
        }
        let version = self.table.table.version().unwrap_or(0) as i64;
        let files = self.table.files()?;
        self.snapshot = Some((version, files.clone()));
        Ok((version, files))
    }

    /// Files added by `version`; errors on changes to existing data unless told to skip.
    fn version_files(&mut self, version: i64) -> Result<Option<Vec<SourceFile>>> {
        if let Some(f) = self.versions.get(&version) {
            return Ok(Some(f.clone()));
        }
        let Some(actions) = self.table.commit_actions(version)? else {
            return Ok(None);
        };
        let mut adds = Vec::new();
        let mut removes = false;
        let mut changed_adds = false;
        for a in &actions {
            if let Some(add) = a.get("add") {
                if add.get("dataChange").and_then(Value::as_bool) != Some(false) {
                    adds.push(add.clone());
                }
            } else if let Some(r) = a.get("remove")
                && r.get("dataChange").and_then(Value::as_bool) != Some(false)
            {
                removes = true;
            }
        }
        if removes && !adds.is_empty() {
            changed_adds = true;
        }
        let files: Vec<SourceFile> = if removes {
            let allowed = self.skip_change_commits || (self.ignore_deletes && !changed_adds);
            if !allowed {
                return Err(RunnelError::execution(
                    if changed_adds {
                        "DELTA_SOURCE_TABLE_IGNORE_CHANGES"
                    } else {
                        "DELTA_SOURCE_IGNORE_DELETE"
                    },
                    format!(
                        "Detected a data update (for example a delete or an overwrite) in the source table at version {version} ({}). This is currently not supported. If this is going to happen regularly and you are okay to skip changes, set the option 'skipChangeCommits' to 'true'.",
                        self.table.dir.display()
                    ),
                ));
            }
            Vec::new()
        } else {
            adds.iter()
                .enumerate()
                .filter_map(|(i, a)| file_of(a, version, i as i64))
                .collect()
        };
        self.versions.insert(version, files.clone());
        Ok(Some(files))
    }

    /// Files after `start`, in order, up to the table's latest version.
    fn files_after(&mut self, start: Option<DeltaOffset>) -> Result<Vec<SourceFile>> {
        let latest = match self.table.latest_version()? {
            Some(v) => v,
            None => return Ok(vec![]),
        };
        let mut out = Vec::new();
        let first_version = match start {
            None => match self.starting_version {
                None => {
                    let (v, files) = self.snapshot_files()?;
                    out.extend(files);
                    v + 1
                }
                Some(StartingVersion::Latest) => latest + 1,
                Some(StartingVersion::At(v)) => v,
            },
            Some(o) if o.starting => {
                let (v, files) = if self.snapshot.as_ref().is_some_and(|s| s.0 == o.version) {
                    self.snapshot_files()?
                } else {
                    self.table_at(o.version)?
                };
                out.extend(files.into_iter().filter(|f| f.index > o.index));
                v + 1
            }
            Some(o) => {
                if let Some(files) = self.version_files(o.version)? {
                    out.extend(files.into_iter().filter(|f| f.index > o.index));
                }
                o.version + 1
            }
        };
        for v in first_version..=latest {
            if let Some(files) = self.version_files(v)? {
                out.extend(files);
            }
            if out.len() > self.max_files * 2 + 1000 {
                break;
            }
        }
        Ok(out)
    }

    /// The snapshot at `version` (a restart that resumes inside the starting snapshot).
    fn table_at(&mut self, version: i64) -> Result<(i64, Vec<SourceFile>)> {
        let mut t = Table::open(&self.table.dir)?;
        t.rt.block_on(t.table.load_version(version as u64))
            .map_err(|e| derr(&t.dir, &format!("cannot load version {version}"), e))?;
        let files = t.files()?;
        self.snapshot = Some((version, files.clone()));
        Ok((version, files))
    }

    fn read_file(&self, f: &SourceFile) -> Result<Vec<RecordBatch>> {
        let full = self.table.dir.join(percent_decode(&f.path));
        let shown = full.display().to_string();
        let data = std::fs::read(&full).map_err(|e| {
            RunnelError::io(format!(
                "Delta table {}: data file {shown} (version {}) cannot be read: {e}",
                self.table.dir.display(),
                f.version
            ))
        })?;
        let data_fields: Vec<Field> = self
            .schema
            .fields()
            .iter()
            .filter(|fl| !self.partition_columns.contains(fl.name()))
            .map(|fl| fl.as_ref().clone())
            .collect();
        let data_schema = Arc::new(Schema::new(data_fields));
        let batches = decode_parquet(&data, &shown, &data_schema)?;
        let mut out = Vec::new();
        for b in batches {
            let mut cols = Vec::new();
            for fl in self.schema.fields() {
                if self.partition_columns.contains(fl.name()) {
                    let v = f.partition_values.get(fl.name()).cloned().flatten();
                    cols.push(partition_column(
                        v.as_deref(),
                        fl.data_type(),
                        b.num_rows(),
                    )?);
                } else {
                    let i = data_schema.index_of(fl.name())?;
                    cols.push(b.column(i).clone());
                }
            }
            out.push(RecordBatch::try_new(self.schema.clone(), cols)?);
        }
        Ok(out)
    }
}

fn partition_column(v: Option<&str>, ty: &DataType, n: usize) -> Result<ArrayRef> {
    let Some(v) = v else {
        return Ok(new_null_array(ty, n));
    };
    let s: ArrayRef = Arc::new(arrow_array::StringArray::from(vec![v; n]));
    runnel_core::expr::cast::cast_array(&s, ty, true)
}

impl Source for DeltaSource {
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    /// Delta's source has admission control and reports no latest offset.
    fn reported_latest_offset(&self, _end: Option<&Offset>) -> Option<Offset> {
        None
    }

    fn latest_offset(&mut self, start: Option<&Offset>) -> Result<Option<Offset>> {
        let start = start.map(DeltaOffset::parse).transpose()?;
        self.table.reload()?;
        let files = self.files_after(start)?;
        let mut bytes = 0i64;
        let mut last = None;
        for (n, f) in files.iter().enumerate() {
            if n >= self.max_files {
                break;
            }
            if let Some(max) = self.max_bytes
                && n > 0
                && bytes + f.size > max
            {
                break;
            }
            bytes += f.size;
            last = Some(f);
        }
        let snapshot_version = self.snapshot.as_ref().map(|s| s.0);
        Ok(match last {
            Some(f) => Some(
                DeltaOffset {
                    version: f.version,
                    index: f.index,
                    starting: snapshot_version == Some(f.version)
                        && self.starting_version.is_none(),
                }
                .to_json(&self.table_id),
            ),
            None => start.map(|s| s.to_json(&self.table_id)),
        })
    }

    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        let start = start.map(DeltaOffset::parse).transpose()?;
        let end = DeltaOffset::parse(end)?;
        let files = self.files_after(start)?;
        let mut out = Vec::new();
        for f in files
            .iter()
            .take_while(|f| (f.version, f.index) <= (end.version, end.index))
        {
            out.extend(self.read_file(f)?);
        }
        Ok(out)
    }

    fn description(&self) -> String {
        format!("DeltaSource[file:{}]", self.table.dir.display())
    }
}

fn open_existing(req: &SourceRequest) -> Result<Table> {
    let dir = req.path.clone().ok_or_else(|| {
        RunnelError::analysis_plain(
            "'path' is not specified: give the Delta table's folder to load(...)",
        )
    })?;
    let t = Table::open(Path::new(&dir))?;
    if !t.exists() {
        return Err(RunnelError::analysis(
            "DELTA_TABLE_NOT_FOUND",
            format!(
                "`{}` is not a Delta table (no _delta_log with a commit). Write the table first, or check the path.",
                dir
            ),
        ));
    }
    Ok(t)
}

impl DataSourceProvider for DeltaProvider {
    fn formats(&self) -> Vec<&'static str> {
        vec!["delta"]
    }

    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        let o = req.options;
        let table = open_existing(req)?;
        let schema = table.arrow_schema()?;
        let partition_columns = table.partition_columns()?;
        let num = |k: &str| -> Result<Option<i64>> {
            match o.get(k) {
                None => Ok(None),
                Some(v) => v
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .map(Some)
                    .ok_or_else(|| {
                        RunnelError::analysis_plain(format!(
                            "option '{k}' must be a positive number, got {v:?}"
                        ))
                    }),
            }
        };
        let max_bytes = match o.get("maxbytespertrigger") {
            None => None,
            Some(v) => Some(parse_bytes(v).ok_or_else(|| {
                RunnelError::analysis_plain(format!(
                    "option 'maxBytesPerTrigger' must be a size like 10m or 1g, got {v:?}"
                ))
            })?),
        };
        let starting_version = match o.get("startingversion") {
            None => None,
            Some(v) if v.eq_ignore_ascii_case("latest") => Some(StartingVersion::Latest),
            Some(v) => Some(StartingVersion::At(v.trim().parse().map_err(|_| {
                RunnelError::analysis_plain(format!(
                    "option 'startingVersion' must be a version number or 'latest', got {v:?}"
                ))
            })?)),
        };
        let table_id = table
            .table
            .snapshot()
            .map(|s| s.metadata().id().to_string())
            .unwrap_or_default();
        let flag = |k: &str| o.get(k).is_some_and(|v| v.eq_ignore_ascii_case("true"));
        Ok(Rc::new(RefCell::new(DeltaSource {
            table,
            schema,
            partition_columns,
            table_id,
            starting_version,
            max_files: num("maxfilespertrigger")?.unwrap_or(1000) as usize,
            max_bytes,
            ignore_deletes: flag("ignoredeletes"),
            skip_change_commits: flag("skipchangecommits") || flag("ignorechanges"),
            snapshot: None,
            versions: BTreeMap::new(),
        })))
    }

    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        let mut table = open_existing(req)?;
        if let Some(v) = req.options.get("versionasof") {
            let v: i64 = v.trim().parse().map_err(|_| {
                RunnelError::analysis_plain(format!(
                    "option 'versionAsOf' must be a version number, got {v:?}"
                ))
            })?;
            table
                .rt
                .block_on(table.table.load_version(v as u64))
                .map_err(|e| derr(&table.dir, &format!("cannot load version {v}"), e))?;
        }
        let schema = table.arrow_schema()?;
        let src = DeltaSource {
            partition_columns: table.partition_columns()?,
            schema: schema.clone(),
            table_id: String::new(),
            starting_version: None,
            max_files: usize::MAX,
            max_bytes: None,
            ignore_deletes: false,
            skip_change_commits: false,
            snapshot: None,
            versions: BTreeMap::new(),
            table,
        };
        let mut out = Vec::new();
        for f in src.table.files()? {
            out.extend(src.read_file(&f)?);
        }
        Ok((schema, out))
    }

    fn stream_sink(&self, req: &SinkRequest) -> Result<SinkRef> {
        if req.mode == OutputMode::Update {
            return Err(RunnelError::analysis_plain(
                "Data source delta does not support Update output mode. Use append (with a watermark for aggregations) or complete.",
            ));
        }
        Ok(Rc::new(RefCell::new(DeltaSink::new(req)?)))
    }

    fn batch_write(
        &self,
        req: &SinkRequest,
        save_mode: &str,
        batches: &[RecordBatch],
    ) -> Result<()> {
        let mut sink = DeltaSink::new(req)?;
        let mode = save_mode.to_ascii_lowercase();
        let exists = sink.table.exists();
        match mode.as_str() {
            "ignore" if exists => return Ok(()),
            "error" | "errorifexists" | "default" if exists => {
                return Err(RunnelError::analysis(
                    "DELTA_PATH_EXISTS",
                    format!(
                        "Cannot write to already existent path {} without setting OVERWRITE = 'true'. Use .mode(\"append\") or .mode(\"overwrite\").",
                        sink.table.dir.display()
                    ),
                ));
            }
            _ => {}
        }
        let schema = batches
            .first()
            .map(|b| b.schema())
            .unwrap_or_else(|| req.schema.clone());
        let all = arrow_select::concat::concat_batches(&schema, batches)?;
        let overwrite = mode == "overwrite";
        if overwrite
            && exists
            && !same_columns(sink.table.arrow_schema()?.as_ref(), schema.as_ref())
        {
            return Err(RunnelError::not_supported(
                "overwriting a Delta table with a different schema (overwriteSchema) is not supported yet; write to a new path",
            ));
        }
        let meta = sink.ensure_table(&schema)?;
        let adds = write_files(&sink.table.dir, &all, &sink.partition_by)?;
        let mut actions: Vec<Action> = meta.into_iter().collect();
        if overwrite {
            actions.extend(sink.table.removes()?.into_iter().map(Action::Remove));
        }
        actions.extend(adds.into_iter().map(Action::Add));
        sink.table.commit(
            actions,
            DeltaOperation::Write {
                mode: if overwrite {
                    SaveMode::Overwrite
                } else {
                    SaveMode::Append
                },
                partition_by: (!sink.partition_by.is_empty()).then(|| sink.partition_by.clone()),
                predicate: None,
            },
            None,
        )?;
        Ok(())
    }
}

fn parse_bytes(v: &str) -> Option<i64> {
    let v = v.trim().to_ascii_lowercase();
    let (num, mult) = match v.trim_end_matches('b').chars().last()? {
        'k' => (&v[..v.trim_end_matches('b').len() - 1], 1i64 << 10),
        'm' => (&v[..v.trim_end_matches('b').len() - 1], 1 << 20),
        'g' => (&v[..v.trim_end_matches('b').len() - 1], 1 << 30),
        _ => (v.trim_end_matches('b'), 1),
    };
    num.trim().parse::<i64>().ok().map(|n| n * mult)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_uri_encoded_and_decoded() {
        let p = "cat=a b%c/part-0.parquet";
        let e = percent_path(p);
        assert_eq!(e, "cat=a%20b%25c/part-0.parquet");
        assert_eq!(percent_decode(&e), p);
    }

    #[test]
    fn byte_sizes_parse() {
        assert_eq!(parse_bytes("10m"), Some(10 << 20));
        assert_eq!(parse_bytes("1g"), Some(1 << 30));
        assert_eq!(parse_bytes("512"), Some(512));
        assert_eq!(parse_bytes("x"), None);
    }
}
