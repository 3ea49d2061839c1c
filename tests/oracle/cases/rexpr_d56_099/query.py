from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("nullif(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'), TIMESTAMP'1999-12-31 23:59:59.999') AS c1"), F.last_day(col("s").try_cast("date")).alias("c2"), expr("CAST(coalesce((-1 % 3), 1) AS TIMESTAMP)").alias("c3"), expr("year(nullif(CAST(i AS TIMESTAMP), TIMESTAMP'2024-02-29 00:00:00'))").alias("c4"), F.when((col("j") <= lit(5)), lit(1000).cast("bigint")).otherwise(col("id")).alias("c5")).filter(F.coalesce((col("b") & col("b")), lit(True)))
OUTPUT_MODE = "append"
