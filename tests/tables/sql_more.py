# spark.sql and DataFrame shapes found missing in session 13: table-valued functions in
# FROM (range, explode, posexplode, inline, stack), a table joined with itself (`*`,
# `t.*`, aliases of one DataFrame, `df.k == df.k`), the exception classes PySpark raises
# by error condition, and Java's %f in format_string. sql_more.txt is what PySpark 4.3
# printed for this script (see tests/tables/README.md).
import sys
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

spark = (SparkSession.builder.master("local[1]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())


def show(label, q):
    try:
        df = spark.sql(q)
        print(label, df.columns, df.schema.simpleString(), sorted((tuple(r) for r in df.collect()), key=repr))
    except Exception as e:
        print(label, "error", type(e).__name__, e.getCondition())


spark.range(3).createOrReplaceTempView("t")
spark.createDataFrame([(1, "a"), (2, "b")], ["k", "v"]).createOrReplaceTempView("u")
spark.createDataFrame([(1, 10.0)], ["k", "w"]).createOrReplaceTempView("w")

show("range1", "SELECT * FROM range(3)")
show("range3", "SELECT id * 2 AS x FROM range(2, 10, 3)")
show("range neg", "SELECT * FROM range(5, 0, -2) t(n)")
show("range count", "SELECT count(*) FROM range(1000)")
show("range join", "SELECT * FROM range(3) a JOIN range(2) b ON a.id = b.id")
show("range args", "SELECT * FROM range(1, 2, 3, 4, 5)")
show("range str", "SELECT * FROM range('a')")
show("explode", "SELECT * FROM explode(array(1, 2, 3))")
show("explode map", "SELECT * FROM explode(map('a', 1)) AS m")
show("posexplode", "SELECT pos, col FROM posexplode(array('x', 'y'))")
show("inline", "SELECT * FROM inline(array(struct(1, 'a'), struct(2, 'b')))")
show("stack", "SELECT * FROM stack(2, 1, 'a', 2, 'b')")
show("tvf alias", "SELECT t.col + 1 FROM explode(array(1, 2)) t")
show("tvf unknown", "SELECT * FROM nosuchfn(1)")

show("self star", "SELECT * FROM t a JOIN t b ON a.id = b.id")
show("self cols", "SELECT a.id, b.id FROM t a JOIN t b ON a.id = b.id + 1")
show("self star2", "SELECT * FROM u x JOIN u y ON x.k = y.k")
show("self lt", "SELECT x.v, y.v FROM u x JOIN u y ON x.k < y.k")
show("self true", "SELECT * FROM t JOIN t ON true")
show("self comma", "SELECT count(*) FROM t a, t b WHERE a.id <= b.id")
show("qual star", "SELECT x.* FROM u x JOIN u y ON x.k = y.k")
show("qual star2", "SELECT y.*, x.v FROM u x JOIN u y ON x.k = y.k")
show("qual star3", "SELECT u.*, w.w FROM u JOIN w ON u.k = w.k")
show("star plus", "SELECT *, 1 AS one FROM u x JOIN u y ON x.k = y.k")
show("star sub", "SELECT * FROM (SELECT * FROM u x JOIN u y ON x.k = y.k) z")
show("ambiguous", "SELECT v FROM u x JOIN u y ON x.k = y.k")

a = spark.table("u").alias("a")
b = spark.table("u").alias("b")
print("alias attr", sorted(a.join(b, a.k == b.k).select("a.v", "b.v").collect()))
print("alias col", sorted(a.join(b, col("a.k") == col("b.k")).collect()))
df = spark.table("u")
print("df self", sorted(df.join(df, df.k == df.k).collect()))

for q in ["SELECT cast('a' AS int)", "SELECT cast('a' AS double)", "SELECT cast('a' AS boolean)", "SELECT cast('a' AS date)",
          "SELECT make_date(2020, 13, 1)", "SELECT to_timestamp('x', 'yyyy')", "SELECT 2147483647 + 1", "SELECT cast(1e20 AS int)",
          "SELECT element_at(array(1), 5)", "SELECT 5 % 0", "SELECT 1 / 0", "SELECT cast(12345.6 AS decimal(3,1))",
          "SELECT next_day(DATE'2020-01-01', 'xx')", "SELECT elt(5, 'a')", "SELECT map(1, 1, 1, 2)"]:
    show("error " + q, q)

show("format f", "SELECT format_string('%.1f|%.2f|%.2f|%.2f|%.0f|%.0f|%.3f|%f|%.2f|%.1f|%.4f', 0.15D, 1.005D, 2.675D, 0.125D, 0.5D, 1.5D, 1e-5D, 123456789.123456789D, -0.005D, 0.05D, 1e20D)")
show("format big", "SELECT printf('%.2f', 1e308D) = concat('1', repeat('0', 308), '.00') AS same")

# interval * number, interval / number (Spark's MultiplyDTInterval & co.), negative literals
show("interval arith", "SELECT interval 1 day / 2, interval '1' hour * 1.5D, 3 * interval '10' minute, interval 1 day * 2.5BD, interval '1' second / 3")
show("interval typeof", "SELECT typeof(interval 1 day / 2), typeof(2 * interval '1' hour)")
show("interval by zero", "SELECT interval '1' day / 0")
show("interval by zero double", "SELECT interval '1' day / 0.0D")
show("interval ym", "SELECT interval 3 month * 2 = interval 6 month, cast(interval 3 month / 2 as string), cast(interval 5 month * 1.5D as string)")
show("interval text", "SELECT cast(interval '10' second * -0.25D as string), cast(interval '1' second / 7 as string), cast(interval '1' day * null as string)")
show("interval ts", "SELECT timestamp'2024-01-01 00:00:00' + interval 1 hour * 3")
show("interval overflow", "SELECT interval 106751991 day * 10")
show("neg literals", "SELECT typeof(-2147483648), typeof(2147483648), typeof(-9223372036854775808), typeof(9223372036854775808), typeof(-9223372036854775809)")
show("neg values", "SELECT -2147483648, -9223372036854775808, 9223372036854775808, -5L, -1.5BD, -2.5D, -1e3")
show("neg tinyint", "SELECT -129Y")
show("neg overflow", "SELECT -(-2147483648)")
show("abs overflow", "SELECT abs(-128Y)")
show("big literal", "SELECT 123456789012345678901234567890123456789")

# df.col after a join of two DataFrames that share column names (Spark resolves by plan)
emp = spark.createDataFrame([(1, "Smith", 10), (2, "Rose", 20), (3, "Brown", 10), (4, "Jones", 30)], ["emp_id", "name", "dept_id"])
dept = spark.createDataFrame([("Finance", 10), ("Marketing", 20), ("Sales", 40)], ["dept_name", "dept_id"])
emp.join(dept, emp.dept_id == dept.dept_id, "inner").orderBy("emp_id").show()
emp.join(dept, emp.dept_id == dept.dept_id).select(emp.name, dept.dept_name, dept.dept_id).orderBy("name").show()
emp.join(dept, emp.dept_id == dept.dept_id, "left").drop(dept.dept_id).orderBy("emp_id").show()
emp.join(dept, emp.dept_id == dept.dept_id, "full").select(emp.emp_id, dept.dept_id).orderBy("emp_id", dept.dept_id).show()
emp.join(dept, emp["dept_id"] == dept["dept_id"]).groupBy(dept.dept_name).count().orderBy("dept_name").show()
emp.join(dept, emp.dept_id == dept.dept_id).where(dept.dept_id > 10).select(emp.name).show()

# concat and reverse of arrays
for q in ["SELECT concat(array(1), null)", "SELECT concat(array(1), 'a')", "SELECT concat(array('a'), array(null, 'b')), reverse(array(1, null, 3)), concat(array(1), array(2L)), concat(array(1))", "SELECT typeof(concat(array(1), array(2.5)))"]:
    show("arrays " + q, q)

# a window function inside an aggregate, in HAVING, and one-parameter aggregates given two
for q in ["SELECT avg(sum(k) OVER (PARTITION BY v)) FROM u", "SELECT avg(k, sum(k) OVER (PARTITION BY v)) FROM u", "SELECT max(k, 3) FROM u", "SELECT sum(k, 1), min(k) FROM u GROUP BY v", "SELECT v, max(k) FROM u GROUP BY v HAVING sum(max(k) OVER (PARTITION BY v)) > 0", "SELECT sum(k) OVER (PARTITION BY v) FROM u GROUP BY v, k", "SELECT count(k, v), first(k, true) FROM u"]:
    show("agg window " + q, q)

# LIMIT and OFFSET (OFFSET first), negative counts refused
for q in ["select id from range(10) order by id limit 2 offset 3", "select id from range(5) order by id offset 3", "select id from range(5) limit -1", "select id from range(5) order by id offset -2", "select id from range(10) union all select id from range(3) order by id limit 3 offset 9", "select id from range(5) order by id offset 7"]:
    show("limit offset " + q, q)

# listagg WITHIN GROUP: equal keys keep their input order; DISTINCT over its own order, refused over another
for q in ["select listagg(v, ',') within group (order by k) a, listagg(v, ',') within group (order by k desc) b from values (1,'z'),(1,'a'),(0,'m'),(1,'q'),(null,'n') as t(k,v)", "select listagg(distinct v, ',') within group (order by v) a from values ('z'),('z'),('m') as t(v)", "select listagg(distinct v, '-') within group (order by v desc) b from values ('z'),('z'),('m'),('a') as t(v)", "select listagg(distinct v, ',') within group (order by k) a from values (1,'z'),(1,'z'),(0,'m') as t(k,v)"]:
    show("listagg " + q, q)
