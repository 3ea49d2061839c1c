from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), b BOOLEAN, d DOUBLE, t STRING, i INT, j INT, m DECIMAL(18,6), ts TIMESTAMP, s STRING, dt DATE, f FLOAT").load(INPUT)
result = df.selectExpr("id", "regexp_replace(format_number((id + id), 3), '^.', '') AS c1", "((ts > TIMESTAMP'2024-02-29 00:00:00') = TRY_CAST('' AS BOOLEAN)) AS c2", "rpad(date_format((ts - INTERVAL 1 DAY), 'HH:mm:ss'), 0, 'é') AS c3").where((lit(0.1).isin(lit(float("nan"))) | (col("c3") != lit("a"))))
OUTPUT_MODE = "append"
