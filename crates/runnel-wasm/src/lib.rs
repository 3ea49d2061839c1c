//! # runnel-wasm
//!
//! Runnel's engine for JavaScript, in the browser and in Node. These are the low-level
//! bindings; `js/runnel.js` wraps them in PySpark's names (`SparkSession.builder()`,
//! `readStream`, `functions.col`, `writeStream.foreachBatch`, ...), so course code
//! translates line by line.
//!
//! Expressions cross the boundary as Spark SQL text (`(value > 10)`, `sum(value) AS
//! total`): the JS `Column` builds that text, and the core parses it with sqlparser as
//! it parses `expr(...)`, which gives the same column names Spark prints. Rows cross
//! as JSON (plain objects) or as Arrow IPC bytes.
//!
//! Every Rust error reaches JS as an `Error` whose `name` is Spark's exception class and
//! whose `condition` is Spark's error condition; a panic's message is kept so that the
//! JS wrapper can throw it instead of wasm's bare `unreachable`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::RecordBatch;
use runnel_core::error::RunnelError;
use runnel_core::exec::executor::Trigger;
use runnel_core::expr::Expr;
use runnel_core::expr::sql::parse_select_item;
use runnel_core::io::Source;
use runnel_core::io::file::{FileSystem, MemoryFileSystem};
use runnel_core::io::json::{JsonDecoder, JsonOptions};
use runnel_core::io::memory::MemoryStream;
use runnel_core::logical::readwrite::SchemaSpec;
use runnel_core::scalar::{ScalarValue, json_value};
use runnel_core::{SparkSession, StreamingQuery};
use runnel_pyspark::{Interpreter, RunAvailable};

mod columns;
mod sim_delta;
mod sim_kafka;
use wasm_bindgen::prelude::*;

type R<T> = Result<T, JsValue>;

fn js_err(e: RunnelError) -> JsValue {
    js_err_in(e, None)
}

/// A JS Error for `e`; with the script's text, its message ends with the code frame
/// (the line, a caret under the column) and Spark's `== SQL ==` block.
fn js_err_in(e: RunnelError, source: Option<&str>) -> JsValue {
    let err = js_sys::Error::new(&e.render(source));
    err.set_name(e.exception);
    if let Some(c) = &e.condition {
        let _ = js_sys::Reflect::set(&err, &"condition".into(), &JsValue::from_str(c));
    }
    if let Some(l) = &e.location {
        let _ = js_sys::Reflect::set(&err, &"file".into(), &JsValue::from_str(&l.file));
        let _ = js_sys::Reflect::set(&err, &"line".into(), &JsValue::from(l.line as u32));
        let _ = js_sys::Reflect::set(&err, &"column".into(), &JsValue::from(l.column as u32));
    }
    err.into()
}

/// An error as JSON for the playground: message, condition, exception, location.
fn error_json(e: &RunnelError) -> serde_json::Value {
    let mut v = serde_json::json!({
        "message": e.to_string(),
        "condition": e.condition,
        "exception": e.exception,
    });
    if let Some(l) = &e.location {
        v["file"] = l.file.clone().into();
        v["line"] = l.line.into();
        v["column"] = l.column.into();
    }
    v
}

/// The playground's host: the page drives the queries, so waiting returns at once.
struct Stepped;

impl runnel_pyspark::Host for Stepped {
    fn await_termination(
        &self,
        _s: &SparkSession,
        _q: &[StreamingQuery],
        _t: Option<i64>,
    ) -> runnel_core::error::Result<bool> {
        Ok(false)
    }
    fn sleep(&self, _s: &SparkSession, _ms: i64) -> runnel_core::error::Result<()> {
        Ok(())
    }
}

fn plain_err(msg: impl std::fmt::Display) -> JsValue {
    js_sys::Error::new(&msg.to_string()).into()
}

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs the panic hook (runs when the module loads).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(msg));
    }));
}

/// The message of the last panic, if one happened since the last call.
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    LAST_PANIC.with(|p| p.borrow_mut().take())
}

/// Sets the operating system's user name for `current_user()` (the package calls it
/// under Node; a browser has none).
#[wasm_bindgen(js_name = setOsUser)]
pub fn set_os_user(name: String) {
    runnel_core::expr::functions::set_os_user(name);
}

/// Spark's functions the engine knows, from its registry, as JSON:
/// `[{"name", "family", "kind", "literals": [positions], "py": bool, "params"}]`, one
/// entry per name (aliases included), `params` PySpark's parameters as the registry
/// writes them. The npm package's `functions` object and its types are built from it.
#[wasm_bindgen(js_name = functionCatalog)]
pub fn function_catalog() -> String {
    use runnel_core::expr::functions::{Kind, catalog};
    let mut out = Vec::new();
    for d in catalog() {
        // Column helpers (`col`, `asc_nulls_first`, …) are the package's own functions.
        let (Some(kind), false) = (d.kind.label(), matches!(d.kind, Kind::Helper)) else {
            continue;
        };
        let py: Vec<&str> = d.py_names().collect();
        for n in d.names() {
            out.push(serde_json::json!({
                "name": n,
                "family": d.family,
                "kind": kind,
                "literals": d.literals,
                "py": py.contains(&n),
                "params": d.py,
            }));
        }
    }
    serde_json::Value::Array(out).to_string()
}

