//! Structured fuzz tests (issue #19): hostile input through every front door gives an
//! answer or an error, never a panic. Each target runs a bounded number of random cases
//! from a fixed seed (so a failure reproduces), each case under `catch_unwind`; proptest
//! shrinks a panicking case to a small one and prints it.
//!
//! Targets: the Python front end (token soup, and structured random PySpark scripts),
//! SQL text (spark.sql, selectExpr, expr/filter strings), JSON and CSV lines read with
//! schemas and random options, Arrow IPC streams (random and mutated bytes), Parquet files
//! (mutated bytes of a valid file), and checkpoints (one file of a stateful query's
//! checkpoint mutated, then a restart).
//!
//! `RUNNEL_FUZZ_CASES=<n>` runs n cases per target instead of the default, and
//! `RUNNEL_FUZZ_SEED=<n>` another seed (for longer runs by hand).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use runnel_core::SparkSession;
use runnel_pyspark::{Interpreter, RunAvailable};

// ---------------------------------------------------------------------------------------
// Harness

fn runner(cases: u32, salt: u64) -> TestRunner {
    let cases = std::env::var("RUNNEL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    let seed: u64 = std::env::var("RUNNEL_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(19);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    bytes[8..16].copy_from_slice(&salt.to_le_bytes());
    TestRunner::new_with_rng(
        Config {
            cases,
            failure_persistence: None,
            max_shrink_iters: 500,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &bytes),
    )
}

/// Runs `f`, turning a panic into a test failure that names `what`. With
/// `RUNNEL_FUZZ_TRACE=<file>`, `what` is written there first: the case that aborts the
/// process (a stack overflow, a failed allocation) cannot be caught, but can be read back.
fn no_panic<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    if let Ok(trace) = std::env::var("RUNNEL_FUZZ_TRACE") {
        let _ = std::fs::write(trace, what);
    }
    catch_unwind(AssertUnwindSafe(f)).map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        TestCaseError::fail(format!("panic: {msg}\n--- input ---\n{what}"))
    })
}

/// Counts a target's cases that answered and those that ended in an error; prints them
/// (`cargo test -- --nocapture`) when dropped.
struct Tally {
    name: &'static str,
    ok: std::cell::Cell<u32>,
    err: std::cell::Cell<u32>,
}

impl Tally {
    fn new(name: &'static str) -> Self {
        Tally {
            name,
            ok: Default::default(),
            err: Default::default(),
        }
    }
    fn add<T, E>(&self, r: &Result<T, E>) {
        let c = if r.is_ok() { &self.ok } else { &self.err };
        c.set(c.get() + 1);
    }
}

impl Drop for Tally {
    fn drop(&mut self) {
        println!(
            "fuzz {}: {} cases answered, {} ended in an error",
            self.name,
            self.ok.get(),
            self.err.get()
        );
    }
}

/// Runs `f` on a thread with the runner's large stack (the `runnel` binary runs scripts
/// with 1 GiB; the Python recursion limit assumes it).
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let h = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(f)
        .unwrap();
    if let Err(p) = h.join() {
        std::panic::resume_unwind(p);
    }
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("runnel-fuzz-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn session(root: Option<&Path>) -> SparkSession {
    let session = SparkSession::new();
    runnel_connectors::install(&session);
    if let Some(root) = root {
        session.add_path_map("/data", &root.to_string_lossy());
    }
    session.set_output(|_: &str| {});
    session
}

/// Runs a Python script on a fresh interpreter; Ok or the error's text.
fn run_py(session: &SparkSession, script: &str) -> Result<(), String> {
    let it = Interpreter::new(session.clone(), Rc::new(RunAvailable));
    it.run(script, "fuzz.py").map_err(|e| e.to_string())
}

const PROLOGUE: &str = "from pyspark.sql import SparkSession\nfrom pyspark.sql import functions as F\nfrom pyspark.sql.functions import *\nfrom pyspark.sql.types import *\nspark = SparkSession.builder.getOrCreate()\n";

// ---------------------------------------------------------------------------------------
// Mutations of valid bytes

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Set(usize, u8),
    Truncate(usize),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let pos = any::<usize>();
    prop_oneof![
        (pos, 1u8..=255).prop_map(|(p, b)| Mutation::Flip(p, b)),
        (
            pos,
            prop_oneof![Just(0u8), Just(0xff), Just(0x7f), Just(0x80), any::<u8>()]
        )
            .prop_map(|(p, b)| Mutation::Set(p, b)),
        pos.prop_map(Mutation::Truncate),
        (pos, prop::collection::vec(any::<u8>(), 1..16)).prop_map(|(p, v)| Mutation::Insert(p, v)),
        (pos, 1usize..64).prop_map(|(p, n)| Mutation::Remove(p, n)),
        (pos, 1usize..64).prop_map(|(p, n)| Mutation::Duplicate(p, n)),
    ]
}

fn mutate(data: &[u8], ms: &[Mutation]) -> Vec<u8> {
    let mut d = data.to_vec();
    for m in ms {
        let n = d.len().max(1);
        match m {
            Mutation::Flip(p, b) => {
                if !d.is_empty() {
                    d[p % n] ^= b;
                }
            }
            Mutation::Set(p, b) => {
                if !d.is_empty() {
                    d[p % n] = *b;
                }
            }
            Mutation::Truncate(p) => d.truncate(p % n),
            Mutation::Insert(p, v) => {
                let at = p % (d.len() + 1);
                d.splice(at..at, v.iter().copied());
            }
            Mutation::Remove(p, k) => {
                let at = p % n;
                let end = (at + k).min(d.len());
                if at < end {
                    d.drain(at..end);
                }
            }
            Mutation::Duplicate(p, k) => {
                let at = p % n;
                let end = (at + k).min(d.len());
                if at < end {
                    let part: Vec<u8> = d[at..end].to_vec();
                    d.splice(end..end, part);
                }
            }
        }
    }
    d
}

// ---------------------------------------------------------------------------------------
// The Python front end

