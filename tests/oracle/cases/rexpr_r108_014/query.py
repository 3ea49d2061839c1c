from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, ts TIMESTAMP, i INT, s STRING, dt DATE, m DECIMAL(38,10)").load(INPUT)
result = df.where(F.coalesce((col("dt").isNotNull() > (col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999")))), lit(True))).withColumn("c1", expr("to_timestamp_ltz(CAST(next_day(to_date('2024-02-29'), 'TU') AS STRING))")).withColumn("c2", expr("try_mod(CAST(i AS BIGINT), 0L)")).withColumn("c3", F.acos(F.csc(F.nullif(col("d"), lit(0))))).withColumn("c4", col("i").try_cast("decimal(5,1)").eqNullSafe(col("i"))).withColumn("i", expr("timestamp_diff('MONTH', coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999'), make_timestamp_ltz(2024, 2, 29, i, 0, 0, 'Asia/Tokyo'))")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