/// For the tests of panic handling: panics with `msg` from `depth` calls deep, each
/// holding 1 KiB of the shadow stack (what a panic deep in a script leaves behind).
#[doc(hidden)]
#[wasm_bindgen(js_name = testPanic)]
pub fn test_panic(msg: &str, depth: u32) {
    fn deeper(msg: &str, depth: u32) -> u8 {
        let frame = std::hint::black_box([depth as u8; 1024]);
        if depth == 0 {
            panic!("{msg}");
        }
        deeper(msg, depth - 1).wrapping_add(frame[depth as usize % 1024])
    }
    std::hint::black_box(deeper(msg, depth));
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

fn options_map(json: &str) -> R<BTreeMap<String, String>> {
    if json.trim().is_empty() {
        return Ok(BTreeMap::new());
    }
    let v: serde_json::Value = serde_json::from_str(json).map_err(plain_err)?;
    let mut out = BTreeMap::new();
    if let serde_json::Value::Object(m) = v {
        for (k, v) in m {
            let s = match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            out.insert(k, s);
        }
    }
    Ok(out)
}

fn exprs(texts: &[String]) -> R<Vec<Expr>> {
    texts
        .iter()
        .map(|t| parse_select_item(t).map_err(js_err))
        .collect()
}

/// A sort key: `expr`, optionally followed by ASC/DESC and NULLS FIRST/LAST.
fn sort_key(text: &str) -> R<Expr> {
    let upper = text.to_ascii_uppercase();
    let mut body = text.trim();
    let mut nulls: Option<bool> = None;
    for (suffix, first) in [(" NULLS FIRST", true), (" NULLS LAST", false)] {
        if upper.trim_end().ends_with(suffix) {
            body = body[..body.len() - suffix.len()].trim_end();
            nulls = Some(first);
        }
    }
    let upper_body = body.to_ascii_uppercase();
    let (body, asc) = if upper_body.ends_with(" DESC") {
        (&body[..body.len() - 5], false)
    } else if upper_body.ends_with(" ASC") {
        (&body[..body.len() - 4], true)
    } else {
        (body, true)
    };
    let e = parse_select_item(body).map_err(js_err)?;
    Ok(Expr::Sort {
        expr: Box::new(e),
        asc,
        nulls_first: nulls.unwrap_or(asc),
    })
}

/// Rows of batches as a JSON array of objects (the oracle's value encoding).
fn rows_json(batches: &[RecordBatch]) -> String {
    rows_value(batches).to_string()
}

/// Rows of batches as a JSON array of objects.
fn rows_value(batches: &[RecordBatch]) -> serde_json::Value {
    let mut out = Vec::new();
    for b in batches {
        let schema = b.schema();
        for r in 0..b.num_rows() {
            let mut m = serde_json::Map::new();
            for (f, c) in schema.fields().iter().zip(b.columns()) {
                m.insert(f.name().clone(), json_value(c.as_ref(), r));
            }
            out.push(serde_json::Value::Object(m));
        }
    }
    serde_json::Value::Array(out)
}

fn ipc_bytes(batches: &[RecordBatch], schema: &arrow_schema::SchemaRef) -> R<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut w =
            arrow_ipc::writer::StreamWriter::try_new(&mut out, schema).map_err(plain_err)?;
        for b in batches {
            w.write(b).map_err(plain_err)?;
        }
        w.finish().map_err(plain_err)?;
    }
    Ok(out)
}

/// Decodes JSON rows (an array of objects, or JSON lines) into a batch of `schema`.
fn decode_rows(text: &[u8], schema: arrow_schema::SchemaRef, source: &str) -> R<RecordBatch> {
    let mut d = JsonDecoder::new(schema, JsonOptions::default());
    if text.trim_ascii_start().starts_with(b"[") {
        let items: Vec<&serde_json::value::RawValue> =
            serde_json::from_slice(text).map_err(plain_err)?;
        for (i, it) in items.iter().enumerate() {
            d.decode_line(it.get().as_bytes(), source, i + 1)
                .map_err(js_err)?;
        }
    } else {
        // JSON lines: the reader checks the UTF-8 of what it reads as it goes.
        d.decode(text, source).map_err(js_err)?;
    }
    d.flush().map_err(js_err)
}

/// A Spark session: the engine, a virtual file system, and the queries it runs.
#[wasm_bindgen]
pub struct Session {
    s: SparkSession,
    fs: Rc<MemoryFileSystem>,
    out: Rc<RefCell<String>>,
    kafka: RefCell<Option<sim_kafka::SimKafka>>,
    parquet: Rc<RefCell<Option<(js_sys::Function, js_sys::Function)>>>,
    codec: Rc<dyn runnel_parquet::ParquetCodec>,
    /// The interpreters of the scripts run in this session: their queries call back into
    /// them (UDFs, `foreach` writers, listener classes) after `runScript`/`startScript`
    /// has returned, and hold them only weakly.
    scripts: RefCell<Vec<Rc<Interpreter>>>,
}

/// Parquet through the second wasm module (runnel-parquet-wasm), once the page has loaded
/// it: record batches cross as Arrow IPC streams.
struct JsParquet(Rc<RefCell<Option<(js_sys::Function, js_sys::Function)>>>);

impl JsParquet {
    fn functions(&self) -> runnel_core::error::Result<(js_sys::Function, js_sys::Function)> {
        self.0.borrow().clone().ok_or_else(|| {
            runnel_core::error::RunnelError::not_supported(
                "Parquet before its codec is loaded: call `await spark.loadParquet()` first (the Parquet codec is a module of its own, loaded on first use)",
            )
        })
    }
}

