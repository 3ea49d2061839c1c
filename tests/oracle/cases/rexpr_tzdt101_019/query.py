spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(18,6), t STRING, d DOUBLE, dt DATE, b BOOLEAN, i INT, j INT, s STRING, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE WHEN b THEN (d != -1.5D) WHEN b THEN (s ILIKE '%e') WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN b END").alias("c1"), expr("(round(m, -1) * (- m))").alias("c2"), (F.base64(expr("CAST(INTERVAL '3' HOUR AS STRING)")) != expr("CAST((ts - ts) AS STRING)")).alias("c3"), expr("(ts + INTERVAL '90' MINUTE)").alias("c4"), F.try_subtract(F.nvl2(F.substring(col("t"), 2, 10), F.nullif(col("i"), lit(3)), col("dt").isNotNull().cast("int")), lit(100)).alias("c5"))
OUTPUT_MODE = "append"
