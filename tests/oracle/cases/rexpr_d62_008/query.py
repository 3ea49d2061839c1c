from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(greatest(n, m) - greatest(1, -1, i)) AS c1"), expr("(ts >= TIMESTAMP'2024-03-01 12:30:00.123456')"), expr("sqrt(CASE WHEN contains(s, 'a') THEN CASE WHEN (n IS NOT NULL) THEN n WHEN (s < 'x-y') THEN 99.99 ELSE m END WHEN (j IS NOT NULL) THEN n WHEN (dt >= to_date('2000-01-01')) THEN n ELSE n END) AS c3"), F.size(F.split(col("s"), "-")).alias("c4"), F.isnan(F.nullif((col("i") - col("d")), lit(100.0))).alias("c5"))
OUTPUT_MODE = "append"
