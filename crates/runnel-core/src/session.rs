//! `SparkSession`: configuration, the catalog (temp views, memory tables, memory
//! streams), the data source registry, and the streaming queries it started.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::{Schema, SchemaRef};

use crate::error::{Result, RunnelError};
use crate::io::file::{FileSystemRef, MemoryFileSystem};
use crate::io::memory::{MemoryStream, MemoryTableRef};
use crate::io::{SinkRef, SourceRef};
use crate::logical::dataframe::DataFrame;
use crate::logical::plan::{Node, Plan, PlanRef};
use crate::logical::readwrite::{DataFrameReader, DataStreamReader};
use crate::mode::OutputMode;
use crate::query::StreamingQuery;
use crate::scalar::ScalarValue;
use crate::temporal::{Zone, ZoneScope};

pub use crate::io::{ClockFn, OutputFn};

/// What a source provider is asked to build.
pub struct SourceRequest<'a> {
    /// The session.
    pub session: &'a SparkSession,
    /// Format name, lower case.
    pub format: &'a str,
    /// Options, keys lower case.
    pub options: &'a BTreeMap<String, String>,
    /// User-given schema.
    pub schema: Option<SchemaRef>,
    /// Path (after `--path-map`).
    pub path: Option<String>,
}

/// What a sink provider is asked to build.
pub struct SinkRequest<'a> {
    /// The session.
    pub session: &'a SparkSession,
    /// Format name, lower case.
    pub format: &'a str,
    /// Options, keys lower case.
    pub options: &'a BTreeMap<String, String>,
    /// Output mode.
    pub mode: OutputMode,
    /// Schema of the rows.
    pub schema: SchemaRef,
    /// Path (after `--path-map`).
    pub path: Option<String>,
    /// Query id.
    pub query_id: String,
}

/// Formats that live outside the core (files other than JSON/text, Kafka, Delta).
pub trait DataSourceProvider {
    /// Formats this provider handles.
    fn formats(&self) -> Vec<&'static str>;
    /// Whether it handles `format` (lower case): one of [`Self::formats`] unless a
    /// provider knows its names only at run time (a script's Python data sources).
    fn handles(&self, format: &str) -> bool {
        self.formats().contains(&format)
    }
    /// A streaming source.
    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef>;
    /// A batch read: schema and rows.
    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)>;
    /// A streaming sink.
    fn stream_sink(&self, req: &SinkRequest) -> Result<SinkRef>;
    /// A batch write (`df.write...save()`), `mode` as Spark's SaveMode name.
    fn batch_write(
        &self,
        req: &SinkRequest,
        save_mode: &str,
        batches: &[RecordBatch],
    ) -> Result<()>;
}

/// Opens the checkpoint store at a `checkpointLocation` (a directory, natively).
pub type CheckpointFactory = Rc<dyn Fn(&str) -> Result<crate::state::CheckpointRef>>;

pub(crate) struct SessionInner {
    pub(crate) conf: RefCell<BTreeMap<String, String>>,
    pub(crate) views: RefCell<HashMap<String, PlanRef>>,
    /// The DataFrames `df.scalar()` / `df.exists()` made subqueries of, by position (the
    /// subquery's SQL reads `__dataframe_subquery_<i>`).
    pub(crate) subqueries: RefCell<Vec<PlanRef>>,
    pub(crate) memory_tables: RefCell<HashMap<String, MemoryTableRef>>,
    /// Managed tables by lower-case name (see [`crate::logical::catalog`]); sessions of
    /// one server share them, as Spark's sessions share their catalog.
    pub(crate) tables: RefCell<crate::logical::catalog::Tables>,
    pub(crate) memory_streams: RefCell<HashMap<String, Rc<RefCell<MemoryStream>>>>,
    pub(crate) fs: RefCell<FileSystemRef>,
    pub(crate) output: OutputFn,
    pub(crate) clock: RefCell<ClockFn>,
    pub(crate) providers: RefCell<Vec<Rc<dyn DataSourceProvider>>>,
    pub(crate) queries: RefCell<Vec<StreamingQuery>>,
    /// `spark.streams.addListener`: called with every query's events.
    pub(crate) listeners: crate::query::Listeners,
    pub(crate) path_map: RefCell<Vec<(String, String)>>,
    pub(crate) parallel: RefCell<Option<crate::io::file::ParallelFn>>,
    pub(crate) checkpoints: RefCell<Option<CheckpointFactory>>,
    pub(crate) memory_checkpoints:
        RefCell<HashMap<String, Rc<crate::state::MemoryCheckpointStore>>>,
    /// The metrics each `observe` name got from the first batch action that computed
    /// them (`Observation.get`).
    observed: RefCell<HashMap<String, arrow_array::RecordBatch>>,
    /// `sparkContext.addJobTag`: the tags of the session's jobs (a started query's `jobTags`).
    tags: RefCell<std::collections::BTreeSet<String>>,
    /// The plan nodes that read a managed table: (node id, table key). An overwrite of a
    /// table its own DataFrame reads is refused (Spark's UNSUPPORTED_OVERWRITE.TABLE).
    pub(crate) table_reads: RefCell<Vec<(usize, String)>>,
    seed: Cell<u64>,
}