fn js_message(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

impl runnel_parquet::ParquetCodec for JsParquet {
    fn write(&self, batch: &RecordBatch, compression: &str) -> runnel_core::error::Result<Vec<u8>> {
        use runnel_core::error::RunnelError;
        let (write, _) = self.functions()?;
        let mut ipc = Vec::new();
        {
            let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut ipc, &batch.schema())?;
            w.write(batch)?;
            w.finish()?;
        }
        let out = write
            .call2(
                &JsValue::NULL,
                &js_sys::Uint8Array::from(&ipc[..]),
                &JsValue::from_str(compression),
            )
            .map_err(|e| {
                let m = js_message(&e);
                if m.starts_with("Codec [") {
                    RunnelError::analysis_plain(m)
                } else {
                    RunnelError::io(format!("parquet: {m}"))
                }
            })?;
        Ok(js_sys::Uint8Array::new(&out).to_vec())
    }

    fn read(
        &self,
        data: &[u8],
        path: &str,
    ) -> runnel_core::error::Result<(arrow_schema::SchemaRef, Vec<RecordBatch>)> {
        let (_, read) = self.functions()?;
        let out = read
            .call1(&JsValue::NULL, &js_sys::Uint8Array::from(data))
            .map_err(|e| runnel_parquet::perr(path, js_message(&e)))?;
        let ipc = js_sys::Uint8Array::new(&out).to_vec();
        let reader = arrow_ipc::reader::StreamReader::try_new(&ipc[..], None)
            .map_err(|e| runnel_parquet::perr(path, e))?;
        let schema = reader.schema();
        let batches = reader
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| runnel_parquet::perr(path, e))?;
        Ok((schema, batches))
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

#[wasm_bindgen]
impl Session {
    /// A new session: UTC, ANSI on, an empty virtual file system, the browser's clock.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Session {
        let s = SparkSession::new();
        let fs = Rc::new(MemoryFileSystem::new());
        s.set_file_system(fs.clone());
        s.set_clock(now_ms);
        // Parquet files and the file sinks (Parquet, JSON, CSV, text) in the virtual files,
        // Delta tables simulated there, and checkpoints kept there too (so a page can show
        // offsets/, commits/ and state/ growing).
        let parquet = Rc::new(RefCell::new(None));
        let codec: Rc<dyn runnel_parquet::ParquetCodec> = Rc::new(JsParquet(parquet.clone()));
        s.register_provider(Rc::new(runnel_parquet::FilesProvider::new(codec.clone())));
        s.register_provider(Rc::new(sim_delta::SimDelta {
            codec: codec.clone(),
        }));
        let cfs = fs.clone();
        s.set_checkpoint_factory(Rc::new(move |loc: &str| {
            Ok(
                Rc::new(runnel_core::state::FsCheckpointStore::new(cfs.clone(), loc))
                    as runnel_core::state::CheckpointRef,
            )
        }));
        let out = Rc::new(RefCell::new(String::new()));
        let o = out.clone();
        s.set_output(move |t: &str| o.borrow_mut().push_str(t));
        Session {
            s,
            fs,
            out,
            kafka: RefCell::new(None),
            parquet,
            codec,
            scripts: RefCell::new(Vec::new()),
        }
    }

    /// Sends what the session prints (console sink, `show()`) to `f(text)`.
    #[wasm_bindgen(js_name = setOutput)]
    pub fn set_output(&self, f: js_sys::Function) {
        self.s.set_output(move |t: &str| {
            let _ = f.call1(&JsValue::NULL, &JsValue::from_str(t));
        });
    }

    /// `spark.streams.addListener`: `f(kind, event)` for every query's events from now
    /// on — `kind` one of `"started"`, `"progress"`, `"idle"`, `"terminated"`, `event` the
    /// event as Spark's listener events serialize it (JSON text; core's
    /// `QueryEvent::spark_json`, what Spark Connect sends too). Returns the id
    /// `removeListener` takes. What `f` throws is `f`'s own: the query goes on.
    #[wasm_bindgen(js_name = addListener)]
    pub fn add_listener(&self, f: js_sys::Function) -> u32 {
        use runnel_core::query::QueryEvent;
        let l = Rc::new(move |q: &StreamingQuery, ev: &QueryEvent| {
            let kind = match ev {
                QueryEvent::Started => "started",
                QueryEvent::Progress(_) => "progress",
                QueryEvent::Idle(_) => "idle",
                QueryEvent::Terminated(_) => "terminated",
            };
            let event = ev.spark_json(q, now_ms()).to_string();
            let _ = f.call2(
                &JsValue::NULL,
                &JsValue::from_str(kind),
                &JsValue::from_str(&event),
            );
        });
        self.s.add_listener(l) as u32
    }

    /// `spark.streams.removeListener`, by the id `addListener` returned.
    #[wasm_bindgen(js_name = removeListener)]
    pub fn remove_listener(&self, id: u32) {
        self.s.remove_listener(id as usize);
    }

    /// What the session printed since the last call (when no output function is set).
    #[wasm_bindgen(js_name = takeOutput)]
    pub fn take_output(&self) -> String {
        std::mem::take(&mut *self.out.borrow_mut())
    }

    /// `spark.conf.set(key, value)`.
    #[wasm_bindgen(js_name = confSet)]
    pub fn conf_set(&self, key: &str, value: &str) -> Result<(), JsValue> {
        self.s.conf_set(key, value).map_err(js_err)
    }

    /// `spark.conf.get(key)`.
    #[wasm_bindgen(js_name = confGet)]
    pub fn conf_get(&self, key: &str) -> Option<String> {
        self.s.conf_get(key)
    }

    /// Puts a file into the virtual file system (its modification time is one second
    /// after the previous file's, as the file source orders them).
    #[wasm_bindgen(js_name = putFile)]
    pub fn put_file(&self, path: &str, data: &[u8]) {
        self.fs.put(path, data.to_vec());
    }

    /// `spark.readStream.format(f).options(o).schema(ddl).load(path)`.
    #[wasm_bindgen(js_name = readStream)]
    pub fn read_stream(
        &self,
        format: &str,
        options_json: &str,
        schema: Option<String>,
        path: Option<String>,
    ) -> R<DataFrame> {
        self.load(true, format, options_json, schema, path)
    }

    /// `spark.read.format(f).options(o).schema(ddl).load(path)`.
    pub fn read(
        &self,
        format: &str,
        options_json: &str,
        schema: Option<String>,
        path: Option<String>,
    ) -> R<DataFrame> {
        self.load(false, format, options_json, schema, path)
    }

    /// `spark.sql(query)` over temp views and memory tables.
    pub fn sql(&self, query: &str) -> R<DataFrame> {
        Ok(DataFrame {
            df: self.s.sql(query).map_err(js_err)?,
        })
    }

    /// `spark.createDataFrame(rows, schema)` with rows as a JSON array of objects.
    #[wasm_bindgen(js_name = createDataFrame)]
    pub fn create_data_frame(&self, rows_json: &str, ddl: &str) -> R<DataFrame> {
        let schema = Arc::new(runnel_core::types::parse_ddl_schema(ddl).map_err(js_err)?);
        let b = decode_rows(rows_json.as_bytes(), schema.clone(), "createDataFrame")?;
        Ok(DataFrame {
            df: self.s.create_data_frame_from_batches(schema, vec![b]),
        })
    }

    /// The memory stream `name` (created with the DDL schema on first use): rows added
    /// to it reach every query reading `format("memory").option("name", name)`.
    #[wasm_bindgen(js_name = memoryStream)]
    pub fn memory_stream(&self, name: &str, ddl: Option<String>) -> R<MemoryInput> {
        let schema = match ddl {
            Some(d) => Some(Arc::new(
                runnel_core::types::parse_ddl_schema(&d).map_err(js_err)?,
            )),
            None => None,
        };
        let stream = self.s.memory_stream(name, schema).map_err(js_err)?;
        Ok(MemoryInput {
            stream,
            name: name.to_string(),
            staging: RefCell::default(),
        })
    }

    /// Runs a PySpark script (its files in the virtual file system); returns what it
    /// printed. Streaming queries process what is available when the script awaits them
    /// and, still running at its end, once more then; they stay in the session for
    /// `processAllAvailable()`.
    #[wasm_bindgen(js_name = runScript)]
    pub fn run_script(&self, source: &str, name: &str) -> R<String> {
        let it = Interpreter::new(self.s.clone(), Rc::new(RunAvailable));
        let r = it.run(source, name);
        self.scripts.borrow_mut().push(it);
        r.map_err(|e| js_err_in(e, Some(source)))?;
        // As `runnel submit --once` does: the queries the script left running process what
        // is available (a notebook cell's `start()` keeps running after the cell).
        for q in self.s.queries() {
            if q.is_active() {
                q.process_all_available().map_err(js_err)?;
            }
        }
        Ok(self.take_output())
    }

    /// The virtual files under `prefix` (every file when empty) as a JSON array of
    /// `{path, size}`, sorted by path: sink outputs, `_spark_metadata`, `_delta_log`,
    /// checkpoints.
    #[wasm_bindgen(js_name = listFiles)]
    pub fn list_files(&self, prefix: &str) -> String {
        let files = if prefix.is_empty() {
            self.fs.entries()
        } else {
            self.fs.list(prefix, true).unwrap_or_default()
        };
        let all: Vec<serde_json::Value> = files
            .iter()
            .map(|f| serde_json::json!({"path": f.path, "size": f.size}))
            .collect();
        serde_json::Value::Array(all).to_string()
    }

    /// Plugs in the Parquet codec (the runnel-parquet-wasm module's `writeParquet(ipc,
    /// compression)` and `readParquet(data)`); `spark.loadParquet()` calls this.
    #[wasm_bindgen(js_name = setParquetCodec)]
    pub fn set_parquet_codec(&self, write: js_sys::Function, read: js_sys::Function) {
        *self.parquet.borrow_mut() = Some((write, read));
    }

    /// A virtual file's bytes.
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(&self, path: &str) -> R<Vec<u8>> {
        self.fs.read(path).map_err(js_err)
    }

    /// Adds a version to the Delta table (simulated in the page) at `path`: the rows of
    /// `text` (JSON lines) with the DDL schema `ddl`, as one commit. Returns the version.
    #[wasm_bindgen(js_name = deltaAppend)]
    pub fn delta_append(&self, path: &str, text: &str, ddl: &str) -> R<u32> {
        let schema = Arc::new(runnel_core::types::parse_ddl_schema(ddl).map_err(js_err)?);
        let id = self.s.new_uuid();
        let fs: runnel_core::io::file::FileSystemRef = self.fs.clone();
        let path = self.s.resolve_path(path);
        sim_delta::append_json(fs, self.codec.clone(), &path, text, schema, now_ms(), &id)
            .map(|v| v as u32)
            .map_err(js_err)
    }

    /// Makes `format("kafka")` read and write topics simulated in the page (no network):
    /// one partition each, read from the first message. For teaching pages that run
    /// course scripts written for Kafka.
    #[wasm_bindgen(js_name = simulateKafka)]
    pub fn simulate_kafka(&self) {
        if self.kafka.borrow().is_none() {
            let k = sim_kafka::SimKafka::new(self.s.clock());
            self.s.register_provider(Rc::new(k.clone()));
            *self.kafka.borrow_mut() = Some(k);
        }
    }

    /// Produces messages to a simulated topic: each non-empty line of `text` is one
    /// message value (no key). Returns how many.
    #[wasm_bindgen(js_name = kafkaProduce)]
    pub fn kafka_produce(&self, topic: &str, text: &str) -> R<u32> {
        self.simulate_kafka();
        let k = self.kafka.borrow().clone();
        let k = k.ok_or_else(|| plain_err("no simulated Kafka"))?;
        let msgs: Vec<_> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| (None, Some(l.as_bytes().to_vec())))
            .collect();
        Ok(k.produce(topic, &msgs).map_err(js_err)? as u32)
    }

    /// The messages of a simulated topic as JSON rows `{key, value, topic, partition,
    /// offset, timestamp}` (key and value as text).
    #[wasm_bindgen(js_name = kafkaTopicJson)]
    pub fn kafka_topic_json(&self, topic: &str) -> R<String> {
        self.simulate_kafka();
        let k = self.kafka.borrow().clone();
        let k = k.ok_or_else(|| plain_err("no simulated Kafka"))?;
        let batches = k.messages(topic).map_err(js_err)?;
        let mut out = Vec::new();
        for b in &batches {
            use arrow_array::Array;
            use arrow_array::cast::AsArray;
            let text = |c: usize, i: usize| {
                let a = b.column(c).as_binary::<i32>();
                if a.is_null(i) {
                    serde_json::Value::Null
                } else {
                    String::from_utf8_lossy(a.value(i)).into_owned().into()
                }
            };
            for i in 0..b.num_rows() {
                out.push(serde_json::json!({
                    "key": text(0, i),
                    "value": text(1, i),
                    "topic": topic,
                    "partition": 0,
                    "offset": b.column(4).as_primitive::<arrow_array::types::Int64Type>().value(i),
                }));
            }
        }
        Ok(serde_json::Value::Array(out).to_string())
    }

    /// The playground's start: runs a script with every query it starts traced
    /// (event times and output kept per batch) and not driven — `awaitTermination()`
    /// and `time.sleep` return at once, so the page runs the batches with
    /// [`Session::step_traced`]. Returns JSON `{sql}`: the `spark.sql` queries it ran.
    #[wasm_bindgen(js_name = startScript)]
    pub fn start_script(&self, source: &str, name: &str) -> R<String> {
        self.s
            .conf_set("runnel.trace.eventTimes", "true")
            .map_err(js_err)?;
        let it = Interpreter::new(self.s.clone(), Rc::new(Stepped));
        let r = it.run(source, name);
        self.s
            .conf_set("runnel.trace.eventTimes", "false")
            .map_err(js_err)?;
        let sql = it.sql_queries();
        self.scripts.borrow_mut().push(it);
        r.map_err(js_err)?;
        Ok(serde_json::json!({ "sql": sql }).to_string())
    }

    /// The playground's step: one micro-batch of every active query. Returns a JSON
    /// array, one entry per query: `{id, name, ran, progress, eventTimes, rows, plan,
    /// window, error}` (window sizes in ms; `plan` the physical plan as `explain()`
    /// prints it; `error` with its condition when the batch failed and stopped the query).
    #[wasm_bindgen(js_name = stepTraced)]
    pub fn step_traced(&self) -> String {
        let mut out = Vec::new();
        for q in self.s.queries() {
            if !q.is_active() {
                continue;
            }
            let mut e =
                serde_json::json!({"id": q.id(), "name": q.name(), "outputMode": q.output_mode()});
            match q.step() {
                Ok(ran) => {
                    e["ran"] = ran.into();
                    if ran && let Some(p) = q.progress().last() {
                        e["progress"] = p.to_json();
                        e["watermarkMs"] = p.watermark_ms.into();
                        e["eventTimes"] = p.event_times.clone().into();
                        if let Some(b) = &p.output {
                            e["rows"] = rows_value(std::slice::from_ref(b));
                        }
                        // The physical plan (`explain()`), from which a picture can tell the
                        // sides of a stream-stream join: its type, each side's columns and
                        // event-time column, in the order of the progress's sources.
                        e["plan"] = q.explain_string(false).into();
                    }
                }
                Err(err) => {
                    e["ran"] = false.into();
                    e["error"] = error_json(&err);
                }
            }
            if let Some(w) = q.window_spec() {
                e["window"] = serde_json::json!({
                    "sizeMs": w.size / 1000, "slideMs": w.slide / 1000, "startMs": w.start / 1000,
                });
            }
            out.push(e);
        }
        serde_json::Value::Array(out).to_string()
    }

    /// Runs every active query until it is idle; returns the batches run.
    #[wasm_bindgen(js_name = processAllAvailable)]
    pub fn process_all_available(&self) -> R<u32> {
        let mut n = 0;
        for q in self.s.queries() {
            if q.is_active() {
                n += q.process_all_available().map_err(js_err)? as u32;
            }
        }
        Ok(n)
    }
}

