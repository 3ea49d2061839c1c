from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, dt DATE, t STRING, s STRING, k BIGINT, i INT, d DOUBLE, ts TIMESTAMP, m DECIMAL(38,10), n DECIMAL(5,3), b BOOLEAN").json(INPUT)
result = df.filter("coalesce((n IS NOT NULL), true)").select("id", F.when((col("id") <= F.log(col("m"))), col("s")).otherwise(col("s")).alias("c1"), expr("nullif(try_add(n, -3.10), -3.10)"), expr("CASE WHEN (b AND (n <> 0.5)) THEN (date_trunc('SECOND', ts) - INTERVAL -3 DAYS) WHEN b THEN make_timestamp(year(to_date(ts)), month(to_date(ts)), dayofmonth(to_date(ts)), 0, 59, 59.999999) ELSE nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456') END AS c3"), F.year(col("i")).alias("c4")).where(((col("d") <= lit(0.001)) | (col("i") != lit(0))))
OUTPUT_MODE = "append"
