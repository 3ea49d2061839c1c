//! `spark.readStream`, `spark.read`, `df.writeStream`: format, options, schema,
//! and the sources and sinks they make.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::dataframe::DataFrame;
use super::plan::{Node, Plan};
use crate::error::{Result, RunnelError};
use crate::exec::executor::{MicroBatchExecutor, Trigger};
use crate::io::console::ConsoleSink;
use crate::io::file::{CleanSource, FileFormat, FileSourceOptions, FileStreamSource, ReadSkips};
use crate::io::json::infer_schema;
use crate::io::memory::MemorySink;
use crate::io::rate::RateSource;
use crate::io::sink::{ForeachBatchSink, NoopSink};
use crate::io::{SinkRef, SourceRef};
use crate::mode::OutputMode;
use crate::query::StreamingQuery;
use crate::session::{SinkRequest, SourceRequest, SparkSession};
use crate::types;

/// A schema given as DDL text or already built.
pub enum SchemaSpec {
    /// `"a INT, b STRING"`.
    Ddl(String),
    /// A schema.
    Schema(SchemaRef),
}

fn parse_schema(s: SchemaSpec) -> Result<SchemaRef> {
    Ok(match s {
        SchemaSpec::Ddl(d) => Arc::new(types::parse_ddl_schema(&d)?),
        SchemaSpec::Schema(s) => s,
    })
}

/// The schema a file source reads with: Spark's `asNullable` of the given schema
/// (every column, struct field, element and map value nullable, whatever the schema
/// said), as `readStream.schema(...)`/`read.schema(...)` of a file format give it.
/// Other sources keep the schema.
fn source_schema(format: &str, schema: &Option<SchemaRef>) -> Option<SchemaRef> {
    let s = schema.as_ref()?;
    if !matches!(format, "json" | "text" | "csv" | "parquet" | "orc" | "xml") {
        return Some(s.clone());
    }
    Some(Arc::new(arrow_schema::Schema::new_with_metadata(
        s.fields()
            .iter()
            .map(|f| {
                f.as_ref()
                    .clone()
                    .with_data_type(types::as_nullable(f.data_type()))
                    .with_nullable(true)
            })
            .collect::<Vec<_>>(),
        s.metadata().clone(),
    )))
}

fn not_found(format: &str) -> RunnelError {
    if format == "socket" {
        return RunnelError::analysis(
            "DATA_SOURCE_NOT_FOUND",
            "Failed to find the data source: socket. A browser cannot open TCP sockets: read the stream with format(\"websocket\").option(\"url\", \"ws://...\") (or format(\"http\") / format(\"sse\")); runnel submit has the socket source.",
        );
    }
    if format == "orc" || format == "xml" {
        // The browser build: the ORC codec (orc-rust, with zlib/zstd/lz4/snappy/lzo) and the
        // XML parser would add to the download of every page for formats a browser stream
        // rarely carries.
        return RunnelError::analysis(
            "DATA_SOURCE_NOT_FOUND",
            format!(
                "Failed to find the data source: {format}. This build has no {format} reader or writer (the browser build leaves them out to keep the download small): run the script with runnel submit or runnel connect, or use json, csv or parquet here."
            ),
        );
    }
    RunnelError::analysis(
        "DATA_SOURCE_NOT_FOUND",
        format!(
            "Failed to find the data source: {format}. Runnel reads json, text, rate and rate-micro-batch in every build, memory from the host, and csv, parquet, orc, xml, kafka and delta in the native build."
        ),
    )
}

/// `spark.readStream`.
pub struct DataStreamReader {
    session: SparkSession,
    format: String,
    options: BTreeMap<String, String>,
    schema: Option<SchemaRef>,
}

