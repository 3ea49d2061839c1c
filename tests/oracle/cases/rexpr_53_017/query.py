from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, ts TIMESTAMP, i INT, dt DATE, m DECIMAL(10,2), s STRING, d DOUBLE").load(INPUT)
result = df.where((col("id").cast("boolean") | col("ts").isNotNull())).select("id", F.from_unixtime(F.pmod(col("id"), F.nullif(col("i"), lit(0))), "HH:mm").alias("c1"), expr("isnan(CAST(((ts <= TIMESTAMP'2024-02-29 00:00:00') <> (dt < DATE'2024-02-29')) AS DOUBLE))").alias("c2"), F.when(F.coalesce((col("i") + col("i")), lit(0)).isNull(), F.date_add(F.when(col("m").isNotNull(), col("dt")).when(col("ts").isNotNull(), col("dt")).when((col("i") == lit(5)), col("dt")).otherwise(col("dt")), lit(5))).otherwise(F.trunc(col("dt"), "mon")).alias("c3"), expr("(- ((d * d) * d))").alias("c4")).where(col("i").isNotNull())
OUTPUT_MODE = "append"
