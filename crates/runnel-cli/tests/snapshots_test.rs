//! Snapshot tests (insta): what a user reads — error messages with their script
//! location and fix, printSchema and show() text, the console sink's blocks.

use std::rc::Rc;

use runnel_core::SparkSession;
use runnel_core::io::file::MemoryFileSystem;
use runnel_pyspark::{Interpreter, RunAvailable};

/// Runs a script over in-memory files and returns what it printed, or its error.
fn run(script: &str, files: &[(&str, &str)]) -> String {
    let fs = Rc::new(MemoryFileSystem::new());
    for (p, d) in files {
        fs.put(p, d.as_bytes().to_vec());
    }
    let session = SparkSession::new();
    session.set_file_system(fs);
    let out = Rc::new(std::cell::RefCell::new(String::new()));
    let o = out.clone();
    session.set_output(move |s: &str| o.borrow_mut().push_str(s));
    let it = Interpreter::new(session, Rc::new(RunAvailable));
    let r = it.run(script, "job.py");
    let mut text = out.borrow().clone();
    if let Err(e) = r {
        text.push_str(&format!("error: {e}\n"));
    }
    text
}

const EVENTS: &str = "{\"timestamp\": \"2025-03-01T10:01:00Z\", \"category\": \"books\", \"value\": 12.5}\n{\"timestamp\": \"2025-03-01T10:02:30Z\", \"category\": \"music\", \"value\": 7.25}\n{\"timestamp\": \"2025-03-01T10:07:00Z\", \"category\": \"books\", \"value\": 30.0}\n";

#[test]
fn console_sink_and_print_schema() {
    let out = run(
        r#"
from pyspark.sql.functions import col, window
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/in")
df.printSchema()
q = df.groupBy(window(col("timestamp"), "5 minutes"), "category").count() \
    .writeStream.outputMode("complete").format("console").start()
q.awaitTermination()
"#,
        &[("/in/a.json", EVENTS)],
    );
    insta::assert_snapshot!(out);
}

#[test]
fn show_of_a_batch_query_truncates_like_spark() {
    let out = run(
        r#"
df = spark.createDataFrame([("a long category name here", 1.5), ("b", None)], "category STRING, value DOUBLE")
df.show()
df.show(1, truncate=False)
"#,
        &[],
    );
    insta::assert_snapshot!(out);
}

#[test]
fn refusal_names_the_line_condition_and_fix() {
    let out = run(
        r#"
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/in")
counts = df.groupBy("category").count()
query = counts.writeStream.outputMode("append").format("console").start()
"#,
        &[("/in/a.json", EVENTS)],
    );
    insta::assert_snapshot!(out);
}

#[test]
fn unknown_column_suggests_names() {
    let out = run(
        r#"
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/in")
df.withWatermark("event_time", "5 minutes")
"#,
        &[],
    );
    insta::assert_snapshot!(out);
}

#[test]
fn unsupported_python_is_refused_with_its_location() {
    let out = run("x = 1\nclass Foo:\n    pass\n", &[]);
    insta::assert_snapshot!(out);
}

#[test]
fn runtime_errors_name_the_batch() {
    let out = run(
        r#"
from pyspark.sql.functions import col
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/in")
q = df.select(col("category").cast("int")).writeStream.format("console").start()
q.processAllAvailable()
"#,
        &[("/in/a.json", EVENTS)],
    );
    insta::assert_snapshot!(out);
}

#[test]
fn unicode_name_escapes_are_refused_with_a_fix() {
    let out = run(
        "x = 1\ny = \"caf\\N{LATIN SMALL LETTER E WITH ACUTE}\"\n",
        &[],
    );
    assert_eq!(
        out,
        "error: job.py:2:12: invalid Python: Got unexpected unicode: \\N{...} escapes are not supported by Runnel; write the character itself or \\uXXXX\n"
    );
    // The escapes Runnel does read.
    let out = run("print(\"caf\\u00e9 caf\\xe9\")\n", &[]);
    assert_eq!(out, "café café\n");
}

/// `spark.sql` without FROM (Spark's one-row relation); printSchema and show() as
/// PySpark 4.3 prints them (checked against its output for this script: the same text).
#[test]
fn sql_without_from_is_one_row() {
    let out = run(
        r#"
df = spark.sql("SELECT 1 AS x, 'a' AS y, upper('spark') AS s, 40 + 2 AS answer, date_add(to_date('2025-03-01'), 1) AS d")
df.printSchema()
df.show()
"#,
        &[],
    );
    insta::assert_snapshot!(out);
}

#[test]
fn script_arguments_stderr_and_sys_exit() {
    let session = SparkSession::new();
    let out = Rc::new(std::cell::RefCell::new(String::new()));
    let o = out.clone();
    session.set_output(move |s: &str| o.borrow_mut().push_str(s));
    let it = Interpreter::new(session, Rc::new(RunAvailable));
    it.set_argv(vec!["job.py".into(), "127.0.0.1".into(), "9999".into()]);
    let script = r#"
import sys
if __name__ == "__main__":
    print(len(sys.argv), sys.argv[1], int(sys.argv[2]) + 1)
    sys.stdout.write("out\n")
    try:
        sys.exit(7)
    except Exception:
        print("SystemExit is not an Exception")
    print("not reached")
"#;
    let e = it
        .run(script, "job.py")
        .expect_err("sys.exit ends the script");
    assert_eq!(e.exception, "SystemExit");
    assert_eq!(e.message, "7");
    assert_eq!(out.borrow().as_str(), "3 127.0.0.1 10000\nout\n");
    // sys.exit(-1) is status 255, as in Python; `except SystemExit` catches it.
    let e = it.run("import sys\nsys.exit(-1)\n", "job.py").unwrap_err();
    assert_eq!(e.message, "255");
    it.run(
        "import sys\ntry:\n    sys.exit(2)\nexcept SystemExit:\n    print('caught')\n",
        "job.py",
    )
    .unwrap();
    assert!(out.borrow().ends_with("caught\n"));
}
