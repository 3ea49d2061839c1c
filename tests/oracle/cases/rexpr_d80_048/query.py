from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("right(rpad('日本', 8, '*'), 1) AS c1", "right(CASE WHEN (n IS NOT NULL) THEN ' ' ELSE '' END, 4) AS c2", "split_part(s, ' ', 2) AS c3", "CAST(CAST(10 AS BIGINT) AS STRING)", "abs(i)").filter((col("s").like("% %") | col("n").isNotNull()))
OUTPUT_MODE = "append"
