from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("i") / F.nullif(F.unix_date(col("ts").cast("date")), lit(0))).alias("c1"), expr("CAST((dt > DATE'2025-03-01') AS INT) AS c2"), expr("nullif(CASE WHEN (i > 1) THEN 3L WHEN (s <= 'Hello') THEN id WHEN (dt IS NOT NULL) THEN id ELSE id END, 1L) AS c3"), (expr("-3.10") * col("m")).alias("c4"))
OUTPUT_MODE = "append"
