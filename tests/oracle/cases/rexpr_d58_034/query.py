from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.get(F.split(col("t"), ","), 0).alias("c1"), expr("(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') + INTERVAL '90' MINUTE)").alias("c2"), expr("CASE WHEN (3L <= d) THEN d ELSE degrees(d) END"), expr("(t = '42')").alias("c4"), expr("ascii(right(t, 0))").alias("c5")).where("(NOT coalesce(c4, false))")
OUTPUT_MODE = "append"
