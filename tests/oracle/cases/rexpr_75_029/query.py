from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, ts TIMESTAMP, m DECIMAL(38,10), j INT, b BOOLEAN, t STRING, i INT, dt DATE, s STRING, n DECIMAL(5,3), k BIGINT").load(INPUT)
result = df.select("id", F.nullif(F.nullif((col("ts") - expr("INTERVAL 1 DAY")), F.to_timestamp(lit("2024-02-29 00:00:00"))), F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c1"), expr("CASE WHEN (i <> 0) THEN ts WHEN b THEN ts ELSE ts END").alias("c2"), expr("date_trunc('DAY', TIMESTAMP'2024-02-29 00:00:00')"), col("s").try_cast("decimal(5,1)").alias("c4")).where((col("d") != lit(0.001)))
OUTPUT_MODE = "append"
