from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.unix_timestamp(F.date_add(F.when(col("b"), col("dt")).when(col("b"), F.to_date(lit("2025-03-01"))).when(col("b"), col("dt")).otherwise(col("dt")), col("i"))).alias("c1"), F.ifnull((col("ts") + expr("INTERVAL '1-2' YEAR TO MONTH")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c2"), expr("CAST(i AS DOUBLE)").alias("c3")).filter("(endswith(CASE WHEN (t > '42') THEN s WHEN b THEN t WHEN b THEN t ELSE s END, 'a') OR (b IS NULL))")
OUTPUT_MODE = "append"
