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
    let out = run("x = 1\ndef f():\n    nonlocal x\n", &[]);
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

/// Runs a script on a thread with `runnel submit`'s large stack; returns what it printed
/// and its error (hostile inputs: each test is named after the input).
fn run_big_stack(script: &'static str) -> (String, Option<runnel_core::RunnelError>) {
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let session = SparkSession::new();
            let out = Rc::new(std::cell::RefCell::new(String::new()));
            let o = out.clone();
            session.set_output(move |s: &str| o.borrow_mut().push_str(s));
            let it = Interpreter::new(session, Rc::new(RunAvailable));
            let e = it.run(script, "job.py").err();
            let text = out.borrow().clone();
            (text, e)
        })
        .unwrap()
        .join()
        .unwrap()
}

fn refused(script: &'static str, needles: &[&str]) {
    let (out, e) = run_big_stack(script);
    let e = e.unwrap_or_else(|| panic!("not refused; printed {out}"));
    let text = e.to_string();
    for n in needles {
        assert!(text.contains(n), "{n:?} not in {text:?}");
    }
}

#[test]
fn window_10_minutes_sliding_by_1_microsecond_is_refused_before_allocating() {
    refused(
        r#"from pyspark.sql.functions import *
df = spark.readStream.format("rate").load()
df.select(window("timestamp", "10 minutes", "1 microsecond"))
"#,
        &["600000000 windows", "at most 100000 windows per row"],
    );
}

#[test]
fn lpad_of_1500000000_on_two_rows_is_refused_before_allocating() {
    refused(
        r#"from pyspark.sql.functions import *
df = spark.createDataFrame([("a",), ("b",)], "s STRING")
df.select(lpad("s", 1500000000, "x")).collect()
"#,
        &["lpad would make", "2147483647 bytes"],
    );
}

#[test]
fn greatest_least_coalesce_without_arguments() {
    refused(
        "from pyspark.sql.functions import *\nspark.createDataFrame([(1,)], 'a INT').select(greatest())\n",
        &["[WRONG_NUM_COLUMNS] Function `greatest` should take at least 2 columns."],
    );
    refused(
        "spark.sql('SELECT least()').show()\n",
        &[
            "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `least` requires > 1 parameters but the actual number is 0.",
        ],
    );
    refused(
        "spark.sql('SELECT coalesce()').show()\n",
        &["The `coalesce` requires > 0 parameters but the actual number is 0."],
    );
}

#[test]
fn date_add_2147483647_days_and_cast_long_max_to_timestamp_as_spark() {
    // Recorded with PySpark 4.3: the day count wraps as a Java int; seconds saturate.
    let (out, e) = run_big_stack(
        r#"spark.sql("SELECT CAST(date_add(DATE'2020-01-01', 2147483647) AS STRING) AS d, CAST(CAST(9223372036854775807 AS TIMESTAMP) AS STRING) AS t, round(79.91, 2147483647) AS r").show(truncate=False)
"#,
    );
    assert!(e.is_none(), "{e:?}");
    assert!(
        out.contains("|-5877591-06-21|+294247-01-10 04:00:54.775807|79.91|"),
        "{out}"
    );
}

#[test]
fn recursive_def_is_a_recursion_error() {
    refused(
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        &["RecursionError: maximum recursion depth exceeded in f()"],
    );
}

#[test]
fn five_thousand_nested_parentheses_and_three_thousand_chained_additions() {
    // As CPython: at most 200 nested brackets (strings and comments do not count).
    let (out, e) = run_big_stack(Box::leak(
        format!(
            "x = {}1{}  # ((((\nprint(x, '((((')\n",
            "(".repeat(200),
            ")".repeat(200)
        )
        .into_boxed_str(),
    ));
    assert!(e.is_none(), "{e:?}");
    assert_eq!(out, "1 ((((\n");
    let parens: &'static str = Box::leak(
        format!("x = {}1{}\nprint(x)\n", "(".repeat(5000), ")".repeat(5000)).into_boxed_str(),
    );
    let (_, e) = run_big_stack(parens);
    let e = e.expect("refused").to_string();
    assert!(
        e.contains("job.py:1:205: SyntaxError: too many nested parentheses"),
        "{e}"
    );
    // An expression 3,000 levels deep is refused with what to do; 900 levels run.
    refused(
        "from pyspark.sql.functions import *\nc = col('a')\nfor i in range(3000):\n    c = c + 1\nspark.createDataFrame([(1,)], 'a INT').select(c.alias('z')).show()\n",
        &["nested more than 1000 levels deep", "withColumn"],
    );
    let (out, e) = run_big_stack(
        "from pyspark.sql.functions import *\nc = col('a')\nfor i in range(900):\n    c = c + 1\nspark.createDataFrame([(1,)], 'a INT').select(c.alias('z')).show()\n",
    );
    assert!(e.is_none(), "{e:?}");
    assert!(out.contains("|901|"), "{out}");
}

