from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "format_number(round(d, 1), 0) AS c1", "coalesce(i, i, -1) AS c2", "(TRY_CAST(-1.5D AS DECIMAL(6,3)) BETWEEN 1.25 AND 1.25) AS c3", "CASE WHEN b THEN (id / nullif(nvl(i, 1), 0)) WHEN (ts <= dt) THEN greatest(f, f, d) WHEN (s IS NULL) THEN d ELSE f END AS c4").where((col("k") == lit(86400).cast("bigint")))
OUTPUT_MODE = "append"