/// `format(f).options(o).schema(ddl).load(path)` on either reader (`spark.read`,
/// `spark.readStream`: two types with the same builder methods).
macro_rules! load_with {
    ($reader:expr, $format:expr, $options_json:expr, $schema:expr, $path:expr) => {{
        let mut r = $reader.format($format);
        for (k, v) in options_map($options_json)? {
            r = r.option(&k, &v);
        }
        if let Some(ddl) = $schema {
            r = r.schema(SchemaSpec::Ddl(ddl)).map_err(js_err)?;
        }
        let df = r.load($path.as_deref()).map_err(js_err)?;
        Ok(DataFrame { df })
    }};
}

impl Session {
    fn load(
        &self,
        streaming: bool,
        format: &str,
        options_json: &str,
        schema: Option<String>,
        path: Option<String>,
    ) -> R<DataFrame> {
        if streaming {
            load_with!(self.s.read_stream(), format, options_json, schema, path)
        } else {
            load_with!(self.s.read(), format, options_json, schema, path)
        }
    }
}

/// Rows pushed from JS into a memory stream.
#[wasm_bindgen]
pub struct MemoryInput {
    stream: Rc<RefCell<MemoryStream>>,
    name: String,
    /// Where runnel.js writes rows (JSON text, or JS objects as columns) straight into
    /// wasm memory; kept from call to call, so a steady stream allocates nothing.
    staging: RefCell<columns::Staging>,
}

