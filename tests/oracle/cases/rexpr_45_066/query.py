from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, b BOOLEAN, j INT, dt DATE, m DECIMAL(12,4), s STRING, ts TIMESTAMP, k BIGINT, i INT").load(INPUT)
result = df.select("id", expr("CASE WHEN (NOT ifnull(b, false)) THEN date_sub((dt + INTERVAL -10 DAYS), i) ELSE make_date(2024, month(dt), 1) END AS c1"), col("s").try_cast("date").cast("timestamp").alias("c2"), (col("dt") >= F.to_date(lit("2023-12-31"))).alias("c3"), F.lpad(F.substring(F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))).cast("string"), 5, 3), 3, "*").alias("c4"))
OUTPUT_MODE = "append"
