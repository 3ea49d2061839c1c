from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((CAST(dt AS TIMESTAMP) IS NOT NULL), false))").select("k", expr("hour(ts)").alias("c1"), (col("i") % F.nullif(F.datediff(col("s").try_cast("timestamp"), F.date_sub(F.to_date(lit("2025-03-01")), col("i"))), lit(0))).alias("c2")).filter((F.ifnull(col("d").isNotNull(), lit(True)) | col("ts").isNull()))
OUTPUT_MODE = "append"
