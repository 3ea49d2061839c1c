from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("((id % nullif(i, 0)) / 2.0D)").alias("c1"), expr("coalesce(1000L, k, CAST(NULL AS BIGINT)) AS c2"), expr("nullif(concat(space(3), date_format(date_add(dt, i), 'dd.MM.yy')), 'Hello')").alias("c3"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")).cast("double").alias("c4"), expr("(regexp_replace(s, '^.', '') IN ('42', '2024-02-29'))").alias("c5")).where("(CASE WHEN (c1 < 3.75D) THEN c5 WHEN c5 THEN c5 ELSE (id <= 3L) END OR (c4 IS NOT NULL))")
OUTPUT_MODE = "append"