#[wasm_bindgen]
impl MemoryInput {
    /// The stream's name (`option("name", ...)`).
    #[wasm_bindgen(getter)]
    pub fn name(&self) -> String {
        self.name.clone()
    }

    /// Rows held: added and not yet processed by every query reading the stream.
    #[wasm_bindgen(js_name = heldRows)]
    pub fn held_rows(&self) -> u32 {
        self.stream.borrow().held_rows() as u32
    }

    /// Drops the oldest rows no query has started on until at most `max_rows` are
    /// left (a live source's buffer bound); returns how many went.
    #[wasm_bindgen(js_name = shedUnread)]
    pub fn shed_unread(&self, max_rows: u32) -> u32 {
        self.stream.borrow_mut().shed_unread(max_rows as usize) as u32
    }

    /// Adds rows given as JSON (an array of objects, or JSON lines); returns how many.
    #[wasm_bindgen(js_name = addJson)]
    pub fn add_json(&self, rows_json: &str) -> R<u32> {
        let schema = self.stream.borrow().schema();
        let b = decode_rows(rows_json.as_bytes(), schema, &self.name)?;
        let n = b.num_rows() as u32;
        self.stream.borrow_mut().add_data(b).map_err(js_err)?;
        Ok(n)
    }

    /// The stream's columns as runnel.js converts JS objects for them (`[["name",
    /// "kind"], ...]`), or `null` when its rows go through JSON (see `columns::kinds`).
    #[wasm_bindgen(js_name = columnKinds)]
    pub fn column_kinds(&self) -> String {
        columns::kinds_json(&self.stream.borrow().schema())
    }

    /// Room for `rows` rows of cells (see `columns`); their address in wasm memory.
    #[wasm_bindgen(js_name = stageCells)]
    pub fn stage_cells(&self, rows: u32) -> R<u32> {
        let kinds = self.kinds()?;
        let p = self.staging.borrow_mut().cells_for(&kinds, rows as usize);
        Ok(p as usize as u32)
    }

    /// Room for `len` more bytes of staged text after the first `keep`; its start's address.
    #[wasm_bindgen(js_name = stageText)]
    pub fn stage_text(&self, keep: u32, len: u32) -> u32 {
        let p = self
            .staging
            .borrow_mut()
            .text_for(keep as usize, len as usize);
        p as usize as u32
    }

    /// Adds the staged rows (cells, and `strings` strings in `text_len` bytes of text);
    /// returns how many, or -1 when a string cannot be cut from the text (runnel.js
    /// then sends JSON).
    #[wasm_bindgen(js_name = addStagedCells)]
    pub fn add_staged_cells(&self, strings: u32, text_len: u32) -> R<i32> {
        let kinds = self.kinds()?;
        let schema = self.stream.borrow().schema();
        let batch = self
            .staging
            .borrow()
            .batch(&schema, &kinds, strings as usize, text_len as usize)
            .map_err(plain_err)?;
        let Some(b) = batch else { return Ok(-1) };
        let n = b.num_rows() as i32;
        self.stream.borrow_mut().add_data(b).map_err(js_err)?;
        Ok(n)
    }

    /// Adds rows given as JSON whose UTF-8 bytes runnel.js staged (`stageText`, or JSON
    /// bytes copied in as they came).
    #[wasm_bindgen(js_name = addStagedJson)]
    pub fn add_staged_json(&self, len: u32) -> R<u32> {
        let schema = self.stream.borrow().schema();
        let b = {
            let st = self.staging.borrow();
            let bytes = st
                .text
                .get(..len as usize)
                .ok_or_else(|| plain_err(format!("{len} bytes of JSON were not staged")))?;
            decode_rows(bytes, schema, &self.name)?
        };
        let n = b.num_rows() as u32;
        self.stream.borrow_mut().add_data(b).map_err(js_err)?;
        Ok(n)
    }

    /// Adds rows given as an Arrow IPC stream (columns matched by position); returns how many.
    ///
    /// The bytes are decoded in place: the batches' arrays are slices of the one buffer
    /// wasm-bindgen copied them into (no second copy, no zeroed staging buffer).
    #[wasm_bindgen(js_name = addArrowIPC)]
    pub fn add_arrow_ipc(&self, bytes: Vec<u8>) -> R<u32> {
        let n = self
            .stream
            .borrow_mut()
            .add_arrow_ipc(bytes)
            .map_err(js_err)?;
        Ok(n as u32)
    }
}