impl DataStreamReader {
    pub(crate) fn new(session: SparkSession) -> Self {
        DataStreamReader {
            format: session.default_source(),
            session,
            options: BTreeMap::new(),
            schema: None,
        }
    }
    /// `format(name)`.
    pub fn format(mut self, f: &str) -> Self {
        self.format = f.to_ascii_lowercase();
        self
    }
    /// `option(key, value)`.
    pub fn option(mut self, k: &str, v: &str) -> Self {
        self.options.insert(k.to_ascii_lowercase(), v.to_string());
        self
    }
    /// `schema(...)`.
    pub fn schema(mut self, s: SchemaSpec) -> Result<Self> {
        self.schema = Some(parse_schema(s)?);
        Ok(self)
    }
    /// `load(path)`.
    pub fn load(self, path: Option<&str>) -> Result<DataFrame> {
        let path = path
            .map(str::to_string)
            .or_else(|| self.options.get("path").cloned());
        let source = self.make_source(path)?;
        let schema = source.borrow().schema();
        let schema = Arc::new(arrow_schema::Schema::new(
            schema
                .fields()
                .iter()
                .map(|f| f.as_ref().clone().with_nullable(true))
                .collect::<Vec<_>>(),
        ));
        Ok(self.session.data_frame(Plan::new(
            Node::StreamSource {
                source,
                pushed: None,
                local_limit: None,
            },
            schema,
        )))
    }

    fn make_source(&self, path: Option<String>) -> Result<SourceRef> {
        let s = &self.session;
        let path = path.map(|p| s.resolve_path(&p));
        match self.format.as_str() {
            "json" | "text" => {
                let path = path.ok_or_else(|| RunnelError::analysis_plain("'path' is not specified: pass a directory to load(...) or .option(\"path\", ...)"))?;
                crate::io::file::check_stream_path(s.file_system().as_ref(), &path)?;
                let format = FileFormat::from_options(&self.format, &self.options)?;
                let schema = match (&self.format[..], source_schema(&self.format, &self.schema)) {
                    ("text", _) => crate::io::file_text_schema(),
                    (_, Some(sc)) => sc,
                    (_, None) => {
                        let infer = s
                            .conf_get("spark.sql.streaming.schemaInference")
                            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
                        if !infer {
                            return Err(RunnelError::analysis(
                                "_LEGACY_ERROR_TEMP_2048",
                                "Schema must be specified when creating a streaming source DataFrame. If some files already exist in the directory, then depending on the file format you may be able to create a static DataFrame on that directory with 'spark.read.load(directory)' and infer schema from it. Give the schema with .schema(\"timestamp TIMESTAMP, ...\"), or set spark.sql.streaming.schemaInference=true.",
                            )
                            .with_exception("IllegalArgumentException"));
                        }
                        let fs = s.file_system();
                        let files =
                            crate::io::partition::list_data_files(fs.as_ref(), &path, false)?;
                        crate::io::partition::with_partition_columns(
                            infer_json(fs.as_ref(), &files, &self.options)?,
                            &path,
                            &files,
                        )?
                    }
                };
                let mut opts = file_source_options(&self.options)?;
                opts.skips = ReadSkips::from_options(&self.options, |k| s.conf_get(k));
                if let CleanSource::Archive(d) = &opts.clean_source {
                    opts.clean_source = CleanSource::Archive(s.resolve_path(d));
                }
                Ok(Rc::new(RefCell::new(
                    FileStreamSource::new(s.file_system(), &path, format, schema, opts)
                        .with_parallel(s.parallel()),
                )))
            }
            "rate" => {
                let opts =
                    crate::io::rate::RateOptions::parse(&self.options, s.default_parallelism())?;
                Ok(Rc::new(RefCell::new(RateSource::new(opts, s.clock()))))
            }
            "rate-micro-batch" => Ok(Rc::new(RefCell::new(
                crate::io::rate::RatePerMicroBatchSource::from_options(
                    &self.options,
                    s.default_parallelism(),
                )?,
            ))),
            "memory" => {
                let name = self
                    .options
                    .get("name")
                    .cloned()
                    .or(path)
                    .unwrap_or_else(|| "memory".into());
                let stream = s.memory_stream(&name, self.schema.clone())?;
                Ok(stream)
            }
            other => match s.provider(other) {
                Some(p) => p.stream_source(&SourceRequest {
                    session: s,
                    format: other,
                    options: &self.options,
                    schema: source_schema(other, &self.schema),
                    path,
                }),
                None => Err(not_found(other)),
            },
        }
    }
}

