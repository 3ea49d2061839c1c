from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CASE WHEN CAST(3L AS BOOLEAN) THEN regexp_like('2024-02-29', '[0-9]+') WHEN false THEN (d IN (0.5D, 0.5D, 2.0D)) WHEN false THEN (k <= 86400L) ELSE (id IS NOT NULL) END AS k1")).agg(expr("count(isnan(d)) AS a1"), F.min(col("ts")).alias("a2"), F.min(col("s")).alias("a3"), F.datediff(F.max(F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy")), F.min(F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy"))).alias("a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
