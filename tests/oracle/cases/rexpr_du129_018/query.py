from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(col("i").between(lit(3), lit(-1)), lit(False)))).select("id", F.bit_get(col("i"), lit(40)).alias("c1"), (~col("dt").eqNullSafe(F.to_date(lit("2023-12-31")))).alias("c2"), expr("CASE WHEN (id <> 0L) THEN CASE WHEN b THEN least(m, m) WHEN (d <> 0.1D) THEN (m / 10) WHEN (d = 0.001D) THEN CASE WHEN (dt >= DATE'2023-12-31') THEN 0.001 END ELSE positive(m) END WHEN isnan(d) THEN m ELSE nullifzero(m) END").alias("c3"), expr("from_json(s, 'a INT, b ARRAY<STRING>')"))
OUTPUT_MODE = "append"