/// Spark's JSON schema inference over the files present (`multiLine` honoured).
fn infer_json(
    fs: &dyn crate::io::file::FileSystem,
    files: &[crate::io::file::FileEntry],
    options: &BTreeMap<String, String>,
) -> Result<SchemaRef> {
    let datas: Vec<Vec<u8>> = files
        .iter()
        .map(|f| fs.read(&f.path))
        .collect::<Result<_>>()?;
    let refs: Vec<&[u8]> = datas.iter().map(|d| d.as_slice()).collect();
    let multi = options
        .get("multiline")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    Ok(Arc::new(infer_schema(&refs, multi)?))
}

/// `maxFilesPerTrigger` and friends.
pub fn file_source_options(o: &BTreeMap<String, String>) -> Result<FileSourceOptions> {
    let num = |k: &str| -> Result<Option<usize>> {
        o.get(k)
            .map(|v| {
                v.trim().parse::<usize>().map_err(|_| {
                    RunnelError::analysis_plain(format!(
                        "{k} must be a positive whole number, got {v:?}"
                    ))
                })
            })
            .transpose()
    };
    let max_files = num("maxfilespertrigger")?;
    if max_files == Some(0) {
        return Err(RunnelError::analysis_plain(
            "maxFilesPerTrigger must be positive",
        ));
    }
    let age = match o.get("maxfileage") {
        Some(v) => {
            // Spark's time strings (`7d`, `1h`); an interval string (`1 hour`) too.
            match crate::temporal::time_string_ms(v) {
                Some(ms) => Some(ms),
                None => Some(crate::temporal::parse_interval(v)?.to_micros_month_31() / 1000),
            }
        }
        None => None,
    };
    let clean_source = match o
        .get("cleansource")
        .map(|v| v.to_ascii_lowercase())
        .as_deref()
    {
        None | Some("off") => CleanSource::Off,
        Some("delete") => CleanSource::Delete,
        Some("archive") => match o.get("sourcearchivedir") {
            Some(d) => CleanSource::Archive(d.clone()),
            None => {
                return Err(RunnelError::analysis_plain(
                    "Archive mode must be used with 'sourceArchiveDir' option.",
                )
                .with_exception("IllegalArgumentException"));
            }
        },
        Some(other) => {
            return Err(RunnelError::analysis_plain(format!(
                "Invalid mode for clean source option {other}. Must be one of archive, delete, off."
            ))
            .with_exception("IllegalArgumentException"));
        }
    };
    Ok(FileSourceOptions {
        clean_source,
        max_files_per_trigger: max_files,
        latest_first: o
            .get("latestfirst")
            .is_some_and(|v| v.eq_ignore_ascii_case("true")),
        max_file_age_ms: age,
        path_glob_filter: o.get("pathglobfilter").cloned(),
        recursive: o
            .get("recursivefilelookup")
            .is_some_and(|v| v.eq_ignore_ascii_case("true")),
        skips: ReadSkips::from_options(o, |_| None),
    })
}

/// `spark.read`.
pub struct DataFrameReader {
    session: SparkSession,
    format: String,
    options: BTreeMap<String, String>,
    schema: Option<SchemaRef>,
}

