from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((~F.coalesce(col("d").isNotNull(), lit(False)))).selectExpr("id", "dt", "(i / 3) AS c1", "nvl2((CAST(NULL AS BIGINT) <=> 3L), unix_timestamp(ts), 0L)", "CASE WHEN ((t > ' ') AND (0.1D BETWEEN 2.0D AND 0.5D)) THEN (n * m) ELSE bround(n, 3) END AS c3").where((~F.coalesce((col("d") != lit(100.0)), lit(False))))
OUTPUT_MODE = "append"
