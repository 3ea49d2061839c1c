from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), dt DATE, t STRING, n DECIMAL(20,0), j INT, b BOOLEAN, i INT, d DOUBLE, s STRING, ts TIMESTAMP, k BIGINT").load(INPUT)
result = df.where((~F.coalesce(col("m").isNotNull(), lit(False)))).groupBy("t").agg(F.count(F.coalesce(col("ts"), F.when(lit(False), col("ts")).when((col("id") > lit(3).cast("bigint")), col("ts")).when(col("b"), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.to_timestamp(lit("2024-02-29 00:00:00")))).alias("a1"), F.datediff(F.max(F.next_day(F.try_to_date(col("s")), "Mon")), F.min(F.next_day(F.try_to_date(col("s")), "Mon"))).alias("a2"))
OUTPUT_MODE = "update"