impl DataFrameReader {
    pub(crate) fn new(session: SparkSession) -> Self {
        DataFrameReader {
            format: session.default_source(),
            session,
            options: BTreeMap::new(),
            schema: None,
        }
    }
    /// `format(name)`.
    pub fn format(mut self, f: &str) -> Self {
        self.format = f.to_ascii_lowercase();
        self
    }
    /// `option(key, value)`.
    pub fn option(mut self, k: &str, v: &str) -> Self {
        self.options.insert(k.to_ascii_lowercase(), v.to_string());
        self
    }
    /// `schema(...)`.
    pub fn schema(mut self, s: SchemaSpec) -> Result<Self> {
        self.schema = Some(parse_schema(s)?);
        Ok(self)
    }
    /// `load(path)`.
    pub fn load(self, path: Option<&str>) -> Result<DataFrame> {
        let s = &self.session;
        let path = path
            .map(str::to_string)
            .or_else(|| self.options.get("path").cloned())
            .map(|p| s.resolve_path(&p));
        let mut read_files: Vec<String> = Vec::new();
        let (schema, batches): (SchemaRef, Vec<RecordBatch>) = match self.format.as_str() {
            "json" | "text" => {
                let path = path.clone().ok_or_else(|| {
                    RunnelError::analysis_plain(
                        "'path' is not specified: pass a file or directory to load(...)",
                    )
                })?;
                let fs = s.file_system();
                let recursive = self
                    .options
                    .get("recursivefilelookup")
                    .is_some_and(|v| v == "true");
                let files = crate::io::partition::list_data_files(fs.as_ref(), &path, recursive)?;
                if files.is_empty() {
                    return Err(RunnelError::analysis(
                        "PATH_NOT_FOUND",
                        format!("Path does not exist: {path}. Check the path (and --path-map)."),
                    ));
                }
                read_files = files.iter().map(|f| file_uri(&f.path)).collect();
                let format = FileFormat::from_options(&self.format, &self.options)?;
                let schema = match (&self.format[..], source_schema(&self.format, &self.schema)) {
                    (_, Some(sc)) => {
                        crate::io::partition::order_given_schema(fs.as_ref(), sc, &path, &files)?
                    }
                    ("text", None) => crate::io::partition::with_partition_columns(
                        crate::io::file_text_schema(),
                        &path,
                        &files,
                    )?,
                    (_, None) => crate::io::partition::with_partition_columns(
                        infer_json(fs.as_ref(), &files, &self.options)?,
                        &path,
                        &files,
                    )?,
                };
                let skips = ReadSkips::from_options(&self.options, |k| s.conf_get(k));
                let batches = crate::io::file::decode_partitioned(
                    fs.as_ref(),
                    &path,
                    &files,
                    &format,
                    &schema,
                    s.parallel().as_ref(),
                    skips,
                )?;
                (schema, batches)
            }
            other => match s.provider(other) {
                Some(p) => p.batch_read(&SourceRequest {
                    session: s,
                    format: other,
                    options: &self.options,
                    schema: source_schema(other, &self.schema),
                    path: path.clone(),
                })?,
                None => return Err(not_found(other)),
            },
        };
        // The files a file format read (`inputFiles()`).
        if read_files.is_empty()
            && let Some(p) = &path
            && matches!(
                self.format.as_str(),
                "csv" | "parquet" | "orc" | "avro" | "xml" | "binaryFile"
            )
        {
            let recursive = self
                .options
                .get("recursivefilelookup")
                .is_some_and(|v| v == "true");
            if let Ok(files) =
                crate::io::partition::list_data_files(s.file_system().as_ref(), p, recursive)
            {
                read_files = files.iter().map(|f| file_uri(&f.path)).collect();
            }
        }
        Ok(s.create_data_frame_from_files(schema, batches, read_files))
    }
}

/// A path as the `file://` URI Spark's `inputFiles()` lists.
fn file_uri(path: &str) -> String {
    if path.contains("://") {
        path.to_string()
    } else {
        format!("file://{path}")
    }
}

