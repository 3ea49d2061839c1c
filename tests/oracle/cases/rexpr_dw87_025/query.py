from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(regexp_like(t, 'o$') OR (j IS NULL))").select("id", expr("CASE WHEN (dt IS NOT NULL) THEN d WHEN (b OR b) THEN d END AS c1"), (lit(3).cast("bigint") / lit(3.0)).alias("c2"), expr("(nullif((i + (i - i)), 3) IN (2, 2))").alias("c3"), F.when(col("i"), 1).otherwise(0).alias("c4"), expr("CASE WHEN ((d IS NOT NULL) IS NULL) THEN date_add(dt, i) ELSE dt END AS c5"), (F.coalesce(F.to_timestamp(F.date_format(F.to_timestamp(lit("2024-03-01 12:30:00.123456")), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss"), lit(None).cast("timestamp")) - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).isNotNull().alias("c6")).filter(F.coalesce(((col("c5") <= F.to_date(lit("2000-01-01"))) | col("c3")), lit(True)))
OUTPUT_MODE = "append"