impl MemoryInput {
    fn kinds(&self) -> R<Vec<columns::Kind>> {
        columns::kinds(&self.stream.borrow().schema()).ok_or_else(|| {
            plain_err(format!(
                "memory stream {} takes rows as JSON only",
                self.name
            ))
        })
    }
}

/// A DataFrame (batch or streaming).
#[wasm_bindgen]
pub struct DataFrame {
    df: runnel_core::DataFrame,
}

fn wrap(r: runnel_core::Result<runnel_core::DataFrame>) -> R<DataFrame> {
    r.map(|df| DataFrame { df }).map_err(js_err)
}

#[wasm_bindgen]
impl DataFrame {
    /// `select(...)`; each item is Spark SQL (`value`, `(value / 100) AS v`).
    pub fn select(&self, items: Vec<String>) -> R<DataFrame> {
        wrap(self.df.select(exprs(&items)?))
    }

    /// `filter(condition)` / `where(condition)`.
    pub fn filter(&self, condition: &str) -> R<DataFrame> {
        wrap(self.df.filter_sql(condition))
    }

    /// `withColumn(name, expr)`.
    #[wasm_bindgen(js_name = withColumn)]
    pub fn with_column(&self, name: &str, expr: &str) -> R<DataFrame> {
        let e = parse_select_item(expr).map_err(js_err)?;
        wrap(self.df.with_column(name, e))
    }

    /// `withColumnRenamed(existing, new)`.
    #[wasm_bindgen(js_name = withColumnRenamed)]
    pub fn with_column_renamed(&self, existing: &str, new: &str) -> R<DataFrame> {
        wrap(self.df.with_column_renamed(existing, new))
    }

    /// `drop(names...)`.
    pub fn drop(&self, names: Vec<String>) -> R<DataFrame> {
        wrap(self.df.drop(&names))
    }

    /// `withWatermark(column, delay)`.
    #[wasm_bindgen(js_name = withWatermark)]
    pub fn with_watermark(&self, column: &str, delay: &str) -> R<DataFrame> {
        wrap(self.df.with_watermark(column, delay))
    }

    /// `groupBy(...)`.
    #[wasm_bindgen(js_name = groupBy)]
    pub fn group_by(&self, items: Vec<String>) -> R<GroupedData> {
        Ok(GroupedData {
            g: self.df.group_by(exprs(&items)?),
        })
    }

    /// `rollup(...)`.
    pub fn rollup(&self, items: Vec<String>) -> R<GroupedData> {
        Ok(GroupedData {
            g: self.df.rollup(exprs(&items)?),
        })
    }

    /// `cube(...)`.
    pub fn cube(&self, items: Vec<String>) -> R<GroupedData> {
        Ok(GroupedData {
            g: self.df.cube(exprs(&items)?),
        })
    }

    /// `groupingSets(sets, ...cols)`: each set as positions in `items`, a JSON array of arrays.
    #[wasm_bindgen(js_name = groupingSets)]
    pub fn grouping_sets(&self, items: Vec<String>, sets_json: &str) -> R<GroupedData> {
        let sets: Vec<Vec<usize>> = serde_json::from_str(sets_json).map_err(plain_err)?;
        if let Some(i) = sets.iter().flatten().find(|i| **i >= items.len()) {
            return Err(plain_err(format!(
                "groupingSets: position {i} is not one of the {} grouping columns",
                items.len()
            )));
        }
        Ok(GroupedData {
            g: self.df.grouping_sets(exprs(&items)?, sets),
        })
    }

    /// `observe(name, ...metrics)`: rows pass unchanged; each micro-batch's metrics
    /// (aggregate expressions, Spark SQL) are in its progress's `observedMetrics`.
    pub fn observe(&self, name: &str, metrics: Vec<String>) -> R<DataFrame> {
        wrap(self.df.observe(name, exprs(&metrics)?))
    }

    /// `dropDuplicates([cols])` (all columns when empty).
    #[wasm_bindgen(js_name = dropDuplicates)]
    pub fn drop_duplicates(&self, cols: Vec<String>, within_watermark: bool) -> R<DataFrame> {
        let subset = if cols.is_empty() { None } else { Some(cols) };
        wrap(self.df.drop_duplicates(subset, within_watermark))
    }

    /// `fillna(value, subset)`: `value` as JSON (a number, string, bool, or an object of
    /// column → value); `subset` empty for every column.
    pub fn fillna(&self, value_json: &str, subset: Vec<String>) -> R<DataFrame> {
        use runnel_core::logical::na::NaFill;
        let scalar = |v: &serde_json::Value| -> R<ScalarValue> {
            Ok(match v {
                serde_json::Value::Bool(b) => ScalarValue::Boolean(*b),
                serde_json::Value::String(s) => ScalarValue::Utf8(s.clone()),
                serde_json::Value::Number(n) => match n.as_i64() {
                    Some(i) => ScalarValue::Int64(i),
                    None => ScalarValue::Float64(n.as_f64().unwrap_or(f64::NAN)),
                },
                other => {
                    return Err(JsValue::from_str(&format!(
                        "fillna: value should be a number, string, boolean or an object of them; got {other}"
                    )));
                }
            })
        };
        let v: serde_json::Value =
            serde_json::from_str(value_json).map_err(|e| JsValue::from_str(&e.to_string()))?;
        let what = match &v {
            serde_json::Value::Object(m) => NaFill::PerColumn(
                m.iter()
                    .map(|(k, x)| Ok((k.clone(), scalar(x)?)))
                    .collect::<R<_>>()?,
            ),
            x => NaFill::Value(scalar(x)?),
        };
        let subset = (!subset.is_empty()).then_some(subset);
        wrap(runnel_core::logical::na::fill(
            &self.df,
            &what,
            subset.as_deref(),
        ))
    }

    /// `dropna(how, thresh, subset)`: `thresh` below 0 for none, `subset` empty for every
    /// column.
    pub fn dropna(&self, how: &str, thresh: f64, subset: Vec<String>) -> R<DataFrame> {
        let thresh = (thresh >= 0.0).then_some(thresh as usize);
        let subset = (!subset.is_empty()).then_some(subset);
        wrap(runnel_core::logical::na::drop(
            &self.df,
            how,
            thresh,
            subset.as_deref(),
        ))
    }

    /// `limit(n)`.
    pub fn limit(&self, n: f64) -> R<DataFrame> {
        Ok(DataFrame {
            // (runnel.js has checked that `n` is a safe integer.)
            df: self.df.limit(n as i64).map_err(js_err)?,
        })
    }