/// Callback for `foreachBatch`.
pub type ForeachBatchFn = Box<dyn FnMut(&DataFrame, i64) -> Result<()>>;

/// `df.writeStream`.
pub struct DataStreamWriter {
    pub(super) df: DataFrame,
    mode: String,
    format: String,
    options: BTreeMap<String, String>,
    query_name: Option<String>,
    trigger: Trigger,
    foreach: Option<ForeachBatchFn>,
    sink: Option<SinkRef>,
}

impl DataStreamWriter {
    pub(crate) fn new(df: DataFrame) -> Self {
        DataStreamWriter {
            format: df.session.default_source(),
            // A column's qualifier (`df.alias("a")`) names it inside a query only: a
            // sink's schema never carries it.
            df: df.without_qualifiers(),
            mode: "append".into(),
            options: BTreeMap::new(),
            query_name: None,
            trigger: Trigger::ProcessingTime(0),
            foreach: None,
            sink: None,
        }
    }
    /// `outputMode(...)`.
    pub fn output_mode(mut self, m: &str) -> Self {
        self.mode = m.to_ascii_lowercase();
        self
    }
    /// `format(...)`.
    pub fn format(mut self, f: &str) -> Self {
        self.format = f.to_ascii_lowercase();
        self
    }
    /// `option(key, value)`.
    pub fn option(mut self, k: &str, v: &str) -> Self {
        self.options.insert(k.to_ascii_lowercase(), v.to_string());
        self
    }
    /// `queryName(...)`.
    pub fn query_name(mut self, n: &str) -> Self {
        self.query_name = Some(n.to_string());
        self
    }
    /// `trigger(...)`.
    pub fn trigger(mut self, t: Trigger) -> Self {
        self.trigger = t;
        self
    }
    /// `foreachBatch(f)`: `f(batch_df, epoch_id)`.
    pub fn foreach_batch(mut self, f: ForeachBatchFn) -> Self {
        self.foreach = Some(f);
        self.format = "foreachbatch".into();
        self
    }
    /// A sink object of the host's own.
    pub fn sink(mut self, s: SinkRef) -> Self {
        self.sink = Some(s);
        self.format = "custom".into();
        self
    }

    /// `toTable(name)`: starts the query writing the managed table `name` (made from the
    /// stream's columns if the catalog has none; see [`super::catalog`]).
    pub fn to_table(self, name: &str) -> Result<StreamingQuery> {
        super::catalog::to_table(self, name)
    }

    /// The session of the DataFrame written.
    pub(crate) fn session(&self) -> SparkSession {
        self.df.session.clone()
    }

    /// The format (`parquet` unless set).
    pub(crate) fn format_name(&self) -> &str {
        &self.format
    }

    /// The options, keys lower case.
    pub(crate) fn options(&self) -> &BTreeMap<String, String> {
        &self.options
    }

    /// The columns of the stream written.
    pub(crate) fn stream_schema(&self) -> SchemaRef {
        self.df.schema()
    }

    /// The output mode.
    pub fn emit_mode(&self) -> Result<OutputMode> {
        OutputMode::parse(&self.mode).ok_or_else(|| {
            RunnelError::analysis(
                "STREAMING_OUTPUT_MODE.INVALID",
                format!(
                    "Invalid streaming output mode: {}. Accepted output modes are 'Append', 'Complete', 'Update'.",
                    self.mode
                ),
            )
        })
    }