const PY_TOKENS: &[&str] = &[
    "spark",
    "df",
    "F",
    "x",
    "y",
    "q",
    "r",
    ".",
    ".",
    "(",
    ")",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ",",
    ":",
    "=",
    "==",
    "!=",
    "+",
    "-",
    "*",
    "/",
    "//",
    "%",
    "<",
    ">=",
    "&",
    "|",
    "~",
    "not",
    "and",
    "or",
    "is",
    "in",
    "if",
    "else",
    "elif",
    "for",
    "def",
    "return",
    "lambda",
    "None",
    "True",
    "False",
    "0",
    "1",
    "2",
    "-1",
    "3.5",
    "1e309",
    "'a'",
    "\"s\"",
    "f'{x}'",
    "b'x'",
    "'''t'''",
    "r'\\d'",
    "col",
    "lit",
    "expr",
    "when",
    "otherwise",
    "window",
    "select",
    "filter",
    "where",
    "withColumn",
    "groupBy",
    "agg",
    "count",
    "sum",
    "avg",
    "max",
    "alias",
    "cast",
    "'string'",
    "'int'",
    "'x > 1'",
    "'id'",
    "show",
    "collect",
    "createDataFrame",
    "range",
    "sql",
    "read",
    "readStream",
    "writeStream",
    "format",
    "option",
    "load",
    "start",
    "'rate'",
    "'memory'",
    "json",
    "schema",
    "orderBy",
    "limit",
    "join",
    "union",
    "explode",
    "print",
    "len",
    "str",
    "int",
    "list",
    "dict",
    "range",
    "isinstance",
    "getattr",
    "type",
    "import",
    "from",
    "pyspark.sql.functions",
    "as",
    "try",
    "except",
    "finally",
    "raise",
    "pass",
    "with",
    "class",
    "yield",
    "global",
    "del",
    "assert",
    "*args",
    "**kw",
    "@",
    "\\",
    "#",
    "\n",
    "\n",
    "\n    ",
    ";",
    "...",
    "->",
    ":=",
    "[0]",
    "[1:]",
    "[::-1]",
    "**",
];

fn token_soup() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::collection::vec(prop::sample::select(PY_TOKENS), 1..40),
    )
        .prop_map(|(prologue, toks)| {
            let mut s = String::new();
            if prologue {
                s.push_str(PROLOGUE);
                s.push_str("df = spark.range(3)\nx = 1\ny = 'a'\n");
            }
            s.push_str(&toks.join(" "));
            s.push('\n');
            s
        })
}

/// A random column expression in PySpark's Python API.
fn py_col() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        prop::sample::select(
            &[
                "col('k')",
                "col('s')",
                "col('v')",
                "col('t')",
                "col('zz')",
                "F.col('k')",
                "df.k",
                "df['s']",
                "lit(0)",
                "lit(-1)",
                "lit(2147483647)",
                "lit(9223372036854775807)",
                "lit(1.5)",
                "lit(float('nan'))",
                "lit('a')",
                "lit('')",
                "lit(None)",
                "lit(True)",
                "F.current_date()",
                "F.current_timestamp()",
                "F.rand(1)",
                "expr('k + 1')",
                "expr('s ||')",
                "expr('CAST(v AS DECIMAL(38, 37))')",
                "F.array(lit(1), lit(2))",
                "F.create_map(lit('a'), lit(1))",
                "F.struct('k', 's')",
            ][..]
        )
        .prop_map(str::to_string),
    ];
    leaf.prop_recursive(4, 24, 3, |inner| {
        let f = prop::sample::select(
            &[
                "abs",
                "upper",
                "length",
                "substring",
                "concat",
                "coalesce",
                "sqrt",
                "log",
                "round",
                "floor",
                "date_add",
                "to_date",
                "to_timestamp",
                "date_format",
                "regexp_replace",
                "regexp_extract",
                "split",
                "size",
                "element_at",
                "sort_array",
                "array_contains",
                "hash",
                "md5",
                "base64",
                "unbase64",
                "hex",
                "conv",
                "from_json",
                "to_json",
                "greatest",
                "least",
                "nanvl",
                "isnan",
                "year",
                "hour",
                "datediff",
                "months_between",
                "trunc",
                "format_number",
                "instr",
                "locate",
                "translate",
                "initcap",
                "reverse",
                "ascii",
                "bin",
                "shiftleft",
                "pmod",
                "bround",
                "signum",
                "exp",
                "atan2",
                "pow",
                "sum",
                "max",
                "count",
                "avg",
                "collect_list",
                "first",
                "explode",
                "posexplode",
                "window",
                "struct",
                "map_keys",
                "flatten",
                "array_distinct",
                "slice",
                "transform",
                "not_a_function",
            ][..],
        );
        prop_oneof![
            (
                inner.clone(),
                prop::sample::select(&["+", "-", "*", "/", "%", "==", "<", "&", "|"][..]),
                inner.clone()
            )
                .prop_map(|(a, op, b)| format!("({a} {op} {b})")),
            inner.clone().prop_map(|a| format!("(~{a})")),
            inner.clone().prop_map(|a| format!("(-{a})")),
            (
                f,
                prop::collection::vec(
                    prop_oneof![
                        inner.clone(),
                        prop::sample::select(
                            &[
                                "1",
                                "0",
                                "-1",
                                "'yyyy-MM-dd'",
                                "'a,b'",
                                "'(\\\\d+)'",
                                "'k INT'",
                                "'5 minutes'",
                                "2",
                                "[1]",
                                "'x'"
                            ][..]
                        )
                        .prop_map(str::to_string),
                    ],
                    1..4
                )
            )
                // From one argument: calls with none are the sweep's (every_function_...).
                .prop_map(|(f, args)| format!("F.{f}({})", args.join(", "))),
            (
                inner.clone(),
                prop::sample::select(
                    &[
                        "string",
                        "int",
                        "bigint",
                        "double",
                        "date",
                        "timestamp",
                        "boolean",
                        "binary",
                        "decimal(3,1)",
                        "array<int>",
                        "map<string,int>",
                        "struct<a:int>",
                        "void",
                        "interval day",
                        "nonsense"
                    ][..]
                )
            )
                .prop_map(|(a, t)| format!("{a}.cast('{t}')")),
            (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(a, b, c)| format!("F.when({a}, {b}).otherwise({c})")),
            inner.clone().prop_map(|a| format!("{a}.alias('n')")),
            inner.clone().prop_map(|a| format!("{a}.isNull()")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a}.between({b}, 5)")),
            inner.clone().prop_map(|a| format!("{a}.desc()")),
            inner.clone().prop_map(|a| format!("{a}[0]")),
            inner.clone().prop_map(|a| format!("{a}.getField('a')")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("{a}.isin({b}, 1, 'a')")),
        ]
    })
}