/// Spark's `SparkContext.throwIfInvalidTag`: a tag is not empty and has no comma.
fn check_tag(tag: &str) -> Result<()> {
    let why = if tag.is_empty() {
        "Spark job tag cannot be an empty string. Pass a non-empty tag."
    } else if tag.contains(',') {
        "Spark job tag cannot contain ','. Use a tag without commas."
    } else {
        return Ok(());
    };
    Err(RunnelError::execution_plain(why).with_exception("IllegalArgumentException"))
}

/// The most rows `spark.range` makes (800 MB of ids).
pub const MAX_RANGE_ROWS: u64 = 100_000_000;

/// The entry point, as PySpark's `SparkSession`. Cheap to clone (shared handle).
#[derive(Clone)]
pub struct SparkSession(pub(crate) Rc<SessionInner>);

/// The session time zone's key, lower case as the conf stores keys.
const TIME_ZONE_KEY: &str = "spark.sql.session.timezone";
/// `spark.sql.mapKeyDedupPolicy`, lower case as conf keys are kept.
const MAP_KEY_DEDUP_KEY: &str = "spark.sql.mapkeydeduppolicy";

/// A handle that does not keep its session alive: for what the session's own queries hold
/// (a sink closure holding the session itself would be a reference cycle).
#[derive(Clone)]
pub struct WeakSparkSession(std::rc::Weak<SessionInner>);

impl WeakSparkSession {
    /// The session, while something else holds it.
    pub fn upgrade(&self) -> Option<SparkSession> {
        self.0.upgrade().map(SparkSession)
    }
}

/// Spark 4's defaults that matter here.
fn default_conf() -> BTreeMap<String, String> {
    let mut c = BTreeMap::new();
    for (k, v) in [
        ("spark.sql.session.timezone", "UTC"),
        ("spark.sql.ansi.enabled", "true"),
        ("spark.sql.shuffle.partitions", "200"),
        ("spark.sql.streaming.nodatamicrobatches.enabled", "true"),
        ("spark.sql.streaming.multiplewatermarkpolicy", "min"),
        ("spark.sql.streaming.schemainference", "false"),
        ("spark.sql.streaming.minbatchestoretain", "100"),
        (MAP_KEY_DEDUP_KEY, "EXCEPTION"),
    ] {
        c.insert(k.to_string(), v.to_string());
    }
    c
}

impl Default for SparkSession {
    fn default() -> Self {
        Self::new()
    }
}

impl SparkSession {
    /// A handle that does not keep the session alive.
    pub fn downgrade(&self) -> WeakSparkSession {
        WeakSparkSession(Rc::downgrade(&self.0))
    }

    /// A session with an in-memory file system, output collected by `set_output`, and a clock at 0.
    pub fn new() -> Self {
        let out: OutputFn = Rc::new(RefCell::new(Box::new(|_s: &str| {})));
        SparkSession(Rc::new(SessionInner {
            conf: RefCell::new(default_conf()),
            views: RefCell::new(HashMap::new()),
            subqueries: RefCell::new(Vec::new()),
            memory_tables: RefCell::new(HashMap::new()),
            tables: RefCell::new(Default::default()),
            memory_streams: RefCell::new(HashMap::new()),
            fs: RefCell::new(Rc::new(MemoryFileSystem::new())),
            output: out,
            clock: RefCell::new(Rc::new(|| 0)),
            providers: RefCell::new(Vec::new()),
            queries: RefCell::new(Vec::new()),
            listeners: Default::default(),
            path_map: RefCell::new(Vec::new()),
            parallel: RefCell::new(None),
            checkpoints: RefCell::new(None),
            memory_checkpoints: RefCell::new(HashMap::new()),
            observed: RefCell::new(HashMap::new()),
            tags: RefCell::new(Default::default()),
            table_reads: RefCell::new(Vec::new()),
            seed: Cell::new(0x9E37_79B9_7F4A_7C15),
        }))
    }