    /// `start(path)`: checks the query like Spark, then registers it; batches run when driven.
    pub fn start(mut self, path: Option<&str>) -> Result<StreamingQuery> {
        let mode = self.emit_mode()?;
        let session = self.df.session.clone();
        // The query keeps the session time zone it starts with (Spark clones the
        // session's conf for a streaming query); constants fold in it too.
        let _zone = session.enter_time_zone();
        let continuous = matches!(self.trigger, Trigger::Continuous(_));
        if continuous {
            crate::planner::continuous::check_continuous_sink(&self.format)?;
        }
        self.df.check_streaming(mode)?;
        if continuous {
            crate::planner::continuous::check_continuous(&self.df.plan)?;
        }
        self.df.check_metrics_names()?;
        let schema = self.df.schema();
        let mut id = session.new_uuid();
        let run_id = session.new_uuid();
        let conf = session.conf_all();
        let location = self
            .options
            .get("checkpointlocation")
            .cloned()
            .or_else(|| {
                conf.get("spark.sql.streaming.checkpointlocation").map(|d| {
                    let leaf = self.query_name.clone().unwrap_or_else(|| id.clone());
                    format!("{}/{leaf}", d.trim_end_matches('/'))
                })
            })
            .map(|p| session.resolve_path(&p));
        let checkpoint = match &location {
            Some(loc) => {
                let store = session.checkpoint_store(loc)?;
                let log = crate::state::QueryCheckpoint::new(store.clone(), 1);
                if let Some(existing) = log.query_id()? {
                    id = existing;
                }
                // Spark's memory sink keeps its rows only in memory: outside complete mode
                // (which rewrites them all) a restart could not give the rows back.
                if self.format == "memory"
                    && mode != OutputMode::Complete
                    && log.latest_batches()?.0.is_some()
                {
                    return Err(RunnelError::analysis(
                        "_LEGACY_ERROR_TEMP_1299",
                        format!(
                            "This query does not support recovering from checkpoint location. Delete {} to start over.",
                            store.describe("offsets")
                        ),
                    ));
                }
                Some(store)
            }
            None => None,
        };
        let path = path
            .map(str::to_string)
            .or_else(|| self.options.get("path").cloned())
            .map(|p| session.resolve_path(&p));
        let sink: SinkRef = match self.format.as_str() {
            "console" => {
                let rows = self
                    .options
                    .get("numrows")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(20);
                let truncate = self
                    .options
                    .get("truncate")
                    .is_none_or(|v| !v.eq_ignore_ascii_case("false"));
                Rc::new(RefCell::new(ConsoleSink::new(
                    session.output(),
                    rows,
                    truncate,
                )))
            }
            "memory" => {
                let name = self.query_name.clone().ok_or_else(|| {
                    RunnelError::analysis_plain(
                        "queryName must be specified for memory sink: add .queryName(\"my_table\")",
                    )
                })?;
                let table = session.memory_table(&name, schema.clone());
                Rc::new(RefCell::new(MemorySink::new(
                    table,
                    mode == OutputMode::Complete,
                )))
            }
            "noop" => Rc::new(RefCell::new(NoopSink::default())),
            "foreachbatch" => {
                let mut f = self
                    .foreach
                    .take()
                    .ok_or_else(|| RunnelError::internal("foreachBatch without a function"))?;
                // Weakly: the session holds this query (a strong handle here would be a
                // cycle keeping a released Spark Connect session alive).
                let s2 = session.downgrade();
                let sc = schema.clone();
                Rc::new(RefCell::new(ForeachBatchSink::new(
                    move |b: &RecordBatch, epoch: i64| {
                        let s2 = s2.upgrade().ok_or_else(|| {
                            RunnelError::internal("foreachBatch: the session has ended")
                        })?;
                        let df = s2.create_data_frame_from_batches(sc.clone(), vec![b.clone()]);
                        f(&df, epoch)
                    },
                )))
            }
            "custom" => self
                .sink
                .take()
                .ok_or_else(|| RunnelError::internal("custom sink missing"))?,
            other => match session.provider(other) {
                Some(p) => p.stream_sink(&SinkRequest {
                    session: &session,
                    format: other,
                    options: &self.options,
                    mode,
                    schema: schema.clone(),
                    path,
                    query_id: id.clone(),
                })?,
                None => return Err(not_found(other)),
            },
        };
        let plan = crate::planner::prune::prune_projections(&crate::planner::optimize::optimize(
            &self.df.plan,
        ));
        let mut exec = MicroBatchExecutor::new(plan, sink, mode, session.clock(), &conf);
        exec.time_zone = session.time_zone();
        exec.map_key_last_win = session.map_key_last_win();
        exec.trigger = self.trigger;
        if continuous && !crate::planner::continuous::sink_writes_continuously(&self.format) {
            // Spark starts a micro-batch execution for a sink without continuous writes,
            // which fails on its first trigger: the query starts, then fails so.
            exec.fail_first_step(
                RunnelError::execution_plain(format!(
                    "Unknown type of trigger: {}; the {} sink writes micro-batches only: use trigger(processingTime=...), or write to console, memory, foreach or Kafka",
                    self.trigger.spark_name(),
                    self.format
                ))
                .with_exception("IllegalStateException"),
            );
        }
        exec.id = id.clone();
        if conf
            .get("runnel.trace.eventtimes")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        {
            exec.trace();
        }
        if let Some(store) = checkpoint {
            exec.attach_checkpoint(store, &conf)?;
        }
        exec.prepare_sources_for_trigger()?;
        let q = StreamingQuery::new(
            exec,
            id,
            run_id,
            self.query_name.clone(),
            session.0.listeners.clone(),
        );
        session.add_query(q.clone())?;
        q.set_job_tags(session.tags());
        q.emit(crate::query::QueryEvent::Started);
        Ok(q)
    }
}

