from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("CAST(date_trunc('QUARTER', ts) AS STRING) AS k1")).agg(F.sum(F.when(F.isnan(F.months_between(F.to_date(lit("2000-01-01")), F.to_date(lit("2025-03-01")))), F.round(F.floor(col("n")), -1)).otherwise(lit(0))).alias("a1"), F.sum(F.when((col("k") != lit(-2).cast("bigint")), F.when(col("dt").isNotNull(), col("i")).otherwise(col("i"))).otherwise(lit(0))).alias("a2"), F.min(col("dt")).alias("a3"))
OUTPUT_MODE = "update"
