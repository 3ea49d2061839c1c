from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("id") + col("id")).alias("c1"), F.concat(F.when(col("b"), col("s")).otherwise(col("s")), col("s"), col("t")).alias("c2"), F.coalesce(col("dt"), col("i")).alias("c3"), expr("CASE WHEN b THEN (id % 7) WHEN true THEN floor(CASE WHEN abs(try_divide(d, 1e300D)) < 1e9D THEN try_divide(d, 1e300D) END) WHEN (ts IS NULL) THEN CASE WHEN b THEN id ELSE 86400L END END"))
OUTPUT_MODE = "append"
