//! Functions in batch queries, where Spark allows what it refuses on a stream. The
//! expected values are what PySpark 4.3 gave for the same data (recorded with
//! ../shared/spark-oracle; the streaming side is the oracle case
//! f17_listagg_distinct_refused).

use std::rc::Rc;

use runnel_core::SparkSession;
use runnel_core::io::file::MemoryFileSystem;
use runnel_pyspark::{Interpreter, RunAvailable};

fn run(script: &str) -> String {
    run_with_files(script, &[])
}

/// Runs `script` with `files` (path, text) in an in-memory file system.
fn run_with_files(script: &str, files: &[(&str, &str)]) -> String {
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

#[test]
fn listagg_distinct_keeps_each_values_first_arrival_in_a_batch_query() {
    let out = run(r#"
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
spark = SparkSession.builder.getOrCreate()
static = spark.createDataFrame([("x", "b"), ("x", "a"), ("x", "b"), ("y", None)], "k STRING, s STRING")
agg = static.groupBy("k").agg(F.listagg_distinct("s").alias("l"), F.string_agg_distinct("s", F.lit("|")).alias("sa"))
for r in agg.orderBy("k").collect():
    print(r.k, r.l, r.sa)
print(agg.columns)
"#);
    assert_eq!(out, "x ba b|a\ny None None\n['k', 'l', 'sa']\n", "{out}");
}

/// Spark's nullability of struct fields, array elements and map values: built from
/// non-NULL values they are never NULL (`struct(1, 'a')`, `array(1, 2)`, `split`),
/// a schema's `containsNull=False` is kept, and a union may be NULL where either side
/// may. The expected text is PySpark 4.3's printSchema for the same script.
#[test]
fn nested_fields_carry_sparks_nullability() {
    let out = run(r#"
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import ArrayType, IntegerType, StructField, StructType
spark = SparkSession.builder.getOrCreate()
spark.sql("SELECT array(1, 2) AS a, array(1, NULL) AS b, struct(1, 'a') AS s, named_struct('x', 1, 'y', CAST(NULL AS INT)) AS n, map(1, 'a') AS m, map(1, CAST(NULL AS STRING)) AS mn").printSchema()
spark.sql("SELECT * FROM VALUES (1, array(1, 2)), (2, NULL) AS t(i, a)").printSchema()
spark.sql("SELECT split('a,b', ',') AS p, sequence(1, 3) AS q, array_append(array(1), 2) AS r, array_compact(array(1, NULL)) AS c, transform(array(1, 2), x -> x + 1) AS t").printSchema()
df = spark.createDataFrame([([1, 2],)], StructType([StructField("a", ArrayType(IntegerType(), False))]))
df.printSchema()
u = spark.range(1).select(F.array(F.lit(1)).alias("a")).union(spark.createDataFrame([([None],)], "a array<int>"))
u.printSchema()
print(u.collect())
"#);
    let expected = r#"root
 |-- a: array (nullable = false)
 |    |-- element: integer (containsNull = false)
 |-- b: array (nullable = false)
 |    |-- element: integer (containsNull = true)
 |-- s: struct (nullable = false)
 |    |-- col1: integer (nullable = false)
 |    |-- col2: string (nullable = false)
 |-- n: struct (nullable = false)
 |    |-- x: integer (nullable = false)
 |    |-- y: integer (nullable = true)
 |-- m: map (nullable = false)
 |    |-- key: integer
 |    |-- value: string (valueContainsNull = false)
 |-- mn: map (nullable = false)
 |    |-- key: integer
 |    |-- value: string (valueContainsNull = true)

root
 |-- i: integer (nullable = false)
 |-- a: array (nullable = true)
 |    |-- element: integer (containsNull = false)

root
 |-- p: array (nullable = false)
 |    |-- element: string (containsNull = false)
 |-- q: array (nullable = false)
 |    |-- element: integer (containsNull = false)
 |-- r: array (nullable = false)
 |    |-- element: integer (containsNull = true)
 |-- c: array (nullable = false)
 |    |-- element: integer (containsNull = false)
 |-- t: array (nullable = false)
 |    |-- element: integer (containsNull = false)

root
 |-- a: array (nullable = true)
 |    |-- element: integer (containsNull = false)

root
 |-- a: array (nullable = true)
 |    |-- element: integer (containsNull = true)

[Row(a=[1]), Row(a=[None])]
"#;
    assert_eq!(out, expected, "{out}");
}

/// counter_diff (Spark 4.2's window function): deltas of a cumulative counter, NULL at
/// the first row, a NULL value and a reset (the value fell; with a start time, it rose);
/// a negative value is COUNTER_DIFF_NEGATIVE_COUNTER_VALUE. PySpark 4.3's output.
#[test]
fn counter_diff_turns_a_cumulative_counter_into_deltas() {
    let out = run(r#"
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
spark.sql("SELECT k, t, c, counter_diff(c) OVER (PARTITION BY k ORDER BY t) AS d FROM VALUES ('a', 1, 5), ('a', 2, NULL), ('a', 3, 9), ('a', 4, 9), ('a', 5, 2), ('b', 1, 1.5), ('b', 2, 3.25) AS t(k, t, c)").orderBy("k", "t").show()
spark.sql("SELECT t, counter_diff(c, s) OVER (ORDER BY t) AS d FROM VALUES (1, 5, TIMESTAMP'2025-01-01 00:00:00'), (2, 7, NULL), (3, 9, TIMESTAMP'2025-01-01 00:00:00'), (4, NULL, TIMESTAMP'2026-01-01 00:00:00'), (5, 10, TIMESTAMP'2025-01-01 00:00:00'), (6, 12, TIMESTAMP'2025-06-01 00:00:00') AS t(t, c, s)").orderBy("t").show()
try:
    spark.sql("SELECT counter_diff(c) OVER (ORDER BY t) AS d FROM VALUES (1, 5), (2, -1) AS t(t, c)").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
"#);
    let expected = r#"+---+---+----+----+
|  k|  t|   c|   d|
+---+---+----+----+
|  a|  1|5.00|NULL|
|  a|  2|NULL|NULL|
|  a|  3|9.00|4.00|
|  a|  4|9.00|0.00|
|  a|  5|2.00|NULL|
|  b|  1|1.50|NULL|
|  b|  2|3.25|1.75|
+---+---+----+----+

+---+----+
|  t|   d|
+---+----+
|  1|NULL|
|  2|   2|
|  3|   2|
|  4|NULL|
|  5|   1|
|  6|NULL|
+---+----+

SparkRuntimeException COUNTER_DIFF_NEGATIVE_COUNTER_VALUE
"#;
    assert_eq!(out, expected, "{out}");
}

/// from_xml / schema_of_xml / to_xml: one record read and written by the XML format's
/// code (attributes, arrays, nested structs, escapes, NULLs left out; text that is not
/// XML gives NULL fields). PySpark 4.3's output.
#[test]
fn xml_functions_read_and_write_one_record_as_spark() {
    let out = run(r#"
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.sql("SELECT from_xml('<r a=\"5\"><b>x</b><c>1.5</c><c>2</c></r>', '_a INT, b STRING, c ARRAY<DOUBLE>') AS v, schema_of_xml('<r a=\"1\"><b>x</b><c>1.5</c><c>2</c><d>true</d><e>2025-03-01</e></r>') AS s, to_xml(named_struct('a', 1, 'b', 'x<y', 'c', array(1, 2), 'd', named_struct('e', 2.5D), 'n', CAST(NULL AS INT))) AS x")
df.printSchema()
r = df.collect()[0]
print(r.v)
print(r.s)
print(r.x)
print(spark.sql("SELECT from_xml('oops', 'b INT') AS v, from_xml(CAST(NULL AS STRING), 'b INT') AS w").collect())
"#);
    let expected = r#"root
 |-- v: struct (nullable = true)
 |    |-- _a: integer (nullable = true)
 |    |-- b: string (nullable = true)
 |    |-- c: array (nullable = true)
 |    |    |-- element: double (containsNull = true)
 |-- s: string (nullable = false)
 |-- x: string (nullable = true)

Row(_a=5, b='x', c=[1.5, 2.0])
STRUCT<_a: BIGINT, b: STRING, c: ARRAY<DOUBLE>, d: BOOLEAN, e: DATE>
<ROW>
    <a>1</a>
    <b>x&lt;y</b>
    <c>1</c>
    <c>2</c>
    <d>
        <e>2.5</e>
    </d>
</ROW>
[Row(v=Row(b=None), w=None)]
"#;
    assert_eq!(out, expected, "{out}");
}

/// collect() of nested values as PySpark's fromInternal: a map's keys keep their type, a
/// NaN is a float, a decimal inside a struct a Decimal (they went through JSON text).
/// PySpark 4.3's output.
#[test]
fn collected_nested_values_keep_their_python_types() {
    let out = run(r#"
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
r = spark.sql("SELECT map(1, 'a', 2, NULL) AS m, double('NaN') AS n, array(double('NaN'), 1.5D) AS a, named_struct('d', CAST(1.25 AS DECIMAL(5,2)), 'k', map(true, 1)) AS s").collect()[0]
print(r.m, r.n, r.a, r.s)
print(type(r.n).__name__, type(r.s.d).__name__, [type(k).__name__ for k in r.m])
"#);
    let expected = r#"{1: 'a', 2: None} nan [nan, 1.5] Row(d=Decimal('1.25'), k={True: 1})
float Decimal ['int', 'int']
"#;
    assert_eq!(out, expected, "{out}");
}

/// Arrays and structs compare as Spark orders them (=, <, IN, greatest/least, a filter):
/// element by element, a NULL inside below any value and equal to another, NaN equal to
/// NaN, -0.0 to 0.0; maps are not ordered (INVALID_ORDERING_TYPE). PySpark 4.3's output.
#[test]
fn arrays_and_structs_compare_as_spark_orders_them() {
    let out = run(r#"
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
print(spark.sql("SELECT array(1,2) = array(1,NULL) a, array(1,NULL) = array(1,NULL) b, array(1,2) < array(1,2,0) c, struct(1, NULL) = struct(1, NULL) e, array(CAST(NULL AS INT)) < array(1) g, array(double('NaN')) = array(double('NaN')) h, array(0.0D) = array(-0.0D) i, CAST(NULL AS ARRAY<INT>) = array(1) k").collect())
print(spark.sql("SELECT greatest(array(1), array(NULL), array(0, 5)) g, least(struct(2, 'a'), struct(1, 'z')) l, array(1) IN (array(1), array(2)) x").collect())
print(spark.sql("SELECT x FROM VALUES (array(2)), (array(1, 3)), (array(1)) t(x) WHERE x > array(1, 2) ORDER BY x").collect())
try:
    spark.sql("SELECT map(1, 2) = map(1, 2)").collect()
except Exception as e:
    print(e.getCondition())
"#);
    let expected = r#"[Row(a=False, b=True, c=True, e=True, g=True, h=True, i=True, k=None)]
[Row(g=[1], l=Row(col1=1, col2='z'), x=True)]
[Row(x=[1, 3]), Row(x=[2])]
DATATYPE_MISMATCH.INVALID_ORDERING_TYPE
"#;
    assert_eq!(out, expected, "{out}");
}

/// Spark's top-level nullability of `to_json` (always), `zip_with` and `array_insert`
/// (their arrays and position), `array_repeat` (its count), `map_from_entries` (its
/// array, or an entry that may be NULL) and of generator columns (an element, key or
/// value as the array or map holds them; all nullable when outer), `map()` and a NULL
/// key or value typed void, `to_json` of maps and of binaries (base64). The expected
/// text is PySpark 4.3's.
#[test]
fn top_level_nullability_and_void_maps_as_spark() {
    let out = run(r#"from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
spark.sql("SELECT to_json(named_struct('a', 1)) AS j, zip_with(array(1, 2), array(3), (x, y) -> coalesce(y, 0)) AS z, zip_with(array(1), array(2), (x, y) -> x + y) AS zn, array_insert(array(1, 2), 1, NULL) AS i, array_repeat('a', 2) AS r, array_repeat(NULL, 2) AS rn, map_from_entries(array(struct(1, 'a'))) AS e, map_from_entries(array(struct(1, 'a'), NULL)) AS en").printSchema()
spark.sql("SELECT posexplode(array(1, 2))").printSchema()
spark.sql("SELECT explode(map(1, 'a'))").printSchema()
spark.sql("SELECT explode_outer(array(1, 2))").printSchema()
spark.sql("SELECT inline(array(named_struct('a', 1, 'b', CAST(NULL AS STRING))))").printSchema()
spark.sql("SELECT inline(array(named_struct('a', 1), NULL))").printSchema()
df = spark.sql("SELECT map() AS m, map(1, NULL) AS n, coalesce(map(), map(1, 'a')) AS c, map_keys(map()) AS k")
df.printSchema()
print(df.collect())
print(spark.sql("SELECT to_json(map(1, 'a', 2, NULL)) AS a, to_json(map('a', map('b', 1.5D))) AS b, to_json(map(DATE'2020-01-01', 1)) AS c, to_json(array(map('k', true))) AS d").collect())
print(spark.sql("SELECT to_json(named_struct('b', X'0102', 'e', X'')) AS a, to_json(map('a', X'FF')) AS b").collect())
try:
    spark.sql("SELECT map(NULL, 1) AS z").collect()
except Exception as e:
    print(type(e).__name__, str(e).split("]")[0] + "]")
"#);
    let expected = r#"root
 |-- j: string (nullable = true)
 |-- z: array (nullable = false)
 |    |-- element: integer (containsNull = false)
 |-- zn: array (nullable = false)
 |    |-- element: integer (containsNull = true)
 |-- i: array (nullable = false)
 |    |-- element: integer (containsNull = true)
 |-- r: array (nullable = false)
 |    |-- element: string (containsNull = false)
 |-- rn: array (nullable = false)
 |    |-- element: void (containsNull = true)
 |-- e: map (nullable = false)
 |    |-- key: integer
 |    |-- value: string (valueContainsNull = false)
 |-- en: map (nullable = true)
 |    |-- key: integer
 |    |-- value: string (valueContainsNull = false)

root
 |-- pos: integer (nullable = false)
 |-- col: integer (nullable = false)

root
 |-- key: integer (nullable = false)
 |-- value: string (nullable = false)

root
 |-- col: integer (nullable = true)

root
 |-- a: integer (nullable = false)
 |-- b: string (nullable = true)

root
 |-- a: integer (nullable = true)

root
 |-- m: map (nullable = false)
 |    |-- key: void
 |    |-- value: void (valueContainsNull = false)
 |-- n: map (nullable = false)
 |    |-- key: integer
 |    |-- value: void (valueContainsNull = true)
 |-- c: map (nullable = false)
 |    |-- key: integer
 |    |-- value: string (valueContainsNull = false)
 |-- k: array (nullable = false)
 |    |-- element: void (containsNull = true)

[Row(m={}, n={1: None}, c={}, k=[])]
[Row(a='{"1":"a","2":null}', b='{"a":{"b":1.5}}', c='{"18262":1}', d='[{"k":true}]')]
[Row(a='{"b":"AQI=","e":""}', b='{"a":"/w=="}')]
SparkRuntimeException [NULL_MAP_KEY]
"#;
    assert_eq!(out, expected, "{out}");
}

/// `NOT NULL` in a DDL schema: kept by `StructType.fromDDL` and `createDataFrame` (where a
/// None in such a field is PySpark's FIELD_NOT_NULLABLE_WITH_NAME), dropped at any depth
/// by a file source's schema (Spark's `asNullable`) and by `from_json`. PySpark 4.3's
/// output for the same script (the JSON file `/in/f.json` holds `{"a":1}`).
#[test]
fn ddl_not_null_kept_where_spark_keeps_it() {
    let out = run_with_files(
        r#"from pyspark.sql import SparkSession
from pyspark.sql.types import StructType, StructField, IntegerType, ArrayType
spark = SparkSession.builder.getOrCreate()
s = StructType.fromDDL("a INT NOT NULL, b STRUCT<x: INT NOT NULL, y: STRING>")
print(s.json())
df = spark.createDataFrame([(1, (2, "y"))], "a INT NOT NULL, b STRUCT<x: INT NOT NULL, y: STRING>")
df.printSchema()
for data, schema in [([((None, "y"),)], "b STRUCT<x: INT NOT NULL, y: STRING>"), ([(None,)], "a INT NOT NULL"), ([([1, None],)], StructType([StructField("a", ArrayType(IntegerType(), False))]))]:
    try:
        spark.createDataFrame(data, schema).collect()
    except Exception as e:
        print(type(e).__name__, str(e).split(" This")[0])
st = StructType([StructField("a", IntegerType(), False), StructField("s", StructType([StructField("x", IntegerType(), False)]), False)])
spark.readStream.schema(st).json("/in").printSchema()
spark.readStream.schema("a INT NOT NULL, s STRUCT<x: INT NOT NULL>").json("/in").printSchema()
spark.read.schema(st).json("/in").printSchema()
print(spark.read.schema(st).json("/in").collect())
spark.range(1).selectExpr("from_json('{}', 'a INT NOT NULL') AS j").printSchema()
"#,
        &[("/in/f.json", "{\"a\":1}\n")],
    );
    let expected = r#"{"fields":[{"metadata":{},"name":"a","nullable":false,"type":"integer"},{"metadata":{},"name":"b","nullable":true,"type":{"fields":[{"metadata":{},"name":"x","nullable":false,"type":"integer"},{"metadata":{},"name":"y","nullable":true,"type":"string"}],"type":"struct"}}],"type":"struct"}
root
 |-- a: integer (nullable = false)
 |-- b: struct (nullable = true)
 |    |-- x: integer (nullable = false)
 |    |-- y: string (nullable = true)

PySparkValueError [FIELD_NOT_NULLABLE_WITH_NAME] field x in field b:
PySparkValueError [FIELD_NOT_NULLABLE_WITH_NAME] field a:
PySparkValueError [FIELD_NOT_NULLABLE_WITH_NAME] element in array field a:
root
 |-- a: integer (nullable = true)
 |-- s: struct (nullable = true)
 |    |-- x: integer (nullable = true)

root
 |-- a: integer (nullable = true)
 |-- s: struct (nullable = true)
 |    |-- x: integer (nullable = true)

root
 |-- a: integer (nullable = true)
 |-- s: struct (nullable = true)
 |    |-- x: integer (nullable = true)

[Row(a=1, s=None)]
root
 |-- j: struct (nullable = true)
 |    |-- a: integer (nullable = true)

"#;
    assert_eq!(out, expected, "{out}");
}

/// Top-level nullability as Spark 4.3 declares it, in batch and streaming queries: casts
/// that can fail into NULL (`Cast.forceNullable`, also the implicit cast of `year('...')`),
/// functions Spark runs as a Java method (`right`, `pmod`, `round`, `floor`), those NULL
/// only for some arguments (`locate`'s start, `format_string`'s values), array reads of a
/// literal index into `array(...)`, predicates over arrays that hold no NULL, the ranking
/// window functions, `lag`/`lead` with a default, the aggregates that count. Found by
/// tests/scripts/function_schemas.py; the expected text is PySpark 4.3's for the script.
#[test]
fn function_nullability_as_spark_declares_it() {
    let out = run(r#"from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
spark.sql("SELECT year('2016-07-30') AS y, year(DATE'2016-07-30') AS yd, CAST('1' AS INT) AS ci, CAST(1.5 AS INT) AS cd, CAST(1 AS STRING) AS cs, try_cast('1' AS INT) AS tc, right('Spark', 3) AS r, left(X'0102', 1) AS lb, locate('a', 'bar', CAST(NULL AS INT)) AS lo, format_string('%d', CAST(NULL AS INT)) AS fs, pmod(10, 3) AS pm, round(2.5, 0) AS ro, floor(5) AS fl").printSchema()
spark.sql("SELECT element_at(array(1, 2, 3), 2) AS e, element_at(array(1, NULL), 2) AS en, array(1, 2)[5] AS ix, get(array(1, 2), 5) AS g, array_contains(array(1, NULL), 2) AS ac, arrays_overlap(array(1), array(2)) AS ao, exists(array(1, 2), x -> x > 1) AS ex, exists(array(1, NULL), x -> x > 1) AS exn, map_zip_with(map(1, 'a'), map(1, 'b'), (k, x, y) -> concat(x, y)) AS mz, sentences('Hi there') AS se, to_date('2016-12-31', 'yyyy-MM-dd') AS td, unix_timestamp('2016-04-08', 'yyyy-MM-dd') AS ut, localtimestamp() AS lt").printSchema()
spark.sql("SELECT stack(2, 1, 2, 3)").printSchema()
spark.sql("SELECT a, row_number() OVER (ORDER BY a) AS rn, ntile(2) OVER (ORDER BY a) AS nt, cume_dist() OVER (ORDER BY a) AS cd, lag(a) OVER (ORDER BY a) AS lg, lead(a, 1, 0) OVER (ORDER BY a) AS ld, count(a) OVER (ORDER BY a) AS c FROM VALUES (1) AS t(a)").printSchema()
spark.sql("SELECT grouping(a) AS g, regr_count(a, a) AS r, collect_union(c) AS u, mode(i) AS m FROM VALUES (1, array(1), INTERVAL '1' MONTH) AS t(a, c, i) GROUP BY CUBE(a)").printSchema()
spark.sql("SELECT timestamp_seconds(1230219000.123) AS a, timestamp_seconds(1.5D) AS b").show(truncate=False)
spark.sql("SELECT timestamp_seconds(1230219000.123) AS a, timestamp_seconds(1.5D) AS b").printSchema()
s = spark.readStream.format("rate").load().selectExpr("year(CAST(timestamp AS STRING)) AS y", "locate('a', 'b', CAST(value AS INT)) AS l", "CAST(value AS STRING) AS s", "element_at(array(value), 1) AS e")
s.printSchema()
"#);
    let expected = r#"root
 |-- y: integer (nullable = true)
 |-- yd: integer (nullable = false)
 |-- ci: integer (nullable = true)
 |-- cd: integer (nullable = true)
 |-- cs: string (nullable = false)
 |-- tc: integer (nullable = true)
 |-- r: string (nullable = true)
 |-- lb: binary (nullable = false)
 |-- lo: integer (nullable = false)
 |-- fs: string (nullable = false)
 |-- pm: integer (nullable = true)
 |-- ro: decimal(2,0) (nullable = true)
 |-- fl: long (nullable = true)

root
 |-- e: integer (nullable = false)
 |-- en: integer (nullable = true)
 |-- ix: integer (nullable = false)
 |-- g: integer (nullable = true)
 |-- ac: boolean (nullable = true)
 |-- ao: boolean (nullable = false)
 |-- ex: boolean (nullable = false)
 |-- exn: boolean (nullable = true)
 |-- mz: map (nullable = false)
 |    |-- key: integer
 |    |-- value: string (valueContainsNull = true)
 |-- se: array (nullable = true)
 |    |-- element: array (containsNull = false)
 |    |    |-- element: string (containsNull = false)
 |-- td: date (nullable = false)
 |-- ut: long (nullable = false)
 |-- lt: timestamp_ntz (nullable = false)

root
 |-- col0: integer (nullable = true)
 |-- col1: integer (nullable = true)

root
 |-- a: integer (nullable = false)
 |-- rn: integer (nullable = false)
 |-- nt: integer (nullable = false)
 |-- cd: double (nullable = false)
 |-- lg: integer (nullable = true)
 |-- ld: integer (nullable = false)
 |-- c: long (nullable = false)

root
 |-- g: byte (nullable = false)
 |-- r: long (nullable = false)
 |-- u: array (nullable = false)
 |    |-- element: integer (containsNull = false)
 |-- m: interval month (nullable = true)

+-----------------------+---------------------+
|a                      |b                    |
+-----------------------+---------------------+
|2008-12-25 15:30:00.123|1970-01-01 00:00:01.5|
+-----------------------+---------------------+

root
 |-- a: timestamp (nullable = false)
 |-- b: timestamp (nullable = true)

root
 |-- y: integer (nullable = true)
 |-- l: integer (nullable = false)
 |-- s: string (nullable = true)
 |-- e: long (nullable = true)

"#;
    assert_eq!(out, expected, "{out}");
}

/// `STRUCT<a: INT NOT NULL>` (and `STRUCT<a INT NOT NULL>`) in SQL casts and in
/// `Column.cast` strings keep the NOT NULL (a nullable field cannot be cast to it:
/// CAST_WITHOUT_SUGGESTION, naming the value as Spark does); a DDL field's `COMMENT` is
/// its metadata (`df.schema`, `StructField.metadata`) in casts, `createDataFrame` and
/// `from_json` schemas. The expected text is PySpark 4.3's for the script.
#[test]
fn struct_not_null_and_ddl_comments_as_spark() {
    let out = run(r#"from pyspark.sql import SparkSession
from pyspark.sql import functions as F
spark = SparkSession.builder.getOrCreate()
def show(label, f):
    try:
        df = f()
        print(label, df.schema.json())
    except Exception as e:
        print(label, "ERROR", type(e).__name__, str(e).splitlines()[0].split(". ")[0])
show("cast1", lambda: spark.sql("SELECT CAST(named_struct('a', 1) AS STRUCT<a: INT NOT NULL>) AS s"))
show("cast2", lambda: spark.sql("SELECT CAST(named_struct('a', 1) AS STRUCT<a INT NOT NULL>) AS s"))
show("cast3", lambda: spark.sql("SELECT CAST(named_struct('a', 1) AS STRUCT<a: INT NOT NULL COMMENT 'hi'>) AS s"))
show("cast4", lambda: spark.sql("SELECT CAST(named_struct('a', CAST(NULL AS INT)) AS STRUCT<a: INT NOT NULL>) AS s"))
show("cast5", lambda: spark.sql("SELECT CAST(array(1) AS ARRAY<BIGINT>) AS s, CAST(named_struct('a', 1) AS STRUCT<a: BIGINT>) AS t"))
show("cast6", lambda: spark.range(1).select(F.struct(F.lit(1).alias("a")).cast("struct<a: int not null>").alias("s")))
show("cast7", lambda: spark.range(1).select(F.struct(F.lit(1).alias("a")).cast("struct<a int not null comment 'c'>").alias("s")))
show("cast8", lambda: spark.sql("SELECT CAST(named_struct('a', 1) AS STRUCT<a: STRING NOT NULL>) AS s"))
show("cast9", lambda: spark.sql("SELECT CAST(named_struct('a', '1') AS STRUCT<a: INT NOT NULL>) AS s"))
show("cdf1", lambda: spark.createDataFrame([(1, 'x')], "a INT NOT NULL COMMENT 'the a', b STRING COMMENT \"bee\""))
show("cdf2", lambda: spark.createDataFrame([(1, (2,))], "a INT, s STRUCT<x: INT NOT NULL COMMENT 'inner'>"))
show("fj", lambda: spark.range(1).selectExpr("from_json('{\"a\":1}', 'a INT COMMENT \"c\"') AS j"))
show("view_values", lambda: spark.sql("SELECT * FROM VALUES (1) AS t(a)"))
df = spark.createDataFrame([(1, 'x')], "a INT NOT NULL COMMENT 'the a', b STRING")
print(df.schema.fields[0].metadata, df.schema.fields[1].metadata)
print(df.schema)
df.printSchema()
spark.sql("SELECT CAST(named_struct('a', 1) AS STRUCT<a: INT NOT NULL COMMENT 'hi'>) AS s, CAST(array(named_struct('a', 1)) AS ARRAY<STRUCT<a: BIGINT NOT NULL>>) AS t").show()
print(spark.sql("SELECT 'struct<a: int not null>' AS x").collect())
"#);
    let expected = r#"cast1 {"fields":[{"metadata":{},"name":"s","nullable":false,"type":{"fields":[{"metadata":{},"name":"a","nullable":false,"type":"integer"}],"type":"struct"}}],"type":"struct"}
cast2 {"fields":[{"metadata":{},"name":"s","nullable":false,"type":{"fields":[{"metadata":{},"name":"a","nullable":false,"type":"integer"}],"type":"struct"}}],"type":"struct"}
cast3 {"fields":[{"metadata":{},"name":"s","nullable":false,"type":{"fields":[{"metadata":{"comment":"hi"},"name":"a","nullable":false,"type":"integer"}],"type":"struct"}}],"type":"struct"}
cast4 ERROR AnalysisException [DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION] Cannot resolve "named_struct(a, CAST(NULL AS INT))" due to data type mismatch: cannot cast "STRUCT<a: INT>" to "STRUCT<a: INT NOT NULL>"
cast5 {"fields":[{"metadata":{},"name":"s","nullable":false,"type":{"containsNull":true,"elementType":"long","type":"array"}},{"metadata":{},"name":"t","nullable":false,"type":{"fields":[{"metadata":{},"name":"a","nullable":true,"type":"long"}],"type":"struct"}}],"type":"struct"}
cast6 {"fields":[{"metadata":{},"name":"s","nullable":false,"type":{"fields":[{"metadata":{},"name":"a","nullable":false,"type":"integer"}],"type":"struct"}}],"type":"struct"}
cast7 {"fields":[{"metadata":{},"name":"s","nullable":false,"type":{"fields":[{"metadata":{"comment":"c"},"name":"a","nullable":false,"type":"integer"}],"type":"struct"}}],"type":"struct"}
cast8 {"fields":[{"metadata":{},"name":"s","nullable":false,"type":{"fields":[{"metadata":{},"name":"a","nullable":false,"type":"string"}],"type":"struct"}}],"type":"struct"}
cast9 {"fields":[{"metadata":{},"name":"s","nullable":false,"type":{"fields":[{"metadata":{},"name":"a","nullable":false,"type":"integer"}],"type":"struct"}}],"type":"struct"}
cdf1 {"fields":[{"metadata":{"comment":"the a"},"name":"a","nullable":false,"type":"integer"},{"metadata":{"comment":"bee"},"name":"b","nullable":true,"type":"string"}],"type":"struct"}
cdf2 {"fields":[{"metadata":{},"name":"a","nullable":true,"type":"integer"},{"metadata":{},"name":"s","nullable":true,"type":{"fields":[{"metadata":{"comment":"inner"},"name":"x","nullable":false,"type":"integer"}],"type":"struct"}}],"type":"struct"}
fj {"fields":[{"metadata":{},"name":"j","nullable":true,"type":{"fields":[{"metadata":{"comment":"c"},"name":"a","nullable":true,"type":"integer"}],"type":"struct"}}],"type":"struct"}
view_values {"fields":[{"metadata":{},"name":"a","nullable":false,"type":"integer"}],"type":"struct"}
{'comment': 'the a'} {}
StructType([StructField('a', IntegerType(), False), StructField('b', StringType(), True)])
root
 |-- a: integer (nullable = false)
 |-- b: string (nullable = true)

+---+-----+
|  s|    t|
+---+-----+
|{1}|[{1}]|
+---+-----+

[Row(x='struct<a: int not null>')]
"#;
    assert_eq!(out, expected, "{out}");
}

/// `to_json` of a map keyed by arrays or structs names each key as Spark's internal
/// value's `toString` (`[1,x,null]`, a date as its days); a binary key is a Java
/// `byte[]` (`[B@` and an identity hash, which differs from run to run in Spark too). A
/// map keyed by a map (or a type holding one) is INVALID_MAP_KEY_TYPE in `map`,
/// `map_from_arrays` and `map_from_entries`. The expected text is PySpark 4.3's.
#[test]
fn to_json_names_array_and_struct_map_keys_as_spark() {
    let out = run(r#"from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
print(spark.sql("SELECT to_json(map(array(1, 2), 'a')) AS a, to_json(map(array('x', NULL), 'a')) AS b, to_json(map(named_struct('a', 1, 'b', CAST(NULL AS STRING)), 'v')) AS c, to_json(map(array(array(1)), 'v')) AS d, to_json(map(named_struct('d', DATE'2020-01-01', 'f', 1.5F), 'v')) AS e, to_json(map(array(1.5D), 'v')) AS f, to_json(named_struct('m', map(array(1), 2))) AS g").collect())
print([j.startswith('{"[B@') for j in spark.sql("SELECT to_json(map(X'0102', 'v')) AS j").first()])
for q in ["SELECT map(map(1, 2), 'v')", "SELECT map_from_arrays(array(map(1, 2)), array(1))", "SELECT map_from_entries(array(named_struct('k', array(map(1, 2)), 'v', 1)))"]:
    try:
        spark.sql(q).collect()
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0].split(". ")[0])
"#);
    let expected = r#"[Row(a='{"[1,2]":"a"}', b='{"[x,null]":"a"}', c='{"[1,null]":"v"}', d='{"[[1]]":"v"}', e='{"[18262,1.5]":"v"}', f='{"[1.5]":"v"}', g='{"m":{"[1]":2}}')]
[True]
AnalysisException [DATATYPE_MISMATCH.INVALID_MAP_KEY_TYPE] Cannot resolve "map(map(1, 2), v)" due to data type mismatch: The key of map cannot be/contain "MAP<INT, INT>"
AnalysisException [DATATYPE_MISMATCH.INVALID_MAP_KEY_TYPE] Cannot resolve "map_from_arrays(array(map(1, 2)), array(1))" due to data type mismatch: The key of map cannot be/contain "MAP<INT, INT>"
AnalysisException [DATATYPE_MISMATCH.INVALID_MAP_KEY_TYPE] Cannot resolve "map_from_entries(array(named_struct(k, array(map(1, 2)), v, 1)))" due to data type mismatch: The key of map cannot be/contain "ARRAY<MAP<INT, INT>>"
"#;
    assert_eq!(out, expected, "{out}");
}

/// Nested nullability Spark declares: `sequence` of dates or timestamps and
/// `map_entries` hold no NULL element; `map_zip_with`'s values are NULL only when its
/// function may return NULL. The expected text is PySpark 4.3's.
#[test]
fn sequence_map_entries_and_map_zip_with_nested_nullability_as_spark() {
    let out = run(r#"from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
spark.sql("SELECT sequence(DATE'2018-01-01', DATE'2018-03-01', interval 1 month) AS s, sequence(TIMESTAMP'2018-01-01 00:00:00', TIMESTAMP'2018-01-01 02:00:00', interval 1 hour) AS t, map_entries(map(1, 'a')) AS e, map_zip_with(map('a', 1), map('b', 3), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0)) AS z").show(truncate=False)
spark.sql("SELECT sequence(DATE'2018-01-01', DATE'2018-03-01', interval 1 month) AS s, sequence(TIMESTAMP'2018-01-01 00:00:00', TIMESTAMP'2018-01-01 02:00:00', interval 1 hour) AS t, map_entries(map(1, 'a')) AS e, map_zip_with(map('a', 1), map('b', 3), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0)) AS z").printSchema()
"#);
    let expected = r#"+------------------------------------+---------------------------------------------------------------+--------+----------------+
|s                                   |t                                                              |e       |z               |
+------------------------------------+---------------------------------------------------------------+--------+----------------+
|[2018-01-01, 2018-02-01, 2018-03-01]|[2018-01-01 00:00:00, 2018-01-01 01:00:00, 2018-01-01 02:00:00]|[{1, a}]|{a -> 1, b -> 3}|
+------------------------------------+---------------------------------------------------------------+--------+----------------+

root
 |-- s: array (nullable = false)
 |    |-- element: date (containsNull = false)
 |-- t: array (nullable = false)
 |    |-- element: timestamp (containsNull = false)
 |-- e: array (nullable = false)
 |    |-- element: struct (containsNull = false)
 |    |    |-- key: integer (nullable = false)
 |    |    |-- value: string (nullable = false)
 |-- z: map (nullable = false)
 |    |-- key: string
 |    |-- value: integer (valueContainsNull = false)

"#;
    assert_eq!(out, expected, "{out}");
}
