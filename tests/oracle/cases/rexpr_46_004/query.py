from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((F.to_date(F.date_format(col("dt"), "yyyyMMdd"), "yyyyMMdd") != col("dt")) | (col("m") <= lit(100).cast("decimal(3,0)")))).groupBy(expr("coalesce(dt, dt, DATE'2025-03-01') AS k1")).agg(F.min(F.when((col("f") <= lit(100.0)), col("dt")).when(col("b"), F.to_date(lit("2025-03-01"))).when(col("b"), F.to_date(lit("2023-12-31"))).cast("string")).alias("a1"), expr("count(id) AS a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
