from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CASE WHEN (i <> k) THEN (t <= 'a') WHEN b THEN b WHEN (d IN (3.75D)) THEN b ELSE isnan(d) END AS k1")).agg(F.sum(F.when(F.isnan(col("d")), F.dayofmonth(F.greatest(col("ts"), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))))).otherwise(lit(0))).alias("a1"), expr("max(floor(d * 1e10D)) AS a3"), expr("avg(nullif(id, 1000L)) AS a2"))
OUTPUT_MODE = "complete"
