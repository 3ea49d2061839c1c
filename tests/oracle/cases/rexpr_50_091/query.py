from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("CASE WHEN (s > get(split(s, '[aeiou]'), 0)) THEN id ELSE id END AS c1"), F.month(F.trunc(F.make_date(lit(2024), F.month(col("dt")), lit(28)), "Q")).alias("c2"))
OUTPUT_MODE = "append"
