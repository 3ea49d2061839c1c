# Partitioned managed tables, insertInto and CREATE TABLE ... AS SELECT, as Spark keeps
# them without Hive: run in an empty working folder (the warehouse is ./spark-warehouse)
# with a scratch folder as the first argument. partitioned_tables.txt is what PySpark 4.3
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


def attempt(label, f):
    try:
        r = f()
        print(label, "ok" if r is None else r)
    except Exception as e:
        print(label, "error", e.getCondition())


def rows(name):
    t = spark.table(name)
    return sorted(tuple(r) for r in t.collect()), t.schema.simpleString()


def folders(name, *candidates):
    return [d for d in candidates if os.path.isdir(os.path.join("spark-warehouse", name, d))]


sales = spark.createDataFrame([("eu", 2024, 10), ("us", 2024, 20), ("eu", 2025, 30)], "region STRING, year INT, amount INT")
attempt("partitioned save", lambda: sales.write.partitionBy("region").saveAsTable("sales"))
print("sales", rows("sales"))
print("sales folders", folders("sales", "region=eu", "region=us", "region=x", "year=2024"))
more = spark.createDataFrame([(5, "us", 2026)], "amount INT, region STRING, year INT")
attempt("partitioned append by name", lambda: more.write.mode("append").saveAsTable("sales"))
print("after append", rows("sales"))
attempt("append other partitioning", lambda: sales.write.mode("append").partitionBy("year").saveAsTable("sales"))
attempt("append same partitioning", lambda: sales.write.mode("append").partitionBy("region").saveAsTable("sales"))
print("after second append", len(rows("sales")[0]))
attempt("two partition columns", lambda: sales.write.partitionBy("year", "region").format("json").saveAsTable("sales2"))
print("sales2", rows("sales2"))
print("sales2 folders", folders("sales2", "year=2024", "year=2025", "region=eu", "year=2024/region=eu", "year=2024/region=us", "year=2025/region=us"))
attempt("partition by missing column", lambda: sales.write.partitionBy("nosuch").saveAsTable("sales3"))
attempt("partition by every column", lambda: sales.write.partitionBy("region", "year", "amount").saveAsTable("sales4"))
attempt("overwrite partitioned", lambda: sales.filter("year = 2025").write.mode("overwrite").partitionBy("region").saveAsTable("sales"))
print("after overwrite", rows("sales"))

# Partition discovery: folders written by partitionBy read back with their columns.
pdir = os.path.join(scratch, "parts")
spark.createDataFrame([("eu", 2024, 10, "2024-01-05"), ("us", 2024, 20, "2024-02-01"), (None, 2025, 30, "2025-03-01"), ("a b/c", 2025, 40, "2025-03-01")],
                      "region STRING, year INT, amount INT, day STRING").selectExpr("region", "year", "amount", "CAST(day AS DATE) AS day") \
    .write.partitionBy("year", "region").json(pdir + "/json")
spark.createDataFrame([(1, "2024-01-05", 1.5), (2, "2024-01-06", 2.5)], "id INT, day STRING, score DOUBLE") \
    .selectExpr("id", "CAST(day AS DATE) AS day", "score").write.partitionBy("day", "score").parquet(pdir + "/parquet")
d = spark.read.json(pdir + "/json")
print("discovered json", d.schema.simpleString(), sorted(tuple(r) for r in d.collect()))
d = spark.read.schema("amount INT, region STRING, year LONG, day DATE").json(pdir + "/json")
print("json with schema", d.schema.simpleString(), sorted(tuple(r) for r in d.collect()))
d = spark.read.parquet(pdir + "/parquet")
print("discovered parquet", d.schema.simpleString(), sorted(tuple(r) for r in d.collect()))
print("filtered", sorted(tuple(r) for r in spark.read.json(pdir + "/json").where("year = 2025").select("amount", "region").collect()))
sq = (spark.readStream.schema("amount INT, day DATE, year INT, region STRING").json(pdir + "/json")
      .writeStream.format("memory").queryName("parts_stream").trigger(availableNow=True).start())