    /// Keeps what a batch action's `observe` nodes computed; the first action that
    /// computes a name's metrics fixes them, as Spark's `Observation` does.
    pub fn record_observed(&self, metrics: Vec<(String, arrow_array::RecordBatch)>) {
        let mut m = self.0.observed.borrow_mut();
        for (name, row) in metrics {
            m.entry(name).or_insert(row);
        }
    }

    /// The metrics a batch action computed for `observe(name, ...)`, if one ran.
    pub fn observed_metrics(&self, name: &str) -> Option<arrow_array::RecordBatch> {
        self.0.observed.borrow().get(name).cloned()
    }

    /// `sparkContext.addJobTag(tag)`: Spark refuses an empty tag or one with a comma.
    pub fn add_tag(&self, tag: &str) -> Result<()> {
        check_tag(tag)?;
        self.0.tags.borrow_mut().insert(tag.to_string());
        Ok(())
    }

    /// `sparkContext.removeJobTag(tag)`.
    pub fn remove_tag(&self, tag: &str) -> Result<()> {
        check_tag(tag)?;
        self.0.tags.borrow_mut().remove(tag);
        Ok(())
    }

    /// `sparkContext.clearJobTags()`.
    pub fn clear_tags(&self) {
        self.0.tags.borrow_mut().clear();
    }

    /// `sparkContext.getJobTags()`: the job tags, sorted (a started query's `jobTags`).
    pub fn tags(&self) -> Vec<String> {
        self.0.tags.borrow().iter().cloned().collect()
    }

    /// Sends printed text to `f`.
    pub fn set_output(&self, f: impl FnMut(&str) + 'static) {
        *self.0.output.borrow_mut() = Box::new(f);
    }

    /// Writes text where `show()` writes.
    pub fn print(&self, s: &str) {
        (self.0.output.borrow_mut())(s);
    }

    /// The output handle (for sinks).
    pub fn output(&self) -> OutputFn {
        self.0.output.clone()
    }

