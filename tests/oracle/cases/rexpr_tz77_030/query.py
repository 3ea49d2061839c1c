spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(7,0), dt DATE, i INT, k BIGINT, b BOOLEAN, f FLOAT, ts TIMESTAMP, d DOUBLE, t STRING, n DECIMAL(5,3), s STRING").json(INPUT)
result = df.filter(F.coalesce(((~(col("ts") <= F.to_timestamp(lit("2024-02-29 00:00:00")))) & (col("s") <= col("t"))), lit(True))).selectExpr("(id - CASE WHEN b THEN id ELSE 0L END) AS c1", "(t <> ' ') AS c2", "try_divide(CASE WHEN (i = 1) THEN round(f) WHEN b THEN nullif(2.0D, 0.1D) WHEN (t < 'o') THEN f ELSE (i * d) END, d) AS c3", "CASE WHEN CASE WHEN b THEN b WHEN b THEN false WHEN b THEN (k <> 3L) ELSE (b IS NOT TRUE) END THEN ts WHEN CASE WHEN (t <> '2024-02-29') THEN (b IS NOT NULL) WHEN (t LIKE '%') THEN (1000L IS NULL) ELSE b END THEN (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND) ELSE date_trunc('MINUTE', date_trunc('QUARTER', ts)) END AS c4").filter("(NOT coalesce((c2 OR (c1 > 0L)), false))")
OUTPUT_MODE = "append"
