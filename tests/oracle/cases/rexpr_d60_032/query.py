from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(id - id) AS c1"), expr("unix_timestamp((DATE'2025-03-01' - INTERVAL 2 YEARS)) AS c2"), (F.coalesce(col("n"), col("n"), lit(None).cast("decimal(10,2)")) / expr("2.5")).alias("c3"), expr("CASE WHEN (j <> m) THEN d WHEN (dt != trunc(dt, 'WEEK')) THEN d WHEN (substr(regexp_extract(s, '([a-z]+)', 1), 2, 3) LIKE '%') THEN d ELSE d END").alias("c4"), F.repeat(F.array_join(F.split(F.lpad(F.get(F.split(lit("abc"), "  *"), 0), 6, "ab"), " "), "/"), 0).alias("c5")).filter("(n IS NOT NULL)")
OUTPUT_MODE = "append"
