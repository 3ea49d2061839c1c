from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(18,6), s STRING, ts TIMESTAMP, b BOOLEAN, d DOUBLE, i INT, n DECIMAL(4,1), dt DATE").json(INPUT)
result = df.select("id", expr("try_element_at(split(CAST(((ts + INTERVAL 1 MONTH) IS NULL) AS STRING), ','), 2) AS c1"), expr("ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)").alias("c2"), expr("try_divide(unix_date(DATE'2000-01-01'), (d / nullif(i, 0)))").alias("c3"), F.when((~F.coalesce(col("b"), lit(False))), F.least(col("d"), col("d"), F.months_between(col("dt"), F.date_add(F.to_date(lit("2025-03-01")), lit(1))))).when(lit(True), lit(100.0)).otherwise((col("d") + col("m"))).alias("c4"), expr("make_timestamp(year(dt), month(dt), dayofmonth(dt), 12, 59, 15.5)").alias("c5"))
OUTPUT_MODE = "append"