#[test]
fn rate_rows_per_second_0_minus_5_and_1e11_are_refused() {
    for rps in ["0", "-5"] {
        let script: &'static str = Box::leak(
            format!("spark.readStream.format('rate').option('rowsPerSecond', {rps}).load().writeStream.format('noop').start()\n")
                .into_boxed_str(),
        );
        refused(script, &["The option 'rowsPerSecond' must be positive"]);
    }
    refused(
        "spark.readStream.format('rate').option('rowsPerSecond', 100000000000).load().writeStream.format('noop').start()\n",
        &["at most 10000000 rows per second"],
    );
}

#[test]
fn python_ints_divide_by_zero_and_overflow_as_python_or_refuse() {
    refused("print(1 / 0)\n", &["ZeroDivisionError: division by zero"]);
    refused(
        "print(7 // 0)\n",
        &["ZeroDivisionError: integer division or modulo by zero"],
    );
    refused("print(2.5 % 0)\n", &["ZeroDivisionError: float modulo"]);
    // Python's ints have no bound: 2 ** 64 is exact (it once wrapped to 0).
    let (out, _) = run_big_stack("print(2 ** 64, 7 // -2, 7 % -3, -7 % 3, -7.5 % 2)\n");
    assert_eq!(out, "18446744073709551616 -4 -2 2 0.5\n");
}

#[test]
fn session_time_zone_america_new_york_is_honoured_and_a_zone_spark_cannot_resolve_refused() {
    let (out, e) = run_big_stack(
        "spark.conf.set('spark.sql.session.timeZone', 'America/New_York')\nspark.sql(\"SELECT CAST(TIMESTAMP '2025-03-01 10:00:00Z' AS STRING) AS t\").show()\n",
    );
    assert!(e.is_none(), "{e:?}");
    assert!(out.contains("|2025-03-01 05:00:00|"), "{out}");
    // Region ids are case-sensitive, as Java's ZoneId.of.
    refused(
        "spark.conf.set('spark.sql.session.timeZone', 'america/new_york')\n",
        &[
            "[INVALID_CONF_VALUE.TIME_ZONE]",
            "The value 'america/new_york' in the config \"spark.sql.session.timeZone\" is invalid",
        ],
    );
}

#[test]
fn limit_minus_1_and_struct_without_fields() {
    refused(
        "spark.createDataFrame([(1,)], 'a INT').limit(-1)\n",
        &["[INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE]"],
    );
    let (out, e) = run_big_stack(
        "from pyspark.sql.functions import *\nspark.createDataFrame([(1,)], 'a INT').select(struct()).show()\n",
    );
    assert!(e.is_none(), "{e:?}");
    assert!(
        out.contains("|struct()|") && out.contains("|      {}|"),
        "{out}"
    );
}

#[test]
fn with_watermark_99999999999_days_is_cannot_parse_interval_not_a_panic() {
    // Recorded with PySpark 4.3: the day count does not fit an int (CANNOT_PARSE_INTERVAL);
    // 200000000 days parse but do not fit a long of microseconds; fractions only of seconds.
    let wm = |delay: &str| -> &'static str {
        Box::leak(
            format!(
                "spark.readStream.format('rate').load().withWatermark('timestamp', '{delay}')\n"
            )
            .into_boxed_str(),
        )
    };
    refused(
        wm("99999999999 days"),
        &[
            "[CANNOT_PARSE_INTERVAL] Unable to parse '99999999999 days'",
            "Use a shorter interval",
        ],
    );
    refused(
        wm("200000000 days"),
        &[
            "[INTERVAL_ARITHMETIC_OVERFLOW.WITHOUT_SUGGESTION]",
            "'200000000 days'",
        ],
    );
    refused(
        wm("1.5 minutes"),
        &["[CANNOT_PARSE_INTERVAL] Unable to parse '1.5 minutes'"],
    );
    refused(
        wm("-1 days"),
        &["delay threshold (-1 days) should not be negative"],
    );
    for ok in [
        "106751991 days",
        "1.5 seconds",
        "9223372036854775807 microseconds",
    ] {
        let (_, e) = run_big_stack(wm(ok));
        assert!(e.is_none(), "{ok}: {e:?}");
    }
    refused(
        "from pyspark.sql.functions import window\nspark.readStream.format('rate').load().select(window('timestamp', '106751992 days'))\n",
        &["[FAILED_FUNCTION_CALL]", "window duration '106751992 days'"],
    );
}

