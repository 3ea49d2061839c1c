from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, f FLOAT, k BIGINT, m DECIMAL(10,2), t STRING, ts TIMESTAMP, s STRING, i INT, j INT, dt DATE, d DOUBLE").load(INPUT)
result = df.filter("(m > 12.345)").select("id", expr("make_date(2023, 2, 28) AS c1"), expr("CAST((3 * -1) AS BIGINT)").alias("c2"), expr("CASE WHEN ('2024-02-29' LIKE '%') THEN ts WHEN (k > -2L) THEN CASE WHEN b THEN ts WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' WHEN b THEN ts ELSE ts END ELSE CASE WHEN b THEN ts WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (k <= -2L) THEN ts ELSE ts END END"), F.when(col("s").isNull(), F.date_trunc("yyyy", col("ts"))).when(F.nvl(col("b"), lit(True)), col("ts")).when((col("f") <= col("j")), col("ts")).otherwise(col("ts")).alias("c4"))
OUTPUT_MODE = "append"
