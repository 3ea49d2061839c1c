from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce((d BETWEEN 3.75D AND 3.75D), true)").groupBy(col("j").alias("k1")).agg(expr("min(timestamp_seconds((i * 2))) AS a1"), expr("(max((bround(n, 2) * d)) - min((bround(n, 2) * d))) AS a2"), expr("datediff(max(DATE'2025-03-01'), min(DATE'2025-03-01')) AS a3"), F.min(F.when(col("s").isNotNull(), F.pmod(col("i"), lit(10))).when(col("b"), F.datediff(col("dt"), col("dt"))).otherwise(col("i"))).alias("a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
