from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", expr("timestamp_seconds(weekofyear(make_date(2023, 12, least(dayofmonth(dt), 28))))").alias("c1"), expr("((TIMESTAMP'2024-02-29 00:00:00' IS NULL) AND (if(b, j, i) IN (5, 10)))").alias("c2"), F.ifnull(F.nvl2(col("id"), lit(1.25).cast("decimal(3,2)"), lit(100).cast("decimal(3,0)")), expr("0.5")).alias("c3"))
OUTPUT_MODE = "append"