fn py_op() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(py_col(), 0..3).prop_map(|c| format!(".select({})", c.join(", "))),
        py_col().prop_map(|c| format!(".filter({c})")),
        py_col().prop_map(|c| format!(".withColumn('w', {c})")),
        py_col().prop_map(|c| format!(".withColumn('k', {c})")),
        (py_col(), py_col())
            .prop_map(|(g, a)| format!(".groupBy({g}).agg(F.sum({a}), F.count('*'))")),
        py_col().prop_map(|g| format!(".groupBy({g}).count()")),
        py_col().prop_map(|c| format!(".orderBy({c})")),
        (-2i64..5).prop_map(|n| format!(".limit({n})")),
        Just(".distinct()".to_string()),
        Just(".dropDuplicates(['k'])".to_string()),
        Just(".union(base)".to_string()),
        Just(".unionByName(base, allowMissingColumns=True)".to_string()),
        prop::sample::select(
            &[
                "inner", "left", "right", "full", "semi", "anti", "cross", "bogus"
            ][..]
        )
        .prop_map(|h| format!(".join(base, 'k', '{h}')")),
        Just(".join(base, on=col('k') == base.k)".to_string()),
        prop::sample::select(
            &[
                "k + 1 AS k2",
                "*",
                "s || s",
                "CAST(s AS INT)",
                "explode(array(k, k))",
                "k DIV 0",
                "sum(k) OVER ()",
                "1 +",
                "t + INTERVAL 1 DAY"
            ][..]
        )
        .prop_map(|e| format!(".selectExpr('{e}')")),
        prop::sample::select(
            &[
                "k > 1",
                "s LIKE 'a%'",
                "s RLIKE '('",
                "v / 0 > 1",
                "k IN (1, 'x')",
                "t > '2024'"
            ][..]
        )
        .prop_map(|e| format!(".where(\"{e}\")")),
        Just(".na.fill(0)".to_string()),
        Just(".na.drop()".to_string()),
        Just(".fillna({'s': 'z'})".to_string()),
        Just(".withColumnRenamed('k', 's')".to_string()),
        Just(".drop('s', 'zz')".to_string()),
        Just(".withWatermark('t', '1 minute')".to_string()),
        Just(".sample(0.5, 1)".to_string()),
        Just(".repartition(3)".to_string()),
        Just(".describe()".to_string()),
        Just(".crossJoin(base)".to_string()),
    ]
}

fn py_source() -> impl Strategy<Value = &'static str> {
    prop::sample::select(
        &[
            "spark.createDataFrame([(1, 'a', 1.5, None), (2, None, -0.0, None), (None, 'b', float('inf'), None)], 'k INT, s STRING, v DOUBLE, t TIMESTAMP')",
            "spark.range(5).selectExpr('CAST(id AS INT) AS k', 'CAST(id AS STRING) AS s', 'id / 2 AS v', 'TIMESTAMP\\'2024-01-01\\' AS t')",
            "spark.createDataFrame([], 'k INT, s STRING, v DOUBLE, t TIMESTAMP')",
            "spark.createDataFrame([{'k': 1, 's': 'x'}, {'k': 2}])",
            "spark.createDataFrame([(1, [1, 2], {'a': 1})], ['k', 's', 'v'])",
            "spark.sql('SELECT 1 AS k, \\'a\\' AS s, 2.5D AS v, current_timestamp() AS t')",
        ][..],
    )
}

fn py_action() -> impl Strategy<Value = &'static str> {
    prop::sample::select(
        &[
            "r = d.collect()\nprint(r)",
            "d.show()",
            "d.show(2, False)",
            "print(d.count())",
            "print(d.schema.simpleString())",
            "print(d.columns, d.dtypes)",
            "d.printSchema()",
            "print(d.first())",
            "print(d.take(2))",
            "d.explain()",
            "for row in d.collect():\n        print(row[0], row.asDict())",
            "print([r[0] for r in d.head(3)])",
        ][..],
    )
}

fn py_script() -> impl Strategy<Value = String> {
    (
        py_source(),
        py_source(),
        prop::collection::vec((prop::collection::vec(py_op(), 1..4), py_action()), 1..4),
    )
        .prop_map(|(src, other, steps)| {
            let mut s = String::from(PROLOGUE);
            // A source the runner refuses gets a stand-in: the steps are what is tested.
            for (name, src) in [("base", other), ("df", src)] {
                s.push_str(&format!(
                    "try:\n    {name} = {src}\nexcept Exception as e:\n    {name} = spark.range(3).selectExpr('CAST(id AS INT) AS k', 'CAST(id AS STRING) AS s', 'id / 2 AS v', 'TIMESTAMP\\'2024-01-01\\' AS t')\n"
                ));
            }
            for (ops, action) in steps {
                // Each step in try/except: an error ends the step, not the script.
                s.push_str(&format!(
                    "try:\n    d = df{}\n    {action}\nexcept Exception as e:\n    print(type(e).__name__)\n",
                    ops.join("")
                ));
            }
            s
        })
}

#[test]
fn python_token_soup_parses_and_runs_without_panic() {
    on_big_stack(|| {
        let session = session(None);
        let tally = Tally::new("Python token soup");
        runner(300, 1)
            .run(&token_soup(), |script| {
                tally.add(&no_panic(&script, || run_py(&session, &script))?);
                Ok(())
            })
            .unwrap();
    });
}

