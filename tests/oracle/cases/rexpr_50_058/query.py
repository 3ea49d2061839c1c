from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((d IN (2.0D)) OR (b IS NOT TRUE))").groupBy(col("d").alias("k1"), expr("coalesce(d, 0.5D) AS k2")).agg(F.sort_array(F.collect_set((lit(10) * col("i")))).alias("a1"), expr("(max(months_between(date_add(DATE'2000-01-01', i), last_day(dt))) - min(months_between(date_add(DATE'2000-01-01', i), last_day(dt)))) AS a2"), expr("round(avg((m + 0.001)), 0) AS a3"), expr("min(ts) AS a4"))
OUTPUT_MODE = "update"
