from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, s STRING, ts TIMESTAMP, m DECIMAL(12,4), d DOUBLE, b BOOLEAN, dt DATE, k BIGINT, n DECIMAL(5,3)").json(INPUT)
result = df.select("id", expr("last_day(dt)").alias("c1"), expr("isnan(d)").alias("c2")).filter("(b OR (dt < DATE'2025-03-01'))")
OUTPUT_MODE = "append"
