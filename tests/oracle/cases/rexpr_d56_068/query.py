from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("id") != lit(1).cast("bigint"))).select("id", "s", expr("CASE WHEN (ts IS NOT NULL) THEN TIMESTAMP'1999-12-31 23:59:59.999' END").alias("c1"), expr("CASE (d IN (0.001D, 0.001D, -1.5D)) WHEN true THEN dt WHEN false THEN dt ELSE (dt + INTERVAL 1 DAY) END"), F.date_trunc("MONTH", expr("CASE j WHEN 10 THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END")).isNotNull().alias("c3")).filter("(n <= 99.99)")
OUTPUT_MODE = "append"
