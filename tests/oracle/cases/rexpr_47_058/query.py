from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(TRY_CAST('' AS BOOLEAN) OR (t >= 'é'))").selectExpr("(DATE'2000-01-01' - INTERVAL 2 YEARS) AS c1", "regexp_replace(concat(s, s, t), '(a|b)', '<>') AS c2", "nullif(dt, DATE'2025-03-01') AS c3").where((~F.coalesce(F.coalesce((col("m") < expr("12.345")), lit(True)), lit(False))))
OUTPUT_MODE = "append"
