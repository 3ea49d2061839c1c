from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, s STRING, i INT, j INT, n DECIMAL(5,3), t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP, m DECIMAL(38,10)").json(INPUT)
result = df.groupBy(F.left(col("t"), lit(4)).alias("k1")).agg((F.max(col("n")) - F.min(col("n"))).alias("a1"), (F.max((F.size(F.array_distinct(F.split(F.when((col("i") < lit(10)), col("s")).otherwise(col("s")), "-"))) - col("i"))) - F.min((F.size(F.array_distinct(F.split(F.when((col("i") < lit(10)), col("s")).otherwise(col("s")), "-"))) - col("i")))).alias("a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