#[test]
fn python_random_pyspark_scripts_run_without_panic() {
    on_big_stack(|| {
        let session = session(None);
        let tally = Tally::new("PySpark scripts");
        runner(250, 2)
            .run(&py_script(), |script| {
                tally.add(&no_panic(&script, || run_py(&session, &script))?);
                Ok(())
            })
            .unwrap();
        // The generator makes scripts that mostly run (each step catches its errors).
        assert!(
            tally.ok.get() > 100,
            "only {} scripts ran to the end",
            tally.ok.get()
        );
    });
}

// ---------------------------------------------------------------------------------------
// SQL text

fn sql_expr() -> impl Strategy<Value = String> {
    let leaf = prop::sample::select(
        &[
            "a",
            "b",
            "d",
            "s",
            "ts",
            "dt",
            "arr",
            "m",
            "st",
            "zz",
            "t.a",
            "`a`",
            "0",
            "1",
            "-1",
            "2147483647",
            "-2147483648",
            "9223372036854775807",
            "-9223372036854775808",
            "1e308",
            "1.5",
            "0.1BD",
            "99999999999999999999999999999999999999",
            "1L",
            "2S",
            "3Y",
            "1.0D",
            "'x'",
            "''",
            "'2024-02-30'",
            "'NaN'",
            "NULL",
            "TRUE",
            "FALSE",
            "DATE'2024-01-01'",
            "TIMESTAMP'2024-01-01 00:00:00'",
            "INTERVAL 1 DAY",
            "INTERVAL '1-2' YEAR TO MONTH",
            "X'00FF'",
            "*",
            "current_date()",
            "array()",
            "map()",
            "named_struct('x', 1)",
        ][..],
    )
    .prop_map(str::to_string);
    leaf.prop_recursive(4, 24, 3, |inner| {
        let f = prop::sample::select(
            &[
                "abs", "substr", "concat", "coalesce", "nullif", "if", "sqrt", "ln", "round",
                "bround", "pow", "mod", "pmod", "date_add", "date_sub", "add_months",
                "to_date", "to_timestamp", "date_format", "from_unixtime", "unix_timestamp",
                "make_date", "make_timestamp", "regexp_replace", "regexp_extract",
                "regexp_extract_all", "split", "size", "element_at", "array_contains",
                "sort_array", "array_position", "array_remove", "arrays_zip", "map_from_arrays",
                "str_to_map", "explode", "sum", "count", "max", "min", "avg", "stddev",
                "percentile_approx", "collect_set", "first", "hash", "xxhash64", "md5", "sha2",
                "crc32", "base64", "unbase64", "hex", "unhex", "conv", "bin", "format_number",
                "format_string", "printf", "instr", "locate", "translate", "levenshtein",
                "soundex", "initcap", "ascii", "chr", "char_length", "octet_length", "decode",
                "encode", "from_json", "to_json", "get_json_object", "json_tuple", "schema_of_json",
                "greatest", "least", "nanvl", "isnan", "year", "quarter", "dayofweek", "weekofyear",
                "last_day", "next_day", "trunc", "date_trunc", "datediff", "months_between",
                "timestamp_seconds", "window", "try_add", "try_divide", "try_cast", "typeof",
                "shiftleft", "shiftright", "bit_count", "width_bucket", "transform", "filter",
                "aggregate", "exists", "sequence_not", "nosuchfunc",
            ][..],
        );
        let ty = prop::sample::select(
            &[
                "INT", "BIGINT", "TINYINT", "SMALLINT", "DOUBLE", "FLOAT", "DECIMAL(38,0)",
                "DECIMAL(38,38)", "DECIMAL(5,2)", "STRING", "BINARY", "BOOLEAN", "DATE",
                "TIMESTAMP", "TIMESTAMP_NTZ", "ARRAY<INT>", "MAP<STRING,INT>",
                "STRUCT<x: INT>", "INTERVAL DAY", "INTERVAL YEAR", "VARCHAR(3)", "NOPE",
            ][..],
        );
        let op = prop::sample::select(
            &[
                "+", "-", "*", "/", "%", "DIV", "=", "==", "<>", "!=", "<", "<=", ">", ">=",
                "<=>", "AND", "OR", "||", "&", "|", "^", "LIKE", "RLIKE", "ILIKE",
            ][..],
        );
        prop_oneof![
            3 => (inner.clone(), op, inner.clone()).prop_map(|(a, o, b)| format!("({a} {o} {b})")),
            // From one argument: calls with none are the sweep's (every_function_...).
            3 => (f, prop::collection::vec(inner.clone(), 1..4))
                .prop_map(|(f, a)| format!("{f}({})", a.join(", "))),
            1 => inner.clone().prop_map(|a| format!("(- {a})")),
            1 => inner.clone().prop_map(|a| format!("(NOT {a})")),
            1 => inner.clone().prop_map(|a| format!("(~ {a})")),
            2 => (prop::sample::select(&["CAST", "TRY_CAST"][..]), inner.clone(), ty)
                .prop_map(|(c, a, t)| format!("{c}({a} AS {t})")),
            1 => (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(a, b, c)| format!("CASE WHEN {a} THEN {b} ELSE {c} END")),
            1 => (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("CASE {a} WHEN {b} THEN 1 END")),
            1 => (inner.clone(), prop::collection::vec(inner.clone(), 1..3))
                .prop_map(|(a, l)| format!("({a} IN ({}))", l.join(", "))),
            1 => (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(a, b, c)| format!("({a} BETWEEN {b} AND {c})")),
            1 => inner.clone().prop_map(|a| format!("({a} IS NOT NULL)")),
            1 => (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a}[{b}]")),
            1 => inner.clone().prop_map(|a| format!("{a}.x")),
            1 => inner.clone().prop_map(|a| format!("x -> {a}")),
            1 => inner.clone().prop_map(|a| format!("{a} OVER (PARTITION BY s ORDER BY a)")),
            1 => inner.prop_map(|a| format!("({a}) AS alias_n")),
        ]
    })
}

