from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((coalesce(i, j, 100) >= ln(-3.10)) OR (f <> 100.0D))").select("id", expr("((m - m) > ((1 * i) - i)) AS c1"), expr("pmod(i, nullif(TRY_CAST(100.0D AS INT), 0)) AS c2"), expr("(lpad(s, 6, '*') IN ('abc'))").alias("c3"), expr("CASE WHEN (m IN (12.345)) THEN timestamp_seconds(i) WHEN (dt != DATE'2023-12-31') THEN timestamp_seconds(i) WHEN (NOT (i IS NOT NULL)) THEN ts END").alias("c4")).filter("(b OR (dt < DATE'2000-01-01'))")
OUTPUT_MODE = "append"