/// A batch write of a DataFrame (`df.write.format(...).mode(...).save(path)`), through
/// the data source provider of its format (files, Delta and Kafka natively).
pub fn save_batch(
    df: &DataFrame,
    format: &str,
    options: &BTreeMap<String, String>,
    path: Option<&str>,
    save_mode: &str,
) -> Result<()> {
    if df.is_streaming() {
        return Err(RunnelError::analysis(
            "WRITE_STREAM_NOT_ALLOWED",
            "'write' can not be called on streaming Dataset/DataFrame. Use writeStream instead.",
        ));
    }
    let df = &df.without_qualifiers();
    let session = df.session.clone();
    let provider = session
        .provider(&format.to_ascii_lowercase())
        .ok_or_else(|| not_found(format))?;
    let batches = df.collect()?;
    let path = path
        .map(str::to_string)
        .or_else(|| options.get("path").cloned())
        .map(|p| session.resolve_path(&p));
    provider.batch_write(
        &SinkRequest {
            session: &session,
            format: &format.to_ascii_lowercase(),
            options,
            mode: OutputMode::Append,
            schema: df.schema(),
            path,
            query_id: session.new_uuid(),
        },
        save_mode,
        &batches,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(v: &str) -> Result<Option<i64>> {
        let o = BTreeMap::from([("maxfileage".to_string(), v.to_string())]);
        file_source_options(&o).map(|f| f.max_file_age_ms)
    }

    #[test]
    fn max_file_age_reads_sparks_time_strings_and_intervals() {
        assert_eq!(age("7d").unwrap(), Some(604_800_000));
        assert_eq!(age("90s").unwrap(), Some(90_000));
        assert_eq!(age("5000").unwrap(), Some(5_000));
        assert_eq!(age("1 hour").unwrap(), Some(3_600_000));
        assert!(age("soon").is_err());
    }

    #[test]
    fn orc_and_xml_in_a_build_without_them_are_refused_saying_where_they_are() {
        let spark = SparkSession::new();
        for format in ["orc", "xml"] {
            let e = spark
                .read_stream()
                .format(format)
                .schema(super::SchemaSpec::Ddl("a INT".into()))
                .unwrap()
                .load(Some("/in"))
                .err()
                .unwrap()
                .to_string();
            assert!(e.contains("DATA_SOURCE_NOT_FOUND"), "{e}");
            assert!(e.contains("runnel submit or runnel connect"), "{e}");
        }
    }
}
