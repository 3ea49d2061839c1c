from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce(((~col("i").eqNullSafe(lit(3).cast("bigint"))) & col("b")), lit(True))).select("id", "n", F.crc32(F.format_string("%e", F.greatest(col("d"), col("d")))).alias("c1"), F.nvl(col("i"), lit(1)).alias("c2"), expr("dateadd(nullif(trunc(dateadd(dt, i), 'Q'), DATE'2000-01-01'), weekday(dt))").alias("c3"), F.left(col("s"), lit(1)).alias("c4"))
OUTPUT_MODE = "append"
