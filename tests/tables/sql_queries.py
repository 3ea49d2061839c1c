# spark.sql beyond one table: joins, subqueries in FROM and in expressions (IN, NOT IN,
# EXISTS, scalar), WITH, set operations (INTERSECT/EXCEPT ALL too), VALUES, LATERAL VIEW,
# over temp views and tables, batch and streaming. sql_queries.txt is what PySpark 4.3
# printed for this script (see tests/tables/README.md).
import os
import sys
import json
from pyspark.sql import SparkSession

spark = (SparkSession.builder.master("local[1]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
scratch = sys.argv[1]


def show(label, q):
    try:
        df = spark.sql(q)
        print(label, df.schema.simpleString(), sorted((tuple(r) for r in df.collect()), key=repr))
    except Exception as e:
        print(label, "error", e.getCondition())


spark.createDataFrame([(1, "ann", 10), (2, "bob", 20), (3, "cy", None), (4, "dee", 10)], "id INT, name STRING, dept INT").createOrReplaceTempView("emp")
spark.createDataFrame([(10, "eng"), (20, "ops"), (30, "hr")], "dept INT, dname STRING").createOrReplaceTempView("dept")

show("inner", "SELECT e.name, d.dname FROM emp e JOIN dept d ON e.dept = d.dept")
show("left", "SELECT e.name, d.dname FROM emp AS e LEFT JOIN dept AS d ON e.dept = d.dept")
show("right", "SELECT e.name, d.dname FROM emp e RIGHT OUTER JOIN dept d ON e.dept = d.dept")
show("full", "SELECT e.id, d.dept FROM emp e FULL OUTER JOIN dept d ON e.dept = d.dept")
show("using", "SELECT * FROM emp JOIN dept USING (dept)")
show("semi", "SELECT * FROM emp LEFT SEMI JOIN dept ON emp.dept = dept.dept")
show("anti", "SELECT * FROM emp LEFT ANTI JOIN dept ON emp.dept = dept.dept")
show("cross", "SELECT count(*) AS n FROM emp CROSS JOIN dept")
show("comma", "SELECT emp.name, dept.dname FROM emp, dept WHERE emp.dept = dept.dept AND dept.dname <> 'ops'")
show("join agg", "SELECT d.dname, count(e.id) AS n, sum(e.id) AS s FROM dept d LEFT JOIN emp e ON e.dept = d.dept GROUP BY d.dname ORDER BY d.dname")
show("three", "SELECT a.name, b.name AS peer FROM emp a JOIN emp b ON a.dept = b.dept AND a.id < b.id JOIN dept d ON d.dept = a.dept")
show("subquery", "SELECT t.dept, t.n FROM (SELECT dept, count(*) AS n FROM emp GROUP BY dept) t WHERE t.n > 1")
show("subquery join", "SELECT d.dname, t.n FROM dept d JOIN (SELECT dept, count(*) AS n FROM emp GROUP BY dept) AS t ON t.dept = d.dept")
show("cte", "WITH big AS (SELECT * FROM emp WHERE id > 1), named AS (SELECT b.name, d.dname FROM big b JOIN dept d ON b.dept = d.dept) SELECT * FROM named")
show("union all", "SELECT dept FROM emp UNION ALL SELECT dept FROM dept")
show("union", "SELECT dept FROM emp UNION SELECT dept FROM dept")
show("intersect", "SELECT dept FROM emp INTERSECT SELECT dept FROM dept")
show("except", "SELECT dept FROM dept EXCEPT SELECT dept FROM emp")
show("union order limit", "SELECT id AS k FROM emp UNION ALL SELECT dept FROM dept ORDER BY k DESC LIMIT 3")
show("union mismatch", "SELECT id, name FROM emp UNION SELECT dept FROM dept")
show("values", "SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(x, y)")
show("values query", "VALUES (1, 'a'), (2, NULL)")
show("ambiguous", "SELECT dept FROM emp JOIN dept ON emp.dept = dept.dept")
show("unknown table", "SELECT * FROM emp JOIN nosuch ON emp.id = nosuch.id")
# Subqueries in expressions (Spark's RewritePredicateSubquery, scalar subqueries).
spark.createDataFrame([(10,), (None,)], "d INT").createOrReplaceTempView("withnull")
show("in subquery", "SELECT name FROM emp WHERE dept IN (SELECT dept FROM dept WHERE dname <> 'ops')")
show("not in subquery", "SELECT name FROM emp WHERE dept NOT IN (SELECT dept FROM dept WHERE dname = 'eng')")
show("not in null", "SELECT name FROM emp WHERE dept NOT IN (SELECT d FROM withnull)")
show("not in empty", "SELECT name FROM emp WHERE dept NOT IN (SELECT d FROM withnull WHERE d > 100)")
show("in and filter", "SELECT id FROM emp WHERE id > 1 AND dept IN (SELECT dept FROM dept)")
show("exists", "SELECT e.name FROM emp e WHERE EXISTS (SELECT 1 FROM dept d WHERE d.dept = e.dept AND d.dname <> 'ops')")
show("not exists", "SELECT e.name FROM emp e WHERE NOT EXISTS (SELECT * FROM dept d WHERE d.dept = e.dept)")
show("exists uncorrelated", "SELECT count(*) AS n FROM emp WHERE EXISTS (SELECT 1 FROM dept WHERE dept > 25)")
show("not exists uncorrelated", "SELECT count(*) AS n FROM emp WHERE NOT EXISTS (SELECT 1 FROM dept WHERE dept > 25)")
show("correlated in", "SELECT d.dname FROM dept d WHERE d.dept IN (SELECT e.dept FROM emp e WHERE e.id > d.dept / 10)")
show("scalar where", "SELECT name FROM emp WHERE id > (SELECT avg(id) FROM emp)")
show("scalar select", "SELECT name, (SELECT max(dept) FROM dept) AS top FROM emp")
show("scalar unaliased", "SELECT id, (SELECT min(dept) FROM dept) FROM emp WHERE id = 1")
show("scalar empty", "SELECT id, (SELECT dept FROM dept WHERE dept > 100) AS none FROM emp WHERE id = 1")
try:
    spark.sql("SELECT id, (SELECT dept FROM dept) AS d FROM emp").collect()
    print("scalar too many rows", "no error")
except Exception as e:
    # Spark raises it when the query runs (a Py4JJavaError in PySpark classic).
    print("scalar too many rows", "error", "SCALAR_SUBQUERY_TOO_MANY_ROWS" in str(e))
show("scalar two columns", "SELECT (SELECT dept, dname FROM dept LIMIT 1) AS x")
show("in subquery two columns", "SELECT name FROM emp WHERE dept IN (SELECT dept, dname FROM dept)")
# Correlated scalar subqueries (Spark's RewriteCorrelatedScalarSubquery; count over no row is 0).
show("correlated scalar count", "SELECT name, (SELECT count(*) FROM emp e2 WHERE e2.dept = e.dept) AS n FROM emp e")
show("correlated scalar where", "SELECT d.dname FROM dept d WHERE (SELECT count(*) FROM emp e WHERE e.dept = d.dept) > 1")
show("correlated scalar sum", "SELECT d.dname, (SELECT sum(id) FROM emp e WHERE e.dept = d.dept AND e.id > 1) AS s FROM dept d")
show("correlated scalar max", "SELECT name FROM emp e WHERE id = (SELECT max(id) FROM emp e2 WHERE e2.dept = e.dept)")
# INTERSECT ALL / EXCEPT ALL (Spark's RewriteIntersectAll / RewriteExceptAll).
spark.createDataFrame([(1,), (1,), (1,), (2,), (None,), (None,)], "x INT").createOrReplaceTempView("ma")
spark.createDataFrame([(1,), (1,), (3,), (None,)], "x INT").createOrReplaceTempView("mb")
show("intersect all", "SELECT x FROM ma INTERSECT ALL SELECT x FROM mb")
show("except all", "SELECT x FROM ma EXCEPT ALL SELECT x FROM mb")
show("except all reversed", "SELECT x FROM mb EXCEPT ALL SELECT x FROM ma")
show("intersect all two columns", "SELECT id % 2 AS p, dept FROM emp INTERSECT ALL SELECT 0, 10")
# LATERAL VIEW [OUTER] generator(...) name [AS columns].
spark.createDataFrame([(1, 2), (2, 0), (3, None)], "k INT, n INT").createOrReplaceTempView("arr_n")
spark.sql("SELECT k, CASE WHEN n IS NOT NULL THEN filter(array(1, 2), x -> x <= n) END AS xs FROM arr_n").createOrReplaceTempView("arr")
show("lateral view", "SELECT k, x FROM arr LATERAL VIEW explode(xs) t AS x")
show("lateral view outer", "SELECT k, x FROM arr LATERAL VIEW OUTER explode(xs) t AS x")
show("lateral view posexplode", "SELECT k, p, x FROM arr LATERAL VIEW posexplode(xs) t AS p, x WHERE x > 1")
show("lateral view default names", "SELECT * FROM arr LATERAL VIEW posexplode(xs) t")
show("lateral view two", "SELECT k, a, b FROM arr LATERAL VIEW explode(xs) t1 AS a LATERAL VIEW explode(xs) t2 AS b")
show("lateral view group", "SELECT x, count(*) AS n FROM arr LATERAL VIEW explode(xs) t AS x GROUP BY x")
show("lateral view alias count", "SELECT * FROM arr LATERAL VIEW posexplode(xs) t AS p")

inp = os.path.join(scratch, "in")
os.makedirs(inp)
with open(os.path.join(inp, "a.json"), "w") as f:
    for i, d in enumerate([10, 20, 30, 10]):
        f.write(json.dumps({"n": i, "dept": d}) + "\n")
spark.readStream.schema("n INT, dept INT").json(inp).createOrReplaceTempView("events")
s = spark.sql("SELECT d.dname, count(*) AS c FROM events e JOIN dept d ON e.dept = d.dept GROUP BY d.dname")
print("streaming", s.isStreaming)
q = s.writeStream.format("memory").queryName("by_dept").outputMode("complete").trigger(availableNow=True).start()
q.awaitTermination()
print("streamed", sorted(tuple(r) for r in spark.table("by_dept").collect()))
s2 = spark.sql("SELECT n, dept FROM events WHERE dept IN (SELECT dept FROM dept WHERE dname <> 'ops')")
q2 = s2.writeStream.format("memory").queryName("in_dept").outputMode("append").trigger(availableNow=True).start()
q2.awaitTermination()
print("streamed in", sorted(tuple(r) for r in spark.table("in_dept").collect()))
s3 = spark.sql("SELECT n, (SELECT count(*) FROM emp x WHERE x.dept = e.dept) AS c FROM events e WHERE n > (SELECT min(id) FROM emp)")
q3 = s3.writeStream.format("memory").queryName("per_event").outputMode("append").trigger(availableNow=True).start()
q3.awaitTermination()
print("streamed scalar", sorted(tuple(r) for r in spark.table("per_event").collect()))
try:
    spark.sql("SELECT name FROM emp WHERE dept IN (SELECT dept FROM events)").collect()
    print("stream in subquery", "no error")
except Exception as e:
    print("stream in subquery", "error", e.getCondition())
print("done")
