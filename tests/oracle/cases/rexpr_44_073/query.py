from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", expr("CASE WHEN (isnull(CASE WHEN b THEN dt END) AND (d > 0.1D)) THEN (i - id) WHEN (i IN (10)) THEN id ELSE id END").alias("c1"), (col("b") != lit(True)).alias("c2"), expr("last_day(nvl(DATE'2023-12-31', DATE'2024-02-29')) AS c3"), (col("i") + col("i")).alias("c4"))
OUTPUT_MODE = "append"
