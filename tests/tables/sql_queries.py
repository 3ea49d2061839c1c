# spark.sql beyond one table: joins, subqueries in FROM, WITH, set operations, VALUES,
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
print("done")
