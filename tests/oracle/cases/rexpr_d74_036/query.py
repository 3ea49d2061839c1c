from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("(3 * i) AS c1"), expr("string(coalesce(ts, ts, TIMESTAMP'2024-02-29 00:00:00'))").alias("c2"), F.concat(col("s"), col("s"), F.greatest(F.to_date(lit("2000-01-01")), col("dt")).cast("string")).alias("c3"), expr("greatest((timestamp_seconds(i) + INTERVAL 36 HOURS), CASE WHEN (id IS NOT NULL) THEN ts WHEN (j > -1) THEN ts END)").alias("c4"), expr("CASE WHEN (s IN ('日本')) THEN ts ELSE ts END")).filter("(ts >= TIMESTAMP'2024-03-01 12:30:00.123456')")
OUTPUT_MODE = "append"