const SQL_TOKENS: &[&str] = &[
    "SELECT",
    "FROM",
    "t",
    "WHERE",
    "GROUP",
    "BY",
    "ORDER",
    "HAVING",
    "LIMIT",
    "AS",
    "a",
    "s",
    "*",
    ",",
    "(",
    ")",
    "(",
    ")",
    "+",
    "-",
    "/",
    "=",
    "<",
    "'",
    "'x'",
    "\"",
    "`",
    "1",
    "0",
    "NULL",
    "CAST",
    "INT",
    "STRING",
    "ARRAY",
    "<",
    ">",
    "[",
    "]",
    ".",
    "CASE",
    "WHEN",
    "THEN",
    "END",
    "AND",
    "OR",
    "NOT",
    "IN",
    "LIKE",
    "INTERVAL",
    "DAY",
    "TIMESTAMP",
    "DATE",
    "JOIN",
    "ON",
    "UNION",
    "ALL",
    "DISTINCT",
    "OVER",
    "PARTITION",
    "WITH",
    "VALUES",
    "LATERAL",
    "VIEW",
    "explode",
    "count",
    "sum",
    "window",
    "--",
    "/*",
    "*/",
    ";",
    "\\",
    "$",
    "?",
    ":",
    "::",
    "->",
    "1e",
    "0x",
    "'\\u0000'",
    "`a``b`",
    "{",
    "}",
];

/// The view `t` the SQL targets read.
const T_VIEW: &str = "spark.range(4).selectExpr('CAST(id AS INT) AS a', 'id * 3000000000 AS b', \
    'id / 3 AS d', 'CAST(id AS STRING) AS s', 'timestamp_seconds(1704067200 + id * 86399) AS ts', \
    'date_add(DATE\\'2024-02-28\\', CAST(id AS INT)) AS dt', 'array(id, NULL) AS arr', \
    'map(\\'k\\', id) AS m', 'named_struct(\\'x\\', id) AS st').createOrReplaceTempView('t')\n";

/// Functions with calls in KNOWN_PANICS: left out of the random SQL (the sweep calls
/// them with every other argument list).
const KNOWN_PANIC_FUNCTIONS: &[&str] = &[];

fn sql_text() -> impl Strategy<Value = (u8, String)> {
    let known = |e: &String| !KNOWN_PANIC_FUNCTIONS.iter().any(|f| e.contains(f));
    prop_oneof![
        5 => (0u8..6, sql_expr().prop_filter("a known panic", known)),
        1 => prop::collection::vec(prop::sample::select(SQL_TOKENS), 1..30)
            .prop_map(|t| (6u8, t.join(" "))),
    ]
}

#[test]
fn sql_text_through_the_parser_and_binder_without_panic() {
    on_big_stack(|| {
        let session = session(None);
        run_py(&session, &format!("{PROLOGUE}{T_VIEW}")).unwrap();
        let t = session.table("t").unwrap();
        let tally = Tally::new("SQL text");
        runner(500, 3)
            .run(&sql_text(), |(how, e)| {
                let r = no_panic(&e, || {
                    let df = match how {
                        0 => session.sql(&format!("SELECT {e} FROM t")),
                        1 => session.sql(&format!("SELECT s, {e} FROM t GROUP BY s")),
                        2 => session.sql(&format!("SELECT * FROM t WHERE {e} ORDER BY a")),
                        3 => t.select_expr(&[e.as_str(), "a"]),
                        4 => t.filter_sql(&e),
                        5 => runnel_core::expr::sql::parse_expression(&e)
                            .and_then(|x| t.select(vec![x])),
                        _ => session.sql(&e),
                    };
                    let r = df.and_then(|df| df.collect());
                    if r.is_ok() {
                        let _ = session.sql("SELECT 1").map(|d| d.show_string(1, 1));
                    }
                    r
                })?;
                tally.add(&r);
                Ok(())
            })
            .unwrap();
    });
}

/// Argument lists every registered function is called with (by the sweep below).
const SWEEP_ARGS: &[&str] = &[
    "",
    "a",
    "s",
    "NULL",
    "arr",
    "a, s",
    "s, a",
    "d, NULL",
    "m, s",
    "ts, s",
    "a, a, a",
    "s, s, s, s",
    "x -> x, a",
    "arr, x -> x",
];

/// Calls that panic today, each a (function, arguments) pair of the sweep; the sweep
/// skips exactly these and fails on any other panic (none left: add one only with its
/// issue).
const KNOWN_PANICS: &[(&str, &str)] = &[];

#[test]
fn every_function_with_odd_arguments_answers_without_panic() {
    on_big_stack(|| {
        let session = session(None);
        run_py(&session, &format!("{PROLOGUE}{T_VIEW}")).unwrap();
        let mut names: Vec<&str> = runnel_core::expr::functions::catalog()
            .iter()
            .flat_map(|f| f.names())
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut panics = Vec::new();
        let mut calls = 0;
        for name in names {
            for args in SWEEP_ARGS {
                if KNOWN_PANICS.contains(&(name, *args)) {
                    continue;
                }
                calls += 1;
                let q = format!("SELECT {name}({args}) FROM t");
                if let Err(e) = no_panic(&q, || {
                    if let Ok(df) = session.sql(&q) {
                        let _ = df.collect();
                    }
                }) {
                    panics.push(format!("{q}: {e}"));
                }
            }
        }
        assert!(calls > 3000, "{calls}");
        assert!(
            panics.is_empty(),
            "{} call(s) panicked:\n{}",
            panics.len(),
            panics.join("\n")
        );
    });
}

// ---------------------------------------------------------------------------------------
// JSON and CSV lines