#[test]
fn current_date_of_a_batch_query_is_today_and_date_add_2147483647_wraps() {
    // A batch query's current_date() was the epoch (1970-01-01), so date_add(current_date(),
    // 2147483647) gave +5881580-07-11; Spark (4.3, on 2026-11-29) gives -5877584-05-19.
    let out = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(|| {
            let session = SparkSession::new();
            session.set_clock(|| 1_795_910_400_000); // 2026-11-29T00:00:00Z
            let out = Rc::new(std::cell::RefCell::new(String::new()));
            let o = out.clone();
            session.set_output(move |s: &str| o.borrow_mut().push_str(s));
            let it = Interpreter::new(session, Rc::new(RunAvailable));
            it.run(
                "spark.sql('SELECT current_date() AS d, CAST(date_add(current_date(), 2147483647) AS STRING) AS w').show()\n",
                "job.py",
            )
            .unwrap();
            out.borrow().clone()
        })
        .unwrap()
        .join()
        .unwrap();
    assert!(out.contains("|2026-11-29|-5877584-05-19|"), "{out}");
}

#[test]
fn write_stream_frob_and_dataframe_rdd_say_what_is_wrong_and_what_to_use() {
    // PySpark: AttributeError where the attribute is read (not when called), and for a
    // DataFrame its ATTRIBUTE_NOT_SUPPORTED; Runnel says which PySpark methods it lacks.
    refused(
        "w = spark.readStream.format('rate').load().writeStream\nw.frob\n",
        &["AttributeError: 'DataStreamWriter' object has no attribute 'frob'."],
    );
    refused(
        "spark.readStream.format('rate').load().writeStream.outputmode('append')\n",
        &["no attribute 'outputmode'. Did you mean `outputMode`?"],
    );
    refused(
        "spark.createDataFrame([(1,)], 'a INT').rdd\n",
        &[
            "DataFrame.rdd is not supported by Runnel; Runnel has no RDDs",
            "collect()",
        ],
    );
    refused(
        "spark.createDataFrame([(1,)], 'a INT').frob\n",
        &[
            "[ATTRIBUTE_NOT_SUPPORTED] Attribute `frob` is not supported",
            "columns are `a`",
        ],
    );
    refused(
        "spark.createDataFrame([(1,)], 'a INT').groupBy('a').applyInPandas(lambda x: x, 'a INT')\n",
        &["GroupedData.applyInPandas is not supported by Runnel; aggregate with agg"],
    );
}

#[test]
fn sql_struct_value_value_and_a_subquery_in_from() {
    let (out, e) = run_big_stack(
        "spark.createDataFrame([(1,)], 'value INT').selectExpr('STRUCT(value, value)', 'struct(value AS x)').show()\n",
    );
    assert!(e.is_none(), "{e:?}");
    assert!(
        out.contains("|struct(value, value)|struct(value AS x)|"),
        "{out}"
    );
    assert!(
        out.contains("|              {1, 1}|               {1}|"),
        "{out}"
    );
    // A subquery in FROM (refused before session 12) gives Spark's answer.
    let (out, e) =
        run_big_stack("spark.sql('SELECT STRUCT(value, value) FROM (SELECT 1 AS value)').show()\n");
    assert!(e.is_none(), "{e:?}");
    assert!(
        out.contains("|struct(value, value)|\n+--------------------+\n|              {1, 1}|"),
        "{out}"
    );
}