    /// `orderBy(...)`; each key is Spark SQL with optional `ASC`/`DESC`.
    #[wasm_bindgen(js_name = orderBy)]
    pub fn order_by(&self, keys: Vec<String>) -> R<DataFrame> {
        let keys = keys.iter().map(|k| sort_key(k)).collect::<R<Vec<_>>>()?;
        wrap(self.df.order_by(keys))
    }

    /// `union(other)`.
    pub fn union(&self, other: &DataFrame) -> R<DataFrame> {
        wrap(self.df.union(&other.df))
    }

    /// `join(other, on, how)`: `on` is column names, or one SQL condition.
    pub fn join(
        &self,
        other: &DataFrame,
        on: Vec<String>,
        condition: Option<String>,
        how: &str,
    ) -> R<DataFrame> {
        let on = match condition {
            Some(c) => runnel_core::logical::dataframe::JoinOn::Condition(
                runnel_core::expr::sql::parse_expression(&c).map_err(js_err)?,
            ),
            None if on.is_empty() => runnel_core::logical::dataframe::JoinOn::None,
            None => runnel_core::logical::dataframe::JoinOn::Using(on),
        };
        wrap(self.df.join(&other.df, on, how))
    }

    /// Column names.
    pub fn columns(&self) -> Vec<String> {
        self.df.columns()
    }

    /// `isStreaming`.
    #[wasm_bindgen(js_name = isStreaming)]
    pub fn is_streaming(&self) -> bool {
        self.df.is_streaming()
    }