const JSON_LINES: &[&str] = &[
    r#"{"a": 1, "b": "x", "c": 1.5, "d": "2024-01-01T00:00:00Z", "e": [1, 2], "f": {"x": 1, "y": "z"}, "g": "2024-01-01", "h": true, "i": 12.34, "m": {"k": 1}}"#,
    r#"{"a": null, "b": null, "c": "NaN", "d": "1970-01-01 00:00:00", "e": [], "f": null}"#,
    r#"{"a": 2147483648, "b": 5, "c": 1e400, "d": 0, "e": [null, "x"], "f": {"x": "1"}, "g": "20240101", "i": 1e40}"#,
    r#"{"a": "3", "b": {"nested": [1, {"deep": null}]}, "h": "true", "m": {"k": "v"}}"#,
    r#"[{"a": 1}, {"a": 2}]"#,
    r#"{"a": 1, "a": 2, "_corrupt_record": "x"}"#,
    r#"{"d": "2024-13-45T25:61:61Z", "g": "0000-00-00", "i": "-"}"#,
    r#"  {"b": "\u00e9\ud83d\ude00 \"q\" \\"}  "#,
];

const CSV_LINES: &[&str] = &[
    "a,b,c,d,g,h,i",
    "1,x,1.5,2024-01-01T00:00:00Z,2024-01-01,true,12.34",
    ",,,,,,",
    "2147483648,\"q,\"\"uoted\"\"\",NaN,1970-01-01 00:00:00,20240101,yes,1e40",
    "3,multi\nline,-Infinity,0,2024-02-30,FALSE,-",
    "\"unterminated,1,2",
    "1;2;3",
    "#comment,line",
];

fn text_lines(pool: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        (
            prop::sample::select(pool),
            prop::collection::vec(mutation(), 0..3),
        )
            .prop_map(|(l, ms)| {
                let mut v = mutate(l.as_bytes(), &ms);
                v.push(b'\n');
                v
            }),
        1..8,
    )
    .prop_map(|ls| ls.concat())
}

fn reader_options(csv: bool) -> impl Strategy<Value = String> {
    let mut opts: Vec<&'static str> = vec![
        ".option('mode', 'PERMISSIVE')",
        ".option('mode', 'DROPMALFORMED')",
        ".option('mode', 'FAILFAST')",
        ".option('columnNameOfCorruptRecord', '_corrupt_record')",
        ".option('multiLine', 'true')",
        ".option('timestampFormat', 'yyyy-MM-dd HH:mm:ss')",
        ".option('timestampFormat', 'EEE, dd MMM yyyy Q [u] VV xxx')",
        ".option('timestampFormat', 'yyyy-MM-dd\\'T')",
        ".option('dateFormat', 'yyyyMMdd')",
        ".option('dateFormat', 'G y D w')",
        ".option('encoding', 'UTF-16')",
        ".option('encoding', 'no-such-charset')",
        ".option('lineSep', ';')",
        ".option('locale', 'xx-YY')",
        ".option('samplingRatio', '0.5')",
    ];
    if csv {
        opts.extend([
            ".option('header', 'true')",
            ".option('sep', ';')",
            ".option('sep', '')",
            ".option('sep', 'ab')",
            ".option('quote', '')",
            ".option('escape', '\\\\')",
            ".option('comment', '#')",
            ".option('nullValue', 'x')",
            ".option('nanValue', '-')",
            ".option('enforceSchema', 'false')",
            ".option('ignoreLeadingWhiteSpace', 'true')",
            ".option('maxColumns', '2')",
            ".option('maxCharsPerColumn', '3')",
            ".option('inferSchema', 'true')",
        ]);
    } else {
        opts.extend([
            ".option('allowComments', 'true')",
            ".option('allowSingleQuotes', 'false')",
            ".option('allowUnquotedFieldNames', 'true')",
            ".option('primitivesAsString', 'true')",
            ".option('dropFieldIfAllNull', 'true')",
        ]);
    }
    prop::collection::vec(prop::sample::select(opts), 0..4).prop_map(|v| v.concat())
}

fn read_lines_case(csv: bool) -> impl Strategy<Value = (Vec<u8>, String, u8)> {
    (
        text_lines(if csv { CSV_LINES } else { JSON_LINES }),
        reader_options(csv),
        0u8..4,
    )
}

fn fuzz_reader(csv: bool, salt: u64) {
    on_big_stack(move || {
        let root = dir(if csv { "csv" } else { "json" });
        let session = session(Some(&root));
        let fmt = if csv { "csv" } else { "json" };
        let tally = Tally::new(if csv { "CSV lines" } else { "JSON lines" });
        runner(250, salt)
            .run(&read_lines_case(csv), |(data, opts, schema)| {
                std::fs::create_dir_all(root.join("in")).unwrap();
                std::fs::write(root.join(format!("in/x.{fmt}")), &data).unwrap();
                let schema = match (csv, schema) {
                    (_, 0) => "",
                    (true, _) => ".schema('a INT, b STRING, c DOUBLE, d TIMESTAMP, g DATE, h BOOLEAN, i DECIMAL(10,2), _corrupt_record STRING')",
                    (false, 1) => ".schema('a INT, b STRING, c DOUBLE, d TIMESTAMP, e ARRAY<INT>, f STRUCT<x: INT, y: STRING>, g DATE, h BOOLEAN, i DECIMAL(10,2), m MAP<STRING,INT>, _corrupt_record STRING')",
                    (false, 2) => ".schema('a LONG, b MAP<STRING, ARRAY<STRING>>, d TIMESTAMP_NTZ, e ARRAY<ARRAY<INT>>, f STRING')",
                    (false, _) => ".schema('a BINARY, c FLOAT, d DATE, i DECIMAL(38,38)')",
                };
                let script = format!(
                    "{PROLOGUE}df = spark.read{schema}{opts}.{fmt}('/data/in')\ntry:\n    df.collect()\n    df.show()\n    df.count()\nexcept Exception as e:\n    print(e)\n\
                     s = spark.readStream{}{opts}.{fmt}('/data/in')\nq = s.writeStream.format('memory').queryName('m').start()\nq.processAllAvailable()\nq.stop()\n",
                    if schema.is_empty() { ".schema('a INT, b STRING')" } else { schema }
                );
                let what = format!("{script}\n--- data ---\n{}", String::from_utf8_lossy(&data));
                tally.add(&no_panic(&what, || run_py(&session, &script))?);
                Ok(())
            })
            .unwrap();
        let _ = std::fs::remove_dir_all(&root);
    });
}

