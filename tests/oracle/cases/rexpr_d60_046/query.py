from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce((col("s") > lit("日本")), lit(True))).select(expr("ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)").alias("c1"), expr("(CAST(CASE WHEN (ts <= TIMESTAMP'2024-03-01 12:30:00.123456') THEN DATE'2024-02-29' ELSE dt END AS TIMESTAMP) - INTERVAL '1 02:03:04.000005' DAY TO SECOND)").alias("c2"), F.trunc(col("s").try_cast("date"), "MM").alias("c3"), expr("add_months(dateadd(dateadd(nullif(dt, DATE'2023-12-31'), 1), i), i)").alias("c4")).where((col("f") < lit(0.1)))
OUTPUT_MODE = "append"
