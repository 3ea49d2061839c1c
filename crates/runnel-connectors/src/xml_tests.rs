//! The XML format's tests against what Spark 4.3 read and wrote (tests/formats); the
//! reader and writer are runnel-core's `io::xml`.

use std::collections::BTreeMap;
use std::sync::Arc;

use arrow_array::RecordBatch;
use runnel_core::error::Result;
use runnel_core::io::xml::*;

fn dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/formats")
}

/// Reads `data` as `spark.read.options(**opts).xml(path)` does (schema inferred).
fn read(data: &[u8], opts: &BTreeMap<String, String>) -> Result<RecordBatch> {
    let o = XmlOptions::from_options(opts, |_| None);
    let schema = infer_xml(&[("in.xml".into(), data.to_vec())], &o)?;
    let b = decode_xml(data, "in.xml", &schema, &o)?;
    Ok(b.into_iter().next().unwrap())
}

/// Every input of tests/formats/xml-inputs read as Spark 4.3 read it (its inferred
/// schema, its rows or its error), recorded by tests/formats/record_spark.py.
#[test]
fn xml_inference_and_rows_match_what_spark_4_3_recorded() {
    let mut checked = 0;
    for e in std::fs::read_dir(dir().join("xml-inputs")).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let data = std::fs::read(&path).unwrap();
        let want: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir().join("spark-xml").join(format!("{name}.json"))).unwrap(),
        )
        .unwrap();
        let opts: BTreeMap<String, String> = want["options"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
            .collect();
        match read(&data, &opts) {
            Err(e) => {
                let cond = want["error"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{name}: Spark read it, Runnel failed: {e}"));
                let c = &cond[1..cond.find(']').unwrap()];
                assert!(e.to_string().contains(c), "{name}: {e} (Spark: {cond})");
            }
            Ok(b) => {
                let cols: Vec<serde_json::Value> = b
                    .schema()
                    .fields()
                    .iter()
                    .map(|f| {
                        serde_json::json!([
                            f.name(),
                            runnel_core::types::simple_string(f.data_type())
                        ])
                    })
                    .collect();
                assert_eq!(serde_json::Value::Array(cols), want["columns"], "{name}");
                let rows: Vec<serde_json::Value> = (0..b.num_rows())
                    .map(|r| {
                        serde_json::Value::Array(
                            b.columns()
                                .iter()
                                .map(|c| runnel_core::scalar::json_value(c.as_ref(), r))
                                .collect(),
                        )
                    })
                    .collect();
                assert_eq!(serde_json::Value::Array(rows), want["rows"], "{name}");
            }
        }
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} recorded XML cases");
}

/// What Runnel writes for the DataFrame record_spark.py wrote is Spark's file, byte
/// for byte (declaration, ROWS root, indentation, arrays, structs, escapes, NULLs).
#[test]
fn xml_written_here_is_the_text_spark_4_3_writes() {
    let schema = runnel_core::types::parse_ddl_schema(
        "age INT, name STRING, xs ARRAY<INT>, st STRUCT<a: INT, b: STRING>",
    )
    .unwrap();
    let rows = br#"{"age":100,"name":"Hyukjin Kwon","xs":[1,2],"st":{"a":1,"b":"x"}}
{"name":"a<b&c"}
"#;
    let b = arrow_json::ReaderBuilder::new(Arc::new(schema))
        .build(&rows[..])
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let mut o = BTreeMap::new();
    o.insert("rowTag".to_string(), "person".to_string());
    let text = encode_xml(&b, &XmlOptions::from_options(&o, |_| None)).unwrap();
    let want = std::fs::read_to_string(dir().join("spark-xml/written.xml")).unwrap();
    assert_eq!(String::from_utf8(text).unwrap(), want);
}

