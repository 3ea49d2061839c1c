from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("i").alias("k1"), F.when(lit(-4).cast("boolean"), col("f")).when(col("b"), F.when(col("b"), lit(0.5)).when(col("b"), col("f")).when(col("b"), col("d")).otherwise(col("d"))).otherwise(col("f")).alias("k2")).agg(expr("(max(CASE WHEN b THEN datediff(dt, dt) WHEN (t <= 'o') THEN nvl2(dt, 1, 0) END) - min(CASE WHEN b THEN datediff(dt, dt) WHEN (t <= 'o') THEN nvl2(dt, 1, 0) END)) AS a1"), expr("max(d) AS a2"))
OUTPUT_MODE = "update"
