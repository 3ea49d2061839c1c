from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("dt").isNotNull().alias("k1"), expr("dayofmonth(dt) AS k2")).agg(F.max(col("d")).alias("a1"), F.count_if(col("j").cast("boolean")).alias("a2"), F.count(F.to_date(lit("2024-02-29"))).alias("a3"), F.bool_or(lit(2).isin(lit(1))).alias("a4"))
OUTPUT_MODE = "complete"
