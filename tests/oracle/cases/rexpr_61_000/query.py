from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, m DECIMAL(7,0), ts TIMESTAMP, s STRING, i INT, d DOUBLE, j INT, t STRING, dt DATE").load(INPUT)
result = df.where((F.coalesce(col("b"), (col("t") < lit("abc")), lit(True)) | col("ts").isNotNull())).groupBy(F.date_sub(F.nullif(col("dt"), F.to_date(lit("2000-01-01"))), col("i")).alias("k1")).agg(F.bool_or(col("b")).alias("a1"), expr("max(CASE WHEN (' ' IS NOT NULL) THEN t WHEN (m < 0.001) THEN s WHEN (b IS NOT NULL) THEN format_string('%s', d) END) AS a2"), (F.max(F.bround(col("m"), 1)) - F.min(F.bround(col("m"), 1))).alias("a3"), F.max(col("dt")).alias("a4"))
OUTPUT_MODE = "complete"
