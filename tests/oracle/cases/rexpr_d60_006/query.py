from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, dt DATE, m DECIMAL(12,4), i INT, d DOUBLE, s STRING, ts TIMESTAMP, b BOOLEAN, k BIGINT").load(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN id WHEN (id IS NOT NULL) THEN CASE WHEN (m IS NULL) THEN k ELSE id END WHEN (if((s IS NOT NULL), s, s) RLIKE '[0-9]+') THEN least(id, id) ELSE pmod(1000L, nullif(j, 0)) END AS c1", "regexp_count(s, '[aeiou]') AS c2", "CAST(k AS DOUBLE) AS c3").where((lit("2024-02-29").endswith(" ") | col("id").isNotNull()))
OUTPUT_MODE = "append"
