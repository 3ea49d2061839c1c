from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((to_date('2025-03-01') = dt) OR (ts < TIMESTAMP'1999-12-31 23:59:59.999'))").select("id", F.months_between(col("dt"), col("ts")).eqNullSafe(col("d")).alias("c1"), col("m").try_cast("int").alias("c2"), F.round(col("d"), col("i")).alias("c3"), F.from_unixtime(F.when((col("j") <= lit(1)), col("id")).when(F.isnull(col("d")), (col("id") - col("i"))).when((col("ts") <= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), F.nullif(F.when(col("i").isNotNull(), col("id")).when((col("id") > lit(86400).cast("bigint")), col("id")).otherwise(col("id")), lit(86400).cast("bigint")))).alias("c4")).where(F.coalesce(F.coalesce((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), lit(True)), lit(True)))
OUTPUT_MODE = "append"
