# Managed tables as Spark keeps them without Hive: run in an empty working folder
# (the warehouse is ./spark-warehouse) with a scratch folder as the first argument.
# expected.txt is what PySpark 4.3 printed for this script (see tests/tables/README.md).
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


def attempt(label, f):
    try:
        r = f()
        print(label, "ok" if r is None else r)
    except Exception as e:
        print(label, "error", e.getCondition())


def rows(name, *cols):
    return sorted(tuple(r[c] for c in cols) for r in spark.table(name).collect())


attempt("drop missing", lambda: spark.sql("DROP TABLE nosuch"))
attempt("drop if exists", lambda: spark.sql("DROP TABLE IF EXISTS nosuch").collect())
attempt("table missing", lambda: spark.table("nosuch"))
attempt("read.table missing", lambda: spark.read.table("nosuch"))
attempt("readStream.table missing", lambda: spark.readStream.table("nosuch"))

people = spark.createDataFrame([(1, "ann"), (2, "bob")], "id INT, name STRING")
attempt("save", lambda: people.write.saveAsTable("people"))
print("exists", os.path.isdir("spark-warehouse/people"))
attempt("save again", lambda: people.write.saveAsTable("people"))
attempt("append", lambda: people.write.mode("append").saveAsTable("people"))
print("after append", rows("people", "id", "name"))
attempt("append json", lambda: people.write.mode("append").format("json").saveAsTable("people"))
attempt("ignore", lambda: spark.range(9).write.mode("ignore").saveAsTable("people"))
print("after ignore", spark.table("people").count())
swapped = spark.createDataFrame([("cy", 3)], "name STRING, id INT")
attempt("append by name", lambda: swapped.write.mode("append").saveAsTable("Default.People"))
print("after by name", rows("people", "id", "name"))
attempt("append missing column", lambda: spark.range(1).write.mode("append").saveAsTable("people"))
attempt("overwrite", lambda: spark.range(3).selectExpr("id * 10 AS x").write.mode("overwrite").format("json").saveAsTable("people"))
print("after overwrite", rows("people", "x"), spark.table("people").schema.simpleString())
print("tableExists", spark.catalog.tableExists("people"), spark.catalog.tableExists("nosuch"))
spark.range(1).createOrReplaceTempView("a_view")
print("listTables", [(t.name, t.tableType, t.isTemporary) for t in spark.catalog.listTables()])
attempt("drop view as table", lambda: spark.sql("DROP TABLE a_view").collect())
print("view gone", spark.catalog.tableExists("a_view"))

attempt("create", lambda: spark.sql("CREATE TABLE made (a INT, b STRING) USING json").collect())
attempt("create again", lambda: spark.sql("CREATE TABLE made (a INT) USING json"))
attempt("create if not exists", lambda: spark.sql("CREATE TABLE IF NOT EXISTS made (a INT) USING json").collect())
print("made", spark.table("made").schema.simpleString(), spark.table("made").count())

inp = os.path.join(scratch, "in")
os.makedirs(inp)
with open(os.path.join(inp, "a.json"), "w") as f:
    for i, w in enumerate(["x", "y", "x"]):
        f.write(json.dumps({"n": i, "w": w}) + "\n")
events = spark.readStream.schema("n INT, w STRING").json(inp)
q = (events.writeStream.trigger(availableNow=True)
     .option("checkpointLocation", os.path.join(scratch, "c1")).toTable("events"))
q.awaitTermination()
print("events", rows("events", "n", "w"), spark.table("events").schema.simpleString())
copy = (spark.readStream.table("events").writeStream.trigger(availableNow=True)
        .option("checkpointLocation", os.path.join(scratch, "c2")).toTable("events_copy"))
copy.awaitTermination()
print("streamed", rows("events_copy", "n"), spark.readStream.table("events").isStreaming)
spark.createDataFrame([(7, "z")], "n INT, w STRING").write.mode("append").saveAsTable("events")
copy = (spark.readStream.table("events").writeStream.trigger(availableNow=True)
        .option("checkpointLocation", os.path.join(scratch, "c2")).toTable("events_copy"))
copy.awaitTermination()
print("streamed on", rows("events_copy", "n"))
attempt("toTable json into parquet", lambda: events.writeStream.format("json")
        .option("checkpointLocation", os.path.join(scratch, "c3")).toTable("events"))
attempt("toTable complete", lambda: events.groupBy("w").count().writeStream.outputMode("complete")
        .option("checkpointLocation", os.path.join(scratch, "c4")).toTable("counts"))
print("made before the refusal", spark.catalog.tableExists("counts"))
attempt("drop events", lambda: spark.sql("DROP TABLE events").collect())
print("folder after drop", os.path.exists("spark-warehouse/events"))

os.makedirs("spark-warehouse/stale")
with open("spark-warehouse/stale/part-0.json", "w") as f:
    f.write("{}\n")
attempt("leftover folder", lambda: people.write.saveAsTable("stale"))
attempt("other schema", lambda: people.write.saveAsTable("other.t"))
print("done")
