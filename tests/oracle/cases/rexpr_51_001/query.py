from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.sha2(F.lower(col("s")), 0).alias("k1")).agg(F.round(F.avg(col("i")), 0).alias("a1"), F.datediff(F.max(F.nullif(F.last_day(F.to_date(lit("2025-03-01"))), F.to_date(lit("2024-02-29")))), F.min(F.nullif(F.last_day(F.to_date(lit("2025-03-01"))), F.to_date(lit("2024-02-29"))))).alias("a2"), expr("max(i) AS a3"), F.min(col("m")).alias("a4"))
OUTPUT_MODE = "update"