#[test]
fn json_lines_read_with_schemas_and_options_without_panic() {
    fuzz_reader(false, 4);
}

#[test]
fn csv_lines_read_with_schemas_and_options_without_panic() {
    fuzz_reader(true, 5);
}

// ---------------------------------------------------------------------------------------
// Arrow IPC

fn ipc_sample() -> Vec<u8> {
    use arrow_array::builder::{Int32Builder, ListBuilder, StringDictionaryBuilder};
    use arrow_array::types::Int32Type;
    use arrow_array::{
        ArrayRef, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray, StructArray,
        TimestampMicrosecondArray,
    };
    use arrow_schema::{DataType, Field};
    let mut lb = ListBuilder::new(Int32Builder::new());
    lb.values().append_value(1);
    lb.values().append_null();
    lb.append(true);
    lb.append(false);
    lb.values().append_value(3);
    lb.append(true);
    let mut db = StringDictionaryBuilder::<Int32Type>::new();
    db.append_value("a");
    db.append_null();
    db.append_value("a");
    let st = StructArray::from(vec![(
        Arc::new(Field::new("x", DataType::Int64, true)),
        Arc::new(Int64Array::from(vec![Some(1), None, Some(3)])) as ArrayRef,
    )]);
    let batch = RecordBatch::try_from_iter(vec![
        (
            "i",
            Arc::new(Int64Array::from(vec![Some(1), None, Some(i64::MIN)])) as ArrayRef,
        ),
        (
            "s",
            Arc::new(StringArray::from(vec![Some("x"), None, Some("é")])),
        ),
        ("f", Arc::new(Float64Array::from(vec![1.5, f64::NAN, -0.0]))),
        (
            "b",
            Arc::new(BooleanArray::from(vec![Some(true), None, Some(false)])),
        ),
        (
            "t",
            Arc::new(
                TimestampMicrosecondArray::from(vec![Some(0), None, Some(1)]).with_timezone("UTC"),
            ),
        ),
        ("l", Arc::new(lb.finish())),
        ("d", Arc::new(db.finish())),
        ("st", Arc::new(st)),
    ])
    .unwrap();
    let mut out = Vec::new();
    {
        let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, &batch.schema()).unwrap();
        w.write(&batch).unwrap();
        w.write(&batch.slice(1, 2)).unwrap();
        w.finish().unwrap();
    }
    out
}

#[test]
fn arrow_ipc_streams_random_and_mutated_without_panic() {
    on_big_stack(|| {
        let sample = ipc_sample();
        // The sample itself reads.
        runnel_connect::arrow::read_ipc(&sample).unwrap();
        let session = session(None);
        let input = prop_oneof![
            1 => prop::collection::vec(any::<u8>(), 0..256),
            6 => prop::collection::vec(mutation(), 1..4).prop_map(move |ms| mutate(&sample, &ms)),
        ];
        let tally = Tally::new("Arrow IPC (Spark Connect)");
        let in_place = Tally::new("Arrow IPC (memory source)");
        runner(500, 6)
            .run(&input, |bytes| {
                // Spark Connect's LocalRelation (runnel-connect), then the memory source's
                // addData(bytes) of the JS API (decoded in place, then validated).
                let r = no_panic(&format!("{bytes:?}"), || {
                    runnel_connect::arrow::read_ipc(&bytes).and_then(|(schema, batches)| {
                        let df = session.create_data_frame_from_batches(schema, batches);
                        df.show_string(20, 20)?;
                        df.select_expr(&["*"]).and_then(|d| d.collect())
                    })
                })?;
                tally.add(&r);
                let r = no_panic(&format!("{bytes:?}"), || {
                    let batches = runnel_core::io::ipc::read_stream(bytes.clone())
                        .map_err(|e| e.to_string())?;
                    if let Some(schema) = batches.first().map(|b| b.schema()) {
                        let df = session.create_data_frame_from_batches(schema, batches);
                        df.show_string(20, 20).map_err(|e| e.to_string())?;
                    }
                    Ok::<_, String>(())
                })?;
                in_place.add(&r);
                Ok(())
            })
            .unwrap();
    });
}

// ---------------------------------------------------------------------------------------
// Parquet

#[test]
fn parquet_files_with_mutated_bytes_read_without_panic() {
    on_big_stack(|| {
        let root = dir("parquet");
        let session = session(Some(&root));
        run_py(
            &session,
            &format!(
                "{PROLOGUE}spark.range(40).selectExpr('id', 'CAST(id AS INT) AS i', 'CAST(id AS STRING) AS s', \
                 'id / 7 AS d', 'CAST(id / 7 AS DECIMAL(10, 3)) AS dec', 'TIMESTAMP\\'2024-01-01\\' AS t', \
                 'DATE\\'2024-01-01\\' AS dt', 'IF(id % 3 = 0, NULL, array(id, id)) AS arr', \
                 'map(\\'k\\', id) AS m', 'named_struct(\\'x\\', id, \\'y\\', \\'z\\') AS st', 'id % 2 = 0 AS b') \
                 .coalesce(1).write.parquet('/data/valid')\n"
            ),
        )
        .unwrap();
        let file = std::fs::read_dir(root.join("valid"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "parquet"))
            .unwrap();
        let valid = std::fs::read(file).unwrap();
        // The read with a schema in try: the error that ends the script is the plain read's.
        let read = "try:\n    spark.read.schema('id BIGINT, s STRING, arr ARRAY<BIGINT>').parquet('/data/m').collect()\nexcept Exception as e:\n    print(e)\n\
                    df = spark.read.parquet('/data/m')\ndf.collect()\ndf.show()\ndf.selectExpr('sum(id)', 'max(s)').collect()\n";
        let script = format!("{PROLOGUE}{read}");
        // The valid file reads.
        std::fs::create_dir_all(root.join("m")).unwrap();
        std::fs::write(root.join("m/part-0.parquet"), &valid).unwrap();
        run_py(
            &session,
            &format!("{PROLOGUE}assert spark.read.parquet('/data/m').count() == 40\n"),
        )
        .unwrap();
        let input = prop::collection::vec(mutation(), 1..4).prop_map(move |ms| mutate(&valid, &ms));
        let tally = Tally::new("Parquet");
        runner(300, 7)
            .run(&input, |bytes| {
                std::fs::write(root.join("m/part-0.parquet"), &bytes).unwrap();
                tally.add(&no_panic(&format!("{} bytes", bytes.len()), || {
                    run_py(&session, &script)
                })?);
                Ok(())
            })
            .unwrap();
        let _ = std::fs::remove_dir_all(&root);
    });
}