    /// Sets the clock (ms since the epoch).
    pub fn set_clock(&self, f: impl Fn() -> i64 + 'static) {
        *self.0.clock.borrow_mut() = Rc::new(f);
        let now = f_now(&self.clock());
        self.0
            .seed
            .set(self.0.seed.get() ^ (now as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    }

    /// The clock.
    pub fn clock(&self) -> ClockFn {
        self.0.clock.borrow().clone()
    }

    /// Sets the file system file sources read.
    pub fn set_file_system(&self, fs: FileSystemRef) {
        *self.0.fs.borrow_mut() = fs;
    }

    /// The file system.
    pub fn file_system(&self) -> FileSystemRef {
        self.0.fs.borrow().clone()
    }

    /// Lets file sources decode large batches with this runner (threads, natively).
    pub fn set_parallel(&self, p: crate::io::file::ParallelFn) {
        *self.0.parallel.borrow_mut() = Some(p);
    }

    /// Where `checkpointLocation`s live: natively, directories (runnel-connectors sets this).
    pub fn set_checkpoint_factory(&self, f: CheckpointFactory) {
        *self.0.checkpoints.borrow_mut() = Some(f);
    }

    /// The checkpoint store at `location`: from the factory when the host set one, else
    /// in memory, kept by the session so that a query restarted in it resumes.
    pub fn checkpoint_store(&self, location: &str) -> Result<crate::state::CheckpointRef> {
        if let Some(f) = self.0.checkpoints.borrow().clone() {
            return f(location);
        }
        let store = self
            .0
            .memory_checkpoints
            .borrow_mut()
            .entry(location.to_string())
            .or_default()
            .clone();
        Ok(store)
    }

    /// Spark's `sparkContext.defaultParallelism` (the `rate` sources' default
    /// `numPartitions`): `spark.default.parallelism`, else N of a `local[N]` master, else
    /// the machine's cores (`local[*]` or no master; 1 where that cannot be known).
    pub fn default_parallelism(&self) -> i64 {
        if let Some(n) = self
            .conf_get("spark.default.parallelism")
            .and_then(|v| v.trim().parse::<i64>().ok())
            .filter(|n| *n > 0)
        {
            return n;
        }
        let cores = || {
            std::thread::available_parallelism()
                .map(|n| n.get() as i64)
                .unwrap_or(1)
        };
        match self.conf_get("spark.master").as_deref().map(str::trim) {
            Some("local") => 1,
            Some(m) => m
                .strip_prefix("local[")
                .and_then(|r| r.split([']', ',']).next())
                .and_then(|n| n.trim().parse::<i64>().ok())
                .filter(|n| *n > 0)
                .unwrap_or_else(cores),
            None => cores(),
        }
    }

    /// The parallel runner, if the host gave one.
    pub fn parallel(&self) -> Option<crate::io::file::ParallelFn> {
        self.0.parallel.borrow().clone()
    }

    /// Registers formats implemented outside the core.
    pub fn register_provider(&self, p: Rc<dyn DataSourceProvider>) {
        self.0.providers.borrow_mut().push(p);
    }

    /// The provider for a format.
    pub fn provider(&self, format: &str) -> Option<Rc<dyn DataSourceProvider>> {
        self.0
            .providers
            .borrow()
            .iter()
            .find(|p| p.handles(format))
            .cloned()
    }

    /// Adds a path rewrite (`--path-map dbfs:/mnt/data=examples/data`).
    pub fn add_path_map(&self, from: &str, to: &str) {
        self.0
            .path_map
            .borrow_mut()
            .push((from.to_string(), to.to_string()));
    }

    /// A path after the path map.
    pub fn resolve_path(&self, p: &str) -> String {
        for (from, to) in self.0.path_map.borrow().iter() {
            if let Some(rest) = p.strip_prefix(from.as_str()) {
                return format!("{to}{rest}");
            }
        }
        p.to_string()
    }

    /// Sets a configuration value (`spark.conf.set`). A session time zone Spark cannot
    /// resolve is refused as Spark refuses it (`INVALID_CONF_VALUE.TIME_ZONE`), and the
    /// setting is left as it was.
    pub fn conf_set(&self, key: &str, value: &str) -> Result<()> {
        let key = key.to_ascii_lowercase();
        if key == TIME_ZONE_KEY {
            let zone =
                Zone::parse(value).ok_or_else(|| crate::temporal::invalid_session_zone(value))?;
            // What this thread parses from here on (a `TIMESTAMP '...'` literal, text
            // folded while a script defines its query) is in the new zone too.
            crate::temporal::set_thread_zone(zone, value);
        }
        if key == MAP_KEY_DEDUP_KEY {
            // Spark's SQLConf: upper-cased, EXCEPTION or LAST_WIN.
            let policy = value.to_ascii_uppercase();
            if policy != "EXCEPTION" && policy != "LAST_WIN" {
                return Err(RunnelError::analysis(
                    "INVALID_CONF_VALUE.OUT_OF_RANGE_OF_OPTIONS",
                    format!(
                        "The value '{value}' in the config \"spark.sql.mapKeyDedupPolicy\" is invalid. It should be one of 'EXCEPTION', 'LAST_WIN'. Set it to one of them."
                    ),
                )
                .with_exception("IllegalArgumentException"));
            }
            crate::expr::functions::set_map_key_last_win(policy == "LAST_WIN");
            self.0.conf.borrow_mut().insert(key, policy);
            return Ok(());
        }
        self.0.conf.borrow_mut().insert(key, value.to_string());
        Ok(())
    }

    /// Removes a configuration value (`spark.conf.unset`): it is back to its default.
    pub fn conf_unset(&self, key: &str) {
        let k = key.to_ascii_lowercase();
        let mut conf = self.0.conf.borrow_mut();
        conf.remove(&k);
        if let Some(v) = default_conf().remove(&k) {
            conf.insert(k.clone(), v);
        }
        drop(conf);
        if k == TIME_ZONE_KEY {
            let (zone, id) = self.time_zone();
            crate::temporal::set_thread_zone(zone, &id);
        }
        if k == MAP_KEY_DEDUP_KEY {
            crate::expr::functions::set_map_key_last_win(false);
        }
    }

    /// A configuration value.
    pub fn conf_get(&self, key: &str) -> Option<String> {
        self.0.conf.borrow().get(&key.to_ascii_lowercase()).cloned()
    }

    /// `spark.sql.mapKeyDedupPolicy` is LAST_WIN (a key twice in a map keeps its last value).
    pub fn map_key_last_win(&self) -> bool {
        self.conf_get(MAP_KEY_DEDUP_KEY)
            .is_some_and(|v| v == "LAST_WIN")
    }

    /// The session time zone (`spark.sql.session.timeZone`) and its id as set.
    pub fn time_zone(&self) -> (Zone, String) {
        let id = self
            .conf_get(TIME_ZONE_KEY)
            .unwrap_or_else(|| "UTC".to_string());
        // conf_set refuses a zone it cannot read, so this is always one.
        (Zone::parse(&id).unwrap_or(Zone::UTC), id)
    }

    /// Makes the session time zone the one the engine reads and prints timestamps in on
    /// this thread, until the scope is dropped.
    pub fn enter_time_zone(&self) -> ZoneScope {
        // (and its spark.sql.mapKeyDedupPolicy, which maps built from here on follow)
        crate::expr::functions::set_map_key_last_win(self.map_key_last_win());
        let (zone, id) = self.time_zone();
        ZoneScope::enter(zone, &id)
    }

    /// All configuration.
    pub fn conf_all(&self) -> BTreeMap<String, String> {
        self.0.conf.borrow().clone()
    }

    /// A random-looking UUID (ids of queries and runs).
    pub fn new_uuid(&self) -> String {
        let mut x = self.0.seed.get();
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let a = next();
        let b = next();
        self.0.seed.set(x);
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            (a >> 32) as u32,
            (a >> 16) as u16,
            (a & 0xfff) as u16,
            ((b >> 48) as u16 & 0x3fff) | 0x8000,
            b & 0xffff_ffff_ffff
        )
    }

    /// `spark.sql.sources.default`: the format of reads, writes and tables that name none
    /// (`parquet`, as Spark's).
    pub fn default_source(&self) -> String {
        self.conf_get("spark.sql.sources.default")
            .map(|f| f.trim().to_ascii_lowercase())
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| "parquet".into())
    }

