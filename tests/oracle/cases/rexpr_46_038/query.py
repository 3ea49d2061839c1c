from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CASE WHEN (i > k) THEN (f * id) ELSE f END AS k1")).agg(expr("datediff(max(make_date(year(dt), month(dt), 1)), min(make_date(year(dt), month(dt), 1))) AS a1"), F.count(col("f")).alias("a2"), F.datediff(F.max(F.trunc(F.date_add(col("dt"), col("i")), "YEAR")), F.min(F.trunc(F.date_add(col("dt"), col("i")), "YEAR"))).alias("a3"), (F.max(col("i")) - F.min(col("i"))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
