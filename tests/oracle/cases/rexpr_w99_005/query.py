from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.date_add(F.ifnull(col("dt"), F.to_date(lit("2024-02-29"))), col("i"))).withColumn("c2", F.greatest(col("ts"), col("ts"), col("ts"))).withColumn("c3", expr("unix_timestamp(CASE WHEN (d IS NOT NULL) THEN coalesce(nullif(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-03-01 12:30:00.123456'), TIMESTAMP'2024-03-01 12:30:00.123456') WHEN (i = 1) THEN (TIMESTAMP'1999-12-31 23:59:59.999' + INTERVAL '1 02:03:04.000005' DAY TO SECOND) ELSE ts END)")).withColumn("d", expr("(10 / -4.0D)"))
OUTPUT_MODE = "append"
