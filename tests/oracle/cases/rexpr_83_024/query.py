from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("ts") <= F.to_timestamp(lit("2024-02-29 00:00:00")))).selectExpr("(2 <> j) AS c1", "rpad(substring(left(format_string('%e', d), 2), 2, 0), 0, '*') AS c2", "(coalesce(i, 10) / nullif(d, 0)) AS c3").filter("((12.345 <=> 1000L) OR (c2 IS NOT NULL))")
OUTPUT_MODE = "append"
