spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "d", expr("(log1p((d / nullif(j, 0))) / 3)").alias("c1"), F.round(col("d")).alias("c2"), expr("CASE WHEN (NOT (s IS NOT NULL)) THEN id WHEN (nullif(id, 1L) < pmod(id, nullif(i, 0))) THEN (id * 3) ELSE nvl2(if(b, dt, DATE'2025-03-01'), k, 86400L) END").alias("c3"))
OUTPUT_MODE = "append"
