from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), d DOUBLE, dt DATE, s STRING, n DECIMAL(5,3), i INT, b BOOLEAN, t STRING, ts TIMESTAMP, j INT").json(INPUT)
result = df.groupBy("dt").agg(expr("sum(CASE WHEN (dt <> ts) THEN (i + i) ELSE 0 END) AS a1"), F.max(F.months_between(F.nullif(col("dt"), F.to_date(lit("2000-01-01"))), col("ts"))).alias("a2"), F.avg(col("d")).alias("a3"), expr("min((CASE WHEN b THEN id ELSE 0L END - CAST(i AS BIGINT))) AS a4")).orderBy(col("a1").desc(), col("dt").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
