from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(m IS NOT NULL)").select("id", expr("CASE WHEN b THEN i WHEN (ts > TIMESTAMP'2024-02-29 00:00:00') THEN i WHEN b THEN i END AS c1"), F.nullif((col("d") + F.when(col("b"), col("i")).otherwise(col("i"))), lit(0.1)).alias("c2"))
OUTPUT_MODE = "append"
