# Spark's write semantics for managed tables and the memory sink: run in an empty working
# folder (the warehouse is ./spark-warehouse) with a scratch folder as the first argument.
# write_semantics.txt is what PySpark 4.3 printed for this script (see tests/tables/README.md).
import os
import sys
from pyspark.sql import SparkSession

spark = (SparkSession.builder.master("local[1]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
spark.sparkContext.setLogLevel("OFF")
scratch = sys.argv[1]


def attempt(label, f):
    try:
        r = f()
        print(label, "ok" if r is None else r)
    except Exception as e:
        print(label, "error", e.getCondition())


def rows(name):
    return sorted(tuple(r) for r in spark.table(name).collect())


# Overwriting a table with a DataFrame that reads it: refused before anything is deleted.
spark.range(3).write.saveAsTable("t1")
attempt("overwrite self", lambda: spark.table("t1").write.mode("overwrite").saveAsTable("t1"))
attempt("overwrite self filtered", lambda: spark.table("t1").filter("id > 0").write.mode("overwrite").saveAsTable("t1"))
attempt("overwrite self via sql", lambda: spark.sql("SELECT id + 1 AS id FROM t1").write.mode("overwrite").saveAsTable("t1"))
print("t1 after", rows("t1"))
attempt("overwrite from another", lambda: spark.range(5, 7).write.mode("overwrite").saveAsTable("t1"))
print("t1 replaced", rows("t1"))

# Appends with other column types: Spark's ANSI store assignment.
spark.createDataFrame([(1, "a")], "id INT, s STRING").write.saveAsTable("t2")
attempt("append bigint into int", lambda: spark.createDataFrame([(5, "b")], "id BIGINT, s STRING").write.mode("append").saveAsTable("t2"))
attempt("append string into int", lambda: spark.createDataFrame([("7", "b")], "id STRING, s STRING").write.mode("append").saveAsTable("t2"))
attempt("append double into int", lambda: spark.createDataFrame([(7.5, "c")], "id DOUBLE, s STRING").write.mode("append").saveAsTable("t2"))
attempt("append overflow", lambda: spark.createDataFrame([(2**40, "d")], "id BIGINT, s STRING").write.mode("append").saveAsTable("t2"))
attempt("append int into string", lambda: spark.createDataFrame([(1, 9)], "id INT, s INT").write.mode("append").saveAsTable("t2"))
attempt("append boolean into int", lambda: spark.createDataFrame([(True, "e")], "id BOOLEAN, s STRING").write.mode("append").saveAsTable("t2"))
attempt("append timestamp into int", lambda: spark.sql("SELECT timestamp'2024-01-01 00:00:00' AS id, 'f' AS s").write.mode("append").saveAsTable("t2"))
print("t2 after", rows("t2"), spark.table("t2").schema.simpleString())

# A memory sink restarted from its checkpoint: refused outside complete mode.
src = os.path.join(scratch, "in")
os.makedirs(src)
with open(os.path.join(src, "a.json"), "w") as f:
    f.write('{"w": "x"}\n{"w": "y"}\n')
ckpt = os.path.join(scratch, "ckpt")
ckpt2 = os.path.join(scratch, "ckpt2")
stream = spark.readStream.schema("w STRING").json(src)
q = stream.writeStream.format("memory").queryName("m1").option("checkpointLocation", ckpt).start()
q.processAllAvailable()
q.stop()
attempt("memory append restart", lambda: stream.writeStream.format("memory").queryName("m2").option("checkpointLocation", ckpt).start().stop())
counts = stream.groupBy("w").count()
q = counts.writeStream.format("memory").outputMode("complete").queryName("c1").option("checkpointLocation", ckpt2).start()
q.processAllAvailable()
q.stop()
q = counts.writeStream.format("memory").outputMode("complete").queryName("c2").option("checkpointLocation", ckpt2).start()
q.processAllAvailable()
q.stop()
print("memory complete restart", sorted(tuple(r) for r in spark.sql("SELECT * FROM c2").collect()))
