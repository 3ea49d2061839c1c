from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "f", expr("make_date(year(dt), 12, 28)").alias("c1"), F.make_date(lit(2024), F.pmod(col("i"), lit(12)) + lit(1), F.least(F.dayofmonth(col("dt")), lit(28))), expr("CAST((i - i) AS BIGINT) AS c3"), expr("month(ts)").alias("c4")).filter("((c4 IN (1)) OR (c1 <> DATE'2025-03-01'))")
OUTPUT_MODE = "append"
