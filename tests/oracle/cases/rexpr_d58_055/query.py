from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("m", expr("substr(array_join(split(CASE WHEN (d IS NOT NULL) THEN t ELSE repeat(s, 0) END, '-'), ''), 2, 0) AS c1"), F.format_number((col("m") + col("d")), 0).alias("c2"), (col("b") & col("b")), expr("ln((d / 7)) AS c4"))
OUTPUT_MODE = "append"