    /// `spark.readStream`.
    pub fn read_stream(&self) -> DataStreamReader {
        DataStreamReader::new(self.clone())
    }

    /// `spark.read`.
    pub fn read(&self) -> DataFrameReader {
        DataFrameReader::new(self.clone())
    }

    /// `spark.createDataFrame(rows, schema)`.
    pub fn create_data_frame(
        &self,
        rows: &[Vec<ScalarValue>],
        schema: SchemaRef,
    ) -> Result<DataFrame> {
        let mut cols = Vec::with_capacity(schema.fields().len());
        for (i, f) in schema.fields().iter().enumerate() {
            let mut vals = Vec::with_capacity(rows.len());
            for (r, row) in rows.iter().enumerate() {
                if row.len() != schema.fields().len() {
                    return Err(RunnelError::analysis(
                        "AXIS_LENGTH_MISMATCH",
                        format!(
                            "row {r} has {} values but the schema has {} fields; give every row one value per field",
                            row.len(),
                            schema.fields().len()
                        ),
                    ));
                }
                vals.push(row[i].clone());
            }
            let arr = crate::ops::grouping::scalars_to_array(&vals, f.data_type())
                .map_err(|e| e.context(format!("field {}", f.name())))?;
            cols.push(arr);
        }
        let opts = arrow_array::RecordBatchOptions::new().with_row_count(Some(rows.len()));
        let batch = RecordBatch::try_new_with_options(schema.clone(), cols, &opts)?;
        Ok(self.data_frame(Plan::new(
            Node::Static {
                batches: vec![batch],
                files: Vec::new(),
            },
            schema,
        )))
    }

