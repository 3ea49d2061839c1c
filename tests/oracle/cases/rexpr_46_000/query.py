from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.isnull(F.when(col("b"), col("d")).when((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00"))), col("d"))).alias("k1"), expr("d AS k2")).agg(F.round(F.avg((col("i") * lit(2))), 0).alias("a1"), expr("round(avg(i), 0) AS a2"), expr("round(avg(d), 0) AS a3"), expr("max(year(i)) AS a4"))
OUTPUT_MODE = "complete"