#[test]
fn sql_1_plus_1_2000_times_is_failed_to_parse_too_complex_and_300_parentheses_parse() {
    // PySpark 4.3: expr("1+1+...") with 2000 terms is FAILED_TO_PARSE_TOO_COMPLEX; 300
    // nested parentheses parse (sqlparser's default limit of 50 refused them).
    refused(
        "from pyspark.sql.functions import expr\nspark.createDataFrame([(1,)], 'a INT').select(expr('1' + '+1' * 2000)).show()\n",
        &["[FAILED_TO_PARSE_TOO_COMPLEX]", "more than 1000 levels"],
    );
    refused(
        "spark.sql('SELECT ' + '(' * 3000 + '1' + ')' * 3000).show()\n",
        &["[FAILED_TO_PARSE_TOO_COMPLEX]"],
    );
    // A chain far past the limit is refused, not a stack overflow.
    refused(
        "from pyspark.sql.functions import expr\nspark.createDataFrame([(1,)], 'a INT').select(expr('1' + '+1' * 1000000)).show()\n",
        &["[FAILED_TO_PARSE_TOO_COMPLEX]"],
    );
    let (out, e) =
        run_big_stack("spark.sql('SELECT ' + '(' * 300 + '1' + ')' * 300 + ' AS x').show()\n");
    assert!(e.is_none(), "{e:?}");
    assert!(out.contains("|  1|"), "{out}");
}

#[test]
fn one_hundred_thousand_chained_column_additions_are_refused_where_built() {
    // Each step copied the whole expression: 100,000 steps ran for hours before the
    // binder's refusal; the chain is refused at its 1001st level.
    let started = std::time::Instant::now();
    refused(
        "from pyspark.sql.functions import col, abs\nc = col('a')\nfor i in range(100000):\n    c = c + 1\n",
        &["nested more than 1000 levels deep"],
    );
    refused(
        "from pyspark.sql.functions import col, abs\nc = col('a')\nfor i in range(100000):\n    c = abs(-c)\n",
        &["nested more than 1000 levels deep"],
    );
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}

#[test]
fn spark_range_with_a_step_and_range_10_to_the_10() {
    let (out, e) = run_big_stack(
        "print([r.id for r in spark.range(0, 10, 3).collect()], [r.id for r in spark.range(10, 0, -3).collect()], spark.range(5).count())\n",
    );
    assert!(e.is_none(), "{e:?}");
    assert_eq!(out, "[0, 3, 6, 9] [10, 7, 4, 1] 5\n");
    refused("spark.range(0, 10, 0)\n", &["step (0) cannot be 0"]);
    refused(
        "spark.range(10 ** 10).count()\n",
        &["has 10000000000 rows", "at most 100000000"],
    );
}

#[test]
fn sequence_of_bigints_and_array_repeat_2000000000() {
    let (out, e) = run_big_stack(
        "spark.sql('SELECT sequence(3000000000, 3000000002) AS b, sequence(-9223372036854775807, 9223372036854775807, 9223372036854775807) AS c').show(truncate=False)\n",
    );
    assert!(e.is_none(), "{e:?}");
    assert!(
        out.contains(
            "|[3000000000, 3000000001, 3000000002]|[-9223372036854775807, 0, 9223372036854775807]|"
        ),
        "{out}"
    );
    refused(
        "spark.sql(\"SELECT array_repeat('x', 2000000000)\").collect()\n",
        &[
            "[COLLECTION_SIZE_LIMIT_EXCEEDED.PARAMETER]",
            "2000000000 elements",
        ],
    );
}

#[test]
fn a_sql_syntax_error_names_its_condition_once() {
    refused(
        "spark.createDataFrame([(1,)], 'a INT').selectExpr('a +* 2')\n",
        &["[PARSE_SYNTAX_ERROR] Syntax error in SQL"],
    );
    let (_, e) = run_big_stack("spark.createDataFrame([(1,)], 'a INT').selectExpr('a +* 2')\n");
    assert_eq!(
        e.unwrap().to_string().matches("PARSE_SYNTAX_ERROR").count(),
        1
    );
}

#[test]
fn comprehensions_and_generator_expressions() {
    let (out, e) = run_big_stack(
        r#"from pyspark.sql.functions import col, upper
df = spark.createDataFrame([("a", "b", 1)], "x STRING, y STRING, n INT")
df.select([upper(col(c)).alias(c) for c in df.columns if c != "n"]).show()
print({c: len(c) for c in ["ab", "c"]}, sum(i * i for i in range(4)), [(i, j) for i in range(2) for j in range(i + 1)])
print(sorted({x % 3 for x in range(10)}), ", ".join(str(x) for x in [1, 2]))
i = 42
print([i for i in range(3)], i)
"#,
    );
    assert!(e.is_none(), "{e:?}");
    // What CPython prints for the same lines.
    assert!(out.contains("|  x|  y|\n+---+---+\n|  A|  B|"), "{out}");
    assert!(
        out.ends_with(
            "{'ab': 2, 'c': 1} 14 [(0, 0), (1, 0), (1, 1)]\n[0, 1, 2] 1, 2\n[0, 1, 2] 42\n"
        ),
        "{out}"
    );
}

