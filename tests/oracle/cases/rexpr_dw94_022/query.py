from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (F.quarter(F.to_date(lit("2025-03-01"))) - F.instr(col("s"), "a")).alias("c1"), expr("nullif(CASE WHEN (i >= n) THEN CAST(id AS STRING) ELSE s END, '2024-02-29') AS c2"), expr("nullif(0.5, 0.5) AS c3")).filter(F.coalesce((col("c2").isNotNull() & col("c3").isNotNull()), lit(True)))
OUTPUT_MODE = "append"
