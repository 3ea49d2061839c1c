from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(12,4), i INT, ts TIMESTAMP, d DOUBLE, j INT, t STRING, k BIGINT, b BOOLEAN, s STRING, dt DATE, f FLOAT").load(INPUT)
result = df.groupBy(expr("trunc(CASE WHEN (f < 100.0D) THEN to_date('2000-01-01') WHEN b THEN dt WHEN (dt < DATE'2000-01-01') THEN dt ELSE dt END, 'MM') AS k1")).agg(F.count_if(col("b")).alias("a1"), (F.max(F.when(F.from_unixtime(col("id"), "HH:mm").like("_"), (lit(3) * col("i"))).otherwise(col("i"))) - F.min(F.when(F.from_unixtime(col("id"), "HH:mm").like("_"), (lit(3) * col("i"))).otherwise(col("i")))).alias("a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
