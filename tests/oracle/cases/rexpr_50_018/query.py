from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(j IS NOT NULL)").groupBy(expr("coalesce(CASE WHEN (id > 1000L) THEN b WHEN (j < 0) THEN (s = '42') WHEN b THEN b ELSE b END, false) AS k1")).agg(F.sum(F.when((~(col("dt") != col("ts"))), col("b").isNotNull().cast("decimal(12,2)")).otherwise(lit(0))).alias("a1"), expr("round(avg(d), 0) AS a2"), (F.max(F.log(F.round(col("d"), 2))) - F.min(F.log(F.round(col("d"), 2)))).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