#[test]
fn cast_of_a_column_with_a_dot_in_its_name_keeps_the_name() {
    // PySpark 4.3 prints ['a.b', 'CAST(st.x AS STRING)'] for these lines.
    let (out, e) = run_big_stack(
        "df = spark.sql(\"SELECT 1 AS `a.b`, named_struct('x', 2, 'y', 'q') AS st\")\nprint(df.selectExpr(\"CAST(`a.b` AS STRING)\", \"CAST(st.x AS STRING)\").columns)\n",
    );
    assert!(e.is_none(), "{e:?}");
    assert_eq!(out, "['a.b', 'CAST(st.x AS STRING)']\n");
}

#[test]
fn function_keywords_follow_pysparks_parameters() {
    // A keyword PySpark's function does not have is Python's TypeError, named.
    refused(
        "from pyspark.sql import functions as F\nspark.createDataFrame([('a',)], 's STRING').select(F.upper(column='s')).show()\n",
        &["TypeError: upper() got an unexpected keyword argument 'column'"],
    );
    // PySpark's own names are taken, in any order.
    let (out, e) = run_big_stack(
        "from pyspark.sql import functions as F\nspark.createDataFrame([('ab',)], 's STRING').select(F.lpad(pad='*', len=4, col='s').alias('p'), F.repeat(n=2, col='s').alias('r')).show()\n",
    );
    assert!(e.is_none(), "{e:?}");
    assert!(out.contains("|**ab|abab|"), "{out}");
    // A method (or builtin) given a keyword it does not take: the same TypeError.
    refused(
        "df = spark.createDataFrame([('a',)], 's STRING')\ndf.select('s').limit(n=1).show()\n",
        &["TypeError: limit() got an unexpected keyword argument 'n'"],
    );
    refused(
        "print(len([1, 2], key=3))\n",
        &["TypeError: len() got an unexpected keyword argument 'key'"],
    );
    // Keywords a method reads are fine.
    let (out, e) = run_big_stack(
        "df = spark.createDataFrame([('a',)], 's STRING')\ndf.show(n=1, truncate=False)\nprint('x', 'y', sep='-', end='!')\n",
    );
    assert!(e.is_none(), "{e:?}");
    assert!(out.contains("x-y!"), "{out}");
}

/// The planner's rewrites, seen through `explain(True)`: a filter pushed into the
/// scan (with the `IS NOT NULL` it implies), the watermark's not-null filter, a
/// projection of a projection, a limit; and the physical operators the executor runs.
#[test]
fn explain_shows_the_plans_and_the_rewrites() {
    let out = run(
        r#"
from pyspark.sql.functions import col, window, upper
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/in")
agg = df.filter(col("value") > 10).withWatermark("timestamp", "5 minutes") \
    .groupBy(window("timestamp", "10 minutes"), upper("category").alias("c")).count()
agg.explain(True)
df.select("category", "value").select("value").filter("value < 3").limit(2).explain(mode="extended")
static = spark.createDataFrame([("books", 1)], "category STRING, rank INT")
df.join(static, "category", "left_outer").dropDuplicates(["category"]).explain()
q = agg.writeStream.outputMode("update").format("memory").queryName("t").start()
q.explain()
q.processAllAvailable()
q.explain()
"#,
        &[("/in/a.json", EVENTS)],
    );
    insta::assert_snapshot!(out);
}

/// Errors as `runnel submit` prints them: the condition once, the script's line with a
/// caret under the column, and for SQL strings Spark's `== SQL ==` block with the place.
#[test]
fn errors_show_the_script_line_and_the_place_in_the_sql() {
    let mut out = String::new();
    for script in [
        "df = spark.createDataFrame([(1,)], 'a INT')\ndf.selectExpr('a +* 2').show()\n",
        "df = spark.createDataFrame([(1,)], 'a INT')\ndf.filter('a >\\n  AND a < 3').show()\n",
        "from pyspark.sql.functions import col\ndf = spark.createDataFrame([(1,)], 'a INT')\nx = 1\ndf.select(col('b') + 1).show()\n",
        "x = [1, 2\n",
    ] {
        let session = SparkSession::new();
        let it = Interpreter::new(session, Rc::new(RunAvailable));
        let e = it.run(script, "job.py").expect_err("the script fails");
        out.push_str(&e.render(Some(script)));
        out.push_str("---\n");
    }
    insta::assert_snapshot!(out);
}
