from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE WHEN isnan(CAST(id AS DOUBLE)) THEN nullif(try_divide(d, j), 0.5D) WHEN b THEN 3.75D ELSE d END AS c1"), expr("(id DIV i)").alias("c2"), expr("CAST(make_dt_interval(-1) + make_dt_interval(0, i) AS STRING)"), F.timestamp_seconds(F.nullif(F.positive(col("i")), lit(1))).alias("c4"), expr("convert_timezone('America/Los_Angeles', 'UTC', make_timestamp_ltz(2024, 2, 29, i, 0, 0, 'Asia/Tokyo'))").alias("c5"), expr("CASE startswith(s, 'é') WHEN true THEN m ELSE floor(m) END").alias("c6")).filter((~F.coalesce((col("m") >= lit(0).cast("bigint")), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c6 FROM rexpr_q ORDER BY c6 DESC NULLS FIRST, id"]
