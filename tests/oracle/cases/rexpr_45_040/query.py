from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((ifnull(ts, TIMESTAMP'2024-02-29 00:00:00') IS NULL) OR (b IS NOT NULL))").select("id", F.bround(F.when(col("b"), expr("-3.10")).when((col("n") < lit(0.001)), col("m")).otherwise(F.round(expr("99.99"), 3)), -1).alias("c1"), expr("CAST(dt AS TIMESTAMP)").alias("c2"), expr("CASE WHEN b THEN dt WHEN (id IS NOT NULL) THEN dt WHEN b THEN dt END AS c3"), expr("((i BETWEEN 5 AND 2) <=> (dt = ts))").alias("c4")).where((~F.coalesce(F.isnan(col("d")), lit(False))))
OUTPUT_MODE = "append"
