from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, s STRING, k BIGINT, m DECIMAL(18,6), ts TIMESTAMP, dt DATE, t STRING, n DECIMAL(20,0), i INT").load(INPUT)
result = df.selectExpr("id", "(m / nullif(i, 0)) AS c1", "((CAST(size(split(s, '  *')) AS TIMESTAMP) - INTERVAL '90' MINUTE) + INTERVAL 36 HOURS) AS c2", "nullif(ts, TIMESTAMP'2024-02-29 00:00:00')", "CASE WHEN (dt = to_date('2023-12-31')) THEN nullif(id, 1000L) ELSE CASE WHEN (n <= 0.5) THEN pmod(id, nullif(i, 0)) ELSE k END END AS c4").where(((F.replace(col("s"), lit("l"), lit("LL")) != col("s")) | lit("日本").isNull()))
OUTPUT_MODE = "append"
