from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((col("dt") < F.to_date(lit("2023-12-31"))).alias("k1")).agg(F.bool_and(((lit(2.0) / F.nullif(col("d"), lit(0))) >= lit(-1.5))).alias("a1"), expr("sum(CASE WHEN (i IN (-1, -1, -1)) THEN (m + m) ELSE 0 END) AS a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