sq.awaitTermination()
print("streamed partitions", sorted(tuple(r) for r in spark.table("parts_stream").collect()))

# insertInto: by position, not by name.
people = spark.createDataFrame([(1, "ann")], "id INT, name STRING")
people.write.saveAsTable("people")
attempt("insertInto", lambda: spark.createDataFrame([(2, "bob")], "x INT, y STRING").write.insertInto("people"))
attempt("insertInto swapped", lambda: spark.createDataFrame([("cy", 3)], "name STRING, id INT").write.insertInto("people"))
print("people", rows("people"))
attempt("insertInto too few columns", lambda: spark.range(1).write.insertInto("people"))
attempt("insertInto missing table", lambda: people.write.insertInto("nosuch"))
attempt("insertInto overwrite", lambda: spark.createDataFrame([(9, "zed")], "id INT, name STRING").write.insertInto("people", overwrite=True))
print("people overwritten", rows("people"))
attempt("insertInto with partitionBy", lambda: people.write.partitionBy("id").insertInto("people"))
attempt("insertInto partitioned", lambda: spark.createDataFrame([(7, "eu", 2027)], "amount INT, region STRING, year INT").write.insertInto("sales"))
print("sales after insertInto", rows("sales"))
attempt("insertInto cast", lambda: spark.createDataFrame([(4.0, 5)], "a DOUBLE, b INT").write.insertInto("people"))
print("people cast", rows("people"))

# SQL: CREATE TABLE ... PARTITIONED BY, AS SELECT, INSERT.
attempt("create partitioned", lambda: spark.sql("CREATE TABLE logs (msg STRING, day STRING) USING parquet PARTITIONED BY (day)").collect())
print("logs", rows("logs"))
attempt("insert values", lambda: spark.sql("INSERT INTO logs VALUES ('a', 'd1'), ('b', 'd2')").collect())
print("logs after insert", rows("logs"), folders("logs", "day=d1", "day=d2", "msg=a"))
sales.createOrReplaceTempView("sales_view")
attempt("ctas", lambda: spark.sql("CREATE TABLE big USING json AS SELECT region, amount * 2 AS doubled FROM sales_view WHERE amount > 10").collect())
print("big", rows("big"))
attempt("ctas again", lambda: spark.sql("CREATE TABLE big AS SELECT 1 AS x").collect())
attempt("ctas if not exists", lambda: spark.sql("CREATE TABLE IF NOT EXISTS big AS SELECT 1 AS x").collect())
print("big still", rows("big"))
attempt("ctas partitioned", lambda: spark.sql("CREATE TABLE bypart USING parquet PARTITIONED BY (region) AS SELECT * FROM sales_view").collect())
print("bypart", rows("bypart"), folders("bypart", "region=eu", "region=us", "year=2024"))
attempt("insert select", lambda: spark.sql("INSERT INTO big SELECT 'ap', 1").collect())
attempt("insert overwrite", lambda: spark.sql("INSERT OVERWRITE TABLE big SELECT 'zz', 2").collect())
print("big after insert", rows("big"))

# A stream into a partitioned table, and read back as a stream.
inp = os.path.join(scratch, "in")
os.makedirs(inp)
with open(os.path.join(inp, "a.json"), "w") as f:
    for i, w in enumerate(["x", "y", "x"]):
        f.write(json.dumps({"n": i, "w": w}) + "\n")
events = spark.readStream.schema("n INT, w STRING").json(inp)
q = (events.writeStream.trigger(availableNow=True).partitionBy("w")
     .option("checkpointLocation", os.path.join(scratch, "c1")).toTable("events"))
q.awaitTermination()
print("events", rows("events"), folders("events", "w=x", "w=y", "n=0"))
copy = (spark.readStream.table("events").writeStream.trigger(availableNow=True)
        .option("checkpointLocation", os.path.join(scratch, "c2")).toTable("events_copy"))
copy.awaitTermination()
print("streamed", rows("events_copy"))
print("done")
