from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("ts").isNotNull()).withColumn("c1", expr("coalesce(DATE'2025-03-01', DATE'2000-01-01')")).withColumn("c2", expr("(d <=> CAST(m AS DOUBLE))")).withColumn("c3", expr("(bround(m, 0) - m)")).withColumn("c4", expr("timestamp_millis(datediff(dt, DATE'2000-01-01'))")).withColumn("c5", expr("CASE WHEN (id >= 0L) THEN to_date(c4) END")).drop("m", "s", "dt").filter((col("m") != expr("12.345")))
OUTPUT_MODE = "append"
