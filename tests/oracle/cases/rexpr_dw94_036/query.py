from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(12,4), s STRING, ts TIMESTAMP, t STRING, n DECIMAL(20,0), i INT, dt DATE, d DOUBLE").json(INPUT)
result = df.select("id", col("i").try_cast("decimal(10,4)"), F.greatest(col("s").try_cast("timestamp"), F.to_timestamp(F.date_format(F.to_timestamp(lit("2024-02-29 00:00:00")), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c2"), expr("CASE WHEN (id IS NOT NULL) THEN dt END"), expr("CASE WHEN (s <= '2024-02-29') THEN s WHEN (dt <> DATE'2024-02-29') THEN t WHEN (i = 3) THEN ' ' ELSE t END AS c4"), expr("month(trunc(if((d > 0.5D), dt, dt), 'mon'))").alias("c5")).filter(col("d").isNotNull())
OUTPUT_MODE = "append"
