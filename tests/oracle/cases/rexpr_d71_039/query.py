from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((d <> 0.5D) OR b)").select("id", expr("nvl2((ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND), next_day(dt, 'SUN'), DATE'2024-02-29')").alias("c1"), F.regexp_like(F.translate(F.substr(col("s"), lit(1), lit(1)), "aeiou", "AEI"), lit("^[A-Z]")).alias("c2"), expr("(greatest(least(id, id, id), id, id) - if(b, CASE WHEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') THEN id WHEN b THEN id WHEN b THEN id END, id)) AS c3"), expr("atan2(hash(ts, '日本'), j) AS c4"))
OUTPUT_MODE = "append"