    /// `spark.range(start, end, step)`: a column `id` from `start` up to (not including)
    /// `end` by `step`. Runnel holds a batch DataFrame's rows in memory, so a range of
    /// more than [`MAX_RANGE_ROWS`] rows is refused before allocating.
    pub fn range(&self, start: i64, end: i64, step: i64) -> Result<DataFrame> {
        if step == 0 {
            return Err(RunnelError::execution_plain(
                "requirement failed: step (0) cannot be 0. Use a step of 1 (or -1 to count down).",
            )
            .with_exception("IllegalArgumentException"));
        }
        // Spark's count: ceil((end - start) / step) when it has the step's sign, else 0.
        let span = end as i128 - start as i128;
        let n = if (span > 0) == (step > 0) && span != 0 {
            let step = step as i128;
            ((span + step - step.signum()) / step) as u128
        } else {
            0
        };
        if n > MAX_RANGE_ROWS as u128 {
            return Err(RunnelError::execution_plain(format!(
                "spark.range({start}, {end}, {step}) has {n} rows; Runnel holds a batch DataFrame's rows in memory and makes at most {MAX_RANGE_ROWS}. Use a smaller range, or a rate stream for a long sequence."
            )));
        }
        let ids = arrow_array::Int64Array::from_iter_values(
            (0..n as i64).map(|i| start.wrapping_add(i.wrapping_mul(step))),
        );
        let schema =
            std::sync::Arc::new(arrow_schema::Schema::new(vec![arrow_schema::Field::new(
                "id",
                arrow_schema::DataType::Int64,
                false,
            )]));
        let batch = RecordBatch::try_new(schema.clone(), vec![std::sync::Arc::new(ids)])?;
        Ok(self.create_data_frame_from_batches(schema, vec![batch]))
    }

    /// A DataFrame over rows already in memory.
    pub fn create_data_frame_from_batches(
        &self,
        schema: SchemaRef,
        batches: Vec<RecordBatch>,
    ) -> DataFrame {
        self.data_frame(Plan::new(
            Node::Static {
                batches,
                files: Vec::new(),
            },
            schema,
        ))
    }

    /// A DataFrame over rows read from `files` (what its `inputFiles()` lists).
    pub fn create_data_frame_from_files(
        &self,
        schema: SchemaRef,
        batches: Vec<RecordBatch>,
        files: Vec<String>,
    ) -> DataFrame {
        self.data_frame(Plan::new(Node::Static { batches, files }, schema))
    }

    pub(crate) fn data_frame(&self, plan: PlanRef) -> DataFrame {
        DataFrame {
            session: self.clone(),
            plan,
        }
    }

    /// `spark.table(name)`: a temp view, a memory table, or a managed table (in that order,
    /// as Spark looks temp views up first).
    pub fn table(&self, name: &str) -> Result<DataFrame> {
        if let Some(df) = self.temp_view(name) {
            return Ok(df);
        }
        if let Some(t) = self.catalog_table(name) {
            return self.read_table(&t);
        }
        Err(crate::logical::catalog::table_not_found(name))
    }

    /// The temp view (or memory-sink table) `name`, if the session has one.
    pub(crate) fn temp_view(&self, name: &str) -> Option<DataFrame> {
        let key = crate::logical::catalog::view_key(name);
        if let Some(p) = self.0.views.borrow().get(&key) {
            return Some(self.data_frame(p.clone()));
        }
        if let Some(i) = key.strip_prefix(crate::logical::dataframe::SUBQUERY_VIEW)
            && let Ok(i) = i.parse::<usize>()
            && let Some(p) = self.0.subqueries.borrow().get(i)
        {
            return Some(self.data_frame(p.clone()));
        }
        let t = self.0.memory_tables.borrow().get(&key)?.clone();
        let schema = t.borrow().schema.clone();
        Some(self.data_frame(Plan::new(Node::MemoryTable { table: t }, schema)))
    }

    /// `spark.sql(query)`.
    pub fn sql(&self, query: &str) -> Result<DataFrame> {
        // Typed literals (`TIMESTAMP '2025-03-01 10:00:00'`) are read in the session's zone.
        let _zone = self.enter_time_zone();
        crate::logical::sql::run_sql(self, query)
    }

    pub(crate) fn register_view(&self, name: &str, plan: PlanRef) {
        self.0
            .views
            .borrow_mut()
            .insert(crate::logical::catalog::view_key(name), plan);
    }

    pub(crate) fn memory_table(&self, name: &str, schema: SchemaRef) -> MemoryTableRef {
        let t = Rc::new(RefCell::new(crate::io::memory::MemoryTable {
            schema,
            batches: Vec::new(),
            last_epoch: None,
        }));
        self.0
            .memory_tables
            .borrow_mut()
            .insert(crate::logical::catalog::view_key(name), t.clone());
        t
    }

