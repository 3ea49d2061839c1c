from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, i INT, dt DATE, j INT, k BIGINT, b BOOLEAN, t STRING, m DECIMAL(10,2), ts TIMESTAMP, s STRING").json(INPUT)
result = df.groupBy(expr("CASE WHEN (j >= 1) THEN i WHEN (i < 3) THEN j WHEN b THEN j ELSE j END AS k1"), (col("d") != lit(0.001)).alias("k2")).agg(expr("max((m * m)) AS a1"), expr("min(dt) AS a2"), F.count_if(F.when(col("b"), col("b")).otherwise(col("b"))).alias("a3"), F.max((lit(1).cast("bigint") - col("i"))).alias("a4"))
OUTPUT_MODE = "update"
