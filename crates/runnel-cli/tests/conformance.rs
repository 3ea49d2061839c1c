//! The Spark conformance test: every oracle case folder (the shared cases and the
//! project's own, recorded with real Spark 4.3) must produce exactly what Spark did,
//! batch by batch. `RUNNEL_ORACLE_CASES` (colon-separated folders) overrides where
//! the cases are looked for.

use std::path::PathBuf;

use runnel_cli::oracle::{find_cases, run_case};

fn case_dirs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    match std::env::var("RUNNEL_ORACLE_CASES") {
        Ok(v) if !v.is_empty() => v.split(':').map(PathBuf::from).collect(),
        _ => vec![
            root.join("../shared/spark-oracle/cases"),
            root.join("tests/oracle/cases"),
        ],
    }
}

#[test]
fn every_oracle_case_matches_spark() {
    let dirs: Vec<PathBuf> = case_dirs().into_iter().filter(|d| d.exists()).collect();
    assert!(
        !dirs.is_empty(),
        "no oracle case folders found (looked in {:?})",
        case_dirs()
    );
    let cases = find_cases(&dirs);
    assert!(
        cases.len() >= 30,
        "expected the oracle cases, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for c in &cases {
        let r = run_case(c).unwrap_or_else(|e| panic!("{}: {e}", c.display()));
        if let Some(d) = r.diff {
            failures.push(format!("{}: {d}", r.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} oracle cases differ from Spark:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn compare_agrees_with_itself_on_expected_files() {
    // expected.json compared with itself passes; a changed row fails.
    for c in find_cases(
        &case_dirs()
            .into_iter()
            .filter(|d| d.exists())
            .collect::<Vec<_>>(),
    )
    .iter()
    .take(10)
    {
        let text = std::fs::read_to_string(c.join("expected.json")).expect("expected.json");
        let v: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(
            runnel_pyspark::compare::compare(&v, &v),
            None,
            "{}",
            c.display()
        );
    }
}

#[test]
fn console_output_matches_spark_text() {
    let dirs: Vec<PathBuf> = case_dirs().into_iter().filter(|d| d.exists()).collect();
    let mut checked = 0;
    let mut failures = Vec::new();
    for c in find_cases(&dirs) {
        let Ok(expected) = std::fs::read_to_string(c.join("console.txt")) else {
            continue;
        };
        let actual =
            runnel_cli::oracle::run_console(&c).unwrap_or_else(|e| panic!("{}: {e}", c.display()));
        if let Some(d) = runnel_cli::oracle::compare_console(&expected, &actual) {
            failures.push(format!("{}: {d}", c.display()));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    eprintln!("{checked} console.txt files match");
}
