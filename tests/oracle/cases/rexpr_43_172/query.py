from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "coalesce(ts, TIMESTAMP'2024-02-29 00:00:00') AS c1", "CAST(greatest(id, coalesce(id, 0L), pmod(1000L, nullif((i + i), 0))) AS STRING) AS c2", "least(s, s) AS c3", "CASE WHEN ((- i) BETWEEN 2 AND 2) THEN (id * 5) WHEN ((b IS NOT TRUE) < (dt IS NOT NULL)) THEN id ELSE id END AS c4").where((~F.coalesce(F.isnan(col("d")), lit(False))))
OUTPUT_MODE = "append"
