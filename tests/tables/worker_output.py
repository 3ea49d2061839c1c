# Where a script's prints go: code Spark runs in its Python workers (a UDF, DataFrame.foreach
# and foreachPartition, a streaming foreach writer) prints to stderr, as Spark's executor
# copies a worker's output there; the driver's own code (the script, a foreachBatch
# function, toLocalIterator's loop) prints to stdout. worker_output.txt is PySpark 4.3's
# stdout for this script (see README.md here); managed_tables.rs checks the worker lines
# reach Runnel's stderr.
import os
import sys

from pyspark.sql import SparkSession
from pyspark.sql.functions import udf

spark = (SparkSession.builder.master("local[1]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
spark.sparkContext.setLogLevel("OFF") if hasattr(spark, "sparkContext") else None
scratch = sys.argv[1]


@udf("long")
def loud(x):
    print("worker: udf", x)
    return x * 10


print("driver: udf gives", [r[0] for r in spark.range(3).select(loud("id")).collect()])


def each(row):
    print("worker: foreach", row.id)


spark.range(2).foreach(each)


def part(rows):
    print("worker: partition of", sum(1 for _ in rows), "rows")


spark.range(1).foreachPartition(part)
for r in spark.range(2).toLocalIterator():
    print("driver: local row", r.id)


def bad(row):
    raise ValueError("bad row %d" % row.id)


try:
    spark.range(1).foreach(bad)
except Exception as e:
    print("driver: foreach failed with", type(e).__name__)

inp = os.path.join(scratch, "in")
os.makedirs(inp, exist_ok=True)
with open(os.path.join(inp, "a.json"), "w") as f:
    f.write('{"n": 1}\n{"n": 2}\n')
stream = spark.readStream.schema("n LONG").json(inp)


class Writer:
    def open(self, partition_id, epoch_id):
        return True

    def process(self, row):
        print("worker: writer row", row.n)

    def close(self, error):
        pass


q = stream.writeStream.foreach(Writer()).trigger(availableNow=True).start()
q.awaitTermination()


def batch(df, epoch):
    print("driver: foreachBatch epoch", epoch, "rows", df.count())


q = (stream.writeStream.foreachBatch(batch).trigger(availableNow=True)
     .option("checkpointLocation", os.path.join(scratch, "ck")).start())
q.awaitTermination()
print("driver: done")
