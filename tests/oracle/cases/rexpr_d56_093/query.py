from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, i INT, m DECIMAL(18,6), ts TIMESTAMP, b BOOLEAN, j INT, dt DATE, s STRING").load(INPUT)
result = df.selectExpr("CASE WHEN (s IS NOT NULL) THEN (s <= '2024-02-29') WHEN (m IS NOT NULL) THEN (d <= 0.5D) END", "replace(s, ' ', '') AS c2", "crc32(s) AS c3", "CASE WHEN CASE WHEN b THEN (id IS NOT NULL) ELSE (i < 2) END THEN try_to_timestamp(s) WHEN (s <=> '日本') THEN ts ELSE ts END AS c4", "make_date(year(DATE'2024-02-29'), pmod(i, 12) + 1, 1) AS c5").filter((col("c2").startswith("o") | (col("c4") != F.to_timestamp(lit("1999-12-31 23:59:59.999")))))
OUTPUT_MODE = "append"
