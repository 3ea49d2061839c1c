//! Managed tables over the in-memory file system with this crate's file formats, as the
//! npm package sets a session up (its virtual files; rows in the page's memory): a table made by
//! saveAsTable and by a streaming toTable, read back in batch and as a stream, dropped,
//! and Spark's errors for names that are taken or missing.

use std::rc::Rc;
use std::sync::Arc;

use arrow_array::{ArrayRef, Int64Array, RecordBatch};
use runnel_core::SparkSession;
use runnel_core::io::file::{FileSystem, MemoryFileSystem};
use runnel_core::logical::catalog::save_as_table;
use runnel_core::logical::readwrite::SchemaSpec;

fn ids(df: &runnel_core::DataFrame) -> Vec<i64> {
    let mut out: Vec<i64> = df
        .collect()
        .unwrap()
        .iter()
        .flat_map(|b| {
            b.column(0)
                .as_any()
                .downcast_ref::<Int64Array>()
                .unwrap()
                .iter()
                .map(|v| v.unwrap())
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort();
    out
}

fn session() -> (SparkSession, Rc<MemoryFileSystem>) {
    let fs = Rc::new(MemoryFileSystem::new());
    let s = SparkSession::new();
    s.set_file_system(fs.clone());
    s.register_provider(Rc::new(runnel_parquet::FilesProvider::default()));
    (s, fs)
}

#[test]
fn save_as_table_in_json_reads_back_appends_and_drops_in_memory() {
    let (s, fs) = session();
    let none = Default::default();
    save_as_table(
        &s.range(0, 3, 1).unwrap(),
        "t",
        Some("json"),
        "errorifexists",
        &none,
    )
    .unwrap();
    assert_eq!(ids(&s.table("t").unwrap()), vec![0, 1, 2]);
    assert!(
        fs.entries()
            .iter()
            .any(|f| f.path.starts_with("spark-warehouse/t/"))
    );
    let e = save_as_table(
        &s.range(0, 1, 1).unwrap(),
        "T",
        Some("json"),
        "errorifexists",
        &none,
    )
    .unwrap_err();
    assert_eq!(e.condition.as_deref(), Some("TABLE_OR_VIEW_ALREADY_EXISTS"));
    save_as_table(
        &s.range(5, 7, 1).unwrap(),
        "default.t",
        Some("json"),
        "append",
        &none,
    )
    .unwrap();
    assert_eq!(
        ids(&s.table("spark_catalog.default.t").unwrap()),
        vec![0, 1, 2, 5, 6]
    );
    let e = save_as_table(&s.range(0, 1, 1).unwrap(), "t", None, "append", &none).unwrap_err();
    assert_eq!(e.condition.as_deref(), Some("_LEGACY_ERROR_TEMP_1159"));
    s.sql("DROP TABLE t").unwrap();
    assert!(
        fs.entries()
            .iter()
            .all(|f| !f.path.starts_with("spark-warehouse/t/"))
    );
    let e = s.table("t").err().unwrap();
    assert_eq!(e.condition.as_deref(), Some("TABLE_OR_VIEW_NOT_FOUND"));
    // A folder left in the warehouse (by an earlier session) is in the way, as in Spark.
    fs.write("spark-warehouse/old/part-0.json", b"{}\n")
        .unwrap();
    let e = save_as_table(
        &s.range(0, 1, 1).unwrap(),
        "old",
        Some("json"),
        "overwrite",
        &none,
    )
    .unwrap_err();
    assert_eq!(e.condition.as_deref(), Some("LOCATION_ALREADY_EXISTS"));
}

#[test]
fn to_table_from_a_stream_then_read_stream_table_sees_only_committed_files() {
    let (s, fs) = session();
    s.conf_set("spark.sql.warehouse.dir", "/wh").unwrap();
    let src = s
        .read_stream()
        .format("memory")
        .option("name", "nums")
        .schema(SchemaSpec::Ddl("id BIGINT".into()))
        .unwrap()
        .load(None)
        .unwrap();
    let stream = s.memory_stream("nums", None).unwrap();
    let batch = |v: &[i64]| {
        let schema = Arc::new(runnel_core::types::parse_ddl_schema("id BIGINT").unwrap());
        RecordBatch::try_new(
            schema,
            vec![Arc::new(Int64Array::from(v.to_vec())) as ArrayRef],
        )
        .unwrap()
    };
    stream.borrow_mut().add_data(batch(&[1, 2])).unwrap();
    let q = src
        .write_stream()
        .format("json")
        .to_table("nums_t")
        .unwrap();
    q.process_all_available().unwrap();
    assert_eq!(ids(&s.table("nums_t").unwrap()), vec![1, 2]);
    // A file beside the sink's committed ones is not part of the table (Spark reads a
    // sink's folder through its _spark_metadata log).
    fs.write("/wh/nums_t/stray.json", b"{\"id\": 99}\n")
        .unwrap();
    let copy = s.read_stream_table("nums_t", &Default::default()).unwrap();
    assert!(copy.is_streaming());
    let cq = copy
        .write_stream()
        .format("memory")
        .query_name("copy")
        .start(None)
        .unwrap();
    cq.process_all_available().unwrap();
    stream.borrow_mut().add_data(batch(&[3])).unwrap();
    q.process_all_available().unwrap();
    cq.process_all_available().unwrap();
    assert_eq!(ids(&s.table("copy").unwrap()), vec![1, 2, 3]);
    assert_eq!(ids(&s.table("nums_t").unwrap()), vec![1, 2, 3]);
    let e = src
        .write_stream()
        .format("text")
        .to_table("nums_t")
        .err()
        .unwrap();
    assert_eq!(e.condition.as_deref(), Some("_LEGACY_ERROR_TEMP_1192"));
    assert!(s.table_exists("nums_t"));
    assert_eq!(
        s.list_tables()
            .iter()
            .map(|t| (t.name.as_str(), t.is_temporary))
            .collect::<Vec<_>>(),
        vec![("nums_t", false), ("copy", true)]
    );
}

#[test]
fn a_table_without_a_format_takes_spark_sql_sources_default() {
    let (s, _fs) = session();
    s.conf_set("spark.sql.sources.default", "json").unwrap();
    save_as_table(
        &s.range(0, 2, 1).unwrap(),
        "j",
        None,
        "errorifexists",
        &Default::default(),
    )
    .unwrap();
    assert_eq!(s.catalog_table("j").unwrap().format, "json");
    s.sql("CREATE TABLE c (a INT)").unwrap();
    assert_eq!(s.catalog_table("c").unwrap().format, "json");
    assert_eq!(ids(&s.table("j").unwrap()), vec![0, 1]);
}
