from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(F.round(F.avg(F.sqrt(F.nullif(col("d"), lit(2.0)))), 0).alias("a1"), F.sum(col("id")).alias("a2")).orderBy(col("a1").desc(), col("dt").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
