from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, m DECIMAL(38,10), t STRING, s STRING, d DOUBLE, ts TIMESTAMP, dt DATE, k BIGINT").load(INPUT)
result = df.select("id", expr("CASE WHEN (d <= 0.1D) THEN i WHEN false THEN i WHEN (id <> 86400L) THEN i END AS c1"), F.when(col("k").isNotNull(), F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3)))).when(F.isnan(col("d")), F.nullif(col("k"), lit(1000).cast("bigint"))).when(lit(True), col("k")).otherwise(col("k")).alias("c2")).where((col("t") == lit(" ")))
OUTPUT_MODE = "append"
