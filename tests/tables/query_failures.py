# A streaming query that fails reaches the script as PySpark raises it: processAllAvailable
# and awaitTermination raise StreamingQueryException (STREAM_FAILED), query.exception() is
# one (getCondition() None, str() the cause), a query failing while the script sleeps does
# not stop the script, and the job ends normally when the script handled the failure.
# query_failures.txt is what PySpark 4.3 printed (see tests/tables/README.md).
import os
import sys
import time
from pyspark.sql import SparkSession
from pyspark.errors import StreamingQueryException

spark = (SparkSession.builder.master("local[1]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())

d = os.path.join(sys.argv[1], "failing_input")
os.makedirs(d, exist_ok=True)
with open(os.path.join(d, "a.json"), "w") as f:
    f.write('{"v": 0}\n')
df = spark.readStream.schema("v INT").json(d)
q = df.selectExpr("1 / v AS x").writeStream.format("memory").queryName("fails").start()
try:
    q.processAllAvailable()
except StreamingQueryException as e:
    print("processAllAvailable:", type(e).__name__, e.getCondition(),
          "terminated with exception: [DIVIDE_BY_ZERO]" in str(e))
print("exception():", type(q.exception()).__name__, q.exception().getCondition(),
      str(q.exception()).startswith("[DIVIDE_BY_ZERO]"))
q2 = df.selectExpr("1 / v AS x").writeStream.format("memory").queryName("fails2").start()
time.sleep(5)
print("after sleep:", q2.isActive, q2.exception() is not None)
try:
    q2.awaitTermination()
except StreamingQueryException as e:
    print("awaitTermination:", type(e).__name__, e.getCondition())
print("done")
