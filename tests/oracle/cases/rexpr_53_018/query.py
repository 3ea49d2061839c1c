from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.datediff(col("dt"), F.to_date(lit("2024-02-29"))).alias("k1")).agg(F.max(F.floor(col("d") * lit(1e10))).alias("a3"), expr("sort_array(collect_set(s)) AS a1"), expr("count_if((CASE WHEN b THEN m WHEN b THEN n WHEN b THEN n ELSE n END IN (0.5, 1.25, 0.001))) AS a2"))
OUTPUT_MODE = "update"
