from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter((~F.coalesce(F.when(lit(True), (col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).when(lit(False), (col("dt") == F.to_date(lit("2023-12-31")))).when((col("m") <= lit(.5).cast("decimal(2,1)")), (col("m") > lit(99.99).cast("decimal(4,2)"))).otherwise((col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00")))), lit(False)))).createOrReplaceTempView("src")
result = spark.sql("SELECT i, sum(i) AS a1, (max(m) - min(m)) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
