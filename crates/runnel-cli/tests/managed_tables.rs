//! Managed tables end to end: `tests/tables/managed_tables.py` run by `runnel submit`
//! in an empty working folder prints what PySpark 4.3 printed for the same script
//! (`tests/tables/expected.txt`, recorded as `tests/tables/README.md` says): saveAsTable
//! in every mode, CREATE/DROP TABLE, `spark.catalog`, `writeStream.toTable` and
//! `readStream.table` resumed from a checkpoint, and Spark's errors.

use std::path::Path;

#[test]
fn managed_tables_script_prints_what_spark_printed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("tests/tables/managed_tables.py");
    let expected = std::fs::read_to_string(root.join("tests/tables/expected.txt")).unwrap();
    let d = std::env::temp_dir().join(format!("runnel-tables-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("work")).unwrap();
    std::fs::create_dir_all(d.join("scratch")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
        .current_dir(d.join("work"))
        .arg("submit")
        .arg(&script)
        .arg(d.join("scratch"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert_eq!(stdout, expected, "stderr: {stderr}");
    // The warehouse is Spark's: `spark-warehouse` in the working folder.
    assert!(d.join("work/spark-warehouse/people").is_dir());
    let _ = std::fs::remove_dir_all(&d);
}