// ---------------------------------------------------------------------------------------
// Checkpoints

const STATEFUL: &str = r#"
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").option("maxFilesPerTrigger", 1).json("/data/in")
counts = df.withWatermark("timestamp", "5 minutes").groupBy(window("timestamp", "10 minutes"), "category").count()
q = counts.writeStream.format("parquet").outputMode("append").option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
q.processAllAvailable()
d = df.dropDuplicates(["category"])
q2 = d.writeStream.format("memory").queryName("dd").outputMode("append").option("checkpointLocation", "/data/ck2").start()
q2.processAllAvailable()
"#;

fn put_events(root: &Path, n: usize) {
    let mut text = String::new();
    for i in 0..10 {
        let secs = n * 400 + i * 40;
        text.push_str(&format!(
            "{{\"timestamp\": \"2025-03-01T{:02}:{:02}:{:02}Z\", \"category\": \"c{}\", \"value\": {i}.5}}\n",
            10 + secs / 3600,
            secs / 60 % 60,
            secs % 60,
            i % 3
        ));
    }
    std::fs::create_dir_all(root.join("in")).unwrap();
    std::fs::write(root.join(format!("in/events-{n:03}.json")), text).unwrap();
}

fn files_under(d: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(rd) = std::fs::read_dir(d) {
        let mut es: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        es.sort();
        for p in es {
            if p.is_dir() {
                files_under(&p, out);
            } else {
                out.push(p);
            }
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    let mut files = Vec::new();
    files_under(from, &mut files);
    for f in files {
        let t = to.join(f.strip_prefix(from).unwrap());
        std::fs::create_dir_all(t.parent().unwrap()).unwrap();
        std::fs::copy(&f, &t).unwrap();
    }
}

#[derive(Debug, Clone)]
enum CkChange {
    Bytes(Vec<Mutation>),
    Replace(String),
    Delete,
    Empty,
}

fn ck_change() -> impl Strategy<Value = CkChange> {
    prop_oneof![
        6 => prop::collection::vec(mutation(), 1..3).prop_map(CkChange::Bytes),
        2 => prop::sample::select(&[
            "v1\n{}", "v1\n", "v99\n{\"id\":\"x\"}", "v1\n{\"batchWatermarkMs\":-1,\"batchTimestampMs\":1e99,\"conf\":{}}\n{\"logOffset\":-5}",
            // A file offset at i64::MAX (there is no next batch): a damaged checkpoint.
            "v1\n{\"batchWatermarkMs\":0,\"batchTimestampMs\":0,\"conf\":{}}\n{\"logOffset\":9223372036854775807}",
            "{\"id\":\"00000000-0000-0000-0000-000000000000\"}", "{\"id\":null}", "v1\n{\"nextBatchWatermarkMs\":\"x\"}",
            "v1\n{\"path\":\"file:///nonexistent\",\"timestamp\":0,\"batchId\":-1}", "\u{0}\u{0}\u{0}", "v1\n[1,2,3]\n{}",
        ][..]).prop_map(|s| CkChange::Replace(s.to_string())),
        1 => Just(CkChange::Delete),
        1 => Just(CkChange::Empty),
    ]
}

#[test]
fn checkpoints_with_a_mutated_file_restart_without_panic() {
    on_big_stack(|| {
        let root = dir("ckpt");
        let base = root.join("base");
        std::fs::create_dir_all(&base).unwrap();
        put_events(&base, 0);
        put_events(&base, 1);
        put_events(&base, 2);
        let script = format!("{PROLOGUE}{STATEFUL}");
        run_py(&session(Some(&base)), &script).unwrap();
        let mut files = Vec::new();
        files_under(&base.join("ck"), &mut files);
        files_under(&base.join("ck2"), &mut files);
        let files: Vec<PathBuf> = files
            .into_iter()
            .filter(|f| !f.to_string_lossy().ends_with(".crc"))
            .map(|f| f.strip_prefix(&base).unwrap().to_path_buf())
            .collect();
        assert!(files.len() > 10, "{files:?}");
        let case = root.join("case");
        let n = files.len();
        let tally = Tally::new("checkpoints");
        runner(120, 8)
            .run(&(0..n, ck_change(), any::<bool>()), |(i, change, more)| {
                copy_dir(&base, &case);
                let f = case.join(&files[i]);
                match &change {
                    CkChange::Bytes(ms) => {
                        let d = std::fs::read(&f).unwrap();
                        std::fs::write(&f, mutate(&d, ms)).unwrap();
                    }
                    CkChange::Replace(s) => std::fs::write(&f, s).unwrap(),
                    CkChange::Delete => std::fs::remove_file(&f).unwrap(),
                    CkChange::Empty => std::fs::write(&f, b"").unwrap(),
                }
                if more {
                    put_events(&case, 3);
                }
                let what = format!("{} {change:?} (new input: {more})", files[i].display());
                tally.add(&no_panic(&what, || run_py(&session(Some(&case)), &script))?);
                Ok(())
            })
            .unwrap();
        let _ = std::fs::remove_dir_all(&root);
    });
}
