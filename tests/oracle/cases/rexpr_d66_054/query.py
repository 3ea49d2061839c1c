from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce((CASE WHEN isnan(100.0D) THEN to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') WHEN (m < 100BD) THEN CASE WHEN true THEN ts ELSE ts END WHEN (j NOT IN (5, -1, 3)) THEN ts END IS NULL), true)").withColumn("c1", expr("try_multiply(i, i)")).withColumn("c2", expr("nullif(t, 'é')")).where("(isnull(nullif(to_date('2025-03-01'), to_date('2025-03-01'))) OR (c2 > 'Hello'))")
OUTPUT_MODE = "append"
