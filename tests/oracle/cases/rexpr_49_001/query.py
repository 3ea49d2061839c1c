from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "d", expr("((b OR (NOT (t <> ' '))) OR b) AS c1"), F.when(col("b"), col("j")).when(col("b"), col("i")).when(col("b"), col("i")).otherwise(col("j")).alias("c2"), expr("make_date(2024, 2, 28)"), expr("coalesce(k, id, 86400L)").alias("c4")).filter("(n IS NOT NULL)")
OUTPUT_MODE = "append"
