from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("hour(ts) AS k1"), expr("CAST(n AS DOUBLE) AS k2")).agg(expr("max(to_date('2025-03-01')) AS a1"), expr("(max(1.25) - min(1.25)) AS a2"), expr("(max(i) - min(i)) AS a3"), F.avg(F.coalesce(col("id"), col("id"), lit(1).cast("bigint"))).alias("a4"))
OUTPUT_MODE = "complete"
