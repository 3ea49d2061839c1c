from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("isnan((d * d))").alias("c1"), F.coalesce(col("dt"), F.to_date(lit("2024-02-29"))).alias("c2"), F.bround((col("n") * F.nullif(col("n"), lit(-3.10).cast("decimal(3,2)"))), 2).alias("c3"), (col("id") / F.nullif(col("d"), lit(0))).alias("c4"), (col("i") / lit(-4)).alias("c5")).filter("((-4 BETWEEN 1 AND 10) OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
