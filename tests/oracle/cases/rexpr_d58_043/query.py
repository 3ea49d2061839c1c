from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, m DECIMAL(7,0), dt DATE, n DECIMAL(5,3), i INT, k BIGINT, s STRING, b BOOLEAN, ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.select("id", expr("CASE WHEN b THEN (d + CASE WHEN (s < 'a') THEN id END) WHEN (NOT (d <= 3L)) THEN asinh(TRY_CAST(s AS INT)) END").alias("c1"), expr("(i IS NOT NULL) AS c2"), expr("ucase(CASE WHEN (k >= 3L) THEN concat_ws(', ', s, 'abc', substr(s, 5, 10)) WHEN b THEN from_unixtime(id, 'HH:mm') WHEN regexp_like(s, '[0-9]+') THEN s ELSE s END)").alias("c3"), (F.pow(col("d"), 0.5) != F.datediff(F.to_date(lit("2025-03-01")), col("dt"))).alias("c4"), expr("make_date(2023, 2, least(dayofmonth(dt), 28)) AS c5"))
OUTPUT_MODE = "append"
