from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", expr("((n / nullif(n, 0)) / -4.5)").alias("c1"), F.greatest(col("i"), col("i")).cast("string").alias("c2"), F.dayofmonth(F.when((col("id") >= lit(86400).cast("bigint")), col("dt")).when((col("d") >= lit(3.75)), col("dt")).when(col("s").isNotNull(), col("dt")).otherwise(col("dt"))).alias("c3"), F.from_unixtime(F.nullif(col("id"), lit(0).cast("bigint"))).alias("c4"), F.date_add(F.least(F.to_date(col("ts")), F.when((col("f") <= lit(0.001)), col("dt")).otherwise(col("dt"))), col("i")).alias("c5")).filter("(NOT coalesce((dt >= to_date('2025-03-01')), false))")
OUTPUT_MODE = "append"