    /// A named memory stream the host pushes rows into (created on first use).
    pub fn memory_stream(
        &self,
        name: &str,
        schema: Option<SchemaRef>,
    ) -> Result<Rc<RefCell<MemoryStream>>> {
        if let Some(s) = self.0.memory_streams.borrow().get(name) {
            return Ok(s.clone());
        }
        let schema = schema.ok_or_else(|| {
            RunnelError::analysis_plain(format!(
                "memory stream {name:?} needs a schema: call .schema(\"...\") before load()"
            ))
        })?;
        let s = Rc::new(RefCell::new(MemoryStream::new(schema, name)));
        self.0
            .memory_streams
            .borrow_mut()
            .insert(name.to_string(), s.clone());
        Ok(s)
    }

    pub(crate) fn add_query(&self, q: StreamingQuery) -> Result<()> {
        let mut qs = self.0.queries.borrow_mut();
        if let Some(name) = q.name()
            && qs
                .iter()
                .any(|o| o.is_active() && o.name().as_deref() == Some(name.as_str()))
        {
            return Err(RunnelError::analysis_plain(format!(
                    "Cannot start query with name {name} as a query with that name is already active in this SparkSession. Stop the other query or pick another queryName."
                ))
                .with_exception("IllegalArgumentException"));
        }
        // Another run of this query (same checkpoint, so same id): as Spark 4.3, it is
        // stopped for the new one (`spark.sql.streaming.stopActiveRunOnRestart`, true by
        // default), or the new one is refused; never two runs writing one checkpoint.
        let old: Vec<StreamingQuery> = qs
            .iter()
            .filter(|o| o.is_active() && o.id() == q.id())
            .cloned()
            .collect();
        if !old.is_empty() {
            let stop_old = self
                .conf_get("spark.sql.streaming.stopActiveRunOnRestart")
                .is_none_or(|v| !v.trim().eq_ignore_ascii_case("false"));
            if !stop_old {
                return Err(RunnelError::analysis_plain(format!(
                    "Cannot start query with id {} as another query with same id is already active. Perhaps you are attempting to restart a query from checkpoint that is already active. You may stop the old query by setting the SQL configuration: spark.conf.set(\"spark.sql.streaming.stopActiveRunOnRestart\", true) and retry. Or give this query a checkpointLocation of its own.",
                    q.id()
                ))
                .with_exception("IllegalStateException"));
            }
            drop(qs);
            for o in &old {
                o.stop();
            }
            qs = self.0.queries.borrow_mut();
        }
        qs.push(q);
        Ok(())
    }

    /// `spark.streams.addListener`: `f` hears every query's events from now on; the
    /// returned id removes it.
    pub fn add_listener(&self, f: crate::query::QueryListener) -> usize {
        let mut ls = self.0.listeners.borrow_mut();
        let id = ls.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
        ls.push((id, f));
        id
    }

    /// `spark.streams.removeListener`.
    pub fn remove_listener(&self, id: usize) {
        self.0.listeners.borrow_mut().retain(|(i, _)| *i != id);
    }

    /// Queries started in this session (`spark.streams.active` filters the active ones).
    pub fn queries(&self) -> Vec<StreamingQuery> {
        self.0.queries.borrow().clone()
    }

    /// An empty schema.
    pub fn empty_schema() -> SchemaRef {
        Arc::new(Schema::empty())
    }
}

fn f_now(c: &ClockFn) -> i64 {
    c()
}

#[cfg(test)]
mod time_zone_tests {
    use super::*;
    use arrow_array::cast::AsArray;

    fn text(s: &SparkSession, query: &str) -> Vec<String> {
        let b = s.sql(query).unwrap().collect().unwrap();
        let b = &b[0];
        (0..b.num_columns())
            .map(|c| crate::scalar::display_value(b.column(c).as_ref(), 0))
            .collect()
    }