    /// The schema as Spark's DDL (`timestamp TIMESTAMP, category STRING`).
    #[wasm_bindgen(js_name = schemaDDL)]
    pub fn schema_ddl(&self) -> String {
        self.df
            .schema()
            .fields()
            .iter()
            .map(|f| {
                format!(
                    "{} {}",
                    f.name(),
                    runnel_core::types::simple_string(f.data_type()).to_ascii_uppercase()
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `printSchema()`'s text.
    #[wasm_bindgen(js_name = treeString)]
    pub fn tree_string(&self) -> String {
        self.df.tree_string()
    }

    /// `show(n, truncate)`'s text (batch DataFrames).
    #[wasm_bindgen(js_name = showString)]
    pub fn show_string(&self, n: u32, truncate: u32) -> R<String> {
        self.df
            .show_string(n as usize, truncate as usize)
            .map_err(js_err)
    }

    /// `collect()` as a JSON array of objects (batch DataFrames).
    #[wasm_bindgen(js_name = collectJson)]
    pub fn collect_json(&self) -> R<String> {
        Ok(rows_json(&self.df.collect().map_err(js_err)?))
    }

    /// The rows as an Arrow IPC stream (batch DataFrames).
    #[wasm_bindgen(js_name = toArrowIPC)]
    pub fn to_arrow_ipc(&self) -> R<Vec<u8>> {
        let b = self.df.collect().map_err(js_err)?;
        ipc_bytes(&b, &self.df.without_qualifiers().schema())
    }

    /// `createOrReplaceTempView(name)`.
    #[wasm_bindgen(js_name = createOrReplaceTempView)]
    pub fn create_or_replace_temp_view(&self, name: &str) {
        self.df.create_or_replace_temp_view(name);
    }

    /// `writeStream....start()`: `trigger_ms` < 0 is `once`, `available_now` for
    /// `availableNow`, `continuous` for `trigger(continuous=...)` (an epoch every
    /// `trigger_ms`); `foreach` (when given) is `foreachBatch(fn(batch, epochId))`.
    #[allow(clippy::too_many_arguments)]
    #[wasm_bindgen(js_name = startStream)]
    pub fn start_stream(
        &self,
        output_mode: &str,
        format: &str,
        query_name: Option<String>,
        options_json: &str,
        trigger_ms: f64,
        available_now: bool,
        continuous: bool,
        foreach: Option<js_sys::Function>,
        path: Option<String>,
    ) -> R<Query> {
        let mut w = self
            .df
            .write_stream()
            .output_mode(output_mode)
            .format(format);
        if let Some(n) = &query_name {
            w = w.query_name(n);
        }
        for (k, v) in options_map(options_json)? {
            w = w.option(&k, &v);
        }
        w = w.trigger(if available_now {
            Trigger::AvailableNow
        } else if continuous {
            Trigger::Continuous(trigger_ms.max(0.0) as i64)
        } else if trigger_ms < 0.0 {
            Trigger::Once
        } else {
            Trigger::ProcessingTime(trigger_ms as i64)
        });
        if let Some(f) = foreach {
            w = w.foreach_batch(Box::new(move |df: &runnel_core::DataFrame, epoch: i64| {
                let batches = df.collect()?;
                let handle = BatchRows {
                    batches,
                    schema: df.schema(),
                };
                f.call2(
                    &JsValue::NULL,
                    &JsValue::from(handle),
                    &JsValue::from_f64(epoch as f64),
                )
                .map(|_| ())
                .map_err(|e| {
                    let msg = e
                        .dyn_ref::<js_sys::Error>()
                        .map(|e| String::from(e.message()))
                        .or_else(|| e.as_string())
                        .unwrap_or_else(|| "the foreachBatch function threw".into());
                    RunnelError::execution_plain(format!("foreachBatch: {msg}"))
                })
            }));
        }
        let q = w.start(path.as_deref()).map_err(js_err)?;
        Ok(Query { q })
    }
}

/// `df.groupBy(...)`.
#[wasm_bindgen]
pub struct GroupedData {
    g: runnel_core::GroupedData,
}

#[wasm_bindgen]
impl GroupedData {
    /// `agg(...)`; each item is Spark SQL (`sum(value) AS total`).
    pub fn agg(&self, items: Vec<String>) -> R<DataFrame> {
        wrap(self.g.agg(exprs(&items)?))
    }

    /// `agg({"col": "fn"})` as a JSON object.
    #[wasm_bindgen(js_name = aggDict)]
    pub fn agg_dict(&self, pairs_json: &str) -> R<DataFrame> {
        let pairs: Vec<(String, String)> = options_map(pairs_json)?.into_iter().collect();
        wrap(self.g.agg_dict(&pairs))
    }

    /// `count()`.
    pub fn count(&self) -> R<DataFrame> {
        wrap(self.g.count())
    }

    /// `pivot(col, values?)`: values as Spark SQL literals (found from the data when absent).
    pub fn pivot(&self, col: &str, values: Option<Vec<String>>) -> R<GroupedData> {
        let col = parse_select_item(col).map_err(js_err)?;
        let values = match values {
            None => None,
            Some(v) => Some(
                exprs(&v)?
                    .into_iter()
                    .map(|e| match e {
                        Expr::Literal(s) => Ok(s),
                        other => Err(plain_err(format!(
                            "a pivot value that is not a literal: {}",
                            other.sql()
                        ))),
                    })
                    .collect::<R<Vec<_>>>()?,
            ),
        };
        Ok(GroupedData {
            g: self.g.pivot(col, values).map_err(js_err)?,
        })
    }

    /// `sum/avg/mean/min/max(cols...)`.
    pub fn simple(&self, fname: &str, cols: Vec<String>) -> R<DataFrame> {
        wrap(self.g.simple(fname, &cols))
    }
}

/// The rows of one micro-batch, handed to a `foreachBatch` function.
#[wasm_bindgen]
pub struct BatchRows {
    batches: Vec<RecordBatch>,
    schema: arrow_schema::SchemaRef,
}

#[wasm_bindgen]
impl BatchRows {
    /// The rows as a JSON array of objects.
    #[wasm_bindgen(js_name = rowsJson)]
    pub fn rows_json(&self) -> String {
        rows_json(&self.batches)
    }

    /// The rows as an Arrow IPC stream.
    #[wasm_bindgen(js_name = toArrowIPC)]
    pub fn to_arrow_ipc(&self) -> R<Vec<u8>> {
        ipc_bytes(&self.batches, &self.schema)
    }

    /// Number of rows.
    #[wasm_bindgen(js_name = numRows)]
    pub fn num_rows(&self) -> u32 {
        self.batches.iter().map(|b| b.num_rows() as u32).sum()
    }
}

/// A running streaming query.
#[wasm_bindgen]
pub struct Query {
    q: StreamingQuery,
}

#[wasm_bindgen]
impl Query {
    /// The query id (kept across restarts from a checkpoint).
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.q.id()
    }

    /// The run id.
    #[wasm_bindgen(getter, js_name = runId)]
    pub fn run_id(&self) -> String {
        self.q.run_id()
    }

    /// The query name.
    #[wasm_bindgen(getter)]
    pub fn name(&self) -> Option<String> {
        self.q.name()
    }

    /// Whether it runs.
    #[wasm_bindgen(getter, js_name = isActive)]
    pub fn is_active(&self) -> bool {
        self.q.is_active()
    }

    /// The trigger interval in ms (-1: once, -2: availableNow).
    #[wasm_bindgen(js_name = triggerMs)]
    pub fn trigger_ms(&self) -> f64 {
        match self.q.trigger() {
            Trigger::ProcessingTime(ms) | Trigger::Continuous(ms) => ms as f64,
            Trigger::Once => -1.0,
            Trigger::AvailableNow => -2.0,
        }
    }

    /// True under a continuous trigger (each step is an epoch, run with or without data).
    #[wasm_bindgen(js_name = isContinuous)]
    pub fn is_continuous(&self) -> bool {
        matches!(self.q.trigger(), Trigger::Continuous(_))
    }

    /// Runs one micro-batch if there is data (or the watermark asks for one).
    pub fn step(&self) -> R<bool> {
        self.q.step().map_err(js_err)
    }

    /// Runs batches until idle; returns how many ran.
    #[wasm_bindgen(js_name = processAllAvailable)]
    pub fn process_all_available(&self) -> R<u32> {
        self.q
            .process_all_available()
            .map(|n| n as u32)
            .map_err(js_err)
    }

    /// Stops the query.
    pub fn stop(&self) {
        self.q.stop();
    }

    /// `lastProgress` as JSON text (Spark's field names).
    #[wasm_bindgen(js_name = lastProgressJson)]
    pub fn last_progress_json(&self) -> Option<String> {
        self.q.last_progress().map(|v| v.to_string())
    }

    /// `recentProgress` as JSON text.
    #[wasm_bindgen(js_name = recentProgressJson)]
    pub fn recent_progress_json(&self) -> String {
        serde_json::Value::Array(self.q.recent_progress()).to_string()
    }

    /// `status` as JSON text.
    #[wasm_bindgen(js_name = statusJson)]
    pub fn status_json(&self) -> String {
        self.q.status().to_string()
    }

    /// `explain(extended)`'s text: the physical plan the batches run (Spark's "No
    /// physical plan. Waiting for data." before the first batch).
    pub fn explain(&self, extended: bool) -> String {
        self.q.explain_string(extended)
    }

    /// The error that stopped the query, if any.
    pub fn exception(&self) -> Option<String> {
        self.q.exception().map(|e| e.to_string())
    }
}

/// Runs one Spark oracle case (query.py and its steps' files, as JSON:
/// `[{"name": "000", "files": [{"name": "a.json", "text": "..."}]}]`) through the
/// interpreter, as `runnel oracle-check` does; returns what Runnel produced in
/// expected.json's format.
#[wasm_bindgen(js_name = runOracleCase)]
pub fn run_oracle_case(query_py: &str, steps_json: &str) -> R<String> {
    let steps: serde_json::Value = serde_json::from_str(steps_json).map_err(plain_err)?;
    let steps = steps.as_array().cloned().unwrap_or_default();
    let names: Vec<String> = steps
        .iter()
        .map(|s| s["name"].as_str().unwrap_or_default().to_string())
        .collect();
    let session = SparkSession::new();
    let fs = Rc::new(MemoryFileSystem::new());
    session.set_file_system(fs.clone());
    session.set_clock(now_ms);
    let input = "/input";
    let mut place = |i: usize| -> runnel_core::Result<Vec<String>> {
        let mut files: Vec<(String, String)> = steps[i]["files"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|f| {
                (
                    f["name"].as_str().unwrap_or_default().to_string(),
                    f["text"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        files.sort();
        let mut out = Vec::new();
        for (name, text) in files {
            fs.put(&format!("{input}/{}-{name}", names[i]), text.into_bytes());
            out.push(format!("{}/{name}", names[i]));
        }
        Ok(out)
    };
    let v = runnel_pyspark::oracle::run_steps(
        &session, input, query_py, "query.py", &names, &mut place,
    )
    .map_err(js_err)?;
    Ok(v.to_string())
}

/// Compares an oracle case's expected.json with what Runnel produced (compare.py's
/// rules); returns the first difference, or nothing when they agree.
#[wasm_bindgen(js_name = compareOracle)]
pub fn compare_oracle(expected_json: &str, actual_json: &str) -> R<Option<String>> {
    let e: serde_json::Value = serde_json::from_str(expected_json).map_err(plain_err)?;
    let a: serde_json::Value = serde_json::from_str(actual_json).map_err(plain_err)?;
    Ok(runnel_pyspark::compare::compare(&e, &a))
}
