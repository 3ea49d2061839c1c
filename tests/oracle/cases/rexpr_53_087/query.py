from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("m", expr("nullif(CASE WHEN (id <= 1L) THEN m WHEN (f = 0.001D) THEN m WHEN (d < 0.001D) THEN m END, 0.001)")).withColumn("c2", F.round(col("m"))).withColumn("dt", F.make_date(lit(2024), lit(2), lit(1))).select("id", "c2").filter("coalesce(nvl2(date_trunc('yyyy', ts), (ts IS NOT NULL), true), true)")
OUTPUT_MODE = "append"
