from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.sqrt(col("f")).alias("c1"), expr("regexp_replace(CASE WHEN (i >= -1) THEN s WHEN (d >= 0.5D) THEN CAST(NULL AS STRING) WHEN (dt >= to_date('2024-02-29')) THEN s END, '[0-9]+', '#')").alias("c2"), F.add_months(F.last_day(col("dt")), F.year(col("ts"))).alias("c3"), (F.when((col("f") < lit(0.5)), (col("id") * lit(1))).when((col("id") < lit(86400).cast("bigint")), F.least(col("id"), col("id"))).otherwise((col("id") - col("id"))) + col("id")).alias("c4"), F.substring(col("s"), col("d"), lit(2)).alias("c5"), (F.when((col("s") < lit("o")), col("i")).when(col("k").isNotNull(), col("i")).otherwise(col("i")) * F.round(col("i").cast("decimal(12,2)"), 0)).alias("c6"))
OUTPUT_MODE = "append"
