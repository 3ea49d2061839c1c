from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("((f * d) / nullif((1 * 0), 0)) AS c1"), expr("coalesce((i - i), i, 2)").alias("c2"), expr("to_timestamp(date_format(CASE WHEN (s RLIKE 'o$') THEN TRY_CAST(t AS TIMESTAMP) WHEN ((s > 'x-y') OR (j = 2)) THEN ts ELSE ts END, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')").alias("c3"), (F.nvl2(col("i"), col("i"), lit(-1)) - col("i")).alias("c4"), (F.greatest(col("i"), col("i"), col("i")) - col("d")))
OUTPUT_MODE = "append"