    /// spark.sql.mapKeyDedupPolicy: EXCEPTION (the default) or LAST_WIN, in any case;
    /// a map with a key twice fails under the first and keeps the last value under the
    /// second, in the key's first place.
    #[test]
    fn map_key_dedup_policy_is_exception_or_last_win() {
        let s = SparkSession::new();
        let q = "SELECT map_concat(map('a', 1, 'b', 2), map('a', 3))";
        assert_eq!(
            s.conf_get("spark.sql.mapKeyDedupPolicy").as_deref(),
            Some("EXCEPTION")
        );
        let e = s.sql(q).unwrap().collect().expect_err("a key twice");
        assert_eq!(e.condition.as_deref(), Some("DUPLICATED_MAP_KEY"));
        let e = s
            .conf_set("spark.sql.mapKeyDedupPolicy", "first_win")
            .expect_err("not a policy");
        assert_eq!(
            e.condition.as_deref(),
            Some("INVALID_CONF_VALUE.OUT_OF_RANGE_OF_OPTIONS")
        );
        s.conf_set("spark.sql.mapKeyDedupPolicy", "last_win")
            .unwrap();
        assert_eq!(
            s.conf_get("spark.sql.mapKeyDedupPolicy").as_deref(),
            Some("LAST_WIN")
        );
        assert_eq!(text(&s, q), vec!["{a -> 3, b -> 2}".to_string()]);
        s.conf_unset("spark.sql.mapKeyDedupPolicy");
        assert!(s.sql(q).unwrap().collect().is_err());
    }

    #[test]
    fn a_session_time_zone_spark_cannot_resolve_is_refused_and_the_old_one_kept() {
        let s = SparkSession::new();
        for bad in ["Foo/Bar", "america/los_angeles", "+19:00", "", " UTC"] {
            let e = s
                .conf_set("spark.sql.session.timeZone", bad)
                .expect_err(bad);
            assert_eq!(
                e.condition.as_deref(),
                Some("INVALID_CONF_VALUE.TIME_ZONE"),
                "{bad}"
            );
        }
        assert_eq!(
            s.conf_get("spark.sql.session.timeZone").as_deref(),
            Some("UTC")
        );
        s.conf_set("spark.sql.session.timeZone", "+5:30").unwrap();
        assert_eq!(s.time_zone(), (Zone::Fixed(19_800), "+5:30".to_string()));
    }

    #[test]
    fn casts_fields_and_printing_follow_the_session_time_zone_set_at_run_time() {
        let s = SparkSession::new();
        let q = "SELECT CAST(TIMESTAMP '2025-03-01 10:00:00Z' AS STRING), hour(TIMESTAMP '2025-03-01 10:00:00Z'), CAST(TIMESTAMP '2025-03-01 05:00:00Z' AS DATE), CAST(CAST('2025-03-09 02:30:00' AS TIMESTAMP) AS BIGINT), current_timezone()";
        assert_eq!(
            text(&s, q),
            [
                "2025-03-01 10:00:00",
                "10",
                "2025-03-01",
                "1741487400",
                "UTC"
            ]
        );
        s.conf_set("spark.sql.session.timeZone", "America/Los_Angeles")
            .unwrap();
        // 02:30 on 2025-03-09 is in Los Angeles's DST gap: 03:30 PDT, 10:30Z.
        assert_eq!(
            text(&s, q),
            [
                "2025-03-01 02:00:00",
                "2",
                "2025-02-28",
                "1741516200",
                "America/Los_Angeles"
            ]
        );
        let b = s
            .sql("SELECT from_utc_timestamp(TIMESTAMP '2025-03-01 10:00:00Z', 'Asia/Kolkata'), to_utc_timestamp(TIMESTAMP '2025-03-01 10:00:00Z', '+01:00'), convert_timezone('Europe/Berlin', 'UTC', CAST('2025-07-01 12:00:00' AS TIMESTAMP_NTZ)), TIMESTAMP '2025-03-01 10:00:00'")
            .unwrap()
            .collect()
            .unwrap();
        let us = |c: usize| {
            b[0].column(c)
                .as_primitive::<arrow_array::types::TimestampMicrosecondType>()
                .value(0)
        };
        let at = |t: &str| crate::temporal::parse_timestamp_in(t, Zone::UTC).unwrap();
        assert_eq!(us(0), at("2025-03-01 15:30:00"));
        assert_eq!(us(1), at("2025-03-01 09:00:00"));
        assert_eq!(us(2), at("2025-07-01 10:00:00"));
        // A typed literal is read in the session time zone.
        assert_eq!(us(3), at("2025-03-01 18:00:00"));
    }
}