/// No declaration, nullValue for NULLs, date and timestamp patterns, as Spark 4.3
/// wrote them.
#[test]
fn xml_writer_options_are_honoured_as_spark_4_3_honours_them() {
    let schema =
        runnel_core::types::parse_ddl_schema("a INT, b STRING, dt DATE, ts TIMESTAMP").unwrap();
    let rows = br#"{"a":1,"dt":"2025-03-01","ts":"2025-03-01T10:05:00Z"}
"#;
    let b = arrow_json::ReaderBuilder::new(Arc::new(schema))
        .build(&rows[..])
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let o: BTreeMap<String, String> = [
        ("rowTag", "r"),
        ("declaration", ""),
        ("nullValue", "NULL"),
        ("dateFormat", "dd/MM/yyyy"),
        ("timestampFormat", "dd/MM/yyyy HH:mm"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let text = encode_xml(&b, &XmlOptions::from_options(&o, |_| None)).unwrap();
    let want = std::fs::read_to_string(dir().join("spark-xml/written-options.xml")).unwrap();
    assert_eq!(String::from_utf8(text).unwrap(), want);
}

/// Attributes, the value tag and values of each kind, as Spark 4.3 wrote them.
#[test]
fn xml_attributes_value_tag_and_value_kinds_are_written_as_spark_4_3_writes_them() {
    let schema = runnel_core::types::parse_ddl_schema(
        "_id BIGINT, _VALUE STRING, name STRUCT<_lang: STRING, _VALUE: STRING>, d DOUBLE, ok BOOLEAN, dt DATE, ts TIMESTAMP, dec DECIMAL(10,2)",
    )
    .unwrap();
    let rows = br#"{"_id":7,"_VALUE":"v","name":{"_lang":"en","_VALUE":"Carol"},"d":1.5,"ok":true,"dt":"2025-03-01","ts":"2025-03-01T10:05:00.123456Z","dec":12.30}
"#;
    let b = arrow_json::ReaderBuilder::new(Arc::new(schema))
        .build(&rows[..])
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let mut o = BTreeMap::new();
    o.insert("rowTag".to_string(), "r".to_string());
    o.insert("rootTag".to_string(), "rs".to_string());
    let text = encode_xml(&b, &XmlOptions::from_options(&o, |_| None)).unwrap();
    let want = std::fs::read_to_string(dir().join("spark-xml/written-kinds.xml")).unwrap();
    assert_eq!(String::from_utf8(text).unwrap(), want);
}

#[test]
fn written_xml_reads_back_with_the_same_rows() {
    let mut o = BTreeMap::new();
    o.insert("rowTag".to_string(), "person".to_string());
    let data = std::fs::read(dir().join("spark-xml/written.xml")).unwrap();
    let opts = XmlOptions::from_options(&o, |_| None);
    let schema = Arc::new(runnel_core::types::parse_ddl_schema("age INT, name STRING").unwrap());
    let b = &decode_xml(&data, "w.xml", &schema, &opts).unwrap()[0];
    assert_eq!(b.num_rows(), 2);
    assert_eq!(
        runnel_core::scalar::json_value(b.column(0).as_ref(), 0),
        100
    );
    assert_eq!(
        runnel_core::scalar::json_value(b.column(1).as_ref(), 1),
        "a<b&c"
    );
}

#[test]
fn a_value_that_does_not_convert_is_malformed_in_each_mode() {
    let data = b"<rs><r><a>1</a></r><r><a>x</a></r></rs>";
    let schema =
        Arc::new(runnel_core::types::parse_ddl_schema("a INT, _corrupt_record STRING").unwrap());
    let run = |mode: &str| {
        let mut o = BTreeMap::new();
        o.insert("rowTag".to_string(), "r".to_string());
        o.insert("mode".to_string(), mode.to_string());
        decode_xml(
            data,
            "f.xml",
            &schema,
            &XmlOptions::from_options(&o, |_| None),
        )
    };
    let p = &run("PERMISSIVE").unwrap()[0];
    assert_eq!(p.num_rows(), 2);
    assert!(p.column(0).is_null(1));
    // Spark 4.3 puts the file's text there (see the oracle case xml_stream_schema_permissive).
    assert_eq!(
        runnel_core::scalar::json_value(p.column(1).as_ref(), 1),
        std::str::from_utf8(data).unwrap()
    );
    assert!(p.column(1).is_null(0));
    assert_eq!(run("DROPMALFORMED").unwrap()[0].num_rows(), 1);
    let e = run("FAILFAST").unwrap_err().to_string();
    assert!(
        e.contains("MALFORMED_RECORD_IN_PARSING") && e.contains("f.xml"),
        "{e}"
    );
}
